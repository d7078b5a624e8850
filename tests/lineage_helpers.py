"""Stores built from a few invented papers and the stated parents read back, shared by the lineage test tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg import api
from kg.model import BUILDS_ON, MODEL


def build(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Any:
    """The networkx graph of a store built from ``rows`` (id, title, date, abstract), each by one author."""
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps({"id": pid, "title": title, "date": date, "authors": ["Ida Moss"],
                                          "abstract": abstract}) + "\n"
                              for pid, title, date, abstract in rows), encoding="utf-8")
    store = str(tmp_path / "store")
    api.build([str(source)], store)
    return api.load_networkx(store)


def parents(g: Any, name: str) -> set[str]:
    """The names of the BUILDS_ON parents of the models called ``name``."""
    return {g.nodes[t]["name"] for n, a in g.nodes(data=True) if a.get("label") == MODEL and a.get("name") == name
            for _, t, k in g.out_edges(n, keys=True) if k == BUILDS_ON}
