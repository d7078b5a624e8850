"""The statements CI hands to Neo4j's linter (``.ci/dump_cypher.py``) come with a value for every parameter they
use: a ``$name`` missing from the sample parameters fails the lint, and this catches it without node."""

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_dump():
    spec = importlib.util.spec_from_file_location("dump_cypher", ROOT / ".ci" / "dump_cypher.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_parameter_a_statement_uses_has_a_sample_value():
    dump = load_dump()
    used = {(s["name"], name) for s in dump.statements() for name in re.findall(r"\$(\w+)", s["query"])}
    undefined = sorted((statement, name) for statement, name in used if name not in dump.parameters())
    assert undefined == []

