"""Lineage inference: BUILDS_ON edges from evidence that one model derives from another, not closeness.

For a later paper's main introduced model M and an earlier model N, the evidence is of two kinds:

* **derivation signals**: M's name versions, varies or extends N's (``Llama 2`` -> ``LLaMA``); M's paper
  cites the paper that introduced N (a CITES edge) and either the names relate or M's abstract names N
  without using, comparing with or evaluating on it (a MENTIONS edge); M's paper, introducing M alone,
  states N as its base ("based on N", "fine-tuned from N": a USES edge the extractor found by a
  builds-on cue).
* **weak signals**: shared authors (people only: a group author such as "DeepSeek-AI" or "Gemini Team"
  is no evidence; a listing's owner only for papers ``kg authors --check`` finds are the owner's), a bare
  citation (M's paper cites N's, and M's abstract names N at most as used, compared with or evaluated
  on), text similarity of the two papers, shared topics. A name in N's family without N's version
  (``DeepSeek-R1``, ``DeepSeek-V3``) says the two come from one maker, not that one derives from the other.

Being compared with N, or using it as a workload, baseline or benchmark, is never evidence. Rules:

1. A derivation signal makes a regular inferred edge when its score reaches ``min_score``. Weak signals
   add to the score.
2. Weak signals alone make at most a *candidate* edge (``candidate: true``, score at most
   ``CANDIDATE_CEILING``): only for a model with no stated, name or inferred parent, from shared authors
   or a bare citation together with text similarity (at least ``CANDIDATE_MIN_SIMILARITY`` of the
   corpus's typical nearest-paper similarity, and a cosine of ``CANDIDATE_MIN_COSINE`` unless the papers
   share ``CANDIDATE_TEAM`` people), when N's paper is M's nearest earlier paper by text and M's
   is N's nearest later one (mutual nearest neighbours; when the two share ``TEAM_AUTHORS`` authors, nearest
   among the later papers that share one with N's), N comes first by introducing date within
   ``max_gap_days``, and M's abstract does not name N or a model of N's name family: an abstract that
   names N says how it relates, and without a stated base that is use or comparison, not derivation.
   A shared name family alone makes a candidate too, to the family's latest earlier member, only for a
   model with no parent but one its own paper introduces beside it.
   M gets no inferred or candidate parent when its abstract denies derivation ("trained from scratch",
   "does not inherit any weights": ``denied_derivation`` in kg/data/lineage_cues.json; a stated parent stays).
   A name that extends or varies N's, or shares its family, is no evidence when M's abstract sets M apart
   from a model of N's name family ("Unlike Lumen, ...", ``contrasted_name``; a comparison is no denial:
   Flan-PaLM outperforms PaLM), or the two papers are of two fields (each has an arXiv category other
   than the broad ones, cs.LG, ..., and they share none), share no person author and read unlike (under
   ``CANDIDATE_MIN_SIMILARITY`` of the typical similarity): one name prefix in two fields is two makers'
   naming. A version (Lumen 2 after Lumen) stays evidence.
3. No inferred edge to a generic architecture (``kg/data/generic_architectures.json``), none between a
   model and its own size or version alias or its first release's tier (Gemini Ultra, Gemini:
   ``kg.names.is_tier``; Gemini 2.5 Pro is Gemini 2.5's child, and a version of Gemini), none
   that closes a cycle; ``top_k`` parents per model, its explicit ones counted, and an edge a chain of kept
   edges already implies is dropped.

Each feature f in [0, 1] with weight w adds as in a noisy-OR, ``1 - prod(1 - w * f)``. The defaults are
measured on tests/data/lineage_corpus.jsonl and the real corpus (README, Lineage; history in docs/measurements.md).
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.analysis.common import GraphLike, PaperView, listing_owners, node_name, papers
from kg.analysis.lineage.apart import KEPT_APART, broad_categories
from kg.analysis.lineage.generic import is_generic, is_version, same_model
from kg.analysis.lineage.kinds import CANDIDATE, INFERRED, NAME, NEAREST_EARLIER, NEAREST_LATER, TEAM_AUTHORS
from kg.analysis.namesakes import owner_papers
from kg.analysis.text import Vector, cosine, kind_vectors, nearest, shared_terms
from kg.model import (BUILDS_ON, CITES, COMPARES_WITH, EVALUATED_ON, INTRODUCES, MENTIONS, MODEL, PAPER,
                      PAPER_ENTITY_RELS, USES, Edge, Scalar, fold)
from kg.names import (EXTENDS, VARIES, VERSIONS, NameIndex, NameParts, borrowed_name, entity_key, is_group_author,
                      is_tier, parse_name, parts_relation, skips_versions)
from kg.paths import DATA_DIR

DEFAULT_MIN_SCORE = 0.45
LINEAGE_READS = ((MODEL, PAPER), (BUILDS_ON, *PAPER_ENTITY_RELS))  # what lineage() reads from a store
DEFAULT_MAX_GAP_DAYS = 4 * 365
DEFAULT_TOP_K = 2

# How strongly a name relation alone says "builds on": the nearest earlier version, the most specific
# and most recent extended name, a variant; any other name match is an older ancestor.
FAMILY = "family"  # the later name holds the earlier one's family but not its version: DeepSeek-R1, DeepSeek-V3
NAME_STRENGTH = {VERSIONS: 0.95, EXTENDS: 0.85, VARIES: 0.7, FAMILY: 0.6}
FARTHER_NAME = 0.3
BASE_RULES = frozenset({"builds-on-cue"})  # the extractor's rule of a USES edge that names a base
FAMILY_TITLE = "title-family"  # the extractor's rule of an INTRODUCES edge to a family the title names
NOT_EVIDENCE = frozenset({USES, COMPARES_WITH, EVALUATED_ON})  # how a paper names what it merely uses
USED_AS = {USES: "uses", COMPARES_WITH: "compares with", EVALUATED_ON: "evaluates on"}  # ...as the reasons say it
CANDIDATE_MIN_SIMILARITY = 0.6  # ...and at least this share of the corpus's typical nearest-paper similarity
CANDIDATE_MIN_COSINE = 0.2  # ...and at least this cosine itself, or CANDIDATE_TEAM shared people: in a small corpus of
CANDIDATE_TEAM = 3  # one group's papers the typical similarity is low, and a student and an advisor share two authors
# on all their papers; the nearest of them is no derived one for being the least unlike
CANDIDATE_CEILING = 0.4  # a candidate edge never scores above this
CANDIDATE_MIN_SCORE = 0.15
MENTION_MIN_SIMILARITY = 0.1  # a parent no paper introduces needs a paper naming it at least this share as close
SIM_SAMPLE = 400  # papers used to find the typical nearest-neighbour similarity
NEIGHBOURS = 40  # a paper's nearest papers by text: the nearest earlier one's main model is a candidate parent

_CUES = json.loads((DATA_DIR / "lineage_cues.json").read_text(encoding="utf-8"))
DENIED = re.compile(_CUES["denied_derivation"], re.IGNORECASE)  # "trained from scratch": derived from none
CONTRASTED = re.compile(_CUES["contrasted_name"])  # "Unlike Lumen, ...": group 1 is the name set apart


@dataclass(frozen=True)
class Weights:
    """Weight of each evidence feature in the noisy-OR score."""

    cited: float = 0.9  # a citation with a name relation, or with the parent named (MENTIONS) in the abstract
    bare_citation: float = 0.4  # a citation with neither: a weak signal
    base: float = 0.8  # the child's abstract states the parent as its base
    support: float = 0.5  # how far weak signals raise an edge that has a derivation signal
    authors: float = 0.6
    similarity: float = 0.5
    topics: float = 0.1


DEFAULT_WEIGHTS = Weights()


@dataclass
class Evidence:
    """The evidence that model ``source`` builds on the earlier model ``target``."""

    source: str
    target: str
    relation: str | None = None  # how the source's name derives from the target's
    name_strength: float = 0.0
    cited: bool = False  # the source's paper cites the target's introducing paper
    mention: str | None = None  # how the source's paper names the target (USES, MENTIONS, ...)
    base: str = ""  # the sentence stating the target as the source's base, when there is one
    shared_authors: list[str] = field(default_factory=list)
    via_listing: list[str] = field(default_factory=list)  # shared as owner of a listing both are in
    similarity: float = 0.0
    similarity_norm: float = 0.0
    topics: float = 0.0
    nearest_rank: int | None = None  # rank of the target's paper among the source's nearest earlier ones
    shared_terms: list[str] = field(default_factory=list)
    gap_days: int = 0
    papers: tuple[str, str] | None = None  # (later paper, earlier paper) when paper-level evidence applies

    candidate_ok: bool = False  # the weak signals meet the candidate rule (module docstring, rule 2)
    siblings: tuple[str, ...] = ()  # the source's explicit parents its own paper introduces beside it

    @property
    def named(self) -> bool:
        """Whether the source's abstract names the target plainly (MENTIONS): not as used, compared with or
        evaluated on (``NOT_EVIDENCE``), which says how it relates and is no derivation."""
        return self.mention == MENTIONS

    @property
    def cited_derivation(self) -> bool:
        """Whether the citation is a derivation signal: the names relate or the abstract names the target."""
        return self.cited and (bool(self.relation) or self.named)

    @property
    def bare_citation(self) -> bool:
        """Whether the source's paper cites the target's with no name relation and no plain mention: papers
        cite many others, compared and used ones among them; a weak signal."""
        return self.cited and not self.cited_derivation

    @property
    def derivation(self) -> bool:
        """Whether a signal beyond the weak ones is among the evidence: a citation with a name relation or a
        plain mention, a stated base, or a name relation to the nearest related name (a farther one points
        at an older ancestor), a shared name family included (see ``family_only``)."""
        return (bool(self.relation) and self.name_strength > FARTHER_NAME) or self.cited_derivation or bool(self.base)

    @property
    def family_only(self) -> bool:
        """Whether the only signal beyond the weak ones is a shared name family (DeepSeek-R1, DeepSeek-V3):
        one maker's naming, no evidence that one derives from the other, so a candidate at most."""
        return self.relation == FAMILY and self.name_strength > FARTHER_NAME and not self.cited and not self.base

    @property
    def candidate(self) -> bool:
        """Whether the edge can be a candidate only: weak signals, or a shared name family, alone."""
        return not self.derivation or self.family_only

    @property
    def kind(self) -> str:
        """NAME (a name relation is the evidence), INFERRED (citation or stated base) or CANDIDATE."""
        if self.candidate:
            return CANDIDATE
        return INFERRED if self.cited or self.base else NAME

    def weak(self, weights: Weights) -> float:
        """The noisy-OR of the weak signals: shared authors, a bare citation, text similarity, shared topics."""
        return 1 - ((1 - weights.authors * min(1.0, len(self.shared_authors) / 2))
                    * (1 - weights.bare_citation * self.bare_citation)
                    * (1 - weights.similarity * self.similarity_norm)
                    * (1 - weights.topics * self.topics))

    def score(self, weights: Weights, max_gap_days: int) -> float:
        """The edge's score in [0, 1]; weak signals fade to half over ``max_gap_days``.

        With a derivation signal: ``1 - (1 - hard) * (1 - support * weak * fade)``; without one, a
        candidate's ``CANDIDATE_CEILING * weak * fade``; a shared name family alone,
        ``CANDIDATE_CEILING`` times the first formula.
        """
        fade = 1 - 0.5 * min(1.0, self.gap_days / max_gap_days) if max_gap_days > 0 else 1.0
        weak = self.weak(weights)
        if not self.derivation:
            return CANDIDATE_CEILING * weak * fade
        hard = 1 - ((1 - self.name_strength) * (1 - weights.cited * self.cited_derivation)
                    * (1 - weights.base * bool(self.base)))
        score = 1 - (1 - hard) * (1 - weights.support * weak * fade)
        return CANDIDATE_CEILING * score if self.family_only else score

    @property
    def rule(self) -> str:
        """The strongest kind of evidence, as the edge's ``rule``: citation, stated-base, name-..., or
        weak-evidence (weak signals alone, a bare citation among them)."""
        if self.cited_derivation:
            return "citation"
        if self.base:
            return "stated-base"
        if self.relation:
            return f"name-{self.relation}"
        return "weak-evidence"

    def reasons(self, g: GraphLike) -> list[str]:
        """Every piece of evidence as a short phrase, strongest first."""
        target = node_name(g, self.target)
        parts = []
        if self.cited:
            parts.append("cites its paper" + ("" if self.cited_derivation else " (a bare citation)"))
        if self.base:
            parts.append(f"abstract states {target} as its base")
        if self.relation:
            near = "" if self.name_strength > FARTHER_NAME else " (an older ancestor)"
            if self.relation == FAMILY:
                no_more = " (no sign of derivation: a candidate)" if self.family_only and not near else ""
                parts.append(f"same name family as {target}, its latest earlier member{near}{no_more}")
            else:
                parts.append(f"name {self.relation} of {target}{near}")
        if self.mention and not self.base:
            how = USED_AS.get(self.mention)
            parts.append(f"abstract {how} {target} (no evidence)" if how
                         else f"abstract names {target} ({self.mention})")
        if self.shared_authors:
            names = [a + (" (whose own listing holds both papers)" if a in self.via_listing else "")
                     for a in self.shared_authors]
            parts.append(f"{len(names)} shared author(s): {', '.join(names)}")
        if self.similarity:
            rank = f", {closest(self.nearest_rank)} of the papers before it" if self.nearest_rank else ""
            parts.append(f"text similarity {self.similarity:.2f}{rank}")
        if self.shared_terms:
            parts.append(f"shared terms: {', '.join(self.shared_terms)}")
        parts.append(f"{self.gap_days} days later")
        return parts


