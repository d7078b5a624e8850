"""The ``kg_mentions_v1`` component: gazetteer hits, hardware patterns and names never seen before.

It runs after the gazetteer span rulers. It adds hardware patterns, names never seen before (by their
shape: ``GShard``, ``ST-MoE-32B``, ``3D-MAN``; or by a cue: a title ``X: ...``, "we introduce X",
"called X", "X, a framework", "on the X benchmark"), acronym definitions (``acronyms.py``), then gives
every mention its canonical name and sets ``doc.ents``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.acronyms import (capitals_spell, concept_compounds, initials_match, letter_spelled, letters_spell,
                                 resolve_acronyms, spelled_out, title_spelled_out, title_spells_acronym)
from kg.extract.base import (ALNUM_DROP, CACHE_SIZE, CAPITAL, FIRST_WORD, TITLE_SEPARATOR, Cue, INNER_UPPER,
                             JOINER, MORE_CAPITALS, Mention, NAME_TOKEN, name_tokens, NAME_FOOTNOTE, OWN_WORD,
                             NUMBER_BEFORE, SENTENCE_FOOTNOTE, PHRASE_LEAD, Patterns, STRONG, TITLE_END, TITLE_LEAD,
                             TRAILING_NUMBER,
                             WEAK, WILDCARD_VERSION, covering, doc_text, last_match, load_patterns, parse,
                             longest_first, models_joined, overlaps, sentences, shape, sized, standalone)
from kg.extract.domain import CATEGORIES, OUTSIDE_ML, SOURCE_RULE, STRONG_RULES, is_ml_paper, strong_keys
from kg.extract.introduce import data_head, introduced_name, object_reach, own_verb
from kg.extract.lists import OTHER, head_after, list_members
from kg.extract.names import canonical, glued_size, sized_family
from kg.names import (ABBREVIATES, DROPS_HEAD, SIZE_WORDS, VARIANT_WORDS, entity_key, parts_relation, short_form,
                      singular, split_size)
from kg.model import DATASET, HARDWARE, MODEL, ORG, TOPIC, fold


ACRONYM_BEFORE = re.compile(r"\(\S+$")  # "(JOB": a name defined in parentheses just before
HYPHEN_DIGIT = re.compile(r"-\d")
LOWER_TAIL = re.compile(r"-[a-z]")  # "Field-aware": a capitalized word with a lower-case part after a hyphen
LOWER_SIZE = re.compile(r"-\d+(?:\.\d+)?b(?![a-z])")  # "vicuna-13b-v1.5": a parameter size in a lower-case name
DATA_VERSION = re.compile(r"(?<=[a-z])(?:[-\s]?[vV]\d+(?:\.\d+)*|[-\s]?\d+\.\d+)$")  # "LoCoV1", "Zorb-v2", "Zorb 1.0"
FIRST_WORD_SPACE = re.compile(r"(\S+)\s+")
CAPITALIZED_LONG_RUN = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+(?:(?:for|of|and|in|on|to|with|from|the)\s+)?"
                                  r"[A-Z][\w-]*)*$")  # "Global Vectors for Word Representation": a long form
SPLIT_HEADS = frozenset({"Set", "Sets", "Split", "Splits", "Subset", "Subsets"})
SPLIT_HEAD_AFTER = re.compile(r"\s+(?:Sets?|Splits?|Subsets?)\b")  # "the Dev Set": the split word is no name
PAREN_HEAD = re.compile(r"\(([A-Z][\w\-]*)\)\s+([a-z][a-z\-]+)")  # "(Swin) transformer"
DATA_RELEASE_RULE = "data-release"  # "Gaia Data Release 3", "SDSS DR5", "the Third Reference Catalog of Galaxies"
GLUED_MARK = re.compile(r"[A-Za-z]\d{1,3}(?:,\d{1,3})*(?![\w\-])")  # digits glued to a word's end: a mark may be there
PREPOSITION_LEAD = re.compile(r"(?<![\w-])[Tt]he\s+((?:[A-Z][\w\-]*\s+){1,3}(?:in|of|for|on)\s+)$")  # "the Moments in "
TITLE_WORDS_NAME = re.compile(r"([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,3}) ?:")  # "Inertial Mining: ...": a name of words
LOWER_TITLE_NAME = re.compile(r"([a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)\s*:")  # a lower-case name opening a title
LETTER_SUFFIX = re.compile(r"-[A-Z]$")  # "CLIP-I": one capital letter after a dash
DIGIT_END = re.compile(r"\d$")  # a name that may open a list of versions ("Foo V1/V2")
SHORT_CODE = re.compile(r"[A-Z]\d")  # "H2", "K9": too short to be a name by its shape alone
ACRONYM_LOWER = re.compile(r"[A-Z]{2,}\d*-[a-z]{3,}")  # "TB-recon": an acronym and a lower-case word
NAME_CLOSED = re.compile(r"\s*(?:,|\(|$|\.\s)")  # what closes a name's noun phrase after it
GLUED_RELEASE = re.compile(r"([A-Z][A-Za-z]{2,})\d+(?:\.\d+)*")  # "Qwen2.5", "VoxCeleb1": a known name, numbered
DATA_WORD_AFTER = re.compile(r"\s+(?:data|dataset|corpus|mixture|samples|responses)\b")  # "on Llama3-SFT data"
RELEASE_VARIANT = re.compile(r"([A-Z][A-Za-z]{2,})\d+(?:\.\d+)*-[A-Z]{1,4}")  # "Qwen2.5-VL": a release's variant
VERSION_TAIL = re.compile(r"[ \-]([vV]?)(\d+(?:\.\d+)*)$")  # the version closing a name: "Foo V1", "Foo-400"
VERSION_NUMBER = re.compile(r"[vV]?(\d+(?:\.\d+)*)")  # one version of a list: "v1.5", "600"


SPLIT_WORD = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,12})-(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)([a-z][A-Za-z0-9]{1,20})\b")  # "Ima-
# geNet": a word a line break split, its hyphen followed by a space or the break (not "Quill-and-Anchor")
BROKEN_NAME = re.compile(r"(?<=\()([A-Z][A-Za-z0-9]*-)[^\S\n]+([A-Z][\w.-]*)(?=\))")  # "(SwEAT- BERT)": a name in
# parentheses split after its dash, its last part a known name
DASHED_VARIANT = re.compile(r"[^\S\n]*(?:--|\u2013|\u2014)[^\S\n]*([A-Z][A-Za-z]*)\b")  # "Mistral 7B -- Instruct"
SPACED_TUNED = re.compile(r"[^\S\n]+-[^\S\n]+(Instruct|Chat)\b(?=[^\S\n]*(?:[,;:.)]|$))")  # "Mixtral 8x7B - Instruct,":
# a single dash only before a tuned word that ends the phrase (not "GPT-4 - Math problems remain")


def _in_brackets(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` stands inside square brackets closed within 40 characters either side.

    Examples:
        >>> _in_brackets("as in [PS99, CH90].", 7, 11), _in_brackets("as in [PS99, CH90].", 13, 17)
        (True, True)
        >>> _in_brackets("uses PS99 [3].", 5, 9)
        False
    """
    opened = text.rfind("[", max(0, s - 40), s)
    closed = text.find("]", e, e + 40)
    return opened >= 0 and "]" not in text[opened:s] and closed >= 0 and "[" not in text[e:closed]

def _same_word_before(text: str, lo: int, end: int, word: str, name: bool = True) -> bool:
    """Whether ``word`` opens the phrase that ends at ``end``: with a name after it ("for Zorb") or, when not
    ``name``, right before ``end`` ("by "), so a name after the same word later on is parallel to it."""
    tail = r"\s+(?:the\s+)?[^\s,;()]+(?:\s+[^\s,;()]+){0,2}$" if name else r"\s+(?:the\s+)?$"
    return re.search(r"\b" + re.escape(word) + tail, text[lo:end], re.IGNORECASE) is not None


SCORE_PAREN = re.compile(r"\s*\(\s*[\d.,%±+\-/ ]*\d[\d.,%±+\-/ ]*\)")  # " (75.3)", " (71.8 ± 0.4)": a listed name's score
COUNT_AFTER = re.compile(r"\s+\d+[kKM]?(?![\w.])")  # "Atari 100k", "Places 365": a collection's size
DECIMAL_AFTER = re.compile(r"\s+\d+\.\d+(?!\w|\.\d)")  # " 1.55": a score after a word, no version of a name
UNIT_NUMBER = re.compile(r"(?<![\w-])\d[\d.]*\s*$")  # "1.7 chrF"; not "Phi-2, "
LOWER_WORDS = re.compile(r"\s+([a-z][a-z\-]*)\b(?:\s+([a-z][a-z\-]*)\b)?")  # the common noun after a word
INFLECTED = re.compile(r"(?:ed|ing|ly)$")  # "the Zorb trained on", "the Zorb mainly": no noun
CAPITALIZED_PAIR = re.compile(r"[A-Z][\w\-]*\s+[A-Z]")
STYLED_HEAD = re.compile(r"([^\s-][^\s]*?)-[a-z]+(?=\s)")  # "Mixtral-style 8x7B": a first word glued to a suffix
PLURAL_NEXT = re.compile(r"\s+[a-z][\w-]*s\b")  # a plural word next
ENUMERATION_MARK = re.compile(r" \d{1,2}\)")  # " 3)": an item marker of a list written "1) ... 2) ..."
SENTENCE_CASE_ITEM = re.compile(r"[A-Z][a-z]+(?: [a-z][a-z-]*)+")  # "Initial residual": a phrase, not a name
NAME_TAIL = re.compile(r" (?:with|via|without) ([A-Z][a-z][\w\-]*(?: [A-Z][a-z][\w\-]*){0,2})(?=\s*[,.;:(]|\s*$)")
CAPITALIZED_RUN = re.compile(r"(?<![\w\-])(?:[1-4]D\s+(?:[A-Z][\w\-]*\s+){0,3}|(?:[A-Z][\w\-]*\s+){1,4})[A-Z][\w\-]*"
                             r"(?:\+\+?|\*)?")  # 2-5 words, the first may be a dimension ("3D Lantern")
DATA_NOUN_AFTER = re.compile(r"\s+(?:[Dd]ataset|[Cc]orpus|[Bb]enchmark)s?"  # a data noun ending its phrase
                             r"(?=\s*(?:$|[,.;:)]|\s(?:[Uu]sing|[Ff]or|[Oo]f|[Ww]ith|[Ii]n|[Oo]n|[Aa]nd)\b))")
VERSION_HEADS = frozenset({"version", "variant", "extension", "edition", "update", "successor"})
BENCH_AFTER = re.compile(r" Bench(?![\w\-])|(?<=\d)\+\d{2}(?![\w\-+])")  # "DreamGen Bench", "VOC07+12"
CLASS_PLURALS = frozenset({"Models", "Networks", "Transformers"})  # a class's plural head
PREVIOUS_NAME = re.compile(r"[\w.+\-]+$")  # the name a slash follows
NEIGHBOUR_WORD = re.compile(r" [A-Z][a-z]+(?![\w\-])")  # " Canonical": a capitalized word after a name
NAMED_APPOSITION = re.compile(r"[A-Z][\w\-.]*[A-Z\d][\w\-.]*,\s+an?\s+$")  # "WAM-Nav, a ": a name's apposition
ACRONYM_AFTER = re.compile(r"\s*\([\w\-]{1,12}\)")  # "(VEM)": a short form defined after a long one
RUN_END = re.compile(r"\s*(?:[,.;:()\u201d\"]|$)|\s+([a-z]+)\b")  # what ends a run: a mark, the end, a word
TASK_ACRONYM_AFTER = re.compile(r"\s+([A-Z]{2,5})\b")  # "EHR QA": an acronym after a name, maybe a task's
NAME_END = re.compile(r"\s*(?:[,.;:()]|$)")  # what may follow a name that a link gives
NO_NAME = "no-name"  # _label's rule for a token its context says is no name (a unit, "the X bound")
SCORE_AFTER = re.compile(r"\s*\(\s*[+\-\u2212]?\d")  # "on Quorra (+3.1)": a score gain follows a dataset
YEAR = re.compile(r"\d{4}[a-z]?")  # a citation's year, before a ";" or ")"
TITLE_PHRASE = re.compile(r"[A-Z][\w'\-]*(?:\s+(?:(?:of|the|and|for|to|in|on|a|an|with|by)\s+){0,2}[A-Z][\w'\-]*){1,5}")
SURVEY = re.compile(r"\b(?:[Ss]urvey|[Rr]eview|[Oo]verview|[Tt]utorial|[Pp]erspective|[Pp]rimer)s?\b")
VERSION_AFTER = re.compile(r" (?:[vV]\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?=\s*[,.;:()/]|\s*$|\s+(?:and|or|on|in|by|with|"
                           r"at|as|than|to|for|is|are|was|were|encoders?|decoders?|models?|backbones?|networks?)\b)"
                           r"(?!\.\d)")  # "Quib V2 (", "Zorb 1.2 and", "a Quib V2 encoder"; not "Ubuntu 22.04
# servers", "2.5 points"
EDITION = re.compile(r"(.+?)[ \-]?(?:19|20)\d\d")  # "AMOS 2022": a dataset's edition by its year
LIST_MEMBER = r"(?:the\s+)?(?:[A-Z0-9][\w.+!\-]*|[A-Z][\w.+!]*(?:\s[A-Z][\w.+!]*){1,2})"  # one name of a list
# ("MovieLens-1M", "WHAM!", "the M5", "United Nations")
LIST_BEFORE = re.compile(rf"(?:{LIST_MEMBER}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")  # "A, B and "
LIST_LAST = re.compile(r"\s(?:and|or)\s+(?:the\s+)?[^\s,]+$")  # "A and B": B closes its list
LIST_WHOLE = re.compile(rf"{LIST_MEMBER}(?:\s*,\s*{LIST_MEMBER})*\s*,?\s+(?:and|or)\s+(?:{LIST_MEMBER}(?![\w.+!\-]))?")
DATA_COMPOUND = re.compile(r"([A-Z][A-Za-z0-9]*)-([a-z]{2,})")  # "GSM-hard": a capitalized word, a lower-case one
GLUED_PREFIX = re.compile(r"(?<![\w\-.])([a-z][a-z0-9]{0,3})-$")  # "vq-" before a known name: a name of its own
LOWER_SUFFIX = re.compile(r"-[a-z]{2,}(?![\w\-])")  # "-aqc" after a known name
LOWER_NAME = re.compile(r"(?<![\w\-])[A-Za-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w\-]|\.\w)")  # "mol-tox", "Pep-func"


