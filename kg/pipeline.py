"""The build: sources -> records -> resolve -> extract -> lineage inference -> store."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.model import MODEL, PAPER, Graph
from kg.sources import PaperRecord, ReadReport, read_records

# (phase, items done, items in all or None): phases read, resolve, extract, infer, write (kg.progress draws it)
Progress = Callable[[str, int, "int | None"], None]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: the source files, records read, papers after resolution, and the store's counts."""

    sources: list[str]
    records: int
    papers: int
    counts: dict[str, dict[str, int]]
    # what reading cleaned and left out: characters dropped, author placeholders, skipped records
    read: dict[str, Any] = field(default_factory=lambda: ReadReport().as_dict())
    files: int = 0  # the source files the store's records come from (with ``add``: earlier ones too)
    added: int = 0  # the records read from this call's sources
    extracted: int = 0  # papers the extractor ran on (the others' extractions came from the store's cache)


def read_sources(paths: Iterable[str | Path], fmt: str | None = None, *, skip_bad: bool = False,
                 report: ReadReport | None = None, progress: Progress | None = None) -> list[PaperRecord]:
    """Every checked record of every source, in order; the first bad record stops with a SourceError
    (with ``skip_bad``, bad records are left out and listed in ``report.skipped``)."""
    records: list[PaperRecord] = []
    for path in paths:
        for rec in read_records(path, fmt, skip_bad=skip_bad, report=report):
            records.append(rec)
            if progress and len(records) % 1000 == 0:
                progress("read", len(records), None)
    if progress:
        progress("read", len(records), len(records))
    return records


def keep_other_sources(records: Iterable[PaperRecord], sources: Iterable[str | Path]) -> list[PaperRecord]:
    """``records`` without those read from one of ``sources`` (the same file, however its path is written):
    adding a file again replaces its earlier records instead of doubling them.

    Examples:
        >>> old = [PaperRecord("a.txt", 1), PaperRecord("b.txt", 1)]
        >>> [r.source for r in keep_other_sources(old, ["./a.txt"])]
        ['b.txt']
    """
    again = {Path(s).resolve() for s in sources}
    return [r for r in records if Path(r.source).resolve() not in again]


EXTRACT_CHUNK = 500  # papers per task handed to an extraction worker process
PARALLEL_MIN = 2_000  # fewer papers than this are extracted in this process (a worker starts in ~1 s)


