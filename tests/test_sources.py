"""Listing readers: records with provenance (file, line), format detection, streaming, JSON Lines fields."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.sources import FORMATS, detect_format, read_records
from kg.sources.listings import PROFILE_HEADER

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"

PROFILE = """\
LGMar 4, 2021
Sparse Routing for Speech TransformersMarta Okafor, Liang Wu · nordlab, riverbend
We route speech frames to experts.

CVJun 30, 2023Code
Do LLMs Plan?Zoë Adeyemi et al.
We test planning in language models.
"""

ARXIV = """\
First paragraph of an abstract about routing.
Second paragraph of the same abstract.

14 pages, 6 figures

arXiv:2103.01234v2
Created: 2021-03-04

Another abstract, on planning.

arXiv:2306.17001
Created: 2023-06-30
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_profile_records_carry_file_line_and_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "p.txt", PROFILE)
    first, second = read_records(path)
    assert (first.source, first.line, first.where) == (str(path), 1, f"{path}:1")
    assert (first.title, first.authors, first.authors_truncated) == (
        "Sparse Routing for Speech Transformers", ["Marta Okafor", "Liang Wu"], False)
    assert (first.orgs, first.categories, first.date, first.has_code) == (
        ["nordlab", "riverbend"], ["LG"], "2021-03-04", False)
    assert first.abstract == "We route speech frames to experts."
    assert (second.line, second.date, second.has_code, second.authors, second.authors_truncated, second.orgs) == (
        5, "2023-06-30", True, ["Zoë Adeyemi"], True, [])


def test_arxiv_records_join_paragraphs_and_keep_the_comment(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARXIV)
    first, second = read_records(path)
    assert (first.source, first.line, first.arxiv_id, first.date) == (str(path), 1, "2103.01234", "2021-03-04")
    assert first.abstract == "First paragraph of an abstract about routing. Second paragraph of the same abstract."
    assert first.comment == "14 pages, 6 figures"
    assert first.title == ""
    assert (second.line, second.arxiv_id, second.comment, second.abstract) == (
        9, "2306.17001", None, "Another abstract, on planning.")


