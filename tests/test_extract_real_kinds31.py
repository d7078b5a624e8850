"""Kinds of fault seen on the development parts of `real21`-`real23` in round 31 (issues 11 and 16), each with
invented sentences of its own: every name here (Finchly, Wrenbert, Quillnet, ...) is written for the test, and each
table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor

Pairs = Callable[[str], set[tuple[str, str]]]  # the builds_on fixture of conftest.py

ParentCase = tuple[str, set[tuple[str, str]]]  # (abstract, its (child, parent) pairs)
TitledCase = tuple[str, str, set[str], set[tuple[str, str]]]  # (abstract, title, introduced, pairs)

PARENTS: dict[str, list[ParentCase]] = {
    "ours, a [modifiers] X model": [
        # a known model's name before a model head in apposition to ours says what kind of model ours is
        ("We present Finchly, a BERT model for Galician.", {("Finchly", "BERT")}),
        ("We present Finchly, a monolingual BERT model for Galician.", {("Finchly", "BERT")}),
        ("We present Finchly, a Galician BERT model, and compare it with RoBERTa.", {("Finchly", "BERT")}),
        # negatives: a model the apposition's own phrase is for, or one named after a verb in it
        ("We present Finchly, a dataset for BERT models.", set()),
        ("We introduce Finchly, a benchmark on which BERT models fail.", set()),
        ("We present Finchly, a new LLM, and show it beats a GPT-4 model.", set()),
    ],
    "we present a [modifiers] X model for ...": [
        # the paper's one model is a new model of a known kind, trained or presented by "we" or "this paper"
        ("We introduce Finchly. We pretrain a BERT model on legal text.", {("Finchly", "BERT")}),
        ("We introduce Finchly. This paper presents a monolingual BERT model for Galician.", {("Finchly", "BERT")}),
        ("We introduce Finchly. In this work we present a Portuguese T5 model pretrained on web text.",
         {("Finchly", "T5")}),
        # negatives: a standard model as a baseline, a model trained on our data, from scratch for comparison
        ("We introduce Finchly. We train a standard BERT model on legal text as a baseline.", set()),
        ("We present Finchly, a new dataset. We train a BERT model on Finchly.", set()),
        ("We introduce Finchly. We also train a BERT model from scratch for comparison.", set()),
    ],
}

TITLED: dict[str, list[TitledCase]] = {
    "a title's name before a subtitle of model words with no article": [
        ("We present language models for legal text.", "Finchly: Legal Language Models for Portuguese",
         {"Finchly"}, set()),
        ("This paper presents a monolingual BERT model for Galician.", "Finchly: Galician BERT Representations",
         {"Finchly"}, {("Finchly", "BERT")}),
        ("We propose an efficient transformer.", "Finchly: Efficient Transformers for Long Documents",
         {"Finchly"}, set()),
        # negatives: a common noun before a subtitle that is a clause; a task after the name, written once
        ("This paper studies robustness.", "Robustness: Pretrained Transformers Are Robust", set(), set()),
        ("This paper presents a speech recognizer.", "Finchly: Scaling Speech Recognition to 100 Languages",
         set(), set()),
    ],
}


def _cases(tables: dict[str, list]) -> list:
    """Every case of ``tables`` with its kind and the start of its abstract as the test id."""
    return [pytest.param(*case, id=f"{kind}: {case[0][:60]}") for kind, table in tables.items() for case in table]


@pytest.mark.parametrize(("abstract", "pairs"), _cases(PARENTS))
def test_each_abstract_states_exactly_its_parents(builds_on: Pairs, abstract: str,
                                                  pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


@pytest.mark.parametrize(("abstract", "title", "intro", "pairs"), _cases(TITLED))
def test_each_titled_abstract_introduces_and_states_exactly(ex: Extractor, abstract: str, title: str, intro: set[str],
                                                           pairs: set[tuple[str, str]]) -> None:
    relations = ex.spans(abstract, title)["relations"]
    assert {r["target"] for r in relations if r["type"] == "INTRODUCES"} == intro
    assert {(r["source"], r["target"]) for r in relations if r["type"] == "BUILDS_ON"} == pairs
