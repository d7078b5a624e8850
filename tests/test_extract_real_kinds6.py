"""Kinds of fault seen on a sixth set of real abstracts (issue 11), each with invented sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import mentions
from kg.extract import Extractor
from kg.model import DATASET, MODEL


# --- a variant word in lower case after a dash belongs to the name: "Zorbix-light", "Llama 2 7B-chat" -----------

LOWER_VARIANTS: list[tuple[str, str]] = [
    ("We propose Zorbix, a video model. For speed, we further develop Zorbix-light, a distilled variant.",
     "Zorbix-light"),
    ("We present Kestrel, a speech model, and Kestrel-chat, its dialogue version.", "Kestrel-chat"),
    ("We fine-tune Quillmax 2 7B-chat on clinical notes.", "Quillmax 2 7B-chat"),
]


@pytest.mark.parametrize(("abstract", "name"), LOWER_VARIANTS, ids=[n for _, n in LOWER_VARIANTS])
def test_a_lower_case_variant_word_after_a_dash_is_part_of_the_name(ex: Extractor, abstract: str, name: str
                                                                   ) -> None:
    assert (MODEL, name) in mentions(ex, abstract)


def test_a_lower_case_word_after_a_dash_that_is_no_variant_makes_no_name(ex: Extractor) -> None:
    assert mentions(ex, "We train a Zorbix-regularized policy with light-weight heads.") == set()


# --- a name joined from common abbreviations that the paper introduces is its name: "LLM-MARL" ------------------

JOINED_ABBREVIATIONS: list[tuple[str, str]] = [
    ("This paper introduces LLM-MARL, a unified framework that brings language models into multi-agent RL.",
     "LLM-MARL"),
    ("We present RL-GNN, a system that schedules jobs with graph networks.", "RL-GNN"),
]


@pytest.mark.parametrize(("abstract", "name"), JOINED_ABBREVIATIONS, ids=[n for _, n in JOINED_ABBREVIATIONS])
def test_a_joined_abbreviation_the_paper_introduces_is_its_model(introduced: Callable[..., set[str]], abstract: str,
                                                                 name: str) -> None:
    assert name in introduced(abstract)


def test_a_joined_abbreviation_used_in_passing_is_no_name(ex: Extractor) -> None:
    assert mentions(ex, "We combine a CNN-LSTM network with attention and compare against LLM-RL baselines.") == set()


# --- environments and suites closing a list of data are data; a roman numeral is part of a name ---------------

def test_a_name_closing_a_list_of_data_is_data_and_keeps_its_roman_numeral(ex: Extractor) -> None:
    found = mentions(ex, "Results on Zorb Arena, Kettle Maze, and StarCraft II show gains.")
    assert found == {(DATASET, "Zorb Arena"), (DATASET, "Kettle Maze"), (DATASET, "StarCraft II")}


def test_a_passive_evaluation_in_a_list_reads_as_data(ex: Extractor) -> None:
    found = mentions(ex, "Quill is evaluated in ZorbArena, MAgent Battle, and StarCraft II.")
    assert {(DATASET, "ZorbArena"), (DATASET, "MAgent Battle"), (DATASET, "StarCraft II")} <= found


def test_a_list_of_models_is_untouched(ex: Extractor) -> None:
    assert (MODEL, "QuillMax") in mentions(ex, "We compare Zorb Net, Kettle Net and QuillMax on ImageNet.")


def test_an_environment_the_paper_introduces_is_data(ex: Extractor) -> None:
    assert mentions(ex, "We introduce ZorbGym, the first open training environment for coding agents.") == {
        (DATASET, "ZorbGym")}


# --- a known model written in lower case: "gpt-4o" --------------------------------------------------------------

def test_a_known_model_written_in_lower_case_is_found(ex: Extractor) -> None:
    found = mentions(ex, "Our small model is competitive with gpt-4o and gpt-2 on these tasks.")
    assert {(MODEL, "gpt-4o"), (MODEL, "gpt-2")} <= found


def test_lower_case_words_with_a_number_are_no_models(ex: Extractor) -> None:
    assert mentions(ex, "We parse python-3 files and covid-19 reports as utf-8 text.") == set()


# --- an apposition after a spelled-out name says what the name is -------------------------------------------------

APPOSED_AFTER_LONG_FORM: list[tuple[str, str, str]] = [
    ("We introduce ZQIA (Zorb Quill Intent Alignment), a multimodal dataset made to test steering.", "ZQIA", DATASET),
    ("We introduce KSN (Kestrel Sparse Network), a model that reads tables.", "KSN", MODEL),
]


@pytest.mark.parametrize(("abstract", "name", "label"), APPOSED_AFTER_LONG_FORM,
                         ids=[n for _, n, _ in APPOSED_AFTER_LONG_FORM])
def test_the_apposition_after_a_long_form_labels_the_name(ex: Extractor, abstract: str, name: str, label: str
                                                          ) -> None:
    assert (label, name) in mentions(ex, abstract)


# --- "In this work, we ..." is no fronted phrase: the apposition after the name still counts -----------------------

def test_an_opening_in_this_work_does_not_hide_the_apposition(ex: Extractor) -> None:
    found = mentions(ex, "In this work, we characterize ZorbFix, a dataset of multi-file patches from 300 defects.")
    assert found == {(DATASET, "ZorbFix")}


def test_a_fronted_phrase_still_closes_at_its_comma(ex: Extractor) -> None:
    found = mentions(ex, "We introduce ZorbBench, a benchmark of coding tasks. "
                         "Leveraging ZorbBench, Med-Pilot-7B achieves large gains.")
    assert (MODEL, "Med-Pilot-7B") in found and (DATASET, "Med-Pilot-7B") not in found


# --- an evaluation campaign of a year is data: "the submission to WAT 2019" ---------------------------------------

SHARED_TASKS: list[tuple[str, str, str]] = [
    ("", "This paper describes our submission to ZQT 2019 for the English-Tamil translation task.", "ZQT 2019"),
    ("", "Our system participated in the sentiment task proposed in Kestrela 2018.", "Kestrela 2018"),
    ("", "We describe the participation of our team in all the subtasks of Task 4 of QUIB 2021.", "QUIB 2021"),
    ("ZorbNLP at QUIB 2020: Emotion Classification", "We classify tweets by emotion.", "QUIB 2020"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), SHARED_TASKS, ids=[n for _, _, n in SHARED_TASKS])
def test_an_evaluation_campaign_of_a_year_is_data(ex: Extractor, title: str, abstract: str, name: str) -> None:
    assert (DATASET, name) in mentions(ex, abstract, title)


def test_a_year_after_a_release_is_no_campaign(ex: Extractor) -> None:
    assert mentions(ex, "Quill was released in 2019 and updated by our team at Google 2020.") == set()


# --- every item of a list of named parts, each with its own apposition, is the paper's ------------------------------

PART_LISTS: list[tuple[str, set[str]]] = [
    ("We propose a framework with three guardrails: ZorbGuard 2, a universal jailbreak detector; QuillCheck, an "
     "auditor that inspects reasoning; and KestrelShield, an online static analysis engine.",
     {"ZorbGuard 2", "QuillCheck", "KestrelShield"}),
    ("Our system cuts latency through two components: TernCache, a paged store of keys; and WrenSched, a "
     "scheduler of requests.", {"TernCache", "WrenSched"}),
]


@pytest.mark.parametrize(("abstract", "names"), PART_LISTS, ids=["guardrails", "through-components"])
def test_every_apposed_item_of_a_list_of_own_parts_is_introduced(introduced: Callable[..., set[str]], abstract: str,
                                                                 names: set[str]) -> None:
    assert names <= introduced(abstract)


def test_a_list_of_others_parts_introduces_nothing(introduced: Callable[..., set[str]]) -> None:
    abstract = ("Existing systems mitigate risks through three guardrails: ZorbGuard, a safety classifier; QuillCheck, "
                "a jailbreak detector; and KestrelShield, an analysis engine.")
    assert introduced(abstract) == set()


@pytest.mark.parametrize("abstract", ["We evaluate with three metrics, BLEU, ROUGE and ZorbScore.",
                                      "We evaluate through three metrics: BLEU, ROUGE and ZorbScore."])
def test_a_list_of_metrics_is_no_list_of_parts(introduced: Callable[..., set[str]], abstract: str) -> None:
    assert introduced(abstract) == set()
