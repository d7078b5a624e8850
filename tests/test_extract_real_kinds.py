"""The kinds of fault seen on real abstracts (issue 11), each with invented sentences of its own.

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, COMPARES_WITH, DATASET, EVALUATED_ON, INTRODUCES, MODEL, USES

P = "paper"
TYPES = (INTRODUCES, BUILDS_ON, USES, COMPARES_WITH, EVALUATED_ON)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def entities(ex: Extractor, abstract: str, title: str = "", categories: Sequence[str] = ()) -> set[tuple[str, str]]:
    """(label, name) of every Model and Dataset node the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, categories)
    return {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}


def relations(ex: Extractor, abstract: str, title: str = "") -> set[tuple[str, str, str]]:
    """(source, type, target) of the stated relations of TYPES, the paper written as "paper"."""
    return {(r["source"], r["type"], r["target"]) for r in ex.spans(abstract, title)["relations"]
            if r["type"] in TYPES}


# --- kind 6: outside ML only strong evidence makes a Model or Dataset --------------------------------------

OUTSIDE_ML: list[tuple[str, str, list[str]]] = [
    ("Transits of HD 209458 b", "We observe HD 209458 b with the Kestrel-9 spectrograph and fit its light curve.",
     ["astro-ph.EP"]),
    ("Ammonia ices", "Layers of NH3 and CO2 ice were grown at 10 K and probed with FTIR-X spectra.", ["physics.chem-ph"]),
    ("BRCA1 and TP53 in yeast", "We knock out BRCA1 and TP53 homologues and score growth with the CellTrak-2 assay.",
     ["q-bio.GN"]),
    ("Tidal mixing", "The ORCA-12 ocean model reproduces the observed tides; we compare it with NEMO-3.", ["physics.ao-ph"]),
    # no categories: the text decides
    ("", "We measure the spectra of 40 galaxies with the Vexa-4 telescope and derive their stellar masses.", []),
    ("", "The Grel-2 quark model predicts hadron masses within 3 percent of lattice results.", []),
]


@pytest.mark.parametrize(("title", "abstract", "categories"), OUTSIDE_ML, ids=[a[:30] for _, a, _ in OUTSIDE_ML])
def test_outside_ml_shapes_make_no_model_or_dataset(ex: Extractor, title: str, abstract: str,
                                                    categories: list[str]) -> None:
    assert entities(ex, abstract, title, categories) == set()


def test_outside_ml_keeps_a_known_model_and_ml_papers_keep_shapes(ex: Extractor) -> None:
    text = "We classify 10k light curves of galaxies with ResNet-50 and with our Zorbex-7 network."
    assert entities(ex, text, "", ["astro-ph.GA"]) == {(MODEL, "ResNet-50")}
    assert (MODEL, "Zorbex-7") in entities(ex, text, "", ["astro-ph.GA", "cs.LG"])
    assert (MODEL, "Zorbex-7") in entities(ex, "We train Zorbex-7, a compact network, on ImageNet.")


# --- kind 4: units, metrics, maths and counts are no names (nor BUILDS_ON from them) ------------------------

NOT_NAMES_4 = [
    "Zorblex reaches 41.2 mIoU and 3.1 nDCG while using 12 GB and 5 TFLOPs per step.",
    "Training took 3.5 petaFLOPs, and inference needs 2 GMACs at 30 FPS.",
    "We report mAP, AP50 and LPIPS, and bound the logL of the posterior.",
    "Our estimate reaches 125 GeV with an SNR of 12 dB.",
    "The method cuts MACs by half and is built on mAP-guided search.",
    "Zorblex runs on 8 A100-GPU nodes and 4 H100 GPUs.",
    "Zorblex tightens the PAC-Bayes bound and the GKL-2 divergence.",
    "Zorblex tracks the SARS-CoV-2 virus and the BRCA1 gene.",
]


@pytest.mark.parametrize("sentence", NOT_NAMES_4, ids=[s[:30] for s in NOT_NAMES_4])
def test_units_metrics_and_maths_are_no_names(ex: Extractor, sentence: str) -> None:
    assert entities(ex, sentence) - {(MODEL, "Zorblex")} == set()
    assert not any(t == BUILDS_ON for _, t, _ in relations(ex, sentence))


# --- kind 5: sentence-opening adverbs, URL user names, citation surnames, task acronyms ---------------------

NOT_NAMES_5 = [
    "Notably, Surprisingly strong baselines exist. Interestingly, retrieval helps.",
    "Code is at https://github.com/Quarkly-Lab/tern-tools and models at https://huggingface.co/Varnel/tern.",
    "Unlike prior work (Kimura et al., 2020b; Lee, 2019), we study long inputs, as Haldor et al. suggested.",
    "We study SLAM, SfM, NLI and T2I generation with LiDAR and RGB-D input.",
    "Results on SDPs and LPs transfer to ODEs.",
    "The weights are on ModelScope2 and GitHub3.",
]


@pytest.mark.parametrize("sentence", NOT_NAMES_5, ids=[s[:30] for s in NOT_NAMES_5])
def test_adverbs_urls_citations_and_task_acronyms_are_no_names(ex: Extractor, sentence: str) -> None:
    assert entities(ex, sentence) == set()


def test_a_name_next_to_a_citation_or_url_is_still_found(ex: Extractor) -> None:
    text = "We propose Tern, a retriever that prior work (Kimura et al., 2020b) lacks; see https://github.com/Varnel/tern."
    assert entities(ex, text) == {(MODEL, "Tern")}
    assert relations(ex, text) == {(P, INTRODUCES, "Tern")}


def test_a_plural_acronym_the_paper_owns_is_its_model(ex: Extractor) -> None:
    assert relations(ex, "Our sparse routing models (SRMs) beat T5.") == {
        (P, INTRODUCES, "SRM"), (P, COMPARES_WITH, "T5")}


# --- kind 1: a qualifier plus a known name, multiword plain-word names, names ending in a symbol ------------

