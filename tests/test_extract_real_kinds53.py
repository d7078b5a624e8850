"""Kinds of fault seen in round 53 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "an acronym of an institution's name": [
        # "The usability analysis on the website of Mercu Buana University (UMB) ... the UMB website"
        ("The usability of Zorbia Technical University (ZTU) was measured on the ZTU website with a questionnaire.",
         "", set()),
        # negatives: a model made at a university, a model named after an organization's head word
        ("We propose the Zorb Quill Network (ZQN), developed at Zorbia Technical University.", "",
         {(MODEL, "ZQN")}),
        ("We present Zorbic Quill AI (ZQAI), an agent for spreadsheet tasks. ZQAI outperforms GPT-4.", "",
         {(MODEL, "ZQAI"), (MODEL, "GPT-4")}),
    ],
    "hashtags and handles": [
        # "the most prevalently used #MeToo and #BlackLivesMatter"
        ("We show posts with the hashtags #ZorbToo and #QuillLivesMatter to two groups.", "", set()),
        ("Replies to @ZorbBot were collected.", "", set()),
        # negatives: a language written with a sharp, a name beside a hashtag
        ("We port ZorbNet to C# and tag the posts #ml.", "", {(MODEL, "ZorbNet")}),
    ],
    "an acronym the text counts with an indefinite article": [
        # "A Student Information System (SIS) is one of the solutions ... An SIS can be accessed"
        ("A Zorb Information System (ZIS) helps staff manage records. An ZIS can be accessed by students.", "",
         set()),
        # "A Network Intrusion Detection System (NIDS) helps ... developing a flexible and efficient NIDS for"
        ("A Zorb Intrusion Detection System (ZIDS) helps administrators. We develop a flexible and efficient ZIDS for "
         "unforeseen attacks.", "", set()),
        # negatives: the paper's own, the title's
        ("We introduce a Zorb Quill Transformer (ZQT). A ZQT with 12 layers outperforms BERT.", "",
         {(MODEL, "ZQT"), (MODEL, "BERT")}),
        ("A Zorb Quill Transformer (ZQT) reads graphs. A ZQT with 12 layers outperforms BERT.", "ZQT: Reading Graphs",
         {(MODEL, "ZQT"), (MODEL, "BERT")}),
        ("A Quill Sparse Transformer (QST) attends to a few tokens. A QST with 12 layers matches BERT.", "",
         {(MODEL, "QST"), (MODEL, "BERT")}),
        ("In this work, a Heron Boundary Network (HBN) is proposed for lesion segmentation. An HBN can segment "
         "lesions.", "", {(MODEL, "HBN")}),
    ],
    "an identifier with underscores ending in what it is": [
        # "integrating them with the ShenNong_TCM_Dataset and cMedQA2 datasets"
        ("We build the questions with the Zorb_QA_Dataset.", "", {(DATASET, "Zorb_QA_Dataset")}),
        # negatives: an identifier of a model
        ("We fine-tune the Zorb_QA_Tagger on the questions.", "", {(MODEL, "Zorb_QA_Tagger")}),
    ],
    "settings, qualities and a detector's parts written in capitals": [
        # "a pioneering approach in the Sim2Real domain adaptation", "High Definition Maps (HD map)", "adding CBAM
        # attention mechanism to the Neck module", "Compared to the state-of-the-art (SoA), STAG achieves"
        ("We study Sim2Real domain adaptation for ZorbNet.", "", {(MODEL, "ZorbNet")}),
        ("We propose an HD map service for vehicles and a Backbone with fewer parameters.", "", set()),
        ("We add the CBAM attention mechanism to the Neck module of ZorbDet.", "", {(MODEL, "CBAM"), (MODEL, "ZorbDet")}),
        ("Compared to the state-of-the-art (SoA), ZorbNet improves accuracy by 2%.", "", {(MODEL, "ZorbNet")}),
    ],
    "numbered standards": [
        # "to evaluate the usability of the Near East University (NEU) SIS by using ISO/IEC 9126 standards"
        ("We evaluate the portal by using ISO/IEC 9126 standards. The ISO/IEC 9126 model has suitable metrics.", "",
         set()),
        ("ZorbNet runs over IEEE 802.11 links and meets the ISO 26262 requirements.", "", {(MODEL, "ZorbNet")}),
    ],
    "a capitalized description in apposition to a name": [
        # "we propose WAM-Nav, a Latent World-Action Model for embodied visual navigation"
        ("We propose ZorbNav, a Latent World-Action Model for navigation.", "", {(MODEL, "ZorbNav")}),
        # negatives: the capitalized name itself introduced
        ("We propose Latent Zorb Transformer for navigation.", "", {(MODEL, "Latent Zorb Transformer")}),
    ],
    "an acronym spelled out in parentheses before a data head": [
        # "Aspect Based Sentiment Analysis Of FABSA (Feedback Aspect Based Sentiment Analysis) Dataset Using BERT"
        ("We classify opinions with BERT.", "Sentiment Analysis Of ZABSA (Zorb Aspect Based Sentiment Analysis) "
         "Dataset Using BERT", {(DATASET, "ZABSA"), (MODEL, "BERT")}),
        # negatives: a model's head after it
        ("We classify opinions with BERT.", "Sentiment Analysis With ZQ-SA (Zorb Quill Sentiment Analyzer) Model",
         {(MODEL, "ZQ-SA"), (MODEL, "BERT")}),
    ],
    "the acronym a hyphened acronym ends with, written alone": [
        # "We propose Speaker-Conditioned Serialized Output Training (SC-SOT), an enhanced SOT-based training ...
        # We first probe how SOT handles overlapped speech"
        ("We propose Zorb-Conditioned Quill Output Training (ZC-QOT), an enhanced QOT-based training for ASR. We first "
         "probe how QOT handles overlapped speech.", "", {(MODEL, "ZC-QOT"), (MODEL, "QOT")}),
        # negatives: a common acronym, one never written alone, a task the name qualifies
        ("We propose Quill-Enhanced Named Entity Recognition (QE-NER), a tagger for clinical notes. Standard NER "
         "tools miss rare drugs.", "", {(MODEL, "QE-NER")}),
        ("We propose a Multi-Scale Convolutional Neural Network (MS-CNN). A plain CNN fails on small objects.", "",
         {(MODEL, "MS-CNN")}),
        ("We propose Zorb-Conditioned Quill Output Training (ZC-QOT) for ASR.", "", {(MODEL, "ZC-QOT")}),
    ],
    "names whose list neighbours show a word is theirs": [
        # "trained on IndoSum, Liputan6 Canonical, and Liputan6 Xtreme datasets"
        ("The model is trained on ZorbSum, Quill6 Canonical, and Quill6 Xtreme datasets.", "",
         {(DATASET, "ZorbSum"), (DATASET, "Quill6 Canonical"), (DATASET, "Quill6 Xtreme")}),
        # negatives: no sibling, a sibling outside the list
        ("The model is trained on ZorbSum and Quill6 datasets.", "", {(DATASET, "ZorbSum"), (DATASET, "Quill6")}),
        ("We evaluate Whisper Large and Whisper Medium on accented speech; Whisper Turkish outputs are the worst.", "",
         {(MODEL, "Whisper")}),
    ],
    "a collection named before its parts": [
        # "uses only publicly released RoboCasa demonstrations for SFT ... across 24 standard RoboCasa tasks"
        ("ZorbVLA uses released QuillCasa demonstrations and is tested across 24 standard QuillCasa tasks.", "",
         {(MODEL, "ZorbVLA"), (DATASET, "QuillCasa")}),
    ],
    "names a slash joins": [
        # "evaluate on RefCOCO/RefCOCO+/RefCOCOg and POPE"
        ("ZorbVLM is evaluated on RefCOCO/RefCOCO+/RefZorbg and QuillPOPE.", "",
         {(MODEL, "ZorbVLM"), (DATASET, "RefCOCO"), (DATASET, "RefCOCO+"), (DATASET, "RefZorbg"),
          (DATASET, "QuillPOPE")}),
        # negatives: a name of another kind after the slash
        ("We evaluate on MT-Bench/QuillChat, where QuillChat is our chatbot fine-tuned from Mistral.", "",
         {(DATASET, "MT-Bench"), (MODEL, "QuillChat"), (MODEL, "Mistral")}),
    ],
    "a measure's short name after its head": [
        # "separating localization error (SeeErr) from binding error (SayErr)"
        ("We separate localization error (ZeeErr) from binding error (QayErr) for ZorbVLM.", "", {(MODEL, "ZorbVLM")}),
        # negatives: the model a score belongs to
        ("Our model has the best F1 score (ZorbNER) overall, above BERT.", "", {(MODEL, "ZorbNER"), (MODEL, "BERT")}),
    ],
    "a benchmark's capitalized last word": [
        # "ranks 1st overall on EWMBench and DreamGen Bench"
        ("ZorbWorld ranks first on QuillBench and ZorbGen Bench.", "",
         {(MODEL, "ZorbWorld"), (DATASET, "QuillBench"), (DATASET, "ZorbGen Bench")}),
    ],
    "classes and markers of other fields in capitals": [
        # "we evaluate the power of Tabular Foundation Models such as TabICL and TabPFN", "primary human CD4+ T cells"
        ("We evaluate Tabular Foundation Models such as ZorbICL and QuillPFN on CD4+ T cells.", "",
         {(MODEL, "ZorbICL"), (MODEL, "QuillPFN")}),
    ],
    "the years of two editions joined to a data set's name": [
        # "in PASCAL VOC2007 and PASCAL VOC07+12 datasets"
        ("ZorbDet reaches 81.2% on the PASCAL VOC07+12 dataset.", "",
         {(MODEL, "ZorbDet"), (DATASET, "PASCAL VOC07+12")}),
    ],
    "a title's name the abstract calls a benchmark after a version": [
        # "We introduce GeneBench-Pro, an expanded and improved version of GeneBench ... GeneBench-Pro is a benchmark
        # for AI agents"
        ("We introduce ZorbBench-Pro, an expanded version of ZorbBench. ZorbBench-Pro is a benchmark for AI agents.",
         "ZorbBench-Pro: Evaluating Multistage Reasoning in Genomics",
         {(DATASET, "ZorbBench-Pro"), (DATASET, "ZorbBench")}),
        # negatives: a model that is a version of another
        ("We introduce ZorbLM-Pro, an improved version of ZorbLM. ZorbLM-Pro is a language model for chemistry.",
         "ZorbLM-Pro: Reasoning in Chemistry", {(MODEL, "ZorbLM-Pro"), (MODEL, "ZorbLM")}),
        ("HeronRank is a collection-aware reranker built on BERT. HeronRank improves MRR.", "HeronRank: Better Reranking",
         {(MODEL, "HeronRank"), (MODEL, "BERT")}),
    ],
    "websites listed by their head": [
        # "textual data, particularly from dynamic platforms like Twitter and IMDB" (websites: platforms may be benchmarks)
        ("We mine opinions from dynamic websites like Zorbly and Quillhub with BERT.", "", {(MODEL, "BERT")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a name the paper studies": [
        # "we investigate the effectiveness of Low-Rank Adaptation (LoRA) in optimizing the Llama2 7B model ...
        # Experimental results reveal that LoRA reduces memory usage"
        ("We investigate the effectiveness of Zorb-Rank Adaptation (ZoRA) in optimizing the Llama2 7B model. "
         "Experimental results reveal that ZoRA reduces memory usage.", "", {"ZoRA": "MENTIONS", "Llama2": "USES"}),
        # negatives: the paper's own named at the start
        ("We propose Zorb-Rank Adaptation (ZoRA) for the Llama2 7B model. Experimental results reveal that ZoRA "
         "reduces memory usage.", "", {"ZoRA": "INTRODUCES", "Llama2": "MENTIONS"}),
    ],
    "a title's name among the algorithms the abstract weighs": [
        # "Multi-Crop Recommendation Using XGBoost" over "four classification algorithms, namely Logistic Regression,
        # Random Forest, CATBoost, and XGBoost. Experimental results show that XGBoost ..."
        ("We compare four classification algorithms, namely Logistic Regression, Random Forest, CatBoost, and "
         "ZorbBoost. Experimental results show that ZorbBoost achieves the highest AUC.",
         "Crop Recommendation Using ZorbBoost",
         {"Logistic Regression": "MENTIONS", "Random Forest": "MENTIONS", "CatBoost": "MENTIONS",
          "ZorbBoost": "USES"}),
        # negatives: the title's name the paper presents
        ("We present ZorbBoost, a boosted tree learner. Experimental results show that ZorbBoost achieves the highest "
         "AUC.", "Crop Recommendation Using ZorbBoost", {"ZorbBoost": "INTRODUCES"}),
    ],
    "a base the abstract first names before 'based'": [
        # "three IndoBERT-based models ... IndoBERT is a state-of-the-art transformer-based model"
        ("This work studies three QuillLM-based models. QuillLM is a BERT model that was pre-trained on Zorbian.",
         "Reviews of Zorbian customers using QuillLM", {"QuillLM": "USES", "BERT": "MENTIONS"}),
        # negatives: the paper's own before the models based on it
        ("We propose QuillLM, a language model for Zorbian. QuillLM-based agents outperform RoBERTa.", "",
         {"QuillLM": "INTRODUCES", "RoBERTa": "COMPARES_WITH"}),
        ("Existing AutoQuill-based pipelines are slow. In contrast, Quill indexes documents incrementally. Quill "
         "achieves 3x faster retrieval than ColBERT, and Quill is open source.", "",
         {"Quill": "INTRODUCES", "ColBERT": "COMPARES_WITH"}),
    ],
    "a title's words before its colon, named in the abstract": [
        # "Guided Action Flow: Q-Guided Inference ..." over "We study this opportunity in Guided Action Flow, an
        # inference-time framework"
        ("We study this opportunity in Zorbic Action Flow, an inference-time framework that keeps a pretrained "
         "SmolVLA policy frozen.", "Zorbic Action Flow: Guided Inference for Robot Policies",
         {"Zorbic Action Flow": "INTRODUCES", "SmolVLA": "USES"}),
        # negatives: others' model the paper audits
        ("We audit Quill Diffusion, a popular text-to-image model released by Heron Labs, and find that it fails on "
         "counting prompts.", "Quill Diffusion: An Empirical Audit of Failure Modes", {"Quill Diffusion": "MENTIONS"}),
    ],
    "a title's name that earlier work in the abstract used": [
        # "... a comparative evaluation with IndoBERT" over "Previous studies have utilized ... (IndoBERT)"
        ("Previous studies have utilized ZorBERT and recurrent models. This study compares them on hoaxes.",
         "Hoax detection: a comparative evaluation with ZorBERT", {"ZorBERT": "USES"}),
    ],
    "a known model the title's own model is one of": [
        # "SABViT: A Pilot Feasibility Study ..." over "this pilot study introduces a Vision Transformer (ViT) model"
        ("This pilot study introduces a Vision Transformer (ViT) model that detects tumors. The proposed ViT model "
         "reaches 99% accuracy.", "ZorbViT: a pilot study of tumor detection",
         {"ZorbViT": "INTRODUCES", "Vision Transformer": "MENTIONS"}),
    ],
    "a hybrid that joins two named models": [
        # "a hybrid deep learning model that combines BERT ... embeddings with a Bidirectional Long Short-Term Memory
        # (BiLSTM) network ... the BERT-BiLSTM model outperforms the baseline BERT model"
        ("This research explores a hybrid model that combines BERT embeddings with a Zorbian Long Short-Term Memory "
         "(ZLSTM) network. The BERT-ZLSTM model outperforms the baseline BERT model.", "",
         {"BERT": "COMPARES_WITH", "ZLSTM": "USES", "BERT-ZLSTM": "INTRODUCES"}),
        # negatives: a hybrid others made, beside the paper's own
        ("Prior work explored a hybrid model that combines BERT embeddings with a ZLSTM network. We propose "
         "ZorbNet, which beats the BERT-ZLSTM model.", "",
         {"BERT": "USES", "ZLSTM": "USES", "ZorbNet": "INTRODUCES", "BERT-ZLSTM": "COMPARES_WITH"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    ("This pilot study introduces a Vision Transformer (ViT) model that detects tumors.",
     "ZorbViT: a pilot study of tumor detection", {("ZorbViT", "Vision Transformer")}),
    ("This research explores a hybrid model that combines BERT embeddings with a ZLSTM network. The BERT-ZLSTM model "
     "outperforms the baseline BERT model.", "", {("BERT-ZLSTM", "BERT"), ("BERT-ZLSTM", "ZLSTM")}),
    ("We propose Zorb-Conditioned Quill Output Training (ZC-QOT), an enhanced QOT-based training for ASR. We first "
     "probe how QOT handles overlapped speech.", "", {("ZC-QOT", "QOT")}),
    # "This study explores a hybrid framework combining transformer-based models, specifically BERT, GPT-2, ..."
    ("This study explores a hybrid framework combining transformer-based models, specifically BERT, GPT-2 and "
     "RoBERTa, to improve accuracy.", "ZorbSenti: A Hybrid Framework for Sentiment",
     {("ZorbSenti", "BERT"), ("ZorbSenti", "GPT-2"), ("ZorbSenti", "RoBERTa")}),
    # "IndoBERT is a state-of-the-art transformer-based model, i.e., ... (BERT), that was pre-trained on Indonesian"
    ("QuillLM is a BERT model that was pre-trained on the Zorbian language.", "", {("QuillLM", "BERT")}),
    ("The QuillLM is a compact RoBERTa model fine-tuned on Zorbian reviews.", "", {("QuillLM", "RoBERTa")}),
    ("QuillLM is a model pre-trained on the Zorbian language. It beats BERT.", "", set()),
    ("QuillLM is a decoder-only Transformer language model that was trained on the Zorbian corpus.", "", set()),
    ("QuillLM is a BERT model for the Zorbian language.", "", set()),
    ("ZorbNet is an alternative to BERT trained on Zorbian news. ZorbNet uses fewer parameters.", "", set()),
    ("We compare ZorbNet with a hybrid system that combines neural networks, such as ResNet and VGG, proposed in prior "
     "work.", "ZorbNet: Fast Sentiment", set()),
    # negatives: nothing of the paper's own, a hybrid of others
    ("This work studies three QuillLM-based models on Zorbian reviews.", "", set()),
    ("Earlier work built a hybrid model combining convolutional models, namely ResNet and VGG, for sentiment. We "
     "propose ZorbNet, a faster network.", "ZorbNet: Fast Sentiment", set()),
])
def test_the_parent_of_what_the_paper_presents(ex: Extractor, abstract: str, title: str,
                                               pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
