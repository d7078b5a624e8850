"""Model names as family, version and variant, and how two names relate: the rules live in ``kg.names``.

``DeepSeek-V3.2`` is family ``deep seek``, series ``v``, version (3, 2); ``Gemini 2.5 Pro`` is family
``gemini``, version (2, 5), variant ``pro``; ``Flan-PaLM 540B`` is family ``flan palm`` with size ``540b``.
A later name *versions* an earlier one with the same family and a lower version (or none), *varies* it
with extra variant words (``Gemini Ultra``, ``Transformer-XL``), or *extends* it when its family words
hold the earlier family as a run (``Flan-PaLM`` holds ``PaLM``, ``AlpaServe`` holds ``Alpa``).
"""

from __future__ import annotations

from kg.names import (EXTENDS, SIZE, VARIANT_WORDS, VARIES, VERSIONS, NameParts, name_relation, parse_name,
                      parts_relation, version_key)

__all__ = ["EXTENDS", "SIZE", "VARIANT_WORDS", "VARIES", "VERSIONS", "NameParts", "name_relation", "parse_name",
           "parts_relation", "version_key"]
