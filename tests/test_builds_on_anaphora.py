"""Stated lineage across two sentences (issue 16): a pronoun or a purpose clause names the paper's model of the
sentence before.

Every sentence is invented (SorbetM4, QuinceBERT, TamarackLM and the others are no real models), one table per
kind, from several fields (speech, proteins, vision, tabular data), each kind with its negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py

# Kind 1: a purpose clause with a pronoun object ("To build this, we used X", "To train them, we leverage X")
# opens a sentence after the one introducing the paper's model: "this" is that model, the models the sentence
# uses are its parents ("them": each of the models introduced there).
PURPOSE: list[tuple[str, set[Pair]]] = [
    ("We introduce SorbetM4, a single model for speech translation. To build this, we used a million hours of "
     "audio to learn speech representations with QuinceBERT 2.0.", {("SorbetM4", "QuinceBERT 2.0")}),
    ("We present FoldWren for protein complexes. To train it, we leverage the pretrained TamarackLM as the "
     "sequence encoder.", {("FoldWren", "TamarackLM")}),
    ("We introduce SorbetM4 and PipitM4, two translation models. To train them, we used QuinceBERT as the encoder.",
     {("SorbetM4", "QuinceBERT"), ("PipitM4", "QuinceBERT")}),
    ("We release TabGrebe, a tabular learner. To build our model, we started from LarchTab and added a text head.",
     {("TabGrebe", "LarchTab")}),
    # negatives: a purpose that makes nothing; a comparison in the clause; "this" with two models before it;
    # no model of the paper's in the sentence before (none, or others' models)
    ("We introduce SorbetM4, a single model for speech translation. To evaluate it, we used QuinceBERT 2.0 as a "
     "judge.", set()),
    ("We introduce SorbetM4, a single model for speech translation. To build this, we compared many encoders "
     "against QuinceBERT 2.0.", set()),
    ("We introduce SorbetM4 and PipitM4, two translation models. To train this, we used QuinceBERT as the encoder.",
     set()),
    ("Speech translation needs large models. To build these, we used QuinceBERT in earlier work.", set()),
    ("We introduce SorbetM4 for speech translation. Prior systems relied on PipitASR. To build this, we used "
     "QuinceBERT.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), PURPOSE, ids=[s[:60] for s, _ in PURPOSE])
def test_stated_lineage_across_two_sentences(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
