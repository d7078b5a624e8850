"""Kinds of fault seen in round 58 (issues 11 and 16), each with invented sentences of its own: every new name here
(Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one, and each table
stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.extract.evaluate import score_key
from kg.model import DATASET, MODEL, ORG
from kg.names import split_size


@pytest.mark.parametrize(("name", "same", "other"), [
    # "continues pre-training DeepSeek-Coder-Base-v1.5 7B": a size word before a version and a size after it fold
    # as either alone does
    ("Zorb-Coder-Base-v1.5 7B", "Zorb-Coder-Base-v1.5", "Zorb-Coder-Base-v2 7B"),
    ("Zorb-large-v2 13B", "Zorb-v2", "Zorb-large-v3"),
    ("Quill-Base-v0.2 1.3B", "Quill-v0.2 7B", "Quill-Base-v0.3"),
])
def test_sizes_on_both_sides_of_a_version_fold(name: str, same: str, other: str) -> None:
    assert score_key(name) == score_key(same) != score_key(other)


def test_a_version_between_sizes_keeps_its_sizes_in_written_order() -> None:
    assert split_size("Zorb-Base-v1.5 7B") == ("Zorb-v1.5", ["Base", "7B"])
    assert split_size("Zorb-v1.5 7B") == ("Zorb-v1.5", ["7B"])  # one size after the version, as before


NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a new name opening a sentence that presents or releases a model is its maker": [
        # "KBLab proudly presents ...": an organization, no model
        ("ZorbLab proudly presents QuillBERT, a Swedish language model.", "", {(MODEL, "QuillBERT")}),
        ("Scaling is costly. Today, ZorbAI releases QuillLM, an open model.", "", {(MODEL, "QuillLM")}),
        ("ZorbLabs presents the QuillBERT model for Swedish.", "", {(MODEL, "QuillBERT")}),
        # negatives: a model that releases memory, presents a result, or a maker not opening a sentence; a method
        # that presents a model with inputs (the review's)
        ("Our results show that ZorbNet releases memory early.", "", {(MODEL, "ZorbNet")}),
        ("ZorbAttack presents GPT-4 with adversarial prompts and measures refusals.", "",
         {(MODEL, "ZorbAttack"), (MODEL, "GPT-4")}),
        ("We propose ZorbNet. ZorbNet presents QuillNet features to a decoder.", "",
         {(MODEL, "ZorbNet"), (MODEL, "QuillNet")}),
    ],
    "a treebank, a test suite and the data set 'of' a name are data": [
        # "We apply this method to the NEGRA treebank", "Discosuite - A Parser Test Suite for German ..."
        ("We apply this method to the ZORBA treebank to derive a grammar.", "", {(DATASET, "ZORBA")}),
        ("The suite is drawn from news sentences.", "Zorbsuite \u2013 A Parser Test Suite for German",
         {(DATASET, "Zorbsuite")}),
        # "by using the public data set of VOC2007 and VOC2012, the improved YOLOv4 algorithm is 0.5% higher"
        ("The experiment uses the public data set of ZorbVOC2007 and ZorbVOC2012, the improved QuillDet algorithm "
         "is 0.5% higher.", "", {(DATASET, "ZorbVOC2007"), (DATASET, "ZorbVOC2012"), (MODEL, "QuillDet")}),
        # negatives: a data set of things (not of a name), a model's training data; a name followed by its apposition;
        # a title's tool that makes test suites (the review's); an apposition that is a corpus with a verb
        ("We build a database of ZPWs simulated by a computer.", "", set()),
        ("We train on the pretraining dataset of QuillLM and evaluate on ZorbQA.", "",
         {(MODEL, "QuillLM"), (DATASET, "ZorbQA")}),
        ("ZorbGen generates programs that crash compilers.", "ZorbGen: A Test Suite Generator for Compilers",
         {(MODEL, "ZorbGen")}),
        ("We present ZorbSpeech, a corpus contains 500 hours.", "", {(DATASET, "ZorbSpeech")}),
        ("We propose QuillDet, the improved ZorbNet detector for crowds.", "",
         {(MODEL, "QuillDet"), (MODEL, "ZorbNet")}),
    ],
    "a name extending a known model's is data before a data head or ending in Bench": [
        # "remarkable improvement on the LLaVA-Bench dataset"
        ("We improve on the LLaVA-Zorb dataset and on GPT-4-Bench.", "",
         {(DATASET, "LLaVA-Zorb"), (DATASET, "GPT-4-Bench")}),
        # negatives: a known model's variant before a model head, or alone
        ("We fine-tune the LLaVA-Zorb model and BERT-Large.", "", {(MODEL, "LLaVA-Zorb"), (MODEL, "BERT")}),
    ],
    "a new name right after a model and 'by' is its maker": [
        # "The base LLMs used ... are Llama2 7B Chat by Meta and Mistral 7B Instruct by Mistral AI"
        ("The base LLMs are Llama2 7B Chat by Zorbia and QuillLM released by ZorbCorp.", "",
         {(MODEL, "Llama2 Chat"), (MODEL, "QuillLM")}),
        # negatives: a model that replaces another "by"; a score "by" which a model is evaluated
        ("We replace BERT by ZorbNet and gain 2 points.", "", {(MODEL, "BERT"), (MODEL, "ZorbNet")}),
        ("We evaluate BERT by ZorbScore and QuillScore.", "", {(MODEL, "BERT"), (MODEL, "ZorbScore"),
                                                             (MODEL, "QuillScore")}),
        ("ResNet-18 trained by DistillZorb reaches 72% accuracy.", "", {(MODEL, "ResNet-18"), (MODEL, "DistillZorb")}),
    ],
    "a count of posts, tweets or tokens set in apposition names data": [
        ("We collected ZorbTweets, 2M tweets about vaccines.", "", {(DATASET, "ZorbTweets")}),
        ("We release ZorbReviews, 40k reviews of hotels.", "", {(DATASET, "ZorbReviews")}),
        # negatives: a model's own count of parameters or layers; a count after a fronted phrase (the review's "For
        # Zorb-7B, 300B tokens of code were used")
        ("We propose ZorbNet, 3 layers deep, with 2M parameters.", "", {(MODEL, "ZorbNet")}),
        ("For ZorbLM-7B, 300M documents were used for pre-training.", "", {(MODEL, "ZorbLM")}),
        ("Using QuillLM, 1,000 reviews were generated for the study.", "", {(MODEL, "QuillLM")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


def test_the_maker_is_an_organization(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "ZorbLab proudly presents QuillBERT, a Swedish language model.")
    assert {(n.label, n.name) for n in nodes if n.label in (MODEL, ORG)} == {(ORG, "ZorbLab"), (MODEL, "QuillBERT")}


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "what a maker opening the sentence presents or releases is the paper's": [
        ("ZorbLab proudly presents QuillBERT, a Swedish language model trained on 15GB of text.", "",
         {"QuillBERT": "INTRODUCES"}),
        ("Today, ZorbAI releases QuillLM, an open model.", "", {"QuillLM": "INTRODUCES"}),
        # negatives: a maker's past release; a release in the middle of a clause; a release by an organization the
        # gazetteer knows, which other papers describe (the review's "OpenAI releases GPT-4V, ... we evaluate GPT-4V")
        ("DeepMind releases ZorbAgent, a generalist agent.", "", {"ZorbAgent": "MENTIONS"}),
        ("In 2020, Google released ZorbT5, and we now study it.", "", {"ZorbT5": "USES"}),
        # a known organization's release another paper evaluates (the review's "OpenAI releases GPT-4V, ... In this
        # report, we evaluate GPT-4V")
        ("OpenAI releases ZorbGPT-V, a multimodal model. In this report, we evaluate ZorbGPT-V on medical images.", "",
         {"ZorbGPT-V": "COMPARES_WITH"}),
        ("Models are costly, and Google presents QuillNet in a blog post.", "", {"QuillNet": "MENTIONS"}),
    ],
    "a method the paper uses under a name is used, not introduced": [
        # "to use a parameter efficient fine-tuning method named Low Rank Adaptation (LoRA)"
        ("One of the solutions is to use a parameter efficient fine-tuning method named Low Rank Adaptation "
         "(LoRA). LoRA has multiple parameters.", "", {"LoRA": "USES"}),
        ("We use a model named BERT to encode the text.", "", {"BERT": "USES"}),
        # negatives: a new method used; a method proposed under a name; a new name the paper says it introduces
        # after the name (the review's "a technique called ZorbMix, which we introduce in this paper")
        ("We use a novel method named ZorbFT to tune models.", "", {"ZorbFT": "INTRODUCES"}),
        ("We propose a method named ZorbFT.", "", {"ZorbFT": "INTRODUCES"}),
        ("We tune models with a technique called ZorbFT, which we introduce in this paper.", "",
         {"ZorbFT": "INTRODUCES"}),
    ],
    "a new name before its head and a passive 'is proposed' is the paper's": [
        # "Besides, a new LayerToken learning rate schedule is proposed for pretraining problems"
        ("Besides, a new ZorbWarm learning rate schedule is proposed for pretraining.", "", {"ZorbWarm": "INTRODUCES"}),
        ("A new ZorbNet architecture is proposed for detection.", "", {"ZorbNet": "INTRODUCES"}),
        # negatives: one proposed by others, earlier; a known name
        ("A new ZorbNet architecture was proposed by Lee et al. for detection.", "", {"ZorbNet": "MENTIONS"}),
        ("A new ZorbNet architecture is proposed in [12] for detection.", "", {"ZorbNet": "MENTIONS"}),
        ("A new BERT model is proposed for Finnish.", "", {"BERT": "MENTIONS"}),
    ],
    "a data set others released newly is not the paper's": [
        # "The test suite is based on the newly released TIGER treebank version 2.2."
        ("We present a test suite. The suite is based on the newly released ZorbBank corpus.", "",
         {"ZorbBank": "USES"}),
        # negative: one the paper releases here, or "our newly released"
        ("We build a test suite on the here released ZorbBank corpus.", "", {"ZorbBank": "INTRODUCES"}),
        ("Our newly released ZorbBank corpus holds 2M sentences.", "", {"ZorbBank": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "a chatbot trained by fine-tuning Meta's LLaMA": the possessive of who released the parent stands between the
    # cue and the name
    ("We release Zorb, a chatbot trained by fine-tuning Meta's LLaMA on dialogue data.", "Zorb: A Dialogue Model",
     {("Zorb", "LLaMA")}),
    ("We present ZorbVL, which is initialized from OpenAI's CLIP.", "", {("ZorbVL", "CLIP")}),
    ("ZorbT5 is built on Google's T5 and adds a retrieval head.", "ZorbT5: Retrieval for T5", {("ZorbT5", "T5")}),
    # negatives: a compared or beaten model behind its owner's possessive; a possessive that is a model's part
    ("We present Zorb, a chatbot that beats Meta's LLaMA on dialogue.", "", set()),
    ("We present Zorb, a chatbot compared with Google's T5.", "", set()),
    ("We present Zorb, a chatbot that uses GPT-4's answers as labels.", "", set()),
    # "Starting from the public checkpoint of X, we train Y": the checkpoint's model is the base
    ("Starting from the public checkpoint of Mistral 7B, we train Zorbine with preference optimization.",
     "Zorbine: Direct Alignment", {("Zorbine", "Mistral")}),
    ("Starting from the released weights of Llama 2, we pre-train ZorbCode on code.", "ZorbCode: Open Code Models",
     {("ZorbCode", "Llama 2")}),
    ("Starting from Mistral 7B, we train Zorbine with preference optimization.", "Zorbine: Direct Alignment",
     {("Zorbine", "Mistral")}),
    # negatives: a start from a model's outputs or from an analysis of it
    ("Starting from the outputs of GPT-4, we train Zorbine with preference optimization.", "Zorbine: Direct Alignment",
     set()),
    ("Starting from an analysis of Mistral 7B, we show that Zorbine is needed.", "Zorbine: Direct Alignment", set()),
    # "The student, MiniLM-L6, is distilled from a 24-layer teacher, UniLM": a name set in apposition to the
    # sentence's opening noun phrase is the subject the predicate's base belongs to
    ("The student, ZorbLM-L6, is distilled from a 24-layer teacher, QuillLM.", "ZorbLM-L6: Small and Fast",
     {("ZorbLM-L6", "QuillLM")}),
    ("Our final model, ZorbLM, is fine-tuned from Llama 2 on chat data.", "", {("ZorbLM", "Llama 2")}),
    # negatives: a baseline set in apposition ("baseline" ends a clause: no base is read, ours gets none), a list
    ("We propose ZorbLM. The strongest baseline, QuillNet, is fine-tuned from Llama 2, while ZorbLM is trained from "
     "scratch.", "", set()),
    ("We propose ZorbLM. The two baselines, QuillNet and BrioNet, are beaten by ZorbLM on all tasks.", "", set()),
    # the new-user trial's "We present Osprey, a derivative of Talon" and "The student, Wren, is distilled from a
    # teacher, Hydrax": a plain capitalized word after a derivation noun or an apposed teacher is the parent's name
    ("We present Osprey, a derivative of Talon.", "", {("Osprey", "Talon")}),
    ("We present Wren, a small model. The student, Wren, is distilled from a teacher, Hydrax, with fewer layers.", "",
     {("Wren", "Hydrax")}),
    # negatives: a derivative set against ours, or one ours beats
    ("We present Osprey. Unlike a derivative of Talon, Osprey is trained from scratch.", "", set()),
    ("We present Osprey, which beats a derivative of Talon.", "", set()),
    # "We train Zorb from the Pythia-1B checkpoint": a training verb's object is the child when a source follows it
    ("We train ZorbLM from the Pythia-1B checkpoint on 100B tokens.", "ZorbLM: A Small Open Model",
     {("ZorbLM", "Pythia")}),
    ("We pre-train ZorbLM from the weights of Llama 2.", "ZorbLM: A Small Open Model", {("ZorbLM", "Llama 2")}),
    # negatives: a training verb with no source; a source of data, not of weights; training from scratch
    ("We train ZorbLM and compare it with Pythia.", "ZorbLM: A Small Open Model", set()),
    ("We train ZorbLM from GPT-4's outputs.", "ZorbLM: A Small Open Model", set()),
    ("We train ZorbLM from scratch, unlike Pythia.", "ZorbLM: A Small Open Model", set()),
    # "we fine-tune our remote sensing VLM based on the LLaVA 1.5 architecture": the paper's model, named by "our"
    # and a model head
    ("We propose ZorbChat, a remote sensing VLM. We fine-tune our remote sensing VLM based on the LLaVA 1.5 "
     "architecture.", "", {("ZorbChat", "LLaVA 1.5")}),
    # negative: our model compared with a rival built on a base
    ("We propose ZorbChat. We compare our VLM with QuillChat based on LLaVA 1.5.", "", set()),
    ("We propose ZorbChat. Our evaluation includes models based on LLaVA 1.5.", "", set()),
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
