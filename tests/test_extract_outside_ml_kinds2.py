"""Names of other fields that look like ML names (issue 11, kind 6), in papers outside ML and in ML papers on
their subjects: a namesake of another field's tool in capitals or with a version, chemical formulas, genes and
cell lines, instruments, missions and codes. All sentences and names are invented."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL


def names(ex: Extractor, text: str, categories: tuple[str, ...] = ("cs.LG",), title: str = "") -> set[str]:
    """The Model and Dataset names the extractor finds in one paper."""
    nodes, _ = ex.paper("paper:t", title, text, categories)
    return {n.name for n in nodes if n.label in (MODEL, DATASET)}


# A gazetteer name other fields use for their own tool ("namesake": Pythia the event generator, Minerva the
# experiment, Gemini the observatory) is no evidence outside ML in any case or with any version.
NAMESAKE_WRITTEN_OTHERWISE = [
    ("Showers are generated with PYTHIA 8.4 and the detector response is simulated for the quark mass fit.",
     ("hep-ex",)),
    ("Hadronisation is modelled with PYTHIA and compared with the measured jet shapes of the quark sample.",
     ("hep-ph",)),
    ("Spectra of the white dwarf were taken with GEMINI North and its stellar companion was resolved.",
     ("astro-ph.SR",)),
    ("Neutrino cross sections on carbon measured by MINERVA constrain the nuclear model of the quark sample.",
     ("hep-ex",)),
]


@pytest.mark.parametrize(("text", "categories"), NAMESAKE_WRITTEN_OTHERWISE)
def test_a_namesake_in_capitals_or_with_a_version_is_no_evidence_outside_ml(
        ex: Extractor, text: str, categories: tuple[str, ...]) -> None:
    assert names(ex, text, categories) == set()


@pytest.mark.parametrize(("text", "categories", "name"), [
    ("We compare Pythia 2.8B with GPT-2 on the perplexity of held-out text.", ("cs.CL",), "Pythia"),
    ("We tag the telescope proposals with BERT embeddings and cluster the galaxy spectra.", ("astro-ph.IM",),
     "BERT"),
])
def test_a_known_model_still_counts_in_ml_and_a_non_namesake_outside_it(
        ex: Extractor, text: str, categories: tuple[str, ...], name: str) -> None:
    assert name in {n.split()[0] for n in names(ex, text, categories)}


# Chemical formulas: element symbols with counts, mixed case or all capitals with two counts.
FORMULAS = [
    ("We train a graph network to predict the band gaps of Rb2SnCl6 and K3Bi2I9 from their structures.",
     {"Rb2SnCl6", "K3Bi2I9"}),
    ("Our potential reproduces the ionic conductivity of NaZr2(PO4)3 and LiNbO3-xFx within 12%.",
     {"NaZr2", "LiNbO3-xFx"}),
    ("A message passing network ranks dopants for Cs2AgBiBr6 films by their formation energy.", {"Cs2AgBiBr6"}),
    ("The diffusion model proposes decomposition routes of NH4ClO4 and CH3NO2 under shock.",
     {"NH4ClO4", "CH3NO2"}),
    ("Our equivariant network predicts the segregation barrier of Cs0.7Rb0.3SnBr2I and of Br1-xClx alloys.",
     {"Cs0.7Rb0.3SnBr2I", "Br1-xClx"}),
]


@pytest.mark.parametrize(("text", "formulas"), FORMULAS)
def test_a_chemical_formula_is_no_name_in_an_ml_paper(ex: Extractor, text: str, formulas: set[str]) -> None:
    found = names(ex, text)
    assert not {n for n in found if any(n.startswith(f) or f.startswith(n) for f in formulas)}, found


@pytest.mark.parametrize(("text", "name"), [
    ("We introduce 3-bit SkewFloat (SF3), a data type for quantized weights, and Zorb-Q, our trained model.",
     "SF3"),
    ("Our detector is trained and evaluated on the BCN10 benchmark of aerial scenes.", "BCN10"),
    ("We fine-tune CaLM2 and compare it with Quorra-7 on the protein folding benchmark.", "CaLM2"),
    ("Our model, SnowNet5, is trained on 40k radar scans and outperforms previous baselines.", "SnowNet5"),
])
def test_a_name_that_only_resembles_a_formula_stays_a_name(ex: Extractor, text: str, name: str) -> None:
    assert name in names(ex, text)


# Genes, proteins and cell lines: named after a mutation, expression or staining cue, or before "cells",
# "mutations", "knockout".
GENES_AND_CELLS = [
    ("A transformer predicts the pathogenicity of missense variants in ZRB7, KLQ3 and FAM77C.",
     {"ZRB7", "KLQ3", "FAM77C"}),
    ("We stain QT-118 cells for NrxB and Kd41 and segment the nuclei with a trained network.",
     {"QT-118", "NrxB", "Kd41"}),
    ("Organoids cleared with ClearZ-2 and transfected with pVex-11 are counted by our trained network.",
     {"ClearZ-2", "pVex-11"}),
    ("The classifier flags loss-of-function mutations of PLX4 from the read alignments of our network.", {"PLX4"}),
    ("Our convolutional network scores images of HuVo-3 and MK-77 cell lines after knockout of TRQ9.",
     {"HuVo-3", "MK-77", "TRQ9"}),
    ("A graph network predicts the expression of GlnZ2 in 14 tissues from the sequence embeddings.", {"GlnZ2"}),
    ("We fine-tune a protein language model on genes such as QRT5, VelB2 and MXK-4, and on mutational scanning "
     "data of QRT5.", {"QRT5", "VelB2", "MXK-4"}),
]


@pytest.mark.parametrize(("text", "bio"), GENES_AND_CELLS)
def test_a_gene_protein_or_cell_line_is_no_name_in_an_ml_paper(ex: Extractor, text: str, bio: set[str]) -> None:
    assert not names(ex, text) & bio


# Instruments, missions, surveys and codes: named by what they are (telescope, spectrograph, satellite,
# functional, force field), by what is done with them (observed with, aboard, calculations performed in) or
# by the object a designation names (the planet, the magnetar).
INSTRUMENTS = [
    ("We train a U-Net on cubes from the Harrier-2 spectrograph to remove sky residuals.", {"Harrier-2"}),
    ("Light curves observed with KSX-4 are classified by a convolutional network into 12 classes.", {"KSX-4"}),
    ("A neural emulator of TernCM3 reproduces the monsoon rainfall of the coupled runs.", {"TernCM3"}),
    ("Our network denoises images from the PIX-9 imager aboard Petrel-3 before the crater count.",
     {"PIX-9", "Petrel-3"}),
    ("Training labels come from DFT calculations performed in QChemX with the ZB97 functional.",
     {"QChemX", "ZB97"}),
    ("Our potential is trained on energies and forces computed with the ZB97 functional in QChemX.",
     {"QChemX", "ZB97"}),
    ("Using ZB97/def9-TZ energies as labels, we train a message passing network on 80k conformers.",
     {"ZB97/def9-TZ", "ZB97"}),
    ("Our network forecasts Kite-5 reflectance and Heron-1 radiances over the delta.", {"Kite-5", "Heron-1"}),
    ("A transformer fits transit light curves of the planet KOI-9912 b and of the magnetar SGR 2211+0433.",
     {"KOI-9912", "SGR", "SGR 2211+0433"}),
    ("We train a graph network on jets recorded by the Osprey calorimeter of the RX-7 experiment.",
     {"Osprey", "RX-7"}),
]


@pytest.mark.parametrize(("text", "instruments"), INSTRUMENTS)
def test_an_instrument_mission_or_code_is_no_name_in_an_ml_paper(ex: Extractor, text: str,
                                                                 instruments: set[str]) -> None:
    assert not names(ex, text) & instruments


@pytest.mark.parametrize(("text", "name"), [
    ("We propose Zorb-Det, an object detector, and evaluate the Zorb-Det detector on aerial scenes.", "Zorb-Det"),
    ("We compare variants of Quorra-7 with BERT on the reading benchmark.", "Quorra-7"),
    ("Our model, StarFormer, is trained on 2 million galaxy spectra and outperforms previous baselines.",
     "StarFormer"),
    ("We release CellBank-2, a dataset of 40k microscopy images, and train a U-Net on it.", "CellBank-2"),
    ("Our segmentation network is evaluated on BraTS and on the external QWR-Onc cohort.", "QWR-Onc"),
    ("We evaluate zero-shot transfer to the ZC20 catalyst dataset with our trained model.", "ZC20"),
])
def test_an_ml_name_near_such_words_stays_a_name(ex: Extractor, text: str, name: str) -> None:
    assert name in names(ex, text)


@pytest.mark.parametrize(("title", "text"), [
    ("Outflows of ionised gas in Seyfert galaxies",
     "We present integral field spectra of 31 Seyfert galaxies taken with the Harrier-2 spectrograph and the "
     "PIX-9 imager. Outflow rates derived from [OIII] and the [SII] electron densities are an order of "
     "magnitude below the values assumed in cosmological simulations."),
    ("Ion migration in halide perovskite films",
     "Films of Rb2SnCl6 and Cs2AgBiBr6 were annealed at 150 C. DFT calculations performed in QChemX with the ZB97 "
     "functional show that bromide vacancies raise the migration barrier by 0.2 eV."),
    ("Penetrance of ZRB7 variants in a population cohort",
     "We sequenced 40,000 participants of the Tarn Valley cohort and identified 212 carriers of truncating "
     "mutations in ZRB7 and KLQ3. The lifetime risk of the disease was 38% for carriers of ZRB7 variants."),
])
def test_such_a_paper_outside_ml_yields_no_model_or_dataset_by_its_text(ex: Extractor, title: str,
                                                                          text: str) -> None:
    assert names(ex, text, (), title) == set()
