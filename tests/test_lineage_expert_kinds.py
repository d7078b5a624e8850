"""Kinds of lineage an expert reader found wrong on abstracts they wrote (issue 16), one table per kind.

Every sentence and name is invented (Gannet, Skua, Tarpon, ... are no real models): a row stands for a
phrasing, not for a paper. Each table holds the kind's wordings from several fields and its negatives.
The store tests build real stores (extraction, inference, the embedded store).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kg import api
from kg.extract.extractor import Extractor
from kg.model import BUILDS_ON, INTRODUCES, MODEL

Pair = tuple[str, str]

# Kind 1: "we distill X into Y": Y, a new name, is the paper's and builds on X, both names unknown to the
# gazetteer; a title "Y: ..." introduces Y even when the abstract writes Y only with sizes.
DISTILL: list[tuple[str, str, set[Pair]]] = [
    ("Gannet: Fast Readers", "We present Gannet, a retrieval reader. We then distill Gannet into Skua, a 40M-parameter "
     "reader for phones.", {("Skua", "Gannet")}),
    ("Skua: Small Speech Models", "We distill Tarpon into Skua, a six-layer speech encoder.", {("Skua", "Tarpon")}),
    ("Skua: Tiny Protein Encoders", "We distill Tarpon into Skua-150M and Skua-650M, two protein encoders.",
     {("Skua", "Tarpon")}),
    ("Compact Policies for Robots", "To fit on a robot, we distill Tarpon into Skua, a small control policy.",
     {("Skua", "Tarpon")}),
    # negatives: the student is a known model, distillation as a data source, a student distilled from ours
    ("Better Students", "We distill Tarpon into BERT and report the loss of accuracy.", set()),
    ("Teaching Data", "We train Skua on data distilled from Tarpon.", set()),
]


@pytest.mark.parametrize(("title", "text", "pairs"), DISTILL, ids=[t[:40] for _, t, _ in DISTILL])
def test_distilled_into_a_new_name(ex: Extractor, title: str, text: str, pairs: set[Pair]) -> None:
    spans = ex.spans(text, title)
    got = {(r["source"], r["target"]) for r in spans["relations"] if r["type"] == BUILDS_ON}
    assert got == pairs
    introduced = {r["target"] for r in spans["relations"] if r["type"] == INTRODUCES}
    assert {child for child, _ in pairs} <= introduced


# Kind 2: "replaces the X part of Y with Z": ours builds on Y and on Z, never on the part it removes.
REPLACE: list[tuple[str, set[Pair]]] = [
    ("We present Gannet, which replaces the ResNet backbone of Mask R-CNN with Tarpon 2.",
     {("Gannet", "Mask R-CNN"), ("Gannet", "Tarpon 2")}),
    ("We present Gannet, a speech recognizer that replaces the LSTM encoder of Listen Attend Spell with Tarpon.",
     {("Gannet", "Tarpon")}),
    ("We present Gannet, a protein model that replaces the attention of Tarpon with Skua blocks.",
     {("Gannet", "Tarpon"), ("Gannet", "Skua")}),
    ("Gannet replaces the backbone of DETR with Tarpon and adds a denoising head.",
     {("Gannet", "DETR"), ("Gannet", "Tarpon")}),
    # negatives: the part removed alone, and the host's own part named possessively stays the host
    ("We present Gannet, which replaces ResNet with a small convolutional stem.", set()),
    ("We present Gannet, which replaces BERT's encoder with a recurrent one.", {("Gannet", "BERT")}),
]


@pytest.mark.parametrize(("text", "pairs"), REPLACE, ids=[t[:50] for t, _ in REPLACE])
def test_a_replaced_part_is_no_parent(ex: Extractor, text: str, pairs: set[Pair]) -> None:
    spans = ex.spans(text, "Gannet: a model")
    assert {(r["source"], r["target"]) for r in spans["relations"] if r["type"] == BUILDS_ON} == pairs


# Kind 3: "we scale X to N parameters ... the resulting model, Y": Y builds on X, which the paper does not
# introduce; "yielding Y" in one sentence too.
SCALE: list[tuple[str, str, set[Pair]]] = [
    ("Tarpon 2: Bigger Vision Models", "In this work we scale Tarpon to 3 billion parameters. The resulting model, "
     "Tarpon 2, sets new results on ImageNet.", {("Tarpon 2", "Tarpon")}),
    ("Gannet: scale", "We scale ViT to 4 billion parameters, yielding Gannet.", {("Gannet", "Vision Transformer")}),
    ("Skua: A Large Chemistry Model", "We scale Orca Net to 20B parameters and call the resulting model Skua.",
     {("Skua", "Orca Net")}),
    ("Gannet: Weather at Scale", "We scale Tarpon up to 1 billion parameters. The resulting forecaster, Gannet, "
     "runs hourly.", {("Gannet", "Tarpon")}),
    # negatives: scaling a rival, scaling without a result named, a title's capitalized "Scaling Up ..."
    ("Gannet: Scaling Up Capacity and Resolution", "We present Gannet, a vision backbone trained on web images.",
     set()),
    ("Gannet: Study", "We present Gannet, a pruning method. We scale Tarpon to 2B parameters and compare it "
     "with Gannet.", set()),
]


@pytest.mark.parametrize(("title", "text", "pairs"), SCALE, ids=[t[:40] for _, t, _ in SCALE])
def test_a_scaled_model_is_the_parent_of_the_result(ex: Extractor, title: str, text: str, pairs: set[Pair]) -> None:
    spans = ex.spans(text, title)
    assert {(r["source"], r["target"]) for r in spans["relations"] if r["type"] == BUILDS_ON} == pairs
    introduced = {r["target"] for r in spans["relations"] if r["type"] == INTRODUCES}
    assert not {parent for _, parent in pairs} & introduced  # scaling an existing model does not introduce it


# Kind 4: "the X version, called Y": Y is that version of X; the other models tuned beside it are not parents.
VERSION_NAMED: list[tuple[str, set[Pair]]] = [
    ("We fine-tune Llama 2, Mistral and Gemma on our data; the Llama 2 version, called Gannet, performs best.",
     {("Gannet", "Llama 2")}),
    ("We adapt T5, BART and Pegasus to legal text; our T5 variant, which we call Gannet, is the strongest.",
     {("Gannet", "T5")}),
    ("We train Whisper and Conformer recognizers on bird calls; the Whisper model, named Gannet, is released.",
     {("Gannet", "Whisper")}),
    # negative: a version of a rival, not named as ours
    ("We present Gannet, a new recognizer. The Whisper version we compare with is the largest.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), VERSION_NAMED, ids=[t[:50] for t, _ in VERSION_NAMED])
def test_the_named_version_of_a_model(ex: Extractor, text: str, pairs: set[Pair]) -> None:
    spans = ex.spans(text, "Gannet: a model")
    assert {(r["source"], r["target"]) for r in spans["relations"] if r["type"] == BUILDS_ON} == pairs


# Kind 5: one-letter sizes after a version fold into the versioned model; "a collection of ... models"
# presents a model, sized or not.
FOLDS: list[tuple[str, str, str, str]] = [  # (title, text, the node, its label)
    ("Tarpon 2: Scaling Up", "We release Tarpon 2-L and Tarpon 2-G checkpoints.", "Tarpon 2", MODEL),
    ("Skua 3: Better Weather", "Skua 3-B and Skua 3-H forecast at 0.25 degrees.", "Skua 3", MODEL),
    ("Gannet: Open Models", "We introduce Gannet, a collection of foundation language models ranging from 7B to 70B "
     "parameters.", "Gannet", MODEL),
    ("Gannet: Protein Models", "We introduce Gannet, a family of protein language models from 8M to 15B parameters.",
     "Gannet", MODEL),
    ("Gannet: Bird Photos", "We introduce Gannet, a collection of 9,000 annotated bird photographs.", "Gannet",
     "Dataset"),
]


@pytest.mark.parametrize(("title", "text", "node", "label"), FOLDS, ids=[t[:40] for t, _, _, _ in FOLDS])
def test_sizes_and_collections_fold_into_one_model(ex: Extractor, title: str, text: str, node: str, label: str) -> None:
    spans = ex.spans(text, title)
    assert {e["name"] or e["text"] for e in spans["entities"] if e["label"] in (MODEL, "Dataset")} == {node}
    assert {e["label"] for e in spans["entities"] if (e["name"] or e["text"]) == node} == {label}


def build(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    """The graph of a store built from ``rows`` (id, title, authors, date, categories, abstract)."""
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps({"id": pid, "title": title, "authors": authors, "date": date,
                                          "categories": cats, "abstract": abstract}) + "\n"
                              for pid, title, authors, date, cats, abstract in rows), encoding="utf-8")
    store = str(tmp_path / "store")
    api.build([source], store)
    return api.load_networkx(store)


def parents(g: Any, name: str) -> dict[str, dict[str, Any]]:
    """The BUILDS_ON parents of the models called ``name``, by parent name, with the edge's properties."""
    out = {}
    for n, a in g.nodes(data=True):
        if a.get("label") == MODEL and a.get("name") == name:
            for _, t, k, d in g.out_edges(n, keys=True, data=True):
                if k == BUILDS_ON:
                    out[g.nodes[t]["name"]] = d
    return out


