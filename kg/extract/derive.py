"""One derivation reading: a predicate, its parent noun phrase and its child, read from the tokens of a clause.

"Zorb extends Quill", "Zorb, a lightweight variant of Quill", "We distill Quill into Zorb", "Zorb is
fine-tuned from a pre-trained Quill checkpoint", "an extension of a prior motion planner, Quill". The
predicate is a verb stem with its inflections or a noun (``derive.json``: "extend", "build on", "distill
from/into", "variant of"); the parent is the model a noun phrase after its link names, read token by token
(an article and modifiers, the name, a generic head with the name in apposition, names joined by "and",
","); the child is the introduced model the clause is about: the name before the predicate past only
bridge words ("which is also built on"), or the paper's own model when "we" acts. A result preposition
("into"), a role ("Quill serves as the backbone of Zorb") and a seeding verb ("Quill weights are used to
initialize Zorb") turn the direction round. Whole-token breaks ("unlike", "than", "outperforms") end a clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from kg.extract.base import CACHE_SIZE, Mention, Patterns, kept
from kg.extract.introduce import TOKEN, own_verb
from kg.model import MODEL
from kg.names import is_generic

CLAUSE_ENDS = frozenset(".;:!?[]")  # marks no phrase or clause reads past
OPENERS = frozenset(",(")  # marks that open an apposition: "Zorb, a variant of", "Zorb (a Quill derivative)"


class Item(NamedTuple):
    """A word of a sentence (``low``: folded) or a model's name (``name``: its mention, ``low`` "")."""

    low: str
    start: int
    end: int
    name: int | None = None


ROLE_SAID = "role-said"  # the rule of a role said of a parent ("Quill serves as our base model"): a text cue, unless
# the child is a procedure run on models, whose base model is its workload (``kg.extract.builds_on``)


class Derivation(NamedTuple):
    """A child mention built on a parent mention, and the rule that read it."""

    child: int | None  # None: a parent whose child is none of the paper's models
    parent: int
    rule: str


def items(text: str, span: tuple[int, int], mentions: list[Mention]) -> list[Item]:
    """The sentence ``span`` as words and model names; a name glued to a word ("Quill-style", "Quill-based")
    is a word, no name of a model."""
    ss, se = span
    names = sorted((j for j, m in enumerate(mentions) if m.label == MODEL and ss <= m.start < m.end <= se),
                   key=lambda j: (mentions[j].start, -mentions[j].end))
    out: list[Item] = []
    at, k = ss, 0
    while at < se:
        while k < len(names) and mentions[names[k]].start < at:
            k += 1
        nxt = mentions[names[k]].start if k < len(names) else se
        for tok in TOKEN.finditer(text, at, nxt):
            out.append(Item(tok.group().casefold(), tok.start(), tok.end()))
        if k == len(names):
            break
        m = mentions[names[k]]
        glued = m.end < se and (text[m.end].isalnum() or (text[m.end] == "-" and text[m.end + 1:m.end + 2].isalpha()))
        glued = glued or (m.start > ss and (text[m.start - 1].isalnum() or text[m.start - 1] == "-"))
        if glued:
            tok = TOKEN.match(text, m.start)
            end = max(m.end, tok.end() if tok else m.end)
            out.append(Item(text[m.start:end].casefold(), m.start, end))
            at = end
        else:
            out.append(Item("", m.start, m.end, names[k]))
            at = m.end
        k += 1
    return out


class Predicate(NamedTuple):
    """A derivation predicate's word: its kind ("verb" | "noun"), link prepositions and stem (or noun)."""

    kind: str
    links: list[str]
    stem: str


@kept(CACHE_SIZE)
def _predicate(d: dict, low: str) -> Predicate | None:
    """The derivation predicate ``low`` is a word of, or None (answers kept: every word of a sentence naming a
    model is asked)."""
    if low in d["nouns"]:
        return Predicate("noun", d["nouns"][low], low)
    verbs, endings = d["verbs"], d["endings"]
    stems = [low[:n] for n in range(max(0, len(low) - max(map(len, endings))), len(low) + 1)
             if low[:n] in verbs and low[n:] in endings]  # a stem is the word less one of its endings
    if not stems:
        return None
    order = list(verbs) if len(stems) > 1 else stems
    stem = min(stems, key=order.index)  # the first stem of the data that fits
    return Predicate("verb", verbs[stem], stem)


def _opens_clause(d: dict, low: str) -> bool:
    """Whether ``low`` is a predicate that ends a noun phrase before it ("adapts Quill"), not a participle
    that modifies one ("a pre-trained Quill", "a pruned Quill")."""
    pred = _predicate(d, low)
    return pred is not None and pred.stem not in d["modifiers"]


def _owned(d: dict, its: list[Item], k: int) -> bool:
    """Whether the phrase opening at ``its[k]`` is what a model owns and passes on: "the architecture of Quill",
    "Quill's encoder", "the pretrained weights of Quill"; not "Quill's tokenizer"."""
    k += k < len(its) and its[k].low in d["articles"]
    k += k < len(its) and its[k].name is None and (pred := _predicate(d, its[k].low)) is not None and (
        pred.stem in d["modifiers"])  # "the pretrained weights of Quill"
    if k + 2 < len(its) and its[k].name is not None and its[k + 1].low in ("'", "\u2019") and its[k + 2].low == "s":
        k += 3
        return k < len(its) and its[k].low in d["owned_only"]["bases"]
    return _owned_of(d, its, k, d["owned_only"]["bases"]) is not None


