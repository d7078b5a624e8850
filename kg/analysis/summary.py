"""Whole-graph analyses computed once at build time and stored as Summary nodes (``kg.model.SUMMARY``), the
way Neo4j GDS writes results back: ``kg collaboration``, ``kg authors --check`` and the collaboration view
read them instead of loading the whole store.

``summaries(graph)`` gives the nodes to add before the write: ``summary:collaboration`` (what
``kg.analysis.collab.collaboration`` returns with ``top=SUMMARY_TOP`` rows per list and seed ``SUMMARY_SEED``),
one ``summary:namesakes:<author id>`` per author whose papers fall into more than one group, or who owns
a listing (``kg.analysis.namesakes.group_papers``: paper ids per group, verdicts and evidence),
``summary:collaboration-view`` (what the collaboration view draws with the shipped style,
``collab.drawn_network``: ``kg viz --view collaboration`` reads it and the drawn authors only),
``summary:owners``, each listing owner's own papers that do not print them (``owners``: the papers the
collaboration summary, ``kg coauthors`` and the viewer count them on, marked inferred). An author without
a grouping has all their printed papers in one group. Each node's ``data`` is the result as JSON text.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kg.analysis import collab, namesakes
from kg.analysis.collab import OWNERS_ID
from kg.analysis.common import PaperView, listing_owners, node_name, papers
from kg.analysis.namesakes import namesakes_id
from kg.analysis.text import ENTITY_LABELS, TermCounts
from kg.model import AFFILIATED_WITH, AUTHOR, AUTHORED, BUILDS_ON, CITES, HAS_TOPIC, PAPER, SUMMARY, Graph, Node
from kg.paths import VISUALIZATIONS_DIR

SUMMARY_VERSION = 3  # the layout of ``data``; a store with another version must be rebuilt
SUMMARY_TOP = 100  # rows kept per list of the stored collaboration summary: ``kg collaboration --top`` reads up to it
SUMMARY_SEED = 0  # the seed of the stored communities (``kg collaboration --seed``'s default)
COLLABORATION_ID = "summary:collaboration"
COLLABORATION_VIEW_ID = "summary:collaboration-view"  # what the collaboration view draws, for the shipped style
NAMESAKES_READS = (AUTHORED, AFFILIATED_WITH, HAS_TOPIC)  # what describing a stored grouping reads per paper
GROUPINGS = "groupings.json.gz"  # the grouping cache's file name inside a store's database directory
_PACKAGE = Path(__file__).resolve().parent.parent  # kg/
# the code a grouping runs: a cache made by other code is not read
_GROUPING_CODE = ("analysis/namesakes.py", "analysis/text.py", "analysis/common.py", "analysis/summary.py",
                  "names.py", "model.py")


class GroupingCache:
    """Namesake groupings by the hash of everything ``namesakes.group_papers`` reads for one author
    (``grouping_key``), kept with the store for ``kg build --add``: a grouping's text evidence is weighed over
    the author's own papers, so an author whose papers and their co-authors, organizations, text and entity
    names are unchanged gets the grouping again, read from here; only the authors an added paper touches
    are grouped again. ``known``: what the last build kept; ``kept``: what this one uses, for the next.
    File: gzipped JSON ``{"fingerprint": hash of the grouping code, "groupings": {key: grouping}}``."""

    def __init__(self) -> None:
        self.known: dict[str, dict[str, Any]] = {}
        self.kept: dict[str, dict[str, Any]] = {}
        self.reused = 0

    @staticmethod
    def fingerprint() -> str:
        """Hex hash of the code a grouping runs and of SUMMARY_VERSION."""
        digest = hashlib.blake2b(f"{SUMMARY_VERSION}\0".encode(), digest_size=16)
        for name in _GROUPING_CODE:
            digest.update(f"{name}\0".encode() + (_PACKAGE / name).read_bytes())
        return digest.hexdigest()

    def load(self, path: str | Path) -> None:
        """Read the groupings a build kept at ``path`` (none when the file is missing or from other code)."""
        path = Path(path)
        if path.is_file():
            data = json.loads(gzip.decompress(path.read_bytes()))
            if data.get("fingerprint") == self.fingerprint():
                self.known = data["groupings"]

    def get(self, key: str) -> dict[str, Any] | None:
        """The grouping the last build kept under ``key`` (``grouping_key``), or None; counted in ``reused``."""
        grouped = self.known.get(key)
        if grouped is not None:
            self.reused += 1
        return grouped

    def dump(self) -> bytes:
        """The file of the groupings this build used (sorted, no timestamp: the same groupings, the same bytes)."""
        text = json.dumps({"fingerprint": self.fingerprint(), "groupings": dict(sorted(self.kept.items()))},
                          ensure_ascii=False, separators=(",", ":"))
        return gzip.compress(text.encode("utf-8"), mtime=0)


def summaries(graph: Graph, seed: int = SUMMARY_SEED, cache: GroupingCache | None = None) -> Graph:
    """The Summary nodes of ``graph`` (left unchanged): the collaboration summary and the namesake groupings
    (``cache``: as ``author_groups``).

    Cost (a 100,000-paper build, 2 cores): see docs/measurements.md, Build; the collaboration part is
    ``collab.collaboration`` once, the namesakes part a grouping per author, and for the groupings that
    need text evidence, tf-idf vectors of that author's papers (``namesakes.own_vectors``).
    """
    g, ps = _paper_views(graph)
    out = Graph()
    groups = author_groups(g, ps, _EntityTexts(graph), cache)
    owned = owners(ps, groups)
    net = collab.network(g, collab.with_owners(ps, owned), seed)
    result = collab.collaboration(g, top=SUMMARY_TOP, seed=seed, net=net)
    out.add_node(_summary(COLLABORATION_ID, "collaboration", result, seed=seed, top=SUMMARY_TOP))
    params = collab.drawn_params(json.loads((VISUALIZATIONS_DIR / "style.json").read_text(encoding="utf-8")))
    drawing = collab.drawn_network(net, g, **params)
    out.add_node(_summary(COLLABORATION_VIEW_ID, "collaboration-view", {"params": params, **drawing}, seed=seed,
                          layout=collab.DRAWN_LAYOUT))
    for aid, grouped in groups.items():
        out.add_node(_summary(namesakes_id(aid), "namesakes", grouped, author=aid))
    out.add_node(_summary(OWNERS_ID, "owners", owned))
    return out


def with_summaries(graph: Graph, seed: int = SUMMARY_SEED, cache: GroupingCache | None = None) -> Graph:
    """A new Graph: ``graph`` (left unchanged; its nodes and edges are shared, not copied) with its
    ``summaries`` added, replacing any it held. What a store needs for ``kg collaboration`` and ``kg authors
    --check``: ``kg build`` writes it, and so should anything else that writes a store from a Graph
    (``cache``: as ``author_groups``).
    """
    out = Graph({nid: n for nid, n in graph.nodes.items() if n.label != SUMMARY}, dict(graph.edges))
    for node in summaries(out, seed, cache).nodes.values():
        out.add_node(node)
    # networkx graphs hold their cached views in reference cycles: without a full collection the
    # projection and the co-author network stay in memory through the store write
    gc.collect()
    return out


def author_groups(g: collab.GraphLike, ps: dict[str, PaperView] | None = None,
                  texts: _EntityTexts | None = None, cache: GroupingCache | None = None) -> dict[str, dict[str, Any]]:
    """Author id -> ``{"listings": owned listing files, **namesakes.group_papers(...)}`` for every author of
    ``g`` whose papers (printed, or in a listing that is theirs) fall into more than one group or who owns a
    listing; exactly what ``namesakes.check_author`` groups. Authors in one group are left out (``ps``:
    ``papers(g)``, when the caller has it; ``texts``: the papers' entity edges, when ``g`` lacks them). With
    ``cache`` (and ``texts``), a grouping whose ``grouping_key`` it knows is read from it, not made again,
    and every grouping is put in it."""
    ps = papers(g) if ps is None else ps
    by_owner: dict[str, list[str]] = {}
    for listing, owner in sorted(listing_owners(g, ps).items()):
        by_owner.setdefault(owner, []).append(listing)
    printed: dict[str, set[str]] = {}
    for pid, p in ps.items():
        for a in p.authors:
            printed.setdefault(a, set()).add(pid)
    by_listing: dict[str, set[str]] = {}
    for pid, p in ps.items():
        for listing in p.listings:
            by_listing.setdefault(listing, set()).add(pid)
    words: dict[str, tuple[str, ...]] = {}
    counts = TermCounts()
    keys: dict[str, bytes] = {}  # paper id -> the hash of what a grouping reads of it (``grouping_key``)
    out = {}
    for aid in sorted(a for a, attrs in g.nodes(data=True) if attrs.get("label") == AUTHOR):
        named = printed.get(aid, set())
        owned = by_owner.get(aid, [])
        ids = sorted(named.union(*(by_listing[x] for x in owned)))
        if len(ids) < 2 and not owned:
            continue
        key = grouping_key(g, ps, aid, ids, named, owned, texts, keys) if cache is not None and texts else ""
        grouped = cache.get(key) if key and cache is not None else None
        if grouped is None:
            grouped = namesakes.group_papers(g, ps, ids, person=aid, named=named, texts=texts, words=words,
                                             counts=counts)
        if key and cache is not None:
            cache.kept[key] = grouped
        if len(grouped["clusters"]) > 1 or owned:
            out[aid] = {"listings": owned, **grouped}
    return out


def owners(ps: dict[str, PaperView], groups: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Listing owner id -> their own papers (``namesakes.own_papers`` of their grouping, ``groups``: as
    ``author_groups`` gives it) that do not print them, sorted; owners with none left out. A paper whose full
    author list (not cut short) leaves the owner out is not theirs to be added to.

    Examples:
        >>> p = PaperView("p1", "P", None, None, "", True, authors=["b"])
        >>> owners({"p1": p}, {"a": {"listings": ["l.txt"], "clusters": [{"ids": ["p1"], "core": True}]}})
        {'a': ['p1']}
    """
    out = {}
    for aid, grouped in sorted(groups.items()):
        if grouped["listings"]:
            unprinted = sorted(p for p in namesakes.own_papers(grouped) if p in ps and aid not in ps[p].authors
                               and (ps[p].truncated or not ps[p].authors))
            if unprinted:
                out[aid] = unprinted
    return out


def _summary(nid: str, kind: str, data: dict[str, Any], **props: Any) -> Node:
    return Node(nid, SUMMARY, {"kind": kind, "version": SUMMARY_VERSION, **props,
                               "data": json.dumps(data, ensure_ascii=False, separators=(",", ":"))})


def _projection(graph: Graph, edges: bool = True) -> Any:
    """What the summaries read of ``graph``, as networkx shaped like ``Graph.to_networkx``: papers with their
    properties, other nodes with their name only, AUTHORED edges with their position, the other edges of
    papers without properties (BUILDS_ON and CITES left out): a smaller copy than the whole graph. Without
    ``edges``, the nodes only (what naming a node reads), every node's neighbours one empty read-only mapping."""
    import networkx as nx

    g = nx.MultiDiGraph()
    nodes = ((n.id, {"label": n.label, **{k: v for k, v in n.props.items() if v is not None}}) if n.label == PAPER
             else (n.id, {"label": n.label, **({"name": n.props["name"]} if n.props.get("name") is not None else {})})
             for n in sorted(graph.nodes.values(), key=lambda n: n.id) if n.label != SUMMARY)
    if not edges:  # as add_nodes_from fills networkx's dicts, every node's neighbours one shared empty mapping
        none: Mapping[str, Any] = MappingProxyType({})  # (two dicts per node took a third of the projection)
        for nid, attrs in nodes:
            g._node[nid], g._succ[nid], g._pred[nid] = attrs, none, none
        return g
    g.add_nodes_from(nodes)
    for e in sorted(graph.edges.values(), key=lambda e: e.key):
        if e.type == AUTHORED:
            g.add_edge(e.source, e.target, key=e.type, type=e.type,
                       **{k: v for k, v in e.props.items() if v is not None})
        elif e.type not in (BUILDS_ON, CITES):
            g.add_edge(e.source, e.target, key=e.type, type=e.type)
    return g


_paper_json = json.JSONEncoder(ensure_ascii=False).encode  # ``json.dumps(x, ensure_ascii=False)``, its encoder made once


def grouping_key(g: Any, ps: dict[str, PaperView], aid: str, ids: list[str], named: set[str], owned: list[str],
                 texts: _EntityTexts, known: dict[str, bytes]) -> str:
    """Hex hash of everything ``namesakes.group_papers`` reads to group ``aid``'s papers ``ids``: the author,
    the papers (``named``: those printing the name; ``owned``: the author's listings), and of each paper its
    title, abstract, dates, authors and organizations with their names, and its entity edges with the
    entities' names (``known``: each paper's part, filled as it is made)."""
    digest = hashlib.blake2b(json.dumps([aid, ids, sorted(named), owned]).encode("utf-8"), digest_size=16)
    for p in ids:
        part = known.get(p)
        if part is None:
            v = ps[p]
            orgs = sorted(v.orgs)
            part = known[p] = hashlib.blake2b(_paper_json(
                [p, v.title, v.abstract, v.date, v.day, v.year, v.authors, [node_name(g, a) for a in v.authors],
                 orgs, [node_name(g, o) for o in orgs], texts.entities(p)]).encode("utf-8"),
                digest_size=16).digest()
        digest.update(part)
    return digest.hexdigest()


class _EntityTexts:
    """``texts`` for ``namesakes.group_papers``: papers' ids -> a networkx graph of those papers and their
    edges to entities (``kg.analysis.text.ENTITY_LABELS``), in key order as ``_projection`` holds them; the
    index of those edges by paper (type, entity id, type, entity id, ...: no pair object per edge) is made on
    first use."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.index: dict[str, list[str]] | None = None

    def edges(self, p: str) -> list[tuple[str, str]]:
        """Paper ``p``'s (type, entity id) edges to entities, in key order."""
        if self.index is None:
            self.index = {}
            nodes = self.graph.nodes
            for s, kind, t in sorted(k for k in self.graph.edges if nodes[k[2]].label in ENTITY_LABELS):
                self.index.setdefault(s, []).extend((kind, t))
        row = self.index.get(p, [])
        return list(zip(row[::2], row[1::2]))

    def entities(self, p: str) -> list[tuple[str, str, str, Any]]:
        """Paper ``p``'s entity edges as (type, entity id, label, name)."""
        nodes = self.graph.nodes
        return [(kind, t, nodes[t].label, nodes[t].props.get("name")) for kind, t in self.edges(p)]

    def __call__(self, ids: list[str]) -> Any:
        import networkx as nx

        g = nx.MultiDiGraph()
        for p in ids:
            g.add_node(p, label=PAPER)
            for kind, t in self.edges(p):
                node = self.graph.nodes[t]
                g.add_node(t, label=node.label, **({"name": node.props["name"]} if node.props.get("name") is not None
                                                     else {}))
                g.add_edge(p, t, key=kind, type=kind)
        return g


def _paper_views(graph: Graph) -> tuple[Any, dict[str, PaperView]]:
    """``_projection(graph)`` without its edges (what naming a node reads) and ``papers`` of the whole
    projection, read from ``graph``'s edges directly: the same views (fields, author order, paper order),
    without a networkx copy of every edge."""
    g = _projection(graph, edges=False)
    ps = papers(g)  # the nodes' fields; authors, organizations and topics from the edges below
    authored: dict[str, list[tuple[int, str]]] = {}
    for e in graph.edges.values():
        if e.type == AUTHORED:
            if e.target in ps:
                position = e.props.get("position")
                authored.setdefault(e.target, []).append((int(0 if position is None else position), e.source))
        elif e.source in ps:
            if e.type == AFFILIATED_WITH:
                ps[e.source].orgs.add(e.target)
            elif e.type == HAS_TOPIC:
                ps[e.source].topics.add(e.target)
    for pid, rows in authored.items():
        ps[pid].authors = [a for _, a in sorted(rows)]
    return g, ps


def collaboration_rows(data: dict[str, Any], top: int) -> dict[str, Any]:
    """A stored collaboration summary cut to ``top`` rows per list: ``collab.collaboration(g, top)`` for any
    ``top`` up to the stored one.

    Examples:
        >>> collaboration_rows({"central": [1, 2, 3], "bridges": [], "strongest_pairs": [5, 6],
        ...                     "communities": [{"id": 1, "members": ["a", "b"]}]}, 1)["communities"]
        [{'id': 1, 'members': ['a']}]
    """
    return {**data, "central": data["central"][:top], "bridges": data["bridges"][:top],
            "strongest_pairs": data["strongest_pairs"][:top],
            "communities": [{**c, "members": c["members"][:top]} for c in data["communities"][:top]]}
