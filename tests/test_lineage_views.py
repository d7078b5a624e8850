"""What lineage answers hide, and say they hide; and what the lineage viewer calls each edge and model.

Hidden edges are announced: ``kg lineage`` counts the edges to generic architectures (and those under
``--min-score``) it left out and names the option that shows them, ``kg lineage-path`` names it when only a
hidden edge joins two models, ``kg viz`` has ``--show-generic`` and its page says what it leaves out, and a
stated edge the build drops for time order is reported. The viewer calls each edge what ``kg lineage``
calls it (stated, name, inferred, candidate) and draws an undated model beside the models it is linked to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analysis.lineage.format import format_lineage
from kg.cli import cli
from kg.viz import page_data, placing_years

PAPERS = [  # invented: a stated adaptation of a generic architecture, and a parent introduced after its child
    ("2201.00001", "KiteNet: Graph Learning with Attention",
     "We introduce KiteNet, which adapts the Transformer to molecule graphs with ring encodings.", "2022-01-10"),
    ("2203.00002", "LarkNet: Fast Audio Tagging",
     "We introduce LarkNet, an audio tagger based on WrenNet, trained on AudioSet.", "2022-03-10"),
    ("2304.00003", "WrenNet: Audio Models at Scale",
     "We introduce WrenNet, an audio model trained on AudioSet at scale.", "2023-04-10"),
    ("1706.00004", "Attention Alone",
     "We introduce the Transformer, an architecture based solely on attention.", "2017-06-10"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store built from PAPERS, and what ``kg build`` printed."""
    folder = tmp_path_factory.mktemp("views")
    source = folder / "p.jsonl"
    source.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a, "authors": [f"Au Thor{n}"],
                                          "date": d}) + "\n" for n, (i, t, a, d) in enumerate(PAPERS)))
    result = CliRunner().invoke(cli, ["build", str(source), "--store", str(folder / "s")])
    assert result.exit_code == 0, result.output
    return folder / "s", result.output


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_lineage_says_how_many_generic_edges_it_hid_and_which_option_shows_them(built: tuple[Path, str]) -> None:
    store = str(built[0])
    assert run("lineage", "Transformer", "--store", store) == (
        "Transformer (first seen 2017-06-10)\n"
        "  builds on:\n    (none)\n  built upon by:\n    (none)\n"
        "  hidden: 1 edge to generic architectures (--show-generic shows it)\n"
        "  also named by papers (no lineage): 1 naming it; kg query papers_by_model --param name=Transformer "
        "lists them\n")
    assert run("lineage", "KiteNet", "--store", store).endswith(
        "  hidden: 1 edge to generic architectures (--show-generic shows it)\n")
    shown = run("lineage", "Transformer", "--store", store, "--show-generic")
    assert "    KiteNet (2022-01-10)  [stated, generic 1.00" in shown and "hidden" not in shown
    data = json.loads(run("lineage", "KiteNet", "--store", store, "--json"))
    assert data["hidden"] == {"generic": 1, "below_min_score": 0}


def test_lineage_names_edges_below_min_score_it_hid() -> None:
    tree = {"model": "Zeta", "date": "2024-01-02", "ancestors": [], "descendants": [],
            "hidden": {"generic": 0, "below_min_score": 3}}
    assert format_lineage(tree, 0.6).splitlines()[-1] == (
        "  hidden: 3 edges scoring below --min-score 0.60 (a lower --min-score shows them)")


def test_lineage_path_names_the_option_when_only_a_hidden_edge_joins_them(built: tuple[Path, str]) -> None:
    store = str(built[0])
    assert run("lineage-path", "KiteNet", "Transformer", "--store", store) == (
        "No BUILDS_ON chain joins KiteNet and Transformer.\n"
        "A chain through hidden edges joins them: --show-generic shows it.\n")
    assert run("lineage-path", "KiteNet", "Transformer", "--store", store, "--show-generic").startswith(
        "KiteNet (2022-01-10) -> Transformer (first seen 2017-06-10)  [stated, generic 1.00")
    assert run("lineage-path", "KiteNet", "LarkNet", "--store", store) == (
        "No BUILDS_ON chain joins KiteNet and LarkNet.\n"
        "kg lineage KiteNet --why LarkNet says what the graph holds about the two.\n")


