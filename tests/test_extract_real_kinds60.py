"""Kinds of fault seen in round 60 (issues 11 and 16), each with invented sentences of its own: every new name here
(Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one, and each table
stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a name set right after the head of what the paper proposes is the paper's": [
        # "We propose a novel framework X-Class to realize it."
        ("We propose a novel framework Z-Quill to realize it. Extensive experiments show that Z-Quill beats prior "
         "methods.", "", {(MODEL, "Z-Quill")}),
        ("We propose a novel framework Q-Class to realize it.", "Q-Class: Text Classification with Weak Supervision",
         {(MODEL, "Q-Class")}),
        ("We propose a novel framework Zorbist to realize it. Zorbist is fast.", "", {(MODEL, "Zorbist")}),
        # negatives: a common word capitalized, a participle capitalized
        ("We propose a new model Attention to fix it.", "", set()),
        ("We present a system Based on prior work.", "", set()),
    ],
    "a common word in a case of its own, short for the words before it, is a name": [
        # "two state-of-the-art architectures, ParticleNet (a dynamic graph neural network) and Particle Transformer
        # (ParT)"
        ("This work compares two architectures, ZorbNet (a graph network) and Motion Vector (MoVe), which operate "
         "on videos.", "", {(MODEL, "ZorbNet"), (MODEL, "MoVe")}),
        # negatives: measures the list of common words writes so; a common word in lower case
        ("We report IoU and mAP of ZorbSeg on QuillSet.", "", {(MODEL, "ZorbSeg"), (DATASET, "QuillSet")}),
        ("We detect each part of the scene with ZorbSeg.", "", {(MODEL, "ZorbSeg")}),
    ],
    "a list after a counted head with long modifiers and long asides is data": [
        # "on two large-scale point cloud datasets, ScanNet V2 (+ 7.5% in terms of mAP@ 0.50) and SUN RGB-D (+ 4.7%
        # in terms of mAP@ 0.50)"
        ("Our model outperforms prior methods on two large-scale point cloud datasets, ZorbScan V2 (+ 7.5% in terms "
         "of mAP@ 0.50) and QUILL RGB-D (+ 4.7% in terms of mAP@ 0.50), while it is lightweight.", "",
         {(DATASET, "ZorbScan V2"), (DATASET, "QUILL RGB-D")}),
        # negative: two names after a comma with no count are the subject
        ("Unlike prior point cloud models, ZorbNet and QuillNet achieve high accuracy.", "",
         {(MODEL, "ZorbNet"), (MODEL, "QuillNet")}),
    ],
    "MRI sequences listed are no names": [
        # "The dataset includes multimodal MRI scans (T1, T1Gd, T2, and FLAIR) along with expert annotations"
        ("The dataset includes multimodal MRI scans (T1, T1Gd, T2, and FLAIR) with expert annotations. We train "
         "ZorbSeg on it.", "", {(MODEL, "ZorbSeg")}),
        ("Brain MRI sequences such as T1w and T2w are registered before ZorbSeg segments them.", "",
         {(MODEL, "ZorbSeg")}),
        # negative: the NLP library of that name
        ("We tag entities with Flair embeddings and ZorbTagger.", "", {(MODEL, "Flair"), (MODEL, "ZorbTagger")}),
    ],
    "a dimension before 'model' is no name": [
        # "we optimize a randomly-initialized 3D model (a Neural Radiance Field, or NeRF) ... The resulting 3D model"
        ("We optimize a randomly-initialized 3D model (a radiance field) via gradient descent. The resulting 3D model "
         "can be viewed from any angle.", "", set()),
        # negative: a name a dimension opens
        ("We propose a pretraining method called 3D Zorbmax that improves property prediction.", "",
         {(MODEL, "3D Zorbmax")}),
    ],
    "an instrument is no model": [
        # "third-generation detectors, like the Einstein Telescope"
        ("Newtonian noise will limit third-generation detectors, like the Zorbstein Telescope.", "", set()),
        ("Future surveys, such as the Quill Observatory and the Brio Interferometer, will map the sky.", "", set()),
        # negative: detectors of the field's own kind
        ("We compare object detectors, like ZorbDet and QuillDet, on aerial images.", "",
         {(MODEL, "ZorbDet"), (MODEL, "QuillDet")}),
    ],
    "a class of hardware or common words a slash joins are no names": [
        # "through the principled use of FPGAbased SmartNICs"; "various tasks, including AR/VR and human behavior
        # understanding"
        ("We design ZorbChase for pointer traversals through the principled use of FPGA-based SmartNICs and "
         "programmable switches.", "", {(MODEL, "ZorbChase")}),
        ("Mesh recovery is essential for various tasks, including AR/VR and human behavior understanding. We propose "
         "ZorbHMR for it.", "", {(MODEL, "ZorbHMR")}),
    ],
    "tasks a colon lists after a counted modifier are no data": [
        # "we construct the ForgeryNet dataset ... across four tasks: 1) Image Forgery Classification, ..."
        ("We construct the ZorbForge dataset with annotations across four tasks: 1) Image Quill Classification, "
         "including two-way classification. 2) Spatial Quill Localization, which segments areas.", "",
         {(DATASET, "ZorbForge")}),
        # negative: models a colon lists after a counted head
        ("We release a suite of three models: ZorbS, ZorbM and ZorbL.", "",
         {(MODEL, "ZorbS"), (MODEL, "ZorbM"), (MODEL, "ZorbL")}),
    ],
    "a way of measuring is no model": [
        # "this paper utilizes functional near-infrared spectroscopy (fNIRS) ... We collect a fNIRS-based dataset"
        ("This paper utilizes functional near-infrared spectroscopy (fNIRS) to analyse intimacy. We collect a "
         "fNIRS-based dataset and train ZorbNet on it.", "", {(MODEL, "ZorbNet")}),
        # negative: the paper's own method, named so
        ("We propose graph-based tomography (GBT), a new method for imaging.", "", {(MODEL, "GBT")}),
    ],
    "a footnote's mark on the title's name is no part of it": [
        # "MIND: In-Network Memory Management ..." over "We realize these insights into MIND1, an in-network ..."
        ("We realize these insights into ZORB1, an in-network memory management unit. ZORB enables elasticity.",
         "ZORB: In-Network Memory Management", {(MODEL, "ZORB")}),
        # negative: a version of the title's name
        ("We present Zorb2, a faster version of Zorb.", "Zorb: Fast Models", {(MODEL, "Zorb"), (MODEL, "Zorb2")}),
    ],
    "a data head past a capitalized common word and modifiers says data": [
        # "evaluated with the multi-singer Mpop600 Mandarin singing voice dataset"
        ("This system was evaluated with the multi-singer Zorb600 Mandarin singing voice dataset.", "",
         {(DATASET, "Zorb600")}),
    ],
    "an evaluation framework spelled out is data": [
        # "This paper presents the Uzbek Language Understanding Evaluation (UzLUE) framework"
        ("This paper presents the Zorbic Language Understanding Evaluation (ZoLUE) framework. ZoLUE is a test for "
         "assessing understanding in Zorbic.", "", {(DATASET, "ZoLUE")}),
        # negative: a model's framework spelled out
        ("This paper presents the Zorbic Language Understanding Model (ZoLUM) framework for Zorbic.", "",
         {(MODEL, "ZoLUM")}),
    ],
    "a physics experiment, its collaboration or its instrument is no model": [
        # "The KM3NeT Collaboration is building a network of underwater Cherenkov telescopes"; "Event reconstruction for
        # NOvA experiment is a critical step"
        ("The ZorbNeT Collaboration is building a network of underwater telescopes. Convolutional networks classify "
         "the events.", "ZorbNeT: Machine Learning", set()),
        ("Event reconstruction for the QuOvA experiment is a critical step. We describe the QuOvA reconstruction "
         "pipeline.", "", set()),
        # negative: a model's experiments
        ("We run ZorbNet experiments on ImageNet.", "", {(MODEL, "ZorbNet"), (DATASET, "ImageNet")}),
    ],
    "a text of planetary science is outside ML": [
        # "The issue of CH4 escape on Titan is still under debate ... the CH4 torus around Saturn"
        ("The issue of CH4 escape on Titan is still under debate, with escape rates from 10^24 to 10^27 s^-1. We model "
         "the CH4 torus around Saturn near the exobase with a test particle Monte Carlo approach.", "", set()),
    ],
    "a title's long form that spells its name out is the name's alias": [
        # "DIBERT: Dependency Injected Bidirectional Encoder Representations from Transformers" over "a new model named
        # DIBERT which stands for Dependency Injected ..."
        ("We propose a new model named ZIBERT which stands for Zorb Injected Bidirectional Encoder Representations "
         "from Transformers. ZIBERT is a variation of the BERT.",
         "ZIBERT: Zorb Injected Bidirectional Encoder Representations from Transformers",
         {(MODEL, "ZIBERT"), (MODEL, "BERT")}),
    ],
    "a measure or part of a data set, and common words of other fields, are no names": [
        # "on the TruthfulQA MC2 (54.0%) and ARC-LT (50.8%) tests"; "a 2.48% MDD F1 score improvement"; "CCTV
        # cameras"; "the ASTERICS (H2020) products"
        ("Our model achieved high results on the TruthfulQA MC2 (54.0%) test.", "", {(DATASET, "TruthfulQA")}),
        ("Current zorb detection and diagnosis (ZDD) systems are weak. We show a 2.48% ZDD F1 score improvement.", "",
         set()),
        ("We detect garbage in frames from CCTV cameras with ZorbYOLO.", "", {(MODEL, "ZorbYOLO")}),
        ("The tools will join the products of the H2020 programme after ZorbNet.", "", {(MODEL, "ZorbNet")}),
    ],
    "capitalized words around a count before a data head are one data set": [
        # "A robust experimental design leveraging the PubMed 200k RCT dataset is employed"
        ("A robust design leveraging the QuillMed 200k RCT dataset is employed.", "",
         {(DATASET, "QuillMed 200k RCT")}),
    ],
    "a participle after a head's comma opens a clause, no list": [
        # "different integration strategies, evaluated on MovieLens-100K, MovieLens-1Mil, Brazilian E-Commerce, and
        # Amazon Book 2018 datasets"
        ("Three variants were developed to explore integration strategies, evaluated on ZorbLens-100K, ZorbLens-1Mil, "
         "and Quill Book 2018 datasets.", "",
         {(DATASET, "ZorbLens-100K"), (DATASET, "ZorbLens-1Mil"), (DATASET, "Quill Book 2018")}),
    ],
    "a title's function word run into the next word is no name": [
        # "LogReducer: Identify and Reduce Log Hotspots inKernel on the Fly"
        ("We propose ZorbReducer, a log reduction framework.",
         "ZorbReducer: Identify and Reduce Log Hotspots inKernel on the Fly", {(MODEL, "ZorbReducer")}),
    ],
    "a list's last item, defined, is no long form of the one before": [
        # "FedWon surpasses both FedAvg and the current state-of-the-art method (FedBN)"
        ("Our results show that ZorbFed surpasses both QuillAvg and the current state-of-the-art method (QuillBN) "
         "across all setups.", "", {(MODEL, "ZorbFed"), (MODEL, "QuillAvg"), (MODEL, "QuillBN")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a title opening with a known model's long form does not introduce it": [
        # "Contrastive Language-Image Pre-training for the Italian Language" over "CLIP (Contrastive Language-Image
        # Pre-training) is a very recent multi-modal model ... we present the first CLIP model for the Italian
        # Language (CLIP-Italian)"
        ("CLIP (Contrastive Language-Image Pre-training) is a recent multi-modal model. In this paper, we present the "
         "first CLIP model for the Welsh Language (CLIP-Welsh), trained on 1M pairs.",
         "Contrastive Language-Image Pre-training for the Welsh Language", {"CLIP": "MENTIONS",
                                                                            "CLIP-Welsh": "INTRODUCES"}),
        # negative: a new name whose long form the title opens with
        ("We reuse computations through embedding zorbling (EZ), which cuts cost by half.",
         "Embedding Zorbling for Language Models", {"EZ": "INTRODUCES"}),
    ],
    "a method the paper explains by its name is not the paper's": [
        # "followed by an introduction to the UDA method called Adversarial Discriminative Domain Adaptation (ADDA)"
        ("Next, we give an introduction to the domain adaptation method called Adversarial Zorb Adaptation (AZA). "
         "Then we evaluate AZA on CLIP embeddings.", "", {"AZA": "COMPARES_WITH", "CLIP": "USES"}),
        # negative: an overview of the paper's new method
        ("We give an overview of our new method called ZorbAda, then evaluate it.", "", {"ZorbAda": "INTRODUCES"}),
    ],
    "the means a proposed method works by is the paper's": [
        # "we propose a novel method to explore deep spatial-temporal representations for intimacy prediction by
        # Attention-enhanced Cascade Convolutional Recurrent Neural Network (ACCRNN)"
        ("In this paper, we propose a novel method to explore deep representations for intimacy prediction by "
         "Attention-enhanced Zorb Recurrent Network (AZRN).", "", {"AZRN": "INTRODUCES"}),
        # negative: a known model as the means
        ("In this paper, we propose a novel method to improve retrieval for question answering by BERT.", "",
         {"BERT": "MENTIONS"}),
    ],
    "models a combined architecture joins are used": [
        # "the convergence stability of the proposed DDPM and WGAN combined architecture"
        ("Our findings show the convergence stability of the proposed ZorbGAN and QuillDM combined architecture.", "",
         {"ZorbGAN": "USES", "QuillDM": "USES"}),
        # negative: the proposed architecture of the paper's own name
        ("We propose ZorbGAN. Our findings show the convergence stability of the proposed ZorbGAN architecture.", "",
         {"ZorbGAN": "INTRODUCES"}),
    ],
    "a name a relative clause says the paper's model holds is the paper's": [
        # "we propose OMEGA, which contains OccMamba with an Efficient AGR-Planner"
        ("In this paper, we propose ZORBA, which contains QuillMamba with an efficient planner.", "",
         {"ZORBA": "INTRODUCES", "QuillMamba": "INTRODUCES"}),
        # negative: a part made by others, said so
        ("We propose ZorbSys, which contains QuillNet, a pretrained encoder from prior work.", "",
         {"ZorbSys": "INTRODUCES", "QuillNet": "MENTIONS"}),
    ],
    "'surpasses both' compares": [
        ("Our results show that ZorbFed surpasses both QuillAvg and the current state-of-the-art method (QuillBN) "
         "across all setups.", "", {"ZorbFed": "INTRODUCES", "QuillAvg": "COMPARES_WITH", "QuillBN": "COMPARES_WITH"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "we present the first CLIP model for the Italian Language (CLIP-Italian)" under a title opening with CLIP's
    # long form: the variant builds on the known model the title spells out
    ("CLIP (Contrastive Language-Image Pre-training) is a recent multi-modal model. In this paper, we present the "
     "first CLIP model for the Welsh Language (CLIP-Welsh), trained on 1M pairs.",
     "Contrastive Language-Image Pre-training for the Welsh Language", {("CLIP-Welsh", "CLIP")}),
    # "by combining the diffusion denoising probabilistic model (DDPM) and Wasserstein generative adversarial network
    # (WGAN) to construct the backbone": parts joined, neither built on the other
    ("This work combines the zorb diffusion model (ZDM) and the quill adversarial network (QAN) to construct the "
     "backbone. The results show the stability of the proposed ZDM and QAN combined architecture.", "", set()),
    # "we introduce MobileCLIP -- a new family of efficient image-text models ... Our MobileCLIP-S2 variant": the
    # variant reaches CLIP through its family, which the paper introduces with it
    ("In this work, we introduce ZorbCLIP -- a new family of efficient image-text models. Our ZorbCLIP-S2 variant is "
     "faster than CLIP.", "ZorbCLIP: Fast Image-Text Models", {("ZorbCLIP", "CLIP")}),
    # "DIBERT: Dependency Injected Bidirectional Encoder Representations from Transformers": the long form is no model
    # the name builds on
    ("We propose a new model named ZIBERT which stands for Zorb Injected Bidirectional Encoder Representations from "
     "Transformers. ZIBERT is a variation of the BERT.",
     "ZIBERT: Zorb Injected Bidirectional Encoder Representations from Transformers", {("ZIBERT", "BERT")}),
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
