"""Kinds of fault seen on the development parts of `real21`-`real23` in round 31 (issues 11 and 16), each with
invented sentences of its own: every name here (Finchly, Wrenbert, Quillnet, ...) is written for the test, and each
table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, kind_cases
from kg.extract import Extractor

Pairs = Callable[[str], set[tuple[str, str]]]  # the builds_on fixture of conftest.py

ParentCase = tuple[str, set[tuple[str, str]]]  # (abstract, its (child, parent) pairs)
TitledCase = tuple[str, str, set[str], set[tuple[str, str]]]  # (abstract, title, introduced, pairs)

PARENTS: dict[str, list[ParentCase]] = {
    "ours, a [modifiers] X model": [
        # a known model's name before a model head in apposition to ours says what kind of model ours is
        ("We present Finchly, a BERT model for Galician.", {("Finchly", "BERT")}),
        ("We present Finchly, a monolingual BERT model for Galician.", {("Finchly", "BERT")}),
        ("We present Finchly, a Galician BERT model, and compare it with RoBERTa.", {("Finchly", "BERT")}),
        # negatives: a model the apposition's own phrase is for, or one named after a verb in it
        ("We present Finchly, a dataset for BERT models.", set()),
        ("We introduce Finchly, a benchmark on which BERT models fail.", set()),
        ("We present Finchly, a new LLM, and show it beats a GPT-4 model.", set()),
    ],
    "we present a [modifiers] X model for ...": [
        # the paper's one model is a new model of a known kind, trained or presented by "we" or "this paper"
        ("We introduce Finchly. We pretrain a BERT model on legal text.", {("Finchly", "BERT")}),
        ("We introduce Finchly. This paper presents a monolingual BERT model for Galician.", {("Finchly", "BERT")}),
        ("We introduce Finchly. In this work we present a Portuguese T5 model pretrained on web text.",
         {("Finchly", "T5")}),
        # negatives: a standard model as a baseline, a model trained on our data, from scratch for comparison
        ("We introduce Finchly. We train a standard BERT model on legal text as a baseline.", set()),
        ("We present Finchly, a new dataset. We train a BERT model on Finchly.", set()),
        ("We introduce Finchly. We also train a BERT model from scratch for comparison.", set()),
    ],
    "combines the A of X with the B of Y": [
        ("We present Finchly, an agent that combines the semantic understanding of Clipper with the spatial precision "
         "of WrenPort.", {("Finchly", "Clipper"), ("Finchly", "WrenPort")}),
        ("We present Finchly, an agent that combines the broad semantic understanding (what) of Clipper [1] with the "
         "spatial precision (where) of WrenPort [2].", {("Finchly", "Clipper"), ("Finchly", "WrenPort")}),
        # negatives: outputs combined are data, not parents
        ("We present Finchly, which combines the outputs of Clipper with the predictions of WrenPort.", set()),
    ],
    "strategies to enhance the performance of X": [
        ("We introduce Finchly. This paper proposes three distinct strategies to enhance the performance of the "
         "You Only Look Once version 5 (YOLOv5) model in object detection.", {("Finchly", "YOLOv5")}),
        ("We introduce Finchly. We propose two modules to improve the accuracy of WrenPort on small insects.",
         {("Finchly", "WrenPort")}),
        # negatives: a method's workload, a result compared, a process sped up
        ("We present Finchly, a prompting method. We propose two strategies to improve the performance of GPT-4 on "
         "math.", set()),
        ("We present Finchly, a new model. Finchly improves the accuracy of WrenPort by 3 points.", set()),
        ("We present Finchly, a caching method that improves the performance of WrenPort inference.", set()),
    ],
    "an architecture inspired by X, named later": [
        ("This observation leads us to propose a novel deep network architecture inspired by Wrenception, where its "
         "modules are replaced with separable convolutions. We show that this architecture, dubbed Finchly, is "
         "fast.", {("Finchly", "Wrenception")}),
        ("We propose a new architecture inspired by Wrenception. We call it Finchly.", {("Finchly", "Wrenception")}),
        # negatives: inspired by no model; others' work
        ("We propose Finchly, a detector inspired by human vision, and compare it with WrenPort.", set()),
        ("Prior work proposed a network inspired by Wrenception. We present Finchly, a detector.", set()),
    ],
    "we use a means to enhance X; the resulting model, named Ours": [
        ("We employ parameter-efficient tuning to enhance Wrenlama, an open-source language model. The resulting "
         "model, named Finchly, performs well. We also propose a technique called Self-Distill with Feedback.",
         {("Finchly", "Wrenlama")}),
        ("We introduce Finchly. We employ parameter-efficient tuning to fine-tune Wrenlama on chat data.",
         {("Finchly", "Wrenlama")}),
        # negatives: a method of ours applied to a model; data of ours used to tune one
        ("We present Finchly, a prompting method. We use it to enhance GPT-4 on math.", set()),
        ("We present Finchly, a new dataset. We use it to fine-tune Wrenlama.", set()),
    ],
    "ours, pruning X: a derivation gerund after the name": [
        ("We show this by presenting the Finchly-LM series, pruning the Wrenlama-7B model down to 1.3B and 2.7B "
         "parameters.", {("Finchly-LM", "Wrenlama")}),
        ("We present Finchly-LM, compressing Wrenlama-7B to 4 bits.", {("Finchly-LM", "Wrenlama")}),
        # negatives: a comparison's clause; a method evaluated on a model
        ("We compare Finchly-LM with Quill-7B, pruning Wrenlama-7B down to 1.3B parameters.", set()),
    ],
    "motivated by the success of X, we propose ours; a modified X in our system": [
        ("Motivated by the success of T5 (Text-To-Text Transfer Transformer) in language processing, we propose a "
         "unified-modal SpeechQuill framework for speech.", {("SpeechQuill", "T5")}),
        ("This paper describes Tacoquill 2, a network for speech synthesis. The system is composed of a recurrent "
         "network, followed by a modified WaveNet model acting as a vocoder.", {("Tacoquill 2", "WaveNet")}),
        # negatives: a modified rival compared with ours
        ("We present HeronNet, a new model. We compare HeronNet with a modified MarlinNet.", set()),
    ],
    "we develop algorithms based on X; our first algorithm, A; our second, B": [
        ("We develop efficient algorithms based on the classic Exp3 algorithm. Our first algorithm, RealLinQuill, "
         "achieves a regret guarantee. Our second algorithm, RobustLinQuill, is robust.",
         {("RealLinQuill", "Exp3"), ("RobustLinQuill", "Exp3")}),
        # negatives: others' algorithms compared
        ("We compare with algorithms based on the classic Exp3 algorithm. Our first algorithm, RealLinQuill, achieves a "
         "regret guarantee.", set()),
    ],
    "a later variant with a lettered version": [
        ("We propose Quillspeech 2, which fixes Quillspeech. We further design Quillspeech 2s, which generates "
         "waveforms.", {("Quillspeech 2", "Quillspeech"), ("Quillspeech 2s", "Quillspeech 2")}),
    ],
}

ENTITIES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {  # (abstract, title, (label, name) entities)
    "a name the paper types as data keeps that type where it is written again": [
        ("Datasets such as Quillbugs-4J and PyFaults contain bugs. Projects (including those used in Quillbugs-4J and "
         "PyFaults) hold many bugs.", "", {("Dataset", "Quillbugs-4J"), ("Dataset", "PyFaults")}),
    ],
    "no names: hardware, imaging modalities, compound adjectives, a paper kind opening the title": [
        ("Our Wrenmore processor samples one instance of a quantum circuit in 200 seconds.", "", set()),
        ("We train on 15,000 scans and evaluate on four brain MR datasets.", "", set()),
        ("As LLMs are used to generate personas, we audit them.",
         "A Tale of Two Identities: An Audit of Human and AI-Crafted Personas", set()),
        ("We detect LLM-Generated Text with Quill-Tuned detectors.", "", set()),
        ("Memory corruption bugs in low-level languages are a problem.", "SoK: Eternal War in Memory", set()),
        # negatives: a name ending in a word like a participle; hardware named by the gazetteer stays hardware
        ("We introduce Quill-Seed, a model.", "", {("Model", "Quill-Seed")}),
    ],
    "a plural acronym of a class written after a quantifier": [
        ("While most Spoken Dialogue Models (SDMs) operate in half-duplex mode, emerging full-duplex SDMs can listen "
         "and speak.", "", set()),
        # negatives: the paper's own plural name; a family others proposed, never quantified
        ("We propose Graph Echo Networks (GENs), which route tokens. Unlike existing routers, GENs are fast.", "",
         {("Model", "GEN")}),
        ("Graph Echo Networks (GENs) were proposed by Smith. GENs route tokens.", "", {("Model", "GEN")}),
    ],
    "members of a kind, roles and negated names are no names": [
        ("There are four instruction types: Judgement, Multiple-Choice, Long Visual Question Answering and Short "
         "Visual Question Answering.", "", set()),
        ("Second, we introduce three collaborative agents (Planning, Reasoning, and Decision) where the Decision "
         "Agent writes the answer.", "", set()),
        ("Single-pass (no-CoT) accuracy degrades, while Quill-CoT is flat.", "", {("Model", "Quill-CoT")}),
        # negatives: members of a list of models after a colon stay names
        ("We evaluate three detectors: Quillnet, Zorbnet, and Wrenception.", "",
         {("Model", "Quillnet"), ("Model", "Zorbnet"), ("Model", "Wrenception")}),
    ],
    "names before a model head inside a list of benchmarks are models": [
        ("On five benchmarks, including Hateful Memes with Clipper-ViT and DeBERTa backbones, Quillnet improves "
         "accuracy.", "", {("Model", "Clipper-ViT"), ("Model", "DeBERTa"), ("Model", "Quillnet")}),
        # negatives: the members of a list of benchmarks
        ("We evaluate on benchmarks such as ZorbQA and QuillBench.", "", {("Dataset", "ZorbQA"),
                                                                         ("Dataset", "QuillBench")}),
    ],
    "a data word inside a hyphened modifier of an apposition is no head; a modeling objective is no name": [
        ("We propose ZorbRSI, a benchmark-disjoint, contrastive, and modular framework for harness evolution.", "",
         {("Model", "ZorbRSI")}),
        ("First, it is trained on an unsupervised corpus using Masked Language Modeling (MLM). Then we tune it.", "",
         set()),
        # negatives: a data head; the paper's own objective named as a method
        ("We release ZorbQA, a benchmark of 12 tasks.", "", {("Dataset", "ZorbQA")}),
        ("We propose Masked Zorb Modeling (MZM), a new pre-training method.", "", {("Model", "MZM")}),
    ],
    "no names: a bit width, a prefix word opening a sentence, common terms joined": [
        ("Multi-agent debate, where teams of LLMs exchange rationales, is widely deployed.", "", set()),
        ("LLMs can enhance recommenders by integrating collaborative filtering (CF) signals. Most existing CF-LLM "
         "frameworks collapse ratings.", "", set()),
        # negatives: a name after a prefix; a name defined in capitals, joined
        ("We compare with Self-Instruct and Co-Quill.", "", {("Model", "Self-Instruct"), ("Model", "Co-Quill")}),
        ("We propose Zorb Filtering (ZF). ZF-LLM is fast.", "", {("Model", "ZF"), ("Model", "ZF-LLM")}),
        ("Spatial models use generalized quill squares (QLS). We propose NN-QLS, a new neural network estimator.", "",
         {("Model", "NN-QLS")}),
    ],
    "sentence-case list items are phrases, in a TeX font switch or not": [
        ("We propose the ZorbNII, an extension of the vanilla GCN model with two techniques: {\\em Initial residual} "
         "and {\\em Identity mapping}.", "", {("Model", "ZorbNII"), ("Model", "GCN")}),
        ("We propose the ZorbNII, an extension of the vanilla GCN model with two techniques: Initial residual and "
         "Identity mapping.", "", {("Model", "ZorbNII"), ("Model", "GCN")}),
        # negatives: names in a list, one with a participle after it
        ("We compare three detectors: Quillnet trained on COCO, Zorbnet, and Wrenception.", "",
         {("Model", "Quillnet"), ("Model", "Zorbnet"), ("Model", "Wrenception"), ("Dataset", "COCO")}),
    ],
    "versions and sizes of a data set that are data sets of their own": [
        ("We pre-train on CC3M and CC12M and on LAION-400M, and evaluate on Kinetics-400 and Kinetics-600.", "",
         {("Dataset", "CC3M"), ("Dataset", "CC12M"), ("Dataset", "LAION-400M"), ("Dataset", "Kinetics-400"),
          ("Dataset", "Kinetics-600")}),
    ],
    "hardware after its maker's series name": [
        ("It runs at 16 FPS on Tesla V100 and at 40 FPS on NVIDIA Tesla T4 GPUs.", "", set()),
    ],
    "a name the paper calls its own goes on over with and capitalized words": [
        ("We propose a new technique called Echo Pruning with Feedback, which helps. Echo Pruning with Feedback is "
         "fast.", "", {("Model", "Echo Pruning with Feedback")}),
        # negatives: a known model or a generic word after "with"
        ("We propose Echo Pruning with BERT, which helps.", "", {("Model", "Echo Pruning"), ("Model", "BERT")}),
    ],
    "a model apposed to a source of data is a model": [
        ("We propose APEX, trained on frozen audio embeddings extracted from MERTIS, a self-supervised music "
         "understanding model.", "", {("Model", "APEX"), ("Model", "MERTIS")}),
        # negatives: a corpus apposed
        ("We train on 53k hours of unlabeled data from ZorbVox, a corpus of talks.", "", {("Dataset", "ZorbVox")}),
    ],
    "an evaluation protocol called X (... Evaluation) is data": [
        ("Versions of QuillBERT and a unified evaluation protocol for the downstream tasks, called QLUE (Quill Language "
         "Understanding Evaluation), are shared.", "", {("Model", "QuillBERT"), ("Dataset", "QLUE")}),
    ],
    "a known model defined by its long form before a model head is not introduced": [
        ("We build a Generative Pre-trained Transformer (GPT) model for routing.", "", {("Model", "GPT")}),
    ],
}

TITLED: dict[str, list[TitledCase]] = {
    "a title's name before a subtitle of model words with no article": [
        ("We present language models for legal text.", "Finchly: Legal Language Models for Portuguese",
         {"Finchly"}, set()),
        ("This paper presents a monolingual BERT model for Galician.", "Finchly: Galician BERT Representations",
         {"Finchly"}, {("Finchly", "BERT")}),
        ("We propose an efficient transformer.", "Finchly: Efficient Transformers for Long Documents",
         {"Finchly"}, set()),
        # negatives: a common noun before a subtitle that is a clause, or that the abstract writes in lower case; a
        # task after the name, written once
        ("This paper studies robustness.", "Robustness: Pretrained Transformers Are Robust", set(), set()),
        ("This paper studies memory.", "Memory: Efficient Transformers for Long Documents", set(), set()),
        ("This paper presents a speech recognizer.", "Finchly: Scaling Speech Recognition to 100 Languages",
         set(), set()),
    ],
}


@pytest.mark.parametrize(("abstract", "pairs"), kind_cases(PARENTS))
def test_each_abstract_states_exactly_its_parents(builds_on: Pairs, abstract: str,
                                                  pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


@pytest.mark.parametrize(("abstract", "title", "intro", "pairs"), kind_cases(TITLED))
def test_each_titled_abstract_introduces_and_states_exactly(ex: Extractor, abstract: str, title: str, intro: set[str],
                                                           pairs: set[tuple[str, str]]) -> None:
    relations = ex.spans(abstract, title)["relations"]
    assert {r["target"] for r in relations if r["type"] == "INTRODUCES"} == intro
    assert {(r["source"], r["target"]) for r in relations if r["type"] == "BUILDS_ON"} == pairs


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(ENTITIES))
def test_each_abstract_yields_exactly_its_entities(ex: Extractor, abstract: str, title: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "intro"), [
    # a data set the paper builds in a by-clause of "we" is its own
    ("Second, we validate Quillnet on reactive molecules by developing the challenging ZORB dataset.", {"ZORB"}),
    # the abstract's opening sentence states what came before when a later one presents the paper's own work
    ("Wrenspire shows impressive capability in learning patches. We propose a new multi-scale training strategy and "
     "improve Wrenspire with it.", set()),
    # negatives: others' by-clause; an abstract whose only sentences speak of its model
    ("Prior work validated Quillnet by building the ZORB dataset.", set()),
    ("ZorbLM is a 7B language model trained on 2T tokens.", {"ZorbLM"}),
    # a new part given with "an" in a sentence of "This method" or "It", in a paper with one model of its own
    ("We present UniQuill++, a training-free sampler. This method is further complemented by a stable data "
     "prediction model, along with an SDE-Corrector mechanism that keeps quality.", {"UniQuill++", "SDE-Corrector"}),
    ("We present UniQuill++, a sampler. It uses a Quill-Corrector module to fix errors.",
     {"UniQuill++", "Quill-Corrector"}),
    # negatives: others' part
    ("We present UniQuill++, a sampler. Prior samplers use a Quill-Corrector module to fix errors.", {"UniQuill++"}),
])
def test_by_clauses_and_opening_sentences(introduced: Callable[..., set[str]], abstract: str, intro: set[str]) -> None:
    assert introduced(abstract) == intro


def test_a_known_model_defined_before_a_model_head_is_not_introduced(introduced: Callable[..., set[str]]) -> None:
    assert introduced("We build a Generative Pre-trained Transformer (GPT) model for routing, which we call "
                      "Finchly.") == {"Finchly"}


def test_a_name_in_bibtex_braces_is_read_without_them(introduced: Callable[..., set[str]], ex: Extractor) -> None:
    text = ("We introduce FeatureQuill-4DGS ({FQ-4DGS}), the first real-time pipeline for {4D} splats. {FQ-4DGS} is "
            "fast on {ZORBED}.")
    assert introduced(text) == {"FQ-4DGS"}
    assert entities(ex, text) == {("Model", "FQ-4DGS"), ("Dataset", "ZORBED")}


def test_a_title_of_an_adjective_and_a_known_model_states_the_base(ex: Extractor) -> None:
    relations = ex.spans("Pre-trained models such as BERT and GPT have shown great improvement. We quantize them.",
                         "Q8Quill: Quantized 8Bit BERT")["relations"]
    assert {(r["source"], r["target"]) for r in relations if r["type"] == "BUILDS_ON"} == {("Q8Quill", "BERT")}
    assert {r["target"] for r in relations if r["type"] == "INTRODUCES"} == {"Q8Quill"}


@pytest.mark.parametrize(("abstract", "expected"), [
    # every name on either side of "compare ... with / against" is compared, not used
    ("We compare WrenRet and QuillAtlas against closed-book Zorb-3.",
     {"WrenRet": "COMPARES_WITH", "QuillAtlas": "COMPARES_WITH", "Zorb-3": "COMPARES_WITH"}),
    ("We compare FinchLM with WrenRet and QuillAtlas.",
     {"FinchLM": "COMPARES_WITH", "WrenRet": "COMPARES_WITH", "QuillAtlas": "COMPARES_WITH"}),
    # negatives: the base of the name compared is used; a model used before the comparison
    ("We propose Sparse WrenRet and compare Sparse WrenRet with WrenRet.",
     {"Sparse WrenRet": "INTRODUCES", "WrenRet": "USES"}),
    ("We use WrenRet-2 and compare it with QuillAtlas-3.", {"WrenRet-2": "USES", "QuillAtlas-3": "COMPARES_WITH"}),
])
def test_names_compared_on_either_side(ex: Extractor, abstract: str, expected: dict[str, str]) -> None:
    relations = ex.spans(abstract)["relations"]
    assert {r["target"]: r["type"] for r in relations if r["source"] == "paper"} == expected


def test_data_after_a_distribution_shift_is_evaluated_on_not_trained_on(ex: Extractor) -> None:
    relations = ex.spans("We evaluate ResNet-50 trained on ImageNet on six natural distribution shifts, including "
                         "ImageNet-V2 and ImageNet-R.")["relations"]
    kinds = {r["target"]: r["type"] for r in relations if r["source"] == "paper" and r["type"] in ("USES", "EVALUATED_ON")}
    assert kinds == {"ImageNet": "USES", "ImageNet-V2": "EVALUATED_ON", "ImageNet-R": "EVALUATED_ON"}