def test_a_stated_edge_dropped_for_time_order_is_reported_by_build_and_lineage(built: tuple[Path, str]) -> None:
    store, printed = built
    assert printed.splitlines()[1:3] == [
        "Left out 1 stated BUILDS_ON edge(s) whose parent is introduced later:",
        "  LarkNet builds on WrenNet (introduced 2023-04-10, after this model's 2022-03-10)"]
    assert run("lineage", "LarkNet", "--store", str(store)) == (
        "LarkNet (2022-03-10, introduced by 'LarkNet: Fast Audio Tagging')\n"
        "  builds on:\n    (none)\n  built upon by:\n    (none)\n"
        "  left out: stated to build on WrenNet (introduced 2023-04-10, after this model's 2022-03-10)\n")


def page_of(html: Path) -> dict[str, Any]:
    text = html.read_text(encoding="utf-8")
    start = text.index('<script type="application/json"')
    body = text[text.index(">", start) + 1: text.index("</script>", start)]
    return json.loads(body)  # type: ignore[no-any-return]


def test_viz_says_what_it_leaves_out_and_show_generic_draws_it(built: tuple[Path, str], tmp_path: Path) -> None:
    store = str(built[0])
    for focus in ([], ["--focus", "KiteNet"]):  # the whole graph, and the part read around one model
        out = tmp_path / "l.html"
        run("viz", "--view", "lineage", *focus, "--store", store, "-o", str(out))
        page = page_of(out)
        assert page["edges"] == []
        assert page["note"] == ("1 link to generic architectures (Transformer, LSTM, ...) is not drawn: "
                                "kg viz --show-generic draws them.")
        run("viz", "--view", "lineage", *focus, "--store", store, "-o", str(out), "--show-generic")
        page = page_of(out)
        assert [(e["how"], e.get("generic")) for e in page["edges"]] == [("stated", True)]
        assert "note" not in page


def lineage_kinds() -> Any:
    """Models with one edge of each kind, an undated parent of two dated models, and one generic edge."""
    G = nx.MultiDiGraph()
    for i, year in enumerate([2019, 2020, 2021, 2022, 2023, 2024]):
        G.add_node(f"p{i}", label="Paper", title=f"P{i}", year=year, date=f"{year}-02-03")
        G.add_node(f"m{i}", label="Model", name=f"Mod{i}")
        G.add_edge(f"p{i}", f"m{i}", type="INTRODUCES")
    G.add_node("base", label="Model", name="Base")  # named by no paper
    G.add_node("gen", label="Model", name="Gen")
    for child, parent, props in [
            ("m1", "m0", {"rule": "text-cue", "evidence": "Mod1 extends Mod0."}),
            ("m2", "m1", {"rule": "name-variant", "evidence": "name relation: no sentence names both"}),
            ("m3", "m2", {"inferred": True, "score": 0.81, "rule": "citation"}),
            ("m4", "m3", {"inferred": True, "candidate": True, "score": 0.3, "rule": "weak-evidence"}),
            ("m4", "base", {"rule": "name-version"}), ("m5", "base", {"rule": "name-version"}),
            ("m5", "gen", {"rule": "text-cue", "generic": True})]:
        G.add_edge(child, parent, type="BUILDS_ON", **props)
    return G


def test_viewer_calls_each_edge_what_kg_lineage_calls_it() -> None:
    data = page_data(lineage_kinds(), view="lineage")
    kinds = {(e["from"], e["to"]): (e["how"], e["title"]) for e in data["edges"]}
    assert kinds[("m1", "m0")] == ("stated", "Mod1 builds on Mod0: stated (text-cue)")
    assert kinds[("m2", "m1")] == ("name", "Mod2 builds on Mod1: name relation (name-variant)")
    assert kinds[("m3", "m2")] == ("inferred", "Mod3 builds on Mod2: inferred, score 0.81 (citation)")
    assert kinds[("m4", "m3")] == ("candidate", "Mod4 builds on Mod3: candidate, score 0.30 (weak-evidence)")
    edges = {(e["from"], e["to"]): e for e in data["edges"]}
    assert not edges[("m1", "m0")].get("dashes") and edges[("m2", "m1")]["dashes"] != edges[("m4", "m3")]["dashes"]
    legend = {item["key"]: item["text"] for item in data["legend"] if item.get("edges")}
    assert list(legend) == ["edge:stated", "edge:name", "edge:inferred", "edge:candidate"]
    assert legend["edge:candidate"].startswith("candidate") and "stated" not in legend["edge:name"]


