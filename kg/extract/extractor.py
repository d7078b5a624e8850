"""The extractor: a spaCy pipeline from ``spacy.blank("en")``, pattern data and the project's components."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.extract.base import (GAZETTEER, TEXT, TITLE_END, Mention, Relation, plain_forms, printed_text, printed_folds,
                             sized, unfolded)
from kg.extract.domain import CATEGORIES, OUTSIDE_ML
from kg.extract.gazetteer import GazetteerMatcher
from kg.extract.mentions import MentionFinder
from kg.extract.relations import RelationFinder
from kg.model import BUILDS_ON, HAS_TOPIC, PAPER_ENTITY_RELS, Edge, Node, Value, node_id

Item = tuple[str, str, str] | tuple[str, str, str, Sequence[str]]  # (paper id, title, abstract[, categories])
RANK = {rel: i for i, rel in enumerate((*PAPER_ENTITY_RELS, HAS_TOPIC))}


def build_nlp(model: str | None = None, patterns_dir: str | None = None, set_ents: bool = True) -> Language:
    """The extraction pipeline: ``kg_gazetteer_v1``, then ``kg_mentions_v1`` and ``kg_relations_v1``.

    The gazetteer matches the names of ``patterns/*.jsonl`` (entity-ruler pattern format) and writes their
    offsets to ``doc._.kg_known``; the mention component turns them, with the names it finds itself, into
    mentions (and ``doc.ents``).

    Args:
        model: an installed spaCy model whose ORG entities are added (optional, never required).
        patterns_dir: a directory of pattern files to use instead of the package's ``patterns/``.
        set_ents: also write the mentions to ``doc.ents`` (for displaCy and spaCy tooling).

    Raises:
        ExtractionError: ``model`` is not installed.
    """
    assert GazetteerMatcher and MentionFinder and RelationFinder  # their import registers the factories
    nlp = spacy.blank("en")
    if model:
        try:
            source = spacy.load(model, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
        except OSError as exc:
            raise ExtractionError(
                f"spaCy model {model!r} is not installed, so its ORG entities cannot be added.\n"
                "  Install it with `python -m spacy download " + model + "`, or leave out --model: "
                "the default pipeline needs no model.") from exc
        if "ner" in source.pipe_names:
            if "tok2vec" in source.pipe_names:
                nlp.add_pipe("tok2vec", source=source)
            nlp.add_pipe("ner", source=source)
    nlp.add_pipe("kg_gazetteer_v1", name=GAZETTEER, config={"patterns_dir": patterns_dir})
    nlp.add_pipe("kg_mentions_v1", config={"patterns_dir": patterns_dir, "use_ents": bool(model),
                                           "set_ents": set_ents})
    nlp.add_pipe("kg_relations_v1", config={"patterns_dir": patterns_dir})
    return nlp


class Extractor:
    """Entities and relations of paper abstracts, as graph nodes and edges.

    Examples:
        >>> ex = Extractor()
        >>> nodes, edges = ex.paper("paper:1", "PaLM 2 Technical Report", "We introduce PaLM 2, the successor of PaLM 540B.")
        >>> sorted(n.id for n in nodes)
        ['model:palm', 'model:palm2']
        >>> sorted((e.source, e.type, e.target) for e in edges)[:2]
        [('model:palm2', 'BUILDS_ON', 'model:palm'), ('paper:1', 'INTRODUCES', 'model:palm2')]
    """

    def __init__(self, model: str | None = None, *, patterns_dir: str | None = None,
                 batch_size: int = 256) -> None:
        self.nlp = build_nlp(model, patterns_dir, set_ents=False)
        self.batch_size = batch_size

    def _doc(self, title: str, abstract: str, categories: Sequence[str] = ()) -> Doc:
        title, abstract = plain_forms(title), plain_forms(abstract)
        title, abstract = (printed_text(title, abstract) if title.strip() else ""), printed_text(abstract, title)
        text = f"{title}\n\n{abstract}" if title else abstract
        doc = self.nlp.make_doc(text)
        doc.user_data[TITLE_END] = len(title)
        doc.user_data[TEXT] = text
        doc.user_data[CATEGORIES] = tuple(categories)
        return doc

    def docs(self, items: Iterable[tuple[str, str] | tuple[str, str, Sequence[str]]]) -> Iterator[Doc]:
        """Processed docs of (title, abstract[, categories]) items, in order.

        Categories (arXiv codes) decide whether a paper is about ML (``kg.extract.domain``); without
        them the text decides.
        """
        return self.nlp.pipe((self._doc(*item) for item in items), batch_size=self.batch_size)

    def paper(self, paper_id: str, title: str, abstract: str, categories: Sequence[str] = ()
              ) -> tuple[list[Node], list[Edge]]:
        """The entity nodes of one paper and its edges (paper to entity, model to model)."""
        return next(self.many([(paper_id, title, abstract, categories)]))

    def many(self, items: Iterable[Item]) -> Iterator[tuple[list[Node], list[Edge]]]:
        """``paper()`` over many (paper id, title, abstract[, categories]) items, in order, batched."""
        ids: list[str] = []

        def pairs() -> Iterator[tuple[str, str, Sequence[str]]]:
            for pid, title, abstract, *rest in items:
                ids.append(pid)
                yield title, abstract, (rest[0] if rest else ())

        for n, doc in enumerate(self.docs(pairs())):
            yield graph_parts(ids[n], doc)

    def spans(self, text: str, title: str = "", categories: Sequence[str] = ()) -> dict[str, Any]:
        """Entities with their spans and rules, and relations with evidence: what ``kg extract`` prints.
        ``categories``: the paper's arXiv codes, which decide whether it is about ML (else the text does).

        Returns:
            ``{"entities": [{"text", "label", "start", "end", "field", "rule", "name", "sizes", "aliases"}],
            "relations": [{"source", "type", "target", "rule", "evidence"}], "outside_ml": bool}``
            (``outside_ml``: judged not about ML, so only names the gazetteer knows are models or data sets;
            ``kg.extract.domain.is_ml_paper``); ``start``/``end`` index
            into ``title`` or ``text`` as ``field`` says, and ``text`` is what they span there (an inline LaTeX
            Greek letter, ``$\\tau$-bench``, is read as the letter, ``τ-bench``, and spanned as written).
        """
        doc = next(self.docs([(title, text, categories)]))
        folded_title, title_folds = printed_folds(plain_forms(title), plain_forms(text)) if title.strip() else ("", [])
        offset = len(folded_title) + 2 if title.strip() else 0
        text_folds = printed_folds(plain_forms(text), plain_forms(title))[1]
        mentions: list[Mention] = doc._.kg_mentions
        aliases = _aliases(mentions)
        entities = []
        for m in mentions:
            in_title = bool(offset) and m.start < offset
            field, folds = (title, title_folds) if in_title else (text, text_folds)
            start, end = (unfolded(m.start - (0 if in_title else offset), folds),
                          unfolded(m.end - (0 if in_title else offset), folds))
            entities.append({"text": field[start:end] if folds else m.text, "label": m.label, "start": start,
                             "end": end, "field": "title" if in_title else "abstract", "rule": m.rule, "name": m.name,
                             "sizes": m.sizes, "aliases": aliases[(m.label, m.key)]})
        relations = [{"source": "paper" if r.source is None else mentions[r.source].name, "type": r.type,
                      "target": mentions[r.target].name, "rule": r.rule, "evidence": r.evidence}
                     for r in _strongest(doc._.kg_relations, mentions)]
        return {"entities": entities, "relations": relations, "outside_ml": bool(doc.user_data.get(OUTSIDE_ML))}


def _strongest(rels: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """One paper relation per entity (the strongest, first stated), then every BUILDS_ON."""
    best: dict[tuple[str, str], Relation] = {}
    for r in rels:
        if r.source is not None:
            continue
        key = (mentions[r.target].label, mentions[r.target].key)
        old = best.get(key)
        if old is None or RANK[r.type] < RANK[old.type]:
            best[key] = r
    return [*best.values(), *(r for r in rels if r.source is not None)]


@lru_cache(maxsize=1 << 16)
def _node_id(label: str, key: str) -> str:
    return node_id(label, key)


BROKEN_WORD = re.compile(r"[A-Za-z]-\s+[a-z]")  # a word split at a line break: "Ima- geNet", "struc- tured"


def _aliases(mentions: list[Mention]) -> dict[tuple[str, str], list[str]]:
    """The aliases of each entity (label, key): every spelling its mentions wrote (sizes cut) and every
    alias they carry, other than its name."""
    spellings: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        written = m.text[:-2] if m.text.endswith("'s") else m.text
        if m.sizes:
            written = sized(written)[0]
        if written.count("(") > written.count(")"):
            written = written[:written.rfind("(")].rstrip()  # "Sparse Mixture of Experts (SMoE": a long form's
            # span up to its acronym (the acronym an alias of its own)
        if BROKEN_WORD.search(written):
            written = m.name  # "Ima- geNet": a word a line break split is no spelling of its own
        spellings.setdefault((m.label, m.key), set()).update([written, *m.aliases])
    first = {(m.label, m.key): m.name for m in reversed(mentions)}
    out: dict[tuple[str, str], list[str]] = {}
    for k, names in spellings.items():
        folded: dict[str, str] = {}  # one of two writings differing only in case, the first sorted: the title's
        for a in sorted(names):  # "Quantization-Aware Zorb-Rank Adaptation", not "quantization-aware zorb-rank ..."
            if a and a != first[k]:
                folded.setdefault(a.casefold(), a)
        out[k] = list(folded.values())
    return out


def graph_parts(paper_id: str, doc: Doc) -> tuple[list[Node], list[Edge]]:
    """Nodes (one per entity, with name, aliases and sizes) and edges of a processed doc."""
    mentions: list[Mention] = doc._.kg_mentions
    rels = _strongest(doc._.kg_relations, mentions)
    linked = {(mentions[k].label, mentions[k].key) for r in rels for k in (r.target, r.source) if k is not None}
    spellings = _aliases(mentions)
    sizes: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if (m.label, m.key) not in linked:
            continue
        nid = _node_id(m.label, m.key)
        first.setdefault(nid, m)
        sizes.setdefault(nid, set()).update(m.sizes)
    nodes = []
    for nid, m in first.items():
        props: dict[str, Value] = {"name": m.name, "aliases": spellings[(m.label, m.key)]}
        if sizes[nid]:
            props["sizes"] = sorted(sizes[nid], key=lambda s: (len(s), s))
        nodes.append(Node(nid, m.label, props))
    edges = []
    for r in rels:
        target = _node_id(mentions[r.target].label, mentions[r.target].key)
        props_e: dict[str, Value] = {"evidence": r.evidence, "rule": r.rule}
        if r.source is None:
            edges.append(Edge(paper_id, r.type, target, props_e))
        else:
            src = mentions[r.source]
            edges.append(Edge(_node_id(src.label, src.key), BUILDS_ON, target,
                              {**props_e, "inferred": False, "score": 1.0, **({"generic": True} if r.generic else {})}))
    return nodes, edges


def extract_text(text: str, title: str = "", model: str | None = None, categories: Sequence[str] = ()
                 ) -> dict[str, Any]:
    """``Extractor(model).spans(text, title, categories)``: the entities and relations of one abstract."""
    return Extractor(model).spans(text, title, categories)


def format_spans(result: dict[str, Any]) -> str:
    """``spans()`` output as text: one entity a line (label, field:start-end, text, name, sizes, the
    entity's aliases, rule), then relations; a paper judged outside ML says so first.

    Examples:
        >>> print(format_spans({"entities": [{"text": "PaLM 540B", "label": "Model", "start": 3, "end": 12,
        ...     "field": "abstract", "rule": "gazetteer", "name": "PaLM", "sizes": ["540B"],
        ...     "aliases": ["Pathways LM"]}],
        ...     "relations": [{"source": "paper", "type": "USES", "target": "PaLM", "rule": "use-cue",
        ...     "evidence": "We use PaLM 540B."}]}))
        entities:
          Model     abstract:3-12    'PaLM 540B' -> PaLM [540B] aliases: Pathways LM  (gazetteer)
        relations:
          paper USES PaLM  (use-cue)
        >>> print(format_spans({"entities": [], "relations": [], "outside_ml": True}))
        judged outside ML (by its categories, else its words): known names, data called data, releases, catalogues kept
        entities:
          (none)
        relations:
          (none)
    """
    lines = ["judged outside ML (by its categories, else its words): known names, data called data, releases, "
             "catalogues kept"] if result.get("outside_ml") else []
    lines.append("entities:")
    if not result["entities"]:
        lines.append("  (none)")
    for e in result["entities"]:
        name = f" -> {e['name']}" if e["name"] != e["text"] else ""
        sizes = f" [{', '.join(e['sizes'])}]" if e["sizes"] else ""
        aliases = f" aliases: {', '.join(e['aliases'])}" if e.get("aliases") else ""
        where = f"{e['field']}:{e['start']}-{e['end']}"
        lines.append(f"  {e['label']:<9} {where:<16} {e['text']!r}{name}{sizes}{aliases}  ({e['rule']})")
    lines.append("relations:")
    lines += [f"  {r['source']} {r['type']} {r['target']}  ({r['rule']})" for r in result["relations"]] or ["  (none)"]
    return "\n".join(lines)
