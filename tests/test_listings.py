"""Listing files: one listing per file (same-named files in other folders are others), their owners named by
``kg build``, and ``kg authors --check-listing`` finding a listing by any path to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

TOPICS = ["sparse routing", "pipeline training", "speech encoders", "patch dropout", "graph search"]


def listing(folder: Path, owner: str, coauthors: list[str], year: int) -> Path:
    """A JSON Lines file of five papers, each by ``owner`` and one of ``coauthors``."""
    folder.mkdir()
    rows = [{"title": f"{owner.split()[1]} on {topic}", "abstract": f"We study {topic}.",
             "authors": [coauthors[i % len(coauthors)], owner], "date": f"{year}-0{i + 1}-10",
             "categories": ["cs.LG"]} for i, topic in enumerate(TOPICS)]
    path = folder / "list.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def two_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    listing(tmp_path / "a", "Ada Moreau", ["Lin Qiu", "Tom Berg"], 2020)
    listing(tmp_path / "b", "Bo Lindqvist", ["Eva Sand", "Raj Iyer"], 2021)
    return tmp_path


def test_same_named_listings_in_two_folders_keep_each_owner(runner: CliRunner, two_lists: Path) -> None:
    result = runner.invoke(cli, ["build", "a/list.jsonl", "b/list.jsonl", "--store", "s", "--no-extract"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:4] == [
        "Built s: 10 papers from 10 records in 2 file(s).",
        "Listing owners (2): counted as an author of their own papers there (kg authors --check NAME):",
        "  a/list.jsonl: Ada Moreau",
        "  b/list.jsonl: Bo Lindqvist"]
    check = runner.invoke(cli, ["authors", "--check", "Ada Moreau", "--store", "s"])
    assert check.output.splitlines()[1] == "  (with every paper of a/list.jsonl, taken as this author's list)"


def test_a_file_given_again_stays_one_listing(runner: CliRunner, two_lists: Path) -> None:
    assert runner.invoke(cli, ["build", "a/list.jsonl", "--store", "s", "--no-extract"]).exit_code == 0
    added = runner.invoke(cli, ["build", str(two_lists / "b" / "list.jsonl"), "--add", "--store", "s", "--no-extract"])
    again = runner.invoke(cli, ["build", "./a/../a/list.jsonl", "--add", "--store", "s", "--no-extract", "--json"])
    assert added.output.splitlines()[1:4] == [
        "Listing owners (2): counted as an author of their own papers there (kg authors --check NAME):",
        "  a/list.jsonl: Ada Moreau",
        "  b/list.jsonl: Bo Lindqvist"]
    data = json.loads(again.output)
    assert (data["papers"], data["owners"]) == (10, ["a/list.jsonl: Ada Moreau", "b/list.jsonl: Bo Lindqvist"])


def test_one_file_is_its_name_alone(runner: CliRunner, two_lists: Path) -> None:
    result = runner.invoke(cli, ["build", "b/list.jsonl", "--store", "s", "--no-extract"])
    assert result.output.splitlines()[1:3] == [
        "Listing owners (1): counted as an author of their own papers there (kg authors --check NAME):",
        "  list.jsonl: Bo Lindqvist"]


def test_check_listing_takes_any_path_to_the_file_and_refuses_a_shared_name(runner: CliRunner,
                                                                             two_lists: Path) -> None:
    runner.invoke(cli, ["build", "a/list.jsonl", "b/list.jsonl", "--store", "s", "--no-extract"])
    by_path = runner.invoke(cli, ["authors", "--check-listing", str(two_lists / "b" / "list.jsonl"), "--store", "s"])
    assert by_path.output.startswith("b/list.jsonl: 5 papers in ")
    shared = runner.invoke(cli, ["authors", "--check-listing", "list.jsonl", "--store", "s"])
    assert (shared.exit_code, shared.output) == (
        1, "Error: 'list.jsonl' names 2 listings: a/list.jsonl, b/list.jsonl. Give one of them.\n")
