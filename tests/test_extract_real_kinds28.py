"""Kinds of fault seen on the development part of `real20` in round 28, each with invented sentences of its own
(issue 11). Every sentence here is written for the test; each table stands for a kind of writing."""

from __future__ import annotations

import pytest

from extract_helpers import entities
from kg.extract import Extractor


# --- days and months are no names: "on Wednesday and Friday" is no pair of data sets ----------------------------

CALENDAR = {"Monday", "Wednesday", "Friday", "Sunday", "Jan", "September"}


@pytest.mark.parametrize("abstract", [
    "Shift planning from home (SPH) is common. The firm allowed SPH on Wednesday and Friday.",
    "Shift planning from home (SPH) is common. Training of SPH finished on Jan, 2024.",
    "Shift planning from home (SPH) is common. The firm allowed SPH on Monday, Sunday and in September.",
    "We evaluate ZorbNet on Monday and Sunday.",
])
def test_days_and_months_are_no_names(ex: Extractor, abstract: str) -> None:
    assert not {name for _, name in entities(ex, abstract)} & CALENDAR


# --- a title in capitals: its common words are no names; a name the abstract writes too stays one ------------------

@pytest.mark.parametrize(("title", "abstract", "expected"), [
    ("ZORBNET: ROBUST IMPLICIT MODELS FOR SPEECH", "We present ZorbNet, a recognizer.", {"zorbnet"}),
    ("GQUIL: GENERALIZED SPARSE ROUTING NETWORKS", "We extend QUIL to general routers, coined GQUIL.",
     {"gquil", "quil"}),
    ("ROBUST SPEECH WITH QUILNET AND GPT-4", "We present QUILNET, a recognizer tuned from GPT-4.", {"quilnet", "gpt-4"}),
])
def test_words_of_a_title_in_capitals_are_no_names(ex: Extractor, title: str, abstract: str,
                                                   expected: set[str]) -> None:
    assert {name.casefold() for label, name in entities(ex, abstract, title) if label == "Model"} == expected
