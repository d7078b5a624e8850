"""The extractor's spaCy components: find entity mentions, then the relations the text states.

``kg_mentions_v1`` runs after the gazetteer span rulers. It adds hardware patterns, names never seen
before (by their shape: ``GShard``, ``ST-MoE-32B``, ``3D-MAN``; or by a cue: a title ``X: ...``, "we
introduce X", "called X", "X, a framework", "on the X benchmark"), acronym definitions
(``Generalist Language Model (GLaM)``), then gives every mention its canonical name and sets ``doc.ents``.
``kg_relations_v1`` decides how the paper relates to each mention, and which models build on which.
All word lists and cue phrases are data in ``patterns/``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.names import canonical
from kg.model import (BUILDS_ON, COMPARES_WITH, DATASET, EVALUATED_ON, HARDWARE, HAS_TOPIC, INTRODUCES,
                      MENTIONS, MODEL, ORG, TOPIC, USES, fold)
from kg.names import EXTENDS, VARIES, VERSIONS, NameParts, entity_key, parse_name, parts_relation

PATTERNS_DIR = Path(__file__).parent / "patterns"
GAZETTEER_FILES = ("models.jsonl", "datasets.jsonl", "orgs.jsonl")
TOPIC_FILE = "topics.jsonl"
TITLE_END = "kg_title_end"  # doc.user_data key: the title is doc.text[:end], the abstract starts at end + 2
TEXT = "kg_text"  # doc.user_data key: doc.text, which spaCy rebuilds from the tokens on every access
GAZETTEER, TOPICS = "kg_gazetteer", "kg_topics"  # span rulers and their doc.spans keys
CASE_SENSITIVE_CUES = frozenset({"dataset_shape", "phrase_name"})

NAME_TOKEN = re.compile(r"(?<![\w.])(?<![A-Za-z0-9]-)(?=[\w\-./]*[A-Z])[A-Za-z0-9]+(?:[\-.][A-Za-z0-9]+|/\d+)*(?:'s)?(?!\w)(?!-[A-Za-z0-9])")
JOINER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
NUMBERISH = re.compile(r"[\d.,]+[A-Za-z]{0,2}|\d+(?:st|nd|rd|th|x|X)|\d+(?:\.\d+)?[BMKT]")
ABBREVIATIONS = frozenset({"e.g", "i.e", "al", "vs", "fig", "eq", "cf", "etc", "approx", "resp", "no", "sec"})
SENT_END = re.compile(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])")
ACRONYM = re.compile(r"\(([A-Za-z0-9][A-Za-z0-9\-.]{1,24}(?: [A-Z][A-Za-z0-9\-.]{0,24}){0,2})\)")
FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "with", "to", "in", "on", "a", "an", "or", "via", "from", "by"})
TECHNIQUE_HEADS = frozenset({"attention", "routing", "dropout", "learning", "parallelism", "optimization",
                             "search", "distillation", "training", "tuning", "fine-tuning", "decoding",
                             "sampling", "normalization", "embedding", "embeddings", "quantization",
                             "pruning", "fusion", "prediction", "modeling", "encoding", "regularization",
                             "alignment", "retrieval", "balancing", "scheduling", "caching", "sharding"})
MODEL_HEAD_WORDS = ("model", "models", "framework", "library", "system", "architecture", "compiler",
                    "engine", "toolkit", "network", "transformer", "platform", "autoencoder", "encoder",
                    "machine", "agent", "method", "algorithm", "procedure", "layer", "block", "module", "router",
                    "retriever", "generator", "detector", "classifier", "reranker", "tokenizer", "decoder", "solver",
                    "planner")
DATASET_HEAD_WORDS = ("dataset", "benchmark", "corpus", "challenge", "bank", "suite", "collection", "set")
METRIC_HEAD_WORDS = ("metric", "measure", "score", "loss", "objective")
STRONG, WEAK, CAPITAL = "strong", "weak", "capital"
NAMING_WORDS = ("our", "call", "nam", "dub", "term", "coin", "result")  # one is in every "naming" cue's text
CACHE_SIZE = 200_000  # entries of the per-component word caches before they are emptied
INNER_UPPER = re.compile(r"(?<=[A-Za-z0-9])[A-Z]")
LETTERS = re.compile(r"[A-Za-z]")
DIGIT = re.compile(r"\d")
FIRST_WORD = re.compile(r"[^\s\-]*")
MORE_CAPITALS = re.compile(r"\s+(?:[A-Z]|\()")
HEADS = "|".join(MODEL_HEAD_WORDS + DATASET_HEAD_WORDS)
APPOSITION = re.compile(r"\s*,\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,4}?(%s)s?\b" % "|".join((HEADS, *METRIC_HEAD_WORDS)))
PHRASE_LEAD = re.compile(r"(?:(?<=\s)[A-Z][\w\-]*\s+)+$")
NUMBER_BEFORE = re.compile(r"\d(?:[\d.,%]*)\s*$")
IS_A = re.compile(r"\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:%s)s?\b" % HEADS)
WILDCARD_VERSION = re.compile(r"[ \-]v?\d+\.[Xx]\b")
REVERSE_ACRONYM = re.compile(r"\s*\(([A-Z][\w\-]*(?:\s+[\w\-]+){1,6})\)")
TITLE_LEAD = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}")


@dataclass
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
        return self.end - self.start


@dataclass(frozen=True)
class Relation:
    """A stated relation: the paper (``source`` None) or a mention's entity to another mention's entity."""

    type: str
    target: int  # index into doc._.kg_mentions
    rule: str
    evidence: str
    source: int | None = None


@dataclass(frozen=True)
class Patterns:
    """Everything the components read from the pattern directory, compiled once."""

    gazetteer: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    known: dict[str, tuple[str, str]]  # entity_key -> (label, canonical name)
    hardware: list[tuple[str, re.Pattern[str], str]]  # (literal the text must hold, regex, name template)
    cues: dict[str, re.Pattern[str]]
    generic: frozenset[str]
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    title_words: frozenset[str]
    phrase_generic: frozenset[str]
    name_suffix: re.Pattern[str]


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
    hw_data = json.loads((root / "hardware.json").read_text(encoding="utf-8"))
    hw = hw_data["patterns"]
    cues = json.loads((root / "cues.json").read_text(encoding="utf-8"))
    generic = json.loads((root / "generic.json").read_text(encoding="utf-8"))
    return Patterns(
        gazetteer, topics, known,
        [(p.get("contains", ""), re.compile(p["regex"]), p["name"]) for p in hw],
        {k: re.compile(v, 0 if k in CASE_SENSITIVE_CUES else re.IGNORECASE) for k, v in cues.items() if k != "about"},
        frozenset(w.casefold() for w in generic["words"]),
        frozenset(w.casefold() for w in generic["suffixes"]),
        frozenset(w.casefold() for w in generic["prefixes"]),
        frozenset(generic["title_prefix_words"]),
        frozenset(generic["phrase_generic"]),
        re.compile(generic["name_suffix"]))


def sentences(text: str, title_end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: the title (``text[:title_end]``) is one, the abstract is split on stops.

    Examples:
        >>> sentences("T\\n\\nWe use GPT-3, e.g. Codex. It works.", 1)
        [(0, 1), (3, 28), (29, 38)]
    """
    spans = [(0, title_end)] if title_end else []
    start = title_end + 2 if title_end else 0
    for m in SENT_END.finditer(text, start):
        word = re.search(r"[\w.]*$", text[max(start, m.start() - 8):m.start()])
        if word and word.group().casefold() in ABBREVIATIONS:
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def shape(token: str, pat: Patterns) -> str | None:
    """How much a token looks like a name: STRONG (``GShard``, ``GPT-3``), WEAK (``XLA``), CAPITAL, or None.

    ``reject`` for a compound that uses a name as a modifier (``Transformer-based``).
    """
    parts = token.split("-")
    if len(parts) > 1 and (parts[-1].casefold() in pat.suffixes
                           or (parts[0].casefold() in pat.prefixes and parts[0].islower())):
        return "reject"
    low = token.casefold()
    if low in pat.generic or low in STOP_WORDS or NUMBERISH.fullmatch(token):
        return None
    has_lower = token != token.upper()
    if has_lower and INNER_UPPER.search(token):
        return STRONG
    letters = len(LETTERS.findall(token))
    if DIGIT.search(token):
        if token[0].isalpha() and len(token) >= 3 and letters >= 1:
            return STRONG
        if token[0].isdigit() and any(p.isalpha() and sum(c.isupper() for c in p) >= 2 for p in parts[1:]):
            return STRONG
        return None
    if not has_lower and letters >= 2:
        return WEAK
    if token[0].isupper() and token[1:].islower() and token.isalpha() and len(token) > 2:
        return CAPITAL
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return CAPITAL  # Quo-Net: a name only with a cue, like a capitalized word
    return None


