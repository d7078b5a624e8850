"""Model lineage: infer BUILDS_ON edges between models that papers introduce, and walk the lineage.

A later paper's introduced model M *builds on* an earlier model N when the evidence is strong enough:

* name: M versions, varies or extends N's name (``Llama 2`` -> ``LLaMA``, ``AlpaServe`` -> ``Alpa``);
* citation: M's paper cites the paper that introduced N;
* mention: M's paper names N in its abstract (uses it, compares with it);
* shared authors between the two papers, text similarity of their titles and abstracts (with the
  technical terms they share), and shared topics;
* time: N came first; evidence other than name and citation counts less as the gap grows, and not at
  all beyond ``max_gap_days``.

Each feature f in [0, 1] with weight w adds as in a noisy-OR, ``score = 1 - prod(1 - w * f)``. Per model,
the ``top_k`` best candidates at or above ``min_score`` are kept; an edge that a longer chain of kept
edges already implies (GSPMD -> GPipe beside GSPMD -> GShard -> GPipe) is dropped, and no edge that
would close a cycle is ever added. The defaults are measured on tests/data/lineage_corpus.jsonl
(README, Analysis).
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.analysis.common import (GraphLike, PaperView, day_number, find_node, listing_owners, lookup_name,
                                name_index, node_name, papers)
from kg.names import EXTENDS, VARIES, VERSIONS, entity_key, parse_name, parts_relation
from kg.analysis.text import Vector, cosine, nearest, paper_vectors, shared_terms
from kg.model import (BUILDS_ON, CITES, INTRODUCES, MENTIONS, MODEL, PAPER,
                      PAPER_ENTITY_RELS, USES, Edge, Scalar, fold)

DEFAULT_MIN_SCORE = 0.45
LINEAGE_READS = ((MODEL, PAPER), (BUILDS_ON, *PAPER_ENTITY_RELS))  # what lineage() reads from a store
DEFAULT_MAX_GAP_DAYS = 4 * 365
DEFAULT_TOP_K = 2

# How strongly a name relation alone says "builds on": the nearest earlier version, the most specific
# and most recent extended name, a variant; any other name match is an older ancestor.
NAME_STRENGTH = {VERSIONS: 0.95, EXTENDS: 0.85, VARIES: 0.7}
FARTHER_NAME = 0.3
MENTION_STRENGTH = {USES: 1.0, MENTIONS: 0.8}
SIM_SAMPLE = 400  # papers used to find the typical nearest-neighbour similarity
NEIGHBOURS = 40  # a paper's main model is compared with those of the papers it reads most like...
COAUTHORED_PAPERS = 10  # ...and of each author's latest earlier papers


@dataclass(frozen=True)
class Weights:
    """Weight of each evidence feature in the noisy-OR score."""

    cited: float = 0.85
    mention: float = 0.6
    authors: float = 0.6
    similarity: float = 0.45
    topics: float = 0.1
    compared: float = 0.4  # a comparison counts this much of a use


DEFAULT_WEIGHTS = Weights()


@dataclass
class Candidate:
    """The evidence that model ``source`` builds on the earlier model ``target``."""

    source: str
    target: str
    relation: str | None = None
    name_strength: float = 0.0
    cited: bool = False
    mention: str | None = None
    shared_authors: list[str] = field(default_factory=list)
    via_listing: list[str] = field(default_factory=list)  # shared as owner of a listing both are in
    similarity: float = 0.0
    similarity_norm: float = 0.0
    topics: float = 0.0
    shared_terms: list[str] = field(default_factory=list)
    gap_days: int = 0
    papers: tuple[str, str] | None = None  # (later paper, earlier paper) when paper-level evidence applies

    def score(self, weights: Weights, max_gap_days: int) -> float:
        """The noisy-OR of the features; soft evidence fades to half over ``max_gap_days``.

        Shared authors count only as far as the two papers are otherwise related (by name, citation,
        mention or text): a group's unrelated papers share authors too.
        """
        fade = 1 - 0.5 * min(1.0, self.gap_days / max_gap_days) if max_gap_days > 0 else 1.0
        mention = MENTION_STRENGTH.get(self.mention or "", weights.compared if self.mention else 0.0)
        related = min(1.0, self.name_strength + self.cited + mention + self.similarity_norm)
        soft = 1 - ((1 - weights.mention * mention)
                    * (1 - weights.authors * min(1.0, len(self.shared_authors) / 2) * related)
                    * (1 - weights.similarity * self.similarity_norm)
                    * (1 - weights.topics * self.topics))
        hard = 1 - (1 - self.name_strength) * (1 - weights.cited * self.cited)
        return 1 - (1 - hard) * (1 - soft * fade)

    @property
    def rule(self) -> str:
        if self.relation and self.name_strength >= FARTHER_NAME + 0.01:
            return f"name-{self.relation}"
        return "citation" if self.cited else "evidence"

    def evidence(self, g: GraphLike) -> str:
        """One readable line: every piece of evidence, strongest first."""
        target = node_name(g, self.target)
        parts = []
        if self.relation:
            parts.append(f"name {self.relation} of {target}")
        if self.cited:
            parts.append("cites its paper")
        if self.mention:
            parts.append(f"abstract names {target} ({self.mention})")
        if self.shared_authors:
            names = [a + (" (owns a listing of both)" if a in self.via_listing else "") for a in self.shared_authors]
            parts.append(f"{len(names)} shared author(s): {', '.join(names)}")
        if self.similarity:
            parts.append(f"text similarity {self.similarity:.2f}")
        if self.shared_terms:
            parts.append(f"shared terms: {', '.join(self.shared_terms)}")
        parts.append(f"{self.gap_days} days later")
        return "; ".join(parts)


@dataclass
class _Index:
    """What inference reads of a graph, gathered once."""

    papers: dict[str, PaperView]
    models: dict[str, str]  # model id -> name
    origin: dict[str, str]  # model id -> earliest paper that introduces it
    first_seen: dict[str, int]  # model id -> first day any paper names it
    links: dict[str, dict[str, str]]  # paper id -> model id -> strongest relation
    primary: dict[str, str]  # paper id -> the introduced model its title or abstract names first
    owners: dict[str, str]  # listing file -> the author whose list it is
    cites: set[tuple[str, str]]
    explicit: set[tuple[str, str]]


def _index(g: GraphLike) -> _Index:
    ps = papers(g)
    models = {n: node_name(g, n) for n, a in g.nodes(data=True) if a.get("label") == MODEL}
    links: dict[str, dict[str, str]] = {}
    introducers: dict[str, list[str]] = {}
    cites, explicit = set(), set()
    rank = {r: i for i, r in enumerate(PAPER_ENTITY_RELS)}
    for s, t, a in g.edges(data=True):
        kind = a.get("type")
        if kind == BUILDS_ON:
            explicit.add((s, t))
        elif kind == CITES:
            cites.add((s, t))
        elif s in ps and t in models and kind in rank:
            old = links.setdefault(s, {}).get(t)
            if old is None or rank[kind] < rank[old]:
                links[s][t] = kind
            if kind == INTRODUCES:
                introducers.setdefault(t, []).append(s)
    far = 10**9
    origin = {m: min(ps_, key=lambda p: (ps[p].day or far, p)) for m, ps_ in introducers.items()}
    first_seen: dict[str, int] = {}
    for p, row in links.items():
        day = ps[p].day
        for m in row:
            if day is not None:
                first_seen[m] = min(first_seen.get(m, day), day)
    primary = {p: _primary(ps[p], [m for m, r in row.items() if r == INTRODUCES], models)
               for p, row in links.items() if INTRODUCES in row.values()}
    return _Index(ps, models, origin, first_seen, links, primary, listing_owners(g, ps), cites, explicit)


def _shared_authors(a: PaperView, b: PaperView, owners: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """Authors both papers name, and owners of a listing both papers are in whom they do not both name."""
    shared = [x for x in a.authors if x in set(b.authors)]
    owned = sorted({owners[x] for x in set(a.listings) & set(b.listings) if x in owners} - set(shared))
    return shared, owned


def _primary(paper: PaperView, introduced: list[str], names: Mapping[str, str]) -> str:
    """The paper's main model: the longest introduced name in its title, else the first in its abstract."""
    title = entity_key(paper.title)
    in_title = [m for m in introduced if entity_key(names[m]) in title]
    if in_title:
        return max(in_title, key=lambda m: (len(entity_key(names[m])), m))
    text = fold(paper.abstract)
    return min(introduced, key=lambda m: (text.find(fold(names[m])) % (len(text) + 1), m))


