"""The differential write of `kg build --add` (kg/store/delta.py): a copy of the old database with only the
difference written holds exactly what a fresh write of the new graph holds, and it writes only the difference."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import AUTHOR, AUTHORED, CITES, HAS_TOPIC, PAPER, SCHEMA, STORED_LABELS, SUMMARY, TOPIC, Edge, Graph, Node
from kg.store import delta
from kg.store.cypher import clean_props, embedded_schema
from kg.store.embedded import EmbeddedStore, active_database, replace_store

SHAPES = {AUTHORED: (AUTHOR, PAPER), HAS_TOPIC: (PAPER, TOPIC), CITES: (PAPER, PAPER)}
values = st.one_of(st.none(), st.text(max_size=6), st.integers(-3, 3), st.booleans(),
                   st.lists(st.text("ab", max_size=2), max_size=2))
# ``name`` is a string property in the store's schema (indexed): a string or unset, as every graph has it
props = st.builds(lambda name, rest: {**rest, "name": name}, st.one_of(st.none(), st.text(max_size=6)),
                  st.dictionaries(st.sampled_from(["note", "year", "tags"]), values, max_size=3))


@st.composite
def graphs(draw: st.DrawFn) -> Graph:
    """Up to 6 nodes from a pool of 6 ids (so two graphs share ids, some under another label), and edges of
    the types SHAPES allows between them, all with properties (None values: properties a store drops)."""
    g = Graph()
    for nid in draw(st.lists(st.sampled_from([f"n{i}" for i in range(6)]), max_size=6, unique=True)):
        g.add_node(Node(nid, draw(st.sampled_from([AUTHOR, PAPER, TOPIC])), draw(props)))
    for rel, (source, target) in SHAPES.items():
        sources = sorted(n.id for n in g.nodes.values() if n.label == source)
        targets = sorted(n.id for n in g.nodes.values() if n.label == target)
        if sources and targets:
            for s, t in draw(st.lists(st.tuples(st.sampled_from(sources), st.sampled_from(targets)), max_size=4)):
                g.add_edge(Edge(s, rel, t, draw(props)))
    return g


def stored(path: Path) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str, str]]]:
    store = EmbeddedStore(path)
    try:
        g = store.read()
    finally:
        store.close()
    return canonical(g)


def canonical(g: Graph) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str, str]]]:
    """Nodes and edges with the properties a store holds, as comparable text."""
    def text(p: dict[str, Any]) -> str:
        return json.dumps({k: v for k, v in clean_props(p).items() if k != "id"}, sort_keys=True)
    return ({(n.label, n.id, text(n.props)) for n in g.nodes.values()},
            {(e.source, e.type, e.target, text(e.props)) for e in g.edges.values()})


def written_rows(path: Path, g: Graph, differential: bool) -> int:
    totals: list[int | None] = []
    replace_store(path, g, progress=lambda phase, done, total, *step: totals.append(total), differential=differential)
    return int(totals[-1] or 0)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=graphs(), second=graphs())
def test_the_difference_written_into_a_copy_stores_the_new_graph(
        first: Graph, second: Graph, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("delta") / "store"
    written_rows(path, first, differential=False)
    assert stored(path) == canonical(first)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(delta, "DIFFERENCE_SHARE", float("inf"))  # every difference applied, however large
        rows = written_rows(path, second, differential=True)
    assert stored(path) == canonical(second)
    assert rows == len(delta.changes(delta.digest(first), second, delta.digest(second)))
    assert rows <= len(first.nodes) + len(first.edges) + len(second.nodes) + len(second.edges)


def test_an_unchanged_graph_writes_no_row_and_a_changed_property_one(tmp_path: Path) -> None:
    g = Graph()
    for i in range(30):
        g.add_node(Node(f"paper:{i}", PAPER, {"title": f"Paper {i}", "year": 2020 + i % 3}))
        g.add_node(Node(f"author:{i}", AUTHOR, {"name": f"Author {i}"}))
        g.add_edge(Edge(f"author:{i}", AUTHORED, f"paper:{i}", {"position": 0}))
    path = tmp_path / "store"
    assert written_rows(path, g, differential=True) == 90  # a new store: written whole
    first = active_database(path)
    assert written_rows(path, g, differential=True) == 0
    assert active_database(path) != first  # a fresh database all the same, swapped in
    g.nodes["paper:7"] = Node("paper:7", PAPER, {"title": "Paper 7, revised"})  # year dropped
    assert written_rows(path, g, differential=True) == 1
    assert stored(path) == canonical(g)
    assert written_rows(path, g, differential=False) == 90


def test_a_difference_of_more_than_its_share_of_the_rows_is_written_whole(tmp_path: Path) -> None:
    first = Graph({f"topic:{i}": Node(f"topic:{i}", TOPIC, {"name": f"T{i}"}) for i in range(100)})
    share = int(delta.DIFFERENCE_SHARE * 100)
    for changed, rows in ((share, share), (share + 1, 100)):  # at the share: the difference; above: every row
        path = tmp_path / f"store{changed}"
        written_rows(path, first, differential=False)
        g = Graph(dict(first.nodes))
        for i in range(changed):
            g.nodes[f"topic:{i}"] = Node(f"topic:{i}", TOPIC, {"name": f"U{i}"})
        assert written_rows(path, g, differential=True) == rows
        assert stored(path) == canonical(g)
        assert delta.load_digest(active_database(path) / delta.DIGEST) == delta.digest(g)


def test_a_store_without_a_digest_is_written_whole(tmp_path: Path) -> None:
    g = Graph()
    g.add_node(Node("topic:a", TOPIC, {"name": "A"}))
    g.add_node(Node("topic:b", TOPIC, {"name": "B"}))
    path = tmp_path / "store"
    written_rows(path, g, differential=False)
    (active_database(path) / delta.DIGEST).write_bytes(b"not gzip")  # damaged: only a cache of the rows
    assert delta.load_digest(active_database(path) / delta.DIGEST) is None
    assert written_rows(path, g, differential=True) == 2
    assert stored(path) == canonical(g)


# one row's properties, and edits of them: each edit changes what a store holds, or not ("same")
ROW = {"name": "A", "year": 2021, "score": 0.5, "flag": True, "tags": ["x", "y"], "note": None}
EDITS = {
    "value": ({"name": "B"}, False), "int to float": ({"year": 2021.0}, False),
    "int to text": ({"year": "2021"}, False), "bool to int": ({"flag": 1}, False),
    "float": ({"score": 0.5000001}, False), "list item": ({"tags": ["x", "z"]}, False),
    "list order": ({"tags": ["y", "x"]}, False), "list shorter": ({"tags": ["x"]}, False),
    "added": ({"extra": 0}, False), "set from None": ({"note": "n"}, False), "dropped": ({"year": None}, False),
    "emptied list": ({"tags": []}, False), "None added": ({"more": None}, True),
    "empty list added": ({"more": []}, True),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_the_digest_tells_every_edit_of_a_property_of_every_kind_of_row(edit: str) -> None:
    """Every label and relationship type: an edit the store would hold differently changes that row's hash,
    and ``changes`` writes that row alone; an edit no store holds (an unset value) changes nothing."""
    g = Graph()
    for label in STORED_LABELS:
        g.add_node(Node(f"{label}:1", label, dict(ROW)))
    for rel, (sources, targets) in SCHEMA.items():
        g.add_edge(Edge(f"{sources[0]}:1", rel, f"{targets[-1]}:1", dict(ROW)))
    before = delta.digest(g)
    update, same = EDITS[edit]
    for nid, node in list(g.nodes.items()):
        edited = Graph(dict(g.nodes), dict(g.edges))
        edited.nodes[nid] = Node(nid, node.label, {**node.props, **update})
        rows = delta.changes(before, edited, delta.digest(edited))
        assert [n.id for n in rows.nodes] == ([] if same else [nid]) and not rows.edges and not rows.gone_nodes
    for key, edge in list(g.edges.items()):
        edited = Graph(dict(g.nodes), dict(g.edges))
        edited.edges[key] = Edge(edge.source, edge.type, edge.target, {**edge.props, **update})
        rows = delta.changes(before, edited, delta.digest(edited))
        assert [e.key for e in rows.edges] == ([] if same else [key]) and not rows.nodes and not rows.gone_edges


def raw_rows(db: Any) -> list[tuple[str, list[tuple[str, Any]]]]:
    """Every record of every label and type as the engine holds it, in record order (properties in stored order)."""
    return [(kind, [(k, repr(v)) for k, v in row.items()])
            for kind in [*STORED_LABELS, *SCHEMA] for row in db.query("sql", f"SELECT FROM `{kind}`").to_list()]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(g=graphs())
def test_the_bulk_write_stores_what_the_bindings_own_batch_methods_store(
        g: Graph, tmp_path_factory: pytest.TempPathFactory) -> None:
    """``bulk_write`` hands the engine rows it encoded itself (``kg.store.embedded._batch_op``): the records are
    those the binding's ``create_vertices`` and ``new_edges`` make of the same rows, property order included;
    and the digest written with the rows is ``write_digest``'s, byte for byte."""
    import arcadedb

    tmp = tmp_path_factory.mktemp("bulk")
    store = EmbeddedStore(tmp / "ours", create=True)
    try:
        store.bulk_write(g, digest=tmp / "digest")
        ours = raw_rows(store.db)
        theirs_db = arcadedb.create_database(str(tmp / "theirs"))
        try:
            for statement in embedded_schema():
                theirs_db.command("sql", statement)
            batch = theirs_db.graph_batch(commit_every=2000, batch_size=2000, use_wal=False)
            rids: dict[str, str] = {}
            for node in sorted(g.nodes.values(), key=lambda n: (n.label, n.id)):
                rids[node.id] = batch.create_vertices(node.label, [{**clean_props(node.props), "id": node.id}])[0]
            for edge in sorted(g.edges.values(), key=lambda e: (e.type, e.key)):
                props = clean_props(edge.props)
                batch.new_edges([rids[edge.source]], edge.type, [rids[edge.target]], [props] if props else None)
            batch.close()
            theirs = raw_rows(theirs_db)
        finally:
            theirs_db.close()
    finally:
        store.close()
    assert ours == theirs
    delta.write_digest(tmp / "computed", g)
    assert gzip.decompress((tmp / "digest").read_bytes()) == gzip.decompress((tmp / "computed").read_bytes())
    assert delta.load_digest(tmp / "digest") == delta.digest(g)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(g=graphs(), summaries=st.lists(st.tuples(st.sampled_from(["s1", "s2", "s3"]), st.booleans()), unique_by=lambda s: s[0]))
