"""Parts, helpers, hosts and implicit subjects of stated lineage, one table per kind (issue 16).

Every sentence is invented (GullNet, PiperLM, OrcaDiff, "Tern Wave Diffusion" are no real models), from
several fields (speech, vision, proteins, robotics, databases, weather, recommendation): a row stands for
a way papers write lineage or name a model near a cue without deriving from it. The policy they test is
in the README (Lineage, `stated`): a part of our model (its encoder, image tower, backbone) built on X
makes ours build on X; an auxiliary network (discriminator, reward model, critic, judge, verifier, filter,
teacher) built on X does not, nor does a frozen X whose outputs are the targets ours learns to predict.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
GP = {("GullNet", "PiperLM")}
OWN = "We present GullNet, a new model. "

# Kind 1: an auxiliary network of the pipeline (discriminator, reward model, critic, judge, verifier,
# filter, teacher) built on X: X is that helper's base, not ours.
AUXILIARY: list[tuple[str, set[Pair]]] = [
    (OWN + "GullNet is trained with a loss computed by a discriminator on top of a frozen PiperLM backbone.", set()),
    (OWN + "GullNet is trained with a discriminator built on the pretrained PiperLM.", set()),
    ("We present GullNet, a grasping policy. GullNet learns from a reward model initialized from PiperLM.", set()),
    ("We present GullNet, an RL agent for chip floor planning. GullNet uses a critic fine-tuned from PiperLM.", set()),
    ("We present GullNet, a protein designer. GullNet ranks candidates with a verifier based on PiperLM.", set()),
    (OWN + "We use an automated judge based on PiperLM to filter the generated answers.", set()),
    (OWN + "GullNet drops noisy forecasts with a quality filter built on PiperLM.", set()),
    (OWN + "GullNet learns from a teacher initialized from PiperLM.", set()),
    # the model itself, a part of it, or a helper that is the paper's model, on top of X is still ours
    ("We present GullNet, a reward model initialized from PiperLM for robot grasping.", GP),
    ("We present GullNet, a verifier for proofs. GullNet is a verifier fine-tuned from PiperLM.", GP),
    (OWN + "GullNet is built on top of a frozen PiperLM backbone.", GP),
    (OWN + "GullNet trains a discriminator and is initialized from PiperLM.", GP),
]

# Kind 2: a teacher that makes targets (masked modelling, feature regression) is no parent unless it is
# distilled into ours.
TARGETS: list[tuple[str, set[Pair]]] = [
    (OWN + "GullNet regresses the targets of a frozen PiperLM encoder from masked patches.", set()),
    ("We present GullNet, a speech model. GullNet predicts the hidden features of a frozen PiperLM "
     "for masked frames.", set()),
    ("We present GullNet, a point-cloud encoder. GullNet reconstructs the representations of a frozen "
     "PiperLM ViT-B/16 model.", set()),
    (OWN + "GullNet predicts soft labels from a frozen PiperLM for masked residues.", set()),
    # distilled into ours: the student builds on its teacher
    ("We present GullNet. We distill PiperLM into GullNet for phones.", GP),
    ("We present GullNet, a student distilled from a frozen PiperLM.", GP),
]

# Kind 3: our method put into or applied to a model (a host): the host is a workload, not a base.
HOSTS: list[tuple[str, set[Pair]]] = [
    ("We present GullNet, an exploration bonus. We add GullNet to PiperLM and test it on robot arms.", set()),
    ("We propose a cache policy, termed Gull Cache Policy (GullNet). We add GullNet to PiperDB.", set()),
    ("We present GullNet, a cardinality estimator. Integrated into PiperDB, GullNet cuts query latency.", set()),
    ("We present GullNet, a recommender loss. GullNet is integrated into PiperLM and OrcaRec.", set()),
    ("We present GullNet, a recommender loss. GullNet is plugged into PiperLM.", set()),
    ("We present GullNet, a pre-training objective. A PiperLM backbone with GullNet reaches 84% accuracy.", set()),
    ("We present GullNet, a regularizer. We insert GullNet into PiperLM.", set()),
    # ours as the subject that adds something to X is X changed: ours builds on it
    (OWN + "GullNet adds a memory bank to PiperLM.", GP),
    ("We present GullNet, which incorporates radar inputs into PiperLM.", GP),
]

# Kind 4: a part of our model (an encoder, a tower, a backbone) built on X makes ours build on X, also
# when an architecture name describes the part; the subject of coordinated verbs is the sentence's.
PARTS: list[tuple[str, set[Pair]]] = [
    ("We train a retriever on 1B pairs. The retriever, GullNet, uses a ViT-B/16 image tower initialized from "
     "PiperLM. GullNet improves recall by 4 points.", GP),
    (OWN + "GullNet pairs a Conformer speech encoder initialized from PiperLM with a small decoder.", GP),
    ("We present GullNet for weather. It uses a PiperNet image tower initialized from OrcaLM.",
     {("GullNet", "OrcaLM")}),
    ("We present GullNet for weather. It uses a Swin-T backbone initialized from PiperLM.",
     {("GullNet", "Swin Transformer"), ("GullNet", "PiperLM")}),  # "uses an X backbone" states X too
    (OWN + "Its text encoder is initialized from PiperLM.", GP),
    (OWN + "GullNet replaces the contrastive loss of OrcaCLIP with a ranking loss and is initialized from "
     "PiperLM.", GP),
    (OWN + "GullNet replaces the training objective of OrcaLM with a diffusion loss.", set()),
    # in a relative clause "and is" continues the clause, whose subject is ours
    ("We present GullNet, a forecasting model that has finer grids and is more accurate than its predecessor "
     "PiperLM.", GP),
]

# Kind 5: the paper's model as an unnamed subject: "our approach", a student named later in the
# sentence, "we replace ... of X" with ours named only in a later sentence, and a paper that also
# releases tuned variants of its model.
IMPLICIT: list[tuple[str, set[Pair]]] = [
    ("We present GullNet, a sparse protein model. Our approach is warm-started from the dense PiperLM "
     "checkpoint via upcycling. We also release GullNet-Chat, tuned on dialogue.",
     {("GullNet", "PiperLM"), ("GullNet-Chat", "GullNet")}),
    ("We distill a large video model into a fast one. Starting from Tern Wave Diffusion, our student, named "
     "GullNet, is trained with a consistency loss.", {("GullNet", "Tern Wave Diffusion")}),
    ("Starting from Tern Wave Diffusion, we train a four-step image generator, which we call GullNet.",
     {("GullNet", "Tern Wave Diffusion")}),
    ("In this paper we replace the multi-head self-attention blocks of a PiperLM encoder with recurrent layers derived "
     "from OrcaSSM. GullNet reaches 3.1% word error rate.", {("GullNet", "PiperLM"), ("GullNet", "OrcaSSM")}),
    ("In this work, we replace the edge-wise message layers of a PiperGNN model with attention layers adapted from "
     "OrcaFormer, and call the result GullNet.", {("GullNet", "PiperGNN"), ("GullNet", "OrcaFormer")}),
    ("We present GullNet and GullNet-XL. Our model is initialized from PiperLM.", GP),  # XL: a tier, a sibling
    # two models of ours that no name joins: "our model" names neither
    ("We present GullNet and OrcaRec. Our model is initialized from PiperLM.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), AUXILIARY, ids=[s[:70] for s, _ in AUXILIARY])
def test_an_auxiliary_networks_base_is_not_ours(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), TARGETS, ids=[s[:70] for s, _ in TARGETS])
def test_a_teacher_of_targets_is_no_parent(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), HOSTS, ids=[s[:70] for s, _ in HOSTS])
def test_a_host_of_our_method_is_no_parent(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PARTS, ids=[s[:70] for s, _ in PARTS])
def test_a_part_of_ours_built_on_a_model(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), IMPLICIT, ids=[s[:70] for s, _ in IMPLICIT])
def test_the_papers_model_as_an_implicit_subject(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
