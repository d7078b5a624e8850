"""paper-kg: a knowledge graph of research papers, their authors, organizations, topics, models and datasets."""

from typing import Any


def __getattr__(name: str) -> Any:
    """``kg.__version__``, looked up in the installed metadata on first use (not by every ``import kg``)."""
    if name != "__version__":
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("paper-kg")
    except PackageNotFoundError:  # running from a source tree that is not installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