QUALIFIED: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    ("", "We propose Sparse Whisper and compare Sparse Whisper with Whisper.",
     {(P, INTRODUCES, "Sparse Whisper"), (P, USES, "Whisper"), ("Sparse Whisper", BUILDS_ON, "Whisper")}),
    ("", "A slimmed U-Net that we call Tiny U-Net halves the memory of U-Net.",
     {(P, INTRODUCES, "Tiny U-Net")}),  # U-Net is a generic architecture: no parent by name
    ("Cascade Mask-RCNN: High Quality Detection", "We extend Mask-RCNN in stages. Cascade Mask-RCNN beats it on COCO.",
     {(P, INTRODUCES, "Cascade Mask-RCNN"), (P, USES, "Mask R-CNN"), (P, EVALUATED_ON, "COCO"),
      ("Cascade Mask-RCNN", BUILDS_ON, "Mask R-CNN")}),
    ("", "Our detector, named conditional DETR, converges faster than DETR.",
     {(P, INTRODUCES, "conditional DETR"), (P, COMPARES_WITH, "DETR"), ("conditional DETR", BUILDS_ON, "DETR")}),
    ("", "We introduce Fast DETR. Fast DETR trains in a day, unlike DETR.",
     {(P, INTRODUCES, "Fast DETR"), (P, COMPARES_WITH, "DETR"), ("Fast DETR", BUILDS_ON, "DETR")}),
    ("", "We propose Graph Echo Networks, which beat GCN on ImageNet.",
     {(P, INTRODUCES, "Graph Echo Network"), (P, COMPARES_WITH, "GCN"), (P, EVALUATED_ON, "ImageNet")}),
    ("", "We release Command Z+, and Command Z+ beats GPT-4.",
     {(P, INTRODUCES, "Command Z+"), (P, COMPARES_WITH, "GPT-4")}),
    ("", "We present Quillo*, an informed extension of Quillo.",
     {(P, INTRODUCES, "Quillo*"), (P, USES, "Quillo"), ("Quillo*", BUILDS_ON, "Quillo")}),
    # a qualifier that makes another spelling of a known longer name is that name, written once
    ("", "Our detector beats Faster RCNN on COCO.",
     {(P, COMPARES_WITH, "Faster R-CNN"), (P, EVALUATED_ON, "COCO")}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), QUALIFIED, ids=[a[:30] for _, a, _ in QUALIFIED])
def test_qualified_multiword_and_symbol_names_are_whole(ex: Extractor, title: str, abstract: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    assert relations(ex, abstract, title) == expected


def test_a_qualifier_only_repeated_with_a_generic_word_stays_apart(ex: Extractor) -> None:
    assert entities(ex, "We study Vision Whisper. Vision Whisper is Whisper on images.") == {(MODEL, "Whisper")}
    assert (P, USES, "Using Whisper") not in relations(ex, "Using Whisper we cut errors. Using Whisper helps.")


# --- kind 2: the parent is not taken as introduced ----------------------------------------------------------

PARENT: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    ("", "We present Sparrow, which cuts the memory of GPT-2 training by half.",
     {(P, INTRODUCES, "Sparrow")}),
    ("", "We propose Lynx, an architecture close to Llama's, and train it on C4.",
     {(P, INTRODUCES, "Lynx"), (P, USES, "C4")}),
    ("", "We propose a masked modeling task to pretrain vision Transformers, and we call the model Kite.",
     {(P, INTRODUCES, "Kite")}),
    ("", "We present Masked-routing Mixer Transformer (Mix2Former), a new architecture for segmentation.",
     {(P, INTRODUCES, "Mix2Former")}),
    ("", "We propose the Masked-Token BERT (MaToBERT) approach for speech.", {(P, INTRODUCES, "MaToBERT")}),
    ("", "We present a compact network, which has a VGG-like body.", set()),
    ("", "We explore recently introduced CLIP models to steer image editing.", set()),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), PARENT, ids=[a[:30] for _, a, _ in PARENT])
def test_the_parent_is_not_introduced(ex: Extractor, title: str, abstract: str,
                                      expected: set[tuple[str, str, str]]) -> None:
    got = relations(ex, abstract, title)
    assert {r for r in got if r[1] == INTRODUCES} == {r for r in expected if r[1] == INTRODUCES}
    assert expected <= got


# --- kind 3: the paper's own model without a "we propose" cue ------------------------------------------------

