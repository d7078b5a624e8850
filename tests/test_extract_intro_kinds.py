"""How papers present their own model or dataset, across subfields, in invented abstracts (issue 11).

Every title and abstract here is written for the test (names are invented, or well-known models and datasets
named in passing); none is a real abstract. The first table holds abstract-like texts from vision, speech, RL,
systems, databases, datasets and benchmarks, theory and biology-style ML, each introducing its model or dataset
in a different way; the tables after it each stand for one kind of phrasing that was missed or misread, with
negatives that must stay as they are.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL

Case = tuple[str, str, set[str], set[str]]  # (title, abstract, names introduced, other names that must be found)


def found(ex: Extractor, title: str, abstract: str) -> tuple[set[str], set[str]]:
    """The names of the paper's Model and Dataset nodes, and the names it introduces."""
    nodes, edges = ex.paper("paper:t", title, abstract)
    names = {n.id: n.props["name"] for n in nodes if n.label in (MODEL, DATASET)}
    return set(names.values()), {names[e.target] for e in edges if e.type == INTRODUCES and e.target in names}


def check(ex: Extractor, case: Case) -> None:
    title, abstract, intro, others = case
    names, introduced = found(ex, title, abstract)
    assert introduced == intro
    assert intro | others <= names


SUBFIELDS: list[Case] = [
    # vision
    ("Heron: Efficient Detection Transformers for Small Objects",
     "Detecting small objects remains hard for DETR-style detectors. We address this with a multi-scale query "
     "design. On COCO, Heron reaches 48.1 AP and outperforms DETR at half the cost.", {"Heron"}, {"DETR", "COCO"}),
    ("Learning Dense Correspondence without Labels",
     "This paper describes FlowWeaver, a self-supervised method for dense correspondence. FlowWeaver trains on "
     "unlabelled video and transfers to optical flow. It outperforms RAFT on Sintel and KITTI.",
     {"FlowWeaver"}, {"RAFT", "Sintel", "KITTI"}),
    ("Sparse Vision Transformers",
     "Here we present SpaViT, a vision transformer that prunes tokens on the fly. SpaViT cuts FLOPs by 40% on "
     "ImageNet with no loss of accuracy.", {"SpaViT"}, {"ImageNet"}),
    ("MarbleSeg: Open-Vocabulary Segmentation with Frozen CLIP",
     "We build on a frozen CLIP encoder and add a light mask decoder. The resulting model segments any category "
     "named in text and sets a new state of the art on ADE20K.", {"MarbleSeg"}, {"CLIP", "ADE20K"}),
    ("Depth Anything Else",
     "Monocular depth estimation generalizes poorly. Our model, Gleam, is trained on 12M unlabeled images and "
     "evaluated zero-shot on NYUv2 and KITTI.", {"Gleam"}, {"NYUv2", "KITTI"}),
    ("Adaptive Computation for Image Models",
     "Image models spend the same compute on every image. We argue that easy images need less. To this end, we "
     "develop a halting mechanism that stops tokens early. We call our framework HaltViT. On ImageNet, HaltViT "
     "cuts FLOPs by 38% at equal accuracy.", {"HaltViT"}, {"ImageNet"}),
    # speech
    ("Whisperlite: Distilling Speech Recognition into Small Models",
     "Large speech recognisers are expensive. We distill Whisper into a 40M-parameter student. Whisperlite runs "
     "6x faster than Whisper with a 1% absolute WER increase on LibriSpeech.",
     {"Whisperlite"}, {"Whisper", "LibriSpeech"}),
    ("Streaming Speech Translation",
     "We describe StreamST, a streaming model for speech-to-text translation. StreamST is evaluated on MuST-C "
     "and CoVoST 2 and matches offline systems.", {"StreamST"}, {"MuST-C", "CoVoST 2"}),
    ("A Corpus of Accented English Speech",
     "We release AccentBank, a corpus of 900 hours of accented English speech from 60 countries. Models trained "
     "on LibriSpeech degrade by 30% on AccentBank.", {"AccentBank"}, {"LibriSpeech"}),
    # reinforcement learning
    ("Offline Reinforcement Learning with Conservative Critics",
     "We propose an offline RL algorithm, called Conservative Advantage Weighting (CAW), which penalizes unseen "
     "actions. CAW beats CQL and IQL on D4RL.", {"CAW"}, {"CQL", "IQL", "D4RL"}),
    # systems
    ("Efficient Serving of Mixture-of-Experts Models",
     "Serving MoE models is memory bound. We design Tidal, a serving system that offloads inactive experts to "
     "host memory. Compared with vLLM, Tidal improves throughput by 2.4x on Mixtral-8x7B.",
     {"Tidal"}, {"vLLM", "Mixtral"}),
    ("Cinder: Fast Checkpointing for Large-Scale Training",
     "Checkpointing stalls training. Cinder overlaps checkpoint writes with computation and recovers from "
     "failures in seconds. We integrate Cinder into DeepSpeed and Megatron-LM.",
     {"Cinder"}, {"DeepSpeed", "Megatron-LM"}),
    ("", "We build a system, Orchid, that schedules LLM requests across GPUs. Orchid reduces tail latency by 4x "
     "over Orca.", {"Orchid"}, {"Orca"}),
    # databases
    ("Learned Cardinality Estimation Revisited",
     "We propose NeuroCard++, a learned cardinality estimator that handles joins over many tables. On the JOB "
     "benchmark, NeuroCard++ reduces median q-error by 3x.", {"NeuroCard++"}, {"JOB"}),
    ("QueryBench: Evaluating Text-to-SQL Systems at Scale",
     "Existing text-to-SQL benchmarks such as Spider and BIRD are saturated. QueryBench contains 12,000 "
     "questions over 300 enterprise databases.", {"QueryBench"}, {"Spider", "BIRD"}),
    # datasets and benchmarks
    ("Measuring Commonsense in Vision-Language Models",
     "We collect VisCom, a dataset of 50k image-question pairs that require commonsense. GPT-4V scores 61% on "
     "VisCom, far below humans.", {"VisCom"}, {"GPT-4V"}),
    ("MathVerse-2: Harder Visual Math Problems",
     "We present a new benchmark of 3,000 visual math problems. Frontier models such as GPT-4o and Claude 3 "
     "score below 40% on MathVerse-2.", {"MathVerse-2"}, {"GPT-4o", "Claude 3"}),
    ("", "We introduce the Long Horizon Reasoning Benchmark (LHRB), a set of 800 multi-step problems, and "
     "evaluate Llama 3 and Mistral 7B on it.", {"LHRB"}, {"Llama 3", "Mistral"}),
    ("", "We collect a new benchmark, CodeRace, of 500 competitive programming problems, and evaluate Codex and "
     "AlphaCode on CodeRace.", {"CodeRace"}, {"Codex", "AlphaCode"}),
    ("", "A new dataset, named CrowdPose-2, is constructed for crowded scenes.", {"CrowdPose-2"}, set()),
    ("", "We release our code and the Panda-70M dataset of 70M captioned video clips.", {"Panda-70M"}, set()),
    # theory with a named method
    ("Accelerated Methods for Nonconvex Optimization",
     "We propose Nesterov-Lite, a first-order method with a provable convergence rate for smooth functions. "
     "Nesterov-Lite matches Adam on CIFAR-10.", {"Nesterov-Lite"}, {"CIFAR-10"}),
    ("", "We propose an algorithm called Optimistic Posterior Sampling (OPS) for contextual bandits.", {"OPS"}, set()),
    # biology-style ML
    ("ProtFold: Protein Structure Prediction from Single Sequences",
     "We show that a language model trained on 200M protein sequences predicts structure without alignments. "
     "ProtFold is faster than AlphaFold2 and is evaluated on CASP14.", {"ProtFold"}, {"AlphaFold2", "CASP14"}),
    ("", "Here, we present scGen2, a generative model of single-cell transcriptomes. scGen2 predicts "
     "perturbation responses.", {"scGen2"}, set()),
    # an acronym defined in the title, then only "our method"
    ("SALT: Sparse Adaptive Low-rank Training",
     "Training large models is costly. We show that a sparse plus low-rank update suffices. Our method trains "
     "Llama 2 7B with 30% less memory than LoRA.", {"SALT"}, {"Llama 2", "LoRA"}),
    ("GRACE: Graph Retrieval Augmented Code Editing",
     "We present an approach that retrieves related code from a repository graph before editing. GRACE "
     "improves pass@1 by 8 points over GPT-4 on SWE-bench.", {"GRACE"}, {"GPT-4", "SWE-bench"}),
    # "X is a ...", "Our X", the name only as the subject of the results
    ("", "Orca-Vision is a multimodal model that reads charts. Orca-Vision is trained on synthetic chart data "
     "and beats Pix2Struct on ChartQA.", {"Orca-Vision"}, {"Pix2Struct", "ChartQA"}),
    ("", "Our Lumen model reaches 72.3 on MMLU with only 2B parameters.", {"Lumen"}, {"MMLU"}),
    ("", "We show that our method, TokenDrop, speeds up BERT fine-tuning by 30%.", {"TokenDrop"}, {"BERT"}),
    ("Retrieval without Indexes",
     "Dense retrievers need large indexes. ZipRet compresses the index by 16x. ZipRet also matches DPR on "
     "Natural Questions.", {"ZipRet"}, {"DPR", "Natural Questions"}),
    ("", "The resulting model, PixMix-2, generalizes to unseen corruptions on ImageNet-C.", {"PixMix-2"},
     {"ImageNet-C"}),
    # Greek, LaTeX, digits, symbols
    ("", "We propose $\\alpha$-Router, a learned router for mixture-of-experts layers.", {"α-Router"}, set()),
    ("", "We introduce π-Flow, a flow-matching policy for robot control, and evaluate it on LIBERO.",
     {"π-Flow"}, {"LIBERO"}),
    ("", "We present Wav2Seq-2, a self-supervised speech model, and release it.", {"Wav2Seq-2"}, set()),
    ("", "We propose DiffAug++, an augmentation scheme for GANs with limited data, and it improves StyleGAN2 on "
     "FFHQ.", {"DiffAug++"}, {"StyleGAN2", "FFHQ"}),
    ("", "We present Nemo-Mamba 2.0, a hybrid model, and Nemo-Mamba 2.0 beats Mamba.", {"Nemo-Mamba 2.0"},
     {"Mamba"}),
    # a version in the title, a tuned variant beside the family
    ("Towards VoxNetV4: Faster Voxel Networks",
     "VoxNetV4 removes the 3D convolutions of VoxNetV3 and runs twice as fast.", {"VoxNetV4"}, {"VoxNetV3"}),
    ("", "We release Petrel, a family of open language models, and Petrel-Instruct, tuned to follow "
     "instructions.", {"Petrel", "Petrel-Instruct"}, set()),
    ("Hermes-3: Open Instruction-Tuned Models",
     "We fine-tune Llama 3.1 on synthetic conversations. Hermes-3 outperforms Llama-3.1-Instruct on MT-Bench.",
     {"Hermes-3"}, {"Llama 3.1", "MT-Bench"}),
    # "the proposed", "termed", "which we name"
    ("", "In this paper we propose a new architecture for graph learning. The proposed GraphMixer achieves "
     "state-of-the-art results on OGB.", {"GraphMixer"}, {"OGB"}),
    ("", "This paper proposes a lightweight network termed MobiNet-V4 for mobile devices.", {"MobiNet-V4"}, set()),
    ("", "The proposed approach, which we name SPADE-R, outperforms SPADE on ADE20K.", {"SPADE-R"},
     {"SPADE", "ADE20K"}),
    ("", "Existing methods such as MoCo and SimCLR need large batches. We present BYOL-2, which needs none.",
     {"BYOL-2"}, {"MoCo", "SimCLR"}),
]


