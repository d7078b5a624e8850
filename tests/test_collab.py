"""Co-authorship on small graphs: weights and years, truncation notes, communities, bridges, the CLI."""

from __future__ import annotations

import json
import random
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import kg.api
import kg.analysis.collab as collab
from kg.analysis.collab import (BETWEENNESS_MIN_PIVOTS, BETWEENNESS_WORK, COLLAB_READS, betweenness_pivots,
                                coauthor_graph, coauthors,
                                collaboration, format_collaboration)
from kg.analysis.common import papers
from kg.cli import cli
from kg.errors import NodeNotFound
from kg.model import AUTHOR, AUTHORED, PAPER, Edge, Graph, Node


def add(g: Graph, pid: str, year: int, authors: list[str], truncated: bool = False) -> None:
    g.add_node(Node(pid, PAPER, {"title": f"Paper {pid}", "date": f"{year}-05-01", "year": year,
                                 "authors_truncated": truncated}))
    for i, name in enumerate(authors):
        g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
        g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, pid, {"position": i}))


def two_groups() -> Graph:
    """Two groups of three that write together often; Eve writes once with each group."""
    g = Graph()
    add(g, "p1", 2019, ["Ann", "Bob", "Cy"])
    add(g, "p2", 2020, ["Ann", "Bob"], truncated=True)
    add(g, "p3", 2021, ["Ann", "Cy", "Eve"])
    add(g, "p4", 2019, ["Dan", "Fay", "Gus"])
    add(g, "p5", 2022, ["Dan", "Fay"])
    add(g, "p6", 2022, ["Gus", "Fay", "Eve"])
    return g


def test_weights_years_and_lower_bounds() -> None:
    h = coauthor_graph(two_groups().to_networkx())
    e = h.edges["author:ann", "author:bob"]
    assert (e["weight"], e["first_year"], e["last_year"], e["truncated"]) == (2, 2019, 2020, True)
    assert h.edges["author:ann", "author:cy"]["truncated"] is False
    assert h.nodes["author:ann"]["papers"] == 3 and h.nodes["author:ann"]["truncated"] == 1


def test_coauthors_sorted_with_note() -> None:
    result = coauthors(two_groups().to_networkx(), "ann")
    assert [(r["name"], r["weight"]) for r in result["coauthors"]] == [("Cy", 2), ("Bob", 2), ("Eve", 1)]
    assert result["papers"] == 3 and result["truncated_papers"] == 1
    assert result["note"] == ("1 of 3 papers list only their first authors ('et al.'): "
                              "co-author counts and weights are lower bounds.")
    with pytest.raises(NodeNotFound, match="No Author named 'Zed'"):
        coauthors(two_groups().to_networkx(), "Zed")


def test_collaboration_communities_bridge_and_time() -> None:
    result = collaboration(two_groups().to_networkx(), top=10)
    groups = [set(c["members"]) for c in result["communities"]]
    assert result["community_count"] == 2
    assert any({"Ann", "Bob", "Cy"} <= c for c in groups) and any({"Dan", "Fay", "Gus"} <= c for c in groups)
    assert result["central"][0]["name"] in ("Eve", "Fay", "Ann")
    assert max(result["central"], key=lambda a: a["betweenness"])["name"] == "Eve"
    assert "Eve" in [b["name"] for b in result["bridges"]]
    assert result["strongest_pairs"][0]["weight"] == 2
    assert [r["year"] for r in result["over_time"]] == [2019, 2020, 2021, 2022]
    assert result["over_time"][1] == {"year": 2020, "papers": 1, "authors": 2, "pairs": 1, "new_pairs": 0}


def test_betweenness_exact_when_cheap_else_sampled_within_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    h = coauthor_graph(two_groups().to_networkx())
    assert betweenness_pivots(h) is None
    assert collaboration(two_groups().to_networkx())["betweenness_pivots"] == 7
    big = nx.path_graph(20_000)
    k = betweenness_pivots(big)
    assert k is not None and BETWEENNESS_MIN_PIVOTS <= k < 20_000
    assert k * (big.number_of_nodes() + big.number_of_edges()) <= BETWEENNESS_WORK
    monkeypatch.setattr(collab, "BETWEENNESS_WORK", 1)
    monkeypatch.setattr(collab, "BETWEENNESS_MIN_PIVOTS", 3)
    result = collaboration(two_groups().to_networkx())
    assert result["betweenness_pivots"] == 3
    assert "betweenness estimated from 3 of 7 authors" in collab.format_collaboration(result)


def loose_network(authors: int = 24, papers: int = 40) -> Graph:
    """Papers of three authors drawn at random: a network with many near-equal community splits."""
    rng = random.Random(0)
    g = Graph()
    for p in range(papers):
        add(g, f"p{p}", 2000 + p % 10, [f"A{a}" for a in rng.sample(range(authors), 3)])
    return g