def lower_names(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``LOWER_NAME.finditer(text, pos)``, tried only at the run of ASCII letters and digits before a hyphen.

    A match opens with such a run (nothing of ``[\\w-]`` before it) up to its first hyphen: for the first
    hyphen at or after ``pos`` only the run's start can open one (any later start has a letter or digit
    before it), and when none opens there the next match starts past that hyphen.

    Examples:
        >>> [m.group() for m in lower_names("on mol-tox, x-Ray and state-of-the-art")]
        ['mol-tox', 'state-of-the-art']
    """
    while True:
        hyphen = text.find("-", pos)
        if hyphen < 0:
            return
        k = hyphen
        while k > pos and text[k - 1].isascii() and text[k - 1].isalnum():
            k -= 1
        m = LOWER_NAME.match(text, k) if k < hyphen else None
        if m is None:
            pos = hyphen + 1
            continue
        yield m
        pos = m.end()


LOWER_NAME_END = re.compile(r"\s*(?:[,.;:()]|$)|\s+(?:and|or|from)\s")  # what may follow a listed name
LIST_JOIN = re.compile(r"(?:\s*\([^()]{0,30}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:on|in)\s+)?")  # " (AP 0.7) and on "
PAREN_NAME_BETWEEN = re.compile(r"\s*\(\s*")  # what stands between a descriptive phrase and "(Name)"
FROM_GAP = re.compile(r"\s+(?:from|of|in)\s+(?:the\s+)?")
QUALIFIER = re.compile(r"(?<![\w\-])((?:[A-Za-z][\w\-]*\s){1,2})$")
QUALIFIED_NAME = re.compile(r" ([A-Z][\w\-]*[A-Z][\w\-]*)(?![\w\-])")  # "Rotated FCOS": a name after a plain word
CAPITALIZED_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w\-])")  # "PyTorch Geometric": a word that may extend a name
YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")
EDITION_TASK = re.compile(r"[ \-]Task[ \-]?\d{1,2}(?![\w.])")  # "SemEval 2021 Task 7", "SemEval-2020 Task 12"
SPLIT_NUMBER = re.compile(r" \d+\b(?!\.\d)")  # the number of a split after its word: "Area 5", "Fold 2"
NEXT_CAPITAL = re.compile(r" [A-Z]")  # a capitalized word right after a name
TOPIC_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z]{1,6})\)")  # "(SSL)" after a field's name
FAMILY_FOLLOWS = frozenset({"name-shape", "coordination", "data-list", "data-context"})  # labels read from context
NUMBERED = re.compile(r"(?<![\w-])([A-Z]{1,2})\d{1,3}(?:\s*[-\u2013]\s*\1\d{1,3})?(?![\w-])")  # "Q17", "L1-L3"
VERSION_SIZE_AFTER = re.compile(r" \d{1,2}(?:\.\d)?-\d+(?:\.\d+)?[BbMm]\b")  # " 2-9b" after "Gemma"
AND_OR = re.compile(r"\s+(?:and|or)\s+")  # "A and B": the joiner of a pair, no comma
LAST_JOINER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")  # what joins a list item to the one before
YEAR_AFTER = re.compile(r"[ -](?:19|20)\d\d(?!\w|\.\d)")  # " 2019" after a shared task's name
DEFINED_AFTER = re.compile(r"\s*\(((?:[A-Z][\w-]*\s+){1,11}[A-Z][\w-]*)\)")  # "PS-SFT (Perception-Structured
# Supervised Fine-Tuning)": a long form of capitalized words defines the name before it
LONG_FORM_AFTER = re.compile(r"\s*\((?:[A-Z][\w-]*\s*){2,8}\)")  # " (Visual Narrative Intent Alignment)"
PLAIN_CAPITALIZED = re.compile(r"[A-Z][a-z]+")  # "Provably", "Safe": a plain word as a title capitalizes it
LONG_FORM_REST = re.compile(r"(?:\s+(?:(?:for|of|and|with|via|in|on|to|the)\s+)?[A-Z][\w-]*)+\s*\([\w-]{2,15}\)")  # "
# Controlled Averaging for Federated Learning (SCAFFOLD)": the rest of a long form before its short form
PAREN_NAME = r"[A-Z][\w./+-]*(?:\s+[A-Z0-9][\w./+-]*){0,2}"  # one name of up to three words: "ARC Easy"
TASK_PAREN = re.compile(rf"(?<![\w-])([a-z][\w-]*)\s+\(({PAREN_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){PAREN_NAME})*)\)")
# a task's last word and the names in parentheses after it: "classification (QX-1, Tarn)"
TASK_PAREN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?!(?:a|an|the|of)\s)(?-i:[a-z][\w-]*)\s+){0,3}")
# between two such groups of an enumeration: ", and question " before "answering (Zet)"; no article or "of"
WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Z][\w\-]*)\s+$")  # a capitalized word right before a phrase


class MentionFinder:
    """The ``kg_mentions_v1`` component: every entity mention of a doc, resolved to a canonical name."""

    def __init__(self, patterns_dir: str | None = None, use_ents: bool = False, set_ents: bool = True) -> None:
        self.pat = load_patterns(patterns_dir)
        self.use_ents = use_ents
        self.set_ents = set_ents
        self._shapes: dict[str, str | None] = {}  # token -> shape(token): the same words recur across docs
        self._names_of: dict[tuple[str, str], tuple[str, str, list[str]]] = {}  # canonical() by (text, label)
        self._heads: dict[int, tuple[str | None, str | None]] = {}  # list_members' head words by token orth
        self._score_before = re.compile(rf"(?<![\w\-])(?:{self.pat.score_shape.pattern})\s+$")  # "51.2mAP "
        self._generic_model_keys = frozenset(m.casefold() for m in self.pat.lexicon.generic_models)  # "gnn"
        if not Doc.has_extension("kg_mentions"):
            Doc.set_extension("kg_mentions", default=None)
            Doc.set_extension("kg_relations", default=None)
            Doc.set_extension("kg_sentences", default=None)
        if not Doc.has_extension("kg_known"):
            Doc.set_extension("kg_known", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        tend = int(doc.user_data.get(TITLE_END, 0))
        sents = sentences(text, tend, self.pat.lexicon.abbreviations)
        starts = [s for s, _ in sents]
        fixed: list[Mention] = []
        if self.use_ents:
            fixed += [Mention(e.start_char, e.end_char, e.text, ORG, "ner") for e in doc.ents if e.label_ == "ORG"]
        fixed += [Mention(a, b, text[a:b], label, "gazetteer", name=ident)
                  for a, b, label, ident in doc._.kg_known or ()]  # kg_gazetteer_v1's hits
        for i, m in enumerate(fixed):
            lead = GLUED_PREFIX.search(text, max(0, m.start - 6), m.start) if m.label == MODEL and m.start else None
            if lead and lead.group(1) not in self.pat.prefixes and lead.group(1) not in STOP_WORDS:
                fixed[i] = Mention(lead.start(), m.end, text[lead.start():m.end], MODEL, "name-extends-known")
                # "vq-wav2vec": a short lower-case prefix makes another model of the known one (not "non-BERT")
            m = fixed[i]
            tail = LOWER_SUFFIX.match(text, m.end) if m.label == MODEL else None
            named = last_match(self.pat.cues["naming"], text[max(0, m.start - 40):m.start]) if tail else None
            if (named is not None and not text[max(0, m.start - 40) + named:m.start].strip()
                    and not self.pat.cues["participle_compound"].fullmatch(text[m.start:tail.end()])):
                fixed[i] = Mention(m.start, tail.end(), text[m.start:tail.end()], MODEL, "name-extends-known")
                # "a new algorithm called data2vec-aqc": a lower-case suffix makes the name given another model
        for m in SPLIT_WORD.finditer(text) if "- " in text or "-\n" in text else ():  # "images (CIFAR and Ima-
            hit = self.pat.known.get(entity_key(m.group(1) + m.group(2)))  # geNet)": a known name a line break split
            if hit and hit[0] in (MODEL, DATASET):
                fixed.append(Mention(m.start(), m.end(), m.group(0), hit[0], "gazetteer", name=hit[1]))
        for m in BROKEN_NAME.finditer(text) if "- " in text else ():  # "the Swedish BERT model (SwEAT- BERT)":
            hit = self.pat.known.get(entity_key(m.group(2)))  # a name whose dash a line break left before a space
            if hit and hit[0] in (MODEL, DATASET) and entity_key(m.group(1)) not in self.pat.known:  # not "(SVHN-
                # MNIST)", two known names
                fixed.append(Mention(m.start(1), m.end(2), m.group(0), hit[0], "name-extends-known"))
        for m in PAREN_HEAD.finditer(text, tend) if ")" in text else ():  # "a shifted-window (Swin) transformer":
            hit = self.pat.known.get(entity_key(f"{m.group(1)} {m.group(2)}"))  # the short form and the head after
            if hit and hit[0] == MODEL:  # it writes a known name
                fixed.append(Mention(m.start(1), m.end(1), m.group(1), MODEL, "gazetteer", name=hit[1]))
        if GLUED_MARK.search(text):  # "Google DeepMind3": an affiliation's footnote mark
            fixed += [Mention(m.start(), m.end(1), m.group(1), ORG, "org-footnote",
                              name=self.pat.known.get(entity_key(m.group(1)), ("", m.group(1)))[1])
                      for m in self.pat.org_marked.finditer(text)]
        for literal, regex, template in self.pat.hardware:
            if literal not in text:
                continue
            for m in regex.finditer(text):
                if m.start() and text[m.start() - 1].isalnum():
                    continue
                name = template.format(m.group(0), *m.groups(default="")).strip()  # "Gaudi", "Gaudi2"
                fixed.append(Mention(m.start(), m.end(), m.group(0), HARDWARE, "hardware-pattern", name=name))
        phrase_names = self.pat.cues["phrase_name"].finditer(text, tend) if self.pat.may_match(
            "phrase_name", text) else ()
        for m in phrase_names:  # "the Gated Echo Network", "the Optimal Token Surgeon framework" (cue phrase_name+head)
            first = m.group(m.lastindex or 0).split()[0]
            words = m.group().split()
            if (len(words) >= 3 and words[-1] in CLASS_PLURALS and words[-2].casefold() in self.pat.plain_generic
                    and not ACRONYM_AFTER.match(text, m.end())):
                continue  # "Tabular Foundation Models such as TabICL": a class of models in plain words (not
                # "Zorbic Momentum Neural Networks (ZyMo)", a name the paper abbreviates)
            if (m.start() not in starts and first not in self.pat.phrase_generic
                    and not (LOWER_TAIL.search(first) and first.split("-")[0] in self.pat.phrase_generic)
                    and not text[m.start() - 1].isalnum() and text[m.end():m.end() + 1] != "-"
                    and not self.pat.cues["dataset_heads"].match(text[m.end():m.end() + 30])):  # "Field-aware
                # Factorization Machine", not "Graph-based Neural Network" (a kind), nor "Meta-Model-Based Policy
                # Optimization" (a word of a longer compound), nor "the City-Networks benchmark" (data)
                fixed.append(Mention(m.start(), m.end(), m.group(0), MODEL, "phrase-name"))
        for m in self.pat.cues["bit_width_name"].finditer(text, tend) if "-bit " in text else ():
            if self._introduced_at(text, tend, m.group(1)):  # "we propose 1-bit Adam that ...": a bit width and a
                fixed += _every_writing(text, m.start(1), m.group(1), MODEL, "intro-phrase")  # name, one name
                break
        known_spans = [(a, b) for a, b, _, _ in doc._.kg_known or ()]
        listed: dict[int, str] = {}  # where a list's member starts -> the label its head says
        for member in list_members(doc, tend, sents, self.pat, self._heads):  # "four QA models, KORVEX, Masked Token Parsing and OFA"
            listed[member.start] = member.label
            name = text[member.start:member.end]
            if all(part.casefold() in self.pat.generic for part in name.split("/")):
                continue  # "language datasets, including Python and Java": a common word listed is no name, nor
                # common words a slash joins ("tasks, including AR/VR and ...")
            if self.pat.cues["enumerated_label"].fullmatch(name):
                continue  # "two fine-tuning datasets: Set A, a small subset ..., and Set B": the paper's labels
            if (self.pat.cues["plain_noun"].fullmatch(name) or SENTENCE_CASE_ITEM.fullmatch(name)
                    or self.pat.cues["instrument_tail"].search(name)):
                listed[member.start] = OTHER  # "three agents (Perception, Reasoning, and Decision)": roles;
                continue  # "two techniques: Initial residual and Identity mapping": phrases, capitalized as items;
                # "detectors, like the Einstein Telescope": an instrument
            label = member.label
            if label == MODEL and self.pat.cues["scored_after"].match(text[member.end:member.end + 40]):
                label = listed[member.start] = DATASET  # "baselines (e.g., PolBooks: NMI 0.60, ARI 0.67)": a score
                # on data
            if label == DATASET and (tail := head_after(text, member.end, self.pat)) and tail.adjacent and (
                    tail.label == MODEL):
                label = listed[member.start] = MODEL  # "benchmarks, including X with Y and Z backbones": models
            if member.name and label != OTHER and not any(
                    a < member.end and member.start < b and (label not in (TOPIC, ORG) or a < member.start
                                                             or member.end < b or (label == ORG and b == member.end))
                    for a, b, label, _ in doc._.kg_known or ()):
                # a topic inside a member is part of its name: "Masked Vision and Language Modeling"; so is an
                # organization opening it: "benchmarks including Cars196 and Stanford Online Products"
                fixed.append(Mention(member.start, member.end, name, label, "list-member"))
        for m in CAPITALIZED_RUN.finditer(text, tend):  # "We propose Batched Echo Pruning for ...": a run of
            # capitalized words the paper introduces (introduce.introduced_name) that ends its noun phrase
            words = m.group().split()
            if words[0][0].isdigit():
                words = words[1:]  # "3D Lantern": the dimension qualifies the name's words
            if (all(w in self.pat.phrase_generic for w in words) or any(w.casefold() in STOP_WORDS for w in words)
                    or words[0].casefold() in self.pat.generic
                    or self.pat.cues["participle_compound"].fullmatch(words[0])
                    or (words[-1].isupper() and self._defined_task(text, words[-1], m.start()))):
                continue  # not "an RLHF-tuned Quill": a participle compound modifies the name after it; not "a
                # graph-based EHR QA" after "Question Answering (QA)": a task on some data
            after = RUN_END.match(text, m.end())
            if after is None or (after.group(1) and after.group(1).casefold() not in STOP_WORDS):
                continue  # "we propose a new Zorb Quill encoder": the run is a modifier (the head-noun rules)
            if ACRONYM_AFTER.match(text, m.end()):
                continue  # "Vision Echo Mixing (VEM)": a long form, the acronym reader's (its alias)
            sent_start = starts[max(0, bisect.bisect_right(starts, m.start()) - 1)]
            if text.rfind("(", sent_start, m.start()) > text.rfind(")", sent_start, m.start()):
                continue  # "We introduce ZORB (Zero Order Robot Bench)": inside a name's long form, its alias
            if NAMED_APPOSITION.search(text, max(sent_start, m.start() - 40), m.start()):
                continue  # "we propose WAM-Nav, a Latent World-Action Model for ...": what the name before is
            if self.pat.cues["concept_named_before"].search(text, max(sent_start, m.start() - 40), m.start()) and not (
                    self.pat.cues["we_subject"].search(text, sent_start, m.start())):
                continue  # "the damage is minimized; this is called Post-Compromise Security": a property named
            reach = introduced_name(self.pat, text[sent_start:m.start()])
            if reach is not None and self.pat.cues["task_list_head"].fullmatch(reach.head):
                continue  # "we propose two tasks: User and Environment Understanding": a task named in plain words
            if reach is not None:  # data by the head of what introduces it or of its apposition: "We introduce
                # Quill Arena, a benchmark for ..."
                data = data_head(self.pat, reach.head) or data_head(self.pat, words[-1]) or self.pat.cues[
                    "data_apposition_after"].match(text[m.end():m.end() + 120])  # or its own: "the Quill Corpus"
                fixed += _every_writing(text, m.start(), m.group(), DATASET if data else MODEL, "intro-phrase")
        for m in self.pat.cues["intro_phrase"].finditer(text, tend) if CAPITALIZED_PAIR.search(text, tend) else ():
            # a capitalized name in quotes after "our", "this": 'this "Inner Echo" method'
            words = m.group(1).split()
            if not all(w in self.pat.phrase_generic for w in words) and words[0].casefold() not in self.pat.generic:
                fixed += _every_writing(text, m.start(1), m.group(1), MODEL, "intro-phrase")
        for m in self.pat.cues["intro_lower_name"].finditer(text, tend):
            # a lower-case name the paper presents: "we propose a new pooling strategy, multi-pool, that",
            # "we propose echo models, a new family of models", "we propose drift attention, a linear attention
            # variant" (cue intro_lower_name+technique)
            k = m.lastindex or 1
            fixed += _every_writing(text, m.start(k), m.group(k), MODEL, "intro-phrase")
        for m in self.pat.cues["intro_lower_dataset"].finditer(text, tend):
            # a lower-case dataset the paper presents in apposition: "we curate tinycode, a corpus of programs"
            if m.group(1).casefold() not in STOP_WORDS and not self.pat.cues["dataset_words"].fullmatch(m.group(1)):
                fixed += _every_writing(text, m.start(1), m.group(1), DATASET, "intro-phrase")
        for m in self.pat.cues["versioned_phrase_dataset"].finditer(text, tend):
            # plain capitalized words with a version after "on": "On Bird Calls v3 and UrbanSound8K, ..."; not a
            # known model's ("on Stable Diffusion v2") nor one a model builds on ("builds on Vision Zorb v2")
            if not any(a < m.end(1) and m.start(1) < b for a, b in known_spans) and not self.pat.cues[
                    "not_dataset_before_on"].search(text, max(0, m.start() - 40), m.start(1)):
                fixed.append(Mention(m.start(1), m.end(1), m.group(1), DATASET, "versioned-phrase"))
        for m in self.pat.cues["counted_phrase_dataset"].finditer(text, tend):
            # capitalized words around a count before a data head: "the PubMed 200k RCT dataset"
            fixed.append(Mention(m.start(1), m.end(1), m.group(1), DATASET, "counted-phrase"))
        for m in self.pat.cues["year_edition_dataset"].finditer(text, tend):
            # a capitalized name and its year before a track: "on the TREC Fair Ranking 2022 track"; not where a
            # known model's name is inside
            if not any(a < m.end(1) and m.start(1) < b and label != DATASET for a, b, label, _ in doc._.kg_known or ()):
                fixed.append(Mention(m.start(1), m.end(1), m.group(1), DATASET, "year-edition"))
        for m in self.pat.cues["released_as"].finditer(text, tend):
            # the name data is released under: "we release the anonymised logs as cs1-hints-2024"
            fixed += _every_writing(text, m.start(1), m.group(1), DATASET, "intro-phrase")
        for m in self.pat.cues["lower_data_appositive"].finditer(text, tend):
            # a lower-case name set in apposition to data: "the curated radar archive, euro-radar-2k, is released"
            if not self._plain_compound(m.group(1)):
                fixed += _every_writing(text, m.start(1), m.group(1), DATASET, "data-apposition")
        for m in self.pat.cues["lower_dataset"].finditer(text, tend):
            # a lower-case name with a digit before a dataset head: "the c4 corpus", "the mix-50k dataset", "the
            # k9x 2019 shared task", "the raw webtext3 dump"; written again elsewhere it is the same dataset
            fixed += _every_writing(text, m.start(1), m.group(1), DATASET, "lower-dataset", tend)
        if self.pat.may_match("lower_dataset_part", text):
            for m in self.pat.cues["lower_dataset_part"].finditer(text, tend):
                # a lower-case name with a digit after a part of it: "the relations track of n2c2 2018"
                fixed += _every_writing(text, m.start(1), m.group(1), DATASET, "lower-dataset", tend)
        lower = [m for m in self.pat.cues["lower_versioned_model"].finditer(text)
                 if m.group(1).split("-", 1)[0] not in self.pat.generic] if _lower_hyphen_digit(text) else []
        sized_ends = {m.end(1) for m in lower if LOWER_SIZE.search(m.group(1))}
        sized_starts = {m.start(1) for m in lower if LOWER_SIZE.search(m.group(1))}
        for m in lower:  # "vicuna-13b-v1.5"; without a size only compared or listed with one: "Against
            # gpt-3.5-turbo", "openchat-3.5 and zephyr-7b-beta" (not "python-3.11")
            j = JOINER.match(text, m.end(1))
            if (m.start(1) in sized_starts or self.pat.cues["compare"].search(text, max(0, m.start(1) - 40), m.start(1))
                    or (j and j.end() in sized_starts) or any(JOINER.fullmatch(text, e, m.start(1)) for e in sized_ends
                                                              if m.start(1) - 7 <= e < m.start(1))):
                fixed.append(Mention(m.start(1), m.end(1), m.group(1), MODEL, "lower-model"))
        if _lower_hyphen_digit(text):  # "competitive with gpt-4o": a known model's name written in lower case
            known, taken = self.pat.known, {m.start(1) for m in lower}
            fixed += [Mention(m.start(1), m.end(1), m.group(1), MODEL, "lower-known")
                      for m in self.pat.cues["lower_known_model"].finditer(text) if m.start(1) not in taken
                      and known.get(entity_key(_known_stem(m.group(1), known)), ("",))[0] == MODEL]
            added = {f.start for f in fixed if f.rule == "lower-model"}  # "gpt-3.5-turbo": a known model's name
            fixed += [Mention(m.start(1), m.end(1), m.group(1), MODEL, "lower-known")  # in lower case, a variant
                      for m in lower if m.start(1) not in added and m.group(1) != _known_stem(m.group(1), known)]
        titled = LOWER_TITLE_NAME.match(text, 0, tend) if tend else None
        if titled:  # "zorbq: ..." titles a paper that says "we introduce zorbq, a ..."
            for m in self.pat.cues["intro_lower_titled"].finditer(text, tend):
                if m.group(1) == titled.group(1):
                    fixed += _every_writing(text, m.start(1), m.group(1), MODEL, "intro-phrase")
                    break
        phrase = TITLE_WORDS_NAME.match(text, 0, tend) if tend else None
        if phrase and _named_phrase(self.pat, phrase.group(1)) and self.pat.may_match("intro_lower_phrase", text):
            # "Inertial Mining: ..." titles a paper that says "We propose inertial mining, a novel protocol": the
            # title's name, written in lower case
            for m in self.pat.cues["intro_lower_phrase"].finditer(text, tend):
                if m.group(1).casefold() == phrase.group(1).casefold():
                    said = self.pat.lexicon.apposition.match(text, m.end(1))
                    label = DATASET if said and _data_head(self.pat, said) else MODEL
                    fixed += [Mention(a.start(), a.end(), a.group(), label, "intro-phrase" if a.start() == m.start(1)
                                      else "repeat", name=phrase.group(1))
                              for a in re.finditer(r"(?<![\w\-])%s(?![\w\-])" % re.escape(phrase.group(1)), text,
                                                   re.IGNORECASE)]
                    break
        if self.pat.may_match("lower_model", text):
            fixed += [Mention(m.start(1), m.end(1), m.group(1), MODEL, "lower-model")  # "o3-mini", "r2-preview"
                      for m in self.pat.cues["lower_model"].finditer(text)]
        if self.pat.may_match("data_release", text):
            fixed += [Mention(m.start(1), m.end(1), m.group(1), DATASET, DATA_RELEASE_RULE)  # "Gaia Data Release 3",
                      for m in self.pat.cues["data_release"].finditer(text)]  # "DESI DR2", "Uppsala General Catalog"
        fixed = longest_first(fixed)
        mentions = self._names(text, tend, sents, starts, fixed, listed)
        hardware_at = {m.start for m in fixed if m.label == HARDWARE}
        if hardware_at:  # "NVIDIA H100 GPUs", "Google TPU v5e": the maker opening a hardware name is no org mention
            mentions = [m for m in mentions if m.label != ORG or text[m.end:m.end + 1] != " "
                        or m.end + 1 not in hardware_at]
        mentions = self._lower_listed(text, tend, mentions)
        mentions = self._qualified(text, tend, set(starts), mentions)
        _list_tail_data(text, mentions)
        mentions = resolve_acronyms(self.pat, text, mentions, tend)
        mentions = letter_spelled(text, mentions)
        mentions = _phrase_before_name(text, mentions)
        title_spelled_out(text, tend, mentions, self.pat.lexicon.function_words)
        mentions = _spelled_pieces_dropped(text, mentions)
        title_spells_acronym(text, tend, mentions, self.pat.known)
        mentions = self._title_name(text, tend, longest_first(mentions))
        mentions = self._title_phrase(text, tend, sents, mentions)
        mentions = self._version_lists(text, mentions)
        if tend:
            mentions = [m for m in mentions if not self._title_namesake(text, tend, m)]
            _title_head_dropped(tend, mentions, self.pat.lexicon.dataset_heads | self.pat.lexicon.model_heads)
        _spelled_out_label(mentions)
        _shaped_label(mentions, self.pat.known)
        _data_by_head_after(text, mentions, self.pat)
        _data_name_across_preposition(text, mentions)
        mentions = _joined_tails(text, mentions, self.pat)
        _possessed_eponyms(text, mentions, self.pat.known)
        self._finish(text, tend, mentions)
        self._elided_family(text, mentions)
        _plural_of_spelled(mentions)
        mentions = _singular_of_plural_spelled(text, mentions)
        mentions = self._join_dashed_variants(text, mentions)
        mentions = _slash_shared(text, mentions, self.pat.known)
        self._fold_short_forms(text, mentions)
        _fold_or_spelled(text, mentions)
        _fold_editions(mentions)
        _fold_splits(self.pat.cues["split_tail"], mentions)
        _fold_title_prefixes(tend, mentions, self.pat.known)
        mentions = _fold_title_abbreviations(text, tend, mentions, self.pat.known)
        mentions = _compact_initials(text, mentions, self.pat.known)
        mentions = _long_forms_ending_in_known(text, mentions)
        mentions = _tasks_before_plural_heads(text, mentions, self.pat.cues["plural_data_head_after"],
                                              self.pat.cues["task_count_before"])
        _makers(text, mentions, self.pat.cues, self.pat.known)
        mentions = _named_groups(text, mentions, self.pat.cues, self.pat.known)
        self._fold_technique_bases(tend, mentions)
        _fold_called_aliases(self.pat.cues["alias_after"], self.pat.cues["derived_of_before"], text, mentions)
        namesakes = [(a, b) for a, b, _, ident in doc._.kg_known or () if ident in self.pat.namesakes]
        strong = strong_keys(mentions, namesakes, self.pat.namesakes)
        if not is_ml_paper(text, doc.user_data.get(CATEGORIES) or (), self.pat.lexicon, bool(strong)):
            doc.user_data[OUTSIDE_ML] = True
            strong |= {(m.label, m.key) for m in mentions if m.rule == SOURCE_RULE
                       or (m.label == DATASET and m.rule in ("called-cue", "data-apposition", "title-name",
                                                             DATA_RELEASE_RULE))}
            # "HamLib: A library of Hamiltonians ...", "The dataset, called HamLib, is freely available": data a title,
            # a naming phrase or an apposition names, in any field, and a catalogue or a data release
            mentions = [m for m in mentions if m.label not in (MODEL, DATASET) or (m.label, m.key) in strong]
        _described_data(text, mentions, self.pat.cues["data_described_after"])
        doc._.kg_mentions = mentions
        doc._.kg_sentences = sents
        if self.set_ents:
            spans = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand") for m in mentions]
            doc.ents = filter_spans([s for s in spans if s is not None])
        return doc

    def _names(self, text: str, tend: int, sents: list[tuple[int, int]], starts: list[int],
               fixed: list[Mention], listed: dict[int, str]) -> list[Mention]:
        """Fixed mentions (gazetteer, hardware) plus names found by shape and cue, extended by suffixes;
        ``listed`` maps where a list's member starts to the label of the list's head."""
        pat = self.pat
        out = list(fixed)
        spans = sorted((m.start, m.end, i) for i, m in enumerate(fixed))
        span_starts = [s for s, _, _ in spans]
        pending: list[tuple[int, int, str, str]] = []  # undecided tokens, kept for repeats
        decided: dict[str, str] = {}
        ends = {m.end: m.label for m in fixed if m.label in (MODEL, DATASET)}
        repeat_ends: dict[int, str] = {}  # where a name written again ends
        known_at = {m.start: m.label for m in fixed if m.label in (MODEL, DATASET)}
        drop: set[int] = set()
        if pat.may_match("metric_change_after", text):  # "lowers the 60-minute MAE by 3.4%": a known name that is
            # also a generic word (a metric's), changed by an amount, is the metric
            changed, change_lead = pat.cues["metric_change_after"], pat.cues["metric_change_before"]
            drop.update(i for i, m in enumerate(fixed) if m.label in (MODEL, DATASET)
                        and m.text.casefold() in pat.generic and changed.match(text, m.end)
                        and change_lead.search(text, max(0, m.start - 60), m.start))
        if "%" in text:  # "a 22% average MAE reduction": a known name that is also a metric's word, between a share and
            # a change, is the metric; so after a share on it ("21.70% on MAE, 21.24% on MAPE")
            share, gain = pat.cues["metric_share_before"], pat.cues["metric_gain_after"]
            share_on = pat.cues["metric_share_on_before"]
            drop.update(i for i, m in enumerate(fixed) if m.label in (MODEL, DATASET)
                        and m.text.casefold() in pat.generic and (
                            (gain.match(text, m.end) and share.search(text, max(0, m.start - 40), m.start))
                            or share_on.search(text, max(0, m.start - 20), m.start)))
        if tend:  # "FastViT: A Fast Hybrid Vision Transformer":
            # a generic architecture after an indefinite article in the title is the kind of model, no mention
            drop.update(i for i, m in enumerate(fixed) if m.start < tend and m.text in pat.lexicon.generic_models
                        and pat.cues["title_class_before"].search(text, max(0, m.start - 60), m.start))
        zones = [z.span() for z in pat.no_name_zones.finditer(text)] if _zone_hint(text, pat.zone_hints) else []
        events = [z.span() for z in pat.venue_years.finditer(text)]  # "at ICCV2021": an event, no name
        if events:
            zones = sorted(zones + events)
        if zones:
            out = [m for m in out if not _in_zones(zones, m.start)]
        never = {m.group(1) or m.group(2) for m in pat.cues["software_word"].finditer(text)}  # "the Rust
        # language", "written in Quill": a programming language the paper writes in, no name anywhere in it
        never |= {m.group(1) for m in pat.cues["measure_apposed"].finditer(text)}  # "FDπ, a new metric": a
        # measure the paper defines, no model or data set anywhere in it
        never |= {m.group(1) for m in pat.cues["measure_paren"].finditer(text)}  # "binding error (SayErr)": a
        # measure's short name
        if "-" in text:
            never |= concept_compounds(text, pat.lexicon.function_words)
        if tend:  # "MST" under "... Minimum Spanning Tree in ..." over "minimum spanning trees": the initials of
            # plain words, no name (unless the paper presents it: "we propose a new model, QMR")
            never |= {a for a in _plain_title_initials(text, tend, pat.lexicon.function_words)
                      if not any(last_match(pat.cues["introduce"], text[max(0, u.start() - 60):u.start()]) is not None
                                 for u in standalone(a).finditer(text))}
        never |= {m.group(1) for m in pat.cues["experiment_named"].finditer(text)}  # "The KM3NeT Collaboration",
        # "the Zorb Observatory": a physics collaboration or its instrument, no model
        if "(" in text:  # "utilizes functional near-infrared spectroscopy (fNIRS)": a way of measuring, no name
            never |= {m.group(1) for m in pat.cues["measurement_defined"].finditer(text)}
        never |= {a.group(1) for m in fixed if m.label == TOPIC and (a := TOPIC_ABBREVIATION.match(text, m.end))
                  and initials_match(a.group(1), m.text, pat.lexicon.function_words)}  # "Self-Supervised Learning
        # (SSL)": a known field's abbreviation, no name where it stands alone ("in an SSL context"); not
        # "Counterfactual Soft Reinforcement Learning (CoSo)", a name whose long form ends with a field's
        if NUMBERED.search(text):  # "three queries (Q2, Q17, and Q21)", "levels (L1-L3)": the paper's numbered
            marks = {m.group("prefix") or m.group("range") for m in pat.cues["numbered_items"].finditer(text)}
            never |= {m.group() for m in NUMBERED.finditer(text) if m.group(1) in marks}  # items, named nowhere
        inflected = pat.cues["acronym_inflected"]
        marked = {m.end for m in fixed if m.rule == "org-footnote"}
        for tm in name_tokens(text):
            s, e = tm.span()
            if zones and _in_zones(zones, s):
                continue
            tok = tm.group()
            if tok.endswith("'s"):
                tok, e = tok[:-2], e - 2
            if "." in tok and (marked_end := NAME_FOOTNOTE.fullmatch(tok)):
                tok = marked_end.group(1)  # "on Atari.111Code is ...": a name, then a footnote's mark and text
                e = s + len(tok)
            if "-" in tok and (glued := GLUED_WORD_NAME.fullmatch(tok)) and glued.group(1) in pat.plain_generic and (
                    standalone(glued.group(2)).search(text)):
                tok, s = glued.group(2), s + glued.start(2)  # "in cylindrical coordinate system-RotatCY is
                # proposed ... the RotatCY model": a common word glued to a name the text writes on its own
            if (tok[:1].islower() and (glued := GLUED_STOP_WORD.fullmatch(tok)) and glued.group(1) in STOP_WORDS
                    and standalone(glued.group(2)).search(text)):
                tok, s = glued.group(2), s + glued.start(2)  # "MTL models ... thatMTL models outperform": a word
                # the copy ran into a name the text writes on its own
            if tok in never:
                continue
            if s < tend and (glued := GLUED_TITLE_WORD.fullmatch(tok)) and glued.group(1) in STOP_WORDS:
                continue  # "Reduce Log Hotspots inKernel on the Fly": a title's function word run into the next word
            if len(tok) <= 4 and tok[-1].isdigit() and tok[0].isupper() and ends.get(s - 1) == DATASET and (
                    text[s - 1] == " "):
                continue  # "on the TruthfulQA MC2 (54.0%) test": a part or a measure of the data set before
            if SENTENCE_FOOTNOTE.fullmatch(tok) or (tok[-1].isdigit() and len(tok.rstrip("0123456789")) + s in marked):
                continue  # "tasks.111Code"; "Hugging Face1": a footnote mark on an organization's last word, no name
            if (tend and s >= tend and tok[-1] == "1" and len(tok) > 3 and tok[-2].isalpha()
                    and text.startswith(tok[:-1] + ":") and text.count(tok) == 1
                    and not re.search(rf"(?<![\w-]){re.escape(tok[:-1])}[-\s]?[02-9]", text)):
                tok, e = tok[:-1], e - 1  # "MIND: In-Network ..." over "into MIND1, an in-network unit": the first
                # footnote's mark on the name the title opens with (not "Zorb2", a version, nor "Zorb1" beside it)
            if tok[-1] in "dg" and (verb := inflected.fullmatch(tok)) and verb.group(1) in text.replace(tok, ""):
                continue  # "OCRed code", "the OCR engine": an abbreviation the text writes, made a verb
            if tok in decided:
                out.append(Mention(s, e, tok, decided[tok], "repeat"))
                repeat_ends[e] = decided[tok]
                continue
            kind = self._shapes.get(tok, "?")
            if kind == "?":
                if len(self._shapes) > CACHE_SIZE:
                    self._shapes.clear()
                kind = self._shapes[tok] = shape(tok, pat)
            if kind is None and len(tok) > 2 and tok.isupper() and tok.casefold() in STOP_WORDS and self._spelled_after(
                    text, e, tok) and last_match(pat.cues["introduce"], text[max(0, s - 60):s]) is not None:
                kind = WEAK  # "we develop CALL (Cool Agent Language Learner)": a common word in capitals, spelled out
                # where the paper presents it (not "You should CALL (Contact Any Local Librarian)")
            if (kind is None and len(tok) > 2 and tok.isupper() and tok.casefold() in STOP_WORDS
                    and _defined_before(text, s, e, tok)
                    and last_match(pat.cues["introduce"], text[max(0, s - 40 * len(tok)):s]) is not None):
                kind = WEAK  # "we build the Cross Attention Network (CAN)": a function word in capitals, in parentheses
                # after the capitalized words whose initials it is, where the paper presents it (not "the Controller
                # Area Network (CAN) bus of vehicles")
            if (kind is None and INNER_UPPER.search(tok) and tok != tok.upper() and tok not in pat.generic_written
                    and (tok.casefold() in pat.generic or tok.casefold() in STOP_WORDS)
                    and text[s - 1:s] == "(" and text[e:e + 1] == ")"
                    and _spells_words_before(tok, text[max(0, s - 120):s - 1])):
                kind = STRONG  # "Particle Transformer (ParT)": a common word in a case of its own, the short form of
                # the words before it (not "IoU", which the list of common words writes so)
            if kind == CAPITAL and s >= tend and VERSION_AFTER.match(text, e) and (
                    self._capitalized([tok]) or ("-" in tok and all(p[:1].isupper() for p in tok.split("-")))):
                kind = STRONG  # "Spikformer V2", "Open-Sora 1.2": a capitalized word with a version is a name
            inside = covering(spans, span_starts, s, e) if spans else None
            if kind is None and inside is None and s >= tend and self._data_compound(text, s, e, tok):
                out.append(Mention(s, e, tok, DATASET, "head-noun"))  # "we create the Zorb-instructions dataset"
                decided[tok] = DATASET
                continue
            if kind is None and inside is None and tok.isupper() and tok[0].isalpha() and (
                    tok.casefold() in pat.generic or all(
                    p.casefold() in pat.generic for p in tok.split("-"))):  # "MARL", "LLM-MARL": common abbreviations
                lo = max(sents[max(0, bisect.bisect_right(starts, s) - 1)][0], s - 40)
                window = text[lo:s].casefold()
                owned = self._owned_abbreviation(text, tend, lo, s, e)
                if owned is not None:  # "GQA: A New Dataset for ...", "we introduce GQA, a new dataset"
                    out.append(Mention(s, e, tok, owned, "owned-abbreviation"))
                    decided[tok] = owned
                elif s >= tend and not _modified_by_word(text, s) and self._data_list(
                        text, *sents[max(0, bisect.bisect_right(starts, s) - 1)], s, e, True):
                    out.append(Mention(s, e, tok, DATASET, "data-list"))  # "datasets such as VQAv2 and GQA" (not
                    decided[tok] = DATASET  # "tasks of open domain QA and the LAMA probe": a task its words modify)
                elif "-" in tok and (defined := self._defined_label(text, tok, e)) is not None:
                    out.append(Mention(s, e, tok, defined, "defined-name"))  # "PS-SFT (Perception-Structured
                    decided[tok] = defined  # Supervised Fine-Tuning)": common abbreviations joined, spelled out
                elif any(w in window for w in pat.lexicon.naming_words) and pat.cues["naming"].search(text, lo, s):
                    # a common abbreviation is a name when named: "our approach, SSD,"; the first word of a longer
                    # name ("called 3D Infomax") opens that name, and is no name where it stands alone
                    out.append(Mention(s, e, tok, MODEL, "called-cue"))
                    if not MORE_CAPITALS.match(text, e):
                        decided[tok] = MODEL
                else:
                    pending.append((s, e, tok, WEAK))
                continue
            if kind is None and inside is None and tok[:1].isupper() and (tok.casefold() in pat.generic
                                                                           or tok.casefold() in pat.eponyms):
                owned = self._owned_abbreviation(text, tend, max(sents[max(0, bisect.bisect_right(starts, s) - 1)][0],
                                                                  s - 40), s, e)
                if owned is not None:  # a common word naming the paper's own model: "We propose Gamma, a compiler"
                    out.append(Mention(s, e, tok, owned, "owned-word"))
                    decided[tok] = owned
                elif pat.cues["naming_verb"].search(text, max(0, s - 30), s) and pat.cues["named_word_tail"].match(
                        text, e):  # "..., called Bayes by Backprop.": the word opens the longer name given
                    out.append(Mention(s, e, tok, MODEL, "called-cue"))
                continue
            if (kind in (None, CAPITAL) and inside is None and "-" in tok and tend and self._title_opens(text, s)
                    and (sep := TITLE_SEPARATOR.match(text, e)) and tok[:1].isupper()
                    and (kind_word := tok.rsplit("-", 1)[1]).casefold() in self._generic_model_keys
                    and re.search(rf"(?<![\w-]){re.escape(kind_word)}s?(?![\w-])", " ".join(
                        text[sep.end():tend].split()[:4]), re.IGNORECASE)):
                kind = STRONG  # "Id-Gnn: Unsupervised Gnn For Heterophilic Graphs": a title opening with a kind of
                # model its first part qualifies, the subtitle saying what that model is, names the paper's model
                # (not "Conv-Lstm: Precipitation Nowcasting Revisited", "Bi-Lstm: A Comparative Study")
            if (kind is None and inside is None and SHORT_CODE.fullmatch(tok)
                    and self._titled_and_introduced(text, tend, tok)):
                kind = STRONG  # "H2: Towards ..." and "we propose H2, ...": a short code the paper names its work
            if (kind is None and inside is None and ACRONYM_LOWER.fullmatch(tok)
                    and not (spans and overlaps(span_starts, s, e))
                    and not pat.cues["participle_compound"].fullmatch(tok)
                    and not pat.cues["adjective_compound"].fullmatch(tok)
                    and (f"({tok.partition('-')[0]})" in text
                         or any(self._right_after_intro(text, max(tend, r.start() - 60), r.start())
                                and NAME_CLOSED.match(text, r.end()) for r in standalone(tok).finditer(text, tend)))):
                kind = STRONG  # "We propose TB-recon, a 3D reconstruction framework": an acronym and a lower-case
                # word, named right after an introduce cue (not "LLM-based", "RL-guided"), or a variant of an
                # acronym the text defines ("concept bottleneck model (CBM) ... CBM-zero provides")
            if (kind is None and inside is None and "-" in tok and tok[:1].isupper() and s >= tend
                    and not pat.assay_shape.fullmatch(tok)  # "The resulting E-values": a statistic
                    and not pat.cues["participle_compound"].fullmatch(tok)
                    and not pat.cues["adjective_compound"].fullmatch(tok)
                    and pat.cues["naming"].search(text, max(0, s - 60), s)
                    and (end := RUN_END.match(text, e)) and (not end.group(1) or end.group(1) in STOP_WORDS)
                    and not standalone(tok.split("-")[0]).search(text)):
                kind = STRONG  # "a new formulation called Q-aggregation that ...": a name the text gives right after
                # naming it and that ends its noun phrase, though its shape reads as an adjective ("KL-regularized";
                # not "dubbed GAN-synthetic data"); not "Our largest model, Zorb-mega" beside "Zorb" (a size)
            if (kind is None and inside is None and "-" in tok and _joins_named(text, tok)
                    and shape(tok.rsplit("-", 1)[0], pat) == STRONG):
                kind = STRONG  # "YOLOv8s-ghost" beside "GhostNet": two models' names joined, a combination of them
            if kind is None and inside is None and (not spans or not overlaps(span_starts, s, e)):
                continue
            if kind == "reject" and self._own_hybrid(text, tend, tok):
                kind = STRONG  # "propose the ResNet-LSTM improvement. Our ResNet-LSTM system": models joined into
                # the paper's own (not "a hybrid Transformer-Mamba architecture")
            if kind == "reject":  # "Transformer-based": a generic architecture used as a modifier is no mention
                drop.update(i for a, b, i in spans if s <= a and b <= e and fixed[i].label in (MODEL, DATASET)
                            and fixed[i].text in pat.lexicon.generic_models)
                style = pat.cues["style_suffix"].search(tok)
                if style and tok.casefold() not in pat.generic and shape(tok[:style.start()], pat) == STRONG and not (
                        spans and covering(spans, span_starts, s, s + style.start())):
                    out.append(Mention(s, s + style.start(), tok[:style.start()], MODEL, "style-modifier"))
                continue  # "a LongNet-style transformer": the name the design follows is a model
            if inside is not None:
                continue  # already a gazetteer or hardware mention
            contained = [fixed[i] for a, b, i in spans if s <= a and b <= e]
            if kind is None and not contained:
                continue
            if tok in decided:
                label, rule = decided[tok], "repeat"
            else:
                label, rule = self._label(text, tend, sents, starts, s, e, tok, kind, contained, listed)
                if rule == "on-cue" and any(v == MODEL and d.startswith(f"{tok}-") for d, v in decided.items()):
                    label, rule = MODEL, "family-of-found"  # "the BitNet-b1.58 model ... on BitNet, ...": the run
                    # on a model named before, not a data set
            if label is None and kind is not None and rule != NO_NAME and not (
                    kind == CAPITAL and s < tend and _title_cased(text, tend, tok)) and (  # not "Attacks on AES, and
                    tok.casefold() not in pat.lexicon.task_heads):  # Countermeasures" over "we discuss
                # countermeasures": a title's capitalized plain word; nor a task ("Super-Resolution and GANs")
                sent_start = sents[max(0, bisect.bisect_right(starts, s) - 1)][0]
                label, rule = self._coordinated(text, sent_start, s, e, ends if kind == CAPITAL or not repeat_ends
                                                else ends | repeat_ends, known_at)  # "preferred over Zorb and
                # QGIE": a name written again heads a list too, though not for a plain capitalized word
                if label is None and "-" in tok:
                    pieces = tok.split("-")  # a part, or a leading run of parts: "Quill-Coder-Lite" after "Quill-Coder"
                    runs = [d for d, v in decided.items() if v in (MODEL, DATASET) and len(d) < len(tok)
                            and tok.startswith(d) and "-" in d]  # the longest first: "Zorb-RoBERTaLARGE" after
                    # "Zorb-RoBERTa" is that model, though "Zorb" alone is a data set
                    part = decided[max(runs, key=len)] if runs else next((decided[p] for p in (
                        *pieces, *("-".join(pieces[:k]) for k in range(2, len(pieces)))) if decided.get(p) in (
                            MODEL, DATASET)), None)
                    if part is not None:
                        label, rule = part, "name-extends-found"  # "Code-Tern" after "Tern"
                if label is None and kind == CAPITAL and s >= tend and s not in starts and any(
                        v == MODEL and tok in d.split("-") for d, v in decided.items() if "-" in d):
                    label, rule = MODEL, "part-of-found"  # "the Zorb algorithm" under the title "Rest-Zorb: ...": a
                    # word of a name found before, written as a name of its own mid-sentence
                if label is None and kind == STRONG and not (s < tend and _title_cased(text, tend, tok)):
                    label, rule = MODEL, "name-shape"  # not "KV-Cache" in a title whose abstract writes "KV-cache"
                    if "_" in tok and data_head(pat, tok.rsplit("_", 1)[1]):
                        label = DATASET  # "ShenNong_TCM_Dataset": an identifier that ends in what it is
            if label in (MODEL, DATASET) and rule in FAMILY_FOLLOWS and (
                    family := self._family_label(tok, decided)) not in (None, label):
                label, rule = family, "family-label"  # "on VoxCeleb1" after "the VoxCeleb dataset"; "across
                # ResNet50, DenseNet121 and VGG16": a numbered member of a known name's family is what the family is
            if label is None:
                if rule == NO_NAME and contained:
                    drop.update(i for a, b, i in spans if s <= a and b <= e)  # "the CLIP-I score": no CLIP either
                if kind in (WEAK, CAPITAL, STRONG):
                    pending.append((s, e, tok, kind))
                continue
            if _common_caps(tok, pat) and (head := head_after(text, e, pat)) and head.adjacent and head.plural:
                e = head.end  # "BASE layers": a plural head completes a name that is alone a common word
                tok = text[s:e]
            if rule in ("head-noun", "compared-phrase") or (rule in ("apposition", "list-tail", "data-context")
                                                             and kind == CAPITAL):
                head = pat.cues["capital_dataset_head"].match(text, e) or pat.cues["capital_test_head"].match(text, e)
                if head and label == DATASET and kind != STRONG:  # "the Sketch-Photo Dataset" is the name; "the
                    e = head.end()  # Defects4J Dataset" is Defects4J's, a name by its shape alone
                    tok = text[s:e]
                lead = PHRASE_LEAD.search(text, max(0, s - 60), s)  # "Nucleus Sampling, a simple method"
                if lead and lead.start() not in starts and lead.start() >= tend:
                    s = lead.start()
                    while (word := FIRST_WORD_SPACE.match(text, s, e)) and (
                            pat.cues["participle_compound"].fullmatch(word.group(1))
                            or pat.known.get(entity_key(word.group(1)), ("",))[0] == TOPIC):
                        s = word.end()  # "GPU-accelerated Isaac Gym environments": the participle modifies the name;
                        # "an instruction-tuned LLM ZorbT5": a field's or class's acronym is no part of it
                    tok = text[s:e]
            if rule == "data-list" and kind == CAPITAL and (words := LISTED_WORDS.match(text, e)):
                e = words.end()  # "on LibriSpeech and Wall Street Journal": the member's capitalized words to its end
                tok = text[s:e]
            titled = pat.cues["data_source_after"].match(text, e) if rule == SOURCE_RULE else None
            if titled and titled.group("titled"):
                e = titled.end()  # "the Tumour Cell Atlas": the phrase up to its head
                tok = text[s:e]
            drop.update(i for a, b, i in spans if s <= a and b <= e)
            out.append(Mention(s, e, tok, label, rule))
            ends[e] = label
            if not (kind == CAPITAL and NEXT_CAPITAL.match(text, e)) and not (rule == "name-shape" and s < tend):
                decided.setdefault(tok, label)  # "Graph WaveNet": the word opens a longer name, so "Graph neural
                # approaches" is no repeat of it; a title's name known by its shape alone is read again where
                # the abstract says what it is ("... for EdNet Correctness Prediction" and "on EdNet, the largest
                # publicly available benchmark dataset")
        model_at = {m.start for m in out if m.label == MODEL}
        data_at = {m.start for m in out if m.label == DATASET}
        shaped_at = {m.start for m in out if m.label == MODEL and m.rule == "name-shape"}
        for s, e, tok, kind in pending:
            if tok in decided and not (kind == CAPITAL and s < tend):
                out.append(Mention(s, e, tok, decided[tok], "repeat"))
            elif kind in (WEAK, CAPITAL) and s >= tend and tok.casefold() not in pat.generic and not (
                    kind == CAPITAL and tok.casefold() in pat.lexicon.task_heads) and (  # "KITTI Pedestrian
                    j := AND_OR.match(text, e)) and j.end() in shaped_at:  # Tracking and DanceTrack": a task
                out.append(Mention(s, e, tok, MODEL, "coordination"))  # "Donut and Pix2Struct", "as in SALAD and
                decided[tok] = MODEL  # BoQ": joined to a model its shape names
            elif kind in (WEAK, STRONG) and tok.casefold() not in pat.generic and (j := JOINER.match(text, e)) and (
                    j.end() in model_at) and pat.cues["evaluated_models_before"].search(
                    text, sents[max(0, bisect.bisect_right(starts, s) - 1)][0], s):
                out.append(Mention(s, e, tok, MODEL, "list-head"))  # "We evaluate ZETA, Quill-7B and ...": the
                decided[tok] = MODEL  # first of the models a paper evaluates side by side
            elif (kind in (WEAK, STRONG) and s >= tend and tok.casefold() not in pat.generic
                  and _task_paren_data(text, sents[max(0, bisect.bisect_right(starts, s) - 1)], s, data_at,
                                   pat.lexicon.model_heads | pat.lexicon.dataset_heads)):
                out.append(Mention(s, e, tok, DATASET, "task-paren"))  # "question classification (TREC),
                decided[tok] = DATASET  # entailment (SNLI)": the data of a task, as its listed neighbours are
            elif kind == WEAK and tok.casefold() in pat.generic and (j := JOINER.match(text, e)) and (
                    j.end() in data_at) and listed.get(s) == DATASET:
                out.append(Mention(s, e, tok, DATASET, "list-head"))  # "small datasets (QNLI, Zet-7)": a task's
                decided[tok] = DATASET  # acronym listed first among datasets is one
        for i, m in enumerate(out):
            if m.label in (MODEL, DATASET):
                ext = pat.name_suffix.match(text, m.end)
                if ext and ENUMERATION_MARK.fullmatch(text, m.end, ext.end() + 1) and (
                        text.rfind("(", 0, m.end) <= text.rfind(")", 0, m.end)):
                    ext = None  # "2) multi-class AdaBoost.MH 3) regression calibration": a list's item marker, no
                    # version (not "(e.g., Llama 2)", a parenthesis closing)
                if ext and text[m.start:ext.end()].casefold() in pat.generic:
                    drop.add(i)  # "CLIP-S", "BLEU-4": a metric named after a model is neither
                elif ext:
                    _extend(m, text, ext.end())
                elif (m.label == MODEL and (q := QUALIFIED_NAME.match(text, m.end)) and shape(m.text, pat) == CAPITAL
                      and shape(q.group(1), pat) in (WEAK, STRONG)):
                    _extend(m, text, q.end())  # "between H2Box and Rotated FCOS": a plain word qualifies the name
                    # after it
                elif m.label == DATASET and (bench := BENCH_AFTER.match(text, m.end)):
                    _extend(m, text, bench.end())  # "on EWMBench and DreamGen Bench": the capitalized word ends its
                    # name; "PASCAL VOC07+12": the years of two editions joined
                elif m.label == MODEL and (paren := pat.cues["version_paren_after"].match(text, m.end)):
                    _extend(m, text, paren.end())  # "We present Mosaic (v2)": the version is part of the name
                if m.label == DATASET and YEAR_END.search(m.text) and (task := EDITION_TASK.match(text, m.end)):
                    _extend(m, text, task.end())  # "the SemEval 2021 Task 7 dataset": a task of a yearly shared
                    # task is a data set of its own
        out = [m for i, m in enumerate(out) if i not in drop]
        _list_neighbour_words(text, tend, out)
        technique = pat.cues["technique_head_after"]
        for m in out:  # "QuadTree Attention", "SparseProb self-attention": a new name with its technique head
            if m.label == MODEL and m.start >= tend and m.rule not in STRONG_RULES and text.startswith(" ", m.end):
                head = technique.match(text, m.end)
                if head and entity_key(m.text) not in pat.known:
                    _extend(m, text, head.end())
        out = [m for m in out if not (m.label in (MODEL, DATASET) and WILDCARD_VERSION.match(text, m.end))]
        self._siblings(text, out)
        return out

    def _lower_listed(self, text: str, tend: int, mentions: list[Mention]) -> list[Mention]:
        """A hyphenated name in lower case listed with a dataset is one ("on Zinc-7, molx-hiv and molx-pcba",
        "mol-tox and mol-sol from the Quasar Benchmark"), as is one set in parentheses after the data it
        names ("the 40K programs (prog-40k)"), or one of a family a listed one opens ("mol-hiv" after "mol-tox").
        Not a compound of common words ("state-of-the-art",
        "few-shot") nor one followed by a noun ("long-context tasks")."""
        pat = self.pat
        datasets = [m for m in mentions if m.label == DATASET]
        if not datasets and "(" not in text:
            return mentions
        found: list[Mention] = []
        taken = {(m.start, m.end) for m in mentions}
        candidates, kin = [], []
        for r in lower_names(text, tend):
            if (self._plain_compound(r.group()) or any(a < r.end() and r.start() < b for a, b in taken)
                    or r.group().removesuffix("s") in pat.lexicon.dataset_heads):
                continue  # "fine-tuned", "state-of-the-art", "data-sets": a word, no name
            if not LOWER_NAME_END.match(text, r.end()):
                kin.append(r.span())  # "long-context tasks": a modifier unless a listed name shares its stem
                continue
            if pat.cues["data_paren_before"].search(text, max(tend, r.start() - 60), r.start()) and text.startswith(
                    ")", r.end()):
                found.append(Mention(r.start(), r.end(), r.group(), DATASET, "lower-listed"))
            else:
                candidates.append(r.span())
        grew = True
        while grew and candidates:
            grew = False
            for a, b in list(candidates):
                near = datasets + found
                listed = any(LIST_JOIN.fullmatch(text, m.end, a) or LIST_JOIN.fullmatch(text, b, m.start)
                             or pat.cues["dataset_member_gap"].match(text[m.end:a]) for m in near)
                source = FROM_GAP.match(text, b)
                if listed or (source and any(m.start == source.end() for m in near)):
                    found.append(Mention(a, b, text[a:b], DATASET, "lower-listed"))
                    candidates.remove((a, b))
                    grew = True
        stems = {m.text[:m.text.index("-") + 1] for m in datasets + found if m.text.islower() and "-" in m.text}
        found += [Mention(a, b, text[a:b], DATASET, "lower-listed") for a, b in kin + candidates
                  if text[a:text.index("-", a) + 1] in stems]  # "the tgbl-fin stream" after "tgbl-web, tgbl-mail"
        return longest_first(mentions + found) if found else mentions

    def _plain_compound(self, word: str) -> bool:
        """Whether a lower-case hyphenated ``word`` is a compound of plain words ("fine-tuned",
        "state-of-the-art", "pre-trained"), no name."""
        parts = word.casefold().split("-")
        return (parts[-1] in self.pat.suffixes or parts[0] in self.pat.prefixes or any(p in STOP_WORDS for p in parts)
                or parts[-1].endswith(("ed", "ing")))

    def _own_hybrid(self, text: str, tend: int, tok: str) -> bool:
        """Whether ``tok`` joins generic and known models ("ResNet-LSTM") and the abstract names it as the paper's
        own, right after "our", "the proposed" or "propose the", or as a variant in parentheses after its head ("a
        ConvLSTM variant (RNN-UNet)")."""
        pat = self.pat
        if not models_joined(tok.split("-"), pat):
            return False
        own, named = pat.cues["own_hybrid_before"], pat.cues["hybrid_named_before"]
        return any(own.search(lead := text[max(tend, m.start() - 20):m.start()]) or named.search(lead)
                   for m in standalone(tok).finditer(text, tend))

    def _spelled_after(self, text: str, e: int, tok: str) -> bool:
        """Whether a long form in parentheses or in apposition after ``tok`` (ending at ``e``) spells it."""
        sm = self.pat.cues["spelled_out_after"].match(text, e, e + 160)
        long_form = sm and (sm.group(1) or sm.group(2))
        fw = self.pat.lexicon.function_words
        return bool(long_form) and (initials_match(tok, long_form, fw) or letters_spell(tok, long_form, fw))

    def _owned_abbreviation(self, text: str, tend: int, lo: int, s: int, e: int) -> str | None:
        """MODEL or DATASET when the paper presents a common abbreviation (``patterns/generic.json``) as the
        name of its own model or dataset: the title opens with it ("XYZ: A New Dataset for ..."), or an
        introduce cue is right before it and an appositive after it ("we introduce XYZ, a new dataset")."""
        pat = self.pat
        if tend and self._title_opens(text, s) and TITLE_SEPARATOR.match(text, e):
            return self._title_label(text, tend, tok=text[s:e])
        appositive = pat.lexicon.apposition.match(text, e)
        if appositive is None or appositive.group(1).casefold() in pat.lexicon.metric_heads:
            return None
        if not self._right_after_intro(text, lo, s):
            return None
        return DATASET if _data_head(pat, appositive) else MODEL

    def _data_compound(self, text: str, s: int, e: int, tok: str) -> bool:
        """Whether ``tok`` at text[s:e], a capitalized word and a lower-case one joined by a dash, is a data set's
        name: "the" or a possessive before it and a data head after it ("the GSM-hard benchmark", "our
        Zorb-instructions dataset"); not a language, a suffix or a participle ("the English-only benchmark",
        "the LLM-generated corpus")."""
        pat = self.pat
        match = DATA_COMPOUND.fullmatch(tok)
        return bool(match and match.group(1).casefold() not in pat.generic and match.group(2) not in pat.suffixes
                    and not pat.cues["participle_compound"].fullmatch(tok)
                    and pat.cues["data_compound_before"].search(text, max(0, s - 8), s)
                    and pat.cues["dataset_heads"].match(text[e:e + 30]))

    def _presented_compound(self, text: str, s: int, e: int, tok: str) -> bool:
        """Whether ``tok`` at text[s:e], a name and a lower-case word joined by a dash ("BART-fusion"), is the
        name of what the paper presents: the title opens with it ("BERT-flow: ..."), an introduce cue is right
        before it ("we propose BART-fusion"), or the word begins another name of the text ("YOLOv8s-ghost" beside
        "GhostNet"); never a participle ("BART-generated")."""
        tail = tok.rsplit("-", 1)[1]
        if not (tail.isalpha() and tail.islower()) or self.pat.cues["participle_compound"].fullmatch(tok):
            return False
        if self._title_opens(text, s) and TITLE_SEPARATOR.match(text, e):
            return True
        if _joins_named(text, tok):
            return True  # "YOLOv8s-ghost" beside "GhostNet": two models' names joined, a combination of them
        return self._right_after_intro(text, max(0, s - 60), s)

    def _right_after_intro(self, text: str, lo: int, s: int) -> bool:
        """Whether an introduce cue in text[lo:s] ends with nothing but white space before ``s`` ("we propose ")."""
        intro = last_match(self.pat.cues["introduce"], text[lo:s])
        return intro is not None and not text[lo + intro:s].strip()

    def _titled_and_introduced(self, text: str, tend: int, tok: str) -> bool:
        """Whether the title opens with ``tok`` ("H2: ...") and the abstract introduces it right after an
        introduce cue ("we propose H2, which ...")."""
        return bool(tend and text.startswith(tok) and TITLE_SEPARATOR.match(text, len(tok))) and self._introduced_at(
            text, tend, tok)

    def _introduced_at(self, text: str, tend: int, tok: str) -> bool:
        """Whether the abstract (from ``tend``) writes ``tok`` right after an introduce cue ("we propose H2")."""
        return any(self._right_after_intro(text, max(tend, r.start() - 60), r.start())
                   for r in standalone(tok).finditer(text, tend))

    def _defined_task(self, text: str, tok: str, s: int) -> bool:
        """Whether the text before ``s`` defines ``tok`` as a task ("automatic speaker verification (ASV)", "vision
        language (VL) tasks"), so that "an ASV model" names a kind of model, not one."""
        at = text.find(f"({tok})", 0, s)
        words = text[max(0, at - 40):at].split() if at > 0 else []
        after = text[at + len(tok) + 2:at + len(tok) + 12]  # "for vision language (VL) tasks ... VL models": a
        # field, and a kind of model
        return bool(words) and (words[-1].casefold() in self.pat.lexicon.task_heads or (
            words[-1].islower() and self.pat.cues["task_word_after"].match(after) is not None))

    def _defined_label(self, text: str, tok: str, e: int) -> str | None:
        """MODEL or DATASET when a long form in parentheses right after ``tok`` (ending at ``e``) spells its
        capitals ("VG-PO (Visibility-grounded Policy Optimization)"), by a data head right after it or the long
        form's last word; None when there is none, or it names a metric or a task ("(Anomaly Detection)"), or a
        score follows it."""
        defined = DEFINED_AFTER.match(text, e)
        if defined is None or not capitals_spell(tok, defined.group(1)):
            return None
        last = re.split(r"[\s-]", defined.group(1))[-1].casefold()
        lexicon = self.pat.lexicon
        if DATA_NOUN_AFTER.match(text, defined.end()):
            return DATASET  # "FABSA (Feedback Aspect Based Sentiment Analysis) Dataset Using BERT": the head after it
            # says (not "... Benchmark Results", "... set a new state of the art")
        if (last.rstrip("s") in lexicon.metric_heads or last in lexicon.task_heads
                or self.pat.cues["metric_heads"].match(text, defined.end())):
            return None  # "IO-U (Intersection Over Union) score": a measure
        return DATASET if last.rstrip("s") in lexicon.dataset_heads or last == "evaluation" or self.pat.cues[
            "dataset_words"].search(defined.group(1)) else MODEL  # "(Quill Language Understanding Evaluation)"

    def _title_label(self, text: str, tend: int, tok: str) -> str:
        """DATASET when the name ends as a benchmark's does and the title says data ("VertiBench"), the title says
        benchmark, dataset or corpus, or the abstract sets one of those words in apposition to the title's name
        ("MoEBench: ..." and "We introduce MoEBench, a benchmark of 12 tasks", "an evaluation framework"; past "a
        version of ...", or "X is a benchmark") or before it ("a visual dialogue dataset Zorb"); else MODEL."""
        data_word = self.pat.cues["title_dataset_words"].search(text, 0, tend)
        if (data_word or self.pat.cues["title_plural_data_words"].search(text, 0, tend)) and (
                self.pat.cues["bench_name_end"].search(tok)):
            return DATASET  # "VertiBench: Advancing Feature Distribution Diversity in ... Benchmarks" (not
            # "SpecBench: Speculative Decoding for Faster LLM Inference": a method, the title says no data word)
        if (data_word and not self.pat.cues["title_models_with_data"].search(text[:data_word.start()])) or (
                text.startswith(tok) and self.pat.cues["capital_dataset_head"].match(text, len(tok))):
            return DATASET  # "CodeSearchNet Challenge: ...": the title's name before a data word is data (not
            # "LlaSMol: Advancing Large Language Models for Chemistry with a ... Dataset": models made with data)
        written = re.compile(r"(?<![\w-])%s(?![\w-])" % re.escape(tok), re.IGNORECASE)  # "MedAgentGYM" too
        for r in written.finditer(text, tend):
            if self.pat.cues["dataset_type_before"].search(text, max(tend, r.start() - 80), r.start()) and not (
                    self.pat.cues["result_verb_after"].match(text[r.end():r.end() + 60])):
                return DATASET  # "we construct a visual dialogue dataset Zorb" (not "On the arXiv benchmark Heron
                # improves ...": the subject after a fronted phrase)
            spelled = text[max(tend, r.start() - 40):r.start() - 1].split() if text[r.start() - 1:r.start()] == "(" \
                else []
            if spelled and spelled[-1].casefold().rstrip("s") in self.pat.lexicon.dataset_heads:
                return DATASET  # "we propose the Arabic Language Understanding Evaluation Benchmark (ALUE)"
            head = self.pat.cues["data_head_after"].match(text[r.end() + 1:r.end() + 40]) if spelled and text[
                r.end():r.end() + 1] == ")" else None
            if head and text[r.end() + 1 + head.end():][:1] != "-":  # not "(SQT) dataset-agnostic pruning"
                return DATASET  # "We introduce Korean Language Understanding Evaluation (KLUE) benchmark"
            paren = LONG_FORM_AFTER.match(text, r.end())  # "Zorb (Zero Order Robot Bench), to the best of our
            end = paren.end() if paren else r.end()  # knowledge the first video dataset ...": past its long form
            aside = self.pat.cues["hedge_aside"].match(text, end)  # and a hedge
            said = self.pat.lexicon.apposition.match(", " + text[aside.end():aside.end() + 200] if aside else
                                                     text[end:end + 200])
            if said and said.group(1).casefold() in VERSION_HEADS:
                said = None  # "GeneBench-Pro, an expanded version of GeneBench ...": what it is comes later
            if said:
                data = _data_head(self.pat, said) or self.pat.cues["evaluation_head"].search(said.group())
                return DATASET if data else MODEL
            is_a = self.pat.lexicon.is_a.match(text[end:end + 200])
            if is_a and text[end + is_a.end():end + is_a.end() + 1] != "-" and data_head(
                    self.pat, is_a.group().split()[-1]):
                return DATASET  # "GeneBench-Pro is a benchmark for AI agents" (not "a dataset-free method")
        return MODEL

    def _title_opens(self, text: str, s: int) -> bool:
        """Whether a name at ``s`` opens the title, alone or after "Introducing", "Meet" ("Meet Zorb: ...")."""
        return s == 0 or (s < 24 and self.pat.cues["title_intro_lead"].fullmatch(text, 0, s) is not None)

    @staticmethod
    def _siblings(text: str, mentions: list[Mention]) -> None:
        """A name known only by its shape joins the label of known datasets listed with it in parentheses."""
        for m in mentions:
            if m.rule != "name-shape":
                continue
            open_ = text.rfind("(", 0, m.start)
            close = text.find(")", m.end)
            if open_ < 0 or close < 0 or ")" in text[open_:m.start] or "(" in text[m.end:close]:
                continue
            group = [o for o in mentions if open_ < o.start and o.end <= close and o is not m]
            if any(o.label == DATASET and o.rule.startswith("gazetteer") for o in group) and not any(
                    o.label == MODEL and o.rule.startswith("gazetteer") for o in group):
                m.label, m.rule = DATASET, "list-sibling"

    def _label(self, text: str, tend: int, sents: list[tuple[int, int]], starts: list[int], s: int, e: int,
               tok: str, kind: str | None, contained: list[Mention], listed: dict[int, str]) -> tuple[str | None, str]:
        """The label and rule of an unseen name at text[s:e], or (None, "") when nothing says it is one
        (``listed``: where list members start -> their head's label)."""
        pat, cues = self.pat, self.pat.cues
        known = pat.known.get(entity_key(tok))
        if known and known[0] in (MODEL, DATASET, ORG) and (tok.isupper() or ALNUM_DROP.sub("", tok) in pat.spelled):
            return known[0], "gazetteer-variant"  # "RCNN", "PALM"; not "SuperGlue" for SuperGLUE
        if (tok in SPLIT_HEADS and cues["split_word_before"].search(text[max(0, s - 20):s])) or (
                cues["split_word_before"].search(tok + " ") and SPLIT_HEAD_AFTER.match(text, e)):
            return None, NO_NAME  # "the top-5 accuracy on the Eval Set": a split of the data, no name
        if s >= tend and cues["robot_head_after"].match(text[e:e + 40]) and not known:
            return None, NO_NAME  # "a physical YuMi robot", "4 ABB YuMi robot arms": a robot, hardware
        if "_" in tok and cues["code_metric_shape"].fullmatch(tok):
            return None, NO_NAME  # "the metrics of F1_score and recall": a metric written as code names
        if cues["count_modifier"].match(tok):
            return None, NO_NAME  # "the 1.2M-row tables", "a 7B-parameter model": a count used as a modifier
        if "-" in tok and any(p[:1].islower() for p in tok.split("-")) and cues["pair_sides_after"].match(
                text, e) and not known:
            return None, NO_NAME  # "question-SQL pairs are retrieved": the two sides of each pair, no name
        if cues["symmetry_adjective"].fullmatch(tok):
            return None, NO_NAME  # "E(3)-Equivariant Potentials": a property of models, no name
        if cues["identifier_shape"].fullmatch(tok):
            return None, NO_NAME  # "grant HP-00064387": an identifier's letters and long number
        if cues["pyramid_level"].match(text, s, min(len(text), e + 40)):
            return None, NO_NAME  # "remove the P5 detection layer": a level of a feature pyramid
        if _chemical_formula(pat, tok, text[e:e + 12]):
            return None, NO_NAME  # "NH3-H2 flames", "NH3/H2 ratios": compounds, no name
        if s < tend and tok in pat.title_words and self._title_opens(text, s):
            return None, NO_NAME  # "SoK: ...", "Survey: ...": the kind of paper the title opens with
        if 0 < s < tend and tok.isupper() and _title_in_capitals(text[:tend]) and text.find(tok, tend) < 0:
            return None, NO_NAME  # "GDDIM: GENERALIZED DIFFUSION IMPLICIT MODELS", "... FINE-TUNING INDOBERT MENGGUNAKAN
            # DATASET GoEmotions": a title in capitals writes every word so; a word of it is a name only as the
            # abstract writes it too (DDIM)
        if kind == CAPITAL and (opened := text.rfind("(", max(0, s - 80), s)) > text.rfind(")", max(0, s - 80), s) and (
                (long_form := LONG_FORM_AFTER.match(text, opened)) and long_form.end() >= e) and (
                text[opened + 1:s].strip() or not text[e:e + 2].lstrip().startswith(")")):
            return None, NO_NAME  # "ZORB (Zero Order Robot Detection)": a word of a name's long form, its alias (not
            # a name alone in parentheses: "an image animation model (Wan-Animate)")
        if kind == CAPITAL and cues["owner_possessive_after"].match(text[e:e + 20]):
            return None, NO_NAME  # "a fine-tuned version of Meta's Llama 2": the maker, not a model
        if kind == CAPITAL and s in starts and _sentence_adverb(pat, text, s, e):
            return None, NO_NAME  # "Uniquely, our benchmark ...", "Regardless, the cost ... remains"
        if listed.get(s) == OTHER:
            return None, NO_NAME  # "ICS protocols such as Modbus and DNP3": things of another kind
        if (kind == CAPITAL and cues["adjective_word"].fullmatch(tok)
                and cues["adjective_list_after"].match(text[e:e + 80])):
            return None, NO_NAME  # "RoPE, Sinusoidal and Learned positional encodings": kinds of a class
        if cues["web_address_shape"].fullmatch(tok):
            return None, NO_NAME  # "available at AdapterHub.ml": a web address, not the name
        if cues["hardware_compound"].fullmatch(tok) or (cues["citation_key"].fullmatch(tok) and not (
                self._title_opens(text, s) or cues["dataset_heads"].match(text[e:e + 30])
                or cues["model_heads"].match(text[e:e + 30])
                or last_match(cues["introduce"], text[max(0, s - 60):s]) is not None)):
            return None, NO_NAME  # "single-GPU inference", "multi-TPU"; "as in Qiu2024": a citation key (not
            # "Homekit2020: A Benchmark ...", "we present Homekit2020", "the Homekit2020 dataset": a name and its year)
        if s in starts and "-" in tok and tok.split("-")[0].casefold() in pat.prefixes and tok.split("-")[-1].islower():
            return None, NO_NAME  # "Multi-agent debate, where ...": a prefix capitalized only as the sentence opens
        if "-" in tok and not contained and cues["participle_compound"].fullmatch(tok):
            return None, NO_NAME  # "Human and AI-Crafted Personas", "LLM-Generated Text": a compound adjective
        if kind is not None and cues["hardware_head_after"].match(text[e:e + 40]):
            return None, NO_NAME  # "Our Zorbmore processor", "the Quill chip": hardware, no model
        if cues["alpha_citation_key"].fullmatch(tok) and _in_brackets(text, s, e):
            return None, NO_NAME  # "first presented in [PS99]", "[Knu84, CH90]": a citation key in brackets
        if kind == CAPITAL and text.startswith("- ", e) and text[e + 2:e + 3].islower():
            return None, NO_NAME  # "Self- consistency Guided Filtering": a word a line break cut, no name alone
        if kind is not None and cues["metric_head_before"].search(text, max(0, s - 40), s):
            return None, NO_NAME  # "the previous metric PartPQ biases to PQ": a metric the text names
        if cues["quantity_paren_before"].search(text, max(0, s - 20), s):
            return None, NO_NAME  # "geopotential height at 500 hPa (Z500)": a quantity's symbol
        if kind is not None and cues["scheme_head_after"].match(text[e:e + 40]):
            return None, NO_NAME  # "annotated with the BIO tagging scheme": a labelling convention, no model
        if kind is not None and cues["guideline_head_after"].match(text[e:e + 100]):
            return None, NO_NAME  # "according to OWASP (Open Web ... Project) guidelines", "GDPR compliance": who
            # sets rules, or the rules, no model
        if tok[:1].islower() and cues["setting_head_after"].match(text[e:e + 20]):
            return None, NO_NAME  # "in the low-effective-SNR regime": a setting's modifier
        if kind == CAPITAL and cues["bare_class_word"].fullmatch(tok):
            return None, NO_NAME  # "Our Benchmark's repository": a class word capitalized, no name
        if "+" in tok.rstrip("+") and any(entity_key(p) in pat.known for p in tok.split("+")):
            return None, NO_NAME  # "BERT+CRF": a known model with a part, no name of its own
        if "+" in tok.rstrip("+") and all(p.split("/")[0].casefold() in pat.generic or _lower_defined(text, p)
                                          for p in tok.split("+")):
            return None, NO_NAME  # "the UDP+QUIC+HTTP/3 stack", "This DDWP+DA framework" (both defined in lower case):
            # words or terms that are no names, joined, are none
        if "-" in tok and all(p in pat.lexicon.generic_models or (p.islower() and p.capitalize() in
                                                                  pat.lexicon.generic_models) for p in tok.split("-")):
            return None, NO_NAME  # "a CNN-Transformer fusion module", "the autoencoder-GAN model": generic
            # architectures joined are generic
        if "-" in tok and cues["model_heads"].match(text[e:e + 30]) and any(
                _lower_defined(text, p) for p in tok.split("-")) and all(
                p.casefold() in pat.generic or _lower_defined(text, p) for p in tok.split("-")):
            return None, NO_NAME  # "collaborative filtering (CF) ... existing CF-LLM frameworks": common terms joined
            # before a head, a kind of model (not "We propose NN-GLS, a new estimator": a name of such words)
        glued_known = GLUED_KNOWN.fullmatch(tok) if kind == WEAK else None
        if glued_known and pat.known.get(entity_key(glued_known.group(1))) == (MODEL, glued_known.group(1)):
            return MODEL, "name-extends-known"  # "our BERT and ELECTRA based German models, GBERT and GELECTRA": a
            # letter or two glued onto a known model's name written as it is (not "ARPANET": PANet)
        inherited = next((m.label for m in contained if m.label in (MODEL, DATASET)), None)
        if inherited and LETTER_SUFFIX.search(tok) and cues["metric_letter_after"].match(text[e:e + 20]) and (
                cues["article_end"].search(text, max(0, s - 6), s)):
            return None, NO_NAME  # "the CLIP-I score", "the Zorb-T similarity": a metric named after a model
        if inherited and (kind is not None or all(p[:1].isupper() or p[:1].isdigit() for p in tok.split("-")) or (
                s >= tend and re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(tok), text[:tend], re.IGNORECASE))):
            # "YOLO-pose" under the title "YOLO-Pose: ...": the title's name, not YOLO with a word
            apposed = pat.lexicon.apposition.match(text, e)
            said = apposed.group(1).casefold() if apposed else ""
            if said and said not in pat.lexicon.metric_heads and (
                    DATASET if said in pat.lexicon.dataset_heads else MODEL) != inherited:
                return (DATASET if said in pat.lexicon.dataset_heads else MODEL), "apposition"  # "We introduce
                # MMLU-Chat, a dialogue model": the apposed head says what the name is, not the dataset it extends
            if inherited == MODEL and (cues["named_data_head_after"].match(text[e:e + 30]) or (
                    "-" in tok and tok.rsplit("-", 1)[1].casefold() == "bench")):
                return DATASET, "data-head"  # "the LLaVA-Bench dataset", "on Zorb-Bench": data named after a model
            if inherited == MODEL and s >= tend and cues["data_appositive_before"].search(text, max(0, s - 80), s):
                return DATASET, "data-apposition"  # "on the latest public dataset, ChatGPT-VDMEval,": data named
                # after the model it tests
            if inherited == DATASET and any(cues["model_appositive_before"].search(text, max(tend, r.start() - 100),
                                                                                   r.start())
                                            for r in standalone(tok).finditer(text, tend)):
                return MODEL, "apposition"  # "We present a new zero-shot dense retrieval (ZeroDR) method, COCO-DR,": a
                # method named after the data it was first tried on, wherever the text writes it
            return inherited, "name-extends-known"
        if inherited and kind is None and "-" in tok and self._presented_compound(text, s, e, tok):
            return inherited, "name-extends-known"  # "we propose BART-fusion, a model ...": a known name and a
            # lower-case word, the name of what the paper presents (not "BART-generated summaries")
        first = FIRST_WORD.match(tok).group()  # type: ignore[union-attr]
        root = pat.known.get(entity_key(first))
        if root and root[0] in (MODEL, DATASET) and kind is not None and "-" in tok and (
                kind != CAPITAL or first == root[1]):
            if root[0] == MODEL and THOUSANDS_TAIL.search(tok):
                return DATASET, "family-root"  # "Alpaca-52K": 52 thousand examples named after a model, data
            return root[0], "family-root"  # not "Zero-Bubble" for ZeRO: a plain word spelled otherwise
        release = split_size(tok)[0] if kind is not None and GLUED_RELEASE.match(tok) else ""
        glued = release and (GLUED_RELEASE.fullmatch(release) or (  # "on Qwen2.5", "on LLaMA3-8B", "on VoxCeleb1": a
            None if DATA_WORD_AFTER.match(text, e) else RELEASE_VARIANT.fullmatch(release)))  # numbered release of a
        # known name, at a size or none; "on Qwen2.5-VL-7B": a capitalized variant of the release (not before "data")
        if glued and (family := pat.known.get(entity_key(glued.group(1)))) and family[0] in (MODEL, DATASET):
            return family[0], "family-root"
        if kind is not None and "-" in tok and sized_family(*sized(tok), pat.known, pat.lexicon.model_heads):
            return MODEL, "family-root"  # "Swin-Large": Swin Transformer at size Large
        if kind is None or (kind == CAPITAL and s < tend and not self._title_opens(text, s)):
            return None, ""  # a capitalized title word is a name only as the title's "X: ..."
        if kind == CAPITAL and tok.split("-")[0].casefold() in pat.eponyms and not (
                text.startswith(tok) and any(cues["presented_before"].search(text, max(0, o.start() - 40), o.start())
                                             for o in re.finditer(re.escape(tok), text))):
            return None, NO_NAME  # "the Schrödinger-Newton model", "Markov-Chain: Monte Carlo ...": a physical or
            # mathematical object after scientists; a method only when the title opens with it and the abstract
            # presents it ("Gaussian-Flow: ... We introduce Gaussian-Flow, a novel ...")
        sent_start, sent_end = sents[max(0, bisect.bisect_right(starts, s) - 1)]
        if tok[:2].isupper() and _spells_name_before(text, s):
            return None, NO_NAME  # "SENTIPOLC (SENTIment POLarity Classification)": words whose capitals mark
            # the letters of the name written before them
        if (glued := GLUED_LEAD.fullmatch(tok)) and re.search(rf"(?<![\w-]){re.escape(glued.group(1))}(?![\w-])", text):
            return None, NO_NAME  # "whereGePpeTto's output": a word run into a name the text writes apart too
        if tok[:1].islower() and _marks_letters(tok, text[e:sent_end]):
            return None, NO_NAME  # "a Comment tree-based vulnerAbiLity dEtection framework ..., named SCALE": a word
            # whose capitals mark the letters of a name written after it
        before = text[max(sent_start, s - 80):s]
        if s >= tend and (cues["data_version_before"].search(before) or cues["data_version_after"].match(
                text[e:min(sent_end, e + 80)])):
            return DATASET, "data-version"  # "Zorb-Clean, a filtered version of Zorb18": both are data
        if YEAR_AFTER.match(text, e) and cues["shared_task_before"].search(before):
            return DATASET, "shared-task"  # "the Idiap submission to WAT 2019", "Task 4 of TASS 2018", "SCI2S at
            # TASS 2018: ...": an evaluation campaign of a year, and the data it sets
        if cues["bio_target_before"].search(before):
            return None, NO_NAME  # "binders against PD-L1 and IL-7Rα": proteins a design targets
        if cues["team_before"].search(before):
            return None, NO_NAME  # "the solutions of team 'Zorbix'": a team, no model
        if s >= tend and cues["result_metric_to"].match(text[e:e + 20]) and cues["result_metric_before"].search(
                text, max(sent_start, s - 160), s):
            return None, NO_NAME  # "improving the Quill summarization ROUGE-2 to 20.1": the metric of a result
        if s >= tend and cues["result_metric_lead"].search(before) and cues["result_metric_after"].match(
                text[e:min(sent_end, e + 160)]):
            return DATASET, "result-metric"  # "..., and the Zorb-QA open-domain answering EM to 41.2": the data
            # set a result clause scores
        if s >= tend and cues["data_source_before"].search(before) and cues["data_source_after"].match(text, e):
            return DATASET, SOURCE_RULE  # "stars from the QUARTO and PELLAM surveys", "expression data from the
            # Tumour Cell Atlas": a named collection the paper draws data from
        if self._score_before.search(before):
            return None, NO_NAME  # "51.2mAP bbAP": the metric a score is given in
        if DECIMAL_AFTER.match(text, e) and _described(tok, pat.generic):
            return None, NO_NAME  # "to near-SOTA 1.55": a score, no version of a name
        if NUMBER_BEFORE.search(before):  # a unit of measurement: "1.7 chrF", "2.1 mAPH"
            if s >= tend and (cues["dataset_heads"].match(text[e:min(sent_end, e + 20)])
                              or cues["counted_items_after"].match(text, e, min(sent_end, e + 40))):
                return DATASET, "head-noun"  # a count of a benchmark's parts: "57 Atari games", "9 Zet tasks",
                # "100 QuillQA clinical cases"
            return None, NO_NAME if UNIT_NUMBER.search(before) else ""
        ext = pat.name_suffix.match(text, e)
        after_name = text[ext.end() if ext else e:min(sent_end, e + 60)]
        if tend and self._title_opens(text, s) and (TITLE_SEPARATOR.match(after_name) or cues["title_report"].match(
                text[:tend])) and (kind != CAPITAL or ((cues["title_subtitle_head"].match(after_name) or (
                    "-" in tok and tok.split("-")[0].casefold() not in pat.prefixes
                    and cues["title_gerund_subtitle"].match(after_name))) and not re.search(
                    r"(?<![\w-])%s(?![\w-])" % re.escape(tok.lower()), text[tend:]))
                                   or _written_as_name(text, tend, tok) or ("-" in tok and any(
                    len(p) > 3 and _written_as_name(text, tend, p) for p in tok.split("-")))):
            # a capitalized word is a name when the subtitle says what it is ("Bramble: A Sparse Model", and for a
            # hyphened one, what it does: "Disease-Atlas: Navigating Disease Trajectories ..."; not
            # "Memory: Efficient Transformers ..." over an abstract studying memory) or the abstract writes it
            # again, never in lower case ("Robustness: What Matters", "Meet Experts:"), or a part of it ("Rest-Zorb:"
            # over an abstract restarting the Zorb algorithm)
            if kind != CAPITAL or (tok not in pat.title_words and not (
                    s and cues["title_intro_lead"].fullmatch(text, 0, s) and cues["plain_noun"].match(tok))):
                # after "Towards" a plain noun is the goal ("Towards Fairness: ..."); "Gullwing: ..." names
                return self._title_label(text, tend, tok), "title-name"
        if (kind == CAPITAL and "-" in tok and s >= tend and after_name.startswith(")")
                and (headed := cues["head_paren_before"].search(before[-40:]))):
            return (DATASET if headed.group(1) else MODEL), "paren-name"  # "a pretrained image animation model
            # (Wan-Animate)": a hyphened name the text gives what its head says
        if (kind is not None and s >= tend and tok.casefold() not in STOP_WORDS and not cues["plain_noun"].match(tok)
                and cues["citation_after"].match(after_name) and cues["method_use_before"].search(before)):
            return MODEL, "cited-name"  # "propose using Mixup (Zhang et al., 2018) to improve ...": a method named
            # with its paper, where the text uses or proposes it
        fronted_subject = (self._fronted_start(text, sent_start, s, e) is not None
                   and not after_name.startswith(","))  # "On the 27 datasets of Quib, Zorb-1B achieves ..."
        if s >= tend and cues["data_appositive_before"].search(before) and not fronted_subject:
            return DATASET, "data-apposition"  # "our 9k-example training split, Zorb-Train,"
        if s >= tend and cues["dataset_type_before"].search(before) and not cues["result_verb_after"].match(after_name):
            return DATASET, "type-before"  # "on the aerial imagery dataset Skyline-2", "the reasoning benchmark Zet"
            # (not "On the arXiv summarization benchmark Heron improves ROUGE-L": the name is the clause's subject)
        if s >= tend and cues["dataset_part_before"].search(before) and not (
                kind == CAPITAL and MORE_CAPITALS.match(after_name)):
            return DATASET, "part-of"  # "the noisy subset of Zorb-5", "the 12 control tasks in Quorra"
        if (s >= tend and kind == CAPITAL and cues["capital_test_head"].match(text, e)
                and cues["on_dataset"].search(before) and not cues["not_dataset_before_on"].search(before)):
            return DATASET, "head-noun"  # "on the Spatial Reasoning Test"; not "with a Wilcoxon Test"
        if kind == CAPITAL and cues["math_object_after"].match(after_name):
            return None, NO_NAME  # "combining Hilbert and z-order curves", "a Gaussian kernel": a proper noun of maths
        if kind == CAPITAL and s >= tend and cues["article_end"].search(before) and self._eponym(after_name):
            return None, NO_NAME  # "a Gibbs sampler", "the Galactic halo": a proper noun on a common noun
        if cues["suite_task_shape"].fullmatch(tok) and cues["metric_heads"].match(after_name):
            return None, NO_NAME  # "the Zh.QA score": a task of a suite scored, not a dataset of its own
        if cues["variable_shape"].fullmatch(tok) and cues["variable_before"].search(before):
            return None, NO_NAME  # "RMSE on Z500 and T850": variables at a level, not data sets
        if cues["metric_list_before"].search(before) and cues["metric_list_after"].match(after_name):
            return None, NO_NAME  # "in terms of IDF1 and HOTA": metrics listed, not names of models or data
        if (spelled := DEFINED_AFTER.match(text, e)) and cues["metric_heads"].match(text, spelled.end()):
            return None, NO_NAME  # "the IO-U (Intersection Over Union) score": a metric spelled out
        if cues["metric_heads"].match(after_name):
            if cues["dataset_shape"].search(tok) or (
                    cues["split_after"].match(after_name) and cues["on_dataset"].search(before)):
                return DATASET, "dataset-shape"  # "Zorb-Bench scores": a benchmark's scores; "On Zorb test, ..."
            return None, NO_NAME  # "the PAC-Bayes bound", "the SARS-CoV-2 virus"
        if s >= tend and cues["capital_dataset_head"].match(text, e):
            if cues["event_head"].match(text, e) and cues["event_title_cut"].search(before):
                return None, NO_NAME  # "the Scene Parsing in the Wild Challenge": the end of an event's title
            return DATASET, "head-noun"  # "the Sketch-Photo Dataset", "the Lisbon Fado Database"
        if s >= tend and self._data_list(text, sent_start, sent_end, s, e, False):
            return DATASET, "data-list"  # "on MovieLens-1M, Amazon-Toys and Yelp", "with XSTest and HarmBench"
        if s >= tend and (kind != CAPITAL or PHRASE_LEAD.search(before)) and cues["data_context_before"].search(
                before) and not cues["workload_after"].match(after_name):  # not "3 days of Zorb training"
            return DATASET, "data-context"  # "as measured by Zorb-QA", "12 years of ERA5", "logs drawn from Quib"
        on_cue = cues["on_dataset"].search(before) and not cues["not_dataset_before_on"].search(before) and not cues[
            "model_output_after"].match(after_name) and not cues["model_config_after"].match(after_name) and not cues[
            "tuned_size_tail"].search(tok) and not (s < tend and (before.strip() == "On" or cues[
                "title_about_on"].search(before)))  # not "conditioned on Zorb-2 (3B) embeddings" (a model's
        # output), "On Zorb-MoE with 256 experts" (a model's size), "gains of 4% on Zorb-8B-Base" (a tuned model of a
        # size), a title's "On PAC Learning ..." or "...: A Study on GraphCast" (a paper about it)
        if on_cue and (cues["score_before_on"].search(before) or SCORE_AFTER.match(after_name)):
            return DATASET, "on-cue"  # "80% on Quorra", "on Quorra (+3.1)"
        if kind == WEAK and s >= tend and tok.casefold() not in pat.generic and CITED_AFTER.match(text, e):
            return (DATASET if on_cue else MODEL), "cited"  # "SFBD (Lu et al., 2025) addresses this": a work's name
        if s >= tend and cues["ours_apposition_after"].match(after_name):
            return MODEL, "is-ours"  # "we compare YOLOv5 with Skylark (ours)", "Skylark, our pruned detector,"
        if kind == CAPITAL and (s < tend or (MORE_CAPITALS.match(after_name) and not spelled_out(tok, after_name))):
            return None, ""  # a title word, or the first word of a longer capitalized phrase
        subject = cues["builds_on_subject"].match(after_name)
        if subject and s == sent_start and self._model_at(after_name, subject.end()):
            return MODEL, "subject-cue"  # "Zeta extends Alpa"
        if cues["dataset_heads"].match(after_name):
            if kind == CAPITAL and (s == sent_start or text[max(0, s - 2):s] == ": ") and PLURAL_NEXT.match(after_name):
                return None, NO_NAME  # "Academic benchmarks are dominated by ...": an adjective opening a sentence
            if (kind == CAPITAL and s == sent_start and tok.endswith("ing") and tok[1:].islower()
                    and not standalone(tok).search(text, e)):
                return None, NO_NAME  # "Expanding dataset size through ...": a gerund opening a sentence
            if kind == CAPITAL and (tok.casefold() in pat.lexicon.task_heads
                                    or (tok in pat.phrase_generic and PLURAL_NEXT.match(after_name))):
                return None, NO_NAME  # "the News Translation tasks": a task's name; "across Vision and Language
                # tasks": a field's word before a kind of data
            return (None, NO_NAME) if _described(tok, pat.generic) else (DATASET, "head-noun")  # not
            # "contextual-ASR tasks": a kind of task
        if cues["data_count_after"].match(after_name) and not (
                (comma := text.find(",", e, sent_end) + 1) and cues["fronted_phrase"].match(text, sent_start, comma)):
            return DATASET, "data-apposition"  # "We collect Zorb-Speech, 900 hours of hearings": the name is data
            # (not "For Zorb-7B, 300B tokens of code were used": the comma closes a fronted phrase)
        tail = ext.end() if ext else e  # "SUN RGB-D (+3.5), and S3DIS datasets": the list goes on past the tail
        if cues["dataset_list_tail"].match(text[tail:tail + 160]):
            if kind == CAPITAL and tok.casefold() in pat.lexicon.task_heads:
                return None, NO_NAME  # "on Relation Extraction and Entity Typing benchmarks": tasks' names
            return DATASET, "list-tail"  # "on the public Quill-1M, Harbor Books and Yelp datasets"
        said = pat.lexicon.apposition.match(after_name)  # "embeddings from Zorb, a music understanding model"
        said_model = bool(said) and said.group(1).casefold() in pat.lexicon.model_heads
        if cues["data_from_before"].search(before) and not cues["model_heads"].match(after_name) and not said_model:
            return DATASET, "data-from"  # "1.2B image-text pairs from Quill-1B"; not "tokens from the Zorb codec"
        if (cues["plain_data_from_before"].search(before) and not cues["model_heads"].match(after_name)
                and not sized(tok)[1] and not said_model):
            return DATASET, "data-from"  # "53k hours of unlabeled data from ZorbVox"; not "data from Zorb-7B"
        if cues["counted_data_from_before"].search(before) and not said_model:
            return DATASET, "data-from"  # "21,000 discharge notes from CardioNotes-II"; not "6 layers from X"
        if cues["model_heads"].match(after_name) and kind != CAPITAL and not self._defined_task(text, tok, s):
            return MODEL, "head-noun"
        head = head_after(text, ext.end() if ext else e, pat)
        if head and head.plural and not (head.adjacent and (_common_caps(tok, pat) or head.label == DATASET)) and (
                not cues["coordinated_name_before"].search(before)):
            head = None  # "MIM methods", "Siamese networks": a plural head names a class; not "BASE layers", "24
            # RoboCasa tasks" (a collection's parts), nor "on Zorb Street and the Quill'00 evaluation datasets" (two
            # names share it)
        if head and f"({tok})" in text:
            head = None  # "vector quantisation (VQ) ... the VQ method": a defined acronym is what its long form is
        if head and (kind != CAPITAL or self._capital_before_head(text, tend, sent_start, s, tok)):
            return head.label, "head-noun"  # "the popular QRX diffusion model", "with the Lantern algorithm"
        if kind == CAPITAL and s >= tend and cues["part_head_after"].match(after_name):
            lead = PHRASE_LEAD.search(before)  # "the Voxel Lens block", "the Phase-Lock mechanism": a part's
            # name, hyphenated or of several capitalized words (not "the Softmax layer")
            if ("-" in tok or lead) and tok.casefold() not in pat.plain_generic and cues["part_owner_before"].search(
                    before, 0, lead.start() if lead else len(before)):
                return MODEL, "head-noun"
        if s in listed:
            return listed[s], "list-head"
        if on_cue and (kind != CAPITAL or COUNT_AFTER.match(text, e)):
            return DATASET, "on-cue"  # "On Quorra-2, our method improves ...", "on Atari 100k"
        wide = text[ext.end() if ext else e:min(sent_end, e + 100)]  # "X, a comprehensive multi-lingual,
        appositive = pat.lexicon.apposition.match(wide)  # multi-cultural speech emotion corpus": a long phrase too
        if appositive is None and (paren := LONG_FORM_AFTER.match(text, e, sent_end)):  # "VNIA (Visual Narrative
            appositive = pat.lexicon.apposition.match(text[paren.end():min(sent_end, paren.end() + 60)])  # Intent
            # Alignment), a multimodal dataset": the apposition follows the spelled-out name
        comma = text.find(",", e, sent_end) + 1
        if appositive and comma and cues["fronted_phrase"].match(text, sent_start, comma):
            appositive = None  # "On Zorb v3 and Quill8K, our classifier ...": the comma closes a fronted phrase
        if appositive and (cues["apposition_auxiliary_after"].match(wide, appositive.end()) or (
                kind == CAPITAL and s == sent_start and cues["apposition_verb_after"].match(wide, appositive.end()))):
            appositive = None  # "Downstream, a 64-expert model improves ...", "VOC2012, the improved YOLOv4 algorithm
            # is 0.5% higher": the phrase is the subject of a verb, a clause of its own
        if cues["data_subset_after"].match(after_name):
            return DATASET, "apposition"  # "TallyWeb-Edu, a filtered subset of TallyWeb": data drawn from data
        if appositive:
            head = appositive.group(1)
            if head.casefold() in pat.lexicon.metric_heads:
                return None, NO_NAME  # "FDπ, a new multi-representation metric": a measure, neither model nor data
            data = (_data_head(pat, appositive) or cues["evaluation_head"].search(appositive.group())
                    or cues["dataset_shape"].search(tok)) and not cues["set_of_parts_after"].match(after_name)
            return (DATASET if data else MODEL), "apposition"  # not "Zorb, a set of adapters for X,"; "ZorbBench, a
            # framework to ...", "Quill, an evaluation framework for ...": a benchmark
        if kind in (WEAK, STRONG) and before.rstrip().endswith(",") and cues["model_apposed_before"].search(
                before) and not cues["model_heads"].match(after_name):
            return MODEL, "apposition"  # "with a well-recognized speaker model, ECAPA-TDNN [1], as ..."
        if kind in (WEAK, STRONG) and cues["model_head_before"].search(before) and not cues["model_heads"].match(
                after_name):
            return MODEL, "head-noun"  # "outperforms the multilingual model XLM-R": a model's head right before it
        if kind in (WEAK, STRONG) and (defined := self._defined_label(text, tok, e)) is not None:
            return defined, "defined-name"  # "where VG-PO (Visibility-grounded Policy Optimization) refines ..."
        if kind == CAPITAL and cues["concept_named_before"].search(before) and not cues["we_subject"].search(before):
            return None, NO_NAME  # "the damage is minimized; this is called Post-Compromise Security": a property
            # the clause before describes, named in plain words
        if named := cues["naming"].search(before):
            # "a corpus of 300 hours of ..., which we name Zorb": the thing named is the data collected; not
            # "trained with this data gives our model, Zorb-L/14": the naming phrase says a model
            lead = NAMED_HEAD.search(before, max(0, named.start() - 40), named.start())
            data = not pat.lexicon.model_heads.intersection(re.findall(r"[a-z]+", named.group().casefold())) and (
                not lead or lead.group(1).casefold() not in pat.lexicon.model_heads) and (  # "the resulting model,
                # which we call Zorb": the noun the clause names is a model, whatever data the sentence speaks of
                # before it (not "a benchmark of questions about each model, which we name Quill")
                cues["dataset_words"].search(before) or cues["named_dataset_lead"].search(text, sent_start, s)
                or cues["data_head_named_before"].search(before[-80:]))  # "a suite of benchmarks, called Zorb", "a
            # multi-layered graph called ZorbKG"
            return (DATASET if data else MODEL), "called-cue"
        if cues["own_passive_lead"].search(before) and cues["own_passive_after"].match(after_name):
            return MODEL, "introduce-cue"  # "In this paper, Zorbit is proposed for ...": the paper's, said passively
        if (kind in (STRONG, WEAK) and NAME_END.match(after_name)
                and (variant := cues["own_variant_before"].search(before)) and OWN_WORD.match(variant.group())):
            return MODEL, "introduce-cue"  # "a simple model, PPNP, and its fast approximation, APPNP": a variant
            # of the paper's own, named
        if kind != CAPITAL and cues["final_named_before"].search(before):
            return MODEL, "called-cue"  # "..., producing the final model VISTA": what the paper's steps end in
        if kind != CAPITAL and cues["called_long_before"].search(before):
            return MODEL, "called-cue"  # "a method called Orthogonal Butterfly (BOFT)": named, though not spelled out
        if (cues["trained_model_before"].search(before) and cues["we_subject"].search(before)
                and not (before.endswith("(") and _spells_words_before(tok, before[:-1]))):
            return MODEL, "train-cue"  # not "develops a model for sound text (ST) tasks": the words' acronym
        if cues["dataset_shape"].search(tok) and not cues["context_length_shape"].search(tok):
            return DATASET, "dataset-shape"  # before a comparison cue: "Compared with Zorb-Bench and ..."
        if cues["data_derived_before"].search(before):
            return DATASET, "data-context"  # "an open dataset built upon Zorb-22": data made from data
        if (((based := cues["builds_on_before"].search(before)) and not (
                before[based.start():based.start() + 1].isupper() and before[:based.start()].strip()))
                # not "the Log-Structured Merge Trees data structure": a capitalized name's word, no cue
                or (cues["distill_teacher_before"].search(before) and cues["distill_teacher_after"].match(after_name))
                or ((cues["distill_pair_before"].search(before) or cues["replacement_before"].search(before))
                    and cues["cued_name_end_after"].match(after_name))  # "distill X into Y, a ...", "with Y and"
                or (cues["scaled_before"].search(before) and cues["scaled_after"].match(after_name))
                or (cues["backbone_before"].search(before) and cues["backbone_after"].match(after_name))
                or (kind != CAPITAL and (cues["compare_before"].search(before) or cues["contrast_before"].search(before)
                                         or cues["compare_with_before"].search(before)))):
            return MODEL, "relation-cue"
        if kind == CAPITAL and (cues["compare_before"].search(before) or cues["compare_with_before"].search(before)):
            return MODEL, "relation-cue"
        if after_name.lstrip().startswith(",") and cues["own_enumeration_before"].search(text[sent_start:s]):
            item = after_name[:after_name.find(";")] if ";" in after_name else after_name  # "we release: (1) X, a
            return (DATASET if cues["dataset_words"].search(item) else MODEL), "introduce-cue"  # collection of data;"
        if (kind != CAPITAL or NAME_END.match(after_name)) and (
                cues["own_named_before"].match(text[sent_start:s]) or cues["proposed_head_before"].search(before)):
            words = re.findall(r"[a-z]+", before[-80:].casefold())  # "Our model, known as Zorbcast,", "The
            data = bool(words) and words[-1] in pat.lexicon.dataset_heads  # proposed student model DAGFM can"
            return (DATASET if data else MODEL), "called-cue"
        if ((NAME_END.match(after_name) or kind == STRONG or (kind == WEAK and "-" in tok))
                and (newly := cues["newly_introduced"].search(before)) and not (
                kind == CAPITAL and cues["plain_noun"].match(tok))):  # "Our developed MB-GMN empowers": a coined
            # name needs no stop after it; a capitalized word ("the proposed Model reduces") does
            data = cues["data_made_word"].search(newly.group()) is not None  # "the newly curated Quill"
            return (DATASET if data else MODEL), "called-cue"  # "via the proposed Zorble.": no head noun, the
            # name itself is what the paper proposes
        if (kind != CAPITAL or NAME_END.match(after_name)) and cues["own_work_of_before"].search(before) and cues[
                "we_subject"].search(before):
            return MODEL, "introduce-cue"  # "we present the design and implementation of B4, a private WAN"
        if cues["role_use_before"].search(before) and cues["role_use_after"].match(after_name):
            return MODEL, "relation-cue"  # "we use Contriever as the retriever": a model's role in the method
        if kind != CAPITAL and cues["implemented_in_before"].search(before):
            return MODEL, "relation-cue"  # "Zorb is implemented in TVM", "written on top of XLA"
        if (kind == CAPITAL and s > sent_start and tok.casefold() not in STOP_WORDS and not cues["plain_noun"].match(tok)
                and cues["numbered_citation_after"].match(after_name)):
            return MODEL, "cited-name"  # "the sketch generation of Ansor [31]": a capitalized word cited as a work
        lead = PHRASE_LEAD.search(before) if kind == CAPITAL and s >= tend else None
        if lead and (cues["model_heads"].match(after_name) or cues["cited_after"].match(after_name)):
            article = cues["article_end"].search(before, 0, lead.start())
            head = before[:article.start() if article else lead.start()]
            if cues["compare_before"].search(head) or cues["compare_with_before"].search(head):
                return MODEL, "compared-phrase"  # "than Expert Choice routing (Zhou et al., 2022)", "against
                # Quib and a Diffusion Policy baseline": a capitalized phrase a comparison names
        if (kind != CAPITAL or "-" in tok) and cues["result_clause_before"].search(before) and cues[
                "result_clause_after"].match(after_name):
            return MODEL, "relation-cue"  # "ours loses 0.4 where Zorb and Quib lose 2.3 and 1.9", "whereas
            # Quo-Mark drops to 0.41": a hyphenated capitalized name too
        if (kind != CAPITAL or "-" in tok) and cues["margin_before"].search(before):
            return MODEL, "relation-cue"  # "0.5 dB above Zorb4 and 1.1 dB above Quo-Planes"; not "below Human raters"
        if (task := TASK_ACRONYM_AFTER.match(after_name)) and self._defined_task(text, task.group(1), s):
            return None, NO_NAME  # "we propose a graph-based EHR QA" after "Question Answering (QA)": the data a
            # task is on, not a name the paper introduces
        clause = text[sent_start:s]
        far = own_verb(pat, clause)
        apposed = object_reach(pat, clause[far:]) if far is not None else None
        if apposed is not None and (apposed.link == "apposition" or (
                apposed.link == "named" and len(clause) - far <= 160)) and (
                kind != CAPITAL or NAME_END.match(after_name)):
            if kind == CAPITAL and cues["task_list_head"].fullmatch(apposed.head):
                return None, NO_NAME  # "we propose two tasks: User and Environment Understanding": a task's words
            return (DATASET if data_head(pat, apposed.head) else MODEL), "introduce-cue"  # "we release our test
            # set of annotated reports from three hospitals, X,", "we create a novel parameter-efficient finetuning
            # method, called X": a verb beyond the window, a long modifier
        intro = own_verb(pat, before)
        if intro is not None and (word := re.match(r"\s+([a-z]+)", after_name)) and word.group(1) in (
                pat.lexicon.class_heads):
            intro = None  # "This paper presents AD techniques available in ROOT": a kind of methods, no name
        if intro is not None and kind == WEAK and cues["modifier_of_named_head_after"].match(after_name):
            return None, NO_NAME  # "we propose a SAR image ship detection model SSE-Ship": the capitals modify the
            # phrase whose named head the paper introduces
        if intro is not None:
            between = before[intro:]
            reach = object_reach(pat, between)
            if reach is not None and (kind != CAPITAL or (reach.link in ("named", "paren")
                                                          and NAME_END.match(after_name)) or (
                    reach.link == "object" and before.endswith(f" {reach.head} ") and _coined_word(pat, tok)
                    and (reach.head.casefold() in pat.lexicon.model_heads or data_head(pat, reach.head))
                    and len(standalone(tok).findall(text)) > 1
                    and (end := RUN_END.match(after_name)) and (not end.group(1) or end.group(1) in STOP_WORDS))):
                # "we propose a test-time tuning (TTX) paradigm for vision models, namely Zorb": the phrase's head
                # noun says whether the name is data; a capitalized word after a link is a name when nothing
                # extends it ("called Saliency-Coverage Oriented token Pruning (SCOPE)": a long form), or right after
                # the head and written again, when no common word ("a novel framework X-Class to ..."; "X-Class can
                # rival ...")
                if kind == CAPITAL and cues["task_list_head"].fullmatch(reach.head):
                    return None, NO_NAME  # "two tasks: Zorb Tracking and ...": a task named in plain words
                return (DATASET if data_head(pat, reach.head) else MODEL), "introduce-cue"
            if re.fullmatch(r"\s*(?:(?:a|an|the|our|new|novel)\b[^.;:()]*?,\s*)?[\"'\u201c\u2018]?", between):
                head = next((w for w in re.findall(r"[a-z][\w-]*", between)
                             if data_head(pat, w) or w.rstrip("s") in pat.lexicon.model_heads), "")
                return (DATASET if head and data_head(pat, head) else MODEL), "introduce-cue"  # "we introduce the
                # first large-scale collection of 40 datasets with instructions, X,": the phrase's first head
            if re.fullmatch(r"\s*(?:the|our|a|an)\s+", between) and (
                    cues["family_after"].match(after_name) or cues["model_heads"].match(after_name)):
                return MODEL, "introduce-cue"  # "we introduce the Kestrel family of models"
        if on_cue:
            if kind != CAPITAL:
                return DATASET, "on-cue"
        if pat.lexicon.is_a.match(after_name) and kind == CAPITAL and s == sent_start:
            return MODEL, "is-a"
        if kind in (STRONG, WEAK) and s == sent_start and (is_a := pat.lexicon.is_a.match(after_name)):
            head = is_a.group().split()[-1].casefold().rstrip("s")
            return (DATASET if head in pat.lexicon.dataset_heads else MODEL), "is-a"  # "Quix4J is a large,
            # peer-reviewed dataset of Java bugs"
        if (kind == CAPITAL and s == sent_start and s >= tend and tok.casefold() not in STOP_WORDS
                and not cues["plain_noun"].match(tok) and cues["result_after"].match(after_name)
                and _written_as_name(text, tend, tok)
                and sum(1 for a, b in sents if a >= tend and text.startswith(tok + " ", a)
                        and cues["result_after"].match(text[a + len(tok):b])) >= 2):
            return MODEL, "result-subject"  # "Zorbgate achieves ... . Zorbgate also cuts ...": a name, not a word
        if (fronted_subject and kind == CAPITAL and tok.casefold() not in STOP_WORDS and not cues["plain_noun"].match(tok)
                and cues["result_after"].match(after_name) and _written_as_name(text, tend, tok)):
            return MODEL, "fronted-subject"  # "On the test set of Zorb, Echolyn obtains ...": the result's subject
        if s == sent_start and (cues["own_after"].match(after_name) or cues["is_ours_after"].match(after_name)):
            return MODEL, "is-ours"  # "Zorbix, which we introduce here, ...", "Score-Former is proposed in this work"
        if kind == WEAK and (("-" in tok and cues["article_end"].search(before) and cues["article_name_after"].match(
                after_name)) or cues["method_with_before"].search(before)):
            return MODEL, "article-name"  # "the detector is a QX-L trained on", "quantizing the cache with ZQV"
        if s < tend and kind in (STRONG, WEAK) and cues["title_object_before"].search(text, max(0, s - 40), s):
            return MODEL, "title-object"  # "Quill-Centric ZORT: Rethinking ZORT for Tracking": what the paper
            # revisits, names in its title
        return None, ""

    def _eponym(self, after_name: str) -> bool:
        """Whether the words after a capitalized word make it a modifier of a common noun ("Gibbs sampler",
        "Galactic halo"): a lower-case noun follows, and neither it nor the next word is a head of a model, data
        set, method, technique or task ("the Lantern algorithm", "the Zorb validation set" are names)."""
        pat, cues = self.pat, self.pat.cues
        words = LOWER_WORDS.match(after_name)
        if words is None or words.group(1) in STOP_WORDS or INFLECTED.search(words.group(1)):
            return False  # "the Zorb and Quill models", "the Zorb trained on": no noun after the word
        if any(cues[c].match(after_name) for c in ("model_heads", "dataset_heads", "part_head_after", "family_after")):
            return False
        heads = pat.lexicon.own_heads | pat.lexicon.technique_heads | pat.lexicon.task_heads
        return not any(w and (w in heads or w[:-1] in heads) for w in words.groups())

    def _capital_before_head(self, text: str, tend: int, sent_start: int, s: int, tok: str) -> bool:
        """Whether a plain capitalized word at ``s`` before a head noun is a name ("the Lantern algorithm"):
        inside its sentence after "the", no stop, generic or adjective word ("the Bayesian model"), never
        written in lower case, and never without a head noun after it (else it names something the head
        belongs to: "the Rust compiler ... Rust promotes")."""
        pat = self.pat
        return (s > sent_start and tok.casefold() not in STOP_WORDS and tok.casefold() not in pat.generic
                and tok.casefold() not in pat.plain_generic and not pat.cues["adjective_shape"].search(tok)
                and pat.cues["definite_before"].search(text, max(sent_start, s - 40), s) is not None
                and _written_as_name(text, tend, tok)
                and all(head_after(text, m.end(), pat) for m in standalone(tok).finditer(text, tend)))

    def _data_list(self, text: str, sent_start: int, sent_end: int, s: int, e: int, known_data: bool) -> bool:
        """Whether ``text[s:e]`` is an item of a list of data: no item a known model, and an item a known dataset
        (or, unless ``known_data``, a benchmark by its shape, "with XSTest and HarmBench", or the list after a
        data cue: "Experiments on Amazon-Beauty, Amazon-Sports and MovieLens-1M", "noise from WHAM! and MUSAN").

        A list is names joined by commas, "and" or "or", with "and" or "or" in it ("A, B and a private log"); a
        comma alone ends it ("On A and B, Zorb improves ...": Zorb is the subject)."""
        head = LIST_BEFORE.search(text, sent_start, s)
        lo = head.start() if head else s
        whole = LIST_WHOLE.match(text, lo, sent_end)
        if whole is None or whole.end() < e:
            return False  # "On ImageNet, Zorb ...", "On A and B, Zorb ...": a comma alone
        cues, known = self.pat.cues, self.pat.known
        items = [m.group().removeprefix("the").strip() for m in re.finditer(LIST_MEMBER, text[lo:whole.end()])]
        if len(items) < 2 or all(item in self.pat.phrase_generic for item in items):
            return False  # "across Vision and Language tasks": fields, capitalized
        data = False
        for item in items:
            hit = known.get(entity_key(item))
            root = known.get(entity_key(FIRST_WORD.match(item).group()))  # type: ignore[union-attr]
            if (hit or root or ("", ""))[0] == MODEL:
                return False  # "on Llama-3-8B and Zorb-7B": a known model's family
            if not hit and any(size[-1] in "BT" for size in split_size(item)[1]):
                return False  # "against Zorb-LM-7B-32k and Quill-2": a parameter count makes an item a model
            data = data or bool(hit and hit[0] == DATASET) or bool(
                not known_data and item.casefold() not in self.pat.generic and cues["dataset_shape"].search(item))
        if data or known_data:
            return data
        before = text[max(sent_start, lo - 80):lo]
        return bool((cues["on_dataset"].search(before) and not cues["not_dataset_before_on"].search(before))
                    or cues["data_from_before"].search(before) or cues["counted_data_from_before"].search(before))

    def _model_at(self, text: str, pos: int) -> bool:
        """Whether ``text[pos:]`` opens with a known model's name (``GPT-4``, ``PaLM 2``, ``Alpa``)."""
        nxt = NAME_TOKEN.match(text, pos)
        if nxt is None:
            return False
        hit = self.pat.known.get(entity_key(nxt.group())) or self.pat.known.get(
            entity_key(FIRST_WORD.match(nxt.group()).group()))  # type: ignore[union-attr]
        return hit is not None and hit[0] == MODEL

    def _family_label(self, tok: str, decided: dict[str, str]) -> str | None:
        """The label of the family a numbered name belongs to ("VoxCeleb1": VoxCeleb, a data set; "ResNet50":
        ResNet, a model), from the gazetteer or a name this text has labelled; None for other names."""
        m = TRAILING_NUMBER.fullmatch(tok)
        if m is None:
            return None
        family = m.group(1)
        known = self.pat.known.get(entity_key(family))
        if known is not None:
            return known[0] if known[0] in (MODEL, DATASET) else None
        folded = family.casefold()
        return next((v for d, v in decided.items() if v in (MODEL, DATASET) and d.casefold() == folded), None)

    def _coordinated(self, text: str, sent_start: int, s: int, e: int, ends: dict[int, str],
                     known_at: dict[int, str]) -> tuple[str | None, str]:
        """The label of a name joined by "and", "or", a comma or a slash to a labelled name just before or after it."""
        if s == sent_start and _sentence_adverb(self.pat, text, s, e):
            return None, ""  # "Thereinto, BERT is ...": a sentence adverb, no item of a list with BERT
        if LONG_FORM_REST.match(text, e):
            return None, ""  # "(FedSGD), Stochastic Controlled Averaging for Federated Learning (SCAFFOLD)": the
            # first word of the next item's long form, no item itself
        for end, label in ends.items():
            if end == s - 1 and text[end] == "/" and (prev := PREVIOUS_NAME.search(text, 0, end)) and (
                    prev.group()[:3] == text[s:s + 3]):
                return label, "coordination"  # "on RefCOCO/RefCOCO+/RefCOCOg": names a slash joins, sharing their
                # start, are of a kind (not "MT-Bench/QuillChat")
            ext = self.pat.name_suffix.match(text, end) if end < s and s - end <= 16 else None
            if end < s and s - end <= 7 and JOINER.fullmatch(text, end, s) or ext and JOINER.fullmatch(
                    text, ext.end(), s):
                fronted = self._fronted_start(text, sent_start, s, e)
                if fronted is None:
                    if "," in text[end:s] and LIST_LAST.search(text, max(sent_start, end - 40), end):
                        continue  # "noise from A and B, Zorb obtains ...": a comma after a list's last item ends it
                    return label, "coordination"
                if label == MODEL and self.pat.cues["fronted_comparison"].match(text, fronted):
                    return MODEL, "fronted-subject"  # "Unlike A and B, Zorb ...": compared with models, a model
            if end < s and s - end <= 8 and text.startswith(")", end) and JOINER.fullmatch(text, end + 1, s) and (
                    ACRONYM_BEFORE.search(text, max(0, end - 30), end)):
                return label, "coordination"  # "the Join Order Benchmark (JOB) and TPC-DS"
            score = (SCORE_PAREN.match(text, end) or self.pat.cues["count_paren_after"].match(text, end)
                     ) if end < s and s - end <= 30 else None
            if score and JOINER.fullmatch(text, score.end(), s):
                return label, "coordination"  # "IQL (75.3), CQL (71.8) and COMBO", "Quib (8 tasks) and Zet"
            par = self.pat.cues["parallel_gap"].match(text, end, s) if end < s and s - end <= 40 else None
            if par and par.end() == s and _same_word_before(text, max(sent_start, end - 60), end, par.group(1)):
                return label, "coordination"  # "88.0 for Zorb and 87.1 for Quib", "1 dB above A and 2 dB above B"
        j = JOINER.match(text, e)
        nxt = NAME_TOKEN.match(text, j.end()) if j else None
        if nxt and self._fronted_start(text, sent_start, nxt.start(), nxt.end()) is not None:
            return None, ""  # "On the test set of Zorb, Quib-Net obtains ...": the comma closes a fronted phrase
        if j and j.end() in known_at:
            run = CAPITALIZED_LONG_RUN.search(text, max(sent_start, s - 100), e)
            if run and " " in run.group() and nxt and capitals_spell(nxt.group(), run.group()):
                return None, ""  # "(i.e., Global Vectors for Word Representation, GloVe)": the known name's long
                # form, no item of a list with it
            return known_at[j.end()], "coordination"
        par = self.pat.cues["parallel_gap"].match(text, e, e + 40)
        if par and par.end() in known_at and _same_word_before(text, sent_start, s, par.group(1), name=False):
            return known_at[par.end()], "coordination"  # "attacks by Quib and by GPT-4"
        if nxt:
            root = self.pat.known.get(entity_key(FIRST_WORD.match(nxt.group()).group()))  # type: ignore[union-attr]
            if root and root[0] in (MODEL, DATASET):
                return root[0], "coordination"
            if (self.pat.cues["dataset_heads"].match(text[nxt.end():nxt.end() + 40])
                    and self.pat.cues["on_dataset"].search(text[max(0, s - 20):s])
                    and not {text[s:e], nxt.group()} <= self.pat.phrase_generic):  # not "across Vision and Language tasks"
                return DATASET, "coordination"  # "on the Quasar and Nimbus benchmarks"
        return None, ""

    def _fronted_start(self, text: str, sent_start: int, s: int, e: int) -> int | None:
        """Where the phrase opens when the comma before ``text[s:e]`` closes a phrase that opens its sentence
        (which starts at ``sent_start``) and no list goes on after the name: "On ImageNet, Zorb raises ...",
        "On the 27 datasets of the Quib suite, Zorb-1B achieves ...", "Compared with A and B, Zorb improves ..."
        (cue ``fronted_phrase``); the name is then the sentence's subject, no item of the list."""
        comma = text.rfind(",", sent_start, s)
        if comma < 0 or text[comma + 1:s].strip() or JOINER.match(text, e) or text.startswith(")", e):
            return None
        start = sent_start
        while start < s and text[start].isspace():
            start += 1
        return start if self.pat.cues["fronted_phrase"].match(text, start, s) else None

    def _qualified(self, text: str, tend: int, starts: set[int], mentions: list[Mention]) -> list[Mention]:
        """A word or two written before a known name make one longer name ("Grounding DINO", "Tiny U-Net").

        The longer name holds when the text writes it more than once, names it ("called conditional DETR";
        a lower-case qualifier needs this), the title opens with it ("Cascade R-CNN: ..."), or the abstract
        capitalizes plain words before it inside a sentence ("building on Deformable DETR"; ``_capitalized``).
        A capitalized plain word right after a name inside the abstract extends it too ("on PyTorch
        Geometric"; not a split's word before its number, "S3DIS Area 5", nor one of several words the text
        writes after one dataset, its parts: "Sintel Clean and Sintel Final"); a dataset of one capitalized word
        takes "in", "of" ... and one more such word after it ("Moments in Time"); and so do capitalized words and a
        year before "track" or "challenge" ("the TREC Fair Ranking 2022 track"). A qualifier holds in
        apposition after "a distilled student," and before a known name with a glued size ("Code Llama-34B").
        Two names need no known name inside: one a paper gives that runs past its link words when it opens with a
        common word of the field ("a technique called Alignment with Anchor Preference Pairs,"), and a quoted one it
        introduces ("we introduce 'Moral Stories', a crowd-sourced dataset": a data set or a model by the apposition's
        first head). A data release read whole ("SDSS DR5") is never read again as a qualifier and a name.
        Every place the text writes the longer name then becomes its mention.
        """
        pat = self.pat
        found: dict[str, str] = {}  # the longer name -> its label
        orgs = {o.end + 1: o for o in mentions if o.label == ORG}
        data_tails: dict[str, set[str]] = {}  # a dataset -> the capitalized words the text writes after it
        for m in mentions:
            if m.label == DATASET and m.start >= tend and (tail := CAPITALIZED_AFTER.match(text, m.end)):
                data_tails.setdefault(m.name or m.text, set()).add(tail.group(1))
        for m in mentions:
            event = pat.cues["event_tail_after"].match(text, m.end) if m.label == DATASET or (
                m.label == MODEL and m.rule not in STRONG_RULES) else None
            if event and m.start >= tend:  # "the TREC Fair Ranking 2022 track": the track's data, named in full
                found.setdefault(text[m.start:event.end(1)], DATASET)
                continue
            if m.label in (MODEL, DATASET) and m.start >= tend:
                tail = CAPITALIZED_AFTER.match(text, m.end)
                if tail and m.label == DATASET and len(data_tails.get(m.name or m.text, ())) > 1:
                    tail = None  # "Sintel Clean ... Sintel Final": passes or parts of one dataset
                if tail and any(o.text == tail.group(1) and o.label in {MODEL, DATASET} - {m.label} for o in mentions):
                    tail = None  # "On VQAv2 Robin is 3 points better": the model named elsewhere is the subject
                inner = pat.cues["inner_word_tail"].match(text, m.end) if (
                    m.label == DATASET and self._capitalized([m.text])) else None
                if inner and self._capitalized([inner.group(1)]):
                    found.setdefault(text[m.start:inner.end(1)], m.label)  # "on Kinetics and Moments in Time"
                named = pat.cues["named_word_tail"].match(text, m.end) if m.rule == "called-cue" else None
                if named:  # "an algorithm ..., called Bayes by Backprop.": the name the paper gives runs on
                    found.setdefault(text[m.start:named.end(1)], m.label)
                if tail and self._capitalized([tail.group(1)]) and not MORE_CAPITALS.match(text, tail.end()):
                    number = SPLIT_NUMBER.match(text, tail.end())
                    if number is None:
                        found.setdefault(text[m.start:tail.end()], m.label)
                    elif m.label == MODEL and m.rule == "gazetteer":  # "Llama Guard 2": a known model's kin
                        # with its version; "S3DIS Area 5": a dataset's split
                        found.setdefault(text[m.start:number.end()], m.label)
                moe = pat.cues["moe_variant_after"].match(text[m.end:m.end + 8]) if m.label == MODEL and (
                    m.rule in STRONG_RULES) else None
                if moe:  # "GPT-3 MoE model pretraining": a known model's mixture-of-experts variant, one name
                    found.setdefault(text[m.start:m.end + moe.end()], MODEL)
                track = pat.cues["data_track_year_after"].match(text, m.end) if m.label == DATASET else None
                if track:  # "on TREC DL 2019": one track of a data set's yearly edition
                    found.setdefault(text[m.start:track.end()], DATASET)
                feature = NAME_TOKEN.match(text, m.end + 1) if m.name in pat.libraries and text.startswith(
                    " ", m.end) else None
                if feature and self._feature(feature.group(), mentions, feature.start()):
                    found.setdefault(text[m.start:feature.end()], MODEL)  # "PyTorch FSDP", "DeepSpeed ZeRO-3"
                org = orgs.get(m.start)
                if org is not None and text[org.end] == " " and m.rule not in ("gazetteer", "gazetteer-variant") and (
                        shape(m.text, pat) != STRONG):
                    found.setdefault(text[org.start:m.end], m.label)  # "Microsoft Copilot": a maker's product
                    # named by a common word; not "OpenAI text-ada-002", a name of its own after its maker
            if m.label not in (MODEL, DATASET) or m.start < 2 or text[m.start - 1] != " " or (
                    m.start < tend and self._title_opens(text, m.start)):
                continue  # "Introducing Zorb: ...": the lead is no qualifier
            prev = text.rfind(" ", 0, m.start - 1) + 1
            if not text[prev:prev + 1].isupper() and not (
                    pat.lexicon.naming_hint.search(text, max(0, prev - 16), prev)
                    and pat.cues["naming_verb"].search(text, max(0, prev - 30), prev)):
                continue  # most names follow a lower-case word: no qualifier
            lead = QUALIFIER.search(text, max(0, m.start - 40), m.start)
            if lead is None:
                continue
            words = lead.group(1).split()
            for k in range(len(words), 0, -1):
                qual = words[-k:]
                phrase_start = m.start - len(" ".join(qual)) - 1
                phrase = text[phrase_start:m.end]
                if not phrase.startswith(qual[0]):
                    continue
                known = pat.known.get(entity_key(split_size(phrase)[0]), ("",))[0] == m.label  # "Faster RCNN" for
                # Faster R-CNN; "Code Llama-34B" (the gazetteer's "Code Llama" is two tokens, "Llama-34B" one)
                enumerated = k == 1 and qual[0][:1].isupper() and text.startswith(",", m.end) and bool(
                    pat.cues["own_enumeration_before"].search(
                        text[max(text.rfind(". ", 0, phrase_start) + 2, 0):phrase_start]))  # "we release: (1) X,
                # ...; (2) Code X, a ...": an item the paper names with a word before its other name
                if not known and not enumerated and any(
                        w.casefold() in STOP_WORDS or w.casefold() in pat.generic or not w[:1].isalpha() for w in qual):
                    continue
                if pat.cues["naming"].search(text, max(0, phrase_start - 40), phrase_start + len(qual[0]) + 1):
                    continue  # the first word belongs to the naming cue: "named conditional DETR"
                named = pat.cues["naming"].search(text, max(0, phrase_start - 40), phrase_start)
                if any(w[:1].islower() for w in qual) and not pat.cues["naming_verb"].search(
                        text, max(0, phrase_start - 30), phrase_start):
                    continue  # a lower-case qualifier only right after "called", "named", ...
                titled = phrase_start == 0 and tend and (m.end == tend or text[m.end] == ":") and not (
                    m.name and entity_key(m.text) == entity_key(m.name) + "s")  # "Sparse Vision Transformers": a kind
                owned = pat.cues["ours_apposition_after"].match(text[m.end:m.end + 80]) or (  # ", our compressed
                    text.startswith(",", m.end)  # model,"; "a distilled student, Tiny Zorb, keeps ..."
                    and pat.cues["qualified_apposed_before"].search(text, max(0, phrase_start - 40), phrase_start))
                listed = k == 1 and any(o.rule == "coordination" and o.start == phrase_start and o.end == phrase_start
                                        + len(qual[0]) for o in mentions)  # "Mask R-CNN, Cascade R-CNN and HTC"
                capitalized = (phrase_start >= tend and phrase_start not in starts and self._capitalized(qual)
                               and not _longer_run(text, phrase_start, starts))
                if named or titled or known or owned or listed or capitalized or enumerated or (
                        sum(not _longer_run(text, r.start()) for r in standalone(phrase).finditer(text)) > 1
                        and not any(w in pat.phrase_generic for w in qual)):  # written twice, not only inside a
                    # longer name ("Fine-tuned Zorb models ..." and "a Text Fine-tuned Zorb (TeFi-Zorb)")
                    found.setdefault(phrase, m.label)
                    break
        for run in pat.cues["called_linked_run"].finditer(text, tend):  # "a novel technique called Alignment with
            lead = run.group(1).split()[0]  # Anchor Preference Pairs,": a name the paper gives runs past its link words
            if (pat.known.get(entity_key(lead), ("",))[0] == TOPIC or lead in pat.title_words) and (
                    lead.casefold() not in pat.generic):  # when it opens with a common word of the field (not "a
                found.setdefault(run.group(1), MODEL)  # framework called Quill for Automated Theorem Proving")
        data_heads, heads = pat.lexicon.dataset_heads, pat.lexicon.dataset_heads | pat.lexicon.model_heads
        for quoted in pat.cues["quoted_intro_name"].finditer(text, tend):  # "we introduce 'Moral Stories', a
            said = re.findall(r"[\w-]+", re.split(r"[.;:]", text[quoted.end():quoted.end() + 80])[0])[:6]  # crowd-
            head = next((w.casefold() for w in said if w.casefold() in heads), "")  # sourced dataset": the quoted
            if head or not quoted.group("new"):  # words are one name, of the kind the apposition's first head says;
                found.setdefault(quoted.group("name"), DATASET if head in data_heads else MODEL)  # after "a new", only
                # with a head ("a new `DCT plus Sparse' layer architecture", not "a new 'Gold Standard' for ...")
        if not found:
            return mentions
        out = mentions
        released = {m.text for m in mentions if m.rule == DATA_RELEASE_RULE}  # "SDSS DR5": read whole already
        for phrase, label in sorted(found.items(), key=lambda kv: -len(kv[0])):
            if phrase in released:
                continue
            spans = [r.span() for r in standalone(phrase).finditer(text)]
            out = [m for m in out if not any(a <= m.start and m.end <= b for a, b in spans)]
            out += [Mention(a, b, phrase, label, "qualified-name" if k == 0 else "repeat")
                    for k, (a, b) in enumerate(spans)]
        return longest_first(out)

    def _feature(self, tok: str, mentions: list[Mention], at: int) -> bool:
        """Whether ``tok``, written at ``at`` right after a library's name, names a part of it ("FSDP" in "PyTorch
        FSDP", "ZeRO-3" in "DeepSpeed ZeRO-3"): an acronym or a name by its shape, not a common word, nor a
        dataset, org or hardware the text names there."""
        if tok.casefold() in self.pat.generic or shape(tok, self.pat) not in (STRONG, WEAK):
            return False
        return not any(o.start == at and o.label != MODEL for o in mentions)

    def _capitalized(self, words: list[str]) -> bool:
        """Whether ``words`` are plain capitalized words that may belong to a name beside a known one: not
        stop, generic, size, tier or head words, nor names of their own ("Deformable", "Geometric"; not
        "Large", "Google", "Transformer")."""
        pat = self.pat
        return all(w.isalpha() and len(w) > 2 and w[0].isupper() and w[1:].islower()
                   and w.casefold() not in STOP_WORDS and w.casefold() not in pat.generic
                   and w.casefold() not in pat.plain_generic and w.casefold() not in VARIANT_WORDS
                   and w.casefold() not in pat.lexicon.dataset_heads and w.casefold() not in pat.lexicon.metric_heads
                   and w not in pat.title_words and entity_key(w) not in pat.known for w in words)

    def _title_name(self, text: str, tend: int, mentions: list[Mention]) -> list[Mention]:
        """A title that is a model's name after one or two capitalized words ("Fast R-CNN") names that model.

        The whole title becomes the mention when the abstract writes it too; each of the abstract's spellings
        then replaces the names inside it. A title that is exactly a name needs nothing here (see ``_finish``).
        """
        last = None
        for m in mentions:
            if m.start >= tend:
                break
            last = m
        if last is None or last.label != MODEL or text[last.end:tend].strip() or last.start == 0:
            return mentions
        title = text[:last.end]
        lead = TITLE_LEAD.fullmatch(text, 0, last.start)
        if lead is None or any(w in self.pat.title_words for w in title.split()) or any(
                m.start < last.start for m in mentions):
            return mentions
        found = [r.span() for r in standalone(title).finditer(text, tend)]
        if not found:
            return mentions
        spans = [(0, last.end), *found]
        out = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
        out += [Mention(a, b, title, MODEL, "title-name" if a == 0 else "repeat") for a, b in spans]
        return longest_first(out)

    def _title_phrase(self, text: str, tend: int, sents: list[tuple[int, int]], mentions: list[Mention]
                      ) -> list[Mention]:
        """A title "Plain Capitalized Words: subtitle" names the paper's model when the abstract writes the
        same words with the same capitals inside a sentence ("Echo Heron: Scaling ..." and "In Echo Heron,
        we ..."): mid-sentence capitals make the words a name. Not a phrase of generic words, one that opens
        with a title word ("Scaling Laws: ..."), one the abstract writes with a name or topic inside, a
        survey's title, nor a title holding a name. A phrase opening with an acronym ("SFBD Flow: ...") is the
        name whatever case the abstract writes its other words in ("a continuous variant, SFBD flow,"), and the
        acronym alone is another name."""
        colon = text.find(":", 0, tend)
        head = text[:colon].strip() if colon > 0 else ""
        words = head.split()
        coined = bool(words) and shape(words[0], self.pat) in (STRONG, WEAK)

        def opener(m: Mention, at: int) -> bool:  # the acronym opening the phrase, found on its own
            return coined and m.start == at and m.text == words[0]

        lead = len(text[:colon]) - len(text[:colon].lstrip())  # spaces before the title's first word
        if not TITLE_PHRASE.fullmatch(head) or any(m.start < colon and not opener(m, lead) for m in mentions):
            return mentions
        if (coined and len(words) == 2 and words[1][-1:] == "s"
                and words[1][:-1].casefold() in self.pat.lexicon.model_heads):
            return mentions  # "WikiBERT Models: Deep Transfer Learning ...": a family of the name, the name alone
        presented = [(r.start() + tend, r.end() + tend) for r in re.finditer(
            rf"(?<![\w-])(?i:{re.escape(head)})(?=\s*(?:--|[\u2013\u2014,.;:(]))", text[tend:])
            if self.pat.cues["presented_before"].search(text, max(0, r.start() + tend - 40), r.start() + tend)]
        # "Sparse Upcycling: ..." over "We propose
        # sparse upcycling -- a simple way to ...": the title's words, which the abstract presents as its method
        # and ends there (not "We propose adaptive computation time" under "Adaptive Computation: ...")
        if (words[0] in self.pat.title_words and not presented) or all(
                w.casefold() in self.pat.plain_generic or w.casefold().rstrip("s") in self.pat.plain_generic
                for w in words):
            return mentions
        starts = {a for a, _ in sents}
        written = re.escape(head)
        if coined:
            written = re.escape(words[0]) + "(?i:" + re.escape(head[len(words[0]):]) + ")"
        found = [(r.start(), r.end()) for r in re.finditer(rf"(?<![\w-]){written}(?![\w-])", text[tend:])]
        found = [(a + tend, b + tend) for a, b in found]
        found = found or presented
        if (any(m.start < b and a < m.end and not opener(m, a) for a, b in found for m in mentions)
                or SURVEY.search(text, colon, tend)
                or any(re.match(r"\s*\(", text[b:b + 4]) for _, b in found)
                or any(self.pat.cues["cited_title_before"].search(text, max(0, a - 20), a) for a, _ in found)):
            return mentions  # a name or a topic in it ("Machine Learning Testing"), the long form of an
            # acronym the abstract defines ("Latent Consistency Models (LCMs)": the acronym's), a survey's title,
            # the title of the paper this one follows ("In their paper entitled A Symmetric ... Algorithm, ...")
        if not presented and not any(a not in starts for a, _ in found):
            return mentions
        spans = [(lead, lead + len(head)), *found]
        out = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
        out += [Mention(a, b, head, MODEL, "title-name" if a == lead else "repeat") for a, b in spans]
        return longest_first(out)

    def _title_namesake(self, text: str, tend: int, m: Mention) -> bool:
        """Whether ``m`` is a known name other fields use as a plain word (``"namesake": true``) that a title
        capitalizes inside a phrase of title words ("Design Choices and Future Pathways") and the
        abstract never writes: a title word, no name."""
        if m.start >= tend or m.rule != "gazetteer" or m.name not in self.pat.namesakes:
            return False
        return bool(WORD_BEFORE.search(text, max(0, m.start - 30), m.start)) and not standalone(m.text).search(
            text, tend)

    def _version_lists(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """One name per version of a list written after one base: "Kinetics-400/600/700", "Foo V1/V2",
        "Foo V1 and V2" (cues ``version_list``, ``version_list_after``): each later version is a mention of
        its own over its digits, named with the base."""
        inside, after = self.pat.cues["version_list"], self.pat.cues["version_list_after"]
        out: list[Mention] = []
        for m in mentions:
            out.append(m)
            if m.label not in (MODEL, DATASET) or not DIGIT_END.search(m.text):
                continue
            hit = inside.fullmatch(m.text)
            parts: list[tuple[int, int, str]] = []
            if hit:
                base, first = hit.group(1), hit.group(1) + hit.group(2)
                at = m.start + len(first)
                for item in hit.group(3).split("/")[1:]:
                    parts.append((at + 1, at + 1 + len(item), item))
                    at += 1 + len(item)
            else:
                lead = VERSION_TAIL.search(m.text)
                base, first = (m.text[:lead.start(2)] if lead else ""), m.text
            pos = parts[-1][1] if parts else m.end
            while base and (more := after.match(text, pos)):
                k = more.lastindex or 1
                parts.append((more.start(k), more.end(k), more.group(k)))
                pos = more.end()
            numbers = [VERSION_NUMBER.fullmatch(p) for p in (first[len(base):], *(item for *_, item in parts))]
            if not parts or not all(a and b and _version(a) < _version(b) for a, b in zip(numbers, numbers[1:])):
                continue  # "Tokyo 24/7": numbers that do not grow are no list of versions
            if hit:
                m.end, m.text, m.name = m.start + len(first), first, ""
            names = [(s, e, base + (item.lstrip("vV") if base[-1:] in "vV" else item))
                     for s, e, item in parts]
            known = {self.pat.known.get(entity_key(n), ("",))[0] for *_, n in [(0, 0, m.text), *names]}
            if len(known & {MODEL, DATASET}) == 1:  # versions of one base are one type: the type of a known one
                m.label = (known & {MODEL, DATASET}).pop()
            out += [Mention(s, e, name, m.label, m.rule) for s, e, name in names]
        return out

    def _finish(self, text: str, tend: int, mentions: list[Mention]) -> None:
        """Give each mention its canonical name, key and sizes; mark the title's own names."""
        for m in mentions:
            styled = STYLED_HEAD.match(m.text) if m.label == MODEL and not m.name else None
            if styled and self.pat.cues["style_suffix"].search(styled.group(0)):
                m.end, m.text = m.start + len(styled.group(1)), styled.group(1)  # "a Mixtral-style 8x7B model":
                m.rule = "style-modifier"  # the design it follows is the model, not the phrase
            versioned = (VERSION_SIZE_AFTER.match(text, m.end) if m.label == MODEL and not m.text[-1:].isdigit()
                         else None)
            if versioned:  # "Gemma 2-9b", "Llama 3-8b": the version and the size after a name, one token apart
                m.end, m.text, m.name = versioned.end(), text[m.start:versioned.end()], ""
            written = m.name or m.text
            if m.label in (TOPIC, ORG) and m.name:
                if m.label == TOPIC and m.rule == "acronym":  # a spelled-out topic the gazetteer knows
                    hit = self.pat.known.get(entity_key(m.name))
                    m.name = hit[1] if hit and hit[0] == TOPIC else m.name
                m.key = fold(m.name) if m.label == TOPIC else entity_key(m.name)  # topic ids read like category ones
                continue
            if m.label == HARDWARE:
                m.name = m.name or m.text
                m.key = entity_key(m.name)
                continue
            arg = (written if m.rule in ("gazetteer", "long-form") else m.text, m.label)
            found = self._names_of.get(arg)
            if found is None:
                if len(self._names_of) > CACHE_SIZE:
                    self._names_of.clear()
                found = self._names_of[arg] = canonical(*arg, self.pat.known, self.pat.lexicon.model_heads)
            m.name, m.key, m.sizes = found[0], found[1], list(found[2])
            if (m.label == MODEL and m.text == m.name + "s" and m.key not in self.pat.known
                    and re.match(rf"{re.escape(m.text)}\s*(?::|$)", text[:tend])
                    and not re.search(rf"\b{re.escape(m.name)}\b", text)):
                m.name = m.text  # "RocBlocks: Kernels for ...": a new name the title opens with, and the text only in
                # the plural, is that name (its key, which folds plurals, still meets the singular elsewhere)
            if tend and self._title_opens(text, m.start):
                rest = text[m.end:tend]
                m.title_name = (bool(TITLE_SEPARATOR.match(rest)) or not rest.strip()
                                or bool(self.pat.cues["title_appositive"].match(rest))
                                or bool(self.pat.cues["title_report"].match(text[:tend])))
            elif (tend and m.label == MODEL and m.key not in self.pat.known and m.start < 5
                  and self.pat.cues["title_article_lead"].fullmatch(text, 0, m.start)
                  and self.pat.cues["title_kind_after"].match(text, m.end, tend)):
                m.title_name = True  # "A Zorb-BiLSTM-CRF Model for Clinical NER": the title's one new model
        _own_glued_sizes(mentions)
        titled = {m.text.casefold(): m for m in mentions if m.title_name and m.label == MODEL and " " in m.text}
        for m in mentions if titled else ():  # "Guarded Explanations: ..." over "We introduce guarded explanations,
            same = titled.get(m.text.casefold())  # ...": the title's name in lower case is that name
            if same is not None and m.start >= tend and m.label == MODEL:
                m.name, m.key = same.name, same.key
        title = text[:tend].strip().rstrip(".")
        lead, _, rest = title.partition(" ")
        for m in mentions:  # "Deep Competitive Pathway Networks" over "we propose the Competitive Pathway Network
            if (m.label == MODEL and m.start >= tend and rest and lead in self.pat.phrase_generic  # (CoPaNet)": the
                    and ":" not in title and singular(rest) in m.aliases and title not in m.aliases):  # title names
                m.aliases.append(title)  # the model, a common qualifier before its long form (not "Scaling X")
        written = {(m.label, m.key): m.name for m in reversed(mentions) if m.start >= tend and m.name}
        for m in mentions:  # "Jina-colbert-v2: ..." over "Our new model, Jina-ColBERT-v2,": a title that writes a
            if (m.start < tend and (name := written.get((m.label, m.key)))  # part of the name in lower case the
                    and m.key not in self.pat.known and m.name not in text[tend:]  # abstract capitalizes lost its
                    and _lowered_parts(m.name, name)):  # case (the title's capitals stand: "YOLO-Quill: ...")
                m.name = name


    def _elided_family(self, text: str, mentions: list[Mention]) -> None:
        """A variant word coordinated after a model that ends in one takes that model's family: "our earlier Gemini
        2.0 Flash and Flash-Lite models" names Gemini 2.0 Flash-Lite (not a model "Flash-Lite"); a size word
        coordinated after a sized model is that model at the size ("T5 Base, Large, and XL": not a model "XL")."""
        pat = self.pat
        for prev, m in zip(mentions, mentions[1:]):
            if (m.label == MODEL and prev.label == MODEL and prev.sizes and m.text.casefold() in SIZE_WORDS
                    and JOINER.fullmatch(text, prev.end, m.start)):
                m.name, m.key, sizes = canonical(f"{prev.name} {m.text}", MODEL, pat.known, pat.lexicon.model_heads)
                m.sizes = list(sizes)  # "T5 Base, Large, and XL language models": each size of the model before
                continue
            if (m.label != MODEL or m.rule not in ("coordination", "repeat") or prev.label != MODEL
                    or " " not in prev.text or not pat.name_suffix.fullmatch(" " + m.text)
                    or not JOINER.fullmatch(text, prev.end, m.start)):
                continue
            stem, last = prev.text.rsplit(" ", 1)
            if pat.name_suffix.fullmatch(" " + last) and not last[:1].isdigit():
                m.name, m.key, sizes = canonical(f"{stem} {m.text}", MODEL, pat.known, pat.lexicon.model_heads)
                m.sizes = list(sizes)

    def _join_dashed_variants(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """One model for a name and its variant word after a spaced or doubled dash, as TeX's en dash comes
        out in listings: "Mistral 7B -- Instruct" (or "Mixtral 8x7B - Instruct") is Mistral 7B-Instruct, and
        "Instruct" alone is no model.

        Examples:
            >>> finder = MentionFinder()
            >>> m = [Mention(0, 10, "Mistral 7B", MODEL, "gazetteer", "Mistral", "mistral", ["7B"]),
            ...      Mention(14, 22, "Instruct", MODEL, "shape")]
            >>> [(x.text, x.name, x.key) for x in finder._join_dashed_variants("Mistral 7B -- Instruct wins", m)]
            [('Mistral 7B -- Instruct', 'Mistral-Instruct', 'mistralinstruct')]
        """
        out: list[Mention] = []
        covered = -1
        for m in mentions:
            if m.start < covered:
                continue  # the variant word, now part of the name before it
            hit = (DASHED_VARIANT.match(text, m.end) or SPACED_TUNED.match(text, m.end)) if m.label == MODEL else None
            if hit is not None and hit.group(1).casefold() in VARIANT_WORDS:
                written = f"{text[m.start:m.end]}-{hit.group(1)}"
                m.name, m.key, sizes = canonical(written, MODEL, self.pat.known, self.pat.lexicon.model_heads)
                m.sizes, m.end, m.text = list(sizes), hit.end(), text[m.start:hit.end()]
                covered = m.end
            out.append(m)
        return out

    def _fold_short_forms(self, text: str, mentions: list[Mention]) -> None:
        """One name for a versioned model the abstract writes short and in full (``kg.names.short_form``).

        ``FooNet V3`` and ``Foo Network V3`` (each word opens the full one), ``FNV3`` (initials) fold into
        the full name whenever the abstract writes both; ``FooV2`` and ``Foo Transformer V2`` only where the
        text joins them: the head words follow the short form ("FooV2 Transformer") or one spells the other
        out in parentheses. The short spelling stays an alias of the node.
        """
        versioned: dict[str, Mention] = {}
        for m in mentions:
            if m.label == MODEL and m.key not in versioned and parse(m.name).version is not None:
                versioned[m.key] = m
        if len(versioned) < 2:
            return
        into: dict[str, Mention] = {}
        for c in versioned.values():
            for f in versioned.values():
                how = short_form(parse(c.name), parse(f.name), self.pat.lexicon.model_heads)
                if how == ABBREVIATES or (how == DROPS_HEAD and self._joined(text, mentions, c, f)):
                    into[c.key] = f
                    break
        for m in mentions:
            f = into.get(m.key) if m.label == MODEL else None
            if f is not None and f.key not in into:
                m.name, m.key = f.name, f.key

    def _fold_technique_bases(self, tend: int, mentions: list[Mention]) -> None:
        """A name the abstract also writes with its technique head ("QuadTree Attention") is that name.

        ``_names`` extends a new name by the head after it (cue ``technique_head_after``); the same name
        written alone elsewhere ("QuadTree runs on GPUs") folds into it, keeping its spelling as an alias.
        """
        technique = self.pat.cues["technique_head_after"]
        full: dict[str, Mention] = {}
        for m in mentions:
            if m.label != MODEL or m.start < tend or " " not in m.text:
                continue
            at = m.text.find(" ")
            while at > 0:
                if technique.fullmatch(m.text, at):
                    full.setdefault(entity_key(m.text[:at]), m)
                    break
                at = m.text.find(" ", at + 1)
        if not full:
            return
        for m in mentions:
            f = full.get(m.key) if m.label == MODEL else None
            if f is not None and m.rule not in STRONG_RULES:
                m.name, m.key = f.name, f.key

    @staticmethod
    def _joined(text: str, mentions: list[Mention], short: Mention, full: Mention) -> bool:
        """Whether the text writes ``short`` followed by ``full``'s head words, or one beside the other in
        parentheses ("Swin Transformer V2 (SwinV2)")."""
        heads = " " + " ".join(parse(full.name).family[len(parse(short.name).family):])
        for m in mentions:
            if m.key == short.key and len(heads) > 1 and text[m.end:m.end + len(heads)].casefold() == heads:
                return True
            if m.key in (short.key, full.key):
                other = full.key if m.key == short.key else short.key
                if any(o.key == other and 0 <= o.start - m.end <= 2 and text[m.end:o.start].strip() == "("
                       for o in mentions):
                    return True
        return False


def _task_paren_data(text: str, sent: tuple[int, int], pos: int, data_at: set[int], heads: frozenset[str]) -> bool:
    """Whether ``pos`` is inside the parentheses of an enumeration of tasks, each with its data in parentheses,
    another of whose groups holds a dataset: "sentiment analysis (SST, IMDb), question classification (TREC),
    and entailment (SNLI)". The parentheses hold names only, and the word before them is no head of a model or
    data set (``heads``): "a segmentation model (Zorb) and a dataset (Quill-1B)" lists two kinds of thing.

    Examples:
        >>> t = "on sentiment analysis (Zet, IMDb), question classification (QRX), and entailment (TRN)."
        >>> _task_paren_data(t, (0, len(t)), t.index("QRX"), {t.index("IMDb")}, frozenset())
        True
        >>> _task_paren_data(t, (0, len(t)), t.index("QRX"), set(), frozenset())
        False
        >>> u = "with a classifier (QRX) and a dataset of forms (Zet)."
        >>> _task_paren_data(u, (0, len(u)), u.index("QRX"), {u.index("Zet")}, frozenset())
        False
        >>> v = "a segmentation model (QRX), a dataset (Zet)."
        >>> _task_paren_data(v, (0, len(v)), v.index("QRX"), {v.index("Zet")}, frozenset({"model", "dataset"}))
        False
        >>> w = "detection (41.2 AP on Zet) and segmentation (QRX)."
        >>> _task_paren_data(w, (0, len(w)), w.index("QRX"), {w.index("Zet")}, frozenset())
        False
    """
    chains: list[list[re.Match[str]]] = []
    for g in TASK_PAREN.finditer(text, *sent):
        if g.group(1).casefold() in heads:
            chains.append([])  # "the model (Zorb)": no task; it breaks the enumeration
            continue
        if chains and chains[-1] and TASK_PAREN_GAP.fullmatch(text, chains[-1][-1].end(), g.start()):
            chains[-1].append(g)
        else:
            chains.append([g])
    return any(len(chain) > 1 and any(g.start(2) <= pos < g.end(2) for g in chain)
               and any(g.start(2) <= d < g.end(2) for g in chain for d in data_at) for chain in chains)


SLASH_SHARED = re.compile(r"(?<![\w/-])([A-Z][\w-]*)\s*/\s*([A-Z][\w-]*)((?:[^\S\n]+[A-Z][\w-]*){1,2})")


def _slash_shared(text: str, mentions: list[Mention], known: dict[str, tuple[str, str]]) -> list[Mention]:
    """Two known names that share their last words, written once after a slash: "Faster/Mask R-CNN" names
    Faster R-CNN and Mask R-CNN (what else the span held, "Faster" or "R-CNN" alone, is dropped).

    Examples:
        >>> known = {"fasterrcnn": ("Model", "Faster R-CNN"), "maskrcnn": ("Model", "Mask R-CNN")}
        >>> t = "It extends Faster /Mask R-CNN."
        >>> [(m.text, m.name) for m in _slash_shared(t, [Mention(11, 17, "Faster", MODEL, "r")], known)]
        [('Faster', 'Faster R-CNN'), ('Mask R-CNN', 'Mask R-CNN')]
    """
    added: list[Mention] = []
    for hit in SLASH_SHARED.finditer(text):
        words = hit.group(3).split()
        for n in range(len(words), 0, -1):
            tail = " ".join(words[:n])
            first, second = (known.get(entity_key(f"{hit.group(g)} {tail}")) for g in (1, 2))
            if first and second and first[0] == second[0]:
                end = hit.start(3) + hit.group(3).index(words[n - 1]) + len(words[n - 1])
                added += [Mention(hit.start(1), hit.end(1), hit.group(1), first[0], "gazetteer", first[1],
                                  entity_key(first[1])),
                          Mention(hit.start(2), end, text[hit.start(2):end], second[0], "gazetteer", second[1],
                                  entity_key(second[1]))]
                break
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in
                                           [(spans[i][0], spans[i + 1][1]) for i in range(0, len(spans), 2)])]
    return sorted(kept + added, key=lambda m: (m.start, -m.end))


