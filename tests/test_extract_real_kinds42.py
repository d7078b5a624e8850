"""Kinds of fault seen in round 42 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a design nested in itself": [
        # "we propose a novel MSA model built on the Transformer-in-Transformer architecture"
        ("We build a tagger on the Zorb-in-Zorb architecture and compare it with Transformer-in-Transformer.", "",
         {(MODEL, "Zorb-in-Zorb"), (MODEL, "Transformer-in-Transformer")}),
        # negatives: a task of two words joined
        ("We study Text-in-Image retrieval and Sequence-to-Sequence models.", "", set()),
    ],
    "a task's or a quantity's abbreviation in lower case": [
        # "a deep learning method for music structure analysis (MSA) ... we propose a novel MSA model";
        # "conditional average treatment effects (CATE) ... a CATE model"; "a randomized controlled trial (RCT)
        # ... the RCT dataset"
        ("This paper describes a method for quorn pattern analysis (QPA) that splits a signal. We propose a novel "
         "QPA model built on the Transformer.", "", {(MODEL, "Transformer")}),
        ("Estimating conditional average zorb effects (CAZE) is hard. We propose a CAZE estimation method and a "
         "CAZE model. A small dataset from a randomized zorbed trial (RZT) is available; we use the RZT dataset.",
         "", set()),
        # negatives: a procedure in lower case names a method; the paper's own lower-case method
        ("AudioZorb is built on contrastive zorb-audio pretraining (CZAP) latents. The pretrained CZAP models help.",
         "", {(MODEL, "AudioZorb"), (MODEL, "CZAP")}),
        ("We propose quorn pattern analysis (QPA), a new method. QPA wins.", "", {(MODEL, "QPA")}),
    ],
    "a name ending in a model word before a data head": [
        # "we validate our approach on the Long Range Graph Benchmark, the City-Networks benchmark, and ..."
        ("We validate our approach on the Quorn-Networks benchmark and the Zorb Graph Networks dataset.", "",
         {(DATASET, "Quorn-Networks"), (DATASET, "Zorb Graph Networks")}),
        # negatives: the same shape before a model head
        ("We propose the Gated Zorb Network for tagging.", "", {(MODEL, "Gated Zorb Network")}),
    ],
    "a data set the paper makes, of model evaluations": [
        # "We introduce TabRepo, a new dataset of tabular model evaluations and predictions."
        ("We introduce ZorbRepo, a new dataset of tabular model evaluations and predictions. ZorbRepo holds the "
         "predictions of 1206 models.", "", {(DATASET, "ZorbRepo")}),
        # negatives: a collection of models is models
        ("We release ZorbSuite, a collection of language models trained on code.", "", {(MODEL, "ZorbSuite")}),
    ],
    "a metric that a known model's name spells": [
        # "outperforms ... on several metrics, e.g., 18.39% on RMSE, 21.70% on MAE, 21.24% on MAPE, and 2.11% on R2"
        ("The proposed model outperforms the baselines on several metrics, e.g., 18.39% on RMSE, 21.70% on MAE, "
         "21.24% on MAPE, and 2.11% on R2.", "", set()),
        # negatives: the model of that name, used
        ("We pretrain a ViT with MAE and gain 2% on ImageNet.", "",
         {(MODEL, "Vision Transformer"), (MODEL, "MAE"), (DATASET, "ImageNet")}),
    ],
    "a long form's first word after a list's comma": [
        # "Federated Stochastic Gradient Descent (FedSGD), Stochastic Controlled Averaging for Federated Learning
        # (SCAFFOLD), and Federated Proximal (FedProx)": "Stochastic" is no item
        ("We compare four algorithms: Zorb Averaging (ZorbAvg), Quorn Controlled Averaging for Zorb Learning "
         "(QUORNFOLD), and Zorb Proximal (ZorbProx).", "",
         {(MODEL, "ZorbAvg"), (MODEL, "Quorn Controlled Averaging for Zorb Learning"), (MODEL, "ZorbProx")}),
        ("This paper compares three algorithms in detail: Zorb Averaging (ZorbAvg), Quorn Controlled Averaging "
         "for Zorb Learning (QUORNFOLD), and Zorb Proximal (ZorbProx).", "", {(MODEL, "ZorbAvg"), (MODEL, "ZorbProx")}),
    ],
    "data sets for a task, listed after 'including'": [
        # "on benchmark datasets for multi-source domain adaptation including Digits-five, Office-Caltech10, and
        # Office-31"
        ("Our method achieves state-of-the-art performance on benchmark datasets for multi-source domain "
         "adaptation including Zorb-10, Quorn-Caltech10, and Quorn-31.", "",
         {(DATASET, "Zorb-10"), (DATASET, "Quorn-Caltech10"), (DATASET, "Quorn-31")}),
    ],
    "data scored in a list of baselines": [
        # "competitive with strong baselines (e.g., PolBooks: NMI 0.60, ARI 0.67; Facebook: silhouette 0.85)"
        ("ZorbGNN is competitive with strong baselines (e.g., QuornBooks: NMI 0.60, ARI 0.67).", "",
         {(MODEL, "ZorbGNN"), (DATASET, "QuornBooks")}),
        # negatives: a baseline described after a colon
        ("We compare with baselines (e.g., QuornGNN: a graph model).", "", {(MODEL, "QuornGNN")}),
    ],
    "a model the title improves on": [
        # "Task similarity aware meta learning: theory-inspired improvement on MAML"
        ("ZAML has achieved remarkable success in few-shot learning. We analyse ZAML.",
         "Task aware meta learning: theory-inspired improvement on ZAML", {(MODEL, "ZAML")}),
    ],
    "a system named in apposition after a setting's word": [
        # "This paper introduces optical flow motion segmentation-based SLAM(OS-SLAM), a dynamic environment SLAM
        # system"
        ("This paper introduces QZ-SLAM, a dynamic environment SLAM system. QZ-SLAM fuses optical flow.", "",
         {(MODEL, "QZ-SLAM")}),
        # negatives: a data set for models; a benchmark environment
        ("We introduce ZorbSet, a dataset for model evaluation.", "", {(DATASET, "ZorbSet")}),
        ("We introduce ZorbGym, a benchmark environment for agents.", "", {(DATASET, "ZorbGym")}),
    ],
    "the kind of a framework the paper names next": [
        # "we propose a weakly supervised learning (WSL) framework entitled Chest-OMDL for ..."
        ("To address this, we propose a weakly supervised learning (WSL) framework entitled Chest-ZMDL for "
         "detection in chest CT. Chest-ZMDL trains DL models.", "", {(MODEL, "Chest-ZMDL")}),
        # negatives: the framework the abbreviation names
        ("We propose a self-refining decoding (SRD) framework that improves text. SRD wins.", "", {(MODEL, "SRD")}),
    ],
    "a name of capitalized words before a data head": [
        # "a word error rate of 27.3% on the Wall Street Journal corpus"
        ("The system achieves a word error rate of 27.3% on the Zorb Street Journal corpus with no lexicon.", "",
         {(DATASET, "Zorb Street Journal")}),
        # negatives: adjectives before a plural noun
        ("We compare RoPE, Sinusoidal and Learned positional encodings.", "", {(MODEL, "RoPE")}),
    ],
    "a title's qualifiers before the name the abstract gives": [
        # "Provably Safe Stein Variational Clarity-Aware Informative Planning" over "we present Stein Variational
        # Clarity-Aware Informative Planning, a framework ..."
        ("Building on this, we present Zorb Variational Informative Planning, a framework that embeds clarity "
         "dynamics.", "Provably Safe Zorb Variational Informative Planning",
         {(MODEL, "Zorb Variational Informative Planning")}),
        # negatives: a one-word name the title qualifies
        ("We compress ZorbNet.", "Tiny ZorbNet: small models", {(MODEL, "Tiny ZorbNet"), (MODEL, "ZorbNet")}),
    ],
    "a method named with its paper's citation": [
        # "Recent advances in experience replay propose using Mixup (Zhang et al., 2018) to further improve ..."
        ("Recent advances propose using Zorbmix (Zhang et al., 2018) to further improve sample efficiency.", "",
         {(MODEL, "Zorbmix")}),
        # negatives: an author before a citation
        ("As shown by Smith (Smith et al., 2018), the bound holds.", "", set()),
    ],
    "a spelled-out model written with a plural 's'": [
        # "we introduce Symplectic Momentum Neural Networks (SyMo) ... leads SyMos to be constrained"
        ("In this paper we introduce Zorbic Momentum Neural Networks (ZyMo) as models. The formulation leads ZyMos "
         "to be constrained.", "", {(MODEL, "ZyMo")}),
        # negatives: another letter after the name makes another name ("SAMI" beside "SAM")
        ("We build on the Segment Zorb Model (SZM). We present SZMI, which pretrains SZM with masked images.", "",
         {(MODEL, "SZM"), (MODEL, "SZMI")}),
    ],
    "a model named after a known one under a common abbreviation": [
        # "masks generated by the Segment Anything by Text (SAT) model"
        ("Chest-ZMDL trains models on masks generated by the Segment Anything by Text (SAT) model.", "",
         {(MODEL, "Chest-ZMDL"), (MODEL, "Segment Anything by Text")}),
        # negatives: a field in a framework
        ("Our goal is a system for letters provided by a user in a Human Computer Interaction (HCI) framework.", "",
         set()),
    ],
    "a known model before the head of a long form": [
        # "Chest-OMDL employs a Y-shaped Mamba model (Y-Mamba), comprising a feature extractor, ..."
        ("We propose Chest-ZMDL. Specifically, Chest-ZMDL employs a Y-shaped Mamba model (Y-Mamba), comprising a "
         "feature extractor and a decoder. Y-Mamba is trained with a multi-task loss.", "",
         {(MODEL, "Chest-ZMDL"), (MODEL, "Mamba"), (MODEL, "Y-Mamba")}),
    ],
    "a known model ending a long form of capitalized words and function words": [
        # negatives of "a Y-shaped Mamba model (Y-Mamba)": "from" is no lower-case word of the name
        ("We introduce a new language representation model called Zorbic Encoder Representations from Transformers "
         "(ZERT). ZERT wins.", "", {(MODEL, "ZERT")}),
    ],
    "words of notation and of other sciences in a model's place": [
        # "N-1, 1-N and N-N predictions still remain challenging"; "from O(L2) to O(LlogL)"; "respiratory viruses
        # such as SARS-CoV-2"
        ("However, N-1, 1-N and N-N predictions remain challenging for TransE.", "", {(MODEL, "TransE")}),
        ("Sparse attention cuts the cost from O(L2) to O(LlogL) in our Informer variant.", "",
         {(MODEL, "Informer")}),
        ("Diagnosis is complex due to emerging respiratory viruses such as ZARS-CoV-9. We use VGG16.", "",
         {(MODEL, "VGG16")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a model the paper's own model utilizes": [
        # "this study presents a deep learning-based skin lesion classification model utilizing the Swin
        # Transformer architecture"
        ("This study presents a deep learning-based lesion classification model utilizing the Swin Transformer "
         "architecture.", "", {"Swin Transformer": "USES"}),
        # negatives: a name the paper presents
        ("This study presents ZorbSkin, a lesion classification model.", "", {"ZorbSkin": "INTRODUCES"}),
    ],
    "the authors' earlier model": [
        # "We recently proposed a time-domain solution, SpEx, that avoids ... we propose ... SpEx+"
        ("We recently proposed a time-domain solution, ZorbEx, that avoids phase estimation. Here we propose a "
         "complete solution, called ZorbEx+.", "", {"ZorbEx": "MENTIONS", "ZorbEx+": "INTRODUCES"}),
        # negatives: the paper's own, proposed here
        ("We propose a time-domain solution, ZorbEx, that avoids phase estimation.", "", {"ZorbEx": "INTRODUCES"}),
    ],
    "a model the title's method uses": [
        # "Personalized Product Recommendation Method ... Using DeepFM" over "a ... method using deep factorization
        # machine (DeepFM) ... is proposed"
        ("A product recommendation method using deep zorbing machine (DeepZM) to analyze user behavior is proposed. "
         "Then, through the DeepZM sharing strategy, relations are learned.",
         "Product Recommendation Method for Analyzing User Behavior Using DeepZM", {"DeepZM": "USES"}),
        # negatives: the title's name the paper's abstract uses as its own
        ("We propose a routing scheme. ZorbNet learns to route tokens and beats MoE.", "Sparse Routing with ZorbNet",
         {"ZorbNet": "INTRODUCES"}),
    ],
    "two models' names joined, the paper integrating both": [
        # "this paper proposes a tea bud detection algorithm integrating GhostNet and YOLOv5 ... the precision of
        # GhostNet-YOLOv5 is 76.31%"
        ("This paper proposes a bud detection algorithm integrating ZorbNet and YOLOv5. The precision of "
         "ZorbNet-YOLOv5 is 76.31%, higher than that of Faster RCNN and YOLOv5.", "",
         {"ZorbNet-YOLOv5": "INTRODUCES", "ZorbNet": "MENTIONS", "YOLOv5": "COMPARES_WITH",
          "Faster R-CNN": "COMPARES_WITH"}),
        # negatives: others' joined names, compared
        ("We compare ZorbNet-YOLOv5 with YOLOv5 and ZorbNet.", "",
         {"ZorbNet-YOLOv5": "COMPARES_WITH", "YOLOv5": "USES", "ZorbNet": "USES"}),
    ],
    "a model the abstract named, qualified in lower-case words": [
        # "MAML has achieved remarkable success ... we propose a theory-inspired task similarity aware MAML which"
        ("ZAML has achieved remarkable success in few-shot learning. Then we propose a theory-inspired task "
         "similarity aware ZAML which clusters tasks into groups.", "", {"ZAML": "USES"}),
        # negatives: the paper's own name, written first
        ("We propose ZAML, which clusters tasks into groups.", "", {"ZAML": "INTRODUCES"}),
    ],
    "a model after the paper's own name, in the paper's phrase": [
        # "Our SPLATE ColBERTv2 pipeline achieves the same effectiveness as the PLAID ColBERTv2 engine"
        ("In this work, we introduce ZPLATE, a simple adaptation of the ColBERTv2 model. Our ZPLATE ColBERTv2 "
         "pipeline runs on CPUs.", "", {"ZPLATE": "INTRODUCES", "ColBERTv2": "USES"}),
        # negatives: the paper's own name after "our"
        ("Our 128-expert task-MoE wins.", "", {"task-MoE": "INTRODUCES"}),
    ],
    "examples of well-known models after the paper's own": [
        # "trained using the proposed and some well-known convolutional neural networks, such as LeNet AlexNet,
        # GoogLeNet and VGG16"
        ("The datasets were trained using the proposed and some well-known convolutional neural networks, such as "
         "LeNet AlexNet, GoogLeNet and VGG16.", "",
         {"LeNet": "MENTIONS", "AlexNet": "MENTIONS", "GoogLeNet": "MENTIONS", "VGG16": "MENTIONS"}),
    ],
    "the paper's model in apposition to its modification of another": [
        # "This paper introduces a simple, yet powerful modification to the simple RNN (SRN) architecture, the
        # Clockwork RNN (CW-RNN), in which ..."
        ("This paper introduces a simple, yet powerful modification to the simple RNN (SRN) architecture, the "
         "Quornwork RNN (QW-RNN), in which the hidden layer is partitioned into modules.", "A Quornwork RNN",
         {"SRN": "USES", "QW-RNN": "INTRODUCES"}),
    ],
    "the authors' model of an earlier study": [
        # "In our previous study, we developed a deep learning method DeepAtrophy that uses ..."
        ("In our previous study, we developed a deep learning method DeepZtrophy that uses a convolutional network. "
         "In this paper, we propose Regional Deep Ztrophy (RDZ), which combines the approach from DeepZtrophy with "
         "attention.", "", {"DeepZtrophy": "USES", "RDZ": "INTRODUCES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    ("", "This paper proposes a bud detection algorithm integrating ZorbNet and YOLOv5. The precision of "
     "ZorbNet-YOLOv5 is 76.31%, higher than that of YOLOv5.", {("ZorbNet-YOLOv5", "ZorbNet"),
                                                               ("ZorbNet-YOLOv5", "YOLOv5")}),
    # negatives: others' joined names
    ("", "We compare ZorbNet-YOLOv5 with YOLOv5 and ZorbNet.", set()),
    # "RUBERT a bilingual Roman Urdu model created by additional pretraining of English BERT"
    ("", "We also propose ZUBERT, a bilingual Roman Urdu model created by additional pretraining of English BERT.",
     {("ZUBERT", "BERT")}),
    # "augments ... DuelDQN ... with modules based on the neuro-symbolic framework of Logic Tensor Networks (LTNs)"
    ("", "We introduce ZymDQN, a modular approach that augments the existing Dueling Deep Q-Networks (DuelDQN) "
     "architecture with modules based on the neuro-symbolic framework of Logic Zorb Networks (LZNs).",
     {("ZymDQN", "DuelDQN"), ("ZymDQN", "LZN")}),
    # "GNFactor jointly optimizes ... a Perceiver Transformer as a decision-making module"
    ("", "We present GNZactor, an agent. GNZactor uses a Perceiver Transformer as a decision-making module.",
     {("GNZactor", "Perceiver Transformer")}),
    # "DF-Conformer: Integrated architecture of Conv-TasNet and Conformer using linear complexity self-attention"
    ("ZF-Conformer: Integrated architecture of Conv-TasNet and Conformer for speech enhancement",
     "We aim to improve the mask prediction network.", {("ZF-Conformer", "Conv-TasNet"),
                                                         ("ZF-Conformer", "Conformer")}),
    ("ZF-Zorb: An integration of Conv-TasNet and Conformer for speech enhancement", "We aim to improve it.",
     {("ZF-Zorb", "Conv-TasNet"), ("ZF-Zorb", "Conformer")}),
    # "we propose a novel approach, HuMP-CAT, which combines HuBERT (Hidden Unit BERT), MFCC (...), and ..."
    ("", "In this study, we propose a novel approach, ZuMP-CAT, which combines HuBERT (Hidden Unit BERT), MFCC "
     "(Mel-Frequency Cepstral Coefficients), and prosodic features.", {("ZuMP-CAT", "HuBERT")}),
    # "... introduce Symplectic Momentum Neural Networks (SyMo) ... We extend SyMos to include ... which leads to
    # End-to-End Symplectic Momentum Neural Networks (E2E-SyMo)": the plural is the model
    ("", "In this paper we introduce Zorbic Momentum Neural Networks (ZyMo) as models. We extend ZyMos to include "
     "integrators, which leads to End-to-End Zorbic Momentum Neural Networks (E2E-ZyMo).", {("E2E-ZyMo", "ZyMo")}),
    # "present a multi-input multi-output U-net (MIMO-UNet)": a lower-case long form ending in a known model
    ("", "We revisit the coarse-to-fine strategy and present a single-input multi-output U-net (SIMO-UNet). The "
     "single encoder of the SIMO-UNet takes images.", {("SIMO-UNet", "U-Net")}),
    # negatives: a long form of capitalized words holding a known model; the known model's own long form
    ("", "We propose the Hidden-Unit BERT (ZuBERT) approach for speech representation learning.", set()),
    ("", "Specifically, we study plug-and-play Low-Rank Adapters (LoRA) in a federated manner to adapt the Segment "
     "Anything Model (SAM) for 3D medical image segmentation.", set()),
    # "RCSegNeXt: Efficient multi-scale ConvNeXt for ...": a title's name in apposition to an efficient known model
    ("ZegNeXt: An Efficient ConvNeXt for Segmentation", "This study proposes ZegNeXt, a segmentation architecture.",
     {("ZegNeXt", "ConvNeXt")}),
    # "Recent advances in experience replay propose using Mixup (Zhang et al., 2018) ... We build upon this technique
    # with Neighborhood Mixup Experience Replay (NMER)": the one model the sentence before names
    ("Neighborhood Zorbmix Experience Replay: Local Convex Interpolation", "Recent advances propose using Zorbmix "
     "(Zhang et al., 2018) to improve sample efficiency. We build upon this technique with Neighborhood Zorbmix "
     "Experience Replay (NZER), a replay buffer.", {("NZER", "Zorbmix")}),
    # negatives: the sentence before names two models
    ("", "Recent work compares BERT and GPT-2. We build upon this work with ZorbLM, a model.", set()),
    # "we extend C-UCB and C-TS to the linear bandit setting and propose causal linear UCB (CL-UCB) and causal
    # linear TS (CL-TS) algorithms": each child from the parent its name ends like
    ("", "Further, we extend Z-UCB and Z-TS to the linear bandit setting and propose ZL-UCB and ZL-TS algorithms.",
     {("ZL-UCB", "Z-UCB"), ("ZL-TS", "Z-TS")}),
    ("", "Further, we extend Z-UCB and Z-TS to the linear bandit setting and propose zorbic linear UCB (ZL-UCB) and "
     "zorbic linear TS (ZL-TS) algorithms.", {("ZL-UCB", "Z-UCB"), ("ZL-TS", "Z-TS")}),
    # "NEMt: Fast Targeted Explanations ..." over "the resulting Neural Explanation Masks with target labels (NEMt)
    # framework" beside "the recently proposed Neural Explanation Mask (NEM) framework": the long forms of a name the
    # title opens with
    ("NZMt: Fast Targeted Explanations", "The recently proposed Neural Zorb Mask (NZM) framework is the first method. "
     "We validate the resulting Neural Zorb Masks with target labels (NZMt) framework on public databases.",
     {("NZMt", "NZM")}),
    # negatives: names that do not pair stay as the cue reads them (no pair made)
    ("", "Further, we extend Z-UCB and Z-TS to the linear bandit setting and propose ZorbA and ZorbB algorithms.",
     {("ZorbA", "Z-UCB"), ("ZorbA", "Z-TS")}),
    # negatives: a study of an integration; a comparison with a model in a language
    ("", "We study the integration of BERT and GPT-2 in translation. We propose Zorb.", set()),
    ("", "We propose ZUBERT. We compare it with English BERT.", set()),
])
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("abstract", "title", "name", "alias"), [
    # "We introduce the Nested Music Transformer (NMT), an architecture ...": a model under a task's abbreviation
    ("We introduce the Nested Melody Transformer (NMT), an architecture for tokens. The NMT consists of two "
     "transformers.", "", "NMT", "Nested Melody Transformer"),
    # "(the Bootstrap Bias Correction, or BBC)": capitalized words spelling a name after "or"
    # "we propose Learnable sequence Augmentor for triplet Contrastive Learning in sequential Recommendation
    # (LACLRec)": a long form of ten words, its capitals spelling the name
    ("To address this, we propose Learnable sequence Zorbifier for triplet Contrastive Learning in sequential "
     "Recommendation (LZCLRec). LZCLRec outperforms the baseline model CL4SRec.", "", "LZCLRec",
     "Learnable sequence Zorbifier for triplet Contrastive Learning in sequential Recommendation"),
    # "optical flow motion segmentation-based SLAM(OS-SLAM)": both end in one word, the letters before it open
    # words of the long form
    ("This paper introduces quorn flow motion segmentation-based SLAM(QS-SLAM), a dynamic SLAM system.", "",
     "QS-SLAM", "quorn flow motion segmentation-based SLAM"),
    # "the Super-Resolution Convolutional Neural Network ( SRCNN) [1,2] has demonstrated ...": a space after the
    # parenthesis
    ("As a deep model, the Super-Resolution Zorbing Neural Network ( SRZNN) [1,2] has shown superior performance.",
     "", "SRZNN", "Super-Resolution Zorbing Neural Network"),
    ("We present a variant, called ZBC-F, of an existing method (the Zorb Bias Correction, or ZBC) that keeps the "
     "properties of the ZBC. The results support that ZBC-F and ZBC dominate the other methods.", "", "ZBC",
     "Zorb Bias Correction"),
])
def test_a_spelled_out_name_is_its_alias(ex: Extractor, abstract: str, title: str, name: str, alias: str) -> None:
    found = ex.spans(abstract, title)["entities"] if title else ex.spans(abstract)["entities"]
    assert alias in {a for e in found if e["name"] == name for a in e["aliases"]}


@pytest.mark.parametrize("abstract", [
    # negatives: a task under its common abbreviation; names joined by "or"
    "We propose a Neural Machine Translation (NMT) system with attention. NMT improves.",
    "We fine-tune BERT or RoBERTa on images or GIFs.",
])
def test_no_alias_where_nothing_is_spelled_out(ex: Extractor, abstract: str) -> None:
    assert not any(e["aliases"] for e in ex.spans(abstract)["entities"] if e["label"] in (MODEL, DATASET))


def test_joined_names_cite_the_sentence_naming_both_parts(ex: Extractor) -> None:
    # not a sentence naming one part twice: "YOLOv5 is fast and YOLOv5 is small"
    abstract = ("YOLOv5 is fast and YOLOv5 is small. This paper proposes a bud detector integrating ZorbNet and "
                "YOLOv5. The precision of ZorbNet-YOLOv5 is 76.31%.")
    nodes, edges = ex.paper("paper:t", "", abstract)
    name = {n.id: n.name for n in nodes}
    evidence = {name[e.target]: e.props["evidence"] for e in edges
                if e.type == "BUILDS_ON" and name[e.source] == "ZorbNet-YOLOv5"}
    assert evidence["YOLOv5"] == "This paper proposes a bud detector integrating ZorbNet and YOLOv5."
