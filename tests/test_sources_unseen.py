"""Listing readers on material pasted from elsewhere: other categories and date forms, CRLF, byte-order marks,
odd spaces, group and non-Latin authors, versioned and old-style arXiv ids, comment lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import SourceError
from kg.sources import detect_format, read_records
from kg.sources.names import split_title_authors

PROFILE = """\
ROJan 5, 2024
Sim-to-Real Transfer for Legged Robots (Extended)Ludwig van der Berg, Zoë Adeyemi · eth, mit  \n\
We transfer policies from simulation to hardware.  \n\


IRFebruary 14, 2023Code
Dense Retrieval Revisited?Liam O'Brien, Jean-Baptiste Alayrac et al.
We revisit dense retrieval.
stat.MLSept. 3, 2022
GPT-4 Technical ReportOpenAI
We report on a large model.
Dec 31, 2021
Llama 3.1Łukasz Wiśniewski, Martin Luther King Jr.\u00a0·\u00a0nordlab
Release notes.
hep-th3 March 2021
Chinese NER Revisited李明, 王芳 et al.·riverbend
NEOct 2 2023
BLOOM: A 176B-Parameter Open-Access Multilingual Language ModelBigScience Workshop
"""

# (line, categories, date, has code, title, authors, truncated, orgs, abstract)
PROFILE_RECORDS = [
    (1, ["RO"], "2024-01-05", False, "Sim-to-Real Transfer for Legged Robots (Extended)",
     ["Ludwig van der Berg", "Zoë Adeyemi"], False, ["eth", "mit"], "We transfer policies from simulation to hardware."),
    (6, ["IR"], "2023-02-14", True, "Dense Retrieval Revisited?", ["Liam O'Brien", "Jean-Baptiste Alayrac"], True,
     [], "We revisit dense retrieval."),
    (9, ["stat.ML"], "2022-09-03", False, "GPT-4 Technical Report", ["OpenAI"], False, [],
     "We report on a large model."),
    (12, [], "2021-12-31", False, "Llama 3.1", ["Łukasz Wiśniewski", "Martin Luther King Jr."], False, ["nordlab"],
     "Release notes."),
    (15, ["hep-th"], "2021-03-03", False, "Chinese NER Revisited", ["李明", "王芳"], True, ["riverbend"], ""),
    (17, ["NE"], "2023-10-02", False, "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model",
     ["BigScience Workshop"], False, [], ""),
]

ARXIV = """\
First paragraph of the abstract, about sparse experts.

Second paragraph: we release code and models.

Accepted at ICLR 2024. Code: https://github.com/nordlab/experts

arXiv:2101.00001v2
Created: 2021-01-01

An old-style paper on strings.

arXiv:hep-th/9901001v3
Created: 1999-01-04

A paper whose id line names its category.

Published in TACL

arXiv:2305.12345v1 [cs.CL]
Created: 2023-05-20

An abstract on the Picard group.

arXiv:math.AG/0101001
Created: 2001-01-10

A short abstract.

Code and data at https://example.org/repo

