"""One name, one node: a name one paper introduces as a data set and another abstract reads as a model (the
new-user trial's "uses ZorbPile") is one Dataset node, and the other way round; a tie keeps both. Every abstract
is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import kg.api

CORPUS = {"id": "2401.00001", "title": "ZorbPile: A Corpus for Code", "date": "2024-01-05", "authors": ["Ann Lee"],
          "abstract": "We release ZorbPile, a 2TB corpus of permissively licensed code."}
MODEL_PAPER = {"id": "2401.00004", "title": "Osprey: Small Code Models", "date": "2024-01-06", "authors": ["Di Fox"],
               "abstract": "We present Osprey, a small code model that beats GPT-3."}


def build(tmp_path: Path, rows: list[dict[str, Any]]) -> Any:
    """The networkx graph of a store built from ``rows`` (JSONL records) under tmp_path."""
    src = tmp_path / "lib.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    kg.api.build([src], tmp_path / "store")
    return kg.api.load_networkx(tmp_path / "store")


def edges_to(g: Any, key: str) -> set[tuple[str, str, str]]:
    """(paper id, type, node id) of every edge into a node keyed ``key``."""
    return {(s.removeprefix("paper:arxiv:"), k, d) for s, d, k in g.edges(keys=True) if d.endswith(":" + key)}


def test_a_data_set_a_paper_introduces_is_one_node_where_another_reads_a_model(tmp_path: Path) -> None:
    user = {"id": "2402.00002", "title": "Stratus: Expert Parallel Training", "date": "2024-02-05",
            "authors": ["Bo Chen"], "abstract": "We present Stratus, a mixture-of-experts model that uses ZorbPile and "
            "beats GPT-3."}
    g = build(tmp_path, [CORPUS, user])
    assert edges_to(g, "zorbpile") == {("2401.00001", "INTRODUCES", "dataset:zorbpile"),
                                       ("2402.00002", "USES", "dataset:zorbpile")}


def test_a_model_a_paper_introduces_takes_a_data_reading_elsewhere_as_a_use(tmp_path: Path) -> None:
    other = {"id": "2402.00003", "title": "Benchmarks for Code", "date": "2024-02-06", "authors": ["Cy Dee"],
             "abstract": "We evaluate on the Osprey dataset and on HumanEval."}
    g = build(tmp_path, [MODEL_PAPER, other])
    assert edges_to(g, "osprey") == {("2401.00004", "INTRODUCES", "model:osprey"),
                                     ("2402.00003", "USES", "model:osprey")}


def test_a_tie_with_no_introducing_paper_keeps_both_readings(tmp_path: Path) -> None:
    a = {"id": "2402.00005", "title": "A Study", "date": "2024-02-07", "authors": ["Eve Ng"],
         "abstract": "We evaluate on the Quillset dataset."}
    b = {"id": "2402.00006", "title": "Another Study", "date": "2024-02-08", "authors": ["Fay Oh"],
         "abstract": "We fine-tune the Quillset model on news."}
    g = build(tmp_path, [a, b])
    assert {d for _, _, d in edges_to(g, "quillset")} == {"dataset:quillset", "model:quillset"}

