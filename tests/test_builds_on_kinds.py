"""Kinds of stated lineage that real abstracts write and the rules missed, one table per kind (issue 16).

Every sentence is invented (HeronNet, MarlinNet, OrcaNet and the plain-word names are no real models):
a row stands for a phrasing, not for a paper. Each table holds the kind's wordings and its negatives
(comparisons, baselines, others' work, generic words), which must give no edge.
"""

from __future__ import annotations

import pytest

from kg.extract.extractor import Extractor

Pair = tuple[str, str]
HM = {("HeronNet", "MarlinNet")}
OWN = "We present HeronNet, a new model. "

# Kind 1: the paper's own model is the subject under another name: "our model", "the proposed method",
# "its encoder". With one model introduced, that model is the child.
OWN_SUBJECT: list[tuple[str, set[Pair]]] = [
    (OWN + "Our model is based on MarlinNet.", HM),
    (OWN + "Our model builds upon MarlinNet and adds memory.", HM),
    (OWN + "Our approach builds on MarlinNet.", HM),
    (OWN + "Our method extends MarlinNet to video.", HM),
    (OWN + "Our retrieval model is initialized from MarlinNet.", HM),
    (OWN + "The proposed model is based on MarlinNet.", HM),
    (OWN + "The proposed architecture extends MarlinNet with gates.", HM),
    (OWN + "The new system is built on top of MarlinNet.", HM),
    (OWN + "The model is initialized from MarlinNet.", HM),
    (OWN + "Its encoder is initialized from MarlinNet.", HM),
    (OWN + "Its weights are initialized from MarlinNet checkpoints.", HM),
    (OWN + "This framework is fine-tuned from MarlinNet.", HM),
    # negatives: our baseline, our evaluation, a comparison in the clause, two models of ours
    (OWN + "Our baseline is based on MarlinNet.", set()),
    (OWN + "Our baselines build on MarlinNet.", set()),
    (OWN + "Our evaluation uses MarlinNet.", set()),
    (OWN + "Our model outperforms MarlinNet.", set()),
    (OWN + "Our model is compared with a model based on MarlinNet.", set()),
    (OWN + "Our model beats systems built on MarlinNet.", set()),
    (OWN + "The model is faster than models based on MarlinNet.", set()),
    ("We present HeronNet, which outperforms models based on MarlinNet.", set()),
    ("We present HeronNet and OrcaNet. Our model is based on MarlinNet.", set()),
    (OWN + "Many detectors are based on MarlinNet.", set()),
]

# Kind 2: the parent is a plain capitalized multi-word name right after a lineage cue ("based on Sparse
# Routed Experts"): no name shape marks it, the cue does. Generic phrases, topics and modifiers are not.
PLAIN_PARENT: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet, which is based on Marlin Net.", {("HeronNet", "Marlin Net")}),
    ("We present HeronNet, which extends the Deep Marlin Network with memory.", {("HeronNet", "Deep Marlin Network")}),
    (OWN + "Combined with Locked Image Tuning, we train a HeronNet model.", {("HeronNet", "Locked Image Tuning")}),
    (OWN + "We develop a sparse model based on Sparsely Routed Mixture of Experts that is trained on web data.",
     {("HeronNet", "Sparsely Routed Mixture of Expert")}),
    ("We present HeronNet, a model built on top of Echo State Transformers.", {("HeronNet", "Echo State Transformer")}),
    (OWN + "HeronNet is initialized from Orca Vision Encoder weights.", {("HeronNet", "Orca Vision Encoder")}),
    ("We present HeronNet, a variant of Quiet Attention Networks for graphs.", {("HeronNet", "Quiet Attention Network")}),
    (OWN + "HeronNet is distilled from Grand Marlin, a 70B model.", {("HeronNet", "Grand Marlin")}),
    ("We present HeronNet, an extension of Slow Fast Routing to audio.", {("HeronNet", "Slow Fast Routing")}),
    # negatives: generic words, a topic, a modifier before a noun, others' systems, comparisons
    ("We present HeronNet, a model based on Large Language Models.", set()),
    ("We present HeronNet, which is based on Deep Neural Networks.", set()),
    ("We present HeronNet, which is based on Reinforcement Learning.", set()),
    ("We present HeronNet, a method based on Monte Carlo sampling.", set()),
    ("We present HeronNet, which outperforms models based on Marlin Net.", set()),
    ("Many systems are built on Marlin Net. We present HeronNet.", set()),
    (OWN + "Unlike Marlin Net, HeronNet needs no labels.", set()),
    (OWN + "HeronNet beats Quiet Attention Networks and Echo State Transformers.", set()),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _pairs(ex: Extractor, text: str) -> set[Pair]:
    return {(r["source"], r["target"]) for r in ex.spans(text)["relations"] if r["type"] == "BUILDS_ON"}


@pytest.mark.parametrize(("sentence", "expected"), OWN_SUBJECT, ids=[s[:70] for s, _ in OWN_SUBJECT])
def test_the_own_model_named_as_our_model(ex: Extractor, sentence: str, expected: set[Pair]) -> None:
    assert _pairs(ex, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PLAIN_PARENT, ids=[s[:70] for s, _ in PLAIN_PARENT])
def test_a_parent_named_in_plain_capitalized_words(ex: Extractor, sentence: str, expected: set[Pair]) -> None:
    assert _pairs(ex, sentence) == expected


def test_a_plain_parent_becomes_a_node_only_with_its_edge(ex: Extractor) -> None:
    found = ex.spans("We present HeronNet, which is based on Marlin Net.")
    assert [(e["text"], e["rule"]) for e in found["entities"] if e["text"] == "Marlin Net"] == [
        ("Marlin Net", "cued-phrase")]
    assert [r["evidence"] for r in found["relations"] if r["type"] == "BUILDS_ON"] == [
        "We present HeronNet, which is based on Marlin Net."]
    assert ex.paper("p1", "", "Many systems are built on Marlin Net. We present HeronNet.")[0] == ex.paper(
        "p1", "", "Many systems are built on it. We present HeronNet.")[0]
