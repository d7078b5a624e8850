"""Shapes that are no names, told by their context rather than by a list of words (issue 11), one table per
kind: scores glued to metrics, code paths and programming languages, word formation, venues and teams, named
data sources outside ML.

Every sentence is written for the test; names are invented (ZorDet, Quill, Brindle, ...) or well known. A row
stands for a kind of phrasing, not for one abstract; each table holds positives and negatives.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL

from extract_helpers import Entity, entities


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def names(ex: Extractor, abstract: str, title: str = "") -> set[str]:
    """The names of every Model and Dataset node the paper yields."""
    return {name for _, name in entities(ex, abstract, title)}


Row = tuple[str, str, set[Entity], set[str]]  # title, abstract, present, absent names


def check(ex: Extractor, row: Row) -> None:
    title, abstract, present, absent = row
    found = entities(ex, abstract, title)
    assert present <= found, (present - found, found)
    assert not absent & {name for _, name in found}, (absent, found)


# Kind F: a number with a metric glued on is a score, and the word right after such a score is its metric; a
# lower-case word hyphenated to a generic term before a score ("near-SOTA 1.55") is no name with a version.
SCORES: list[Row] = [
    ("", "Our detector ZorDet reaches 51.2mAP bbAP on COCO and 47.9mIoU on ADE20K.",
     {(MODEL, "ZorDet"), (DATASET, "COCO"), (DATASET, "ADE20K")}, {"51.2mAP", "bbAP", "47.9mIoU"}),
    ("", "With QuillFormer we obtain 38.1AP50 and 12.3dB gains, i.e. 44mAPr kpAP, on the Tarn-9 benchmark.",
     {(MODEL, "QuillFormer"), (DATASET, "Tarn-9")}, {"38.1AP50", "44mAPr", "kpAP"}),
    ("", "Fine-tuning lowers the FID of a pretrained Brindle-64 model from 3.10 to near-SOTA 1.62 on FFHQ.",
     {(MODEL, "Brindle-64")}, {"near-SOTA 1.62", "near-SOTA"}),
    ("", "Our sampler brings a baseline to sub-SOTA 2.91 and then to a new SOTA of 2.05 on CelebA.",
     set(), {"sub-SOTA 2.91", "sub-SOTA"}),
    # negatives: names that open with digits, a lower-case word on a generic term with no score, versions
    ("", "We compare 3DGS and 4DGen with our Zorb-3D, and route by tasks with task-MoE on WMT.",
     {(MODEL, "task-MoE"), (MODEL, "Zorb-3D")}, set()),
    ("", "We release Quill 1.5 and Quill 2.0, which beat Tarn V2 by 1.2 mAP.", {(MODEL, "Quill 2.0")}, set()),
]


@pytest.mark.parametrize("row", SCORES, ids=[r[1][:40] for r in SCORES])
def test_scores_glued_to_metrics_are_no_names(ex: Extractor, row: Row) -> None:
    check(ex, row)


# Kind G2: an owner/repo path is a code path (a no-name zone, with or without a host); a capitalized word the
# paper uses as a programming language ("the Quill language", "written in Quill", "Quill programs") is no name
# anywhere in the paper; a title's capitals the abstract writes in lower case are no name ("Web3" / "web3").
SOFTWARE: list[Row] = [
    ("", "We present Brindle, an agent runtime. Our code is publicly available at zorbLab/brindle.",
     {(MODEL, "Brindle")}, {"zorbLab", "zorbLab/brindle"}),
    ("", "We release Tarnish; see tarnLab/tarnish-core/docs for details.", {(MODEL, "Tarnish")}, {"tarnLab"}),
    ("Quiver: Separating Owners from Data in Ferric",
     "The Ferric language offers memory safety. We propose a new Ferric API called Quiver and prove it sound "
     "for a subset of Ferric.", set(), {"Ferric"}),
    ("", "Our checker LintQ is written in Ocarina and verifies Ocarina programs against the Zeta-7 corpus.",
     {(MODEL, "LintQ")}, {"Ocarina"}),
    ("Zorbix: A Web3 Friendly Agent Framework", "We build Zorbix for web3 applications on top of Llama-3.",
     {(MODEL, "Zorbix")}, {"Web3"}),
    # negatives: model alternatives with a slash, a language model, a framework the paper is implemented in
    ("", "We compare GPT-4/ChatGPT and Quux-7B/Quux-13B on VQAv2.", {(MODEL, "GPT-4"), (MODEL, "ChatGPT")}, set()),
    ("", "We train the Ferric language model on the Pile and compare it with Llama-2.", set(), {"Ferric language"}),
    ("", "Our compiler is implemented in TVM and beats XLA.", {(MODEL, "TVM")}, set()),
    ("Quorra3: A Sparse Model", "We introduce Quorra3, a sparse model that beats Llama-2.", {(MODEL, "Quorra3")},
     set()),
]


@pytest.mark.parametrize("row", SOFTWARE, ids=[r[1][:40] for r in SOFTWARE])
def test_code_paths_and_languages_are_no_names(ex: Extractor, row: Row) -> None:
    check(ex, row)


# Kind G3: word formation. "-based" written without its hyphen makes an adjective ("MLLMbased"); "X & Y" is one
# capitalized phrase; an eponym on a common noun ("a Gibbs sampler", "the Galactic halo") is no name unless a
# model, data or method head follows; a lower-case word hyphenated to a generic term is a kind of task.
FORMATION: list[Row] = [
    ("", "We develop ZorBrain, an MLLMbased model that plans grasps, and compare it with LLMdriven agents.",
     {(MODEL, "ZorBrain")}, {"MLLMbased", "LLMdriven"}),
    ("", "QuillDDRM solves the inverse problem with an efficient variant of a Gibbs sampler.",
     {(MODEL, "QuillDDRM")}, {"Gibbs"}),
    ("", "We track drones with a variant of the Kalman filter and compare against TrackZ.", {(MODEL, "TrackZ")},
     {"Kalman"}),
    ("", "Our catalogue holds the velocities of 20,000 stars drawn from the Galactic halo.", set(), {"Galactic"}),
    ("", "For the maximization step we add a kernel prior based on a Plug & Play denoiser to ZorbEM.",
     {(MODEL, "ZorbEM")}, {"Plug", "Play"}),
    ("", "We test KWS-Zorb on OV-KWS and contextual-ASR tasks from Tarn-7.", {(MODEL, "KWS-Zorb")},
     {"contextual-ASR"}),
    # negatives: a capitalized name before a model or data head, a hyphenated name before a task head
    ("", "We compare QuillNet with GPT-4 on the Zorb-5 validation set and the Quorra benchmark.",
     {(MODEL, "QuillNet"), (DATASET, "Zorb-5"), (DATASET, "Quorra")}, set()),
    ("", "ZorBrain beats GPT-4 on the Quill-ASR tasks.", {(DATASET, "Quill-ASR")}, set()),
    ("", "We distill a token-MoE into our task-MoE and evaluate it on WMT.", {(MODEL, "task-MoE")}, set()),
]


@pytest.mark.parametrize("row", FORMATION, ids=[r[1][:40] for r in FORMATION])
def test_word_formation_makes_no_names(ex: Extractor, row: Row) -> None:
    check(ex, row)


# Kind G1: a venue with a year is an event (no name, nor the title's subject); a name right after "team" is a
# team's; a capitalized phrase cut at a preposition before "Challenge" or "Competition" is the end of an event's
# title, no data set of its own.
EVENTS: list[Row] = [
    ("NeurIPS 2023 Efficient Fine-tuning Competition",
     "Our analysis of the NeurIPS 2023 fine-tuning competition shows that top entries overfit MMLU.",
     {(DATASET, "MMLU")}, {"NeurIPS 2023", "NeurIPS"}),
    ("", "We describe the solutions of team 'QuickFox' for the ICCV2021 - Scene Parsing in the Wild Challenge, "
     "built on ZorbSeg.", {(MODEL, "ZorbSeg")}, {"QuickFox", "ICCV2021", "Wild Challenge"}),
    ("", "Our entry to ECCV'22 and the CVPR-2024 workshop, QuillDet, ranks first.", {(MODEL, "QuillDet")},
     {"ECCV'22", "CVPR-2024"}),
    ("", "We introduce the system of team \u201cBrightOwl\u201d, which fine-tunes Llama-2 on Tarn-5.",
     {(MODEL, "Llama-2")}, {"BrightOwl"}),
    # negatives: a challenge named by its own capitalized words, a data set with a year, a name before "team"
    ("", "ZorbSeg wins the Quill Segmentation Challenge and leads on the Tarn Benchmark and on VOC2012.",
     {(DATASET, "Quill Segmentation Challenge"), (DATASET, "Tarn Benchmark")}, set()),
    ("", "We evaluate ZorbSeg on the Quill Challenge and compare Mask R-CNN with it in the Tarn Challenge.",
     {(DATASET, "Quill Challenge"), (DATASET, "Tarn Challenge")}, set()),
]


@pytest.mark.parametrize("row", EVENTS, ids=[r[1][:40] for r in EVENTS])
def test_venues_teams_and_events_are_no_names(ex: Extractor, row: Row) -> None:
    check(ex, row)


# Kind H: outside ML only strong evidence makes a Model or Dataset, but a named survey, catalogue, atlas or
# database the text draws its data from is a Dataset there; other capitalized words stay out.
SOURCES: list[tuple[str, str, set[Entity], set[str], tuple[str, ...]]] = [
    ("We select 40,000 giant stars from the QUARTO and PELLAM surveys and fit their orbits.",
     "", {(DATASET, "QUARTO"), (DATASET, "PELLAM")}, set(), ("astro-ph.GA",)),
    ("We analyse RNA-seq data from the Tumour Cell Line Atlas and rank 300 genes by impact.",
     "", {(DATASET, "Tumour Cell Line Atlas")}, set(), ("q-bio.GN",)),
    ("Spectra of the 2,000 brightest quasars of the Kestrel-3 catalogue show broad lines.",
     "", {(DATASET, "Kestrel-3")}, set(), ("astro-ph.CO",)),
    # negatives: a capitalized word outside ML with no source head, a survey the paper runs itself
    ("We measure the Kestrel-3 spectra and model the Zorb effect with QUARTO.", "", set(), {"Kestrel-3", "QUARTO"},
     ("astro-ph.GA",)),
    ("We survey 300 farms in the Tarn valley and the Quill basin.", "", set(), {"Tarn", "Quill"}, ("q-bio.PE",)),
]


@pytest.mark.parametrize(("text", "title", "present", "absent", "categories"), SOURCES,
                         ids=[r[0][:40] for r in SOURCES])
def test_named_data_sources_are_datasets_outside_ml(ex: Extractor, text: str, title: str, present: set[Entity],
                                                    absent: set[str], categories: tuple[str, ...]) -> None:
    nodes, _ = ex.paper("paper:t", title, text, categories)
    found = {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}
    assert present <= found, (present - found, found)
    assert not absent & {name for _, name in found}, (absent, found)