@pytest.mark.parametrize("case", SUBFIELDS, ids=[(c[0] or c[1])[:32] for c in SUBFIELDS])
def test_papers_of_many_subfields_introduce_their_own_names(ex: Extractor, case: Case) -> None:
    check(ex, case)


# --- each kind below was missed or misread before: its phrasings, then negatives ----------------------------

REFER_TO_AS: list[Case] = [
    # "we refer to X as Y", "which we refer to as Y": a naming cue like "called"
    ("", "We refer to this model as Condor. Condor outperforms GPT-3.5 on HumanEval.", {"Condor"},
     {"GPT-3.5", "HumanEval"}),
    ("", "Our approach, which we refer to as SelfPlay-Q, learns from its own games.", {"SelfPlay-Q"}, set()),
    ("", "Our approach is simple: we fine-tune T5 with a contrastive loss. We refer to it as ContraT5 in the rest "
     "of the paper. ContraT5 improves retrieval on BEIR.", {"ContraT5"}, {"T5", "BEIR"}),
    ("", "We refer to these models as foundation models. We study their risks.", set(), set()),
]

MORE_INTRODUCE_VERBS: list[Case] = [
    # "we curate / contribute / assemble X"
    ("", "We also contribute SynthText-3D, a synthetic dataset of 1M images.", {"SynthText-3D"}, set()),
    ("", "We curate RiverSet-2, a collection of river images, and assemble ShoreNet on top of it.",
     {"RiverSet-2"}, set()),
    ("", "We curate questions from forums and contribute to open science.", set(), set()),
]

