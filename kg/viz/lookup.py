"""Name lookup for ``kg viz --focus``: the one lookup every command uses (``kg.analysis.common.find_node``)."""

from __future__ import annotations

from typing import Any

from kg.analysis.common import find_node as find_labelled


def find_node(G: Any, name: str, prefer: str | None = None) -> str:
    """The id of the node a user calls ``name`` (an id, a name, a title or an alias; see
    ``kg.analysis.common.find_node``), among the ``prefer`` nodes when a label is given (the lineage
    view asks for a Model), else among all.

    Raises:
        NodeNotFound: no such node; the message lists the closest names.
    """
    return find_labelled(G, prefer, name)
