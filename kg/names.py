"""Names, one rule each: entity keys, sizes and versions, singular forms, name families, person keys.

Every stage keys names here, so extraction, lookups and evaluation agree on when two spellings name
one thing. This module sits at the bottom layer: it imports only the standard library and ``kg.model``.

- ``entity_key``: a model, dataset or other entity name folded for matching (``GPT-3.5`` -> ``gpt3.5``).
- ``split_size``, ``singular``: the endings a model name may carry (``PaLM 540B``, ``Switch Transformers``).
- ``parse_name``, ``name_relation``: a model name as family, version, variant and sizes, and how two relate.
- ``person_key``, ``same_person``, ``is_name``, ``is_group_author``: people and groups named as authors.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from kg.errors import NodeNotFound
from kg.model import fold
from kg.paths import DATA_DIR

# ---------------------------------------------------------------------------------------------------------------
# Entity keys

# dashes of every width; apostrophes, straight or curly; the marks of inline maths ("M$^2$AD" is M²AD, which NFKC
# makes M2AD)
KEY_DROP = re.compile(r"[\s\-_\u2010-\u2015\u2212\ufe63$^{}'\u2018\u2019]+|(?<!\d)\.|\.(?!\d)")


@lru_cache(maxsize=1 << 16)
def entity_key(name: str) -> str:
    """The matching key of an entity name: folded (case, Unicode, white space), without spaces, dashes,
    underscores, apostrophes, inline maths marks ($ ^ { }), or dots other than a decimal point between two digits.

    Examples:
        >>> entity_key("TPU v3") == entity_key("TPUv3"), entity_key("GPT 3.5"), entity_key("DeepSeek-V3.2")
        (True, 'gpt3.5', 'deepseekv3.2')
        >>> entity_key("GPT-3.5") == entity_key("GPT 35"), entity_key("U.S. Census")
        (False, 'uscensus')
        >>> entity_key("Flan\u2011T5") == entity_key("Flan-T5") == entity_key("\uff26lan\uff0dT5")
        True
        >>> entity_key("M$^2$AD") == entity_key("M\u00b2AD") == entity_key("M2AD")
        True
        >>> entity_key("Teacher\u2019s Predictions") == entity_key("Teacher's Predictions"), entity_key("WMT'14")
        (True, 'wmt14')
        >>> entity_key("Würstchen") == entity_key("Wuerstchen"), entity_key("Pixart-α"), entity_key("Ēvo Łódź")
        (True, 'pixartα', 'evolodz')
    """
    text = fold(name)
    if not text.isascii():  # accents dropped, umlauts written out: "Würstchen" is "Wuerstchen"
        text = unicodedata.normalize("NFKD", text.translate(_name_folds()[0]))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_name_folds()[1])
    return KEY_DROP.sub("", text)


# ---------------------------------------------------------------------------------------------------------------
# Sizes and plural endings
#
# The folding policy, one for models and datasets (docs: README "Names: sizes, variants, versions"):
# - One node: a model written with a parameter size (PaLM 540B, Mixtral 8x7B, Qwen1.5-MoE-A2.7B with its
#   active parameters), a size word (BERT-Large, GPT-2-medium, T5-XXL, bert-base-uncased), a one-letter size code (Swin-T,
#   VideoMAE-L; the words and letters are data: kg/data/name_words.json), a patch or compute spec
#   (ViT-H/14, RegNetY-16GF) or in the plural (ResNets, U-Nets, ControlNets) is the model itself; the sizes
#   are kept on the node. A dataset's number is part of its name (ImageNet-21k, LAION-5B are other
#   collections), and its plural is its name (Natural Questions), so neither folds for datasets.
# - Own nodes: versions (GPT-2 and GPT, SQuAD 1.1 and SQuAD 2.0, IWSLT 2017 and IWSLT, Phi-2 v1.1) and
#   tuned variants (Llama 2-Chat, Qwen2-72B-Instruct -> Qwen2-Instruct) are their own entities; extraction
#   links them to their base by a BUILDS_ON edge from the names (``name_relation``), and ``kg lineage``
#   finds either by any spelling. Tiers (Gemini Ultra, Wren 2 Flash) are own nodes too, but siblings of
#   their family, never its children by name (``is_tier``).
# - A known name is never cut: Transformer-XL is not Transformer (the gazetteer is asked first).

SIZE = re.compile(r"a?\d+(?:\.\d+)?[bmkt]|\d+x\d+(?:\.\d+)?[bm]")  # a folded size: 540b, 8x7b, 1.5t, a2.7b (active)
# a trailing size; an "A" standing alone before it counts active parameters (Qwen1.5-MoE-A2.7B, -30B-A3B);
# glued to the name it follows a word, not a lone capital after a lower-case letter or digit (SeamlessM4T, 1F1B);
# after a slash, another size of the same model (Qwen-2.5-7B/32B)
TRAILING_SIZE = re.compile(r"(?:[\s\-_]+\(?|\(|(?<=\d[BMKTbmkt])/|(?<![a-z\d][A-Z])(?<![\d.]))"
                           r"((?:(?<![^\s\-_])A)?\d+(?:\.\d+)?[BMKTbmkt]|\d+x\d+(?:\.\d+)?[BMbm])\)?$")
NAME_WORDS = json.loads((DATA_DIR / "name_words.json").read_text(encoding="utf-8"))
SIZE_WORDS = tuple(NAME_WORDS["size_words"])
TRAILING_SPEC = re.compile(r"[\s\-_]+(%s)$|[\s\-_]*((?<=[A-Za-z])-?(?:XL|[SBLHG])/\d+|/\d+)$|[\s\-_]+(\d+(?:\.\d+)?[GM]F)$"
                           r"|(?:(?<=[A-Za-z0-9]{2})|(?<=\s\d))-((?-i:%s))$|(?<=[A-Za-z\s]\d)-((?-i:%s))$"
                           r"|(?:(?<=[a-z]v\d)|(?<=[a-z]v\d\d))((?-i:[nsmlx]))$"
                           r"|[\s\-_]*(×\s?\d+(?:\.\d+)?|(?<=[\s\-_])x\d+\.\d+)$|[\s\-_]+(\d+(?:\.\d+)?\s?×|\d+\.\d+x)$"
                           % ("|".join(SIZE_WORDS), "|".join(NAME_WORDS["size_letters"]),
                              "|".join(NAME_WORDS["versioned_size_letters"])),
                           re.IGNORECASE)  # -Large, ViT-H/14, RegNetY-16GF, Swin-T, YOLOv8-X, YOLOv8n, width MobileNetV2×1.4
VERSION_TAIL = re.compile(r"[\s\-_]v\d+(?:\.\d+)*$")  # E5-large-v2: a version after a size stays on the name
TUNED = re.compile(r"[\s\-_]+((?i:%s)|it|SFT|RLHF)(?:[\s\-_]+v?\d+(?:\.\d+)*)?$"  # tuned variants (with their
                   % "|".join(NAME_WORDS["tuned_words"]))  # own version: Mistral-7B-Instruct-v0.2; in any case:
# Llama-2-70b-chat): own nodes, sizes before them fold
CAMEL_PLURAL = re.compile(r"(?![a-z])[A-Za-z0-9]*[a-z0-9][A-Z][a-z]{2,}s")  # ControlNets; not xFormers, a name
LAST_WORD = re.compile(r"[^\s\-]*$")
PLURAL = re.compile(r"[A-Z]?[a-z]+s")
ACRONYM_PLURAL = re.compile(r"[a-z]*[A-Z][A-Za-z]*[A-Z]s")  # LDMs, CvTs, subLSTMs
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "os", "as")  # Stylus, Atlas, Chaos, Genesis, Glass
PLURAL_HEADS = tuple(NAME_WORDS["plural_heads"])  # a capitalized plural folds only onto one of them
ACRONYM_PLURAL_LETTERS = tuple(NAME_WORDS["acronym_plural_letters"])  # LDMs, GNNs; not BEATs


def is_size(text: str) -> bool:
    """True when ``text`` is a parameter count or expert shape: ``540B``, ``8x7B``, ``1.5T``.

    Examples:
        >>> is_size("540B"), is_size("8x7b"), is_size("A2.7B"), is_size("v3")
        (True, True, True, False)
    """
    return bool(SIZE.fullmatch(fold(text)))


def split_size(name: str) -> tuple[str, list[str]]:
    """The name without trailing size tags, and the sizes (``540B``) in their written order.

    Examples:
        >>> split_size("PaLM 540B"), split_size("ST-MoE-32B"), split_size("GPT-3")
        (('PaLM', ['540B']), ('ST-MoE', ['32B']), ('GPT-3', []))
        >>> split_size("GPT-2-medium"), split_size("ViT-H/14"), split_size("RegNetY-16GF")
        (('GPT-2', ['medium']), ('ViT', ['H/14']), ('RegNetY', ['16GF']))
        >>> split_size("DiT-XL/2"), split_size("DiT-B/4"), split_size("Orca 2-L")
        (('DiT', ['XL/2']), ('DiT', ['B/4']), ('Orca 2', ['L']))
        >>> split_size("Qwen2-72B-Instruct"), split_size("T5-XXL"), split_size("Phi-2 v1.1")
        (('Qwen2-Instruct', ['72B']), ('T5', ['XXL']), ('Phi-2 v1.1', []))
        >>> split_size("Qwen1.5-MoE-A2.7B"), split_size("Qwen3-30B-A3B"), split_size("LLaMA-13B")
        (('Qwen1.5-MoE', ['A2.7B']), ('Qwen3', ['30B', 'A3B']), ('LLaMA', ['13B']))
        >>> split_size("YOLOv8-X"), split_size("ERNIE-M"), split_size("E5-large-v2"), split_size("Zorb-v2")
        (('YOLOv8', ['X']), ('ERNIE-M', []), ('E5-v2', ['large']), ('Zorb-v2', []))
        >>> split_size("YOLOv10s"), split_size("YOLOv8n"), split_size("ResNet50s"), split_size("Zorbv2")
        (('YOLOv10', ['s']), ('YOLOv8', ['n']), ('ResNet50s', []), ('Zorbv2', []))
        >>> split_size("Mistral7B"), split_size("SeamlessM4T"), split_size("OPT (175B)")
        (('Mistral', ['7B']), ('SeamlessM4T', []), ('OPT', ['175B']))
        >>> split_size("Mistral-7B-Instruct-v0.2"), split_size("Stable Diffusion XL"), split_size("T5 XL")
        (('Mistral-Instruct-v0.2', ['7B']), ('Stable Diffusion XL', []), ('T5', ['XL']))
        >>> split_size("Llama-2-70b-chat"), split_size("Zorb-13b-instruct")
        (('Llama-2-chat', ['70B']), ('Zorb-instruct', ['13B']))
        >>> split_size("Qwen-2.5-7B/32B"), split_size("ViT-H/14")
        (('Qwen-2.5', ['7B', '32B']), ('ViT', ['H/14']))
        >>> split_size("DeepSeek-Coder-Base-v1.5 7B"), split_size("Zorb-large-v2 13B")
        (('DeepSeek-Coder-v1.5', ['Base', '7B']), ('Zorb-v2', ['large', '13B']))
        >>> split_size("MobileNetV2×1.4"), split_size("ShuffleNetV2 0.5×"), split_size("MobileNetV3 x0.75")
        (('MobileNetV2', ['×1.4']), ('ShuffleNetV2', ['0.5×']), ('MobileNetV3', ['x0.75']))
    """
    tuned = TUNED.search(name)
    tail = name[tuned.start():] if tuned and tuned.start() else ""
    name = name[: len(name) - len(tail)]
    version = VERSION_TAIL.search(name)
    if version and version.start():
        head, sizes = _peel_sizes(name[:version.start()])
        if sizes:
            return head + version.group() + tail, sizes
    head, sizes = _peel_sizes(name)
    version = VERSION_TAIL.search(head) if sizes else None
    if version and version.start():  # sizes on both sides of a version: "DeepSeek-Coder-Base-v1.5 7B"
        inner, more = _peel_sizes(head[:version.start()])
        return inner + version.group() + tail, more + sizes
    return head + tail, sizes


def _peel_sizes(name: str) -> tuple[str, list[str]]:
    """``name`` without its trailing size tags, and the sizes in their written order."""
    sizes: list[str] = []
    while True:
        m = TRAILING_SIZE.search(name)
        if m and m.start() and is_size(m.group(1)):
            sizes.insert(0, m.group(1).upper().replace("X", "x"))  # 540B, 8x7B (an expert shape as written)
            name = name[: m.start()]
            continue
        m = TRAILING_SPEC.search(name)
        if m and m.start():
            if m.group(1) and m.group(1)[0] in "xX" and name[m.start()] == " " and " " in name[:m.start()]:
                break  # "Stable Diffusion XL": an XL after a name of two words is a model of its own (SDXL)
            sizes.insert(0, next(g for g in m.groups() if g).lstrip("-"))
            name = name[: m.start()]
            continue
        break
    return name, sizes


def singular(name: str) -> str:
    """``name`` with a plural last word made singular: a word of more than three letters ending in ``s``
    (not ``ss``, ``us``, ``is``, ``os``, ``as``), an acronym with a plural ``s`` (one in capitals only after a
    head word's initial, ``acronym_plural_letters``: ``LDMs``; ``BEATs`` is a name), or a camel-case word with
    one that does not open in lower case (``xFormers`` is a library's name); a capitalized word only when
    its singular ends with a head word (``plural_heads`` in ``kg/data/name_words.json``: ``U-Nets``, not
    ``EVA-Lens``). A known name's plural (``Llamas``) is folded by the gazetteer lookup, not here.

    Examples:
        >>> singular("Switch Transformers"), singular("Stylus"), singular("Atlas"), singular("LDMs")
        ('Switch Transformer', 'Stylus', 'Atlas', 'LDM')
        >>> singular("transformers"), singular("GNNs"), singular("Bus"), singular("ControlNets")
        ('transformer', 'GNN', 'Bus', 'ControlNet')
        >>> singular("CvTs"), singular("BEATs"), singular("GPTs")
        ('CvT', 'BEATs', 'GPTs')
        >>> singular("xFormers"), singular("Faster xFormers"), singular("iNets"), singular("subLSTMs")
        ('xFormers', 'Faster xFormers', 'iNets', 'subLSTM')
        >>> singular("EVA-Lens"), singular("Hermes"), singular("U-Nets"), singular("Vision Transformers")
        ('EVA-Lens', 'Hermes', 'U-Net', 'Vision Transformer')
    """
    last = LAST_WORD.search(name).group()  # type: ignore[union-attr]
    head = last[:1].islower() or last[:-1].casefold().endswith(PLURAL_HEADS)  # EVA-Lens, Hermes: no plural
    if len(last) > 3 and PLURAL.fullmatch(last) and not last.endswith(NOT_PLURAL_ENDINGS) and head:
        return name[:-1]
    if ACRONYM_PLURAL.fullmatch(last) and (last[-2] in ACRONYM_PLURAL_LETTERS or not last[:-1].isupper() or head):
        return name[:-1]
    if CAMEL_PLURAL.fullmatch(last) and not last.endswith(NOT_PLURAL_ENDINGS) and head:
        return name[:-1]
    return name


def base_name(name: str) -> str:
    """A model or dataset name without its size tags and plural ending: what it is looked up by.

    Examples:
        >>> base_name("Mixtral 8x7B"), base_name("ViTs"), base_name("Switch Transformers")
        ('Mixtral', 'ViT', 'Switch Transformer')
    """
    base = split_size(name)[0]
    one = singular(base)
    if one == base and ACRONYM_PLURAL.fullmatch(LAST_WORD.search(base).group()):  # type: ignore[union-attr]
        return base[:-1]  # "GPTs": looked up after the name as written, an acronym's plural is tried too
    return one


# ---------------------------------------------------------------------------------------------------------------
# Name families: family, version, variant, sizes

TIER_WORDS = frozenset(NAME_WORDS["tier_words"])  # one release's sizes and tiers: Gemini Ultra, Wren 2 Flash
TUNED_WORDS = frozenset(NAME_WORDS["tuned_words"])  # models tuned from the family: Qwen-Chat
BORROWED_ROOTS = frozenset(NAME_WORDS["borrowed_roots"])  # names others end theirs with as a brand: NExT-GPT
VARIANT_WORDS = TIER_WORDS | TUNED_WORDS
VERSION = re.compile(r"v?(\d+(?:\.\d+)*)")
PLUS_TAIL = re.compile(r"(?<=[A-Za-z0-9])(?:\+{1,2}|\*|#)$")  # "X++", "X+", "X*", "X#": a variant of X
GLUED_VERSION = re.compile(r"([a-z]{2,})v(\d+(?:\.\d+)*)([a-z]?)")  # "yolov8", "yolov8s": a tier letter after it
LETTERED_VERSION = re.compile(r"v?(\d{1,2}(?:\.\d+)*)([a-z])")  # "FastSpeech 2s": version 2, tier "s"
GLUED_NUMBER = re.compile(r"([A-Za-z]{3,})(\d(?:\.\d+)*)")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z]{2})(?=[A-Z]{2,}$)|(?<=[A-Z]{2})(?=[A-Z][a-z])"
                   r"|(?<=[a-z]{2})(?=[A-Z]{2}[a-z])"  # "LongLLaDA", "VideoLLaMA"
                   r"|(?<=^[a-z])(?=[A-Z]{3,}$)")  # one letter before a name in capitals: "mBART" (multilingual BART)
FOR_JOINT = re.compile(r"(?<=[A-Z]{3})4(?=[A-Z][a-z])")  # "CLIP4Clip", "BERT4Rec": a name "for" a use

VERSIONS, VARIES, EXTENDS = "version", "variant", "extension"


@dataclass(frozen=True)
class NameParts:
    """A model name taken apart: family words, version numbers, variant words and sizes, all folded."""

    family: tuple[str, ...]
    version: tuple[int, ...] | None = None
    variant: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()


def _words(chunk: str) -> list[str]:
    return [w.lower() for w in CAMEL.split(chunk) if w]


@lru_cache(maxsize=1 << 16)  # inference compares each model name with many others
def parse_name(name: str) -> NameParts:
    """Split a model name into family words, version, variant words and sizes; the last family word is
    made singular by ``singular``.

    Examples:
        >>> parse_name("DeepSeek-V3.2")
        NameParts(family=('deep', 'seek'), version=(3, 2), variant=(), sizes=())
        >>> parse_name("Gemini 2.5 Pro")
        NameParts(family=('gemini',), version=(2, 5), variant=('pro',), sizes=())
        >>> parse_name("Flan-PaLM 540B")
        NameParts(family=('flan', 'palm'), version=None, variant=(), sizes=('540b',))
        >>> parse_name("EfficientNetV2").version, parse_name("Switch Transformers").family
        ((2,), ('switch', 'transformer'))
        >>> parse_name("QuokNet++")
        NameParts(family=('quok', 'net'), version=None, variant=('++',), sizes=())
        >>> parse_name("KiteVL3") == parse_name("KiteVL 3"), parse_name("CodeT5").version
        (True, None)
        >>> parse_name("mWREN").family, parse_name("WREN4Rec").family
        (('m', 'wren'), ('wren', 'rec'))
    """
    family: list[str] = []
    sizes: list[str] = []
    version: tuple[int, ...] | None = None
    plus = PLUS_TAIL.search(name.strip())  # "QuokNet++": the improved variant of QuokNet
    variant: list[str] = [plus.group()] if plus else []
    chunks = [c for c in re.split(r"[\s\-_/:(),]+", name.strip()[:plus.start()] if plus else name.strip()) if c]
    chunks = [part for c in chunks for part in FOR_JOINT.split(c)]
    for i, chunk in enumerate(chunks):
        low = fold(chunk)
        number = VERSION.fullmatch(low)
        glued = GLUED_VERSION.fullmatch(low)
        if number and i > 0 and version is None and (low[0] == "v" or low[0].isdigit()):
            version = tuple(int(x) for x in number.group(1).split("."))
        elif glued and version is None:
            family.extend(_words(chunk[: len(glued.group(1))]))
            version = tuple(int(x) for x in glued.group(2).split("."))
            variant.extend(glued.group(3)[:1])
        elif version is None and not family and (digits := GLUED_NUMBER.fullmatch(chunk)) and _versioned_word(
                re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", digits.group(1))[-1]):  # Qwen2, StyleGAN2, InternVL3:
            family.extend(_words(digits.group(1)))  # a number glued to a word of 3+ letters or two capitals (not
            # CodeT5, T5, ResNet50 or a formula's element, CsPbBr3)
            version = tuple(int(x) for x in digits.group(2).split("."))
        elif SIZE.fullmatch(low):
            sizes.append(low)
        elif i > 0 and version is None and family and (lettered := LETTERED_VERSION.fullmatch(low)):
            version = tuple(int(x) for x in lettered.group(1).split("."))
            variant.append(lettered.group(2))
        elif i > 0 and low in VARIANT_WORDS:
            variant.append(low)
        else:
            (variant if version is not None else family).extend(_words(chunk))
    if family:
        family[-1] = singular(family[-1])
    return NameParts(tuple(family), version, tuple(variant), tuple(sizes))


def _versioned_word(word: str) -> bool:
    """Whether a number glued after ``word``, the last word of a name, can be the name's version.

    Examples:
        >>> [_versioned_word(w) for w in ("Qwen", "GAN", "VL", "LM", "T", "Br")]
        [True, True, True, True, False, False]
    """
    return len(word) >= 3 or (len(word) == 2 and word.isupper())


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
    """``name_relation`` of two parsed names: how ``a`` (later) derives from ``b``.

    A first version (``1``, ``1.0``) is the unnumbered name: Llama 1 is no version of LLaMA.

    Examples:
        >>> parts_relation(parse_name("Transformer-XL"), parse_name("Transformer"))
        'variant'
        >>> name_relation("Wren 1", "Wren"), name_relation("Wren 2", "Wren 1")
        (None, 'version')
        >>> name_relation("Wren-3-Instruct", "Wren"), name_relation("Wren-3-Instruct", "Wren 3")
        (None, 'variant')
        >>> name_relation("Wren v0.1", "Wren"), name_relation("Wren v0.2", "Wren v0.1")
        (None, 'version')
        >>> name_relation("WNet++", "W-Net"), name_relation("W-Net 2", "WNet")
        ('variant', 'version')
        >>> name_relation("N-BEATS*", "N-BEATS"), name_relation("QuIP#", "QuIP")
        ('variant', 'variant')
    """
    if not a.family or not b.family:
        return None
    if a.family == b.family or "".join(a.family) == "".join(b.family):  # UNet, U-Net
        va, vb = numbered(a.version), numbered(b.version)
        if vb is None and first_below_one(va):
            return None  # a first release numbered below one: "Mistral 7B v0.1" says no more than Mistral 7B
        if va is not None and (vb is None or vb < va) and set(b.variant) <= set(a.variant):
            # a tuned variant of a version derives from that version, no earlier one: Llama-3-Instruct is no
            # child of LLaMA by name (Llama 3 stands between)
            return None if (set(a.variant) - set(b.variant)) & TUNED_WORDS else VERSIONS
        if va == vb and set(b.variant) < set(a.variant):
            return VARIES
        return None
    if _holds(a.family, b.family) and set(b.variant) <= set(a.variant):
        return EXTENDS
    return None


def first_below_one(version: tuple[int, ...] | None) -> bool:
    """Whether ``version`` is a first release numbered below one (``0.1``, ``0.1.0``).

    Examples:
        >>> first_below_one((0, 1)), first_below_one((0, 1, 0)), first_below_one((0, 2)), first_below_one(None)
        (True, True, False, False)
    """
    return version is not None and version[:2] == (0, 1) and not any(version[2:])


def numbered(version: tuple[int, ...] | None) -> tuple[int, ...] | None:
    """A version, or None for none and for a first version (``1``, ``1.0``), which the unnumbered name is.

    Examples:
        >>> numbered((1, 0)), numbered((2,)), numbered(None)
        (None, (2,), None)
    """
    return None if version is None or (version[0] == 1 and not any(version[1:])) else version


def skips_versions(a: NameParts, b: NameParts) -> bool:
    """Whether version ``a`` of a family comes at least two whole versions after ``b`` (the unnumbered name is
    version 1): a version lies between them, so a name relation alone points at an ancestor, not the parent
    (YOLOv7 beside YOLOv5: YOLOv6 came between; Llama 3 beside LLaMA: Llama 2).

    Examples:
        >>> def skips(a, b): return skips_versions(parse_name(a), parse_name(b))
        >>> skips("YOLOv7", "YOLOv5"), skips("Wren 3", "Wren")
        (True, True)
        >>> skips("Wren 2", "Wren"), skips("Wren 2.5", "Wren 1.5"), skips("Wren", "Wren 3"), skips("Wren v0.3", "Wren v0.1")
        (False, False, False, False)
    """
    if a.version is None:
        return False
    return a.version[0] - (b.version[0] if b.version else 1) > 1


class NameIndex:
    """Parsed names by family and variant words: which of them a name derives from (``parts_relation``), in
    time that grows with the names found and the name's own words, not with the size of its family.

    Examples:
        >>> ix = NameIndex({k: parse_name(k) for k in ("Wren", "Wren 2", "Wren 3", "Wren 3 Pro", "Wren 3-Chat",
        ...                                             "MiniWren", "Kite")})
        >>> sorted(ix.related(parse_name("Wren 3 Pro")).items())
        [('Wren', 'version'), ('Wren 2', 'version'), ('Wren 3', 'variant')]
        >>> ix.related(parse_name("Wren 3-Chat")), sorted(ix.related(parse_name("MiniWren")))
        ({'Wren 3': 'variant'}, ['Wren', 'Wren 2', 'Wren 3'])
    """

    def __init__(self, parts: Mapping[str, NameParts]) -> None:
        # (family, variant set) -> numbered version -> keys; the numbered versions of each, sorted
        self._keys: dict[tuple[tuple[str, ...], frozenset[str]], dict[tuple[int, ...] | None, list[str]]] = {}
        for key, p in parts.items():
            if p.family:
                bucket = self._keys.setdefault((p.family, frozenset(p.variant)), {})
                bucket.setdefault(numbered(p.version), []).append(key)
        self._versions = {k: sorted(v for v in b if v is not None) for k, b in self._keys.items()}
        self._variants: dict[tuple[str, ...], list[frozenset[str]]] = {}  # family -> its variant sets
        for family, variant in self._keys:
            self._variants.setdefault(family, []).append(variant)

    def _within(self, family: tuple[str, ...], words: frozenset[str]) -> list[frozenset[str]]:
        """The variant sets of ``family`` that are subsets of ``words``: each subset looked up, or each set of
        the family tested, whichever is fewer."""
        known = self._variants.get(family, [])
        if len(known) <= 1 << len(words):
            return [v for v in known if v <= words]
        subsets = (frozenset(c) for k in range(len(words) + 1) for c in combinations(sorted(words), k))
        return [v for v in subsets if (family, v) in self._keys]

    def related(self, a: NameParts) -> dict[str, str]:
        """Every indexed key ``b`` with ``parts_relation(a, b)``, mapped to that relation."""
        out: dict[str, str] = {}
        if not a.family:
            return out
        mine, va = frozenset(a.variant), numbered(a.version)
        size = len(a.family)
        runs = {a.family[i:j] for i in range(size) for j in range(i + 1, size + 1)}
        for run in runs:  # a relation needs the earlier family as a run of this one
            for variant in self._within(run, mine):
                bucket = self._keys[(run, variant)]
                if run != a.family:
                    out.update((k, EXTENDS) for keys in bucket.values() for k in keys)
                    continue
                if va is not None and not (mine - variant) & TUNED_WORDS:
                    earlier = self._versions[(run, variant)][:bisect.bisect_left(self._versions[(run, variant)], va)]
                    unnumbered = () if first_below_one(va) else (None,)  # "Wren v0.1" is no version of Wren
                    out.update((k, VERSIONS) for v in (*unnumbered, *earlier) for k in bucket.get(v, ()))
                if variant < mine:
                    out.update((k, VARIES) for k in bucket.get(va, ()))
        return out


def is_tier(a: NameParts, b: NameParts) -> bool:
    """Whether ``a`` varies the unnumbered ``b`` (``parts_relation`` VARIES) by size or tier words alone
    (``TIER_WORDS``): the tiers of a family's first release (Gemini Ultra beside Gemini) are siblings of the
    family, not its children; a tuned or named variant (Qwen-Chat, Wren 2 Coder) derives from it. A tier of
    a numbered version (Wren 2 Flash) holds that version, the only step its name takes from the family: it is
    the version's child, and the family is reached through the version (Wren 2 Flash -> Wren 2 -> Wren).

    Examples:
        >>> is_tier(parse_name("Gemini Ultra"), parse_name("Gemini"))
        True
        >>> is_tier(parse_name("Wren 2 Flash"), parse_name("Wren 2"))
        False
        >>> is_tier(parse_name("Qwen-Chat"), parse_name("Qwen"))
        False
        >>> is_tier(parse_name("Wren 2 Coder"), parse_name("Wren 2"))
        False
        >>> is_tier(parse_name("Wren 2 Pro"), parse_name("Wren"))
        False
    """
    return (parts_relation(a, b) == VARIES and set(a.variant) - set(b.variant) <= TIER_WORDS
            and numbered(b.version) is None)


ABBREVIATES, DROPS_HEAD = "abbreviates", "drops-head"


def short_form(compact: NameParts, full: NameParts, heads: frozenset[str] = frozenset()) -> str | None:
    """How the versioned name ``compact`` may be a shorter spelling of ``full`` (the same version and
    variant), or None: ABBREVIATES when each of its words opens the word of ``full`` in the same place
    (``FooNet V3`` / ``Foo Network V3``) or its one word is the initials of ``full``'s words (``FNV3``);
    DROPS_HEAD when it leaves out trailing head words (``SwinV2`` / ``Swin Transformer V2``), which makes
    one name only where the text says so (``kg.extract.mentions``): "Foo Transformer V2" and "FooV2"
    may be two models.

    Examples:
        >>> short_form(parse_name("FooNet-v3"), parse_name("Foo Network V3"))
        'abbreviates'
        >>> short_form(parse_name("FNV3"), parse_name("Foo Network V3"))
        'abbreviates'
        >>> short_form(parse_name("SwinV2"), parse_name("Swin Transformer V2"), frozenset({"transformer"}))
        'drops-head'
        >>> short_form(parse_name("FooV2"), parse_name("Foo Transformer V3"), frozenset({"transformer"}))
        >>> short_form(parse_name("FooV2"), parse_name("Foo Mixer V2"), frozenset({"transformer"}))
        >>> short_form(parse_name("BarNet V2"), parse_name("Foo Network V2"))
    """
    if compact.version is None or compact.version != full.version or set(compact.variant) != set(full.variant):
        return None
    cw, fw = compact.family, full.family
    if not cw or len(cw) > len(fw) or cw == fw:
        return None
    if len(cw) == 1 and len(fw) > 1 and cw[0] == "".join(w[0] for w in fw):
        return ABBREVIATES
    if cw[0] != fw[0] or not all(f.startswith(c) for c, f in zip(cw, fw)):
        return None
    if len(cw) == len(fw):
        return ABBREVIATES
    return DROPS_HEAD if all(w in heads for w in fw[len(cw):]) else None


def version_key(name: str) -> tuple[int, ...]:
    """A sort key: the version of ``name``, () when it has none (an unversioned name comes first).

    Examples:
        >>> sorted(["Llama 3.1", "Llama", "Llama 2"], key=version_key)
        ['Llama', 'Llama 2', 'Llama 3.1']
    """
    return parse_name(name).version or ()



NOT_WORD = re.compile(r"[\W_]+")


def title_key(title: str) -> str:
    """Titles that differ only in case, punctuation or spacing get one key.

    Examples:
        >>> title_key("GSPMD: General and Scalable Parallelization") == title_key("gspmd general and scalable parallelization")
        True
    """
    return NOT_WORD.sub(" ", fold(title)).strip()

# ---------------------------------------------------------------------------------------------------------------
# People and groups

PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "le", "la",
                       "bin", "ibn", "al", "dos", "das", "ter", "ten", "y", "zu", "af"})
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
GROUP_WORDS = frozenset({"team", "consortium", "collaboration", "group", "lab", "labs", "project",
                         "initiative", "community", "contributors", "authors", "ai", "research", "workshop",
                         "collective", "alliance"})
ELISIONS = frozenset({"al", "el", "d", "l", "dell", "degli", "della"})  # al-Farabi, d'Alembert, dell'Orto
CAMEL_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "D'", "Fitz")
MAX_NAME_TOKENS = 6


@lru_cache(maxsize=1)
def _name_folds() -> tuple[dict[int, str], dict[int, str]]:
    """kg/data/letter_folds.json as str.translate tables for model and dataset names: the umlauts written out,
    then the letters NFKD leaves whole."""
    data = json.loads((DATA_DIR / "letter_folds.json").read_text(encoding="utf-8"))
    return str.maketrans(data["model_names"]), str.maketrans(data["letters"])


@lru_cache(maxsize=1)
def _letter_folds() -> dict[int, str]:
    """kg/data/letter_folds.json as a str.translate table: letters NFKD leaves whole (``ł``, ``ø``, ``đ``)."""
    data = json.loads((DATA_DIR / "letter_folds.json").read_text(encoding="utf-8"))
    return str.maketrans(data["letters"])


def unmarked(text: str) -> str:
    """``text`` without accent marks ("Tülu" -> "Tulu"; ``entity_key`` writes "ü" out as "ue"); letters Unicode
    does not decompose stay (``person_key`` folds those).

    Examples:
        >>> unmarked("Tülu 2"), unmarked("Łódź")
        ('Tulu 2', 'Łodz')
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def person_key(name: str) -> str:
    """The key that decides whether two spellings name one author: accents (marks, and the letters Unicode
    does not decompose: ``ł``, ``ø``, ``đ``, ``æ``, ``œ``, ``ı``, from kg/data/letter_folds.json), case, dots,
    commas and spacing fold, so a suffix set off by a comma is the same suffix (``John Smith, Jr.``).

    Examples:
        >>> person_key("Tara N. Sainath") == person_key("tara n sainath")
        True
        >>> person_key("John Smith, Jr.") == person_key("John Smith Jr")
        True
        >>> person_key("Jürgen Schmidhuber"), person_key("Łukasz Kaiser"), person_key("Søren Đặng Æsir")
        ('jurgen schmidhuber', 'lukasz kaiser', 'soren dang aesir')
    """
    text = unmarked(name).casefold().translate(_letter_folds())
    text = text.replace(".", " ").replace(",", " ").replace("‐", "-")
    return " ".join(text.split())


def _name_parts(name: str) -> tuple[list[str], str]:
    """(given-name parts, family name) of a ``Given [Middle] [particles] Family [Jr.]`` name, folded; each
    hyphenated given name counts as its parts (``Jean-Pierre`` -> ``jean``, ``pierre``)."""
    tokens = [t for t in person_key(name).split() if t not in SUFFIXES]
    if not tokens:
        return [], ""
    given = [p for t in tokens[:-1] if t not in PARTICLES for p in t.split("-") if p]
    return given, tokens[-1]


def _given_match(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) == 1 and a[0] == b[0])


def same_person(a: str, b: str) -> bool:
    """Whether two spellings of an author on one paper can name one person: the same family name and
    compatible given names (each given name of the shorter spelling, in order, equal to or the initial of
    one of the longer's, the first names agreeing). Two sources' author lists of one paper are matched
    with it; on its own it does not make two papers' authors one.

    Examples:
        >>> same_person("Noam Shazeer", "Noam M. Shazeer"), same_person("W. Fedus", "William Fedus")
        (True, True)
        >>> same_person("J.-P. Serre", "Jean-Pierre Serre"), same_person("Lukasz Kaiser", "Łukasz Kaiser")
        (True, True)
        >>> same_person("Wei Wang", "Wen Wang"), same_person("Noam Shazeer", "Noam Chomsky"), same_person("A. Lee", "B. Lee")
        (False, False, False)
    """
    (ga, fa), (gb, fb) = _name_parts(a), _name_parts(b)
    if not fa or fa != fb:
        return False
    if not ga or not gb:
        return True  # a family name alone (a mononym, or a list that gives no first names)
    short, long = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    if not _given_match(short[0], long[0]):
        return False
    at = 1
    for part in short[1:]:
        while at < len(long) and not _given_match(part, long[at]):
            at += 1
        if at == len(long):
            return False
        at += 1
    return True


def clean_name(name: str) -> str:
    """A display form of a person's name: NFC, single spaces.

    Examples:
        >>> clean_name("  Ann   Lee ")
        'Ann Lee'
    """
    return " ".join(unicodedata.normalize("NFC", name).split())


def is_capital(ch: str) -> bool:
    """An upper-case or title-case letter.

    Examples:
        >>> is_capital("Ł"), is_capital("ǅ"), is_capital("a")
        (True, True, False)
    """
    return ch.isupper() or unicodedata.category(ch) == "Lt"


def is_uncased(ch: str) -> bool:
    """A letter of a script without case (Han, Hangul, Kana, ...).

    Examples:
        >>> is_uncased("李"), is_uncased("L")
        (True, False)
    """
    return ch.isalpha() and not ch.isupper() and not ch.islower() and unicodedata.category(ch) == "Lo"


def _uncased_word(word: str) -> bool:
    """A name written in a script without case: ``李明``, ``김민준``, ``山田太郎``."""
    return 1 <= len(word) <= 6 and all(map(is_uncased, word))


def is_org_word(word: str, acronym: bool = False) -> bool:
    """A one-word organisation: ``OpenAI``, ``EleutherAI``; with ``acronym`` also ``NVIDIA``, ``IBM``.

    A lone acronym after a glue point reads as well as the end of a title (``ChatGPT``), so it counts
    only inside a group name (``IBM Research``) or after an explicit tab.

    Examples:
        >>> is_org_word("OpenAI"), is_org_word("IBM"), is_org_word("IBM", acronym=True)
        (True, False, True)
    """
    if not word.isalpha() or not is_capital(word[0]):
        return False
    if word.isupper():
        return acronym and len(word) >= 2
    head = word.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return word[len(head):].casefold() in GROUP_WORDS and _simple_word(head, camel=False)


def _elided(token: str) -> bool:
    """A particle joined to the surname: ``al-Farabi``, ``d'Alembert``, ``el-Sayed``."""
    for sep in ("-", "'", "’"):
        head, found, rest = token.partition(sep)
        if found and head in ELISIONS and _simple_word(rest, camel=False):
            return True
    return False


def _simple_word(word: str, camel: bool = True) -> bool:
    """A capitalised word: ``Hyung``, ``Jürgen``, ``O'Neil``, ``McDonald``, ``Zhi-Hua``.

    With ``camel``, one inner capital after a lower-case letter is allowed too (``HyoukJoong``, ``LeCun``).
    """
    if not word or not is_capital(word[0]):
        return False
    for index, part in enumerate(word.replace("'", "-").replace("’", "-").split("-")):
        if not part:
            return False
        if not all(ch.isalpha() for ch in part):
            return False
        # a lower-case part is a particle, or a short given-name part after a hyphen (``Ji-ho``, ``Ming-yu``)
        if part[0].islower() and part not in PARTICLES and not (index > 0 and len(part) <= 4):
            return False
        inner_caps = [i for i, ch in enumerate(part[1:], 1) if is_capital(ch)]
        if not inner_caps:
            continue
        prefixed = part.startswith(CAMEL_PREFIXES) and inner_caps[0] in (2, 3, 4)
        camel_ok = camel and part[inner_caps[0] - 1].islower()
        if len(inner_caps) > 1 or not (prefixed or camel_ok):
            return False
    return True


def _is_initial(token: str) -> bool:
    """``N.``, ``J.-P.``, ``A.M.`` or a bare ``N``."""
    letters = token.replace(".", "").replace("-", "")
    return bool(letters) and len(letters) <= 3 and all(is_capital(c) for c in letters) and (
        "." in token or len(letters) == 1)


def is_group_author(name: str) -> bool:
    """A team or organisation written as an author: one word ending ``-AI``/``-Team``/... after one or two
    capitals (``DeepSeek-AI``), a one-word organisation (``EleutherAI``, ``is_org_word``), or capitalised name
    words followed by a capitalised group word (``Gemini Team``, ``The ATLAS Collaboration``, ``IBM Research``,
    ``Halden Research Collective``).

    Examples:
        >>> [is_group_author(s) for s in ["DeepSeek-AI", "Gemini Team", "The ATLAS Collaboration", "Nan Du"]]
        [True, True, True, False]
        >>> [is_group_author(s) for s in ["EleutherAI", "Halden Research Collective", "Ada Lovelace"]]
        [True, True, False]
        >>> is_group_author("the data team")
        False
    """
    tokens = name.split()
    if not tokens:
        return False
    if len(tokens) == 1 and is_org_word(tokens[0]):
        return True  # "EleutherAI", "OpenAI"
    head = tokens[-1].rsplit("-", 1)
    if len(head) == 2 and head[1].casefold() in GROUP_WORDS:
        return len(tokens) == 1 and head[0].isalnum() and sum(map(is_capital, head[0])) in (1, 2)
    return (len(tokens) >= 2 and tokens[-1].casefold() in GROUP_WORDS and is_capital(tokens[-1][0])
            and all(t == "The" or _simple_word(t) or is_org_word(t, acronym=True) for t in tokens[:-1]))


def is_name(text: str, camel: bool = True) -> bool:
    """True when ``text`` reads as one person's or group's name.

    Without ``camel``, camel-case words (``HyeonWoo``) and one-word organisations (``OpenAI``)
    are refused: the first glued author is tried in that strict reading first.

    Examples:
        >>> [is_name(s) for s in ["Tara N. Sainath", "Daniel De Freitas", "DeepSeek-AI", "Gemini Team"]]
        [True, True, True, True]
        >>> [is_name(s) for s in ["Language Models", "Economical and Efficient", "GPT-4"]]
        [True, False, False]
    """
    tokens = text.split()
    particles = sum(t in PARTICLES for t in tokens[1:-1])
    if not tokens or len(tokens) - particles > MAX_NAME_TOKENS:
        return False
    if is_group_author(text) or (camel and len(tokens) == 1 and is_org_word(tokens[0])):
        return True
    words = 0
    for i, tok in enumerate(tokens):
        low = tok.casefold()
        if low in SUFFIXES and i > 0:
            continue
        if low in PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if _is_initial(tok):
            continue
        if _simple_word(tok, camel) or _uncased_word(tok) or (i > 0 and _elided(tok)):
            words += 1
            continue
        return False
    # a single word is a name only as a mononym (``Mausam``), never as one lone initial
    return words >= 1


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


def borrowed_name(later: str, earlier: str) -> bool:
    """Whether ``later`` only borrows ``earlier``, a versioned name, by gluing a word before it with no space
    or dash (``MiniGPT-4`` holds ``GPT-4``), or a root others end their names with as a brand (``NExT-GPT``
    holds ``GPT``; ``kg/data/name_words.json``, ``borrowed_roots``): such a name echoes a famous model, it does
    not say it extends it, unlike ``Flan-PaLM``, ``Code Llama`` or ``ConditionalDETR`` that name their base.

    Examples:
        >>> borrowed_name("MiniWren-4", "Wren-4"), borrowed_name("Flan-Wren-4", "Wren-4"), borrowed_name("FastWren", "Wren")
        (True, False, False)
        >>> borrowed_name("NExT-GPT", "GPT"), borrowed_name("GPT-Neo", "GPT")
        (True, False)
    """
    low, root = later.casefold(), earlier.casefold()
    if root in BORROWED_ROOTS and (low.endswith(root) or low.startswith(f"{root}4")) and len(low) > len(root):
        return True
    if parse_name(earlier).version is None:
        return False
    at = low.find(root)
    return at > 0 and later[at - 1].isalnum()


def check_asked(name: str) -> None:
    """Raise NodeNotFound when ``name`` is empty or blank: it names nothing (not an untitled paper's empty title).

    Examples:
        >>> check_asked("")
        Traceback (most recent call last):
        ...
        kg.errors.NodeNotFound: An empty name names nothing.
          Give a name, a title or a node id (kg stats counts what the graph holds).
    """
    if not name.strip():
        raise NodeNotFound("An empty name names nothing.\n"
                           "  Give a name, a title or a node id (kg stats counts what the graph holds).")
