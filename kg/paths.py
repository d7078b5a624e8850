"""Where the project's data folders are: the one place that resolves them.

``queries/`` and ``visualizations/`` sit at the top of the source tree; a built wheel carries copies in
``kg/_bundled/`` (see setup.py). The bundled copy wins when it exists, so an installed package never reads
a source tree it happens to sit beside.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent  # the source tree's root in a checkout (site-packages when installed)
DATA_DIR = PACKAGE / "data"


def asset_dir(name: str) -> Path:
    """The folder ``name`` (``queries`` or ``visualizations``): bundled in the package, else in the source tree.

    Examples:
        >>> asset_dir("queries").name, (asset_dir("queries") / "lineage.cypher").is_file()
        ('queries', True)

    Raises:
        FileNotFoundError: neither copy exists (a broken install).
    """
    for candidate in (PACKAGE / "_bundled" / name, PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"paper-kg's {name}/ folder is missing from {PACKAGE}; reinstall paper-kg")


QUERIES_DIR = asset_dir("queries")
VISUALIZATIONS_DIR = asset_dir("visualizations")
