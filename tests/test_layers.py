"""Layers import downward only, counting imports inside functions and under TYPE_CHECKING.

Order (low to high): names/model/errors/paths/metrics -> sources -> extract -> resolve -> store -> queries/analysis/export
-> viz/pipeline -> api -> cli. A module may import its own layer or any lower one.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

LAYERS: list[tuple[str, ...]] = [
    ("kg.names", "kg.model", "kg.errors", "kg.paths", "kg.metrics", "kg.cypher_guard"),
    ("kg.sources",),
    ("kg.extract",),
    ("kg.resolve",),
    ("kg.store",),
    ("kg.queries", "kg.cypher_guard", "kg.analysis", "kg.export"),
    ("kg.viz", "kg.pipeline"),
    ("kg.api",),
    ("kg.cli", "kg", "kg.__main__"),
]


def layer(module: str) -> int:
    """The layer of ``module``: the longest listed prefix decides (``kg.store.cypher`` is ``kg.store``)."""
    best, index = "", -1
    for i, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > len(best):
                best, index = name, i
    if index < 0:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS in tests/test_layers.py")
    return index


def imported(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, module) of every ``kg`` import anywhere in ``tree``, relative imports resolved."""
    found = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            # ``from kg import queries`` imports the module kg.queries
            found += [(node.lineno, f"{base}.{a.name}" if base == "kg" else base) for a in node.names]
    return [(line, name) for line, name in found if name == "kg" or name.startswith("kg.")]


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """Imports in ``source`` (the text of ``module``) that reach a higher layer.

    >>> violations("def f():\\n    from kg.cli import cli\\n", "kg.store.base")
    ['kg.store.base:2 imports kg.cli (layer 8 > 4)']
    """
    own = layer(module)
    out = []
    for line, name in imported(ast.parse(source), module, is_package):
        target = layer(name) if name != "kg" else 0  # ``import kg`` alone reads only the version
        if target > own:
            out.append(f"{module}:{line} imports {name} (layer {target} > {own})")
    return out


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(KG.rglob("*.py")):
        parts = path.relative_to(KG.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out.append((name, path))
    return out


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_module_imports_only_its_layer_or_lower(module: str, path: Path) -> None:
    assert violations(path.read_text(encoding="utf-8"), module, path.name == "__init__.py") == []


@pytest.mark.parametrize(("source", "module", "bad"), [
    ("from kg.analysis.naming import parse_name\n", "kg.extract.components", True),  # extract -> analysis
    ("import kg.extract\n", "kg.analysis.common", False),  # analysis -> extract is downward
    ("def f():\n    from kg.viz import render_html\n", "kg.analysis.collab", True),  # a lazy import counts
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kg.api import build\n", "kg.store", True),
    ("from ..viz import render_html\n", "kg.store.base", True),  # relative import resolved
    ("from kg import api\n", "kg.resolve", True),
    ("from kg.names import entity_key\n", "kg.model", False),
])
def test_the_check_sees_upward_imports(source: str, module: str, bad: bool) -> None:
    assert bool(violations(source, module)) is bad


# Downward but still refused: analysis and queries read graphs, and must not pull in spaCy through the extractor.
APART = [("kg.analysis", "kg.extract"), ("kg.queries", "kg.extract"), ("kg.store", "kg.extract")]


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_graph_readers_do_not_import_the_extractor(module: str, path: Path) -> None:
    names = [n for _, n in imported(ast.parse(path.read_text(encoding="utf-8")), module, path.name == "__init__.py")]
    for reader, extractor in APART:
        if module == reader or module.startswith(reader + "."):
            assert not [n for n in names if n == extractor or n.startswith(extractor + ".")], module


def test_analysis_loads_without_spacy() -> None:
    code = "import sys, kg.analysis.lineage, kg.analysis.collab, kg.analysis.namesakes; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
