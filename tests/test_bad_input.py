"""Bad input stops `kg build` with exit 1, a message naming file, line and what to do, and no store change."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import StoreError
from kg.pipeline import build

GOOD_PROFILE = "LGOct 20, 2022\nModels at ScaleBob Lee\nAn abstract.\n"
UNKNOWN_HINT = (
    "  The line {line!r} starts no known format: BibTeX (@article{{...}}), RIS (TY  - ), Web of Science (FN/PT), "
    "JSON ({{...}} or [...]), XML (<feed>, <dblp>), a profile listing ('LGOct 20, 2022' date line) or an arXiv "
    "listing ('arXiv:ID' lines).\n"
    "  Name the format with --input-format profile|arxiv|jsonl|bibtex|ris|wos|atom|dblp|openalex|s2|crossref|csl|"
    "arxiv-json if detection is wrong.\n")

JSON = ":1: bad JSON Lines record: "
REC = ":1: bad record: "
FINITE = "Write a finite number, or null when the value is unknown.\n"
DEEP = (JSON + "the value is nested too deeply to read\n"
        "  A paper record needs a few levels of nesting at most; is this really a listing?\n")
SURROGATE = ("A \\ud800-\\udfff escape must come as a pair (e.g. \\ud83d\\ude00 for one emoji); write the character "
             "itself or the whole pair.\n")
STRINGS = 'Write a JSON list of strings: ["cs.CL", "cs.LG"].\n'
BOOL = "Write true or false without quotes.\n"
TEXT = "Write the value as a JSON string.\n"
NAMES = 'Write the authors as a JSON list of names: ["Ada Lovelace", "Alan Turing"].'
DATE = "Write a real calendar date as YYYY-MM-DD, or the year alone as YYYY.\n"
FUTURE = "Write the year the paper appeared (a slip such as 2031 for 2021?), or leave the date out.\n"
ONE_OBJECT = "Each line must be one JSON object with at least a title or an abstract.\n"

# (file name, content, message after "Error: <path>"; {path} in it stands for the file's path)
BAD_INPUTS = [
    ("empty.txt", b"", ": the file is empty\n  Give a listing with at least one paper.\n"),
    ("blank.txt", b"\n  \n\n", ": the file holds only blank lines\n  Give a listing with at least one paper.\n"),
    ("unknown.txt", b"Shopping list\neggs\n", ":1: unknown format\n" + UNKNOWN_HINT.format(line="Shopping list")),
    ("pyproject.toml", b'[project]\nname = "x"\n', ":1: unknown format\n" + UNKNOWN_HINT.format(line="[project]")),
    ("table.toml", b'[[tool.entry]]\nname = "x"\n', ":1: unknown format\n"
     + UNKNOWN_HINT.format(line="[[tool.entry]]")),
    ("array.jsonl", b"[1, 2]\n", ":1: a JSON number where a paper object was expected\n"  # a one-line document
     "  Give a list of objects, or an API page of them.\n"),
    ("number.jsonl", b'{"title": "x"}\n7\n', ":2: bad JSON Lines record: each line must be a JSON object\n"
     "  Each line must be one JSON object with at least a title or an abstract.\n"),
    ("mixed.txt", (GOOD_PROFILE + '{"title": "x"}\n').encode(),
     ":4: expected a date line such as 'LGOct 20, 2022'\n  Got: '{\"title\": \"x\"}'. Is the file a mix of formats?\n"),
    ("mixed_arxiv.txt", b"An abstract.\n\narXiv:2101.00001\nCreated: 2021-01-01\n\nLGOct 20, 2022\n",
     ":6: unexpected line in an arXiv listing\n  Got: 'LGOct 20, 2022'. Is the file a mix of formats?\n"),
    ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", ":3: binary data (NUL byte)\n"
     "  Give a text listing, JSON Lines file or arXiv listing.\n"),
    ("nul.txt", b"LGOct 20, 2022\nModels\x00Bob Lee\n", ":2: binary data (NUL byte)\n"
     "  Give a text listing, JSON Lines file or arXiv listing.\n"),
    ("utf16.jsonl", '{"title": "Ünïcode"}\n'.encode("utf-16"), ":1: UTF-16 text (byte-order mark FF FE), not UTF-8\n"
     "  Re-save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 utf16.jsonl > utf8-utf16.jsonl).\n"),
    ("utf16be.json", '[{"title": "x"}]'.encode("utf-16-be").join([b"\xfe\xff", b""]),
     ":1: UTF-16 text (byte-order mark FE FF), not UTF-8\n"
     "  Re-save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 utf16be.json > utf8-utf16be.json).\n"),
    ("utf32.txt", "LGOct 20, 2022\n".encode("utf-32"), ":1: UTF-32 text (byte-order mark FF FE 00 00), not UTF-8\n"
     "  Re-save it as UTF-8 (e.g. iconv -f UTF-32 -t UTF-8 utf32.txt > utf8-utf32.txt).\n"),
    ("latin1.txt", "LGOct 20, 2022\nCafé ModelsBob Lee\nabs\n".encode("latin-1"),
     ":2: invalid UTF-8 at byte 3 of the line\n  Re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).\n"),
    ("long.jsonl", b'{"title": "ok"}\n{"title": "' + b"x" * (10 * 1024 * 1024) + b'"}\n',
     ":2: line is longer than 1 MiB\n  Is this really a paper listing? Split the line or fix the file.\n"),
    ("truncated.jsonl", b'{"title": "ok"}\n{"title": "broken\n',
     ":2: bad JSON Lines record: Unterminated string starting at: column 11\n"
     "  Each line must be one JSON object with at least a title or an abstract.\n"),
    ("no_title.jsonl", b'{"title": "ok"}\n{"authors": ["Bob Lee"]}\n',
     ":2: bad JSON Lines record: a paper needs a 'title' or an 'abstract'\n"
     "  Each line must be one JSON object with at least a title or an abstract.\n"),
    ("bad_authors.jsonl", b'{"title": "ok", "authors": [1, 2]}\n',
     ":1: bad record: 'authors' must be a list of name strings, got a list holding a number (1)\n"
     '  Write the authors as a JSON list of names: ["Ada Lovelace", "Alan Turing"].\n'),
    ("bad_date.jsonl", b'{"title": "ok", "date": "2023-13-45"}\n',
     ":1: bad record: 'date' is not a calendar date: '2023-13-45'\n"
     "  Write a real calendar date as YYYY-MM-DD, or the year alone as YYYY.\n"),
    ("truncated_profile.txt", (GOOD_PROFILE + "CVJun 1, 2023\n").encode(),
     ":4: the last record has no title line\n  The file looks truncated.\n"),
    ("truncated_arxiv.txt", b"An abstract.\n\narXiv:2101.00001\n",
     ":1: the last record has no 'Created:' line\n  The file looks truncated.\n"),
    ("unsplittable.txt", b"LGOct 20, 2022\nno authors here at all\nabs\n",
     ":2: cannot tell the title from the author list\n  Expected '<title><First Author>, <Author>[ et al.][ · org, org]'. "
     "Put a tab between title and authors if the names are unusual.\n"),
    ("bad_date.txt", b"LGFeb 30, 2022\nModels at ScaleBob Lee\nabs\n",
     ":1: impossible date Feb 30, 2022\n  Fix the date.\n"),
    *[(f"kind_{i:02d}_{name}", content, message) for i, (name, content, message) in enumerate([
        # JSON that Python reads but no store or export holds: non-finite and huge numbers, deep nesting
        ("nan.jsonl", b'{"title": "x", "score": NaN}\n', JSON + "NaN is not a JSON number (non-finite numbers are "
         "refused)\n  " + FINITE),
        ("neg_inf.jsonl", b'{"title": "x", "score": -Infinity}\n', JSON + "-Infinity is not a JSON number "
         "(non-finite numbers are refused)\n  " + FINITE),
        ("inf_in_list.jsonl", b'{"title": "x", "scores": [1, Infinity]}\n', JSON + "Infinity is not a JSON number "
         "(non-finite numbers are refused)\n  " + FINITE),
        ("overflow.jsonl", b'{"title": "x", "score": 1e400}\n', JSON + "the number 1e400 is too large (not "
         "finite)\n  " + FINITE),
        ("neg_overflow.jsonl", b'{"title": "x", "score": -2.5E+999}\n', JSON + "the number -2.5E+999 is too large "
         "(not finite)\n  " + FINITE),
        ("huge_int.jsonl", b'{"title": "x", "n": ' + b"9" * 5000 + b"}\n", JSON + "a number with 5000 digits is "
         "too large (at most 30)\n  Write the number as a string if it is an identifier.\n"),
        ("deep_list.jsonl", b'{"title": "x", "a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", DEEP),
        ("deep_700.jsonl", b'{"title": "x", "a": ' + b"[" * 700 + b"]" * 700 + b"}\n", REC + "'extra.a' is nested more "
         "than 32 levels deep\n  A paper record needs a few levels at most; flatten the value.\n"),
        ("deep_33.jsonl", b'{"title": "x", "a": {"b": ' + b"[" * 32 + b"]" * 32 + b"}}\n", REC + "'extra.a' is nested "
         "more than 32 levels deep\n  A paper record needs a few levels at most; flatten the value.\n"),
        ("deep_object.jsonl", b'{"title": "x", "a": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_000 + b"}\n", DEEP),
        # lone surrogates, in every kind of field
        ("surrogate_title.jsonl", b'{"title": "Emoji \\ud83d here"}\n', REC + "'title' holds a lone UTF-16 "
         "surrogate\n  " + SURROGATE),
        ("surrogate_abstract.jsonl", b'{"title": "x", "abstract": "\\udc00"}\n', REC + "'abstract' holds a lone "
         "UTF-16 surrogate\n  " + SURROGATE),
        ("surrogate_author.jsonl", b'{"title": "x", "authors": ["Ann \\ud800 Lee"]}\n', REC + "'authors' holds a "
         "lone UTF-16 surrogate\n  " + SURROGATE),
        ("surrogate_category.jsonl", b'{"title": "x", "categories": ["cs.\\udfff"]}\n', REC + "'categories' holds "
         "a lone UTF-16 surrogate\n  " + SURROGATE),
        ("surrogate_key.jsonl", b'{"title": "x", "\\ud800": 1}\n', REC + "'extra' has a key with a lone UTF-16 "
         "surrogate (\\ud800)\n  " + SURROGATE),
        ("surrogate_nested_key.jsonl", b'{"title": "x", "venue": {"\\udc00k": 2}}\n', REC + "'extra.venue' has a key "
         "with a lone UTF-16 surrogate (\\udc00k)\n  " + SURROGATE),
        ("surrogate_extra.jsonl", b'{"title": "x", "venue": {"name": "\\ud83d"}}\n', REC + "'extra.venue' holds "
         "a lone UTF-16 surrogate\n  " + SURROGATE),
        # objects and mixed lists where scalars or lists of strings belong
        ("comment_object.jsonl", b'{"title": "x", "comment": {"pages": 9}}\n', REC + "'comment' must be a string "
         "or null, got an object\n  Write the value as a JSON string, or null.\n"),
        ("comment_list.jsonl", b'{"title": "x", "comment": ["9 pages"]}\n', REC + "'comment' must be a string or "
         "null, got a list\n  Write the value as a JSON string, or null.\n"),
        ("comment_number.jsonl", b'{"title": "x", "comment": 9}\n', REC + "'comment' must be a string or null, got "
         "a number (9)\n  Write the value as a JSON string, or null.\n"),
        ("mixed_categories.jsonl", b'{"title": "x", "categories": ["cs.CL", 3]}\n', REC + "'categories' must be a "
         "string or a list of strings, got a list holding a number (3)\n  " + STRINGS),
        ("object_categories.jsonl", b'{"title": "x", "categories": {"cs": "CL"}}\n', REC + "'categories' must be a "
         "string or a list of strings, got an object\n  " + STRINGS),
        ("number_orgs.jsonl", b'{"title": "x", "orgs": 5}\n', REC + "'orgs' must be a string or a list of strings, "
         "got a number (5)\n  " + STRINGS),
        ("nested_references.jsonl", b'{"title": "x", "references": [["2101.00001"]]}\n', REC + "'references' must "
         "be a string or a list of strings, got a list holding a list\n  " + STRINGS),
        ("bool_references.jsonl", b'{"title": "x", "references": [true]}\n', REC + "'references' must be a string "
         "or a list of strings, got a list holding true\n  " + STRINGS),
        # booleans must be booleans
        ("has_code_false_string.jsonl", b'{"title": "x", "has_code": "false"}\n', REC + "'has_code' must be true, "
         "false or null, got the string 'false'\n  " + BOOL),
        ("has_code_no.jsonl", b'{"title": "x", "has_code": "no"}\n', REC + "'has_code' must be true, false or null, "
         "got the string 'no'\n  " + BOOL),
        ("has_code_one.jsonl", b'{"title": "x", "has_code": 1}\n', REC + "'has_code' must be true, false or null, "
         "got a number (1)\n  " + BOOL),
        ("has_code_list.jsonl", b'{"title": "x", "has_code": [true]}\n', REC + "'has_code' must be true, false or "
         "null, got a list\n  " + BOOL),
        ("truncated_yes.jsonl", b'{"title": "x", "authors_truncated": "yes"}\n', REC + "'authors_truncated' must "
         "be true or false, got the string 'yes'\n  " + BOOL),
        ("truncated_null.jsonl", b'{"title": "x", "authors_truncated": null}\n', REC + "'authors_truncated' must "
         "be true or false, got null\n  " + BOOL),
        # title and abstract must be strings
        ("title_number.jsonl", b'{"title": 42}\n', REC + "'title' must be a string, got a number (42)\n  " + TEXT),
        ("title_list.jsonl", b'{"title": ["Part", "One"]}\n', REC + "'title' must be a string, got a list\n  "
         + TEXT),
        ("title_object.jsonl", b'{"title": {"en": "x"}}\n', REC + "'title' must be a string, got an object\n  "
         + TEXT),
        ("title_true.jsonl", b'{"title": true}\n', REC + "'title' must be a string, got true\n  " + TEXT),
        ("abstract_number.jsonl", b'{"title": "x", "abstract": 3.5}\n', REC + "'abstract' must be a string, got a "
         "number (3.5)\n  " + TEXT),
        ("abstract_object.jsonl", b'{"abstract": {"text": "x"}}\n', REC + "'abstract' must be a string, got an "
         "object\n  " + TEXT),
        # authors: a list of names, never one string
        ("authors_string.jsonl", b'{"title": "x", "authors": "A. Lee, B. Kim and C. Wu"}\n', REC + "'authors' must "
         "be a list of name strings, got one string 'A. Lee, B. Kim and C. Wu'\n  " + NAMES
         + " One string would be one author.\n"),
        ("authors_object.jsonl", b'{"title": "x", "authors": [{"name": "A. Lee"}]}\n', REC + "'authors' must be a "
         "list of name strings, got a list holding an object\n  " + NAMES + "\n"),
        ("authors_null_item.jsonl", b'{"title": "x", "authors": ["A. Lee", null]}\n', REC + "'authors' must be a "
         "list of name strings, got a list holding null\n  " + NAMES + "\n"),
        ("authors_nested.jsonl", b'{"title": "x", "authors": [["A. Lee"]]}\n', REC + "'authors' must be a list of "
         "name strings, got a list holding a list\n  " + NAMES + "\n"),
        ("authors_number.jsonl", b'{"title": "x", "authors": 3}\n', REC + "'authors' must be a list of name "
         "strings, got a number (3)\n  " + NAMES + "\n"),
        # years and dates: real calendar dates, nothing after them
        ("year_true.jsonl", b'{"title": "x", "year": true}\n', REC + "'year' must be a date YYYY-MM-DD (or a year "
         "YYYY), got true\n  " + DATE),
        ("year_zero.jsonl", b'{"title": "x", "year": 0}\n', REC + "'year' is not a plausible year: 0\n  " + DATE),
        ("year_five_digits.jsonl", b'{"title": "x", "year": 20230}\n', REC + "'year' is not a plausible year: "
         "20230\n  " + DATE),
        ("year_float.jsonl", b'{"title": "x", "year": 2023.5}\n', REC + "'year' must be a date YYYY-MM-DD (or a "
         "year YYYY), got a number (2023.5)\n  " + DATE),
        ("year_words.jsonl", b'{"title": "x", "year": "twenty"}\n', REC + "'year' is not a calendar date: "
         "'twenty'\n  " + DATE),
        # a year past the next (a slip of a digit), in any format
        ("year_future.jsonl", b'{"title": "x", "year": 2999}\n', REC + "'date' 2999 is in the future\n  " + FUTURE),
        ("date_future.bib", b"@article{k, title = {x}, year = {2999}, month = {mar}}\n",
         REC + "'date' 2999-03 is in the future\n  " + FUTURE),
        ("date_zeros.jsonl", b'{"title": "x", "date": "0000-00-00"}\n', REC + "'date' is not a calendar date: "
         "'0000-00-00'\n  " + DATE),
        ("date_garbage.jsonl", b'{"title": "x", "date": "2023-01-05garbage"}\n', REC + "'date' is not a calendar "
         "date: '2023-01-05garbage'\n  " + DATE),
        ("date_slashes.jsonl", b'{"title": "x", "date": "2023/01/05"}\n', REC + "'date' is not a calendar date: "
         "'2023/01/05'\n  " + DATE),
        ("date_feb_29.jsonl", b'{"title": "x", "date": "2023-02-29"}\n', REC + "'date' is not a calendar date: "
         "'2023-02-29'\n  " + DATE),
        ("date_bad_time.jsonl", b'{"title": "x", "date": "2023-01-05T25:00"}\n', REC + "'date' is not a calendar "
         "date: '2023-01-05T25:00'\n  " + DATE),
        ("date_list.jsonl", b'{"title": "x", "date": ["2023-01-05"]}\n', REC + "'date' must be a date YYYY-MM-DD "
         "(or a year YYYY), got a list\n  " + DATE),
        ("published_bad.jsonl", b'{"title": "x", "published": "2023-04-31T00:00:00Z"}\n', REC + "'published' is "
         "not a calendar date: '2023-04-31T00:00:00Z'\n  " + DATE),
        # lines that are not one JSON object
        ("string_line.jsonl", b'{"title": "ok"}\n"just text"\n', ":2" + JSON[2:] + "each line must be a JSON "
         "object\n  " + ONE_OBJECT),
        ("null_line.jsonl", b'{"title": "ok"}\nnull\n', ":2" + JSON[2:] + "each line must be a JSON object\n  "
         + ONE_OBJECT),
        ("trailing_comma.jsonl", b'{"title": "ok"}\n{"title": "x",}\n', ":2" + JSON[2:] + "Expecting property "
         "name enclosed in double quotes: column 15\n  " + ONE_OBJECT),
        ("single_quotes.jsonl", b"{\"title\": \"ok\"}\n{'title': 'x'}\n", ":2" + JSON[2:] + "Expecting property "
         "name enclosed in double quotes: column 2\n  " + ONE_OBJECT),
        ("empty_title_and_abstract.jsonl", b'{"title": "", "abstract": ""}\n', JSON + "a paper needs a 'title' or an "
         "'abstract'\n  " + ONE_OBJECT),
        # the same id twice in one file with other contents
        ("same_arxiv_id.jsonl", b'{"id": "2101.00001", "title": "A"}\n{"id": "2101.00001", "title": "B"}\n',
         ":2: the arXiv id 2101.00001 again (first at {path}:1), differing in title\n"
         "  Keep one record of the paper (line 1 or line 2) or give each its own id.\n"),
        ("same_doi.jsonl", b'{"doi": "10.5555/x.1", "title": "A", "date": "2021-01-01"}\n\n'
         b'{"doi": "10.5555/X.1", "title": "B", "date": "2021-02-01", "authors": ["Al Lee"]}\n',
         ":3: the DOI 10.5555/x.1 again (first at {path}:1), differing in title, authors and date\n"
         "  Keep one record of the paper (line 1 or line 3) or give each its own id.\n"),
        # profile and arXiv listings: impossible dates, broken structure
        ("feb_29_2023.txt", b"LGFeb 29, 2023\nModels at ScaleBob Lee\nabs\n", ":1: impossible date Feb 29, 2023\n"
         "  Fix the date.\n"),
        ("april_31.txt", b"LGApr 31, 2022\nModels at ScaleBob Lee\nabs\n", ":1: impossible date Apr 31, 2022\n"
         "  Fix the date.\n"),
        ("two_date_lines.txt", b"LGOct 20, 2022\nLGOct 21, 2022\nModels at ScaleBob Lee\nabs\n",
         ":2: a date line follows a date line with no title between\n"
         "  Each paper needs its title-and-authors line after its date line.\n"),
        ("created_month_13.txt", b"An abstract.\n\narXiv:2101.00001\nCreated: 2023-13-45\n",
         ":4: bad record: 'Created' is not a calendar date: '2023-13-45'\n  " + DATE),
        ("created_zeros.txt", b"An abstract.\n\narXiv:2101.00001\nCreated: 0000-00-00\n",
         ":4: bad record: 'Created' is not a calendar date: '0000-00-00'\n  " + DATE),
        ("created_garbage.txt", b"An abstract.\n\narXiv:2101.00001\nCreated: 2023-01-05x\n",
         ":4: expected 'Created: YYYY-MM-DD' after the arXiv id\n"
         "  Got: 'Created: 2023-01-05x'. Add the 'Created:' line after arXiv:2101.00001.\n"),
        ("created_first.txt", b"An abstract.\n\nCreated: 2023-01-05\narXiv:2101.00001\n",
         ":3: a 'Created:' line with no 'arXiv:ID' line before it\n  Got: 'Created: 2023-01-05'. Each record is: "
         "abstract, optional comment, arXiv:ID, Created: date.\n"),
        ("bad_id.txt", b"One abstract.\n\narXiv:2101.0000x\nCreated: 2023-01-05\n\nAnother.\n\narXiv:2101.00002\n"
         b"Created: 2023-01-06\n",
         ":3: not an arXiv id: 'arXiv:2101.0000x'\n"
         "  Write the id as arXiv:YYMM.NNNNN (or an old-style one, arXiv:hep-th/9901001).\n"),
        ("id_without_abstract.txt", b"arXiv:2101.00001\nCreated: 2023-01-05\n",
         ":1: an arXiv id with no abstract before it\n"
         "  Each record is: abstract, optional comment, arXiv:ID, Created: date.\n"),
        ("abstract_without_id.txt", b"An abstract.\narXiv:2101.00001\nCreated: 2023-01-05\n\nAnother abstract.\n",
         ":5: a record with no 'arXiv:ID' line\n  The file looks truncated, or a record lost its id line.\n"),
    ])],
]


def snapshot(store: Path) -> dict[str, str]:
    """Every file of the store by relative path, as a content hash."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_fails_with_file_line_and_hint_and_keeps_the_store(
        runner: CliRunner, example_store: Path, examples: list[Path], tmp_path: Path,
        name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = snapshot(example_store)
    # a good file first: nothing is written until every source has been read
    result = runner.invoke(cli, ["build", str(examples[0]), str(bad), "--store", str(example_store), "--no-extract"])
    assert result.exit_code == 1
    assert (result.stdout, result.stderr) == ("", f"Error: {bad}{message.replace('{path}', str(bad))}")
    assert snapshot(example_store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "store"])