class MentionFinder:
    """The ``kg_mentions_v1`` component: every entity mention of a doc, resolved to a canonical name."""

    def __init__(self, patterns_dir: str | None = None, use_ents: bool = False, set_ents: bool = True) -> None:
        self.pat = load_patterns(patterns_dir)
        self.use_ents = use_ents
        self.set_ents = set_ents
        self._shapes: dict[str, str | None] = {}  # token -> shape(token): the same words recur across docs
        self._names_of: dict[tuple[str, str], tuple[str, str, list[str]]] = {}  # canonical() by (text, label)
        if not Doc.has_extension("kg_mentions"):
            Doc.set_extension("kg_mentions", default=None)
            Doc.set_extension("kg_relations", default=None)
            Doc.set_extension("kg_sentences", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        tend = int(doc.user_data.get(TITLE_END, 0))
        sents = sentences(text, tend)
        starts = [s for s, _ in sents]
        fixed: list[Mention] = []
        if self.use_ents:
            fixed += [Mention(e.start_char, e.end_char, e.text, ORG, "ner") for e in doc.ents if e.label_ == "ORG"]
        for key in (GAZETTEER, TOPICS):
            for span in doc.spans.get(key, ()):
                a, b = span.start_char, span.end_char
                fixed.append(Mention(a, b, text[a:b], span.label_, "gazetteer", name=span.id_))
        for literal, regex, template in self.pat.hardware:
            if literal not in text:
                continue
            for m in regex.finditer(text):
                if m.start() and text[m.start() - 1].isalnum():
                    continue
                name = template.format(m.group(0), *m.groups())
                fixed.append(Mention(m.start(), m.end(), m.group(0), HARDWARE, "hardware-pattern", name=name))
        for m in self.pat.cues["phrase_name"].finditer(text, tend):
            first = m.group(1).split()[0]
            if (m.start() not in starts and first not in self.pat.phrase_generic
                    and not text[m.start() - 1].isalnum()):
                fixed.append(Mention(m.start(), m.end(), m.group(0), MODEL, "phrase-name"))
        fixed = _longest_first(fixed)
        mentions = self._names(text, tend, sents, starts, fixed)
        mentions = self._acronyms(text, mentions)
        mentions = self._title_name(text, tend, _longest_first(mentions))
        self._finish(text, tend, mentions)
        doc._.kg_mentions = mentions
        doc._.kg_sentences = sents
        if self.set_ents:
            spans = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand") for m in mentions]
            doc.ents = filter_spans([s for s in spans if s is not None])
        return doc

    def _names(self, text: str, tend: int, sents: list[tuple[int, int]], starts: list[int],
               fixed: list[Mention]) -> list[Mention]:
        """Fixed mentions (gazetteer, hardware) plus names found by shape and cue, extended by suffixes."""
        pat = self.pat
        out = list(fixed)
        spans = sorted((m.start, m.end, i) for i, m in enumerate(fixed))
        span_starts = [s for s, _, _ in spans]
        pending: list[tuple[int, int, str, str]] = []  # undecided tokens, kept for repeats
        decided: dict[str, str] = {}
        ends = {m.end: m.label for m in fixed if m.label in (MODEL, DATASET)}
        known_at = {m.start: m.label for m in fixed if m.label in (MODEL, DATASET)}
        drop: set[int] = set()
        for tm in NAME_TOKEN.finditer(text):
            s, e = tm.span()
            tok = tm.group()
            if tok.endswith("'s"):
                tok, e = tok[:-2], e - 2
            if tok in decided:
                out.append(Mention(s, e, tok, decided[tok], "repeat"))
                continue
            kind = self._shapes.get(tok, "?")
            if kind == "?":
                if len(self._shapes) > CACHE_SIZE:
                    self._shapes.clear()
                kind = self._shapes[tok] = shape(tok, pat)
            inside = _covering(spans, span_starts, s, e) if spans else None
            if kind is None and inside is None and tok.isupper() and tok.casefold() in pat.generic:
                lo = max(sents[max(0, bisect.bisect_right(starts, s) - 1)][0], s - 40)
                window = text[lo:s].casefold()
                if any(w in window for w in NAMING_WORDS) and pat.cues["naming"].search(text, lo, s):
                    # a common abbreviation is a name when named: "our approach, SSD,"
                    out.append(Mention(s, e, tok, MODEL, "called-cue"))
                    decided[tok] = MODEL
                else:
                    pending.append((s, e, tok, WEAK))
                continue
            if kind is None and inside is None and (not spans or not _overlaps(span_starts, s, e)):
                continue
            if kind == "reject":
                drop.update(i for a, b, i in spans if s <= a and b <= e and fixed[i].label in (MODEL, DATASET))
                continue
            if inside is not None:
                continue  # already a gazetteer or hardware mention
            contained = [fixed[i] for a, b, i in spans if s <= a and b <= e]
            if kind is None and not contained:
                continue
            if tok in decided:
                label, rule = decided[tok], "repeat"
            else:
                label, rule = self._label(text, tend, sents, starts, s, e, tok, kind, contained)
            if label is None and kind is not None:
                label, rule = self._coordinated(text, s, e, ends, known_at)
                if label is None and kind == STRONG:
                    label, rule = MODEL, "name-shape"
            if label is None:
                if kind in (WEAK, CAPITAL, STRONG):
                    pending.append((s, e, tok, kind))
                continue
            if rule == "head-noun":
                lead = PHRASE_LEAD.search(text, max(0, s - 60), s)
                if lead and lead.start() not in starts and lead.start() >= tend:
                    s = lead.start()
                    tok = text[s:e]
            drop.update(i for a, b, i in spans if s <= a and b <= e)
            out.append(Mention(s, e, tok, label, rule))
            ends[e] = label
            decided.setdefault(tok, label)
        for s, e, tok, kind in pending:
            if tok in decided and not (kind == CAPITAL and s < tend):
                out.append(Mention(s, e, tok, decided[tok], "repeat"))
        out = [m for i, m in enumerate(out) if i not in drop]
        for m in out:
            if m.label in (MODEL, DATASET):
                ext = pat.name_suffix.match(text, m.end)
                if ext:
                    m.end = ext.end()
                    m.text = text[m.start:m.end]
                    m.name = ""  # the gazetteer name no longer covers the extended text
        out = [m for m in out if not (m.label in (MODEL, DATASET) and WILDCARD_VERSION.match(text, m.end))]
        self._siblings(text, out)
        return out

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
               tok: str, kind: str | None, contained: list[Mention]) -> tuple[str | None, str]:
        """The label and rule of an unseen name at text[s:e], or (None, "") when nothing says it is one."""
        pat, cues = self.pat, self.pat.cues
        known = pat.known.get(entity_key(tok))
        if known and known[0] in (MODEL, DATASET, ORG):
            return known[0], "gazetteer-variant"
        inherited = next((m.label for m in contained if m.label in (MODEL, DATASET)), None)
        if inherited and (kind is not None or all(p[:1].isupper() or p[:1].isdigit() for p in tok.split("-"))):
            return inherited, "name-extends-known"
        root = pat.known.get(entity_key(FIRST_WORD.match(tok).group()))  # type: ignore[union-attr]
        if root and root[0] in (MODEL, DATASET) and kind is not None and "-" in tok:
            return root[0], "family-root"
        if kind is None or (kind == CAPITAL and 0 < s < tend):
            return None, ""  # a capitalized title word is a name only as the title's "X: ..."
        sent_start, sent_end = sents[max(0, bisect.bisect_right(starts, s) - 1)]
        before = text[max(sent_start, s - 80):s]
        if NUMBER_BEFORE.search(before):
            return None, ""  # a unit of measurement: "1.7 chrF", "2.1 mAPH"
        after = text[e:min(sent_end, e + 60)]
        ext = pat.name_suffix.match(text, e)
        after_name = text[ext.end() if ext else e:min(sent_end, e + 60)]
        if tend and s == 0 and (after_name.startswith(":") or cues["title_report"].match(text[:tend])):
            if kind != CAPITAL or tok not in pat.title_words:
                head = DATASET if self.pat.cues["title_dataset_words"].search(text[:tend]) else MODEL
                return head, "title-name"
        if cues["metric_heads"].match(after_name):
            return None, ""
        if kind == CAPITAL and (s < tend or (MORE_CAPITALS.match(after_name) and not _spelled_out(tok, after_name))):
            return None, ""  # a title word, or the first word of a longer capitalized phrase
        subject = cues["builds_on_subject"].match(after_name)
        if subject and s == sent_start and self._model_at(after_name, subject.end()):
            return MODEL, "subject-cue"  # "Zeta extends Alpa"
        if cues["dataset_heads"].match(after_name):
            return DATASET, "head-noun"
        if cues["model_heads"].match(after_name) and kind != CAPITAL:
            return MODEL, "head-noun"
        listed = self._list_label(text, sent_start, s)
        if listed:
            return listed, "list-head"
        appositive = APPOSITION.match(after_name)
        if appositive:
            head = appositive.group(1)
            if head in METRIC_HEAD_WORDS:
                return None, ""
            return (DATASET if head in DATASET_HEAD_WORDS else MODEL), "apposition"
        if cues["naming"].search(before):
            return (DATASET if cues["dataset_words"].search(before) else MODEL), "called-cue"
        if cues["trained_model_before"].search(before) and cues["we_subject"].search(before):
            return MODEL, "train-cue"
        if cues["builds_on_before"].search(before) or (kind != CAPITAL and cues["compare_before"].search(before)):
            return MODEL, "relation-cue"
        if kind == CAPITAL and cues["compare_before"].search(before):
            return MODEL, "relation-cue"
        if cues["dataset_shape"].search(tok):
            return DATASET, "dataset-shape"
        intro = _last(cues["introduce"], before)
        if intro is not None:
            between = before[intro:]
            if kind != CAPITAL and not cues["intro_blockers"].search(between):
                return MODEL, "introduce-cue"
            if re.fullmatch(r"\s*(?:(?:a|an|the|our|new|novel)\b[^.;:()]*?,\s*)?", between):
                return MODEL, "introduce-cue"
        if cues["on_dataset"].search(before) and not cues["not_dataset_before_on"].search(before):
            if kind != CAPITAL:
                return DATASET, "on-cue"
        if IS_A.match(after_name) and kind == CAPITAL and s == sent_start:
            return MODEL, "is-a"
        return None, ""

    def _model_at(self, text: str, pos: int) -> bool:
        """Whether ``text[pos:]`` opens with a known model's name (``GPT-4``, ``PaLM 2``, ``Alpa``)."""
        nxt = NAME_TOKEN.match(text, pos)
        if nxt is None:
            return False
        hit = self.pat.known.get(entity_key(nxt.group())) or self.pat.known.get(
            entity_key(FIRST_WORD.match(nxt.group()).group()))  # type: ignore[union-attr]
        return hit is not None and hit[0] == MODEL

    def _coordinated(self, text: str, s: int, e: int, ends: dict[int, str], known_at: dict[int, str]
                     ) -> tuple[str | None, str]:
        """The label of a name joined by "and", "or" or a comma to a labelled name just before or after it."""
        for end, label in ends.items():
            if end < s and s - end <= 7 and JOINER.fullmatch(text, end, s):
                return label, "coordination"
        j = JOINER.match(text, e)
        if j and j.end() in known_at:
            return known_at[j.end()], "coordination"
        nxt = NAME_TOKEN.match(text, j.end()) if j else None
        if nxt:
            root = self.pat.known.get(entity_key(FIRST_WORD.match(nxt.group()).group()))  # type: ignore[union-attr]
            if root and root[0] in (MODEL, DATASET):
                return root[0], "coordination"
            if (self.pat.cues["dataset_heads"].match(text[nxt.end():nxt.end() + 40])
                    and self.pat.cues["on_dataset"].search(text[max(0, s - 20):s])):
                return DATASET, "coordination"  # "on the Quasar and Nimbus benchmarks"
        return None, ""

    def _list_label(self, text: str, sent_start: int, s: int) -> str | None:
        """DATASET or MODEL when the name is an item of a list headed "benchmarks (A, B)" / "models such as A"."""
        prefix = text[sent_start:s]
        paren = prefix.rfind("(")
        if paren > prefix.rfind(")") and re.fullmatch(r"[^()]*?(?:,\s*(?:and\s+|or\s+)?)?", prefix[paren + 1:]):
            head = prefix[:paren + 1]
        else:
            m = re.search(r"(?:such as|including|like|:)\s*(?:[^,;.():]+,\s*)*(?:and\s+|or\s+)?$", prefix)
            if not m:
                return None
            head = prefix[:m.end()]
            head = head[: m.start() + len(re.match(r"such as|including|like|:", head[m.start():]).group())]
        if self.pat.cues["dataset_list_heads"].search(head):
            return DATASET
        if self.pat.cues["model_list_heads"].search(head):
            return MODEL
        return None

    def _acronyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Resolve "Long Form (ACRO)": the acronym is the entity, the long form its alias."""
        pat = self.pat
        by_start = {m.start: m for m in mentions}
        out = list(mentions)
        long_forms: set[str] = set()
        for am in ACRONYM.finditer(text):
            short = am.group(1)
            initials = [c.casefold() for c in short if c.isupper()]
            if len(initials) < 2 or (" " in short and shape(short, pat) != STRONG):
                continue
            words = list(re.finditer(r"[A-Za-z][\w\-]*", text[max(0, am.start() - 120):am.start()]))
            base = max(0, am.start() - 120)
            long_start = None
            content = 0
            for w in reversed(words[-(len(initials) + 4):]):
                word = w.group()
                if word.casefold() not in FUNCTION_WORDS:
                    content += 1
                if word[0].casefold() == initials[0] and len(initials) - 1 <= content <= len(initials) + 1:
                    long_start = base + w.start()
                    break
            if long_start is None:
                continue
            long_end = base + words[-1].end()
            long_form = text[long_start:long_end]
            long_forms.add(long_form)
            inner = by_start.get(am.start() + 1)
            kind = shape(short, pat)
            capitalized = all(w[0].isupper() for w in long_form.split() if w.casefold() not in FUNCTION_WORDS)
            head = re.split(r"[\s\-]", long_form)[-1].casefold()
            if inner is not None and inner.rule in ("gazetteer", "gazetteer-variant"):
                label = inner.label
            elif kind == STRONG or (kind == WEAK and capitalized and head.rstrip("s") in MODEL_HEAD_WORDS):
                label = DATASET if head.rstrip("s") in DATASET_HEAD_WORDS else MODEL
            elif kind == WEAK and capitalized and head.rstrip("s") in DATASET_HEAD_WORDS:
                label = DATASET
            elif capitalized and head in TECHNIQUE_HEADS:
                label = TOPIC
            else:
                label = None
            out = [m for m in out if not (long_start <= m.start and m.end <= long_end)
                   and not (m.start == am.start() + 1 and label is None and m.rule != "gazetteer")]
            if label is None:
                continue
            if inner is not None and inner in out:
                out.remove(inner)
            if label == TOPIC:
                out.append(Mention(long_start, am.end() - 1, text[long_start:am.end() - 1], TOPIC, "acronym",
                                   name=long_form, aliases=[short]))
            else:
                out.append(Mention(am.start() + 1, am.end() - 1, short, label,
                                   inner.rule if inner else "acronym", name=inner.name if inner else "",
                                   aliases=[long_form] if capitalized or kind == STRONG else []))
                if " " in short:  # "(Fast R-CNN)": its other spellings are the name too, not R-CNN
                    out += [Mention(r.start(), r.end(), short, label, "repeat")
                            for r in _standalone(short).finditer(text)
                            if r.start() != am.start() + 1]
        for m in out:
            if m.label not in (MODEL, DATASET):
                continue
            rm = REVERSE_ACRONYM.match(text, m.end)
            if rm and (_initials_match(m.text, rm.group(1)) or (
                    sum(c.isupper() for c in m.text) == 1 and _spelled_out(m.text, text[m.end:]))):
                m.aliases.append(rm.group(1))
                long_forms.add(rm.group(1))
                continue
            nxt = text[m.end:m.end + 2]
            spelled = nxt[:1] in (",", "(") or nxt == " ("
            sm = pat.cues["spelled_out_after"].match(text, m.end, m.end + 160) if spelled else None
            long_form = _initial_words(m.text, sm.group(1)) if sm else None
            if long_form:  # "BERT, which stands for Bidirectional Encoder Representations from Transformers"
                m.aliases.append(long_form)
                long_forms.add(long_form)
        for long_form in long_forms:
            for lm in re.finditer(re.escape(long_form), text):
                out = [m for m in out if not (lm.start() <= m.start and m.end <= lm.end()) or m.label == TOPIC]
        return out

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
        found = [r.span() for r in _standalone(title).finditer(text, tend)]
        if not found:
            return mentions
        spans = [(0, last.end), *found]
        out = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
        out += [Mention(a, b, title, MODEL, "title-name" if a == 0 else "repeat") for a, b in spans]
        return _longest_first(out)

    def _finish(self, text: str, tend: int, mentions: list[Mention]) -> None:
        """Give each mention its canonical name, key and sizes; mark the title's own names."""
        for m in mentions:
            written = m.name or m.text
            if m.label in (TOPIC, ORG) and m.name:
                m.key = fold(m.name) if m.label == TOPIC else entity_key(m.name)  # topic ids read like category ones
                continue
            if m.label == HARDWARE:
                m.name = m.name or m.text
                m.key = entity_key(m.name)
                continue
            arg = (written if m.rule == "gazetteer" else m.text, m.label)
            found = self._names_of.get(arg)
            if found is None:
                if len(self._names_of) > CACHE_SIZE:
                    self._names_of.clear()
                found = self._names_of[arg] = canonical(*arg, self.pat.known)
            m.name, m.key, m.sizes = found[0], found[1], list(found[2])
            if m.start == 0 and tend:
                rest = text[m.end:tend]
                m.title_name = (rest.startswith(":") or not rest.strip()
                                or bool(self.pat.cues["title_appositive"].match(rest))
                                or bool(self.pat.cues["title_report"].match(text[:tend])))


