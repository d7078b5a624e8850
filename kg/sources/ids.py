"""Scholarly identifiers: every spelling of an arXiv id, DOI, OpenAlex id, Semantic Scholar id or DBLP key
reduced to one canonical form, so that records from any source (and their references) meet.

Canonical forms (also the keys ``kind:value`` that resolve uses):

- arXiv: ``2202.09368`` (no version), ``math/0309136`` (old style, subject class dropped)
- DOI: ``10.1000/abc_def`` (case folded, LaTeX-escaped ``\\_`` unescaped); ``10.48550/arXiv.X`` is arXiv X
- OpenAlex: ``W2741809807`` (works; ``A``/``I``/``S`` ids for authors, institutions, sources)
- Semantic Scholar: a 40-hex paper id, or ``CorpusId:123``
- DBLP: a record key ``conf/icml/SmithJ21``
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from kg.model import PAPER, node_id

__all__ = ["arxiv_id", "arxiv_month", "doi", "doi_ids", "doi_reference", "dois", "arxiv_in_text", "openalex_id",
           "s2_id", "dblp_key",
           "reference_key", "paper_id", "id_error", "KINDS"]

KINDS = ("arxiv", "doi", "openalex", "s2", "dblp")

_NEW = r"\d{4}\.\d{4,5}"
_OLD = r"[a-z][a-z\-]*(?:\.[A-Za-z]{2})?/\d{7}"
_ARXIV = re.compile(
    r"^(?:arxiv:\s*|https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/)?"
    rf"(?P<id>{_NEW}|{_OLD})(?:v\d+)?(?:\.pdf)?/?$", re.I)
_IN_TEXT = re.compile(rf"arxiv(?:\.org/(?:abs|pdf|html)/|\s*[:.]?\s*)(?P<id>{_NEW}|{_OLD})(?:v\d+)?(?![\d/])", re.I)
_ARXIV_DOI = re.compile(rf"^10\.48550/arxiv\.(?P<id>{_NEW}|{_OLD})(?:v\d+)?$", re.I)
_DOI = re.compile(r"^(?:doi:\s*|https?://(?:dx\.|www\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/\S+)$", re.I)
_OPENALEX = re.compile(r"^(?:https?://(?:api\.)?openalex\.org/(?:works/)?)?(?P<id>[WASIC]\d{2,12})$", re.I)
_S2 = re.compile(r"^(?:https?://(?:www\.|api\.)?semanticscholar\.org/(?:paper/|graph/v1/paper/)(?:[^/]+/)?)?"
                 r"(?P<id>[0-9a-f]{40}|corpusid:\d+)$", re.I)
_DBLP = re.compile(r"^(?:dblp:|https?://dblp\.org/rec/)?(?P<key>(?:conf|journals|books|phd|series|reference|"
                   r"tr|ms|persons|homepages|www|informal)/[^\s]+?)(?:\.html|\.xml|\.bib)?$")


def _text(value: object) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def arxiv_id(value: object) -> str | None:
    """The canonical arXiv id of ``value``, or None when it is not one.

    Examples:
        >>> [arxiv_id(s) for s in ["arXiv:2202.09368v2", "https://arxiv.org/abs/2202.09368v2",
        ...                        "https://arxiv.org/pdf/2202.09368.pdf", "math.GT/0309136", "math/0309136v1",
        ...                        "10.48550/arXiv.2202.09368", "doi:10.48550/ARXIV.2202.09368"]]
        ['2202.09368', '2202.09368', '2202.09368', 'math/0309136', 'math/0309136', '2202.09368', '2202.09368']
        >>> arxiv_id(1501.0001) is None, arxiv_id("1501.0001") is None
        (True, False)
    """
    text = _text(value)
    if text is None:
        return None
    text = text.replace(" ", "")
    found = _ARXIV.match(text)
    if found is None:
        inner = _DOI.match(text)
        found = _ARXIV_DOI.match(inner["doi"]) if inner else None
        if found is None:
            return None
    ident = found["id"]
    if "/" in ident:  # old style: the archive, lower case, without its subject class
        archive, number = ident.split("/")
        return f"{archive.split('.')[0].lower()}/{number}"
    return ident


def arxiv_month(ident: str) -> str | None:
    """The month (``YYYY-MM``) a canonical arXiv id was first submitted in, as the id writes it, or None.

    Examples:
        >>> arxiv_month("2101.03961"), arxiv_month("math/0309136"), arxiv_month("hep-th/9901001")
        ('2021-01', '2003-09', '1999-01')
        >>> arxiv_month("2113.00001") is None
        True
    """
    digits = ident.rpartition("/")[2][:4]
    if not digits.isdigit() or not 1 <= int(digits[2:]) <= 12:
        return None
    century = "19" if "/" in ident and int(digits[:2]) >= 91 else "20"
    return f"{century}{digits[:2]}-{digits[2:]}"


def doi(value: object) -> str | None:
    """The canonical DOI of ``value`` (case folded), or None; an arXiv DOI gives None (use arxiv_id).

    Examples:
        >>> [doi(s) for s in ["doi:10.1000/ABC", "https://doi.org/10.1000/abc", "http://dx.doi.org/10.1000/abc",
        ...                   "10.1000/abc\\\\_def", "10.1000/a%2Fb"]]
        ['10.1000/abc', '10.1000/abc', '10.1000/abc', '10.1000/abc_def', '10.1000/a/b']
        >>> doi("10.48550/arXiv.2202.09368") is None
        True
    """
    text = _text(value)
    if text is None:
        return None
    found = _DOI.match(text.replace("\\_", "_").replace("{\\_}", "_"))
    if found is None:
        return None
    canonical = unquote(found["doi"]).rstrip(".,;").casefold()
    return None if _ARXIV_DOI.match(canonical) else canonical


def arxiv_in_text(value: object) -> str | None:
    """The first arXiv id written in free text (a note, a cited reference, a URL inside LaTeX), or None:
    ``arXiv:X``, ``arXiv X``, ``arxiv.org/abs/X``, ``10.48550/arXiv.X``.

    Examples:
        >>> arxiv_in_text(r"\\url{https://arxiv.org/abs/1706.03762v5}"), arxiv_in_text("arXiv preprint arXiv:2101.03961")
        ('1706.03762', '2101.03961')
        >>> arxiv_in_text("Vaswani A, 2017, DOI 10.48550/arXiv.1706.03762"), arxiv_in_text("arXiv e-prints, hep-th/9901001")
        ('1706.03762', None)
    """
    found = _IN_TEXT.search(value) if isinstance(value, str) else None
    return arxiv_id(found["id"]) if found else None


def doi_ids(value: object) -> tuple[str | None, str | None]:
    """(arXiv id, DOI) of a DOI field's value, as every reader takes it: an arXiv DOI (``10.48550/arXiv.X``,
    any case, any DOI spelling) gives its arXiv id and no DOI; any other DOI gives (None, the DOI).

    Examples:
        >>> doi_ids("https://doi.org/10.48550/ARXIV.1706.03762"), doi_ids("10.18653/V1/N19-1423")
        (('1706.03762', None), (None, '10.18653/v1/n19-1423'))
        >>> doi_ids("1706.03762"), doi_ids(None)
        ((None, None), (None, None))
    """
    text = _text(value)
    if text is None:
        return None, None
    inner = _DOI.match(text.replace(" ", ""))
    if inner and _ARXIV_DOI.match(inner["doi"]):
        return arxiv_id(inner["doi"]), None
    return None, doi(text)


def dois(value: object) -> list[str]:
    """The canonical DOIs of a field that may hold several (arXiv's ``<arxiv:doi>`` and snapshot ``doi``
    separate them by spaces; some exports by ``,`` or ``;``), in order, without repeats or arXiv DOIs.

    Examples:
        >>> dois("10.1103/PhysRevD.91.012345 10.1088/1475-7516/2015/01/001")
        ['10.1103/physrevd.91.012345', '10.1088/1475-7516/2015/01/001']
        >>> dois("doi:10.1000/A; 10.1000/a, 10.48550/arXiv.2101.03961"), dois(None)
        (['10.1000/a'], [])
    """
    if not isinstance(value, str):
        return []
    return list(dict.fromkeys(filter(None, map(doi, re.split(r"[\s,;]+(?=\S)", value.strip().rstrip(",;"))))))


def doi_reference(value: object) -> str | None:
    """A reference by DOI as ``arXiv:X`` (an arXiv DOI) or ``doi:D``, or None when ``value`` is no DOI.

    Examples:
        >>> doi_reference("10.48550/arXiv.1706.03762"), doi_reference("doi:10.1000/X")
        ('arXiv:1706.03762', 'doi:10.1000/x')
    """
    arxiv, found = doi_ids(value)
    return f"arXiv:{arxiv}" if arxiv else f"doi:{found}" if found else None


def openalex_id(value: object) -> str | None:
    """The OpenAlex id (``W123``, upper-case letter) of a URL or bare id, or None.

    Examples:
        >>> openalex_id("https://openalex.org/W2741809807"), openalex_id("w2741809807")
        ('W2741809807', 'W2741809807')
    """
    text = _text(value)
    found = _OPENALEX.match(text) if text else None
    return found["id"][0].upper() + found["id"][1:] if found else None


def s2_id(value: object) -> str | None:
    """A Semantic Scholar paper id (40 hex, lower case) or ``CorpusId:N``, or None.

    Examples:
        >>> s2_id("CORPUSID:215416146"), s2_id("https://www.semanticscholar.org/paper/x/" + "A" * 40)[:4]
        ('CorpusId:215416146', 'aaaa')
    """
    text = _text(value)
    found = _S2.match(text) if text else None
    if found is None:
        return None
    ident = found["id"]
    return f"CorpusId:{ident.split(':')[1]}" if ":" in ident else ident.lower()


def dblp_key(value: object) -> str | None:
    """A DBLP record key from ``conf/icml/X21``, ``dblp:...`` or a dblp.org/rec URL, or None.

    Examples:
        >>> dblp_key("https://dblp.org/rec/conf/icml/SmithJ21.html")
        'conf/icml/SmithJ21'
    """
    text = _text(value)
    found = _DBLP.match(text) if text else None
    return found["key"] if found else None


_PARSERS = (("arxiv", arxiv_id), ("doi", doi), ("openalex", openalex_id), ("s2", s2_id), ("dblp", dblp_key))


def reference_key(value: object) -> str | None:
    """``kind:canonical`` for any identifier spelling (arXiv first, so an arXiv DOI is an arXiv id), or None.

    Examples:
        >>> [reference_key(s) for s in ["https://arxiv.org/abs/hep-th/9901001v3", "doi:10.1234/X",
        ...                             "https://openalex.org/W1", "a title"]]
        ['arxiv:hep-th/9901001', 'doi:10.1234/x', None, None]
        >>> reference_key("https://openalex.org/W12")
        'openalex:W12'
    """
    for kind, parse in _PARSERS:
        found = parse(value)
        if found:
            return f"{kind}:{found}"
    return None


def paper_id(value: str) -> str | None:
    """The id of the Paper node an identifier in any spelling names (``reference_key``), else None.

    Examples:
        >>> paper_id("2105.04663"), paper_id("https://arxiv.org/abs/2105.04663v2"), paper_id("GShard")
        ('paper:arxiv:2105.04663', 'paper:arxiv:2105.04663', None)
    """
    key = reference_key(value)
    return node_id(PAPER, key) if key else None


def id_error(field: str, value: object) -> str | None:
    """Why ``value`` cannot be an identifier field's value (a number, a list, ...), or None when it can.

    Examples:
        >>> print(id_error("id", 1501.0001))
        'id' is the number 1501.0001: an id must be a string (a number loses digits: write "1501.00010")
    """
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"'{field}' must be a string, not {type(value).__name__}"
    hint = ""
    if isinstance(value, float) and re.fullmatch(r"\d{4}\.\d{1,5}", repr(value)):
        whole, frac = repr(value).split(".")
        hint = f' (a number loses digits: write "{whole}.{frac.ljust(5 if int(whole) >= 1501 else 4, "0")}")'
    return f"'{field}' is the number {value!r}: an id must be a string{hint}"
