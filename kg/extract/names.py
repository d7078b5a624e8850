"""Canonical names of mentions: one key per entity across spellings, sizes split off as variants.

``PaLM 540B`` is PaLM at size 540B, ``Switch Transformers`` is ``Switch Transformer``, ``TPUv3`` and
``TPU v3`` share a key, and a gazetteer spelling (``PALM`` -> ``PaLM``) gives the display name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from kg.analysis.naming import SIZE
from kg.model import MODEL, fold

TRAILING_SIZE = re.compile(r"[\s\-_]*\(?(\d+(?:\.\d+)?[BMKTbmkt]|\d+x\d+(?:\.\d+)?[BMbm])\)?$")
LAST_WORD = re.compile(r"[^\s\-]*$")
PLURAL = re.compile(r"[A-Z]?[a-z]+s")
ACRONYM_PLURAL = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
SPACES = re.compile(r"\s+")
KEY_DROP = re.compile(r"[\s\-_]+|(?<!\d)\.|\.(?!\d)")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The resolution key of a name: folded, without spaces, dashes or non-decimal dots.

    Examples:
        >>> name_key("TPU v3") == name_key("TPUv3"), name_key("GPT 3.5"), name_key("DeepSeek-V3.2")
        (True, 'gpt3.5', 'deepseekv3.2')
    """
    return KEY_DROP.sub("", fold(name))


def split_size(name: str) -> tuple[str, list[str]]:
    """The name without trailing size tags, and the sizes (``540B``) in their written order.

    Examples:
        >>> split_size("PaLM 540B"), split_size("ST-MoE-32B"), split_size("GPT-3")
        (('PaLM', ['540B']), ('ST-MoE', ['32B']), ('GPT-3', []))
    """
    sizes: list[str] = []
    while True:
        m = TRAILING_SIZE.search(name)
        if not m or m.start() == 0 or not SIZE.fullmatch(fold(m.group(1))):
            break
        sizes.insert(0, m.group(1).upper())
        name = name[: m.start()]
    return name, sizes


def singular(name: str) -> str:
    """``name`` with a plural last word made singular (``Switch Transformers``, ``LDMs``).

    Examples:
        >>> singular("Switch Transformers"), singular("Stylus"), singular("Atlas"), singular("LDMs")
        ('Switch Transformer', 'Stylus', 'Atlas', 'LDM')
    """
    last = LAST_WORD.search(name).group()  # type: ignore[union-attr]
    if len(last) > 3 and PLURAL.fullmatch(last) and not last.endswith(("ss", "us", "is", "os", "as")):
        return name[:-1]
    if ACRONYM_PLURAL.fullmatch(last):
        return name[:-1]
    return name


def canonical(text: str, label: str, known: Mapping[str, tuple[str, str]]) -> tuple[str, str, list[str]]:
    """The display name, key and sizes of a mention of ``label`` written ``text``.

    Args:
        text: the mention as written.
        label: its node label.
        known: gazetteer entries by ``name_key``: (label, canonical name).

    Returns:
        (display name, key, sizes); the key is the same for every spelling of one entity.
    """
    text = SPACES.sub(" ", text.strip())
    if text.endswith("'s"):
        text = text[:-2]
    base, sizes = split_size(text) if label == MODEL else (text, [])
    for candidate in (base, singular(base)) if label == MODEL else (base,):
        hit = known.get(name_key(candidate))
        if hit and hit[0] == label:
            return hit[1], name_key(hit[1]), sizes
    display = singular(base) if label == MODEL else base
    return display, name_key(display), sizes
