"""Kinds of fault seen in round 52 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.extract.base import load_patterns, shape
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a name ending in a decimal version after capitals": [
        # "This paper presents a novel algorithm so-called VFC4.5 for building decision trees"
        ("This paper presents a novel algorithm so-called ZQ4.5 for building decision trees.", "", {(MODEL, "ZQ4.5")}),
        ("We propose ZQR2.1, a fast decision tree learner.", "", {(MODEL, "ZQR2.1")}),
    ],
    "a variant named in parentheses that joins known models": [
        # "We compare the original U-Net, a residual connection variant (RSC-UNet), and a ConvLSTM variant (RNN-UNet)"
        ("We compare the original ResNet, and a recurrent variant (LSTM-ResNet) on crack images.", "",
         {(MODEL, "ResNet"), (MODEL, "LSTM-ResNet")}),
        # negatives: the same joint as a kind of design
        ("We compare a hybrid LSTM-ResNet architecture on crack images.", "", {(MODEL, "ResNet")}),
    ],
    "an acronym before a noun and its model head": [
        # "the Dynamic Threshold Leaky Integrate-and-Fire (DTLIF) neuron model"
        ("At the core of ZorbFormer is the Zorbic Threshold Quill Integrate-and-Fire (ZTQIF) neuron model.", "",
         {(MODEL, "ZorbFormer"), (MODEL, "ZTQIF")}),
        ("The Zorbic Threshold Quill Fire (ZTQF) neuron model leverages adaptive thresholds.", "", {(MODEL, "ZTQF")}),
        # negatives: a noun that makes the model one of something else
        ("We train an Optimal Power Flow (OPF) proxy model to speed up grid dispatch.", "", set()),
    ],
    "a size glued in capitals to the paper's own name": [
        # a trial's "HeronBASE and HeronLARGE" stayed two models beside Heron
        ("We present Zorbel, a Korean language model. ZorbelBASE and ZorbelLARGE outperform KoBERT.", "",
         {(MODEL, "Zorbel"), (MODEL, "KoBERT")}),
        ("We present ZorbelBASE and ZorbelLARGE, two Korean language models.", "", {(MODEL, "Zorbel")}),
        # negatives: one name that ends in a size word's capitals
        ("We propose ZorbBASE, a knowledge base of scientific claims.", "", {(MODEL, "ZorbBASE")}),
    ],
    "a capitalized word with a version before a model head": [
        # "A Swin V2 encoder pretrained on 10,444 public 3D CT volumes ... was adapted to T2-weighted MRI"
        ("A Zorbin V2 encoder pretrained on CT volumes was adapted to MRI.", "", {(MODEL, "Zorbin V2")}),
        # negatives: a release of software before another head
        ("We run Ubuntu 22.04 servers for the experiments.", "", set()),
    ],
    "a known data set's name as a task before a plural head": [
        # "achieves the state of the art on five text-rich and four general VQA benchmarks, including VQAv2, OK-VQA"
        ("ZorbAgent achieves the state of the art on four general VQA benchmarks, including VQAv2 and OK-VQA.", "",
         {(MODEL, "ZorbAgent"), (DATASET, "VQAv2"), (DATASET, "OK-VQA")}),
        # negatives: a data set's own benchmarks, the last of a list of data sets before their head
        ("ZorbDet outperforms the state of the art on both the 3D and bird's eye view KITTI benchmarks.", "",
         {(MODEL, "ZorbDet"), (DATASET, "KITTI")}),
        ("ZorbAgent is evaluated on the GLUE and SuperGLUE benchmarks.", "",
         {(MODEL, "ZorbAgent"), (DATASET, "GLUE"), (DATASET, "SuperGLUE")}),
    ],
    "a long form in parentheses ending in the known name the name ends with": [
        # "we first introduce a multimodal unlearning benchmark, UnLOK-VQA (Unlearning Outside Knowledge VQA)"
        ("We first introduce a multimodal unlearning benchmark, ZorbLOK-VQA (Zorbing Outside Knowledge VQA), for "
         "MLLMs.", "", {(DATASET, "ZorbLOK-VQA")}),
    ],
    "a hyphened name alone in parentheses after its head": [
        # "we start from a pretrained image animation model (Wan-Animate), which naturally decouples appearance"
        ("We use a pretrained image animation model (Zorb-Animate) for editing.", "", {(MODEL, "Zorb-Animate")}),
        # negatives: a word of a long form in parentheses
        ("We propose ZAQ (Zorb-Animate Quill) for editing.", "", {(MODEL, "ZAQ")}),
    ],
    "who made a model, after 'developed by'": [
        # negatives: what a model made
        ("We study responses created by ZorbChat, a chatbot we deploy to 1,000 students.", "", {(MODEL, "ZorbChat")}),
        # "This paper introduces the Swedish BERT ("KB-BERT") developed by the KBLab for data-driven research"
        ("This paper introduces the Swedish BERT (\"ZB-BERT\") developed by the ZorbLab for research.", "",
         {(MODEL, "BERT"), (MODEL, "ZB-BERT")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("token", "expected"), [
    ("VFC4.5", "strong"), ("ZQR2.1", "strong"),
    # negatives: chemical formulas keep no name's shape
    ("NH4NO3", None), ("LiFePO4", None), ("N2O5", None),
])
def test_a_decimal_version_is_no_formula(token: str, expected: str | None) -> None:
    assert shape(token, load_patterns()) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a known model named before a hyphen-less 'based'": [
        # "we present the experiments which lead to the creation of our BERT and ELECTRA based German language
        # models, GBERT and GELECTRA"
        ("We present our BERT and ELECTRA based German language models, ZBERT and ZELECTRA.", "",
         {"BERT": "MENTIONS", "ELECTRA": "MENTIONS", "ZBERT": "INTRODUCES", "ZELECTRA": "INTRODUCES"}),
        ("We release our BERT based models, ZBERT and QBERT.", "",
         {"BERT": "MENTIONS", "ZBERT": "INTRODUCES", "QBERT": "INTRODUCES"}),
        # negatives: "based on" after the paper's name keeps it the paper's
        ("We present ZorbLM based on BERT.", "", {"ZorbLM": "INTRODUCES", "BERT": "USES"}),
        ("We propose ZorbLM fine-tuned on ZorbQA.", "", {"ZorbLM": "INTRODUCES", "ZorbQA": "EVALUATED_ON"}),
    ],
    "a result clause naming the paper's model with its head": [
        # "We propose a novel way of employing dropouts ... in MART, resulting in the DART algorithm."
        ("We add a memory to ZorbNet, resulting in the QuillNet algorithm.", "",
         {"ZorbNet": "USES", "QuillNet": "INTRODUCES"}),
        # negatives: another's result, a result given to a model
        ("We show that our pruning gives the Quill model a 2x speedup with negligible loss.", "", {"Quill": "USES"}),
        ("Prior work added a memory to ZorbNet, and QuillNet was faster.", "",
         {"ZorbNet": "MENTIONS", "QuillNet": "MENTIONS"}),
    ],
    "a variant the paper names in parentheses after a known model": [
        # 'This paper introduces the Swedish BERT ("KB-BERT")', "We also established a Chinese BERT model (CHMBERT)"
        ("This paper introduces the Swedish BERT (\"ZB-BERT\") developed by the lab.", "",
         {"BERT": "MENTIONS", "ZB-BERT": "INTRODUCES"}),
        ("We also established a Chinese BERT model (ZHMBERT) trained on a medical corpus.", "",
         {"BERT": "MENTIONS", "ZHMBERT": "INTRODUCES"}),
        # negatives: the reading of a name in quotes, a relationship established
        ("We use the nnU-Net ('no-new-Net') as our segmenter.", "", {"nnU-Net": "USES"}),
        ("We also established a link between BERT and ZHMBERT.", "", {"BERT": "MENTIONS", "ZHMBERT": "MENTIONS"}),
        ("We introduce ZorbLM (ZorbLM-Chat), an open clinical assistant tuned with RLHF.", "",
         {"ZorbLM": "INTRODUCES", "ZorbLM-Chat": "INTRODUCES"}),
    ],
    "the paper's models in apposition to 'our ... models'": [
        # a reviewer's "Our BERT and RoBERTa based models, Zorb-BERT and Zorb-RoBERTa, outperform mBERT and XLM-R."
        ("Our BERT and RoBERTa based models, Zorb-BERT and Zorb-RoBERTa, outperform XLM-R.", "",
         {"BERT": "MENTIONS", "RoBERTa": "MENTIONS", "Zorb-BERT": "INTRODUCES", "Zorb-RoBERTa": "INTRODUCES",
          "XLM-R": "COMPARES_WITH"}),
        # negatives: earlier models of ours, compared
        ("We compare with our previous models, ZorbA and ZorbB, a pair of detectors.", "",
         {"ZorbA": "COMPARES_WITH", "ZorbB": "COMPARES_WITH"}),
    ],
    "a name the paper presents as its own in other words": [
        # "Central to this work is EcoTaskSet, a dataset comprising training dynamics"
        ("Central to this work is ZorbSet, a dataset comprising training dynamics.", "", {"ZorbSet": "INTRODUCES"}),
        # "We used K-EmoPhone, a public dataset, ... and a new public dataset---DeepStress---to validate the findings"
        ("We used Quill-Phone, a public dataset, and a new public dataset---ZorbStress---to validate the findings.", "",
         {"Quill-Phone": "EVALUATED_ON", "ZorbStress": "INTRODUCES"}),
        # "a Mamba-based VLA that incorporates two custom modules: Gaussian Spatial Tokenizer (GST) to lift ..."
        ("We propose ZorbVLA, which incorporates two custom modules: Zorbian Spatial Tokenizer (ZST) and Quill Chain "
         "(QC).", "", {"ZorbVLA": "INTRODUCES", "ZST": "INTRODUCES", "QC": "INTRODUCES"}),
        # negatives: a public data set in apposition, a new data set others proposed
        ("We used Quill-Phone, a public dataset, for experimentation.", "", {"Quill-Phone": "EVALUATED_ON"}),
        ("We evaluate our detector on a new benchmark---HeronDrone---proposed by Lee et al. last year.", "",
         {"HeronDrone": "EVALUATED_ON"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "our BERT and ELECTRA based German language models, GBERT and GELECTRA": each from the one its name holds
    ("We present our BERT and ELECTRA based German language models, ZBERT and ZELECTRA.", "",
     {("ZBERT", "BERT"), ("ZELECTRA", "ELECTRA")}),
    ("We present ZBERT and ZELECTRA, our BERT and ELECTRA based German language models.", "",
     {("ZBERT", "BERT"), ("ZELECTRA", "ELECTRA")}),
    # "parameters of a DistilBERT model are initialized by a trained BERT model"
    ("In particular, parameters of a DistilBERT model are initialized by a trained BERT model.", "",
     {("DistilBERT", "BERT")}),
    ("The DistilBERT model is initialized from a trained BERT model.", "", {("DistilBERT", "BERT")}),
    ("We propose ZorbNet. Its weights are initialized by a pre-trained BERT model.", "", {("ZorbNet", "BERT")}),
    # "We propose a novel way of employing dropouts ... in MART, resulting in the DART algorithm"
    ("We propose a way of employing dropouts to tackle over-specialization in ZorbNet, resulting in the QuillNet "
     "algorithm.", "", {("QuillNet", "ZorbNet")}),
    # "We compare the original U-Net, a residual connection variant (RSC-UNet), and a ConvLSTM variant (RNN-UNet)"
    ("We compare the original ZorbNet, a residual variant (RSC-ZorbNet), and a recurrent variant (RNN-ZorbNet).", "",
     {("RSC-ZorbNet", "ZorbNet"), ("RNN-ZorbNet", "ZorbNet")}),
    # "It proposes an adaptation of the way C4.5 finds the threshold" (VFC4.5)
    ("This paper presents a novel algorithm so-called ZQC4.5. It proposes an adaptation of the way C4.5 finds "
     "the threshold.", "", {("ZQC4.5", "C4.5")}),
    # "We kept pretraining the BlueBERT model on the cancer corpus ... to obtain CancerBERT models"
    ("We kept pretraining the BlueBERT model on the cancer corpus to obtain ZorbBERT models.", "",
     {("ZorbBERT", "BlueBERT")}),
    # "We present Sailor, a family of open language models ... These models are continually pre-trained from Qwen1.5"
    ("We present Zailor, a family of open language models. These models are continually pre-trained from Qwen1.5.", "",
     {("Zailor", "Qwen1.5")}),
    # "Recently, DragGAN enables an interactive point-based image editing framework. ... we extend such an editing
    # framework to diffusion models and propose DragDiffusion"
    ("Recently, ZorbGAN enables an interactive image editing framework. However, it is based on generative "
     "adversarial networks (GAN). In this work, we extend such an editing framework to diffusion models and propose "
     "ZorbDiffusion.", "", {("ZorbDiffusion", "ZorbGAN")}),
    # "we start from a pretrained image animation model (Wan-Animate), which naturally decouples appearance"
    ("We propose ZorbLive, a framework. In detail, we start from a pretrained image animation model (Zorb-Animate), "
     "which decouples appearance from motion.", "", {("ZorbLive", "Zorb-Animate")}),
    ("We also established a Chinese BERT model (ZHMBERT) trained on a medical corpus.", "", {("ZHMBERT", "BERT")}),
    ("Our BERT and RoBERTa based models, Zorb-BERT and Zorb-RoBERTa, outperform XLM-R.", "",
     {("Zorb-BERT", "BERT"), ("Zorb-RoBERTa", "RoBERTa")}),
    ("We compare our BERT and GPT-2 based models, ZorbBERT and ZorbGPT, on five tasks.", "",
     {("ZorbBERT", "BERT"), ("ZorbGPT", "GPT-2")}),
    # a trial's "Our BERT-based models, PetrelBase and PetrelLarge, are pretrained on ..." gave PetrelBase alone
    ("Our BERT-based models, ZorbBase and ZorbLarge, are pretrained on 30M abstracts.", "",
     {("ZorbBase", "BERT"), ("ZorbLarge", "BERT")}),
    # "We therefore introduce SWIFT, ... A Swin V2 encoder pretrained on 10,444 public 3D CT volumes ... was adapted
    # to T2-weighted MRI"
    ("We introduce ZWIFT, a model for segmentation. A Swin V2 encoder pretrained on CT volumes was adapted to MRI.",
     "", {("ZWIFT", "Swin V2")}),
    ("We introduce ZWIFT, a model for segmentation. BERT was fine-tuned on SQuAD as a baseline.", "", set()),
    ("BERT was fine-tuned on clinical notes. We introduce ZWIFT, a model for segmentation.", "", set()),
    ("We propose Zorb, a data augmentation method for low-resource NER. BERT is fine-tuned on the augmented data, and "
     "Zorb improves F1 by 3 points.", "", set()),
    ("We present ZorbLong, a recurrent memory model. The LLaMA model was extended to 32k tokens in earlier work at "
     "great cost.", "", set()),
    ("We propose a token merging method for ViT that halves latency. We further extend this method to diffusion "
     "models and present ZorbMerge.", "", set()),
    ("Recent work has shown that GPT-4 can act as a reliable judge. We extend this paradigm to code review and "
     "propose Zorb.", "", set()),
    # negatives: an unnamed improvement of a known model, a comparison without a variant, initialization by a method
    ("Recent works propose ZorbA and ZorbB. These models are fine-tuned from BERT. We present Quillix, a family of "
     "open language models.", "", set()),
    ("Prior methods such as ZorbNet are slow. We propose QuillNet, a fast framework. We extend this framework to "
     "video.", "", set()),
    ("Recently, ZorbGAN and QuillGAN enable editing frameworks. We extend such an editing framework to diffusion "
     "models and propose ZorbDiffusion.", "", set()),
    ("An improved lightweight Faster R-CNN based on MobileNetV3 was proposed in this paper.", "", set()),
    ("We compare ZorbNet and RSC-ZorbNet on crack images.", "", set()),
    ("We propose ZorbNet. Its weights are initialized by Xavier initialization.", "", set()),
    ("Prior work added a memory to ZorbNet, resulting in QuillNet.", "", set()),
])
def test_the_parent_of_what_the_paper_presents(ex: Extractor, abstract: str, title: str,
                                               pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("title", "abstract", "aliases"), [
    # "DART: Dropouts meet Multiple Additive Regression Trees" over "MART, an ensemble model of boosted trees"
    ("Zorb: Dropouts meet Quill Additive Regression Trees", "QART, an ensemble model of boosted regression trees, is "
     "widely used. We improve QART.", ["Quill Additive Regression Trees"]),
    # negatives: capitals that spell only part of a longer run, a known name, a run the title opens with
    ("Zorb: Boosting Entity Retrieval Tasks", "We show that BERT rerankers benefit from our data.", []),
    ("Quill Additive Regression Trees for Ranking", "QART, an ensemble model, is widely used. We improve QART.", []),
    ("Zorb: Dropouts meet Quill Additive Regression Trees", "QAR, an ensemble model, is widely used. We improve QAR.",
     []),
])
def test_the_title_spells_an_acronym(ex: Extractor, title: str, abstract: str, aliases: list[str]) -> None:
    found = {tuple(e["aliases"]) for e in ex.spans(abstract, title)["entities"] if e["field"] == "abstract"}
    assert found == {tuple(aliases)}