def _owned_of(d: dict, its: list[Item], k: int, bases: list[str] | None = None) -> int | None:
    """The index after "of" when the words at ``its[k]`` are an owned base and "of" ("weights of", "the base
    and large architectures of": up to three modifiers, joined by "and" or commas, before the base), else None."""
    bases = d["owned_bases"] if bases is None else bases
    for j in range(k, min(k + 5, len(its) - 1)):
        if (its[j].low in bases or its[j].low.removesuffix("s") in bases) and its[j + 1].low == "of":
            return j + 2
        if its[j].name is not None or not (_word(its[j].low) or its[j].low == ",") or (
                its[j].low in d["phrase_stops"] and its[j].low != "and") or j - k > 3:
            return None
    return None


def _model_head(pat: Patterns, word: str) -> bool:
    """Whether ``word`` (folded) is a head noun of a model ("encoder", "checkpoints", "backbone")."""
    lex = pat.lexicon
    return any(w in lex.model_heads or w in lex.list_model_heads for w in (word, word.removesuffix("s")))


def _word(low: str) -> bool:
    """Whether ``low`` is a word of letters ("sampling-based"), no name, number or mark."""
    return low.replace("-", "").isalpha()


def _link(d: dict, its: list[Item], k: int, links: list[str]) -> tuple[str, int] | None:
    """The link preposition (longest first) at ``its[k]`` and the index after it."""
    for prep in sorted((p for p in links if p), key=len, reverse=True):
        words = prep.split()
        if [it.low for it in its[k:k + len(words)]] == words:
            return prep, k + len(words)
    return None


def _phrase(pat: Patterns, its: list[Item], k: int, apposed: bool = False) -> tuple[list[int], int]:
    """The models a noun phrase opening at ``its[k]`` names, and the index after it: an article and
    modifiers ("a pre-trained"), the name, a generic head ("Quill encoder"), and names coordinated with it
    ("Quill, Brio and Tarn"; not "Quill, and Brio, tuned from" nor "Quill, and Brio is": a member a clause follows
    opens that clause).
    A name may stand in apposition to a generic head ("a prior motion planner, Quill"), unless a ``rival``
    modifier makes the head a rival ("the popular detector, Quill"); unless ``apposed``, only a name the
    clause goes on past ("the detector, Quill, with"; not "the detector, Quill is trained"). A name in the
    complement of another head ("the findings of Quill") or a modifier of a head that names no model ("the
    Quill features") is none of the phrase's."""
    d = pat.derive
    names: list[int] = []
    words, rival, earlier = 0, False, False
    if k < len(its) and its[k].name is None and its[k].low in d["phrase_stops"]:
        return [], k  # "extends beyond Quill"
    while k < len(its):
        it = its[k]
        if it.name is not None:
            names.append(it.name)
            k += 1 + (k + 1 < len(its) and its[k + 1].low == ")" and its[k - 1].low == "(")  # "Model (QCM) and"
            if k + 2 < len(its) and its[k].low == "(" and its[k + 2].low == ")" and its[k + 1].name is None:
                k += 3  # "QuillNet (QN) and": an alias in parentheses
            first, listed, closed = k, [], False  # "Quill, Brio and Tarn"; not "on Quill, Brio is": a list
            # ends in "and"
            while not closed and k + 1 < len(its) and its[k].low in (",", "and", "or"):
                closed = its[k].low != "," or its[k + 1].low in ("and", "or")
                j = k + 1 + (its[k].low == "," and its[k + 1].low in ("and", "or"))
                j += j < len(its) and its[j].low in d["articles"]
                if (not closed and j + 1 < len(its) and its[j].name is None and its[j + 1].low in (",", "and")
                        and is_generic(its[j].low)):
                    k = j + 1  # "BiLSTM, GNN, WaveNet and ResNet": a kind listed among the names, no name
                    continue
                if j >= len(its) or its[j].name is None:
                    break
                listed.append(its[j].name)
                k = j + 1
            if closed and not (k + 1 < len(its) and its[k].low == "," and (
                    _opens_clause(d, its[k + 1].low) or its[k + 1].low in d["bridge"])) and not (
                    k < len(its) and its[k].low in d["copula"]):  # "from Quill, and Brio is ...": Brio opens a clause
                names += listed
            else:
                k = first
            head = ""
            if k + 1 < len(its) and its[k].low in ("'", "\u2019") and its[k + 1].low == "s":
                k += 2  # "enhances Quill's answers": the phrase's head is what the name owns
                if k < len(its) and its[k].low in d["owned_bases"]:
                    return names, k + 1  # "fine-tuned from Quill's weights": Quill is the base
            while k < len(its) and its[k].name is None and its[k].low.isalpha() and its[k].low not in (
                    *d["phrase_stops"], *d["breaks"], *d["bridge"]) and not _opens_clause(d, its[k].low) \
                    and words < d["max_modifiers"]:
                head, k, words = its[k].low, k + 1, words + 1  # "the Quill vision encoder": the name's head
            if head and _model_head(pat, head) and k + 1 < len(its) and its[k].low == "and":
                more, end = _phrase(pat, its, k + 1)  # "the Quill visual encoder and Brio-7B models": a second
                if more:  # phrase joined to a headed one
                    return names + more, end
            return (names if not head or _model_head(pat, head) else []), k  # not "the Quill features"
        low = it.low
        if words and low in d["naming"] and k + 1 < len(its):
            k += 1 + (its[k + 1].low == "as")  # "a variance reduction method known as Quill": the name is the head's
            continue
        if (after_of := _owned_of(d, its, k)) is not None:
            return _phrase(pat, its, after_of)  # "initialized with the weights of Quill", "the base and large
            # architectures of Quill": Quill is the base
        if words and not (rival or earlier) and (listed := _head_members(pat, d, its, k)) is not None:
            k = listed  # "integrates models such as Quill and Brio", "combines several neural network models,
            continue  # including Quill and Brio": the head's members
        if low in d["breaks"] or low in d["phrase_stops"] or low in d["complements"] or low in CLAUSE_ENDS or (
                _opens_clause(d, low)) or low in d["relative"]:
            return [], k  # not "adapts Quill": another predicate's object; not "based on which Quill is tuned":
            # the relative word stands for the parent named before it
        if low == ",":
            if words and k + 1 < len(its) and its[k + 1].name is not None and not rival and (apposed or (
                    k + 2 >= len(its) or its[k + 2].low in (*CLAUSE_ENDS, ",", ")"))):
                k += 1  # "an extension of a prior motion planner, Quill", "into two students, Zorb and Wren",
                continue  # "extends a recent recognizer, Quill, with" (not "the detector, Quill is trained")
            return [], k
        words += 1
        rival = rival or low in d["rival"]
        earlier = earlier or low in d["examples"]["rivals"]
        if words > d["max_modifiers"]:
            return [], k
        k += 1
    return [], k