OWN: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("ZetaNet achieves 90% accuracy on ImageNet. Moreover, ZetaNet scales to 64 accelerators.",
     {(P, INTRODUCES, "ZetaNet"), (P, EVALUATED_ON, "ImageNet")}),
    ("Unlike earlier retrievers, FooRet indexes phrases. It beats BM25 on MS MARCO.",
     {(P, INTRODUCES, "FooRet"), (P, COMPARES_WITH, "BM25"), (P, EVALUATED_ON, "MS MARCO")}),
    ("We release our new Curated Code Crawl and train StarCoder on it.",
     {(P, INTRODUCES, "Curated Code Crawl"), (P, USES, "StarCoder")}),
    ("Our novel Quorvex matches GPT-4 on GSM8K.",
     {(P, INTRODUCES, "Quorvex"), (P, COMPARES_WITH, "GPT-4"), (P, EVALUATED_ON, "GSM8K")}),
    # an acronym defined right after an introduce cue, whatever its long form ends in
    ("To answer this, we present You Only Look at Two Frames (YOLTF), a series of detectors.",
     {(P, INTRODUCES, "YOLTF")}),
    ("We propose a Sparse Mixture of Routers (SMoR), and SMoR beats T5.",
     {(P, INTRODUCES, "SMoR"), (P, COMPARES_WITH, "T5")}),
    ("We design a new architecture (Corvid-2) whose core layer is faster than Corvid's.",
     {(P, INTRODUCES, "Corvid-2"), (P, COMPARES_WITH, "Corvid"), ("Corvid-2", BUILDS_ON, "Corvid")}),
    ("We embrace this and introduce the Sparse Gated Network (SpaGNet), which routes tokens.",
     {(P, INTRODUCES, "SpaGNet")}),
    ("This design, called a Lateral Pyramid Network (LPN), helps detectors.", {(P, INTRODUCES, "LPN")}),
    ("Our model, the Vector Hashed-Variational AutoDecoder (VH-VAD), differs from VAEs.",
     {(P, INTRODUCES, "VH-VAD")}),
    ("We propose Quill-GAN. This Generative Quill Prior (GQP) is used in every layer.",
     {(P, INTRODUCES, "Quill-GAN"), (P, INTRODUCES, "GQP")}),
    ("Our “Quibble” method achieves strong results on ImageNet.",
     {(P, INTRODUCES, "Quibble"), (P, EVALUATED_ON, "ImageNet")}),
    ("To study it, we develop a multi-turn coding benchmark (MTCB), where each task needs steps.",
     {(P, INTRODUCES, "MTCB")}),
    ("Not only does this “Quiet Echo” method improve quality, it is cheap.", {(P, INTRODUCES, "Quiet Echo")}),
    # an acronym the paper defines as its own, the head after the parenthesis ("(ZSD) framework")
    ("Our zeta space duality (ZSD) framework allows faster models.", {(P, INTRODUCES, "ZSD")}),
    ("We propose an automated tiny design search (TDS) approach, which uses latency.", {(P, INTRODUCES, "TDS")}),
    ("VoxNet encodes each voxel through the newly introduced voxel cell encoding (VCE) layer.",
     {(P, INTRODUCES, "VCE")}),
    ("We use the recently introduced voxel cell encoding (VCE) layer.", {(P, USES, "VCE")}),
    # "we train a X model", "we make X available": a new name the paper trains or releases
    ("With four chips, we train a ZorbLiT model that reaches 80% accuracy.", {(P, INTRODUCES, "ZorbLiT")}),
    ("We train a ResNet model on ImageNet.", {(P, USES, "ResNet"), (P, USES, "ImageNet")}),
    ("We make the training library QuillStack including checkpoints available as open source.",
     {(P, INTRODUCES, "QuillStack")}),
    ("We make QuillStack faster.", set()),
    # a lower-case name the paper presents in apposition
    ("To fix this, we propose echo models, a new family of models that map noise to data.",
     {(P, INTRODUCES, "echo model")}),
    ("We also propose a new data mixing strategy, multi-pool, that uses a mix of views.",
     {(P, INTRODUCES, "multi-pool")}),
    ("We propose large language models, a new family of models.", set()),
    # the subject of a result sentence after "experiments show that", or of "X is a ... model"
    ("Experiments show that ZorbNet outperforms GShard by 3 points.",
     {(P, INTRODUCES, "ZorbNet"), (P, COMPARES_WITH, "GShard")}),
    ("ZorbLM is a 7B language model trained on 2T tokens.", {(P, INTRODUCES, "ZorbLM")}),
    ("We analyse ZorbLM. ZorbLM is a language model trained by others.", set()),
    ("Kestrel is a family of lightweight open models built from Gemini research.",
     {(P, INTRODUCES, "Kestrel")}),
    # a capitalized word right after "we introduce the" and before "family of" or a model head
    ("In this report, we introduce the Kestrel family of models.", {(P, INTRODUCES, "Kestrel")}),
    ("We present the Kestrel model, which beats GPT-4.", {(P, INTRODUCES, "Kestrel"), (P, COMPARES_WITH, "GPT-4")}),
    # a common abbreviation (generic.json) presented as the paper's own name
    ("We introduce SSD, a new benchmark for joint reasoning. SSD has 1M questions.", {(P, INTRODUCES, "SSD")}),
    ("We introduce Larkspur, a single Language Model (LM) that reads music.", {(P, INTRODUCES, "Larkspur")}),
    # a named technique spelled out is a method, not a topic, unless the topic list knows it
    ("Our model adopts Multi-head Routed Attention (MRA) to cut memory.", {(P, USES, "MRA")}),
    # a known model opening result sentences is not the paper's own
    ("GPT-4 achieves 90% on GSM8K. GPT-4 also sets a record on MMLU.",
     {(P, EVALUATED_ON, "GSM8K"), (P, EVALUATED_ON, "MMLU")}),
]


@pytest.mark.parametrize(("abstract", "expected"), OWN, ids=[a[:30] for a, _ in OWN])
def test_own_model_found_without_a_propose_cue(ex: Extractor, abstract: str,
                                               expected: set[tuple[str, str, str]]) -> None:
    assert relations(ex, abstract) == expected


TITLE_SUBJECTS: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    ("ZorbNet Learns to Route Tokens", "ZorbNet routes tokens with a learned gate and beats GShard.",
     {(P, INTRODUCES, "ZorbNet"), (P, COMPARES_WITH, "GShard")}),
    ("Sparse Routing with ZorbNet", "We present a router. ZorbNet uses 8 experts.", {(P, INTRODUCES, "ZorbNet")}),
    ("Towards ZorbNet: Faster Routers", "ZorbNet routes tokens.", {(P, INTRODUCES, "ZorbNet")}),
    # a known model, a stated base, or a paper that introduces another model: not the title's subject
    ("On the Robustness of GPT-4", "We probe GPT-4 with noise. GPT-4 degrades.", {(P, USES, "GPT-4")}),
    ("Routing with ZorbNet", "Building on ZorbNet, we propose QuillNet.",
     {(P, INTRODUCES, "QuillNet"), (P, USES, "ZorbNet"), ("QuillNet", BUILDS_ON, "ZorbNet")}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), TITLE_SUBJECTS, ids=[t for t, _, _ in TITLE_SUBJECTS])
def test_a_new_name_the_title_is_about_is_the_paper_own(ex: Extractor, title: str, abstract: str,
                                                        expected: set[tuple[str, str, str]]) -> None:
    assert relations(ex, abstract, title) == expected


def test_a_common_abbreviation_opening_the_title_names_the_paper_dataset(ex: Extractor) -> None:
    title, abstract = "SSD: A New Dataset for Joint Reasoning", "SSD has 1M questions about scenes."
    assert relations(ex, abstract, title) == {(P, INTRODUCES, "SSD")}
    assert entities(ex, abstract, title) == {(DATASET, "SSD")}
    assert entities(ex, "An SSD holds the weights.") == set()  # no cue: a common word


# --- kind 7: one folding policy for sizes, variants and versions (kg/names.py) ------------------------------