class RelationFinder:
    """The ``kg_relations_v1`` component: paper-to-entity relations and BUILDS_ON between models."""

    def __init__(self, patterns_dir: str | None = None) -> None:
        self.pat = load_patterns(patterns_dir)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mentions: list[Mention] = doc._.kg_mentions or []
        sents: list[tuple[int, int]] = doc._.kg_sentences or []
        starts = [s for s, _ in sents]
        cues = self.pat.cues
        title_keys = {m.key for m in mentions if m.title_name}
        rels: list[Relation] = []
        sent_of: list[tuple[int, int]] = []
        said: dict[int, str] = {}
        chain = -1  # the first mention of the run of joined names the previous named mention belongs to
        described: dict[int, int] = {}  # a name in the appositive of an introduced one -> that one
        prev = -1  # the previous model or dataset mention
        fence = -1
        for i, m in enumerate(mentions):
            ss, se = sents[max(0, bisect.bisect_right(starts, m.start) - 1)] if sents else (0, len(text))
            sent_of.append((ss, se))
            evidence = said.get(ss) or said.setdefault(ss, " ".join(text[ss:se].split()))
            joined = prev >= 0 and mentions[prev].start >= ss and bool(
                JOINER.fullmatch(text, mentions[prev].end, m.start))
            same = prev >= 0 and mentions[prev].start >= ss
            if not same:
                fence = -1
            elif not joined and cues["intro_fence"].search(text, mentions[prev].end, m.start):
                fence = mentions[chain].start - ss  # names joined to the previous one share its fence
            before = _before_long_form(text[ss:m.start], m.aliases) if m.aliases else text[ss:m.start]
            rel, rule = self._paper_relation(m, before, text[m.end:se], title_keys, fence)
            if (joined and rel != INTRODUCES and rels[prev].type == INTRODUCES and mentions[prev].label == m.label
                    and rels[prev].rule in ("called-cue", "introduce-cue", "coordination", "train-cue")):
                rel, rule = INTRODUCES, "coordination"  # "our models, Wren-S and Wren-L,"
            elif (rule == "introduce-cue" and same and not joined and rels[chain].type == INTRODUCES
                  and not m.key.startswith(mentions[chain].key)
                  and cues["appositive_between"].match(text[mentions[prev].end:m.start])):
                rel, rule = (USES, "appositive") if m.label == MODEL else (EVALUATED_ON, "dataset-mention")
                described[i] = chain  # "We introduce Codex, a GPT language model": GPT describes Codex
            rels.append(Relation(rel, i, rule, evidence))
            if m.label in (MODEL, DATASET):
                chain = chain if joined else i
                prev = i
        rels = self._derived_subjects(text, mentions, rels, sent_of)
        rels = self._drop_family_titles(text, mentions, rels)
        rels.extend(self._builds_on(text, mentions, rels, sent_of))
        stated = {(mentions[r.source].key, mentions[r.target].key) for r in rels if r.source is not None
                  } if described else set()
        rels.extend(Relation(BUILDS_ON, i, "appositive", " ".join(text[slice(*sent_of[i])].split()), source=j)
                    for i, j in described.items() if (mentions[j].key, mentions[i].key) not in stated
                    and cues["appositive_base_after"].match(text[mentions[i].end:sent_of[i][1]]))
        doc._.kg_relations = rels
        return doc

    def _paper_relation(self, m: Mention, before: str, after: str, title_keys: set[str],
                        fence: int = -1) -> tuple[str, str]:
        """The paper's relation to ``m`` and its rule, from the sentence text ``before`` and ``after`` it.

        An introduce cue reaches ``m`` only past ``fence``, the position in ``before`` of a name a clause
        boundary separates from ``m`` ("We present a framework named Hydrax that fine-tunes T5": Hydrax is
        introduced, T5 is not).
        """
        cues = self.pat.cues
        if m.label == TOPIC:
            return HAS_TOPIC, m.rule
        if m.label not in (MODEL, DATASET):
            return MENTIONS, m.rule
        if m.key in title_keys:
            return INTRODUCES, "title-name"
        if cues["naming"].search(before[-40:]):
            return INTRODUCES, "called-cue"
        if not before.strip() and cues["is_ours_after"].match(after):
            return INTRODUCES, "is-ours"  # "Granite is a language model that we pretrain"
        lead = after[:1] if after[:1] != " " else after[1:2]
        if ((lead == "," and cues["appositive_model_after"].match(after)
             and cues["train_verb_before"].search(before[-40:]))
                or (lead in (",", "(", ")")
                    and cues["trained_model_before"].search(before[-100:])
                    and cues["we_subject"].search(before))):
            return INTRODUCES, "train-cue"  # "we train Zeta, a language model", "training a new model, Zeta,"
        if cues["builds_on_before"].search(before[-60:]):
            return USES, "builds-on-cue"
        if (before.find("and ", len(before) - 40) >= 0 and cues["intro_coordinated"].search(before[-40:])
                and cues["we_subject"].search(before)):
            return INTRODUCES, "introduce-cue"  # "We propose X ... and build Y"
        intro = _last(cues["introduce"], before)
        if (intro is not None and intro > fence and len(before) - intro <= 120
                and not cues["intro_blockers"].search(before[intro:])
                and not cues["intro_object"].search(before[-60:])):
            return INTRODUCES, "introduce-cue"
        if m.label == DATASET:
            return EVALUATED_ON, "dataset-mention"
        if cues["compare"].search(before[-80:]) or cues["compare_after"].match(after):
            return COMPARES_WITH, "compare-cue"
        if cues["use"].search(before[-40:]) or cues["used_after"].match(after):
            return USES, "use-cue"
        return MENTIONS, "mention"

    def _derived_subjects(self, text: str, mentions: list[Mention], rels: list[Relation],
                          sent_of: list[tuple[int, int]]) -> list[Relation]:
        """A model that opens a sentence comparing it with the model its name derives from is introduced.

        "Flan-PaLM 540B outperforms PaLM 540B" presents Flan-PaLM, built on PaLM.
        """
        out = list(rels)
        for k, r in enumerate(rels):
            m = mentions[r.target]
            ss, se = sent_of[r.target]
            if r.type in (INTRODUCES, HAS_TOPIC) or m.label != MODEL or text[ss:m.start].strip():
                continue
            cue = self.pat.cues["compare"].search(text, m.end, se)
            if cue is None:
                continue
            parts = _parse(m.name)
            if any(o.label == MODEL and cue.end() <= o.start < se
                   and parts_relation(parts, _parse(o.name)) in (EXTENDS, VERSIONS) for o in mentions):
                out[k] = Relation(INTRODUCES, r.target, "derived-subject", r.evidence)
        return out

    @staticmethod
    def _drop_family_titles(text: str, mentions: list[Mention], rels: list[Relation]) -> list[Relation]:
        """Drop a title's name that the abstract only uses through introduced variants (Gemini 2.5 -> Pro, Flash)."""
        intro = {mentions[r.target].name for r in rels if r.type == INTRODUCES}
        family = set()
        for m in mentions:
            if m.title_name and m.label == MODEL and not any(
                    o.key == m.key and not o.title_name for o in mentions) and any(
                    n.startswith(m.name + " ") for n in intro):
                family.add(m.key)
        return [r for r in rels if mentions[r.target].key not in family]

    def _builds_on(self, text: str, mentions: list[Mention], rels: list[Relation],
                   sent_of: list[tuple[int, int]]) -> Iterable[Relation]:
        """BUILDS_ON stated by names (an introduced model versions or extends a named one) or by text."""
        cues = self.pat.cues
        introduced: dict[str, int] = {}
        intro = [r.target for r in rels if r.type == INTRODUCES and mentions[r.target].label == MODEL]
        for i in sorted(intro, key=lambda i: (not mentions[i].title_name, mentions[i].start)):
            introduced.setdefault(mentions[i].key, i)
        named: dict[str, int] = {}
        for i, m in enumerate(mentions):
            if m.label == MODEL:
                named.setdefault(m.key, i)
        seen: set[tuple[str, str]] = set()
        out: list[Relation] = []

        def add(src: int, dst: int, rule: str, evidence_at: int) -> None:
            a, b = mentions[src].key, mentions[dst].key
            if a == b or (a, b) in seen or (b, a) in seen:
                return
            seen.add((a, b))
            ss, se = sent_of[evidence_at]
            out.append(Relation(BUILDS_ON, dst, rule, " ".join(text[ss:se].split()), source=src))

        first: dict[int, int] = {}  # sentence start -> its first mention
        for i, m in enumerate(mentions):
            ss, se = sent_of[i]
            subject = first.setdefault(ss, i)
            if m.label != MODEL:
                continue
            before, after = text[ss:m.start], text[m.end:se]
            if (subject != i and mentions[subject].label == MODEL
                    and not text[ss:mentions[subject].start].strip()):
                between = text[mentions[subject].end:m.start]
                cue = cues["builds_on_subject"].match(between)
                if cue and (cue.end() == len(between) or (cues["builds_on_before"].search(between)
                                                          and not cues["intro_fence"].search(between))):
                    add(subject, i, "subject-cue", i)  # "Zeta extends Alpa", "... and improves on GShard"
                    continue
            if not introduced or cues["baseline_before"].search(before[-60:]):
                continue  # "a baseline based on X" says how the baseline was built
            if (cues["builds_on_before"].search(before[-60:]) and not cues["modifier_after"].match(after)) or (
                    cues["builds_on_after"].match(after) and cues["counterpart_before"].search(before[-30:])):
                local = [j for j in introduced.values() if ss <= mentions[j].start < m.start]
                later = [j for j in introduced.values() if m.end <= mentions[j].start < se]  # "Building on X, we ..."
                src = local[-1] if local else later[0] if later else next(iter(introduced.values()))
                add(src, i, "text-cue", i)
        # An introduced model's name may version, vary or extend another's; any named model whose name
        # extends another's whole name, version included (Flan-PaLM holds PaLM, not DeepSeekMoE
        # DeepSeek-V2), builds on it whoever introduced it.
        sources = {**{k: j for k, j in named.items() if k not in introduced}, **introduced}
        for key, i in sources.items():
            stated = (VARIES, VERSIONS, EXTENDS) if key in introduced else (EXTENDS,)
            parts = _parse(mentions[i].name)
            best: dict[str, tuple[Any, int]] = {}
            for other, j in named.items():
                if other == key:
                    continue
                op = _parse(mentions[j].name)
                rel = parts_relation(parts, op)
                if rel is None or (key not in introduced and op.version not in (None, parts.version)):
                    continue
                rank = op.version or () if rel == VERSIONS else (len(op.family),)
                if rel not in best or rank > best[rel][0]:
                    best[rel] = (rank, j)
            nearest = next((rel for rel in (VARIES, VERSIONS, EXTENDS) if rel in best), None)
            if nearest in stated:
                add(i, best[nearest][1], f"name-{nearest}", best[nearest][1])
        return out