def default_jobs() -> int:
    """Extraction processes ``kg build`` uses by default: the cores this process may run on, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


_worker_extractor: Any = None  # the Extractor of an extraction worker process


def _start_worker(model: str | None) -> None:
    global _worker_extractor
    from kg.extract import Extractor

    _worker_extractor = Extractor(model)


def _extract_chunk(items: list[tuple[str, str, str, list[str]]]) -> list[str]:
    from kg.extract.cache import extract_encoded

    return list(extract_encoded(_worker_extractor, items))


def add_extractions(graph: Graph, extractor: Any, progress: Progress | None = None, *, jobs: int = 1,
                    model: str | None = None, cache: Any = None) -> None:
    """Run the extractor over every paper's title and abstract and add what it finds to ``graph``.

    With ``jobs`` > 1 (and at least PARALLEL_MIN papers to extract), ``jobs`` worker processes each run
    their own ``Extractor(model)`` (``extractor`` must be one) over chunks of EXTRACT_CHUNK papers; the
    results are added in paper id order, so the graph is the same as with one process. ``cache`` (a
    ``kg.extract.cache.ExtractionCache``; a fresh one when None): papers whose input it holds are not
    extracted again, and every paper's extraction is put in it for the store to keep. Every extraction,
    new or reused, passes through the cache's text form, so the graph is the same either way.
    """
    from kg.extract.cache import ExtractionCache, decode, extract_encoded, fingerprint, item_key

    if cache is None:
        cache = ExtractionCache(fingerprint(model))
    papers = sorted((p for p in graph.by_label(PAPER) if not p.props.get("stub")), key=lambda n: n.id)  # stubs: no text
    items = [(p.id, str(p.props.get("title") or ""), str(p.props.get("abstract") or ""),
              [str(c) for c in p.props.get("categories") or ()]) for p in papers]  # type: ignore[union-attr]
    del papers
    keys = [item_key(item) for item in items]
    known = [cache.get(key) for key in keys]
    todo = (item for item, body in zip(items, known) if body is None)
    missing = known.count(None)

    def add(fresh: Iterable[str]) -> None:
        fresh = iter(fresh)
        for n, (key, body) in enumerate(zip(keys, known)):
            reused = body is not None
            if body is None:
                body = next(fresh)
            cache.put(key, body, reused=reused)
            nodes, edges = decode(body)
            for node in nodes:
                graph.add_node(node)
            for edge in edges:
                graph.add_edge(edge)
            if progress:
                progress("extract", n + 1, len(keys))

    if jobs <= 1 or missing < PARALLEL_MIN:
        add(extract_encoded(extractor, todo))
        return
    import itertools
    import multiprocessing

    # spawn: small fresh workers (not copies of this process and the graph it holds), children of this
    # process, so that their CPU time and memory are counted with the build's
    context = multiprocessing.get_context("spawn")
    chunks = iter(lambda: list(itertools.islice(todo, EXTRACT_CHUNK)), [])
    with context.Pool(jobs, initializer=_start_worker, initargs=(model,)) as pool:
        add(itertools.chain.from_iterable(pool.imap(_extract_chunk, chunks)))


def add_inferred_lineage(graph: Graph, min_score: float | None = None, infer: bool = True
                         ) -> dict[str, Any] | None:
    """Review the stated BUILDS_ON edges, date each model, and (``infer``) add inferred edges.

    A Model gets ``date`` (its introducing paper's) and ``introduced_by`` (that paper's title), or, when no
    paper introduces it, only ``first_seen`` (the first paper naming it): never a mention as a release.

    Returns:
        With ``infer``: the papers' tf-idf vectors inference read (``kg.analysis.text.paper_vectors``), for
        the summaries to share (``kg.analysis.summary.with_summaries``); else None.
    """
    from kg.analysis.common import papers
    from kg.analysis.lineage import DEFAULT_MIN_SCORE, edge_kind, infer_builds_on, model_dates, review_stated
    from kg.analysis.lineage.view import lineage_view
    from kg.analysis.text import paper_vectors
    from kg.model import BUILDS_ON, Node

    g = lineage_view(graph)  # one projection of what inference reads, kept in step with ``graph`` below
    dates = model_dates(g)  # what the stated edges' review reads; dropping BUILDS_ON edges leaves them
    drop, generic = review_stated(g, dates)
    for s, t in drop:
        graph.remove_edge((s, BUILDS_ON, t))
        g.remove_edge(s, t, key=BUILDS_ON)
    for s, t in generic:
        graph.edges[(s, BUILDS_ON, t)].props["generic"] = True
    for e in graph.edges.values():
        if e.type == BUILDS_ON:
            e.props.setdefault("kind", edge_kind(e.props))
            e.props.setdefault("generic", False)
            attrs = g.edges[e.source, e.target, BUILDS_ON]
            attrs.clear()
            attrs.update(type=e.type, **{k: v for k, v in e.props.items() if v is not None})
    for m, when in dates.items():
        node = graph.nodes[m]
        props = {k: v for k, v in node.props.items() if k not in ("date", "first_seen", "introduced_by")}
        props.update({k: v for k, v in when.as_dict().items() if v})
        graph.nodes[m] = Node(node.id, node.label, props)
        attrs = g.nodes[m]
        attrs.clear()
        attrs.update(label=node.label, **{k: v for k, v in props.items() if v is not None})
    vectors = None
    if infer:
        threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
        ps = papers(g)
        vectors = paper_vectors(g, ps)
        for edge in infer_builds_on(g, min_score=threshold, vectors=vectors, ps=ps):
            graph.add_edge(edge)
    # networkx's cached views hold their graph in a reference cycle: without a full collection the
    # projection (about 1 GB at 100,000 papers) stays in memory through the store write
    del g
    gc.collect()
    return vectors


def assemble(records: Sequence[PaperRecord], *, extractor: Any = None, infer: bool = True,
             min_score: float | None = None, progress: Progress | None = None, jobs: int = 1,
             model: str | None = None, cache: Any = None) -> Graph:
    """The whole graph of ``records``: resolved papers, extracted entities, inferred lineage (``jobs``,
    ``model``, ``cache``: as ``add_extractions``)."""
    from kg.resolve import resolve

    with frozen_gc():
        if progress:
            progress("resolve", 0, len(records))
        graph = resolve(records)
        gc.freeze()
        if progress:
            progress("resolve", len(records), len(records))
        if extractor is not None:
            add_extractions(graph, extractor, progress, jobs=jobs, model=model, cache=cache)
            gc.freeze()
        models = sum(1 for _ in graph.by_label(MODEL))
        if progress:
            progress("infer", 0, models)
        vectors = add_inferred_lineage(graph, min_score, infer)
        if progress:
            progress("infer", models, models)
        from kg.model import Node
        from kg.store.ego import DATED_BY, dating_papers

        for nid, paper in dating_papers(graph).items():  # what the ego view dates each node by (kg.store.ego)
            node = graph.nodes[nid]
            graph.nodes[nid] = Node(nid, node.label, {**node.props, DATED_BY: paper})
        from kg.analysis.summary import with_summaries

        # whole-graph analyses the commands read (kg.analysis.summary), computed once; the papers' vectors
        # are inference's (the same text and entity names: the summaries' projection holds every paper and
        # its entity edges), dropped with the call
        return with_summaries(graph, vectors=vectors)


@contextlib.contextmanager
def frozen_gc() -> Iterator[None]:
    """Within: what ``gc.freeze()`` moves to the permanent generation stays there (the graph, once built),
    so the cyclic collector's full passes skip its millions of objects (they took a sixth of a build's CPU
    time); they are still freed when no longer referenced. On leaving, everything frozen is unfrozen."""
    try:
        yield
    finally:
        gc.unfreeze()


def check_store_target(store_path: str | Path) -> None:
    """Refuse a store path that cannot be written before any work: a file on the way, or a folder that is
    not writable (the build writes a new store beside the old one and renames it).

    Raises:
        StoreError: what is in the way, and what to do.
    """
    path = Path(store_path).absolute()
    if path.exists() and not path.is_dir():
        raise StoreError(f"cannot build the store {store_path}: it is a file, not a folder\n"
                         "  Give --store a folder path (kg build makes it).")
    folder = path.parent
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        raise StoreError(f"cannot build the store {store_path}: {folder} is a file, not a folder\n"
                         "  Give --store a path whose folders exist or can be made.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"cannot build the store {store_path}: no permission to write in {folder}\n"
                         "  Give --store a path in a folder you can write to.")


def build(sources: Sequence[str | Path], store_path: str | Path, *, fmt: str | None = None,
          add: bool = False, model: str | None = None, extract: bool = True, infer: bool = True,
          min_score: float | None = None, progress: Progress | None = None, skip_bad: bool = False,
          wait: bool = False, on_wait: Callable[[str], None] | None = None, jobs: int | None = 1) -> BuildReport:
    """Build the graph of ``sources`` and swap it into the embedded store at ``store_path``.

    Everything is read, extracted and checked before the store is touched, so bad input leaves an
    existing store unchanged; the same sources always give the same store. With ``add``, the records
    the store was built from are read back and the new sources join them (a source given again replaces
    its earlier records); what the extractor found in each paper is kept in the store too
    (``kg.extract.cache``), and ``add`` extracts only the papers whose text is not there. With ``skip_bad``, bad records are left out and listed in the report
    (``read["skipped"]``) instead of stopping the build. ``jobs``: extraction processes (None:
    ``default_jobs()``; the store is the same for any number). Worker processes are spawned: a script
    that passes ``jobs`` other than 1 needs the ``if __name__ == "__main__":`` guard.

    One build at a time per store: from reading the store's records to the swap, the build holds the
    store's lock; another build is refused, or with ``wait`` waits (``on_wait`` gets a message first).

    Raises:
        SourceError: a bad record (without ``skip_bad``) or an unreadable file; the store is unchanged.
        StoreError: the store is damaged, not a store, or another build holds its lock.
    """
    from kg.store import open_store, replace_store
    from kg.store.embedded import LOCK, active_database, build_lock, check_build_target, load_records

    check_store_target(store_path)
    read = ReadReport()
    records = read_sources(sources, fmt, skip_bad=skip_bad, report=read, progress=progress)
    check_build_target(Path(store_path))
    added = len(records)
    with build_lock(store_path, wait=wait, on_wait=on_wait):
        earlier = add and any(entry.name != LOCK for entry in Path(store_path).iterdir())  # not a new store
        if earlier:
            records = [*keep_other_sources(load_records(store_path), sources), *records]
        extractor = cache = None
        kept: dict[str, bytes] = {}  # files kept beside the database
        if extract:
            from kg.extract import Extractor
            from kg.extract.cache import EXTRACTIONS, ExtractionCache, fingerprint

            extractor = Extractor(model)
            cache = ExtractionCache(fingerprint(model))
            if earlier:  # --add extracts only papers whose text the store's cache does not hold
                cache.load(active_database(store_path) / EXTRACTIONS)
        graph = assemble(records, extractor=extractor, infer=infer, min_score=min_score, progress=progress,
                         jobs=default_jobs() if jobs is None else jobs, model=model, cache=cache)
        extracted = 0
        if cache is not None:
            extracted = cache.extracted
            kept[EXTRACTIONS] = cache.dump()
        try:
            with frozen_gc():
                gc.freeze()  # the graph and the records: the write only reads them
                replace_store(store_path, graph, records, progress=progress, files=kept)
        except OSError as exc:  # a full disk, a folder gone or made read-only during the build
            raise StoreError(f"cannot write the store {store_path}: {exc.strerror or exc}\n"
                             "  The store is as it was; free space or fix the folder, then build again.") from exc
    with open_store(store_path) as store:
        counts = store.counts()
    papers = sum(1 for p in graph.by_label(PAPER) if not p.props.get("stub"))  # stubs are cited, not read
    files = len({Path(r.source).resolve() for r in records} | {Path(s).resolve() for s in sources})
    return BuildReport([str(s) for s in sources], len(records), papers, counts, read.as_dict(), files, added,
                       extracted)
