"""Kinds of fault seen on development parts of the real sets in round 26, and by a new user on development
records, each with invented sentences of its own (issue 11).

Every sentence here is written for the test; names are invented or well known. Each table stands for a kind of
writing, not for one abstract.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract_helpers import entities, relations
from kg.cli import cli
from kg.extract import Extractor
from kg.model import INTRODUCES, MODEL


# --- a long form and the acronym its capitals spell, joined by "or": "called DEtection TRansformer or DETR" ----------

@pytest.mark.parametrize(("abstract", "short", "long_form"), [
    ("The core of the new framework, called SParse Expert Router or SPER, is a learned gate. SPER scales well.",
     "SPER", "SParse Expert Router"),
    ("We propose a model, Gated Lattice Encoder or GLE, that reads long inputs.", "GLE",
     "Gated Lattice Encoder"),
    ("We present QUAVR, or QUAntized Vision Router, a router for vision experts.", "QUAVR", "QUAntized Vision Router"),
])
def test_a_long_form_or_its_acronym_is_one_model(ex: Extractor, abstract: str, short: str, long_form: str) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    models = [n for n in nodes if n.label == MODEL]
    assert [(n.name, long_form in n.props.get("aliases", [])) for n in models] == [(short, True)]
    assert relations(ex, abstract) == {short: INTRODUCES}


@pytest.mark.parametrize("abstract", [
    "We compare our router with GPT-4 or Claude 3 on the same prompts.",  # two names, no spelling
    "We compare the Switch Transformer or GLaM on the same prompts.",  # capitals spell another name
])
def test_names_joined_by_or_that_do_not_spell_each_other_stay_apart(ex: Extractor, abstract: str) -> None:
    assert len(entities(ex, abstract)) == 2


# --- a name with an umlaut and its German ASCII spelling: "Wuerstchen: ..." and "We introduce Würstchen" ----------

@pytest.mark.parametrize(("title", "abstract"), [
    ("Wuerstchen: Compact Latents for Image Synthesis", "We introduce Würstchen, a text-to-image model."),
    ("Zöpfli: Fast Compression of Checkpoints", "We present Zoepfli, a compressor of model weights."),
])
def test_an_umlaut_and_its_ascii_spelling_are_one_model(ex: Extractor, title: str, abstract: str) -> None:
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    assert len([n for n in nodes if n.label == MODEL]) == 1


# --- a BibTeX field without its comma swallows the next field: an error naming the line, not a guess ---------------

def test_a_bibtex_field_missing_its_comma_is_an_error(tmp_path: Path) -> None:
    bib = tmp_path / "lib.bib"
    bib.write_text("@article{fedus2021,\n  title = {Switch Transformers: Scaling to Trillion Parameter Models}\n"
                   "  author = {Fedus, William and Zoph, Barret},\n  year = {2021}\n}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(bib), "--store", str(tmp_path / "store")])
    assert (result.exit_code, result.output) == (1, (
        f"Error: {bib}:2: field 'title': a comma is missing before 'author =' (every field but the last ends with "
        "a comma)\n  Check the braces and quotes of this entry: each field is name = {value} or \"value\", "
        "separated by commas.\n"))
    assert not (tmp_path / "store").exists()


def test_a_bibtex_field_missing_its_comma_is_named_by_its_own_line_past_other_entries(tmp_path: Path) -> None:
    bib = tmp_path / "lib.bib"  # the faulty field on line 9, after an entry of six lines and a blank line
    bib.write_text("@article{a,\n  title = {Zorb: A Model},\n  author = {Lee, Ann},\n  year = {2021},\n"
                   "  abstract = {We present Zorb.}\n}\n\n@article{broken,\n  author = {Abebe, Ruth}\n"
                   "  year = {2024},\n  title = {Tern}\n}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(bib), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bib}:9: field 'author': a comma is missing before 'year ='")


# --- LaTeX markup in an abstract (arXiv's own text): read as the text it marks up, a bare % a percent sign ---------

def test_latex_markup_in_a_record_is_read_as_text(tmp_path: Path) -> None:
    src = tmp_path / "papers.jsonl"
    abstract = (r"We present {\it QUILLMOE}, a router that beats \textsc{Mixtral}~8x7B by 5% on \emph{long} "
                r"inputs (90\% of the budget, $\alpha = 0.5$).")
    src.write_text(json.dumps({"id": "2501.00001", "title": r"\textbf{QuillMoE}: Routing at Scale",
                               "abstract": abstract, "authors": ["Ada Quill"], "date": "2025-01-02"}) + "\n",
                   encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(cli, ["build", str(src), "--store", str(store), "--quiet"]).exit_code == 0
    result = CliRunner().invoke(cli, ["cypher", "MATCH (p:Paper)-[r]->(m:Model) RETURN p.title, p.abstract, type(r), "
                                      "m.name ORDER BY m.name", "--store", str(store), "--json"])
    rows = json.loads(result.output)
    assert [(r["type(r)"], r["m.name"]) for r in rows] == [("COMPARES_WITH", "Mixtral"), ("INTRODUCES", "QuillMoE")]
    assert (rows[0]["p.title"], rows[0]["p.abstract"]) == ("QuillMoE: Routing at Scale", (
        "We present QUILLMOE, a router that beats Mixtral 8x7B by 5% on long inputs (90% of the budget, $\\alpha = "
        "0.5$)."))


# --- "Ours, a <modifiers> framework that integrates Y and Z into X": ours builds on all three -----------------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("We present Zorbnet, a detection framework that integrates QuillNet and TarnFormer into the VelaDet model.",
     {("Zorbnet", "QuillNet"), ("Zorbnet", "TarnFormer"), ("Zorbnet", "VelaDet")}),
    ("This report introduces Zorbnet, a synthesis framework that integrates the Quill Consistency Model (QCM) and "
     "TarnNet into the advanced Vela-α model.", {("Zorbnet", "QCM"), ("Zorbnet", "TarnNet"), ("Zorbnet", "Vela-α")}),
    ("We propose Zorbnet, which integrates QuillNet (QN) and TarnNet into Vela.",
     {("Zorbnet", "QuillNet"), ("Zorbnet", "TarnNet"), ("Zorbnet", "Vela")}),
    ("We present Zorbnet, a lightweight model that is fine-tuned from QuillNet.", {("Zorbnet", "QuillNet")}),
])
def test_a_clause_on_a_name_in_apposition_to_a_head_is_that_names(builds_on: Callable[[str], set[tuple[str, str]]],
                                                                    abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


@pytest.mark.parametrize("abstract", [
    "We present Zorbnet, a detection model that outperforms QuillNet on crowded scenes.",
    "We present Zorbnet, a detection model. Prior work, a framework that extends QuillNet, is slower.",
])
def test_a_clause_that_states_no_derivation_or_is_another_names_makes_no_edge(
        builds_on: Callable[[str], set[tuple[str, str]]], abstract: str) -> None:
    assert builds_on(abstract) == set()


# --- a long form that writes another model's name: "Yarrow (Yet another RoPE extensioN method)" builds on RoPE -------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("Rotary Position Embeddings (RoPE) encode positions. We present Yarrow (Yet another RoPE extensioN method), a "
     "method to extend the context window of LLaMA.", {("Yarrow", "RoPE")}),
    ("BERT is a strong encoder. We present RoBERTo (Robustly optimized BERT approach), a replication of its "
     "pretraining.", {("RoBERTo", "BERT")}),
    ("We compare with Quill. We present Zorb (Zorb: Quill-free Retrieval), a retriever.", set()),
    ("We present Zorb (Zorb Generative Pre-trained Transformer), a model for code.", set()),  # no model named
    ("The Swin Transformer is strong. Our restorer stacks residual Swin Transformer blocks (RSTB), each with a "
     "skip connection.", set()),  # a part built of the model
])
def test_a_long_form_naming_another_model_states_its_base(builds_on: Callable[[str], set[tuple[str, str]]],
                                                            abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


# --- what a model owns: its weights name it as a base, its answers do not ------------------------------------------

@pytest.mark.parametrize(("abstract", "pairs"), [
    ("HeronNet is fine-tuned from MarlinNet's weights.", {("HeronNet", "MarlinNet")}),
    ("HeronNet is initialized from MarlinNet's checkpoint.", {("HeronNet", "MarlinNet")}),
    ("We present HeronNet, which enhances MarlinNet's answers with citations.", set()),
    ("HeronNet enhances MarlinNet's outputs with retrieved passages.", set()),
])
def test_a_possessed_object_names_its_owner_as_base_only_when_it_is_a_models_part(
        builds_on: Callable[[str], set[tuple[str, str]]], abstract: str, pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


# --- a quantity's symbol before a common word is no name: "the λ-return", "an $\alpha$-weighted loss" --------------

@pytest.mark.parametrize(("abstract", "found"), [
    ("We propose Zorbmix, which uses the λ-return for value targets.", {(MODEL, "Zorbmix")}),
    ("We present Zorbmix, a router trained with a $\\alpha$-weighted loss on QuillBench.",
     {(MODEL, "Zorbmix"), ("Dataset", "QuillBench")}),
    ("We present Zorbmix, trained with β-smoothed targets and compared with PixArt-α and μ-Net.",
     {(MODEL, "Zorbmix"), (MODEL, "PixArt-α"), (MODEL, "μ-Net")}),
])
def test_a_symbol_and_a_common_word_are_no_name(ex: Extractor, abstract: str, found: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == found
