"""Kinds of entity-type fault (issue 11): what a name is, or whether it is one, by its shape and its context.

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind
of phrasing, not for one abstract.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.base import load_patterns
from kg.extract.domain import is_ml_paper
from kg.model import DATASET, MODEL


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def labelled(ex: Extractor, abstract: str, title: str = "") -> dict[str, str]:
    """Each Model or Dataset node's name -> its label."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {n.name: n.label for n in nodes if n.label in (MODEL, DATASET)}


# --- a laboratory assay is no name, however name-like its shape ---------------------------------------------------

ASSAYS: list[tuple[str, str]] = [
    ("The volume of RNA-seq data grows each year, and we train a neural network to filter it.", "RNA-seq"),
    ("We applied Zorbnet, our classifier, to Xenopus RNA-seq profiles of 20 tissues.", "Xenopus RNA-seq"),
    ("We train a transformer on ChIP-seq and ATAC-seq tracks of 12 cell lines.", "ChIP-seq"),
    ("Our deep model predicts scRNA-seq counts; predictions were checked by RT-qPCR.", "RT-qPCR"),
    ("A graph network ranks Perturb-Seq hits, which we confirm with ELISA and FACS.", "Perturb-Seq"),
]


@pytest.mark.parametrize(("abstract", "assay"), ASSAYS, ids=[a for _, a in ASSAYS])
def test_a_lab_assay_is_no_model_or_dataset(ex: Extractor, abstract: str, assay: str) -> None:
    found = labelled(ex, abstract)
    assert not any("seq" in n.casefold() or n in ("RT-qPCR", "ELISA", "FACS") for n in found), found


def test_a_name_that_merely_holds_seq_is_still_a_name(ex: Extractor) -> None:
    found = labelled(ex, "We train Zorb-Seq2 and SeqFormer on four datasets of product reviews.")
    assert {"Zorb-Seq2", "SeqFormer"} <= set(found)


# --- a name before "subset", "split" or "set" is the data set it is part of ---------------------------------------

PARTS: list[tuple[str, str]] = [
    ("Our training yields a 31.5% gain on the challenging QMATH24 subset.", "QMATH24"),
    ("Zorb-7B scores 41% on the Quill-2 validation set and 12% on the held-out Tarn-5 split.", "Tarn-5"),
    ("We report accuracy on the Quill-2 validation set.", "Quill-2"),
    ("Accuracy drops on the hard PRX-9 subsets.", "PRX-9"),
]


@pytest.mark.parametrize(("abstract", "name"), PARTS, ids=[n for _, n in PARTS])
def test_a_name_before_a_part_word_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    assert labelled(ex, abstract).get(name) == DATASET



# --- an acronym whose capitalized long form names a task is the task --------------------------------------------

TASK_ACRONYMS: list[tuple[str, str]] = [
    ("We present an end-to-end neural network for Voice Activity Detection (VAD). It beats a strong VAD model.",
     "VAD"),
    ("Scene Text Recognition (STR) remains hard. We train a transformer on three STR tasks.", "STR"),
    ("We build a compact encoder for the task of Lyric Line Generation (LLG) and compare LLG models.", "LLG"),
    ("Prior work on Dense Event Captioning (DEC) uses two-stage pipelines; our DEC model is one stage.", "DEC"),
]


@pytest.mark.parametrize(("abstract", "short"), TASK_ACRONYMS, ids=[s for _, s in TASK_ACRONYMS])
def test_a_task_acronym_is_no_model(ex: Extractor, abstract: str, short: str) -> None:
    found = labelled(ex, abstract)
    assert short not in found and not any(n.startswith(short) for n in found), found


OWN_TASK_NAMED: list[tuple[str, str]] = [
    ("We propose Masked Scene Generation (MSG), a diffusion model that draws rooms.", "MSG"),
    ("We introduce the Quill Layout Parsing (QLP) network, which reads forms.", "QLP"),
]