def test_jsonl_fields_ids_dates_and_extra_keys(tmp_path: Path) -> None:
    rows = [
        {"id": "arXiv:2305.04417v3", "title": "  Retrieve   Once ", "abstract": "A.", "authors": ["Min  Park"],
         "date": "2023-05-07T10:00:00Z", "categories": ["cs.CL"], "venue": "preprint", "stars": 3},
        {"id": "https://doi.org/10.5555/ABC.17", "title": "T2", "year": 2024, "orgs": ["nordlab"],
         "references": ["2305.04417"], "has_code": True, "authors_truncated": True},
        {"doi": "doi:10.1234/X.9", "abstract": "Only an abstract.", "authors": ["Single Author"]},
    ]
    path = write(tmp_path, "p.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    a, b, c = read_records(path)
    assert (a.line, a.arxiv_id, a.doi, a.title, a.authors, a.date, a.categories) == (
        1, "2305.04417", None, "Retrieve Once", ["Min Park"], "2023-05-07", ["cs.CL"])
    assert a.extra == {"venue": "preprint", "stars": 3}
    assert (b.line, b.arxiv_id, b.doi, b.date, b.orgs, b.references, b.has_code, b.authors_truncated) == (
        2, None, "10.5555/abc.17", "2024", ["nordlab"], ["2305.04417"], True, True)
    assert (c.line, c.doi, c.title, c.authors, c.date) == (3, "10.1234/x.9", "", ["Single Author"], None)


@pytest.mark.parametrize(("text", "fmt"), [
    (PROFILE, "profile"),
    ("\n\n" + PROFILE, "profile"),
    ("\ufeff" + PROFILE, "profile"),
    (ARXIV, "arxiv"),
    ('{"title": "x"}\n', "jsonl"),
    ('\n  {"title": "x"}\n', "jsonl"),
])
def test_detect_format(tmp_path: Path, text: str, fmt: str) -> None:
    assert detect_format(write(tmp_path, "f.txt", text)) == fmt


def test_detect_format_names_the_first_unreadable_line(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", "\n\nShopping list\neggs\n")
    with pytest.raises(SourceError) as err:
        detect_format(path)
    assert (err.value.path, err.value.line, err.value.problem) == (str(path), 3, "unknown format")
    assert "--input-format" in str(err.value)


def test_an_explicit_format_overrides_detection(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARXIV)
    with pytest.raises(SourceError, match=r"a\.txt:1: expected a date line"):
        list(read_records(path, "profile"))
    with pytest.raises(SourceError, match="unknown format 'csv'"):
        read_records(path, "csv")


def test_readers_stream_records_before_reading_the_rest(tmp_path: Path) -> None:
    """The first record arrives before a broken line further down is ever read."""
    good = "".join(json.dumps({"title": f"Paper {i}"}) + "\n" for i in range(2000))
    path = write(tmp_path, "big.jsonl", good + "not json\n")
    records = read_records(path)
    assert next(records).title == "Paper 0"
    assert next(records).line == 2
    with pytest.raises(SourceError, match=r"big\.jsonl:2001: bad JSON Lines record"):
        list(records)


FORMAT_FIXTURES = {"bibtex": "library.bib", "ris": "export.ris", "wos": "savedrecs.txt", "atom": "arxiv_feed.atom",
                   "dblp": "dblp_sample.xml", "openalex": "openalex_page.json", "s2": "s2_batch.json",
                   "crossref": "crossref_work.json", "csl": "zotero.csl.json", "arxiv-json": "arxiv_snapshot.jsonl.gz"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_reader_is_a_generator(tmp_path: Path, fmt: str) -> None:
    if fmt in FORMAT_FIXTURES:
        path = ROOT / "tests" / "data" / "formats" / FORMAT_FIXTURES[fmt]
        first_line = {"bibtex": 5, "ris": 1, "wos": 3, "atom": 6, "dblp": 5, "openalex": 4, "s2": 2, "crossref": 5,
                      "csl": 2, "arxiv-json": 1}[fmt]
    else:
        text = {"profile": PROFILE, "arxiv": ARXIV, "jsonl": '{"title": "x"}\n'}[fmt]
        path, first_line = write(tmp_path, "f.txt", text), 1
    records = FORMATS[fmt](path)
    assert iter(records) is records
    assert next(records).line == first_line


def test_bundled_examples_read_to_the_last_record() -> None:
    """Every entry of each bundled example becomes a record, the last one included (counted from the text)."""
    lines = (EXAMPLES / "profile_listing.txt").read_text(encoding="utf-8").splitlines()
    headers = [i for i, line in enumerate(lines) if PROFILE_HEADER.match(line.strip())]
    records = list(read_records(EXAMPLES / "profile_listing.txt"))
    assert len(records) == len(headers) > 1
    assert lines[headers[-1] + 1].startswith(records[-1].title)
    assert records[-1].abstract == [line for line in lines if line.strip()][-1].strip()

    text = (EXAMPLES / "arxiv_listing.txt").read_text(encoding="utf-8")
    ids = re.findall(r"^arXiv:(\S+)$", text, re.M)
    records = list(read_records(EXAMPLES / "arxiv_listing.txt"))
    assert [r.arxiv_id for r in records] == ids and len(ids) > 1
    between = text[text.index(f"arXiv:{ids[-2]}"):text.index(f"arXiv:{ids[-1]}")]
    assert records[-1].abstract and " ".join(records[-1].abstract.split()) in " ".join(between.split())

    rows = [json.loads(line) for line in (EXAMPLES / "papers.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert [r.title for r in read_records(EXAMPLES / "papers.jsonl")] == [row["title"] for row in rows]


def test_bundled_examples_read_with_provenance() -> None:
    for name, fmt in [("profile_listing.txt", "profile"), ("arxiv_listing.txt", "arxiv"), ("papers.jsonl", "jsonl")]:
        path = EXAMPLES / name
        assert detect_format(path) == fmt
        records = list(read_records(path))
        assert records
        lines = [r.line for r in records]
        assert lines == sorted(set(lines))
        assert all(r.source == str(path) and (r.title or r.abstract) for r in records)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seed_listings_read_completely() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        records = list(read_records(path))
        assert records and all(r.abstract and r.date for r in records)
        if detect_format(path) == "profile":
            assert all(r.title and r.authors for r in records)
        else:
            assert all(r.arxiv_id for r in records)


@pytest.mark.parametrize(("field", "written", "expected"), [
    # a trial's .bib abstract lost its end at "by 12% relative": a bare % is a percent sign, not a comment
    ("abstract", "We cut WER by 12% relative and beat HuBERT on SUPERB.",
     "We cut WER by 12% relative and beat HuBERT on SUPERB."),
    ("abstract", r"We cut WER by 12\% and {\em beat} HuBERT.", "We cut WER by 12% and beat HuBERT."),
    ("title", "Zorb: 90% Fewer Tokens for {BERT}", "Zorb: 90% Fewer Tokens for BERT"),
])
def test_a_bibtex_field_keeps_a_bare_percent_sign(tmp_path: Path, field: str, written: str, expected: str) -> None:
    fields = {"title": "Zorb", "abstract": "Short.", field: written}
    path = tmp_path / "lib.bib"
    path.write_text("@article{k1,\n" + "".join(f" {k}={{{v}}},\n" for k, v in fields.items())
                    + " author={Ann Lee},\n year={2023}\n}\n", encoding="utf-8")
    (record,) = read_records(path, "bibtex")
    assert getattr(record, field) == expected
