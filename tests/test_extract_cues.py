"""The cue pre-checks (``requires`` in patterns/cues.json, ``kg.extract.base.Cue``) never change an answer."""

from __future__ import annotations

import json
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.base import ASCII_FOLDS, NAME_TOKEN, PATTERNS_DIR, Cue, load_patterns, name_tokens, standalone
from kg.extract.mentions import LOWER_NAME, lower_names
from kg.extract.starts import MAX_STRINGS, FirstChar, Starts, folded, required

PAT = load_patterns()
PATTERN_FILES = sorted(PATTERNS_DIR.glob("*.json"))
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


LEAD = "(?=[,:'’a-ikmopqrstuvw])(?:"


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_builds_on_lead_lookahead_changes_nothing(text: str) -> None:
    cue = PAT.cues["builds_on_before"].regex
    assert cue.pattern.startswith(LEAD) and cue.pattern.endswith(")")
    plain = re.compile(cue.pattern[len(LEAD):-1], cue.flags)
    for k in range(len(text) + 1):
        got, want = cue.search(text[k:]), plain.search(text[k:])
        assert (got and got.span()) == (want and want.span())


# --- where a cue's matches can start (kg.extract.starts): searching only there answers as the regex ---

ATOMS = ["a", "b", "A", "B", " ", ",", "ab", "[aB]", "[ab,]", "\\b", "\\B", "^", "$", "\\A", "(?=a)", "(?!b)",
         "(?<=a)", "(?<!b)", "\\s", "\\w", ".", "[^a]", "(?i:a)", "(?-i:b)", "(?>ab)", "k", "s", "i"]


def _pattern(depth: int = 2) -> st.SearchStrategy[str]:
    atom = st.sampled_from(ATOMS)
    if depth:
        inner = _pattern(depth - 1)
        atom = atom | inner.map(lambda p: f"(?:{p})") | st.tuples(inner, inner).map(lambda t: f"(?:{t[0]}|{t[1]})")
    quantified = st.tuples(atom, st.sampled_from(["", "", "?", "*", "+", "{2}", "{0,2}", "??", "+?", "*+"]))
    return st.lists(quantified.map("".join), min_size=1, max_size=4).map("".join)


REGEX_TEXT = st.text(alphabet="aAbB ,k\u212as\u017fi\u0130\u0131\n.", max_size=30)


@settings(max_examples=400, deadline=None)
@given(pattern=_pattern(), flags=st.sampled_from([0, re.IGNORECASE, re.MULTILINE]), text=REGEX_TEXT,
       data=st.data())
def test_starts_search_answers_as_the_regex(pattern: str, flags: int, text: str, data: st.DataObject) -> None:
    try:
        regex = re.compile(pattern, flags)
    except re.error:
        return
    starts = Starts(regex)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text) + 1))
    got, want = starts.search(text, pos, end), regex.search(text, pos, end)
    assert (got and got.span()) == (want and want.span()), (pattern, starts.strings)
    assert [m.span() for m in starts.finditer(text, pos, end)] == [m.span() for m in regex.finditer(text, pos, end)]