def _joined_with(pat: Patterns, its: list[Item], k: int) -> list[int]:
    """The models a phrase after "with" at ``its[k]`` names, past an apposition that opens with an article and a
    comma closes ("Quill, a state space model (SSM), with Brio"; at most twice ``max_modifiers`` items), else none."""
    if k < len(its) and its[k].low == ",":
        close = next((j for j in range(k + 1, min(len(its), k + 2 + 2 * pat.derive["max_modifiers"]))
                      if its[j].low in (",", *CLAUSE_ENDS, *pat.derive["breaks"])), None)
        if close is None or its[close].low != "," or its[k + 1].low not in pat.derive["articles"]:
            return []
        k = close + 1
    if k >= len(its) or its[k].low != "with":
        return []
    return _phrase(pat, its, k + 1)[0]


def _head_members(pat: Patterns, d: dict, its: list[Item], k: int) -> int | None:
    """The index of the first member a model head right before ``its[k]`` lists after a cue of ``examples`` ("models
    such as Quill", "models, including Quill"), else None."""
    if not k or not _model_head(pat, its[k - 1].low):
        return None
    at = k + (its[k].low == ",")
    for cue in d["examples"]["cues"]:
        words = cue.split()
        j = at + len(words)
        if [it.low for it in its[at:j]] == words and j < len(its) and its[j].name is not None:
            return j
    return None


def _apposition_closed(its: list[Item], k: int, found: list[int]) -> bool:
    """Whether the names ``found``, read from ``its[k]`` on, are one name and a second after ", and" (or ", or"):
    in an apposition on a child ("Y, tuned from X, and Z") that comma closes the apposition; "Y, tuned from A,
    B, and C" lists three parents."""
    first = next(i for i in range(k, len(its)) if its[i].name == found[0])
    return first + 2 < len(its) and its[first + 1].low == "," and its[first + 2].low in ("and", "or")


def _child(pat: Patterns, d: dict, text: str, span: tuple[int, int], its: list[Item], k: int, noun: bool,
           active: bool = False, possessive: bool = False) -> tuple[int | None, bool, int]:
    """The child named before the predicate at ``its[k]``: (its mention, False, its index), or (None, True, -1)
    when "we" act (the paper's own model), or (None, False, -1). Only bridge words stand between ("Zorb,
    which is also built on"); a comma only right before the predicate or a relative word ("Zorb, tuned from",
    "Zorb, which"; an ``active`` verb with its object only before a relative word), not after an aside
    ("Zorb, unlike Brio, is"). A noun predicate may have an article,
    modifiers and a copula or an apposition comma before it ("Zorb is a lightweight variant of", "Zorb, a
    variant of"), or a ``possessive`` name in the article's place ("Zorb is Quill's successor"); "We
    propose a variant of" is the paper's."""
    j = k - 1
    if noun and not possessive:
        while j >= 0 and its[j].name is None and (_word(its[j].low) or its[j].low == ",") \
                and its[j].low not in d["articles"] and its[j].low not in d["copula"] \
                and its[j].low not in d["breaks"] and k - j <= d["max_modifiers"]:
            j -= 1  # "an informed, asymptotically-optimal extension of"
        if j < 0 or its[j].low not in d["articles"]:
            return None, False, -1
        verb = own_verb(pat, text[span[0]:its[j].start])
        if verb is not None and not text[span[0] + verb:its[j].start].strip():
            return None, True, -1  # "We propose a variant of Quill"
        j -= 1
    if noun:
        if j < 0 or its[j].low not in (",", "(", *d["copula"]):
            return None, False, -1
        k = j + (its[j].low in OPENERS)  # "Zorb, a variant of", "Zorb (a Quill derivative)", "Zorb is Quill's"
        j -= its[j].low not in OPENERS
    while j >= 0 and (its[j].low in d["bridge"] or (its[j].low in OPENERS and (
            (j == k - 1 and not active) or its[j + 1].low in d["relative"]))):
        j -= 1
    if noun and j >= 2 and its[j].low == ")" and its[j - 1].name is not None and its[j - 2].low == "(":
        j -= 1  # "Zorb Optimization (ZO), a principled extension to": the name in parentheses
    if j < 0:
        return None, False, -1
    if _subject_apposition(d, its, j):
        return its[j - 1].name, False, j - 1  # "The student, Zorb, is distilled from": the subject's name
    apposed = _apposed_name(d, its, j) if its[j + 1].low in d["relative"] else None
    if apposed is not None:  # "Zorb, a detection framework that integrates Quill": Zorb's clause
        return its[apposed].name, False, apposed
    if its[j].name is not None and active and j and not (
            j + 2 < len(its) and its[j + 1].low == "," and its[j + 2].low in d["relative"]):
        return None, False, -1  # "fine-tuning with Brio adapts Quill": the verb's subject opens the sentence
        # or a relative clause ("Zorb extends Quill", "Zorb, which extends Quill")
    if its[j].name is not None:
        return its[j].name, False, j
    owner = _part_owner(d, its, j)
    if owner is not None:  # "Zorb's architecture integrates", "Zorb uses a backbone built on"
        return its[owner].name, False, owner
    headed = _headed_name(pat, d, its, j)
    if headed is not None:  # "The Zorb model is initialized from", "the weights of a Zorb model are tuned from"
        return its[headed].name, False, headed
    return None, its[j].low in d["own"], -1


