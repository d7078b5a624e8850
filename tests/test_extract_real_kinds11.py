"""Kinds of fault seen on the development part of the real set ``real12`` (collected 2 December, scored unseen
first), each with invented sentences of its own (issue 11, issue 16).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, relations
from kg.extract import Extractor
from kg.model import DATASET, MODEL
from kg.names import name_relation

# --- "evolved from X": a stated parent, as "derived from X" ------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "We present Zorb-8B, a multimodal model evolved from Quill-8B, built for high-resolution input.",
    "We present Zorb-8B, which evolved from Quill-8B by widening its image encoder.",
])
def test_evolved_from_states_a_parent(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str) -> None:
    assert builds_on(abstract) == {("Zorb", "Quill")}


def test_evolved_from_outside_a_model_is_no_parent(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert builds_on("We present Zorbnet, a detector. Life evolved from simple cells, as Darwin argued.") == set()


# --- a name with a size and a tuned tail ("Zorb-8B-Base", "Quill-7B-Instruct") after "on" is the model a result
# is measured on, never a dataset -------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "Our method improves accuracy by 4.6% on Zorb3-4B-Base and by 5.1% on Zorb3-8B-Base.",
    "Gains hold on Quill-7B-Instruct (+3.2) across nine benchmarks.",
    "Results on Heron-1.5B-Chat show the same trend.",
])
def test_a_sized_tuned_name_after_on_is_a_model(ex: Extractor, abstract: str) -> None:
    found = entities(ex, abstract)
    assert found and {label for label, _ in found} == {MODEL}


def test_a_data_name_with_a_size_after_on_is_still_a_dataset(ex: Extractor) -> None:
    assert (DATASET, "Quill-1B") in entities(ex, "We report 81.2% on Quill-1B, our filtered image-text pairs.")


# --- a benchmark presented as an evaluation framework, or named "...Bench", or set after "dataset" in the abstract
# under a title that names it, is a dataset ------------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "title", "name"), [
    ("Alongside this model, we introduce LensBench, a framework designed to probe fine visual detail.", "",
     "LensBench"),
    ("We introduce Quillcheck, an evaluation framework designed to probe models' spatial reasoning.", "",
     "Quillcheck"),
    ("We construct a visual dialogue dataset Zorbstone, of open-world images and questions.",
     "Zorbstone: Judging Vision-Language Models by Language Models", "Zorbstone"),
    ("We present the first Comprehensive Evaluation Framework (ChEQ) that profiles each model.",
     "ChEQ: A Comprehensive Evaluation Framework for Multimodal Models", "ChEQ"),
])
def test_an_evaluation_framework_or_a_named_dataset_is_a_dataset(ex: Extractor, abstract: str, title: str,
                                                                  name: str) -> None:
    assert (DATASET, name) in entities(ex, abstract, title)
    assert (MODEL, name) not in entities(ex, abstract, title)


def test_a_framework_that_is_a_method_is_still_a_model(ex: Extractor) -> None:
    assert (MODEL, "Zorbflow") in entities(ex, "We introduce Zorbflow, a training framework for sparse models.")


# --- a class word capitalized for emphasis ("Our Benchmark's repository") is no name ---------------------------

@pytest.mark.parametrize("word", ["Benchmark", "Framework", "Dataset", "Model", "Method"])
def test_a_capitalized_class_word_is_no_name(ex: Extractor, word: str) -> None:
    found = relations(ex, f"We present Zorbbench, a benchmark of 40 tasks. Our {word}'s repository is public.")
    assert word not in found and "Zorbbench" in found


# --- the words of a long form whose capitals spell the acronym, picked out of common words ("VIdeo-Text
# dAtaset"), are no names of their own; a name of the whole long form stays ("DEtection TRansformer") -----------

@pytest.mark.parametrize("abstract", [
    "We present ZOBRA, a diagnostic ZerO-shot Benchmark for the evaluation of Robust reAsoning.",
    "To remedy this, we present QUITEX, a QUestion-Image dataseT for EXplanations.",
])
def test_letters_picked_out_of_words_make_no_names(ex: Extractor, abstract: str) -> None:
    names = {name for _, name in entities(ex, abstract)}
    assert len(names) == 1 and names <= {"ZOBRA", "QUITEX"}


def test_a_long_form_naming_the_whole_model_stays(ex: Extractor) -> None:
    found = entities(ex, "We present a new method, ZEbra TRansformer (ZETR), that views detection as set prediction.")
    assert found == {(MODEL, "ZETR")}


# --- members of a list headed by things that are neither models nor data ("protocols such as Modbus",
# "languages like Rust", "typical ICPs, including X" where ICPs are protocols) are no names ----------------------

@pytest.mark.parametrize("abstract", [
    "We fuzz several industrial protocols such as Modbus and DNP3 with Zorbfuzz, our new fuzzing framework.",
    "Zorbfuzz, our new fuzzing framework, handles programs in languages like Rust and Go.",
    "Industrial control protocols (ICPs) are fragile. Typical ICPs, including Modbus and EtherCAT, are tested "
    "with Zorbfuzz, our new fuzzing framework.",
])
def test_members_of_a_list_of_other_things_are_no_names(ex: Extractor, abstract: str) -> None:
    assert set(relations(ex, abstract)) == {"Zorbfuzz"}


def test_members_of_a_list_of_models_are_still_names(ex: Extractor) -> None:
    assert {"GPT-4", "Zorbnet"} <= set(relations(ex, "We compare models such as GPT-4 and Zorbnet on our task."))


# --- a plural acronym a lower-case head phrase defines ("video-language models (VidLMs)") is a class of
# models, no list member and no name; one in capitals ("Latent Diffusion models (LDMs)") stays a name ---------

@pytest.mark.parametrize("abstract", [
    "Benchmarks miss the temporal skills of video-language models (VidLMs). We probe VidLMs with Zorbtest, "
    "our new benchmark.",
    "Benchmarks miss the skills of graph language models (GraLMs). We probe GraLMs with Zorbtest, our new "
    "benchmark.",
])
def test_a_class_acronym_of_a_lower_case_head_is_no_name(ex: Extractor, abstract: str) -> None:
    assert set(relations(ex, abstract)) == {"Zorbtest"}


def test_a_capitalized_head_phrase_acronym_stays_a_name(ex: Extractor) -> None:
    names = {name for _, name in entities(ex, "Latent Zorb models (LZMs) generate images. We speed LZMs up.")}
    assert names & {"LZM", "Latent Zorb models"}


# --- "Ours combines X, a compact model distilled from Y and Z": Y and Z are X's parents, not ours -------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We present Zorbpath, a framework for slides. Zorbpath combines ZorbFM, a compact model distilled from "
     "Quill2 and Heron-1, with a patch selector.",
     {("Zorbpath", "ZorbFM"), ("ZorbFM", "Quill2"), ("ZorbFM", "Heron-1")}),
    ("We present Zorbpath. It pairs ZorbFM, a small encoder initialized from Quill2, with a router.",
     {("ZorbFM", "Quill2")}),
])
def test_a_derivation_apposed_to_a_part_makes_the_part_the_child(
        builds_on: Callable[[str], set[tuple[str, str]]], abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) >= pairs
    assert not {(child, parent) for child, parent in builds_on(abstract)
                if child == "Zorbpath" and parent in ("Quill2", "Heron-1")}


# --- "a speedup over the strongest X-based baseline", "matches the X-based baselines": an X-based rival is no
# stated parent; "Ours, an X-based detector" still is ----------------------------------------------------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We propose Zorbprune, a token pruning framework. Zorbprune is 7x faster than the strongest CLIP-based "
     "baseline.", set()),
    ("We propose Zorbprune, a token pruning framework. It matches the CLIP-based baselines at half the cost.", set()),
    ("We propose Zorbprune, a CLIP-based detector for anomalies.", {("Zorbprune", "CLIP")}),
])
def test_an_x_based_rival_is_no_parent(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str,
                                       pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


# --- "By integrating A with X, we develop Ours": X is ours's stated parent; "we integrate Ours with X" is no
# derivation (X hosts or serves ours) ------------------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We propose Zorbadapt. By integrating a weight prior with Zorbadapt, we develop a new structure called "
     "Zorbmix.", {("Zorbmix", "Zorbadapt")}),
    ("By integrating a retrieval module with Quill-7B, we build Zorbchat, an assistant.", {("Zorbchat", "Quill")}),
    ("We present Zorbserve. We integrate Zorbserve with vLLM to serve requests.", set()),
])
def test_by_integrating_with_x_states_a_parent(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str,
                                               pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


# --- "building upon the foundation of X", "built on the basis of X": a stated parent --------------------------

@pytest.mark.parametrize("abstract", [
    "We propose ZorbTTS-R, a robust speech system, building upon the foundation of ZorbTTS (Lee et al., 2023).",
    "We propose ZorbTTS-R, a speech system built on the basis of ZorbTTS.",
])
def test_building_upon_the_foundation_of_x_states_a_parent(builds_on: Callable[[str], set[tuple[str, str]]],
                                                           abstract: str) -> None:
    assert builds_on(abstract) == {("ZorbTTS-R", "ZorbTTS")}


# --- capitalized adjectives before a plural class ("RoPE, Sinusoidal and Learned positional encodings") are kinds
# of the class, no names; a setting's modifier ("the low-effective-SNR regime") is no name --------------------------

@pytest.mark.parametrize(("abstract", "names"), [
    ("We introduce Zorbenc, which beats RoPE, Sinusoidal and Learned positional encodings on GLUE.",
     {"Zorbenc", "RoPE", "GLUE"}),
    ("We introduce Zorbenc, which beats Rotary, Relative and Additive position embeddings.", {"Zorbenc"}),
    ("Our Zorbnet detector tracks the radiometer in the intended low-effective-SNR regime.", {"Zorbnet"}),
])
def test_adjectives_of_a_class_and_setting_modifiers_are_no_names(ex: Extractor, abstract: str,
                                                                  names: set[str]) -> None:
    assert {name for _, name in entities(ex, abstract)} == names


def test_a_name_before_a_plural_head_is_still_a_name(ex: Extractor) -> None:
    assert "compact-CTC" in {name for _, name in entities(
        ex, "We propose compact-CTC and minimal-CTC, two smaller heads, and train compact-CTC models on Zorbspeech.")}


# --- a discipline or a task spelled out before its acronym ("Software Configuration Management (SCM)",
# "Open-domain Question Answering (Open-QA)") is no model; a system the paper names so still is -----------------

@pytest.mark.parametrize("abstract", [
    "Software Product Line Engineering (SPLE) and Software Configuration Management (SCM) are separate "
    "disciplines; we integrate SPLE and SCM with Zorbtool, our new framework.",
    "We fine-tune Zorbtool, our new framework, on the task of Open-domain Question Answering (Open-QA) and on "
    "three Open-QA benchmarks.",
])
def test_a_discipline_or_task_acronym_is_no_name(ex: Extractor, abstract: str) -> None:
    assert {name for _, name in entities(ex, abstract)} == {"Zorbtool"}


def test_a_named_system_ending_in_management_is_still_ours(introduced: Callable[..., set[str]]) -> None:
    assert introduced("We present Zorb Resource Management (ZRM), a scheduler for clusters. ZRM cuts latency.") == {
        "ZRM"}


def test_a_name_shaped_like_an_adjective_in_a_list_of_names_stays(builds_on: Callable[[str], set[tuple[str, str]]]
                                                                  ) -> None:
    assert builds_on("We present Medley, an ensemble of Tonic and Ostinato whose votes are averaged.") == {
        ("Medley", "Tonic"), ("Medley", "Ostinato")}


# --- a title's subtitle spelling the name with hyphenated words ("PANDE: Protein All-atom Nested-tree Design
# Engine for ...") gives the name its long form ------------------------------------------------------------------

def test_a_subtitle_with_hyphenated_words_spells_the_name(ex: Extractor) -> None:
    spans = ex.spans("We present PANDE, a model for proteins.",
                     "PANDE: Protein All-atom Nested-tree Design Engine for End-to-End Generation")["entities"]
    assert {a for e in spans if e["name"] == "PANDE" for a in e["aliases"]} == {
        "Protein All-atom Nested-tree Design Engine"}


# --- "Ours builds on X combined with an encoder that fuses pretrained features from Y and Z": Y and Z are ours's
# parents too; a clause about another model ("..., while Heron is fine-tuned from Tern") is not ------------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We present Zorbvla. Zorbvla builds on a Quill-2 language model combined with a visual encoder that fuses "
     "pretrained features from HeronViT and TernCLIP.",
     {("Zorbvla", "Quill-2"), ("Zorbvla", "HeronViT"), ("Zorbvla", "TernCLIP")}),
    ("We present Zorbvla. Zorbvla builds on Quill-2, while HeronNet is fine-tuned from TernCLIP.",
     {("Zorbvla", "Quill-2"), ("HeronNet", "TernCLIP")}),
    ("We present Zorbvla. We compare it with models using pretrained features from HeronViT.", set()),
])
def test_pretrained_features_from_a_model_state_a_parent(builds_on: Callable[[str], set[tuple[str, str]]],
                                                         abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


# --- a word glued before a mixed-case name ("LongLLaDA", "VideoLLaMA") extends that name -------------------------

@pytest.mark.parametrize(("later", "earlier"), [("LongLLaDA", "LLaDA"), ("VideoLLaMA", "LLaMA"),
                                                ("CodeLLaMA", "LLaMA")])
def test_a_glued_word_before_a_mixed_case_name_extends_it(later: str, earlier: str) -> None:
    assert name_relation(later, earlier) == "extension"


# --- real13's development part (scored unseen first, then read): "extends the X paradigm", "improves upon models
# like X", "building upon the previous X series", "X (an open-sourced version of Org's Y)", "a version of Org's X";
# "integrate both A and Ours into X" puts ours into a host, no parent --------------------------------------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We introduce ZADT (Zorb-Agent Decision Transformer). ZADT extends the Decision Transformer paradigm to "
     "many agents.", {("ZADT", "Decision Transformer")}),
    ("We introduce Zorbgen, a genomic model. Zorbgen improves upon models like QuillBERT-2 by removing outliers.",
     {("Zorbgen", "QuillBERT-2")}),
    ("We find that the previously released Zorbastro series underperforms. We introduce Zorbastro-9, building "
     "upon the previous Zorbastro series.", {("Zorbastro-9", "Zorbastro")}),
    ("We introduce Zotter, a model based on OpenQuill (an open-sourced version of DeepMind's Quillingo).",
     {("Zotter", "OpenQuill"), ("OpenQuill", "Quillingo")}),
    ("We present Zorbchat, a fine-tuned version of Meta's Llama 2.", {("Zorbchat", "Llama 2")}),
    ("We introduce Zotter, a model based on OpenQuill. We integrate both OpenQuill and Zotter into Huggingface "
     "Transformers for researchers.", {("Zotter", "OpenQuill")}),
])
def test_real13_kinds_of_stated_lineage(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str,
                                        pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


def test_a_maker_before_a_possessive_is_no_model(ex: Extractor) -> None:
    assert {name for _, name in entities(ex, "We present Zorbchat, a fine-tuned version of Meta's Llama 2.")} == {
        "Zorbchat", "Llama 2"}


# --- real13's development part: own parts described between semicolons ("a framework integrating these three
# modules: A, doing x; B, doing y; and C, doing z"); "Gemma 2-9b" is Gemma 2 at 9B; hardware (RTX-3090, GeForce),
# "single-GPU", a citation key ("Qiu2024"), languages and a curly apostrophe ("WMT’14") ---------------------------

@pytest.mark.parametrize("verb", ["integrating these", "comprising"])
def test_parts_described_between_semicolons_are_introduced(introduced: Callable[..., set[str]], verb: str) -> None:
    assert introduced(f"We introduce Zorbx3, a novel framework {verb} three modules: ZorbGen, generating drafts; "
                      "ZorbEdit, supporting users to edit drafts; and ZorbAsk, answering queries.") == {
        "Zorbx3", "ZorbGen", "ZorbEdit", "ZorbAsk"}


def test_a_version_and_size_after_a_name_are_its_own(ex: Extractor) -> None:
    spans = ex.spans("We study Gemma 2-9b, Llama 3-8b and Qwen 2-7b on our data.")["entities"]
    assert {(e["name"], tuple(e["sizes"])) for e in spans if e["label"] == MODEL} == {
        ("Gemma 2", ("9B",)), ("Llama 3", ("8B",)), ("Qwen 2", ("7B",))}


def test_hardware_citation_keys_and_languages_are_no_models(ex: Extractor) -> None:
    abstract = ("We train Zorbnet, our new detector, on 4x RTX-3090 GPUs and an NVIDIA GeForce RTX 4090 with "
                "single-GPU inference, following Qiu2024, and test it on Pashto, Punjabi and Amharic speech.")
    assert {name for _, name in entities(ex, abstract)} == {"Zorbnet"}
    hardware = {e["name"] for e in ex.spans(abstract)["entities"] if e["label"] == "Hardware"}
    assert {"RTX 3090", "RTX 4090"} <= hardware


def test_a_curly_apostrophe_year_names_the_edition(ex: Extractor) -> None:
    assert (DATASET, "WMT 2014") in entities(ex, "We evaluate Zorbnet, our new translator, on WMT\u201914 En-De.")


def test_enumerated_designs_are_no_described_parts(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert ("Zorbart", "QDiT") in builds_on(
        "We present Zorbart, a text-to-image model. Three core designs are proposed: (1) Strategy decomposition: We "
        "devise three steps; (2) Efficient Zorb Transformer: We incorporate cross-attention modules into Quill "
        "Diffusion Transformer (QDiT) to inject text conditions.")


# --- "we introduce A and B, building upon the previous X series": both build on X; versions introduced together
# are siblings of one release, neither a version of the other ------------------------------------------------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We introduce a new set of models, Zastro-3-8B and Zastro-2-70B, building upon the previous Zastro series.",
     {("Zastro-3", "Zastro"), ("Zastro-2", "Zastro")}),
    ("Zastro-2-70B leads our tables. We introduce a new set of models, Zastro-3-8B and Zastro-2-70B, building upon "
     "the previous Zastro series.", {("Zastro-3", "Zastro"), ("Zastro-2", "Zastro")}),
    ("We introduce Zorbfm-A and Zorbfm-Q, extending Quill-2 with experts.",
     {("Zorbfm-A", "Quill-2"), ("Zorbfm-Q", "Quill-2")}),
    ("We present Zorb-2, which improves on Zorb-1 with a larger vocabulary.", {("Zorb-2", "Zorb-1")}),
])
def test_models_listed_together_share_a_stated_parent(builds_on: Callable[[str], set[tuple[str, str]]],
                                                     abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs
