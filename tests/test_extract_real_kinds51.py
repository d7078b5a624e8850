"""Kinds of fault seen in round 51 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.extract.names import canonical
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a title's name the abstract spells out before a data head": [
        # "KLUE: Korean Language Understanding Evaluation" and "We introduce Korean Language Understanding Evaluation
        # (KLUE) benchmark"
        ("We introduce Zorbic Language Understanding Evaluation (ZLUE) benchmark. ZLUE has eight tasks.",
         "ZLUE: Zorbic Language Understanding Evaluation", {(DATASET, "ZLUE")}),
        # negatives: a model spelled out before its head
        ("We introduce Zorbic Language Understanding Encoder (ZLUE) model. ZLUE is small.",
         "ZLUE: Zorbic Language Understanding Encoder", {(MODEL, "ZLUE")}),
        ("We propose Sparse Quill Transformer (SQT) dataset-agnostic pruning. SQT is fast.",
         "SQT: Sparse Quill Transformers", {(MODEL, "SQT"), (MODEL, "Transformer")}),
    ],
    "a size glued to a name in capitals": [
        # "we release ... KLUE-BERT and KLUE-RoBERTa, and find KLUE-RoBERTaLARGE outperforms other baselines"
        ("We release Zorb-RoBERTa, and find Zorb-RoBERTaLARGE outperforms BERTBASE.", "",
         {(MODEL, "Zorb-RoBERTa"), (MODEL, "BERT")}),
        # negatives: a new name in capitals
        ("We propose ZorbBASE, a knowledge base of scientific claims.", "", {(MODEL, "ZorbBASE")}),
    ],
    "a generic class in capitals": [
        # "we release pretrained language models (PLM) for Korean", "an open-source, lightweight masked image model
        # (MIM) for text-to-image generation"
        ("We release pretrained language models (PLM) for Korean. Our PLMs beat ZorbLM.", "", {(MODEL, "ZorbLM")}),
        ("We present Zorbed, a lightweight masked image model (MIM) for image generation. MIM is fast.", "",
         {(MODEL, "Zorbed")}),
    ],
    "a possessive in a long form": [
        # "Harris Hawk’s Optimizer (HHO) is a recently developed meta-heuristics search algorithm"
        ("Zorb Falcon’s Optimizer (ZFO) is a recently developed search algorithm.", "", {(MODEL, "ZFO")}),
        ("Zorb Falcon's Optimizer (ZFO) is a recently developed search algorithm.", "", {(MODEL, "ZFO")}),
    ],
    "a short form the text writes before a method's head": [
        # "based on WOA (Whale Optimization Algorithm) and Great Deluge (GD). GD Algorithm is integrated with"
        ("We build on Zorb Deluge (ZD). ZD Algorithm is integrated with tabu search.", "", {(MODEL, "ZD")}),
        # negatives: a problem before its solvers, a field before its methods
        ("We study the Zorb Salesman Problem (ZSP). ZSP solvers are slow.", "", set()),
        ("Multi-Agent Zorb Learning (MAZL) is hard. MAZL algorithms scale poorly.", "", set()),
    ],
    "names right after a plural head": [
        # "outperforms leading binary- and source-level coverage tracers QEMU, Dyninst, RetroWrite, and AFL-Clang"
        ("Our tool outperforms leading coverage tracers Quillemu, Dynzorb, RetroQuill, and AFL-Zorb by 2x.", "",
         {(MODEL, "Quillemu"), (MODEL, "Dynzorb"), (MODEL, "RetroQuill"), (MODEL, "AFL-Zorb")}),
        # negatives: two names (the subject may follow), and plain words
        ("Unlike prior tracers Zorbtrace and Quilltrace, ours is fast.", "", set()),
        ("We compare models Tested, Trained and Tuned in three ways.", "", set()),
    ],
    "a metric with a range": [
        # "increases recall rate, mAP50, and mAP50-95 by 2.5%, 2.9%, and 2.4%"
        ("ZorbDet increases recall, mAP50, and mAP50-95 by 2.5%, 2.9%, and 2.4%.", "", {(MODEL, "ZorbDet")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("Zorb-RoBERTaLARGE", ("Zorb-RoBERTa", ["LARGE"])), ("BERTLARGE", ("BERT", ["LARGE"])),
    # negatives: no known model before the capitals, and a size word in lower case
    ("DATABASE", ("DATABASE", [])), ("ZorbBASE", ("ZorbBASE", [])), ("BERTlarge", ("BERTlarge", [])),
])
def test_a_glued_size_folds(written: str, expected: tuple[str, list[str]]) -> None:
    name, _, sizes = canonical(written, MODEL, {"bert": (MODEL, "BERT"), "roberta": (MODEL, "RoBERTa")})
    assert (name, sizes) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "results listed after a result cue": [
        # a trial's sentence: "..., yielding MoE-BERT and MoE-T5" introduced only the first
        ("We adapt BERT and T5 to expert parallelism, yielding MoE-BERT and MoE-T5.", "",
         {"BERT": "USES", "T5": "MENTIONS", "MoE-BERT": "INTRODUCES", "MoE-T5": "INTRODUCES"}),
        # negatives: insights yielded on others' models
        ("We compare BERT and T5, yielding insights on MoE-BERT and MoE-T5.", "",
         {"BERT": "MENTIONS", "T5": "MENTIONS", "MoE-BERT": "USES", "MoE-T5": "USES"}),
    ],
    "models named in apposition to a class the paper releases": [
        # "we release pretrained language models (PLM) for Korean, KLUE-BERT and KLUE-RoBERTa"
        ("Along with the data, we release pretrained language models for Korean, ZorbBERT and ZorbLM.", "",
         {"ZorbBERT": "INTRODUCES", "ZorbLM": "INTRODUCES"}),
        ("We release two language models, ZorbBERT, QuillBERT and ZorbLM.", "",
         {"ZorbBERT": "INTRODUCES", "QuillBERT": "INTRODUCES", "ZorbLM": "INTRODUCES"}),
        # negatives: benchmarks named after a modifier, languages
        ("We report accuracy on two benchmarks, ZorbQA and QuillQA.", "",
         {"ZorbQA": "EVALUATED_ON", "QuillQA": "EVALUATED_ON"}),
    ],
    "the model a naming clause names": [
        # "we show that the resulting model, which we call mBARTHez, provides a significant boost"
        ("We continue pretraining BART on our corpus, and the resulting model, which we call mZorbez, is better.", "",
         {"BART": "USES", "mZorbez": "INTRODUCES"}),
        # negatives: data so named
        ("We collect a corpus of 300 hours of speech, which we call ZorbSpeech.", "", {"ZorbSpeech": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize("abstract", [
    "We collect a corpus of 300 hours of speech, which we call ZorbSpeech.",
    "We collect a benchmark of questions about each model, which we call ZorbSpeech, and test 12 LLMs on it.",
])
def test_named_data_stays_data(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == {(DATASET, "ZorbSpeech")}


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "training LIMA, a 65B parameter LLaMa language model fine-tuned with the standard supervised loss"
    ("We measure this by training Zorba, a 65B parameter LLaMA language model fine-tuned on 1,000 prompts.",
     "Zorba: Less Is More", {("Zorba", "LLaMA")}),
    ("We present Zorba, a BERT sentence encoder for retrieval.", "", {("Zorba", "BERT")}),
    # "DIVeR builds on the key ideas of NeRF and its variants"
    ("Zorbiver builds on the key ideas of NeRF and its variants to learn 3D object models.", "Zorbiver: Fast Fields",
     {("Zorbiver", "NeRF")}),
    # "we introduce Dilated Neighborhood Attention (DiNA) ... Dilated Neighborhood Attention Transformer (DiNAT)"
    ("We introduce Zorbic Quill Attention (ZQA), an extension. We then introduce Zorbic Quill Attention "
     "Transformer (ZQAT), a hierarchical model.", "", {("ZQAT", "ZQA")}),
    # "We adapt two popular models, namely Vision Transformer and Multiscale Vision Transformers, to reversible
    # variants"
    ("We present Zorbic Transformers, a memory efficient design. We adapt two popular models, namely Vision "
     "Transformer and Swin Transformer, to reversible variants.", "",
     {("Zorbic Transformer", "Vision Transformer"), ("Zorbic Transformer", "Swin Transformer")}),
    # "the test results of the proposed CHHO algorithm" beside "Harris Hawk’s Optimizer (HHO)"
    ("Zorb Falcon Optimizer (ZFO) is a search algorithm. We improve it with chaos. The proposed CZFO algorithm beats "
     "PSO.", "An Improved Chaotic Zorb Falcon Optimizer for Design Problems", {("CZFO", "ZFO")}),
    # a trial's sentence: results listed after "yielding", each named after its parent
    ("We adapt two popular models, namely BERT and T5, to expert parallelism, yielding MoE-BERT and MoE-T5.",
     "Sparse Upcycling of Encoders", {("MoE-BERT", "BERT"), ("MoE-T5", "T5")}),
    # negatives: others' compound base after "unlike already existing", a rival, an acronym one letter longer
    # that the paper does not present, ideas of a field
    ("We introduce Zorbez, a French model. Unlike already existing BERT-based French models such as CamemBERT, "
     "Zorbez generates text.", "", set()),
    ("We present Zorba, a 7B model. Zorba outperforms a 65B parameter LLaMA language model fine-tuned on chat.",
     "", set()),
    ("We compare CZFO and ZFO on ten problems.", "", set()),
    ("We introduce QMAE, a quantization scheme, and compare it with Masked Autoencoders (MAE) on COCO.", "", set()),
    ("We adapt several existing methods, including MAML, ProtoNet and Reptile, to our setting and propose Zorb.",
     "", set()),
    ("Zorbiver builds on the key ideas of volume rendering.", "Zorbiver: Fast Fields", set()),
])
def test_the_parent_of_what_the_paper_presents(ex: Extractor, abstract: str, title: str,
                                               pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
