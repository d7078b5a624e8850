"""Three kinds of extraction fault an expert user met on abstracts they wrote (issue 11), each with invented
sentences across fields: a phrase that opens a sentence read as an apposition or a list; names in comparison
contexts that vanish; the paper's own model named after "referred to as", "we train X, a ..." or a long
"we introduce a ... set, X,".
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL

from extract_helpers import relations


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def labels(ex: Extractor, abstract: str) -> dict[str, set[str]]:
    """Name -> the labels its Model and Dataset nodes have."""
    nodes, _ = ex.paper("paper:t", "", abstract)
    out: dict[str, set[str]] = {}
    for n in nodes:
        if n.label in (MODEL, DATASET):
            out.setdefault(n.name, set()).add(n.label)
    return out


# --- kind 1: a phrase that opens the sentence, closed by a comma, is no apposition and no list ---------------

FRONTED_SUBJECTS = [
    ("On the 27 datasets of the Harbor-TS suite, Wavelet-300M achieves the lowest mean error.", "Wavelet"),
    ("Across the 12 splits of the PolyChem collection, MolQuill-2B improves yield prediction by 4%.", "MolQuill"),
    ("In zero-shot tests on the Corvid benchmark and on 9 corpora of the Lark archive, Tern-1B wins.", "Tern"),
    ("On the blind test set of SoundBank, Echolyn obtains 31.2 SPIDEr.", "Echolyn"),
    ("On the held-out validation set of GeoRoads, Pathwise reduces routing errors by 8%.", "Pathwise"),
]


@pytest.mark.parametrize(("abstract", "name"), FRONTED_SUBJECTS)
def test_the_subject_after_a_long_fronted_phrase_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}


@pytest.mark.parametrize(("abstract", "name"), [
    ("On the blind test set of SoundBank, Echolyn obtains 31.2 SPIDEr.", "SoundBank"),
    ("On the held-out validation set of GeoRoads, Pathwise reduces routing errors by 8%.", "GeoRoads"),
    ("We release our evaluation suite, Marlin-QA, with 4,000 questions.", "Marlin-QA"),
])
def test_the_data_in_a_fronted_phrase_or_apposition_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {DATASET}


@pytest.mark.parametrize(("abstract", "word"), [
    ("Downstream, a 64-expert Quib model improves accuracy on HellaSwag, PIQA and MMLU.", "Downstream"),
    ("Overall, a sparse Corvex encoder is faster than dense ones.", "Overall"),
    ("Clinically, a calibrated Ventra classifier reduces false alarms by a third.", "Clinically"),
    ("On the test set of SoundBank, Pooling improves recall, and pooling is cheap.", "Pooling"),
    ("Across the 9 splits of the Lark archive, Everything achieves less than chance.", "Everything"),
])
def test_an_opening_word_before_a_subject_is_no_name(ex: Extractor, abstract: str, word: str) -> None:
    assert word not in labels(ex, abstract)


@pytest.mark.parametrize(("abstract", "name"), [
    ("Zorbix, a sparse retrieval model, improves recall on MS MARCO.", "Zorbix"),
    ("Kelpie, a compact speech encoder trained on LibriSpeech, lowers error rates by 9%.", "Kelpie"),
])
def test_a_name_in_apposition_at_the_opening_stays_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}


# --- kind 2: names in comparison contexts are models the paper compares with --------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("Our tagger reaches 91.2 F1, surpassing the previous state of the art, Quib-Tag, by 3 points.", "Quib-Tag"),
    ("Our router cuts perplexity by 2% relative to Fennel routing on all scales.", "Fennel"),
    ("Our scheduler is 2x faster than Greedy Packing scheduling (Ortiz et al., 2021) on TPU pods.",
     "Greedy Packing"),
    ("We compare against Octo and a Flow Policy baseline on 18 manipulation tasks.", "Flow Policy"),
    ("Our planner outperforms Beam Lattice search (Kim and Park, 2019) on all instances.", "Beam Lattice"),
])
def test_a_compared_name_is_compared_with(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}
    assert relations(ex, abstract)[name] == "COMPARES_WITH"


@pytest.mark.parametrize("abstract", [
    "We further show that Pengoro and Lutra mostly rely on language priors.",
    "We find that Gravel and Quokka fail on images of rotated text.",
])
def test_the_models_a_finding_names_are_models(ex: Extractor, abstract: str) -> None:
    found = labels(ex, abstract)
    assert len([n for n, ls in found.items() if ls == {MODEL}]) == 2


@pytest.mark.parametrize(("abstract", "word"), [
    ("Our sampler is faster than Monte Carlo sampling on all tasks.", "Monte Carlo"),
    ("Accuracy rises relative to Table Two on every split.", "Table Two"),
    ("Our planner outperforms Beam Lattice search on all instances.", "Beam Lattice"),
])
def test_a_capitalized_phrase_without_a_head_or_citation_is_no_name(ex: Extractor, abstract: str, word: str
                                                                     ) -> None:
    assert word not in labels(ex, abstract)


# --- kind 3: the paper's own model named without "we propose X" ------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("Here we present a spiking vision transformer with sparse attention, referred to as Spiklet-TX, in which "
     "scores are computed only on spikes.", "Spiklet-TX"),
    ("We describe a retrieval pipeline for case law, hereafter referred to as LexHound, that ranks rulings.",
     "LexHound"),
    ("We train CritiQuill, a 1.3B-parameter model fine-tuned from CodeLlama-7B, on our critiques.", "CritiQuill"),
    ("We train Marmot, a 350M-parameter language model, on 40B tokens of clinical notes.", "Marmot"),
])
def test_the_papers_own_name_is_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract)[name] == INTRODUCES


@pytest.mark.parametrize(("abstract", "name", "label"), [
    ("We further introduce a small evaluation set of 1,140 sentences from court hearings, Gavel-News, with "
     "gold glosses for every sentence.", "Gavel-News", DATASET),
    ("We also introduce a validation set for Welsh speech, CymruTalk, with 900 clips.", "CymruTalk", DATASET),
    ("We introduce a training method for sparse models, SparseQuill, with fewer steps.", "SparseQuill", MODEL),
])
def test_a_name_a_long_introduction_heads_is_introduced(ex: Extractor, abstract: str, name: str, label: str
                                                        ) -> None:
    assert labels(ex, abstract)[name] == {label}
    assert relations(ex, abstract)[name] == INTRODUCES


@pytest.mark.parametrize(("abstract", "name"), [
    ("Methods of this kind are commonly referred to as RLHF in the literature, and we use PPO.", "RLHF"),
    ("We evaluate on a small test set of 500 sentences, following Quill-Eval, with gold glosses.", "Quill-Eval"),
])
def test_a_known_or_cited_name_is_not_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) != INTRODUCES
