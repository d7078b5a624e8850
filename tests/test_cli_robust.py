"""The CLI on hostile paths and flags: a clean message and exit 1 (2 for a bad flag), never a traceback; and
every command prints the same output run after run (set order differs between processes: PYTHONHASHSEED)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def test_store_under_a_file(runner: CliRunner, examples: list[Path], tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    store = blocker / "store"
    result = runner.invoke(cli, ["build", str(examples[2]), "--store", str(store), "--no-extract"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: cannot build the store {store}: {blocker} is a file, not a folder\n"
                             "  Give --store a path whose folders exist or can be made.\n")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_store_in_a_folder_not_writable(runner: CliRunner, examples: list[Path], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # the tests run as root, whom permissions do not stop: the check asks os.access, so ask it to say no
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode))
    result = runner.invoke(cli, ["build", str(examples[2]), "--store", str(tmp_path / "store"), "--no-extract"])
    assert (result.exit_code, result.stderr) == (
        1, f"Error: cannot build the store {tmp_path / 'store'}: no permission to write in {tmp_path}\n"
           "  Give --store a path in a folder you can write to.\n")
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize("args", [
    ["build", "{source}", "--min-score", "nan"],
    ["lineage", "GPipe", "--min-score", "nan"],
    ["lineage", "GPipe", "--min-score", "NaN"],
    ["lineage-path", "GPipe", "GSPMD", "--min-score", "nan"],
])
def test_min_score_nan_is_a_bad_flag(runner: CliRunner, examples: list[Path], args: list[str]) -> None:
    result = runner.invoke(cli, [a.replace("{source}", str(examples[2])) for a in args])
    assert result.exit_code == 2
    value = args[-1]
    assert result.stderr.endswith(f"Error: Invalid value for '--min-score': {value!r} is not a number between "
                                  "0 and 1.\n")


def test_a_param_nested_5000_deep_is_a_bad_flag(runner: CliRunner, example_store: Path) -> None:
    deep = "[" * 5000
    result = runner.invoke(cli, ["cypher", "RETURN $x AS x", "-p", f"x={deep}", "--store", str(example_store)])
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Invalid value for '--param' / '-p': a --param value is nested too deeply "
                                  f"to read: {deep[:20]}...\n  Pass a flatter JSON value, or a plain string.\n")


def test_json_output_never_holds_nan_or_infinity(runner: CliRunner, example_store: Path) -> None:
    result = runner.invoke(cli, ["cypher", "RETURN 0.0/0.0 AS x, 1.0/0.0 AS y, -1.0/0.0 AS z, 0.5 AS w",
                                 "--store", str(example_store), "--json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == '[\n  {\n    "x": null,\n    "y": null,\n    "z": null,\n    "w": 0.5\n  }\n]\n'
    result = runner.invoke(cli, ["cypher", "RETURN $v AS v", "-p", "v=NaN", "--store", str(example_store), "--json"])
    assert json.loads(result.stdout) == [{"v": "NaN"}]


# ---------------------------------------------------------------- the same output, run after run

NAMESAKES = [
    {"id": f"2101.0000{i}", "title": f"Sparse Routing Study {i}", "abstract": "We route tokens to experts in sparse "
     "mixture models and study load balance.", "authors": ["Ann Lee", *pair], "orgs": orgs, "date": f"2021-0{i}-01",
     "categories": ["cs.LG"]}
    for i, (pair, orgs) in enumerate([(["Bo Chen", "Cy Wu"], ["nordlab", "southlab"]),
                                      (["Cy Wu", "Bo Chen"], ["southlab", "nordlab"]),
                                      (["Di Park", "Ed Kim"], ["eastlab", "westlab"]),
                                      (["Ed Kim", "Di Park"], ["westlab", "eastlab"])], 1)
] + [{"id": "1901.00009", "title": "Coral Reef Fish Census", "abstract": "We count reef fish by divers' photos "
      "along transects.", "authors": ["Ann Lee", "Fay Ho", "Gus Ra"], "orgs": ["marinelab", "oceanlab"],
      "date": "2019-03-01", "categories": ["q-bio.PE"]}]

COMMANDS = [
    ["authors", "--check", "Ann Lee"], ["authors", "--check", "Ann Lee", "--json"],
    ["authors", "--check-listing", "papers.jsonl"], ["authors", "--check-listing", "papers.jsonl", "--json"],
    ["stats"], ["stats", "--json"], ["coauthors", "Ann Lee"], ["coauthors", "Ann Lee", "--json"],
    ["collaboration"], ["collaboration", "--json"], ["query", "coauthors", "-p", "name=Ann Lee"],
    ["cypher", "MATCH (a:Author) RETURN a.name AS name ORDER BY name"],
    ["export", "--format", "node-link", "-o", "-"], ["export", "--format", "graphml", "-o", "-"],
    ["export", "--format", "gexf", "-o", "-"], ["export", "--format", "cypher", "-o", "-"],
]
RUN_ALL = """
import json, sys
from click.testing import CliRunner
from kg.cli import cli
out = {}
for args in json.loads(sys.argv[1]):
    result = CliRunner().invoke(cli, [*args, "--store", sys.argv[2]])
    out[" ".join(args)] = [result.exit_code, result.stdout, result.stderr]
print(json.dumps(out))
"""


def test_every_command_prints_the_same_output_in_every_run(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in NAMESAKES), encoding="utf-8")
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(source), "--store", str(store), "--no-extract"]).exit_code == 0
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", RUN_ALL, json.dumps(COMMANDS), str(store)], env=env,
                              capture_output=True, text=True, timeout=600, check=True)
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1]
    assert all(code == 0 for code, _, _ in runs[0].values()), runs[0]
    check = json.loads(runs[0]["authors --check Ann Lee --json"][1])
    assert [c["coauthors"] for c in check["clusters"]] == [["Bo Chen", "Cy Wu"], ["Di Park", "Ed Kim"],
                                                            ["Fay Ho", "Gus Ra"]]
    assert [c["orgs"] for c in check["clusters"]] == [["nordlab", "southlab"], ["eastlab", "westlab"],
                                                      ["marinelab", "oceanlab"]]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc (a folder nothing can be made in)")
def test_a_store_the_engine_cannot_create_is_a_clean_error(runner: CliRunner, examples: list[Path]) -> None:
    result = runner.invoke(cli, ["build", str(examples[2]), "--store", "/proc/kg-store", "--no-extract"])
    assert (result.exit_code, result.stderr) == (
        1, "Error: cannot write the store /proc/kg-store: No such file or directory\n"
           "  Choose a --store in a writable directory.\n")


def test_a_full_disk_while_saving_keeps_the_old_store(runner: CliRunner, example_store: Path, examples: list[Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import kg.store.embedded
    from test_bad_input import snapshot

    def full(path: Path, records: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    before = snapshot(example_store)
    monkeypatch.setattr(kg.store.embedded, "save_records", full)
    result = runner.invoke(cli, ["build", str(examples[2]), "--store", str(example_store), "--no-extract"])
    assert (result.exit_code, result.stderr) == (
        1, f"Error: cannot write the store {example_store}: No space left on device\n"
           "  The store is as it was; free space or fix the folder, then build again.\n")
    assert snapshot(example_store) == before
    assert sorted(p.name for p in example_store.parent.iterdir()) == ["store"]