FOLDS: list[tuple[str, str, list[str]]] = [
    # (as written, node name, sizes kept on the node)
    ("Corvus-2-medium", "Corvus-2", ["medium"]),
    ("ViT-H/14", "Vision Transformer", ["H/14"]),
    ("RegNetY-16GF", "RegNetY", ["16GF"]),
    ("PaLM 540B", "PaLM", ["540B"]),
    ("BERT-Large", "BERT", ["Large"]),
    ("Zorbex-XXL", "Zorbex", ["XXL"]),
    ("QuiT-XL/2", "QuiT", ["XL/2"]),
]


@pytest.mark.parametrize(("written", "name", "sizes"), FOLDS, ids=[w for w, _, _ in FOLDS])
def test_sizes_size_words_and_specs_fold_into_the_model(ex: Extractor, written: str, name: str,
                                                        sizes: list[str]) -> None:
    nodes, _ = ex.paper("paper:t", "", f"We fine-tune {written} on GSM8K.")
    model = next(n for n in nodes if n.label == MODEL)
    assert (model.name, model.props.get("sizes")) == (name, sizes)


SHORT_FORMS: list[tuple[str, str, set[tuple[str, tuple[str, ...]]]]] = [
    # (title, abstract, {(model name, its aliases)}): one versioned model written short and in full
    ("", "We compare FooNetV3 with BarNet. FooNetwork V3 is faster.",
     {("FooNetwork V3", ("FooNetV3",)), ("BarNet", ())}),
    ("", "We compare FooNet-v3 and FooNet V3 runs.", {("FooNet-v3", ("FooNet V3",))}),
    ("", "FNV3 beats GPT-4. The FooNetwork V3 runs on TPUs.", {("FooNetwork V3", ("FNV3",)), ("GPT-4", ())}),
    ("Zeta2SR: ZetaV2 Transformer for Super-Resolution", "We build on Zeta Transformer V2 and beat ZetaIR.",
     {("Zeta Transformer V2", ("ZetaV2",)), ("Zeta2SR", ()), ("ZetaIR", ()), ("Transformer", ())}),
    # a dropped head word alone is no proof: two models, unless the text joins them
    ("", "We compare FooV2 with Foo Transformer V2.", {("FooV2", ()), ("Foo Transformer V2", ())}),
    ("", "BarNet V2 beats FooNetwork V2 and FooNetwork V3.",
     {("BarNet V2", ()), ("FooNetwork V2", ()), ("FooNetwork V3", ())}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), SHORT_FORMS, ids=[a[:30] for _, a, _ in SHORT_FORMS])
def test_a_versioned_name_written_short_and_in_full_is_one_node(ex: Extractor, title: str, abstract: str,
                                                                expected: set[tuple[str, tuple[str, ...]]]) -> None:
    nodes, _ = ex.paper("paper:t", title, abstract)
    assert {(n.name, tuple(n.props.get("aliases") or ())) for n in nodes if n.label == MODEL} == expected


def test_plurals_fold_versions_and_tuned_variants_stay_apart(ex: Extractor) -> None:
    text = ("We compare ResNets, U-Nets and ControlNets with Phi-2 v1.1, Phi-2, Tern-7B-Instruct and "
            "Tern-Chat, and evaluate on SQuAD2.0, SQuAD v1.1, WMT'16, IWSLT 2017 and IWSLT.")
    assert entities(ex, text) == {
        (MODEL, "ResNet"), (MODEL, "U-Net"), (MODEL, "ControlNet"), (MODEL, "Phi-2 v1.1"), (MODEL, "Phi-2"),
        (MODEL, "Tern-Instruct"), (MODEL, "Tern-Chat"), (DATASET, "SQuAD 2.0"), (DATASET, "SQuAD 1.1"),
        (DATASET, "WMT 2016"), (DATASET, "IWSLT 2017"), (DATASET, "IWSLT")}


def test_a_known_name_is_never_cut(ex: Extractor) -> None:
    assert entities(ex, "We compare Transformer-XL with GPT-2 XL.") == {(MODEL, "Transformer-XL"), (MODEL, "GPT-2")}


@pytest.mark.parametrize("abstract, introduced, parent", [
    ("We present Koala 2-Long, built by continual pretraining from Koala 2.", "Koala 2-Long", "Koala 2"),
    ("We present Llama 3-Longer, a long-context model built from Llama 3.", "Llama 3-Longer", "Llama 3"),
    ("We present Qwen 2.5-Math79, initialized from Qwen 2.5.", "Qwen 2.5-Math79", "Qwen 2.5"),
])
def test_a_known_name_with_a_version_and_a_new_word_is_a_new_model(ex: Extractor, abstract: str,
                                                                    introduced: str, parent: str) -> None:
    """A known family with a version and a hyphened word of its own ("Koala 2-Long") is a new model that
    builds on the version, never the family name: the family would take the child's date and parents."""
    nodes, edges = ex.paper("paper:t", "", abstract)
    name = {n.id: n.name for n in nodes}
    rel = {(e.type, name.get(e.source, e.source), name.get(e.target, e.target)) for e in edges}
    assert (INTRODUCES, "paper:t", introduced) in rel
    assert (BUILDS_ON, introduced, parent) in rel
    assert not any(t == INTRODUCES and target != introduced for t, _, target in rel)


def test_a_versioned_known_name_before_a_lower_case_compound_keeps_its_version(ex: Extractor) -> None:
    assert entities(ex, "We fine-tune Llama 2-based and GPT-4-style models.") >= {(MODEL, "Llama 2")}
    assert (MODEL, "LLaMA") not in entities(ex, "We fine-tune Llama 2-based models.")