@lru_cache(maxsize=1 << 14)
def _parse(name: str) -> NameParts:
    return parse_name(name)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc and kept in ``doc.user_data``."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return str(text)


def _initials_match(short: str, long_form: str) -> bool:
    """Whether the capitals of ``short`` start the words of ``long_form`` in order (GLaM, Generalist Language Model)."""
    words = [w for w in re.split(r"[\s\-]+", long_form) if w.casefold() not in FUNCTION_WORDS]
    caps = [c.casefold() for c in short if c.isupper()]
    return len(caps) >= 2 and [w[0].casefold() for w in words[: len(caps)]] == caps


def _standalone(name: str) -> re.Pattern[str]:
    """``name`` written as a whole word: not inside a longer word or hyphenated compound."""
    return re.compile(r"(?<![\w-])%s(?![\w-])" % re.escape(name))


def _before_long_form(before: str, aliases: list[str]) -> str:
    """``before`` without the long form its name spells out in parentheses, so cues before it still reach it.

    Examples:
        >>> _before_long_form("We call them wide nets (", ["wide nets"])
        'We call them '
    """
    head = before.rstrip()
    if not head.endswith("("):
        return before
    head = head[:-1].rstrip()
    return next((head[: len(head) - len(a)] for a in aliases if a and head.endswith(a)), before)


