"""Kinds of fault seen in round 35 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations
from kg.extract import Extractor
from kg.extract.evaluate import score_key
from kg.model import DATASET, MODEL
from kg.sources.records import record_text

NODES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "TeX's tie between two words": [
        # "~" joins words TeX keeps on one line; it prints a space, so a known name written with it is that name
        ("We introduce Zorb, a strong LLaMA~2 7B model tuned on Welsh text.", {(MODEL, "Zorb"), (MODEL, "LLaMA 2")}),
        # negatives: a tilde that is no tie (an approximate number, a home folder) leaves the text as it is
        ("We introduce Zorb, which cuts memory by ~40% on GPT-4; code at example.org/~zorb.",
         {(MODEL, "Zorb"), (MODEL, "GPT-4")}),
    ],
    "a known data set's family name": [
        # the family's name alone is the family, its version the version (as Kinetics and Kinetics-400)
        ("ZorbViT reaches 68.7% on Something-Something (V1) and 77.0% on Something-Something V2.",
         {(MODEL, "ZorbViT"), (DATASET, "Something-Something"), (DATASET, "Something-Something V2")}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


@pytest.mark.parametrize("abstract", [
    "We introduce Zorb, a tagger that beats GPT-4 and Mistral~7B on the QuillBench~v2 benchmark (see Table~3).",
    "Following Devlin et~al., we fine-tune BERT~Large on SQuAD~2.0 and evaluate T5~XL.",
])
def test_a_tie_reads_as_a_space(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == entities(ex, abstract.replace("~", " "))


def test_a_label_with_a_tie_is_scored_as_the_text_reads_it() -> None:
    assert score_key("LLaMA~2 7B") == score_key("LLaMA 2") != score_key("LLaMA")


RELATIONS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "a fronted adjunct with 'this' or 'our' before a name": [
        # "in this setting, X": the setting is no head the name stands in apposition to, so X is no name of the paper's
        ("As a leading algorithm in this setting, Zorb Averaging (ZAvg) runs SGD in parallel.", {"ZAvg": "USES"}),
        ("For this task, the Zorb Averaging (ZAvg) algorithm is a standard baseline.", {"ZAvg": "MENTIONS"}),
        ("In this survey, Zorb Averaging (ZAvg) serves as a running example.", {"ZAvg": "USES"}),
        # negatives: an apposition to the paper's own head still names its model
        ("This method, ZAvg, halves memory.", {"ZAvg": "INTRODUCES"}),
        ("We present our new optimizer, ZAvg, for federated learning.", {"ZAvg": "INTRODUCES"}),
    ],
    "'such' as a determiner inside the object phrase": [
        # "a method for training such networks, X,": "such" alone qualifies a noun; only "such as" lists others' names
        ("Here, we present a method for training such networks, Gated Echo Pruning, that halves memory.",
         {"Gated Echo Pruning": "INTRODUCES"}),
        # negatives: names after "such as" are examples, not the paper's
        ("We propose a detector for models such as ZorbNet and QuillNet.", {"ZorbNet": "MENTIONS", "QuillNet": "MENTIONS"}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, expected: dict[str, str]) -> None:
    assert relations(ex, record_text(abstract)) == expected


LOWER_NAMES = [
    # a lower-case name the paper gives its own method after a naming verb is a name
    ("The proposed method, called human echo replay, uses checkpoints from human play.", {"human echo replay"}),
    ("We also train agents on human play, which we call human quill replay.", {"human quill replay"}),
    ("Our method, called gradient echo pruning, halves memory.", {"gradient echo pruning"}),
    # negatives: a technique others named, an article's phrase, a one-word name (the other rules' to read)
    ("We use a technique called gradient checkpointing to save memory.", set()),
    ("Our approach, called the gradient trick, works.", set()),
]


@pytest.mark.parametrize(("abstract", "names"), LOWER_NAMES)
def test_a_lower_case_name_given_by_a_naming_verb_is_introduced(ex: Extractor, abstract: str, names: set[str]) -> None:
    assert {n for n, rel in relations(ex, record_text(abstract)).items() if rel == "INTRODUCES"} == names
