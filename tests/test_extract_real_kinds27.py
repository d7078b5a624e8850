"""Kinds of fault seen on development parts of the real sets in round 27, each with invented sentences of its own
(issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind of
writing, not for one abstract.
"""

from __future__ import annotations

import pytest

from extract_helpers import entities
from kg.extract import Extractor
from kg.model import MODEL, ORG


# --- a footnote mark glued to an organization's name, or between two sentences: "Hugging Face1", "tasks.111Code" ----

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We release the ZorbNet weights on Hugging Face1 and the code on GitHub2.", {(MODEL, "ZorbNet")}),
    ("ZorbNet was trained at Google DeepMind3 and Microsoft Research4 on public data.", {(MODEL, "ZorbNet")}),
    ("ZorbNet, from Mistral AI2, beats larger routers.", {(MODEL, "ZorbNet")}),
    ("ZorbNet solves ten tasks.111Code and weights are public.", {(MODEL, "ZorbNet")}),
    ("ZorbNet solves ten tasks.2Our results hold at scale.", {(MODEL, "ZorbNet")}),
])
def test_a_footnote_mark_makes_no_name(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


@pytest.mark.parametrize(("abstract", "expected"), [
    ("ZorbNet beats Llama2 and Falcon2 on reading tasks.", {(MODEL, "ZorbNet"), (MODEL, "Llama2"), (MODEL, "Falcon2")}),
    ("ZorbNet is trained with data from AI2 and compared with Gemini1.", {(MODEL, "ZorbNet"), (MODEL, "Gemini1")}),
])
def test_a_digit_after_a_name_that_is_no_organization_stays_part_of_it(
        ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


def test_an_organization_with_a_footnote_mark_is_that_organization(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "ZorbNet was trained at Google DeepMind3 and released on Hugging Face1.", ())
    assert sorted(n.name for n in nodes if n.label == ORG) == ["DeepMind", "Hugging Face"]
