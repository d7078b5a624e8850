"""Kinds of extraction fault an expert user met on abstracts written for the project (issue 11), each with
invented sentences across fields: an acronym whose long form is in lower case, given by a naming cue, and a
name at the end of a comparison phrase written in parallel ("88.0 for A and 87.1 for B").
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import COMPARES_WITH, INTRODUCES, MODEL, USES

P = "paper"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def relations(ex: Extractor, abstract: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of the paper's relations."""
    return {(r["source"], r["type"], r["target"]) for r in ex.spans(abstract)["relations"]}


def aliases(ex: Extractor, abstract: str, name: str) -> set[str]:
    """The aliases of the Model node ``name``."""
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    return {a for n in nodes if n.label == MODEL and n.name == name for a in n.props.get("aliases") or ()}


# --- an acronym whose lower-case long form follows a naming cue is the paper's own ---------------------------

NAMED_LOWER = [
    ("We introduce a loss, named ridge-weighted hinge smoothing (RWHS), that reweights rare labels. With RWHS, "
     "the macro F1 rises from 0.41 to 0.47.", "RWHS", "ridge-weighted hinge smoothing"),
    ("Our approach, which we term latent route probing (LRP), fits a probe on hidden states. LRP reaches an "
     "AUROC of 0.84.", "LRP", "latent route probing"),
    ("We present a simple regularizer, termed boundary-aware value clipping (BAVC), that limits the critic's "
     "targets. The gains are largest on sparse-reward tasks.", "BAVC", "boundary-aware value clipping"),
    ("For seismic inversion we propose a sampler, called annealed phase splitting (APS), which explores "
     "multimodal posteriors at a tenth of the cost.", "APS", "annealed phase splitting"),
    ("We describe a scheduling policy, dubbed lazy page stealing (LPS), for tiered memory. It cuts tail "
     "latency by 31% under contention.", "LPS", "lazy page stealing"),
]


@pytest.mark.parametrize(("abstract", "name", "long_form"), NAMED_LOWER, ids=[n for _, n, _ in NAMED_LOWER])
def test_a_named_lower_case_acronym_is_introduced(ex: Extractor, abstract: str, name: str, long_form: str) -> None:
    rels = relations(ex, abstract)
    assert (P, INTRODUCES, name) in rels
    assert (P, USES, name) not in rels
    assert long_form in aliases(ex, abstract, name)


NOT_NAMED_LOWER = [
    ("We report the widely used expected calibration error (ECE) of each model and compare it with ours.", "ECE"),
    ("The policy is fine-tuned with reinforcement learning from human feedback (RLHF) on helpfulness data.",
     "RLHF"),
    ("A metric, termed relative ranking error (RRE), is reported for every retriever.", "RRE"),
    ("Prior work applied annealed phase splitting (APS) to seismic inversion; we study its failure modes.",
     "APS"),
    ("We adopt stochastic weight averaging (SWA) from earlier work to stabilize training of the detector.", "SWA"),
]


@pytest.mark.parametrize(("abstract", "name"), NOT_NAMED_LOWER, ids=[n for _, n in NOT_NAMED_LOWER])
def test_a_lower_case_acronym_without_naming_cue_is_not_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert (P, INTRODUCES, name) not in relations(ex, abstract)


def models(ex: Extractor, abstract: str) -> set[str]:
    """The names of the Model nodes the paper yields."""
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    return {n.name for n in nodes if n.label == MODEL}


# --- a name after the same word as a compared name before it is parallel to it -------------------------------

PARALLEL = [
    ("Wren scores 61.2, compared with 58.0 for Quib-QL and 55.3 for RQL.", "RQL", True),
    ("Wren reaches 74.1 and 52.0, compared with 70.2 and 49.9 for Quib-QL and 68.8 and 47.5 for TDX.", "TDX",
     True),
    ("The segmenter is 2.1 points above Mask R-CNN and 3.4 points above MSGX on crowded scenes.", "MSGX", False),
    ("Under rewriting attacks by PARX and by GPT-4, our watermark keeps a detection rate of 0.91.", "PARX", False),
    ("The speech decoder is evaluated against Quib-Net and against QNX at 6 kbps.", "QNX", True),
]


@pytest.mark.parametrize(("abstract", "name", "compared"), PARALLEL, ids=[n for _, n, _ in PARALLEL])
def test_a_name_parallel_to_a_compared_name_is_one(ex: Extractor, abstract: str, name: str, compared: bool) -> None:
    assert name in models(ex, abstract)
    if compared:
        assert (P, COMPARES_WITH, name) in relations(ex, abstract)


NOT_PARALLEL = [
    ("We thank the ABC program for funding and the DEF lab for compute.", "DEF"),
    ("Wren is trained for 3 epochs on Quib-Set and 2 epochs for the RXT split.", "RXT"),
    ("Quib-QL is run for 10k steps and for PTQ we use 4 bits.", "PTQ"),
]


@pytest.mark.parametrize(("abstract", "name"), NOT_PARALLEL, ids=[n for _, n in NOT_PARALLEL])
def test_a_different_phrase_is_not_parallel(ex: Extractor, abstract: str, name: str) -> None:
    assert name not in models(ex, abstract)


# --- a metric written like a name is no model -----------------------------------------------------------------

METRIC_NAMES = [
    ("Wren reports a LogLoss reduction of 0.4% on the Quib click logs over Zorb-CTR.", "LogLoss", "Zorb-CTR"),
    ("On the Quib-Voice trials, the minDCF of Zorb-SV drops from 0.31 to 0.27.", "minDCF", "Zorb-SV"),
    ("Calibrated scores from Zorb-SV cut the actDCF by a third.", "actDCF", "Zorb-SV"),
]


@pytest.mark.parametrize(("abstract", "metric", "model"), METRIC_NAMES, ids=[m for _, m, _ in METRIC_NAMES])
def test_a_metric_is_no_model(ex: Extractor, abstract: str, metric: str, model: str) -> None:
    found = models(ex, abstract)
    assert metric not in found
    assert model in found
    assert (P, INTRODUCES, metric) not in relations(ex, abstract)
