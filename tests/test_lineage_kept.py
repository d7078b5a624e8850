"""Lineage evidence kept with the store (``kg.analysis.lineage.kept``): inference on a graph with papers
added, reusing the evidence kept by inference on the graph before, gives what inference from nothing gives,
and reuses the evidence of the models the added papers do not touch."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.lineage import infer_builds_on
from kg.analysis.lineage.kept import EvidenceCache
from kg.model import AUTHOR, AUTHORED, CITES, INTRODUCES, MENTIONS, MODEL, PAPER, USES, Edge, Graph, Node

FAMILIES = ["Zorblat", "Quenta", "Mirelo"]
PEOPLE = ["Ann Lee", "Bo Chen", "Cy Diaz", "Dee Evans"]
WORDS = ["sparse", "routing", "speech", "vision", "giant", "pipeline", "retrieval", "tokens"]


@st.composite
def papers(draw: st.DrawFn, first: int = 0) -> list[dict[str, Any]]:
    """Small dated papers that introduce models of a few name families, name others (used or plainly),
    cite earlier ones, with authors and a few words of text."""
    out = []
    for i in range(draw(st.integers(1, 6))):
        out.append({
            "id": f"paper:{first + i}", "date": f"202{draw(st.integers(0, 4))}-0{draw(st.integers(1, 9))}-15",
            "model": f"{draw(st.sampled_from(FAMILIES))} {draw(st.sampled_from(['', '2', '3', 'Pro']))}".strip(),
            "named": draw(st.lists(st.sampled_from(FAMILIES), max_size=2, unique=True)),
            "used": draw(st.booleans()),
            "authors": draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=2, unique=True)),
            "words": " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=5))),
            "cites": draw(st.lists(st.integers(0, 11), max_size=2, unique=True))})
    return out


def graph(rows: list[dict[str, Any]]) -> Any:
    g = Graph()
    for row in rows:
        pid = row["id"]
        g.add_node(Node(pid, PAPER, {"title": f"{row['model']}: {row['words']}", "date": row["date"],
                                     "abstract": f"We introduce {row['model']} for {row['words']}."}))
        for i, name in enumerate(row["authors"]):
            g.add_node(Node(f"author:{name}", AUTHOR, {"name": name}))
            g.add_edge(Edge(f"author:{name}", AUTHORED, pid, {"position": i}))
        mid = f"model:{row['model'].lower()}"
        g.add_node(Node(mid, MODEL, {"name": row["model"]}))
        g.add_edge(Edge(pid, INTRODUCES, mid))
        for name in row["named"]:
            if name.lower() != row["model"].lower():
                g.add_node(Node(f"model:{name.lower()}", MODEL, {"name": name}))
                g.add_edge(Edge(pid, USES if row["used"] else MENTIONS, f"model:{name.lower()}"))
    ids = {row["id"] for row in rows}
    for row in rows:
        for c in row["cites"]:
            if f"paper:{c}" in ids and f"paper:{c}" != row["id"]:
                g.add_edge(Edge(row["id"], CITES, f"paper:{c}"))
    return g.to_networkx()


def edges(g: Any, kept: EvidenceCache | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    return [(e.source, e.target, e.props) for e in infer_builds_on(g, kept=kept)]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_inference_reusing_kept_evidence_gives_the_edges_of_inference_from_nothing(data: st.DataObject) -> None:
    before = data.draw(papers())
    added = data.draw(papers(first=len(before)))
    earlier = EvidenceCache()
    edges(graph(before), earlier)
    kept = EvidenceCache()
    kept.known = earlier.kept
    fresh = EvidenceCache()
    assert edges(graph(before + added), kept) == edges(graph(before + added), fresh)
    assert kept.kept == fresh.kept  # what the next build reads is the same too


def test_models_an_added_paper_does_not_touch_keep_their_evidence() -> None:
    rows = [{"id": "paper:0", "date": "2021-01-15", "model": "Zorblat", "named": [], "used": False,
             "authors": ["Ann Lee"], "words": "sparse routing", "cites": []},
            {"id": "paper:1", "date": "2022-01-15", "model": "Zorblat 2", "named": [], "used": False,
             "authors": ["Ann Lee"], "words": "sparse routing tokens", "cites": [0]},
            {"id": "paper:2", "date": "2022-03-15", "model": "Quenta", "named": [], "used": False,
             "authors": ["Bo Chen"], "words": "speech vision", "cites": []}]
    unrelated = {"id": "paper:3", "date": "2023-01-15", "model": "Mirelo", "named": [], "used": False,
                 "authors": ["Cy Diaz"], "words": "giant pipeline", "cites": []}
    earlier = EvidenceCache()
    edges(graph(rows), earlier)
    kept = EvidenceCache()
    kept.known = earlier.kept
    assert [(s, t) for s, t, _ in edges(graph([*rows, unrelated]), kept)] == [("model:zorblat 2", "model:zorblat")]
    assert kept.reused == 3  # every model of the first three papers; Mirelo's evidence is gathered
    between = {**unrelated, "date": "2021-06-15", "authors": ["Ann Lee"]}  # before Zorblat 2, by its author
    kept = EvidenceCache()
    kept.known = earlier.kept
    edges(graph([*rows, between]), kept)
    assert kept.reused == 2  # Zorblat 2's candidate parents now hold Mirelo: its evidence is gathered again