def closest(rank: int) -> str:
    """The rank of a parent's paper among the child's earlier papers by text, in words.

    Examples:
        >>> closest(1), closest(2), closest(3), closest(11), closest(22)
        ('the closest by text', 'the 2nd closest by text', 'the 3rd closest by text', 'the 11th closest by text', 'the 22nd closest by text')
    """
    if rank == 1:
        return "the closest by text"
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"the {rank}{suffix} closest by text"


@dataclass
class _Index:
    """What inference reads of a graph, gathered once."""

    papers: dict[str, PaperView]
    models: dict[str, str]  # model id -> name
    origin: dict[str, str]  # model id -> earliest paper that introduces it
    first_seen: dict[str, int]  # model id -> first day any paper names it
    links: dict[str, dict[str, str]]  # paper id -> model id -> strongest relation
    bases: dict[tuple[str, str], str]  # (paper, model) -> sentence stating the model as the paper's base
    primary: dict[str, str]  # paper id -> the introduced model its title or abstract names first
    owners: dict[str, str]  # listing file -> the author whose list it is
    owned: dict[str, set[str]]  # listing file -> the papers of it that are its owner's own
    cites: set[tuple[str, str]]
    explicit: set[tuple[str, str]]


def _index(g: GraphLike, ps: dict[str, PaperView] | None = None) -> _Index:
    ps = papers(g) if ps is None else ps
    models = {n: node_name(g, n) for n, a in g.nodes(data=True) if a.get("label") == MODEL}
    links: dict[str, dict[str, str]] = {}
    bases: dict[tuple[str, str], str] = {}
    introducers: dict[str, list[str]] = {}
    families: set[tuple[str, str]] = set()  # (paper, model) a title names as the family of its models
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
                if a.get("rule") == FAMILY_TITLE:
                    families.add((s, t))
            if kind == USES and a.get("rule") in BASE_RULES:
                bases[(s, t)] = str(a.get("evidence") or "")
    far = 10**9
    origin = {m: min(ps_, key=lambda p: (ps[p].day or far, p)) for m, ps_ in introducers.items()}
    first_seen: dict[str, int] = {}
    for p, row in links.items():
        day = ps[p].day
        for m in row:
            if day is not None:
                first_seen[m] = min(first_seen.get(m, day), day)
    primary = {p: _primary(ps[p], [m for m, r in row.items() if r == INTRODUCES and (p, m) not in families]
                           or [m for m, r in row.items() if r == INTRODUCES], models)
               for p, row in links.items() if INTRODUCES in row.values()}
    owners = listing_owners(g, ps)
    owned = owner_papers(g, ps) if owners else {}
    return _Index(ps, models, origin, first_seen, links, bases, primary, owners, owned, cites, explicit)


