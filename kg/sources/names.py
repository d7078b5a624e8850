"""Person and group names: telling them apart from title words, and splitting a title glued to its authors.

A profile listing prints ``<title><first author>, <author>, ... [et al.] [· org, org]`` with no separator
between the title and the first author. The title ends at a *glue point*: an upper-case letter with no
space before it, after a lower-case letter, a digit, closing punctuation or a symbol (``ModelsHyung``,
``Augmentations?Eddie``, ``100%Ann``), or the last capital of an acronym before a capitalised word (``ASRYu``).
A change of script counts too (``Revisited李明``). Of all glue points, the leftmost one whose remainder
reads as a list of names wins.
"""

from __future__ import annotations

import re
import unicodedata

from kg.names import SUFFIXES, clean_name, is_capital, is_name, is_org_word, is_uncased

__all__ = ["clean_name", "glue_points", "is_name", "split_authors", "split_title_authors"]

GLUE_AFTER = set("?!:;).,'\"’”]")
NO_GLUE_AFTER = set("/\\@#&_·¿¡")  # punctuation that joins words or opens a phrase
ET_AL = re.compile(r"[\s,]+et\.?\s*al\.?\s*$", re.I)
AUTHOR_SEPARATOR = re.compile(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
AUTHOR_MARKS = "*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹"  # equal-contribution and affiliation marks after a name
ORG_SEPARATOR = re.compile(r"\s*(?:(?<!\w)·|·(?!\w))\s*")  # " · cmu", "et al.·cmu", not "l·l"


def _closes(ch: str) -> bool:
    """Punctuation or a symbol that can end a title: ``?``, ``)``, ``%``, ``+``, ``…``, an emoji."""
    return ch in GLUE_AFTER or (
        unicodedata.category(ch) in ("Pe", "Pf", "Po", "Sm", "Sc", "Sk", "So") and ch not in NO_GLUE_AFTER)


def glue_points(text: str) -> list[int]:
    """Indexes where a title may end and a name begin (no space before an upper-case letter).

    An uncased letter after a cased one or after punctuation (``Revisited李明``) is one too, as is an upper-case
    letter after an uncased one. A plural acronym keeps its ``s``: ``LLMsKimi`` glues before ``Kimi`` only.
    """
    points = []
    for i in range(1, len(text)):
        ch, prev = text[i], text[i - 1]
        if prev.isspace():
            continue
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if is_uncased(ch):
            if not is_uncased(prev):
                points.append(i)
        elif not is_capital(ch):
            continue
        elif prev.islower() or prev.isdigit() or _closes(prev) or is_uncased(prev):
            points.append(i)
        elif is_capital(prev) and (nxt.islower() or nxt in ".-"):
            after = text[i + 2] if i + 2 < len(text) else ""
            if not (nxt == "s" and is_capital(after)):
                points.append(i)
    return points


def split_authors(text: str) -> list[str]:
    """Names separated by commas, ``and`` or ``&``, without marks (``*``, ``†``) or extra spaces.

    A suffix set off by its own comma stays with its name (``John Smith, Jr.``).
    """
    authors: list[str] = []
    for part in (" ".join(a.split()).rstrip(AUTHOR_MARKS) for a in AUTHOR_SEPARATOR.split(text)):
        if part.casefold() in SUFFIXES and authors:
            authors[-1] += f" {part}"
        elif part:
            authors.append(part)
    return authors


def split_title_authors(text: str) -> tuple[str, list[str], bool] | None:
    """Split ``<title><author>, <author>[ et al.]`` into (title, authors, truncated), or None.

    Examples:
        >>> split_title_authors("Do CNNs Encode Data Augmentations?Eddie Yan, Yanping Huang")
        ('Do CNNs Encode Data Augmentations?', ['Eddie Yan', 'Yanping Huang'], False)
        >>> split_title_authors("Speech Models for ASRYu Zhang et al.")
        ('Speech Models for ASR', ['Yu Zhang'], True)
    """
    body = text.strip()
    truncated = False
    et_al = ET_AL.search(body)
    if et_al:
        body, truncated = body[: et_al.start()], True
    if "\t" in body:  # an explicit separator settles the split: a name, or a part with a capitalized word
        title, _, rest = body.partition("\t")  # ("\U0001f600 Emoji": a name in characters names never hold)
        authors = split_authors(rest)
        if title.strip() and authors and all(is_name(a) or is_org_word(a, acronym=True)
                                             or any(w[:1].isupper() for w in a.split()) for a in authors):
            return title.strip(), authors, truncated
        return None
    points = glue_points(body)
    # First pass: the glued first author has no camel-case word, so a camel-case title word
    # (``GShardJohn``) is not taken for a name; second pass: allow it (``HyoukJoong Lee``).
    for camel_first in (False, True):
        for point in points:
            title, rest = body[:point].strip(), body[point:]
            authors = split_authors(rest)
            if (title and authors and not rest.rstrip().endswith(",")
                    and is_name(authors[0], camel_first) and all(is_name(a) for a in authors[1:])):
                return title, authors, truncated
    return None
