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