arxiv:2202.00002
Created: 2022-02-02
"""

# (line, arxiv id, categories, date, comment, abstract)
ARXIV_RECORDS = [
    (1, "2101.00001", [], "2021-01-01", "Accepted at ICLR 2024. Code: https://github.com/nordlab/experts",
     "First paragraph of the abstract, about sparse experts. Second paragraph: we release code and models."),
    (10, "hep-th/9901001", [], "1999-01-04", None, "An old-style paper on strings."),
    (15, "2305.12345", ["cs.CL"], "2023-05-20", "Published in TACL", "A paper whose id line names its category."),
    (22, "math/0101001",  # the subject class is dropped: one id for both spellings
     [], "2001-01-10", None, "An abstract on the Picard group."),
    (27, "2202.00002", [], "2022-02-02", "Code and data at https://example.org/repo", "A short abstract."),
]

# the same text as LF, CRLF, with a byte-order mark, and as two files joined with cat (a mark mid-file)
ENCODINGS = {
    "lf": lambda text: text.encode(),
    "crlf": lambda text: text.replace("\n", "\r\n").encode(),
    "bom": lambda text: ("\ufeff" + text).encode(),
    "bom-crlf": lambda text: ("\ufeff" + text).replace("\n", "\r\n").encode(),
}


def profile_fields(path: Path) -> list[tuple[object, ...]]:
    return [(r.line, r.categories, r.date, r.has_code, r.title, r.authors, r.authors_truncated, r.orgs, r.abstract)
            for r in read_records(path)]


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_profile_listing_from_elsewhere(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "profile.txt"
    path.write_bytes(ENCODINGS[encoding](PROFILE))
    assert detect_format(path) == "profile"
    assert profile_fields(path) == PROFILE_RECORDS


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_arxiv_listing_from_elsewhere(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "arxiv.txt"
    path.write_bytes(ENCODINGS[encoding](ARXIV))
    assert detect_format(path) == "arxiv"
    assert [(r.line, r.arxiv_id, r.categories, r.date, r.comment, r.abstract) for r in read_records(path)] == (
        ARXIV_RECORDS)


def test_files_joined_with_cat_keep_their_byte_order_marks_out(tmp_path: Path) -> None:
    path = tmp_path / "joined.txt"
    path.write_bytes(ENCODINGS["bom"](PROFILE) + ENCODINGS["bom-crlf"](PROFILE))
    offset = PROFILE.count("\n")
    assert profile_fields(path) == PROFILE_RECORDS + [(line + offset, *rest) for line, *rest in PROFILE_RECORDS]


@pytest.mark.parametrize(("header", "categories", "when"), [
    ("CLOctober 20, 2022", ["CL"], "2022-10-20"),
    ("CLOct. 20, 2022Code", ["CL"], "2022-10-20"),
    ("cs.ROOct 20 2022", ["cs.RO"], "2022-10-20"),
    ("DC 20 Oct 2022", ["DC"], "2022-10-20"),
    ("q-bio.NC20 October, 2022", ["q-bio.NC"], "2022-10-20"),
    ("Oct 20, 2022", [], "2022-10-20"),
])
def test_profile_date_lines(tmp_path: Path, header: str, categories: list[str], when: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(f"{header}\nModels at ScaleBob Lee\nAn abstract.\n", encoding="utf-8")
    (record,) = read_records(path)
    assert (record.categories, record.date) == (categories, when)


def test_a_dated_sentence_in_an_abstract_is_no_date_line(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("LGOct 20, 2022\nModels at ScaleBob Lee\nUpdated May 5, 2023\n", encoding="utf-8")
    (record,) = read_records(path)
    assert record.abstract == "Updated May 5, 2023"


# (file name, content, message after "Error: <path>")
BAD = [
    ("bad_day.txt", "LGJun 31, 2022\nModels at ScaleBob Lee\nabs\n", ":1: impossible date Jun 31, 2022\n  Fix the date.\n"),
    ("acronym_author.txt", "LGJun 3, 2022\nVideo Generation ModelsNVIDIA, Niket Agarwal\nabs\n",
     ":2: cannot tell the title from the author list\n  Expected '<title><First Author>, <Author>[ et al.][ · org, "
     "org]'. Put a tab between title and authors if the names are unusual.\n"),
    ("no_created.txt", "Abstract one.\n\narXiv:2101.00001v2\n\nAbstract two.\n\narXiv:2101.00002\nCreated: 2021-01-02\n",
     ":5: expected 'Created: YYYY-MM-DD' after the arXiv id\n"
     "  Got: 'Abstract two.'. Add the 'Created:' line after arXiv:2101.00001.\n"),
    ("orphan_created.txt", "Abstract one.\n\narXiv:2101.00001\nCreated: 2021-01-02\nCreated: 2021-01-03\n",
     ":5: a 'Created:' line with no 'arXiv:ID' line before it\n"
     "  Got: 'Created: 2021-01-03'. Each record is: abstract, optional comment, arXiv:ID, Created: date.\n"),
    ("created_format.txt", "Abstract one.\r\n\r\narXiv:2101.00001\r\nCreated: Feb 30, 2021\r\n",
     ":4: not a date: 'Feb 30, 2021'\n"
     "  Write 'Created: YYYY-MM-DD' (a time, an RFC 2822 date or '18 Feb 2022' also do).\n"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_pasted_input_names_file_and_line(runner: CliRunner, tmp_path: Path, name: str, content: str,
                                              message: str) -> None:
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8", newline="")
    result = runner.invoke(cli, ["build", str(bad), "--store", str(tmp_path / "store"), "--no-extract"])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {bad}{message}")
    assert not (tmp_path / "store").exists()


def test_a_tab_settles_an_acronym_author(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("LGJun 3, 2022\nVideo Generation Models\tNVIDIA, Niket Agarwal\nabs\n", encoding="utf-8")
    (record,) = read_records(path)
    assert (record.title, record.authors) == ("Video Generation Models", ["NVIDIA", "Niket Agarwal"])


def test_a_missing_created_line_raises_where_the_next_record_starts(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Abstract one.\n\narXiv:2101.00001\n\nAbstract two.\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        list(read_records(path))
    assert (err.value.line, err.value.problem) == (5, "expected 'Created: YYYY-MM-DD' after the arXiv id")


TITLE_WORDS = ["Scaling", "Sparse", "Models", "for", "of", "Speech", "Retrieval", "LLMs", "GPT-4", "v2", "(Revisited)",
               "Are", "All", "You", "Need?", "Attention", "Is", "Few-Shot", "Learners", "BERT", "RL", "100%", "C++",
               "ChatGPT", "iPhone", "LLaMA", "Qwen2.5", "DeepSeek-V3", "O(n)", "“Really”", "[Position]", "AlphaFold",
               "A", "XLNet", "GShard", "MoE", "中文", "Seq2Seq", "RingAttention", "GANs", "DPO:", "Llama 3.1"]
GIVEN = ["Ann", "Łukasz", "Zoë", "Jean-Baptiste", "Tomás", "Ji-ho", "Ha Eun", "Ada K.", "Liam", "Mei", "Æsa"]
FAMILY = ["Lee", "O'Brien", "van der Berg", "de la Cruz", "Wiśniewski", "Núñez", "McAllister", "Okafor", "Li",
          "Díaz-Ortega", "al-Khayyam", "Ng", "Ó Ríordáin", "Smith Jr."]


@settings(max_examples=200, deadline=None)
@given(title=st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=8).map(" ".join),
       authors=st.lists(st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join),
                        min_size=1, max_size=4),
       truncated=st.booleans())
def test_glued_title_and_authors_split_back(title: str, authors: list[str], truncated: bool) -> None:
    """Any such title glued to any such author list splits back into the two."""
    line = title + ", ".join(authors) + (" et al." if truncated else "")
    assert split_title_authors(line) == (title, authors, truncated)
