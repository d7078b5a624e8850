"""Kinds of fault seen in round 62 (issues 11 and 16), each with invented sentences of its own: every new name here
(Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one, and each table
stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.extract.evaluate import spelling_keys
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a data set named after its task, spelled out after 'the', is data": [
        # "The most popular dataset is the Fact Extraction and VERification (FEVER) dataset."
        ("We train on the Claim Extraction and VERification (CEVER) dataset. The CEVER dataset has claims.", "",
         {(DATASET, "CEVER")}),
        # negative: the task itself, spelled out before "task"
        ("We study the Claim Retrieval and Verification (CRV) task and propose ZorbCheck.", "",
         {(MODEL, "ZorbCheck")}),
    ],
    "a function word written in a case of its own is a name": [
        # "BeComE \u2013 A Novel Framework for Node Classification in Social Graphs"
        ("We propose a parser.", "InTo \u2013 A Framework for Parsing", {(MODEL, "InTo")}),
        ("We propose a tagger, QuIlT (Quill Integrated Labelling Tagger), which labels nodes.", "",
         {(MODEL, "QuIlT")}),
        # negative: the word capitalized to open a sentence
        ("Become a better tagger with ZorbTag.", "", {(MODEL, "ZorbTag")}),
    ],
    "a title opening with a kind of model its first part qualifies names the paper's model": [
        # "Id-Gnn: Unsupervised Gnn For Heterophilic Graphs"
        ("The proposed method is an unsupervised graph neural network.",
         "Zq-Gnn: Unsupervised Gnn For Heterophilic Graphs", {(MODEL, "Zq-Gnn")}),
        ("We propose a transformer for long documents.", "ZQ-Transformer: A Transformer for Long Documents",
         {(MODEL, "ZQ-Transformer")}),
        # negatives: no separator after it, a pair of common words, a subtitle that says no kind of model (the
        # review's)
        ("We detect cracks with a graph network.", "Zq-Gnn based detection of cracks", set()),
        ("We revisit nowcasting.", "Conv-Lstm: Precipitation Nowcasting Revisited", set()),
        ("We compare models.", "Bi-Lstm: A Comparative Study for Sentiment Analysis", set()),
        ("We collect sentences.", "French-English: a parallel corpus", set()),
    ],
    "a name spelled out as two known models joined names both": [
        # "we propose a hybrid architecture, BeComE (Bert-ComplEx Embedding Model), a novel framework"
        ("We propose a hybrid model, RoReT (RoBERTa-ResNet Transformer), for captioning.", "",
         {(MODEL, "RoReT"), (MODEL, "RoBERTa"), (MODEL, "ResNet")}),
        # negatives: a generic kind joined to a known name, one known name varied
        ("We propose a hybrid model, BeLS (BERT-LSTM Sequence model), for captioning.", "", {(MODEL, "BeLS")}),
        ("We propose ZorbiNet (Zorb-BERT Interaction Network), for captioning.", "", {(MODEL, "ZorbiNet")}),
    ],
    "a name quoted the TeX way after 'a new' is the paper's": [
        # "we introduce a new `DCT plus Sparse' layer architecture ... Switching from standard sparse layers to DCT
        # plus Sparse layers"
        ("We introduce a new `Zorb plus Sparse' layer architecture. Switching to Zorb plus Sparse layers costs "
         "little.", "", {(MODEL, "Zorb plus Sparse")}),
        ("We introduce a new ``Zorb Mixing'' layer architecture for transformers.", "", {(MODEL, "Zorb Mixing")}),
        # negative: quoted words after "a new" with no head that says what they name
        ("We introduce a new `Gold Standard' for parsing evaluation.", "", set()),
    ],
    "a statistic named by one letter is no name": [
        # "We propose E-C2ST, a deep classifier two-sample test ... based on E-values ... The resulting E-values"
        ("We propose ZorbTest, a two-sample test based on E-values. The resulting E-values can be used anytime. The "
         "q-values are reported.", "", {(MODEL, "ZorbTest")}),
    ],
    "a chapter of a thesis is no name": [
        # "Chapter 1 introduces natural language processing ... Chapter 3 provides background on ..."
        ("This thesis explores an algorithm called ZorbVec. Chapter 1 introduces ZorbVec. Chapter 2 reviews convex "
         "optimization. Chapter 3 provides background.", "", {(MODEL, "ZorbVec")}),
    ],
    "kinds of store, chip network and operating system, and their plurals, are no names": [
        # "We modify two widely-used NoSQL stores, MongoDB and HyperDex"; "We build two prototype Demikernel OSes";
        # "by using a high-throughput 3D Network-on-Chip"
        ("We propose ZorbKV, a key-value store. We modify two NoSQL stores, Quillex and HyperDex, to use ZorbKV. We "
         "build two prototype ZorbKV OSes on a NoC.", "", {(MODEL, "ZorbKV"), (MODEL, "Quillex"), (MODEL, "HyperDex")}),
        ("We build an accelerator that combines the benefits of ReRAM and GPUs for training ZorbNet.", "",
         {(MODEL, "ZorbNet")}),
    ],
    "a scientist's name on a filter or a system is no name": [
        # "identifying ... dynamical system for the Rössler system"; "via SINDy and Kalman filterings"
        ("We track the Rössler system and the Duffing oscillator with Kalman filtering and ZorbNet.", "",
         {(MODEL, "ZorbNet")}),
    ],
    "a maker of network cards is an organization": [
        # "We have implemented Cornflakes within a UDP and TCP networking stack, across Mellanox and Intel NICs."
        ("We implement ZorbFlakes across Mellanox and Intel NICs.", "", {(MODEL, "ZorbFlakes")}),
    ],
    "a filter named after a scientist is a model, an optical one is not": [
        # "We propose the use of the Extended Kalman Filter (EKF) for online data assimilation"
        ("We propose the use of the Extended Kalman Filter (EKF) for data assimilation. The EKF performs model "
         "adaptation.", "", {(MODEL, "EKF")}),
        # negative (the review's): a camera's filter
        ("Images were taken through the Narrow Band Filter (NBF) of the Zorb camera.", "", set()),
    ],
    "a loss is no model": [
        # "Three models (AWD-LSTM, Transformer with NLL Loss, and Transformer with Entmax Loss) were assessed"
        ("Three models (AWD-LSTM, Transformer with NLL Loss, and Transformer with Zorbmax Loss) were assessed.", "",
         {(MODEL, "AWD-LSTM"), (MODEL, "Transformer")}),
    ],
    "a language named with its noun-class prefix is no name": [
        # "Generating high-quality text in ... languages like isiZulu is vital"
        ("Generating text in isiZulu and siSwati is hard, so we train ZorbLM on isiXhosa text.", "",
         {(MODEL, "ZorbLM")}),
        ("We build a part-of-speech tagger for isiZulu, siSwati, isiXhosa and chiShona.", "", set()),
    ],
    "a name spelled out between dashes is one name": [
        # "we present MIRAGE -- Model Internals-based RAG Explanations -- a plug-and-play approach"
        ("We present ZORGE -- Zorb Over Reasoning Graph Explanations -- a method for answer attribution. ZORGE "
         "detects tokens.", "", {(MODEL, "ZORGE")}),
        # negative: an aside that spells nothing
        ("We train ZorbNet - Transformers do the rest - on images.", "", {(MODEL, "ZorbNet"), (MODEL, "Transformer")}),
    ],
    "a working group or a consortium is no model": [
        # "ENIGMA-Sleep: Challenges, opportunities, and the road map ... we have launched the ENIGMA-Sleep working
        # group"
        ("We have launched the Zorb-Sleep working group to study sleep. We describe the datasets of the Zorb-Sleep "
         "group.", "Zorb-Sleep: Challenges, opportunities, and the road map", set()),
        # negatives (the reviews'): a tool a group is named after, a study arm named after the paper's model
        ("We introduce ZorbVis, a visualization tool; the ZorbVis working group will maintain it.", "",
         {(MODEL, "ZorbVis")}),
        ("We propose ZorbTutor, a tutoring system. Students in the ZorbTutor group scored higher than the control "
         "group.", "", {(MODEL, "ZorbTutor")}),
    ],
    "a field of learning spelled out in lower case is no name": [
        # "class distribution mismatch in semi-supervised deep learning (SSDL) with MixMatch"
        ("We propose ZorbMix, an approach to class mismatch in semi-supervised deep learning (SSDL) with MixMatch. We "
         "build a test bed for SSDL.", "", {(MODEL, "ZorbMix"), (MODEL, "MixMatch")}),
        # negative: a method of that shape the paper proposes
        ("We propose self-paced zorb learning (SZL), a method for noisy labels. SZL beats baselines.", "",
         {(MODEL, "SZL")}),
    ],
    "a title's data word that modifies another noun says no data": [
        # "MixMOOD: A systematic approach to ... using deep dataset dissimilarity measures"
        ("We propose ZorbMOOD, a systematic approach to class mismatch.",
         "ZorbMOOD: A systematic approach to class mismatch using deep dataset dissimilarity measures",
         {(MODEL, "ZorbMOOD")}),
    ],
    "a capitalized verb inside a name is no cue": [
        # "due to the Log-Structured Merge Trees data structure that underlies these key-value stores"
        ("The write problem is due to the Log-Structured Merge Trees data structure that underlies these stores. We "
         "build ZorbDB.", "", {(MODEL, "ZorbDB")}),
    ],
    "a field of learning in capitals is no name either": [
        # "Machine Unlearning (MU) has become essential ... which introduces a new MU paradigm"
        ("Due to privacy regulations, Machine Unlearning (MU) has become essential. We propose a novel method, "
         "PruneQuill, which introduces a new MU paradigm.", "", {(MODEL, "PruneQuill")}),
    ],
    "a kind of attack, and content delivery networks, are no names": [
        # "exposes web servers to Application-layer DoS (ADoS) attacks"; "third-party Content Delivery Networks (CDNs)"
        ("We present QuillGuard, a system that offloads work to third-party Content Delivery Networks (CDNs). "
         "Existing solutions fail to prevent Application-layer Zorb (AZoS) attacks.", "", {(MODEL, "QuillGuard")}),
        # negative (the second review's): an attack the paper proposes
        ("We propose the Zorb Adversarial Perturbation (ZAP) attack, a novel black-box attack, and evaluate ZAP "
         "attacks on ResNet-50.", "", {(MODEL, "ZAP"), (MODEL, "ResNet-50")}),
    ],
    "the two sides of pairs are no name": [
        # "question-SQL pairs are retrieved as few-shot demonstrations"
        ("In the first stage, question-SQL pairs are retrieved as demonstrations for ZorbSQL.", "",
         {(MODEL, "ZorbSQL")}),
        # negative (the second review's): a named data set of pairs
        ("We introduce the Quill-Brio pairs dataset, a collection of aligned passages.", "", {(DATASET, "Quill-Brio")}),
    ],
    "a workshop is no name": [
        # "This paper presents the MEDIQA 2019 shared task organized at the ACL-BioNLP workshop."
        ("This paper presents the ZorbMed 2019 shared task organized at the ACL-Quill workshop. 72 teams took part in "
         "ZorbMed 2019.", "", {(MODEL, "ZorbMed 2019")}),
    ],
    "a task the paper solves is no name": [
        # "This paper introduces WeakSAM and solves the weakly-supervised object detection (WSOD) and segmentation"
        ("This paper introduces ZorbSAM and solves the weakly-supervised object detection (WSOD) and segmentation "
         "with SAM. ZorbSAM surpasses earlier WSOD methods.", "", {(MODEL, "ZorbSAM")}),
        # negative: a detector the paper names so
        ("We propose the weakly-supervised zorb detector (WZD), which solves object detection with SAM. WZD is fast.",
         "", {(MODEL, "WZD")}),
    ],
    "names listed before 'benchmark suites' are data": [
        # "We apply MOOS to design ... manycore systems using Rodinia, PARSEC, and SPLASH2 benchmark suites."
        ("We apply ZorbOpt to design systems using Zorbench, QUILL, and SPLASH9 benchmark suites.", "",
         {(MODEL, "ZorbOpt"), (DATASET, "Zorbench"), (DATASET, "QUILL"), (DATASET, "SPLASH9")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a known model named by others is no model of the paper": [
        # "a highly efficient shallow neural network algorithm called word2vec, which was developed by T. Mikolov et
        # al."
        ("This thesis studies an algorithm called word2vec, which was developed by T. Mikolov et al. to learn "
         "vectors.", "", {"Word2Vec": "MENTIONS"}),
        # negatives: one the authors developed (the review's: "by the first author", "described here")
        ("We propose an algorithm called ZorbVec, which was developed by us for tagging.", "",
         {"ZorbVec": "INTRODUCES"}),
        ("We propose an algorithm called Fenix, which was developed by the first author.", "", {"Fenix": "INTRODUCES"}),
        ("We present an algorithm called Quilla, which was developed by Kim and Park and is described here for the "
         "first time.", "", {"Quilla": "INTRODUCES"}),
        # the second review's: the paper's own variant of one others developed
        ("An algorithm called BrioSync, which was developed by NASA engineers, synchronizes clocks; we extend it to "
         "BrioSync2.", "", {"BrioSync": "MENTIONS", "BrioSync2": "INTRODUCES"}),
    ],
    "a model whose use the paper proposes is used": [
        # "We propose the use of the Extended Kalman Filter (EKF) ... The EKF performs model adaptation"
        ("We propose the use of the Extended Zorb Network (EZN) for data assimilation. The EZN performs model "
         "adaptation. The EZN recovers inactive terms.", "", {"EZN": "USES"}),
    ],
    "a title ending in 'The X dataset' names the paper's data": [
        # "Annotation protocol and crowdsourcing ...: The CR-AI4SkIN dataset"
        ("ZQ-Skin contains 271 slides. We validate our method on the ZQ-Skin dataset.",
         "Annotation protocol for skin images: The ZQ-Skin dataset", {"ZQ-Skin": "INTRODUCES"}),
        # negative: a known data set there
        ("We validate our method on the SQuAD dataset.", "Reading comprehension revisited: The SQuAD dataset",
         {"SQuAD": "EVALUATED_ON"}),
    ],
    "a function word in a case of its own, opening the title before an en dash, is the paper's": [
        ("We propose a hybrid architecture, InTo (Indexed Tokens), for parsing.", "InTo \u2013 A Framework for "
         "Parsing", {"InTo": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "BeComE \u2013 A Novel Framework ..." over "we propose a hybrid architecture, BeComE (Bert-ComplEx Embedding
    # Model)": the title's name builds on the known models its long form joins
    ("We propose a hybrid architecture, RoReT (RoBERTa-ResNet Transformer), a novel framework.",
     "RoReT \u2013 A Novel Framework for Captioning", {("RoReT", "RoBERTa"), ("RoReT", "ResNet")}),
    ("We propose a hybrid model, RoReT (RoBERTa-ResNet Transformer), for captioning.", "",
     {("RoReT", "RoBERTa"), ("RoReT", "ResNet")}),
    # the new-user trial's: a parenthesis after the name that does not spell it
    ("We propose a hybrid architecture, ZoCo (RoBERTa-ComplEx Co-training), for link prediction.", "",
     {("ZoCo", "RoBERTa"), ("ZoCo", "ComplEx")}),
    # the review's: the title spells the two out
    ("We propose RoReF for captioning.", "RoReF: RoBERTa-ResNet Fusion for Captioning",
     {("RoReF", "RoBERTa"), ("RoReF", "ResNet")}),
    # negatives: a known name varied, a generic kind
    ("We propose ZorbiNet (Zorb-BERT Interaction Network), for captioning.", "", set()),
    # "SwiftFormer: Efficient Additive Attention for Transformer-based Real-time Mobile Vision Applications": what the
    # paper is for is no base
    ("We build a series of models called ZorbFormer.",
     "ZorbFormer: Efficient Additive Attention for Transformer-based Mobile Vision Applications", set()),
    # "uses a specially trained BERT model (Legal-BERTimbau)": a tuned model of a known one
    ("We built a search system that uses a specially trained BERT model (Legal-ZorbBERT) for law.", "",
     {("Legal-ZorbBERT", "BERT")}),
    # negative: nothing says it was tuned
    ("We built a search system that uses a BERT model (ZorbBERT) for law.", "", set()),
    # "Graph attention networks (GATs) ... a novel graph pooling method (namely PagePool) to extend GATs": the plural
    # of a known model's name is that model
    ("Graph attention networks (GATs) leverage masked attention. We propose a pooling method, ZorbPool, to extend "
     "GATs to graph classification.", "", {("ZorbPool", "GAT")}),
    ("We propose a hybrid model, BeLS (BERT-LSTM Sequence model), for captioning.", "", set()),
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


def test_a_label_with_its_short_form_inside_answers_to_the_short_form() -> None:
    # "we propose a new multi-agent policy gradient method, called Robust Local Advantage (ROLA) Actor-Critic. ROLA
    # allows each agent ...": labelled "Robust Local Advantage (ROLA) Actor-Critic"
    keys = spelling_keys(["Robust Zorb Advantage (RZA) Actor-Critic"])
    assert set(keys) == {"rzaactorcritic", "rza"}
    assert keys["rza"] == {"robustzorbadvantageactorcritic"}
