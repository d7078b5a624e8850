"""Named Cypher queries: one ``queries/<name>.cypher`` file each, loaded and type-checked here.

A file starts with header comments::

    // name: coauthors
    // description: Co-authors of an author with shared-paper counts.
    // param name: str - author name, e.g. Nan Du
    // note: what the rows leave out, printed after them (optional)
    // empty: why no row can come back, printed instead of "(0 rows)"; {name} is the node it names (optional)

Parameter types are ``str``, ``int``, ``float`` and ``bool``, or a node label (``Model``, ``Author``, ...): a
name the user writes as for ``kg lineage`` (any case, dashes, sizes, aliases, plural) that is looked up with
``find_node`` and passed on as the node's stored ``name``. Values reach Cypher only as ``$parameters``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.cypher_guard import check_read_only, tokenize
from kg.errors import KGError, QueryNotFound, QueryParameterError
from kg.model import AUTHOR, LABELS, PAPER, REL_TYPES, STORED_LABELS, node_id
from kg.names import check_asked, entity_key
from kg.paths import QUERIES_DIR

from kg.store.base import NodeValue, PathValue, RelValue

if TYPE_CHECKING:
    from kg.store.base import GraphStore

TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}
HEADER = re.compile(r"^//\s*(name|description|param|note|empty)\s*(.*)$")
PARAM = re.compile(r"^(\w+)\s*:\s*(\w+)\s*(?:-\s*(.*))?$")
USED_PARAM = re.compile(r"\$(\w+)")
TRUE, FALSE = {"true", "1", "yes"}, {"false", "0", "no"}


@dataclass(frozen=True)
class Param:
    """One declared parameter: its name, type (``str``, ``int``, ``float``, ``bool`` or a node label) and text."""

    name: str
    type: str
    description: str = ""


@dataclass(frozen=True)
class Query:
    """One named query: its Cypher text and the parameters its header declares."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path = field(compare=False)
    note: str = ""  # how its answer differs from the command answering the same question (``kg query`` prints it)
    empty: str = ""  # what no row means, with ``{param}`` for the stored name a parameter found

    def describe(self) -> dict[str, Any]:
        """The query as JSON-ready data: name, description, parameters and note (``kg query --list --json``)."""
        return {"name": self.name, "description": self.description,
                "params": [{"name": p.name, "type": p.type, "description": p.description} for p in self.params],
                "note": self.note}


def parse(text: str, path: Path) -> Query:
    """Read a query file's header and check it declares exactly the ``$parameters`` its text uses.

    Examples:
        >>> q = parse("// description: d\\n// param x: int - a number\\nRETURN $x AS x\\n", Path("n.cypher"))
        >>> q.name, [p.type for p in q.params], q.text
        ('n', ['int'], 'RETURN $x AS x')
    """
    name, description, note, empty, params, body = path.stem, "", "", "", [], []
    for number, line in enumerate(text.splitlines(), 1):
        head = HEADER.match(line.strip())
        if head is None:
            if not line.strip().startswith("//"):
                body.append(line)
            continue
        key, value = head.group(1), head.group(2).lstrip(":").strip()
        if key == "name":
            name = value
        elif key == "description":
            description = value
        elif key == "note":
            note = value
        elif key == "empty":
            empty = value
        else:
            m = PARAM.match(value)
            if m is None or (m.group(2) not in TYPES and m.group(2) not in LABELS):
                raise KGError(f"{path}:{number}: bad parameter line {line.strip()!r}\n"
                              f"  Write: // param NAME: {'|'.join((*TYPES, *LABELS))} - what it is")
            params.append(Param(m.group(1), m.group(2), (m.group(3) or "").strip()))
    cypher = "\n".join(body).strip()
    declared, used = {p.name for p in params}, set(USED_PARAM.findall(cypher))
    if declared != used:
        raise KGError(f"{path}: header declares {sorted(declared)} but the query uses {sorted(used)}")
    if name != path.stem:
        raise KGError(f"{path}: header name {name!r} differs from the file name {path.stem!r}")
    unknown = set(re.findall(r"\{(\w+)\}", empty)) - declared
    if unknown:
        raise KGError(f"{path}: the empty line names {sorted(unknown)}, which the header does not declare")
    return Query(name, description, tuple(params), cypher, path, note, empty)


