"""Extraction kinds a third expert user met on abstracts they wrote (issue 11): other fields' papers,
baselines in comparison phrasings, junk inside ML papers and releases that introduce nothing.

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract, and each rule has sentences where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def names(ex: Extractor, abstract: str, title: str = "", categories: tuple[str, ...] = ()) -> set[str]:
    """The names of the Model and Dataset nodes the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, categories)
    return {n.name for n in nodes if n.label in (MODEL, DATASET)}


# --- 1. other fields: their vocabulary decides without categories, namesakes are no evidence -------------------

OTHER_FIELDS: list[tuple[str, str, str]] = [
    ("physics.ao-ph", "Freshening of the Irminger Sea from floats and moorings",
     "We combine 9,000 salinity profiles from Argo floats with mooring records (MOR-4 and MOR-7) from 2002 to "
     "2021. The upper layer warmed and freshened, and the thermocline deepened by 30 m relative to the "
     "OCCA-2 climatology, consistent with a shift of the westerlies."),
    ("hep-ex", "Measurement of top-quark pair production at 13.6 TeV",
     "Proton-proton collisions recorded by the KOLT detector are compared with events simulated with "
     "Pythia 8.3 and Herwig 7; the measured cross-section agrees with the Standard Model prediction, and "
     "a new jet-flavour tagger, QT-5, improves the selection."),
    ("physics.geo-ph", "Pliocene exhumation of the Wolf Range from apatite fission tracks",
     "Detrital zircon ages (LA-ICP-MS) and apatite fission-track data from bedrock samples WR-12 and WR-19 "
     "were modelled with ThermoFit v3; InSAR time series from Sentinel-1 show crustal uplift."),
    ("q-bio.NC", "Septal control of hippocampal gamma rhythms",
     "We recorded interneurons in CA3 of head-fixed mice and silenced them optogenetically with ArchT in "
     "SST-Cre mice (JAX 013044); spikes were sorted with SpikeSortX and cortical inputs were unchanged."),
]


@pytest.mark.parametrize(("cat", "title", "abstract"), OTHER_FIELDS, ids=[c for c, _, _ in OTHER_FIELDS])
@pytest.mark.parametrize("with_categories", [True, False], ids=["categories", "text"])
def test_a_paper_of_another_field_yields_no_model_or_dataset(ex: Extractor, cat: str, title: str, abstract: str,
                                                             with_categories: bool) -> None:
    assert names(ex, abstract, title, (cat,) if with_categories else ()) == set()


NAMESAKES_IN_ML = [
    ("We fine-tune Pythia-1.4B on code and compare with Falcon-7B.", {"Pythia", "Falcon"}),
    ("Our sampler, written in JAX, trains a protein language model on 2M sequences.", {"JAX"}),
]


@pytest.mark.parametrize(("abstract", "expected"), NAMESAKES_IN_ML, ids=[a[:30] for a, _ in NAMESAKES_IN_ML])
def test_a_namesake_stays_a_model_in_an_ml_paper(ex: Extractor, abstract: str, expected: set[str]) -> None:
    assert expected <= names(ex, abstract)


def test_a_known_ml_name_still_counts_in_another_field(ex: Extractor) -> None:
    abstract = ("We annotate 3,000 hippocampal interneurons in mice; cell types are labelled with BERT "
                "embeddings of the protein descriptions.")
    assert "BERT" in names(ex, abstract, "Interneuron types", ("q-bio.NC",))


def relations(ex: Extractor, abstract: str, title: str = "") -> dict[str, str]:
    """The paper's relation type to each Model or Dataset node, by name."""
    nodes, edges = ex.paper("paper:t", title, abstract)
    name = {n.id: n.name for n in nodes if n.label in (MODEL, DATASET)}
    return {name[e.target]: e.type for e in edges if e.source == "paper:t" and e.target in name}


# --- 5. releasing checkpoints, weights or compressed copies of a model introduces nothing ----------------------

RELEASED_COPIES = [
    ("We release the quantized weights of Phi-3 together with our code.", "Phi-3"),
    ("Alongside the paper we release 8-bit checkpoints of OrcaLM for edge devices.", "OrcaLM"),
    ("We open-source distilled copies of Zephyr for on-device dialogue.", "Zephyr"),
    ("We publicly release compressed weights of NimbusCoder so that it runs on laptops.", "NimbusCoder"),
]


@pytest.mark.parametrize(("abstract", "name"), RELEASED_COPIES, ids=[n for _, n in RELEASED_COPIES])
def test_releasing_weights_of_a_model_does_not_introduce_it(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) not in (INTRODUCES, None)


RELEASED_OWN = [
    ("We release TernLM, an open 7B model trained from scratch, with its checkpoints.", "TernLM"),
    ("We release the weights of KelpNet, our new kelp-forest segmenter, for use on buoys.", "KelpNet"),
    ("We release quantized checkpoints of Llama 3 and introduce SparrowQ, a 3-bit quantizer.", "SparrowQ"),
]


@pytest.mark.parametrize(("abstract", "name"), RELEASED_OWN, ids=[n for _, n in RELEASED_OWN])
def test_a_released_new_model_is_still_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) == INTRODUCES
