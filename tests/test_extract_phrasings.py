"""Extraction over varied phrasings: each sentence with the exact relations it states.

Relations are ``(source, type, target)`` with the paper as ``"paper"``; only the types below are compared, so
MENTIONS and HAS_TOPIC may come and go. An empty set says nothing of these types may be extracted.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, COMPARES_WITH, EVALUATED_ON, INTRODUCES, USES

TYPES = (INTRODUCES, BUILDS_ON, USES, COMPARES_WITH, EVALUATED_ON)
P = "paper"
Rel = tuple[str, str, str]

CASES: list[tuple[str, set[Rel]]] = [
    # "We propose NAME (Long Form)"
    ("We propose Barq (Big Adaptive Retriever), a retrieval model.", {(P, INTRODUCES, "Barq")}),
    ("We propose Quokka (Quantized Kernel Attention) and evaluate it on MMLU.",
     {(P, INTRODUCES, "Quokka"), (P, EVALUATED_ON, "MMLU")}),
    # "Our <phrase> (ABBR)"
    ("Our latent diffusion models (LDMs) achieve new state-of-the-art scores on FFHQ.",
     {(P, INTRODUCES, "LDM"), (P, EVALUATED_ON, "FFHQ")}),
    ("Our sparse mixture models (SMMs) outperform GPT-3 on TriviaQA.",
     {(P, INTRODUCES, "SMM"), (P, COMPARES_WITH, "GPT-3"), (P, EVALUATED_ON, "TriviaQA")}),
    ("Our convolutional transformers (CvTs) outperform ViT on ImageNet.",
     {(P, INTRODUCES, "CvT"), (P, COMPARES_WITH, "Vision Transformer"), (P, EVALUATED_ON, "ImageNet")}),
    ("We present the Adaptive Token Router (ATR), a routing layer for MoE models.", {(P, INTRODUCES, "ATR")}),
    # naming verbs
    ("We call this architecture Mambo and show it beats Transformers.",
     {(P, INTRODUCES, "Mambo"), (P, COMPARES_WITH, "Transformer")}),
    ("We call the resulting system Kiwi; it runs on TPU v4 pods.", {(P, INTRODUCES, "Kiwi")}),
    ("In this work, we term our approach Ripple and compare it against RoBERTa.",
     {(P, INTRODUCES, "Ripple"), (P, COMPARES_WITH, "RoBERTa")}),
    ("We term this family of models Aurora and evaluate it on MATH and GSM8K.",
     {(P, INTRODUCES, "Aurora"), (P, EVALUATED_ON, "MATH"), (P, EVALUATED_ON, "GSM8K")}),
    ("We introduce a new retriever, dubbed Sparrowhawk, that beats DPR on Natural Questions.",
     {(P, INTRODUCES, "Sparrowhawk"), (P, COMPARES_WITH, "DPR"), (P, EVALUATED_ON, "Natural Questions")}),
    ("A new model, dubbed Perch, is proposed and compared with Vicuna.",
     {(P, INTRODUCES, "Perch"), (P, COMPARES_WITH, "Vicuna")}),
    ("We construct a new corpus called PolyglotWeb.", {(P, INTRODUCES, "PolyglotWeb")}),
    ("We name this model Osprey and release its weights.", {(P, INTRODUCES, "Osprey")}),
    ("We distill Mixtral into a smaller student model called Minnow.",
     {(P, USES, "Mixtral"), (P, INTRODUCES, "Minnow"), ("Minnow", BUILDS_ON, "Mixtral")}),
    ("Polaris, our new benchmark, contains 10k questions.", {(P, INTRODUCES, "Polaris")}),
    ("We propose DeltaNet and apply it to GPT-2 and OPT models.",
     {(P, INTRODUCES, "DeltaNet"), (P, USES, "GPT-2"), (P, USES, "OPT")}),
    ("This report describes Atlas-2, the successor to Atlas.",
     {(P, INTRODUCES, "Atlas-2"), (P, USES, "Atlas"), ("Atlas-2", BUILDS_ON, "Atlas")}),
    # the introduce cue ends at the introduced name
    ("We present a framework named Hydrax that fine-tunes T5 on SQuAD.",
     {(P, INTRODUCES, "Hydrax"), (P, USES, "T5"), (P, EVALUATED_ON, "SQuAD")}),
    ("We present Lumen, a system that serves GPT-2 with low latency.",
     {(P, INTRODUCES, "Lumen"), (P, USES, "GPT-2")}),
    # fronted "Building on X, we develop Y"
    ("Building on GPT-4, we develop Orcaa, which is evaluated on HumanEval.",
     {(P, INTRODUCES, "Orcaa"), (P, USES, "GPT-4"), ("Orcaa", BUILDS_ON, "GPT-4"), (P, EVALUATED_ON, "HumanEval")}),
    ("Extending LLaMA, we build Vireo for long documents.",
     {(P, INTRODUCES, "Vireo"), (P, USES, "LLaMA"), ("Vireo", BUILDS_ON, "LLaMA")}),
    ("Starting from Mistral, we develop Falconet with a new curriculum.",
     {(P, INTRODUCES, "Falconet"), (P, USES, "Mistral"), ("Falconet", BUILDS_ON, "Mistral")}),
    ("Extending BERT, we propose Quill, a compact encoder.",
     {(P, INTRODUCES, "Quill"), (P, USES, "BERT"), ("Quill", BUILDS_ON, "BERT")}),
    ("Starting from wav2vec 2.0 objectives, we develop Osprey for speech.",
     {(P, INTRODUCES, "Osprey"), (P, USES, "wav2vec 2.0")}),
    # a sentence-opening name that extends a known model
    ("Kestrel builds on Pathways and improves on GShard.",
     {(P, USES, "Pathways"), (P, USES, "GShard"), ("Kestrel", BUILDS_ON, "Pathways"),
      ("Kestrel", BUILDS_ON, "GShard")}),
    ("Zeta extends Alpa with pipeline parallelism.", {(P, USES, "Alpa"), ("Zeta", BUILDS_ON, "Alpa")}),
    ("Helios improves on BERT by adding relative positions.", {(P, USES, "BERT"), ("Helios", BUILDS_ON, "BERT")}),
    ("Orion builds on top of CLIP and is evaluated on COCO.",
     {(P, USES, "CLIP"), ("Orion", BUILDS_ON, "CLIP"), (P, EVALUATED_ON, "COCO")}),
    # other ways to introduce
    ("This paper introduces Pelican, a vision-language model.", {(P, INTRODUCES, "Pelican")}),
    ("Our model, Tidal, matches GPT-3.5 on GSM8K while using fewer parameters.",
     {(P, INTRODUCES, "Tidal"), (P, COMPARES_WITH, "GPT-3.5"), (P, EVALUATED_ON, "GSM8K")}),
    ("Our models, Wren-S and Wren-L, outperform OPT on HellaSwag.",
     {(P, INTRODUCES, "Wren"), (P, COMPARES_WITH, "OPT"),  # one model in two sizes, as Koala-13B is Koala
      (P, EVALUATED_ON, "HellaSwag")}),
    ("We release checkpoints of Koala-13B under an open license.", {(P, INTRODUCES, "Koala")}),
    ("We open-source Tern together with its training data.", {(P, INTRODUCES, "Tern")}),
    ("Here we present Basalt, which outperforms Chinchilla and Gopher on MMLU and BIG-Bench.",
     {(P, INTRODUCES, "Basalt"), (P, COMPARES_WITH, "Chinchilla"), (P, COMPARES_WITH, "Gopher"),
      (P, EVALUATED_ON, "MMLU"), (P, EVALUATED_ON, "BIG-Bench")}),
    ("We introduce two datasets, CodeNova and MathNova, for evaluating reasoning.",
     {(P, INTRODUCES, "CodeNova"), (P, INTRODUCES, "MathNova")}),
    ("We present ZebraBench, a benchmark of 5,000 questions.", {(P, INTRODUCES, "ZebraBench")}),
    ("We adopt FlashAttention to speed up the training of our model, Crane.",
     {(P, USES, "FlashAttention"), (P, INTRODUCES, "Crane")}),
    ("Granite is a decoder-only language model that we pretrain from scratch.", {(P, INTRODUCES, "Granite")}),
    # introduced models that build on others
    ("We propose Cinder-MoE, a sparse variant of Switch Transformer.",
     {(P, INTRODUCES, "Cinder-MoE"), (P, USES, "Switch Transformer"), ("Cinder-MoE", BUILDS_ON, "Switch Transformer")}),
    ("We introduce the Polar Transformer (PolT), which improves on Performer.",
     {(P, INTRODUCES, "PolT"), (P, USES, "Performer"), ("PolT", BUILDS_ON, "Performer")}),
    ("This work presents MedLexa, a medical language model initialized from Mistral.",
     {(P, INTRODUCES, "MedLexa"), (P, USES, "Mistral"), ("MedLexa", BUILDS_ON, "Mistral")}),
    # uses and comparisons
    ("We fine-tune RoBERTa and DeBERTa on MNLI.",
     {(P, USES, "RoBERTa"), (P, USES, "DeBERTa"), (P, EVALUATED_ON, "MNLI")}),
    ("Our method uses Whisper as the speech encoder.", {(P, USES, "Whisper")}),
    ("GPT-4 is used as a judge to score the responses on MT-Bench.",
     {(P, USES, "GPT-4"), (P, EVALUATED_ON, "MT-Bench")}),
    ("We compare against Longformer and BigBird on Long Range Arena.",
     {(P, COMPARES_WITH, "Longformer"), (P, COMPARES_WITH, "BigBird"), (P, EVALUATED_ON, "Long Range Arena")}),
    ("Compared with ResNet-50, our network is three times faster on ImageNet.",
     {(P, COMPARES_WITH, "ResNet-50"), (P, EVALUATED_ON, "ImageNet")}),
    ("Our approach is implemented in PyTorch.", {(P, USES, "PyTorch")}),
    ("Unlike BERT, our encoder, Tessel, uses relative positions.",
     {(P, COMPARES_WITH, "BERT"), (P, INTRODUCES, "Tessel")}),
    # datasets
    ("Our best model, Kite, is evaluated on the Lumina and Spectra datasets.",
     {(P, INTRODUCES, "Kite"), (P, EVALUATED_ON, "Lumina"), (P, EVALUATED_ON, "Spectra")}),
    ("We evaluate on the GLUE and SuperGLUE benchmarks.", {(P, EVALUATED_ON, "GLUE"), (P, EVALUATED_ON, "SuperGLUE")}),
    ("Results on the Quasar and Nimbus benchmarks show large gains.",
     {(P, EVALUATED_ON, "Quasar"), (P, EVALUATED_ON, "Nimbus")}),
    ("We report perplexity on the WikiText-103 and The Pile datasets.",
     {(P, EVALUATED_ON, "WikiText-103"), (P, EVALUATED_ON, "The Pile")}),
    # a long form spelled out after the name is its alias, not another name
    ("We introduce MoRA, which stands for Modular Routing Adapter, and apply it to T5.",
     {(P, INTRODUCES, "MoRA"), (P, USES, "T5")}),
    ("We present GRIT, Gated Recurrent Image Transformer, a vision model.", {(P, INTRODUCES, "GRIT")}),
    # a name in the appositive describing the introduced one is not introduced
    ("We introduce Pipit, a LLaMA language model fine-tuned on medical notes.",
     {(P, INTRODUCES, "Pipit"), (P, USES, "LLaMA"), ("Pipit", BUILDS_ON, "LLaMA")}),
    ("We introduce Quail and Finch, two retrieval models built on T5.",
     {(P, INTRODUCES, "Quail"), (P, INTRODUCES, "Finch"), (P, USES, "T5"), ("Finch", BUILDS_ON, "T5")}),
    # a model trained by the authors and set off as an appositive
    ("We train Brontor, an autoregressive language model with 30 billion parameters.", {(P, INTRODUCES, "Brontor")}),
    ("We test this by training a compute-optimal model, Tamarin, that uses less data than Gopher.",
     {(P, INTRODUCES, "Tamarin"), (P, COMPARES_WITH, "Gopher")}),
    ("We pretrain a small general-purpose language model, Wisp, with knowledge distillation.",
     {(P, INTRODUCES, "Wisp")}),
    ("We train GPT-2 on OpenWebText.", {(P, USES, "GPT-2"), (P, USES, "OpenWebText")}),
    # naming cues: after a second verb, before a spelled-out acronym, on a common abbreviation
    ("We propose to pre-train a small general-purpose language model, called Wren, which can then be fine-tuned.",
     {(P, INTRODUCES, "Wren")}),
    ("We propose Tesseract, an attention kernel inspired by paging in operating systems, and build Loom, a serving "
     "system with low latency.", {(P, INTRODUCES, "Tesseract"), (P, INTRODUCES, "Loom")}),
    ("We call the resulting networks sparse gated networks (SGNs).", {(P, INTRODUCES, "SGN")}),
    ("The resulting shallow wide networks (Shallow WideNet) beat ResNet on CIFAR-10.",
     {(P, INTRODUCES, "Shallow WideNet"), (P, COMPARES_WITH, "ResNet"), (P, EVALUATED_ON, "CIFAR-10")}),
    ("This paper proposes a swift region-free detector (Swift RFD) for video. Swift RFD runs faster than YOLO.",
     {(P, INTRODUCES, "Swift RFD"), (P, COMPARES_WITH, "YOLO")}),
    ("Our approach, named KV, caches keys across requests.", {(P, INTRODUCES, "KV")}),
    # the object of "improvements to" is used, not introduced; names past a clause boundary are not introduced
    ("We present some improvements to BERT that speed up training.", {(P, USES, "BERT")}),
    ("We present the next generation of Falcon, built from new data.", set()),
    ("We describe Pika, a way to apply small models to tagging, and measure accuracy on CoNLL and WNUT.",
     {(P, INTRODUCES, "Pika"), (P, EVALUATED_ON, "CoNLL"), (P, EVALUATED_ON, "WNUT")}),
    # nothing to extract: generic methods, metrics, hardware
    ("We use Adam with a cosine schedule and report BLEU and ROUGE scores.", set()),
    ("Training uses 256 A100 GPUs and FP16 precision.", set()),
    ("We apply Dropout and LayerNorm after every block.", set()),
    ("Accuracy improves by 3.2 F1 over the baseline.", set()),
    ("The method reduces latency on NVIDIA V100 GPUs by 40%.", set()),
    ("Experiments show that Transformer-based models scale well.", set()),
    ("We propose a simple method for long-context reasoning.", set()),
    ("Our Contrastive Learning objective improves Top-1 Accuracy.", set()),
    ("Stanford and Google released the weights on GitHub under the MIT license.", set()),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_phrasing_gives_exactly_the_stated_relations(ex: Extractor, sentence: str, expected: set[Rel]) -> None:
    got = {(r["source"], r["type"], r["target"]) for r in ex.spans(sentence)["relations"] if r["type"] in TYPES}
    assert got == expected


def test_spelled_out_name_keeps_its_long_form_as_alias(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We propose Barq (Big Adaptive Retriever), a retrieval model.")
    assert [(n.id, n.props) for n in nodes] == [("model:barq", {"name": "Barq", "aliases": ["Big Adaptive Retriever"]})]


TITLED: list[tuple[str, str, set[Rel]]] = [
    # a title that is a model's name, with or without a size or a leading word, or "NAME, a ..."
    ("Rapid R-CNN", "Rapid R-CNN trains three times faster than R-CNN on COCO.",
     {(P, INTRODUCES, "Rapid R-CNN"), (P, COMPARES_WITH, "R-CNN"), (P, EVALUATED_ON, "COCO"),
      ("Rapid R-CNN", BUILDS_ON, "R-CNN")}),
    ("ZorbLM 3B", "ZorbLM 3B is evaluated on MMLU.", {(P, INTRODUCES, "ZorbLM"), (P, EVALUATED_ON, "MMLU")}),
    ("NimbusNet, a compact detector for edge devices", "We evaluate it on COCO.",
     {(P, INTRODUCES, "NimbusNet"), (P, EVALUATED_ON, "COCO")}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), TITLED, ids=[t for t, _, _ in TITLED])
def test_title_naming_a_model_introduces_it(ex: Extractor, title: str, abstract: str, expected: set[Rel]) -> None:
    got = {(r["source"], r["type"], r["target"]) for r in ex.spans(abstract, title)["relations"] if r["type"] in TYPES}
    assert got == expected


def test_spelled_out_long_form_after_the_name_is_an_alias(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "We introduce MoRA, which stands for Modular Routing Adapter.")
    assert [(n.id, n.props) for n in nodes] == [
        ("model:mora", {"name": "MoRA", "aliases": ["Modular Routing Adapter"]})]
