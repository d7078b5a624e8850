"""Kinds of fault seen on the development part of the real set ``real11`` (collected 2 December, scored unseen
first), each with invented sentences of its own (issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

import pytest

from extract_helpers import entities, mentions, relations
from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL

# --- a venue of security, systems, theory or software engineering with its year ("Gao et al. (ASIACRYPT'24)"),
# an operating system or a network or authentication protocol: software and venues outside ML, no names ----------

@pytest.mark.parametrize("abstract", [
    "Our protocol runs 12x faster than Gao et al.~(ASIACRYPT'24) and 9x faster than Dang et al. (CCS'25).",
    "The attack of NDSS'23 and the scheduler of EuroSys'22 both fail under load; we fix them.",
    "We measure the artifacts that FIDO2 passkeys leave on Windows 11 when WebAuthn and CTAP2 run.",
    "Congestion on the Internet hurts TCP and QUIC flows; we tune the window on Linux and Android.",
])
def test_a_venue_an_operating_system_or_a_protocol_is_no_model_or_dataset(ex: Extractor, abstract: str) -> None:
    assert relations(ex, abstract) == {}


# --- a unit with a range prefix ("sub-GeV", "multi-TeV") is no name ---------------------------------------------

@pytest.mark.parametrize("word", ["Sub-GeV", "Multi-TeV", "sub-MeV", "Super-GHz"])
def test_a_prefixed_unit_is_no_name(ex: Extractor, word: str) -> None:
    assert word not in relations(ex, f"{word} signals pass the filter unchanged, and we train Zorbnet to flag "
                                      "them with a learned detector.")


# --- "Academic benchmarks are dominated by ...": a capitalized adjective opening a sentence before a plural data
# head is no dataset; a name before the same head still is -----------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "Progress has stalled. Academic benchmarks are dominated by frequent words. We introduce Quillbench.",
    "Progress has stalled on one kind of test: Industrial datasets are private. We introduce Quillbench.",
])
def test_an_adjective_opening_a_sentence_before_a_data_head_is_no_dataset(ex: Extractor, abstract: str) -> None:
    assert set(relations(ex, abstract)) == {"Quillbench"}


def test_a_name_before_a_plural_data_head_is_still_a_dataset(ex: Extractor) -> None:
    assert "Quillspeech" in relations(ex, "We evaluate on the Quillspeech benchmarks and on LibriSpeech.")


# --- "We present a framework to integrate X, Y and Z": what the paper's work integrates, unifies or bridges is not
# introduced; the work's own name still is ------------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "ours", "used"), [
    ("We present Weaver, a framework to integrate Zorb-DB, Quill-Store and Heron-Log uniformly.", "Weaver",
     ["Zorb-DB", "Quill-Store"]),
    ("We introduce IntegraNet, a detector that unifies ZorbNet and QuillFormer.", "IntegraNet",
     ["ZorbNet", "QuillFormer"]),
    ("We present Bridger, a system bridging ZorbNet and QuillFormer.", "Bridger", ["ZorbNet", "QuillFormer"]),
])
def test_what_an_introduced_work_integrates_is_not_introduced(ex: Extractor, abstract: str, ours: str,
                                                               used: list[str]) -> None:
    found = relations(ex, abstract)
    assert (found.get(ours), [found.get(u) == INTRODUCES for u in used]) == (INTRODUCES, [False] * len(used))


# --- "computer-aided diagnostic (CADx) systems": an acronym of a lower-case long form before "systems" or "tools"
# names a class of systems, not one; the paper's own such system, and a method before "modules", still count ---

@pytest.mark.parametrize("abstract", [
    "Although computer-aided diagnostic (CADx) systems have shown progress, they miss small lesions.",
    "Electronic health record (EHR) systems store notes, and computer-aided design (CAD) tools draw parts.",
])
def test_an_acronym_before_systems_or_tools_is_a_class_not_a_name(ex: Extractor, abstract: str) -> None:
    assert relations(ex, abstract) == {}


@pytest.mark.parametrize(("abstract", "name"), [
    ("We propose a computer-aided diagnostic (CADx) system for small lesions. CADx finds 90% of them.", "CADx"),
    ("Low-rank adaptation (LoRA) modules are cheap to train, and we add them to every layer.", "LoRA"),
])
def test_an_own_system_or_a_method_before_another_head_is_still_a_name(ex: Extractor, abstract: str,
                                                                       name: str) -> None:
    assert name in relations(ex, abstract)


# --- "We introduce Quill Arena, a benchmark for ...": a capitalized name the paper introduces is data when its
# apposition says so; what such data is built upon is data too -------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("We introduce Quill Arena, a benchmark for evaluating agents that trade on live markets.", "Quill Arena"),
    ("We present Heron Speech Atlas, an open dataset of 900 hours of hearings.", "Heron Speech Atlas"),
])
def test_an_introduced_phrase_in_apposition_to_data_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    assert (DATASET, name) in entities(ex, abstract) and (MODEL, name) not in entities(ex, abstract)


@pytest.mark.parametrize(("abstract", "parent"), [
    ("We introduce Contextual Zorb-22, an open dataset built upon Zorb-22, with custom vocabulary.", "Zorb-22"),
    ("We release QuillSet, a corpus derived from the Heron-5 collection.", "Heron-5"),
])
def test_what_data_is_built_upon_is_data(ex: Extractor, abstract: str, parent: str) -> None:
    assert {label for label, text in mentions(ex, abstract) if text == parent} == {DATASET}


def test_a_model_built_upon_another_still_names_a_model(ex: Extractor) -> None:
    assert {label for label, text in mentions(ex, "We introduce Heron, a model built upon Kestrel.")
            if text == "Kestrel"} == {MODEL}


# --- "CoPE (a lightweight Complex Positional Encoding)": a long form after the name, with an article and an
# adjective, is its alias: one model, named once -----------------------------------------------------------------

def test_a_long_form_in_brackets_after_an_article_is_the_name_s_alias(ex: Extractor) -> None:
    found = relations(ex, "We introduce ZoPE (a lightweight Zigzag Positional Encoding), a novel architecture that "
                          "encodes content and position.", "ZoPE: A Lightweight Zigzag Positional Encoding")
    assert found == {"ZoPE": INTRODUCES}


def test_a_suite_of_models_in_apposition_is_no_data(ex: Extractor) -> None:
    assert (MODEL, "Quiet Lantern") in entities(ex, "We release Quiet Lantern, a suite of models fine-tuned from "
                                                    "MarlinNet.")


# --- a title that spells out the acronym the abstract defines: the paper introduces that name ------------------

@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("Retrieval Augmented Language Model Pre-Training",
     "We demonstrate the effectiveness of Retrieval-Augmented Language Model pre-training (REALM) by fine-tuning "
     "on question answering.", "REALM"),
    ("Gated Echo Mixer", "We show that the Gated Echo Mixer (GEMX) halves the word error rate of dense "
     "baselines.", "GEMX"),
])
def test_an_acronym_whose_long_form_is_the_title_is_introduced(ex: Extractor, title: str, abstract: str,
                                                                name: str) -> None:
    assert relations(ex, abstract, title).get(name) == INTRODUCES


def test_an_acronym_of_a_title_word_run_that_is_not_the_title_is_not_introduced_by_it(ex: Extractor) -> None:
    found = relations(ex, "We train GPT-3 and show that Language Models (LMs) learn in context.",
                      "Language Models are Few-Shot Learners")
    assert INTRODUCES not in found.values()
