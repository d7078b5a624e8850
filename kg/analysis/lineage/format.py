"""Lineage results as text: each model's date (or when it was first seen) and each edge's evidence."""

from __future__ import annotations

import itertools
import re
import shlex
from collections.abc import Mapping, Sequence
from typing import Any

from kg.analysis.common import HUB_ID
from kg.model import COMPARES_WITH, EVALUATED_ON, MENTIONS, USES



def of(name: str) -> str:
    """``name`` in the possessive: an apostrophe alone after a final s.

    Examples:
        >>> of("GShard"), of("Sparsely-Gated Mixture-of-Experts")
        ("GShard's", "Sparsely-Gated Mixture-of-Experts'")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def quoted(title: str) -> str:
    r"""A title in quotes as Python writes a string, but with its backslashes as written: TeX in a title reads as
    the paper writes it.

    Examples:
        >>> print(quoted(r"Wren: $\alpha$-Scaled Attention"), quoted("Zorb's Net"))
        'Wren: $\alpha$-Scaled Attention' "Zorb's Net"
    """
    return repr(title).replace("\\\\", "\\")

def when(item: Mapping[str, Any], prefix: str = "") -> str:
    """A model's date as shown: the introducing paper's date, else "first seen DATE", else "undated".

    Examples:
        >>> when({"date": "2022-04-05"}), when({"date": "", "first_seen": "2022-10-20"}), when({})
        ('2022-04-05', 'first seen 2022-10-20', 'undated')
    """
    if item.get(prefix + "date"):
        return str(item[prefix + "date"])
    if item.get(prefix + "first_seen"):
        return f"first seen {item[prefix + 'first_seen']}"
    return "undated"


EXCERPT_CHARS = 220  # an evidence sentence longer than this is shown around the two names it links


def excerpt(sentence: str, names: Sequence[str] = (), width: int = EXCERPT_CHARS) -> str:
    """``sentence``, or where it is longer than ``width`` characters, its part around the nearest places it writes
    each of ``names`` (case aside), cut at spaces and marked with "…" where text is left out.

    Examples:
        >>> long = "We release: (1) a data mix; " + "x " * 60 + "(2) Wren 2, Quill models tuned on it; " + "y " * 60
        >>> excerpt(long, ["Wren 2", "quill"], width=60)
        '… x x x x x x x x x (2) Wren 2, Quill models tuned on it; y …'
        >>> excerpt("Zeta extends Alpa.", ["Zeta", "Alpa"], width=10)
        'Zeta extends Alpa.'
    """
    if len(sentence) <= width:
        return sentence
    low = sentence.casefold()
    places = [[(m.start(), m.end()) for m in re.finditer(re.escape(n.casefold()), low)] for n in names if n]
    places = [p for p in places if p]
    if not places:
        return sentence
    a, b = min(((min(x[0] for x in pick), max(x[1] for x in pick)) for pick in itertools.product(*places)),
               key=lambda span: span[1] - span[0])  # the nearest places of the names
    if b - a > width:
        return sentence
    pad = (width - (b - a)) // 2
    start, end = max(0, a - pad), min(len(sentence), b + pad)
    if start > 0:
        start = sentence.find(" ", start, a) + 1 or start
    if end < len(sentence):
        end = sentence.rfind(" ", b, end) if sentence.rfind(" ", b, end) > 0 else end
    return ("… " if start > 0 else "") + sentence[start:end].strip() + (" …" if end < len(sentence) else "")


def how(item: Mapping[str, Any], names: Sequence[str] = ()) -> str:
    """An edge as shown: kind, score, reasons and the evidence sentence (``excerpt`` around ``names``, the two
    models the edge links, when it is long).

    Examples:
        >>> how({"kind": "stated", "score": 1.0, "rule": "text-cue", "reasons": [],
        ...      "sentence": "Zeta extends Alpa."})
        'stated 1.00, text-cue: "Zeta extends Alpa."'
        >>> how({"kind": "candidate", "score": 0.31, "rule": "weak-evidence",
        ...      "reasons": ["2 shared author(s): A, B", "text similarity 0.20"], "sentence": ""})
        'candidate 0.31: 2 shared author(s): A, B; text similarity 0.20'
    """
    kind = str(item.get("kind", "stated")) + (", generic" if item.get("generic") else "")
    text = f"{kind} {float(item.get('score', 1.0)):.2f}"
    reasons = "; ".join(item.get("reasons") or [])
    sentence = f'"{excerpt(item["sentence"], names)}"' if item.get("sentence") else ""
    if reasons:
        return f"{text}: {reasons}" + (f"; {sentence}" if sentence else "")
    text += f", {item['rule']}" if item.get("rule") else ""
    return f"{text}: {sentence}" if sentence else text


MORE = {"ancestors": "{indent}... {n:,} more that {model} builds on (--all shows them)",
        "descendants": "{indent}... {n:,} more built upon {model} (--all shows them)"}
"""The line counting the steps ``width`` cut from a model (kg.analysis.lineage.lineage)."""


def format_lineage(tree: Mapping[str, Any], min_score: float = 0.0) -> str:
    """``lineage()`` as indented text: each model's date or first sighting, each edge's evidence, after a
    model's steps how many ``width`` cut (``more_ancestors``, ``more_descendants``); then, when
    the tree carries them, the edges left out (``hidden``: ``{"generic", "below_min_score"}`` counts, with the
    option that shows them) and the stated parents the build dropped for time order (``dropped``); a name asked
    in another form says how it was read (``read_as``; ``read_as_form`` when it is a short or long form, "ViT").

    Examples:
        >>> print(format_lineage({"model": "Zeta", "date": "2024-01-02", "ancestors": [], "descendants": [],
        ...                       "hidden": {"generic": 2, "below_min_score": 0}, "read_as": "Zeta-Large"}))
        Zeta (2024-01-02)
          ('Zeta-Large' is read as Zeta: a size, a size word or a plural names the same model)
          builds on:
            (none)
          built upon by:
            (none)
          hidden: 2 edges to generic architectures (--show-generic shows them)
    """
    intro = f", introduced by {quoted(tree['introduced_by'])}" if tree.get("introduced_by") else ""
    lines = [f"{tree['model']} ({when(tree)}{intro})"]
    if tree.get("read_as"):
        why = ("a model hub's owner/name id is read by its name" if HUB_ID.fullmatch(tree["read_as"])
               else "a short or long form of its name" if tree.get("read_as_form")
               else "a size, a size word or a plural names the same model")
        lines.append(f"  ({tree['read_as']!r} is read as {tree['model']}: {why})")

    def emit(parent: Mapping[str, Any], key: str, indent: str, shown: set[str]) -> None:
        for item in parent[key]:
            lines.append(f"{indent}{item['model']} ({when(item)})  [{how(item, (parent['model'], item['model']))}]")
            if item["model"] in shown and (item[key] or item.get("more_" + key)):
                lines.append(f"{indent}  (its {key} are shown above)")  # a model reached twice is drawn once in full
                continue
            shown.add(item["model"])
            emit(item, key, indent + "  ", shown)
        if parent.get("more_" + key):
            lines.append(MORE[key].format(indent=indent, n=parent["more_" + key], model=parent["model"]))

    for key, title in (("ancestors", "builds on"), ("descendants", "built upon by")):
        lines.append(f"  {title}:")
        emit(tree, key, "    ", set()) if tree[key] or tree.get("more_" + key) else lines.append("    (none)")
    hidden = tree.get("hidden") or {}
    for key, what, option in (("generic", "to generic architectures", "--show-generic"),
                              ("below_min_score", f"scoring below --min-score {min_score:.2f}", "a lower --min-score")):
        if hidden.get(key):
            lines.append(f"  hidden: {_edges(hidden[key])} {what} ({option} shows {'them' if hidden[key] > 1 else 'it'})")
    for why in tree.get("dropped") or ():
        lines.append(f"  left out: stated to build on {why}")
    named = tree.get("named_by") or {}
    said = [f"{named[rel]} {verb}" for rel, verb in NAMED_BY if named.get(rel)]
    if said:  # "what builds on X?": the papers that only use, compare with or name X are no answer, but a lead
        lines.append(f"  also named by papers (no lineage): {', '.join(said)}; kg query papers_by_model "
                     f"--param name={shlex.quote(str(tree['model']))} lists them")
    return "\n".join(lines)


NAMED_BY = ((USES, "using it"), (COMPARES_WITH, "comparing with it"), (EVALUATED_ON, "evaluating on it"),
            (MENTIONS, "naming it"))
"""How ``kg lineage`` counts the papers that name a model without introducing it, by relation type."""


def _edges(n: int) -> str:
    return f"{n} edge{'s' if n != 1 else ''}"


STRENGTH = ("candidate", "inferred", "name", "stated")
"""The kinds of BUILDS_ON edge from the weakest evidence to the strongest (kg.analysis.lineage.kinds.edge_kind)."""


def weakest_link(steps: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The step of a chain whose evidence is weakest: the weakest kind (``STRENGTH``; an edge to a generic
    architecture below its kind's others), the lowest score within it, the first such step.

    Examples:
        >>> steps = [{"kind": "stated", "score": 1.0}, {"kind": "candidate", "score": 0.3},
        ...          {"kind": "name", "score": 0.96}, {"kind": "candidate", "score": 0.25}]
        >>> weakest_link(steps)
        {'kind': 'candidate', 'score': 0.25}
    """
    return min(steps, key=lambda s: (STRENGTH.index(str(s.get("kind", "stated"))), not s.get("generic"),
                                     float(s.get("score", 1.0))))


