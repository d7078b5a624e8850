"""Papers of fields the science words did not cover yet (palaeontology, archaeology, pharmacology, materials,
plant genetics) yield no Model or Dataset without categories, and ML papers on those subjects keep theirs.
A dataset released "as X." ends before the sentence's full stop. All sentences are invented."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL

OTHER_FIELDS: list[tuple[str, str]] = [
    ("A new hadrosaurid from the Campanian of Alberta",
     "We describe Velocrest borealis gen. et sp. nov., a hadrosaurid dinosaur from the Campanian Dinosaur Park "
     "Formation. The holotype, TMP 2019.44.1, preserves a partial skull and cervical vertebrae. Parsimony analyses "
     "in TNT and Bayesian tip-dating in MrBayes recover Velocrest as a sister taxon to Prosaurolophus. The new "
     "taxon extends the stratigraphic range of the clade by 1.2 million years."),
    ("Fossil pollen records of Holocene forest change",
     "Pollen assemblages from three lake cores in Patagonia record forest expansion after 9,500 cal yr BP. Age "
     "models were built with Bacon and calibrated against SHCal20. Nothofagus pollen rises from 12% to 48% while "
     "grass pollen declines, which we attribute to increasing moisture."),
    ("Population pharmacokinetics of an oral anticoagulant",
     "We characterised the pharmacokinetics of apixaban in 214 adults undergoing dialysis. A two-compartment model "
     "with first-order absorption was fitted in NONMEM 7.5, and covariates were screened with PsN. Clearance was "
     "31% lower than in patients with normal renal function."),
    ("Receptor occupancy of a novel antagonist",
     "Positron emission tomography with [11C]raclopride was used to measure dopamine D2 receptor occupancy after "
     "single oral doses of KX-4471, a selective antagonist, in 18 healthy volunteers. Occupancy reached 72% at "
     "4 h after the 20 mg dose and followed an Emax relationship with plasma concentration."),
    ("Grain boundary segregation in a high-entropy alloy",
     "We study the segregation of Cr and Mn to grain boundaries in the CoCrFeMnNi alloy after annealing at 700 C. "
     "Atom probe tomography and aberration-corrected STEM reveal Cr enrichment up to 32 at.%, in agreement with "
     "hybrid Monte Carlo / molecular dynamics simulations in LAMMPS."),
    ("Operando synchrotron study of a layered cathode",
     "The structural evolution of a Ni-rich layered oxide cathode, LiNi0.9Co0.05Mn0.05O2, during fast charging "
     "was followed by operando X-ray diffraction at beamline ID31 of the ESRF. Rietveld refinement in GSAS-II "
     "shows an anisotropic lattice collapse above 4.2 V."),
    ("Excavations at a Bronze Age hillfort",
     "Excavations at the hillfort of Castro Verde uncovered three phases of rampart construction dated by "
     "Bayesian modelling of 41 radiocarbon dates in OxCal. Ceramic typology and portable XRF of the pottery "
     "indicate exchange with coastal settlements."),
    ("Nine years of timing a millisecond pulsar",
     "We present timing of PSR J1733-2201 from 2015 to 2024 with the Kestrel-9 array at 1.4 GHz. A fit with "
     "TEMPO2 and the DE440 ephemeris gives a proper motion of 4.1 mas/yr, and the residuals show a glitch at "
     "MJD 58,912 that relaxes over 40 days."),
    ("Antibody response after a booster dose",
     "In a phase II study, 412 adults received a booster of the adjuvanted RSV vaccine RSVb-2 or placebo. "
     "Neutralising titres rose 9-fold by day 28, and seroconversion reached 86% (NCT05555512). Local reactions "
     "were mild and resolved within three days."),
    ("Drought tolerance of wheat landraces",
     "We screened 320 wheat landraces for drought tolerance in rain-out shelters over two seasons. Genotyping "
     "with the 35K Axiom array and genome-wide association in GAPIT identified 14 loci linked to grain yield "
     "under stress, including a locus near TaDREB2."),
]

ML_ON_SCIENCE: list[tuple[str, str, set[str]]] = [
    ("Learning interatomic potentials for alloys",
     "We present AlloyNet, a graph neural network trained on 120,000 calculations of high-entropy alloys. "
     "AlloyNet predicts grain boundary energies with a mean absolute error of 4 meV/atom and outperforms MACE "
     "and NequIP on our benchmark.", {"AlloyNet", "MACE", "NequIP"}),
    ("Predicting drug clearance with transformers",
     "We fine-tune a chemical language model, ChemBERTa, on 9,000 pharmacokinetic records to predict receptor "
     "binding and clearance. Our model, PKFormer, improves the Spearman correlation over random forest "
     "baselines by 0.12.", {"ChemBERTa", "PKFormer"}),
    ("Deep learning for fossil identification",
     "We train a convolutional network, FossilNet, on 52,000 images of fossil pollen grains from 120 taxa. "
     "FossilNet reaches 91% accuracy, outperforming ResNet-50 fine-tuned on the same data, and we release the "
     "image dataset as PollenBank.", {"FossilNet", "ResNet-50", "PollenBank"}),
]


def names(ex: Extractor, title: str, abstract: str) -> set[str]:
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {n.name for n in nodes if n.label in (MODEL, DATASET)}


@pytest.mark.parametrize(("title", "abstract"), OTHER_FIELDS, ids=[t[:30] for t, _ in OTHER_FIELDS])
def test_a_paper_of_another_field_yields_no_model_or_dataset_by_its_text(ex: Extractor, title: str,
                                                                        abstract: str) -> None:
    assert names(ex, title, abstract) == set()


@pytest.mark.parametrize(("title", "abstract", "expected"), ML_ON_SCIENCE, ids=[t[:30] for t, _, _ in ML_ON_SCIENCE])
def test_an_ml_paper_on_such_a_subject_keeps_its_models(ex: Extractor, title: str, abstract: str,
                                                       expected: set[str]) -> None:
    assert names(ex, title, abstract) == expected


@pytest.mark.parametrize(("sentence", "name"), [
    ("We release the image dataset as PollenBank.", "PollenBank"),
    ("We publish the logs as OpenLogs+.", "OpenLogs+"),
    ("We release the traces as Trace.v2, with a viewer.", "Trace.v2"),
])
def test_a_name_released_at_the_end_of_a_sentence_ends_before_its_full_stop(ex: Extractor, sentence: str,
                                                                             name: str) -> None:
    nodes, _ = ex.paper("paper:t", "", sentence, ())
    assert [(n.label, n.name) for n in nodes] == [(DATASET, name)]


@pytest.mark.parametrize("sentence", [
    "The system is implemented in Python 3.10, and runs on Ubuntu 22.04.",
    "Kernels are written in Julia 1.9; the server runs on Linux 6.1.",
])
def test_a_language_or_operating_system_with_its_version_is_no_model(ex: Extractor, sentence: str) -> None:
    nodes, _ = ex.paper("paper:t", "", sentence, ())
    assert [n.name for n in nodes if n.label in (MODEL, DATASET)] == []
