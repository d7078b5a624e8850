"""Kinds of fault seen in round 37 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import entities, kind_cases, relations
from kg.extract import Extractor
from kg.model import DATASET, MODEL
from kg.names import singular

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "a known name and a lower-case word, the paper's own": [
        # "we propose BART-fusion": the paper presents a name of its own, a known one with a lower-case word
        ("We propose BART-fusion, a model for lyrics. BART-fusion beats BART.", "",
         {(MODEL, "BART-fusion"), (MODEL, "BART")}),
        ("In this work we present ResNet-lite to classify images on phones.", "", {(MODEL, "ResNet-lite")}),
        ("We study sentence embeddings and show that they improve.", "BERT-flow: Flows for Sentence Embeddings",
         {(MODEL, "BERT-flow")}),
        # negatives: a participle, "-based" and a compound nobody presents leave the known name alone
        ("We propose BART-generated summaries for training.", "", {(MODEL, "BART")}),
        ("We propose a BART-based summarizer.", "", {(MODEL, "BART")}),
        ("We compare BART-fusion with T5 on lyrics.", "", {(MODEL, "BART"), (MODEL, "T5")}),
    ],
    "a short lower-case prefix on a known name": [
        # "vq-wav2vec": a prefix glued by a dash makes another model of the known one
        ("Unlike HuBERT or vq-wav2vec, which trains two modules, ours is end to end.", "",
         {(MODEL, "HuBERT"), (MODEL, "vq-wav2vec")}),
        # negatives: a word prefix ("non-", "pre-") qualifies the known name, which stays itself
        ("We compare non-BERT models with pre-GPT systems.", "", {(MODEL, "BERT"), (MODEL, "GPT")}),
    ],
    "a title's dashed name whose part the abstract writes as a name": [
        # "Rest-Zorb:" over an abstract restarting the Zorb algorithm: the title's name, and Zorb a name of its own
        ("We propose a variant of the gradient algorithm Zorbusha. We restart the Zorbusha algorithm.",
         "Rest-Zorbusha: Exploiting Structure via Restarts", {(MODEL, "Rest-Zorbusha"), (MODEL, "Zorbusha")}),
        # negatives: a dashed title opener whose parts the abstract writes in lower case, or not at all
        ("We study cross-lingual transfer; lingual cues help.", "Cross-Lingual: Exploiting Structure via Restarts",
         set()),
    ],
    "a name before '-based' in a title or text": [
        # "a YOLOv5-Based detector": a name with a version, though no gazetteer knows it, is the base named
        ("We study pests on farms.", "Zorb-YOLO: A YOLOv9-Based Lightweight Pest Detection Algorithm",
         {(MODEL, "Zorb-YOLO"), (MODEL, "YOLOv9")}),
        ("We propose Quill, a ZorbNet50-based classifier.", "", {(MODEL, "Quill"), (MODEL, "ZorbNet50")}),
        # negatives: a common word or a kind before "-based" is no name
        ("We build an IoT-based sensor and a Transformer-based model.", "", set()),
    ],
    "environments a benchmark is made of": [
        # "two MiniZorb environments": the environments of a named benchmark are data, as tasks and games are
        ("We report gains on two challenging MiniZorb environments.", "", {(DATASET, "MiniZorb")}),
        # negatives: a name with other heads keeps its label
        ("We train the QuillNet model in simulated environments.", "", {(MODEL, "QuillNet")}),
    ],
    "a data set named by a capitalized word and a lower-case one": [
        # "the GSM-hard benchmark": the words before a data head are its name, as "the Zorb dataset" is
        ("We create the Zorb-instructions dataset, a benchmark of four tasks.", "", {(DATASET, "Zorb-instructions")}),
        ("Results on the QuillQA-hard benchmark improve by 4 points.", "", {(DATASET, "QuillQA-hard")}),
        # negatives: a language, a suffix or a participle before the head is no name
        ("We test on the English-only benchmark and the Chinese-language dataset.", "", set()),
        ("We train on the LLM-generated corpus and a Zorb-hard split.", "", set()),
    ],
    "a web address without its scheme": [
        # "at anonymous.4open.science/r/ZORB-77F/": a host and path, no name in it
        ("We introduce Zorb, a family of models. Code is at anonymous.4open.science/r/QUILL-773F/.", "",
         {(MODEL, "Zorb")}),
        ("We introduce Zorb. A demo is at zorb-demo.example.org/QuillNet/v2 for all.", "", {(MODEL, "Zorb")}),
        # negatives: a name beside an address is still a name
        ("We introduce Zorb and compare it with QuillNet (see quill.example.org/docs).", "",
         {(MODEL, "Zorb"), (MODEL, "QuillNet")}),
    ],
    "a capitalized phrase name running past its head": [
        # "Random Echo Network Distillation": the run goes on past "Network", so that word closes no name
        ("Our agent explores with Random Echo Network Distillation, a bonus method.", "",
         {(MODEL, "Random Echo Network Distillation")}),
        # negatives: the head closing the run, or a word after it that is no method's name
        ("We propose the Gated Echo Network for speech.", "", {(MODEL, "Gated Echo Network")}),
        ("We train the Gated Echo Network Agent on games.", "", {(MODEL, "Gated Echo Network")}),
        ("We compare Restricted Echo Machines In practice.", "", {(MODEL, "Restricted Echo Machine")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "the paper's own compound of a known name is what it introduces": [
        ("We propose BART-fusion, a model for lyrics.", "", {"BART-fusion": "INTRODUCES"}),
        # negatives: data a known model made is no model the paper presents
        ("We propose GPT-4-generated instructions for tuning.", "", {"GPT-4": "MENTIONS"}),
        ("We introduce Zorb, trained on BART-annotated data.", "", {"Zorb": "INTRODUCES", "BART": "USES"}),
    ],
    "a derivation of a name spelled out and defined in parentheses": [
        # "we introduce an improved version of the Zorb Quill Model (ZQM)": the model derived from is no new one
        ("We introduce an improved version of the Zorb Quill Model (ZQM), adapted for remote sensing.", "",
         {"ZQM": "USES"}),
        ("We introduce an improved version of the Large Language and Vision Assistant Model (LLaVA) for farms.",
         "Farm-LLaVA: A Vision-Language Model for Farms", {"Farm-LLaVA": "INTRODUCES", "LLaVA": "MENTIONS"}),
        # negatives: a name the phrase's modifier defines for the paper, or one a derivation results in
        ("We propose two methods to learn wren quill models (WQMs) for speech.", "", {"WQM": "INTRODUCES"}),
        ("We present enhancements to the time series Transformer architecture, resulting in our proposed Masked "
         "Zorb Forecasting Transformer (Zorbai).", "", {"Zorbai": "INTRODUCES", "Transformer": "USES"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_abstract_relates_exactly_its_names(ex: Extractor, abstract: str, title: str,
                                                 expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("plural", "one"), [
    ("subLSTMs", "subLSTM"), ("mGRUs", "mGRU"),  # a lower-case prefix on an acronym's plural
    ("xFormers", "xFormers"), ("iNets", "iNets"),  # negatives: a camel-case name opening in lower case keeps its s
])
def test_a_prefixed_acronym_plural_is_made_singular(plural: str, one: str) -> None:
    assert singular(plural) == one



WORKLOAD_COMPOUNDS = [
    # "a serving system for X-based models": the models served or sped up are a workload, whether X is known or not
    ("", "We present Zorb, a serving system for BERT-based models.", set()),
    ("", "We present Zorb, a profiler that speeds up BERT-based pipelines.", set()),
    ("Zorb: A Distributed Serving System for QuillNet-Based Generative Models", "We study serving.", set()),
    ("", "We present Zorb, a new model. Zorb works with BERT-based retrievers.", set()),
    # negatives: the paper's own model based on X, in the text or in a title's capitals
    ("", "We present Zorb, a BERT-based retriever.", {("Zorb", "BERT")}),
    ("Zorb-YOLO: A YOLOv9-Based Lightweight Pest Detection Algorithm", "We study pests on farms.",
     {("Zorb-YOLO", "YOLOv9")}),
]


@pytest.mark.parametrize(("title", "text", "pairs"), WORKLOAD_COMPOUNDS)
def test_a_workload_named_by_a_based_compound_is_no_parent(ex: Extractor, title: str, text: str,
                                                           pairs: set[tuple[str, str]]) -> None:
    found = ex.spans(text, title)["relations"]
    assert {(r["source"], r["target"]) for r in found if r["type"] == "BUILDS_ON"} == pairs


# Lineage (issue 16): a name edge to a family is left out when the text states a release of that family as the
# parent ("Pest-Wisp: A Wisp5-Based Detector" builds on Wisp5, which is Wisp's; not on Wisp as well).
RELEASE_PARENT = [
    ("Pest-Zorbo: A ZORBOv5-Based Lightweight Pest Detector", "We study pests with a detector that beats ZORBO.",
     {("ZORBOv5", "text-cue")}),
    ("Quill-Zorbo: A Detector for Quills", "We present Quill-Zorbo, a ZORBOv5-based detector that beats ZORBO.",
     {("ZORBOv5", "text-cue")}),
    # negatives: with no release stated, the name edge to the family stays
    ("Pest-Zorbo: A Lightweight Pest Detector", "We present Pest-Zorbo, a small detector that beats ZORBO.",
     {("ZORBO", "name-extension")}),
]


@pytest.mark.parametrize(("title", "abstract", "parents"), RELEASE_PARENT)
def test_a_stated_release_of_a_family_stands_for_the_name_edge_to_it(tmp_path, ex: Extractor, title: str,
                                                                     abstract: str, parents: set[tuple[str, str]]) -> None:
    import json

    from kg.analysis.common import node_name
    from kg.model import BUILDS_ON
    from kg.pipeline import assemble, read_sources

    family = {"id": "2001.00001", "title": "ZORBO: Real-Time Detection", "date": "2020-01-05", "authors": ["Ann Li"],
              "abstract": "We present ZORBO, a real-time object detector."}
    child = {"id": "2305.00001", "title": title, "date": "2023-05-07", "authors": ["Bo Chen"], "abstract": abstract}
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (family, child)), encoding="utf-8")
    g = assemble(read_sources([path]), extractor=ex).to_networkx()
    own = title.split(":")[0]
    assert {(node_name(g, t), a["rule"]) for s, t, a in g.edges(data=True)
            if a.get("type") == BUILDS_ON and node_name(g, s) == own} == parents


# A title whose rest is another model with one adjective and no article: the paper's model is that one, modified.
TITLE_MODIFIED = [
    ("WrenSeg: Bridged ZorbNet for Medical Image Segmentation", {("WrenSeg", "ZorbNet")}),
    ("QuillLM: Efficient BERT for Phones", {("QuillLM", "BERT")}),
    ("QuillLM: Pruned Whisper for Phones", {("QuillLM", "Whisper")}),
    # negatives: a verb before the other model, or the other model a modifier of the phrase's head
    ("QuillLM: Beating BERT on Law", set()),
    ("QuillLM: Efficient BERT Embeddings for Phones", set()),
    ("QuillLM: Rethinking Whisper for Phones", set()),
]


@pytest.mark.parametrize(("title", "pairs"), TITLE_MODIFIED)
def test_a_title_naming_another_model_with_an_adjective_states_its_base(ex: Extractor, title: str,
                                                                        pairs: set[tuple[str, str]]) -> None:
    found = ex.spans("We study this problem on new data.", title)["relations"]
    assert {(r["source"], r["target"]) for r in found if r["type"] == "BUILDS_ON"} == pairs
