"""Kinds of fault seen in round 54 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a method in lower case whose short form the paper's own name extends": [
        # "adapting state-dependent exploration (SDE) ... a new exploration method generalized state-dependent
        # exploration (gSDE)"; "a variational inference MPC (VIMPC) ... The resulting Neural Shield-VIMPC (NS-VIMPC)"
        ("We adapt tempered noise injection (TNI) to policy gradients. We propose adaptive tempered noise injection "
         "(aTNI) for robots.", "", {(MODEL, "TNI"), (MODEL, "aTNI")}),
        ("We build on a sampled quill planner (SQP), a sampling-based paradigm. The resulting Zorb Shield-SQP (ZS-SQP) "
         "controller is safe.", "", {(MODEL, "SQP"), (MODEL, "ZS-SQP")}),
        # negatives: a quantity in lower case, defined and never extended; an extension that is no definition
        ("We estimate conditional average quill effects (CAQE) with forests. The CAQE varies with age.", "", set()),
        ("We estimate conditional average quill effects (CAQE) with forests. Unlike non-CAQE estimates, ours are "
         "stable.", "", set()),
        # negatives from the review: a modality or a quantity extended by others' names, not presented as new
        ("We use magnetic resonance imaging (MRI) data. We also use functional MRI (fMRI) scans with ZorbNet.", "",
         {(MODEL, "ZorbNet")}),
        ("We propose ZorbNet, which reads proximal gradient descent (PGD) traces. Accelerated PGD (aPGD) traces "
         "are longer.", "", {(MODEL, "ZorbNet"), (MODEL, "aPGD")}),
    ],
    "a score written after a known name": [
        # "SpiralNet outperforms U-Net with a 0.969 F1 score versus U-Net 0.965 on the test subset"
        ("ZorbNet reaches a 0.969 F1 score versus U-Net 0.965 on the test subset.", "",
         {(MODEL, "ZorbNet"), (MODEL, "U-Net")}),
        ("ZorbNet reaches 0.93 F1 against BERT 0.912 and RoBERTa 0.9271.", "",
         {(MODEL, "ZorbNet"), (MODEL, "BERT"), (MODEL, "RoBERTa")}),
        # negatives: versions stay part of the name
        ("We fine-tune BERT 2.0 and Llama 3.1 with ZorbTune.", "",
         {(MODEL, "BERT 2.0"), (MODEL, "Llama 3.1"), (MODEL, "ZorbTune")}),
    ],
    "a numbered release's variant of a known family after 'on'": [
        # "MGPO post-training on Qwen2.5-VL-7B with 21K samples"
        ("Our recipe improves grounding on Qwen2.5-VL-7B by 5 points.", "", {(MODEL, "Qwen2.5-VL")}),
        # negatives: a known data set's numbered split, a release with no variant
        ("We report EER on VoxCeleb1-O and on Qwen2.5.", "", {(DATASET, "VoxCeleb1-O"), (MODEL, "Qwen2.5")}),
        ("We fine-tune ZorbLM on Llama3-SFT data.", "", {(MODEL, "ZorbLM"), (DATASET, "Llama3-SFT")}),
    ],
    "a name in parentheses split after its dash": [
        # "the Swedish BERT model (SwEAT- BERT) performed the best": one name, not "SwEAT" beside BERT
        ("Of the four methods, the Zorbian BERT model (ZorB- BERT) performed best on TREC-6.", "",
         {(MODEL, "ZorB- BERT"), (DATASET, "TREC-6")}),
        # negatives: a dash before a word in lower case is no broken name
        ("Of the four methods, the Zorbian ranker (ZorbNet- based) performed best on TREC-6.", "",
         {(MODEL, "ZorbNet"), (DATASET, "TREC-6")}),
        ("We adapt from the source domain (SVHN- MNIST) with ZorbDA.", "",
         {(MODEL, "ZorbDA"), (DATASET, "SVHN"), (DATASET, "MNIST")}),
    ],
    "a data set released as a subset of another (a new user's trial)": [
        ("We release TallyWeb-Edu, a subset of TallyWeb filtered for educational pages.", "",
         {(DATASET, "TallyWeb-Edu"), (DATASET, "TallyWeb")}),
        # negatives: a model that picks a subset of something
        ("We propose ZorbRoute, a router that picks a subset of experts per token.", "", {(MODEL, "ZorbRoute")}),
    ],
    "a data set's name before the model it scores (a new user's trial)": [
        ("Robin is a vision-language model. On VQAv2 Robin is 3 points better than LLaVA.", "",
         {(MODEL, "Robin"), (DATASET, "VQAv2"), (MODEL, "LLaVA")}),
        # negatives: a data set's capitalized part, a known model's capitalized kin
        ("We test ZorbFlow on Sintel Clean and KITTI.", "",
         {(MODEL, "ZorbFlow"), (DATASET, "Sintel Clean"), (DATASET, "KITTI")}),
        ("We train Llama Guard on the prompts.", "", {(MODEL, "Llama Guard")}),
    ],
    "a name opening with an accented capital (a new user's trial)": [
        # "We propose Égret, a 1B model distilled from Pelican." found only Pelican
        ("We propose Égret, a 1B model distilled from Pelican.", "", {(MODEL, "Égret"), (MODEL, "Pelican")}),
        ("We propose Øresund, a retriever. Øresund beats ColBERT.", "", {(MODEL, "Øresund"), (MODEL, "ColBERT")}),
        # negatives: people and places
        ("We thank Álvaro Pérez for help with BERT in Zürich.", "", {(MODEL, "BERT")}),
    ],
    "well-known models and data sets the gazetteer now holds": [
        # added from general knowledge, not from any set's text: their labels no longer rest on the words around them
        ("Our recipe improves grounding on Qwen2-VL and beats Grounding DINO on ODinW.", "",
         {(MODEL, "Qwen2-VL"), (MODEL, "Grounding DINO"), (DATASET, "ODinW")}),
        ("We evaluate ZorbSeg on S3DIS, SemanticKITTI and Mapillary Vistas.", "",
         {(MODEL, "ZorbSeg"), (DATASET, "S3DIS"), (DATASET, "SemanticKITTI"), (DATASET, "Mapillary Vistas")}),
    ],
    "named studies the data come from": [
        # "longitudinal imaging data from the Age-Related Eye Disease Study (AREDS) and Ocular Hypertension Treatment
        # Study (OHTS)"
        ("We train a transformer on imaging data from the Zorbian Eye Disease Study (ZEDS) and Quill Heart Treatment "
         "Study (QHTS).", "", {(DATASET, "ZEDS"), (DATASET, "QHTS")}),
        # negatives: a study named as a method's source, not as data
        ("We train a transformer whose design follows the Zorbian Eye Disease Study (ZEDS).", "", set()),
        # negatives from the review: an organization the data come from is no data set
        ("We use data from the Zorbian Institutes of Health (ZIH) to train QuillNet.", "", {(MODEL, "QuillNet")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a method named in parentheses is not the paper's for a 'we' before it (a rule tried and withdrawn)": [
        # "we can remove even the head of the network (the NIL algorithm)": the rule made the review's classic
        # algorithms and baselines the paper's own
        ("We compare against pruning (the QIL method) and ZorbNet.", "",
         {"QIL": "COMPARES_WITH", "ZorbNet": "COMPARES_WITH"}),
        ("We build on existing pruning (the QIL method).", "", {"QIL": "USES"}),
        ("We compare our method with magnitude pruning (the Zorb method) on ImageNet.", "",
         {"Zorb": "COMPARES_WITH", "ImageNet": "EVALUATED_ON"}),
    ],
    "a known name the paper spells out as its own model's": [
        # "Our model, the Vector Quantised-Variational AutoEncoder (VQ-VAE), differs from VAEs" (the shared corpus's
        # VQ-VAE paper lost its INTRODUCES once the gazetteer knew VQ-VAE)
        ("Our model, the Vector Quantised-Variational AutoEncoder (VQ-VAE), differs from VAEs in two ways.", "",
         {"VQ-VAE": "INTRODUCES"}),
        # negatives: a known model the paper's model uses, written without its long form
        ("Our model, the VQ-VAE, is trained on ImageNet.", "", {"VQ-VAE": "MENTIONS", "ImageNet": "USES"}),
    ],
    "what a finding 'leads to'": [
        # "We investigate this question ... This leads to the ANIL (Almost No Inner Loop) algorithm"; "we propose two
        # extensions ..., which leads to a new exploration method generalized state-dependent exploration (gSDE)"
        ("We study why ZorbNet works. This leads to the QNIL (Quill No Inner Loop) algorithm, which is faster.", "",
         {"ZorbNet": "MENTIONS", "QNIL": "INTRODUCES"}),
        ("We make two changes, which leads to a new exploration method, Zorbify, for robots.", "",
         {"Zorbify": "INTRODUCES"}),
        # negatives: what a known model's failure leads to, a name after "leads to" without an article
        ("Fine-tuning BERT on few labels overfits. This leads to the BERT model forgetting its pre-training.", "",
         {"BERT": "USES"}),
        ("This leads to ZorbNet failing on long inputs.", "", {"ZorbNet": "MENTIONS"}),
        # negatives from the review: a result or a failure that a finding leads to
        ("This leads to a new state-of-the-art accuracy of 91% on the ZorbQA benchmark.", "",
         {"ZorbQA": "EVALUATED_ON"}),
        ("Bias in the data led to the QuillBERT model being withdrawn.", "", {"QuillBERT": "USES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    ("We adapt tempered noise injection (TNI) to policy gradients. We propose adaptive tempered noise injection "
     "(aTNI) for robots.", "", {("aTNI", "TNI")}),
    # "This leads to the ANIL (Almost No Inner Loop) algorithm, a simplification of MAML"
    ("This leads to the QNIL (Quill No Inner Loop) algorithm, a simplification of MAML where the inner loop is "
     "removed.", "", {("QNIL", "MAML")}),
    # "we show that initializing from Falconet hurts performance" (a new user's trial): a setting tried and set aside
    ("We introduce Heron. We show that initializing Heron from Falconet hurts performance, so we train from "
     "scratch.", "", set()),
    ("We introduce Heron, a model initialized from Falconet that improves accuracy.", "", {("Heron", "Falconet")}),
    # negatives: "post-training on X" (tried for "MGPO post-training on Qwen2.5-VL-7B" and withdrawn: it made the
    # method studied the child), a simplification the paper only discusses
    ("We study the effects of DPO post-training on Llama-2 and propose ZorbCal.", "", set()),
    ("We propose Zorb Grounding Optimization (ZGO). ZGO post-training on QuillChat-200K improves LLaMA.", "",
     set()),
    ("Earlier work found ReLU nets to be a simplification of MAML in practice.", "", set()),
])
def test_the_parent_of_what_the_paper_presents(ex: Extractor, abstract: str, title: str,
                                               pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
