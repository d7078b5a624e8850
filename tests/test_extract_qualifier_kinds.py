"""Kinds of extraction fault an expert user met on abstracts they wrote (issue 11), each with invented sentences.

Every sentence here is written for the test, across fields; names are invented or well known. Each table
stands for a kind: capitalized words beside a known name that make one longer name, models named only in
comparison lists, the paper's own model after a fronted list or in apposition to "The new model", and the
relation types of a survey's names, a benchmark's evaluated models and the models a method is applied to.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import COMPARES_WITH, DATASET, EVALUATED_ON, INTRODUCES, MENTIONS, MODEL, USES
from kg.names import split_size

P = "paper"
PAPER_RELS = (INTRODUCES, USES, COMPARES_WITH, EVALUATED_ON, MENTIONS)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def models(ex: Extractor, abstract: str, title: str = "") -> set[str]:
    """The names of every Model node the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {n.name for n in nodes if n.label == MODEL}


def relations(ex: Extractor, abstract: str, title: str = "") -> set[tuple[str, str]]:
    """(type, target) of the paper's relations to models and datasets."""
    return {(r["type"], r["target"]) for r in ex.spans(abstract, title)["relations"]
            if r["source"] == P and r["type"] in PAPER_RELS}


# --- kind 1: capitalized words beside a known name, inside a sentence, are part of the name -----------------

QUALIFIED = [
    ("Building on Deformable DETR, we add a sparse query pruner for aerial scenes.", "Deformable DETR", "DETR"),
    ("For liver lesions we start from Residual U-Net and replace its skip connections.", "Residual U-Net", "U-Net"),
    ("Our crop counter beats Cascade Mask R-CNN on orchard images.", "Cascade Mask R-CNN", "Mask R-CNN"),
    ("Our graph code builds on PyTorch Geometric and runs on one GPU.", "PyTorch Geometric", "PyTorch"),
    ("The speech encoder is initialized from Whisper medium-v2 and frozen.", "Whisper-v2", "Whisper"),  # the size folds, the version stays
    ("We compare against Whisper large-v3 in a streaming setting.", "Whisper-v3", "Whisper"),
]


@pytest.mark.parametrize(("abstract", "name", "cut"), QUALIFIED, ids=[n for _, n, _ in QUALIFIED])
def test_a_capitalized_qualifier_or_version_stays_on_the_name(ex: Extractor, abstract: str, name: str,
                                                                  cut: str) -> None:
    found = models(ex, abstract)
    assert name in found
    assert cut not in found


NOT_QUALIFIED = [
    ("Our tagger outperforms Google BERT on news text.", "BERT"),  # an organization is no qualifier
    ("Our tagger outperforms Chinese BERT on news text.", "BERT"),  # nor a language
    ("We compare with the deformable DETR detector on aerial scenes.", "DETR"),  # lower case
    ("We fine-tune Large BERT on clinical notes.", "BERT"),  # a size word
    ("Vanilla DETR is slow to train on small objects.", "DETR"),  # a sentence start, written once (not Deformable DETR: a known model)
]


@pytest.mark.parametrize(("abstract", "name"), NOT_QUALIFIED, ids=[a[:30] for a, _ in NOT_QUALIFIED])
def test_other_capitalized_words_leave_the_known_name(ex: Extractor, abstract: str, name: str) -> None:
    found = models(ex, abstract)
    assert name in found
    assert not any(n.endswith(" " + name) for n in found)


@pytest.mark.parametrize(("written", "expected"), [
    ("SeamlessM4T", ("SeamlessM4T", [])),  # a size glued to a lone capital is part of the name
    ("1F1B", ("1F1B", [])),
    ("Mistral7B", ("Mistral", ["7B"])),  # glued to a word it is a size
    ("LLaMA13B", ("LLaMA", ["13B"])),
])
def test_a_glued_size_after_a_lone_capital_is_no_size(written: str, expected: tuple[str, list[str]]) -> None:
    assert split_size(written) == expected


def test_a_name_ending_in_digit_and_letter_is_kept_whole(ex: Extractor) -> None:
    assert "SeamlessM4T" in models(ex, "Our translator is distilled from SeamlessM4T on 40 language pairs.")


# --- kind 2: models named only in comparison lists ------------------------------------------------------------

LISTED = [
    ("Exploration methods such as RND and ICM are sensitive to reward scale.", {"RND", "ICM"}),
    ("Learned estimators such as MSCN and NeuroCard ignore join correlations.", {"MSCN", "NeuroCard"}),
    ("It beats sparse retrievers such as SPLADE and dense retrievers such as Contriever.", {"SPLADE", "Contriever"}),
    ("Optimizers such as LAMB and Lion diverge at this batch size.", {"LAMB", "Lion"}),
    ("Training is ten times cheaper than for GCN or GAT on the same graphs.", {"GCN", "GAT"}),
    ("Our 3-bit model loses 0.8 points, compared with 2.4 for GPTQ.", {"GPTQ"}),
    ("Pipeline schedules such as GPipe and 1F1B leave devices idle.", {"GPipe", "1F1B"}),
]


@pytest.mark.parametrize(("abstract", "names"), LISTED, ids=[a[:30] for a, _ in LISTED])
def test_models_in_comparison_lists_are_found(ex: Extractor, abstract: str, names: set[str]) -> None:
    assert names <= models(ex, abstract)


@pytest.mark.parametrize("abstract", [
    "Metrics such as BLEU and METEOR disagree with annotators.",
    "Tasks such as NER and POS tagging need labels.",
    "Training is cheaper than for 4K video on the same cluster.",
])
def test_other_lists_name_no_models(ex: Extractor, abstract: str) -> None:
    assert not models(ex, abstract)


