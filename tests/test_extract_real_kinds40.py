"""Kinds of fault seen in round 40 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "an apposition of many words before its head": [
        # "(including SCHOLARBERT, a new 770M-parameter science-focused masked language model ...)"
        ("We use 14 models (including ZORBBERT, a new 770M-parameter science-focused masked language model "
         "pretrained on up to 225B tokens) to evaluate the impact.", "", {(MODEL, "ZORBBERT")}),
        # negatives: no model head in the apposition
        ("We thank ZORBBERT, a long-standing supporter of the free and open science movement in our field.", "",
         set()),
    ],
    "a name of five capitalized words": [
        # "we propose a model called Graph Neural Collaborative Topic Model that ..."
        ("In this article, we propose a model called Graph Neural Zorb Topic Model that takes advantage of graph "
         "neural networks.", "", {(MODEL, "Graph Neural Zorb Topic Model")}),
        # negatives: the same words not introduced
        ("We use the Graph Neural Zorb Topic Model of earlier work.", "", set()),
    ],
    "a quoted name after a naming verb": [
        # 'which we call the "Two Tower NeuralCF model"': the quotes hold the whole name, its head outside it
        ('We propose a new architecture based on the NeuralZF model, which we call the "Two Quill NeuralZF model". '
         "The model was tested on MovieLens.", "",
         {(MODEL, "NeuralZF"), (MODEL, "Two Quill NeuralZF"), (DATASET, "MovieLens")}),
        ('We propose a new model, named "Quill Echo Net". It wins.', "", {(MODEL, "Quill Echo Net")}),
        # negatives: "so-called" quotes a phrase, not a name
        ('This is the so-called "Two Quill" effect in learning.', "", set()),
    ],
    "a name right after a naming verb, shaped like a compound adjective": [
        # "We propose a new formulation called Q-aggregation that addresses this limitation."
        ("We propose a new formulation called Q-aggregation that addresses this limitation.", "",
         {(MODEL, "Q-aggregation")}),
        ("We propose a new formulation called Zorb-aggregation that addresses this limitation.", "",
         {(MODEL, "Zorb-aggregation")}),
        # negatives: a compound adjective before its noun; a size of a name written alone
        ("Learning from the data synthesized by Generative Adversarial Networks (GANs), dubbed GAN-synthetic data, "
         "has two important applications.", "", set()),
        ("In this paper, we develop ZoraGPT2, trained from scratch. Our largest model, ZoraGPT2-mega, has 1.46 "
         "billion parameters.", "", {(MODEL, "ZoraGPT2")}),
    ],
    "a symmetry group before a name": [
        # "we introduce SE(3)-Hyena operator, ... based on the Hyena operator"
        ("In this work, we introduce SE(3)-Hyena operator, an equivariant long-convolutional model based on the Hyena "
         "operator.", "", {(MODEL, "SE(3)-Hyena"), (MODEL, "Hyena")}),
        ("We introduce the SO(3)-Quill network, a model. SO(3)-Quill wins.", "", {(MODEL, "SO(3)-Quill")}),
        # negatives: a group alone, and a property
        ("The model is SE(3) equivariant and E(n)-invariant, and we test it on QM9.", "", {(DATASET, "QM9")}),
    ],
    "benchmark domains and fields before a kind of data": [
        # "we show experimentally in several MuJoCo domains": the benchmark's domains are data
        ("We show experimentally in several MuJoCo domains that our approach works.", "", {(DATASET, "MuJoCo")}),
        # negatives: fields capitalized before "tasks" or "domains" name no data
        ("Our ZorbNet transfers across Vision and Language tasks.", "", {(MODEL, "ZorbNet")}),
        ("Our ZorbNet transfers across Speech and Vision domains.", "", {(MODEL, "ZorbNet")}),
        ("We evaluate on the Quasar and Nimbus benchmarks.", "", {(DATASET, "Quasar"), (DATASET, "Nimbus")}),
    ],
    "a method's acronym given as an example of methods": [
        # "Some existing solutions to this sim-to-real problem, such as Grounded Action Transformation (GAT), ..."
        ("Some existing solutions to this sim-to-real problem, such as Grounded Zorb Transformation (GZT), use real "
         "data. GZT is slow.", "", {(MODEL, "GZT")}),
        ("Existing methods such as Quill Zorb Tuner (QZT) use real data. QZT is slow.", "", {(MODEL, "QZT")}),
        # "Traditional methods like factorization machine (FM) cast it as ...": a lower-case long form too
        ("Traditional methods like zorbization machine (ZM) cast it as a supervised learning problem.", "",
         {(MODEL, "ZM")}),
        # negatives: an example of tasks; generic methods
        ("Tasks such as Zorb Question Answering (ZQA) are hard.", "", set()),
        ("Classical methods such as support vector machines (SVMs) fail on it.", "", set()),
    ],
    "a named task before 'tasks'": [
        # "submissions to WMT Multimodal Machine Translation and News Translation tasks": tasks, no data sets
        ("We used GPT-2 for submissions to the Multimodal Machine Translation and News Translation tasks.", "",
         {(MODEL, "GPT-2")}),
        # negatives: a benchmark named so, and a name of its own before "tasks"
        ("We evaluate on the Zorb Translation Benchmark and the ZorbTrans tasks.", "",
         {(DATASET, "Zorb Translation Benchmark"), (DATASET, "ZorbTrans")}),
    ],
    "a method's output derived from a named method": [
        # "StoROO, an algorithm for risk optimization on stochastic black-box functions derived from StoOO"
        ("We propose and analyze StoZOO, an algorithm for risk optimization on stochastic black-box functions derived "
         "from StoQO. We provide a regret analysis of StoZOO.", "", {(MODEL, "StoZOO"), (MODEL, "StoQO")}),
        # negatives: data derived from data
        ("We train ZorbNet on images derived from ZorbSet-9.", "", {(MODEL, "ZorbNet"), (DATASET, "ZorbSet-9")}),
    ],
    "a common word run into a compound is no known name written otherwise": [
        # "a learned, zero-initialized global prior" beside "Zero-Observation Reactivation": no ZeRO
        ("We define this setting as Zero-Observation Reactivation. We propose DeltaZorb, a plugin that routes each "
         "dimension between the history and a learned, zero-initialized global prior.", "", {(MODEL, "DeltaZorb")}),
        # negatives: the known name written as the gazetteer writes it
        ("We propose ZorbLM, a llama-based decoder. It beats Llama 2.", "",
         {(MODEL, "ZorbLM"), (MODEL, "LLaMA"), (MODEL, "Llama 2")}),
    ],
    "the first head of a long apposition says what the name is": [
        ("We introduce the first large-scale collection of retrieval datasets, ZERRI, and present ZART, a retrieval "
         "system trained on ZERRI.", "", {(DATASET, "ZERRI"), (MODEL, "ZART")}),
    ],
    "a sentence's end with its space lost": [
        # "... into the CapsNet.We builted the BiGRU module": the name ends at the dot
        ("We feed the character vectors into the ZorbNet.We built a recurrent module in it. ZorbNet wins.", "",
         {(MODEL, "ZorbNet")}),
        # negatives: a dot inside a name
        ("We run Node.js services and Qwen2.5 models.", "", {(MODEL, "Qwen2.5")}),
    ],
    "tracking metrics and a benchmark's named graphs": [
        # "REMIND reaches 90.35% IDF1", "(i.e., ogbn-papers100M and ogbn-mag) of Open Graph Benchmark"
        ("Our tracker reaches 90.35% IDF1 and attains the highest IDF1 and HOTA in every setting on ZorbTrack.", "",
         {(DATASET, "ZorbTrack")}),
        ("It ranks top-1 on both leaderboards (i.e., ogbn-papers100M and ogbn-mag) of Open Graph Benchmark.", "",
         {(DATASET, "ogbn-papers100M"), (DATASET, "ogbn-mag"), (DATASET, "Open Graph Benchmark")}),
    ],
    "a product of symmetry groups, a field's acronym, a title's plain word": [
        # "leverages the two-fold SE(d)xSE(d) symmetry": no "xSE"
        ("In this work, we propose Fourier Zorbporter (FourZorb), which leverages the two-fold SE(d)xSE(d)  symmetry "
         "in the pick-place problem. Tests on the RLbench benchmark achieve state-of-the-art results.", "",
         {(MODEL, "FourZorb"), (DATASET, "RLBench")}),
        # "leading results on STEM benchmarks": a field, no data set
        ("Beyond aggregate scores, ZorbVL achieves leading results on STEM benchmarks and on MathVista.", "",
         {(MODEL, "ZorbVL"), (DATASET, "MathVista")}),
        # "available to the biomedical NLP (BioNLP) community": a field spelled out in lower case
        ("A large array of pretrained models are available to the biomedical NLP (BioNLP) community. We release "
         "these models to speed up BioNLP and text mining applications.", "", set()),
        # "Efficient Cache Attacks on AES, and Countermeasures" over "we discuss a variety of countermeasures"
        ("We describe several attacks on ZES. Finally, we discuss a variety of countermeasures which can be used.",
         "Efficient Cache Attacks on ZES, and Countermeasures", {(DATASET, "ZES")}),
        # negatives: a benchmark's acronym defined by its capitalized name
        ("We build on the Open Graph Benchmark (OGB) for our experiments.", "", {(DATASET, "OGB")}),
    ],
    "a defined acronym that is a classic algorithm": [
        # "Fuzzy C-Means (FCM) clustering is a classic clustering algorithm"
        ("Fuzzy Z-Means (FZM) clustering is a classic clustering algorithm, which is widely used in the real world.",
         "", {(MODEL, "FZM")}),
        ("The Zorb Reading Corpus (ZRC) is a dataset of news.", "", {(DATASET, "ZRC")}),
        # negatives: a task, a known field
        ("Named Entity Recognition (NER) is a classic task in NLP.", "", set()),
        ("Question Answering (QA) is a widely-used framework for developing an intelligent machine.", "", set()),
    ],
    "victim models an attack is tried on": [
        # "Extensive experiments on PointNet, PointNet++ and DGCNN demonstrate ... against existing adversarial
        # attack methods": well-known point-cloud networks, attacked, are models (the gazetteer knows them)
        ("Therefore, we propose a zorb aggressive adversarial attack (ZAA). Extensive experiments on PointNet, "
         "PointNet++ and DGCNN demonstrate the performance of our method against existing attacks.", "",
         {(MODEL, "ZAA"), (MODEL, "PointNet"), (MODEL, "PointNet++"), (MODEL, "DGCNN")}),
    ],
    "a field's abbreviation in an apposition is no model": [
        # "PITS, an end-to-end pitch-controllable TTS model": TTS is the field, not a model PITS builds on
        ("We propose ZorbTTS, a TTS model based on adversarial learning.", "", {(MODEL, "ZorbTTS")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a name before the variant or improvement the paper makes of it is not introduced": [
        # "we present a simple and effective FedAvg variant termed FedAWARE"
        ("FedZorb is the most common algorithm in FL. Building on this insight, we present a simple and effective "
         "FedZorb variant termed FedQuill. FedQuill is fast.", "", {"FedZorb": "MENTIONS", "FedQuill": "INTRODUCES"}),
        # "this paper introduces an improved YOLOv8 algorithm ... The improved algorithm is named YOLOv8n-DSDM"
        ("Therefore, this paper introduces an improved YOLOv8 algorithm to address these issues. The improved "
         "algorithm is named YOLOv8n-ZQ.", "", {"YOLOv8": "USES", "YOLOv8n-ZQ": "INTRODUCES"}),  # its base, used
        # negatives: a name the paper introduces before its own variant
        ("We introduce Zorbit, an improved version of the Zorb model.", "", {"Zorbit": "INTRODUCES", "Zorb": "USES"}),
    ],
    "the paper's second method spelled out in an ordinal apposition": [
        # "The second algorithm, Differentially Private Thompson Sampling for Matroid Bandits (DPTS-MAT), is ..."
        ("We propose two algorithms. The key idea behind our first algorithm, Zorb Private Upper Quill for Matroid "
         "Bandits (ZPUQ-MAT), is to construct bounds. The second algorithm, Zorb Private Thompson Quill for Matroid "
         "Bandits (ZPTQ-MAT), is based on the idea of drawing samples.", "",
         {"ZPUQ-MAT": "INTRODUCES", "ZPTQ-MAT": "INTRODUCES"}),
        ("We propose two algorithms. Our first algorithm, ZorbUCB, constructs bounds. The second algorithm, ZorbTS, "
         "samples.", "", {"ZorbUCB": "INTRODUCES", "ZorbTS": "INTRODUCES"}),
        # negatives: a parenthesis after another kind of lead
        ("We compare two baselines. The second baseline, Zorb Private Thompson Quill (ZPTQ), samples.", "",
         {}),
    ],
    "a variant word on an acronym the text defines": [
        # "The concept bottleneck model (CBM) is a popular approach ... CBM-zero provides comparable explainability
        # and better accuracy than other CBM methods": the paper's variant of the defined acronym
        ("The zorb bottleneck model (ZBM) is a popular approach. Experiments demonstrate that ZBM-zero provides "
         "better accuracy than other ZBM methods.", "", {"ZBM": "COMPARES_WITH", "ZBM-zero": "INTRODUCES"}),
        # negatives: a task or a modifier on the acronym
        ("We use environmental sound classification (ESC) data. The ESC-task results are reported.", "", {}),
        ("The zorb bottleneck model (ZBM) is a popular approach. We train ZBM-based classifiers.", "",
         {"ZBM": "MENTIONS"}),
    ],
    "the paper's method applied to others' models, named by its initials": [
        # "We propose DeltaGate ... DG-SASRec reaches 0.047 Hit@10 versus 0.031 for SASRec"
        ("We propose DeltaZorb, a lightweight plugin that keeps the backbone frozen. In the Video Games bucket, "
         "DZ-SASRec reaches 0.047 Hit@10 versus 0.031 for SASRec, while DZ-BERT4Rec reaches 0.046 versus 0.025 for "
         "BERT4Rec.", "", {"DeltaZorb": "INTRODUCES", "DZ-SASRec": "INTRODUCES", "DZ-BERT4Rec": "INTRODUCES",
                           "SASRec": "COMPARES_WITH", "BERT4Rec": "COMPARES_WITH"}),
        # negatives: the same initials on a name the text does not name alone
        ("We propose DeltaZorb, a plugin. We compare it with DZ-Net and GPT-2.", "",
         {"DeltaZorb": "INTRODUCES", "DZ-Net": "COMPARES_WITH", "GPT-2": "COMPARES_WITH"}),
    ],
    "a known model tuned for a language, named with the language's code": [
        # "The best-performing model, Whisper-small-am, significantly improves ..."
        ("This work explores fine-tuning OpenAI's Whisper model for Amharic. The best-performing model, "
         "Whisper-small-am, significantly improves when fine-tuned on a mix of data.", "",
         {"Whisper": "USES", "Whisper-small-am": "INTRODUCES"}),
        # negatives: a size of a known model is that model; a baseline
        ("We compare baselines. The strongest baseline, Whisper-small, is slow.", "", {"Whisper": "COMPARES_WITH"}),
    ],
    "a title's re-cased name is the name the abstract writes": [
        # "Jina-colbert-v2: ..." over "Our new model, Jina-ColBERT-v2, ..."
        ("Multi-vector dense models, such as ColBERT, have proven highly effective. Our new model, Zorb-ColBERT-v2, "
         "demonstrates strong performance.", "Zorb-colbert-v2: A General-purpose Multilingual Retriever",
         {"Zorb-ColBERT-v2": "INTRODUCES", "ColBERT": "MENTIONS"}),
        # negatives: the abstract writes the title's spelling too
        ("We propose ZORBNET, a model. ZorbNet wins.", "ZorbNet: Fast Routing", {"ZorbNet": "INTRODUCES"}),
    ],
    "the first collection of data the paper presents, in apposition": [
        # "We introduce the first large-scale collection of approximately 40 retrieval datasets with instructions,
        # BERRI, and present TART, a multi-task retrieval system trained on BERRI with instructions."
        ("We introduce the first large-scale collection of approximately 40 retrieval datasets with instructions, "
         "ZERRI, and present ZART, a multi-task retrieval system trained on ZERRI with instructions.", "",
         {"ZERRI": "INTRODUCES", "ZART": "INTRODUCES"}),
        ("We introduce the first fast model for images, ZorbNet, and test it.", "", {"ZorbNet": "INTRODUCES"}),
        # negatives: an apposition on another verb's object
        ("We evaluate on the first split of the data, ZorbSet, and report accuracy.", "", {"ZorbSet": "EVALUATED_ON"}),
    ],
    "a popular method the paper modifies is not the title's own": [
        # "Consistency and Rates for Clustering with DBSCAN": "a modification of the popular DBSCAN algorithm"
        ("We propose a simple and efficient modification of the popular ZORBSCAN clustering algorithm. We establish "
         "consistency.", "Consistency and Rates for Clustering with ZORBSCAN", {"ZORBSCAN": "USES"}),
        # negatives: the title's new name the abstract presents
        ("We propose ZORBSCAN, a clustering algorithm. We establish consistency.",
         "Consistency and Rates for Clustering with ZORBSCAN", {"ZORBSCAN": "INTRODUCES"}),
    ],
    "a title's study of a model others made": [
        # "...: A Study on GraphCast" over "GraphCast is the current state-of-the-art model": a model studied and
        # improved, neither data nor the paper's own
        ("Large-scale weather models are revolutionizing forecasting. ZorbCast is the current state-of-the-art "
         "model, but its training is not designed for extremes. This paper improves large-scale weather models such "
         "as ZorbCast by introducing an uncertainty module.",
         "Boosting Extreme Weather Prediction by Fine-tuning a Pre-Trained Large Model: A Study on ZorbCast",
         {"ZorbCast": "USES"}),
        # negatives: a result on data in a title, and the paper's own model opening its results
        ("We study the robustness of classifiers.", "Robustness Results on ImageNet-Z", {"ImageNet-Z": "EVALUATED_ON"}),
        ("We propose a forecaster. ZorbCast is the first model to predict extremes. ZorbCast is fast.",
         "A Study on ZorbCast", {"ZorbCast": "INTRODUCES"}),
    ],
    "an improvement the paper's findings report is a comparison": [
        # "we show that DDU improves upon MC Dropout and Deep Ensembles while being significantly faster"
        ("We propose ZorbU, a method for uncertainty. We show that ZorbU improves upon MC Dropout while being faster.",
         "", {"ZorbU": "INTRODUCES", "MC Dropout": "COMPARES_WITH"}),
        # negatives: how the paper's method improves on its base
        ("We propose ZorbU, which improves upon MC Dropout by sharing weights across passes.", "",
         {"ZorbU": "INTRODUCES", "MC Dropout": "USES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, title: str,
                                                 expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


STATED = [
    # a variant the paper names builds on the name before "variant"
    ("", "FedZorb is the most common algorithm in FL. Building on this insight, we present a simple and effective "
     "FedZorb variant termed FedQuill. FedQuill is fast.", {("FedQuill", "FedZorb")}),
    ("", 'We propose a new architecture based on the NeuralZF model, which we call the "Two Quill NeuralZF model".',
     {("Two Quill NeuralZF", "NeuralZF")}),
    ("", "In this work, we introduce SE(3)-Hyena operator, an equivariant long-convolutional model based on the Hyena "
     "operator.", {("SE(3)-Hyena", "Hyena")}),
    ("", "The zorb bottleneck model (ZBM) is a popular approach. Experiments demonstrate that ZBM-zero provides "
     "better accuracy than other ZBM methods.", {("ZBM-zero", "ZBM")}),
    ("", "We propose and analyze StoZOO, an algorithm for risk optimization on stochastic black-box functions "
     "derived from StoQO.", {("StoZOO", "StoQO")}),
    # "we introduce Co-VGGT, which freezes VGGT and trains only a lightweight ... head"
    ("", "We demonstrate that ZGGT implicitly encodes co-visibility. Building on this, we introduce Co-ZGGT, which "
     "freezes ZGGT and trains only a lightweight head.", {("Co-ZGGT", "ZGGT")}),
    ("", "We introduce ZorbNet, which freezes GPT-2 and trains only a lightweight head.", {("ZorbNet", "GPT-2")}),
    ("", "We propose DeltaZorb, a lightweight plugin. DZ-SASRec reaches 0.047 Hit@10 versus 0.031 for SASRec.",
     {("DZ-SASRec", "SASRec")}),
    ("", "This work explores fine-tuning OpenAI's Whisper model for Amharic. The best-performing model, "
     "Whisper-small-am, significantly improves.", {("Whisper-small-am", "Whisper")}),
    ("Zorb-colbert-v2: A General-purpose Multilingual Retriever", "Multi-vector dense models, such as ColBERT, have "
     "proven highly effective. We propose improvements to the ColBERT model. Our new model, Zorb-ColBERT-v2, "
     "demonstrates strong performance.", {("Zorb-ColBERT-v2", "ColBERT")}),
    # "FedProx can be viewed as a generalization and re-parametrization of FedAvg"
    ("", "In this work, we introduce a framework, FedZorb, to tackle heterogeneity. FedZorb can be viewed as a "
     "generalization and re-parametrization of FedQuill, the current state-of-the-art method.",
     {("FedZorb", "FedQuill")}),
    # "REMIND combines frozen DINOv3 features with a dual-bank ... memory"
    ("", "We present ZORBIND, an online tracker. ZORBIND combines frozen DINOv3 features with a dual-bank memory.",
     {("ZORBIND", "DINOv3")}),
    # "a Fair Fuzzy C-Means (FFCM) algorithm was proposed" after "Fuzzy C-Means (FCM) clustering is a classic ..."
    ("", "Fuzzy Z-Means (FZM) clustering is a classic clustering algorithm. By introducing a novel fair loss term "
     "into the objective function, a Fair Fuzzy Z-Means (FFZM) algorithm was proposed in this current study.",
     {("FFZM", "FZM")}),
    # negatives: frozen models an experiment tries as they are (SPAE's "in-context learning experiments with frozen
    # PaLM 2 and GPT 3.5"); frozen features compared with; the encoder frozen, no named model
    ("", "Our approach is validated through in-context learning experiments with frozen PaLM 2 and GPT 3.5 on image "
     "tasks. We propose ZPAE, a tokenizer.", set()),
    ("", "We present ZORBIND, an online tracker. We compare it with frozen DINOv3 features and find it better.",
     set()),
    ("", "We freeze the encoder and train ZorbNet on GPT-2 outputs.", set()),
    # an example method spelled out, then qualified by the paper's own long form
    ("", "Some existing solutions, such as Grounded Zorb Transformation (GZT), use real data. In this paper, we "
     "introduce Reinforced Grounded Zorb Transformation (RGZT), a new technique.", {("RGZT", "GZT")}),
    # negatives: improvements reported as findings, a field's abbreviation
    ("", "We propose ZorbU, a method for uncertainty. We show that ZorbU improves upon MC Dropout while being faster.",
     set()),
    ("", "We propose ZorbTTS, a TTS model based on adversarial learning.", set()),
]


@pytest.mark.parametrize(("title", "abstract", "pairs"), STATED)
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


def test_a_build_over_a_field_abbreviation_in_an_apposition_joins_models_only(ex: Extractor, tmp_path) -> None:
    """"PITS, an end-to-end pitch-controllable TTS model": the BUILDS_ON edge to the topic stopped the build."""
    import json

    from kg.model import BUILDS_ON
    from kg.pipeline import assemble, read_sources

    record = {"id": "2302.00001", "title": "ZorbTTS: Pitch Inference for TTS", "date": "2023-02-01",
              "authors": ["Ann Li"], "abstract": "We propose ZorbTTS, a TTS model based on adversarial learning."}
    path = tmp_path / "papers.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    g = assemble(read_sources([path]), extractor=ex).to_networkx()
    assert {(g.nodes[s]["label"], g.nodes[t]["label"]) for s, t, a in g.edges(data=True)
            if a.get("type") == BUILDS_ON} <= {(MODEL, MODEL)}
    assert MODEL in {a["label"] for _, a in g.nodes(data=True)}


def test_a_lower_case_long_form_of_an_example_method_is_its_alias(ex: Extractor) -> None:
    import extract_helpers

    assert extract_helpers.aliases(ex, "Traditional methods like zorbization machine (ZM) cast it as a supervised "
                                   "learning problem.", "", "ZM") == [["zorbization machine"]]


@pytest.mark.parametrize(("abstract", "title", "name", "aliases"), [
    # "Deep Competitive Pathway Networks" over "we propose the Competitive Pathway Network (CoPaNet)"
    ("In this work, we propose the Competitive Zorb Network (CoZoNet). The CoZoNet comprises a stack of units.",
     "Deep Competitive Zorb Networks", "CoZoNet", ["Competitive Zorb Network", "Deep Competitive Zorb Networks"]),
    # negatives: a title that does something to the named model
    ("We study Zorb Vision Transformers (ZViT) at scale.", "Scaling Zorb Vision Transformers", "ZViT",
     ["Zorb Vision Transformers"]),
])
def test_a_title_of_a_qualifier_and_the_models_long_form_is_its_alias(ex: Extractor, abstract: str, title: str,
                                                                      name: str, aliases: list[str]) -> None:
    import extract_helpers

    assert extract_helpers.aliases(ex, abstract, title, name) == [aliases]
