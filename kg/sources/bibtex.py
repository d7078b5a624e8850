"""BibTeX (and BibLaTeX) files: bibtexparser 2 splits the blocks; this module evaluates field values.

bibtexparser 2.1 leaves ``#`` concatenation unevaluated (its issue #396) and has no ``crossref``
inheritance, so values are taken raw (an empty parse stack) and evaluated here: ``{...}`` and ``"..."``
parts, numbers and ``@string`` macros (case-insensitive, month names predefined) joined by ``#``; then
a ``crossref`` entry's missing fields come from its parent (the parent's ``title`` as ``booktitle``).
LaTeX accents and braces are decoded with pylatexenc.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.sources import ids
from kg.names import clean_name
from kg.sources.records import PaperRecord, SourceWarning
from kg.sources.text import field_to_text, iso_date, latex_to_text, read_text

MONTH_MACROS = {m: m.capitalize() for m in
                ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")}
VOLUME_TYPES = frozenset({"proceedings", "mvproceedings", "book", "mvbook", "collection", "mvcollection"})
NOT_PAPERS = frozenset({"comment", "preamble", "string"})
HINT = "Check the braces and quotes of this entry: each field is name = {value} or \"value\", separated by commas."


class _ValueError(ValueError):
    pass


_BRACE = re.compile(r"\\.|[{}]", re.S)


def _closing(raw: str, start: int) -> int:
    """Index of the brace closing the one at ``raw[start]`` (escaped braces skipped), or -1."""
    depth = 0
    for mark in _BRACE.finditer(raw, start):
        token = mark.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                return mark.start()
    return -1


MISSING_COMMA = re.compile(r"([A-Za-z][\w\-]*)\s*=")  # a field name inside a value: the comma before it is missing


def evaluate(raw: str, macros: dict[str, str], undefined: list[str] | None = None) -> str:
    """The text of a raw BibTeX value: braced/quoted parts, numbers and macros joined by ``#``; a word that
    names no macro is kept as written and added to ``undefined``.

    Examples:
        >>> evaluate('10 # "~" # jan', {"jan": "Jan."})
        '10~Jan.'
        >>> missing = []
        >>> evaluate('{Proc. of } # conf', {"conf": "ICML"}), evaluate('nips', {}, missing), missing
        ('Proc. of ICML', 'nips', ['nips'])
        >>> evaluate('{Switch Transformers}\\n  author = {Fedus, William}', {})
        Traceback (most recent call last):
        ...
        kg.sources.bibtex._ValueError: a comma is missing before 'author =' (every field but the last ends with a comma)
    """
    parts: list[str] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch.isspace() or ch == "#":
            i += 1
        elif ch == "{":
            j = _closing(raw, i)
            if j < 0:
                raise _ValueError("unbalanced braces in a field value")
            parts.append(raw[i + 1:j])
            i = j + 1
        elif ch == '"':
            j, depth = i + 1, 0
            while j < n and not (raw[j] == '"' and depth == 0 and raw[j - 1] != "\\"):
                depth += {"{": 1, "}": -1}.get(raw[j], 0)
                j += 1
            if j >= n:
                raise _ValueError("a quoted field value is not closed")
            parts.append(raw[i + 1:j])
            i = j + 1
        elif MISSING_COMMA.match(raw, i):  # 'title = {X}\n author = {Y}': two fields read as one
            name = MISSING_COMMA.match(raw, i).group(1)
            raise _ValueError(f"a comma is missing before '{name} =' (every field but the last ends with a comma)")
        else:
            m = re.match(r"[^\s#{}\"]+", raw[i:])
            word = m.group(0) if m else raw[i]
            if not word.isdigit() and word.casefold() not in macros and undefined is not None:
                undefined.append(word)
            parts.append(word if word.isdigit() else macros.get(word.casefold(), word))
            i += len(word)
    return "".join(parts)


_TILDE_ACCENT = re.compile(r"(?<!\{)\\~(\{[A-Za-z]\}|[A-Za-z])")  # \~n, \~{n}; not a braced {\~n}


@lru_cache(maxsize=1 << 16)  # a library names the same people in entry after entry
def _person(raw: str) -> str:
    from bibtexparser.middlewares.names import InvalidNameError, parse_single_name_into_parts

    try:  # "N\'u\~nez": the tilde accent braced first, or the parser takes it for a tie (a space)
        parts = parse_single_name_into_parts(_TILDE_ACCENT.sub(r"{\\~\1}", raw), strict=False)
        words = [*parts.first, *parts.von, *parts.last, *parts.jr]
    except (InvalidNameError, ValueError, IndexError):
        words = [raw]
    return clean_name(latex_to_text(" ".join(words)))


def split_people(raw: str) -> tuple[list[str], bool]:
    """(names, truncated) of a BibTeX ``author`` value: ``and``-separated, ``others`` marking truncation.

    Examples:
        >>> split_people(r'M{\\"u}ller, J{\\"o}rg and {OpenAI Team} and Smith, Jr., John and others')
        (['Jörg Müller', 'OpenAI Team', 'John Smith Jr.'], True)
    """
    from bibtexparser.middlewares.names import split_multiple_persons_names

    names, truncated = [], False
    for part in split_multiple_persons_names(raw):
        if part.strip().casefold() in ("others", "et al.", "et al"):
            truncated = True
        elif part.strip():
            name = _person(part)
            if name:
                names.append(name)
    return names, truncated


def _entry_record(path: Path, line: int, kind: str, key: str, fields: dict[str, str]) -> PaperRecord:
    get = fields.get
    authors, truncated = split_people(get("author", "")) if get("author") else ([], False)
    if not authors and get("editor") and kind in VOLUME_TYPES:
        authors, truncated = split_people(get("editor", ""))
    archive = (get("archiveprefix") or get("eprinttype") or "").casefold()
    arxiv_doi, doi = ids.doi_ids(get("doi"))
    arxiv = (ids.arxiv_id(get("eprint")) if archive in ("", "arxiv") else None) or arxiv_doi
    for name in ("arxivid", "arxiv", "url", "journal", "note", "howpublished", "volume"):
        if arxiv:
            break
        value = get(name) or ""
        arxiv = ids.arxiv_id(value) or ids.arxiv_in_text(value)
    categories = [c for c in re.split(r"[\s,;]+", get("primaryclass", "")) if c]
    doi = doi or ids.doi(get("url"))
    other: dict[str, str] = {}
    dblp = ids.dblp_key(key.removeprefix("DBLP:")) or ids.dblp_key(get("biburl"))
    if dblp:
        other["dblp"] = dblp
    openalex = ids.openalex_id(get("openalex"))
    if openalex:
        other["openalex"] = openalex
    venue = latex_to_text(get("journal") or get("booktitle") or "")
    topics, keyword_categories = split_keywords(latex_to_text(get("keywords", "")))
    return PaperRecord(
        source=str(path), line=line, title=field_to_text(get("title", "")),
        authors=authors, authors_truncated=truncated,
        date=iso_date(_year(get("year") or get("date", "")[:4]), get("month") or _month_of(get("date")),
                      get("day") or _day_of(get("date"))),
        abstract=field_to_text(get("abstract", "")), arxiv_id=arxiv, doi=doi,
        comment=field_to_text(get("note", "")) or None,
        categories=categories + [c for c in keyword_categories if c not in categories],
        topics=topics,
        ids=other,
        extra={"bibtex_key": key, "bibtex_type": kind, **({"venue": venue} if venue else {})},
    )


# "Machine Learning (cs.LG)": an arXiv category as DataCite's BibTeX for arXiv papers writes it
_CATEGORY_KEYWORD = re.compile(r"^.*?\s*\(([a-z]+(?:-[a-z]+)*\.[A-Z]{2})\)$")


def split_keywords(text: str) -> tuple[list[str], list[str]]:
    """(topics, arXiv category codes) of a ``keywords`` value, each once, in order.

    A keyword naming an arXiv category with its code in brackets becomes that category (the graph names
    it from its code, as for ``primaryClass``); DataCite's ``FOS:`` (field of science) prefix is dropped.

    Examples:
        >>> split_keywords("Machine Learning (cs.LG), FOS: Computer and information sciences; sparse experts")
        (['Computer and information sciences', 'sparse experts'], ['cs.LG'])
        >>> split_keywords("attention (self), FOS: Computer and information sciences, "
        ...                "FOS: Computer and information sciences")
        (['attention (self)', 'Computer and information sciences'], [])
    """
    topics: list[str] = []
    categories: list[str] = []
    for keyword in re.split(r"[,;]", text):
        keyword = re.sub(r"^FOS:\s*", "", keyword.strip())
        category = _CATEGORY_KEYWORD.match(keyword)
        kept, item = (categories, category.group(1)) if category else (topics, keyword)
        if item and item not in kept:
            kept.append(item)
    return topics, categories


def _bad_date(fields: dict[str, str]) -> str:
    """What is wrong with an entry's ``year``/``month``/``date`` fields, or "" when they make a date or are absent.

    Examples:
        >>> _bad_date({"year": "2021", "month": "feb"}), _bad_date({"year": "twenty22"})
        ('', "year 'twenty22', which is not a year")
        >>> _bad_date({"date": "2021-13-45"})
        "date '2021-13-45', which is not a date"
    """
    if fields.get("date"):
        if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/.*)?", fields["date"].strip()) or iso_date(
                *fields["date"].strip()[:10].split("-")) != fields["date"].strip()[:10].split("/")[0]:
            return f"date {fields['date']!r}, which is not a date"
    year = fields.get("year")
    if year is not None and not re.fullmatch(r"\s*\d{4}\s*", year):
        return f"year {year!r}, which is not a year"
    month = fields.get("month")
    if year and month and iso_date(year.strip(), month) == year.strip():
        return f"month {month!r}, which is not a month"
    return ""


def _year(text: str) -> str | None:
    found = re.search(r"\d{4}", text or "")
    return found.group(0) if found else None


def _month_of(value: str | None) -> str | None:
    found = re.match(r"\d{4}-(\d{2})", value or "")
    return found.group(1) if found else None


def _day_of(value: str | None) -> str | None:
    found = re.match(r"\d{4}-\d{2}-(\d{2})", value or "")
    return found.group(1) if found else None


def read_bibtex(path: Path) -> Iterator[PaperRecord | SourceError | SourceWarning]:
    """Every paper entry of a BibTeX file, with its entry's line; ``@string``, ``#`` and ``crossref`` resolved.

    A block that does not parse (FILE:LINE of the block), a field value that is not closed, a key used
    twice for different entries or an entry with neither title nor abstract is yielded as a SourceError in its
    place; an undefined ``@string`` macro (kept as written), or an entry kept for its abstract without a title,
    as a SourceWarning before its entry.

    Raises:
        SourceError: the file cannot be read, or an ``@string`` value is broken.
    """
    import bibtexparser
    from bibtexparser import model

    text = read_text(path)
    logging.getLogger("bibtexparser").setLevel(logging.ERROR)  # failed blocks are reported as SourceErrors
    try:
        library = bibtexparser.parse_string(text, parse_stack=[])
    except Exception as exc:  # the splitter raises on some malformed input
        raise SourceError(str(path), None, f"not readable as BibTeX: {exc}", HINT) from exc
    macros = dict(MONTH_MACROS)
    problems: list[SourceError | SourceWarning] = []  # bad entries and guesses, in line order among the good ones
    entries: list[tuple[int, str, str, dict[str, str]]] = []
    seen: dict[str, tuple[int, dict[str, str]]] = {}
    for block in library.blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, model.DuplicateBlockKeyBlock):
            dup = block.ignore_error_block
            fields = _fields(path, line, dup, macros) if isinstance(dup, model.Entry) else {}
            first = seen.get(str(block.key).casefold())
            if first is not None and first[1] == fields:
                continue  # the same entry twice: one paper
            problems.append(SourceError(str(path), line, f"the key {block.key!r} is used again with different fields"
                              + (f" (first at line {first[0]})" if first else ""),
                              "Give each entry its own key, or delete the duplicate."))
            continue
        if isinstance(block, model.ParsingFailedBlock):
            reason = getattr(block.error, "abort_reason", None) or str(block.error or "") or "unreadable block"
            problem = " ".join(str(reason).split())
            problems.append(SourceError(str(path), line, f"bad BibTeX entry: {problem}", HINT))
        if isinstance(block, model.String):
            try:
                macros[str(block.key).casefold()] = evaluate(str(block.value), macros)
            except _ValueError as exc:
                raise SourceError(str(path), line, f"bad @string value: {exc}", HINT) from exc
        elif isinstance(block, model.Entry) and block.entry_type.casefold() not in NOT_PAPERS:
            undefined: list[str] = []
            try:
                fields = _fields(path, line, block, macros, undefined)
            except SourceError as exc:
                problems.append(exc)
                continue
            if undefined:
                problems.append(SourceWarning(str(path), line, f"the entry {block.key!r} uses undefined @string "
                                              f"macro(s) {', '.join(undefined)}, kept as written"))
            seen[block.key.casefold()] = (line, fields)
            entries.append((line, block.entry_type.casefold(), block.key, fields))
    by_key = {key.casefold(): fields for _, _, key, fields in entries}
    parents = set()
    for _, _, _, fields in entries:
        parent_key = fields.get("crossref", "").casefold()
        parent = by_key.get(parent_key)
        if parent is None:
            continue
        parents.add(parent_key)
        for name, value in parent.items():
            if name == "title":
                fields.setdefault("booktitle", value)
            elif name not in ("crossref", "ids"):
                fields.setdefault(name, value)
    out: list[tuple[int, PaperRecord | SourceError | SourceWarning]] = [(p.line or 0, p) for p in problems]
    for line, kind, key, fields in entries:
        if kind in VOLUME_TYPES and key.casefold() in parents:
            continue  # a proceedings volume that papers cross-reference is not a paper itself
        if not (fields.get("title") or fields.get("abstract")):
            out.append((line, SourceError(str(path), line, f"the entry {key!r} has no title",
                                          "Add a title = {...} field, or delete the entry.")))
        elif _bad_date(fields):
            out.append((line, SourceError(str(path), line, f"the entry {key!r} has {_bad_date(fields)}",
                                          "Write year = {2022} (and month = feb, or date = {2022-02-18}), or "
                                          "delete the field.")))
        else:
            record = _entry_record(path, line, kind, key, fields)
            if not record.title:  # kept for its abstract, but a BibTeX entry names its paper by its title
                named = "its arXiv id" if record.arxiv_id else "'untitled paper'"
                out.append((line, SourceWarning(str(path), line, f"the entry {key!r} has no title: the paper is "
                                                f"named by {named}; add a title = {{...}} field")))
            out.append((line, record))
    for _, item in sorted(out, key=lambda pair: pair[0]):
        yield item


def _fields(path: Path, line: int, entry: Any, macros: dict[str, str],
            undefined: list[str] | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for fld in entry.fields:
        try:
            missing: list[str] = []
            out[str(fld.key).casefold()] = evaluate(str(fld.value), macros, missing).strip()
            if undefined is not None:
                undefined += [f"{m!r} (field {str(fld.key).casefold()})" for m in missing]
        except _ValueError as exc:
            at = line if fld.start_line is None else fld.start_line + 1  # the parser counts the file's lines from 0
            raise SourceError(str(path), at, f"field {fld.key!r}: {exc}", HINT) from exc
    return out
