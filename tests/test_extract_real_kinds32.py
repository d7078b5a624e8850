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
