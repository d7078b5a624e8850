"""Time until the viewer page is usable, for generated graphs of 500 to 50,000 nodes.

For each size it prints: the Python time to build and write the page, the HTML size, the time from
navigation to the page's ready flag (physics stabilised, or first drawing with a precomputed layout),
the time selecting a paper takes to highlight its neighbours and fill the details panel, and the time
of one full redraw (what each pan or zoom step costs).
``--physics`` also times the in-browser physics layout at the given sizes, to show where it stalls.

    python benchmarks/bench_viz.py
    python benchmarks/bench_viz.py --sizes 500 2000 --physics 500 2000 5000 --timeout 300
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kg.model import (AUTHOR, AUTHORED, BUILDS_ON, DATASET, EVALUATED_ON, HAS_TOPIC, MODEL, PAPER, TOPIC, USES,
                      Edge, Graph, Node)
from kg.viz import READY, chromium, load_style, render_html


def synthetic(n: int, seed: int = 0) -> Any:
    """A paper graph of about ``n`` nodes: 35% papers, 45% authors, 12% models, 5% datasets, 3% topics."""
    rng = random.Random(seed)
    g = Graph()
    counts = {PAPER: int(n * .35), AUTHOR: int(n * .45), MODEL: int(n * .12), DATASET: int(n * .05)}
    counts[TOPIC] = n - sum(counts.values())
    ids: dict[str, list[str]] = {}
    for label, k in counts.items():
        ids[label] = [f"{label.lower()}:{i}" for i in range(k)]
        for i, nid in enumerate(ids[label]):
            props: dict[str, Any] = {"name": f"{label} {i}"}
            if label == PAPER:
                year = rng.randint(2015, 2024)
                props.update(title=f"Paper {i}", date=f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                             year=year, abstract="We study things. " * 20)
            g.add_node(Node(nid, label, props))
    for p in ids[PAPER]:
        for pos, a in enumerate(rng.sample(ids[AUTHOR][: max(3, int(len(ids[AUTHOR]) * rng.random()))], 3)):
            g.add_edge(Edge(a, AUTHORED, p, {"position": pos}))
        g.add_edge(Edge(p, USES, rng.choice(ids[MODEL]), {"evidence": "We use it."}))
        g.add_edge(Edge(p, EVALUATED_ON, rng.choice(ids[DATASET])))
        g.add_edge(Edge(p, HAS_TOPIC, rng.choice(ids[TOPIC])))
    for i, m in enumerate(ids[MODEL][1:], 1):
        g.add_edge(Edge(m, BUILDS_ON, ids[MODEL][rng.randrange(i)], {"inferred": True, "score": 0.7}))
    return g.to_networkx()


def measure(context: Any, G: Any, html: Path, style: dict[str, Any], timeout_s: float) -> dict[str, Any]:
    t0 = time.perf_counter()
    render_html(G, html, style=style)
    row: dict[str, Any] = {"python_s": time.perf_counter() - t0, "mb": html.stat().st_size / 1e6}
    page = context.new_page()
    page.set_viewport_size({"width": 1400, "height": 900})
    try:
        page.goto(html.resolve().as_uri(), timeout=timeout_s * 1000)
        page.wait_for_selector(READY, state="attached", timeout=timeout_s * 1000)
        row["ready_s"] = page.evaluate("kg.readyMs") / 1000
        row["click_s"] = page.evaluate("""() => { const t = performance.now(); kg.select('paper:0');
                                           return (performance.now() - t) / 1000; }""")
        row["draw_s"] = page.evaluate("""() => new Promise(done => {
            let t = 0;
            kg.network.once('beforeDrawing', () => { t = performance.now(); });
            kg.network.once('afterDrawing', () => done((performance.now() - t) / 1000));
            kg.network.redraw(); })""")
    except PlaywrightTimeout:  # the page did not become usable in time
        row["ready_s"] = None
    finally:
        page.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 20000, 50000])
    parser.add_argument("--physics", type=int, nargs="*", default=[500, 1000, 2000, 5000],
                        help="sizes to also time with in-browser physics forced on")
    parser.add_argument("--timeout", type=float, default=180, help="seconds before a page counts as stalled")
    args = parser.parse_args()
    style = load_style()
    forced = load_style()
    forced["layout"]["physics_max_nodes"] = 10**9
    layout = style["layout"]
    print(f"threshold physics_max_nodes={layout['physics_max_nodes']}, anchors={layout['anchors']}")
    print(f"{'nodes':>7} {'edges':>7} {'mode':>11} {'python s':>9} {'HTML MB':>8} {'ready s':>8} "
          f"{'click s':>8} {'draw s':>7}")
    runs = [(n, "auto", style) for n in args.sizes] + [(n, "physics", forced) for n in args.physics]
    with tempfile.TemporaryDirectory() as tmp, chromium() as context:
        for n, mode, st in runs:
            G = synthetic(n)
            auto = mode == "auto" and n > style["layout"]["physics_max_nodes"]
            row = measure(context, G, Path(tmp) / f"{n}-{mode}.html", st, args.timeout)
            ready = f"{row['ready_s']:8.2f}" if row["ready_s"] is not None else f">{args.timeout:.0f}".rjust(8)
            click = f"{row['click_s']:8.2f} {row['draw_s']:7.2f}" if "click_s" in row else "-".rjust(16)
            label = "precomputed" if auto else "physics"
            print(f"{G.number_of_nodes():>7} {G.number_of_edges():>7} {label:>11} {row['python_s']:9.2f} "
                  f"{row['mb']:8.1f} {ready} {click}", flush=True)


if __name__ == "__main__":
    main()
