"""Stated lineage kinds seen in round 33 on a development part (issue 16), one table per kind.

Every sentence is invented (HeronNet, MarlinNet, Quorra and the others are no real models; a few known names stand
where the kind needs a name the gazetteer knows). Each table holds the kind's wordings and its negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities
from kg.extract import Extractor
from kg.model import MODEL
from kg.names import name_relation

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
OWN = "We introduce HeronNet, a legal model. "

# Kind 1: a comparison by a margin ("improves upon X by 19%") says nothing of lineage, and takes nothing away from
# what the names say: the paper's X 2 is still X's next version.
MARGIN = [
    ("Here we present HeronNet 2, a medical model. HeronNet 2 improves upon HeronNet by 19%.",
     {("HeronNet 2", "HeronNet")}),
    ("HeronNet was the first model to pass the exam. Here we present HeronNet 2. It scored 86%, improving upon "
     "HeronNet by over 19%.", {("HeronNet 2", "HeronNet")}),
    # negatives: a margin over another's model, with no name relation
    ("We present HeronNet, a medical model. HeronNet improves upon Quorra by 19%.", set()),
    ("We present HeronNet 2, a medical model. HeronNet 2 improves upon Quorra 2 by 19%.", set()),
]

# Kind 2: a model taken "as its foundation / base / starting point", after any verb of use, "with", or after the
# part it lends ("the X architecture as its foundation").
FOUNDATION = [
    (OWN + "HeronNet uses Quorra as its foundation.", {("HeronNet", "Quorra")}),
    (OWN + "HeronNet takes Quorra as its starting point.", {("HeronNet", "Quorra")}),
    (OWN + "Using Quorra as its base, HeronNet is trained on statutes.", {("HeronNet", "Quorra")}),
    (OWN + "Leveraging the Quorra 7B architecture as its foundation, HeronNet is trained on statutes.",
     {("HeronNet", "Quorra")}),
    (OWN + "With Quorra as the base model, HeronNet is trained on statutes.", {("HeronNet", "Quorra")}),
    # negatives: a setting of an evaluation, a baseline, a part of a test
    ("We evaluate HeronNet with Quorra as the base model.", set()),
    (OWN + "We compare it with Quorra as the baseline.", set()),
    ("We introduce HeronNet, a retriever. We test it with Quorra as the reader.", set()),
]

# Kind 3: ours combines parts of two models, each named after "from" or "of" ("the encoders from X and the language
# models from Y", "insights from X and Y"); what is combined from them as data or outputs is no part.
COMBINED = [
    ("We present HeronNet. HeronNet combines the speech encoders from MarlinNet and the language models from Vicuna.",
     {("HeronNet", "MarlinNet"), ("HeronNet", "Vicuna")}),
    ("We present HeronNet. HeronNet combines insights from MarlinNet and Vicuna to synthesize speech.",
     {("HeronNet", "MarlinNet"), ("HeronNet", "Vicuna")}),
    ("We present HeronNet. HeronNet combines the strengths of MarlinNet and Vicuna.",
     {("HeronNet", "MarlinNet"), ("HeronNet", "Vicuna")}),
    # negatives: data and predictions combined are no parent's parts
    ("We present HeronNet. HeronNet combines data from MarlinNet and Vicuna.", set()),
    ("We present HeronNet. HeronNet combines predictions from MarlinNet and Vicuna.", set()),
]

# Kind 4: "we further (pre)train X" before the paper names its model: its model is X trained further.
FURTHER = [
    ("We further pretrain Quorra on legal texts. Our model, HeronNet, beats GPT-4.", {("HeronNet", "Quorra")}),
    ("We further train Quorra on legal texts. Our model, HeronNet, beats GPT-4.", {("HeronNet", "Quorra")}),
    # negatives: pretraining alone names no base; training ours further and comparing it with X
    ("We pretrain Quorra on legal texts. Our model, HeronNet, beats GPT-4.", set()),
    ("We present HeronNet. We further train it on legal texts and compare it with Quorra.", set()),
]

# Kind 5: a model built or trained on another's frozen or pretrained features ("with frozen X features"), not when
# the clause sets such methods apart, and not features merely used.
FEATURES = [
    ("We present EVL, a framework for training video models with frozen CLIP features.", {("EVL", "CLIP")}),
    ("We present EVL, a video model built on frozen CLIP features.", {("EVL", "CLIP")}),
    ("We present EVL, a video recognizer trained on frozen CLIP image embeddings.", {("EVL", "CLIP")}),
    # negatives: a contrast, a comparison of features, features merely used
    (OWN + "We use pretrained Quorra features.", set()),
    ("We present EVL, a video recognizer. Unlike methods with frozen CLIP features, EVL tunes everything.", set()),
    ("We present EVL, a video recognizer. It compares frozen CLIP features with fine-tuned ones.", set()),
]

# Kind 6: a base named by what it is called ("a variance reduction method known as X"), after a predicate of
# widening ("broadens", "generalizes").
CALLED = [
    ("We present HeronNet. HeronNet broadens a recently developed variance reduction method known as BERT.",
     {("HeronNet", "BERT")}),
    ("We present HeronNet. HeronNet generalizes a classic model called BERT.", {("HeronNet", "BERT")}),
    ("We present HeronNet, which broadens BERT to many languages.", {("HeronNet", "BERT")}),
    # negatives: access broadened, a scope widened
    ("We present HeronNet. HeronNet broadens access to models such as BERT.", set()),
    ("We present HeronNet. It broadens the scope of BERT evaluations.", set()),
]

# Kind 7: a new model spelled out as a derivation of another ("derive an Enhanced X (EX)"), the other named
# earlier in the abstract; the letters after a capital (T0) name a model before a model head.
SPELLED = [
    ("The Quorra Generative Adversarial Network (QRGAN) is seminal. We improve each of its parts to derive an "
     "Enhanced QRGAN (EQRGAN). The proposed EQRGAN beats QRGAN.", {("EQRGAN", "QRGAN")}),
    ("We also propose a simple recipe based on the T0 model called T-Few.", {("T-Few", "T0")}),
    # negatives: a long form that names no derivation; a version letter
    ("Prior work introduced the Enhanced QRGAN (EQRGAN). We present HeronNet, which beats EQRGAN.", set()),
    ("We present HeronNet, a coder tuned on our V2 mix.", set()),
]

# Kind 8: "Our work extends A/B X": the paper's work as the subject, two known names sharing their last words after a
# slash, each a parent; the shared root of their names (R-CNN) is no parent of its own.
SLASHED = [
    ("We present Zorb R-CNN, a low-shot detector. Our work extends Faster/Mask R-CNN with meta-learning.",
     {("Zorb R-CNN", "Faster R-CNN"), ("Zorb R-CNN", "Mask R-CNN")}),
    ("We present Zorb R-CNN, a low-shot detector. Our work extends Faster /Mask R-CNN with meta-learning. Zorb "
     "R-CNN beats R-CNN.", {("Zorb R-CNN", "Faster R-CNN"), ("Zorb R-CNN", "Mask R-CNN")}),
    ("We present Zorb R-CNN, a low-shot detector. Our work extends Faster R-CNN with meta-learning.",
     {("Zorb R-CNN", "Faster R-CNN")}),
    # negatives: work extending others' work on a model
    ("We present HeronNet, a detector. Our work extends prior work on BERT.", set()),
]

# Kind 9: a variant named by a symbol ending (X*, X#) of a name before it; a model retrained "to provide a
# meaningful comparison" is a baseline, no base.
SYMBOLS = [
    ("This paper presents an enhanced N-BEATS model, N-BEATS*, for load forecasting.", {("N-BEATS*", "N-BEATS")}),
    ("We present QuIP#, a quantizer. QuIP# halves the error of QuIP.", {("QuIP#", "QuIP")}),
    # negatives: a comparison's retrained model
    ("We investigate Zorb Attention Networks. To provide a meaningful comparison, we retrain BERT, the counterpart "
     "of Zorb Attention Networks, and evaluate it.", set()),
    ("We present HeronNet. For a fair comparison, we fine-tune BERT on the same data.", set()),
]


@pytest.mark.parametrize(("text", "pairs"),
                         MARGIN + FOUNDATION + COMBINED + FURTHER + FEATURES + CALLED + SPELLED + SLASHED + SYMBOLS)
def test_stated_lineage_kind(builds_on: Pairs, text: str, pairs: set[Pair]) -> None:
    assert builds_on(text) == pairs


# Kind 6: a letter with a TeX accent inside a name ("Sabi\'a", "Sabi{\'a}") is the accented letter, one name.
@pytest.mark.parametrize("written", ["Zorbi\\'a-65B", "Zorbi{\\'a}-65B", "Zorbi\\'{a}-65B"])
def test_a_tex_accent_in_a_name_is_the_letter(ex: Extractor, written: str) -> None:
    text = f"We pretrain Portuguese models. Our best model, {written}, performs on par with GPT-4."
    assert {(e["text"], e["name"]) for e in ex.spans(text)["entities"] if e["label"] == MODEL and "Zorb" in e["text"]
            } == {(written, "Zorbiá")}
    assert entities(ex, text) >= {(MODEL, "Zorbiá")}


# Kind 7: a family written with and without a hyphen between its words (UNet, U-Net) is one family.
@pytest.mark.parametrize(("later", "earlier", "relation"), [
    ("WNet++", "W-Net", "variant"), ("W-Net++", "WNet", "variant"), ("Res-Quill 2", "ResQuill", "version"),
    ("WNet", "W-Net", None), ("WNet++", "V-Net", None),
])
def test_a_family_is_the_same_with_or_without_a_hyphen(later: str, earlier: str, relation: str | None) -> None:
    assert name_relation(later, earlier) == relation
