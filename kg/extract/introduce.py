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

from kg.extract.base import Patterns, kept, last_match

TOKEN = re.compile(r"i\.e\.|e\.g\.|\d{1,3}(?:,\d{3})+|\w[\w\-'’+]*(?:\.\d[\w\-]*)*|[^\w\s]")  # a word
# ("fine-tuning", "v1.5", "1,140", "i.e.") or one mark
LIST_MARK = frozenset({",", "(", ")", "'", "\"", "“", "”", "‘", "’"})  # what may join the items of a named list
PHRASE_MARK = frozenset({",", "'", "\"", "“", "”", "‘", "’", "-", "/", "&", "+"})  # inside an object phrase
APPOSITION_SPAN = 100  # characters a modifier may take before an apposition comma gives its name
LEADS_KEPT = 4096  # answers about sentence leads kept (components ask about the same lead again)


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
    head, words, depth, modifier, commas, article, apposed, named = "", 0, 0, False, 0, False, False, False
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
        if _blocker(pat, toks, i) or tok in ".;!?[]" or (not modifier and cues["object_verb"].fullmatch(low)):
            return None  # "we collect tweets and train Zorb": a verb ends the object (not "a way to train")
        result = cues["object_result"].fullmatch(low)  # "improvements to the X method, giving Zorb"
        if tok == ":" or result or cues["object_link"].fullmatch(low):
            if (tok == ":" and modifier and i >= 2 and cues["colon_task_head"].fullmatch(toks[i - 1].casefold())
                    and cues["object_count"].fullmatch(toks[i - 2].casefold())):
                return None  # "a dataset with annotations across four tasks: 1) Image Forgery Classification, ...":
                # the colon lists the modifier's counted tasks, not what the phrase's head names
            last = toks[i - 1].casefold().removesuffix("s")
            counted = (tok == ":" and head.endswith("s") and bool(cues["object_count"].fullmatch(toks[0].casefold()))
                       and last not in pat.lexicon.dataset_heads and last not in pat.lexicon.model_heads)
            if (words == 0 and tok == ":") or (article and not result and not counted) or (
                    tok == ":" and head[:1].isupper()):
                return None  # not "we build a detector on a popular benchmark, namely Zorb": the link names
                # the modifier's own noun phrase (but "two approaches for learning in these domains: A and B" names
                # the counted head's members, unless the modifier ends in data or models: "two detectors for the
                # benchmarks:", "two extensions of the classic models:"); not "We present Zorb: Language Models for
                # ...": a colon after a name opens its description
            return _named_list(pat, toks[i + 1:], head)
        if cues["object_opener"].fullmatch(low):
            if words == 0:
                return None  # "we propose to fine-tune X"
            modifier = True
            article = i + 1 < len(toks) and bool(cues["object_article"].fullmatch(toks[i + 1].casefold()))
            continue
        if tok in PHRASE_MARK:
            commas += int(modifier and tok == ",")
            apposed = apposed or (tok == "," and not modifier)
            continue
        named = named or (apposed and tok[:1].isupper() and head[:1].islower())
        if not modifier and not named:
            head, words = tok, words + 1  # "a new dataset, Watch and Quill (WaQ)": the capitalized long form after
            # the comma is the name, the head stays "dataset"
    if modifier:
        dashed = gap.rstrip().endswith("\u2014") and commas == 0  # "an effective algorithm for small targets——X"
        if ((gap.rstrip().endswith(",") and commas == 1 or dashed) and not depth and len(gap) <= APPOSITION_SPAN
                and (cues["object_new"].fullmatch(toks[0].casefold()) or cues["object_new_lead"].match(gap)
                     or (head.endswith("s") and cues["model_heads"].fullmatch(head)))):
            return Reach(head, "apposition")  # "we introduce a benchmark for legal reasoning, LexHarbor,", "the
            # first large-scale collection of retrieval datasets, BERRI,", an em dash's "——YOLO-Pest", "we release
            # pretrained language models for Korean, KLUE-BERT" (models in the plural, no article); not
            # "we report accuracy on two benchmarks, Zorb and Quib" (the modifier's), nor a name past the comma
            # that closes the modifier ("a dataset for training, and test on Zorb, Quib")
        if defined and not cues["derivation_of"].search(gap):
            return Reach(head, "defined")  # not "we introduce an improved version of the Zorb Model (ZM)": the
            # name a derivation's modifier spells out is the parent's
        return None  # not "we evaluate our proposed model on four tasks (Zorb, ...)"
    return Reach(head, "paren" if depth else "object")  # "we propose a new model (Zorb)", "we propose Zorb",
    # "we present a new Zorb encoder", "we present A, B and C"


