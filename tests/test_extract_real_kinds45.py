"""Kinds of fault seen in round 45 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import aliases, entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a task in capitals in a list of tasks": [
        # "the proposed BayesCNN architecture is applied to tasks like Image Classification, Image Super-Resolution
        # and Generative Adversarial Networks"
        ("Furthermore, the proposed ZorbCNN architecture is applied to tasks like Image Classification, Image "
         "Deblurring and Image Super-Resolution.", "", {(MODEL, "ZorbCNN")}),
        ("We apply ZorbCNN to Image Classification, Super-Resolution and Image Dehazing with deep learning.", "",
         {(MODEL, "ZorbCNN")}),
        # negatives: data sets listed after "tasks like" are still data sets
        ("We apply ZorbCNN to tasks like ZorbQA, QuillBench and SQuAD.", "",
         {(MODEL, "ZorbCNN"), (DATASET, "ZorbQA"), (DATASET, "QuillBench"), (DATASET, "SQuAD")}),
    ],
    "a long form going on past 'from' to its acronym": [
        # "we propose LogBERT, a self-supervised framework for log anomaly detection based on Bidirectional Encoder
        # Representations from Transformers (BERT)"
        ("In this paper, we propose LogZorb, a framework for anomaly detection based on Sparse Token Mixers from "
         "Images (STMI).", "", {(MODEL, "LogZorb"), (MODEL, "STMI")}),
        ("In this paper, we propose LogZorb, a framework for anomaly detection based on Bidirectional Encoder "
         "Representations from Transformers (BERT).", "", {(MODEL, "LogZorb"), (MODEL, "BERT")}),
        # negatives: "from" names where the phrase comes from, no acronym after it
        ("In this paper, we propose LogZorb, a framework for anomaly detection based on Sparse Token Mixers from "
         "Google.", "", {(MODEL, "LogZorb"), (MODEL, "Sparse Token Mixer")}),
    ],
    "a lower-case data set in apposition after an article": [
        # "Experiments on a large knowledge graph dataset, ogbl-wikikg2, show that our model achieves ..."
        ("Experiments on a large knowledge graph dataset, ogbl-zorbkg3, show that our model achieves the best "
         "results.", "", {(DATASET, "ogbl-zorbkg3")}),
        # negatives: a plain compound word in apposition
        ("We train ZorbNet on a noisy dataset, long-tailed, and small.", "", {(MODEL, "ZorbNet")}),
    ],
    "hardware named by the board it is": [
        # "On a ZC706 embedded FPGA platform drawing less than 25 W total system power, we demonstrate ..."
        ("We run ZorbNet on a ZQ706 embedded FPGA platform drawing less than 25 W.", "", {(MODEL, "ZorbNet")}),
        ("We deploy ZorbNet on a Quill X2 development board.", "", {(MODEL, "ZorbNet")}),
        # negatives: a model's features embedded in another
        ("We compare ZorbNet embedded features with BERT.", "", {(MODEL, "ZorbNet"), (MODEL, "BERT")}),
    ],
    "an acronym spelled out in the plural and written again in the singular": [
        # "applying Cross Venn-ABERS Predictors (CVAPs) on data ... The results show that CVAP produces ..."
        ("We present a study applying Cross Zorb-Quill Predictors (CZQPs) on data. The results show that CZQP "
         "produces calibrated predictions, making CZQP an interesting method.", "", {(MODEL, "CZQP")}),
        # negatives: the plural alone is the name as the paper gives it; a head word's plural folds as before
        ("We present a study applying Cross Zorb Predictors (CZPs) on data. The results show that CZPs work.", "",
         {(MODEL, "CZPs")}),
        ("We apply Latent Zorb Models (LZMs) to data; LZMs outperform GPT-4.", "",
         {(MODEL, "LZM"), (MODEL, "GPT-4")}),
    ],
    "a title's words that spell out a long form the abstract defines": [
        # "A Novel Architecture Implementation Using Multi Scale Shared Residual Network from Remote Sensing Images
        # ..." over "multi scale shared residual network (MSSResNet)": no ResNet
        ("This paper proposes segmentation with a deep convolution network of multi scale zorb residual network "
         "(MSZResNet) with attention blocks.",
         "A Novel Architecture Using Multi Scale Zorb Residual Network from Satellite Images",
         {(MODEL, "MSZResNet")}),
        # negatives: a title whose long form writes a known name as itself
        ("To address these issues, we propose a fully complex dual-path zorb conformer network (DZFormer) for "
         "speech enhancement.", "DZFormer: A Fully Complex Dual-Path Zorb Conformer Network for Speech Enhancement",
         {(MODEL, "DZFormer"), (MODEL, "Conformer")}),
    ],
    "a name the paper gives that runs on past a preposition": [
        # "a new ... algorithm for learning a probability distribution on the weights of a neural network, called
        # Bayes by Backprop."
        ("We introduce a new algorithm for learning a distribution on the weights of a neural network, called Bayes "
         "by Quill. It regularises the weights.", "", {(MODEL, "Bayes by Quill")}),
        ("We introduce a new algorithm for learning, called Zorb for Images, and test it.", "",
         {(MODEL, "Zorb for Images")}),
        # negatives: the name ends before a place or a lower-case phrase
        ("We propose a method called Zorb in Python.", "", {(MODEL, "Zorb")}),
        ("We introduce a new algorithm called Zorb for images of cats.", "", {(MODEL, "Zorb")}),
        ("We use a method called Bayes.", "", set()),
    ],
    "a known module named by its acronym": [
        # "alleviating the issue of critical feature loss ... in traditional FPN structures", "with CBAM blocks"
        ("We design a Re-ZiC module, alleviating the issue of feature loss in traditional FPN structures.", "",
         {(MODEL, "Re-ZiC"), (MODEL, "FPN")}),
        ("We use CBAM blocks with expanded receptive fields in ZorbNet.", "", {(MODEL, "CBAM"), (MODEL, "ZorbNet")}),
    ],
    "a data set's yearly track": [
        # "with more than $9$% gains on NDCG@10 on TREC DL 2019, leading to ..." (round 36's set, read this round)
        ("ZorbRet improves results on the TREC DL 2019 evaluation and on MS MARCO.", "",
         {(MODEL, "ZorbRet"), (DATASET, "TREC DL 2019"), (DATASET, "MS MARCO")}),
        ("ZorbRet improves results on MS MARCO and TREC COVID 2020.", "",
         {(MODEL, "ZorbRet"), (DATASET, "TREC COVID 2020"), (DATASET, "MS MARCO")}),
        # negatives: a year that is no part of the name
        ("ZorbRet improves results on TREC in 2019 and on MS MARCO.", "",
         {(MODEL, "ZorbRet"), (DATASET, "TREC"), (DATASET, "MS MARCO")}),
    ],
    "a paradigm spelled out as a gerund and its object": [
        # "Synthesizing intended programs from user-specified input-output examples, also known as Programming by
        # Examples (PBE), is a challenging problem in program synthesis"
        ("Synthesizing programs from examples, also known as Programming by Zorbs (PBZ), is a challenging problem. "
         "A key challenge in PBZ is search.", "", set()),
        # negatives: the paper's own method so named
        ("We propose Learning to Zorb (L2Z), a new method for ranking. L2Z outperforms BERT.", "",
         {(MODEL, "L2Z"), (MODEL, "BERT")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a data set the paper establishes": [
        # "Additionally, we have established the first geoscience benchmark, GeoBenchmark, to evaluate LLMs"
        ("Additionally, we have established the first geoscience benchmark, GeoZorb, to evaluate LLMs.", "",
         {"GeoZorb": "INTRODUCES"}),
        # negatives: "establish" stating a finding
        ("We establish that ZorbNet outperforms QuillNet on the first benchmark.", "",
         {"QuillNet": "COMPARES_WITH", "ZorbNet": "MENTIONS"}),
    ],
    "the presented model": [
        # "It is worth pointing out that the presented 2Atts-LSTM is a general model" (a misspelling of the name the
        # abstract introduced)
        ("We propose a novel model, termed 2Zorb-LSTM, for wind data. It is worth pointing out that the presented "
         "2Zorbs-LSTM is a general model.", "", {"2Zorb-LSTM": "INTRODUCES", "2Zorbs-LSTM": "INTRODUCES"}),
        # negatives: results presented by others
        ("We compare our method with ZorbNet on retrieval. The presented results of ZorbNet are weak.", "",
         {"ZorbNet": "COMPARES_WITH"}),
    ],
    "a title that calls a new name a model for a task": [
        # "A BERT-BiLSTM-CRF Model for Chinese Electronic Medical Records Named Entity Recognition" over "we apply a
        # BERT-BiLSTM-CRF model to Chinese electronic medical records named entity recognition in this paper"
        ("To solve this problem, we apply a Zorb-BiLSTM-CRF model to clinical named entity recognition in this paper.",
         "A Zorb-BiLSTM-CRF Model for Clinical Named Entity Recognition", {"Zorb-BiLSTM-CRF": "INTRODUCES"}),
        # negatives: a known model in that title is used
        ("We apply a BERT model to clinical records.", "A BERT Model for Clinical Named Entity Recognition",
         {"BERT": "USES"}),
    ],
    "a name the study compares and then reports on": [
        # "... claiming to outperform XGBoost for some use-cases ... Our study shows that XGBoost outperforms these
        # deep models across the datasets"
        ("For classification problems with tabular data, the use of tree ensemble models (like ZorbBoost) is usually "
         "recommended. However, several deep learning models for tabular data have recently been proposed, claiming "
         "to outperform ZorbBoost for some use-cases. In this paper, we explore whether these deep models should be "
         "a recommended option, by comparing the new deep models to ZorbBoost on a variety of datasets. Our study "
         "shows that ZorbBoost outperforms these deep models across the datasets. We also demonstrate that ZorbBoost "
         "requires much less tuning.", "", {"ZorbBoost": "COMPARES_WITH"}),
        # negatives: a new name that opens the result sentences is the paper's own
        ("Zorbgate achieves the best accuracy on GLUE. Zorbgate also cuts the cost by half.", "",
         {"Zorbgate": "INTRODUCES", "GLUE": "EVALUATED_ON"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    # "we propose LogBERT, a self-supervised framework for log anomaly detection based on Bidirectional Encoder
    # Representations from Transformers (BERT)"
    ("", "In this paper, we propose LogZorb, a framework for anomaly detection based on Bidirectional Encoder "
     "Representations from Transformers (BERT).", {("LogZorb", "BERT")}),
    ("", "In this paper, we propose LogZorb, a framework for anomaly detection based on Sparse Token Mixers from "
     "Images (STMI).", {("LogZorb", "STMI")}),
    # "The technique is a variation of Stochastic Neighbor Embedding (Hinton and Roweis, 2002) that is much easier
    # to optimize"
    ("", "We present a new technique called QuillMap. The technique is a variation of Stochastic Quill Embedding "
     "(Hinton and Roweis, 2002) that is much easier to optimize.", {("QuillMap", "Stochastic Quill Embedding")}),
    ("", "We present a new technique called QuillMap. The technique is a variation of ZorbNet that is much easier "
     "to optimize.", {("QuillMap", "ZorbNet")}),
    # negatives: a model the paper does not introduce
    ("", "We study ZorbNet. The model is a variant of BERT.", set()),
    # "this study develops a high-accuracy sheep face recognition model named ResNet-SFR. The core innovation of this
    # model is the deepening of the feature extraction network of the original ResNet50"
    ("", "This study develops a model named ZorbNet-SFR. The core innovation of this model is the deepening of the "
     "feature extraction network of the original ResNet50.", {("ZorbNet-SFR", "ResNet50")}),
    ("", "This study develops a model named ZorbNet-SFR. We deepen the feature extraction network of the original "
     "ResNet50.", {("ZorbNet-SFR", "ResNet50")}),
    # negatives: the original model set apart
    ("", "We propose ZorbNet. Unlike the original BERT, it is small.", set()),
    # "by introducing a TrajGRU deep learning model to forecast reflectivity, and a procedure based on the UMAP
    # dimensionality reduction algorithm": the procedure is based on UMAP
    ("", "We validate the dataset by introducing a QuillGRU deep learning model to forecast reflectivity, and a "
     "procedure based on the UMAP dimensionality reduction algorithm for exploration.", set()),
    # negatives: the paper's model based on it
    ("", "We introduce QuillGRU, a model based on the UMAP algorithm for exploration.", {("QuillGRU", "UMAP")}),
])
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("title", "abstract", "name", "expected"), [
    # "PCF: ECAPA-TDNN with Progressive Channel Fusion for Speaker Verification": a later part of the title spells
    # the name the title opens with
    ("QCF: ZORB-TDNN with Quill Channel Fusion for Speaker Verification", "We propose a new strategy.", "QCF",
     [["Quill Channel Fusion"]]),
    # negatives: no part spells it
    ("QCF: ZorbNet with Channel Fusion for Speaker Verification", "We propose a new strategy.", "QCF", [[]]),
    # "Experiments on the MIND news dataset", "evaluated using the MIT-BIH arrhythmia database": the data set's name
    # as written with its kind
    ("", "Experiments on the Quillo news dataset demonstrate that ZorbRec outperforms existing methods.", "Quillo",
     [["Quillo news dataset"]]),
    ("", "The model was evaluated using the ZORB-QIH arrhythmia database and achieved high accuracy.", "ZORB-QIH",
     [["ZORB-QIH arrhythmia database"]]),
    # "Extensive experimental results on REVERB challenge demonstrated that ...": the challenge's data
    ("", "Extensive experimental results on ZORBVERB challenge demonstrated that ZorbNet works.", "ZORBVERB",
     [["ZORBVERB challenge"]]),
    # negatives: a split or a plain word before the head
    ("", "We train ZorbNet on the Quillo training dataset and report results.", "Quillo", [[]]),
])
def test_a_name_answers_to_the_other_writing_the_paper_gives(ex: Extractor, title: str, abstract: str, name: str,
                                                            expected: list[list[str]]) -> None:
    assert aliases(ex, abstract, title, name) == expected
