"""The kinds of fault seen on real abstracts (issue 11), each with invented sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, COMPARES_WITH, DATASET, EVALUATED_ON, INTRODUCES, MODEL, USES

P = "paper"
TYPES = (INTRODUCES, BUILDS_ON, USES, COMPARES_WITH, EVALUATED_ON)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def entities(ex: Extractor, abstract: str, title: str = "", categories: Sequence[str] = ()) -> set[tuple[str, str]]:
    """(label, name) of every Model and Dataset node the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, categories)
    return {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}


def relations(ex: Extractor, abstract: str, title: str = "") -> set[tuple[str, str, str]]:
    """(source, type, target) of the stated relations of TYPES, the paper written as "paper"."""
    return {(r["source"], r["type"], r["target"]) for r in ex.spans(abstract, title)["relations"]
            if r["type"] in TYPES}


# --- kind 6: outside ML only strong evidence makes a Model or Dataset --------------------------------------

OUTSIDE_ML: list[tuple[str, str, list[str]]] = [
    ("Transits of HD 209458 b", "We observe HD 209458 b with the Kestrel-9 spectrograph and fit its light curve.",
     ["astro-ph.EP"]),
    ("Ammonia ices", "Layers of NH3 and CO2 ice were grown at 10 K and probed with FTIR-X spectra.", ["physics.chem-ph"]),
    ("BRCA1 and TP53 in yeast", "We knock out BRCA1 and TP53 homologues and score growth with the CellTrak-2 assay.",
     ["q-bio.GN"]),
    ("Tidal mixing", "The ORCA-12 ocean model reproduces the observed tides; we compare it with NEMO-3.", ["physics.ao-ph"]),
    # no categories: the text decides
    ("", "We measure the spectra of 40 galaxies with the Vexa-4 telescope and derive their stellar masses.", []),
    ("", "The Grel-2 quark model predicts hadron masses within 3 percent of lattice results.", []),
]


@pytest.mark.parametrize(("title", "abstract", "categories"), OUTSIDE_ML, ids=[a[:30] for _, a, _ in OUTSIDE_ML])
def test_outside_ml_shapes_make_no_model_or_dataset(ex: Extractor, title: str, abstract: str,
                                                    categories: list[str]) -> None:
    assert entities(ex, abstract, title, categories) == set()


def test_outside_ml_keeps_a_known_model_and_ml_papers_keep_shapes(ex: Extractor) -> None:
    text = "We classify 10k light curves of galaxies with ResNet-50 and with our Zorbex-7 network."
    assert entities(ex, text, "", ["astro-ph.GA"]) == {(MODEL, "ResNet-50")}
    assert (MODEL, "Zorbex-7") in entities(ex, text, "", ["astro-ph.GA", "cs.LG"])
    assert (MODEL, "Zorbex-7") in entities(ex, "We train Zorbex-7, a compact network, on ImageNet.")


# --- kind 4: units, metrics, maths and counts are no names (nor BUILDS_ON from them) ------------------------

NOT_NAMES_4 = [
    "Zorblex reaches 41.2 mIoU and 3.1 nDCG while using 12 GB and 5 TFLOPs per step.",
    "Training took 3.5 petaFLOPs, and inference needs 2 GMACs at 30 FPS.",
    "We report mAP, AP50 and LPIPS, and bound the logL of the posterior.",
    "Our estimate reaches 125 GeV with an SNR of 12 dB.",
    "The method cuts MACs by half and is built on mAP-guided search.",
]


@pytest.mark.parametrize("sentence", NOT_NAMES_4, ids=[s[:30] for s in NOT_NAMES_4])
def test_units_metrics_and_maths_are_no_names(ex: Extractor, sentence: str) -> None:
    assert entities(ex, sentence) - {(MODEL, "Zorblex")} == set()
    assert not any(t == BUILDS_ON for _, t, _ in relations(ex, sentence))


# --- kind 5: sentence-opening adverbs, URL user names, citation surnames, task acronyms ---------------------

NOT_NAMES_5 = [
    "Notably, Surprisingly strong baselines exist. Interestingly, retrieval helps.",
    "Code is at https://github.com/Quarkly-Lab/tern-tools and models at https://huggingface.co/Varnel/tern.",
    "Unlike prior work (Kimura et al., 2020b; Lee, 2019), we study long inputs, as Haldor et al. suggested.",
    "We study SLAM, SfM, NLI and T2I generation with LiDAR and RGB-D input.",
    "Results on SDPs and LPs transfer to ODEs.",
    "The weights are on ModelScope2 and GitHub3.",
]


