"""The extractor's spaCy components: find entity mentions, then the relations the text states.

``kg_mentions_v1`` runs after the gazetteer entity rulers. It adds hardware patterns, names never seen
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

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.analysis.naming import EXTENDS, VARIES, VERSIONS, parse_name, parts_relation
from kg.extract.names import canonical, name_key
from kg.model import (BUILDS_ON, COMPARES_WITH, DATASET, EVALUATED_ON, HARDWARE, HAS_TOPIC, INTRODUCES,
                      MENTIONS, MODEL, ORG, TOPIC, USES)

PATTERNS_DIR = Path(__file__).parent / "patterns"
GAZETTEER_FILES = ("models.jsonl", "datasets.jsonl", "orgs.jsonl")
TOPIC_FILE = "topics.jsonl"
TITLE_END = "kg_title_end"  # doc.user_data key: the title is doc.text[:end], the abstract starts at end + 2

NAME_TOKEN = re.compile(r"(?<![\w\-.])[A-Za-z0-9]+(?:[\-.][A-Za-z0-9]+)*(?:'s)?(?![\w\-])")
NUMBERISH = re.compile(r"[\d.,]+[A-Za-z]{0,2}|\d+(?:st|nd|rd|th|x|X)|\d+(?:\.\d+)?[BMKT]")
ABBREVIATIONS = frozenset({"e.g", "i.e", "al", "vs", "fig", "eq", "cf", "etc", "approx", "resp", "no", "sec"})
SENT_END = re.compile(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])")
ACRONYM = re.compile(r"\(([A-Za-z0-9][A-Za-z0-9\-.]{1,24})\)")
FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "with", "to", "in", "on", "a", "an", "or", "via"})
TECHNIQUE_HEADS = frozenset({"attention", "routing", "dropout", "learning", "parallelism", "optimization",
                             "search", "distillation", "training", "tuning", "fine-tuning", "decoding",
                             "sampling", "normalization", "embedding", "embeddings", "quantization",
                             "pruning", "fusion", "prediction", "modeling", "encoding", "regularization",
                             "alignment", "retrieval", "balancing", "scheduling", "caching", "sharding"})
MODEL_HEAD_WORDS = ("model", "models", "framework", "library", "system", "architecture", "compiler",
                    "engine", "toolkit", "network", "transformer", "platform", "autoencoder", "encoder",
                    "machine", "agent", "method", "algorithm", "procedure", "layer", "block", "module")
DATASET_HEAD_WORDS = ("dataset", "benchmark", "corpus", "challenge", "bank", "suite", "collection")
STRONG, WEAK, CAPITAL = "strong", "weak", "capital"


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
    known: dict[str, tuple[str, str]]  # name_key -> (label, canonical name)
    hardware: list[tuple[re.Pattern[str], str]]
    cues: dict[str, re.Pattern[str]]
    generic: frozenset[str]
    suffixes: frozenset[str]
    title_words: frozenset[str]
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
        known.setdefault(name_key(row["pattern"]), (row["label"], row["id"]))
    hw = json.loads((root / "hardware.json").read_text(encoding="utf-8"))["patterns"]
    cues = json.loads((root / "cues.json").read_text(encoding="utf-8"))
    generic = json.loads((root / "generic.json").read_text(encoding="utf-8"))
    return Patterns(
        gazetteer, topics, known,
        [(re.compile(p["regex"]), p["name"]) for p in hw],
        {k: re.compile(v, re.IGNORECASE) for k, v in cues.items() if k != "about"},
        frozenset(w.casefold() for w in generic["words"]),
        frozenset(w.casefold() for w in generic["suffixes"]),
        frozenset(generic["title_prefix_words"]),
        re.compile(generic["name_suffix"]))


def sentences(text: str, title_end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: the title (``text[:title_end]``) is one, the abstract is split on stops.

    Examples:
        >>> sentences("T\\n\\nWe use GPT-3, e.g. Codex. It works.", 1)
        [(0, 1), (3, 30), (31, 40)]
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
    if len(parts) > 1 and parts[-1].casefold() in pat.suffixes:
        return "reject"
    if token.casefold() in pat.generic or NUMBERISH.fullmatch(token):
        return None
    has_lower = any(c.islower() for c in token)
    if not any(c.isupper() for c in token):
        return None
    if has_lower and any(c.isupper() for p in parts for c in p[1:]):
        return STRONG
    letters = sum(c.isalpha() for c in token)
    if any(c.isdigit() for c in token):
        if token[0].isalpha() and len(token) >= 3 and letters >= 1:
            return STRONG
        if token[0].isdigit() and any(p.isalpha() and sum(c.isupper() for c in p) >= 2 for p in parts[1:]):
            return STRONG
        return None
    if not has_lower and letters >= 2:
        return WEAK
    if token[0].isupper() and token[1:].islower() and token.isalpha() and len(token) > 2:
        return CAPITAL
    return None


class MentionFinder:
    """The ``kg_mentions_v1`` component: every entity mention of a doc, resolved to a canonical name."""

    def __init__(self, patterns_dir: str | None = None) -> None:
        self.pat = load_patterns(patterns_dir)
        if not Doc.has_extension("kg_mentions"):
            Doc.set_extension("kg_mentions", default=None)
            Doc.set_extension("kg_relations", default=None)
            Doc.set_extension("kg_sentences", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        tend = int(doc.user_data.get(TITLE_END, 0))
        sents = sentences(text, tend)
        starts = [s for s, _ in sents]
        fixed: list[Mention] = []
        for ent in doc.ents:
            if ent.label_ == "ORG":
                fixed.append(Mention(ent.start_char, ent.end_char, ent.text, ORG, "ner"))
            elif ent.label_ in (MODEL, DATASET, ORG, TOPIC, HARDWARE):
                fixed.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, "gazetteer",
                                     name=ent.ent_id_))
        for regex, template in self.pat.hardware:
            for m in regex.finditer(text):
                name = template.format(m.group(0), *m.groups())
                fixed.append(Mention(m.start(), m.end(), m.group(0), HARDWARE, "hardware-pattern", name=name))
        fixed = _longest_first(fixed)
        mentions = self._names(text, tend, sents, starts, fixed)
        mentions = self._acronyms(text, mentions)
        mentions = _longest_first(mentions)
        self._finish(text, tend, mentions)
        doc._.kg_mentions = mentions
        doc._.kg_sentences = sents
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
        drop: set[int] = set()
        for tm in NAME_TOKEN.finditer(text):
            s, e = tm.span()
            tok = tm.group()
            if tok.endswith("'s"):
                tok, e = tok[:-2], e - 2
            kind = shape(tok, pat)
            inside = _covering(spans, span_starts, s, e)
            if kind == "reject":
                drop.update(i for a, b, i in spans if s <= a and b <= e and fixed[i].label in (MODEL, DATASET))
                continue
            if inside is not None:
                continue  # already a gazetteer or hardware mention
            contained = [fixed[i] for a, b, i in spans if s <= a and b <= e]
            if kind is None and not contained:
                continue
            label, rule = self._label(text, tend, sents, starts, s, e, tok, kind, contained)
            if label is None:
                if kind in (WEAK, CAPITAL, STRONG):
                    pending.append((s, e, tok, kind))
                continue
            drop.update(i for a, b, i in spans if s <= a and b <= e)
            out.append(Mention(s, e, tok, label, rule))
            decided.setdefault(tok, label)
        for s, e, tok, _ in pending:
            if tok in decided:
                out.append(Mention(s, e, tok, decided[tok], "repeat"))
        out = [m for i, m in enumerate(out) if i not in drop]
        for m in out:
            if m.label in (MODEL, DATASET):
                ext = pat.name_suffix.match(text, m.end)
                if ext:
                    m.end = ext.end()
                    m.text = text[m.start:m.end]
                    m.name = ""  # the gazetteer name no longer covers the extended text
        return out

    def _label(self, text: str, tend: int, sents: list[tuple[int, int]], starts: list[int], s: int, e: int,
               tok: str, kind: str | None, contained: list[Mention]) -> tuple[str | None, str]:
        """The label and rule of an unseen name at text[s:e], or (None, "") when nothing says it is one."""
        pat, cues = self.pat, self.pat.cues
        known = pat.known.get(name_key(tok))
        if known and known[0] in (MODEL, DATASET, ORG):
            return known[0], "gazetteer-variant"
        inherited = next((m.label for m in contained if m.label in (MODEL, DATASET)), None)
        if inherited and kind is not None:
            return inherited, "name-extends-known"
        if kind is None:
            return None, ""
        sent_start, sent_end = sents[max(0, bisect.bisect_right(starts, s) - 1)]
        before = text[max(sent_start, s - 80):s]
        after = text[e:min(sent_end, e + 60)]
        ext = pat.name_suffix.match(text, e)
        after_name = text[ext.end() if ext else e:min(sent_end, e + 60)]
        if tend and s == 0 and (after_name.startswith(":") or cues["title_report"].match(text[:tend])):
            if kind != CAPITAL or tok not in pat.title_words:
                head = DATASET if re.search(r"\b(?:benchmark|dataset|corpus)\b", text[:tend], re.I) else MODEL
                return head, "title-name"
        if cues["dataset_heads"].match(after_name):
            return DATASET, "head-noun"
        if cues["model_heads"].match(after_name) and kind != CAPITAL:
            return MODEL, "head-noun"
        listed = self._list_label(text, sent_start, s)
        if listed:
            return listed, "list-head"
        if cues["naming"].search(before):
            return MODEL, "called-cue"
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
        if re.match(r"\s*(?:,\s+an?|is\s+an?|are)\s+(?:[\w-]+\s+){0,4}?(?:%s)s?\b" % "|".join(MODEL_HEAD_WORDS),
                    after_name) and kind == CAPITAL and s == sent_start:
            return MODEL, "apposition"
        if kind == STRONG:
            return MODEL, "name-shape"
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
        for am in ACRONYM.finditer(text):
            short = am.group(1)
            initials = [c.casefold() for c in short if c.isupper()]
            if len(initials) < 2:
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
        return out

    def _finish(self, text: str, tend: int, mentions: list[Mention]) -> None:
        """Give each mention its canonical name, key and sizes; mark the title's own names."""
        for m in mentions:
            written = m.name or m.text
            if m.label in (TOPIC, ORG) and m.name:
                m.key = name_key(m.name)
                continue
            if m.label == HARDWARE:
                m.name = m.name or m.text
                m.key = name_key(m.name)
                continue
            m.name, m.key, m.sizes = canonical(written if m.rule == "gazetteer" else m.text, m.label,
                                               self.pat.known)
            if m.start == 0 and tend:
                rest = text[m.end:tend]
                m.title_name = rest.startswith(":") or bool(self.pat.cues["title_report"].match(text[:tend]))


