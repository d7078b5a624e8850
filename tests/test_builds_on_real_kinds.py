"""Stated lineage that real abstracts write and the rules missed or invented (issue 16), one table per kind.

Every sentence is invented (HeronNet, MarlinNet, OrcaNet, QuokNet are no real models): a row stands for a
phrasing, not for a paper. Each table holds the kind's wordings and its negatives (comparisons, baselines,
an analysis of another's model), which must give no edge.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.names import VARIES, name_relation

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
HM = {("HeronNet", "MarlinNet")}
OWN = "We present HeronNet, a new model. "

# Kind 1: "we redesign X": the paper's model is X redesigned.
REDESIGN: list[tuple[str, set[Pair]]] = [
    (OWN + "In this work, we redesign MarlinNet by adding a sparse neck and a dense head.", HM),
    (OWN + "We redesign MarlinNet with state-space layers.", HM),
    ("We present HeronNet. Here, we thoroughly rework the classic parser MarlinNet by adding a span head.", HM),
    # negatives: others redesigned it; ours is compared with a redesigned one
    (OWN + "Earlier work redesigned MarlinNet for speed.", set()),
    (OWN + "We compare HeronNet with a redesigned MarlinNet.", set()),
]

# Kind 2: "we revisit X and upgrade it ... The resulting Y, called Z": the next sentence names the result.
REVISIT_UPGRADE: list[tuple[str, set[Pair]]] = [
    ("In this paper, we revisit the classic parser MarlinNet and upgrade it in three ways. "
     "The resulting parser, called HeronNet, leads on two treebanks.", HM),
    ("We revisit the speech recognizer MarlinNet and improve it with a streaming decoder. "
     "The resulting model, HeronNet, halves the error.", HM),
    ("We revisit MarlinNet and extend it to video. The resulting detector, named HeronNet, runs in real time.", HM),
    # negatives: "we revisit X" alone is an analysis; a model named later is no result of it
    ("In this paper, we revisit the classic parser MarlinNet and analyse its failure cases. "
     "We present HeronNet, a new parser.", set()),
    ("We revisit MarlinNet. We present HeronNet, which is faster than MarlinNet.", set()),
]

# Kind 3: "By integrating X with ..., the final Y": Y is X with the parts added.
INTEGRATED: list[tuple[str, set[Pair]]] = [
    ("We present two light modules. By integrating MarlinNet with both modules, the final segmenter HeronNet "
     "leads on ADE20K.", HM),
    ("We add a memory bank and a reranker. By combining MarlinNet with both, the resulting retriever HeronNet "
     "leads on BEIR.", HM),
    # negative: our model combined with another is a pairing, no lineage
    ("We propose HeronNet, a light tagger. By combining HeronNet with MarlinNet, we reach 91 F1.", set()),
]

# Kind 4: "arming the pretrained X with Y designs", "building on the tokenizer of X": X is the base.
ARMED: list[tuple[str, set[Pair]]] = [
    ("We build a family of speech encoders by arming the pretrained MarlinNet checkpoints with light Orca "
     "blocks. We call this family HeronNet.", HM),
    ("We present HeronNet, a small 2B chat model. Building on the weights and tokenizer of MarlinNet, HeronNet "
     "adds grouped attention.", HM),
    ("We present HeronNet. Building on the vocabulary of MarlinNet, HeronNet adds byte fallback.", HM),
    ("We present HeronNet. Built on the tokenizer of MarlinNet, HeronNet reads code and text.", HM),
    # negatives: others' models built on that tokenizer; a comparison
    ("We present HeronNet. Unlike models built on the tokenizer of MarlinNet, HeronNet reads bytes.", set()),
    ("We present HeronNet, which beats MarlinNet on code.", set()),
]

# Kind 5: "X++" is the improved variant of X: a name relation.
PLUS_NAMES: list[tuple[str, set[Pair]]] = [
    ("We propose QuokNet++, a detector that beats QuokNet by 2 points.", {("QuokNet++", "QuokNet")}),
    ("Our model OrcaNet++ improves the propagation of OrcaNet.", {("OrcaNet++", "OrcaNet")}),
    # negative: another model beside it is no parent
    ("We propose QuokNet++, a detector that beats MarlinNet by 2 points.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REDESIGN + REVISIT_UPGRADE + INTEGRATED + ARMED + PLUS_NAMES,
                         ids=[t[:60] for t, _ in REDESIGN + REVISIT_UPGRADE + INTEGRATED + ARMED + PLUS_NAMES])
def test_stated_lineage_phrasings(builds_on: Pairs, text: str, expected: set[Pair]) -> None:
    assert builds_on(text) == expected


def test_plus_suffix_is_a_variant() -> None:
    assert name_relation("QuokNet++", "QuokNet") == VARIES
    assert name_relation("Command Z+", "Command Z") == VARIES
    assert name_relation("QuokNet++", "QuokNet+") is None


# Kind 6: a name relation the text does not support: another's versioned model beside the paper's own that
# shares its name, only compared ("Wavlet-S is faster than Wavlet 2.0"), and a name that is the task the
# paper's method addresses ("a new approach to KD").
NO_EDGE: list[tuple[str, set[Pair]]] = [
    ("We propose Wavlet-S, a semi-supervised recognizer. Wavlet-S is faster than Wavlet 2.0 at equal "
     "accuracy.", set()),
    ("We propose Sonar-L, a large speech encoder. Sonar-L beats Sonar 3 on every test set.", set()),
    ("We introduce Echo-KD, a new approach to KD for speech models.", set()),
    ("We propose Fast-RL, a new method for RL with sparse rewards.", set()),
    # positives: a version stated as the successor; the task-named parent stated by a cue
    ("We present Wavlet 2.0, the successor to Wavlet.", {("Wavlet 2.0", "Wavlet")}),
    ("We propose Mir-KD, which extends KD with mirrored teachers.", {("Mir-KD", "KD")}),
]


@pytest.mark.parametrize(("text", "expected"), NO_EDGE, ids=[t[:60] for t, _ in NO_EDGE])
def test_unsupported_name_relations(builds_on: Pairs, text: str, expected: set[Pair]) -> None:
    assert builds_on(text) == expected


# Kind 7: a known name written in lower case in a compound ("zero-initialized") is no parent.
def test_lower_case_compound_is_no_parent(builds_on: Pairs) -> None:
    assert builds_on("We present HeronNet. We evaluate the zero-initialized gate for tuning other models.") == set()
    assert builds_on("We present HeronNet, a ZeRO-based trainer for large models.") == {("HeronNet", "ZeRO")}


# Kind 8: a fronted contrast with others' models built on a parent ("Unlike models built on X, Ours ..."):
# the parent is theirs, not ours.
CONTRASTED: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet. Unlike models built on MarlinNet, HeronNet reads bytes.", set()),
    ("We present HeronNet. Unlike most detectors based on MarlinNet, HeronNet needs no anchors.", set()),
    ("We present HeronNet. Unlike existing trackers fine-tuned from MarlinNet, HeronNet learns online.", set()),
    # positive: the contrast names others; our own base is stated after it
    ("We present HeronNet. Unlike prior trackers, HeronNet is built on MarlinNet.", HM),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED, ids=[t[20:70] for t, _ in CONTRASTED])
def test_contrasted_bases_are_others(builds_on: Pairs, text: str, expected: set[Pair]) -> None:
    assert builds_on(text) == expected


# Kind 9: "X could be integrated into CNNs to yield Y": Y is built from the paper's module X.
HOSTED_RESULT: list[tuple[str, set[Pair]]] = [
    ("This paper presents a light temporal unit (TMX). TMX is a plug-in unit and could be inserted into "
     "3D ConvNets to yield a clip classifier, which we call VidNet.", {("VidNet", "TMX")}),
    ("We present Gatr, a gating block. Gatr can be plugged into any ResNet to yield a detector called HawkNet.",
     {("HawkNet", "Gatr")}),
    # negatives: a host the module is put into is no child, nor are the hosts listed
    ("We present Gatr, a gating block. Gatr can be plugged into MarlinNet to speed it up.", set()),
    ("We present Gatr, a gating block. Gatr can be plugged into MarlinNet and into OrcaNet.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HOSTED_RESULT, ids=[t[:60] for t, _ in HOSTED_RESULT])
def test_module_hosted_to_yield_a_model(builds_on: Pairs, text: str, expected: set[Pair]) -> None:
    assert builds_on(text) == expected
