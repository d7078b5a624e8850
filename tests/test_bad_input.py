"""Bad input stops `kg build` with exit 1, a message naming file, line and what to do, and no store change."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import StoreError
from kg.pipeline import build

GOOD_PROFILE = "LGOct 20, 2022\nModels at ScaleBob Lee\nAn abstract.\n"
UNKNOWN_HINT = (
    "  The line {line!r} starts no profile listing ('LGOct 20, 2022' date line), no JSON Lines file ('{{...}}') "
    "and no arXiv listing ('arXiv:ID' lines).\n"
    "  Name the format with --input-format profile|arxiv|jsonl if detection is wrong.\n")

# (file name, content, message after "Error: <path>")
BAD_INPUTS = [
    ("empty.txt", b"", ": the file is empty\n  Give a listing with at least one paper.\n"),
    ("blank.txt", b"\n  \n\n", ": the file is empty\n  Give a listing with at least one paper.\n"),
    ("unknown.txt", b"Shopping list\neggs\n", ":1: unknown format\n" + UNKNOWN_HINT.format(line="Shopping list")),
    ("array.jsonl", b"[1, 2]\n", ":1: unknown format\n" + UNKNOWN_HINT.format(line="[1, 2]")),
    ("mixed.txt", (GOOD_PROFILE + '{"title": "x"}\n').encode(),
     ":4: expected a date line such as 'LGOct 20, 2022'\n  Got: '{\"title\": \"x\"}'. Is the file a mix of formats?\n"),
    ("mixed_arxiv.txt", b"An abstract.\n\narXiv:2101.00001\nCreated: 2021-01-01\n\nLGOct 20, 2022\n",
     ":6: unexpected line in an arXiv listing\n  Got: 'LGOct 20, 2022'. Is the file a mix of formats?\n"),
    ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", ":3: binary data (NUL byte)\n"
     "  Give a text listing, JSON Lines file or arXiv listing.\n"),
    ("nul.txt", b"LGOct 20, 2022\nModels\x00Bob Lee\n", ":2: binary data (NUL byte)\n"
     "  Give a text listing, JSON Lines file or arXiv listing.\n"),
    ("latin1.txt", "LGOct 20, 2022\nCafé ModelsBob Lee\nabs\n".encode("latin-1"),
     ":2: invalid UTF-8 at byte 3 of the line\n  Re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).\n"),
    ("long.jsonl", b'{"title": "ok"}\n{"title": "' + b"x" * (10 * 1024 * 1024) + b'"}\n',
     ":2: line is longer than 1 MiB\n  Is this really a paper listing? Split the line or fix the file.\n"),
    ("truncated.jsonl", b'{"title": "ok"}\n{"title": "broken\n',
     ":2: bad JSON Lines record: Unterminated string starting at: line 1 column 11 (char 10)\n"
     "  Each line must be one JSON object with at least a title or an abstract.\n"),
    ("no_title.jsonl", b'{"title": "ok"}\n{"authors": ["Bob Lee"]}\n',
     ":2: bad JSON Lines record: a paper needs a 'title' or an 'abstract'\n"
     "  Each line must be one JSON object with at least a title or an abstract.\n"),
    ("bad_authors.jsonl", b'{"title": "ok", "authors": [1, 2]}\n',
     ":1: bad JSON Lines record: 'authors' must be a list of strings\n"
     "  Each line must be one JSON object with at least a title or an abstract.\n"),
    ("bad_date.jsonl", b'{"title": "ok", "date": "2023-13-45"}\n',
     ":1: bad JSON Lines record: time data '2023-13-45' does not match format '%Y-%m-%d'\n"
     "  Each line must be one JSON object with at least a title or an abstract.\n"),
    ("truncated_profile.txt", (GOOD_PROFILE + "CVJun 1, 2023\n").encode(),
     ":4: the last record has no title line\n  The file looks truncated.\n"),
    ("truncated_arxiv.txt", b"An abstract.\n\narXiv:2101.00001\n",
     ":1: the last record has no 'Created:' line\n  The file looks truncated.\n"),
    ("unsplittable.txt", b"LGOct 20, 2022\nno authors here at all\nabs\n",
     ":2: cannot tell the title from the author list\n  Expected '<title><First Author>, <Author>[ et al.][ · org, org]'. "
     "Put a tab between title and authors if the names are unusual.\n"),
    ("bad_date.txt", b"LGFeb 30, 2022\nModels at ScaleBob Lee\nabs\n",
     ":1: impossible date Feb 30, 2022\n  Fix the date.\n"),
]


def snapshot(store: Path) -> dict[str, str]:
    """Every file of the store by relative path, as a content hash."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_fails_with_file_line_and_hint_and_keeps_the_store(
        runner: CliRunner, example_store: Path, examples: list[Path], tmp_path: Path,
        name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = snapshot(example_store)
    # a good file first: nothing is written until every source has been read
    result = runner.invoke(cli, ["build", str(examples[0]), str(bad), "--store", str(example_store), "--no-extract"])
    assert result.exit_code == 1
    assert (result.stdout, result.stderr) == ("", f"Error: {bad}{message}")
    assert snapshot(example_store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "store"])


