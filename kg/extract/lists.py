"""Lists and head nouns read from the token sequence: "four QA models, A, B and C", "the QRX diffusion model".

A list opens at a lead: a plural head noun of the model, method or dataset kind ("models", "baselines",
"quantizers", "LLMs", "benchmarks") followed by a comma, a colon, an opening parenthesis or "such as",
"including", "like", "namely". Its members are the runs of tokens between commas, "and" and "or" up to the
member after the last "and"/"or" (or the sentence's end); a parenthetical after a member ("(RTN)") is skipped.
A member whose words all hold a capital or a digit is a name of the head's kind; a lower-case member
("round-to-nearest") is a member that names nothing. A name modifies a head noun of those kinds right after
it or past one or two lower-case modifiers ("the Lantern algorithm", "the QRX diffusion model").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from kg.extract.base import ACRONYM_PLURAL, CACHE_SIZE, STRONG, WEAK, Patterns, shape
from kg.extract.introduce import own_verb
from kg.names import entity_key
from kg.model import DATASET, MODEL

LEAD_WORDS = ("such as", "including", "like", "namely")  # a word lead after the head: "models such as A"
EXAMPLE_WORDS = frozenset({"e.g.", "e.g", "eg.", "i.e.", "i.e"})  # "methods (e.g., A)": a lead too
PHRASE_PREPOSITIONS = ("for", "of", "in", "on")  # "benchmarks for table QA such as A": the head's phrase
JOINERS = frozenset("-/+&.'")  # tokens inside one member's name: "ZELTA-CNN", "A/B", "Plug & Play"
ENDS = frozenset(".;:!?")  # a member never spans these
MAX_MEMBER = 6  # tokens of one member; a longer run is a clause, no member
OWN_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")  # "models (VidLMs)": a plural head's own acronym, inner capitals too
EXAMPLE_LEAD = re.compile(r"\s*(?:,\s*)?(?:such as|like|including|e\.g\.)\s|\s*:\s")  # what opens examples or
# members of a kind ("protocols such as X", "four instruction types: X, Y")
OTHER = "other"  # the label of a list's members that are neither models nor data: "protocols such as Modbus"


@dataclass(frozen=True)
class Member:
    """One member of a list: its characters, the head's label, and whether it is a name."""

    start: int
    end: int
    label: str
    name: bool


def head_label(word: str, pat: Patterns) -> str | None:
    """MODEL or DATASET when ``word`` is a plural head noun of that kind, OTHER when of things neither models
    nor data ("protocols", ``lexicon.other_list_head_words``), else None.

    The plural of a model, method or list head word of the lexicon ("models", "approaches", "baselines") or an
    acronym's plural ("LLMs") is of the model kind; of a dataset head word ("corpora", "tasks") of the dataset kind.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> pat = load_patterns()
        >>> [head_label(w, pat) for w in ("models", "quantizers", "LLMs", "corpora", "model", "users", "protocols")]
        ['Model', 'Model', 'Model', 'Dataset', None, None, 'other']
        >>> [head_label(w, pat) for w in ("ODEs", "equations")]
        ['other', 'other']
    """
    low = word.casefold()
    if ACRONYM_PLURAL.fullmatch(word):
        return OTHER if low[:-1] in pat.lexicon.other_heads else MODEL  # "chaotic ODEs (Lorenz)": equations
    if not low.endswith(("s", "ora")) or low.endswith("ss"):
        return None
    lex = pat.lexicon
    for one in singulars(low):
        if one in lex.other_heads:
            return OTHER
        if one in lex.dataset_heads or one in lex.list_dataset_heads:
            return DATASET
        if one in lex.own_heads or one in lex.list_model_heads:
            return MODEL
    return None


def _defined_plural(text: str, acronym: str, pat: Patterns) -> str | None:
    """OTHER when ``text`` defines the plural ``acronym`` by a long form whose head is of another kind than
    models and data: "industrial control protocols (ICPs)".

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> _defined_plural("industrial control protocols (ICPs) ... typical ICPs", "ICPs", load_patterns())
        'other'
    """
    defined = re.search(r"([A-Za-z]+)\s*\(%s\)" % re.escape(acronym), text)
    if defined and any(one in pat.lexicon.other_heads for one in singulars(defined.group(1).casefold())):
        return OTHER
    return None


