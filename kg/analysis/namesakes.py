"""Namesakes: split one name's papers (or one listing's) into groups that look like different people.

1. *Identity* links join two papers that share a co-author (other than the person) or an organization;
   their connected components are the groups.
2. A paper whose words are mostly unknown to the rest of the set, and whose text is unlike every
   other paper's, is *off topic* and stands alone (a geophysics paper among machine-learning ones).
3. Any other paper with no identity link joins the group whose papers are most similar in text (a
   paper that prints the person's name joins a group that does too, when there is one).
4. The *core* is the largest group holding papers that print the person's name (else the largest group).
   Every other group is compared with the core: conflicting organizations, a group author
   (``DeepSeek-AI``) the core never has, years outside the core's, and low text similarity each count as
   a signal; two or more make a likely namesake, one a possible one. A group that prints the name too is
   the same person (and joins the core) unless two signals say otherwise: one common name ("Wei Wang")
   written by two people in other groups, organizations and fields is split.

A listing's person is its owner (``listing_owners``), so one rule serves both: a listing's papers are
grouped exactly as its owner's are when they are the same papers. A listing without an owner names no one.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from kg.analysis.common import (LIBRARY_SUFFIXES, GraphLike, PaperView, find_node, linked_groups, listing_owners,
                                node_name, papers)
from kg.analysis.text import TermCounts, Vector, cosine, unigrams
from kg.errors import KGError, NodeNotFound
from kg.model import AUTHOR, AUTHORED
from kg.names import is_group_author

OFF_TOPIC_SHARE = 0.4  # a paper whose shared-vocabulary share is below this part of the median
COMMON_DF = 3  # a word is shared vocabulary when this many papers of the set use it
LIKELY, POSSIBLE, SAME = "likely namesake", "possible namesake", "same person"
Texts = Callable[[list[str]], GraphLike]  # papers' ids -> a graph holding their entity edges


def check_author(g: GraphLike, name: str) -> dict[str, Any]:
    """Group the papers of author ``name`` (printed, or in a listing that is theirs) by likely person.

    Raises:
        NodeNotFound: no such author.
    """
    aid = find_node(g, AUTHOR, name)
    ps = papers(g)
    named = {t for _, t, a in g.out_edges(aid, data=True) if a.get("type") == AUTHORED and t in ps}
    owned = sorted(listing for listing, owner in listing_owners(g, ps).items() if owner == aid)
    ids = named | {p for p, v in ps.items() if set(v.listings) & set(owned)}
    result = _check(g, ps, sorted(ids), person=aid, named=named)
    return {"author": node_name(g, aid), "listings": owned, **result}


def check_listing(g: GraphLike, listing: str, texts: Texts | None = None,
                  known: list[str] | None = None) -> dict[str, Any]:
    """Group the papers of one listing file (e.g. an arXiv author listing, which names no authors).

    A listing with an owner (``listing_owners``) is grouped by the rule ``check_author`` applies to the owner:
    the papers that print the owner's name are ``named``, so the same papers give the same groups, verdicts
    and evidence in both (``kg authors --check NAME`` groups the owner's printed papers too, and every listing
    they own). A listing without one names no person: its largest group is the core.

    ``g`` needs only the listing's papers with their authors, organizations and topics when ``texts`` gives
    their entity edges (``group_papers``; called only when text evidence is needed) and ``known`` the
    listing names to offer when none matches (kg.api reads these from a store).

    Raises:
        NodeNotFound: no paper came from a listing of that name, or the name is one of several
            (``listing_name``).
        KGError: a library file (BibTeX, RIS, JSON: ``LIBRARY_SUFFIXES``) of several people's papers, with no owner.
    """
    ps = papers(g)
    known = sorted({x for v in ps.values() for x in v.listings}) if known is None else known
    base = listing_name(listing, known)
    ids = sorted(p for p, v in ps.items() if base in v.listings)
    if not ids:
        msg = f"No paper came from a listing named {base!r}. Listings: {', '.join(known) or 'none'}."
        raise NodeNotFound(msg)
    owner = listing_owners(g, ps).get(base)
    if owner is None and base.casefold().endswith(LIBRARY_SUFFIXES) and any(ps[p].authors for p in ids):
        raise KGError(f"{base} is a library of several people's papers (no author is on nearly every one), not one "
                      "person's listing: there is no name to split its papers by.\n"
                      "  Check an author of it instead: kg authors --check NAME.")
    named = {p for p in ids if owner in ps[p].authors} if owner else set()
    grouped = group_papers(g, ps, ids, person=owner, named=named, texts=texts)
    return {"listing": base, **describe_groups(g, ps, grouped, owner)}


def listing_name(listing: str, known: Iterable[str]) -> str:
    """The listing of ``known`` (the names papers keep, ``kg.resolve.listing_keys``: a file name, with the last
    folders when files share it) that the path ``listing`` names: the one it ends with, or the one ending with
    it; ``listing``'s file name when none does.

    Raises:
        NodeNotFound: it names more than one (a file name that files in several folders share).

    Examples:
        >>> known = ["arxiv.txt", "a/p.txt", "b/p.txt"]
        >>> listing_name("some/dir/arxiv.txt", known), listing_name("C:\\\\x\\\\b\\\\p.txt", known)
        ('arxiv.txt', 'b/p.txt')
        >>> listing_name("p.txt", known)
        Traceback (most recent call last):
        ...
        kg.errors.NodeNotFound: 'p.txt' names 2 listings: a/p.txt, b/p.txt. Give one of them.
    """
    parts = tuple(x for x in listing.replace("\\", "/").split("/") if x not in ("", "."))
    found = []
    for name in sorted(set(known)):
        key = tuple(name.split("/"))
        n = min(len(key), len(parts))
        if n and key[-n:] == parts[-n:]:
            found.append(name)
    if len(found) > 1:
        msg = f"{listing!r} names {len(found)} listings: {', '.join(found)}. Give one of them."
        raise NodeNotFound(msg)
    return found[0] if found else (parts[-1] if parts else listing)


def owner_papers(g: GraphLike, ps: dict[str, PaperView] | None = None) -> dict[str, set[str]]:
    """Listing file -> the papers of it that ``check_author`` (``kg authors --check``) finds its owner's.

    The owner's papers are those of the core group and of groups judged the same person; a paper set
    apart as a likely or possible namesake is not the owner's, so the owner's name on the listing says
    nothing about its authors. A listing with no owner (see ``listing_owners``) is left out.
    """
    ps = papers(g) if ps is None else ps
    by_owner: dict[str, list[str]] = {}
    for listing, owner in sorted(listing_owners(g, ps).items()):
        by_owner.setdefault(owner, []).append(listing)
    out: dict[str, set[str]] = {}
    for owner, listings in sorted(by_owner.items()):
        named = {p for p, v in ps.items() if owner in v.authors}
        ids = sorted(named | {p for p, v in ps.items() if set(v.listings) & set(listings)})
        own = own_papers(group_papers(g, ps, ids, person=owner, named=named))
        for listing in listings:
            out[listing] = {p for p in own if listing in ps[p].listings}
    return out


def namesakes_id(author_id: str) -> str:
    """The id of the Summary node holding ``author_id``'s grouping.

    Examples:
        >>> namesakes_id("author:wei wang")
        'summary:namesakes:author:wei wang'
    """
    return f"summary:namesakes:{author_id}"


def set_apart(grouped: dict[str, Any]) -> set[str]:
    """The papers of a grouping (``group_papers``) set apart as a likely or possible namesake's: those
    ``own_papers`` leaves out.

    Examples:
        >>> sorted(set_apart({"clusters": [{"ids": ["a"], "core": True}, {"ids": ["d"], "core": False,
        ...                                                             "verdict": LIKELY}]}))
        ['d']
    """
    return {p for c in grouped["clusters"] for p in c["ids"]} - own_papers(grouped)


def own_papers(grouped: dict[str, Any]) -> set[str]:
    """The papers of a grouping (``group_papers``) that are the person's own: those of the core groups and
    of the groups judged the same person, not those set apart as a likely or possible namesake.

    Examples:
        >>> sorted(own_papers({"clusters": [{"ids": ["a", "b"], "core": True},
        ...                                 {"ids": ["c"], "core": False, "verdict": SAME},
        ...                                 {"ids": ["d"], "core": False, "verdict": LIKELY}]}))
        ['a', 'b', 'c']
    """
    return {p for c in grouped["clusters"] if c["core"] or c.get("verdict") == SAME for p in c["ids"]}


def _check(g: GraphLike, ps: dict[str, PaperView], ids: list[str], *, person: str | None,
           named: set[str]) -> dict[str, Any]:
    return describe_groups(g, ps, group_papers(g, ps, ids, person=person, named=named), person)


def describe_groups(g: GraphLike, ps: dict[str, PaperView], grouped: dict[str, Any], person: str | None
                    ) -> dict[str, Any]:
    """``group_papers``' groups described for people: the papers (id, title, date), years, most frequent
    co-authors, organizations and topics of each, with the verdict and evidence; ``g`` and ``ps`` need only
    hold the grouped papers and their authors, organizations and topics.
    """
    out = []
    for c in grouped["clusters"]:
        entry = {**_describe(g, ps, c["ids"], person), "core": c["core"]}
        out.append(entry if c["core"] else {**entry, "signals": c["signals"], "verdict": c["verdict"]})
    return {"papers": grouped["papers"], "clusters": out,
            "namesakes": [e for e in out if e.get("verdict") in (LIKELY, POSSIBLE)]}


def group_papers(g: GraphLike, ps: dict[str, PaperView], ids: list[str], *, person: str | None, named: set[str],
                 texts: Texts | None = None, words: dict[str, tuple[str, ...]] | None = None,
                 counts: TermCounts | None = None) -> dict[str, Any]:
    """The papers ``ids`` (of ``person``; ``named``: those that print the name) in groups by likely person
    (the module docstring says how): ``{"papers": n, "clusters": [{"ids", "core", and for the others
    "signals", "verdict"}]}``, core groups first, then larger first.

    Text similarity is the cosine of the papers' tf-idf vectors weighed over ``ids`` alone (``own_vectors``):
    the grouping reads nothing of other papers, so adding papers changes only the groupings of the authors
    they touch. It is computed only when the co-authors and organizations leave more than one group
    possible, or a paper's vocabulary sets it apart (``texts(ids)``: a graph holding those papers' entity
    edges, when ``g`` does not); ``words`` and ``counts`` cache each paper's words and term counts across calls.

    Cost, for n papers in G groups: linear in the papers' authors and organizations, plus, when text is
    needed, one n x n similarity matrix (numpy, 8 n^2 bytes: 51 MB at 2,520 papers) and O(G^2) set tests;
    each group's evidence is written once (it was re-judged against the whole reference G times).
    """
    text: dict[str, Any] = {}

    def ready() -> dict[str, Any]:
        if not text:
            sims = _Similarity(ids, own_vectors(g, ps, ids, texts=texts, counts=counts))
            text["sims"], text["best"] = sims, sims.best()
            text["typical"] = statistics.median([b for b in text["best"].values() if b > 0] or [1.0])
        return text

    shares = _vocabulary_shares(ps, ids, words) if len(ids) > 3 else {}
    median_share = statistics.median(shares.values()) if shares else 0.0
    off_topic = {p for p in ids if len(ids) > 3 and shares[p] < OFF_TOPIC_SHARE * median_share
                 and ready()["best"][p] < 0.5 * ready()["typical"]}

    # identity links: papers sharing a co-author (other than the person) or an organization, joined
    # through the first paper holding each (the same components as comparing every pair)
    def link_keys(p: str) -> list[tuple[bool, str]]:
        if p in off_topic:
            return []
        return [(True, a) for a in ps[p].authors if a != person] + [(False, o) for o in ps[p].orgs]

    groups = linked_groups(ids, link_keys)
    multi = [m for m in groups if len(m) > 1]
    lone = [m[0] for m in groups if len(m) == 1 and m[0] not in off_topic]
    clusters = [list(m) for m in multi]
    if clusters:
        with_named = [c for c in clusters if set(c) & named]
        for p in lone:
            pool = with_named if p in named and with_named else clusters
            (pool[0] if len(pool) == 1 else ready()["sims"].nearest_group(p, pool)).append(p)
    elif lone:
        clusters.append(lone)
    clusters += [[p] for p in sorted(off_topic)]
    clusters = [sorted(c, key=lambda p: (ps[p].day or 0, p)) for c in clusters]
    if len(clusters) == 1:
        return {"papers": len(ids), "clusters": [{"ids": clusters[0], "core": True}]}

    # the core: the largest group that prints the name (else the largest); other groups that print it are
    # the same person unless two signals say otherwise
    printed = [i for i, c in enumerate(clusters) if set(c) & named and not set(c) & off_topic]
    core_ids = [max(printed or range(len(clusters)), key=lambda i: (len(clusters[i]), -i))] if clusters else []
    core = [p for i in core_ids for p in clusters[i]]
    core_years = _years(ps, set(core) & named or core)
    out: list[dict[str, Any]] = [{"ids": c, "core": i in core_ids} for i, c in enumerate(clusters)]
    pending = [i for i in range(len(clusters)) if i not in core_ids]
    judge = _Judge(g, ps, clusters, pending, core, core_years, off_topic, ready()["sims"], ready()["typical"], person)
    while pending:  # judge the group closest to the person first; a same-person group joins the reference
        i = min(pending, key=judge.rank)
        pending.remove(i)
        signals = judge.evidence(i)
        if i in printed and len(signals) < 2:
            out[i]["core"] = True
        else:
            out[i].update(signals=signals, verdict=LIKELY if len(signals) >= 2 else POSSIBLE if signals else SAME)
        if not signals or out[i]["core"]:
            judge.grow(i, pending)
    out.sort(key=lambda e: (not e["core"], -len(e["ids"])))
    return {"papers": len(ids), "clusters": out}


def own_vectors(g: GraphLike, ps: Mapping[str, PaperView], ids: list[str], *,
                texts: Texts | None = None, counts: TermCounts | None = None) -> dict[str, Vector]:
    """``paper_vectors`` of the papers ``ids`` weighed among themselves (idf over ``ids``, not the corpus):
    words common in one person's papers weigh little, and papers outside ``ids`` change nothing. ``ps``: the
    papers' titles and abstracts; ``g``: their entity edges, or ``texts(some)`` a graph holding those of
    ``some``; ``counts``: the papers' term counts read so far, kept for the next call.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> for pid, text in (("a", "sharding on tpu"), ("b", "sharding on gpu"), ("c", "image")):
        ...     g.add_node(pid, label="Paper", title=text)
        >>> "shard" in own_vectors(g, papers(g), ["a", "b"])["a"]  # in both: it tells them apart no more
        False
        >>> "shard" in own_vectors(g, papers(g), ["a", "b", "c"])["a"]
        True
    """
    counts = TermCounts() if counts is None else counts
    missing = counts.missing(ids)
    if missing:
        counts.read(g if texts is None else texts(missing), {p: ps[p] for p in missing})
    return counts.vectors(ids)


TOLERANCE = 1e-9  # numpy's similarities are within this of the exact ones; closer calls are computed exactly
# terms in at least 1/DENSE_SHARE of the papers go in one dense product (its columns: at most DENSE_SHARE times
# a paper's mean terms); at 2,500 papers, 1/16 took half the CPU time of 1/4
DENSE_SHARE = 16
PAIRS = 1 << 21  # paper pairs of the less common terms summed at once (their indexes and products: 80 MB)


class _Similarity:
    """Text similarity of the papers ``ids``: exactly ``cosine`` (in ``ids`` order) wherever a value decides
    something, found through a numpy matrix of all pairs that is within TOLERANCE of it (the pairs whose
    matrix value is within 2 x TOLERANCE of a maximum are computed exactly)."""

    def __init__(self, ids: list[str], vecs: Mapping[str, Vector]) -> None:
        import numpy as np

        self.ids, self.vecs = ids, vecs
        self.index = {p: i for i, p in enumerate(ids)}
        self.exact: dict[tuple[int, int], float] = {}
        self.groups: dict[int, Any] = {}  # id of a group's list -> its papers' indexes (``_rows``)
        n = len(ids)
        # every (paper, term, weight) of the papers, as arrays ordered by term (the vectors' postings)
        column: dict[str, int] = {}
        sizes = [len(vecs[p]) for p in ids]
        terms = np.fromiter((column.setdefault(t, len(column)) for p in ids for t in vecs[p]), np.int64, sum(sizes))
        order = np.argsort(terms, kind="stable")
        terms = terms[order]
        rows = np.repeat(np.arange(n), sizes)[order]
        weights = np.fromiter((w for p in ids for w in vecs[p].values()), np.float64, sum(sizes))[order]
        df = np.bincount(terms, minlength=len(column))
        matrix = np.zeros((n, n))
        dense = (df * DENSE_SHARE >= n) & (df > 1)  # terms in many papers: one dense product
        if dense.any():
            at = dense[terms]
            block = np.zeros((n, int(dense.sum())))
            block[rows[at], (np.cumsum(dense) - 1)[terms[at]]] = weights[at]
            matrix += block @ block.T
        # the others, each term's papers pairwise: every pair of a term's postings, PAIRS at most at a time
        at = ~dense[terms] & (df[terms] > 1)
        terms, rows, weights = terms[at], rows[at], weights[at]
        size = df[terms]  # each posting's term's papers
        first = np.searchsorted(terms, terms)  # where each posting's term starts
        ends = np.cumsum(size)
        start = 0
        while start < len(terms):
            stop = max(int(np.searchsorted(ends, ends[start] - size[start] + PAIRS, "right")), start + 1)
            k, base = size[start:stop], first[start:stop]
            left = np.repeat(np.arange(start, stop), k)
            right = np.repeat(base, k) + np.arange(len(left)) - np.repeat(np.cumsum(k) - k, k)
            matrix += np.bincount(rows[left] * n + rows[right], weights[left] * weights[right],
                                  n * n).reshape(n, n)
            start = stop
        np.fill_diagonal(matrix, -np.inf)  # a paper is not compared with itself
        self.matrix = matrix

    def sim(self, i: int, j: int) -> float:
        """The exact similarity of papers ``ids[i]`` and ``ids[j]`` (``cosine``, the earlier one first)."""
        key = (i, j) if i < j else (j, i)
        if key not in self.exact:
            self.exact[key] = cosine(self.vecs[self.ids[key[0]]], self.vecs[self.ids[key[1]]])
        return self.exact[key]

    def max_between(self, a: Any, b: Any) -> float:
        """The exact ``max(sim(p, q) for p in a for q in b)`` of two disjoint index arrays (0.0 if one is empty)."""
        import numpy as np

        if not len(a) or not len(b):
            return 0.0
        block = self.matrix[np.ix_(a, b)]
        rows, cols = np.nonzero(block >= block.max() - 2 * TOLERANCE)
        return max(self.sim(int(a[r]), int(b[c])) for r, c in zip(rows, cols, strict=True))

    def best(self) -> dict[str, float]:
        """Each paper's highest similarity to another paper of ``ids`` (0.0 when it is the only one)."""
        import numpy as np

        out = dict.fromkeys(self.ids, 0.0)
        if len(self.ids) > 1:
            near = self.matrix.max(axis=1)
            for i, j in zip(*np.nonzero(self.matrix >= (near - 2 * TOLERANCE)[:, None]), strict=True):
                out[self.ids[i]] = max(out[self.ids[i]], self.sim(int(i), int(j)))
        return out

    def nearest_group(self, p: str, pool: list[list[str]]) -> list[str]:
        """``max(pool, key=lambda c: (max(sim(p, q) for q in c), -len(c)))``: the group with the paper most
        like ``p`` (ties: the smaller, then the first)."""
        import numpy as np

        i = self.index[p]
        rows = [self._rows(c) for c in pool]
        starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
        approx = np.maximum.reduceat(self.matrix[i, np.concatenate(rows)], starts)
        top = approx.max()
        return max((c for c, r, m in zip(pool, rows, approx, strict=True) if m >= top - 2 * TOLERANCE),
                   key=lambda c: (self.max_between(np.array([i]), self._rows(c)), -len(c)))

    def _rows(self, c: list[str]) -> Any:
        """The indexes of the papers of group ``c`` (a list that grows: kept while its length holds)."""
        import numpy as np

        rows = self.groups.get(id(c))
        if rows is None or len(rows) != len(c):
            rows = self.groups[id(c)] = np.array([self.index[q] for q in c])
        return rows


