"""The paper record every reader yields, the one check every record passes, and the line reader.

Every reader (present and future) yields ``PaperRecord``s through ``kg.sources.read_records``, which
passes each one through ``check_record`` before anything else sees it: every field is checked against
its type here (``FIELDS``), with the file, line and field name in the message, and text is cleaned here:

- control characters (form feed, ESC, BEL, SOH, ...) are dropped; white-space ones (tab, line ends,
  form feed, vertical tab) become a space; each one dropped or replaced is counted (``ReadReport``);
- invisible format characters (soft hyphen, zero-width space, word joiner, byte-order mark, bidi
  controls; Unicode category Cf except the zero-width (non-)joiners that some scripts spell with) are
  removed from every text field and counted;
- a lone UTF-16 surrogate (a JSON ``\\ud83d`` escape without its pair) is refused, naming the field:
  no text of it can be stored or exported;
- in author names, dashes (en dash, minus sign, hyphen variants) become ``-``; "et al.", "others",
  "…" and empty entries are not people: they are removed and the paper is marked ``authors_truncated``.
"""

from __future__ import annotations

import gzip
import math
import re
import stat
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kg.errors import SourceError

MAX_LINE_BYTES = 1 << 20  # 1 MiB: no real listing line comes near it
BINARY_SNIFF_BYTES = 8192  # a NUL byte this early marks a binary file
WIDE_MARKS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"), (b"\xfe\xff", "UTF-16"),
              (b"\xff\xfe", "UTF-16"))  # byte-order marks of the encodings whose text holds NUL bytes


@dataclass
class PaperRecord:
    """One paper as one source states it, with where it was read (file, line)."""

    source: str
    line: int
    title: str = ""
    authors: list[str] = field(default_factory=list)
    authors_truncated: bool = False
    orgs: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    date: str | None = None  # ISO YYYY-MM-DD, or YYYY when only the year is known
    has_code: bool | None = None
    abstract: str = ""
    arxiv_id: str | None = None
    doi: str | None = None
    comment: str | None = None
    references: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # other identifiers by kind (openalex, s2, dblp, pmid, ...), canonical forms of kg.sources.ids
    ids: dict[str, str] = field(default_factory=dict)
    author_ids: list[str] = field(default_factory=list)  # per author, "kind:id" or "" (s2:, openalex:, dblp:)
    topics: list[str] = field(default_factory=list)  # subject names that are not arXiv category codes
    # the path as the user typed it, when ``source`` is another spelling of it (a store keeps ``source``
    # absolute, so that a later --add from another folder finds the file; kg.store.embedded.save_records)
    typed: str | None = None

    @property
    def where(self) -> str:
        """``file:line`` of the record, the file as typed, for messages and a paper's ``sources``.

        Examples:
            >>> PaperRecord("/data/a.txt", 3, typed="a.txt").where
            'a.txt:3'
        """
        return f"{self.source if self.typed is None else self.typed}:{self.line}"


@dataclass
class ReadReport:
    """What reading changed or left out, for the build report: counts of characters cleaned and the
    bad records skipped (``kg build --skip-bad``), each as its FILE:LINE message."""

    records: int = 0
    control_chars: int = 0
    invisible_chars: int = 0
    author_placeholders: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # FILE:LINE: what was read on a guess (SourceWarning)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (``kg build --json``)."""
        return {"control_chars_dropped": self.control_chars, "invisible_chars_removed": self.invisible_chars,
                "author_placeholders_removed": self.author_placeholders, "skipped": list(self.skipped),
                "warnings": list(self.warnings)}


