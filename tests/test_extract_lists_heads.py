"""Lists and head nouns read from the token sequence (issue 11, kinds A, B and E of real text).

1. A list after a plural head of the model, method or dataset kind ("four QA models,", "quantizers such as",
   "benchmarks (", "baselines:"): every member up to the member after the last "and"/"or" is a name of that
   kind; a parenthetical after a member is skipped and a lower-case member names nothing. A comma after the
   head opens a list only with "and"/"or" in it and three members (two after a count).
2. A name right before a head noun of the model, method or dataset kind, with up to two lower-case
   modifiers between ("the Quasar diffusion model", "the Lantern algorithm").
3. The head noun set in apposition says what a new name is, over a known name it extends.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL

from extract_helpers import labels


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


LISTS = [
    ("We compare four captioning models, TRAVOK, Pellix-CNN, Gated Lens Fusion, Oromo-3, and Quillet.",
     MODEL, ["TRAVOK", "Pellix-CNN", "Gated Lens Fusion", "Oromo-3", "Quillet"]),
    ("We benchmark quantizers such as round-to-nearest (RTN), Sqzr, FlintQuant and BQX.",
     MODEL, ["Sqzr", "FlintQuant", "BQX"]),
    ("Our planner is compared with three baselines, Varnock, Tessel and Jorvik, on 40 maps.",
     MODEL, ["Varnock", "Tessel", "Jorvik"]),
    ("The study covers two Transformer models, Halcyon and Brevik, trained on legal text.",
     MODEL, ["Halcyon", "Brevik"]),
    ("We use retrievers including Dunmore, Tarsel-R and the Kelpie system in the pipeline.",
     MODEL, ["Dunmore", "Tarsel-R"]),
    ("Strong LLMs such as Ostrava, Pemberly-2 and Quenby fail on the new puzzles.",
     MODEL, ["Ostrava", "Pemberly-2", "Quenby"]),
    ("We evaluate on three benchmarks (Marrow, Kestle-QA and Vinter) and report accuracy.",
     DATASET, ["Marrow", "Kestle-QA", "Vinter"]),
    ("Training uses corpora such as Lumbrook, Fennick-Web and Orlow News.",
     DATASET, ["Lumbrook", "Fennick-Web", "Orlow News"]),
    ("Suites for clinical question answering such as Medrill and Corvane-QA use short notes.",
     DATASET, ["Medrill", "Corvane-QA"]),
    ("We compare five parsing models, Tolvek, Gated Span and Chart Parsing, Brisk-2, and Omnel, on treebanks.",
     MODEL, ["Tolvek", "Gated Span and Chart Parsing", "Brisk-2", "Omnel"]),
]


@pytest.mark.parametrize("text,label,names", LISTS)
def test_every_member_of_a_list_after_a_plural_head_is_a_name_of_its_kind(
        ex: Extractor, text: str, label: str, names: list[str]) -> None:
    found = labels(ex, text)
    for name in names:
        assert found.get(name) == {label}, (name, found)


@pytest.mark.parametrize("text,absent", [
    ("We benchmark quantizers such as round-to-nearest (RTN), Sqzr, FlintQuant and BQX.", "round-to-nearest"),
    ("Unlike earlier models, Varnock and Tessel, we never see the labels.", "Varnock"),
    ("Unlike prior detectors, Halcyon and Brevik run on phones.", "Halcyon"),
    ("Among the models, Ostrava was the slowest.", "Ostrava"),
    ("We study models such as Pemberly-2, which run in 6.4 ms and 7 steps.", "6.4"),
    ("We release four distilled models, 1.5B, 7B, 14B and 70B, under an open license.", "7B"),
])
def test_no_list_without_its_structure(ex: Extractor, text: str, absent: str) -> None:
    assert MODEL not in labels(ex, text).get(absent, set())


def test_a_list_ends_with_its_sentence(ex: Extractor) -> None:
    found = labels(ex, "Our stack adopts modules including Gated Routing and Quorvex. Tarnel then adds a cache.")
    assert "Quorvex. Tarnel" not in found and found.get("Quorvex") == {MODEL}, found


HEADS = [
    ("In this work we improve the popular QRX diffusion model for face synthesis.", "QRX", MODEL),
    ("Points are grouped with the Lantern algorithm before meshing.", "Lantern", MODEL),
    ("We cluster the embeddings with the Quiver algorithm and report purity.", "Quiver", MODEL),
    ("The gains hold on the Tessaly evaluation suite and on held-out logs.", "Tessaly", DATASET),
    ("Mixture layers such as Switch layers, BASE layers and hash layers route tokens.", "BASE Layers", MODEL),
]


@pytest.mark.parametrize("text,name,label", HEADS)
def test_a_name_before_a_head_noun_is_of_the_heads_kind(ex: Extractor, text: str, name: str, label: str) -> None:
    assert labels(ex, text).get(name) == {label}


@pytest.mark.parametrize("text,absent", [
    ("Mixture layers such as Switch layers, BASE layers and hash layers route tokens.", "BASE"),
    ("We fit the Bayesian model and compare it with a Gaussian model.", "Bayesian"),
    ("Rust is growing fast. We study the Rust compiler on many crates.", "Rust"),
    ("We use vector quantisation (VQ). The VQ method avoids posterior collapse.", "VQ"),
    ("Recent MIM methods reconstruct pixels; Siamese networks compare two views.", "MIM"),
    ("Recent MIM methods reconstruct pixels; Siamese networks compare two views.", "Siamese"),
    ("Our model uses the Zorb pretrained encoder for speech.", "Zorb"),
])
def test_no_name_from_a_head_noun_without_its_conditions(ex: Extractor, text: str, absent: str) -> None:
    assert MODEL not in labels(ex, text).get(absent, set())


@pytest.mark.parametrize("text,name,label", [
    ("We introduce MMLU-Chat, a dialogue model tuned on forum threads, and score it on MMLU.", "MMLU-Chat", MODEL),
    ("We present ImageNet-Tagger, a labelling system for web photos.", "ImageNet-Tagger", MODEL),
    ("We build Llama-Quiz, a benchmark of trivia questions answered by Llama.", "Llama-Quiz", DATASET),
    ("We release SQuAD-Hard, a harder benchmark of reading questions.", "SQuAD-Hard", DATASET),
])
def test_the_apposed_head_sets_the_type_over_a_known_name_it_extends(ex: Extractor, text: str, name: str,
                                                                     label: str) -> None:
    assert labels(ex, text).get(name) == {label}
