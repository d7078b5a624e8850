"""kg build --add reuses the extractions the store keeps: only new or changed papers are extracted, a change
of the extractor's pattern data invalidates them, and a build killed at any step leaves a store whose next
--add still gives the graph of one build of everything."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import pipeline
from kg.cli import cli
from kg.extract import base
from kg.extract.cache import EXTRACTIONS, ExtractionCache, fingerprint, item_key
from kg.store.embedded import BUILD_STEPS, KILL_AT_ENV, active_database

ROOT = Path(__file__).resolve().parent.parent


def paper(n: int, family: str, parent: str, *, abstract: str = "") -> dict[str, Any]:
    return {"id": f"2302.{n:05d}", "title": f"{family}-{n}: a study of scaling", "date": f"2023-02-{n % 27 + 1:02d}",
            "abstract": abstract or f"We introduce {family}-{n}, a language model built on {parent}. "
                                    f"We evaluate it on SQuAD and compare it with Quillon-2.",
            "authors": [f"Ann Number{n % 3}", "Bo Chen"], "categories": ["cs.CL"]}


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def exported(store: Path, out: Path) -> bytes:
    result = CliRunner().invoke(cli, ["export", "--store", str(store), "--format", "node-link", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    first = jsonl(tmp_path / "first.jsonl", [paper(n, "Zorblat", "BERT") for n in range(1, 6)])
    more = jsonl(tmp_path / "more.jsonl", [paper(n, "Mirelo", "Zorblat-2") for n in range(6, 9)])
    return first, more


def test_add_extracts_only_the_new_and_changed_papers(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    first, more = corpus
    store = tmp_path / "store"
    assert pipeline.build([first], store).extracted == 5
    assert pipeline.build([more], store, add=True).extracted == 3
    assert pipeline.build([more], store, add=True).extracted == 0  # the same file again: all held
    rows = [paper(n, "Zorblat", "BERT") for n in range(1, 6)]
    rows[2]["abstract"] += " It runs on TPU v4."  # one paper's text changed
    assert pipeline.build([jsonl(first, rows)], store, add=True).extracted == 1
    pipeline.build([first, more], tmp_path / "together")
    assert exported(store, tmp_path / "s.json") == exported(tmp_path / "together", tmp_path / "t.json")


def test_the_cache_holds_the_papers_of_the_store_only(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    first, more = corpus
    store = tmp_path / "store"
    pipeline.build([first, more], store)
    pipeline.build([jsonl(more, [paper(9, "Quenta", "BERT")])], store, add=True)  # more.jsonl replaced
    cache = ExtractionCache(fingerprint())
    assert cache.load(active_database(store) / EXTRACTIONS) == 6


def test_a_cache_of_another_extractor_or_a_damaged_one_gives_nothing(tmp_path: Path) -> None:
    cache = ExtractionCache("a" * 32)
    cache.put(item_key(("paper:1", "T", "A", [])), "[[],[]]", reused=False)
    (tmp_path / "c.gz").write_bytes(cache.dump())
    assert ExtractionCache("a" * 32).load(tmp_path / "c.gz") == 1
    assert ExtractionCache("b" * 32).load(tmp_path / "c.gz") == 0
    (tmp_path / "c.gz").write_bytes(b"\x1f\x8b not gzip")
    assert ExtractionCache("a" * 32).load(tmp_path / "c.gz") == 0
    assert ExtractionCache("a" * 32).load(tmp_path / "missing.gz") == 0


def test_a_pattern_data_change_invalidates_the_cache(
        corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, more = corpus
    store = tmp_path / "store"
    pipeline.build([first], store)
    patterns = tmp_path / "patterns"
    shutil.copytree(base.PATTERNS_DIR, patterns)
    before = fingerprint()
    with (patterns / "datasets.jsonl").open("a", encoding="utf-8") as out:  # a model-shaped name is a dataset
        out.write(json.dumps({"label": "Dataset", "pattern": "Quillon-2", "id": "Quillon-2"}) + "\n")
    monkeypatch.setattr(base, "PATTERNS_DIR", patterns)
    base.load_patterns.cache_clear()
    try:
        assert fingerprint() != before
        assert pipeline.build([more], store, add=True).extracted == 8  # every paper extracted again
        pipeline.build([first, more], tmp_path / "together")
        stepwise = exported(store, tmp_path / "s.json")
        assert stepwise == exported(tmp_path / "together", tmp_path / "t.json")
    finally:
        monkeypatch.undo()
        base.load_patterns.cache_clear()
    pipeline.build([first, more], tmp_path / "old-patterns")
    assert stepwise != exported(tmp_path / "old-patterns", tmp_path / "o.json")  # the change mattered


@pytest.mark.parametrize("step", BUILD_STEPS)
def test_an_add_killed_at_each_step_leaves_a_store_whose_next_add_is_right(
        step: str, corpus: tuple[Path, Path], tmp_path: Path) -> None:
    first, more = corpus
    store = tmp_path / "store"
    pipeline.build([first], store)
    killed = subprocess.run([sys.executable, "-m", "kg", "build", str(more), "--add", "--store", str(store)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT), KILL_AT_ENV: step})
    assert killed.returncode == -signal.SIGKILL
    new = BUILD_STEPS.index(step) >= BUILD_STEPS.index("pointer-replaced")
    assert pipeline.build([more], store, add=True).extracted == (0 if new else 3)
    pipeline.build([first, more], tmp_path / "together")
    assert exported(store, tmp_path / "s.json") == exported(tmp_path / "together", tmp_path / "t.json")
