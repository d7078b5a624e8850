"""Person and group names: telling them apart from title words, and splitting a title glued to its authors.

A profile listing prints ``<title><first author>, <author>, ... [et al.] [· org, org]`` with no separator
between the title and the first author. The title ends at a *glue point*: an upper-case letter with no
space before it, after a lower-case letter, a digit or closing punctuation (``ModelsHyung``,
``Augmentations?Eddie``), or the last capital of an acronym before a capitalised word (``ASRYu``).
Of all glue points, the leftmost one whose remainder reads as a list of names wins.
"""

from __future__ import annotations

import unicodedata

PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "le", "la",
                       "bin", "ibn", "al", "dos", "das", "ter", "ten", "y", "zu", "af"})
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
GROUP_WORDS = frozenset({"team", "consortium", "collaboration", "group", "lab", "labs", "project",
                         "initiative", "community", "contributors", "authors", "ai", "research"})
CAMEL_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "D'", "Fitz")
GLUE_AFTER = set("?!:;).,'\"’”]")
ET_AL = ("et al.", "et al", "et. al.")
ORG_SEPARATOR = " · "
MAX_NAME_TOKENS = 6


def _is_upper(ch: str) -> bool:
    return ch.isupper() or unicodedata.category(ch) == "Lt"


def _simple_word(word: str, camel: bool = True) -> bool:
    """A capitalised word: ``Hyung``, ``Jürgen``, ``O'Neil``, ``McDonald``, ``Zhi-Hua``.

    With ``camel``, one inner capital after a lower-case letter is allowed too (``HyoukJoong``, ``LeCun``).
    """
    if not word or not _is_upper(word[0]):
        return False
    for index, part in enumerate(word.replace("'", "-").replace("’", "-").split("-")):
        if not part:
            return False
        if not all(ch.isalpha() for ch in part):
            return False
        # a lower-case part is a particle, or a short given-name part after a hyphen (``Ji-ho``, ``Ming-yu``)
        if part[0].islower() and part not in PARTICLES and not (index > 0 and len(part) <= 4):
            return False
        inner_caps = [i for i, ch in enumerate(part[1:], 1) if _is_upper(ch)]
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
    return bool(letters) and len(letters) <= 3 and all(_is_upper(c) for c in letters) and (
        "." in token or len(letters) == 1)


def _is_group(tokens: list[str]) -> bool:
    """Group authors: ``DeepSeek-AI``, ``Gemini Team``, ``The ATLAS Collaboration``, ``BigScience``."""
    head = tokens[-1].rsplit("-", 1)
    if len(head) == 2 and head[1].casefold() in GROUP_WORDS:
        return len(tokens) == 1 and head[0].isalnum() and sum(map(_is_upper, head[0])) in (1, 2)
    return (len(tokens) >= 2 and tokens[-1].casefold() in GROUP_WORDS
            and all(t[:1].isupper() or t.casefold() == "the" for t in tokens))


def is_name(text: str, camel: bool = True) -> bool:
    """True when ``text`` reads as one person's or group's name.

    Examples:
        >>> [is_name(s) for s in ["Tara N. Sainath", "Daniel De Freitas", "DeepSeek-AI", "Gemini Team"]]
        [True, True, True, True]
        >>> [is_name(s) for s in ["Language Models", "Economical and Efficient", "GPT-4"]]
        [True, False, False]
    """
    tokens = text.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return False
    if _is_group(tokens):
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
        if _simple_word(tok, camel):
            words += 1
            continue
        return False
    # a single word is a name only as a mononym (``Mausam``), never as one lone initial
    return words >= 1


def glue_points(text: str) -> list[int]:
    """Indexes where a title may end and a name begin (no space before an upper-case letter)."""
    points = []
    for i in range(1, len(text)):
        ch, prev = text[i], text[i - 1]
        if not _is_upper(ch) or prev.isspace():
            continue
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if prev.islower() or prev.isdigit() or prev in GLUE_AFTER:
            points.append(i)
        elif _is_upper(prev) and (nxt.islower() or nxt in ".-"):
            points.append(i)
    return points


def split_authors(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


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
    for marker in ET_AL:
        if body.endswith(marker):
            body, truncated = body[: -len(marker)].rstrip(" ,"), True
            break
    if "\t" in body:  # an explicit separator settles the split
        title, _, rest = body.partition("\t")
        authors = split_authors(rest)
        if title.strip() and authors and all(is_name(a) for a in authors):
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


def name_key(name: str) -> str:
    """The key that decides whether two spellings name one author: accents, case, dots and spacing fold.

    Examples:
        >>> name_key("Tara N. Sainath") == name_key("tara n sainath")
        True
        >>> name_key("Jürgen Schmidhuber")
        'jurgen schmidhuber'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", " ").replace("‐", "-")
    return " ".join(text.split())


def clean_name(name: str) -> str:
    """A display form: NFC, single spaces."""
    return " ".join(unicodedata.normalize("NFC", name).split())