def test_bad_input_with_add_keeps_the_store(runner: CliRunner, example_store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "ok"}\nnot json\n', encoding="utf-8")
    before = snapshot(example_store)
    result = runner.invoke(cli, ["build", str(bad), "--add", "--store", str(example_store), "--no-extract"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}:2: bad JSON Lines record")
    assert snapshot(example_store) == before


def test_a_failed_store_write_leaves_the_old_store(example_store: Path, examples: list[Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store.embedded import EmbeddedStore

    def broken_write(self: EmbeddedStore, graph: object, progress: object = None) -> None:
        raise StoreError("disk full")

    before = snapshot(example_store)
    monkeypatch.setattr(EmbeddedStore, "bulk_write", broken_write)
    with pytest.raises(StoreError, match="disk full"):
        build(examples[:1], example_store, extract=False)
    assert snapshot(example_store) == before
    assert sorted(p.name for p in example_store.parent.iterdir()) == ["store"]


def test_a_folder_that_is_not_a_store_is_refused_untouched(runner: CliRunner, examples: list[Path],
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8")
    result = runner.invoke(cli, ["build", str(examples[2]), "--store", str(folder), "--no-extract"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {folder} is not a paper-kg store (no kg-store.json in it)\n"
                             "  Point --store (or KG_STORE) at a directory that `kg build` made.\n")
    assert [p.name for p in folder.iterdir()] == ["cat.jpg"]


@pytest.mark.parametrize(("args", "message"), [
    (["build"], "Missing argument 'SOURCES...'"),
    (["build", "no-such-file.txt"], "'no-such-file.txt' does not exist"),
    (["build", "x", "--input-format", "csv"], "'csv' is not one of 'profile', 'arxiv', 'jsonl'"),
    (["export", "--format", "dot", "-o", "g.dot"], "'dot' is not one of 'node-link', 'graphml', 'gexf'"),
])
def test_bad_usage_exits_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_stats_on_a_missing_store_says_how_to_build_one(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: no store at {tmp_path / 'none'}\n"
                             f"  Build one first: kg build LISTING... --store {tmp_path / 'none'}\n")


def test_jsonl_error_lines_count_blank_lines(tmp_path: Path) -> None:
    from kg.errors import SourceError
    from kg.sources import read_records

    path = tmp_path / "gaps.jsonl"
    path.write_text(json.dumps({"title": "a"}) + "\n\n\n{oops\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        list(read_records(path))
    assert (err.value.path, err.value.line) == (str(path), 4)


def test_a_store_open_in_another_process_is_named(example_store: Path) -> None:
    from kg.store import open_store

    with open_store(example_store):
        done = subprocess.run([sys.executable, "-m", "kg", "stats", "--store", str(example_store)],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr == (f"Error: the store {example_store} is open in another process (a build or query still "
                           "running?); wait for it to finish, or use another --store\n")
