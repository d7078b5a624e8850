"""Sources: detect a listing's format and stream its PaperRecords."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from kg.errors import SourceError
from kg.sources.listings import ARXIV_ID_LINE, PROFILE_HEADER, read_arxiv, read_jsonl, read_profile
from kg.sources.records import PaperRecord, ReadReport, check_record, check_source_file, read_lines

__all__ = ["FORMATS", "PaperRecord", "ReadReport", "detect_format", "read_records"]

# A reader yields records, or a SourceError for a bad record it can step past (kg build --skip-bad).
Reader = Callable[[Path], Iterator[PaperRecord | SourceError]]
FORMATS: dict[str, Reader] = {
    "profile": read_profile,
    "arxiv": read_arxiv,
    "jsonl": read_jsonl,
}
SNIFF_LINES = 200


def detect_format(path: Path) -> str:
    """Name the format of ``path`` from its first lines: profile, arxiv or jsonl."""
    lines = [(n, t.strip()) for n, t in islice(read_lines(path), SNIFF_LINES) if t.strip()]
    if not lines:
        raise SourceError(str(path), None, "the file is empty", "Give a listing with at least one paper.")
    number, first = lines[0]
    if first.startswith("{"):
        return "jsonl"
    if PROFILE_HEADER.match(first):
        return "profile"
    if any(ARXIV_ID_LINE.match(t) for _, t in lines):
        return "arxiv"
    raise SourceError(
        str(path), number, "unknown format",
        f"The line {first[:60]!r} starts no profile listing ('LGOct 20, 2022' date line), "
        "no JSON Lines file ('{...}') and no arXiv listing ('arXiv:ID' lines).\n"
        "  Name the format with --input-format profile|arxiv|jsonl if detection is wrong.")


def read_records(path: str | Path, fmt: str | None = None, *, skip_bad: bool = False,
                 report: ReadReport | None = None) -> Iterator[PaperRecord]:
    """Stream the checked paper records of one file, its format detected unless ``fmt`` names it.

    Every record goes through ``check_record`` (field types, text cleaning). Two records of one file
    with the same arXiv id or DOI must agree (else SourceError naming both lines). With ``skip_bad``, a bad
    record is left out and its message added to ``report.skipped``; a file whose structure is broken
    (or that cannot be read at all) still stops with a SourceError.

    Raises:
        SourceError: FILE[:LINE]: the problem, then a hint.
    """
    path = Path(path)
    check_source_file(path)
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise SourceError(str(path), None, f"unknown format {fmt!r}", f"Use one of {', '.join(FORMATS)}.")
    return _checked(FORMATS[fmt](path), skip_bad, report if report is not None else ReadReport())


def _checked(items: Iterator[PaperRecord | SourceError], skip_bad: bool, report: ReadReport
             ) -> Iterator[PaperRecord]:
    seen: dict[str, PaperRecord] = {}
    for item in items:
        try:
            if isinstance(item, SourceError):
                raise item
            record = check_record(item, report)
            _check_repeat(record, seen)
        except SourceError as exc:
            if not skip_bad:
                raise
            report.skipped.append(str(exc))
            continue
        report.records += 1
        yield record


COMPARED = ("title", "authors", "authors_truncated", "orgs", "categories", "date", "has_code", "abstract",
            "arxiv_id", "doi", "comment", "references", "extra")


def _check_repeat(record: PaperRecord, seen: dict[str, PaperRecord]) -> None:
    """Refuse a second record of one file with the same arXiv id or DOI and other contents."""
    keys = [f"arXiv:{record.arxiv_id}" if record.arxiv_id else "", f"doi:{record.doi}" if record.doi else ""]
    for key in filter(None, keys):
        first = seen.get(key)
        if first is None:
            seen[key] = record
            continue
        differ = [f for f in COMPARED if getattr(first, f) != getattr(record, f)]
        if differ:
            raise SourceError(record.source, record.line,
                              f"{key} again (first at {first.where}) with another {', '.join(differ)}",
                              f"Keep one record of the paper (line {first.line} or line {record.line}) "
                              "or give each its own id.")
