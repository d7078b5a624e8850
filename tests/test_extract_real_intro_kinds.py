"""The paper's own names on real text (issue 11): the kinds of phrasing that name them, each with invented
sentences of its own and negatives.

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def names(ex: Extractor, abstract: str, title: str = "") -> dict[str, set[str]]:
    """Each Model and Dataset node's name -> its aliases."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {n.name: set(n.props.get("aliases") or ()) for n in nodes if n.label in (MODEL, DATASET)}


# --- kind 1: an acronym's long form, before or after it, in capitals or in lower case --------------------------

LONG_FORMS: list[tuple[str, str, str]] = [
    # a head word no letter spells stays out of the long form
    ("We propose an end-to-end Spatial Echo Graph Routing method (SEGR) to parse forms. SEGR wins on FUNSD.",
     "SEGR", "Spatial Echo Graph Routing"),
    ("An efficient Lattice Echo Fusion (LEF) module is proposed to merge scales. LEF helps on COCO.",
     "LEF", "Lattice Echo Fusion"),
    # one hyphenated word spells it: not the verb before it
    ("To help it reason, we propose Query-as-Key (QaK), which reuses the queries. QaK helps on SQuAD.",
     "QaK", "Query-as-Key"),
    ("For long inputs we propose Patch-over-Token (PoT), which pools patches first.", "PoT", "Patch-over-Token"),
    # the long form in brackets after the name
    ("We propose FooNet (Fast Object Occlusion Network), a detector for crowded scenes.", "FooNet",
     "Fast Object Occlusion Network"),
    ("In this paper, we propose Tern-QA (Task-efficient and robust Question Answering), a novel approach to QA.",
     "Tern-QA", "Task-efficient and robust Question Answering"),
    ("Our learned clips, namely R2D (Recurrent 2D), beat earlier features on Kinetics-400.", "R2D", "Recurrent 2D"),
    # a lower-case letter opening the acronym spells a word of its own
    ("We then apply distilled reward tuning (dRT) to learn a chat model from the ranked outputs.", "dRT",
     "distilled reward tuning"),
    ("Earlier work showed that sparse prefix caching (sPC) cuts latency; we study it on long prompts.", "sPC",
     "sparse prefix caching"),
    # a name in mixed case after the capitalized words it loosely abbreviates, in a "method that relies on" cue
    ("We propose a simple yet effective method that relies on Rewriting with Careful Order Search (ReOrder), which "
     "beats plain tuning.", "ReOrder", "Rewriting with Careful Order Search"),
    ("We propose a method that relies on Rolling Echo Cache for Agents and Long Logs (ReCall) for continual "
     "learning.", "ReCall", "Rolling Echo Cache for Agents and Long Logs"),
    # lower-case words between capitals: the capitals spell it
    ("We present Few-Shot parsing via Masked span and Contrastive token Encoding (FSMCE), a simple approach.",
     "FSMCE", "Few-Shot parsing via Masked span and Contrastive token Encoding"),
]


@pytest.mark.parametrize(("abstract", "name", "long_form"), LONG_FORMS, ids=[n for _, n, _ in LONG_FORMS])
def test_an_acronym_keeps_its_whole_long_form(ex: Extractor, abstract: str, name: str, long_form: str) -> None:
    assert long_form in names(ex, abstract).get(name, set())


LONG_FORM_NOT: list[tuple[str, str, str]] = [
    ("The block is plugged into 2D CNNs to yield a fast video architecture (RAVNet) at a small cost.", "RAVNet",
     "to yield a fast video architecture"),
    ("We fine-tune BERT (Devlin et al., 2019) on GLUE.", "BERT", "Devlin et al., 2019"),
    ("To help it reason, we propose Query-as-Key (QaK), which reuses the queries.", "QaK", "propose Query-as-Key"),
    ("We propose a method that relies on Rolling Echo Cache (DeCall) for continual learning.", "DeCall",
     "Rolling Echo Cache"),
    ("We train it on data from Common Crawl and Wikipedia (WikiMix) and test on GLUE.", "WikiMix",
     "Common Crawl and Wikipedia"),
]


