"""Shared fixtures: a CliRunner, the bundled examples, a store built from them, and the default extractor."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.extract.extractor import Extractor

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def examples() -> list[Path]:
    """The bundled example listings: profile, arXiv and JSON Lines."""
    return [EXAMPLES / "profile_listing.txt", EXAMPLES / "arxiv_listing.txt", EXAMPLES / "papers.jsonl"]


@pytest.fixture(scope="session")
def _example_store(tmp_path_factory: pytest.TempPathFactory, examples: list[Path]) -> Path:
    from kg.pipeline import build

    path = tmp_path_factory.mktemp("built") / "store"
    build(examples, path, extract=False)
    return path


@pytest.fixture
def example_store(_example_store: Path, tmp_path: Path) -> Path:
    """A fresh copy of a store built from the examples without extraction."""
    path = tmp_path / "store"
    shutil.copytree(_example_store, path)
    return path


@pytest.fixture(scope="session")
def ex() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def builds_on(ex: Extractor) -> Callable[[str], set[tuple[str, str]]]:
    """The (child, parent) names of every BUILDS_ON relation the default extractor finds in a text."""
    def pairs(text: str) -> set[tuple[str, str]]:
        return {(r["source"], r["target"]) for r in ex.spans(text)["relations"] if r["type"] == "BUILDS_ON"}
    return pairs


@pytest.fixture
def introduced(ex: Extractor) -> Callable[..., set[str]]:
    """The names the extractor (a module's own ``ex``, else the session's) says a paper introduces:
    ``introduced(abstract, title="")``."""
    def names(abstract: str, title: str = "") -> set[str]:
        return {r["target"] for r in ex.spans(abstract, title)["relations"] if r["type"] == "INTRODUCES"}
    return names
