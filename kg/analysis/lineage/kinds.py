"""The kinds of BUILDS_ON edge (stated, name, inferred, candidate) and the kind of a stored edge: what every
answer and view that shows an edge reads, without the inference that makes them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

STATED, NAME, INFERRED, CANDIDATE = "stated", "name", "inferred", "candidate"
# Model properties the build sets: the titles of its introducing paper's nearest papers by text dated before and
# after it, which a candidate edge's conditions read (``kg.analysis.lineage.infer``)
NEAREST_EARLIER, NEAREST_LATER = "nearest_earlier_paper", "nearest_later_paper"
# Shared authors that make a later paper its team's follow-up: only papers sharing an author then compete for its
# place as the earlier paper's nearest later one (one shared person is no team: the seeds' GLaM and task-MoE share one)
TEAM_AUTHORS = 2


def edge_kind(props: Mapping[str, Any]) -> str:
    """The kind of a BUILDS_ON edge from its properties: STATED, NAME, INFERRED or CANDIDATE.

    Examples:
        >>> edge_kind({"rule": "text-cue"}), edge_kind({"rule": "name-version", "inferred": False})
        ('stated', 'name')
        >>> edge_kind({"inferred": True, "candidate": True, "rule": "weak-evidence"})
        'candidate'
    """
    if props.get("kind"):
        return str(props["kind"])
    if props.get("inferred"):
        return CANDIDATE if props.get("candidate") else INFERRED
    return NAME if str(props.get("rule", "")).startswith("name-") else STATED
