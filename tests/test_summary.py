"""What the build stores for the whole-graph commands: `kg collaboration` and `kg authors --check` read it
and answer exactly what the in-memory analyses answer on the whole store."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import api
from kg.analysis import collab, namesakes, summary
from kg.analysis.common import papers
from kg.analysis.summary import COLLABORATION_ID, COLLABORATION_VIEW_ID, OWNERS_ID, SUMMARY_TOP, with_summaries
from kg.cli import cli
from kg.model import AUTHOR, AUTHORED, PAPER, SUMMARY, Edge, Graph, Node
from kg.store import open_store, replace_store
from kg.store.summaries import read_summaries

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path("../shared/seeds")


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def generated(n: int, seed: int) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.papers(n, seed=seed))


def assert_reads_equal_analyses(store: Path, every: int = 1) -> int:
    """The stored collaboration, and the stored check of every author with a stored grouping and of every
    ``every``-th other one, equal the in-memory analyses; returns how many authors were compared."""
    g = api.load_networkx(store)
    owned = with_owner_edges(g)  # a listing's owner counts on their own papers in every co-author answer
    with open_store(store) as s:
        grouped = {n.props["author"] for n in read_summaries(s).nodes.values() if n.props["kind"] == "namesakes"}
        authors = sorted((n, a["name"]) for n, a in g.nodes(data=True) if a["label"] == AUTHOR)
        chosen = [name for i, (n, name) in enumerate(authors) if n in grouped or i % every == 0]
        for name in chosen:
            assert api.check_authors(s, name=name).data == namesakes.check_author(g, name), name
            assert api.coauthors(s, name).data == collab.coauthors(owned, name), name
        for top in (1, 5, SUMMARY_TOP, SUMMARY_TOP + 1):
            assert api.collaboration(s, top=top).data == collab.collaboration(owned, top=top), top
        assert api.collaboration(s, top=3, seed=1).data == collab.collaboration(owned, top=3, seed=1)
    assert grouped  # some author's papers fall into several groups
    return len(chosen)


def with_owner_edges(g: Any) -> Any:
    """A copy of ``g`` with the AUTHORED edges of listing owners on their own papers that do not print them,
    found by the namesake grouping of the whole graph (what ``kg authors --check`` calls their own), and each
    grouping as the node the build stores it in (what ``kg coauthors`` reads of the papers set apart)."""
    ps = papers(g)
    out = g.copy()
    groups = summary.author_groups(g, ps)
    for e in collab.owner_edges(summary.owners(ps, groups)):
        out.add_edge(e.source, e.target, key=e.type, type=e.type, **e.props)
    for aid, grouped in groups.items():
        out.add_node(namesakes.namesakes_id(aid), label=SUMMARY, data=json.dumps(grouped))
    return out


@pytest.mark.parametrize("seed", [3, 11])
def test_generated_stores_answer_as_the_analyses_and_the_same_sources_give_the_same_summaries(
        tmp_path: Path, seed: int) -> None:
    source = jsonl(tmp_path / "papers.jsonl", generated(300, seed))
    summaries = []
    for name in ("a", "b"):
        api.build([source], tmp_path / name)
        with open_store(tmp_path / name) as s:
            summaries.append({nid: n.props for nid, n in read_summaries(s).nodes.items()})
    assert summaries[0] == summaries[1] and COLLABORATION_ID in summaries[0]
    assert assert_reads_equal_analyses(tmp_path / "a", every=10) > 20


def test_seed_listings_answer_as_the_analyses(tmp_path: Path) -> None:
    if not (SEEDS / "profile_listing.txt").exists():
        pytest.skip("the seed listings are not here")
    api.build([SEEDS / "profile_listing.txt", SEEDS / "arxiv_listing.txt"], tmp_path / "store")
    assert assert_reads_equal_analyses(tmp_path / "store") > 50  # every author


def test_an_added_listing_recomputes_the_summaries(tmp_path: Path) -> None:
    rows = generated(120, 5)
    first, second = jsonl(tmp_path / "first.jsonl", rows[:60]), jsonl(tmp_path / "second.jsonl", rows[60:])
    api.build([first], tmp_path / "store")
    api.build([second], tmp_path / "store", add=True)
    api.build([first, second], tmp_path / "whole")
    with open_store(tmp_path / "store") as s, open_store(tmp_path / "whole") as w:
        assert read_summaries(s).nodes == read_summaries(w).nodes
        assert [n.props for n in read_summaries(s).nodes.values()] == [n.props for n in read_summaries(w).nodes.values()]
    assert api.collaboration(tmp_path / "store").data["papers"] == 120


def small_graph() -> Graph:
    g = Graph()
    for pid, names in [("p1", ["Ann Lee", "Bo Chen"]), ("p2", ["Ann Lee", "Cy Wu"])]:
        g.add_node(Node(pid, PAPER, {"title": pid, "year": 2020}))
        for i, name in enumerate(names):
            g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
            g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, pid, {"position": i}))
    return g


def test_a_store_without_summaries_says_to_rebuild(tmp_path: Path) -> None:
    store = str(tmp_path / "old")
    replace_store(store, small_graph())  # as an older version wrote it
    message = (f"Error: the store {store} holds no summary of the whole-graph analyses (it was built by an older "
               "version of kg)\n  Rebuild it from its sources with kg build (for Neo4j: then kg push it again).\n")
    for args in (["collaboration"], ["authors", "--check", "Ann Lee"]):
        result = CliRunner().invoke(cli, [*args, "--store", store])
        assert (result.exit_code, result.stderr) == (1, message)
    replace_store(store, with_summaries(small_graph()))
    result = CliRunner().invoke(cli, ["collaboration", "--top", "1", "--store", store])
    assert result.exit_code == 0 and result.output.startswith("3 authors, 2 co-author pairs, 2 papers, 1 communities\n")


def test_with_summaries_leaves_its_graph_unchanged() -> None:
    g = small_graph()
    before = (dict(g.nodes), dict(g.edges))
    out = with_summaries(g)
    assert (g.nodes, g.edges) == before
    assert set(out.nodes) - set(g.nodes) == {COLLABORATION_ID, COLLABORATION_VIEW_ID, OWNERS_ID}
    assert with_summaries(out).nodes.keys() == out.nodes.keys()


def test_the_builds_paper_views_are_those_of_the_projection(tmp_path: Path) -> None:
    """What the build reads the summaries from (``_paper_views``: edges read from the Graph) equals ``papers``
    of the whole projection, field for field and in the same order, author positions missing included."""
    from kg.analysis.common import papers
    from kg.analysis.summary import _paper_views, _projection
    from kg.extract import Extractor
    from kg.pipeline import assemble, read_sources

    graph = assemble(read_sources([jsonl(tmp_path / "papers.jsonl", generated(150, 7))]), extractor=Extractor())
    some = next(e for e in graph.edges.values() if e.type == AUTHORED)
    some.props.pop("position", None)  # as a source without author order gives it
    g, ps = _paper_views(graph)
    whole = papers(_projection(graph))
    assert list(ps) == list(whole) and ps == whole
    assert any(p.orgs for p in ps.values()) and any(len(p.authors) > 1 for p in ps.values())
    assert all(g.nodes[n] == a for n, a in _projection(graph).nodes(data=True))


def test_the_grouping_cache_is_read_back_only_by_the_same_grouping_code(tmp_path: Path) -> None:
    from kg.analysis.summary import GroupingCache

    cache = GroupingCache()
    cache.kept["k1"] = {"papers": 2, "clusters": [{"ids": ["a", "b"], "core": True}]}
    (tmp_path / "g.gz").write_bytes(cache.dump())
    again = GroupingCache()
    again.load(tmp_path / "g.gz")
    assert again.get("k1") == cache.kept["k1"] and again.get("k2") is None and again.reused == 1
    other = json.loads(gzip.decompress(cache.dump()))
    other["fingerprint"] = "0" * 32  # made by other code
    (tmp_path / "g.gz").write_bytes(gzip.compress(json.dumps(other).encode()))
    stale = GroupingCache()
    stale.load(tmp_path / "g.gz")
    stale.load(tmp_path / "missing.gz")
    assert stale.get("k1") is None and stale.reused == 0