def _blocker(pat: Patterns, toks: list[str], i: int) -> bool:
    """Whether the token ``toks[i]`` stops an object phrase: a word of ``object_blocker``, the first of a pair of
    ``object_blocker_pair`` ("such as"; not "such" alone: "a method for training such networks, X,"), or a participle
    of use (``object_participle``) whose own object the name is."""
    cues, low = pat.cues, toks[i].casefold()
    if (low in pat.suffixes and low.endswith("ed") and 0 < i < len(toks) - 1 and toks[i - 1][:1].isupper()
            and not cues["object_opener"].fullmatch(toks[i + 1].casefold())):
        return False  # "our BERT based German models, GBERT": a hyphen-less compound participle, not "based on"
    if cues["object_participle"].fullmatch(low):
        rest = toks[i + 1:]  # "two applications leveraging X": X is what they use, unless the name follows the
        # participle's phrase in apposition ("a retriever leveraging dense embeddings, Zorb") or in parentheses
        # after plain words ("an architecture employing gated convolutions (Zorb)"; not after a spelled-out name)
        if "," in rest or ":" in rest:
            return False
        if "(" in rest:
            return all(t[:1].isupper() or t.casefold() in pat.lexicon.function_words for t in rest[:rest.index("(")])
        return True
    return bool(cues["object_blocker"].fullmatch(low) or (
        i + 1 < len(toks) and cues["object_blocker_pair"].fullmatch(f"{low} {toks[i + 1].casefold()}")))


def _named_list(pat: Patterns, toks: list[str], head: str) -> Reach | None:
    """The reach of a name after a naming link, past the items of a list before it ("namely A, B and "; "modules:
    A, doing x; B, doing y; and ": items described between semicolons)."""
    cues = pat.cues
    if ";" in toks:  # "modules: A, doing x; B, doing y; and ": each item opens its own described part
        cut = len(toks) - toks[::-1].index(";")
        parts = [part.split() for part in " ".join(toks[:cut - 1]).split(" ; ")]
        if not all(len(part) > 2 and part[0][:1].isupper() and part[1] == "," for part in parts):
            return None  # each part "Name, what it does"; not "(1) Training strategy: We devise ...; (2) "
        toks = toks[cut:]
    for i, tok in enumerate(toks):
        low = tok.casefold()
        if (_blocker(pat, toks, i) or cues["object_opener"].fullmatch(low)
                or tok in ".;:!?[]" or (not tok[0].isalnum() and tok not in LIST_MARK)):
            return None
    return Reach(head, "named")


