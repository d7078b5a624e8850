"""Exports of a Graph: node-link JSON, GraphML, GEXF, neo4j-admin import CSV files and a replayable Cypher script.

Every export is well-formed for any stored string: a number that is not finite (NaN, Infinity) is written as
null (left out where a format has no null), a lone UTF-16 surrogate as U+FFFD; XML exports write a
character XML 1.0 cannot hold (a control character) as U+FFFD and keep a carriage return as ``&#13;``;
CSV fields holding a comma, quote, CR or LF are quoted.
"""

from __future__ import annotations

import json
import math
import re
import shlex
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.model import Edge, Graph, Node, Value

SURROGATES = re.compile("[\ud800-\udfff]")
XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(value: Any) -> Any:
    """``value`` with non-finite floats as None and lone surrogates as U+FFFD, lists item by item."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return SURROGATES.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def exportable(graph: Graph) -> Graph:
    """A copy of ``graph`` every format can hold: no NaN or Infinity (None instead), no lone surrogates.

    Examples:
        >>> g = Graph()
        >>> _ = g.add_node(Node("paper:x", "Paper", {"score": float("nan"), "title": "a\\ud83d"}))
        >>> exportable(g).nodes["paper:x"].props
        {'score': None, 'title': 'a\\ufffd'}
    """
    out = Graph()
    for node in graph.nodes.values():
        out.nodes[_clean(node.id)] = Node(_clean(node.id), node.label, {k: _clean(v) for k, v in node.props.items()})
    for edge in graph.edges.values():
        clean = Edge(_clean(edge.source), edge.type, _clean(edge.target), {k: _clean(v) for k, v in edge.props.items()})
        out.edges[clean.key] = clean
    return out


def node_link(graph: Graph) -> dict[str, Any]:
    """networkx node-link data (edges under ``edges``): nodes carry id, label, name and their properties."""
    import networkx as nx

    data: dict[str, Any] = nx.node_link_data(graph.to_networkx(), edges="edges")
    return data


def _flat(graph: Graph) -> Any:
    """A networkx copy whose list properties are JSON strings (GraphML and GEXF hold scalars only)."""
    g = graph.to_networkx()
    for _, attrs in g.nodes(data=True):
        attrs.update({k: json.dumps(v, ensure_ascii=False) for k, v in attrs.items() if isinstance(v, list)})
    for _, _, attrs in g.edges(data=True):
        attrs.update({k: json.dumps(v, ensure_ascii=False) for k, v in attrs.items() if isinstance(v, list)})
    return g


def write_node_link(graph: Graph, out: Path) -> None:
    """Write ``graph`` as networkx node-link JSON (``node_link``), keys sorted: the same graph, the same bytes."""
    out.write_text(json.dumps(node_link(graph), indent=1, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n",
                   encoding="utf-8")


def _xml_escape(text: str, attribute: bool) -> str:
    r"""Text for XML 1.0: markup escaped, CR as ``&#13;`` (a parser would turn a raw CR into LF), characters
    XML cannot hold as U+FFFD; in attributes also quotes, LF and tab as references.

    Examples:
        >>> _xml_escape("a<b\r\nc\x1b", attribute=False)
        'a&lt;b&#13;\nc\ufffd'
    """
    text = XML_INVALID.sub("\ufffd", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")
    if attribute:
        text = text.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return text


def _xml_parts(elem: Any) -> Iterator[str]:
    """An ElementTree element (tags and attribute names from networkx, never from data) as XML text."""
    attrs = "".join(f' {k}="{_xml_escape(str(v), True)}"' for k, v in elem.attrib.items())
    if elem.text is None and len(elem) == 0:
        yield f"<{elem.tag}{attrs} />"
    else:
        yield f"<{elem.tag}{attrs}>" + _xml_escape(elem.text or "", False)
        for child in elem:
            yield from _xml_parts(child)
        yield f"</{elem.tag}>"
    if elem.tail:
        yield _xml_escape(elem.tail, False)


def _write_xml(root: Any, out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("<?xml version='1.0' encoding='utf-8'?>\n")
        handle.writelines(_xml_parts(root))


def write_graphml(graph: Graph, out: Path) -> None:
    """Write ``graph`` as GraphML (list properties as JSON text, which GraphML cannot hold otherwise)."""
    from networkx.readwrite.graphml import GraphMLWriter

    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(_flat(graph))
    writer.indent(writer.xml)
    _write_xml(writer.xml, out)


def write_gexf(graph: Graph, out: Path) -> None:
    """Write ``graph`` as GEXF for Gephi (list properties as JSON text)."""
    from networkx.readwrite.gexf import GEXFWriter

    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph(_flat(graph))
    writer.indent(writer.xml)
    _write_xml(writer.xml, out)


ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u001f")
# when list items hold all of them: private-use characters, then any other, the first no item holds
FALLBACK_DELIMITERS = (range(0xE000, 0xF900), range(0x100, 0xD800))
CSV_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _column_type(values: Iterable[Value]) -> str:
    """The neo4j-admin type of a column: ``long``, ``double``, ``boolean``, ``string`` or one of them + ``[]``."""
    kinds: set[type] = set()
    lists: set[bool] = set()
    for v in values:
        if isinstance(v, list):
            lists.add(True)
            kinds.update(type(x) for x in v)
        elif v is not None:
            lists.add(False)
            kinds.add(type(v))
    if kinds == {int, float}:
        kinds = {float}
    base = CSV_TYPES[kinds.pop()] if len(kinds) == 1 else "string"
    return base + "[]" if lists == {True} else base


def _csv_value(value: Value, kind: str, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(_csv_value(v, kind.removesuffix("[]"), delimiter) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv_field(text: str) -> str:
    r"""A CSV field, quoted when it holds a comma, a quote, CR or LF (Python's csv leaves a bare CR unquoted).

    Examples:
        >>> _csv_field("a\rb"), _csv_field("plain")
        ('"a\rb"', 'plain')
        >>> print(_csv_field('say "x" twice'))
        "say ""x"" twice"
    """
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for row in [header, *rows]:
            handle.write(",".join(map(_csv_field, row)) + "\n")


def write_neo4j_csv(graph: Graph, out: Path) -> None:
    """Write ``out/`` as ``neo4j-admin database import full`` reads it, plus ``import.sh`` with the command.

    One ``nodes_<Label>.csv`` per label (``id:ID`` also stored as the ``id`` property, ``:LABEL``, typed
    property columns) and one ``relationships_<TYPE>.csv`` per type (``:START_ID``, ``:END_ID``, ``:TYPE``).
    List properties are joined with the first of ``; | ¦ \\x1f`` that no list item contains (when items hold
    all four, the first private-use character none holds); ``import.sh`` passes it as ``--array-delimiter``.
    """
    items = [x for n in graph.nodes.values() for v in n.props.values() if isinstance(v, list) for x in v]
    items += [x for e in graph.edges.values() for v in e.props.values() if isinstance(v, list) for x in v]
    used = set("".join(str(x) for x in items))
    fallback = map(chr, chain(*FALLBACK_DELIMITERS))
    delimiter = next(d for d in chain(ARRAY_DELIMITERS, fallback) if d not in used)
    out.mkdir(parents=True, exist_ok=True)
    args = ["neo4j-admin", "database", "import", "full", f"--array-delimiter={delimiter}",
            "--multiline-fields=true", "--overwrite-destination"]
    for label in sorted({n.label for n in graph.nodes.values()}):
        nodes = sorted((n for n in graph.nodes.values() if n.label == label), key=lambda n: n.id)
        keys = sorted({k for n in nodes for k, v in n.props.items() if v is not None} - {"id"})
        kinds = [_column_type(n.props.get(k) for n in nodes) for k in keys]
        _write_csv(out / f"nodes_{label}.csv", ["id:ID", ":LABEL"] + [f"{k}:{t}" for k, t in zip(keys, kinds)],
                   [[n.id, label] + [_csv_value(n.props.get(k), t, delimiter) for k, t in zip(keys, kinds)]
                    for n in nodes])
        args.append(f"--nodes=nodes_{label}.csv")
    for rel in sorted({e.type for e in graph.edges.values()}):
        edges = sorted((e for e in graph.edges.values() if e.type == rel), key=lambda e: e.key)
        keys = sorted({k for e in edges for k, v in e.props.items() if v is not None})
        kinds = [_column_type(e.props.get(k) for e in edges) for k in keys]
        _write_csv(out / f"relationships_{rel}.csv",
                   [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{t}" for k, t in zip(keys, kinds)],
                   [[e.source, e.target, rel] + [_csv_value(e.props.get(k), t, delimiter) for k, t in zip(keys, kinds)]
                    for e in edges])
        args.append(f"--relationships=relationships_{rel}.csv")
    script = ("#!/bin/sh\n# Load into a stopped, empty database (default: neo4j).\n"
              'cd "$(dirname "$0")"\n')
    (out / "import.sh").write_text(script + shlex.join(args) + ' "${1:-neo4j}"\n', encoding="utf-8")


def cypher_literal(value: Any) -> str:
    r"""A Cypher literal for a property value or row: strings single-quoted with every quote, backslash and
    non-printable character escaped, so a statement is one line and no value can end the string.

    Examples:
        >>> print(cypher_literal({"t": "it's\nx", "n": [1, 2.5, True]}))
        {`t`: 'it\'s\u000ax', `n`: [1, 2.5, true]}
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise KGError(f"{value} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return "'" + "".join(_escape(ch) for ch in value) + "'"
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{str(k).replace('`', '``')}`: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise KGError(f"{value!r} has no Cypher literal")


def _escape(ch: str) -> str:
    if ch in "\\'\"":
        return "\\" + ch
    if ch.isprintable():
        return ch
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"


SCRIPT_BATCH = 500


def cypher_script(graph: Graph) -> Iterable[str]:
    """One-line statements that rebuild ``graph``: schema first, then the store's own UNWIND MERGE statements
    with ``$rows`` replaced by a literal list (values escaped by ``cypher_literal``, never spliced raw)."""
    from kg.store.cypher import batches, schema_statements, write_plan

    yield from schema_statements().values()
    for step in write_plan(graph):
        for chunk in batches(step.rows, SCRIPT_BATCH):
            yield step.statement(cypher_literal(chunk))


def write_cypher(graph: Graph, out: Path) -> None:
    """A script for ``cypher-shell -f FILE``: one statement per line, each ending in ``;``."""
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("// paper-kg graph: replay with cypher-shell -f FILE (MERGE on ids: twice adds nothing)\n")
        for statement in cypher_script(graph):
            handle.write(statement + ";\n")


FORMATS: dict[str, Callable[[Graph, Path], None]] = {
    "node-link": write_node_link,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "neo4j-csv": write_neo4j_csv,
    "cypher": write_cypher,
}


def export_graph(graph: Graph, fmt: str, out: Path) -> Path:
    """Write ``graph`` to ``out`` in ``fmt``; the same graph always gives the same bytes."""
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if (fmt == "neo4j-csv") == out.is_file() and out.exists():
        want = "a directory" if fmt == "neo4j-csv" else "a file"
        raise KGError(f"{out} exists and is not {want}; {fmt} writes {want}")
    try:
        FORMATS[fmt](exportable(graph), out)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(out) else ""
        raise KGError(f"cannot write {out}: {exc.strerror or exc}{where}\n"
                      "  Give -o a path in a folder you can write to.") from exc
    return out