@pytest.mark.parametrize(("abstract", "name"), [
    ("Training is ten times cheaper than for GCN or GAT on the same graphs.", "GAT"),
    ("Our 3-bit model loses 0.8 points, compared with 2.4 for GPTQ.", "GPTQ"),
])
def test_a_model_compared_by_its_figure_is_compared(ex: Extractor, abstract: str, name: str) -> None:
    assert (COMPARES_WITH, name) in relations(ex, abstract)


# --- kind 3: the paper's own model after a fronted list, or in apposition to its head ---------------------------

FRONTED = [
    ("Ranking drifts when item catalogues change. QuillRank re-weights items online. Compared with SASRec, "
     "BERT4Rec and GRU4Rec, QuillRank raises recall by 3 points.", "QuillRank", {"SASRec", "BERT4Rec", "GRU4Rec"}),
    ("Protein folding needs many recycles. Compared to AlphaFold2, RoseTTAFold and ESMFold, FoldLite is 5x faster.",
     "FoldLite", {"AlphaFold2", "RoseTTAFold", "ESMFold"}),
    ("Unlike PPO, SAC and TD3, Brightstep needs no replay tuning.", "Brightstep", {"PPO", "SAC", "TD3"}),
    ("Compared with FedAvg and FedProx, ClientMix improves accuracy by 2 points.", "ClientMix", {"FedAvg", "FedProx"}),
]


@pytest.mark.parametrize(("abstract", "own", "compared"), FRONTED, ids=[o for _, o, _ in FRONTED])
def test_the_subject_after_a_fronted_list_is_the_papers(ex: Extractor, abstract: str, own: str,
                                                         compared: set[str]) -> None:
    rels = relations(ex, abstract)
    assert (INTRODUCES, own) in rels
    assert {(COMPARES_WITH, c) for c in compared} <= rels
    assert not any(t == INTRODUCES and n in compared for t, n in rels)


APPOSED = [
    ("We study robust parsing of clinical notes. The parser, NoteParse, handles abbreviations without a lexicon.",
     "NoteParse"),
    ("We extend our earlier routing network with a learned gate. The new model, GateNet-2, is evaluated on "
     "three traffic datasets.", "GateNet-2"),
    ("We present a decoding algorithm that rejects unsupported spans. The algorithm, CheckBeam, needs no "
     "retraining.", "CheckBeam"),
    ("We curate dialogues from help desks. The new dataset, DeskTalk, holds 40,000 conversations.", "DeskTalk"),
]


@pytest.mark.parametrize(("abstract", "own"), APPOSED, ids=[o for _, o in APPOSED])
def test_a_name_in_apposition_to_the_new_thing_is_introduced(ex: Extractor, abstract: str, own: str) -> None:
    assert (INTRODUCES, own) in relations(ex, abstract)


@pytest.mark.parametrize(("abstract", "name"), [
    ("The baseline model, GraphSAGE, is trained for 100 epochs.", "GraphSAGE"),
    ("The teacher model, Llama 3, labels the data.", "Llama 3"),
    ("The retriever, DPR, stays frozen while we train the reader.", "DPR"),
])
def test_a_known_or_role_name_in_apposition_is_not_introduced(ex: Extractor, abstract: str, name: str) -> None:
    rels = relations(ex, abstract)
    assert any(n == name for _, n in rels)
    assert (INTRODUCES, name) not in rels


# --- kind 4: relation types ---------------------------------------------------------------------------------------

TYPED = [
    ("Retrieval for Code: A Survey",
     "This survey covers code search from early systems such as CodeSearchNet baselines to recent assistants "
     "built on GPT-4 and StarCoder.", {(MENTIONS, "GPT-4"), (MENTIONS, "StarCoder")}),
    ("Scientific Claim Checking: A Review",
     "We then review evaluation practice, covering benchmarks such as SciFact and FEVER.",
     {(MENTIONS, "SciFact"), (MENTIONS, "FEVER")}),
    ("AgentArena: A Benchmark for Web Agents",
     "We introduce AgentArena, a benchmark of 500 web tasks. We evaluate GPT-4o, Gemini 1.5 Pro and Llama 3 "
     "with a shared prompt.", {(COMPARES_WITH, "GPT-4o"), (COMPARES_WITH, "Gemini 1.5 Pro"),
                               (COMPARES_WITH, "Llama 3")}),
    ("RoadQA: Questions About Driving Scenes",
     "We release RoadQA, a dataset of 9,000 questions. We benchmark LLaVA, Qwen-VL and InstructBLIP and find "
     "large gaps.", {(COMPARES_WITH, "LLaVA"), (COMPARES_WITH, "Qwen-VL"), (COMPARES_WITH, "InstructBLIP")}),
    ("", "We propose SparseQ, which quantizes Mistral-7B and Llama-2-13B to 3 bits in one hour. SparseQ keeps "
         "accuracy within 1 point, compared with 3.1 for GPTQ, and reduces the memory of Llama-2-13B by 4x.",
     {(USES, "Mistral"), (USES, "Llama-2"), (COMPARES_WITH, "GPTQ")}),
    ("", "Our method prunes OPT-13B and BLOOM-7B to 50% sparsity without retraining.",
     {(USES, "OPT"), (USES, "BLOOM")}),
    ("", "We evaluate our planner with GPT-4 as the base model.", {(USES, "GPT-4")}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), TYPED, ids=[a[:30] for _, a, _ in TYPED])
def test_relation_types(ex: Extractor, title: str, abstract: str, expected: set[tuple[str, str]]) -> None:
    rels = relations(ex, abstract, title)
    assert expected <= rels
    assert len({n for _, n in rels}) == len(rels)  # one relation per name