@pytest.mark.parametrize("sentence", NOT_NAMES_5, ids=[s[:30] for s in NOT_NAMES_5])
def test_adverbs_urls_citations_and_task_acronyms_are_no_names(ex: Extractor, sentence: str) -> None:
    assert entities(ex, sentence) == set()


def test_a_name_next_to_a_citation_or_url_is_still_found(ex: Extractor) -> None:
    text = "We propose Tern, a retriever that prior work (Kimura et al., 2020b) lacks; see https://github.com/Varnel/tern."
    assert entities(ex, text) == {(MODEL, "Tern")}
    assert relations(ex, text) == {(P, INTRODUCES, "Tern")}


def test_a_plural_acronym_the_paper_owns_is_its_model(ex: Extractor) -> None:
    assert relations(ex, "Our sparse routing models (SRMs) beat T5.") == {
        (P, INTRODUCES, "SRM"), (P, COMPARES_WITH, "T5")}


# --- kind 1: a qualifier plus a known name, multiword plain-word names, names ending in a symbol ------------

QUALIFIED: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    ("", "We propose Sparse Whisper and compare Sparse Whisper with Whisper.",
     {(P, INTRODUCES, "Sparse Whisper"), (P, USES, "Whisper"), ("Sparse Whisper", BUILDS_ON, "Whisper")}),
    ("", "A slimmed U-Net that we call Tiny U-Net halves the memory of U-Net.",
     {(P, INTRODUCES, "Tiny U-Net"), ("Tiny U-Net", BUILDS_ON, "U-Net")}),
    ("Cascade Mask-RCNN: High Quality Detection", "We extend Mask-RCNN in stages. Cascade Mask-RCNN beats it on COCO.",
     {(P, INTRODUCES, "Cascade Mask-RCNN"), (P, USES, "Mask R-CNN"), (P, EVALUATED_ON, "COCO"),
      ("Cascade Mask-RCNN", BUILDS_ON, "Mask R-CNN")}),
    ("", "Our detector, named conditional DETR, converges faster than DETR.",
     {(P, INTRODUCES, "conditional DETR"), (P, COMPARES_WITH, "DETR"), ("conditional DETR", BUILDS_ON, "DETR")}),
    ("", "We introduce Fast DETR. Fast DETR trains in a day, unlike DETR.",
     {(P, INTRODUCES, "Fast DETR"), (P, COMPARES_WITH, "DETR"), ("Fast DETR", BUILDS_ON, "DETR")}),
    ("", "We propose Graph Echo Networks, which beat GCN on ImageNet.",
     {(P, INTRODUCES, "Graph Echo Network"), (P, COMPARES_WITH, "GCN"), (P, EVALUATED_ON, "ImageNet")}),
    ("", "We release Command Z+, and Command Z+ beats GPT-4.",
     {(P, INTRODUCES, "Command Z+"), (P, COMPARES_WITH, "GPT-4")}),
    ("", "We present Quillo*, an informed extension of Quillo.",
     {(P, INTRODUCES, "Quillo*"), (P, USES, "Quillo"), ("Quillo*", BUILDS_ON, "Quillo")}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), QUALIFIED, ids=[a[:30] for _, a, _ in QUALIFIED])
def test_qualified_multiword_and_symbol_names_are_whole(ex: Extractor, title: str, abstract: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    assert relations(ex, abstract, title) == expected


def test_a_qualifier_only_repeated_with_a_generic_word_stays_apart(ex: Extractor) -> None:
    assert entities(ex, "We study Vision Whisper. Vision Whisper is Whisper on images.") == {(MODEL, "Whisper")}
    assert (P, USES, "Using Whisper") not in relations(ex, "Using Whisper we cut errors. Using Whisper helps.")


# --- kind 2: the parent is not taken as introduced ----------------------------------------------------------

PARENT: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    ("", "We present Sparrow, which cuts the memory of GPT-2 training by half.",
     {(P, INTRODUCES, "Sparrow")}),
    ("", "We propose Lynx, an architecture close to Llama's, and train it on C4.",
     {(P, INTRODUCES, "Lynx"), (P, EVALUATED_ON, "C4")}),
    ("", "We propose a masked modeling task to pretrain vision Transformers, and we call the model Kite.",
     {(P, INTRODUCES, "Kite")}),
    ("", "We present Masked-routing Mixer Transformer (Mix2Former), a new architecture for segmentation.",
     {(P, INTRODUCES, "Mix2Former")}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), PARENT, ids=[a[:30] for _, a, _ in PARENT])
def test_the_parent_is_not_introduced(ex: Extractor, title: str, abstract: str,
                                      expected: set[tuple[str, str, str]]) -> None:
    got = relations(ex, abstract, title)
    assert {r for r in got if r[1] == INTRODUCES} == {r for r in expected if r[1] == INTRODUCES}
    assert expected <= got
