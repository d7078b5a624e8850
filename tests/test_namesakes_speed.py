"""Namesake grouping at scale: the same groups, verdicts and evidence as judging every pending group against
the whole reference each round (the reference implementation below, the code before it was made linear), with
a number of exact similarity computations linear in the papers."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from itertools import combinations
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.analysis import namesakes
from kg.analysis.common import PaperView, listing_owners, node_name, papers
from kg.analysis.namesakes import LIKELY, OFF_TOPIC_SHARE, POSSIBLE, SAME, _vocabulary_shares, _years
from kg.analysis.summary import _projection, author_groups
from kg.analysis.text import TermCounts, Vector, cosine, paper_vectors
from kg.model import AFFILIATED_WITH, AUTHOR, AUTHORED, MENTIONS, MODEL, ORG, PAPER, Edge, Graph, Node
from kg.names import is_group_author


def reference_group_papers(g: Any, ps: dict[str, PaperView], ids: list[str], *, person: str | None,
                           named: set[str], words: dict[str, set[str]] | None = None) -> dict[str, Any]:
    """``namesakes.group_papers`` as it was: every pair compared, every pending group re-judged each round."""
    text: dict[str, Any] = {}

    def ready() -> dict[str, Any]:
        if not text:
            vecs = paper_vectors(g, {p: ps[p] for p in ids})  # weighed over the author's papers
            text["sims"] = {(a, b): cosine(vecs[a], vecs[b]) for a, b in combinations(ids, 2)}
            text["best"] = {a: max((sim(a, b) for b in ids if b != a), default=0.0) for a in ids}
            text["typical"] = statistics.median([b for b in text["best"].values() if b > 0] or [1.0])
        return text

    def sim(a: str, b: str) -> float:
        sims = ready()["sims"]
        return sims.get((a, b), sims.get((b, a), 0.0))

    shares = _vocabulary_shares(ps, ids, words) if len(ids) > 3 else {}
    median_share = statistics.median(shares.values()) if shares else 0.0
    off_topic = {p for p in ids if len(ids) > 3 and shares[p] < OFF_TOPIC_SHARE * median_share
                 and ready()["best"][p] < 0.5 * ready()["typical"]}
    parent = {p: p for p in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    others = {p: set(ps[p].authors) - {person} for p in ids}
    for a, b in combinations(ids, 2):
        if a in off_topic or b in off_topic:
            continue
        if not others[a].isdisjoint(others[b]) or not ps[a].orgs.isdisjoint(ps[b].orgs):
            parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for p in ids:
        groups.setdefault(find(p), []).append(p)
    multi = [m for m in groups.values() if len(m) > 1]
    lone = [m[0] for m in groups.values() if len(m) == 1 and m[0] not in off_topic]
    clusters = [list(m) for m in multi]
    if clusters:
        with_named = [c for c in clusters if set(c) & named]
        for p in lone:
            pool = with_named if p in named and with_named else clusters
            (pool[0] if len(pool) == 1 else max(pool, key=lambda c: (max(sim(p, q) for q in c), -len(c)))).append(p)
    elif lone:
        clusters.append(lone)
    clusters += [[p] for p in sorted(off_topic)]
    clusters = [sorted(c, key=lambda p: (ps[p].day or 0, p)) for c in clusters]
    if len(clusters) == 1:
        return {"papers": len(ids), "clusters": [{"ids": clusters[0], "core": True}]}
    printed = [i for i, c in enumerate(clusters) if set(c) & named and not set(c) & off_topic]
    core_ids = [max(printed or range(len(clusters)), key=lambda i: (len(clusters[i]), -i))] if clusters else []
    core = {p for i in core_ids for p in clusters[i]}
    core_years = _years(ps, core & named or core)
    out: list[dict[str, Any]] = [{"ids": c, "core": i in core_ids} for i, c in enumerate(clusters)]
    reference, pending = set(core), [i for i in range(len(clusters)) if i not in core_ids]
    while pending:
        judged = {j: _reference_signals(g, ps, clusters[j], reference, core_years, off_topic, sim,
                                        ready()["typical"], person) for j in pending}
        closest = {j: max((sim(p, q) for p in clusters[j] for q in reference), default=0.0) for j in pending}
        i = min(pending, key=lambda j: (len(judged[j]), -closest[j], j))
        pending.remove(i)
        signals = judged[i]
        if i in printed and len(signals) < 2:
            out[i]["core"] = True
        else:
            out[i].update(signals=signals, verdict=LIKELY if len(signals) >= 2 else POSSIBLE if signals else SAME)
        if not signals or out[i]["core"]:
            reference |= set(clusters[i])
    out.sort(key=lambda e: (not e["core"], -len(e["ids"])))
    return {"papers": len(ids), "clusters": out}


def _reference_signals(g: Any, ps: dict[str, PaperView], c: list[str], core: set[str], core_years: list[int],
                       off_topic: set[str], sim: Callable[[str, str], float], typical: float,
                       person: str | None) -> list[str]:
    if set(c) & off_topic:
        return [f"off topic: few of its words occur in the other papers (max text similarity "
                f"{max((sim(c[0], q) for q in core), default=0.0):.2f}, typical {typical:.2f})",
                "no co-author or organization in common with the rest"]
    found = []
    shared = {a for p in c for a in ps[p].authors} & {a for p in core for a in ps[p].authors} - {person}
    if shared:
        return []
    mine, theirs = {o for p in c for o in ps[p].orgs}, {o for p in core for o in ps[p].orgs}
    if mine and theirs and not mine & theirs:
        found.append(f"organizations {', '.join(sorted(node_name(g, o) for o in mine))} never appear with "
                     f"the rest ({', '.join(sorted(node_name(g, o) for o in theirs))})")
    groups = {a for p in c for a in ps[p].authors if is_group_author(node_name(g, a))}
    core_groups = {a for p in core for a in ps[p].authors if is_group_author(node_name(g, a))}
    if groups - core_groups:
        found.append(f"led by group author(s) {', '.join(sorted(node_name(g, a) for a in groups - core_groups))}")
    years = _years(ps, c)
    if years and core_years and (min(years) > max(core_years) or max(years) < min(core_years)):
        found.append(f"years {min(years)}-{max(years)} lie outside {min(core_years)}-{max(core_years)}, the "
                     f"years of the core's papers whose author lists print this name (not those a listing "
                     f"alone adds)")
    closest = max((sim(p, q) for p in c for q in core), default=0.0)
    if closest < 0.5 * typical:
        found.append(f"text unlike the rest (max similarity {closest:.2f}, typical {typical:.2f})")
    return found


def reference_author_groups(g: Any) -> dict[str, dict[str, Any]]:
    """``summary.author_groups`` with the reference grouping and each paper's words and vectors computed
    the plain way (``terms`` of title and abstract, ``paper_vectors`` of the author's papers)."""
    ps = papers(g)
    owners = listing_owners(g, ps)
    out = {}
    for aid in sorted(a for a, attrs in g.nodes(data=True) if attrs.get("label") == AUTHOR):
        named = {p for p, v in ps.items() if aid in v.authors}
        owned = sorted(x for x, o in owners.items() if o == aid)
        ids = sorted(named | {p for p, v in ps.items() if set(v.listings) & set(owned)})
        if len(ids) < 2 and not owned:
            continue
        grouped = reference_group_papers(g, ps, ids, person=aid, named=named)
        if len(grouped["clusters"]) > 1 or owned:
            out[aid] = {"listings": owned, **grouped}
    return out


WORDS = "sparse expert routing speech tokens graph retrieval quantized adapters dialogue corpora scaling".split()
OTHER = "glacier sediment isotope basalt mantle plume tectonic".split()
PEOPLE = ["Kim Lee", "Ann Wu", "Bob Ray", "Cy Dee", "Zeta-AI", "Nordlab Speech Team", "Eve Moss", "Li Na"]
ORGS = ["acme", "northlab", "uni"]
MODELS = ["GShard", "Switch Transformer", "T5"]


@st.composite
def libraries(draw: Any) -> Graph:
    """A small random library: papers with 1-4 authors of eight names (group authors among them), up to two
    of three organizations, years 2015-2024, text of twelve words (sometimes another field's), a named model,
    a listing file."""
    g = Graph()
    for i in range(draw(st.integers(2, 18))):
        pid = f"paper:{i:02d}"
        vocabulary = OTHER if draw(st.integers(0, 6)) == 0 else WORDS
        title = " ".join(draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=5)))
        abstract = " ".join(draw(st.lists(st.sampled_from(vocabulary + WORDS[:2]), max_size=8)))
        year = draw(st.integers(2015, 2024))
        listing = draw(st.sampled_from([None, None, "kim.txt", "feed.txt"]))
        g.add_node(Node(pid, PAPER, {"title": title, "abstract": abstract, "year": year, "date": f"{year}-03-01",
                                     "listings": [listing] if listing else []}))
        for k, name in enumerate(draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True))):
            g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
            g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, pid, {"position": k}))
        for org in draw(st.lists(st.sampled_from(ORGS), max_size=2, unique=True)):
            g.add_node(Node(f"org:{org}", ORG, {"name": org}))
            g.add_edge(Edge(pid, AFFILIATED_WITH, f"org:{org}"))
        for model in draw(st.lists(st.sampled_from(MODELS), max_size=1)):
            g.add_node(Node(f"model:{model.lower()}", MODEL, {"name": model}))
            g.add_edge(Edge(pid, MENTIONS, f"model:{model.lower()}"))
    return g


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(libraries())
def test_groups_verdicts_and_evidence_are_those_of_judging_every_round(library: Graph) -> None:
    g = _projection(library)
    assert author_groups(g) == reference_author_groups(g)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(libraries(), st.randoms(use_true_random=False))
