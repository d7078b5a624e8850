"""Kinds of extraction fault a new user met on their own abstracts (issue 11), each with invented sentences.

Every sentence here is written for the test, across fields; names are invented or well known. Each table
stands for a kind of phrasing: a benchmark the paper introduces, sizes written on a name, metrics, datasets
in lists and after "on", a model after "Unlike", and the relation types of training data, a survey's
names and a model used as a workload.
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


def entities(ex: Extractor, abstract: str, title: str = "") -> set[tuple[str, str]]:
    """(label, name) of every Model and Dataset node the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}


def sized(ex: Extractor, abstract: str) -> set[tuple[str, tuple[str, ...]]]:
    """(name, sizes) of every Model node the paper yields."""
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    return {(n.name, tuple(n.props.get("sizes") or ())) for n in nodes if n.label == MODEL}


def relations(ex: Extractor, abstract: str, title: str = "") -> set[tuple[str, str, str]]:
    """(source, type, target) of the paper's relations to models and datasets."""
    return {(r["source"], r["type"], r["target"]) for r in ex.spans(abstract, title)["relations"]
            if r["type"] in PAPER_RELS}


# --- a benchmark, suite or corpus the paper introduces is a Dataset ------------------------------------------

INTRODUCED_DATA = [
    ("QuillBench: Probing Tool Use in Language Agents",
     "We introduce QuillBench, a benchmark of 40 tasks that probes tool use. We evaluate GPT-4 on QuillBench.",
     "QuillBench"),
    ("Harbor: Stress-Testing Learned Query Optimizers",
     "We present Harbor, a suite of 113 join queries over real schemas. Harbor exposes large errors in learned "
     "cardinality estimators.", "Harbor"),
    ("Murmur: Whispered Speech in the Wild",
     "We release Murmur, a corpus of 300 hours of whispered speech in 12 languages. Murmur is hard for "
     "current recognizers.", "Murmur"),
    ("", "We introduce Terrafloods, a collection of 9,000 satellite images labelled for flood extent.",
     "Terrafloods"),
    ("", "We present GaitLab, a dataset of gait videos from 400 patients, and a baseline trained on it.", "GaitLab"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), INTRODUCED_DATA, ids=[n for _, _, n in INTRODUCED_DATA])
def test_an_introduced_benchmark_is_a_dataset(ex: Extractor, title: str, abstract: str, name: str) -> None:
    found = entities(ex, abstract, title)
    assert (DATASET, name) in found
    assert (MODEL, name) not in found
    assert (P, INTRODUCES, name) in relations(ex, abstract, title)


INTRODUCED_MODELS = [
    ("Quill: Tool Use in Language Agents",
     "We introduce Quill, a language model that calls tools. Quill outperforms GPT-4 on ToolBench.", "Quill"),
    ("Pylon: Serving Mixture-of-Experts Models",
     "We present Pylon, a system for benchmarking and serving sparse models. Pylon cuts latency by 2x.", "Pylon"),
    ("", "We propose Corvid, a detector trained on a new benchmark of aerial images.", "Corvid"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), INTRODUCED_MODELS, ids=[n for _, _, n in INTRODUCED_MODELS])
def test_an_introduced_model_stays_a_model(ex: Extractor, title: str, abstract: str, name: str) -> None:
    assert (MODEL, name) in entities(ex, abstract, title)
    assert (P, INTRODUCES, name) in relations(ex, abstract, title)


# --- a size written on a name folds into the name, never splits it -------------------------------------------

SPLITS = [
    ("Qwen1.5-MoE-A2.7B", ("Qwen1.5-MoE", ["A2.7B"])),  # active parameters
    ("Qwen3-30B-A3B", ("Qwen3", ["30B", "A3B"])),
    ("Nimbus-MoE-A14B", ("Nimbus-MoE", ["A14B"])),
    ("LLaMA-13B", ("LLaMA", ["13B"])),
    ("Mixtral 8x7B", ("Mixtral", ["8x7B"])),
    ("ProtFold-S", ("ProtFold", ["S"])),  # a one-letter size code (kg/data/name_words.json size_letters)
    ("Zeta-A", ("Zeta-A", [])),
    ("Orca-A2", ("Orca-A2", [])),  # no unit: a version, not a size
]


@pytest.mark.parametrize(("written", "expected"), SPLITS, ids=[w for w, _ in SPLITS])
def test_split_size_keeps_the_name_whole(written: str, expected: tuple[str, list[str]]) -> None:
    assert split_size(written) == expected


