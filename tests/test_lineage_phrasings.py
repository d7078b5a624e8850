"""Stated lineage: the ways abstracts say one model builds on another, each with its direction and scope.

Every sentence is invented (invented model names), so the table tests the phrasing, not a known paper.
"""

from __future__ import annotations

import pytest

from kg.extract.extractor import Extractor

Pair = tuple[str, str]
CASES: list[tuple[str, set[Pair]]] = [
    ("We present WrenLM, which extends TernLM with sparse routing.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, an enhanced version of TernLM.", {("WrenLM", "TernLM")}),
    ("WrenLM improves upon TernLM by adding memory.", {("WrenLM", "TernLM")}),
    ("We reimplement TernLM in JAX and call the result WrenLM.", {("WrenLM", "TernLM")}),
    ("We propose WrenLM, which adapts TernLM to speech.", {("WrenLM", "TernLM")}),
    ("WrenLM is initialized from TernLM and trained on code.", {("WrenLM", "TernLM")}),
    ("We fine-tune TernLM to obtain WrenLM, a chat model.", {("WrenLM", "TernLM")}),
    ("WrenLM is fine-tuned from TernLM on dialogue data.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a small language model. We distill TernLM into WrenLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, distilled from TernLM.", {("WrenLM", "TernLM")}),
    ("We release WrenLM, a TernLM-7B-based model for chemistry.", {("WrenLM", "TernLM")}),
    ("WrenLM is built upon TernLM.", {("WrenLM", "TernLM")}),
    ("We build WrenLM on top of TernLM.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, a variant of TernLM with fewer layers.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, the successor to TernLM.", {("WrenLM", "TernLM")}),
    ("WrenLM is a follow-up to TernLM.", {("WrenLM", "TernLM")}),
    ("We scale up TernLM to 70B parameters and call it WrenLM.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, obtained by continued pretraining of TernLM on math.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a TernLM-style encoder for audio.", set()),  # of TernLM's kind, no child of it
    ("We propose HQ-WrenLM, equipping WrenLM with a high-quality output token.", {("HQ-WrenLM", "WrenLM")}),
    ("We introduce WrenLM. Following TernLM, we pre-train it with masked tokens.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, which aims to improve TernLM for long inputs.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, which incorporates cross-attention into TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. We explore the novel KiteLM, to improve TernLM for images.",
     {("WrenLM", "TernLM"), ("WrenLM", "KiteLM")}),
    ("We present WrenNet, a feature pyramid. Using WrenNet in a basic TernLM system, our method wins.",
     {("WrenNet", "TernLM")}),
    ("We present WrenNet. Using BERT in the KiteLib library, we test it.", set()),
    ("We present WrenNet. We use KiteLM to improve the speed of training.", set()),
    ("We present WrenLM. It beats TernLM-Chat, tuned from TernLM, and KiteLM Ultra.", {("TernLM-Chat", "TernLM")}),
    ("We present WrenLM, stronger than KiteLM and KiteLM Ultra.", set()),
    ("We present WrenLM. WrenLM aligns a frozen visual encoder with a frozen advanced LLM, TernLM, using one "
     "projection layer.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. We demonstrate the effectiveness of this method on scaling up TernLM and KiteLM.",
     set()),
    ("We present WrenLM, a series of detectors based on the vanilla TernLM with few changes.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. WrenLM-Base directly adopted from TernLM-Base architecture gets 42 AP.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a vision model. With a plain KiteNet design and long pre-training from an open & "
     "accessible huge TernLM image encoder, WrenLM shows strong results.", {("WrenLM", "TernLM")}),
    ("We propose KiteAttention, an attention algorithm. On top of it, we build WrenLM, a serving system.",
     {("WrenLM", "KiteAttention")}),
    ("We introduce WrenLM, an open model which uses Acme's novel TernLM architecture.", {("WrenLM", "TernLM")}),
    # a comparison phrased as improving upon, a use or a comparison of an architecture, are not lineage
    ("We present WrenLM. WrenLM matches or improves upon the state-of-the-art TernLM performance.", set()),
    ("We present WrenLM and compare it with the TernLM architecture.", set()),
    ("We present WrenLM. Using TernLM as a teacher, KiteLM gets worse results.", set()),
    ("We propose WrenLM. Building on this, we study how TernLM and KiteLM scale.", set()),
    ("We present WrenLM, which is based on Generalist Tern Model (GTM).", {("WrenLM", "GTM")}),
    ("This paper introduces WrenLM, a fast image model. Three designs are used: (1) Steps: we devise three "
     "steps; (2) Speed: we incorporate cross-attention modules into Tern Transformer (TernT); (3) Data: we "
     "label data.", {("WrenLM", "TernT")}),
    # a numbered version beside the unnumbered name, neither introduced here: a name relation for inference
    # across papers, no lineage this abstract states
    ("We present WrenLM. It beats KiteNetV2 and KiteNet on phones.", set()),
    # a name run together with another's, named in passing, says nothing of lineage
    ("We present WrenLM. It adopts the KiteLabMoE layer and beats KiteLab 67B.", set()),
    ("We present WrenLM. WrenLM has the same architecture as TernLM 7B, except that each layer has experts.",
     {("WrenLM", "TernLM")}),
    ("We present WrenLM. WrenLM has the same latency as TernLM 7B on phones.", set()),
    ("We present WrenLM. WrenLM also integrates ideas from TernLM, the leading model, into pretraining.",
     {("WrenLM", "TernLM")}),
    ("We present WrenLM, a sparse model. Built on TernLM-Base and TernLM-Large, it gives 7x speedups.",
     {("WrenLM", "TernLM")}),
    ("We present WrenLM. We initialize WrenLM with TernLM weights.", {("WrenLM", "TernLM")}),
    ("We present WrenLM with a TernLM backbone.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, using TernLM as the backbone.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, which leverages a pretrained TernLM as the encoder.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. It is obtained by fine-tuning TernLM on code.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. Starting from TernLM, we train it on code.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, which replaces the attention in TernLM with recurrence.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, trained from TernLM with RL.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, which equips TernLM with tools.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a version of TernLM tuned for code.", {("WrenLM", "TernLM")}),
    ("We propose WrenLM, a modification of TernLM.", {("WrenLM", "TernLM")}),
    ("We propose WrenLM, which modifies TernLM to handle video.", {("WrenLM", "TernLM")}),
    ("We propose WrenLM that augments TernLM with retrieval.", {("WrenLM", "TernLM")}),
    ("We propose WrenLM, which generalizes TernLM to graphs.", {("WrenLM", "TernLM")}),
    ("WrenLM builds upon the recent TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, which builds on TernLM and KiteLM.", {("WrenLM", "TernLM"), ("WrenLM", "KiteLM")}),
    ("We propose WrenLM, which combines TernLM and KiteLM.", {("WrenLM", "TernLM"), ("WrenLM", "KiteLM")}),
    ("We present WrenLM. WrenLM is faster than the latest version of TernLM.", set()),
    ("We present WrenLM. WrenLM outperforms the previous best TernLM by 3 points.", set()),
    ("We present WrenLM. WrenLM improves upon the widely used TernLM by 3 points.", set()),
    ("We present WrenLM. Compared with TernLM and KiteLM, WrenLM is faster.", set()),
    ("We present WrenLM. We evaluate TernLM as the baseline.", set()),
    ("We present WrenLM, an instruction-tuned TernLM model.", {("WrenLM", "TernLM")}),
    ("We introduce WrenLM, which is a fine-tuned TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a quantized TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, a TernLM variant with fewer layers.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, TernLM's successor.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. WrenLM is trained by distilling TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, obtained by pruning TernLM.", {("WrenLM", "TernLM")}),
    ("We continue pretraining TernLM on code to obtain WrenLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. WrenLM inherits the architecture of TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, which follows the TernLM architecture.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, which uses TernLM as a teacher.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. WrenLM reuses the vision encoder from TernLM.", {("WrenLM", "TernLM")}),
    ("We present WrenLM, the second generation of our TernLM models.", {("WrenLM", "TernLM")}),
    ("We present WrenLM. WrenLM outperforms a fine-tuned TernLM on math.", set()),
    ("We present WrenLM. We compare with a TernLM variant.", set()),
    ("We present WrenLM. WrenLM beats KiteLM, a TernLM variant.", set()),
    ("We present WrenLM. It outperforms the next generation of TernLM.", set()),
    # direction and scope
    ("We present WrenLM. Language models are almost universally based on the TernLM design and its attention.",
     set()),
    ("In this paper, we present a detector, called WrenLM, by marrying TernLM-based detector KiteLM with "
     "grounding.", {("KiteLM", "TernLM")}),
    ("We introduce WrenLM and WrenLM-Zero. We distill WrenLM into TernLM and KiteLM, releasing six small models.",
     set()),
    ("We introduce WrenLM-Zero and WrenLM. WrenLM-Zero is trained with RL only. To fix its issues, we introduce "
     "WrenLM, which adds cold-start data.", set()),  # a sibling whose name holds ours: a reason, no base
    ("We open-source WrenLM and six dense models distilled from WrenLM based on TernLM and KiteLM.", set()),
    ("We propose WrenLM. We also evaluate KiteLM, which is based on TernLM.", {("KiteLM", "TernLM")}),
    ("We present WrenLM. WrenLM outperforms TernLM on every benchmark.", set()),
    ("We present WrenLM and compare it with a TernLM baseline.", set()),
    ("We compare WrenLM with a baseline built on TernLM.", set()),
    # comparison and workload phrasings are never lineage
    ("We present WrenLM. Compared to its TernLM counterpart, WrenLM is twice as fast.", set()),
    ("We present WrenLib, a library used end-to-end to train TernLM-style models.", set()),
    ("We present WrenLib, which serves TernLM-style models at scale.", set()),
    ("We present WrenLM, which outperforms TernLM 70B on every task.", set()),
    # borrowed names: a word glued before a versioned name only echoes it
    ("We present MiniTernLM-4. The recent TernLM-4 shows strong abilities.", set()),
    ("We present Flan-TernLM-4, tuned on many tasks. TernLM-4 is weaker.", {("Flan-TernLM-4", "TernLM-4")}),
    # stated with a base-size suffix; two versions of others' models are not this paper's to order
    ("We introduce WrenLM-R1. WrenLM-R1 is trained on top of WrenLM-V3-Base. It beats WrenLM-V2.",
     {("WrenLM-R1", "WrenLM-V3")}),
    ("We present KiteNet. It beats TernLM-V3 and TernLM-V2 on speed.", set()),
    # a name extension holds even in a comparing sentence
    ("Flan-TernLM 540B outperforms TernLM 540B on reasoning.", {("Flan-TernLM", "TernLM")}),
    ("We present Flan-TernLM. Flan-TernLM beats TernLM by nine points.", {("Flan-TernLM", "TernLM")}),
    ("For instance, Flan-TernLM 540B outperforms TernLM 540B, and U-TernLM gains too.", {("Flan-TernLM", "TernLM")}),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:56] for s, _ in CASES])
