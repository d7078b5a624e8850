"""What the build keeps of the BUILDS_ON edges extraction states, before inference adds its own."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import networkx as nx

from kg.analysis.common import GraphLike, node_name
from kg.analysis.lineage.generic import is_generic, is_version, same_model
from kg.analysis.lineage.walk import ModelDate, model_dates
from kg.model import BUILDS_ON, MODEL
from kg.names import VARIES, VERSIONS, NameParts, name_relation, parse_name


ADOPTED_PART = "adopted-part"  # kg.extract.builds_on.ADOPTED_PART, not imported (the extractor's package loads spaCy):
# a parent an adopted-architecture list names that the child's paper introduces too ("Ours adopts novel architectures
# including A"), a parent only if introduced earlier


def review_stated(g: GraphLike, dates: Mapping[str, ModelDate] | None = None
                  ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The explicit BUILDS_ON edges to drop and those to mark ``generic``, as (source, target) id pairs
    (``dates``: ``model_dates(g)``, when the caller has them).

    Dropped: an edge between a model and its own size or version alias ("Llama-7B" -> "LLaMA"), and an edge
    to a generic architecture resting on a name relation only (``rule`` name-...): only a stated adaptation
    ("we adapt the Transformer ...") links a model to a generic architecture, and that edge is marked.
    Dropped too: an edge whose parent's introducing date is later than its child's (both introduced by a
    dated paper; compared at the precision both give, ``before``: a child dated only by its year is not
    earlier than a parent of that year): a later paper that names the parent cannot have been its source, so one of the two
    introductions or the edge is wrong, and the edge is the one a reader would be misled by.
    Dropped too: an edge of rule ADOPTED_PART whose parent no paper introduced before the child's (a part the
    child's paper adopts as new: "Ours adopts novel architectures including A"); one introduced earlier stays.
    Dropped last: a name edge a chain of kept edges implies, its first step stated by the text (``_implied_names``).

    Examples:
        >>> from kg.model import Graph, Node, Edge, MODEL, BUILDS_ON
        >>> G = Graph()
        >>> for i, n in enumerate(["Swin Transformer", "Transformer", "Zeta", "Zeta 7B", "Alpa"]):
        ...     _ = G.add_node(Node(f"m{i}", MODEL, {"name": n}))
        >>> for s, t, rule in [("m0", "m1", "name-extension"), ("m2", "m1", "text-cue"), ("m3", "m2", "text-cue"),
        ...                    ("m2", "m4", "text-cue")]:
        ...     _ = G.add_edge(Edge(s, BUILDS_ON, t, {"rule": rule}))
        >>> review_stated(G.to_networkx())
        ([('m0', 'm1'), ('m3', 'm2')], [('m2', 'm1')])
        >>> from kg.model import PAPER, INTRODUCES
        >>> for pid, day, m in [("p1", "2024-01-01", "m2"), ("p2", "2024-06-01", "m4")]:
        ...     _ = G.add_node(Node(pid, PAPER, {"title": pid, "date": day})); _ = G.add_edge(Edge(pid, INTRODUCES, m))
        >>> review_stated(G.to_networkx())[0]
        [('m0', 'm1'), ('m2', 'm4'), ('m3', 'm2')]
    """
    dates = model_dates(g) if dates is None else dates
    drop, generic = [], []
    versions: dict[tuple[str, ...], list[tuple[tuple[int, ...], str]]] = {}  # family -> (version, date) introduced
    for n, a in g.nodes(data=True):
        if a.get("label") == MODEL and n in dates and dates[n].date:
            parts = parse_name(node_name(g, n))
            if parts.version is not None and is_version(parts):
                versions.setdefault(parts.family, []).append((parts.version, dates[n].date))
    stated = [(s, t, a) for s, t, a in g.edges(data=True) if a.get("type") == BUILDS_ON and not a.get("inferred")]
    for s, t, a in sorted(stated, key=lambda e: (e[0], e[1])):  # sorting only these: a stable sort, same order
        child, parent = dates[s].date if s in dates else "", dates[t].date if t in dates else ""
        if same_model(node_name(g, s), node_name(g, t)) or (child and parent and before(child, parent)):
            drop.append((s, t))
        elif a.get("rule") == ADOPTED_PART and not (child and parent and before(parent, child)):
            drop.append((s, t))
        elif a.get("rule") == "name-version" and child and _skips_a_version(
                parse_name(node_name(g, s)), parse_name(node_name(g, t)), child, versions):
            drop.append((s, t))
        elif is_generic(node_name(g, t)):
            (drop if str(a.get("rule", "")).startswith("name-") else generic).append((s, t))
    return drop + _implied_names(stated, set(drop), set(generic), lambda n: node_name(g, n)), generic


