"""Every command is documented: a help text with an example, and a row in the README's command table."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

COMMANDS = sorted(cli.commands)
ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_examples(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Examples:" in result.output
    assert f"kg {name}" in result.output


@pytest.mark.parametrize("name", ["lineage", "lineage-path"])
def test_lineage_help_says_what_each_kind_of_edge_rests_on(name):
    from kg.analysis.lineage.format import STRENGTH

    output = CliRunner().invoke(cli, [name, "--help"]).output
    lines = {line.split()[0] for line in output.splitlines() if line.strip()}
    assert set(STRENGTH) <= lines, f"kg {name} --help explains no kind of {set(STRENGTH) - lines}"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme_table(name):
    assert re.search(rf"^\| `kg {re.escape(name)}[ `]", README, re.MULTILINE), f"kg {name} missing from README"


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -q" in README
    assert "python -m pytest -q" in ci


def test_every_public_name_has_a_docstring() -> None:
    import ast

    missing = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, (ast.FunctionDef, ast.ClassDef)) or node.name.startswith("_"):
                continue
            members = [node, *(m for m in node.body if isinstance(m, ast.FunctionDef) and not m.name.startswith("_"))
                       ] if isinstance(node, ast.ClassDef) else [node]
            missing += [f"{path.relative_to(ROOT)}:{m.lineno} {m.name}" for m in members if not ast.get_docstring(m)]
    assert missing == []
