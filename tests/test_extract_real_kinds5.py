"""Kinds of fault seen on a fifth set of real abstracts (issue 11), each with invented sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, DATASET, INTRODUCES, MODEL


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def models(ex: Extractor, abstract: str) -> set[str]:
    """The names of every Model node the paper yields."""
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    return {n.name for n in nodes if n.label == MODEL}


def relations(ex: Extractor, abstract: str, kind: str) -> set[tuple[str, str]]:
    """(source, target) of every relation of ``kind`` the paper states."""
    return {(r["source"], r["target"]) for r in ex.spans(abstract, "")["relations"] if r["type"] == kind}


# --- a variant word after a spaced or doubled dash is part of the name ------------------------------------------

DASHED: list[tuple[str, str, str]] = [
    ("We release Mistral 7B -- Instruct, a chat model fine-tuned from Mistral 7B.", "Mistral-Instruct", "Instruct"),
    ("We release Zorb-7B--Chat, a model tuned from Zorb-7B.", "Zorb-Chat", "Chat"),
    ("We release Kestrel-13B \u2013 Chat, tuned on dialogues in Spanish.", "Kestrel-Chat", "Chat"),
    ("Our Quill 2 \u2014 Instruct follows instructions better than Quill 2.", "Quill 2-Instruct", "Instruct"),
]


@pytest.mark.parametrize(("abstract", "name", "word"), DASHED, ids=[n for _, n, _ in DASHED])
def test_a_dashed_variant_word_joins_the_name_before_it(ex: Extractor, abstract: str, name: str, word: str) -> None:
    found = models(ex, abstract)
    assert name in found
    assert word not in found


NOT_DASHED: list[tuple[str, str]] = [
    ("The results -- Instruct tuning helps -- hold for Mistral 7B.", "Mistral"),
    ("We tune Zorb-7B -- the largest model we have -- on 3B tokens.", "Zorb"),
]


@pytest.mark.parametrize(("abstract", "name"), NOT_DASHED, ids=[n for _, n in NOT_DASHED])
def test_a_dash_before_other_words_leaves_the_name_alone(ex: Extractor, abstract: str, name: str) -> None:
    assert name in models(ex, abstract)


# --- "our X-based agent": X is what the paper builds on, not what it introduces ---------------------------------

BASED_OURS: list[tuple[str, str]] = [
    ("Our Zephyr-based agent outperforms GPT-4-based agents on WebArena.", "Zephyr"),
    ("Our LLaMA-initialized planner solves 40% more tasks than prior planners.", "LLaMA"),
    ("Our BERT-based ranker is cheaper than cross-encoders.", "BERT"),
]


@pytest.mark.parametrize(("abstract", "name"), BASED_OURS, ids=[n for _, n in BASED_OURS])
def test_the_base_of_our_unnamed_system_is_not_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert name in models(ex, abstract)
    assert ("paper", name) not in relations(ex, abstract, INTRODUCES)


def test_the_named_system_of_a_based_compound_is_still_introduced(ex: Extractor) -> None:
    abstract = "We propose Zorb, a Zephyr-based agent. Our Zorb-based planner solves more tasks."
    assert ("paper", "Zorb") in relations(ex, abstract, INTRODUCES)
    assert ("Zorb", "Zephyr") in relations(ex, abstract, BUILDS_ON)


# --- a compound's head is a noun after "-based", not a name after a verb ----------------------------------------

COMPOUND_HEADS: list[tuple[str, set[tuple[str, str]]]] = [
    ("Our Zephyr-based agent outperforms GPT-4-based agents on WebArena.", set()),
    ("A Kestrel-based agent beats Quill on 12 tasks.", set()),
    ("We study the ViT-based detector ZorbDet on COCO.", {("ZorbDet", "Vision Transformer")}),
    ("We study the ViT-based open-vocabulary detector ZorbDet on COCO.", {("ZorbDet", "Vision Transformer")}),
]


@pytest.mark.parametrize(("abstract", "edges"), COMPOUND_HEADS, ids=[a[:40] for a, _ in COMPOUND_HEADS])
def test_a_based_compound_describes_the_name_its_head_noun_precedes(ex: Extractor, abstract: str,
                                                                     edges: set[tuple[str, str]]) -> None:
    assert relations(ex, abstract, BUILDS_ON) == edges


def test_a_dataset_is_untouched_by_the_joins(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We fine-tune Mistral 7B -- Instruct on MultiWOZ.", ())
    assert {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)} == {
        (MODEL, "Mistral-Instruct"), (DATASET, "MultiWOZ")}


def aliases(ex: Extractor, abstract: str) -> dict[str, list[str]]:
    """Each Model node's name -> its aliases."""
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    return {n.name: list(n.props.get("aliases") or []) for n in nodes if n.label == MODEL}