def _subject_apposition(d: dict, its: list[Item], j: int) -> bool:
    """Whether the comma at ``its[j]`` closes a name in apposition to the sentence's opening noun phrase ("The
    student, Zorb, is", "Our final model, Zorb, was"): an article or owner, then at most ``max_modifiers`` words."""
    return (2 <= j <= d["max_modifiers"] + 3 and its[j].low == "," and its[j - 1].name is not None
            and its[j - 2].low == "," and its[0].low in d["articles"]
            and all(x.name is None and _word(x.low) and x.low not in d["breaks"] for x in its[1:j - 2]))


def _headed_name(pat: Patterns, d: dict, its: list[Item], j: int) -> int | None:
    """The name before a model head at ``its[j]``, opening the sentence or after an article that opens it or follows
    "PART of": "Zorb model", "The Zorb model", "the parameters of a Zorb model"; else None."""
    k = j - 1
    if k < 0 or its[j].name is not None or its[k].name is None or not _model_head(pat, its[j].low):
        return None
    if k == 0 or (its[k - 1].low in d["articles"] and k == 1):
        return k
    parted = k >= 3 and its[k - 2].low == "of" and its[k - 3].low in d["parts"]
    return k if its[k - 1].low in d["articles"] and parted else None


def _named_after(its: list[Item], end: int) -> int | None:
    """The index of a name alone in parentheses right after a phrase ending at ``its[end]``, or None: the name
    the phrase is given ("a distilled variant of Quill (Zorb)")."""
    if end + 2 < len(its) and its[end].low == "(" and its[end + 1].name is not None and its[end + 2].low == ")":
        return end + 1
    return None


def _apposed_name(d: dict, its: list[Item], j: int) -> int | None:
    """The index of the name a head word at ``its[j]`` stands in apposition to, article and modifiers between
    ("Zorb, a lightweight detection framework"), or None."""
    i = j
    while i >= 0 and its[i].name is None and _word(its[i].low) and its[i].low not in d["articles"] \
            and its[i].low not in d["breaks"] and j - i < d["max_modifiers"]:
        i -= 1
    if i >= 2 and i < j and its[i].low in d["articles"] and its[i - 1].low == "," and its[i - 2].name is not None:
        return i - 2
    return None


def _genitive(its: list[Item], j: int) -> int | None:
    """The index of the name owning the word at ``its[j]`` ("Zorb's architecture"), or None."""
    if j > 2 and its[j - 1].low == "s" and its[j - 2].low in ("'", "’") and its[j - 3].name is not None:
        return j - 3
    return None


def _part_owner(d: dict, its: list[Item], j: int) -> int | None:
    """The model a part head at ``its[j]`` ("architecture", "backbone") belongs to: its possessor ("Zorb's
    architecture"), else the sentence's subject, a name opening it or owning its opening part, when a verb of
    having ties it to the part ("Zorb uses a backbone built on", "Zorb's architecture integrates ..., a
    backbone built on"); not across a break ("Zorb beats a backbone built on", "gains over a backbone")."""
    if its[j].low not in d["parts"] and its[j].low.removesuffix("s") not in d["parts"]:
        return None
    own = _genitive(its, j)
    if own is not None:
        return own
    if j < 2 or its[0].name is None or any(it.low in d["breaks"] or it.low in CLAUSE_ENDS for it in its[:j]):
        return None
    return 0 if any(it.low in d["part_verbs"] for it in its[1:j]) else None


def _coordinated(d: dict, its: list[Item], at: int, k: int) -> list[int]:
    """The names joined before the name at ``its[at]`` ("Zorb and Wren, which are tuned from": Zorb), when
    no singular verb stands between it and the predicate at ``its[k]`` ("Zorb and Wren, which is")."""
    if any(it.low in d["singular"] for it in its[at:k]) or at < 2:
        return []
    also = _also(d, its, at)
    if its[at - 1].low not in ("and", "or") and also is None:
        return []
    out = []
    while True:
        if also is not None:  # "A and B, as well as math models, C, which are built on": A and B too
            at = also
            out.append(its[at].name)
        elif at >= 2 and its[at - 1].low in (",", "and", "or") and its[at - 2].name is not None:
            at -= 2
            out.append(its[at].name)
        else:
            return out
        also = _also(d, its, at)


