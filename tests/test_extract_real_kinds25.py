"""Kinds of fault seen on the development parts of the real sets ``real13`` and ``real15`` in round 25, each with
invented sentences of its own (issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind of
phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, relations
from kg.extract import Extractor
from kg.model import DATASET, EVALUATED_ON, INTRODUCES, MODEL


# --- what the paper's steps end in: "..., producing the final model KESTREL" --------------------------------------

@pytest.mark.parametrize("abstract", [
    "We train in two stages, where a warm-up aligns the encoder, producing the final model KESTREL.",
    "A distillation step then shrinks the teacher, yielding our final model QUORRA. QUORRA runs on phones.",
])
def test_the_final_model_named_after_the_steps_is_introduced(ex: Extractor, abstract: str) -> None:
    name = next(n for n in ("KESTREL", "QUORRA") if n in abstract)
    assert relations(ex, abstract).get(name) == INTRODUCES


# --- an acronym whose capital-led parts open the long form's words: "Counterfactual Soft ... (CoSo)" --------------

@pytest.mark.parametrize(("abstract", "short", "long_form"), [
    ("We propose a new method, Gated Echo Mixing (GeMi), for long inputs.", "GeMi", "Gated Echo Mixing"),
    ("We present Sparse Lattice Reinforcement Learning (SpLa), an online tuning method.", "SpLa",
     "Sparse Lattice Reinforcement Learning"),
])
def test_an_acronym_spelled_by_word_prefixes_takes_its_long_form(ex: Extractor, abstract: str, short: str,
                                                                 long_form: str) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    node = next(n for n in nodes if n.name == short)
    assert (node.label, long_form in node.props.get("aliases", [])) == (MODEL, True)


def test_prefixes_in_another_order_spell_nothing(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We propose Gated Echo Mixing (MiGe), for long inputs.", ())
    assert all("Gated Echo Mixing" not in n.props.get("aliases", []) for n in nodes)


# --- an apposition's head says the type of a name that extends an earlier one, past a count with commas -----------

def test_the_apposition_types_a_name_extending_a_dataset(ex: Extractor) -> None:
    abstract = ("We introduce Quillset, a benchmark of 40 tasks. We further release Quillset-9K, a 12,345-entry "
                "preference dataset, and Quillset-Judge, a text evaluator distilled from these judgments.")
    assert {n: t for n, t in relations(ex, abstract).items()} == {
        "Quillset": INTRODUCES, "Quillset-9K": INTRODUCES, "Quillset-Judge": INTRODUCES}
    assert (MODEL, "Quillset-Judge") in entities(ex, abstract)
    assert (DATASET, "Quillset-9K") in entities(ex, abstract)


# --- "our <modifiers> NAME dataset" is the paper's own data; "our MMLU results" is not ------------------------------

@pytest.mark.parametrize(("abstract", "name", "relation"), [
    ("We fine-tune Zorb on our long instruction-following Quillpaca dataset.", "Quillpaca", INTRODUCES),
    ("Finally, we score models on our Tern-Hard benchmark.", "Tern-Hard", INTRODUCES),
    ("We report our MMLU results.", "MMLU", EVALUATED_ON),
    ("Our MMLU benchmark results are strong.", "MMLU", EVALUATED_ON),
])
def test_our_named_dataset(ex: Extractor, abstract: str, name: str, relation: str) -> None:
    assert relations(ex, abstract)[name] == relation


# --- "this improved LoRA": a variant of a name is not the paper's own name ----------------------------------------

@pytest.mark.parametrize("abstract", [
    "Zorb combines this improved LoRA with sparse attention.",
    "We then apply our modified LoRA to every layer.",
])
def test_an_improved_named_method_is_not_introduced(ex: Extractor, abstract: str) -> None:
    assert relations(ex, abstract).get("LoRA") != INTRODUCES


# --- a title's name is typed by the abstract, past its long form and a hedge; the long form's words are no names ----

def test_a_title_name_is_typed_past_its_long_form_and_a_hedge(ex: Extractor) -> None:
    title = "QUIVR: Multi-view Video Understanding for Industrial Inspection"
    abstract = ("We introduce QUIVR (Quality Inspection Video Record), to the best of our knowledge the first "
                "multi-view video dataset for industrial inspection.")
    assert entities(ex, abstract, title) == {(DATASET, "QUIVR")}


# --- common abbreviations joined and spelled out in parentheses name the paper's own step ---------------------------

def test_spelled_out_compound_abbreviations_are_the_papers_own_steps(ex: Extractor) -> None:
    abstract = ("We develop a two-stage pipeline where AB-SFT (Anchor-Based Supervised Fine-Tuning) warms up the "
                "policy and KX-PO (Kestrel Xenial Policy Optimization) refines it.")
    assert relations(ex, abstract) == {"AB-SFT": INTRODUCES, "KX-PO": INTRODUCES}


@pytest.mark.parametrize("abstract", [
    "The MR-AD (Multi-Resolution Anomaly Detection) task remains hard.",
    "We report the IO-U (Intersection Over Union) score.",
])
def test_a_spelled_out_task_or_metric_is_no_name(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


# --- a numbered release of a known name takes the name's label: "on Qwen2.5" is a model, "on VoxCeleb1" data -------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We test budget forcing on Qwen2.5.", {(MODEL, "Qwen2.5")}),
    ("We report results on VoxCeleb1 and on Llama3.", {(DATASET, "VoxCeleb1"), (MODEL, "Llama3")}),
    ("It reaches 83.8% accuracy with 0.01% of trainable parameters on Qwen3-8B.", {(MODEL, "Qwen3")}),
])
def test_a_numbered_release_of_a_known_name_keeps_its_label(ex: Extractor, abstract: str,
                                                             expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


# --- a domain tuned variant after a size ("Qwen2.5-1.5B Math") folds its size, as "-Instruct" does -------------------

def test_a_math_variant_after_a_size_is_one_name_that_folds_its_size(ex: Extractor) -> None:
    assert entities(ex, "We evaluate Quillwen2-1.5B Math and Quillwen2-Math-7B on GSM8K.") == {
        (MODEL, "Quillwen2 Math"), (DATASET, "GSM8K")}


# --- "Ours incorporates A, a <description>, and B, a <description>": parts the paper introduces with its model ------

def test_parts_an_own_model_incorporates_are_introduced_and_no_parents_by_text(ex: Extractor) -> None:
    abstract = ("We propose Wren, a training system. Wren incorporates Relayo, a unified caching layer ensuring "
                "consistency, and Tackit, a device-direct scheduler optimized for speed.")
    assert relations(ex, abstract) == {"Wren": INTRODUCES, "Relayo": INTRODUCES, "Tackit": INTRODUCES}
    nodes, edges = ex.paper("paper:t", "", abstract, ())
    assert {e.props.get("rule") for e in edges if e.type == "BUILDS_ON"} == {"adopted-part"}


def test_a_part_described_as_derived_from_others_is_not_introduced(ex: Extractor) -> None:
    abstract = ("We present Zorbpath, a framework for slides. Zorbpath incorporates ZorbFM, a compact model "
                "distilled from Quill2, with a patch selector.")
    assert relations(ex, abstract).get("ZorbFM") != INTRODUCES


# --- a two-character code the title opens with and the abstract introduces is a name; "stands for" one word ---------

def test_a_short_code_the_paper_introduces_is_a_name_with_its_spelled_word(ex: Extractor) -> None:
    title = "K2: Training on Mixed Chips"
    abstract = "We propose K2, which stands for KiloKernel and is a system for training on mixed chips."
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    assert {(n.name, tuple(n.props.get("aliases", []))) for n in nodes if n.label == MODEL} == {
        ("K2", ("KiloKernel",))}
    assert relations(ex, abstract, title) == {"K2": INTRODUCES}


def test_a_short_code_not_introduced_is_no_name(ex: Extractor) -> None:
    assert entities(ex, "We measure H2 and CO in 30 galaxies.", "H2 emission in star-forming regions") == set()


# --- a capitalized long form defined before "dataset" names a collection: "a curated Zorb Preference (ZP) dataset" ---

@pytest.mark.parametrize(("abstract", "name"), [
    ("We train the model with DPO over a curated Retrieval-Quill Preference (RQP) dataset.", "RQP"),
    ("We train on the Kestrel Quill Answers (KQA) dataset.", "KQA"),
])
def test_an_acronym_defined_before_dataset_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    assert (DATASET, name) in entities(ex, abstract)


# --- "MoE-tuning": an acronym and a hyphenated "tuning" name a method; a known model tuned is no new name ----------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("In this work, we propose a novel training strategy MoE-tuning for vision-language models.",
     {(MODEL, "MoE-tuning")}),
    ("We propose QxR-tuning, a recipe for sparse models.", {(MODEL, "QxR-tuning")}),
    ("We compare BERT-tuning with instruction-tuning.", {(MODEL, "BERT")}),
])
def test_an_acronym_tuning_compound_names_a_method(ex: Extractor, abstract: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


# --- "X is a large, peer-reviewed, structured dataset": the head after a list of adjectives types X; a name by its
# shape before a capitalized "Dataset" keeps its own name ----------------------------------------------------------

@pytest.mark.parametrize(("title", "abstract"), [
    ("", "Quixbugs4J is a large, peer-reviewed, structured dataset of real-world Java bugs. We repair bugs of "
         "Quixbugs4J."),
    ("An Experience Report on the Quixbugs4J Dataset", "We report on the effectiveness of repair on Quixbugs4J."),
])
def test_a_dataset_named_by_its_shape(ex: Extractor, title: str, abstract: str) -> None:
    assert entities(ex, abstract, title) == {(DATASET, "Quixbugs4J")}


def test_an_adjective_list_before_a_model_head(ex: Extractor) -> None:
    assert entities(ex, "ZorbNet is a simple, fast model for parsing.") == {(MODEL, "ZorbNet")}


# --- traces are data: "on public cloud traces (A, B) and an industrial trace (C)" -----------------------------------

def test_traces_named_in_parentheses_are_datasets(ex: Extractor) -> None:
    abstract = ("Experiments on public cloud traces (Snowquill, Redquill) and a newly released industrial trace "
                "(Bendquill) show that ResQ outperforms baselines.")
    assert {n for label, n in entities(ex, abstract) if label == DATASET} == {"Snowquill", "Redquill", "Bendquill"}


# --- a long form headed by a word before its year: "the Zorb Speaker Challenge 2021 (ZSC2021)" is data -------------

def test_a_challenge_of_a_year_defined_as_an_acronym_is_data(ex: Extractor) -> None:
    abstract = "Our system beats the winner of the Quillceleb Speaker Recognition Challenge 2021 (QuillSRC2021)."
    assert entities(ex, abstract) == {(DATASET, "QuillSRC2021")}


# --- "a well-recognized speaker model, X [1]": a name apposed to a model phrase is a model; "an ASV model" after
# "speaker verification (ASV)" is a kind of model, no name -----------------------------------------------------------

def test_a_name_apposed_to_a_model_phrase_after_a_task_acronym(ex: Extractor) -> None:
    abstract = ("We study speech features for automatic speaker verification (ASV), with a well-recognized SOTA ASV "
                "model, QUAPA-TDNN [1], as a downstream model.")
    assert entities(ex, abstract) == {(MODEL, "QUAPA-TDNN")}


def test_a_model_named_after_a_method_acronym_stays_a_name(ex: Extractor) -> None:
    abstract = ("We learn from contrastive quill-audio pretraining (CQAP) latents. The pretrained CQAP models give "
                "audio embeddings.")
    assert (MODEL, "CQAP") in entities(ex, abstract)


# --- "the hardware Speed-of-Light (SoL) lower bound": an acronym before a bound or score is no name -----------------

@pytest.mark.parametrize("abstract", [
    "We study how to approach the hardware Speed-of-Light (SoL) lower bound for collectives. We reach 7% of the "
    "SoL lower bound.",
    "We report the Quill Echo Distance (QED) score of each model.",
])
def test_an_acronym_defined_before_a_bound_or_score_is_no_name(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


# --- "using 100 MedQA clinical cases": a count of a name's items is a count of a data set's items --------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("This study assesses the model using 100 QuillMed clinical cases.", "QuillMed"),
    ("We annotate 300 ZorbVQA images by hand.", "ZorbVQA"),
])
def test_a_counted_name_of_items_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    assert (DATASET, name) in entities(ex, abstract)


def test_a_model_phrase_after_an_inference_setting_acronym_is_no_name(ex: Extractor) -> None:
    abstract = ("We compute the evidence in simulation-based quill inference (SBQI) scenarios. This lets us develop "
                "SBQI model comparison techniques.")
    assert entities(ex, abstract) == set()


# --- parts an own model's verb names in parentheses, or a relative clause on an introduced name gives "a" ---------

@pytest.mark.parametrize(("abstract", "parts"), [
    ("We propose Wren, a model for omics. Wren leverages two encoders (Relayo and Tackit) to capture associations, "
     "and develops conditional diffusion (DiffGo) for generation.", {"Relayo", "Tackit", "DiffGo"}),
    ("In this work, we propose Wren, a token pruning method that employs a Plug-and-Play Quill Module (PQM) to "
     "remove tokens. The PQM is lightweight.", {"PQM"}),
])
def test_parts_named_by_an_own_models_verb_are_introduced(ex: Extractor, abstract: str, parts: set[str]) -> None:
    found = relations(ex, abstract)
    assert {p for p in parts if found.get(p) == INTRODUCES} == parts


def test_a_known_model_an_own_model_uses_in_parentheses_is_not_introduced(ex: Extractor) -> None:
    abstract = "We propose Wren, a model for omics. Wren leverages two encoders (BERT and Tackit) to capture links."
    assert relations(ex, abstract).get("BERT") != INTRODUCES


# --- the title's name is typed by the abstract's writing of it in another case ("MedAgentGYM, a suite ...") --------

def test_the_title_name_is_typed_by_its_other_case_in_the_abstract(ex: Extractor) -> None:
    title = "QuillAgentGym: Training Agents for Medical Reasoning"
    abstract = "We introduce QuillAgentGYM, a publicly available suite of 72,413 task instances."
    assert entities(ex, abstract, title) == {(DATASET, "QuillAgentGym")}


@pytest.mark.parametrize("abstract", [
    "We propose Wren, a pruning method that uses a pretrained Quill Vision Module (QVM) to score tokens.",
    "We propose Wren, a model for omics. Wren leverages two existing encoders (Relayo and Tackit) for links.",
])
def test_a_pretrained_or_existing_part_is_not_introduced(ex: Extractor, abstract: str) -> None:
    found = relations(ex, abstract)
    assert not {name for name, rel in found.items() if rel == INTRODUCES} - {"Wren"}


# --- "we propose 1-bit Adam that ...": a bit width and a name introduced together are one name --------------------

def test_a_bit_width_and_a_name_introduced_together_are_one_name(ex: Extractor) -> None:
    title = "1-bit Quillam: Communication Efficient Training"
    abstract = "In this paper, we propose 1-bit Quillam that reduces the communication volume. 1-bit Quillam scales."
    assert relations(ex, abstract, title) == {"1-bit Quillam": INTRODUCES}


def test_a_bit_width_before_a_name_not_introduced_is_no_new_name(ex: Extractor) -> None:
    assert {n for _, n in entities(ex, "We compare with 8-bit Quillam on two tasks.")} <= {"Quillam"}


# --- "a hybrid Transformer-Mamba architecture": a generic architecture joined to a known model is no new name ------

def test_a_generic_and_a_known_model_joined_name_the_known_one(ex: Extractor) -> None:
    abstract = "We present Zorba, a language model based on a novel hybrid Transformer-Mamba architecture."
    assert entities(ex, abstract) == {(MODEL, "Zorba"), (MODEL, "Mamba")}


# --- "a finetuning algorithm, called Training with Annotations (TWA)": the naming phrase says a method, whatever
# data word the long form holds ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "expected"), [
    ("We develop a simple finetuning algorithm, called Learning with Quill Annotations (LQA), to train translators.",
     {(MODEL, "LQA")}),
    ("We release a new corpus, called Quill Annotations (QA2), of 10k dialogues.", {(DATASET, "QA2")}),
])
def test_the_naming_phrase_types_a_long_form_with_data_words(ex: Extractor, abstract: str,
                                                             expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


# --- "a technique called Block-Affine Adaptation (Bone)": a name of one capital after its long form, named ----------

def test_a_one_capital_name_after_a_called_long_form_takes_it_as_alias(ex: Extractor) -> None:
    abstract = ("This paper introduces a new tuning technique, called Quill-Affine Adaptation (Qua). Qua beats "
                "full fine-tuning.")
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    assert {(n.name, tuple(n.props.get("aliases", []))) for n in nodes if n.label == MODEL} == {
        ("Qua", ("Quill-Affine Adaptation",))}
    assert relations(ex, abstract) == {"Qua": INTRODUCES}


def test_a_one_capital_word_of_another_letter_is_no_alias(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We use a method called Quill-Affine Adaptation (Bone) here.", ())
    assert all("Quill-Affine Adaptation" not in n.props.get("aliases", []) for n in nodes)


# --- from the development part of ``real16`` (scored unseen first): metric orders, a crop's photosynthesis type, a
# title's name before a data word ----------------------------------------------------------------------------------

def test_metric_orders_are_no_names(ex: Extractor) -> None:
    abstract = "We obtained BLEU-1, BLEU-2, BLEU-3, BLEU-4 and Meteor of 42.6, 27.95, 23, 16.41 and 28.7."
    assert entities(ex, abstract) == set()


def test_a_c4_plant_is_no_corpus_outside_ml(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "Corn, a C4 plant, gains slightly, while the yields of C3 plants rise.",
                        ("q-bio.PE",))
    assert {n.name for n in nodes if n.label in (MODEL, DATASET)} == set()


def test_a_title_name_before_a_data_word_is_data(ex: Extractor) -> None:
    title = "QuillSearchNet Challenge: Evaluating Semantic Code Search"
    abstract = ("We are presenting the QuillSearchNet Challenge, which consists of 99 queries. We hope that "
                "QuillSearchNet Challenge encourages research.")
    assert {label for label, _ in entities(ex, abstract, title)} == {DATASET}


@pytest.mark.parametrize(("abstract", "expected"), [
    ("We introduce QUILLBENCH: a benchmark of 104 curated pipelines. Our results on QUILLBENCH show gaps.",
     {(DATASET, "QUILLBENCH")}),
    ("We introduce ART, an Action-based Reasoning clinical Task benchmark for medical agents.", {(DATASET, "ART")}),
])
def test_a_benchmark_in_capitals_and_a_capitalized_task_word(ex: Extractor, abstract: str,
                                                            expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


def test_variants_listed_after_a_colon_build_on_the_own_model(builds_on: Callable[[str], set[tuple[str, str]]]
                                                               ) -> None:
    abstract = ("We present Zorb, a model family. Additionally, we introduce two specialized variants: Zorb-Video, "
                "designed for video, and Zorb-UI, tailored for mobile screens.")
    assert builds_on(abstract) == {("Zorb-Video", "Zorb"), ("Zorb-UI", "Zorb")}


# --- late kinds of round 25 (development parts of `real13`): "our Long Form (ACR) dataset", an apposed long form
# that spells the name, a second name "with" the introduced one ----------------------------------------------------

@pytest.mark.parametrize(("abstract", "name", "relation"), [
    ("We adopt a similar approach to construct our Multi-Modal Quill Tuning (MMQT) dataset. We train Otter on MMQT.",
     "MMQT", INTRODUCES),
    ("We compare against the Quill Tuning (QT) dataset of prior work.", "QT", EVALUATED_ON),
])
def test_our_long_form_dataset_is_the_papers_own(ex: Extractor, abstract: str, name: str, relation: str) -> None:
    assert relations(ex, abstract)[name] == relation


def test_an_apposed_long_form_spelling_the_name_is_its_alias(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We present SQuM, a high-rank Structured QUill Modulator that uses few "
                        "parameters.", ())
    assert [(n.name, n.props.get("aliases")) for n in nodes if n.label == MODEL] == [
        ("SQuM", ["Structured QUill Modulator"])]


@pytest.mark.parametrize(("abstract", "expected"), [
    ("Furthermore, we introduce QuillPP with QuillAuto, an adaptive pipeline parallelism strategy that balances load.",
     {"QuillPP": INTRODUCES, "QuillAuto": INTRODUCES}),
    ("We introduce Zorb with Quillo, a pretrained encoder from prior work.", {"Zorb": INTRODUCES, "Quillo": "USES"}),
])
def test_a_name_with_the_introduced_one_and_a_new_description(ex: Extractor, abstract: str,
                                                               expected: dict[str, str]) -> None:
    assert relations(ex, abstract) == expected


def test_a_long_form_after_of_is_no_alias(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We introduce QuillNet, a new version of Quill Network for users.", ())
    assert all(not n.props.get("aliases") for n in nodes if n.name == "QuillNet")
