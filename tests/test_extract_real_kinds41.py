"""Kinds of fault seen in round 41 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a long form after the name, opening with a capital article": [
        # "Fine-tuning with CoLA (The Corpus of Linguistic Acceptability) using the pre-trained MaterialBERT"
        ("Fine-tuning with CoLO (The Corpus of Linguistic Oddity) using the pre-trained ZorbBERT showed a higher "
         "score.", "", {(DATASET, "CoLO"), (MODEL, "ZorbBERT")}),
        # negatives: a long form of a model keeps the model
        ("We compare with ZoBE (The Zorb Base Encoder) on our task.", "", {(MODEL, "ZoBE")}),
    ],
    "data named in apposition, its name opening with a known model's": [
        # "Experiments on the latest public dataset, ChatGPT-VDMEval, show the effectiveness of VTT-LLM"
        ("Experiments on the latest public dataset, ChatGPT-ZorbEval, show the effectiveness of our method.", "",
         {(DATASET, "ChatGPT-ZorbEval")}),
        # negatives: a model named after a known one, in apposition to a model
        ("We release our model, ChatGPT-Zorb, a chat assistant.", "", {(MODEL, "ChatGPT-Zorb")}),
    ],
    "names joined by a plus sign or an ampersand": [
        # "on the FFMPeg+Qemu, Reveal, and SVulD datasets"; "ATT&CK models known multi-step attacks"
        ("Our method improves F1 on the FFMPeg+Zorb, Reveal, and SVulD datasets, respectively.", "",
         {(DATASET, "FFMPeg+Zorb"), (DATASET, "Reveal"), (DATASET, "SVulD")}),
        ("ATT&CK models known multi-step attacks both tactically and technically. It is valuable to correlate CVE "
         "with ATT&CK.", "", set()),
        # negatives: a known model with a part stays no name
        ("We compare BERT+CRF with others on CoNLL.", "", {(DATASET, "CoNLL")}),
    ],
    "chemical formulas": [
        # "NH3/H2 ratios are compared with the recent experimental measurements"
        ("Results for neural surrogates are compared at NH3/H2 ratios and CO2 levels with the recent measurements of "
         "NH3-H2 flames and SiO2 films.", "", set()),
        # negatives: a data set and a model whose names are a letter and a number
        ("We pretrain ZorbLM on C4 and compare it with T5.", "", {(DATASET, "C4"), (MODEL, "T5"), (MODEL, "ZorbLM")}),
    ],
    "a capitalized plural long form of a class": [
        # "based on the Abstract Syntax Trees (ASTs)": a kind of structure, no model
        ("The proposed Zorb Tree (ZT) integrates the semantics of code statements based on the Abstract Syntax "
         "Trees (ASTs). It builds ASTs.", "", {(MODEL, "ZT")}),
        ("We present ZorbKG, which completes Knowledge Graphs (KGs) with rules.", "", {(MODEL, "ZorbKG")}),
    ],
    "a model family over a task's abbreviation": [
        # "into the training of Transformer-based SLP models" after "sign language production (SLP)"
        ("One of the challenges in neural quorn language production (QLP) lies in variance. These results point to "
         "the benefit of objectives for the training of Transformer-based QLP models.", "", set()),
    ],
    "a lower-case long form in apposition to the paper's method": [
        # "we introduce a simple yet effective method, speech only adaptation (SOA), based on ..."
        ("In this paper, we introduce a simple yet effective method, quorn only adaptation (QOA), based on speech "
         "foundation models (Wav2vec 2.0), which requires only speech input.", "",
         {(MODEL, "QOA"), (MODEL, "wav2vec 2.0")}),
    ],
    "capitals marking the letters of a name": [
        # "a Structured Natural Language Comment tree-based vulnerAbiLity dEtection framework ..., named SCALE"
        ("To mitigate the challenges, we propose a Structured Natural Language Comment tree-based vulnerAbiLity "
         "dEtection framework based on the pre-trained models, named ZCALE. ZCALE wins.", "", {(MODEL, "ZCALE")}),
        # negatives: a name in mixed case of its own
        ("We compare fastText with ZorbNet on our task.", "", {(MODEL, "fastText"), (MODEL, "ZorbNet")}),
    ],
    "a known model an abstract names as an example of a class": [
        # "The emergence of vision foundation models, especially Segment Anything, offers a path"
        ("The emergence of vision foundation models, especially Segment Anything, offers a path to universal "
         "segmentation. Our best model, MedicoZAM, is publicly available.", "",
         {(MODEL, "Segment Anything"), (MODEL, "MedicoZAM")}),
    ],
    "a learning-theory abbreviation": [
        # "the sample complexity of an (ε, δ)-PAC algorithm"
        ("Our main contribution is a lower bound on the sample complexity of an $(\\varepsilon, \\delta)$ -PAC "
         "algorithm for best policy identification. We discuss PAC-MDP bounds.", "", set()),
    ],
    "the last of a list of data written in several capitalized words": [
        # "on the SWaT, BATADAL, and Rare Event Classification datasets"
        ("The proposed model achieves better results on the SWaT, BATADAL, and Rare Zorb Classification datasets.",
         "", {(DATASET, "SWaT"), (DATASET, "BATADAL"), (DATASET, "Rare Zorb Classification")}),
    ],
    "generic architectures joined, one in lower case": [
        # "The proposed autoencoder-GAN model and detection algorithm"
        ("The proposed autoencoder-GAN model and detection algorithm improved the performance.", "", set()),
        ("We train a transformer-VAE model on speech.", "", set()),
    ],
    "a name with an underscore": [
        # "this paper proposes a novel U-Net-based image segmentation model, named U-Net_dc, which expands ..."
        ("This paper proposes a novel U-Net-based image segmentation model, named U-Zorb_dc, which expands the "
         "original U-Net encoder. The proposed U-Zorb_dc model outperforms all models.", "",
         {(MODEL, "U-Zorb_dc"), (MODEL, "U-Net")}),
        # negatives: a size written after an underscore is the model's size; matrices in plain text are no names
        ("We use the matrices W_Q and W_K of BERT_base.", "", {(MODEL, "BERT")}),
    ],
    "a detection score glued to its threshold": [
        # "the improved YOLOv5s achieves MAP0.5 and MAP0.5:0.95 of 64.6% and 40.1%"
        ("We propose ZorbDet, a detector. The improved detector achieves MAP0.5 and MAP0.5:0.95 of 64.6% and "
         "40.1% respectively.", "", {(MODEL, "ZorbDet")}),
    ],
    "a filtering task in capitals with its acronym": [
        # "Previous highly scalable One-Class Collaborative Filtering (OC-CF) methods such as Projected Linear
        # Recommendation (PLRec)"
        ("Previous highly scalable One-Class Zorb Filtering (OC-ZF) methods such as Projected Linear Quill (PLQuill) "
         "have advocated using fast randomized SVD.", "", {(MODEL, "PLQuill")}),
    ],
    "the paper's own labels of its data": [
        # "two fine-tuning datasets: Set A, a small subset emphasizing specific lexical items, and Set B, ..."
        ("Experiments were conducted using two fine-tuning datasets: Set A, a small subset emphasizing specific "
         "lexical items, and Set B, consisting of the entire ZorbSpeech dataset.", "", {(DATASET, "ZorbSpeech")}),
    ],
    "a name glued to 'and' by a lost space": [
        # "construct two text classification datasets, WCM (Wiki-Chinese-Minority) andCMNews (Chinese-Minority-News)"
        ("We propose ZorbLM, a language model. We evaluate ZorbLM on the ZorbQA andCZNews datasets.", "",
         {(MODEL, "ZorbLM"), (DATASET, "ZorbQA"), (DATASET, "CZNews")}),
        # negatives: words that hold "and" or "or" are no glue ("Sandy", "BrandNet")
        ("Sandy and Oregon tested the BrandNet baseline on our task.", "", {(MODEL, "BrandNet")}),
    ],
    "a list member of a capitalized word and a word in capitals": [
        # "We further validate our approach with experiments on Fed-IXI and Prostate MRI datasets."
        ("We propose ZorbFed, a federated tuning method. We further validate our approach with experiments on "
         "Fed-IXI and Prostate MRI datasets.", "",
         {(MODEL, "ZorbFed"), (DATASET, "Fed-IXI"), (DATASET, "Prostate MRI")}),
    ],
    "an abstract on biology that introduces an autoencoder": [
        # "introducing the Supervised Contrastive Variational Autoencoder (SC-VAE)" among cells, genes and Cas9
        ("CRISPR technology, combined with single-cell RNA-Seq, allows interrogations of gene functions in cells. "
         "Such data poses challenges due to variable Cas9 efficiency and protein levels. Existing tools, like "
         "ZorbVI, provide partial solutions. Here, we introduce the Supervised Quill Variational Autoencoder "
         "(SQ-VAE), which learns disentangled representations. SQ-VAE is more sensitive than ZorbVI.", "",
         {(MODEL, "SQ-VAE"), (MODEL, "ZorbVI")}),
    ],
    "two models' names joined by a dash, the second in lower case": [
        # "By integrating GhostNet as the backbone network of YOLOv8 ... YOLOv8s-ghost has a 9% decrease in mAP"
        ("By integrating ZorbNet as the backbone network of YOLOv8, the model has been lightweighted. Experiments "
         "demonstrate that YOLOv8s-zorb has a 9% decrease in mAP when compared to YOLOv8s.", "",
         {(MODEL, "ZorbNet"), (MODEL, "YOLOv8"), (MODEL, "YOLOv8s-zorb")}),
        ("By integrating ZorbNet as the encoder of BERT, the model has been lightweighted. Experiments demonstrate "
         "that BERT-zorb has a 9% drop in accuracy when compared to BERT.", "",
         {(MODEL, "ZorbNet"), (MODEL, "BERT"), (MODEL, "BERT-zorb")}),
        # negatives: a participle after a name
        ("We train on BART-generated summaries from Generative models and compare with YOLOv8.", "",
         {(MODEL, "BART"), (MODEL, "YOLOv8")}),
    ],
    "a list of data after an em dash": [
        # "Extensive experiments on three major aerial image datasets—VisDrone2019, AI-TOD, and DOTA—demonstrate"
        ("To address this, we propose QZ-YOLOv8, a lightweight network. Extensive experiments on three major aerial "
         "image datasets\u2014VisZorb2019, AI-ZOD, and ZOTA\u2014demonstrate that QZ-YOLOv8 balances accuracy and "
         "efficiency.", "", {(MODEL, "QZ-YOLOv8"), (DATASET, "VisZorb2019"), (DATASET, "AI-ZOD"),
                              (DATASET, "ZOTA")}),
    ],
    "a level of a feature pyramid": [
        # "remove the P5 detection layer", "introducing a high-resolution P2 enhancement layer"
        ("To address this, we propose QZ-YOLOv8, a lightweight network. First, we remove the P5 detection layer. "
         "Finally, we introduce a high-resolution P2 enhancement layer.", "", {(MODEL, "QZ-YOLOv8")}),
        # negatives: a model whose name is a letter and a digit, before a layer word
        ("We compare our detector with the T5 encoder layers on our benchmark.", "", {(MODEL, "T5")}),
    ],
    "a title's name the abstract calls data": [
        # "SAINT+: Integrating Temporal Features for EdNet Correctness Prediction" and "on EdNet, the largest
        # publicly available benchmark dataset"
        ("We propose ZAINT+, a successor of ZAINT. We evaluate ZAINT+ on ZedNet, the largest publicly available "
         "benchmark dataset in the education domain.", "ZAINT+: Integrating Temporal Features for ZedNet Prediction",
         {(MODEL, "ZAINT+"), (MODEL, "ZAINT"), (DATASET, "ZedNet")}),
    ],
    "identifiers and common terms of other fields": [
        # "grant HP-00064387"; "pre-trained DNA models"; "an item-based CF method"
        ("We propose ZorbActive, an active learning method. This work was supported by grant HP-00064387. We "
         "compare it with pre-trained DNA models and an item-based CF method.", "", {(MODEL, "ZorbActive")}),
    ],
    "a kind of methods named after a term": [
        # "This paper presents AD techniques available in ROOT"
        ("In mathematics, automatic quorning (AQ) is a set of techniques to evaluate the derivative of a function. "
         "AQ takes source code of a function as input. This paper presents AQ techniques available in ROOT.", "",
         set()),
        # negatives: a name the paper presents
        ("This paper presents ZorbAD, a new model for gradients.", "", {(MODEL, "ZorbAD")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a name in parentheses after 'dubbed as'": [
        # "we hereby propose alternative retrieval oriented masking (dubbed as ROM) strategy"
        ("We hereby propose alternative quorn oriented masking (dubbed as QOM) strategy where more important tokens "
         "are masked. Our experiments verify that the proposed QOM helps language model pre-training.", "",
         {"QOM": "INTRODUCES"}),
    ],
    "a model proposed in the passive after 'based on which'": [
        # "based on which a novel Full Graph Neural Network (FGNN) is proposed to learn ..."
        ("First, each session is represented as a graph rather than a linear sequence structure, based on which a "
         "novel Full Zorb Neural Network (FZNN) is proposed to learn item dependency. FZNN wins.", "",
         {"FZNN": "INTRODUCES"}),
        # negatives: proposed by others
        ("Based on this, a Full Zorb Neural Network (FZNN) was proposed by Li et al. We compare with FZNN.", "",
         {"FZNN": "COMPARES_WITH"}),
    ],
    "a name after an em dash closing the object's phrase": [
        # "this article proposes an effective pest detection algorithm for small targets——YOLO-Pest."
        ("To address this issue, this article proposes an effective pest detection algorithm for small "
         "targets\u2014\u2014ZOLO-Pest. It is fast.", "", {"ZOLO-Pest": "INTRODUCES"}),
        ("We propose a new tracker for crowded scenes\u2014ZorbTrack. It is fast.", "", {"ZorbTrack": "INTRODUCES"}),
        # negatives: a dash after a modifier's own noun phrase with a comma in it
        ("We evaluate a detector on two benchmarks, old and new\u2014ZorbSet. It is hard.", "",
         {"ZorbSet": "EVALUATED_ON"}),
    ],
    "the key component of the paper's named method": [
        # "The key component of FedALA is an Adaptive Local Aggregation (ALA) module, which ..."
        ("To address this, we propose a method Federated learning with Adaptive Local Zorbing (FedALZ). The key "
         "component of FedALZ is an Adaptive Local Zorbing (ALZ) module, which aggregates models.", "",
         {"FedALZ": "INTRODUCES", "ALZ": "INTRODUCES"}),
        # negatives: a component of others' model
        ("We study large models. The key component of the Transformer is a Zorb Attention (ZA) layer, which mixes "
         "tokens.", "", {"Transformer": "MENTIONS", "ZA": "MENTIONS"}),
    ],
    "models of a known kind the paper trains and releases": [
        # "We release our GPT-2 models trained from scratch and our code for inference"
        ("ZorbPatent is our codename for patent text generation. We release our GPT-2 models trained from scratch "
         "and our code for inference.", "ZorbPatent-2: Controlling Patent Text Generation",
         {"ZorbPatent-2": "INTRODUCES", "ZorbPatent": "MENTIONS", "GPT-2": "MENTIONS"}),
        # negatives: a new name the paper releases; the gazetteer's name of the paper's own model
        ("We release our ZorbGPT models trained from scratch.", "", {"ZorbGPT": "INTRODUCES"}),
        ("We also publicly release Flan-T5 checkpoints, which achieve strong few-shot performance.", "",
         {"Flan-T5": "INTRODUCES"}),
    ],
    "improvements the paper proposes to a standard model": [
        # "we propose two enhancements to the standard Progressive Transformers (PT) architecture (Saunders et al.)"
        ("To improve robustness to such variations, we propose two enhancements to the standard Marlin Transformers "
         "(MT) architecture (Smith et al., 2020). First, we add a loss.", "", {"MT": "USES"}),
        ("We propose modifications to the ZorbFormer architecture that halve its memory.", "", {"ZorbFormer": "USES"}),
        # negatives: a model the paper names as its own
        ("We propose ZorbFormer, an enhancement of the Transformer for long inputs.", "",
         {"ZorbFormer": "INTRODUCES", "Transformer": "MENTIONS"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, title: str,
                                                 expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


STATED = [
    # "a simple yet effective method, speech only adaptation (SOA), based on speech foundation models (Wav2vec 2.0)"
    ("", "In this paper, we introduce a simple yet effective method, quorn only adaptation (QOA), based on speech "
     "foundation models (Wav2vec 2.0), which requires only speech input.", {("QOA", "wav2vec 2.0")}),
    ("", "We propose ZorbDet, a detector built on vision transformers (ViT), for small objects.",
     {("ZorbDet", "Vision Transformer")}),
    # "we study how to improve Segment Anything ... Our best model, MedicoSAM, is publicly available"
    ("", "Here, we study how to improve Segment Anything for medical images by comparing finetuning strategies. Our "
     "best model, MedicoZAM, is publicly available.", {("MedicoZAM", "Segment Anything")}),
    # "combines the Barlow Twins self-supervised learning framework with DER (Data-Efficient Rainbow) algorithm"
    ("ZorbRL: Barlow Twins for Reinforcement Learning", "This paper introduces ZorbRL, a data-efficient agent that "
     "combines the Barlow Twins self-supervised learning framework with a rainbow algorithm.",
     {("ZorbRL", "Barlow Twins")}),
    # "we fine-tune three leading LLMs within this framework, including Flan-T5, LLaMa2 and Gemma"
    ("", "In this paper, we introduce ZorbKG, a novel framework that leverages large language models for knowledge "
     "graph tasks. To show its efficacy, we fine-tune three leading LLMs within this framework, including Flan-T5, "
     "LLaMa2 and Gemma.", {("ZorbKG", "Flan-T5"), ("ZorbKG", "LLaMa2"), ("ZorbKG", "Gemma")}),
    # a title's capitalized phrase after "based on" that the abstract writes in lower case is no parent
    ("K-Zorb 2.0: Speech Recognition based on Joint Decoding of Graphemes and Syllables", "In this paper, we present "
     "K-Zorb 2.0, which is a modified version of Wav2vec 2.0. Moreover, a joint decoder is applied.",
     {("K-Zorb 2.0", "wav2vec 2.0")}),
    ("Zorbix: Image Recognition based on Quill Echo Networks", "We present Zorbix, which extends Quill Echo Networks "
     "with gating.", {("Zorbix", "Quill Echo Network")}),
    # negatives: the paper's own module, whose name its method's holds ("FedALA" and "ALA"), is no base of it
    ("", "To address this, we propose a method Federated learning with Adaptive Local Zorbing (FedALZ). The key "
     "component of FedALZ is an Adaptive Local Zorbing (ALZ) module, which aggregates models.", set()),
    ("", "We propose Code-Zwen, a code model tuned from Zwen. Code-Zwen wins.", {("Code-Zwen", "Zwen")}),
    # "This paper introduces Bayesian Hierarchical Low-Rank Adaption (BoRA) ... such as Low-Rank Adaption (LoRA)":
    # the paper's long form holds another's
    ("", "This paper introduces Bayesian Hierarchical Low-Rank Zorbing (BoRZ), a novel method for finetuning LLMs. "
     "Current finetuning approaches, such as Low-Rank Zorbing (LoRZ), perform well.", {("BoRZ", "LoRZ")}),
    # "Our algorithm is based on Neural DUDE (N-DUDE), a recently proposed ... denoiser": its capitals spell it
    ("", "We propose a novel iterative channel estimation (ICE) algorithm. Our algorithm is based on Quill DUDE "
     "(Q-DUDE), a recently proposed neural network-based discrete denoiser.", {("ICE", "Q-DUDE")}),
    # negatives: long forms of others' methods, compared
    ("", "We compare Bayesian Low-Rank Zorbing (BLRZ) with Low-Rank Zorbing (LoRZ) on three tasks.", set()),
    # negatives: a benchmark paper tunes models to test them
    ("", "We introduce ZorbQA, a benchmark for questions. We fine-tune three LLMs, including Flan-T5 and Gemma, and "
     "find them weak.", set()),
    # negatives: a class in parentheses' stead, and an example after "e.g."
    ("", "The proposed Zorb Tree (ZT) integrates the semantics of code statements based on the Abstract Syntax "
     "Trees (ASTs).", set()),
    ("", "We propose ZorbDet, a detector compared with vision transformers (ViT) on small objects.", set()),
]


@pytest.mark.parametrize(("title", "abstract", "pairs"), STATED)
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("abstract", "name", "alias"), [
    # "The present paper introduces the nnU-Net ('no-new-Net')": a quoted reading in parentheses
    ("The U-Net was presented in 2015. The present paper introduces the zzU-Net ('zero-zorb-Net'), which refers "
     "to a robust framework.", "zzU-Net", "zero-zorb-Net"),
    ("We evaluate on ZoLO (The Zorb Corpus of Linguistic Oddity) and report accuracy.", "ZoLO",
     "Zorb Corpus of Linguistic Oddity"),
    ("In this paper, we introduce a simple yet effective method, quorn only adaptation (QOA), based on wav2vec 2.0.",
     "QOA", "quorn only adaptation"),
    # "we propose CINO (Chinese Minority Pre-trained Language Model), a multilingual ...": capitalized words
    # right after the name the paper proposes, whatever letters it picked
    ("In this paper, we propose ZINO (Zorbish Minority Pre-trained Language Model), a multilingual language model. "
     "ZINO wins.", "ZINO", "Zorbish Minority Pre-trained Language Model"),
    # "Our proposed model, the Multiple MLP-Mixer (Multi-MLP-Mixer), integrates ...": a word clipped in the name
    ("This study builds a surrogate model with the MLP-Mixer architecture. Our proposed model, the Multiple "
     "MLP-Mixer (Multi-MLP-Mixer), integrates global and local information.", "Multi-MLP-Mixer",
     "Multiple MLP-Mixer"),
])
def test_a_spelled_or_quoted_reading_of_a_name_is_its_alias(ex: Extractor, abstract: str, name: str,
                                                            alias: str) -> None:
    found = ex.spans(abstract)["entities"]
    assert alias in {a for e in found if e["name"] == name for a in e["aliases"]}