def _typical_similarity(vectors: Mapping[str, dict[str, float]], ids: Sequence[str]) -> float:
    """The median over ``ids`` of each paper's highest similarity to another: what "close" means here."""
    ids = sorted(ids)
    if len(ids) > SIM_SAMPLE:
        step = len(ids) / SIM_SAMPLE
        ids = [ids[int(i * step)] for i in range(SIM_SAMPLE)]
    best = [max((cosine(vectors[a], vectors[b]) for b in ids if b != a), default=0.0) for a in ids]
    positive = [b for b in best if b > 0]
    return statistics.median(positive) if positive else 1.0


def candidates(g: GraphLike, *, max_gap_days: int = DEFAULT_MAX_GAP_DAYS) -> list[Candidate]:
    """Every (later introduced model, earlier model) pair with some evidence, and that evidence.

    Args:
        g: the graph.
        max_gap_days: pairs further apart than this need a name relation or a citation.

    Returns:
        Candidates in a stable order (source id, target id); score them with ``Candidate.score``.
    """
    return [c for found in _candidates_by_model(g, max_gap_days) for c in found]


def _candidates_by_model(g: GraphLike, max_gap_days: int, vectors: Mapping[str, Vector] | None = None
                         ) -> Iterator[list[Candidate]]:
    """The candidates of each introduced model in turn, in id order.

    Only pairs that can score are looked at: models whose names relate, models the paper names,
    and the main models of the papers it cites, shares an author with or reads most like
    (``NEIGHBOURS`` nearest by text), so the work grows with the papers, not with their square.
    """
    ix = _index(g)
    vectors = paper_vectors(g) if vectors is None else vectors
    origins = sorted(set(ix.origin.values()))
    typical = _typical_similarity(vectors, origins)
    near = nearest(vectors, origins, NEIGHBOURS)
    parts = {m: parse_name(n) for m, n in ix.models.items()}
    by_family: dict[tuple[str, ...], list[str]] = {}
    for n, np_ in parts.items():
        by_family.setdefault(np_.family, []).append(n)
    coauthored = _coauthored(ix, origins)
    cites_from: dict[str, set[str]] = {}
    for a, b in ix.cites:
        cites_from.setdefault(a, set()).add(b)
    for m, p in sorted(ix.origin.items()):
        paper = ix.papers[p]
        main = ix.primary[p]
        if paper.day is None or (m != main and parts_relation(parts[m], parts[main])):
            continue  # Llama 2-Chat beside Llama 2: the main model carries the lineage
        family = parts[m].family  # a name relation needs the earlier family as a run of this one
        runs = {family[i:j] for i in range(len(family)) for j in range(i + 1, len(family) + 1)}
        pool = {n for run in runs for n in by_family.get(run, ()) if parts_relation(parts[m], parts[n])}
        if m == main:  # paper-level evidence speaks for each paper's main model only
            pool.update(ix.links.get(p, {}))
            for q in (*near.get(p, ()), *coauthored.get(p, ()), *cites_from.get(p, ())):
                n = ix.primary.get(q)
                if n is not None and ix.origin.get(n) == q:
                    pool.add(n)
        found = [c for n in sorted(pool) if (c := _candidate(g, ix, parts, vectors, typical, m, p, n,
                                                              main, max_gap_days)) is not None]
        _rank_names(found, parts, ix)
        _demote_passed_roots(found, parts)
        yield found