GROUP = ["Mei Lin", "Tomas Berg"]
VISION = ("2201.00001", "Tarpon: Multi-Scale Vision Transformers", GROUP, "2022-01-10", ["cs.CV"],
          "We present Tarpon, a vision transformer with multi-scale token hierarchies for detection and "
          "segmentation. Tarpon reaches 85% top-1 accuracy on ImageNet.")
LANGUAGE = ("2202.00002", "Skua 2: Open Language Models", GROUP, "2022-02-10", ["cs.CL"],
            "We present Skua 2, a family of decoder-only language models trained on 2 trillion tokens of web text, "
            "with grouped-query attention and rotary embeddings.")

# Papers that read like each other, as most papers in a real corpus have a close neighbour: what "reads
# unlike" is measured against.
KIN = [("2109.0001%d" % i, f"{name}: Multi-Scale Vision Transformers", ["Ola Brandt"], f"2021-09-1{i}", ["cs.CV"],
        f"We present {name}, a vision transformer with multi-scale token hierarchies for detection and segmentation "
        "on ImageNet.") for i, name in enumerate(("Murre", "Auklet", "Puffin"))]

# Kind 6: a name shared across fields or denied in the text is no lineage: "trained from scratch", "Unlike
# X", or another group in another field whose text reads unlike (a broad category such as cs.LG is no
# shared field).
DENIALS: list[tuple[tuple[Any, ...], str]] = [
    (("2305.00003", "Tarpon-Audio: Spectrogram Transformers", ["Ada Ruiz"], "2023-05-01", ["eess.AS"],
      "We present Tarpon-Audio, an audio classifier trained from scratch on bird recordings. It outperforms AST "
      "on ESC-50."), "Tarpon-Audio"),
    (("2305.00004", "Tarpon-Geo: Mapping Soils", ["Ada Ruiz"], "2023-05-01", ["physics.geo-ph", "cs.LG"],
      "We present Tarpon-Geo, a soil moisture regressor. Unlike Tarpon, which processes natural images, "
      "Tarpon-Geo reads radar backscatter time series."), "Tarpon-Geo"),
    (("2305.00005", "Skua-Vision: Counting Seabirds", ["Ada Ruiz"], "2023-05-01", ["cs.CV", "cs.LG"],
      "We present Skua-Vision, a seabird counter for drone images of nesting colonies along rocky coasts."),
     "Skua-Vision"),
]


