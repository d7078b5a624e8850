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
