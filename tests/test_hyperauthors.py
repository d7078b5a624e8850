"""A paper with 1,500 authors beside small papers: `kg collaboration` stays fast and says what it left out."""

from __future__ import annotations

import json
import time
from pathlib import Path

from click.testing import CliRunner

from kg.analysis.collab import MAX_PAIR_AUTHORS
from kg.cli import cli

SMALL = [(["Ann Lee", "Bo Chen"], 2019), (["Ann Lee", "Bo Chen", "Cy Wu"], 2020), (["Cy Wu", "Di Park"], 2020),
         (["Di Park", "Ed Kim"], 2021), (["Ed Kim", "Ann Lee"], 2021)]


def consortium(n: int) -> list[str]:
    """``n`` distinct person names (two generated words each) and Ann Lee among them."""
    first = ["Al", "Bea", "Cal", "Dee", "Eli", "Fay", "Gil", "Hal", "Ida", "Jo", "Kai", "Lu", "Mo", "Ned", "Oz",
             "Pia", "Quin", "Rae", "Sol", "Tam", "Uma", "Vic", "Wes", "Xia", "Yul", "Zed", "Ari", "Bex", "Cy", "Dov"]
    last = [f"{a}{b}son" for a in ("Ab", "Bel", "Cor", "Dun", "Ek", "Fal", "Gor", "Hun", "Ist", "Jor")
            for b in ("ar", "en", "ir", "ol", "un")]
    names = [f"{f} {s}" for s in last for f in first][: n - 1]
    return ["Ann Lee", *names]


def test_a_1500_author_paper_adds_no_pairs_and_is_said(runner: CliRunner, tmp_path: Path) -> None:
    big = consortium(1500)
    assert len(set(big)) == 1500
    rows = [{"title": f"Small Paper {i}", "authors": a, "year": y} for i, (a, y) in enumerate(SMALL)]
    rows.append({"title": "Observation of a Thing by a Large Collaboration", "authors": big, "year": 2022})
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(source), "--store", str(store), "--no-extract"]).exit_code == 0

    started = time.perf_counter()
    result = runner.invoke(cli, ["collaboration", "--store", str(store)])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    assert elapsed < 30, f"kg collaboration took {elapsed:.1f} s"
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "1504 authors, 6 co-author pairs, 6 papers, 2 communities",
        f"Note: 1 paper(s) with more than {MAX_PAIR_AUTHORS} authors (the largest has 1500) add no co-author "
        "pairs: they count as their authors' papers only."]
    assert lines[-5:] == ["Over time (year: papers, authors, pairs, new pairs):", "  2019: 1, 2, 1, 1",
                          "  2020: 2, 4, 4, 3", "  2021: 2, 3, 2, 2", "  2022: 1, 1500, 0, 0"]
    data = json.loads(runner.invoke(cli, ["collaboration", "--store", str(store), "--json"]).stdout)
    assert (data["pairs"], data["hyperauthored_papers"]) == (6, 1)
    assert data["over_time"][-1] == {"year": 2022, "papers": 1, "authors": 1500, "pairs": 0, "new_pairs": 0}
    ann = json.loads(runner.invoke(cli, ["coauthors", "Ann Lee", "--store", str(store), "--json"]).stdout)
    assert [(r["name"], r["weight"]) for r in ann["coauthors"]] == [("Bo Chen", 2), ("Ed Kim", 1), ("Cy Wu", 1)]
    assert (ann["papers"], ann["hyperauthored_papers"]) == (4, 1)


def test_a_paper_at_the_cap_still_adds_its_pairs(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "papers.jsonl"
    source.write_text(json.dumps({"title": "At the Cap", "authors": consortium(MAX_PAIR_AUTHORS)}) + "\n",
                      encoding="utf-8")
    store = tmp_path / "store"
    runner.invoke(cli, ["build", str(source), "--store", str(store), "--no-extract"])
    data = json.loads(runner.invoke(cli, ["collaboration", "--store", str(store), "--json"]).stdout)
    assert (data["pairs"], data["hyperauthored_papers"], data["note"]) == (
        MAX_PAIR_AUTHORS * (MAX_PAIR_AUTHORS - 1) // 2, 0, "")
