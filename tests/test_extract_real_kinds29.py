"""Kinds of fault seen on the development parts of `real18` and `real19` in round 29, each with invented sentences
of its own (issue 11). Every sentence here is written for the test; each table stands for a kind of writing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract_helpers import entities
from kg.extract import Extractor
from kg.sources.records import record_text, spaced_punctuation

Introduced = Callable[..., set[str]]  # the introduced fixture of conftest.py


# --- a name in quotation marks reads as the name without them: "the proposed 'Zorb' system" -----------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We design new pooling modules. The proposed \u2018Quillnet3\u2019 system is fast.", {"Quillnet3"}),
    ("We design new pooling modules. The proposed \u201cQuillnet3\u201d detector is fast.", {"Quillnet3"}),
    ("We design new pooling modules. The proposed 'Quillnet3' detector is faster than its rivals.", {"Quillnet3"}),
    # negatives: a quoted name another sentence compares with; a quote that opens but does not close on the name
    ("We design new pooling modules and compare them with the \u2018Quillnet3\u2019 detector.", set()),
    ("We design new pooling modules. Quillnet3's head is slow, and we keep it.", set()),
])
def test_a_quoted_name_is_read_as_the_name(introduced: Introduced, abstract: str, expected: set[str]) -> None:
    assert introduced(abstract) == expected


# --- our earlier model is not introduced again: "improves over our previous Zorb versions" ----------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We present Gullwing3, which improves over our previous Gullwing versions on treebanks.", {"Gullwing3"}),
    ("We present Skerry. It outperforms our earlier model Tidewater-2 on long inputs.", {"Skerry"}),
    ("We present Skerry, which extends our previously proposed Tidewater-2 to audio.", {"Skerry"}),
    ("We present Skerry and compare it with our former system Tidewater-2.", {"Skerry"}),
    # a new model the paper names beside "our" stays introduced
    ("We present our new model Skerry, which improves over prior parsers.", {"Skerry"}),
    ("We present Skerry. Our new tagger, Brinewort-2, is smaller.", {"Skerry", "Brinewort-2"}),
])
def test_our_earlier_model_is_not_introduced(introduced: Introduced, abstract: str, expected: set[str]) -> None:
    assert introduced(abstract) == expected


# --- a method "titled" X names X, as "called" does -----------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("Our method titled Guided Reef Sampling (GRS) lets a teacher correct the agent's state.", {"GRS"}),
    ("We propose a new framework entitled Kelpwise for robot memory.", {"Kelpwise"}),
    # negatives: a paper titled X is a paper, not a model
    ("Our earlier paper titled Kelpwise studied memory; here we study forgetting.", set()),
])
def test_a_method_titled_x_introduces_x(introduced: Introduced, abstract: str, expected: set[str]) -> None:
    assert introduced(abstract) == expected


# --- an acronym of a class of models in common words is no model: "a Pretrained Language Model (PLM)" -----------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We propose Tallyho-2, which tunes a Pretrained Language Model (PLM) in hyperbolic space.",
     {("Model", "Tallyho-2")}),
    ("We propose Tallyho-2. Masked Language Models (MLMs) are strong encoders, and Tallyho-2 extends them.",
     {("Model", "Tallyho-2")}),
    # a class the paper proposes is its own name; a known model spelled out stays that model
    ("We propose a Sparse Language Model (SLM) for proteins.", {("Model", "SLM")}),
    ("We compare Tallyho-2 with Vision Transformers (ViTs) on ImageNet.",
     {("Model", "Tallyho-2"), ("Model", "Vision Transformer"), ("Dataset", "ImageNet")}),
])
def test_an_acronym_of_a_class_in_common_words_is_no_model(ex: Extractor, abstract: str,
                                                           expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


# --- a space a copy lost or misplaced around a period or a comma is put back at read time --------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("To fill the gap, we create Marshtalk ,a benchmark of rural speakers.", {("Dataset", "Marshtalk")}),
    ("We present Fenrail-2 ,a detector for rails.Fenrail-2 beats Kestrel-3.", {("Model", "Fenrail-2"),
                                                                              ("Model", "Kestrel-3")}),
])
def test_a_lost_or_misplaced_space_around_punctuation_reads_as_written_right(ex: Extractor, abstract: str,
                                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, record_text(abstract)) == expected


@given(st.text(alphabet="abcXYZ ,./@19", max_size=40))
def test_putting_spaces_back_is_idempotent(text: str) -> None:
    once = spaced_punctuation(text)
    assert spaced_punctuation(once) == once


# --- a name the title defines with its long form is the paper's own: "... Master-Slave Networks (MSNets) with ..." ---

@pytest.mark.parametrize(("title", "abstract", "expected"), [
    ("Beyond Shortcuts: Fully Convolutional Heron-Egret Networks (HENets) for Segmentation",
     "We study backward skip connections and propose a new convolutional model made of a pair of networks.",
     {"HENets"}),
    ("Faster Parsing with Gated Span Encoders (GSE-2)", "We propose a new span encoder that gates its memory.",
     {"GSE-2"}),
    # a known model the title spells out is not introduced again
    ("Tuning Bidirectional Encoder Representations from Transformers (BERT) for Statutes",
     "We tune BERT-2x on statutes.", set()),
])
def test_a_name_the_title_defines_is_the_papers_own(introduced: Introduced, title: str, abstract: str,
                                                    expected: set[str]) -> None:
    assert introduced(abstract, title) == expected


# --- "the Quill Dataset", "the Quill Corpus": data by the name's own head; "Dataset" is no part of the name ----------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We present the Lapwing Dataset, a large collection of bird calls.", {("Dataset", "Lapwing")}),
    ("We present the Lapwing Data Set and train Curlew-2 on it.", {("Dataset", "Lapwing"), ("Model", "Curlew-2")}),
    ("We present the Moments of Flight Dataset, a collection of videos.", {("Dataset", "Moments of Flight")}),
    ("We present the Lapwing Corpus, a collection of field notes.", {("Dataset", "Lapwing Corpus")}),
    ("We present the Lapwing Benchmark, a suite of listening tasks.", {("Dataset", "Lapwing Benchmark")}),
])
def test_a_capitalized_data_head_makes_data_and_dataset_is_no_part_of_the_name(
        ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


# --- a name a "-style" compound holds is the design followed, never the paper's new work ----------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We construct PinTail-style search trajectories to train our new agent, Garganey-2.", {"Garganey-2"}),
    ("We propose a PinTail-style transformer for speech, called Garganey-2.", {"Garganey-2"}),
    ("We propose Pintail, a planner for speech.", {"Pintail"}),
])
def test_a_style_compound_names_a_design_followed(introduced: Introduced, abstract: str, expected: set[str]) -> None:
    assert introduced(abstract) == expected


# --- more ways to introduce: "we put forward X", "Meet X, a ...", "X, a ..., is proposed" ----------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We put forward Whimbrel-3, a planner for warehouse robots.", {"Whimbrel-3"}),
    ("Meet Whimbrel-3, a planner for warehouse robots.", {"Whimbrel-3"}),
    ("Whimbrel-3, a planner for warehouse robots, is proposed in this paper.", {"Whimbrel-3"}),
    ("A planner for warehouses, the Whimbrel-3, is proposed to route robots.", {"Whimbrel-3"}),
    # negatives: "meet" as an ordinary verb
    ("We meet Whimbrel-3 in the wild and study its routes.", set()),
    ("Whimbrel-3 and Sanderling-2 meet the targets of the warehouse.", set()),
    ("Whimbrel-3, a planner by Lin et al., is proposed in prior work; we study warehouses.", set()),
])
def test_put_forward_and_meet_introduce(introduced: Introduced, abstract: str, expected: set[str]) -> None:
    assert introduced(abstract) == expected


# --- a list of the paper's contributions introduces its items ------------------------------------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("Our contributions are: (1) Whimbrel-3, a planner for warehouse robots; (2) a study of routes.", {"Whimbrel-3"}),
    ("Our contributions are threefold: (i) Whimbrel-3, a planner; (ii) Dunlin-Bench, a benchmark; (iii) a study.",
     {"Whimbrel-3", "Dunlin-Bench"}),
    # negatives: an item about another model; a comparison listed
    ("Our contributions are: (1) an analysis of Whimbrel-3; (2) a fix for its routes.", set()),
    ("Our contributions include (a) a comparison with Whimbrel-3 and (b) a new loss.", set()),
])
def test_a_list_of_contributions_introduces_its_items(introduced: Introduced, abstract: str,
                                                      expected: set[str]) -> None:
    assert introduced(abstract) == expected