def _candidate(g: GraphLike, ix: _Index, parts: Mapping[str, Any], vectors: Mapping[str, Vector],
               typical: float, m: str, p: str, n: str, main: str, max_gap_days: int) -> Candidate | None:
    """The evidence that m (introduced by p) builds on n, or None when the pair cannot qualify."""
    if n == m or (m, n) in ix.explicit or (n, m) in ix.explicit:
        return None
    paper = ix.papers[p]
    assert paper.day is not None
    q = ix.origin.get(n)
    if q is not None:
        earlier = ix.papers[q].day
        if q == p or earlier is None or earlier >= paper.day:
            return None
    else:
        earlier = ix.first_seen.get(n)
        if earlier is None or earlier > paper.day:
            return None
    relation = parts_relation(parts[m], parts[n])
    mention = ix.links.get(p, {}).get(n)
    if not relation and (m != main or (not mention and (q is None or ix.primary.get(q) != n))):
        return None
    cited = q is not None and (p, q) in ix.cites
    gap = paper.day - earlier
    if not relation and not cited and (q is None or gap > max_gap_days):
        return None
    c = Candidate(m, n, relation, cited=cited, mention=mention, gap_days=gap)
    if q is not None:
        other = ix.papers[q]
        listed, owned = _shared_authors(paper, other, ix.owners)
        c.shared_authors = [node_name(g, a) for a in listed + owned]
        c.via_listing = [node_name(g, a) for a in owned]
        c.similarity = round(cosine(vectors.get(p, {}), vectors.get(q, {})), 4)
        c.similarity_norm = min(1.0, c.similarity / typical)
        c.papers = (p, q)
        union = paper.topics | other.topics
        c.topics = len(paper.topics & other.topics) / len(union) if union else 0.0
    return c


