"""What the extractor's components share: mentions, relations, the compiled pattern data, sentences, shapes.

All word lists and cue phrases are data in ``patterns/``; this module reads and compiles them once.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.starts import ASCII_FOLDS, Starts, folded, parsed, required
from kg.model import DATASET, MODEL, ORG
from kg.names import SIZE_WORDS, VARIANT_WORDS, NameParts, entity_key, parse_name, split_size



PATTERNS_DIR = Path(__file__).parent / "patterns"
GAZETTEER_FILES = ("models.jsonl", "datasets.jsonl", "orgs.jsonl")
TOPIC_FILE = "topics.jsonl"
TITLE_END = "kg_title_end"  # doc.user_data key: the title is doc.text[:end], the abstract starts at end + 2
TEXT = "kg_text"  # doc.user_data key: doc.text, which spaCy rebuilds from the tokens on every access
GAZETTEER = "kg_gazetteer"  # the pipe name of the gazetteer matcher (gazetteer.py)
CASE_SENSITIVE_CUES = frozenset({"dataset_shape", "phrase_name", "intro_phrase", "intro_lower_name",
                                 "intro_lower_dataset", "technique_head_after",
                                 "capital_dataset_head", "capital_test_head", "enumerated_label",
                                 "pyramid_level", "identifier_shape"})

NAME_TOKEN = re.compile(r"(?:(?<![\w.&])(?!(?:and|or)[A-Z][A-Za-z]*[A-Z])|(?<=\band)(?=[A-Z][A-Za-z]*[A-Z])"
                        r"|(?<=\bor)(?=[A-Z][A-Za-z]*[A-Z]))(?<![A-Za-z0-9]-)"
                        r"(?=\u221e?[\w\-./]*[A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u03b1-\u03c9])"  # "Égret" too
                        r"(?:(?:S[EOU]|[EOU])\([\dn]\)-(?=[A-Z]))?"  # a symmetry group leads: "SE(3)-Hyena", "E(n)-GNN"
                        r"\u221e?[A-Za-z0-9\u00c0-\u00ff\u0391-\u03a9\u03b1-\u03c9]"
                        r"[A-Za-z0-9\u00c0-\u00ff\u0391-\u03a9\u03b1-\u03c9\u00b2\u00b3\u00b9\u2070-\u2089]*"
                        r"(?:(?:-|_|\.(?![A-Z][a-z]+(?![\w\-.])))[A-Za-z0-9\u00c0-\u00ff\u0391-\u03a9\u03b1-\u03c9]"
                        r"[A-Za-z0-9\u00c0-\u00ff\u0391-\u03a9\u03b1-\u03c9\u00b2\u00b3\u00b9\u2070-\u2089]*"
                        r"|/\d+|\+(?=[A-Z])[A-Za-z0-9]+)*"
                        r"(?:'\d\d(?!\w)|'[A-RT-Z](?![\w']))?(?:\+\+?|\*|#|\(\)|\([\u0391-\u03a9\u03b1-\u03c9]\)|(?<=[A-Z])!)?"
                        r"(?:'s)?(?![\w+*#&])(?!-[A-Za-z0-9])")  # "Quant.int4()", "SMIX(\u03bb)": a call or
# a Greek argument ends a name; "RT'03" and "Grasp'D" are one name each; a dot before a capitalized word is a sentence's end with its space lost ("CapsNet.We");
# "FFMPeg+Qemu" and "U-Net_dc" are one name each, "ATT&CK" and "R&D" none; a name glued to "and" or "or" by a lost
# space starts after it ("WCM (...) andCMNews")
LANGUAGE_CODE = re.compile(r"[a-z]{2}")  # "am", "en": a language's two-letter code closing a tuned model's name
NAME_UPPER = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u03b1-\u03c9]")  # what NAME_TOKEN's lookahead needs


def name_tokens(text: str) -> Iterator[re.Match[str]]:
    """``NAME_TOKEN.finditer(text)``, searched only from the runs of word characters that hold a capital.

    A match needs a capital (an accented one such as "É" too) or a Greek letter reachable through ``[\\w\\-./]`` from its start, so no match
    starts before the run holding the next capital: the search starts there (a search is a match attempt
    at each position in turn, and these attempts fail).

    Examples:
        >>> [m.group() for m in name_tokens("the GPT-3 model and our ZorNet-B.")]
        ['GPT-3', 'ZorNet-B']
    """
    pos = 0
    while True:
        upper = NAME_UPPER.search(text, pos)
        if upper is None:
            return
        k = upper.start()
        while k > pos and (text[k - 1].isalnum() or text[k - 1] in "_-./\u221e"):  # \w is isalnum() or "_"; "\u221eBench"
            k -= 1
        m = NAME_TOKEN.search(text, k)
        if m is None:
            return
        yield m
        pos = m.end()  # never empty: the token holds one character at least


ALNUM_DROP = re.compile(r"[^0-9A-Za-z]+")
WORD = re.compile(r"[A-Za-z]+")
WORD_END = re.compile(r"[A-Za-z]+$")
GREEK_NAMES = ("alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|"
               "phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega")
TEX_FORMATS = ("textbf|textit|textsl|textsc|texttt|textrm|textsf|textup|text|emph|underline|bold|"
               "mathbf|mathrm|mathit|mathsf|mathtt")
TEX_INLINE = re.compile(rf"(?:\$|\\\()(?:\\|([\t\b\n\r]))({GREEK_NAMES}|au|heta|u|ho)[ ]*(?:\$|\\\))"
                        # a digit or star raised or lowered in maths glued to a name: "M$^2$AD", "S$^{{2}}$-MLP"
                        r"|(?<=[A-Za-z0-9])\$[ ]*([\^_])[ ]*(?:\{[ ]*([0-9]|\*)[ ]*\}|([0-9]|\*))[ ]*\$"
                        # a Greek letter written as itself between dollars, glued to a name: "FD$π$", "PixArt-$α$"
                        r"|(?<=[A-Za-z0-9\-])\$[ ]*([\u0391-\u03a9\u03b1-\u03c9])[ ]*\$"
                        # a braced Greek macro glued to a name: "PixArt-{\alpha}"
                        rf"|(?<=[A-Za-z0-9\-])\{{[ ]*\\({GREEK_NAMES})[ ]*\}}"
                        # text in a font or underlined, nested or in maths: "\textbf{\underline{O}}mni",
                        # "$\textit{n}$-type"
                        rf"|(\$[ ]*)?((?:\\{{1,2}}(?:{TEX_FORMATS})[ ]*\{{[ ]*)+)([^{{}}\\$\n]{{1,200}}?)((?:[ ]*\}})+)"
                        r"([ ]*\$)?"
                        # a word a line break split at a hyphen, as PDFs give it: "Panop- tic"
                        r"|(?<=[A-Za-z])(- )(?=[a-z])"
                        # a word in BibTeX's protective braces: "({FE-4DGS})", "{4D} Gaussian Splatting"
                        r"|(?<![\\\w^_$])\{([A-Za-z0-9][\w\-+.]{0,40})\}"
                        # an old-style font switch in braces: "{\em Initial residual}", "{\bf Zorb}"
                        r"|\{\\(?:em|bf|it|sl|sc|tt|rm|sf)[ ]+([^{}\\$\n]{1,200}?)[ ]*\}"
                        # an accent on a letter, braced or not: "Sabi\'a", "Sabi{\'a}", "G\"{o}del"
                        r"""|\{\\(['"`^~=])\{?([A-Za-z])\}?\}|\\(['"`^~=])(?:\{([A-Za-z])\}|([A-Za-z]))"""
                        # a Latin letter in maths before a dash and a name: "$h$-DBSCAN", "$k$-NN"
                        r"|(?<![\w$\\])\$([A-Za-z])\$(?=-[A-Za-z0-9])")
TEX_TIE = re.compile(r"(?<=[^\W_])~(?=[^\W_])")  # TeX's tie between two words: "LLaMA~2"; not "~40%", "/~user"
# a TeX accent -> its combining mark
ACCENTS = {"'": "\u0301", '"': "\u0308", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304"}
SCRIPTS = {"^": str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"),
           "_": str.maketrans("0123456789", "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089")}
PLAIN_DIGITS = {v: k for table in SCRIPTS.values() for k, v in table.items()}  # "²" -> "2": shapes read them so
EATEN = {"\t": "t", "\b": "b", "\n": "n", "\r": "r"}  # "\tau" read as a JSON string: a tab, then "au"
GREEK = re.compile(r"[\u0391-\u03a9\u03b1-\u03c9]")
SYMBOL = re.compile(GREEK.pattern + r"|\$\\?[A-Za-z]{1,8}\$")  # "λ", "$\\alpha$": a quantity's symbol
GREEK_ARGUMENT = re.compile(r"\([\u0391-\u03a9\u03b1-\u03c9]\)$")  # "TD(\u03bb)": a name's Greek argument
JOINER = re.compile(r"(?:\s*\[[^\[\]]{1,40}\])?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")  # a citation may
# stand before the joint: "PaLM-2 [Anil et al., 2023] and AudioLM"
NUMBERISH = re.compile(r"[\d.,]+[A-Za-z]{0,2}|\d+(?:st|nd|rd|th|x|X)|\d+(?:\.\d+)?[BMKT]")
# a stop, closing quotes after it ("data?'' Ideally", "data.” We"), and a space before a capital, a digit or
# opening quotes
SENT_END = re.compile(r"[.!?](?:''|[\"\u201d\u2019])?(?=\s+(?:``|[\"'(\[\u201c\u2018])?[A-Z0-9])")
# "(SRCNN)", "(called X)", "( SRCNN)" (a space after the parenthesis, as a PDF's text may have it), "(HMLP,
# pronounced as Hamlep)"
ACRONYM = re.compile(r"\((?:(?:called|named|dubbed|termed|coined)(?:\s+as)?\s+|[ ](?=[A-Z]))?"
                     r"([A-Za-z0-9][A-Za-z0-9\-.]{1,24}|[A-Z]&[A-Z]"
                     r"|[A-Z0-9][A-Za-z0-9\-.]{1,24}(?: [A-Z][A-Za-z0-9\-.]{0,24}){1,2})"
                     r"(?:,\s*(?:pronounced|read|spoken)\s+(?:as\s+|like\s+)?"
                     r"[\"'\u201c\u2018]?[\w\-]+[\"'\u201d\u2019]?)?\)")
OR_ACRONYM = re.compile(r",?\s+or\s+([A-Z][A-Za-z0-9\-]{1,11})(?![\w\-(])")  # "Model Agnostic Meta Learning or
# MAML", "(the Bootstrap Bias Correction, or BBC)": capitalized words, then the short form they spell after "or"
STRONG, WEAK, CAPITAL = "strong", "weak", "capital"
CACHE_SIZE = 200_000  # entries of the per-component word caches before they are emptied
INNER_UPPER = re.compile(r"(?<=[A-Za-z0-9\u03b1-\u03c9\u221e])[A-Z]")  # "GShard", "\u03bcWhisper", "\u221eBench"
LETTERS = re.compile(r"[A-Za-z]")
DIGIT = re.compile(r"\d")
DIGIT_CODE = re.compile(r"\d+[A-Z]+\d+[A-Z]+|\d[A-Z]{3,5}")  # "1F1B"; "3DGS": a digit before three capitals
FIRST_WORD = re.compile(r"[^\s\-]*")
OWN_WORD = re.compile(r"(?:its|our)\b", re.IGNORECASE)  # a phrase about the paper's own model: "its fast variant"
MORE_CAPITALS = re.compile(r"\s+(?:&\s+)?(?:[A-Z]|\()")  # "Zorb Lens", "Plug & Play": a longer phrase
PHRASE_LEAD = re.compile(r"(?:(?<=\s)[A-Z][\w\-]*\s+)+$")
NUMBER_BEFORE = re.compile(r"\d(?:[\d.,%]*)\s*$")
FOOTNOTE = re.compile(r"([A-Za-z][A-Za-z\-]*[a-z])([1-9])")
NAME_FOOTNOTE = re.compile(r"(.*?[A-Za-z0-9])\.\d{1,3}[A-Z][a-z]+")  # "Atari.111Code": a name ending a sentence, a mark
SENTENCE_FOOTNOTE = re.compile(r"[a-z]{2,}\.?\d{1,3}[A-Z][a-z]+")  # "tasks.111Code", "engines111We": a footnote
# mark between a sentence and the next (or the footnote's own text)
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
WILDCARD_VERSION = re.compile(r"[ \-]v?\d+\.[Xx]\b")
TRAILING_NUMBER = re.compile(r"(.*?[A-Za-z]{3,})-?\d{1,4}")  # "VoxCeleb1", "ResNet-50": a family and its number
REVERSE_ACRONYM = re.compile(r"\s*\((?:(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w\-]*\s+){0,2})?([A-Z][\w\-]*(?:\s+[\w\-]+){1,6}"
                             r"|[A-Z][a-z]+(?:-[A-Z][a-z]+){2,})\)")
# "CoPE (Complex Positional Encoding)", "CoPE (a lightweight Complex Positional Encoding)", "CoLA (The Corpus of
# Linguistic Acceptability)": the long form after; "BOTNet (Body-Ordered-Tensor-Network)": one word of capitalized parts
TITLE_LEAD = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}")
LAST_TOKEN = re.compile(r"[\w.]*$")
GLUED_SUFFIX = re.compile(r"[A-Za-z0-9]+[A-Z0-9]([a-z]{4,})")  # "MLLMbased": an acronym with a suffix glued on
GLUED_WORD = re.compile(r"(?:and|or|the|of|in|on|with|for|to|by)([A-Z][\w\-]*)")  # "andFLOPs": two words run together
TITLE_SEPARATOR = re.compile(r" ?:|\s*[\u2013\u2014]\s|\s+-{1,2}\s")  # "X: ...", "X : ...", "X \u2014 ...", "X - ..."
OWNER_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][A-Za-z]*['\u2019]s\s+$")  # "fine-tuning Meta's " before a name


def without_owner(before: str, floor: int = 0) -> str:
    """The text before a name without the possessive of who released it ("fine-tuning Meta's " reads as
    "fine-tuning "), so a cue reads past the owner; not a possessive that starts before ``floor`` (the end of a name
    written before it: "Quill's Zorb" is Quill's part).

    Examples:
        >>> without_owner("trained by fine-tuning Meta's "), without_owner("we fine-tune the ")
        ('trained by fine-tuning ', 'we fine-tune the ')
        >>> without_owner("built on Quill's ", floor=14)
        "built on Quill's "
    """
    owner = OWNER_BEFORE.search(before)
    return before[:owner.start()] if owner and owner.start() >= floor else before


@dataclass(slots=True)
class Mention:
    """One entity mention: character span in ``doc.text``, label, the rule that found it, its canonical name."""

    start: int
    end: int
    text: str
    label: str
    rule: str
    name: str = ""
    key: str = ""
    sizes: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    title_name: bool = False  # the paper's title is "X: ..." or "X Technical Report"

    @property
    def length(self) -> int:
        """Characters the mention spans."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Relation:
    """A stated relation: the paper (``source`` None) or a mention's entity to another mention's entity."""

    type: str
    target: int  # index into doc._.kg_mentions
    rule: str
    evidence: str
    source: int | None = None
    generic: bool = False  # a BUILDS_ON whose parent the text names as a kind ("a high-resolution ViT")




class Cue:
    """A compiled cue: answers exactly as its regex, with shortcuts that never change an answer.

    ``search``, ``match``, ``fullmatch`` and ``finditer`` take ``(text, pos=0, endpos=...)`` and answer as the
    regex's methods (``finditer`` gives an iterator of the same matches); other attributes (``pattern``,
    ``flags``, ``sub``, ...) are the regex's own. ``match`` and ``fullmatch`` are the regex's, as they try one
    position. ``search`` and ``finditer``:

    1. ``needs``: a text (or the ``pos:endpos`` window searched) holding none of the strings each match
       writes gets no match without running the regex. They are the strings ``requires`` lists for the cue
       or those read off its regex (``kg.extract.starts.required``), whichever set has the longer shortest
       string (then the fewer strings), so a new cue entry is checked without a list of its own. For a
       case-insensitive regex the text is tested lower-cased, after ``ASCII_FOLDS`` (the only characters
       outside ASCII that ``re.IGNORECASE`` matches to ASCII letters).
    2. ``starts`` (``kg.extract.starts``): over a text longer than ``LONG`` characters, the regex runs only
       where one of the literal strings its matches open with is written.
    3. ``search`` answers for windows up to ``SHORT`` characters that pass the check are kept (``ANSWERS``
       of them per cue): components ask the same cue about the same window (a mention's lead).

    A cue that needs no string and opens only at the text's start, or anywhere, is searched by its regex.
    """

    __slots__ = ("regex", "needs", "folded", "ascii_needs", "few", "pattern", "flags", "found", "starts", "_needs_re",
                 "search", "match", "fullmatch", "finditer")
    LONG = 200
    FEW = 16  # needed strings up to which one str.find each beats a scan of their trie
    SHORT = 400
    ANSWERS = 4096

    def __init__(self, regex: re.Pattern[str], needs: tuple[str, ...] = ()) -> None:
        self.regex, self.pattern, self.flags = regex, regex.pattern, regex.flags
        self.folded = bool(regex.flags & re.IGNORECASE)
        listed = tuple(n.lower() for n in needs) if self.folded else tuple(needs)
        tree = parsed(regex)
        self.needs = max((listed, required(regex, tree)), key=_selectivity)  # the listed ones on a tie
        # one scan for all of them (a trie of alternatives, so re tries few at each position)
        self._needs_re = re.compile(_trie(self.needs)) if self.needs else None
        self.ascii_needs = all(n.isascii() for n in self.needs)
        self.few = len(self.needs) <= self.FEW
        self.found: dict[tuple[str, int, int], Any] = {}  # (window, pos, endpos) -> search answer
        self.starts = Starts(regex, tree)
        self.match, self.fullmatch = regex.match, regex.fullmatch
        if self.needs:
            self.search, self.finditer = self._search, self._finditer
        elif self.starts.strings:
            self.search, self.finditer = self._search_any, self._finditer_any
        else:
            self.search, self.finditer = regex.search, regex.finditer

    def __getattr__(self, name: str) -> Any:
        if name == "regex" or name.startswith("__"):
            raise AttributeError(name)  # not set yet (copy, pickle): never look it up on the regex
        return getattr(self.regex, name)

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``text[pos:endpos]`` holds one of the strings the cue needs (True when it needs none).

        The needed strings are literals, so the window is searched in place (a case-insensitive cue searches
        the text lower-cased once, ``starts.folded``, with the same length): by ``str.find`` for each of a few
        strings, else by one scan of their trie.
        """
        needs_re = self._needs_re
        if needs_re is None:
            return True
        if pos < 0 or endpos < 0 or not self.ascii_needs:  # a slice from the end; "σ" lower-cased in context
            if pos or endpos < len(text):
                text = text[pos:endpos]
            pos, endpos = 0, sys.maxsize
        if self.folded:
            text = folded(text)
        if self.few:
            if pos == 0 and endpos >= len(text):  # the whole text: a window a caller cut
                for need in self.needs:
                    if need in text:
                        return True
                return False
            for need in self.needs:
                if text.find(need, pos, endpos) >= 0:
                    return True
            return False
        return needs_re.search(text, pos, endpos) is not None

    def _search_any(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if len(text) > self.LONG:
            return self.starts.search(text, pos, endpos)
        return self.regex.search(text, pos, endpos)

    def _finditer_any(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if len(text) > self.LONG:
            return iter(self.starts.finditer(text, pos, endpos))
        return self.regex.finditer(text, pos, endpos)

    def _search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if len(text) > self.SHORT:
            return self._search_any(text, pos, endpos) if self.may_match(text, pos, endpos) else None
        key = (text, pos, endpos)
        found = self.found
        hit = found.get(key, self)
        if hit is self:
            if len(found) >= self.ANSWERS:
                found.clear()
            hit = found[key] = self._search_any(text, pos, endpos) if self.may_match(text, pos, endpos) else None
        return hit  # type: ignore[no-any-return]

    def _finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self.may_match(text, pos, endpos):
            return iter(())
        return self._finditer_any(text, pos, endpos)


def _selectivity(needs: tuple[str, ...]) -> tuple[int, int]:
    """Orders sets of required strings: none lowest, then by their shortest string's length, then fewer first."""
    return (min(map(len, needs)), -len(needs)) if needs else (-1, 0)


def _trie(words: tuple[str, ...]) -> str:
    """A regex matching where any of ``words`` is written, its alternatives merged by common prefixes.

    Examples:
        >>> _trie(("buil", "based", "bor"))
        'b(?:ased|or|uil)'
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a word ends here: what follows cannot matter for "is one written"
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


@dataclass(frozen=True)
class Patterns:
    """Everything the components read from the pattern directory, compiled once."""

    gazetteer: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    known: dict[str, tuple[str, str]]  # entity_key -> (label, canonical name)
    spelled: frozenset[str]  # gazetteer patterns as written, letters and digits only: case tells names apart
    hardware: list[tuple[str, Cue, str]]  # (literal the text must hold, regex, name template)
    cues: dict[str, Cue]  # cue -> the compiled regex behind cheap checks (see Cue and requires)
    generic: frozenset[str]
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    pair_joiners: frozenset[str]  # "Text-to-SQL": a task, not a name
    title_words: frozenset[str]
    phrase_generic: frozenset[str]
    name_suffix: re.Pattern[str]
    lexicon: Lexicon
    unit_shape: re.Pattern[str]  # units of measure with SI prefixes: TFLOPs, petaFLOP, GeV
    no_name_zones: re.Pattern[str]  # URLs and citations: no name is taken inside them
    requires: dict[str, tuple[str, ...]]  # cue -> strings one of which a text must hold for it to match
    plain_generic: frozenset[str]  # folded words that alone make no name of a phrase ("Large Language Models")
    zone_hints: tuple[str, ...] = ()  # a text holding none of them (nor a year before ";" or ")") has no zone
    namesakes: frozenset[str] = frozenset()  # gazetteer ids other fields use for something else (Pythia, JAX)
    accession_shape: re.Pattern[str] = re.compile("(?!)")  # database accession codes (PF00069): no name
    libraries: frozenset[str] = frozenset()  # gazetteer ids of libraries and systems (PyTorch, DeepSpeed)
    formula_shape: re.Pattern[str] = re.compile("(?!)")  # chemical formulas (LiFePO4, NH4NO3): no name
    score_shape: re.Pattern[str] = re.compile("(?!)")  # a number with its metric glued on (51.2mAP): no name
    venue_years: Cue = Cue(re.compile("(?!)"))  # a venue with a year (ICCV2021, NeurIPS 2023) or its cup (KDD Cup
    # 2021): an event, no name; searched only in texts writing one of the venues
    derive: dict[str, Any] = field(default_factory=dict)  # derivation predicates and clause words (derive.json)
    assay_shape: re.Pattern[str] = re.compile("(?!)")  # laboratory assays (RNA-seq, RT-qPCR): no name
    rank_shape: re.Pattern[str] = re.compile("(?!)")  # a rank, level or stage and its number (Top-2, Stage-3): no name
    language_shape: re.Pattern[str] = re.compile("(?!)")  # a language named with its noun-class prefix (isiZulu): no
    # name alone
    eponyms: frozenset[str] = frozenset()  # folded words that alone make no name but may open one (Gaussian)
    org_marked: re.Pattern[str] = re.compile("(?!)")  # a known organization, or capitalized words ending in an
    # organization's head word, with a footnote mark glued on ("Hugging Face1", "Shanghai AI Laboratory4"): group 1
    # the organization
    generic_written: frozenset[str] = frozenset()  # the generic words as the list writes them ("LiDAR", "Hits")
    institution_heads: frozenset[str] = frozenset()  # the last words of institutions' names ("University")

    def may_match(self, cue: str, text: str) -> bool:
        """Whether ``cues[cue]`` can match ``text``: False when the text holds none of its required strings."""
        need = self.requires.get(cue)
        return need is None or any(n in text for n in need)


PHRASE_WORD = (r"(?!(?:that|which|who|whose)\s)(?:\d{1,3}(?:,\d{3})+[\w.-]*"
               r"|(?-i:[a-z]+(?:-[a-z]+)*(?:-[a-z]+|al|ic|ive|ous|ful|less|able|ible|ary)),(?=\s+(?-i:(?:and\s+)?[a-z]+"
               r"(?:-[a-z]+)*(?:-[a-z]+|al|ic|ive|ous|ful|less|able|ible|ary|ed))[\s,])"
               r"|[\w.-]+|\([^()]{1,30}\))\s+")  # a
# word of a noun phrase ("26,808-entry": a count's commas too; "a comprehensive multi-lingual, multi-cultural ...
# corpus", "a large-scale, high-quality, and diversified preference dataset": an adjective's comma before another
# adjective, or before "and" and the last), or an aside in parentheses ("a high-resolution (>1024) editing
# dataset"): a relative pronoun ends it


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``patterns/lexicon.json``, folded, and the patterns built from them."""

    model_heads: frozenset[str]
    dataset_heads: frozenset[str]
    metric_heads: frozenset[str]
    technique_heads: frozenset[str]
    function_words: frozenset[str]
    abbreviations: frozenset[str]
    naming_words: tuple[str, ...]  # one is in the text of every "naming" cue
    naming_hint: re.Pattern[str]  # any of naming_words
    ml_categories: frozenset[str]
    text_decides: tuple[str, ...]  # category prefixes under which the text decides whether a paper is ML
    ml_words: re.Pattern[str]
    min_ml_words: int
    learning_words: re.Pattern[str]  # ML words no other field uses: each counts learning_weight times
    learning_weight: int
    generic_models: frozenset[str]
    science_words: re.Pattern[str]
    min_science_words: int
    own_heads: frozenset[str]  # model, dataset and method head words: "our ... (SSD) framework"
    apposition: re.Pattern[str]  # ", a ... <head>": group 1 is the head word
    is_a: re.Pattern[str]  # " is a ... <head>"
    task_heads: frozenset[str] = frozenset()  # "translation", "recognition": a lower-case task's last word
    name_tails: frozenset[str] = frozenset()  # "agent": a lower-case word ending a name after a hyphen
    list_model_heads: frozenset[str] = frozenset()  # "baseline": besides own_heads, a plural head of a list of models
    list_dataset_heads: frozenset[str] = frozenset()  # "task": besides dataset_heads, one of a list of data sets
    min_silent_words: int = 0  # the fewest words of a text whose one science word, with no ML word, puts it
    # outside ML (0: never); a short text may just not say its method
    class_heads: frozenset[str] = frozenset()  # "algorithms": a plural acronym so defined names a class of methods
    other_heads: frozenset[str] = frozenset()  # "protocols": a list so headed names things neither models nor data
    method_tails: frozenset[str] = frozenset()  # "tuning": a lower-case word ending a method's name after an
    # acronym and a hyphen ("MoE-tuning", "P-tuning")
    own_method_metric_heads: frozenset[str] = frozenset()  # "loss": a metric head that names a method when the
    # paper proposes it ("we propose the focal ranking loss (FRL)"), a measure otherwise
    plural_class_heads: frozenset[str] = frozenset()  # "systems": a lower-case long form so headed names a class
    eponym_heads: frozenset[str] = frozenset()  # "filter": a model's head only after a scientist's name ("the
    # Extended Kalman Filter (EKF)"; not "the Narrow Band Filter (NBF)", an optical part)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        """The lexicon of ``patterns/lexicon.json``: word lists folded, head-word patterns compiled.

        Raises:
            KeyError: a list the file lacks.
        """
        def words(key: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in data[key])

        heads = "|".join(sorted(map(re.escape, (*data["model_head_words"], *data["dataset_head_words"]))))
        metric = "|".join(sorted(map(re.escape, data["metric_head_words"])))
        return cls(words("model_head_words"), words("dataset_head_words"), words("metric_head_words"),
                   words("technique_heads"), words("function_words"), words("abbreviations"),
                   tuple(data["naming_words"]), re.compile("|".join(map(re.escape, data["naming_words"]))),
                   frozenset(data["ml_categories"]),
                   tuple(data["text_decides_categories"]), re.compile(data["ml_words"], re.IGNORECASE),
                   int(data["min_ml_words"]), re.compile(data["learning_words"], re.IGNORECASE),
                   int(data["learning_weight"]), frozenset(data["generic_models"]),
                   re.compile(data["science_words"], re.IGNORECASE),
                   int(data["min_science_words"]),
                   words("model_head_words") | words("dataset_head_words") | words("method_head_words"),
                   re.compile(r"(?:\s*[,:]\s+|\s*\u2014\s*|\s+(?:--?|\u2013)\s+)"
                              r"(?:an?|the|our)\s+(?:%s){0,6}?(%s|%s)s?\b"
                              r"(?!-|\s+of\s+(?:%s){0,3}?(?:%s)s\b|\s+(?:[A-Z][\w-]*\s+)?(?:%s)s?\b)"
                              % (PHRASE_WORD, heads, metric, PHRASE_WORD,
                                 "|".join(map(re.escape, (*data["model_head_words"], "LLM", "VLM", "LM"))),
                                 "|".join(map(re.escape, data["model_head_words"])))),
                   # ", a collection of language models", ": a suite of LLMs": the models are the head, not the
                   # collection (after a colon or a dash too: "X: the first public benchmark", "X—an open-source
                   # library", "X - a recent framework"); a relative clause ends the phrase (", an approach that
                   # challenges ...": no head "challenge"); a hyphened modifier is none (", a benchmark-disjoint
                   # framework": the framework);
                   # a model word modifying another is none (", a new dataset of tabular model evaluations": data),
                   # nor a head word before a model's ("a dynamic environment SLAM system": a system)
                   re.compile(r"(?:\s+\([^()]{1,60}\))?\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w.-]+,?\s+){0,5}?(?:%s)s?\b"
                              % heads),  # "X (Long Form) is a 1.3B model"
                   words("task_head_words"), words("name_tail_words"), words("list_model_head_words"),
                   words("list_dataset_head_words"), int(data.get("min_silent_words", 0)), words("class_head_words"),
                   words("other_list_head_words"), words("method_tail_words"), words("own_method_metric_head_words"),
                   words("plural_class_head_words"), words("eponym_head_words"))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=4)
def load_patterns(directory: str | None = None) -> Patterns:
    """Read and compile the pattern files of ``directory`` (default: the package's ``patterns/``)."""
    root = Path(directory) if directory else PATTERNS_DIR
    gazetteer = [row for name in GAZETTEER_FILES for row in _jsonl(root / name)]
    topics = _jsonl(root / TOPIC_FILE)
    known: dict[str, tuple[str, str]] = {}
    for row in gazetteer + topics:
        known.setdefault(entity_key(row["pattern"]), (row["label"], row["id"]))
    spelled = frozenset(ALNUM_DROP.sub("", row["pattern"]) for row in gazetteer + topics)
    hw_data = json.loads((root / "hardware.json").read_text(encoding="utf-8"))
    lexicon = Lexicon.from_json(json.loads((root / "lexicon.json").read_text(encoding="utf-8")))
    hw = hw_data["patterns"]
    cues = joined_cues(json.loads((root / "cues.json").read_text(encoding="utf-8")))
    generic = json.loads((root / "generic.json").read_text(encoding="utf-8"))
    return Patterns(
        gazetteer, topics, known, spelled,
        [(p.get("contains", ""), Cue(re.compile(p["regex"])), p["name"]) for p in hw],
        {k: _cue(re.compile(v, 0 if k in CASE_SENSITIVE_CUES else re.IGNORECASE), cues.get("requires", {}).get(k))
         for k, v in cues.items() if k not in ("about", "requires")},
        frozenset(w.casefold() for w in (*generic["words"], *(f"{w}s" for w in generic["words"]
                                                              if w.isupper() and w[-1].isalpha()))),
        frozenset(w.casefold() for w in generic["suffixes"]),
        frozenset(w.casefold() for w in generic["prefixes"]),
        frozenset(generic["pair_joiners"]),
        frozenset(generic["title_prefix_words"]),
        frozenset(generic["phrase_generic"]),
        re.compile(generic["name_suffix"]),
        lexicon,
        re.compile(generic["unit_shape"]), re.compile(generic["no_name_zones"]),
        {k: tuple(v) for k, v in cues.get("requires", {}).items()},
        frozenset({w.casefold() for w in generic["phrase_generic"]} | lexicon.model_heads | lexicon.technique_heads
                  | lexicon.function_words),
        tuple(generic["zone_hints"]),
        frozenset(row["id"] for row in gazetteer if row.get("namesake")),
        re.compile(generic["accession_shape"]),
        frozenset(row["id"] for row in gazetteer if row.get("library")),
        re.compile(generic["formula_shape"]), re.compile(generic["score_shape"]),
        Cue(re.compile(r"(?<![\w\-])(?:%s)(?:[ \-]?(?:19|20)\d\d|'?\d\d| Cup(?: (?:19|20)\d\d)?)(?![\w\-])"
                       % "|".join(map(re.escape, sorted(generic["venues"], key=len, reverse=True))))),
        derive=json.loads((root / "derive.json").read_text(encoding="utf-8")),
        assay_shape=re.compile(generic.get("assay_shape", "(?!)")),
        rank_shape=re.compile(generic.get("rank_shape", "(?!)")),
        language_shape=re.compile(generic.get("language_shape", "(?!)")),
        eponyms=frozenset(w.casefold() for w in generic.get("eponyms", ())),
        generic_written=frozenset(generic["words"]),
        institution_heads=frozenset(generic.get("institution_head_words", ())),
        org_marked=re.compile(r"(?<![\w\-])(%s|(?:[A-Z][\w&\-]*\s+){1,3}(?:%s))\d{1,3}(?:,\d{1,3})*(?![\w\-])" % (
            "|".join(re.escape(row["pattern"]) for row in sorted(gazetteer, key=lambda r: -len(r["pattern"]))
                     if row["label"] == ORG), "|".join(map(re.escape, generic.get("org_head_words", ()))))))


LOOKAHEAD_LEAD = re.compile(r"\(\?=\[[^\]]*\]\)\(\?:")  # "(?=[,a-w])(?:": a cue's guard of first characters


def joined_cues(cues: dict[str, Any]) -> dict[str, Any]:
    """``cues.json`` with each entry named ``NAME+TAG`` joined to the cue ``NAME`` as more alternatives, and its
    required strings to NAME's (NAME then needs none when the entry lists none): a set of rules adds phrasings
    to a cue in an entry of its own. A cue opening with a lookahead of its first characters and a group
    (``(?=[,a-w])(?:...)``, as ``builds_on_before``) takes them inside that group, so the lookahead still
    guards it: they must open with one of its characters.

    Examples:
        >>> joined_cues({"a": "x$", "a+more": "y$", "requires": {"a": ["x"], "a+more": ["y"]}})
        {'a': '(?:x$)|(?:y$)', 'requires': {'a': ['x', 'y']}}
        >>> joined_cues({"b": "(?=[xy])(?:x$)", "b+more": "y$"})["b"]
        '(?=[xy])(?:x$|y$)'
    """
    out = {k: v for k, v in cues.items() if "+" not in k}
    needs = {k: v for k, v in cues.get("requires", {}).items() if "+" not in k}
    for key, regex in cues.items():
        if "+" not in key or key == "requires":
            continue
        name = key.split("+", 1)[0]
        guarded = LOOKAHEAD_LEAD.match(out[name])
        if guarded and out[name].endswith(")"):
            out[name] = f"{out[name][:-1]}|{regex})"
        else:
            out[name] = f"(?:{out[name]})|(?:{regex})"
        if name in needs:
            more = cues.get("requires", {}).get(key)
            if more is None:
                del needs[name]
            else:
                needs[name] = [*needs[name], *more]
    if "requires" in cues:
        out["requires"] = needs
    return out


def _cue(regex: re.Pattern[str], needs: list[str] | None) -> Cue:
    """``regex`` as a ``Cue``, checking ``needs`` first when the pattern data lists them."""
    return Cue(regex, tuple(needs or ()))


FORM_FOLDS = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " ",
                            **dict.fromkeys("\u2010\u2011\u2012\u2212\ufe63", "-"),
                            **dict.fromkeys("\u2018\u2019", "'")})


GLUED_EN_DASH = re.compile(r"(?<=[^\W_])\u2013(?=[^\W_])")
DASHED_ASIDE = re.compile(r"(?<=[a-z])\u2013(?=[A-Z])[^\u2013.;:()]{1,80}?(?<=[^\W_])\u2013(?=[a-z])")  # "two
# techniques\u2013Zorb and Quill\u2013select": a pair of glued en dashes that open and close an aside


def plain_forms(text: str) -> str:
    """``text`` with full-width letters, the hyphens of other widths and curly single quotes written as ASCII, one
    character for one, as PDFs and some keyboards give them: "GPT\u20114", "\uff27\uff30\uff34-5", "WMT\u201914"
    read as "GPT-4", "GPT-5", "WMT'14"; an en dash between two letters or digits is a hyphen too (TeX's "--" in
    "AutoGluon--TimeSeries" prints one, ``kg.sources.text.markup_to_text``), unless it and a second one glued the
    other way round open and close an aside ("two tools\u2013Zorb and Quill\u2013select").

    Examples:
        >>> plain_forms("Flan\u2011T5 and \uff27\uff30\uff34\u22124"), len(plain_forms("\uff21\u2010B"))
        ('Flan-T5 and GPT-4', 3)
        >>> plain_forms("Zorb\u2013Quill \u2013 a library")
        'Zorb-Quill \u2013 a library'
        >>> plain_forms("two tools\u2013Zorb and Quill\u2013select") == "two tools\u2013Zorb and Quill\u2013select"
        True
    """
    if text.isascii():
        return text
    folded = text.translate(FORM_FOLDS)
    if "\u2013" not in text:
        return folded
    asides = [(m.start(), m.end() - 1) for m in DASHED_ASIDE.finditer(folded)]  # the two dashes of each aside
    return GLUED_EN_DASH.sub(lambda m: m.group() if any(m.start() in a for a in asides) else "-", folded)


def printed_text(text: str, context: str = "") -> str:
    r"""``text`` as it prints: inline TeX Greek letters as the letters (``$\tau$-bench`` -> ``τ-bench``), digits
    raised or lowered in a name as Unicode digits (``M$^2$AD`` -> ``M²AD``), text in a font or underlined as the
    text (``\textbf{\underline{O}}mni`` -> ``Omni``, ``{\em Zorb}`` -> ``Zorb``), a word a line break split whole
    again (``Panop- tic``), and a word in BibTeX's protective braces as the word (``{FE-4DGS}``).

    Examples:
        >>> printed_text("We use $\\tau$-bench and $\\Pi$-Net."), printed_text("On \\(\\tau\\)-bench.")
        ('We use τ-bench and Π-Net.', 'On τ-bench.')
        >>> printed_text("PixArt-{\\delta} and \\emph{Zorb} with $\\underline{\\texttt{o}}$ptimal \\textbf{x}")
        'PixArt-δ and Zorb with optimal x'
        >>> printed_text("Panop- tic FPN for panoptic segmenta- tion of low- resource scenes: a segmentation.")
        'Panoptic FPN for panoptic segmentation of low- resource scenes: a segmentation.'
        >>> printed_text("we introduce Zorb-4D ({ZB-4D}) with {4D} splats, $x^{2}$")
        'we introduce Zorb-4D (ZB-4D) with 4D splats, $x^{2}$'
    """
    return printed_folds(text, context)[0]


def printed_folds(text: str, context: str = "") -> tuple[str, list[tuple[int, int]]]:
    r"""``printed_text(text, context)`` and where it folded: (an offset in the result, characters removed just
    after it).

    A digit (or star) raised or lowered in maths glued to a name is the Unicode superscript or subscript digit
    ("M$^2$AD" -> "M²AD", which ``entity_key`` folds as "M2AD"); a Greek letter written as itself between dollars
    after a name is the letter ("PixArt-$α$"), and so is a braced Greek macro after one ("PixArt-{\alpha}"). A macro
    whose backslash and first letter a JSON writer read as an escape (``"$\tau$"`` decoded to a tab and "au") is
    the letter too. TeX's tie between two words is a space ("LLaMA~2 7B"). Font and underline commands
    (``\textbf``, ``\emph``, ``\underline``, ...) leave their text, so an acronym spelled by underlined letters
    reads as its words; the text's first character stands where the command began, so a span over it covers the
    command as written. A word split at a line break ("Panop- tic") is joined when the text or ``context`` (the
    paper's title, for its abstract) writes it whole elsewhere; else the hyphen is its own ("low- resource").

    Examples:
        >>> printed_folds("On $\\tau$-bench."), printed_folds("On $\tau$-bench.")
        (('On τ-bench.', [(3, 5)]), ('On τ-bench.', [(3, 4)]))
        >>> printed_folds("Cost $\\times$ 2 and $\\mu$ and $\nu$.")
        ('Cost $\\times$ 2 and μ and ν.', [(20, 4), (26, 3)])
        >>> printed_folds("M$^2$AD and S$^{2}$-MLP, not $x^2$")
        ('M²AD and S²-MLP, not $x^2$', [(1, 3), (10, 5)])
        >>> printed_folds("LLaMA~2 7B, ~5% and /~user")
        ('LLaMA 2 7B, ~5% and /~user', [])
        >>> printed_folds("FD$π$, PixArt-$α$ and $π$"), printed_folds("$h$-DBSCAN, not $x$ or a$b$-c")
        (('FDπ, PixArt-α and $π$', [(2, 2), (12, 2)]), ('h-DBSCAN, not $x$ or a$b$-c', [(0, 2)]))
        >>> printed_folds("A \\emph{Zorb} net, {\\bf b}, $\\textbf{x$ and \\textit{y}}")
        ('A Zorb net, b, $\\textbf{x$ and y}', [(2, 6), (5, 1), (12, 5), (12, 1), (31, 8), (31, 1)])
    """
    if "~" in text:  # TeX's tie between two words prints a space: "LLaMA~2 7B" (one character for one)
        text = TEX_TIE.sub(" ", text)
    if "$" not in text and "\\" not in text and "- " not in text and "{" not in text:
        return text, []
    parts: list[str] = []
    folds: list[tuple[int, int]] = []
    pos = size = 0
    words: set[str] | None = None  # the text's words, for the line breaks
    for m in TEX_INLINE.finditer(text):
        if m.group(14) or m.group(15):  # "{FE-4DGS}", "{\em Initial residual}": the words without the markup
            inner = m.group(14) or m.group(15)
            lead = m.start(14 if m.group(14) else 15) - m.start()
            parts.append(text[pos:m.start()])
            size += m.start() - pos
            folds.append((size, lead))
            parts.append(inner)
            size += len(inner)
            folds.append((size - 1, m.end() - m.start() - lead - len(inner)))
            pos = m.end()
            continue
        if m.group(13):  # "Panop- tic": joined when the text writes the whole word elsewhere ("Panoptic"), else
            # a hyphen of its own before the break ("low- resource", "pre- and post-training")
            words = {w.casefold() for w in WORD.findall(f"{text} {context}")} if words is None else words
            left, right = WORD_END.search(text, 0, m.start()), WORD.match(text, m.end())
            if not (left and right and (left.group() + right.group()).casefold() in words):
                continue
            parts.append(text[pos:m.start()])
            size += m.start() - pos
            folds.append((size - 1, 2))
            pos = m.end()
            continue
        if m.group(9):  # text in a font: kept where it is, the command and its braces (and dollars) dropped
            opened, closed = m.group(9).count("{"), m.group(11).count("}")
            if closed < opened or m.group(8) and (closed > opened or not m.group(12)):
                continue  # unbalanced: "$\textbf{x}}" is no group this reads
            braces = [m.start(11) + i for i, c in enumerate(m.group(11)) if c == "}"]
            end = m.end() if m.group(8) else braces[opened - 1] + 1
            inner = m.group(10).rstrip()
            parts.append(text[pos:m.start()])
            size += m.start() - pos
            folds.append((size, m.start(10) - m.start()))
            parts.append(inner)
            size += len(inner)
            folds.append((size - 1, end - m.start(10) - len(inner)))
            pos = end
            continue
        if m.group(16) or m.group(18):  # an accented letter: "Sabi\\'a" -> "Sabiá"
            letter = unicodedata.normalize("NFC", (m.group(17) or m.group(19) or m.group(20))
                                           + ACCENTS[m.group(16) or m.group(18)])
        elif m.group(6) or m.group(21):  # a Greek letter as itself, a Latin letter in maths before a dash
            letter = m.group(6) or m.group(21)
        elif m.group(3):  # a raised or lowered digit or star
            letter = (m.group(4) or m.group(5)).translate(SCRIPTS[m.group(3)])
        else:
            name = m.group(7) or EATEN.get(m.group(1) or "", "") + m.group(2)
            try:
                letter = unicodedata.lookup(f"GREEK {'CAPITAL' if name[0].isupper() else 'SMALL'} LETTER "
                                            f"{name.upper()}".replace("LAMBDA", "LAMDA"))
            except KeyError:
                continue  # a tab before "u" that spells no letter
        parts.append(text[pos:m.start()])
        size += m.start() - pos
        folds.append((size, m.end() - m.start() - 1))
        parts.append(letter)
        size += 1
        pos = m.end()
    if not folds:
        return text, []
    parts.append(text[pos:])
    return "".join(parts), folds


def unfolded(offset: int, folds: list[tuple[int, int]]) -> int:
    r"""The offset in the original text of ``offset`` in ``printed_folds``'s result.

    Examples:
        >>> text, folds = printed_folds("On $\\tau$-bench.")
        >>> text[3:10], unfolded(3, folds), unfolded(10, folds)
        ('τ-bench', 3, 15)
    """
    return offset + sum(removed for at, removed in folds if at < offset)


def sentences(text: str, title_end: int, abbreviations: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: the title (``text[:title_end]``) is one, the abstract is split on stops.

    Examples:
        >>> sentences("T\\n\\nWe use GPT-3, e.g. Codex. It works.", 1)
        [(0, 1), (3, 28), (29, 38)]
    """
    if abbreviations is None:
        abbreviations = load_patterns().lexicon.abbreviations
    spans = [(0, title_end)] if title_end else []
    start = title_end + 2 if title_end else 0
    for m in SENT_END.finditer(text, start):
        word = LAST_TOKEN.search(text, max(start, m.start() - 8), m.start())
        if word and word.group().casefold() in abbreviations:
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _coined_case(word: str) -> bool:
    """Whether ``word`` mixes cases as no common word does: a capital after a lower-case letter ("HiTS").

    Examples:
        >>> _coined_case("HiTS"), _coined_case("Hits"), _coined_case("HITS")
        (True, False, False)
    """
    return word != word.upper() and bool(INNER_UPPER.search(word))


NESTED_NAME = re.compile(r"([A-Z][A-Za-z]*)-in-\1")  # "Transformer-in-Transformer"


def models_joined(parts: list[str], pat: Patterns) -> bool:
    """Whether every part of a hyphened name is a generic or a known model ("Transformer-Mamba", "ResNet-LSTM")."""
    return all(p in pat.lexicon.generic_models or pat.known.get(entity_key(p), ("",))[0] == MODEL for p in parts)


def pair_compound(token: str, pat: Patterns) -> bool:
    """Whether ``token`` joins two things by a pair joiner ("Text-to-SQL", "Peer-to-Peer"): a task or a relation,
    no name."""
    parts = token.split("-")
    return len(parts) > 2 and any(p in pat.pair_joiners for p in parts[1:-1])


def shape(token: str, pat: Patterns) -> str | None:
    """How much a token looks like a name: STRONG (``GShard``, ``GPT-3``), WEAK (``XLA``), CAPITAL, or None.

    ``reject`` for a compound that uses a name as a modifier (``Transformer-based``).
    """
    plain = token.isascii()
    if not plain:
        token = token.translate(PLAIN_DIGITS)  # "S²-MLP" has the shape of "S2-MLP"
    if token[-1] in "+*#" and len(token) > 2:
        core = shape(token.rstrip("+*#"), pat)  # "Command Z+", "dRRT*", "QuIP#": a symbol ending marks a name
        return STRONG if core in (STRONG, WEAK, CAPITAL) else core
    if len(token) > 3 and token[-2] == "'" and token[-1].isupper() and token[-1] != "S":
        core = shape(token[:-2], pat)  # "Grasp'D": a capital after an apostrophe marks a name
        return STRONG if core in (STRONG, WEAK, CAPITAL) else core
    if token[-1] == ")" and (argument := GREEK_ARGUMENT.search(token)) and argument.start() > 0:
        core = shape(token[:argument.start()], pat)  # "SMIX(\u03bb)", "Kite(\u03bb)": an argument marks a name
        return STRONG if core in (STRONG, WEAK, CAPITAL) else core
    parts = token.split("-")
    if len(parts) > 1 and all(p.casefold() in pat.generic and (p in pat.generic_written or not _coined_case(p))
                              for p in parts) and not pat.cues[
            "dataset_shape"].search(token):
        return None  # "French-English", "Camera-LiDAR": a pair of common words, not a name; "CV-Bench" is one,
        # and "N-HiTS" (a common word in a case of its own)
    if len(parts) > 1 and parts[0].isdigit() and all(p.casefold() in pat.generic for p in parts[1:]):
        return None  # "6-DoF", "3D-CNN": a count or dimension before a common word
    if NESTED_NAME.fullmatch(token):
        return STRONG  # "Transformer-in-Transformer", "Network-in-Network": a design nested in itself is one name
    if pair_compound(token, pat):
        return None  # "Text-to-SQL", "speech-to-text": a task, not a name
    if len(parts) > 1 and (parts[-1].casefold() in pat.suffixes
                           or (parts[0].casefold() in pat.prefixes and parts[0].islower())) and not (
            len(parts) == 2 and len(parts[0]) == 1 and parts[0].isupper() and parts[1].istitle()):
        return "reject"  # "Transformer-based", "ε-noisy" (not "X-Class": a capital letter and a capitalized word)
    glued = GLUED_SUFFIX.fullmatch(parts[-1])
    if glued and glued.group(1).casefold() in pat.suffixes:
        return "reject"  # "an MLLMbased model": "-based" written without its hyphen
    if len(parts) == 2 and SYMBOL.fullmatch(parts[0]) and parts[1].isalpha() and parts[1].islower() and (
            parts[1] not in pat.lexicon.name_tails):
        return "reject"  # "λ-return", "$\\alpha$-weighted": a quantity's symbol and a common word
    if len(parts) > 1 and GREEK.search(token):
        return STRONG  # "τ-bench", "PixArt-α"
    last = parts[-1]
    if len(parts) > 1 and last in pat.lexicon.name_tails and not parts[0].islower() and not any(
            p.casefold() in pat.generic for p in parts[:-1]):
        return STRONG  # "SWE-agent", "Quill-bench": a head word in lower case ends a name (not "LLM-agent")
    if len(parts) > 1 and any(p in pat.lexicon.generic_models for p in parts) and models_joined(parts, pat):
        return "reject"  # "a hybrid Transformer-Mamba architecture": a generic and a known model joined, no name
    if (len(parts) == 2 and last in pat.lexicon.method_tails and (parts[0].isupper() or INNER_UPPER.search(parts[0]))
            and pat.known.get(entity_key(parts[0]), ("",))[0] not in (MODEL, DATASET)):
        return STRONG  # "MoE-tuning", "P-tuning": a method named by what it tunes (not "BERT-tuning": BERT tuned)
    if (len(parts) > 1 and len(last) > 3 and last.isalpha() and last.islower() and not parts[0].islower()
            and last not in VARIANT_WORDS and last not in SIZE_WORDS):
        return None  # "KL-regularized", "GAN-synthetic": an adjective, not a name
    low = token.casefold()
    if (low in pat.generic or low in pat.eponyms or (low in STOP_WORDS and not (len(token) > 3 and _coined_case(token)))
            or NUMBERISH.fullmatch(token)
            or pat.unit_shape.fullmatch(token) or pat.accession_shape.fullmatch(token)
            or pat.formula_shape.fullmatch(token) or pat.score_shape.fullmatch(token)
            or pat.assay_shape.fullmatch(token) or pat.rank_shape.fullmatch(token)):
        return None  # "51.2mAP": a score with its metric glued on; "RNA-seq": an assay ("BeComE" is a function word
        # in a case of its own, a name)
    if len(parts) == 2 and parts[1].casefold() in pat.eponyms and (parts[0].isupper()
                                                                   or parts[0].casefold() in pat.eponyms):
        return None  # "PAC-Bayes", "Laplace-Gaussian": a theory or estimator after a mathematician, no model
    if len(parts) == 2 and parts[0].casefold() in pat.eponyms and parts[1].isalpha() and parts[1].istitle():
        return CAPITAL  # "Schrödinger-Newton" (a physical model after two scientists), "Gaussian-Flow" (a method):
        # a name only with a cue
    if (len(token) > 3 and token.endswith("s") and any(c.isupper() for c in token[1:-1])
            and token[:-1].casefold() in pat.generic):
        return None  # "IoUs", "mAPs": the plural of a measure or common word is no name as the word is not
    glued_word = GLUED_WORD.fullmatch(token)
    if glued_word and glued_word.group(1).casefold() in pat.generic:
        return None  # "params andFLOPs": a function word run into a common word, no name
    footnote = FOOTNOTE.fullmatch(token)
    if footnote and footnote.group(1).casefold() in pat.generic:
        return None  # "GitHub3": a footnote mark on a word that is no name
    if ACRONYM_PLURAL.fullmatch(token):
        return WEAK  # "SDPs", "LDMs": a class of things unless a cue names it
    has_lower = token != token.upper()
    if len(token) == 2 and token[0].islower() and token[1].isupper():
        return None  # "dT", "nK": a product of two variables, as in O(dT)
    if pat.language_shape.fullmatch(token):
        return None  # "isiZulu", "siSwati": a language's name, its prefix in lower case, no name alone
    if has_lower and INNER_UPPER.search(token):
        return STRONG
    letters = len(LETTERS.findall(token))
    if DIGIT.search(token):
        if token[0].isalpha() and len(token) >= 3 and letters >= 1:
            return STRONG
        if token[0].isdigit() and any(p.isalpha() and sum(c.isupper() for c in p) >= 2 for p in parts[1:]):
            return STRONG
        if DIGIT_CODE.fullmatch(token) or (len(token) == 2 and token[0].isupper() and token[0] != "V" and plain):
            return WEAK  # "1F1B", "3DGS", "T0", "B4": a code of digits and capitals, a name only with a cue or
            # beside one ("the T0 model"; not "H2 molecules"; "V2" is a version)
        return None
    if not has_lower and letters >= 2:
        return WEAK
    if token[0].isupper() and token[1:].islower() and token.isalpha() and len(token) > 2:
        return CAPITAL
    if len(parts) > 1 and (all(p[:1].isupper() for p in parts) or (
            (last in SIZE_WORDS or last in VARIANT_WORDS)
            and all(p[:1].isupper() and p[1:].islower() for p in parts[:-1]))):
        return CAPITAL  # Quo-Net, Fjord-base, Fjord-light: a name only with a cue, like a capitalized word
    if (len(parts) > 1 and LANGUAGE_CODE.fullmatch(last) and pat.known.get(entity_key(parts[0]), ("",))[0] == MODEL
            and all(p in SIZE_WORDS or p in VARIANT_WORDS for p in parts[1:-1])):
        return CAPITAL  # "Whisper-small-am": a known model tuned for a language, named with its code
    if (len(parts) > 2 and parts[0][:1].isupper() and last[:1].isupper() and all(
            p.islower() and p in STOP_WORDS for p in parts[1:-1])
            and (parts[0].casefold() in STOP_WORDS or last.casefold() in STOP_WORDS)):
        return CAPITAL  # "Once-for-All": function words hyphenated into a name (not "Mixture-of-Experts")
    return None


DATA_KEPT = 8  # pattern data whose answers ``kept`` holds at once


def kept(size: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Keep the answers of a pure reading ``fn(data, *args)`` (pattern data first, hashable arguments after):
    asked again with the same data and arguments, it answers what it answered. The data is held while its
    answers are, so its ``id`` names no other; the answers of one data are emptied past ``size`` entries,
    and all of them past ``DATA_KEPT`` data.

    Examples:
        >>> calls = []
        >>> @kept(2)
        ... def count(data, word):
        ...     calls.append(word)
        ...     return data[word]
        >>> d = {"a": 1, "b": 2}
        >>> count(d, "a"), count(d, "a"), count(d, "b"), calls
        (1, 1, 2, ['a', 'b'])
    """
    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        by_data: dict[int, tuple[Any, dict[tuple[Any, ...], Any]]] = {}

        @wraps(fn)
        def answer(data: Any, *args: Any) -> Any:
            held = by_data.get(id(data))
            if held is None or held[0] is not data:
                if len(by_data) >= DATA_KEPT:
                    by_data.clear()
                held = by_data[id(data)] = (data, {})
            answers = held[1]
            found = answers.get(args, answers)
            if found is answers:
                if len(answers) >= size:
                    answers.clear()
                found = answers[args] = fn(data, *args)
            return found

        answer.cache_clear = by_data.clear  # type: ignore[attr-defined]
        return answer

    return wrap


@lru_cache(maxsize=1 << 14)
def parse(name: str) -> NameParts:
    """``kg.names.parse_name``, cached: the family words, versions and variants of a name."""
    return parse_name(name)


@lru_cache(maxsize=1 << 14)
def sized(name: str) -> tuple[str, tuple[str, ...]]:
    """``kg.names.split_size``, cached: the name without its trailing size tags, and the sizes."""
    head, sizes = split_size(name)
    return head, tuple(sizes)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc and kept in ``doc.user_data``."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return str(text)


class Found:
    """Where ``Standalone`` found its name: ``span()``, ``start()``, ``end()`` and ``group()`` as a match's."""

    __slots__ = ("text", "at", "to")

    def __init__(self, text: str, at: int, to: int) -> None:
        self.text, self.at, self.to = text, at, to

    def span(self) -> tuple[int, int]:
        """(start, end) of the name in the text."""
        return self.at, self.to

    def start(self) -> int:
        """Where the name starts."""
        return self.at

    def end(self) -> int:
        """Where the name ends."""
        return self.to

    def group(self) -> str:
        """The name as the text writes it."""
        return self.text[self.at:self.to]


class Standalone:
    r"""A name written as a whole word: not inside a longer word or hyphenated compound.

    ``finditer``, ``findall`` and ``search`` answer as those of the regex ``(?<![\w-])NAME(?![\w-])`` do
    (``\w``: ``str.isalnum()`` or "_"), found by ``str.find``: no regex is compiled for each new name.

    Examples:
        >>> [r.span() for r in standalone("Wren").finditer("Wren, Wren-1B, Wrens and (Wren)")]
        [(0, 4), (26, 30)]
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def finditer(self, text: str, pos: int = 0) -> Iterator[Found]:
        """Every whole-word occurrence of the name in ``text`` from ``pos`` on, left to right."""
        name, size = self.name, len(self.name)
        if not size:  # the empty name: the regex's own answers
            yield from (Found(text, *r.span()) for r in _standalone_regex(name).finditer(text, pos))
            return
        at = text.find(name, max(pos, 0))
        while at >= 0:
            to = at + size
            if at and (text[at - 1].isalnum() or text[at - 1] in "_-"):
                at = text.find(name, at + 1)
            elif to < len(text) and (text[to].isalnum() or text[to] in "_-"):
                at = text.find(name, at + 1)
            else:
                yield Found(text, at, to)
                at = text.find(name, to)

    def search(self, text: str, pos: int = 0) -> Found | None:
        """The first whole-word occurrence from ``pos`` on, or None."""
        return next(self.finditer(text, pos), None)

    def findall(self, text: str) -> list[str]:
        """The name once for each whole-word occurrence in ``text``."""
        return [self.name for _ in self.finditer(text)]


def standalone(name: str) -> Standalone:
    """``name`` written as a whole word (``Standalone``)."""
    return Standalone(name)


@lru_cache(maxsize=16)
def _standalone_regex(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])%s(?![\w-])" % re.escape(name))


def last_match(regex: re.Pattern[str], text: str) -> int | None:
    """The end of the last match of ``regex`` in ``text``, or None."""
    end = None
    for m in regex.finditer(text):
        end = m.end()
    return end


def covering(spans: list[tuple[int, int, int]], span_starts: list[int], s: int, e: int) -> int | None:
    """The index of a span that covers [s, e), if any."""
    k = bisect.bisect_right(span_starts, s) - 1
    while k >= 0 and spans[k][0] <= s:
        if spans[k][1] >= e:
            return spans[k][2]
        k -= 1
    return None


def overlaps(span_starts: list[int], s: int, e: int) -> bool:
    """Whether some span starts inside [s, e)."""
    k = bisect.bisect_left(span_starts, s)
    return k < len(span_starts) and span_starts[k] < e


def longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions in text order, a longer one winning over those it overlaps."""
    kept: list[Mention] = []
    bounds: list[int] = []  # start, end, start, end, ... of kept mentions, sorted
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):  # longest first
        k = bisect.bisect_right(bounds, m.start)
        if k % 2 == 0 and (k == len(bounds) or bounds[k] >= m.end):
            bounds[k:k] = [m.start, m.end]
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)

