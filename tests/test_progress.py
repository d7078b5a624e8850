"""The build's progress display: one line per phase, counts and an ETA from the phase's own rate."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline import build
from kg.progress import PhaseDisplay


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def frames(text: str) -> list[str]:
    """What each redraw showed, as the terminal's last state of each line."""
    return [part.rstrip() for part in text.replace("\n", "\r\n").split("\r") if part.strip()]


def test_each_phase_has_its_line_with_counts_and_an_eta_from_its_own_rate() -> None:
    out = Terminal()
    now = iter([0.0, 0.5, 2.0, 3.0, 3.0, 3.1, 4.0, 13.0])
    show = PhaseDisplay(out, clock=lambda: next(now))
    show("read", 1000, None)
    show("read", 2000, 2000)  # 0.5 s later: the end of a phase is always drawn
    show("extract", 0, 400)
    show("extract", 100, 400)  # 1 s into the phase, 25 % done: 3 s to go
    show("extract", 100, 400)  # within 1/5 s of the last redraw: not drawn
    show("infer", 0, 7)
    show("write", 50, 1000)  # 0.9 s into the phase: too early for an ETA
    show("write", 1000, 1000)
    show.close()
    assert frames(out.getvalue()) == [
        "read      1,000", "read      2,000/2,000 (100%) in 0:00:01",
        "extract   0/400 (0%)", "extract   100/400 (25%) ETA 0:00:03",
        "infer     0/7 (0%)",
        "write     50/1,000 (5%)", "write     1,000/1,000 (100%) in 0:00:09"]
    assert out.getvalue().count("\n") == 4  # one line per phase


def test_nothing_is_drawn_when_stderr_is_not_a_terminal() -> None:
    out = io.StringIO()
    show = PhaseDisplay(out)
    show("extract", 1, 2)
    show.close()
    assert out.getvalue() == ""


def test_the_build_reports_every_phase_in_order(tmp_path: Path) -> None:
    source = tmp_path / "p.jsonl"
    source.write_text("".join(json.dumps({"id": f"2301.{n:05d}", "title": f"T {n}", "abstract": "We use BERT.",
                                          "authors": ["Ana Ruiz"], "date": "2023-01-02"}) + "\n"
                              for n in range(1, 4)))
    seen: list[tuple[Any, ...]] = []
    build([source], tmp_path / "store", progress=lambda *call: seen.append(call))
    phases = [call[0] for call in seen]
    assert sorted(set(phases), key=phases.index) == ["read", "load", "resolve", "extract", "infer", "write"]
    ends = {call[0]: call[1:3] for call in seen}
    assert ends["read"] == ends["resolve"] == ends["extract"] == (3, 3)
    assert ends["load"] == (1, 1)  # a new store: only the extraction pipeline is loaded
    assert ends["write"][0] == ends["write"][1] > 3
    steps = [call[3] for call in seen if call[0] == "infer" and len(call) > 3]
    # in one process the summaries come first (they read nothing inference writes), then inference's steps
    assert steps[:2] == ["collaboration and namesake summaries", "reviewing stated edges"]
    assert steps[-1] == "dating models"
    assert seen[-1][:3] == ("write", ends["write"][0], ends["write"][0])  # the files beside come last


def test_with_two_processes_the_write_says_it_waits_for_the_summaries(tmp_path: Path) -> None:
    source = tmp_path / "p.jsonl"
    source.write_text("".join(json.dumps({"id": f"2301.{n:05d}", "title": f"T {n}", "abstract": "We use BERT.",
                                          "authors": ["Ana Ruiz", "Bo Li"], "date": "2023-01-02"}) + "\n"
                              for n in range(1, 4)))
    seen: list[tuple[Any, ...]] = []
    build([source], tmp_path / "store", progress=lambda *call: seen.append(call), jobs=2)
    infer = [call[3] for call in seen if call[0] == "infer" and len(call) > 3]
    write = [call[2:] for call in seen if call[0] == "write" and len(call) > 3]
    assert "collaboration and namesake summaries" not in infer  # made beside inference and the write
    assert write == [(None, "waiting for the collaboration and namesake summaries")]  # their number: not known yet
    assert seen[-1][0] == "write" and seen[-1][1] == seen[-1][2]


def test_with_add_the_extract_count_is_what_is_extracted(tmp_path: Path) -> None:
    def papers(first: int, last: int) -> str:
        return "".join(json.dumps({"id": f"2301.{n:05d}", "title": f"T {n}", "abstract": f"We use BERT {n}.",
                                   "authors": ["Ana Ruiz"], "date": "2023-01-02"}) + "\n" for n in range(first, last))
    (tmp_path / "a.jsonl").write_text(papers(1, 6))
    (tmp_path / "b.jsonl").write_text(papers(6, 8))
    build([tmp_path / "a.jsonl"], tmp_path / "store")
    seen: list[tuple[Any, ...]] = []
    build([tmp_path / "b.jsonl"], tmp_path / "store", add=True, progress=lambda *call: seen.append(call))
    ends = {call[0]: call[1:3] for call in seen}
    assert ends["read"] == (2, 2) and ends["load"] == (3, 3) and ends["resolve"] == (7, 7)  # records, extractions,
    assert [call[3] for call in seen if call[0] == "load" and len(call) > 3] == [  # the pipeline
        "the store's records", "the store's extractions", "the extraction pipeline"]
    assert ends["extract"] == (2, 2)
    assert [call[3] for call in seen if call[0] == "extract" and len(call) > 3][0] == (
        "5 paper(s) unchanged, from the store")


def test_a_line_never_stands_still_and_says_what_the_phase_does() -> None:
    out, now = Terminal(), [0.0]
    show = PhaseDisplay(out, clock=lambda: now[0], tick=0.02)
    show("infer", 0, 7, "text vectors")
    now[0] = 5.0  # nothing reported for 5 s: the ticker redraws the time spent
    for _ in range(200):
        if "0:00:05" in out.getvalue():
            break
        time.sleep(0.01)
    show("infer", 7, 7)
    show.close()
    assert frames(out.getvalue()) == ["infer     0/7 (0%): text vectors",
                                      "infer     0/7 (0%) 0:00:05 so far: text vectors",
                                      "infer     7/7 (100%) in 0:00:05"]


def test_quiet_and_piped_builds_print_nothing_on_stderr(tmp_path: Path, runner: CliRunner) -> None:
    source = tmp_path / "p.jsonl"
    source.write_text(json.dumps({"id": "2301.00001", "title": "T", "authors": ["Ana Ruiz"]}) + "\n")
    for extra in ([], ["--quiet"]):
        result = runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "s"), "--no-extract", *extra])
        assert (result.exit_code, result.stderr) == (0, "")
