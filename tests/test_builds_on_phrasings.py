"""Stated lineage phrased in more ways than tests/test_lineage_phrasings.py: passive voice, relative clauses,
appositions, parentheses, fronted participles and lists, each kind with negatives (issue 16).

Every sentence is invented (HeronNet, MarlinNet, OrcaNet are no real models): the table stands for a
phrasing, not for a paper. A sentence naming the child only there opens with "We present HeronNet." so
the child is the paper's own, as abstracts state it somewhere.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.extractor import Extractor

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
HM = {("HeronNet", "MarlinNet")}
OWN = "We present HeronNet. "

STATED: list[tuple[str, set[Pair]]] = [
    # extend
    ("HeronNet extends the earlier MarlinNet with gated memory.", HM),
    ("We present HeronNet, an extension of MarlinNet to 3D scenes.", HM),
    (OWN + "HeronNet, an extended version of MarlinNet, handles long inputs.", HM),
    (OWN + "By extending MarlinNet with sparse attention, we obtain HeronNet.", HM),
    # enhance: with what it is enhanced
    ("We propose HeronNet, which enhances MarlinNet with depth cues.", HM),
    (OWN + "HeronNet is an enhanced MarlinNet for low-light images.", HM),
    (OWN + "We enhance MarlinNet with a memory bank and name the model HeronNet.", HM),
    # reimplement
    ("HeronNet is a reimplementation of MarlinNet in JAX.", HM),
    ("We release HeronNet, a faithful re-implementation of MarlinNet trained on public data.", HM),
    # adapt
    ("HeronNet adapts MarlinNet to speech.", HM),
    (OWN + "HeronNet is an adaptation of MarlinNet for tabular data.", HM),
    ("We adapt MarlinNet to radiology reports, yielding HeronNet.", HM),
    # initialize from
    ("HeronNet is initialised from MarlinNet checkpoints.", HM),
    ("We present HeronNet, whose weights are initialized from MarlinNet.", HM),
    (OWN + "Initialized with MarlinNet weights, HeronNet converges in a day.", HM),
    # fine-tune from
    (OWN + "HeronNet, fine-tuned from MarlinNet on legal text, beats GPT-4.", HM),
    ("We introduce HeronNet, a MarlinNet model fine-tuned on dialogue.", HM),
    (OWN + "HeronNet is obtained by finetuning MarlinNet on 1M instructions.", HM),
    (OWN + "By fine-tuning MarlinNet on math, we obtain HeronNet.", HM),
    # distill: the student builds on the teacher, active or passive
    ("HeronNet is distilled from MarlinNet.", HM),
    ("We present HeronNet, a student model distilled from the larger MarlinNet teacher.", HM),
    (OWN + "We distill MarlinNet into a smaller student, HeronNet.", HM),
    (OWN + "Knowledge from MarlinNet is distilled into HeronNet.", HM),
    (OWN + "MarlinNet is then distilled into a compact student, HeronNet.", HM),
    # X-based, sizes included
    ("We present HeronNet, a MarlinNet-based detector.", HM),
    (OWN + "HeronNet is a MarlinNet-13B-based assistant for chemistry.", HM),
    ("We present HeronNet, a MarlinNet 7B-based chat model.", HM),
    (OWN + "Based on MarlinNet, HeronNet adds a decoder.", HM),
    # built upon
    (OWN + "Built upon MarlinNet, HeronNet adds a planner.", HM),
    ("We build upon MarlinNet and propose HeronNet.", HM),
    ("Our HeronNet is built upon the MarlinNet framework.", HM),
    # variant, successor, follow-up, derivative, start
    ("We propose HeronNet, a lightweight variant of MarlinNet.", HM),
    ("HeronNet is the successor of MarlinNet.", HM),
    (OWN + "As a successor to MarlinNet, HeronNet doubles the context.", HM),
    ("We present HeronNet, a follow-up to MarlinNet.", HM),
    ("This follow-up work on MarlinNet introduces HeronNet.", HM),
    ("We present HeronNet (a MarlinNet derivative) for audio.", HM),
    (OWN + "HeronNet, which is derived from MarlinNet, runs on phones.", HM),
    ("We propose HeronNet, which starts from MarlinNet and adds tools.", HM),
    # passive voice: the parent is the subject, the paper's model the result
    ("In this work, MarlinNet is extended with retrieval; the resulting model, HeronNet, is faster.", HM),
    (OWN + "MarlinNet is extended to video in our HeronNet.", HM),
    (OWN + "MarlinNet is fine-tuned on code to obtain HeronNet.", HM),
    # an apposition naming the parent with what was done to it
    ("We present HeronNet, MarlinNet adapted to medical images.", HM),
    ("We present HeronNet, MarlinNet fine-tuned on 10k radiology reports.", HM),
    # scope: each clause's own child, several parents, versions of ours
    ("We present HeronNet-Mini, distilled from HeronNet.", {("HeronNet-Mini", "HeronNet")}),
    ("We present HeronNet, which is based on MarlinNet and OrcaNet.", {("HeronNet", "MarlinNet"), ("HeronNet", "OrcaNet")}),
    ("HeronNet-2 improves over HeronNet with better data.", {("HeronNet-2", "HeronNet")}),
    ("We present HeronNet 2, the second version of HeronNet.", {("HeronNet 2", "HeronNet")}),
    ("We present HeronNet, a successor of our earlier MarlinNet.", HM),
    ("We present Heron Diffusion Models (HDMs), which extend Latent Diffusion Models (LDMs) to audio.",
     {("HDM", "LDM")}),
    ("We present HeronNet, a Δ-Net variant for graphs.", {("HeronNet", "Δ-Net")}),
    (OWN + "HeronNet uses MarlinNet as a frozen encoder.", HM),
    ("We present HeronNet, a MarlinNet-based model that beats OrcaNet-based models.", HM),
    # initialize, warm-start, start from, merge, share or replace parts, "is a X with", "is X trained with"
    (OWN + "HeronNet is initialized using the weights of MarlinNet.", HM),
    (OWN + "HeronNet is warm-started from MarlinNet.", HM),
    (OWN + "We start from a pretrained MarlinNet checkpoint and train HeronNet on code.", HM),
    (OWN + "We obtain HeronNet by merging MarlinNet and OrcaNet.", {("HeronNet", "MarlinNet"), ("HeronNet", "OrcaNet")}),
    (OWN + "HeronNet shares MarlinNet's architecture but uses more data.", HM),
    (OWN + "HeronNet replaces MarlinNet's decoder with a diffusion head.", HM),
    (OWN + "HeronNet is a MarlinNet with sparse attention.", HM),
    (OWN + "HeronNet is MarlinNet trained with RLHF.", HM),
    ("We present HeronNet, MarlinNet trained on code.", HM),
    (OWN + "HeronNet is a 7B model fine-tuned from MarlinNet-7B-Base.", HM),
    (OWN + "HeronNet is trained by continuing the pre-training of MarlinNet on 100B tokens.", HM),
    # a base named by a lower-case long form defining its acronym
    ("We propose Heron Latent Models (HLMs), which extend latent diffusion models (LDMs) with memory.",
     {("HLM", "LDM")}),
    (OWN + "HeronNet is built on latent diffusion models (LDMs).", {("HeronNet", "LDM")}),
    # a version of the base, a title that states the extension, backbones and encoders
    (OWN + "HeronNet is based on the 7B version of MarlinNet.", HM),
    ("We present HeronNet, MarlinNet's successor.", HM),
    (OWN + "HeronNet inherits MarlinNet's weights and adds experts.", HM),
    (OWN + "To build HeronNet, we fine-tune MarlinNet on code.", HM),
    (OWN + "HeronNet is trained on top of MarlinNet.", HM),
    (OWN + "HeronNet uses MarlinNet as its backbone.", HM),
    (OWN + "HeronNet employs a MarlinNet backbone.", HM),
    (OWN + "HeronNet leverages MarlinNet as the image encoder.", HM),
    # names in Greek or LaTeX, names ending in a symbol, a sentence opening with the child
    ("We present α-Heron, which extends Heron-2 with routing.", {("α-Heron", "Heron-2")}),
    ("We present $\\beta$-MarlinNet, a MarlinNet variant with learned priors.", {("β-MarlinNet", "MarlinNet")}),
    ("HeronNet-α is fine-tuned from MarlinNet-7B. We present HeronNet-α.", {("HeronNet-α", "MarlinNet")}),
    ("We propose MarlinNet++, an improved version of MarlinNet.", {("MarlinNet++", "MarlinNet")}),
    # a name of ours that holds another's: stated by the text, not by the letters alone
    ("We present FooCLIP-GAN, which builds on FooGAN.", {("FooCLIP-GAN", "FooGAN")}),
]

NOT_LINEAGE: list[tuple[str, set[Pair]]] = [
    # compared, baseline, workload, contrast: never lineage
    (OWN + "HeronNet is compared with MarlinNet and OrcaNet.", set()),
    ("We present HeronNet and use MarlinNet as a baseline.", set()),
    ("We present HeronNet, a scheduler; we benchmark it on MarlinNet and OrcaNet training workloads.", set()),
    (OWN + "Unlike MarlinNet, HeronNet needs no labels.", set()),
    ("We present HeronNet, which outperforms a fine-tuned MarlinNet.", set()),
    ("We present HeronNet, which matches MarlinNet at half the cost.", set()),
    ("We present HeronNet, which is trained on outputs of MarlinNet.", set()),
    ("We present HeronNet, which is evaluated on MarlinNet-generated images.", set()),
    # an X-based system HeronNet speeds up or beats is a workload or a rival, not its parent
    ("We present HeronNet, a profiler that speeds up MarlinNet-based pipelines.", set()),
    (OWN + "HeronNet is 3x faster than MarlinNet-based systems.", set()),
    # "enhance" without saying with what: a use, not a derivation
    ("Our method enhances GPT-4 with retrieval and beats Claude.", set()),
    (OWN + "We enhance the reasoning of GPT-4 with HeronNet.", set()),
    ("We present HeronNet, a tool that enhances MarlinNet's answers with citations.", set()),
    # scope: what others did to other models says nothing of ours
    (OWN + "Existing methods extend MarlinNet to video, but they are slow.", set()),
    (OWN + "Prior work distilled MarlinNet into OrcaNet.", set()),
    (OWN + "GPT-4 was distilled into OrcaNet by prior work.", set()),
    (OWN + "OrcaNet extends MarlinNet, but HeronNet does not.", {("OrcaNet", "MarlinNet")}),
    (OWN + "Using HeronNet as the teacher, we distill MarlinNet-S and MarlinNet-M.", set()),
    # an X-based family set against ours, tools and data makers, judges and optimizers
    (OWN + "In contrast to MarlinNet-based methods, HeronNet needs no labels.", set()),
    (OWN + "Unlike MarlinNet-based detectors, HeronNet needs no anchors.", set()),
    ("We present HeronNet, which outperforms existing MarlinNet-based models.", set()),
    (OWN + "Like MarlinNet, HeronNet uses sparse attention.", set()),
    ("We distill HeronNet into MarlinNet-1B and OrcaNet-3B, releasing two small models.", set()),
    ("We release HeronNet-7B and HeronNet-70B. HeronNet-7B is distilled from HeronNet-70B.", set()),
    (OWN + "We use MarlinNet to generate training data for HeronNet.", set()),
    (OWN + "We use MarlinNet as the judge.", set()),
    (OWN + "MarlinNet serves as the reward model.", set()),
    ("We present HeronNet and train it on data labelled by MarlinNet.", set()),
    ("We present HeronNet, which runs MarlinNet inference 2x faster.", set()),
    ("We present HeronNet, a compiler that speeds up MarlinNet and OrcaNet.", set()),
    ("We present HeronNet, an optimizer. Fine-tuning MarlinNet with HeronNet saves memory.", set()),
    # models we fine-tune as baselines or to compare with ours are rivals, not bases
    (OWN + "We fine-tune MarlinNet and OrcaNet as baselines.", set()),
    (OWN + "We fine-tune MarlinNet and OrcaNet on our data and compare them with HeronNet.", set()),
    (OWN + "Our evaluation includes models based on MarlinNet.", set()),
    (OWN + "Many works build on MarlinNet.", set()),
    (OWN + "Most existing detectors are based on MarlinNet.", set()),
    (OWN + "We evaluate HeronNet on MarlinNet-generated code.", set()),
    (OWN + "Our MarlinNet-based baseline is weaker.", set()),
    # a relative clause about another model gives that model its parent, not ours
    ("We present HeronNet and OrcaNet; OrcaNet is fine-tuned from MarlinNet.", {("OrcaNet", "MarlinNet")}),
    ("We present HeronNet, which is trained with RL, and OrcaNet, which is distilled from MarlinNet.",
     {("OrcaNet", "MarlinNet")}),
    ("We present HeronNet, trained from scratch, unlike MarlinNet, which is initialized from OrcaNet.",
     {("MarlinNet", "OrcaNet")}),
    # a tokenizer, data or recipe in common, a use at inference, a likeness: no derivation
    (OWN + "HeronNet uses MarlinNet's tokenizer.", set()),
    (OWN + "HeronNet is trained on the same data as MarlinNet.", set()),
    (OWN + "HeronNet follows the training recipe of MarlinNet.", set()),
    (OWN + "HeronNet uses MarlinNet for retrieval at inference time.", set()),
    (OWN + "HeronNet matches the quality of MarlinNet.", set()),
    (OWN + "HeronNet is as fast as MarlinNet with half the memory.", set()),
    (OWN + "The baseline is MarlinNet with beam search.", set()),
    (OWN + "MarlinNet is a model with sparse attention.", set()),
    # a generic family spelled out with its acronym is no base, nor a model
    ("We study large language models (LLMs), which extend pretrained language models (PLMs).", set()),
    # likeness, style, speed against a backbone, and ours put in another's place
    (OWN + "HeronNet is a MarlinNet-like model.", set()),
    (OWN + "HeronNet outperforms MarlinNet-like models.", set()),
    (OWN + "HeronNet uses MarlinNet-style prompts.", set()),
    (OWN + "HeronNet runs 2x faster than a MarlinNet backbone.", set()),
    (OWN + "Replacing the MarlinNet backbone with HeronNet improves detection.", set()),
    (OWN + "We replace the MarlinNet encoder with HeronNet and gain 3 points.", set()),
    # a passive about another model with no result of ours in the clause
    (OWN + "MarlinNet was fine-tuned by its authors, and HeronNet beats it.", set()),
    (OWN + "MarlinNet was pruned in prior work; HeronNet is dense.", set()),
    ("We compare HeronNet, MarlinNet fine-tuned on code and OrcaNet.", set()),
    ("We release HeronNet-S and HeronNet-L, fine-tuned on code.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), STATED, ids=[s[:60] for s, _ in STATED])
def test_stated_lineage_in_varied_syntax(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), NOT_LINEAGE, ids=[s[:60] for s, _ in NOT_LINEAGE])
def test_comparison_workload_and_others_work_are_no_lineage(builds_on: Pairs, sentence: str,
                                                           expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


def test_a_title_that_states_the_extension(ex: Extractor) -> None:
    rels = ex.spans("We study video models. HeronNet wins.", "HeronNet: Extending MarlinNet to Video")["relations"]
    assert {(r["source"], r["target"]) for r in rels if r["type"] == "BUILDS_ON"} == HM


def test_the_child_of_a_passive_distillation_carries_the_sentence(ex: Extractor) -> None:
    text = "We present HeronNet, a small model. Knowledge from MarlinNet is distilled into HeronNet."
    rels = [r for r in ex.spans(text)["relations"] if r["type"] == "BUILDS_ON"]
    assert [(r["source"], r["target"], r["rule"], r["evidence"]) for r in rels] == [
        ("HeronNet", "MarlinNet", "distill-into", "Knowledge from MarlinNet is distilled into HeronNet.")]


NAMES: list[tuple[str, set[Pair]]] = [
    # sizes and configurations of one model are one node, never each other's parent
    ("We release HeronLM-7B and HeronLM-70B.", set()),
    ("We release HeronLM-S, HeronLM-M and HeronLM-L.", set()),
    ("We release HeronLM-Base and HeronLM-Large.", set()),
    ("We present HeronLM (7B) and compare it with HeronLM-13B.", set()),
    ("We present MarlinNet. MarlinNet beats ResNet-50 and ResNet-101.", set()),
    ("We present MarlinNet. MarlinNet beats EfficientNet-B0 and EfficientNet-B7.", set()),
    ("We present MarlinNet. MarlinNet beats YOLOv5-S and YOLOv5-X.", set()),
    ("We present MarlinNet. It beats Swin-T and Swin-B.", set()),
    ("We present MarlinNet. It beats GPT-4o and GPT-4o-mini.", set()),
    # versions and tuned variants of ours follow their base; others' versions are theirs to order
    ("We present HeronLM 2, which improves on HeronLM.", {("HeronLM 2", "HeronLM")}),
    ("We present HeronLM-2. HeronLM-2 beats HeronLM-1.5 and MarlinNet.", {("HeronLM-2", "HeronLM-1.5")}),
    ("We present OrcaNet. It beats HeronLM-v2 and HeronLM-v1.", set()),
    ("We present HeronLM-Vision, which adds images to HeronLM.", {("HeronLM-Vision", "HeronLM")}),
    ("We present HeronLM and HeronLM-Chat, tuned for dialogue.", {("HeronLM-Chat", "HeronLM")}),
    ("We present HeronLM-7B-Instruct, tuned from HeronLM-7B.", {("HeronLM-Instruct", "HeronLM")}),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES, ids=[s[:60] for s, _ in NAMES])
def test_sizes_versions_and_variants_by_name(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
