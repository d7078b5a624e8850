"""Generic architectures (data: kg/data/generic_architectures.json) and a model's own aliases."""

from __future__ import annotations

import json
from functools import lru_cache

from kg.names import entity_key, parse_name
from kg.paths import DATA_DIR


@lru_cache(maxsize=1)
def generic_keys() -> frozenset[str]:
    """The ``entity_key`` of every generic architecture name in kg/data/generic_architectures.json."""
    data = json.loads((DATA_DIR / "generic_architectures.json").read_text(encoding="utf-8"))
    return frozenset(entity_key(n) for n in data["names"])


def is_generic(name: str) -> bool:
    """Whether ``name`` is a generic architecture (a kind of network), not one released model.

    Examples:
        >>> is_generic("Transformers"), is_generic("LSTM"), is_generic("Transformer-XL")
        (True, True, False)
    """
    return entity_key(name) in generic_keys()


def same_model(a: str, b: str) -> bool:
    """Whether two names are one model written with another size, spacing or casing.

    Examples:
        >>> same_model("Llama-7B", "LLaMA 65B"), same_model("Qwen2.5", "Qwen 2.5"), same_model("Llama 2", "LLaMA")
        (True, True, False)
    """
    pa, pb = parse_name(a), parse_name(b)
    return entity_key(a) == entity_key(b) or (bool(pa.family) and (pa.family, pa.version, set(pa.variant))
                                          == (pb.family, pb.version, set(pb.variant)))