# --- an acronym of joined common words that the paper presents is its model -------------------------------------

JOINED_ACRONYMS: list[tuple[str, str]] = [
    ("In this paper, we present a Multi-Task Deep Neural Network (MT-DNN) for learning representations.", "MT-DNN"),
    ("We propose the Graph Echo Network (GE-DNN) for tables.", "GE-DNN"),
    ("We introduce a Token Routing Deep Neural Network (TR-DNN) for speech.", "TR-DNN"),
]


@pytest.mark.parametrize(("abstract", "name"), JOINED_ACRONYMS, ids=[n for _, n in JOINED_ACRONYMS])
def test_an_acronym_of_common_words_the_paper_presents_is_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert ("paper", name) in relations(ex, abstract, INTRODUCES)


def test_an_acronym_of_generic_architectures_is_not_made_a_name_by_the_joined_rule(ex: Extractor) -> None:
    abstract = "We use a Convolutional Neural Network (CNN) and a Long Short-Term Memory (LSTM) network."
    assert relations(ex, abstract, INTRODUCES) == set()


# --- a long form with a version: "Segment Anything Model 3 (SAM3)" ----------------------------------------------

VERSIONED_LONG_FORMS: list[tuple[str, str, str]] = [
    ("The Segment Anything Model 3 (SAM3) advances visual understanding.", "SAM3", "Segment Anything Model 3"),
    ("We present the Quill Echo Network 2 (QEN2) for tables.", "QEN2", "Quill Echo Network 2"),
    ("We compare with Gated Echo Transformer 1.5 (GET1.5) on long inputs.", "GET1.5", "Gated Echo Transformer 1.5"),
]


@pytest.mark.parametrize(("abstract", "name", "long_form"), VERSIONED_LONG_FORMS,
                         ids=[n for _, n, _ in VERSIONED_LONG_FORMS])
def test_a_long_form_ending_in_the_acronyms_version_is_its_alias(ex: Extractor, abstract: str, name: str,
                                                                  long_form: str) -> None:
    assert long_form in aliases(ex, abstract).get(name, [])


def test_a_score_before_a_parenthesis_is_still_no_long_form(ex: Extractor) -> None:
    assert aliases(ex, "Zorb raises HOTA from 61.3 (OC-SORT) to 65.9 on MOT17.").get("OC-SORT", []) == []


# --- "termed as", "called as" name the paper's own -----------------------------------------------------------

NAMED_AS: list[tuple[str, str]] = [
    ("This paper suggests a deep face dictionary network (termed as ZFDNet) to guide the restoration.", "ZFDNet"),
    ("We propose a new detector, called as QuillDet, for small objects.", "QuillDet"),
    ("We design a sparse router, named as EchoRoute, for experts.", "EchoRoute"),
]


@pytest.mark.parametrize(("abstract", "name"), NAMED_AS, ids=[n for _, n in NAMED_AS])
def test_a_naming_verb_with_as_introduces_the_name(ex: Extractor, abstract: str, name: str) -> None:
    assert ("paper", name) in relations(ex, abstract, INTRODUCES)


# --- every item of a numbered list the paper proposes is introduced ---------------------------------------------

NUMBERED = ('Three new CTC variants are proposed: (1) the "compact-CTC", in which units are merged; (2) the '
            '"minimal-CTC", that only adds loops; and (3) the "selfless-CTC" variants, which disallow loops.')