def _coauthored(ix: _Index, origins: Sequence[str]) -> dict[str, list[str]]:
    """For each paper, the ``COAUTHORED_PAPERS`` latest earlier papers of each of its listed authors."""
    by_author: dict[str, list[tuple[int, str]]] = {}
    for q in origins:
        day = ix.papers[q].day
        if day is not None:
            for a in ix.papers[q].authors:
                by_author.setdefault(a, []).append((day, q))
    for rows in by_author.values():
        rows.sort()
    out: dict[str, list[str]] = {}
    for p in origins:
        day = ix.papers[p].day
        if day is None:
            continue
        for a in ix.papers[p].authors:
            rows = by_author[a]
            end = bisect.bisect_left(rows, (day, ""))
            out.setdefault(p, []).extend(q for _, q in rows[max(0, end - COAUTHORED_PAPERS):end])
    return out


def _rank_names(found: list[Candidate], parts: Mapping[str, Any], ix: _Index) -> None:
    """Give the nearest version and the most specific, most recent extension full name strength."""
    def day(c: Candidate) -> int:
        q = ix.origin.get(c.target)
        return (ix.papers[q].day if q else None) or ix.first_seen.get(c.target, 0)

    def by_version(c: Candidate) -> tuple[Any, ...]:
        return (parts[c.target].version or (), day(c))

    def by_specificity(c: Candidate) -> tuple[Any, ...]:
        return (len(parts[c.target].family), day(c))

    def by_day(c: Candidate) -> tuple[Any, ...]:
        return (day(c),)

    keys: dict[str, Callable[[Candidate], tuple[Any, ...]]] = {
        VERSIONS: by_version, EXTENDS: by_specificity, VARIES: by_day}
    for relation, key in keys.items():
        group = [c for c in found if c.relation == relation]
        if not group:
            continue
        best = max(key(c) for c in group)
        for c in group:
            c.name_strength = NAME_STRENGTH[relation] if key(c) == best else FARTHER_NAME


def _demote_passed_roots(found: list[Candidate], parts: Mapping[str, Any]) -> None:
    """An extended name is a farther ancestor when the paper names a model that derives from it too.

    Mask R-CNN extends R-CNN by name, but its abstract names Faster R-CNN, itself an R-CNN: the nearer
    parent is Faster R-CNN, and R-CNN is reached through it.
    """
    named = [c.target for c in found if c.mention]
    for c in found:
        if c.relation == EXTENDS and any(x != c.target and parts_relation(parts[x], parts[c.target])
                                         for x in named):
            c.name_strength = FARTHER_NAME