@pytest.mark.parametrize(("abstract", "short"), OWN_TASK_NAMED, ids=[s for _, s in OWN_TASK_NAMED])
def test_a_method_the_paper_names_after_a_task_stays_a_model(ex: Extractor, abstract: str, short: str) -> None:
    assert labelled(ex, abstract).get(short) == MODEL


# --- papers of other fields, without categories, are outside ML by their field's common words -------------------

OTHER_FIELDS: list[tuple[str, str]] = [
    ("Band gaps of layered oxide perovskites from hybrid functionals",
     "We compute the band gaps of twelve layered oxide perovskites with the QX7 meta-GGA exchange functional and "
     "compare them with GW results. Spin-orbit coupling lowers the gap by 0.3 eV; doped samples show a smaller "
     "gap, with accuracy close to that of hybrid functionals at a fraction of the cost."),
    ("Ligand binding energies from coupled cluster theory",
     "Binding energies of 40 ligands to zinc cations are computed with coupled cluster theory in large basis sets. "
     "The ZQ-2 functional reproduces them within 1 kcal/mol; solvation shifts the ordering of two isomers."),
    ("Groundwater recharge in a karst aquifer",
     "We estimate recharge of the Velka karst aquifer from tracer tests and permeability logs. Porosity falls with "
     "depth, and weathering of carbonate rocks controls the drainage network."),
    ("Comorbidity and survival after cardiac surgery",
     "In 2,100 outpatients followed after cardiac surgery, diabetes and hypertension predicted mortality; the "
     "KARDI-5 score added prognostic value over symptoms and tumour history."),
    ("Minimum wages and household consumption",
     "Using the HWS-3 panel of households, we find that a rise in minimum wages increases consumption of low-income "
     "households, while firms pass part of the cost to prices; inflation effects are small."),
]


@pytest.mark.parametrize(("title", "abstract"), OTHER_FIELDS, ids=[t.split()[0] for t, _ in OTHER_FIELDS])
def test_a_paper_of_another_field_yields_no_model(ex: Extractor, title: str, abstract: str) -> None:
    assert labelled(ex, abstract, title) == {}


@pytest.mark.parametrize(("title", "abstract"), OTHER_FIELDS, ids=[t.split()[0] for t, _ in OTHER_FIELDS])
def test_the_common_words_of_a_field_make_it_outside_ml(title: str, abstract: str) -> None:
    lex = load_patterns().lexicon
    assert not is_ml_paper(f"{title}. {abstract}", [], lex)


ML_ON_THOSE_SUBJECTS: list[tuple[str, str, str]] = [
    ("A graph neural network for perovskite band gaps",
     "We train Zorbnet, a graph neural network, on 40k DFT band gaps of oxide perovskites. Zorbnet outperforms "
     "CGCNN and lowers the error of the learned model by 20%.", "Zorbnet"),
    ("Predicting surgical outcomes with transformers",
     "We fine-tune ClinQuill, a transformer language model, on notes of 9,000 patients after cardiac surgery; "
     "the trained model outperforms logistic regression baselines on mortality prediction.", "ClinQuill"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), ML_ON_THOSE_SUBJECTS,
                         ids=[n for _, _, n in ML_ON_THOSE_SUBJECTS])
def test_an_ml_paper_on_those_subjects_keeps_its_model(ex: Extractor, title: str, abstract: str, name: str) -> None:
    assert labelled(ex, abstract, title).get(name) == MODEL


# --- a result clause "VERB the X <task words> METRIC to NUMBER": X is a data set, METRIC its metric --------------

