"""Whole-graph analyses computed once at build time and stored as Summary nodes (``kg.model.SUMMARY``), the
way Neo4j GDS writes results back: ``kg collaboration`` and ``kg authors --check`` read them instead of
loading the whole store.

``summaries(graph)`` gives the nodes to add before the write: ``summary:collaboration`` (what
``kg.analysis.collab.collaboration`` returns with ``top=SUMMARY_TOP`` rows per list and seed ``SUMMARY_SEED``),
one ``summary:namesakes:<author id>`` per author whose papers fall into more than one group, or who owns
a listing (``kg.analysis.namesakes.group_papers``: paper ids per group, verdicts and evidence), and
``summary:terms``, the corpus's term counts (``kg.analysis.text.term_stats``) with which ``kg authors
--check-listing`` weighs a listing's papers as the whole corpus would. An author without a grouping has all
their printed papers in one group. Each node's ``data`` is the result as JSON text.

A grouping that reads no text evidence (``group_papers`` reads the papers' tf-idf vectors only when
co-authors and organizations leave more than one group possible, or a paper's vocabulary sets it apart) is a
function of what ``grouping_key`` hashes: the author, their papers (and those of the listings they own) with
each paper's fields and the names of its authors and organizations, and the code that groups. So ``kg build
--add`` keeps each such grouping whose key it already holds (``GroupingCache``, a file beside the database)
and groups again only the authors the added papers touch, and those whose grouping reads text: tf-idf
weighs every term by the whole corpus, so an added paper changes every vector, and those are grouped again.
The summaries are the same as grouping everyone.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import zlib
from pathlib import Path
from typing import Any

from kg.analysis import collab, namesakes
from kg.analysis.common import PaperView, listing_owners, node_name, papers
from kg.analysis.text import Vector, paper_vectors, term_stats
from kg.model import AFFILIATED_WITH, AUTHOR, AUTHORED, BUILDS_ON, CITES, HAS_TOPIC, PAPER, SUMMARY, Graph, Node

SUMMARY_VERSION = 1  # the layout of ``data``; a store with another version must be rebuilt
SUMMARY_TOP = 100  # rows kept per list of the stored collaboration summary: ``kg collaboration --top`` reads up to it
SUMMARY_SEED = 0  # the seed of the stored communities (``kg collaboration --seed``'s default)
COLLABORATION_ID = "summary:collaboration"
TERMS_ID = "summary:terms"
NAMESAKES_READS = (AUTHORED, AFFILIATED_WITH, HAS_TOPIC)  # what describing a stored grouping reads per paper


def namesakes_id(author_id: str) -> str:
    """The id of the Summary node holding ``author_id``'s grouping.

    Examples:
        >>> namesakes_id("author:wei wang")
        'summary:namesakes:author:wei wang'
    """
    return f"summary:namesakes:{author_id}"


def summaries(graph: Graph, seed: int = SUMMARY_SEED, vectors: dict[str, Vector] | None = None,
              cache: GroupingCache | None = None) -> Graph:
    """The Summary nodes of ``graph`` (left unchanged): the collaboration summary, the namesake groupings and
    the corpus's term counts (``vectors``: ``paper_vectors`` of ``graph``'s projection, when the caller has
    them; the build passes those lineage inference made; ``cache``: as ``author_groups``).

    Cost (a 100,000-paper build, 2 cores): see the README's build figures; the collaboration part is
    ``collab.collaboration`` once, the namesakes part one pass over the papers' terms, one tf-idf pass
    (only when no ``vectors`` are given) and a grouping per author; the term counts one pass over the vectors.
    """
    if vectors is None:  # text evidence reads the papers' entity edges: the projection holds them
        g = _projection(graph)
        ps = papers(g)
    else:
        g, ps = _paper_views(graph)
    out = Graph()
    result = collab.collaboration(g, top=SUMMARY_TOP, seed=seed, ps=ps)
    out.add_node(_summary(COLLABORATION_ID, "collaboration", result, seed=seed, top=SUMMARY_TOP))
    known: dict[str, Vector] = {} if vectors is None else vectors  # author_groups fills it when text is needed
    for aid, grouped in author_groups(g, ps, known, cache).items():
        out.add_node(_summary(namesakes_id(aid), "namesakes", grouped, author=aid))
    out.add_node(_summary(TERMS_ID, "terms", term_stats(known or paper_vectors(g, ps))))
    return out


def with_summaries(graph: Graph, seed: int = SUMMARY_SEED, vectors: dict[str, Vector] | None = None,
                   cache: GroupingCache | None = None) -> Graph:
    """A new Graph: ``graph`` (left unchanged; its nodes and edges are shared, not copied) with its
    ``summaries`` added, replacing any it held. What a store needs for ``kg collaboration`` and ``kg authors
    --check``: ``kg build`` writes it, and so should anything else that writes a store from a Graph
    (``vectors``, ``cache``: as ``summaries``).
    """
    out = Graph({nid: n for nid, n in graph.nodes.items() if n.label != SUMMARY}, dict(graph.edges))
    for node in summaries(out, seed, vectors, cache).nodes.values():
        out.add_node(node)
    # networkx graphs hold their cached views in reference cycles: without a full collection the
    # projection and the co-author network stay in memory through the store write
    gc.collect()
    return out


def author_groups(g: collab.GraphLike, ps: dict[str, PaperView] | None = None,
                  known: dict[str, Vector] | None = None, cache: GroupingCache | None = None
                  ) -> dict[str, dict[str, Any]]:
    """Author id -> ``{"listings": owned listing files, **namesakes.group_papers(...)}`` for every author of
    ``g`` whose papers (printed, or in a listing that is theirs) fall into more than one group or who owns a
    listing; exactly what ``namesakes.check_author`` groups. Authors in one group are left out (``ps``:
    ``papers(g)``, ``known``: ``paper_vectors(g, ps)``, when the caller has them). With ``cache``, an author
    whose ``grouping_key`` it holds is not grouped again, and each grouping that read no text is put in it
    (the module docstring says why those only)."""
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
    vectors: dict[str, Vector] = {} if known is None else known
    words: dict[str, set[str]] = {}

    def lazy() -> dict[str, Vector]:
        if not vectors:
            vectors.update(paper_vectors(g, ps))
        return vectors

    digests: dict[str, str] = {}  # paper id -> ``paper_digest``, made once
    out = {}
    for aid in sorted(a for a, attrs in g.nodes(data=True) if attrs.get("label") == AUTHOR):
        named = printed.get(aid, set())
        owned = by_owner.get(aid, [])
        ids = sorted(named.union(*(by_listing[x] for x in owned)))
        if len(ids) < 2 and not owned:
            continue
        if cache is None:
            grouped = namesakes.group_papers(g, ps, ids, person=aid, named=named, vectors=lazy, words=words)
        else:
            for p in ids:
                if p not in digests:
                    digests[p] = paper_digest(g, ps[p])
            key = grouping_key(aid, ids, named, owned, [digests[p] for p in ids])
            grouped = cache.get(key)
            if grouped is None:
                read: list[bool] = []  # whether the grouping read the vectors

                def watched() -> dict[str, Vector]:
                    read.append(True)
                    return lazy()

                grouped = cache.put(key, namesakes.group_papers(g, ps, ids, person=aid, named=named,
                                                                vectors=watched, words=words), keep=not read)
        if len(grouped["clusters"]) > 1 or owned:
            out[aid] = {"listings": owned, **grouped}
    return out


GROUPINGS = "namesakes.jsonl.gz"  # the grouping cache's file name inside a store's database directory
GROUPING_FORMAT = 1  # of ``grouping_key`` and the cache file
# The code an author's grouping runs (kg.analysis and the name and model helpers it calls): a change to any
# of it makes a stored cache stale
_GROUPING_CODE = ("analysis/namesakes.py", "analysis/summary.py", "analysis/common.py", "analysis/text.py",
                  "names.py", "model.py")


def paper_digest(g: collab.GraphLike, p: PaperView) -> str:
    """Hex hash of what grouping an author reads about paper ``p`` besides its tf-idf vector: its fields and
    the names of its authors and organizations in ``g``."""
    names = [node_name(g, x) for x in [*p.authors, *sorted(p.orgs)]]
    text = json.dumps([p.id, p.title, p.abstract, p.day, p.year, p.date, p.truncated, p.authors, sorted(p.orgs),
                       sorted(p.topics), p.listings, names], ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def grouping_key(author: str, ids: list[str], named: set[str], owned: list[str], digests: list[str]) -> str:
    """Hex hash of everything ``author``'s grouping depends on when it reads no text: the papers ``ids``
    (``named``: those that print the name; ``owned``: the author's listings) and each one's ``paper_digest``
    (``digests``, in ``ids`` order).

    Examples:
        >>> grouping_key("author:a", ["p1", "p2"], {"p1"}, [], ["d1", "d2"]) == grouping_key(
        ...     "author:a", ["p1", "p2"], {"p1"}, [], ["d1", "d3"])
        False
    """
    text = json.dumps([GROUPING_FORMAT, author, ids, sorted(named), owned, digests], ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def grouping_fingerprint() -> str:
    """Hex hash of the code that groups (``_GROUPING_CODE``) and GROUPING_FORMAT."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(f"format {GROUPING_FORMAT}\0".encode(), digest_size=16)
    for name in _GROUPING_CODE:
        digest.update(f"{name}\0".encode())
        digest.update(hashlib.blake2b((package / name).read_bytes(), digest_size=16).digest())
    return digest.hexdigest()


class GroupingCache:
    """Namesake groupings that read no text, by ``grouping_key``: those an earlier build kept (``load``), and
    those this build made or reused, to keep (``dump``). A grouping made now and one read back both pass
    through the same JSON text, so the summaries are the same either way.

    File (gzipped text): a first line ``{"fingerprint": "<hex>"}`` (``grouping_fingerprint``), then one line
    per grouping, ``<key>\t<JSON>``, in key order.
    """

    def __init__(self) -> None:
        self.fingerprint = grouping_fingerprint()
        self._old: dict[str, str] = {}
        self._new: dict[str, str] = {}
        self.reused = 0  # groupings read from the loaded file
        self.grouped = 0  # groupings made by this build

    def load(self, path: str | Path) -> int:
        """Read the cache file ``path`` (a missing, damaged or stale file gives nothing: it is only a cache);
        returns how many groupings it made available."""
        old: dict[str, str] = {}
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                head = json.loads(handle.readline() or "null")
                if not isinstance(head, dict) or head.get("fingerprint") != self.fingerprint:
                    return 0
                for line in handle:
                    key, sep, body = line.rstrip("\n").partition("\t")
                    if not sep:
                        return 0
                    old[key] = body
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError):
            return 0
        self._old = old
        return len(old)

    def get(self, key: str) -> dict[str, Any] | None:
        """The loaded grouping under ``key`` (kept for ``dump``), or None."""
        body = self._old.get(key)
        if body is None:
            return None
        self.reused += 1
        self._new[key] = body
        result: dict[str, Any] = json.loads(body)
        return result

    def put(self, key: str, grouped: dict[str, Any], *, keep: bool) -> dict[str, Any]:
        """``grouped``, made now, as read back from its JSON text; kept for ``dump`` when ``keep``."""
        body = json.dumps(grouped, ensure_ascii=False, separators=(",", ":"))
        self.grouped += 1
        if keep:
            self._new[key] = body
        result: dict[str, Any] = json.loads(body)
        return result

    def dump(self) -> bytes:
        """The gzipped cache file of every grouping this build used."""
        out = [json.dumps({"fingerprint": self.fingerprint}) + "\n"]
        out += [f"{key}\t{self._new[key]}\n" for key in sorted(self._new)]
        return gzip.compress("".join(out).encode("utf-8"), compresslevel=1, mtime=0)


