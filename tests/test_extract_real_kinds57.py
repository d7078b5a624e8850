"""Kinds of fault seen in round 57 (issue 11), each with invented sentences of its own: every new name here
(Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one, and each table
stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a model that layers are stacked on is no data set": [
        # "stacks a BiLSTM and a CRF on AraBERT": the pretrained encoder under the layers, not data it is run on
        ("We propose ZorbTag, which stacks a BiLSTM and a CRF on ZorbBERT for named entity recognition.", "",
         {(MODEL, "ZorbTag"), (MODEL, "BiLSTM"), (MODEL, "ZorbBERT")}),
        ("We propose ZorbTag, a tagger that places a CRF layer on QuillGPT.", "",
         {(MODEL, "ZorbTag"), (MODEL, "QuillGPT")}),
        ("We propose ZorbTag, which mounts a CRF on QuillGPT for tagging.", "",
         {(MODEL, "ZorbTag"), (MODEL, "QuillGPT")}),
        # negatives: data a model is placed first on, data added to, a score on data
        ("ZorbTag places first on QuillQA and adds 3 points on ZorbNER.", "",
         {(MODEL, "ZorbTag"), (DATASET, "QuillQA"), (DATASET, "ZorbNER")}),
        ("We fine-tune a CRF on QuillNet features and report 91% on ZorbQA.", "",
         {(MODEL, "QuillNet"), (DATASET, "ZorbQA")}),
    ],
    "a toolbox, a package or a simulator is a system the paper may present": [
        # "MLJ (Machine Learning in Julia) is a toolbox written in Julia that provides a common interface"
        ("ZMJ (Zorb Machines in Julia) is a toolbox written in Julia that provides a common interface. ZMJ aims to "
         "compose models.", "", {(MODEL, "ZMJ")}),
        ("QuillSim is a simulator of warehouse robots.", "", {(MODEL, "QuillSim")}),
        ("We present Zorbpy, a Python package for sparse solvers.", "", {(MODEL, "Zorbpy")}),
        # negative: data a package ships
        ("We release the QuillSet corpus as a package of 3,000 dialogues.", "", {(DATASET, "QuillSet")}),
    ],
    "a camel-case name of a flow in the plural is the flow": [
        # "we present implicit normalizing flows (ImpFlows) ... the function space of ImpFlow ... ResFlows ... ResFlow"
        ("We present implicit zorb flows (ZimpFlows), which build on residual flows (QresFlows). ZimpFlow beats any "
         "QresFlow.", "", {(MODEL, "ZimpFlow"), (MODEL, "QresFlow")}),
        # negative: a known library's name that ends in "Flow"
        ("We implement ZorbNet in TensorFlow.", "", {(MODEL, "ZorbNet"), (MODEL, "TensorFlow")}),
    ],
    "a long form set in apposition to a data head names data": [
        # "we created a new multimodal benchmark dataset, Watch, Talk and Guide (WTaG) based on natural interaction"
        ("We created a new multimodal benchmark dataset, Watch and Quill (WaQ) based on natural interaction.", "",
         {(DATASET, "WaQ")}),
        ("We introduce a new dataset, Zorb Quill (ZQ), for interaction.", "", {(DATASET, "ZQ")}),
        ("We created a new dataset called Zorb Quill (ZQ) from interactions.", "", {(DATASET, "ZQ")}),
        # negatives: a model head in apposition; a data set the model is trained on after the comma
        ("We introduce a new model, Zorb Quill Network (ZQN), for interaction.", "", {(MODEL, "ZQN")}),
        ("We train on a public dataset, and propose Zorb Quill Network (ZQN).", "", {(MODEL, "ZQN")}),
    ],
    "tasks a paper defines in plain capitalized words are no models or data": [
        # "We further proposed two tasks: User and Environment Understanding, and Instructor Decision Making."
        ("We created a new benchmark dataset, Watch and Quill (WaQ). We further proposed two tasks: User and "
         "Environment Understanding, and Instructor Decision Making.", "", {(DATASET, "WaQ")}),
        ("We further propose two tasks: Zorb Tracking and Quill Decision Making.", "", set()),
        # negative: coined names of subtasks stay names
        ("We propose two subtasks: ZorbQA-Easy and ZorbQA-Hard.", "",
         {(MODEL, "ZorbQA-Easy"), (MODEL, "ZorbQA-Hard")}),
    ],
    "the subject of a result after a fronted benchmark phrase is no data set (the new-user trial's)": [
        # "On the arXiv summarization benchmark Heron improves ROUGE-L ..." in Heron's own paper
        ("Heron extends the Quill architecture with block-sparse attention. On the arXiv summarization benchmark Heron "
         "improves ROUGE-L by 2 points.", "Heron: Sparse Attention for Long Texts",
         {(MODEL, "Heron"), (MODEL, "Quill")}),
        # negatives: a benchmark's name before its use, a fronted benchmark with a comma
        ("We evaluate on the reasoning benchmark ZorbQA and the code benchmark QuillCode.", "",
         {(DATASET, "ZorbQA"), (DATASET, "QuillCode")}),
        ("On the public benchmark ZorbQA, our model improves accuracy.", "", {(DATASET, "ZorbQA")}),
    ],
    "a list's item marker after a name is no version": [
        # "The main ingredients of our approach are 1) preprocessing 2) multi-class AdaBoost.MH 3) regression
        # calibration"
        ("The main ingredients are 1) preprocessing 2) multi-class ZorbBoost.MH 3) regression calibration, and 4) a "
         "forecaster.", "", {(MODEL, "ZorbBoost.MH")}),
        ("Our pipeline has three steps: 1) QuillNet 2) ZorbNet 3) fusion.", "",
         {(MODEL, "QuillNet"), (MODEL, "ZorbNet")}),
        # negative: a version before a parenthesis that closes
        ("We compare ZorbNet with strong baselines (e.g., Llama 2) on QuillQA.", "",
         {(MODEL, "ZorbNet"), (MODEL, "Llama 2"), (DATASET, "QuillQA")}),
    ],
    "a name described by a list of adjectives is of the list's head": [
        # "we propose ULTRAFEEDBACK, a large-scale, high-quality, and diversified preference dataset"
        ("In this study, we propose ZORBFEED, a large-scale, high-quality, and diversified preference dataset.",
         "ZorbFeed: Boosting Language Models with Feedback", {(DATASET, "ZorbFeed")}),
        ("We release QuillSet, a multi-lingual, multi-domain, and curated speech corpus.", "", {(DATASET, "QuillSet")}),
        # negatives: a model head after the list; no list
        ("We propose ZorbNet, a lightweight, fast, and accurate segmentation network.", "", {(MODEL, "ZorbNet")}),
        ("We propose ZorbFeed, a preference dataset.", "", {(DATASET, "ZorbFeed")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "the winner of a study that weighs others' models is not the paper's own": [
        # "Results show that Qwen2-Coder outperforms ...": an evaluation paper's best model, named first in its result
        ("We evaluate seven open code models on 500 COBOL maintenance tasks. Results show that ZorbCoder "
         "outperforms the other models, while StarCoder struggles with long files.",
         "An Empirical Evaluation of Code Language Models on Legacy Software",
         {"ZorbCoder": "MENTIONS", "StarCoder": "COMPARES_WITH"}),
        ("We test recognizers on a new Swahili test set. Our results indicate that QuillASR achieves the lowest "
         "word error rate.", "Benchmarking Speech Recognizers for Swahili", {"QuillASR": "MENTIONS"}),
        ("We compare six segmentation networks for drones. Results show that ZorbNet outperforms U-Net by 3 "
         "points.", "Drone Segmentation at Scale", {"ZorbNet": "MENTIONS", "U-Net": "COMPARES_WITH"}),
        ("We conduct a comparative study of segmentation networks for drones. Results show that ZorbNet "
         "outperforms U-Net by 3 points.", "", {"ZorbNet": "MENTIONS", "U-Net": "COMPARES_WITH"}),
        # negatives: the paper presents a model of its own besides the comparison; no study of several models
        ("We propose a new segmentation network. We compare it against six segmentation networks. Results show "
         "that ZorbNet outperforms U-Net by 3 points.", "Drone Segmentation at Scale",
         {"ZorbNet": "INTRODUCES", "U-Net": "COMPARES_WITH"}),
        ("We design a fast network for drones and compare six segmentation networks. Results show that ZorbNet "
         "outperforms U-Net by 3 points.", "ZorbNet: Fast Segmentation for Drones",
         {"ZorbNet": "INTRODUCES", "U-Net": "COMPARES_WITH"}),
        ("We compare our network with U-Net on drone images. Results show that ZorbNet outperforms U-Net by 3 "
         "points.", "Drone Segmentation at Scale", {"ZorbNet": "INTRODUCES", "U-Net": "COMPARES_WITH"}),
    ],
    "the models the paper trains, listed after 'including' or a colon, are its own": [
        # "Utilizing ULTRAFEEDBACK, we train various models to demonstrate its effectiveness, including the reward
        # model UltraRM, chat language model UltraLM-13B-PPO, and critique model UltraCM"
        ("We propose ZorbFeed, a preference dataset. Using ZorbFeed, we train various models to show its value, "
         "including the reward model ZorbRM and the critique model ZorbCM.", "",
         {"ZorbFeed": "INTRODUCES", "ZorbRM": "INTRODUCES", "ZorbCM": "INTRODUCES"}),
        ("We propose ZorbFeed, a preference dataset. Using ZorbFeed, we train three models: ZorbRM, ZorbLM and "
         "ZorbCM.", "", {"ZorbFeed": "INTRODUCES", "ZorbRM": "INTRODUCES", "ZorbLM": "INTRODUCES",
                         "ZorbCM": "INTRODUCES"}),
        # negatives: others' models fine-tuned, pre-trained or machine-learning models listed, examples of a
        # class, baselines, models evaluated
        ("We propose ZorbFeed, a preference dataset. We fine-tune various pretrained models, including QuillBERT "
         "and MARQ, on ZorbFeed.", "", {"ZorbFeed": "INTRODUCES", "QuillBERT": "USES", "MARQ": "USES"}),
        ("We train several machine learning models, including QuillBoost and ZorbForest, on the data.", "",
         {"QuillBoost": "MENTIONS", "ZorbForest": "MENTIONS"}),
        ("We train various models such as QuillRM and ZorbCM on the data.", "",
         {"QuillRM": "USES", "ZorbCM": "MENTIONS"}),
        ("We train three pre-trained models: QuillBERT, ZorbBERT and MARQ.", "",
         {"QuillBERT": "USES", "ZorbBERT": "USES", "MARQ": "USES"}),
        ("We propose ZorbFeed, a preference dataset. We evaluate various models, including QuillRM and QuillCM.", "",
         {"ZorbFeed": "INTRODUCES", "QuillRM": "COMPARES_WITH", "QuillCM": "COMPARES_WITH"}),
    ],
    "the members of a counted head listed after a colon are the paper's, past a modifier with an article": [
        # "We propose two approaches for learning in these domains: Reinforced Inter-Agent Learning (RIAL) and
        # Differentiable Inter-Agent Learning (DIAL)"
        ("We propose two approaches for learning in these domains: Reinforced Quill Learning (RQL) and "
         "Differentiable Quill Learning (DQL).", "", {"RQL": "INTRODUCES", "DQL": "INTRODUCES"}),
        # negatives: no count, a count of data, the colon after data the modifier names
        ("We build a detector on the popular benchmarks: ZorbSet and QuillSet.", "",
         {"ZorbSet": "EVALUATED_ON", "QuillSet": "EVALUATED_ON"}),
        ("We propose two detectors for the benchmarks: ZorbSet and QuillSet.", "",
         {"ZorbSet": "EVALUATED_ON", "QuillSet": "EVALUATED_ON"}),
    ],
    "a model the title names and the abstract says the work studies is not the paper's own": [
        # "ConfliBERT: Conflict Based Language Models ..." over "This project focuses on the ConfliBERT LLM, a model
        # based on BERT architecture ... I test the effectiveness of ConfliBERT"
        ("This project focuses on the ZorbBERT LLM, a model based on BERT trained on conflict data. I test the "
         "effectiveness of ZorbBERT at classification.", "ZorbBERT: Conflict Language Models and Exercise Data",
         {"ZorbBERT": "USES", "BERT": "USES"}),
        # negatives: the paper presents it, then tests it; the study's focus is another thing
        ("We present ZorbBERT, a model based on BERT trained on conflict data. We test the effectiveness of "
         "ZorbBERT at classification.", "ZorbBERT: Conflict Language Models", {"ZorbBERT": "INTRODUCES",
                                                                                "BERT": "USES"}),
        ("This paper focuses on conflict data. ZorbBERT, a model based on BERT, beats BERT.",
         "ZorbBERT: Conflict Language Models", {"ZorbBERT": "INTRODUCES", "BERT": "COMPARES_WITH"}),
    ],
    "a technology called a new generation or paradigm is not the paper's own": [
        # "Software Defined Network (SDN) is a new generation network paradigm and separates data and control layers"
        ("Quill Defined Network (QDN) is a new generation network paradigm that separates layers. We study load "
         "balancing in QDN.", "Load Balancing on Quill Defined Networks", {"QDN": "USES"}),
        ("Quill Defined Network (QDN) is a new network paradigm that separates layers. We study load balancing in "
         "QDN.", "", {"QDN": "USES"}),
        # negative: a new network, the paper's
        ("Zorb Quill Network (ZQN) is a new network that separates layers. ZQN beats QuillNet.", "",
         {"ZQN": "INTRODUCES", "QuillNet": "COMPARES_WITH"}),
    ],
    "a known model a second verb of the sentence acts on is not the paper's": [
        # "We meticulously devise annotation instructions and employ GPT-4 to offer detailed feedback"
        ("We propose ZorbFeed, a preference dataset. We meticulously devise annotation instructions and employ "
         "GPT-4 to offer detailed feedback.", "", {"ZorbFeed": "INTRODUCES", "GPT-4": "USES"}),
        ("We propose ZorbFeed, a preference dataset. We design prompts and leverage GPT-4 to label them.", "",
         {"ZorbFeed": "INTRODUCES", "GPT-4": "USES"}),
        # negative: the object is the paper's own
        ("We devise ZorbRank and employ it on QuillQA.", "", {"ZorbRank": "INTRODUCES", "QuillQA": "EVALUATED_ON"}),
    ],
}


# The review's attacks on the round's rules (invented sentences against the round's first version of each rule): each
# case is what the narrowed rule now gives.
REVIEW_RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a study's own model stays the paper's": [
        ("We conduct a systematic evaluation of dense retrievers. We also train ZorbRet-base, a retriever of our own "
         "distilled from ColBERT. Results show that ZorbRet-base outperforms BM25.",
         "A Systematic Evaluation of Retrievers",
         {"ZorbRet": "INTRODUCES", "ColBERT": "USES", "BM25": "COMPARES_WITH"}),
    ],
    "a later verb's 'on' names data": [
        ("We stack three classifiers and evaluate them on QuillText and ZorbWeb.", "",
         {"QuillText": "EVALUATED_ON", "ZorbWeb": "EVALUATED_ON"}),
        ("We put our emphasis on QuillText and ZorbWeb.", "", {"QuillText": "EVALUATED_ON", "ZorbWeb": "EVALUATED_ON"}),
    ],
    "only new names sharing the paper's own name's opening are its trained models": [
        ("We collect ZorbSet, a corpus of tweets. We train three recent models: QuillNet, BrioNet and ZorbFormer.", "",
         {"ZorbSet": "INTRODUCES", "QuillNet": "USES", "BrioNet": "USES", "ZorbFormer": "MENTIONS"}),
        ("We collect ZorbSet, a corpus. We train six models: QuillNet [12], BrioNet [13], and ZorbNet [14].", "",
         {"ZorbSet": "INTRODUCES", "QuillNet": "USES", "BrioNet": "USES", "ZorbNet": "MENTIONS"}),
        ("We collect ZorbSet. We train various models to show its value, including the reward model ZorbRM, which "
         "outperforms QuillRM.", "", {"ZorbSet": "INTRODUCES", "ZorbRM": "INTRODUCES", "QuillRM": "COMPARES_WITH"}),
    ],
    "a noun 'query' ends no object": [
        ("We propose a query rewriting model, ZorbQR, for web search.", "", {"ZorbQR": "INTRODUCES"}),
    ],
    "a colon list after a modifier of models names others' models": [
        ("We propose two extensions of the classic models: QuillNet and BrioNet.", "",
         {"QuillNet": "MENTIONS", "BrioNet": "MENTIONS"}),
        ("We propose two adapters for the pre-trained models: QuillBERT and BrioBERT.", "",
         {"QuillBERT": "USES", "BrioBERT": "USES"}),
    ],
    "a studied title model that 'we' trained is the paper's": [
        ("We test the effectiveness of ZorbBERT, which we trained on court rulings, on three legal tasks.",
         "ZorbBERT: Legal Language Models", {"ZorbBERT": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS | REVIEW_RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "on the basis of X" states the base as "based on X" does: fronted, or after a verb of making
    ("On the basis of YOLOv5s, we propose ZorbDet, a lightweight detector.", "", {("ZorbDet", "YOLOv5")}),
    ("On the basis of the pre-trained RoBERTa, we build ZorbSent for reviews.", "", {("ZorbSent", "RoBERTa")}),
    ("In this paper, ZorbDet is proposed on the basis of YOLOv5s.", "", {("ZorbDet", "YOLOv5")}),
    ("A lightweight detector, ZorbDet, is presented on the basis of YOLOv5s.", "", {("ZorbDet", "YOLOv5")}),
    # negatives: the basis is a finding, an analysis, or results set beside a rival
    ("We propose ZorbDet. ZorbDet is built on the basis of our analysis of YOLOv5s failures.", "", set()),
    ("We propose ZorbDet. On the basis of these results, ZorbDet outperforms YOLOv5s.", "", set()),
    ("We propose ZorbDet. On the basis of its speed, ZorbDet is preferred to YOLOv5s.", "", set()),
    ("We propose ZorbDet. Based on YOLOv5s's results, we argue that ZorbDet is needed.", "", set()),
    ("We propose ZorbDet. On the basis of YOLOv5s' failures on small objects, we design ZorbDet.", "", set()),
    # "a simple hybrid architecture that layer-wise combines Mamba, a selective State Space Model (SSM), with Sliding
    # Window Attention (SWA)": what is combined "with" the first parent is a second one, past an apposition
    ("We present Zorb, a simple architecture that layer-wise combines Mamba, a selective state space model (SSM), "
     "with QuillFormer.", "", {("Zorb", "Mamba"), ("Zorb", "QuillFormer")}),
    ("We present Zorb, a hybrid model that combines Quill with Brio-7B.", "", {("Zorb", "Quill"), ("Zorb", "Brio")}),
    ("We present Zorb, which merges Llama 2 with Mistral 7B.", "", {("Zorb", "Llama 2"), ("Zorb", "Mistral")}),
    # the new-user trial's "We pair a ViT-B/16 image encoder with the Marlin language model ..., yielding Ptarmigan-V"
    ("We pair a ViT-B/16 image encoder with the Marlin language model through a learned projection, yielding "
     "Ptarmigan-V, a vision-language model.", "",
     {("Ptarmigan-V", "Marlin"), ("Ptarmigan-V", "Vision Transformer")}),
    ("We present ZorbVL, which couples a CLIP encoder with the Vicuna language model.", "",
     {("ZorbVL", "CLIP"), ("ZorbVL", "Vicuna")}),
    ("We pair each question with ten answers from GPT-4 to build ZorbQA.", "", set()),
    # an architecture describing a part whose own predicate names its base stays no parent
    # (tests/test_builds_on_parts.py, kind 4)
    ("We present GullNet, a new model. GullNet pairs a Conformer speech encoder initialized from PiperLM with a small "
     "decoder.", "", {("GullNet", "PiperLM")}),
    # negatives: "with" a technique, an apposition a clause breaks, a clause of its own after the comma
    ("We present Zorb, which combines BERT with data augmentation to beat RoBERTa.", "", {("Zorb", "BERT")}),
    ("We present Zorb, which combines BERT, a strong encoder that beats GPT-2, with QuillNet.", "", {("Zorb", "BERT")}),
    ("We present Zorb, which combines BERT, and compares it with RoBERTa.", "", {("Zorb", "BERT")}),
    ("We present Zorb, which combines BERT, a strong encoder, and is evaluated with RoBERTa.", "", {("Zorb", "BERT")}),
    # "Taking RoBERTa as the pre-trained model, K-Adapter has a neural adapter for each kind of infused knowledge"
    ("We propose ZorbAdapter, which keeps parameters fixed. Taking RoBERTa as the pre-trained model, ZorbAdapter "
     "has an adapter for each kind of knowledge.", "", {("ZorbAdapter", "RoBERTa")}),
    ("We propose ZorbAdapter. With RoBERTa as the pre-trained model, ZorbAdapter adds adapters.", "",
     {("ZorbAdapter", "RoBERTa")}),
    # negatives: an evaluation's setting, a rival's choice
    ("We propose ZorbAdapter. We evaluate ZorbAdapter with RoBERTa as the pre-trained model.", "", set()),
    ("We propose ZorbAdapter, a method. It beats fine-tuning with BERT as the pre-trained model.", "", set()),
    # "This project focuses on the ConfliBERT LLM, a model based on BERT architecture": the apposition past the
    # name's head word states the base of a model the paper studies
    ("This project focuses on the ZorbBERT LLM, a model based on BERT architecture trained on conflict data.", "",
     {("ZorbBERT", "BERT")}),
    ("It beats the ZorbBERT model, a legal-domain-specific BERT, and GPT-2.", "", set()),
    ("We compare Quill with the ZorbBERT model, a strong baseline that beats BERT.", "", set()),
    # "To compare Magpie data with other public instruction datasets, we fine-tune Llama-3-8B-Base with each dataset":
    # a model tuned to weigh the paper's data or method is no child of the paper's own
    ("We present Zorbpie, a method for alignment data. To compare Zorbpie data with other datasets, we fine-tune "
     "Llama-3-8B-Base with each dataset.", "", set()),
    ("We present Zorbify, a method for making data. To benchmark Zorbify data against other data, we fine-tune "
     "Llama 2 on each.", "", set()),
    # negatives: the purpose is to build ours or show its worth (round 41: "To show its efficacy, we fine-tune three
    # leading LLMs within this framework"); the clause names the result; "we present" ours in that clause
    ("We present ZorbLM, a chat model. To build ZorbLM, we fine-tune Llama-3-8B-Base on our data.", "",
     {("ZorbLM", "Llama-3")}),
    ("We present ZorbData. To test its value, we fine-tune Llama 2 on ZorbData to obtain ZorbChat.", "",
     {("ZorbChat", "Llama 2")}),
    ("To examine this, we present ZorbVLM, which aligns a frozen visual encoder with a frozen LLM, Vicuna.", "",
     {("ZorbVLM", "Vicuna")}),
    # the review's attacks on the round's first version of these rules
    ("We propose ZorbDet. On the basis of YOLOv5's weak recall, we design a new neck.", "", set()),
    ("We propose ZorbDet. Based on YOLOv5 failure cases, we design a new neck for ZorbDet.", "", set()),
    ("Based on GPT-4's annotations, we train ZorbRM, a reward model.", "", set()),
    ("We present ZorbData, a dataset. To probe its quality, we train QuillNet-S, a small detector built on "
     "ResNet-18.", "", {("QuillNet", "ResNet-18")}),
    ("We analyze the QuillLM model, an LLM whose tokenizer is based on GPT-2.", "", set()),
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
