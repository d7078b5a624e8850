"""The viewer's two renderers side by side (vis-network, sigma.js) on generated paper graphs.

For each size and renderer it prints: the Python time to build and write the page (wall and CPU seconds)
and its size; the time from navigation to a usable page (first frame drawn, answers clicks) and the CPU
seconds the page's renderer process spent until then (Chromium's ProcessTime metric: unlike the wall time,
it hardly grows when other jobs share the machine); the time from selecting a paper to
the frame that shows the selection (vis: the next redraw after the call; sigma: the selection layer's
drawing), during a 2-second programmatic pan (each library's own camera animation) the main thread's
mean milliseconds per drawn frame (the library's draw call, beforeDrawing/afterDrawing in vis-network,
beforeRender/afterRender in sigma) and the frames drawn per second (rasterising them, in software WebGL
the GPU process's work, limits this), the JS heap, and the WebGL state (software =
SwiftShader, as in headless Chromium without a GPU; sigma then draws cheaply), and the machine's load
average (1 minute) when the row was measured.

Target at 50,000 nodes: usable within 5 s, selection drawn within 0.5 s, at most 50 ms per frame panning.
CPU heavy: on a shared machine run it alone.

    python benchmarks/bench_viz.py
    python benchmarks/bench_viz.py --sizes 2000 20000 --renderers sigma
"""

from __future__ import annotations

import argparse
import os
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


SELECT_JS = """(renderer) => new Promise(done => {
    const t0 = performance.now();
    if (renderer === 'vis') {
        kg.network.once('afterDrawing', () => requestAnimationFrame(() => done(performance.now() - t0)));
        kg.select('paper:0');
    } else {
        kg.select('paper:0');
        const wait = () => kg.selectionDrawnMs > t0 ? done(kg.selectionDrawnMs - t0) : requestAnimationFrame(wait);
        requestAnimationFrame(wait);
    }
    setTimeout(() => done(null), 60000);
})"""

PAN_JS = """(renderer) => new Promise(done => {
    const frames = [];
    let busy = 0, draws = 0, start = 0;
    const before = () => { start = performance.now(); };
    const after = () => { busy += performance.now() - start; draws += 1; };
    const on = renderer === 'vis' ? ['beforeDrawing', 'afterDrawing'] : ['beforeRender', 'afterRender'];
    const bus = renderer === 'vis' ? kg.network : kg.sigma;
    bus.on(on[0], before);
    bus.on(on[1], after);
    const tick = t => { frames.push(t); if (t - frames[0] < 2000) { requestAnimationFrame(tick); } else { finish(); } };
    const finish = () => {
        bus.off(on[0], before);
        bus.off(on[1], after);
        done({frames: frames.length - 1, draws: draws, ms: busy / Math.max(draws, 1),
              span: frames[frames.length - 1] - frames[0]});
    };
    if (renderer === 'vis') {
        const p = kg.network.getViewPosition();
        kg.network.moveTo({position: {x: p.x + 3000, y: p.y}, animation: {duration: 2000, easingFunction: 'linear'}});
    } else {
        const c = kg.sigma.getCamera();
        c.animate({x: c.x + 0.5}, {duration: 2000, easing: 'linear'});
    }
    requestAnimationFrame(tick);
})"""


def measure(context: Any, G: Any, html: Path, style: dict[str, Any], renderer: str, timeout_s: float
            ) -> dict[str, Any]:
    """One page: Python and browser timings (see the module docstring); ``ready_s`` None if it stalled."""
    t0, c0 = time.perf_counter(), time.process_time()
    render_html(G, html, style=style)
    row: dict[str, Any] = {"python_s": time.perf_counter() - t0, "python_cpu_s": time.process_time() - c0,
                           "mb": html.stat().st_size / 1e6}
    page = context.new_page()
    page.set_viewport_size({"width": 1400, "height": 900})
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    try:
        page.goto(html.resolve().as_uri(), timeout=timeout_s * 1000)
        page.wait_for_selector(READY, state="attached", timeout=timeout_s * 1000)
        row["ready_s"] = page.evaluate("kg.readyMs") / 1000
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        row["page_cpu_s"] = metrics.get("ProcessTime", float("nan"))
        assert page.evaluate("kg.renderer") == renderer
        row["gpu"] = page.evaluate("kg.gpu ? (kg.gpu.software ? 'software' : 'hardware') : '-'")
        page.wait_for_timeout(500)
        select = page.evaluate(SELECT_JS, renderer)
        row["select_s"] = None if select is None else select / 1000
        pan = page.evaluate(PAN_JS, renderer)
        row["pan_ms"], row["fps"] = pan["ms"], pan["draws"] / (pan["span"] / 1000)
        row["heap_mb"] = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize / 1e6 : 0")
    except PlaywrightTimeout:  # the page did not become usable in time
        row["ready_s"] = None
    finally:
        page.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 50000, 100000])
    parser.add_argument("--renderers", nargs="+", default=["vis", "sigma"], choices=["vis", "sigma"])
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a page counts as stalled")
    args = parser.parse_args()
    print(f"{'nodes':>7} {'edges':>7} {'renderer':>8} {'python s':>9} {'py CPU s':>9} {'HTML MB':>8} "
          f"{'usable s':>9} {'page CPU s':>10} {'select s':>9} {'pan ms/frame':>12} {'pan fps':>8} {'heap MB':>8} "
          f"{'WebGL':>8} {'load':>5}")
    with tempfile.TemporaryDirectory() as tmp, chromium() as context:
        for n in args.sizes:
            G = synthetic(n)
            for renderer in args.renderers:
                style = load_style()
                style["big"]["sigma_min_nodes"] = 0 if renderer == "sigma" else 10**9
                row = measure(context, G, Path(tmp) / f"{n}-{renderer}.html", style, renderer, args.timeout)
                if row["ready_s"] is None:
                    rest = f"{'>' + str(int(args.timeout)):>9}"
                else:
                    sel = f"{row['select_s']:9.2f}" if row["select_s"] is not None else f"{'>60':>9}"
                    rest = (f"{row['ready_s']:9.2f} {row['page_cpu_s']:10.2f} {sel} {row['pan_ms']:12.0f} "
                            f"{row['fps']:8.1f} {row['heap_mb']:8.0f} {row['gpu']:>8}")
                print(f"{G.number_of_nodes():>7} {G.number_of_edges():>7} {renderer:>8} {row['python_s']:9.2f} "
                      f"{row['python_cpu_s']:9.2f} {row['mb']:8.1f} {rest} {os.getloadavg()[0]:5.1f}", flush=True)


if __name__ == "__main__":
    main()
