"""Readers of the scholarly formats, identity across them, and citations (fixtures in tests/data/formats)."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import SourceError
from kg.model import CITES, PAPER, node_id
from kg.resolve import resolve
from kg.sources import FORMATS, detect_format, read_records

DATA = Path(__file__).resolve().parent / "data" / "formats"
SHARED = ["library.bib", "arxiv_feed.atom", "openalex_page.json", "s2_batch.json"]
ARXIV = "2203.04567"


def records(name: str, fmt: str | None = None) -> list:
    return list(read_records(DATA / name, fmt))


@pytest.mark.parametrize("name, fmt", [
    ("library.bib", "bibtex"), ("export.ris", "ris"), ("crlf_bom.ris", "ris"), ("savedrecs.txt", "wos"),
    ("arxiv_feed.atom", "atom"), ("dblp_sample.xml", "dblp"), ("openalex_page.json", "jsonl"),
    ("s2_batch.json", "jsonl"), ("s2_page.json", "jsonl"), ("crossref_work.json", "jsonl"),
    ("crossref_list.json", "jsonl"), ("zotero.csl.json", "jsonl"), ("arxiv_snapshot.jsonl.gz", "jsonl"),
])
def test_formats_are_detected_by_content(name: str, fmt: str) -> None:
    assert detect_format(DATA / name) == fmt


def test_bibtex_macros_concatenation_crossref_accents_groups_and_arxiv_fields() -> None:
    sparse, cafe, adapters = records("library.bib")  # the identical duplicate entry is one paper
    assert (sparse.line, sparse.title, sparse.authors, sparse.authors_truncated) == (
        5, "Sparse Mixture Routing for Low-Resource Speech Recognition", ["Marta Okafor", "Liang Wu"], True)
    assert (sparse.arxiv_id, sparse.categories, sparse.doi, sparse.date) == (
        ARXIV, ["eess.AS"], "10.1234/smr_2022.17", "2022-03")
    assert cafe.title == "Café Talk: Größe Corpora for Dialogue"
    assert cafe.authors == ["Jürgen Bäcker", "Nordlab Speech Team", "Ana de la Fuente", "John Smith Jr."]
    assert (cafe.date, cafe.extra["venue"], cafe.topics) == ("2021-06", "Proc. of ICASSP 2021",
                                                             ["speech", "dialogue corpora"])
    assert (adapters.title, adapters.arxiv_id) == ("Quantized Adapters", "2010.01234")


@pytest.mark.parametrize("name, message", [
    ("unbalanced.bib", ":3: bad BibTeX entry: Unexpected block start: `@article`. Was still looking for "
                       "field-value closing `,` or `}`"),
    ("duplicate_key.bib", ":2: the key 'same' is used again with different fields (first at line 1)"),
])
def test_bad_bibtex_names_file_and_line(name: str, message: str) -> None:
    with pytest.raises(SourceError) as err:
        records(name)
    assert str(err.value).split("\n")[0] == f"{DATA / name}{message}"


def test_atom_keeps_every_author_affiliation_category_and_the_v1_date() -> None:
    sparse, knots = records("arxiv_feed.atom")
    assert (sparse.line, sparse.arxiv_id, sparse.date) == (6, ARXIV, "2022-03-09")
    assert sparse.authors == ["Marta Okafor", "Liang Wu", "Zoë Adeyemi", "Jürgen Bäcker"]
    assert (sparse.orgs, sparse.categories) == (["Nordlab", "Riverbend University"], ["eess.AS", "cs.CL"])
    assert (sparse.doi, sparse.comment, sparse.extra) == (
        "10.1234/smr_2022.17", "14 pages, 6 figures", {"journal_ref": "Speech Letters 12 (2022) 1-14"})
    assert (knots.arxiv_id, knots.title) == ("math/0309136", "Knots & Routing")


def test_openalex_authorships_institutions_abstract_topics_and_references() -> None:
    work, adapters = records("openalex_page.json")
    assert (work.line, work.ids, work.arxiv_id, work.doi) == (
        4, {"openalex": "W4210000001", "mag": "4210000001"}, ARXIV, "10.1234/smr_2022.17")
    assert work.author_ids == ["openalex:A5000000001", "openalex:A5000000002", "", ""]
    assert (work.orgs, work.extra["ror"]["Nordlab"]) == (["Nordlab", "Riverbend University"], "https://ror.org/00nordlab")
    assert work.abstract == "We route speech frames to experts."
    assert work.topics == ["Speech Recognition and Synthesis", "Computer science", "mixture of experts"]
    assert work.references == ["https://openalex.org/W4210000002", "https://openalex.org/W2999999999"]
    assert (adapters.line, adapters.arxiv_id, adapters.date, adapters.abstract) == (28, "2010.01234", "2020", "")


def test_openalex_snapshot_lines_gzip(tmp_path: Path) -> None:
    work = json.loads((DATA / "openalex_page.json").read_text())["results"][1]
    path = tmp_path / "part_000.gz"
    with gzip.open(path, "wt") as out:
        out.write(json.dumps(work) + "\n" + json.dumps({**work, "id": "https://openalex.org/W77"}) + "\n")
    assert [(r.line, r.ids["openalex"]) for r in read_records(path)] == [(1, "W4210000002"), (2, "W77")]


def test_semantic_scholar_batch_with_nulls_and_pages() -> None:
    (paper,) = records("s2_batch.json")
    assert paper.ids == {"s2": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c", "dblp": "journals/spl/OkaforWAB22",
                         "s2corpus": "CorpusId:246912345"}
    assert paper.author_ids == ["s2:2101", "s2:2102", "", "s2:2104"]
    assert paper.references == ["arXiv:2010.01234", "doi:10.5555/unseen.1"]
    assert paper.extra["cited_by"] == ["arXiv:math/0309136"]
    assert paper.topics == ["Computer Science", "Linguistics"]
    (paged,) = records("s2_page.json")
    assert (paged.line, paged.title) == (6, "A Paged S2 Paper")


def test_crossref_envelopes_jats_and_date_parts() -> None:
    (work,) = records("crossref_work.json")
    assert (work.doi, work.date, work.orgs) == ("10.1234/smr_2022.17", "2022-05-02", ["Nordlab"])
    assert work.abstract == "We route speech frames & study low-resource recognition."
    assert work.references == ["doi:10.5555/unseen.1", "arXiv:2010.01234"]
    one, two = records("crossref_list.json")
    assert (one.date, two.date) == ("2019", "2020-02")  # 30 February keeps its month


def test_csl_json_date_forms() -> None:
    items = records("zotero.csl.json")
    assert [r.date for r in items] == ["2019-06", "2020-05-02", "2018-03-04", "2017-03"]
    assert items[0].authors == ["Ana de la Fuente", "Nordlab Speech Team"]
    assert (items[1].authors, items[1].arxiv_id, items[3].arxiv_id) == (["John Smith Jr."], "2005.00002", "1703.00004")


def test_ris_continuation_lines_line_ends_and_bom() -> None:
    first, second = records("export.ris")
    assert (first.title, first.authors, first.date, first.arxiv_id) == (
        "Sparse Mixture Routing for Low-Resource Speech Recognition", ["Marta Okafor", "Liang Wu"], "2022-03-09", ARXIV)
    assert (second.line, second.authors) == (13, ["John Smith Jr."])
    assert [r.title for r in records("crlf_bom.ris")] == ["CRLF Record With BOM"]


def test_web_of_science_cited_references() -> None:
    (rec,) = records("savedrecs.txt")
    assert (rec.authors, rec.date, rec.ids) == (["Marta Okafor", "Liang Wu"], "2022-05-02", {"wos": "000123456700001"})
    assert rec.references == ["arXiv:2010.01234", "doi:10.5555/unseen.1"]


def test_dblp_entities_markup_pids_and_skipped_records() -> None:
    sparse, wang = records("dblp_sample.xml")
    assert sparse.authors == ["Marta Okafor", "Liang Wu", "Zoë Adeyemi", "Jürgen Bäcker"]
    assert (sparse.ids, sparse.arxiv_id, sparse.doi) == ({"dblp": "journals/spl/OkaforWAB22"}, ARXIV, "10.1234/smr_2022.17")
    assert (wang.title, wang.authors, wang.author_ids) == ("Routing with H2 Losses", ["Wei Wang"], ["dblp-homonym:12/3456"])


def test_arxiv_snapshot_line_splits_authors_and_categories() -> None:
    sparse, knots = records("arxiv_snapshot.jsonl.gz")
    assert (sparse.authors, sparse.categories, sparse.date) == (
        ["M. Okafor", "L. Wu", "Z. Adeyemi", "J. Bäcker"], ["eess.AS", "cs.CL"], "2022-03-09")
    assert knots.arxiv_id == "math/0309136"


def test_one_paper_from_four_sources_is_one_node_with_every_id_and_the_full_author_list(runner, tmp_path) -> None:
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", *(str(DATA / n) for n in SHARED), "--store", str(store), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"Built {store}: 4 papers from 8 records in 4 file(s)."
    result = runner.invoke(cli, ["cypher", "MATCH (p:Paper {id: $a}) RETURN p.ids AS ids, p.authors_truncated AS t",
                                 "-p", f"a=paper:arxiv:{ARXIV}", "--store", str(store), "--json"])
    (row,) = json.loads(result.stdout)
    assert row == {"ids": [f"arxiv:{ARXIV}", "doi:10.1234/smr_2022.17", "mag:4210000001", "openalex:W4210000001",
                           "dblp:journals/spl/OkaforWAB22", "s2:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
                           "s2corpus:CorpusId:246912345"], "t": False}
    result = runner.invoke(cli, ["cypher", "MATCH (a:Author)-[r:AUTHORED]->(p:Paper {id: $a}) "
                                 "RETURN a.name AS name ORDER BY r.position", "-p", f"a=paper:arxiv:{ARXIV}", "--store", str(store),
                                 "--json"])
    assert [r["name"] for r in json.loads(result.stdout)] == ["Marta Okafor", "Liang Wu", "Zoë Adeyemi", "Jürgen Bäcker"]


def test_disagreeing_fields_keep_each_source_in_the_variants() -> None:
    graph = resolve([r for n in SHARED for r in records(n)])
    props = graph.nodes[node_id(PAPER, f"arxiv:{ARXIV}")].props
    dates = [v for v in props["variants"] if v.startswith("date\t")]
    assert [v.split("\t")[2] for v in dates] == ["2022-03-09", "2022-03", "2022-05-02", "2022-03-09"]
    assert props["date"] == "2022-03-09"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False))
def test_merging_does_not_depend_on_record_order(rnd: random.Random) -> None:
    pool = [r for n in [*SHARED, "savedrecs.txt", "crossref_work.json", "dblp_sample.xml"] for r in records(n)]
    shuffled = list(pool)
    rnd.shuffle(shuffled)
    a, b = resolve(pool), resolve(shuffled)
    assert {k: n.props for k, n in a.nodes.items()} == {k: n.props for k, n in b.nodes.items()}
    assert {k: e.props for k, e in a.edges.items()} == {k: e.props for k, e in b.edges.items()}


def test_references_give_cites_edges_and_stubs_that_a_later_import_fills(runner, tmp_path) -> None:
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(DATA / "s2_batch.json"), str(DATA / "openalex_page.json"),
                               "--store", str(store), "--no-extract"]).exit_code == 0
    stats = runner.invoke(cli, ["stats", "--store", str(store), "--json"])
    assert json.loads(stats.stdout)["stubs"] == {"Paper": 3}
    unseen = tmp_path / "unseen.jsonl"
    unseen.write_text(json.dumps({"id": "https://doi.org/10.5555/UNSEEN.1", "title": "A Paper Nobody Imported"}) + "\n")
    assert runner.invoke(cli, ["build", str(unseen), "--add", "--store", str(store), "--no-extract"]).exit_code == 0
    from kg.api import load_graph

    graph = load_graph(store)
    target = node_id(PAPER, "doi:10.5555/unseen.1")
    assert not graph.nodes[target].props.get("stub")
    assert (node_id(PAPER, f"arxiv:{ARXIV}"), CITES, target) in graph.edges
    assert json.loads(runner.invoke(cli, ["stats", "--store", str(store), "--json"]).stdout)["stubs"] == {"Paper": 2}


# --- issue rows: identifiers as numbers, old-style ids, reference spellings -------------------------------

def write_jsonl(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_arxiv_id_written_as_a_number_is_refused(runner, tmp_path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text('{"id": "1501.00011", "title": "A"}\n{"id": 1501.00010, "title": "B"}\n')
    result = runner.invoke(cli, ["build", str(path), "--store", str(tmp_path / "s"), "--no-extract"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}:2: bad JSON Lines record: 'id' is the number 1501.0001: an id must be a string "
        '(a number loses digits: write "1501.00010")\n'
        "  Each line must be one JSON object with at least a title or an abstract.\n")
    assert not (tmp_path / "s").exists()


def test_old_style_ids_with_and_without_subject_class_are_one_paper(tmp_path) -> None:
    first = write_jsonl(tmp_path, [{"id": "math.GT/0309136", "title": "Knots"}])
    second = first.rename(tmp_path / "a.jsonl")
    later = write_jsonl(tmp_path, [{"arxiv_id": "math/0309136v2", "abstract": "About knots."}])
    graph = resolve([*read_records(second), *read_records(later)])
    assert [n.id for n in graph.by_label(PAPER)] == ["paper:arxiv:math/0309136"]


@pytest.mark.parametrize("ref", ["https://arxiv.org/abs/2101.00001v2", "http://arxiv.org/abs/2101.00001",
                                 "arXiv:2101.00001", "https://arxiv.org/pdf/2101.00001v1.pdf",
                                 "https://doi.org/10.9999/CITED", "doi:10.9999/cited", "http://dx.doi.org/10.9999/cited",
                                 "https://arxiv.org/abs/math.GT/0309136", "https://arxiv.org/abs/math/0309136v1"])
def test_every_reference_spelling_gives_a_cites_edge(tmp_path, ref: str) -> None:
    path = write_jsonl(tmp_path, [
        {"id": "2101.00001", "doi": "https://doi.org/10.9999/cited", "title": "Cited"},
        {"id": "math/0309136", "title": "Old"},
        {"id": "2201.00002", "title": "Citing", "references": [ref]}])
    graph = resolve(list(read_records(path)))
    edges = [e.key for e in graph.edges.values() if e.type == CITES]
    target = "paper:arxiv:math/0309136" if "0309136" in ref else "paper:arxiv:2101.00001"
    assert edges == [("paper:arxiv:2201.00002", CITES, target)]


@pytest.mark.parametrize("field", ["id", "arxiv_id", "doi"])
def test_every_identifier_field_takes_every_spelling(tmp_path, field: str) -> None:
    def read_one(value: str) -> object:
        (rec,) = read_records(write_jsonl(tmp_path, [{field: value, "title": "T"}]))
        return rec

    spellings = ["https://arxiv.org/abs/2101.00001v3", "arXiv:2101.00001", "10.48550/arXiv.2101.00001"]
    assert {read_one(s).arxiv_id for s in spellings} == {"2101.00001"}
    assert {read_one(s).doi for s in ["doi:10.9999/X", "https://doi.org/10.9999/x", "10.9999/X"]} == {"10.9999/x"}


# --- JSON documents ------------------------------------------------------------------------------------

def test_a_large_single_json_document_is_not_held_to_the_line_limit(tmp_path) -> None:
    paper = {"paperId": "d" * 40, "title": "Huge", "abstract": "word " * 400_000}
    path = tmp_path / "paper.json"
    path.write_text(json.dumps(paper))
    (rec,) = read_records(path)
    assert (rec.title, len(rec.abstract.split())) == ("Huge", 400_000)


@pytest.mark.parametrize("text, message", [
    ('{\n  "title": "x",\n  oops\n}\n', ":3: bad JSON at column 3: Expecting property name enclosed in double quotes"),
    ('{"meta": {}, "results": [\n  {"id": "https://openalex.org/W11", "title": null}\n]}\n',
     ":2: the OpenAlex work W11 has no title and no abstract"),
    ('{"message": "Too Many Requests"}\n', ":1: the file holds an API error, not papers: 'Too Many Requests'"),
    ('[\n  {"title": "ok"},\n  3\n]\n', ":3: a JSON number where a paper object was expected"),
    ('{"title": "x", "year": NaN}\n',
     ":1: bad JSON Lines record: NaN is not a JSON number (non-finite numbers are refused)"),
])
def test_json_errors_name_the_real_problem(runner, tmp_path, text: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text)
    result = runner.invoke(cli, ["build", str(path), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert result.stderr.split("\n")[0] == f"Error: {path}{message}"
    assert "Extracting" not in result.output


# --- arbitrary input never crashes a reader ------------------------------------------------------------

@pytest.mark.parametrize("fmt", [*sorted(FORMATS), None])  # each reader forced, and detection (None)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(sorted(DATA.iterdir())).flatmap(
        lambda p: st.integers(0, 400).map(lambda n: (gzip.decompress(p.read_bytes()) if p.suffix == ".gz"
                                                     else p.read_bytes())[:n]))))
def test_arbitrary_bytes_give_records_or_a_source_error(tmp_path_factory, fmt: str | None, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "input"
    path.write_bytes(data)
    try:
        for rec in read_records(path, fmt):
            assert rec.source == str(path) and rec.line >= 0
    except SourceError as exc:
        assert exc.path == str(path)


# --- arXiv listing page forms --------------------------------------------------------------------------

@pytest.mark.parametrize("id_line, created, arxiv_id, categories, day", [
    ("[1]  arXiv:2202.09368 [pdf, other]", "Created: 2022-02-18", "2202.09368", [], "2022-02-18"),
    ("arXiv:2202.09368 (cross-list from cs.CL) [pdf, ps, other]", "Created: 2022-02-18T17:46:11Z", "2202.09368",
     ["cs.CL"], "2022-02-18"),
    ("https://arxiv.org/abs/2202.09368v2", "Created: Fri, 18 Feb 2022 17:46:11 GMT", "2202.09368", [], "2022-02-18"),
    ("Cite as: arXiv:2202.09368v1 [cs.LG]", "Created: 18 Feb 2022", "2202.09368", ["cs.LG"], "2022-02-18"),
    ("arXiv:math.GT/0309136v1", "Created: 2003-09-08", "math/0309136", [], "2003-09-08"),
])
def test_arxiv_listing_page_forms(tmp_path, id_line, created, arxiv_id, categories, day) -> None:
    path = tmp_path / "listing.txt"
    path.write_text(f"An abstract about routing.\n\n{id_line}\n{created}\n")
    (rec,) = read_records(path)
    assert (rec.arxiv_id, rec.categories, rec.date, rec.line) == (arxiv_id, categories, day, 1)


@pytest.mark.parametrize("created, problem", [("Created: 2023-13-45", "bad record: 'Created' is not a calendar date"),
                                              ("Created: 0000-00-00", "bad record: 'Created' is not a calendar date"),
                                              ("Created: someday", "expected 'Created: YYYY-MM-DD' after"),
                                              ("Created: 31 Feb 2022", "not a date: '31 Feb 2022'")])
def test_arxiv_listing_refuses_impossible_created_dates(tmp_path, created: str, problem: str) -> None:
    path = tmp_path / "listing.txt"
    path.write_text(f"An abstract.\n\narXiv:2202.09368\n{created}\n")
    with pytest.raises(SourceError, match=rf"listing\.txt:4: {problem}"):
        list(read_records(path))


def test_nulls_and_missing_fields_give_what_is_there() -> None:
    empty, fallback = records("openalex_nulls.jsonl")
    assert (empty.title, empty.authors, empty.date, empty.references, empty.topics) == (
        "Null Fields Everywhere", [], None, [], [])
    assert (fallback.title, fallback.authors, fallback.abstract, fallback.date) == (
        "Missing Title Falls Back To Display Name", ["Raw Name"], "good", "2021")


def test_mojibake_is_repaired_in_titles_and_names() -> None:
    (rec,) = records("mojibake.bib")
    assert (rec.title, rec.authors) == ("Café Talk: Größe Corpora – Revisited", ["Jörg Müller", "Bo Lee"])


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=30)
KEYS = ["id", "title", "authors", "authorships", "abstract_inverted_index", "paperId", "externalIds", "references",
        "DOI", "author", "issued", "published", "type", "date-parts", "authors_parsed", "versions", "categories",
        "referenced_works", "citations", "message", "results", "data", "items", "year", "doi", "arxiv_id"]


@pytest.mark.parametrize("fmt", ["jsonl", "openalex", "s2", "crossref", "csl", "arxiv-json"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.dictionaries(st.sampled_from(KEYS), JSON_VALUES, max_size=8) | JSON_VALUES)
def test_arbitrary_json_values_give_records_or_a_source_error(tmp_path_factory, fmt: str, value) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "input.json"
    path.write_text(json.dumps(value))
    try:
        for rec in read_records(path, fmt):
            assert isinstance(rec.title, str) and all(isinstance(a, str) for a in rec.authors)
    except SourceError as exc:
        assert exc.path == str(path)


@pytest.mark.parametrize(("text", "message"), [
    ("@article{a1,\n  title = {Sparse Routers},\n  year = {twenty22}\n}\n",
     "{path}:1: the entry 'a1' has year 'twenty22', which is not a year"),
    ("@article{a2,\n  title = {Sparse Routers},\n  date = {2021-13-45}\n}\n",
     "{path}:1: the entry 'a2' has date '2021-13-45', which is not a date"),
    ("@article{a3,\n  title = {Sparse Routers},\n  year = 2021,\n  month = {Smarch}\n}\n",
     "{path}:1: the entry 'a3' has month 'Smarch', which is not a month"),
    ("TY  - JOUR\nTI  - Sparse Routers\nPY  - 2021/13/45\nER  - \n",
     "{path}:1: PY '2021/13/45' is not a date"),
    ("TY  - JOUR\nTI  - Sparse Routers\nPY  - circa 2021\nER  - \n",
     "{path}:1: PY 'circa 2021' is not a date"),
])
def test_a_date_that_is_no_date_is_named_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    source = tmp_path / ("refs.ris" if text.startswith("TY") else "refs.bib")
    source.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        list(read_records(source))
    assert str(caught.value).splitlines()[0] == message.format(path=source)


def test_dates_that_are_dates_still_read(tmp_path: Path) -> None:
    bib = tmp_path / "ok.bib"
    bib.write_text("@article{b,\n  title = {Sparse Routers},\n  year = 2021,\n  month = feb\n}\n", encoding="utf-8")
    ris = tmp_path / "ok.ris"
    ris.write_text("TY  - JOUR\nTI  - Sparse Routers\nPY  - 2021/02/18/\nER  - \n", encoding="utf-8")
    assert [r.date for r in read_records(bib)] == ["2021-02"]
    assert [r.date for r in read_records(ris)] == ["2021-02-18"]
