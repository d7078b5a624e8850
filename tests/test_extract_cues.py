"""The cue pre-checks (``requires`` in patterns/cues.json, ``kg.extract.base.Cue``) never change an answer."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.base import ASCII_FOLDS, Cue, load_patterns

PAT = load_patterns()
GUARDED = sorted(k for k, v in PAT.cues.items() if isinstance(v, Cue))
# words of the cues' own phrasing, their required strings, capitals, and letters that fold to ASCII ones
WORDS = sorted({w for k in GUARDED for w in re.findall(r"[A-Za-z][a-z\-]+", PAT.cues[k].pattern)}
               | {n for k in GUARDED for n in PAT.cues[k].needs}
               | {"We", "Our", "The", "GPT-4", "Zorblax", "(", ")", ",", ";", ":", ".", "2024", "\u212aelvin",
                  "\u017fcaled", "\u0130mproves", "Trained", "BUILT", "é"})
TEXT = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join) | st.text(max_size=40)


def test_guarded_cues_exist() -> None:
    assert {"builds_on_before", "naming", "introduce"} <= set(GUARDED)


@pytest.mark.parametrize("cue", GUARDED)
@settings(max_examples=60, deadline=None)
@given(text=TEXT, data=st.data())
def test_cue_answers_as_its_regex(cue: str, text: str, data: st.DataObject) -> None:
    c = PAT.cues[cue]
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    for method in ("search", "match", "fullmatch"):
        got, want = getattr(c, method)(text, pos, end), getattr(c.regex, method)(text, pos, end)
        assert (got and got.span()) == (want and want.span()), (method, text)
    assert [m.span() for m in c.finditer(text)] == [m.span() for m in c.regex.finditer(text)]


@pytest.mark.parametrize("cue,text", [
    ("builds_on_before", "we present a model built on "),
    ("builds_on_before", "Zeta, a fine-tuned "),
    ("naming", "a new model, "),
    ("our_before", "Our "),
    ("introduce", "In this paper, we introduce "),
])
def test_cue_matches_its_phrasing(cue: str, text: str) -> None:
    assert PAT.cues[cue].search(text) is not None


def test_cue_skips_text_without_its_strings() -> None:
    c = PAT.cues["builds_on_before"]
    assert not c.may_match("On ImageNet and COCO, Zeta ")
    assert c.may_match("a model BUILT ON ")


def test_ascii_folds_are_all_ignorecase_matches_outside_ascii() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {c for c in range(0x80, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert found == set(ASCII_FOLDS)
    assert all(re.fullmatch(v, chr(k), re.IGNORECASE) for k, v in ASCII_FOLDS.items())


LEAD = "(?=[,a-gimopqrstvw])(?:"


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_builds_on_lead_lookahead_changes_nothing(text: str) -> None:
    cue = PAT.cues["builds_on_before"].regex
    assert cue.pattern.startswith(LEAD) and cue.pattern.endswith(")")
    plain = re.compile(cue.pattern[len(LEAD):-1], cue.flags)
    for k in range(len(text) + 1):
        got, want = cue.search(text[k:]), plain.search(text[k:])
        assert (got and got.span()) == (want and want.span())
