"""Resolve: one Paper node per real paper across sources, one Author node per spelling key, and the
Org and Topic nodes a listing's tags and category codes name.

Records merge when they share an arXiv id, a DOI or a normalized title; a record with no title (an
arXiv listing) merges into a titled one when their abstracts overlap strongly and their dates are close.
Two records with different arXiv ids never merge.
"""

from __future__ import annotations

import hashlib
import os
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from kg.model import (AFFILIATED_WITH, AUTHOR, AUTHORED, CITES, HAS_TOPIC, ORG, PAPER, TOPIC, Edge,
                      Graph, Node, fold, node_id)
from kg.names import person_key
from kg.paths import DATA_DIR
from kg.sources.listings import ARXIV_ID
from kg.sources.records import PaperRecord

SHINGLE = 3  # words per abstract shingle
MIN_ABSTRACT_OVERLAP = 0.6  # shared shingles / shingles of the shorter abstract
MAX_DATE_GAP_DAYS = 400


def title_key(title: str) -> str:
    """Titles that differ only in case, punctuation or spacing get one key.

    Examples:
        >>> title_key("GSPMD: General and Scalable Parallelization") == title_key("gspmd general and scalable parallelization")
        True
    """
    return re.sub(r"[\W_]+", " ", fold(title)).strip()


def shingles(text: str) -> set[str]:
    """The runs of SHINGLE consecutive folded words of ``text``: what near-duplicate abstracts share."""
    words = re.findall(r"\w+", fold(text))
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


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


def cluster_records(records: Sequence[PaperRecord]) -> list[list[int]]:
    """Group record indexes that describe one paper, in first-seen order."""
    clusters = _Clusters(records)
    first_by_key: dict[str, int] = {}
    for i, rec in enumerate(records):
        keys = [f"arxiv:{rec.arxiv_id}" if rec.arxiv_id else "", f"doi:{rec.doi}" if rec.doi else "",
                f"title:{title_key(rec.title)}" if rec.title else ""]
        for key in filter(None, keys):
            if key in first_by_key:
                clusters.union(first_by_key[key], i)
            else:
                first_by_key[key] = i
    _merge_untitled(records, clusters)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[clusters.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


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


def category_topic(code: str) -> tuple[str, str]:
    """(full code, readable name) of an arXiv category; a bare ``LG`` resolves to ``cs.LG``.

    Examples:
        >>> category_topic("LG")
        ('cs.LG', 'Machine Learning')
        >>> category_topic("AS")
        ('eess.AS', 'Audio and Speech Processing')
    """
    names, order = _categories()
    if code in names:
        return code, names[code]
    for archive in order:
        full = f"{archive}.{code}"
        if full in names:
            return full, names[full]
    return code, code


def paper_node_id(records: Sequence[PaperRecord]) -> str:
    """The id of the paper ``records`` describe: by arXiv id, else DOI, else normalized title."""
    for rec in records:
        if rec.arxiv_id:
            return node_id(PAPER, f"arxiv:{rec.arxiv_id}")
    for rec in records:
        if rec.doi:
            return node_id(PAPER, f"doi:{rec.doi}")
    for rec in records:
        if rec.title:
            return node_id(PAPER, f"title:{title_key(rec.title)}")
    digest = hashlib.sha1(records[0].abstract.encode("utf-8")).hexdigest()[:16]
    return node_id(PAPER, f"abstract:{digest}")


def _first(values: Sequence[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def paper_props(records: Sequence[PaperRecord]) -> dict[str, object]:
    """The merged properties of one paper: title, listed authors, earliest full date, longest abstract."""
    with_authors = max(records, key=lambda r: (len(r.authors), not r.authors_truncated))
    dates = sorted((r.date for r in records if r.date), key=lambda d: (len(d) < 10, d))
    arxiv_id = _first([r.arxiv_id for r in records])
    title = _first([r.title for r in records]) or ""
    when = dates[0] if dates else None
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
        "categories": _unique([category_topic(c)[0] for r in records for c in r.categories]),
        "sources": _unique([r.where for r in records]),
        "listings": _unique([Path(r.source).name for r in records]),
    }


def resolve(records: Sequence[PaperRecord]) -> Graph:
    """Papers, authors, orgs, category topics and citations of ``records`` as one Graph.

    Records are taken in (file, line) order, so the graph does not depend on the order they come in:
    where sources disagree (a title's spelling, an author's), the first file by name wins.
    """
    records = sorted(records, key=lambda r: (os.path.abspath(r.source), r.line))  # however the path is spelled
    graph = Graph()
    key_to_paper: dict[str, str] = {}
    references: list[tuple[str, list[str]]] = []
    for group in cluster_records(records):
        recs = [records[i] for i in group]
        pid = paper_node_id(recs)
        props = paper_props(recs)
        graph.add_node(Node(pid, PAPER, props))
        for rec in recs:
            for key in (rec.arxiv_id, rec.doi, title_key(rec.title) if rec.title else None):
                if key:
                    key_to_paper.setdefault(key.casefold(), pid)
            if rec.references:
                references.append((pid, rec.references))
        where = props["sources"]
        authors = max(recs, key=lambda r: (len(r.authors), not r.authors_truncated)).authors
        for position, name in enumerate(authors):
            aid = node_id(AUTHOR, person_key(name))
            graph.add_node(Node(aid, AUTHOR, {"name": name}))
            if (aid, AUTHORED, pid) not in graph.edges:
                graph.add_edge(Edge(aid, AUTHORED, pid, {"position": position, "sources": where}))
        for tag in _unique([o for r in recs for o in r.orgs]):
            oid = node_id(ORG, tag)
            graph.add_node(Node(oid, ORG, {"name": tag, "aliases": [tag]}))
            graph.add_edge(Edge(pid, AFFILIATED_WITH, oid, {"rule": "listing-org-tag", "sources": where}))
        for code in props["categories"]:  # type: ignore[union-attr]
            full, name = category_topic(code)
            tid = node_id(TOPIC, name)
            graph.add_node(Node(tid, TOPIC, {"name": name, "codes": [full]}))
            graph.add_edge(Edge(pid, HAS_TOPIC, tid, {"rule": "listing-category", "sources": where}))
    for pid, refs in references:
        for ref in refs:
            arxiv = ARXIV_ID.match(ref.strip())
            key = arxiv.group(1) if arxiv else ref.strip()
            target = key_to_paper.get(key.casefold()) or key_to_paper.get(title_key(ref))
            if target and target != pid:
                graph.add_edge(Edge(pid, CITES, target, {"rule": "input-references"}))
    return graph
