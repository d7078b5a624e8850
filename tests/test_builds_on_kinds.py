"""Kinds of stated lineage that real abstracts write and the rules missed, one table per kind (issue 16).

Every sentence is invented (HeronNet, MarlinNet, OrcaNet and the plain-word names are no real models):
a row stands for a phrasing, not for a paper. Each table holds the kind's wordings and its negatives
(comparisons, baselines, others' work, generic words), which must give no edge.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.extractor import Extractor

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
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
    (OWN + "We developed a conditional compute model based on Sparsely Gated Mixture of Experts that is trained on web data.",
     {("HeronNet", "Sparsely-Gated Mixture-of-Experts")}),  # the gazetteer's name of the layer
    ("We present HeronNet, a model based on Large Language Models.", set()),
    ("We present HeronNet, which is based on Mixture of Experts.", set()),
    ("We present HeronNet, which is based on Deep Reinforcement Learning.", set()),
    ("We present HeronNet, which is based on Neural Machine Translation.", set()),
    ("We present HeronNet, which is based on Deep Neural Networks.", set()),
    ("We present HeronNet, which is based on Reinforcement Learning.", set()),
    ("We present HeronNet, a method based on Monte Carlo sampling.", set()),
    ("We present HeronNet, which outperforms models based on Marlin Net.", set()),
    ("Many systems are built on Marlin Net. We present HeronNet.", set()),
    (OWN + "Unlike Marlin Net, HeronNet needs no labels.", set()),
    (OWN + "HeronNet beats Quiet Attention Networks and Echo State Transformers.", set()),
]

# Kind 3: verbs and nouns of derivation the cue lists lacked: improve X with, add to, plug into, the next
# version of, a generalization/reproduction/replication of, simplify, instruction-tune, reuse X's parts.
VERBS: list[tuple[str, set[Pair]]] = [
    (OWN + "HeronNet improves MarlinNet with a memory.", HM),
    ("We propose HeronNet, which improves MarlinNet with sparse routing.", HM),
    ("We present HeronNet, which adds retrieval to MarlinNet.", HM),
    ("We present HeronNet by adding a planner to MarlinNet.", HM),
    ("We present HeronNet, which plugs a memory into MarlinNet.", HM),
    ("In this paper we present HeronNet, the next version of MarlinNet.", HM),
    (OWN + "HeronNet is the latest iteration of MarlinNet.", HM),
    ("We present HeronNet, a generalization of MarlinNet to graphs.", HM),
    ("We present HeronNet, an open reproduction of MarlinNet.", HM),
    ("We present HeronNet, an open-source replication of MarlinNet.", HM),
    ("We present HeronNet, which simplifies MarlinNet.", HM),
    (OWN + "We instruction-tune MarlinNet to obtain HeronNet.", HM),
    ("We present HeronNet, which reuses the MarlinNet encoder.", HM),
    (OWN + "HeronNet keeps the MarlinNet image encoder and trains a new decoder.", HM),
    (OWN + "HeronNet is built by stacking MarlinNet blocks.", HM),
    ("We present HeronNet, a descendant of MarlinNet.", HM),
    (OWN + "HeronNet is pruned from MarlinNet.", HM),
    ("We present HeronNet, which repurposes MarlinNet for detection.", HM),
    ("We present HeronNet, which converts MarlinNet into a detector.", HM),
    ("We present HeronNet, which upgrades MarlinNet with memory.", HM),
    ("We present HeronNet, which specializes MarlinNet for code.", HM),
    ("We present HeronNet by specializing MarlinNet to code.", HM),
    ("We present HeronNet, a code-specialized MarlinNet.", HM),
    ("We present HeronNet, which endows MarlinNet with memory.", HM),
    ("We present HeronNet, which teaches MarlinNet to use tools.", HM),
    ("We present HeronNet, which merges MarlinNet with a vision encoder.", HM),
    ("We present HeronNet, which couples MarlinNet with a retriever.", HM),
    ("We present HeronNet, a MarlinNet-initialized detector.", HM),
    ("We present HeronNet, a MarlinNet-derived model.", HM),
    ("We present HeronNet, a MarlinNet-distilled student.", HM),
    ("We present HeronNet, in which MarlinNet is extended with memory.", HM),
    # negatives: improving or adding to others' models as a tool, a comparison, others' replications
    ("Our method improves GPT-4 with retrieval and beats Claude.", set()),
    (OWN + "HeronNet improves over MarlinNet with half the data.", set()),
    (OWN + "HeronNet adds 3 points over MarlinNet.", set()),
    (OWN + "Prior work added retrieval to MarlinNet.", set()),
    (OWN + "A replication of MarlinNet failed in prior work, and HeronNet beats it.", set()),
    (OWN + "HeronNet is 2x faster than the next version of MarlinNet.", set()),
    ("We present HeronNet, a tool that converts MarlinNet outputs into citations.", set()),
    (OWN + "HeronNet beats MarlinNet-derived models.", set()),
    (OWN + "Unlike MarlinNet-initialized detectors, HeronNet needs no labels.", set()),
    (OWN + "Prior work merged MarlinNet with a retriever; HeronNet is simpler.", set()),
    ("We present HeronNet, which outperforms systems in which MarlinNet is extended with memory.", set()),
]

# Kind 4: the own model set in apposition to the parent as a head noun: "Ours, a X for speech",
# "Ours, a multilingual X", "Ours, X with retrieval", "Ours, which is X plus a memory".
APPOSED: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet, a MarlinNet for speech.", HM),
    ("We present HeronNet, a MarlinNet fine-tuned on medical text.", HM),
    ("We present HeronNet, MarlinNet with retrieval.", HM),
    ("We present HeronNet, which is MarlinNet plus retrieval.", HM),
    ("We present HeronNet, a multilingual MarlinNet.", HM),
    ("We present HeronNet, a smaller MarlinNet.", HM),
    ("We present HeronNet, a simplified MarlinNet.", HM),
    ("We present HeronNet, a compact MarlinNet for phones.", HM),
    ("We present HeronNet, a MarlinNet trained with RLHF.", HM),
    (OWN + "HeronNet is a lightweight MarlinNet.", HM),
    # negatives: a rival, a likeness, a comparison, an apposition of another model
    ("We present HeronNet, a MarlinNet competitor for speech.", set()),
    ("We present HeronNet, a MarlinNet-like model for speech.", set()),
    ("We present HeronNet, a smaller model than MarlinNet.", set()),
    ("We present HeronNet, an alternative to MarlinNet with fewer parameters.", set()),
    ("We present HeronNet and compare it with OrcaNet, a MarlinNet for speech.", set()),
    ("We present HeronNet, which beats MarlinNet with retrieval.", set()),
]

# Kind 5: a frozen or pretrained named model used as a part of ours ("built from a named pretrained
# parent"), also as the subject ("The pretrained X models enable us to train ..."); using one to make
# data, judge, compare or as a baseline is no lineage.
PRETRAINED: list[tuple[str, set[Pair]]] = [
    (OWN + "HeronNet uses the pretrained MarlinNet model to encode images.", HM),
    (OWN + "The pretrained MarlinNet models enable us to train HeronNet on audio.", HM),
    (OWN + "The pretrained MarlinNet models enable us to train diffusion models with audio embeddings.", HM),
    (OWN + "The frozen MarlinNet encoder serves as the image tower.", HM),
    (OWN + "We keep the pretrained MarlinNet frozen and train an adapter.", HM),
    ("We present HeronNet, which leverages off-the-shelf MarlinNet weights.", HM),
    ("We present HeronNet, which aligns a frozen MarlinNet with a frozen OrcaNet.",
     {("HeronNet", "MarlinNet"), ("HeronNet", "OrcaNet")}),
    ("We present HeronNet, which connects a pretrained MarlinNet to a pretrained OrcaNet.",
     {("HeronNet", "MarlinNet"), ("HeronNet", "OrcaNet")}),
    # negatives
    (OWN + "We use a pretrained MarlinNet to generate training data.", set()),
    (OWN + "We use a pretrained MarlinNet as the judge.", set()),
    (OWN + "We use the pretrained MarlinNet model for evaluation.", set()),
    (OWN + "We compare HeronNet with a pretrained MarlinNet.", set()),
    (OWN + "We compare with a pretrained MarlinNet.", set()),
    (OWN + "The pretrained MarlinNet is used as a baseline.", set()),
    (OWN + "We use pretrained MarlinNet features.", set()),
    (OWN + "The pretrained MarlinNet labels the data.", set()),
    (OWN + "HeronNet outperforms the pretrained MarlinNet.", set()),
    (OWN + "Prior work uses a frozen MarlinNet.", set()),
    ("We present HeronNet, which beats a frozen MarlinNet and a frozen OrcaNet.", set()),
]


# Kind 6: the paper's model is named only by a title of plain capitalized words ("Echo Heron: Scaling ...")
# that the abstract repeats inside a sentence; its stated base then has a child. Title words, topics,
# surveys, names and acronym long forms are no such name. Rows: (title, abstract, introduced, pairs).
TITLE_PHRASE: list[tuple[str, str, set[str], set[Pair]]] = [
    ("Echo Heron: Scaling Translation to Many Languages",
     "In Echo Heron, we took on this challenge. We developed a conditional compute model based on MarlinNet.",
     {"Echo Heron"}, {("Echo Heron", "MarlinNet")}),
    ("Quiet Lantern: Open Models for Code", "We release Quiet Lantern, a suite of models fine-tuned from MarlinNet.",
     {"Quiet Lantern"}, {("Quiet Lantern", "MarlinNet")}),
    ("Quiet Lantern of the North: Open Models", "With Quiet Lantern of the North, we extend MarlinNet to code.",
     {"Quiet Lantern of the North"}, {("Quiet Lantern of the North", "MarlinNet")}),
    # negatives: the words open the sentence only, a title word, generic words, a topic, a survey, an acronym's
    # long form (the acronym holds it), a title holding a name
    ("Echo Heron: Scaling Translation", "Echo Heron is hard. We extend MarlinNet to code.", set(), set()),
    ("Scaling Laws: A Study of Echo Models", "We study Scaling Laws for MarlinNet.", set(), set()),
    ("Large Language Models: Open Problems", "We study Large Language Models such as MarlinNet.", set(), set()),
    ("Machine Translation Testing: Landscapes", "We study Machine Translation Testing on MarlinNet.", set(), set()),
    ("Echo Heron Testing: A Survey", "We review Echo Heron Testing for MarlinNet.", set(), set()),
    ("Latent Echo Models: Fast Sampling", "We propose Latent Echo Models (LEMs), which extend MarlinNet.",
     {"LEM"}, {("LEM", "MarlinNet")}),
]


@pytest.mark.parametrize(("title", "text", "introduced", "expected"), TITLE_PHRASE,
                         ids=[t[:50] for t, *_ in TITLE_PHRASE])
def test_a_title_of_plain_words_names_the_own_model(ex: Extractor, title: str, text: str, introduced: set[str],
                                                    expected: set[Pair]) -> None:
    found = ex.spans(text, title)["relations"]
    assert {r["target"] for r in found if r["type"] == "INTRODUCES"} == introduced
    assert {(r["source"], r["target"]) for r in found if r["type"] == "BUILDS_ON"} == expected


# Kind 7: a title "Ours: <how it derives from X>" and a part of ours said to be X ("Ours's backbone is X",
# "whose language backbone is X", "the X-based successor to Y"). Rows: (title, abstract, pairs).
TITLES_AND_PARTS: list[tuple[str, str, set[Pair]]] = [
    ("HeronNet: A MarlinNet for Speech", "We show HeronNet works well on speech.", HM),
    ("HeronNet: MarlinNet with Memory", "We show HeronNet works well on speech.", HM),
    ("HeronNet: Fine-tuning MarlinNet for Speech", "We show HeronNet works well on speech.", HM),
    ("HeronNet: Building on MarlinNet for Speech", "We show HeronNet works well on speech.", HM),
    ("HeronNet: Pruning MarlinNet for Phones", "We show HeronNet works well on phones.", HM),
    ("Fast Echo Models", "We present HeronNet. HeronNet's backbone is MarlinNet.", HM),
    ("Fast Echo Models", "We present HeronNet. The backbone of HeronNet is a pretrained MarlinNet.", HM),
    ("Fast Echo Models", "We present HeronNet, a vision-language model whose language backbone is MarlinNet.", HM),
    ("Fast Echo Models", "We introduce HeronNet, the MarlinNet-based successor to OrcaNet.",
     {("HeronNet", "MarlinNet"), ("HeronNet", "OrcaNet")}),
    # negatives: a title that beats or asks about X, a baseline's backbone, a rival's parts
    ("HeronNet: Beating MarlinNet on Speech", "We show HeronNet works well on speech.", set()),
    ("HeronNet: Is MarlinNet All You Need?", "We show HeronNet works well on speech.", set()),
    ("Fast Echo Models", "We present HeronNet. The baseline's backbone is MarlinNet.", set()),
    ("Fast Echo Models", "We present HeronNet. OrcaNet's backbone is MarlinNet, and HeronNet beats it.", set()),
    ("Fast Echo Models", "We present HeronNet, which beats systems whose backbone is MarlinNet.", set()),
    ("Fine-tuning MarlinNet Is Costly", "We present HeronNet, an optimizer. Fine-tuning MarlinNet with HeronNet saves memory.",
     set()),
]


@pytest.mark.parametrize(("title", "text", "expected"), TITLES_AND_PARTS,
                         ids=[f"{t[:30]}|{x[:40]}" for t, x, _ in TITLES_AND_PARTS])
def test_titles_and_parts_that_state_the_base(ex: Extractor, title: str, text: str, expected: set[Pair]) -> None:
    found = ex.spans(text, title)["relations"]
    assert {(r["source"], r["target"]) for r in found if r["type"] == "BUILDS_ON"} == expected


# Kind 8: the parent named first, ours after it as what it is the base of ("X serves as the backbone of
# Ours", "X, the predecessor of Ours"), and more nouns and verbs of inheritance.
PARENT_FIRST: list[tuple[str, set[Pair]]] = [
    (OWN + "MarlinNet serves as the backbone of HeronNet.", HM),
    (OWN + "MarlinNet acts as the language model for HeronNet.", HM),
    (OWN + "MarlinNet is used as the initialization for HeronNet.", HM),
    (OWN + "MarlinNet, the predecessor of HeronNet, was slow.", HM),
    (OWN + "A pretrained MarlinNet serves as the teacher for HeronNet.", HM),
    (OWN + "HeronNet inherits from MarlinNet.", HM),
    ("We present HeronNet, a continuation of MarlinNet.", HM),
    ("We present HeronNet, a model whose weights come from MarlinNet.", HM),
    # negatives: a baseline or judge for ours, a rival's base, a use in others' pipelines
    (OWN + "MarlinNet serves as the baseline for HeronNet.", set()),
    (OWN + "MarlinNet serves as the judge for HeronNet.", set()),
    (OWN + "MarlinNet serves as the backbone of OrcaNet, which HeronNet beats.", set()),
    (OWN + "HeronNet can be plugged into MarlinNet-based pipelines.", set()),
    (OWN + "HeronNet is compatible with MarlinNet.", set()),
    (OWN + "HeronNet works with MarlinNet-based retrievers.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), PARENT_FIRST, ids=[s[:70] for s, _ in PARENT_FIRST])
def test_the_parent_named_first(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind 9: several models of ours share one stated parent: a list before a plural clause ("A and B, which
# are fine-tuned from X"), or a plural subject right after the sentence introducing them ("Both are ...").
BOTH = {("HeronNet", "MarlinNet"), ("OrcaNet", "MarlinNet")}
COORDINATED: list[tuple[str, set[Pair]]] = [
    ("We release HeronNet and OrcaNet, which are fine-tuned from MarlinNet.", BOTH),
    ("We present HeronNet and OrcaNet, both built on MarlinNet.", BOTH),
    ("We present two models, HeronNet and OrcaNet, based on MarlinNet.", BOTH),
    ("We introduce HeronNet and OrcaNet. Both models are initialized from MarlinNet.", BOTH),
    ("We introduce HeronNet and OrcaNet. Both are initialized from MarlinNet.", BOTH),
    ("We introduce HeronNet and OrcaNet. The two models are distilled from MarlinNet.", BOTH),
    # negatives and scope: one of them named, a singular relative clause, others as the plural subject
    ("We introduce HeronNet and OrcaNet. HeronNet is initialized from MarlinNet.", HM),
    ("We release HeronNet and OrcaNet, which is fine-tuned from MarlinNet.", {("OrcaNet", "MarlinNet")}),
    ("We introduce HeronNet and OrcaNet, and compare them with models based on MarlinNet.", set()),
    ("We introduce HeronNet and OrcaNet. Prior models are slow. They are based on MarlinNet.", set()),
    ("We introduce HeronNet and OrcaNet. Both are compared with models built on MarlinNet.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), COORDINATED, ids=[s[:70] for s, _ in COORDINATED])
def test_models_of_ours_sharing_a_parent(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), OWN_SUBJECT, ids=[s[:70] for s, _ in OWN_SUBJECT])
def test_the_own_model_named_as_our_model(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PLAIN_PARENT, ids=[s[:70] for s, _ in PLAIN_PARENT])
def test_a_parent_named_in_plain_capitalized_words(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


def test_a_plain_parent_becomes_a_node_only_with_its_edge(ex: Extractor) -> None:
    found = ex.spans("We present HeronNet, which is based on Marlin Net.")
    assert [(e["text"], e["rule"]) for e in found["entities"] if e["text"] == "Marlin Net"] == [
        ("Marlin Net", "cued-phrase")]
    assert [r["evidence"] for r in found["relations"] if r["type"] == "BUILDS_ON"] == [
        "We present HeronNet, which is based on Marlin Net."]
    assert ex.paper("p1", "", "Many systems are built on Marlin Net. We present HeronNet.")[0] == ex.paper(
        "p1", "", "Many systems are built on it. We present HeronNet.")[0]


@pytest.mark.parametrize(("sentence", "expected"), VERBS, ids=[s[:70] for s, _ in VERBS])
def test_more_verbs_and_nouns_of_derivation(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), APPOSED, ids=[s[:70] for s, _ in APPOSED])
def test_the_own_model_in_apposition_to_its_parent(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PRETRAINED, ids=[s[:70] for s, _ in PRETRAINED])
def test_a_pretrained_model_used_as_a_part(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind: each model of a list has a base clause of its own ("A, tuned from X, and B, initialized from Y"):
# a parent goes to the model its clause is attached to, never to the list's first model.
OWN_CLAUSES: list[tuple[str, set[Pair]]] = [
    ("We release HeronNet-Chat, fine-tuned from HeronNet, and OrcaCoder, initialized from MarlinNet.",
     {("HeronNet-Chat", "HeronNet"), ("OrcaCoder", "MarlinNet")}),
    ("We present HeronNet, trained from scratch, and OrcaNet, distilled from MarlinNet and KiteNet.",
     {("OrcaNet", "MarlinNet"), ("OrcaNet", "KiteNet")}),
    ("We release HeronNet and OrcaNet, which are fine-tuned from MarlinNet.", BOTH),
    ("We release HeronNet-Chat, fine-tuned from HeronNet and MarlinNet.",
     {("HeronNet-Chat", "HeronNet"), ("HeronNet-Chat", "MarlinNet")}),
]


@pytest.mark.parametrize(("sentence", "expected"), OWN_CLAUSES, ids=[s[:70] for s, _ in OWN_CLAUSES])
def test_each_listed_model_keeps_its_own_base_clause(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind: "improves (up)on X" followed by a margin or a metric is a comparison, not a base.
IMPROVES_ON: list[tuple[str, set[Pair]]] = [
    (OWN + "HeronNet improves upon MarlinNet by 5 points.", set()),
    (OWN + "HeronNet improves on MarlinNet by a large margin.", set()),
    ("We present HeronNet, which improves on MarlinNet by up to 12% in accuracy.", set()),
    (OWN + "HeronNet improves upon MarlinNet on all six benchmarks.", set()),
    (OWN + "HeronNet improves upon MarlinNet by adding a memory.", HM),
    (OWN + "HeronNet improves upon MarlinNet with a gated router.", HM),
]


@pytest.mark.parametrize(("sentence", "expected"), IMPROVES_ON, ids=[s[:70] for s, _ in IMPROVES_ON])
def test_improving_on_a_model_by_a_margin_is_a_comparison(builds_on: Pairs, sentence: str,
                                                         expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind: the scope of a list: every child of a plural subject ("Ours and Y are both built on X"), every model
# of ours a teacher is distilled into ("we distill X into A and B"), and lists paired in order ("A and B are
# initialized from X and Y, respectively": A from X, B from Y, never B from both). Fields vary: speech,
# chemistry, robotics, biology.
SCOPE: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet and OrcaNet for speech. HeronNet and OrcaNet are based on MarlinNet.", BOTH),
    ("We present HeronNet, a molecule encoder. HeronNet and OrcaNet are both built on MarlinNet.", BOTH),
    ("We present HeronNet and OrcaNet. We distill MarlinNet into HeronNet and OrcaNet for robot control.", BOTH),
    ("We present HeronNet, OrcaNet and KiteNet. We distill MarlinNet into HeronNet, OrcaNet and KiteNet.",
     {*BOTH, ("KiteNet", "MarlinNet")}),
    ("We present HeronNet and OrcaNet. MarlinNet is distilled into HeronNet and OrcaNet.", BOTH),
    ("We present HeronNet and OrcaNet, protein models initialized from MarlinNet and KiteNet, respectively.",
     {("HeronNet", "MarlinNet"), ("OrcaNet", "KiteNet")}),
    ("We present HeronNet and OrcaNet. HeronNet and OrcaNet are fine-tuned from MarlinNet and KiteNet respectively.",
     {("HeronNet", "MarlinNet"), ("OrcaNet", "KiteNet")}),
    # negatives: what ours is distilled into, others' models a teacher is distilled into, results paired in order
    ("We present HeronNet. We distill MarlinNet into HeronNet, OrcaNet and KiteNet.", HM),
    ("We present HeronNet and OrcaNet. HeronNet and OrcaNet outperform MarlinNet and KiteNet, respectively.", set()),
    ("We present HeronNet. We distill HeronNet into OrcaNet and KiteNet for phones.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), SCOPE, ids=[s[:70] for s, _ in SCOPE])
def test_a_cue_reaches_every_listed_child_and_pairs_lists_in_order(builds_on: Pairs, sentence: str,
                                                                   expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind: a cue word whose object is work on a model, not the model: "we extend the analysis of X", "builds
# on the findings of X", "based on our study of X". No model relation.
NOT_A_MODEL: list[tuple[str, set[Pair]]] = [
    (OWN + "We extend the analysis of MarlinNet to molecules.", set()),
    (OWN + "We extend the study of MarlinNet to cell images.", set()),
    (OWN + "We extend prior analyses of MarlinNet to speech.", set()),
    ("We present HeronNet, which extends the findings of MarlinNet to speech.", set()),
    ("Extending the scaling analysis of MarlinNet, we present HeronNet.", set()),
    ("Based on our analysis of MarlinNet, we propose HeronNet.", set()),
    ("We present HeronNet, which builds on the theoretical analysis of MarlinNet.", set()),
    (OWN + "We build on the insights of MarlinNet.", set()),
    (OWN + "We adopt the evaluation protocol of MarlinNet.", set()),
    ("We present HeronNet, which extends the evaluation of MarlinNet to new languages.", set()),
    (OWN + "Similar to MarlinNet, HeronNet uses sparse attention.", set()),
    (OWN + "HeronNet differs from MarlinNet in its routing.", set()),
    (OWN + "In contrast to MarlinNet-based detectors, HeronNet needs no anchors.", set()),
    # the model itself extended
    ("We present HeronNet, which extends MarlinNet to molecules.", HM),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_A_MODEL, ids=[s[:70] for s, _ in NOT_A_MODEL])
def test_extending_work_on_a_model_is_no_model_relation(builds_on: Pairs, sentence: str,
                                                         expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind: ours is the object of the cue verb and the parent comes after "from" ("we fine-tune Ours from X"):
# ours is the child, never a parent of itself; data, labels or responses from X are no base.
OURS_OBJECT: list[tuple[str, set[Pair]]] = [
    (OWN + "We fine-tune HeronNet from MarlinNet on speech data.", HM),
    (OWN + "We fine-tune our HeronNet model from the pretrained MarlinNet.", HM),
    (OWN + "We distill HeronNet from MarlinNet for robot control.", HM),
    # negatives: what comes from X is data
    (OWN + "We fine-tune HeronNet on responses from MarlinNet.", set()),
    (OWN + "We fine-tune HeronNet with labels from MarlinNet.", set()),
    (OWN + "We fine-tune HeronNet on data from MarlinNet.", set()),
    (OWN + "We fine-tune models from MarlinNet and compare them with HeronNet.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), OURS_OBJECT, ids=[s[:70] for s, _ in OURS_OBJECT])
def test_ours_as_the_object_of_a_cue_verb(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind: a cue denied ("instead of building on X", "does not build on X", "rather than fine-tuning from X",
# "without distilling from X") states no lineage; "not only extends X" still does.
NEGATED: list[tuple[str, set[Pair]]] = [
    (OWN + "Instead of building on OrcaNet, HeronNet extends MarlinNet.", HM),
    (OWN + "HeronNet does not build on OrcaNet.", set()),
    ("We present HeronNet, which is trained without distilling from OrcaNet.", set()),
    (OWN + "Rather than fine-tuning from OrcaNet, we train HeronNet from scratch.", set()),
    (OWN + "HeronNet is never initialized from OrcaNet.", set()),
    (OWN + "HeronNet not only extends MarlinNet but also adds memory.", HM),
    ("We present HeronNet, trained from scratch without labels, which extends MarlinNet.", HM),
]


@pytest.mark.parametrize(("sentence", "expected"), NEGATED, ids=[s[:70] for s, _ in NEGATED])
def test_a_denied_cue_states_no_lineage(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind: an aside between ours and the cue ("Ours, unlike Y, is initialized from X"): the aside's model is no
# child, ours is; a comparison after the aside states nothing.
ASIDE: list[tuple[str, set[Pair]]] = [
    (OWN + "HeronNet, unlike OrcaNet, is initialized from MarlinNet.", HM),
    (OWN + "Our HeronNet, like OrcaNet, is based on MarlinNet.", HM),
    (OWN + "HeronNet, similar to OrcaNet, is fine-tuned from MarlinNet.", HM),
    # negatives: others' models around the aside, a comparison after it
    (OWN + "KiteNet, unlike OrcaNet, is initialized from MarlinNet.", set()),
    (OWN + "HeronNet, unlike OrcaNet, outperforms models based on MarlinNet.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), ASIDE, ids=[s[:70] for s, _ in ASIDE])
def test_an_aside_between_ours_and_the_cue(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
