"""The paper record every reader yields, and the line reader that guards against bad bytes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import SourceError

MAX_LINE_BYTES = 1 << 20  # 1 MiB: no real listing line comes near it
BINARY_SNIFF_BYTES = 8192  # a NUL byte this early marks a binary file


@dataclass
class PaperRecord:
    """One paper as one source states it, with where it was read (file, line)."""

    source: str
    line: int
    title: str = ""
    authors: list[str] = field(default_factory=list)
    authors_truncated: bool = False
    orgs: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    date: str | None = None  # ISO YYYY-MM-DD, or YYYY when only the year is known
    has_code: bool | None = None
    abstract: str = ""
    arxiv_id: str | None = None
    doi: str | None = None
    comment: str | None = None
    references: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # other identifiers by kind (openalex, s2, dblp, pmid, ...), canonical forms of kg.sources.ids
    ids: dict[str, str] = field(default_factory=dict)
    author_ids: list[str] = field(default_factory=list)  # per author, "kind:id" or "" (s2:, openalex:, dblp:)
    topics: list[str] = field(default_factory=list)  # subject names that are not arXiv category codes

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"


GZIP_MAGIC = b"\x1f\x8b"


def open_source(path: Path) -> Any:
    """A buffered binary handle on ``path``, decompressed when the file is gzip (snapshots ship as .gz)."""
    import gzip
    import io

    try:
        handle = path.open("rb")
    except OSError as exc:
        raise SourceError(str(path), None, f"cannot open: {exc.strerror}", "Check the path.") from exc
    if handle.peek(2)[:2] == GZIP_MAGIC:
        return io.BufferedReader(gzip.GzipFile(fileobj=handle))  # type: ignore[arg-type]
    return handle


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, text without newline), streaming; bad bytes raise SourceError naming the line."""
    with open_source(path) as handle:
        try:
            head = handle.peek(BINARY_SNIFF_BYTES)[:BINARY_SNIFF_BYTES]
        except (OSError, EOFError) as exc:
            raise SourceError(str(path), 1, f"damaged compressed data: {exc}",
                              "Download the file again, or give it uncompressed.") from exc
        if b"\x00" in head:  # a binary file: say so before its bytes fail as UTF-8
            raise SourceError(str(path), head[:head.index(b"\x00")].count(b"\n") + 1, "binary data (NUL byte)",
                              "Give a text listing, JSON Lines file or arXiv listing.")
        number = 0
        while True:
            try:
                raw = handle.readline(MAX_LINE_BYTES + 1)
            except (OSError, EOFError) as exc:  # a damaged or truncated gzip file
                raise SourceError(str(path), number + 1, f"damaged compressed data: {exc}",
                                  "Download the file again, or give it uncompressed.") from exc
            if not raw:
                return
            number += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                raise SourceError(str(path), number, "line is longer than 1 MiB",
                                  "Is this really a paper listing? Split the line or fix the file.")
            if b"\x00" in raw:
                raise SourceError(str(path), number, "binary data (NUL byte)",
                                  "Give a text listing, JSON Lines file or arXiv listing.")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SourceError(str(path), number, f"invalid UTF-8 at byte {exc.start} of the line",
                                  "Re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).") from exc
            # a byte-order mark also starts each part of files joined with cat
            yield number, text.removeprefix("\ufeff").rstrip("\r\n")
