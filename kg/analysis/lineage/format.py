"""Lineage results as text: each model's date (or when it was first seen) and each edge's evidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


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


def how(item: Mapping[str, Any]) -> str:
    """An edge as shown: kind, score, reasons and the evidence sentence.

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
    sentence = f'"{item["sentence"]}"' if item.get("sentence") else ""
    if reasons:
        return f"{text}: {reasons}" + (f"; {sentence}" if sentence else "")
    text += f", {item['rule']}" if item.get("rule") else ""
    return f"{text}: {sentence}" if sentence else text


def format_lineage(tree: Mapping[str, Any]) -> str:
    """``lineage()`` as indented text: each model's date or first sighting, each edge's evidence."""
    intro = f", introduced by {tree['introduced_by']!r}" if tree.get("introduced_by") else ""
    lines = [f"{tree['model']} ({when(tree)}{intro})"]

    def emit(items: Sequence[Mapping[str, Any]], key: str, indent: str) -> None:
        for item in items:
            lines.append(f"{indent}{item['model']} ({when(item)})  [{how(item)}]")
            emit(item[key], key, indent + "  ")

    for key, title in (("ancestors", "builds on"), ("descendants", "built upon by")):
        lines.append(f"  {title}:")
        emit(tree[key], key, "    ") if tree[key] else lines.append("    (none)")
    return "\n".join(lines)


def format_path(steps: Sequence[Mapping[str, Any]]) -> str:
    """``lineage_path()`` as text, one BUILDS_ON step a line."""
    return "\n".join(f"{s['source']} ({when(s, 'source_')}) -> {s['target']} ({when(s, 'target_')})  [{how(s)}]"
                     for s in steps)
