"""Model names as family, version and variant, and how two names relate.

``DeepSeek-V3.2`` is family ``deep seek``, series ``v``, version (3, 2); ``Gemini 2.5 Pro`` is family
``gemini``, version (2, 5), variant ``pro``; ``Flan-PaLM 540B`` is family ``flan palm`` with size ``540b``.
A later name *versions* an earlier one with the same family and a lower version (or none), *varies* it
with extra variant words (``Gemini Ultra``, ``Transformer-XL``), or *extends* it when its family words
hold the earlier family as a run (``Flan-PaLM`` holds ``PaLM``, ``AlpaServe`` holds ``Alpa``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import fold

VARIANT_WORDS = frozenset({"small", "base", "large", "xl", "xxl", "mini", "tiny", "huge", "medium", "pro",
                           "flash", "ultra", "nano", "lite", "turbo", "instruct", "chat", "plus", "max"})
SIZE = re.compile(r"\d+(?:\.\d+)?[bmkt]|\d+x\d+(?:\.\d+)?[bm]")
VERSION = re.compile(r"v?(\d+(?:\.\d+)*)")
GLUED_VERSION = re.compile(r"([a-z]{2,})v(\d+(?:\.\d+)*)")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z]{2})(?=[A-Z]{2,}$)|(?<=[A-Z]{2})(?=[A-Z][a-z])")

VERSIONS, VARIES, EXTENDS = "version", "variant", "extension"


@dataclass(frozen=True)
class NameParts:
    family: tuple[str, ...]
    version: tuple[int, ...] | None = None
    variant: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()


def _words(chunk: str) -> list[str]:
    return [w.lower() for w in CAMEL.split(chunk) if w]


def parse_name(name: str) -> NameParts:
    """Split a model name into family words, version, variant words and sizes.

    Examples:
        >>> parse_name("DeepSeek-V3.2")
        NameParts(family=('deep', 'seek'), version=(3, 2), variant=(), sizes=())
        >>> parse_name("Gemini 2.5 Pro")
        NameParts(family=('gemini',), version=(2, 5), variant=('pro',), sizes=())
        >>> parse_name("Flan-PaLM 540B")
        NameParts(family=('flan', 'palm'), version=None, variant=(), sizes=('540b',))
        >>> parse_name("EfficientNetV2").version, parse_name("Switch Transformers").family
        ((2,), ('switch', 'transformer'))
    """
    family: list[str] = []
    variant: list[str] = []
    sizes: list[str] = []
    version: tuple[int, ...] | None = None
    chunks = [c for c in re.split(r"[\s\-_/:(),]+", name.strip()) if c]
    for i, chunk in enumerate(chunks):
        low = fold(chunk)
        number = VERSION.fullmatch(low)
        glued = GLUED_VERSION.fullmatch(low)
        if number and i > 0 and version is None and (low[0] == "v" or low[0].isdigit()):
            version = tuple(int(x) for x in number.group(1).split("."))
        elif glued and version is None:
            family.extend(_words(chunk[: len(glued.group(1))]))
            version = tuple(int(x) for x in glued.group(2).split("."))
        elif SIZE.fullmatch(low):
            sizes.append(low)
        elif i > 0 and low in VARIANT_WORDS:
            variant.append(low)
        else:
            (variant if version is not None else family).extend(_words(chunk))
    if family and len(family[-1]) > 3 and family[-1].endswith("s") and not family[-1].endswith(("ss", "us", "is")):
        family[-1] = family[-1][:-1]
    return NameParts(tuple(family), version, tuple(variant), tuple(sizes))


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return 0 < n < len(longer) and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def name_relation(later: str, earlier: str) -> str | None:
    """How the name ``later`` derives from ``earlier``: VERSIONS, VARIES, EXTENDS, or None.

    Examples:
        >>> name_relation("Llama 2", "LLaMA"), name_relation("Gemini 2.5 Pro", "Gemini")
        ('version', 'version')
        >>> name_relation("AlpaServe", "Alpa"), name_relation("Gemini 2.5 Pro", "Gemini 2.0 Flash")
        ('extension', None)
        >>> name_relation("GPT-2", "GPT-3"), name_relation("Flan-PaLM 540B", "Flan-PaLM 62B")
        (None, None)
    """
    return parts_relation(parse_name(later), parse_name(earlier))


def parts_relation(a: NameParts, b: NameParts) -> str | None:
    """``name_relation`` of two parsed names: how ``a`` (later) derives from ``b``."""
    if not a.family or not b.family:
        return None
    if a.family == b.family:
        if a.version is not None and (b.version is None or b.version < a.version) and set(b.variant) <= set(a.variant):
            return VERSIONS
        if a.version == b.version and set(b.variant) < set(a.variant):
            return VARIES
        return None
    if _holds(a.family, b.family) and set(b.variant) <= set(a.variant):
        return EXTENDS
    return None


def version_key(name: str) -> tuple[int, ...]:
    """A sort key: the version of ``name``, () when it has none (an unversioned name comes first)."""
    return parse_name(name).version or ()
