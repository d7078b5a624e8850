"""Every command is parse -> one kg.api call -> print, and every command looks names up the same way."""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.api
import kg.cli
from kg.analysis.summary import with_summaries
from kg.cli import cli
from kg.model import AUTHOR, AUTHORED, BUILDS_ON, INTRODUCES, MODEL, PAPER, Edge, Graph, Node
from kg.store import replace_store

MAX_BODY_LINES = 15


def command_bodies() -> dict[str, ast.FunctionDef]:
    tree = ast.parse(inspect.getsource(kg.cli))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr in ("command", "group")
                for d in node.decorator_list):
            out[node.name] = node
    return out


def api_calls(fn: ast.FunctionDef) -> list[str]:
    return [n.func.attr for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and isinstance(n.func.value, ast.Name) and n.func.value.id == "api"]


def test_every_command_is_listed() -> None:
    assert set(command_bodies()) - {"cli"} == {c.callback.__name__ for c in cli.commands.values()}


@pytest.mark.parametrize("name", sorted(set(command_bodies()) - {"cli"}))
def test_command_body_is_short_and_calls_the_api_once(name: str) -> None:
    fn = command_bodies()[name]
    body = fn.body[1:] if isinstance(fn.body[0], ast.Expr) and isinstance(fn.body[0].value, ast.Constant) else fn.body
    lines = body[-1].end_lineno - body[0].lineno + 1  # type: ignore[operator]
    assert lines <= MAX_BODY_LINES, f"{name}: {lines} lines"
    calls = api_calls(fn)
    # `kg query` runs a query or lists them, `kg lineage` shows a lineage or --why: one call on each path
    either = {"query": ["list_queries", "query"], "lineage": ["lineage", "lineage_why"]}
    assert len(calls) == 1 or sorted(calls) == either.get(name), calls


def test_the_shape_check_can_fail() -> None:
    source = "def f():\n    a = api.load_graph(s)\n    print(api.lineage(a))\n"
    assert api_calls(ast.parse(source).body[0]) == ["load_graph", "lineage"]  # type: ignore[arg-type]


# ---------------------------------------------------------------- one name lookup


def small_graph() -> Graph:
    g = Graph()
    for nid, name, extra in [("model:gspmd", "GSPMD", {}), ("model:gshard", "GShard", {}),
                             ("model:palm", "PaLM", {"aliases": ["Pathways Language Model"]}),
                             ("model:switch transformer", "Switch Transformer", {}),
                             ("model:gpt3.5", "GPT-3.5", {}), ("model:gpt35", "GPT 35", {})]:
        g.add_node(Node(nid, MODEL, {"name": name, **extra}))
    for pid, year in [("paper:a", 2020), ("paper:b", 2021), ("paper:c", 2022)]:
        g.add_node(Node(pid, PAPER, {"title": f"Paper {pid[-1]}", "year": year, "date": f"{year}-01-01"}))
    for aid, name in [("author:jurgen muller", "Jürgen Müller"), ("author:ann lee", "Ann Lee")]:
        g.add_node(Node(aid, AUTHOR, {"name": name}))
    for pos, (aid, pid) in enumerate([("author:jurgen muller", "paper:a"), ("author:ann lee", "paper:a")]):
        g.add_edge(Edge(aid, AUTHORED, pid, {"position": pos}))
    g.add_edge(Edge("paper:a", INTRODUCES, "model:gshard"))
    g.add_edge(Edge("paper:b", INTRODUCES, "model:gspmd"))
    g.add_edge(Edge("paper:c", INTRODUCES, "model:palm"))
    g.add_edge(Edge("model:gspmd", BUILDS_ON, "model:gshard", {"evidence": "GSPMD extends GShard."}))
    g.add_edge(Edge("model:palm", BUILDS_ON, "model:gspmd"))
    return g


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("names") / "store"
    replace_store(path, with_summaries(small_graph()))  # as kg build stores it
    return str(path)


