"""The Python API in one place: one function per `kg` command, each returning data (never printing).

Every function that reads a graph takes ``store``: an embedded store directory, a ``bolt://``/``neo4j://``
URL (``kg.store.open_store``), or an open ``GraphStore`` (left open). Lookups (``lineage``, ``lineage_path``,
``coauthors``, ``query``, ``viz`` ego and lineage views with a focus) read only the neighbourhood they report, through indexed ``GraphStore`` methods; the
others read only the labels and relationship types their analysis needs (``GraphStore.read``). Either way
every analysis runs on both backends.

Results come back as an ``Answer``: ``data`` (JSON-ready, what ``--json`` prints) and ``text`` (what the
command prints otherwise).

Examples:
    >>> from kg.api import EXPORT_FORMATS
    >>> sorted(EXPORT_FORMATS) == sorted(["node-link", "graphml", "gexf", "neo4j-csv", "cypher"])
    True
"""

from __future__ import annotations

import json
import re
import shlex
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import BackendUnavailable, KGError, NodeNotFound, StoreError, VizError
from kg.model import Graph, Node
from kg.store import SCHEMES, GraphStore, open_store

if TYPE_CHECKING:
    from kg.pipeline import Progress

# Each function imports the analysis, reader, writer or viewer it runs: a lookup loads only what it needs
# (``python -X importtime -m kg lineage X``).

__all__ = ["EXPORT_FORMATS", "INPUT_FORMATS", "SCHEMES", "VIEWS", "Answer", "StoreLike", "build", "check_authors",
           "coauthors", "collaboration", "cypher", "evaluate", "export", "extract", "fetch", "lineage", "lineage_path",
           "lineage_why", "list_queries", "load_graph", "load_networkx", "push", "query", "stats", "viz"]

_REGISTRIES = {"EXPORT_FORMATS": ("kg.export", "FORMATS"),  # kg export --format
               "INPUT_FORMATS": ("kg.sources", "FORMATS"),  # kg build --input-format
               "VIEWS": ("kg.viz", "VIEWS")}  # kg viz --view


def __getattr__(name: str) -> tuple[str, ...]:
    """EXPORT_FORMATS, INPUT_FORMATS and VIEWS: the names in the writers', readers' and viewer's registries,
    loaded on first use (a lookup never imports the readers of every format)."""
    if name not in _REGISTRIES:
        raise AttributeError(f"module 'kg.api' has no attribute {name!r}")
    from importlib import import_module

    module, attr = _REGISTRIES[name]
    names = tuple(getattr(import_module(module), attr))
    globals()[name] = names
    return names

StoreLike = str | Path | GraphStore
"""An embedded store directory, a ``bolt://``/``neo4j://`` URL, or an open store."""


@dataclass(frozen=True)
class Answer:
    """What a command shows: ``data`` (JSON-ready) and ``text``; ``payload`` is raw bytes for standard output
    (``kg export -o -``), else None."""

    data: Any
    text: str
    payload: bytes | None = None


@contextmanager
def opened(store: StoreLike) -> Iterator[GraphStore]:
    """``store`` as an open GraphStore: opened from a path or URL (and closed after), or used as given.

    Raises:
        StoreError: no store there, or the URL's scheme is not one of SCHEMES.
        BackendUnavailable: the Bolt server cannot be reached.
    """
    if isinstance(store, GraphStore):
        yield store
        return
    with open_store(store) as opened_store:
        yield opened_store


def load_graph(store: StoreLike, labels: Iterable[str] | None = None, types: Iterable[str] | None = None) -> Graph:
    """The stored graph: all of it, or the nodes of ``labels`` and the edges of ``types`` between them.

    Raises:
        StoreError: see ``opened``.
    """
    with opened(store) as s:
        return s.read(labels, types)


def load_networkx(store: StoreLike, labels: Iterable[str] | None = None, types: Iterable[str] | None = None) -> Any:
    """``load_graph`` as a networkx MultiDiGraph (see ``Graph.to_networkx``)."""
    return load_graph(store, labels, types).to_networkx()


def check_output(out: str | Path) -> None:
    """Refuse an output path (``-o``) whose folder does not exist, before any work: nothing is created.
    ``-`` (standard output) passes.

    Raises:
        KGError: names the missing folder (or the file in its way) and what to do.
    """
    if str(out) == "-":
        return
    folder = Path(out).parent
    if folder.is_dir():
        return
    above = folder.absolute()
    while not above.exists():
        above = above.parent
    if not above.is_dir():
        raise KGError(f"cannot write {out}: {above} is a file, not a folder\n"
                      "  Give -o a path in an existing folder.")
    raise KGError(f"cannot write {out}: the folder {folder} does not exist\n"
                  f"  Make it first (mkdir -p {shlex.quote(str(folder))}) or give -o a path in an existing folder.")


def fetch(source: str, out: str | Path, **options: Any) -> list[Path]:
    """``kg.sources.fetch.fetch`` into the folder ``out``, whose parent folder must exist (``check_output``).

    Raises:
        KGError: the parent folder of ``out`` does not exist.
        FetchError: see ``kg.sources.fetch.fetch``.
    """
    from kg.sources.fetch import fetch as _fetch

    check_output(out)
    return _fetch(source, out, **options)


