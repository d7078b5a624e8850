"""Lineage phrasings and precision traps written for unseen text, one table per kind (issue 16).

Every sentence is invented (KestrelNet, PiperLM, OrcaLM, GullNet, "Marlin Net" are no real models) and
uses names of other shapes than the older tables (a plain two-word name, a size, a method's name): a row
stands for a way papers write lineage, or for a way they name a model without deriving from it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.extract.extractor import Extractor

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
KP = {("KestrelNet", "PiperLM")}
OWN = "We present KestrelNet, a new model. "
METHOD = "We propose KestrelTune, a memory-efficient fine-tuning method. "

# Kind 1: wordings of derivation: start from, backbone or initialization, continued pre-training, X-based,
# on top of, modified, with our changes, successor, replaced parts, instruction-tuned, distilled, adapted,
# warm-started; the parent as a passive role ("X is used as the initialization") with one model of ours.
DERIVED: list[tuple[str, set[Pair]]] = [
    ("We present KestrelNet, a coder trained starting from PiperLM.", KP),
    ("Starting from PiperLM, we build KestrelNet, a math model.", KP),
    (OWN + "KestrelNet starts from the PiperLM checkpoint and adds vision.", KP),
    ("We present KestrelNet, which takes PiperLM as the backbone.", KP),
    ("We present KestrelNet. We adopt PiperLM as the backbone of KestrelNet.", KP),
    ("We present KestrelNet, with PiperLM as its initialization.", KP),
    ("We present KestrelNet. PiperLM is used as the initialization.", KP),
    ("We present KestrelNet. PiperLM was adopted as the language model.", KP),
    ("We present KestrelNet, using PiperLM weights as initialization.", KP),
    ("We present KestrelNet. We continue pretraining PiperLM on 200B tokens of code.", KP),
    ("We present KestrelNet, obtained by continued pre-training of PiperLM.", KP),
    (OWN + "KestrelNet is PiperLM further pretrained on scientific papers.", KP),
    ("We present KestrelNet, a PiperLM-based agent.", KP),
    ("We build KestrelNet on top of PiperLM.", KP),
    ("We present KestrelNet, implemented on top of PiperLM.", KP),
    ("We present KestrelNet, a modified PiperLM with linear attention.", KP),
    (OWN + "KestrelNet is a modified version of PiperLM.", KP),
    ("We present KestrelNet, which is PiperLM with our changes to the tokenizer.", KP),
    (OWN + "KestrelNet is PiperLM with three modifications.", KP),
    ("We present KestrelNet, a successor to PiperLM.", KP),
    (OWN + "KestrelNet succeeds PiperLM as our flagship model.", KP),
    ("We present KestrelNet, which replaces PiperLM's attention with state-space layers.", KP),
    (OWN + "KestrelNet replaces the decoder of PiperLM with a diffusion head.", KP),
    ("We present KestrelNet, an instruction-tuned PiperLM.", KP),
    (OWN + "KestrelNet is an instruction-tuned version of PiperLM.", KP),
    ("We present KestrelNet, PiperLM instruction-tuned on 1M examples.", KP),
    ("We present KestrelNet, a distilled PiperLM for phones.", KP),
    (OWN + "KestrelNet is a distilled version of PiperLM.", KP),
    ("We adapt PiperLM to protein sequences and call the result KestrelNet.", KP),
    ("We present KestrelNet. We adapt PiperLM to protein sequences.", KP),
    (OWN + "KestrelNet adapts the pretrained PiperLM to speech recognition.", KP),
    ("We present KestrelNet, warm-started from PiperLM.", KP),
    (OWN + "KestrelNet is warm-started from a PiperLM checkpoint.", KP),
    ("We present KestrelNet. We warm-start KestrelNet from PiperLM.", KP),
    ("We present KestrelNet, fine-tuned from PiperLM on legal text.", KP),
    ("We present KestrelNet. Following PiperLM, we pre-train KestrelNet with masked tokens.", KP),
    ("We present KestrelNet. Inspired by PiperLM (Doe et al.), we propose a sparse variant.", KP),
    # negatives: a passive role for someone else's model, a baseline's backbone
    ("We present KestrelNet. PiperLM is used as the backbone of OrcaLM, which KestrelNet beats.", set()),
    ("We present KestrelNet. PiperLM is used as the baseline.", set()),
]

# Kind 2: the paper's model is a procedure run on models (a fine-tuning, quantization or decoding method),
# or the model it is evaluated with is named as "the base model": the models are workloads, not parents.
APPLIED: list[tuple[str, set[Pair]]] = [
    (OWN + "We evaluate KestrelNet with PiperLM as the base model.", set()),
    ("We propose KestrelTune, a fine-tuning method, and evaluate it with PiperLM as the base model.", set()),
    (METHOD + "We use PiperLM-7B as the base model.", set()),
    (METHOD + "Using PiperLM as the base model, KestrelTune beats full fine-tuning.", set()),
    (METHOD + "PiperLM-7B is used as the base model.", set()),
    (METHOD + "With KestrelTune, we fine-tune PiperLM-65B on one GPU.", set()),
    (METHOD + "We fine-tune PiperLM with KestrelTune and observe gains.", set()),
    (METHOD + "We apply KestrelTune to PiperLM and OrcaLM.", set()),
    (METHOD + "Experiments on PiperLM and OrcaLM show gains.", set()),
    ("We propose KestrelQ, a quantization algorithm. KestrelQ quantizes PiperLM-65B to 3 bits.", set()),
    ("We propose KestrelDec, a decoding method. KestrelDec accelerates PiperLM by 2x.", set()),
    ("We present KestrelNet, a plug-in module. We insert KestrelNet into PiperLM and OrcaLM.", set()),
    # a method may still build on another method, and a model of ours on a base model
    (METHOD + "KestrelTune extends PiperLoRA with gated adapters.", {("KestrelTune", "PiperLoRA")}),
    (OWN + "We use PiperLM-7B as the base model.", KP),
    ("We present KestrelNet, which incorporates retrieval into PiperLM.", KP),
]

# Kind 3: a model that makes, labels or judges data, or whose outputs are the data, is no parent.
DATA_MAKERS: list[tuple[str, set[Pair]]] = [
    (OWN + "We use PiperLM as a teacher to label the training data.", set()),
    (OWN + "PiperLM serves as an annotator for the images.", set()),
    ("We present KestrelNet. KestrelNet is trained on responses distilled from PiperLM.", set()),
    ("We present KestrelNet. KestrelNet learns from rationales generated by PiperLM.", set()),
    ("We present KestrelNet. PiperLM generates the synthetic instructions used to train KestrelNet.", set()),
    ("We present KestrelNet. We evaluate KestrelNet using PiperLM as a judge.", set()),
    ("We present KestrelNet, a data pipeline. KestrelNet uses PiperLM to score documents.", set()),
    ("We present KestrelNet. We use PiperLM embeddings to cluster the data.", set()),
    (OWN + "KestrelNet calls PiperLM as a tool.", set()),
    (OWN + "Human and PiperLM annotators rate the outputs.", set()),
    (OWN + "We use PiperLM to encode the documents into embeddings.", set()),
    (OWN + "Embeddings from PiperLM are used to filter the data.", set()),
    (OWN + "We prompt PiperLM to write questions.", set()),
    # the student of a teacher is its child
    ("We present KestrelNet, a student distilled from PiperLM.", KP),
]

# Kind 4: "following X" and "inspired by X" state lineage only when the clause makes the model; a recipe,
# a schedule or a setting taken from X is no derivation. Likeness, contrast and comparison never are.
LOOSE: list[tuple[str, set[Pair]]] = [
    (OWN + "Following PiperLM, we use a cosine schedule.", set()),
    (OWN + "Following PiperLM, we report accuracy on five tasks.", set()),
    (OWN + "Inspired by PiperLM, we use a larger batch size.", set()),
    (OWN + "As in PiperLM, we use rotary embeddings.", set()),
    (OWN + "Similar to PiperLM, KestrelNet uses a mixture of experts.", set()),
    (OWN + "In contrast to PiperLM, KestrelNet is dense.", set()),
    (OWN + "Like PiperLM and OrcaLM, it is trained on web text.", set()),
    (OWN + "KestrelNet is competitive with PiperLM.", set()),
    (OWN + "KestrelNet rivals PiperLM on math.", set()),
    (OWN + "KestrelNet closes the gap to PiperLM.", set()),
    (OWN + "KestrelNet performs on par with PiperLM.", set()),
    (OWN + "KestrelNet achieves PiperLM-level quality.", set()),
    (OWN + "KestrelNet is trained with the same recipe as PiperLM.", set()),
    (OWN + "KestrelNet is a PiperLM-sized model.", set()),
    (OWN + "KestrelNet uses PiperLM's tokenizer.", set()),
    (OWN + "Compared to PiperLM, KestrelNet is faster.", set()),
    (OWN + "Unlike PiperLM, KestrelNet uses no attention.", set()),
    (OWN + "KestrelNet outperforms PiperLM by 4 points.", set()),
    (OWN + "KestrelNet is evaluated on PiperBench.", set()),
]

# Kind 5: one sentence naming several models: a list the paper works on says nothing of its own model;
# a stated base among rivals keeps only its own edge.
SEVERAL: list[tuple[str, set[Pair]]] = [
    (OWN + "We fine-tune PiperLM, OrcaLM and GullNet on our data and find that all improve.", set()),
    (OWN + "KestrelNet outperforms PiperLM, OrcaLM and GullNet on five benchmarks.", set()),
    (OWN + "We test KestrelNet against PiperLM, OrcaLM-7B and GullNet.", set()),
    (OWN + "PiperLM, OrcaLM and GullNet are popular open models.", set()),
    ("We present KestrelNet, a method that works with any base model, including PiperLM and OrcaLM.", set()),
    (OWN + "KestrelNet builds on PiperLM, unlike OrcaLM and GullNet, which are trained from scratch.", KP),
    (OWN + "We fine-tune PiperLM-7B and PiperLM-13B on code.", KP),
    (OWN + "Building on PiperLM and OrcaLM, we develop a sparse model.",
     {("KestrelNet", "PiperLM"), ("KestrelNet", "OrcaLM")}),
    (OWN + "We extend PiperLM and OrcaLM with memory.", {("KestrelNet", "PiperLM"), ("KestrelNet", "OrcaLM")}),
    (OWN + "It combines PiperLM and OrcaLM.", {("KestrelNet", "PiperLM"), ("KestrelNet", "OrcaLM")}),
    ("We present KestrelNet and GullNet, both fine-tuned from PiperLM.",
     {("KestrelNet", "PiperLM"), ("GullNet", "PiperLM")}),
]

# Kind 6: plain two-word names: the head noun ("Net") is no model the name extends, coordinated plain
# names are each a parent, and a noun after the name ("architecture") is not part of it.
PLAIN: list[tuple[str, set[Pair]]] = [
    ("We present Marlin Net. Compared with Orca Net, Marlin Net is fast.", set()),
    ("We present Kestrel Net, a detector. Kestrel Net extends Marlin Net with memory.", {("Kestrel Net", "Marlin Net")}),
    ("We present Marlin Net. Marlin Net is built on top of Orca Net and Piper Net.",
     {("Marlin Net", "Orca Net"), ("Marlin Net", "Piper Net")}),
    ("We present KestrelNet, which is based on Orca Net, Piper Net and Gull Net.",
     {("KestrelNet", "Orca Net"), ("KestrelNet", "Piper Net"), ("KestrelNet", "Gull Net")}),
    ("We present KestrelNet, which extends the Marlin Net architecture.", {("KestrelNet", "Marlin Net")}),
    (OWN + "KestrelNet is fine-tuned from Deep Marlin Net.", {("KestrelNet", "Deep Marlin Net")}),
    (OWN + "KestrelNet outperforms Marlin Net and Orca Net.", set()),
]


# Kind 7: a clause is about its own subject: a relative clause or a parenthesis gives its antecedent the
# parent, a cue does not reach past ";" into the next clause, ours opening the main clause is no parent
# listed after another, and "can be combined with X", "adds little latency to X", a systems paper's
# workloads, analysis and comparison are no lineage.
SYS = "We present KestrelServe, a distributed training system. "
SCOPE: list[tuple[str, set[Pair]]] = [
    (OWN + "Unlike OrcaLM, which is fine-tuned from PiperLM, KestrelNet is trained from scratch.", {("OrcaLM", "PiperLM")}),
    ("We present KestrelNet, which outperforms OrcaLM, a model fine-tuned from PiperLM.", {("OrcaLM", "PiperLM")}),
    (OWN + "KestrelNet uses OrcaLM, which is based on PiperLM, as a judge.", {("OrcaLM", "PiperLM")}),
    (OWN + "Many open models are fine-tuned from PiperLM; we study their safety with KestrelNet.", set()),
    ("Models based on PiperLM are widely used. We present KestrelNet.", set()),
    ("We release KestrelNet-7B, fine-tuned from PiperLM-7B, and KestrelNet-70B, fine-tuned from OrcaLM-70B.",
     {("KestrelNet", "PiperLM"), ("KestrelNet", "OrcaLM")}),
    ("We introduce KestrelBench, a benchmark for code. We fine-tune PiperLM on KestrelBench.", set()),
    (SYS + "KestrelServe trains PiperLM-70B with 2x throughput.", set()),
    (SYS + "Using KestrelServe, we train a 1T-parameter PiperLM.", set()),
    (SYS + "KestrelServe enables training PiperLM on 2048 GPUs.", set()),
    (SYS + "We use KestrelServe to train PiperLM and OrcaLM.", set()),
    (SYS + "We evaluate KestrelServe on PiperLM, OrcaLM and GullNet.", set()),
    (SYS + "KestrelServe is built on top of PiperRT.", {("KestrelServe", "PiperRT")}),
    (OWN + "KestrelNet can be combined with PiperLM for further gains.", set()),
    (OWN + "KestrelNet is orthogonal to PiperLM and can be combined with it.", set()),
    (OWN + "We show that fine-tuning PiperLM on our data improves accuracy by 5 points.", set()),
    (OWN + "We also fine-tune PiperLM on our data for comparison.", set()),
    (OWN + "A PiperLM fine-tuned on the same data lags behind KestrelNet.", set()),
    (OWN + "KestrelNet transfers to PiperLM and OrcaLM without retraining.", set()),
    (OWN + "KestrelNet generalizes to other backbones such as PiperLM.", set()),
    (OWN + "KestrelNet improves the accuracy of PiperLM by 3 points.", set()),
    ("We present KestrelNet, a prompting method that improves PiperLM on math.", set()),
    (OWN + "KestrelNet can be built on top of PiperLM or OrcaLM.", set()),
    (OWN + "KestrelNet is model-agnostic and can be applied on top of PiperLM.", set()),
    (OWN + "We show that the gains of KestrelNet transfer when it is combined with PiperLM.", set()),
    (OWN + "KestrelNet adds only 1% overhead to PiperLM.", set()),
    (OWN + "KestrelNet adds little latency to PiperLM inference.", set()),
    (OWN + "KestrelNet can be initialized from any pretrained model, such as PiperLM or OrcaLM.", set()),
    (OWN + "KestrelNet improves upon previous models, including PiperLM and OrcaLM.", set()),
    (OWN + "Our experiments use PiperLM-7B, PiperLM-13B and OrcaLM-7B as base models.", set()),
    (OWN + "We instantiate KestrelNet with PiperLM and OrcaLM backbones.", set()),
    (OWN + "We fine-tune open models (e.g., PiperLM, OrcaLM) on our data.", set()),
    (OWN + "KestrelNet outperforms PiperLM, which is based on OrcaLM.", {("PiperLM", "OrcaLM")}),
    ("We present KestrelNet, which, unlike PiperLM (Doe et al., 2021), is based on OrcaLM.", {("KestrelNet", "OrcaLM")}),
    (OWN + "KestrelNet beats PiperLM (fine-tuned from OrcaLM) by 3 points.", {("PiperLM", "OrcaLM")}),
    (OWN + "We compare with PiperLM (our baseline built on OrcaLM).", set()),
    ("We present KestrelNet (built on PiperLM) for chemistry.", KP),
    (OWN + "Using KestrelNet in the PiperLM pipeline speeds up inference by 2x.", set()),
    (OWN + "Adding KestrelNet to the PiperLM baseline improves accuracy.", set()),
    (OWN + "KestrelNet extends beyond PiperLM in supported languages.", set()),
    (OWN + "KestrelNet is a drop-in replacement for PiperLM.", set()),
    (OWN + "We combine the predictions of PiperLM and OrcaLM.", set()),
    ("We present KestrelNet, a feature pyramid. Using KestrelNet in a basic PiperLM system, we gain 2 AP.", KP),
    (OWN + "KestrelNet adds a retrieval head to PiperLM.", KP),
    (OWN + "We instantiate KestrelNet with a PiperLM backbone.", KP),
]


@pytest.mark.parametrize(("sentence", "expected"), SCOPE, ids=[s[:70] for s, _ in SCOPE])
def test_each_clause_speaks_of_its_own_subject(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), DERIVED, ids=[s[:70] for s, _ in DERIVED])
def test_wordings_of_derivation(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), APPLIED, ids=[s[:70] for s, _ in APPLIED])
def test_models_a_method_is_applied_to_are_workloads(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), DATA_MAKERS, ids=[s[:70] for s, _ in DATA_MAKERS])
def test_data_makers_and_judges_are_no_parents(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), LOOSE, ids=[s[:70] for s, _ in LOOSE])
def test_following_a_recipe_or_a_likeness_is_no_lineage(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), SEVERAL, ids=[s[:70] for s, _ in SEVERAL])
def test_a_sentence_naming_several_models(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PLAIN, ids=[s[:70] for s, _ in PLAIN])
def test_plain_two_word_names(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind 8: distillation keeps its direction: the student builds on the teacher, what ours is distilled into
# is no parent of ours, and "a distillation of X" or "knowledge distillation from X" states the teacher.
DISTILL: list[tuple[str, set[Pair]]] = [
    ("We present KestrelNet. We distill KestrelNet into smaller dense models based on PiperLM and OrcaLM.", set()),
    ("We present KestrelNet. We distill KestrelNet into PiperLM and OrcaLM, releasing six small models.", set()),
    ("We present KestrelNet and KestrelNet-Mini. KestrelNet-Mini is distilled from KestrelNet on top of PiperLM-7B.",
     {("KestrelNet-Mini", "KestrelNet"), ("KestrelNet-Mini", "PiperLM")}),
    ("We present KestrelNet, a reasoning model. Its reasoning is distilled into PiperLM-7B.", set()),
    ("We present KestrelNet, a reasoning model. Smaller models distilled from KestrelNet outperform PiperLM.", set()),
    ("We present KestrelNet, a student model distilled from PiperLM and OrcaLM.",
     {("KestrelNet", "PiperLM"), ("KestrelNet", "OrcaLM")}),
    ("We present KestrelNet. KestrelNet is a distillation of PiperLM.", KP),
    ("We present KestrelNet. We use knowledge distillation from PiperLM to train KestrelNet.", KP),
    ("We present KestrelNet. PiperLM-Distill, distilled from PiperLM, is weaker than KestrelNet.",
     {("PiperLM-Distill", "PiperLM")}),
    ("We present KestrelNet 2. It improves on KestrelNet 1.5 and beats PiperLM 3.", {("KestrelNet 2", "KestrelNet 1.5")}),
    ("We present KestrelNet-VL, which adds vision to KestrelNet.", {("KestrelNet-VL", "KestrelNet")}),
]


@pytest.mark.parametrize(("sentence", "expected"), DISTILL, ids=[s[:70] for s, _ in DISTILL])
def test_distillation_keeps_its_direction(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# Kind 9: a use the extraction judged no base (a baseline's base, data a model made, a model compared with
# ours) is a plain use, so lineage inference does not read it as the paper stating its base.
PARENT_PAPER = {"id": "2101.00001", "title": "PiperLM: An Open Language Model", "date": "2021-01-05",
                "abstract": "We present PiperLM, a 7B language model trained on web text. PiperLM is strong on reasoning.",
                "authors": ["Ada Stone", "Bo Lin"]}


def _parents(tmp_path: Path, ex: Extractor, sentence: str) -> list[tuple[str, str]]:
    from kg.analysis.common import node_name
    from kg.model import BUILDS_ON
    from kg.pipeline import assemble, read_sources

    child = {"id": "2301.00002", "title": "KestrelNet for Chemistry", "date": "2023-01-05",
             "abstract": f"We present KestrelNet, a new model for chemistry. {sentence} It is strong on chemistry.",
             "authors": ["Cy Park", "Di Wu"]}
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (PARENT_PAPER, child)), encoding="utf-8")
    g = assemble(read_sources([path]), extractor=ex).to_networkx()
    return sorted((node_name(g, s), a.get("kind", "")) for s, t, a in g.edges(data=True)
                  if a.get("type") == BUILDS_ON and node_name(g, t) == "PiperLM")


@pytest.mark.parametrize("sentence", [
    "Our baseline is based on PiperLM.",
    "KestrelNet is trained on responses distilled from PiperLM.",
    "KestrelNet can be combined with PiperLM for further gains.",
    "We fine-tune PiperLM and compare it with KestrelNet.",
    "We use PiperLM as a teacher to label the training data.",
])
def test_a_use_judged_no_base_gives_no_inferred_edge(tmp_path: Path, ex: Extractor, sentence: str) -> None:
    found = ex.spans(f"We present KestrelNet, a new model. {sentence}")["relations"]
    assert [r["rule"] for r in found if r["target"] == "PiperLM" and r["type"] == "USES"] == ["use-cue"]
    assert _parents(tmp_path, ex, sentence) == []


def test_a_stated_base_still_makes_its_edge(tmp_path: Path, ex: Extractor) -> None:
    assert _parents(tmp_path, ex, "KestrelNet is fine-tuned from PiperLM.") == [("KestrelNet", "stated")]
