"""The viewer in headless Chromium: loads offline and clean, search, details, filters, and no payload runs.

Skipped when Chromium is missing, unless KG_REQUIRE_BROWSER is set (CI), where a missing browser fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_viz import IMG, SCRIPT, payload_graph, payload_store

from kg.cli import cli
from kg.model import INTRODUCES, MODEL, PAPER, TOPIC, USES, Edge, Graph, Node
from kg.viz import CHROMIUM_ARGS, READY, chromium, chromium_path, load_style, render_html, render_png

pytestmark = pytest.mark.browser
GL_DRIVER = "[.WebGL-"  # Chromium's own notes on software WebGL ("GPU stall due to ReadPixels"), not the page's
RENDERERS = ("vis", "sigma")


def style_for(renderer: str) -> dict[str, Any]:
    """The default style, with the big-graph threshold lowered so that small test graphs use ``renderer``."""
    style = load_style()
    style["big"]["sigma_min_nodes"] = 1 if renderer == "sigma" else 10**9
    return style


@pytest.fixture
def chromium_available() -> None:
    """Skips when Chromium or playwright is missing, or fails instead when KG_REQUIRE_BROWSER is set."""
    missing = None
    if chromium_path() is None:
        missing = "no chromium binary (apt-get install chromium, or set KG_CHROMIUM)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright package is not installed"
    if missing:
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail(f"KG_REQUIRE_BROWSER is set but {missing}")
        pytest.skip(missing)


@pytest.fixture
def browser(chromium_available: None) -> Iterator[Any]:
    """A fresh headless Chromium context with a fresh profile."""
    with chromium() as context:
        yield context


@dataclass
class Loaded:
    page: Any
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def load(browser: Any, html: Path, size: tuple[int, int] | None = None) -> Iterator[Loaded]:
    page = browser.new_page()
    if size:
        page.set_viewport_size({"width": size[0], "height": size[1]})
    loaded = Loaded(page)
    page.on("console", lambda m: None if m.text.startswith(GL_DRIVER) else loaded.console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: loaded.console.append(f"pageerror: {e}"))
    page.on("request", lambda r: loaded.requests.append(r.url))
    page.goto(html.resolve().as_uri())
    page.wait_for_selector(READY, state="attached", timeout=30_000)
    try:
        yield loaded
    finally:
        page.close()


def wait_until(page: Any, expression: str, timeout_ms: int = 30_000) -> None:
    """Poll ``expression`` in the page until it is true. The viewer's Content Security Policy forbids string
    evaluation inside the page, which playwright's ``wait_for_function`` relies on when it has to poll; the
    page's ``evaluate`` goes through the debugging protocol instead."""
    waited = 0
    while not page.evaluate(expression):
        assert waited < timeout_ms, f"{expression} still false after {timeout_ms} ms"
        page.wait_for_timeout(50)
        waited += 50


@pytest.fixture
def full(browser: Any, tmp_path: Path) -> Iterator[Loaded]:
    yield from load(browser, render_html(payload_graph(), tmp_path / "full.html"))


def details_text(page: Any) -> str:
    return str(page.inner_text("#kg-details-body"))


def click_node(page: Any, node: str) -> str:
    """Zoom onto ``node``, click it with the mouse and return the details panel's text."""
    page.evaluate(f"kg.network.focus({node!r}, {{scale: 1.5, animation: false}})")
    spot = page.evaluate(f"kg.network.canvasToDOM(kg.network.getPositions([{node!r}])[{node!r}])")
    box = page.locator("#kg-network").bounding_box()
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    page.wait_for_selector("#kg-details-body h3")
    return details_text(page)


def test_page_loads_offline_without_errors_and_shows_every_node(full: Loaded) -> None:
    G = payload_graph()
    assert full.console == []
    assert full.requests == [full.page.url]
    assert full.page.evaluate("kg.nodes.length") == G.number_of_nodes()
    for box in full.page.query_selector_all("#kg-legend-list input"):
        box.check()
    assert full.page.evaluate("kg.network.body.nodeIndices.length") == G.number_of_nodes()
    assert full.page.evaluate("kg.network.body.edgeIndices.length") == G.number_of_edges()


