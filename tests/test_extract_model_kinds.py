"""Model extraction kinds a second reader found on abstracts written apart from the rules (issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL, ORG


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


# --- 2. licences, file formats, maths, groups, metric values and hardware makers are no names ------------------

NOT_NAMES_2 = [
    "We release TernCorpus under a CC BY-SA 4.0 license and the weights under the Apache license.",
    "The notes are shared under the MIMIC-IV license; our neural tagger is trained on them.",
    "Clause search over contracts starts from scanned PDFs and JPEGs of faxes, and a neural reader parses them.",
    "We train an SE(3)-invariant and E(3)-equivariant neural network on point clouds.",
    r"The neural sampler converges at rate $O(\log T / \sqrt{MNK})$ with $M$ workers and $K$ steps.",
    "Our neural forecaster lowers RMSE from 3.41 to 2.97 on hourly loads.",
]


@pytest.mark.parametrize("abstract", NOT_NAMES_2, ids=[a[:30] for a in NOT_NAMES_2])
def test_licences_formats_maths_and_metric_values_are_no_models(ex: Extractor, abstract: str) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract)
    assert {n.name for n in nodes if n.label in (MODEL, DATASET)} <= {"TernCorpus"}


@pytest.mark.parametrize(("abstract", "orgs"), [
    ("We train the neural model on 64 NVIDIA A100 GPUs.", set()),
    ("Inference runs on a Google TPU v4 pod for our neural encoder.", set()),
    ("NVIDIA releases the data, and we train on 8 NVIDIA H100 GPUs.", {"NVIDIA"}),
])
def test_a_maker_opening_a_hardware_name_is_no_org(ex: Extractor, abstract: str, orgs: set[str]) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract)
    assert {n.name for n in nodes if n.label == ORG} == orgs


# --- 3. names are kept whole: a glued size-like tail, a qualifier, an s after a lower-case initial -------------

WHOLE_NAMES: list[tuple[str, str]] = [
    ("We translate speech with SeamlessM4T v2 and report BLEU.", "SeamlessM4T v2"),
    ("Our neural detector is compared with Oriented R-CNN on aerial images.", "Oriented R-CNN"),
    ("Our neural attention kernels run 2x faster than xFormers and FlashAttention.", "xFormers"),
    ("The neural solver calls pKernels for sparse products and beats cuSPARSE.", "pKernels"),
]


@pytest.mark.parametrize(("abstract", "name"), WHOLE_NAMES, ids=[n for _, n in WHOLE_NAMES])
def test_a_name_is_kept_whole(ex: Extractor, abstract: str, name: str) -> None:
    assert name in models(ex, abstract)


# --- 4. every item of a list after "such as" / "like" or with scores in brackets ------------------------------

LISTS_4: list[tuple[str, set[str]]] = [
    ("Graph compilers like Halide and TVM schedule our neural operators.", {"Halide", "TVM"}),
    ("We pair our neural ranker with inference engines such as vLLM and SGLang.", {"vLLM", "SGLang"}),
    ("Our neural parser outperforms ZeltNet (61.2 ± 0.3), MorvGAN (58.1) and Quill-2 (55.0).",
     {"ZeltNet", "MorvGAN", "Quill-2"}),
    ("The learned policy beats BCQ (62.4), CQL (70.1) and IQL (75.3) on offline tasks.", {"BCQ", "CQL", "IQL"}),
]


@pytest.mark.parametrize(("abstract", "names"), LISTS_4, ids=[a[:30] for a, _ in LISTS_4])
def test_every_item_of_a_model_list_is_a_model(ex: Extractor, abstract: str, names: set[str]) -> None:
    assert names <= models(ex, abstract)


# --- 5. a name after "compare(d) against" is a compared model -------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("We compare against UNETR and our neural segmenter wins on liver scans.", "UNETR"),
    ("The neural forecaster is benchmarked against DLinear on hourly loads.", "DLinear"),
    ("Our neural tagger, evaluated against CRFSuite, labels more entities.", "CRFSuite"),
])
def test_a_name_compared_against_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert name in models(ex, abstract)