def _counts_text(counts: Mapping[str, Mapping[str, int]]) -> list[str]:
    lines = []
    for section, rows in counts.items():
        lines.append(f"{section}:")
        lines += [f"  {name:<16}{count:>8}" for name, count in rows.items()]
    return lines


def build(sources: Iterable[str | Path], store: str | Path, *, fmt: str | None = None, add: bool = False,
          model: str | None = None, extract: bool = True, infer: bool = True, min_score: float | None = None,
          progress: Progress | None = None, skip_bad: bool = False, wait: bool = False,
          on_wait: Callable[[str], None] | None = None, jobs: int | None = 1) -> Answer:
    """Build the embedded store at ``store`` from listing files (see ``kg.pipeline.build``; ``jobs``:
    extraction processes, None for one per core up to 4).

    Returns:
        data: ``{"store", "sources", "records", "papers", "counts"}``.

    Raises:
        SourceError: a bad input line (the store is left unchanged).
        StoreError: ``store`` is a URL: build the embedded store, then ``kg push`` it.
    """
    if "://" in str(store):
        raise KGError(f"kg build writes an embedded store directory, not {store}\n"
                      "  Build into a directory, then copy it over Bolt: kg push --store DIR --neo4j URL")
    from kg.pipeline import build as build_graph

    sources = list(sources)
    replaced = not add and Path(store).is_dir() and any(Path(store).iterdir())
    fresh = add and not (Path(store).is_dir() and any(Path(store).iterdir()))  # --add to no store: a new one
    report = build_graph(sources, store, fmt=fmt, add=add, model=model, extract=extract, infer=infer,
                         min_score=min_score, progress=progress, skip_bad=skip_bad, wait=wait, on_wait=on_wait,
                         jobs=jobs)
    again = f", replacing the {report.replaced} record(s) read before from the same file(s)" if report.replaced else ""
    added = (f" ({report.added} record(s) from {len(report.sources)} file(s) added now{again})" if add else "")
    text = [f"Built {store}: {report.papers} papers from {report.records} records in {report.files} file(s){added}.",
            *(["Replaced the store that was there (kg build --add adds to a store instead)."] if replaced else []),
            *([f"No store was at {store}: --add made a new one from these sources alone (check the --store path)."]
              if fresh else []),
            *_read_text(report.read)]
    if report.edited:  # never silent: an edited copy whose text the graph does not take
        text.append(f"Differing copies ({len(report.edited)}): a file of the same name from another folder holds "
                    "these papers with another abstract; --add replaces a file only given by its own path:")
        text += _first_lines(report.edited)
    if report.joined:  # never silent: what was added as a copy of a paper already there
        text.append(f"Joined papers read before ({len(report.joined)}): records read now hold their arXiv id, DOI or "
                    "title and are read as them:")
        text += _first_lines(report.joined)
    if report.owners:  # a listing's owner counts as an author of their papers in it: say whom
        text.append(f"Listing owners ({len(report.owners)}): counted as an author of their own papers there "
                    "(kg authors --check NAME):")
        text += [f"  {line}" for line in report.owners]
    if report.apart:  # never silent: one name, two models
        text.append(f"Same-named models kept apart ({len(report.apart)}): unrelated papers each introduce one "
                    "(no shared author or category); the bare name finds the first:")
        text += _first_lines(report.apart)
    if report.dropped:  # never silent: a stated edge the build does not keep
        text.append(f"Left out {len(report.dropped)} stated BUILDS_ON edge(s) whose parent is introduced later:")
        text += _first_lines(report.dropped)
    return Answer({"store": str(store), **asdict(report)}, "\n".join(text + _counts_text(report.counts)))


REPORT_LINES = 10  # lines of one list in a build's text report; --json holds every one


def _first_lines(lines: list[str]) -> list[str]:
    """The first REPORT_LINES of a report list, indented, then how many more ``kg build --json`` lists.

    Examples:
        >>> _first_lines(["a"]), _first_lines([str(i) for i in range(12)])[-2:]
        (['  a'], ['  9', '  ... and 2 more (kg build --json lists every one)'])
    """
    more = len(lines) - REPORT_LINES
    return [f"  {line}" for line in lines[:REPORT_LINES]] + (
        [f"  ... and {more} more (kg build --json lists every one)"] if more > 0 else [])


def _read_text(read: dict[str, Any]) -> list[str]:
    """What reading cleaned or skipped, as report lines."""
    cleaned = [f"{read[key]} {what}" for key, what in (
        ("control_chars_dropped", "control character(s) dropped"),
        ("invisible_chars_removed", "invisible character(s) removed"),
        ("author_placeholders_removed", "author placeholder(s) ('et al.', 'others', '') removed")) if read[key]]
    lines = [f"Cleaned: {', '.join(cleaned)}."] if cleaned else []
    if read["skipped"]:
        lines.append(f"Skipped {len(read['skipped'])} bad record(s):")
        lines += [f"  {message.splitlines()[0]}" for message in read["skipped"]]
    if read.get("warnings"):
        lines.append(f"Read on a guess ({len(read['warnings'])}):")
        lines += [f"  {message}" for message in read["warnings"]]
    return lines


