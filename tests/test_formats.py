"""Readers of the scholarly formats, identity across them, and citations (fixtures in tests/data/formats)."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import SourceError
from kg.model import CITES, PAPER, TOPIC, node_id
from kg.resolve import resolve
from kg.sources import FORMATS, ReadReport, detect_format, read_records

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
    assert paper.references == ["arXiv:2010.01234", "doi:10.5555/unseen.1", "No id at all"]  # the last by its title
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
    assert (one.date, two.date) == ("2019", "2020-02-29")  # date parts as strings; a leap day


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
    ('{"id": "2401.00001", "title": "T", "year": "2024"\n',  # one record cut short: its own line, not the next
     ":1: the JSON ends before its last object or list is closed (a missing '}' or ']'?)"),
    ('[\n  {"title": "ok"},\n  {"title": "cut"\n\n',
     ":3: the JSON ends before its last object or list is closed (a missing '}' or ']'?)"),
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
     "{path}:3: PY '2021/13/45' is not a date"),
    ("TY  - JOUR\nTI  - Sparse Routers\nPY  - circa 2021\nER  - \n",
     "{path}:3: PY 'circa 2021' is not a date"),
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


# --- one-line JSON documents, damaged gzip --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '[{"paperId": "%s", "title": "Sparse Gates"}, null, {"paperId": "%s", "title": "Dense Gates"}]' % ("1" * 40, "2" * 40),
    '{"data": [{"paperId": "%s", "title": "Sparse Gates"}, {"paperId": "%s", "title": "Dense Gates"}], "next": 2}'
    % ("1" * 40, "2" * 40),
    '{"meta": {"count": 2}, "results": [{"id": "https://openalex.org/W1", "title": "Sparse Gates"}, '
    '{"id": "https://openalex.org/W2", "title": "Dense Gates"}]}',
    '{"status": "ok", "message": {"items": [{"DOI": "10.1000/a", "title": ["Sparse Gates"]}, '
    '{"DOI": "10.1000/b", "title": ["Dense Gates"]}]}}',
])
def test_a_one_line_array_or_api_page_is_read_as_a_document(runner, tmp_path, text: str) -> None:
    path = tmp_path / "batch.json"
    path.write_text(text + "\n")
    assert [(r.title, r.line) for r in read_records(path)] == [("Sparse Gates", 1), ("Dense Gates", 1)]
    result = runner.invoke(cli, ["build", str(path), "--store", str(tmp_path / "s"), "--no-extract"])
    assert result.exit_code == 0, result.output


def test_a_one_line_array_holding_a_non_object_names_it(tmp_path) -> None:
    path = tmp_path / "batch.json"
    path.write_text('[{"title": "Sparse Gates"}, 7]\n')
    with pytest.raises(SourceError) as caught:
        list(read_records(path))
    assert str(caught.value).splitlines()[0] == f"{path}:1: a JSON number where a paper object was expected"


def _cut_gzip() -> bytes:
    whole = gzip.compress("".join(json.dumps({"title": f"Gates {i * 7919 % 10007}"}) + "\n"
                                  for i in range(3000)).encode())
    return whole[:len(whole) // 2]  # the records before the cut read; the cut is named


@pytest.mark.parametrize("fmt, damage", [
    *((fmt, damage) for fmt in [None, "jsonl", "bibtex", "ris", "wos", "atom", "dblp", "arxiv", "profile", "s2"]
      for damage in [b"\x1f\x8b\x08\x00garbage", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(40)]),
    (None, "cut"), ("jsonl", "cut")])
def test_a_damaged_gzip_file_is_a_file_error_with_a_hint(runner, tmp_path, fmt, damage) -> None:
    path = tmp_path / "papers.gz"
    path.write_bytes(_cut_gzip() if damage == "cut" else damage)
    args = ["build", str(path), "--store", str(tmp_path / "s")] + (["--input-format", fmt] if fmt else [])
    result = runner.invoke(cli, args)
    assert result.exit_code == 1 and isinstance(result.exception, (SystemExit, type(None)))
    first, hint = result.stderr.splitlines()[:2]
    assert first.startswith(f"Error: {path}") and "damaged compressed data" in first
    assert hint == "  Download the file again, or give it uncompressed."
    assert not (tmp_path / "s").exists()


# --- arXiv DOIs are arXiv ids in every reader ------------------------------------------------------------

ARXIV_DOI_SPELLINGS = ["10.48550/arXiv.1706.03762", "10.48550/ARXIV.1706.03762v5", "https://doi.org/10.48550/arxiv.1706.03762",
                       "doi:10.48550/arXiv.1706.03762"]


def _one_paper_in_each_format(doi: str) -> dict[str, str]:
    return {
        "a.bib": "@misc{v, title={Attention Routing}, author={Roe, Ann}, doi={%s}, year={2017}}\n" % doi,
        "b.txt": f"FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAF Roe, Ann\nTI Attention Routing\nPY 2017\n"
                 f"DI {doi}\nER\n\nEF\n",
        "c.ris": f"TY  - JOUR\nTI  - Attention Routing\nAU  - Roe, Ann\nPY  - 2017\nDO  - {doi}\nER  - \n",
        "d.json": json.dumps({"paperId": "a" * 40, "externalIds": {"DOI": doi}, "title": "Attention Routing"}),
        "e.json": json.dumps({"id": "https://openalex.org/W7", "doi": doi, "title": "Attention Routing"}),
        "f.json": json.dumps({"message": {"DOI": doi, "title": ["Attention Routing"]}}),
        "g.json": json.dumps([{"id": "r", "type": "article", "title": "Attention Routing", "DOI": doi}]),
        "h.xml": f'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><entry>'
                 f"<id>http://arxiv.org/abs/1706.03762v1</id><title>Attention Routing</title>"
                 f"<arxiv:doi>{doi}</arxiv:doi></entry></feed>",
        "i.jsonl": json.dumps({"title": "Attention Routing", "doi": doi}),
    }


@pytest.mark.parametrize("doi", ARXIV_DOI_SPELLINGS)
def test_an_arxiv_doi_is_the_arxiv_id_in_every_reader(tmp_path, doi: str) -> None:
    for name, text in _one_paper_in_each_format(doi).items():
        path = tmp_path / name
        path.write_text(text)
        (rec,) = read_records(path)
        assert (name, rec.arxiv_id, rec.doi) == (name, "1706.03762", None)


@pytest.mark.parametrize("doi", ARXIV_DOI_SPELLINGS)
def test_references_by_arxiv_doi_cite_the_arxiv_paper(tmp_path, doi: str) -> None:
    cited = tmp_path / "cited.jsonl"
    cited.write_text(json.dumps({"id": "arXiv:1706.03762", "title": "Attention Routing"}) + "\n")
    citing = {
        "wos.txt": f"FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAF Roe, Ann\nTI Citing One\nPY 2019\n"
                   f"CR Vaswani A, 2017, ADV NEUR IN, V30, DOI {doi}\nER\n\nEF\n",
        "wos2.txt": f"FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAF Roe, Ann\nTI Citing Two\nPY 2019\n"
                    f"CR Vaswani A, 2017, ARXIV, DOI [{doi}, 10.5555/other]\nER\n\nEF\n",
        "s2.json": json.dumps({"paperId": "b" * 40, "title": "Citing Three", "references": [
            {"paperId": "c" * 40, "externalIds": {"DOI": doi}}]}),
        "xref.json": json.dumps({"message": {"DOI": "10.1000/citing", "title": ["Citing Four"],
                                             "reference": [{"key": "r1", "DOI": doi}]}}),
    }
    for name, text in citing.items():
        (tmp_path / name).write_text(text)
    graph = resolve([r for p in [cited, *(tmp_path / n for n in citing)] for r in read_records(p)])
    target = node_id(PAPER, "arxiv:1706.03762")
    citers = sorted(graph.nodes[e[0]].props["title"] for e in graph.edges if e[1] == CITES and e[2] == target)
    assert citers == ["Citing Four", "Citing One", "Citing Three", "Citing Two"]
    assert not [n for n in graph.nodes.values() if n.props.get("stub")]


def test_an_arxiv_url_inside_latex_in_howpublished_is_the_arxiv_id(tmp_path) -> None:
    path = tmp_path / "a.bib"
    path.write_text("@misc{v, title={Attention Routing}, howpublished={\\url{https://arxiv.org/abs/1706.03762v5}}}\n"
                    "@misc{w, title={Old Routing}, note={arXiv e-print, arXiv:hep-th/9901001v2}}\n")
    assert [r.arxiv_id for r in read_records(path)] == ["1706.03762", "hep-th/9901001"]


# --- fields the table lists are kept --------------------------------------------------------------------

def test_atom_keeps_journal_ref_and_every_doi(tmp_path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><entry>'
                    "<id>http://arxiv.org/abs/1501.00001v1</id><title>Two Journals</title>"
                    "<arxiv:doi>10.1103/PhysRevD.91.012345 10.1088/1475-7516/2015/01/001</arxiv:doi>"
                    "<arxiv:journal_ref>Phys. Rev. D 91, 012345 (2015)</arxiv:journal_ref></entry></feed>")
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"title": "Two Journals (published)", "doi": "10.1088/1475-7516/2015/01/001"}) + "\n")
    (rec,) = read_records(path)
    assert (rec.doi, rec.extra) == ("10.1103/physrevd.91.012345", {
        "journal_ref": "Phys. Rev. D 91, 012345 (2015)", "other_dois": ["10.1088/1475-7516/2015/01/001"]})
    graph = resolve([rec, *read_records(other)])
    (paper,) = [n for n in graph.nodes.values() if n.label == PAPER]
    assert paper.props["journal_ref"] == "Phys. Rev. D 91, 012345 (2015)"
    assert paper.props["ids"] == ["arxiv:1501.00001", "doi:10.1103/physrevd.91.012345",
                                  "doi:10.1088/1475-7516/2015/01/001"]


def test_snapshot_keeps_journal_ref_and_every_doi(tmp_path) -> None:
    path = tmp_path / "snap.json"
    path.write_text(json.dumps({"id": "0704.0001", "title": "Diphotons", "authors_parsed": [["Roe", "Ann", ""]],
                                "doi": "10.1103/PhysRevD.76.013009 10.1000/second", "journal-ref": "Phys.Rev.D76:013009,2007"})
                    + "\n")
    (rec,) = read_records(path)
    assert (rec.doi, rec.extra) == ("10.1103/physrevd.76.013009", {
        "journal_ref": "Phys.Rev.D76:013009,2007", "other_dois": ["10.1000/second"]})
    graph = resolve([rec])
    assert graph.nodes[node_id(PAPER, "arxiv:0704.0001")].props["journal_ref"] == "Phys.Rev.D76:013009,2007"


@pytest.mark.parametrize("abstract, text", [
    ("<jats:p><jats:italic>BERT</jats:italic>, which reads</jats:p>", "BERT, which reads"),
    ("<jats:p>H<jats:sub>2</jats:sub>O and x<jats:sup>2</jats:sup></jats:p>", "H2O and x2"),
    ("<jats:sec><jats:title>Background</jats:title><jats:p>One.</jats:p></jats:sec><jats:sec><jats:p>Two"
     "</jats:p></jats:sec>", "Background One. Two"),
    ("<p>A <b>bold</b><br/>line</p>", "A bold line"),
])
def test_jats_inline_tags_leave_no_space_and_blocks_do(tmp_path, abstract: str, text: str) -> None:
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"message": {"DOI": "10.1000/j", "title": ["J"], "abstract": abstract}}))
    assert [r.abstract for r in read_records(path)] == [text]


# --- Semantic Scholar references by title ---------------------------------------------------------------

@pytest.mark.parametrize("cited_id", [None, "9" * 40])  # no paperId, or one the graph does not know
def test_s2_references_with_a_title_meet_the_paper_of_that_title(tmp_path, cited_id) -> None:
    (tmp_path / "known.jsonl").write_text(json.dumps({"id": "arXiv:1910.10683", "title": "Unified Text Transfer"}) + "\n")
    (tmp_path / "s2.json").write_text(json.dumps([
        {"paperId": "a" * 40, "title": "Citing Paper", "references": [
            {"paperId": cited_id, "title": "unified text-transfer"}, {"paperId": None, "title": "Nowhere Paper"}],
         "citations": [{"citingPaper": {"paperId": cited_id, "title": "UNIFIED TEXT TRANSFER"}}]},
        {"paperId": "b" * 40, "title": "Second Citing", "references": [{"paperId": cited_id, "title": None}]}]))
    graph = resolve([r for p in sorted(tmp_path.iterdir()) for r in read_records(p)])
    known, citing = node_id(PAPER, "arxiv:1910.10683"), node_id(PAPER, "s2:" + "a" * 40)
    cites = sorted((e[0], e[2]) for e in graph.edges if e[1] == CITES)
    second = [(node_id(PAPER, "s2:" + "b" * 40), known)] if cited_id else []  # the id met by title before
    assert cites == sorted([(citing, known), (known, citing), *second])
    assert not [n for n in graph.nodes.values() if n.props.get("stub")]


# --- a file that yields no paper, a forced format that does not fit ------------------------------------

OPENALEX_WORK = {"id": "https://openalex.org/W9", "title": "Sparse Gates", "publication_year": 2021,
                 "authorships": [{"author": {"display_name": "Ann Lee"}}]}
S2_PAPER = {"paperId": "9" * 40, "title": "Sparse Gates", "year": 2021, "authors": [{"name": "Ann Lee"}]}


@pytest.mark.parametrize("name, text, fmt", [
    ("page.json", json.dumps({"meta": {"count": 0}, "results": []}), None),
    ("list.json", "[]", None),
    ("batch.json", "[null, null]", None),
    ("feed.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>no results</title></feed>', None),
    ("strings.bib", "@string{icml = {ICML}}\n@comment{nothing here}\n", None),
    ("works.json", json.dumps([OPENALEX_WORK]), "bibtex"),
    ("works.json", json.dumps([OPENALEX_WORK]), "ris"),
    ("refs.bib", "@article{a, title={Sparse Gates}}\n", "dblp"),
])
def test_a_file_that_yields_no_paper_is_an_error_and_keeps_the_store(runner, tmp_path, name, text, fmt) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "arXiv:2101.00001", "title": "Kept Paper"}) + "\n")
    store = tmp_path / "s"
    assert runner.invoke(cli, ["build", str(good), "--store", str(store), "--no-extract"]).exit_code == 0
    path = tmp_path / name
    path.write_text(text)
    result = runner.invoke(cli, ["build", str(path), "--store", str(store), "--no-extract"]
                           + (["--input-format", fmt] if fmt else []))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"Error: {path}")
    if fmt is None:
        assert result.stderr.splitlines()[:2] == [
            f"Error: {path}: no paper read from the file as {detect_format(path)}",
            "  A file with no papers (an empty list, page or feed) builds nothing; give one with papers, or name its "
            "format with --input-format."]
    stats = runner.invoke(cli, ["stats", "--store", str(store)])
    assert "Paper                  1" in stats.output


def test_forcing_an_empty_format_names_the_format_in_the_hint(tmp_path) -> None:
    path = tmp_path / "works.json"
    path.write_text(json.dumps([OPENALEX_WORK]))
    with pytest.raises(SourceError) as caught:
        list(read_records(path, "bibtex"))
    assert str(caught.value).splitlines() == [
        f"{path}: no paper read from the file as bibtex",
        f"  Is it bibtex? Leave out --input-format to detect the format, or name another ({', '.join(FORMATS)})."]


@pytest.mark.parametrize("obj, fmt, message", [
    (OPENALEX_WORK, "s2", "not a Semantic Scholar paper (keys: authorships, id, publication_year, title)"),
    (S2_PAPER, "openalex", "not an OpenAlex work (keys: authors, paperId, title, year)"),
    (S2_PAPER, "crossref", "not a Crossref work (keys: authors, paperId, title, year)"),
    (OPENALEX_WORK, "arxiv-json", "not an arXiv metadata record (keys: authorships, id, publication_year, title)"),
    ({"foo": 1}, "jsonl", "an object of no known kind (keys: foo)"),  # jsonl reads every kind it detects
    ({"foo": 1}, None, "an object of no known kind (keys: foo)"),
    ({"data": None}, None, "an object of no known kind (keys: data)"),
    ({}, None, "an object of no known kind (keys: none)"),
])
def test_an_object_of_another_kind_is_named_by_its_keys(tmp_path, obj, fmt, message) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(obj) + "\n")
    with pytest.raises(SourceError) as caught:
        list(read_records(path, fmt))
    assert str(caught.value).splitlines()[0] == f"{path}:1: {message}"


def test_a_forced_kind_still_reads_objects_detected_as_that_kind(tmp_path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "https://openalex.org/W55", "title": "Only An Id"}))  # no key but its id
    (rec,) = read_records(path, "openalex")
    assert (rec.title, rec.ids) == ("Only An Id", {"openalex": "W55"})


# --- a bad date is refused with its file and line, in every reader ---------------------------------------

@pytest.mark.parametrize("name, text, message", [
    ("w.jsonl", {"id": "https://openalex.org/W12", "title": "T", "publication_date": "2021-02-30"},
     "bad OpenAlex work: publication_date '2021-02-30', which is not a date"),
    ("w.jsonl", {"id": "https://openalex.org/W12", "title": "T", "publication_date": "someday"},
     "bad OpenAlex work: publication_date 'someday', which is not a date"),
    ("s.jsonl", {"paperId": "1" * 40, "title": "T", "publicationDate": "2020-13-01"},
     "bad Semantic Scholar paper: publicationDate '2020-13-01', which is not a date"),
    ("s.jsonl", {"paperId": "1" * 40, "title": "T", "year": 20201},
     "bad Semantic Scholar paper: year 20201, which is not a date"),
    ("c.jsonl", {"type": "article", "title": "T", "issued": {"date-parts": [[2020, 13, 45]]}},
     "bad CSL-JSON item: date-parts [2020, 13, 45], which is not a date"),
    ("c.jsonl", {"type": "article", "title": "T", "issued": {"raw": "2018-02-31"}},
     "bad CSL-JSON item: raw '2018-02-31', which is not a date"),
    ("x.jsonl", {"DOI": "10.1000/x", "title": ["T"], "published": {"date-parts": [[2021, 2, 29]]}},
     "bad Crossref work: published [2021, 2, 29], which is not a date"),
    ("r.ris", "TY  - JOUR\nTI  - T\nDA  - 2017/06/31/\nER  - \n", "DA '2017/06/31/' is not a date"),
    ("r.ris", "TY  - JOUR\nTI  - T\nDA  - 2017-02-30\nER  - \n", "DA '2017-02-30' is not a date"),
])
def test_a_bad_date_in_any_reader_is_refused_with_file_and_line(tmp_path, name: str, text, message: str) -> None:
    path = tmp_path / name
    path.write_text(text if isinstance(text, str) else json.dumps(text) + "\n")
    with pytest.raises(SourceError) as caught:
        list(read_records(path))
    assert str(caught.value).splitlines() == [
        f"{path}:{3 if name.endswith('.ris') else 1}: {message}",
        "  Write DA  - 2022 or DA  - 2022/02/18/ (year/month/day/other), or delete the line." if name.endswith(".ris")
        else "  Write a real calendar date (YYYY-MM-DD, or the year alone), or leave the field out."]


@pytest.mark.parametrize("fields, where, message", [
    ("TI  - T\nAU  - Doe, J\nPY  - 20x1\n", 4, "PY '20x1' is not a date"),
    ("Y1  - 2019/02/30/\nTI  - T\n", 2, "Y1 '2019/02/30/' is not a date"),
    ("TI  - T\nPY  - 2019\nN2  - An abstract\n  over two lines\nDA  - 2019/13/01/\n", 6, "DA '2019/13/01/' is not a date"),
    ("PY  - 2019\nTI  - T\nY1  - 2019\nDA  - 2019/13/01/\n", 5, "DA '2019/13/01/' is not a date"),
])
def test_a_bad_ris_date_names_its_own_line_and_tag(tmp_path, fields: str, where: int, message: str) -> None:
    path = tmp_path / "r.ris"
    path.write_text(f"TY  - JOUR\nTI  - Fine\nER  - \n\nTY  - JOUR\n{fields}ER  - \n")
    with pytest.raises(SourceError) as caught:
        list(read_records(path))
    tag = message[:2]
    assert str(caught.value).splitlines() == [
        f"{path}:{where + 4}: {message}",
        f"  Write {tag}  - 2022 or {tag}  - 2022/02/18/ (year/month/day/other), or delete the line."]


@pytest.mark.parametrize("ris, date", [
    ("PY  - 2017\nDA  - 2017/06/12/\n", "2017-06-12"), ("DA  - 2017/06/12/\n", "2017-06-12"),
    ("PY  - 2017/06/12/\nDA  - 2017\n", "2017-06-12"), ("DA  - 2017-06-12\n", "2017-06-12"),
    ("DA  - June 12, 2017\n", "2017-06-12"), ("PY  - 2017///Spring\n", "2017"), ("DA  - 2017/06\n", "2017-06"),
])
def test_ris_takes_the_fuller_of_py_and_da(tmp_path, ris: str, date: str) -> None:
    path = tmp_path / "r.ris"
    path.write_text(f"TY  - JOUR\nTI  - T\n{ris}ER  - \n")
    assert [r.date for r in read_records(path)] == [date]


@pytest.mark.parametrize("obj, date", [
    ({"id": "https://openalex.org/W12", "title": "T", "publication_date": "2020-02-29", "publication_year": 2020},
     "2020-02-29"),
    ({"id": "https://openalex.org/W12", "title": "T", "publication_date": None, "publication_year": 2020}, "2020"),
    ({"type": "article", "title": "T", "issued": {"date-parts": [[2020, 6]]}}, "2020-06"),
    ({"type": "article", "title": "T", "issued": {"date-parts": [[None]]}}, None),
    ({"type": "article", "title": "T", "issued": {"literal": "n.d."}}, None),
])
def test_good_and_missing_dates_still_read(tmp_path, obj, date) -> None:
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps(obj) + "\n")
    assert [r.date for r in read_records(path)] == [date]


# --- messages name the real problem ---------------------------------------------------------------------

@pytest.mark.parametrize("bib, message", [
    ("@article{a1, title={Same Paper}, doi={10.1234/abc}}\n@article{a2, title={Same Paper Again}, "
     "doi={https://doi.org/10.1234/ABC}}\n", "{path}:2: the DOI 10.1234/abc again (first at {path}:1), differing in title"),
    ("@article{a1, title={Same}, journal={ICML}, eprint={2101.00001}}\n@article{a2, title={Other}, journal={NeurIPS}, "
     "eprint={2101.00001v2}}\n", "{path}:2: the arXiv id 2101.00001 again (first at {path}:1), differing in title and venue"),
])
def test_a_repeated_id_names_the_fields_that_differ(tmp_path, bib: str, message: str) -> None:
    path = tmp_path / "dup.bib"
    path.write_text(bib)
    with pytest.raises(SourceError) as caught:
        list(read_records(path))
    assert str(caught.value).splitlines()[0] == message.format(path=path)


def test_one_paper_under_two_bibtex_keys_is_one_record(tmp_path) -> None:
    path = tmp_path / "dup.bib"
    path.write_text("@article{a1, title={Same}, doi={10.1234/abc}}\n@misc{a2, title={Same}, doi={10.1234/ABC}}\n")
    assert [r.extra["bibtex_key"] for r in read_records(path)] == ["a1", "a2"]  # resolve merges them by DOI


@pytest.mark.parametrize("value, got", [("42", "a number (42)"), ("[\"T\"]", "a list"), ("true", "true")])
def test_a_semantic_scholar_title_that_is_no_string_is_named(tmp_path, value: str, got: str) -> None:
    path = tmp_path / "s2.json"
    path.write_text('{"data": [{"paperId": "%s", "title": "Good"},\n{"paperId": "%s", "title": %s}]}' % (
        "d" * 40, "e" * 40, value))
    with pytest.raises(SourceError) as caught:
        list(read_records(path))
    assert str(caught.value).splitlines() == [f"{path}:2: bad record: 'title' must be a string, got {got}",
                                              "  Write the value as a JSON string."]


def test_an_undefined_bibtex_macro_is_kept_and_reported(runner, tmp_path) -> None:
    path = tmp_path / "m.bib"
    path.write_text("@string{icml = {ICML}}\n\n@article{m1,\n  title = {Macro Use},\n  journal = nosuchmacro,\n"
                    "  booktitle = icml # { Workshop}\n}\n")
    report = ReadReport()
    (rec,) = read_records(path, report=report)
    assert (rec.extra["venue"], report.warnings) == ("nosuchmacro", [
        f"{path}:3: the entry 'm1' uses undefined @string macro(s) 'nosuchmacro' (field journal), kept as written"])
    result = runner.invoke(cli, ["build", str(path), "--store", str(tmp_path / "s"), "--no-extract"])
    assert result.exit_code == 0
    assert result.output.splitlines()[1:3] == ["Read on a guess (1):", f"  {report.warnings[0]}"]


# --- the text helpers every reader shares take arbitrary text -------------------------------------------

ID_TEXT = st.one_of(st.text(max_size=60), st.builds(lambda a, b, c: a + b + c, st.text(max_size=10), st.sampled_from(
    ["arXiv:1706.03762v2", "10.48550/ARXIV.1706.03762", "https://arxiv.org/abs/hep-th/9901001", "10.1000/X y",
     "DOI [10.1000/a, 10.48550/arXiv.2101.03961]", "arxiv 2101.0396"]), st.text(max_size=10)))


@given(ID_TEXT)
def test_id_helpers_give_canonical_ids_or_nothing(text: str) -> None:
    from kg.sources import ids
    from kg.sources.ris import cited_reference

    found = ids.arxiv_in_text(text)
    assert found is None or ids.arxiv_id(found) == found
    assert all(ids.doi(d) == d for d in ids.dois(text))
    arxiv, doi = ids.doi_ids(text)
    assert not (arxiv and doi) and (arxiv is None or ids.arxiv_id(arxiv) == arxiv) and (doi is None or ids.doi(doi) == doi)
    ref = cited_reference(text)
    assert ref is None or ids.reference_key(ref) is not None


@given(st.one_of(st.text(max_size=40), st.integers(), st.none(),
                 st.lists(st.none() | st.integers(-5, 3000) | st.text(max_size=4), max_size=4)))
@example(["2020", "²"])  # a digit character that is no decimal digit: int() refuses it
def test_date_helpers_give_a_checked_date_or_a_date_error(value) -> None:
    from kg.sources.records import check_date
    from kg.sources.text import DateError, date_field, date_parts

    for read in (lambda: date_field("d", value), lambda: date_parts("d", value)):
        try:
            found = read()
        except DateError:
            continue
        assert found is None or check_date("d", found) == found


def test_bibtex_category_keywords_join_the_category_topic_and_fos_prefixes_drop(tmp_path: Path) -> None:
    bib = tmp_path / "datacite.bib"
    bib.write_text("@misc{https://doi.org/10.48550/arxiv.2301.00001,\n  title = {Heron Routing},\n"
                   "  author = {Okafor, Marta},\n  year = {2023},\n  doi = {10.48550/ARXIV.2301.00001},\n"
                   "  keywords = {Machine Learning (cs.LG), Computation and Language (cs.CL), "
                   "FOS: Computer and information sciences, FOS: Computer and information sciences, "
                   "routing (sparse)},\n}\n", encoding="utf-8")
    atom = tmp_path / "feed.atom"
    atom.write_text('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">'
                    "<entry><id>http://arxiv.org/abs/2301.00001v2</id><published>2023-01-02T00:00:00Z</published>"
                    "<title>Heron Routing</title><summary>Routing.</summary><author><name>Marta Okafor</name>"
                    '</author><arxiv:primary_category term="cs.LG"/><category term="cs.LG"/></entry></feed>',
                    encoding="utf-8")
    (record,) = read_records(bib)
    assert (record.arxiv_id, record.categories, record.topics) == (
        "2301.00001", ["cs.LG", "cs.CL"], ["Computer and information sciences", "routing (sparse)"])
    graph = resolve([*read_records(bib), *read_records(atom)])
    topics = sorted(n.props["name"] for n in graph.nodes.values() if n.label == TOPIC)
    assert topics == ["Computation and Language", "Computer and information sciences", "Machine Learning",
                      "routing (sparse)"]


@pytest.mark.parametrize(("written", "name"), [
    (r"Jos\'e N\'u\~nez", "José Núñez"),  # a tilde accent is no tie (no space)
    (r"Pe\~{n}a, Ana", "Ana Peña"),
    (r"N{\'u}{\~n}ez, Jos{\'e}", "José Núñez"),
    (r"Ana~Pe{\~n}a", "Ana Peña"),  # a bare tilde is a tie
])
def test_a_tilde_accent_in_a_bibtex_name_is_the_letter(tmp_path: Path, written: str, name: str) -> None:
    path = tmp_path / "t.bib"
    path.write_text("@article{k, title={T}, author={%s and Osei, Lin}, year={2023}}\n" % written, encoding="utf-8")
    assert [r.authors for r in read_records(path)] == [[name, "Lin Osei"]]


BRAID = ("title={{Braidline}: Pipelined Experts}, eprint={2212.01234}, year={2022}")


@pytest.mark.parametrize(("first", "second"), [
    # a preprint entry with its abstract and month, the published one with neither, authors spelled two ways
    (r"author={Br{\"u}ckner, Jonas and Tanabe, Aiko}, month=dec, journal={arXiv preprint arXiv:2212.01234}, "
     "abstract={We present Braidline, a pipeline schedule for experts.}",
     "author={Bruckner, Jonas and Tanabe, Aiko}, booktitle={ICML}"),
    ("author={Bruckner, Jonas and Tanabe, Aiko}, booktitle={ICML}",
     r"author={Br{\"u}ckner, Jonas and Tanabe, Aiko}, month=dec, journal={arXiv preprint arXiv:2212.01234}, "
     "abstract={We present Braidline, a pipeline schedule for experts.}"),
])
def test_one_paper_twice_in_a_library_is_one_paper_with_the_fullest_fields(tmp_path, first: str, second: str) -> None:
    path = tmp_path / "lib.bib"
    path.write_text(f"@article{{b1, {BRAID}, {first}}}\n@inproceedings{{b2, {BRAID}, {second}}}\n", encoding="utf-8")
    graph = resolve(list(read_records(path)))
    [paper] = graph.by_label(PAPER)
    assert {k: paper.props[k] for k in ("date", "venue", "abstract")} == {
        "date": "2022-12", "venue": "ICML", "abstract": "We present Braidline, a pipeline schedule for experts."}
    assert sorted(n.props["name"] for n in graph.nodes.values() if n.label == "Author") == ["Aiko Tanabe",
                                                                                            "Jonas Brückner"]


def test_one_paper_twice_in_a_file_with_two_abstracts_is_listed_as_differing_copies(runner, tmp_path) -> None:
    path = tmp_path / "lib.bib"
    path.write_text(f"@article{{b1, {BRAID}, abstract={{We present Braidline.}}}}\n"
                    f"@article{{b2, {BRAID}, abstract={{We present Braidline, a schedule for experts.}}}}\n",
                    encoding="utf-8")
    result = runner.invoke(cli, ["build", str(path), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert f"arXiv:2212.01234: {path}:1 differs from {path}:2, whose (longer) abstract the graph keeps" in result.output


def test_a_source_keyword_and_the_text_s_topic_written_with_dashes_are_one_topic(runner, tmp_path) -> None:
    from kg.extract import Extractor
    from kg.pipeline import assemble, read_sources

    path = tmp_path / "lib.bib"
    path.write_text("@article{q, title={Quillon: Routing}, eprint={2401.00001}, keywords={mixture of experts}, "
                    "abstract={We introduce Quillon, a mixture-of-experts router.}}\n"
                    "@article{h, title={Heron: Caching}, eprint={2401.00002}, keywords={Mixture-of-Experts}, "
                    "abstract={We introduce Heron, a cache for sparse models.}}\n", encoding="utf-8")
    graph = assemble(read_sources([path]), extractor=Extractor())
    topics = {n.id for n in graph.by_label(TOPIC) if "mixture" in n.id}
    papers = sorted(e.source for e in graph.edges.values() if e.type == "HAS_TOPIC" and e.target in topics)
    assert (topics, papers) == ({"topic:mixture of experts"}, ["paper:arxiv:2401.00001", "paper:arxiv:2401.00002"])


def test_a_bibtex_entry_kept_for_its_abstract_without_a_title_is_reported(tmp_path) -> None:
    path = tmp_path / "t.bib"
    path.write_text("@article{a1,\n  eprint = {1909.08053},\n  archivePrefix = {arXiv},\n  abstract = {We split layers.}\n}\n"
                    "\n@article{a2,\n  abstract = {We partition states.}\n}\n\n@article{a3,\n  title = {Titled},\n"
                    "  abstract = {We count.}\n}\n")
    report = ReadReport()
    records = list(read_records(path, report=report))
    assert [r.title for r in records] == ["", "", "Titled"]
    assert report.warnings == [
        f"{path}:1: the entry 'a1' has no title: the paper is named by its arXiv id; add a title = {{...}} field",
        f"{path}:7: the entry 'a2' has no title: the paper is named by 'untitled paper'; add a title = {{...}} field"]
