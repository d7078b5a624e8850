"""Generic architectures (data: kg/data/generic_architectures.json) and a model's own aliases."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from kg.names import NameParts, entity_key, parse_name
from kg.paths import DATA_DIR

# trailing size and configuration codes: Llama-7B, SegFormer-B0, DiT-XL/2, ViT-H/14, YOLO-S
SIZE_CODES = re.compile(r"(?:[\s\-_]+(?:[BSLMHG]\d{0,2}|XS|XL|XXL|tiny|small|base|large|huge|giant|\d+(?:\.\d+)?[BMKT]"
                        r"|\d+x\d+(?:\.\d+)?[BM])(?:/\d+)?)+$", re.IGNORECASE)


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
    """Whether two names are one model written with another size, configuration code, spacing or casing.

    Examples:
        >>> same_model("Llama-7B", "LLaMA 65B"), same_model("Qwen2.5", "Qwen 2.5"), same_model("DiT-XL/2", "DiT")
        (True, True, True)
        >>> same_model("SegFormer-B0", "SegFormer"), same_model("Llama 2", "LLaMA")
        (True, False)
        >>> same_model("ResNet-101", "ResNet-50")
        False
    """
    if entity_key(SIZE_CODES.sub("", a)) == entity_key(SIZE_CODES.sub("", b)):
        return True
    pa, pb = parse_name(a), parse_name(b)
    return bool(pa.family) and (pa.family, pa.version, set(pa.variant)) == (pb.family, pb.version, set(pb.variant))


def is_version(parts: NameParts) -> bool:
    """Whether a parsed name's number is a version (GPT-4, Qwen2.5, YOLOv8), not a depth or size written
    like one (ResNet-101, VGG-16): a first number of 10 or more is read as a size.

    Examples:
        >>> is_version(parse_name("GPT-4")), is_version(parse_name("ResNet-101")), is_version(parse_name("T5"))
        (True, False, True)
    """
    return parts.version is None or parts.version[0] < 10