def _also(d: dict, its: list[Item], at: int) -> int | None:
    """The index of the name before "as well as [modifiers and a head]," that ends right before ``its[at]``
    ("B, as well as math models, C": B's), or None."""
    words = [w.split() for w in d["also"]]
    j = at - 1 - (at > 0 and its[at - 1].low == ",")
    for _ in range(d["max_modifiers"] + 1):
        for w in words:
            if j - len(w) >= 0 and [it.low for it in its[j - len(w) + 1:j + 1]] == w:
                i = j - len(w) - (its[j - len(w)].low == ",")
                return i if i >= 0 and its[i].name is not None else None
        if j < 0 or its[j].name is not None or not _word(its[j].low):
            return None
        j -= 1
    return None


def _possessor(its: list[Item], k: int) -> int | None:
    """The index of a name right before the noun at ``its[k]``, as a modifier ("a Quill variant") or a
    possessor ("Quill's successor"), or None."""
    if k and its[k - 1].name is not None:
        return k - 1
    if k > 2 and its[k - 1].low == "s" and its[k - 2].low in ("'", "’") and its[k - 3].name is not None:
        return k - 3
    return None


def _into(children: list[int], parents: list[int], ours: set[str], mentions: list[Mention]
          ) -> Iterator[Derivation]:
    """What "Quill is distilled into Zorb" states: each of the paper's models among ``children`` builds on
    each parent; a parent that goes into no model of the paper's is a teacher all the same (child None):
    "we distill Quill into smaller models based on Brio" gives Brio no child of ours."""
    kids = [c for c in children if mentions[c].key in ours]
    for parent in parents:
        if not kids:
            yield Derivation(None, parent, "distill-into")
        for child in kids:
            if mentions[child].key != mentions[parent].key:
                yield Derivation(child, parent, "distill-into")


def _same(pat: Patterns, its: list[Item], k: int) -> Iterator[Derivation]:
    """What "Zorb has the same architecture as Quill" states, "same" at ``its[k]``: Zorb builds on Quill."""
    d = pat.derive
    same = d["same"]
    if not (k + 2 < len(its) and its[k + 1].low in same["heads"] and its[k + 2].low == same["link"]):
        return
    j = k - 1 - (k and its[k - 1].low in d["articles"])
    if j < 1 or its[j].low not in same["verbs"]:
        return
    child, _, at = _child_name(d, its, j)
    parents, _ = _phrase(pat, its, k + 3)
    for parent in parents if child is not None else ():
        yield Derivation(child, parent, _rule(its, at, k))


def _child_name(d: dict, its: list[Item], j: int) -> tuple[int | None, bool, int]:
    """The name before ``its[j]`` past bridge words, as ``_child`` gives it."""
    while j > 0 and its[j - 1].low in d["bridge"]:
        j -= 1
    return (its[j - 1].name, False, j - 1) if j > 0 and its[j - 1].name is not None else (None, False, -1)


def _role(pat: Patterns, its: list[Item], k: int, ours: set[str], mentions: list[Mention]) -> Iterator[Derivation]:
    """What "Quill serves as the backbone of Zorb" and "Quill, the predecessor of our Zorb" state, the role
    head at ``its[k]``: the paper's models the phrase after the link names build on the name before."""
    d = pat.derive
    j = k - 1
    while j >= 0 and its[j].name is None and _word(its[j].low) and its[j].low not in d["articles"] and k - j <= 3:
        j -= 1  # "the language backbone", "a strong starting point"
    if j < 1 or its[j].low not in d["articles"]:
        return
    j -= 1
    if its[j].low == "as":  # "serves as", "is used as"
        j -= 1
        if its[j].low not in d["roles"]["verbs"]:
            return
        while j > 0 and its[j - 1].low in d["bridge"]:
            j -= 1
        j -= 1
    elif its[j].low == ",":
        j -= 1
    else:
        return
    if j < 0 or its[j].name is None:
        return
    kids = [c for c in _phrase(pat, its, k + 2, True)[0] if mentions[c].key in ours]
    for child in kids:
        if mentions[child].key != mentions[its[j].name].key:
            yield Derivation(child, its[j].name, "text-cue")


def _opening_model(d: dict, its: list[Item], ours: set[str], mentions: list[Mention]) -> int | None:
    """The paper's model that opens the sentence ("Zorb ...", "Our Zorb ..."), or None."""
    j = int(bool(its) and its[0].low in d["roles"]["owners"])
    return its[j].name if j < len(its) and its[j].name is not None and mentions[its[j].name].key in ours else None


def _pronoun_model(its: list[Item], k: int, ours: set[str], mentions: list[Mention]) -> int | None:
    """The paper's model a pronoun after ``its[:k]`` speaks of: the sentence's last name there when it is the
    paper's; with no name there, the paper's one model (the shortest of names that all begin with it: its versions
    are it) or the one its title names."""
    before = [it.name for it in its[:k] if it.name is not None]
    if before:
        return before[-1] if mentions[before[-1]].key in ours else None
    keys = {m.key for m in mentions if m.key in ours}
    root = min(keys, key=len, default="")
    if len(keys) > 1 and all(k.startswith(root) for k in keys):
        keys = {root}  # "BigTor ... BigTorV1": the paper's model and its versions are one model here
    keys = keys if len(keys) == 1 else {m.key for m in mentions if m.key in ours and m.title_name}
    return next((j for j, m in enumerate(mentions) if m.key in keys), None) if len(keys) == 1 else None


