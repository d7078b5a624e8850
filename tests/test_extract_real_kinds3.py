"""Kinds of fault seen on a third set of real abstracts (issue 11), each with invented sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL

P = "paper"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def entities(ex: Extractor, abstract: str) -> set[tuple[str, str]]:
    """(label, name) of every Model and Dataset node the paper yields."""
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    return {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}


# --- other work as the subject of "introduce": not the paper's ----------------------------------------------

OTHERS_INTRODUCE: list[tuple[str, str]] = [
    ("Prior detectors improve recall by introducing a Feature Pyramid Network (FPN). We propose Zolt, a detector.",
     "FPN"),
    ("Existing retrievers cut latency by introducing Hashed Token Pools (HTP), which we replace.", "HTP"),
    ("Lin et al. (2017) improve recall by introducing a Ladder Echo Network (LEN).", "LEN"),
    ("Many recent parsers gain accuracy by introducing Span Echo Attention (SEA).", "SEA"),
    ("Earlier systems introduced GraphMix to share weights across layers.", "GraphMix"),
    ("GraphMix, introduced by Lin et al., shares weights across layers.", "GraphMix"),
    ("Conventional trackers introduce Kalman Gate Filters (KGF) to smooth the tracks.", "KGF"),
]


@pytest.mark.parametrize(("abstract", "name"), OTHERS_INTRODUCE, ids=[n for _, n in OTHERS_INTRODUCE])
def test_others_introducing_a_name_is_not_the_paper_introducing_it(introduced: Callable[..., set[str]], abstract: str,
                                                                   name: str) -> None:
    assert name not in introduced(abstract)


OWN_INTRODUCE: list[tuple[str, str]] = [
    ("This paper introduces GraphMix, a model for tables.", "GraphMix"),
    ("We introduce GraphMix, a model for tables.", "GraphMix"),
    ("Our method introduces GraphMix, a module for tables, into a Transformer.", "GraphMix"),
    ("We improve recall by introducing a Gated Pyramid Head (GPH).", "GPH"),
    ("Unlike prior detectors, Zolt improves recall by introducing a Gated Pyramid Head (GPH).", "GPH"),
    ("In contrast to earlier work, our tracker gains by introducing Gated Echo Filters (GEF).", "GEF"),
]


@pytest.mark.parametrize(("abstract", "name"), OWN_INTRODUCE, ids=[n for _, n in OWN_INTRODUCE])
def test_the_paper_introducing_a_name_stays_ours(introduced: Callable[..., set[str]], abstract: str, name: str) -> None:
    assert name in introduced(abstract)


# --- a metric listed after "in terms of" is no name -----------------------------------------------------------

def test_metrics_after_in_terms_of_are_no_names(ex: Extractor) -> None:
    assert entities(ex, "Zolt improves tracking in terms of IDF1 and HOTA on MOT17.") == {(DATASET, "MOT17")}
    assert entities(ex, "Quorn beats ByteTrack in terms of MOTA, IDF1, and HOTA.") == {(MODEL, "ByteTrack")}
    assert entities(ex, "Our parser is competitive in terms of GLEU-2 while using fewer FLOPs.") == set()


def test_a_name_after_in_terms_of_that_a_metric_follows_stays(ex: Extractor) -> None:
    found = entities(ex, "In terms of ImageNet accuracy, our network beats ResNet-50.")
    assert {(DATASET, "ImageNet"), (MODEL, "ResNet-50")} <= found
    assert (DATASET, "TriviaQA") in entities(ex, "Zolt matches GPT-4 in terms of QAScore on TriviaQA.")


# --- a lower-case head word after a hyphen ends a name ("SWE-agent") ------------------------------------------

def test_a_lower_case_agent_or_bench_tail_ends_a_name(ex: Extractor, introduced: Callable[..., set[str]]) -> None:
    assert (MODEL, "SWE-agent") in entities(ex, "We evaluate SWE-agent and OpenHands on SWE-bench.")
    found = entities(ex, "We build KelpCode-agent on top of GPT-4 and test it on Kelp-bench.")
    assert {(MODEL, "KelpCode-agent"), (DATASET, "Kelp-bench")} <= found
    assert "Mobi-agent" in introduced("We propose Mobi-agent, a GUI agent for phones.")


def test_a_generic_word_or_an_adjective_before_the_tail_makes_no_name(ex: Extractor) -> None:
    assert entities(ex, "The KL-regularized policy and the LLM-agent setting are studied; our multi-agent "
                        "system wins.") == set()
    assert entities(ex, "We train a GAN-agent policy and an RL-agent with our reward.") == set()


# --- a name's tail: a one-letter variant ("VALL-E X"), a sensor tail ("SUN RGB-D") ------------------------

def test_a_one_letter_variant_after_a_capital_code_stays_in_the_name(ex: Extractor) -> None:
    assert (MODEL, "VALL-E X") in entities(ex, "We compare with VALL-E X and YourTTS.")
    assert (MODEL, "QRS-T X") in entities(ex, "Our decoder beats QRS-T X and QRS-T on long prompts.")


def test_a_letter_after_a_mixed_case_name_or_a_sentence_end_is_not_its_variant(ex: Extractor) -> None:
    found = entities(ex, "We train ViT-B and ViT-L. A larger model helps.")
    assert not any(name.endswith(" A") for _, name in found)
    assert (DATASET, "Kestrel-9") in entities(ex, "We evaluate on the Kestrel-9 X split of the data.")


def test_a_capital_sensor_tail_stays_in_a_capital_dataset_name(ex: Extractor) -> None:
    assert entities(ex, "We evaluate on SUN RGB-D and ScanNet.") == {(DATASET, "SUN RGB-D"), (DATASET, "ScanNet")}
    assert (DATASET, "KORV RGB-T") in entities(ex, "We test on ScanNet and on the KORV RGB-T pedestrian benchmark.")


def test_a_listed_dataset_with_a_sensor_tail_and_a_score_stays_in_the_list(ex: Extractor) -> None:
    text = "Our detector leads on ScanNet V2 (+4.5), KORV RGB-D (+3.5), and S3DIS (+20.5) datasets."
    assert (DATASET, "KORV RGB-D") in entities(ex, text)


# --- a relative clause ends an appositive: its verb is not the head ("an approach that challenges") ---------

def title_entities(ex: Extractor, title: str, abstract: str) -> set[tuple[str, str]]:
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}


@pytest.mark.parametrize(("title", "abstract", "expected"), [
    ("KelpNAS: Scaling Up One-Shot Search", "We propose KelpNAS, an approach that challenges the common view that "
     "weights need retraining.", (MODEL, "KelpNAS")),
    ("Pirol: Fast Graph Queries", "We present Pirol, a method which sets new records on graph queries.",
     (MODEL, "Pirol")),
    ("Trellis: Hard Puzzles", "We release Trellis, a suite of puzzles that models fail.", (DATASET, "Trellis")),
    ("Quorra: Hard Puzzles", "We release Quorra, a new challenge that collects 900 puzzles.", (DATASET, "Quorra")),
    ("Kestrel: Small Models", "We release Kestrel, a family of language models that run on phones.",
     (MODEL, "Kestrel")),
], ids=["challenges", "sets", "suite-that-models", "challenge-head", "family-of-models"])
def test_the_appositive_head_comes_before_a_relative_clause(ex: Extractor, title: str, abstract: str,
                                                            expected: tuple[str, str]) -> None:
    assert expected in title_entities(ex, title, abstract)


# --- "on X" where X is the family of a model named before: the run on a model, not a data set --------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("We run our pruner on the small KelvoNet-b2-3B model across tasks. The results show that on KelvoNet, our "
     "pruner raises the head sparsity from 0% to 50% with a slight gain on the HX task.", "KelvoNet"),
    ("We distill the QuillLM-v2-7B model into a small student. On QuillLM, the student keeps 95% of the accuracy.",
     "QuillLM"),
], ids=["KelvoNet", "QuillLM"])
def test_on_the_family_of_a_model_named_before_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    found = entities(ex, abstract)
    assert (MODEL, name) in found and (DATASET, name) not in found


def test_on_the_family_of_a_dataset_named_before_stays_a_dataset(ex: Extractor) -> None:
    found = entities(ex, "We build QuillBench-v2 from exam questions. On QuillBench, GPT-4 scores 61%.")
    assert (DATASET, "QuillBench") in found and (MODEL, "QuillBench") not in found


# --- programming languages and named operations are no models -----------------------------------------------

@pytest.mark.parametrize("abstract", [
    "We hand-write the solutions in C++, Java, JavaScript, and Go.",
    "We translate programs between Python, TypeScript and Kotlin.",
    "Vanilla TopK routers are trained in a non-differentiable way.",
    "We replace the ArgMax decoding with sampling and the LogSumExp pooling with a mean.",
], ids=["javascript", "typescript", "topk", "argmax"])
def test_programming_languages_and_operations_are_no_names(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


def test_a_name_holding_a_language_or_operation_word_stays(ex: Extractor) -> None:
    found = entities(ex, "We compare with SoftPlus-Net and JavaScriptBERT on our code tasks.")
    assert found == {(MODEL, "SoftPlus-Net"), (MODEL, "JavaScriptBERT")}


# --- capitalized words before a lower-case model head after "the": a named method -----------------------------

def test_a_capitalized_phrase_before_a_framework_head_is_a_model(ex: Extractor) -> None:
    text = "We present a low-cost merging method named SlimMerge based on the Optimal Token Surgeon framework."
    assert (MODEL, "Optimal Token Surgeon") in entities(ex, text)
    assert (MODEL, "Monte Carlo Tree Search") in entities(
        ex, "Our planner extends the Monte Carlo Tree Search algorithm with learned priors.")
    assert {(MODEL, "Gated Echo Pooling"), (MODEL, "Kelp Attention")} <= entities(
        ex, "We train with the Gated Echo Pooling module and the Kelp Attention module.")


@pytest.mark.parametrize("abstract", [
    "We use the Graph Neural Network framework and the Large Language Model architecture.",
    "We adopt the Lottery Ticket Hypothesis and the Information Bottleneck principle.",
    "We follow the Hugging Face library for training.",
], ids=["generic-words", "no-head", "library"])
def test_generic_capitalized_phrases_or_other_heads_make_no_model(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


def test_a_capitalized_long_form_before_a_model_head_makes_its_acronym_a_model(ex: Extractor,
                                                                               introduced: Callable[..., set[str]]
                                                                              ) -> None:
    assert (MODEL, "OTS") in entities(ex, "We build a pruner on top of the Optimal Token Surgeon (OTS) framework.")
    assert (MODEL, "ESN") in entities(ex, "Prior work relies on the Echo State Network (ESN) model.")
    assert "GEP" in introduced("We propose the Gated Echo Pooling (GEP) module for speech.")


def test_metric_or_generic_acronyms_before_a_head_stay_no_models(ex: Extractor) -> None:
    assert entities(ex, "We score outputs with the Mean Opinion Score (MOS) metric and the Word Error Rate "
                        "(WER) measure.") == set()
    assert entities(ex, "We use a Graph Neural Network (GNN) model and a Large Language Model (LLM) agent.") == set()


# --- "we V ... and propose X": the paper's name after a coordinated introduce verb ----------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("Besides, we explore the limits of layer-wise merging from the view of error growth and propose Incremental "
     "Pruning Ratio, a non-uniform pruning strategy to reduce the loss.", "Incremental Pruning Ratio"),
    ("We study why greedy decoding fails on long inputs and then propose Span Echo Decoding, which keeps a cache "
     "of spans.", "Span Echo Decoding"),
    ("We study the error growth of pruning and propose Staged Quantization Budget, a non-uniform strategy.",
     "Staged Quantization Budget"),
], ids=["explore-and-propose", "and-then-propose", "study-and-propose"])
def test_we_and_a_later_introduce_verb_introduce_the_name(introduced: Callable[..., set[str]], abstract: str,
                                                          name: str) -> None:
    assert name in introduced(abstract)


@pytest.mark.parametrize(("abstract", "name"), [
    ("We show that Lin et al. study Gated Echo Pooling and propose Span Echo Decoding, a cache of spans.",
     "Span Echo Decoding"),
    ("We note that earlier parsers drop rare words and propose Rare Word Tables, a lookup scheme.",
     "Rare Word Tables"),
], ids=["et-al", "that-clause"])
def test_another_subject_before_the_introduce_verb_is_not_the_paper(introduced: Callable[..., set[str]],
                                                                    abstract: str, name: str) -> None:
    assert name not in introduced(abstract)


# --- a plain capitalized qualifier before a name: one name ("Rotated FCOS"), not the qualifier alone ---------

def test_a_plain_word_before_an_acronym_name_is_its_qualifier(ex: Extractor) -> None:
    found = entities(ex, "The comparison between H2Box-v2 and Rotated FCOS on DOTA-v1.0 is 72.3% vs. 70.1%.")
    assert (MODEL, "Rotated FCOS") in found and (MODEL, "Rotated") not in found
    assert (MODEL, "Tiny QRNet") in entities(ex, "The gap between Kelpo-2 and Tiny QRNet-S is small on GLUE.")


def test_a_plain_word_before_a_generic_acronym_makes_no_name(ex: Extractor) -> None:
    found = entities(ex, "We compare ZoltNet with Sparse LLM and Fast CNN baselines on DOTA.")
    assert not any(name.startswith(("Sparse", "Fast")) for _, name in found)


# --- a split after a dash is the dataset ("MSLS-val" is MSLS) ----------------------------------------------

def test_a_dashed_split_folds_into_its_dataset(ex: Extractor) -> None:
    assert entities(ex, "Our model reaches 94.8 on MSLS-val and 62.3 on Nordland.") == {
        (DATASET, "MSLS"), (DATASET, "Nordland")}
    assert entities(ex, "We report results on Kelpo-test and on QuorraQA-dev.") == {
        (DATASET, "Kelpo"), (DATASET, "QuorraQA")}


def test_a_split_word_ends_no_model_and_no_capitalized_name(ex: Extractor) -> None:
    found = entities(ex, "We compare with TinyNet-dev and evaluate on GLUE-Dev.")
    assert (MODEL, "TinyNet-dev") in found and (DATASET, "GLUE-Dev") in found