@pytest.mark.parametrize(("abstract", "name", "wrong"), LONG_FORM_NOT, ids=[n for _, n, _ in LONG_FORM_NOT])
def test_no_verb_phrase_or_citation_is_a_long_form(ex: Extractor, abstract: str, name: str, wrong: str) -> None:
    assert wrong not in names(ex, abstract).get(name, set())


# --- kind 2: the paper's components introduced without "we propose X" --------------------------------------

OWN: list[tuple[str, str, set[str]]] = [
    # passive: "an efficient ABC module is proposed"
    ("", "Scene text is hard to detect at many scales. Furthermore, an efficient Lattice Echo Fusion (LEF) module is "
         "proposed to merge features of different scales. LEF is cheap.", {"LEF"}),
    ("", "We revisit tracking by detection. Firstly, a cross-view anchor model (CVAnchor) is proposed to link short "
         "tracks. CVAnchor beats ByteTrack on MOT17.", {"CVAnchor"}),
    ("", "Speech enhancement networks need context. To this end, a light gating head (LGH) is proposed, and it "
         "runs on phones.", {"LGH"}),
    # the parts a method consists of
    ("", "Our loss consists of two parts: Shuffled Token Mixing (STM) and Warmup with Teacher Logits (WTL). "
         "Results on GLUE improve.", {"STM", "WTL"}),
    ("", "We rewrite the classical ranking loss into two parts, i.e., target margin distillation (TMD) and "
         "non-target margin distillation (NMD). TMD transfers the easy cases.", {"TMD", "NMD"}),
    ("", "Quill comprises three main modules: Echo Span Pooling (ESP), Gated Row Routing (GRR) and Deep Cell "
         "Mixing (DCM).", {"ESP", "GRR", "DCM"}),
    ("", "The framework is composed of three components: a Token Pruner (TP), a Route Mixer (RMX), and a Fusion "
         "Head (FH).", {"TP", "RMX", "FH"}),
    ("", "Specifically, two novel modules, i.e., Spectral Gate Block (SGB) and Temporal Echo Block (TEB), are "
         "designed to model speech.", {"SGB", "TEB"}),
    ("", "Our model contains two key components: the Prompt Router (PRo) and the Echo Decoder (ED).", {"PRo", "ED"}),
    ("", "Our pipeline has two parts, i.e., EchoMix and GateNorm, which we train jointly on ImageNet.",
     {"EchoMix", "GateNorm"}),
    ("", "The encoder consists of two main components: HexaPool and RingNorm. Both help on ADE20K.",
     {"HexaPool", "RingNorm"}),
    # "our ..., namely X", "a ... dataset, namely X"
    ("", "Our learned clips, namely R2D (Recurrent 2D), beat earlier features on four benchmarks.", {"R2D"}),
    ("", "In this paper, we assemble a large-scale driving dataset, namely NightRoads, which holds 2 million frames.",
     {"NightRoads"}),
    ("", "To this end, we consolidate a large-scale real driving dataset, namely Night12M, which comprises 4 million "
         "labeled images.", {"Night12M"}),
    # "to yield a ... architecture (X)"
    ("", "The block can be plugged into 2D CNNs to yield a fast video architecture (RAVNet) at a small cost. "
         "RAVNet wins on Kinetics-400.", {"RAVNet"}),
    ("", "Stacking these cells to obtain a compact speech model (MiniWav) halves the memory.", {"MiniWav"}),
    # "the final tracker Foo++ ranks first"
    ("", "We upgrade the classic DeepTrack in three ways. By adding both modules, the final tracker DeepTrack++ ranks "
         "first on MOT17.", {"DeepTrack++"}),
    ("", "Each stage of the network is trained alone. By adding both modules, the final detector KestrelDet tops "
         "the COCO leaderboard.", {"KestrelDet"}),
    # a method named after a verb other than "propose"
    ("", "We propose a simple yet effective method that relies on Gradient Echo Pruning (GEP), which halves "
         "memory. GEP beats LoRA on GLUE.", {"GEP"}),
    ("", "We give a method that is based on Rolling Window Caching (RWC) for long documents.", {"RWC"}),
    # "by designing a ... module (X)", also with TeX's unbreakable space before the bracket
    ("", "We then calibrate the box scores by designing a 3D gated alignment module~(GAM-3D) that queries each "
         "feature. Results on COCO improve.", {"GAM-3D"}),
    ("", "We improve recall by adding a Rotated Echo Fusion (REF) module to the detector.", {"REF"}),
    ("", "We propose a simple yet effective method that relies on Rewriting with Careful Order Search (ReOrder), "
         "which beats plain tuning. Training ReOrder with less data helps.", {"ReOrder"}),
    # a second-sentence proposal with a hyphenated name
    ("", "Language models read series poorly. To help it reason, we propose Query-as-Key (QaK), which reuses the "
         "queries.", {"QaK"}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), OWN, ids=[a[:40] for _, a, _ in OWN])