def _owned_role(its: list[Item], k: int, ours: set[str], mentions: list[Mention]) -> Iterator[Derivation]:
    """What "Zorb ... compared to its teacher Quill" and "our backbone Quill" state, the role head at
    ``its[k]``: the pronoun's model (``_pronoun_model``) builds on the name after the role; a comparison
    around it does not undo the role."""
    child, parent = _pronoun_model(its, k, ours, mentions), its[k + 1].name
    if child is not None and parent is not None and mentions[child].key != mentions[parent].key:
        yield Derivation(child, parent, "text-cue")


def _role_said_of(d: dict, its: list[Item], k: int, ours: set[str], mentions: list[Mention]) -> Iterator[Derivation]:
    """What "Quill is its teacher", "Quill, its teacher," and "Quill serves as our base model" state, the role
    head at ``its[k]`` (one of ``roles.said_of``, up to two words after the owner, or after "the" when a verb
    and "as" stand before it: "The Quill-7B model was selected as the base architecture"): the pronoun's model
    (``_pronoun_model``, before the name) builds on the name before; not "Quill is not its teacher"."""
    j = k - 1
    owners = d["roles"]["owners"] + d["roles"]["said_articles"]
    while j > 0 and k - j <= 2 and its[j].low not in owners and its[j].name is None and _word(its[j].low):
        j -= 1  # "its base model", "our language backbone"
    owner = its[j].low
    if owner not in owners or j < 2:
        return
    j -= 1
    said = its[j].low == "as" and its[j - 1].low in d["roles"]["verbs"]  # "serves as", "is used as"
    linked = k + 1 < len(its) and its[k + 1].low in d["roles"]["links"]
    if owner in d["roles"]["said_articles"] and (not said or linked):
        return  # "the" only after a verb and "as": "Quill was selected as the base architecture" (not "Quill serves
        # as the backbone of Brio": Brio's, read by ``_role``)
    j -= 2 * said
    if its[j].low == "," and not said:  # "Quill, its teacher,"; not "Unlike Quill, our encoder, Zorb, ..."
        if (k + 2 < len(its) and its[k + 1].low == "," and its[k + 2].name is not None) or any(
                it.low in d["breaks"] for it in its[:j]):
            return
        said, j = True, j - 1
    while j >= 0 and its[j].low in d["bridge"]:
        said = said or its[j].low in d["copula"]  # "is also its teacher"
        j -= 1
    if not said:
        return
    j -= j > 0 and its[j].low in d["roles"]["heads"] and its[j - 1].name is not None  # "The Quill-7B model was"
    if j < 0 or its[j].name is None or its[j + 1].low in d["negations"]:
        return
    child = _pronoun_model(its, j, ours, mentions)
    if child is not None and mentions[child].key != mentions[its[j].name].key:
        yield Derivation(child, its[j].name, ROLE_SAID)


def _paper_model(its: list[Item], k: int, ours: set[str], mentions: list[Mention], own: list[str]) -> int | None:
    """The paper's model a clause before ``its[k]`` is about: ``_pronoun_model``'s, when a name or "we"/"our"
    speak there."""
    if not any(it.name is not None or it.low in own for it in its[:k]):
        return None
    return _pronoun_model(its, k, ours, mentions)


def _taught(pat: Patterns, its: list[Item], k: int, ours: set[str], mentions: list[Mention]) -> Iterator[Derivation]:
    """What "PHD transfers knowledge from Quill to lightweight students" states, the link at ``its[k]``: the
    models of the phrase after it teach the paper's model (the clause's name before, or the paper's when "we"
    speak); not across a comparison ("we compare with methods that distill from Quill into students")."""
    d = pat.derive
    teach = d["teach"]
    parents, end = _phrase(pat, its, k + 1, True)
    end += end + 1 < len(its) and its[end].low == ","  # "from a large teacher, Quill, into"
    if not parents or end >= len(its) or its[end].low not in teach["ends"]:
        return
    j = end + 1
    while j < len(its) and j - end <= teach["max_modifiers"] and its[j].name is None and _word(its[j].low) \
            and its[j].low not in teach["heads"]:
        j += 1  # "to lightweight students", "into a compact student"
    if j >= len(its) or its[j].low not in teach["heads"] or any(it.low in d["breaks"] for it in its[:k]):
        return
    child = _paper_model(its, k, ours, mentions, [*d["own"], *d["roles"]["owners"]])
    for parent in parents if child is not None else ():
        if mentions[parent].key != mentions[child].key:
            yield Derivation(child, parent, "text-cue")


def _seeded(pat: Patterns, its: list[Item], k: int, ours: set[str], mentions: list[Mention]
            ) -> Iterator[Derivation]:
    """What "Quill('s pretrained weights) are used to initialize Zorb" states, the verb at ``its[k]``: the
    paper's models its object names build on the name that opens the clause."""
    d = pat.derive
    j = k - 3
    while j >= 0 and its[j].low in d["copula"]:
        j -= 1
    while j > 0 and its[j].name is None and _word(its[j].low) and its[j].low not in d["articles"] \
            and k - j <= 6 and its[j - 1].low not in ("'", "’"):
        j -= 1  # "pretrained weights", "checkpoints"
    if j >= 2 and its[j].low == "s" and its[j - 1].low in ("'", "’"):
        j -= 2  # "Quill's pretrained weights"
    if j < 0 or its[j].name is None:
        return
    for child in _phrase(pat, its, k + 1, True)[0]:
        if mentions[child].key in ours and mentions[child].key != mentions[its[j].name].key:
            yield Derivation(child, its[j].name, "text-cue")


