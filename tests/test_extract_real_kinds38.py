"""Kinds of fault seen in round 38 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

import extract_helpers
from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a name right after 'the proposed', with no head noun": [
        # "via the proposed FABLE.": the name itself is what the paper proposes
        ("We fold features into the label model via the proposed ZORBLE. Tests see ZORBLE win.", "",
         {(MODEL, "ZORBLE")}),
        ("We fold features into the label model via the proposed Quillmate.", "", {(MODEL, "Quillmate")}),
        ("We score models on the newly curated Zorbset. Results on Zorbset are strong.", "",
         {(DATASET, "Zorbset")}),
        # negatives: a plain capitalized noun, or a name a head noun follows, keep their rules
        ("We study the proposed Quantization.", "", set()),
        ("We use the proposed ZORB model for tests.", "", {(MODEL, "ZORB")}),
    ],
    "a Latin letter in maths before a dash and a name": [
        # "$h$-DBSCAN: ..." titles a paper on a new variant of DBSCAN
        ("DBSCAN is a classical clustering algorithm. This work presents a fast method to improve DBSCAN.",
         "$h$-DBSCAN: A simple fast DBSCAN algorithm for big data", {(MODEL, "h-DBSCAN"), (MODEL, "DBSCAN")}),
        # negatives: a letter in maths alone is a variable
        ("We set $h$ to 3 and compare with BERT.", "", {(MODEL, "BERT")}),
    ],
    "a lower-case long form before 'tasks' defines a field": [
        # "for vision language (VL) tasks ... VL models": a field, and a kind of model
        ("This paper develops a model for sound text (ST) tasks. We show that features matter in ST models.", "",
         set()),
        ("This paper develops a detector for vision language (VL) tasks. Vision features matter in VL models.",
         "ZinVL: Revisiting Visual Representations in Vision-Language Models", {(MODEL, "ZinVL")}),
        # negatives: a long form the paper names as its own method stays a name
        ("We propose audio text gating (ATG), a new layer. ATG models win.", "", {(MODEL, "ATG")}),
    ],
    "a common-word long form of a class of models": [
        # "the pretrained language model (PLM) ... We create PLMs": a class, however the text says it
        ("This paper investigates the pretrained speech model (PSM) in the legal domain. We create PSMs.", "",
         set()),
        # negatives: a long form with a word of its own names one model
        ("We train it with an audio spectrogram transformer (AST) on speech.", "", {(MODEL, "AST")}),
    ],
    "a name before a task's acronym": [
        # "a graph-based EHR QA" after "Question Answering (QA)": a task on some data, not a model
        ("Question Answering (QA) is a common test of machines. QA on Zorb Health Records (ZHR), namely ZHR QA, "
         "matters. In this paper, we propose a graph-based ZHR QA where queries become SPARQL.", "", set()),
        # negatives: an acronym after a name, where no one defined it as a task, is part of the name
        ("We propose a graph-based ZORB QNX for search.", "", {(MODEL, "ZORB QNX")}),
    ],
    "the paper's title label beats a lower-case long form": [
        # "IndoNLU: Benchmark and Resources ..." over "natural language understanding (IndoNLU) tasks"
        ("We introduce a resource for Zorbian natural language understanding (ZorbNLU) tasks. ZorbNLU has twelve "
         "tasks.", "ZorbNLU: Benchmark and Resources for Evaluating Zorbian", {(DATASET, "ZorbNLU")}),
        # negatives: a title that does not say what its name is leaves the long form's word
        ("We introduce a model for Zorbian natural language understanding (ZorbNLU) tasks. ZorbNLU has twelve "
         "layers.", "ZorbNLU: Fast and Small", {(MODEL, "ZorbNLU")}),
    ],
    "an acronym and a lower-case word, named right after an introduce cue": [
        # "We propose {\em TB-recon}, a 3D task-based reconstruction framework"
        ("We propose ZQ-recon, a 3D reconstruction framework. ZQ-recon reconstructs scans.", "",
         {(MODEL, "ZQ-recon")}),
        # negatives: a compound adjective, a participle, or a name others made
        ("We propose LLM-based agents, which plan.", "", set()),
        ("We introduce RL-guided search, a method.", "", set()),
        ("We compare with ZQ-recon, a framework.", "", set()),
    ],
    "a capitalized phrase inside a longer dashed compound": [
        # "Meta-Model-Based Meta-Policy Optimization (M3PO)": "Meta-Model" is a word of the compound, no name
        ("On our results, we propose Zorb-Model-Based Quill-Policy Optimization (M3QO), a model-based method.", "",
         {(MODEL, "M3QO")}),
        # negatives: the phrase ending its compound is a name
        ("We propose the Gated Echo Model for speech.", "", {(MODEL, "Gated Echo Model")}),
    ],
    "names sharing a plural data head": [
        # "on Wall Street Journal and the Hub5'00 conversational evaluation datasets": the head is each name's
        ("We report results on QuillSpeech and the Zorb5'00 conversational evaluation datasets.", "",
         {(DATASET, "QuillSpeech"), (DATASET, "Zorb5'00")}),
        # negatives: one name before a plural head is a class of things
        ("We also report results for Zorb-style evaluation datasets.", "", set()),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a name others proposed, in the passive": [
        # "Recently, an approach, named Barlow Twins, has been proposed": named by others, earlier
        ("Recently, an approach, named Zorb Twins, has been proposed for vision. Motivated by this, we propose "
         "Quillnet, a simple architecture.", "", {"Zorb Twins": "MENTIONS", "Quillnet": "INTRODUCES"}),
        # negatives: the paper's own naming, or its own passive
        ("A method called ZorbNet has been proposed in this paper.", "", {"ZorbNet": "INTRODUCES"}),
        ("We present a model, called ZorbNet, which has been proposed for speech.", "", {"ZorbNet": "INTRODUCES"}),
    ],
    "an item of a fronted list of examples": [
        # "Compared with previous solvers such as DDIM, DPM-Solver, LCM-LoRA can ...": a list, not the subject
        ("Compared with previous solvers such as Zorb, Quill, TarnLoRA can be viewed as a plug-in solver.",
         "TarnLoRA: A Universal Acceleration Module", {"Zorb": "COMPARES_WITH", "Quill": "COMPARES_WITH",
                                                       "TarnLoRA": "INTRODUCES"}),
        # negatives: the subject after the whole list is still the paper's
        ("Compared with previous solvers such as Zorb and Quill, Tarnix can be viewed as a plug-in solver. Tarnix "
         "achieves a new record.", "", {"Zorb": "COMPARES_WITH", "Quill": "COMPARES_WITH", "Tarnix": "INTRODUCES"}),
    ],
    "what the paper provides": [
        # "We also provide a set of Indonesian pre-trained models (IndoBERT)": provided, so presented
        ("We also provide a set of Zorbian pre-trained models (ZorbBERT) trained on news.", "",
         {"ZorbBERT": "INTRODUCES"}),
        # negatives: a known model the paper provides an analysis of
        ("We provide an analysis of BERT on news.", "", {"BERT": "MENTIONS"}),
    ],
    "data named in parentheses as the paper collects it": [
        # "trained from a large and clean Indonesian dataset (Indo4B) collected from publicly available sources"
        ("We also release models trained from a large and clean Zorbian dataset (Zorb4B) collected from public "
         "sources.", "", {"Zorb4B": "INTRODUCES"}),
        # negatives: data others collected, with no word of the paper's own
        ("Models are trained on a web dataset (Quill4B) collected from public sources.", "", {"Quill4B": "USES"}),
    ],
    "contributions counted in an enumeration, named in parentheses": [
        # "we: (1) build a clean Catalan corpus (CaText), ..., (2) train a Transformer-based language model for
        # Catalan (BERTa)": each counted step makes one of the paper's own
        ("For this, we: (1) build a clean Zorbian corpus (ZorText), the largest to date, (2) train a "
         "Transformer-based language model for Zorbian (ZorBERTa), and (3) devise an evaluation.", "",
         {"ZorText": "INTRODUCES", "ZorBERTa": "INTRODUCES"}),
        ("We build a clean Zorbian corpus (ZorText) and train a language model for Zorbian (ZorBERTa).", "",
         {"ZorText": "INTRODUCES", "ZorBERTa": "INTRODUCES"}),
        # negatives: others' training, or a model compared with
        ("Others train a language model for Zorbian (ZorBERTa).", "", {"ZorBERTa": "USES"}),
        ("We compare with a language model for Zorbian (ZorBERTa).", "", {"ZorBERTa": "COMPARES_WITH"}),
    ],
    "a new part spelled out beside another, though its short form extends a known one": [
        # "two coupled stages: Anchor-Centric Reasoning Supervised Fine-Tuning (ACR-SFT) and Process-Faithful Group
        # Relative Policy Optimization (PF-GRPO)"
        ("We propose Zorbsearch, which recasts search as reasoning and realizes it through two coupled stages: "
         "Quill-Centric Reasoning Fine-Tuning (QCR-FT) and Zorb-Faithful Group Relative Policy Optimization "
         "(ZF-GRPO).", "",
         {"Zorbsearch": "INTRODUCES", "QCR-FT": "INTRODUCES", "ZF-GRPO": "INTRODUCES"}),
        # negatives: a known method listed beside the paper's part
        ("Our method has two parts: a Zorb Quill Encoder (ZQE) and Group Relative Policy Optimization (GRPO).", "",
         {"ZQE": "INTRODUCES", "GRPO": "MENTIONS"}),
    ],
    "a lower-case long form set in apposition to what the paper makes, and its own variant": [
        # "We utilize this propagation procedure to construct a simple model, personalized propagation of neural
        # predictions (PPNP), and its fast approximation, APPNP."
        ("We utilize this procedure to construct a simple model, zorbed propagation of neural quills (ZPNQ), and its "
         "fast approximation, AZPNQ.", "", {"ZPNQ": "INTRODUCES", "AZPNQ": "INTRODUCES"}),
        # negatives: a long form others made, named in apposition to what they made
        ("Others construct a simple model, zorbed propagation of neural quills (ZPNQ).", "", {}),
    ],
    "a part the title's model integrates, spelled out": [
        # "H-DenseFormer integrates a Transformer-based Multi-path Parallel Embedding (MPE) module"
        ("Specifically, Zorbformer integrates a Transformer-based Multi-path Quill Embedding (MQE) module that takes "
         "any number of inputs.", "Zorbformer: An Efficient Densely Connected Transformer",
         {"Zorbformer": "INTRODUCES", "MQE": "INTRODUCES"}),
        # negatives: a pre-trained part, or a part of another's model
        ("Specifically, Zorbformer integrates a pre-trained Vision Quill Encoder (VQE) module.",
         "Zorbformer: An Efficient Transformer", {"Zorbformer": "INTRODUCES", "VQE": "USES"}),
        ("Specifically, BERT integrates a Zorb Quill Embedding (ZQE) module.", "Zorbformer: An Efficient Transformer",
         {"Zorbformer": "INTRODUCES", "BERT": "MENTIONS", "ZQE": "MENTIONS"}),
    ],
    "the final model the paper's steps end in": [
        # "We open-source our scripts so that others may reproduce the data, evaluation, and final M2M-100 model."
        ("We open-source our scripts so that others may reproduce the data, evaluation, and final Z2Q-100 model.", "",
         {"Z2Q-100": "INTRODUCES"}),
        # negatives: others' final model compared with
        ("Others compare with the final Zorb-100 model.", "", {"Zorb-100": "COMPARES_WITH"}),
    ],
    "a name the paper publishes": [
        # "the Catalan Language Understanding Benchmark (CLUB), which we publish as an open resource"
        ("The result is a new benchmark, the Zorbian Language Understanding Benchmark (ZLUB), which we publish as "
         "an open resource.", "", {"ZLUB": "INTRODUCES"}),
        # negatives: a name compared with
        ("We compare with ZLUB, which we publish results on.", "", {"ZLUB": "COMPARES_WITH"}),
    ],
    "data whose relative clause says the paper made it": [
        # "trained on RAL-E, a large-scale dataset of Reddit comments ... that we have curated"
        ("The model was trained on Zorb-Q, a large-scale dataset of forum posts in English from groups banned for "
         "abuse, that we have curated and released.", "", {"Zorb-Q": "INTRODUCES"}),
        # negatives: data others collected
        ("The model was trained on Quillset, a large-scale dataset of forum posts that others collected.", "",
         {"Quillset": "USES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, title: str,
                                                 expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


ALIASES = [
    # a dashed word of a long form gives one letter or one per capitalized part, whichever spells the acronym
    ("By tuning the objective function, a Fair Quill C-Zorbs (FQCZ) algorithm was proposed in this study.", "",
     "FQCZ", ["Fair Quill C-Zorbs"]),
    ("We propose Quill C-Zorbs (QCZ), an algorithm.", "", "QCZ", ["Quill C-Zorbs"]),
    ("Field-Aware Zorb Machine (FZM) is strong. We propose Field-Quill Zorb Machine (FQZM).", "", "FZM",
     ["Field-Aware Zorb Machine"]),
    # "dubbed Sparse Activation Function Search, short: SAFS,": the short form is the name, the long one its alias
    ("We show that the combination, dubbed Sparse Zorb Function Search, short: SZFS, results in gains.", "",
     "SZFS", ["Sparse Zorb Function Search"]),
    # "ScanMap: Supervised Confounding Aware ... Risk Modeling" over "introducing Supervised Confounding Aware ...
    # Risk Modeling (ScanMap)": the abstract spells the name out as its title does, however loosely
    ("We improve accuracy by introducing Supervised Quill Aware Zorb Factorization for Polygenic Risk Modeling "
     "(QuillZap) for genetic studies.", "QuillZap: Supervised Quill Aware Zorb Factorization for Polygenic Risk "
     "Modeling", "QuillZap", ["Supervised Quill Aware Zorb Factorization for Polygenic Risk Modeling"]),
    # a title "ACRONYM: Long Form of ...": the words before "of" spell it
    ("We propose a quantization-aware zorb-rank adaptation (QA-ZoRA) algorithm.",
     "QA-ZoRA: Quantization-Aware Zorb-Rank Adaptation of Large Language Models", "QA-ZoRA",
     ["Quantization-Aware Zorb-Rank Adaptation"]),
]


@pytest.mark.parametrize(("abstract", "title", "name", "aliases"), ALIASES)
def test_a_long_form_is_the_alias_of_the_name_it_spells(ex: Extractor, abstract: str, title: str, name: str,
                                                         aliases: list[str]) -> None:
    assert extract_helpers.aliases(ex, abstract, title, name) == [aliases]


STATED = [
    # "we also present the variational counterpart named X": the counterpart builds on the paper's model
    ("Zorb Graph Auto-Encoder for Network Embedding", "We propose Zorb Graph Auto-Encoder, a simple architecture. "
     "In addition, we also present the variational counterpart named Zorb Variational Graph Auto-Encoder.",
     {("Zorb Variational Graph Auto-Encoder", "Zorb Graph Auto-Encoder")}),
    # negatives: a counterpart that shares no words in order with the paper's earlier model
    ("Zorb Graph Auto-Encoder for Network Embedding", "We propose Zorb Graph Auto-Encoder, a simple architecture. "
     "In addition, we also present the variational counterpart named Quill Flow.", set()),
    # "we extended the encoder-decoder architecture of CodeT5 with ...": the architecture extended is the base
    ("Zorbcoder: Code Generation with Critics", "We propose Zorbcoder, a new framework. For the backbones, we "
     "extended the encoder-decoder architecture of CodeT5 with better pretraining data.", {("Zorbcoder", "CodeT5")}),
    # negatives: an architecture only compared with
    ("Zorbcoder: Code Generation with Critics", "We propose Zorbcoder, a new framework. We compare it with the "
     "encoder-decoder architecture of CodeT5.", set()),
    # "we build upon a recently introduced methodology called Deep Bucket Elimination (DBE) ... our new scheme,
    # renamed NeuroBE": the method named after the cue is the base of the paper's model
    ("NeuroZE: Neural Approximations of Zorb Elimination", "In this paper, we build upon a recently introduced "
     "methodology called Deep Zorb Elimination (DZE) that uses networks. The main feature of our new scheme, renamed "
     "NeuroZE, is that it customizes the networks.", {("NeuroZE", "DZE")}),
    ("", "In this paper, we build upon a recently introduced method called Zorbnet that uses networks. We propose "
     "Quillnet, which customizes the networks.", {("Quillnet", "Zorbnet")}),
    # negatives: a method others built on
    ("", "Prior work builds upon a method called Zorbnet. We propose Quillnet, which customizes networks.", set()),
    # "MpoxVLM integrates the CLIP visual encoder, an enhanced ViT classifier for skin lesions, and LLaMA-2-7B
    # models": the last part listed after a phrase of its own is a part too
    ("ZorbVLM: A Vision-Language Model for Skin Lesions", "We propose ZorbVLM, a vision-language model. ZorbVLM "
     "integrates the CLIP visual encoder, an enhanced QuillViT classifier for skin lesions, and LLaMA-2-7B models.",
     {("ZorbVLM", "CLIP"), ("ZorbVLM", "QuillViT"), ("ZorbVLM", "LLaMA-2")}),
    # "We ... and retrain a BERT-based model from scratch. Named AlcLaM, our model ...": the paper's own model
    ("ZorbLaM: Arabic Dialectal Language Model", "We utilize this corpus to expand the vocabulary and retrain a "
     "BERT-based model from scratch. Named ZorbLaM, our model was trained on 13 GB of text.", {("ZorbLaM", "BERT")}),
    # negatives: others' model based on it
    ("ZorbLaM: Arabic Dialectal Language Model", "Others expand the vocabulary and retrain a BERT-based model. "
     "Named ZorbLaM, our model was trained on 13 GB of text.", set()),
    # "Our method, named MaskProp, adapts the popular Mask R-CNN to video": what is adapted is the base
    ("", "Our method, named ZorbProp, adapts the popular Mask R-CNN to video by adding a branch.",
     {("ZorbProp", "Mask R-CNN")}),
    # negatives: a popular model compared with
    ("", "Our method, named ZorbProp, outperforms the popular Mask R-CNN on video.", set()),
    # "SKDBERT: Compressing BERT via Stochastic Knowledge Distillation": the title's name is what compressing made,
    # though the abstract introduces a method too
    ("SKZBERT: Compressing BERT via Stochastic Zorb Distillation", "In this paper, we propose Stochastic Zorb "
     "Distillation (SZD) to obtain a compact BERT-style model dubbed SKZBERT.", {("SKZBERT", "BERT")}),
    # "based on a relatively less popular variant of Nesterov's Acceleration": the method is named with its owner
    ("", "This algorithm, referred to as Accelerated Quill Descent (AQD), is based on a variant of Zorbov's "
     "Acceleration.", {("AQD", "Zorbov's Acceleration")}),
    # "its fast approximation, APPNP": the variant builds on the model "its" refers to
    ("", "We utilize this procedure to construct a simple model, zorbed propagation of neural quills (ZPNQ), and its "
     "fast approximation, AZPNQ.", {("AZPNQ", "ZPNQ")}),
    # a known organization's model keeps its own name, and the owner stands between the cue and the base
    ("", "We propose Quillbot, a chat model based on OpenAI's Codex.", {("Quillbot", "Codex")}),
    ("", "We propose Quillbot, fine-tuned from Meta's open Llama 2, for law.", {("Quillbot", "Llama 2")}),
    # negatives: an owner's model compared with
    ("", "We propose Quillbot and compare it with Meta's Llama 2.", set()),
    # "Observation-Centric SORT: Rethinking SORT for ...": what the title revisits is a name, and the paper's
    # model holds it
    ("Quill-Centric ZORT: Rethinking ZORT for Robust Tracking", "We thus name the proposed method as "
     "Quill-Centric ZORT, QC-ZORT for short.", {("QC-ZORT", "ZORT")}),
    # "Meta R-CNN: ..." over "Our work extends Faster R-CNN ... we introduce a Predictor-head Remodeling Network
    # (PRN)": the title's model is the paper's, the one "our work" extends
    ("Zorb R-CNN: Towards a General Solver", "Our work extends Faster R-CNN by meta-learning over features. We "
     "introduce a Predictor-head Quill Network (PQN) that shares its backbone. Zorb R-CNN yields the state of the "
     "art.", {("Zorb R-CNN", "Faster R-CNN")}),
    # negatives: a title that speeds a model up names a workload
    ("ZorbAttn: Accelerating BERT Inference on Phones", "We propose ZorbAttn, a fast kernel.", set()),
]


@pytest.mark.parametrize(("title", "abstract", "pairs"), STATED)
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
