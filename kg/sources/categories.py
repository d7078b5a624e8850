"""arXiv subject categories as sources write them, reduced to arXiv's codes.

A category comes as a code (``cs.LG``, ``astro-ph.GA``, ``hep-th``), a listing's bare code (``LG``), a name
with its code in brackets (``Machine Learning (cs.LG)``, DataCite), or in words as arXiv's pages and the
reference managers that copy them write it (``Computer Science - Machine Learning``, ``Astrophysics``). Names
and codes: ``kg/data/arxiv_categories.json`` (``categories``, ``archives``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from kg.paths import DATA_DIR

_SHAPE = r"[a-z]+(?:-[a-z]+)*(?:\.(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)*))?"  # cs.LG, hep-th, cond-mat.mes-hall, ao-sci
_CODE = re.compile(rf"^{_SHAPE}$")
_BARE = re.compile(r"^[A-Z]{2}$")  # a listing's "LG"
_BRACKETED = re.compile(rf"\(({_SHAPE})\)\s*$")


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """(folded name -> code, folded archive name -> archive code); a name two archives share ("Machine
    Learning": cs.LG and stat.ML) keeps the code of the archive first in ``archive_order``."""
    data = json.loads((DATA_DIR / "arxiv_categories.json").read_text(encoding="utf-8"))
    order = {a: i for i, a in enumerate(data["archive_order"])}
    by_name: dict[str, str] = {}
    for code, name in sorted(data["categories"].items(), key=lambda kv: (order.get(kv[0].split(".")[0], 99), kv[0])):
        plain = re.sub(r"\s*\([^)]*\)$", "", name)  # "Machine Learning (Statistics)": arXiv writes the archive apart
        archive = data["archives"].get(code.split(".")[0])
        for written in (name, plain, *((f"{archive} - {plain}",) if archive and "." in code else ())):
            by_name.setdefault(written.casefold(), code)
    archives = {name.casefold(): code for code, name in data["archives"].items()}
    return by_name, archives


def category_code(value: str) -> str | None:
    """The arXiv code ``value`` names: a category's (``cs.LG``), an archive's (``cs``, ``astro-ph``) when only the
    archive is known, a bare code as given (``LG``); None when it names none (a free keyword, another
    scheme's field of study such as "Medicine").

    Examples:
        >>> [category_code(v) for v in ("cs.LG", "LG", "astro-ph.GA", "cond-mat.mes-hall", "ao-sci", "physics")]
        ['cs.LG', 'LG', 'astro-ph.GA', 'cond-mat.mes-hall', 'ao-sci', 'physics']
        >>> category_code("Machine Learning (cs.LG)"), category_code("Soft Condensed Matter (cond-mat.soft)")
        ('cs.LG', 'cond-mat.soft')
        >>> [category_code(v) for v in ("Computer Science - Computation and Language", "Statistics - Machine Learning")]
        ['cs.CL', 'stat.ML']
        >>> [category_code(v) for v in ("Computer Science", "Astrophysics - Astrophysics of Galaxies", "High Energy Physics - Theory")]
        ['cs', 'astro-ph.GA', 'hep-th']
        >>> category_code("Astrophysics - A Subject arXiv Lacks")  # the archive, when only it is known
        'astro-ph'
        >>> category_code("Machine Learning"), category_code("Medicine"), category_code("medicine"), category_code("")
        ('cs.LG', None, None, None)
        >>> category_code("CS.cl"), category_code("ASTRO-PH.SR"), category_code("Physics.Flu-Dyn")
        ('cs.CL', 'astro-ph.SR', 'physics.flu-dyn')
    """
    text = _case(" ".join(value.split()))
    by_name, archives = _names()
    code = _CODE.match(text) or _BRACKETED.search(text)
    found = code.group(code.lastindex or 0) if code else ""
    if found and ("." in found or "-" in found or found in archives.values()):  # one plain word: an archive's only
        return found
    if _BARE.match(text):
        return text
    folded = text.casefold()
    if folded in by_name:
        return by_name[folded]
    if folded in archives:
        return archives[folded]
    archive, _, _ = folded.partition(" - ")
    return archives.get(archive)


_ANY_CASE_CODE = re.compile(r"^([A-Za-z]+(?:-[A-Za-z]+)*)\.([A-Za-z]{2}|[A-Za-z]+(?:-[A-Za-z]+)+)$")


def _case(text: str) -> str:
    """A code written in another case in arXiv's: the archive in lower case, a two-letter subject in capitals,
    a hyphenated one in lower case ("CS.cl" -> "cs.CL", "Physics.Flu-Dyn" -> "physics.flu-dyn")."""
    code = _ANY_CASE_CODE.match(text)
    if code is None:
        return text
    subject = code.group(2).upper() if len(code.group(2)) == 2 else code.group(2).lower()
    return f"{code.group(1).lower()}.{subject}"


def split_categories(value: object) -> object:
    """A listing's categories written as one string, as a list: split at semicolons, at commas except inside a
    category's name ("Distributed, Parallel, and Cluster Computing"), and a run of codes at spaces ("cs.LG
    q-bio.QM", arXiv's own way); names in words stay whole. Any other value is
    returned as it is (the record's check reports a wrong kind).

    Examples:
        >>> split_categories("cs.LG, q-bio.QM"), split_categories("cs.LG q-bio.QM")
        (['cs.LG', 'q-bio.QM'], ['cs.LG', 'q-bio.QM'])
        >>> split_categories("Computer Science - Machine Learning; Statistics - Methodology")
        ['Computer Science - Machine Learning', 'Statistics - Methodology']
        >>> split_categories("Distributed, Parallel, and Cluster Computing; Machine Learning")  # a name with commas
        ['Distributed, Parallel, and Cluster Computing', 'Machine Learning']
        >>> split_categories(["cs.LG"]), split_categories(None)
        (['cs.LG'], None)
    """
    if not isinstance(value, str):
        return value
    out: list[str] = []
    for part in value.split(";"):
        for piece in _comma_pieces(part):
            words = piece.split()
            if len(words) > 1 and all(_CODE.match(_case(w)) for w in words):
                out += words
            elif piece:
                out.append(piece)
    return out


def _comma_pieces(text: str) -> list[str]:
    """``text`` split at commas, pieces joined again where together they are one category's name."""
    by_name, archives = _names()
    pieces, out, i = [p.strip() for p in text.split(",")], [], 0
    while i < len(pieces):
        j = next((j for j in range(len(pieces), i + 1, -1)
                  if " ".join(", ".join(pieces[i:j]).split()).casefold() in by_name.keys() | archives.keys()), i + 1)
        out.append(", ".join(pieces[i:j]))
        i = j
    return out