STATS_NOTE = ("Not counted: {n} Summary node(s), the whole-graph analyses kg build stores for kg collaboration, "
              "kg coauthors, kg authors --check and the collaboration view (MATCH (n) RETURN count(n) counts them "
              "too).")


def stats(store: StoreLike) -> Answer:
    """Node counts per label and relationship counts per type: ``{"nodes": {...}, "relationships": {...}}``
    (and ``stubs``, see ``GraphStore.counts``), with ``not_counted``: the Summary nodes, which are no part of
    the graph."""
    from kg.model import SUMMARY
    from kg.store.cypher import COUNT_SUMMARIES

    with opened(store) as s:
        counts: dict[str, Any] = dict(s.counts())
        summaries = sum(int(row["count"]) for row in s.run(COUNT_SUMMARIES))
    lines = _counts_text(counts)
    if summaries:
        counts["not_counted"] = {SUMMARY: summaries}
        lines.append(STATS_NOTE.format(n=summaries))
    return Answer(counts, "\n".join(lines))


def export(store: StoreLike, fmt: str, out: str | Path) -> Answer:
    """Write the stored graph to ``out`` in ``fmt`` (one of EXPORT_FORMATS); ``-`` gives the bytes as ``payload``.

    Raises:
        KGError: unknown format, ``neo4j-csv`` to standard output, ``out`` of the wrong kind, or its folder
            missing (``check_output``).
    """
    from kg.export import export_graph

    if str(out) == "-" and fmt == "neo4j-csv":
        raise KGError("neo4j-csv writes a directory of files, not standard output; give -o DIRECTORY")
    check_output(out)
    graph = load_graph(store)
    if str(out) != "-":
        path = export_graph(graph, fmt, Path(out))
        return Answer({"path": str(path)}, f"Wrote {path}")
    with tempfile.TemporaryDirectory() as tmp:
        payload = export_graph(graph, fmt, Path(tmp) / "graph").read_bytes()
    return Answer({"bytes": len(payload)}, "", payload)


def push(store: StoreLike, neo4j_uri: str) -> Answer:
    """Copy the stored graph into Neo4j (or any Bolt server) at ``neo4j_uri`` (MERGE on ids: twice adds nothing).

    Returns:
        data: the target's node and relationship counts after the push.

    Raises:
        BackendUnavailable: the target cannot be reached.
    """
    from kg.store.summaries import read_summaries

    with opened(store) as s:
        graph = s.read()
        for node in read_summaries(s).nodes.values():  # what the build computed for collaboration and authors
            graph.add_node(node)
    with opened(neo4j_uri if "://" in neo4j_uri else f"bolt://{neo4j_uri}") as target:
        target.write(graph)
        counts = target.counts()
    return Answer(counts, "\n".join([f"Pushed {store} to {neo4j_uri}; it now holds:", *_counts_text(counts)]))


LINEAGE_WIDTH = 10
"""kg lineage's default width: the steps shown from each model each way (the rest counted)."""


def lineage(store: StoreLike, model: str, depth: int = 3, min_score: float = 0.0,
            show_generic: bool = False, width: int | None = LINEAGE_WIDTH) -> Answer:
    """What ``model`` builds on and what builds on it (``kg.analysis.lineage.lineage``), at most ``width``
    steps from each model each way (None: all); edges to generic architectures only with ``show_generic``.
    ``named_by`` counts the papers that name the model without introducing it or a model built on it, by relation
    type (using it, comparing with it: no lineage, but where "what builds on X?" leads next).

    Raises:
        NodeNotFound: no such model (close names listed).
    """
    from kg import queries as named_queries
    from kg.analysis import lineage as lineage_analysis
    from kg.model import MODEL

    from kg.model import INTRODUCES
    from kg.names import entity_key
    from kg.store.cypher import MODEL_NAMED_BY, MODEL_NAMED_BY_CHILDREN

    with opened(store) as s:  # only the model's neighbourhood is read, through indexed lookups
        root = named_queries.find(s, MODEL, model)
        g = s.lineage_around(root, depth, min_score, show_generic, width).to_networkx()
        asked = {"id": root, "introduces": INTRODUCES}
        named_by = {str(row["type"]): int(row["papers"]) for row in s.run(MODEL_NAMED_BY, asked)}
        for row in s.run(MODEL_NAMED_BY_CHILDREN, asked):  # the papers of its children: the lineage shown
            named_by[str(row["type"])] -= int(row["papers"])
        named_by = {kind: n for kind, n in named_by.items() if n}
    tree = lineage_analysis.lineage(g, root, depth=depth, min_score=min_score, show_generic=show_generic,
                                    width=width, stored_dates=True)
    hidden = tree.pop("hidden")  # the edges the steps taken left out (generic, or below --min-score)
    tree["dropped"] = [str(why) for why in g.nodes[root].get("dropped_parents") or []]
    tree["hidden"] = hidden
    tree["named_by"] = named_by
    spellings = {entity_key(str(n)) for n in (g.nodes[root].get("name"), *(g.nodes[root].get("aliases") or ())) if n}
    if model != root and entity_key(model) not in spellings:
        tree["read_as"] = model  # "DeepSeek-V3-Base": a size word or a plural folds into the model
        asked_key, name_key = entity_key(model), entity_key(str(g.nodes[root].get("name") or root))
        if not (asked_key.startswith(name_key) or name_key.startswith(asked_key)):
            tree["read_as_form"] = True  # "ViT" for Vision Transformer: a short or long form of the name
    return Answer(tree, lineage_analysis.format_lineage(tree, min_score))


