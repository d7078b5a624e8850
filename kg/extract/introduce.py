"""One introduce mechanism: an own-work verb, its object noun phrase read from tokens, and the names it gives.

"We propose a test-time tuning (TTX) paradigm for vision models, namely Zorb": the verb is the ``introduce``
cue (the paper's voice: "we", "this paper"); the object phrase is read token by token after it (determiner,
modifiers, a parenthesized short form, any head noun: "paradigm"); then a modifier the phrase opens ("for
vision models") and the link that hands the phrase to a name ("namely", "called", a colon list, a
parenthesis, an apposition comma). A name inside the phrase itself ("a new Zorb encoder") is its object too.
The words that stop the reading (``object_blocker``: "which", "than", "using", ...; ``object_verb`` in the
object itself: "and train") are whole tokens of the gap between verb and name, never parts of words
("fine-tuning" is no "tuning").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.base import Patterns, last_match

TOKEN = re.compile(r"i\.e\.|e\.g\.|\d{1,3}(?:,\d{3})+|\w[\w\-'’+]*(?:\.\d[\w\-]*)*|[^\w\s]")  # a word
# ("fine-tuning", "v1.5", "1,140", "i.e.") or one mark
LIST_MARK = frozenset({",", "(", ")", "'", "\"", "“", "”", "‘", "’"})  # what may join the items of a named list
PHRASE_MARK = frozenset({",", "'", "\"", "“", "”", "‘", "’", "-", "/", "&", "+"})  # inside an object phrase
APPOSITION_SPAN = 80  # characters a modifier may take before an apposition comma gives its name


class Reach(NamedTuple):
    """How an object phrase reaches a name: its head noun ("" when the name is the object) and the link
    ("object": the name is in the phrase; "named": after "namely", "called", a colon; "paren"; "apposition";
    "defined": spelled out and defined in the phrase's modifier)."""

    head: str
    link: str


def object_reach(pat: Patterns, gap: str, defined: bool = False) -> Reach | None:
    """How the object phrase opening ``gap`` (the text from an introduce verb to a name) reaches the name.

    None when a whole token of ``object_blocker`` stands in the way, the verb takes no noun phrase
    ("propose to use", "propose fine-tuning X"), or the name sits in the phrase's own modifier with no link
    ("a method for fine-tuning Zorb"). ``defined``: the gap ends where the text spells the name out before
    defining it in parentheses; such a name is the paper's in the phrase's own modifier too ("two methods to
    learn wren language models (WLMs)").

    Examples (with the project's patterns):
        >>> from kg.extract.base import load_patterns
        >>> p = load_patterns()
        >>> object_reach(p, " a test-time tuning (TTX) paradigm for vision models, namely ")
        Reach(head='paradigm', link='named')
        >>> object_reach(p, " an efficient fine-tuning framework with two novel approaches: A (a) and ")
        Reach(head='framework', link='named')
        >>> object_reach(p, " a method for fine-tuning "), object_reach(p, " a model that beats ")
        (None, None)
    """
    cues = pat.cues
    toks = TOKEN.findall(gap)
    if toks and toks[0].endswith("ing") and toks[0].islower():
        return None  # "we propose fine-tuning X", "we introduce using X": a verb, no noun phrase
    head, words, depth, modifier, commas, article = "", 0, 0, False, 0, False
    for i, tok in enumerate(toks):
        if tok == "(":
            depth += 1
            continue
        if tok == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue  # "a test-time tuning (TTX) paradigm": a short form defined inside the phrase
        low = tok.casefold()
        if cues["object_blocker"].fullmatch(low) or tok in ".;!?[]" or (
                not modifier and cues["object_verb"].fullmatch(low)):
            return None  # "we collect tweets and train Zorb": a verb ends the object (not "a way to train")
        result = cues["object_result"].fullmatch(low)  # "improvements to the X method, giving Zorb"
        if tok == ":" or result or cues["object_link"].fullmatch(low):
            if (words == 0 and tok == ":") or (article and not result):
                return None  # not "we build a detector on a popular benchmark, namely Zorb": the link names
                # the modifier's own noun phrase
            return _named_list(pat, toks[i + 1:], head)
        if cues["object_opener"].fullmatch(low):
            if words == 0:
                return None  # "we propose to fine-tune X"
            modifier = True
            article = i + 1 < len(toks) and bool(cues["object_article"].fullmatch(toks[i + 1].casefold()))
            continue
        if tok in PHRASE_MARK:
            commas += int(modifier and tok == ",")
            continue
        if not modifier:
            head, words = tok, words + 1
    if modifier:
        if (gap.rstrip().endswith(",") and commas == 1 and not depth and len(gap) <= APPOSITION_SPAN
                and cues["object_new"].fullmatch(toks[0].casefold())):
            return Reach(head, "apposition")  # "we introduce a benchmark for legal reasoning, LexHarbor,"; not
            # "we report accuracy on two benchmarks, Zorb and Quib" (the modifier's), nor a name past the comma
            # that closes the modifier ("a dataset for training, and test on Zorb, Quib")
        return Reach(head, "defined") if defined else None  # not "we evaluate our proposed model on four
        # tasks (Zorb, ...)"
    return Reach(head, "paren" if depth else "object")  # "we propose a new model (Zorb)", "we propose Zorb",
    # "we present a new Zorb encoder", "we present A, B and C"


def _named_list(pat: Patterns, toks: list[str], head: str) -> Reach | None:
    """The reach of a name after a naming link, past the items of a list before it ("namely A, B and ")."""
    cues = pat.cues
    for tok in toks:
        low = tok.casefold()
        if (cues["object_blocker"].fullmatch(low) or cues["object_opener"].fullmatch(low)
                or tok in ".;:!?[]" or (not tok[0].isalnum() and tok not in LIST_MARK)):
            return None
    return Reach(head, "named")


def own_verb(pat: Patterns, lead: str) -> int | None:
    """The end of the last own-work introduce verb in ``lead`` (a sentence up to a name), or None: the
    ``introduce`` cue ("we propose", "this paper presents"), or a verb joined by "and" to a clause in the
    paper's voice ("We collect ... and build", "Our core idea is to ..., and propose")."""
    verb = last_match(pat.cues["introduce"], lead)
    joined = last_match(pat.cues["intro_coordinated"], lead)
    if joined is not None and (verb is None or joined > verb) and pat.cues["own_voice"].search(lead, 0, joined):
        return joined
    return verb


def introduced_object(pat: Patterns, lead: str, defined: bool = False) -> Reach | None:
    """How an own-work introduce verb in ``lead`` (a sentence up to a name) reaches the name, or None
    (``defined`` as for ``object_reach``)."""
    verb = own_verb(pat, lead)
    return None if verb is None else object_reach(pat, lead[verb:], defined)


def data_head(pat: Patterns, head: str) -> bool:
    """Whether an object phrase's head noun says data ("dataset", "benchmarks", "corpus")."""
    low = head.casefold()
    return low in pat.lexicon.dataset_heads or low.removesuffix("s") in pat.lexicon.dataset_heads