def _summary(nid: str, kind: str, data: dict[str, Any], **props: Any) -> Node:
    return Node(nid, SUMMARY, {"kind": kind, "version": SUMMARY_VERSION, **props,
                               "data": json.dumps(data, ensure_ascii=False, separators=(",", ":"))})


def _projection(graph: Graph, edges: bool = True) -> Any:
    """What the summaries read of ``graph``, as networkx shaped like ``Graph.to_networkx``: papers with their
    properties, other nodes with their name only, AUTHORED edges with their position, the other edges of
    papers without properties (BUILDS_ON and CITES left out): a smaller copy than the whole graph. Without
    ``edges``, the nodes only (what naming a node reads)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_nodes_from(
        (n.id, {"label": n.label, **{k: v for k, v in n.props.items() if v is not None}}) if n.label == PAPER
        else (n.id, {"label": n.label, **({"name": n.props["name"]} if n.props.get("name") is not None else {})})
        for n in sorted(graph.nodes.values(), key=lambda n: n.id) if n.label != SUMMARY)
    if not edges:
        return g
    for e in sorted(graph.edges.values(), key=lambda e: e.key):
        if e.type == AUTHORED:
            g.add_edge(e.source, e.target, key=e.type, type=e.type,
                       **{k: v for k, v in e.props.items() if v is not None})
        elif e.type not in (BUILDS_ON, CITES):
            g.add_edge(e.source, e.target, key=e.type, type=e.type)
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