def test_search_selects_and_focuses_the_node(full: Loaded) -> None:
    page = full.page
    page.fill("#kg-search", "gshard sc")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kg.network.getSelectedNodes()") == ["paper:p2"]
    centre = page.evaluate("kg.network.getViewPosition()")
    node = page.evaluate("kg.network.getPositions(['paper:p2'])['paper:p2']")
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1
    assert page.inner_text("#kg-details-body h3") == "GShard scaling"
    page.fill("#kg-search", "no such thing")
    page.press("#kg-search", "Enter")
    assert page.inner_text("#kg-search-status") == "no match"


def test_click_fills_details_with_evidence_and_score(full: Loaded) -> None:
    page = full.page
    text = click_node(page, "model:gshard")
    assert page.inner_text("#kg-details-body h3") == "GShard"
    assert f"GShard {IMG} layers." in text
    assert "inferred, score 0.812 (co-mention)" in text
    assert "Switch builds on GShard." in text
    faded = page.evaluate("kg.nodes.get('author:ann').color")
    assert faded == load_style()["faded_color"]
    assert page.evaluate("kg.nodes.get('model:transformer').color") == load_style()["labels"]["Model"]["color"]


def test_clicking_a_link_shows_what_it_rests_on(full: Loaded) -> None:
    """A click on a lineage link (not on a node) puts its two ends, kind, score, rule and evidence in the panel;
    a click on empty ground clears it."""
    page = full.page
    edge = page.evaluate("kg.data.edges.find(e => e.from === 'model:gshard' && e.to === 'model:transformer').id")
    page.evaluate("kg.network.fit({animation: false})")
    ends = page.evaluate("kg.network.getPositions(['model:gshard', 'model:transformer'])")
    mid = {"x": (ends["model:gshard"]["x"] + ends["model:transformer"]["x"]) / 2,
           "y": (ends["model:gshard"]["y"] + ends["model:transformer"]["y"]) / 2}
    spot = page.evaluate("p => kg.network.canvasToDOM(p)", mid)
    assert page.evaluate("p => kg.network.getNodeAt(p)", spot) is None
    assert page.evaluate("p => kg.network.getEdgeAt(p)", spot) == edge
    box = page.locator("#kg-network").bounding_box()
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    page.wait_for_selector("#kg-details-body h3")
    assert page.inner_text("#kg-details-body h3") == "GShard builds on Transformer"
    text = details_text(page)
    assert "inferred, score 0.812 (co-mention)" in text and f"GShard {IMG} layers." in text
    assert not page.is_visible("#kg-details-empty")
    page.mouse.click(box["x"] + 5, box["y"] + 5)
    assert details_text(page) == ""
    assert page.is_visible("#kg-details-empty")


def test_an_authors_details_claim_no_date(full: Loaded) -> None:
    """A date line is for papers and models; an author, organization or topic has none to tell."""
    full.page.get_by_label("Author (4)").check()
    wait_until(full.page, "kg.layouts === 1")
    full.page.evaluate("kg.find('author:ann')")
    full.page.wait_for_selector("#kg-details-body h3")
    text = details_text(full.page)
    assert "Author \u00b7 author:ann" in text
    assert "Undated" not in text and "Introduced" not in text and "First seen" not in text


def test_paper_details_show_date_authors_and_abstract(full: Loaded) -> None:
    full.page.evaluate("kg.find('paper:p1')")
    text = details_text(full.page)
    for expected in ("Date: 2017-06-12", f"Authors: Ann {IMG}, Bob {SCRIPT}", f"We propose {IMG} a network."):
        assert expected in text


def test_payloads_never_run(full: Loaded) -> None:
    page = full.page
    for box in page.query_selector_all("#kg-legend-list input"):
        box.check()
    for target in ("paper:p1", "paper:p3", "author:ann", "author:bob", "model:switch", "model:gshard"):
        assert page.evaluate("id => kg.find(id)", target) == target
        page.evaluate("id => kg.find(id)", target)
        page.mouse.move(10, 10)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, #kg-details-body script').length") == 0
    assert page.evaluate("document.scripts.length") == 4
    assert full.console == [] and full.requests == [page.url]


def test_overview_adds_authors_on_demand_relays_out_and_counts_follow(full: Loaded) -> None:
    page = full.page
    assert page.evaluate("kg.network.body.nodeIndices.length") == 6  # papers, models, and no authors or topics
    assert page.inner_text("#kg-count") == "6 of 11 nodes, 6 of 14 links shown"
    before = page.evaluate("kg.positions()")
    page.get_by_label("Author (4)").check()
    wait_until(page, "kg.layouts === 1")
    assert page.inner_text("#kg-count") == "10 of 11 nodes, 13 of 14 links shown"
    page.wait_for_timeout(200)
    _assert_apart(page.evaluate("kg.labelBoxes"))  # labels placed again for the new layout
    assert {n for n in page.evaluate("kg.labelsDrawn") if n.startswith("author:")}
    after = page.evaluate("kg.positions()")
    assert set(after) == set(before) | {"author:ann", "author:bob", "author:cy", "author:di"}
    assert any(after[k] != before[k] for k in before)  # re-laid out to make room
    page.eval_on_selector("#kg-year", "el => { el.value = 2020; el.dispatchEvent(new Event('input')); }")
    shown = set(page.evaluate("kg.network.body.nodeIndices"))
    assert "paper:p1" not in shown and "author:ann" not in shown
    assert {"paper:p2", "paper:p3", "author:bob", "model:transformer"} <= shown


def test_counts_over_a_thousand_are_grouped_by_thousands(browser: Any, tmp_path: Path) -> None:
    g = payload_graph()
    for i in range(1200):  # topics, each alone: shown when their kind is checked
        g.add_node(f"topic:t{i}", label=TOPIC, name=f"Topic {i}")
    style = style_for("sigma")
    for loaded in load(browser, render_html(g, tmp_path / "many.html", style=style)):
        page = loaded.page
        assert page.inner_text("#kg-count") == "6 of 1,211 nodes, 6 of 14 links shown"
        page.get_by_label("Topic (1,201)").check()
        wait_until(page, "document.getElementById('kg-count').textContent.startsWith('1,207 ')")
        assert page.inner_text("#kg-count") == "1,207 of 1,211 nodes, 7 of 14 links shown"


def test_legend_swatches_have_each_node_shape(full: Loaded) -> None:
    page = full.page
    drawn = page.evaluate("""() => Array.from(document.querySelectorAll('#kg-legend-list svg')).map(s => [
        s.getAttribute('data-shape'), s.firstChild.tagName,
        (s.firstChild.getAttribute('points') || '').trim().split(/\\s+/).filter(Boolean).length])""")
    shapes = {n: page.evaluate("id => kg.network.body.nodes[id] ? kg.network.body.nodes[id].options.shape : "
                               "kg.nodes.get(id).shape", n) for n in ("paper:p1", "author:ann", "topic:ml",
                                                                       "model:gshard")}
    corners = {"dot": ("circle", 0), "triangle": ("polygon", 3), "diamond": ("polygon", 4)}
    assert [d[0] for d in drawn] == [shapes["paper:p1"], shapes["author:ann"], shapes["topic:ml"],
                                     shapes["model:gshard"], "line-solid", "line-dashed", "line-solid"]
    # the links' kinds: stated and inferred builds-on, the other (plain) links
    dashes = page.evaluate("() => document.querySelector('#kg-legend-list svg[data-shape=line-dashed] line')"
                           ".getAttribute('stroke-dasharray')")
    assert dashes == "3.5 2.5"  # the inferred edges' own dashes (7, 5), at the swatch's half scale
    for shape, tag, count in drawn[:-3]:
        assert (tag, count) == corners[shape]


def test_search_finds_partial_ids_and_titles_and_no_match_clears(full: Loaded) -> None:
    page = full.page
    assert page.evaluate("kg.find('r:p3')") == "paper:p3"
    assert page.inner_text("#kg-details-body h3") == f"Switch {IMG}"
    assert page.evaluate("kg.find('attention is')") == "paper:p1"
    assert page.evaluate("kg.find('zzz not here')") is None
    assert page.inner_text("#kg-search-status") == "no match"
    assert page.inner_text("#kg-details-body") == "" and page.evaluate("kg.network.getSelectedNodes()") == []
    assert page.evaluate("kg.find('Ann')") is None
    assert page.inner_text("#kg-search-status") == "no match shown (1 hidden by the filters)"


@pytest.mark.parametrize(("view", "focus", "count"), [("lineage", "GShard", 3), ("collaboration", None, 4),
                                                      ("ego", "Di", 2)])