def test_bad_input_with_add_keeps_the_store(runner: CliRunner, example_store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "ok"}\nnot json\n', encoding="utf-8")
    before = snapshot(example_store)
    result = runner.invoke(cli, ["build", str(bad), "--add", "--store", str(example_store), "--no-extract"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}:2: bad JSON Lines record")
    assert snapshot(example_store) == before


def test_a_failed_store_write_leaves_the_old_store(example_store: Path, examples: list[Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store.embedded import EmbeddedStore

    def broken_write(self: EmbeddedStore, graph: object, progress: object = None, digest: object = None,
                     late: object = None) -> None:
        raise StoreError("disk full")

    before = snapshot(example_store)
    monkeypatch.setattr(EmbeddedStore, "bulk_write", broken_write)
    with pytest.raises(StoreError, match="disk full"):
        build(examples[:1], example_store, extract=False)
    assert snapshot(example_store) == before
    assert sorted(p.name for p in example_store.parent.iterdir()) == ["store"]


def test_a_folder_that_is_not_a_store_is_refused_untouched(runner: CliRunner, examples: list[Path],
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8")
    result = runner.invoke(cli, ["build", str(examples[2]), "--store", str(folder), "--no-extract"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {folder} is not a paper-kg store (no kg-store.json in it)\n"
                             "  Point --store (or KG_STORE) at a directory that `kg build` made.\n")
    assert [p.name for p in folder.iterdir()] == ["cat.jpg"]


@pytest.mark.parametrize(("args", "message"), [
    (["build"], "Missing argument 'SOURCES...'"),
    (["build", "no-such-file.txt"], "'no-such-file.txt' does not exist"),
    (["build", "x", "--input-format", "csv"], "'csv' is not one of 'profile', 'arxiv', 'jsonl'"),
    (["export", "--format", "dot", "-o", "g.dot"], "'dot' is not one of 'node-link', 'graphml', 'gexf'"),
])
def test_bad_usage_exits_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_stats_on_a_missing_store_says_how_to_build_one(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: no store at {tmp_path / 'none'}\n"
                             f"  Build one first: kg build LISTING... --store {tmp_path / 'none'}\n"
                             f"  (or give --store PATH, or set KG_STORE, for a store built elsewhere)\n")


def test_a_missing_relative_store_names_where_it_was_looked_for(runner: CliRunner, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["stats", "--store", "none"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: no store at none (looked for {tmp_path / 'none'})"


def test_jsonl_error_lines_count_blank_lines(tmp_path: Path) -> None:
    from kg.errors import SourceError
    from kg.sources import read_records

    path = tmp_path / "gaps.jsonl"
    path.write_text(json.dumps({"title": "a"}) + "\n\n\n{oops\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        list(read_records(path))
    assert (err.value.path, err.value.line) == (str(path), 4)


def test_a_store_open_in_another_process_is_named(example_store: Path) -> None:
    from kg.store import open_store

    with open_store(example_store):
        done = subprocess.run([sys.executable, "-m", "kg", "stats", "--store", str(example_store)],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr == (f"Error: the store {example_store} is open in another process (a build or query still "
                           "running?); wait for it to finish, or use another --store\n")


# The CLI: (args with {store}, {tmp}, {good}, {blocker} (a file), {fifo}; exit code; the exact message on
# standard error; for exit 2, the last line click prints after its usage lines). The store never changes.
REFUSED_CYPHER = "Error: kg cypher runs read-only queries; this one has {what}\n" \
                 "  Write with kg build (or a Neo4j client for a Neo4j store).\n"
CLI_CASES = [
    (["build", "{good}", "--store", "{blocker}/store", "--no-extract"], 1,
     "Error: cannot build the store {blocker}/store: {blocker} is a file, not a folder\n"
     "  Give --store a path whose folders exist or can be made.\n"),
    (["build", "{good}", "--store", "{blocker}", "--no-extract"], 1,
     "Error: cannot build the store {blocker}: it is a file, not a folder\n"
     "  Give --store a folder path (kg build makes it).\n"),
    (["build", "{good}", "--store", "{store}", "--min-score", "nan"], 2,
     "Error: Invalid value for '--min-score': 'nan' is not a number between 0 and 1.\n"),
    (["build", "{good}", "--store", "{store}", "--min-score", "2"], 2,
     "Error: Invalid value for '--min-score': 2.0 is not in the range 0<=x<=1.\n"),
    (["build", "{fifo}", "--store", "{store}", "--no-extract"], 1,
     "Error: {fifo}: is a named pipe (FIFO), not a regular file\n"
     "  Save the listing to a file first, then build from that file.\n"),
    (["build", "{good}", "/dev/null", "--store", "{store}", "--no-extract"], 1,
     "Error: /dev/null: is a device, not a regular file\n"
     "  Save the listing to a file first, then build from that file.\n"),
    (["build", "{tmp}", "--store", "{store}"], 2,
     "Error: Invalid value for 'SOURCES...': File '{tmp}' is a directory.\n"),
    (["lineage", "GPipe", "--store", "{store}", "--min-score", "nan"], 2,
     "Error: Invalid value for '--min-score': 'nan' is not a number between 0 and 1.\n"),
    (["lineage", "GSPMD", "--why", "--store", "{store}"], 2,
     "Error: Invalid value for '--why': '--store' looks like an option; --why takes a model's name first, as in "
     "--why GShard.\n"),
    (["lineage", "--store", "{store}", "Switch", "Transformer"], 2,
     "Error: Got unexpected extra argument (Transformer)\n"
     "  A name of several words goes in quotes: kg lineage \"Switch Transformer\"; for two models: kg lineage Switch "
     "--why Transformer, or kg lineage-path Switch Transformer.\n"),
    (["coauthors", "Noam", "Shazeer", "--store", "{store}"], 2,
     "Error: Got unexpected extra argument (Shazeer)\n"
     "  A name of several words goes in quotes: kg coauthors \"Noam Shazeer\".\n"),
    (["--store", "{store}", "lineage", "GSPMD"], 2,
     "Error: No such option '--store' before the command; options go after the command's name, as in: kg lineage "
     "... --store ...\n"),
    (["lineage-path", "GPipe", "GSPMD", "--store", "{store}", "--min-score", "inf"], 2,
     "Error: Invalid value for '--min-score': inf is not in the range 0<=x<=1.\n"),
    (["cypher", "MATCH (n) DETACH DELETE n", "--store", "{store}"], 1,
     REFUSED_CYPHER.format(what="DETACH (offset 10)")),
    (["cypher", "RETURN 1 AS one //\rCREATE (x:Paper {id:'injected'}) RETURN 2 AS two", "--store", "{store}"], 1,
     REFUSED_CYPHER.format(what="CREATE (offset 19)")),
    (["cypher", "INSERT (:Paper {id:'x'})", "--store", "{store}"], 1, REFUSED_CYPHER.format(what="INSERT (offset 0)")),
    (["cypher", "RETURN 1 AS x /* CREATE (n) */ ; MERGE (n:Paper {id: 'm'})", "--store", "{store}"], 1,
     REFUSED_CYPHER.format(what="MERGE (offset 33)")),
    (["cypher", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "--store", "{store}"], 1,
     REFUSED_CYPHER.format(what="LOAD CSV (offset 0)")),
    (["cypher", "RETURN $x AS x", "--store", "{store}", "-p", "x=" + "[" * 5000], 2,
     "Error: Invalid value for '--param' / '-p': a --param value is nested too deeply to read: " + "[" * 20 + "...\n"
     "  Pass a flatter JSON value, or a plain string.\n"),
    (["export", "--store", "{store}", "-o", "{blocker}/graph.json"], 1,
     "Error: cannot write {blocker}/graph.json: {blocker} is a file, not a folder\n"
     "  Give -o a path in an existing folder.\n"),
    (["export", "--store", "{store}", "--format", "graphml", "-o", "{blocker}/sub/graph.graphml"], 1,
     "Error: cannot write {blocker}/sub/graph.graphml: {blocker} is a file, not a folder\n"
     "  Give -o a path in an existing folder.\n"),
    (["export", "--store", "{store}", "--format", "neo4j-csv", "-o", "-"], 1,
     "Error: neo4j-csv writes a directory of files, not standard output; give -o DIRECTORY\n"),
    (["stats", "--store", "{blocker}"], 1, "Error: {blocker} is a file, not a store directory\n"
     "  Point --store (or KG_STORE) at a directory that `kg build` made.\n"),
    (["stats", "--store", "{blocker}/store"], 1, "Error: no store at {blocker}/store\n"
     "  Build one first: kg build LISTING... --store {blocker}/store\n"
     "  (or give --store PATH, or set KG_STORE, for a store built elsewhere)\n"),
]


@pytest.mark.parametrize(("args", "code", "message"), CLI_CASES, ids=[" ".join(c[0][:2])[:40] for c in CLI_CASES])
def test_bad_command_lines_fail_cleanly_and_keep_the_store(
        runner: CliRunner, example_store: Path, examples: list[Path], tmp_path: Path,
        args: list[str], code: int, message: str) -> None:
    import os

    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    names = {"{store}": str(example_store), "{tmp}": str(tmp_path), "{good}": str(examples[2]),
             "{blocker}": str(blocker), "{fifo}": str(fifo)}

    def fill(text: str) -> str:
        for key, value in names.items():
            text = text.replace(key, value)
        return text

    before = snapshot(example_store)
    result = runner.invoke(cli, [fill(a) for a in args])
    assert (result.exit_code, result.stdout) == (code, "")
    if code == 1:
        assert result.stderr == fill(message)
    else:
        assert result.stderr.endswith("\n\n" + fill(message))
    assert "Traceback" not in result.stderr
    assert snapshot(example_store) == before
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("written", ['""', '"   "', "null"])
def test_an_empty_date_is_no_date_not_a_bad_one(tmp_path: Path, written: str) -> None:
    from kg.pipeline import read_sources

    path = tmp_path / "export.jsonl"
    path.write_text('{"title": "Sparse routing", "date": ' + written + ', "year": ' + written + "}\n", encoding="utf-8")
    [record] = read_sources([path])
    assert (record.title, record.date) == ("Sparse routing", None)
