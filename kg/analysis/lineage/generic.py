"""Generic architectures (data: kg/data/generic_architectures.json) and a model's own aliases."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kg.names import NameParts, entity_key, generic_keys, is_generic, numbered, parse_name

__all__ = ["generic_keys", "is_generic", "same_model", "is_version", "SIZE_CODES"]

# trailing size and configuration codes: Llama-7B, SegFormer-B0, DiT-XL/2, ViT-H/14, YOLO-S; an M only after a
# version number (YOLOv5-M), as kg.names folds it: ERNIE-M is a model of its own
SIZE_CODES = re.compile(r"(?:[\s\-_]+(?:[BSLHG]\d{0,2}|(?<=\d[\s\-_])M\d{0,2}|XS|XL|XXL|tiny|small|base|large|huge|giant|\d+(?:\.\d+)?[BMKT]"
                        r"|\d+x\d+(?:\.\d+)?[BM])(?:/\d+)?)+$", re.IGNORECASE)


def same_model(a: str, b: str) -> bool:
    """Whether two names are one model written with another size, configuration code, spacing or casing.

    Examples:
        >>> same_model("Llama-7B", "LLaMA 65B"), same_model("Qwen2.5", "Qwen 2.5"), same_model("DiT-XL/2", "DiT")
        (True, True, True)
        >>> same_model("SegFormer-B0", "SegFormer"), same_model("Llama 2", "LLaMA")
        (True, False)
        >>> same_model("YOLOv5-M", "YOLOv5"), same_model("Pellam-M", "Pellam")
        (True, False)
        >>> same_model("ResNet-101", "ResNet-50"), same_model("Wren 1.0", "Wren"), same_model("Wren 2", "Wren")
        (False, True, False)
    """
    key_a, parts_a = _identity(a)
    key_b, parts_b = _identity(b)
    return key_a == key_b or (parts_a is not None and parts_a == parts_b)


@lru_cache(maxsize=1 << 17)  # inference compares each model name with many others
def _identity(name: str) -> tuple[str, tuple[Any, ...] | None]:
    """What ``same_model`` compares of one name: its key without size codes, and its family, version and
    variant words (None without a family). A first version (``1``, ``1.0``, ``v1``) is the unnumbered name:
    Llama 1 is LLaMA."""
    parts = parse_name(name)
    return (entity_key(SIZE_CODES.sub("", name)),
            (parts.family, numbered(parts.version), frozenset(parts.variant)) if parts.family else None)


def is_version(parts: NameParts) -> bool:
    """Whether a parsed name's number is a version (GPT-4, Qwen2.5, YOLOv8), not a depth or size written
    like one (ResNet-101, VGG-16): a first number of 10 or more is read as a size.

    Examples:
        >>> is_version(parse_name("GPT-4")), is_version(parse_name("ResNet-101")), is_version(parse_name("T5"))
        (True, False, True)
    """
    return parts.version is None or parts.version[0] < 10
