"""Stated lineage an expert user's fourth set of abstracts and probes showed spurious, one table per kind
(issue 16).

Every sentence is invented (Quillon, Fenwick, Lintel, Brevan, ... are no real models) and stands for a kind, in
sentences from several fields (tracking, compilers, speech, merging, law, weather); every kind has positives
that must still give their edge beside the negatives that must give none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lineage_helpers import build, parents

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py

# Kind 1: wrong roles. A method applied with "with" is no child of the model it adapts; a library (a gazetteer
# row flagged "library") is no parent; a clause on what prior work did says nothing of ours; a cue word inside
# another name ("Sorrel-Merge") is no cue.
ROLES: list[tuple[str, set[Pair]]] = [
    ("We present Quillon, a tracking model. We show that fine-tuning with LoRA adapts Quillon to a new camera "
     "with 50 clips.", set()),
    ("We present Tabard, a speech recognizer. Using QLoRA, fine-tuning adapts Tabard to court audio.", set()),
    ("We present Fenwick, a compiler. Fenwick is built on top of PyTorch and needs no change to model code.", set()),
    ("We present Fenwick, a graph sampler. Fenwick is built on top of TensorFlow and runs on one GPU.", set()),
    ("We present Fenwick, a scheduler. Unlike prior work that extended Harrow to asynchronous updates, Fenwick "
     "keeps synchronous semantics.", set()),
    ("We present Calder, a rain nowcaster. Unlike previous methods that fine-tune Sleet-2 on radar, Calder "
     "trains a new decoder.", set()),
    ("We present Lintel, a merging method. We compare Lintel with Sorrel-Merge and Gavot on six tasks.", set()),
    ("We compare our merging method with Sorrel-Merge and Gavot, which use magnitude-based pruning of task "
     "vectors.", set()),
    # positives: ours built on a model beside a library, ours extending a model after the prior-work clause, a
    # model tuned with a method, a model obtained by merging two named ones
    ("We present Fenwick, a training system that is built on top of DeepSpeed and Harrow-7B.", {("Fenwick", "Harrow")}),
    ("We present Fenwick, a scheduler. Unlike prior work that extended Harrow to images, Fenwick extends "
     "Harrow-2 to video.", {("Fenwick", "Harrow-2")}),  # Harrow-2 -> Harrow: a name relation of others' models
    ("We present Tabard, a speech model. Tabard is fine-tuned from Ostrel-Base with LoRA on 200 hours of court "
     "audio.", {("Tabard", "Ostrel")}),
    ("We present Lintel, a model obtained by merging Sorrel-Chat and Gavot.", {("Lintel", "Sorrel-Chat"),
                                                                               ("Lintel", "Gavot")}),
]


@pytest.mark.parametrize(("sentence", "expected"), ROLES, ids=[s[:70] for s, _ in ROLES])
def test_a_method_a_library_prior_work_or_a_name_part_is_no_role_in_lineage(builds_on: Pairs, sentence: str,
                                                                            expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind 2: a model the text says was trained from scratch holds another's name without descending from it.
SCRATCH_NAMES: list[tuple[str, set[Pair]]] = [
    ("We present Statuta, an encoder for contracts obtained by continued pretraining of BERT-base. We compare "
     "Statuta with Legal-BERT, which was trained from scratch on case law.", {("Statuta", "BERT")}),
    ("We present Nowca, a dialogue model initialized from Brevan. We compare Nowca with Brevan-Chat, which was "
     "trained from scratch on forum threads.", {("Nowca", "Brevan")}),
    # the same names with no denial: a name relation between models the abstract only compares with is no
    # lineage it states either (a signal for inference across papers)
    ("We present Statuta, an encoder for contracts obtained by continued pretraining of BERT-base. We compare "
     "Statuta with Legal-BERT, which was trained on case law.", {("Statuta", "BERT")}),
    ("We present Nowca, a dialogue model initialized from Brevan. We compare Nowca with Brevan-Chat, which was "
     "trained on forum threads.", {("Nowca", "Brevan")}),
]


@pytest.mark.parametrize(("sentence", "expected"), SCRATCH_NAMES, ids=[s[:70] for s, _ in SCRATCH_NAMES])
def test_a_name_trained_from_scratch_is_no_name_extension(builds_on: Pairs, sentence: str,
                                                          expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


BREVAN = ("2101.00001", "Brevan: A Bidirectional Text Encoder", "2021-01-05",
          "We present Brevan, a bidirectional text encoder pretrained on 3B words with masked language modelling.")


# Kind 2 in the store: an abstract that denies its model any base ("trained from scratch", "does not inherit any
# weights") gives it no inferred or candidate parent; the model another clause says was initialised from a
# base keeps that stated parent.
@pytest.mark.parametrize("abstract", [
    "Unlike Nimbus, which is initialised from Brevan, our encoder Cirrus is trained from scratch on clinical notes.",
    "We present Cirrus, a clinical text encoder. Unlike Nimbus, which is initialised from Brevan, it does not "
    "inherit any weights from a pretrained model.",
])
def test_a_denied_base_gives_no_inferred_parent(tmp_path: Path, abstract: str) -> None:
    g = build(tmp_path, [BREVAN, ("2301.00002", "Cirrus: A Clinical Encoder", "2023-01-05", abstract)])
    assert parents(g, "Cirrus") == set()
    assert parents(g, "Nimbus") == {"Brevan"}


def test_a_stated_base_still_makes_the_edge(tmp_path: Path) -> None:
    g = build(tmp_path, [BREVAN, ("2301.00002", "Cirrus: A Clinical Encoder", "2023-01-05",
                                  "We present Cirrus, a clinical text encoder initialised from Brevan and further "
                                  "pretrained on 2B words of clinical notes.")])
    assert parents(g, "Cirrus") == {"Brevan"}


# Kind 3: a derivation stage that optimises, adapts or further trains a named model and names the result
# ("to obtain our final policy, Y", "yielding Y", "; the resulting policy, Y"): Y builds on it.
STAGES: list[tuple[str, set[Pair]]] = [
    ("We first instruction-tune Harl-7B into Harl-SFT, a tutor trained on 90k dialogues, and then optimise "
     "Harl-SFT with proximal policy optimisation against a reward model to obtain our final policy, Harl-RL.",
     {("Harl-SFT", "Harl"), ("Harl-RL", "Harl-SFT"), ("Harl-RL", "Harl")}),
    ("We present Harl-RL. We optimise Harl-SFT with PPO to obtain Harl-RL.", {("Harl-RL", "Harl-SFT")}),
    ("We adapt Pelta to chest radiographs with 40k labelled scans, yielding Pelta-Rad, a triage model.",
     {("Pelta-Rad", "Pelta")}),
    ("We adapt Tessix-2 to surgical video by adding phase tokens and by fine-tuning the whole model on 40k clips; "
     "the resulting 2B-parameter model, Scalpel-VL, runs at 20 Hz on one GPU. Scalpel-VL halves the error rate.",
     {("Scalpel-VL", "Tessix-2")}),
    # negatives: no result named, a rival after the stage, prior work's stage
    ("We optimise Harl-SFT with PPO; the resulting policy beats Rover-Arm.", set()),
    ("We optimise Harl-SFT with PPO and compare it with Vantor, our final policy.", set()),
    ("We adapt Tessix-2 to surgical video and compare it with Scalpel-VL, our segmenter.", set()),
    ("Prior work adapted Tessix-2 to surgical video; we compare Scalpel-VL, our new segmenter, with the resulting "
     "model.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), STAGES, ids=[s[:70] for s, _ in STAGES])
def test_a_named_result_of_a_derivation_stage_builds_on_its_input(builds_on: Pairs, sentence: str,
                                                                   expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
