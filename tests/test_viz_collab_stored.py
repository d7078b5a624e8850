"""The collaboration view drawn from what the build stored (``summary:collaboration-view``) is the page drawn
from the whole graph, and reading it reads no whole graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.collab import drawn_network, drawn_params, network
from kg.analysis.summary import COLLABORATION_VIEW_ID
from kg.api import _owners, _with_owners
from kg.cli import cli
from kg.model import AUTHOR, AUTHORED, PAPER, Edge, Graph, Node
from kg.store import open_store
from kg.store.base import GraphStore
from kg.viz import load_style, page_data, render_html

NAMES = ["Ada Lin", "Bo Chen", "Cy Park", "Di Rao", "Eve Sun", "Fay Wu", "Gil Ong", "Hal Roy", "Gemini Team"]


def small_style(max_authors: int, max_links: int) -> dict[str, Any]:
    style = load_style()
    style["collaboration"].update(max_authors=max_authors, max_links=max_links)
    return style


def coauthor_papers(bylines: list[list[int]], years: list[int | None]) -> Any:
    g = Graph()
    for i, (byline, year) in enumerate(zip(bylines, years)):
        pid = f"paper:{i}"
        g.add_node(Node(pid, PAPER, {"title": pid, **({"year": year} if year else {})}))
        for pos, k in enumerate(dict.fromkeys(byline)):
            aid = f"author:{k}"
            g.add_node(Node(aid, AUTHOR, {"name": NAMES[k]}))
            g.add_edge(Edge(aid, AUTHORED, pid, {"position": pos}))
    return g.to_networkx()


def authors_only(G: Any, drawn: dict[str, Any]) -> Any:
    return G.subgraph([row[0] for row in drawn["shown"]]).copy()


@settings(max_examples=40, deadline=None)
@given(bylines=st.lists(st.lists(st.integers(0, len(NAMES) - 1), min_size=1, max_size=4), min_size=1, max_size=9),
       years=st.lists(st.one_of(st.none(), st.integers(2018, 2024)), min_size=9, max_size=9),
       bounds=st.tuples(st.integers(1, 9), st.integers(1, 12)), seed=st.integers(0, 3))
def test_the_drawing_made_once_draws_the_page_of_the_whole_graph(bylines: list[list[int]], years: list[int | None],
                                                                  bounds: tuple[int, int], seed: int) -> None:
    G = coauthor_papers(bylines, years)
    style = small_style(*bounds)
    drawn = drawn_network(network(G, seed=seed), G, **drawn_params(style))
    assert len(drawn["shown"]) <= bounds[0] and len(drawn["edges"]) <= bounds[1]
    whole = page_data(G, view="collaboration", style=style, seed=seed)
    assert page_data(authors_only(G, drawn), view="collaboration", style=style, seed=seed, drawn=drawn) == whole


def test_a_drawing_cut_short_keeps_counts_of_the_whole_network() -> None:
    G = coauthor_papers([[0, 1, 2], [0, 1], [2, 3], [4, 5], [4, 5, 6], [7], [8, 0]], [2020] * 7)
    drawn = drawn_network(network(G), G, **drawn_params(small_style(3, 2)))
    # the most papers (3, then 2 each), then the most shared papers (3 each), then id
    assert [row[0] for row in drawn["shown"]] == ["author:0", "author:1", "author:2"]
    assert (drawn["authors"], drawn["among"], drawn["alone"]) == (8, 3, 1)
    assert [e[:3] for e in drawn["edges"]] == [["author:0", "author:1", 2], ["author:0", "author:2", 1]]
    assert drawn["groups"] == ["Gemini Team"] and sum(c["size"] for c in drawn["communities"]) + drawn["rest"] == 7


@pytest.fixture
def store(tmp_path: Path, examples: list[Path]) -> Path:
    path = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", *map(str, examples), "--store", str(path), "--no-extract"])
    assert result.exit_code == 0, result.output
    return path


def whole_store_page(store: Path, out: Path, seed: int) -> bytes:
    with open_store(store) as s:
        g = _with_owners(s, s.read(), _owners(s)).to_networkx()
    return render_html(g, out, view="collaboration", seed=seed).read_bytes()


def test_the_view_reads_the_stored_drawing_and_never_the_whole_store(store: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(store) as s:
        rows = s.run("MATCH (n:Summary {id: $id}) RETURN n.data AS d", {"id": COLLABORATION_VIEW_ID})
    stored = json.loads(str(rows[0]["d"]))
    assert stored["params"] == drawn_params(load_style()) and stored["shown"]
    expected = whole_store_page(store, tmp_path / "whole.html", 0)

    def no_whole_read(*_: Any, **__: Any) -> Graph:
        raise AssertionError("the stored drawing reads no whole graph")

    monkeypatch.setattr(GraphStore, "read", no_whole_read)
    out = tmp_path / "c.html"
    result = CliRunner().invoke(cli, ["viz", "--view", "collaboration", "--store", str(store), "-o", str(out)])
    assert (result.exit_code, result.output) == (0, f"Wrote {out}\n")
    assert out.read_bytes() == expected.replace(b"whole.html", b"c.html")


def test_another_seed_or_filter_draws_from_the_store_s_co_authorship(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.html"
    result = CliRunner().invoke(cli, ["viz", "--view", "collaboration", "--seed", "2", "--store", str(store),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == whole_store_page(store, tmp_path / "whole.html", 2).replace(b"whole.html", b"c.html")


def test_the_view_says_when_counts_are_lower_bounds_and_why_a_slice_is_empty() -> None:
    G = coauthor_papers([[0, 1], [1, 2], [8]], [2020, 2021, 2024])
    G.nodes["paper:1"]["authors_truncated"] = True  # "et al.": the printed list is cut short
    data = page_data(G, view="collaboration")
    assert "1 of 3 papers list only their first authors ('et al.'): co-author counts and weights are lower bounds." \
        in data["note"]
    empty = page_data(G, view="collaboration", since=2024)  # only a group author writes from 2024 on
    assert (empty["nodes"], empty["empty"]) == ([], "No co-authors to show: no paper from 2024 on names a person "
                                                "among its authors (group authors such as 'Gemini Team' are left out).")


def test_a_drawing_stored_in_another_layout_is_made_again(store: Path, tmp_path: Path) -> None:
    with open_store(store) as s:
        s.run("MATCH (n:Summary {id: $id}) SET n.layout = $old, n.data = $data",  # read, it would break the page
              {"id": COLLABORATION_VIEW_ID, "old": 1, "data": "{}"}, write=True)
    out = tmp_path / "c.html"
    result = CliRunner().invoke(cli, ["viz", "--view", "collaboration", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == whole_store_page(store, tmp_path / "whole.html", 0).replace(b"whole.html", b"c.html")


def test_a_year_cut_short_advises_a_later_year() -> None:
    G = coauthor_papers([[0, 1, 2], [0, 1], [2, 3], [4, 5]], [2019, 2021, 2022, 2023])
    style = small_style(2, 1)
    assert page_data(G, view="collaboration", style=style)["note"].endswith("--focus NAME, or --since YEAR.")
    assert page_data(G, view="collaboration", style=style, since=2021)["note"].endswith(
        "--focus NAME, or a --since later than 2021.")
