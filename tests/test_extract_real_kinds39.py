"""Kinds of fault seen in round 39 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

import extract_helpers
from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a letter, a dash and a common word in a case of its own": [
        # "We introduce N-HiTS, a model ...": "hits" is a common word, "HiTS" is not written as one
        ("We introduce N-ZiPS, a model which addresses both challenges.", "", {(MODEL, "N-ZiPS")}),
        ("We introduce N-HiTS, a model which addresses both challenges.", "", {(MODEL, "N-HiTS")}),
        # negatives: common words joined in their usual case
        ("We translate French-English and Text-Image pairs with a model.", "", set()),
        ("We introduce N-Hits, a count of matches.", "", set()),
    ],
    "a listed data set of several capitalized words": [
        # "on LibriSpeech and Wall Street Journal": the member runs to the list's punctuation, not "Wall" alone
        ("The network achieves high accuracy on LibriSpeech and Zorb Street Journal, while having fewer "
         "parameters.", "", {(DATASET, "LibriSpeech"), (DATASET, "Zorb Street Journal")}),
        ("We test on MovieLens-1M, Quill Books and Yelp.", "",
         {(DATASET, "MovieLens-1M"), (DATASET, "Quill Books"), (DATASET, "Yelp")}),
        # negatives: a sentence's end closes the member
        ("We test on LibriSpeech and Zorbset. Results Follow Here.", "", {(DATASET, "LibriSpeech"), (DATASET, "Zorbset")}),
    ],
    "storage hardware": [
        # "Most modern laptops have fast NVMe storage": a device, no model
        ("Most modern laptops have fast NVMe storage. We implement a sorting operator in ZorbDB.", "",
         {(MODEL, "ZorbDB")}),
        ("We train GPT-2 on A100 GPUs with NVMe SSDs.", "", {(MODEL, "GPT-2")}),
    ],
    "a title 'On X Learning ...' is about X": [
        # "On PAC Learning Halfspaces in ...": the paper's subject, not data it runs on
        ("In this paper, we study the problem of ZQX learning halfspaces in the model.",
         "On ZQX Learning Halfspaces in Non-interactive Local Privacy Model", set()),
        # negatives: "on" after a word of the title, and a known data set
        ("We study learning on ZQX-Bench.", "Results on ZQX-Bench", {(DATASET, "ZQX-Bench")}),
        ("We study learning.", "On ImageNet Pretraining", {(DATASET, "ImageNet")}),
    ],
    "the initials of plain title words": [
        # "Differentially Private Minimum Spanning Tree ..." over "minimum spanning trees ... based on MST"
        ("We give results for the differentially private approximation of minimum spanning trees. This generalizes "
         "DP in geometric data. Our algorithm applies to clustering based on MST.",
         "Differentially Private Minimum Spanning Tree in Euclidean Graphs", set()),
        # negatives: an acronym the paper presents, one it defines, and one the abstract never spells in lower case
        ("We propose a new model, QMR, for sparse routing. The quill mixture routing of QMR is fast.",
         "Quill Mixture Routing for Sparse Models", {(MODEL, "QMR")}),
        ("We present Quill Mixture Routing (QMR), a sparse router. The quill mixture routing step is fast.",
         "Quill Mixture Routing for Sparse Models", {(MODEL, "QMR")}),
        ("Our method extends QMR with speed.", "Quill Mixture Routing for Sparse Models", {(MODEL, "QMR")}),
    ],
    "a person's name on a noise model, and a risk measure": [
        # "based on the Massart noise model", "the optimization of quantiles and CVaR": no models
        ("Under mild assumptions, we propose two approaches that are based on the Quillart noise model and "
         "self-supervised learning.", "", set()),
        ("We illustrate its use with two examples: the optimization of quantiles and CVaR. We propose ZorROO.", "",
         {(MODEL, "ZorROO")}),
        # negatives: a name before another head noun
        ("We propose two approaches that are based on the Quillart model of noise.", "", {(MODEL, "Quillart")}),
    ],
    "an acronym with an author-year citation": [
        # "SFBD (Lu et al., 2025) addresses this by ...": a cited work's name
        ("ZRBD (Lu et al., 2025) addresses this by training on corrupted data.", "", {(MODEL, "ZRBD")}),
        ("We evaluate on ZQAD (Kim and Lee, 2019) and report accuracy.", "", {(DATASET, "ZQAD")}),
        # negatives: a common abbreviation cited
        ("The USA (Smith, 2020) has many rules.", "", set()),
    ],
    "a title phrase opening with an acronym": [
        # "SFBD Flow: A Continuous-Optimization Framework ..." over "introduce a continuous variant, SFBD flow,"
        ("Diffusion models achieve strong performance. ZRBD (Lu et al., 2025) addresses this by training on "
         "corrupted data. We reinterpret ZRBD as an alternating projection algorithm and introduce a continuous "
         "variant, ZRBD flow, that removes the need for alternating steps.",
         "ZRBD Flow: A Continuous-Optimization Framework for Training Diffusion Models",
         {(MODEL, "ZRBD Flow"), (MODEL, "ZRBD")}),
        # negatives: a phrase the abstract never writes
        ("We study how diffusion models train on noisy data.", "ZRBD Flow: A Framework for Training Diffusion Models",
         set()),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


ALIASES = [
    # "wav2vec-U, short for wav2vec Unsupervised,": the longer name is said to be the short one's
    ("This paper describes zorb2vec-Q, short for zorb2vec Quillized, a method to train models. zorb2vec-Q wins.",
     "", "zorb2vec-Q", ["zorb2vec Quillized"]),
    ("This paper describes ZQM (short for the Zorb Quill Machine), a method.", "", "ZQM", ["Zorb Quill Machine"]),
    # "single-cell bidirectional encoder representations from transformers (scBERT)": each lower-case letter
    # before the capitals opens a part of the dashed word before the long form
    ("We developed a pretrained model, single-cell bidirectional zorb representations from quills (scBZRQ), to "
     "overcome the challenges.", "", "scBZRQ", ["single-cell bidirectional zorb representations from quills"]),
    ("We developed a model, multi-scale zorb attention (msZA), for speed.", "", "msZA", ["multi-scale zorb attention"]),
    # "an extension of Conformalized Quantile Regression (CQR)": a phrase a lineage cue names, and its acronym
    ("To obtain sets, we introduce Score Zorbalized Quill Regression (SZQR), an extension of Zorbalized Quill "
     "Regression (ZQR) to handle complex spaces.", "", "ZQR", ["Zorbalized Quill Regression"]),
    # a known model's long form is that model, written out ("Detection Transformer (DETR)", "Generative
    # Pre-trained Transformer models, known as GPT", "pre-trained Bidirectional Encoder Representations from
    # Transformers model")
    ("Detection Transformer (DETR) directly transforms queries. We compare DETRs.", "", "DETR",
     ["Detection Transformer"]),
    ("We developed a pre-trained encoder, named ZorbBERT, for DNA.",
     "ZorbBERT: pre-trained Bidirectional Encoder Representations from Transformers model for DNA-language", "BERT",
     ["Bidirectional Encoder Representations from Transformers"]),
]


@pytest.mark.parametrize(("abstract", "title", "name", "aliases"), ALIASES)
def test_a_long_form_is_the_alias_of_the_name_it_spells(ex: Extractor, abstract: str, title: str, name: str,
                                                         aliases: list[str]) -> None:
    assert extract_helpers.aliases(ex, abstract, title, name) == [aliases]


def test_a_short_for_clause_that_is_no_name_adds_no_alias(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We compare BERT, short for something else, and GPT-2.")
    assert sorted((n.name, n.props.get("aliases") or []) for n in nodes if n.label == MODEL) == [
        ("BERT", []), ("GPT-2", [])]


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a parent phrase a lineage cue names is named by the paper": [
        # "an extension of Conformalized Quantile Regression (CQR)": the paper names CQR as its model's base
        ("To obtain sets, we introduce Score Zorbalized Quill Regression (SZQR), an extension of Zorbalized Quill "
         "Regression (ZQR) to handle complex spaces.", "", {"SZQR": "INTRODUCES", "ZQR": "USES"}),
        ("We propose Zorbix, built on Quill Echo Trees for images.", "", {"Zorbix": "INTRODUCES",
                                                                          "Quill Echo Trees": "USES"}),
    ],
    "a title phrase opening with an acronym is the paper's": [
        ("We reinterpret ZRBD as a projection and introduce a continuous variant, ZRBD flow, that removes steps.",
         "ZRBD Flow: A Continuous-Optimization Framework for Training Diffusion Models",
         {"ZRBD Flow": "INTRODUCES", "ZRBD": "MENTIONS"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, title: str,
                                                 expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


STATED = [
    # the phrase's acronym names the parent
    ("", "To obtain sets, we introduce Score Zorbalized Quill Regression (SZQR), an extension of Zorbalized Quill "
     "Regression (ZQR) to handle complex spaces.", {("SZQR", "ZQR")}),
    # negatives: no acronym after the phrase, the phrase is the parent
    ("", "We propose Zorbix, an extension of Quill Regression Trees (2019) to images.",
     {("Zorbix", "Quill Regression Trees")}),
    # "we present TD-MPC2: a series of improvements upon the TD-MPC algorithm": the colon sets an apposition
    ("TD-ZORB2: Scalable World Models", "TD-ZORB is a model-based algorithm. In this work, we present TD-ZORB2: a "
     "series of improvements upon the TD-ZORB algorithm. We show that TD-ZORB2 improves significantly over "
     "baselines.", {("TD-ZORB2", "TD-ZORB")}),
    # negatives: a comparison after the colon
    ("", "In this work, we present ZorbNet: the model improves on BERT by 3 points.", set()),
    ("", "We present ZorbNet: a model that outperforms BERT.", set()),
    # "AlphaFold ..., in contrast to its successors AlphaFold2 and AlphaFold3": each successor builds on "its" model
    ("", "The breakthrough of ZorbFold relied on a learned potential, in contrast to its successors ZorbFold2 and "
     "ZorbFold3, which lack an interpretation.", {("ZorbFold2", "ZorbFold"), ("ZorbFold3", "ZorbFold")}),
    ("", "ZorbFold relied on a learned potential, unlike its predecessor QuillFold.", {("ZorbFold", "QuillFold")}),
    # negatives: successors not named
    ("", "We compare ZorbFold with its successors.", set()),
    # "Our proposed model incorporates the ESResNeXt audio-model": what our model takes in is its base
    ("", "We propose QuillNet. Our model incorporates the ZorbNeXt encoder.", {("QuillNet", "ZorbNeXt")}),
    ("QuillCLIP: Extending CLIP to Image, Text and Audio", "In this work, we present an extension of the CLIP model "
     "that handles audio. Our proposed model incorporates the ZorbNeXt audio-model into the CLIP framework using "
     "the AudioSet dataset.", {("QuillCLIP", "CLIP"), ("QuillCLIP", "ZorbNeXt")}),
    ("ZRBD Flow: A Continuous-Optimization Framework for Training Diffusion Models", "We reinterpret ZRBD as a "
     "projection and introduce a continuous variant, ZRBD flow, that removes steps.", {("ZRBD Flow", "ZRBD")}),
    # "we use hierarchical Swin Transformer with shifted windows as the encoder": a phrase between the name and
    # its role
    ("", "We propose ZorbSeg. We use hierarchical Quill Transformer with shifted windows as the encoder to extract "
     "features.", {("ZorbSeg", "Quill Transformer")}),
    # negatives: a baseline's role
    ("", "We propose ZorbSeg. We compare with Quill Transformer with shifted windows as the baseline.", set()),
    # negatives: our model incorporated into another
    ("", "We propose QuillNet. Users can incorporate QuillNet into ZorbNeXt pipelines.", set()),
]


@pytest.mark.parametrize(("title", "abstract", "pairs"), STATED)
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
