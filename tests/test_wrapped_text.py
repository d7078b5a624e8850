"""Hard-wrapped abstracts (the arXiv API's, a copied PDF's): a line break inside running text is a space, in
``kg extract`` and in the scoring of a labelled corpus, as in the build (``kg.sources.records.clean_text``)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.extract import Extractor
from kg.extract.evaluate import corpus_part, evaluate_corpus
from kg.sources.records import clean_text

WRAPPED = "Our router outperforms Mixtral\n8x7B and the Switch\nTransformer. We fine-tune LLaMA\n3.3 70B."


def test_extract_reads_a_wrapped_name_as_one_name():
    result = CliRunner().invoke(cli, ["extract", WRAPPED])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "entities:\n"
        "  Model     abstract:23-35   'Mixtral 8x7B' -> Mixtral [8x7B]  (gazetteer)\n"
        "  Model     abstract:44-62   'Switch Transformer'  (gazetteer)\n"
        "  Model     abstract:77-90   'LLaMA 3.3 70B' -> LLaMA 3.3 [70B]  (gazetteer)\n"
        "relations:\n"
        "  paper COMPARES_WITH Mixtral  (compare-cue)\n"
        "  paper COMPARES_WITH Switch Transformer  (compare-cue)\n"
        "  paper USES LLaMA 3.3  (use-cue)\n")


EXTRACTOR = Extractor()


def _names(text: str) -> list[tuple[str, str]]:
    """What the build reads of ``text`` (one pipeline for every example: loading one takes a second)."""
    return sorted((e["label"], e["name"]) for e in EXTRACTOR.spans(clean_text(text))["entities"])


SENTENCES = st.sampled_from([
    "We compare our router with Mixtral 8x7B and the Switch Transformer.",
    "Our model builds on GShard and is trained with GPipe on 2048 TPU v3 cores.",
    "We fine-tune LLaMA 3.3 70B and Claude 3.7 Sonnet on the MMLU benchmark.",
])


@settings(max_examples=25, deadline=None)
@given(SENTENCES, st.lists(st.booleans(), min_size=20, max_size=20), st.sampled_from(["\n", "\r\n", " \n  "]))
def test_extract_finds_the_same_names_however_the_text_is_wrapped(sentence, breaks, newline):
    words = sentence.split(" ")
    wrapped = words[0] + "".join((newline if b else " ") + w for b, w in zip(breaks, words[1:]))
    assert _names(wrapped) == _names(sentence)


def _key(part: str, n: int) -> str:
    return next(k for k in (f"2401.{i:05d}" for i in range(n, 10**5)) if corpus_part(k) == part)


def test_a_labelled_corpus_is_scored_on_the_text_the_build_reads(tmp_path: Path):
    key = _key("dev", 1)
    labels = {"key": key, "part": "dev", "group": "ml-named-models", "models": ["Mixtral", "Switch Transformer"],
              "datasets": [], "introduces": [], "builds_on": [], "generic": [], "ambiguous": []}
    (tmp_path / "labels.jsonl").write_text(json.dumps(labels) + "\n", encoding="utf-8")
    scores = {}
    for name, text in (("wrapped", WRAPPED), ("one line", " ".join(WRAPPED.split()))):
        corpus = tmp_path / f"{name}.jsonl"
        corpus.write_text(json.dumps({"id": key, "title": "Routing experts", "abstract": text}) + "\n",
                          encoding="utf-8")
        s = evaluate_corpus(corpus, tmp_path / "labels.jsonl", "dev").scores["models"]
        scores[name] = (s.tp, s.fp, s.fn)
    assert scores == {"wrapped": (2, 1, 0), "one line": (2, 1, 0)}
