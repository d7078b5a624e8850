"""Build a store from listings and write a PNG of each view to visualizations/screenshots/<view>.png.

The lineage view centres on the model with the largest BUILDS_ON family (``lineage-all.png`` shows every
family), the ego view on the author with the most papers; pass --lineage-focus / --ego-focus to choose
others. The README's screenshots come from the seed listings:

    python visualizations/make_screenshots.py ../shared/seeds/*.txt
    python visualizations/make_screenshots.py                      # examples/*.txt
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from kg.api import build, load_networkx, viz
from kg.model import AUTHOR, AUTHORED
from kg.paths import VISUALIZATIONS_DIR
from kg.viz import VIEWS, lineage_graph, render_png

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"lineage": (1500, 950)}  # pixels; the others 1400 x 900


def biggest_family(G: Any) -> str | None:
    """The model whose BUILDS_ON ancestors plus descendants are most numerous in the lineage view (which
    leaves out generic parents, as ``kg lineage`` does; ties: smallest id)."""
    L = nx.DiGraph(lineage_graph(G).edges())
    sizes = {m: len(nx.ancestors(L, m) | nx.descendants(L, m)) for m in L}
    return min(sizes, key=lambda m: (-sizes[m], m)) if sizes else None


def busiest_author(G: Any) -> str | None:
    """The author with the most papers (ties: smallest id)."""
    papers = {n: sum(1 for _, _, a in G.out_edges(n, data=True) if a.get("type") == AUTHORED)
              for n, a in G.nodes(data=True) if a.get("label") == AUTHOR}
    return min(papers, key=lambda n: (-papers[n], n)) if papers else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, default=sorted((ROOT / "examples").glob("*.txt")))
    parser.add_argument("--store", type=Path, help="store to build (default: a temporary directory)")
    parser.add_argument("--out", type=Path, default=VISUALIZATIONS_DIR / "screenshots")
    parser.add_argument("--lineage-focus")
    parser.add_argument("--ego-focus")
    args = parser.parse_args()
    if not args.sources:
        sys.exit("no example listings: pass listing files or add examples/*.txt")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "store"
        build(args.sources, store)
        G = load_networkx(store)
        focus = {"lineage": args.lineage_focus or biggest_family(G), "ego": args.ego_focus or busiest_author(G)}
        shots = [(view, view, focus.get(view)) for view in VIEWS] + [("lineage-all", "lineage", None)]
        for name, view, around in shots:  # as kg viz writes them (a listing's owner among the authors)
            html = Path(viz(store, Path(tmp) / f"{name}.html", view=view, focus=around).data["html"])
            width, height = SIZES.get(name, (1400, 900))
            print(f"Wrote {render_png(html, args.out / f'{name}.png', width=width, height=height)}")


if __name__ == "__main__":
    main()
