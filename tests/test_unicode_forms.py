"""Text as PDFs, other keyboards and macOS give it: hyphens of other widths, full-width letters, decomposed accents.

Each is read as the plain form: names extracted, keys matched, listing lines split as if typed in ASCII and NFC.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, MODEL
from kg.names import entity_key
from kg.sources.read import read_records


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def names_and_edges(ex: Extractor, abstract: str) -> tuple[set[str], set[tuple[str, str]]]:
    nodes, edges = ex.paper("paper:t", "", abstract, ())
    names = {n.id: n.name for n in nodes if n.label == MODEL}
    return set(names.values()), {(names[e.source], names[e.target]) for e in edges if e.type == BUILDS_ON}


HYPHENS = ["\u2010", "\u2011", "\u2012", "\u2212", "\ufe63", "\uff0d"]


@pytest.mark.parametrize("dash", HYPHENS, ids=[f"U+{ord(d):04X}" for d in HYPHENS])
def test_a_hyphen_of_another_width_is_a_hyphen_in_a_name(ex: Extractor, dash: str) -> None:
    names, edges = names_and_edges(ex, f"We introduce Baz{dash}Net, a variant of GPT{dash}4.")
    assert names == {"Baz-Net", "GPT-4"}
    assert edges == {("Baz-Net", "GPT-4")}


def test_full_width_letters_are_read_as_ascii(ex: Extractor) -> None:
    names, _ = names_and_edges(ex, "We introduce \uff31\uff55\uff49\uff4c\uff4c\uff0d\uff17, a model for tables.")
    assert names == {"Quill-7"}


@pytest.mark.parametrize("written", ["Flan\u2011T5", "Flan\u2010T5", "\uff26\uff4c\uff41\uff4e\uff0d\uff34\uff15",
                                     "Flan\u2013T5", "flan t5"])
def test_every_dash_and_width_gives_one_key(written: str) -> None:
    assert entity_key(written) == entity_key("Flan-T5")


def test_decomposed_accents_in_a_profile_listing_are_composed(tmp_path: Path) -> None:
    listing = tmp_path / "owner.txt"
    listing.write_text("LGJan 2, 2024\nFirst Paper\tJos\u00e9 Garc\u00eda, Bob Ray\nOne.\n"
                       "LGJan 3, 2024\nSecond Paper\tJose\u0301 Garci\u0301a, Bob Ray\nTwo.\n", encoding="utf-8")
    records = [r for r in read_records(listing) if not isinstance(r, Exception)]
    assert [r.authors for r in records] == [["Jos\u00e9 Garc\u00eda", "Bob Ray"]] * 2


def test_a_tab_makes_any_author_with_a_letter_a_name(tmp_path: Path) -> None:
    listing = tmp_path / "owner.txt"
    listing.write_text("LGJan 2, 2024\nA Paper\t\U0001f600 Emoji, Bob Ray\nOne.\n"
                       "LGJan 3, 2024\nB Paper\t\U0001f600, Bob Ray\nTwo.\n", encoding="utf-8")
    read = list(read_records(listing, skip_bad=True))
    assert [r.authors for r in read if not isinstance(r, Exception)] == [["\U0001f600 Emoji", "Bob Ray"]]
