"""Kinds of fault a new user's trial found (issues 11 and 16), each with invented sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import relations
from kg.extract import Extractor
from kg.model import INTRODUCES

# --- "a novel Transformer-XL (TXL) style memory": an acronym defined for a known model that qualifies what the
# paper introduces is that known model, not a new one ---------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "names"), [
    ("We propose a novel Transformer-XL (TXL) style memory for agents that keeps long context.",
     {"TXL", "Transformer-XL"}),
    ("We propose a Transformer-XL (TXL) like memory for agents.", {"TXL", "Transformer-XL"}),
    ("We introduce a new Vision Transformer (ViT)-inspired tokenizer for audio.", {"ViT", "Vision Transformer"}),
])
def test_an_acronym_of_a_known_model_qualifying_ours_is_not_introduced(ex: Extractor, abstract: str,
                                                                        names: set[str]) -> None:
    found = relations(ex, abstract)  # the known model is named, by either name, and nothing is introduced
    assert (bool(names & found.keys()), INTRODUCES in found.values()) == (True, False)


def test_the_known_model_s_own_paper_still_introduces_it(ex: Extractor) -> None:
    assert relations(ex, "We propose a novel neural architecture Transformer-XL (TXL) that enables learning "
                         "dependency beyond a fixed length.").get("TXL") == INTRODUCES


# --- "a novel BERT variant called Bertlet": the named variant builds on the model it is a variant of, and the
# known model is not introduced -------------------------------------------------------------------------------------

VARIANTS_NAMED: list[tuple[str, str, str]] = [
    ("We introduce a novel BERT variant called Bertlet that is pretrained on legal text.", "Bertlet", "BERT"),
    ("We introduce a BERT variant, Bertlet, that is pretrained on legal text.", "Bertlet", "BERT"),
    ("We introduce a lightweight BERT version named Bertlet.", "Bertlet", "BERT"),
    ("We introduce a GPT-2 derivative dubbed Quillgen for music.", "Quillgen", "GPT-2"),
    ("We build the T5 version, called Zorbit, for legal text.", "Zorbit", "T5"),
]


@pytest.mark.parametrize(("abstract", "child", "parent"), VARIANTS_NAMED, ids=[c for _, c, _ in VARIANTS_NAMED])
def test_a_named_variant_of_a_known_model_builds_on_it(
        ex: Extractor, builds_on: Callable[[str], set[tuple[str, str]]], abstract: str, child: str,
        parent: str) -> None:
    found = relations(ex, abstract)
    assert ((child, parent) in builds_on(abstract), found.get(child), found.get(parent) != INTRODUCES) == (
        True, INTRODUCES, True)


@pytest.mark.parametrize("abstract", [
    "We introduce GPT-2 versions for twelve languages.",  # versions of a known model: no new name
    "We compare Bertlet with a BERT variant and with GPT-2.",  # no name given to the variant
    # "the X model," closes a phrase before a new subject: no apposition
    "We introduce Quillft. When tuning the LLaMA2-7B model, Quillft surpasses LoRA with fewer parameters.",
])
def test_a_variant_named_by_no_one_adds_no_lineage(builds_on: Callable[[str], set[tuple[str, str]]],
                                                    abstract: str) -> None:
    assert builds_on(abstract) == set()


# --- an astronomy abstract without categories, in few words: its star, survey and instrument names are no models or
# datasets (the words of the field say it is outside ML); a named data release is data, as the real sets label it
# ("Gaia Data Release 3", "DESI DR2", "SDSS DR5") -------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "data"), [
    ("We analyse 40 flares of AU Mic observed with TESS and CHEOPS. The flare rate follows a power law, and the "
     "largest events recur every 4.8 days. Gaia DR3 astrometry places the star at 9.7 pc.", {"Gaia DR3"}),
    ("Using SDSS DR17 and the 2MASS catalogue, we measure the colours of 12,000 M dwarfs. We find that the GALEX "
     "ultraviolet excess rises with rotation.", {"SDSS DR17"}),
    ("We use HSC-SSP imaging and DESI spectra to map the halo of M31 out to 150 kpc, and find two new streams.", set()),
    ("Light curves of the eclipsing system KIC 9832227 from Kepler show no period decay over 8 years.", set()),
])
def test_a_short_astronomy_abstract_without_categories_names_no_model_and_only_its_data_releases(
        ex: Extractor, abstract: str, data: set[str]) -> None:
    assert set(relations(ex, abstract)) == data


def test_an_ml_abstract_on_astronomy_data_still_names_its_model(ex: Extractor) -> None:
    found = relations(ex, "We train a transformer classifier on light curves of 2 million variable stars from "
                          "Gaia DR3. Our model, StarFormer, beats a random forest on quasar and dwarf nova classes.")
    assert found.get("StarFormer") == INTRODUCES


# --- a second new user's trial: hardware, libraries, styles, sizes and plural names -------------------------------

def test_amd_and_intel_accelerators_are_hardware(ex: Extractor) -> None:
    found = ex.spans("We port the kernels to AMD MI250X and MI300X accelerators and to Intel Gaudi 2.")
    assert {(e["label"], e["text"]) for e in found["entities"]} == {
        ("Hardware", "MI250X"), ("Hardware", "MI300X"), ("Hardware", "Gaudi 2")}


@pytest.mark.parametrize("abstract", [
    "We present Zorbkern, a library of fast kernels for sparse models, and we release a JAX implementation.",
    "Our kernels, called Zorbkern, run on PyTorch, and we open-source a PyTorch version.",
])
def test_a_known_library_is_not_introduced(ex: Extractor, abstract: str) -> None:
    assert {name: rel for name, rel in relations(ex, abstract).items() if rel == INTRODUCES} == {"Zorbkern": INTRODUCES}


def test_a_name_after_the_one_a_naming_word_names_is_not_introduced_by_it(ex: Extractor) -> None:
    found = relations(ex, "Our kernels, called Zorbkern, train a Quillnet-7B model 1.4x faster.")
    assert (found.get("Zorbkern"), found.get("Quillnet")) == (INTRODUCES, "USES")


def test_a_style_phrase_names_the_model_it_follows(ex: Extractor) -> None:
    assert relations(ex, "Our kernels train a Mixtral-style 8x7B model 1.4x faster.") == {"Mixtral": "USES"}


def test_a_size_in_a_title_is_no_model(ex: Extractor) -> None:
    found = relations(ex, "We introduce Larkwing, an open sparse language model.",
                      "Larkwing: An Open 8x13B Sparse Mixture-of-Experts Language Model")
    assert found == {"Larkwing": INTRODUCES}


@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("PagedExperts: Memory for Serving", "We introduce PagedExperts, a memory manager. PagedExperts cuts memory.",
     "PagedExperts"),
    ("Zorbnets: Small Detectors", "We introduce Zorbnets, small detectors; each Zorbnet has 12 layers.", "Zorbnet"),
])
def test_a_title_s_name_written_only_in_the_plural_keeps_its_plural(ex: Extractor, title: str, abstract: str,
                                                                     name: str) -> None:
    assert relations(ex, abstract, title) == {name: INTRODUCES}


def test_a_known_model_with_its_experts_after_on_is_no_dataset(ex: Extractor) -> None:
    assert relations(ex, "We study decoding. On Tessellate-MoE 2 with 256 experts served on 64 H100 GPUs, our "
                         "approach cuts latency by 35%.") == {"Tessellate-MoE 2": "USES"}
