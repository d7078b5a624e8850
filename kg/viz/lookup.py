"""Name lookup for ``kg viz --focus``: a node id, a name or a title, as ``kg lineage`` resolves names."""

from __future__ import annotations

import difflib
from typing import Any

from kg.analysis.common import find_node as find_labelled
from kg.errors import NodeNotFound, VizError
from kg.model import fold


def find_node(G: Any, name: str, prefer: str | None = None) -> str:
    """The id of the node whose id is ``name`` or whose folded name or title equals it.

    With ``prefer`` (a label), the lookup of that label is tried first, as ``kg lineage`` and ``kg
    coauthors`` do it (aliases, sizes, plurals: ``PaLM 540B`` is PaLM); when several names match, the
    single one labelled ``prefer`` wins.

    Raises:
        VizError: no node matches, or several do (the message lists their ids).
    """
    if name in G:
        return str(name)
    if prefer is not None:
        try:
            return find_labelled(G, prefer, name)
        except NodeNotFound:
            pass
    key = fold(name)
    hits: list[str] = sorted(n for n, a in G.nodes(data=True)
                             if key in (fold(str(a.get("name") or "")), fold(str(a.get("title") or ""))))
    preferred = [n for n in hits if G.nodes[n].get("label") == prefer]
    if len(hits) == 1 or len(preferred) == 1:
        return (preferred or hits)[0]
    if hits:
        msg = (f"--focus {name!r} matches {len(hits)} nodes: {', '.join(hits[:8])}\n"
               "  pass one of these ids instead.")
        raise VizError(msg)
    names = sorted({str(a.get("name") or n) for n, a in G.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=5)
    hint = (f"close names: {', '.join(close)}" if close
            else "search the full view (kg viz) for names, or pass a node id")
    msg = f"--focus {name!r} is not a node id or name in this graph\n  {hint}"
    raise VizError(msg)
