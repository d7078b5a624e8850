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
        # negatives: a sentence's opening word, a catalogue in lower case
        ("In Quill Data Release 3, stars are brighter. We build a catalogue of stars.", "",
         {(DATASET, "Quill Data Release 3")}),
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
    ],
    "a first version of the paper's model is the paper's": [
        # "This paper presents the development of BigTor ... BigTorV1 achieved 92 percent accuracy"
        ("This paper presents ZorbBot, a domain-specific chatbot. Experimental results show that ZorbBotV1 achieved 92 "
         "percent accuracy, outperforming the baseline model.", "",
         {"ZorbBot": "INTRODUCES", "ZorbBotV1": "INTRODUCES"}),
        # negative: another family's first version
        ("This paper presents ZorbBot, a chatbot. It beats QuillBotV1 by 3 points.", "",
         {"ZorbBot": "INTRODUCES", "QuillBotV1": "COMPARES_WITH"}),
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
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
