"""Model extraction kinds a second reader found on abstracts written apart from the rules (issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def models(ex: Extractor, abstract: str, title: str = "") -> set[str]:
    """The names of the Model nodes the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract)
    return {n.name for n in nodes if n.label == MODEL}


# --- 1. ML for science: the method's words outweigh the field's words of the title ---------------------------

ML_FOR_SCIENCE: list[tuple[str, str, str]] = [
    ("Score-Based Generation of Protein Backbones",
     "We present FoldSpire, a diffusion model that generates protein backbones conditioned on a molecule "
     "binding site, trained on 40k structures.", "FoldSpire"),
    ("Learning Galaxy Spectra with Transformers",
     "GalaxoFormer is pre-trained on the spectra of 2 million stars and galaxies and fine-tuned to estimate "
     "redshift.", "GalaxoFormer"),
    ("Crystal Structure Prediction from Composition",
     "We introduce LatticeGen, a generative model of crystal lattices and polymer chains; it is trained on "
     "a chemical database and generates stable candidates.", "LatticeGen"),
    ("Forecasting Drought with Deep Learning",
     "DroughtCast, a neural network trained on soil moisture and rainfall, beats climate baselines on a new "
     "benchmark.", "DroughtCast"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), ML_FOR_SCIENCE, ids=[n for _, _, n in ML_FOR_SCIENCE])
def test_an_ml_paper_on_another_field_keeps_its_model(ex: Extractor, title: str, abstract: str, name: str) -> None:
    assert name in models(ex, abstract, title)


def test_one_learning_word_does_not_make_a_science_paper_ml(ex: Extractor) -> None:
    abstract = ("Protein folding of the enzyme in living cells was probed with X-ray diffraction; a benchmark of "
                "molecular dynamics runs with the Orvex-3 force field shows that the gene variant is stable.")
    nodes, _ = ex.paper("paper:t", "Folding of an enzyme variant", abstract)
    assert {n.name for n in nodes if n.label in (MODEL, DATASET)} == set()
