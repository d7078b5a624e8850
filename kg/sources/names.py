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

PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "le", "la",
                       "bin", "ibn", "al", "dos", "das", "ter", "ten", "y", "zu", "af"})
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
GROUP_WORDS = frozenset({"team", "consortium", "collaboration", "group", "lab", "labs", "project",
                         "initiative", "community", "contributors", "authors", "ai", "research", "workshop"})
ELISIONS = frozenset({"al", "el", "d", "l", "dell", "degli", "della"})  # al-Farabi, d'Alembert, dell'Orto
CAMEL_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "D'", "Fitz")
GLUE_AFTER = set("?!:;).,'\"’”]")
NO_GLUE_AFTER = set("/\\@#&_·¿¡")  # punctuation that joins words or opens a phrase
ET_AL = re.compile(r"[\s,]+et\.?\s*al\.?\s*$", re.I)
AUTHOR_SEPARATOR = re.compile(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
AUTHOR_MARKS = "*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹"  # equal-contribution and affiliation marks after a name
ORG_SEPARATOR = re.compile(r"\s*(?:(?<!\w)·|·(?!\w))\s*")  # " · cmu", "et al.·cmu", not "l·l"
MAX_NAME_TOKENS = 6


def _is_upper(ch: str) -> bool:
    return ch.isupper() or unicodedata.category(ch) == "Lt"


def _closes(ch: str) -> bool:
    """Punctuation or a symbol that can end a title: ``?``, ``)``, ``%``, ``+``, ``…``, an emoji."""
    return ch in GLUE_AFTER or (
        unicodedata.category(ch) in ("Pe", "Pf", "Po", "Sm", "Sc", "Sk", "So") and ch not in NO_GLUE_AFTER)


def _is_uncased(ch: str) -> bool:
    """A letter of a script without case (Han, Hangul, Kana, ...)."""
    return ch.isalpha() and not ch.isupper() and not ch.islower() and unicodedata.category(ch) == "Lo"


def _uncased_word(word: str) -> bool:
    """A name written in a script without case: ``李明``, ``김민준``, ``山田太郎``."""
    return 1 <= len(word) <= 6 and all(map(_is_uncased, word))


def _org_token(word: str, acronym: bool = False) -> bool:
    """A one-word organisation: ``OpenAI``, ``EleutherAI``; with ``acronym`` also ``NVIDIA``, ``IBM``.

    A lone acronym after a glue point reads as well as the end of a title (``ChatGPT``), so it counts
    only inside a group name (``IBM Research``) or after an explicit tab.
    """
    if not word.isalpha() or not _is_upper(word[0]):
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
    return (len(tokens) >= 2 and tokens[-1].casefold() in GROUP_WORDS and _is_upper(tokens[-1][0])
            and all(t == "The" or _simple_word(t) or _org_token(t, acronym=True) for t in tokens[:-1]))


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
    if _is_group(tokens) or (camel and len(tokens) == 1 and _org_token(tokens[0])):
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
        if _is_uncased(ch):
            if not _is_uncased(prev):
                points.append(i)
        elif not _is_upper(ch):
            continue
        elif prev.islower() or prev.isdigit() or _closes(prev) or _is_uncased(prev):
            points.append(i)
        elif _is_upper(prev) and (nxt.islower() or nxt in ".-"):
            after = text[i + 2] if i + 2 < len(text) else ""
            if not (nxt == "s" and _is_upper(after)):
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
    if "\t" in body:  # an explicit separator settles the split
        title, _, rest = body.partition("\t")
        authors = split_authors(rest)
        if title.strip() and authors and all(is_name(a) or _org_token(a, acronym=True) for a in authors):
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
    """The key that decides whether two spellings name one author: accents, case, dots, commas and spacing
    fold, so a suffix set off by a comma is the same suffix (``John Smith, Jr.`` is ``John Smith Jr.``).

    Examples:
        >>> name_key("Tara N. Sainath") == name_key("tara n sainath")
        True
        >>> name_key("John Smith, Jr.") == name_key("John Smith Jr")
        True
        >>> name_key("Jürgen Schmidhuber")
        'jurgen schmidhuber'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", " ").replace(",", " ").replace("‐", "-")
    return " ".join(text.split())


def clean_name(name: str) -> str:
    """A display form: NFC, single spaces."""
    return " ".join(unicodedata.normalize("NFC", name).split())