def test_other_views_load_clean(browser: Any, tmp_path: Path, view: str, focus: str | None, count: int) -> None:
    html = render_html(payload_graph(), tmp_path / f"{view}.html", view=view, focus=focus, depth=1)
    for loaded in load(browser, html):
        assert loaded.console == [] and loaded.requests == [loaded.page.url]
        assert loaded.page.evaluate("kg.network.body.nodeIndices.length") == count


@pytest.mark.parametrize("view", ["full", "collaboration", "lineage"])
def test_same_seed_same_positions_on_every_open(browser: Any, tmp_path: Path, view: str) -> None:
    seen = []
    for seed, name in ((5, "a"), (5, "b"), (6, "c")):
        html = render_html(payload_graph(), tmp_path / f"{name}.html", view=view, seed=seed)
        for loaded in load(browser, html):
            seen.append(loaded.page.evaluate("kg.positions()"))
    assert seen[0] == seen[1]
    if view != "lineage":  # the lineage layout has no randomness to seed
        assert seen[0] != seen[2]


def test_a_focused_collaboration_view_opens_on_the_person_selected(browser: Any, tmp_path: Path) -> None:
    """``--view collaboration --focus NAME``: the page opens with that author selected (the panel filled, the
    co-authors highlighted) and in view; without a focus nothing is selected."""
    for loaded in load(browser, render_html(payload_graph(), tmp_path / "c.html", view="collaboration", focus="Cy")):
        page = loaded.page
        assert page.inner_text("#kg-details-body h3") == "Cy"
        assert page.evaluate("kg.network.getSelectedNodes()")[0] == "author:cy"
        spot = page.evaluate("kg.network.canvasToDOM(kg.network.getPositions(['author:cy'])['author:cy'])")
        box = page.locator("#kg-network").bounding_box()
        assert 0 < spot["x"] < box["width"] and 0 < spot["y"] < box["height"]
        assert loaded.console == []
    for loaded in load(browser, render_html(payload_graph(), tmp_path / "d.html", view="collaboration")):
        assert details_text(loaded.page) == ""


def test_collaboration_links_have_no_arrows(browser: Any, tmp_path: Path) -> None:
    for loaded in load(browser, render_html(payload_graph(), tmp_path / "c.html", view="collaboration")):
        arrows = loaded.page.evaluate("Object.values(kg.network.body.edges).map(e => e.options.arrows.to.enabled)")
        assert arrows and not any(arrows)


def lineage_graph_with_fans() -> Any:
    """The payload lineage plus a same-year chain, a fan of children and a late model building on three."""
    G = payload_graph()
    for i, (year, parents) in enumerate([(2020, ["model:transformer"]), (2020, ["model:m0"]),
                                         (2021, ["model:transformer"]), (2021, ["model:gshard"]),
                                         (2022, ["model:transformer", "model:m1", "model:switch"])]):
        G.add_node(f"paper:x{i}", label="Paper", title=f"X{i}", year=year, date=f"{year}-03-01")
        G.add_node(f"model:m{i}", label="Model", name=f"M{i} {IMG}")
        G.add_edge(f"paper:x{i}", f"model:m{i}", key="INTRODUCES", type="INTRODUCES")
        for p in parents:
            G.add_edge(f"model:m{i}", p, key="BUILDS_ON", type="BUILDS_ON", inferred=i % 2 == 0, score=0.7)
    return G


def test_lineage_page_keeps_edges_off_other_nodes_and_shows_years(browser: Any, tmp_path: Path) -> None:
    G = lineage_graph_with_fans()
    for loaded in load(browser, render_html(G, tmp_path / "lineage.html", view="lineage")):
        page = loaded.page
        assert loaded.console == []
        page.evaluate("kg.network.fit({animation: false}); kg.network.redraw()")  # vis measures drawn labels only
        page.wait_for_timeout(200)
        ids = page.evaluate("kg.network.body.nodeIndices")
        pos = page.evaluate("ids => kg.network.getPositions(ids)", ids)
        boxes = {n: page.evaluate("id => kg.network.getBoundingBox(id)", n) for n in ids}
        links = page.evaluate("kg.network.body.edgeIndices.map(id => kg.network.body.edges[id])"
                              ".map(e => [e.fromId, e.toId])")
        crossed = [((s, t), n) for s, t in links for n in ids if n not in (s, t) and
                   _segment_hits(pos[s], pos[t], boxes[n])]
        assert crossed == []
        axis = page.evaluate("kg.axisDrawn")
        assert [a["label"] for a in axis] == ["2017", "2020", "2021", "2022"]
        for n in ids:
            year = str(page.evaluate("id => kg.nodes.get(id).year", n))
            x = page.evaluate("p => kg.network.canvasToDOM(p).x", pos[n])
            band = next(a for a in axis if a["label"] == year)
            assert band["x0"] < x < band["x1"]
        legend = page.inner_text("#kg-legend-list")
        assert "builds on, stated in the abstract" in legend and "inferred (wider = higher score)" in legend