def singulars(plural: str) -> tuple[str, ...]:
    """The singular forms a plural may have: "libraries" -> "library", "corpora" -> "corpus".

    Examples:
        >>> singulars("libraries")
        ('library', 'librarie', 'librari')
        >>> singulars("corpora")
        ('corpus',)
    """
    if plural.endswith("ora"):
        return (plural[:-3] + "us",)
    out = []
    if plural.endswith("ies"):
        out.append(plural[:-3] + "y")
    if plural.endswith("es"):
        out.append(plural[:-1])
        out.append(plural[:-2])
    elif plural.endswith("s"):
        out.append(plural[:-1])
    return tuple(out)


def _lead_end(doc: Doc, i: int, pat: Patterns) -> tuple[int, str] | None:
    """Where the members open after the head token ``doc[i]``, and the lead's kind (",", ":", "(", "word", or
    "bare" for a name right after the head; an em or en dash leads as a colon does); a word lead may follow a phrase
    of up to four words that opens with a preposition ("benchmarks for table question answering such as"),
    unless another head is in it ("benchmarks for models such as")."""
    j = i + 1
    if j >= len(doc):
        return None
    if doc[j].text in PHRASE_PREPOSITIONS:
        hyphens = 0  # "datasets for multi-source domain adaptation including": a hyphened word is one word
        for n in range(j + 1, min(len(doc), j + 10)):
            if doc[n].text == "-" and doc[n].whitespace_ == "" and n > j + 1 and doc[n - 1].whitespace_ == "":
                hyphens += 1
                continue
            if n - hyphens * 2 > j + 5:
                return None
            if doc[n].is_punct or head_label(doc[n].text, pat) or _head_word(doc[n].text.casefold(), pat):
                return None
            lead = _word_lead(doc, n + 1)
            if lead:
                return lead, "word"
        return None
    text = doc[j].text
    if text in (",", "(") and j + 1 < len(doc) and doc[j + 1].text.casefold() in EXAMPLE_WORDS:
        return j + 2 + int(j + 2 < len(doc) and doc[j + 2].text == ","), "word"  # "methods (e.g., A, B)"
    if text == "," and j + 1 < len(doc):
        after = doc[j + 1:j + 3].text.casefold()
        if any(after == w or after.startswith(w + " ") for w in LEAD_WORDS):
            return j + 1 + len(next(w for w in LEAD_WORDS if after == w or after.startswith(w + " ")).split()), "word"
        return j + 1, ","
    if (text == "(" and j + 2 < len(doc) and doc[j + 2].text == ")" and OWN_ACRONYM.fullmatch(doc[j + 1].text)
            and i and doc[i - 1].text.islower()):
        return None  # "video-language models (VidLMs)": the head's own acronym, no member (not "Latent Diffusion
        # models (LDMs)": a name in capitals)
    if text in (":", "("):
        return j + 1, text
    if text in ("\u2014", "\u2013"):
        return j + 1, ":"  # "three aerial image datasets\u2014VisDrone2019, AI-TOD, and DOTA\u2014demonstrate", "two
        # techniques\u2013Zorb and Quill\u2013select": an em or en dash leads as a colon
    lead = _word_lead(doc, j)
    if lead:
        return lead, "word"
    return (j, "bare") if _is_name_word(doc[j]) and not doc[j].like_num else None  # "coverage tracers QEMU,
    # Dyninst, RetroWrite, and AFL-Clang": names right after the head


def _word_lead(doc: Doc, j: int) -> int | None:
    """Where the members open when a word lead ("such as", "including") starts at token ``j``."""
    two = doc[j:j + 2].text.casefold()
    for w in LEAD_WORDS:
        if two == w or two.startswith(w + " "):
            return j + len(w.split())
    return None


def _is_name_word(tok: Token) -> bool:
    return any(c.isupper() or c.isdigit() for c in tok.text)


def _member_is_name(toks: list[Token], pat: Patterns) -> bool:
    """Whether a member's tokens make a name: every word holds a capital or a digit, or is a function word
    between two such words ("Bag of Words"), and the whole is no generic word ("Transformer")."""
    if not toks or not _is_name_word(toks[0]) or not _is_name_word(toks[-1]) or toks[0].like_num or not any(
            c.isalpha() for c in toks[0].text):
        return False  # "6.4", "7": a number names nothing
    for n, tok in enumerate(toks):
        if tok.text in JOINERS or _is_name_word(tok):
            continue
        if n > 1 and toks[n - 1].text == "-" and _is_name_word(toks[n - 2]) and tok.text.isalpha():
            continue  # "Tree-structured Parzen Estimator": a capitalized word's lower-case tail after its hyphen
        if tok.text.casefold() not in pat.lexicon.function_words:
            return False
    last = toks[-1].text
    if len(toks) > 1 and any(literal in last and regex.fullmatch(last) for literal, regex, _ in pat.hardware):
        return False  # "such as Kaggle GPUs": hardware ends it, no name
    text = "".join(t.text_with_ws for t in toks).strip()
    if " " not in text and shape(text, pat) in (None, "reject"):
        return False  # "7B", "TFLOPs", "Transformer-based": a size, unit or modifier is no name
    return text.casefold() not in pat.generic and text not in pat.lexicon.generic_models


