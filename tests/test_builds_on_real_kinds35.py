"""Stated lineage kinds seen in round 35 on a development part (issue 16), one table per kind.

Every sentence is invented (Corran, Quorra, Brio and the others are no real models). Each table holds the kind's
wordings and its negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
OWN = "We introduce Corran, a Welsh language model. "

# Kind 1: pre-training continued on several named models makes the paper's model of each ("we further pretrain X
# and Y models on Welsh text"); fine-tuning a list, a list of baselines and a method's workloads stay no parents.
CONTINUED = [
    (OWN + "We further pretrain Quorra and Brio models on Welsh text.", {("Corran", "Quorra"), ("Corran", "Brio")}),
    (OWN + "More specifically, we continually pre-train Quorra, Brio and Tarn on Welsh news.",
     {("Corran", "Quorra"), ("Corran", "Brio"), ("Corran", "Tarn")}),
    (OWN + "We continue pretraining Quorra and Brio on 20B Welsh tokens.", {("Corran", "Quorra"), ("Corran", "Brio")}),
    # negatives
    (OWN + "We fine-tune Quorra and Brio on Welsh text.", set()),
    (OWN + "We further pretrain Quorra and Brio as baselines.", set()),
    ("We propose Corran, a pre-training objective. We further pretrain Quorra and Brio with Corran.", set()),
]

# Kind 2: a derivation noun phrase given a name in parentheses right after it ("a fine-tuned version of X (Y)"):
# the name builds on X, whoever uses it; not a citation or an acronym of X itself in the parentheses.
NAMED_PHRASE = [
    ("Our best attributor uses a fine-tuned version of HeronNet (HeronNet-FT).", {("HeronNet-FT", "HeronNet")}),
    ("We train a lightweight variant of MarlinNet (TinyMarlin) on phones.", {("TinyMarlin", "MarlinNet")}),
    ("We compare with a distilled version of MarlinNet (MarlinNet-S2).", {("MarlinNet-S2", "MarlinNet")}),
    # negatives
    ("Our system relies on a distilled version of MarlinNet (Hinton et al.).", set()),
    ("We propose an extension of Proximal Policy Optimization (PPO) for robots.", set()),
    ("Our tagger uses a fine-tuned version of HeronNet (see Section 3).", set()),
]


@pytest.mark.parametrize(("text", "pairs"), CONTINUED + NAMED_PHRASE)
def test_stated_lineage_kind(builds_on: Pairs, text: str, pairs: set[Pair]) -> None:
    assert builds_on(text) == pairs
