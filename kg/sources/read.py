"""Detect a file's format from its content and stream its checked PaperRecords.

Every reader is registered in FORMATS by the name ``--input-format`` takes; ``detect_format`` names it
from the file's first bytes (gzip files are looked into).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from kg.errors import SourceError
from kg.names import title_key
from kg.sources.bibtex import read_bibtex
from kg.sources.jsondocs import json_kind_reader, read_json
from kg.sources.listings import ARXIV_ID_LINE, PROFILE_HEADER, read_arxiv, read_profile
from kg.sources.records import PaperRecord, ReadReport, SourceWarning, check_record, open_source, read_lines
from kg.sources.ris import read_ris, read_wos
from kg.sources.xmlfeeds import read_atom, read_dblp

__all__ = ["FORMATS", "PaperRecord", "ReadReport", "detect_format", "read_records"]

# A reader yields records, or a SourceError for a bad record it can step past (kg build --skip-bad).
# A SourceWarning (a value read on a guess) goes to ReadReport.warnings.
Reader = Callable[[Path], Iterator[PaperRecord | SourceError | SourceWarning]]
FORMATS: dict[str, Reader] = {
    "profile": read_profile,
    "arxiv": read_arxiv,
    "jsonl": read_json,
    "bibtex": read_bibtex,
    "ris": read_ris,
    "wos": read_wos,
    "atom": read_atom,
    "dblp": read_dblp,
    "openalex": json_kind_reader("openalex"),
    "s2": json_kind_reader("s2"),
    "crossref": json_kind_reader("crossref"),
    "csl": json_kind_reader("csl"),
    "arxiv-json": json_kind_reader("arxiv-json"),
}
SNIFF_LINES = 200
SNIFF_BYTES = 1 << 16
BIBTEX_ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.M)
RIS_TAG = re.compile(r"^TY  - ", re.M)
WOS_START = re.compile(r"^(?:FN |VR |PT [JBSP]\s*$)", re.M)


def _head(path: Path) -> str:
    with open_source(path) as handle:
        try:
            data = handle.read(SNIFF_BYTES)
        except (OSError, EOFError) as exc:
            raise SourceError(str(path), None, f"damaged compressed data: {exc}",
                              "Download the file again, or give it uncompressed.") from exc
    return data.decode("utf-8", errors="replace").replace("\ufeff", "").replace("\r", "\n")


TOML_SECTION = re.compile(r"\[\[?[A-Za-z_][\w.-]*\]")


def detect_format(path: Path) -> str:
    """Name the format of ``path`` from its first bytes: one of FORMATS.

    Raises:
        SourceError: the file is empty, binary, or of no known format (the message lists them).
    """
    head = _head(path)
    start = head.lstrip()
    if start[:1] == "{" or (start[:1] == "[" and not TOML_SECTION.match(start)):
        return "jsonl"  # not "[project]": a TOML or INI file's section header opens no JSON array
    if start.startswith("<"):
        if "<feed" in head[:4096]:
            return "atom"
        if "<dblp" in head[:4096]:
            return "dblp"
        raise SourceError(str(path), 1, "an XML file that is neither an arXiv Atom feed nor a DBLP dump",
                          "paper-kg reads arXiv API answers (<feed>) and dblp.xml (<dblp>).")
    if BIBTEX_ENTRY.search(head) and not PROFILE_HEADER.match(start.split("\n", 1)[0].strip()):
        return "bibtex"
    if RIS_TAG.search(head):
        return "ris"
    if WOS_START.search(head):
        return "wos"
    read = list(islice(read_lines(path), SNIFF_LINES))
    lines = [(n, t.strip()) for n, t in read if t.strip()]
    if not lines:
        what = ("the file is empty" if not read else "the file holds only blank lines" if len(read) < SNIFF_LINES
                else f"the first {SNIFF_LINES} lines of the file are blank")
        raise SourceError(str(path), None, what, "Give a listing with at least one paper.")
    number, first = lines[0]
    if PROFILE_HEADER.match(first):
        return "profile"
    if any(ARXIV_ID_LINE.match(t) for _, t in lines):
        return "arxiv"
    raise SourceError(
        str(path), number, "unknown format",
        f"The line {first[:60]!r} starts no known format: BibTeX (@article{{...}}), RIS (TY  - ), "
        "Web of Science (FN/PT), JSON ({...} or [...]), XML (<feed>, <dblp>), a profile listing "
        "('LGOct 20, 2022' date line) or an arXiv listing ('arXiv:ID' lines).\n"
        f"  Name the format with --input-format {'|'.join(FORMATS)} if detection is wrong.")


def read_records(path: str | Path, fmt: str | None = None, *, skip_bad: bool = False,
                 report: ReadReport | None = None) -> Iterator[PaperRecord]:
    """Stream the checked paper records of one file, its format detected unless ``fmt`` names it.

    Every record goes through ``check_record`` (field types, text cleaning), mojibake repaired first. Two records of one file
    with the same arXiv id or DOI must agree (else SourceError naming both lines). With ``skip_bad``, a bad
    record is left out and its message added to ``report.skipped``; a file whose structure is broken
    (or that cannot be read at all) still stops with a SourceError, and so does a file that yields no paper
    (a wrong ``--input-format``, an empty list or page): it would otherwise replace a store with an empty one.

    Raises:
        SourceError: FILE[:LINE]: the problem, then a hint.
    """
    path = Path(path)
    forced = fmt is not None
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise SourceError(str(path), None, f"unknown format {fmt!r}", f"Use one of {', '.join(FORMATS)}.")
    return _checked(path, fmt, forced, FORMATS[fmt](path), skip_bad,
                    report if report is not None else ReadReport())


def _checked(path: Path, fmt: str, forced: bool, items: Iterator[PaperRecord | SourceError | SourceWarning],
             skip_bad: bool, report: ReadReport) -> Iterator[PaperRecord]:
    seen: dict[str, PaperRecord] = {}
    read = 0
    bad: list[str] = []  # this file's bad records, each as its FILE:LINE message's first line
    first: SourceError | None = None  # without skip_bad: the first bad record, raised once the file is read
    while True:
        try:
            item = next(items)
        except StopIteration:
            break
        except SourceError as exc:  # the file's structure breaks: nothing after it can be read
            if first is None or skip_bad:
                raise
            bad.append(str(exc).splitlines()[0])
            break
        if isinstance(item, SourceWarning):
            report.warnings.append(str(item))
            continue
        try:
            if isinstance(item, SourceError):
                raise item
            record = check_record(_repaired(item), report)
            _check_repeat(record, seen)
        except SourceError as exc:
            first = first or exc
            bad.append(str(exc).splitlines()[0])
            if skip_bad:
                report.skipped.append(str(exc))
            continue
        report.records += 1
        read += 1
        if first is None or skip_bad:
            yield record
    if first is not None and not skip_bad:
        raise _all_bad(first, bad)
    if not read:  # a wrong --input-format, or a file of papers' syntax with none in it: never an empty store
        listed = "".join(f"\n  {message}" for message in bad)  # every record left out, as a build lists them
        hint = (f"Is it {fmt}? Leave out --input-format to detect the format, or name another ({', '.join(FORMATS)})."
                if forced else "Fix the records listed, or leave the file out: --skip-bad leaves out bad records, "
                "never a whole file." if bad else "A file with no papers (an empty list, page or feed) builds "
                "nothing; give one with papers, or name its format with --input-format.")
        raise SourceError(str(path), None, f"no paper read from the file as {fmt}"
                          + (f": every record is bad ({len(bad)} left out):{listed}" if bad else ""), hint)


LISTED_BAD = 10  # the further bad records of a file an error lists


def _all_bad(first: SourceError, bad: list[str]) -> SourceError:
    """``first`` (a file's first bad record), listing the file's other bad records (``bad``: every bad record's
    FILE:LINE line, ``first``'s first) so that one run shows what to fix."""
    more = [line for line in dict.fromkeys(bad) if line != bad[0]]  # once each: "[1, 2]" is two on one line
    if not more:
        return first
    listed = "".join(f"\n    {line}" for line in more[:LISTED_BAD])
    rest = f"\n    and {len(more) - LISTED_BAD} more" if len(more) > LISTED_BAD else ""
    hint = (f"{first.hint}\n  " if first.hint else "") + (
        f"{len(more)} more bad record{'s' if len(more) > 1 else ''} in this file:{listed}{rest}\n"
        "  Fix them, or build with --skip-bad to leave bad records out.")
    return SourceError(first.path, first.line, first.problem, hint)


COMPARED = ("title", "authors", "authors_truncated", "orgs", "categories", "date", "has_code", "abstract",
            "arxiv_id", "doi", "comment", "references", "extra")


def _check_repeat(record: PaperRecord, seen: dict[str, PaperRecord]) -> None:
    """Refuse a second record of one file with the same arXiv id or DOI and another title (two papers under one
    id: a wrong id). A second record with the same title is the same paper written twice (a preprint and its
    published entry, one with its abstract and one without): resolution merges the two, as it merges copies
    from two files."""
    keys = [f"arXiv:{record.arxiv_id}" if record.arxiv_id else "", f"doi:{record.doi}" if record.doi else ""]
    for key in filter(None, keys):
        first = seen.get(key)
        if first is None:
            seen[key] = record
            continue
        if title_key(first.title) == title_key(record.title):
            continue
        differ = _differences(first, record)
        if differ:
            kind, value = key.split(":", 1)
            raise SourceError(record.source, record.line,
                              f"the {'arXiv id' if kind == 'arXiv' else 'DOI'} {value} again (first at {first.where}), "
                              f"differing in {_and(differ)}",
                              f"Keep one record of the paper (line {first.line} or line {record.line}) "
                              "or give each its own id.")


BOOKKEEPING = frozenset({"bibtex_key", "bibtex_type"})  # where a record sits in its file, not what it says


def _differences(first: PaperRecord, record: PaperRecord) -> list[str]:
    """The fields (``extra`` by its keys) in which two records of one paper disagree."""
    differ = [f for f in COMPARED if f != "extra" and getattr(first, f) != getattr(record, f)]
    keys = sorted((set(first.extra) | set(record.extra)) - BOOKKEEPING)
    return differ + [k for k in keys if first.extra.get(k) != record.extra.get(k)]


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


MOJIBAKE_HINT = re.compile("[ÃÂÅâÐÑ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")


def repair_text(text: str) -> str:
    """Text decoded twice (UTF-8 read as Latin-1/cp1252, ``MÃ¼ller``) put right with ftfy; other text kept.

    Examples:
        >>> repair_text("MÃ¼ller â€“ cafÃ©"), repair_text("Müller – café")
        ('Müller – café', 'Müller – café')
    """
    if not MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _repaired(item: PaperRecord) -> PaperRecord:
    """The record with mojibake repaired in its title, abstract, author and org names (text fields only)."""
    if isinstance(item.title, str):
        item.title = repair_text(item.title)
    if isinstance(item.abstract, str):
        item.abstract = repair_text(item.abstract)
    if isinstance(item.authors, list):
        item.authors = [repair_text(a) if isinstance(a, str) else a for a in item.authors]
    if isinstance(item.orgs, list):
        item.orgs = [repair_text(o) if isinstance(o, str) else o for o in item.orgs]
    return item
