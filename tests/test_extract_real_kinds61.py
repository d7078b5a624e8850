"""Kinds of fault seen in round 61 (issues 11 and 16), each with invented sentences of its own: every new name here
(Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one, and each table
stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.extract.base import plain_forms
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "an en dash glued to a word on each side of a list opens and closes it": [
        # "Combining ML-based RTS with two analysis-based RTS techniques\u2013Ekstazi and STARTS\u2013selects 25.34%"
        ("We combine learned selection with two analysis-based techniques\u2013Zorbix and Quillar\u2013and select 25% "
         "fewer tests.", "", {(MODEL, "Zorbix"), (MODEL, "Quillar")}),
        ("We compare two detectors \u2013 ZorbDet and QuillDet \u2013 on aerial images.", "",
         {(MODEL, "ZorbDet"), (MODEL, "QuillDet")}),
        # negatives: a glued en dash between two names or a name and a suffix is a hyphen
        ("We fit the Hodgkin\u2013Huxley model with ZorbFit, a ZorbNet\u2013based solver.", "",
         {(MODEL, "ZorbFit"), (MODEL, "ZorbNet")}),
    ],
    "a plural acronym of a class of systems is no name": [
        # "Network Intrusion Detection Systems (NIDSs) ... This paper reviews several existing NIDS models"
        ("Network Anomaly Detection Systems (NADSs) must be robust. This paper reviews several existing NADS models "
         "evaluated on NSL-KDD.", "", {(DATASET, "NSL-KDD")}),
        # negative: a plural acronym the paper owns
        ("We propose Zorb Anomaly Detection Systems (ZADSs), and our ZADS models are evaluated on NSL-KDD.", "",
         {(MODEL, "ZADS"), (DATASET, "NSL-KDD")}),
    ],
    "who sets guidelines, and rules of compliance, are no models": [
        # "according to OWASP (Open Web Application Security Project) guidelines"
        ("We fine-tune large language models and audit them according to ZWAP (Zorb Web Application Security "
         "Project) guidelines.", "", set()),
        ("We fine-tune large language models for clinical notes under QHIPA compliance.", "", set()),
        # negative: a model before other words
        ("We fine-tune ZorbLM and follow its training guidelines.", "", {(MODEL, "ZorbLM")}),
    ],
    "radio technologies, signal measures and community names are no models": [
        # "outperforms the Wi-Fi and geomagnetic SLAM systems"; "TDoA fingerprints"; "the LGBTI+ context"
        ("Our ZorbSLAM outperforms the Wi-Fi and geomagnetic SLAM systems.", "", {(MODEL, "ZorbSLAM")}),
        ("ZorbLoc localizes sources with TDoA fingerprints and RSSI readings.", "", {(MODEL, "ZorbLoc")}),
        ("We probe large language models with an LGBTI+ lexicon in the LGBTQ+ context.", "", set()),
    ],
    "a name the paper gives runs past its link words": [
        # "we present a novel technique called Alignment with Anchor Preference Pairs, which improves"
        ("We align large language models with DPO. We present a novel technique called Alignment with Zorb "
         "Preference Pairs, which improves the selection of preference pairs.", "",
         {(MODEL, "DPO"), (MODEL, "Alignment with Zorb Preference Pairs")}),
        ("We tune large language models with a method called Learning to Quill from Zorb Feedback.", "",
         {(MODEL, "Learning to Quill from Zorb Feedback")}),
        # negative: a known model named before a task
        ("We tune large language models. We use a model called BERT for Sentiment Analysis.", "", {(MODEL, "BERT")}),
        # the review's: a coined name before a purpose or a platform ends there
        ("We propose a framework called Quill for Automated Theorem Proving. Quill solves 40% of miniF2F.", "",
         {(MODEL, "Quill"), (MODEL, "miniF2F")}),
    ],
    "a data release or a catalogue is data, in any field": [
        # "a multi-scale morphological analysis of the Sloan Digital Sky Survey (SDSS) Data Release 5 (DR5) ... the
        # SDSS DR5 survey"; "the Uppsala General Catalog and Third Reference Catalog of Galaxies"
        ("A morphological analysis of the Zorb Digital Sky Survey (ZDSS) Data Release 5 (DR5) was performed. We used "
         "slices of the ZDSS DR5 survey.", "", {(DATASET, "ZDSS DR5")}),
        ("We compare our galaxy sample with the Quillsala General Catalog and the Third Zorb Catalog of Galaxies.", "",
         {(DATASET, "Quillsala General Catalog"), (DATASET, "Third Zorb Catalog of Galaxies")}),
        ("We train a convolutional network on galaxies. We use Quill Data Release 3 and ZORB DR2 too.", "",
         {(DATASET, "Quill Data Release 3"), (DATASET, "ZORB DR2")}),
        ("We cross-match with the 2ZORB Point Source Catalog.", "", {(DATASET, "2ZORB Point Source Catalog")}),
        # negatives: a sentence's opening word, a catalogue in lower case
        ("In Quill Data Release 3, stars are brighter. We build a catalogue of stars.", "",
         {(DATASET, "Quill Data Release 3")}),
    ],
    "letters picked out of common words past a hyphened name spell it, no names of their own": [
        # "COCO-DR continues pretraining ... via COtinuous COtrastive learning"
        ("We present ZOZO-DR, a retrieval method. ZOZO-DR continues pretraining via ZOrted ZOntrastive learning.", "",
         {(MODEL, "ZOZO-DR")}),
    ],
    "a method named after a data set is a model where the text calls it a method": [
        # "We present a new zero-shot dense retrieval (ZeroDR) method, COCO-DR, to improve"
        ("We present a new zero-shot dense retrieval (ZeroDR) method, COCO-DR, to improve retrieval. COCO-DR Base "
         "outperforms other ZeroDR models on BEIR.", "COCO-DR: Combating Shifts in Zero-Shot Dense Retrieval",
         {(MODEL, "COCO-DR"), (DATASET, "BEIR")}),
        # negative: data named after a data set
        ("We evaluate on COCO-Text, a dataset of text in images.", "", {(DATASET, "COCO-Text")}),
    ],
    "a capital after an apostrophe ends a name": [
        # "This paper presents Grasp’D, an approach for grasp synthesis"
        ("This paper presents Zorb’D, an approach for grasp synthesis with learned models. Zorb’D compares "
         "favorably to analytic synthesis.", "Zorb'D: Differentiable Grasp Synthesis", {(MODEL, "Zorb'D")}),
        # negative: a possessive
        ("We use ZorbNet's encoder in learned models.", "", {(MODEL, "ZorbNet")}),
        ("THE MODEL'S ACCURACY ON BERT'S TASKS IMPROVES.", "", {(MODEL, "BERT")}),
    ],
    "a title in capitals writes its words so, a name among them in its own case": [
        # "KLASIFIKASI EMOSI ... FINE-TUNING INDOBERT MENGGUNAKAN DATASET GoEmotions"
        ("We fine-tune IndoBERT on QuillEmotions for emotion classification.",
         "KLASIFIKASI EMOSI DENGAN FINE-TUNING INDOBERT MENGGUNAKAN DATASET QuillEmotions",
         {(MODEL, "IndoBERT"), (DATASET, "QuillEmotions")}),
    ],
    "reanalysis data, quantities, terms joined and plain proper words are no models": [
        # "geopotential height at 500 hPa (Z500) from ERA5 reanalysis"; "This DDWP+DA framework"; "the Earth system"
        ("We use geopotential height at 500 hPa (Z500) from QERA5 reanalysis to train convolutional networks.", "",
         {(DATASET, "QERA5")}),
        ("We study data-driven weather prediction (DDWP) and data assimilation (DA) with convolutional networks. This "
         "DDWP+DA framework benefits from ensembles in the Earth system.", "", set()),
        ("To match the linear color space, we train a neural radiance field in the sRGB color space on an iPad.", "",
         set()),
    ],
    "a capitalized word a line break cut is no name": [
        # "two simple strategies, namely Verbalizer Augmentation with Demonstrations and Self- consistency Guided
        # Filtering"
        ("We train language models with two strategies, namely Zorb Augmentation and Self- consistency Filtering.", "",
         {(MODEL, "Zorb Augmentation")}),
    ],
    "a quoted name the paper introduces is one name": [
        # "we introduce 'Moral Stories', a crowd-sourced dataset of structured, branching narratives"
        ("We introduce 'Moral Zorbs', a crowd-sourced dataset of narratives. Language models fail on it.", "",
         {(DATASET, "Moral Zorbs")}),
        ("We introduce \"Quill Tales\", a new benchmark for language models.", "", {(DATASET, "Quill Tales")}),
    ],
    "one hyphened word spells a long form": [
        # "on SWE-Bench Verified and SWE-Bench Lite, achieving state-of-the-art (SOTA) performance"
        ("We evaluate ZorbFT on QUILL-Bench Lite, achieving state-of-the-art (SOTA) performance.", "",
         {(MODEL, "ZorbFT"), (DATASET, "QUILL-Bench Lite")}),
        # the review's: such a term is no name of its own
        ("Our state-of-the-art (SOTA) model ZorbNet outperforms the previous SOTA by 3%.", "", {(MODEL, "ZorbNet")}),
        ("Our ZorbGen out-of-distribution (OOD) detector flags 9% of inputs. We compare with OOD baselines.", "",
         {(MODEL, "ZorbGen")}),
    ],
    "well-known data sets the gazetteer now knows": [
        # "1.13 bits per character on text8 and 1.06 on enwik8"; "the LAMA knowledge probe"; "such as BlogCatalog";
        # "two DVPS datasets (Semantic KITTI, Cityscapes)"
        ("ZorbLM reaches 1.13 bits per character on text8 and 1.06 on enwik8.", "",
         {(MODEL, "ZorbLM"), (DATASET, "text8"), (DATASET, "enwik8")}),
        ("We verbalize the English Wikidata KG and evaluate on open domain QA and the LAMA knowledge probe.", "",
         {(DATASET, "Wikidata"), (DATASET, "LAMA")}),
        ("We test ZorbWalk on social networks such as BlogCatalog. We also use two video datasets (Semantic KITTI, "
         "Cityscapes).", "", {(MODEL, "ZorbWalk"), (DATASET, "BlogCatalog"), (DATASET, "SemanticKITTI"),
                              (DATASET, "Cityscapes")}),
    ],
    "a title's name that ends as a benchmark's is data where the title says data": [
        # "VertiBench: Advancing Feature Distribution Diversity in Vertical Federated Learning Benchmarks"
        ("Vertical federated learning trains models on split features. We introduce a real dataset.",
         "ZorbBench: Advancing Diversity in Vertical Federated Learning Benchmarks", {(DATASET, "ZorbBench")}),
        # the second review's: a method's title
        ("We draft tokens with a small model and verify them with a large one.",
         "SpecZorbBench: Speculative Decoding for Faster Inference", {(MODEL, "SpecZorbBench")}),
    ],
    "an annotation convention is no name": [
        # "introduces a new Latin treebank that follows the Universal Dependencies (UD) annotation standard ...
        # originally in the Prague Dependency Treebank (PDT) style"
        ("The present work introduces a new treebank that follows the Quill Dependencies (QD) annotation standard. "
         "It is converted from the ZorbTB corpus, originally in the Prague Zorb Treebank (PZT) style, for training "
         "neural parsers.", "", {(DATASET, "ZorbTB")}),
        # the second review's: a convention word that opens a longer noun phrase
        ("We propose the Brio Transformer (BT) style encoder for neural parsers.", "", {(MODEL, "BT")}),
    ],
    "a metric the text names is no name": [
        # "we find the previous metric PartPQ biases to PQ ... we propose a new metric Part-Whole Quality (PWQ)"
        ("We train ZorbSeg for part segmentation. We find the previous metric PartZQ biases to PQ, and we propose a "
         "new metric Part-Whole Zorbity (PWZ).", "", {(MODEL, "ZorbSeg")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


def test_an_aside_keeps_its_en_dashes_and_a_compound_folds_its_own() -> None:
    assert plain_forms("two tools\u2013Zorb and Quill\u2013select") == "two tools\u2013Zorb and Quill\u2013select"
    assert plain_forms("the Hodgkin\u2013Huxley model") == "the Hodgkin-Huxley model"


@pytest.mark.parametrize(("title", "abstract", "name", "alias"), [
    # "LASIL: Learner-Aware Supervised Imitation Learning For Long-term Microscopic Traffic Simulation"
    ("ZQIL: Zorb-Aware Quill Imitation Learning For Long-term Traffic Simulation", "We propose ZQIL for traffic.",
     "ZQIL", "Zorb-Aware Quill Imitation Learning"),
    # "CCIL: Context-conditioned imitation learning for urban driving": the long form in sentence case
    ("ZCIL: Zorb-conditioned imitation learning for urban driving", "We propose ZCIL for driving.",
     "ZCIL", "Zorb-conditioned imitation learning"),
])
def test_a_title_spells_out_its_name_before_a_capitalized_or_lower_case_link(
        ex: Extractor, title: str, abstract: str, name: str, alias: str) -> None:
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    assert [n.props.get("aliases") for n in nodes if n.name == name] == [[alias]]


@pytest.mark.parametrize(("title", "abstract"), [
    # negatives: words that do not spell the name, a single capital
    ("ZQIL: Learning Quill Policies For Traffic", "We propose ZQIL for traffic."),
    ("Zorbix: Zorb-conditioned imitation learning for urban driving", "We propose Zorbix for driving."),
])
def test_a_title_that_does_not_spell_its_name_gives_no_alias(ex: Extractor, title: str, abstract: str) -> None:
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    assert [n.props.get("aliases") for n in nodes if n.label == MODEL] == [[]]


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a name one of the most used ones is called is no name of the paper's": [
        # "tested against one of the most used Reinforcement Learning algorithm called Proximal Policy Optimization"
        ("In this thesis, a reinforcement learning environment is created and tested against one of the most used "
         "algorithms called Quill Policy Search (QPS). We also describe QPS.", "", {"QPS": "COMPARES_WITH"}),
        ("The popular method called Zorb Value Learning (ZVL) overestimates values in reinforcement learning.", "",
         {"ZVL": "MENTIONS"}),
        # negative: a name the paper gives
        ("We propose a new reinforcement learning method called Quill Policy Search (QPS).", "",
         {"QPS": "INTRODUCES"}),
    ],
    "'the improved approach (Z)' names the paper's own": [
        # "we enhance an existing parsing approach ... the improved parsing approach (MP+) surpasses"
        ("We enhance an existing parsing approach by adding validations. We conclude that the improved parsing "
         "approach (ZP+) surpasses previous approaches.", "", {"ZP+": "INTRODUCES"}),
        # negative: one others improved
        ("An improved parsing approach (ZP+) was proposed by Smith et al. and is slow.", "", {"ZP+": "MENTIONS"}),
        # the review's: "extended" names a technique's kind
        ("The extended finite element approach (ZFEM) is used to model crack propagation.", "", {"ZFEM": "USES"}),
    ],
    "a first version of the paper's model is the paper's": [
        # "This paper presents the development of BigTor ... BigTorV1 achieved 92 percent accuracy"
        ("This paper presents ZorbBot, a domain-specific chatbot. Experimental results show that ZorbBotV1 achieved 92 "
         "percent accuracy, outperforming the baseline model.", "",
         {"ZorbBot": "INTRODUCES", "ZorbBotV1": "INTRODUCES"}),
        # negative: another family's first version
        ("This paper presents ZorbBot, a chatbot. It beats QuillBotV1 by 3 points.", "",
         {"ZorbBot": "INTRODUCES", "QuillBotV1": "COMPARES_WITH"}),
        # the review's: a first version from earlier work
        ("Our previous system ZorbBotV1 [12] used rules; here we present ZorbBot, a neural chatbot.", "",
         {"ZorbBotV1": "MENTIONS", "ZorbBot": "INTRODUCES"}),
        ("Prior work proposed BrioV1. We present Brio, a faster detector.", "",
         {"BrioV1": "MENTIONS", "Brio": "INTRODUCES"}),
    ],
    "a title that opens with the long form and the words before it names the paper's own": [
        # "Generalist World Model Pre-Training for Efficient Reinforcement Learning" over "generalist world model
        # pre-training (WPT)"
        ("We show that generalist zorb model pre-training (ZPT), together with rehearsal, enables efficient "
         "reinforcement learning (RL). ZPT achieves 35% higher scores than baselines.",
         "Generalist Zorb Model Pre-Training for Efficient Reinforcement Learning", {"ZPT": "INTRODUCES"}),
        # negative: words before the long form that the title does not write
        ("We show that generalist zorb model pre-training (ZPT) enables efficient reinforcement learning (RL). ZPT "
         "achieves 35% higher scores than baselines.", "Quill Pre-Training for Efficient Reinforcement Learning",
         {}),
    ],
    "matrix factorization is generic, no name the paper introduces": [
        # "This paper contributes improvements on ... Matrix Factorization (MF) methods"
        ("This paper contributes improvements to Matrix Factorization (MF) methods for implicit feedback, and our "
         "ZorbALS beats MF models.", "", {"ZorbALS": "INTRODUCES", "MF": "COMPARES_WITH"}),
    ],
    "a method named after 'namely' is the paper's, the task before it no name": [
        # "propose a simple yet efficient method for the Domain Generalization (DG) task, namely Soft Prompt Generation
        # (SPG)"
        ("In this paper, we propose a simple method for the Domain Zorbization (DZ) task, namely Soft Quill "
         "Generation (SQG). SQG consists of two stages.", "Soft Quill Generation for Domain Zorbization",
         {"SQG": "INTRODUCES"}),
        # the second review's: "task" opening a longer noun phrase
        ("We propose the Quill Graph Network (QGN) problem solver for routing.", "", {"QGN": "INTRODUCES"}),
    ],
    "a name after 'we refer as' is the paper's": [
        # "resulting in a generative model we refer as Nebula Variational Coding (NVC)"
        ("This paper proposes a variational inference model. We employ a constraint, resulting in a generative model "
         "we refer as Zorb Variational Coding (ZVC).", "", {"ZVC": "INTRODUCES"}),
    ],
    "the paper's own name past an aside after 'our'": [
        # "our implemented, open-source (https://github.com/...) eALS consistently outperforms"
        ("We design an algorithm based on the element-wise Zorb Least Squares (eZLS) technique. We show that our "
         "implemented, open-source (https://github.com/x/ezls) eZLS consistently outperforms prior methods.", "",
         {"eZLS": "INTRODUCES"}),
        # negatives: a baseline named after "namely", a rival after a verb
        ("Our baseline, namely ZorbNet3, is a plain network.", "", {"ZorbNet3": "COMPARES_WITH"}),
        ("Our planner outperforms Zorb Lattice search (Kim and Park, 2019) on all instances.", "",
         {"Zorb Lattice": "COMPARES_WITH"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "This paper presents the development of BigTor ... the DeepSeek-R1-Distill-Llama-8B model was selected as the
    # base architecture"
    ("This paper presents ZorbBot, a domain-specific chatbot. The Llama-2-7B model was selected as the base "
     "architecture. The system was fine-tuned on synthetic data.", "", {("ZorbBot", "Llama-2")}),
    ("We build QuillChat. Mistral-7B was chosen as the base model for fine-tuning.", "", {("QuillChat", "Mistral")}),
    # negatives: a baseline, a role with no verb and "as"
    ("We build QuillChat. Mistral-7B was selected as the baseline for comparison.", "", set()),
    ("We build QuillChat. Mistral-7B is the base model of many chatbots.", "", set()),
    # "In two case studies of keyword spotting and DeepSpeech2-based automatic speech recognition, PhyAug recovers":
    # the setting a method is tried in is no base of it
    ("This paper proposes ZorbAug. In two case studies of keyword spotting and Whisper-based speech recognition, "
     "ZorbAug recovers the accuracy losses.", "", set()),
    # negative: the paper's model said to be based on the known one
    ("This paper proposes ZorbASR, a Whisper-based speech recognition system for dialects.", "",
     {("ZorbASR", "Whisper")}),
    # "This paper presents the development of BigTor ... the DeepSeek-R1-Distill-Llama-8B model was selected as the
    # base architecture ... BigTorV1 achieved": the paper's model and its version are one model there
    ("This paper presents ZorbBot, a chatbot. The Mistral-7B model was selected as the base architecture. ZorbBotV1 "
     "achieved 92 percent accuracy.", "", {("ZorbBot", "Mistral")}),
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


def test_a_base_said_in_its_own_sentence_is_used_and_that_sentence_is_the_evidence(ex: Extractor) -> None:
    # the new-user trial's: "ZorbBot ... The Llama-2-7B model was selected as the base architecture." cited the title
    # and left the paper only mentioning Llama 2
    _, edges = ex.paper("paper:t", "ZorbBot: An Open Conversational Assistant for Farmers",
                        "This paper presents ZorbBot, a chatbot. The Llama-2-7B model was selected as the base "
                        "architecture. ZorbBot answers 92 percent of questions.")
    said = {(e.type, e.target.split(":")[-1]): e.props.get("evidence") for e in edges}
    base = "The Llama-2-7B model was selected as the base architecture."
    assert said[("USES", "llama2")] == base
    assert said[("BUILDS_ON", "llama2")] == base
