"""Readers for the formats paper-kg knows; each streams PaperRecords with their file and line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.sources import ids
from kg.sources.names import ORG_SEPARATOR, clean_name, split_title_authors
from kg.sources.records import PaperRecord, read_lines

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# a category code (LG, cs.CL, stat.ML, hep-th), optional, then "Oct 20, 2022", "October 20 2022" or "20 Oct 2022"
_MONTH = r"(?:" + "|".join(MONTHS) + r")[a-z]*\.?"
PROFILE_HEADER = re.compile(
    r"^(?P<cat>(?:[a-z][a-z\-]*\.)?[A-Z]{2}|[a-z][a-z\-]*(?:\.[a-z\-]+)?)?\s*"
    r"(?:(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2}),?"
    r"|(?P<dayfirst>\d{1,2})\s+(?P<monthafter>" + _MONTH + r"),?)"
    r"\s+(?P<year>\d{4})\s*(?P<code>Code)?\s*$")
_FORMATS = r"(?:pdf|ps|other|html|src)"
# "arXiv:ID", "[1]  arXiv:ID [pdf, other]", "arXiv:ID (cross-list from cs.CL) [pdf]", "Cite as: arXiv:ID [cs.LG]",
# "https://arxiv.org/abs/IDv2"; the version is dropped, a [category] or cross-list source is the category
ARXIV_ID_LINE = re.compile(
    r"^(?:\[\d+\]\s*)?(?:(?i:cite\s+as):\s*)?"
    r"(?:(?i:arxiv):\s*|https?://(?:www\.|export\.)?arxiv\.org/abs/)"
    r"(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?"
    r"(?:\s*\(cross-list from (?P<xcat>[A-Za-z.\-]+)\))?"
    rf"(?:\s+\[(?P<cat>(?!{_FORMATS}[\],])[A-Za-z.\-]+)\])?"
    rf"(?:\s*\[{_FORMATS}(?:,\s*{_FORMATS})*\])?\s*$")
# "Created: 2022-02-18", "Created: 2022-02-18T17:46:11Z", "Created: Fri, 18 Feb 2022 17:46:11 GMT", "18 Feb 2022"
CREATED_LINE = re.compile(r"^Created:\s*(?P<date>\S.*?)\s*$")
ARXIV_ID = re.compile(r"^(?:arXiv:)?(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", re.I)
DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)?(10\.\d{4,9}/\S+)$", re.I)


def _profile_date(match: re.Match[str]) -> str:
    name, day = match["month"] or match["monthafter"], match["day"] or match["dayfirst"]
    try:
        return date(int(match["year"]), MONTHS.index(name[:3]) + 1, int(day)).isoformat()
    except ValueError as exc:
        raise ValueError(f"impossible date {name} {day}, {match['year']}") from exc


def read_profile(path: Path) -> Iterator[PaperRecord]:
    """A profile listing: ``<category><Mon D, YYYY>[Code]``, ``<title><authors>[ · orgs]``, ``<abstract>``."""
    record: PaperRecord | None = None
    expect = "header"
    for number, line in read_lines(path):
        if not line.strip():
            continue
        header = PROFILE_HEADER.match(line.strip())
        if header:
            if expect == "title":
                raise SourceError(str(path), number, "a date line follows a date line with no title between",
                                  "Each paper needs its title-and-authors line after its date line.")
            if record:
                yield record
            try:
                when = _profile_date(header)
            except ValueError as exc:
                raise SourceError(str(path), number, str(exc), "Fix the date.") from exc
            record = PaperRecord(source=str(path), line=number, categories=[header["cat"]] if header["cat"] else [],
                                 date=when, has_code=bool(header["code"]))
            expect = "title"
        elif expect == "title" and record is not None:
            text, *orgs = ORG_SEPARATOR.split(line, maxsplit=1)
            split = split_title_authors(text)
            if split is None:
                raise SourceError(
                    str(path), number, "cannot tell the title from the author list",
                    "Expected '<title><First Author>, <Author>[ et al.][ · org, org]'. "
                    "Put a tab between title and authors if the names are unusual.")
            record.title, authors, record.authors_truncated = split
            record.authors = [clean_name(a) for a in authors]
            record.orgs = [o.strip() for o in "".join(orgs).split(",") if o.strip()]
            expect = "abstract"
        elif expect == "abstract" and record is not None:
            record.abstract = line.strip()
            expect = "header"
        else:
            raise SourceError(str(path), number, "expected a date line such as 'LGOct 20, 2022'",
                              f"Got: {line.strip()[:80]!r}. Is the file a mix of formats?")
    if expect == "title":
        raise SourceError(str(path), record.line if record else None, "the last record has no title line",
                          "The file looks truncated.")
    if record:
        yield record


def read_arxiv(path: Path) -> Iterator[PaperRecord]:
    """An arXiv author listing: abstract paragraph(s), optional comment, ``arXiv:ID``, ``Created: date``."""
    blocks: list[tuple[int, str]] = []
    pending: PaperRecord | None = None
    for number, line in read_lines(path):
        text = line.strip()
        if not text:
            continue
        if pending is not None:
            created = CREATED_LINE.match(text)
            if not created:
                raise SourceError(str(path), number, "expected 'Created: YYYY-MM-DD' after the arXiv id",
                                  f"Got: {text[:80]!r}. Add the 'Created:' line after arXiv:{pending.arxiv_id}.")
            pending.date = _created_date(created["date"])
            if pending.date is None:
                raise SourceError(str(path), number, f"not a date: {created['date'][:40]!r}",
                                  "Write 'Created: YYYY-MM-DD' (a time, an RFC 2822 date or '18 Feb 2022' also do).")
            yield pending
            pending = None
            continue
        ident = ARXIV_ID_LINE.match(text)
        if ident:
            if not blocks:
                raise SourceError(str(path), number, "an arXiv id with no abstract before it",
                                  "Each record is: abstract, optional comment, arXiv:ID, Created: date.")
            comment = None
            if len(blocks) > 1 and _looks_like_comment(blocks[-1][1]):
                comment = blocks.pop()[1]
            pending = PaperRecord(source=str(path), line=blocks[0][0],
                                  abstract=" ".join(b for _, b in blocks), comment=comment,
                                  arxiv_id=ids.arxiv_id(ident["id"]),
                                  categories=[c for c in (ident["cat"] or ident["xcat"],) if c])
            blocks = []
        elif text.startswith("Created:"):
            raise SourceError(str(path), number, "a 'Created:' line with no 'arXiv:ID' line before it",
                              f"Got: {text[:80]!r}. Each record is: abstract, optional comment, arXiv:ID, "
                              "Created: date.")
        elif PROFILE_HEADER.match(text) or text.startswith("{"):
            raise SourceError(str(path), number, "unexpected line in an arXiv listing",
                              f"Got: {text[:80]!r}. Is the file a mix of formats?")
        else:
            blocks.append((number, text))
    if pending is not None:
        raise SourceError(str(path), pending.line, "the last record has no 'Created:' line",
                          "The file looks truncated.")
    if blocks:
        raise SourceError(str(path), blocks[0][0], "a record with no 'arXiv:ID' line",
                          "The file looks truncated, or a record lost its id line.")


def _created_date(text: str) -> str | None:
    """The full date of a ``Created:`` value, or None when it names no real day."""
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    from kg.sources.text import parse_date_text

    found = parse_date_text(text)
    return found if found and len(found) == 10 else None


def _looks_like_comment(text: str) -> bool:
    return len(text) < 300 and bool(re.search(
        r"\b(pages?|figures?|tables?|accepted|appear|published|conference|workshop|proceedings|journal|"
        r"camera-ready|submitted|under review|code|github|https?://|"
        r"NeurIPS|ICML|ICLR|ACL|NAACL|EACL|COLING|TACL|TMLR|JMLR|CVPR|ICCV|ECCV|EMNLP|AAAI|IJCAI|KDD|SIGIR|"
        r"ICASSP|Interspeech)\b", text, re.I))


def _jsonl_date(obj: dict[str, Any]) -> str | None:
    raw = obj.get("date") or obj.get("published")
    if raw:
        text = str(raw)[:10]
        datetime.strptime(text, "%Y-%m-%d")  # ValueError on a bad date
        return text
    year = obj.get("year")
    return f"{int(year):04d}" if year is not None else None


def _str_list(value: Any, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' must be a list of strings")
    return value


JSONL_KEYS = {"id", "arxiv_id", "doi", "title", "abstract", "authors", "authors_truncated", "date",
              "published", "year", "categories", "orgs", "references", "has_code", "comment"}


def jsonl_record(source: str, number: int, obj: Any) -> PaperRecord:
    """One paper-kg JSON object as a PaperRecord.

    Every identifier field (``id``, ``arxiv_id``, ``doi``) takes every spelling of an arXiv id or DOI
    (``arXiv:``, abs/pdf URLs, ``doi:``, ``https://doi.org/``, old-style ids with a subject class).

    Raises:
        ValueError: the object is not a paper (the message names the field).
    """
    if not isinstance(obj, dict):
        raise ValueError("each line must be a JSON object")
    if not (obj.get("title") or obj.get("abstract")):
        raise ValueError("a paper needs a 'title' or an 'abstract'")
    for key in ("id", "arxiv_id", "doi"):
        problem = ids.id_error(key, obj.get(key))
        if problem:
            raise ValueError(problem)
    given = [obj.get("arxiv_id"), obj.get("id"), obj.get("doi")]
    arxiv = next(filter(None, map(ids.arxiv_id, given)), None)
    doi = next(filter(None, map(ids.doi, [obj.get("doi"), obj.get("id"), obj.get("arxiv_id")])), None)
    return PaperRecord(
        source=source, line=number,
        title=" ".join(str(obj.get("title") or "").split()),
        authors=[clean_name(a) for a in _str_list(obj.get("authors"), "authors")],
        authors_truncated=bool(obj.get("authors_truncated", False)),
        orgs=_str_list(obj.get("orgs"), "orgs"),
        categories=_str_list(obj.get("categories"), "categories"),
        date=_jsonl_date(obj), has_code=obj.get("has_code"),
        abstract=" ".join(str(obj.get("abstract") or "").split()),
        arxiv_id=arxiv, doi=doi,
        comment=obj.get("comment"),
        references=_str_list(obj.get("references"), "references"),
        extra={k: v for k, v in obj.items() if k not in JSONL_KEYS},
    )

