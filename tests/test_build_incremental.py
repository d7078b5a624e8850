"""kg build --add: what it keeps of earlier builds, from any working folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import kg.api
from kg.cli import cli
from kg.model import PAPER


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def titles(store: Path) -> list[str]:
    return sorted(str(n.props["title"]) for n in kg.api.load_graph(store).by_label(PAPER))


@pytest.mark.parametrize("again", ["../data/p.jsonl", "../data/./p.jsonl", "ABSOLUTE"])
def test_add_from_another_folder_replaces_a_file_first_built_by_a_relative_path(
        again: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = jsonl(tmp_path / "data" / "p.jsonl", [{"title": "First Draft Title", "authors": ["Ann Lee"]}])
    jsonl(tmp_path / "data" / "q.jsonl", [{"title": "A Kept Paper", "authors": ["Bo Chen"]}])
    store = tmp_path / "store"
    monkeypatch.chdir(tmp_path / "data")
    runner = CliRunner()
    first = runner.invoke(cli, ["build", "p.jsonl", "q.jsonl", "--store", str(store), "--no-extract"])
    assert first.exit_code == 0, first.output
    jsonl(source, [{"title": "Second Draft Title", "authors": ["Ann Lee"]}])
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    path = str(source) if again == "ABSOLUTE" else again
    result = runner.invoke(cli, ["build", path, "--add", "--store", str(store), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"Built {store}: 2 papers from 2 records in 2 file(s) (1 record(s) from 1 file(s) added now).")
    assert titles(store) == ["A Kept Paper", "Second Draft Title"]