@pytest.mark.parametrize(("row", "child"), DENIALS, ids=[c for _, c in DENIALS])
def test_a_shared_name_alone_is_no_lineage_when_denied_or_of_another_field(tmp_path: Path, row: tuple[Any, ...],
                                                                          child: str) -> None:
    g = build(tmp_path, [VISION, LANGUAGE, *KIN, row])
    assert parents(g, child) == {}


def test_a_shared_name_of_the_same_group_still_makes_an_edge(tmp_path: Path) -> None:
    chat = ("2305.00006", "Skua 2-Chat: Dialogue Models", GROUP, "2023-05-01", ["cs.CL"],
            "We present Skua 2-Chat, dialogue models for open conversation trained on 2 trillion tokens of web "
            "text with grouped-query attention and preference tuning.")
    g = build(tmp_path, [VISION, LANGUAGE, *KIN, chat])
    assert set(parents(g, "Skua 2-Chat")) == {"Skua 2"}


def test_a_broad_category_is_no_shared_field(tmp_path: Path) -> None:
    chem = ("2203.00007", "Skua: Reaction Yields", ["Ada Ruiz"], "2022-03-01", ["physics.chem-ph", "cs.LG"],
            "We present Skua, a graph network that predicts reaction yields from molecular graphs.")
    text = ("2204.00008", "Skua: Small Chat Models", ["Ben Oduya"], "2022-04-01", ["cs.CL", "cs.LG"],
            "We present Skua, a small chat model trained on curated dialogues.")
    g = build(tmp_path, [chem, text])
    assert sum(1 for _, a in g.nodes(data=True) if a.get("label") == MODEL and a.get("name") == "Skua") == 2


def test_name_evidence_is_a_supporting_sentence_never_a_contrast(tmp_path: Path) -> None:
    nxt = ("2305.00009", "Tarpon 2: Faster Vision Transformers", GROUP, "2023-05-01", ["cs.CV"],
           "We introduce Tarpon 2, the successor to our earlier multi-scale backbone. Unlike Tarpon, which was "
           "pre-trained with labels, Tarpon 2 is pre-trained with masked image modeling.")
    g = build(tmp_path, [VISION, LANGUAGE, nxt])
    edge = parents(g, "Tarpon 2")["Tarpon"]
    assert edge["evidence"] == "We introduce Tarpon 2, the successor to our earlier multi-scale backbone."


# The cues above name a model only where a name stands: an ordinary capitalized word after "distill" or
# "replace ... with" is none.
NO_NAME = [
    "We distill Knowledge from large teachers into small students.",
    "We distill Wikipedia into short summaries for readers.",
    "We replace the softmax with Linear attention in every layer.",
    "In each block we replace the convolution with Fourier mixing.",
]


@pytest.mark.parametrize("text", NO_NAME, ids=[t[:40] for t in NO_NAME])
def test_a_lineage_cue_names_no_ordinary_word(ex: Extractor, text: str) -> None:
    assert [e["text"] for e in ex.spans(text)["entities"] if e["label"] == MODEL] == []
