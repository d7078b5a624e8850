"""Kinds of fault seen in round 35 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases
from kg.extract import Extractor
from kg.extract.evaluate import score_key
from kg.model import MODEL

NODES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "TeX's tie between two words": [
        # "~" joins words TeX keeps on one line; it prints a space, so a known name written with it is that name
        ("We introduce Zorb, a strong LLaMA~2 7B model tuned on Welsh text.", {(MODEL, "Zorb"), (MODEL, "LLaMA 2")}),
        # negatives: a tilde that is no tie (an approximate number, a home folder) leaves the text as it is
        ("We introduce Zorb, which cuts memory by ~40% on GPT-4; code at example.org/~zorb.",
         {(MODEL, "Zorb"), (MODEL, "GPT-4")}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


@pytest.mark.parametrize("abstract", [
    "We introduce Zorb, a tagger that beats GPT-4 and Mistral~7B on the QuillBench~v2 benchmark (see Table~3).",
    "Following Devlin et~al., we fine-tune BERT~Large on SQuAD~2.0 and evaluate T5~XL.",
])
def test_a_tie_reads_as_a_space(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == entities(ex, abstract.replace("~", " "))


def test_a_label_with_a_tie_is_scored_as_the_text_reads_it() -> None:
    assert score_key("LLaMA~2 7B") == score_key("LLaMA 2") != score_key("LLaMA")
