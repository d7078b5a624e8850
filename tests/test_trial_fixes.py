"""What a new user met at the command line, fixed by kind: output folders, name lookup, group authors in
collaboration answers, one-model paths, engine errors, empty extraction text, the --add report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli

PAPERS = [
    {"id": "2301.00001", "title": "Switch Transformer: Sparse Experts",
     "abstract": "We introduce Switch Transformer, a sparse mixture of experts model.",
     "authors": ["Yara Quist", "Bo Chen", "Orbit-AI"], "date": "2023-01-02"},
    {"id": "2302.00002", "title": "Swin Transformer: Shifted Windows",
     "abstract": "We present Swin Transformer, a vision backbone.",
     "authors": ["Yara Quist", "Delta Team"], "date": "2023-02-03"},
    {"id": "2303.00003", "title": "Switch-C: Bigger Experts",
     "abstract": "We introduce Switch-C, which builds on Switch Transformer.",
     "authors": ["Bo Chen", "Ida Moss"], "date": "2023-03-04"},
]
MODEL_HINT = ("  Names match ignoring case, spaces and dashes, also by alias or without a size (PaLM 540B); "
              "a node id works too.\n")
AUTHOR_HINT = ("  Names match ignoring case, accents, dots and spacing, also written 'Last, First'; "
               "a node id works too.\n")


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("trial")
    result = CliRunner().invoke(cli, ["build", str(jsonl(folder / "p.jsonl", PAPERS)), "--store",
                                      str(folder / "s"), "--quiet"])
    assert result.exit_code == 0, result.output
    return folder / "s"


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("command", [
    ["viz", "-o", "{missing}/a.html"],
    ["export", "--format", "graphml", "-o", "{missing}/x.graphml"],
    ["export", "--format", "neo4j-csv", "-o", "{missing}/csv"],
    ["fetch", "arxiv", "--query", "all:experts", "-o", "{missing}/fetched"],
])
def test_every_output_into_a_missing_folder_is_one_clean_error(command: list[str], store: Path,
                                                               tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    args = [a.format(missing=missing) for a in command]
    result = run(*args, "--store", str(store)) if command[0] != "fetch" else run(*args)
    target = args[args.index("-o") + 1]
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: cannot write {target}: the folder {missing} does not exist\n"
                             f"  Make it first (mkdir -p {missing}) or give -o a path in an existing folder.\n")
    assert not (tmp_path / "no").exists()


def test_a_viewer_page_named_as_a_png_is_refused_before_any_work(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "kg.png"
    result = run("viz", "--store", str(store), "-o", str(target), "--png")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: cannot write the viewer page to {target}: the page is HTML\n"
                             "  Give -o a name ending in .html; --png writes kg.png beside it.\n")
    assert not target.exists()


def test_output_under_a_file_names_the_file(store: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "plain.txt"
    blocker.write_text("x", encoding="utf-8")
    result = run("viz", "--store", str(store), "-o", str(blocker / "sub" / "v.html"))
    assert (result.exit_code, result.stderr) == (1, f"Error: cannot write {blocker / 'sub' / 'v.html'}: "
                                                    f"{blocker} is a file, not a folder\n"
                                                    "  Give -o a path in an existing folder.\n")


@pytest.mark.parametrize(("word", "close"), [
    ("switch", "Switch-C, Switch Transformer"),  # a word that starts several names, shortest first
    ("swin", "Swin Transformer"),
    ("former", "Swin Transformer, Switch Transformer"),  # contained in names
])
def test_a_partial_model_name_suggests_the_names_it_starts_or_is_in(word: str, close: str, store: Path) -> None:
    result = run("lineage", word, "--store", str(store))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: No Model named {word!r} in the graph. Close names: {close}.\n" + MODEL_HINT
    assert run("lineage", word, "--store", str(store)).stderr == result.stderr  # deterministic


def test_last_first_order_finds_the_author_and_the_hint_speaks_of_people(store: Path) -> None:
    for spelling in ("Quist, Yara", "quist,  yara"):
        result = run("coauthors", spelling, "--store", str(store))
        assert (result.exit_code, result.output) == (0, "Yara Quist: 1 co-author(s) on 2 paper(s)\n"
                                                        "Note: 2 group author name(s) left out, not people: "
                                                        "Delta Team, Orbit-AI.\n"
                                                        "  1   Bo Chen  (2023)\n")
    result = run("coauthors", "Moss, Ivy", "--store", str(store))
    assert (result.exit_code, result.stderr) == (1, "Error: No Author named 'Moss, Ivy' in the graph. "
                                                    "Close names: Ida Moss.\n" + AUTHOR_HINT)


def test_group_authors_are_left_out_of_collaboration_and_counted(store: Path) -> None:
    result = run("collaboration", "--store", str(store))
    assert (result.exit_code, result.output) == (0, """\
