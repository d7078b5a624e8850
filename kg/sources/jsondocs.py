"""JSON sources: paper-kg JSON Lines, OpenAlex, Semantic Scholar, Crossref, CSL-JSON and arXiv snapshot records.

A file is either JSON Lines (each line one complete value, streamed; gzip too) or one JSON document
(pretty-printed, any size), read whole. Lists and API envelopes are opened and each item becomes a record
with the line where it starts: ``[...]``, ``{"meta":..., "results": [...]}`` (OpenAlex),
``{"data": [...]}`` (Semantic Scholar), ``{"message": {...}}`` and ``{"message": {"items": [...]}}``
(Crossref). ``null`` items (Semantic Scholar batch answers for unknown ids) are skipped. Each object's
kind is told by its keys unless the format is forced.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.sources import ids
from kg.names import clean_name
from kg.sources.records import MAX_LINE_BYTES, PaperRecord, open_source, read_lines
from kg.sources.text import date_field, date_parts, iso_date, latex_to_text, line_at, parse_date_text, read_text, squash

ITEM_KEYS = ("results", "data", "items")
ENVELOPE_KEYS = frozenset({"meta", "results", "data", "items", "message", "message-type", "status",
                           "message-version", "total", "offset", "next", "token", "group_by", "total-results"})
MIN_CONCEPT_SCORE = 0.5  # OpenAlex concepts below this score are not kept as topics (they are guesses)


def _decoder() -> json.JSONDecoder:
    """A decoder refusing NaN, Infinity and numbers too large to hold (kg.sources.listings' rules)."""
    from kg.sources.listings import _json_constant, _json_float, _json_int

    return json.JSONDecoder(parse_constant=_json_constant, parse_float=_json_float, parse_int=_json_int)


_DECODER = _decoder()
_WS = re.compile(r"[ \t\n\r]*")


# --- the values of a file -------------------------------------------------------------------------------

def _first_line_complete(path: Path) -> bool:
    """True when the file's first non-blank line is a whole JSON value (then it is JSON Lines)."""
    with open_source(path) as handle:
        try:
            while True:
                raw = handle.readline(MAX_LINE_BYTES + 1)
                if not raw:
                    return False
                if raw.strip():
                    break
        except (OSError, EOFError):
            return True  # read_lines names the damage with its line
        if len(raw) > MAX_LINE_BYTES:
            return False
    try:
        text = raw.decode("utf-8").lstrip("\ufeff").rstrip()
        json.loads(text)  # NaN and the like are refused later, with their line
    except UnicodeDecodeError:
        return True  # read_lines names the bad bytes with their line
    except json.JSONDecodeError as exc:
        return exc.pos < len(text) - 1  # broken inside the line (JSON Lines), not cut at its end (a document)
    except (ValueError, RecursionError):
        return True  # complete but unreadable (a huge number, deep nesting): refused with its line
    return True


def parse_json(text: str) -> Any:
    """``text`` as JSON with the listing reader's checks (non-finite numbers, depth); raises ValueError."""
    from kg.sources.listings import parse_json as parse

    return parse(text)


def json_values(path: Path) -> Iterator[tuple[int, Any, bool]]:
    """(line, value, from_lines) of each top-level item: JSON Lines lines, or one document's items.

    A JSON Lines line that is not JSON comes as a SourceError value (the lines after it can be read). A line
    holding a list or an API page (a one-line batch answer) gives its items as a document does.

    Raises:
        SourceError: bad JSON, with the line and column and what is wrong.
    """
    if _first_line_complete(path):
        for number, line in read_lines(path):
            if not line.strip():
                continue
            try:
                value = parse_json(line)
            except (ValueError, RecursionError) as exc:  # this line is bad; the next ones can still be read
                yield number, SourceError(str(path), number, f"bad JSON Lines record: {_line_why(exc)}", getattr(
                    exc, "hint", "Each line must be one JSON object with at least a title or an abstract.")), True
                continue
            items = _open_envelope(value)
            # a line holding a list or an API page (a batch answer saved on one line) is a document:
            # its items are read as a document's (nulls skipped), not as lines of their own
            opened = not (len(items) == 1 and items[0] is value)
            for item in items:
                yield number, item, not opened
        return
    text = read_text(path)
    try:
        yield from ((line, item, False) for line, item in _document_items(text))
    except json.JSONDecodeError as exc:
        if not text[exc.pos:].strip() and text.strip():  # the text ends inside a value: name its last line
            end = len(text.rstrip())
            raise SourceError(str(path), text.count("\n", 0, end) + 1, "the JSON ends before its last object or list "
                              "is closed (a missing '}' or ']'?)", "Close the record, or check the file with "
                              "`python -m json.tool FILE`.") from exc
        raise SourceError(str(path), exc.lineno, f"bad JSON at column {exc.colno}: {exc.msg}",
                          "The file is neither JSON Lines nor one JSON document; check it with "
                          "`python -m json.tool FILE`.") from exc
    except (ValueError, RecursionError) as exc:
        raise SourceError(str(path), None, f"bad JSON: {_why(exc)}", "") from exc


def _why(exc: BaseException) -> str:
    return "the value is nested too deeply to read" if isinstance(exc, RecursionError) else str(exc)


def _line_why(exc: BaseException) -> str:
    """``_why`` for one JSON Lines line: where on the line, not "line 1" of the line's own text.

    Examples:
        >>> import json
        >>> try:
        ...     json.loads('{"title": "x" "y"}')
        ... except ValueError as exc:
        ...     _line_why(exc)
        "Expecting ',' delimiter: column 15"
    """
    import json

    return f"{exc.msg}: column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else _why(exc)


def _open_envelope(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        message = value.get("message")
        if isinstance(message, dict):
            return message["items"] if isinstance(message.get("items"), list) else [message]
        for key in ITEM_KEYS:
            if isinstance(value.get(key), list) and set(value) <= ENVELOPE_KEYS:
                return value[key]
    return [value]


def _decode_at(text: str, index: int) -> tuple[Any, int]:
    return _DECODER.raw_decode(text, index)


def _skip(text: str, index: int) -> int:
    return _WS.match(text, index).end()  # type: ignore[union-attr]


def _expect(text: str, index: int, chars: str) -> None:
    if index >= len(text) or text[index] not in chars:
        raise json.JSONDecodeError(f"expected one of {chars!r}", text, index)


def _array_items(text: str, index: int) -> Iterator[tuple[int, Any]]:
    """(line, value) of each element of the array starting at ``text[index] == '['``."""
    index = _skip(text, index + 1)
    if text.startswith("]", index):
        return
    while True:
        start = _skip(text, index)
        value, index = _decode_at(text, start)
        yield line_at(text, start), value
        index = _skip(text, index)
        _expect(text, index, ",]")
        if text[index] == "]":
            return
        index += 1


def _member_offset(text: str, index: int, wanted: str) -> int:
    """Offset of the value of member ``wanted`` of the object at ``text[index] == '{'``."""
    index = _skip(text, index + 1)
    while index < len(text) and text[index] != "}":
        key, index = _decode_at(text, index)
        index = _skip(text, index)
        _expect(text, index, ":")
        index = _skip(text, index + 1)
        if key == wanted:
            return index
        _, index = _decode_at(text, index)
        index = _skip(text, index)
        _expect(text, index, ",}")
        index = _skip(text, index + 1) if text[index] == "," else index
    raise json.JSONDecodeError(f"no member {wanted!r}", text, index)


def _document_items(text: str) -> Iterator[tuple[int, Any]]:
    """(line, item) of one JSON document: a list's elements, an envelope's items, or the object itself."""
    start = _skip(text, 0)
    if start >= len(text):
        raise json.JSONDecodeError("the document is empty", text, start)
    whole, end = _decode_at(text, start)  # the whole document first: bad JSON fails before any record
    if _skip(text, end) != len(text):
        raise json.JSONDecodeError("extra data after the JSON document", text, _skip(text, end))
    if isinstance(whole, list):
        yield from _array_items(text, start)
        return
    if not isinstance(whole, dict):
        raise json.JSONDecodeError("a JSON document of papers is an object or a list", text, start)
    message = whole.get("message")
    if isinstance(message, dict):
        offset = _member_offset(text, start, "message")
        if isinstance(message.get("items"), list):
            yield from _array_items(text, _member_offset(text, offset, "items"))
        else:
            yield line_at(text, offset), message
        return
    key = next((k for k in ITEM_KEYS if isinstance(whole.get(k), list)), None)
    if key and set(whole) <= ENVELOPE_KEYS:
        yield from _array_items(text, _member_offset(text, start, key))
    else:
        yield line_at(text, start), whole


# --- kinds of object ------------------------------------------------------------------------------------

def kind_of(obj: dict[str, Any]) -> str:
    """The source an object comes from, told by its keys: openalex, s2, crossref, csl, arxiv-json or jsonl.

    Examples:
        >>> [kind_of(o) for o in [{"id": "https://openalex.org/W1"}, {"paperId": "x"}, {"DOI": "10.1/x",
        ...   "title": ["T"]}, {"type": "article-journal", "title": "T"}, {"authors_parsed": []}, {"title": "T"}]]
        ['openalex', 's2', 'crossref', 'csl', 'arxiv-json', 'jsonl']
    """
    ident = obj.get("id")
    if (isinstance(ident, str) and ident.startswith("https://openalex.org/")) or "authorships" in obj \
            or "abstract_inverted_index" in obj:
        return "openalex"
    if "paperId" in obj or "externalIds" in obj or "citedPaper" in obj or "citingPaper" in obj:
        return "s2"
    if "authors_parsed" in obj or ("submitter" in obj and "versions" in obj):
        return "arxiv-json"
    if "DOI" in obj and (isinstance(obj.get("title"), list) or "reference-count" in obj or "container-title" in obj
                         and isinstance(obj.get("container-title"), list)):
        return "crossref"
    if isinstance(obj.get("type"), str) and ("issued" in obj or "citation-key" in obj or "title" in obj
                                              or isinstance(obj.get("author"), list)):
        return "csl"
    return "jsonl"


class _Bad(ValueError):
    """A record's problem, with a hint of what to do."""

    def __init__(self, problem: str, hint: str = "") -> None:
        super().__init__(problem)
        self.hint = hint


def _strs(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _first_str(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(obj: dict[str, Any], key: str) -> str:
    """The text of a string field, squashed; null or missing gives "", another JSON value is refused."""
    from kg.sources.records import FieldError, describe

    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(key, f"must be a string, got {describe(value)}", "Write the value as a JSON string.")
    return squash(value)


def _needs_text(rec: PaperRecord, what: str) -> PaperRecord:
    if not (rec.title or rec.abstract):
        raise _Bad(f"{what} has no title and no abstract",
                   "A paper needs at least a title; fix the record or leave it out of the file.")
    return rec


def inverted_abstract(index: Any) -> str:
    """The abstract text of an OpenAlex ``abstract_inverted_index`` (word -> positions).

    Examples:
        >>> inverted_abstract({"We": [0], "route": [1, 3], "and": [2]})
        'We route and route'
    """
    words: dict[int, str] = {}
    for word, positions in _dict(index).items():
        for pos in _list(positions):
            if isinstance(pos, int) and not isinstance(pos, bool) and 0 <= pos < 1_000_000:
                words[pos] = word
    return squash(" ".join(words[p] for p in sorted(words)))


def from_openalex(source: str, line: int, obj: dict[str, Any]) -> PaperRecord:
    """An OpenAlex work: ids, title, date, rebuilt abstract, authorships (with institutions), topics, references."""
    wid = ids.openalex_id(obj.get("id"))
    other_ids = _dict(obj.get("ids"))
    locations = [_dict(obj.get("primary_location")), *map(_dict, _list(obj.get("locations")))]
    arxiv = ids.doi_ids(obj.get("doi"))[0] or next(
        (a for loc in locations for a in (ids.arxiv_id(loc.get("landing_page_url")), ids.arxiv_id(loc.get("pdf_url")))
         if a), None)
    authors, author_ids, orgs, ror = [], [], [], {}
    for authorship in map(_dict, _list(obj.get("authorships"))):
        person = _dict(authorship.get("author"))
        name = _first_str(person.get("display_name"), authorship.get("raw_author_name"))
        if not name:
            continue
        authors.append(clean_name(name))
        aid = ids.openalex_id(person.get("id"))
        author_ids.append(f"openalex:{aid}" if aid else "")
        for inst in map(_dict, _list(authorship.get("institutions"))):
            org = _first_str(inst.get("display_name"))
            if org and org not in orgs:
                orgs.append(squash(org))
                if isinstance(inst.get("ror"), str):
                    ror[squash(org)] = inst["ror"]
    topics = [squash(t.get("display_name")) for t in map(_dict, _list(obj.get("topics"))) if t.get("display_name")]
    topics += [squash(c.get("display_name")) for c in map(_dict, _list(obj.get("concepts")))
               if c.get("display_name") and isinstance(c.get("score"), (int, float))
               and c["score"] >= MIN_CONCEPT_SCORE]
    topics += [squash(k.get("display_name") if isinstance(k, dict) else k) for k in _list(obj.get("keywords"))
               if (k.get("display_name") if isinstance(k, dict) else k)]
    source_name = _first_str(_dict(_dict(obj.get("primary_location")).get("source")).get("display_name"))
    extra: dict[str, Any] = {}
    if ror:
        extra["ror"] = ror
    if source_name:
        extra["venue"] = squash(source_name)
    rec = PaperRecord(
        source=source, line=line,
        title=squash(_first_str(obj.get("title"), obj.get("display_name")) or ""),
        authors=authors, author_ids=author_ids, orgs=orgs,
        date=date_field("publication_date", obj.get("publication_date"))
        or date_field("publication_year", obj.get("publication_year")),
        abstract=inverted_abstract(obj.get("abstract_inverted_index")),
        arxiv_id=arxiv, doi=ids.doi(obj.get("doi")) or ids.doi(other_ids.get("doi")),
        references=[r for r in _strs(obj.get("referenced_works")) if ids.openalex_id(r)],
        topics=list(dict.fromkeys(t for t in topics if t)),
        ids={k: v for k, v in (("openalex", wid), ("pmid", _first_str(other_ids.get("pmid"))),
                               ("mag", str(other_ids["mag"]) if other_ids.get("mag") is not None else None))
             if v},
        extra=extra,
    )
    return _needs_text(rec, f"the OpenAlex work {wid or ''}".rstrip())


def _s2_reference(paper: dict[str, Any]) -> str | None:
    external = _dict(paper.get("externalIds"))
    arxiv = ids.arxiv_id(external.get("ArXiv"))
    if arxiv:
        return f"arXiv:{arxiv}"
    return ids.doi_reference(external.get("DOI")) or ids.s2_id(paper.get("paperId"))


def _s2_papers(papers: list[dict[str, Any]], titles: dict[str, str]) -> list[str]:
    """The references (or citations) of an S2 paper: each by its id (its title kept in ``titles``, so resolve
    can meet a paper of that title when the id is unknown to the graph), or by its title when it has no id."""
    out = []
    for paper in papers:
        ref = _s2_reference(paper)
        title = squash(paper.get("title"))
        if ref:
            out.append(ref)
            if title:
                titles[ref] = title
        elif title:
            out.append(title)
    return out


def from_s2(source: str, line: int, obj: dict[str, Any]) -> PaperRecord:
    """A Semantic Scholar Graph API paper: externalIds, authors with ids, fields of study, references, citations."""
    if "paperId" not in obj and isinstance(obj.get("citedPaper") or obj.get("citingPaper"), dict):
        obj = obj.get("citedPaper") or obj.get("citingPaper")
    external = _dict(obj.get("externalIds"))
    authors, author_ids = [], []
    for person in map(_dict, _list(obj.get("authors"))):
        name = _first_str(person.get("name"))
        if name:
            authors.append(clean_name(name))
            author_ids.append(f"s2:{person['authorId']}" if isinstance(person.get("authorId"), str) else "")
    other = {"s2": ids.s2_id(obj.get("paperId")), "dblp": ids.dblp_key(external.get("DBLP")),
             "s2corpus": ids.s2_id(f"CorpusId:{external.get('CorpusId') or obj.get('corpusId')}")
             if (external.get("CorpusId") or obj.get("corpusId")) else None,
             "pmid": _first_str(external.get("PubMed")),
             "mag": str(external["MAG"]) if external.get("MAG") is not None else None}
    fields = [*_strs(obj.get("fieldsOfStudy")),
              *(f.get("category") for f in map(_dict, _list(obj.get("s2FieldsOfStudy"))) if f.get("category"))]
    titles: dict[str, str] = {}
    refs = _s2_papers([_dict(p.get("citedPaper", p)) for p in map(_dict, _list(obj.get("references")))], titles)
    cited_by = _s2_papers([_dict(p.get("citingPaper", p)) for p in map(_dict, _list(obj.get("citations")))], titles)
    venue = _first_str(obj.get("venue"), _dict(obj.get("journal")).get("name"))
    rec = PaperRecord(
        source=source, line=line, title=_text(obj, "title"), authors=authors, author_ids=author_ids,
        date=date_field("publicationDate", obj.get("publicationDate")) or date_field("year", obj.get("year")),
        abstract=_text(obj, "abstract"),
        arxiv_id=ids.arxiv_id(external.get("ArXiv")) or ids.doi_ids(external.get("DOI"))[0],
        doi=ids.doi_ids(external.get("DOI"))[1],
        references=refs, topics=list(dict.fromkeys(fields)), ids={k: v for k, v in other.items() if v},
        extra={**({"cited_by": cited_by} if cited_by else {}), **({"venue": squash(venue)} if venue else {}),
               **({"reference_titles": titles} if titles else {})},
    )
    return _needs_text(rec, f"the Semantic Scholar paper {obj.get('paperId') or ''}".rstrip())


_TAG = re.compile(r"<[^>]+>")
# tags that end or start a block of text (a paragraph, a heading, a list item, a table cell): a space; every
# other tag is inline markup (italic, bold, sub, sup, small caps, links) and goes without a space
_BLOCK_TAG = re.compile(r"</?(?:[\w-]+:)?(?:p|title|sec|abstract|trans-abstract|list|list-item|label|caption|break|"
                        r"br|div|li|ul|ol|table|tr|td|th|disp-formula|disp-quote|fig|boxed-text|def-list|def-item|"
                        r"term|def|statement|kwd-group|kwd)(?:\s[^>]*)?/?>", re.I)


def jats_text(value: Any) -> str:
    """Text of a JATS/HTML abstract: block tags (paragraphs, titles) spaced, inline tags (italic, sub, sup)
    dropped in place, entities decoded, a leading 'Abstract' cut.

    Examples:
        >>> jats_text("<jats:title>Abstract</jats:title><jats:p>We route &amp; merge.</jats:p><jats:p>Then</jats:p>")
        'We route & merge. Then'
        >>> jats_text("<jats:p><jats:italic>BERT</jats:italic>, which splits H<jats:sub>2</jats:sub>O</jats:p>")
        'BERT, which splits H2O'
    """
    if not isinstance(value, str):
        return ""
    text = squash(html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", value))))
    return re.sub(r"^abstract[:.]?\s+", "", text, flags=re.I)


def _date_parts(name: str, value: Any) -> str | None:
    parts = _list(_dict(value).get("date-parts"))
    first = parts[0] if parts and isinstance(parts[0], list) else parts
    return date_parts(name, first)


def from_crossref(source: str, line: int, obj: dict[str, Any]) -> PaperRecord:
    """A Crossref work: DOI, title, authors (with affiliations), published/issued date, JATS abstract, references."""
    authors, author_ids, orgs = [], [], []
    for person in map(_dict, _list(obj.get("author"))):
        name = squash(" ".join(filter(None, (_first_str(person.get("given")), _first_str(person.get("family"))))))
        name = name or squash(_first_str(person.get("name")) or "")
        if not name:
            continue
        authors.append(clean_name(name))
        orcid = _first_str(person.get("ORCID"))
        author_ids.append(f"orcid:{orcid.rsplit('/', 1)[-1]}" if orcid else "")
        for aff in map(_dict, _list(person.get("affiliation"))):
            org = _first_str(aff.get("name"))
            if org and squash(org) not in orgs:
                orgs.append(squash(org))
    when = next(filter(None, (_date_parts(k, obj.get(k)) for k in
                              ("published", "published-print", "published-online", "issued", "created"))), None)
    refs = []
    for ref in map(_dict, _list(obj.get("reference"))):
        arxiv = ids.arxiv_in_text(_first_str(ref.get("unstructured")) or "")
        found = ids.doi_reference(ref.get("DOI")) or (f"arXiv:{arxiv}" if arxiv else None)
        if found:
            refs.append(found)
    doi_text = obj.get("DOI")
    venue = _first_str(obj.get("container-title"))
    rec = PaperRecord(
        source=source, line=line, title=squash(jats_text(_first_str(obj.get("title")) or "")),
        authors=authors, author_ids=author_ids, orgs=orgs, date=when, abstract=jats_text(obj.get("abstract")),
        arxiv_id=ids.doi_ids(doi_text)[0], doi=ids.doi_ids(doi_text)[1], references=refs,
        topics=[squash(s) for s in _strs(obj.get("subject"))],
        extra={"venue": squash(venue)} if venue else {},
    )
    return _needs_text(rec, f"the Crossref work {doi_text or ''}".rstrip())


CSL_SEASONS = {1: "spring", 2: "summer", 3: "autumn", 4: "winter"}


def csl_date(value: Any) -> str | None:
    """A CSL-JSON date: ``date-parts`` (first of a range), ``season``, ``raw`` or ``literal`` text.

    Examples:
        >>> [csl_date(d) for d in [{"date-parts": [[2020, 5, 2], [2020, 6]]}, {"date-parts": [["2019"]], "season": 2},
        ...                        {"raw": "2018-03-04"}, {"literal": "Spring 2017"}, {"date-parts": [[]]}]]
        ['2020-05-02', '2019-06', '2018-03-04', '2017-03', None]
    """
    data = _dict(value)
    parts = _list(data.get("date-parts"))
    first = parts[0] if parts and isinstance(parts[0], list) else []
    if first:
        season = data.get("season")
        if len(first) == 1 and season is not None:
            season = CSL_SEASONS.get(season, season) if isinstance(season, int) else season
            return iso_date(first[0], season) or date_parts("date-parts", first)
        found = date_parts("date-parts", first)
        if found:
            return found
    return date_field("raw", data.get("raw")) or parse_date_text(data.get("literal"))


def from_csl(source: str, line: int, obj: dict[str, Any]) -> PaperRecord:
    """A CSL-JSON item (Zotero, citeproc): title, authors (family/given/literal), issued date, DOI, arXiv id."""
    authors = []
    for person in map(_dict, _list(obj.get("author"))):
        words = [_first_str(person.get(k)) for k in ("given", "dropping-particle", "non-dropping-particle", "family")]
        name = squash(" ".join(w for w in words if w)) or squash(_first_str(person.get("literal")) or "")
        suffix = _first_str(person.get("suffix"))
        if name:
            authors.append(clean_name(f"{name} {suffix}" if suffix else name))
    arxiv = next(filter(None, (ids.arxiv_id(obj.get(k)) for k in ("arxiv", "number", "URL", "archive_location", "DOI"))),
                 None) or ids.arxiv_in_text(_first_str(obj.get("note")))
    keywords = _first_str(obj.get("keyword")) or ""
    venue = _first_str(obj.get("container-title"))
    rec = PaperRecord(
        source=source, line=line, title=squash(_first_str(obj.get("title")) or ""), authors=authors,
        date=csl_date(obj.get("issued")) or csl_date(obj.get("submitted")),
        abstract=jats_text(obj.get("abstract")), arxiv_id=arxiv, doi=ids.doi_ids(obj.get("DOI"))[1],
        topics=[squash(k) for k in re.split(r"[,;]", keywords) if k.strip()],
        extra={"venue": squash(venue)} if venue else {},
    )
    return _needs_text(rec, f"the CSL-JSON item {obj.get('id') or ''}".rstrip())


def from_arxiv_json(source: str, line: int, obj: dict[str, Any]) -> PaperRecord:
    """An arXiv metadata snapshot line: authors_parsed ([last, first, suffix]), categories, v1 date, DOI."""
    authors = []
    for parts in _list(obj.get("authors_parsed")):
        last, first, suffix = ([*map(lambda p: p if isinstance(p, str) else "", _list(parts)), "", "", ""])[:3]
        name = latex_to_text(" ".join(filter(None, (first, last, suffix))))
        if name:
            authors.append(clean_name(name))
    versions = [_dict(v) for v in _list(obj.get("versions"))]
    first_version = next((v for v in versions if v.get("version") == "v1"), versions[0] if versions else {})
    dois = ids.dois(obj.get("doi"))
    extra: dict[str, Any] = {"journal_ref": squash(obj["journal-ref"])} if _first_str(obj.get("journal-ref")) else {}
    if len(dois) > 1:
        extra["other_dois"] = dois[1:]
    rec = PaperRecord(
        source=source, line=line, title=latex_to_text(obj.get("title") or "" if isinstance(obj.get("title"), str) else ""),
        authors=authors, categories=(obj.get("categories") or "").split() if isinstance(obj.get("categories"), str) else [],
        date=parse_date_text(first_version.get("created")) or parse_date_text(obj.get("update_date")),
        abstract=latex_to_text(obj.get("abstract")) if isinstance(obj.get("abstract"), str) else "",
        arxiv_id=ids.arxiv_id(obj.get("id")), doi=dois[0] if dois else None,
        comment=squash(obj.get("comments")) or None, extra=extra,
    )
    return _needs_text(rec, f"the arXiv record {obj.get('id') or ''}".rstrip())


def _from_kg(source: str, line: int, obj: Any) -> PaperRecord:
    from kg.sources.listings import jsonl_record

    return jsonl_record(source, line, obj)


CONVERTERS: dict[str, Callable[[str, int, Any], PaperRecord]] = {
    "jsonl": _from_kg, "openalex": from_openalex, "s2": from_s2, "crossref": from_crossref, "csl": from_csl,
    "arxiv-json": from_arxiv_json,
}
NAMES = {"jsonl": "paper-kg JSON", "openalex": "OpenAlex work", "s2": "Semantic Scholar paper",
         "crossref": "Crossref work", "csl": "CSL-JSON item", "arxiv-json": "arXiv metadata record"}


# The keys each kind of object defines (besides a bare title): an object with none of them is not of that kind.
KIND_KEYS = {
    "openalex": frozenset({"authorships", "abstract_inverted_index", "publication_date", "publication_year",
                           "referenced_works", "primary_location", "locations", "concepts", "topics", "keywords",
                           "ids", "display_name"}),
    "s2": frozenset({"paperId", "externalIds", "corpusId", "authors", "year", "publicationDate", "fieldsOfStudy",
                     "s2FieldsOfStudy", "references", "citations", "venue", "journal", "citedPaper", "citingPaper"}),
    "crossref": frozenset({"DOI", "author", "published", "published-print", "published-online", "issued", "created",
                           "reference", "container-title", "subject", "abstract"}),
    "csl": frozenset({"author", "issued", "submitted", "DOI", "URL", "container-title", "keyword", "note", "number",
                      "archive_location", "type", "citation-key", "abstract"}),
    "arxiv-json": frozenset({"authors_parsed", "versions", "categories", "journal-ref", "comments", "update_date",
                             "submitter", "authors", "doi", "abstract"}),
}


def _kind_keys(kind: str) -> frozenset[str]:
    if kind == "jsonl":
        from kg.sources.listings import JSONL_KEYS

        return frozenset(JSONL_KEYS)
    return KIND_KEYS[kind]


def _api_error(item: dict[str, Any]) -> str | None:
    if set(item) <= {"error", "message", "code", "status", "detail", "message-type"} and (
            isinstance(item.get("error"), (str, dict)) or isinstance(item.get("message"), str)):
        return squash(str(item.get("error") or item.get("message")))[:200]
    return None


def read_json(path: Path, kind: str | None = None) -> Iterator[PaperRecord | SourceError]:
    """The papers of a JSON Lines file or JSON document; each object's kind detected unless ``kind`` forces it.

    An object that is no paper (or a bad JSON Lines line) is yielded as a SourceError in its place.

    Raises:
        SourceError: a JSON document that does not parse, or an API error saved instead of results.
    """
    from kg.sources.records import FieldError

    for line, item, from_lines in json_values(path):
        if item is None and not from_lines:
            continue  # a Semantic Scholar batch answer for an unknown id
        if isinstance(item, SourceError):
            yield item
            continue
        if not isinstance(item, dict):
            yield (SourceError(str(path), line, "bad JSON Lines record: each line must be a JSON object",
                               "Each line must be one JSON object with at least a title or an abstract.")
                   if from_lines else
                   SourceError(str(path), line, f"a JSON {_json_type(item)} where a paper object was expected",
                               "Give a list of objects, or an API page of them."))
            continue
        error = _api_error(item)
        if error:
            raise SourceError(str(path), line, f"the file holds an API error, not papers: {error!r}",
                              "Fetch the page again (kg fetch retries politely).")
        found = kind or kind_of(item)
        if not set(item) & _kind_keys(found) and (found == "jsonl" or kind_of(item) != found):
            keys = ", ".join(sorted(item)[:8]) + (", ..." if len(item) > 8 else "")
            article = "an" if NAMES[found][0].lower() in "aeiou" else "a"
            what = f"not {article} {NAMES[found]}" if kind else "an object of no known kind"
            yield SourceError(str(path), line, f"{what} (keys: {keys or 'none'})", (
                "It has none of the keys that format defines; is --input-format right?" if kind else
                "A paper object has a title (paper-kg JSON) or the keys of an OpenAlex, Semantic Scholar, Crossref, "
                "CSL-JSON or arXiv snapshot record."))
            continue
        try:
            yield CONVERTERS[found](str(path), line, item)
        except _Bad as exc:
            yield SourceError(str(path), line, str(exc), exc.hint)
        except FieldError as exc:
            yield SourceError(str(path), line, f"bad record: {exc}", exc.hint)
        except (ValueError, TypeError) as exc:
            what = "bad JSON Lines record" if found == "jsonl" and from_lines else f"bad {NAMES[found]}"
            yield SourceError(str(path), line, f"{what}: {exc}", getattr(exc, "hint", None) or (
                "Each line must be one JSON object with at least a title or an abstract."
                if found == "jsonl" else "Check the record's fields."))


def _json_type(value: Any) -> str:
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "list"}.get(type(value), "value")


def json_kind_reader(kind: str) -> Callable[[Path], Iterator[PaperRecord]]:
    """A reader that takes every object of a file as ``kind`` (for --input-format)."""
    def read(path: Path) -> Iterator[PaperRecord]:
        return read_json(path, kind)
    read.__doc__ = f"{NAMES[kind]}s in JSON Lines or one JSON document."
    return read

