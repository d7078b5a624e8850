"""Kinds of fault seen in round 43 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a known and a generic model joined into the paper's own": [
        # "we start with the Long Short-Term Memory (LSTM) system and then propose the ResNet-LSTM improvement.
        # Our ResNet-LSTM system reduces the DCF error"
        ("We start with the gated recurrent unit (GRU) system and then propose the VGG-GRU improvement. Our VGG-GRU "
         "system reduces the error.", "", {(MODEL, "VGG-GRU")}),
        # negatives: a hybrid described, not named
        ("We study a hybrid Transformer-Mamba architecture for long inputs.", "", {(MODEL, "Mamba")}),
    ],
    "a split of the data, capitalized": [
        # "the lowest DCF of 1.406% on the Eval Set is gained with system pre-training"
        ("Our system reaches a DCF of 1.4% on the Eval Set and 2.1% on the Dev Set. On the Test Set it ranks "
         "first.", "", set()),
        # negatives: a named data set's split keeps the data set
        ("We report results on the ZorbQA Test Set.", "", {(DATASET, "ZorbQA")}),
    ],
    "a known name written as its short form in parentheses before its head": [
        # "by introducing a shifted-window (Swin) transformer"
        ("We propose ZorbCD, which increases the capability for small targets by introducing a shifted-window "
         "(Swin) transformer.", "", {(MODEL, "ZorbCD"), (MODEL, "Swin Transformer")}),
        # the title's known name stands beside the abstract's short form
        ("We propose ZorbCD, which introduces a shifted-window (Swin) transformer.",
         "A Change Detection Network Based on Swin Transformer", {(MODEL, "ZorbCD"), (MODEL, "Swin Transformer")}),
        # negatives: a short form that writes no known name with its head
        ("We propose a gated zorbing (Gazo) transformer.", "", {(MODEL, "Gazo")}),
    ],
    "a name the title writes without the version the abstract gives it": [
        # "Benchmarking and Building Long-Context Retrieval Models with LoCo and M2-BERT" over "we first introduce
        # LoCoV1, a novel 12 task benchmark"
        ("We first introduce ZoCoV1, a novel 12 task benchmark for retrieval. We next present the Zorb-BERT retrieval "
         "encoder.", "Benchmarking and Building Retrieval Models with ZoCo and Zorb-BERT",
         {(DATASET, "ZoCo"), (DATASET, "ZoCoV1"), (MODEL, "Zorb-BERT")}),
    ],
    "a metric written as code": [
        # "The metrics of F1_score and recall is used for the evaluation"
        ("The metrics of F1_score and recall are used. We also report val_loss and mean_squared_error.", "", set()),
    ],
    "a robot": [
        # "a physical YuMi robot using Evo-NeRF", "with 4 ABB YuMi robot arms"
        ("In experiments, a physical Zumi robot using ZorbNeRF grasps 89% of objects. We also use 4 ABB Zumi robot "
         "arms and a Quorn quadruped.", "", {(MODEL, "ZorbNeRF")}),
    ],
    "a participle compound before a data set's name": [
        # "an open-source IFL benchmark suite of GPU-accelerated Isaac Gym environments"
        ("We present a benchmark suite of GPU-accelerated Zorb Gym environments for evaluation.", "",
         {(DATASET, "Zorb Gym")}),
    ],
    "a measure the paper proposes, spelled out": [
        # "We propose Return on Human Effort (ROHE) as a new metric and Fleet-DAgger, a family of IFL algorithms."
        ("We propose Return on Zorb Effort (ROZE) as a new metric and Quill-DAgger, a family of algorithms. "
         "Quill-DAgger reaches 8.8x higher ROZE than baselines.", "", {(MODEL, "Quill-DAgger")}),
        # negatives: a method the paper proposes, spelled out
        ("We propose Return on Zorb Effort (ROZE) as a new algorithm.", "", {(MODEL, "ROZE")}),
    ],
    "a kind of clinical record": [
        # "Group-Sparse ... Integrated Gradients for Multimodal Transformers on EHR Trajectories"
        ("We explain models of EHR code sequences on ZIMIC-IV and the EMR archive.", "Explaining Models on EHR "
         "Trajectories", {(DATASET, "ZIMIC-IV")}),
    ],
    "a web page's element": [
        # "Our tool allows users to easily share their literature exploration results as a URL or web-embedded IFrame
        # application."
        ("Our tool lets users share their results as a URL or web-embedded IFrame application.", "", set()),
    ],
    "a title naming models made with a data set": [
        # "LlaSMol: Advancing Large Language Models for Chemistry with a Large-Scale, Comprehensive, High-Quality
        # Instruction Tuning Dataset"
        ("We fine-tune open LLMs on a dataset for instruction tuning named ZorbInstruct.",
         "ZorbMol: Advancing Large Language Models for Chemistry with a Large-Scale Instruction Tuning Dataset",
         {(MODEL, "ZorbMol"), (DATASET, "ZorbInstruct")}),
        # negatives: a title naming a data set
        ("We collect 10k questions.", "ZorbQA: A Large-Scale Dataset for Question Answering", {(DATASET, "ZorbQA")}),
    ],
    "a named method with a technique's head word": [
        # "construct the Global Item Relationship Graph (GIRG) from all interaction sequences and present the
        # Bucket-Cluster Sampling (BCS) method to conduct the sub-graphs"
        ("Specifically, we first construct the Global Item Relationship Graph (GIRG) from all interaction sequences "
         "and present the Bucket-Cluster Sampling (BCS) method to conduct the sub-graphs.",
         "ZUESR: Data Enhancement with Bucket-Cluster Sampling for Recommendation",
         {(MODEL, "ZUESR"), (MODEL, "GIRG"), (MODEL, "BCS")}),
        # negatives: the technique without a head word
        ("Specifically, we first construct the Global Item Relationship Graph (GIRG) from all interaction sequences "
         "and apply the Bucket-Cluster Sampling (BCS) to conduct the sub-graphs.",
         "ZUESR: Data Enhancement with Bucket-Cluster Sampling for Recommendation",
         {(MODEL, "ZUESR"), (MODEL, "GIRG")}),
    ],
    "a known name's long form before it in apposition": [
        # "non-contextual (i.e., Global Vectors for Word Representation, GloVe) and contextual (i.e., ..., BERT)"
        ("Non-contextual (i.e., Global Vectors for Word Representation, GloVe) models lag behind BERT.", "",
         {(MODEL, "GloVe"), (MODEL, "BERT")}),
        # negatives: a list of names
        ("We compare Zorbnet, GloVe and BERT.", "", {(MODEL, "Zorbnet"), (MODEL, "GloVe"), (MODEL, "BERT")}),
    ],
    "the title's name, proposed in lower case after an article": [
        # "Optimal Mapping Loss: A Faster Loss for ..." over "we investigate improvement on the PIT loss and further
        # propose a novel optimal mapping loss, which directly computes ..."
        ("We investigate improvement on the standard loss and further propose a novel optimal zorbing loss, which "
         "directly computes the best matches.", "Optimal Zorbing Loss: A Faster Loss for Diarization",
         {(MODEL, "Optimal Zorbing Loss")}),
        # negatives: a phrase studied, not proposed
        ("We study the optimal zorbing loss, which directly computes the best matches.",
         "Optimal Zorbing Loss: A Faster Loss for Diarization", set()),
    ],
    "the title's name spelled out in lower case before its short form": [
        # "Embedding Recycling for Language Models" over "through embedding recycling (ER): re-using activations"
        ("We decrease cost through zorb recycling (ZR): re-using activations from previous runs. ZR offers a "
         "speedup.", "Zorb Recycling for Language Models", {(MODEL, "ZR")}),
        # negatives: a title that does not open with it, or opens with a variant of it; a technique defined, not
        # the paper's way ("Automatic Differentiation in ROOT" over "automatic differentiation (AD) is a set of
        # techniques")
        ("We decrease cost through zorb recycling (ZR): re-using activations from previous runs. ZR offers a "
         "speedup.", "Cheaper Language Models", set()),
        ("We decrease cost through zorb recycling (ZR): re-using activations from previous runs. ZR offers a "
         "speedup.", "Zorb Recycling with Zero Loss", set()),
        ("In mathematics, automatic zorbing (AZ) is a set of techniques to evaluate derivatives. We add AZ to a "
         "toolkit.", "Automatic Zorbing in QUILL", set()),
    ],
    "a variant word coordinated after a model of its family": [
        # "as well as our earlier Gemini 2.0 Flash and Flash-Lite models" (the seeds): Gemini 2.0 Flash-Lite
        ("We also release our earlier Gemini 2.0 Flash and Flash-Lite models.", "",
         {(MODEL, "Gemini 2.0 Flash"), (MODEL, "Gemini 2.0 Flash-Lite")}),
        # negatives: a name of its own after the model, though it opens with a variant word
        ("We compare Gemini 2.0 Flash and Ultra-Zorb-7B.", "", {(MODEL, "Gemini 2.0 Flash"), (MODEL, "Ultra-Zorb")}),
    ],
    "a name set in apposition after a spaced dash": [
        # "our policy structure is induced by Geometric Fabrics - a recent framework that generalizes ..."
        ("Our policy structure is induced by Zorbic Fabrics - a recent framework for motion.", "",
         {(MODEL, "Zorbic Fabrics")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a known model the paper's own model introduces as a part": [
        # "we propose a new CD model called SFCD, which increases ... by introducing a shifted-window (Swin)
        # transformer"
        ("We propose ZorbCD, which improves accuracy by introducing BERT into the encoder.", "",
         {"ZorbCD": "INTRODUCES", "BERT": "USES"}),
        # negatives: a part of the paper's own, introduced so
        ("We improve accuracy by introducing Gated Zorb Attention (GZA).", "", {"GZA": "INTRODUCES"}),
    ],
    "the title's name spelled out in lower case before its short form": [
        ("We decrease cost through zorb recycling (ZR): re-using activations from previous runs. ZR offers a "
         "speedup.", "Zorb Recycling for Language Models", {"ZR": "INTRODUCES"}),
    ],
    "a model compared before the results name it": [
        # "we compare ... pre-trained language models (BERT, BioBERT, PubMedBERT, ClinicalBERT) ... PubMedBERT
        # achieves the best performance"
        ("We compare language models (BERT, ZorbBERT, QuillBERT). Experimental results show that QuillBERT achieves "
         "the best performance. QuillBERT also generalizes.", "",
         {"BERT": "MENTIONS", "ZorbBERT": "MENTIONS", "QuillBERT": "MENTIONS"}),
        ("Existing models such as Zorbnet and Quix fail. Quix achieves the best accuracy. Quix also cuts cost.", "",
         {"Zorbnet": "MENTIONS", "Quix": "MENTIONS"}),
        # negatives: the paper's own, first named in its results
        ("We study routing. Quix achieves the best accuracy. Quix also cuts cost by 20%.", "",
         {"Quix": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    # "SFCD, which increases ... by introducing a shifted-window (Swin) transformer"
    ("", "We propose ZorbCD, which improves accuracy by incorporating the Swin Transformer.",
     {("ZorbCD", "Swin Transformer")}),
    ("", "We propose ZorbCD. It improves accuracy by introducing a BERT encoder.", {("ZorbCD", "BERT")}),
    # "the M2-BERT retrieval encoder, an 80M parameter state-space encoder model built from the Monarch Mixer
    # architecture"
    ("", "We next present the Zorb-BERT retrieval encoder, an 80M parameter encoder model built from the Quill "
     "Mixer architecture.", {("Zorb-BERT", "Quill Mixer")}),
    # "CLAW leverages a fine-tuned CLIP model as a lightweight prompt generator"; "ADTG, a novel method that
    # leverages Denoising Diffusion Probabilistic Models (DDPMs) to dynamically expand ..."
    ("", "We propose ZLAW, a framework. ZLAW leverages a fine-tuned CLIP model as a lightweight prompt generator.",
     {("ZLAW", "CLIP")}),
    ("", "We introduce the Adaptive Zorb Terrain Generator (AZTG), a novel method that leverages Denoising "
     "Diffusion Probabilistic Models (DDPMs) to expand a training environment.", {("AZTG", "DDPM")}),
    # "Cloth-Splatting leverages an action-conditioned dynamics model for predicting future states and uses 3D
    # Gaussian Splatting to update the predicted states"
    ("Zorb-Splatting: Cloth State Estimation", "We introduce Zorb-Splatting, a method for cloth. Zorb-Splatting "
     "leverages a dynamics model for predicting future states and uses 3D Gaussian Splatting to update the "
     "states.", {("Zorb-Splatting", "3D Gaussian Splatting")}),
    # "Mistral serves as the best base model for chemistry tasks" in a paper whose title names its model
    ("ZorbMol: Large Language Models for Chemistry", "We fine-tune a set of open LLMs, among which we find that "
     "Mistral serves as the best base model for chemistry tasks.", {("ZorbMol", "Mistral")}),
    # "CFNet), which takes content-aware strategy as a key insight. CFNet employs EfficientNet-B5 as the backbone"
    ("ZFNet: Change Detection through Content-Aware Enhancement", "We propose the Zorb Focuser Network (ZFNet), "
     "which takes content-aware strategy as a key insight. ZFNet employs EfficientNet-B5 as the backbone for "
     "feature extraction.", {("ZFNet", "EfficientNet-B5")}),
    # "Sparsh (DINO) and Sparsh (IJEPA) are the most competitive": the paper's model's variants built on others
    ("Zparsh: Touch Representations", "We present Zparsh, a family of SSL models. Zparsh (DINO) and Zparsh "
     "(I-JEPA) are the most competitive.", {("Zparsh", "DINO"), ("Zparsh", "I-JEPA")}),
    # "to use a novel integration of light graph convolutional network (LightGCN)"
    ("", "We propose ZGKAT, which is a novel integration of LightGCN and attention.", {("ZGKAT", "LightGCN")}),
    # "Using RF-DETR as the underlying object detector, FogTTA enables real-time adaptation"
    ("", "We introduce ZorbTTA, an adaptation framework. Using YOLOv5 as the underlying object detector, ZorbTTA "
     "adapts in real time.", {("ZorbTTA", "YOLOv5")}),
    # "a novel lightweight convolutional neural network has been proposed ... Skip connections are introduced into
    # the conventional MobileNetV3 network" under the title "MS-Net: ..."
    ("ZS-Net: a Lightweight Model for Plant Disease Identification", "A novel lightweight network has been proposed. "
     "Skip connections are introduced into the conventional MobileNetV3 network to enrich the input features.",
     {("ZS-Net", "MobileNetV3")}),
    ("", "We propose ZorbNet. We introduce skip connections into the conventional MobileNetV3 network.",
     {("ZorbNet", "MobileNetV3")}),
    # "One of the contributions of the proposed method is to use a novel integration of light graph convolutional
    # network (LightGCN)" in a paper that calls its system LGKAT
    ("", "In this paper, a novel system, called ZGKAT, is proposed. One of the contributions of the proposed method is "
     "to use a novel integration of LightGCN in recommenders.", {("ZGKAT", "LightGCN")}),
    ("", "In this paper, a novel system, called ZGKAT, is proposed. One of the limits of earlier methods is to use "
     "a novel integration of LightGCN in recommenders.", set()),
    # "SinTra, consisting of a pyramid of Transformer-XL with a multi-scale training strategy, can learn ..."
    ("", "In this paper, we propose ZinTra, a generative model. ZinTra, consisting of a pyramid of Transformer-XL "
     "with a multi-scale training strategy, can learn structure.", {("ZinTra", "Transformer-XL")}),
    # negatives: data consisting of a model's outputs; a family consisting of its sizes ("The Gemini family consists
    # of Ultra, Pro, and Nano sizes")
    ("", "We present ZorbSet, a dataset consisting of BERT outputs.", set()),
    ("", "This report introduces a new family of models, Zemini. The Zemini family consists of Ultra, Pro, and Nano "
     "sizes.", set()),
    # "We compare its performance with ... a multilingual Roman Urdu BERT created by additional pretraining of
    # Multilingual BERT": a known name inside a longer phrase is no child of a parent named after it
    ("", "We propose ZUBERT, created by additional pretraining of English BERT. We compare it with a multilingual "
     "Urdu BERT created by additional pretraining of Multilingual BERT.", {("ZUBERT", "BERT")}),
    # negatives: a detector the paper's method is evaluated with; a model others changed
    ("", "We introduce ZorbTTA, a framework. We evaluate ZorbTTA with YOLOv5 as the underlying object detector.",
     set()),
    ("", "We propose ZorbNet. In prior work, skip connections were introduced into the MobileNetV3 network.", set()),
    # negatives: a known model as a judge, or making data; a count of parameters
    ("", "We introduce Zorb, which uses GPT-4 as a judge.", set()),
    ("", "We introduce Zorb, which uses GPT-4 to generate training data.", set()),
    ("", "We introduce Zorb. Zorb uses 10x fewer parameters than BERT.", set()),
    ("", "We propose Zorb. We use GPT-4 as a data generator.", set()),
])
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("abstract", "name", "alias"), [
    # "model-agnostic meta-learning (MAML) has achieved remarkable success": a known name spelled out in lower case
    ("Recently, model-agnostic meta-learning (MAML) has become a popular way to learn from few shots.", "MAML",
     "model-agnostic meta-learning"),
])
def test_a_known_name_spelled_out_in_lower_case_is_its_alias(ex: Extractor, abstract: str, name: str,
                                                             alias: str) -> None:
    assert alias in {a for e in ex.spans(abstract)["entities"] if e["name"] == name for a in e["aliases"]}
