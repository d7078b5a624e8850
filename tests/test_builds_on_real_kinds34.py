"""Stated lineage kinds seen in round 34 on a development part (issue 16), one table per kind.

Every sentence is invented (HeronNet, Quorra, Brio and the others are no real models; a few known names stand
where the kind needs a name the gazetteer knows). Each table holds the kind's wordings and its negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
OWN = "We introduce HeronNet, a multimodal model. "

# Kind 1: a model that combines or integrates named models builds on each, a head's members listed after
# "including" or "such as" too; a generic kind among them (GNN) is no name and does not end the list.
COMBINES = [
    (OWN + "HeronNet combines several neural network models, including Quorra, GNN, Brio and Tarn, to leverage "
     "spatial dynamics.", {("HeronNet", "Quorra"), ("HeronNet", "Brio"), ("HeronNet", "Tarn")}),
    (OWN + "HeronNet integrates models such as Quorra and Brio.", {("HeronNet", "Quorra"), ("HeronNet", "Brio")}),
    # negatives: what the models bring, not the models, and a comparison's list
    (OWN + "HeronNet combines text and images from Quorra and Brio users.", set()),
    (OWN + "We compare HeronNet with several models, including Quorra and Brio.", set()),
    (OWN + "HeronNet combines the features of several models, including Quorra and Brio.", set()),
]

# Kind 2: a second named phrase joined by "and" to a headed one ("the X visual encoder and Y models") is a second
# parent of the same predicate.
HEADED_AND = [
    (OWN + "HeronNet integrates the Quorra visual encoder and Brio-7B models.",
     {("HeronNet", "Quorra"), ("HeronNet", "Brio")}),
    (OWN + "HeronNet is built on the Quorra encoder and the Brio decoder.", {("HeronNet", "Quorra"), ("HeronNet", "Brio")}),
    # negatives: a clause after "and", not a phrase
    (OWN + "HeronNet is built on the Quorra encoder and outperforms Brio.", {("HeronNet", "Quorra")}),
]


@pytest.mark.parametrize(("text", "pairs"), COMBINES + HEADED_AND)
def test_stated_lineage_kind(builds_on: Pairs, text: str, pairs: set[Pair]) -> None:
    assert builds_on(text) == pairs
