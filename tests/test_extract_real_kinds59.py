"""Kinds of fault seen in round 59 (issues 11 and 16), each with invented sentences of its own: every new name here
(Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one, and each table
stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "an event's title joined by 'to' or 'for' is cut there into no name": [
        # "In May 2010 Yahoo! Inc. hosted the Learning to Rank Challenge": no "Rank Challenge"
        ("In May 2010 Zorbo Inc. hosted the Learning to Rank Challenge. We evaluate ZorbRank on it.", "",
         {(MODEL, "ZorbRank")}),
        ("We won the Search for Meaning Competition with ZorbRank.", "", {(MODEL, "ZorbRank")}),
        # negatives: a challenge named by one word after a verb's "to"; a benchmark joined by "of"
        ("We submit ZorbRank to the QuillNLP Challenge.", "", {(MODEL, "ZorbRank"), (DATASET, "QuillNLP Challenge")}),
        ("We evaluate ZorbRank on the Art of Painting Benchmark.", "",
         {(MODEL, "ZorbRank"), (DATASET, "Art of Painting Benchmark")}),
        ("We evaluate ZorbQA on the Quest for Answers Challenge.", "",
         {(DATASET, "ZorbQA"), (DATASET, "Quest for Answers Challenge")}),
    ],
    "a property a clause names with '; this is called' is no model": [
        # "an RKE regularly renews user secrets ...; this is called Post-Compromise Security and Forward-Secrecy"
        ("ZorbKE renews user secrets; this is called Post-Zorb Security and Forward-Quill, respectively.", "",
         {(MODEL, "ZorbKE")}),
        ("ZorbNet forgets old data, and this is called Delayed Quill Fitting.", "", {(MODEL, "ZorbNet")}),
        # negatives: a model the sentence before presents, named by "This is called"; "This model is called"
        ("We propose a new model. This is called Zorbit.", "", {(MODEL, "Zorbit")}),
        ("We propose a new model; this model is called Zorbit.", "", {(MODEL, "Zorbit")}),
        ("We train the policy with a learned critic on replayed data; this is called Zorb Actor Critic in our "
         "experiments.", "", {(MODEL, "Zorb Actor Critic")}),
    ],
    "a name opening with a dimension is one name": [
        # "We present 3D Highlighter, a technique for localizing semantic regions on a mesh"
        ("We present 3D Lantern, a technique for localizing regions on a mesh. Thus, 3D Lantern is flexible.", "",
         {(MODEL, "3D Lantern")}),
        ("We introduce 2D Zorb Fields, a new representation of images.", "", {(MODEL, "2D Zorb Fields")}),
        # negatives: a task or a field in capitals
        ("We present 3D Object Detection with a new loss.", "", set()),
    ],
    "a learning method on data from another science is machine learning": [
        # "Impeller: a path-based heterogeneous graph learning method for spatial transcriptomic data imputation":
        # gene, cell, species and RNA-seq beside a graph learning method with GNN layers
        ("Gene imputation fills missing values of cells from two species measured by RNA-seq. We introduce Sprockit, "
         "a path-based graph learning method that stacks GNN layers with a learnable path operator; it beats the "
         "state-of-the-art on five datasets.", "Sprockit: Graph Learning for Gene Imputation", {(MODEL, "Sprockit")}),
        # negative: a science abstract with no word of learning
        ("Gene expression of cells from two species is measured by RNA-seq. We describe the Sprockit protocol for "
         "the cell cultures of each species.", "", set()),
    ],
    "a database system is a model, a knowledge graph data, a query language neither": [
        # "This demo introduces MillenniumDB, a high-performing, open-source graph database ... a multi-layered graph
        # called TelarKG ... a SPARQL endpoint for Wikidata"
        ("This demo introduces ZorbDB, an open-source graph database. It hosts a multi-layered graph called QuillKG. "
         "We provide a SPARQL endpoint for it.", "", {(MODEL, "ZorbDB"), (DATASET, "QuillKG")}),
        ("We present ZorbDB, a vector database system for embeddings.", "", {(MODEL, "ZorbDB")}),
        # negatives: a database of records is data; a model named with a graph
        ("We present ZorbBase, a database of 2M protein structures.", "", {(DATASET, "ZorbBase")}),
        ("We release ZorbPPI, a graph database of 3M protein-protein interactions.", "", {(DATASET, "ZorbPPI")}),
        ("We propose QuillGraph, a graph neural network called ZorbGNN for molecules.", "",
         {(MODEL, "QuillGraph"), (MODEL, "ZorbGNN")}),
    ],
    "a field's or class's acronym before a name is no part of it": [
        # "we adopt such an instruction-tuned LLM FLAN-T5 as the text encoder"
        ("We adopt an instruction-tuned LLM QuillT5 as the text encoder.", "", {(MODEL, "QuillT5")}),
        # negative: a known model's spelled-out kind before a name stays apart too
        ("The Vision Transformer ZorbViT beats ResNet.", "",
         {(MODEL, "Vision Transformer"), (MODEL, "ZorbViT"), (MODEL, "ResNet")}),
    ],
    "a known model's mixture-of-experts variant is one name": [
        # "on additional tasks including GPT-3 MoE model pretraining"
        ("We verify its benefit on tasks including GPT-3 MoE model pretraining.", "", {(MODEL, "GPT-3 MoE")}),
        ("We train a BERT MoE with 64 experts and compare it with dense BERT.", "",
         {(MODEL, "BERT MoE"), (MODEL, "BERT")}),
        # negatives: MoE as a class after a list, or a field's term
        ("We compare GPT-3, MoE models and dense models.", "", {(MODEL, "GPT-3")}),
        ("We scale MoE models to 1T parameters.", "", set()),
    ],
    "a medium's common word is no name": [
        # "compiled from a combination of web crawls, news, social media and eBooks"
        ("The training data of ZorbLM is compiled from web crawls, news, social media and eBooks.", "",
         {(MODEL, "ZorbLM")}),
    ],
    "what data is drawn from, spelled out before its acronym, is data": [
        # "Using stratified data from the USDA Rapid Carbon Assessment (RaCA), we demonstrate a method"
        ("We train ZorbNet on data from the Rapid Zorb Survey (RZS).", "", {(MODEL, "ZorbNet"), (DATASET, "RZS")}),
        # negatives: knowledge distilled from a spelled-out model; data from an institution
        ("We use data from the Zorbian Institutes of Health (ZIH) to train QuillNet.", "", {(MODEL, "QuillNet")}),
        ("We use data from the Quill Cancer Foundation (QCF) to train QuillNet.", "", {(MODEL, "QuillNet")}),
        ("We use images from the Zorb Mars Rover (ZMR) to train QuillNet.", "", {(MODEL, "QuillNet")}),
        ("We distill knowledge from the Large Zorb Model (LZM) into ZorbNet.", "",
         {(MODEL, "LZM"), (MODEL, "ZorbNet")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a name reached past a participle of use is used, not introduced": [
        # "We introduce two pioneering applications leveraging Distributed Fiber Optic Sensing (DFOS) and ..."
        ("We introduce two applications leveraging ZorbSense technology.", "", {"ZorbSense": "USES"}),
        ("We present a detector employing ZorbNet features.", "", {"ZorbNet": "USES"}),
        # negatives: the paper's name before the participle; an introduced name in apposition
        ("We introduce a pipeline, ZorbPipe, leveraging QuillNet features.", "",
         {"ZorbPipe": "INTRODUCES", "QuillNet": "USES"}),
        ("We introduce ZorbPipe, a pipeline leveraging retrieval.", "", {"ZorbPipe": "INTRODUCES"}),
        # the review's: a name set in apposition after the participle's phrase, or in parentheses after plain words
        ("We present a retriever leveraging dense embeddings, ZorbRet, and show it beats BM25.", "",
         {"ZorbRet": "INTRODUCES", "BM25": "COMPARES_WITH"}),
        ("We propose a novel architecture employing gated convolutions (ZorbGate) for speech enhancement.", "",
         {"ZorbGate": "INTRODUCES"}),
        ("We introduce two methods adopting different strategies: ZorbA and ZorbB.", "",
         {"ZorbA": "INTRODUCES", "ZorbB": "INTRODUCES"}),
    ],
    "what a paper's step extends a model into is the paper's": [
        # "we extend Linde-Buzo-Gray (LBG) stippling to multi-class LBG (MLBG) stippling"
        ("We extend QuillNet to a multi-scale variant, ZorbNet.", "", {"QuillNet": "USES", "ZorbNet": "INTRODUCES"}),
        ("We extend QuillNet into a faster version called ZorbNet.", "",
         {"QuillNet": "USES", "ZorbNet": "INTRODUCES"}),
        # negatives: a method others introduced, extended; an extension to data
        ("We extend the recently introduced method called QuillNet to images.", "", {"QuillNet": "MENTIONS"}),
        ("We extend QuillNet to a new domain, the ZorbBench benchmark.", "",
         {"QuillNet": "USES", "ZorbBench": "EVALUATED_ON"}),
        # the review's: others extend a model into their variant
        ("Prior work extended QuillNet into a recurrent variant, BrioNet. We instead propose ZorbNet.", "",
         {"QuillNet": "USES", "BrioNet": "MENTIONS", "ZorbNet": "INTRODUCES"}),
    ],
    "a thesis, a demo or a chapter speaks in the author's voice": [
        ("This chapter presents ZorbNet, a detector for small objects.", "", {"ZorbNet": "INTRODUCES"}),
        ("This demo introduces ZorbDB, a graph database.", "", {"ZorbDB": "INTRODUCES"}),
        # "the thesis describes the stages leading to the development of BureauBERTo, an encoder-based language model"
        ("The thesis describes the stages leading to the development of ZorbBERTo, an encoder-based language model.",
         "", {"ZorbBERTo": "INTRODUCES"}),
        ("This dissertation presents the design of QuillDB, a graph database.", "", {"QuillDB": "INTRODUCES"}),
        # negatives: known models or a list of names a chapter, tutorial or thesis presents as its subject (round 58's
        # review: "a thesis, chapter or demo paper that presents named known models")
        ("This chapter presents BERT and GPT-2 for question answering.", "", {"BERT": "MENTIONS", "GPT-2": "MENTIONS"}),
        ("This tutorial presents ZorbLoRA, QuillLoRA and BrioLoRA.", "",
         {"ZorbLoRA": "MENTIONS", "QuillLoRA": "MENTIONS", "BrioLoRA": "MENTIONS"}),
        ("This chapter introduces ResNet and its variants.", "", {"ResNet": "MENTIONS"}),
        ("This thesis describes QuillMT, an existing translation system, and adapts it to Welsh.", "",
         {"QuillMT": "MENTIONS"}),
        # negative: a thesis that studies others' model
        ("The thesis compares ZorbBERTo with QuillBERT on legal text.", "",
         {"ZorbBERTo": "COMPARES_WITH", "QuillBERT": "COMPARES_WITH"}),
    ],
    "a new model the paper's own sentence names before its head is the paper's": [
        # "this research will propose an integrated solution ... that includes a novel BERT-iBiLSTM model"
        ("This research will propose a solution for sentiment analysis that includes a novel QuillBERT-iZorbLSTM "
         "model.", "", {"QuillBERT-iZorbLSTM": "INTRODUCES"}),
        ("We propose a pipeline whose core is a novel ZorbNet model for parsing.", "", {"ZorbNet": "INTRODUCES"}),
        # negatives: a novel model compared with, built on, or proposed by others
        ("We compare our method with a novel ZorbNet model from prior work.", "", {"ZorbNet": "COMPARES_WITH"}),
        ("We propose a pipeline that extends a novel ZorbNet model proposed by Lee et al.", "", {"ZorbNet": "USES"}),
        ("Recently, a novel ZorbNet model was proposed for detection. We improve it.", "", {"ZorbNet": "MENTIONS"}),
        ("We propose a solution that fine-tunes a novel BrioViT model on X-rays.", "", {"BrioViT": "USES"}),
        ("In this work, we introduce an approach combining a novel ZorbAttn module with a pretrained BERT encoder.", "",
         {"ZorbAttn": "INTRODUCES", "BERT": "USES"}),
    ],
    "a model spelled out before '-based' is the base, not the paper's": [
        # "our latent diffusion model (LDM)-based approach (TANGO) outperforms ..."
        ("Our latent zorb model (LZM)-based approach outperforms AudioQuill.", "",
         {"LZM": "MENTIONS", "AudioQuill": "COMPARES_WITH"}),
        # "our latent diffusion model (LDM)-based approach (TANGO)": the name our approach is given is the paper's
        ("We adopt QuillT5 as the text encoder. Our latent zorb model (LZM)-based approach (ZANGO) outperforms "
         "AudioQuill.", "", {"QuillT5": "USES", "LZM": "MENTIONS", "ZANGO": "INTRODUCES", "AudioQuill": "COMPARES_WITH"}),
        # negative: our model spelled out and defined, then described
        ("Our latent zorb model (LZM) outperforms AudioQuill.", "", {"LZM": "INTRODUCES", "AudioQuill": "COMPARES_WITH"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "title", "pairs"), [
    # "We post-train Mistral-7b with the data. When comparing the resulting model Orca-3 to ...": post-training is
    # a way of building on a model, as fine-tuning is
    ("We post-train QuillLM-7b with the data. When comparing the resulting model ZorbLM to QuillLM-Chat, we observe "
     "large gains.", "", {("ZorbLM", "QuillLM")}),
    ("We post-train QuillLM on our data. The resulting model, ZorbLM, beats BrioLM.", "", {("ZorbLM", "QuillLM")}),
    ("We fine-tune QuillLM on our data. The resulting model, ZorbLM, beats BrioLM.", "", {("ZorbLM", "QuillLM")}),
    # "We introduce AgentInstruct, ... We post-train Mistral-7b with the data. When comparing the resulting model
    # Orca-3 to ...": the model the next sentence says results is the child, not the paper's main one, and a framework
    # that makes the training data is no child of the model trained on it
    ("We introduce ZorbInstruct, a framework for creating synthetic data. We post-train QuillLM-7b with the data. "
     "When comparing the resulting model Orcun-3 to QuillLM-7b-Instruct, we observe large gains.", "",
     {("Orcun-3", "QuillLM")}),
    ("We introduce ZorbInstruct, a framework for creating synthetic data. We post-train QuillLM-7b with the data. "
     "The resulting model beats BrioLM.", "", set()),
    ("We introduce ZorbNet, a detector for small objects. We fine-tune QuillDet with the data. ZorbNet is fast.", "",
     {("ZorbNet", "QuillDet")}),
    # the new-user trial's "We post-train Mistral 7B on our data ...; the resulting model, Zorb-7B, ...": the clause
    # after a semicolon says what results
    ("We post-train Mistral 7B on our data, a mixture of code and chat; the resulting model, ZorbLM-7B, beats "
     "Llama 2.", "", {("ZorbLM", "Mistral")}),
    ("We adopt an instruction-tuned LLM QuillT5 as the text encoder. Consequently, our latent zorb model "
     "(LZM)-based approach (ZANGO) outperforms AudioQuill.", "", {("ZANGO", "QuillT5")}),
    # negatives (the review's): two models tuned, then one result; a method named before the result; the trial's
    # example question a database answers
    ("We fine-tune GPT-2 and T5 on the data. The resulting model, ZorbT5, is the better of the two.", "", set()),
    ("We fine-tune RoBERTa on NLI data. Then we prune it with our method, QuillPrune; the resulting model, "
     "QuillPrune-Base, keeps 98% accuracy.", "", set()),
    ("We present GraphZorb, a graph database demo that answers provenance queries, such as which checkpoints were "
     "fine-tuned from BERT and which models share a tokenizer.", "", set()),
    # negatives: a model post-trained by others; post-training data compared
    ("We compare ZorbLM with QuillLM, which others post-train on chat data.", "", set()),
    ("We post-train QuillLM on our data and on BrioLM's data. ZorbLM, a rival, is slower.", "", set()),
    # "Since GEITje is Mistral-based, ...": a name with a "-based" compound for its predicate is built on it,
    # whoever's model it is
    ("We compare ZorbLM with QuillLM and BrioLM. Since ZorbLM is QuillLM-based, its gains come from its data.", "",
     {("ZorbLM", "QuillLM")}),
    ("ZorbLM is a QuillLM-based chatbot. We evaluate it on Dutch tasks.", "", {("ZorbLM", "QuillLM")}),
    ("We study ZorbLM. ZorbLM is an open QuillLM-based model, but BrioLM is trained from scratch.", "",
     {("ZorbLM", "QuillLM")}),
    # negatives: a rival named as a "-based" baseline; a plural subject that is no name; a name whose predicate
    # compares it with a "-based" model
    ("ZorbLM beats BrioLM, a QuillLM-based baseline.", "", set()),
    ("Most chatbots are QuillLM-based. ZorbLM is fast.", "", set()),
    ("ZorbLM is faster than QuillLM-based chatbots.", "", set()),
    ("We compare QuillLM with BrioLM. QuillLM is a Transformer-based model.", "", set()),
    ("Whereas ZorbLM is QuillLM-based, BrioLM is KiteLM-based.", "", {("ZorbLM", "QuillLM")}),
    # "continual pretraining of the multilingual BLOOM model ..., resulting in a ... model we call BLUUMI"
    ("This work explores continual pretraining of the multilingual QuillOM model on Finnish data, resulting in a "
     "176 billion parameter model we call ZUUMI.", "", {("ZUUMI", "QuillOM")}),
    ("This work explores continual pretraining of QuillOM on Finnish data and compares it with ZUUMI.", "", set()),
    # "(1) training ... models from scratch named FinGPT and (2) continual pretraining of the multilingual BLOOM
    # model ..., resulting in a ... model we call BLUUMI": the step's result builds on X, not the model named before
    ("This work explores two approaches: (1) training models from scratch named ZinGPT and (2) continual "
     "pretraining of the multilingual QuillOM model on a mix of its original training data accompanied with "
     "Finnish, resulting in a 176B model we call ZUUMI.", "",
     {("ZUUMI", "QuillOM")}),
    ("We present ZinGPT and then fine-tune QuillOM on our data, yielding ZUUMI.", "", {("ZUUMI", "QuillOM")}),
    ("We propose ZinGPT, which is fine-tuned from QuillOM on Finnish data, and compare it with ZUUMI.", "",
     {("ZinGPT", "QuillOM")}),
    # "we extend X to a multi-class variant, Y": the variant the paper's step makes builds on X
    ("We extend QuillNet to a multi-scale variant, ZorbNet.", "", {("ZorbNet", "QuillNet")}),
    ("We extend QuillNet into a faster version called ZorbNet.", "", {("ZorbNet", "QuillNet")}),
    ("We extend the recently introduced method called QuillNet to images, and ZorbNet beats it.", "", set()),
    # "a multi-modal material generator leveraging a Diffusion Transformer (DiT) architecture"
    ("We propose ZorbPicker, a material generator leveraging a Quill Transformer (QiT) architecture.", "",
     {("ZorbPicker", "QiT")}),
    ("We propose ZorbPicker, a material generator leveraging the QuillNet architecture.", "",
     {("ZorbPicker", "QuillNet")}),
    ("We propose ZorbPicker, a generator that beats models leveraging the QuillNet architecture.", "", set()),
])
def test_each_stated_base_is_read(ex: Extractor, abstract: str, title: str, pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs

