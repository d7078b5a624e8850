"""Why there is or is not a BUILDS_ON edge between two models: the edge's evidence, or what the graph holds
about the pair and what inference would need (``kg lineage A --why B``)."""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from typing import Any

from kg.analysis.lineage.format import how, of, quoted, weakest_link, when
from kg.analysis.lineage.kinds import CANDIDATE, NEAREST_EARLIER, NEAREST_LATER, TEAM_AUTHORS, edge_kind
from kg.analysis.lineage.walk import paper_name, shown_step
from kg.model import COMPARES_WITH, EVALUATED_ON, INTRODUCES, MENTIONS, USES
from kg.names import VERSIONS, name_relation, parse_name, skips_versions

NO_CUE = {COMPARES_WITH: "compared with, never lineage evidence", EVALUATED_ON: "evaluated on, never lineage evidence",
          USES: "used, in words no stated cue reads as lineage", MENTIONS: "named without a stated relation",
          INTRODUCES: "the paper's own model"}
"""What each relation a paper naming both models has to one of them says about lineage."""
NAMES_AS = {INTRODUCES: "introduces", USES: "uses", MENTIONS: "names", COMPARES_WITH: "compares with",
            EVALUATED_ON: "evaluates on"}
"""How a citing or cited paper names its model, as a citation line says it."""


def why(read: Mapping[str, Any], a: str, b: str) -> dict[str, Any]:
    """The answer for the models ``a`` and ``b`` (ids) from ``read`` (``kg.store.lineage.pair``): ``{"a", "b"
    (names), "edges": [{"source", "target", kind, score, reasons, sentence as kg lineage shows them}],
    "papers": [{"title", "date", "a": {"type", "rule", "sentence"}, "b": {...}}], "name_relation": {"later",
    "earlier", "relation"} or None, "shared_authors", "dropped": [the build's reasons for leaving out a stated
    edge between them], "later", "earlier" (the child and parent inference could make of
    them, ``_child_parent``; None when no time order fits), "parent_introduced" (whether a paper introduces
    "earlier": a candidate edge needs one), "later_parents": [{"name", "kind"}] ("later"'s other parents, none
    generic: one not a candidate leaves it no candidate edge), "citations": [{"citing_model", "citing_title",
    "citing_type", "cited_model", "cited_title", "cited_type", "child_to_parent", "derivation"}] (a paper naming
    one model citing a paper naming the other; ``child_to_parent``: the introducing papers, "later"'s citing
    "earlier"'s, the one inference reads; ``derivation``: with a name relation or the parent named plainly
    (MENTIONS) in the citing paper, a derivation signal, else a bare citation), "introduced": [the names of the
    two a paper introduces], "nearest": [{"model", "side", "title"}] (the paper by text nearest to a model's
    introducing paper, dated before it for the child or after it for the parent, when it is not the other's: what
    keeps a candidate edge from them)}``.

    Examples:
        >>> read = {"models": {"m:a": {"name": "Wren 2", "date": "2024-01-01"}, "m:b": {"name": "Wren"}},
        ...         "edges": [], "papers": [], "authors": []}
        >>> answer = why(read, "m:a", "m:b")
        >>> answer["name_relation"], answer["later"], answer["earlier"]
        ({'later': 'Wren 2', 'earlier': 'Wren', 'relation': 'version'}, None, None)
    """
    models = read["models"]
    names = {m: str(models.get(m, {}).get("name") or m) for m in (a, b)}
    edges = [{"source": names[e["source"]], "target": names[e["target"]], **shown_step(e["props"])}
             for e in read["edges"]]
    papers = [{"title": paper_name(p, p["id"]), "date": str(p.get("date", "")),
               **{side: {"type": p[f"{side}_type"], "rule": str(p.get(f"{side}_rule", "")),
                         "sentence": str(p.get(f"{side}_evidence", ""))} for side in ("a", "b")}}
              for p in read["papers"]]
    relation = None
    for later, earlier in ((a, b), (b, a)):
        found = name_relation(names[later], names[earlier])
        if found:
            relation = {"later": names[later], "earlier": names[earlier], "relation": found}
            break
    dropped = [f"{names[m]} builds on {text}" for m, other in ((a, b), (b, a))
               for text in models.get(m, {}).get("dropped_parents") or () if str(text).startswith(f"{names[other]} (")]
    order = _child_parent(models.get(a, {}), models.get(b, {}))
    later, earlier = ((names[a], names[b]) if order == "a" else (names[b], names[a]) if order == "b"
                      else (None, None))
    child = a if order == "a" else b if order == "b" else None
    parents = [{"name": str(p.get("name") or p["id"]), "kind": edge_kind(p)}
               for p in read.get("parents", {}).get(child, ()) if p["id"] not in (a, b)] if child else []
    parent_side = "b" if order == "a" else "a"  # how a paper naming both names the parent: "named" plainly (MENTIONS)
    plain = {str(p["id"]) for p in read["papers"] if p[f"{parent_side}_type"] == MENTIONS}
    parent = (b if order == "a" else a) if order else None
    nearest = []  # what takes the places a candidate edge needs, when another paper does
    if child and parent:
        for model, key, other, side in ((child, NEAREST_EARLIER, parent, "earlier"),
                                        (parent, NEAREST_LATER, child, "later")):
            title = models.get(model, {}).get(key)
            if title and title != models.get(other, {}).get("introduced_by"):
                nearest.append({"model": names[model], "side": side, "title": str(title)})
    citations = [{"citing_model": names[c["from"]], "citing_title": str(c.get("citing_title") or c["citing"]),
                  "citing_type": c["citing_type"], "cited_model": names[b if c["from"] == a else a],
                  "cited_title": str(c.get("cited_title") or c["cited"]), "cited_type": c["cited_type"],
                  "child_to_parent": c["from"] == child and c["citing_type"] == c["cited_type"] == INTRODUCES,
                  "derivation": bool(relation and relation["later"] == later or str(c["citing"]) in plain)}
                 for c in read.get("citations", ())]
    return {"a": names[a], "b": names[b], "edges": edges, "papers": papers, "name_relation": relation,
            "shared_authors": list(read["authors"]), "dropped": dropped, "later": later, "earlier": earlier,
            "parent_introduced": bool(order and models.get(b if order == "a" else a, {}).get("date")),
            "later_parents": parents, "citations": citations, "nearest": nearest,
            "dates": {names[m]: when(models.get(m, {})) for m in (a, b)},
            "introduced": [names[m] for m in (a, b) if models.get(m, {}).get("date")]}


