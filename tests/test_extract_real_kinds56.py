"""Kinds of fault seen in round 56 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a known model's checkpoint id in lower case": [
        # "by fine-tuning a BERT-based model using token classification from pretrained bert-base-uncased"
        ("We fine-tune a tagger from pretrained roberta-large and compare it with distilbert-base-uncased.", "",
         {(MODEL, "RoBERTa"), (MODEL, "DistilBERT")}),
        ("We start from bert-base-uncased and gpt2-medium checkpoints.", "", {(MODEL, "BERT"), (MODEL, "GPT-2")}),
        ("We compare with deberta-v3-base and bert-large-cased.", "", {(MODEL, "deberta-v3"), (MODEL, "BERT")}),
        # negatives: lower-case words after a known name that no checkpoint id holds, a common word's compound, a
        # count, tails with no size (the review's)
        ("We use bert-style masking and a t5-like decoder in ZorbNet.", "", {(MODEL, "ZorbNet")}),
        ("We use a clip-1m subset, palm-micro sensors and the retro-v2 style in ZorbNet.", "", {(MODEL, "ZorbNet")}),
        ("We train ZorbLM, a model fine-tuned from mamba-mini.", "", {(MODEL, "ZorbLM")}),
        ("We use base-large splits and a small-base grid in ZorbNet.", "", {(MODEL, "ZorbNet")}),
    ],
    "a tuned variant written with a spaced dash (a new user's library)": [
        # "Mixtral 8x7B - Instruct": one model, tuned from Mixtral, not Mixtral and a model "Instruct"
        ("We also provide a model fine-tuned to follow instructions, Zorbtral 8x7B - Instruct, that surpasses "
         "GPT-3.5 Turbo.", "", {(MODEL, "Zorbtral-Instruct"), (MODEL, "GPT-3.5 Turbo")}),
        ("We release Zorb 7B - Chat, a chat model tuned from Zorb 7B.", "", {(MODEL, "Zorb-Chat"), (MODEL, "Zorb")}),
        # negatives: a dash between a name and a clause or a title's rest, a variant word opening a clause
        ("We release Zorb 7B - chat logs show it helps.", "", {(MODEL, "Zorb")}),
        ("We evaluate GPT-4 - Math problems remain hard for it.", "", {(MODEL, "GPT-4")}),
        ("We evaluate the encoder on ZorbQA.", "ZorbNet - Light and Fast Segmentation",
         {(MODEL, "ZorbNet"), (DATASET, "ZorbQA")}),
    ],
    "a lower-case plural long form names a class of things": [
        # "a key component in our semi-automated cybersecurity vetting for industrial control systems (ICS)"
        ("We introduce ZorbClaim, a claims classifier and a key component in our vetting for industrial quill "
         "systems (IQS). We collected manuals of IQS device vendors.", "", {(MODEL, "ZorbClaim")}),
        ("Attacks on remote quill and data acquisition devices (RQDA) grow; we train a detector on RQDA logs.", "",
         set()),
        ("In this paper, multi-agent quill systems (MAQS) are proposed. MAQS outperforms GPT-4 on ZorbQA.", "",
         {(MODEL, "MAQS"), (MODEL, "GPT-4"), (DATASET, "ZorbQA")}),
        # negatives: the paper's own system, a plural long form of another head
        ("We propose quill tracking systems (QTS) for drones. QTS outperforms ZorbTrack.", "",
         {(MODEL, "QTS"), (MODEL, "ZorbTrack")}),
        ("We fine-tune low-rank quill adapters (LoQA) on ZorbQA.", "", {(MODEL, "LoQA"), (DATASET, "ZorbQA")}),
    ],
    "a microscopy or spectroscopy technique's acronym": [
        # "Analytical Dark Field Scanning Transmission Electron Microscopy (ADF-STEM) tomography reconstructs ..."
        ("Bright Quill Scanning Electron Microscopy (BQ-SEM) images nanoscale materials; conventional BQ-SEM "
         "methods degrade under sparse views.", "", set()),
        ("Zorb-Raman Spectroscopy (ZRS) measures strain in films.", "", set()),
    ],
    "shared-task papers: the team, the venue, the numbered tasks": [
        # "Shayona@SMM4H23: ... This paper describes approaches and results for shared Task 1 and 4 of SMMH4-23 by
        # Team Shayona. Shared Task-1 was binary classification ... Our team has achieved the highest f1-score 0.94
        # in Task-1"
        ("This paper describes our system for Shared Task-2 and Task-3 of the workshop. Our team ranked second in "
         "Task-2. We used DeBERTa.", "Zorbteam@QUILL24: Emotion detection with DeBERTa", {(MODEL, "DeBERTa")}),
        # negatives: a model named with a number after a hyphen, names joined by "@" in an abstract
        ("We fine-tune Quill-2 and ZorbNet-3 for tagging.", "", {(MODEL, "Quill-2"), (MODEL, "ZorbNet-3")}),
        ("We compare against LLaMA@ZorbBench results.", "", {(MODEL, "LLaMA"), (DATASET, "ZorbBench")}),
    ],
    "a technical report's number": [
        # "Byzantine-tolerant Erasure-coded Storage (CMU-CS-03-187)"
        ("This report describes a replicated log protocol that tolerates crash faults.",
         "Fault-tolerant Replicated Logs (ZRL-QS-08-112)", set()),
        # negatives: a model's name with a size and a date, capitals and digits no report number has
        ("We evaluate GPT-4-0613 on ZorbQA.", "", {(MODEL, "GPT-4-0613"), (DATASET, "ZorbQA")}),
        ("We fine-tune ZORB-NET-13-2 for tagging.", "", {(MODEL, "ZORB-NET-13-2")}),
    ],
    "a listed data set whose name opens with an organization's": [
        # "three major benchmarks of deep metric learning including CUB200-2011, Cars196, and Stanford Online
        # Products"
        ("We evaluate on three benchmarks of retrieval including ZorbCars, QuillBirds, and Stanford Quill "
         "Products.", "", {(DATASET, "ZorbCars"), (DATASET, "QuillBirds"), (DATASET, "Stanford Quill Products")}),
        # negative: the organization alone in a list of authors' places
        ("We thank colleagues at Stanford and at Zorb Labs for QuillNet.", "", {(MODEL, "QuillNet")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "the paper's model named only as the subject of its results, after a long 'Experiments on ...'": [
        # "Experiments on 45-view and 15-view tilt series show that DenZa-Gaussian produces high-fidelity
        # reconstructions"
        ("In this paper, we adapt a splatting method to electron tomography with three key components. Experiments "
         "on 45-view and 15-view tilt series show that ZorbSplat produces sharp reconstructions.", "",
         {"ZorbSplat": "INTRODUCES"}),
        # negative: a rival named in the results
        ("In this paper, we adapt a splatting method to tomography. Experiments on 45-view tilt series show that "
         "our method outperforms ZorbSplat.", "", {"ZorbSplat": "COMPARES_WITH"}),
    ],
    "the paper's model named as the subject of its results, after 'the' or a fronted phrase": [
        # "Results indicate that the TextBlob-IndoBERT model outperforms the others"
        ("This study analyzes sentiment using the IndoBERT model. Three approaches were employed: IndoBERT as a "
         "baseline, IndoBERT fine-tuned with extra data, and IndoBERT applied to relabelled data. Results indicate "
         "that the ZorbBlob-IndoBERT model outperforms the others.", "", {"IndoBERT": "COMPARES_WITH",
                                                                         "ZorbBlob-IndoBERT": "INTRODUCES"}),
        # "According to experimental findings, the YOLOv5-GSS algorithm outperforms the YOLOv5 method by 2.9%"
        ("A lightweight detection algorithm is proposed. According to experimental findings, the YOLOv5-QRS "
         "algorithm outperforms the YOLOv5 method by 2.9%.", "", {"YOLOv5-QRS": "INTRODUCES",
                                                                  "YOLOv5": "COMPARES_WITH"}),
        # negatives: a known family's released variant, evaluated; known models a study compares (the review's)
        ("We evaluate chat models on legal questions. According to our experimental findings, the Llama-2-70B-Chat "
         "model outperforms the others.", "", {"Llama-2-Chat": "MENTIONS"}),
        ("We study toxicity in chatbots. Our results show that the GPT-4 model outperforms GPT-3.5.", "",
         {"GPT-4": "MENTIONS", "GPT-3.5": "COMPARES_WITH"}),
        ("We study legal reasoning. Experiments on three legal benchmarks show that Llama 3 outperforms Llama 2.", "",
         {"Llama 3": "USES", "Llama 2": "COMPARES_WITH"}),
    ],
    "the paper's model named after 'the model we propose' (a general phrasing)": [
        ("The model we propose, Zorbit, reads tables better than BERT.", "", {"Zorbit": "INTRODUCES",
                                                                               "BERT": "COMPARES_WITH"}),
        # negatives: a contribution named as a known model's study (the review's), a comparison set aside between
        # the phrase and its verb
        ("Our main contribution is RoBERTa fine-tuning recipes for ZorbQA.", "", {"RoBERTa": "MENTIONS",
                                                                                   "ZorbQA": "EVALUATED_ON"}),
        ("The method we propose, unlike BERT, reads tables.", "", {"BERT": "COMPARES_WITH"}),
        ("The proposed method, unlike BERT, reads tables.", "", {"BERT": "COMPARES_WITH"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "Based on mWDN, we further propose two deep learning models called Residual Classification Flow (RCF) and
    # multi-frequecy Long Short-Term Memory (mLSTM)": both children, each spelled out
    ("We propose the Zorb Mixing Network (ZMN). Based on ZMN, we further propose two models called Gated Quill "
     "Flow (GQF) and multi-scale Quill Recurrent Unit (msQRU) for forecasting.", "",
     {("GQF", "ZMN"), ("msQRU", "ZMN")}),
    ("We propose the Zorb Mixing Network (ZMN). Based on ZMN, we propose Gated Quill Flow (GQF), and we compare "
     "it with the Quill Recurrent Unit (QRU).", "", {("GQF", "ZMN")}),
    # "We present Habitat-GS, a navigation-centric embodied AI simulator extended from Habitat-Sim"
    ("We present Orchard-Sim2, an agricultural robot simulator extended from Gazebo that renders foliage.", "",
     {("Orchard-Sim2", "Gazebo")}),
    ("We present Orchard-Sim2, a simulator forked from Gazebo.", "", {("Orchard-Sim2", "Gazebo")}),
    ("We present Orchard-Sim2, a simulator whose use extended from 2019 to 2024.", "", set()),
    # "Our model has merely one additional parameter α than TransE for each triplet"
    ("In this paper, we propose a novel embedding method named RotaQuill. Our model has only two additional "
     "parameters than RotatE for each relation.", "", {("RotaQuill", "RotatE")}),
    ("In this paper, we propose a novel embedding method named RotaQuill. Our model has fewer parameters than "
     "RotatE.", "", set()),
    ("In this paper, we propose a novel embedding method named RotaQuill. Our model is faster than RotatE.", "",
     set()),
    # general phrasings of a base: the result of tuning it, obtained by further pre-training it
    ("We present ZorbLM, the result of fine-tuning Llama 2 on legal text.", "", {("ZorbLM", "Llama 2")}),
    ("We present ZorbLM, a code model obtained by further pre-training Llama 2 on code.", "",
     {("ZorbLM", "Llama 2")}),
    ("We present ZorbLM, a code model. Its gains are the result of fine-tuning experiments on Llama 2.", "",
     set()),
    ("We present ZorbLM, a code model. We compare it with models obtained by fine-tuning Llama 2.", "", set()),
    # general phrasings (issue 16's table): mirrors the architecture, architecturally identical to
    ("We present ZorbLM, a model. ZorbLM mirrors the architecture of GPT-2.", "", {("ZorbLM", "GPT-2")}),
    ("We present ZorbLM, a model. ZorbLM is architecturally identical to Llama 2.", "", {("ZorbLM", "Llama 2")}),
    ("We present ZorbLM, a model. Our results grew out of a study of GPT-2.", "", set()),
    ("We present ZorbLM, a model. ZorbLM is a drop-in replacement for BERT.", "", set()),
    ("We present ZorbLM, a model. ZorbLM is trained on the outputs of GPT-4.", "", set()),
    ("We present ZorbLM, a model. We copy the outputs of GPT-4 into our data.", "", set()),
    # leads of earlier rounds: a fronted contrast before the clause that states the base; a long way from "we"
    ("We introduce ZorbSplat, a novel approach. In contrast to NeRF, our approach harnesses recent advancements in "
     "3D Gaussian Splatting.", "", {("ZorbSplat", "3D Gaussian Splatting")}),
    ("We introduce ZorbSplat, a novel approach. Unlike NeRF and Mip-NeRF, our approach is built on 3D Gaussian "
     "Splatting.", "", {("ZorbSplat", "3D Gaussian Splatting")}),
    ("We introduce ZorbSplat, a novel approach. Unlike NeRF, our approach outperforms methods built on 3D Gaussian "
     "Splatting.", "", set()),
    ("We introduce ZorbSplat, a novel approach. In contrast to NeRF, which harnesses recent advancements in 3D "
     "Gaussian Splatting, our approach is fast.", "", set()),
    ("We present ZorbLM, a legal model. We continue the pretraining of an already pretrained multilingual Llama 2 "
     "model on legal text.", "", {("ZorbLM", "Llama 2")}),
    ("We present ZorbLM, a model we obtain by continuing to pre-train Llama 2 on code.", "", {("ZorbLM", "Llama 2")}),
    ("We present ZorbLM, a legal model. We continue training and compare with an already pretrained multilingual "
     "Llama 2 model.", "", set()),
    # "BERTugues: A Novel BERT Transformer Model Pre-trained for Brazilian Portuguese": a model of the kind the
    # title names after its article
    ("We pre-train Quillugues on Portuguese text.",
     "Quillugues: A Novel BERT Transformer Model Pre-trained for Brazilian Portuguese", {("Quillugues", "BERT")}),
    ("We pre-train Quillugues on Portuguese text.", "Quillugues: A New BERT Model for Portuguese",
     {("Quillugues", "BERT")}),
    ("We probe Quillugues on Portuguese text.", "Quillugues: A Novel BERT Probe for Portuguese", set()),
    ("We probe Quillugues on Portuguese text.", "Quillugues: A BERT Evaluation Model for Portuguese", set()),
    # "a hybrid optimization method named HO-Gaussian, which combines a grid-based volume with the 3DGS pipeline";
    # "a novel approach that enhances the capacity of 3DGS by leveraging prior from a Diffusion Model"
    ("We propose a hybrid method named QO-Splat, which combines a grid-based volume with the 3DGS pipeline.", "",
     {("QO-Splat", "3D Gaussian Splatting")}),
    ("We propose ZorbSplat, a novel approach that enhances the capacity of 3DGS by leveraging a diffusion prior.",
     "", {("ZorbSplat", "3D Gaussian Splatting")}),
    ("We propose ZorbSplat, a renderer. We compare it with methods that combine a grid-based volume with the 3DGS "
     "pipeline.", "", set()),
    ("We propose ZorbSplat, a renderer that combines NeRF features with a 3DGS rasterizer.", "", set()),
    # no base (issue 16): the base of models the paper's is evaluated on or compared with, a tool used on a model
    ("We present ZorbNet, a detector. ZorbNet is evaluated on detectors built on ResNet-50.", "", set()),
    ("We present ZorbNet, a detector. ZorbNet outperforms state-of-the-art detectors built upon ResNet-50.", "",
     set()),
    ("We present ZorbLM, a model. We compare ZorbLM with BERT-based and Llama-based rerankers.", "", set()),
    ("We present ZorbLM, a model. We apply ZorbLM to fine-tune Llama 2 on code.", "", set()),
    ("We present ZorbLM, a model. ZorbLM is used to fine-tune Llama 2 on code.", "", set()),
    # the review's: a phrasing in the negative, a host retrofitted, a range extended, another model's clause
    ("We present ZorbLM, a model. ZorbLM is not the result of fine-tuning Llama 2.", "", set()),
    ("We present ZorbNet, a detector. We retrofit existing YOLOv5 deployments with ZorbNet.", "", set()),
    ("We present ZorbNet, a simulator whose coverage is extended from Gazebo scenes to outdoor maps.", "", set()),
    ("We present ZorbNet, a detector. Rather than copying the architecture of ResNet-50, ZorbNet uses a new design.",
     "", set()),
    ("We present ZorbNet, a retriever. We evaluate QuillNet on ZorbQA; it is built on ResNet-50.", "", set()),
    ("We present ZorbSplat, a renderer which combines naturally with the 3DGS pipeline.", "", set()),
    # ... while the paper's own parts and compounds keep theirs
    ("We present ZorbNet, a detector. ZorbNet uses two encoders fine-tuned from BERT.", "", {("ZorbNet", "BERT")}),
    ("We present ZorbNet, a retriever. ZorbNet is built with two encoders initialized from BERT.", "",
     {("ZorbNet", "BERT")}),
    ("We present ZorbLM, a model. Compared with GPT-4, our BERT-based ZorbLM is cheaper.", "",
     {("ZorbLM", "BERT")}),
    ("We present ZorbLM, a legal model. We fine-tune Llama 2 on law to obtain ZorbLM.", "", {("ZorbLM", "Llama 2")}),
])
def test_the_parent_of_what_the_paper_presents(ex: Extractor, abstract: str, title: str,
                                               pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