CITED_AFTER = re.compile(r"\s*\((?:[A-Z][\w'\-]+(?:\s+(?:et\s+al\.?|(?:and|&)\s+[A-Z][\w'\-]+))?,?\s+(?:19|20)\d\d[a-z]?"
                         r"(?:;\s*[^()]{1,60})?)\)")  # "(Lu et al., 2025)", "(Kim and Lee 2019)": an author-year citation
TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _plain_title_initials(text: str, tend: int, function_words: frozenset[str]) -> set[str]:
    r"""The acronyms of runs of two to five capitalized title words that the abstract writes in lower case
    and defines nowhere: "Differentially Private Minimum Spanning Tree" over "the differentially private
    approximation of minimum spanning trees" gives DP, MST, ... (a run's initials in capitals).

    Examples:
        >>> t = "Private Minimum Spanning Tree\n\nWe bound minimum spanning trees and use MST."
        >>> sorted(_plain_title_initials(t, 29, frozenset({"of"})))
        ['MS', 'MST', 'ST']
    """
    words = [w for w in re.split(r"[\s\-:,]+", text[:tend]) if w]
    body = text[tend:]
    out: set[str] = set()
    for i in range(len(words)):
        if not TITLE_WORD.fullmatch(words[i]) or words[i].casefold() in function_words:
            continue
        for n in range(2, 6):
            run = words[i:i + n]
            if len(run) < n or not all(TITLE_WORD.fullmatch(w) for w in run):
                break
            short = "".join(w[0] for w in run)
            if short not in body or f"({short})" in text:
                continue  # not written, or defined: a name, or another rule's to judge
            if re.search(r"(?<![\w-])" + r"[\s-]+".join(re.escape(w.lower()) for w in run) + r"s?\b", body):
                out.add(short)
    return out


