"""Kinds of dataset a new expert user saw missed or typed as models (issue 11), each with invented sentences.

Every sentence is written for the test, across fields, with invented names: a part of a dataset named by a
task sequence or a suite ("the 15-task sequence of X"), a capitalized name ending in Database, Archive or,
after "on", Test; the acronym of such a long form; and for each rule sentences where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, DATASET, EVALUATED_ON, INTRODUCES, MODEL

from extract_helpers import labels


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def relations(ex: Extractor, abstract: str) -> dict[str, str]:
    """Name -> the paper's relation to it."""
    return {r["target"]: r["type"] for r in ex.spans(abstract)["relations"] if r["source"] == "paper"}


PARTS = [
    ("On the 15-task sequence of OfficeWorld, our learner forgets 30% less than L2P.", "OfficeWorld"),
    ("Across the task stream of CLEAR-10, the continual learner keeps 90% accuracy.", "CLEAR-10"),
    ("On the string-editing suite of ProgSyn-X, our solver finishes 70% of problems.", "ProgSyn-X"),
    ("The planner is scored on the navigation suite of HabiTown and beats a PPO agent.", "HabiTown"),
]

CAPITAL_HEADS = [
    ("We fine-tune the tagger on the Lisbon Fado Database and report accuracy.", "Lisbon Fado Database"),
    ("Results on the Arctic Sea Ice Archive show gains over a U-Net.", "Arctic Sea Ice Archive"),
    ("The assistant trails GPT-4o by 4 points on the Perception Test.", "Perception Test"),
    ("Our agent scores 41% on the Spatial Reasoning Test and 30% on MMMU.", "Spatial Reasoning Test"),
]

ACRONYMS = [
    ("We fine-tune the tagger on the Lisbon Fado Database (LFD) and report accuracy.", "LFD"),
    ("Results on the Arctic Sea Ice Archive (ASIA) show gains over a U-Net.", "ASIA"),
    ("The melody model is further tuned on the Weimar Blues Database (WBluesD).", "WBluesD"),
]


@pytest.mark.parametrize("text,name", PARTS + CAPITAL_HEADS + ACRONYMS)
def test_dataset_shapes(ex: Extractor, text: str, name: str) -> None:
    assert labels(ex, text).get(name) == {DATASET}, labels(ex, text)


@pytest.mark.parametrize("text,name", [
    ("We stack a sequence of Zorblet-2 blocks and a suite of Quillo tools to build the agent.", "Zorblet-2"),
    ("The decoder emits a sequence of Tern-3 tokens.", "Tern-3"),
])
def test_a_sequence_or_suite_of_other_things_is_no_dataset_part(ex: Extractor, text: str, name: str) -> None:
    assert DATASET not in labels(ex, text).get(name, set())


@pytest.mark.parametrize("text", [
    "Significance is assessed with a Wilcoxon Test and the gains hold.",
    "We rely on the Student Test to compare runs.",
    "The chatbot passes the Turing Test in 60% of the chats.",
])
def test_a_capitalized_statistical_test_is_no_dataset(ex: Extractor, text: str) -> None:
    assert not any(DATASET in ls for ls in labels(ex, text).values()), labels(ex, text)


VERSIONS = [
    ("We release GDELT-Clean, a filtered version of GDELT20 with event annotations.", ["GDELT-Clean", "GDELT20"]),
    ("We further release EventKB-Echo, a cleaned version of EventKB18 with interval labels.",
     ["EventKB-Echo", "EventKB18"]),
    ("We also publish SpokenQA-R, a relabelled version of SpokenQA-9 for accented speech.", ["SpokenQA-R",
                                                                                             "SpokenQA-9"]),
]


@pytest.mark.parametrize("text,names", VERSIONS)
def test_a_cleaned_version_of_a_dataset_is_a_dataset(ex: Extractor, text: str, names: list[str]) -> None:
    found = labels(ex, text)
    for name in names:
        assert found.get(name) == {DATASET}, found
    nodes, edges = ex.paper("paper:t", "", text, ())
    assert not [e for e in edges if e.type == BUILDS_ON], edges


@pytest.mark.parametrize("text,name", [
    ("We present TinyZorb, a distilled version of Zorb-7B that runs on phones.", "TinyZorb"),
    ("We evaluate Quanta-4bit, a quantized version of Llama-3.", "Quanta-4bit"),
])
def test_a_distilled_or_quantized_version_stays_a_model(ex: Extractor, text: str, name: str) -> None:
    assert labels(ex, text).get(name) == {MODEL}