def test_collaboration_is_seeded() -> None:
    """The same seed gives the same communities, and the seed is used: other seeds split differently.

    An ignored seed fails either half: unseeded runs disagree with each other (7 different splits in 10
    runs of this network), a fixed one gives one split for every seed.
    """
    g = loose_network().to_networkx()
    runs = {seed: [collaboration(g, top=100, seed=seed)["communities"] for _ in range(2)] for seed in range(5)}
    assert all(first == second for first, second in runs.values())
    assert len({json.dumps(first) for first, _ in runs.values()}) > 1


@given(st.lists(st.lists(st.sampled_from("ABCDEFG"), min_size=1, max_size=4, unique=True), min_size=1, max_size=8))
def test_weights_sum_to_pairs_per_paper(author_lists: list[list[str]]) -> None:
    g = Graph()
    for i, names in enumerate(author_lists):
        add(g, f"p{i}", 2000 + i, names)
    h = coauthor_graph(g.to_networkx())
    assert sum(d["weight"] for _, _, d in h.edges(data=True)) == sum(len(n) * (len(n) - 1) // 2 for n in author_lists)


@pytest.fixture
def stored(tmp_path: Any) -> str:
    """A real store of ``two_groups`` with the summaries kg build stores."""
    from kg.analysis.summary import with_summaries
    from kg.store import replace_store

    store = str(tmp_path / "store")
    replace_store(store, with_summaries(two_groups()))
    return store


def test_cli_coauthors(tmp_path: Any) -> None:
    from kg.store import replace_store

    store = str(tmp_path / "store")  # a real store: kg coauthors reads only the author's neighbourhood from it
    replace_store(store, two_groups())
    result = CliRunner().invoke(cli, ["coauthors", "Ann", "--store", store])
    assert result.exit_code == 0
    assert result.output == (
        "Ann: 3 co-author(s) on 3 paper(s)\n"
        "Note: 1 of 3 papers list only their first authors ('et al.'): co-author counts and weights are lower bounds.\n"
        "  2   Cy  (2019-2021)\n"
        "  2+  Bob  (2019-2020)\n"
        "  1   Eve  (2021)\n")
    data = json.loads(CliRunner().invoke(cli, ["coauthors", "Ann", "--json", "--store", store]).output)
    assert [r["lower_bound"] for r in data["coauthors"]] == [False, True, False]


def test_cli_collaboration(stored: str) -> None:
    result = CliRunner().invoke(cli, ["collaboration", "--top", "2", "--store", stored])
    assert result.exit_code == 0
    assert result.output == format_collaboration(collaboration(two_groups().to_networkx(), top=2)) + "\n"
    assert result.output.splitlines()[0] == "7 authors, 10 co-author pairs, 6 papers, 2 communities"
    assert "Bridges between communities:" in result.output
    data = json.loads(CliRunner().invoke(cli, ["collaboration", "--json", "--store", stored]).output)
    assert data["authors"] == 7 and len(data["over_time"]) == 4


def test_cli_maps_arguments(monkeypatch: pytest.MonkeyPatch, stored: str) -> None:
    seen = {}

    def fake(g: Any, top: int, seed: int) -> dict[str, Any]:
        names = sorted(a["name"] for _, a in g.nodes(data=True) if a["label"] == AUTHOR)
        seen.update(authors=names, top=top, seed=seed)
        return {"ok": True}

    monkeypatch.setattr("kg.analysis.collab.collaboration", fake)
    monkeypatch.setattr("kg.analysis.collab.format_collaboration", lambda result: "text")
    result = CliRunner().invoke(cli, ["collaboration", "--top", "4", "--seed", "9", "--json", "--store", stored])
    assert result.exit_code == 0 and json.loads(result.output) == {"ok": True}  # another seed: computed
    assert seen == {"authors": ["Ann", "Bob", "Cy", "Dan", "Eve", "Fay", "Gus"], "top": 4, "seed": 9}


def test_reads_only_what_it_needs(example_store: Any) -> None:
    full, part = kg.api.load_networkx(example_store), kg.api.load_networkx(example_store, *COLLAB_READS)
    assert part.number_of_nodes() < full.number_of_nodes()
    names = [a["name"] for _, a in full.nodes(data=True) if a["label"] == AUTHOR]
    assert names and all(coauthors(full, n) == coauthors(part, n) for n in names)
    assert collaboration(full) == collaboration(part)


@given(st.integers(0, 40), st.floats(0.0, 0.4), st.integers(0, 10_000), st.one_of(st.none(), st.integers(1, 40)))
def test_betweenness_is_networkx_betweenness(n: int, p: float, seed: int, k: int | None) -> None:
    """igraph's betweenness, scaled as networkx scales it, from the same sampled sources (``k``)."""
    h = nx.relabel_nodes(nx.gnp_random_graph(n, p, seed=seed), {i: f"author:{i * 7 % 41}" for i in range(n)})
    k = None if k is None or k > n else k
    ours, theirs = collab.betweenness(h, k, seed), nx.betweenness_centrality(h, k=k, seed=seed)
    assert ours.keys() == theirs.keys()
    assert all(ours[v] == pytest.approx(theirs[v], abs=1e-12, nan_ok=True) for v in h)


def people_network(tmp_path: Any, n: int = 400, seed: int = 3) -> Any:
    """The graph of ``n`` generated papers (benchmarks/generate.py), as networkx."""
    import importlib.util
    from pathlib import Path

    from kg.resolve import resolve
    from kg.sources import read_records

    spec = importlib.util.spec_from_file_location("generate", Path(__file__).parent.parent / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in module.papers(n, seed=seed)), encoding="utf-8")
    return resolve(list(read_records(source))).to_networkx()