def lineage_why(store: StoreLike, a: str, b: str) -> Answer:
    """Why there is or is not a BUILDS_ON edge between models ``a`` and ``b`` (either way): data
    ``kg.analysis.lineage.why.why``'s answer, read from the two models (``GraphStore.lineage_pair``); with no
    edge, ``chain`` too: the steps of the BUILDS_ON chain through other models that ``lineage_path`` finds
    between them (later model first; [] when none joins them).

    Raises:
        NodeNotFound: either model is missing.
        KGError: both name one model.
    """
    from kg import queries as named_queries
    from kg.analysis.lineage.why import format_why, why
    from kg.model import MODEL

    with opened(store) as s:
        ia, ib = named_queries.find(s, MODEL, a), named_queries.find(s, MODEL, b)
        if ia == ib:
            _same_model(s, a, b, ia)
        read = s.lineage_pair(ia, ib)
        read["authors"] = [*read["authors"], *_owners_of_both(s, ia, ib, set(read["authors"]))]
        answer = why(read, ia, ib)
        if not answer["edges"]:  # no edge of their own: a chain through other models may join them
            answer["chain"] = _chain(s, ia, ib, 0.0, False)[1]
    return Answer(answer, format_why(answer))


def _owners_of_both(s: GraphStore, a: str, b: str, named: set[str]) -> list[str]:
    """The listing owners (as the build stored them, ``_owners``) who wrote a paper introducing ``a`` and one
    introducing ``b``, printed on it or counted as the listing's owner: what lineage inference counts as a
    shared author. Those already ``named`` (printed on both) are left out; each name carries its mark."""
    from kg.model import AUTHOR
    from kg.store.cypher import MODEL_INTRODUCERS, PRINTED_AMONG

    owners = _owners(s)
    if not owners:
        return []
    intro = {m: {str(row["id"]) for row in s.run(MODEL_INTRODUCERS, {"id": m})} for m in (a, b)}
    out = []
    for owner, unprinted in sorted(owners.items()):
        rows = list(s.run(PRINTED_AMONG, {"id": owner, "papers": sorted(intro[a] | intro[b])}))
        printed = {str(row["id"]) for row in rows}
        name = next((str(row["name"]) for row in rows), None) or _node_name(s, AUTHOR, owner)
        wrote = printed | set(unprinted)
        if name not in named and intro[a] & wrote and intro[b] & wrote:
            out.append(f"{name} (the owner of a listing, counted on their own papers there)")
    return out


def _node_name(s: GraphStore, label: str, nid: str) -> str:
    """The stored name of node ``nid`` of ``label``, else the id."""
    from kg.store.cypher import node_by_id

    return next((str(row["props"].get("name") or nid) for row in s.run(node_by_id(label), {"id": nid})), nid)


def _same_model(s: GraphStore, a: str, b: str, nid: str) -> None:
    """Refuse two names of one model where two models are needed.

    Raises:
        KGError: always; names the model when a name differs from it.
    """
    from kg.model import MODEL

    name = _node_name(s, MODEL, nid)
    called = "" if a == b == name else f" ({name})"
    raise KGError(f"{a} and {b} are the same model{called}\n  Give two different models: a BUILDS_ON chain or edge "
                  "joins two models.")


def _chain(s: GraphStore, ia: str, ib: str, min_score: float, show_generic: bool) -> tuple[Any, list[dict[str, Any]]]:
    """The part of the store around a BUILDS_ON chain between models ``ia`` and ``ib`` (a networkx graph) and
    the chain's steps (``kg.analysis.lineage.lineage_path``: later model first)."""
    from kg.analysis import lineage as lineage_analysis

    g = s.lineage_between(ia, ib, min_score, show_generic).to_networkx()
    return g, lineage_analysis.lineage_path(g, ia, ib, min_score=min_score, show_generic=show_generic)