3 authors, 2 co-author pairs, 3 papers, 1 communities
Note: 2 group author name(s) left out, not people: Delta Team, Orbit-AI.
Most central (co-authors, shared-paper weight, betweenness):
  Bo Chen: 2, 2, 1.000
  Ida Moss: 1, 1, 0.000
  Yara Quist: 1, 1, 0.000
Communities (Leiden):
  #1 (3): Bo Chen, Ida Moss, Yara Quist
Bridges between communities:
  (none)
Strongest pairs:
  1 Bo Chen & Ida Moss (2023)
  1 Yara Quist & Bo Chen (2023)
Over time (year: papers, authors, pairs, new pairs):
  2023: 3, 3, 2, 2
""")
    data = json.loads(run("collaboration", "--store", str(store), "--json").output)
    assert data["groups_left_out"] == ["Delta Team", "Orbit-AI"]


def test_a_path_from_a_model_to_itself_says_it_is_one_model(store: Path) -> None:
    result = run("lineage-path", "switch transformer", "Switch-Transformer", "--store", str(store))
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", "Error: switch transformer and Switch-Transformer are the same model (Switch Transformer)\n"
               "  Give two different models: a BUILDS_ON chain or edge joins two models.\n")
    result = run("lineage-path", "Switch-C", "Switch-C", "--store", str(store))
    assert (result.exit_code, result.stderr) == (1, "Error: Switch-C and Switch-C are the same model\n"
                                                    "  Give two different models: a BUILDS_ON chain or edge joins "
                                                    "two models.\n")


def test_a_cypher_syntax_error_is_one_short_line_and_a_hint(store: Path) -> None:
    result = run("cypher", "MATCH (n RETURN n", "--store", str(store))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("Error: the store could not run the statement: Syntax error at line 1:9 - "
                             "no viable alternative at input '(n RETURN'\n"
                             "  Check the Cypher near the place named (kg cypher runs read-only clauses; "
                             "values go in as $name with -p name=VALUE).\n")


def test_a_cypher_error_without_a_place_names_none(store: Path) -> None:
    result = run("cypher", "RETURN 1/0 AS x", "--store", str(store))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("Error: the store could not run the statement: Reading the result set failed: / by zero\n"
                             "  Check the Cypher (kg cypher runs read-only clauses; "
                             "values go in as $name with -p name=VALUE).\n")


@pytest.mark.parametrize(("args", "stdin"), [(["extract", ""], None), (["extract", "  \n"], None),
                                             (["extract", "-"], "")])
def test_nothing_to_extract_is_a_clean_error(args: list[str], stdin: str | None) -> None:
    result = CliRunner().invoke(cli, args, input=stdin)
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", "Error: nothing to extract: give text, --file F or - for standard input\n")


def test_an_empty_file_to_extract_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "abstract.txt"
    empty.write_text(" \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--file", str(empty)])
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", f"Error: nothing to extract: {empty} is empty; give it the abstract's text\n")
    result = CliRunner().invoke(cli, ["extract", "--file", "-"], input="\n")
    assert (result.exit_code, result.stderr) == (
        1, "Error: nothing to extract: standard input is empty; give it the abstract's text\n")


def test_an_abstract_judged_outside_ml_says_so() -> None:
    text = "We measure the expansion rate with 40 supernovae observed by the Kestrel-9 telescope."
    outside = CliRunner().invoke(cli, ["extract", text, "--categories", "astro-ph.CO"])
    assert (outside.exit_code, outside.stdout) == (0, (
        "judged outside ML (by its categories, else its words): known names, data called data, releases, catalogues kept\n"
        "entities:\n  (none)\nrelations:\n  (none)\n"))
    inside = CliRunner().invoke(cli, ["extract", "We train Zorbnet on 40 maps.", "--categories", "cs.LG"])
    assert inside.stdout.startswith("entities:\n")


def test_build_add_counts_what_the_store_holds_and_what_was_added(tmp_path: Path) -> None:
    first, second = jsonl(tmp_path / "a.jsonl", PAPERS[:2]), jsonl(tmp_path / "b.jsonl", PAPERS[2:])
    s = str(tmp_path / "s")
    result = run("build", str(first), "--store", s, "--no-extract", "--quiet")
    assert result.output.splitlines()[0] == f"Built {s}: 2 papers from 2 records in 1 file(s)."
    for again in ("", ", replacing the 1 record(s) read before from the same file(s)"):  # adding the same file
        result = run("build", str(second), "--add", "--store", s, "--no-extract", "--quiet")  # again replaces its
        assert result.output.splitlines()[0] == (f"Built {s}: 3 papers from 3 records in 2 file(s) "  # records
                                                 f"(1 record(s) from 1 file(s) added now{again}).")


def test_a_community_cut_by_top_says_how_many_more(store: Path) -> None:
    full, cut = run("collaboration", "--store", str(store)), run("collaboration", "--store", str(store), "--top", "2")
    assert "  #1 (3): Bo Chen, Ida Moss, Yara Quist\n" in full.output
    assert "  #1 (3): Bo Chen, Ida Moss and 1 more\n" in cut.output


def test_the_viewer_colours_the_communities_collaboration_prints_without_group_authors(store: Path) -> None:
    from kg.analysis.collab import collaboration
    from kg.api import load_networkx
    from kg.viz import page_data

    G = load_networkx(store)
    data, printed = page_data(G, view="collaboration"), collaboration(G)
    assert [c["members"] for c in printed["communities"]] == [["Bo Chen", "Ida Moss", "Yara Quist"]]
    for c in printed["communities"]:
        assert {n["name"] for n in data["nodes"] if n.get("community") == c["id"]} == set(c["members"])


def test_lineage_shows_a_long_evidence_sentence_around_the_two_models() -> None:
    from kg.analysis.lineage.format import EXCERPT_CHARS, format_lineage

    sentence = ("We release four artifacts: (1) a data mix of many sources, " + "curated with care, " * 12
                + "(2) Wren 2, Quill models tuned on the mix, " + "and evaluated widely, " * 12 + "today.")
    tree = {"model": "Wren 2", "date": "2024-01-02", "descendants": [],
            "ancestors": [{"model": "Quill", "date": "2023-01-01", "kind": "stated", "score": 1.0,
                           "rule": "text-cue", "reasons": [], "sentence": sentence, "ancestors": []}]}
    line = format_lineage(tree).splitlines()[2]
    shown = line.split('text-cue: "', 1)[1].rstrip('"]')
    assert shown.startswith("… ") and shown.endswith(" …") and "(2) Wren 2, Quill models tuned" in shown
    assert len(shown) <= EXCERPT_CHARS + 4 < len(sentence)


def test_a_group_author_is_not_shortened_like_a_person() -> None:
    from kg.viz import short_label

    assert short_label("Gemini Team", "Author", 14) is None  # short enough whole; cut only as any text is
    assert short_label("Gemini Team", "Author", 8) == "Gemini\u2026"
    assert short_label("Yanping Huang", "Author", 14) == "Y. Huang"


def test_a_name_of_another_kind_says_what_it_is(store: Path) -> None:
    result = run("lineage", "Yara Quist", "--store", str(store))
    assert (result.exit_code, result.stderr) == (1, "Error: No Model named 'Yara Quist' in the graph.\n" + MODEL_HINT
                                                 + "  'Yara Quist' is an Author in the graph: try kg coauthors "
                                                   "'Yara Quist'.\n")
    result = run("coauthors", "Switch-C", "--store", str(store))
    assert result.stderr.endswith("  'Switch-C' is a Model in the graph: try kg lineage 'Switch-C'.\n")
    for typed in ("switch-c", "SWITCH C"):  # the other kind is found whatever the case, spaces and dashes
        result = run("coauthors", typed, "--store", str(store))
        assert result.stderr.endswith(f"  {typed!r} is a Model in the graph: try kg lineage {typed!r}.\n")


def test_a_model_name_typed_without_its_accents_is_found(tmp_path: Path) -> None:
    rows = [{"id": "2311.00001", "title": "Tülu 2: Better Tuning", "abstract": "We introduce Tülu 2, a chat model.",
             "authors": ["Ana Ruiz"], "date": "2023-11-01"}]
    s = str(tmp_path / "s")
    assert run("build", str(jsonl(tmp_path / "p.jsonl", rows)), "--store", s, "--quiet").exit_code == 0
    assert run("lineage", "Tulu 2", "--store", s).output.startswith("Tülu 2 (2023-11-01")


def test_a_build_over_a_store_says_it_replaced_it(tmp_path: Path) -> None:
    source, s = jsonl(tmp_path / "p.jsonl", PAPERS[:1]), str(tmp_path / "s")
    first = run("build", str(source), "--store", s, "--no-extract", "--quiet").output.splitlines()
    again = run("build", str(source), "--store", s, "--no-extract", "--quiet").output.splitlines()
    assert "Replaced" not in "\n".join(first)
    assert again[:2] == [first[0], "Replaced the store that was there (kg build --add adds to a store instead)."]
    assert again[2:] == first[1:]


def test_an_add_to_no_store_says_it_made_a_new_one(tmp_path: Path) -> None:
    source, s = jsonl(tmp_path / "p.jsonl", PAPERS[:1]), str(tmp_path / "typo")
    first = run("build", str(source), "--add", "--store", s, "--no-extract", "--quiet")
    assert first.exit_code == 0
    assert first.output.splitlines()[1] == (f"No store was at {s}: --add made a new one from these sources alone "
                                            "(check the --store path).")
    again = run("build", str(jsonl(tmp_path / "q.jsonl", PAPERS[1:2])), "--add", "--store", s, "--no-extract",
                "--quiet")
    assert "No store was at" not in again.output


def test_a_merged_copys_own_abstract_is_read_too(tmp_path: Path) -> None:
    """Two copies of one paper (same arXiv id) with different abstracts: the graph keeps the longer, and what
    the other states (its base models) is extracted as well; a copy whose abstract the other holds adds
    nothing."""
    long = {"id": "2202.00009", "title": "Zorb-MoE: Stable Sparse Experts", "authors": ["Ida Moss"],
            "date": "2022-02-17", "abstract": "Scale has opened new frontiers in language processing, but at a high "
            "cost. We design Zorb-MoE, a sparse model with 269B parameters, and report results on SuperGLUE."}
    short = {**long, "abstract": "We design Zorb-MoE, building on Switch Transformer and GShard."}
    s = str(tmp_path / "s")
    assert run("build", str(jsonl(tmp_path / "a.jsonl", [long])), str(jsonl(tmp_path / "b.jsonl", [short])),
               "--store", s, "--quiet").exit_code == 0
    out = run("lineage", "Zorb-MoE", "--store", s).output
    assert "    GShard (" in out and "    Switch Transformer (" in out
    same = {**long, "abstract": long["abstract"][:60]}  # held by the longer copy: no other abstract
    s2 = str(tmp_path / "s2")
    assert run("build", str(jsonl(tmp_path / "c.jsonl", [long])), str(jsonl(tmp_path / "d.jsonl", [same])),
               "--store", s2, "--quiet").exit_code == 0
    assert "builds on:\n    (none)" in run("lineage", "Zorb-MoE", "--store", s2).output


def test_a_name_another_kind_of_node_answers_to_by_alias_says_what_it_is(tmp_path: Path) -> None:
    rows = [{"id": "2311.00002", "title": "ZRE: A Benchmark for Expert Routing",
             "abstract": "We introduce the Zorb Routing Evaluation (ZRE) benchmark. We evaluate ZorbMoE on ZRE.",
             "authors": ["Ana Ruiz"], "date": "2023-11-01"}]
    s = str(tmp_path / "s")
    assert run("build", str(jsonl(tmp_path / "p.jsonl", rows)), "--store", s, "--quiet").exit_code == 0
    result = run("lineage", "Zorb Routing Evaluation", "--store", s)
    assert result.exit_code == 1
    assert result.stderr.endswith("  'Zorb Routing Evaluation' is a Dataset in the graph: try kg viz --view ego "
                                  "--focus 'Zorb Routing Evaluation'.\n")
