"""Model lineage by concern: ``infer`` (BUILDS_ON edges from evidence), ``walk`` (ancestors, descendants,
chains, model dates), ``evaluate`` (against labelled pairs) and ``format`` (text).

The names below load their module on first use: a lookup (kg lineage, kg lineage-path, the viewer) loads the
walk and the text, never the inference and its evaluation (``python -X importtime -m kg lineage X``).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_MODULES = {
    "evaluate": ("LineageScore", "score_edges", "score_lineage"),
    "format": ("format_lineage", "format_path", "weakest_link"),
    "generic": ("is_generic", "same_model"),
    "infer": ("DEFAULT_MAX_GAP_DAYS", "DEFAULT_MIN_SCORE", "DEFAULT_TOP_K", "DEFAULT_WEIGHTS", "LINEAGE_READS",
              "Evidence", "Weights", "candidates", "infer_builds_on", "select"),
    "kinds": ("CANDIDATE", "INFERRED", "NAME", "STATED", "edge_kind"),
    "stated": ("review_stated",),
    "walk": ("ModelDate", "lineage", "lineage_path", "model_dates", "named_by"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    """One of ``__all__``, from its module (imported on first use)."""
    if name not in _WHERE:
        raise AttributeError(f"module 'kg.analysis.lineage' has no attribute {name!r}")
    value = getattr(import_module(f"kg.analysis.lineage.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
