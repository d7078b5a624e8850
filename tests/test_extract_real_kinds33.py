"""Kinds of fault seen in round 33 on a development part (issue 11), each with invented sentences of its own: every
new name here (HeronNet, Zorb, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations
from kg.extract import Extractor
from kg.model import MODEL

NODES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a metric with its subset letter": [
        # COCO's and Waymo's metrics per object size or heading (mAPL, mAPH, APL, APM) are scores, no models
        ("HeronNet reaches 49.7% mAPL and 60.1% mAPH on the Waymo Open Dataset.", {(MODEL, "HeronNet")}),
        ("We present HeronNet, a detector. It gains 2.1 APL and 1.4 APM over the baseline.", {(MODEL, "HeronNet")}),
    ],
    "two known names sharing their last words after a slash": [
        ("It shares its backbone with Faster / Mask R-CNN.", {(MODEL, "Faster R-CNN"), (MODEL, "Mask R-CNN")}),
        ("Our work extends Faster/Mask R-CNN.", {(MODEL, "Faster R-CNN"), (MODEL, "Mask R-CNN")}),
        # negatives: words of no known name around a slash
        ("We study Input/Output Tensors of the encoder.", set()),
    ],
    "a capital letter and '-net'": [
        ("We propose V-net, a volumetric network for segmentation.", {(MODEL, "V-net")}),
        # negatives: a lower-case word before '-net'
        ("We train a sub-net for matching.", set()),
    ],
    "a metric at a threshold": [
        ("We present HeronNet, a detector. It reaches 55.2 mAP0.5 and 30.1 mAP0.5:0.95 on the test set.",
         {(MODEL, "HeronNet")}),
    ],
    "a task word joined to a name": [
        # a capitalized task word ("Tracking") before "and" and a name is the end of a benchmark's title, no model;
        # the name it is listed with after "leads on" is data as well ("KITTI ... and DanceTrack")
        ("We present HeronNet, a tracker. It leads on KITTI Pedestrian Tracking and QuorraTrack.",
         {(MODEL, "HeronNet")}),
    ],
    "a generic network and a loss joined": [
        ("We present HeronNet, which beats the vanilla LSTM-CTC model.", {(MODEL, "HeronNet")}),
    ],
    "a TeX command with its backslash doubled": [
        ("To address these issues, we explore a new scheme, called \\\\textit{Zorbcc}, for pose estimation.",
         {(MODEL, "Zorbcc")}),
    ],
    "a unit or a standards body": [
        ("HeronNet estimates blood pressure within 3.2 mmHg, inside the ISO limits.", {(MODEL, "HeronNet")}),
        ("The ventilator keeps 5 cmH2O of pressure.", set()),
    ],
    "a venue glued to its year": [
        # a conference's acronym with a two-digit year cites an event ("SODA13"), as "SODA 2013" does
        ("This improves the bounds of Chen et al. (SODA13) and of Lee (STOC11) for bipartite matching.", set()),
        ("Unlike the sketch of ICALP'19, ours is deterministic.", set()),
    ],
    "a known name in the plural after its number": [
        ("Unlike GPT-4s, our model HeronNet runs on a phone.", {(MODEL, "GPT-4"), (MODEL, "HeronNet")}),
        # negatives: a number with a letter after a space is a model of its own; a new name keeps its letter
        ("We present HeronNet 2s, a speech synthesizer.", {(MODEL, "HeronNet 2s")}),
    ],
    "a physical model after a scientist": [
        # surnames that qualify physical models (the Ising model, a Schrödinger-Newton model) name no ML model,
        # written with a TeX accent or without
        ("We study the Ising model and the Hubbard model at low temperature.", set()),
        (r"We solve the Schr\"odinger equation and compare with the H\"uckel model.", set()),
        (r"We measure the phase in the Schr\"{o}dinger-Newton model.", set()),
        # negatives: a new model named by a surname and an ML head stays a name
        ("We present the Turing-Net model, a tagger trained on news.", {(MODEL, "Turing-Net")}),
    ],
    "a known model's size written before its name": [
        ("HeronNet outperforms BERT, BioBERT and Base T5 on tagging.",
         {(MODEL, "HeronNet"), (MODEL, "BERT"), (MODEL, "BioBERT"), (MODEL, "T5")}),
        # negatives: the word before a name it is no size of stays the name's own
        ("We present Tiny U-Net, a slimmed segmenter.", {(MODEL, "Tiny U-Net")}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert {e for e in entities(ex, abstract) if e[0] == MODEL} == expected


RELATIONS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "a long form and its acronym, 'for short'": [
        ("We thus name the proposed method as Observation-Centric SORT, OC-SORT for short.", {"OC-SORT": "INTRODUCES"}),
        # negatives: a short name its long form does not spell stays a name of its own
        ("We thus name the proposed method as Observation-Centric SORT, QX-SORT for short.",
         {"Observation-Centric SORT": "INTRODUCES", "QX-SORT": "INTRODUCES"}),
    ],
    "a known model's size right after the introducing verb, with no title": [
        # an arXiv listing gives no title: "We introduce Vicuna-13B, ..." names the paper's own model
        ("We introduce Vicuna-13B, an open-source chatbot fine-tuned from LLaMA-13B on shared conversations.",
         {"Vicuna": "INTRODUCES", "LLaMA": "USES"}),
        # negatives: a size of a known model after an article, or as a modifier, is one the paper uses
        ("We introduce a ViT-L trained with masked image modeling.", {"Vision Transformer": "MENTIONS"}),
        ("We release ViT-L checkpoints for the community.", {"Vision Transformer": "MENTIONS"}),
    ],
    "the main theme of this work is X": [
        ("The main theme of this work is a unifying algorithm, HeronNet, for finite sums.", {"HeronNet": "INTRODUCES"}),
        ("The main theme of this work is HeronNet, a solver for sums.", {"HeronNet": "INTRODUCES"}),
        # negatives: the theme is another's model studied
        ("The main focus of this paper is the analysis of BERT.", {"BERT": "MENTIONS"}),
    ],
    "names right after 'image datasets'": [
        ("Experiments on the challenging aerial image datasets QOTA-v1.0, QOTA-v1.5 and HRZC2016 show gains.",
         {"QOTA-v1.0": "EVALUATED_ON", "QOTA-v1.5": "EVALUATED_ON", "HRZC2016": "EVALUATED_ON"}),
        ("We compare on benchmark datasets such as QuorraQA and ZorbSet.",
         {"QuorraQA": "EVALUATED_ON", "ZorbSet": "EVALUATED_ON"}),
    ],
    "an enhanced X model, X*, apposed": [
        # the name after the head is the paper's, a variant of the one before it (a symbol ending included)
        ("This paper presents an enhanced Zorb model, Zorb*, for load forecasting. Zorb* beats its predecessor.",
         {"Zorb*": "INTRODUCES", "Zorb": "MENTIONS"}),  # "presents an enhanced Zorb": Zorb is the base it names
    ],
    "a data set in apposition with 'our curated dataset'": [
        # the paper's own data, named and then described as what it curated, collected or built (a comma the
        # source lost included)
        ("We introduce HeronNet. HeronNet is trained on ZorbInstruct, our meticulously curated instruction tuning "
         "dataset.", {"HeronNet": "INTRODUCES", "ZorbInstruct": "INTRODUCES"}),
        ("We introduce HeronNet. HeronNet is trained on ZorbInstruct our newly collected corpus of proofs.",
         {"HeronNet": "INTRODUCES", "ZorbInstruct": "INTRODUCES"}),
        ("We train HeronNet on ZorbInstruct, our collected dataset, and test it on MATH.",
         {"HeronNet": "USES", "ZorbInstruct": "INTRODUCES", "MATH": "EVALUATED_ON"}),
        # negatives: others' data the paper uses in its training set
        ("We introduce HeronNet. HeronNet is trained on ZorbInstruct, our training set.",
         {"HeronNet": "INTRODUCES", "ZorbInstruct": "USES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, expected: dict[str, str]) -> None:
    assert relations(ex, abstract) == expected


def test_a_particle_physics_search_is_outside_ml(ex: Extractor) -> None:
    """Experiments and detectors of a physics search (words: axion, helioscope, GeV) are no models; a network that
    reads detector images in MeV still is one."""
    physics = ("We report new limits on the axion-photon coupling from the QUARX helioscope and the ZENON-9 detector. "
               "Combining both data sets, we exclude couplings above 6e-11 GeV^-1 at 95% CL for axion masses below "
               "0.02 eV. Future searches with the SHiQ and ALPX II experiments will probe the QCD axion band.")
    assert ex.spans(physics)["outside_ml"] and entities(ex, physics) == set()
    network = "We present HeronNet, a neural network that predicts the energy in MeV of particles from detector images."
    assert entities(ex, network) == {(MODEL, "HeronNet")}


def test_a_long_form_written_before_its_acronym_is_an_alias_without_the_parenthesis(ex: Extractor) -> None:
    nodes, _ = ex.paper("p:1", "", "We introduce Sparse Mixture of Experts (SMoE) layers to scale Transformers.")
    assert [sorted(n.props["aliases"]) for n in nodes if n.id == "topic:mixture of experts"] == [
        ["SMoE", "Sparse Mixture of Experts"]]


@pytest.mark.parametrize(("abstract", "expected"), [
    # a known model's name with a count in thousands names data built with it, not the model at a size
    ("We fine-tune our tagger on Alpaca-52K and UltraZorb-200k.", {("Dataset", "Alpaca-52K")}),
    # negatives: a parameter size stays the model's
    ("We compare with Alpaca-7B.", {(MODEL, "Alpaca")}),
])
def test_a_known_model_with_a_count_in_thousands_names_data(ex: Extractor, abstract: str,
                                                            expected: set[tuple[str, str]]) -> None:
    assert {e for e in entities(ex, abstract) if "Alpaca" in e[1]} == expected
