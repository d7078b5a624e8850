"""Entity and relation extraction from paper titles and abstracts (spaCy, offline, rule based)."""

from kg.extract.extractor import Extractor, build_nlp, extract_text, format_spans

__all__ = ["Extractor", "build_nlp", "extract_text", "format_spans"]