def _members(doc: Doc, j: int, stop: int, kind: str, label: str, pat: Patterns, counted: bool) -> list[Member]:
    """The members from token ``j`` on up to character ``stop`` (the sentence's end), or none when the run
    after a comma lead is no list (``counted``: a number comes before the head, "two Transformer models, A and
    B")."""
    out: list[Member] = []
    cur: list[Token] = []
    last = False  # the member after "and"/"or": the list ends with it
    closed = False
    k = j
    while k < len(doc) and doc[k].idx < stop:
        tok = doc[k]
        t = tok.text
        if t == "(" and cur:  # "round-to-nearest (RTN)": the parenthetical is no member
            depth = 0
            while k < len(doc):
                depth += (doc[k].text == "(") - (doc[k].text == ")")
                k += 1
                if depth == 0:
                    break
            continue
        if t in ("e.g.", "i.e.") and not cur:
            k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ",")
            continue
        if t in ENDS or t == ")" or (t == "," and last) or len(cur) > MAX_MEMBER:
            break
        if (t == "for" and cur and all(_is_name_word(c) or c.text in JOINERS for c in cur)
                and k + 1 < len(doc) and doc[k + 1].text[:1].islower()):
            out.append(_member(cur, label, pat))  # "datasets: A for question answering in the COVID-19 domain,
            cur = []  # B for ...": a member's purpose is no part of it, however long (not "Averaging for Zorb
            # Learning", a name)
            while k < len(doc) and doc[k].idx < stop and doc[k].text not in (",", ")") and doc[k].text not in ENDS:
                k += 1
            if last:
                closed = True
                break
            continue
        if t in ("and", "or") and cur and _inner_conjunction(doc, k, stop):
            cur.append(tok)  # "Masked Vision and Language Modeling, Zorb and Quib": the list's "and" comes later
            k += 1
            continue
        if t in (",", "and", "or"):
            if cur:
                out.append(_member(cur, label, pat))
                cur = []
            if t != ",":
                last = True
            k += 1
            continue
        if t.casefold() == "the" and not cur:
            k += 1
            continue
        if last and cur and not (_is_name_word(tok) or t in JOINERS):
            closed = True  # "... and OFA on three tasks": the last member ends at its first plain word
            break
        if (kind == "word" and cur and not out and t.isalpha() and t.islower() and _is_name_word(cur[0])
                and t not in pat.lexicon.task_heads and not head_label(t, pat) and not _head_word(t, pat)
                and not re.search(r",|\b(?:and|or)\b", doc.text[tok.idx:stop])):
            closed = True  # "grasp planners such as Dex-Net may underperform": one example, no list after it,
            break  # ends at its first plain word
        cur.append(tok)
        k += 1
    if cur and len(cur) <= MAX_MEMBER:
        out.append(_member(cur, label, pat))
        closed = closed or last
    elif cur:
        closed = False
    if kind == "," and not (closed or last):
        return []  # "Unlike prior models, ...": a comma after a head opens a list only with "and"/"or" in it
    if kind == "," and j < len(doc) and pat.cues["clause_participle"].fullmatch(doc[j].text):
        return []  # "different integration strategies, evaluated on A, B and C datasets": a clause, no list (not
        # "three corpora, named A, B and C")
    if kind == "," and len(out) < (2 if counted else 3):
        return []  # "Unlike prior models, Zorb and Quib achieve ...": two names after a comma may be the subject
    if kind == "bare" and not ((closed or last) and len(out) >= 3 and all(m.name for m in out) and sum(
            any(shape(w, pat) in (STRONG, WEAK) for w in doc.text[m.start:m.end].split()) for m in out) >= 2):
        return []  # "tracers A, B, C and D": three names or more, only names, two shaped as names, make a list
        # without a lead (not "models Tested, Trained and Tuned")
    if kind == "(" and len(out) < 2:
        return [Member(m.start, m.end, m.label, False) for m in out]  # "Latent Zorb models (LZMs)": one name in
        # parentheses is a member, but the acronym of the words before, no name of its own here
    return [m for m in out if m.end > m.start]