LOWER_CASE_DATASETS: list[Case] = [
    # a lower-case name the paper presents with a dataset appositive; its later mentions follow
    ("", "We curate tinycode, a corpus of 2M short programs, and train small models on it. Models trained on "
     "tinycode beat those trained on The Stack.", {"tinycode"}, {"The Stack"}),
    ("", "We release petrel_qa, a new benchmark of 9k questions.", {"petrel_qa"}, set()),
    ("", "We curate data, a corpus of text, and code.", set(), set()),
    ("", "We release it, a new benchmark of 9k questions.", set(), set()),
]

DEFINED_TECHNIQUES: list[Case] = [
    # a named technique the paper defines by an acronym, its long form in lower case
    ("", "We propose self-refining decoding (SRD), a training-free method for LLMs.", {"SRD"}, set()),
    ("", "We propose a simple pruning criterion, named magnitude-gradient pruning (MGP), that needs no retraining.",
     {"MGP"}, set()),
    ("", "We propose contrastive decoding (CD), which contrasts an expert and an amateur LM. CD improves GPT-2 XL.",
     {"CD"}, {"GPT-2"}),
    # someone else's technique that the paper applies
    ("", "We propose to apply knowledge distillation (KD) to speech models.", set(), set()),
    ("", "We use knowledge distillation (KD) and low-rank adaptation (LoRA) to compress models.", set(), {"LoRA"}),
]

