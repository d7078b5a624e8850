"""The store's life: a build stopped at each of its steps, two builds at once, a symlinked store, damage named.

A build is stopped at a step by running it in a subprocess with KG_TEST_KILL_AT=STEP: the build kills
its own process (SIGKILL) when it reaches that step (kg/store/embedded.py BUILD_STEPS).
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store.embedded import BUILD_STEPS, KILL_AT_ENV, LOCK, MARKER, RECORDS, build_lock

ROOT = Path(__file__).resolve().parent.parent
# Steps after which the new graph is the store's; before them the old one still is.
NEW_FROM = BUILD_STEPS.index("pointer-replaced")


def paper(n: int, *authors: str) -> dict[str, Any]:
    return {"id": f"2301.{n:05d}", "title": f"Study number {n}", "abstract": "We measure a thing.",
            "authors": list(authors), "date": "2023-01-02", "categories": ["cs.LG"]}


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def kg(*args: str, env: dict[str, str] | None = None, **popen: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=300, **popen)


def papers_in(runner: CliRunner, store: Path) -> int:
    result = runner.invoke(cli, ["stats", "--json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["nodes"].get("Paper", 0))


def entries(store: Path) -> list[str]:
    return sorted("db-*" if p.name.startswith("db-") else p.name for p in store.iterdir())


@pytest.fixture
def sources(tmp_path: Path) -> tuple[Path, Path]:
    first = jsonl(tmp_path / "first.jsonl", [paper(1, "Ana Ruiz"), paper(2, "Ana Ruiz", "Bo Chen")])
    more = jsonl(tmp_path / "more.jsonl", [paper(3, "Cy Dube"), paper(4, "Bo Chen"), paper(5, "Di Ng")])
    return first, more


@pytest.mark.parametrize("step", BUILD_STEPS)
def test_a_build_killed_at_each_step_leaves_the_old_or_the_new_store(
        step: str, sources: tuple[Path, Path], tmp_path: Path, runner: CliRunner) -> None:
    first, more = sources
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(first), "--store", str(store), "--no-extract"]).exit_code == 0
    killed = kg("build", str(more), "--add", "--store", str(store), "--no-extract", env={KILL_AT_ENV: step})
    assert killed.returncode == -signal.SIGKILL
    assert papers_in(runner, store) == (5 if BUILD_STEPS.index(step) >= NEW_FROM else 2)
    assert entries(store) == ["build.lock", "db-*", "kg-store.json"]  # the reader cleaned what the kill left
    # the next build completes from whatever state the kill left, and nothing of the killed one stays behind
    result = runner.invoke(cli, ["build", str(more), "--add", "--store", str(store), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert papers_in(runner, store) == 5
    assert entries(store) == ["build.lock", "db-*", "kg-store.json"]


@pytest.mark.parametrize("step", BUILD_STEPS)
def test_a_first_build_killed_at_each_step_says_so_then_builds(
        step: str, sources: tuple[Path, Path], tmp_path: Path, runner: CliRunner) -> None:
    first, _ = sources
    store = tmp_path / "store"
    assert kg("build", str(first), "--store", str(store), "--no-extract",
              env={KILL_AT_ENV: step}).returncode == -signal.SIGKILL
    result = runner.invoke(cli, ["stats", "--store", str(store)])
    if BUILD_STEPS.index(step) >= NEW_FROM:
        assert (result.exit_code, papers_in(runner, store)) == (0, 2)
    else:
        assert (result.exit_code, result.stderr) == (
            1, f"Error: the first build of the store {store} did not finish (no kg-store.json in it)\n"
               f"  Run it again: kg build SOURCES... --store {store}\n")
    assert runner.invoke(cli, ["build", str(first), "--store", str(store), "--no-extract"]).exit_code == 0
    assert papers_in(runner, store) == 2
    assert entries(store) == ["build.lock", "db-*", "kg-store.json"]


def test_a_second_build_is_refused_while_one_holds_the_lock_and_readers_go_on(
        sources: tuple[Path, Path], tmp_path: Path, runner: CliRunner) -> None:
    first, more = sources
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(first), "--store", str(store), "--no-extract"]).exit_code == 0
    with build_lock(store):  # this process plays the running build
        result = kg("build", str(more), "--add", "--store", str(store), "--no-extract")
        assert (result.returncode, result.stderr) == (
            1, f"Error: another build (process {os.getpid()}) is writing the store {store}\n"
               "  Wait for it to finish, or pass --wait to start when it does.\n")
        assert papers_in(runner, store) == 2  # readers take no lock
        waiting = subprocess.Popen(
            [sys.executable, "-m", "kg", "build", str(more), "--add", "--wait", "--store", str(store),
             "--no-extract"], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert waiting.poll() is None  # still waiting for the lock
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert err == f"waiting for another build (process {os.getpid()}) to finish writing {store}...\n"
    assert out.startswith(f"Built {store}: 5 papers from 5 records")


def test_two_builds_started_together_both_land(sources: tuple[Path, Path], tmp_path: Path,
                                               runner: CliRunner) -> None:
    first, more = sources
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(first), "--store", str(store), "--no-extract"]).exit_code == 0
    third = jsonl(tmp_path / "third.jsonl", [paper(6, "Ed Lo"), paper(7, "Ana Ruiz")])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    builds = [subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "--add", "--wait", "--store",
                                str(store), "--no-extract"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for src in (more, third)]
    for process in builds:
        process.communicate(timeout=300)
        assert process.returncode == 0
    assert papers_in(runner, store) == 7  # one build waited for the other: neither's papers are lost
    assert entries(store) == ["build.lock", "db-*", "kg-store.json"]


def test_a_symlinked_store_stays_a_symlink(sources: tuple[Path, Path], tmp_path: Path, runner: CliRunner) -> None:
    first, more = sources
    (tmp_path / "real").mkdir()
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "real", target_is_directory=True)
    for args in ([str(first)], [str(more), "--add"], [str(more), "--add"]):
        result = runner.invoke(cli, ["build", *args, "--store", str(link), "--no-extract"])
        assert result.exit_code == 0, result.output
        assert link.is_symlink()
    assert papers_in(runner, link) == 5
    assert papers_in(runner, tmp_path / "real") == 5


@pytest.fixture
def built(sources: tuple[Path, Path], tmp_path: Path, runner: CliRunner) -> Path:
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(sources[0]), "--store", str(store), "--no-extract"]).exit_code == 0
    return store


def database(store: Path) -> Path:
    return store / json.loads((store / MARKER).read_text())["database"]


def hint(store: Path) -> str:
    return f"  Rebuild it from your sources: kg build SOURCES... --store {store}\n"


def damage_format(store: Path) -> str:
    (store / MARKER).write_text(json.dumps({**json.loads((store / MARKER).read_text()), "format": 99}))
    return (f"Error: the store {store} has format 99 in {store / MARKER}; this paper-kg reads formats 1, 2\n"
            "  Use the paper-kg version that built it, or build a new store: kg build SOURCES... "
            "--store NEW_DIRECTORY\n")


def damage_pointer(store: Path) -> str:
    (store / MARKER).write_text('{"format": 2, "datab')
    return (f"Error: the store {store} is damaged: {store / MARKER} is not readable JSON (Unterminated string "
            "starting at: line 1 column 15 (char 14))\n" + hint(store))


def damage_no_pointer(store: Path) -> str:
    (store / MARKER).unlink()
    return (f"Error: the first build of the store {store} did not finish (no kg-store.json in it)\n"
            f"  Run it again: kg build SOURCES... --store {store}\n")


def damage_database(store: Path) -> str:
    name = database(store).name
    for file in database(store).iterdir():
        file.unlink()
    database(store).rmdir()
    return f"Error: the store {store} is damaged: its database {name} (named in kg-store.json) is missing\n" + \
        hint(store)


def damage_schema(store: Path) -> str:
    (database(store) / "schema.json").unlink()
    return (f"Error: the store {store} is damaged: {database(store).name}/schema.json (the database schema) "
            "is missing\n" + hint(store))


def damage_bucket(store: Path) -> str:
    bucket = next(p for p in sorted(database(store).iterdir()) if p.name.startswith("Paper_0.")
                  and p.name.endswith(".bucket"))
    size = bucket.stat().st_size
    with open(bucket, "r+b") as handle:
        handle.truncate(size // 2)
    return (f"Error: the store {store} is damaged: the data file {database(store).name}/{bucket.name} is "
            f"truncated ({size // 2} of {size} bytes)\n" + hint(store))


def damage_bucket_gone(store: Path) -> str:
    bucket = next(p for p in sorted(database(store).iterdir()) if p.name.startswith("Author_0.")
                  and p.name.endswith(".bucket"))
    bucket.unlink()
    return (f"Error: the store {store} is damaged: the data file {database(store).name}/{bucket.name} is "
            "missing\n" + hint(store))


@pytest.mark.parametrize("damage", [damage_format, damage_pointer, damage_no_pointer, damage_database,
                                    damage_schema, damage_bucket, damage_bucket_gone])
def test_a_damaged_store_is_named_by_every_command(damage: Any, built: Path, sources: tuple[Path, Path],
                                                   runner: CliRunner) -> None:
    message = damage(built)
    for args in (["stats"], ["export", "--format", "node-link", "-o", "-"],
                 ["build", str(sources[1]), "--add", "--no-extract"]):
        result = runner.invoke(cli, [*args, "--store", str(built)])
        assert (result.exit_code, result.stderr) == (1, message), args


@pytest.mark.parametrize("damage", [damage_pointer, damage_no_pointer, damage_database, damage_schema,
                                    damage_bucket, damage_bucket_gone])
def test_a_damaged_store_is_rebuilt_without_add(damage: Any, built: Path, sources: tuple[Path, Path],
                                                runner: CliRunner) -> None:
    damage(built)
    result = runner.invoke(cli, ["build", str(sources[1]), "--store", str(built), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert papers_in(runner, built) == 3
    assert entries(built) == ["build.lock", "db-*", "kg-store.json"]


def test_a_newer_format_is_not_overwritten(built: Path, sources: tuple[Path, Path], runner: CliRunner) -> None:
    message = damage_format(built)
    before = sorted(p.name for p in built.rglob("*"))
    result = runner.invoke(cli, ["build", str(sources[1]), "--store", str(built), "--no-extract"])
    assert (result.exit_code, result.stderr) == (1, message)
    assert sorted(p.name for p in built.rglob("*")) == before


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_a_truncated_records_file_is_named_by_add(cut: float, built: Path, sources: tuple[Path, Path],
                                                  runner: CliRunner) -> None:
    records = database(built) / RECORDS
    data = records.read_bytes()
    records.write_bytes(data[:int(len(data) * cut)])
    result = runner.invoke(cli, ["build", str(sources[1]), "--add", "--store", str(built), "--no-extract"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: the store {built} is damaged: its records file "
                                    f"{database(built).name}/{RECORDS} cannot be read at line ")
    assert result.stderr.endswith("\n  --add needs it; rebuild from all your sources without --add: "
                                  f"kg build SOURCES... --store {built}\n")
    assert papers_in(runner, built) == 2  # unchanged


def test_a_records_file_of_another_shape_is_named(built: Path, sources: tuple[Path, Path],
                                                  runner: CliRunner) -> None:
    with gzip.open(database(built) / RECORDS, "rt") as handle:
        good = handle.readline()
    with gzip.open(database(built) / RECORDS, "wt") as out:
        out.write(good + '{"id": "x"}\n')
    result = runner.invoke(cli, ["build", str(sources[1]), "--add", "--store", str(built), "--no-extract"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: the store {built} is damaged: its records file "
                                    f"{database(built).name}/{RECORDS} cannot be read at line 2 (TypeError")


def test_a_format_1_store_is_read_and_rebuilt_as_format_2(built: Path, sources: tuple[Path, Path],
                                                          runner: CliRunner) -> None:
    old = database(built)
    for file in old.iterdir():  # the format 1 layout: the database files directly in the store directory
        file.rename(built / file.name)
    old.rmdir()
    (built / LOCK).unlink()
    (built / MARKER).write_text('{"format": 1}\n')
    assert papers_in(runner, built) == 2
    result = runner.invoke(cli, ["build", str(sources[1]), "--add", "--store", str(built), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert papers_in(runner, built) == 5
    assert entries(built) == ["build.lock", "db-*", "kg-store.json"]


def test_counts_from_the_engine_equal_the_cypher_scan(example_store: Path) -> None:
    from kg.store.base import GraphStore
    from kg.store.embedded import EmbeddedStore

    with EmbeddedStore(example_store) as store:
        assert store.counts() == GraphStore.counts(store)
        assert store.counts()["nodes"]["Paper"] > 0


def test_the_build_limits_the_engine_heap_unless_the_engine_options_set_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store.embedded import ENGINE_ARGS, limit_engine_heap

    monkeypatch.delenv(ENGINE_ARGS, raising=False)
    limit_engine_heap("256m")
    assert os.environ[ENGINE_ARGS] == "-Xmx256m"
    monkeypatch.setenv(ENGINE_ARGS, "-XX:+PrintGC")  # other options are kept
    limit_engine_heap("256m")
    assert os.environ[ENGINE_ARGS] == "-XX:+PrintGC -Xmx256m"
    for own in ("-Xmx4g", "-XX:MaximumHeapSizePercent=30", "-XX:MaxRAM=8g"):  # the user's heap wins
        monkeypatch.setenv(ENGINE_ARGS, own)
        limit_engine_heap("256m")
        assert os.environ[ENGINE_ARGS] == own
