"""Kinds of fault seen on the development part of the real set ``real14`` (collected 3 December, scored unseen
first), each with invented sentences of its own (issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

import pytest

from extract_helpers import entities
from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL

# --- the paper's numbered items ("three queries (Q2, Q17, and Q21)", "levels (L1-L3)") are no names, wherever the
# text writes them; numbered names of one family that no item word introduces stay names ---------------------------

@pytest.mark.parametrize("abstract", [
    "Two queries (Q4, Q19, and Q22) depend on the join order; the others (Q3 and Q15) depend on the scan engine.",
    "Tasks fall into three difficulty levels (L1-L3). Agents solve most L1 tasks and few L3 tasks.",
    "We test four hypotheses (H1 to H4); H2 and H3 hold on the field data.",
    "Runs Q1-Q22 finish within the budget, and Q9 is the slowest.",
])
def test_numbered_items_are_no_names(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


@pytest.mark.parametrize(("abstract", "name"), [
    ("We compare Zorb backbones (R50 and R101) on detection.", "R101"),
    ("With an R50 backbone the detector is fast; R101 adds 2.1 points in two settings.", "R101"),
])
def test_numbered_names_without_an_item_word_stay(ex: Extractor, abstract: str, name: str) -> None:
    assert (MODEL, name) in entities(ex, abstract)


# --- a programming language listed as data ("language datasets, including Python, Java, and Rust") is no name ---

@pytest.mark.parametrize("abstract", [
    "We train on several language datasets, including Python, Java, and Rust, and evaluate on HumanEval.",
    "The corpus spans Kotlin, Scala and Haskell files, and we evaluate on HumanEval.",
    "Programs written in Fortran, COBOL and Perl are translated with high accuracy on HumanEval.",
])
def test_programming_languages_are_no_names(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == {(DATASET, "HumanEval")}


def test_a_language_word_inside_a_longer_name_stays(ex: Extractor) -> None:
    assert (DATASET, "PyQuill-150k") in entities(ex, "We release PyQuill-150k, a dataset of Python functions.")


# --- sizes written together after a name ("Zorb-Med 13/70B") size the name, and make no version of it --------

@pytest.mark.parametrize(("abstract", "name"), [
    ("The Qwen-Med family, including foundation models Qwen-Med 13/70B and their chat versions, is released.",
     "Qwen-Med"),
    ("We release Quill-Chat 7/34B for clinical notes.", "Quill-Chat"),
])
def test_sizes_written_together_make_no_version(ex: Extractor, abstract: str, name: str) -> None:
    assert {n for _, n in entities(ex, abstract)} == {name}


def test_a_version_before_a_slash_and_a_word_stays(ex: Extractor) -> None:
    assert (MODEL, "Zorbnet 2") in entities(ex, "We release Zorbnet 2/Pro, a detector for small objects.")


# --- an abbreviation made a verb ("OCRed code", "the NERed spans") is no name, where the text writes the
# abbreviation itself ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "Optical character recognition (OCR) misreads code, so we repair the OCRed text with a fine-tuned ByT5.",
    "After named entity recognition (NER), the NERed spans are linked with a fine-tuned ByT5.",
])
def test_an_abbreviation_made_a_verb_is_no_name(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == {(MODEL, "ByT5")}


def test_a_name_ending_like_a_verb_stays_where_no_abbreviation_is_written(ex: Extractor) -> None:
    assert (MODEL, "ZORBed") in entities(ex, "We present ZORBed, a retrieval model, and compare it with ByT5.")


# --- "This study presents X", "This letter introduces X": the paper's own name, as "This paper presents X" -------

@pytest.mark.parametrize("abstract", [
    "This study presents Zorbnet, a legal model tuned for contracts.",
    "This study proposes Zorbnet for contract review.",
    "This letter presents Zorbnet, a radar detector tuned for small objects.",
])
def test_this_study_introduces_its_name(ex: Extractor, abstract: str) -> None:
    nodes, edges = ex.paper("paper:t", "", abstract, ())
    named = {n.id: n.name for n in nodes}
    assert [named[e.target] for e in edges if e.type == INTRODUCES] == ["Zorbnet"]


def test_this_study_presents_no_name_when_it_presents_findings(ex: Extractor) -> None:
    nodes, edges = ex.paper("paper:t", "", "This study presents evidence that Zorbnet misses small objects.", ())
    assert not [e for e in edges if e.type == INTRODUCES]
