"""Kinds of fault seen in round 42 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a design nested in itself": [
        # "we propose a novel MSA model built on the Transformer-in-Transformer architecture"
        ("We build a tagger on the Zorb-in-Zorb architecture and compare it with Transformer-in-Transformer.", "",
         {(MODEL, "Zorb-in-Zorb"), (MODEL, "Transformer-in-Transformer")}),
        # negatives: a task of two words joined
        ("We study Text-in-Image retrieval and Sequence-to-Sequence models.", "", set()),
    ],
    "a task's or a quantity's abbreviation in lower case": [
        # "a deep learning method for music structure analysis (MSA) ... we propose a novel MSA model";
        # "conditional average treatment effects (CATE) ... a CATE model"; "a randomized controlled trial (RCT)
        # ... the RCT dataset"
        ("This paper describes a method for quorn pattern analysis (QPA) that splits a signal. We propose a novel "
         "QPA model built on the Transformer.", "", {(MODEL, "Transformer")}),
        ("Estimating conditional average zorb effects (CAZE) is hard. We propose a CAZE estimation method and a "
         "CAZE model. A small dataset from a randomized zorbed trial (RZT) is available; we use the RZT dataset.",
         "", set()),
        # negatives: a procedure in lower case names a method; the paper's own lower-case method
        ("AudioZorb is built on contrastive zorb-audio pretraining (CZAP) latents. The pretrained CZAP models help.",
         "", {(MODEL, "AudioZorb"), (MODEL, "CZAP")}),
        ("We propose quorn pattern analysis (QPA), a new method. QPA wins.", "", {(MODEL, "QPA")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "name", "alias"), [
    # "We introduce the Nested Music Transformer (NMT), an architecture ...": a model under a task's abbreviation
    ("We introduce the Nested Melody Transformer (NMT), an architecture for tokens. The NMT consists of two "
     "transformers.", "", "NMT", "Nested Melody Transformer"),
    # "(the Bootstrap Bias Correction, or BBC)": capitalized words spelling a name after "or"
    ("We present a variant, called ZBC-F, of an existing method (the Zorb Bias Correction, or ZBC) that keeps the "
     "properties of the ZBC. The results support that ZBC-F and ZBC dominate the other methods.", "", "ZBC",
     "Zorb Bias Correction"),
])
def test_a_spelled_out_name_is_its_alias(ex: Extractor, abstract: str, title: str, name: str, alias: str) -> None:
    found = ex.spans(abstract, title)["entities"] if title else ex.spans(abstract)["entities"]
    assert alias in {a for e in found if e["name"] == name for a in e["aliases"]}


@pytest.mark.parametrize("abstract", [
    # negatives: a task under its common abbreviation; names joined by "or"
    "We propose a Neural Machine Translation (NMT) system with attention. NMT improves.",
    "We fine-tune BERT or RoBERTa on images or GIFs.",
])
def test_no_alias_where_nothing_is_spelled_out(ex: Extractor, abstract: str) -> None:
    assert not any(e["aliases"] for e in ex.spans(abstract)["entities"] if e["label"] in (MODEL, DATASET))
