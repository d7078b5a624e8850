"""The shortcuts lineage inference and the namesake summaries take for speed give what the plain formulas
give: the best similarity of each paper from a numpy product equals the maximum of ``cosine`` over every
pair, exactly; single-word terms equal ``terms`` without its pairs; ``same_model`` on cached identities
equals the comparison of the two parsed names."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.lineage.generic import SIZE_CODES, same_model
from kg.analysis.lineage.infer import _best_similarities
from kg.analysis.text import cosine, terms, unigrams
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