def test_stated_lineage_phrasing(ex: Extractor, sentence: str, expected: set[Pair]) -> None:
    got = {(r["source"], r["target"]) for r in ex.spans(sentence)["relations"] if r["type"] == "BUILDS_ON"}
    assert got == expected


def test_stated_edge_carries_its_sentence_and_rule(ex: Extractor) -> None:
    text = "We study sparse models. We present WrenLM, distilled from TernLM. It is fast."
    rels = [r for r in ex.spans(text)["relations"] if r["type"] == "BUILDS_ON"]
    assert [(r["rule"], r["evidence"]) for r in rels] == [("text-cue", "We present WrenLM, distilled from TernLM.")]


def test_a_name_extended_by_other_named_work_is_passed() -> None:
    from kg.extract.base import Mention
    from kg.extract.builds_on import _passed

    def mention(name: str, at: int) -> Mention:
        return Mention(at, at + len(name), name, "Model", "test", name, name.casefold())

    ms = [mention("Fast Kite-CNN", 0), mention("Faster Kite-CNN", 20), mention("Kite-CNN", 40)]
    named = {m.key: i for i, m in enumerate(ms)}
    assert _passed(ms, named, {"faster kite-cnn": 1}, "faster kite-cnn", 2)
    assert not _passed(ms[1:], {m.key: i for i, m in enumerate(ms[1:])}, {"faster kite-cnn": 0}, "faster kite-cnn", 1)
    assert not _passed(ms, named, {"faster kite-cnn": 1, "fast kite-cnn": 0}, "faster kite-cnn", 2)


