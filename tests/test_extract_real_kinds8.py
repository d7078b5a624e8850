"""Kinds of fault seen on the development parts of the real sets re-read on 2 December (issue 11), each with
invented sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import mentions, relations
from kg.extract import Extractor
from kg.model import INTRODUCES, MODEL

# --- "we introduce a novel <long lower-case phrase> (ACRONYM)": its initials spell the acronym in order from its
# first word, passing over words no letter stands for; the acronym is the paper's method ---------------------------

LONG_SPELLED: list[tuple[str, str]] = [
    ("In this work, we introduce a novel probabilistic and robust inverse solver with measurement-conditioned "
     "diffusion prior (PRISM) to address blind deblurring.", "PRISM"),
    ("We propose a hierarchical expert router with cached load estimates across devices (HERALD) for MoE "
     "inference.", "HERALD"),
    ("This paper presents a sparse token eviction mechanism guided by learned layer-wise attention statistics "
     "(STELLA) that halves KV memory.", "STELLA"),
]


@pytest.mark.parametrize(("abstract", "name"), LONG_SPELLED, ids=[n for _, n in LONG_SPELLED])
def test_an_introduced_acronym_after_a_long_lower_case_phrase_that_spells_it_is_the_paper_s_method(
        ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) == INTRODUCES


@pytest.mark.parametrize("abstract", [
    # no introduce cue: a technique the paper applies
    "We apply a probabilistic and robust inverse solver with measurement-conditioned diffusion prior (PRISM) to "
    "blind deblurring.",
    # the initials do not spell it from the phrase's first word
    "We introduce a novel measurement-conditioned diffusion prior (QUARTZ) for blind deblurring.",
])
def test_an_acronym_no_introduced_phrase_spells_is_no_introduced_name(ex: Extractor, abstract: str) -> None:
    assert INTRODUCES not in relations(ex, abstract).values()


# --- "We propose Ours. First, adaptive anchor assignment (ASA) substitutes ...": each step of the paper's method,
# defined in lower case as the subject of a step sentence, is a part the paper introduces ----------------------

COMPONENT_STEPS: list[tuple[str, list[str]]] = [
    ("We propose Zorbix, a semi-supervised detector. First, adaptive anchor assignment~(AAS) substitutes the "
     "static IoU-based strategy. Then, a feature alignment module (FAMX) calibrates the features.",
     ["AAS", "FAMX"]),
    ("We present Kestrel for KV cache quantization. Firstly, sensitivity-aware grouping (SAG) selects the "
     "centroids. In addition, principal-subspace error compensation (PSEC) restores the remaining errors.",
     ["SAG", "PSEC"]),
    ("This paper introduces Quillmax. Specifically, spectral gate pooling (SGP) jointly reduces the tokens.",
     ["SGP"]),
]


@pytest.mark.parametrize(("abstract", "names"), COMPONENT_STEPS, ids=[" ".join(n) for _, n in COMPONENT_STEPS])
def test_a_step_of_the_paper_s_method_defined_in_lower_case_is_introduced(
        ex: Extractor, abstract: str, names: list[str]) -> None:
    found = relations(ex, abstract)
    assert [found.get(n) for n in names] == [INTRODUCES] * len(names)


@pytest.mark.parametrize(("abstract", "name"), [
    # a step before the paper says what it brings: background
    ("First, sensitivity-aware grouping (SAG) selects the centroids. We propose Kestrel.", "SAG"),
    # no work of the paper's own in the abstract
    ("Detectors differ. First, adaptive anchor assignment (AAS) substitutes the static strategy.", "AAS"),
    # the acronym's noun then a verb: a loss applied, not a step doing something
    ("We propose MoLx. Specifically, cross-entropy (CE) loss is applied to the domain data.", "CE"),
    # a known model, which the paper uses
    ("We propose Zorbix. Then, bidirectional encoder representations from transformers (BERT) encodes the "
     "queries.", "BERT"),
    # a training objective or a task, not a part of the method
    ("We propose Falconet. First, masked language modeling (MLM) pretrains the encoder on text.", "MLM"),
    ("We propose Falconet. Then, next sentence prediction (NSPX) scores the pairs.", "NSPX"),
])
def test_a_step_sentence_names_no_own_part_without_the_paper_s_own_work_or_a_verb(
        ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) != INTRODUCES


# --- "PAC-Bayes", "IoUs": a theory named after a mathematician, and the plural of a word that names nothing, are
# no models; a name of the paper's that ends in an eponym still is one -------------------------------------------

@pytest.mark.parametrize(("abstract", "word"), [
    ("PAC-Bayes Control. We derive PAC-Bayes bounds for policies that generalize to new environments.", "PAC-Bayes"),
    ("We fit a Laplace-Gaussian posterior to the weights of a small network.", "Laplace-Gaussian"),
    ("Detection quality degrades at higher IoUs, and the mAPs of both detectors drop.", "IoUs"),
    ("Training on more data lowers the FIDs of all samplers we compare.", "FIDs"),
])
def test_an_eponym_theory_or_the_plural_of_a_measure_is_no_model(ex: Extractor, abstract: str, word: str) -> None:
    assert word not in {text for _, text in mentions(ex, abstract)}


def test_a_name_of_the_paper_s_that_ends_in_an_eponym_is_still_one(ex: Extractor) -> None:
    assert relations(ex, "We propose Zorb-Bayes, a classifier for sparse counts.").get("Zorb-Bayes") == INTRODUCES


# --- "Perceiver-Actor: ..." with "PerAct" in the abstract: the title's words, abbreviated, name the paper's model;
# one node, named as the abstract writes it ----------------------------------------------------------------------

TITLE_ABBREVIATED: list[tuple[str, str, str]] = [
    ("Quill-and-Anchor: Grounded Planning for Household Robots",
     "We study grounded planning with QuAnc, a language-conditioned agent. QuAnc plans over voxel maps.", "QuAnc"),
    ("Router-as-a-Cache: Serving Mixture-of-Experts Models at Scale",
     "We propose RaaC, a serving system that caches experts near the routers.", "RaaC"),
    ("Kestrel-Heron: Joint Speech and Text Pretraining",
     "We investigate this question with KesHer, an encoder trained on paired audio. KesHer halves the error.",
     "KesHer"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), TITLE_ABBREVIATED, ids=[n for _, _, n in TITLE_ABBREVIATED])
def test_an_abbreviation_of_the_title_s_name_is_the_paper_s_model(ex: Extractor, title: str, abstract: str,
                                                                  name: str) -> None:
    nodes, edges = ex.paper("paper:t", title, abstract, ("cs.LG",))
    models = {n.name: n for n in nodes if n.label == MODEL}
    assert list(models) == [name]  # one node, not one for the title's words and one for the abbreviation
    assert title.split(":")[0] in models[name].props["aliases"]
    assert ("paper:t", INTRODUCES, models[name].id) in {(e.source, e.type, e.target) for e in edges}


@pytest.mark.parametrize(("title", "abstract"), [
    # the capitals do not open the title's words in order
    ("Quill-and-Anchor: Grounded Planning", "We study grounded planning with AnQu, an agent."),
    # a capitalized word of the title passed over
    ("Quill-Heron-Anchor: Grounded Planning", "We study grounded planning with QuAn, an agent."),
])
def test_a_name_that_abbreviates_no_title_name_is_its_own(ex: Extractor, title: str, abstract: str) -> None:
    nodes, _ = ex.paper("paper:t", title, abstract, ("cs.LG",))
    assert not any(title.split(":")[0] in n.props.get("aliases", []) for n in nodes)


# --- "Zorb 7B v0.1": a first release numbered below one is the unnumbered name, no version built on it ----------

@pytest.mark.parametrize("abstract", [
    "We introduce Zorblet 7B v0.1, a language model. Zorblet 7B outperforms larger models on reasoning.",
    "We release Quillon v0.1, a speech recognizer; Quillon transcribes forty languages.",
])
def test_a_first_release_below_one_builds_on_no_unnumbered_name(
        builds_on: Callable[[str], set[tuple[str, str]]], abstract: str) -> None:
    assert builds_on(abstract) == set()


def test_a_later_release_below_one_still_builds_on_the_first(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert ("Zorblet v0.2", "Zorblet v0.1") in builds_on(
        "We introduce Zorblet v0.2, a language model that improves on Zorblet v0.1 in reasoning.")


# --- "we curate the evaluation data into Zorb-Bench, a benchmark": what a collect verb makes data into is the
# paper's own; a known name made into something else is not ------------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("To standardize this study, we curate the evaluation data into Quill-CoF, a compact benchmark.", "Quill-CoF"),
    ("We compile these tasks into ZorbBench, a benchmark of 40 tasks.", "ZorbBench"),
    ("We consolidate public corpora into QuillSet, a dataset of 2M dialogues.", "QuillSet"),
])
def test_what_a_collect_verb_makes_data_into_is_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) == INTRODUCES


@pytest.mark.parametrize(("abstract", "name"), [
    ("We merge the adapters into Llama 2 and evaluate on MMLU.", "Llama 2"),  # a known model
    ("Prior work converted SQuAD into QuillQA, which we evaluate on.", "QuillQA"),  # others' work
])
def test_a_known_name_or_others_work_made_into_is_not_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) != INTRODUCES


# --- "We developed an approach combining X, Y and the Z algorithm to create W": what is combined is used, not
# introduced ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "used", "ours"), [
    ("We developed an integrated approach combining Heron networks (HNs), autoencoders, and the Quill algorithm "
     "to create a procedure named Kestrelo. Kestrelo finds 80% of the clusters.", "Quill", "Kestrelo"),
    ("We present a detector combining ZorbNet and QuillFormer, called HeronDet.", "ZorbNet", "HeronDet"),
])
def test_what_an_introduced_work_combines_is_not_introduced(ex: Extractor, abstract: str, used: str,
                                                           ours: str) -> None:
    found = relations(ex, abstract)
    assert (found.get(used) != INTRODUCES, found.get(ours)) == (True, INTRODUCES)


# --- "a novel BERT variant called Bertlet": a known model qualifying what the paper introduces is not introduced --

@pytest.mark.parametrize(("abstract", "known", "ours"), [
    ("We introduce a novel bidirectional encoder representations from transformers (BERT) variant called Bertlet.",
     "BERT", "Bertlet"),
    ("We present a GPT-2 style decoder, named Quillgen, for music.", "GPT-2", "Quillgen"),
    ("We introduce a T5-like encoder-decoder called Zorbit.", "T5", "Zorbit"),
])
def test_a_known_model_qualifying_the_introduced_one_is_not_introduced(ex: Extractor, abstract: str, known: str,
                                                                       ours: str) -> None:
    found = relations(ex, abstract)
    assert (found.get(known) != INTRODUCES, found.get(ours)) == (True, INTRODUCES)
