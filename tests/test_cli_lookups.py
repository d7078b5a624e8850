"""A new user's lookups, exact output: --skip-bad lists every left-out record when none is good, --why names a
chain through other models, lineage-path keeps the order the models were named in and refuses one model twice,
close names of a person share a word, model_family dates each model as the viewer does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.model import AUTHOR, AUTHORED, BUILDS_ON, INTRODUCES, MENTIONS, MODEL, PAPER, Edge, Graph, Node
from kg.store import replace_store

BIRDS = (("heron", "Heron", "2019-02-01"), ("kestrel", "Kestrel", "2020-03-01"), ("osprey", "Osprey", "2021-04-01"))


def bird_graph() -> Graph:
    """Three models, each introduced by its own paper: Osprey builds on Kestrel, Kestrel on Heron (stated),
    and Wren (only named by Osprey's paper); two authors sharing no word with each other."""
    g = Graph()
    for key, name, day in BIRDS:
        g.add_node(Node(f"paper:{key}", PAPER, {"title": f"{name}: a model", "date": day, "year": int(day[:4])}))
        g.add_node(Node(f"model:{key}", MODEL, {"name": name, "date": day, "introduced_by": f"{name}: a model"}))
        g.add_edge(Edge(f"paper:{key}", INTRODUCES, f"model:{key}"))
    g.add_node(Node("model:wren", MODEL, {"name": "Wren", "first_seen": "2021-04-01"}))
    g.add_edge(Edge("paper:osprey", MENTIONS, "model:wren"))
    g.add_edge(Edge("model:kestrel", BUILDS_ON, "model:heron",
                    {"rule": "text-cue", "score": 1.0, "evidence": "Kestrel extends Heron."}))
    g.add_edge(Edge("model:osprey", BUILDS_ON, "model:kestrel",
                    {"rule": "text-cue", "score": 1.0, "evidence": "Osprey refines Kestrel."}))
    for name in ("Tomasz Kowal", "Bo Wal"):
        g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
        g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, "paper:heron"))
    return g


@pytest.fixture(scope="module")
def birds(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("birds") / "store"
    replace_store(path, bird_graph())
    return str(path)


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_skip_bad_lists_every_left_out_record_when_none_is_good(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"title": 7}\n{"title": "Fine", "has_code": "maybe"}\n', encoding="utf-8")
    result = run("build", str(source), "--store", str(tmp_path / "s"), "--no-extract", "--skip-bad")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {source}: no paper read from the file as jsonl: every record is bad (2 left out):\n"
        f"  {source}:1: bad record: 'title' must be a string, got a number (7)\n"
        f"  {source}:2: bad record: 'has_code' must be true, false or null, got the string 'maybe'\n"
        "  Fix the records listed, or leave the file out: --skip-bad leaves out bad records, never a whole file.\n")
    assert not (tmp_path / "s").exists()


def test_why_names_the_chain_through_other_models(birds: str) -> None:
    result = run("lineage", "Heron", "--why", "Osprey", "--store", birds)
    assert (result.exit_code, result.output) == (0, (
        "No BUILDS_ON edge joins Heron (2019-02-01) and Osprey (2021-04-01).\n"
        "  a BUILDS_ON chain through other models joins them: Osprey -> Kestrel -> Heron (2 steps, each model "
        "building on the next; weakest link: stated 1.00 (Osprey -> Kestrel)); kg lineage-path Heron Osprey shows "
        "each step's evidence\n"
        "  no evidence joins them directly in the graph\n"
        "  inference would need, for Osprey to build on Heron: a derivation signal (a citation that names the parent too, a stated base, a "
        "name relation); no candidate edge: Osprey already has a parent (Kestrel, stated)\n"))
    data = json.loads(run("lineage", "Heron", "--why", "Osprey", "--store", birds, "--json").output)
    assert [(s["source"], s["target"]) for s in data["chain"]] == [("Osprey", "Kestrel"), ("Kestrel", "Heron")]
    alone = run("lineage", "Heron", "--why", "Wren", "--store", birds)
    assert "chain" not in alone.output and "  no evidence joins them in the graph\n" in alone.output


def test_lineage_path_keeps_the_order_the_models_were_named_in(birds: str) -> None:
    up = run("lineage-path", "Heron", "Osprey", "--store", birds)
    assert (up.exit_code, up.output) == (0, (
        'Heron (2019-02-01) <- Kestrel (2020-03-01)  [stated 1.00, text-cue: "Kestrel extends Heron."]\n'
        'Kestrel (2020-03-01) <- Osprey (2021-04-01)  [stated 1.00, text-cue: "Osprey refines Kestrel."]\n'
        "2 steps from Heron to Osprey (X <- Y: Y builds on X); weakest link: stated 1.00 (Kestrel <- Osprey)\n"))
    down = run("lineage-path", "Osprey", "Heron", "--store", birds)
    assert (down.exit_code, down.output) == (0, (
        'Osprey (2021-04-01) -> Kestrel (2020-03-01)  [stated 1.00, text-cue: "Osprey refines Kestrel."]\n'
        'Kestrel (2020-03-01) -> Heron (2019-02-01)  [stated 1.00, text-cue: "Kestrel extends Heron."]\n'
        "2 steps from Osprey to Heron (X -> Y: X builds on Y); weakest link: stated 1.00 (Osprey -> Kestrel)\n"))
    data = json.loads(run("lineage-path", "Heron", "Osprey", "--store", birds, "--json").output)
    assert (data["from"], data["to"], data["later"], data["earlier"]) == ("Heron", "Osprey", "Osprey", "Heron")
    assert [(s["source"], s["target"]) for s in data["path"]] == [("Osprey", "Kestrel"), ("Kestrel", "Heron")]