def _introduced(ex: Extractor, text: str) -> set[str]:
    return {r["target"] for r in ex.spans(text)["relations"] if r["type"] == "INTRODUCES"}


@pytest.mark.parametrize(("text", "expected"), [
    ("We introduce two techniques to improve Transformers on long inputs.", set()),  # generic, plural
    ("In this report, we introduce LSTMs for speech.", set()),  # a generic architecture is never introduced
    ("We present two methods to speed up WrenNets on phones.", set()),  # a plural past a preposition
    ("We present the latest progress of KiteAudio, namely KiteAudio2.", {"KiteAudio2"}),  # progress of X
    ("We present recent advances of WrenLM, called WrenLM-Pro.", {"WrenLM-Pro"}),
    ("We propose Latent Wren Models, a new family of generators.", {"Latent Wren Model"}),  # direct object
    ("We propose two methods to learn cross-modal kite models (KMs): one uses pairs.", {"KM"}),  # defined here
    # a model a cue names as the base is never the paper's own, however its name relates to ours
    ("We present WrenLM. WrenLM-R1 is trained on top of WrenLM-V3-Base.", {"WrenLM", "WrenLM-R1"}),
    ("WrenLM-V3 is trained on top of WrenLM-V2. WrenLM-V2 outperforms WrenLM-V1 by far.", set()),
])
def test_a_name_only_referred_to_is_not_introduced(ex: Extractor, text: str, expected: set[str]) -> None:
    assert _introduced(ex, text) == expected