def test_an_undated_model_is_drawn_before_the_models_building_on_it() -> None:
    data = page_data(lineage_kinds(), view="lineage")
    at = {n["id"]: n for n in data["nodes"]}
    assert at["base"]["label"].endswith("undated")
    assert at["base"]["x"] < min(at["m4"]["x"], at["m5"]["x"])
    assert [band["label"] for band in data["axis"]] == ["2019", "2020", "2021", "2022", "2023", "2024"]
    assert data["note"].startswith("1 link to generic architectures")


def test_placing_years_follows_links_then_falls_back_to_undated() -> None:
    L = nx.MultiDiGraph([("c", "b"), ("b", "a"), ("y", "x")])  # child -> parent
    assert placing_years(L, {"c": 2020, "b": None, "a": None, "x": 2018, "y": None}) == {
        "c": 2020, "b": 2020, "a": 2020, "y": 2018, "x": 2018}
    assert placing_years(nx.MultiDiGraph([("q", "r")]), {"q": None, "r": None}) == {"q": None, "r": None}


def test_lineage_shows_width_steps_from_each_model_and_counts_the_rest(tmp_path: Path) -> None:
    """A model with many descendants: the newest ``--width`` under each model, a line counting the others,
    ``--all`` every one; the JSON answer carries the counts."""
    from kg.model import BUILDS_ON, INTRODUCES, MODEL, PAPER, Edge, Graph, Node
    from kg.pipeline import add_inferred_lineage
    from kg.store import replace_store

    g = Graph()
    names = {"Oak": "2019", "Elm": "2020", "Ash": "2021", "Yew": "2022", "Fir": "2023", "Bay": "2024", "Ivy": "2024"}
    for i, (name, year) in enumerate(names.items()):
        g.add_node(Node(f"model:{name.lower()}", MODEL, {"name": name}))
        g.add_node(Node(f"paper:p{i}", PAPER, {"title": f"{name}: a tree", "date": f"{year}-0{i + 1}-01"}))
        g.add_edge(Edge(f"paper:p{i}", INTRODUCES, f"model:{name.lower()}"))
    for child, parent in [("elm", "oak"), ("ash", "oak"), ("yew", "oak"), ("fir", "oak"), ("bay", "fir"),
                          ("ivy", "fir"), ("yew", "elm")]:
        g.add_edge(Edge(f"model:{child}", BUILDS_ON, f"model:{parent}", {"rule": "text-cue", "evidence": "x"}))
    add_inferred_lineage(g, infer=False)
    replace_store(tmp_path / "s", g)
    store = str(tmp_path / "s")
    assert run("lineage", "Oak", "--store", store, "--width", "2") == (
        "Oak (2019-01-01, introduced by 'Oak: a tree')\n"
        "  builds on:\n    (none)\n  built upon by:\n"
        '    Fir (2023-05-01)  [stated 1.00, text-cue: "x"]\n'
        '      Ivy (2024-07-01)  [stated 1.00, text-cue: "x"]\n'
        '      Bay (2024-06-01)  [stated 1.00, text-cue: "x"]\n'
        '    Yew (2022-04-01)  [stated 1.00, text-cue: "x"]\n'
        "    ... 2 more built upon Oak (--all shows them)\n")
    assert run("lineage", "Fir", "--store", store, "--width", "1") == (
        "Fir (2023-05-01, introduced by 'Fir: a tree')\n"
        '  builds on:\n    Oak (2019-01-01)  [stated 1.00, text-cue: "x"]\n'
        '  built upon by:\n    Ivy (2024-07-01)  [stated 1.00, text-cue: "x"]\n'
        "    ... 1 more built upon Fir (--all shows them)\n")
    every = run("lineage", "Oak", "--store", store, "--all")
    assert "more" not in every and all(f"    {name} (" in every for name in ("Elm", "Ash", "Yew", "Fir"))
    assert "      Yew (2022-04-01)" in every  # under Elm too: each path is shown
    data = json.loads(run("lineage", "Oak", "--store", store, "--width", "1", "--json"))
    assert data["more_descendants"] == 3 and data["descendants"][0]["more_descendants"] == 1
    assert "more_ancestors" not in data and "more_descendants" not in json.loads(
        run("lineage", "Oak", "--store", store, "--json"))