def communities_of(net: collab.Network) -> list[list[str]]:
    """``net``'s communities as author ids."""
    return [[net.ids[i] for i in c] for c in net.communities]


def test_communities_partition_the_linked_people_into_connected_groups_as_modular_as_louvain(tmp_path: Any
                                                                                             ) -> None:
    """Each community holds connected people, every person with a co-author is in exactly one, and the
    modularity is at least networkx's Louvain's on the same network and seeds."""
    g = people_network(tmp_path)
    h = coauthor_graph(g, collab.people_only(g, papers(g))[0])
    linked = {a for a in h if h.degree(a)}
    ours, louvain = [], []
    for seed in range(3):
        comms = communities_of(collab.network(g, seed=seed))
        assert sorted(a for c in comms for a in c) == sorted(linked)
        assert all(nx.is_connected(h.subgraph(c)) for c in comms)
        assert comms == communities_of(collab.network(g, seed=seed))
        ours.append(nx.community.modularity(h.subgraph(linked), comms, weight="weight"))
        louvain.append(nx.community.modularity(h.subgraph(linked), nx.community.louvain_communities(
            h.subgraph(linked), weight="weight", seed=seed), weight="weight"))
    assert sum(ours) >= sum(louvain), (ours, louvain)


def test_communities_do_not_depend_on_string_hashing() -> None:
    """Most authors are groups, so the people are a small set: its order (which changes with
    PYTHONHASHSEED) must not reach the communities."""
    import subprocess
    import sys

    code = ("import networkx as nx, random\n"
            "from kg.analysis.collab import network\n"
            "from kg.analysis.common import PaperView\n"
            "rng = random.Random(1)\n"
            "g = nx.MultiDiGraph()\n"
            "g.add_nodes_from((f'g{i}', {'label': 'Author', 'name': 'Gemini Team'}) for i in range(300))\n"
            "g.add_nodes_from((f'p{i}', {'label': 'Author', 'name': 'Ann Lee'}) for i in range(60))\n"
            "pairs = [(f'p{rng.randrange(60)}', f'p{rng.randrange(60)}') for _ in range(150)]\n"
            "ps = {f'x{k:03d}': PaperView(f'x{k:03d}', 'T', None, None, '', False, authors=[a, b, f'g{k % 300}'])"
            " for k, (a, b) in enumerate(pairs) if a != b}\n"
            "net = network(g, ps, 0)\n"
            "print([[net.ids[i] for i in c] for c in net.communities])\n")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(s)}).stdout for s in (1, 2, 3)}
    assert len(runs) == 1 and "p" in runs.pop()


def owned_listing() -> Graph:
    """Ann's listing (ann.txt): three papers that print her and one cut short before her name, written with
    Bob as her first is; and a paper of the group author Gemini Team."""
    g = Graph()
    add(g, "p1", 2019, ["Ann", "Bob", "Cy"])
    add(g, "p2", 2020, ["Dee", "Ann"])
    add(g, "p3", 2021, ["Ann", "Cy"])
    add(g, "p7", 2022, ["Bob", "Zed"], truncated=True)
    for pid in ("p1", "p2", "p3", "p7"):
        g.nodes[pid].props["listings"] = ["ann.txt"]
    add(g, "p8", 2023, ["Gemini Team", "Cy", "Eve"])
    return g