class _Judge:
    """The evidence against each pending group, kept as the reference (the core, and each group judged the
    same person) grows: each group's co-authors, organizations, group authors and years are gathered once,
    and its closest similarity to the reference is raised by each group that joins it."""

    def __init__(self, g: GraphLike, ps: dict[str, PaperView], clusters: list[list[str]], pending: list[int],
                 core: list[str], core_years: list[int], off_topic: set[str], sims: _Similarity, typical: float,
                 person: str | None) -> None:
        import numpy as np

        self.g, self.clusters, self.core_years, self.sims, self.typical = g, clusters, core_years, sims, typical
        self.person = person
        self.rows = [np.array([sims.index[p] for p in c]) for c in clusters]
        self.authors = [{a for p in c for a in ps[p].authors} for c in clusters]
        self.orgs = [{o for p in c for o in ps[p].orgs} for c in clusters]
        self.groups = [{a for a in authors if _is_group(node_name(g, a))} for authors in self.authors]
        self.off = [bool(set(c) & off_topic) for c in clusters]
        self.years = [_years(ps, c) for c in clusters]
        reference = np.array([sims.index[p] for p in core])
        self.ref_authors = {a for p in core for a in ps[p].authors} - {person}
        self.ref_orgs = {o for p in core for o in ps[p].orgs}
        self.ref_groups = {a for a in {a for p in core for a in ps[p].authors} if _is_group(node_name(g, a))}
        self.closest = {j: sims.max_between(self.rows[j], reference) for j in pending}
        self.count = {j: len(self._found(j, names=False)) for j in pending}

    def rank(self, j: int) -> tuple[int, float, int]:
        return self.count[j], -self.closest[j], j

    def grow(self, i: int, pending: list[int]) -> None:
        """Add group ``i`` to the reference and judge the pending groups again."""
        self.ref_authors |= self.authors[i] - {self.person}
        self.ref_orgs |= self.orgs[i]
        self.ref_groups |= self.groups[i]
        near = self.sims.matrix[:, self.rows[i]].max(axis=1) if pending else None  # each paper's closest in it
        for j in pending:
            if near[self.rows[j]].max() >= self.closest[j] - 2 * TOLERANCE:  # else its closest stays
                self.closest[j] = max(self.closest[j], self.sims.max_between(self.rows[j], self.rows[i]))
            self.count[j] = len(self._found(j, names=False))

    def evidence(self, j: int) -> list[str]:
        """The evidence that group ``j`` is another person than the reference (``_signals``' sentences)."""
        return self._found(j, names=True)

    def _found(self, j: int, names: bool) -> list[str]:
        g, typical = self.g, self.typical
        if self.off[j]:
            return [f"off topic: few of its words occur in the other papers (max text similarity "
                    f"{self.closest[j]:.2f}, typical {typical:.2f})",
                    "no co-author or organization in common with the rest"]
        if not self.authors[j].isdisjoint(self.ref_authors):
            return []
        found = []
        mine, theirs = self.orgs[j], self.ref_orgs
        if mine and theirs and mine.isdisjoint(theirs):
            found.append(f"organizations {', '.join(sorted(node_name(g, o) for o in mine))} never appear with "
                         f"the rest ({', '.join(sorted(node_name(g, o) for o in theirs))})" if names else "")
        if not self.groups[j] <= self.ref_groups:
            found.append(f"led by group author(s) "
                         f"{', '.join(sorted(node_name(g, a) for a in self.groups[j] - self.ref_groups))}"
                         if names else "")
        years, core_years = self.years[j], self.core_years
        if years and core_years and (min(years) > max(core_years) or max(years) < min(core_years)):
            found.append(f"years {min(years)}-{max(years)} lie outside {min(core_years)}-{max(core_years)}, the "
                         f"years of the core's papers whose author lists print this name (not those a listing "
                         f"alone adds)")
        if self.closest[j] < 0.5 * typical:
            found.append(f"text unlike the rest (max similarity {self.closest[j]:.2f}, typical {typical:.2f})")
        return found


