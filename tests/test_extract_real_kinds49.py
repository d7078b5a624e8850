"""Kinds of fault seen in round 49 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import aliases, entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL
from kg.names import split_size

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a known name a line break split": [
        # "on a range of real-world datasets ...: tabular data, images (CIFAR and Ima- geNet), audio"
        ("Results on images (SVHN and Ima- geNet), audio and text show gains.", "",
         {(DATASET, "SVHN"), (DATASET, "ImageNet")}),
        ("We train a Trans- former and Mo- bileNetV2 on Ima-\ngeNet.", "",
         {(MODEL, "Transformer"), (MODEL, "MobileNetV2"), (DATASET, "ImageNet")}),
        # negatives: common words split at a line break, and a suspended hyphen
        ("We study self- supervised Zorb- based training with pre- and post-processing.", "", set()),
    ],
    "a device a model runs on": [
        # "1.6 ms inference latency on iPhone 12 (compiled with CoreML)"
        ("ZorbFormer runs in 2 ms on iPhone 14 Pro, on a Pixel 7 and on a Galaxy S23 Ultra phone.", "",
         {(MODEL, "ZorbFormer")}),
        ("QuillNet runs on the Snapdragon 888 chip.", "", {(MODEL, "QuillNet")}),
    ],
    "a known model with its width multiplier": [
        # "which runs as fast as MobileNetV2×1.4 (1.6 ms, 74.7% top-1)"
        ("ZorbFormer runs as fast as MobileNetV2×1.4 and ShuffleNetV2 x1.5.", "",
         {(MODEL, "ZorbFormer"), (MODEL, "MobileNetV2"), (MODEL, "ShuffleNetV2")}),
    ],
    "a labelling convention": [
        # "annotated with the BIO tagging scheme"
        ("Tokens are annotated with the BIO tagging scheme and the IOB2 labeling format for ZorbNER.", "",
         {(MODEL, "ZorbNER")}),
    ],
    "a citation key in brackets": [
        # "a fast global register allocation first presented in [PS99]"
        ("Quill allocation was first presented in [QZ99] as an alternative to graph coloring [Zor84, CH90].", "",
         set()),
        # negatives: a name with two digits outside brackets
        ("We compare with ZB99 on images [3].", "", {(MODEL, "ZB99")}),
    ],
    "a metric with its threshold": [
        # "mAP_0.5:0.95 = 0.656 ... and mAP_0.5 = 0.964"
        ("ZorbDet reaches mAP_0.5 = 0.964 and mAP_0.5:0.95 = 0.656.", "", {(MODEL, "ZorbDet")}),
    ],
    "a relation of two things spelled out": [
        # "Peer-to-Peer (P2P) lending has emerged as a significant innovation in fintech"
        ("Peer-to-Peer (P2P) lending and Device-to-Device (D2D) links are studied with ZorbNet.", "",
         {(MODEL, "ZorbNet")}),
        # negatives: a name whose long form holds such a word among others
        ("We propose Text-to-Text Zorb Transformer (T2ZT), a model.", "", {(MODEL, "T2ZT")}),
    ],
    "data listed with what each is for": [
        # "three Vietnamese benchmark datasets: PhoNER-COVID19 for named entity recognition in the COVID-19 domain,
        # PhoDisfluency for speech disfluency detection, and VietMed-NER for medical-domain NER"
        ("We evaluate our approach on three benchmark datasets: ZorbQA-COVID for question answering in the COVID-19 "
         "domain, QuillDis for disfluency detection, and ZorbMed-NER for medical-domain NER.", "",
         {(DATASET, "ZorbQA-COVID"), (DATASET, "QuillDis"), (DATASET, "ZorbMed-NER")}),
        # negatives: models listed with their uses
        ("We compare with strong models such as ZorbNet for retrieval and ranking, QuillNet and Flarp.", "",
         {(MODEL, "ZorbNet"), (MODEL, "QuillNet"), (MODEL, "Flarp")}),
    ],
    "a benchmark suite the paper names": [
        # "Empirical results on our newly established suite of benchmarks, called OfflinePrompts"
        ("Results on our newly established suite of benchmarks, called QuibPrompts, show the effectiveness.", "",
         {(DATASET, "QuibPrompts")}),
        # negatives: a model named after a word about benchmarks
        ("On several benchmarks, our model called Zorbit wins.", "", {(MODEL, "Zorbit")}),
    ],
    "a coined name of capitals and a hyphen": [
        # "Our developed MB-GMN empowers the user-item interaction learning"
        ("Our developed ZB-QMN empowers the learning of interactions. Experiments show the effectiveness of ZB-QMN.",
         "", {(MODEL, "ZB-QMN")}),
        # negatives: a field's abbreviation after "the proposed"
        ("The proposed RL agent learns fast.", "", set()),
    ],
    "a loss the paper proposes": [
        # "we propose the cosine contrastive loss (CCL) and further incorporate it to a simple unified CF model,
        # dubbed SimpleX"
        ("We propose the cosine margin loss (CML) and incorporate it into a simple model, dubbed ZorbX. Under our CML "
         "loss, ZorbX improves.", "", {(MODEL, "CML"), (MODEL, "ZorbX")}),
        # negatives: a loss the paper minimizes, a metric it proposes
        ("We minimize the mean squared loss (MSL) of QuillNet.", "", {(MODEL, "QuillNet")}),
        ("We propose a new metric, the ranked error loss (REL), to score QuillNet.", "", {(MODEL, "QuillNet")}),
    ],
    "a platform people use": [
        # "many commercial platforms, such as Amazon, Google, JD.com, and Tiktok"; "very large online platforms"
        ("We audit the recommender systems of TikTok and Instagram with ZorbAudit.", "", {(MODEL, "ZorbAudit")}),
    ],
    "a title naming a baseline": [
        # "Meta-Polyp: a baseline for efficient Polyp segmentation"
        ("We propose a simple design for polyp segmentation.", "Zorb-Polyp: a baseline for efficient polyp "
         "segmentation", {(MODEL, "Zorb-Polyp")}),
    ],
    "a long form after the proposed, its head in lower case": [
        # "The proposed Direct Sentence Off-policy gradient (DSO) effectively propagates the gradient"
        ("The proposed Direct Sentence Quill estimator (DSQ) effectively works.", "", {(MODEL, "DSQ")}),
    ],
    "an acronym with its pronunciation": [
        # "a novel Hybrid Method of Linear and non-linEar collaborative filTering method (HMLET, pronounced as
        # Hamlet)"
        ("We propose a novel Hybrid Method of Linear and non-linEar message Passing method (HMLEP, pronounced as "
         "Hamlep). HMLEP is fast.", "", {(MODEL, "HMLEP")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("MobileNetV2×1.4", ("MobileNetV2", ["×1.4"])), ("ShuffleNetV2 0.5×", ("ShuffleNetV2", ["0.5×"])),
    ("MobileNetV3 x0.75", ("MobileNetV3", ["x0.75"])),
    # negatives: a name that ends in x and digits, an expert shape
    ("Zorbx2", ("Zorbx2", [])), ("Mixtral 8x7B", ("Mixtral", ["8x7B"])),
])
def test_a_width_multiplier_is_a_size(name: str, expected: tuple[str, list[str]]) -> None:
    assert split_size(name) == expected


@pytest.mark.parametrize(("abstract", "name", "expected"), [
    # the split writing is no alias
    ("We train on Ima- geNet and report top-1 on ImageNet.", "ImageNet", [[]]),
    # "(HMLET, pronounced as Hamlet)": the long form is the alias, the pronunciation none
    ("We propose a novel Hybrid Method of Linear and non-linEar message Passing method (HMLEP, pronounced as "
     "Hamlep).", "HMLEP", [["Hybrid Method of Linear and non-linEar message Passing"]]),
    # "a novel Hybrid Method of Linear and non-linEar collaborative filTering method (HMLET": the head word after
    # the capitals that spell it is no part of the name
    ("We propose a novel Zorb Method of Linear and non-linEar quill filTering method (ZMLET). ZMLET is fast.",
     "ZMLET", [["Zorb Method of Linear and non-linEar quill filTering"]]),
    # negatives: a last word of the name ("Momentum adversarial Domain Invariant Representation learning (MoDIR)")
    ("We propose Momentum adversarial Zorb Invariant Representation learning (MoZIR), which trains retrievers.",
     "MoZIR", [["Momentum adversarial Zorb Invariant Representation learning"]]),
])
def test_a_name_answers_to_the_other_writing_the_paper_gives(ex: Extractor, abstract: str, name: str,
                                                            expected: list[list[str]]) -> None:
    assert aliases(ex, abstract, "", name) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a tool the title applies": [
        # "Enhancing Credit Risk Classification Using LightGBM with Deep Feature Synthesis"
        ("This research evaluates the effect of automated features on churn and the performance of the ZorbBoost "
         "algorithm with and without them.", "Enhancing Churn Prediction Using ZorbBoost with Automated Features",
         {"ZorbBoost": "USES"}),
        # negatives: a title that names its own method after "with"
        ("ZorbNet routes tokens by learned keys, and ZorbNet halves the cost.", "Sparse Routing with ZorbNet",
         {"ZorbNet": "INTRODUCES"}),
    ],
    "names released together": [
        # "Our code and pre-trained models viBERT and vELECTRA are released as open source"
        ("Our code and pre-trained models zoBERT and zoELECTRA are released as open source.", "",
         {"zoBERT": "INTRODUCES", "zoELECTRA": "INTRODUCES"}),
        # negatives: a second name opening its own clause
        ("We present ZorbNet and QuillNet is used as a baseline.", "",
         {"ZorbNet": "INTRODUCES", "QuillNet": "USES"}),
    ],
    "what the paper's design leaves out": [
        # "we introduce a dimension-consistent pure transformer (without MobileNet blocks) as a design paradigm"
        ("Then we introduce a pure convolutional design (without ResNet blocks) called ZorbConv.", "",
         {"ResNet": "MENTIONS", "ZorbConv": "INTRODUCES"}),
    ],
    "an item of the paper's contributions": [
        # "Our contributions include: (1) a new state-of-the-art method ..., (2) a large dataset USPTO-3M at the CPC
        # subclass level"
        ("Our contributions include: (1) a new method based on BERT for patent classification, (2) a large dataset "
         "ZorbPat-3M at the subclass level, (3) an analysis.", "", {"BERT": "USES", "ZorbPat-3M": "INTRODUCES"}),
        # negatives: another's list; a data set the contribution evaluates on
        ("Prior contributions include: (1) a method, (2) a large dataset ZorbPat-3M at the subclass level.", "",
         {"ZorbPat-3M": "EVALUATED_ON"}),
        ("Our contributions include: (1) a new method, (2) an evaluation on the ZorbPat-3M dataset.", "",
         {"ZorbPat-3M": "EVALUATED_ON"}),
    ],
    "a long form the proposed opens, its head in lower case": [
        # "The proposed Direct Sentence Off-policy gradient (DSO)"
        ("The proposed Zorb Quill method (ZQ) effectively works.", "", {"ZQ": "INTRODUCES"}),
    ],
    "the capitals before a named head": [
        # "we propose a SAR image ship detection model SSE-Ship that combines image context"
        ("In this paper, we propose a SAR image ship detection model ZSE-Ship that combines context.", "",
         {"ZSE-Ship": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "pairs"), [
    # "In this paper we augment Conformer with ConvNeXt and propose Nextformer structure"
    ("In this paper we augment Conformer with ConvNeXt and propose Zorbformer.",
     {("Zorbformer", "Conformer"), ("Zorbformer", "ConvNeXt")}),
    ("We propose Zorbformer, which equips Conformer with pretrained ConvNeXt blocks.",
     {("Zorbformer", "Conformer"), ("Zorbformer", "ConvNeXt")}),
    # negatives: a model compared with, not built with
    ("We propose Zorbformer and compare Conformer with ConvNeXt.", set()),
])
def test_both_models_a_design_joins_are_parents(ex: Extractor, abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, "", abstract) == pairs


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    # "Meta-Polyp: a baseline ...": "we propose a fusion of MetaFormer with UNet, along with the introduction of a
    # Multi-scale Upsampling block ..., also we propose the Convformer block": the fusion is the paper's model
    ("Zorb-Polyp: a baseline for efficient polyp segmentation",
     "To enhance segmentation, we propose a fusion of MetaFormer with UNet, along with a new decoder, also we "
     "propose the Quillformer block to enhance local features.", {("Zorb-Polyp", "MetaFormer"), ("Zorb-Polyp", "U-Net")}),
    # negatives: a fusion others made
    ("", "We propose ZorbSeg. Performance depends on a fusion of BERT with GPT-2 features in prior work.", set()),
])
def test_the_fusion_the_paper_proposes_is_its_model(ex: Extractor, title: str, abstract: str,
                                                    pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs
