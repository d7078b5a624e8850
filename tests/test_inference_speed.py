"""The shortcuts lineage inference and the namesake summaries take for speed give what the plain formulas
give: single-word terms equal ``terms`` without its pairs; ``same_model`` on cached identities
equals the comparison of the two parsed names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.lineage.generic import SIZE_CODES, same_model
from kg.analysis.text import terms, unigrams
from kg.names import entity_key, parse_name

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
