"""Same-named models kept apart: two unrelated papers that each introduce a model of one name.

Extraction keys a model by its name, so an "Aurora" language model and an "Aurora" weather model become
one node. ``kept_apart`` finds such a node and says how to split it: the papers introducing it are
grouped (two are one maker's when they share a person author or an arXiv category other than a broad
catch-all one, ``broad`` in kg/data/arxiv_categories.json: cs.LG is shared by a language model and a
protein model; a paper without categories, or with broad ones only, is one maker's with every other),
and each group past the first (by date) gets its own node.
Every other edge of the node goes to the side whose papers it belongs with (below); what belongs with
both or neither stays on the first, the earlier introduction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from kg.analysis.common import GraphLike, PaperView, linked_groups, node_name, papers
from kg.model import BUILDS_ON, INTRODUCES, MODEL, PAPER
from kg.names import is_group_author
from kg.paths import DATA_DIR

KEPT_APART = "kept_apart"  # a Model property: the ids of the same-named models kept apart from it
APART_BY = "kept_apart_by"  # a Model property of each model kept apart: the paper introducing it


@dataclass
class Apart:
    """One model node to split: ``sides`` are (node id, introducing papers), the earliest first (it keeps
    ``node``); ``moved`` maps each edge key (source, type, target) that leaves the first side to its new key."""

    node: str
    name: str
    sides: list[tuple[str, list[str]]]
    moved: dict[tuple[str, str, str], tuple[str, str, str]] = field(default_factory=dict)


def side_id(node: str, paper: str) -> str:
    """The id of the node kept apart for the model ``node`` introduced by ``paper``.

    Examples:
        >>> side_id("model:aurora", "paper:arxiv:2405.13063")
        'model:aurora@arxiv:2405.13063'
    """
    return f"{node}@{paper.removeprefix('paper:')}"


def shown_name(g: GraphLike, node: str) -> str:
    """A model's name as output shows it: a model kept apart from a namesake carries its introducing
    paper's id.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("m", name="Aurora", kept_apart_by="paper:arxiv:2405.13063"); g.add_node("n", name="Zeta")
        >>> shown_name(g, "m"), shown_name(g, "n")
        ('Aurora [arxiv:2405.13063]', 'Zeta')
    """
    return apart_name(node_name(g, node), g.nodes[node])


def apart_name(name: str, attrs: Mapping[str, object]) -> str:
    """``name`` of a node with properties ``attrs``, followed by its introducing paper's id when it is a model
    kept apart from a namesake (``shown_name``).

    Examples:
        >>> apart_name("Aurora", {"kept_apart_by": "paper:arxiv:2405.13063"}), apart_name("Zeta", {})
        ('Aurora [arxiv:2405.13063]', 'Zeta')
    """
    paper = attrs.get(APART_BY)
    return f"{name} [{str(paper).removeprefix('paper:')}]" if paper else name


class _Makers:
    """Each paper's person authors and arXiv categories, read once (the sets the split compares)."""

    def __init__(self, g: GraphLike, ps: Mapping[str, PaperView]) -> None:
        self.g, self.ps = g, ps
        self.people: dict[str, frozenset[str]] = {}
        self.categories: dict[str, frozenset[str]] = {}  # its categories but the broad ones
        self.sides: dict[str, int | None] = {}  # paper -> its side, for the groups of the model being split
        self.index: dict[tuple[int, str], list[tuple[int, str]]] | None = None  # see _find_side
        self.papers_naming: dict[str, list[str]] = {}

    def of(self, p: str) -> tuple[frozenset[str], frozenset[str]]:
        if p not in self.people:
            g = self.g
            self.people[p] = frozenset(a for a in self.ps[p].authors if not is_group_author(node_name(g, a)))
            self.categories[p] = frozenset({str(c) for c in g.nodes[p].get("categories") or ()} - broad_categories())
        return self.people[p], self.categories[p]

    def naming(self, m: str) -> list[str]:
        """The papers with an edge to the model ``m``."""
        if m not in self.papers_naming:
            g = self.g
            self.papers_naming[m] = [p for p in g.predecessors(m) if g.nodes[p].get("label") == PAPER]
        return self.papers_naming[m]


@lru_cache(maxsize=1)
def broad_categories() -> frozenset[str]:
    """The catch-all arXiv categories (cs.LG, cs.AI, ...) that say nothing of a shared field."""
    return frozenset(json.loads((DATA_DIR / "arxiv_categories.json").read_text(encoding="utf-8"))["broad"])


