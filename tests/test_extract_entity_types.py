"""Kinds of entity-type fault (issue 11): what a name is, or whether it is one, by its shape and its context.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def labelled(ex: Extractor, abstract: str, title: str = "") -> dict[str, str]:
    """Each Model or Dataset node's name -> its label."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {n.name: n.label for n in nodes if n.label in (MODEL, DATASET)}


# --- a laboratory assay is no name, however name-like its shape ---------------------------------------------------

ASSAYS: list[tuple[str, str]] = [
    ("The volume of RNA-seq data grows each year, and we train a neural network to filter it.", "RNA-seq"),
    ("We applied Zorbnet, our classifier, to Xenopus RNA-seq profiles of 20 tissues.", "Xenopus RNA-seq"),
    ("We train a transformer on ChIP-seq and ATAC-seq tracks of 12 cell lines.", "ChIP-seq"),
    ("Our deep model predicts scRNA-seq counts; predictions were checked by RT-qPCR.", "RT-qPCR"),
    ("A graph network ranks Perturb-Seq hits, which we confirm with ELISA and FACS.", "Perturb-Seq"),
]


@pytest.mark.parametrize(("abstract", "assay"), ASSAYS, ids=[a for _, a in ASSAYS])
def test_a_lab_assay_is_no_model_or_dataset(ex: Extractor, abstract: str, assay: str) -> None:
    found = labelled(ex, abstract)
    assert not any("seq" in n.casefold() or n in ("RT-qPCR", "ELISA", "FACS") for n in found), found


def test_a_name_that_merely_holds_seq_is_still_a_name(ex: Extractor) -> None:
    found = labelled(ex, "We train Zorb-Seq2 and SeqFormer on four datasets of product reviews.")
    assert {"Zorb-Seq2", "SeqFormer"} <= set(found)


# --- a name before "subset", "split" or "set" is the data set it is part of ---------------------------------------

PARTS: list[tuple[str, str]] = [
    ("Our training yields a 31.5% gain on the challenging QMATH24 subset.", "QMATH24"),
    ("Zorb-7B scores 41% on the Quill-2 validation set and 12% on the held-out Tarn-5 split.", "Tarn-5"),
    ("We report accuracy on the Quill-2 validation set.", "Quill-2"),
    ("Accuracy drops on the hard PRX-9 subsets.", "PRX-9"),
]


@pytest.mark.parametrize(("abstract", "name"), PARTS, ids=[n for _, n in PARTS])
def test_a_name_before_a_part_word_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    assert labelled(ex, abstract).get(name) == DATASET