@pytest.mark.parametrize("text,written,name", [
    ("Our agent is scored on $\\tau$-bench and on WebShop.", "$\\tau$-bench", "τ-bench"),
    ("We hope it complements SheetBench, the FeTaQA dataset and $\tau$-bench.", "$\tau$-bench", "τ-bench"),
    ("The retriever is tested on \\(\\delta\\)-Docs and NQ.", "\\(\\delta\\)-Docs", "δ-Docs"),
    ("Results on $\\Omega$-Maze, where the $\\epsilon$-greedy agent fails.", "$\\Omega$-Maze", "Ω-Maze"),
])
def test_latex_greek_names_are_spanned_as_written(ex: Extractor, text: str, written: str, name: str) -> None:
    """A LaTeX Greek macro (also one whose backslash a JSON reader took as an escape: a tab) is the letter in
    the name, and the entity's offsets index the text as given."""
    found = [e for e in ex.spans(text)["entities"] if e["name"] == name]
    assert found and found[0]["label"] == DATASET, ex.spans(text)
    assert text[found[0]["start"]:found[0]["end"]] == found[0]["text"] == written


def test_latex_greek_offsets_in_the_title(ex: Extractor) -> None:
    title = "$\\Pi$-Bench: Probing Agents on Long Tasks"
    found = [e for e in ex.spans("We release $\\Pi$-Bench, a benchmark of 300 tasks.", title)["entities"]
             if e["field"] == "title"]
    assert [(e["start"], e["end"], e["name"]) for e in found] == [(0, 11, "Π-Bench")]


APPOSED = [  # (text, name, the paper's relation): a name set in apposition to data is a dataset
    ("Our new corruption suite, KITTI-Fog, covers six weather types.", "KITTI-Fog", INTRODUCES),
    ("The new noise suite, ZorbFog, covers six weather types.", "ZorbFog", INTRODUCES),
    ("Fine-tuning Llama-3 on our 5k-example training split, ChartArena-Train, raises accuracy.",
     "ChartArena-Train", INTRODUCES),
    ("All code and the curated sonar archive, north-sonar-5k, are released at a public site.", "north-sonar-5k",
     INTRODUCES),
    ("Our cleaned birdsong corpus, bird-calls-eu, covers 40 species.", "bird-calls-eu", INTRODUCES),
    ("We evaluate on the legal reading benchmark, QuillRead, where GPT-4 leads.", "QuillRead", EVALUATED_ON),
    ("We test the detector on the public sky archive, sky-survey-9, at night.", "sky-survey-9", EVALUATED_ON),
]


@pytest.mark.parametrize("text,name,rel", APPOSED)
def test_a_name_in_apposition_to_data_is_a_dataset(ex: Extractor, text: str, name: str, rel: str) -> None:
    assert labels(ex, text).get(name) == {DATASET}, labels(ex, text)
    assert relations(ex, text).get(name) == rel


@pytest.mark.parametrize("text", [
    "The benchmark, state-of-the-art, is hard to beat.",
    "The training split, pre-trained, is frozen.",
])
def test_a_plain_compound_in_apposition_is_no_dataset(ex: Extractor, text: str) -> None:
    assert labels(ex, text) == {}


def test_a_model_in_apposition_to_a_model_head_stays_a_model(ex: Extractor) -> None:
    text = "Our new speech encoder, Zorbwave, is released under a public licence."
    assert labels(ex, text).get("Zorbwave") == {MODEL}


LOWER = [  # (text, name, the paper's relation): lower-case names of data
    ("We further release chartqa-long, a set of 3,000 questions about long charts.", "chartqa-long", INTRODUCES),
    ("Hints should be rate-limited; we release the anonymised logs as tutor-hints-2024.", "tutor-hints-2024",
     INTRODUCES),
    ("We publicly release all recordings as BirdNight-EU under a CC licence.", "BirdNight-EU", INTRODUCES),
    ("Our tagger reaches 91% F1 on the w3c 2016 extraction corpus and 88% on w3c 2016 notes.", "w3c 2016",
     EVALUATED_ON),
    ("The system obtains 97% on n3c2 2018 and 95.1% on the n3c2 2018 track.", "n3c2 2018", EVALUATED_ON),
    ("The parser scores 95.1% on the q9x 2019 shared task and on the dev set.", "q9x 2019", EVALUATED_ON),
]