@dataclass(frozen=True)
class SourceWarning:
    """Something a reader read on a guess (an undefined BibTeX macro kept as its name): the record is kept,
    and the build report lists ``FILE:LINE: message``. Readers yield it beside their records."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


# The schema of a record: field -> kind. Every reader's output is checked against it.
FIELDS: dict[str, str] = {
    "title": "text", "abstract": "text", "authors": "names", "authors_truncated": "bool",
    "orgs": "strings", "categories": "strings", "date": "date", "has_code": "bool?",
    "arxiv_id": "str?", "doi": "str?", "comment": "text?", "references": "strings", "extra": "json",
    "ids": "json", "author_ids": "strings", "topics": "strings",
}
# (field, kind) of every PaperRecord field FIELDS checks, in field order
_CHECKED = [(f.name, FIELDS[f.name]) for f in fields(PaperRecord) if f.name in FIELDS]
EXPECTED = {"text": "a string", "text?": "a string or null", "str?": "a string or null",
            "bool": "true or false", "bool?": "true, false or null", "names": "a list of name strings",
            "strings": "a string or a list of strings", "date": "a date YYYY-MM-DD (or a year YYYY)",
            "json": "JSON values"}
HINTS = {
    "text": "Write the value as a JSON string.", "text?": "Write the value as a JSON string, or null.",
    "str?": "Write the value as a JSON string, or null.",
    "strings": 'Write a JSON list of strings: ["cs.CL", "cs.LG"].',
    "names": 'Write the authors as a JSON list of names: ["Ada Lovelace", "Alan Turing"].',
    "bool": "Write true or false without quotes.", "bool?": "Write true or false without quotes.",
    "date": "Write a real calendar date as YYYY-MM-DD, or the year alone as YYYY.",
}
WHITESPACE_CONTROLS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x1f\x85")
KEPT_FORMAT_CHARS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner spell words in some scripts
NAME_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"))
NOT_PEOPLE = frozenset({"", "et al", "et al.", "et. al.", "et.al.", "others", "and others", "…", "...", "etc",
                        "etc."})
SURROGATE = re.compile("[\ud800-\udfff]")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")  # YYYY, YYYY-MM (a month, a season) or a day
MIN_YEAR, MAX_YEAR = 1000, 2999


def describe(value: Any) -> str:
    """How a JSON value reads in a message: ``a number (42)``, ``a list``, ``the string 'no'``.

    Examples:
        >>> describe(42), describe(True), describe("no"), describe([1]), describe({})
        ('a number (42)', 'true', "the string 'no'", 'a list', 'an object')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        text = repr(value)
        return f"a number ({text if len(text) <= 20 else text[:17] + '...'})"
    if isinstance(value, str):
        return f"the string {value[:40]!r}" + ("..." if len(value) > 40 else "")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class FieldError(ValueError):
    """A value of the wrong kind for a field: the field name and what it must be."""

    def __init__(self, name: str, problem: str, hint: str = "") -> None:
        self.name, self.problem, self.hint = name, problem, hint
        super().__init__(f"'{name}' {problem}")


def check_value(name: str, kind: str, value: Any) -> Any:
    """``value`` if it is of ``kind`` (see FIELDS), else FieldError naming ``name``.

    Examples:
        >>> check_value("has_code", "bool?", None), check_value("categories", "strings", "cs.CL")
        (None, ['cs.CL'])
        >>> check_value("has_code", "bool", "false")
        Traceback (most recent call last):
        ...
        kg.sources.records.FieldError: 'has_code' must be true or false, got the string 'false'
    """
    if kind in ("text", "text?", "str?"):
        if value is None:
            return "" if kind == "text" else None
        if not isinstance(value, str):
            raise _wrong_kind(name, kind, value)
        return value
    if kind in ("bool", "bool?"):
        if value is None and kind == "bool?":
            return None
        if not isinstance(value, bool):
            raise _wrong_kind(name, kind, value)
        return value
    if kind == "names":
        if value is None:
            return []
        if isinstance(value, str):
            raise FieldError(name, f"must be {EXPECTED[kind]}, got one string {value[:40]!r}",
                             HINTS["names"] + " One string would be one author.")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FieldError(name, f"must be {EXPECTED[kind]}, got {_list_problem(value)}", HINTS["names"])
        return value
    if kind == "strings":
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FieldError(name, f"must be {EXPECTED[kind]}, got {_list_problem(value)}", HINTS[kind])
        return value
    if kind == "date":
        return check_date(name, value)
    if kind == "json":
        _check_json(name, value)
        return value
    raise AssertionError(kind)


def _wrong_kind(name: str, kind: str, value: Any) -> FieldError:
    """The FieldError of a ``value`` that is not of ``kind`` (made only when one is raised)."""
    return FieldError(name, f"must be {EXPECTED[kind]}, got {describe(value)}", HINTS.get(kind, ""))


def _list_problem(value: Any) -> str:
    if not isinstance(value, list):
        return describe(value)
    odd = next(v for v in value if not isinstance(v, str))
    return f"a list holding {describe(odd)}"


def check_date(name: str, value: Any) -> str | None:
    """An ISO date ``YYYY-MM-DD`` (a full ISO timestamp is cut to its date) or a year ``YYYY``, checked.

    Examples:
        >>> check_date("date", "2023-05-07T10:00:00Z"), check_date("year", 2023), check_date("date", " ")
        ('2023-05-07', '2023', None)
        >>> check_date("date", "2023-13-45")
        Traceback (most recent call last):
        ...
        kg.sources.records.FieldError: 'date' is not a calendar date: '2023-13-45'
    """
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise FieldError(name, f"is not a plausible year: {value}", HINTS["date"])
        return f"{value:04d}"
    if not isinstance(value, str):
        raise FieldError(name, f"must be {EXPECTED['date']}, got {describe(value)}", HINTS["date"])
    text = value.strip()
    if not text:
        return None  # an exporter's empty field ("date": ""): no date, as null is
    match = ISO_DATE.match(text)
    try:
        if match is None:
            if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text):
                raise ValueError(text)
            datetime.fromisoformat(text)  # the whole timestamp must parse: no trailing garbage
            text = text[:10]
            match = ISO_DATE.match(text)
            assert match is not None
        if match[3] is not None:
            date.fromisoformat(text)
        elif match[2] is not None and not 1 <= int(match[2]) <= 12:
            raise ValueError(text)
    except ValueError:
        raise FieldError(name, f"is not a calendar date: {value[:40]!r}", HINTS["date"]) from None
    if not MIN_YEAR <= int(match[1]) <= MAX_YEAR:
        raise FieldError(name, f"is not a plausible year: {value[:40]!r}", HINTS["date"])
    return text


MAX_DEPTH = 32  # levels of lists and objects one value may nest: records need two or three


def _check_json(name: str, value: Any, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise FieldError(name, f"is nested more than {MAX_DEPTH} levels deep",
                         "A paper record needs a few levels at most; flatten the value.")
    if isinstance(value, float) and not math.isfinite(value):
        raise FieldError(name, f"holds a non-finite number ({value})", "Write a finite number or null.")
    if isinstance(value, str) and SURROGATE.search(value):
        raise FieldError(name, "holds a lone UTF-16 surrogate", SURROGATE_HINT)
    if isinstance(value, list):
        for item in value:
            _check_json(name, item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if SURROGATE.search(str(key)):
                raise FieldError(name, f"has a key with a lone UTF-16 surrogate ({ascii(key)[1:-1]})", SURROGATE_HINT)
            _check_json(f"{name}.{key}" if depth == 0 and name == "extra" else name, item, depth + 1)


SURROGATE_HINT = ("A \\ud800-\\udfff escape must come as a pair (e.g. \\ud83d\\ude00 for one emoji); "
                  "write the character itself or the whole pair.")


def clean_text(text: str, report: ReadReport | None = None, *, name: bool = False) -> str:
    """``text`` without control or invisible characters, on one line with single spaces.

    Examples:
        >>> clean_text("Deep\\x0cLearn\\u00ading\\x1b at\\u200b Scale\\n")
        'Deep Learning at Scale'
        >>> clean_text("Jean\\u2013Pierre", name=True)
        'Jean-Pierre'
    """
    if text.isprintable():  # no control (Cc) or format (Cf) character: only the spaces to squash
        cleaned = " ".join(text.split())
        if not name or text.isascii():  # NFC and the name dashes change no ASCII text
            return cleaned
    else:
        out = []
        for ch in text:
            category = unicodedata.category(ch)
            if category == "Cc":
                if ch not in "\t\n\r" and report is not None:
                    report.control_chars += 1
                if ch in WHITESPACE_CONTROLS:
                    out.append(" ")
            elif category == "Cf" and ch not in KEPT_FORMAT_CHARS:
                if report is not None:
                    report.invisible_chars += 1
            else:
                out.append(ch)
        cleaned = " ".join("".join(out).split())
    if name:
        cleaned = unicodedata.normalize("NFC", cleaned.translate(NAME_DASHES))
    return cleaned


# a word broken over two lines at a hyphen: "ChestX-\nray14", "algo-\nrithm" (the hyphen is kept: only a dictionary
# tells a compound's hyphen from a break's)
LINE_BREAK_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)")
# a footnote's number after the text's last word: "despite relying on earlier and smaller LLMs.1"
FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z][a-z][.!?])\d{1,2}$")


