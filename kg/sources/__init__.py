"""Sources: detect a listing's format and stream its PaperRecords."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from kg.errors import SourceError
from kg.sources.listings import ARXIV_ID_LINE, PROFILE_HEADER, read_arxiv, read_jsonl, read_profile
from kg.sources.records import PaperRecord, read_lines

__all__ = ["FORMATS", "PaperRecord", "detect_format", "read_records"]

FORMATS: dict[str, Callable[[Path], Iterator[PaperRecord]]] = {
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


def read_records(path: str | Path, fmt: str | None = None) -> Iterator[PaperRecord]:
    """Stream the paper records of one file, its format detected unless ``fmt`` names it."""
    path = Path(path)
    if path.is_dir():
        raise SourceError(str(path), None, "is a directory", "Give listing files, not a folder.")
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise SourceError(str(path), None, f"unknown format {fmt!r}", f"Use one of {', '.join(FORMATS)}.")
    return FORMATS[fmt](path)