def _primary(paper: PaperView, introduced: list[str], names: Mapping[str, str]) -> str:
    """The paper's main model: the longest introduced name in its title, else the first in its abstract.
    A family its title names over the models it introduces ("Gemini 2.5: ..." over Gemini 2.5 Pro, rule
    ``title-family``) is left out by the caller: each of those models carries its own lineage."""
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
    best = _best_similarities([vectors[a] for a in ids])
    positive = [b for b in best if b > 0]
    return statistics.median(positive) if positive else 1.0


def _best_similarities(vecs: Sequence[Vector], tolerance: float = 1e-9) -> list[float]:
    """``[max(cosine(v, w) for w in vecs if w is not v) for v in vecs]`` (0.0 for a lone vector), exactly:
    a numpy product of all pairs (within ``tolerance`` of ``cosine``) finds each row's maximum, and the
    pairs within twice ``tolerance`` of it are computed by ``cosine``."""
    import numpy as np

    n = len(vecs)
    if n < 2:
        return [0.0] * n
    column: dict[str, int] = {}
    rows, cols, weights = [], [], []
    for i, v in enumerate(vecs):
        for t, w in v.items():
            rows.append(i)
            cols.append(column.setdefault(t, len(column)))
            weights.append(w)
    matrix = np.zeros((n, len(column)))
    matrix[rows, cols] = weights
    sims = matrix @ matrix.T
    np.fill_diagonal(sims, -np.inf)
    near = sims.max(axis=1)
    out = []
    for i in range(n):
        close = np.nonzero(sims[i] >= near[i] - 2 * tolerance)[0]
        out.append(max(cosine(vecs[i], vecs[int(j)]) for j in close))
    return out