def test_a_stated_parent_introduced_after_its_child_is_dropped() -> None:
    from kg.analysis.lineage import review_stated
    from kg.model import BUILDS_ON, INTRODUCES, MODEL, PAPER, Edge, Graph, Node

    g = Graph()
    for pid, day, mid, name in [("p1", "2021-03-01", "a", "WrenLM"), ("p2", "2023-05-01", "b", "KiteLM"),
                                ("p3", "2022-01-01", "c", "TernLM")]:
        g.add_node(Node(pid, PAPER, {"title": name, "date": day}))
        g.add_node(Node(mid, MODEL, {"name": name}))
        g.add_edge(Edge(pid, INTRODUCES, mid))
    g.add_edge(Edge("a", BUILDS_ON, "b", {"rule": "text-cue"}))  # parent two years after its child
    g.add_edge(Edge("b", BUILDS_ON, "c", {"rule": "text-cue"}))  # in order
    assert review_stated(g.to_networkx())[0] == [("a", "b")]


def test_a_name_edge_cites_a_sentence_naming_both_or_says_it_has_none(ex: Extractor) -> None:
    text = "We present WrenLM-Chat, a dialogue model. It is tuned for safety. KiteNet and WrenLM are older."
    rels = [r for r in ex.spans(text)["relations"] if r["type"] == "BUILDS_ON"]
    assert [(r["source"], r["target"], r["rule"]) for r in rels] == [("WrenLM-Chat", "WrenLM", "name-variant")]
    assert rels[0]["evidence"] == "name relation: WrenLM-Chat holds the name WrenLM (no sentence names both)"


def test_a_name_version_edge_past_a_version_introduced_between_is_left_to_inference() -> None:
    from kg.analysis.lineage import infer_builds_on, review_stated
    from kg.model import BUILDS_ON, INTRODUCES, MODEL, PAPER, Edge, Graph, Node

    g = Graph()
    for pid, day, mid, name in [("p1", "2018-06-01", "a", "Wren"), ("p2", "2019-02-01", "b", "Wren-2"),
                                ("p3", "2020-05-01", "c", "Wren-3")]:
        g.add_node(Node(pid, PAPER, {"title": name, "date": day}))
        g.add_node(Node(mid, MODEL, {"name": name}))
        g.add_edge(Edge(pid, INTRODUCES, mid))
    g.add_edge(Edge("c", BUILDS_ON, "a", {"rule": "name-version"}))  # Wren-3's abstract names only Wren
    g.add_edge(Edge("b", BUILDS_ON, "a", {"rule": "name-version"}))
    assert review_stated(g.to_networkx())[0] == [("c", "a")]
    g.remove_edge(("c", BUILDS_ON, "a"))
    assert [(e.source, e.target) for e in infer_builds_on(g.to_networkx())] == [("c", "b")]
