"""Stated lineage on real text by mechanism, not by cue words (issue 16), one table per kind.

Every sentence is invented (HeronNet, MarlinNet, Quorra, Pellam and the others are no real models): a row stands
for a construction, not for a paper. Each table holds the kind's wordings in several fields and its negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
OWN = "We present HeronNet. "

# Kind 1: a name relation inside one abstract is stated lineage only when the abstract introduces the child;
# between two names it only compares with, or names in passing, it is a signal for inference across papers.
NAMES: list[tuple[str, set[Pair]]] = [
    ("We present Quorra 3, a speech recognizer trained on more hours. Quorra 3 beats Quorra on every test set.",
     {("Quorra 3", "Quorra")}),
    ("We introduce Pellam-Chat, a dialogue model. It answers better than Pellam.", {("Pellam-Chat", "Pellam")}),
    ("We propose Flan-SorrelLM, tuned on many tasks. SorrelLM alone is weaker.", {("Flan-SorrelLM", "SorrelLM")}),
    # a participle on others' child states its base whatever the clause does with the child
    (OWN + "It beats PellamLM-Chat, tuned from PellamLM, on dialogue.", {("PellamLM-Chat", "PellamLM")}),
    # negatives: others' versions and extensions the paper compares with or names in passing
    (OWN + "It transcribes faster than Quorra-v3 and Quorra.", set()),
    (OWN + "We compare it with Pellam v3.1 and Pellam on protein folding.", set()),
    (OWN + "Unlike Sorrel-Adapter and Sorrel, HeronNet needs no labels.", set()),
    (OWN + "Gannet-V2 quantizes weights to four bits. Earlier, Gannet quantized activations.", set()),
    ("We study scheduling on clusters. Tessel-XL and Tessel are two popular schedulers.", set()),
]

TABLE = NAMES


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:70] for t, _ in TABLE])
def test_stated_lineage_by_mechanism(builds_on: Pairs, text: str, expected: set[Pair]) -> None:
    assert builds_on(text) == expected