@dataclass
class _Context:
    """What every pair's evidence is read from: the graph, its index, names, vectors and settings."""

    g: GraphLike
    ix: _Index
    parts: dict[str, NameParts]
    vectors: Mapping[str, Vector]
    typical: float
    near_earlier: dict[str, list[str]]  # paper -> its nearest earlier papers by text, nearest first
    near_later: dict[str, list[str]]  # paper -> its nearest later papers by text, nearest first
    max_gap_days: int
    namers: dict[str, list[str]] | None = None  # model -> the papers naming it (``naming``)
    stated: dict[str, list[str]] | None = None  # model -> its explicit parents (``stated_parents``)
    # paper -> whether its abstract denies derivation, and the families it contrasts its model with (``denies``,
    # ``contrasts``): read once per paper, not once per pair (the regexes were a third of inference)
    denial: dict[str, bool] = field(default_factory=dict)
    contrast: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    last: tuple[str, Vector] | None = None  # the paper ``vector`` read last, and its vector

    def vector(self, p: str) -> Vector:
        """Paper p's text vector (empty when it has none), the last one read kept: a paper's pairs come one
        after another, and a packed vector is unpacked on every read."""
        if self.last is None or self.last[0] != p:
            self.last = (p, self.vectors.get(p, {}))
        return self.last[1]

    def shared_authors(self, p: str, q: str) -> tuple[list[str], list[str]]:
        """People both papers name (a group author, "DeepSeek-AI", ``is_group_author``, is no evidence of a
        shared hand), and people owning a listing both are in, counted only when both papers are the owner's
        own (``owner_papers``)."""
        a, b = self.ix.papers[p], self.ix.papers[q]
        theirs = set(b.authors)
        shared = [x for x in a.authors if x in theirs and not is_group_author(node_name(self.g, x))]
        owned = sorted({self.ix.owners[x] for x in set(a.listings) & set(b.listings)
                        if x in self.ix.owners and {p, q} <= self.ix.owned.get(x, set())} - set(shared))
        return shared, [x for x in owned if not is_group_author(node_name(self.g, x))]

    def evidence(self, m: str, p: str, n: str, main: str, relation: str | None) -> Evidence | None:
        """The evidence that m (introduced by p, whose main model is ``main``) builds on n, whose name stands in
        ``relation`` (``parts_relation``) to m's, or None when the pair cannot make an edge at all."""
        ix = self.ix
        if n == m or (m, n) in ix.explicit or (n, m) in ix.explicit:
            return None
        paper = ix.papers[p]
        assert paper.day is not None
        q = ix.origin.get(n)  # the dates first: they rule out most pairs, and cost least
        earlier = ix.papers[q].day if q is not None else ix.first_seen.get(n)
        if earlier is None or (earlier >= paper.day if q is not None else earlier > paper.day) or q == p:
            return None
        if relation is None and (m != main or not (  # no name relation: only a citation, a base sentence
                q is not None and ((p, q) in ix.cites or self._mutual_nearest(p, q)) or self.base_sentence(p, n))):
            return None  # or the mutual nearest papers can make an edge (as at the end), so the rest is skipped
        if is_generic(ix.models[n]) or same_model(ix.models[m], ix.models[n]):
            return None
        if q is None and self.unrelated_mentions(p, n):
            return None
        if relation == VERSIONS and not (is_version(self.parts[m]) and is_version(self.parts[n])):
            relation = None  # ResNet-101 and ResNet-50 differ in depth, not version
        if relation == VARIES and is_tier(self.parts[m], self.parts[n]):
            relation = None  # Gemini Ultra is a tier of Gemini, a sibling, not its child
        if relation == EXTENDS and borrowed_name(ix.models[m], ix.models[n]):
            relation = None  # MiniGPT-4 borrows GPT-4's name (kg.names.borrowed_name)
        if relation and q is not None and paper.abstract and ix.papers[q].abstract and self.unrelated_mentions(p, n):
            relation = None  # a namesake from another field: every paper naming n reads unlike p
        if relation and (mine := self.apart_roots(m)) and (theirs := self.apart_roots(n)) and not mine & theirs:
            relation = None  # Aurora 2 (of one Aurora) and Aurora-0.1 (of another, kept apart): no version of it
        if relation == EXTENDS and self.parts[n].version not in (None, self.parts[m].version):
            relation = FAMILY if q is not None and is_version(self.parts[n]) else None
        if relation in (EXTENDS, VARIES, FAMILY) and self.name_denied(p, q, n):
            relation = None  # "Lumen-Audio, trained from scratch ...", or Corvid-Vision of another field
        if not relation and m != main:
            return None  # paper-level evidence speaks for the paper's main model only
        if m == main and self.denies(p):
            return None  # "Ours is trained from scratch", "it does not inherit any weights": no base but a stated one
        mention = ix.links.get(p, {}).get(n)
        cited = q is not None and (p, q) in ix.cites
        base = self.base_sentence(p, n)
        if not (relation or cited or base) and not (  # then only a candidate: its cheapest conditions first
                q is not None and paper.day - earlier <= self.max_gap_days and self._mutual_nearest(p, q)):
            return None
        e = Evidence(m, n, relation, cited=cited, mention=mention, base=base, gap_days=paper.day - earlier,
                     siblings=tuple(sorted(t for t in self.stated_parents(m) if ix.origin.get(t) == p)))
        if q is not None:
            listed, owned = self.shared_authors(p, q)
            e.shared_authors = [node_name(self.g, a) for a in listed + owned]
            e.via_listing = [node_name(self.g, a) for a in owned]
            e.similarity = round(cosine(self.vector(p), self.vectors.get(q, {})), 4)
            e.similarity_norm = min(1.0, e.similarity / self.typical)
            e.papers = (p, q)
            near = self.near_earlier.get(p, [])
            e.nearest_rank = near.index(q) + 1 if q in near else None
            other = ix.papers[q]
            union = paper.topics | other.topics
            e.topics = len(paper.topics & other.topics) / len(union) if union else 0.0
        e.candidate_ok = bool(
            q is not None and e.gap_days <= self.max_gap_days and (e.shared_authors or e.cited)
            and e.similarity_norm >= CANDIDATE_MIN_SIMILARITY
            and (e.similarity >= CANDIDATE_MIN_COSINE or len(e.shared_authors) >= CANDIDATE_TEAM)
            and e.nearest_rank == 1
            and self._nearest_later(q, p) and not self.names_kin(p, n) and not self.writes(p, n))
        return e if relation or cited or base or e.candidate_ok else None

    def _mutual_nearest(self, p: str, q: str) -> bool:
        """Whether q is the paper p reads most like among earlier ones, and p is q's among later ones
        (``_nearest_later``)."""
        return (self.near_earlier.get(p) or [None])[0] == q and self._nearest_later(q, p)

    def _nearest_later(self, q: str, p: str) -> bool:
        """Whether p is the paper q reads most like among later ones; when the two share ``TEAM_AUTHORS`` authors,
        among the later ones that share one with q: a later paper of other hands (PaLM beside GShard) takes no
        place of its authors' own follow-up (GSPMD, three of GShard's authors)."""
        later = self.near_later.get(q) or []
        if not later or later[0] == p:
            return bool(later)
        if sum(map(len, self.shared_authors(p, q))) < TEAM_AUTHORS:
            return False
        return next((x for x in later if any(self.shared_authors(x, q))), None) == p

    def name_denied(self, p: str, q: str | None, n: str) -> bool:
        """Whether the name that paper p's model shares with n (introduced by q, if any) is no evidence that
        it derives from n: p's abstract denies derivation or contrasts its model with a model of n's name,
        or both papers have abstracts and categories other than broad ones, share no person author and
        none of those categories, and read unlike."""
        paper, family = self.ix.papers[p], self.parts[n].family
        if self.denies(p) or any(other[:len(family)] == family for other in self.contrasts(p)):
            return True
        if q is None or not paper.abstract or not self.ix.papers[q].abstract:
            return False
        fields = [{str(c) for c in self.g.nodes[x].get("categories") or ()} - broad_categories() for x in (p, q)]
        if not all(fields) or fields[0] & fields[1] or self.shared_authors(p, q)[0]:
            return False  # a paper without categories but broad ones may be of any field (as in ``kept_apart``)
        return cosine(self.vector(p), self.vectors.get(q, {})) < CANDIDATE_MIN_SIMILARITY * self.typical

    def denies(self, p: str) -> bool:
        """Whether paper p's abstract denies its model derives from any (``DENIED``: "trained from scratch")."""
        if p not in self.denial:
            self.denial[p] = bool(DENIED.search(self.ix.papers[p].abstract))
        return self.denial[p]

    def contrasts(self, p: str) -> list[tuple[str, ...]]:
        """The name families paper p's abstract sets its model apart from (``CONTRASTED``: "Unlike Lumen, ...")."""
        if p not in self.contrast:
            self.contrast[p] = [parse_name(c.group(1)).family for c in CONTRASTED.finditer(self.ix.papers[p].abstract)]
        return self.contrast[p]

    def unrelated_mentions(self, p: str, n: str) -> bool:
        """Whether every paper naming ``n`` (introduced by none) reads unlike ``p``: under
        ``MENTION_MIN_SIMILARITY`` of the corpus's typical nearest-paper similarity. A name met only in
        unrelated text (a detector called DINO beside a self-supervised DINOv2) is another model's namesake;
        a name no paper but ``p`` writes is not (False): UniDB, named in UniDB++'s abstract alone."""
        mine = self.vector(p)
        limit = MENTION_MIN_SIMILARITY * self.typical
        others = False  # none: nothing says n is another model's namesake
        for q in self.naming(n):  # read lazily: a common name's papers are many, and one alike settles it
            if q != p:
                if cosine(mine, self.vectors.get(q, {})) >= limit:
                    return False
                others = True
        return others

    def stated_parents(self, m: str) -> list[str]:
        """The explicit parents of model ``m`` (an index of ``ix.explicit`` by source, made on first use: a
        scan of every explicit edge per pair made inference grow with the square of the corpus)."""
        if self.stated is None:
            self.stated = {}
            for s, t in self.ix.explicit:
                self.stated.setdefault(s, []).append(t)
        return self.stated.get(m, [])

    def apart_roots(self, m: str) -> set[str]:
        """The same-named models kept apart (property KEPT_APART, ``kg.analysis.lineage.apart``) that ``m`` is
        or reaches by explicit edges: which of two namesakes a model's family grows from."""
        seen, todo, roots = {m}, [m], set()
        while todo:
            x = todo.pop()
            if self.g.nodes[x].get(KEPT_APART):
                roots.add(x)
            for t in self.stated_parents(x):
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return roots

    def naming(self, n: str) -> list[str]:
        """The papers that name model ``n`` (an index of ``ix.links`` by model, made on first use: a scan
        of every paper per pair made inference grow with the square of the corpus)."""
        if self.namers is None:
            self.namers = {}
            for q, row in self.ix.links.items():
                for x in row:
                    self.namers.setdefault(x, []).append(q)
        return self.namers.get(n, [])

    def base_sentence(self, p: str, n: str) -> str:
        """The sentence of paper p stating n as a base, when it speaks for the paper's one model: p
        introduces one model and the sentence names no third model ("scaling up X and Y" is about a
        method, not a base)."""
        sentence = self.ix.bases.get((p, n), "")
        row = self.ix.links.get(p, {})
        if not sentence or sum(1 for rel in row.values() if rel == INTRODUCES) != 1:
            return ""
        text = fold(sentence)
        others = [x for x, rel in row.items() if x != n and rel != INTRODUCES and fold(self.ix.models[x]) in text]
        return "" if others else sentence

    def writes(self, p: str, n: str) -> bool:
        """Whether paper p's abstract writes n's name as a word, though extraction linked no mention of it
        ("Strata is orthogonal to the pipeline schedule of Braidline": a plain capitalized word no cue took)."""
        name = node_name(self.g, n)
        return bool(name) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.ix.papers[p].abstract) is not None

    def names_kin(self, p: str, n: str) -> bool:
        """Whether paper p's abstract names n or a model whose name derives from n's or n's from it
        (GPipe's abstract trains an AmoebaNet: AmoebaNet-A is named, as a workload)."""
        parts = self.parts
        return any(x == n or parts_relation(parts[x], parts[n]) or parts_relation(parts[n], parts[x])
                   for x, rel in self.ix.links.get(p, {}).items() if rel != INTRODUCES)


