"""Kinds of fault seen in round 55 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a title's name opening with a mathematician's name": [
        # "Gaussian-Flow: 4D Reconstruction with Dynamic 3D Gaussian Particle ... We introduce Gaussian-Flow, a novel
        # point-based approach"
        ("We introduce Gaussian-Quill, a novel point-based approach for fast scene reconstruction.",
         "Gaussian-Quill: 4D Reconstruction with Particles", {(MODEL, "Gaussian-Quill")}),
        # negatives: a physical or mathematical object after two scientists, in the abstract
        ("We solve the Laplace-Beltrami operator on meshes with ZorbNet.", "", {(MODEL, "ZorbNet")}),
        ("We measure the phase in the Gauss-Zorbian model.", "", set()),
    ],
    "words whose capitals mark the letters of the name before them": [
        # "we evaluated AlBERTo on the EVALITA 2016 task SENTIPOLC (SENTIment POLarity Classification)"
        ("We evaluated ZorbBERT on the task QUILTAC (QUILl TAgging Corpus) and on SST-2.", "",
         {(MODEL, "ZorbBERT"), (DATASET, "QUILTAC"), (DATASET, "SST-2")}),
        # negative: a long form in plain capitals is read as before
        ("We evaluated ZorbBERT on MULAN (Multi Language) data.", "", {(MODEL, "ZorbBERT"), (DATASET, "MULAN")}),
    ],
    "a function word run into a name the text writes apart": [
        # "Human evaluation is performed over a sentence completion task, whereGePpeTto's output is judged natural"
        ("Humans judge completions, whereZorbNet's output is judged natural. We develop ZorbNet, a generative "
         "model.", "", {(MODEL, "ZorbNet")}),
        # negative: a letter glued on by its authors names a model of its own
        ("We fine-tune mBERT and BERT on ZorbQA.", "",
         {(MODEL, "multilingual BERT"), (MODEL, "BERT"), (DATASET, "ZorbQA")}),
    ],
    "a short form written after its long form without parentheses": [
        # "We introduce Gaussian Articulated Template Model GART, an explicit, efficient, and expressive representation"
        ("We introduce Quill Articulated Template Model QATM, an explicit representation. QATM renders fast.", "",
         {(MODEL, "QATM")}),
        # negative: a last word whose letters the words before do not spell is part of the name
        ("We introduce Quill Tiny Model Zorb, an explicit representation.", "", {(MODEL, "Quill Tiny Model Zorb")}),
    ],
    "a title's glued name spelled out later in the title": [
        # "KorPatELECTRA : A Pre-trained Language Model for Korean Patent Literature ...(Korean Patent ELECTRA)"
        ("We propose QuilPatBERT pre-trained on patent text.",
         "QuilPatBERT : A Language Model for Quill Patents (Quill Patent BERT)", {(MODEL, "QuilPatBERT")}),
    ],
    "capitals glued onto a known model's name": [
        # "our BERT and ELECTRA based German language models, GBERT and GELECTRA"
        ("We present our BERT and ELECTRA based Zorbian language models, ZBERT and ZELECTRA.", "",
         {(MODEL, "BERT"), (MODEL, "ELECTRA"), (MODEL, "ZBERT"), (MODEL, "ZELECTRA")}),
        # negative: capitals that end in a known name written otherwise ("PANet")
        ("The history began with packet switching and the ARPANET (and related technologies).", "", set()),
    ],
    "a title's plain words the abstract presents as its method, and sizes listed after a sized model": [
        # a new user's own library: "Sparse Upcycling: Training Mixture-of-Experts from Dense Checkpoints ... We
        # propose sparse upcycling -- a simple way to ... We upcycle T5 Base, Large, and XL language models"
        ("We propose sparse quilting -- a simple way to reuse sunk training costs. We quilt T5 Base, Large, and XL "
         "language models.", "Sparse Quilting: Training Experts from Dense Checkpoints",
         {(MODEL, "Sparse Quilting"), (MODEL, "T5")}),
        # negatives: generic words, a title word not presented, a name the abstract goes on past
        ("We present scaling laws for the compute-optimal training of language models.",
         "Scaling Laws: Compute-Optimal Training of Language Models", set()),
        ("We propose adaptive computation time for recurrent networks.", "Adaptive Computation: Learning When to Stop",
         set()),
    ],
    "'data-sets' is a head word, not a name": [
        # "We test our approach on two benchmark data-sets, USPS and Statlog Satellite data."
        ("We test our approach on two benchmark data-sets, ZorbSet and Quill Satellite data.", "",
         {(DATASET, "ZorbSet"), (DATASET, "Quill Satellite")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a name called so in a sentence about another's model": [
        # "Among them, ELECTRA is a pre-trained language model by Google using a new method called RTD(Replaced
        # Token Detection)"; "Recently, a language model called BERT (Bidirectional ...) has emerged"
        ("Among them, ELECTRA is a model by Google using a new method called QTD (Quill Token Detection), after "
         "BERT.", "", {"ELECTRA": "MENTIONS", "QTD": "USES", "BERT": "MENTIONS"}),
        ("Recently, a language model called BERT (Bidirectional Encoder Representations from Transformers) has "
         "emerged in NLP.", "", {"BERT": "MENTIONS"}),
        # negative: the paper's own method called so
        ("We propose a new method called QTD (Quill Token Detection) for pre-training.", "", {"QTD": "INTRODUCES"}),
    ],
    "the paper's names coordinated, the later one spelled out": [
        # "We then present two solutions, Selective Partitioning and the novel Random Permutation Cache (RPCache)."
        ("We then present two solutions, Selective Zorbing and the novel Random Quill Cache (RQCache). The RQCache "
         "thwarts attacks.", "", {"Selective Zorbing": "INTRODUCES", "RQCache": "INTRODUCES"}),
        ("We then present two solutions, Selective Zorbing and Random Quill Cache (RQCache).", "",
         {"Selective Zorbing": "INTRODUCES", "RQCache": "INTRODUCES"}),
        # negative: the same names compared with
        ("We compare with Selective Zorbing and the Random Quill Cache (RQCache) of prior work.", "",
         {"RQCache": "COMPARES_WITH"}),
    ],
    "the paper's name after 'referred to as', or proposed in the passive (general phrasings)": [
        ("We propose a method referred to as Zorbit.", "", {"Zorbit": "INTRODUCES"}),
        ("In this paper, Zorbit is proposed for retrieval.", "", {"Zorbit": "INTRODUCES"}),
        # negatives: others' names, a name studied
        ("Previous work proposed a method referred to as Zorbit.", "", {}),
        ("A technique referred to as Zorbit was proposed by Lee et al. (2020).", "", {}),
        ("We study what is referred to as Dropout in the literature.", "", {}),
        ("In this paper, Zorbit is proposed by Lee to regularize.", "", {}),
    ],
    "results reported on listed data sets (a general phrasing)": [
        ("We report results on three datasets: QuillQA, ZorbBench and TallySet.", "",
         {"QuillQA": "EVALUATED_ON", "ZorbBench": "EVALUATED_ON", "TallySet": "EVALUATED_ON"}),
        # negatives: what the paper reports as its own
        ("We report ZorbNet, a new detector for tables.", "", {"ZorbNet": "INTRODUCES"}),
        ("We report results and release ZorbQA, a new benchmark.", "", {"ZorbQA": "INTRODUCES"}),
    ],
    "a code repository named after the paper's model": [
        # "we improve ... via Mixture-Of-Memory Augmentation (MoMA), a mechanism ... Our code can be found at
        # https://github.com/gesy17/MoMA."
        ("In this paper we improve retrieval via Quill Memory Augmentation (QuillMem), a mechanism that retrieves "
         "documents. Our code can be found at https://github.com/zorblab/QuillMem.", "", {"QuillMem": "INTRODUCES"}),
        # negatives: a known model's repository, a repository of another name
        ("We fine-tune BERT for tagging. Code: https://github.com/google-research/bert.", "", {"BERT": "USES"}),
        ("We improve retrieval via Quill Memory Augmentation (QuillMem), a mechanism. Code: "
         "https://github.com/zorblab/other-repo.", "", {"QuillMem": "USES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "AlBERTo: Italian BERT language understanding model for NLP challenging tasks based on tweets"
    ("We train Quill on Italian tweets and evaluate it on sentiment tasks.",
     "Quill: Italian BERT language understanding model for tweets", {("Quill", "BERT")}),
    ("Quill is trained on news and evaluated on summarization.", "Quill: A Lite T5 for Dutch Summarization",
     {("Quill", "T5")}),
    # negatives: a function word or a count of stages before the other name, a head that is no model's
    ("We train Quill on tweets.", "Quill: When BERT Meets Tweets", set()),
    ("We train Quill on images.", "Quill: Two-stage Zorb-CNN for Microscopy", set()),
    ("We train Quill on tweets.", "Quill: Italian BERT Embeddings for Tweets", set()),
    # "To address these issues, we introduce ... AiOS ... Specifically, our method is built upon DETR, which ..."
    ("We introduce a novel framework, Pondar, for pose recovery. Specifically, our method is built upon DETR, which "
     "treats recovery as set prediction.", "", {("Pondar", "DETR")}),
    ("We introduce a novel framework, Pondar, for pose recovery. Specifically, the baseline is built upon DETR.", "",
     set()),
    # "We first train a base picker with the recently released DiTing dataset using the same U-Net architecture as
    # PhaseNet": the base is the model whose architecture is copied, not the architecture's name
    ("We first train a base picker with the Quill dataset using the same U-Net architecture as PhaseNet.",
     "ZTC-Pickers: a Unified Set of seismic phase pickers", {("ZTC-Pickers", "PhaseNet")}),
    ("We train our picker using the U-Net architecture as its backbone.",
     "ZTC-Pickers: a Unified Set of seismic phase pickers", {("ZTC-Pickers", "U-Net")}),
    # "our BERT and ELECTRA based German language models, GBERT and GELECTRA": each built on the one it holds
    ("We present our BERT and ELECTRA based Zorbian language models, ZBERT and ZELECTRA.", "",
     {("ZBERT", "BERT"), ("ZELECTRA", "ELECTRA")}),
    # "we introduce Dilated Neighborhood Attention (DiNA), a natural, flexible and efficient extension to NA"
    ("We introduce Sparse Quill Attention (SQA), a natural, flexible and efficient extension to BERT's attention.",
     "", {("SQA", "BERT")}),
    ("We study the extension to long inputs of ZorbNet.", "", set()),
    # a tool the paper's model is written in: hosted, no base (the seeds' GShard "is a module composed of ... an
    # extension to the XLA compiler"; the edge it made hid GShard's GPipe parent)
    ("We present Zorbit, a module composed of annotation APIs and an extension to the XLA compiler.", "", set()),
    # general phrasings of a base: a shared design, a basis a model is developed on
    ("We propose Zorbit, a new language model. Zorbit shares its architecture with BERT.", "", {("Zorbit", "BERT")}),
    ("We propose Zorbit, a new language model. Zorbit is developed on the basis of BERT.", "", {("Zorbit", "BERT")}),
    ("We propose Zorbit, a new language model. Zorbit shares its vocabulary with BERT.", "", set()),
    ("We propose Zorbit, a new language model. On the basis of BERT's results, we argue that Zorbit is needed.", "",
     set()),
    ("We propose Zorbit, a new language model. Unlike models developed on the basis of BERT, Zorbit is trained "
     "from scratch.", "", set()),
    # "combines the hierarchical Swin Transformer encoder with a U-Net-inspired decoder"
    ("This paper introduces Quill-UNet, which combines a ResNet encoder with a U-Net-inspired decoder.", "",
     {("Quill-UNet", "ResNet"), ("Quill-UNet", "U-Net")}),
    ("Unlike U-Net-inspired methods, Quill-Seg uses no decoder.", "", set()),
    # "our approach harnesses recent advancements in point-based 3D Gaussian Splatting (3DGS)"
    ("We introduce Gaussian-Quill, a novel approach. Our approach harnesses recent advancements in 3D Gaussian "
     "Splatting.", "Gaussian-Quill: 4D Reconstruction", {("Gaussian-Quill", "3D Gaussian Splatting")}),
    ("We introduce ZorbLabel, a novel approach. Our approach harnesses GPT-4 to label data.", "", set()),
])
def test_the_parent_of_what_the_paper_presents(ex: Extractor, abstract: str, title: str,
                                               pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
