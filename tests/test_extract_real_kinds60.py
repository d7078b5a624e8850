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
        # negatives: a common word capitalized, a participle capitalized; the review's: common terms hyphened, a name
        # written once
        ("We propose a new model Attention to fix it.", "", set()),
        ("We present a system Based on prior work.", "", set()),
        ("We design a new model Encoder-Decoder with attention for translation. The Encoder-Decoder is fast.", "",
         set()),
        ("We propose a modified algorithm Levenberg-Marquardt to train the network. Levenberg-Marquardt converges.",
         "", set()),
        ("We propose a new algorithm K-Means to cluster the embeddings.", "", set()),
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
        # the review's: settings a colon lists are named parts of the data
        ("We release a dataset with three settings: Zorb-Easy, Zorb-Medium and Zorb-Hard.", "",
         {(DATASET, "Zorb-Easy"), (DATASET, "Zorb-Medium"), (DATASET, "Zorb-Hard")}),
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
        # the review's: a first version beside its next
        ("We train Zephyr1, a 1B model, and Zephyr2, a 7B model, on code.", "Zephyr: Language Models for Code",
         {(MODEL, "Zephyr"), (MODEL, "Zephyr1"), (MODEL, "Zephyr2")}),
    ],
    "a data head past a capitalized common word and modifiers says data": [
        # "evaluated with the multi-singer Mpop600 Mandarin singing voice dataset"
        ("This system was evaluated with the multi-singer Zorb600 Mandarin singing voice dataset.", "",
         {(DATASET, "Zorb600")}),
        # the review's: past a capitalized word, a split's head says no data set of the name
        ("We report ZorbASR Mandarin test set results and compare with Whisper.", "",
         {(MODEL, "ZorbASR"), (MODEL, "Whisper")}),
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
        # "The KM3NeT Collaboration is building a network of underwater Cherenkov telescopes"
        ("The ZorbNeT Collaboration is building a network of underwater telescopes. Convolutional networks classify "
         "the events.", "ZorbNeT: Machine Learning", set()),
        ("Data from the QuOvA Observatory are analysed with boosted decision trees. QuOvA records 40 events a day.",
         "", set()),
        # negatives: a model's experiments (the review's: "experiment" alone names no physics experiment)
        ("We run ZorbNet experiments on ImageNet.", "", {(MODEL, "ZorbNet"), (DATASET, "ImageNet")}),
        ("We propose QuillSeg for urban scene parsing. The QuillSeg experiment on Cityscapes shows a gain of 2.1 mIoU.",
         "", {(MODEL, "QuillSeg"), (DATASET, "Cityscapes")}),
    ],
    "a software ecosystem is no science word": [
        # "the graph database ecosystem is required to support multiple coexisting data models ... This demo introduces
        # MillenniumDB, a high-performing, open-source graph database"
        ("Current knowledge graphs hold images, text, tables, audio files and videos, and the graph database ecosystem "
         "must support several coexisting data models to keep data sources interoperable. This demo introduces ZorbDB, "
         "a fast, open-source graph database that handles this diversity of formats and models. Its engine builds on "
         "worst-case optimal joins together with classic relational query planning, and it offers path finding "
         "and subgraph search over property graphs. We show how ZorbDB hosts three public graphs, one of them on the "
         "constitutional reform of a country.", "",
         {(MODEL, "ZorbDB")}),
        # negative: an ecosystem of living things
        ("Soil microbes shape the forest ecosystem and its canopy. We count the species in 40 plots with the ZorbKit "
         "protocol over two seasons and relate them to rainfall.", "", set()),
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
    "a known name inside a title's spelled-out long form stays": [
        # the review's: "SDM: Stable Diffusion for Medicine"
        ("We fine-tune Stable Diffusion on chest X-rays to obtain SDM, which generates realistic radiographs.",
         "SDM: Stable Diffusion for Medicine", {(MODEL, "SDM"), (MODEL, "Stable Diffusion")}),
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
        # the review's: a model's size is no count of data
        ("Our Zorb 7B Chat benchmark scores exceed those of Llama 2 13B Chat.", "", {(MODEL, "Llama 2 Chat")}),
    ],
    "a participle after a head's comma opens a clause, no list": [
        # "different integration strategies, evaluated on MovieLens-100K, MovieLens-1Mil, Brazilian E-Commerce, and
        # Amazon Book 2018 datasets"
        ("Three variants were developed to explore integration strategies, evaluated on ZorbLens-100K, ZorbLens-1Mil, "
         "and Quill Book 2018 datasets.", "",
         {(DATASET, "ZorbLens-100K"), (DATASET, "ZorbLens-1Mil"), (DATASET, "Quill Book 2018")}),
        # the review's: a relative clause naming the members is a list
        ("We train our models on three datasets, which are Zorvia, Quillan and Brivo.", "",
         {(DATASET, "Zorvia"), (DATASET, "Quillan"), (DATASET, "Brivo")}),
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
    "a long form whose initials spell the short form may hold 'and the'": [
        # the review's: "Quill Scaling and the Zorb Dropout (QSZD)"
        ("We introduce Brio Adaptive Normalization (BAN) and Quill Scaling and the Zorb Dropout (QSZD), two "
         "regularizers.", "", {(MODEL, "BAN"), (MODEL, "QSZD")}),
    ],
    "data a title or a naming phrase names is data in any field": [
        # "HamLib: A library of Hamiltonians for benchmarking quantum algorithms and hardware" over "The dataset,
        # called HamLib (for Hamiltonian Library), is freely available online and contains problem sizes ranging from
        # 2 to 1000 qubits"
        ("Here we present a large dataset of qubit-based quantum Hamiltonians. The dataset, called ZorbLib, is freely "
         "available and contains problem sizes from 2 to 1000 qubits, for the Heisenberg and Fermi-Hubbard models.",
         "ZorbLib: A library of Hamiltonians for benchmarking quantum algorithms", {(DATASET, "ZorbLib")}),
        # negative: a physical model named so stays no model outside ML
        ("We study a spin model, called the Zorb model, of qubits on a lattice with entanglement and decoherence.",
         "", set()),
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
        # the review's: the first model of its kind, named in parentheses, is the paper's
        ("BERT has been applied to many languages. We pretrain the first BERT model for Zorbic (ZorBERT) on 2GB of "
         "text.", "Bidirectional Encoder Representations from Transformers for Zorbic",
         {"BERT": "USES", "ZorBERT": "INTRODUCES"}),
        ("We present the first BERT model for Icelandic (IceZorb). IceZorb outperforms mBERT on all tasks.", "",
         {"BERT": "MENTIONS", "IceZorb": "INTRODUCES", "multilingual BERT": "COMPARES_WITH"}),
        # the second review's: others' first models, compared or adopted
        ("We compare against the first BERT model for Icelandic (IceQuill) on parsing.", "",
         {"BERT": "COMPARES_WITH", "IceQuill": "COMPARES_WITH"}),
    ],
    "a method the paper explains by its name is not the paper's": [
        # "followed by an introduction to the UDA method called Adversarial Discriminative Domain Adaptation (ADDA)"
        ("Next, we give an introduction to the domain adaptation method called Adversarial Zorb Adaptation (AZA). "
         "Then we evaluate AZA on CLIP embeddings.", "", {"AZA": "COMPARES_WITH", "CLIP": "USES"}),
        # negative: an overview of the paper's new method
        ("We give an overview of our new method called ZorbAda, then evaluate it.", "", {"ZorbAda": "INTRODUCES"}),
        # the review's: the paper's own tool, said after its name
        ("This article offers an overview of a programming language called Zorblang that we designed for inference.",
         "", {"Zorblang": "INTRODUCES"}),
        ("In this tutorial on the retrieval method named QuillBERT, we show how to index large corpora.", "",
         {"QuillBERT": "USES"}),
    ],
    "the means a proposed method works by is the paper's": [
        # "we propose a novel method to explore deep spatial-temporal representations for intimacy prediction by
        # Attention-enhanced Cascade Convolutional Recurrent Neural Network (ACCRNN)"
        ("In this paper, we propose a novel method to explore deep representations for intimacy prediction by "
         "Attention-enhanced Zorb Recurrent Network (AZRN).", "", {"AZRN": "INTRODUCES"}),
        # negative: a known model as the means
        ("In this paper, we propose a novel method to improve retrieval for question answering by BERT.", "",
         {"BERT": "MENTIONS"}),
        # the review's: the means others made
        ("We propose a novel method for fault diagnosis by Deep Residual Zorb Network (DRZN), which was proposed by "
         "Zhao et al.", "", {"DRZN": "MENTIONS"}),
    ],
    "models a combined architecture joins are used": [
        # "the convergence stability of the proposed DDPM and WGAN combined architecture"
        ("Our findings show the convergence stability of the proposed ZorbGAN and QuillDM combined architecture.", "",
         {"ZorbGAN": "USES", "QuillDM": "USES"}),
        # negative: the proposed architecture of the paper's own name
        ("We propose ZorbGAN. Our findings show the convergence stability of the proposed ZorbGAN architecture.", "",
         {"ZorbGAN": "INTRODUCES"}),
        # the review's: one name before a joint head; parts the sentence says are new
        ("The proposed ZorbFuse joint framework learns detection and tracking together. ZorbFuse runs at 30 FPS.", "",
         {"ZorbFuse": "INTRODUCES"}),
        ("The proposed KiteNet and KiteGAN combined framework, both introduced in this paper, generates images.", "",
         {"KiteNet": "INTRODUCES", "KiteGAN": "INTRODUCES"}),
        # the second review's: others' combination
        ("We present BrioSpeech. Previous BERT and GPT-2 combined architectures suffer from exposure bias.", "",
         {"BrioSpeech": "INTRODUCES", "BERT": "MENTIONS", "GPT-2": "MENTIONS"}),
    ],
    "a name a relative clause says the paper's model holds is the paper's": [
        # "we propose OMEGA, which contains OccMamba with an Efficient AGR-Planner"
        ("In this paper, we propose ZORBA, which contains QuillMamba with an efficient planner.", "",
         {"ZORBA": "INTRODUCES", "QuillMamba": "INTRODUCES"}),
        # negative: a part made by others, said so
        ("We propose ZorbSys, which contains QuillNet, a pretrained encoder from prior work.", "",
         {"ZorbSys": "INTRODUCES", "QuillNet": "MENTIONS"}),
        ("We propose ZorbRAG, which consists of QuillRetriever (Smith et al., 2021) and a generator.", "",
         {"ZorbRAG": "INTRODUCES", "QuillRetriever": "MENTIONS"}),
    ],
    "data the paper releases, said in a relative clause, is the paper's": [
        # the new-user trial's: "AgriQA-210K, a collection of 210,000 question-answer pairs ... that we release with
        # the model", "WardNotes-Sum, 52,000 hospital courses ..., which we release"
        ("ZorbChat is fine-tuned from Llama 2 on ZorbQA-210K, a collection of 210,000 question-answer pairs from "
         "extension services that we release with the model.", "",
         {"ZorbChat": "MENTIONS", "Llama 2": "USES", "ZorbQA-210K": "INTRODUCES"}),
        # negative: the clause after another name is that name's
        ("We train on ZorbSet, a public corpus, and QuillSet, which we release.", "",
         {"ZorbSet": "USES", "QuillSet": "INTRODUCES"}),
        # the second review's: a release of something else
        ("We evaluate on MerlinQA, a benchmark of 3,000 questions, and on our translation of it, which we release.", "",
         {"MerlinQA": "EVALUATED_ON"}),
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
    # the new-user trial's: the paper's own model, named before, is what the combined architecture is
    ("We present Pellucid for brain lesion segmentation. The proposed ViT and U-Net combined architecture beats "
     "nnU-Net.", "", {("Pellucid", "Vision Transformer"), ("Pellucid", "U-Net")}),
    # "we introduce MobileCLIP -- a new family of efficient image-text models ... Our MobileCLIP-S2 variant": the
    # variant reaches CLIP through its family, which the paper introduces with it
    ("In this work, we introduce ZorbCLIP -- a new family of efficient image-text models. Our ZorbCLIP-S2 variant is "
     "faster than CLIP.", "ZorbCLIP: Fast Image-Text Models", {("ZorbCLIP", "CLIP")}),
    # "this study proposes GSAGE-LGCN, a hybrid model integrating GraphSAGE with LightGCN": a hybrid builds on both
    ("To address these challenges, this study proposes ZSAGE-QGCN, a hybrid model integrating GraphSAGE with "
     "LightGCN.", "", {("ZSAGE-QGCN", "GraphSAGE"), ("ZSAGE-QGCN", "LightGCN")}),
    ("We propose ZorbNet, a hybrid pipeline integrating retrieval with generation.", "", set()),
    ("We propose ZorbNet, a method integrating BERT with a retriever.", "", set()),
    # the second review's: a hybrid the paper sets its own model against
    ("In contrast to QuillSeg, a hybrid architecture that fuses U-Net and ViT, our BrioSeg uses only convolutions.", "",
     set()),
    # "DIBERT: Dependency Injected Bidirectional Encoder Representations from Transformers": the long form is no model
    # the name builds on
    ("We propose a new model named ZIBERT which stands for Zorb Injected Bidirectional Encoder Representations from "
     "Transformers. ZIBERT is a variation of the BERT.",
     "ZIBERT: Zorb Injected Bidirectional Encoder Representations from Transformers", {("ZIBERT", "BERT")}),
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