def names(directory: Path = QUERIES_DIR) -> list[str]:
    """The names of every query in ``directory``, sorted."""
    return sorted(p.stem for p in directory.glob("*.cypher"))


def load(name: str, directory: Path = QUERIES_DIR) -> Query:
    """The query ``name``; raises QueryNotFound listing the names that exist."""
    path = directory / f"{name}.cypher"
    if not re.fullmatch(r"\w+", name) or not path.is_file():
        import difflib

        known = names(directory)
        close = difflib.get_close_matches(name.replace("-", "_"), known, n=3, cutoff=0.6)
        hint = f"\n  Did you mean: {', '.join(close)}?" if close else ""
        raise QueryNotFound(f"no query named {name!r}{hint}\n  Queries: {', '.join(known)}\n"
                            "  See them with parameters: kg query --list")
    return parse(path.read_text(encoding="utf-8"), path)


def load_all(directory: Path = QUERIES_DIR) -> list[Query]:
    """Every query in ``directory``, by name.

    Raises:
        KGError: a query file with a bad header.
    """
    return [load(n, directory) for n in names(directory)]


def _convert(query: Query, param: Param, value: Any) -> Any:
    want = TYPES.get(param.type, str)
    if isinstance(value, str) and want is not str:
        text = value.strip().lower()
        try:
            if want is bool:
                if text not in TRUE | FALSE:
                    raise ValueError(text)
                return text in TRUE
            return want(text)
        except ValueError:
            pass
    elif isinstance(value, want) and not (want is not bool and isinstance(value, bool)):
        return value
    elif want is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise QueryParameterError(f"query {query.name!r}: parameter {param.name!r} must be {param.type}, "
                              f"got {value!r}\n  {_usage(query)}")


def _usage(query: Query) -> str:
    if not query.params:
        return f"{query.name} takes no parameters"
    return f"{query.name} takes: " + ", ".join(f"{p.name} ({p.type}: {p.description})" for p in query.params)


def bind(query: Query, params: dict[str, Any]) -> dict[str, Any]:
    """Check ``params`` against the header (all present, none unknown) and convert strings to the declared types.

    Examples:
        >>> q = parse("// param n: int - how many\\nRETURN $n AS n", Path("q.cypher"))
        >>> bind(q, {"n": "3"})
        {'n': 3}
    """
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    missing = [p.name for p in query.params if p.name not in params]
    if unknown or missing:
        problem = "; ".join(filter(None, [f"missing parameter {', '.join(missing)}" if missing else "",
                                          f"unknown parameter {', '.join(unknown)}" if unknown else ""]))
        example = " ".join(f"--param {p.name}=..." for p in query.params)
        raise QueryParameterError(f"query {query.name!r}: {problem}\n  {_usage(query)}\n"
                                  f"  Example: kg query {query.name} {example}".rstrip())
    return {k: _convert(query, declared[k], v) for k, v in params.items()}


