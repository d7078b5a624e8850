"""One exception family for the whole library; the CLI turns each into a click error in one place."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error paper-kg raises on purpose."""


class SourceError(KGError):
    """An input file cannot be read: names the file, the line and what to do."""

    def __init__(self, path: str, line: int | None, problem: str, hint: str = "") -> None:
        self.path, self.line, self.problem, self.hint = path, line, problem, hint
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}" + (f"\n  {hint}" if hint else ""))


class ExtractionError(KGError):
    """The extraction pipeline could not be built or run."""


class StoreError(KGError):
    """The graph store cannot be opened, read or written."""


class StoreFormatError(StoreError):
    """A store was written in a format this version cannot read (a newer paper-kg's)."""


class BackendUnavailable(StoreError):
    """An optional backend or its server is missing."""


class QueryNotFound(KGError):
    """A named query does not exist."""


class QueryParameterError(KGError):
    """A query was called with missing or mistyped parameters."""


class NodeNotFound(KGError):
    """A model, author or listing named on the command line is not in the graph."""


class VizError(KGError):
    """A view cannot be drawn: unknown focus, view or label, or no headless browser for a PNG."""