@kept(LEADS_KEPT)
def parts_reach(pat: Patterns, lead: str) -> Reach | None:
    """How a list of parts reaches the name that ends ``lead`` (a sentence up to a name), or None.

    The phrase opens with a count after a verb of having ("consists of two modules: A and ", "has three
    parts, i.e., ", "with two novel approaches: ") or with a word saying new ("adopts new components including
    "); any words up to the head noun follow, then a link (a colon, "namely", "i.e.", a comma before capitalized
    items; "including", "such as" only after a word saying new) and the items before the name. The head is
    read, not looked up ("stages", "approaches", "innovations"). None when the sentence opens with others' work
    (``others_lead``: "Existing detectors consist of two parts:") or compares before the phrase.

    Examples (with the project's patterns):
        >>> from kg.extract.base import load_patterns
        >>> p = load_patterns()
        >>> parts_reach(p, "The encoder consists of two key innovations: 1) ")
        Reach(head='innovations', link='named')
        >>> parts_reach(p, "Prior detectors consist of two parts: "), parts_reach(p, "It has two heads for ")
        (None, None)
    """
    cues = pat.cues
    if cues["others_lead"].search(lead):
        return None
    toks = TOKEN.findall(lead)
    opens = [(i + 1, False) for i, tok in enumerate(toks) if cues["parts_count"].fullmatch(tok.casefold())
             and cues["parts_verb"].search(" ".join(toks[max(0, i - 3):i]) + " ")]
    opens += [(i, True) for i, tok in enumerate(toks) if cues["parts_new"].fullmatch(tok.casefold())]
    own = cues["own_voice"].search(lead) is not None
    for start, new in sorted(opens, reverse=True):
        others = not own and cues["others_many_before"].search(" ".join(toks[max(0, start - 3):start]) + " ")
        if cues["compare_gap"].search(" ".join(toks[:start])):
            continue  # "we compare X with six approaches, A, B and C": the compared, not parts
        head = ""
        for i in range(start, len(toks)):
            tok, low = toks[i], toks[i].casefold()
            if cues["known_kind_word"].fullmatch(low):
                new = False  # "the proposed and some well-known networks, such as X": others' examples
            two = low + " " + toks[i + 1].casefold() if i + 1 < len(toks) else low
            link = cues["parts_link"].fullmatch(low) or cues["parts_link"].fullmatch(two) or (
                (cues["example_link"].fullmatch(low) or cues["example_link"].fullmatch(two)) if new and not others
                else None)  # examples of a class are parts only when new: "new ops such as X"; not "six
            # approaches, including X", nor, in others' voice, "has fueled a wealth of new models such as X"
            if head and (tok == ":" or link) and _metric_head(pat, head):
                break  # "we evaluate with three metrics: BLEU, ROUGE and X": measures, not parts of the work
            if head and (tok == ":" or link):
                rest = toks[i + (2 if link and " " in link.group() else 1):]
                while rest and (rest[0] in ",()" or cues["parts_link"].fullmatch(rest[0].casefold())
                                or cues["list_enumerator"].fullmatch(rest[0].casefold())
                                or cues["object_article"].fullmatch(rest[0].casefold())):
                    rest = rest[1:]  # ", i.e., (i) ", ": 1) "
                return _named_list(pat, rest, head)
            if tok == "," and head and _items(pat, toks[i + 1:]):
                if _metric_head(pat, head):
                    break
                return Reach(head, "named")  # "consists of two modules, Echo Mixing and "
            if tok in PHRASE_MARK:
                continue
            if (not tok[0].isalnum() or _blocker(pat, toks, i)
                    or cues["object_opener"].fullmatch(low) or cues["object_verb"].fullmatch(low)):
                break  # "has two heads for ...": the phrase ends with no link
            head = tok
    return None


def _metric_head(pat: Patterns, head: str) -> bool:
    """Whether a list's head noun names measures ("metrics", "scores"), singular or plural."""
    low = head.casefold()
    return low in pat.lexicon.metric_heads or low.removesuffix("s") in pat.lexicon.metric_heads


def _items(pat: Patterns, toks: list[str]) -> bool:
    """Whether ``toks`` are the items of a list of names before the next one: none, or a capitalized word first,
    then capitalized words, marks, "and" ("Echo Mixing (EM), "; not "we train", nor "and" alone)."""
    return (not toks or toks[0][0].isupper() or toks[0][0].isdigit()) and all(
        tok in LIST_MARK or tok[0].isupper() or tok[0].isdigit() or pat.cues["list_and"].fullmatch(tok) for tok in toks)


@kept(LEADS_KEPT)
def own_verb(pat: Patterns, lead: str) -> int | None:
    """The end of the last own-work introduce verb in ``lead`` (a sentence up to a name), or None: the
    ``introduce`` cue ("we propose", "this paper presents"), or a verb joined by "and" to a clause in the
    paper's voice ("We collect ... and build", "Our core idea is to ..., and propose"), a gerund after "by"
    in it ("we validate X by developing the Zorb dataset"), or a purpose after using something ("We use this
    theory to introduce three algorithms")."""
    verb = last_match(pat.cues["introduce"], lead)
    for cue in ("intro_coordinated", "intro_by_gerund", "intro_purpose"):
        joined = last_match(pat.cues[cue], lead)
        if joined is not None and (verb is None or joined > verb) and pat.cues["own_voice"].search(lead, 0, joined):
            return joined
    return verb


