"""Kinds of fault seen in round 32 (issue 11): by a new-user trial and on the development part of `real25`, each
with invented sentences of its own: every name here (Quillnet, Zorbrank, ...) is written for the test, and each
table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities
from kg.extract import Extractor

RELATIONS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "use X as the ROLE": [
        # a name used in a model's role (retriever, encoder, teacher, vocoder, ...) is a model the paper uses
        ("We use Contriever as the retriever.", {"Contriever": "USES"}),
        ("Our pipeline uses Quillret as its dense retriever and Zorbrank as the re-ranker.",
         {"Quillret": "USES", "Zorbrank": "USES"}),
        ("We use Quib as the encoder, Zorbnet as the decoder, and Wrenvox as the vocoder.",
         {"Quib": "USES", "Zorbnet": "USES", "Wrenvox": "USES"}),
        ("We adopt the off-the-shelf Finchbert as a frozen feature extractor.", {"Finchbert": "USES"}),
        # negatives: a role that is no model, a corpus of a retriever
        ("We use Adam as the optimizer.", {}),
        ("We use English as the pivot language.", {}),
        ("We use Wikipedia as the retriever's corpus.", {}),
    ],
    "present the design and implementation of X": [
        # a systems paper presents its own system by its design and implementation
        ("We present the design and implementation of Zorbix, a key-value store for persistent memory.",
         {"Zorbix": "INTRODUCES"}),
        ("This paper presents the design, implementation and evaluation of Zorbix, a key-value store.",
         {"Zorbix": "INTRODUCES"}),
        # negatives: a known model evaluated or implemented again is not the paper's
        ("We present the evaluation of GPT-4 on math.", {"GPT-4": "MENTIONS"}),
        ("We present an implementation of GPT-2 in JAX.", {"GPT-2": "MENTIONS", "JAX": "USES"}),
    ],
    "records drawn from a data source": [
        # plural records of any kind derived, drawn or taken from a name: the name is a data source
        ("We fine-tune a summarizer on 40,000 discharge summaries drawn from MIMIC-IV.",
         {"MIMIC-IV": "EVALUATED_ON"}),
        ("We test it on 300 radiology reports sourced from Quib-CXR.", {"Quib-CXR": "EVALUATED_ON"}),
        # negatives: a model's outputs or parts taken from a model stay a model's
        ("We train a probe on features extracted from Zorb-7B.", {"Zorb": "USES"}),  # the size is no part of the name
        ("We study ideas taken from Quorra-2 in our design.", {"Quorra-2": "MENTIONS"}),
    ],
}


def _cases(tables: dict[str, list]) -> list:
    """Every case of ``tables`` with its kind and the start of its abstract as the test id."""
    return [pytest.param(*case, id=f"{kind}: {case[0][:60]}") for kind, table in tables.items() for case in table]


@pytest.mark.parametrize(("abstract", "expected"), _cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, expected: dict[str, str]) -> None:
    relations = ex.spans(abstract)["relations"]
    assert {r["target"]: r["type"] for r in relations if r["source"] == "paper"} == expected


def test_a_data_source_drawn_from_is_a_dataset_and_a_model_s_outputs_are_not(ex: Extractor) -> None:
    assert entities(ex, "We fine-tune a summarizer on 40,000 discharge summaries drawn from MIMIC-IV.") == {
        ("Dataset", "MIMIC-IV")}
    assert entities(ex, "We train a probe on features extracted from Zorb-7B.") == {("Model", "Zorb")}


@pytest.mark.parametrize(("abstract", "expected", "introduced"), [
    # a known data set's acronym that the paper spells out as a method of its own names the paper's method
    ("We propose Adversarial Relativistic-Contrastive (ARC) distillation, a post-training method for audio models. "
     "ARC needs no teacher.", {("Model", "ARC")}, {"ARC"}),
    ("We introduce Masked Motion Learning Units (MMLU), a pretext task for video.", {("Model", "MMLU")}, {"MMLU"}),
    # negatives: the data set's own long form, the acronym only named, a long form the paper does not own
    ("We evaluate on the AI2 Reasoning Challenge (ARC) and MMLU.", {("Dataset", "ARC"), ("Dataset", "MMLU")}, set()),
    ("We present Quill Instruction Tuning (QIT), which lifts ARC accuracy.", {("Model", "QIT"), ("Dataset", "ARC")},
     {"QIT"}),
])
def test_a_known_acronym_the_paper_defines_as_its_own(ex: Extractor, abstract: str, expected: set[tuple[str, str]],
                                                      introduced: set[str]) -> None:
    assert entities(ex, abstract) == expected
    assert {r["target"] for r in ex.spans(abstract)["relations"] if r["type"] == "INTRODUCES"} == introduced
