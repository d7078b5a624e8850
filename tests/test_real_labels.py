"""The labels of the real corpus: one row per record, each in the part the fixed split rule gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.evaluate import corpus_part

DATA = Path(__file__).resolve().parent / "data"
CORPUS = next((p / "shared" / "corpora" / "real_abstracts.jsonl" for p in Path(__file__).resolve().parents
               if (p / "shared" / "corpora" / "real_abstracts.jsonl").exists()),
              Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "real_abstracts.jsonl")
FIELDS = {"key", "part", "group", "models", "datasets", "introduces", "builds_on", "generic", "ambiguous"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


MORE = sorted((p.name.removesuffix("_labels.jsonl") for p in DATA.glob("real*_labels.jsonl")
               if p.name != "real_labels.jsonl"),
              key=lambda name: int(name.removeprefix("real")))  # real2 ... real13: every set beside the shared one


def test_every_more_set_is_here() -> None:
    assert MORE == [f"real{n}" for n in range(2, len(MORE) + 2)] and len(MORE) >= 12


@pytest.fixture(scope="module", params=["real_labels.jsonl", *(f"{name}_labels.jsonl" for name in MORE)])
def labels(request: pytest.FixtureRequest) -> list[dict]:
    return _rows(DATA / request.param)


def test_every_row_follows_the_split_rule(labels: list[dict]) -> None:
    assert [row["part"] for row in labels] == [corpus_part(row["key"]) for row in labels]
    assert {row["part"] for row in labels} == {"dev", "heldout"}


def test_rows_are_well_formed(labels: list[dict]) -> None:
    for row in labels:
        assert set(row) == FIELDS, row["key"]
        names = {*row["models"], *row["datasets"], *row["ambiguous"]}
        assert set(row["introduces"]) <= names, row["key"]
        for pair in row["builds_on"]:
            assert len(pair) == 2 and set(pair) <= {*row["models"], *row["ambiguous"]}, row["key"]


def test_one_row_per_corpus_record() -> None:
    if not CORPUS.is_file():
        pytest.fail(f"the real corpus is expected beside the project at {CORPUS}")
    keys = [rec["id"] or rec["title"] for rec in _rows(CORPUS)]
    assert [row["key"] for row in _rows(DATA / "real_labels.jsonl")] == keys


@pytest.mark.parametrize("name", MORE)
def test_more_labels_name_a_source_per_row(name: str) -> None:
    lines = (DATA / f"{name}_sources.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "key\tsource"
    sources = dict(line.split("\t") for line in lines[1:])
    keys = [row["key"] for row in _rows(DATA / f"{name}_labels.jsonl")]
    assert list(sources) == keys and len(set(keys)) == len(keys)
    assert all(src.startswith(("github:", "web:")) for src in sources.values())
