"""Same-named models kept apart: unrelated papers that each introduce a model of one name get one node each.

Every abstract is invented; the builds are real (extraction, inference, the embedded store).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from kg import api
from kg.analysis.common import papers
from kg.analysis.lineage.view import lineage_view
from kg.cli import cli
from kg.extract import Extractor
from kg.pipeline import add_extractions, keep_models_apart, resolved
from kg.sources import PaperRecord

LLM = ("2401.00101", "Kestrel: Open Foundation Language Models", ["Mei Lin", "Tomas Berg"], "2024-01-10", ["cs.CL"],
       "We present Kestrel, a family of decoder-only language models trained on 2 trillion tokens. We also "
       "release Kestrel-Chat, a version of Kestrel fine-tuned for dialogue.")
WEATHER = ("2405.13063", "Kestrel: A Foundation Model of the Atmosphere", ["Cris Bodo", "Wes Brun"], "2024-05-20",
           ["physics.ao-ph", "cs.LG"],
           "We introduce Kestrel, a foundation model of the atmosphere trained on a million hours of weather data. "
           "We also release Kestrel-0.1, a fine-tuned version of Kestrel for high-resolution forecasts.")
NEXT = ("2407.01313", "Kestrel 2: Stronger Open Language Models", ["Tomas Berg", "Ana Souza"], "2024-07-01",
        ["cs.CL"], "We introduce Kestrel 2, the successor to Kestrel, trained on 8 trillion tokens. Kestrel 2 "
        "outperforms Kestrel on every benchmark we report.")
USER = ("2408.01414", "Chatting with Kestrel", ["Ana Souza", "Li Wei"], "2024-08-01", ["cs.CL"],
        "We study dialogue safety. We fine-tune Kestrel on safety data and measure refusals.")


def build(tmp_path: Path, rows: list[tuple[Any, ...]], categories: bool = True) -> tuple[str, str]:
    """A store built from ``rows`` (id, title, authors, date, categories, abstract), and the build's report."""
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps({"id": pid, "title": title, "authors": authors, "date": date,
                                          "abstract": abstract, **({"categories": cats} if categories else {})}) + "\n"
                              for pid, title, authors, date, cats, abstract in rows), encoding="utf-8")
    store = str(tmp_path / "store")
    return store, api.build([source], store).text


def lineage(store: str, name: str, depth: int = 1) -> str:
    result = CliRunner().invoke(cli, ["lineage", name, "--depth", str(depth), "--store", store])
    assert result.exit_code == 0, result.output
    return result.output


def test_two_unrelated_introductions_of_one_name_are_two_models(tmp_path: Path) -> None:
    store, report = build(tmp_path, [LLM, WEATHER, NEXT, USER])
    assert ("Same-named models kept apart (1): unrelated papers each introduce one (no shared author or category); "
            "the bare name finds the first:\n"
            "  Kestrel: model:kestrel (2024-01-10, introduced by 'Kestrel: Open Foundation Language Models'); "
            "model:kestrel@arxiv:2405.13063 (2024-05-20, introduced by "
            "'Kestrel: A Foundation Model of the Atmosphere')") in report
    first = lineage(store, "Kestrel")
    assert first.startswith("Kestrel [arxiv:2401.00101] (2024-01-10, introduced by 'Kestrel: Open Foundation")
    assert "Kestrel-Chat" in first and "Kestrel 2 " in first and "Kestrel-0.1" not in first
    second = lineage(store, "Kestrel (arxiv:2405.13063)", depth=3)
    assert second.startswith("Kestrel [arxiv:2405.13063] (2024-05-20, introduced by 'Kestrel: A Foundation Model")
    assert "Kestrel-0.1" in second and "Kestrel-Chat" not in second and "Kestrel 2" not in second
    # the successor names the language model: no name edge to the weather model's version
    assert "Kestrel-0.1" not in lineage(store, "Kestrel 2", depth=3)
    g = api.load_networkx(store)
    users = {p for p, _, k in g.in_edges("model:kestrel", keys=True)}
    assert "paper:arxiv:2408.01414" in users  # a later bare mention, by the language model's field: the first
    assert {p for p, _ in g.in_edges("model:kestrel@arxiv:2405.13063")} == {"paper:arxiv:2405.13063",
                                                                            "model:kestrel0.1"}


def test_one_model_introduced_again_by_its_makers_stays_one(tmp_path: Path) -> None:
    again = ("2402.00202", "Kestrel: Technical Report", ["Mei Lin", "Jo Park"], "2024-02-10", ["cs.LG"],
             "We introduce Kestrel, a family of open language models, and report its training details.")
    store, report = build(tmp_path, [LLM, again, NEXT])
    assert "Same-named models kept apart" not in report
    assert lineage(store, "Kestrel").startswith("Kestrel (2024-01-10")
    g = api.load_networkx(store)
    assert len([p for p, _, k in g.in_edges("model:kestrel", keys=True) if k == "INTRODUCES"]) == 2


def test_without_categories_two_introductions_stay_one_model(tmp_path: Path) -> None:
    store, report = build(tmp_path, [LLM, WEATHER], categories=False)
    assert "Same-named models kept apart" not in report
    g = api.load_networkx(store)
    assert not [n for n in g if str(n).startswith("model:kestrel@")]
    assert {p for p, _, k in g.in_edges("model:kestrel", keys=True) if k == "INTRODUCES"} == {
        "paper:arxiv:2401.00101", "paper:arxiv:2405.13063"}  # both introduce it: one node, as before


def layout(g: Any) -> list[Any]:
    """Everything of a networkx projection in its order: nodes with attributes, each node's successors and
    predecessors in order with each pair's edge types in order and their attributes."""
    return [list(g.nodes(data=True)),
            [(n, [(t, [(k, dict(a)) for k, a in keys.items()]) for t, keys in g._succ[n].items()]) for n in g],
            [(n, list(g._pred[n])) for n in g]]


def test_the_split_keeps_the_projection_inference_reads_as_a_fresh_one() -> None:
    records = [PaperRecord(source="p.jsonl", line=i, arxiv_id=pid, title=title, authors=authors, date=date,
                           categories=cats, abstract=abstract)
               for i, (pid, title, authors, date, cats, abstract) in enumerate([LLM, WEATHER, NEXT, USER], 1)]
    graph = resolved(records)
    add_extractions(graph, Extractor())
    view = lineage_view(graph)
    before = layout(view)
    keep_models_apart(graph, view, papers(view))
    assert "model:kestrel@arxiv:2405.13063" in graph.nodes  # the weather model was split off
    assert layout(view) != before
    assert layout(view) == layout(lineage_view(graph))
