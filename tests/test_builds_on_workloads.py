"""Stated lineage: a model's kind ("X-style"), a workload a system trains, and a named architecture adopted.

"X-style", "X-like" and "X-type" compounds say what kind of model is meant (a workload or an architecture
family), never that the subject builds on X; a framework or system that trains, serves or runs a model
does not build on it. Adopting a named architecture ("adopts architectures including X and Y"), "based off
X", and a frozen part joined to another ("connects a frozen X encoder to the Y language model") state the
parents. Every sentence is invented (invented model names beside a few real ones), so the table tests the
phrasing, not a known paper.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
NO_EDGE: list[str] = [
    # a workload trained, served or run by a framework or system
    "We use Megatron-LM as the training framework and train a GPT-style model with 64 experts.",
    "We use Megatron-LM as the training framework and train GPT-3 with 64 experts.",
    "PipeFusion trains a 1.2T-parameter GLaM-style model 1.7x faster than DeepSpeed-MoE.",
    "We introduce WrenLib, a framework that trains TernLM 3x faster.",
    "WrenLib trains TernLM and KiteLM with 64 experts on TPUs.",
    "WrenLib trains LLaMA-like models 2x faster.",
    "WrenLib serves TernLM-style and KiteLM-style models at scale.",
    "Using WrenLib, we train a TernLM-style model and a KiteLM-like encoder.",
    "We present WrenLib, which runs KiteLM-type decoders on phones.",
    # the subject's kind: an architecture family, not a parent
    "We present WrenLM, a TernLM-style encoder for audio.",
    "We present WrenLM, a TernLM-like encoder for audio.",
    "We present WrenLM, a TernLM-type encoder for audio.",
    "We train WrenLM, a GPT-like decoder, on code.",
    "We present WrenLM, which extends a TernLM-style model with memory.",
    "We present WrenLM, built on top of a GPT-style decoder.",
    "We present WrenLM. It uses a BERT-style masked objective and a TernLM-type tokenizer.",
    # adopting or joining, said of others or of a comparison
    "We present WrenLM. Unlike KiteLM, which adopts architectures such as KiteMoE, WrenLM is dense.",
    "We present WrenLM. Prior models adopt architectures such as KiteMoE.",
    "We present WrenLM. We compare it with the KiteMoE and TernAttention architectures.",
    "We present WrenLM. It adopts the KiteLabMoE layer and beats KiteLab 67B.",
]
EDGES: list[tuple[str, set[Pair]]] = [
    # positive controls: the kinds the compounds above must not disturb
    ("We present WrenLM, a TernLM-based encoder for audio.", {("WrenLM", "TernLM")}),
    ("WrenLM is built on TernLM.", {("WrenLM", "TernLM")}),
    ("We present FlexMoE, a system built on Megatron-LM that trains GPT-style models with 64 experts.",
     {("FlexMoE", "Megatron-LM")}),
    ("We present PipeFusion, a system that extends GPipe. PipeFusion trains a 1.2T-parameter GLaM-style model "
     "1.7x faster than DeepSpeed-MoE.", {("PipeFusion", "GPipe")}),
    ("We present WrenLM, a GLaM-style mixture-of-experts model initialized from TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a GPT-style model fine-tuned from TernLM.", {("WrenLM", "TernLM")}),
    ("WrenLM builds on KiteLM and on a GPT-like tokenizer.", {("WrenLM", "KiteLM")}),
    # a named architecture adopted
    ("We present WrenLM. WrenLM adopts the KiteMoE architecture.", {("WrenLM", "KiteMoE")}),
    ("We present WrenLM. WrenLM adopts the KiteMoE and TernAttention architectures.",
     {("WrenLM", "KiteMoE"), ("WrenLM", "TernAttention")}),
    ("We present WrenLM. WrenLM uses the KiteMoE, TernAttention and OrcaNorm designs.",
     {("WrenLM", "KiteMoE"), ("WrenLM", "TernAttention"), ("WrenLM", "OrcaNorm")}),
    ("We present WrenLM. WrenLM adopts architectures such as KiteMoE and TernAttention.",
     {("WrenLM", "KiteMoE"), ("WrenLM", "TernAttention")}),
    ("We present WrenLM, a strong sparse language model. WrenLM adopts innovative architectures including "
     "Kite Latent Attention (KLA) and KiteMoE.", {("WrenLM", "KLA"), ("WrenLM", "KiteMoE")}),
    ("We present WrenLM. WrenLM adopts architectures such as KiteMoE and outperforms TernLM.", {("WrenLM", "KiteMoE")}),
    ("We present WrenLM. WrenLM uses components like KiteMoE, and it is faster than TernLM.", {("WrenLM", "KiteMoE")}),
    ("We present KiteLM-V3. KiteLM-V3 adopts Kite Latent Attention (KLA) and KiteMoE architectures.",
     {("KiteLM-V3", "KLA"), ("KiteLM-V3", "KiteMoE")}),
    ("We present KiteLM-V3. To achieve efficient inference, KiteLM-V3 adopts Kite Latent Attention (KLA) and "
     "KiteMoE architectures, which were validated in KiteLM-V2.",
     {("KiteLM-V3", "KLA"), ("KiteLM-V3", "KiteMoE"), ("KiteLM-V3", "KiteLM-V2")}),
    # based off
    ("We introduce WrenLM, a sparse model. We design models based off TernLM-Base and TernLM-Large to get up "
     "to 7x speedups.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a model based off TernLM-Base.", {("WrenLM", "TernLM")}),
    ("WrenLM is based off TernLM.", {("WrenLM", "TernLM")}),
    ("Based off TernLM, we build WrenLM.", {("WrenLM", "TernLM")}),
    # a frozen part joined to another model: both are parents
    ("We present WrenVision, which connects a frozen KiteViT encoder to the TernLM language model.",
     {("WrenVision", "KiteViT"), ("WrenVision", "TernLM")}),
    ("We present WrenVision, which connects a frozen KiteViT encoder to TernLM.",
     {("WrenVision", "KiteViT"), ("WrenVision", "TernLM")}),
    ("We present WrenVision, connecting a pretrained KiteViT encoder with the TernLM-2 language model.",
     {("WrenVision", "KiteViT"), ("WrenVision", "TernLM-2")}),
    ("We present WrenVision, which links a frozen KiteViT encoder to a frozen TernLM decoder.",
     {("WrenVision", "KiteViT"), ("WrenVision", "TernLM")}),
    ("We present WrenVision, which aligns a frozen CLIP ViT-L/14 encoder to the TernLM language model through a "
     "projector.", {("WrenVision", "CLIP"), ("WrenVision", "TernLM")}),  # ViT-L/14 tags CLIP, no parent
    ("We present WrenVision, which connects a frozen CLIP ViT-L/14 encoder to the Kite 2 language model.",
     {("WrenVision", "CLIP"), ("WrenVision", "Kite 2")}),
    # joined, but to no model: a purpose, a distillation's direction, a part added
    ("We present WrenLM, distilled from the KiteLM model to the TernLM model.", {("WrenLM", "KiteLM")}),
    ("We present WrenVision, which uses the KiteViT encoder to the benefit of TernLM.", {("WrenVision", "KiteViT")}),
    ("We present WrenVision, which connects a frozen KiteViT encoder with the TernLM benchmark.",
     {("WrenVision", "KiteViT")}),
]


@pytest.mark.parametrize("sentence", NO_EDGE, ids=[s[:60] for s in NO_EDGE])
def test_a_kind_or_a_workload_states_no_lineage(builds_on: Callable[[str], set[Pair]], sentence: str) -> None:
    assert builds_on(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), EDGES, ids=[s[:60] for s, _ in EDGES])
def test_stated_parents_around_kinds_and_workloads(builds_on: Callable[[str], set[Pair]], sentence: str,
                                                   expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