RESULT_CLAUSES: list[tuple[str, set[str], set[str]]] = [
    ("Zorb improves the Quill-News abstractive summarization ROUGE-L to 40.5, the Harbor abstractive summarization "
     "ROUGE-L to 35.7, and the TARN9 document-grounded dialog response generation NIST-4 to 2.67.",
     {"Quill-News", "Harbor", "TARN9"}, {"NIST-4"}),
    ("Our method raises the Tarn-QA exact match EM to 41.2 and the Quorra open-domain answering F1 to 60.3.",
     {"Tarn-QA", "Quorra"}, set()),
    ("Zorb sets records, improving the Quill-News summarization ROUGE-2 to 20.1 (1.2 absolute gain), the Harbor "
     "answering F1 score to 82.5 (3.1 absolute gain), and the TARN9 dialog generation NIST-4 to 2.67.",
     {"Quill-News", "Harbor", "TARN9"}, {"NIST-4"}),
]


@pytest.mark.parametrize(("abstract", "data", "metrics"), RESULT_CLAUSES, ids=["three", "two", "scores-with-gains"])
def test_a_result_clause_names_data_sets_and_metrics(ex: Extractor, abstract: str, data: set[str],
                                                     metrics: set[str]) -> None:
    found = labelled(ex, abstract)
    assert {n for n, label in found.items() if label == DATASET} >= data
    assert not metrics & set(found)


def test_a_model_raised_to_a_score_stays_a_model(ex: Extractor) -> None:
    found = labelled(ex, "We scale Zorb-2 to 70B parameters and improve the Quill-3 model to 41.2% accuracy.")
    assert found.get("Quill-3") == MODEL


# --- data sets in parentheses after the tasks of an enumeration ---------------------------------------------------

def test_each_task_of_an_enumeration_holds_its_data_in_parentheses(ex: Extractor) -> None:
    found = labelled(ex, "We evaluate on sentiment analysis (Zet-5, IMDb), question classification (TRX), "
                         "entailment (SNLI), and question answering (SQuAD).")
    assert {n for n, label in found.items() if label == DATASET} >= {"Zet-5", "IMDb", "TRX", "SNLI", "SQuAD"}


def test_a_parenthesis_closed_before_an_acronym_bounds_its_long_form(ex: Extractor) -> None:
    found = labelled(ex, "Zorb is tested on entailment (SNLI), and question answering (SQuAD).")
    assert found.get("SNLI") == DATASET and found.get("SQuAD") == DATASET


def test_a_lone_parenthesis_after_a_task_is_not_taken_as_data(ex: Extractor) -> None:
    found = labelled(ex, "We study question classification (QRX) with a small encoder.")
    assert found.get("QRX") != DATASET


ONE_SCIENCE_WORD: list[tuple[str, str]] = [
    ("A coating for steel pipes",
     "The QX-7 coating lowers corrosion of steel pipes by 30% over two winters. We laid 40 pipes of each kind in "
     "three towns along the coast and dug them up every spring. Pipes with the QX-7 coating kept their walls thicker "
     "than pipes painted in the usual way, and they needed fewer repairs. The coating costs a little more to apply, "
     "but crews found it easy to use in the field. Towns that plan to replace old pipes in the next ten years may "
     "save money by choosing it, as the fewer repairs pay back the cost within four years."),
    ("Wages in coastal towns",
     "Wages in the ZR-4 region rose by 3% after the port reopened in 2019. We follow 600 workers in five towns "
     "over four years, before and after the port opened again, and compare them with workers in towns inland. "
     "Dock work drew people from farms and shops, and shop owners raised pay to keep their staff. The rise was "
     "largest for young workers and for those without a degree. Rents went up too, so part of the gain was lost, "
     "but most families report that they are better off than before the port reopened."),
]


@pytest.mark.parametrize(("title", "abstract"), ONE_SCIENCE_WORD, ids=[t.split()[-1] for t, _ in ONE_SCIENCE_WORD])
def test_one_science_word_and_no_ml_word_is_outside_ml(ex: Extractor, title: str, abstract: str) -> None:
    assert labelled(ex, abstract, title) == {}


def test_one_science_word_beside_an_ml_word_stays_ml(ex: Extractor) -> None:
    found = labelled(ex, "We train QX-7, a neural encoder, to forecast corrosion of steel pipes.")
    assert found.get("QX-7") == MODEL
