"""RIS and Web of Science plain text, both read by rispy, one reference at a time so each has its line.

The text is cut at each start tag (``TY  -`` for RIS, ``PT `` for Web of Science) and every piece is
handed to rispy (continuation lines, mixed line ends and BOMs are handled before). Web of Science
``CR`` cited references become references by their ``DOI`` (or an arXiv id in them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.sources import ids
from kg.names import clean_name
from kg.sources.records import PaperRecord
from kg.sources.text import date_field, iso_date, read_text, squash

RIS_START = re.compile(r"^TY  - ", re.M)
WOS_START = re.compile(r"^PT ", re.M)
CR_DOIS = re.compile(r"\bDOI\s+(\[[^\]]*\]?|\S+)", re.I)  # DOI 10.1/x, or DOI [10.1/x, 10.2/y]
DOI_IN_TEXT = re.compile(r"10\.\d{4,9}/[^\s,\]]+")


def person(name: str) -> str:
    """``Last, First[, Jr.]`` as ``First Last[ Jr.]``; other forms kept.

    Examples:
        >>> person("Smith, John"), person("Smith, Jr., John"), person("OpenAI")
        ('John Smith', 'John Smith Jr.', 'OpenAI')
    """
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if len(parts) == 2:
        return clean_name(f"{parts[1]} {parts[0]}")
    if len(parts) == 3:
        return clean_name(f"{parts[2]} {parts[0]} {parts[1]}")
    return clean_name(name)


def _chunks(path: Path, start: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    text = read_text(path).replace("\r\n", "\n").replace("\r", "\n")
    marks = [m.start() for m in start.finditer(text)]
    if not marks:
        raise SourceError(str(path), 1, f"no record start ({start.pattern[1:]!r}) in the file",
                          "Is this an RIS / Web of Science export? Give --input-format if not.")
    for i, begin in enumerate(marks):
        end = marks[i + 1] if i + 1 < len(marks) else len(text)
        yield text.count("\n", 0, begin) + 1, text[begin:end]


def _load(path: Path, line: int, chunk: str, implementation: Any) -> dict[str, Any] | SourceError:
    import rispy

    try:
        entries = rispy.loads(chunk, implementation=implementation)
    except Exception as exc:  # rispy raises plain IOError/ValueError on a broken record
        return SourceError(str(path), line, f"unreadable record: {exc}",
                           "Each record starts with its type tag and ends with 'ER  -'.")
    if len(entries) != 1:
        return SourceError(str(path), line, "a record with no end tag ('ER')",
                          "Each record ends with an 'ER' line; the file may be truncated.")
    return entries[0]


def _strs(value: Any) -> list[str]:
    if isinstance(value, list):
        return [squash(v) for v in value if isinstance(v, str) and v.strip()]
    return [squash(value)] if isinstance(value, str) and value.strip() else []


def _need_title(path: Path, line: int, rec: PaperRecord) -> PaperRecord | SourceError:
    if not (rec.title or rec.abstract):
        return SourceError(str(path), line, "a record with no title and no abstract",
                          "Add a TI (title) line, or delete the record.")
    return rec


def read_ris(path: Path) -> Iterator[PaperRecord | SourceError]:
    """RIS records (EndNote, Zotero, Mendeley exports): title, authors, year/date, DOI, abstract, keywords.

    Raises:
        SourceError: no ``TY`` tag, or a record without its ``ER`` end tag (FILE:LINE of the record).
    """
    from rispy import RisParser

    for line, chunk in _chunks(path, RIS_START):
        entry = _load(path, line, chunk, RisParser)
        if isinstance(entry, SourceError):
            yield entry
            continue
        get = entry.get
        urls = _strs(get("urls"))
        title = next(iter(_strs(get("title")) + _strs(get("primary_title"))), "")
        authors = [person(a) for a in _strs(get("authors")) + _strs(get("first_authors"))]
        fields = [next(((tag, text) for tag, key in (("PY", "year"), ("Y1", "publication_year"))
                        for text in _strs(get(key))), ("PY", "")), ("DA", (_strs(get("date")) + [""])[0])]
        bad = next(((tag, text) for tag, text in fields if not _is_ris_date(tag, text)), None)
        if bad is not None:
            tag, text = bad
            yield SourceError(str(path), line + _tag_offset(chunk, tag, text), f"{tag} {text!r} is not a date",
                              f"Write {tag}  - 2022 or {tag}  - 2022/02/18/ (year/month/day/other), or delete the line.")
            continue
        when = max(filter(None, (ris_date(tag, text) for tag, text in fields)), key=len, default=None)  # the fuller
        # of PY and DA (PY on a tie)
        arxiv = next(filter(None, map(ids.arxiv_id, urls + _strs(get("doi")))), None)
        venue = next(iter(_strs(get("journal_name")) + _strs(get("secondary_title"))), "")
        yield _need_title(path, line, PaperRecord(
            source=str(path), line=line, title=title, authors=list(dict.fromkeys(authors)), date=when,
            abstract=squash(" ".join(_strs(get("abstract")) or _strs(get("notes_abstract")))),
            arxiv_id=arxiv, doi=next(filter(None, map(ids.doi, _strs(get("doi")) + urls)), None),
            topics=_strs(get("keywords")), extra={"venue": venue} if venue else {}))


def _tag_offset(chunk: str, tag: str, value: str) -> int:
    """Lines from a record's first line to its ``tag`` line holding ``value`` (0 when it has none).

    Examples:
        >>> _tag_offset("TY  - JOUR\\nPY  -\\nTI  - T\\nPY  - 2017/13/01/\\nER  - ", "PY", "2017/13/01/")
        3
    """
    found = re.search(rf"^{tag}  -\s*{re.escape(value)}\s*$", chunk, re.M)
    return chunk.count("\n", 0, found.start()) if found else 0


def _is_ris_date(tag: str, text: str) -> bool:
    """Whether ``ris_date(tag, text)`` reads ``text`` (a blank one too)."""
    try:
        ris_date(tag, text)
    except ValueError:
        return False
    return True


def ris_date(tag: str, text: str) -> str | None:
    """The date of an RIS ``PY``/``Y1``/``DA`` value: ``YYYY/MM/DD/other`` (parts optional), or for ``DA``
    also an ISO or written date; blank gives None.

    Raises:
        ValueError: ``TAG 'value' is not a date``.

    Examples:
        >>> ris_date("DA", "2017/06/12/"), ris_date("PY", "2017///Spring"), ris_date("DA", "June 12, 2017"), ris_date("PY", "")
        ('2017-06-12', '2017', '2017-06-12', None)
    """
    text = text.strip()
    if not text:
        return None
    if _ris_year_ok(text):
        parts = (text.split("/") + ["", ""])[:3]
        return iso_date(parts[0], *(p for p in parts[1:] if p))
    if tag == "DA" and "/" not in text:  # exports also write DA as 2017-06-12 or June 12, 2017
        try:
            return date_field("DA", text)
        except ValueError:
            pass
    raise ValueError(f"{tag} {text!r} is not a date")


def _ris_year_ok(text: str) -> bool:
    """True when an RIS ``PY``/``Y1`` value is a date: ``YYYY``, ``YYYY/MM/DD/other`` with parts optional.

    Examples:
        >>> _ris_year_ok("2021"), _ris_year_ok("2021/02/18/"), _ris_year_ok("2021///Spring"), _ris_year_ok("2021/13/45")
        (True, True, True, False)
    """
    parts = (text.strip().split("/") + ["", ""])[:3]
    if not re.fullmatch(r"\d{4}", parts[0]) or not all(re.fullmatch(r"\d{0,2}", p) for p in parts[1:]):
        return False
    month, day = (int(p) if p else None for p in parts[1:])
    written = "-".join(f"{int(p):02d}" if i else p for i, p in enumerate(parts) if p)
    return (month is None or 1 <= month <= 12) and (day is None or (month is not None and iso_date(
        parts[0], month, day) == written))


def cited_reference(cited: str) -> str | None:
    """The reference key of a Web of Science ``CR`` entry: its DOI (an arXiv DOI as the arXiv id; of
    ``DOI [a, b]`` the first that reads), else an arXiv id in its text, else None.

    Examples:
        >>> cited_reference("Vaswani A, 2017, ADV NEUR IN, V30, DOI 10.48550/arXiv.1706.03762")
        'arXiv:1706.03762'
        >>> cited_reference("Devlin J, 2019, P NAACL, P4171, DOI [10.18653/v1/N19-1423, 10.18653/v1/n19-1423]")
        'doi:10.18653/v1/n19-1423'
        >>> cited_reference("Shazeer N, 2017, ARXIV 1701.06538"), cited_reference("Smith J, 2001, NATURE, V1, P2")
        ('arXiv:1701.06538', None)
    """
    for found in CR_DOIS.finditer(cited):
        ref = next(filter(None, map(ids.doi_reference, DOI_IN_TEXT.findall(found[1]))), None)
        if ref:
            return ref
    arxiv = ids.arxiv_in_text(cited)
    return f"arXiv:{arxiv}" if arxiv else None


def read_wos(path: Path) -> Iterator[PaperRecord | SourceError]:
    """Web of Science plain-text export: AF/AU authors, TI, PY/PD, DI, AB, DE/ID keywords, CR cited references.

    Raises:
        SourceError: no ``PT`` tag, or a record without its ``ER`` end tag.
    """
    from rispy import WokParser

    for line, chunk in _chunks(path, WOS_START):
        entry = _load(path, line, chunk, WokParser)
        if isinstance(entry, SourceError):
            yield entry
            continue
        get = entry.get
        authors = [person(a) for a in (_strs(get("author_full_name")) or _strs(get("authors")))]
        refs = []
        for cited in _strs(get("cited_references")):
            ref = cited_reference(cited)
            if ref:
                refs.append(ref)
        pd = (_strs(get("publication_date")) + [""])[0].split()
        venue = (_strs(get("publication_name")) + [""])[0]
        yield _need_title(path, line, PaperRecord(
            source=str(path), line=line, title=" ".join(_strs(get("document_title"))), authors=authors,
            date=iso_date((_strs(get("publication_year")) + [""])[0], pd[0] if pd else None,
                          pd[1] if len(pd) > 1 else None),
            abstract=" ".join(_strs(get("abstract"))),
            arxiv_id=next(filter(None, (ids.doi_ids(d)[0] for d in _strs(get("doi")))), None),
            doi=next(filter(None, (ids.doi_ids(d)[1] for d in _strs(get("doi")))), None),
            references=refs,
            topics=[t.strip() for k in _strs(get("author_keywords")) for t in k.split(";") if t.strip()],
            ids={"wos": s.removeprefix("WOS:")} if (s := (_strs(get("accession_number")) + [""])[0]) else {},
            extra={"venue": venue} if venue else {}))
