"""Seeded positions for every view: a force layout for the overview and collaboration views, and a layered
time-by-family layout for the lineage view that keeps every edge off the nodes it does not join."""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections import deque
from collections.abc import Iterable
from typing import Any, NamedTuple

import networkx as nx


def layout_positions(G: Any, seed: int = 0, anchors: int = 400,
                     first: Any = None) -> dict[str, tuple[float, float]]:
    """Seeded 2-D positions in about [-1, 1]: a spring layout (networkx) of the ``anchors`` best-linked
    nodes (of ``first`` when given, e.g. the labels shown by default), each connected part on its own and
    the parts packed in rows, largest first; then every other node breadth-first at the mean of its placed
    neighbours plus a small jitter.

    Linear after the anchors, so it stays fast for tens of thousands of nodes; the same ``seed`` gives the
    same positions, another seed other positions.

    Examples:
        >>> pos = layout_positions(nx.path_graph(5), seed=1, anchors=3)
        >>> sorted(pos) == list(range(5)) and pos == layout_positions(nx.path_graph(5), seed=1, anchors=3)
        True
    """
    U = nx.Graph(G)
    if len(U) == 0:
        return {}
    rng = random.Random(seed)
    pool = [n for n in U if first is None or n in first] or list(U)
    core = sorted(pool, key=lambda n: (-U.degree(n), str(n)))[:anchors]
    pos = _packed_components(_ordered_subgraph(U, core), seed)
    spread = 1.0 / math.sqrt(max(len(core), 1))
    queue = deque(sorted(core, key=str))
    for start in [None, *sorted(U, key=str)]:
        if start is not None:
            if start in pos:
                continue
            angle = rng.uniform(0, 2 * math.pi)  # an unanchored component starts on an outer ring
            radius = rng.uniform(1.15, 1.5)
            pos[start] = (radius * math.cos(angle), radius * math.sin(angle))
            queue.append(start)
        while queue:
            n = queue.popleft()
            for m in sorted(U[n], key=str):
                if m in pos:
                    continue
                placed = [pos[k] for k in U[m] if k in pos]
                x = sum(p[0] for p in placed) / len(placed) + rng.gauss(0, spread)
                y = sum(p[1] for p in placed) / len(placed) + rng.gauss(0, spread)
                pos[m] = (x, y)
                queue.append(m)
    return pos


def _ordered_subgraph(G: Any, nodes: list[Any]) -> Any:
    """The subgraph of ``G`` on ``nodes`` as a new graph whose nodes and edges are in a fixed order (by
    ``str``). A networkx subgraph view of a few nodes iterates them in the order of a Python set, which
    changes from run to run with string hashing, and spring_layout's result depends on that order.

    Examples:
        >>> list(_ordered_subgraph(nx.Graph([("b", "a"), ("c", "b")]), ["c", "b"]).edges())
        [('b', 'c')]
    """
    keep = set(nodes)
    S = nx.Graph()
    S.add_nodes_from(sorted(keep, key=str))
    S.add_edges_from(sorted((tuple(sorted((u, v), key=str)) for u, v in G.edges(keep) if u in keep and v in keep),
                            key=lambda e: (str(e[0]), str(e[1]))))
    return S


PART_MIN_SIDE = 2.2  # the least square a connected part is packed in (a part of n nodes: sqrt(n) + 0.6)


def _packed_components(C: Any, seed: int) -> dict[Any, tuple[float, float]]:
    """Each connected component of ``C`` laid out alone (spring, seeded) in a square of side ~sqrt(size),
    the squares packed in rows (largest first), the whole scaled into [-1, 1]."""
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(C)), key=lambda c: (-len(c), str(c[0])))
    sides = [max(math.sqrt(len(c)) + 0.6, PART_MIN_SIDE) for c in parts]  # a lone node: room for its label
    width = max(max(sides, default=1.0), math.sqrt(sum(s * s for s in sides)) * 1.15)
    pos: dict[Any, tuple[float, float]] = {}
    x = y = row = 0.0
    for part, side in zip(parts, sides):
        if x + side > width + 1e-9:
            x, y, row = 0.0, y + row, 0.0
        raw = (nx.spring_layout(_ordered_subgraph(C, part), seed=seed, method="force") if len(part) > 1
               else {part[0]: (0, 0)})
        for n, p in raw.items():
            pos[n] = (x + side / 2 + float(p[0]) * (side - 0.6) / 2, y + side / 2 + float(p[1]) * (side - 0.6) / 2)
        x, row = x + side, max(row, side)
    height = y + row
    reach = max(width, height) / 2 or 1.0
    return {n: ((p[0] - width / 2) / reach, (p[1] - height / 2) / reach) for n, p in pos.items()}


