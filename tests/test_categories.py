"""arXiv categories written in words (as arXiv's pages, Zotero and other reference managers write them) count as
their codes: they decide whether a paper is about ML, and name the same topic as the code. A word no scheme of
arXiv's knows (another source's field of study) decides nothing: the text does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.model import MODEL, TOPIC
from kg.pipeline import assemble, read_sources
from kg.sources.categories import category_code

ML_TEXT = ("We present Quillon-7, a sparse transformer language model trained on 2T tokens; Quillon-7 outperforms "
           "dense baselines of its size on reading comprehension.")


@pytest.mark.parametrize(("written", "code"), [
    ("cs.CL", "cs.CL"),
    ("CL", "CL"),  # a listing's bare code: resolved by archive order later
    ("physics.flu-dyn", "physics.flu-dyn"),
    ("cond-mat.str-el", "cond-mat.str-el"),
    ("solv-int", "solv-int"),  # an old archive of its own
    ("Computer Science - Computer Vision and Pattern Recognition", "cs.CV"),
    ("computer science -  information retrieval", "cs.IR"),  # any case, any spacing
    ("Statistics - Methodology", "stat.ME"),
    ("Electrical Engineering and Systems Science - Audio and Speech Processing", "eess.AS"),
    ("Sound (cs.SD)", "cs.SD"),
    ("Neural and Evolutionary Computing", "cs.NE"),
    ("Quantitative Biology - Neurons and Cognition", "q-bio.NC"),
    ("Quantitative Biology", "q-bio"),
    ("Condensed Matter - Superconductivity", "cond-mat.supr-con"),
    ("Astrophysics - Solar and Stellar Astrophysics", "astro-ph.SR"),  # every active category of the taxonomy
    ("Economics - Econometrics", "econ.EM"),
    ("Quantitative Biology - Genomics", "q-bio.GN"),
    ("Condensed Matter - Fresh Subject", "cond-mat"),  # a name the taxonomy lacks: its archive
    ("Nuclear Theory", "nucl-th"),
    ("Computation and Language", "cs.CL"),
    ("CS.cl", "cs.CL"),  # any case
    ("ASTRO-PH.SR", "astro-ph.SR"),
    ("Biology", None),
    ("deep learning", None),
    ("sparse", None),
])
def test_a_category_written_any_way_arxiv_writes_it_is_its_code(written: str, code: str | None) -> None:
    assert category_code(written) == code


def model_names(ex: Extractor, categories: list[str]) -> set[str]:
    nodes, _ = ex.paper("paper:q", "Quillon-7: Sparse Language Models", ML_TEXT, categories)
    return {n.props["name"] for n in nodes if n.label == MODEL}


@pytest.mark.parametrize("categories", [
    ["Computer Science - Computation and Language"],
    ["Computer Science", "Statistics - Machine Learning"],
    ["Computation and Language (cs.CL)"],
    ["Computer Science"],  # the archive only: the text decides, and it is about a language model
    ["Medicine"],  # no arXiv category: the text decides
])
def test_an_ml_paper_whose_categories_are_written_in_words_keeps_its_models(
        ex: Extractor, categories: list[str]) -> None:
    assert model_names(ex, categories) == {"Quillon-7"}


@pytest.mark.parametrize("categories", [
    ["Astrophysics - Astrophysics of Galaxies"],
    ["High Energy Physics - Phenomenology"],
    ["Condensed Matter"],
])
def test_a_paper_of_another_field_by_its_categories_in_words_names_no_model_by_shape(
        ex: Extractor, categories: list[str]) -> None:
    assert model_names(ex, categories) == set()


def test_a_listing_with_categories_in_words_builds_the_topics_of_their_codes(tmp_path: Path) -> None:
    listing = tmp_path / "papers.jsonl"
    rows = [{"title": "Quillon-7: Sparse Language Models", "abstract": ML_TEXT, "authors": ["Ada Brenn"],
             "date": "2024-05-02", "categories": ["Computer Science - Computation and Language", "cs.LG"]}]
    listing.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    graph = assemble(read_sources([listing]), extractor=Extractor())
    assert sorted(n.props["name"] for n in graph.by_label(TOPIC) if n.props.get("codes")) == [
        "Computation and Language", "Machine Learning"]
    assert {n.props["name"] for n in graph.by_label(MODEL)} == {"Quillon-7"}


@pytest.mark.parametrize(("written", "codes"), [
    ("cs.LG, q-bio.QM", ["cs.LG", "q-bio.QM"]),
    ("cs.LG q-bio.QM", ["cs.LG", "q-bio.QM"]),
    ("Computer Science - Machine Learning; Quantitative Biology - Quantitative Methods",
     ["Computer Science - Machine Learning", "Quantitative Biology - Quantitative Methods"]),
    ("Distributed, Parallel, and Cluster Computing; Machine Learning",  # a name holding commas stays whole
     ["Distributed, Parallel, and Cluster Computing", "Machine Learning"]),
    ("cs.LG, Computer Science - Distributed, Parallel, and Cluster Computing, stat.ML",
     ["cs.LG", "Computer Science - Distributed, Parallel, and Cluster Computing", "stat.ML"]),
    ("Medicine, Biology", ["Medicine", "Biology"]),  # words no arXiv scheme knows: split at each comma
])
def test_a_listing_s_categories_in_one_string_are_each_a_category(tmp_path: Path, written: str,
                                                                  codes: list[str]) -> None:
    listing = tmp_path / "papers.jsonl"
    listing.write_text(json.dumps({"title": "Quillon-7", "abstract": ML_TEXT, "categories": written}) + "\n",
                       encoding="utf-8")
    [record] = read_sources([listing])
    assert record.categories == codes
