"""Print, as JSON, every Cypher text the project runs: the query templates, the store's write/read statements,
the Neo4j schema statements and a sample export statement, with the schema and parameters the linter needs.

Usage: python .ci/dump_cypher.py > .ci/statements.json && node .ci/lint_cypher.mjs .ci/statements.json
"""

from __future__ import annotations

import json
import sys

from kg.export import cypher_script
from kg.model import (AUTHOR, AUTHORED, INTRODUCES, LABELS, PAPER, PAPER_TARGET_LABELS, REL_TYPES, SCHEMA, SOURCE_LABELS,
                      STORED_LABELS, TARGET_LABELS, Edge, Graph, Node)
from kg.analysis.text import ENTITY_LABELS
from kg.queries import TYPES, load_all
from kg.store import cypher
from kg.store.cypher import schema_statements

SAMPLE = {"str": "x", "int": 1, "float": 1.0, "bool": True}


def sample_graph() -> Graph:
    g = Graph()
    g.add_node(Node("paper:x", PAPER, {"title": "It's \"x\"\n", "year": 2020, "categories": ["cs.LG"]}))
    g.add_node(Node("author:y", AUTHOR, {"name": "Y"}))
    g.add_edge(Edge("author:y", AUTHORED, "paper:x", {"position": 0}))
    return g


def fixed_statements() -> list[tuple[str, str]]:
    """Every statement kg.store.cypher holds as a constant (an upper-case name whose text reads or writes the
    graph), so a statement added there is linted without being listed here."""
    return [(name, text) for name, text in sorted(vars(cypher).items())
            if name.isupper() and not name.startswith("_") and isinstance(text, str) and "{label}" not in text
            and any(word in text for word in ("MATCH", "RETURN", "SHOW"))]


def statements() -> list[dict[str, str]]:
    out = [{"name": f"queries/{q.name}.cypher", "query": q.text} for q in load_all()]
    out += [{"name": f"upsert_nodes {label}", "query": cypher.upsert_nodes(label)} for label in STORED_LABELS]
    out += [{"name": f"upsert_edges {rel} {s}->{t}", "query": cypher.upsert_edges(rel, s, t)}
            for rel, (sources, targets) in SCHEMA.items() for s in sources for t in targets]
    # kg build --add's differential write (kg/store/delta.py)
    out += [{"name": f"{fn.__name__} {label}", "query": fn(label)}
            for fn in (cypher.replace_node, cypher.delete_nodes) for label in STORED_LABELS]
    out += [{"name": f"{fn.__name__} {rel} {s}->{t}", "query": fn(rel, s, t)}
            for fn in (cypher.replace_edge, cypher.delete_edges)
            for rel, (sources, targets) in SCHEMA.items() for s in sources for t in targets]
    out += [{"name": f"read_nodes {label}", "query": cypher.read_nodes(label)} for label in STORED_LABELS]
    out += [{"name": f"read_edges {rel}", "query": cypher.read_edges(rel)} for rel in SCHEMA]
    out += [{"name": name, "query": text} for name, text in fixed_statements()]
    out += [{"name": f"paper_entities {label}", "query": cypher.paper_entities(label)} for label in ENTITY_LABELS]
    out += [{"name": f"lineage_near {depth}", "query": cypher.lineage_near(depth)}
            for depth in range(1, cypher.NEAR_DEPTH + 1)]
    out += [{"name": f"names_of {label}", "query": cypher.names_of(label)} for label in LABELS]
    out += [{"name": f"{fn.__name__} {label}", "query": fn(label)}  # the labels kg/store/ego.py runs each for
            for fn, labels in ((cypher.ego_out, SOURCE_LABELS), (cypher.ego_in, TARGET_LABELS),
                               (cypher.earliest_paper, PAPER_TARGET_LABELS), (cypher.paper_links, PAPER_TARGET_LABELS))
            for label in labels]
    out += [{"name": f"ego_out_edges {label}",
             "query": cypher.ego_out_edges(label, [rel for rel, (sources, _) in SCHEMA.items() if label in sources])}
            for label in SOURCE_LABELS]
    out += [{"name": f"earliest_paper {label} INTRODUCES", "query": cypher.earliest_paper(label, INTRODUCES)}
            for label in SCHEMA[INTRODUCES][1]]
    out += [{"name": f"node_by_id {label}", "query": cypher.node_by_id(label)} for label in STORED_LABELS]
    out += [{"name": f"schema {name}", "query": text} for name, text in schema_statements().items()]
    out += [{"name": f"export cypher #{i}", "query": text} for i, text in enumerate(cypher_script(sample_graph()))]
    return out


def parameters() -> dict[str, object]:
    """A sample value for every parameter the statements take, so the linter checks each one is defined."""
    params = {p.name: SAMPLE.get(p.type, "x") for q in load_all() for p in q.params}
    assert set(SAMPLE) == set(TYPES)
    params["rows"] = [{}]
    params.update({"ids": ["x"], "id": "x", "min_score": 0.5, "generic": True, "wide": 1,  # lineage, summary reads
                   "listing": "x", "ball": {"x": True}, "limit": 1,  # limit: kg.store.lineage.pair's citations
                   "papers": ["x"], "introduces": INTRODUCES})  # kg lineage --why's owners, "also named by"
    return params


def main() -> None:
    params = parameters()
    graph_schema = [{"from": s, "relType": rel, "to": t}
                    for rel, (sources, targets) in SCHEMA.items() for s in sources for t in targets]
    json.dump({"schema": {"labels": list(STORED_LABELS), "relationshipTypes": list(REL_TYPES),
                          "graphSchema": graph_schema, "parameters": params},
               "statements": statements()}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