def candidates(g: GraphLike, *, max_gap_days: int = DEFAULT_MAX_GAP_DAYS) -> list[Evidence]:
    """Every (later introduced model, earlier model) pair that may make an edge, and its evidence.

    Args:
        g: the graph.
        max_gap_days: weak signals fade over this many days; candidates stop beyond it.

    Returns:
        Evidence in a stable order (source id, target id); score it with ``Evidence.score``.
    """
    return [c for found in _evidence_by_model(g, max_gap_days) for c in found]


def _nearest(ix: _Index, near: Mapping[str, list[str]], later: bool) -> dict[str, list[str]]:
    """Each paper's nearest papers (from ``near``) dated before it, or (``later``) after it."""
    days = {p: view.day for p, view in ix.papers.items()}
    out = {}
    for p, qs in near.items():
        day = days[p]
        if day is None:
            out[p] = []
        elif later:
            out[p] = [q for q in qs if (other := days[q]) is not None and other > day]
        else:
            out[p] = [q for q in qs if (other := days[q]) is not None and other < day]
    return out


def _evidence_by_model(g: GraphLike, max_gap_days: int, vectors: Mapping[str, Vector] | None = None,
                       ps: dict[str, PaperView] | None = None,
                       neighbours: dict[str, dict[str, str]] | None = None) -> Iterator[list[Evidence]]:
    """The evidence of each introduced model in turn, in id order.

    Only pairs that can score are looked at: models whose names relate, models the paper names,
    and the main models of the papers it cites or reads most like (of its ``NEIGHBOURS`` nearest by
    text, the nearest dated before it), so the work grows with the papers, not with their square.
    ``neighbours``, when given, gets each paper's main model -> the titles of its paper's nearest papers by
    text dated before and after it (``NEAREST_EARLIER``, ``NEAREST_LATER``): what a candidate edge needs.
    """
    ix = _index(g, ps)
    vectors = kind_vectors(g, ix.papers) if vectors is None else vectors
    origins = sorted(set(ix.origin.values()))
    near = nearest(vectors, origins, NEIGHBOURS)
    ctx = _Context(g, ix, {m: parse_name(n) for m, n in ix.models.items()}, vectors,
                   _typical_similarity(vectors, origins), _nearest(ix, near, False), _nearest(ix, near, True),
                   max_gap_days)
    if neighbours is not None:
        for p, m in ix.primary.items():
            if ix.origin.get(m) == p:
                near_titles = {key: ix.papers[q[0]].title for key, q in (
                    (NEAREST_EARLIER, ctx.near_earlier.get(p)), (NEAREST_LATER, ctx.near_later.get(p))) if q}
                if near_titles:
                    neighbours[m] = near_titles
    names = NameIndex(ctx.parts)
    short_names = _short_aliases(g, ix.models)
    cites_from: dict[str, set[str]] = {}
    for a, b in ix.cites:
        cites_from.setdefault(a, set()).add(b)
    stated_from: dict[str, list[str]] = {}  # model -> its explicit parents (a scan per model grew as a square)
    for s, t in ix.explicit:
        stated_from.setdefault(s, []).append(t)
    for m, p in sorted(ix.origin.items()):
        paper = ix.papers[p]
        main = ix.primary[p]
        if paper.day is None or (m != main and parts_relation(ctx.parts[m], ctx.parts[main])):
            continue  # Llama 2-Chat beside Llama 2: the main model carries the lineage
        # model -> its name relation to m: every model whose name relates is here, the ones added below relate by none
        pool: dict[str, str | None] = dict(names.related(ctx.parts[m]))
        for key, relation in sorted(short_names.related(ctx.parts[m]).items()):  # SegViT -> Vision Transformer (ViT)
            if (n := key.partition(ALIAS_OF)[0]) != m:
                pool.setdefault(n, relation)
        if m == main:  # paper-level evidence speaks for each paper's main model only
            pool.update((n, None) for n in ix.links.get(p, {}) if n not in pool)
            # the papers p cites, and the one it reads most like of those dated before it: with no name
            # relation, only a citation, a base sentence (of a model p names) or mutual nearness makes an edge
            for q in (*ctx.near_earlier.get(p, ())[:1], *cites_from.get(p, ())):
                n = ix.primary.get(q)
                if n is not None and ix.origin.get(n) == q:
                    pool.setdefault(n, None)
        found = [e for n in sorted(pool) if (e := ctx.evidence(m, p, n, main, pool[n])) is not None]
        _rank_names(found, ctx.parts, ix)
        named = [x for x, rel in ix.links.get(p, {}).items()
                 if rel != INTRODUCES and _known_elsewhere(ix, x, p, ctx.naming(x))]
        _demote_passed_roots(found, ctx.parts, [*named, *stated_from.get(m, ())],
                             [x for x in stated_from.get(m, ()) if x in ix.origin and ix.origin[x] != p])
        yield found