SIZED = [
    ("We evaluate Qwen1.5-MoE-A2.7B and Nimbus-MoE-A14B on MMLU.",
     {("Qwen1.5-MoE", ("A2.7B",)), ("Nimbus-MoE", ("A14B",))}),
    ("We fine-tune Switch-Base and Switch-XXL on SuperGLUE.", {("Switch Transformer", ("XXL", "Base"))}),
    ("The detector uses a Swin-Large backbone pretrained on ImageNet.", {("Swin Transformer", ("Large",))}),
    ("Our agent is compared with Switch Transformer and Swin-Tiny.",
     {("Switch Transformer", ()), ("Swin Transformer", ("Tiny",))}),
]


@pytest.mark.parametrize(("abstract", "expected"), SIZED, ids=[a[:30] for a, _ in SIZED])
def test_a_size_on_a_short_name_is_the_known_model(ex: Extractor, abstract: str,
                                                   expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert sized(ex, abstract) == expected


@pytest.mark.parametrize("abstract", [
    "Vision-Language models align images and text without paired data.",
    "We study Switch-like routing in a dense network.",
    "The Swin-style windows are shifted between layers.",
])
def test_a_short_name_without_a_size_is_no_known_model(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


# --- metrics are no models, whatever their shape ------------------------------------------------------------

METRICS = [
    ("ZorbFold is within 3 points of AlphaFold2 in lDDT and TM-score, and improves pLDDT calibration and GDT-TS.",
     {(MODEL, "ZorbFold"), (MODEL, "AlphaFold2")}),
    ("We report RMSD and DockQ for every docked complex predicted by ZorbDock.", {(MODEL, "ZorbDock")}),
    ("Our summarizer raises ROUGE-L by 2 points and BLEU-4 by 1.1, with better BERTScore and METEOR.", set()),
    ("The generator lowers FID and sFID on ImageNet and raises the Inception Score and CLIP-S.",
     {(DATASET, "ImageNet")}),
    ("On COCO the detector gains 2.1 mAP and 1.4 AP50, while WER and CER drop for the speech model.",
     {(DATASET, "COCO")}),
    ("Retrieval improves nDCG@10 on BEIR and Hits@1 on WebQSP; MRR@10 rises too.",
     {(DATASET, "BEIR"), (DATASET, "WebQSP")}),
    ("The recommender improves HitRate@10 on MovieLens, and the agent SuccessRate@1 on ALFWorld.",
     {(DATASET, "MovieLens"), (DATASET, "ALFWorld")}),
    ("The classifier reaches an MCC of 0.61 and raises AUPRC over a tuned random forest.", set()),
    ("We fine-tune CLIP on our captions and report CLIP-S and SacreBLEU.", {(MODEL, "CLIP")}),
]


@pytest.mark.parametrize(("abstract", "expected"), METRICS, ids=[a[:30] for a, _ in METRICS])
def test_metrics_are_no_models(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


# --- datasets in lists, after "on" with a count, with a head; a model after "Unlike" -------------------------

FOUND = [
    ("On the Join Order Benchmark (JOB) and TPC-DS, Zorbjoin halves the median q-error.",
     {(DATASET, "JOB"), (DATASET, "TPC-DS")}),
    ("We test on the Kepler Transit Suite (KTS) and QRX-B, two sets of light curves.",
     {(DATASET, "KTS"), (DATASET, "QRX-B")}),
    ("Our world model sets a new state of the art on Atari 100k and the DeepMind Control Suite.",
     {(DATASET, "Atari 100k"), (DATASET, "DeepMind Control Suite")}),
    ("Results on Sundial 200 show that the scene classifier transfers.", {(DATASET, "Sundial 200")}),
    ("We train a folding model on structures from the Protein Data Bank.", {(DATASET, "Protein Data Bank")}),
    ("Our encoder is pretrained on spectra from the Stellar Data Bank and fine-tuned on ZTF-22.",
     {(DATASET, "Stellar Data Bank"), (DATASET, "ZTF-22")}),
    ("Unlike PPO, which needs per-domain tuning, our agent uses fixed hyperparameters.", {(MODEL, "PPO")}),
    ("Unlike DQN and SAC, our controller needs no replay buffer.", {(MODEL, "DQN"), (MODEL, "SAC")}),
]


@pytest.mark.parametrize(("abstract", "expected"), FOUND, ids=[a[:30] for a, _ in FOUND])
def test_datasets_and_models_in_lists_and_contrasts_are_found(ex: Extractor, abstract: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert expected <= entities(ex, abstract)


NOT_FOUND = [
    "Unlike Bayesian methods, our sampler needs no prior.",
    "Unlike prior work, we train on unlabeled speech.",
    "The service runs on Ubuntu 22.04 servers in three regions.",
    "The World Bank reports growth figures for 40 countries, which we forecast with a small network.",
]


@pytest.mark.parametrize("abstract", NOT_FOUND, ids=[a[:30] for a in NOT_FOUND])
def test_plain_words_after_the_same_cues_are_no_names(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


def test_a_model_after_unlike_is_compared(ex: Extractor) -> None:
    rels = relations(ex, "Unlike PPO, which needs per-domain tuning, Zorbagent uses fixed hyperparameters.")
    assert (P, COMPARES_WITH, "PPO") in rels


# --- relation types: training data, a survey's names, a model as a workload ---------------------------------

TYPED = [
    # training corpora are used, not evaluated on
    ("Wren is pretrained on 2T tokens drawn from RefinedWeb and The Pile, and it matches GPT-3 on MMLU.",
     {(P, USES, "RefinedWeb"), (P, USES, "The Pile"), (P, EVALUATED_ON, "MMLU")}),
    ("We train Zorb on C4 and evaluate it on MMLU and GSM8K.",
     {(P, USES, "C4"), (P, EVALUATED_ON, "MMLU"), (P, EVALUATED_ON, "GSM8K")}),
    ("Trained on LibriSpeech, our recognizer is tested on Common Voice.",
     {(P, USES, "LibriSpeech"), (P, EVALUATED_ON, "Common Voice")}),
    ("A Zorb model trained on C4 reaches 61% on MMLU.", {(P, USES, "C4"), (P, EVALUATED_ON, "MMLU")}),
    ("We fine-tune T5 on SQuAD.", {(P, USES, "T5"), (P, EVALUATED_ON, "SQuAD")}),  # a task's data is its test
    ("Progressive training stabilizes the generator and lets us render CelebA faces at 1024 pixels.",
     {(P, EVALUATED_ON, "CelebA")}),  # training is named, but nothing is trained on CelebA
    # a survey's names are mentioned, not used
    ("We review the path from GShard through Switch Transformer to GLaM.",
     {(P, MENTIONS, "GShard"), (P, MENTIONS, "Switch Transformer"), (P, MENTIONS, "GLaM")}),
    ("This survey traces object detection from R-CNN through YOLO to DETR.",
     {(P, MENTIONS, "R-CNN"), (P, MENTIONS, "YOLO"), (P, MENTIONS, "DETR")}),
    ("We categorize retrieval benchmarks such as BEIR and MS MARCO by domain.",
     {(P, MENTIONS, "BEIR"), (P, MENTIONS, "MS MARCO")}),
    ("We review sparse routing and fine-tune GLaM on SuperGLUE.",
     {(P, USES, "GLaM"), (P, EVALUATED_ON, "SuperGLUE")}),
    ("We use GShard to shard the experts.", {(P, USES, "GShard")}),
    ("We summarize accuracy on MMLU and GSM8K for every model size.",
     {(P, EVALUATED_ON, "MMLU"), (P, EVALUATED_ON, "GSM8K")}),
    # a model run as the workload of a system is used, not compared with
    ("On 512 GPUs, Zorbpipe scales GPT-3 training to 90% weak-scaling efficiency.", {(P, USES, "GPT-3")}),
    ("Zorbserve speeds up Llama 2 inference by 2.1x over vLLM.",
     {(P, USES, "Llama 2"), (P, COMPARES_WITH, "vLLM")}),
    ("Zorb reaches 84% on ImageNet, outperforming from-scratch DeiT training.",
     {(P, EVALUATED_ON, "ImageNet"), (P, COMPARES_WITH, "DeiT")}),
    ("Zorbserve is 2x faster than vLLM and outperforms GPT-3 on MMLU.",
     {(P, COMPARES_WITH, "vLLM"), (P, COMPARES_WITH, "GPT-3"), (P, EVALUATED_ON, "MMLU")}),
]


@pytest.mark.parametrize(("abstract", "expected"), TYPED, ids=[a[:30] for a, _ in TYPED])
def test_relation_types(ex: Extractor, abstract: str, expected: set[tuple[str, str, str]]) -> None:
    got = relations(ex, abstract)
    assert expected <= got
    assert not {(s, t, n) for s, t, n in got if any(n == e[2] and t != e[1] for e in expected)}
