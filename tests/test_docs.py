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


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme_table(name):
    assert re.search(rf"^\| `kg {re.escape(name)}[ `]", README, re.MULTILINE), f"kg {name} missing from README"


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -q" in README
    assert "python -m pytest -q" in ci
