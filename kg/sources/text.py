"""Helpers the document readers share: whole-file text with bad bytes named, LaTeX to Unicode, dates."""

from __future__ import annotations

import itertools
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.sources.records import check_not_wide, open_source

MAX_DOCUMENT_BYTES = 1 << 30  # 1 GiB: a JSON or XML document is read whole; larger ones must be split
MONTH_NAMES = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def read_text(path: Path) -> str:
    """The whole text of ``path`` (gzip decompressed, BOM dropped); NUL bytes and bad UTF-8 name their line.

    Raises:
        SourceError: the file cannot be opened, is binary, is UTF-16 or UTF-32 or otherwise not UTF-8, or is
            over 1 GiB.
    """
    with open_source(path) as handle:
        try:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise SourceError(str(path), None, f"damaged compressed data: {exc}",
                              "Download the file again, or give it uncompressed.") from exc
    if len(data) > MAX_DOCUMENT_BYTES:
        raise SourceError(str(path), None, "document is larger than 1 GiB", "Split it into several files.")
    check_not_wide(path, data)
    if b"\x00" in data:
        raise SourceError(str(path), data[:data.index(b"\x00")].count(b"\n") + 1, "binary data (NUL byte)",
                          "Give a text file (BibTeX, RIS, JSON, XML or a listing).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(str(path), data[:exc.start].count(b"\n") + 1, f"invalid UTF-8 at byte {exc.start}",
                          "Re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).") from exc
    return text.replace("\ufeff", "")


