"""Readers of one abstract's extraction, shared by the extraction test tables."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.extractor import Extractor
from kg.model import DATASET, MODEL

Entity = tuple[str, str]


def labels(ex: Extractor, abstract: str) -> dict[str, set[str]]:
    """Name -> the labels its nodes have."""
    nodes, _ = ex.paper("paper:t", "", abstract, ())
    found: dict[str, set[str]] = {}
    for n in nodes:
        found.setdefault(n.name, set()).add(n.label)
    return found


def relations(ex: Extractor, abstract: str, title: str = "") -> dict[str, str]:
    """The paper's relation type to each Model or Dataset node, by name."""
    nodes, edges = ex.paper("paper:t", title, abstract)
    name = {n.id: n.name for n in nodes if n.label in (MODEL, DATASET)}
    return {name[e.target]: e.type for e in edges if e.source == "paper:t" and e.target in name}


def entities(ex: Extractor, abstract: str, title: str = "") -> set[Entity]:
    """(label, name) of every Model and Dataset node the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}


def mentions(ex: Extractor, abstract: str, title: str = "") -> set[Entity]:
    """(label, text as written) of every Model and Dataset mention of the paper."""
    return {(e["label"], e["text"]) for e in ex.spans(abstract, title)["entities"] if e["label"] in (MODEL, DATASET)}


def aliases(ex: Extractor, abstract: str, title: str, name: str) -> list[list[str]]:
    """The aliases of each node named ``name`` (one list per node: ``[[...]]`` when there is exactly one)."""
    nodes, _ = ex.paper("paper:t", title, abstract)
    return [list(n.props.get("aliases") or []) for n in nodes if n.name == name]


def stated_pairs(ex: Extractor, title: str, abstract: str) -> set[tuple[str, str]]:
    """(child name, parent name) of every BUILDS_ON edge the paper states."""
    nodes, edges = ex.paper("paper:t", title, abstract)
    name = {n.id: n.name for n in nodes}
    return {(name[e.source], name[e.target]) for e in edges if e.type == "BUILDS_ON"}


def kind_cases(tables: dict[str, list[tuple[Any, ...]]]) -> list[Any]:
    """Every case of ``tables`` (kind -> cases, each opening with its abstract) as a ``pytest.param`` whose id is
    its kind and the start of its abstract."""
    return [pytest.param(*case, id=f"{kind}: {case[0][:60]}") for kind, table in tables.items() for case in table]
