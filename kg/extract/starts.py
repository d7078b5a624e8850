"""Where a regex can start a match: the literal strings every match opens with, read off its parse tree.

A cue searched over a whole abstract spends most of its time trying positions where it cannot match (a
leading ``\\b`` or branch keeps ``re`` from skipping ahead). When every match opens with one of a few
literal strings (``we``, ``this``, ``called``) or can only start at the text's first character (``^``),
``Starts.search`` finds those strings with ``str.find`` and runs the regex only there, which answers
exactly as ``regex.search``: a search is a match attempt at each position in turn, and an attempt at a
position no opening string starts at fails.
"""

from __future__ import annotations

import re
import sys
from re import _constants as C  # noqa: N812  (the parse tree's opcodes)
from re import _parser
from typing import Any

MAX_LEN = 6  # characters of each opening string kept
MAX_STRINGS = 32  # more opening strings than this: finding them costs more than the plain search
# re.IGNORECASE matches these to "i", "i", "s" and "k" (every other character it matches to an ASCII
# letter is ASCII itself: tests/test_extract_cues.py checks it)
ASCII_FOLDS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}

KEEP = 400  # characters above which a text is a doc's, searched again by other cues: its folding is kept
_FOLDED: list[str] = ["", ""]  # the last long text folded, and it


def folded(text: str) -> str:
    """``text`` lower-cased as ``re.IGNORECASE`` reads ASCII letters (the last text longer than KEEP is kept).

    ``ASCII_FOLDS`` first turns the characters outside ASCII that match ASCII letters into those letters;
    no other character lowers to more than one, so a window of the result is the lower-cased window.
    """
    if text is _FOLDED[0]:
        return _FOLDED[1]
    low = text.lower() if text.isascii() else text.translate(ASCII_FOLDS).lower()
    if len(text) > KEEP:
        _FOLDED[0], _FOLDED[1] = text, low
    return low


_Prefixes = set[tuple[str, bool]]  # (opening string, whether it is all the sequence matched)
_ANY: _Prefixes = {("", False)}  # the sequence may open with anything
_EMPTY: _Prefixes = {("", True)}  # the sequence matches the empty string only (zero width)
_START = "\0^"  # stands for "only at the text's first character" (``^`` without MULTILINE, ``\A``)


def _concat(first: _Prefixes, rest: list) -> _Prefixes:
    out: _Prefixes = set()
    tail: _Prefixes | None = None
    for s, whole in first:
        if s == _START:
            out.add((s, False))
        elif whole and len(s) < MAX_LEN:
            if tail is None:
                tail = _seq(rest)
            for t, w in tail:
                if t == _START:
                    if s:
                        continue  # "a^": never matches; dropping it keeps a superset of the real starts
                    out.add((t, False))
                else:
                    joined = s + t
                    out.add((joined[:MAX_LEN], w and len(joined) <= MAX_LEN))
        else:
            out.add((s[:MAX_LEN], False))
        if len(out) > MAX_STRINGS * 4:
            return _ANY
    return out


def _seq(items: list) -> _Prefixes:
    """The opening strings of a sequence of parse items."""
    if not items:
        return _EMPTY
    return _concat(_item(*items[0]), items[1:])


def _item(op, av) -> _Prefixes:  # noqa: ANN001  (re._parser's untyped opcodes)
    if op is C.LITERAL:
        return {(chr(av), True)}
    if op is C.IN and len(av) <= 4 and all(o is C.LITERAL for o, _ in av):
        return {(chr(v), True) for _, v in av}
    if op is C.AT:
        if av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            return {(_START, True)}
        return _EMPTY  # \b, \B, $, \Z: zero width
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # a lookaround consumes nothing; skipping it only admits more positions
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, p = av
        if add_flags or del_flags:
            return _ANY  # local flags: the opening strings would need their own case rule
        return _seq(p.data)
    if op is C.ATOMIC_GROUP:
        return _seq(av.data)
    if op is C.BRANCH:
        out: _Prefixes = set()
        for alt in av[1]:
            out |= _seq(alt.data)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, p = av
        body = _seq(p.data)
        once = body if lo == hi == 1 else {(s, False) for s, _ in body}
        if lo == 0:
            return (_EMPTY | body) if hi == 1 else (_EMPTY | once)
        return once
    return _ANY  # any other character class, ".", a back reference: anything may open