@lru_cache(maxsize=1 << 16)
def _is_group(name: str) -> bool:
    return is_group_author(name)


def _years(ps: dict[str, PaperView], ids: Any) -> list[int]:
    return [y for y in (ps[p].year for p in ids) if y is not None]


def _vocabulary_shares(ps: dict[str, PaperView], ids: list[str], cache: dict[str, tuple[str, ...]] | None = None
                       ) -> dict[str, float]:
    """Per paper: the share of its words that at least COMMON_DF papers of the set use (``cache``: each
    paper's distinct words, filled as they are read; a tuple, a sixth of a set's memory: the build keeps
    every paper's through all the groupings)."""
    cache = {} if cache is None else cache
    for p in ids:
        if p not in cache:
            cache[p] = tuple(unigrams(f"{ps[p].title} {ps[p].abstract}"))
    words = {p: cache[p] for p in ids}
    df: Counter[str] = Counter()
    for w in words.values():
        df.update(w)
    common = {t for t, k in df.items() if k >= COMMON_DF}
    return {p: len(common.intersection(w)) / len(w) if w else 0.0 for p, w in words.items()}


def _describe(g: GraphLike, ps: dict[str, PaperView], c: list[str], person: str | None) -> dict[str, Any]:
    co = Counter(a for p in c for a in set(ps[p].authors) if a != person)
    orgs = Counter(o for p in c for o in ps[p].orgs)
    topics = Counter(t for p in c for t in ps[p].topics if not t.startswith("category:"))
    years = _years(ps, c)
    return {"papers": [{"id": p, "title": ps[p].title or p, "date": ps[p].date} for p in c],
            "years": [min(years), max(years)] if years else [],
            "coauthors": [node_name(g, a) for a in _most_common(co, 5)],
            "orgs": [node_name(g, o) for o in _most_common(orgs, 5)],
            "topics": [node_name(g, t) for t in _most_common(topics, 3)]}


