"""Answers kept per pattern data (kg.extract.base.kept): a kept reading answers as the reading itself."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.base import DATA_KEPT, kept


def _reading(calls: list[tuple[int, str]]):  # noqa: ANN202
    def read(data: dict[str, int], word: str, times: int = 1) -> list[int]:
        calls.append((id(data), word))
        return [data.get(word, -1)] * times

    return read


@settings(max_examples=200, deadline=None)
@given(asks=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["wren", "mol", "tox", ""]), st.integers(0, 2)),
                     max_size=40), size=st.integers(1, 5))
def test_kept_answers_as_the_reading(asks: list[tuple[int, str, int]], size: int) -> None:
    datas = [{"wren": 1}, {"wren": 2, "mol": 3}, {"wren": 1}]  # the first and last are equal, not the same
    plain = _reading([])
    calls: list[tuple[int, str]] = []
    read = kept(size)(_reading(calls))
    for k, word, times in asks:
        assert read(datas[k], word, times) == plain(datas[k], word, times)


def test_kept_reads_once_per_data_and_arguments() -> None:
    calls: list[tuple[int, str]] = []
    read = kept(10)(_reading(calls))
    a, b = {"wren": 1}, {"wren": 1}
    assert read(a, "wren") == read(a, "wren") == read(b, "wren") == [1]
    assert calls == [(id(a), "wren"), (id(b), "wren")]
    read.cache_clear()
    read(a, "wren")
    assert len(calls) == 3


def test_kept_empties_past_its_bounds() -> None:
    calls: list[tuple[int, str]] = []
    read = kept(2)(_reading(calls))
    d = {"wren": 1}
    for word in ("wren", "mol", "tox", "wren"):  # the third answer empties the first two
        read(d, word)
    assert [w for _, w in calls] == ["wren", "mol", "tox", "wren"]
    datas = [{"wren": k} for k in range(DATA_KEPT + 1)]
    for k, data in enumerate(datas):
        assert read(data, "wren") == [k]
    assert read(datas[-1], "wren") == [DATA_KEPT] and len(calls) == 4 + DATA_KEPT + 1