def test_a_listing_owner_counts_on_their_own_papers_in_every_co_author_answer(tmp_path: Any) -> None:
    from kg.analysis.summary import with_summaries
    from kg.store import replace_store

    store = str(tmp_path / "store")
    replace_store(store, with_summaries(owned_listing()))
    owner_note = ("1 of {} papers count the owner of a listing they are in as an author, though their author list "
                  "does not name them (kg authors --check: the owner's own papers): pairs on one are marked "
                  "'listing'.")
    result = CliRunner().invoke(cli, ["coauthors", "Ann", "--store", store])
    assert (result.exit_code, result.output) == (0, (
        "Ann: 4 co-author(s) on 4 paper(s)\n"
        "Note: 1 of 4 papers list only their first authors ('et al.'): co-author counts and weights are lower "
        "bounds. " + owner_note.format(4) + "\n"
        "  2+  Bob  (2019-2022)  listing\n"
        "  2   Cy  (2019-2021)\n"
        "  1+  Zed  (2022)  listing\n"
        "  1   Dee  (2020)\n"))
    result = CliRunner().invoke(cli, ["coauthors", "Zed", "--store", store])
    assert (result.exit_code, result.output) == (0, (
        "Zed: 2 co-author(s) on 1 paper(s)\n"
        "Note: 1 of 1 papers list only their first authors ('et al.'): co-author counts and weights are lower "
        "bounds. " + owner_note.format(1) + "\n"
        "  1+  Ann  (2022)  listing\n"
        "  1+  Bob  (2022)\n"))
    result = CliRunner().invoke(cli, ["collaboration", "--store", store])
    assert result.exit_code == 0
    assert "  2+ Ann & Bob (2019-2022)  listing\n" in result.output and "  1+ Ann & Zed (2022)  listing\n" in result.output
    assert "Note: 1 group author name(s) left out, not people: Gemini Team.\n" in result.output
    checked = CliRunner().invoke(cli, ["authors", "--check", "Ann", "--store", store])
    assert "4 papers in 1 group(s)" in checked.output  # the papers kg authors --check calls hers


def test_a_group_author_is_named_as_one_by_coauthors_and_left_out_of_the_collaboration_view(tmp_path: Any) -> None:
    from kg.analysis.summary import with_summaries
    from kg.store import replace_store
    from kg.viz import page_data

    store = str(tmp_path / "store")
    replace_store(store, with_summaries(owned_listing()))
    result = CliRunner().invoke(cli, ["coauthors", "gemini team", "--store", store])
    assert (result.exit_code, result.output) == (0, (
        "Gemini Team: 2 co-author(s) on 1 paper(s)\n"
        "Note: Gemini Team is a group author (a team named as an author), not a person: these are the people "
        "listed on its papers.\n"
        "  1   Cy  (2023)\n"
        "  1   Eve  (2023)\n"))
    data = page_data(owned_listing().to_networkx(), view="collaboration")
    assert "author:gemini team" not in {n["id"] for n in data["nodes"]}
    assert data["note"] == ("1 of 5 papers list only their first authors ('et al.'): co-author counts and weights are "
                            "lower bounds. 1 group author name(s) left out, not people: Gemini Team.")
    assert "Others" not in " ".join(item["text"] for item in data["legend"])  # every person drawn has a co-author


@pytest.mark.parametrize("group", ["EleutherAI", "Halden Research Collective", "Nordlab Speech Team"])
def test_a_braced_corporate_author_of_a_library_is_a_group_not_a_co_author(tmp_path: Any, group: str) -> None:
    bib = tmp_path / "lib.bib"
    bib.write_text("@article{a1, title={Sparse Routing at Scale}, author={Gomez, Ana and {%s} and Osei, Lin},"
                   " year={2023}}\n" % group, encoding="utf-8")
    store = str(tmp_path / "s")
    assert CliRunner().invoke(cli, ["build", str(bib), "--store", store]).exit_code == 0
    result = CliRunner().invoke(cli, ["coauthors", "Ana Gomez", "--store", store])
    assert (result.exit_code, result.output) == (0, (
        f"Ana Gomez: 1 co-author(s) on 1 paper(s)\nNote: 1 group author name(s) left out, not people: {group}.\n"
        "  1   Lin Osei  (2023)\n"))


def test_communities_left_off_the_list_are_counted_with_how_to_list_them() -> None:
    result = {"authors": 9, "pairs": 8, "papers": 4, "community_count": 3, "note": "", "groups_left_out": [],
              "betweenness_pivots": 9, "central": [], "bridges": [], "strongest_pairs": [], "over_time": [],
              "communities": [{"id": 1, "size": 4, "members": ["Ann", "Bob", "Cy", "Dee"]}]}
    lines = collab.format_collaboration(result).splitlines()
    assert lines[lines.index("Communities (Leiden):") + 2] == (
        "  and 2 smaller communities (kg collaboration --top 3 lists every one)")
    result["community_count"] = 1
    assert "smaller communit" not in collab.format_collaboration(result)