def lineage_path(store: StoreLike, a: str, b: str, min_score: float = 0.0, show_generic: bool = False) -> Answer:
    """The BUILDS_ON chain between models ``a`` and ``b``: data ``{"from", "to", "path": [steps], "weakest",
    "later", "earlier"}``: ``path`` runs from the later model down to the earlier (each step's source builds on
    its target), ``later`` is the model that builds on the other (``a`` or ``b`` as shown; None with no chain),
    ``weakest`` the step whose evidence is weakest (``lineage.weakest_link``, None with no chain). The text
    lists the steps in the order the user named the models. Chains of at most 10 steps are found
    (``GraphStore.lineage_between``).

    Raises:
        NodeNotFound: either model is missing.
        KGError: both name one model.
    """
    from kg import queries as named_queries
    from kg.analysis import lineage as lineage_analysis
    from kg.analysis.lineage.apart import shown_name
    from kg.model import MODEL

    hint = ""
    with opened(store) as s:  # only the models near a chain between them are read, through indexed lookups
        ia, ib = named_queries.find(s, MODEL, a), named_queries.find(s, MODEL, b)
        if ia == ib:
            _same_model(s, a, b, ia)
        g, steps = _chain(s, ia, ib, min_score, show_generic)
        if not steps and (min_score > 0 or not show_generic):  # would a hidden edge join them?
            found = _chain(s, ia, ib, 0.0, True)[1]
            options = ([] if show_generic or not any(step["generic"] for step in found) else ["--show-generic"]) + (
                [] if min_score <= 0 or all(step["score"] >= min_score for step in found) else ["--min-score 0"])
            if found and options:
                hint = f"\nA chain through hidden edges joins them: {' '.join(options)} shows it."
        if not steps:  # the models as the graph names them, however they were typed
            na, nb = _node_name(s, MODEL, ia), _node_name(s, MODEL, ib)
    if not steps:
        hint = hint or f"\nkg lineage {shlex.quote(na)} --why {shlex.quote(nb)} says what the graph holds about the two."
        return Answer({"from": a, "to": b, "path": [], "weakest": None, "later": None, "earlier": None},
                      f"No BUILDS_ON chain joins {na} and {nb}.{hint}")
    backward = steps[0]["source"] != shown_name(g, ia)  # b builds on a: shown from a up to b
    later, earlier = (steps[0]["source"], steps[-1]["target"])
    return Answer({"from": a, "to": b, "path": steps, "weakest": lineage_analysis.weakest_link(steps),
                   "later": later, "earlier": earlier}, lineage_analysis.format_path(steps, backward=backward))


def coauthors(store: StoreLike, name: str) -> Answer:
    """The co-authors of ``name`` (``kg.analysis.collab.coauthors``).

    Raises:
        NodeNotFound: no such author (the message says how many papers list only their first authors).
    """
    from kg import queries as named_queries
    from kg.analysis import collab as collab_analysis
    from kg.analysis.namesakes import namesakes_id
    from kg.model import AUTHOR, SUMMARY

    from kg.store.summaries import papers_around, read_summary

    with opened(store) as s:  # only the author's neighbourhood is read, through indexed lookups
        try:
            aid = named_queries.find(s, AUTHOR, name)
        except NodeNotFound as exc:
            raise NodeNotFound(f"{exc}{_first_authors_note(s)}") from None
        owners = _owners(s)
        around = s.coauthorship(aid)
        if owners.get(aid):  # their own papers that do not print them, with those papers' authors
            part = papers_around(s, owners[aid])
            for node in part.nodes.values():
                around.add_node(node)
            for edge in part.edges.values():
                around.add_edge(edge)
        around = _with_owners(s, around, owners)
        grouping = read_summary(s, namesakes_id(aid))  # what the namesake check set apart of their listing
        if grouping:
            around.add_node(Node(namesakes_id(aid), SUMMARY, grouping))
    result = collab_analysis.coauthors(around.to_networkx(), aid)
    return Answer(result, collab_analysis.format_coauthors(result))


def collaboration(store: StoreLike, top: int = 10, seed: int = 0) -> Answer:
    """The shape of the co-authorship network (``kg.analysis.collab.collaboration``), read from the summary the
    build stored (``kg.analysis.summary``); a ``top`` above ``SUMMARY_TOP`` or another ``seed`` than the
    build's is computed from the whole store instead (seconds to minutes on a large one).

    Raises:
        StoreError: the store holds no summary (built by an older version): rebuild it.
    """
    from kg.analysis import collab as collab_analysis
    from kg.analysis import summary

    with opened(store) as s:
        props = _stored_summary(s, store, summary.COLLABORATION_ID)
        if top <= int(props["top"]) and seed == int(props["seed"]):
            result = summary.collaboration_rows(json.loads(str(props["data"])), top)
        else:
            whole = _with_owners(s, s.read(*collab_analysis.COLLAB_READS), _owners(s))
            result = collab_analysis.collaboration(whole.to_networkx(), top=top, seed=seed)
    return Answer(result, collab_analysis.format_collaboration(result))


def _first_authors_note(s: GraphStore) -> str:
    """What a failed author lookup adds where papers list only their first authors ("et al."), from the
    collaboration summary the build stored: the author may be one of those left out ("" when none are)."""
    from kg.analysis import summary
    from kg.analysis.collab import unlisted_note
    from kg.store.summaries import read_summary

    props = read_summary(s, summary.COLLABORATION_ID)
    data = json.loads(str(props["data"])) if props else {}
    return unlisted_note(int(data.get("truncated_papers") or 0), int(data.get("papers") or 0))


