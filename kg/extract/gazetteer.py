"""The ``kg_gazetteer_v1`` component: known names of ``patterns/*.jsonl`` found by spaCy's PhraseMatcher.

One component runs two phrase matchers (known models, datasets and orgs matched as written; topics matched
in lower case, except rows with ``"case_sensitive": true``: "RAG" is the topic, the word "rag" is not) and
keeps their hits as plain ``(start_char, end_char, label, id)`` tuples in ``doc._.kg_known``: the mention
finder reads offsets, never ``Span`` objects, which cost more to build and read than the matching itself.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.base import doc_text, load_patterns
from kg.model import DATASET, MODEL
from kg.names import SIZE_WORDS, entity_key

Hit = tuple[int, int, str, str]  # (start_char, end_char, label, canonical id)
GLUED_WORD = re.compile(r"(?<![\w.-])([A-Za-z]{2,})(\d+(?:\.\d+)?)(?![\w-])")  # "VOC2012": a name's last word with
# its version glued on


CHECKPOINT_ID = re.compile(r"(?<![\w.-])[a-z][a-z0-9]*(?:-[a-z0-9]+(?:\.[a-z0-9]+)*)+(?![\w-])")  # "bert-base-uncased":
# a checkpoint's id as a model hub writes it
CHECKPOINT_VERSION = re.compile(r"v\d+(?:\.\d+)*")  # "deberta-v3-base": a version inside a checkpoint id
CHECKPOINT_SIZE = re.compile(r"\d+(?:\.\d+)?b|\d{2,}m|%s" % "|".join(SIZE_WORDS))  # "llama-7b", "opt-350m", "-base"
# (not "clip-1m", a count)
CAMEL_CASE = re.compile(r"(?:[A-Z][a-z]+){2,}")  # "VoxCeleb", "LibriSpeech": capitalized words joined


def case_variants(rows: list[dict[str, Any]], common: frozenset[str]) -> list[dict[str, Any]]:
    """Rows for a model's or data set's one-word name of joined capitalized words written with its first capital
    only ("Voxceleb", "Imagenet" for VoxCeleb, ImageNet): a name of six letters or more whose every inner capital
    opens a lower-case run (not "RoBERTa", "HuBERT", "RotatE": as "Roberta", "Hubert", "Rotate" they are a name
    and a verb), whose variant is no common word (``common``, folded) and no name of the gazetteer itself, and
    whose row does not say its variant is an English word (``"word_variant": true``: "ComplEx", not "Complex").

    Examples:
        >>> rows = [{"label": "Dataset", "pattern": "VoxCeleb", "id": "VoxCeleb"},
        ...         {"label": "Model", "pattern": "PaLM", "id": "PaLM"},
        ...         {"label": "Model", "pattern": "RoBERTa", "id": "RoBERTa"}]
        >>> case_variants(rows, frozenset())
        [{'label': 'Dataset', 'pattern': 'Voxceleb', 'id': 'VoxCeleb'}]
    """
    written = {row["pattern"] for row in rows}
    out = []
    for row in rows:
        name = row["pattern"]
        variant = name[:1] + name[1:].lower()
        if (row["label"] in (MODEL, DATASET) and len(name) >= 6 and name.isalpha() and variant != name
                and not row.get("word_variant")
                and CAMEL_CASE.fullmatch(name) and variant not in written and variant.casefold() not in common):
            out.append({"label": row["label"], "pattern": variant, "id": row["id"]})
            written.add(variant)
    return out


class GazetteerMatcher:
    """The ``kg_gazetteer_v1`` component (entity-ruler pattern rows: ``{"label", "pattern", "id"}``)."""

    def __init__(self, nlp: Language, patterns_dir: str | None = None) -> None:
        pat = load_patterns(patterns_dir)
        self._of: dict[int, tuple[str, str]] = {}  # match id -> (label, id)
        exact = [row for row in pat.topics if row.get("case_sensitive")]
        variants = case_variants(pat.gazetteer, pat.generic)
        self.matchers = [self._matcher(nlp, pat.gazetteer + exact + variants, "ORTH"),
                         self._matcher(nlp, [row for row in pat.topics if not row.get("case_sensitive")], "LOWER")]
        self._glued: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}  # last word -> (words before, label, id)
        for row in pat.gazetteer:  # models and data: "Hugging Face1" is an organization with a footnote mark
            words = tuple(t.text for t in nlp.tokenizer(row["pattern"]))
            if len(words) > 1 and words[-1].isalpha() and row["label"] in (MODEL, DATASET):
                self._glued.setdefault(words[-1], []).append((words[:-1], row["label"], row["id"]))
        self._lower_models = {entity_key(row["pattern"]) for row in pat.gazetteer
                              if row["label"] == MODEL and len(row["pattern"]) >= 2}
        if not Doc.has_extension("kg_known"):
            Doc.set_extension("kg_known", default=None)

    def _matcher(self, nlp: Language, rows: list[dict[str, Any]], attr: str) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        by_key: dict[str, list[str]] = {}
        for row in rows:
            key = f"{row['label']}\t{row['id']}"
            by_key.setdefault(key, []).append(row["pattern"])
        for key, phrases in by_key.items():
            self._of[nlp.vocab.strings.add(key)] = tuple(key.split("\t", 1))  # type: ignore[assignment]
            matcher.add(key, list(nlp.tokenizer.pipe(phrases)))
        return matcher

    def __call__(self, doc: Doc) -> Doc:
        hits: set[Hit] = set()
        for matcher in self.matchers:
            for mid, start, end in matcher(doc):
                label, ident = self._of[mid]
                last = doc[end - 1]
                hits.add((doc[start].idx, last.idx + len(last), label, ident))
        hits.update(self._glued_hits(doc))
        hits.update(self._checkpoint_hits(doc_text(doc)))
        doc._.kg_known = sorted(hits)
        return doc

    def _glued_hits(self, doc: Doc) -> list[Hit]:
        """A known name of several words written with its version glued to its last word ("PASCAL VOC2012"):
        the name with that version ("Pascal VOC 2012"), as "PASCAL VOC 2012" is read."""
        out: list[Hit] = []
        for glued in GLUED_WORD.finditer(doc_text(doc)):
            names = self._glued.get(glued.group(1))
            span = doc.char_span(*glued.span()) if names else None
            if span is None or len(span) != 1:
                continue  # not a known name's last word, or not one token
            i = span.start
            for words, label, ident in names or ():
                first = i - len(words)
                if first >= 0 and tuple(t.text for t in doc[first:i]) == words:
                    out.append((doc[first].idx, glued.end(), label, f"{ident} {glued.group(2)}"))
        return out

    def _checkpoint_hits(self, text: str) -> list[Hit]:
        """A known model's checkpoint id, all in lower case ("bert-base-uncased", "roberta-large", "opt-350m"): a
        known model's name, then sizes, size words and versions only ("deberta-v3-base"), a size among them; the
        id as written names it, its sizes folded as any name's are.

        Examples:
            >>> m = GazetteerMatcher.__new__(GazetteerMatcher)
            >>> m._lower_models = {"bert"}
            >>> m._checkpoint_hits("from bert-base-uncased and bert-style text, a bert-v2 probe")
            [(5, 22, 'Model', 'bert-base-uncased')]
        """
        out: list[Hit] = []
        for found in CHECKPOINT_ID.finditer(text):
            parts = found.group().split("-")
            for k in range(1, len(parts)):
                tail = parts[k:]
                if (entity_key("-".join(parts[:k])) in self._lower_models
                        and all(CHECKPOINT_SIZE.fullmatch(p) or CHECKPOINT_VERSION.fullmatch(p) for p in tail)
                        and any(CHECKPOINT_SIZE.fullmatch(p) for p in tail)):
                    out.append((found.start(), found.end(), MODEL, found.group()))
                    break
        return out


@Language.factory("kg_gazetteer_v1", assigns=["doc._.kg_known"], default_config={"patterns_dir": None})
def make_gazetteer(nlp: Language, name: str, patterns_dir: str | None) -> GazetteerMatcher:
    """Factory of the gazetteer matcher (see GazetteerMatcher)."""
    return GazetteerMatcher(nlp, patterns_dir)