def _inner_conjunction(doc: Doc, k: int, stop: int) -> bool:
    """Whether the "and"/"or" at token ``k`` joins words inside one member: two or more capitalized plain words
    follow it up to a comma, and after that comma more capitalized members run up to another "and"/"or" before a capitalized word."""
    n = k + 1
    while n < len(doc) and doc[n].idx < stop and doc[n].is_title:
        n += 1
    if n < len(doc) and doc[n].text == "(":  # "... Language Modeling (MVLM), ..."
        while n < len(doc) and doc[n].idx < stop and doc[n].text != ")":
            n += 1
        n += 1
    if n < k + 3 or n >= len(doc) or doc[n].text != ",":
        return False  # "Zorb and Quib, ...": one word after "and" is a member of its own
    n += 1
    while n < len(doc) and doc[n].idx < stop and (_is_name_word(doc[n]) or doc[n].text in JOINERS or doc[n].text == ","):
        n += 1
    return (n + 1 < len(doc) and doc[n].idx < stop and doc[n].text in ("and", "or") and doc[n - 1].text != ","
            and _is_name_word(doc[n + 1])) or (n + 2 < len(doc) and doc[n].text in ("and", "or")
                                               and doc[n - 1].text == "," and _is_name_word(doc[n + 1]))


def _member(toks: list[Token], label: str, pat: Patterns) -> Member:
    end = toks[-1].idx + len(toks[-1].text.rstrip("."))  # "... and DeepSeekMoE." closing its sentence
    task = label == DATASET and len(toks) > 1 and toks[-1].text.casefold() in pat.lexicon.task_heads and all(
        t.is_title or t.is_upper or t.text == "-" or t.text.casefold() in pat.lexicon.function_words for t in toks)
    # "tasks, namely, Part of Speech Tagging, Named Entity Recognition", "Image Super-Resolution", "POS Tagging": a
    # task in capitals is no data set
    return Member(toks[0].idx, end, label, _member_is_name(toks, pat) and not task)


def list_members(doc: Doc, start: int, sents: list[tuple[int, int]], pat: Patterns,
                 heads: dict[int, tuple[str | None, str | None]]) -> Iterator[Member]:
    """Every member of every list whose lead is at or after character ``start`` (after the title); a list
    ends with the sentence of ``sents`` (start and end characters) it opens in.

    ``heads`` keeps, by a token's text (its orth hash), its ``head_label`` and singular ``_head_word``: the
    caller's cache across docs, so only the few head tokens of a doc are read as tokens.
    """
    k = 0
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH).tolist()
    paren, comma = strings["("], strings[","]
    for i, orth in enumerate(orths):
        kinds = heads.get(orth)
        if kinds is None:
            if len(heads) > CACHE_SIZE:
                heads.clear()
            word = strings[orth]
            kinds = heads[orth] = (head_label(word, pat), _head_word(word.casefold(), pat))
        label, singular = kinds
        if label == MODEL and ACRONYM_PLURAL.fullmatch(strings[orth]):
            label = _defined_plural(doc.text, strings[orth], pat) or label
        single = label is None and i + 1 < len(orths) and orths[i + 1] == paren
        if single:
            label = singular  # "the Join Order Benchmark (JOB) and X": a singular head's parenthesis holds one
            # member, its acronym ("a Transformer (Stable and Fast X)": none)
            if label is None and i and strings[orth].casefold() in pat.lexicon.eponym_heads and (
                    strings[orths[i - 1]].casefold() in pat.eponyms):
                label = MODEL  # "the Extended Kalman Filter (EKF)": a scientist's filter is a method
        elif label is None and singular == MODEL and i + 2 < len(orths) and orths[i + 1] == comma and (
                strings[orths[i + 2]] == "including"):
            label = MODEL  # "through a probabilistic surrogate model, including TPE, SMAC and GP": its kinds
        if label is None:
            continue
        tok = doc[i]
        if tok.idx < start:
            continue
        while k < len(sents) - 1 and sents[k][1] <= tok.idx:
            k += 1
        lead = _lead_end(doc, i, pat)
        if lead is None or (label == OTHER and not EXAMPLE_LEAD.match(doc.text, tok.idx + len(tok))):
            continue  # "protocols such as X": examples; not "a corpus of ten languages, namely X": the corpus
        counted = _counted(doc, i)
        members = _members(doc, lead[0], sents[k][1] if sents else len(doc.text), lead[1], label, pat, counted)
        if not single and len(members) == 1 and _spelled_before(doc.text, tok.idx + len(tok), members[0]):
            continue  # "Spoken Dialogue Models (SDMs)": the parenthesis defines the words, it lists no member
        if pat.cues["task_list_head"].fullmatch(strings[orth]) and own_verb(
                pat, doc.text[sents[k][0] if sents else 0:tok.idx]) is not None:
            members = [m for m in members if not pat.cues["plain_title_run"].fullmatch(doc.text, m.start, m.end)
                       or entity_key(doc.text[m.start:m.end]) in pat.known]
            # "we further propose two tasks: User and Environment Understanding, and Instructor Decision Making":
            # tasks the paper defines in plain words, no data set (coined or known names stay: "two tasks: ZorbQA and
            # Natural Questions"; nor tasks the paper does not define: "on three tasks: Web Questions, ...")
        if not single or len(members) == 1:
            yield from members