def _owners(s: GraphStore) -> dict[str, list[str]]:
    """Listing owner id -> their own papers that do not print them, as the build stored them
    (``kg.analysis.collab.OWNERS_ID``; none in a store without summaries)."""
    from kg.analysis.collab import OWNERS_ID
    from kg.store.summaries import read_summary

    props = read_summary(s, OWNERS_ID)
    return dict(json.loads(str(props["data"]))) if props else {}


def _with_owners(s: GraphStore, graph: Graph, owners: Mapping[str, list[str]]) -> Graph:
    """``graph`` (read from ``s``) with the AUTHORED edges giving its papers their listing's owner
    (``kg.analysis.collab.owner_edges``), the owners' Author nodes read where it lacks them."""
    from kg.analysis.collab import owner_edges
    from kg.model import AUTHOR
    from kg.store.cypher import node_by_id

    for edge in owner_edges(owners):
        if edge.target not in graph.nodes:
            continue
        if edge.source not in graph.nodes:
            for row in s.run(node_by_id(AUTHOR), {"id": edge.source}):
                graph.add_node(Node(edge.source, AUTHOR, dict(row["props"])))
        graph.add_edge(edge)
    return graph


def _stored_summary(s: GraphStore, store: StoreLike, summary_id: str) -> dict[str, Any]:
    """The Summary node ``summary_id`` the build stored, of this version.

    Raises:
        StoreError: there is none, or of another version: names the store and says to rebuild it.
    """
    from kg.analysis.summary import SUMMARY_VERSION
    from kg.store.summaries import read_summary

    props = read_summary(s, summary_id)
    if props is None or props.get("version") != SUMMARY_VERSION:
        raise StoreError(f"the store {store} holds no {'' if props is None else 'current '}summary of the "
                         "whole-graph analyses (it was built by an older version of kg)\n"
                         "  Rebuild it from its sources with kg build (for Neo4j: then kg push it again).")
    return props


def check_authors(store: StoreLike, name: str | None = None, listing: str | None = None) -> Answer:
    """Namesakes: one author's (``name``) or one listing file's papers grouped by likely person.

    An author's groups are read from what the build stored (``kg.analysis.summary``) and described from
    their papers' neighbourhood (indexed reads); a listing's are computed from its papers' neighbourhood
    (``_check_listing``).

    Raises:
        KGError: neither or both of ``name`` and ``listing`` given.
        NodeNotFound: no such author or listing.
        StoreError: the store holds no summary (built by an older version): rebuild it.
    """
    from kg.analysis import namesakes

    if (name is None) == (listing is None):
        raise KGError("give exactly one of an author name (--check) or a listing file (--check-listing)")
    if name is None:
        return _check_listing(store, str(listing))
    from kg import queries as named_queries
    from kg.analysis.common import node_name, papers
    from kg.analysis.namesakes import namesakes_id
    from kg.analysis.summary import COLLABORATION_ID
    from kg.model import AUTHOR
    from kg.store.cypher import node_by_id
    from kg.store.summaries import authored_papers, papers_around, read_summary

    with opened(store) as s:
        _stored_summary(s, store, COLLABORATION_ID)  # the build stored its summaries
        aid = named_queries.find(s, AUTHOR, name)  # else matched loosely against the authors' names only
        stored = read_summary(s, namesakes_id(aid))
        grouped = json.loads(str(stored["data"])) if stored else None
        ids = [p for c in grouped["clusters"] for p in c["ids"]] if grouped else authored_papers(s, aid)
        around = papers_around(s, ids)
        for row in s.run(node_by_id(AUTHOR), {"id": aid}):
            around.add_node(Node(aid, AUTHOR, dict(row["props"])))
    g = around.to_networkx()
    ps = papers(g)
    if grouped is None:  # the build stores no grouping for an author whose papers are all one group
        grouped = {"listings": [], "papers": len(ids),
                   "clusters": [{"ids": sorted(ids, key=lambda p: (ps[p].day or 0, p)), "core": True}]}
    result = {"author": node_name(g, aid), "listings": grouped["listings"],
              **namesakes.describe_groups(g, ps, grouped, aid)}
    return Answer(result, namesakes.format_check(result))


def _check_listing(store: StoreLike, listing: str) -> Answer:
    """``namesakes.check_listing`` on the listing's papers with their authors, organizations and topics (one
    scan of the papers' listings for their names, one for the listing's papers, then indexed reads), and, only when its grouping needs text evidence, their
    entities (the text is weighed over the listing's papers alone, ``namesakes.own_vectors``)."""
    from kg.analysis import namesakes
    from kg.analysis.text import ENTITY_LABELS
    from kg.store.summaries import listing_names, listing_papers, paper_texts, papers_around

    with opened(store) as s:
        known = listing_names(s)
        ids = listing_papers(s, namesakes.listing_name(listing, known))
        g = papers_around(s, ids).to_networkx()

        def texts(some: list[str]) -> Any:
            return paper_texts(s, some, ENTITY_LABELS).to_networkx()

        result = namesakes.check_listing(g, listing, known=known, texts=texts)
    return Answer(result, namesakes.format_check(result))