def spread_overlaps(pos: dict[Any, tuple[float, float]], radii: dict[Any, float], gap: float = 4.0,
                    rounds: int = 60) -> dict[Any, tuple[float, float]]:
    """``pos`` (node -> centre, page pixels) with nodes that overlap pushed apart, each pair to at least the sum of
    their ``radii`` plus ``gap`` (pixels): a seeded force layout places nodes as points, so two large nodes it puts
    close cover each other. Each round moves every overlapping pair apart by half its overlap each, along the
    line between them (two nodes on one spot: along a direction fixed by their order); it stops after ``rounds``
    or when none overlaps. A new dict; the same input gives the same output. Pairs are found through a grid of
    cells as wide as the largest reach, so a round costs about linear time.

    Examples:
        >>> spread_overlaps({"a": (0.0, 0.0), "b": (10.0, 0.0)}, {"a": 10, "b": 10}, gap=0)
        {'a': (-5.0, 0.0), 'b': (15.0, 0.0)}
        >>> spread_overlaps({"a": (0.0, 0.0), "b": (50.0, 0.0)}, {"a": 10, "b": 10})
        {'a': (0.0, 0.0), 'b': (50.0, 0.0)}
    """
    order = sorted(pos, key=str)
    at = {n: [float(pos[n][0]), float(pos[n][1])] for n in order}
    cell = 2 * max((radii.get(n, 0.0) for n in order), default=0.0) + gap
    if cell <= 0:
        return {n: (x, y) for n, (x, y) in at.items()}
    rank = {n: i for i, n in enumerate(order)}
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[Any]] = {}
        for n in order:
            grid.setdefault((math.floor(at[n][0] / cell), math.floor(at[n][1] / cell)), []).append(n)
        moved = False
        for n in order:
            cx, cy = math.floor(at[n][0] / cell), math.floor(at[n][1] / cell)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for m in grid.get((cx + dx, cy + dy), ()):
                        if rank[m] <= rank[n]:
                            continue
                        want = radii.get(n, 0.0) + radii.get(m, 0.0) + gap
                        vx, vy = at[m][0] - at[n][0], at[m][1] - at[n][1]
                        dist = math.hypot(vx, vy)
                        if dist >= want:
                            continue
                        if dist < 1e-9:  # one spot: a direction fixed by the pair's order
                            angle = (rank[n] * 7 + rank[m] * 13) % 360 * math.pi / 180
                            vx, vy, dist = math.cos(angle), math.sin(angle), 1.0
                            push = want / 2
                        else:
                            push = (want - dist) / 2
                        ux, uy = vx / dist, vy / dist
                        at[n][0] -= ux * push
                        at[n][1] -= uy * push
                        at[m][0] += ux * push
                        at[m][1] += uy * push
                        moved = True
        if not moved:
            break
    return {n: (x, y) for n, (x, y) in at.items()}


class Box(NamedTuple):
    """A node's drawn extent around its centre, in page pixels: ``left``/``right`` of the centre, ``up``
    above it and ``down`` below it (the shape and the label under it)."""

    left: float
    right: float
    up: float
    down: float


class Lineage(NamedTuple):
    """A lineage layout: ``pos`` node -> (x, y) in page pixels; ``axis`` one entry per year column band of
    each family (``label``, ``x0``, ``x1``, and ``y`` the top of its family's block, in pixels); ``blocks``
    the families' blocks (``x0``, ``y0``, ``x1``, ``y1``, ``nodes``: their ids, oldest column first);
    ``clear`` whether every edge was kept off every other node's box."""

    pos: dict[str, tuple[float, float]]
    axis: list[dict[str, Any]]
    blocks: list[dict[str, Any]]
    clear: bool


HEADER = 44  # page pixels above a family's top row: its title line and its years
BLOCK_PAD = 10  # page pixels between a block's frame and the boxes inside it
BLOCK_GAP = (36, 28)  # page pixels between packed blocks, across and down