def _initial_words(short: str, phrase: str) -> str | None:
    """The opening words of ``phrase`` whose initials spell the capitals of ``short``, or None.

    Examples:
        >>> _initial_words("BERT", "Bidirectional Encoder Representations from Transformers and more")
        'Bidirectional Encoder Representations from Transformers'
    """
    caps = [c.casefold() for c in short if c.isupper()]
    if len(caps) < 2:
        return None
    k = 0
    for w in re.finditer(r"[\w-]+", phrase):
        if w.group().casefold() in FUNCTION_WORDS:
            continue
        if w.group()[0].casefold() != caps[k]:
            return None
        k += 1
        if k == len(caps):
            return phrase[:w.end()]
    return None


def _spelled_out(name: str, after: str) -> bool:
    """Whether ``after`` opens with ``(Long Form)`` spelling out ``name``: "Barq (Big Adaptive Retriever)"."""
    rm = REVERSE_ACRONYM.match(after)
    return rm is not None and rm.group(1)[0] == name[0]


def _last(regex: re.Pattern[str], text: str) -> int | None:
    """The end of the last match of ``regex`` in ``text``, or None."""
    end = None
    for m in regex.finditer(text):
        end = m.end()
    return end


def _covering(spans: list[tuple[int, int, int]], span_starts: list[int], s: int, e: int) -> int | None:
    """The index of a span that covers [s, e), if any."""
    k = bisect.bisect_right(span_starts, s) - 1
    while k >= 0 and spans[k][0] <= s:
        if spans[k][1] >= e:
            return spans[k][2]
        k -= 1
    return None


