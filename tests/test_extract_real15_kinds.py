"""Kinds of fault seen on the development part of the real set ``real15`` (collected 3 December, scored unseen
first), each with invented sentences of its own (issues 11 and 16).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind of
phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, relations
from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL
from kg.names import name_relation

Pairs = Callable[[str], set[tuple[str, str]]]

# --- a numbered member of a family the gazetteer or the text labels is what the family is ("VoxCeleb1" after "the
# VoxCeleb dataset", "ResNet50" in a list after a data set) -----------------------------------------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("Results on the Quillceleb dataset are strong; our best system reaches 0.5% EER on Quillceleb1.",
     {(DATASET, "Quillceleb"), (DATASET, "Quillceleb1")}),
    ("We evaluate on VoxCeleb1 and on Quillceleb2.", {(DATASET, "VoxCeleb1"), (DATASET, "Quillceleb2")}),
    ("Experiments on the Zorb character dataset show gains across ResNet50, DenseNet121, and VGG16.",
     {(DATASET, "Zorb"), (MODEL, "ResNet50"), (MODEL, "DenseNet121"), (MODEL, "VGG16")}),
])
def test_a_numbered_family_member_takes_the_familys_label(ex: Extractor, abstract: str,
                                                           expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


def test_a_numbered_name_of_no_known_family_is_read_from_its_context(ex: Extractor) -> None:
    assert entities(ex, "We evaluate on Quillbench2 and Kestrel3 and Lark5.") == {
        (DATASET, "Quillbench2"), (DATASET, "Kestrel3"), (DATASET, "Lark5")}


# --- a version glued to a name that ends in two capitals ("InternVL3") is a version, as "Qwen2" is ----------------

@pytest.mark.parametrize(("later", "earlier", "relation"), [
    ("KiteVL3", "KiteVL", "version"),
    ("QuillLM2", "QuillLM", "version"),
    ("KiteVL3", "KiteVL 2", "version"),
    ("CodeT5", "Code", None),
    ("CsPbBr3", "CsPbBr", None),
])
def test_a_version_glued_after_two_capitals(later: str, earlier: str, relation: str | None) -> None:
    assert name_relation(later, earlier) == relation


def test_a_series_member_with_a_glued_version_builds_on_the_series(builds_on: Pairs) -> None:
    assert builds_on("We introduce KiteVL3, a significant advancement in the KiteVL series.") == {
        ("KiteVL3", "KiteVL")}


# --- "a significant upgrade from its predecessor, X" states X as the base --------------------------------------------

@pytest.mark.parametrize("abstract", [
    "We introduce Kite, a significant upgrade from its predecessor, Lark.",
    "We introduce Kite, a significant upgrade from its predecessor Lark.",
    "We introduce Kite, an upgrade of Lark with a memory.",
])
def test_an_upgrade_from_a_predecessor_is_lineage(builds_on: Pairs, abstract: str) -> None:
    assert builds_on(abstract) == {("Kite", "Lark")}


def test_predecessors_set_apart_are_no_lineage(builds_on: Pairs) -> None:
    assert builds_on("We introduce Kite; unlike its predecessors, Lark and Quill, it is trained from scratch.") == set()


# --- "Ours extends X 7B from 4k context to 100k": X's context grows, X is what ours is applied to -----------------

@pytest.mark.parametrize("abstract", [
    "We present Kite, an efficient fine-tuning approach. Kite extends Lark2 7B from 4k context to 100k on one machine.",
    "We present Kite, which extends Lark's context window to 128k tokens.",
    "We present Kite, which extends Lark to a 64k context.",
])
def test_extending_a_models_context_is_no_lineage(builds_on: Pairs, abstract: str) -> None:
    assert builds_on(abstract) == set()


@pytest.mark.parametrize("abstract", [
    "We present Kite, which extends Lark with a retrieval memory.",
    "We present Kite. Kite extends Lark to video.",
])
def test_extending_a_model_with_a_part_or_to_a_domain_stays_lineage(builds_on: Pairs, abstract: str) -> None:
    assert builds_on(abstract) == {("Kite", "Lark")}


# --- an aside in parentheses inside an apposition ("a 2M-sample high-resolution (>1024) editing dataset") keeps its
# head ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "To support training, we construct Kite-2M, a 2M-sample high-resolution (>1024) editing dataset.",
    "We release Kite-2M, a large (2M samples) editing dataset.",
])
def test_an_apposition_with_an_aside_keeps_its_data_head(ex: Extractor, abstract: str) -> None:
    assert relations(ex, abstract) == {"Kite-2M": INTRODUCES}
    assert entities(ex, abstract) == {(DATASET, "Kite-2M")}


# --- the long form of a common abbreviation before a plural head ("Virtual Reality (VR) environments") is a kind of
# data, no named data set ------------------------------------------------------------------------------------------

def test_a_common_abbreviations_long_form_before_a_plural_head_is_no_name(ex: Extractor) -> None:
    abstract = "Bare-hand interaction is common in Augmented Reality (AR) and Virtual Reality (VR) environments."
    assert entities(ex, abstract) == set()


# --- a name with a Greek argument ("SMIX(λ)", "Kite(λ)") is one name ---------------------------------------------

@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("SMIX(λ): Enhancing Centralized Value Functions", "This work presents SMIX(λ), a sample efficient method.",
     "SMIX(λ)"),
    ("", "We present Kite(λ), an off-policy method, and compare it with Lark.", "Kite(λ)"),
])
def test_a_name_with_a_greek_argument_is_one_name(ex: Extractor, title: str, abstract: str, name: str) -> None:
    found = relations(ex, abstract, title)
    assert found[name] == INTRODUCES
    assert not any(n != name and n.startswith(name.split("(")[0]) for n in found)


# --- a field's abbreviation the text defines ("Self-Supervised Learning (SSL)") is no name where it stands alone ----

@pytest.mark.parametrize("field", ["Self-Supervised Learning (SSL)", "Federated Learning (FL)"])
def test_a_defined_field_abbreviation_alone_is_no_name(ex: Extractor, builds_on: Pairs, field: str) -> None:
    abbreviation = field.split("(")[1].rstrip(")")
    abstract = (f"Advances in {field} help. Then, we propose a framework to learn speaker representations in an "
                f"{abbreviation} context by fine-tuning a pre-trained WavLM with a supervised loss. Initial "
                f"pseudo-labels are derived from an {abbreviation} DINO-based model.")
    assert {n for _, n in entities(ex, abstract)} == {"WavLM", "DINO"}
    assert builds_on(abstract) == set()


def test_an_abbreviation_the_paper_names_its_model_by_stays_a_name(ex: Extractor) -> None:
    abstract = "We propose the Pyramid Echo Transformer (PET). PET outperforms Kite on ImageNet."
    assert (MODEL, "PET") in entities(ex, abstract)



# --- a capital an acronym raises to a power spells that many words ("V2PE": variable visual position encoding);
# "2" read as "to" ("end-to-end (E2E)") leaves the long form as written -----------------------------------------------

@pytest.mark.parametrize(("abstract", "name", "long_form"), [
    ("Zorb incorporates variable visual position encoding (V2PE) to support long contexts.", "V2PE",
     "variable visual position encoding"),
    ("We propose shifted sparse attention (S2-Attn), which enables context extension.", "S2-Attn",
     "shifted sparse attention"),
    ("We propose a zorb-to-quill transfer (Z2QT) protocol.", "Z2QT", "zorb-to-quill transfer"),
])
def test_a_powered_capital_spells_that_many_words(ex: Extractor, abstract: str, name: str, long_form: str) -> None:
    found = [e for e in ex.spans(abstract)["entities"] if e["name"] == name]
    assert found and found[0]["aliases"] == [long_form]
