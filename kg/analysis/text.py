"""Tf-idf vectors of paper titles and abstracts, cosine similarity, and the terms two papers share.

Plain Python: a vector is a dict from term to weight. Terms are stemmed words, adjacent word pairs
and the names of entities a paper links to, so ``TPU v3`` and ``TPUv3`` count once resolved.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from kg.analysis.common import GraphLike, PaperView, papers
from kg.model import DATASET, HARDWARE, MODEL, PAPER, fold, fold_case

Vector = dict[str, float]


class TermVector(dict[str, float]):
    """A tf-idf vector that also knows how its stemmed terms were written (``surface``: stem -> the word
    the corpus uses most for it), so evidence shows ``scaling``, not ``scal``."""

    def __init__(self, weights: Mapping[str, float] | Iterable[tuple[str, float]], surface: Mapping[str, str]) -> None:
        super().__init__(weights)
        self.surface = surface

STOPWORDS = frozenset("""
a about above across after again against all almost also although always among an and another any are as at
be because been before being below between both but by can could did do does doing done down during each
either enough even every few for from further had has have having here how however if in into is it its
itself just less like made make makes many may more most much must new no nor not now of off often on once
one only onto or other our out over own per rather same several should show shows shown since so some such
than that the their them then there these they this those through thus to too two under until up upon us
use used uses using very via was we well were what when where whether which while who whom whose why will
with within without would yet you your paper propose proposes proposed present presents introduce work
approach method methods result results achieve achieves based first large existing prior previous study
demonstrate find found help provide provides able allow allows better compared significantly furthermore
moreover finally different including various across among while main key novel simple recent recently
""".split())
ENTITY_LABELS = (MODEL, DATASET, HARDWARE)
ENTITY_MARK = "="  # prefix of an entity term, so a word and an entity name never collide
EXACT_MAX = 300  # up to this many documents, ``nearest`` compares every pair
TOP_TERMS = 8  # above it, each document is indexed by its heaviest terms...
POSTINGS = 50  # ...and each term keeps the documents where it weighs most


def stem(word: str) -> str:
    """A light English stemmer: plural and a few verb endings, enough to match ``annotations``/``annotation``.

    Examples:
        >>> [stem(w) for w in ["annotations", "studies", "sharding", "class"]]
        ['annotation', 'study', 'shard', 'class']
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _words(text: str) -> list[str]:
    """The words of ``fold(text)``, read from ``fold_case(text)`` (no word spans white space, so its collapse would
    be a pass over every abstract for nothing).

    Examples:
        >>> _words("  Scaling\u00a0LAWS  of   it's ") == WORD.findall(fold("  Scaling\u00a0LAWS  of   it's "))
        True
    """
    return WORD.findall(fold_case(text))


def surface_forms(texts: Iterable[str]) -> dict[str, str]:
    """Each stem of ``texts`` -> the word written most often for it (ties: the shorter, then the first in
    alphabetical order), so a stem can be shown as a word.

    Examples:
        >>> surface_forms(["Scaling laws", "scaling and scales", "deep learning"])["scal"]
        'scaling'
    """
    counts: dict[str, Counter[str]] = {}
    for text in texts:
        _terms(_words(text), counts)
    return _surface(counts)


def _surface(counts: Mapping[str, Counter[str]]) -> dict[str, str]:
    return {st: min(c, key=lambda w: (-c[w], len(w), w)) for st, c in counts.items()}


def terms(text: str) -> list[str]:
    """The terms of ``text``: stemmed words (no stop words, no bare numbers) and adjacent pairs of them.

    Examples:
        >>> terms("Giant models on TPU v3 with automatic sharding")
        ['giant', 'model', 'tpu', 'v3', 'automatic', 'shard', 'giant model', 'tpu v3', 'automatic shard']
    """
    return _terms(_words(text))


def unigrams(text: str) -> set[str]:
    """The single-word terms of ``text`` (``terms`` without the pairs), as a set.

    Examples:
        >>> sorted(unigrams("Giant models on TPU v3 with automatic sharding"))
        ['automatic', 'giant', 'model', 'shard', 'tpu', 'v3']
    """
    kept = set(map(_kept, _words(text)))
    kept.discard(None)
    return kept  # type: ignore[return-value]


@lru_cache(maxsize=1 << 18)
def _kept(word: str) -> str | None:
    """A word's stem, or None when ``terms`` leaves it out (a stop word, a number, one letter)."""
    return None if word in STOPWORDS or word.isdigit() or len(word) < 2 else stem(word)


