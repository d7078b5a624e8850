"""Namesakes: split one name's papers (or one listing's) into groups that look like different people.

1. *Identity* links join two papers that share a co-author (other than the person) or an organization;
   their connected components are the groups.
2. A paper whose words are mostly unknown to the rest of the set, and whose text is unlike every
   other paper's, is *off topic* and stands alone (a geophysics paper among machine-learning ones).
3. Any other paper with no identity link joins the group whose papers are most similar in text (a
   paper that prints the person's name joins a group that does too, when there is one).
4. The *core* is the largest group holding papers that print the person's name (for a listing: the
   largest group). Every other group is compared with the core: conflicting organizations, a group
   author (``DeepSeek-AI``) the core never has, years outside the core's, and low text similarity each
   count as a signal; two or more make a likely namesake, one a possible one. A group that prints the
   name too is the same person (and joins the core) unless two signals say otherwise: one common name
   ("Wei Wang") written by two people in other groups, organizations and fields is split.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Mapping
from itertools import combinations
from typing import Any

from kg.analysis.common import GraphLike, PaperView, find_node, listing_owners, node_name, papers
from kg.analysis.text import Vector, cosine, paper_vectors, terms
from kg.errors import NodeNotFound
from kg.model import AUTHOR, AUTHORED
from kg.names import is_group_author

OFF_TOPIC_SHARE = 0.4  # a paper whose shared-vocabulary share is below this part of the median
COMMON_DF = 3  # a word is shared vocabulary when this many papers of the set use it
LIKELY, POSSIBLE, SAME = "likely namesake", "possible namesake", "same person"


def check_author(g: GraphLike, name: str) -> dict[str, Any]:
    """Group the papers of author ``name`` (printed, or in a listing that is theirs) by likely person.

    Raises:
        NodeNotFound: no such author.
    """
    aid = find_node(g, AUTHOR, name)
    ps = papers(g)
    named = {t for _, t, a in g.out_edges(aid, data=True) if a.get("type") == AUTHORED and t in ps}
    owned = sorted(listing for listing, owner in listing_owners(g, ps).items() if owner == aid)
    ids = named | {p for p, v in ps.items() if set(v.listings) & set(owned)}
    result = _check(g, ps, sorted(ids), person=aid, named=named)
    return {"author": node_name(g, aid), "listings": owned, **result}


def check_listing(g: GraphLike, listing: str) -> dict[str, Any]:
    """Group the papers of one listing file (e.g. an arXiv author listing, which names no authors).

    Raises:
        NodeNotFound: no paper came from a listing of that file name.
    """
    ps = papers(g)
    base = listing.replace("\\", "/").rsplit("/", 1)[-1]
    ids = sorted(p for p, v in ps.items() if base in v.listings)
    if not ids:
        known = sorted({x for v in ps.values() for x in v.listings})
        msg = f"No paper came from a listing named {base!r}. Listings: {', '.join(known) or 'none'}."
        raise NodeNotFound(msg)
    owner = listing_owners(g, ps).get(base)
    return {"listing": base, **_check(g, ps, ids, person=owner, named=set())}


def owner_papers(g: GraphLike, ps: dict[str, PaperView] | None = None) -> dict[str, set[str]]:
    """Listing file -> the papers of it that ``check_author`` (``kg authors --check``) finds its owner's.

    The owner's papers are those of the core group and of groups judged the same person; a paper set
    apart as a likely or possible namesake is not the owner's, so the owner's name on the listing says
    nothing about its authors. A listing with no owner (see ``listing_owners``) is left out.
    """
    ps = papers(g) if ps is None else ps
    by_owner: dict[str, list[str]] = {}
    for listing, owner in sorted(listing_owners(g, ps).items()):
        by_owner.setdefault(owner, []).append(listing)
    out: dict[str, set[str]] = {}
    for owner, listings in sorted(by_owner.items()):
        named = {p for p, v in ps.items() if owner in v.authors}
        ids = sorted(named | {p for p, v in ps.items() if set(v.listings) & set(listings)})
        result = _check(g, ps, ids, person=owner, named=named)
        own = {p["id"] for c in result["clusters"] if c["core"] or c.get("verdict") == SAME
               for p in c["papers"]}
        for listing in listings:
            out[listing] = {p for p in own if listing in ps[p].listings}
    return out


def _check(g: GraphLike, ps: dict[str, PaperView], ids: list[str], *, person: str | None,
           named: set[str]) -> dict[str, Any]:
    return describe_groups(g, ps, group_papers(g, ps, ids, person=person, named=named), person)


def describe_groups(g: GraphLike, ps: dict[str, PaperView], grouped: dict[str, Any], person: str | None
                    ) -> dict[str, Any]:
    """``group_papers``' groups described for people: the papers (id, title, date), years, most frequent
    co-authors, organizations and topics of each, with the verdict and evidence; ``g`` and ``ps`` need only
    hold the grouped papers and their authors, organizations and topics.
    """
    out = []
    for c in grouped["clusters"]:
        entry = {**_describe(g, ps, c["ids"], person), "core": c["core"]}
        out.append(entry if c["core"] else {**entry, "signals": c["signals"], "verdict": c["verdict"]})
    return {"papers": grouped["papers"], "clusters": out,
            "namesakes": [e for e in out if e.get("verdict") in (LIKELY, POSSIBLE)]}


def group_papers(g: GraphLike, ps: dict[str, PaperView], ids: list[str], *, person: str | None, named: set[str],
                 vectors: Callable[[], Mapping[str, Vector]] | None = None,
                 words: dict[str, set[str]] | None = None) -> dict[str, Any]:
    """The papers ``ids`` (of ``person``; ``named``: those that print the name) in groups by likely person
    (the module docstring says how): ``{"papers": n, "clusters": [{"ids", "core", and for the others
    "signals", "verdict"}]}``, core groups first, then larger first.

    Text similarity (``vectors``: called once, when first needed; default ``paper_vectors(g)``) is computed
    only when the co-authors and organizations leave more than one group possible, or a paper's vocabulary
    sets it apart; ``words`` caches each paper's words across calls.
    """
    text: dict[str, Any] = {}

    def ready() -> dict[str, Any]:
        if not text:
            vecs = (vectors or (lambda: paper_vectors(g)))()
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

    # the core: the largest group that prints the name (else the largest); other groups that print it are
    # the same person unless two signals say otherwise
    printed = [i for i, c in enumerate(clusters) if set(c) & named and not set(c) & off_topic]
    core_ids = [max(printed or range(len(clusters)), key=lambda i: (len(clusters[i]), -i))] if clusters else []
    core = {p for i in core_ids for p in clusters[i]}
    core_years = _years(ps, core & named or core)
    out: list[dict[str, Any]] = [{"ids": c, "core": i in core_ids} for i, c in enumerate(clusters)]
    reference, pending = set(core), [i for i in range(len(clusters)) if i not in core_ids]
    while pending:  # judge the group closest to the person first; a same-person group joins the reference
        judged = {j: _signals(g, ps, clusters[j], reference, core_years, off_topic, sim, ready()["typical"], person)
                  for j in pending}
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


def _years(ps: dict[str, PaperView], ids: Any) -> list[int]:
    return [y for y in (ps[p].year for p in ids) if y is not None]


def _vocabulary_shares(ps: dict[str, PaperView], ids: list[str], cache: dict[str, set[str]] | None = None
                       ) -> dict[str, float]:
    """Per paper: the share of its words that at least COMMON_DF papers of the set use (``cache``: each
    paper's words, filled as they are read)."""
    cache = {} if cache is None else cache
    for p in ids:
        if p not in cache:
            cache[p] = {t for t in terms(f"{ps[p].title} {ps[p].abstract}") if " " not in t}
    words = {p: cache[p] for p in ids}
    df = Counter(t for w in words.values() for t in w)
    return {p: sum(1 for t in w if df[t] >= COMMON_DF) / len(w) if w else 0.0 for p, w in words.items()}


def _describe(g: GraphLike, ps: dict[str, PaperView], c: list[str], person: str | None) -> dict[str, Any]:
    co = Counter(a for p in c for a in set(ps[p].authors) if a != person)
    orgs = Counter(o for p in c for o in ps[p].orgs)
    topics = Counter(t for p in c for t in ps[p].topics if not t.startswith("category:"))
    years = _years(ps, c)
    return {"papers": [{"id": p, "title": ps[p].title or p, "date": ps[p].date} for p in c],
            "years": [min(years), max(years)] if years else [],
            "coauthors": [node_name(g, a) for a in _most_common(co, 5)],
            "orgs": [node_name(g, o) for o in _most_common(orgs, 5)],
            "topics": [node_name(g, t) for t in _most_common(topics, 3)]}


def _most_common(counts: Counter[str], n: int) -> list[str]:
    """The ``n`` most counted ids, ties by id: the same order in every run (a set's order is not).

    Examples:
        >>> _most_common(Counter({"b": 2, "c": 1, "a": 2}), 2)
        ['a', 'b']
    """
    return [key for key, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _signals(g: GraphLike, ps: dict[str, PaperView], c: list[str], core: set[str], core_years: list[int],
             off_topic: set[str], sim: Callable[[str, str], float], typical: float, person: str | None) -> list[str]:
    """The evidence that group ``c`` is another person than the core."""
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
        found.append(f"years {min(years)}-{max(years)} lie outside the rest's {min(core_years)}-{max(core_years)}")
    closest = max((sim(p, q) for p in c for q in core), default=0.0)
    if closest < 0.5 * typical:
        found.append(f"text unlike the rest (max similarity {closest:.2f}, typical {typical:.2f})")
    return found


def format_check(result: dict[str, Any]) -> str:
    """``check_author()`` or ``check_listing()`` as text."""
    head = result.get("author") or result.get("listing")
    lines = [f"{head}: {result['papers']} papers in {len(result['clusters'])} group(s)"]
    if result.get("listings"):
        lines.append(f"  (with every paper of {', '.join(result['listings'])}, taken as this author's list)")
    for i, c in enumerate(result["clusters"], 1):
        label = "core" if c["core"] else c["verdict"]
        years = "-".join(str(y) for y in c["years"])
        lines.append(f"Group {i} [{label}] {len(c['papers'])} paper(s) {years}")
        for key in ("coauthors", "orgs", "topics"):
            if c[key]:
                lines.append(f"  {key}: {', '.join(c[key])}")
        lines += [f"  evidence: {s}" for s in c.get("signals", [])]
        lines += [f"  - {p['date']} {p['title'][:90]}" for p in c["papers"]]
    return "\n".join(lines)