def lineage_layout(L: Any, years: dict[str, int | None], boxes: dict[str, Box], *, column_gap: float = 180,
                   row_gap: float = 70, check_max_nodes: int = 1500,
                   view: tuple[float, float] = (1050, 760)) -> Lineage:
    """Lay out a BUILDS_ON graph ``L`` (edges child -> parent) as one block per family, the blocks packed.

    Each family (weakly connected component) is a block with its own time axis: its columns are its own
    years, oldest left (``None`` years last, as "undated"); a year holding a chain gets one sub-column per
    step, so every edge between two years or within one runs left to right. Columns are as close as their
    labels allow (``_column_xs``, with ``column_gap`` as the spacing scale). A node takes the free row
    nearest the mean row of its placed neighbours where its box lies off every placed edge and its edges to
    placed nodes pass no other box (``boxes``, a margin of 4 px). With more than ``check_max_nodes`` nodes
    in one family the nearest free row is taken without the check. A family that cannot be kept clear is
    laid out again (with shaken preferences, then with its rows two to four times as far apart; families
    above ``SMALL_FAMILY`` nodes only once more, twice as far apart); of the clear placements found at the
    first spacing that has one (up to ``SHORTEST_TRIES`` placements, ``SHORTEST_WORK`` nodes placed in all,
    in lineages of up to ``SHORTEST_VIEW`` models) the shortest is kept. The blocks (``HEADER`` pixels above
    each for its title and years) are packed in rows (``pack_blocks``) so that the whole fits a window of
    ``view`` pixels at the largest zoom.

    Examples:
        >>> L = nx.MultiDiGraph([("b", "a"), ("c", "b"), ("c", "a")])
        >>> box = Box(20, 20, 10, 30)
        >>> out = lineage_layout(L, {"a": 2019, "b": 2020, "c": 2021}, dict.fromkeys("abc", box))
        >>> [out.pos[n][0] for n in "abc"], [a["label"] for a in out.axis], out.clear
        ([40.0, 130.0, 220.0], ['2019', '2020', '2021'], True)
        >>> two = nx.MultiDiGraph([("b", "a"), ("d", "c")]), dict.fromkeys("abcd", 2020), dict.fromkeys("abcd", box)
        >>> [(b["nodes"], b["x0"], b["y0"]) for b in lineage_layout(*two, view=(1000, 200)).blocks]
        [(['a', 'b'], 0.0, 0.0), (['c', 'd'], 206.0, 0.0)]
        >>> [(b["x0"], b["y0"]) for b in lineage_layout(*two, view=(400, 800)).blocks]  # stacked: larger so
        [(0.0, 0.0), (0.0, 132.0)]
    """
    if len(L) == 0:
        return Lineage({}, [], [], True)
    D = nx.DiGraph()
    D.add_nodes_from(L)
    D.add_edges_from((t, s) for s, t in L.edges() if s != t)  # parent -> child
    U = D.to_undirected(as_view=True)
    first_year = {n: (years.get(n) is None, years.get(n) or 0) for n in L}
    families = sorted((sorted(c, key=str) for c in nx.connected_components(U)),
                      key=lambda c: (min(first_year[n] for n in c), -len(c), str(c[0])))
    clear = True
    drawn: list[tuple[dict[str, tuple[float, float]], list[dict[str, Any]], tuple[float, float], list[str]]] = []
    for family in families:
        local, axis, ok = _family_block(family, D, years, boxes, column_gap, row_gap, check_max_nodes,
                                        search=len(L) <= SHORTEST_VIEW)
        clear = clear and ok
        x0 = min(min(x - boxes[n].left for n, (x, _) in local.items()), min(b["x0"] for b in axis)) - BLOCK_PAD
        x1 = max(max(x + boxes[n].right for n, (x, _) in local.items()), max(b["x1"] for b in axis)) + BLOCK_PAD
        y0 = min(y - boxes[n].up for n, (_, y) in local.items()) - BLOCK_PAD - HEADER
        y1 = max(y + boxes[n].down for n, (_, y) in local.items()) + BLOCK_PAD
        shifted = {n: (x - x0, y - y0) for n, (x, y) in local.items()}
        bands = [{**b, "x0": b["x0"] - x0, "x1": b["x1"] - x0} for b in axis]
        order = sorted(family, key=lambda n: (shifted[n][0], shifted[n][1], str(n)))
        drawn.append((shifted, bands, (x1 - x0, y1 - y0), order))
    at = pack_blocks([size for _, _, size, _ in drawn], view, BLOCK_GAP)
    pos: dict[str, tuple[float, float]] = {}
    out_axis: list[dict[str, Any]] = []
    blocks: list[dict[str, Any]] = []
    for (local, bands, (w, h), order), (bx, by) in zip(drawn, at):
        for n, (x, y) in local.items():
            pos[n] = (round(bx + x, 1), round(by + y, 1))
        out_axis += [{"label": b["label"], "x0": round(bx + b["x0"], 1), "x1": round(bx + b["x1"], 1), "y": by}
                     for b in bands]
        blocks.append({"x0": bx, "y0": by, "x1": round(bx + w, 1), "y1": round(by + h, 1), "nodes": order})
    return Lineage(pos, out_axis, blocks, clear)