def infer_builds_on(g: GraphLike, min_score: float = DEFAULT_MIN_SCORE, *,
                    max_gap_days: int = DEFAULT_MAX_GAP_DAYS, top_k: int = DEFAULT_TOP_K,
                    weights: Weights = DEFAULT_WEIGHTS, reduce: bool = True) -> list[Edge]:
    """Inferred BUILDS_ON edges between models, each with its score and evidence.

    Args:
        g: the graph (explicit BUILDS_ON edges in it are kept and never duplicated).
        min_score: keep candidates scoring at least this.
        max_gap_days: soft evidence fades over this many days and stops beyond it.
        top_k: at most this many inferred parents per model.
        weights: feature weights of the score.
        reduce: drop an edge that a longer chain of kept edges implies.

    Returns:
        New Edge objects (``inferred=True``), best first; none duplicates an explicit edge or closes a cycle.

    Examples:
        >>> from kg.model import Graph, Node, Edge, PAPER, MODEL, INTRODUCES, USES
        >>> G = Graph()
        >>> for pid, day in [("p1", "2023-02-27"), ("p2", "2023-07-18")]:
        ...     _ = G.add_node(Node(pid, PAPER, {"title": pid, "date": day}))
        >>> for mid, name in [("m1", "LLaMA"), ("m2", "Llama 2")]:
        ...     _ = G.add_node(Node(mid, MODEL, {"name": name}))
        >>> _ = G.add_edge(Edge("p1", INTRODUCES, "m1")); _ = G.add_edge(Edge("p2", INTRODUCES, "m2"))
        >>> [(e.source, e.target, e.props["rule"]) for e in infer_builds_on(G.to_networkx())]
        [('m2', 'm1', 'name-version')]
    """
    vectors = paper_vectors(g)
    scored = [(score, c) for found in _candidates_by_model(g, max_gap_days, vectors) for c in found
              if (score := c.score(weights, max_gap_days)) >= min_score]
    explicit = [(s, t) for s, t, a in g.edges(data=True) if a.get("type") == BUILDS_ON]
    kept = select(scored, explicit, min_score=min_score, top_k=top_k, reduce=reduce)
    for _, c in kept:
        if c.papers:
            c.shared_terms = shared_terms(vectors.get(c.papers[0], {}), vectors.get(c.papers[1], {}))
    return [_edge(g, score, c) for score, c in kept]


def select(scored: Iterable[tuple[float, Candidate]], explicit: Iterable[tuple[str, str]], *,
           min_score: float, top_k: int, reduce: bool = True) -> list[tuple[float, Candidate]]:
    """The scored candidates to keep: best first, ``top_k`` per model, no cycle, no implied edge."""
    per_model: dict[str, int] = {}
    h = nx.DiGraph(list(explicit))
    kept: list[tuple[float, Candidate]] = []
    for score, c in sorted(scored, key=lambda sc: (-sc[0], sc[1].source, sc[1].target)):
        if score < min_score or per_model.get(c.source, 0) >= top_k:
            continue
        if c.target in h and c.source in h and nx.has_path(h, c.target, c.source):
            continue
        per_model[c.source] = per_model.get(c.source, 0) + 1
        h.add_edge(c.source, c.target)
        kept.append((score, c))
    return _reduce(h, kept) if reduce else kept


def _reduce(h: Any, kept: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """Drop each inferred edge that a chain of edges at least as strong already implies, weakest first."""
    strength = {(s, t): 1.0 for s, t in h.edges}
    strength.update({(c.source, c.target): score for score, c in kept})
    dropped: set[tuple[str, str]] = set()
    for score, c in sorted(kept, key=lambda sc: (sc[0], sc[1].source, sc[1].target)):
        h.remove_edge(c.source, c.target)
        if _reaches(h, strength, c.source, c.target, score):
            dropped.add((c.source, c.target))
        else:
            h.add_edge(c.source, c.target)
    return [(score, c) for score, c in kept if (c.source, c.target) not in dropped]


def _reaches(h: Any, strength: Mapping[tuple[str, str], float], source: str, target: str, floor: float) -> bool:
    """Whether a path of edges each at least ``floor`` strong leads from source to target in h."""
    seen, stack = {source}, [source]
    while stack:
        node = stack.pop()
        for nxt in h.successors(node):
            if nxt not in seen and strength[(node, nxt)] >= floor:
                if nxt == target:
                    return True
                seen.add(nxt)
                stack.append(nxt)
    return False


def _edge(g: GraphLike, score: float, c: Candidate) -> Edge:
    return Edge(c.source, BUILDS_ON, c.target, {
        "inferred": True, "score": round(score, 3), "rule": c.rule, "evidence": c.evidence(g),
        "shared_authors": list[Scalar](c.shared_authors), "shared_terms": list[Scalar](c.shared_terms),
        "similarity": round(c.similarity, 3), "gap_days": c.gap_days, "cited": c.cited,
        "mention": c.mention, "name_relation": c.relation})


@dataclass(frozen=True)
class LineageScore:
    """Inferred edges scored against labelled (later, earlier) pairs."""

    predicted: int
    gold: int
    true_positives: list[tuple[str, str]]
    false_positives: list[tuple[str, str]]
    missed: list[tuple[str, str]]
    ancestor_hits: int  # false positives that still join a model to a labelled ancestor

    @property
    def precision(self) -> float:
        return len(self.true_positives) / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return len(self.true_positives) / self.gold if self.gold else 0.0

    @property
    def ancestor_precision(self) -> float:
        """Precision when an edge to a labelled ancestor (GPT-3 -> GPT) counts as right."""
        return (len(self.true_positives) + self.ancestor_hits) / self.predicted if self.predicted else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"predicted": self.predicted, "gold": self.gold, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "ancestor_precision": round(self.ancestor_precision, 3),
                "true_positives": self.true_positives, "false_positives": self.false_positives,
                "missed": self.missed}