def run(store: str, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--store", store])
    return f"exit {result.exit_code}\n{result.output}"


@pytest.mark.parametrize("written", ["gspmd", "GSPMD", "g-spmd", "GSPMDs", "GSPMD 540B"])
def test_lineage_and_named_query_find_the_same_model(store: str, written: str) -> None:
    assert run(store, "lineage", written, "--json").count('"id": "model:gspmd"') == 1
    assert run(store, "query", "lineage", "-p", f"name={written}") == (
        "exit 0\nancestor  depth  path                 kind    score  generic\n"
        "GShard    1      [\"GSPMD\", \"GShard\"]  stated         FALSE\n(1 row)\n")  # this edge stores no score


@pytest.mark.parametrize(("written", "model"), [("pathways language model", "PaLM"), ("PaLM 540B", "PaLM"),
                                                ("switch transformers", "Switch Transformer"),
                                                ("gpt-3.5", "GPT-3.5"), ("GPT 35", "GPT 35")])
def test_aliases_sizes_plurals_and_dots(store: str, written: str, model: str) -> None:
    assert run(store, "query", "papers_by_model", "-p", f"name={written}", "--json").count('"relation"') == (
        0 if model in ("Switch Transformer", "GPT-3.5", "GPT 35") else 1)
    assert f'"model": "{model}"' in run(store, "lineage", written, "--json")


def test_an_author_is_found_without_accents_or_case(store: str) -> None:
    assert run(store, "coauthors", "jurgen muller").startswith("exit 0\nJürgen Müller")
    assert run(store, "query", "coauthors", "-p", "name=JURGEN MULLER").startswith(
        "exit 0\ncoauthor  shared  first_year  last_year\nAnn Lee   1       2020        2020\n(1 row)\nNote: ")


@pytest.mark.parametrize(("args", "label", "close"), [
    (("lineage", "gspnd"), "Model", "GSPMD"),
    (("query", "lineage", "-p", "name=gspnd"), "Model", "GSPMD"),
    (("lineage-path", "GShard", "gspnd"), "Model", "GSPMD"),
    (("coauthors", "Ann Le"), "Author", "Ann Lee"),
    (("query", "coauthors", "-p", "name=Ann Le"), "Author", "Ann Lee"),
    (("authors", "--check", "Ann Le"), "Author", "Ann Lee"),
])
def test_a_name_matching_nothing_says_so_with_close_names(store: str, args: tuple[str, ...], label: str,
                                                          close: str) -> None:
    out = run(store, *args)
    assert out.startswith(f"exit 1\nError: No {label} named {args[-1].split('=')[-1]!r} in the graph. "
                          f"Close names: {close}.\n"), out


def test_a_misspelled_query_name_suggests_the_right_one(store: str) -> None:
    out = run(store, "query", "coauthor", "-p", "name=Ann Lee")
    assert out.startswith("exit 1\nError: no query named 'coauthor'\n  Did you mean: coauthors?\n  Queries: "), out


# ---------------------------------------------------------------- command-line details


def test_extract_reads_standard_input() -> None:
    text = "We present GLaM, which outperforms GPT-3 on SuperGLUE."
    direct = CliRunner().invoke(cli, ["extract", text, "--json"])
    for args in (["extract", "-", "--json"], ["extract", "--file", "-", "--json"]):
        piped = CliRunner().invoke(cli, args, input=text)
        assert (piped.exit_code, piped.output) == (0, direct.output)
    assert '"GLaM"' in direct.output


def test_extract_reads_categories_that_decide_the_field() -> None:
    text = "Spectra of 40 stars were fitted with Kestrel-9, and their redshift was measured."
    args = ["extract", text, "--title", "Kestrel-9: stellar spectra"]
    by_text = CliRunner().invoke(cli, args)
    by_ml = CliRunner().invoke(cli, [*args, "--categories", "cs.LG"])
    by_astro = CliRunner().invoke(cli, [*args, "--categories", " astro-ph.SR, "])
    assert (by_text.exit_code, by_ml.exit_code, by_astro.exit_code) == (0, 0, 0)
    assert by_astro.output == by_text.output == (
        "judged outside ML (by its categories, else its words): known names, data called data, releases, catalogues kept\n"
        "entities:\n  (none)\nrelations:\n  (none)\n")
    assert "'Kestrel-9'" in by_ml.output and "paper INTRODUCES Kestrel-9" in by_ml.output


def test_types_are_labels_in_any_case(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen = {}

    def fake(store: str, output: str, **options: object) -> object:
        seen.update(options)
        return kg.api.Answer({}, "ok")

    monkeypatch.setattr("kg.api.viz", fake)
    result = CliRunner().invoke(cli, ["viz", "--types", "model, PAPER,author", "--store", str(tmp_path)])
    assert (result.exit_code, result.output, seen["types"]) == (0, "ok\n", ["Model", "Paper", "Author"])


def test_lineage_view_of_an_author_reads_well(store: str, tmp_path: Path) -> None:
    out = run(store, "viz", "--view", "lineage", "--focus", "author:ann lee", "-o", str(tmp_path / "v.html"))
    assert out == ("exit 1\nError: the lineage view needs a Model; 'Ann Lee' is an Author: try kg coauthors "
                   "'Ann Lee' or kg viz --view ego --focus 'Ann Lee'.\n")


@pytest.mark.parametrize(("focus", "said"), [
    ("GShard", "'GShard' is a Model: try kg lineage 'GShard' or kg viz --view ego --focus 'GShard'."),
    ("paper:a", "'Paper a' is a Paper: try kg viz --view ego --focus 'Paper a'."),
])
def test_collaboration_view_of_a_non_author_says_what_to_try(store: str, tmp_path: Path, focus: str,
                                                             said: str) -> None:
    out = run(store, "viz", "--view", "collaboration", "--focus", focus, "-o", str(tmp_path / "v.html"))
    assert out == f"exit 1\nError: the collaboration view needs an Author; {said}\n"
    assert not (tmp_path / "v.html").exists()


def test_lineage_view_of_a_model_no_paper_names_says_how_to_add_one(store: str, tmp_path: Path) -> None:
    out = run(store, "viz", "--view", "lineage", "--focus", "Mixtral", "-o", str(tmp_path / "v.html"))
    assert out == ("exit 1\nError: No Model named 'Mixtral' in the graph.\n  Names match ignoring case, spaces and "
                   "dashes, also by alias or without a size (PaLM 540B); a node id works too.\n  No paper read names it: "
                   "add papers that do with kg build FILE --store STORE --add (kg fetch arxiv --query ... writes such a "
                   "file).\n")


def test_namesake_check_of_a_model_says_what_it_is(store: str) -> None:
    assert run(store, "authors", "--check", "GShard") == (
        "exit 1\nError: No Author named 'GShard' in the graph.\n  Names match ignoring case, accents, dots and "
        "spacing, also written 'Last, First'; a node id works too.\n  'GShard' is a Model in the graph: try kg lineage "
        "'GShard'.\n")


@pytest.mark.parametrize(("written", "note"), [
    ("GSPMD 540B", "  ('GSPMD 540B' is read as GSPMD: a size, a size word or a plural names the same model)"),
    ("GSPMDs", "  ('GSPMDs' is read as GSPMD: a size, a size word or a plural names the same model)"),
    ("google/gspmd-hf", "  ('google/gspmd-hf' is read as GSPMD: a model hub's owner/name id is read by its name)"),
    ("GSPMD-L/14", "  ('GSPMD-L/14' is read as GSPMD: a size, a size word or a plural names the same model)"),
    ("Pathways Language Models", "  ('Pathways Language Models' is read as PaLM: a short or long form of its name)"),
    ("g-spmd", "  builds on:"), ("model:gspmd", "  builds on:"),
])
def test_lineage_says_when_a_name_is_read_as_another(store: str, written: str, note: str) -> None:
    assert run(store, "lineage", written).splitlines()[2] == note


def test_one_year_is_written_once(store: str) -> None:
    assert run(store, "coauthors", "Ann Lee") == "exit 0\nAnn Lee: 1 co-author(s) on 1 paper(s)\n  1   Jürgen Müller  (2020)\n"


def test_lineage_text_shows_the_sentence_of_a_stated_edge(store: str) -> None:
    assert run(store, "lineage", "GSPMD", "--depth", "1") == (
        "exit 0\nGSPMD (2021-01-01, introduced by 'Paper b')\n  builds on:\n"
        '    GShard (2020-01-01)  [stated 1.00: "GSPMD extends GShard."]\n'
        "  built upon by:\n    PaLM (2022-01-01)  [stated 1.00]\n")


def test_adding_the_same_listing_again_adds_no_records(tmp_path: Path) -> None:
    listing = tmp_path / "papers.jsonl"
    listing.write_text('{"title": "A paper", "authors": ["Ann Lee"], "year": 2020}\n'
                       '{"title": "Another paper", "authors": ["Ann Lee", "Bo Chen"], "year": 2021}\n',
                       encoding="utf-8")
    store = str(tmp_path / "store")
    reports = [CliRunner().invoke(cli, ["build", str(listing), "--store", store, "--no-extract", "--json", *add])
               for add in ([], ["--add"], ["--add"])]
    assert [r.exit_code for r in reports] == [0, 0, 0], reports[0].output
    assert [json.loads(r.stdout)["records"] for r in reports] == [2, 2, 2]