def record_text(text: str, report: ReadReport | None = None) -> str:
    """A title or abstract as the graph keeps it and extraction reads it: LaTeX markup decoded
    (``kg.sources.text.markup_to_text``: arXiv abstracts hold ``\\emph{...}``, ``90\\%``), a word broken at a
    hyphen over two lines joined, then ``clean_text`` (one line: a name wrapped over two lines is one name), the
    spaces a copy from a PDF lost or misplaced around a sentence's period or a comma put back
    (``spaced_punctuation``), and a footnote's number after the text's last word dropped.

    Examples:
        >>> record_text("Our router beats Mixtral\\n8x7B by 5\\\\% with \\\\emph{fewer} experts")
        'Our router beats Mixtral 8x7B by 5% with fewer experts'
        >>> record_text("We use GPT-3.5 as in Section 3.1 on ChestX-\\nray14 with smaller LLMs.1")
        'We use GPT-3.5 as in Section 3.1 on ChestX-ray14 with smaller LLMs.'
    """
    from kg.sources.text import markup_to_text  # kg.sources.text reads files through this module

    text = markup_to_text(text)
    if "\n" in text:
        text = LINE_BREAK_HYPHEN.sub("-", text)
    text = spaced_punctuation(clean_text(text, report))
    return FOOTNOTE_MARK.sub("", text, 1) if text[-1:].isdigit() else text


# a period between a lower-case word and a capitalized one, a comma between two words with no space after it, a
# space before a comma, or a parenthesis of capitalized words glued to a word: "the LDformer.First, we", "models,and",
# "we create Sruti ,a benchmark", "DS1(Data Set1)"
# (each alternative opens with its mark and looks back after it, so the engine skips to a period, a comma or a
# parenthesis)
_LOST_SPACE = re.compile(r"\.(?:(?<=[a-z]{3}\.)|(?<=\d[KMBT]\.))(?=[A-Z][a-z]+\b)"  # "models.First", "128K.In"
                         r"|\.(?<=[a-z]\d\.)(?=[A-Z][a-z]{2,}\b)"  # "than that of Zorb5.Compared with"
                         r"|,(?<=[a-z]{2},)(?=[a-z]{2})|,(?<=[a-z]{3},)(?=[A-Z])"  # "algorithms,Zorb-Net performs"
                         r"| ,(?<=\w ,) ?(?=\w)"
                         r"|\((?<=[A-Za-z\d]\()(?=[A-Z][a-z]+(?: [A-Za-z\d]+){0,5}\))")  # "DS1(Data Set1)"
_URL_LIKE = re.compile(r"\S*(?:/|@|www\.)\S*")  # a URL, a path or an e-mail address keeps its dots as written


