"""One introduce mechanism: an own-work verb, its object noun phrase read from tokens, and the names it gives
(issue 11, kinds C and D of real4's development part).

Every sentence is written for the test with invented names (well-known models and datasets in passing). Each
table stands for one kind: the object phrase's head is any noun ("paradigm", "approaches", "recipe"), a
modifier of the object ("for vision models", "with two novel approaches") comes before the link that names
it ("namely", "called", a colon list, an apposition), whole-token blockers ("fine-tuning" is no "tuning"),
and the negatives: a name inside the object's own modifier with no link, another work as the subject, a
verb that takes no noun phrase.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.base import load_patterns
from kg.extract.introduce import Reach, object_reach
from kg.model import DATASET, INTRODUCES, MODEL

Case = tuple[str, str, set[str], set[str]]  # (title, abstract, names introduced, other names that must be found)


def found(ex: Extractor, title: str, abstract: str) -> tuple[dict[str, str], set[str]]:
    """The paper's Model and Dataset names with their labels, and the names it introduces."""
    nodes, edges = ex.paper("paper:t", title, abstract)
    names = {n.id: (n.props["name"], n.label) for n in nodes if n.label in (MODEL, DATASET)}
    return dict(names.values()), {names[e.target][0] for e in edges if e.type == INTRODUCES and e.target in names}


def check(ex: Extractor, case: Case) -> None:
    title, abstract, intro, others = case
    names, introduced = found(ex, title, abstract)
    assert introduced == intro
    assert intro | others <= set(names)


# Any head noun: the phrase's head is read, not looked up ("paradigm", "approach", "recipe", "toolkit").
ANY_HEAD: list[Case] = [
    ("", "We propose a test-time adaptation (TTA) paradigm for speech models, namely QUORLIN. QUORLIN beats "
         "Whisper on LibriSpeech.", {"QUORLIN", "TTA"}, {"Whisper", "LibriSpeech"}),
    ("", "We propose a simple approach, namely Tesselate, for mesh coarsening.", {"Tesselate"}, set()),
    ("", "In this paper we develop a lightweight training recipe for protein folding models, called Foldwise.",
     {"Foldwise"}, set()),
    ("", "We design a data curation pipeline for code corpora, dubbed Sieveline, that removes near duplicates.",
     {"Sieveline"}, set()),
    ("", "This paper presents a reward shaping scheme for sparse-reward robots, termed Kestrove.", {"Kestrove"},
     set()),
]

# A modifier of the object with "with", "for", "fine-tuning" in it, then a colon list of defined names.
MODIFIER_THEN_LIST: list[Case] = [
    ("", "We propose an efficient fine-tuning framework with two novel approaches: Gated Prompt Fusion (GPF) and "
         "Dual Adapter Routing (DAR). GPF halves the memory of LoRA.", {"GPF", "DAR"}, {"LoRA"}),
    ("", "We introduce a pre-training strategy for molecule encoders with three components: Bond Order Masking "
         "(BOM), Ring Contrast Loss (RCL) and Charge Token Mixing (CTM).", {"BOM", "RCL", "CTM"}, set()),
    ("", "We present a tuning-free editing method for diffusion models with two new modules: Latent Anchor "
         "Blending (LAB) and Prompt Echo Guidance (PEG).", {"LAB", "PEG"}, set()),
]

# An apposition after the object's modifier names the object; a short form defined in the phrase is its own.
APPOSED_AND_DEFINED: list[Case] = [
    ("", "We introduce a new benchmark for clinical note summarization, MedBrevia, with 9k notes.", {"MedBrevia"},
     set()),
    ("", "We propose two methods to learn sparse retrieval models (SpaRMs): one trained on queries and one on "
         "titles.", {"SpaRM"}, set()),
    ("", "We propose two ways to train gated speech encoders (GSE-Nets) from scratch.", {"GSE-Net"}, set()),
    ("", "We collect video, and propose a Motion Echo Transformer (MET) for action recognition. MET is fast.",
     {"MET"}, set()),
]