def _implied_names(stated: list[tuple[str, str, Any]], drop: set[tuple[str, str]], generic: set[tuple[str, str]],
                   name: Callable[[str], str] = str) -> list[tuple[str, str]]:
    """The name edges (``rule`` name-...) a chain of kept edges implies, the chain's first step stated by the
    text: "Wisp 2 Mini is obtained by pruning Wisp 2", the successor of Wisp, leaves the name relation
    Wisp 2 Mini -> Wisp a longer way round, not a parent; so does a stated parent whose name (``name`` of its
    id) is a version or variant of the name parent's, with no edge between them: "Pest-Wisp, a Wisp5-based
    detector" builds on Wisp5, a release of Wisp.

    Examples:
        >>> edges = [("mini", "w2", {"rule": "text-cue"}), ("w2", "w", {"rule": "text-cue"}),
        ...          ("mini", "w", {"rule": "name-version"}), ("pro", "w", {"rule": "name-variant"})]
        >>> _implied_names(edges, set(), set())
        [('mini', 'w')]
        >>> edges = [("Pest-Wisp", "Wisp5", {"rule": "text-cue"}), ("Pest-Wisp", "Wisp", {"rule": "name-extension"})]
        >>> _implied_names(edges, set(), set())
        [('Pest-Wisp', 'Wisp')]
    """
    kept = [(s, t, a) for s, t, a in stated if (s, t) not in drop and (s, t) not in generic]
    h = nx.DiGraph((s, t) for s, t, _ in kept)
    named = [(s, t) for s, t, a in kept if str(a.get("rule", "")).startswith("name-")]
    text_parents: dict[str, list[str]] = {}  # child -> the parents its kept edges of other rules give, in order
    for s, t, a in kept:
        if not str(a.get("rule", "")).startswith("name-"):
            text_parents.setdefault(s, []).append(t)
    out = []
    for s, t in named:
        firsts = [p for p in text_parents.get(s, ()) if p != t]
        if not firsts:
            continue
        h.remove_edge(s, t)
        if any(nx.has_path(h, p, t) or name_relation(name(p), name(t)) in (VERSIONS, VARIES) for p in firsts):
            out.append((s, t))
        else:
            h.add_edge(s, t)
    return sorted(out)


def before(a: str, b: str) -> bool:
    """Whether the date text ``a`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) is before ``b``, at the precision
    both give: a bare year is before no date of that year.

    Examples:
        >>> before("2024-05-31", "2024-06-01"), before("2024", "2024-06-01"), before("2023", "2024-06")
        (True, False, True)
    """
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _skips_a_version(child: NameParts, parent: NameParts, day: str,
                     versions: dict[tuple[str, ...], list[tuple[tuple[int, ...], str]]]) -> bool:
    """Whether a version between ``parent``'s and ``child``'s is introduced in the graph before ``day``:
    GPT-3's abstract names GPT, but with GPT-2 introduced in between, GPT-3 builds on GPT-2 (inference
    links the nearest version) and reaches GPT through it.

    Examples:
        >>> v = {("gpt",): [((2,), "2019-02-14"), ((3,), "2020-05-28")]}
        >>> _skips_a_version(parse_name("GPT-3"), parse_name("GPT"), "2020-05-28", v)
        True
        >>> _skips_a_version(parse_name("GPT-2"), parse_name("GPT"), "2019-02-14", v)
        False
    """
    if child.family != parent.family or child.version is None:
        return False
    low = parent.version or ()
    return any(low < v < child.version and before(when, day) for v, when in versions.get(child.family, ()))
