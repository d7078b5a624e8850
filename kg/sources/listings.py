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
from kg.sources import ids
from kg.sources.categories import split_categories
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
_TIME = r"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
CREATED_LINE = re.compile(
    r"^Created:\s*(?P<date>"
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]{_TIME}(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"  # ISO, with a time
    rf"|(?:[A-Z][a-z]{{2}},\s*)?\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?:\s+{_TIME}(?:\s*(?:GMT|UTC|[+-]\d{{4}}))?)?"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"  # Feb 18, 2022
    r")\s*$")


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
        created = CREATED_LINE.match(text) if pending is not None else None
        if pending is not None and created is None:
            # the record is left out (kg build --skip-bad); a line that is no Created: line starts the next one
            yield SourceError(str(path), number, "expected 'Created: YYYY-MM-DD' after the arXiv id",
                              f"Got: {text[:80]!r}. Add the 'Created:' line after arXiv:{pending.arxiv_id}.")
            pending = None
            if text.startswith("Created:"):
                continue
        if pending is not None and created is not None:
            try:
                pending.date = _created_date(created["date"])
            except FieldError as exc:
                yield SourceError(str(path), number, f"bad record: {exc}", exc.hint)
            else:
                if pending.date is None:
                    yield SourceError(str(path), number, f"not a date: {created['date'][:40]!r}",
                                      "Write 'Created: YYYY-MM-DD' (a time, an RFC 2822 date or '18 Feb 2022' "
                                      "also do).")
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
                                  arxiv_id=ids.arxiv_id(ident["id"]),
                                  categories=[c for c in (ident["cat"] or ident["xcat"],) if c])
            blocks = []
        elif text[:6].casefold() == "arxiv:" and " " not in text:
            raise SourceError(str(path), number, f"not an arXiv id: {text[:60]!r}",
                              "Write the id as arXiv:YYMM.NNNNN (or an old-style one, arXiv:hep-th/9901001).")
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
    """The full date of a ``Created:`` value, or None when it names no real day.

    Raises:
        FieldError: an ISO date that is no calendar date (``2023-13-45``).
    """
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        found = check_date("Created", text.replace(" ", "T", 1) if "Z" in text or ":" in text else text)
        return found if found and len(found) == 10 else None
    from kg.sources.text import parse_date_text

    found = parse_date_text(text)
    return found if found and len(found) == 10 else None


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


def jsonl_record(source: str, number: int, obj: Any) -> PaperRecord:
    """One paper-kg JSON object as a PaperRecord; values are passed on as written (check_record checks them).

    Every identifier field (``id``, ``arxiv_id``, ``doi``) takes every spelling of an arXiv id or DOI
    (``arXiv:``, abs/pdf URLs, ``10.48550/arXiv.X``, ``doi:``, ``https://doi.org/``, old-style ids with a
    subject class); an id written as a JSON number is refused (it loses digits).

    Raises:
        ValueError: the object is not a paper (the message names the problem).
        FieldError: a field of the wrong kind.
    """
    if not isinstance(obj, dict):
        raise ValueError("each line must be a JSON object")
    if not (obj.get("title") or obj.get("abstract")):
        raise ValueError("a paper needs a 'title' or an 'abstract'")
    for key in ("id", "arxiv_id", "doi"):
        problem = ids.id_error(key, obj.get(key))
        if problem:
            raise ValueError(problem)
    arxiv = next(filter(None, map(ids.arxiv_id, [obj.get("arxiv_id"), obj.get("id"), obj.get("doi")])), None)
    doi = next(filter(None, map(ids.doi, [obj.get("doi"), obj.get("id"), obj.get("arxiv_id")])), None)
    return PaperRecord(
        source=source, line=number,
        title=obj.get("title"), authors=obj.get("authors"),
        authors_truncated=obj.get("authors_truncated", False),
        orgs=obj.get("orgs"), categories=split_categories(obj.get("categories")),
        date=_jsonl_date(obj), has_code=obj.get("has_code"),
        abstract=obj.get("abstract"),
        arxiv_id=arxiv, doi=doi,
        comment=obj.get("comment"),
        references=obj.get("references"),
        extra={k: v for k, v in obj.items() if k not in JSONL_KEYS},
    )