def format_path(steps: Sequence[Mapping[str, Any]], backward: bool = False) -> str:
    """``lineage_path()`` as text, one BUILDS_ON step a line, then a line naming the weakest link
    (``weakest_link``): a chain is only as sure as that step. ``steps`` run from the later model down to the
    earlier (each ``source`` builds on its ``target``); ``backward`` prints them the other way, from the
    earlier model up (the order a user named them in), each arrow pointing back at what a model builds on.

    Examples:
        >>> steps = [{"source": "B", "target": "A", "kind": "stated", "score": 1.0, "date": ""},
        ...          {"source": "A", "target": "Z", "kind": "candidate", "score": 0.3}]
        >>> print(format_path(steps))
        B (undated) -> A (undated)  [stated 1.00]
        A (undated) -> Z (undated)  [candidate 0.30]
        2 steps from B to Z (X -> Y: X builds on Y); weakest link: candidate 0.30 (A -> Z)
        >>> print(format_path(steps, backward=True))
        Z (undated) <- A (undated)  [candidate 0.30]
        A (undated) <- B (undated)  [stated 1.00]
        2 steps from Z to B (X <- Y: Y builds on X); weakest link: candidate 0.30 (Z <- A)
    """
    if not steps:
        return ""
    if backward:
        lines = [f"{s['target']} ({when(s, 'target_')}) <- {s['source']} ({when(s, 'source_')})  "
                 f"[{how(s, (s['source'], s['target']))}]"
                 for s in reversed(steps)]
    else:
        lines = [f"{s['source']} ({when(s, 'source_')}) -> {s['target']} ({when(s, 'target_')})  "
                 f"[{how(s, (s['source'], s['target']))}]"
                 for s in steps]
    weak = weakest_link(steps)
    kind = str(weak.get("kind", "stated")) + (", generic" if weak.get("generic") else "")
    start, end = (steps[-1]["target"], steps[0]["source"]) if backward else (steps[0]["source"], steps[-1]["target"])
    arrows = " (X <- Y: Y builds on X)" if backward else " (X -> Y: X builds on Y)"
    link = f"{weak['target']} <- {weak['source']}" if backward else f"{weak['source']} -> {weak['target']}"
    lines.append(f"{len(steps)} step{'s' if len(steps) > 1 else ''} from {start} to {end}{arrows}; weakest link: "
                 f"{kind} {float(weak.get('score', 1.0)):.2f} ({link})")
    return "\n".join(lines)