ALIAS_OF = "\x00"  # joins a model id and one of its aliases in the key of ``_short_aliases``


def _short_aliases(g: GraphLike, models: Mapping[str, str]) -> NameIndex:
    """The one-word aliases of models whose name is longer (``ViT`` of Vision Transformer), indexed by
    ``"<model id>\\x00<alias>"``: a name built on the short name (SegViT) derives from the model."""
    return NameIndex({f"{m}{ALIAS_OF}{alias}": parse_name(alias) for m, name in models.items() if " " in name
                      for alias in sorted(set(map(str, g.nodes[m].get("aliases") or ()))) if " " not in alias})


def _known_elsewhere(ix: _Index, x: str, p: str, naming: Sequence[str] | None = None) -> bool:
    """Whether model x is introduced by a paper or named by one other than p: a name only p's abstract uses
    ("inspired by ImageMAE" in VideoMAE's) is p's own way of writing an earlier model, not a step between.
    ``naming``: the papers that name x, when known (``_Context.naming``), instead of a scan of every paper."""
    if naming is not None:
        return x in ix.origin or any(q != p for q in naming)
    return x in ix.origin or any(x in row for q, row in ix.links.items() if q != p)


def _rank_names(found: list[Evidence], parts: Mapping[str, NameParts], ix: _Index) -> None:
    """Give the nearest version (unless it skips a version, ``kg.names.skips_versions``) and the most specific,
    most recent extension full name strength."""
    def day(c: Evidence) -> int:
        q = ix.origin.get(c.target)
        return (ix.papers[q].day if q else None) or ix.first_seen.get(c.target, 0)

    def by_version(c: Evidence) -> tuple[Any, ...]:
        return (parts[c.target].version or (), day(c))

    def by_specificity(c: Evidence) -> tuple[Any, ...]:
        return (len(parts[c.target].family), day(c))

    def by_day(c: Evidence) -> tuple[Any, ...]:
        return (day(c),)

    keys: dict[str, Callable[[Evidence], tuple[Any, ...]]] = {
        VERSIONS: by_version, EXTENDS: by_specificity, VARIES: by_day, FAMILY: by_day}
    for relation, key in keys.items():
        group = [c for c in found if c.relation == relation]
        if not group:
            continue
        best = max(key(c) for c in group)
        for c in group:
            nearest = key(c) == best and not (relation == VERSIONS and skips_versions(parts[c.source], parts[c.target]))
            c.name_strength = NAME_STRENGTH[relation] if nearest else FARTHER_NAME  # YOLOv7 of YOLOv3: an ancestor


