"""Kinds of dataset a second expert user saw missed or typed as models (issue 11), each with invented sentences.

Every sentence is written for the test, across fields, with invented names: a list after a dataset head and
a comma ("benchmarks, including A, B"), data drawn from a source, a transfer target, a modifier before a
scored benchmark, a part of a dataset ("the noisy subset of X"), a name the paper gives its collected data,
a lower-case name after a benchmark's tasks or in a newly assembled collection, and workloads.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL

from extract_helpers import labels


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


LISTED = [
    ("We test our forecaster on seven public benchmarks, including Pelican-H, Marsh and Tundra, and it "
     "reduces error by 9%.", ["Pelican-H", "Marsh", "Tundra"]),
    ("The parser is scored on four treebank corpora, such as Quillo-7 and Fennick, where it beats UDPipe.",
     ["Quillo-7", "Fennick"]),
    ("Existing resources such as LexVault and CourtQ-A cover a single language.", ["LexVault", "CourtQ-A"]),
]

DRAWN = [
    ("The vocoder is trained on 90 hours of expressive singing from KaraVox and MelodiSet.", ["KaraVox"]),
    ("The docking model is trained on 50,000 complexes from LigandHub and improves binding scores.",
     ["LigandHub"]),
    ("We pre-train on 40 hours of read speech from Verbaloo and fine-tune the recognizer.", ["Verbaloo"]),
]

TARGETS = [
    ("We further demonstrate zero-shot transfer to aeroScan, where the detector beats YOLOv8.", ["aeroScan"]),
    ("The policy transfers to RoboPlaza without any fine-tuning.", ["RoboPlaza"]),
    ("It is competitive with GPT-4 on function-level CodeTrial+ (71.2 vs 73.0).", ["CodeTrial+"]),
]

PARTS = [
    ("Across the 12 classification tasks of TabFarm-9, our learner ranks first.", ["TabFarm-9"]),
    ("WER drops by 8% on the accented subset of VoxAfri-100 and by 3% on LibriSpeech.", ["VoxAfri-100"]),
    ("On the locomotion tasks in PhysSim, the agent obtains a normalized score of 80.", ["PhysSim"]),
    ("We report results on the test split of MolDock2021 and compare with TargetDiff.", ["MolDock2021"]),
]

HEADS = [
    ("Our estimator reduces the q-error on the QryLite and BenchCE workloads by 3x.", ["QryLite",
                                                                                       "BenchCE"]),
    ("Across the Dynamic Graph Benchmark tasks dgb-mail, dgb-forum and dgb-trade, the model ranks first.",
     ["dgb-mail", "dgb-forum", "dgb-trade"]),
]


@pytest.mark.parametrize("text,names", LISTED + DRAWN + TARGETS + PARTS + HEADS)
def test_dataset_kinds(ex: Extractor, text: str, names: list[str]) -> None:
    found = labels(ex, text)
    for name in names:
        assert found.get(name) == {DATASET}, (name, found)


def test_part_of_a_longer_capitalized_name_is_no_dataset_by_itself(ex: Extractor) -> None:
    found = labels(ex, "On the liver task of the Abdominal Organ Decathlon, our network reaches a Dice of 0.7.")
    assert "Abdominal" not in found


NAMED = [
    ("We collect a corpus of 200 hours of bilingual speech with code-switching, transcribed by linguists, "
     "which we name MixTalk. We then fine-tune Whisper on it.", "MixTalk"),
    ("We assemble a benchmark of 900 chemistry exam problems written by teachers, which we call ChemProbe.",
     "ChemProbe"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_named_collection_is_an_introduced_dataset(ex: Extractor, text: str, name: str) -> None:
    nodes, edges = ex.paper("paper:t", "", text, ())
    assert {n.label for n in nodes if n.name == name} == {DATASET}
    ids = {n.id for n in nodes if n.name == name}
    assert any(e.type == INTRODUCES and e.target in ids for e in edges)
    assert not any(e.source in ids and e.type != INTRODUCES for e in edges)


@pytest.mark.parametrize("text", [
    "On the newly assembled power-grid-3k collection of 3,000 meters, the forecaster lowers MAE by 6%.",
    "We report accuracy on the public chem-tox21 dataset and on our own splits.",
])
def test_lower_case_name_with_digits_after_adjectives(ex: Extractor, text: str) -> None:
    found = labels(ex, text)
    assert any(DATASET in v and any(c.isdigit() for c in k) and k.islower() for k, v in found.items()), found


def test_model_named_after_training_data_stays_a_model(ex: Extractor) -> None:
    found = labels(ex, "We train a compact language model on 5B tokens from WebCrawlz, which we call Finchy.")
    assert found.get("Finchy") == {MODEL}
    assert found.get("WebCrawlz") == {DATASET}


@pytest.mark.parametrize("text,name", [
    ("On the held-out portion of the i2b2 2012 corpus, our tagger reaches an F1 of 88.", "i2b2 2012"),
    ("We score summaries on the mimic3 2016 dataset and on our own notes.", "mimic3 2016"),
])
def test_lower_case_name_keeps_its_year(ex: Extractor, text: str, name: str) -> None:
    assert labels(ex, text).get(name) == {DATASET}


@pytest.mark.parametrize("text", [
    "On the 3.5M-row click logs, our ranker halves the error of LightGBM.",
    "On the 40k-image archive, the detector beats YOLOv8 by 4 points.",
])
def test_count_used_as_a_modifier_is_no_dataset(ex: Extractor, text: str) -> None:
    assert not any(any(c.isdigit() for c in k) and "-" in k for k in labels(ex, text))


@pytest.mark.parametrize("text,name", [
    ("On the newly assembled river-flow-5k collection of 5,000 gauges, the forecaster lowers MAE by 6%.",
     "river-flow-5k"),
    ("Results on the newly recorded tabla-90 corpus show a 12% gain over the best baseline.", "tabla-90"),
])
def test_newly_assembled_collection_is_introduced(ex: Extractor, text: str, name: str) -> None:
    nodes, edges = ex.paper("paper:t", "", text, ())
    ids = {n.id for n in nodes if n.name == name and n.label == DATASET}
    assert ids and any(e.type == INTRODUCES and e.target in ids for e in edges)


@pytest.mark.parametrize("text,name", [
    ("Across the Open Graph Benchmark tasks ogx-arxiv and ogx-mag, our GNN leads; on the larger ogx-papers graph "
     "it runs out of memory.",
     "ogx-papers"),
    ("We score the tagger on the TreeBankX splits ud-en, ud-fr and ud-de (88.1 F1). The ud-wo treebank stays hard.",
     "ud-wo"),
])
def test_lower_case_kin_of_a_listed_dataset(ex: Extractor, text: str, name: str) -> None:
    assert labels(ex, text).get(name) == {DATASET}


def test_lower_case_modifier_with_no_listed_kin_stays_no_name(ex: Extractor) -> None:
    found = labels(ex, "Across the Open Graph Benchmark tasks ogx-arxiv and ogx-mag, long-context graph encoders lead.")
    assert "long-context" not in found