@pytest.mark.parametrize("cue", GUARDED)
@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.sampled_from(WORDS), min_size=40, max_size=90).map(" ".join))
def test_cue_on_long_texts_answers_as_its_regex(cue: str, text: str) -> None:
    c = PAT.cues[cue]
    got, want = c.search(text), c.regex.search(text)
    assert (got and got.span()) == (want and want.span())
    assert [m.span() for m in c.finditer(text)] == [m.span() for m in c.regex.finditer(text)]
    assert [m.span() for m in c.starts.finditer(text)] == [m.span() for m in c.regex.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(pattern=_pattern(), flags=st.sampled_from([0, re.IGNORECASE]), text=REGEX_TEXT, data=st.data())
def test_required_strings_are_in_every_match(pattern: str, flags: int, text: str, data: st.DataObject) -> None:
    try:
        regex = re.compile(pattern, flags)
    except re.error:
        return
    needed = required(regex)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    window = folded(text[pos:end]) if flags else text[pos:end]
    if needed and regex.search(text, pos, end) is not None:
        assert any(n in window for n in needed), (pattern, needed)


def test_required_reads_literal_runs() -> None:
    assert required(re.compile(r"\b(?:we|our)\s+(?:new|novel) model")) == ("new model", "novel model")
    assert required(re.compile(r"(?:built|based) (?:up)?on", re.IGNORECASE)) == ("based on", "based upon", "built on",
                                                                                  "built upon")
    assert required(re.compile(r"ab+cd")) == ("cd",) and required(re.compile(r"a?b?")) == ()
    assert required(re.compile(r"(?-i:We) train", re.IGNORECASE)) == (" train",)
    assert required(re.compile(r"(?i:we) train")) == (" train",)
    assert required(re.compile("caf\u00e9 (?:x|y)", re.IGNORECASE)) == ()  # outside ASCII: re's case rules


def test_cue_reads_needs_off_its_regex_when_they_are_rarer() -> None:
    assert Cue(re.compile(r"\bbuilt on\s*$", re.IGNORECASE), ("b",)).needs == ("built on",)
    assert Cue(re.compile(r"\b(?:buil|bas)\w+ on", re.IGNORECASE), ("built", "based")).needs == ("built", "based")


def test_starts_reads_opening_strings() -> None:
    s = Starts(re.compile(r"\b(?:[Ww]e|[Oo]ur)\s+\w+|(?:called|named)\b|^\s*x", re.IGNORECASE))
    assert s.strings == ("called", "named", "our", "we") and s.at_start
    assert Starts(re.compile(r"\s*we")).strings is None  # may open with any blank
    assert Starts(re.compile(r"^a", re.MULTILINE)).strings is None
    assert Starts(re.compile(r"(?:an? )?extension")).strings == ("a exte", "an ext", "extens")
    assert Starts(re.compile(r"(?-i:We)\s", re.IGNORECASE)).strings is None


def test_starts_counts_opening_strings_after_shorter_ones_absorb_longer() -> None:
    many = "|".join(f"{c}x{d}" for c in "abcdef" for d in "0123456")  # 42 strings
    assert MAX_STRINGS < 42
    assert Starts(re.compile(rf"(?:{many})\b")).strings is None
    assert Starts(re.compile(rf"(?:{many}|ax|bx|cx|dx|ex|fx)\b")).strings == ("ax", "bx", "cx", "dx", "ex", "fx")


def test_cue_keeps_answers_and_reads_needs_at_once() -> None:
    c = Cue(re.compile(r"\b(?:buil|bas)\w+ on\s*$", re.IGNORECASE), ("built", "based"))
    assert c.search("a model BUILT ON ") is c.search("a model BUILT ON ")
    assert c.may_match("xBASEDx") and not c.may_match("bui lt")
    assert c.pattern == c.regex.pattern and c.sub("-", "built on ") == "-"


NAME_TEXT = st.lists(st.sampled_from(["GPT", "-", "3", ".", "/", "_", "'", "s", "+", "*", "()", " ", "a", "Zor", "net",
                                      "\u03b1", "\u0394", "\u00e9", "\u00b2", "\u0301", "\u00df", "'24", "x", "B", "\n"]),
                     max_size=40).map("".join) | st.text(max_size=40)


@settings(max_examples=500, deadline=None)
@given(text=NAME_TEXT)
def test_name_tokens_answers_as_the_regex(text: str) -> None:
    assert [m.span() for m in name_tokens(text)] == [m.span() for m in NAME_TOKEN.finditer(text)]


WORD_TEXT = st.lists(st.sampled_from(["Wren", "wren", "mol", "tox", "-", "_", " ", ".", ",", "(", ")", "a", "B", "7",
                                      "\u00e9", "\u00b2", "\u0301", "'s", "x-y"]), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(name=WORD_TEXT, text=WORD_TEXT, data=st.data())
def test_standalone_answers_as_its_regex(name: str, text: str, data: st.DataObject) -> None:
    regex = re.compile(r"(?<![\w-])%s(?![\w-])" % re.escape(name))
    pos = data.draw(st.integers(0, len(text) + 1))
    found = standalone(name)
    assert [r.span() for r in found.finditer(text, pos)] == [r.span() for r in regex.finditer(text, pos)]
    assert [r.group() for r in found.finditer(text)] == [r.group() for r in regex.finditer(text)]
    assert found.findall(text) == regex.findall(text)
    got, want = found.search(text, pos), regex.search(text, pos)
    assert (got and got.span()) == (want and want.span())


@settings(max_examples=500, deadline=None)
@given(text=WORD_TEXT, data=st.data())
def test_lower_names_answers_as_the_regex(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text) + 1))
    assert [m.span() for m in lower_names(text, pos)] == [m.span() for m in LOWER_NAME.finditer(text, pos)]