def _terms(words: list[str], surface: dict[str, Counter[str]] | None = None,
           kept_of: Mapping[str, str | None] | None = None) -> list[str]:
    """``terms`` of a text's ``_words``; each kept word is also counted in ``surface`` (stem -> word ->
    times), as ``surface_forms`` counts it. ``kept_of``: a ``_Stems`` to look each word's stem up in."""
    kept: list[str | None] = list(map(_kept if kept_of is None else kept_of.__getitem__, words))
    if surface is not None:
        for w, st in zip(words, kept, strict=True):
            if st:
                c = surface.get(st)
                if c is None:
                    c = surface[st] = Counter()
                c[w] += 1
    unigrams = [w for w in kept if w]
    pairs = [f"{a} {b}" for a, b in zip(kept, kept[1:], strict=False) if a and b and a != b]
    return unigrams + pairs


class _Stems(dict[str, "str | None"]):
    """Word -> its stem, or None for a word ``terms`` leaves out (a stop word, a number, one letter): each
    word worked out once."""

    def __missing__(self, w: str) -> str | None:
        kept = self[w] = _kept(w)
        return kept


def tfidf(docs: Mapping[str, Iterable[str]]) -> dict[str, Vector]:
    """Unit-length tf-idf vectors (sublinear tf, idf = log(N / df)) of term lists by document id.

    A term in every document weighs nothing; a term in one document only never adds to a similarity.

    Examples:
        >>> v = tfidf({"a": ["shard", "tpu"], "b": ["shard", "gpu"], "c": ["image"]})
        >>> round(cosine(v["a"], v["b"]), 3)
        0.12
    """
    return _weigh({d: Counter(ts) for d, ts in docs.items()}, dict)


def _weigh(counts: dict[str, Mapping[str, int]], make: Callable[[Vector], Vector]) -> dict[str, Vector]:
    """``tfidf`` of term counts by document id (in that order), each vector passed through ``make``;
    ``counts`` is emptied as the vectors are made, so the two are never held whole at once."""
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(counts)
    idf = {t: math.log(n / k) for t, k in df.items() if k < n}
    vocab = {t: t for t in idf}  # one string object per term across all vectors
    del df
    out: dict[str, Vector] = {}
    for d in list(counts):
        out[d] = make(_unit(counts.pop(d), idf, vocab))
    return out


def _unit(c: Mapping[str, int], idf: Mapping[str, float], vocab: Mapping[str, str]) -> Vector:
    """The unit tf-idf vector of one document's term counts ``c`` (terms without an ``idf`` left out)."""
    vec = {vocab[t]: (1 + math.log(k)) * idf[t] for t, k in c.items() if t in idf}
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def shared_terms(a: Vector, b: Vector, k: int = 6) -> list[str]:
    """The ``k`` terms that add most to the similarity of ``a`` and ``b``, entity names shown plainly.

    A word is left out when a shared pair or entity name already holds it. Stems are shown as the words
    the corpus writes for them when the vectors know (``TermVector``).

    Examples:
        >>> a = TermVector({"scal": 0.6, "law": 0.8}, {"scal": "scaling", "law": "laws"})
        >>> shared_terms(a, {"scal": 1.0, "law": 0.1})
        ['scaling', 'laws']
    """
    surface: Mapping[str, str] = getattr(a, "surface", None) or getattr(b, "surface", None) or {}
    ranked = sorted((t for t in a if t in b), key=lambda t: (-a[t] * b[t], t))
    out: list[str] = []
    for t in ranked:
        shown = t.removeprefix(ENTITY_MARK) if t.startswith(ENTITY_MARK) else " ".join(
            surface.get(w, w) for w in t.split())
        if any(shown in o.split() or shown == o for o in out):
            continue
        out = [o for o in out if o not in shown.split()]
        out.append(shown)
        if len(out) == k:
            break
    return out


def paper_vectors(g: GraphLike, ps: Mapping[str, PaperView] | None = None) -> dict[str, Vector]:
    """Tf-idf vectors of every paper's title (counted twice), abstract and linked entity names (``ps``:
    ``papers(g)``, when the caller has it)."""
    counts, words = _paper_terms(g, ps)
    surface = _surface(words)
    del words
    return _weigh(counts, lambda v: TermVector(v, surface))


# the weight of a term by kind in ``kind_vectors``: an entity name says most, a word pair more than a word
KIND_WEIGHTS = {"entity": 3.0, "pair": 2.0, "word": 1.0}


