"""Sources: detect a file's format from its content and stream its PaperRecords (``kg.sources.read``).

The names below load ``kg.sources.read`` and every reader on first use: a module that needs only an id's
spelling (``kg.sources.ids``, as the viewer does) loads no reader.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["FORMATS", "PaperRecord", "ReadReport", "detect_format", "read_records"]


def __getattr__(name: str) -> Any:
    """One of ``__all__``, from ``kg.sources.read`` (imported on first use)."""
    if name not in __all__:
        raise AttributeError(f"module 'kg.sources' has no attribute {name!r}")
    value = getattr(import_module("kg.sources.read"), name)
    globals()[name] = value
    return value
