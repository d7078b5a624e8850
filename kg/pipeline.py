"""The build: sources -> records -> resolve -> extract -> lineage inference -> store."""

from __future__ import annotations

import contextlib
import gc
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KGError, StoreError
from kg.model import (BUILDS_ON, COMPARES_WITH, DATASET, EVALUATED_ON, INTRODUCES, MODEL, PAPER, USES, Edge, Graph,
                      Node)
from kg.sources import PaperRecord, ReadReport, read_records

# (phase, items done, items in all or None[, what the phase is doing]): phases read, load (the store's records
# and the extractor), resolve, extract, infer, write (kg.progress draws it); a callback must accept the optional
# fourth argument (``lambda phase, done, total, *step: ...``)
Progress = Callable[..., None]


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
    dropped: list[str] = field(default_factory=list)  # stated edges left out for time order (``dropped_parents``)
    edited: list[str] = field(default_factory=list)  # papers whose copies in same-named files differ (``edited_copies``)
    apart: list[str] = field(default_factory=list)  # same-named models kept apart (``models_kept_apart``)
    owners: list[str] = field(default_factory=list)  # "LISTING: OWNER" per listing with an owner (``listing_owners``)
    replaced: int = 0  # with ``add``: the store's records from a file given again, which this call's records replace
    joined: list[str] = field(default_factory=list)  # with ``add``: titles of the papers read before that records read
    # now joined (the same arXiv id, DOI or title: ``kg.resolve``)


def read_sources(paths: Iterable[str | Path], fmt: str | None = None, *, skip_bad: bool = False,
                 report: ReadReport | None = None, progress: Progress | None = None) -> list[PaperRecord]:
    """Every checked record of every source, in order; the first bad record stops with a SourceError
    (with ``skip_bad``, bad records are left out and listed in ``report.skipped``)."""
    from kg.resolve import paused_gc

    records: list[PaperRecord] = []
    with paused_gc():  # the records are kept, not garbage: the collector's passes over them found nothing
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
    records = list(records)
    # each source path resolved once, not once per record (a file system call each)
    other = {source: Path(source).resolve() not in again for source in {r.source for r in records}}
    return [r for r in records if other[r.source]]


def edited_copies(records: Iterable[PaperRecord]) -> list[str]:
    """The papers read from two files of one name in different folders (an edited copy added beside the
    file it was copied from: ``--add`` replaces a file only given again by its own path), or twice from one
    file, whose abstracts differ: one line each, naming both files and the one whose abstract the graph keeps (resolution keeps
    the longest, ``kg.resolve``), so the old text is never kept silently.

    Examples:
        >>> old = PaperRecord("a/p.jsonl", 1, arxiv_id="2401.00001", abstract="We extend Foo to images.")
        >>> new = PaperRecord("b/p.jsonl", 1, arxiv_id="2401.00001", abstract="We extend Foo.")
        >>> edited_copies([old, new])[0].split(": ")[0]
        'arXiv:2401.00001'
        >>> other = PaperRecord("c/q.bib", 1, arxiv_id="2401.00001", abstract="We extend Foo to images and video.")
        >>> edited_copies([new, PaperRecord("a/p.jsonl", 1, arxiv_id="2401.00001", abstract="We extend Foo."), other])
        []
    """
    from kg.resolve import record_ids

    groups: dict[str, list[PaperRecord]] = {}
    for rec in records:
        keys = record_ids(rec)
        if keys and rec.abstract:
            groups.setdefault(keys[0], []).append(rec)
    out = []
    for key, group in groups.items():
        paths = [os.path.abspath(rec.source) for rec in group]
        names = Counter(os.path.basename(f) for f in set(paths))
        copies = [rec for rec, path in zip(group, paths) if names[os.path.basename(path)] > 1 or paths.count(path) > 1]
        # the paper in two files of one name, or twice in one file (a preprint entry and a published one): not
        # its records in other files, which are other sources, not copies
        if len({" ".join(rec.abstract.split()) for rec in copies}) < 2:
            continue
        kept = max(group, key=lambda rec: len(rec.abstract))  # resolution's rule: the longest abstract
        other = [rec for rec in copies if " ".join(rec.abstract.split()) != " ".join(kept.abstract.split())]
        if other:
            name = key.replace("arxiv:", "arXiv:", 1)
            out.append(f"{name}: {', '.join(f'{os.path.abspath(r.source)}:{r.line}' for r in other)} differs from {os.path.abspath(kept.source)}:{kept.line}, "
                       "whose (longer) abstract the graph keeps")
    return out