def test_summary_nodes_given_late_are_stored_and_digested_as_those_of_the_graph(
        g: Graph, summaries: list[tuple[str, bool]], tmp_path_factory: pytest.TempPathFactory) -> None:
    """Summary nodes go last, after the edges, whether the graph holds them or ``late`` gives them (the build's,
    made while the rest is written): the same rows and the same digest file as a graph holding them all."""
    from kg.store.cypher import read_nodes

    tmp = tmp_path_factory.mktemp("late")
    made = [Node(f"summary:{sid}", SUMMARY, {"kind": sid, "data": "{}"}) for sid, _ in summaries]
    whole = Graph(dict(g.nodes), dict(g.edges))
    for node in made:
        whole.add_node(node)
    early = Graph(dict(g.nodes), dict(g.edges))
    for node, (_, now) in zip(made, summaries):
        if now:
            early.add_node(node)
    store = EmbeddedStore(tmp / "store", create=True)
    try:
        store.bulk_write(early, digest=tmp / "digest", late=lambda: [n for n, (_, now) in zip(made, summaries) if not now])
        rows = sorted(str(r["props"]["id"]) for r in store.run(read_nodes(SUMMARY)))
    finally:
        store.close()
    assert stored(tmp / "store") == canonical(g)
    assert rows == sorted(n.id for n in made)
    delta.write_digest(tmp / "computed", whole)
    assert gzip.decompress((tmp / "digest").read_bytes()) == gzip.decompress((tmp / "computed").read_bytes())
    assert delta.load_digest(tmp / "digest") == delta.digest(whole)


def test_digest_rows_in_another_order_than_the_bulk_writes_are_refused(tmp_path: Path) -> None:
    with delta.DigestFile(tmp_path / "digest") as out:
        out.summaries([["summary:a", SUMMARY, "0" * 16]])
        with pytest.raises(ValueError, match="digest rows of edges after those of summaries"):
            out.edges([["a", "CITES", "b", "0" * 16]])


def test_rows_made_ahead_come_in_order_raise_the_makers_error_and_stop_with_the_caller() -> None:
    import threading

    from kg.store.embedded import _made_ahead

    assert list(_made_ahead(iter(range(50)))) == list(range(50))

    def broken() -> Any:
        yield 1
        raise RuntimeError("encoding failed")

    made = _made_ahead(broken())
    assert next(made) == 1
    with pytest.raises(RuntimeError, match="encoding failed"):
        next(made)
    early = _made_ahead(iter(range(10_000)))
    assert next(early) == 0
    early.close()  # the caller stops (the engine failed): the thread ends with it
    assert not any(t.name == "kg-encode-ahead" for t in threading.enumerate())
