"""Resolve: one Paper node per real paper across sources, one Author node per spelling key, and the
Org and Topic nodes a listing's tags and category codes name.

Records merge when they share any identifier (arXiv id, DOI, OpenAlex, Semantic Scholar or DBLP id,
in the canonical forms of kg.sources.ids), else a normalized title with years at most one apart, three when
they name an author in common (or either year unknown); a record with no title (an arXiv listing) merges into a
titled one when their abstracts overlap strongly and their dates are close. Two records with different arXiv ids
never merge.

The merged paper holds every identifier (``ids``), the longest author list (a full one before a truncated one as
long; a short list never wins over a longer one that says it is cut; author order is the chosen source's), and,
where sources disagree on a title, date, DOI or author list, each source's value in ``variants``.

References (any identifier spelling, or a title) become CITES edges to papers in the graph; the others
become Paper stubs holding only their identifier (``stub: true``), which a later import turns into
papers (the stub is gone once a record with that identifier is read).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from kg.model import (AFFILIATED_WITH, AUTHOR, AUTHORED, CITES, HAS_TOPIC, ORG, PAPER, TOPIC, Edge,
                      Graph, Node, fold, node_id)
from kg.names import person_key, same_person, title_key
from kg.paths import DATA_DIR
from kg.sources import ids as idspec
from kg.sources.categories import category_code
from kg.sources.records import PaperRecord

SHINGLE = 3  # words per abstract shingle
MIN_ABSTRACT_OVERLAP = 0.6  # shared shingles / shingles of the shorter abstract
MAX_DATE_GAP_DAYS = 400
MAX_TITLE_YEAR_GAP = 1  # a preprint and its published version are often a year apart
MAX_SHARED_AUTHOR_YEAR_GAP = 3  # or more, when an author of both says they are one paper
PREPRINT_VENUE = re.compile(r"\barxiv\b|\bpreprint\b|^corr$|\bbiorxiv\b|\bmedrxiv\b", re.IGNORECASE)
ID_PRIORITY = ("arxiv", "doi", "openalex", "s2", "s2corpus", "dblp", "mag", "pmid", "wos")


def shingles(text: str) -> set[str]:
    """The runs of SHINGLE consecutive folded words of ``text``: what near-duplicate abstracts share."""
    words = re.findall(r"\w+", fold(text))
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


# Pure functions of a string met again and again in one build (an author on each of their papers, a source
# file on each of its records): cached, bounded.
_person_key = lru_cache(maxsize=1 << 16)(person_key)


def listing_keys(files: Iterable[str]) -> dict[str, str]:
    """Each source file (an absolute path) -> the name its papers' ``listings`` know it by: its file name, or,
    when other files share that name, the fewest last folders and the name that tell it from them (one file
    under any spelling of its path is one listing; the same files, the same names, whatever the order).

    Examples:
        >>> listing_keys(["/a/x/p.txt", "/b/y/p.txt", "/b/q.txt"])
        {'/a/x/p.txt': 'x/p.txt', '/b/y/p.txt': 'y/p.txt', '/b/q.txt': 'q.txt'}
        >>> listing_keys(["/a/x/p.txt", "/b/x/p.txt"])
        {'/a/x/p.txt': 'a/x/p.txt', '/b/x/p.txt': 'b/x/p.txt'}
    """
    parts = {f: PurePosixPath(f.replace("\\", "/")).parts for f in files}
    by_name: dict[str, list[str]] = defaultdict(list)
    for f, p in parts.items():
        by_name[p[-1] if p else f].append(f)
    out = {}
    for same in by_name.values():
        depth = 1
        while len(same) > 1 and len({parts[f][-depth:] for f in same}) < len(same) \
                and depth < max(len(parts[f]) for f in same):
            depth += 1
        for f in same:
            out[f] = "/".join(parts[f][-depth:]).lstrip("/") or f
    return out


@lru_cache(maxsize=1024)
def _absolute(cwd: str, source: str) -> str:
    """``source`` as an absolute path from ``cwd`` (a key of the cache too: a relative path names another file
    from another directory)."""
    return os.path.normpath(os.path.join(cwd, source))


def _days(iso: str | None) -> int | None:
    if not iso or len(iso) < 10:
        return None
    return date.fromisoformat(iso[:10]).toordinal()


class _Clusters:
    """Union-find over record indexes that refuses to join two different arXiv ids."""

    def __init__(self, records: Sequence[PaperRecord]) -> None:
        self.parent = list(range(len(records)))
        self.ids = [{r.arxiv_id} if r.arxiv_id else set() for r in records]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if self.ids[a] and self.ids[b] and self.ids[a] != self.ids[b]:
            return False
        self.parent[b] = a
        self.ids[a] |= self.ids[b]
        return True


def record_ids(rec: PaperRecord) -> list[str]:
    """Every identifier of a record as ``kind:value`` (canonical), arXiv id and DOI first."""
    keys = [f"arxiv:{rec.arxiv_id}" if rec.arxiv_id else "", f"doi:{rec.doi}" if rec.doi else ""]
    other_dois = rec.extra.get("other_dois")  # arXiv's <arxiv:doi> may name several
    keys += [f"doi:{d}" for d in other_dois if isinstance(d, str)] if isinstance(other_dois, list) else []
    keys += [f"{kind}:{value}" for kind, value in sorted(rec.ids.items()) if value]
    return [k for k in keys if k]


def _year(rec: PaperRecord) -> int | None:
    return int(rec.date[:4]) if rec.date and rec.date[:4].isdigit() else None


def cluster_records(records: Sequence[PaperRecord], title_keys: Sequence[str] | None = None) -> list[list[int]]:
    """Group record indexes that describe one paper, in first-seen order (``title_keys``: each record's
    ``title_key``, "" for none, when the caller has them)."""
    if title_keys is None:
        title_keys = [title_key(r.title) if r.title else "" for r in records]
    clusters = _Clusters(records)
    first_by_key: dict[str, int] = {}
    by_title: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        for key in record_ids(rec):
            if key.casefold() in first_by_key:
                clusters.union(first_by_key[key.casefold()], i)
            else:
                first_by_key[key.casefold()] = i
        key = title_keys[i]
        if key:
            by_title[key].append(i)
    for group in by_title.values():
        _join_same_title(records, group, clusters)
    _merge_untitled(records, clusters)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[clusters.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _join_same_title(records: Sequence[PaperRecord], group: list[int], clusters: _Clusters) -> None:
    """Join records of one title whose years are at most MAX_TITLE_YEAR_GAP apart, or MAX_SHARED_AUTHOR_YEAR_GAP
    when they name an author in common (a preprint and its journal version two years later); an undated one
    joins the earliest dated record (or the first, when none is dated)."""
    dated = sorted((y, i) for i in group if (y := _year(records[i])) is not None)
    for (y1, i1), (y2, i2) in zip(dated, dated[1:]):
        if y2 - y1 <= MAX_TITLE_YEAR_GAP or (y2 - y1 <= MAX_SHARED_AUTHOR_YEAR_GAP and any(
                _same_person(a, b) for a in records[i1].authors for b in records[i2].authors)):
            clusters.union(i1, i2)
    anchor = dated[0][1] if dated else group[0]
    for i in group:
        if _year(records[i]) is None:
            clusters.union(anchor, i)


def _merge_untitled(records: Sequence[PaperRecord], clusters: _Clusters) -> None:
    """Join each title-less record to the titled record whose abstract it overlaps most."""
    untitled = [i for i, r in enumerate(records) if not r.title and r.abstract]
    if not untitled:
        return
    wanted: dict[str, list[int]] = defaultdict(list)
    sizes = {}
    for i in untitled:
        sh = shingles(records[i].abstract)
        sizes[i] = len(sh)
        for s in sh:
            wanted[s].append(i)
    best: dict[int, tuple[float, int]] = {}
    for j, rec in enumerate(records):
        if not rec.title or not rec.abstract:
            continue
        counts: dict[int, int] = defaultdict(int)
        sh = shingles(rec.abstract)
        for s in sh:
            for i in wanted.get(s, ()):
                counts[i] += 1
        for i, shared in counts.items():
            overlap = shared / max(1, min(sizes[i], len(sh)))
            gap = _date_gap(records[i].date, rec.date)
            if overlap >= MIN_ABSTRACT_OVERLAP and (gap is None or gap <= MAX_DATE_GAP_DAYS):
                if overlap > best.get(i, (0.0, -1))[0]:
                    best[i] = (overlap, j)
    for i, (_, j) in sorted(best.items()):
        clusters.union(j, i)


def _date_gap(a: str | None, b: str | None) -> int | None:
    da, db = _days(a), _days(b)
    return None if da is None or db is None else abs(da - db)


@lru_cache(maxsize=1)
def _categories() -> tuple[dict[str, str], list[str]]:
    data = json.loads((DATA_DIR / "arxiv_categories.json").read_text(encoding="utf-8"))
    return data["categories"], data["archive_order"]


@lru_cache(maxsize=1 << 12)  # a pure function of a code met on many papers (three times a paper at 100,000)
def category_topic(code: str) -> tuple[str, str]:
    """(full code, readable name) of an arXiv category; a bare ``LG`` resolves to ``cs.LG``.

    Examples:
        >>> category_topic("LG")
        ('cs.LG', 'Machine Learning')
        >>> category_topic("AS")
        ('eess.AS', 'Audio and Speech Processing')
        >>> category_topic("Computer Science - Computation and Language")
        ('cs.CL', 'Computation and Language')
    """
    names, order = _categories()
    code = next((c for c in (category_code(code),) if c in names), code)  # a category written in words
    if code in names:
        return code, names[code]
    for archive in order:
        full = f"{archive}.{code}"
        if full in names:
            return full, names[full]
    return code, code


def paper_ids(records: Sequence[PaperRecord], groups: Sequence[Sequence[int]]) -> list[str]:
    """The node id of each group of ``records`` (``paper_node_id``); where two papers of one title years apart
    would share one, the earliest keeps it and each later one has its year added ("paper:title:...:2020").

    Examples:
        >>> recs = [PaperRecord(source="a", line=n, title="Tables", date=d) for n, d in ((1, "2020"), (2, "2015"))]
        >>> paper_ids(recs, [[0], [1]])
        ['paper:title:tables:2020', 'paper:title:tables']
    """
    ids = [paper_node_id([records[i] for i in g]) for g in groups]
    years = [min((y for i in g if (y := _year(records[i])) is not None), default=None) for g in groups]
    by_id: dict[str, list[int]] = defaultdict(list)
    for k, pid in enumerate(ids):
        by_id[pid].append(k)
    for pid, shared in by_id.items():
        for k in sorted(shared, key=lambda k: (years[k] is None, years[k] or 0, k))[1:]:
            ids[k] = f"{pid}:{years[k] or 'undated'}"
    return ids


def paper_node_id(records: Sequence[PaperRecord]) -> str:
    """``paper:<kind>:<id>`` by the first identifier kind of ID_PRIORITY any record has, else the title."""
    keys = [k for rec in records for k in record_ids(rec)]
    for kind in ID_PRIORITY:
        found = next((k for k in keys if k.startswith(f"{kind}:")), None)
        if found:
            return node_id(PAPER, found)
    for rec in records:
        if rec.title:
            return node_id(PAPER, f"title:{title_key(rec.title)}")
    digest = hashlib.sha1(records[0].abstract.encode("utf-8")).hexdigest()[:16]
    return node_id(PAPER, f"abstract:{digest}")


def best_authors(records: Sequence[PaperRecord]) -> PaperRecord:
    """The record whose author list the paper takes: the longest (a list naming fewer people than another is not
    the whole list, whether or not it says it is cut), a full one before a truncated one as long, then the first
    (records come in file and line order)."""
    return max(records, key=lambda r: (len(r.authors), not r.authors_truncated))


def variants(records: Sequence[PaperRecord]) -> list[str]:
    """``field<TAB>file:line<TAB>value`` for each source's title, date, DOI, author list and abstract where they
    differ (an abstract only when it is not within another copy's: extraction reads each such one,
    ``other_abstracts``)."""
    fields = {
        "title": lambda r: r.title,
        "date": lambda r: r.date or "",
        "doi": lambda r: r.doi or "",
        "authors": lambda r: ", ".join(r.authors) + (" et al." if r.authors_truncated else ""),
        "abstract": lambda r: r.abstract if not _within_another(r, records) else "",
    }
    if len(records) < 2:  # one source: nothing can differ
        return []
    keyed = {"title": title_key, "authors": person_key}
    out: list[str] = []
    for name, get in fields.items():
        values = [(r.where, get(r)) for r in records if get(r)]
        if len({keyed.get(name, str)(v) for _, v in values}) > 1:
            out += [f"{name}\t{where}\t{value}" for where, value in values]
    return out


def _within_another(record: PaperRecord, records: Sequence[PaperRecord]) -> bool:
    """Whether ``record``'s abstract (spacing and case aside) is empty or within another record's; of equal
    ones, all but the least as written (whatever the records' order)."""
    mine = fold(record.abstract)
    at = next(i for i, r in enumerate(records) if r is record)
    return not mine or any(i != at and mine in (theirs := fold(r.abstract)) and (
        theirs != mine or (r.abstract, i) < (record.abstract, at)) for i, r in enumerate(records))


def other_abstracts(props: Mapping[str, Any]) -> list[str]:
    """The abstracts of a merged paper's other copies that its ``abstract`` does not hold (``variants``).

    Examples:
        >>> other_abstracts({"abstract": "We present A. It builds on B.",
        ...                  "variants": ["abstract\\ta.jsonl:1\\tWe present A. It builds on B.",
        ...                               "abstract\\tb.txt:3\\tA extends C with memory."]})
        ['A extends C with memory.']
    """
    if not props.get("variants"):  # one copy (most papers): nothing to fold
        return []
    mine = fold(str(props.get("abstract") or ""))
    out = []
    for line in props["variants"]:
        field, _, rest = str(line).partition("\t")
        text = rest.partition("\t")[2]
        if field == "abstract" and text and fold(text) not in mine:
            out.append(text)
    return out


def _first(values: Sequence[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _extra_text(records: Sequence[PaperRecord], key: str) -> str | None:
    return _first([r.extra.get(key) if isinstance(r.extra.get(key), str) else None for r in records])


def paper_categories(records: Sequence[PaperRecord]) -> list[str]:
    """The category codes of ``records`` (``category_topic``), each once, in the order the records give them."""
    return _unique([category_topic(c)[0] for r in records for c in r.categories])


def paper_props(records: Sequence[PaperRecord], listing: Callable[[str], str] = lambda source: Path(source).name,
                ) -> dict[str, object]:
    """The merged properties of one paper: title, listed authors, earliest full date (a date another one
    extends is passed over: "2022" beside "2022-12"; never after the month its arXiv id was first submitted in,
    which a date of later publication, or a year alone, gives way to), longest abstract, a venue other than a
    preprint server's first (``listing``: a record's source file -> the name of its listing, ``listing_keys``)."""
    with_authors = best_authors(records)
    given = {r.date for r in records if r.date}
    given -= {d for d in given if any(o != d and o.startswith(d) for o in given)}  # "2022" beside "2022-12"
    dates = sorted(given, key=lambda d: (len(d) < 10, d))
    all_ids = _unique([k for r in records for k in record_ids(r)])
    first_of: dict[str, str] = {}  # kind -> the value of its first identifier
    for k in all_ids:
        kind, _, value = k.partition(":")
        first_of.setdefault(kind, value)
    one = first_of.get

    arxiv_id = _first([r.arxiv_id for r in records])
    title = _first([r.title for r in records]) or ""
    when = dates[0] if dates else None
    first_month = idspec.arxiv_month(arxiv_id) if arxiv_id else None
    if when and first_month and (when[:7] > first_month or first_month.startswith(f"{when}-")):
        when = first_month  # "eprint = {2101.03961}, year = {2022}": the journal's year, not the paper's first;
        # "year = {2024}" beside "2401.06066": the id's month says more
    return {
        "name": title or (f"arXiv:{arxiv_id}" if arxiv_id else "untitled paper"),
        "title": title,
        "date": when,
        "year": int(when[:4]) if when else None,
        "arxiv_id": arxiv_id,
        "doi": _first([r.doi for r in records]),
        "abstract": max((r.abstract for r in records), key=len),
        "authors_truncated": with_authors.authors_truncated,
        "has_code": any(r.has_code for r in records) if any(r.has_code is not None for r in records) else None,
        "comment": _first([r.comment for r in records]),
        "categories": paper_categories(records),
        "sources": _unique([r.where for r in records]),
        "listings": _unique([listing(r.source) for r in records]),
        "ids": all_ids,
        "openalex_id": one("openalex"),
        "s2_id": one("s2"),
        "dblp_key": one("dblp"),
        "venue": _extra_text(sorted(records, key=lambda r: bool(PREPRINT_VENUE.search(str(r.extra.get("venue") or "")))),
                             "venue"),
        "journal_ref": _extra_text(records, "journal_ref"),
        "variants": variants(records),
    }


_same_person = lru_cache(maxsize=1 << 16)(same_person)
HOMONYM_ID = "dblp-homonym:"  # a DBLP pid of a numbered namesake (``Wei Wang 0001``): the person's identity


def align_authors(chosen: Sequence[str], other: Sequence[str]) -> list[int | None]:
    """For each name of ``other`` (one source's author list of a paper), the position in ``chosen`` (the
    paper's author list) of the same person, or None: the nearest position (the same one first) whose name
    has the same family name and compatible given names (``kg.names.same_person``), each taken once.

    Examples:
        >>> align_authors(["Ann Lee", "Noam Shazeer", "Bo Lee"], ["A. Lee", "Noam M. Shazeer", "Bo Lee", "Cy Wu"])
        [0, 1, 2, None]
        >>> align_authors(["Wei Wang", "Wei Wang"], ["Wei Wang", "Wei Wang"])
        [0, 1]
    """
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(chosen):
        key = _person_key(name).split()
        if key:
            by_family[key[-1]].append(i)
    taken: set[int] = set()
    out: list[int | None] = []
    for j, name in enumerate(other):
        key = _person_key(name).split()
        candidates = sorted(by_family.get(key[-1], []) if key else [], key=lambda i: (abs(i - j), i))
        found = next((i for i in candidates if i not in taken and _same_person(chosen[i], name)), None)
        if found is not None:
            taken.add(found)
        out.append(found)
    return out


class _Person:
    """One author position of a paper: the chosen spelling, the ids every source gives it, its other spellings."""

    __slots__ = ("name", "ids", "spellings", "_key")

    def __init__(self, name: str) -> None:
        self.name, self.ids, self.spellings, self._key = name, set(), {name}, None

    def key(self) -> str:
        """The ``person_key`` of the fullest spelling (``Wen Wang`` over ``W. Wang``): the most specific
        (computed once: the spellings are all in before the first call)."""
        if self._key is None:
            self._key = max((_person_key(s) for s in self.spellings), key=lambda k: (len(k), k))
        return self._key


def paper_people(records: Sequence[PaperRecord]) -> list[_Person]:
    """The authors of one paper: the chosen source's list (``best_authors``), each holding the ids and
    spellings of the same person in every other source's list (matched by ``align_authors``), so an id
    stays with its own author (two namesakes on one paper keep their own DBLP pids)."""
    chosen = best_authors(records)
    people = [_Person(name) for name in chosen.authors]
    for rec in records:
        if not rec.authors:
            continue
        positions = list(range(len(rec.authors))) if rec is chosen else align_authors(chosen.authors, rec.authors)
        for j, i in enumerate(positions):
            if i is None:
                continue
            people[i].spellings.add(rec.authors[j])
            if j < len(rec.author_ids) and rec.author_ids[j]:
                people[i].ids.add(rec.author_ids[j])
    return people


def author_nodes(papers: Sequence[Sequence[_Person]]) -> dict[str, tuple[str, str]]:
    """``person_key`` -> (Author node id, display name) for every author spelling of every paper.

    Spellings that one paper's sources give for one author (``Noam Shazeer``, ``Noam M. Shazeer``) and
    spellings that share an author id are one node, as long as every two spellings of the node can name one
    person (``same_person``: ``W. Wang`` met as ``Wei Wang`` and as ``Wen Wang`` stays apart). The node is
    keyed by the spelling that is the fullest of its paper's on most papers (then the longer, then the first
    in order); a numbered DBLP namesake is keyed by its pid and takes no other spelling.
    """
    parent: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    uses: dict[str, int] = defaultdict(int)
    shown: dict[str, str] = {}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb or not all(_same_person(shown[x], shown[y]) for x in members[ra] for y in members[rb]):
            return
        parent[rb] = ra
        members[ra] += members.pop(rb)

    by_id: dict[str, str] = {}
    for people in papers:
        for person in people:
            if any(i.startswith(HOMONYM_ID) for i in person.ids):
                continue
            spelled: dict[str, str] = {}  # of spellings folding alike, the one with its accents ("Brückner",
            # not "Bruckner", whichever source comes first)
            for spelling in sorted([person.name, *sorted(person.spellings)], key=_accents):
                spelled.setdefault(_person_key(spelling), spelling)
            keys = sorted(spelled)
            uses[person.key()] += 1
            for key in keys:
                if key not in parent:
                    parent[key], members[key] = key, [key]
                    shown[key] = spelled[key]
            for key in keys[1:]:
                join(keys[0], key)
            for ident in sorted(person.ids):
                if ident in by_id:
                    join(by_id[ident], keys[0])
                else:
                    by_id[ident] = keys[0]
    out: dict[str, tuple[str, str]] = {}
    for root, keys in members.items():
        best = max(keys, key=lambda k: (uses[k], len(k), -keys.index(k)))
        for key in keys:
            out[key] = (node_id(AUTHOR, best), shown[best])
    return out


def _accents(spelling: str) -> int:
    """Minus the number of characters past ASCII in ``spelling``: the sort key that puts the most accented
    spelling first (an ASCII one, most of them, is not read character by character).

    Examples:
        >>> _accents("Bruckner"), _accents("Brückner")
        (0, -1)
    """
    return 0 if spelling.isascii() else -sum(ord(c) > 127 for c in spelling)


def _author_node(person: _Person, nodes: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """(node id, display name) of one author position: its fullest spelling's node."""
    homonym = sorted(i for i in person.ids if i.startswith(HOMONYM_ID))
    if homonym:
        return node_id(AUTHOR, f"dblp:{homonym[0].split(':', 1)[1]}"), person.name
    return nodes[person.key()]


def resolve(records: Sequence[PaperRecord]) -> Graph:
    """Papers, authors, orgs, topics and citations of ``records`` as one Graph.

    Records are taken in (file, line) order, so the graph does not depend on the order they come in:
    where sources disagree (a title's spelling, an author's), the first file by name wins and every
    source's value is kept in the paper's ``variants``.
    """
    with paused_gc():
        return _resolve(records)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Within: no cyclic garbage collection. Building a graph makes millions of objects and no garbage
    cycles; the collector's passes over them took a third of resolve's CPU time. Collection resumes (if it
    was on) on leaving."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _resolve(records: Sequence[PaperRecord]) -> Graph:
    cwd = os.getcwd()
    records = sorted(records, key=lambda r: (_absolute(cwd, r.source), r.line))  # however the path is spelled
    sources = {r.source: _absolute(cwd, r.source) for r in records}
    keys = listing_keys(sorted(set(sources.values())))
    graph = Graph()
    key_to_paper: dict[str, str] = {}
    references: list[tuple[str, list[str], list[str], dict[str, str]]] = []
    keys_of_titles = [title_key(r.title) if r.title else "" for r in records]
    groups = cluster_records(records, keys_of_titles)
    people_of = [paper_people([records[i] for i in group]) for group in groups]
    nodes = author_nodes(people_of)
    for group, people, pid in zip(groups, people_of, paper_ids(records, groups), strict=True):
        recs = [records[i] for i in group]
        props = paper_props(recs, lambda source: keys[sources[source]])
        graph.add_node(Node(pid, PAPER, props))
        for i in group:
            rec = records[i]
            for key in [*record_ids(rec), f"title:{keys_of_titles[i]}" if rec.title else ""]:
                if key:
                    key_to_paper.setdefault(key.casefold(), pid)
            cited_by = rec.extra.get("cited_by")
            titles = rec.extra.get("reference_titles")
            if rec.references or cited_by:
                references.append((pid, rec.references, cited_by if isinstance(cited_by, list) else [],
                                   titles if isinstance(titles, dict) else {}))
        where = props["sources"]
        for position, person in enumerate(people):
            aid, name = _author_node(person, nodes)
            known = sorted({i.replace(HOMONYM_ID, "dblp:") for i in person.ids})
            _add_node(graph, Node(aid, AUTHOR, {"name": name, "ids": known or None}))
            if (aid, AUTHORED, pid) not in graph.edges:
                graph.add_edge(Edge(aid, AUTHORED, pid, {"position": position, "sources": where}))
        ror = {k: v for r in recs if isinstance(r.extra.get("ror"), dict) for k, v in r.extra["ror"].items()}
        for tag in _unique([o for r in recs for o in r.orgs]):
            oid = node_id(ORG, tag)
            _add_node(graph, Node(oid, ORG, {"name": tag, "aliases": [tag], "ror": ror.get(tag)}))
            graph.add_edge(Edge(pid, AFFILIATED_WITH, oid, {"rule": "listing-org-tag", "sources": where}))
        for code in props["categories"]:  # type: ignore[union-attr]
            full, name = category_topic(code)
            tid = node_id(TOPIC, name)
            _add_node(graph, Node(tid, TOPIC, {"name": name, "codes": [full]}))
            graph.add_edge(Edge(pid, HAS_TOPIC, tid, {"rule": "listing-category", "sources": where}))
        for name in _unique([t for r in recs for t in r.topics]):
            tid = node_id(TOPIC, name)
            _add_node(graph, Node(tid, TOPIC, {"name": name}))
            graph.add_edge(Edge(pid, HAS_TOPIC, tid, {"rule": "source-topic", "sources": where}))
    for pid, refs, cited_by, titles in references:
        for ref in refs:
            target = _cited(graph, key_to_paper, ref, titles.get(ref))
            if target and target != pid:
                graph.add_edge(Edge(pid, CITES, target, {"rule": "input-references"}))
        for ref in cited_by:
            source = _cited(graph, key_to_paper, ref, titles.get(ref))
            if source and source != pid:
                graph.add_edge(Edge(source, CITES, pid, {"rule": "input-citations"}))
    return graph


def _add_node(graph: Graph, node: Node) -> None:
    """``graph.add_node(node)``, skipped when it would change nothing (``merge_props`` keeps the first value
    set and unions lists): an author, org or topic met again on another paper, without a copy of its
    properties each time."""
    old = graph.nodes.get(node.id)
    if old is None:
        graph.add_node(node)
        return
    held = old.props
    for k, v in node.props.items():
        if v is None:
            continue
        cur = held.get(k)
        if cur is None or (isinstance(cur, list) and isinstance(v, list) and any(x not in cur for x in v)):
            graph.add_node(node)
            return


def _cited(graph: Graph, key_to_paper: dict[str, str], ref: str, title: object = None) -> str | None:
    """The paper a reference names (by any identifier spelling, or its title); a stub for an unknown id.

    ``title`` is the reference's title where the source gives one beside an id (Semantic Scholar): an id
    unknown to the graph then meets a paper of that title before it makes a stub.
    """
    if not isinstance(ref, str) or not ref.strip():
        return None
    key = idspec.reference_key(ref.strip())
    found = key_to_paper.get(key.casefold()) if key else key_to_paper.get(f"title:{title_key(ref)}")
    if not found and key and isinstance(title, str) and title_key(title):
        found = key_to_paper.get(f"title:{title_key(title)}")
        if found:
            key_to_paper[key.casefold()] = found  # later references by this id meet it too
    if found or key is None:
        return found
    stub = node_id(PAPER, key)
    kind, value = key.split(":", 1)
    graph.add_node(Node(stub, PAPER, {
        "name": f"arXiv:{value}" if kind == "arxiv" else key, "stub": True, "ids": [key],
        "arxiv_id": value if kind == "arxiv" else None, "doi": value if kind == "doi" else None,
        "openalex_id": value if kind == "openalex" else None, "s2_id": value if kind == "s2" else None}))
    key_to_paper[key.casefold()] = stub
    return stub