def pack_blocks(sizes: list[tuple[float, float]], view: tuple[float, float],
                gap: tuple[float, float] = (0, 0)) -> list[tuple[float, float]]:
    """The top-left corner of each block of ``sizes`` (width, height), packed left to right in rows (a
    block that would pass the row's width starts the next row, rows ``gap`` apart): of the row widths
    tried (from the widest block to all in one row, 1.15 times apart), the one whose whole fits ``view``
    at the largest zoom (the smaller area on a tie). Blocks keep their order.

    Examples:
        >>> pack_blocks([(100, 50), (100, 50), (100, 50), (100, 50)], (400, 200))
        [(0.0, 0.0), (100.0, 0.0), (0.0, 50.0), (100.0, 50.0)]
        >>> pack_blocks([(300, 40), (100, 40)], (1000, 100), (10, 10))
        [(0.0, 0.0), (310.0, 0.0)]
    """
    if not sizes:
        return []
    widest = max(w for w, _ in sizes)
    total = sum(w for w, _ in sizes) + gap[0] * (len(sizes) - 1)
    best: tuple[tuple[float, float], list[tuple[float, float]]] | None = None
    limit = widest
    while True:
        at, x, y, row, right = [], 0.0, 0.0, 0.0, 0.0
        for w, h in sizes:
            if x > 0 and x + w > limit + 1e-9:
                x, y, row = 0.0, y + row + gap[1], 0.0
            at.append((x, y))
            right = max(right, x + w)
            x, row = x + w + gap[0], max(row, h)
        height = y + row
        rank = (-min(view[0] / right, view[1] / height), right * height)
        if best is None or rank < best[0]:
            best = (rank, at)
        if limit >= total:
            break
        limit = min(limit * 1.15, total)
    return best[1]