def _demote_passed_roots(found: list[Evidence], parts: Mapping[str, NameParts], named: Sequence[str] = (),
                         stated: Sequence[str] = ()) -> None:
    """An extended name is a farther ancestor when a model the paper names, or a stated parent, derives
    from it too (MiniGPT-4, stated on GPT-4, does not also take GPT); an older version is one when a stated
    parent that an earlier paper of the graph introduces (``stated``) is a later version of it: Wisp 3, stated on
    Wisp 2, does not also take Wisp, which Wisp 2's own lineage reaches. A parent the child's own paper
    introduces beside it is no earlier step (Gemini 2.5 Pro, of Gemini 2.5 in one report, takes Gemini too).

    Mask R-CNN extends R-CNN by name, but its abstract names Faster R-CNN, itself an R-CNN: the nearer
    parent is Faster R-CNN, and R-CNN is reached through it.
    """
    named = [c.target for c in found if c.mention or c.relation == FAMILY] + list(named)
    for c in found:
        if (c.relation == EXTENDS and any(x != c.target and parts_relation(parts[x], parts[c.target]) for x in named)
                or c.relation == VERSIONS and any(parts_relation(parts[x], parts[c.target]) == VERSIONS
                                                  for x in stated)):
            c.name_strength = FARTHER_NAME


def infer_builds_on(g: GraphLike, min_score: float = DEFAULT_MIN_SCORE, *,
                    max_gap_days: int = DEFAULT_MAX_GAP_DAYS, top_k: int = DEFAULT_TOP_K,
                    weights: Weights = DEFAULT_WEIGHTS, reduce: bool = True,
                    candidates: bool = True, vectors: Mapping[str, Vector] | None = None,
                    ps: dict[str, PaperView] | None = None,
                    neighbours: dict[str, dict[str, str]] | None = None) -> list[Edge]:
    """Inferred BUILDS_ON edges between models, each with its kind, score, rule and evidence.

    Args:
        g: the graph (explicit BUILDS_ON edges in it are kept and never duplicated).
        min_score: keep edges with a derivation signal scoring at least this (a candidate: at least
            ``CANDIDATE_MIN_SCORE``).
        max_gap_days: weak signals fade over this many days; candidates stop beyond it.
        top_k: at most this many inferred parents per model.
        weights: feature weights of the score.
        reduce: drop an edge that a longer chain of kept edges implies.
        candidates: also keep candidate edges (weak signals only; see the module's rule 2).
        vectors: ``kg.analysis.text.kind_vectors(g)``, when the caller has it.
        ps: ``kg.analysis.common.papers(g)``, when the caller has it.
        neighbours: filled, when given, with each introduced main model -> the titles of its paper's nearest
            earlier and later papers by text (``_evidence_by_model``), for ``kg lineage --why``.

    Returns:
        New Edge objects (``inferred=True``), best first; none duplicates an explicit edge or closes a
        cycle. Properties: ``kind`` (name, inferred or candidate), ``candidate``, ``generic`` (False),
        ``score``, ``rule``, ``evidence`` (the reasons, one line), ``reasons`` (list) and the features.

    Examples:
        >>> from kg.model import Graph, Node, Edge, PAPER, MODEL, INTRODUCES, USES
        >>> G = Graph()
        >>> for pid, day in [("p1", "2023-02-27"), ("p2", "2023-07-18")]:
        ...     _ = G.add_node(Node(pid, PAPER, {"title": pid, "date": day}))
        >>> for mid, name in [("m1", "LLaMA"), ("m2", "Llama 2")]:
        ...     _ = G.add_node(Node(mid, MODEL, {"name": name}))
        >>> _ = G.add_edge(Edge("p1", INTRODUCES, "m1")); _ = G.add_edge(Edge("p2", INTRODUCES, "m2"))
        >>> [(e.source, e.target, e.props["kind"], e.props["rule"]) for e in infer_builds_on(G.to_networkx())]
        [('m2', 'm1', 'name', 'name-version')]
    """
    ps = papers(g) if ps is None else ps
    vectors = kind_vectors(g, ps) if vectors is None else vectors

    def admissible(score: float, e: Evidence) -> bool:  # what ``select`` may keep; the rest is dropped now
        if e.family_only:
            return score >= CANDIDATE_MIN_SCORE
        return score >= min_score if e.derivation else (e.candidate_ok and score >= CANDIDATE_MIN_SCORE)

    scored = [(score, e) for found in _evidence_by_model(g, max_gap_days, vectors, ps, neighbours) for e in found
              if admissible(score := e.score(weights, max_gap_days), e)]
    if not candidates:
        scored = [(s, e) for s, e in scored if not e.candidate]
    # a generic parent (a stated adaptation of the Transformer) names no earlier work: it leaves a model
    # open to inference as if it had no parent
    explicit = [(s, t) for s, t, a in g.edges(data=True) if a.get("type") == BUILDS_ON and not a.get("generic")]
    kept = select(scored, explicit, min_score=min_score, top_k=top_k, reduce=reduce)
    for _, e in kept:
        if e.papers:
            e.shared_terms = shared_terms(vectors.get(e.papers[0], {}), vectors.get(e.papers[1], {}))
    return [_edge(g, score, e) for score, e in kept]


