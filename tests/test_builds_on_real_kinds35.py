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

# Kind 3: a frozen model the paper's model reads from is its base: "frozen embeddings extracted from X", "a frozen
# captioning model (e.g., X)"; not where others' methods or baselines use it.
FROZEN = [
    ("We propose Corran, a music model. Corran predicts popularity from frozen audio embeddings extracted from Quorra, "
     "a self-supervised model.", {("Corran", "Quorra")}),
    ("We propose Corran, a prompt learner. Corran employs a frozen image captioning model (e.g., Quorra) to write "
     "captions.", {("Corran", "Quorra")}),
    # negatives
    (OWN + "We compare with prior methods that use frozen features extracted from Quorra.", set()),
    (OWN + "Corran beats baselines built on frozen image encoders (e.g., Quorra).", set()),
]

# Kind 4: "Building on the success of X" with an adjective before "success" ("the recent success of X") opens a
# derivation as the bare phrase does.
SUCCESS = [
    ("Building on the remarkable success of Quorra in vision, we propose Corran for speech.", {("Corran", "Quorra")}),
    ("Building upon the recent successes of Quorra, we introduce Corran, a speech model.", {("Corran", "Quorra")}),
    # negatives: a success compared against, not built on
    ("Despite the recent success of Quorra, we propose Corran, a speech model trained from scratch.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), CONTINUED + NAMED_PHRASE + FROZEN + SUCCESS)
def test_stated_lineage_kind(builds_on: Pairs, text: str, pairs: set[Pair]) -> None:
    assert builds_on(text) == pairs