def _most_common(counts: Counter[str], n: int) -> list[str]:
    """The ``n`` most counted ids, ties by id: the same order in every run (a set's order is not).

    Examples:
        >>> _most_common(Counter({"b": 2, "c": 1, "a": 2}), 2)
        ['a', 'b']
    """
    return [key for key, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def format_check(result: dict[str, Any]) -> str:
    """``check_author()`` or ``check_listing()`` as text."""
    head = result.get("author") or result.get("listing")
    lines = [f"{head}: {result['papers']} papers in {len(result['clusters'])} group(s)"]
    if result.get("listings"):
        lines.append(f"  (with every paper of {', '.join(result['listings'])}, taken as this author's list)")
    if len(result["clusters"]) > 1 and result.get("author"):
        lines.append(f"  [core]: prints the name; [{SAME}]: no signal against; [{POSSIBLE}]: one; "
                     f"[{LIKELY}]: two or more")
    for i, c in enumerate(result["clusters"], 1):
        label = "core" if c["core"] else c["verdict"]
        years = "-".join(str(y) for y in c["years"])
        lines.append(f"Group {i} [{label}] {len(c['papers'])} paper(s) {years}")
        for key in ("coauthors", "orgs", "topics"):
            if c[key]:
                lines.append(f"  {key}: {', '.join(c[key])}")
        lines += [f"  evidence: {s}" for s in c.get("signals", [])]
        lines += [f"  - {p['date']} {p['title'][:90]}" for p in c["papers"]]
    return "\n".join(lines)