def test_one_model_twice_is_refused(birds: str) -> None:
    same = run("lineage-path", "Heron", "heron", "--store", birds)
    assert (same.exit_code, same.stderr) == (1, "Error: Heron and heron are the same model (Heron)\n"
                                                "  Give two different models: a BUILDS_ON chain or edge joins two "
                                                "models.\n")
    why = run("lineage", "Kestrel", "--why", "Kestrel", "--store", birds)
    assert (why.exit_code, why.stderr) == (1, "Error: Kestrel and Kestrel are the same model\n"
                                              "  Give two different models: a BUILDS_ON chain or edge joins two "
                                              "models.\n")


def test_close_names_of_a_person_share_a_word_not_a_few_letters(birds: str) -> None:
    hint = "  Names match ignoring case, accents, dots and spacing, also written 'Last, First'; a node id works too.\n"
    result = run("coauthors", "Kowal", "--store", birds)  # not Bo Wal: "wal" ends "kowal", a stranger
    assert (result.exit_code, result.stderr) == (1, "Error: No Author named 'Kowal' in the graph. Close names: "
                                                    f"Tomasz Kowal.\n{hint}")
    result = run("coauthors", "Kowal Tomas", "--store", birds)  # a shared word, in another order
    assert result.stderr == f"Error: No Author named 'Kowal Tomas' in the graph. Close names: Tomasz Kowal.\n{hint}"
    result = run("coauthors", "Howal", "--store", birds)  # a letter off Kowal: spelled alike word by word
    assert result.stderr == f"Error: No Author named 'Howal' in the graph. Close names: Tomasz Kowal.\n{hint}"


def test_model_family_dates_each_model_as_the_viewer_does(birds: str, tmp_path: Path) -> None:
    g = bird_graph()
    g.add_node(Node("model:osprey 2", MODEL, {"name": "Osprey 2", "first_seen": "2022-05-06"}))
    g.add_node(Node("model:osprey lite", MODEL, {"name": "Osprey Lite"}))
    replace_store(tmp_path / "s", g)
    result = run("query", "model_family", "-p", "root=Osprey", "--store", str(tmp_path / "s"))
    assert (result.exit_code, result.output) == (0, (
        "model        first_year  dated_by\n"
        "Osprey       2021        introduced\n"
        "Osprey 2     2022        first seen\n"
        "Osprey Lite\n"
        "(3 rows)\n"))
    from kg.viz.slicing import when

    shown = g.to_networkx()
    assert [when(shown, m)[:2] for m in ("model:osprey", "model:osprey 2", "model:osprey lite")] == [
        (2021, "introduced"), (2022, "first seen"), (None, "undated")]


def test_an_author_not_found_where_papers_list_first_authors_only_says_so(example_store: Path) -> None:
    # a user asking for a co-author of a truncated listing ("et al.") learns that authors may be missing, not
    # that the person wrote nothing here (the bundled examples list 2 of 15 papers' first authors only)
    result = run("coauthors", "Nobody Known", "--store", str(example_store))
    assert (result.exit_code, result.stderr) == (
        1, "Error: No Author named 'Nobody Known' in the graph.\n"
           "  Names match ignoring case, accents, dots and spacing, also written 'Last, First'; a node id works too.\n"
           "  2 of 15 papers list only their first authors ('et al.'): their other authors are not in the graph.\n")


EMPTY = ("Error: An empty name names nothing.\n"
         "  Give a name, a title or a node id (kg stats counts what the graph holds).\n")


@pytest.mark.parametrize("args", [("lineage", ""), ("lineage", "   "), ("lineage-path", "", "Heron"),
                                  ("viz", "--view", "ego", "--focus", ""), ("query", "lineage", "--param", "name=")])
def test_an_empty_name_is_refused_not_matched_to_an_untitled_paper(birds: str, tmp_path: Path,
                                                                   args: tuple[str, ...]) -> None:
    # "kg lineage ''" answered "'' is a Paper in the graph" (an arXiv-only record has an empty title), and the ego
    # view drew that paper
    extra = ("-o", str(tmp_path / "v.html")) if args[0] == "viz" else ()
    result = run(*args, *extra, "--store", birds)
    assert (result.exit_code, result.stderr) == (1, EMPTY)


def test_a_model_no_paper_names_says_how_to_add_papers(birds: str) -> None:
    # "kg lineage Mixtral" on listings that never name it: the graph holds only the papers read
    result = run("lineage", "Zorbtral", "--store", birds)
    assert (result.exit_code, result.stderr) == (
        1, "Error: No Model named 'Zorbtral' in the graph.\n"
           "  Names match ignoring case, spaces and dashes, also by alias or without a size (PaLM 540B); a node id "
           "works too.\n"
           "  No paper read names it: add papers that do with kg build FILE --store STORE --add (kg fetch arxiv "
           "--query ... writes such a file).\n")
