"""The named parts and methods of a paper's own contribution, one table per kind of phrasing (issue 11).

A paper names the attention variant, block, mechanism, module, sampling or training method, search method or
pre-training objective it proposes; it introduces that name. Every title and abstract is written for the test,
with invented names (well-known models and datasets only in passing). Each kind has positives, where the
paper's part or method must be introduced, and negatives, where a name written alike is someone else's, a
generic part, or an adjective, and must not be.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, INTRODUCES, MODEL

# kind -> (title, abstract, names introduced, Model names that must be found, Model names that must not)
Case = tuple[str, str, set[str], set[str], set[str]]

CASES: list[tuple[str, Case]] = [
    # a new capitalized name with a lower-case "attention" after it is the attention's name
    ("name attention", ("Routing Queries by Salience",
                        "Attention cost grows with the square of the input. We propose Tandem attention, which pairs "
                        "each query with one summary key per block. A decoder with Tandem attention reads 32k tokens "
                        "on a single GPU.", {"Tandem attention"}, {"Tandem attention"}, {"Tandem"})),
    ("name attention", ("Sparse Heads for Vision",
                        "We introduce Lattice-Skip attention, a pattern that lets patches attend along rows and "
                        "diagonals. Lattice-Skip attention improves DeiT on ImageNet.",
                        {"Lattice-Skip attention"}, {"Lattice-Skip attention"}, set())),
    ("name attention", ("Probing Speech Encoders",
                        "We study Whisper attention maps on noisy audio and find that late layers ignore silence.",
                        set(), {"Whisper"}, {"Whisper attention"})),
    # "the X mechanism", "the X Y block": a hyphenated or multi-word capitalized name before a part's head
    ("part head", ("Folding Features Across Scales",
                   "Detectors lose thin objects at low resolution. We replace the neck with the Cross-Fold "
                   "mechanism, which folds high-resolution features into channels. Cross-Fold raises the AP of "
                   "a RetinaNet by 2.2 points on COCO.", {"Cross-Fold"}, {"Cross-Fold"}, set())),
    ("part head", ("Edge Detectors for Drones",
                   "We present Kitefly, a detector for aerial video. Kitefly runs at 30 frames per second on a "
                   "Jetson Orin module and at 9 on a Raspberry Pi 4 board.", {"Kitefly"}, {"Kitefly"},
                   {"Jetson Orin", "Jetson", "Raspberry Pi"})),
    ("part head", ("Lattices for Point Clouds",
                   "Sparse convolutions miss long-range context. Our main component is the Ridge Lattice block, "
                   "which splats points onto a coarse lattice and back. Adding Ridge Lattice to PointNet++ lifts "
                   "part segmentation accuracy.", {"Ridge Lattice"}, {"Ridge Lattice"}, set())),
    ("part head", ("Calibrated Classifiers",
                   "We study calibration of image classifiers. We replace the Softmax layer with a temperature-"
                   "scaled one and keep the Transformer block unchanged.", set(), set(), {"Softmax"})),
    # a plain capitalized name in apposition to "a new ... operator / objective"
    ("new operator apposed", ("Pooling Without Order",
                              "Set encoders need permutation-invariant pooling. We introduce a novel aggregation "
                              "operator, Tidal Pooling, that weighs elements by their distance to a learned "
                              "centre. Tidal Pooling improves set classification on ModelNet40.",
                              {"Tidal Pooling"}, {"Tidal Pooling"}, set())),
    ("new operator apposed", ("Ranking Objectives for Retrieval",
                              "We propose a new training objective, Margin Rank Flow, that ranks negatives by "
                              "difficulty. Retrievers trained with Margin Rank Flow improve recall on MS MARCO.",
                              {"Margin Rank Flow"}, {"Margin Rank Flow"}, set())),
    ("new operator apposed", ("Pooling for Sets",
                              "We compare a standard operator, Average Pooling, with attention pooling on "
                              "ModelNet40.", set(), set(), {"Average Pooling"})),
    # a lower-case name of an attention, sampling or pooling method the paper presents in apposition
    ("lower-case technique", ("Attention With a Budget",
                              "Long inputs strain attention. We propose ripple attention, a linear attention "
                              "variant whose state forgets with a learned rate. A model with ripple attention "
                              "matches a Transformer on the Pile.", {"ripple attention"}, {"ripple attention"},
                              set())),
    ("lower-case technique", ("Decoding Diverse Stories",
                              "We present tempo sampling, a decoding method that adapts the temperature to the "
                              "entropy of each step. Stories sampled from GPT-2 with tempo sampling are rated "
                              "more coherent.", {"tempo sampling"}, {"tempo sampling"}, set())),
    ("lower-case technique", ("Attention for Long Documents",
                              "We propose sparse attention, a variant that keeps the top keys per query, and "
                              "train it with grouped-query attention on arXiv papers.", set(), set(),
                              {"sparse attention", "grouped-query attention"})),
    # new parts the paper's model adopts, listed after "new components including", "novel operations such as"
    ("new parts listed", ("Heron: Sparse Language Models",
                          "We present Heron, a sparse language model. Heron adopts novel modules such as Split "
                          "Gate Attention (SGA) to cut the memory of its cache. Heron matches Llama 2 on MMLU.",
                          {"Heron", "SGA"}, {"Heron", "SGA"}, set())),
    ("new parts listed", ("Operators on Phones",
                          "Efficient networks rely on existing operations such as ShuffleConv and GhostConv. We "
                          "measure their latency on phones.", set(), {"ShuffleConv", "GhostConv"}, set())),
    # an item "(i) a X mechanism" of the parts of a model the sentence introduces
    ("part list item", ("Marlin: Depth-Aware Detection",
                        "We build a monocular detector, named Marlin, with two parts: (i) a Depth-Fold attention "
                        "module that routes features by estimated depth, and (ii) a box head. Marlin improves "
                        "3D AP on KITTI.", {"Marlin", "Depth-Fold attention"}, {"Depth-Fold attention"}, set())),
    ("part list item", ("Gated Feed-Forward Layers",
                        "We study feed-forward layers in vision encoders. We also test a SwiGLU block in place of "
                        "the MLP and find small gains on ImageNet.", set(), set(), set())),
    # the blocks the paper's model is composed of, defined as an acronym
    ("defined parts", ("Denoising Radar Images",
                       "We propose Sonder, a restoration network for radar images. Its encoder is composed of "
                       "several residual gated convolution blocks (RGCB) with shared weights. Sonder outperforms "
                       "SwinIR on our radar benchmark.", {"Sonder", "RGCB"}, {"Sonder", "RGCB"}, set())),
    ("defined parts", ("Pyramids in Detection",
                       "Most detectors use feature pyramid networks (FPN) to merge scales. We measure their cost "
                       "on COCO.", set(), set(), set())),
    # a method in apposition within a list of techniques the sentence says are proposed
    ("proposed list", ("Robust Tabular Models",
                       "Three ideas are introduced to make tabular models robust: a column dropout, a replay "
                       "buffer of hard rows, and a contrastive pre-training objective, PairTune, that pairs "
                       "corrupted rows with clean ones. We test the three ideas with PairTune on OpenML tasks.",
                       {"PairTune"}, {"PairTune"}, set())),
    ("proposed list", ("Revisiting Distillation",
                       "Several methods were proposed by earlier work: a feature distillation method, TinyTeach, "
                       "and a logit method. We compare them on CIFAR-100.", set(), set(), set())),
    # a part the paper's own model is given with "a" or "an", before a relative clause or a part's head
    ("own component", ("Wren: Listening Language Models",
                       "We present Wren, a spoken language model. Wren connects the audio encoder to the decoder "
                       "with a lightweight Relay Transformer, which is trained in two stages. Wren answers spoken "
                       "questions better than Whisper with a text model.", {"Wren", "Relay Transformer"},
                       {"Relay Transformer"}, set())),
    ("own component", ("Wren: Listening Language Models",
                       "We present Wren, a spoken language model. Wren uses a frozen Relay Transformer, which was "
                       "trained for captioning. Wren answers spoken questions better than Whisper.",
                       {"Wren"}, {"Relay Transformer"}, set())),
    # "X, a simple but effective method" with no other cue
    ("simple method", ("Why Beams Repeat",
                       "Beam search repeats phrases. These findings motivate Spill Decoding, a simple yet effective "
                       "method that penalises tokens already in the beam. Spill Decoding reduces repetition with "
                       "BART on CNN/DailyMail.", {"Spill Decoding"}, {"Spill Decoding"}, set())),
    ("simple method", ("Pruning Vision Models",
                       "We apply Greedy Slicing, a simple method from earlier work, to every layer of a ViT and "
                       "measure accuracy on ImageNet.", set(), set(), set())),
]


@pytest.mark.parametrize(("kind", "case"), CASES, ids=[f"{k}: {c[0][:24]}" for k, c in CASES])
def test_own_parts(ex: Extractor, kind: str, case: Case) -> None:
    title, abstract, intro, present, absent = case
    nodes, edges = ex.paper("paper:t", title, abstract)
    names = {n.id: n.props["name"] for n in nodes if n.label == MODEL}
    introduced = {names[e.target] for e in edges if e.type == INTRODUCES and e.target in names}
    assert introduced == intro
    assert present <= set(names.values())
    assert not absent & set(names.values())


def test_own_part_beside_an_adopted_model(ex: Extractor) -> None:
    """A part the paper's model adopts as new is introduced, and no child of the known model listed beside it:
    the paper's model builds on that one."""
    nodes, edges = ex.paper("paper:t", "Heron: Sparse Language Models",
                            "We present Heron, a sparse language model. Heron adopts novel architectures including Split "
                            "Gate Attention (SGA) and DeepSeekMoE to cut the memory of its cache.")
    names = {n.id: n.props["name"] for n in nodes}
    assert {names[e.target] for e in edges if e.type == INTRODUCES} == {"Heron", "SGA"}
    assert ("SGA", "DeepSeekMoE") not in {(names[e.source], names[e.target]) for e in edges if e.type == BUILDS_ON}
    assert ("Heron", "DeepSeekMoE") in {(names[e.source], names[e.target]) for e in edges if e.type == BUILDS_ON}