OWN_CORE: list[Case] = [
    # "at the heart of our approach is X", "the core of our method is X", "our key contribution is X"
    ("", "At the heart of our approach is Echo Pooling, a pooling layer that keeps salient tokens.",
     {"Echo Pooling"}, set()),
    ("", "The core of our method is the Lattice Adapter, which injects spatial priors into ViT.",
     {"Lattice Adapter"}, {"Vision Transformer"}),
    ("", "Our key contribution is HexConv, a convolution on hexagonal grids.", {"HexConv"}, set()),
    ("", "The key idea is that gradients are low rank. At the heart of our method is a projection onto this "
     "subspace. The proposed GaLore-X saves 60% of optimizer memory when training LLaMA-7B.", {"GaLore-X"}, {"LLaMA"}),
    # the core of a finding, or a known name, is not introduced
    ("", "We study why models fail. At the core of the failure is tokenization of numbers in GPT-2.", set(),
     {"GPT-2"}),
    ("", "Our key contribution is showing that BERT attention heads encode syntax.", set(), {"BERT"}),
]

TECHNIQUE_HEADS: list[Case] = [
    # a new name with the technique it names after it is one name; written alone later, the same one
    ("", "Our proposed QuadTree Attention reduces the cost from quadratic to linear.", {"QuadTree Attention"}, set()),
    ("", "To cut the cost, we design a SparseProb self-attention mechanism that keeps the dominant queries. "
     "SparseProb is 3x faster.", {"SparseProb self-attention"}, set()),
    ("", "We propose Zeta Pooling. Zeta Pooling keeps salient tokens, and Zeta beats average pooling.",
     {"Zeta Pooling"}, set()),
]

