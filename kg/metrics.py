"""Precision, recall and F1 with one convention for empty sets, shared by every evaluator.

Precision with no predictions is 1.0: nothing was claimed, so nothing claimed is wrong (the miss shows in
recall). Recall with nothing to find is 1.0 for the same reason. F1 is 0.0 when both are 0.
"""

from __future__ import annotations


def precision(right: int, predicted: int) -> float:
    """``right / predicted``; 1.0 when nothing was predicted.

    Examples:
        >>> precision(3, 4), precision(0, 0)
        (0.75, 1.0)
    """
    return right / predicted if predicted else 1.0


def recall(found: int, gold: int) -> float:
    """``found / gold``; 1.0 when there was nothing to find.

    Examples:
        >>> recall(1, 4), recall(0, 0)
        (0.25, 1.0)
    """
    return found / gold if gold else 1.0


def f1(p: float, r: float) -> float:
    """The harmonic mean of ``p`` and ``r``; 0.0 when both are 0.

    Examples:
        >>> round(f1(1.0, 0.5), 3), f1(0.0, 0.0)
        (0.667, 0.0)
    """
    return 2 * p * r / (p + r) if p + r else 0.0