EXTRACT_CHUNK = 500  # papers per task handed to an extraction worker process
EARLY_NICENESS = 10  # how much lower an early extraction worker's priority is (``os.nice``)
PARALLEL_MIN = 2_000  # fewer papers than this are extracted in this process (a worker starts in ~1 s)


def default_jobs() -> int:
    """Extraction processes ``kg build`` uses by default: the cores this process may run on, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


_worker_extractor: Any = None  # the Extractor of an extraction worker process


def _start_worker(model: str | None, niceness: int = 0) -> None:
    global _worker_extractor
    from kg.extract import Extractor

    if niceness:  # an early worker yields the core to the process it works beside (``EarlyExtraction``)
        try:
            os.nice(niceness)
        except (OSError, AttributeError):  # not allowed, or not POSIX: same priority
            pass
    _worker_extractor = Extractor(model)


def _extract_chunk(items: list[tuple[str, str, str, list[str]]]) -> list[str]:
    from kg.extract.cache import extract_encoded

    return list(extract_encoded(_worker_extractor, items))


def paper_item(pid: str, props: dict[str, Any]) -> tuple[str, str, str, list[str]]:
    """The extraction input of the paper ``pid`` with properties ``props`` (``kg.extract.cache.Item``): its id,
    title, abstract with a merged copy's other abstract after it (what that one states, a base or a model, is
    not lost to the longer copy), and categories."""
    from kg.resolve import other_abstracts

    return (pid, str(props.get("title") or ""),
            "\n\n".join([str(props.get("abstract") or ""), *other_abstracts(props)]),
            [str(c) for c in props.get("categories") or ()])


def solo_item(rec: PaperRecord) -> tuple[str, str, str, list[str]]:
    """The extraction input of ``rec``'s paper when no other record merges into it: ``paper_item`` of
    ``kg.resolve.paper_node_id([rec])`` and ``paper_props([rec])``, made from the fields extraction reads only
    (a third of the time at 100,000 records)."""
    from kg.resolve import paper_categories, paper_node_id

    return paper_node_id([rec]), rec.title or "", rec.abstract, paper_categories([rec])


class EarlyExtraction:
    """Extraction started before resolution, in ``jobs`` spawned worker processes, while this process
    resolves: with two cores, the core the resolving process leaves free extracts meanwhile.

    Each record's paper is extracted as it is when no other record merges into it (``solo_item``), in paper id
    order, leaving out inputs whose item key ``known`` says the store's cache holds. ``take(pid, key)`` gives
    the extraction of the paper ``pid`` when its input is the one predicted (the same
    ``kg.extract.cache.item_key``), else None: a paper merged from several records is extracted again from its
    merged input, so the graph is the same as without early extraction. Use it as a context manager or
    ``close`` it: the workers end there, before the build forks (``Forked``).
    """

    def __init__(self, pool: Any, keyed: list[tuple[tuple[str, str, str, list[str]], str]]) -> None:
        import itertools

        self.pids = [item[0] for item, _ in keyed]
        self.keys = [key for _, key in keyed]
        self.pos = 0
        self.pool = pool
        todo = iter([item for item, _ in keyed])
        chunks = iter(lambda: list(itertools.islice(todo, EXTRACT_CHUNK)), [])
        self.results = itertools.chain.from_iterable(self.pool.imap(_extract_chunk, chunks))

    @classmethod
    def start(cls, records: Sequence[PaperRecord], jobs: int, model: str | None,
              known: Callable[[str], bool] = lambda key: False) -> EarlyExtraction | None:
        """Start extracting ``records``' papers (as the class says), or None when fewer than PARALLEL_MIN are
        left to extract or ``jobs`` is 1: those are extracted after resolution, as without it."""
        import multiprocessing

        from kg.extract.cache import item_key

        if jobs <= 1 or len(records) < PARALLEL_MIN:
            return None
        # spawn: fresh workers, not copies of this process (as ``add_extractions``); started first, so that
        # they load the extractor while this process predicts the papers; at a lower priority, so that they take
        # the core this process leaves, not this process's own (resolution is not slowed)
        pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_start_worker, initargs=(model, EARLY_NICENESS))
        try:
            items = sorted(map(solo_item, records), key=lambda i: i[0])
            keyed = [(item, key) for item in items if not known(key := item_key(item))]
            if len(keyed) >= PARALLEL_MIN:
                return cls(pool, keyed)
        except BaseException:
            pool.terminate()
            raise
        pool.terminate()
        pool.join()
        return None

    def take(self, pid: str, key: str) -> str | None:
        """The ``encode``d extraction of the paper ``pid`` whose input has item key ``key``, if it is the one
        predicted (waiting for it); call in paper id order. Predictions passed over are dropped."""
        while self.pos < len(self.keys) and (self.pids[self.pos] < pid or (
                self.pids[self.pos] == pid and self.keys[self.pos] != key)):
            next(self.results)
            self.pos += 1
        if self.pos < len(self.keys) and self.keys[self.pos] == key:
            self.pos += 1
            return next(self.results)
        return None

    def close(self) -> None:
        """End the workers (what they have not sent is dropped). Safe to call again."""
        self.pool.terminate()
        self.pool.join()

    def __enter__(self) -> EarlyExtraction:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def add_extractions(graph: Graph, extractor: Any, progress: Progress | None = None, *, jobs: int = 1,
                    model: str | None = None, cache: Any = None, early: EarlyExtraction | None = None) -> None:
    """Run the extractor over every paper's title and abstract and add what it finds to ``graph``.

    With ``jobs`` > 1 (and at least PARALLEL_MIN papers to extract), ``jobs`` worker processes each run
    their own ``Extractor(model)`` (``extractor`` must be one) over chunks of EXTRACT_CHUNK papers; the
    results are added in paper id order, so the graph is the same as with one process. ``cache`` (a
    ``kg.extract.cache.ExtractionCache``; a fresh one when None): papers whose input it holds are not
    extracted again, and every paper's extraction is put in it for the store to keep. Every extraction,
    new or reused, passes through the cache's text form, so the graph is the same either way.
    ``early``: extractions started before resolution (``EarlyExtraction``), taken where they fit and closed
    here; the rest are extracted by ``extractor`` in this process.
    """
    from kg.extract.cache import ExtractionCache, decode, extract_encoded, fingerprint, item_key

    if cache is None:
        cache = ExtractionCache(fingerprint(model))
    papers = sorted((p for p in graph.by_label(PAPER) if not p.props.get("stub")), key=lambda n: n.id)  # stubs: no text
    items = [paper_item(p.id, p.props) for p in papers]
    del papers
    keys = [item_key(item) for item in items]
    known = [cache.get(key) for key in keys]
    todo = (item for item, body in zip(items, known) if body is None)
    missing = known.count(None)

    kept = len(keys) - missing
    step = (f"{kept:,} paper(s) unchanged, from the store",) if kept else ()

    def add(fresh: Iterable[str]) -> None:
        fresh = iter(fresh)
        # one string object per text across all papers (paper ids: the graph's own), dropped once all are in
        shared = {nid: nid for nid in graph.nodes}
        done = 0  # papers extracted now: what the display counts (the others are read from the cache)
        if progress:
            progress("extract", 0, missing, *step)
        for key, body in zip(keys, known):
            reused = body is not None
            if body is None:
                body = next(fresh)
                done += 1
                if progress and done < missing:  # the last is reported once every paper is in the graph
                    progress("extract", done, missing, *step)
            cache.put(key, body, reused=reused)
            nodes, edges = decode(body, shared)
            for node in nodes:
                graph.add_node(node)
            for edge in edges:
                graph.add_edge(edge)
        if progress:
            progress("extract", missing, missing)

    if early is not None:
        with early:
            add(early.take(item[0], key) or next(iter(extract_encoded(extractor, [item])))
                for item, key, body in zip(items, keys, known) if body is None)
        return
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


def add_inferred_lineage(graph: Graph, min_score: float | None = None, infer: bool = True,
                         step: Callable[[str], None] | None = None, projection: list[tuple[Any, Any]] | None = None
                         ) -> None:
    """Review the stated BUILDS_ON edges, date each model, and (``infer``) add inferred edges. ``projection``: a
    list holding the ``lineage_view`` of ``graph`` and its ``papers``, when the caller has them: taken from
    the list (so that it is freed here), else made.

    A Model gets ``date`` (its introducing paper's) and ``introduced_by`` (that paper's title), or, when no
    paper introduces it with a date, ``first_seen`` (the first dated paper naming it) and the title of an undated
    paper introducing it, if one does: never a mention as a release. With ``infer``, a paper's main model also
    gets the titles of the paper's nearest papers by text dated before and after it (``nearest_earlier_paper``,
    ``nearest_later_paper``: ``kg.analysis.lineage.infer``).
    """
    from kg.analysis.common import papers
    from kg.analysis.lineage import DEFAULT_MIN_SCORE, edge_kind, infer_builds_on, model_dates, review_stated
    from kg.analysis.lineage.view import lineage_view, release_view
    from kg.analysis.text import kind_vectors
    from kg.model import BUILDS_ON, Node

    say = step or (lambda _: None)  # what inference is doing, for the progress display
    say("reviewing stated edges")
    # one projection of what inference reads, kept in step with ``graph`` below
    g, ps = projection.pop() if projection else (lineage_view(graph), None)
    dates = model_dates(g)  # what the stated edges' review reads; dropping BUILDS_ON edges leaves them
    drop, generic = review_stated(g, dates)
    for s, t in drop:
        _note_dropped(graph, s, t, dates)
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
    if infer:
        threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
        say("text vectors")
        ps = papers(g) if ps is None else ps  # what it reads of papers, the review left as it was
        vectors = kind_vectors(g, ps)
        say("inferring edges")
        neighbours: dict[str, dict[str, str]] = {}
        for edge in infer_builds_on(g, min_score=threshold, vectors=vectors, ps=ps, neighbours=neighbours):
            graph.add_edge(edge)
        del vectors
        for m, near in neighbours.items():  # what ``kg lineage --why`` says of a candidate edge's conditions
            node = graph.nodes[m]
            graph.nodes[m] = Node(node.id, node.label, {**node.props, **near})
    # not held through the store write: the projection (frozen or not), and what inference left in cycles
    release_view(g)
    del g
    gc.collect()


DROPPED = "dropped_parents"  # a Model property: the stated parents left out for time order, as text


def _note_dropped(graph: Graph, child: str, parent: str, dates: Any) -> None:
    """Keep on ``child`` (property DROPPED) why its stated edge to ``parent`` is left out, when the reason
    is time order (the parent's introducing paper is dated after the child's): ``kg lineage`` and ``kg build``
    say so instead of dropping it silently."""
    from kg.model import BUILDS_ON, Node

    edge = graph.edges[(child, BUILDS_ON, parent)]
    first, then = dates[child].date if child in dates else "", dates[parent].date if parent in dates else ""
    if edge.props.get("inferred") or not (first and then and then > first):
        return
    node, name = graph.nodes[child], graph.nodes[parent].props.get("name") or parent
    why = f"{name} (introduced {then}, after this model's {first})"
    graph.nodes[child] = Node(child, node.label, {**node.props, DROPPED: [*(node.props.get(DROPPED) or []), why]})


def dropped_parents(graph: Graph) -> list[str]:
    """The stated BUILDS_ON edges the build left out for time order, as "CHILD builds on PARENT (...)"
    lines sorted by child name."""
    return sorted(f"{n.props.get('name') or n.id} builds on {why}"
                  for n in graph.by_label(MODEL) for why in n.props.get(DROPPED) or ())


RETYPED = {DATASET: {COMPARES_WITH: EVALUATED_ON}, MODEL: {EVALUATED_ON: USES}}  # a paper's relation to a name
# that becomes a data set (or a model), as the paper would have written it


def one_label_per_name(graph: Graph) -> None:
    """Make a name that papers typed both Model and Dataset one node of the label the papers agree on: the one
    the papers that introduce it give, else the one more papers give (no change on a tie). The other node's
    paper edges move to it (a comparison with a data set becomes an evaluation on it, an evaluation on a model a
    use of it; a paper's edge to both keeps the one it had to the kept node), its aliases join the kept node's,
    and its BUILDS_ON edges, which a data set has none of, go.

    Examples:
        >>> from kg.model import node_id
        >>> g = Graph()
        >>> for pid, label, rel in (("p1", DATASET, INTRODUCES), ("p2", MODEL, USES), ("p3", DATASET, EVALUATED_ON)):
        ...     _ = g.add_node(Node(pid, PAPER, {}))
        ...     _ = g.add_node(Node(node_id(label, "ZorbPile"), label, {"name": "ZorbPile"}))
        ...     _ = g.add_edge(Edge(pid, rel, node_id(label, "ZorbPile")))
        >>> one_label_per_name(g)
        >>> sorted(e.type for e in g.edges.values() if e.target == "dataset:zorbpile"), "model:zorbpile" in g.nodes
        (['EVALUATED_ON', 'INTRODUCES', 'USES'], False)
    """
    keys = {n.id.split(":", 1)[1] for n in graph.by_label(MODEL)}
    both = {k for n in graph.by_label(DATASET) if (k := n.id.split(":", 1)[1]) in keys}
    if not both:
        return
    ids = {nid for k in both for nid in (f"model:{k}", f"dataset:{k}")}
    touching: dict[str, list[Edge]] = {}
    for e in graph.edges.values():
        for end in (e.source, e.target):
            if end in ids:
                touching.setdefault(end, []).append(e)
    for k in sorted(both):
        nodes = {MODEL: f"model:{k}", DATASET: f"dataset:{k}"}
        papers = {label: {e.source for e in touching.get(nid, ()) if e.type != BUILDS_ON}
                  for label, nid in nodes.items()}
        introducing = {label: any(e.type == INTRODUCES for e in touching.get(nid, ())) for label, nid in nodes.items()}
        if introducing[MODEL] != introducing[DATASET]:
            keep = MODEL if introducing[MODEL] else DATASET
        elif len(papers[MODEL]) != len(papers[DATASET]):
            keep = max(papers, key=lambda label: len(papers[label]))
        else:
            continue
        kept, gone = nodes[keep], nodes[DATASET if keep == MODEL else MODEL]
        had = {e.source for e in touching.get(kept, ()) if e.type != BUILDS_ON}
        for e in touching.get(gone, ()):
            graph.remove_edge(e.key)
            if e.type != BUILDS_ON and e.source not in had:
                graph.add_edge(Edge(e.source, RETYPED[keep].get(e.type, e.type), kept, e.props))
        old = graph.nodes.pop(gone)
        aliases = [*(graph.nodes[kept].props.get("aliases") or []), *(old.props.get("aliases") or [])]
        if aliases:
            graph.nodes[kept] = Node(kept, keep, {**graph.nodes[kept].props, "aliases": list(dict.fromkeys(aliases))})


def keep_models_apart(graph: Graph, view: Any, ps: Any) -> None:
    """Split each model node that unrelated papers each introduce (``kg.analysis.lineage.apart``): every
    side past the first gets its own node (the name kept, an alias "NAME (PAPER ID)" added), the edges
    belonging with it move there, and each side's property KEPT_APART lists the others. ``view``: the
    ``lineage_view`` of ``graph``, kept in step with it (``refresh_view``); ``ps``: ``papers(view)``, which the
    split leaves as it is."""
    from kg.analysis.lineage.apart import APART_BY, KEPT_APART, kept_apart
    from kg.analysis.lineage.view import refresh_view
    from kg.model import Edge, Node

    changed: list[str] = []
    pairs: list[tuple[str, str]] = []
    for a in kept_apart(view, ps):
        old = graph.nodes[a.node]
        ids = [nid for nid, _ in a.sides]
        for nid, grp in a.sides:
            props = {**old.props, KEPT_APART: [x for x in ids if x != nid], APART_BY: grp[0]}
            if nid != a.node:
                props.update(id=nid, aliases=[*(old.props.get("aliases") or []),
                                              f"{a.name} ({grp[0].removeprefix('paper:')})"])
                props.pop("sizes", None)  # the sizes written with the name are the first side's
            graph.nodes[nid] = Node(nid, old.label, props)
            changed.append(nid)
        for key, new in sorted(a.moved.items()):
            edge = graph.edges[key]
            graph.remove_edge(key)
            graph.add_edge(Edge(new[0], new[1], new[2], dict(edge.props)))
            pairs += [(key[0], key[2]), (new[0], new[2])]
    refresh_view(view, graph, changed, pairs)


def listing_owners(graph: Graph) -> list[str]:
    """The listings whose owner the build found, as "LISTING: OWNER NAME" lines sorted (from the namesake
    summaries, ``kg.analysis.summary.author_groups``)."""
    from kg.model import SUMMARY

    lines = []
    for n in graph.by_label(SUMMARY):
        if n.props.get("kind") == "namesakes":
            author = graph.nodes.get(str(n.props.get("author")))
            name = author.props.get("name") if author else n.props.get("author")
            lines += [f"{listing}: {name}" for listing in json.loads(str(n.props["data"])).get("listings") or ()]
    return sorted(lines)


def models_kept_apart(graph: Graph) -> list[str]:
    """The same-named models the build kept apart, one line each: the name, then each node's id, date
    and introducing paper (``keep_models_apart``)."""
    from kg.analysis.lineage.apart import KEPT_APART

    lines = []
    for n in sorted(graph.by_label(MODEL), key=lambda n: n.id):
        others = n.props.get(KEPT_APART)
        if not others or any(o < n.id for o in others):
            continue  # one line per name, from its first node
        sides = [n, *(graph.nodes[o] for o in others)]
        lines.append(f"{n.props.get('name') or n.id}: " + "; ".join(
            f"{s.id} ({s.props.get('date') or 'undated'}, introduced by {s.props.get('introduced_by')!r})"
            for s in sides))
    return lines


def assemble(records: Sequence[PaperRecord], *, extractor: Any = None, infer: bool = True,
             min_score: float | None = None, progress: Progress | None = None, jobs: int = 1,
             model: str | None = None, cache: Any = None) -> Graph:
    """The whole graph of ``records``: resolved papers, extracted entities, inferred lineage (``jobs``,
    ``model``, ``cache``: as ``add_extractions``)."""
    with frozen_gc():
        return complete(resolved(records, progress), extractor=extractor, infer=infer, min_score=min_score,
                        progress=progress, jobs=jobs, model=model, cache=cache)


def resolved(records: Sequence[PaperRecord], progress: Progress | None = None) -> Graph:
    """``kg.resolve.resolve(records)``, its graph frozen (``gc.freeze``: call it within ``frozen_gc``)."""
    from kg.resolve import resolve

    if progress:
        progress("resolve", 0, len(records))
    graph = resolve(records)
    gc.freeze()
    if progress:
        progress("resolve", len(records), len(records))
    return graph


def complete(graph: Graph, *, extractor: Any = None, infer: bool = True, min_score: float | None = None,
             progress: Progress | None = None, jobs: int = 1, model: str | None = None, cache: Any = None,
             groupings: Any = None) -> Graph:
    """The resolved ``graph`` with extracted entities, inferred lineage, dates and summaries (as ``assemble``;
    call it within ``frozen_gc``). ``groupings``: a ``kg.analysis.summary.GroupingCache`` (``with_summaries``)."""
    with completing(graph, extractor=extractor, infer=infer, min_score=min_score, progress=progress, jobs=jobs,
                    model=model, cache=cache, groupings=groupings) as summaries:
        for node in summaries():
            graph.add_node(node)
    return graph


@contextlib.contextmanager
def completing(graph: Graph, *, extractor: Any = None, infer: bool = True, min_score: float | None = None,
               progress: Progress | None = None, jobs: int = 1, model: str | None = None, cache: Any = None,
               groupings: Any = None, early: EarlyExtraction | None = None) -> Iterator[Callable[[], list[Node]]]:
    """``complete`` but for the Summary nodes: within, ``graph`` has its entities, inferred lineage and dates,
    and the call yielded gives its Summary nodes, waiting for them. With ``jobs`` > 1 (Linux) a forked copy
    of this process makes them from the start of inference on, so that the caller can write the rest
    meanwhile (the build writes them last: ``kg.store.embedded.replace_store``'s ``late``); else they are
    made before inference. What ``groupings`` kept and reused is set once they are given. Leaving stops a
    copy still at work (an error, or a caller that did not ask for them)."""
    if extractor is not None:
        add_extractions(graph, extractor, progress, jobs=jobs, model=model, cache=cache, early=early)
        one_label_per_name(graph)
        gc.freeze()
    extractor = cache = None  # the caller's to keep or free: not held here while it writes
    from kg.analysis.common import papers
    from kg.analysis.lineage.view import lineage_view

    view = lineage_view(graph)  # what the split of same-named models and then inference read
    ps = papers(view)
    keep_models_apart(graph, view, ps)
    # frozen too, so that a forked copy's collector leaves its pages shared; inference takes it from the
    # list and frees it (``release_view``)
    gc.freeze()
    projection = [(view, ps)]
    del view, ps
    models = sum(1 for _ in graph.by_label(MODEL))

    def step(what: str) -> None:
        if progress:
            progress("infer", 0, models, what)

    # the summaries read nothing inference writes (papers, their authors and entity edges): made in a
    # forked copy when two or more processes are allowed, else here before inference
    beside = Forked(_summaries_of, graph, groupings) if jobs > 1 and Forked.available() else None
    if beside is None:
        step("collaboration and namesake summaries")
        made = _summaries_of(graph, groupings)  # the cache's own ``kept`` is filled as they are made
    try:
        add_inferred_lineage(graph, min_score, infer, step, projection=projection)
        _date_nodes(graph, step)
        if progress:
            progress("infer", models, models)

        def summaries() -> list[Node]:
            if beside is None:
                return made[0]
            nodes, kept, reused = beside.result()
            if groupings is not None:  # what the forked copy's cache kept
                groupings.kept.update(kept)
                groupings.reused = reused
            return nodes

        yield summaries
    finally:
        if beside is not None:  # reaped by ``result``; else the copy's work is not wanted
            beside.cancel()


def _date_nodes(graph: Graph, step: Callable[[str], None]) -> None:
    """Give each node what the ego view dates it by and each model what a lineage lookup reads first."""
    step("dating models")
    from kg.model import Node
    from kg.store.ego import DATED_BY, dating_papers
    from kg.store.lineage import builds_on_counts

    for nid, paper in dating_papers(graph).items():  # what the ego view dates each node by (kg.store.ego)
        node = graph.nodes[nid]
        graph.nodes[nid] = Node(nid, node.label, {**node.props, DATED_BY: paper})
    for nid, counts in builds_on_counts(graph).items():  # what a lineage lookup reads first (kg.store.lineage)
        node = graph.nodes[nid]
        graph.nodes[nid] = Node(nid, node.label, {**node.props, **counts})


def _summaries_of(graph: Graph, groupings: Any) -> tuple[list[Any], dict[str, Any], int]:
    """The Summary nodes of ``graph`` (``kg.analysis.summary.summaries``: whole-graph analyses the commands
    read, computed once), and what ``groupings`` (a ``GroupingCache`` or None) kept and reused making them."""
    from kg.analysis.summary import summaries

    nodes = list(summaries(graph, cache=groupings).nodes.values())
    if groupings is None:
        return nodes, {}, 0
    return nodes, dict(groupings.kept), groupings.reused


@contextlib.contextmanager
def frozen_gc() -> Iterator[None]:
    """Within: what ``gc.freeze()`` moves to the permanent generation stays there (the graph, once built),
    so the cyclic collector's full passes skip its millions of objects (they took a sixth of a build's CPU
    time); they are still freed when no longer referenced. On leaving, everything frozen is unfrozen."""
    try:
        yield
    finally:
        gc.unfreeze()


class Forked:
    """``fn(*args)`` run in a forked copy of this process (Linux), started at once; ``result()`` waits for its
    value, ``cancel()`` stops it. The copy shares this process's memory until either writes a page, reads
    the arguments as they were at the fork, and sends its value back pickled through a pipe; it writes
    nothing else anywhere (no output, no store), and the kernel kills it when this process ends
    (``PR_SET_PDEATHSIG``), so a build killed by a signal leaves no copy holding its store's lock.

    Raises (from ``result``): what ``fn`` raised, or ``KGError`` when the copy ended without its whole value
    (killed).

    Examples:
        >>> Forked(sum, [1, 2, 3]).result() if Forked.available() else 6
        6
    """

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        import pickle

        parent = os.getpid()
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the copy: compute, send, leave without running this process's exit handlers
            try:
                os.close(read)
                _die_with_parent(parent)
                try:
                    data = pickle.dumps((True, fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
                except BaseException as exc:  # noqa: BLE001 - sent to the parent, which raises it
                    try:
                        data = pickle.dumps((False, exc))
                    except Exception:  # noqa: BLE001 - an error that cannot be pickled: its text
                        data = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
                with os.fdopen(write, "wb") as out:
                    out.write(data)
            finally:
                os._exit(0)
        os.close(write)
        self.read: int | None = read
        self.reaped = False

    @staticmethod
    def available() -> bool:
        """Whether a copy can be forked safely: Linux, and no Java VM (an embedded store) in this process."""
        import sys

        jpype = sys.modules.get("jpype")
        return sys.platform.startswith("linux") and not (jpype is not None and jpype.isJVMStarted())

    def result(self) -> Any:
        """The value ``fn`` returned, once the copy has sent it (waits for it)."""
        import pickle

        chunks = []
        while self.read is not None and (chunk := os.read(self.read, 1 << 20)):
            chunks.append(chunk)
        self._close()
        _, status = os.waitpid(self.pid, 0)
        self.reaped = True
        try:
            ok, value = pickle.loads(b"".join(chunks))
        except (pickle.UnpicklingError, EOFError, ValueError):  # nothing, or cut off: the copy was killed
            code = os.waitstatus_to_exitcode(status)
            how = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
            raise KGError(f"a forked process of the build (pid {self.pid}) ended without its result ({how})\n"
                          "  The store is unchanged; build again, or with --jobs 1 to work in one process.") from None
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        """Stop the copy (SIGKILL) and reap it, unless ``result`` did; its value is dropped. Safe to call again."""
        import signal

        if not self.reaped:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.reaped = True
        self._close()

    def _close(self) -> None:
        if self.read is not None:
            os.close(self.read)
            self.read = None


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process (SIGKILL) when the one that forked it ends (Linux ``prctl``); if that
    one has already ended, end now."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no prctl: the copy ends when it finds the pipe closed
        pass
    if os.getppid() != parent:
        os._exit(0)


def release_memory() -> None:
    """Give the C heap's free pages back to the system (glibc ``malloc_trim``; elsewhere nothing): what
    inference and the summaries freed stays in this process's resident memory otherwise, under the store
    engine's own, which it cannot reuse (at 20,000 papers about 80 MB of 560 before the write)."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


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
    from kg.store.embedded import LOCK, active_database, build_lock, check_build_target, load_records, records_data

    check_store_target(store_path)
    read = ReadReport()
    records = read_sources(sources, fmt, skip_bad=skip_bad, report=read, progress=progress)
    check_build_target(Path(store_path))
    added = len(records)
    read_now = records  # what early extraction may predict (an add's earlier papers are in the store's cache)
    with build_lock(store_path, wait=wait, on_wait=on_wait):
        earlier = add and any(entry.name != LOCK for entry in Path(store_path).iterdir())  # not a new store
        parts = int(earlier) * 2 + int(extract)  # what the load phase counts: the store's records and
        loaded = 0  # extractions (with ``add``), the extraction pipeline
        replaced = 0  # the store's records from files given again
        if earlier:
            if progress:
                progress("load", loaded, parts, "the store's records")
            stored = load_records(store_path)
            kept_records = keep_other_sources(stored, sources)
            replaced = len(stored) - len(kept_records)
            records = [*kept_records, *records]
            del stored, kept_records
            loaded += 1
        extractor = cache = None
        kept: dict[str, bytes] = {}  # files kept beside the database
        if extract:
            from kg.extract import Extractor
            from kg.extract.cache import EXTRACTIONS, ExtractionCache, fingerprint

            if earlier:  # --add extracts only papers whose text the store's cache does not hold
                if progress:
                    progress("load", loaded, parts, "the store's extractions")
                cache = ExtractionCache(fingerprint(model))
                cache.load(active_database(store_path) / EXTRACTIONS)
                loaded += 1
            cache = ExtractionCache(fingerprint(model)) if cache is None else cache
        jobs = default_jobs() if jobs is None else jobs
        # extracting while this process loads its own pipeline and resolves (the workers start first)
        early = EarlyExtraction.start(read_now, jobs, model, lambda key: cache.get(key) is not None) if (
            cache is not None) else None
        del read_now
        if extract:
            if progress:
                progress("load", loaded, parts, "the extraction pipeline")
            try:
                extractor = Extractor(model)
            except BaseException:
                if early is not None:
                    early.close()  # a model not installed: the workers end with the build
                raise
        if progress and parts:
            progress("load", parts, parts)
        # what the report and the store keep of the records, then the records dropped once resolved: the
        # extraction, inference and the write run without them
        from kg.analysis.summary import GROUPINGS, GroupingCache

        groupings = GroupingCache()  # --add groups again only the authors whose papers changed
        if earlier:
            groupings.load(active_database(store_path) / GROUPINGS)
        count = len(records)
        files = len({Path(s).resolve() for s in {r.source for r in records}} | {Path(s).resolve() for s in sources})
        saved = records_data(records)
        edited = edited_copies(records)
        summarized: list[Node] = []

        def late() -> tuple[list[Node], dict[str, bytes]]:  # written last: made beside inference and the write
            summarized.extend(summaries())
            return summarized, {GROUPINGS: groupings.dump()}

        now = {r.where for r in records[len(records) - added:]} if earlier and added else set()
        with frozen_gc(), early or contextlib.nullcontext():
            graph = resolved(records, progress)
            del records
            joined = sorted(str(p.props.get("title") or p.props.get("name") or p.id) for p in graph.by_label(PAPER)
                            if now and any(w in now for w in p.props.get("sources") or ())
                            and not all(w in now for w in p.props.get("sources") or ()))
            with completing(graph, extractor=extractor, infer=infer, min_score=min_score, progress=progress,
                            jobs=jobs, model=model, cache=cache, groupings=groupings, early=early) as summaries:
                extractor = None
                extracted = 0
                if cache is not None:
                    extracted = cache.extracted
                    kept[EXTRACTIONS] = cache.dump()
                    cache = None
                release_memory()  # the engine's memory in the write does not come from Python's heap: give back the free part
                gc.freeze()  # the graph: the write only reads it
                try:
                    replace_store(store_path, graph, saved, progress=progress, files=kept, differential=earlier,
                                  late=late)
                except OSError as exc:  # a full disk, a folder gone or made read-only during the build
                    raise StoreError(f"cannot write the store {store_path}: {exc.strerror or exc}\n"
                                     "  The store is as it was; free space or fix the folder, then build again.") from exc
        for node in summarized:  # what the report reads of them (listing owners)
            graph.add_node(node)
    with open_store(store_path) as store:
        counts = store.counts()
    papers = sum(1 for p in graph.by_label(PAPER) if not p.props.get("stub"))  # stubs are cited, not read
    return BuildReport([str(s) for s in sources], count, papers, counts, read.as_dict(), files, added, extracted,
                       dropped_parents(graph), edited, models_kept_apart(graph), listing_owners(graph), replaced,
                       joined)