TITLE_LEADS: list[Case] = [
    # "Introducing X: ...", "Meet X: ..."
    ("Introducing Bramble: A Sparse Language Model", "Bramble activates 2B of its 20B parameters per token.",
     {"Bramble"}, set()),
    ("Meet ZorbQA: A Dataset for Routing Questions", "ZorbQA holds 40k questions.", {"ZorbQA"}, set()),
    ("Meet the Experts: Routing in Sparse Models", "We analyse routers in Switch Transformer and GShard.", set(),
     {"Switch Transformer", "GShard"}),
    ("Meet Experts: Routing in Sparse Models", "We analyse routers in GShard.", set(), {"GShard"}),
]

OURS_APPOSITION: list[Case] = [
    # ", our new X," after any verb; ", a model we train"
    ("", "We evaluate Tarn, our new speech encoder, on LibriSpeech and VoxPopuli.", {"Tarn"},
     {"LibriSpeech", "VoxPopuli"}),
    ("", "Our experiments with Sable, a 1.3B model we pretrain on code, show that data order matters.",
     {"Sable"}, set()),
    ("", "We compare Tarn, our new baseline, with GPT-4.", set(), {"GPT-4"}),
    ("", "We evaluate Claude 3 Opus, GPT-4 Turbo and Gemini 1.5 Pro, our strongest baselines, on SWE-bench.",
     set(), {"GPT-4 Turbo", "SWE-bench"}),
]

TRAINED_AFTER_AND: list[Case] = [
    # "we collect ... and pretrain X on it": a new name the paper trains
    ("", "We describe the Helix corpus, 3 billion tokens of scientific text, and pretrain SciHelix on it.",
     {"Helix", "SciHelix"}, set()),
    ("", "We collect tweets and train ResNet-50 on them.", set(), {"ResNet-50"}),
]

SUBJECT_WITH_LONG_FORM: list[Case] = [
    # "X (Long Form) is a <model>" opening the abstract
    ("", "ReFlow-3D (Rectified Flow for 3D shapes) is a generative model of meshes. It is trained on ShapeNet and "
     "generates a mesh in 0.2 s.", {"ReFlow-3D"}, {"ShapeNet"}),
    ("", "GPT-4 (a model by others) is a language model that we probe.", set(), {"GPT-4"}),
]

HEAD_BEFORE_APPOSITION: list[Case] = [
    # "we introduce a dataset for ..., X,"; two definitions joined by "and a"
    ("", "We introduce a dataset for legal reasoning, LexBench, with 20k questions from bar exams.",
     {"LexBench"}, set()),
    ("", "Specifically, we propose Mask-Aware Cross Attention (MACA) and a Token Refinement Module (TRM).",
     {"MACA", "TRM"}, set()),
    ("", "We introduce a method for training GPT-2, ZorbDrop, which drops tokens.", {"ZorbDrop"}, {"GPT-2"}),
    ("", "We introduce a dataset for training, and evaluate on GSM8K, MATH and SVAMP.", set(),
     {"GSM8K", "SVAMP"}),
]

SUBJECT_OWNED_AFTER: list[Case] = [
    # a capitalized name opening a sentence that calls it the paper's own, or presented in quotes
    ("", "Zorbix, which we introduce in this paper, reads sheet music.", {"Zorbix"}, set()),
    ("", "Score-Former is proposed in this work to read sheet music.", {"Score-Former"}, set()),
    ("", "We propose 'Ripple', a method for sheet music reading.", {"Ripple"}, set()),
    ("", "Today, which we spend indoors, is long.", set(), set()),
]

TITLE_NAMES: list[Case] = [
    # "X — subtitle" as "X: subtitle"; a capitalized word opening the title is a name when the subtitle
    # says what it is or the abstract writes it again, never in lower case
    ("Zorbix — Reading Sheet Music at Scale", "We train Zorbix on 1M scores.", {"Zorbix"}, set()),
    ("Zorbix: Reading Sheet Music at Scale", "We train a model on 1M scores.", set(), set()),
    ("Zorbix - Reading Sheet Music", "Zorbix reads a page in 40 ms.", {"Zorbix"}, set()),
    ("Bramble: An Efficient Architecture for Routing", "We route tokens to experts.", {"Bramble"}, set()),
    ("Robustness: What Matters", "We study the robustness of BERT.", set(), {"BERT"}),
    ("Graphs – Foundations and Frontiers", "We review GCN and GAT.", set(), set()),
    ("Proteins — Folding with Language Models", "We fold proteins with large models.", set(), set()),
]