def test_variants_of_the_own_model_are_introduced_and_linked_and_lineage_finds_both(ex: Extractor) -> None:
    from kg.analysis.common import find_node
    from kg.model import Graph, Node

    text = ("We introduce Tern, a family of language models. Tern-Chat, the chat model tuned from Tern, and "
            "Code-Tern, trained on code, are also released.")
    nodes, edges = ex.paper("paper:t", "", text)
    assert {(e.type, e.target) for e in edges if e.source == "paper:t"} >= {
        (INTRODUCES, "model:tern"), (INTRODUCES, "model:ternchat"), (INTRODUCES, "model:codetern")}
    assert ("model:ternchat", BUILDS_ON, "model:tern") in {(e.source, e.type, e.target) for e in edges}
    g = Graph()
    g.add_node(Node("paper:t", "Paper", {"title": "t"}))
    for n in nodes:
        g.add_node(n)
    for e in edges:
        g.add_edge(e)
    nx = g.to_networkx()
    assert find_node(nx, MODEL, "Tern 7B") == "model:tern"
    assert find_node(nx, MODEL, "tern-chat") == "model:ternchat"


# --- kind 8: datasets found and typed as datasets; language pairs are none ----------------------------------

DATASETS_8: list[tuple[str, set[tuple[str, str]]]] = [
    ("We pretrain on openwebtext and tinystories.", {(DATASET, "OpenWebText"), (DATASET, "TinyStories")}),
    ("We then test on the Sketch-Photo Dataset.", {(DATASET, "Sketch-Photo")}),
    ("Our agent is scored on MuJoCo tasks.", {(DATASET, "MuJoCo")}),
    ("We train on the RT'03 corpus.", {(DATASET, "RT'03")}),
    ("Trained on AudioSketch with one GPU, our model converges fast.", {(DATASET, "AudioSketch")}),
    ("We report French-English and WMT 2014 English-German results.", {(DATASET, "WMT 2014")}),
    ("We crawl CommonCrawl and the Pile.", {(DATASET, "Common Crawl"), (DATASET, "The Pile")}),
    # splits and subsets are the dataset (versions are not: see kind 7)
    ("We report ARC Easy and ARC Challenge accuracy.", {(DATASET, "ARC")}),
    # a score before "on", a gain after the name, a capitalized head word, "On X," opening a sentence
    ("Our model reaches 80% on Quorra and 70% on Zentra.", {(DATASET, "Quorra"), (DATASET, "Zentra")}),
    ("It sets the best results on Quorra (+3.1).", {(DATASET, "Quorra")}),
    ("We evaluate on the Quorra Challenge and the Zentra Leaderboard.",
     {(DATASET, "Quorra Challenge"), (DATASET, "Zentra Leaderboard")}),
    ("On Quorra-2, our method improves accuracy by 3 points.", {(DATASET, "Quorra-2")}),
    ("We build on Quorra-2, a model of speech.", {(MODEL, "Quorra-2")}),
    ("Our model runs on Kestrel and wins.", set()),  # a capitalized word after "on" needs more
]