def _segment_hits(a: dict[str, float], b: dict[str, float], box: dict[str, float]) -> bool:
    """Whether the segment a-b meets vis-network's bounding box {left, top, right, bottom} (sampled)."""
    steps = 200
    for i in range(steps + 1):
        x = a["x"] + (b["x"] - a["x"]) * i / steps
        y = a["y"] + (b["y"] - a["y"]) * i / steps
        if box["left"] <= x <= box["right"] and box["top"] <= y <= box["bottom"]:
            return True
    return False


def test_render_png_writes_a_png(chromium_available: None, tmp_path: Path) -> None:
    html = render_html(payload_graph(), tmp_path / "g.html")
    png = render_png(html, tmp_path / "g.png", width=800, height=500)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000


def test_big_pages_select_neighbours_instead_of_fading(browser: Any, tmp_path: Path) -> None:
    style = load_style()
    style["highlight"]["fade_max_nodes"] = 3
    style["overview"]["on_demand"] = []
    for loaded in load(browser, render_html(payload_graph(), tmp_path / "select.html", style=style)):
        page = loaded.page
        page.evaluate("kg.find('Di')")
        assert sorted(page.evaluate("kg.network.getSelectedNodes()")) == ["author:di", "paper:p3"]
        assert page.evaluate("kg.nodes.get('author:ann').color") == style["labels"]["Author"]["color"]
        assert page.inner_text("#kg-details-body h3") == "Di"
        page.evaluate("kg.select(null)")
        assert page.evaluate("kg.network.getSelectedNodes()") == []


