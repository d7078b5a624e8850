"""Stated lineage an expert user's third set of abstracts and probes showed missed or spurious, one table per kind
(issue 16).

Every sentence is invented (Pallet, Ferrox, Tessix, Verdin, Oakum, ... are no real models) and stands for a
kind, in sentences from several fields (systems, music, charts, proteins, law, medicine, tracking, 3D); every
kind has negatives (a comparison, prior work, another model's part, a method a title capitalizes, an ordinary
word) that must give no edge.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.analysis.lineage.generic import is_generic
from kg.analysis.lineage.stated import review_stated
from kg.extract.extractor import Extractor
from kg.model import BUILDS_ON, INTRODUCES, MODEL, Edge, Graph, Node

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py


def titled(ex: Extractor, title: str, abstract: str) -> set[Pair]:
    return {(r["source"], r["target"]) for r in ex.spans(abstract, title=title)["relations"] if r["type"] == BUILDS_ON}


# Kind 1: cues read now: built atop, X acts as / serves as a part of ours, uses X as its <part>, inherits X's
# tokenizer and architecture, has the same architecture as X, instruction-tune / fine-tune X into Y.
CUES: list[tuple[str, set[Pair]]] = [
    ("We present Pallet, which is built atop Ferrox-3, our earlier graph runtime, and adds sharding.",
     {("Pallet", "Ferrox-3")}),
    ("We present Quenta, a music generator whose decoder is built atop Lyrica-8B and whose critic is new.",
     {("Quenta", "Lyrica")}),
    ("We present Marlo-VL, a chart reader. A projector maps image features into the input space of Tessix-7B, "
     "which acts as the language backbone and reads long pages.", {("Marlo-VL", "Tessix")}),
    ("We present Marlo-VL, a chart reader. Brevik-2 serves as the vision encoder of Marlo-VL, and a projector "
     "feeds Tessix-7B, which acts as the language backbone.", {("Marlo-VL", "Brevik-2"), ("Marlo-VL", "Tessix")}),
    ("We introduce Cobalt, a docking model. Cobalt uses ProtoFold-2 as its sequence encoder, tuned jointly with a "
     "pose head.", {("Cobalt", "ProtoFold-2")}),
    ("Our model, Sennet, inherits Vardo-7B's tokenizer and architecture but is trained on statutes.",
     {("Sennet", "Vardo")}),
    ("We present Kilnor, which has the same architecture as Pexel-3B but is trained on clinical notes.",
     {("Kilnor", "Pexel")}),
    ("We instruction-tune Velda-13B into Velda-Helper, an assistant for tax questions.", {("Velda-Helper", "Velda")}),
    ("We fine-tune Orrin-8B into Orrinex-Law, a model for contract review.", {("Orrinex-Law", "Orrin")}),
    # negatives: others built atop X, a recipe shared, a tokenizer alone, another model's backbone, prior work
    ("We present Pallet, which beats engines built atop Ferrox-3 and adds sharding.", set()),
    ("We present Kilnor, which uses the same recipe as Pexel-3B but a new architecture.", set()),
    ("We present Sennet, which inherits Vardo-7B's tokenizer but not its weights.", set()),
    ("We present Marlo-VL, a chart reader. Zorbek-2 feeds Tessix-7B, which acts as the language backbone.", set()),
    ("We introduce Cobalt, a docking model, and compare it with Brenna-2, which uses ProtoFold-2 as its encoder "
     "too.", {("Brenna-2", "ProtoFold-2")}),  # another model's part is its own, not ours
    ("Prior work instruction-tuned Velda-13B into Velda-Helper; we train Cobalt from scratch.", set()),
]

# Kind 2: a chain in one sentence: each result builds on the one before, and each is the paper's.
CHAINS: list[tuple[str, set[Pair], set[str]]] = [
    ("We first continue pretraining Hobart-2 on proofs to obtain Hobart-Math, and then instruction-tune "
     "Hobart-Math into Tamsen, a tutor for algebra.", {("Hobart-Math", "Hobart-2"), ("Tamsen", "Hobart-Math")},
     {"Hobart-Math", "Tamsen"}),
    ("We continue pretraining Quarto on genomes to obtain Quarto-Bio, and then fine-tune Quarto-Bio into "
     "Lanyard, a variant caller for plants.", {("Quarto-Bio", "Quarto"), ("Lanyard", "Quarto-Bio")},
     {"Quarto-Bio", "Lanyard"}),
    # negative: others' results, named in a comparison
    ("Prior work pretrained Quarto on genomes to obtain Quarto-Bio, and we compare Lanyard with it.", set(), set()),
]

# Kind 3: a method phrase a title capitalizes is no parent; a model the title names and the abstract writes
# as a name still is.
TITLES: list[tuple[str, str, set[Pair]]] = [
    ("Tilex-2: Scaling Latent Diffusion with Transformer Denoisers",
     "We scale Tilex up to 3 billion parameters and replace its convolutional denoiser with a stack of "
     "diffusion transformer blocks. The resulting model, Tilex-2, renders text well.", {("Tilex-2", "Tilex")}),
    ("Kestrix: Scaling Latent Diffusion to Satellite Imagery",
     "We train a latent diffusion model on 40M satellite tiles; Kestrix synthesizes clouds and coastlines.",
     set()),
    ("Kipper: Fine-Tuning Stable Diffusion for Floor Plans",
     "We fine-tune Stable Diffusion on 90K floor plans; Kipper draws walls that are stable under edits.",
     {("Kipper", "Stable Diffusion")}),
]

# Kind 4: a plain one-word parent met once right after a strong cue: opening a sentence that names it the
# backbone of ours, in an "X-based" apposition to ours, after a title cue, after "built atop" or "inherits".
WORDS: list[tuple[str, str, set[Pair]]] = [
    ("Harlow: Drone Tracking", "Verdin serves as the backbone of our tracker, Harlow, which adds a motion head and "
     "trains on drone video.", {("Harlow", "Verdin")}),
    ("", "We introduce Mossley, a Quarrin-based assistant that drafts discharge summaries.", {("Mossley", "Quarrin")}),
    ("Pendle: Extending Oakum to Point Clouds", "We lift image features into voxels; Pendle tops the indoor "
     "segmentation benchmark.", {("Pendle", "Oakum")}),
    ("", "We present Loxley, which is built atop Tarnish, our earlier stream processor, and adds windowed joins.",
     {("Loxley", "Tarnish")}),
    ("", "Our model, Brogan, inherits Ellery's tokenizer and architecture but is trained on chemistry papers.",
     {("Brogan", "Ellery")}),
    # negatives: generic and lower-case words, another model's backbone, others built atop it, a method the
    # abstract writes in lower case, an apposition to a model of others
    ("", "We introduce Mossley, a graph-based assistant that drafts discharge summaries.", set()),
    ("", "We introduce Mossley, a Pythonic-based library that drafts discharge summaries.", set()),
    ("Harlow: Drone Tracking", "Attention serves as the backbone of our tracker, Harlow, which adds a head.", set()),
    ("Harlow: Drone Tracking", "Verdin serves as the backbone of our baseline, Tarvin, and Harlow adds a motion "
     "head.", set()),
    ("", "We present Loxley, which beats engines built atop Tarnish and adds windowed joins.", set()),
    ("Pendle: Extending Attention to Point Clouds", "We lift image features into voxels with sparse attention; "
     "Pendle tops the indoor segmentation benchmark.", set()),
    ("", "We compare with Torvald, a Quarrin-based assistant. We introduce Mossley, which drafts summaries.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), CUES, ids=[s[:70] for s, _ in CUES])
def test_cues_read_now(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected", "introduced"), CHAINS, ids=[s[:70] for s, _, _ in CHAINS])
def test_a_chain_in_one_sentence_links_each_result_and_introduces_it(ex: Extractor, builds_on: Pairs, sentence: str,
                                                                     expected: set[Pair], introduced: set[str]) -> None:
    assert builds_on(sentence) == expected
    assert {r["target"] for r in ex.spans(sentence)["relations"] if r["type"] == INTRODUCES} == introduced


@pytest.mark.parametrize(("title", "abstract", "expected"), TITLES, ids=[t[:50] for t, _, _ in TITLES])
def test_a_method_a_title_capitalizes_is_no_parent(ex: Extractor, title: str, abstract: str,
                                                   expected: set[Pair]) -> None:
    assert titled(ex, title, abstract) == expected


@pytest.mark.parametrize(("title", "abstract", "expected"), WORDS, ids=[(t or a)[:60] for t, a, _ in WORDS])
def test_a_plain_word_after_a_strong_cue_is_a_parent(ex: Extractor, title: str, abstract: str,
                                                     expected: set[Pair]) -> None:
    assert titled(ex, title, abstract) == expected


def test_u_net_is_a_generic_architecture_so_a_stated_edge_to_it_is_marked() -> None:
    assert is_generic("U-Net") and is_generic("UNet") and not is_generic("UNETR")
    g = Graph()
    for nid, name in [("m1", "Ilkley"), ("m2", "U-Net")]:
        g.add_node(Node(nid, MODEL, {"name": name}))
    g.add_edge(Edge("m1", BUILDS_ON, "m2", {"rule": "text-cue"}))
    assert review_stated(g.to_networkx()) == ([], [("m1", "m2")])


def test_a_name_version_set_apart_from_its_base_says_so(ex: Extractor) -> None:
    nodes, edges = ex.paper("paper:1", "Tern 2: Open Models", "We present Tern 2, a new generation of open models. "
                            "Unlike Tern, Tern 2 is trained from scratch on web text.")
    [edge] = [e for e in edges if e.type == BUILDS_ON]
    assert edge.props["evidence"] == ("name relation: Tern 2 holds the name Tern "
                                      "(the sentences naming both only set them apart)")