CAP = 64  # strings a set of exact texts may hold before it is given up


def _product(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """Every text of ``a`` followed by one of ``b`` (None when either is unknown or there are too many)."""
    if a is None or b is None or len(a) * len(b) > CAP:
        return None
    return {x + y for x in a for y in b}


def _best(sets: list[set[str]]) -> set[str] | None:
    """Of sets of required strings, the one cheapest to rule out: longest shortest string, then fewest."""
    sets = [s for s in sets if s and "" not in s]
    return max(sets, key=lambda s: (min(map(len, s)), -len(s))) if sets else None


def _lit_seq(items: list) -> tuple[set[str] | None, set[str] | None]:
    """(the exact texts a sequence can match, or None; strings one of which each match writes, or None)."""
    whole: set[str] | None = {""}
    run: set[str] | None = {""}  # the exact texts of the current run of items with exact texts
    found: list[set[str]] = []
    for op, av in items:
        if op is C.LITERAL:  # the commonest item: every text grows by the character
            ch = chr(av)
            whole = None if whole is None else {w + ch for w in whole}
            run = {ch} if run is None else {r + ch for r in run}
            continue
        exact, needed = _lit_item(op, av)
        if needed:
            found.append(needed)
        whole = _product(whole, exact)
        joined = _product(run, exact)
        if joined is None:
            if run:
                found.append(run)
            run = exact
        else:
            run = joined
    if run:
        found.append(run)
    return whole, _best(found)


def _lit_item(op, av) -> tuple[set[str] | None, set[str] | None]:  # noqa: ANN001  (re._parser's opcodes)
    """``_lit_seq``'s pair for one parse item other than a literal character."""
    if op is C.IN and len(av) <= 4 and all(o is C.LITERAL for o, _ in av):
        chars = {chr(v) for _, v in av}
        return chars, chars
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, None  # zero width: the match writes nothing here
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, p = av
        if add_flags or del_flags:
            return None, None  # local flags: its strings would need their own case rule
        return _lit_seq(p.data)
    if op is C.ATOMIC_GROUP:
        return _lit_seq(av.data)
    if op is C.BRANCH:
        alts = [_lit_seq(alt.data) for alt in av[1]]
        exact: set[str] | None = set()
        for e, _ in alts:
            exact = None if e is None or exact is None or len(exact) + len(e) > CAP else exact | e
        needed = None if any(n is None for _, n in alts) else set().union(*(n for _, n in alts))
        return exact, _best([s for s in (needed, exact) if s is not None])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, p = av
        exact, needed = _lit_seq(p.data)
        if lo == 0:
            return (exact | {""} if exact is not None and hi == 1 else None), None
        if lo == hi == 1:
            return exact, needed
        return None, needed or _best([exact] if exact else [])
    return None, None  # any other character class, ".", a back reference: no string known


def parsed(regex: re.Pattern[str]) -> Any:
    """The parse tree of ``regex`` (``re._parser``'s), or None where this reader cannot parse it."""
    try:
        return _parser.parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001  (a pattern re compiles but this reader does not follow)
        return None


def required(regex: re.Pattern[str], tree: Any = None) -> tuple[str, ...]:
    """Strings one of which every match of ``regex`` writes, read off its parse tree (empty: none known).

    Literal runs are joined across sequences and alternations; optional parts and character classes
    break them, and the most selective set found is kept. For a case-insensitive regex they are
    lower-cased, and only ASCII strings are kept (``folded`` then reads a window as ``re`` does).

    ``tree``: the regex's parse tree (``parsed(regex)``), when the caller has it.

    Examples:
        >>> required(re.compile(r"\\b(?:built|based) on\\s+(?:the )?"))
        ('based on', 'built on')
        >>> required(re.compile(r"(?:an? )?extension of", re.IGNORECASE))
        ('extension of',)
        >>> required(re.compile(r"\\w+ly"))
        ('ly',)
    """
    tree = tree if tree is not None else parsed(regex)
    if tree is None:
        return ()
    _exact, needed = _lit_seq(tree.data)
    if not needed:
        return ()
    if regex.flags & re.IGNORECASE:
        if not all(s.isascii() for s in needed):
            return ()
        needed = {s.lower() for s in needed}
    # a string holding another adds nothing: a text holding it holds the other
    return tuple(sorted(s for s in needed if not any(t != s and t in s for t in needed)))


class Starts:
    """The opening strings of a regex's matches, and a search that tries only where one opens.

    ``tree``: the regex's parse tree (``parsed(regex)``), when the caller has it. ``strings`` is None when
    some match may open anywhere (the plain search is then used); ``at_start``: some branch can match only
    at the text's first character.
    """

    __slots__ = ("regex", "strings", "at_start", "folded")

    def __init__(self, regex: re.Pattern[str], tree: Any = None) -> None:
        self.regex = regex
        self.folded = bool(regex.flags & re.IGNORECASE)
        self.strings: tuple[str, ...] | None = None
        self.at_start = False
        if regex.flags & re.MULTILINE:
            return  # "^" would match after every newline
        tree = tree if tree is not None else parsed(regex)
        if tree is None:
            return
        found = _seq(tree.data)
        strings = {s for s, _ in found if s != _START}
        if "" in strings:
            return
        if self.folded:
            if not all(s.isascii() for s in strings):
                return
            strings = {s.lower() for s in strings}
        # a string that holds a shorter one at its start adds no position
        strings = {s for s in strings if not any(t != s and s.startswith(t) for t in strings)}
        if len(strings) > MAX_STRINGS:
            return
        self.strings = tuple(sorted(strings))
        self.at_start = any(s == _START for s, _ in found)

    def positions(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[int] | None:
        """Sorted positions in ``text[pos:endpos]`` where a match may start, or None when any may."""
        if self.strings is None:
            return None
        if self.folded:
            low = folded(text)
            if len(low) != len(text):
                return None
            text = low
        endpos = min(endpos, len(text))
        found = [0] if self.at_start and pos == 0 else []
        for s in self.strings:
            at = text.find(s, pos, endpos)
            while at >= 0:
                found.append(at)
                at = text.find(s, at + 1, endpos)
        found.sort()
        return found

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``regex.search(text, pos, endpos)``, trying only the positions where a match may start."""
        places = self.positions(text, pos, endpos)
        if places is None:
            return self.regex.search(text, pos, endpos)
        last = -1
        for at in places:
            if at != last:
                hit = self.regex.match(text, at, endpos)
                if hit is not None:
                    return hit
                last = at
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
        """``list(regex.finditer(text, pos, endpos))``, trying only where a match may start."""
        places = self.positions(text, pos, endpos)
        if places is None:
            return list(self.regex.finditer(text, pos, endpos))
        out: list[re.Match[str]] = []
        end = pos
        last = -1
        for at in places:
            if at < end or at == last:
                continue
            last = at
            hit = self.regex.match(text, at, endpos)
            if hit is None:
                continue
            if hit.end() == hit.start():  # an empty match: finditer's rule for the next one is its own
                return list(self.regex.finditer(text, pos, endpos))
            out.append(hit)
            end = hit.end()
        return out


def _first_chars(items: list) -> set[int] | None:
    """The literal characters (codes) one of which every match of a sequence opens with, or None."""
    if not items:
        return None  # the empty sequence: a match may be empty
    op, av = items[0]
    if op is C.LITERAL:
        return {av}
    if op is C.IN and av and all(o is C.LITERAL for o, _ in av):
        return {v for _, v in av}
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, p = av
        return None if add_flags or del_flags else _first_chars(p.data)
    if op is C.BRANCH:
        out: set[int] = set()
        for alt in av[1]:
            chars = _first_chars(alt.data)
            if chars is None:
                return None
            out |= chars
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _first_chars(av[2].data)
    return None


class FirstChar:
    """``regex.finditer`` for a regex of many alternatives, each tried only where its first character is written.

    A regex ``<zero-width assertions>(?:alt|alt|...)<rest>`` (``\\b(?:galax\\w+|quantum|...)\\b``) tries
    every alternative at every position its assertions pass. When each alternative opens with one of a
    few literal characters, one scan (the assertions, then a class of all those characters) finds where a
    match may start, and at each such place a regex of only the alternatives whose first character matches
    the one written there is tried: the same alternatives in the same order, so the same match. Whether a
    character matches a first character is asked of ``re`` with the regex's flags (``re.IGNORECASE``
    matches "K" to the Kelvin sign). ``regex`` itself is used when it has another shape or capturing groups.

    Examples:
        >>> fc = FirstChar(re.compile(r"\\b(?:stars?|spectr\\w+|quark)\\b", re.IGNORECASE))
        >>> [m.group() for m in fc.finditer("Quarks and STARS: spectra of a star")]
        ['STARS', 'spectra', 'star']
    """

    __slots__ = ("regex", "scan", "_lead", "_alts", "_rest", "_state", "_subs")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.scan: re.Pattern[str] | None = None
        self._subs: dict[str, re.Pattern[str]] = {}
        tree = parsed(regex)
        if tree is None or regex.groups or regex.flags & re.VERBOSE:
            return
        items = list(tree.data)
        k = 0
        while k < len(items) and items[k][0] in (C.AT, C.ASSERT, C.ASSERT_NOT):
            k += 1
        if k == len(items):
            return
        op, av = items[k]
        if op is C.SUBPATTERN and not (av[1] or av[2]) and len(av[3].data) == 1:
            op, av = av[3].data[0]
        if op is not C.BRANCH:
            return
        alts = [(alt, _first_chars(alt.data)) for alt in av[1]]
        if any(chars is None for _, chars in alts):
            return
        self._lead, self._alts, self._rest, self._state = items[:k], alts, items[k + 1:], tree.state
        firsts = sorted(set().union(*(chars for _, chars in alts)))  # type: ignore[arg-type]
        self.scan = self._compile([*self._lead, (C.IN, [(C.LITERAL, c) for c in firsts])])

    def _compile(self, items: list) -> re.Pattern[str]:
        from re import _compiler

        return _compiler.compile(_parser.SubPattern(self._state, items), self.regex.flags)  # type: ignore[no-any-return]

    def _sub(self, ch: str) -> re.Pattern[str]:
        """The regex of the alternatives whose first character matches ``ch``."""
        flags = self.regex.flags & (re.IGNORECASE | re.ASCII)
        alts = [alt for alt, chars in self._alts
                if any(re.fullmatch(re.escape(chr(c)), ch, flags) for c in chars)]  # type: ignore[union-attr]
        body = _parser.SubPattern(self._state, [(C.BRANCH, (None, alts))])
        sub = self._subs[ch] = self._compile([*self._lead, (C.SUBPATTERN, (None, 0, 0, body)), *self._rest])
        return sub

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
        """``list(regex.finditer(text, pos, endpos))``."""
        scan = self.scan
        if scan is None:
            return list(self.regex.finditer(text, pos, endpos))
        subs = self._subs
        out: list[re.Match[str]] = []
        end = pos
        for place in scan.finditer(text, pos, endpos):
            at = place.start()
            if at < end:
                continue
            ch = text[at]
            sub = subs.get(ch) or self._sub(ch)
            hit = sub.match(text, at, endpos)
            if hit is not None:
                out.append(hit)  # never empty: every alternative opens with a character
                end = hit.end()
        return out