def select(scored: Iterable[tuple[float, Evidence]], explicit: Iterable[tuple[str, str]], *,
           min_score: float, top_k: int, reduce: bool = True) -> list[tuple[float, Evidence]]:
    """The scored evidence to keep as edges: best first (on a tie, the nearer parent in time), ``top_k`` per
    model with its explicit parents counted, no cycle, no implied edge.

    Edges with a derivation signal at or above ``min_score`` come first; then each model left with no
    parent at all (explicit or kept) may take its one best candidate at or above ``CANDIDATE_MIN_SCORE``.
    """
    explicit = list(explicit)
    per_model: dict[str, int] = {}
    stated_count = Counter(s for s, _ in explicit)  # a model's explicit parents count toward its ``top_k``
    h = nx.DiGraph(explicit)
    kept: list[tuple[float, Evidence]] = []
    ranked = sorted(scored, key=lambda sc: (-sc[0], sc[1].source, sc[1].gap_days, sc[1].target))
    for score, e in ranked:
        if (not e.derivation or score < min_score or e.family_only
                or per_model.get(e.source, 0) + stated_count.get(e.source, 0) >= top_k):
            continue
        if e.target in h and e.source in h and nx.has_path(h, e.target, e.source):
            continue
        per_model[e.source] = per_model.get(e.source, 0) + 1
        h.add_edge(e.source, e.target)
        kept.append((score, e))
    parented = {s for s, _ in explicit} | set(per_model)
    siblings = {e.source: set(e.siblings) for _, e in ranked}  # a parent its own paper introduces beside it
    outside = set(per_model) | {s for s, t in explicit if t not in siblings.get(s, set())}

    def admit_orphans(admissible: Callable[[float, Any], bool], parents: set[str]) -> None:
        """Keep each admissible edge of a model still without a parent, unless it would close a cycle."""
        for score, e in ranked:
            if not admissible(score, e) or e.source in parents:
                continue
            if e.target in h and e.source in h and nx.has_path(h, e.target, e.source):
                continue
            parents.add(e.source)
            parented.add(e.source)
            h.add_edge(e.source, e.target)
            kept.append((score, e))

    # a family name alone counts only for a model with no parent but, at most, one its own paper introduces
    # beside it (DeepSeek-R1 after DeepSeek-R1-Zero still takes DeepSeek-V3); then candidates
    admit_orphans(lambda score, e: e.family_only and score >= CANDIDATE_MIN_SCORE, outside)
    admit_orphans(lambda score, e: not e.derivation and e.candidate_ok and score >= CANDIDATE_MIN_SCORE, parented)
    return _reduce(h, kept) if reduce else kept


def _reduce(h: Any, kept: list[tuple[float, Evidence]]) -> list[tuple[float, Evidence]]:
    """Drop each inferred edge that a chain of edges at least as strong already implies, weakest first.

    A chain through a parent the child's own paper introduces beside it (``Evidence.siblings``: Gemini 2.5
    Pro -> Gemini 2.5, one report) is no earlier step: Gemini 2.5 Pro -> Gemini stays.
    """
    strength = {(s, t): 1.0 for s, t in h.edges}
    strength.update({(e.source, e.target): score for score, e in kept})
    dropped: set[tuple[str, str]] = set()
    for score, e in sorted(kept, key=lambda sc: (sc[0], sc[1].source, sc[1].target)):
        h.remove_edge(e.source, e.target)
        if _reaches(h, strength, e.source, e.target, score, set(e.siblings)):
            dropped.add((e.source, e.target))
        else:
            h.add_edge(e.source, e.target)
    return [(score, e) for score, e in kept if (e.source, e.target) not in dropped]


def _reaches(h: Any, strength: Mapping[tuple[str, str], float], source: str, target: str, floor: float,
             avoid: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a path of edges each at least ``floor`` strong leads from source to target in h, through
    none of ``avoid``."""
    seen, stack = {source, *avoid}, [source]
    while stack:
        node = stack.pop()
        for nxt in h.successors(node):
            if nxt not in seen and strength[(node, nxt)] >= floor:
                if nxt == target:
                    return True
                seen.add(nxt)
                stack.append(nxt)
    return False


def _edge(g: GraphLike, score: float, e: Evidence) -> Edge:
    reasons = e.reasons(g)
    props: dict[str, Any] = {
        "inferred": True, "kind": e.kind, "candidate": e.kind == CANDIDATE, "generic": False,
        "score": round(score, 3), "rule": e.rule, "evidence": "; ".join(reasons),
        "reasons": list[Scalar](reasons), "shared_authors": list[Scalar](e.shared_authors),
        "shared_terms": list[Scalar](e.shared_terms), "similarity": round(e.similarity, 3),
        "gap_days": e.gap_days, "cited": e.cited, "mention": e.mention, "name_relation": e.relation}
    if e.base:
        props["sentence"] = e.base
    return Edge(e.source, BUILDS_ON, e.target, props)
