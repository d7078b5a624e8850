"""Kinds of fault seen in round 32 (issue 11): by a new-user trial and on the development part of `real25`, each
with invented sentences of its own: every name here (Quillnet, Zorbrank, ...) is written for the test, and each
table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, kind_cases
from kg.extract import Extractor

RELATIONS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "use X as the ROLE": [
        # a name used in a model's role (retriever, encoder, teacher, vocoder, ...) is a model the paper uses
        ("We use Contriever as the retriever.", {"Contriever": "USES"}),
        ("Our pipeline uses Quillret as its dense retriever and Zorbrank as the re-ranker.",
         {"Quillret": "USES", "Zorbrank": "USES"}),
        ("We use Quib as the encoder, Zorbnet as the decoder, and Wrenvox as the vocoder.",
         {"Quib": "USES", "Zorbnet": "USES", "Wrenvox": "USES"}),
        ("We adopt the off-the-shelf Finchbert as a frozen feature extractor.", {"Finchbert": "USES"}),
        # negatives: a role that is no model, a corpus of a retriever
        ("We use Adam as the optimizer.", {}),
        ("We use English as the pivot language.", {}),
        ("We use Wikipedia as the retriever's corpus.", {}),
    ],
    "present the design and implementation of X": [
        # a systems paper presents its own system by its design and implementation
        ("We present the design and implementation of Zorbix, a key-value store for persistent memory.",
         {"Zorbix": "INTRODUCES"}),
        ("This paper presents the design, implementation and evaluation of Zorbix, a key-value store.",
         {"Zorbix": "INTRODUCES"}),
        # negatives: a known model evaluated or implemented again is not the paper's
        ("We present the evaluation of GPT-4 on math.", {"GPT-4": "MENTIONS"}),
        ("We present an implementation of GPT-2 in JAX.", {"GPT-2": "MENTIONS", "JAX": "USES"}),
    ],
    "records drawn from a data source": [
        # plural records of any kind derived, drawn or taken from a name: the name is a data source
        ("We fine-tune a summarizer on 40,000 discharge summaries drawn from MIMIC-IV.",
         {"MIMIC-IV": "EVALUATED_ON"}),
        ("We test it on 300 radiology reports sourced from Quib-CXR.", {"Quib-CXR": "EVALUATED_ON"}),
        # negatives: a model's outputs or parts taken from a model stay a model's
        ("We train a probe on features extracted from Zorb-7B.", {"Zorb": "USES"}),  # the size is no part of the name
        ("We study ideas taken from Quorra-2 in our design.", {"Quorra-2": "MENTIONS"}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, expected: dict[str, str]) -> None:
    relations = ex.spans(abstract)["relations"]
    assert {r["target"]: r["type"] for r in relations if r["source"] == "paper"} == expected


def test_a_data_source_drawn_from_is_a_dataset_and_a_model_s_outputs_are_not(ex: Extractor) -> None:
    assert entities(ex, "We fine-tune a summarizer on 40,000 discharge summaries drawn from MIMIC-IV.") == {
        ("Dataset", "MIMIC-IV")}
    assert entities(ex, "We train a probe on features extracted from Zorb-7B.") == {("Model", "Zorb")}


@pytest.mark.parametrize(("abstract", "expected", "introduced"), [
    # a known data set's acronym that the paper spells out as a method of its own names the paper's method
    ("We propose Adversarial Relativistic-Contrastive (ARC) distillation, a post-training method for audio models. "
     "ARC needs no teacher.", {("Model", "ARC")}, {"ARC"}),
    ("We introduce Masked Motion Learning Units (MMLU), a pretext task for video.", {("Model", "MMLU")}, {"MMLU"}),
    # negatives: the data set's own long form, the acronym only named, a long form the paper does not own
    ("We evaluate on the AI2 Reasoning Challenge (ARC) and MMLU.", {("Dataset", "ARC"), ("Dataset", "MMLU")}, set()),
    ("We present Quill Instruction Tuning (QIT), which lifts ARC accuracy.", {("Model", "QIT"), ("Dataset", "ARC")},
     {"QIT"}),
])
def test_a_known_acronym_the_paper_defines_as_its_own(ex: Extractor, abstract: str, expected: set[tuple[str, str]],
                                                      introduced: set[str]) -> None:
    assert entities(ex, abstract) == expected
    assert {r["target"] for r in ex.spans(abstract)["relations"] if r["type"] == "INTRODUCES"} == introduced


INTRODUCED: dict[str, list[tuple[str, set[str]]]] = {
    "this model, known as X": [
        # the paper's own model named by a participle after a demonstrative or "our"
        ("We study forecasting. This model, known as the Frozen Quill Transformer (FQT), is evaluated on all tasks.",
         {"FQT"}),
        ("We study forecasting. Our model, known as Zorbcast, is evaluated on all tasks.", {"Zorbcast"}),
        # negatives: a known technique, a model of others
        ("Dropout is a technique known as Quibbing.", set()),
        ("We study forecasting. A model known as Zorbcast is popular.", set()),
    ],
    "the proposed [modifiers] HEAD X": [
        ("We study CTR prediction. The proposed lightweight student model DAGQM can learn feature interactions.",
         {"DAGQM"}),
        ("We study QA. The proposed benchmark Zorb-QA covers 40 tasks.", {"Zorb-QA"}),
        # negative: a model another paper proposed
        ("We compare with the model of Smith et al., Quillnet, and beat it.", set()),
    ],
    "a name in parentheses after ours": [
        ("We propose a Directed Quill Factorization Machine (KD-DQFM) for CTR prediction.", {"KD-DQFM"}),  # the
        # long form is its alias
        # negative: a known model in parentheses is no new name of ours
        ("We propose Quillnet, a retriever (unlike GPT-4) for math.", {"Quillnet"}),
    ],
    "we release: (1) A, ...; (2) B, ...": [
        # each item of an enumeration the paper's voice opens with a colon is its own artifact
        ("Concretely, we release: (1) Quillmix, an improved collection of instruction datasets; (2) Quillbot, Llama-2 "
         "models finetuned on the mixture; (3) Zorbnet, Quillbot models trained with DPO.",
         {"Quillmix", "Quillbot", "Zorbnet"}),
        # negatives: names after the colon that are not items opening an apposition
        ("Our contributions are: a new benchmark, and an analysis of GPT-4, Claude and Gemini.", set()),
        ("We evaluate three models: Quillbot, Zorbnet and Wrenlm.", set()),
    ],
    "use X to introduce Y": [
        ("We use this theory to introduce three offline RL algorithms, namely SDQX, SDDQX, and SBCX.",
         {"SDQX", "SDDQX", "SBCX"}),
        # negative: others' use
        ("Prior work used BERT to build classifiers such as Quib.", set()),
    ],
}


@pytest.mark.parametrize(("abstract", "introduced"), kind_cases(INTRODUCED))
def test_each_abstract_introduces_exactly(ex: Extractor, abstract: str, introduced: set[str]) -> None:
    assert {r["target"] for r in ex.spans(abstract)["relations"] if r["type"] == "INTRODUCES"} == introduced


PARENTS: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "ours, introduced before, apposed to a known model": [
        ("We introduce Finchly, a safety model. Finchly, a BERT model that is instruction-tuned on our data, "
         "performs well.", {("Finchly", "BERT")}),
        # negative: a role that is no model head
        ("We introduce Finchly, a safety model. Finchly, a GPT-4 judge, rates it lower.", set()),
    ],
    "ours fuses models, A and B, into one": [
        ("We introduce Finchly, a speech model. Finchly fuses two language models, Quillnet and Wrenvox, into one "
         "architecture.", {("Finchly", "Quillnet"), ("Finchly", "Wrenvox")}),
        # negative: outputs fused are no parents
        ("We introduce Finchly. It fuses the outputs of two models, Quillnet and Wrenvox, by voting.", set()),
    ],
}


@pytest.mark.parametrize(("abstract", "pairs"), kind_cases(PARENTS))
def test_each_abstract_states_exactly_its_parents(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str,
                                                  pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


def test_the_field_counts_a_word_once_and_knows_astronomy_and_representation_learning(ex: Extractor) -> None:
    clinical = ("Medical time series of patients hold a rich record of a patient's state and disease. We propose an "
                "unsupervised representation learning method, called Quiltrace, for clinical signals; it transfers "
                "to downstream tasks.")
    assert ex.spans(clinical)["outside_ml"] is False
    astronomy = ("Measuring how fast the universe expands has divided astronomers since Cepheids were first used. "
                 "I argue that astrophysical measurements need a guide, named Quorra, for unknown uncertainties.")
    assert ex.spans(astronomy)["outside_ml"] is True
    assert entities(ex, astronomy) == set()


def test_glued_name_parts_relate_names() -> None:
    from kg.names import borrowed_name, is_generic, name_relation

    assert (name_relation("mWREN", "WREN"), name_relation("WREN4Rec", "WREN")) == ("extension", "extension")
    assert name_relation("mT5", "T5") is None  # a one-letter prefix before a short name is no split
    assert borrowed_name("GPT4Quill", "GPT")  # a brand root others glue to, as with "MiniGPT"
    assert is_generic("GCNN")


def test_a_phrase_before_a_name_in_parentheses_is_its_description(ex: Extractor) -> None:
    text = "We present Zorbai, a Masked Encoder-based Universal Time Series Forecasting Transformer (Zorbai) for series."
    assert entities(ex, text) == {("Model", "Zorbai")}
    # negative: a phrase the name only follows, no parenthesis between
    assert ("Model", "Time Series Forecasting Transformer") in entities(
        ex, "We compare Zorbai with the Time Series Forecasting Transformer.")


def test_a_web_address_is_no_name(ex: Extractor) -> None:
    text = "We present Quillhub, a framework for adapters. It is available at Quillhub.ml."
    assert entities(ex, text) == {("Model", "Quillhub")}


@pytest.mark.parametrize(("abstract", "pairs"), [
    # teachers named in parentheses after "our models distilled from ... teachers"
    ("We present MiniQuill. Results show that our models distilled from base-size and large-size teachers (BERT, "
     "RoBERTa and XLM-R) outperform the state of the art.",
     {("MiniQuill", "BERT"), ("MiniQuill", "RoBERTa"), ("MiniQuill", "XLM-R")}),
    # negative: our models only compared with them
    ("We present MiniQuill. Our models trained on Quib data beat BERT and RoBERTa.", set()),
    # a method naming the kind of fine-tune is no child of the base; ours, apposed, is
    ("We further introduce CORVEX (Contrastive Retrieval Vision EXpert), a 7B-parameter LoRA fine-tune of "
     "Qwen2.5-VL-7B trained with a grounding objective.", {("CORVEX", "Qwen2.5-VL")}),
])
def test_teachers_and_kinds_of_fine_tune(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str,
                                         pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


def test_a_label_with_its_other_spelling_in_parentheses_is_one_name() -> None:
    from kg.extract.evaluate import label_spellings, score_key, spelling_keys

    assert label_spellings("Quill Interest Network (QIN)") == ("Quill Interest Network", "QIN")
    assert label_spellings("SQuAD 2.0") == ("SQuAD 2.0",)
    assert spelling_keys(["Quill Interest Network (QIN)", "Zorb"]) == {
        score_key("QIN"): {score_key("Quill Interest Network")}}
    # a model's key folds the plural and a data set's does not: the label answers to both
    assert spelling_keys(["Quill Networks (QN)"])["qn"] == {
        score_key("Quill Networks"), score_key("Quill Networks", "Dataset")}


def test_enumerated_artifacts_state_their_bases(builds_on: Callable[[str], set[tuple[str, str]]]) -> None:
    assert builds_on("Concretely, we release: (1) Quillmix, an improved collection of instruction datasets; (2) "
                     "Quillbot, Llama-2 models finetuned on the mixture; (3) Zorbnet, Quillbot models trained with "
                     "DPO.") == {("Quillbot", "Llama-2"), ("Zorbnet", "Quillbot")}


@pytest.mark.parametrize(("abstract", "expected"), [
    # a known model's name in lower case with a variant word after it, as API ids are written
    ("We distill knowledge from gpt-4o-mini into a small model.", {("Model", "gpt-4o-mini")}),
    ("Against gpt-3.5-turbo, our model wins.", {("Model", "gpt-3.5-turbo")}),
    # negatives: a lower-case word before a version that names no known model
    ("We run python-3.11 scripts on zorb-2-mini data.", set()),
])
def test_lower_case_ids_of_known_models(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


def test_an_enumerated_item_keeps_the_word_before_the_paper_s_name(ex: Extractor) -> None:
    text = ("We introduce Quillbot, a chat model. We release: (1) Quillbot, Llama-2 models finetuned on our mix; (2) "
            "Code Quillbot, Code Llama models finetuned on our mix.")
    relations = ex.spans(text)["relations"]
    assert {r["target"] for r in relations if r["type"] == "INTRODUCES"} == {"Quillbot", "Code Quillbot"}
    assert {(r["source"], r["target"]) for r in relations if r["type"] == "BUILDS_ON"} == {
        ("Quillbot", "Llama-2"), ("Code Quillbot", "Code Llama"), ("Code Quillbot", "Quillbot")}
    # negative: outside an enumeration a common word before the name stays apart
    assert ("Model", "Code Quillbot") not in entities(ex, "We introduce Quillbot. Code Quillbot outputs are long.")


@pytest.mark.parametrize(("abstract", "pairs"), [
    # a generic kind is never the child of a stated base; the paper's one model is
    ("We introduce ByQuill, a token-free model. We release pre-trained byte-level Transformer models based on the T5 "
     "architecture.", {("ByQuill", "T5")}),
    ("We release pre-trained byte-level Transformer models based on the T5 architecture.", set()),
])
def test_a_kind_is_no_child(builds_on: Callable[[str], set[tuple[str, str]]], abstract: str,
                            pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs
