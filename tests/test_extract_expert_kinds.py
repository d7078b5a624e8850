"""Kinds of extraction fault an expert user met on abstracts they wrote (issue 11), each with invented sentences.

Every sentence here is written for the test, across fields; names are invented or well known. The tables:
datasets named by a type word before or after them, by a count suffix, in lower case, after a comparison
or as a count of a benchmark's parts; metrics, settings, tests, classes of models and software outside ML
that are no models; satellites and instruments; acronym long forms that never cross a line or the title;
sizes and versions folded one way.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL, ORG, TOPIC
from kg.names import split_size


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def entities(ex: Extractor, abstract: str, title: str = "") -> set[tuple[str, str]]:
    """(label, name) of every node the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {(n.label, n.name) for n in nodes}


def named(found: set[tuple[str, str]], name: str) -> set[str]:
    """The labels ``name`` has among ``found``."""
    return {label for label, n in found if n == name}


# --- a dataset named by a type word before it, after it, or by a count suffix ----------------------------------

DATASETS = [
    ("We train a neural detector model and evaluate it on the satellite imagery dataset Kestrel-v2.0.",
     "Kestrel-v2.0"),
    ("Our language model reaches 61% on the legal reasoning benchmark LexQuo and beats GPT-4.", "LexQuo"),
    ("We fine-tune a transformer model on the retinal scan dataset RSD9K and report Dice.", "RSD9K"),
    ("On the materials benchmark MatSolX, our graph network model sets a new state of the art.", "MatSolX"),
    ("Our neural model transfers to compounds in the QMX22 database without retraining.", "QMX22"),
    ("Our enzyme model is tested on the held-out families of the R-XYZ catalogue.", "R-XYZ"),
    ("Our vision-language model improves PlotQA and ChartBench scores over LLaVA.", "ChartBench"),
    ("Gains of our vision encoder model are largest on the SQL-Bench suite.", "SQL-Bench"),
    ("We pre-train a vision transformer model on 2B image-text pairs from WebPix-2B.", "WebPix-2B"),
    ("We annotate two million proteins from PDBX50 with a protein language model.", "PDBX50"),
    ("Our recommender model beats SASRec on the public Goodreads-5M, Taobao Clicks and Yelp datasets.",
     "Goodreads-5M"),
    ("Compared with ShopBench and TravelBench, our agent model fails less often on long plans.", "ShopBench"),
    ("Our reinforcement learning agent model solves 9 Atari games with a neural policy.", "Atari"),
    ("We train a neural policy model and test it on sparse-reward variants of DMLab tasks.", "DMLab"),
    ("Our policy network model is trained in the Kitchen Simulation Environment with 40 chores.",
     "Kitchen Simulation Environment"),
    ("We train a segmentation network on imagery from Sentinel-2 to map floods with a neural model.", "Sentinel-2"),
    ("Our crop classifier model is trained on 9,000 scenes from Landsat-8 with a neural network.", "Landsat-8"),
]


@pytest.mark.parametrize(("abstract", "name"), DATASETS, ids=[n for _, n in DATASETS])
def test_a_named_dataset_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    found = entities(ex, abstract)
    assert named(found, name) == {DATASET}
    assert not any(label == MODEL and name.startswith(n) for label, n in found)  # no cut "WebPix [2B]"


def test_a_known_org_opening_a_listed_dataset_is_no_org(ex: Extractor) -> None:
    found = entities(ex, "Our recommender model beats SASRec on the public Goodreads-5M, Amazon Toys and Yelp "
                         "datasets.")
    assert named(found, "Amazon Toys") == {DATASET}
    assert (ORG, "Amazon") not in found


LOWER = [
    ("Our graph neural network model is evaluated on ZINC, mol-tox21 and mol-sider.", {"mol-tox21", "mol-sider"}),
    ("On arx-citation and arx-coauthor from the Open Graph Benchmark, our graph network model wins.",
     {"arx-citation", "arx-coauthor"}),
    ("Our graph network model beats GraphGPS on Pept-struct (MAE 0.24) and on COCO-SP.", {"Pept-struct"}),
    ("We release all 50K programs (prog-exec-50k) used to train our code language model.", {"prog-exec-50k"}),
]


@pytest.mark.parametrize(("abstract", "names"), LOWER, ids=[a[:30] for a, _ in LOWER])
def test_a_lower_case_dataset_listed_with_datasets_is_found(ex: Extractor, abstract: str, names: set[str]) -> None:
    found = entities(ex, abstract)
    assert all(named(found, n) == {DATASET} for n in names)


@pytest.mark.parametrize("abstract", [
    "Our vision model is pre-trained on ImageNet and fine-tuned on COCO with a neural network.",
    "Our language model reaches state-of-the-art results on MMLU and long-context tasks.",
    "Our speech model is trained on LibriSpeech and self-supervised, in few-shot and zero-shot settings.",
])
def test_lower_case_words_beside_a_dataset_are_no_names(ex: Extractor, abstract: str) -> None:
    assert {n for label, n in entities(ex, abstract) if label in (MODEL, DATASET) and n.islower()} == set()


# --- metrics, settings, tests, classes of models and software outside ML are no models -------------------------

NOT_MODELS = [
    ("We train a graph neural network model on molecules. It reaches a mean absolute error (MAE) of 0.061, "
     "and the MAE drops with pre-training.", "MAE"),
    ("Our weather forecasting network model lowers the mean absolute error over ERA5, with a test MAE of 1.2 K "
     "at six hours.", "MAE"),
    ("Our quantized language model keeps the accuracy of Llama-2-7B at W4A8 and W8A8.", "W4A8"),
    ("Our serving system for language models gains speed from KV4 quantization of the cache.", "KV4"),
    ("Our summarization model improves the CoheRank consistency score by 11 points over BART.", "CoheRank"),
    ("We prove that our graph neural network model is as expressive as the 1-WL test.", "1-WL"),
    ("Chemical language models (cLMs) trained on SMILES strings encode reactivity, and cLMs transfer.", "cLMs"),
    ("Genomic language models (gLMs) predict gene expression; we probe gLMs with a neural network.", "gLMs"),
    ("Integrated into PostgreSQL 16, our learned cardinality model cuts query latency by 41%.", "PostgreSQL 16"),
    ("Our learned index model runs inside SQLite and MySQL and trains in seconds.", "SQLite"),
]


@pytest.mark.parametrize(("abstract", "name"), NOT_MODELS, ids=[n for _, n in NOT_MODELS])
def test_metrics_settings_and_software_are_no_models(ex: Extractor, abstract: str, name: str) -> None:
    found = entities(ex, abstract)
    assert not any(label in (MODEL, DATASET) and n.casefold().startswith(name[:4].casefold())
                   for label, n in found)


def test_a_known_acronym_no_metric_spells_out_stays_a_model(ex: Extractor) -> None:
    found = entities(ex, "We pre-train a vision transformer model with MAE; the mean accuracy on ImageNet rises.")
    assert named(found, "MAE") == {MODEL}



@pytest.mark.parametrize(("abstract", "name"), [
    ("Compared with FedAvg and FedProx, ClientMix improves accuracy by 2 points on non-IID clients.", "ClientMix"),
    ("On ImageNet, SparrowViT raises top-1 accuracy to 84.1% at half the FLOPs.", "SparrowViT"),
    ("Trained on LibriSpeech, QuillASR lowers error rates by 9% relative.", "QuillASR"),
    ("We study federated learning. Compared with FedAvg and FedProx, ClientMix improves accuracy.", "ClientMix"),
    ("We study vision models. On ImageNet, SparrowViT raises top-1 accuracy to 84.1%.", "SparrowViT"),
])
def test_the_subject_after_a_fronted_phrase_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    # "X improves accuracy": a verb, not a metric's word; "On D, X ...": the phrase's comma lists nothing
    assert named(entities(ex, abstract), name) == {MODEL}

@pytest.mark.parametrize("abstract", [
    "We propose sparse echo models (SEMs), a new family of networks. SEMs beat GPT-2.",
    "Sparse Echo models (SEMs) scale well. We distill a neural model from SEMs.",
])
def test_a_plural_acronym_the_paper_names_stays_a_model(ex: Extractor, abstract: str) -> None:
    assert named(entities(ex, abstract), "SEM") == {MODEL}


@pytest.mark.parametrize(("title", "abstract"), [
    ("Zero-Copy Checkpointing for Large Models", "We present a checkpointing scheme for training transformer "
     "models with ZeRO-3 in DeepSpeed."),
    ("Palm-Print Recognition with Neural Networks", "We train a convolutional neural network model on palm "
     "images and compare it with PaLM 2."),
])
def test_a_title_word_spelled_like_a_known_model_is_no_model(ex: Extractor, title: str, abstract: str) -> None:
    found = entities(ex, abstract, title)
    assert not any(n.startswith(("Zero-", "Palm-")) for _, n in found)


# --- outside ML, satellites and instruments are no models -----------------------------------------------------

def test_an_instrument_outside_ml_is_no_model(ex: Extractor) -> None:
    abstract = ("Drought reduces tree growth for years. Using 2,100 tree-ring series from 80 sites, we quantified "
                "growth losses after the 2012 drought. Remote sensing with MODIS NDVI and Sentinel-2 imagery "
                "showed that canopy greenness recovered before radial growth, and soil water explained most of "
                "the variance.")
    assert {n for label, n in entities(ex, abstract) if label in (MODEL, DATASET)} == set()


# --- an acronym's long form never crosses a line break or the title's end ----------------------------------------

@pytest.mark.parametrize(("title", "abstract", "acronym"), [
    ("Routing Tokens in Sparse Language Models", "Mixture-of-Experts (MoE) layers scale language models. We "
     "train a neural router model.", "MoE"),
    ("Fast Inference for Graph Models", "Graph Echo Networks (GEN) scale to large graphs with a neural model.",
     "GEN"),
    ("", "We study routing in sparse models.\nMixture-of-Experts (MoE) layers scale a neural language model.", "MoE"),
])
def test_a_long_form_stays_inside_its_line(ex: Extractor, title: str, abstract: str, acronym: str) -> None:
    r = ex.spans(abstract, title)
    assert not any("\n" in e["text"] or "\n" in e["name"] for e in r["entities"])
    assert not any(e["label"] == TOPIC and e["name"].startswith(("Models", "Sparse Language")) for e in r["entities"])


# --- sizes and versions: one policy ---------------------------------------------------------------------------

SPLITS = [
    ("YOLOv8-X", ("YOLOv8", ["X"])),
    ("YOLOv8-L", ("YOLOv8", ["L"])),
    ("YOLOv5-M", ("YOLOv5", ["M"])),
    ("ERNIE-M", ("ERNIE-M", [])),
    ("GaLore-X", ("GaLore-X", [])),
    ("E5-large-v2", ("E5-v2", ["large"])),
    ("BART-large", ("BART", ["large"])),
    ("Zorb-Base-v1.5", ("Zorb-v1.5", ["Base"])),
    ("Phi-2 v1.1", ("Phi-2 v1.1", [])),
]


@pytest.mark.parametrize(("written", "expected"), SPLITS, ids=[w for w, _ in SPLITS])
def test_sizes_fold_one_way(written: str, expected: tuple[str, list[str]]) -> None:
    assert split_size(written) == expected


def test_a_number_naming_another_dataset_is_no_size(ex: Extractor) -> None:
    found = entities(ex, "We train a multilingual translation model and evaluate it on FLORES-101 and FLORES-200.")
    assert {n for label, n in found if label == DATASET} == {"FLORES-101", "FLORES-200"}


def test_a_size_code_on_a_known_name_keeps_its_head_word(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "", "Our detector model uses a Swin-T backbone and beats Swin-B.", ())
    assert {(n.name, tuple(n.props.get("sizes") or ())) for n in nodes if n.label == MODEL} == {
        ("Swin Transformer", ("B", "T"))}