def _counted(doc: Doc, i: int) -> bool:
    """Whether a number opens the noun phrase whose head is token ``i``: "two real-world datasets", "two
    large-scale point cloud datasets", "two Transformer models" (its modifiers are words and hyphens; a function
    word ends it).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("on two large-scale point cloud datasets, on the datasets")
        >>> _counted(doc, 7), _counted(doc, 11)
        (True, False)
    """
    for t in reversed(doc[max(0, i - 8):i]):
        if t.like_num:
            return True
        if t.text != "-" and not (t.is_alpha and t.lower_ not in STOP_WORDS):
            return False
    return False


def _spelled_before(text: str, head_end: int, member: Member) -> bool:
    """Whether ``member`` is alone in parentheses right after the head (ending at ``head_end``) and its capitals
    are the initials of the capitalized words before them.

    Examples:
        >>> _spelled_before("most Spoken Dialogue Models (SDMs) operate", 27, Member(29, 33, MODEL, True))
        True
        >>> _spelled_before("three models (Zorb) operate", 12, Member(14, 18, MODEL, True))
        False
        >>> _spelled_before("Latent Zorb models (LZMs) run", 18, Member(20, 24, MODEL, True))
        False
    """
    if not re.fullmatch(r"\s*\(", text[head_end:member.start]) or text[member.end:member.end + 1] != ")":
        return False
    caps = [c for c in text[member.start:member.end] if c.isupper()]
    initials = [w[0] for w in re.findall(r"[A-Za-z]+", text[max(0, head_end - 80):head_end])][-len(caps):]
    return len(caps) >= 2 and initials == caps  # capitalized words: the acronym's definition decides the name



CAPITAL_WORD = re.compile(r"\s+([A-Z][a-z]+)(?![\w-])")  # " Mandarin"
LOWER_WORD = re.compile(r"\s+([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?![\w-])")  # " diffusion", " text-to-image"


@dataclass(frozen=True)
class Head:
    """A head noun after a name: its label, where it ends, whether it follows the name right away, and
    whether it is plural."""

    label: str
    end: int
    adjacent: bool
    plural: bool


def head_after(text: str, pos: int, pat: Patterns) -> Head | None:
    """The head noun of the model, method or dataset kind that a name ending at ``pos`` modifies, with up
    to two lower-case modifiers between ("QRX diffusion model", "Lantern algorithm", "BASE layers"), and after a
    capitalized common word (a language's name or the like) a data set's ("Zorb600 Mandarin singing voice dataset"); a
    modifier is no function word nor participle ("GPT-4 generated data": the name is no head's modifier).

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> pat = load_patterns()
        >>> h = head_after("the QRX diffusion model for", 7, pat)
        >>> (h.label, h.end, h.adjacent)
        ('Model', 23, False)
        >>> head_after("the Zorb pretrained model", 8, pat) is None
        True
        >>> head_after("the Zorb600 Mandarin singing voice dataset", 11, pat).label
        'Dataset'
    """
    common = CAPITAL_WORD.match(text, pos)
    if common is not None and common.group(1).casefold() not in pat.generic:
        common = None  # "the Zorb Quill model": no common word to pass
    if common is not None:
        pos = common.end()
    for k in range(3):
        m = LOWER_WORD.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        label = _head_word(word, pat) or head_label(word, pat)
        if label is not None and common and not pat.cues["spelled_data_head"].fullmatch(word):
            return None  # "ZorbASR Mandarin test set results": past a capitalized word only a data set's own head
        if label is not None:
            return Head(label, m.end(1), k == 0, _head_word(word, pat) is None)
        if word in STOP_WORDS or word.endswith("ed"):
            return None
        pos = m.end()
    return None


def _head_word(word: str, pat: Patterns) -> str | None:
    """MODEL or DATASET when ``word`` is a singular head word of that kind."""
    lex = pat.lexicon
    if word in lex.dataset_heads:
        return DATASET
    return MODEL if word in lex.own_heads else None