OR_LINK = re.compile(r",?\s+or\s+")
THOUSANDS_TAIL = re.compile(r"-\d+(?:\.\d+)?[Kk]$")  # "Alpaca-52K": a count of examples, no parameter size
LISTED_WORDS = re.compile(r"(?:(?:[ ][A-Z][a-z]+){1,3}(?:[ ][A-Z]{2,5})?|[ ][A-Z]{2,5})"
                          r"(?=\s*(?:[,;:)]|\.(?:\s|$)|and\s|or\s|$)|\s+(?:datasets|data\s+sets|benchmarks|corpora)\b)")
# "Wall| Street Journal,", "SWaT, BATADAL, and Rare| Event Classification datasets", "Fed-IXI and Prostate| MRI datasets"
SHORT_LINK = re.compile(r"\s*,\s*")  # "X, Y for short"
FOR_SHORT = re.compile(r"\s+for\s+short\b")
# "X, short for Y,": Y is X written out (a name's words, no clause)
SHORT_FOR = re.compile(r"\s*[,(]\s*(?:short|shorthand|abbreviated)\s+for\s+(?:the\s+)?([^\s,;:()]+(?: [^\s,;:()]+){0,7}?)"
                       r"(?=\s*[,;:)]|\.(?:\s|$))")
SHORT_COLON = re.compile(r"\s*,\s*(?:short|in\s+short|abbreviated)\s*:?\s+([A-Z][A-Za-z\d-]*[A-Z][A-Za-z\d-]*)\b")
ACRONYM_WORD = re.compile(r"[A-Z][A-Z\d]*(?:-?[A-Z\d]+)*[A-Z][A-Z\d]*")


