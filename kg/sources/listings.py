"""Readers for the formats paper-kg knows; each streams PaperRecords with their file and line."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.sources.names import ORG_SEPARATOR, clean_name, split_title_authors
from kg.sources.records import FieldError, PaperRecord, check_date, read_lines

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# a category code (LG, cs.CL, stat.ML, hep-th), optional, then "Oct 20, 2022", "October 20 2022" or "20 Oct 2022"
_MONTH = r"(?:" + "|".join(MONTHS) + r")[a-z]*\.?"
PROFILE_HEADER = re.compile(
    r"^(?P<cat>(?:[a-z][a-z\-]*\.)?[A-Z]{2}|[a-z][a-z\-]*(?:\.[a-z\-]+)?)?\s*"
    r"(?:(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2}),?"
    r"|(?P<dayfirst>\d{1,2})\s+(?P<monthafter>" + _MONTH + r"),?)"
    r"\s+(?P<year>\d{4})\s*(?P<code>Code)?\s*$")
ARXIV_ID_LINE = re.compile(
    r"^(?i:arxiv):\s*(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?"
    r"(?:\s+\[(?P<cat>[A-Za-z.\-]+)\])?\s*$")
CREATED_LINE = re.compile(r"^Created:\s*(?P<date>\d{4}-\d{2}-\d{2})\s*$")
ARXIV_ID = re.compile(r"^(?:arXiv:)?(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", re.I)
DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)?(10\.\d{4,9}/\S+)$", re.I)


def _profile_date(match: re.Match[str]) -> str:
    name, day = match["month"] or match["monthafter"], match["day"] or match["dayfirst"]
    try:
        return date(int(match["year"]), MONTHS.index(name[:3]) + 1, int(day)).isoformat()
    except ValueError as exc:
        raise ValueError(f"impossible date {name} {day}, {match['year']}") from exc


def read_profile(path: Path) -> Iterator[PaperRecord | SourceError]:
    """A profile listing: ``<category><Mon D, YYYY>[Code]``, ``<title><authors>[ · orgs]``, ``<abstract>``.

    A record with an impossible date or an unsplittable title line is yielded as a SourceError and its
    lines are passed over up to the next date line; a broken structure (a missing title line) raises.
    """
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
            record = None
            try:
                when = _profile_date(header)
            except ValueError as exc:
                yield SourceError(str(path), number, str(exc), "Fix the date.")
                expect = "skip"
                continue
            record = PaperRecord(source=str(path), line=number, categories=[header["cat"]] if header["cat"] else [],
                                 date=when, has_code=bool(header["code"]))
            expect = "title"
        elif expect == "skip":
            continue
        elif expect == "title" and record is not None:
            text, *orgs = ORG_SEPARATOR.split(line, maxsplit=1)
            split = split_title_authors(text)
            if split is None:
                yield SourceError(
                    str(path), number, "cannot tell the title from the author list",
                    "Expected '<title><First Author>, <Author>[ et al.][ · org, org]'. "
                    "Put a tab between title and authors if the names are unusual.")
                record, expect = None, "skip"
                continue
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


def read_arxiv(path: Path) -> Iterator[PaperRecord | SourceError]:
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
            try:
                pending.date = check_date("Created", created["date"])
            except FieldError as exc:
                yield SourceError(str(path), number, f"bad record: {exc}", exc.hint)
            else:
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
                                  arxiv_id=ident["id"], categories=[ident["cat"]] if ident["cat"] else [])
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


def _looks_like_comment(text: str) -> bool:
    return len(text) < 300 and bool(re.search(
        r"\b(pages?|figures?|tables?|accepted|appear|published|conference|workshop|proceedings|journal|"
        r"camera-ready|submitted|under review|code|github|https?://|"
        r"NeurIPS|ICML|ICLR|ACL|NAACL|EACL|COLING|TACL|TMLR|JMLR|CVPR|ICCV|ECCV|EMNLP|AAAI|IJCAI|KDD|SIGIR|"
        r"ICASSP|Interspeech)\b", text, re.I))


class JSONValueError(ValueError):
    """A JSON text Python would read but no store or export can hold, with what to write instead."""

    def __init__(self, problem: str, hint: str) -> None:
        self.hint = hint
        super().__init__(problem)


FINITE_HINT = "Write a finite number, or null when the value is unknown."


def _json_constant(name: str) -> Any:
    raise JSONValueError(f"{name} is not a JSON number (non-finite numbers are refused)", FINITE_HINT)


def _json_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JSONValueError(f"the number {text[:20]} is too large (not finite)", FINITE_HINT)
    return value


def _json_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise JSONValueError(f"a number with {digits} digits is too large (at most {MAX_INT_DIGITS})",
                             "Write the number as a string if it is an identifier.")
    return int(text)


MAX_INT_DIGITS = 30


def parse_json(text: str) -> Any:
    """A JSON value, refusing NaN, Infinity, numbers too large to hold and nesting too deep to read.

    Raises:
        ValueError: a message that names the problem (``json.JSONDecodeError`` is one).
    """
    try:
        return json.loads(text, parse_constant=_json_constant, parse_float=_json_float, parse_int=_json_int)
    except RecursionError:
        raise JSONValueError("the value is nested too deeply to read",
                             "A paper record needs a few levels of nesting at most; is this really a listing?"
                             ) from None


def _jsonl_date(obj: dict[str, Any]) -> str | None:
    for key in ("date", "published", "year"):
        if obj.get(key) is not None:
            return check_date(key, obj[key])
    return None


JSONL_KEYS = {"id", "arxiv_id", "doi", "title", "abstract", "authors", "authors_truncated", "date",
              "published", "year", "categories", "orgs", "references", "has_code", "comment"}


def read_jsonl(path: Path) -> Iterator[PaperRecord | SourceError]:
    """JSON Lines: one object per paper (id, title, abstract, authors, date|year, categories, ...).

    Values are passed on as written: ``kg.sources.records.check_record`` checks their types. A bad line
    is yielded as a SourceError (the lines after it can still be read: ``kg build --skip-bad``).
    """
    for number, line in read_lines(path):
        if not line.strip():
            continue
        try:
            obj = parse_json(line)
            if not isinstance(obj, dict):
                raise ValueError("each line must be a JSON object")
            if not (obj.get("title") or obj.get("abstract")):
                raise ValueError("a paper needs a 'title' or an 'abstract'")
            ident = str(obj.get("arxiv_id") or obj.get("id") or "").strip()
            arxiv = ARXIV_ID.match(ident)
            doi = DOI.match(str(obj.get("doi") or ident).strip())
            yield PaperRecord(
                source=str(path), line=number,
                title=obj.get("title"), authors=obj.get("authors"),
                authors_truncated=obj.get("authors_truncated", False),
                orgs=obj.get("orgs"), categories=obj.get("categories"),
                date=_jsonl_date(obj), has_code=obj.get("has_code"),
                abstract=obj.get("abstract"),
                arxiv_id=arxiv.group(1) if arxiv else None,
                doi=doi.group(1).lower() if doi else None,
                comment=obj.get("comment"),
                references=obj.get("references"),
                extra={k: v for k, v in obj.items() if k not in JSONL_KEYS},
            )
        except FieldError as exc:
            yield SourceError(str(path), number, f"bad record: {exc}", exc.hint)
        except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            yield SourceError(str(path), number, f"bad JSON Lines record: {exc}", getattr(
                exc, "hint", "Each line must be one JSON object with at least a title or an abstract."))