@pytest.mark.parametrize(("abstract", "expected"), DATASETS_8, ids=[a[:30] for a, _ in DATASETS_8])
def test_datasets_found_and_typed(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


# --- kind 9: the longest name wins ------------------------------------------------------------------------

def test_the_longest_match_wins(ex: Extractor) -> None:
    paper_relations = {r for r in relations(ex, "We train PaLM 2-S and compare with PaLM.") if r[0] == P}
    assert paper_relations == {(P, USES, "PaLM 2"), (P, COMPARES_WITH, "PaLM")}  # size S folds into PaLM 2
    assert entities(ex, "We fine-tune Flan-T5-XL and Mask R-CNN.") == {(MODEL, "Flan-T5"), (MODEL, "Mask R-CNN")}


# --- kind 10: names in LaTeX or Greek ------------------------------------------------------------------------

def test_latex_and_greek_names(ex: Extractor) -> None:
    assert entities(ex, "We evaluate agents on $\\tau$-bench.") == {(DATASET, "τ-bench")}
    assert entities(ex, "We evaluate agents on τ-bench.") == {(DATASET, "τ-bench")}
    assert (MODEL, "Quasar-α") in entities(ex, "We present Quasar-α, a text-to-image model.")
    assert entities(ex, "We introduce Brötchen and Quant.int4(), which beat GPT-3.") == {
        (MODEL, "Brötchen"), (MODEL, "Quant.int4()"), (MODEL, "GPT-3")}


# --- kind 11: one topic however it is written -------------------------------------------------------------

def test_topics_fold_spellings_and_acronyms(ex: Extractor) -> None:
    text = ("We study Mixture of Experts, mixture-of-experts layers, MoE routing and a Sparse Mixture of Experts "
            "(SMoE) for automatic speech recognition (ASR) and speech recognition.")
    topics = {r["target"] for r in ex.spans(text)["relations"] if r["type"] == "HAS_TOPIC"}
    assert topics == {"mixture-of-experts", "speech recognition"}


# --- kind 12: the kinds behind the seed-listing faults, in sentences of our own ---------------------------

def test_a_derived_model_opening_result_sentences_after_a_lead_in_is_introduced(ex: Extractor) -> None:
    text = ("We study tuning on many tasks. For instance, Crest-PaLM 62B tuned on 900 tasks outperforms PaLM 62B. "
            "We also release Crest-T5 checkpoints.")
    got = relations(ex, text)
    assert {(P, INTRODUCES, "Crest-PaLM"), (P, INTRODUCES, "Crest-T5")} <= got
    assert (P, INTRODUCES, "PaLM") not in got


def test_our_name_is_introduced_even_mid_sentence(ex: Extractor) -> None:
    text = "On WMT, our lane-MoE with 16 experts outperforms the best token-level MoE model (token-MoE)."
    assert relations(ex, text) == {(P, EVALUATED_ON, "WMT"), (P, INTRODUCES, "lane-MoE"),
                                   (P, COMPARES_WITH, "token-MoE")}
    nodes, _ = ex.paper("paper:t", "", text)
    token = next(n for n in nodes if n.name == "token-MoE")
    assert token.props["aliases"] == ["token-level MoE"]  # never the bare word "model", nor the head after the
    # capitals that spell the name


def test_a_used_model_is_used_and_adjective_compounds_are_no_models(ex: Extractor) -> None:
    assert (P, USES, "GLaM") in relations(ex, "We fuse the decoder with GLaM during beam search.")
    assert entities(ex, "A KL-regularized objective and a LaTeX-formatted loss help.") == set()
    # a specific model used as a modifier is still named; a generic architecture is not
    assert entities(ex, "A CLIP-guided, Transformer-based decoder helps.") == {(MODEL, "CLIP")}


def test_a_paper_outside_ml_without_categories_yields_no_models(ex: Extractor) -> None:
    text = ("To restore decadal oscillations of the length of day, we propose a normal time-frequency transform "
            "(NTFT) and compare the NTFT with singular spectrum analysis (SSA) on the Earth's polar motion.")
    assert entities(ex, text) == set()


def test_a_long_form_after_stands_for_may_hold_lower_case_words(ex: Extractor) -> None:
    text = "We introduce a vision model ZeiT, which stands for Zonal Encoder representation from Image Transformers."
    nodes, _ = ex.paper("paper:t", "", text)
    assert [(n.name, n.props.get("aliases")) for n in nodes if n.label == MODEL] == [
        ("ZeiT", ["Zonal Encoder representation from Image Transformers"])]
    nodes, _ = ex.paper("paper:t", "", "We use ZeiT, which stands for zero effort in training.")
    assert [n.props.get("aliases") for n in nodes if n.label == MODEL] == [[]]  # its letters are not spelled


def test_a_capitalized_phrase_in_apposition_to_a_method_is_one_name(ex: Extractor) -> None:
    text = "Our findings motivate Kernel Pooling, a simple but effective method to decode text."
    assert entities(ex, text) == {(MODEL, "Kernel Pooling")}


# --- more shapes of each kind: other syntax, other fields (invented sentences) -----------------------------

OUTSIDE_ML_ABSTRACTS: list[str] = [
    # common abstract styles of other fields, no categories: ML-sounding words ("inference", "parameters",
    # "models") do not outweigh the field's own words
    "We present observations of the transient GW170817 and of SN 1987A with the Keck telescope. Bayesian "
    "inference of the model parameters shows that the ejecta are lanthanide-rich. The redshift of the host "
    "galaxy agrees with LIGO estimates.",
    "The H2O and CH4 abundances of the exoplanet WASP-39b were retrieved from NIRSpec spectra. We infer the "
    "planet's metallicity with a nested sampling retrieval. The inferred parameters agree with formation models.",
    "Using ERA5 reanalysis and CMIP6 ensemble simulations, we project rainfall over the Sahel until 2100. The "
    "ensemble mean shows a wetter climate, and parameters of the convection scheme explain the ocean-driven spread.",
    "We fit GARCH(1,1) and VAR models to S&P 500 returns. Market volatility is persistent, and the estimated "
    "parameters imply slow mean reversion of prices.",
    "Patients from the UK Biobank and the MIMIC-IV cohort were analysed with Cox proportional hazards models. "
    "Higher HbA1c predicted mortality (HR 1.3). Genes near the TCF7L2 locus modified the effect.",
    "We study the dynamics of the SIR model with vaccination. Using data from the COVID-19 pandemic, we estimate "
    "the reproduction number R0 and show that the epidemic threshold depends on the vaccination rate.",
    "The crystal structure of the MOF-808 framework was determined by X-ray diffraction. Its CO2 uptake at 298 K "
    "reaches 3.1 mmol/g, and DFT calculations explain the binding sites.",
    "We measure the muon g-2 anomaly with the E989 experiment. The result agrees with the Standard Model "
    "prediction within 1.2 sigma.",
    "We prove a conjecture on the chromatic number of Kneser graphs. Our proof uses the Local Lemma and a new "
    "polynomial method, and extends to hypergraphs.",
]


@pytest.mark.parametrize("abstract", OUTSIDE_ML_ABSTRACTS, ids=[a[:30] for a in OUTSIDE_ML_ABSTRACTS])
def test_other_fields_abstracts_yield_no_model_or_dataset(ex: Extractor, abstract: str) -> None:
    assert entities(ex, abstract) == set()


def test_ml_work_on_another_field_data_keeps_its_models(ex: Extractor) -> None:
    text = "We train a convolutional neural network, GalaxyNet, on 10k images of galaxies and compare it with ResNet-50."
    assert {(MODEL, "GalaxyNet"), (MODEL, "ResNet-50")} <= entities(ex, text)
    text = "We fine-tune BERT on clinical notes of patients with heart disease and release ClinBERTa."
    assert (P, INTRODUCES, "ClinBERTa") in relations(ex, text)


OWN_PASSIVE: list[tuple[str, set[tuple[str, str, str]]]] = [
    # "the proposed X", "X is proposed", "X proposed in this paper": the paper's own, in passive voice
    ("The proposed PetrelNet reaches 45.1 AP on COCO.", {(P, INTRODUCES, "PetrelNet"), (P, EVALUATED_ON, "COCO")}),
    ("Experiments show that the proposed PetrelNet outperforms YOLOv5.",
     {(P, INTRODUCES, "PetrelNet"), (P, COMPARES_WITH, "YOLOv5")}),
    ("The PetrelNet proposed in this paper outperforms YOLOv5.",
     {(P, INTRODUCES, "PetrelNet"), (P, COMPARES_WITH, "YOLOv5")}),
    ("PetrelNet is proposed to detect small objects.", {(P, INTRODUCES, "PetrelNet")}),
    ("In this paper, PetrelNet is introduced for small objects.", {(P, INTRODUCES, "PetrelNet")}),
    ("A novel detector, PetrelNet, is presented.", {(P, INTRODUCES, "PetrelNet")}),
    # "N techniques are proposed": every name of the list the cue opens, acronyms defined in parentheses
    ("Two techniques are proposed: Gated Echo Attention (GEA) and Rotary Skip Norm (RSN).",
     {(P, INTRODUCES, "GEA"), (P, INTRODUCES, "RSN")}),
    ("Two new blocks are introduced, namely Echo Pooling Layer (EPL), Skip Norm Unit (SNU) and Petrel Loss "
     "Head (PLH).", {(P, INTRODUCES, "EPL"), (P, INTRODUCES, "SNU"), (P, INTRODUCES, "PLH")}),
    ("We propose two techniques, Gated Echo Attention (GEA) and Rotary Skip Norm (RSN), to speed up training.",
     {(P, INTRODUCES, "GEA"), (P, INTRODUCES, "RSN")}),
    # negatives: someone else's proposal, or a list the cue does not open
    ("The previously proposed PetrelNet is slow; we fix it.", set()),
    ("YOLOv5 is introduced by Jocher et al. for detection.", set()),
    ("The method proposed by Smith et al., PetrelNet, is slow.", set()),
    ("Prior methods such as Gated Echo Attention (GEA) and Rotary Skip Norm (RSN) are slow.", set()),
    ("We propose PetrelNet, and compare it with Rotary Skip Norm (RSN).", {(P, INTRODUCES, "PetrelNet")}),
]


@pytest.mark.parametrize(("abstract", "expected"), OWN_PASSIVE, ids=[a[:30] for a, _ in OWN_PASSIVE])
def test_own_model_in_passive_voice_and_lists(ex: Extractor, abstract: str,
                                              expected: set[tuple[str, str, str]]) -> None:
    got = relations(ex, abstract)
    assert {r for r in got if r[1] == INTRODUCES} == {r for r in expected if r[1] == INTRODUCES}
    assert expected <= got


PARENT_MORE: list[tuple[str, set[tuple[str, str, str]]]] = [
    # kind 2 in other syntax: the parent in apposition, as a passive subject, or named by "that we name"
    ("We present HeronNet, MarlinNet adapted to medical images.",
     {(P, INTRODUCES, "HeronNet"), (P, USES, "MarlinNet")}),
    ("In this work, MarlinNet is extended with retrieval; the resulting model, HeronNet, is faster.",
     {(P, INTRODUCES, "HeronNet"), (P, USES, "MarlinNet")}),
    ("A pruned BERT that we name Lean BERT keeps most of its accuracy.", {(P, INTRODUCES, "Lean BERT")}),
    ("In this paper, GPT-4 is evaluated on math.", set()),
    ("In this paper, PetrelNet is introduced for small objects.", {(P, INTRODUCES, "PetrelNet")}),
]


@pytest.mark.parametrize(("abstract", "expected"), PARENT_MORE, ids=[a[:30] for a, _ in PARENT_MORE])
def test_the_parent_is_not_introduced_in_other_syntax(ex: Extractor, abstract: str,
                                                      expected: set[tuple[str, str, str]]) -> None:
    got = relations(ex, abstract)
    assert {r for r in got if r[1] == INTRODUCES} == {r for r in expected if r[1] == INTRODUCES}
    assert expected <= got


NOT_NAMES_MORE = [
    # kind 4/5: accelerators other than GPUs and TPUs, calibration and detection metrics
    "Experiments on the NPU and on an FPGA show a 2x speedup over the CPU.",
    "We measure ECE, AUROC, AUPRC, FPR95 and the Brier score.",
    "Zorblex reaches 31.2 BLEU and 0.82 COMET, with 1.3 PPL and 12 ms TTFT.",
    "Zorblex runs on two ASICs and a DSP.",
]


@pytest.mark.parametrize("sentence", NOT_NAMES_MORE, ids=[s[:30] for s in NOT_NAMES_MORE])
def test_more_hardware_and_metrics_are_no_names(ex: Extractor, sentence: str) -> None:
    assert entities(ex, sentence) - {(MODEL, "Zorblex")} == set()


def test_latex_inline_math_in_either_delimiter_and_bare_fragments(ex: Extractor) -> None:
    # kind 10: "\( \)" as well as "$ $"; a name fragment after maths that is no name alone is dropped
    assert entities(ex, "We evaluate agents on \\(\\tau\\)-bench and \\(\\Pi\\)-Eval.") == {
        (DATASET, "τ-bench"), (DATASET, "Π-Eval")}
    assert entities(ex, "We evaluate agents on $\\mathcal{M}$-Eval.") == set()


DATASETS_MORE: list[tuple[str, set[tuple[str, str]]]] = [
    # kind 8: a lower-case name with a digit before a dataset head; a known one folds to its name
    ("We train on the c4 corpus and evaluate on the wikitext-2 benchmark.",
     {(DATASET, "C4"), (DATASET, "wikitext-2")}),
    ("We release the petrel-instruct-50k dataset.", {(DATASET, "petrel-instruct-50k")}),
    ("We build the training dataset and the fine-grained benchmark from the top-5 collection.", set()),
    ("A 10-fold benchmark and the layer-2 corpus are used.", set()),
    # versions and years written in several ways stay one name each
    ("We evaluate on MS-COCO 2017 and COCO-Stuff, and on LVIS v1.0.",
     {(DATASET, "MS-COCO 2017"), (DATASET, "COCO-Stuff"), (DATASET, "LVIS v1.0")}),
    ("We report results on GSM8k, gsm8k and GSM-8K.", {(DATASET, "GSM8K")}),
]


@pytest.mark.parametrize(("abstract", "expected"), DATASETS_MORE, ids=[a[:30] for a, _ in DATASETS_MORE])
def test_more_dataset_shapes(ex: Extractor, abstract: str, expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


OWN_MORE: list[tuple[str, set[tuple[str, str, str]]]] = [
    # kind 1 and 3: a qualified known name or a new name owned by an apposition, "(ours)", or a release
    ("Efficient Whisper, our compressed recogniser, halves the latency of Whisper.",
     {(P, INTRODUCES, "Efficient Whisper"), ("Efficient Whisper", BUILDS_ON, "Whisper")}),
    ("Efficient Whisper (ours) halves the latency of Whisper.", {(P, INTRODUCES, "Efficient Whisper")}),
    ("PetrelNet (ours) beats YOLOv5 on COCO.", {(P, INTRODUCES, "PetrelNet"), (P, COMPARES_WITH, "YOLOv5")}),
    ("PetrelNet, the proposed detector, beats YOLOv5.", {(P, INTRODUCES, "PetrelNet")}),
    ("PetrelLM, a 3B language model trained on 1T tokens, is released under a permissive licence.",
     {(P, INTRODUCES, "PetrelLM")}),
    ("PetrelLM and PetrelLM-Chat are publicly released.",
     {(P, INTRODUCES, "PetrelLM"), (P, INTRODUCES, "PetrelLM-Chat")}),
    ("The PetrelQA dataset is made publicly available.", {(P, INTRODUCES, "PetrelQA")}),
    # negatives: a baseline or teacher of ours, a release by others, a known model, another's qualified name
    ("Whisper, our baseline, is slow.", set()),
    ("Whisper, our strong teacher model, is slow.", set()),
    ("GPT-4 and PetrelLM are released by Acme.", set()),
    ("GPT-4 is released as an API.", set()),
    ("We use Vision Whisper, a model by others.", {(P, USES, "Whisper")}),
]


@pytest.mark.parametrize(("abstract", "expected"), OWN_MORE, ids=[a[:30] for a, _ in OWN_MORE])
def test_own_model_by_apposition_ours_or_release(ex: Extractor, abstract: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    got = relations(ex, abstract)
    assert {r for r in got if r[1] == INTRODUCES} == {r for r in expected if r[1] == INTRODUCES}
    assert expected <= got


def test_retrieval_augmented_generation_is_one_topic(ex: Extractor) -> None:
    # kind 11: spelled out with or without a dash, defined, or as its acronym alone
    for text in ("We study Retrieval-Augmented Generation (RAG).", "We study retrieval augmented generation.",
                 "RAG pipelines help."):
        topics = {r["target"] for r in ex.spans(text)["relations"] if r["type"] == "HAS_TOPIC"}
        assert topics == {"retrieval-augmented generation"}, text
    for text in ("We wipe the lens with a dry rag before each capture.", "A rag doll falls in the simulator."):
        assert not any(r["type"] == "HAS_TOPIC" for r in ex.spans(text)["relations"]), text  # the word, not RAG


COMPONENTS: list[tuple[str, set[tuple[str, str, str]]]] = [
    # kind 3: components named inside the paper's own model, presented as new
    ("HeronNet adopts Gated Echo Attention (GEA), a new attention mechanism that compresses the cache.",
     {(P, INTRODUCES, "GEA")}),
    ("Its core is a new block, Fused-EchoConv, that replaces depthwise convolutions.",
     {(P, INTRODUCES, "Fused-EchoConv")}),
    ("Our model uses Rotary Echo Embedding (REE), which we introduce to encode positions.", {(P, INTRODUCES, "REE")}),
    # negatives: new to others, or named in a comparison or as a base
    ("We build on MarlinNet, a new model by Smith et al., for speech.", {(P, USES, "MarlinNet")}),
    ("We use PetrelAttention, a new kernel from Acme.", {(P, USES, "PetrelAttention")}),
    ("We compare with MarlinNet, a new model.", {(P, COMPARES_WITH, "MarlinNet")}),
]


@pytest.mark.parametrize(("abstract", "expected"), COMPONENTS, ids=[a[:30] for a, _ in COMPONENTS])
def test_components_of_the_own_model_presented_as_new(ex: Extractor, abstract: str,
                                                      expected: set[tuple[str, str, str]]) -> None:
    got = {r for r in relations(ex, abstract) if r[2] != "HeronNet"}
    assert {r for r in got if r[1] == INTRODUCES} == {r for r in expected if r[1] == INTRODUCES}
    assert expected <= got


NOT_OURS: list[tuple[str, set[tuple[str, str, str]]]] = [
    # kind 2 and 12: what a tool is for, our baseline, a variant of a known family opening a result
    ("We present vit-adapter, a plug-in for ViT.", {(P, USES, "Vision Transformer")}),
    ("We release Petrel, a toolkit for GPT-2 and BERT.", {(P, INTRODUCES, "Petrel")}),
    ("Our FooCLIP-GAN beats FooGAN, and our FooGAN-XL baseline is weaker.",
     {(P, INTRODUCES, "FooCLIP-GAN"), (P, COMPARES_WITH, "FooGAN")}),
    ("Llama-3.1-8B-Instruct and Qwen2.5-7B outperform Phi-3-mini.", {(P, COMPARES_WITH, "Phi-3-mini")}),
    # a new name holding a known one stays whole and apart from it
    ("We present FooCLIP-GAN, which beats FooGAN on FFHQ.",
     {(P, INTRODUCES, "FooCLIP-GAN"), (P, COMPARES_WITH, "FooGAN")}),
]


@pytest.mark.parametrize(("abstract", "expected"), NOT_OURS, ids=[a[:30] for a, _ in NOT_OURS])
def test_targets_baselines_and_known_variants_are_not_ours(ex: Extractor, abstract: str,
                                                           expected: set[tuple[str, str, str]]) -> None:
    got = relations(ex, abstract)
    assert {r for r in got if r[1] == INTRODUCES} == {r for r in expected if r[1] == INTRODUCES}
    assert expected <= got


def test_a_common_abbreviation_the_paper_defines_for_its_model(ex: Extractor) -> None:
    # kind 3 with an acronym that is also a common word: only an introduce cue right before the long form
    assert relations(ex, "We propose the Pyramid Echo Transformer (PET) for detection.") == {(P, INTRODUCES, "PET")}
    assert entities(ex, "We use Positron Emission Tomography (PET) scans of the brain.") == set()
    assert entities(ex, "We propose a new Graph Echo Network (GAN) for molecules.") == set()  # a generic kind
    assert entities(ex, "We propose to study the Pyramid Echo Transformer (PET) of others.") == set()


def test_a_lower_case_long_form_names_a_base_only_after_a_lineage_cue(ex: Extractor) -> None:
    assert (MODEL, "LDM") in entities(ex, "We present HeronDiff, which extends latent diffusion models (LDMs).")
    assert entities(ex, "We study latent diffusion models (LDMs) for audio.") == set()
    assert entities(ex, "We build on pretrained language models (PLMs).") == set()


def test_user_names_in_more_code_hosts_are_no_names(ex: Extractor) -> None:
    # kind 5: repository hosts beside GitHub and Hugging Face
    text = "Code: gitlab.com/PetrelGroup/tools, bitbucket.org/KiteLab/x and modelscope.cn/PetrelLab."
    assert entities(ex, text) == set()