def spaced_punctuation(text: str) -> str:
    """``text`` with a space after a sentence's period or a comma where a copy lost it, none before a comma, and
    one before a parenthesis of capitalized words glued to a word, outside URLs, paths and e-mail addresses.

    Examples:
        >>> spaced_punctuation("We present the LDformer.First, it reads models,and we create Sruti ,a benchmark.")
        'We present the LDformer. First, it reads models, and we create Sruti, a benchmark.'
        >>> spaced_punctuation("Code at github.com/Quill/Zorb.Net, e.g. 1,000 runs of U.S. models.")
        'Code at github.com/Quill/Zorb.Net, e.g. 1,000 runs of U.S. models.'
        >>> spaced_punctuation("It reads 128K.In tests, Zorb-7B.Net stays.")
        'It reads 128K. In tests, Zorb-7B.Net stays.'
        >>> spaced_punctuation("It beats Zorb5.Compared with other models,Quill-Net wins; N,N-dimethyl stays.")
        'It beats Zorb5. Compared with other models, Quill-Net wins; N,N-dimethyl stays.'
        >>> spaced_punctuation("Two sets: DS1(Data Set1), DS2(Data Set2). SE(3)-Zorb and f(x) stay.")
        'Two sets: DS1 (Data Set1), DS2 (Data Set2). SE(3)-Zorb and f(x) stay.'
    """
    if "," not in text and "." not in text:
        return text
    kept: list[tuple[int, int]] | None = None  # the URLs' spans, found once a lost space is (most texts have none)

    def spaced(m: re.Match[str]) -> str:
        nonlocal kept
        if kept is None:
            kept = [u.span() for u in _URL_LIKE.finditer(text)]
        if any(a <= m.start() < b for a, b in kept):
            return m.group()
        if text[m.start() - 1] in "KMBT" and not text[text.rfind(" ", 0, m.start()) + 1:m.start() - 1].isdigit():
            return m.group()  # "Zorb-7B.Net": a size inside a name, not a count ending a sentence ("128K.In")
        return " (" if m.group() == "(" else m.group().strip() + " "

    return _LOST_SPACE.sub(spaced, text)


def check_record(rec: PaperRecord, report: ReadReport | None = None) -> PaperRecord:
    """Check every field of ``rec`` against ``FIELDS`` and clean its text (see the module docstring); a date more
    than a year past today's is refused (a paper "to appear" next year is not).

    Raises:
        SourceError: FILE:LINE, the field and what it must be.
    """
    try:
        values = {name: check_value(name, kind, getattr(rec, name)) for name, kind in _CHECKED}
        for key, value in values.items():
            for text in [value] if isinstance(value, str) else value if isinstance(value, list) else []:
                if SURROGATE.search(text):
                    raise FieldError(key, "holds a lone UTF-16 surrogate", SURROGATE_HINT)
    except FieldError as exc:
        raise SourceError(rec.source, rec.line, f"bad record: {exc}", exc.hint) from None
    if values["date"] and int(values["date"][:4]) > date.today().year + 1:
        raise SourceError(rec.source, rec.line, f"bad record: 'date' {values['date']} is in the future",
                          "Write the year the paper appeared (a slip such as 2031 for 2021?), or leave the date out.")
    for key in ("title", "abstract", "comment", "arxiv_id", "doi"):
        if values[key] is not None:
            values[key] = (record_text if key in ("title", "abstract") else clean_text)(values[key], report)
    if values["comment"] == "":
        values["comment"] = None
    for key in ("orgs", "categories", "references", "topics"):
        values[key] = [t for t in (clean_text(v, report) for v in values[key]) if t]
    authors = [clean_text(a, report, name=True) for a in values["authors"]]
    kept = [a.casefold() not in NOT_PEOPLE and any(ch.isalnum() for ch in a) for a in authors]
    people = [a for a, keep in zip(authors, kept) if keep]
    if values["author_ids"]:  # kept beside their authors
        values["author_ids"] = [i for i, keep in zip(values["author_ids"], kept) if keep]
    if len(people) != len(authors):
        if report is not None:
            report.author_placeholders += len(authors) - len(people)
        values["authors_truncated"] = True
    values["authors"] = people
    for key, value in values.items():
        setattr(rec, key, value)
    return rec