def viz(store: StoreLike, output: str | Path, *, view: str = "full", focus: str | None = None, depth: int = 2,
        types: Iterable[str] | None = None, since: int | None = None, seed: int = 0, png: bool = False,
        show_generic: bool = False) -> Answer:
    """Write the viewer page (and with ``png`` a PNG preview beside it): data ``{"html", "png"}``; the lineage
    view draws edges to generic architectures only with ``show_generic`` (else it says how many it hides).

    Raises:
        KGError: the folder of ``output`` does not exist (``check_output``).
        VizError: unknown view, label or focus; ``output`` names a PNG (the page is HTML); or no headless browser
            for the PNG.
    """
    from kg.viz import render_html, render_png

    check_output(output)
    if Path(output).suffix.casefold() == ".png":
        raise VizError(f"cannot write the viewer page to {output}: the page is HTML\n  Give -o a name ending in "
                       f".html; --png writes {Path(output).with_suffix('.png').name} beside it.")
    g = hidden = drawn = None
    with opened(store) as s:
        owners = _owners(s) if view != "lineage" else {}  # a listing's owner is an author of their papers
        if focus is not None and types is None and since is None and view in ("ego", "lineage"):
            g, focus = _viz_graph(s, view, focus, depth, show_generic)
            if g is not None and view == "lineage" and not show_generic:  # the part read has none: count them
                hidden = _generic_links(s, g, focus)
            if g is not None and any(a in g or any(p in g for p in ps) for a, ps in owners.items()):
                g = None  # an owner's papers join the ball: drawn from the whole graph with them
        elif view == "lineage" and types is None and since is None:  # every family: models, links, dating papers
            lines, hidden = s.lineages(show_generic)
            g = lines.to_networkx()
        if view == "collaboration" and focus is None and g is None:
            drawn = _stored_drawing(s, seed) if types is None and since is None else None
            if drawn is not None:  # what the build stored: only the authors it draws are read
                from kg.store.summaries import authors_by_id

                g = authors_by_id(s, (row[0] for row in drawn["shown"])).to_networkx()
            else:  # co-authorship reads authors, papers and authorships only
                from kg.analysis.collab import COLLAB_READS

                g = _with_owners(s, s.read(*COLLAB_READS), owners).to_networkx()
        g = _with_owners(s, s.read(), owners).to_networkx() if g is None else g
    html = render_html(g, output, view=view, focus=focus, depth=depth, types=types, since=since, seed=seed,
                       show_generic=show_generic, hidden_generic=hidden, drawn=drawn)
    written = [html, render_png(html, html.with_suffix(".png"))] if png else [html]
    return Answer({"html": str(html), "png": str(written[1]) if png else None},
                  "\n".join(f"Wrote {p}" for p in written))


def _stored_drawing(s: GraphStore, seed: int) -> dict[str, Any] | None:
    """The collaboration view's drawing the build stored (``kg.analysis.summary.COLLABORATION_VIEW_ID``), when
    it was made for ``seed``, the shipped style's bounds (``kg.analysis.collab.drawn_params``) and this layout of
    the drawing (``DRAWN_LAYOUT``); else None."""
    from kg.analysis.collab import DRAWN_LAYOUT, drawn_params
    from kg.analysis.summary import COLLABORATION_VIEW_ID, SUMMARY_VERSION
    from kg.store.summaries import read_summary
    from kg.viz import load_style

    props = read_summary(s, COLLABORATION_VIEW_ID)
    if not props or (props.get("version"), props.get("layout"), props.get("seed")) != (SUMMARY_VERSION, DRAWN_LAYOUT,
                                                                                        seed):
        return None
    data: dict[str, Any] = json.loads(str(props["data"]))
    return data if data.pop("params") == drawn_params(load_style()) else None


def _generic_links(s: GraphStore, g: Any, focus: str) -> int:
    """How many links to generic architectures the lineage view of ``focus`` leaves out: the BUILDS_ON edges
    marked generic at the models it draws (``kg.viz.lineage_graph`` of the part ``g`` read without them)."""
    from kg.viz import lineage_graph

    drawn = list(lineage_graph(g, focus))
    return s.lineage_hidden(drawn, drawn, 0.0, False)["generic"]


def _viz_graph(s: GraphStore, view: str, focus: str, depth: int, show_generic: bool = False) -> tuple[Any, str]:
    """The subgraph an unfiltered ego view, or a lineage view of a model, reads (the same page as from the
    whole graph, read through indexed lookups) and the focus's id; (None, focus) when the lineage focus is
    no model (the whole graph then gives the view's own message).

    Raises:
        NodeNotFound: no node is called ``focus`` (ego view).
    """
    from kg import queries as named_queries
    from kg.errors import NodeNotFound
    from kg.model import MODEL

    if view == "ego":
        fid, label = named_queries.find_any(s, focus)
        return s.ego_around(fid, label, depth).to_networkx(), fid
    try:
        fid = named_queries.find(s, MODEL, focus)
    except NodeNotFound:
        return None, focus
    return s.lineage_family(fid, show_generic).to_networkx(), fid


