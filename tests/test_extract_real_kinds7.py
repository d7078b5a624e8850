"""Kinds of fault seen on the seventh to tenth sets of real abstracts (issues 11 and 16), each with invented
sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import mentions
from kg.extract import Extractor
from kg.model import DATASET, MODEL
from kg.names import entity_key


# --- "Ours-light, a distilled variant that ...": a variant the paper names after its own model builds on it -----

OWN_VARIANTS_AFTER: list[tuple[str, tuple[str, str]]] = [
    ("We propose Zorbix, a video model. For speed, we further develop Zorbix-light, a distilled variant that "
     "drops the audio branch.", ("Zorbix-light", "Zorbix")),
    ("We present Kestrel, a speech recognizer. We also release Kestrel-Mini, a compact version trained on less "
     "data.", ("Kestrel-Mini", "Kestrel")),
    ("We introduce Quillmax, a code model, and Quillmax-Lite, a smaller variant of it.", ("Quillmax-Lite", "Quillmax")),
]


@pytest.mark.parametrize(("abstract", "pair"), OWN_VARIANTS_AFTER, ids=[p[0] for _, p in OWN_VARIANTS_AFTER])
def test_a_variant_apposed_after_its_name_builds_on_the_paper_s_model(builds_on: Callable[[str], set[tuple[str, str]]],
                                                                      abstract: str, pair: tuple[str, str]) -> None:
    assert pair in builds_on(abstract)


@pytest.mark.parametrize("abstract", [
    # the variant of another model: its own stated parent, not the paper's model
    "We propose Zorbix, a video model, and Quillmax-Lite, a smaller variant of Quillmax.",
    # no name of the paper's model in the variant's
    "We propose Zorbix, a video model, and Kestrel, a distilled variant that runs on phones.",
])
def test_a_variant_of_another_name_does_not_build_on_the_paper_s_model(
        builds_on: Callable[[str], set[tuple[str, str]]], abstract: str) -> None:
    assert not {p for p in builds_on(abstract) if p[1] == "Zorbix"}


# --- a digit raised in maths inside a name is part of it: "M$^2$AD" is the name M²AD ---------------------------

def test_a_raised_digit_in_maths_is_part_of_the_name(ex: Extractor) -> None:
    found = ex.spans("We introduce M$^2$AD, a framework for anomaly detection, and compare it with S$^{2}$-MLP.")
    names = {(e["text"], e["name"]) for e in found["entities"] if e["label"] == MODEL}
    assert names == {("M$^2$AD", "M\u00b2AD"), ("S$^{2}$-MLP", "S\u00b2-MLP")}


def test_a_name_written_with_maths_keys_as_written_plain() -> None:
    assert entity_key("M$^2$AD") == entity_key("M\u00b2AD") == entity_key("M2AD")


def test_maths_standing_alone_makes_no_name(ex: Extractor) -> None:
    assert mentions(ex, "The loss grows as $x^2$ and as $N^{2}$ for large N.") == set()


# --- words that qualify distributions and operators, and fields of study, are no names ---------------------------

@pytest.mark.parametrize(("abstract", "names"), [
    ("The residuals are aggregated into a score through a Zorb Mixture Model and Gamma calibration.",
     {"Zorb Mixture Model"}),
    ("Little is known of the uptake of LLMs in HCI. We outline ways to improve HCI research with and on LLMs.", set()),
    ("We bound the Hessian and Laplacian of the loss for Poisson and Bernoulli models.", set()),
])
def test_an_eponymous_maths_word_or_a_field_is_no_name(ex: Extractor, abstract: str, names: set[str]) -> None:
    assert mentions(ex, abstract) == {(MODEL, n) for n in names}


def test_such_a_word_the_paper_names_its_system_with_is_its_name(introduced: Callable[..., set[str]]) -> None:
    assert introduced("We propose Gamma, a new compiler for sparse tensors. Gamma is fast.") == {"Gamma"}


# --- generic architectures joined by a dash are generic: "a CNN-Transformer fusion module" -------------------------

def test_generic_architectures_joined_make_no_name(ex: Extractor) -> None:
    assert mentions(ex, "We propose a simple CNN-Transformer fusion module and an LSTM-GRU hybrid.") == set()


def test_a_generic_architecture_with_a_size_letter_is_still_a_name(ex: Extractor) -> None:
    assert (MODEL, "ViT-L") in mentions(ex, "Ours even outperforms ViT-L with supervised pre-training.")


# --- "A Fast Hybrid Vision Transformer" in a title is a kind of model, not the Vision Transformer ----------------

def test_a_generic_architecture_after_an_indefinite_article_in_a_title_is_no_mention(ex: Extractor) -> None:
    found = mentions(ex, "We introduce Zorbvit, a hybrid architecture.",
                     "Zorbvit: A Fast Hybrid Vision Transformer using Reparameterization")
    assert found == {(MODEL, "Zorbvit")}


def test_a_generic_architecture_the_title_names_is_still_a_mention(ex: Extractor) -> None:
    assert (MODEL, "Vision Transformer") in mentions(ex, "We scale it up.", "Scaling Vision Transformer to Billions")


# --- a plural acronym of a class of methods names no model, nor does its singular ------------------------------

@pytest.mark.parametrize("abstract", [
    "Direct Alignment Algorithms (DAAs) have emerged. We introduce Zorbpo, a new DAA method that works.",
    "These objectives are human-aware loss functions (HALOs). We propose a HALO that maximizes utility, Zorbpo.",
])
def test_a_class_acronym_and_its_singular_are_no_names(ex: Extractor, abstract: str) -> None:
    assert mentions(ex, abstract) == {(MODEL, "Zorbpo")}


# --- "these methods (e.g., DPO)": the examples of a class are its members ----------------------------------------

@pytest.mark.parametrize(("abstract", "names"), [
    ("The success of these objectives (e.g., DPO) over cross-entropy is notable.", {"DPO"}),
    ("Alignment methods, e.g., KTO and IPO, are popular.", {"KTO", "IPO"}),
    ("Parameter-efficient adapters (i.e., Zorb, Quib) are cheap.", {"Zorb", "Quib"}),
])
def test_examples_of_a_class_are_its_members(ex: Extractor, abstract: str, names: set[str]) -> None:
    assert mentions(ex, abstract) == {(MODEL, n) for n in names}


# --- "we present a feature-enhanced ViT backbone named X": the known model only qualifies the new one -------------

@pytest.mark.parametrize("abstract", [
    "We present a plain pre-training-free and feature-enhanced ViT backbone with feature interaction named Zorbvit.",
    "We propose a BERT encoder with sparse attention, named Zorbvit.",
])
def test_a_known_model_qualifying_a_new_head_is_not_introduced(introduced: Callable[..., set[str]], abstract: str
                                                               ) -> None:
    assert introduced(abstract) == {"Zorbvit"}


# --- "called Orthogonal Butterfly (BOFT)": a name after a naming word and a long form it does not spell -----------

def test_a_name_after_a_long_form_that_does_not_spell_it_is_named(introduced: Callable[..., set[str]]) -> None:
    abstract = ("We apply this parameterization to Zorb, creating a novel parameter-efficient finetuning method, "
                "called Orthogonal Butterfly (BOFT).")
    assert "BOFT" in introduced(abstract)


def test_an_acronym_of_a_finetuning_long_form_is_a_name(ex: Extractor) -> None:
    assert (MODEL, "OFT") in mentions(ex, "We study a principled paradigm -- Orthogonal Finetuning (OFT) -- for "
                                          "downstream adaptation.")


# --- "Constrained Orthogonal Finetuning (COFT)" after "Orthogonal Finetuning (OFT)": the qualified one builds on it

def test_a_long_form_that_qualifies_an_earlier_one_builds_on_it(builds_on: Callable[[str], set[tuple[str, str]]]
                                                                ) -> None:
    abstract = ("We propose Orthogonal Finetuning (OFT) for adaptation. To improve stability, we further propose "
                "Constrained Orthogonal Finetuning (COFT), which adds a radius constraint.")
    assert builds_on(abstract) == {("COFT", "OFT")}


def test_long_forms_that_only_share_their_last_word_are_unrelated(builds_on: Callable[[str], set[tuple[str, str]]]
                                                                  ) -> None:
    abstract = "We propose Echo Routing (ER). We also propose Sparse Gated Routing (SGR) for experts."
    assert builds_on(abstract) == set()


# --- "By subsuming OFT as a special case, BOFT ...": a model that subsumes another generalizes it ------------------

@pytest.mark.parametrize("abstract", [
    "We propose Zorbfit. By subsuming Quibfit as a special case, Zorbfit offers a general framework.",
    "We propose Zorbfit, which subsumes Quibfit as a special case.",
])
def test_a_model_that_subsumes_another_builds_on_it(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str
                                                    ) -> None:
    assert builds_on(abstract) == {("Zorbfit", "Quibfit")}


# --- "SimPO: Simple Preference Optimization with a ...": the title's words before a link spell the name -----------

def test_a_title_s_long_form_before_a_link_is_the_name_s_alias(ex: Extractor) -> None:
    found = ex.spans("We propose ZorPO, a simpler approach.",
                     "ZorPO: Zonal Policy Optimization with a Reference-Free Reward")
    assert {a for e in found["entities"] if e["name"] == "ZorPO" for a in e["aliases"]} == {
        "Zonal Policy Optimization"}


def test_a_title_s_words_that_do_not_spell_the_name_are_no_alias(ex: Extractor) -> None:
    found = ex.spans("We introduce ZoRB, a router.", "ZoRB: Zonal Routing for Big Models")
    assert all(not e["aliases"] for e in found["entities"])


# --- kinds seen on the eighth real set ------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "Continual Learning (CL) with foundation models has emerged. Experiments across multiple CL benchmarks agree.",
    "Class-Incremental Learning (CIL) learns new classes in turn. We study rehearsal-free CIL.",
])
def test_an_acronym_of_a_learning_setting_is_no_name(ex: Extractor, abstract: str) -> None:
    assert mentions(ex, abstract) == set()


def test_a_common_word_opening_a_longer_name_is_no_name_alone(ex: Extractor) -> None:
    abstract = "Our method, called 3D Zorbmax, maximizes the information between learned 3D summary vectors."
    assert mentions(ex, abstract) == {(MODEL, "3D Zorbmax")}


@pytest.mark.parametrize("abstract", [
    "We propose Zorbnav, an open-source VLA trained on robot demonstrations.",
    "We build Zorbnav, an MM-LLM that reads any modality, for multi-task 6-DoF manipulation.",
])
def test_class_names_of_models_and_counts_of_freedom_are_no_names(ex: Extractor, abstract: str) -> None:
    assert mentions(ex, abstract) == {(MODEL, "Zorbnav")}


def test_a_family_version_with_a_variant_and_size_is_one_name(ex: Extractor) -> None:
    assert mentions(ex, "We use a compact model, Qwen 2.5-VL-7B, to extract fields.") == {(MODEL, "Qwen 2.5-VL-7B")}


def test_a_data_head_trained_on_data_is_a_model(ex: Extractor) -> None:
    found = mentions(ex, "We introduce Zorbgen, the first generative interactive environment trained in an "
                         "unsupervised manner from unlabelled videos.", "Zorbgen: Generative Interactive Environments")
    assert found == {(MODEL, "Zorbgen")}


def test_a_data_head_not_trained_is_data(ex: Extractor) -> None:
    assert mentions(ex, "We release Zorbgym, a simulation environment for robot learning.") == {(DATASET, "Zorbgym")}


@pytest.mark.parametrize(("abstract", "names"), [
    ("Adoption has fueled a wealth of new models such as Zorb, Quib and Tarn.", set()),
    ("Kestrel adopts new operators such as LatPool and HelixNorm.", {"LatPool", "HelixNorm"}),
    ("The models were searched from a space enriched with new ops such as Fused-ZConv.", {"Fused-ZConv"}),
])
def test_new_items_given_as_examples_are_the_paper_s_unless_of_many_others(
        introduced: Callable[..., set[str]], abstract: str, names: set[str]) -> None:
    assert introduced(abstract) == names


@pytest.mark.parametrize(("abstract", "names"), [
    ("In this article, we present Zorbchat, a private LLM for support, together with Zorbcorp, a synthetic "
     "counseling dataset.", {"Zorbchat", "Zorbcorp"}),
    ("We present Zorbchat, a model that beats GPT-4, and Llama-3, a strong baseline.", {"Zorbchat"}),
    ("This work proposes to use executable code to consolidate the agents' actions into a unified action space "
     "(ZorbAct). Integrated with an interpreter, ZorbAct can execute code.", {"ZorbAct"}),
    ("We propose to compare our model with a strong baseline (ZorbBase) on MMLU.", set()),
])
def test_a_second_apposed_name_and_a_name_defined_after_proposing_to_are_introduced(
        introduced: Callable[..., set[str]], abstract: str, names: set[str]) -> None:
    assert introduced(abstract) == names


def test_a_share_of_a_metric_named_like_a_model_is_the_metric(ex: Extractor) -> None:
    assert mentions(ex, "ZorbNet gives a 22% average MAE reduction on QM9.") == {(MODEL, "ZorbNet"), (DATASET, "QM9")}


def test_based_on_which_makes_the_antecedent_the_parent(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    abstract = "We present Zorbnext, a system. We introduce ZorbIT, based on which Zorbnext is tuned."
    assert ("ZorbIT", "Zorbnext") not in builds_on(abstract)


def test_a_brand_root_at_a_name_s_end_is_no_parent(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert builds_on("GPT is a language model. We propose Zorb-GPT, an any-to-any model.") == set()


@pytest.mark.parametrize(("abstract", "names"), [
    ("We train with Model-Agnostic Meta-Learning (MAML) and compare with Reptile.", {"MAML"}),
    ("Offline methods such as Conservative Q-Learning (CQL) and Implicit Q-Learning (IQL) are strong.", {"CQL", "IQL"}),
    ("We compare with Gaussian Splatting and NeRF on novel view synthesis.", {"Gaussian Splatting", "NeRF"}),
])
def test_named_algorithms_that_end_in_learning_or_open_with_an_eponym_are_names(ex: Extractor, abstract: str,
                                                                               names: set[str]) -> None:
    assert mentions(ex, abstract) == {(MODEL, n) for n in names}


def test_a_known_learning_topic_defined_by_its_acronym_stays_a_topic(ex: Extractor) -> None:
    found = ex.spans("Federated Learning (FL) trains models on devices.")
    assert {e["name"] for e in found["entities"] if e["label"] == "Topic"} == {"federated learning"}


@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We introduce Zorbnav, a system built from pretrained CLIP and GPT-3.",
     {("Zorbnav", "CLIP"), ("Zorbnav", "GPT-3")}),
    ("We introduce Zorbnav, which is composed of off-the-shelf CLIP and GPT-3 models.",
     {("Zorbnav", "CLIP"), ("Zorbnav", "GPT-3")}),
    ("We introduce Zorbnav, a model built from scratch, unlike CLIP.", set()),
    ("We introduce Zorbnav, composed of two modules, Quibenc and Tarndec.", set()),
])
def test_a_system_built_from_pretrained_models_builds_on_them(builds_on: Callable[[str], set[tuple[str, str]]],
                                                              abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


# --- kinds seen on the ninth real set ------------------------------------------------------------------------------

def test_a_size_letter_glued_to_a_version_folds(ex: Extractor) -> None:
    names = {e["name"] for e in ex.spans("We compare ZorbDet-v8n, YOLOv10s and YOLOv8x on COCO.")["entities"]
             if e["label"] == MODEL}
    assert {"YOLOv10", "YOLOv8"} <= names


def test_a_list_after_a_comparison_and_a_colon_is_compared(ex: Extractor) -> None:
    found = mentions(ex, "As well, ZorbDet outperforms: YOLOR, YOLOX, DETR and many other detectors.")
    assert {(MODEL, "YOLOR"), (MODEL, "YOLOX"), (MODEL, "DETR")} <= found


def test_a_speedup_on_a_model_is_no_dataset(ex: Extractor) -> None:
    assert mentions(ex, "Zorbsample achieves up to 15x speedup on ZorbDA with minimal accuracy drop.") == {
        (MODEL, "ZorbDA")}


@pytest.mark.parametrize("abstract", [
    "ZorbDet reduces latency, params andFLOPs at the same accuracy.",
    "The model predicts pIC50, pKi, pKd and pEC50 for each ligand.",
    "Image pixels and radar points are mapped into a common BEV representation.",
    "Key quantization produces smaller errors than Value, but larger degradation.",
])
def test_run_together_words_affinity_measures_and_common_capitals_are_no_names(ex: Extractor, abstract: str
                                                                                ) -> None:
    assert mentions(ex, abstract) - {(MODEL, "ZorbDet")} == set()


def test_a_measure_the_paper_defines_is_no_name_anywhere(ex: Extractor) -> None:
    abstract = "To tackle this, we introduce FD$\\pi$, a new multi-representation metric. Under FD$\\pi$, results hold."
    assert mentions(ex, abstract) == set()


def test_a_greek_letter_between_dollars_after_a_dash_is_part_of_the_name(introduced: Callable[..., set[str]]) -> None:
    assert introduced("We introduce Zorbart-$α$, a new diffusion transformer.") == {"Zorbart-α"}


def test_implemented_atop_a_system_builds_on_it(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    abstract = "We present Zorbeam, a scheduler. Implemented atop the vLLM runtime, Zorbeam cuts energy by half."
    assert builds_on(abstract) == {("Zorbeam", "vLLM")}


# --- kinds seen on the tenth real set -------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "This paper surveys learned approaches to congestion control (CC) and adapts the CC to the network.",
    "We build accelerators on Gallium Arsenide (GaAs) chips and run GEMM workloads on a custom SoC.",
    "Configurations reach on average (GeoMean) 99.9% of the best performance; each FNN layer sums sub-updates.",
])
def test_tasks_materials_and_hardware_words_of_systems_papers_are_no_names(ex: Extractor, abstract: str) -> None:
    assert mentions(ex, abstract) == set()


def test_a_named_control_method_of_the_paper_is_still_a_name(introduced: Callable[..., set[str]]) -> None:
    assert introduced("We propose Model Predictive Zorb Control (MPZC), a new controller.") == {"MPZC"}


def test_a_well_known_method_named_in_passing_is_found(ex: Extractor) -> None:
    found = ex.spans("For hair, we first build a static canonical hair using 3D Gaussian Splatting.")
    assert {(e["text"], e["name"]) for e in found["entities"] if e["label"] == MODEL} == {
        ("3D Gaussian Splatting", "3D Gaussian Splatting")}
