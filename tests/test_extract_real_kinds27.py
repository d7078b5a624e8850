"""Kinds of fault seen on development parts of the real sets in round 27, each with invented sentences of its own
(issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind of
writing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, relations
from kg.extract import Extractor
from kg.model import DATASET, EVALUATED_ON, INTRODUCES, MODEL, ORG
from kg.sources.records import record_text


# --- a footnote mark glued to an organization's name, or between two sentences: "Hugging Face1", "tasks.111Code" ----

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We release the ZorbNet weights on Hugging Face1 and the code on GitHub2.", {(MODEL, "ZorbNet")}),
    ("ZorbNet was trained at Google DeepMind3 and Microsoft Research4 on public data.", {(MODEL, "ZorbNet")}),
    ("ZorbNet, from Mistral AI2, beats larger routers.", {(MODEL, "ZorbNet")}),
    ("ZorbNet solves ten tasks.111Code and weights are public.", {(MODEL, "ZorbNet")}),
    ("ZorbNet solves ten tasks.2Our results hold at scale.", {(MODEL, "ZorbNet")}),
])
def test_a_footnote_mark_makes_no_name(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


@pytest.mark.parametrize(("abstract", "expected"), [
    ("ZorbNet beats Llama2 and Falcon2 on reading tasks.", {(MODEL, "ZorbNet"), (MODEL, "Llama2"), (MODEL, "Falcon2")}),
    ("ZorbNet is trained with data from AI2 and compared with Gemini1.", {(MODEL, "ZorbNet"), (MODEL, "Gemini1")}),
])
def test_a_digit_after_a_name_that_is_no_organization_stays_part_of_it(
        ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


def test_an_organization_with_a_footnote_mark_is_that_organization(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "ZorbNet was trained at Google DeepMind3 and released on Hugging Face1.", ())
    assert sorted(n.name for n in nodes if n.label == ORG) == ["DeepMind", "Hugging Face"]


# --- a common word in capitals, or letters picked out of words, spelled out by the long form after it -------------

@pytest.mark.parametrize(("abstract", "short", "long_form"), [
    ("To this end, we develop CALL (Cool Agent Language Learner), a framework for agents.", "CALL",
     "Cool Agent Language Learner"),
    ("To this end, we develop CALL, Cool Agent Language Learner, a framework for agents.", "CALL",
     "Cool Agent Language Learner"),
    ("We develop CALL, Communicative World Model, a framework for agents that talk.", "CALL",
     "Communicative World Model"),
    ("We present GRACE, Graph Attention Compression Engine, which shrinks graphs.", "GRACE",
     "Graph Attention Compression Engine"),
])
def test_an_acronym_spelled_out_after_it_is_the_model(ex: Extractor, abstract: str, short: str,
                                                       long_form: str) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    assert [(n.name, n.props.get("aliases")) for n in nodes if n.label == MODEL] == [(short, [long_form])]
    assert relations(ex, abstract) == {short: INTRODUCES}


@pytest.mark.parametrize("abstract", [
    "We call ALL experts at once and keep the best answer.",
    "We do NOT retrain the router, and ALL tokens are kept.",
])
def test_a_common_word_in_capitals_not_spelled_out_is_no_name(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


def test_letters_picked_out_of_a_phrase_make_no_names_of_its_words(ex: Extractor) -> None:
    abstract = "We propose RIDAR, an RNA Inverse DEsign Approach with Replay. RIDAR folds RNA strands."
    assert entities(ex, abstract) == {(MODEL, "RIDAR")}


# --- titles, events and the paper's own data ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "name"), [
    ("ZorbNet : Fast Routing for Experts", "ZorbNet"),
    ("Deep Speech 2 : End-to-End Speech Recognition", "Deep Speech 2"),
])
def test_a_title_with_a_spaced_colon_names_the_paper_s_model(ex: Extractor, title: str, name: str) -> None:
    assert relations(ex, "We show that the approach works on speech and routing.", title) == {name: INTRODUCES}


@pytest.mark.parametrize("abstract", [
    "The ZorbSet datasets were used at ACM KDD Cup 2021 by 500 teams.",
    "The ZorbSet datasets were used at the KDD Cup by 500 teams.",
])
def test_a_venue_s_cup_is_an_event(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == {(DATASET, "ZorbSet")}


@pytest.mark.parametrize(("abstract", "expected"), [
    ("We present ZorbDB. Our experiments with the TPC-C benchmark show that it scales.",
     {"ZorbDB": INTRODUCES, "TPC-C": EVALUATED_ON}),
    ("We present ZorbDB. Our tests on the QuillBench benchmark show that it scales.",
     {"ZorbDB": INTRODUCES, "QuillBench": EVALUATED_ON}),
    ("We present ZorbDB and test it on our new QuillBench benchmark.",
     {"ZorbDB": INTRODUCES, "QuillBench": INTRODUCES}),
])
def test_our_names_only_a_name_in_its_own_noun_phrase(ex: Extractor, abstract: str, expected: dict[str, str]) -> None:
    assert relations(ex, abstract) == expected


@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("The ZALLA Dataset: Probing LLMs", "Our work introduces the ZALLA dataset to probe LLMs.", "ZALLA"),
    ("The QuillQA Benchmark for Tables", "We build the QuillQA benchmark from 40 spreadsheets.", "QuillQA"),
])
def test_a_title_s_head_word_the_abstract_leaves_off_is_no_part_of_the_name(ex: Extractor, title: str, abstract: str,
                                                                          name: str) -> None:
    assert entities(ex, abstract, title) == {(DATASET, name)}


def test_an_acronym_of_an_earlier_name_has_its_label(ex: Extractor) -> None:
    abstract = ("We fine-tune the attention weights within the U-net of the Zorb Image Generator XL model. Next, we "
                "exploit the unmodified ZIGXL to generate a scene. Our method achieves a score of 0.789 on ZIGXL.")
    assert entities(ex, abstract) == {(MODEL, "U-Net"), (MODEL, "Zorb Image Generator XL"), (MODEL, "ZIGXL")}


@pytest.mark.parametrize(("abstract", "name"), [
    ("By conducting experiments on the SemEval 2021 Task 7 dataset, we find that surprisal helps.",
     "SemEval 2021 Task 7"),
    ("We evaluate on the SemEval 2019 Task 12 data and on nothing else.", "SemEval 2019 Task 12"),
])
def test_a_task_of_a_yearly_shared_task_is_its_own_data_set(ex: Extractor, abstract: str, name: str) -> None:
    assert (DATASET, name) in entities(ex, abstract)


def test_a_quantum_computing_abstract_without_categories_is_outside_ml(ex: Extractor) -> None:
    abstract = ("We run 48 logical qubits on trapped-ion hardware with partially fault-tolerant (pFT) circuits. The pFT "
                "benchmarks beat state-of-the-art unencoded runs of a model of quantum magnetism.")
    assert entities(ex, abstract) == set()


# --- a lower-case task spelled out before its acronym; a title's name written in lower case -----------------------

@pytest.mark.parametrize("abstract", [
    "Speech super-resolution (SR) raises the sampling rate. We present Bridge-Zorb, a fast SR system.",
    "Image restoration (IR) is hard; we present Bridge-Zorb, an efficient IR system.",
    "Coreference resolution (CR) links mentions; we present Bridge-Zorb, a CR system.",
])
def test_the_acronym_of_a_task_is_no_model(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == {(MODEL, "Bridge-Zorb")}


@pytest.mark.parametrize(("title", "abstract", "expected"), [
    ("Inertial Routing: Sparse Experts that Stay Put", "We propose inertial routing, a novel routing scheme for "
     "experts. With inertial routing, tokens keep their expert.", {"Inertial Routing": INTRODUCES}),
    ("Quill Tables: Spreadsheets for Models", "We present quill tables, a new benchmark of 40 spreadsheets.",
     {"Quill Tables": INTRODUCES}),
    ("Deep Learning: A Review", "We present deep learning, a family of neural methods.", {}),
])
def test_a_title_s_name_written_in_lower_case_is_introduced(ex: Extractor, title: str, abstract: str,
                                                            expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


# --- a word named only inside a long form; data taken from a named source ------------------------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We introduce Multilingual Knowledge Questions and Answers (MKQA), an evaluation set. Answers are based on "
     "curated data.", {(DATASET, "MKQA")}),
    ("We propose Sparse Routing and Experts (SRE), a router. Experts are kept on one device.", {(MODEL, "SRE")}),
])
def test_a_word_named_only_inside_a_long_form_is_no_name_elsewhere(ex: Extractor, abstract: str,
                                                                    expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


@pytest.mark.parametrize(("abstract", "expected"), [
    ("Using ten minutes of labeled data from ZorbLight and 53k hours of unlabeled data from ZorbVox works well.",
     {(DATASET, "ZorbLight"), (DATASET, "ZorbVox")}),
    ("We fine-tune on synthetic data from ZorbGen.", {(MODEL, "ZorbGen")}),
    ("We distill on data from ZorbGen-7B outputs.", {(MODEL, "ZorbGen")}),
])
def test_data_from_a_named_source_is_a_data_set(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


@pytest.mark.parametrize(("title", "abstract", "expected"), [
    ("ZHPP: Hard Problems for Code Models", "We introduce the Zestfully Hard Python Problems (ZHPP) dataset of 210 "
     "problems. Models that pass HumanEval fail on ZHPP.", {(DATASET, "ZHPP"), (DATASET, "HumanEval")}),
    ("ZQB: Hard Questions for Routers", "We release the Zestfully Quizzical Benchmark (ZQB) of 900 questions. Using "
     "ZQB, we find that GPT-4 still fails.", {(DATASET, "ZQB"), (MODEL, "GPT-4")}),
])
def test_a_name_the_paper_spells_out_has_one_label(ex: Extractor, title: str, abstract: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "expected"), [
    ("We offer ZorbRL as an alternative to PPO and DDPG on locomotion.",
     {(MODEL, "ZorbRL"), (MODEL, "PPO"), (MODEL, "DDPG")}),
    ("ZorbAlign aligns chat models without DPO or GRPO.", {(MODEL, "ZorbAlign"), (MODEL, "DPO"), (MODEL, "GRPO")}),
])
def test_well_known_reinforcement_learning_algorithms_are_models_without_a_cue(
        ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


def test_a_variant_of_a_known_algorithm_builds_on_it(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert builds_on("We derive a continuous variant of the Q-learning algorithm, which we call normalized advantage "
                     "functions (NAF).") == {("NAF", "Q-learning")}


# --- from the development part of real18 ---------------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We compare against code-davinci-002 and text-davinci-003 on the benchmark.",
     {(MODEL, "code-davinci-002"), (MODEL, "text-davinci-003")}),
    ("We present the Moments in Zorb Dataset of one million clips. The Moments in Zorb dataset is hard.",
     {(DATASET, "Moments in Zorb")}),  # one data set, written with its head and without
    ("ZorbMoE routes each token with Top-2 gating, not Top-K softmax, at Stage-2.", {(MODEL, "ZorbMoE")}),
    ("ZorbPilot speeds up AI-Assisted programming.", {(MODEL, "ZorbPilot")}),
])
def test_real18_development_kinds(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


def test_markdown_emphasis_is_no_part_of_a_name(ex: Extractor) -> None:
    abstract = record_text("We propose *FastZorb*, a cache for diffusion, and **QuillSched**, its scheduler.")
    assert entities(ex, abstract) == {(MODEL, "FastZorb"), (MODEL, "QuillSched")}


def test_a_taxonomy_is_no_word_of_biology(ex: Extractor) -> None:
    abstract = ("Code-recommendation systems, such as ZorbPilot and QuillWhisperer, help programmers. We developed a "
                "taxonomy of common programmer activities.")
    assert entities(ex, abstract) == {(MODEL, "ZorbPilot"), (MODEL, "QuillWhisperer")}


def test_a_long_form_holding_an_acronym_whole_spells_the_name(ex: Extractor) -> None:
    abstract = "In this paper, we propose Projective ZQL (PZQL), a projective variant of ZQL with a support constraint."
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    assert [(n.name, n.props.get("aliases")) for n in nodes if n.name == "PZQL"] == [("PZQL", ["Projective ZQL"])]
    assert relations(ex, abstract)["PZQL"] == INTRODUCES


# --- faults a new-user trial found in this round's rules, with its own sentences -----------------------------------

def test_an_unknown_organization_with_a_footnote_mark_is_an_organization(ex: Extractor) -> None:
    abstract = ("ZorbNet was done at Alibaba Cloud2, Shanghai AI Laboratory4, Samsung Research3 and Zhipu AI2, with "
                "Microsoft Research1,2.")
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    assert {(n.label, n.name) for n in nodes if n.label in (MODEL, ORG)} == {
        (MODEL, "ZorbNet"), (ORG, "Alibaba Cloud"), (ORG, "Shanghai AI Laboratory"), (ORG, "Samsung Research"),
        (ORG, "Zhipu AI"), (ORG, "Microsoft")}


def test_a_name_ending_a_sentence_before_a_footnote_mark_keeps_its_name(ex: Extractor) -> None:
    abstract = "We evaluate ZorbNet on QuillBench.3We thank all annotators, and on ZorbQA.111Code is public."
    assert {name for _, name in entities(ex, abstract)} == {"ZorbNet", "QuillBench", "ZorbQA"}


def test_a_common_word_in_capitals_spelled_out_but_not_presented_is_no_name(ex: Extractor) -> None:
    assert entities(ex, "You should CALL (Contact Any Local Librarian) today.") == set()


@pytest.mark.parametrize(("abstract", "categories"), [
    ("Members of a PPO pay higher premiums than members of an HMO. Plan choice depends on income.", ("econ.GN",)),
    ("Deletion of the DPO gene in Drosophila slows growth.", ("q-bio.CB",)),
])
def test_a_namesake_algorithm_outside_ml_is_no_name(ex: Extractor, abstract: str, categories: tuple[str, ...]) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract, categories)
    assert [n.name for n in nodes if n.label in (MODEL, DATASET)] == []


def test_an_acronym_before_dataset_is_a_data_set_everywhere(ex: Extractor) -> None:
    abstract = "We introduce the Quill Question Answering (QuillQA) dataset. We fine-tune T5 on QuillQA."
    assert entities(ex, abstract) == {(DATASET, "QuillQA"), (MODEL, "T5")}


def test_an_acronym_with_an_ampersand_is_spelled_out(ex: Extractor) -> None:
    abstract = "We propose Consensus and Commitment (C&C), a framework that unifies consensus and commit protocols."
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    assert [(n.name, n.props.get("aliases")) for n in nodes if n.label == MODEL] == [
        ("C&C", ["Consensus and Commitment"])]


def test_vulnerability_ids_and_a_glued_metric_are_no_names(ex: Extractor) -> None:
    assert entities(ex, "ZorbFuzz finds 10 CVE entries and improves meanIOU on the ZorbSeg data.") == {
        (MODEL, "ZorbFuzz"), (DATASET, "ZorbSeg")}