@pytest.mark.parametrize(("title", "abstract", "name", "alias"), [
    ("Dense Captions as Supervision",
     "We train the image encoder to contrast matching patches of two views, and we call this loss Patch Pair "
     "Contrast (PPC). PPC improves retrieval on Flickr30K.", "PPC", "Patch Pair Contrast"),
    ("PLUMB: Probabilistic Layout Understanding Model",
     "Layouts are ambiguous. PLUMB samples several readings of a page and ranks them.", "PLUMB",
     "Probabilistic Layout Understanding Model"),
])
def test_spelled_out(ex: Extractor, title: str, abstract: str, name: str, alias: str) -> None:
    """A long form takes one word per letter of its acronym, and a title "ACRONYM: Long Form" spells it out."""
    nodes, edges = ex.paper("paper:t", title, abstract)
    node = next(n for n in nodes if n.label == MODEL and n.props["name"] == name)
    assert alias in node.props["aliases"]
    assert any(e.type == INTRODUCES and e.target == node.id for e in edges)


@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("Kite: Kernel Tricks for Embeddings", "Kite learns embeddings with random features on graphs.", "Kite"),
    ("SLED: A Method for Quick Retrieval", "SLED retrieves passages in one pass over an index.", "SLED"),
])
def test_title_not_spelled_out(ex: Extractor, title: str, abstract: str, name: str) -> None:
    """A plain word, or a subtitle whose words are not the name's letters, spells out no acronym."""
    nodes, _ = ex.paper("paper:t", title, abstract)
    node = next(n for n in nodes if n.label == MODEL and n.props["name"] == name)
    assert not any(a.startswith(title.split(": ")[1][:6]) for a in node.props.get("aliases") or [])