def test_term_counts_read_once_give_each_set_the_vectors_of_reading_it_alone(library: Graph, rnd: Any) -> None:
    g = _projection(library)
    ps = papers(g)
    counts = TermCounts()
    ids = sorted(ps)
    for _ in range(4):  # sets of papers in turn, as the groupings of several authors read them
        chosen = rnd.sample(ids, rnd.randint(1, len(ids)))
        counts.read(g, {p: ps[p] for p in counts.missing(chosen)})
        alone = paper_vectors(g, {p: ps[p] for p in chosen})
        got = counts.vectors(chosen)
        assert list(got) == list(alone)  # the same papers, terms and weights, in the same order
        assert [list(v.items()) for v in got.values()] == [list(v.items()) for v in alone.values()]


def test_every_author_of_a_larger_library_is_grouped_as_before() -> None:
    import random

    rnd = random.Random(7)
    g = Graph()
    people = [f"{a} {b}" for a in ("Ana", "Bo", "Cy", "Dan", "Eli", "Fay", "Gus", "Hal") for b in ("Okafor", "Wu",
              "Lee", "Park", "Ray", "Moss", "Diaz", "Sato", "Kahn", "Roy", "Ito", "Chu")]
    for i in range(160):
        pid = f"paper:{i:03d}"
        g.add_node(Node(pid, PAPER, {"title": " ".join(rnd.sample(WORDS, 4)), "year": rnd.randint(2015, 2024),
                                     "abstract": " ".join(rnd.choices(WORDS + OTHER[:2], k=6))}))
        for k, name in enumerate(["Nordlab Speech Team", *rnd.sample(people, rnd.randint(0, 2))]):
            g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
            g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, pid, {"position": k}))
        if rnd.random() < 0.2:
            g.add_node(Node(f"org:{i % 7}", ORG, {"name": f"Lab {i % 7}"}))
            g.add_edge(Edge(pid, AFFILIATED_WITH, f"org:{i % 7}"))
    projection = _projection(g)
    grouped = author_groups(projection)
    assert len(grouped["author:nordlab speech team"]["clusters"]) >= 5  # many groups, judged in turn
    assert grouped == reference_author_groups(projection)


