"""Kinds of fault seen in round 47 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import aliases, entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a name glued to the first word of a long form": [
        # "We explored three architectures: CNN-CNN, CNN-CNN-Conditional Random Field (CRF), and CNN-Long Short-Term
        # Memory (LSTM)."
        ("We explored two architectures: QNN-QNN and QNN-Long Short-Term Memory (LSTM).", "",
         {(MODEL, "QNN-QNN"), (MODEL, "QNN")}),
        # negatives: a hyphened name beside a long form it is not glued to
        ("We compare QNN-Net and Long Short-Term Memory (LSTM) networks.", "", {(MODEL, "QNN-Net")}),
    ],
    "kinds of network": [
        # "Wireless Mesh Networks (WMNs) can provide wide range Wireless Local Area Networks (WLANs) area"
        ("Wireless Mesh Networks (WMNs) can extend Wireless Local Area Networks (WLANs). We propose a routing "
         "protocol for WMNs that beats MAODV-Q.", "", {(MODEL, "MAODV-Q")}),
        ("Vehicular Ad hoc Networks (VANETs) connect cars; Wireless Sensor Networks (WSNs) watch fields.", "", set()),
        # negatives: a network the paper names
        ("We propose Zorb Mesh Networks (ZMNs), a graph model for routing.", "", {(MODEL, "ZMN")}),
    ],
    "products and services listed": [
        # a reader's abstract of Gemini (the round's new-user trial): "deploying Gemini models ... through services
        # including Gemini, Gemini Advanced, Google AI Studio, and Cloud Vertex AI"
        ("Our assistant ships in products such as ZorbChat and QuillDesk, and in services like QuillMail.", "", set()),
        # negatives: models listed the same way
        ("Our assistant builds on models such as ZorbChat and QuillDesk.", "", {(MODEL, "ZorbChat"), (MODEL, "QuillDesk")}),
    ],
    "the title of the paper this one follows, written in the abstract": [
        # "A Symmetric Concurrent B-Tree Algorithm: Java Implementation" over "In their paper entitled A Symmetric
        # Concurrent B-Tree Algorithm, Vladimir Lanin and Dennis Shasha introduce ..."
        ("In their paper entitled A Fast Concurrent Skip List Algorithm, John Smith and Ann Lee introduce a lock-free "
         "list. This paper presents a Rust implementation of the algorithm.",
         "A Fast Concurrent Skip List Algorithm: Rust Implementation", set()),
        # negatives: the title's name written in the abstract's own sentence
        ("In Echo Heron, we scale speech models.", "Echo Heron: Scaling Speech Models", {(MODEL, "Echo Heron")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a short name the text gives a named model is no new model": [
        # "Such an approach was taken in the original paper of SpectralNet (Shaham et al. 2018), which we call
        # SpecNet1."
        ("Such an approach was taken in the original paper of QuillNet (Smith et al. 2018), which we call "
         "QNet-A. We propose ZorbNet, which removes the slow layer in QNet-A.", "",
         {"QuillNet": "USES", "ZorbNet": "INTRODUCES"}),
        # negatives: a name derived from it names what the paper made ("modifications to MAML ..., which we call
        # MAML++")
        ("We propose various modifications to QuillNet that improve its speed, which we call QuillNet++.", "",
         {"QuillNet": "USES", "QuillNet++": "INTRODUCES"}),
    ],
    "a package the paper implements its work as": [
        # "We implement this framework as a Python package (OptiCL) for practitioners."
        ("We implement this method as a Python package (ZorbKit) for practitioners.", "", {"ZorbKit": "INTRODUCES"}),
        ("We implemented the whole pipeline as an open-source toolbox called ZorbKit.", "", {"ZorbKit": "INTRODUCES"}),
        # negatives: a library the implementation uses
        ("We implement our method as a plug-in for the scikit-learn library (ZorbKit is not needed).", "",
         {"ZorbKit": "USES"}),
    ],
    "a part spelled out and introduced after 'while', alone or beside a known one": [
        # "we utilize the lightweight MobileNetV2 as the backbone ..., while an improved multi-scale atrous
        # convolution module (AS-ASPP) and convolutional block attention mechanism (CBAM) are introduced"
        ("The encoder stays as it is, while an improved multi-scale zorb convolution module (ZS-ZCM) is introduced.",
         "", {"ZS-ZCM": "INTRODUCES"}),
        ("The encoder stays as it is, while an improved multi-scale zorb convolution module (ZS-ZCM) and the "
         "convolutional block attention module (CBAM) are introduced.", "", {"ZS-ZCM": "INTRODUCES", "CBAM": "MENTIONS"}),
        # negatives: introduced by others
        ("The encoder stays as it is, while the multi-scale zorb convolution module (ZS-ZCM) was introduced by Li et "
         "al.", "", {"ZS-ZCM": "MENTIONS"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    # "SpectralNet (Shaham et al. 2018), which we call SpecNet1. ... SpecNet2 ... removes the orthogonalization
    # layer in SpecNet1": the next version of the short name builds on the named model
    ("", "Such an approach was taken in the original paper of QuillNet (Smith et al. 2018), which we call QNet1. "
     "We introduce QNet2, which removes the slow layer of QNet1.", {("QNet2", "QuillNet")}),
    # "focusing on MobileFaceNet and its modified variant, MMobileFaceNet"
    ("", "This paper studies lightweight face models, focusing on RetinaNet and its modified variant, ZedNet.",
     {("ZedNet", "RetinaNet")}),
    ("", "We compare ZorbNet with its improved version ZorbFlow on three tasks.", {("ZorbFlow", "ZorbNet")}),
    # negatives: no kin after "its"
    ("", "We study QuillNet and its authors. We propose ZorbNet.", set()),
    # "We assemble available foundation models, such as CodeBERT and GPT-2, into a single neural model named AdaMo."
    ("", "We assemble available encoders, such as QuillNet and ZorbNet, into a single model named FusoNet.",
     {("FusoNet", "QuillNet"), ("FusoNet", "ZorbNet")}),
    ("", "We combine several pretrained models, including QuillNet and ZorbNet, into one model called FusoNet.",
     {("FusoNet", "QuillNet"), ("FusoNet", "ZorbNet")}),
    # "This paper introduces Session Risk Memory (SRM) ... ILION+SRM achieves F1 = 1.0000 ..., compared to
    # stateless ILION": a name joining another model's with the paper's own by "+" builds on both
    ("", "This paper introduces Zorb Session Memory (ZSM), a module that extends stateless gates. Results show that "
     "QuillNet+ZSM achieves F1 = 1.0, compared to stateless QuillNet at F1 = 0.97.",
     {("QuillNet+ZSM", "QuillNet"), ("QuillNet+ZSM", "ZSM")}),
    # negatives: two others' models joined, and a name ending in "+"
    ("", "We compare QuillNet+ZorbNet with BERT+CRF on named entity recognition.", set()),
    ("", "We introduce ZorbNet. ZorbNet+ beats ZorbNet on speed.", {("ZorbNet+", "ZorbNet")}),
    # "We propose error-in-variables (EiV) models for two operator regression methods, MOR-Physics and DeepONet"
    ("", "We propose error-in-variables (EiV) models for two operator regression methods, QuillONet and ZorbNet, "
     "and show that these new models reduce bias.", {("EiV", "QuillONet"), ("EiV", "ZorbNet")}),
    ("", "We propose Bayesian variants of two popular architectures, QuillNet and ZorbNet, called BQN.",
     {("BQN", "QuillNet"), ("BQN", "ZorbNet")}),
    # negatives: models trained for them with the paper's tool; methods compared against
    ("", "We propose ZorbKit. We train models for two popular architectures, QuillNet and ZorbNet, with ZorbKit.",
     set()),
    ("", "We propose ZorbGAN, and evaluate it against two strong methods, QuillNet and ZorbNet.", set()),
    # a reader's own abstract (the round's new-user trial): "GSPMD generalizes the sharding backend of GShard into a
    # compiler-based system ... Built on XLA, it ...": a part of a model generalized names its base, beside the
    # system it is built on
    ("ZorbPMD: Parallel Graphs", "ZorbPMD generalizes the sharding backend of GShard into a compiler-based system. "
     "Built on XLA, it expresses data and pipeline parallelism in one representation.",
     {("ZorbPMD", "GShard"), ("ZorbPMD", "XLA")}),
    ("ZorbNet: Routing for Images", "ZorbNet extends the routing layer of QuillNet to images.",
     {("ZorbNet", "QuillNet")}),
    # negatives: a property of a model, not a part of it
    ("", "We propose ZorbNet, which raises the accuracy of QuillNet on images.", set()),
    # "Our ST-MoE-32B builds on the Switch Transformer recipe"
    ("ZorbMoE: Stable Sparse Models", "We present ZorbMoE. Our ZorbMoE-32B builds on the Switch Transformer recipe "
     "and reaches a new state of the art.", {("ZorbMoE", "Switch Transformer")}),
    # negatives: a recipe followed is no base
    ("ZorbLM: a model", "We present ZorbLM. ZorbLM follows the Chinchilla recipe for data and model size.", set()),
    # "We present the Switch Transformer, which simplifies the routing of the Sparsely-Gated Mixture-of-Experts
    # layer (MoE)": the layer Shazeer et al. named, known to the gazetteer
    ("Zorb Transformers: Sparse Scaling", "We present the Zorb Transformer, which simplifies the routing of the "
     "Sparsely-Gated Mixture-of-Experts layer (MoE) by sending each token to one expert.",
     {("Zorb Transformer", "Sparsely-Gated Mixture-of-Experts")}),
    # negatives: data sets assembled into a benchmark
    ("", "We assemble existing datasets, such as QuillQA and ZorbQA, into a single benchmark named FusoBench.",
     set()),
])
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("title", "abstract", "name", "expected"), [
    # "SpectralNet (Shaham et al. 2018), which we call SpecNet1": the short name is the named model's alias
    ("", "We revisit QuillNet (Smith et al. 2018), which we refer to as QN below. QN is slow; we propose ZorbNet.",
     "QuillNet", [["QN"]]),
    ("", "We revisit QuillNet (Smith et al. 2018), hereafter called QN. QN is slow; we propose ZorbNet.",
     "QuillNet", [["QN"]]),
    # "services including Gemini, Gemini Advanced, Google AI Studio, and ...": a name of words is no abbreviation
    # the capitalized words after it spell out (the trial saw "Google AI" as Gemini Advanced's alias)
    ("Gemini: A Family of Models", "We deploy Gemini models to users through Gemini Advanced, Google AI Studio.",
     "Gemini Advanced", [[]]),
    # negatives: an abbreviation spelled out after a comma
    ("", "We plan with ZWM, Zorb World Model, and a search.", "ZWM", [["Zorb World Model"]]),
    # negatives: the paper's own name after "which we call"
    ("", "We propose various modifications to QuillNet that improve its speed, which we call QuillNet++.",
     "QuillNet", [[]]),
])
def test_a_name_answers_to_the_other_writing_the_paper_gives(ex: Extractor, title: str, abstract: str, name: str,
                                                            expected: list[list[str]]) -> None:
    assert aliases(ex, abstract, title, name) == expected
