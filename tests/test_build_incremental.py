"""kg build --add: what it keeps of earlier builds, from any working folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.api
from kg.analysis.summary import GROUPINGS
from kg.cli import cli
from kg.model import PAPER
from kg.store.delta import DIGEST
from kg.store.embedded import active_database


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def titles(store: Path) -> list[str]:
    return sorted(str(n.props["title"]) for n in kg.api.load_graph(store).by_label(PAPER))


@pytest.mark.parametrize("again", ["../data/p.jsonl", "../data/./p.jsonl", "ABSOLUTE"])
def test_add_from_another_folder_replaces_a_file_first_built_by_a_relative_path(
        again: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = jsonl(tmp_path / "data" / "p.jsonl", [{"title": "First Draft Title", "authors": ["Ann Lee"]}])
    jsonl(tmp_path / "data" / "q.jsonl", [{"title": "A Kept Paper", "authors": ["Bo Chen"]}])
    store = tmp_path / "store"
    monkeypatch.chdir(tmp_path / "data")
    runner = CliRunner()
    first = runner.invoke(cli, ["build", "p.jsonl", "q.jsonl", "--store", str(store), "--no-extract"])
    assert first.exit_code == 0, first.output
    jsonl(source, [{"title": "Second Draft Title", "authors": ["Ann Lee"]}])
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    path = str(source) if again == "ABSOLUTE" else again
    result = runner.invoke(cli, ["build", path, "--add", "--store", str(store), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"Built {store}: 2 papers from 2 records in 2 file(s) (1 record(s) from 1 file(s) added now, replacing the "
        "1 record(s) read before from the same file(s)).")
    assert titles(store) == ["A Kept Paper", "Second Draft Title"]


FAMILIES = ["Zorblat", "Quenta", "Mirelo", "Sandvik"]
PEOPLE = ["Ann Lee", "Bo Chen", "Cy Diaz", "Dee Evans", "Eli Fox"]


@st.composite
def papers(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Small papers that introduce, version and use models of a few name families, dated, with authors."""
    out = []
    for i in range(draw(st.integers(2, 7))):
        family = draw(st.sampled_from(FAMILIES))
        version = draw(st.integers(1, 4))
        used = draw(st.sampled_from(FAMILIES))
        out.append({
            "title": f"{family}-{version}: a study number {i}",
            "abstract": f"We introduce {family}-{version}, a language model. We compare it with {used}-1 "
                        f"on the GLUE benchmark.",
            "authors": draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True)),
            "date": f"202{draw(st.integers(0, 4))}-0{draw(st.integers(1, 9))}-1{draw(st.integers(0, 9))}"})
    return out