def _groups(makers: _Makers, intro: list[str]) -> list[list[str]]:
    """The introducing papers grouped by maker (shared person author or category, broad ones left out; a
    paper without other categories joins every group): the connected groups, each and all in date order."""
    ps = makers.ps

    def day(x: str) -> tuple[int, str]:
        return (ps[x].day or 0, x)

    if any(not makers.of(p)[1] for p in intro):
        return [sorted(intro, key=day)]  # a paper without categories relates to every other: one group
    def maker_keys(p: str) -> list[tuple[int, str]]:
        people, categories = makers.of(p)
        return [(0, a) for a in people] + [(1, c) for c in categories]

    grouped = linked_groups(intro, maker_keys)
    return sorted((sorted(grp, key=day) for grp in grouped), key=lambda grp: day(grp[0]))


def _paper_side(makers: _Makers, p: str, groups: list[list[str]]) -> int | None:
    """The group a paper belongs with: its own, else the one it shares most person authors with, else
    the one it shares most categories with; None on a tie or when it shares nothing."""
    if p in makers.sides:
        return makers.sides[p]
    side = _find_side(makers, p, groups)
    makers.sides[p] = side
    return side


def _find_side(makers: _Makers, p: str, groups: list[list[str]]) -> int | None:
    for i, grp in enumerate(groups):
        if p in grp:
            return i
    if p not in makers.ps:
        return None
    if makers.index is None:  # (0 person / 1 category, value) -> (group, paper) of each introducing paper
        makers.index = {}
        for i, grp in enumerate(groups):
            for q in grp:
                people, categories = makers.of(q)
                for key in [(0, a) for a in people] + [(1, c) for c in categories]:
                    makers.index.setdefault(key, []).append((i, q))
    for part in (0, 1):
        shared: dict[tuple[int, str], int] = {}  # (group, paper) -> values it shares with p
        for value in makers.of(p)[part]:
            for hit in makers.index.get((part, value), ()):
                shared[hit] = shared.get(hit, 0) + 1
        best = [0] * len(groups)
        for (i, _), n in shared.items():
            best[i] = max(best[i], n)
        top = max(best)
        if top and best.count(top) == 1:
            return best.index(top)
    return None


def _model_side(makers: _Makers, m: str, groups: list[list[str]]) -> int | None:
    """The group a model belongs with: the one side every paper naming it belongs with, else None."""
    found = None
    for p in makers.naming(m):
        side = _paper_side(makers, p, groups)
        if side is None or (found is not None and side != found):
            return None  # a paper of neither side, or papers of two sides
        found = side
    return found


def kept_apart(g: GraphLike, ps: Mapping[str, PaperView] | None = None) -> list[Apart]:
    """The model nodes that unrelated papers each introduce, with how to split each (``Apart``), by node id.

    An edge from a paper goes with that paper's side (its own group, else the group it shares most person
    authors with, else most categories; a tie or nothing shared: the first side); a BUILDS_ON edge to or
    from another model goes with the side every paper naming that model belongs with.
    """
    ps = papers(g) if ps is None else ps
    out = []
    makers = _Makers(g, ps)
    for n in sorted(x for x, a in g.nodes(data=True) if a.get("label") == MODEL):
        intro = sorted({p for p, _, k in g.in_edges(n, keys=True) if k == INTRODUCES and p in ps})
        if len(intro) < 2:
            continue
        makers.sides, makers.index = {}, None  # both are for one model's groups
        groups = _groups(makers, intro)
        if len(groups) < 2:
            continue
        ids = [n] + [side_id(n, grp[0]) for grp in groups[1:]]
        apart = Apart(n, node_name(g, n), [(ids[i], grp) for i, grp in enumerate(groups)])
        for s, _, k in g.in_edges(n, keys=True):
            label = g.nodes[s].get("label")
            side = (_paper_side(makers, s, groups) if label == PAPER
                    else _model_side(makers, s, groups) if k == BUILDS_ON else None)
            if side:
                apart.moved[(s, k, n)] = (s, k, ids[side])
        for _, t, k in g.out_edges(n, keys=True):
            side = _model_side(makers, t, groups) if k == BUILDS_ON else None
            if side:
                apart.moved[(n, k, t)] = (ids[side], k, t)
        out.append(apart)
    return out

