"""The build: sources -> records -> resolve -> extract -> lineage inference -> store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.model import MODEL, PAPER, Graph
from kg.sources import PaperRecord, read_records

# (phase, items done, items in all or None): phases read, resolve, extract, infer, write (kg.progress draws it)
Progress = Callable[[str, int, "int | None"], None]


@dataclass(frozen=True)
class BuildReport:
    sources: list[str]
    records: int
    papers: int
    counts: dict[str, dict[str, int]]


def read_sources(paths: Iterable[str | Path], fmt: str | None = None,
                 progress: Progress | None = None) -> list[PaperRecord]:
    """Every record of every source, in order; the first bad line stops with a SourceError."""
    records: list[PaperRecord] = []
    for path in paths:
        for rec in read_records(path, fmt):
            records.append(rec)
            if progress and len(records) % 1000 == 0:
                progress("read", len(records), None)
    if progress:
        progress("read", len(records), len(records))
    return records


def add_extractions(graph: Graph, extractor: Any, progress: Progress | None = None) -> None:
    """Run the extractor over every paper's title and abstract and add what it finds to ``graph``."""
    papers = sorted(graph.by_label(PAPER), key=lambda n: n.id)
    items = ((p.id, str(p.props.get("title") or ""), str(p.props.get("abstract") or "")) for p in papers)
    for done, (nodes, edges) in enumerate(extractor.many(items), 1):
        for node in nodes:
            graph.add_node(node)
        for edge in edges:
            graph.add_edge(edge)
        if progress:
            progress("extract", done, len(papers))


def add_inferred_lineage(graph: Graph, min_score: float | None = None) -> None:
    """Add the BUILDS_ON edges that lineage inference finds strong enough."""
    from kg.analysis.lineage import DEFAULT_MIN_SCORE, infer_builds_on

    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    for edge in infer_builds_on(graph.to_networkx(), min_score=threshold):
        graph.add_edge(edge)


def assemble(records: Sequence[PaperRecord], *, extractor: Any = None, infer: bool = True,
             min_score: float | None = None, progress: Progress | None = None) -> Graph:
    """The whole graph of ``records``: resolved papers, extracted entities, inferred lineage."""
    from kg.resolve import resolve

    if progress:
        progress("resolve", 0, len(records))
    graph = resolve(records)
    if progress:
        progress("resolve", len(records), len(records))
    if extractor is not None:
        add_extractions(graph, extractor, progress)
    if infer:
        models = sum(1 for _ in graph.by_label(MODEL))
        if progress:
            progress("infer", 0, models)
        add_inferred_lineage(graph, min_score)
        if progress:
            progress("infer", models, models)
    return graph


def build(sources: Sequence[str | Path], store_path: str | Path, *, fmt: str | None = None,
          add: bool = False, model: str | None = None, extract: bool = True, infer: bool = True,
          min_score: float | None = None, progress: Progress | None = None, wait: bool = False,
          on_wait: Callable[[str], None] | None = None) -> BuildReport:
    """Build the graph of ``sources`` and swap it into the embedded store at ``store_path``.

    Everything is read, extracted and checked before the store is touched, so bad input leaves an
    existing store unchanged; the same sources always give the same store. With ``add``, the records
    the store was built from are read back and the new sources join them.

    One build at a time per store: from reading the store's records to the swap, the build holds the
    store's lock; another build is refused, or with ``wait`` waits (``on_wait`` gets a message first).

    Raises:
        SourceError: a bad record (nothing written). StoreError: the store is damaged, not a store, or
            another build holds its lock.
    """
    from kg.store import open_store, replace_store
    from kg.store.embedded import LOCK, build_lock, check_build_target, load_records

    records = read_sources(sources, fmt, progress)
    check_build_target(Path(store_path))
    with build_lock(store_path, wait=wait, on_wait=on_wait):
        if add and any(entry.name != LOCK for entry in Path(store_path).iterdir()):  # not a new store
            records = [*load_records(store_path), *records]
        extractor = None
        if extract:
            from kg.extract import Extractor

            extractor = Extractor(model)
        graph = assemble(records, extractor=extractor, infer=infer, min_score=min_score, progress=progress)
        replace_store(store_path, graph, records, progress=progress)
    with open_store(store_path) as store:
        counts = store.counts()
    papers = sum(1 for _ in graph.by_label(PAPER))
    return BuildReport([str(s) for s in sources], len(records), papers, counts)
