"""Kinds of fault seen in round 34 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations
from kg.extract import Extractor
from kg.model import DATASET, MODEL
from kg.sources.records import record_text

NODES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a field of study written as one word or its acronym": [
        # AutoML, AutoRL, MLOps, Bayesian optimization (BO): fields, no models; the system named beside them is
        ("We present Zorb, an open-source AutoML library for tabular data.", {(MODEL, "Zorb")}),
        ("We study AutoRL and MLOps pipelines at scale.", set()),
        ("Bayesian Optimization (BO) is sample-efficient; we introduce an efficient BO framework, namely QuillBO.",
         {(MODEL, "QuillBO")}),
        # negatives: a name that opens with a field's word is a name
        ("We present AutoZorb, a system that tunes itself.", {(MODEL, "AutoZorb")}),
    ],
    "a word of data inside a method's long form": [
        # "Data" before "Description" is no head: the long form names a method, not a data set
        ("Embeddings are analyzed by Deep Quill Vector Data Description (Deep QVDD), which models normal patterns.",
         {(MODEL, "Deep QVDD")}),
        ("We compare with Prior-Data Zorb Network (PZN) on small tables.", {(MODEL, "PZN")}),
        # negatives: a word of data that ends the long form, or comes before a preposition, heads it
        ("We release the Quill Preference Pairs (QPP) for reward modeling.", {(DATASET, "QPP")}),
        ("We fine-tune BERT on the Zorb Dataset for Reasoning (ZDR).", {(MODEL, "BERT"), (DATASET, "ZDR")}),
    ],
    "multilingual BERT, a model of its own": [
        ("We present smaller versions of multilingual BERT evaluated on the XNLI data set.",
         {(MODEL, "multilingual BERT"), (DATASET, "XNLI")}),
        ("ZorbBERT, a Swahili language model, outperforms mBERT and M-BERT baselines.",
         {(MODEL, "ZorbBERT"), (MODEL, "multilingual BERT")}),
        # negatives: BERT alone is BERT
        ("ZorbBERT, a Swahili language model, outperforms BERT.", {(MODEL, "ZorbBERT"), (MODEL, "BERT")}),
    ],
    "a capitalized word with a lower-case part after its hyphen, opening a name": [
        ("This model learns pairwise interactions like Field-aware Zorb Machine, on this basis.",
         {(MODEL, "Field-aware Zorb Machine")}),
        ("We compare with the Context-aware Quill Network on three tasks.", {(MODEL, "Context-aware Quill Network")}),
        # negatives: a generic word with such a tail is a kind of model, no name
        ("We compare Graph-based Neural Networks on three tasks.", set()),
    ],
    "a long form and its acronym in a list of models": [
        # a list its head word says holds models names each member, whatever its long form's last word
        ("We compare with baselines such as Follow the Quill Leader (FQL) and Zorb Elimination (ZE).",
         {(MODEL, "FQL"), (MODEL, "ZE")}),
        # negatives: a list of tasks or metrics names none
        ("We report metrics such as Mean Absolute Error (MAE) and Root Mean Square Error (RMSE).", set()),
        ("ZorbNet handles tasks like Sentiment Analysis (SA) and Named Entity Recognition (NER).",
         {(MODEL, "ZorbNet")}),
    ],
    "a model's head word right before a name": [
        ("ZorbBERT outperforms the recent best pre-trained multilingual model QX-R (Lee et al., 2020) on all tasks.",
         {(MODEL, "ZorbBERT"), (MODEL, "QX-R")}),
        # negatives: a letter standing for a model is no name
        ("We use the model M to predict labels.", set()),
    ],
    "a name glued to a year, which a citation key looks like": [
        # a capitalized word and a year is a citation key ("following Qiu2024") unless the title opens with it, a
        # head follows it or an introducing verb names it
        ("Here, we present Zorbkit2020: the first large-scale public benchmark for time series classification.",
         {(DATASET, "Zorbkit2020")}),
        ("We evaluate our neural network on the Zorbkit2020 dataset.", {(DATASET, "Zorbkit2020")}),
        # negatives
        ("We train a single-GPU model, following Qiu2024, and test it on Pashto speech.", set()),
    ],
    "an apposition after a colon or an em dash": [
        ("We release ZorbLM: a suite of open-source LLMs adapted to the medical domain.", {(MODEL, "ZorbLM")}),
        ("We present QuillBench\u2014a benchmark of 500 questions for our language model.",
         {(DATASET, "QuillBench")}),
    ],
    "capitalized tasks listed after 'tasks'": [
        # a task in capitals ("Part of Speech Tagging") is no data set, though a list of tasks may name data sets
        ("We evaluate ZorbBERT on downstream tasks, namely, Part of Speech Tagging, Named Entity Recognition and "
         "Classification, and Question Answering.", {(MODEL, "ZorbBERT")}),
        # negatives: a named data set among tasks stays one
        ("We evaluate ZorbBERT on five tasks: CoNLL Tagging, QuillQA and MNLI.",
         {(MODEL, "ZorbBERT"), (DATASET, "CoNLL Tagging"), (DATASET, "QuillQA"), (DATASET, "MNLI")}),
    ],
    "the kinds of a singular model head after ', including'": [
        ("Methods build the response through a probabilistic surrogate model, including Tree-structured Quill "
         "Estimator (TQE), Sequential Model Zorb Configuration (SMZC), and Gaussian process (GP).",
         {(MODEL, "TQE"), (MODEL, "SMZC")}),
        # negatives: a model's parts are no names
        ("We present our model, including its encoder and decoder, and compare it with BERT.", {(MODEL, "BERT")}),
    ],
    "known models whose shape says nothing": [
        # speaker-embedding extractors and word embeddings written in lower case or as a plain word
        ("The successful x-vector architecture is a time delay network; ZorbNet improves on it.",
         {(MODEL, "x-vector"), (MODEL, "ZorbNet")}),
        ("We train ZorbTagger using Flair plus GloVe embeddings and compare with fastText.",
         {(MODEL, "ZorbTagger"), (MODEL, "Flair"), (MODEL, "GloVe"), (MODEL, "fastText")}),
        # negatives: the common word
        ("ZorbNet adds a certain flair to vector search.", {(MODEL, "ZorbNet")}),
    ],
    "a list member that ends in hardware": [
        ("We fine-tune ZorbLM for reasoning under constrained computational resources, such as Quill GPUs.",
         {(MODEL, "ZorbLM")}),
        # negatives: a name ending in a common abbreviation is a name
        ("Flow-matching text-to-speech (TTS) models, such as Voicebox, Zorb TTS, and Quill-TTS, are popular.",
         {(MODEL, "Voicebox"), (MODEL, "Zorb TTS"), (MODEL, "Quill-TTS")}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


RELATIONS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "TeX's dashes, as a build reads them": [
        # "--" prints an en dash, a hyphen inside a name; "---" an em dash, which sets off what follows
        ("We introduce Zorb--Quill---an open-source library for forecasting. Zorb--Quill combines models.",
         {"Zorb-Quill": "INTRODUCES"}),
        ("We propose a new method---QuillRule---that learns rules, and compare it with ZorbRule.",
         {"QuillRule": "INTRODUCES", "ZorbRule": "COMPARES_WITH"}),
        # negatives: two scientists' names joined by an en dash, and a range of numbers, name no model
        ("We solve the Kadison--Singer problem for 50--68 vertices.", {}),
    ],
    "a defined acronym written again inside an extension's long form": [
        # the acronym stays the name where the text writes it again, and the extension builds on it
        ("We study the Follow the Quill Leader (FQL) dynamics in games. FQL converges on average. We propose mutant "
         "FQL (M-FQL), an algorithm. M-FQL converges faster than FQL.",
         {"FQL": "COMPARES_WITH", "M-FQL": "INTRODUCES"}),
    ],
    "a name given to the work the paper builds upon, and a name the paper's scheme is renamed to": [
        ("In this paper, we build upon a recently introduced methodology called Deep Zorb Elimination (DZE) that "
         "uses neural networks. The main feature of our new scheme, renamed NeuroZorb, is that it adapts the loss.",
         {"DZE": "USES", "NeuroZorb": "INTRODUCES"}),  # the paper uses what its model builds on
        # negatives: the paper's own recipe based on another's model, named after it
        ("We also propose a simple recipe based on the T0 model called Zorb-Few that needs no tuning.",
         {"T0": "USES", "Zorb-Few": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, expected: dict[str, str]) -> None:
    assert relations(ex, record_text(abstract)) == expected