def check_source_file(path: Path) -> None:
    """Refuse a path that is not a regular file (a folder, FIFO, device or socket) before opening it:
    a FIFO would block the read forever. A file name that is not UTF-8 is refused too: it is stored with
    every record (``sources``) and no store or export can hold it."""
    if SURROGATE.search(str(path)):
        shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise SourceError(shown, None, "the file name is not valid UTF-8",
                          "Rename the file (e.g. convmv -f latin1 -t utf-8 FILE) and build again.")
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise SourceError(str(path), None, f"cannot open: {exc.strerror}", "Check the path.") from exc
    if stat.S_ISDIR(mode):
        raise SourceError(str(path), None, "is a directory", "Give listing files, not a folder.")
    if not stat.S_ISREG(mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or
                stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
        raise SourceError(str(path), None, f"is {kind}, not a regular file",
                          "Save the listing to a file first, then build from that file.")


GZIP_MAGIC = b"\x1f\x8b"


class _CheckedGzip(gzip.GzipFile):
    """A GzipFile whose damaged data raises ``gzip.BadGzipFile`` (an OSError), not ``zlib.error``, so every
    reader's ``except (OSError, EOFError)`` names the file instead of crashing."""

    def read(self, size: int | None = -1) -> bytes:
        try:
            return super().read(size)
        except zlib.error as exc:
            raise gzip.BadGzipFile(str(exc)) from exc

    def read1(self, size: int = -1) -> bytes:
        try:
            return super().read1(size)
        except zlib.error as exc:
            raise gzip.BadGzipFile(str(exc)) from exc

    def peek(self, n: int) -> bytes:
        try:
            return super().peek(n)
        except zlib.error as exc:
            raise gzip.BadGzipFile(str(exc)) from exc


def open_source(path: Path) -> Any:
    """A buffered binary handle on ``path``, decompressed when the file is gzip (snapshots ship as .gz).

    Raises:
        SourceError: not a regular file, or it cannot be opened.
    """
    import io

    check_source_file(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise SourceError(str(path), None, f"cannot open: {exc.strerror}", "Check the path.") from exc
    if handle.peek(2)[:2] == GZIP_MAGIC:
        return io.BufferedReader(_CheckedGzip(fileobj=handle))
    return handle


def check_not_wide(path: Path, head: bytes) -> None:
    """Refuse a file whose first bytes ``head`` are a UTF-16 or UTF-32 byte-order mark: its text is not UTF-8
    (and would read as binary data, its NUL bytes first).

    Raises:
        SourceError: naming the encoding and how to re-save the file as UTF-8.
    """
    for mark, encoding in WIDE_MARKS:
        if head.startswith(mark):
            raise SourceError(str(path), 1, f"{encoding} text (byte-order mark {mark.hex(' ').upper()}), not UTF-8",
                              f"Re-save it as UTF-8 (e.g. iconv -f {encoding} -t UTF-8 {path.name} > utf8-{path.name}).")


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, text without newline), streaming (gzip too); bad bytes raise SourceError naming
    the line."""
    with open_source(path) as handle:
        try:
            head = handle.peek(BINARY_SNIFF_BYTES)[:BINARY_SNIFF_BYTES]
        except (OSError, EOFError) as exc:
            raise SourceError(str(path), 1, f"damaged compressed data: {exc}",
                              "Download the file again, or give it uncompressed.") from exc
        check_not_wide(path, head)
        if b"\x00" in head:  # a binary file: say so before its bytes fail as UTF-8
            raise SourceError(str(path), head[:head.index(b"\x00")].count(b"\n") + 1, "binary data (NUL byte)",
                              "Give a text listing, JSON Lines file or arXiv listing.")
        number = 0
        while True:
            try:
                raw = handle.readline(MAX_LINE_BYTES + 1)
            except (OSError, EOFError) as exc:  # a damaged or truncated gzip file
                raise SourceError(str(path), number + 1, f"damaged compressed data: {exc}",
                                  "Download the file again, or give it uncompressed.") from exc
            if not raw:
                return
            number += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                raise SourceError(str(path), number, "line is longer than 1 MiB",
                                  "Is this really a paper listing? Split the line or fix the file.")
            if b"\x00" in raw:
                raise SourceError(str(path), number, "binary data (NUL byte)",
                                  "Give a text listing, JSON Lines file or arXiv listing.")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SourceError(str(path), number, f"invalid UTF-8 at byte {exc.start} of the line",
                                  "Re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).") from exc
            if not text.isascii():  # composed accents: "José" typed as e + U+0301 reads as "José"
                text = unicodedata.normalize("NFC", text)
            # a byte-order mark also starts each part of files joined with cat
            yield number, text.removeprefix("\ufeff").rstrip("\r\n")