class RelationFinder:
    """The ``kg_relations_v1`` component: paper-to-entity relations and BUILDS_ON between models."""

    def __init__(self, patterns_dir: str | None = None) -> None:
        self.pat = load_patterns(patterns_dir)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        mentions: list[Mention] = doc._.kg_mentions or []
        sents: list[tuple[int, int]] = doc._.kg_sentences or []
        starts = [s for s, _ in sents]
        cues = self.pat.cues
        title_keys = {m.key for m in mentions if m.title_name}
        rels: list[Relation] = []
        sent_of: list[tuple[int, int]] = []
        for i, m in enumerate(mentions):
            ss, se = sents[max(0, bisect.bisect_right(starts, m.start) - 1)] if sents else (0, len(text))
            sent_of.append((ss, se))
            evidence = " ".join(text[ss:se].split())
            before = text[ss:m.start]
            rel, rule = self._paper_relation(m, before, text[m.end:se], title_keys)
            rels.append(Relation(rel, i, rule, evidence))
        rels.extend(self._builds_on(text, mentions, rels, sent_of))
        doc._.kg_relations = rels
        return doc

    def _paper_relation(self, m: Mention, before: str, after: str, title_keys: set[str]) -> tuple[str, str]:
        cues = self.pat.cues
        if m.label == TOPIC:
            return HAS_TOPIC, m.rule
        if m.label not in (MODEL, DATASET):
            return MENTIONS, m.rule
        if m.key in title_keys:
            return INTRODUCES, "title-name"
        if cues["naming"].search(before[-40:]):
            return INTRODUCES, "called-cue"
        intro = _last(cues["introduce"], before)
        if intro is not None and len(before) - intro <= 120 and not cues["intro_blockers"].search(before[intro:]):
            return INTRODUCES, "introduce-cue"
        if m.label == DATASET:
            return EVALUATED_ON, "dataset-mention"
        if cues["compare"].search(before[-80:]) or re.match(r"\s*(?:counterparts?|baselines?)\b", after):
            return COMPARES_WITH, "compare-cue"
        if cues["use"].search(before[-40:]):
            return USES, "use-cue"
        return MENTIONS, "mention"

    def _builds_on(self, text: str, mentions: list[Mention], rels: list[Relation],
                   sent_of: list[tuple[int, int]]) -> Iterable[Relation]:
        """BUILDS_ON stated by names (an introduced model versions or extends a named one) or by text."""
        cues = self.pat.cues
        introduced: dict[str, int] = {}
        for r in sorted(rels, key=lambda r: (not mentions[r.target].title_name, mentions[r.target].start)):
            m = mentions[r.target]
            if r.type == INTRODUCES and m.label == MODEL:
                introduced.setdefault(m.key, r.target)
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

        for i, m in enumerate(mentions):
            if m.label != MODEL or not introduced:
                continue
            ss, _ = sent_of[i]
            before, after = text[ss:m.start], text[m.end:sent_of[i][1]]
            if cues["builds_on_before"].search(before[-60:]) or (
                    cues["builds_on_after"].match(after) and cues["counterpart_before"].search(before[-30:])):
                local = [j for j in introduced.values() if ss <= mentions[j].start < m.start]
                src = local[-1] if local else next(iter(introduced.values()))
                add(src, i, "text-cue", i)
        for key, i in introduced.items():
            parts = parse_name(mentions[i].name)
            best: dict[str, tuple[Any, int]] = {}
            for other, j in named.items():
                if other == key:
                    continue
                rel = parts_relation(parts, parse_name(mentions[j].name))
                if rel is None:
                    continue
                op = parse_name(mentions[j].name)
                rank = op.version or () if rel == VERSIONS else (len(op.family),)
                if rel not in best or rank > best[rel][0]:
                    best[rel] = (rank, j)
            for rel in (VERSIONS, EXTENDS, VARIES):
                if rel in best:
                    add(i, best[rel][1], f"name-{rel}", best[rel][1])
        return out


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


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions in text order, a longer one winning over those it overlaps."""
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: (-m.length, m.start)):
        if all(m.end <= a or m.start >= b for a, b in taken):
            kept.append(m)
            taken.append((m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


@Language.factory("kg_mentions_v1", assigns=["doc.ents", "doc._.kg_mentions"],
                  default_config={"patterns_dir": None})
def make_mention_finder(nlp: Language, name: str, patterns_dir: str | None) -> MentionFinder:
    """Factory of the mention finder (see MentionFinder)."""
    return MentionFinder(patterns_dir)


@Language.factory("kg_relations_v1", assigns=["doc._.kg_relations"], requires=["doc._.kg_mentions"],
                  default_config={"patterns_dir": None})
def make_relation_finder(nlp: Language, name: str, patterns_dir: str | None) -> RelationFinder:
    """Factory of the relation finder (see RelationFinder)."""
    return RelationFinder(patterns_dir)