def one_author_on(n: int) -> tuple[Any, list[str]]:
    """Author ``Team`` on ``n`` papers of distinct text, in pairs that share a co-author: n / 2 groups."""
    import random

    rnd = random.Random(n)
    g = Graph()
    g.add_node(Node("author:team", AUTHOR, {"name": "Nordlab Speech Team"}))
    for i in range(n):
        pid = f"paper:{i:04d}"
        words = rnd.sample(WORDS, 3) + [f"term{i}"] * rnd.randint(1, 5)
        g.add_node(Node(pid, PAPER, {"title": " ".join(words), "year": 2015 + i % 10, "abstract": ""}))
        g.add_node(Node(f"author:p{i // 2}", AUTHOR, {"name": f"Person {i // 2}"}))
        g.add_edge(Edge("author:team", AUTHORED, pid, {"position": 0}))
        g.add_edge(Edge(f"author:p{i // 2}", AUTHORED, pid, {"position": 1}))
    projection = _projection(g)
    return projection, sorted(papers(projection))


@pytest.mark.parametrize("n", [200, 400])
def test_exact_similarities_and_evidence_grow_linearly_with_the_papers(n: int, monkeypatch: pytest.MonkeyPatch
                                                                       ) -> None:
    g, ids = one_author_on(n)
    calls = {"cosine": 0, "evidence": 0}

    def counted_cosine(a: Vector, b: Vector) -> float:
        calls["cosine"] += 1
        return cosine(a, b)

    evidence = namesakes._Judge.evidence

    def counted_evidence(self: Any, j: int) -> list[str]:
        calls["evidence"] += 1
        return evidence(self, j)

    monkeypatch.setattr(namesakes, "cosine", counted_cosine)
    monkeypatch.setattr(namesakes._Judge, "evidence", counted_evidence)
    grouped = namesakes.group_papers(g, papers(g), ids, person="author:team", named=set(ids))
    assert len(grouped["clusters"]) == n // 2
    assert calls["evidence"] == n // 2 - 1  # each group but the core judged once
    assert calls["cosine"] <= 5 * n  # every pair: n (n - 1) / 2


@pytest.mark.parametrize("pairs", [1, 50, namesakes.PAIRS])
def test_the_similarity_matrix_holds_every_pairs_cosine_however_the_pairs_are_summed(
        pairs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Terms in most papers, in a few and in one (words drawn from a skewed pool), the rarer ones summed
    ``pairs`` paper pairs at a time: every matrix value is within TOLERANCE of the exact cosine."""
    import random

    from kg.analysis.text import tfidf

    monkeypatch.setattr(namesakes, "PAIRS", pairs)
    rng = random.Random(7)
    pool = [f"w{i}" for i in range(300)]
    docs = {f"p{i:02d}": [rng.choice(pool[:1 + int(rng.paretovariate(0.8)) % 300]) for _ in range(25)]
            for i in range(40)}
    vecs = tfidf(docs)
    ids = sorted(docs)
    sims = namesakes._Similarity(ids, vecs)
    for i, a in enumerate(ids):
        for j, b in enumerate(ids):
            if i != j:
                assert abs(sims.matrix[i, j] - cosine(vecs[a], vecs[b])) <= namesakes.TOLERANCE