def test_each_numbered_item_after_a_proposal_is_introduced(ex: Extractor) -> None:
    found = relations(ex, NUMBERED, INTRODUCES)
    assert {("paper", n) for n in ("compact-CTC", "minimal-CTC", "selfless-CTC")} <= found


def test_numbered_items_of_others_stay_others(ex: Extractor) -> None:
    abstract = "We compare (1) BERT, a bidirectional encoder, and (2) GPT-2, a decoder, on GLUE."
    assert relations(ex, abstract, INTRODUCES) == set()


# --- a title "Name: description" states what the name builds on, as an apposition does -------------------------

def title_relations(ex: Extractor, title: str, abstract: str, kind: str) -> set[tuple[str, str]]:
    """(source, target) of every relation of ``kind`` the paper with this title states."""
    return {(r["source"], r["target"]) for r in ex.spans(abstract, title)["relations"] if r["type"] == kind}


TITLE_BASES: list[tuple[str, tuple[str, str]]] = [
    ("Quokka: A Robustly Optimized BERT Pretraining Approach", ("Quokka", "BERT")),
    ("Quokka - A Robustly Optimized BERT Pretraining Approach", ("Quokka", "BERT")),
    ("Quokka: An Improved BERT for Retrieval", ("Quokka", "BERT")),
    ("Quokka: A Fine-Tuned Llama 2 for Retrieval", ("Quokka", "Llama 2")),
]


@pytest.mark.parametrize(("title", "edge"), TITLE_BASES, ids=[t for t, _ in TITLE_BASES])
def test_a_titles_apposition_states_the_base(ex: Extractor, title: str, edge: tuple[str, str]) -> None:
    assert edge in title_relations(ex, title, "We study retrieval. Quokka wins on three benchmarks.", BUILDS_ON)


TITLE_NOT_BASES: list[str] = [
    "Quokka: Beating BERT at Retrieval",
    "Quokka: Why BERT Fails at Retrieval",
]


@pytest.mark.parametrize("title", TITLE_NOT_BASES)
def test_a_title_comparing_with_a_model_states_no_base(ex: Extractor, title: str) -> None:
    assert title_relations(ex, title, "We study retrieval. Quokka wins on three benchmarks.", BUILDS_ON) == set()


def test_a_title_naming_the_papers_method_twice_is_no_lineage(ex: Extractor) -> None:
    title = "CarneliNet: Neural Mixture Model for Speech Recognition"
    abstract = "We propose an approach we call Neural Mixture Model. We design CarneliNet, a CTC-based network."
    assert title_relations(ex, title, abstract, BUILDS_ON) == set()


# --- naming phrases of other shapes; "call" that invokes a known model ------------------------------------------

NAMED_MORE: list[tuple[str, str]] = [
    ("We learn routing with a small network; the resulting framework, RouteLM, is cheap.", "RouteLM"),
    ("The approach we call RouteLM routes each query to one model.", "RouteLM"),
    ("We propose an alternative approach that we call Sparse Echo Mixing.", "Sparse Echo Mixing"),
    ("We call our method Sparse Anchor Tuning (SAT).", "SAT"),
    ("Building on BERT, we train a small model we call DistilBERT.", "DistilBERT"),
    ("We train a compact model we call TinyBERT.", "TinyBERT"),
]


@pytest.mark.parametrize(("abstract", "name"), NAMED_MORE, ids=[n for _, n in NAMED_MORE])
def test_more_naming_phrases_introduce_the_name(ex: Extractor, abstract: str, name: str) -> None:
    assert ("paper", name) in relations(ex, abstract, INTRODUCES)


NOT_NAMED: list[str] = [
    "In this setting we call GPT-4 through its API.",
    "The resulting model outperforms RouteLM on MMLU.",
    "The resulting framework outperforms RouteLM on MMLU.",
    "We use Stochastic Weight Averaging (SWA) during fine-tuning.",
]


@pytest.mark.parametrize("abstract", NOT_NAMED)
def test_calling_a_known_model_or_beating_one_introduces_nothing(ex: Extractor, abstract: str) -> None:
    assert relations(ex, abstract, INTRODUCES) == set()
