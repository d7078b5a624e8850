"""The shortcuts lineage inference and the namesake summaries take for speed give what the plain formulas
give: the best similarity of each paper from a numpy product equals the maximum of ``cosine`` over every
pair, exactly; ``nearest``'s approximate search in numpy arrays ranks as the loop over its index does;
single-word terms equal ``terms`` without its pairs; ``same_model`` on cached identities equals the
comparison of the two parsed names."""

from __future__ import annotations

import heapq
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.lineage.generic import SIZE_CODES, same_model
from kg.analysis import text as text_module
from kg.analysis.lineage.infer import _best_similarities
from kg.analysis.text import EXACT_MAX, POSTINGS, TOP_TERMS, PackedVectors, cosine, nearest, terms, unigrams
from kg.names import entity_key, parse_name

TERMS = ["scal", "law", "sparse", "rout", "=gshard", "tpu v3", "expert", "shard"]


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


vectors = st.lists(st.dictionaries(st.sampled_from(TERMS), st.sampled_from([0.1, 0.5, 1.0, 2.0, 3.0]),
                                   max_size=6).map(_unit), max_size=12)


@settings(max_examples=200, deadline=None)
@given(vectors)
def test_best_similarities_equal_the_maximum_cosine_of_every_pair(vecs: list[dict[str, float]]) -> None:
    expected = [max((cosine(v, w) for j, w in enumerate(vecs) if j != i), default=0.0) for i, v in enumerate(vecs)]
    assert _best_similarities(vecs) == expected


def _nearest_by_loop(vectors: dict[str, dict[str, float]], ids: list[str], k: int) -> dict[str, list[str]]:
    """``nearest``'s approximate search as a loop: each id's TOP_TERMS heaviest terms, each term's POSTINGS heaviest
    ids, scores summed in the id's term order, best first (ties: larger id)."""
    top = {a: heapq.nlargest(TOP_TERMS, vectors.get(a, {}).items(), key=lambda tw: (tw[1], tw[0])) for a in ids}
    postings: dict[str, list[tuple[float, str]]] = {}
    for a, tws in top.items():
        for t, w in tws:
            postings.setdefault(t, []).append((w, a))
    postings = {t: heapq.nlargest(POSTINGS, rows) for t, rows in postings.items()}
    out = {}
    for a in sorted(ids):
        acc: dict[str, float] = {}
        for t, w in top[a]:
            for wb, b in postings[t]:
                if b != a:
                    acc[b] = acc.get(b, 0.0) + w * wb
        out[a] = [b for _, b in heapq.nlargest(k, ((s, b) for b, s in acc.items()))]
    return out


MANY_TERMS = [f"t{i}" for i in range(30)]


@pytest.mark.parametrize(("packed", "chunk"), [(False, text_module.NEAREST_CHUNK), (True, text_module.NEAREST_CHUNK),
                                               (True, 64)])
@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 12), st.integers(1, 40))
def test_approximate_nearest_ranks_as_the_loop_over_its_index(packed: bool, chunk: int, seed: int, k: int,
                                                             extra: int) -> None:
    # few terms and weights: many equal scores, and terms with more than POSTINGS ids
    rnd = random.Random(seed)
    vectors = {f"p{i:04d}": _unit({rnd.choice(MANY_TERMS): rnd.choice([0.25, 0.5, 1.0, 2.0])
                                   for _ in range(rnd.randint(0, 12))}) for i in range(EXACT_MAX + extra)}
    ids = list(vectors)
    rnd.shuffle(ids)
    held: dict[str, dict[str, float]] | PackedVectors = vectors
    if packed:
        held = PackedVectors()
        for pid, v in vectors.items():
            held.put(pid, v)
    was, text_module.NEAREST_CHUNK = text_module.NEAREST_CHUNK, chunk  # 64: the ids scored in several chunks
    try:
        assert nearest(held, ids + ids[:3], k) == _nearest_by_loop(vectors, ids, k)
    finally:
        text_module.NEAREST_CHUNK = was


WORDS = ["Sparse", "routing", "scaling", "scales", "the", "of", "2024", "a", "TPU", "v3", "naïve", "models'", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=15).map(" ".join))
def test_unigrams_are_the_terms_without_pairs(text: str) -> None:
    assert unigrams(text) == {t for t in terms(text) if " " not in t}


NAME_PARTS = ["Llama", "LLaMA", "Qwen", "GPT", "DiT", "Seg", "Former", "-", " ", "2", "2.5", "7B", "65B", "XL/2",
              "-B0", "v3", "Chat", "Pro"]


def _plain_same_model(a: str, b: str) -> bool:
    if entity_key(SIZE_CODES.sub("", a)) == entity_key(SIZE_CODES.sub("", b)):
        return True
    pa, pb = parse_name(a), parse_name(b)
    return bool(pa.family) and (pa.family, pa.version, set(pa.variant)) == (pb.family, pb.version, set(pb.variant))


names = st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=5).map("".join).filter(str.strip)


@settings(max_examples=300, deadline=None)
@given(names, names)
def test_same_model_equals_comparing_the_parsed_names(a: str, b: str) -> None:
    assert same_model(a, b) == _plain_same_model(a, b)