def line_at(text: str, offset: int) -> int:
    """1-based line number of character ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1


def squash(text: Any) -> str:
    """White space collapsed; a non-string gives ''."""
    return " ".join(text.split()) if isinstance(text, str) else ""


# Font and box commands whose argument pylatexenc's text conversion drops (texttt, textsf, mbox, ...) or writes in
# Unicode's mathematical letters outside maths (mathbf: "𝐅𝐞𝐝𝐀𝐯𝐠"): their text, as it prints, is kept as written
_TEXT_FONTS = ("texttt", "textsf", "textup", "textmd", "textnormal", "mbox", "mathbf", "mathit", "mathsf", "mathtt",
               "mathrm", "boldsymbol", "bm")


@lru_cache(maxsize=1)
def _latex() -> tuple[Any, Any]:
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec
    from pylatexenc.latex2text import get_default_latex_context_db as text_context
    from pylatexenc.latexwalker import get_default_latex_context_db

    fonts = text_context()
    fonts.add_context_category("kg-fonts", macros=[MacroTextSpec(m, discard=False) for m in _TEXT_FONTS],
                               prepend=True)
    # the walker's context is built once: pylatexenc rebuilds it for every string otherwise
    return (LatexNodes2Text(latex_context=fonts, math_mode="verbatim", strict_latex_spaces=True),
            get_default_latex_context_db())


_LATEX_COMMAND = re.compile(r"[\\$%]")
# TeX's dashes, as pylatexenc decodes them in text with commands: "--" an en dash, "---" an em dash, between two
# word characters or two spaces ("AutoGluon--TimeSeries---an", "50--68", "models -- which"); not an option
# ("--help") nor an arrow ("-->")
_TEX_DASHES = re.compile(r"(?<=\w)---?(?=\w)|(?<= )---?(?= )")
_TEX_DASH = {"--": "\u2013", "---": "\u2014"}
_PLAIN_SPECIALS = (("---", _TEX_DASH["---"]), ("--", _TEX_DASH["--"]), ("~", " "), ("``", "\u201c"), ("''", "\u201d"))


@lru_cache(maxsize=1 << 16)  # names and venues repeat across a library
def latex_to_text(value: str) -> str:
    """LaTeX accents, commands and braces decoded to Unicode text (pylatexenc), spaces collapsed.

    Text with no command (no backslash, ``$`` or ``%``) only loses its braces and has its dashes,
    quotes and ties replaced, without a parse; in text whose only commands are braced accented letters
    (``M{\\o}ller``, ``Fran{\\c{c}}ois``: most names of a library) each such group is decoded once.

    Examples:
        >>> latex_to_text(r"{T}he {M}odel of Sch\\"{o}n and Ga{\\'e}l -- {\\&} more~text")
        'The Model of Schön and Gaél – & more text'
        >>> latex_to_text("{S}parse {MoE} -- routing")
        'Sparse MoE – routing'
    """
    if not _LATEX_COMMAND.search(value):
        text = value.replace("{", "").replace("}", "")
        for special, char in _PLAIN_SPECIALS:
            text = text.replace(special, char)
        return squash(text)
    if _PLAIN_AROUND_ACCENTS.fullmatch(value):  # only braced accents (M{\o}ller): each decoded once, by pylatexenc
        return squash(_ACCENT_GROUP.sub(lambda m: _decoded(m.group(0)), value).replace("{", "").replace("}", ""))
    return _decoded(value)


_DOUBLED_COMMAND = re.compile(r"\\\\(?=[A-Za-z]+\{)")  # a command escaped twice by a copy: "\\\\textit{Zorb}"
_LATEX_MARKUP = re.compile(r"\\(?:[A-Za-z]+|[%$&_#{}])")  # a command (\emph, \it) or an escaped special (\%)
_BARE_PERCENT = re.compile(r"(?<!\\)%")
# Markdown emphasis a page keeps around words (*FastCache*, **Lynx**, _Quill_): the opening mark after no word
# character and before a non-space, the closing one the same after a non-space ("dRRT*", "A* search" open none);
# TeX's subscripts are no marks ("BERT$_{\rm BASE}$ and BERT$_{\rm LARGE}$")
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*\\$])(\*{1,2}|_{1,2})(?=[^\s*_{])([^*_\n]{1,120}?)(?<=[^\s*_])\1"
                                r"(?![\w*])")


def markup_to_text(value: str) -> str:
    """Text that may hold LaTeX markup, as an arXiv abstract does (``\\emph{sparse}``, ``{\\it CALL}``,
    ``\\underline{C}ommunicative``, ``90\\%``), as plain text; maths stays as written (``$\\alpha$``). A bare ``%``
    is a percent sign here, not a comment; text with no LaTeX command comes back as it is.

    Markdown emphasis around words, as digests and web pages keep it, is dropped too.

    Examples:
        >>> markup_to_text(r"We develop {\\it CALL}, \\underline{C}ommunic\\underline{a}tive Model, 5% faster: 90\\%")
        'We develop CALL, Communicative Model, 5% faster: 90%'
        >>> markup_to_text("a {braced} $5 fee, 5% more")
        'a {braced} $5 fee, 5% more'
        >>> markup_to_text("We propose *FastCache*, and **Lynx** beats dRRT* and A* search.")
        'We propose FastCache, and Lynx beats dRRT* and A* search.'
        >>> markup_to_text("On _QuillBench_ and __ZorbQA__, snake_case_names stay.")
        'On QuillBench and ZorbQA, snake_case_names stay.'
        >>> markup_to_text("Zorb$_{BASE}$ and Zorb$_{LARGE}$, Ni$_2$ and Te$_2$")
        'Zorb$_{BASE}$ and Zorb$_{LARGE}$, Ni$_2$ and Te$_2$'
        >>> markup_to_text("Zorb--Quill---a library for 50--68 runs -- see --help, a-->b")
        'Zorb–Quill—a library for 50–68 runs – see --help, a-->b'
        >>> markup_to_text(r"called \\\\textit{Zorb}, with \\\\emph{sub-pixel} bins")
        'called Zorb, with sub-pixel bins'
    """
    if "*" in value or "_" in value:
        value = _MARKDOWN_EMPHASIS.sub(r"\2", value)
    if "\\\\" in value:
        value = _DOUBLED_COMMAND.sub(r"\\", value)
    if not _LATEX_MARKUP.search(value):
        return _TEX_DASHES.sub(lambda m: _TEX_DASH[m.group()], value) if "--" in value else value
    return field_to_text(value)


def field_to_text(value: str) -> str:
    """A BibTeX field's LaTeX as text (``latex_to_text``), a bare ``%`` kept as a percent sign: a .bib file's
    abstract writes "by 12% relative" as often as "by 12\\% relative", and pylatexenc would read the rest as a
    comment.

    Examples:
        >>> field_to_text(r"cuts WER by 12% relative and {\\em beats} HuBERT by 3\\%")
        'cuts WER by 12% relative and beats HuBERT by 3%'
    """
    return latex_to_text(_BARE_PERCENT.sub(r"\\%", value))


# one letter with one accent (or a letter command), in its own braces: {\"u}, {\'\i}, {\c{c}}, {\o}
_ACCENT_GROUP = re.compile(r"""\{\\(?:["'`^~=.](?:[A-Za-z]|\\[ij]|\{(?:[A-Za-z]|\\[ij])\})"""
                           r"""|[cuvHkrdb]\{(?:[A-Za-z]|\\[ij])\}|(?:o|O|ss|ae|AE|oe|OE|aa|AA|l|L|i|j))\}""")
# text where such groups are the only commands, between words that pylatexenc leaves as they are
_PLAIN_AROUND_ACCENTS = re.compile(rf"(?:{_ACCENT_GROUP.pattern}|[^\W_]|[ .,:;()/]|\{{[^\W_]+\}})+")


@lru_cache(maxsize=1 << 16)
def _decoded(value: str) -> str:
    converter, context = _latex()
    try:
        text = converter.latex_to_text(value, latex_context=context)
    except Exception:  # pylatexenc is lenient; any failure keeps the braces-stripped text
        text = value.replace("{", "").replace("}", "")
    return squash(text.replace("\u00a0", " "))


def iso_date(year: Any, month: Any = None, day: Any = None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from parts (numbers, digit strings, month or season names).

    A part that does not make a real date is dropped with the parts after it.

    Examples:
        >>> iso_date(2022, "feb", "18"), iso_date("2021", "Summer"), iso_date(2020, 13), iso_date(None)
        ('2022-02-18', '2021-06', '2020', None)
    """
    y = _int(year)
    if y is None or not 1000 <= y <= 2999:
        return None
    m = _month(month)
    if m is None:
        return f"{y:04d}"
    d = _int(day)
    if d is not None:
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            pass
    return f"{y:04d}-{m:02d}"


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value.strip())
    return None


def _month(value: Any) -> int | None:
    number = _int(value)
    if number is not None:
        return number if 1 <= number <= 12 else None
    if isinstance(value, str):
        word = value.strip().casefold().rstrip(".")
        return MONTH_NAMES.get(word[:3]) if word[:3] in MONTH_NAMES else SEASONS.get(word)
    return None


_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class DateError(ValueError):
    """A date field whose value is no calendar date: the field, the value, and a hint."""

    hint = "Write a real calendar date (YYYY-MM-DD, or the year alone), or leave the field out."

    def __init__(self, name: str, value: Any) -> None:
        super().__init__(f"{name} {value!r}, which is not a date")


def _precise(found: str | None, parts: int) -> bool:
    return found is not None and found.count("-") == parts - 1


def date_parts(name: str, parts: Any) -> str | None:
    """The date of ``[year, month, day]`` parts (numbers or digit strings; month and day optional) of a field
    named ``name``; an empty list gives None. Every part given must make a real date: ``[2020, 13, 45]`` is no
    date and not ``2020`` (the policy of every reader: a bad date is refused with its file and line).

    Raises:
        DateError: a part that makes no date.

    Examples:
        >>> date_parts("issued", [2020, 5, 2]), date_parts("issued", ["2019"]), date_parts("issued", [])
        ('2020-05-02', '2019', None)
        >>> date_parts("issued", [2020, 13, 45])
        Traceback (most recent call last):
        ...
        kg.sources.text.DateError: issued [2020, 13, 45], which is not a date
    """
    if not isinstance(parts, list) or not parts or all(p is None for p in parts):
        return None
    given = list(itertools.takewhile(lambda p: p is not None, parts[:3]))
    found = iso_date(*given) if given else None
    if not _precise(found, len(given)):
        raise DateError(name, parts)
    return found


def date_field(name: str, value: Any) -> str | None:
    """The date of a date field named ``name`` (ISO ``2021-02-18``, with or without a time, ``2021-02``,
    ``2021``, or a written date that ``parse_date_text`` reads); null or blank gives None.

    Raises:
        DateError: a value that is no calendar date (``2021-02-30``, ``someday``, a number that is no year).

    Examples:
        >>> date_field("publication_date", "2021-02-18T00:00:00Z"), date_field("created", "Mon, 2 Apr 2007 19:18:42 GMT")
        ('2021-02-18', '2007-04-02')
        >>> date_field("publication_date", "2021-02-30")
        Traceback (most recent call last):
        ...
        kg.sources.text.DateError: publication_date '2021-02-30', which is not a date
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if iso_date(value) is None:
            raise DateError(name, value)
        return iso_date(value)
    if not isinstance(value, str):
        raise DateError(name, value)
    iso = _ISO_PREFIX.match(value.strip())
    if iso:
        given = [p for p in iso.groups() if p is not None]
        found = iso_date(*given)
        if not _precise(found, len(given)):
            raise DateError(name, value)
        return found
    found = parse_date_text(value)
    if found is None:
        raise DateError(name, value)
    return found


def parse_date_text(text: Any) -> str | None:
    """A date from free text: ISO (with time), ``18 Feb 2022``, ``Feb 18, 2022``, RFC 2822, ``2022``.

    Examples:
        >>> [parse_date_text(s) for s in ["2022-02-18T17:46:11Z", "Fri, 18 Feb 2022 17:46:11 GMT",
        ...                               "18 Feb 2022", "February 18, 2022", "Spring 2021", "n.d."]]
        ['2022-02-18', '2022-02-18', '2022-02-18', '2022-02-18', '2021-03', None]
    """
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    iso = _ISO_PREFIX.match(text)
    if iso:
        return iso_date(iso[1], iso[2], iso[3])
    words = re.findall(r"[A-Za-z]+|\d+", text)
    year = next((w for w in words if len(w) == 4 and w.isdigit()), None)
    month = next((w for w in words if _month(w) is not None and not w.isdigit()), None)
    day = next((w for w in words if w.isdigit() and len(w) <= 2), None)
    return iso_date(year, month, day if month else None) if year else None