KINDS = {"refer to as": REFER_TO_AS, "more introduce verbs": MORE_INTRODUCE_VERBS,
         "lower-case datasets": LOWER_CASE_DATASETS, "defined techniques": DEFINED_TECHNIQUES,
         "own core": OWN_CORE, "technique heads": TECHNIQUE_HEADS, "title leads": TITLE_LEADS,
         "ours apposition": OURS_APPOSITION, "trained after and": TRAINED_AFTER_AND,
         "subject with long form": SUBJECT_WITH_LONG_FORM, "head before apposition": HEAD_BEFORE_APPOSITION,
         "subject owned after": SUBJECT_OWNED_AFTER, "title names": TITLE_NAMES}
KIND_CASES = [(kind, c) for kind, cases in KINDS.items() for c in cases]


@pytest.mark.parametrize(("kind", "case"), KIND_CASES, ids=[f"{k}: {(c[0] or c[1])[:28]}" for k, c in KIND_CASES])
def test_each_kind_of_presenting_a_name(ex: Extractor, kind: str, case: Case) -> None:
    check(ex, case)


def test_a_technique_name_written_alone_folds_into_the_full_one(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We propose QuadTree Attention. QuadTree runs on GPUs.")
    assert [(n.props["name"], n.props["aliases"]) for n in nodes if n.label == MODEL] == [
        ("QuadTree Attention", ["QuadTree"])]
    names, _ = found(ex, "", "We apply BERT Attention and GPT-2 self-attention.")  # known names keep their own
    assert {"BERT", "GPT-2"} <= names and not names & {"BERT Attention", "GPT-2 self-attention"}
    names, _ = found(ex, "ZorbNet Training at Scale", "We train ZorbNet on GPUs.")  # a title's words stay apart
    assert "ZorbNet Training" not in names


NOT_NAMES: list[tuple[str, str]] = [
    # task compounds, plural title kinds, variables
    ("QueryBench: Evaluating Text-to-SQL Systems", "We compare text-to-SQL benchmarks and speech-to-text models."),
    ("", "Unlike image-to-image translation, English-to-French translation needs text-to-text models."),
    ("Lower Bounds for Online Learning with Delays",
     "Any algorithm for online convex optimization with delay d suffers regret Omega(sqrt(dT)), and O(nK) space."),
]


@pytest.mark.parametrize(("title", "abstract"), NOT_NAMES, ids=[a[:30] for _, a in NOT_NAMES])
def test_tasks_and_variables_are_no_names(ex: Extractor, title: str, abstract: str) -> None:
    names, _ = found(ex, title, abstract)
    assert names <= {"QueryBench"}


def test_a_qualified_known_name_in_a_list_is_one_name(ex: Extractor) -> None:
    # kind 1: "Cascade Mask-Net" listed with other models is one name, not "Cascade" and "Mask-Net"
    assert found(ex, "", "We plug our module into Mask R-CNN, Cascade R-CNN and HTC.")[0] == {
        "Mask R-CNN", "Cascade R-CNN", "HTC"}
    assert found(ex, "", "Results beat Mask R-CNN and Hybrid Whisper.")[0] == {"Mask R-CNN", "Hybrid Whisper"}
    assert found(ex, "", "We plug our module into Mask R-CNN. Cascade stages help.")[0] == {"Mask R-CNN"}


def test_a_plural_title_of_a_qualified_known_name_is_a_kind_not_a_model(ex: Extractor) -> None:
    assert found(ex, "Sparse Vision Transformers", "We present SpaViT, which prunes tokens.") == (
        {"SpaViT", "Vision Transformer"}, {"SpaViT"})
    assert found(ex, "Sparse Vision Transformer", "We prune tokens of images.")[1] == {"Sparse Vision Transformer"}


def test_well_known_datasets_of_other_subfields_are_found_without_a_cue(ex: Extractor) -> None:
    # kind 8: benchmarks of graphs, 3D, video, speech and agents named in passing
    text = "LVIS, ScanNet and MSR-VTT are harder than COCO, and VoxCeleb, D4RL and WebArena are not."
    names, introduced = found(ex, "", text)
    assert names == {"LVIS", "ScanNet", "MSR-VTT", "COCO", "VoxCeleb", "D4RL", "WebArena"} and not introduced
