"""Scoring a labelled real corpus: labels joined by key, exact names after folding, neutral names, parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import SourceError
from kg.extract.evaluate import TypeScore, corpus_part, evaluate, evaluate_corpus, format_report, score_key
from kg.model import BUILDS_ON, INTRODUCES, MODEL, USES, Edge, Node

RECORDS = [
    {"id": "", "title": "Wrenfold: Sparse Retrieval at Scale",
     "abstract": "We present Wrenfold, a retriever built on BERT. Wrenfold beats SpladeQ on MS MARCO "
                 "and uses a Transformer encoder."},
    {"id": "x.2", "title": "Tides of the inner shelf",
     "abstract": "We measure the tides of the inner shelf with a array of gauges."},
]


def key_in(part: str, stem: str) -> str:
    """The first key ``stem-N`` the fixed split rule puts in ``part``."""
    return next(f"{stem}-{n}" for n in range(100) if corpus_part(f"{stem}-{n}") == part)


def write(tmp_path: Path, parts: tuple[str, str] = ("dev", "dev")) -> tuple[Path, Path]:
    records = [dict(RECORDS[0], id=key_in(parts[0], "a")), dict(RECORDS[1], id=key_in(parts[1], "b"))]
    labels = [
        {"key": records[0]["id"], "part": parts[0], "group": "ml-named-models",
         "models": ["Wrenfold", "BERT", "SpladeQ"], "datasets": ["MS-MARCO"], "introduces": ["Wrenfold"],
         "builds_on": [["Wrenfold", "BERT"]], "generic": ["Transformer"], "ambiguous": []},
        {"key": records[1]["id"], "part": parts[1], "group": "non-ml-science", "models": [], "datasets": [],
         "introduces": [], "builds_on": [], "generic": [], "ambiguous": []},
    ]
    corpus, lab = tmp_path / "corpus.jsonl", tmp_path / "labels.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    lab.write_text("".join(json.dumps(r) + "\n" for r in labels), encoding="utf-8")
    return corpus, lab


def test_score_key_folds_case_dashes_sizes_plurals_not_versions() -> None:
    assert score_key("MS MARCO") == score_key("ms-marco")
    assert score_key("Wrenfold 7B") == score_key("wrenfold") != score_key("Wrenfolds")  # no head word: no plural
    assert score_key("Wrenformer 7B") == score_key("Wrenformers") == score_key("wrenformer")
    assert score_key("SQuAD 1.1") != score_key("SQuAD 2.0")


def test_corpus_scores_exact_names_with_generic_neutral(tmp_path: Path) -> None:
    report = evaluate_corpus(*write(tmp_path), part="dev")
    s = report.scores
    assert report.papers == 2
    assert (s["models"].tp, s["models"].fp, s["models"].fn) == (3, 0, 0)  # Transformer counts for nothing
    assert (s["datasets"].tp, s["introduces"].tp, s["builds_on"].tp) == (1, 1, 1)
    assert report.junk == 0 and report.predicted == 5  # Transformer is predicted, not junk


def test_a_generic_name_the_row_leaves_out_still_counts_for_nothing(tmp_path: Path) -> None:
    corpus, labels = write(tmp_path)
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    rows[0]["generic"] = []  # the guide makes "Transformer" generic whether or not the row says so
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = evaluate_corpus(corpus, labels, part="dev")
    assert (report.scores["models"].fp, report.junk) == (0, 0)
    rows[0]["models"].append("Transformer")  # a row naming it as a model scores it as one
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert evaluate_corpus(corpus, labels, part="dev").scores["models"].tp == 4


class OneModelEach:
    """An extractor stand-in that finds the model "Kestrel-9" in every paper (to test the counting alone)."""

    def many(self, items):  # type: ignore[no-untyped-def]
        for pid, *_ in items:
            node = Node("model:kestrel9", MODEL, {"name": "Kestrel-9", "aliases": []})
            yield [node], [Edge(pid, USES, node.id, {})]


class HybridWithGenericPart:
    """An extractor stand-in: "Wrenfold-BiLSTM" introduced in the first paper, built on BERT and on BiLSTM."""

    def many(self, items):  # type: ignore[no-untyped-def]
        for n, (pid, *_) in enumerate(items):
            if n:
                yield [], []
                continue
            own, bert, lstm = (Node(f"model:{k.casefold()}", MODEL, {"name": k, "aliases": []})
                               for k in ("Wrenfold-BiLSTM", "BERT", "BiLSTM"))
            yield [own, bert, lstm], [Edge(pid, INTRODUCES, own.id, {}), Edge(pid, USES, bert.id, {}),
                                      Edge(own.id, BUILDS_ON, bert.id, {}), Edge(own.id, BUILDS_ON, lstm.id, {})]


def test_a_generic_pair_labelled_with_its_long_form_counts_for_nothing(tmp_path: Path) -> None:
    corpus, labels = write(tmp_path)
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    rows[0].update(models=["Wrenfold-BiLSTM", "BERT"], datasets=[], introduces=["Wrenfold-BiLSTM"],
                   builds_on=[["Wrenfold-BiLSTM", "BERT"]],
                   generic=[["Wrenfold-BiLSTM", "Bidirectional Long Short-Term Memory (BiLSTM)"]])
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    s = evaluate_corpus(corpus, labels, part="dev", extractor=HybridWithGenericPart()).scores["builds_on"]  # type: ignore[arg-type]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)  # the pair to BiLSTM is the labelled generic pair, written in full


def test_outside_ml_abstract_yielding_a_model_is_counted_and_listed(tmp_path: Path) -> None:
    report = evaluate_corpus(*write(tmp_path), part="dev", extractor=OneModelEach())  # type: ignore[arg-type]
    assert (report.outside, report.outside_clean, report.outside_no_junk) == (1, 0, 0)
    assert (report.junk, report.predicted) == (2, 2)
    text = format_report(report)
    assert "outside ML: 0 of 1 abstracts yield no Model or Dataset at all; 0 yield none their labels lack" in text
    assert f"outside ML: {report.outside_names[0][0]}:Kestrel-9" in text


def test_part_selects_records_and_heldout_keeps_no_names(tmp_path: Path) -> None:
    corpus, labels = write(tmp_path, ("heldout", "dev"))
    held = evaluate_corpus(corpus, labels, part="heldout")
    assert held.papers == 1 and held.scores["models"].tp == 3
    assert not any(s.missed or s.spurious for s in held.scores.values()) and not held.junk_names
    assert evaluate_corpus(corpus, labels, part="all").papers == 2


def test_label_key_missing_from_corpus_or_in_the_wrong_part_is_refused(tmp_path: Path) -> None:
    corpus, labels = write(tmp_path)
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    labels.write_text(json.dumps(dict(rows[0], part="heldout")) + "\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"labels.jsonl:1: part 'heldout' breaks the fixed split rule"):
        evaluate_corpus(corpus, labels)
    labels.write_text(json.dumps(dict(rows[0], key="nope")) + "\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"labels.jsonl:1: key 'nope' is not a record of"):
        evaluate_corpus(corpus, labels)


def test_cli_eval_corpus_exact_output(runner: CliRunner, tmp_path: Path) -> None:
    corpus, labels = write(tmp_path)
    result = runner.invoke(cli, ["eval", "--corpus", str(corpus), "--labels", str(labels), "--misses", "0"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:6] == [
        "2 papers (dev)",
        "type         precision  recall     f1    tp   fp   fn",
        "models           1.000   1.000  1.000     3    0    0",
        "datasets         1.000   1.000  1.000     1    0    0",
        "introduces       1.000   1.000  1.000     1    0    0",
        "builds_on        1.000   1.000  1.000     1    0    0"]
    bad = runner.invoke(cli, ["eval", "--corpus", str(corpus)])
    assert bad.exit_code == 2 and "give GOLD, or both --corpus and --labels" in bad.output


ACRONYM = {"id": "", "title": "",
           "abstract": "We propose the Tidal Lattice Patch Mixer (TLPM), a forecaster built on PatchTST. "
                       "TLPM beats Informer on ETTh1."}
ACRONYM_LABELS = {"group": "ml-named-models", "models": ["Tidal Lattice Patch Mixer", "PatchTST", "Informer"],
                  "datasets": ["ETTh1"], "introduces": ["Tidal Lattice Patch Mixer"],
                  "builds_on": [["Tidal Lattice Patch Mixer", "PatchTST"]], "generic": [], "ambiguous": []}


def as_gold(corpus: Path, labels: Path, gold: Path) -> Path:
    """The labelled records of ``corpus`` as one gold file (labels written on each paper)."""
    records = {r["id"]: r for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())}
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    gold.write_text("".join(json.dumps({**records[r["key"]], **r, "orgs": []}) + "\n" for r in rows),
                    encoding="utf-8")
    return gold


def test_gold_file_and_corpus_score_a_labelled_paper_the_same(tmp_path: Path) -> None:
    record = dict(ACRONYM, id=key_in("dev", "c"))
    corpus, labels = write(tmp_path)
    with corpus.open("a", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")
    with labels.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"key": record["id"], "part": "dev", **ACRONYM_LABELS}) + "\n")
    by_corpus = evaluate_corpus(corpus, labels, part="dev").as_dict()
    by_gold = evaluate(as_gold(corpus, labels, tmp_path / "gold.jsonl")).as_dict()
    assert by_gold["types"].pop("orgs")["fp"] == 0
    assert {k: v for k, v in by_gold.items() if k != "part"} == {k: v for k, v in by_corpus.items() if k != "part"}
    models = by_corpus["types"]["models"]
    assert (models["tp"], models["fp"], models["fn"]) == (6, 0, 0)  # the long form is TLPM's alias
    assert by_corpus["types"]["introduces"]["tp"] == 2


def test_cli_eval_gold_file_prints_junk_and_outside_ml(runner: CliRunner, tmp_path: Path) -> None:
    gold = as_gold(*write(tmp_path), tmp_path / "gold.jsonl")
    result = runner.invoke(cli, ["eval", str(gold), "--misses", "0"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "2 papers (gold)",
        "type         precision  recall     f1    tp   fp   fn",
        "models           1.000   1.000  1.000     3    0    0",
        "datasets         1.000   1.000  1.000     1    0    0",
        "orgs             1.000   1.000  1.000     0    0    0",
        "introduces       1.000   1.000  1.000     1    0    0",
        "builds_on        1.000   1.000  1.000     1    0    0",
        "junk: 0 of 5 predicted Model/Dataset names (0.000)",
        "outside ML: 1 of 1 abstracts yield no Model or Dataset at all; 1 yield none their labels lack"]


def test_outside_ml_abstract_yielding_only_its_labelled_names_has_no_junk(tmp_path: Path) -> None:
    corpus, labels = write(tmp_path)
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    rows[1]["models"] = ["Kestrel-9"]  # the labels list the name the outside-ML abstract yields
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = evaluate_corpus(corpus, labels, part="dev", extractor=OneModelEach())  # type: ignore[arg-type]
    assert (report.outside, report.outside_clean, report.outside_no_junk) == (1, 0, 1)
    text = format_report(report)
    assert "outside ML: 0 of 1 abstracts yield no Model or Dataset at all; 1 yield none their labels lack" in text


class StoredName:
    """An extractor stand-in whose Wrenfold node has the given stored name (to test the scorer alone)."""

    def __init__(self, name: str, node_id: str = "model:x") -> None:
        self.name, self.node_id = name, node_id

    def many(self, items):  # type: ignore[no-untyped-def]
        for pid, *_ in items:
            node = Node(self.node_id, MODEL, {"name": self.name, "aliases": []})
            yield [node], [Edge(pid, USES, node.id, {})]


def test_a_name_the_graph_stored_unfolded_or_cut_scores_as_wrong(tmp_path: Path) -> None:
    corpus, labels = write(tmp_path)
    def models(stored: str) -> TypeScore:
        return evaluate_corpus(corpus, labels, extractor=StoredName(stored)).scores["models"]  # type: ignore[arg-type]

    assert models("Wrenfold").tp == 1
    for stored in ("Wrenfold-7B", "Wrenfolds", "Wren fold v2", "Wrenf"):
        assert (models(stored).tp, models(stored).spurious[0][1]) == (0, stored)
    assert score_key("Wrenfold-7B") == "wrenfold"  # a gold name folds as the graph folds it
    assert score_key("Wrenformers") == "wrenformer"


def test_a_stored_name_scores_by_the_node_it_folded_to(tmp_path: Path) -> None:
    corpus, labels = write(tmp_path)
    def models(stored: str, node_id: str) -> TypeScore:
        extractor = StoredName(stored, node_id)
        return evaluate_corpus(corpus, labels, extractor=extractor).scores["models"]  # type: ignore[arg-type]

    assert models("Wrenfolds", "model:wrenfold").tp == 1  # the graph's node for "Wrenfold", its plural kept as written
    assert models("Wrenfolds", "model:wrenfolds").tp == 0
