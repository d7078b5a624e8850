"""Lookups that read only the subgraph they report give the answers the whole-graph analyses give."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import api
from kg.analysis import collab
from kg.errors import NodeNotFound
from kg.model import AUTHOR

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 300 generated papers (benchmarks/generate.py, seed 5): many shared authors."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("generated")
    corpus = folder / "papers.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "300", "--seed", "5", "-o",
                    str(corpus)], check=True)
    build([corpus], folder / "store", extract=False, infer=False)
    return folder / "store"


def whole_graph_answer(store: Path, name: str) -> dict:
    return collab.coauthors(api.load_networkx(store), name)


@pytest.mark.parametrize("which", ["example", "generated"])
def test_coauthors_from_the_store_equal_the_whole_graph_answer(which: str, example_store: Path,
                                                               generated_store: Path) -> None:
    store = example_store if which == "example" else generated_store
    g = api.load_networkx(store)
    names = sorted({a["name"] for _, a in g.nodes(data=True) if a.get("label") == AUTHOR})
    assert len(names) > 5
    for name in names:
        assert api.coauthors(store, name).data == whole_graph_answer(store, name), name


def test_coauthors_by_id_and_by_a_loose_spelling(generated_store: Path) -> None:
    g = api.load_networkx(generated_store)
    aid, attrs = next((n, a) for n, a in sorted(g.nodes(data=True)) if a.get("label") == AUTHOR)
    loose = attrs["name"].upper()
    assert api.coauthors(generated_store, aid).data == whole_graph_answer(generated_store, aid)
    assert api.coauthors(generated_store, loose).data == whole_graph_answer(generated_store, loose)
    assert json.dumps(api.coauthors(generated_store, loose).data) == json.dumps(
        api.coauthors(generated_store, loose).data)


def test_an_unknown_author_gives_the_same_error(generated_store: Path) -> None:
    with pytest.raises(NodeNotFound) as from_store:
        api.coauthors(generated_store, "Nobody Ofthisname")
    with pytest.raises(NodeNotFound) as whole:
        whole_graph_answer(generated_store, "Nobody Ofthisname")
    assert str(from_store.value) == str(whole.value)
