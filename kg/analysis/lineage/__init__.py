"""Model lineage by concern: ``infer`` (BUILDS_ON edges from evidence), ``walk`` (ancestors, descendants,
chains, model dates), ``evaluate`` (against labelled pairs) and ``format`` (text)."""

from kg.analysis.lineage.evaluate import LineageScore, score_edges, score_lineage
from kg.analysis.lineage.format import format_lineage, format_path, weakest_link
from kg.analysis.lineage.generic import is_generic, same_model
from kg.analysis.lineage.infer import (CANDIDATE, DEFAULT_MAX_GAP_DAYS, DEFAULT_MIN_SCORE, DEFAULT_TOP_K,
                                       DEFAULT_WEIGHTS, INFERRED, LINEAGE_READS, NAME, STATED, Evidence, Weights,
                                       candidates, edge_kind, infer_builds_on, select)
from kg.analysis.lineage.stated import review_stated
from kg.analysis.lineage.walk import ModelDate, lineage, lineage_path, model_dates

__all__ = ["CANDIDATE", "DEFAULT_MAX_GAP_DAYS", "DEFAULT_MIN_SCORE", "DEFAULT_TOP_K", "DEFAULT_WEIGHTS", "INFERRED",
           "LINEAGE_READS", "NAME", "STATED", "Evidence", "LineageScore", "ModelDate", "Weights", "candidates",
           "edge_kind", "format_lineage", "format_path", "infer_builds_on", "is_generic", "lineage", "lineage_path",
           "model_dates", "review_stated", "same_model", "score_edges", "score_lineage", "select", "weakest_link"]
