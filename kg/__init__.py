"""paper-kg: a knowledge graph of research papers, their authors, organizations, topics, models and datasets."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("paper-kg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