@pytest.mark.parametrize("text,name,rel", LOWER)
def test_lower_case_names_of_data(ex: Extractor, text: str, name: str, rel: str) -> None:
    assert labels(ex, text).get(name) == {DATASET}, labels(ex, text)
    assert relations(ex, text).get(name) == rel


def test_a_lower_case_dump_is_training_data(ex: Extractor) -> None:
    found = labels(ex, "We pre-train on the deduplicated webcrawl3 dump and on C4.")
    assert found.get("webcrawl3") == {DATASET}


@pytest.mark.parametrize("text", [
    "We propose zorb-net, a set of layers for graphs.",
    "We release the model as open source.",
    "We release the data as a public benchmark.",
    "We release the code as well as the weights.",
    "We describe the 2019 track and the top-5 dataset.",
])
def test_no_lower_case_dataset_without_its_cue(ex: Extractor, text: str) -> None:
    assert not any(DATASET in ls for ls in labels(ex, text).values()), labels(ex, text)


MORE = [  # (text, names): data drawn from a source by a count, list items after "benchmarks for X such as",
    # plain capitalized words with a version after "on"
    ("We annotate 8,400 discharge summaries from CardioNotes-II and report F1.", ["CardioNotes-II"]),
    ("Our parser is trained on 12,000 court rulings from LexArchiv-3 with a transformer model.", ["LexArchiv-3"]),
    ("In a case study on 21,000 ICU notes from MedRec-III, our estimator finds an effect.", ["MedRec-III"]),
    ("Benchmarks for chart understanding such as PlotBank and FigQAX contain only synthetic plots.",
     ["PlotBank", "FigQAX"]),
    ("Datasets for legal retrieval such as StatuteHub and CaseRetr are small.", ["StatuteHub", "CaseRetr"]),
    ("On Bird Calls v3 and UrbanSound8K, our classifier improves accuracy by 2%.", ["Bird Calls v3",
                                                                                     "UrbanSound8K"]),
    ("We test the keyword spotter on Keyword Spotting v2 and ESC-50.", ["Keyword Spotting v2"]),
    ("Our detector is evaluated on Road Signs v1.5 and COCO.", ["Road Signs v1.5"]),
]


@pytest.mark.parametrize("text,names", MORE)
def test_more_dataset_shapes(ex: Extractor, text: str, names: list[str]) -> None:
    found = labels(ex, text)
    for name in names:
        assert found.get(name) == {DATASET}, found


@pytest.mark.parametrize("text,name", [
    ("We keep the first 6 layers from Zorb-7B and add 2 heads from Quill-2.", "Quill-2"),
    ("Benchmarks for code models such as CodeZorb and StarQuill reward memorization.", "CodeZorb"),
    ("Our captioner builds on Vision Zorb v2 and adds memory.", "Vision Zorb v2"),
    ("On Stable Diffusion v1.5, our sampler halves the steps.", "Stable Diffusion v1.5"),
])
def test_no_dataset_from_model_parts_model_lists_or_bases(ex: Extractor, text: str, name: str) -> None:
    assert DATASET not in labels(ex, text).get(name, set()), labels(ex, text)


@pytest.mark.parametrize("text,name,rel", [
    ("On the harder GeoQA-Hard collection that we assemble from exam papers, our solver solves 30% of tasks.",
     "GeoQA-Hard", INTRODUCES),
    ("We evaluate on the ProofMath benchmark that we annotate with three experts.", "ProofMath", INTRODUCES),
    ("On the QuillQA benchmark, which was collected by others, our reader leads.", "QuillQA", EVALUATED_ON),
    ("Experiments on the TREC Fair Ranking 2022 track and on a job dataset show gains.", "TREC Fair Ranking 2022",
     EVALUATED_ON),
    ("Our recognizer ranked first in the Quill Speech 2021 challenge.", "Quill Speech 2021", EVALUATED_ON),
    ("The segmenter is evaluated on BraTS 2021 and the external ZGH-GBM cohort.", "ZGH-GBM", EVALUATED_ON),
])
def test_datasets_by_their_editions_cohorts_and_makers(ex: Extractor, text: str, name: str, rel: str) -> None:
    assert labels(ex, text).get(name) == {DATASET}, labels(ex, text)
    assert relations(ex, text).get(name) == rel
