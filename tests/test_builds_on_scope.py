"""Lineage scope and cues an expert user's abstracts showed missing, one table per kind (issue 16).

Every sentence is invented (Borealis, Cirrion, Skylark, Gravlax, ... are no real models) and stands for a
kind, in sentences from several fields (weather, vision, speech, molecules, graphs, translation); each
kind has negatives (a comparison, prior work, a helper model) that must give no edge.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.base import load_patterns
from kg.extract.extractor import Extractor
from kg.extract.names import canonical
from kg.model import MODEL

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py


def _titled(ex: Extractor, title: str, text: str) -> dict[str, set[Pair]]:
    """BUILDS_ON pairs and INTRODUCES names of a titled abstract."""
    found = ex.spans(text, title=title)["relations"]
    return {"builds_on": {(r["source"], r["target"]) for r in found if r["type"] == "BUILDS_ON"},
            "introduces": {("paper", r["target"]) for r in found if r["type"] == "INTRODUCES"}}


# Kind 1: a relative clause (or a lineage apposition inside a sentence) gives its antecedent the parent,
# whatever the antecedent's shape (a plain word, two plain words), and "trained from scratch" denies a
# parent to its own subject.
SCOPE: list[tuple[str, set[Pair]]] = [
    ("We present Saffron, a weather model. Unlike Borealis, which is initialized from Cirrion, Saffron is "
     "trained from scratch on reanalysis data.", {("Borealis", "Cirrion")}),
    ("We present Quokkafold. Unlike Tidewater, which was distilled from Helixor, Quokkafold is trained from "
     "scratch.", {("Tidewater", "Helixor")}),
    ("We present Lumenar, a detector. Unlike Coral Reef, which is fine-tuned from Sandbar, Lumenar uses no "
     "pretraining.", {("Coral Reef", "Sandbar")}),
    ("Unlike OrcaLM, which is fine-tuned from PiperLM, KestrelNet is trained from scratch.", {("OrcaLM", "PiperLM")}),
    ("We present Lumenar. We compare against Marram, which is built on Sandbar, and find gains.",
     {("Marram", "Sandbar")}),
    ("We present Lumenar, trained from scratch, unlike Marram, which is initialized from Sandbar.",
     {("Marram", "Sandbar")}),
    ("We present Kudu. We compare it to Bongo, a successor to Okapinet, on four tasks.", {("Bongo", "Okapinet")}),
    # negatives: a contrast with no lineage, a denied cue, an adverb before an apposition
    ("We present Saffron. Unlike Borealis, Saffron is trained from scratch.", set()),
    ("We present Saffron, a weather model trained from scratch. It is not initialized from Cirrion.", set()),
    ("We present Kudu. However, a variant of Okapinet fails on long inputs.", set()),
    ("We present KestrelNet. Our Appendix, which is based on PiperLM, lists the prompts.", set()),
    ("We present KestrelNet. The Baseline, which is initialized from PiperLM, is weaker.", set()),
    ("We present Saffron. Saffron, unlike Borealis, is trained from scratch; Borealis is fine-tuned from Cirrion.",
     set()),
    ("We present Saffron. Saffron, unlike BorealisNet, is trained from scratch and is not fine-tuned from Cirrion.",
     set()),
    # a list after "which is based on" goes on past its commas
    ("We present Kestrix, which is based on Orca Net, Piper Net and Gull Net.",
     {("Kestrix", "Orca Net"), ("Kestrix", "Piper Net"), ("Kestrix", "Gull Net")}),
]

# Kind 2: a frozen model whose features, outputs or embeddings are the targets ours matches, mimics,
# regresses onto or aligns to is a teacher, no parent; distilled into ours it is one.
TEACHER: list[tuple[str, set[Pair]]] = [
    ("We present Osprix, a speech encoder trained to mimic the outputs of a frozen Whistler teacher.", set()),
    ("We present Perch, a student that regresses onto the embeddings of Heronet on unlabeled molecules.", set()),
    ("We present Perch, a policy aligned to the representations of a frozen Sparrowformer encoder.", set()),
    ("We present Perch. Perch matches the logits of Heronet-XL on every token.", set()),
    ("We present Rookfly, a depth model trained to match the features of a frozen GrebeViT teacher.", set()),
    # distilled into ours: the teacher is a parent
    ("We present Perch, distilled from Heronet by matching its features.", {("Perch", "Heronet")}),
    ("We distill Heronet into Perch, a small student that matches the features of Heronet.", {("Perch", "Heronet")}),
]

# Kind 3: coordinated relative clauses on one antecedent ("whose A is initialized from X and whose B is
# warm-started from Y"): both are parents, parts of ours.
PARTS: list[tuple[str, set[Pair]]] = [
    ("We present Dunlin, a captioner whose image encoder is initialized from Skylark and whose text decoder is "
     "fine-tuned from Wrenlet.", {("Dunlin", "Skylark"), ("Dunlin", "Wrenlet")}),
    ("We introduce MoleGen, a molecule model whose graph encoder is initialized from ChemBERTo and whose decoder "
     "is warm-started from SmilesGPT.", {("MoleGen", "ChemBERTo"), ("MoleGen", "SmilesGPT")}),
    ("We present Dunlin, whose encoder is initialized from Skylark, while its decoder is trained from scratch.",
     {("Dunlin", "Skylark")}),
    # negative: the second clause compares
    ("We present Dunlin, whose encoder is initialized from Skylark and whose accuracy exceeds Wrenlet.",
     {("Dunlin", "Skylark")}),
]

# Kind 4: every student of "we distill X into A, B and C, three small students" is the paper's and builds on X.
STUDENTS: list[tuple[str, set[Pair]]] = [
    ("We distill Condorix into Finchlet and Wrenlet, two compact students for phones.",
     {("Finchlet", "Condorix"), ("Wrenlet", "Condorix")}),
    ("We distill ProteoLM into Kelpie, Selkie and Nixie, three small students for proteomes.",
     {("Kelpie", "ProteoLM"), ("Selkie", "ProteoLM"), ("Nixie", "ProteoLM")}),
    # negative: no apposition says the students are new, so they may be others' models
    ("We present Tarnwise. We distill Condorix into Finchlet and Wrenlet for phones.", set()),
]

# Kind 5: more cues (upgraded from, generalizes a part of X, an ensemble of X and Y, warm-started from the
# checkpoints of X and Y, share the X backbone, swapping a part for X's, port X to a framework yielding Y),
# each with negatives.
CUES: list[tuple[str, set[Pair]]] = [
    ("We present Harrowgate, upgraded from Tessellon with a larger vocabulary.", {("Harrowgate", "Tessellon")}),
    ("We present PathMix, which generalizes the aggregation of Lattix to multi-hop paths.", {("PathMix", "Lattix")}),
    ("We present Raftnet, which generalizes the attention of Keelformer to irregular meshes.",
     {("Raftnet", "Keelformer")}),
    ("We present Gullwing, a translation model warm-started from the checkpoints of Loomis and Tarrant.",
     {("Gullwing", "Loomis"), ("Gullwing", "Tarrant")}),
    # negatives: a comparison, work on a model that is no model relation, shared data, a denied port
    ("We present Harrowgate. It outperforms systems upgraded from Tessellon.", set()),
    ("We present PathMix, which generalizes the findings of Lattix to larger graphs.", set()),
    ("We present Gullwing, which outperforms models warm-started from the checkpoints of Loomis.", set()),
    ("We present Cormo. Cormo and Vistanet share the same training data.", set()),
    ("We present Smorrebrod. We port our data loader to JAX.", set()),
    ("We present Smorrebrod. We port Gravlax to JAX for comparison.", set()),
    ("We present Medley. We compare Medley with an ensemble of Tonic and Ostinato.", set()),
]

TITLED: list[tuple[str, str, set[Pair], set[Pair]]] = [
    ("Cormo: Shared Encoders", "Cormo and Ducat share the Vistanet backbone, but Cormo adds a depth head.",
     {("Cormo", "Vistanet")}, {("paper", "Cormo")}),
    ("Smorrebrod: Fast Training", "We port Gravlax to JAX, yielding Smorrebrod, which runs faster on TPUs.",
     {("Smorrebrod", "Gravlax")}, {("paper", "Smorrebrod")}),
    ("Smorrebrod: Fast Training", "We reimplement Gravlax in PyTorch, yielding Smorrebrod.",
     {("Smorrebrod", "Gravlax")}, {("paper", "Smorrebrod")}),
    ("Bittern: Encoder Swaps", "We introduce Bittern, obtained by swapping the Stilt encoder for an Avocet encoder.",
     {("Bittern", "Avocet")}, {("paper", "Bittern")}),
    ("Medley: Ensembles", "We present Medley, an ensemble of Tonic and Ostinato whose votes are averaged.",
     {("Medley", "Tonic"), ("Medley", "Ostinato")}, {("paper", "Medley")}),
    ("Gullwing: Warm Starts", "Gullwing, a translation model, is warm-started from the checkpoints of Loomis and "
     "Tarrant, respectively for the encoder and the decoder.", {("Gullwing", "Loomis"), ("Gullwing", "Tarrant")},
     {("paper", "Gullwing")}),
    # Kind 6: "X (v2)" is the versioned name: the paper introduces it, and the stated cue gives the edge
    ("Loom v2: Bigger Vocabularies", "We present Loom (v2), upgraded from Loom with a larger vocabulary.",
     {("Loom v2", "Loom")}, {("paper", "Loom v2")}),
    ("Harbor v3: Better Recall", "We release Harbor (v3), which improves on Harbor (v2) in recall.",
     {("Harbor v3", "Harbor v2")}, {("paper", "Harbor v3")}),
    ("Sextant v2: Longer Contexts", "We present Sextant (v2), which improves on Sextant (v1) with longer contexts.",
     {("Sextant v2", "Sextant")}, {("paper", "Sextant v2")}),
    # the benchmark a protocol, leaderboard or split belongs to is data, no model and no parent
    ("Medley: Echo Reading", "We present Medley. We follow the evaluation protocol of CardioView-Echo.",
     set(), {("paper", "Medley")}),
    ("Medley: Catalysts", "We present Medley and report results on the leaderboard of OpenCatalyst-22.",
     set(), {("paper", "Medley")}),
]


@pytest.mark.parametrize(("sentence", "expected"), SCOPE, ids=[s[:70] for s, _ in SCOPE])
def test_a_relative_clause_gives_its_antecedent_the_parent(builds_on: Pairs, sentence: str,
                                                           expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), TEACHER, ids=[s[:70] for s, _ in TEACHER])
def test_a_frozen_teacher_whose_features_are_targets_is_no_parent(builds_on: Pairs, sentence: str,
                                                                  expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PARTS, ids=[s[:70] for s, _ in PARTS])
def test_coordinated_relative_clauses_share_their_antecedent(builds_on: Pairs, sentence: str,
                                                             expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), STUDENTS, ids=[s[:70] for s, _ in STUDENTS])
def test_each_distilled_student_builds_on_the_teacher(ex: Extractor, builds_on: Pairs, sentence: str,
                                                      expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
    introduced = {r["target"] for r in ex.spans(sentence)["relations"] if r["type"] == "INTRODUCES"}
    assert {child for child, _ in expected} <= introduced


@pytest.mark.parametrize(("sentence", "expected"), CUES, ids=[s[:70] for s, _ in CUES])
def test_more_lineage_cues_and_their_negatives(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("title", "text", "pairs", "introduces"), TITLED, ids=[t[1][:70] for t in TITLED])
def test_titled_abstracts(ex: Extractor, title: str, text: str, pairs: set[Pair], introduces: set[Pair]) -> None:
    found = _titled(ex, title, text)
    assert found["builds_on"] == pairs
    assert found["introduces"] == introduces


def test_a_version_in_parentheses_edge_rests_on_the_stated_cue(ex: Extractor) -> None:
    rel = [r for r in ex.spans("We present Loom (v2), upgraded from Loom with a larger vocabulary.",
                               title="Loom v2: Bigger Vocabularies")["relations"] if r["type"] == "BUILDS_ON"]
    assert [(r["rule"], r["target"]) for r in rel] == [("text-cue", "Loom")]
    compared = [r for r in ex.spans("We present Loom (v2). Loom (v2) outperforms Loom on every benchmark.",
                                    title="Loom v2: More")["relations"] if r["type"] == "BUILDS_ON"]
    assert [r["rule"] for r in compared] == ["name-version"]
    assert compared[0]["evidence"].startswith("name relation:")  # a comparison is never the evidence


@pytest.mark.parametrize(("written", "name"), [
    ("EVA-Lens", "EVA-Lens"), ("Orion-Lens", "Orion-Lens"), ("Sky-Glass", "Sky-Glass"), ("Geo-Atlas", "Geo-Atlas"),
    ("Nexus", "Nexus"), ("Pegasus", "Pegasus"), ("Hermes", "Hermes"), ("DeepLens", "DeepLens"),
    ("ResNets", "ResNet"), ("U-Nets", "U-Net"), ("Switch Transformers", "Switch Transformer"),
    ("EfficientNets", "EfficientNet"), ("Kestrel-Nets", "Kestrel-Net"), ("Graph Informers", "Graph Informer"),
    ("Llamas", "LLaMA"), ("LDMs", "LDM"),
])
def test_only_a_plural_of_a_head_word_or_a_known_name_folds(written: str, name: str) -> None:
    pat = load_patterns()
    assert canonical(written, MODEL, pat.known, pat.lexicon.model_heads)[0] == name


def test_a_name_ending_in_s_is_kept_whole_in_lineage(builds_on: Pairs) -> None:
    assert builds_on("We present Vireo, a captioner that connects a frozen Orion-Lens image encoder to the "
                     "Tern-7B language model.") == {("Vireo", "Orion-Lens"), ("Vireo", "Tern")}


# Kind 7: the benchmark whose protocol, leaderboard or splits a paper follows is data: no model, no name edge
# to a model of its family.
@pytest.mark.parametrize(("text", "name"), [
    ("We present CardioScan, a model built on EchoPrime. We follow the evaluation protocol of EchoPrime-Dynamic.",
     "EchoPrime-Dynamic"),
    ("We present FoldQuick. We follow the evaluation protocol of CASP16 for structure prediction.", "CASP16"),
    ("We present Medley and adopt the test splits of MolBench-3D.", "MolBench-3D"),
    ("We present Medley and report results on the leaderboard of OpenCatalyst-22.", "OpenCatalyst-22"),
])
def test_a_benchmark_protocol_names_data(ex: Extractor, text: str, name: str) -> None:
    found = ex.spans(text)
    assert {e["name"]: e["label"] for e in found["entities"]}[name] == "Dataset"
    assert not [r for r in found["relations"] if r["type"] == "BUILDS_ON" and name in (r["source"], r["target"])]