@kept(LEADS_KEPT)
def owned_object(pat: Patterns, lead: str) -> Reach | None:
    """How a noun phrase that "our" opens reaches the name ending ``lead`` through a naming link, or None:
    "Our learned features, namely Zorb"; not "our baseline, namely X" (a blocker), nor a link after a modifier
    ("our results on two benchmarks, namely A and B" name the modifier's noun).

    Examples (with the project's patterns):
        >>> from kg.extract.base import load_patterns
        >>> p = load_patterns()
        >>> owned_object(p, "Our learned features, namely ")
        Reach(head='features', link='named')
        >>> owned_object(p, "Our results on two benchmarks, namely "), owned_object(p, "our baseline, namely ")
        (None, None)
        >>> owned_object(p, "Our kernels, called Rocket, train a ")  # the link named Rocket, not what follows

    """
    start = last_match(pat.cues["own_determiner"], lead)
    if start is None:
        return None
    toks = TOKEN.findall(lead[start:])
    reach = object_reach(pat, lead[start:])
    links = [i for i, tok in enumerate(toks) if pat.cues["object_link"].fullmatch(tok.casefold())]
    if reach is None or reach.link != "named" or ":" in toks or not links or any(
            pat.cues["object_opener"].fullmatch(tok.casefold()) for tok in toks):
        return None  # "Our approach is simple: we fine-tune X": no naming word links the phrase to X
    if any(tok[0].isalnum() for tok in toks[links[-1] + 1:]):
        return None  # "Our kernels, called RocBlocks, train a X": the link named another name before this one
    return reach


def introduced_object(pat: Patterns, lead: str, defined: bool = False) -> Reach | None:
    """How an own-work introduce verb in ``lead`` (a sentence up to a name) reaches the name, or None
    (``defined`` as for ``object_reach``)."""
    verb = own_verb(pat, lead)
    return None if verb is None else object_reach(pat, lead[verb:], defined)


@kept(LEADS_KEPT)
def introduced_name(pat: Patterns, lead: str) -> Reach | None:
    """How the paper introduces the name that follows ``lead`` (its sentence up to the name), or None: the
    object of an own-work verb or a name its object phrase links to ("We propose Batched Echo Pruning for",
    "we collect data and propose Echo Pruning Ratio,"), an item of a new parts list ("a new pooling operator,
    Keystone Pooling,"), a name after a naming verb or "our new" ("called Gated Echo Pooling", "our new Echo
    Mixer"), or the complement of an own-core statement ("At the heart of our method is Echo Pooling"). Not
    the bare object of a verb that does not coin (``coin_verb``): "We report Mean Average Precision"."""
    cues = pat.cues
    verb = own_verb(pat, lead)
    voice = last_match(cues["own_voice"], lead[:verb]) if verb is not None else None
    if voice is not None and any(cues["subject_break"].fullmatch(tok.casefold())
                                 for tok in TOKEN.findall(lead[voice:verb])):
        verb = None  # "We show that Lin et al. study X and propose Y": another subject's verb
    reach = None if verb is None else object_reach(pat, lead[verb:])
    if reach is not None and reach.link == "object" and not cues["coin_verb"].fullmatch(
            lead[:verb].split()[-1].casefold()):
        reach = None  # "We report Mean Average Precision": a name as the bare object only of a verb that coins
    reach = reach or parts_reach(pat, lead)
    if reach is not None:
        return reach
    our = last_match(cues["own_determiner"], lead)
    fresh = TOKEN.findall(lead[our:]) if our is not None else []
    if (cues["naming_verb"].search(lead[-40:]) or cues["own_core_before"].search(lead[-80:])
            or (fresh and all(cues["parts_new"].fullmatch(tok.casefold()) for tok in fresh))):
        return Reach("", "named")
    return None


def data_head(pat: Patterns, head: str) -> bool:
    """Whether an object phrase's head noun says data ("dataset", "benchmarks", "corpus")."""
    low = head.casefold()
    return low in pat.lexicon.dataset_heads or low.removesuffix("s") in pat.lexicon.dataset_heads