def _generic(pat: Patterns, its: list[Item], k: int) -> tuple[str, frozenset[str], int] | None:
    """A generic noun phrase opening at ``its[k]`` ("the base pretrained language models", "a family of open
    language models"): its head (singular; a collective's members'), its modifiers and the index after it; None when
    a name, or a head that names no model, ends it."""
    d = pat.derive
    k += k < len(its) and its[k].low in d["articles"]
    words: list[str] = []
    while k < len(its) and its[k].name is None and _word(its[k].low) and its[k].low not in (
            *d["phrase_stops"], *d["breaks"], *d["bridge"], *d["relative"]) and len(words) <= d["max_modifiers"]:
        words.append(its[k].low)
        k += 1
    if words and words[-1] in d["collectives"] and k + 1 < len(its) and its[k].low == "of":
        return _generic(pat, its, k + 1)  # "a family of open language models": the members' head
    if not words or not _model_head(pat, words[-1]) or (k < len(its) and its[k].name is not None):
        return None
    return words[-1].removesuffix("s"), frozenset(words[:-1]), k


def _descriptions(pat: Patterns, text: str, mentions: list[Mention], spans: list[tuple[int, int]]
                  ) -> list[tuple[str, frozenset[str], int, int]]:
    """What the text describes each name as, in apposition ("Qwen, the base pretrained language models,"):
    (head, words, the name's mention, where the description ends), in text order."""
    out = []
    for span in spans:
        its = items(text, span, mentions)
        for k, it in enumerate(its[:-2]):
            if it.name is None or its[k + 1].low != "," or its[k + 2].low not in pat.derive["articles"]:
                continue
            phrase = _generic(pat, its, k + 2)
            if phrase is not None and (phrase[2] >= len(its) or its[phrase[2]].low in (*CLAUSE_ENDS, ",", "and")):
                out.append((phrase[0], phrase[1], it.name, its[phrase[2] - 1].end))
    return out


def _anaphor(pat: Patterns, its: list[Item], k: int, described: list[tuple[str, frozenset[str], int, int]]
             ) -> list[int]:
    """The one name an earlier description matches the generic phrase at ``its[k]`` with ("built upon base
    language models" after "Qwen, the base pretrained language models"): the same head, no word the
    description lacks; none when two names match."""
    phrase = _generic(pat, its, k)
    if phrase is None:
        return []
    head, words, _ = phrase
    found = {name for h, w, name, end in described if h == head and words <= w and end <= its[k].start}
    return list(found) if len(found) == 1 else []


def _rule(its: list[Item], at: int, k: int) -> str:
    """"subject-cue" when the child opens the sentence and the predicate at ``its[k]`` is its verb ("Zorb
    extends Quill", "Zorb is a variant of Quill"), else "text-cue" ("Zorb, a variant of Quill")."""
    return "subject-cue" if at == 0 and not any(it.low in OPENERS for it in its[1:k]) else "text-cue"


def _result(d: dict, its: list[Item], k: int, ours: set[str], mentions: list[Mention]) -> int | None:
    """The paper's model a result word after ``its[k]`` names in the clause ("... to obtain Zorb",
    "yielding Zorb"), or None."""
    for j in range(k, len(its)):
        if its[j].low in d["breaks"] or its[j].low in CLAUSE_ENDS:
            return None
        if its[j].low in d["results"]:
            return next((it.name for it in its[j + 1:j + 4] if it.name is not None
                         and mentions[it.name].key in ours), None)
    return None