# --- word lists searched alternative by first character (kg.extract.starts.FirstChar) ---

ALTERNATIVE = st.tuples(
    st.sampled_from(["a", "b", "A", "k", "s", "i", "\u212a", "[ab]", "[kK]", "ab", "(?:a|k)", "a+", " ", "\\w", "b?"]),
    st.lists(st.sampled_from(["a", "b", "s", "ab", "\\w+", "\\w*", "b?", " ", "\\s", "s?", "\\b", "."]), max_size=2)
).map(lambda t: t[0] + "".join(t[1]))
FIRST_CHAR_REGEX = st.tuples(st.sampled_from(["", "\\b", "\\B", "(?<![a])", "^", "(?=.)"]),
                             st.lists(ALTERNATIVE, min_size=1, max_size=6).map("|".join),
                             st.sampled_from(["", "\\b", "s?", "(?!a)", "$", "(a)"])).map(lambda t: f"{t[0]}(?:{t[1]}){t[2]}")


@settings(max_examples=600, deadline=None)
@given(pattern=FIRST_CHAR_REGEX, flags=st.sampled_from([0, re.IGNORECASE, re.IGNORECASE | re.ASCII]),
       text=REGEX_TEXT, data=st.data())
def test_first_char_finditer_answers_as_the_regex(pattern: str, flags: int, text: str, data: st.DataObject) -> None:
    regex = re.compile(pattern, flags)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text) + 1))
    got = FirstChar(regex).finditer(text, pos, end)
    assert [(m.span(), m.group()) for m in got] == [(m.span(), m.group()) for m in regex.finditer(text, pos, end)]


def test_first_char_takes_alternatives_in_their_order_and_folds_case() -> None:
    fc = FirstChar(re.compile(r"\b(?:st|stars?|spin\w*|(?:ka|sk)y)\b", re.IGNORECASE))
    assert fc.scan is not None
    text = "Stars, st, spinning skY \u212aay \u017ftar instar"
    assert [m.group() for m in fc.finditer(text)] == ["Stars", "st", "spinning", "skY", "\u212aay", "\u017ftar"]


def test_first_char_leaves_other_shapes_to_the_regex() -> None:
    assert FirstChar(re.compile(r"\b(?:a|b?)c")).scan is None  # an alternative may open with "c"
    assert FirstChar(re.compile(r"(a|b)c")).scan is None  # a capturing group
    assert FirstChar(re.compile(r"x(?:a|b)")).scan is None  # a literal before the alternatives
    assert [m.span() for m in FirstChar(re.compile(r"(a|b)c")).finditer("ac bc")] == [(0, 2), (3, 5)]


@pytest.mark.parametrize("key", ["science_words", "ml_words", "learning_words"])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_first_char_answers_as_the_lexicon_word_lists(key: str, data: st.DataObject) -> None:
    regex = getattr(PAT.lexicon, key)
    words = sorted(set(re.findall(r"[a-z][a-z\- ]+", regex.pattern)))
    text = data.draw(st.lists(st.sampled_from([*words, *(w.upper() for w in words), "s", "ed", "-", " ", ", ",
                                               "\u212a", "\u017f", "\u0130"]), max_size=30).map("".join))
    fc = FirstChar(regex)
    assert fc.scan is not None
    assert [(m.span(), m.group()) for m in fc.finditer(text)] == [(m.span(), m.group()) for m in regex.finditer(text)]


@pytest.mark.parametrize("name", sorted(p.name for p in PATTERN_FILES))
def test_a_pattern_file_names_each_key_once(name: str) -> None:
    """A key written twice in one object silently keeps the last value (json), so a new cue could replace
    an old one of the same name."""
    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
        return dict(pairs)

    json.loads((PATTERNS_DIR / name).read_text(encoding="utf-8"), object_pairs_hook=unique)
