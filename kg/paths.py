"""Where the project's data folders are: the one place that resolves them."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES_DIR = ROOT / "queries"
VISUALIZATIONS_DIR = ROOT / "visualizations"
DATA_DIR = Path(__file__).resolve().parent / "data"
