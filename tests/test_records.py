"""Every record passes one check (kg.sources.records): text cleaned and counted, author placeholders and
suffixes, repeated ids, sources that are not files, --skip-bad, and no reader ever gives a traceback."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.api
from kg.cli import cli
from kg.errors import SourceError
from kg.model import AUTHOR, PAPER
from kg.sources import FORMATS, read_records


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def papers_and_authors(store: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    graph = kg.api.load_graph(store)
    papers = {str(n.props["title"]): n.props for n in graph.by_label(PAPER)}
    return papers, sorted(str(n.props["name"]) for n in graph.by_label(AUTHOR))


def test_control_characters_are_dropped_and_counted_in_the_build_report(runner: CliRunner, tmp_path: Path) -> None:
    source = jsonl(tmp_path / "ctl.jsonl", [
        {"title": "Deep\fLearning\x1b at\x07 Scale\x01", "abstract": "One\x0bline\r\nand\ttwo.\x7f",
         "authors": ["Ann\x1b Lee"], "comment": "\x08"},
    ])
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(source), "--store", str(store), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        f"Built {store}: 1 papers from 1 records in 1 file(s).",
        "Cleaned: 8 control character(s) dropped."]
    papers, authors = papers_and_authors(store)
    assert list(papers) == ["Deep Learning at Scale"]
    assert papers["Deep Learning at Scale"]["abstract"] == "One line and two."
    assert papers["Deep Learning at Scale"].get("comment") is None
    assert authors == ["Ann Lee"]


def test_json_report_counts_what_reading_changed(runner: CliRunner, tmp_path: Path) -> None:
    source = jsonl(tmp_path / "p.jsonl", [{"title": "Soft\u00adhyphen\u200b Title\ufeff",
                                           "authors": ["A. Lee", "et al."]}])
    result = runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "s"), "--no-extract", "--json"])
    assert json.loads(result.stdout)["read"] == {
        "control_chars_dropped": 0, "invisible_chars_removed": 3, "author_placeholders_removed": 1, "skipped": [],
        "warnings": []}


SPELLINGS = ["Jean-Luc Picard", "Jean-Luc Pi\u00adcard", "Jean\u2013Luc Picard", "Jean\u2212Luc Picard",
             "Jean-Luc Pi\u200bcard", "Jean-Luc Pic\u2060ard", "\ufeffJean\u2011Luc Picard"]


def test_invisible_characters_and_dashes_give_one_author_and_clean_titles(runner: CliRunner, tmp_path: Path) -> None:
    zero_width = "\u200b"
    rows = [{"title": f"Paper{zero_width * (i % 2)} Number {i}\u00ad", "authors": [name]}
            for i, name in enumerate(SPELLINGS)]
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(jsonl(tmp_path / "names.jsonl", rows)), "--store", str(store),
                                 "--no-extract"])
    assert result.exit_code == 0, result.output
    papers, authors = papers_and_authors(store)
    assert authors == ["Jean-Luc Picard"]
    assert sorted(papers) == [f"Paper Number {i}" for i in range(len(SPELLINGS))]
    for props in papers.values():
        assert not any(ch in str(props["name"]) for ch in "\u00ad\u200b\u2060\ufeff")


@pytest.mark.parametrize("placeholder", ["et al.", "et al", "others", "\u2026", "...", "", "  ", "Et Al."])
def test_author_placeholders_are_not_people(runner: CliRunner, tmp_path: Path, placeholder: str) -> None:
    rows = [{"title": "First", "authors": ["Ann Lee", placeholder]},
            {"title": "Second", "authors": [placeholder, "Bo Chen"]},
            {"title": "Third", "authors": ["Ann Lee"]}]
    store = tmp_path / "store"
    runner.invoke(cli, ["build", str(jsonl(tmp_path / "p.jsonl", rows)), "--store", str(store), "--no-extract"])
    papers, authors = papers_and_authors(store)
    assert authors == ["Ann Lee", "Bo Chen"]
    assert {t: p["authors_truncated"] for t, p in papers.items()} == {"First": True, "Second": True, "Third": False}


def test_a_comma_before_a_suffix_names_the_same_author(runner: CliRunner, tmp_path: Path) -> None:
    profile = tmp_path / "profile.txt"
    profile.write_text("LGOct 20, 2022\nScaling Sparse RoutersJohn Smith, Jr., Ann Lee\nAn abstract.\n",
                       encoding="utf-8")
    rows = [{"title": "Dense Routers", "authors": ["John Smith Jr."]},
            {"title": "Mixed Routers", "authors": ["John Smith, Jr."]}]
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(profile), str(jsonl(tmp_path / "p.jsonl", rows)),
                                 "--store", str(store), "--no-extract"])
    assert result.exit_code == 0, result.output
    graph = kg.api.load_graph(store)
    assert sorted(n.id for n in graph.by_label(AUTHOR)) == ["author:ann lee", "author:john smith jr"]
    assert sum(1 for e in graph.edges.values() if e.source == "author:john smith jr") == 3


def test_the_first_file_wins_however_its_path_is_spelled(runner: CliRunner, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "b").mkdir()
    jsonl(tmp_path / "a.jsonl", [{"id": "2101.00001", "title": "Title From A"}])
    jsonl(tmp_path / "b" / "z.jsonl", [{"id": "2101.00001", "title": "Title From Z"}])
    monkeypatch.chdir(tmp_path)
    titles = []
    for sources in (["a.jsonl", "b/z.jsonl"], [str(tmp_path / "a.jsonl"), "b/z.jsonl"],
                    ["a.jsonl", str(tmp_path / "b" / "z.jsonl")], ["b/../a.jsonl", "b/z.jsonl"]):
        store = tmp_path / f"store{len(titles)}"
        runner.invoke(cli, ["build", *sources, "--store", str(store), "--no-extract"])
        titles.append(list(papers_and_authors(store)[0]))
    assert titles == [["Title From A"]] * 4


def test_the_same_record_twice_in_one_file_is_one_paper(tmp_path: Path) -> None:
    row = {"id": "2101.00001", "title": "Twice", "authors": ["Ann Lee"]}
    records = list(read_records(jsonl(tmp_path / "p.jsonl", [row, row])))
    assert [r.line for r in records] == [1, 2]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_refused_without_hanging(tmp_path: Path, examples: list[Path]) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(examples[2]), str(fifo), "--store",
                           str(tmp_path / "store"), "--no-extract"], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (f"Error: {fifo}: is a named pipe (FIFO), not a regular file\n"
                           "  Save the listing to a file first, then build from that file.\n")
    assert not (tmp_path / "store").exists()


def test_a_device_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", os.devnull, "--store", str(tmp_path / "store"), "--no-extract"])
    assert (result.exit_code, result.stderr) == (1, f"Error: {os.devnull}: is a device, not a regular file\n"
                                                    "  Save the listing to a file first, then build from that file.\n")


def test_a_directory_is_refused_by_the_library(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="is a directory"):
        read_records(tmp_path)


SKIP_ROWS = ['{"title": "Good One", "authors": ["Ann Lee"]}', '{"title": 42}', "not json",
             '{"title": "Good Two", "has_code": "no"}', '{"title": "Good Three", "year": 2021}',
             '{"title": "x", "score": NaN}']


def test_skip_bad_builds_the_good_records_and_lists_the_bad(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(SKIP_ROWS) + "\n", encoding="utf-8")
    profile = tmp_path / "p.txt"
    profile.write_text("LGFeb 30, 2022\nModels at ScaleBob Lee\nabs\n\nLGMar 1, 2022\nGood FourBo Chen\nabs\n"
                       "CVMar 2, 2022\nno authors here at all\nabs\nCVMar 3, 2022\nGood FiveCy Wu\nabs\n",
                       encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(source), str(profile), "--store", str(store), "--no-extract",
                                 "--skip-bad"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split("nodes:")[0] == (
        f"Built {store}: 4 papers from 4 records in 2 file(s).\n"
        "Skipped 6 bad record(s):\n"
        f"  {source}:2: bad record: 'title' must be a string, got a number (42)\n"
        f"  {source}:3: bad JSON Lines record: Expecting value: column 1\n"
        f"  {source}:4: bad record: 'has_code' must be true, false or null, got the string 'no'\n"
        f"  {source}:6: bad JSON Lines record: NaN is not a JSON number (non-finite numbers are refused)\n"
        f"  {profile}:1: impossible date Feb 30, 2022\n"
        f"  {profile}:9: cannot tell the title from the author list\n")
    assert sorted(papers_and_authors(store)[0]) == ["Good Five", "Good Four", "Good One", "Good Three"]


def test_without_skip_bad_a_bad_record_stops_and_every_bad_record_of_its_file_is_listed(
        runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(SKIP_ROWS) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "store"), "--no-extract"])
    assert (result.exit_code, result.stderr) == (1, (
        f"Error: {source}:2: bad record: 'title' must be a string, got a number (42)\n"
        "  Write the value as a JSON string.\n"
        "  3 more bad records in this file:\n"
        f"    {source}:3: bad JSON Lines record: Expecting value: column 1\n"
        f"    {source}:4: bad record: 'has_code' must be true, false or null, got the string 'no'\n"
        f"    {source}:6: bad JSON Lines record: NaN is not a JSON number (non-finite numbers are refused)\n"
        "  Fix them, or build with --skip-bad to leave bad records out.\n"))
    assert not (tmp_path / "store").exists()


def test_a_file_with_many_bad_records_lists_ten_and_counts_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text("".join(f'{{"title": "T{n}", "authors": ["A B"], "has_code": "no"}}\n' for n in range(13)),
                      encoding="utf-8")
    with pytest.raises(SourceError) as err:
        list(read_records(source))
    lines = str(err.value).splitlines()
    assert (lines[0], lines[2], lines[3], lines[-2], lines[-1]) == (
        f"{source}:1: bad record: 'has_code' must be true, false or null, got the string 'no'",
        "  12 more bad records in this file:",
        f"    {source}:2: bad record: 'has_code' must be true, false or null, got the string 'no'",
        "    and 2 more", "  Fix them, or build with --skip-bad to leave bad records out.")
    assert len(lines) == 2 + 1 + 10 + 2


def test_skip_bad_still_stops_at_a_broken_structure(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "p.txt"
    source.write_text("LGOct 20, 2022\nLGOct 21, 2022\nModels at ScaleBob Lee\nabs\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "s"), "--no-extract", "--skip-bad"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {source}:2: a date line follows a date line with no title between")


# Arbitrary input never gives a traceback: a FILE:LINE SourceError, or records that passed the check.

JSON_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
                | st.sampled_from(["2023-01-05", "0000-00-00", "\ud83d", "et al.", "NaN", "2023-13-45"]))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)
KEYS = st.sampled_from(["\udc00", "extra\ud800key", "id", "title", "abstract", "authors", "authors_truncated", "date",
                        "published", "year",
                        "categories", "orgs", "references", "has_code", "comment", "doi", "arxiv_id", "venue"])
HYPO = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_all(path: Path, fmt: str) -> None:
    try:
        for record in read_records(path, fmt):
            json.dumps(asdict(record), ensure_ascii=False, allow_nan=False).encode("utf-8")  # as the store saves it
            assert isinstance(record.title, str) and isinstance(record.abstract, str)
            assert all(isinstance(a, str) and a for a in record.authors)
            assert not any(ch in record.title for ch in "\x00\x1b\x0c\u200b\u00ad")
    except SourceError as exc:
        assert exc.path == str(path)
        assert exc.line is None or exc.line >= 1


@HYPO
@given(objects=st.lists(st.dictionaries(KEYS, JSON_VALUES, max_size=6), min_size=1, max_size=3))
def test_jsonl_reader_arbitrary_json_values(tmp_path: Path, objects: list[dict[str, Any]]) -> None:
    path = tmp_path / "h.jsonl"
    path.write_text("".join(json.dumps(o, allow_nan=True) + "\n" for o in objects), encoding="utf-8",
                    errors="surrogatepass")
    _read_all(path, "jsonl")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@HYPO
@given(data=st.binary(max_size=300))
def test_every_reader_arbitrary_bytes(tmp_path: Path, data: bytes, fmt: str) -> None:
    path = tmp_path / "h.txt"
    path.write_bytes(data)
    _read_all(path, fmt)


LINE_PIECES = st.sampled_from(["LGOct 20, 2022", "LGFeb 30, 2022", "Models at ScaleBob Lee", "An abstract.",
                               "arXiv:2101.00001", "Created: 2021-01-01", "Created: 2021-13-01", "", "9 pages",
                               "Title\u200bX\x1bAnn Lee, et al.", '{"title": 1}', "CVMar 1, 2023 Code"])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@HYPO
@given(lines=st.lists(LINE_PIECES | st.text(max_size=20), max_size=12))
def test_every_reader_arbitrary_lines(tmp_path: Path, lines: list[str], fmt: str) -> None:
    path = tmp_path / "h.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    _read_all(path, fmt)


def test_adding_an_edited_file_again_replaces_its_records(runner: CliRunner, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    source = jsonl(tmp_path / "p.jsonl", [{"id": "2101.00001", "title": "Old Title", "authors": ["Ann Lee"]}])
    other = jsonl(tmp_path / "q.jsonl", [{"title": "Other Paper", "authors": ["Bo Chen"]}])
    store = tmp_path / "store"
    runner.invoke(cli, ["build", str(source), str(other), "--store", str(store), "--no-extract"])
    jsonl(source, [{"id": "2101.00001", "title": "New Title", "authors": ["Ann Lee"]}])
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["build", "p.jsonl", "--add", "--store", str(store), "--no-extract"])
    assert result.exit_code == 0, result.output
    papers, _ = papers_and_authors(store)
    assert sorted(papers) == ["New Title", "Other Paper"]
    assert papers["New Title"]["sources"] == ["p.jsonl:1"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@HYPO
@given(values=st.lists(JSON_VALUES | st.dictionaries(KEYS, JSON_VALUES, max_size=4), max_size=5),
       pieces=st.lists(LINE_PIECES, max_size=6))
def test_every_reader_arbitrary_json_values_as_lines(tmp_path: Path, values: list[Any], pieces: list[str],
                                                     fmt: str) -> None:
    lines = [json.dumps(v, allow_nan=True) for v in values] + pieces
    path = tmp_path / "h.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    _read_all(path, fmt)


def test_a_file_name_that_is_not_utf8_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/list\xff.jsonl"
    with open(raw, "wb") as handle:
        handle.write(b'{"title": "x"}\n')
    result = runner.invoke(cli, ["build", os.fsdecode(raw), "--store", str(tmp_path / "store"), "--no-extract"])
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {tmp_path}/list\ufffd.jsonl: the file name is not valid UTF-8\n"
           "  Rename the file (e.g. convmv -f latin1 -t utf-8 FILE) and build again.\n")
    assert not (tmp_path / "store").exists()


def test_skip_bad_steps_past_an_arxiv_record_without_its_created_line(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "arxiv.txt"
    source.write_text("First abstract on routing.\narXiv:2101.00001\nSecond abstract on pruning.\narXiv:2101.00002\n"
                      "Created: 2021-01-02\n\nThird abstract on caching.\narXiv:2101.00003\nCreated: 2021-01-05x\n\n"
                      "Fourth abstract on search.\narXiv:2101.00004\nCreated: 2021-01-04\n", encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(source), "--store", str(store), "--no-extract", "--skip-bad"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split("nodes:")[0] == (
        f"Built {store}: 2 papers from 2 records in 1 file(s).\n"
        "Skipped 2 bad record(s):\n"
        f"  {source}:3: expected 'Created: YYYY-MM-DD' after the arXiv id\n"
        f"  {source}:9: expected 'Created: YYYY-MM-DD' after the arXiv id\n")
    graph = kg.api.load_graph(store)
    assert sorted(str(n.props["arxiv_id"]) for n in graph.by_label(PAPER)) == ["2101.00002", "2101.00004"]


def clean_by_character(text: str, *, name: bool = False) -> tuple[str, int, int]:
    """clean_text as the module docstring states it, one character at a time: (text, controls, invisibles)."""
    import unicodedata

    out, controls, invisibles = [], 0, 0
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            controls += ch not in "\t\n\r"
            out.append(" " if ch in "\t\n\r\v\f\x1c\x1d\x1e\x1f\x85" else "")
        elif category == "Cf" and ch not in "\u200c\u200d":
            invisibles += 1
        else:
            out.append(ch)
    cleaned = " ".join("".join(out).split())
    if name:
        dashes = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"))
        cleaned = unicodedata.normalize("NFC", cleaned.translate(dashes))
    return cleaned, controls, invisibles


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Z\t\n\r\x0c\x1b\x85\xa0\u00ad\u200b\u200c\u2013\u2212e\u0301\u00e9"
                                        "\u3000\u2028\x7f\ufeff\u202e\U0001F600")) | st.text(), st.booleans())
def test_clean_text_is_its_character_by_character_rule(text: str, name: bool) -> None:
    from kg.sources.records import ReadReport, clean_text

    report = ReadReport()
    got = clean_text(text, report, name=name)
    assert (got, report.control_chars, report.invisible_chars) == clean_by_character(text, name=name)