def score_lineage(g: GraphLike, gold_pairs: Iterable[tuple[str, str]], **infer: Any) -> LineageScore:
    """Run ``infer_builds_on(g, **infer)`` and score its edges, with g's explicit ones, against gold pairs.

    Pairs are model names (matched ignoring case, spaces and dashes); pairs naming a model the graph lacks
    count as missed.
    """
    predicted = {(s, t) for s, t, a in g.edges(data=True) if a.get("type") == BUILDS_ON}
    predicted |= {(e.source, e.target) for e in infer_builds_on(g, **infer)}
    return score_edges(g, predicted, gold_pairs)


def score_edges(g: GraphLike, predicted: set[tuple[str, str]], gold_pairs: Iterable[tuple[str, str]]
                ) -> LineageScore:
    """Score predicted (later id, earlier id) model pairs against gold (later name, earlier name) pairs."""
    index = name_index(g, MODEL)
    shown = {n: node_name(g, n) for n in index.values()}
    gold = {(lookup_name(index, a) or a, lookup_name(index, b) or b) for a, b in gold_pairs}
    closure = nx.transitive_closure(nx.DiGraph(list(gold)))
    fps = sorted(predicted - gold)

    def label(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return sorted((shown.get(a, a), shown.get(b, b)) for a, b in pairs)

    return LineageScore(len(predicted), len(gold), label(predicted & gold), label(fps), label(gold - predicted),
                        sum(1 for e in fps if closure.has_edge(*e)))


def sweep(g: GraphLike, gold_pairs: Sequence[tuple[str, str]], settings: Iterable[Mapping[str, Any]]
          ) -> list[dict[str, Any]]:
    """Precision and recall for each setting (keyword arguments of ``infer_builds_on``)."""
    rows = []
    for kw in settings:
        s = score_lineage(g, gold_pairs, **kw)
        rows.append({**kw, "predicted": s.predicted, "precision": round(s.precision, 3),
                     "recall": round(s.recall, 3), "ancestor_precision": round(s.ancestor_precision, 3)})
    return rows


def _builds_on_graph(g: GraphLike, min_score: float) -> Any:
    """The BUILDS_ON edges of ``g`` scoring at least ``min_score`` (an explicit edge scores 1)."""
    h = nx.DiGraph()
    for s, t, a in g.edges(data=True):
        if a.get("type") == BUILDS_ON and float(a.get("score", 1.0)) >= min_score:
            h.add_edge(s, t, **{k: v for k, v in a.items() if k != "type"})
    return h


def _model_dates(g: GraphLike, models: Iterable[str]) -> dict[str, str]:
    """Each model's date: of the earliest dated paper introducing it, else of the first naming it."""
    out = {}
    for m in models:
        days: dict[bool, list[int]] = {True: [], False: []}
        for p, _, a in g.in_edges(m, data=True):
            attrs = g.nodes[p]
            day = day_number(attrs.get("date")) or day_number(attrs.get("year"))
            if attrs.get("label") == PAPER and a.get("type") in PAPER_ENTITY_RELS and day is not None:
                days[a.get("type") == INTRODUCES].append(day)
        if days[True] or days[False]:
            out[m] = date.fromordinal(min(days[True] or days[False])).isoformat()
    return out


def _step(g: GraphLike, h: Any, s: str, t: str, dates: Mapping[str, str], other: str) -> dict[str, Any]:
    a = h.edges[s, t]
    return {"model": node_name(g, other), "id": other, "date": dates.get(other, ""),
            "score": float(a.get("score", 1.0)), "inferred": bool(a.get("inferred", False)),
            "rule": a.get("rule", "explicit"), "evidence": a.get("evidence", "")}


def lineage(g: GraphLike, model: str, depth: int = 3, min_score: float = 0.0) -> dict[str, Any]:
    """The ancestors and descendants of ``model`` over BUILDS_ON edges, as nested trees.

    Args:
        g: the graph.
        model: a Model id or name (case, spaces and dashes ignored).
        depth: how many BUILDS_ON steps to follow each way.
        min_score: ignore inferred edges scoring below this.

    Returns:
        ``{"model", "id", "date", "ancestors": [...], "descendants": [...]}``; each entry has the other
        model, its date, the edge's score, rule and evidence, and its own ``ancestors``/``descendants``.

    Raises:
        NodeNotFound: no such model.
    """
    root = find_node(g, MODEL, model)
    h = _builds_on_graph(g, min_score)
    near = nx.ego_graph(h.to_undirected(as_view=True), root, radius=depth) if root in h else [root]
    dates = _model_dates(g, near)

    def walk(node: str, level: int, up: bool, seen: frozenset[str]) -> list[dict[str, Any]]:
        if level == 0 or node not in h:
            return []
        nxt = h.successors(node) if up else h.predecessors(node)
        out = []
        for other in sorted(nxt, key=lambda o: (dates.get(o, ""), o), reverse=not up):
            if other in seen:
                continue
            step = _step(g, h, node, other, dates, other) if up else _step(g, h, other, node, dates, other)
            step["ancestors" if up else "descendants"] = walk(other, level - 1, up, seen | {other})
            out.append(step)
        return out

    return {"model": node_name(g, root), "id": root, "date": dates.get(root, ""),
            "ancestors": walk(root, depth, True, frozenset({root})),
            "descendants": walk(root, depth, False, frozenset({root}))}


def lineage_path(g: GraphLike, a: str, b: str, min_score: float = 0.0) -> list[dict[str, Any]]:
    """The most confident BUILDS_ON chain between models ``a`` and ``b``, either way round.

    Returns:
        The steps ``[{"source", "target", "source_date", "target_date", "score", "inferred", "rule",
        "evidence"}]`` from the later model down to the earlier one; [] when no chain joins them.

    Raises:
        NodeNotFound: either model is missing.
    """
    ia, ib = find_node(g, MODEL, a), find_node(g, MODEL, b)
    h = _builds_on_graph(g, min_score)
    for s, t in ((ia, ib), (ib, ia)):
        if s in h and t in h and nx.has_path(h, s, t):
            nodes = nx.shortest_path(h, s, t, weight=lambda u, v, d: 2.0 - float(d.get("score", 1.0)))
            break
    else:
        return []
    dates = _model_dates(g, nodes)
    steps = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        step = _step(g, h, u, v, dates, v)
        steps.append({"source": node_name(g, u), "target": step.pop("model"), "source_date": dates.get(u, ""),
                      "target_date": step.pop("date"), **{k: x for k, x in step.items() if k != "id"}})
    return steps


def _how(step: Mapping[str, Any]) -> str:
    """How a BUILDS_ON step is known: ``inferred 0.57: <evidence>`` or ``stated: <the sentence>``."""
    if step["inferred"]:
        return f"inferred {step['score']:.2f}: {step['evidence']}"
    return f"stated: {step['evidence']}" if step.get("evidence") else "stated"


def format_lineage(tree: Mapping[str, Any]) -> str:
    """``lineage()`` as indented text: dates, scores and the evidence of inferred edges."""
    lines = [f"{tree['model']} ({tree['date'] or 'undated'})"]

    def emit(items: Sequence[Mapping[str, Any]], key: str, indent: str) -> None:
        for item in items:
            how = _how(item)
            lines.append(f"{indent}{item['model']} ({item['date'] or 'undated'})  [{how}]")
            emit(item[key], key, indent + "  ")

    for key, title in (("ancestors", "builds on"), ("descendants", "built upon by")):
        lines.append(f"  {title}:")
        emit(tree[key], key, "    ") if tree[key] else lines.append("    (none)")
    return "\n".join(lines)


def format_path(steps: Sequence[Mapping[str, Any]]) -> str:
    """``lineage_path()`` as text, one BUILDS_ON step a line."""
    lines = []
    for s in steps:
        how = _how(s)
        lines.append(f"{s['source']} ({s['source_date']}) -> {s['target']} ({s['target_date']})  [{how}]")
    return "\n".join(lines)