def derivations(pat: Patterns, text: str, mentions: list[Mention], spans: list[tuple[int, int]],
                ours: set[str]) -> Iterator[Derivation]:
    """Every derivation the sentences ``spans`` state. A result preposition ("into") and the results of
    "we" acting ("We fine-tune Quill on ... to obtain Zorb") name children only among ``ours`` (the keys of
    the paper's introduced models): "we distill Quill into Brio" says what the paper does to others' models.

    Examples (with the project's patterns):
        >>> from kg.extract.base import load_patterns
        >>> p = load_patterns()
        >>> t = "Zorb, a variant of Quill, beats Brio."
        >>> ms = [Mention(t.find(n), t.find(n) + len(n), n, MODEL, "x", n, n.casefold())
        ...       for n in ("Zorb", "Quill", "Brio")]
        >>> list(derivations(p, t, ms, [(0, len(t))], set()))
        [Derivation(child=0, parent=1, rule='text-cue')]
    """
    d = pat.derive
    described: list[tuple[str, frozenset[str], int, int]] | None = None  # read once, when a phrase first needs it
    for span in spans:
        if not any(m.label == MODEL and span[0] <= m.start < span[1] for m in mentions):
            continue  # every reading below yields a model name of the sentence as a parent
        its = items(text, span, mentions)
        if any(it.low in d["respective"] for it in its):
            continue  # "A and B are tuned from X and Y respectively": pairs in order, read elsewhere
        for k, it in enumerate(its):
            if it.low == "same":
                yield from _same(pat, its, k)
                continue
            if it.low in d["roles"]["heads"] and k + 1 < len(its) and its[k + 1].low in d["roles"]["links"]:
                yield from _role(pat, its, k, ours, mentions)
            if it.low in d["roles"]["heads"] and k and its[k - 1].low in d["roles"]["owners"] and (
                    k + 1 < len(its) and its[k + 1].name is not None):
                yield from _owned_role(its, k, ours, mentions)
                continue
            if it.low in d["roles"]["said_of"] and (k + 1 == len(its) or its[k + 1].name is None):
                yield from _role_said_of(d, its, k, ours, mentions)
            if it.low in d["teach"]["links"]:
                yield from _taught(pat, its, k, ours, mentions)
            if it.low in d["seeds"]["verbs"] and [x.low for x in its[max(0, k - 2):k]] == d["seeds"]["before"]:
                yield from _seeded(pat, its, k, ours, mentions)
                continue
            pred = None if it.name is not None else _predicate(d, it.low)
            if pred is None or (k and its[k - 1].low in d["negations"]):
                continue  # "does not build on Quill"
            kind, links, stem = pred
            noun = kind == "noun"
            owner = _possessor(its, k)
            if owner is not None:  # "Zorb, a Quill variant", "Zorb is Quill's successor", "a Quill fine-tune"
                if noun or not it.low.endswith(("d", "ing", "s")):  # not "a Quill distilled into"
                    child, _, at = _child(pat, d, text, span, its, owner, True, possessive=owner < k - 1)
                    if child is not None and mentions[child].key != mentions[its[owner].name].key and not any(
                            x.low in d["breaks"] for x in its[:at]):  # not "Ours beats Brio, a Quill variant"
                        yield Derivation(child, its[owner].name, "text-cue")
                    continue
            linked = _link(d, its, k + 1, links)
            if linked is not None:
                prep, after = linked
                found, end = _phrase(pat, its, after, noun or prep in d["result"])
                if not found and prep not in d["result"] and _generic(pat, its, after) is not None:
                    if described is None:
                        described = _descriptions(pat, text, mentions, spans)
                    found = _anaphor(pat, its, after, described)  # "built upon base language models": the one
                    end = after  # model the text described so
                if not found:
                    continue
                if prep in d["result"]:  # "Quill is distilled into Zorb": the subject is the parent
                    parent, _, _ = _child(pat, d, text, span, its, k, noun)
                    if parent is not None:
                        yield from _into(found, [parent], ours, mentions)
                    continue
                child, we, at = _child(pat, d, text, span, its, k, noun)
                named = _named_after(its, end) if noun and child is None else None
                if named is not None:  # "a fine-tuned version of Quill (Quill-FT)": the name the phrase is given
                    child, we, at = its[named].name, False, named
                if child is not None and len(found) > 1 and its[at + 1].low == "," and _apposition_closed(
                        its, after, found):
                    found = found[:1]  # "beats Y, tuned from X, and Z": Z goes on Y's list, no parent
            elif ("" in links or stem in d["object_from"]) and not (k and its[k - 1].low in d["copula"]):
                if stem in d["owned_only"]["verbs"] and not _owned(d, its, k + 1):
                    continue  # "Zorb follows Quill"; but "Zorb follows the architecture of Quill"
                found, end = _phrase(pat, its, k + 1)
                if not found:
                    continue
                if stem in d["joined_with"] and end < len(its) and _predicate(d, its[end].low) is not None:
                    continue  # "pairs a Conformer encoder initialized from Quill with ...": the architecture describes
                    # the part, whose own predicate names its base
                if stem in d["joined_with"]:
                    found = found + _joined_with(pat, its, end)  # "combines Quill, a ..., with Brio"
                nxt = _link(d, its, end, links)
                if "" not in links and (nxt is None or nxt[0] not in d["source"]):
                    continue  # "We train Zorb from Quill": only an object with its source ("We train Quill" is no base)
                if nxt is not None and nxt[0] in d["result"]:  # "we distill Quill into Zorb"
                    yield from _into(_phrase(pat, its, nxt[1], True)[0], found, ours, mentions)
                    continue
                if nxt is not None and nxt[0] in d["source"] and len(found) == 1:  # "we distill Zorb from Quill"
                    if mentions[found[0]].key in ours:
                        for parent in _phrase(pat, its, nxt[1])[0]:
                            yield Derivation(found[0], parent, "text-cue")
                    continue
                child, we, at = _child(pat, d, text, span, its, k, False, True)
                if child is not None and stem in d["we_only"]:
                    continue  # "Zorb prunes Quill": Zorb is a method
            else:
                continue
            if child is None and not we and it.low.endswith("ing") and (k == 0 or its[k - 1].low == "by") and any(
                    x.low in d["own"] for x in its[end:]):
                we = True  # "Revisiting Quill, we propose Zorb": the fronted participle is the clause's
            if child is None and not we and it.low.endswith("ing") and k and its[k - 1].low == "," and (
                    opener := _opening_model(d, its, ours, mentions)) is not None and not any(
                    x.low in d["breaks"] for x in its[:k]):
                child, at = opener, k - 1  # "Zorb comes in two sizes, following the architecture of Quill": the
                # participle after the comma is the sentence subject's, the paper's model
            if any(it.low.startswith(v) for v in d["margin"]["verbs"]) and any(
                    x.low == d["margin"]["word"] and y.low[:1].isdigit()
                    for x, y in zip(its[end:end + 2], its[end + 1:end + 3])):
                continue  # "improves on Quill by 3 points": a comparison (not "by adding memory")
            if at > 0 and its[at - 1].low in d["source"]:
                continue  # "models distilled from Zorb based on Quill": Zorb is a parent, the models build on Quill
            kids = [child, *_coordinated(d, its, at, k)] if child is not None else []
            if we:
                kids = [r] if (r := _result(d, its, end, ours, mentions)) is not None else []
            for kid in kids:
                for parent in found:
                    if mentions[parent].key != mentions[kid].key:
                        yield Derivation(kid, parent, _rule(its, at, k))