def test_an_untitled_introducing_paper_is_named_by_its_arxiv_id(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "untitled.jsonl"  # an arXiv-listing record: an id and an abstract, no title
    source.write_text(json.dumps({"id": "2103.00007", "abstract": "We introduce Zorblat, a point cloud detector "
                                  "that pools features across frames.", "authors": ["Ada Moreau"],
                                  "date": "2021-03-29", "categories": ["cs.CV"]}) + "\n", encoding="utf-8")
    store = str(tmp_path / "s")
    assert runner.invoke(cli, ["build", str(source), "--store", store]).exit_code == 0
    text = runner.invoke(cli, ["lineage", "Zorblat", "--store", store])
    data = json.loads(runner.invoke(cli, ["lineage", "Zorblat", "--store", store, "--json"]).output)
    assert text.output.splitlines()[0] == "Zorblat (2021-03-29, introduced by 'arXiv:2103.00007')"
    assert data["introduced_by"] == "arXiv:2103.00007"


@pytest.mark.parametrize(("child_date", "kept"), [("2024", True), ("2024-06", True), ("2024-05-20", False),
                                                 ("2023", False)])
def test_a_stated_edge_is_dropped_for_time_order_only_when_the_dates_say_so(
        runner: CliRunner, tmp_path: Path, child_date: str, kept: bool) -> None:
    """A child dated only by its year (or month) is not earlier than a parent introduced within it."""
    source = tmp_path / "p.jsonl"
    rows = [{"id": "2406.00001", "title": "Tarnwing: Sparse Audio Codes", "authors": ["Ada Moreau"],
             "date": "2024-06-01", "abstract": "We introduce Tarnwing, an audio codec that learns sparse codes."},
            {"id": "c1", "title": "Tarnwing-Lite: Small Codecs", "authors": ["Lin Osei"], "date": child_date,
             "abstract": "We introduce Tarnwing-Lite, a codec distilled from Tarnwing for phones."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    built = runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "s")])
    data = json.loads(run("lineage", "Tarnwing-Lite", "--store", str(tmp_path / "s"), "--json"))
    assert ([a["model"] for a in data["ancestors"]] == ["Tarnwing"], "Left out" in built.output) == (kept, not kept)


@pytest.mark.parametrize(("sentence", "generic"), [
    ("Meshlet is an extension of Cobalt.", False),  # "an extension of X": X itself, no kind of model
    ("Meshlet is an adaptation of Cobalt to speech.", False),
    ("Meshlet's router is a sparse Cobalt, and it reads text.", True),  # "a sparse X": a kind, shown generic
])
def test_an_edge_is_generic_only_when_the_text_names_the_parent_as_a_kind(
        runner: CliRunner, tmp_path: Path, sentence: str, generic: bool) -> None:
    source = tmp_path / "p.jsonl"
    source.write_text(json.dumps({"id": "2405.00001", "title": "Meshlet: Expert Parallelism", "authors": ["A B"],
                                  "date": "2024-05-01", "abstract": f"We present Meshlet, a router. {sentence}"})
                      + "\n", encoding="utf-8")
    assert runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "s")]).exit_code == 0
    data = json.loads(run("lineage", "Meshlet", "--store", str(tmp_path / "s"), "--json", "--show-generic"))
    assert [(a["model"], a["generic"]) for a in data["ancestors"]] == [("Cobalt", generic)]


PARENT = {"id": "2212.00001", "title": "Braidwire: Interleaved Pipeline Parallelism", "authors": ["Hiro Tanabe",
          "Ana Gomez"], "date": "2022-12-01", "abstract": "We present Braidwire, a pipeline schedule that interleaves "
          "forward and backward passes of virtual stages per device for training large language models with tensor "
          "parallelism on thousands of GPUs, cutting pipeline bubbles."}