def _fold_or_spelled(text: str, mentions: list[Mention]) -> None:
    """A long form and the acronym its capitals spell, joined by "or" or written "X, Y for short" or "X, short: Y",
    are one name, the acronym's: "the new framework, called DEtection TRansformer or DETR" (either order), "we
    name it Observation-Centric SORT, OC-SORT for short", "dubbed Sparse Activation Function Search, short: SAFS";
    so are a short name and the longer one it is said to stand for ("wav2vec-U, short for wav2vec Unsupervised");
    the long form stays an alias.

    Examples:
        >>> t = "a framework called DEtection TRansformer or DETR"
        >>> ms = [Mention(19, 40, "DEtection TRansformer", MODEL, "r"), Mention(44, 48, "DETR", MODEL, "r")]
        >>> for m in ms: m.name, m.key = m.text, entity_key(m.text)
        >>> _fold_or_spelled(t, ms)
        >>> [(m.name, m.aliases) for m in ms]
        [('DETR', ['DEtection TRansformer']), ('DETR', ['DEtection TRansformer'])]
        >>> t = "named Quick-Centric SORT, QC-SORT for short."
        >>> ms = [Mention(6, 24, "Quick-Centric SORT", MODEL, "r"), Mention(26, 33, "QC-SORT", MODEL, "r")]
        >>> for m in ms: m.name, m.key = m.text, entity_key(m.text)
        >>> _fold_or_spelled(t, ms)
        >>> [(m.name, m.aliases) for m in ms]
        [('QC-SORT', ['Quick-Centric SORT']), ('QC-SORT', ['Quick-Centric SORT'])]
    """
    for short in [m for m in mentions if m.label in (MODEL, DATASET)]:
        said = SHORT_FOR.match(text, short.end)
        if said and any(c.isupper() for c in said.group(1)) and len(said.group(1)) > len(short.text):
            mentions[:] = [m for m in mentions if not said.start(1) <= m.start < said.end(1)]  # its words
            for m in mentions:  # "wav2vec-U, short for wav2vec Unsupervised": said, however it is spelled
                if (m.label, m.key) == (short.label, short.key) and said.group(1) not in m.aliases:
                    m.aliases.append(said.group(1))
    into: dict[tuple[str, str], Mention] = {}
    for long in [m for m in mentions if m.label in (MODEL, DATASET) and " " in m.text]:
        named = SHORT_COLON.match(text, long.end)  # "dubbed Sparse Zorb Search, short: SZS,": no mention yet
        short = named.group(1) if named else ""
        if (not short or "".join(c for c in long.text if c.isupper()) != "".join(c for c in short if c.isalnum())
                or any(m.start == named.start(1) for m in mentions)):
            continue
        written = [Mention(r.start(), r.end(), short, long.label, "short-form", name=short, key=entity_key(short))
                   for r in standalone(short).finditer(text) if not any(m.start < r.end() and r.start() < m.end
                                                                      for m in mentions)]
        mentions += written
        into[(long.label, long.key)] = written[0]
    if into:
        mentions.sort(key=lambda m: m.start)
    ordered = sorted((m for m in mentions if m.label in (MODEL, DATASET)), key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        short_after = SHORT_LINK.fullmatch(text, a.end, b.start) and FOR_SHORT.match(text, b.end)
        if a.label != b.label or not (OR_LINK.fullmatch(text, a.end, b.start) or short_after):
            continue
        for long, short in ((a, b), (b, a)) if not short_after else ((a, b),):
            caps = "".join(c for c in long.text if c.isupper())
            if (" " in long.text and ACRONYM_WORD.fullmatch(short.text)
                    and caps == "".join(c for c in short.text if c.isalnum())):
                into[(long.label, long.key)] = short
    for m in mentions:
        short = into.get((m.label, m.key))
        if short is not None:
            alias = m.text
            m.name, m.key = short.name, short.key
            for x in (m, short):
                if alias not in x.aliases:
                    x.aliases.append(alias)


def _fold_editions(mentions: list[Mention]) -> None:
    """A new dataset the abstract names with its edition's year and later without it is that edition:
    "fine-tuned on AMOS 2022 ... On AMOS, ..." makes one node, AMOS 2022 (a known name without the year, such
    as WMT, stays its own node)."""
    editions: dict[str, list[Mention]] = {}
    for m in mentions:
        year = EDITION.fullmatch(m.name) if m.label == DATASET else None
        if year:
            editions.setdefault(entity_key(year.group(1)), []).append(m)
    for m in mentions:
        found = editions.get(m.key) if m.label == DATASET and m.rule not in ("gazetteer", "gazetteer-variant") else None
        if found and len({f.key for f in found}) == 1:
            m.name, m.key = found[0].name, found[0].key


def _fold_called_aliases(alias_after: Cue, derived_of_before: Cue, text: str, mentions: list[Mention]) -> None:
    """A short name the text gives a named model or data set is that one ("SpectralNet (Shaham et al. 2018),
    which we call SpecNet1"; "..., hereafter called X"): every mention of the short name gets the named one's
    name and key (no new model the paper introduces), and the short name becomes an alias; not a name given to
    what the text derives from it ("the smooth reformulations of AL-TBSVM, which we called AL-STBSVM").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> text = "We revisit FooNet (Li 2020), which we call FN. We extend FN."
        >>> ms = [Mention(11, 17, "FooNet", MODEL, "use-cue", "FooNet", "foonet"),
        ...       Mention(43, 45, "FN", MODEL, "called-cue", "FN", "fn"), Mention(57, 59, "FN", MODEL, "repeat", "FN", "fn")]
        >>> cues = load_patterns().cues
        >>> _fold_called_aliases(cues["alias_after"], cues["derived_of_before"], text, ms)
        >>> [(m.name, m.key, m.rule) for m in ms], ms[0].aliases
        ([('FooNet', 'foonet', 'use-cue'), ('FooNet', 'foonet', 'called-alias'), ('FooNet', 'foonet', 'called-alias')], ['FN'])
    """
    by_start = {m.start: m for m in mentions if m.label in (MODEL, DATASET)}
    for named in sorted(by_start.values(), key=lambda m: m.start):
        cue = alias_after.match(text, named.end, named.end + 140)
        short = by_start.get(cue.end()) if cue else None
        if short is None or short.label != named.label or short.key == named.key or parts_relation(
                parse(short.text), parse(named.name)):
            continue  # "... of MAML, which we call MAML++": a name derived from it names what the paper made
        if derived_of_before.search(text, max(0, named.start - 40), named.start):
            continue
        key = short.key
        for m in mentions:
            if m.key == key and m.label == named.label:
                m.name, m.key, m.rule = named.name, named.key, "called-alias"
        named.aliases.append(short.text)


def _fold_splits(split_tail: Cue, mentions: list[Mention]) -> None:
    """A dataset named with a split after a dash is the dataset: "94.8 on MSLS-val" makes the node MSLS."""
    for m in mentions:
        split = split_tail.search(m.name) if m.label == DATASET else None
        if split:
            m.name = m.name[:split.start()]
            m.key = entity_key(m.name)


def _described(tok: str, generic: frozenset[str]) -> bool:
    """Whether ``tok`` is a lower-case word hyphenated to generic terms ("near-SOTA", "contextual-ASR"): a
    description of a generic thing, which names nothing before a score or a head noun of data.

    Examples:
        >>> _described("near-SOTA", frozenset({"sota"})), _described("Quill-ASR", frozenset({"asr"}))
        (True, False)
    """
    first, _, rest = tok.partition("-")
    return bool(rest) and first.isalpha() and first.islower() and all(
        p.casefold() in generic for p in rest.split("-"))


def _version(number: re.Match[str]) -> tuple[int, ...]:
    """The numbers of a version written "v1.5" or "600": (1, 5), (600,)."""
    return tuple(int(x) for x in number.group(1).split("."))


def _lower_hyphen_digit(text: str) -> bool:
    """Whether three lower-case letters precede a dash and a digit somewhere ("gpt-3.5"): the cheap check before
    the cue ``lower_versioned_model`` is searched (a literal dash is found at C speed, a letter class is not)."""
    for m in HYPHEN_DIGIT.finditer(text):
        word = text[max(0, m.start() - 3):m.start()]
        if len(word) == 3 and word.isalpha() and word.islower():
            return True
    return False


def _fold_title_prefixes(tend: int, mentions: list[Mention], known: dict[str, tuple[str, str]]) -> None:
    """A new name only the title writes that opens, before a dash, a model the abstract names is that model:
    "Zorb Pipelines: ..." with "we present Zorb-PP" is Zorb-PP, no model Zorb of its own."""
    abstract = [m for m in mentions if m.start >= tend and m.label == MODEL]
    for m in mentions:
        if (m.start < tend and m.label == MODEL and m.key not in known and not m.sizes
                and not any(o.key == m.key for o in abstract)):
            full = next((o for o in abstract if o.name.startswith(m.name + "-")), None)
            if full is not None:
                m.name, m.key = full.name, full.key


def _fold_title_abbreviations(text: str, tend: int, mentions: list[Mention], known: dict[str, tuple[str, str]]
                              ) -> list[Mention]:
    """A title opening with a name in words ("Perceiver-Actor: ...", "Expert-as-a-Service: ...") whose abstract
    names a new model by an abbreviation of those words (PerAct, EaaS: ``abbreviates``) names that model: the
    title's words become a mention of it (the paper's title name), so the model is one node named as the
    abstract writes it, the title's words an alias. Not a title holding a known model."""
    colon = text.find(":", 0, tend)
    head = text[:colon].strip() if colon > 0 else ""
    if not head or len(head.split()) > 4:
        return mentions
    short = next((m for m in mentions if m.start >= tend and m.label == MODEL and m.key not in known
                  and m.text.isalpha() and sum(c.isupper() for c in m.text) >= 2 and len(m.text) < len(head)
                  and abbreviates(m.text, head)), None)
    start = text.find(head)
    inside = [m for m in mentions if m.start < start + len(head)]
    if short is None or any(m.key in known or m.label != MODEL for m in inside):
        return mentions
    for m in inside:
        if (m.start, m.end) == (start, start + len(head)):
            m.name, m.key, m.title_name = short.name, short.key, True
            return mentions
    title = Mention(start, start + len(head), head, MODEL, "title-name", name=short.name, key=short.key,
                    title_name=True)
    return [title, *(m for m in mentions if m not in inside)]


def compact_initials(name: str) -> str | None:
    """The short form of a name of capitalized words and an acronym: each word's initial, the acronym whole; None
    for a name without both.

    Examples:
        >>> compact_initials("Episodic RRT"), compact_initials("Deformable DETR"), compact_initials("Graph Attention Network")
        ('ERRT', 'DDETR', None)
    """
    words = name.split()
    acronyms = [w.isupper() and w.isalpha() and len(w) >= 2 for w in words]
    if (len(words) < 2 or not any(acronyms) or all(acronyms)
            or not all(w[:1].isupper() and w.isalpha() for w in words)):
        return None
    return "".join(w if whole else w[0] for w, whole in zip(words, acronyms))


def _compact_initials(text: str, mentions: list[Mention], known: dict[str, tuple[str, str]]) -> list[Mention]:
    """A new model named in words and an acronym ("the Episodic RRT") that the abstract goes on to write by their
    initials, the acronym whole ("ERRT transforms ...", ``compact_initials``), is one model: the short form,
    written where no other mention is, is an alias of the words' node."""
    added: list[Mention] = []
    for m in mentions:
        short = compact_initials(m.text) if m.label == MODEL and m.key not in known else None
        if not short or entity_key(short) in known:
            continue
        added += [Mention(r.start(), r.end(), short, MODEL, "repeat", name=m.name, key=m.key)
                  for r in standalone(short).finditer(text)
                  if not any(o.start < r.end() and r.start() < o.end for o in (*mentions, *added))]
    return sorted([*mentions, *added], key=lambda o: o.start) if added else mentions


def _spelled_pieces_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the names of several words written inside the long form a title spells its name out
    with ("DIBERT: Dependency Injected Bidirectional Encoder Representations from Transformers" over "DIBERT, which
    stands for Dependency Injected ...": the long form is DIBERT's alias, not a model of its own built on BERT's; a
    known name inside it stays: "SDM: Stable Diffusion for Medicine").

    Examples:
        >>> text = "ZORBERT: Zorb Over Representations from BERT\\n\\nZORBERT stands for Zorb Over Representations."
        >>> head = Mention(0, 7, "ZORBERT", MODEL, "title-name", aliases=["Zorb Over Representations from BERT"])
        >>> piece = Mention(9, 34, "Zorb Over Representations", MODEL, "qualified-name")
        >>> again = Mention(63, 88, "Zorb Over Representations", MODEL, "repeat")
        >>> [m.text for m in _spelled_pieces_dropped(text, [head, piece, again])]
        ['ZORBERT']
    """
    head = next((m for m in mentions if m.start == 0 and m.label in (MODEL, DATASET)), None)
    if head is None or not head.aliases or not text.startswith(":", head.end):
        return mentions
    spelled = [a.casefold() for a in head.aliases if " " in a]
    return [m for m in mentions if m is head or m.label not in (MODEL, DATASET) or " " not in m.text
            or m.rule in ("gazetteer", "gazetteer-variant") or not any(m.text.casefold() in a for a in spelled)]


def _coined_word(pat: Patterns, tok: str) -> bool:
    """Whether the capitalized ``tok`` is no common word: not a common or eponym word whole, nor of parts of two
    letters or more that all are common, function, suffix ("Based"), head ("Encoder-Decoder") or eponym
    ("Levenberg-Marquardt") words or plain nouns of the patterns; a letter joined to a word is coined ("Z-Former").

    Examples:
        >>> p = load_patterns()
        >>> [_coined_word(p, word) for word in ("X-Class", "Zorbist", "Backbone", "Neck-Backbone", "Encoder-Decoder")]
        [True, True, False, False, False]
    """
    def common(part: str) -> bool:
        low = part.casefold()
        return (low in pat.generic or low in STOP_WORDS or low in pat.suffixes or low in pat.eponyms
                or low.removesuffix("s") in pat.lexicon.model_heads or bool(pat.cues["plain_noun"].fullmatch(part)))

    parts = tok.split("-")
    if tok.casefold() in pat.generic or tok.casefold() in pat.eponyms:
        return False
    return (len(parts) == 2 and len(parts[0]) == 1) or not all(common(part) for part in parts if len(part) > 1)


def _defined_before(text: str, s: int, e: int, short: str) -> bool:
    """Whether ``short`` (at ``s``-``e``) stands alone in parentheses right after as many capitalized words as it
    has letters, whose initials it is.

    Examples:
        >>> text = "We use Hindsight Experience Replay (HER) and her replay (HER)."
        >>> _defined_before(text, 36, 39, "HER"), _defined_before(text, 57, 60, "HER")
        (True, False)
    """
    if text[s - 1:s] != "(" or text[e:e + 1] != ")":
        return False
    words = text[max(0, s - 40 * len(short)):s - 1].split()[-len(short):]
    return (len(words) == len(short) and all(w[:1].isupper() and w[1:].isalpha() and not w[1:].isupper() for w in words)
            and "".join(w[0] for w in words) == short)


def _spells_words_before(short: str, before: str) -> bool:
    """Whether ``short`` abbreviates the last words of ``before`` ("a model for sound text" and "ST").

    Examples:
        >>> _spells_words_before("ST", "develops a model for sound text "), _spells_words_before("ZorBERTa", "a model")
        (True, False)
    """
    words = before.split()
    return any(abbreviates(short, " ".join(words[-k:])) for k in range(2, min(len(words), len(short) + 2) + 1))


def abbreviates(short: str, words: str) -> bool:
    """Whether ``short`` abbreviates ``words``: its capitals open capitalized words in order, its lower-case
    letters continue the word they follow or open the lower-case words between, and no capitalized word is
    passed over.

    Examples:
        >>> [abbreviates(s, w) for s, w in (("PerAct", "Perceiver-Actor"), ("EaaS", "Expert-as-a-Service"))]
        [True, True]
        >>> [abbreviates(s, w) for s, w in (("ViT", "Vision Transformer"), ("PaLM", "Perceiver-Actor"))]
        [True, False]
        >>> abbreviates("PeA", "Perceiver-Visual-Actor")  # a capitalized word passed over
        False
    """
    parts = [w for w in re.split(r"[\s\-]+", words) if w]
    if len(parts) < 2 or short[:1].casefold() != parts[0][:1].casefold():
        return False
    states = {(0, 1)}  # (word, letters of it used) after the short form's first letter
    for c in short[1:]:
        nxt = set()
        for j, k in states:
            if c.islower() and k < len(parts[j]) and parts[j][k] == c:
                nxt.add((j, k + 1))
            for n in range(j + 1, len(parts)):
                if parts[n][0].casefold() == c.casefold():
                    nxt.add((n, 1))
                if parts[n][0].isupper():
                    break  # a capitalized word is never passed over
        states = nxt
    return any(all(not p[0].isupper() for p in parts[j + 1:]) for j, _ in states)


def _longer_run(text: str, s: int, starts: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether a capitalized word other than a stop word comes right before ``s``: a phrase at ``s`` is then
    part of a longer run of capitals (a title-case heading, a name of its own) rather than one name. A word
    opening its sentence (one of ``starts``) is capitalized as every first word is ("Unlike Rotated X, ...").

    Examples:
        >>> [_longer_run(t, 4) for t in ("on  Deformable DETR", "The Deformable DETR", "Big Deformable DETR")]
        [False, False, True]
        >>> _longer_run("Unlike Rotated DETR", 7, {0})
        False
    """
    word = WORD_BEFORE.search(text, max(0, s - 30), s)
    return word is not None and word.group(1).casefold() not in STOP_WORDS and word.start(1) not in starts



GLUED_TITLE_WORD = re.compile(r"([a-z]{2,4})([A-Z][a-z]+)")  # "inKernel"
GLUED_STOP_WORD = re.compile(r"([a-z]{2,})([A-Z]{2,}s?)")  # "thatMTL"
GLUED_WORD_NAME = re.compile(r"([a-z]{3,})-([A-Z][\w-]*[A-Z][\w-]*)")  # "system-RotatCY"


def _sentence_adverb(pat: Patterns, text: str, s: int, e: int) -> bool:
    """Whether the word at ``text[s:e]``, opening a sentence, is an adverb before a clause ("Uniquely, our
    benchmark ...", "Regardless, the cost ... remains", "Thereinto, BERT is ..."): capitalized only as the
    sentence's first word, written once, and a comma and a clause after it; not "Polaris, our new benchmark,
    contains ...", a name in apposition (one an abstract opens a sentence with is written again)."""
    tok = text[s:e]
    return (tok[:1].isupper() and tok[1:].islower() and text.startswith(",", e)
            and len(re.findall(r"(?<![\w-])%s(?![\w-])" % re.escape(tok), text)) == 1
            and ((len(tok) > 5 and tok.endswith("ly")) or bool(pat.cues["adverb_clause_after"].match(text[e:e + 200]))))


def _every_writing(text: str, at: int, name: str, label: str, rule: str, pos: int = 0) -> list[Mention]:
    """A cue's name at ``at`` (rule ``rule``) and every other place from ``pos`` the text writes it as a
    whole word (rule "repeat"): a name the paper presents once is the same entity wherever it recurs."""
    return [Mention(a, b, name, label, rule if a == at else "repeat")
            for a, b in (r.span() for r in standalone(name).finditer(text, pos))]

def _common_caps(tok: str, pat: Patterns) -> bool:
    """Whether ``tok`` is a common word in capitals ("BASE", "SWITCH"): a name only with its head noun."""
    return tok.isupper() and (tok.casefold() in pat.plain_generic or tok.casefold() in STOP_WORDS)


def _data_head(pat: Patterns, said: re.Match[str]) -> bool:
    """Whether the head word of an apposed phrase (``lexicon.apposition``'s match) says the name is data, not
    a model trained on it ("Genie, the first generative interactive environment trained on videos": a model) nor a
    database system ("ZorbDB, an open-source graph database": a model of the system kind)."""
    return said.group(1).casefold() in pat.lexicon.dataset_heads and not pat.cues["trained_after"].match(
        said.string, said.end()) and not pat.cues["database_system"].search(said.string, said.start(), said.end() + 20)


def _written_as_name(text: str, tend: int, word: str) -> bool:
    """Whether the abstract (``text[tend:]``) writes ``word`` (or its singular) capitalized, alone or with a
    size ("Wren-3B"), and never in lower case.

    Examples:
        >>> _written_as_name("Brainformers. Brainformer is fast.", 12, "Brainformers")
        True
        >>> _written_as_name("Graphs. Graphs are everywhere; graphs hold data.", 6, "Graphs")
        False
        >>> _written_as_name("Wren: Small. We train Wren-1B and Wren-3B.", 12, "Wren")
        True
    """
    forms = (word, word[:-1]) if word.endswith("s") and len(word) > 3 else (word,)
    return any(standalone(f).search(text, tend) or any(
        split_size(text[m.start():m.end()])[0] == f for m in _sized(f).finditer(text, tend)) for f in forms) and not any(
        standalone(f.lower()).search(text, tend) for f in forms)


def _title_cased(text: str, tend: int, word: str) -> bool:
    """Whether the abstract writes a title's ``word`` only in another case ("KV-Cache" or "Web3" in the title,
    "KV-cache" or "web3" in the abstract): the title's capitals, no name's."""
    low = word.casefold()
    body = text[tend:]
    if "-" not in word:
        return standalone(low).search(body.casefold()) is not None and standalone(word).search(body) is None
    return low in body.casefold() and word not in body


def _lowered_parts(title: str, abstract: str) -> bool:
    """Whether ``title`` is ``abstract`` with some of its parts in lower case and none capitalized otherwise.

    Examples:
        >>> _lowered_parts("Jina-colbert-v2", "Jina-ColBERT-v2"), _lowered_parts("YOLO-Quill", "YOLO-quill")
        (True, False)
        >>> _lowered_parts("QuillAgentGym", "QuillAgentGYM"), _lowered_parts("Zorb", "Quill")
        (False, False)
    """
    ts, ab = re.split(r"[\s\-]", title), re.split(r"[\s\-]", abstract)
    if title.casefold() != abstract.casefold() or len(ts) != len(ab):
        return False
    lowered = [t.islower() and not a.islower() for t, a in zip(ts, ab)]
    return any(lowered) and all(lo or t == a for lo, t, a in zip(lowered, ts, ab))


def _sized(word: str) -> re.Pattern[str]:
    """``word`` written with a trailing size or size letter: "Wren-3B", "Wren 7B", "Wren-L"."""
    return re.compile(r"(?<![\w-])%s[\s-][\w.]+(?![\w-])" % re.escape(word))


def _extend(m: Mention, text: str, end: int) -> None:
    """Make ``m`` span ``text`` up to ``end``; the gazetteer's name no longer covers the longer text."""
    m.end = end
    m.text = text[m.start:end]
    m.name = ""


def _list_neighbour_words(text: str, tend: int, mentions: list[Mention]) -> None:
    """Extend each one-word name of the abstract (past ``tend``) by the capitalized word after it when the next
    item of its list is that name and another word ("Liputan6 Canonical, and Liputan6 Xtreme datasets": Canonical
    belongs to its name as Xtreme does; not "Whisper Large and Whisper Medium ...; Whisper Turkish outputs").

    Examples:
        >>> ms = [Mention(0, 6, "Quill6", DATASET, "data-list"), Mention(22, 35, "Quill6 Xtreme", DATASET, "head-noun")]
        >>> _list_neighbour_words("Quill6 Canonical, and Quill6 Xtreme data", 0, ms); [m.text for m in ms]
        ['Quill6 Canonical', 'Quill6 Xtreme']
    """
    starts = {m.start: m.text for m in mentions if m.text.count(" ") == 1 and m.text.split(" ")[1][:1].isupper()}
    for m in mentions:
        word = NEIGHBOUR_WORD.match(text, m.end) if m.label in (MODEL, DATASET) and m.start >= tend else None
        joiner = JOINER.match(text, word.end()) if word else None
        if joiner and starts.get(joiner.end(), "").split(" ")[0] == m.text:  # the next item of the list
            _extend(m, text, word.end())


def _zone_hint(text: str, hints: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a no-name zone: one of ``hints`` or a year before ";" or ")" (a citation)."""
    if any(h in text for h in hints):
        return True
    for close in ";)":  # r"\d{4}[a-z]?[;)]", tried only where the text closes
        at = text.find(close)
        while at >= 0:
            if (at >= 4 and YEAR.fullmatch(text, at - 4, at)) or (at >= 5 and YEAR.fullmatch(text, at - 5, at)):
                return True
            at = text.find(close, at + 1)
    return False


def _plural_of_spelled(mentions: list[Mention]) -> None:
    """A model's name the paper spells out, or an acronym it writes alone, written again with a plural "s", is that
    model: "Symplectic Momentum Neural Networks (SyMo) ... leads SyMos to be constrained" names SyMo, "planners like
    the RRTs ... compared to RRT" RRT (called after ``_finish``: names and keys are set).

    Examples:
        >>> ms = [Mention(0, 4, "SyMo", MODEL, "acronym", "SyMo", "symo", aliases=["Symplectic Momentum Networks"]),
        ...       Mention(40, 45, "SyMos", MODEL, "name-shape", "SyMos", "symos")]
        >>> _plural_of_spelled(ms)
        >>> ms[1].name, ms[1].key
        ('SyMo', 'symo')
        >>> ms = [Mention(0, 3, "SAM", MODEL, "acronym", "SAM", "sam", aliases=["Segment Anything Model"]),
        ...       Mention(40, 44, "SAMI", MODEL, "name-shape", "SAMI", "sami")]
        >>> _plural_of_spelled(ms)
        >>> ms[1].name
        'SAMI'
        >>> ms = [Mention(0, 4, "ZQRs", MODEL, "use-cue", "ZQRs", "zqrs"), Mention(40, 43, "ZQR", MODEL, "repeat", "ZQR", "zqr")]
        >>> _plural_of_spelled(ms)
        >>> ms[0].name, ms[0].key
        ('ZQR', 'zqr')
    """
    spelled = {m.text: m for m in mentions if m.label == MODEL and not m.text.endswith("s")
               and (m.aliases or (m.text.isupper() and len(m.text) > 1))}  # "planners like the RRTs ... RRT"
    for m in mentions:
        if m.label == MODEL and m.name == m.text and m.text.endswith("s") and (one := spelled.get(m.text[:-1])):
            m.name, m.key = one.name, one.key


def _singular_of_plural_spelled(text: str, mentions: list[Mention]) -> list[Mention]:
    """A model's acronym the paper spells out in the plural and writes again in the singular is the singular
    name: "Cross Venn-ABERS Predictors (CVAPs) ... CVAP produces" names CVAP, each writing of it a mention
    (called after ``_finish``: names and keys are set).

    Examples:
        >>> ms = [Mention(9, 14, "CZQPs", MODEL, "acronym", "CZQPs", "czqps", aliases=["Cross Zorb Quill Predictors"])]
        >>> [(m.text, m.name, m.start) for m in _singular_of_plural_spelled("We apply CZQPs here; CZQP works.", ms)]
        [('CZQPs', 'CZQP', 9), ('CZQP', 'CZQP', 21)]
    """
    out = list(mentions)
    for m in mentions:
        one = m.text[:-1]
        if not (m.label == MODEL and m.rule == "acronym" and m.name == m.text and m.text.endswith("s")
                and sum(c.isupper() for c in one) >= 2 and m.aliases and m.aliases[0].endswith("s")):
            continue
        written = [w for w in standalone(one).finditer(text) if not any(o.start < w.end() and w.start() < o.end
                                                                        for o in out)]
        if not written:
            continue  # "Cross Zorb Predictors (CZPs)" alone: no singular written, the name as the paper gives it
        for o in out:
            if o.text == m.text and o.label == MODEL:
                o.name, o.key = one, entity_key(one)
        out += [Mention(w.start(), w.end(), one, MODEL, "repeat", one, entity_key(one)) for w in written]
    return sorted(out, key=lambda o: o.start) if len(out) > len(mentions) else out


NAMED_HEAD = re.compile(r"\b(?:the|our|this|an?)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*,?\s*$")  # "the resulting
# model, " before "which we call": the head of the noun phrase a naming clause follows


def _spelled_out_label(mentions: list[Mention]) -> None:
    """One label per name the paper spells out: where a name is written as a model and as a data set, the label of
    its writing with a long form ("the Mostly Hard Python Problems (MHPP) dataset") is every writing's ("MHPP:
    Exploring ..." in the title, "using MHPP").

    Examples:
        >>> ms = [Mention(0, 4, "MHPP", MODEL, "title-name"), Mention(40, 44, "MHPP", DATASET, "repeat",
        ...       aliases=["Mostly Hard Python Problems"]), Mention(60, 64, "MHPP", MODEL, "repeat")]
        >>> _spelled_out_label(ms)
        >>> [m.label for m in ms]
        ['Dataset', 'Dataset', 'Dataset']
    """
    defined: dict[str, set[str]] = {}
    for m in mentions:
        if m.label in (MODEL, DATASET) and m.aliases:
            defined.setdefault(m.text, set()).add(m.label)
    for m in mentions:
        labels = defined.get(m.text)
        if labels and len(labels) == 1 and m.label in (MODEL, DATASET):
            m.label = next(iter(labels))


def _lower_defined(text: str, short: str) -> bool:
    """Whether ``text`` defines ``short`` as the acronym of words in lower case, a common term.

    Examples:
        >>> _lower_defined("by integrating collaborative filtering (CF) signals", "CF")
        True
        >>> _lower_defined("We propose Zorb Filtering (ZF).", "ZF")
        False
    """
    return bool(short) and re.search(r"\b[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}\s*\(%s\)" % re.escape(short), text) is not None


def _shaped_label(mentions: list[Mention], known: dict[str, tuple[str, str]]) -> None:
    """One label per new name: a mention labelled a model by its shape or a neighbour alone ("those used in
    Zorb-4J and Quib") takes the data label the paper gives the same writing by its context elsewhere
    ("Datasets such as Zorb-4J and Quib"), or the same writing with a version ("with LoCo" in the title and
    "we first introduce LoCoV1, a novel benchmark").

    Examples:
        >>> ms = [Mention(0, 7, "Zorb-4J", DATASET, "list-member"), Mention(40, 47, "Zorb-4J", MODEL, "name-shape")]
        >>> _shaped_label(ms, {})
        >>> [m.label for m in ms]
        ['Dataset', 'Dataset']
        >>> ms = [Mention(0, 4, "Quib", MODEL, "name-shape"), Mention(40, 47, "QuibV1", DATASET, "apposition")]
        >>> _shaped_label(ms, {})
        >>> ms[0].label
        'Dataset'
    """
    data = {m.text for m in mentions if m.label == DATASET and m.rule not in FAMILY_FOLLOWS}
    data |= {stem for w in data if len(stem := DATA_VERSION.sub("", w)) > 2}
    for m in mentions:
        if m.label == MODEL and m.rule in ("name-shape", "coordination") and m.text in data and (
                entity_key(m.text) not in known):
            m.label = DATASET


def _data_by_head_after(text: str, mentions: list[Mention], pat: Patterns) -> None:
    """A new name labelled a model by its shape alone that the paper writes after a determiner and before a data
    head ("the My Science Tutor (MyST) children's speech corpus ... the MyST dataset", cue ``data_head_after``) and
    never before a model head is a data set.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> ms = [Mention(4, 8, "Zorb", MODEL, "name-shape"), Mention(32, 36, "Zorb", MODEL, "repeat")]
        >>> _data_by_head_after("Use Zorb to train. We clean the Zorb dataset.", ms, load_patterns())
        >>> [m.label for m in ms]
        ['Dataset', 'Dataset']
        >>> ms = [Mention(0, 4, "Zorb", MODEL, "name-shape"), Mention(29, 33, "Zorb", MODEL, "repeat")]
        >>> _data_by_head_after("Zorb is fast. Moreover, the Zorb set a new record.", ms, load_patterns())
        >>> [m.label for m in ms]
        ['Model', 'Model']
    """
    cues = pat.cues
    data: set[str] = set()
    modelled: set[str] = set()
    for m in mentions:
        if m.label == MODEL:
            after = text[m.end:m.end + 40]
            if cues["data_head_after"].match(after) and cues["determiner_before"].search(text[max(0, m.start - 8):m.start]):
                data.add(m.text)
            if cues["model_heads"].match(after):
                modelled.add(m.text)
    for name in data - modelled:
        ms = [m for m in mentions if m.text == name]
        if entity_key(name) not in pat.known and all(m.rule in ("name-shape", "coordination", "repeat") for m in ms):
            for m in ms:
                m.label = DATASET


def _known_stem(name: str, known: dict[str, tuple[str, str]]) -> str:
    """``name`` without the word parts after its last hyphens that stand after a known name ("gpt-4o-mini":
    "gpt-4o"), else ``name``.

    Examples:
        >>> known = {"gpt4o": ("Model", "GPT-4o")}
        >>> _known_stem("gpt-4o-mini", known), _known_stem("gpt-4o", known), _known_stem("zorb-mini", known)
        ('gpt-4o', 'gpt-4o', 'zorb-mini')
    """
    stem = name
    while entity_key(stem) not in known and "-" in stem and stem.rsplit("-", 1)[1].isalpha():
        stem = stem.rsplit("-", 1)[0]
    return stem if entity_key(stem) in known else name


def _phrase_before_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A capitalized phrase of model words right before a name in parentheses describes that name: its
    alias, not a model of its own ("a Masked Encoder-based Universal Time Series Forecasting Transformer
    (Moirai)", whose letters do not spell the name).

    Examples:
        >>> text = "a Universal Quill Forecasting Transformer (Zorbai) for series"
        >>> a, b = text.index("Quill"), text.index("Zorbai")
        >>> ms = [Mention(a, a + 29, "Quill Forecasting Transformer", MODEL, "phrase-name"),
        ...       Mention(b, b + 6, "Zorbai", MODEL, "introduce-cue")]
        >>> [(m.text, m.aliases) for m in _phrase_before_name(text, ms)]
        [('Zorbai', ['Quill Forecasting Transformer'])]
    """
    drop = set()
    for i, m in enumerate(mentions):
        if m.rule != "phrase-name":
            continue
        named = next((n for n in mentions if n.label == MODEL and n is not m and n.start > m.end
                      and PAREN_NAME_BETWEEN.fullmatch(text, m.end, n.start)
                      and text[n.end:n.end + 3].lstrip()[:1] == ")"), None)
        if named is not None:
            named.aliases.append(m.text)
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop]


EPONYM_OWNER = re.compile(r"(?<![\w-])([A-Z][a-z]+)['\u2019]s\s+$")  # "Nesterov's ": a person owning a method
PLAIN_CAPITAL = re.compile(r"[A-Z][a-z]+")


def _possessed_eponyms(text: str, mentions: list[Mention], known: dict[str, tuple[str, str]]) -> None:
    """A plain capitalized word named as a model after a person's possessive is that person's method, named
    with them: "a variant of Nesterov's Acceleration" names "Nesterov's Acceleration", not "Acceleration" (nor
    "Meta's Zorb" when Meta is a known organization).

    Examples:
        >>> text = "based on a variant of Nesterov's Acceleration."
        >>> m = Mention(text.index("Acc"), text.index("."), "Acceleration", MODEL, "relation-cue")
        >>> _possessed_eponyms(text, [m], {})
        >>> m.text, m.start
        ("Nesterov's Acceleration", 22)
    """
    for m in mentions:
        if m.label != MODEL or not PLAIN_CAPITAL.fullmatch(m.text) or entity_key(m.text) in known:
            continue
        owner = EPONYM_OWNER.search(text, max(0, m.start - 30), m.start)
        if owner is not None and entity_key(owner.group(1)) not in known:
            m.start, m.text = owner.start(), text[owner.start():m.end]


def _joined_tails(text: str, mentions: list[Mention], pat: Patterns) -> list[Mention]:
    """A name the paper gives its work goes on over a preposition and capitalized words that close the phrase:
    "a new technique called Self-Distill with Feedback, to ...", "We propose Echo Pruning with Feedback." Not
    a known name, a generic word or another mention after the preposition ("Echo Pruning for Vision
    Transformers", "Zorb with BERT").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> ms = _joined_tails("We propose Zorb Pruning with Feedback, which helps.",
        ...                    [Mention(11, 23, "Zorb Pruning", MODEL, "intro-phrase")], load_patterns())
        >>> [m.text for m in ms]
        ['Zorb Pruning with Feedback']
    """
    taken = [(m.start, m.end) for m in mentions]
    joined: dict[str, str] = {}  # a name as first written -> the tail joined to it
    for m in mentions:
        if m.label != MODEL or m.rule not in ("intro-phrase", "called-cue", "phrase-name"):
            continue
        tail = NAME_TAIL.match(text, m.end)
        if tail is None or any(tail.start(1) < b and a < tail.end() for a, b in taken):
            continue
        words = tail.group(1).split()
        if any(entity_key(w) in pat.known or w.casefold() in pat.generic or w.casefold() in pat.plain_generic
               for w in words) or entity_key(tail.group(1)) in pat.known:
            continue
        m.end, m.text = tail.end(), text[m.start:tail.end()]
        joined[m.text[:tail.start() - m.start]] = tail.group()
    for m in mentions:  # its other writings: "... Echo Pruning with Feedback is fast"
        more = joined.get(m.text)
        if m.label == MODEL and more and text.startswith(more, m.end):
            m.end, m.text = m.end + len(more), m.text + more
    return mentions


def _data_name_across_preposition(text: str, mentions: list[Mention]) -> None:
    """A data set's name that holds a preposition between capitalized words starts after "the": "the Moments in Time
    Dataset", "The Moments in Time dataset" (found as "Time Dataset" and "Time").

    Examples:
        >>> t = "We present the Moments in Time Dataset of videos."
        >>> ms = [Mention(t.index("Time"), t.index(" of"), "Time Dataset", DATASET, "head-noun")]
        >>> _data_name_across_preposition(t, ms)
        >>> ms[0].text
        'Moments in Time Dataset'
    """
    for m in mentions:
        if m.label == DATASET and m.rule == "head-noun" and m.text[:1].isupper():
            lead = PREPOSITION_LEAD.search(text, max(0, m.start - 60), m.start)
            if lead:
                m.start = lead.start(1)
                m.text, m.name = text[m.start:m.end], ""


def _named_phrase(pat: Patterns, phrase: str) -> bool:
    """Whether a title's lead of capitalized words may name the paper's own work: not a known name or topic, a task
    or field ("Deep Learning: A Review"), nor common words alone."""
    words = phrase.casefold().replace("-", " ").split()
    return (entity_key(phrase) not in pat.known and words[-1] not in pat.lexicon.task_heads
            and not all(w in pat.plain_generic for w in words))


def _title_head_dropped(tend: int, mentions: list[Mention], heads: frozenset[str]) -> None:
    """Title names end before a capitalized head word the abstract leaves off: "The ZALLA Dataset: ..." with "the
    ZALLA dataset" in the abstract names ZALLA; and open after plain capitalized words the abstract leaves off
    before a name of several words: "Provably Safe Stein Variational Informative Planning" over the abstract's
    "we present Stein Variational Informative Planning" names the latter (not "Tiny ZorbNet" over "ZorbNet").

    Examples:
        >>> ms = [Mention(4, 17, "ZALLA Dataset", DATASET, "r"), Mention(40, 45, "ZALLA", DATASET, "r")]
        >>> _title_head_dropped(30, ms, frozenset({"dataset"}))
        >>> ms[0].text, ms[0].end
        ('ZALLA', 9)
        >>> ms = [Mention(0, 25, "Provably Safe Echo Routing", MODEL, "r"), Mention(40, 52, "Echo Routing", MODEL, "r")]
        >>> _title_head_dropped(30, ms, frozenset())
        >>> ms[0].text, ms[0].start
        ('Echo Routing', 14)
    """
    written = {m.text for m in mentions if m.start >= tend and m.label in (MODEL, DATASET)}
    for m in mentions:
        if m.start < tend and m.label in (MODEL, DATASET) and " " in m.text and m.rule != "gazetteer":
            stem, head = m.text.rsplit(" ", 1)  # (a known name stands: "Swin Transformer" over "(Swin) transformer")
            if head[:1].isupper() and head.casefold() in heads and stem in written:
                m.end -= len(head) + 1
                m.text, m.name = stem, ""
                continue
            if m.text in written:
                continue
            words = m.text.split()
            for k in range(1, len(words) - 1):
                rest = " ".join(words[k:])
                if rest in written and all(PLAIN_CAPITALIZED.fullmatch(w) for w in words[:k]):
                    m.start += len(m.text) - len(rest)
                    m.text, m.name = rest, ""
                    break


def _in_zones(zones: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls inside one of ``zones`` (sorted, non-overlapping (start, end) spans)."""
    k = bisect.bisect_right(zones, (pos, 1 << 62)) - 1
    return k >= 0 and zones[k][0] <= pos < zones[k][1]


@Language.factory("kg_mentions_v1", assigns=["doc.ents", "doc._.kg_mentions"],
                  default_config={"patterns_dir": None, "use_ents": False, "set_ents": True})
def make_mention_finder(nlp: Language, name: str, patterns_dir: str | None, use_ents: bool,
                        set_ents: bool) -> MentionFinder:
    """Factory of the mention finder (see MentionFinder).

    ``use_ents`` adds the ORG entities a statistical NER set before; ``set_ents`` writes the mentions to
    ``doc.ents`` (the Extractor reads ``doc._.kg_mentions`` and turns it off: it costs a third of the time).
    """
    return MentionFinder(patterns_dir, use_ents, set_ents)


def _list_tail_data(text: str, mentions: list[Mention]) -> None:
    """A name known only by its shape that closes a list of two or more datasets and no model is one of them:
    "evaluated on Zorb Arena, Kettle Maze and StarCraft II" (the multi-word names are found after it)."""
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if m.rule != "name-shape" or m.label != MODEL:
            continue
        chain, at = [], m.start
        while (j := LAST_JOINER.search(text, max(0, at - 8), at)) and (prev := by_end.get(j.start())):
            chain.append(prev)
            at = prev.start
        if len(chain) >= 2 and all(o.label == DATASET for o in chain) and AND_OR.search(text, chain[0].end, m.start):
            m.label, m.rule = DATASET, "list-sibling"


def _described_data(text: str, mentions: list[Mention], described: Cue) -> None:
    """A data set's name the paper writes with its kind in lower case before its head ("the MIND news dataset",
    "the MIT-BIH arrhythmia database") also answers to that spelling: the alias keeps the longer name.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> m = Mention(7, 12, "Zorbo", DATASET, "name-shape", name="Zorbo", key="zorbo")
        >>> _described_data("On the Zorbo news dataset, ...", [m], load_patterns().cues["data_described_after"])
        >>> m.aliases
        ['Zorbo news dataset']
    """
    for m in mentions:
        if m.label == DATASET and (said := described.match(text[m.end:m.end + 60])):
            m.aliases.append(text[m.start:m.end + said.end()])


def _modified_by_word(text: str, s: int) -> bool:
    """Whether a plain lower-case word, no function word, stands right before ``s``: "open domain QA".

    Examples:
        >>> _modified_by_word("tasks of open domain QA", 21), _modified_by_word("such as VQA and GQA", 16)
        (True, False)
    """
    word = re.search(r"(?<![\w-])([a-z]+)\s+$", text[max(0, s - 30):s])
    return word is not None and word.group(1) not in STOP_WORDS


def _title_in_capitals(title: str) -> bool:
    """Whether at least four in five words of ``title`` are in capitals (a name in its own case may stand among them).

    Examples:
        >>> _title_in_capitals("KLASIFIKASI EMOSI DENGAN INDOBERT MENGGUNAKAN DATASET GoEmotions")
        True
        >>> _title_in_capitals("GPT: A Study of Its Uses")
        False
    """
    words = re.findall(r"[A-Za-z]+", title)
    return bool(words) and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _chemical_formula(pat: Patterns, tok: str, after: str) -> bool:
    """Whether ``tok`` is chemical formulas joined by a hyphen or followed by a slash and another (``after``: the
    text after it), each with a count, together of ``generic.json``'s ``formula_shape`` ("NH3-H2 flames", "NH3/H2
    ratios"). A formula alone in capitals stays a name (SF3 and BCN10 are).

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> [_chemical_formula(load_patterns(), t, "") for t in ("NH3-H2", "CO2", "FNV3", "T5-X2", "YOLOv5")]
        [True, False, False, False, False]
        >>> _chemical_formula(load_patterns(), "NH3", "/H2 ratios")
        True
    """
    slash = re.match(r"/([A-Za-z0-9]+)", after)
    parts = tok.split("-") + ([slash.group(1)] if slash else [])
    return len(parts) >= 2 and all(any(c.isdigit() for c in p) for p in parts) and bool(
        pat.formula_shape.fullmatch("".join(parts)))


def _marks_letters(tok: str, after: str) -> bool:
    """Whether the capitals of ``tok`` are, in order, letters of a word in capitals written in ``after``.

    Examples:
        >>> _marks_letters("vulnerAbiLity", " dEtection framework, named SCALE."), _marks_letters("fastText", " wins")
        (True, False)
        >>> _marks_letters("h-DBSCAN", ": A simple fast DBSCAN algorithm")
        False
    """
    if not re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", tok):
        return False  # each capital inside a word: "vulnerAbiLity", not "h-DBSCAN" nor "mBERT"
    caps = [c for c in tok if c.isupper()]
    for word in re.findall(r"(?<![\w-])[A-Z]{3,}(?![\w-])", after):
        rest = iter(word)
        if caps and all(c in rest for c in caps):
            return True
    return False


GLUED_KNOWN = re.compile(r"[A-Z]{1,2}([A-Z]{4,})")  # "GBERT": capitals glued onto a known name in capitals
GLUED_LEAD = re.compile(r"(?:where|when|which|while|whose|that|and|the|with|for|from|of|in|on|to|by|or)"
                        r"([A-Z][\w\-]{2,})")  # "whereGePpeTto": a function word run into a name


def _spells_name_before(text: str, s: int) -> bool:
    """Whether ``s`` is inside parentheses written right after a name in capitals, whose words' leading capitals
    spell that name, one word at least marking two or more ("SENTIPOLC (SENTIment POLarity Classification)").

    Examples:
        >>> text = "the task SENTIPOLC (SENTIment POLarity Classification) and MULAN (Multi Language)"
        >>> _spells_name_before(text, text.index("POLarity")), _spells_name_before(text, text.index("Multi"))
        (True, False)
    """
    opening = text.rfind("(", max(0, s - 80), s)
    closing = text.find(")", s)
    name = re.search(r"(?<![\w-])([A-Z]{3,})\s*$", text[max(0, opening - 40):opening]) if opening >= 0 else None
    if name is None or closing < 0 or ")" in text[opening:s]:
        return False
    words = text[opening + 1:closing].split()
    runs = [re.match(r"[A-Z]*", w).group() for w in words]  # type: ignore[union-attr]
    return "".join(runs) == name.group(1) and any(len(r) >= 2 and len(w) > len(r) for r, w in zip(runs, words))


def _joins_named(text: str, tok: str) -> bool:
    """Whether ``tok`` ends in a dash and a lower-case word of four letters or more that opens a name of several
    capitals written elsewhere in ``text``: "YOLOv8s-ghost" beside "GhostNet".

    Examples:
        >>> _joins_named("integrating GhostNet into YOLOv8s-ghost", "YOLOv8s-ghost")
        True
        >>> _joins_named("a BART-generated summary from Generative models", "BART-generated")
        False
    """
    tail = tok.rsplit("-", 1)[-1]
    return "-" in tok and len(tail) >= 4 and tail.isalpha() and tail.islower() and re.search(
        r"(?<![\w-])%s[A-Z][\w-]*" % re.escape(tail.capitalize()), text) is not None


def _own_glued_sizes(mentions: list[Mention]) -> None:
    """A size glued in capitals to a name the gazetteer does not know is that name's size when the text also writes
    the name bare or with another glued size: "HeronBASE and HeronLARGE" are Heron at sizes BASE and LARGE (a
    subscript that lost its spacing); "ZorbBASE" alone stays a name.

    Examples:
        >>> ms = [Mention(0, 9, "HeronBASE", MODEL, "name-shape", "HeronBASE", "heronbase"),
        ...       Mention(14, 24, "HeronLARGE", MODEL, "name-shape", "HeronLARGE", "heronlarge"),
        ...       Mention(30, 38, "ZorbBASE", MODEL, "name-shape", "ZorbBASE", "zorbbase")]
        >>> _own_glued_sizes(ms); [(m.name, m.key, m.sizes) for m in ms]
        [('Heron', 'heron', ['BASE']), ('Heron', 'heron', ['LARGE']), ('ZorbBASE', 'zorbbase', [])]
    """
    glued = {id(m): split for m in mentions if m.label == MODEL and not m.sizes
             and (split := glued_size(m.name)) is not None and len(split[0]) >= 3}
    stems: dict[str, set[str]] = {}
    for name, size in glued.values():
        stems.setdefault(entity_key(name), set()).add(size)
    bare = {m.key for m in mentions if m.label == MODEL}
    for m in mentions:
        name, size = glued.get(id(m), ("", ""))
        if name and (len(stems[entity_key(name)]) > 1 or entity_key(name) in bare):
            m.name, m.key, m.sizes = name, entity_key(name), [size]


PAREN_LONG_FORM = re.compile(r"\s*\(([A-Z][^()]{3,80})\)")


def _long_forms_ending_in_known(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name whose long form in parentheses ends in the name the text found closing the name too has that long form
    as an alias, and the name closing the parentheses is no mention of its own: "UnLOK-VQA (Unlearning Outside
    Knowledge VQA)" names no VQA.

    Examples:
        >>> text = "a benchmark, ZorbQA-VQA (Zorb Outside Knowledge VQA), for MLLMs"
        >>> ms = [Mention(13, 23, "ZorbQA-VQA", DATASET, "name-extends-known", "ZorbQA-VQA", "zorbqavqa"),
        ...       Mention(48, 51, "VQA", DATASET, "gazetteer", "VQA", "vqa")]
        >>> [(m.text, m.aliases) for m in _long_forms_ending_in_known(text, ms)]
        [('ZorbQA-VQA', ['Zorb Outside Knowledge VQA'])]
    """
    drop: set[int] = set()
    for m in mentions:
        paren = PAREN_LONG_FORM.match(text, m.end) if m.label in (MODEL, DATASET) else None
        if paren is None or len(paren.group(1).split()) < 3:
            continue
        inner = [o for o in mentions if paren.start(1) <= o.start and o.end == paren.end(1) and o is not m]
        tail = inner[0].text if len(inner) == 1 else ""
        if tail and m.text != tail and m.text.endswith(tail) and not m.text[-len(tail) - 1].isspace():
            drop.add(id(inner[0]))
            m.aliases.append(paren.group(1))
    return [m for m in mentions if id(m) not in drop]


def _tasks_before_plural_heads(text: str, mentions: list[Mention], plural_head: Cue, counted: Cue) -> list[Mention]:
    """A known data set's name after a count or a kind's adjective, right before a plural data head that lists
    members holding that name, names their task: "four general VQA benchmarks, including VQAv2, OK-VQA" (not "the
    3D and bird's eye view KITTI benchmarks", with no list; nor "the COCO datasets, such as COCO-Stuff").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> cues = load_patterns().cues
        >>> text = "on four general VQA benchmarks, including VQAv2 and OK-VQA, and the KITTI benchmarks"
        >>> ms = [Mention(16, 19, "VQA", DATASET, "gazetteer"), Mention(42, 47, "VQAv2", DATASET, "gazetteer"),
        ...       Mention(52, 58, "OK-VQA", DATASET, "gazetteer"), Mention(68, 73, "KITTI", DATASET, "gazetteer")]
        >>> [m.text for m in _tasks_before_plural_heads(text, ms, cues["plural_data_head_after"],
        ...                                             cues["task_count_before"])]
        ['VQAv2', 'OK-VQA', 'KITTI']
    """
    def task(m: Mention) -> bool:
        head = plural_head.match(text[m.end:m.end + 60]) if (m.label == DATASET and m.rule == "gazetteer" and counted.search(
            text, max(0, m.start - 40), m.start)) else None
        return head is not None and any(o.label == DATASET and o.text != m.text and m.text in o.text
                                        and m.end < o.start <= m.end + head.end() + 120 for o in mentions)
    return [m for m in mentions if not task(m)]


MAKER_SHAPE = re.compile(r"[A-Z][a-z]+|[A-Z][\w-]*(?:AI|Labs?|Research)")  # "Meta", "ZorbAI": an organization's shape


def _named_groups(text: str, mentions: list[Mention], cues: dict[str, Any], known: dict[str, tuple[str, str]]
                  ) -> list[Mention]:
    """``mentions`` with each new name the text calls a group of people an organization wherever it is written ("we
    have launched the ENIGMA-Sleep working group", "the Zorb consortium"), and without each one it calls a meeting
    ("the MEDIQA 2019 shared task organized at the ACL-BioNLP workshop"): neither is a model.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> text = "Zorb-Sleep: A Road Map. We launched the Zorb-Sleep working group at the Quill-Bio workshop."
        >>> ms = [Mention(0, 10, "Zorb-Sleep", MODEL, "title-name"), Mention(40, 50, "Zorb-Sleep", MODEL, "repeat"),
        ...       Mention(72, 81, "Quill-Bio", MODEL, "name-shape")]
        >>> [(m.text, m.label) for m in _named_groups(text, ms, load_patterns().cues, {})]
        [('Zorb-Sleep', 'Org'), ('Zorb-Sleep', 'Org')]
    """
    new = [m for m in mentions if m.label == MODEL and entity_key(m.text) not in known]
    modelled = {m.text for m in new if cues["model_said_after"].match(text, m.end)
                or cues["introduce_end"].search(text, max(0, m.start - 40), m.start)}  # "We introduce ZorbVis, a
    # visualization tool; the ZorbVis working group will maintain it": a tool the group is named after stays one
    groups = {m.text for m in new if cues["group_head_after"].match(text, m.end)} - modelled
    meetings = {m.text for m in new if cues["meeting_head_after"].match(text, m.end)} - groups
    for m in mentions:
        if m.label == MODEL and m.text in groups:
            m.label = ORG
    return [m for m in mentions if m.label != MODEL or m.text not in meetings]


def _makers(text: str, mentions: list[Mention], cues: dict[str, Any], known: dict[str, tuple[str, str]]) -> None:
    """A new name right after a model and "developed by (the)" is who made it, an organization, not a model: "the
    Swedish BERT developed by the KBLab" (not "responses created by ZorbChat"); so is a new name opening a
    sentence that presents or releases a model named after it ("ZorbLab proudly presents Quill-SV"; not "ZorbAttack
    presents GPT-4 with adversarial prompts"), and one right after a model and "released by", or "by" and a name of
    an organization's shape ("Llama2 7B Chat by Meta"; not "we replace BERT by Zorb", nor "we evaluate BERT by
    ZorbScore").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> text = "the Swedish BERT developed by the ZorbLab for research"
        >>> ms = [Mention(12, 16, "BERT", MODEL, "gazetteer", "BERT", "bert"),
        ...       Mention(34, 41, "ZorbLab", MODEL, "name-shape", "ZorbLab", "zorblab")]
        >>> _makers(text, ms, load_patterns().cues, {}); ms[1].label
        'Org'
        >>> text = "Intro. ZorbLab proudly presents QuillSV, a model."
        >>> ms = [Mention(7, 14, "ZorbLab", MODEL, "name-shape", "ZorbLab", "zorblab"),
        ...       Mention(32, 39, "QuillSV", MODEL, "name-shape", "QuillSV", "quillsv")]
        >>> _makers(text, ms, load_patterns().cues, {}); ms[0].label, ms[1].label
        ('Org', 'Model')
    """
    for m in mentions:
        if m.label != MODEL or m.key in known or m.rule not in ("name-shape", "head-noun", "coordination"):
            continue
        cue = cues["maker_before"].search(text, max(0, m.start - 40), m.start)
        if cue and any(o.label == MODEL and cue.start() - 40 <= o.end <= cue.start() for o in mentions):
            m.label = ORG
            continue
        if any(o.label == MODEL and o.end < m.start and (by := cues["maker_by_between"].fullmatch(text, o.end, m.start))
               and (by.group(1) or MAKER_SHAPE.fullmatch(m.text))
               and not cues["maker_swap_before"].search(text, max(0, o.start - 100), o.start) for o in mentions):
            m.label = ORG  # "Llama2 7B Chat by Meta" (not "we replace BERT by Zorb")
            continue
        verb = cues["maker_subject_after"].match(text, m.end)
        if verb and cues["maker_subject_before"].search(text, max(0, m.start - 12), m.start) and any(
                o.label == MODEL and o.start == verb.end() and not cues["presented_with_after"].match(text, o.end)
                for o in mentions):
            m.label = ORG
