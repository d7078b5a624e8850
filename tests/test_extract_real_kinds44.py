"""Kinds of fault seen in round 44 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL
from kg.sources.records import record_text

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a sentence that ends inside closing quotes": [
        # "a counterfactual question: ``What if a TLP model is tested on ... data?'' Ideally, a TLP model that ..."
        ("We ask: ``What if a ZLP model is tested on distorted data?'' Ideally, a ZLP model should do worse.", "",
         {(MODEL, "ZLP")}),
        ("We ask: \u201cWhat if a ZLP model is tested on distorted data?\u201d Ideally, a ZLP model should do worse.",
         "", {(MODEL, "ZLP")}),
        # negatives: a name in apposition after a closing quote still is one
        ("We ask \u201cwhy?\u201d Zorbix, a new retrieval model, answers it.", "", {(MODEL, "Zorbix")}),
    ],
    "a common word glued to a name by a hyphen": [
        # "a link prediction model based on rotation embedding in cylindrical coordinate system-RotatCY is proposed"
        ("A model based on rotation in a cylindrical coordinate system-ZotatQY is proposed. The ZotatQY model "
         "improves on it.", "", {(MODEL, "ZotatQY")}),
        # negatives: the name is never written on its own
        ("We release the toolkit-ZorbQL for queries.", "", {(MODEL, "toolkit-ZorbQL")}),
    ],
    "an abbreviation of abbreviations the text defines by common words": [
        # "fully natural language (NL) PE dialogues ... monolithic LLM NL-PE approaches ... a novel NL-PE algorithm"
        ("We study zorb elicitation (ZE) with natural language (NL) queries. Earlier NL-ZE approaches fail. We present "
         "a novel NL-ZE algorithm, Quillo, which uses BERT.", "", {(MODEL, "Quillo"), (MODEL, "BERT")}),
        # "the Non-Independent and Identically Distributed (Non-IID) nature of data sources"
        ("Client drift occurs because of the Non-Independent and Identically Distributed (Non-IID) nature of the "
         "data. We propose ZorbFL.", "", {(MODEL, "ZorbFL")}),
        # negatives: a part no lower-case words define
        ("We present the novel NL-ZQ algorithm for queries.", "", {(MODEL, "NL-ZQ")}),
    ],
    "a long form written again without its short form": [
        # "methods like Cannistraci-Hebb Training (CHT) ... the first framework to integrate Cannistraci-Hebb Training
        # with 2:4 semi-structured sparsity"
        ("Methods like Zorb-Quill Training (ZQT) show promise. We introduce ZQTs24, the first framework to integrate "
         "Zorb-Quill Training with 2:4 sparsity.", "", {(MODEL, "ZQT"), (MODEL, "ZQTs24")}),
    ],
    "a known name of joined words written with its first capital only": [
        # "on the Voxceleb and CN-Celeb datasets" (round 43's reading of real42)
        ("Experiments on Voxceleb show gains of ZorbNet.", "", {(MODEL, "ZorbNet"), (DATASET, "VoxCeleb")}),
        ("The Movielens results show that ZorbRec works.", "", {(MODEL, "ZorbRec"), (DATASET, "MovieLens")}),
    ],
    "one example after a kind of models": [
        # "General purpose grasp planners such as Dex-Net may underperform with NeRF outputs" (round 43's reading of
        # real42)
        ("General purpose grasp planners such as Zex-Net may underperform with deep learning.", "",
         {(MODEL, "Zex-Net")}),
        ("We compare against grasp planners such as Zex-Net on deep learning benchmarks.", "",
         {(MODEL, "Zex-Net")}),
        # negatives: an example that heads a phrase of its kind ("Zorb retrieval" is a task)
        ("Tasks such as Zorb retrieval remain hard for deep learning.", "", set()),
    ],
    "a maker's name before a model's own": [
        # "prior methods (including BM25 and OpenAI text-ada-002)"
        ("It outperforms prior methods (including BM25 and OpenAI zorb-ada-002) by 19%.", "",
         {(MODEL, "BM25"), (MODEL, "zorb-ada-002")}),
        ("We compare with Google Zorb-2 on ranking.", "", {(MODEL, "Zorb-2")}),
    ],
    "a data set in apposition after what it is": [
        # "1) a corpus of paraphrases, Paraphraser, 2) ... 3) another question answering task, SberQUAD"
        ("We leverage three tasks: 1) a corpus of paraphrases, Zorbphraser, 2) an NLI task on XNLI.", "",
         {(DATASET, "Zorbphraser"), (DATASET, "XNLI")}),
        ("We evaluate ZorbNet on another benchmark, QuillQA.", "",
         {(MODEL, "ZorbNet"), (DATASET, "QuillQA")}),
        # negatives: a suite of tools, a set of models
        ("We use a set of models, Zorbnet, and a suite of tools, Quillix.", "", set()),
    ],
    "a cohort": [
        # "We compare nnU-Net, SegResNet, and SwinUNETR on a separate 24-subject MSSEG-1 evaluation cohort"
        ("We compare nnU-Net and ZorbSeg on a separate 24-subject ZSSEG-1 evaluation cohort.", "",
         {(MODEL, "nnU-Net"), (MODEL, "ZorbSeg"), (DATASET, "ZSSEG-1")}),
    ],
    "a named equation after a kind of equations": [
        # "fluid dynamics (Navier-Stokes) and chaotic ODEs (Lorenz)"
        ("We train ZorbPINN on stiff PDEs (Burgers) and chaotic ODEs (Lorenz, Zorbler).", "", {(MODEL, "ZorbPINN")}),
        # negatives: a list of models under an acronym's plural
        ("We compare LLMs (Zorb, Quill) on the task.", "", {(MODEL, "Zorb"), (MODEL, "Quill")}),
    ],
    "a practice the text abbreviates": [
        # "Modern Code Review (MCR) is a lightweight alternative to traditional code inspections. While secondary
        # studies on MCR exist, ... We provide an MCR research agenda"
        ("Modern Zorb Review (MZR) is an alternative to code inspections. While studies on MZR exist, we provide an "
         "MZR research agenda for deep learning.", "", set()),
    ],
    "a task-like long form its sentence says is new": [
        # "Particle-based Object Manipulation (PROMPT) is a new method for robot manipulation of novel objects"
        ("Zorb Quill Manipulation (ZQM) is a new method for robot manipulation with deep learning. ZQM beats "
         "ZorbNet.", "", {(MODEL, "ZQM"), (MODEL, "ZorbNet")}),
        # negatives: a task that remains hard
        ("Zorb Quill Manipulation (ZQM) remains hard for deep learning. We propose ZorbNet.", "",
         {(MODEL, "ZorbNet")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a hyphened title head before what the paper does": [
        # "Disease-Atlas: Navigating Disease Trajectories using Deep Learning" over "we propose a deep learning
        # approach": the title names the paper's model though the abstract never writes it
        ("In this paper, we propose a deep learning approach. We train a neural network on the data.",
         "Zorb-Atlas: Navigating Disease Trajectories using Deep Learning", {"Zorb-Atlas": "INTRODUCES"}),
        # negatives: a prefix compound; a word the abstract writes in lower case
        ("In this paper, we propose a deep learning approach. We train a neural network on the data.",
         "Cross-Lingual: Learning to Transfer with Deep Learning", {}),
        ("In this paper, we train a neural network with zorb-atlas features on the data.",
         "Zorb-Atlas: Navigating Disease Trajectories using Deep Learning", {}),
    ],
    "a part of the paper's model named as what a role of it is": [
        # "SACN consists of an encoder of a weighted graph convolutional network (WGCN), and a decoder of a
        # convolutional network called Conv-TransE" (round 42's reading of real41)
        ("In this work, we propose a novel Zorb Aware Network (ZAN). ZAN consists of an encoder of a weighted graph "
         "zorbing network (WGZN), and a decoder of a convolutional network called Conv-ZransE. WGZN utilizes node "
         "structure.", "", {"ZAN": "INTRODUCES", "WGZN": "INTRODUCES", "Conv-ZransE": "INTRODUCES"}),
        # negatives: a known model as the part
        ("In this work, we propose ZAN. ZAN consists of an encoder of a pre-trained BERT model and a light decoder.",
         "", {"ZAN": "INTRODUCES", "BERT": "USES"}),
    ],
    "a new model proposed in the passive after what it is based on": [
        # "a dual-channel network model DC-EBAD based on the ERNIE pre-training model is proposed"
        ("Aiming at the problem, a dual-channel network model DC-ZBAD based on the ERNIE pre-training model is "
         "proposed.", "", {"DC-ZBAD": "INTRODUCES", "Ernie": "USES"}),
        # negatives: proposed by others
        ("A model Zorb based on BERT is proposed by Smith et al. We use it.", "", {"BERT": "USES"}),
    ],
    "an earlier work the abstract calls novel": [
        # "However, a novel approach called Prior-Data Fitted Networks (TabPFN) has changed this paradigm."
        ("However, a novel approach called Zorb Fitted Networks (ZabPFN) has changed this paradigm. We propose "
         "FT-ZabPFN, an enhanced version of ZabPFN.", "", {"ZabPFN": "USES", "FT-ZabPFN": "INTRODUCES"}),
        # negatives: the paper's own
        ("In this paper, a novel approach called Zorbix has shown strong results on ranking.", "",
         {"Zorbix": "INTRODUCES"}),
    ],
    "a plural class's long form written again": [
        # a class of methods in the plural, defined, then spelled out again after a cue: no one model of the paper
        # (the long-form repeat of this round read it as introduced)
        ("Zorb Quill Predictors (ZQPs) are a class of probabilistic predictors for deep learning. In this paper we "
         "introduce Zorb Quill Predictors for ranking.", "", {"ZQPs": "MENTIONS"}),
    ],
    "a task-like long form its sentence says is new": [
        ("Zorb Quill Manipulation (ZQM) is a new method for robot manipulation with deep learning.", "",
         {"ZQM": "INTRODUCES"}),
        # negatives: a class of methods in the plural, described
        ("Zorb-Quill Averaging Predictors (ZQAPs) are a new class of predictors with deep learning. We study ZQAPs.",
         "", {"ZQAPs": "MENTIONS"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    # "Swin-HViT, which integrates the strengths of Vision Transformer (ViT) and Swin Transformer"
    ("", "This study introduces a hybrid model, Zorb-HViT, which integrates the strengths of Vision Transformer (ViT) "
     "and Swin Transformer to predict diseases.", {("Zorb-HViT", "Vision Transformer"),
                                                   ("Zorb-HViT", "Swin Transformer")}),
    ("", "We propose Zorb, which combines the advantages of BERT and GPT-2.", {("Zorb", "BERT"), ("Zorb", "GPT-2")}),
    # "We introduce CHTs24, the first framework to integrate Cannistraci-Hebb Training with 2:4 ... sparsity"
    ("", "Methods like Zorb-Quill Training (ZQT) show promise. We introduce ZQTs24, the first framework to integrate "
     "Zorb-Quill Training with 2:4 sparsity.", {("ZQTs24", "ZQT")}),
    # "TP-UNet: Temporal Prompt Guided UNet for Medical Image Segmentation": the title spells the name out, its last
    # word the known model it builds on
    ("ZP-UNet: Zonal Prompt Guided UNet for Segmentation", "We propose ZP-UNet, which uses zonal prompts.",
     {("ZP-UNet", "U-Net")}),
    # "To solve the problem of ..., a lightweight algorithm termed MED-YOLO for ship target detection was proposed by
    # virtue of improvements on YOLOv7-tiny": the name after "a lightweight algorithm termed" is the paper's own
    ("", "To solve the problem of ship detection, a lightweight algorithm termed ZED-YOLO for ship detection was "
     "proposed by virtue of improvements on YOLOv7-tiny.", {("ZED-YOLO", "YOLOv7")}),
    ("", "We present Zorb, a lightweight BERT for phones.", {("Zorb", "BERT")}),
    # "In particular, on an ASR task with 34k hours of labeled data, by fine-tuning an 8 billion parameter
    # pre-trained Conformer model we can match state-of-the-art" under "BigSSL: Exploring ..." (the seeds, as a new
    # user's trial read them): the paper's model is that fine-tuned model
    ("BigZSL: Exploring the Frontier of Semi-Supervised Learning for Speech Recognition",
     "We study speech recognition with deep learning. In particular, on a task with 34k hours of labeled data, by "
     "fine-tuning an 8 billion parameter pre-trained Conformer model we can match the state of the art.",
     {("BigZSL", "Conformer")}),
    ("BigZSL: Exploring the Frontier of Semi-Supervised Learning for Speech Recognition",
     "We study speech recognition with deep learning. By fine-tuning an 8B-parameter pre-trained Conformer model, "
     "we match the state of the art.", {("BigZSL", "Conformer")}),
    # negatives: a gerund that compares
    ("BigZSL: Exploring the Frontier of Semi-Supervised Learning for Speech Recognition",
     "We study speech recognition with deep learning. By comparing against a Conformer model we show gains.", set()),
    # negatives: a framework that unifies generic models; one that integrates the paper's input with another
    ("", "We present Zorbformer, a framework which unifies Transformers with light decoders.", set()),
    ("", "We present Zorb, a system to integrate user feedback with BERT predictions.", set()),
])
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("title", "name", "alias"), [
    # "TP-UNet: Temporal Prompt Guided UNet for Medical Image Segmentation"
    ("ZP-UNet: Zonal Prompt Guided UNet for Segmentation", "ZP-UNet", "Zonal Prompt Guided UNet"),
    ("ZQ-Former: Zonal Query Former for Detection", "ZQ-Former", "Zonal Query Former"),
])
def test_a_title_spells_out_its_hyphened_name(ex: Extractor, title: str, name: str, alias: str) -> None:
    assert alias in {a for e in ex.spans(f"We propose {name}.", title)["entities"] if e["name"] == name
                     for a in e["aliases"]}


@pytest.mark.parametrize(("title", "name"), [
    # negatives: the words before the last part spell another name, or more than one word is left over
    ("ZP-UNet: Quick Prompt Guided UNet for Segmentation", "ZP-UNet"),
    ("ZP-UNet: Zonal Prompt Guided Fast Sparse UNet for Segmentation", "ZP-UNet"),
])
def test_a_title_that_does_not_spell_its_name_gives_no_alias(ex: Extractor, title: str, name: str) -> None:
    assert not any(e["aliases"] for e in ex.spans(f"We propose {name}.", title)["entities"] if e["name"] == name)


@pytest.mark.parametrize(("raw", "read"), [
    # "... trained on ChestX-\nray14, cur-\nrently the largest": a word broken at its hyphen over two lines
    ("trained on ZorbX-\nray14, cur-\nrently the largest", "trained on ZorbX-ray14, cur-rently the largest"),
    # "despite relying on earlier and smaller LLMs.1", "in modeling person-job fit.1": a footnote's number after the
    # text's last word
    ("despite relying on smaller LLMs.1", "despite relying on smaller LLMs."),
    ("in modeling fit.12", "in modeling fit."),
    # negatives: a version, a section, a hyphen before a spaced line break's list mark, a number in a sentence
    ("We use GPT-3.5 as in Section 3.1", "We use GPT-3.5 as in Section 3.1"),
    ("a pre- and post-\ntraining run", "a pre- and post-training run"),
    ("It reaches 91.2 on ZorbQA.", "It reaches 91.2 on ZorbQA."),
])
def test_a_record_is_read_without_the_marks_of_its_print(raw: str, read: str) -> None:
    assert record_text(raw) == read