def _child_parent(a: Mapping[str, Any], b: Mapping[str, Any]) -> str | None:
    """Which of two models (properties) inference could make the child, "a" or "b", as it orders them
    (``kg.analysis.lineage.infer``): the child has an introducing paper, dated after the parent's (or, for a
    parent no paper introduces, on or after the day it is first seen); None when neither fits.

    Examples:
        >>> _child_parent({"date": "2024-01-01"}, {"first_seen": "2024-01-01"}), _child_parent({}, {"date": "2020"})
        ('a', None)
    """
    for child, parent, side in ((a, b, "a"), (b, a, "b")):
        day = str(child.get("date") or "")
        if day and (parent.get("date") and str(parent["date"]) < day
                    or not parent.get("date") and parent.get("first_seen") and str(parent["first_seen"]) <= day):
            return side
    return None


def format_why(answer: Mapping[str, Any]) -> str:
    """``why()`` as text: each edge as ``kg lineage`` shows it; without one, what joins the two models and
    what inference would need.

    Examples:
        >>> print(format_why({"a": "Zeta", "b": "Alpa", "edges": [], "papers": [], "name_relation": None,
        ...                   "shared_authors": [], "dropped": [], "later": "Zeta", "earlier": "Alpa",
        ...                   "parent_introduced": True, "dates": {"Zeta": "2024-01-02", "Alpa": "2022-01-02"}}))
        No BUILDS_ON edge joins Zeta (2024-01-02) and Alpa (2022-01-02).
          no evidence joins them in the graph
          inference would need, for Zeta to build on Alpa: a derivation signal (a citation that names the parent too, a stated base, a name relation), or for a candidate edge: Zeta has no stated or name parent, Alpa's paper is Zeta's nearest earlier paper by text and Zeta's is Alpa's nearest later one (a later paper closer to Alpa's by text takes that place)
    """
    dates = answer["dates"]
    if answer["edges"]:
        return "\n".join(f"{e['source']} ({dates[e['source']]}) builds on {e['target']} ({dates[e['target']]})  "
                         f"[{how(e)}]" for e in answer["edges"])
    a, b = answer["a"], answer["b"]
    lines = [f"No BUILDS_ON edge joins {a} ({dates[a]}) and {b} ({dates[b]})."]
    chain = answer.get("chain") or []
    if chain:  # joined through other models: what kg lineage-path shows
        weak = weakest_link(chain)
        kind = str(weak.get("kind", "stated")) + (", generic" if weak.get("generic") else "")
        lines.append(f"  a BUILDS_ON chain through other models joins them: "
                     f"{' -> '.join([str(step['source']) for step in chain] + [str(chain[-1]['target'])])} "
                     f"({len(chain)} steps, each model building on the next; weakest link: {kind} "
                     f"{float(weak.get('score', 1.0)):.2f} ({weak['source']} -> {weak['target']})); "
                     f"kg lineage-path {shlex.quote(a)} {shlex.quote(b)} shows each step's evidence")
    for p in answer["papers"]:
        said = [p[side]["sentence"] for side in ("a", "b") if p[side]["type"] != INTRODUCES] or [
            p[side]["sentence"] for side in ("a", "b")]  # an introducing paper's evidence is often its title
        sentences = dict.fromkeys(s for s in said if s)
        lines.append(f"  named together in {quoted(p['title'])}" + (f" ({p['date']})" if p["date"] else "") + ": "
                     + " / ".join(f'"{s}"' for s in sentences))
        lines.append("    no stated cue fired: " + "; ".join(
            f"{name} {p[side]['type']} ({p[side]['rule']}): {NO_CUE.get(p[side]['type'], p[side]['type'])}"
            for side, name in (("a", a), ("b", b))))
    skipped = False  # a version two or more whole versions on: the name points at an ancestor
    if answer["name_relation"]:
        r = answer["name_relation"]
        article = "an" if r["relation"][:1] in "aeiou" else "a"
        skipped = r["relation"] == VERSIONS and skips_versions(parse_name(r["later"]), parse_name(r["earlier"]))
        lines.append(f"  name relation: the name {r['later']} is {article} {r['relation']} of the name {r['earlier']}, "
                     "which says nothing of which came first (the build kept no edge on it"
                     + (": a version lies between them, so the name points at an ancestor, not the parent)"
                        if skipped else ")"))
    citations = answer.get("citations", [])
    for c in citations:
        lines.append(f"  citation: {quoted(c['citing_title'])} ({NAMES_AS.get(c['citing_type'], c['citing_type'])} "
                     f"{c['citing_model']}) cites {quoted(c['cited_title'])} ({NAMES_AS.get(c['cited_type'], c['cited_type'])} "
                     f"{c['cited_model']})" + ("" if not c["child_to_parent"] else
                                               ": the child's paper citing the parent's, a derivation signal"
                                               if c["derivation"] else ": the child's paper citing the parent's, a "
                                               "bare citation (no name relation, and the child's abstract names the "
                                               "parent only as used, compared with or evaluated on, if at all): a "
                                               "weak signal"))
    if answer["shared_authors"]:
        lines.append(f"  shared authors of their introducing papers: {', '.join(answer['shared_authors'])} "
                     "(a weak signal: alone it never makes an edge)")
    lines += [f"  left out by the build: {d}" for d in answer["dropped"]]
    if not (answer["papers"] or answer["name_relation"] or answer["shared_authors"] or answer["dropped"] or citations):
        lines.append(f"  no evidence joins them {'directly ' if chain else ''}in the graph")
    elif not citations:
        lines.append("  no citation: no paper naming one of them cites a paper naming the other")
    later, earlier = answer["later"], answer["earlier"]
    if later is None and not answer.get("introduced", True):
        lines.append("  no paper in the graph introduces either of them (both are only named): inference gives a "
                     "parent only to a model a paper introduces, dated after the parent's introduction or first "
                     "sighting")
    elif later is None:
        lines.append("  no time order fits: inference would need a paper introducing one of them after the other's "
                     "introducing paper or first sighting, then a derivation signal (a citation that names the parent too, a stated base, a "
                     "name relation)")
    else:
        parents = answer.get("later_parents", [])
        kept = [p for p in parents if p["kind"] != CANDIDATE]
        rival = ", if it shares an author with it, as these two share a team" if len(
            answer["shared_authors"]) >= TEAM_AUTHORS else ""
        held = "; ".join(f"{p['name']}, {p['kind']}" for p in kept)
        instead = "".join(f" (it would replace {of(later)} one candidate edge, to {p['name']})" for p in parents[:1]
                          if not kept)
        candidate = (f"; no candidate edge: no paper introduces {earlier}" if not answer["parent_introduced"]
                     else f"; no candidate edge: {later} already has a parent ({held})" if kept
                     else f", or for a candidate edge: {later} has no stated or name parent, {of(earlier)} paper is "
                          f"{of(later)} nearest earlier paper by text and {of(later)} is {of(earlier)} nearest later "
                          f"one (a later paper closer to {of(earlier)} by text takes that place{rival}){instead}")
        signals = "a citation that names the parent too, a stated base" + ("" if skipped else ", a name relation")
        lines.append(f"  inference would need, for {later} to build on {earlier}: a derivation signal ({signals})"
                     f"{candidate}")
        if answer["parent_introduced"] and not kept:
            lines += [f"  now {of(n['model'])} nearest {n['side']} paper by text is {quoted(n['title'])}"
                      for n in answer.get("nearest", ())]
    return "\n".join(lines)