def _family_block(family: list[str], D: Any, years: dict[str, int | None], boxes: dict[str, Box],
                  column_gap: float, row_gap: float, check_max_nodes: int, search: bool = True
                  ) -> tuple[dict[str, tuple[float, float]], list[dict[str, Any]], bool]:
    """One family laid out on its own time axis (see ``lineage_layout``; ``search``: for the shortest clear
    placement, else the first): node -> (x, y), its year bands
    (``label``, ``x0``, ``x1``) and whether every edge is kept off the boxes it does not join."""
    groups: dict[int | None, list[str]] = {}
    for n in family:
        groups.setdefault(years.get(n), []).append(n)
    col: dict[str, int] = {}
    axis: list[dict[str, Any]] = []
    base = 0
    for year in sorted(groups, key=lambda y: (y is None, y or 0)):
        members = groups[year]
        sub: dict[str, int] = {}
        same = D.subgraph(members)
        try:
            order = list(nx.lexicographical_topological_sort(same, key=str))
        except nx.NetworkXUnfeasible:  # a cycle of same-year links: count only links to earlier names
            order = sorted(members, key=str)
        for n in order:
            sub[n] = max((sub[p] + 1 for p in same.predecessors(n) if p in sub), default=0)
        width = max(sub.values()) + 1
        for n in members:
            col[n] = base + sub[n]
        axis.append({"label": "undated" if year is None else str(year), "c0": base, "c1": base + width - 1})
        base += width
    xs = _column_xs(col, boxes, base, column_gap)
    left = [max((boxes[n].left for n in family if col[n] == c), default=0.0) for c in range(base)]
    right = [max((boxes[n].right for n in family if col[n] == c), default=0.0) for c in range(base)]
    for band in axis:  # a year's band runs from midway to the column before to midway to the one after
        c0, c1 = band.pop("c0"), band.pop("c1")
        band["x0"] = (xs[c0] + xs[c0 - 1]) / 2 if c0 > 0 else xs[0] - max(left[0], 30)
        band["x1"] = (xs[c1] + xs[c1 + 1]) / 2 if c1 + 1 < base else xs[c1] + max(right[c1], 30)
    check = len(family) <= check_max_nodes
    small = len(family) <= SMALL_FAMILY
    least = max(sum(1 for n in family if col[n] == c) for c in range(base)) - 1  # rows no placement can avoid
    best: tuple[float, dict[str, float]] | None = None  # the shortest clear placement (height, ys)
    last: tuple[dict[str, int], int] = ({}, 1)
    for spread in (1, 2, 3, 4) if small else (1, 2):
        tries = (max(ATTEMPTS, min(SHORTEST_TRIES, SHORTEST_WORK // len(family))) if search else ATTEMPTS) if small \
            else 1
        for attempt in range(tries):
            # rows further apart let fans of edges pass between stacked nodes; other attempts shake the
            # preferred rows (seeded: the same graph gives the same picture)
            if best is None and attempt >= ATTEMPTS:
                break  # no clear placement in ATTEMPTS tries: spread the rows further
            rows, ok = _place_family(family, D, col, boxes, xs, row_gap * spread, check, attempt)
            last = (rows, spread)
            if not (ok or not check):
                continue
            low = min(rows.values())
            ys = {n: (rows[n] - low) * row_gap * spread for n in family}
            if ok and small:
                ys = _compact(family, rows, D, col, boxes, xs, row_gap, spread) or ys
            height = max(ys.values())
            if best is None or height < best[0]:
                best = (height, ys)
            if not (small and check and search) or height <= least * row_gap:
                break
        if best is not None:
            break
    if best is None:  # no clear placement: the last one tried
        rows, spread = last
        low = min(rows.values())
        return {n: (xs[col[n]], (rows[n] - low) * row_gap * spread) for n in family}, axis, False
    return {n: (xs[col[n]], best[1][n]) for n in family}, axis, check


def _compact(family: list[str], rows: dict[str, int], D: Any, col: dict[str, int], boxes: dict[str, Box],
             xs: list[float], row_gap: float, spread: int = 1) -> dict[str, float] | None:
    """The y of each node of a family placed clear on ``rows`` (``spread`` times ``row_gap`` apart), with the
    rows pulled together: top to bottom, each row of nodes goes the least whole number of ``row_gap`` below
    the one above at which no link between nodes placed so far passes a box it does not join. None when some
    row finds no such place within a few steps more than the rows were apart, or the family grows taller
    (the rows as they are stay).

    Examples:
        >>> D = nx.DiGraph([("a", "b")])
        >>> _compact(["a", "b"], {"a": 0, "b": 5}, D, {"a": 0, "b": 1}, dict.fromkeys("ab", Box(20, 20, 10, 30)),
        ...          [0, 100], 66)
        {'a': 0.0, 'b': 66.0}
    """
    members = set(family)
    links = [(u, v) for u, v in D.edges(family) if v in members]

    def hits(a: str, b: str, n: str, at: dict[str, float]) -> bool:
        bx = boxes[n]
        x, y = xs[col[n]], at[n]
        return _segment_hits_box((xs[col[a]], at[a]), (xs[col[b]], at[b]),
                                 (x - bx.left - 4, y - bx.up - 4, x + bx.right + 4, y + bx.down + 4))

    levels = sorted(set(rows[n] for n in family))
    at: dict[str, float] = {}
    y = 0.0
    for i, level in enumerate(levels):
        new = [n for n in family if rows[n] == level]
        steps = range(1, (levels[i] - levels[i - 1]) * spread + 4) if i else range(1)
        for step in steps:
            here = y + step * row_gap if i else 0.0
            trial = {**at, **dict.fromkeys(new, here)}
            fresh = [(u, v) for u, v in links if u in trial and v in trial and (u in new or v in new)]
            old = [(u, v) for u, v in links if u in at and v in at]
            if not any(hits(u, v, k, trial) for u, v in fresh for k in trial if k not in (u, v)) and \
                    not any(hits(u, v, k, trial) for u, v in old for k in new):
                at, y = trial, here
                break
        else:
            return None
    return at if y <= (levels[-1] - levels[0]) * spread * row_gap else None


def _column_xs(col: dict[str, int], boxes: dict[str, Box], count: int, gap: float) -> list[float]:
    """The x of each of ``count`` columns: next columns are as close as their widest labels allow (``boxes``)
    plus a margin of a fifth of ``gap`` for the links between them, and never closer than half ``gap``.

    Examples:
        >>> _column_xs({"a": 0, "b": 1, "c": 2}, {"a": Box(20, 20, 5, 5), "b": Box(80, 80, 5, 5),
        ...                                       "c": Box(20, 20, 5, 5)}, 3, 180)
        [0, 136.0, 272.0]
    """
    left, right = [0.0] * count, [0.0] * count
    for n, c in col.items():
        left[c], right[c] = max(left[c], boxes[n].left), max(right[c], boxes[n].right)
    xs = [0]
    for c in range(1, count):
        xs.append(round(xs[-1] + max(gap / 2, right[c - 1] + left[c] + gap / 5), 1))
    return xs


ATTEMPTS = 6  # placements tried per row spacing before spreading the rows further (small families)
SHORTEST_TRIES = 40  # placements tried at most for the shortest clear one (small families) ...
SHORTEST_WORK = 400  # ... and at most this many nodes placed in all, ...
SHORTEST_VIEW = 500  # ... in lineages of at most this many models (a bigger one opens on a corner anyway)
SMALL_FAMILY = 150  # bigger families get one placement per spacing, at two spacings
MAX_TRIES = 80  # rows tried per node before it takes the nearest free one


def _place_family(family: list[str], D: Any, col: dict[str, int], boxes: dict[str, Box], xs: list[float], rg: float,
                  check: bool, attempt: int = 0) -> tuple[dict[str, int], bool]:
    """Rows for one family's nodes, column by column (see ``lineage_layout``); and whether all are clear.
    Attempt 0 prefers the mean row of the placed neighbours; later attempts shift it by -1, 0 or +1 at
    random (seeded by ``attempt``) and put roots above or below."""
    rng = random.Random(attempt)
    rows: dict[str, int] = {}
    cells: dict[tuple[int, int], str] = {}
    by_col: dict[int, list[int]] = {}  # sorted occupied rows per column
    spans: dict[int, list[tuple[str, str]]] = {}  # placed edges by every column they cross
    clear = True

    def xy(n: str, row: int | None = None) -> tuple[float, float]:
        return xs[col[n]], (rows[n] if row is None else row) * rg

    def hits(a: tuple[float, float], b: tuple[float, float], n: str, at: tuple[float, float]) -> bool:
        bx = boxes[n]
        return _segment_hits_box(a, b, (at[0] - bx.left - 4, at[1] - bx.up - 4, at[0] + bx.right + 4,
                                        at[1] + bx.down + 4))

    def node_ok(n: str, row: int) -> bool:
        here = xy(n, row)
        for s, t in spans.get(col[n], ()):
            if n not in (s, t) and hits(xy(s), xy(t), n, here):
                return False
        return True

    def edges_ok(n: str, row: int, others: list[str]) -> bool:
        here = xy(n, row)
        for m in others:
            there = xy(m)
            c0, c1 = sorted((col[n], col[m]))
            y0, y1 = sorted((here[1], there[1]))
            for c in range(c0, c1 + 1):
                occupied = by_col.get(c, [])
                lo = bisect.bisect_left(occupied, math.floor((y0 - 80) / rg) - 2)
                hi = bisect.bisect_right(occupied, math.ceil((y1 + 80) / rg) + 2)
                for r in occupied[lo:hi]:
                    k = cells[(c, r)]
                    if k not in (n, m) and hits(here, there, k, (xs[c], r * rg)):
                        return False
        return True

    members = set(family)
    columns: dict[int, list[str]] = {}
    for n in family:
        columns.setdefault(col[n], []).append(n)
    for c in sorted(columns):
        want: dict[str, int] = {}
        for n in columns[c]:
            near = [rows[m] for m in (*D.predecessors(n), *D.successors(n)) if m in rows]
            if near:
                want[n] = round(sum(near) / len(near)) + (rng.choice((-1, 0, 1)) if attempt else 0)
        # nodes tied to placed ones first, near them; the others (roots) after, below (or above) the family
        for n in sorted(columns[c], key=lambda n: (n not in want, want.get(n, 0), str(n))):
            if n not in want:
                above = attempt and rng.random() < 0.5
                want[n] = min(rows.values(), default=1) - 1 if above else max(rows.values(), default=-1) + 1
            placed = sorted({m for m in (*D.predecessors(n), *D.successors(n)) if m in rows and m in members},
                            key=str)
            reach = 2 * len(family) + 8
            free = (r for r in _nearest(want[n], reach) if (c, r) not in cells)
            first = chosen = next(free)  # rows nearest the wanted one first, below before above
            tries = min(2 * reach + 1, MAX_TRIES)  # near the wanted row; else the nearest free row, not clear
            while check and not (node_ok(n, chosen) and edges_ok(n, chosen, placed)):
                chosen, tries = next(free), tries - 1
                if tries <= 0:
                    chosen, clear = first, False
                    break
            rows[n] = chosen
            cells[(c, chosen)] = n
            bisect.insort(by_col.setdefault(c, []), chosen)
            for m in placed:
                for k in range(min(col[n], col[m]), max(col[n], col[m]) + 1):
                    spans.setdefault(k, []).append((n, m))
    return rows, clear and check


def _nearest(want: int, reach: int) -> Any:
    """Rows by distance from ``want``, below (greater) before above, ``reach`` steps each way, then on
    below without end.

    Examples:
        >>> from itertools import islice
        >>> list(islice(_nearest(5, 2), 7))
        [5, 6, 4, 7, 3, 8, 9]
    """
    yield want
    for step in range(1, reach + 1):
        yield want + step
        yield want - step
    yield from itertools.count(want + reach + 1)


def _segment_hits_box(a: tuple[float, float], b: tuple[float, float],
                      box: tuple[float, float, float, float]) -> bool:
    """Whether the segment a-b meets the rectangle (x0, y0, x1, y1) (Liang-Barsky clipping).

    Examples:
        >>> _segment_hits_box((0, 0), (10, 10), (4, 4, 6, 6)), _segment_hits_box((0, 0), (10, 0), (4, 1, 6, 2))
        (True, False)
    """
    x0, y0, x1, y1 = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return False
    return True


def edges_off_nodes(pos: dict[str, tuple[float, float]], edges: list[tuple[str, str]],
                    boxes: dict[str, Box]) -> list[tuple[tuple[str, str], str]]:
    """Every (edge, node) pair where the straight edge crosses the box of a node it does not join.

    Examples:
        >>> box = Box(5, 5, 5, 5)
        >>> edges_off_nodes({"a": (0, 0), "b": (100, 0), "c": (50, 2)}, [("a", "b")], dict.fromkeys("abc", box))
        [(('a', 'b'), 'c')]
    """
    bad = []
    for s, t in edges:
        for n, (x, y) in pos.items():
            bx = boxes[n]
            if n not in (s, t) and _segment_hits_box(pos[s], pos[t], (x - bx.left, y - bx.up, x + bx.right,
                                                                      y + bx.down)):
                bad.append(((s, t), n))
    return bad


SIDES = ("below", "right", "left", "above")  # where a label may go around its node, in order of preference


def label_box(x: float, y: float, r: float, width: float, line: float, side: int) -> tuple[float, float, float, float]:
    """The screen box (x0, y0, x1, y1) of a node at (x, y) drawn with radius ``r`` and its label of
    ``width`` x ``line`` pixels on ``SIDES[side]``, 2 px from the node (4 px beside it); the box holds the
    node too.

    Examples:
        >>> label_box(100, 100, 5, 40, 14, 0), label_box(100, 100, 5, 40, 14, 1)
        ((80.0, 95, 120.0, 121), (95, 93.0, 149, 107.0))
    """
    if side in (0, 3):
        half = max(width / 2, r)
        if side == 0:
            return (x - half, y - r, x + half, y + r + 2 + line)
        return (x - half, y - r - 2 - line, x + half, y + r)
    half = max(r, line / 2)
    if side == 1:
        return (x - r, y - half, x + r + 4 + width, y + half)
    return (x - r - 4 - width, y - half, x + r, y + half)


OPEN_SLACK = 2.0  # labels drawn from up to this many times the fitted zoom are kept inside the opening view


def label_zooms(pos: dict[str, tuple[float, float]], order: list[str], widths: dict[str, float],
                radii: dict[str, float], *, radius_px: float = 0, line_px: float = 14, pad_px: float = 3,
                first: float = 0.05, step: float = 1.5, last: float = 4.0,
                dots: int = 1000, view: tuple[float, float] | None = None,
                shown: Iterable[str] | None = None, margin_px: float = 0,
                short: dict[str, float] | None = None, leads: int = 1
                ) -> dict[str, tuple[float, int] | tuple[float, int, int]]:
    """The zoom from which each node's label is drawn, and on which side, so that no two drawn labels
    overlap at any zoom.

    A label is drawn at a fixed screen size (``widths`` in screen pixels, one line of ``line_px``) below,
    right of, left of or above its node (``SIDES``, ``label_box``), the node drawn with radius ``radii``
    in layout units, scaled with the zoom, plus ``radius_px`` screen pixels; a zoom is screen pixels per
    layout unit. Zooms are tried from ``first``, times ``step``, up to ``last``; at each, the labels
    already given a zoom are kept and the others are added greedily in ``order`` (most important first),
    on the first side where they overlap no kept label and no other node among the first ``dots`` of
    ``order`` (``pad_px`` apart): a label never covers a node, but those of the first ``leads`` nodes (the
    focus's, the most linked: the names a reader looks for first) may cover the nodes after the leads, and a
    node not ``shown`` as the page opens (a kind drawn on
    demand, which the page labels again when it is checked) is in the way of its likes' labels only. With ``view`` (the page's width and height in screen pixels), a
    label drawn from a zoom up to ``OPEN_SLACK`` times the fitted one (the zoom that fits the nodes
    ``shown`` as the page opens, default all, into ``view``, at most 1; a bigger window opens closer, on
    the same part of the layout)
    lies inside that part of the layout at the zoom it is first drawn at: none is cut at the edge. Zooming in only moves labels and nodes apart (each box is its node,
    scaled, plus a label of fixed size at a fixed distance), so a label drawn at one zoom has room at
    every higher one. Nodes that never fit are left out (shown on hover or selection). Grid-indexed:
    about linear in the number of nodes per zoom tried. With ``short`` (the width of a shorter label, for
    some nodes), a node whose label has no room on any side at a zoom tries its short label there too.

    Returns:
        node -> (zoom, index into ``SIDES``), for the nodes that get a label; with ``short``, (zoom, side,
        1 for the short label else 0).

    Examples:
        >>> pos = {"a": (0, 0), "b": (30, 0), "c": (1000, 0)}
        >>> label_zooms(pos, ["a", "b", "c"], dict.fromkeys("abc", 60), dict.fromkeys("abc", 5))
        {'a': (0.05, 0), 'b': (1.922, 1), 'c': (0.05, 1)}
        >>> two = {"a": (0, 0), "b": (100, 0)}, ["a", "b"], {"a": 300, "b": 10}, {"a": 0, "b": 0}
        >>> label_zooms(*two, first=0.5), label_zooms(*two, first=0.5, view=(200, 200))
        ({'a': (0.5, 0), 'b': (1.688, 0)}, {'a': (2.531, 0), 'b': (0.5, 0)})

        (a's label, 300 px, is wider than the fitted 200-px view: it is drawn only once zoomed in.)

        >>> near = {"a": (0, 0), "b": (300, 0), "x": (0, 12)}, ["b", "a", "x"], dict.fromkeys("abx", 40)
        >>> radii = dict.fromkeys("abx", 5)
        >>> label_zooms(*near, radii, first=1, last=1), label_zooms(*near, radii, first=1, last=1, shown="ab")
        ({'b': (1, 0)}, {'b': (1, 0), 'a': (1, 0)})

        (x, drawn only once asked for, no longer hides a's label.)
    """
    zooms: dict[str, tuple[float, int, int]] = {}
    rank = {n: i for i, n in enumerate(order)}
    texts = {n: [widths[n], *([short[n]] if short and n in short and short[n] < widths[n] else [])] for n in order}
    scale = first
    frame = None
    shown = set(shown) if shown is not None else None
    later = {rank[n] for n in order if shown is not None and n not in shown}  # nodes drawn once asked for
    framed = [pos[n] for n in shown if n in pos] if shown is not None else list(pos.values())
    if view is not None and framed:
        xs, ys = [p[0] for p in framed], [p[1] for p in framed]
        fit = min((view[0] - 2 * margin_px) / (max(xs) - min(xs) + 1),  # fits zoom in to 1, ``margin_px``
                  (view[1] - 2 * margin_px) / (max(ys) - min(ys) + 1), 1.0)  # from the view's edges
        frame = (fit, (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2, view[0] / 2, view[1] / 2)

    def inside(n: str, s: float, side: int, width: float) -> bool:  # drawn whole in the opening view (see above)
        if frame is None or s > frame[0] * OPEN_SLACK:
            return True
        fit, cx, cy, view_w, view_h = frame
        t = max(s, fit)  # the window shows view / fit layout units: as wide at every zoom it may open at
        x, y = pos[n]
        b = label_box(t * x, t * y, t * radii[n] + radius_px, width, line_px, side)
        half_w, half_h = view_w * t / fit, view_h * t / fit
        return t * cx - half_w <= b[0] and t * cy - half_h <= b[1] and b[2] <= t * cx + half_w \
            and b[3] <= t * cy + half_h

    cell = 256.0
    Entry = tuple[float, float, float, float, int]
    while scale <= last * (1 + 1e-9) and len(zooms) < len(order):
        grid: dict[tuple[int, int], list[Entry]] = {}

        def box(n: str, s: float, side: int | None, alt: int = 0) -> Entry:
            x, y = pos[n]
            r = s * radii[n] + radius_px
            if side is None:  # the node alone: an obstacle to less important labels
                return (s * x - r, s * y - r, s * x + r, s * y + r, rank[n])
            return (*label_box(s * x, s * y, r, texts[n][alt], line_px, side), -1)

        def spots(b: Entry, grow: float) -> Any:
            for gx in range(math.floor((b[0] - grow) / cell), math.floor((b[2] + grow) / cell) + 1):
                for gy in range(math.floor((b[1] - grow) / cell), math.floor((b[3] + grow) / cell) + 1):
                    yield gx, gy

        def free(b: Entry, mine: int) -> bool:  # a node not shown at first is in the way of its likes only
            return not any(o[4] != mine and (o[4] < 0 or (not (mine < leads <= o[4])
                                                          and (o[4] not in later or mine in later)))
                           and b[0] < o[2] + pad_px and o[0] < b[2] + pad_px
                           and b[1] < o[3] + pad_px and o[1] < b[3] + pad_px
                           for at in spots(b, pad_px) for o in grid.get(at, ()))

        for i, n in enumerate(order):  # labels kept from lower zooms, and the first nodes (obstacles to the
            if n in zooms or i < dots:  # labels after them)
                b = box(n, scale, *zooms[n][1:]) if n in zooms else box(n, scale, None)
                for at in spots(b, 0):
                    grid.setdefault(at, []).append(b)
        for n in order:
            if n in zooms:
                continue
            for alt, side in itertools.product(range(len(texts[n])), range(len(SIDES))):
                b = box(n, scale, side, alt)
                if free(b, rank[n]) and inside(n, scale, side, texts[n][alt]):
                    for at in spots(b, 0):
                        grid.setdefault(at, []).append(b)
                    zooms[n] = (round(scale, 3), side, alt)
                    break
        scale *= step
    if short is None:
        return {n: zooms[n][:2] for n in order if n in zooms}
    return {n: zooms[n] for n in order if n in zooms}
