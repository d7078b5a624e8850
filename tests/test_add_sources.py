"""``kg build --add`` and the paths users type: kept records show their source as typed, like new ones, and an
edited copy of a file added from another folder is reported, never kept silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli


def paper(n: int, abstract: str) -> str:
    return json.dumps({"id": f"2301.{n:05d}", "title": f"Paper {n} on routing", "abstract": abstract,
                       "authors": [f"Ana Ruiz{n}"], "date": f"2023-01-{n:02d}"}) + "\n"


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_after_add_every_record_shows_its_source_as_typed_like_a_full_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.jsonl").write_text(paper(1, "We route tokens.") + paper(2, "We route layers."))
    (tmp_path / "sub" / "b.jsonl").write_text(paper(3, "We route experts."))
    monkeypatch.chdir(tmp_path)
    run("build", "a.jsonl", "--store", "added", "--no-extract")
    run("build", "sub/b.jsonl", "--store", "added", "--add", "--no-extract")
    run("build", "a.jsonl", "sub/b.jsonl", "--store", "whole", "--no-extract")
    assert run("cypher", "MATCH (p:Paper) RETURN p.sources ORDER BY p.sources", "--store", "added") == (
        'p.sources\n["a.jsonl:1"]\n["a.jsonl:2"]\n["sub/b.jsonl:1"]\n(3 rows)\n')
    run("export", "--store", "added", "-o", "added.json")
    run("export", "--store", "whole", "-o", "whole.json")
    assert Path("added.json").read_bytes() == Path("whole.json").read_bytes()
    monkeypatch.chdir(tmp_path / "sub")  # the same file given again from elsewhere still replaces its records
    (tmp_path / "a.jsonl").write_text(paper(1, "We route tokens again."))
    assert run("build", "../a.jsonl", "--store", "../added", "--add", "--no-extract").startswith(
        "Built ../added: 2 papers from 2 records in 2 file(s)")


def test_an_edited_copy_added_from_another_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder, text in (("old", "We route tokens across many experts and many devices."), ("new", "We route tokens.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.jsonl").write_text(paper(1, text) + paper(2, "We route layers."))
    monkeypatch.chdir(tmp_path)
    run("build", "old/p.jsonl", "--store", "s", "--no-extract")
    out = run("build", "new/p.jsonl", "--store", "s", "--add", "--no-extract").splitlines()
    assert out[1:3] == [
        "Differing copies (1): a file of the same name from another folder holds these papers with another "
        "abstract; --add replaces a file only given by its own path:",
        f"  arXiv:2301.00001: {tmp_path}/new/p.jsonl:1 differs from {tmp_path}/old/p.jsonl:1, "
        "whose (longer) abstract the graph keeps"]
    full = run("build", "old/p.jsonl", "new/p.jsonl", "--store", "t", "--no-extract").splitlines()
    assert full[1:3] == out[1:3]  # a full build of both files says the same


def test_records_added_as_copies_of_papers_already_there_are_named(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "listing.jsonl").write_text(paper(1, "We route tokens.") + paper(2, "We route layers."))
    (tmp_path / "library.jsonl").write_text(paper(2, "We route layers across devices.") + paper(3, "We route heads."))
    monkeypatch.chdir(tmp_path)
    run("build", "listing.jsonl", "--store", "s", "--no-extract")
    out = run("build", "library.jsonl", "--store", "s", "--add", "--no-extract").splitlines()
    assert out[:3] == [
        "Built s: 3 papers from 4 records in 2 file(s) (2 record(s) from 1 file(s) added now).",
        "Joined papers read before (1): records read now hold their arXiv id, DOI or title and are read as them:",
        "  Paper 2 on routing"]
    again = run("build", "listing.jsonl", "library.jsonl", "--store", "t", "--no-extract")
    assert "Joined papers" not in again  # a full build reads no paper before: nothing was added