def _overlaps(span_starts: list[int], s: int, e: int) -> bool:
    """Whether some span starts inside [s, e)."""
    k = bisect.bisect_left(span_starts, s)
    return k < len(span_starts) and span_starts[k] < e


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions in text order, a longer one winning over those it overlaps."""
    kept: list[Mention] = []
    bounds: list[int] = []  # start, end, start, end, ... of kept mentions, sorted
    for m in sorted(mentions, key=lambda m: (-m.length, m.start)):
        k = bisect.bisect_right(bounds, m.start)
        if k % 2 == 0 and (k == len(bounds) or bounds[k] >= m.end):
            bounds[k:k] = [m.start, m.end]
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


@Language.factory("kg_mentions_v1", assigns=["doc.ents", "doc._.kg_mentions"],
                  default_config={"patterns_dir": None, "use_ents": False, "set_ents": True})
def make_mention_finder(nlp: Language, name: str, patterns_dir: str | None, use_ents: bool,
                        set_ents: bool) -> MentionFinder:
    """Factory of the mention finder (see MentionFinder).

    ``use_ents`` adds the ORG entities a statistical NER set before; ``set_ents`` writes the mentions to
    ``doc.ents`` (the Extractor reads ``doc._.kg_mentions`` and turns it off: it costs a third of the time).
    """
    return MentionFinder(patterns_dir, use_ents, set_ents)


@Language.factory("kg_relations_v1", assigns=["doc._.kg_relations"], requires=["doc._.kg_mentions"],
                  default_config={"patterns_dir": None})
def make_relation_finder(nlp: Language, name: str, patterns_dir: str | None) -> RelationFinder:
    """Factory of the relation finder (see RelationFinder)."""
    return RelationFinder(patterns_dir)