def exported(store: Path, out: Path) -> bytes:
    result = CliRunner().invoke(cli, ["export", "--store", str(store), "--format", "node-link", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=papers(), second=papers())
def test_build_then_add_gives_the_graph_of_one_build_of_everything(
        first: list[dict[str, Any]], second: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> None:
    work = tmp_path_factory.mktemp("add")
    a, b = jsonl(work / "a.jsonl", first), jsonl(work / "b.jsonl", second)
    runner = CliRunner()
    for args in (["build", str(a), str(b), "--store", str(work / "together")],
                 ["build", str(a), "--store", str(work / "stepwise")],
                 ["build", str(b), "--add", "--store", str(work / "stepwise")]):
        result = runner.invoke(cli, [*args, "--quiet"])
        assert result.exit_code == 0, result.output
    assert exported(work / "stepwise", work / "s.json") == exported(work / "together", work / "t.json")
    for kept in (DIGEST, GROUPINGS):  # every row, summaries too; the groupings the next add reads
        assert (active_database(work / "stepwise") / kept).read_bytes() == (
            active_database(work / "together") / kept).read_bytes()


def test_extraction_in_worker_processes_adds_what_one_process_adds(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import Extractor
    from kg.model import Graph, Node
    from kg import pipeline

    def graph() -> Graph:
        g = Graph()
        for i, family in enumerate(FAMILIES * 2):
            g.add_node(Node(f"paper:{i}", PAPER, {
                "title": f"{family}-{i}: scaling a model", "categories": ["cs.CL"],
                "abstract": f"We introduce {family}-{i}, built on {FAMILIES[i % 3]}-1. We evaluate it on SQuAD."}))
        return g

    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 0)
    monkeypatch.setattr(pipeline, "EXTRACT_CHUNK", 3)  # 8 papers: three tasks over two workers
    one, two = graph(), graph()
    extractor = Extractor()
    pipeline.add_extractions(one, extractor)
    steps: list[int] = []
    pipeline.add_extractions(two, extractor, lambda phase, done, total: steps.append(done), jobs=2)
    assert steps == list(range(9))  # the phase opens at 0 (workers take a while to start), then each paper
    assert len(one.edges) > len(FAMILIES) * 2  # the papers' models and datasets were found
    assert list(two.nodes.items()) == list(one.nodes.items())
    assert list(two.edges.items()) == list(one.edges.items())


def test_extraction_begun_before_resolution_builds_the_store_one_process_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline

    rows = [{"id": f"2401.{i:05d}", "title": f"{family}-{i}: scaling a model", "categories": ["cs.CL"],
             "abstract": f"We introduce {family}-{i}, built on {FAMILIES[i % 3]}-1. We evaluate it on SQuAD."}
            for i, family in enumerate(FAMILIES * 2)]
    # the same papers again: one with a longer abstract (its copy alone predicts the merged paper), one with
    # another text (the merged paper holds both abstracts, as no record alone does: extracted after resolution)
    again = [{**rows[0], "abstract": rows[0]["abstract"] + " It also runs on speech."},
             {**rows[1], "abstract": f"{FAMILIES[1]}-1 extends {FAMILIES[2]}-1 to long documents."}]
    sources = [str(jsonl(tmp_path / "a.jsonl", rows)), str(jsonl(tmp_path / "b.jsonl", again))]
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 0)
    monkeypatch.setattr(pipeline, "EXTRACT_CHUNK", 3)
    taken: list[bool] = []
    take = pipeline.EarlyExtraction.take
    monkeypatch.setattr(pipeline.EarlyExtraction, "take",
                        lambda self, pid, key: taken.append(bool(found := take(self, pid, key))) or found)
    pipeline.build(sources, tmp_path / "one", jobs=1)
    assert taken == []
    pipeline.build(sources, tmp_path / "two", jobs=2)
    assert sorted(taken) == [False] + [True] * (len(rows) - 1)  # one paper's merged text was not predicted
    taken.clear()
    pipeline.build(sources[:1], tmp_path / "three", jobs=2)
    pipeline.build(sources[1:], tmp_path / "three", add=True, jobs=2)  # only the added file's records predicted
    assert sorted(taken[len(rows):]) == [False, True]
    for kept in (DIGEST, "extractions.jsonl.gz"):
        for store in ("two", "three"):
            assert (active_database(tmp_path / store) / kept).read_bytes() == (
                active_database(tmp_path / "one") / kept).read_bytes()


@settings(max_examples=60, deadline=None)
@given(title=st.sampled_from(["", "A Zorb Model", "a zorb model"]),
       abstract=st.sampled_from(["", "We propose Zorb.", "We propose Zorb. " * 3]),
       categories=st.lists(st.sampled_from(["cs.CL", "cs.LG", "stat.ML", "q-bio.GN", "Machine Learning", "cs.CL"]),
                           max_size=4),
       ids=st.sampled_from([{}, {"arxiv_id": "2401.00001"}, {"doi": "10.1000/xyz"}]))
def test_a_records_predicted_input_is_the_input_of_its_paper_resolved_alone(
        title: str, abstract: str, categories: list[str], ids: dict[str, str]) -> None:
    from kg.pipeline import paper_item, solo_item
    from kg.resolve import paper_node_id, paper_props
    from kg.sources import PaperRecord

    rec = PaperRecord("a.jsonl", 1, title=title, abstract=abstract or ("" if title else "Some text."),
                      categories=categories, **ids)
    assert solo_item(rec) == paper_item(paper_node_id([rec]), paper_props([rec]))


def test_add_by_typed_relative_paths_names_every_file_as_a_build_of_everything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jsonl(tmp_path / "data" / "a.jsonl", [{"title": "Kept Paper One", "authors": ["Ann Lee"]}])
    jsonl(tmp_path / "data" / "b.jsonl", [{"title": "Added Paper Two", "authors": ["Ann Lee", "Bo Chen"]}])
    monkeypatch.chdir(tmp_path / "data")
    runner = CliRunner()
    for args in (["a.jsonl", "./b.jsonl", "--store", "../together"], ["a.jsonl", "--store", "../stepwise"],
                 ["./b.jsonl", "--add", "--store", "../stepwise"]):
        result = runner.invoke(cli, ["build", *args, "--no-extract", "--quiet"])
        assert result.exit_code == 0, result.output
    sources = {str(n.props["title"]): n.props["sources"] for n in kg.api.load_graph("../stepwise").by_label(PAPER)}
    assert sources == {"Kept Paper One": ["a.jsonl:1"], "Added Paper Two": ["b.jsonl:1"]}
    assert exported(tmp_path / "stepwise", tmp_path / "s.json") == exported(tmp_path / "together", tmp_path / "t.json")