def test_cli_viz_png_writes_page_and_preview(chromium_available: None, tmp_path: Path) -> None:
    out = tmp_path / "lineage.html"
    result = CliRunner().invoke(cli, ["viz", "--store", payload_store(tmp_path / "s"), "-o", str(out), "--view",
                                      "lineage", "--png"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out}\nWrote {out.with_suffix('.png')}\n"
    assert out.with_suffix(".png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("renderer", RENDERERS)
def test_payloads_never_run_in_either_renderer(browser: Any, tmp_path: Path, renderer: str) -> None:
    G = payload_graph()
    for view, focus in (("full", None), ("lineage", None), ("collaboration", None), ("ego", "Di")):
        html = render_html(G, tmp_path / f"{view}.html", view=view, focus=focus, style=style_for(renderer))
        for loaded in load(browser, html):
            page = loaded.page
            assert page.evaluate("kg.renderer") == renderer
            for box in page.query_selector_all("#kg-legend-list input"):
                box.check()
            for node in page.evaluate("kg.data.nodes.map(n => n.id)"):
                assert page.evaluate("id => kg.find(id)", node) == node
                assert page.inner_text("#kg-details-body h3") == page.evaluate("id => kg.data.nodes.find(n => n.id === id).name", node)
                page.mouse.move(200, 200)
            assert page.evaluate("window.__pwned") is None
            assert page.evaluate("document.querySelectorAll('img, #kg-details-body script').length") == 0
            assert page.evaluate("document.scripts.length") == (4 if renderer == "vis" else 6)
            assert loaded.console == [] and loaded.requests == [page.url]


def test_sigma_page_selects_on_click_draws_the_selection_and_axis(browser: Any, tmp_path: Path) -> None:
    html = render_html(payload_graph(), tmp_path / "s.html", view="lineage", style=style_for("sigma"))
    for loaded in load(browser, html):
        page = loaded.page
        assert page.evaluate("kg.gpu.software") is True and page.evaluate("kg.gpu.cheap") is True
        assert [a["label"] for a in page.evaluate("kg.axisDrawn")] == ["2017", "2020", "2021"]
        spot = page.evaluate("(() => { const a = kg.graph.getNodeAttributes('model:gshard');"
                             " return kg.sigma.graphToViewport({x: a.x, y: a.y}); })()")
        box = page.locator("#kg-network").bounding_box()
        page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
        wait_until(page, "kg.selectionDrawnMs !== undefined")
        assert page.inner_text("#kg-details-body h3") == "GShard"
        legend = page.evaluate("Array.from(document.querySelectorAll('#kg-legend-list svg')).map(s => s.getAttribute('data-shape'))")
        assert legend[0] == "dot" and set(legend[1:]) == {"line-solid", "line-dashed"}


def test_page_without_webgl_falls_back_to_vis_and_says_so(chromium_available: None, tmp_path: Path) -> None:
    html = render_html(payload_graph(), tmp_path / "s.html", style=style_for("sigma"))
    with chromium([*CHROMIUM_ARGS, "--disable-webgl"]) as context:
        for loaded in load(context, html):
            page = loaded.page
            assert page.evaluate("kg.renderer") == "vis" and page.evaluate("kg.fallback") is True
            assert page.is_visible("#kg-note")
            assert page.inner_text("#kg-note").startswith("This browser gives the page no WebGL")
            assert page.evaluate("kg.find('gshard')") == "model:gshard"
            assert page.evaluate("window.__pwned") is None and loaded.console == []


def crowd(n: int) -> Any:
    """``n`` papers in a few tight clusters, each introducing a model; names of many lengths."""
    g = Graph()
    words = ["Sparse", "Mixture", "Scaling", "Tokens", "Vision", "Speech", "Routing", "Experts", "Pathways"]
    for i in range(n):
        title = " ".join(words[(i + k) % len(words)] for k in range(1 + i % 5)) + f" {i}"
        g.add_node(Node(f"paper:q{i}", PAPER, {"title": title, "name": title, "year": 2015 + i % 9}))
        g.add_node(Node(f"model:q{i}", MODEL, {"name": f"M{i}" + "x" * (i % 7)}))
        g.add_edge(Edge(f"paper:q{i}", INTRODUCES, f"model:q{i}"))
        if i % 8:
            g.add_edge(Edge(f"paper:q{i}", USES, f"model:q{i - i % 8}"))
    return g.to_networkx()


@pytest.mark.parametrize("renderer", RENDERERS)
def test_overview_draws_only_labels_that_fit_and_more_when_zoomed(browser: Any, tmp_path: Path, renderer: str) -> None:
    html = render_html(crowd(240), tmp_path / "crowd.html", style=style_for(renderer))
    for loaded in load(browser, html, size=(1200, 800)):
        page = loaded.page
        assert page.evaluate("kg.renderer") == renderer and loaded.console == []
        page.wait_for_timeout(300)
        first = page.evaluate("kg.labelsDrawn")
        assert 0 < len(first) < 480  # some labels, not all
        _assert_apart(page.evaluate("kg.labelBoxes"))
        if renderer == "vis":
            page.evaluate("kg.network.moveTo({scale: kg.network.getScale() * 4, animation: false})")
        else:
            page.evaluate("kg.sigma.getCamera().setState({ratio: kg.sigma.getCamera().ratio / 4})")
        page.wait_for_timeout(300)
        zoomed = page.evaluate("kg.labelsDrawn")
        _assert_apart(page.evaluate("kg.labelBoxes"))
        assert set(zoomed) - set(first)  # zooming in names more nodes


def _assert_apart(boxes: list[list[float]]) -> None:
    """No two drawn label boxes (screen pixels, as measured by the page) overlap."""
    hits = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5]
    assert hits == []


def test_sigma_adds_on_demand_kinds_when_checked_and_keeps_every_position(browser: Any, tmp_path: Path) -> None:
    for loaded in load(browser, render_html(payload_graph(), tmp_path / "s.html", style=style_for("sigma"))):
        page = loaded.page
        assert page.evaluate("kg.graph.order") == 6  # papers and models: authors and topics wait until asked
        before = page.evaluate("kg.positions()")
        page.get_by_label("Author (4)").check()
        assert page.evaluate("kg.graph.order") == 10 and page.evaluate("kg.layouts") == 0
        after = page.evaluate("kg.positions()")
        assert {k: after[k] for k in before} == before and set(after) - set(before) == {
            "author:ann", "author:bob", "author:cy", "author:di"}
        assert page.inner_text("#kg-count") == "10 of 11 nodes, 13 of 14 links shown"
        assert loaded.console == []


@pytest.mark.parametrize(("size", "whole"), [((1400, 900), True), ((520, 420), False)])
def test_lineage_opens_whole_when_readable_else_on_its_oldest_corner_and_says_so(
        browser: Any, tmp_path: Path, size: tuple[int, int], whole: bool) -> None:
    html = render_html(lineage_graph_with_fans(), tmp_path / "lineage.html", view="lineage")
    for loaded in load(browser, html, size=size):
        page = loaded.page
        ids = page.evaluate("kg.network.body.nodeIndices")
        inside = page.evaluate("""ids => { const w = kg.network.body.container.clientWidth,
            h = kg.network.body.container.clientHeight;
            return ids.filter(id => { const b = kg.network.getBoundingBox(id),
                a = kg.network.canvasToDOM({x: b.left, y: b.top}),
                c = kg.network.canvasToDOM({x: b.right, y: b.bottom});
                return a.x >= 0 && a.y >= 0 && c.x <= w && c.y <= h; }); }""", ids)
        assert (sorted(inside) == sorted(ids)) is whole
        assert page.is_visible("#kg-note") is not whole
        if not whole:
            assert "opens at a readable zoom on its oldest models" in page.inner_text("#kg-note")
            assert page.evaluate("kg.network.getScale()") == load_style()["lineage"]["min_scale"]


def test_lineage_opens_with_its_oldest_model_whole_and_names_candidates(browser: Any, tmp_path: Path) -> None:
    from test_lineage_views import lineage_kinds

    html = render_html(lineage_kinds(), tmp_path / "kinds.html", view="lineage")
    for loaded in load(browser, html, size=(240, 300)):  # a phone's width: the legend goes below the drawing
        page = loaded.page
        assert loaded.console == [] and page.evaluate("kg.cornered") is True
        oldest = page.evaluate("""() => { const b = kg.network.getBoundingBox('m0'),
            a = kg.network.canvasToDOM({x: b.left, y: b.top}), c = kg.network.canvasToDOM({x: b.right, y: b.bottom});
            return [a.x, a.y, c.x, c.y, kg.network.body.container.clientWidth]; }""")
        assert oldest[0] >= 0 and oldest[1] >= 0 and oldest[2] <= oldest[4]
    for loaded in load(browser, html, size=(520, 420)):
        page = loaded.page
        text = click_node(page, "m4")
        assert "candidate, score 0.3 (weak-evidence)" in text and "name relation only (name-version)" in text
        legend = page.inner_text("#kg-legend-list")
        assert "candidate: weak evidence only" in legend and "from the names only" in legend


def test_lineage_of_many_families_opens_whole_in_its_blocks_with_each_familys_years(
        browser: Any, tmp_path: Path) -> None:
    from test_viz_blocks import families

    html = render_html(families([4, 2, 3, 2, 5, 2]), tmp_path / "families.html", view="lineage")
    for loaded in load(browser, html, size=(1400, 900)):
        page = loaded.page
        assert loaded.console == [] and page.evaluate("kg.cornered") is None
        assert page.evaluate("kg.network.getScale()") >= load_style()["lineage"]["min_scale"]
        corners = page.evaluate("""() => { const w = kg.network.body.container.clientWidth,
            h = kg.network.body.container.clientHeight;
            return kg.data.blocks.map(b => [kg.network.canvasToDOM({x: b.x0, y: b.y0}),
                                            kg.network.canvasToDOM({x: b.x1, y: b.y1}), w, h]); }""")
        assert all(a["x"] >= 0 and a["y"] >= 0 and c["x"] <= w and c["y"] <= h for a, c, w, h in corners)
        drawn = page.evaluate("kg.axisDrawn")
        assert len(drawn) == 4 + 2 + 3 + 2 + 5 + 2  # one year per model: every family its own years
        assert all(0 <= a["x"] <= corners[0][2] and 0 <= a["y"] <= corners[0][3] for a in drawn)


def test_lineage_legend_draws_models_only_mentioned_hollow(browser: Any, tmp_path: Path) -> None:
    from test_lineage_views import lineage_kinds

    for loaded in load(browser, render_html(lineage_kinds(), tmp_path / "kinds.html", view="lineage")):
        page = loaded.page
        fills = page.evaluate("""Array.from(document.querySelectorAll('#kg-legend-list svg > polygon'))
            .map(p => p.getAttribute('fill'))""")
        assert fills == [load_style()["labels"]["Model"]["color"], load_style()["lineage"]["unintroduced_fill"]]
        assert "Model only mentioned here" in page.inner_text("#kg-legend-list") and loaded.console == []


def test_an_empty_view_says_why_above_the_drawing_and_lists_no_line_kinds(browser: Any, tmp_path: Path) -> None:
    G = payload_graph()
    G.remove_edges_from([(s, t, k) for s, t, k, a in G.edges(keys=True, data=True) if a.get("type") == "BUILDS_ON"])
    for loaded in load(browser, render_html(G, tmp_path / "empty.html", view="lineage")):
        page = loaded.page
        assert page.is_visible("#kg-note") and "No BUILDS_ON links to show" in page.inner_text("#kg-note")
        assert page.inner_text("#kg-legend-list") == "" and loaded.console == []


def _blocks_on_screen(page: Any) -> list[Any]:
    return page.evaluate("""() => { const w = kg.network.body.container.clientWidth,
        h = kg.network.body.container.clientHeight;
        return kg.data.blocks.map(b => [kg.network.canvasToDOM({x: b.x0, y: b.y0}),
                                        kg.network.canvasToDOM({x: b.x1, y: b.y1}), w, h]); }""")


def test_lineage_search_shows_the_found_family_whole_in_the_drawing(browser: Any, tmp_path: Path) -> None:
    from test_viz_blocks import families

    html = render_html(families([6, 2, 3, 5, 2]), tmp_path / "families.html", view="lineage")
    for loaded in load(browser, html, size=(1100, 800)):
        page = loaded.page
        for name, block in (("Family 3 model 4", 3), ("Family 0 model 1", 0), ("Family 4 model 0", 4)):
            assert page.evaluate("q => kg.find(q)", name)
            a, c, w, h = _blocks_on_screen(page)[block]
            assert a["x"] >= 0 and a["y"] >= 0 and c["x"] <= w and c["y"] <= h, name  # none under the panel
            assert page.evaluate("kg.network.getScale()") >= load_style()["lineage"]["min_scale"]
        assert loaded.console == []


def test_a_small_lineage_opens_filling_the_drawing(browser: Any, tmp_path: Path) -> None:
    from test_viz_blocks import families

    html = render_html(families([3]), tmp_path / "small.html", view="lineage")
    for loaded in load(browser, html, size=(1400, 900)):
        ((a, c, w, h),) = _blocks_on_screen(loaded.page)
        assert c["x"] - a["x"] >= 0.6 * w and a["x"] >= 0 and c["x"] <= w and a["y"] >= 0 and c["y"] <= h


def test_overview_opens_at_its_labels_zoom_and_draws_every_label_due(browser: Any, tmp_path: Path) -> None:
    for view in ("full", "collaboration"):
        html = render_html(payload_graph(), tmp_path / f"{view}.html", view=view)
        for loaded in load(browser, html, size=(1400, 900)):
            page = loaded.page
            opened, frame = page.evaluate("kg.network.getScale()"), page.evaluate("kg.data.labels.frame")
            assert opened >= frame["fit"] - 1e-6  # this window is larger than labels.view_px
            due = page.evaluate(f"kg.data.nodes.filter(n => n.lz !== undefined && n.lz <= {opened} * 1.0001 "
                                "&& kg.visible().includes(n.id)).length")
            assert due and len(page.evaluate("kg.labelsDrawn")) == due, view
            boxes = page.evaluate("kg.labelBoxes")
            w, h = page.evaluate("[kg.network.body.container.clientWidth, kg.network.body.container.clientHeight]")
            assert all(0 <= b[0] and b[2] <= w and 0 <= b[1] and b[3] <= h for b in boxes), view


def test_search_names_the_selection_and_its_neighbours_clear_of_every_label(full: Loaded) -> None:
    page = full.page
    for name in ("GShard", "Transformer"):
        assert page.evaluate("q => kg.find(q)", name)
        page.evaluate("kg.network.redraw()")
        named, chosen, drawn = page.evaluate("[kg.chosenNamed, kg.chosenBoxes, kg.labelBoxes]")
        assert named and named[0] == page.evaluate("q => kg.find(q)", name), name  # the selection first
        assert not set(named) & set(page.evaluate("kg.labelsDrawn")), name  # each name drawn once
        _assert_apart(chosen + drawn)