def query(store: StoreLike, name: str, params: Mapping[str, Any] | None = None) -> Answer:
    """Run the named query ``name`` (``queries/<name>.cypher``) with type-checked ``params``; rows as data,
    and as text the table (or, with no row, what that means, when the file says) and the query's note.

    Raises:
        QueryNotFound: no such query (close names suggested).
        QueryParameterError: a parameter is missing, unknown or of the wrong type.
        NodeNotFound: a name parameter names no node.
    """
    from kg import queries as named_queries

    with opened(store) as s:
        found, values, rows = named_queries.run_named(s, name, dict(params or {}))
    return Answer(rows, named_queries.answer_text(found, values, rows))


def list_queries() -> Answer:
    """Every named query with its parameters and description."""
    from kg import queries as named_queries

    return Answer([q.describe() for q in named_queries.load_all()], named_queries.describe_all())


def cypher(store: StoreLike, statement: str, params: Mapping[str, Any] | None = None) -> Answer:
    """Run one read-only Cypher ``statement``; rows as data, printed like cypher-shell, then a note per label
    or relationship type it names that the graph has none of (``queries.unknown_names``).

    Raises:
        KGError: the statement writes.
        StoreError: the store refuses it (the engine's first line, without Java class names).
    """
    from kg import queries as named_queries

    with opened(store) as s:
        try:
            rows = named_queries.run_cypher(s, statement, dict(params or {}))
        except BackendUnavailable:
            raise
        except StoreError as exc:
            message = engine_message(str(exc))
            where = " near the place named" if re.search(r"\bline \d+", message) else ""
            raise StoreError(f"the store could not run the statement: {message}\n"
                             f"  Check the Cypher{where} (kg cypher runs read-only clauses; "
                             "values go in as $name with -p name=VALUE).") from exc
    notes = [f"Note: {note}" for note in named_queries.unknown_names(statement)]
    return Answer(named_queries.jsonable(rows), "\n".join([named_queries.format_rows(rows), *notes]))


_JAVA_CLASS = re.compile(r"(?<![\w.$])(?:[a-z_][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b:?\s*")
_STATUS_CODE = re.compile(r"^Neo\.\w+\.\w+\.\w+:\s*")  # a Bolt status code (Neo.ClientError.Statement.X)


def engine_message(text: str) -> str:
    """The first line of a store's error without its ``query failed on ...:`` prefix, Bolt status codes,
    Java class names and ``(caused by ...)`` parts: the same words from either backend.

    Examples:
        >>> engine_message("query failed on s: Query failed: com.x.CommandParsingException: Syntax error at "
        ...                "line 1:9 (caused by org.y.NoViableAltException: null)\\n  query: MATCH (n")
        'Syntax error at line 1:9'
        >>> engine_message("query failed on bolt://h:7687: Neo.ClientError.Statement.SyntaxError: Invalid input")
        'Invalid input'
    """
    line = (text.splitlines() or [""])[0]
    line = re.sub(r"^query failed on \S+?: ", "", line)
    line = re.sub(r"\s*\(caused by .*\)\s*$", "", line)
    line = _JAVA_CLASS.sub("", line).strip()
    while (shorter := _STATUS_CODE.sub("", re.sub(r"^Query failed:\s*", "", line))) != line:
        line = shorter
    return line or text.strip()


def extract(text: str, title: str = "", model: str | None = None, categories: Sequence[str] = ()) -> Answer:
    """The entities (with spans and rules) and relations found in one abstract; ``categories`` (arXiv codes
    such as ``cs.CL`` or ``astro-ph.SR``) decide whether it is about ML, else its text does. The text is read
    as a build reads a record's (``kg.sources.records.record_text``: LaTeX markup decoded, a line break a space,
    so a name wrapped over two lines is one name); spans are offsets into that text.

    Raises:
        KGError: ``text`` is empty (or only spaces).
        ExtractionError: the spaCy pipeline (or ``model``) cannot be loaded.
    """
    from kg.extract import extract_text, format_spans
    from kg.sources.records import record_text

    if not text.strip():
        raise KGError("nothing to extract: give text, --file F or - for standard input")
    result = extract_text(record_text(text), record_text(title), model, categories)
    return Answer(result, format_spans(result))


def evaluate(gold: str | Path | None = None, misses: int = 20, *, corpus: str | Path | None = None,
             labels: str | Path | None = None, part: str = "dev") -> Answer:
    """Extraction scored against a gold JSONL file, or against a labelled corpus (``corpus`` with ``labels``,
    scoring ``part``: dev, heldout or all), both the same way: precision, recall and F1 per type, the junk
    rate, abstracts outside ML, then the misses.

    Raises:
        KGError: neither ``gold`` nor ``corpus`` with ``labels`` given.
        SourceError: a bad gold or label line.
    """
    from kg.extract import evaluate as scoring

    if corpus is not None and labels is not None:
        report = scoring.evaluate_corpus(corpus, labels, part)
    elif gold is not None:
        report = scoring.evaluate(str(gold))
    else:
        raise KGError("give a gold file, or a corpus with its labels")
    return Answer(report.as_dict(), scoring.format_report(report, misses))
