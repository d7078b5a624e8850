"""The build's progress display: one line per phase, counts and an ETA from the phase's own rate."""

from __future__ import annotations

import io
import json
from pathlib import Path

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
    seen: list[tuple[str, int, int | None]] = []
    build([source], tmp_path / "store", progress=lambda *call: seen.append(call))
    phases = [phase for phase, _, _ in seen]
    assert sorted(set(phases), key=phases.index) == ["read", "resolve", "extract", "infer", "write"]
    ends = {phase: (done, total) for phase, done, total in seen}
    assert ends["read"] == ends["resolve"] == ends["extract"] == (3, 3)
    assert ends["write"][0] == ends["write"][1] > 3


def test_quiet_and_piped_builds_print_nothing_on_stderr(tmp_path: Path, runner: CliRunner) -> None:
    source = tmp_path / "p.jsonl"
    source.write_text(json.dumps({"id": "2301.00001", "title": "T", "authors": ["Ana Ruiz"]}) + "\n")
    for extra in ([], ["--quiet"]):
        result = runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "s"), "--no-extract", *extra])
        assert (result.exit_code, result.stderr) == (0, "")