@pytest.mark.parametrize(("ending", "parents"), [
    ("Stratum is orthogonal to the pipeline schedule of Braidwire, and we show how to combine them.", []),
    ("we show how it scales.", ["Braidwire"]),  # a shared author and the nearest text: a candidate edge
])
def test_no_candidate_edge_to_a_model_the_child_s_abstract_writes_without_a_cue(
        runner: CliRunner, tmp_path: Path, ending: str, parents: list[str]) -> None:
    """A paper that names a model with no derivation cue says what it is to it (orthogonal, a workload): that
    model is no candidate parent, even written as a plain word extraction took for none."""
    child = {"id": "2303.00002", "title": "Stratum: Sequence Parallelism for Long Training", "date": "2023-03-01",
             "authors": ["Hiro Tanabe", "Lin Osei"], "abstract": "We propose Stratum, a sequence parallelism scheme "
             "for training large language models on long documents with tensor parallelism on thousands of GPUs. "
             + ending}
    source = tmp_path / "p.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in (PARENT, child)), encoding="utf-8")
    assert runner.invoke(cli, ["build", str(source), "--store", str(tmp_path / "s")]).exit_code == 0
    data = json.loads(run("lineage", "Stratum", "--store", str(tmp_path / "s"), "--json"))
    assert [a["model"] for a in data["ancestors"]] == parents


def test_an_undated_introducing_paper_is_named(runner: CliRunner, tmp_path: Path) -> None:
    """A model introduced by a paper without a date: its lineage names that paper, dated by its first dated
    mention when there is one, in the store lookup and in the whole-graph analysis alike."""
    from kg.analysis.lineage import lineage
    from kg.store import open_store

    source = tmp_path / "undated.jsonl"
    rows = [{"id": "u1", "title": "Quillo: Sparse Audio Codes", "authors": ["Ada Moreau"],
             "abstract": "We introduce Quillo, an audio codec that learns sparse codes."},
            {"id": "2104.00008", "title": "Brisk: Faster Codecs", "authors": ["Lin Osei"], "date": "2021-04-02",
             "abstract": "We introduce Brisk, an audio codec built on Quillo, with half the latency."},
            {"id": "u2", "title": "Tarn: Ice Sheets", "authors": ["Ada Moreau"],
             "abstract": "We introduce Tarn, a model of ice sheets that learns melt rates."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = str(tmp_path / "s")
    assert runner.invoke(cli, ["build", str(source), "--store", store]).exit_code == 0
    assert run("lineage", "Quillo", "--store", store).splitlines()[:4] == [
        "Quillo (first seen 2021-04-02, introduced by 'Quillo: Sparse Audio Codes')",
        "  builds on:", "    (none)", "  built upon by:"]
    assert run("lineage", "Tarn", "--store", store).splitlines()[0] == (
        "Tarn (undated, introduced by 'Tarn: Ice Sheets')")
    with open_store(store) as st:
        whole = st.read().to_networkx()
    for name in ("Quillo", "Tarn", "Brisk"):
        stored = json.loads(run("lineage", name, "--store", store, "--json"))
        assert {k: stored[k] for k in ("date", "first_seen", "introduced_by")} == {
            k: lineage(whole, name)[k] for k in ("date", "first_seen", "introduced_by")}


def test_a_chain_names_its_weakest_link_whatever_the_scores_of_stronger_kinds() -> None:
    from kg.analysis.lineage import format_path

    steps = [{"source": "Cob", "target": "Awl", "kind": "stated", "score": 1.0, "source_date": "2023-01-01"},
             {"source": "Awl", "target": "Bit", "kind": "candidate", "score": 0.3, "reasons": ["text similarity 0.2"]},
             {"source": "Bit", "target": "Axe", "kind": "name", "score": 0.96},
             {"source": "Axe", "target": "Lathe", "kind": "stated", "score": 1.0, "generic": True}]
    assert format_path(steps).splitlines() == [
        "Cob (2023-01-01) -> Awl (undated)  [stated 1.00]",
        "Awl (undated) -> Bit (undated)  [candidate 0.30: text similarity 0.2]",
        "Bit (undated) -> Axe (undated)  [name 0.96]",
        "Axe (undated) -> Lathe (undated)  [stated, generic 1.00]",
        "4 steps from Cob to Lathe (X -> Y: X builds on Y); weakest link: candidate 0.30 (Awl -> Bit)"]
    assert format_path(steps[2:]).splitlines()[-1] == (
        "2 steps from Bit to Lathe (X -> Y: X builds on Y); weakest link: name 0.96 (Bit -> Axe)")


def test_a_title_in_tex_is_quoted_as_written() -> None:
    from kg.analysis.lineage.format import quoted

    assert quoted(r"Wren: $\alpha$-Scaled Attention") == r"'Wren: $\alpha$-Scaled Attention'"
    assert quoted("Zorb's Net") == '"Zorb\'s Net"'