def parse_assignments(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``["name=Nan Du", "n=3"]`` as a dict; raises QueryParameterError on an item without ``=``."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryParameterError(f"bad --param {pair!r}: write --param key=value")
        out[key.strip()] = value
    return out


def run_query(store: GraphStore, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run the named query on ``store`` with type-checked ``params``; rows as dicts.

    Raises:
        QueryNotFound: no such query (the message lists the names and the closest ones).
        QueryParameterError: a parameter is missing, unknown or of the wrong type.
        NodeNotFound: a name parameter (typed by a label) matches no node.
    """
    return run_named(store, name, params)[2]


def run_named(store: GraphStore, name: str,
              params: dict[str, Any] | None = None) -> tuple[Query, dict[str, Any], list[dict[str, Any]]]:
    """As ``run_query``, with the query and the values it ran with (a name parameter as the stored name).

    Raises:
        As ``run_query``.
    """
    query = load(name)
    values = resolve_names(store, query, bind(query, params or {}))
    return query, values, store.run(query.text, values)


def answer_text(query: Query, values: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    """``rows`` as ``format_rows`` prints them, or, when there is none and the query says why, the reason;
    then the query's note.

    Examples:
        >>> q = parse("// param x: str\\n// empty: {x} has no parent.\\nRETURN $x AS x", Path("p.cypher"))
        >>> print(answer_text(q, {"x": "GShard"}, []))
        (0 rows: GShard has no parent.)
        >>> print(answer_text(q, {"x": "GShard"}, [{"x": "GShard"}]))
        x
        GShard
        (1 row)
    """
    text = format_rows(rows)
    if not rows and query.empty:
        text = f"(0 rows: {query.empty.format_map({k: str(v) for k, v in values.items()})})"
    return text + (f"\nNote: {query.note}" if query.note else "")


def resolve_names(store: GraphStore, query: Query, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with each label-typed parameter replaced by the stored name of the node it names (a
    Paper's by its id).

    Raises:
        NodeNotFound: a name matches no node of its label; the message lists close names.
    """
    from kg.store.cypher import node_by_id

    out = dict(values)
    for param in query.params:
        if param.type == PAPER:  # titles need not be unique: a paper goes on as its id
            out[param.name] = find(store, PAPER, str(values[param.name]))
        elif param.type in LABELS:
            nid = find(store, param.type, str(values[param.name]))
            rows = store.run(node_by_id(param.type), {"id": nid})
            out[param.name] = str((rows[0]["props"].get("name") if rows else None) or values[param.name])
    return out


def find(store: GraphStore, label: str, name: str) -> str:
    """The id of the ``label`` node a user calls ``name``, as ``kg.analysis.common.find_node`` finds it in the
    whole graph: by id (a paper's in any identifier spelling) or exact name through the store's indexes (``GraphStore.find_exact``), else matched
    loosely against that label's names only (``GraphStore.names``).

    Raises:
        NodeNotFound: no such node; the message lists close names.
    """
    check_asked(name)
    hit = store.find_exact(label, name)
    if label == PAPER and hit is None:  # an identifier in another spelling
        from kg.sources.ids import paper_id

        pid = paper_id(name)
        hit = store.find_exact(PAPER, pid) if pid else None
    if hit is not None:
        return hit
    from kg.analysis.common import find_node  # networkx: only for a loose match

    return find_node(store.names(label).to_networkx(), label, name, elsewhere=lambda asked: next(
        (lb for lb in LABELS if lb != label and (store.find_exact(lb, asked) is not None or store.find_exact(
            lb, node_id(lb, entity_key(asked))) is not None)), None) or _alias_label(store, label, asked))
    # "kg lineage GLUE", "kg lineage glue": say what the name is, through the store's indexes (a name's key is its
    # node's id, whatever its case), else by another label's aliases ("Expert Routing Evaluation" of ERE)


def _alias_label(store: GraphStore, label: str, asked: str) -> str | None:
    """The first label other than ``label`` (papers and authors aside) with a node the lookup's own name index
    (``kg.analysis.common.name_index``: names and aliases) holds for ``asked``, else None; read only when a lookup
    has failed."""
    from kg.analysis.common import lookup_name, name_index  # networkx: only on this failure path

    return next((lb for lb in LABELS if lb not in (label, PAPER, AUTHOR) and lookup_name(
        name_index(store.names(lb).to_networkx(), lb), asked, endings=False, label=lb) is not None), None)


def find_any(store: GraphStore, name: str) -> tuple[str, str]:
    """The id and label of the node of any label a user calls ``name``, as ``kg.analysis.common.find_node``
    finds it in the whole graph with no label (``kg viz --focus``): by id, else by exact name or title (the
    lowest id of any label), through the store's indexes; else matched loosely against every label's names.

    Raises:
        NodeNotFound: no such node; the message lists close names.
    """
    from kg.model import Graph
    from kg.store.cypher import INDEXED, find_by

    from kg.sources.ids import paper_id

    check_asked(name)
    for label, nid in [*((label, name) for label in LABELS), (PAPER, paper_id(name))]:
        rows = store.run(find_by(label, "id"), {"value": nid}) if nid else []
        if rows:
            return str(rows[0]["id"]), label
    exact = sorted((str(row["id"]), label) for label in LABELS for prop in INDEXED.get(label, ())
                   for row in store.run(find_by(label, prop), {"value": name}))
    if exact:
        return exact[0]
    from kg.analysis.common import find_node

    names = Graph()
    for label in LABELS:
        for node in store.names(label).nodes.values():
            names.add_node(node)
    hit = find_node(names.to_networkx(), None, name)
    return hit, names.nodes[hit].label


def run_cypher(store: GraphStore, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run ad-hoc read-only Cypher, guarded twice: the tokenizer of ``kg.cypher_guard`` refuses write and
    admin clauses with a message, and the store runs the statement where no write can last
    (``GraphStore.run_read_only``: the engine's idempotent-only query path or a read transaction, rolled
    back either way). Nodes, relationships and paths come back as ``NodeValue``, ``RelValue`` and
    ``PathValue`` (no backend ids).

    Raises:
        CypherRefused: a write or admin clause, an unknown procedure, unreadable text.
        StoreError: the store refused or failed the statement.
    """
    check_read_only(cypher)
    return store.run_read_only(cypher, params or {})


def unknown_names(cypher: str) -> list[str]:
    """Notes on the labels and relationship types ``cypher`` names that the graph has none of (a misspelt
    label matches nothing, with no error from either backend), each with the close ones and the list.

    A label is a name after ``:`` (or ``|``) in a node pattern or a ``WHERE n:Label`` test; a type the same
    in a relationship pattern (``-[r:TYPE]->``); names inside maps and list expressions are neither.

    Examples:
        >>> unknown_names("MATCH (n:Modle {name: m.x})-[:USES|CITE]->(p) WHERE p:Paper RETURN [x IN [1] | x]")[0]
        'Modle is not a label (did you mean Model?); labels: Author, Dataset, Hardware, Model, Org, Paper, Topic'
        >>> unknown_names("MATCH (n:Model)-[:USES|CITE]->(p) RETURN n")[0].split(";")[0]
        'CITE is not a relationship type (did you mean CITES?)'
    """
    import difflib

    tokens = tokenize(cypher)
    opened: list[str] = []  # "(", "rel", "{" or "list": the brackets around a token
    found: dict[str, str] = {}  # name -> "label" or "type", in order
    for i, t in enumerate(tokens):
        if t.kind != "punct":
            continue
        if t.text in "([{":
            rel = t.text == "[" and i > 0 and tokens[i - 1].text in ("-", "<-", "<")
            opened.append("rel" if rel else "list" if t.text == "[" else t.text)
        elif t.text in ")]}" and opened:
            opened.pop()
        elif t.text in (":", "|") and i + 1 < len(tokens) and tokens[i + 1].kind in ("word", "name") \
                and "{" not in opened and "list" not in opened and (t.text == ":" or opened):
            found.setdefault(tokens[i + 1].text, "type" if opened and opened[-1] == "rel" else "label")
    notes = []
    for name, kind in found.items():
        known = sorted(STORED_LABELS if kind == "label" else REL_TYPES)
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            what = "a label" if kind == "label" else "a relationship type"
            hint = f" (did you mean {close[0]}?)" if close else ""
            notes.append(f"{name} is not {what}{hint}; {kind}s: {', '.join(k for k in known if k != 'Summary')}")
    return notes


def _literal(value: Any) -> str:
    """A value written as cypher-shell writes it: strings quoted, lists and maps in Cypher syntax."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_literal(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, NodeValue):
        props = f" {_literal(value.props)}" if value.props else ""
        return "(" + "".join(f":{label}" for label in value.labels) + props + ")"
    if isinstance(value, RelValue):
        return f"[:{value.type}{f' {_literal(value.props)}' if value.props else ''}]"
    if isinstance(value, PathValue):
        out = _literal(value.nodes[0]) if value.nodes else ""
        for rel, node in zip(value.rels, value.nodes[1:], strict=False):
            out += (f"-{_literal(rel)}->" if rel.forward else f"<-{_literal(rel)}-") + _literal(node)
        return out
    return str(value)


def _cell(value: Any) -> str:
    """A table cell: a top-level string or number as it is, anything else as cypher-shell writes it."""
    if value is None:
        return ""
    if isinstance(value, str) or (isinstance(value, int | float) and not isinstance(value, bool)):
        return str(value)
    return _literal(value)


def format_rows(rows: list[dict[str, Any]]) -> str:
    """Rows as an aligned text table, then the row count; nodes, relationships, paths, lists and maps as
    cypher-shell prints them (``(:Model {name: "GShard"})``, ``["a", "b"]``), without backend ids.

    Examples:
        >>> print(format_rows([{"name": "GPipe", "depth": 1}, {"name": "Mesh", "depth": None}]))
        name   depth
        GPipe  1
        Mesh
        (2 rows)
        >>> a, b = NodeValue(("Model",), {"name": "GSPMD"}), NodeValue(("Model",), {"name": "GShard"})
        >>> print(format_rows([{"p": PathValue((a, b), (RelValue("BUILDS_ON", {"score": 0.9}),)), "l": ["x"]}]))
        p                                                                              l
        (:Model {name: "GSPMD"})-[:BUILDS_ON {score: 0.9}]->(:Model {name: "GShard"})  ["x"]
        (1 row)
    """
    if not rows:
        return "(0 rows)"
    columns = list(rows[0])
    table = [columns] + [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in table]
    return "\n".join(lines + [f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def jsonable(value: Any) -> Any:
    """``value`` with nodes as ``{"labels", "properties"}``, relationships as ``{"type", "properties"}`` and
    paths as ``{"nodes", "relationships"}`` (each relationship with ``"forward"``): JSON-ready.

    Examples:
        >>> jsonable([{"n": NodeValue(("Model",), {"name": "GShard"})}])
        [{'n': {'labels': ['Model'], 'properties': {'name': 'GShard'}}}]
    """
    if isinstance(value, NodeValue):
        return {"labels": list(value.labels), "properties": jsonable(value.props)}
    if isinstance(value, RelValue):
        return {"type": value.type, "properties": jsonable(value.props), "forward": value.forward}
    if isinstance(value, PathValue):
        return {"nodes": [jsonable(n) for n in value.nodes], "relationships": [jsonable(r) for r in value.rels]}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


def describe_all(directory: Path = QUERIES_DIR) -> str:
    """``kg query --list`` text: each query with its parameters and description."""
    out = []
    for q in load_all(directory):
        params = ", ".join(f"{p.name}: {p.type}" for p in q.params)
        out.append(f"{q.name}{f' ({params})' if params else ''}\n  {q.description}")
    return "\n".join(out)


def guess_value(text: str) -> Any:
    """A ``kg cypher --param`` value: JSON when it parses as JSON (NaN and Infinity are not JSON), else the
    text itself.

    Examples:
        >>> guess_value("3"), guess_value("true"), guess_value("Nan Du"), guess_value('["a"]'), guess_value("NaN")
        (3, True, 'Nan Du', ['a'], 'NaN')

    Raises:
        QueryParameterError: a value nested too deeply to read.
    """
    from kg.sources.listings import parse_json

    try:
        return parse_json(text)
    except ValueError as exc:
        if "nested too deeply" in str(exc):
            raise QueryParameterError(f"a --param value is nested too deeply to read: {text[:20]}...\n"
                                      "  Pass a flatter JSON value, or a plain string.") from None
        return text
