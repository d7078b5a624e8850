"""Canonical names of mentions: the gazetteer spelling of a mention, its key and its sizes (rules in kg.names).

``PaLM 540B`` is PaLM at size 540B, ``Switch Transformers`` is ``Switch Transformer``, ``TPUv3`` and
``TPU v3`` share a key, and a gazetteer spelling (``PALM`` -> ``PaLM``) gives the display name.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from kg.model import MODEL
from kg.names import entity_key, singular, split_size

SPACES = re.compile(r"\s+")
VERSION_PAREN = re.compile(r"\s*\(\s*[vV](\d+(?:\.\d+)*)\s*\)$")  # "Mosaic (v2)" is Mosaic v2
DATA_WORD = re.compile(r"(?<=\w)[\s-]+(?:[Dd]ataset|[Dd]ata [Ss]et|treebank|corpus|database)$")  # "Moments in Time
# Dataset" is Moments in Time, "the NEGRA treebank" NEGRA (not "Penn Treebank", whose capital makes it the name's)
PATCH_RELEASE = re.compile(r"[\s\-_]+v?\d+\.\d+\.\d+$")  # "vLLM v0.6.3": a patch release of a system is the system
SIZE_FIRST = re.compile(r"(Base|Large)\s+(?=\S)")  # "Base T5": a known model's size written before its name
GLUED_SIZE = re.compile(r"(?<=[A-Za-z\d]{2})(BASE|LARGE|SMALL|TINY|HUGE|MEDIUM)$")  # "RoBERTaLARGE": a subscript size
# the text lost its spacing around, after a known model


def canonical(text: str, label: str, known: Mapping[str, tuple[str, str]],
              heads: Collection[str] = ()) -> tuple[str, str, list[str]]:
    """The display name, key and sizes of a mention of ``label`` written ``text``.

    Args:
        text: the mention as written.
        label: its node label.
        known: gazetteer entries by ``entity_key``: (label, canonical name).
        heads: model head words (``transformer``): a sized name without its head is the known model
            (``Switch-Base`` is Switch Transformer at size Base).

    Returns:
        (display name, key, sizes); the key is the same for every spelling of one entity.

    Examples:
        >>> canonical("vLLM v0.6.3", "Model", {}), canonical("Phi-2 v1.1", "Model", {})
        (('vLLM', 'vllm', []), ('Phi-2 v1.1', 'phi2v1.1', []))
        >>> canonical("Moments in Time Dataset", "Dataset", {})
        ('Moments in Time', 'momentsintime', [])
        >>> known = {"t5": ("Model", "T5"), "gpt4": ("Model", "GPT-4")}
        >>> canonical("Base T5", "Model", known), canonical("GPT-4s", "Model", known)
        (('T5', 't5', ['Base']), ('GPT-4', 'gpt4', []))
        >>> canonical("Base Zorb", "Model", known), canonical("FastZorb 2s", "Model", known)
        (('Base Zorb', 'basezorb', []), ('FastZorb 2s', 'fastzorb2s', []))
        >>> canonical("T5LARGE", "Model", known), canonical("Zorb-T5BASE", "Model", known)
        (('T5', 't5', ['LARGE']), ('Zorb-T5', 'zorbt5', ['BASE']))
        >>> canonical("ZorbBASE", "Model", known), canonical("T5large", "Model", known)
        (('ZorbBASE', 'zorbbase', []), ('T5large', 't5large', []))
    """
    text = VERSION_PAREN.sub(_paren_version, SPACES.sub(" ", text.strip()))
    if text.endswith("'s"):
        text = text[:-2]
    whole = known.get(entity_key(text))
    if whole and whole[0] == label:
        return whole[1], entity_key(whole[1]), []  # a known name is never cut: Transformer-XL
    patch = PATCH_RELEASE.search(text) if label == MODEL else None
    if patch and patch.start():
        text = text[:patch.start()]  # "SGLang 0.3.2" is SGLang; "Phi-2 v1.1", a version, stays its own
    base, sizes = split_size(text) if label == MODEL else (text, [])
    glued = glued_size(base) if label == MODEL and not sizes else None
    if glued and any(entity_key(part) in known for part in (glued[0], *glued[0].split("-"))):
        base, sizes = glued[0], [glued[1]]  # "KLUE-RoBERTaLARGE", "BERTBASE": a known model's size; not "DATABASE",
        # "ZorbBASE"
    plural = base[:-1] if base.endswith("s") and (base[-2:-1].isalpha() or (  # Llamas, GPT-4s: a known name's
        base[-2:-1].isdigit() and base[-3:-2] != " ")) else base  # plural (FastSpeech 2s is a model of its own)
    for candidate in (base, singular(base), plural) if label == MODEL else (base,):
        hit = known.get(entity_key(candidate))
        if hit and hit[0] == label:
            return hit[1], entity_key(hit[1]), sizes
    first = SIZE_FIRST.match(base) if label == MODEL else None
    hit = known.get(entity_key(base[first.end():])) if first else None
    if first and hit and hit[0] == label:
        return hit[1], entity_key(hit[1]), [first.group(1), *sizes]
    hit = sized_family(base, sizes, known, heads) if label == MODEL else None
    if hit:
        return hit[1], entity_key(hit[1]), sizes
    display = singular(base) if label == MODEL else DATA_WORD.sub("", base)
    return display, entity_key(display), sizes


def glued_size(name: str) -> tuple[str, str] | None:
    """``name`` without the size a lost subscript glued to its end in capitals, and that size; None without one.

    Examples:
        >>> glued_size("RoBERTaLARGE"), glued_size("RoBERTa")
        (('RoBERTa', 'LARGE'), None)
    """
    glued = GLUED_SIZE.search(name)
    return (name[:glued.start()], glued.group()) if glued else None


def _paren_version(hit: re.Match[str]) -> str:
    """The version a parenthesis writes after a name, as a name's version: "(v2)" is " v2"; "(v1)" is the
    unnumbered name (a first version is no version of its own)."""
    return "" if re.fullmatch(r"1(?:\.0+)?", hit.group(1)) else f" v{hit.group(1)}"


def sized_family(base: str, sizes: Sequence[str], known: Mapping[str, tuple[str, str]],
                 heads: Collection[str]) -> tuple[str, str] | None:
    """The one known model that ``base`` names without its head word, when a size was written on it.

    Examples:
        >>> known = {"switchtransformer": ("Model", "Switch Transformer")}
        >>> sized_family("Switch", ["Base"], known, {"transformer", "network"})
        ('Model', 'Switch Transformer')
        >>> sized_family("Switch", [], known, {"transformer"}), sized_family("Swatch", ["XL"], known, {"transformer"})
        (None, None)
    """
    if not sizes:
        return None
    hits = {hit for head in heads if (hit := known.get(entity_key(f"{base} {head}"))) and hit[0] == MODEL}
    return hits.pop() if len(hits) == 1 else None