def test_own_components_are_introduced(introduced: Callable[..., set[str]], title: str, abstract: str,
                                       expected: set[str]) -> None:
    assert expected <= introduced(abstract, title)


OTHERS: list[tuple[str, set[str]]] = [
    # others' modules, known methods used, metrics with acronyms
    ("We add the FPN module proposed by Lin et al. to our Zorb detector and use it on COCO.", {"FPN"}),
    ("Previously, a Gated Echo Fusion (GEF) module was proposed in prior work for this task.", {"GEF"}),
    ("In earlier trackers, a cross-view anchor model (CVAnchor) is proposed to link short tracks.", {"CVAnchor"}),
    ("A Gated Echo Fusion (GEF) module is proposed by Chen et al. to merge scales.", {"GEF"}),
    ("We use LoRA to adapt our model and report the mean reciprocal rank (MRR) on MS MARCO.", {"LoRA", "MRR"}),
    ("We compare with our baselines, namely BERT and RoBERTa, on GLUE.", {"BERT", "RoBERTa"}),
    ("Existing detectors consist of two parts: a Feature Pyramid Network (FPN) and a head.", {"FPN"}),
    ("Existing taggers consist of two parts: BERT and a CRF layer.", {"BERT"}),
    ("Existing detectors contain two parts: the Feature Pyramid Network (FPN) and the RPN.", {"FPN"}),
    ("Conventional taggers have two parts: ZorbEncoder and a CRF.", {"ZorbEncoder"}),
    ("We build a detector on a popular benchmark, namely DriveZone, and report AP.", {"DriveZone"}),
    ("We propose a simple method that relies on Contrastive Language-Image Pre-training (CLIP) to rank images.",
     {"CLIP"}),
    ("Prior detectors improve recall by designing a Feature Pyramid Network (FPN) on top of ResNet-50.", {"FPN"}),
    ("We fine-tune BERT to obtain a strong classifier and compare with the final model of RoBERTa.", {"RoBERTa"}),
]


@pytest.mark.parametrize(("abstract", "not_introduced"), OTHERS, ids=[a[:40] for a, _ in OTHERS])
def test_others_and_known_methods_are_not_introduced(introduced: Callable[..., set[str]], abstract: str,
                                                     not_introduced: set[str]) -> None:
    assert not (not_introduced & introduced(abstract))


def test_a_coined_name_written_again_keeps_its_type(ex: Extractor) -> None:
    text = ("We propose a simple yet effective method that relies on Contrastive Sampling for Ordered Edit Tuning "
            "(CoSet). Training CoSet with high-quality, yet much smaller data gives better results.")
    nodes, _ = ex.paper("paper:t", "", text, ())
    assert {(n.label, n.name) for n in nodes if n.name == "CoSet"} == {(MODEL, "CoSet")}


def test_a_dataset_named_after_namely_is_a_dataset(ex: Extractor) -> None:
    text = "To this end, we consolidate a large-scale real driving dataset, namely Night12M, which holds 4M images."
    nodes, _ = ex.paper("paper:t", "", text, ())
    assert {(n.label, n.name) for n in nodes} >= {(DATASET, "Night12M")}