def kind_weight(term: str) -> float:
    """A term's weight in ``kind_vectors``, by its kind (``KIND_WEIGHTS``).

    Examples:
        >>> kind_weight("=llama 2"), kind_weight("giant model"), kind_weight("shard")
        (3.0, 2.0, 1.0)
    """
    kind = "entity" if term.startswith(ENTITY_MARK) else "pair" if " " in term else "word"
    return KIND_WEIGHTS[kind]


class _KindWeights(dict[str, float]):
    """Term -> ``kind_weight(term)``, each term worked out once (a term recurs in many papers)."""

    def __missing__(self, term: str) -> float:
        weight = self[term] = kind_weight(term)
        return weight


def kind_vectors(g: GraphLike, ps: Mapping[str, PaperView] | None = None) -> PackedVectors:
    """Unit vectors of every paper's terms as ``paper_vectors`` counts them, weighed by sublinear tf times
    ``kind_weight``, not by idf: each paper's vector depends on its own text and entity names alone, so
    papers added to a corpus change no other paper's vector nor any similarity between two others (``ps``:
    ``papers(g)``, when the caller has it). Stems are shown as the words the given papers write most.
    Each vector is weighed as its paper is read and packed (``PackedVectors``).

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> for pid, text in (("a", "sharding on tpu"), ("b", "sharding on gpu")):
        ...     g.add_node(pid, label=PAPER, title=text)
        >>> v = kind_vectors(g)
        >>> round(cosine(v["a"], v["b"]), 3)  # one of two words alike, however many other papers there are
        0.5
    """
    written: Counter[str] = Counter()
    stems = _Stems()
    out = PackedVectors()
    weight = _KindWeights()
    for pid, c in _paper_counts(g, papers(g) if ps is None else ps, written, stems):
        vec = {t: (1 + math.log(k)) * weight[t] for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        out.put(pid, {t: w / norm for t, w in vec.items()} if norm else {})
    out.surface = _surface(_by_stem(written, stems))
    return out


class PackedVectors(Mapping[str, Vector]):
    """Unit vectors by paper id, each held as a tuple of its terms (the strings given, not copied: the
    caller shares one object per term text) and an array of its weights: a dict and a float object per
    term took about four times the memory (159 MB at 20,000 papers). Reading one gives a ``TermVector``
    with the same terms in the same order (so sums over it add in the same order) and the same weights;
    ``surface``: as ``TermVector``'s.

    Examples:
        >>> v = PackedVectors()
        >>> v.put("a", {"shard": 0.6, "tpu": 0.8})
        >>> v.surface = {"shard": "sharding"}
        >>> v["a"], v["a"].surface, "b" in v, v.get("b", {})
        ({'shard': 0.6, 'tpu': 0.8}, {'shard': 'sharding'}, False, {})
    """

    def __init__(self) -> None:
        self.surface: Mapping[str, str] = {}
        self._rows: dict[str, tuple[tuple[str, ...], array[float]]] = {}

    def put(self, key: str, vector: Mapping[str, float]) -> None:
        """Hold ``vector`` (term -> weight, in its order) under ``key``."""
        self._rows[key] = (tuple(vector), array("d", vector.values()))

    def __getitem__(self, key: str) -> TermVector:
        terms, weights = self._rows[key]
        return TermVector(zip(terms, weights), self.surface)

    def pairs(self, key: str) -> Iterator[tuple[str, float]]:
        """(term, weight) of ``key``'s vector in its order, none when it has none: ``self[key].items()`` without
        the dict."""
        terms, weights = self._rows.get(key, ((), array("d")))
        return zip(terms, weights)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _paper_terms(g: GraphLike, ps: Mapping[str, PaperView] | None = None
                 ) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """Each paper's term counts (title twice, abstract, then its entity names) and the words written for
    each stem (stem -> word -> times, as ``surface_forms`` counts them)."""
    written: Counter[str] = Counter()
    stems = _Stems()
    counts = dict(_paper_counts(g, papers(g) if ps is None else ps, written, stems))
    return counts, _by_stem(written, stems)


def _paper_counts(g: GraphLike, ps: Mapping[str, PaperView], written: Counter[str] | None, stems: _Stems,
                  vocab: dict[str, str] | None = None, names: dict[str, str | None] | None = None
                  ) -> Iterator[tuple[str, Counter[str]]]:
    """(paper id, its term counts) of each paper of ``ps`` in turn: title twice, abstract, then the names of
    the entities it links to (one count per edge, in the graph's order), each term's text one object
    (``vocab``: term -> that object, kept by a caller across calls); every word of the titles and abstracts
    is counted in ``written`` as it is read, unless it is None (``stems``: the words' stems; ``names``: entity
    node -> its term, None for another kind of node, kept by a caller whose ``g`` names nodes alike)."""
    # counted as read (a list of every paper's terms took gigabytes at 100,000 papers)
    vocab = {} if vocab is None else vocab
    names = {} if names is None else names
    nodes = g.nodes
    for pid, p in ps.items():
        title, abstract = _words(p.title), _words(p.abstract)
        if written is not None:
            written.update(title)
            written.update(abstract)
        ts = _terms(title, kept_of=stems) * 2 + _terms(abstract, kept_of=stems)
        c = Counter(map(vocab.setdefault, ts, ts))
        if pid in nodes and nodes[pid].get("label") == PAPER:
            for t, keys in g._succ[pid].items():  # networkx's adjacency dict, read only
                term = names.get(t, "")
                if term == "":
                    attrs = nodes[t]
                    term = names[t] = (ENTITY_MARK + fold(str(attrs.get("name") or t))
                                       if attrs.get("label") in ENTITY_LABELS else None)
                if term is not None:
                    c[term] += len(keys)
        yield pid, c


class TermCounts:
    """Papers' term counts as ``paper_vectors`` counts them (title twice, abstract, the names of linked
    entities), each paper read once and kept packed: its terms in reading order (one string object per term
    text) and an array of their counts. The build's namesake groupings weigh a paper once for each of its
    authors: 234,715 readings of 100,000 generated papers, about 20 of the groupings' 88 CPU s, before.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> for pid, text in (("a", "sharding on tpu"), ("b", "sharding on gpu"), ("c", "image")):
        ...     g.add_node(pid, label=PAPER, title=text)
        >>> counts = TermCounts()
        >>> counts.missing(["a", "b"])
        ['a', 'b']
        >>> counts.read(g, papers(g))
        >>> counts.missing(["a", "b"]), counts.vectors(["a", "b"]) == paper_vectors(g, {p: papers(g)[p] for p in "ab"})
        ([], True)
    """

    def __init__(self) -> None:
        self._rows: dict[str, tuple[tuple[str, ...], array[int]]] = {}
        self._vocab: dict[str, str] = {}
        self._names: dict[str, str | None] = {}
        self._stems = _Stems()

    def missing(self, ids: Iterable[str]) -> list[str]:
        """The papers of ``ids`` not read yet, in their order."""
        return [p for p in ids if p not in self._rows]

    def read(self, g: GraphLike, ps: Mapping[str, PaperView]) -> None:
        """Read and keep the papers of ``ps`` (``g``: a graph holding their entity edges; every ``g`` given
        names an entity node alike)."""
        for pid, c in _paper_counts(g, ps, None, self._stems, self._vocab, self._names):
            self._rows[pid] = (tuple(c), array("l", c.values()))

    def vectors(self, ids: Sequence[str]) -> dict[str, Vector]:
        """The tf-idf vectors of the read papers ``ids`` weighed among themselves (idf over ``ids``): the
        weights ``paper_vectors`` gives them, in the same order, as plain dicts (no ``surface``).

        Raises:
            KeyError: a paper of ``ids`` was not read.
        """
        rows = self._rows
        return _weigh({p: dict(zip(*rows[p])) for p in ids}, lambda v: v)


def _by_stem(written: Mapping[str, int], stems: _Stems) -> dict[str, Counter[str]]:
    """The words ``written`` (word -> times) grouped by stem: stem -> word -> times (``surface_forms``)."""
    words: dict[str, Counter[str]] = {}
    for w, k in written.items():
        st = stems[w]
        if st:
            c = words.get(st)
            if c is None:
                c = words[st] = Counter()
            c[w] += k
    return words


def nearest(vectors: Mapping[str, Vector], ids: Sequence[str], k: int) -> dict[str, list[str]]:
    """The ``k`` ids most similar to each of ``ids`` (similarity above 0), best first (ties: larger id).

    Up to ``EXACT_MAX`` ids every pair is compared by cosine. Above, the search is approximate and linear:
    each id is indexed under its ``TOP_TERMS`` heaviest terms, each term keeps the ``POSTINGS`` ids where
    it weighs most, and ids are ranked by the dot product over those indexed terms.

    Examples:
        >>> v = tfidf({"a": ["shard", "tpu"], "b": ["shard", "gpu"], "c": ["image"]})
        >>> nearest(v, ["a", "b", "c"], 1)
        {'a': ['b'], 'b': ['a'], 'c': []}
    """
    ids = sorted(ids)
    out: dict[str, list[str]] = {}
    if len(ids) <= EXACT_MAX:
        for a in ids:
            va = vectors.get(a, {})
            scored = ((cosine(va, vectors.get(b, {})), b) for b in ids if b != a)
            out[a] = [b for s, b in heapq.nlargest(k, scored) if s > 0]
        return out
    return _approximate_nearest(vectors, sorted(set(ids)), k)


NEAREST_CHUNK = 256  # ids whose candidates ``_approximate_nearest`` scores at once (at most 256 x 8 x 50 products)


def _approximate_nearest(vectors: Mapping[str, Vector], ids: list[str], k: int) -> dict[str, list[str]]:
    """``nearest``'s approximate search over ``ids`` (sorted, distinct), in numpy arrays: for each id, the dot product
    with every id sharing an indexed term adds its products in the order of the id's terms, heaviest first, as
    a loop over them would, so each score is the same float, and the ranks (ties: larger id) are the same."""
    import numpy as np

    n = len(ids)
    column: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    weights: list[float] = []
    for i, a in enumerate(ids):
        pairs = vectors.pairs(a) if isinstance(vectors, PackedVectors) else vectors.get(a, {}).items()
        for t, w in heapq.nlargest(TOP_TERMS, pairs, key=lambda tw: (tw[1], tw[0])):
            rows.append(i)
            cols.append(column.setdefault(t, len(column)))
            weights.append(w)
    row, col, weight = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(weights)
    del rows, cols, weights
    # postings: each term's POSTINGS heaviest (weight, id), ties to the larger id, by term
    order = np.lexsort((-row, -weight, col))
    p_col, p_weight, p_id = col[order], weight[order], row[order]
    first = np.searchsorted(p_col, np.arange(len(column)))
    keep = np.arange(len(p_col)) - first[p_col] < POSTINGS
    p_col, p_weight, p_id = p_col[keep], p_weight[keep], p_id[keep]
    p_start = np.searchsorted(p_col, np.arange(len(column)))
    p_len = np.bincount(p_col, minlength=len(column))
    bounds = np.searchsorted(row, np.arange(n + 1))
    out: dict[str, list[str]] = {}
    for lo in range(0, n, NEAREST_CHUNK):
        hi = min(n, lo + NEAREST_CHUNK)
        a_row, a_col, a_weight = row[bounds[lo]:bounds[hi]], col[bounds[lo]:bounds[hi]], weight[bounds[lo]:bounds[hi]]
        # one product per (indexed term of a, posting of that term), in a's term order
        counts = p_len[a_col]
        at = np.repeat(p_start[a_col] - (np.cumsum(counts) - counts), counts) + np.arange(int(counts.sum()))
        a, b = np.repeat(a_row, counts), p_id[at]
        product = np.repeat(a_weight, counts) * p_weight[at]
        other = b != a
        pair, product = a[other] * n + b[other], product[other]
        by_pair = np.argsort(pair, kind="stable")  # stable: each pair's products stay in a's term order
        pair, product = pair[by_pair], product[by_pair]
        starts = np.empty(len(pair), dtype=bool)
        starts[:1] = True
        np.not_equal(pair[1:], pair[:-1], out=starts[1:])
        group = np.cumsum(starts) - 1
        begin = np.flatnonzero(starts)
        nth = np.arange(len(pair)) - begin[group]
        score = np.zeros(len(begin))
        for j in range(int(nth.max()) + 1 if len(nth) else 0):  # the first products of every pair, then the second...
            at_j = nth == j
            score[group[at_j]] += product[at_j]
        a, b = divmod(pair[begin], n)
        # best first within each id, ties to the larger id: one integer key (the scores' ranks are exact)
        distinct, rank = np.unique(score, return_inverse=True)
        width_b, width_rank = n.bit_length(), len(distinct).bit_length()
        ranked = np.argsort(((a - lo) << (width_rank + width_b)) | ((len(distinct) - 1 - rank) << width_b)
                            | (n - 1 - b))
        a, b = a[ranked], b[ranked]
        at_a = np.searchsorted(a, np.arange(lo, hi + 1))
        for i in range(lo, hi):
            out[ids[i]] = [ids[x] for x in b[at_a[i - lo]:min(at_a[i - lo] + k, at_a[i - lo + 1])].tolist()]
    return out
