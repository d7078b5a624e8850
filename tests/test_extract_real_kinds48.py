"""Kinds of fault seen in round 48 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import aliases, entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL
from kg.sources.records import record_text

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a long form of one hyphened word after the name": [
        # "Finally, we present BOTNet (Body-Ordered-Tensor-Network), a much-simplified version of NequIP"
        ("Finally, we present ZorbNet (Zorb-Ordered-Quill-Network), a much-simplified version of QuillNet.", "",
         {(MODEL, "ZorbNet"), (MODEL, "QuillNet")}),
        # negatives: a size after a name is no long form
        ("We compare ResNet (ResNet-Large-Wide) with QuillNet.", "",
         {(MODEL, "ResNet"), (MODEL, "ResNet-Large-Wide"), (MODEL, "QuillNet")}),
    ],
    "a short form of two words, the first shared with its long form": [
        # "wind speed data from the NASA Prediction of Worldwide Energy Resources (NASA POWER)"
        ("This study uses wind data from the NASA Quill Observation Resources (NASA QOR) of a beach.", "",
         {(DATASET, "NASA QOR")}),
        # negatives: words that do not spell the second
        ("This study uses wind data from the NASA Power Grid (NASA POWER) of a beach.", "", {(DATASET, "NASA")}),
    ],
    "a data set numbered by version": [
        # "Experiments are conducted on Google Speech Commands Dataset version 1 (GSCDv1) and 2 (GSCDv2)."
        ("Experiments are run on Zorb Speech Commands Dataset version 1 (ZSCDv1) and 2 (ZSCDv2). We get 96% on "
         "ZSCDv2.", "", {(DATASET, "ZSCDv1"), (DATASET, "ZSCDv2")}),
    ],
    "a word that is no name before a data word": [
        # "Expanding dataset size through image generation can enhance model performance"
        ("Expanding dataset size through generation helps. We propose ZorbNet, a generator.", "", {(MODEL, "ZorbNet")}),
        # "The results from the Proposed Model 1 provide better performance than ... EfficientNet B0"
        ("We propose two models. The results from the Proposed Model 1 beat ResNet.", "", {(MODEL, "ResNet")}),
        # "evaluating LLM-based agents on Earth Observation tasks": a field
        ("This work evaluates LLM agents on Earth Observation tasks and on the ZorbGeo benchmark.", "",
         {(DATASET, "ZorbGeo")}),
        # "The Design Space of E(3)-Equivariant Atom-Centered Interatomic Potentials": a property of models
        ("We compare with SE(3)-Transformer and E(n)-GNN.",
         "The Design Space of E(3)-Equivariant Interatomic Potentials", {(MODEL, "SE(3)-Transformer"), (MODEL, "E(n)-GNN")}),
        # "The emergence of Multi-task learning (MTL)models ... Our initial experiments show thatMTL models outperform"
        ("Multi-task zorb learning (MZL) models help. Our experiments show thatMZL models beat QuillNet.", "",
         {(MODEL, "QuillNet")}),
        # negatives: a word ending in -ing the text writes again as a name
        ("Quilling dataset is new. We evaluate ZorbNet on the Quilling dataset.", "",
         {(DATASET, "Quilling"), (MODEL, "ZorbNet")}),
    ],
    "the title's name, written another way in the abstract": [
        # "WikiBERT Models: Deep Transfer Learning for Many Languages" over "the newly introduced WikiBERT models"
        ("We find that the newly introduced ZorbBERT models outperform BERT.",
         "ZorbBERT Models: Transfer Learning for Many Languages", {(MODEL, "ZorbBERT"), (MODEL, "BERT")}),
        # "ALUE: Arabic Language Understanding Evaluation" over "the Arabic Language Understanding Evaluation
        # Benchmark (ALUE)": data
        ("To this end we propose the Zorb Language Understanding Evaluation Benchmark (ZLUE), based on 8 tasks.",
         "ZLUE: Zorb Language Understanding Evaluation", {(DATASET, "ZLUE")}),
        # "Guarded Explanations: ..." over "We introduce guarded explanations, an extension of ...": one name
        ("We introduce guarded quills, an extension of the ZorbNet framework. Guarded quills filter rules.",
         "Guarded Quills: Filtering for Rule Conditions", {(MODEL, "Guarded Quills"), (MODEL, "ZorbNet")}),
    ],
    "a known name with a lower-case suffix, given as the paper's": [
        # "we propose a new Self-Supervised Learning (SSL) algorithm called data2vec-aqc"
        ("In this paper, we propose a new algorithm called data2vec-zq, for speech.", "", {(MODEL, "data2vec-zq")}),
        # negatives: a participle after the known name
        ("We train data2vec-based encoders for speech.", "", {(MODEL, "data2vec")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "expected"), [
    # "two publicly available datasets: DS1(Data Set1), which is ..., and DS2(Data Set2)": a long form in
    # parentheses glued to its short form, as the source's text is read
    ("The work uses two public datasets: ZS1(Zorb Set1), with scans, and ZS2(Zorb Set2).",
     {(DATASET, "ZS1"), (DATASET, "ZS2")}),
    # negatives: a symmetry group and a function's argument
    ("We compare SE(3)-Transformer with f(x) models.", {(MODEL, "SE(3)-Transformer")}),
])
def test_a_long_form_glued_to_its_short_form_is_read_apart(ex: Extractor, abstract: str,
                                                            expected: set[tuple[str, str]]) -> None:
    assert entities(ex, record_text(abstract)) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a model the background tells of is the one studied": [
        # "On TasNet for Low-Latency Single-Speaker Speech Enhancement": "... speech separation where the
        # time-domain audio separation network (TasNet) has led to significant improvements. ... we show that
        # TasNet improves state-of-the-art also for speech enhancement"
        ("Speech separation improved, where the time-domain separation network (ZorbNet) has led to gains. In this "
         "paper, we show that ZorbNet improves the state of the art for speech enhancement. Further, we show that "
         "ZorbNet outperforms a strong system.", "On ZorbNet for Speech Enhancement", {"ZorbNet": "USES"}),
        # negatives: a name whose results open the abstract
        ("Zorbgate achieves a new state of the art. We show that Zorbgate also cuts latency by half.", "",
         {"Zorbgate": "INTRODUCES"}),
    ],
    "what the paper's method works on is not the paper's": [
        # "we propose a method for solving the twin bounded support vector machine (TBSVM)"
        ("In this paper, we propose a method for solving the twin bounded zorb machine (TBZM) for binary "
         "classification.", "", {"TBZM": "MENTIONS"}),
        # "we introduced a hybrid CTC/RNNT architecture": the models a hybrid joins
        ("Additionally, we introduce a hybrid CTC/QuillT architecture with a shared encoder.", "",
         {"CTC": "MENTIONS", "QuillT": "MENTIONS"}),
        # "we propose an accelerated p-KGFN algorithm" after "A recent BOFN variant, p-KGFN, ...": a variant of a
        # model named before, unnamed
        ("A recent ZorbOpt variant, p-QGFN, leverages this structure. To address this, we propose an accelerated "
         "p-QGFN algorithm.", "", {"ZorbOpt": "MENTIONS", "p-QGFN": "USES"}),
        # negatives: the paper's own, named in apposition; the paper's own, written again
        ("In this paper, we propose a fast solver, the Zorb Quill Machine (ZQM), for binary classification.", "",
         {"ZQM": "INTRODUCES"}),
        ("In this paper, Bayesian Zorb Network (BayesZNN) is proposed. Furthermore, the proposed BayesZNN "
         "architecture is applied to images.", "", {"BayesZNN": "INTRODUCES"}),
    ],
    "a model made for the paper": [
        # "The Proposed Model 1 integrates a custom MobileNetV2L2 architecture"; "custom CNN2 built on CNN"
        ("The first model integrates a custom ZorbNetL2 architecture for lung scans.", "", {"ZorbNetL2": "INTRODUCES"}),
        ("The second model, custom QuillCNN2 built on ZorbNet, is tuned.", "",
         {"QuillCNN2": "INTRODUCES", "ZorbNet": "USES"}),
        # negatives: a known model set up for the task
        ("We train a custom ResNet model for lung scans.", "", {"ResNet": "USES"}),
    ],
    "the name given after a class spelled out": [
        # "we propose a new Self-Supervised Learning (SSL) algorithm called data2vec-aqc"
        ("In this paper, we propose a new Self-Supervised Learning (SSL) algorithm called data2vec-zq, for speech.",
         "", {"data2vec-zq": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    # "we introduce the local essential graph (LEG), ..., and present LocPC, an algorithm that learns the LEG ...
    # Building on this, we develop LocPC-CDE": "this" is the one introduced last, and the name it holds comes
    # through it
    ("", "In this work, we adapt the QC algorithm to local graphs. We introduce the local essential graph (LEG), a "
     "structure, and present LocQC, an algorithm that learns the LEG. Building on this, we develop LocQC-CDE, which "
     "extracts the part of the LEG that is needed.", {("LocQC", "QC"), ("LocQC-CDE", "LocQC")}),
    # "the smooth reformulations of AL-TBSVM, which we called AL-STBSVM"
    ("", "At first, the augmented Lagrangian method converts ZorbNet into problems. Then, the smooth reformulations "
     "of ZorbNet, which we called QuillNet, are solved by Newton's algorithm.", {("QuillNet", "ZorbNet")}),
    # negatives: others' reformulation, used
    ("", "By leveraging an existing reformulation of ZorbNet into a single-level problem, we propose an Adaptive "
     "Proximal (AdaProx) method.", set()),
    # "We present the ongoing NorLM initiative ... This paper introduces the first large-scale monolingual language
    # models for Norwegian, based on both the ELMo and BERT frameworks."
    ("", "We present the ZorbLM initiative. This paper introduces the first large-scale language models for "
     "Norwegian, based on both the ELMo and BERT frameworks.", {("ZorbLM", "ELMo"), ("ZorbLM", "BERT")}),
    # negatives: models others built
    ("", "We present ZorbLM. Prior work built models for Norwegian, based on the BERT framework.", set()),
    # "we introduce an innovative detection model named AttCDCNet ..., enhancing the popular DenseNet121 model by
    # adding an attention block"
    ("", "In this work, we introduce a detection model named ZorbNet for X-ray diagnosis, enhancing the popular "
     "DenseNet121 model by adding an attention block.", {("ZorbNet", "DenseNet121")}),
    # negatives: a property of a model enhanced
    ("", "We propose ZorbNet, a method for enhancing the robustness of BERT.", set()),
    # "integrates a custom MobileNetV2L2 architecture, that builds upon the MobileNetV2 framework"
    ("", "The first model integrates a custom ZorbNetL2 architecture, that builds upon the MobileNetV2 framework.",
     {("ZorbNetL2", "MobileNetV2")}),
])
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("abstract", "name", "expected"), [
    # "a large pre-trained network well adapted to dense image processing (DINOv2)": words that spell no N, no O
    ("We combine a large pre-trained network well adapted to dense image processing (DINOv2) and a decoder.",
     "DINOv2", [[]]),
    # "where the time-domain audio separation network (TasNet) has led to significant improvements": each
    # capital-led part spells words, by their initials or as one word's opening
    ("Speech separation improved where the time-domain quill zorb network (TqzNet) has led to gains.", "TqzNet",
     [["time-domain quill zorb network"]]),
    ("Speech separation improved where the time-domain quill zorb encoder (TqzNet) has led to gains.", "TqzNet",
     [[]]),
    # negatives: a known name spelled out in lower case
    ("We prompt the segment anything model (SAM) with boxes.", "SAM", [["segment anything model"]]),
    ("Finally, we present ZorbNet (Zorb-Ordered-Quill-Network), a much-simplified version of QuillNet.", "ZorbNet",
     [["Zorb-Ordered-Quill-Network"]]),
    ("This study uses wind data from the NASA Quill Observation Resources (NASA QOR) of a beach.", "NASA QOR",
     [["NASA Quill Observation Resources"]]),
])
def test_a_name_answers_to_the_other_writing_the_paper_gives(ex: Extractor, abstract: str, name: str,
                                                            expected: list[list[str]]) -> None:
    assert aliases(ex, abstract, "", name) == expected
