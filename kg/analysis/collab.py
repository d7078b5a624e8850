"""Co-authorship: who writes with whom, how often and when; central authors, communities and bridges.

Weights count only the authors a listing names. A listing that ends in ``et al.`` names the first
authors only, so every count here is a lower bound for such papers; the results say how many.

A hyperauthored paper (more than ``MAX_PAIR_AUTHORS`` authors: a consortium or collaboration paper) adds
no co-author pairs: its n authors would add n(n-1)/2 pairs (1,124,250 for 1,500 authors), swamping the
network of ordinary papers and taking minutes. Its authors still count it among their papers, and the
results say how many papers were left out of the pairs.

A listing's owner (``kg.analysis.common.listing_owners``) wrote every paper of it that ``kg authors --check``
finds to be theirs (``kg.analysis.namesakes.own_papers``), also where the printed list was cut before their
name: those papers count them as an author, after the printed ones, marked inferred (``owner_edges``,
``with_owners``), here as in lineage evidence and in the viewer.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import math
import random
import shlex
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

import networkx as nx

from kg.analysis.common import GraphLike, PaperView, find_node, node_name, papers
from kg.analysis.namesakes import namesakes_id, set_apart
from kg.errors import NodeNotFound
from kg.model import AUTHOR, AUTHORED, PAPER, Edge
from kg.names import is_group_author

TRUNCATION_NOTE = ("{n} of {total} papers list only their first authors ('et al.'): "
                   "co-author counts and weights are lower bounds.")
UNLISTED_NOTE = ("{n} of {total} papers list only their first authors ('et al.'): their other authors are not in "
                 "the graph.")
GROUPS_NOTE = "{n} group author name(s) left out, not people: {names}."
GROUP_AUTHOR_NOTE = ("{name} is a group author (a team named as an author), not a person: these are the people "
                     "listed on its papers.")
OWNER_NOTE = ("{n} of {total} papers count the owner of a listing they are in as an author, though their author "
              "list does not name them (kg authors --check: the owner's own papers): pairs on one are marked "
              "'listing'.")
HYPERAUTHOR_NOTE = ("{n} paper(s) with more than {cap} authors (the largest has {most}) add no co-author pairs: "
                    "they count as their authors' papers only.")
LISTING_OWNER = "listing owner"  # the ``inferred`` value of an AUTHORED edge a listing's owner is given
OWNERS_ID = "summary:owners"  # the Summary node holding each owner's papers (kg.analysis.summary.owners)
MAX_PAIR_AUTHORS = 100  # papers with more authors add no pairs (see the module docstring)
COLLAB_READS = ((AUTHOR, PAPER), (AUTHORED,))  # the labels and types co-authorship reads from a store
BETWEENNESS_WORK = 8_000_000  # pivots x (authors + pairs) beyond which betweenness is sampled (~0.3 s in igraph)
BETWEENNESS_MIN_PIVOTS = 20
DRAWN_LAYOUT = 2  # the fields of ``drawn_network``: a drawing stored with another layout is not read (made again)


def owner_edges(owners: Mapping[str, Iterable[str]]) -> list[Edge]:
    """The AUTHORED edges a listing's owner is given on their own papers that do not print them (``owners``:
    author id -> those paper ids, as the build stores them: ``kg.analysis.summary.OWNERS_ID``), marked
    ``inferred`` (``LISTING_OWNER``); ``papers`` puts them after the printed authors.

    Examples:
        >>> [(e.source, e.target, e.props) for e in owner_edges({"a": ["p2", "p1"]})]
        [('a', 'p1', {'inferred': 'listing owner'}), ('a', 'p2', {'inferred': 'listing owner'})]
    """
    return [Edge(a, AUTHORED, pid, {"inferred": LISTING_OWNER}) for a in sorted(owners) for pid in sorted(owners[a])]


def with_owners(ps: dict[str, PaperView], owners: Mapping[str, Iterable[str]]) -> dict[str, PaperView]:
    """``ps`` (left unchanged) with each listing owner added after the printed authors of their papers in
    ``owners`` (as ``owner_edges``) and recorded in ``inferred``: what ``papers`` reads of a graph with those
    edges.

    Examples:
        >>> p = PaperView("p", "P", None, None, "", True, authors=["b"])
        >>> q = with_owners({"p": p}, {"a": ["p"]})["p"]
        >>> q.authors, q.inferred, p.authors
        (['b', 'a'], {'a'}, ['b'])
    """
    out = dict(ps)
    for a in sorted(owners):
        for pid in sorted(owners[a]):
            p = out.get(pid)
            if p is not None and a not in p.authors:
                out[pid] = replace(p, authors=[*p.authors, a], inferred={*p.inferred, a})
    return out


def coauthor_graph(g: GraphLike, ps: dict[str, PaperView] | None = None) -> Any:
    """The co-authorship network: an undirected networkx Graph of Author ids (``ps``: ``papers(g)``).

    Node attrs ``name``, ``papers``, ``truncated`` (papers whose list is cut short); edge attrs
    ``weight`` (shared papers), ``first_year``, ``last_year``, ``papers`` (ids), ``truncated``, ``listing``
    (a shared paper counts one of the two as its listing's owner: ``with_owners``). A paper with
    more than ``MAX_PAIR_AUTHORS`` authors adds to its authors' ``papers`` but no pairs.

    Examples:
        >>> from kg.model import Graph, Node, Edge, PAPER, AUTHOR, AUTHORED
        >>> G = Graph()
        >>> for pid, year in [("p1", 2019), ("p2", 2021)]:
        ...     _ = G.add_node(Node(pid, PAPER, {"title": pid, "year": year}))
        >>> for a in ("a", "b"):
        ...     _ = G.add_node(Node(a, AUTHOR, {"name": a.upper()}))
        ...     for i, p in enumerate(("p1", "p2")):
        ...         _ = G.add_edge(Edge(a, AUTHORED, p, {"position": i}))
        >>> H = coauthor_graph(G.to_networkx())
        >>> H.edges["a", "b"]["weight"], H.edges["a", "b"]["first_year"], H.edges["a", "b"]["last_year"]
        (2, 2019, 2021)
    """
    h = nx.Graph()
    people, pairs, _ = _tally(ps if ps is not None else papers(g), with_papers=True)
    h.add_nodes_from((a, {"name": node_name(g, a), "papers": n, "truncated": t}) for a, (n, t) in people.items())
    h.add_edges_from((a, b, {"weight": e[0], "first_year": e[1], "last_year": e[2], "papers": e[4],
                             "truncated": e[3], "listing": e[5]}) for (a, b), e in pairs.items())
    return h


def _tally(ps: dict[str, PaperView], with_papers: bool = False
           ) -> tuple[dict[str, list[int]], dict[tuple[str, str], list[Any]], dict[tuple[str, str], Any]]:
    """One pass over the papers (in id order): author -> ``[papers, truncated papers]`` in the order authors
    first appear; pair ``(a, b)`` (``a < b``) -> ``[weight, first year, last year, truncated, paper ids or
    None, listing (one of the two is an inferred author of a shared paper)]`` in the order pairs first appear; and dated pair -> its year, or the set of its years when more
    than one. A paper with more than ``MAX_PAIR_AUTHORS`` authors adds no pairs."""
    people: dict[str, list[int]] = {}
    pairs: dict[tuple[str, str], list[Any]] = {}
    years: dict[tuple[str, str], Any] = {}
    for pid, p in sorted(ps.items()):
        authors = list(dict.fromkeys(p.authors))
        for a in authors:
            counts = people.get(a)
            if counts is None:
                counts = people[a] = [0, 0]
            counts[0] += 1
            counts[1] += int(p.truncated)
        if len(authors) > MAX_PAIR_AUTHORS:
            continue
        year = p.year
        for pair in combinations(sorted(authors), 2):
            e = pairs.get(pair)
            if e is None:
                e = pairs[pair] = [0, None, None, False, [] if with_papers else None, False]
            e[0] += 1
            if p.inferred and not p.inferred.isdisjoint(pair):
                e[5] = True
            if with_papers:
                e[4].append(pid)
            if p.truncated:
                e[3] = True
            if year:
                was = years.get(pair)
                if was is None:
                    years[pair] = year
                    e[1] = e[2] = year
                    continue
                if type(was) is int:
                    if was == year:
                        continue
                    was = years[pair] = {was}
                was.add(year)
                e[1], e[2] = min(e[1], year), max(e[2], year)
    return people, pairs, years


def people_only(g: GraphLike, ps: dict[str, PaperView], keep: str | None = None
                ) -> tuple[dict[str, PaperView], list[str]]:
    """``ps`` with group authors (``kg.names.is_group_author``: "DeepSeek-AI", "Gemini Team") taken out of
    every author list, except ``keep``; and the names taken out, sorted. Neither argument is changed.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_nodes_from([("a", {"name": "Ann Lee"}), ("t", {"name": "Gemini Team"})])
        >>> p = PaperView("p", "P", None, None, "", False, authors=["a", "t"])
        >>> kept, left = people_only(g, {"p": p})
        >>> kept["p"].authors, left, p.authors
        (['a'], ['Gemini Team'], ['a', 't'])
    """
    seen = {a for p in ps.values() for a in p.authors}
    groups = {a for a in seen if a != keep and is_group_author(node_name(g, a))}
    kept = {pid: replace(p, authors=[a for a in p.authors if a not in groups]) if groups & set(p.authors) else p
            for pid, p in ps.items()}
    return kept, sorted({node_name(g, a) for a in groups})


def unlisted_note(n: int, total: int) -> str:
    """What a failed author lookup adds where ``n`` of ``total`` papers list only their first authors: the
    author may be one left out ("" when no paper does)."""
    return f"\n  {UNLISTED_NOTE.format(n=n, total=total)}" if n else ""


def groups_note(names: list[str], shown: int = 5) -> str:
    """What ``kg collaboration`` says of the group authors it leaves out (``""`` when none)."""
    if not names:
        return ""
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return GROUPS_NOTE.format(n=len(names), names=", ".join(names[:shown]) + more)


def _note(chosen: list[PaperView]) -> dict[str, Any]:
    n = sum(1 for p in chosen if p.truncated)
    big = [len(set(p.authors)) for p in chosen if len(set(p.authors)) > MAX_PAIR_AUTHORS]
    notes = [TRUNCATION_NOTE.format(n=n, total=len(chosen))] if n else []
    owned = sum(1 for p in chosen if p.inferred)
    if owned:
        notes.append(OWNER_NOTE.format(n=owned, total=len(chosen)))
    if big:
        notes.append(HYPERAUTHOR_NOTE.format(n=len(big), cap=MAX_PAIR_AUTHORS, most=max(big)))
    return {"truncated_papers": n, "papers": len(chosen), "hyperauthored_papers": len(big), "owned_papers": owned,
            "note": " ".join(notes)}


def coauthors(g: GraphLike, name: str) -> dict[str, Any]:
    """The co-authors of author ``name``, most shared papers first, with years and paper titles; group
    authors ("Gemini Team") are not co-authors, ``groups_left_out`` names them, and ``group`` says that
    ``name`` is one. A listing's owner counts on their own papers (see the module docstring); ``set_apart``
    counts the papers of their listing the build's namesake check gave another person of this name (its
    Summary node, ``namesakes.namesakes_id``, when ``g`` holds it).

    Raises:
        NodeNotFound: no such author (the message says how many papers list only their first authors).
    """
    try:
        aid = find_node(g, AUTHOR, name)
    except NodeNotFound as exc:
        views = papers(g).values()
        raise NodeNotFound(f"{exc}{unlisted_note(sum(1 for p in views if p.truncated), len(views))}") from None
    mine = sorted({pid for _, pid, a in g.out_edges(aid, data=True) if a.get("type") == AUTHORED})
    grouping = g.nodes[namesakes_id(aid)].get("data") if namesakes_id(aid) in g else None
    apart = len(set_apart(json.loads(grouping)) - set(mine)) if grouping else 0  # a listing's papers judged
    # another person's of this name: counted nowhere here, and said so
    g = g.subgraph({*mine, *(a for pid in mine for a, _, e in g.in_edges(pid, data=True)
                             if e.get("type") == AUTHORED)})  # only the author's papers matter
    ps, groups = people_only(g, papers(g), keep=aid)
    h = coauthor_graph(g, ps)
    rows = []
    for other in (h[aid] if aid in h else {}):
        e = h.edges[aid, other]
        rows.append({"name": h.nodes[other]["name"], "id": other, "weight": e["weight"],
                     "first_year": e["first_year"], "last_year": e["last_year"],
                     "papers": [ps[p].title or p for p in e["papers"]], "lower_bound": e["truncated"],
                     "listing": e["listing"]})
    rows.sort(key=lambda r: (-r["weight"], -(r["last_year"] or 0), r["name"]))
    who = node_name(g, aid)
    return {"author": who, "id": aid, "group": is_group_author(who), "coauthors": rows,
            **_note([ps[p] for p in mine]), "groups_left_out": groups, "set_apart": apart}


@dataclass
class Network:
    """The co-authorship network of people, counted once for ``collaboration`` and the viewer's ``drawn_network``:
    ``ps`` the papers without group authors (``people_only``; ``groups`` the names left out), ``people`` /
    ``pairs`` / ``years`` as ``_tally`` counts them, ``ids`` the authors in first-appearance order (node ``i`` of
    ``h``, the weighted network on integers) and ``communities`` (Leiden over the people with a co-author,
    ``_communities``: lists of nodes of ``h``, largest first; community ``k``, as ``kg collaboration`` and the
    viewer number them, is ``communities[k - 1]``; the same ``seed`` gives the same communities)."""

    ps: dict[str, PaperView]
    groups: list[str]
    people: dict[str, list[int]]
    pairs: dict[tuple[str, str], list[Any]]
    years: dict[tuple[str, str], Any]
    ids: list[str]
    h: Any
    communities: list[list[int]]


def network(g: GraphLike, ps: dict[str, PaperView] | None = None, seed: int = 0) -> Network:
    """The co-authorship network of ``g``'s people (``ps``: ``papers(g)``, when the caller has it; ``seed``: of
    Leiden), as ``Network`` holds it.

    Examples:
        >>> from kg.model import Graph, Node, Edge
        >>> G = Graph()
        >>> _ = G.add_node(Node("p", PAPER, {"title": "P"}))
        >>> for i, a in enumerate(("b", "a")):
        ...     _ = G.add_node(Node(a, AUTHOR, {"name": a.upper()}))
        ...     _ = G.add_edge(Edge(a, AUTHORED, "p", {"position": i}))
        >>> net = network(G.to_networkx())
        >>> net.ids, net.pairs[("a", "b")][0], net.communities
        (['b', 'a'], 1, [[1, 0]])
    """
    ps, groups = people_only(g, papers(g) if ps is None else ps)
    people, pairs, years = _tally(ps)
    ids = list(people)  # node i of ``h`` is author ids[i], in coauthor_graph's node order
    index = {a: i for i, a in enumerate(ids)}
    h = nx.Graph()
    h.add_nodes_from(range(len(ids)))
    h.add_weighted_edges_from((index[a], index[b], e[0]) for (a, b), e in pairs.items())
    comms = _communities(h.edges(data="weight"), [i for i, d in h.degree() if d], ids, seed)
    return Network(ps, groups, people, pairs, years, ids, h, comms)


def collaboration(g: GraphLike, top: int = 10, seed: int = 0, ps: dict[str, PaperView] | None = None,
                  net: Network | None = None) -> dict[str, Any]:
    """The shape of the co-authorship network of people: group authors ("DeepSeek-AI", "Gemini Team") are
    left out of every list and count, and named in ``groups_left_out``.

    Args:
        g: the graph.
        top: how many authors, pairs and bridges to list.
        seed: seed of Leiden community detection (and of sampled betweenness on large graphs).
        ps: ``papers(g)``, when the caller has it.
        net: ``network(g, ps, seed)``, when the caller has it.

    Returns:
        ``central`` authors (degree, weighted degree, betweenness), ``communities`` (Leiden, numbered
        from 1 as ``network`` orders them),
        ``bridges`` (authors tied to several communities), ``strongest_pairs``, ``over_time`` (per
        year: papers, active authors, pairs, new pairs), the truncation ``note`` and
        ``betweenness_pivots`` (the authors betweenness was computed from: all of them unless sampled).

    Cost: one pass over the papers' author pairs, then igraph's C core on an integer-numbered copy of the
    network holding only the weights, in ``coauthor_graph``'s node and neighbour order: ``betweenness``
    (sampled within ``BETWEENNESS_WORK``) and Leiden (``network``). At 50,000 BibTeX papers
    about 8 CPU s where networkx on the attributed network took 62 (docs/measurements.md, Build).
    """
    net = network(g, ps, seed) if net is None else net
    ps, people, pairs, years, ids, h, comms = net.ps, net.people, net.pairs, net.years, net.ids, net.h, net.communities
    index = {a: i for i, a in enumerate(ids)}
    pivots = betweenness_pivots(h)
    between = betweenness(h, pivots, seed)
    degree, wdeg = dict(h.degree()), dict(h.degree(weight="weight"))
    names: dict[int, str] = {}

    def name(i: int) -> str:
        if i not in names:
            names[i] = node_name(g, ids[i])
        return names[i]

    def author(i: int) -> dict[str, Any]:
        return {"name": name(i), "id": ids[i], "degree": degree[i], "weighted_degree": wdeg[i],
                "betweenness": round(between.get(i, 0.0), 4), "papers": people[ids[i]][0]}

    central = heapq.nsmallest(top, h.nodes, key=lambda i: (-degree[i], -between.get(i, 0.0), -wdeg[i], ids[i]))
    member = {i: k for k, c in enumerate(comms, 1) for i in c}
    communities = [{"id": k, "size": len(c),
                    "members": [name(i) for i in heapq.nsmallest(top, c, key=lambda i: (-wdeg[i], ids[i]))]}
                   for k, c in enumerate(comms[:top], 1)]
    bridging = []
    for i in sorted(member, key=ids.__getitem__):
        others = {member[j] for j in h[i]}
        others.discard(member[i])
        if others:
            bridging.append((-len(others), -round(between.get(i, 0.0), 4), i, sorted(others)))
    bridges = [{**author(i), "community": member[i], "links_to": others}
               for _, _, i, others in heapq.nsmallest(top, bridging, key=lambda b: (b[0], b[1], name(b[2])))]
    strongest = [{"a": name(index[x]), "b": name(index[y]), "weight": e[0], "first_year": e[1],
                  "last_year": e[2], "lower_bound": e[3], "listing": e[5]}
                 for (x, y), e in heapq.nsmallest(top, (((x, y), e) if index[x] < index[y] else ((y, x), e)
                                                        for (x, y), e in pairs.items()),
                                                  key=lambda p: (-p[1][0], -(p[1][2] or 0), p[0][0], p[0][1]))]
    return {"authors": h.number_of_nodes(), "pairs": h.number_of_edges(),
            "central": [author(i) for i in central], "communities": communities, "community_count": len(comms),
            "bridges": bridges, "strongest_pairs": strongest, "over_time": _over_time(ps, years),
            **_note(list(ps.values())), "betweenness_pivots": pivots or h.number_of_nodes(),
            "groups_left_out": net.groups}


def drawn_network(net: Network, g: GraphLike, *, max_authors: int, max_links: int, named: int, leads: int
                  ) -> dict[str, Any]:
    """What the collaboration view draws of ``net`` (of ``g``, which names the authors), as JSON-ready data: the
    ``max_authors`` people with the most papers (then the most shared papers, then id), in id order, each with
    ``papers`` and ``community`` (numbered from 1; None for no co-author); at most ``max_links`` of the links
    among them (``most_linked``) as ``[a, b, shared papers, first year, last year, listing]``; the first
    ``named`` communities with their ``size`` and ``leads`` (the ``leads`` best-linked members' ids and names);
    and the counts the view's notes give: ``authors`` and ``links`` of the whole network, ``among`` (the
    links among the drawn authors), ``rest`` (people in the other communities), ``alone`` (people with no
    co-author), ``groups`` (group authors left out) and ``note`` (``collaboration``'s: papers listing only their
    first authors, a listing's owner counted, hyperauthored papers). ``kg build`` stores it for the shipped style
    (``kg.analysis.summary``); the viewer computes it for any other.

    Examples:
        >>> from kg.model import Graph, Node, Edge
        >>> G = Graph()
        >>> for pid, names in (("p1", "ab"), ("p2", "abc"), ("p3", "a")):
        ...     _ = G.add_node(Node(pid, PAPER, {"title": pid, "year": 2020}))
        ...     for i, a in enumerate(names):
        ...         _ = G.add_node(Node(a, AUTHOR, {"name": a.upper()}))
        ...         _ = G.add_edge(Edge(a, AUTHORED, pid, {"position": i}))
        >>> g = G.to_networkx()
        >>> d = drawn_network(network(g), g, max_authors=2, max_links=5, named=1, leads=1)
        >>> d["shown"], d["edges"], d["among"], d["communities"]
        ([['a', 3, 1], ['b', 2, 1]], [['a', 'b', 2, 2020, 2020, False]], 1, [{'size': 3, 'leads': [['a', 'A']]}])
    """
    ids, h = net.ids, net.h
    wdeg = dict(h.degree(weight="weight"))
    count = {i: net.people[ids[i]][0] for i in h}
    order = sorted(h, key=lambda i: (-count[i], -wdeg[i], ids[i]))
    shown = sorted(order[:max_authors], key=ids.__getitem__)
    kept = set(shown)
    links = []  # in the network's edge order, each pair as the network orients it
    for i, j in h.edges():
        if i in kept and j in kept:
            a, b = ids[i], ids[j]
            e = net.pairs[(a, b) if a < b else (b, a)]
            links.append((a, b, e))
    among = len(links)
    member = {i: k for k, c in enumerate(net.communities, 1) for i in c}
    communities = [{"size": len(c), "leads": [[ids[i], node_name(g, ids[i])]
                                              for i in sorted(c, key=lambda i: (-wdeg[i], ids[i]))[:leads]]}
                   for c in net.communities[:named]]
    return {"authors": len(h), "links": h.number_of_edges(), "among": among,
            "shown": [[ids[i], count[i], member.get(i)] for i in shown],
            "edges": [[a, b, e[0], e[1], e[2], e[5]] for a, b, e in most_linked(links, max_links)],
            "communities": communities, "rest": sum(len(c) for c in net.communities[named:]),
            "alone": len(h) - len(member), "groups": net.groups, "note": _note(list(net.ps.values()))["note"]}


def drawn_params(style: Mapping[str, Any]) -> dict[str, int]:
    """A viewer style's bounds of the collaboration view (its ``collaboration`` section: see
    ``visualizations/style.json``), as ``drawn_network`` takes them.

    Examples:
        >>> look = {"max_authors": 1500, "max_links": 12000, "palette": ["#a", "#b"], "legend_names": 3}
        >>> drawn_params({"collaboration": look})
        {'max_authors': 1500, 'max_links': 12000, 'named': 2, 'leads': 3}
    """
    look = style["collaboration"]
    return {"max_authors": look["max_authors"], "max_links": look["max_links"], "named": len(look["palette"]),
            "leads": look["legend_names"]}


def most_linked(links: list[tuple[str, str, list[Any]]], max_links: int) -> list[tuple[str, str, list[Any]]]:
    """At most ``max_links`` of ``links`` (``(a, b, tally)``, the shared papers first in the tally), sorted by
    ``(a, b)``: each author's strongest link, then the others, the most shared papers first (then ids).

    Examples:
        >>> most_linked([("a", "b", [3]), ("a", "c", [1]), ("b", "c", [2])], 2)
        [('a', 'b', [3]), ('b', 'c', [2])]
    """
    if len(links) > max_links:  # each author's strongest link first, so no drawn author is left without one,
        ranked = sorted(links, key=lambda e: (-e[2][0], min(e[0], e[1]), max(e[0], e[1])))  # then the rest
        best: dict[str, int] = {}
        for i, (x, y, _) in enumerate(ranked):
            best.setdefault(x, i)
            best.setdefault(y, i)
        first = sorted(set(best.values()))[:max_links]
        chosen = set(first)
        rest = [e for i, e in enumerate(ranked) if i not in chosen]
        links = [ranked[i] for i in first] + rest[:max_links - len(first)]
    return sorted(links, key=lambda e: (e[0], e[1]))


LEIDEN_ITERATIONS = 2  # igraph's default (see _communities for what it reaches)


def _communities(edges: Iterable[tuple[Any, Any, Any]], linked: list[Any], ids: list[str], seed: int
                 ) -> list[list[Any]]:
    """Leiden communities maximizing modularity (igraph ``community_leiden``, weights ``weight``, its random
    numbers from ``random.Random(seed)``) of the nodes ``linked`` (in the network's node order) joined by
    ``edges`` (``(u, v, weight)`` in the network's edge order, each end in ``linked``); largest first, ties
    by the smallest member's ``ids`` entry (``ids``: each node's id, indexed by the node), members sorted by it.
    Node and edge order come from lists, never from a set (whose order changes with the process's string
    hashing), so the same seed gives the same communities.

    Leiden refines Louvain (Traag, Waltman & van Eck 2019) and never leaves a community disconnected: on the
    50,000-entry BibTeX benchmark it reaches modularity 0.2844-0.2855 where networkx's Louvain reached
    0.2760-0.2762 with about a tenth of the CPU time (seeds 0-2; ``benchmarks/bench_communities.py``).
    """
    if not linked:
        return []
    import igraph

    place = {a: i for i, a in enumerate(linked)}
    arcs = [(place[u], place[v], w) for u, v, w in edges]
    net = igraph.Graph(n=len(linked), edges=[(u, v) for u, v, _ in arcs])
    with _igraph_random(seed):
        found = net.community_leiden(objective_function="modularity", weights=[w for _, _, w in arcs],
                                     n_iterations=LEIDEN_ITERATIONS)
    comms = [sorted(c, key=lambda i: ids[linked[i]]) for c in found if c]
    comms.sort(key=lambda c: (-len(c), ids[linked[c[0]]]))
    return [[linked[i] for i in c] for c in comms]


@contextlib.contextmanager
def _igraph_random(seed: int) -> Iterator[None]:
    """Within: igraph draws its random numbers from ``random.Random(seed)`` (then from the ``random`` module
    again, igraph's default)."""
    import igraph

    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)


def betweenness(h: Any, k: int | None = None, seed: int = 0) -> dict[Any, float]:
    """``nx.betweenness_centrality(h, k=k, seed=seed)`` (normalized, unweighted, endpoints excluded; from the
    same ``k`` sampled source nodes) for an undirected networkx Graph, computed by igraph's C core: equal up
    to the order of floating-point sums (within 1e-12 in tests/test_collab.py), 18x less CPU on the 20,000
    generated papers' network.

    Examples:
        >>> b = betweenness(nx.path_graph(4))
        >>> [round(b[v], 3) for v in range(4)]
        [0.0, 0.667, 0.667, 0.0]
    """
    import igraph

    nodes = list(h)
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    place = {v: i for i, v in enumerate(nodes)}
    arcs = [(place[u], place[v]) for u, v in h.edges() if u != v]
    net = igraph.Graph(n=n, edges=arcs + [(v, u) for u, v in arcs], directed=True)  # every ordered pair, as networkx
    sources = None if k is None else random.Random(seed).sample(range(n), k)  # networkx's sample of list(h)
    raw = net.betweenness(directed=True, sources=sources)
    if sources is None:
        return {v: b / ((n - 1) * (n - 2)) for v, b in zip(nodes, raw, strict=True)}
    sampled = set(sources)
    source_scale = 1 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    return {v: b * (source_scale if i in sampled else 1 / (k * (n - 2)))
            for i, (v, b) in enumerate(zip(nodes, raw, strict=True))}


def betweenness_pivots(h: Any) -> int | None:
    """How many source authors sampled betweenness starts from on ``h``; None (exact) when it is cheap.

    Exact betweenness costs about authors x (authors + pairs) steps; beyond ``BETWEENNESS_WORK`` the
    seeded sample shrinks to fit it, never below ``BETWEENNESS_MIN_PIVOTS``.
    """
    n, size = h.number_of_nodes(), h.number_of_nodes() + h.number_of_edges()
    if n * size <= BETWEENNESS_WORK:
        return None
    return min(n, max(BETWEENNESS_MIN_PIVOTS, BETWEENNESS_WORK // size))


def _over_time(ps: dict[str, PaperView], years: dict[tuple[str, str], Any]) -> list[dict[str, Any]]:
    """Per year: papers, active authors, pairs with a paper that year, pairs first seen that year (``years``:
    ``_tally``'s dated pairs)."""
    per_year_papers = Counter(p.year for p in ps.values() if p.year)
    active: dict[int, set[str]] = {}
    for p in ps.values():
        if p.year:
            active.setdefault(p.year, set()).update(p.authors)
    pairs: Counter[int] = Counter()
    new: Counter[int] = Counter()
    for ys in years.values():
        if type(ys) is int:
            pairs[ys] += 1
            new[ys] += 1
        else:
            pairs.update(ys)
            new[min(ys)] += 1
    return [{"year": year, "papers": per_year_papers[year], "authors": len(active.get(year, ())),
             "pairs": pairs[year], "new_pairs": new[year]} for year in sorted(per_year_papers)]


def year_span(first: int | None, last: int | None) -> str:
    """``2019-2021``, or one year when both are the same, or ``undated``.

    Examples:
        >>> year_span(2019, 2021), year_span(2024, 2024), year_span(None, None)
        ('2019-2021', '2024', 'undated')
    """
    if first is None or last is None:
        return str(first or last or "undated")
    return str(first) if first == last else f"{first}-{last}"


def format_coauthors(result: dict[str, Any]) -> str:
    """``coauthors()`` as text."""
    lines = [f"{result['author']}: {len(result['coauthors'])} co-author(s) on {result['papers']} paper(s)"]
    if result["group"]:
        lines.append(f"Note: {GROUP_AUTHOR_NOTE.format(name=result['author'])}")
    if result["note"]:
        lines.append(f"Note: {result['note']}")
    if result["groups_left_out"]:
        lines.append(f"Note: {groups_note(result['groups_left_out'])}")
    if result["set_apart"]:
        lines.append(f"Note: {result['set_apart']} paper(s) of this author's listing judged another person's of this "
                     f"name (a likely or possible namesake) are not counted; kg authors --check "
                     f"{shlex.quote(result['author'])} shows why.")
    for r in result["coauthors"]:
        years = year_span(r["first_year"], r["last_year"])
        bound = "+" if r["lower_bound"] else ""
        lines.append(f"  {r['weight']}{bound:<2} {r['name']}  ({years})" + ("  listing" if r["listing"] else ""))
    return "\n".join(lines)


def format_collaboration(result: dict[str, Any]) -> str:
    """``collaboration()`` as text."""
    lines = [f"{result['authors']} authors, {result['pairs']} co-author pairs, {result['papers']} papers, "
             f"{result['community_count']} communities"]
    if result["note"]:
        lines.append(f"Note: {result['note']}")
    if result["groups_left_out"]:
        lines.append(f"Note: {groups_note(result['groups_left_out'])}")
    sampled = (f" estimated from {result['betweenness_pivots']} of {result['authors']} authors"
               if result["betweenness_pivots"] < result["authors"] else "")
    lines.append(f"Most central (co-authors, shared-paper weight, betweenness{sampled}):")
    lines += [f"  {a['name']}: {a['degree']}, {a['weighted_degree']}, {a['betweenness']:.3f}"
              for a in result["central"]]
    lines.append("Communities (Leiden):")
    lines += [f"  #{c['id']} ({c['size']}): {', '.join(c['members'])}"
              + (f" and {c['size'] - len(c['members'])} more" if c["size"] > len(c["members"]) else "")
              for c in result["communities"]]
    unlisted = result["community_count"] - len(result["communities"])
    if unlisted > 0:  # a bridge may name them: say they exist and how to list them
        lines.append(f"  and {unlisted} smaller communit{'y' if unlisted == 1 else 'ies'} (kg collaboration --top "
                     f"{result['community_count']} lists every one)")
    lines.append("Bridges between communities:")
    lines += [f"  {b['name']} (#{b['community']} -> {', '.join('#' + str(x) for x in b['links_to'])})"
              for b in result["bridges"]] or ["  (none)"]
    lines.append("Strongest pairs:")
    lines += [f"  {p['weight']}{'+' if p['lower_bound'] else ''} {p['a']} & {p['b']} "
              f"({year_span(p['first_year'], p['last_year'])})" + ("  listing" if p.get("listing") else "")
              for p in result["strongest_pairs"]]
    lines.append("Over time (year: papers, authors, pairs, new pairs):")
    lines += [f"  {r['year']}: {r['papers']}, {r['authors']}, {r['pairs']}, {r['new_pairs']}"
              for r in result["over_time"]]
    return "\n".join(lines)
