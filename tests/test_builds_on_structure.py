"""Stated lineage read from sentence structure (issue 16): one derivation reading in kg/extract/derive.py.

Every sentence is invented (Sorbet, Quince, Tamarack, ... are no real models), one table per construction,
from several fields (speech, proteins, robotics, tabular data, vision, translation); each kind has negatives
(a comparison, a baseline, a workload, others' work, a distillation's direction, a generic head).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.base import Mention, load_patterns
from kg.extract.derive import Derivation, derivations, items
from kg.extract.extractor import Extractor
from kg.model import MODEL

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py

# Kind 1: a noun predicate ("variant", "extension", "successor", "derivative") whose parent is the noun
# phrase after "of"/"to" however many modifiers it has, a name apposed to its generic head, a name
# modifying the noun or owning it ("a Quince variant", "Quince's successor").
NOUNS: list[tuple[str, set[Pair]]] = [
    ("We present SorbetNet, a lightweight, streaming-friendly variant of QuinceASR for hearing aids.",
     {("SorbetNet", "QuinceASR")}),
    ("TamaraPlan is an informed, asymptotically-optimal extension of a prior sampling-based multi-arm "
     "motion planner, LarchPlan.", {("TamaraPlan", "LarchPlan")}),
    ("We introduce FoldKit-2, the successor to FoldKit, for protein complexes.", {("FoldKit-2", "FoldKit")}),
    ("We present TabWren, a GrebeTab derivative for spreadsheets.", {("TabWren", "GrebeTab")}),
    ("We present OsprayMT (a KittiwakeMT derivative) for low-resource translation.", {("OsprayMT", "KittiwakeMT")}),
    ("We present PlumeSeg. PlumeSeg is HeronSeg's successor and segments video.", {("PlumeSeg", "HeronSeg")}),
    # negatives: a generic head; a rival's variant; the complement of a head that is no model
    ("We present SorbetNet, a variant of a Gibbs sampler for speech.", set()),
    ("We present SorbetNet. We compare it with PipitNet, a smaller variant of QuinceASR.", {("PipitNet", "QuinceASR")}),
    ("We present SorbetNet, which extends the findings of QuinceASR to tonal languages.", set()),
    ("We present TamaraPlan. TamaraPlan outperforms an extension of LarchPlan on cluttered scenes.", set()),
]

# Kind 2: a verb predicate with its preposition ("built on", "initialized from", "based off"), the child
# the clause's subject (a sentence's opening name, a relative clause's antecedent, the names coordinated
# with it), the parents a list ending in "and".
VERBS: list[tuple[str, set[Pair]]] = [
    ("GannetLM is initialized from a pre-trained CormorantLM checkpoint.", {("GannetLM", "CormorantLM")}),
    ("We release GannetLM and ShagLM, which are fine-tuned from CormorantLM.",
     {("GannetLM", "CormorantLM"), ("ShagLM", "CormorantLM")}),
    ("We present RookArm, which is built on LarchPlan, BirchGrasp and AlderNav.",
     {("RookArm", "LarchPlan"), ("RookArm", "BirchGrasp"), ("RookArm", "AlderNav")}),
    ("TabWren builds on the tree-based tabular learner, GrebeTab, and adds a text head.", {("TabWren", "GrebeTab")}),
    ("PlumeSeg has the same architecture as HeronSeg, except for its decoder.", {("PlumeSeg", "HeronSeg")}),
    # negatives: a denied cue, an aside between subject and verb, a singular verb after two names, a
    # subject that is a tool, a margin, a preposition after the verb
    ("We present GannetLM. GannetLM does not build on CormorantLM.", set()),
    ("We present GannetLM. GannetLM, unlike ShagLM, is initialized from CormorantLM.", {("GannetLM", "CormorantLM")}),
    ("We release GannetLM and ShagLM, which is fine-tuned from CormorantLM.", {("ShagLM", "CormorantLM")}),
    ("We present RookArm. We show that tuning with LoftLoRA adapts RookArm to new grippers.", set()),
    ("We present TabWren, which improves on the tabular learner, GrebeTab, by 3 points.", set()),
    ("We present PlumeSeg. PlumeSeg extends beyond HeronSeg in supported organs.", set()),
]

# Kind 3: the direction of a distillation: "distill X into Y" and "X is distilled into Y" make Y (the
# paper's) the child; "Y is distilled from X" too; what others distill, or the paper distills into models
# it does not introduce, is no lineage of the paper's.
DIRECTION: list[tuple[str, set[Pair]]] = [
    ("We present WrenTTS. We distill CondorTTS into two small students, WrenTTS and FinchTTS, for phones.",
     {("WrenTTS", "CondorTTS"), ("FinchTTS", "CondorTTS")}),  # both students are the paper's (a parts list)
    ("We present WrenTTS. CondorTTS is then distilled into a compact student, WrenTTS.", {("WrenTTS", "CondorTTS")}),
    ("We present WrenTTS, a speech synthesizer. WrenTTS is distilled from CondorTTS with a duration loss.",
     {("WrenTTS", "CondorTTS")}),
    # negatives: the paper's model is the teacher; prior work's distillation; a student that is no model of ours
    ("We present WrenTTS. We distill WrenTTS into KiteTTS and LarkTTS for phones.", set()),
    ("We present WrenTTS. Prior work distilled CondorTTS into FinchTTS.", set()),
    ("We present WrenTTS. We distill WrenTTS into smaller models based on CondorTTS and FinchTTS.", set()),
]

# Kind 4: "we" act on a parent and a result names the child ("to obtain Y"); without a result the clause
# says what the paper does to another model (a workload).
OWN: list[tuple[str, set[Pair]]] = [
    ("We continue pretraining OrcaProt on antibody sequences to obtain OrcaProt-Ab.", {("OrcaProt-Ab", "OrcaProt")}),
    ("We fine-tune KittiwakeMT on legal text, yielding LexKite.", {("LexKite", "KittiwakeMT")}),
    # negatives: a method applied to a model; a comparison after the result word's clause
    ("We propose TernTune, a memory-efficient tuning method. With TernTune, we fine-tune KittiwakeMT on one GPU.",
     set()),
    ("We present LexKite. We fine-tune KittiwakeMT and PetrelMT on our data and compare them with LexKite.", set()),
]

# Kind 5: the parent named first, in a role for the paper's model ("serves as the backbone of", "the
# predecessor of", "weights are used to initialize"): the direction runs from the phrase after the role
# to the name before it; the child is one of the paper's models.
ROLES: list[tuple[str, set[Pair]]] = [
    ("We present AukDet. SkuaNet serves as the visual backbone of AukDet.", {("AukDet", "SkuaNet")}),
    ("We present AukDet. SkuaNet, the predecessor of our AukDet, used anchors.", {("AukDet", "SkuaNet")}),
    ("We present MurreLM. The PuffinLM checkpoints are used to initialize MurreLM.", {("MurreLM", "PuffinLM")}),
    ("We present MurreLM. PuffinLM's pretrained weights were used to warm-start MurreLM.", {("MurreLM", "PuffinLM")}),
    ("We present LoonSR. LoonSR cuts latency by 4x compared to its teacher GrebeSR.", {("LoonSR", "GrebeSR")}),
    ("We present LoonSR, a small upscaler. Unlike its teacher GrebeSR, LoonSR needs one step.", {("LoonSR", "GrebeSR")}),
    # negatives: a role for a model the paper does not introduce; a baseline is no role; the pronoun's
    # model is another paper's
    ("We present LoonSR. LoonSR beats ScaupSR and its teacher GrebeSR.", set()),
    ("We present AukDet. SkuaNet serves as the backbone of GullDet, a rival detector.", set()),
    ("We present MurreLM. PuffinLM serves as a baseline for MurreLM.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), NOUNS + VERBS + DIRECTION + OWN + ROLES,
                         ids=[s[:60] for s, _ in NOUNS + VERBS + DIRECTION + OWN + ROLES])
def test_stated_lineage_read_from_structure(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


def _mentions(text: str, names: tuple[str, ...]) -> list[Mention]:
    return [Mention(text.index(n), text.index(n) + len(n), n, MODEL, "test", n, n.casefold()) for n in names]


@pytest.mark.parametrize(("text", "names", "ours", "expected"), [
    ("Zorb is a variant of Quill.", ("Zorb", "Quill"), set(), [(0, 1, "subject-cue")]),
    ("We distill Quill into Zorb and Wren.", ("Quill", "Zorb", "Wren"), {"zorb"}, [(1, 0, "distill-into")]),
    ("We distill Quill into Zorb and Wren.", ("Quill", "Zorb", "Wren"), set(), [(None, 0, "distill-into")]),
    ("Unlike Brio, which builds on Quill, Zorb is trained from scratch.", ("Brio", "Quill", "Zorb"), {"zorb"},
     [(0, 1, "text-cue")]),
    ("Zorb uses Quill-style attention.", ("Zorb", "Quill"), {"zorb"}, []),
])
def test_the_reading_gives_child_parent_and_rule(text: str, names: tuple[str, ...], ours: set[str],
                                                  expected: list[tuple[int | None, int, str]]) -> None:
    found = list(derivations(load_patterns(), text, _mentions(text, names), [(0, len(text))], ours))
    assert all(isinstance(d, Derivation) for d in found)
    assert [tuple(d) for d in found] == expected


def test_a_name_glued_to_a_word_is_no_name_of_the_reading() -> None:
    text = "Zorb is a Quill-based detector."
    its = items(text, (0, len(text)), _mentions(text, ("Zorb", "Quill")))
    assert [(i.low, i.name) for i in its] == [("", 0), ("is", None), ("a", None), ("quill-based", None),
                                              ("detector", None), (".", None)]


def test_its_role_names_the_model_the_title_names(ex: Extractor) -> None:
    text = ("We propose LoonSR. We also propose two new blocks, ShiftMix and TernGate. 4 . 5x faster "
            "inference compared to its teacher GrebeSR keeps quality.")
    for title, expected in (("LoonSR: One-Step Image Upscaling", {("LoonSR", "GrebeSR")}), ("", set())):
        found = ex.spans(text, title=title)["relations"]
        assert {(r["source"], r["target"]) for r in found if r["type"] == "BUILDS_ON"} == expected