# Not introduced: a name inside the object's own modifier with no link, others as the subject, a verb phrase.
NOT_OURS: list[Case] = [
    ("", "We propose a method for fine-tuning BERT on small clinical datasets.", set(), {"BERT"}),
    ("", "We present a recipe for distilling LLaMA into small students.", set(), {"LLaMA"}),
    ("", "We propose to fine-tune RoBERTa with a contrastive loss.", set(), {"RoBERTa"}),
    ("", "We propose fine-tuning Mistral-7B on synthetic dialogues.", set(), {"Mistral"}),
    ("", "We propose a retriever that outperforms ColBERT on MS MARCO.", set(), {"ColBERT", "MS MARCO"}),
    ("", "We report state-of-the-art accuracy on two detection benchmarks, COCO and LVIS.", set(),
     {"COCO", "LVIS"}),
    ("", "We evaluate our proposed detector on three benchmarks (COCO, LVIS and Objects365).", set(),
     {"COCO", "LVIS"}),
    ("", "Prior work introduced Zorbnet for scene parsing, and we improve its decoder.", set(), set()),
    ("", "We build a tracker on a popular benchmark, namely TrackZone, and report AUC.", set(), {"TrackZone"}),
]

KIND_CASES = [("any head", c) for c in ANY_HEAD] + [("modifier then list", c) for c in MODIFIER_THEN_LIST] + [
    ("apposed or defined", c) for c in APPOSED_AND_DEFINED] + [("not ours", c) for c in NOT_OURS]


@pytest.mark.parametrize(("kind", "case"), KIND_CASES, ids=[f"{k}: {c[1][:36]}" for k, c in KIND_CASES])
def test_an_introduce_reaches_the_names_its_object_phrase_gives(ex: Extractor, kind: str, case: Case) -> None:
    check(ex, case)


def test_the_object_phrase_head_types_a_named_dataset(ex: Extractor) -> None:
    names, intro = found(ex, "", "We build a large multilingual speech corpus for ten Sahel languages, namely "
                                 "SAHELVOX, with 900 hours.")
    assert names.get("SAHELVOX") == DATASET and intro == {"SAHELVOX"}
    names, intro = found(ex, "", "We build a compact speech recognizer for ten Sahel languages, namely SAHELASR.")
    assert names.get("SAHELASR") == MODEL and intro == {"SAHELASR"}


@pytest.mark.parametrize(("gap", "reach"), [
    (" a test-time tuning (TTX) paradigm for vision models, namely ", Reach("paradigm", "named")),
    (" an efficient fine-tuning framework with two approaches: A (a) and ", Reach("framework", "named")),
    (" a benchmark for legal reasoning, ", Reach("benchmark", "apposition")),
    (" a new ", Reach("new", "object")),
    (" ", Reach("", "object")),
    (" a new model (", Reach("model", "paren")),
    (" a method for fine-tuning ", None),  # the name is the modifier's object
    (" to fine-tune ", None),  # no noun phrase
    (" fine-tuning ", None),
    (" a model that beats ", None),  # whole-token blockers
    (" a model, which uses ", None),
    (" accuracy on two benchmarks, ", None),  # an apposition to a modifier needs a new object ("a", "our")
    (" a method for fine-tuning BERT, called ", Reach("method", "named")),
    (" a tracker on a popular benchmark, namely ", None),  # the link names the modifier's own noun phrase
    (" some changes to the Zorb tracker, giving ", Reach("changes", "named")),  # a result names the object's
    (" two methods to learn ", None),  # a name in the modifier with no link ...
])
def test_the_object_reader_on_gaps(gap: str, reach: Reach | None) -> None:
    assert object_reach(load_patterns(), gap) == reach


def test_a_name_defined_in_the_object_modifier_is_reached() -> None:
    assert object_reach(load_patterns(), " two methods to learn ", defined=True) == Reach("methods", "defined")


def test_a_blocker_is_a_whole_token_never_part_of_a_word() -> None:
    pat = load_patterns()
    assert object_reach(pat, " a fine-tuning framework, namely ") is not None
    assert object_reach(pat, " a training-free sampler, called ") is not None
    assert object_reach(pat, " a baseline-free estimator, named ") is not None
    assert object_reach(pat, " a strong baseline, namely ") is None
