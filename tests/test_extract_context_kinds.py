"""Extraction kinds a fifth expert user met on abstracts they wrote (issue 11): a name's type decided by its
context, names with no cue right beside them, metrics, variables and proper nouns of maths as names, the wrong
model introduced, stated lineage a clause does or does not state, and names opening with a Greek letter, a
symbol or a lower-case letter.

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract, and each rule has sentences where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, DATASET, INTRODUCES, MODEL

from extract_helpers import relations


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def typed(ex: Extractor, abstract: str, title: str = "") -> dict[str, set[str]]:
    """Name -> the labels of its Model and Dataset nodes."""
    nodes, _ = ex.paper("paper:t", title, abstract)
    out: dict[str, set[str]] = {}
    for n in nodes:
        if n.label in (MODEL, DATASET):
            out.setdefault(n.name, set()).add(n.label)
    return out


def lineage(ex: Extractor, abstract: str, title: str = "") -> set[tuple[str, str]]:
    """The (child, parent) names of the BUILDS_ON edges the paper yields."""
    nodes, edges = ex.paper("paper:t", title, abstract)
    name = {n.id: n.name for n in nodes}
    return {(name[e.source], name[e.target]) for e in edges if e.type == BUILDS_ON}


# --- 1. a name read in a data context is a Dataset, and no stated parent -------------------------------------

DATA_CONTEXTS = [
    ("Gains concentrate on spatial queries, as measured by Quarry-VQA and Larkspur.", {"Quarry-VQA", "Larkspur"}),
    ("Robustness is measured on FenGlyph-2k under five corruptions.", {"FenGlyph-2k"}),
    ("The emulator is trained on 40 years of MERRA3 reanalysis at hourly resolution.", {"MERRA3"}),
    ("The tagger is pre-trained on 12 years of ClinLog-7 discharge notes.", {"ClinLog-7"}),
    ("Replaying request traces derived from ChatTrace-5 and DialogPool-2M, Burrow cuts queueing delay by 31%.",
     {"ChatTrace-5", "DialogPool-2M"}),
    ("It reaches 88.2% on the hardest variant of ShapeScan3D and 91.0% on ModelNet40.", {"ShapeScan3D"}),
    ("Translating the English benchmarks QuibQA and FairPairs-9 into Swahili changes the ranking.",
     {"QuibQA", "FairPairs-9"}),
    ("We also evaluate a Korean adaptation of StereoCoref and find twice as many errors.", {"StereoCoref"}),
    ("On Split CIFAR-10, ImageNet-A (20 tasks) and CoRoll50, the prompts reduce forgetting.", {"CoRoll50"}),
]


@pytest.mark.parametrize(("abstract", "expected"), DATA_CONTEXTS)
def test_a_name_in_a_data_context_is_a_dataset(ex: Extractor, abstract: str, expected: set[str]) -> None:
    found = typed(ex, abstract)
    assert {n for n in expected if found.get(n) == {DATASET}} == expected


@pytest.mark.parametrize(("abstract", "name"), [
    ("Evaluated on production traces drawn from LogPile-3, Burrow improves throughput by 2x over vLLM.", "LogPile-3"),
    ("Our forecaster is trained on 30 years of ERA7 reanalysis and outperforms GraphCast.", "ERA7"),
])
def test_a_dataset_in_a_data_context_gets_no_stated_builds_on(ex: Extractor, abstract: str, name: str) -> None:
    assert not any(parent == name for _, parent in lineage(ex, abstract))


@pytest.mark.parametrize(("abstract", "name", "label"), [
    # a model in the same places: measured by a metric, a comparison, a model named after training on data
    ("Our ranker outperforms Gradient-Quill-3-8B-1048K on long inputs.", "Gradient-Quill-3", MODEL),  # sizes fold
    ("We compare against Zorb-LM-7B-32k and Quill-2 on long documents.", "Zorb-LM", MODEL),
    ("Our speech model improves over Wavelet-2 and Echolyn by 3 points.", "Echolyn", MODEL),
    ("The detector is built on top of FastSeg-3 and trained on 9 years of RoadCam-5 footage.", "FastSeg-3", MODEL),
    ("It needs only 3 days of QuillNet-2 training on 8 GPUs.", "QuillNet-2", MODEL),
    ("Quality is measured by Zorb-Judge, a reward model, and by human raters.", "Zorb-Judge", MODEL),
])
def test_a_model_outside_a_data_context_stays_a_model(ex: Extractor, abstract: str, name: str, label: str) -> None:
    assert typed(ex, abstract).get(name) == {label}


def test_the_model_a_naming_phrase_names_after_data_is_a_model(ex: Extractor) -> None:
    abstract = ("We curate Pebble-40M, a set of 40 million image-text pairs. Training a ViT-B/16 tower with this "
                "data gives our model, Marten-B/16, which reaches 71.3% on ImageNet.")
    found = typed(ex, abstract, "Marten: Small Data for Vision-Language Pretraining")
    assert found.get("Marten") == {MODEL}
    assert found.get("Pebble-40M") == {DATASET}
    assert relations(ex, abstract, "Marten: Small Data for Vision-Language Pretraining").get("Marten") == INTRODUCES


# --- 2. names with no cue right beside them ----------------------------------------------------------------

NO_ADJACENT_CUE = [
    ("The sampler works with Stable Diffusion v1.5, PXL and the distilled PXL-Turbo without retraining.",
     "PXL", MODEL),
    ("Quarry is implemented in MLIRX and runs on commodity CPUs.", "MLIRX", MODEL),
    ("Our planner is written on top of OMPLX and adds 3% overhead.", "OMPLX", MODEL),
    ("It reuses the candidate generation of Tilesmith [12] but replaces its cost model.", "Tilesmith", MODEL),
    ("It reduces error by 9% over the previous best single-view method, MV-OCC, and runs faster.", "MV-OCC", MODEL),
    ("We also transfer taggers trained on the medication track of n2c2 2018 to our notes.", "n2c2 2018", DATASET),
    ("Our data mixes poems from Project Wordhoard with transcribed lectures.", "Project Wordhoard", DATASET),
    ("Gains are smallest on the small datasets (QNLI, Zet-7, Quib-12), where runs often diverge.", "QNLI", DATASET),
    ("Editors such as PixFlip recolor the whole image. Ours is preferred over PixFlip and QGIE in 64% of cases.",
     "QGIE", MODEL),
    ("On the Speech-Grounded Dialogue (SGD) dataset it reaches 71.2% joint accuracy.", "Speech-Grounded Dialogue",
     DATASET),
]


@pytest.mark.parametrize(("abstract", "name", "label"), NO_ADJACENT_CUE)
def test_a_name_without_an_adjacent_cue_is_found(ex: Extractor, abstract: str, name: str, label: str) -> None:
    assert typed(ex, abstract).get(name) == {label}


@pytest.mark.parametrize(("abstract", "word"), [
    ("The runtime is implemented in Rust and adds no dependencies.", "Rust"),
    ("As shown by Figure [3], the loss falls smoothly.", "Figure"),
    ("We train with SGD, Adam and RMSProp on the small datasets (QNLI, Zet-7).", "SGD"),
    ("The model is written in PyTorch-like pseudocode.", "PyTorch-like"),
    ("We train with Stochastic Gradient Descent (SGD) on the Harbor Speech dataset.", "Stochastic Gradient Descent"),
    ("We train with Stochastic Gradient Descent (SGD) on the Harbor Speech dataset.", "SGD"),
])
def test_no_name_is_made_without_evidence(ex: Extractor, abstract: str, word: str) -> None:
    assert word not in typed(ex, abstract)


# --- 3. metrics, variables and proper nouns of maths are no names -----------------------------------------

@pytest.mark.parametrize(("abstract", "word"), [
    ("Our tagger improves the micro-F1 and the macro-F1 over strong baselines.", "micro-F1"),
    ("The editor improves the CLIP-I score of unedited regions by 0.07.", "CLIP-I"),
    ("The editor keeps the CLIP-T similarity with the instruction.", "CLIP-T"),
    ("It lowers the RMSE on Q700 and U250 at lead times beyond 3 days.", "Q700"),
    ("It lowers the RMSE of the ensemble mean on Q700 and U250 at all lead times.", "U250"),
    ("We find that combining Hilbert and z-order curves gives the most robust features.", "Hilbert"),
    ("A Chebyshev polynomial filter replaces the attention layer.", "Chebyshev"),
    ("On LongQuill it improves the Zh.QA score by 9 points.", "Zh.QA"),
    ("It raises the Fr.MC accuracy from 41% to 57%.", "Fr.MC"),
])
def test_a_metric_variable_or_maths_noun_is_no_name(ex: Extractor, abstract: str, word: str) -> None:
    assert word not in typed(ex, abstract)


@pytest.mark.parametrize(("abstract", "name", "label"), [
    ("The distilled CLIP-B encoder matches the teacher at a third of the cost.", "CLIP", MODEL),
    ("Accuracy on K400 and SSv2 rises by 2 points.", "K400", DATASET),
    ("On Zh.QA and Zh.MC our retriever gains 4 points.", "Zh.QA", DATASET),
    ("We compare HilbertNet with Quill-2 on protein folding.", "HilbertNet", MODEL),
    ("Hilbert outperforms Quill-2 and ZetaNet on 14 of 16 tasks. Hilbert also trains faster than ZetaNet.", "Hilbert",
     MODEL),
])
def test_names_beside_metric_and_maths_words_stay(ex: Extractor, abstract: str, name: str, label: str) -> None:
    assert typed(ex, abstract).get(name) == {label}


# --- 4. the wrong model introduced --------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "abstract", "old", "new"), [
    ("GlintSeg-v2: Sharper Masks", "Our earlier segmenter, GlintSeg, used a ResNet. This paper introduces "
     "GlintSeg-v2, which adds a memory bank and improves mIoU by 4 points.", "GlintSeg", "GlintSeg-v2"),
    ("", "Our previous tagger, Quibble, was trained on news only. We present Quibble-2, trained on clinical "
     "notes, which improves F1 by 6 points.", "Quibble", "Quibble-2"),
])
def test_our_earlier_model_is_not_introduced(ex: Extractor, title: str, abstract: str, old: str, new: str) -> None:
    rel = relations(ex, abstract, title)
    assert rel.get(new) == INTRODUCES
    assert rel.get(old) != INTRODUCES


def test_our_new_model_in_the_same_phrasing_is_introduced(ex: Extractor) -> None:
    rel = relations(ex, "Our new segmenter, GlintSeg, uses a memory bank and improves mIoU by 4 points.")
    assert rel.get("GlintSeg") == INTRODUCES


@pytest.mark.parametrize("abstract", [
    "Active learning picks examples to label. We propose an acquisition rule we call Drifting\nLoss Ranking (DLR), "
    "which ranks examples by how their loss changes. DLR is cheap and DLR needs no extra passes.",
    "We propose an acquisition rule we call Drifting Loss Ranking (DLR), which ranks examples by how their loss "
    "changes. DLR is cheap and DLR needs no extra passes.",
])
def test_a_long_form_wrapped_over_a_line_is_one_node_with_its_acronym(ex: Extractor, abstract: str) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract)
    assert [n.name for n in nodes if n.label == MODEL] == ["DLR"]
    assert relations(ex, abstract).get("DLR") == INTRODUCES


def test_a_line_break_after_a_sentence_still_ends_a_long_form(ex: Extractor) -> None:
    r = ex.spans("We study Active Learning.\nLoss Ranking (ALRank) ranks examples.")
    assert [(e["name"], e["aliases"]) for e in r["entities"]] == [("ALRank", [])]
    r = ex.spans("We study Active\nLearning Loss Ranking (ALRank), which ranks examples.")
    assert [(e["name"], e["aliases"]) for e in r["entities"]] == [("ALRank", ["Active Learning Loss Ranking"])]


def test_a_lower_case_guess_over_a_wrapped_line_takes_no_name(ex: Extractor) -> None:
    r = ex.spans("Accuracy stays within 1% of FP16. Combined with\nQuantZip for activations (W3A8), the kernel is faster.")
    assert "QuantZip" in {e["name"] for e in r["entities"]}


# --- 5. stated lineage: what a clause states and what it does not -------------------------------------------

@pytest.mark.parametrize(("title", "abstract", "edges"), [
    ("", "We present OccuNet, a forecaster of occupancy. Building on the deformable cross-attention of "
     "BEVFormer, OccuNet lifts image features into a voxel grid.", {("OccuNet", "BEVFormer")}),
    ("", "We present Sedge, a speech recognizer. Building on the encoder blocks of Conformer, Sedge adds a "
     "streaming cache.", {("Sedge", "Conformer")}),
    ("", "We present Tern-Base and Tern-Chat, obtained by continued pre-training of Mistral-7B on 90B tokens of "
     "code.", {("Tern", "Mistral"), ("Tern-Chat", "Mistral")}),
    ("", "This paper describes Burrow, a serving system that batches requests by prefix. The system is "
     "implemented in 6k lines of Python on top of vLLM.", {("Burrow", "vLLM")}),
])
def test_a_stated_parent_is_found(ex: Extractor, title: str, abstract: str, edges: set[tuple[str, str]]) -> None:
    assert edges <= lineage(ex, abstract, title)


@pytest.mark.parametrize(("title", "abstract", "edge"), [
    ("", "We present Zipline, a pipeline schedule for training. We integrate it into Megatron-LM and measure "
     "training of GPT-3.", ("Zipline", "Megatron-LM")),
    ("", "We propose Quay, a cache policy. We plug it into vLLM and cut latency by 20%.", ("Quay", "vLLM")),
    ("", "We present Sedge, a speech recognizer. Unlike models built on the encoder blocks of Conformer, Sedge "
     "is trained from scratch.", ("Sedge", "Conformer")),
])
def test_a_host_or_a_rival_is_no_parent(ex: Extractor, title: str, abstract: str, edge: tuple[str, str]) -> None:
    assert edge not in lineage(ex, abstract, title)


def test_a_title_name_that_opens_the_introduced_name_is_that_model(ex: Extractor) -> None:
    title = "Swivel Pipelines: Bubble-Free Pipeline Parallelism"
    abstract = "In this paper we present Swivel-PP, a pipeline schedule that overlaps forward and backward passes."
    found = typed(ex, abstract, title)
    assert "Swivel" not in found and found.get("Swivel-PP") == {MODEL}
    assert not lineage(ex, abstract, title)


def test_a_known_title_name_is_kept_beside_a_longer_one(ex: Extractor) -> None:
    found = typed(ex, "We present BERT-Quant, a quantizer, and compare it with BERT on GLUE.",
                  "BERT Quantized: Smaller Encoders")
    assert found.get("BERT") == {MODEL} and found.get("BERT-Quant") == {MODEL}


# --- 6. names opening with a Greek letter, a symbol or a lower-case letter -----------------------------------

@pytest.mark.parametrize(("title", "abstract", "name", "label"), [
    ("", "We release μZorb, a set of adapters for Whisper that add 30 languages. μZorb halves the error rate.",
     "μZorb", MODEL),
    ("", "We present λTagger, a sequence labeller, and λTagger beats CRF baselines.", "λTagger", MODEL),
    ("", "On ∞Quill it improves the retrieval score by 9 points.", "∞Quill", DATASET),
    ("qfold: Protein Folding at Low Precision", "We introduce qfold, a quantized folding model. qfold runs on one "
     "GPU.", "qfold", MODEL),
    ("", "Against gpt-3.5-turbo with the same prompt, our agent makes fewer invalid calls.", "gpt-3.5-turbo", MODEL),
    ("", "We compare openchat-3.5 and zephyr-7b-beta on the same prompts.", "openchat-3.5", MODEL),
])
def test_a_name_with_a_greek_symbol_or_lower_case_opening_is_found(ex: Extractor, title: str, abstract: str,
                                                                    name: str, label: str) -> None:
    assert typed(ex, abstract, title).get(name) == {label}


def test_a_lower_case_introduced_name_from_the_title_is_introduced(ex: Extractor) -> None:
    rel = relations(ex, "We introduce qfold, a quantized folding model.", "qfold: Protein Folding at Low Precision")
    assert rel.get("qfold") == INTRODUCES


@pytest.mark.parametrize(("title", "abstract", "word"), [
    ("", "Scores drop from 0.9 at ratio-0.5 to 0.7 at top-5.", "top-5"),
    ("", "We introduce qfold, a quantized folding model.", "qfold"),  # no title names it
    ("zeta: a note", "We introduce qfold, a quantized folding model.", "qfold"),
    ("", "The code runs under python-3.11 and cuda-12.1.", "python-3.11"),
])
def test_lower_case_words_without_evidence_are_no_names(ex: Extractor, title: str, abstract: str, word: str) -> None:
    assert word not in typed(ex, abstract, title)
