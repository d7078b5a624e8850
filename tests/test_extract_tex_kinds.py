"""Kinds of fault seen on the development parts of the real sets in round 22, each with invented sentences of its
own (issues 11 and 16).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind of
phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, relations
from kg.extract import Extractor
from kg.extract.base import printed_text, printed_folds, unfolded
from kg.model import INTRODUCES, MODEL

# --- inline TeX an arXiv abstract keeps is read as it prints: a braced Greek macro after a name is the letter, and
# text in a font or underlined is the text (an acronym spelled by underlined letters reads as its words) --------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("This report introduces Zorb-{\\delta}, a text-to-image model.", "Zorb-δ"),
    ("We present Kite-{ \\Omega }, a planner for robots.", "Kite-Ω"),
    ("We present \\textbf{Quillformer}, a model for long documents.", "Quillformer"),
    ("We present \\emph{Quillformer}, a model for long documents.", "Quillformer"),
    ("We propose $\\textit{Quillformer}$, a model for long documents.", "Quillformer"),
])
def test_a_name_written_in_tex_is_the_name_as_printed(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract) == {name: INTRODUCES}


@pytest.mark.parametrize("abstract", [
    "We propose \\underline{G}raph \\underline{R}outed \\underline{E}xpert \\underline{T}uning (GRET), a method.",
    "We propose \\textbf{\\underline{G}}raph \\textbf{\\underline{R}}outed \\textbf{\\underline{E}}xpert "
    "\\textbf{\\underline{T}}uning (GRET), a method.",
])
def test_an_acronym_spelled_by_underlined_letters_has_its_long_form(ex: Extractor, abstract: str) -> None:
    found = ex.spans(abstract)["entities"]
    gret = [e for e in found if e["name"] == "GRET"]
    assert gret and gret[0]["aliases"] == ["Graph Routed Expert Tuning"]


def test_spans_of_tex_names_cover_the_text_as_written(ex: Extractor) -> None:
    abstract = "We present \\textbf{Quillformer} and Zorb-{\\delta} for long documents."
    spans = {e["name"]: abstract[e["start"]:e["end"]] for e in ex.spans(abstract)["entities"] if e["label"] == MODEL}
    assert spans == {"Quillformer": "\\textbf{Quillformer}", "Zorb-δ": "Zorb-{\\delta}"}


@pytest.mark.parametrize("text", [
    "Costs fall by 5% and {bold stays}; a \\textbf{x$ y} is unbalanced.",
    "A set {\\alpha, \\beta} and a bare \\delta stay as written, as does $x^2$.",
    "Prices of $300 and $400 stay.",
])
def test_tex_that_is_no_inline_markup_stays_as_written(text: str) -> None:
    assert printed_text(text) == text


def test_old_style_font_switches_and_protective_braces_print_their_words() -> None:
    assert printed_text("two techniques: {\\em Initial residual} and {\\bf Zorb}, and ({FE-4DGS}) on {4D} scenes") == (
        "two techniques: Initial residual and Zorb, and (FE-4DGS) on 4D scenes")


@pytest.mark.parametrize("text", [
    "A \\emph{Zorb} net and \\textbf{\\underline{O}}mni-modal Kite-{\\alpha} with $\\tau$-bench.",
    "$\\underline{\\texttt{o}}$ptimal \\textit{runs} of M$^2$AD",
    "two techniques: {\\em Initial residual} and {\\bf Zorb}, and ({FE-4DGS}) on {4D} scenes",
])
def test_every_offset_of_the_printed_text_maps_back_into_the_text_as_written(text: str) -> None:
    plain, folds = printed_folds(text)
    starts = [unfolded(k, folds) for k in range(len(plain) + 1)]
    assert starts == sorted(starts) and starts[0] == 0 and starts[-1] == len(text)
    for k, char in enumerate(plain):  # a kept character is itself, a made one stands where its markup began
        assert text[starts[k]] == char or text[starts[k]] in "\\${"



# --- a word a PDF's line break split at a hyphen ("Panop- tic FPN") is whole again when the text writes it whole ---

@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("", "We propose Quasar Lat- tice Nets (QLN) for lattice tasks. QLN is trained on lattice data.", "QLN"),
    ("Panoptic Kite Networks", "We extend Kite with a shared Lark Pyramid Network (LPN) backbone. We study Kite "
     "with LPN, which we refer to as Panop- tic LPN.", "Panoptic LPN"),
])
def test_a_name_split_at_a_line_break_is_whole(ex: Extractor, title: str, abstract: str, name: str) -> None:
    found = relations(ex, abstract, title)
    assert found.get(name) == INTRODUCES and not any("- " in n for n in found)


@pytest.mark.parametrize("text", [
    "Both low- and high- resource settings, pre- and post-training, and state-of- the-art results.",
    "A low- resource setting.",
])
def test_a_hyphen_before_a_line_break_stays_when_the_word_is_not_written_whole(text: str) -> None:
    assert printed_text(text) == text


# --- "Ours, a model that integrates Y into X": X is ours's base; Y is put into X, no child of X -------------------

@pytest.mark.parametrize("abstract", [
    "We introduce Zorb, a framework that integrates ControlNet into Kite.",
    "This report introduces Zorb-2, a text-to-image synthesis framework that integrates the Latent Consistency "
    "Model (LCM) and ControlNet into the advanced Kite model.",
    "This report introduces Zorb-2, a model that integrates ControlNet into the Kite model.",
    "We present Zorb, a system that incorporates Lark into the pretrained Kite backbone.",
    "We present Zorb, which integrates Lark into Kite.",
])
def test_the_model_put_into_a_base_is_no_child_of_it(builds_on: Callable[[str], set[tuple[str, str]]],
                                                      abstract: str) -> None:
    pairs = builds_on(abstract)
    child = "Zorb-2" if "Zorb-2" in abstract else "Zorb"
    assert (child, "Kite") in pairs
    assert not {p for p in pairs if p[1] == "Kite" and p[0] != child}


def test_a_model_put_into_others_stays_their_plug_in(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert builds_on("We present Zorb, a plug-in. Zorb can be integrated into Kite and Lark.") == set()


@pytest.mark.parametrize("abstract", [
    "We present Zorb, a fast captioner, and integrate both Lark and Zorb into Kite for researchers.",
    "We present Zorb, a fast captioner. We integrate Zorb and Lark into the Kite library.",
])
def test_ours_put_into_a_model_with_others_is_hosted(builds_on: Callable[[str], set[tuple[str, str]]],
                                                      abstract: str) -> None:
    assert not {p for p in builds_on(abstract) if p[1] == "Kite"}


# --- a result measured against a model ("a 7x improvement over X") compares; "an improvement over X" states ------

@pytest.mark.parametrize("abstract", [
    "We introduce Zorb, an image generator. Zorb takes 0.5 seconds per image, marking a 7x improvement over Kite.",
    "We introduce Zorb, an image generator, with a 12% accuracy gain over the Kite model.",
    "We introduce Zorb, a translation model, with a 2.1 BLEU improvement over Kite.",
    "We introduce Zorb, an image generator, with a 3× speedup over Kite.",
])
def test_a_measured_improvement_over_a_model_is_no_lineage(builds_on: Callable[[str], set[tuple[str, str]]],
                                                           abstract: str) -> None:
    assert builds_on(abstract) == set()


def test_an_improvement_over_a_model_without_a_measure_stays_lineage(
        builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert builds_on("We introduce Zorb, an improvement over Kite that adds a memory.") == {("Zorb", "Kite")}


# --- the heading of a listed item in plain words ("three innovations: (1) Efficient Depth Growing: a ...") is a part
# of the paper's work, no name; a name-shaped item stays a name ------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "This paper presents Zorb-1.5, an image generator. Building upon Zorb-1.0, we introduce three key innovations: "
    "(1) Efficient Depth Growing: A depth-growth paradigm. (2) Model Block Pruning: A block importance analysis "
    "technique. 3) Sample Time Scaling: a repeated sampling strategy.",
    "This paper presents Zorb-1.5, an image generator built upon Zorb-1.0. Our contributions are (i) Depth Growing: "
    "a paradigm, and (ii) Block Pruning: a technique.",
])
def test_a_listed_items_plain_heading_is_no_name(ex: Extractor, builds_on: Callable[[str], set[tuple[str, str]]],
                                                  abstract: str) -> None:
    assert {n for _, n in entities(ex, abstract)} == {"Zorb-1.5", "Zorb-1.0"}
    assert builds_on(abstract) == {("Zorb-1.5", "Zorb-1.0")}


def test_a_listed_item_with_a_name_shape_stays_a_name(ex: Extractor) -> None:
    abstract = "We introduce two models: (1) Kite-7B: a small model, and (2) LarkNet: a large model."
    assert {n for _, n in entities(ex, abstract)} == {"Kite", "LarkNet"}
