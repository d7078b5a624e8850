"""Kinds of fault seen in round 50 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import aliases, entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.extract.mentions import compact_initials
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a common word in capitals the capitalized words before it spell": [
        # "Twin Delayed Deep Deterministic Policy Gradient (TD3) with Hindsight Experience Replay (HER)"
        ("We build the Cross Attention Network (CAN) for retrieval. CAN is fast.", "", {(MODEL, "CAN")}),
        ("We propose Multi Object Retrieval Encoder (MORE), a retrieval model.", "", {(MODEL, "MORE")}),
        # negatives: the word in capitals before its spelling, and words that do not spell it
        ("You should CALL (Contact Any Local Librarian) today.", "", set()),
        ("Results show that such models CAN (as claimed) fail.", "", set()),
        ("We detect intrusions on the Controller Area Network (CAN) bus of vehicles with an LSTM.", "", set()),
    ],
    "a known method's short form in parentheses": [
        # "integrates Twin Delayed Deep Deterministic Policy Gradient (TD3) with Hindsight Experience Replay (HER)"
        ("Our agents use Hindsight Experience Replay (HER) with Soft Actor-Critic (SAC).", "",
         {(MODEL, "HER"), (MODEL, "SAC")}),
        ("We tune Twin Delayed Deep Deterministic Policy Gradient (TD3) for ZorbArm.", "",
         {(MODEL, "TD3"), (MODEL, "ZorbArm")}),
        # negatives: the pronoun
        ("We thank her for the replay buffer of ZorbArm.", "", {(MODEL, "ZorbArm")}),
    ],
    "a method given as an example, its long form ending in a task's word": [
        # "conventional MIL methods such as Attention-Based Deep Multiple Instance Learning (ABMIL)", "the Kernel
        # Temporal Segmentation (KTS) algorithm"
        ("Prior approaches such as Zorbic Quill Learning (ZQL) ignore order.", "", {(MODEL, "ZQL")}),
        ("Shots are then chosen with the Zorbic Temporal Segmentation (ZTS) algorithm.", "", {(MODEL, "ZTS")}),
        # negatives: tasks given as examples of tasks, and a task named with its head
        ("We evaluate on tasks such as Named Entity Recognition (NER) and Relation Extraction (RE).", "", set()),
        ("We study the Semantic Role Labeling (SRL) task with new models.", "", set()),
        ("We apply a Voice Activity Detection (VAD) model to remove silence before transcription with Whisper.", "",
         {(MODEL, "Whisper")}),
        ("We evaluate models on downstream tasks such as Sound Event Detection (SED) and Speaker Verification (SV).",
         "", set()),
    ],
    "a model after its kind, the kind a hyphened modifier": [
        # "The approach is based on the dual-encoder AVION, on which we introduce a cross-modal module"
        ("The approach is based on the dual-encoder Zorblet, on which we add a module.", "", {(MODEL, "Zorblet")}),
        # negatives: a benchmark after a hyphened modifier
        ("Accuracy improves on the zero-shot Quillbench benchmark by 3 points.", "", {(DATASET, "Quillbench")}),
    ],
    "an acronym in the plural where the text also writes it alone": [
        # "Classical sampling-based motion planners like the RRTs suffer ... compared to 19% for RRT"
        ("Planners like the ZRTs are slow. ZorbPlan reaches 98%, compared to 19% for ZRT.", "",
         {(MODEL, "ZRT"), (MODEL, "ZorbPlan")}),
    ],
    "data named before a data head": [
        # "leveraging the My Science Tutor (MyST) children's speech corpus ... the utility of the MyST dataset"
        ("A study used the My Zorb Tutor (MyZT) children's speech corpus. We clean the MyZT dataset.", "",
         {(DATASET, "MyZT")}),
        # negatives: a name written before a model's head too
        ("We train ZorbNet. The ZorbNet model is small, and the ZorbNet dataset results hold.", "",
         {(MODEL, "ZorbNet")}),
        ("ZorbNet is fast and small. Moreover, ZorbNet set a new record on COCO.", "",
         {(MODEL, "ZorbNet"), (DATASET, "COCO")}),
    ],
    "an apposition of coordinated adjectives": [
        # "we gather EmoSet++, a comprehensive multi-lingual, multi-cultural speech emotion corpus with 37 datasets"
        ("First, we gather ZorbSet++, a comprehensive multi-lingual, multi-cultural speech emotion corpus with 37 "
         "datasets.", "", {(DATASET, "ZorbSet++")}),
        # negatives: a framework so described, and a list after a comma
        ("We release Zorbit, a fast, scalable training framework.", "", {(MODEL, "Zorbit")}),
        ("Experiments show that ZorbNet, a simple approach, beats others on two benchmarks.", "", {(MODEL, "ZorbNet")}),
    ],
    "a field's abbreviation": [
        # "Unsupervised Domain Adaptation (UDA) is essential ... Existing UDA algorithms"
        ("Unsupervised Domain Adaptation (UDA) is essential. Existing UDA algorithms fail. We propose ZorbDA.", "",
         {(MODEL, "ZorbDA")}),
    ],
    "a problem's abbreviation": [
        # "we present a black-box conversion from general d-dimensional Stochastic Convex Optimization (SCO) to
        # vector-valued linear prediction, showing that any SCO problem can be embedded"
        ("We present a reduction from Zorb Convex Optimization (ZCO) to prediction, showing that any ZCO problem can "
         "be embedded.", "", set()),
        # negatives: a method that solves a problem
        ("We propose Zorb Convex Optimization (ZCO), which solves the problem faster.", "", {(MODEL, "ZCO")}),
        ("We train Deep Q-Network (DQN) agents on Atari and address the DQN problem of overestimation.", "",
         {(MODEL, "DQN")}),
    ],
    "a vehicle": [
        # "DV-DETR: Improved UAV Aerial Small Target Detection Algorithm Based on RT-DETR"
        ("We propose ZorbDet for UAV-based surveillance with UAVs.",
         "ZorbDet: Improved UAV Small Target Detection Based on RT-DETR", {(MODEL, "ZorbDet"), (MODEL, "RT-DETR")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Episodic RRT", "ERRT"), ("Deformable DETR", "DDETR"), ("Global ABMIL", "GABMIL"),
    # negatives: words alone, an acronym alone, a word in lower case
    ("Graph Attention Network", None), ("RRT", None), ("ERRT tree", None),
])
def test_the_initials_of_words_and_an_acronym(name: str, expected: str | None) -> None:
    assert compact_initials(name) == expected


@pytest.mark.parametrize(("abstract", "name", "expected"), [
    # "This paper introduces the Episodic RRT, a novel hybrid planning framework ... ERRT transforms the search"
    ("This paper introduces the Episodic ZRT, a novel hybrid planner. EZRT transforms the search.", "Episodic ZRT",
     [["EZRT"]]),
    # negatives: initials of words alone are no name of them ("GAT" is not the Graph Attention Transformer's)
    ("We introduce the Graph Attention Transformer, a new model. GAT is older.", "Graph Attention Transformer", [[]]),
])
def test_a_name_answers_to_its_initials(ex: Extractor, abstract: str, name: str, expected: list[list[str]]) -> None:
    assert aliases(ex, abstract, "", name) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "data the paper gathers or publishes": [
        # "we gather EmoSet++, a comprehensive ... corpus", "we publish a 3Gb Chinese Medicine (ChiMed) dataset"
        ("First, we gather ZorbSet, a large speech emotion corpus.", "", {"ZorbSet": "INTRODUCES"}),
        ("In addition, we publish a 3Gb Zorbic Medicine (ZorMed) dataset.", "", {"ZorMed": "INTRODUCES"}),
        # negatives: results published on a known model
        ("We publish our results on BERT.", "", {"BERT": "USES"}),
        ("We use the newly published ZorbSet corpus to train a classifier.", "", {"ZorbSet": "EVALUATED_ON"}),
    ],
    "a known model the design rests on": [
        # "we introduce three main enhancements: (1) ResNet18 as the backbone network to improve feature extraction"
        ("To achieve this, we introduce three enhancements: (1) ResNet18 as the backbone network; (2) a new loss.", "",
         {"ResNet18": "MENTIONS"}),
        # negatives: a new name so placed
        ("We introduce ZorbNet as the backbone of our detector.", "", {"ZorbNet": "INTRODUCES"}),
    ],
    "a known model the paper trains": [
        # "We then train a ControlNet model to condition image generation on binary segmentation masks"
        ("Our pipeline builds on Stable Diffusion. We then train a ControlNet model to condition generation on masks.",
         "", {"Stable Diffusion": "USES", "ControlNet": "USES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "pairs"), [
    # "This report presents ContextRefine-CLIP (CR-CLIP), an efficient model ... The approach is based on the
    # dual-encoder AVION"
    ("We present Zorblet-X, an efficient model. The approach is based on the dual-encoder Avlon.",
     {("Zorblet-X", "Avlon")}),
    ("We present Zorblet-X, an efficient model. The method builds on Avlon.", {("Zorblet-X", "Avlon")}),
    # "we propose Graph Skip-gram, an extension of the Skip-gram model"
    ("We propose Graph Quill-gram, an extension of the Skip-gram model.", {("Graph Quill-gram", "Skip-gram")}),
    # "the Episodic RRT ... ERRT transforms ... its asymptotically optimal variant, ERRT*"
    ("This paper introduces the Episodic ZRT, a novel planner. EZRT transforms the search and outperforms ZRT. Its "
     "asymptotically optimal variant, EZRT*, is faster.", {("Episodic ZRT", "ZRT"), ("EZRT*", "Episodic ZRT")}),
    # "Visual features are extracted using a pre-trained GoogLeNet model": a feature extractor is a part
    ("This paper introduces ZorbSumm, a novel video summarization model. Visual features are extracted using a "
     "pre-trained GoogLeNet model.", {("ZorbSumm", "GoogLeNet")}),
    ("We propose ZorbSumm, a summarizer. Embeddings are computed with BERT.", {("ZorbSumm", "BERT")}),
    # "we have further enhanced the model's performance through the Retrieval Augmented Generation (RAG) approach.
    # Experiments demonstrate that Qilin-Med-RAG achieves ...": the paper's model with a technique it spells out
    ("We present Zorb-Med. We further enhance it through the Retrieval Augmented Generation (RAG) approach. "
     "Experiments demonstrate that Zorb-Med-RAG achieves 42.8%.", {("Zorb-Med-RAG", "Zorb-Med")}),
    # negatives: two models introduced together, the second's suffix no technique spelled out
    ("We introduce ZorbFormer-B0 and ZorbFormer. B0 is small.", set()),
    ("We introduce DeepZorb-R1-Zero and DeepZorb-R1, two reasoning models.", set()),
    # negatives: an approach the text does not present, a rival, features of others
    ("We present Zorblet-X, an efficient model. The approach of earlier work is based on Avlon.", set()),
    ("We present Zorblet-X, an efficient model. It outperforms Avlon.", set()),
    ("We propose ZorbSumm, a summarizer. Prior methods extract features using VGG-16.", set()),
    ("In earlier systems, visual features were extracted using a pre-trained VGG-16 model. We propose ZorbSumm, a "
     "video summarizer.", set()),
])
def test_the_parent_of_what_the_paper_presents(ex: Extractor, abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, "", abstract) == pairs
