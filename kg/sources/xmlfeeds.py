"""XML sources: arXiv API Atom feeds and the DBLP dump, streamed through defusedxml's SAX parser.

defusedxml refuses entity declarations and external entities (no expansion bombs from untrusted files).
The DBLP dump names characters by HTML entity (``&uuml;``), declared in its external DTD, which is never
loaded: those names are replaced by their characters as the text streams in (line breaks kept, so the
line of each record stays right). Each record is one element under the root (``entry`` of a feed,
``article``/``inproceedings``/... of the dump), built as a small tree and turned into a PaperRecord.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax import SAXException, SAXParseException
from xml.sax.expatreader import ExpatLocator
from xml.sax.handler import ContentHandler, feature_namespaces

from kg.errors import SourceError
from kg.sources import ids
from kg.names import clean_name
from kg.sources.records import PaperRecord, open_source
from kg.sources.text import iso_date, parse_date_text, squash

ATOM = "http://www.w3.org/2005/Atom"
ARXIV = "http://arxiv.org/schemas/atom"
DBLP_PAPERS = frozenset({"article", "inproceedings", "incollection", "book", "phdthesis", "mastersthesis"})
DBLP_SKIPPED = frozenset({"www", "proceedings", "data"})
XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]*);")
DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*>")
HOMONYM = re.compile(r"\s+(\d{4})$")  # DBLP's "Wei Wang 0001"
CHUNK = 1 << 16


@dataclass
class El:
    """A small XML element: local tag, attributes (local names), text, children and its line."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[El] = field(default_factory=list)
    text: str = ""
    ns: str = ""

    def all(self, tag: str, ns: str | None = None) -> list[El]:
        """The children named ``tag`` (in namespace ``ns`` when given), in document order."""
        return [c for c in self.children if c.tag == tag and (ns is None or c.ns == ns)]

    def first(self, tag: str, ns: str | None = None) -> str:
        """The squashed text of the first child named ``tag``, or "" when there is none."""
        found = self.all(tag, ns)
        return squash(found[0].text) if found else ""


class _Collector(ContentHandler):
    """Builds each element at ``depth`` (the root is depth 0) as an El with its start line."""

    def __init__(self, depth: int) -> None:
        super().__init__()
        self.depth, self.stack, self.done, self.root = depth, [], [], ""
        self.locator: Any = None

    def setDocumentLocator(self, locator: Any) -> None:  # noqa: N802 (SAX API)
        self.locator = locator

    def startElementNS(self, name: tuple[str | None, str], qname: str | None, attrs: Any) -> None:  # noqa: N802
        level = len(self.stack) + (1 if self.root else 0)
        if not self.root:
            self.root = name[1]
            return
        if level < self.depth and not self.stack:
            return
        el = El(name[1], {k[1]: v for k, v in attrs.items()}, self.locator.getLineNumber() if self.locator else 0,
                ns=name[0] or "")
        if self.stack:
            self.stack[-1].children.append(el)
        self.stack.append(el)

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:  # noqa: N802
        if not self.stack:
            return
        el = self.stack.pop()
        if not self.stack:
            self.done.append(el)

    def characters(self, content: str) -> None:
        for el in self.stack:  # an element's text includes its children's (DBLP titles with <i>, <sub>)
            el.text += content


def _entities(data: bytes) -> bytes:
    def swap(m: re.Match[bytes]) -> bytes:
        name = m.group(1).decode("ascii")
        if name in XML_ENTITIES or name not in html.entities.name2codepoint:
            return m.group(0)
        return f"&#{html.entities.name2codepoint[name]};".encode("ascii")
    return ENTITY.sub(swap, data)


def stream_elements(path: Path, *, html_entities: bool = False) -> Iterator[El]:
    """Each element one level under the root of the XML file at ``path``, as parsing reaches its end.

    Raises:
        SourceError: the XML is not well formed, declares entities, or is not UTF-8 (FILE:LINE).
    """
    from defusedxml import DefusedXmlException
    from defusedxml.sax import make_parser

    parser = make_parser()
    parser.setFeature(feature_namespaces, True)
    collector = _Collector(1)
    parser.setContentHandler(collector)
    collector.setDocumentLocator(ExpatLocator(parser))  # feed() never hands the handler a locator
    with open_source(path) as handle:
        tail, started = b"", False
        try:
            while True:
                data = handle.read(CHUNK)
                if html_entities:  # an entity cut by the chunk edge waits for the next chunk
                    data = tail + data
                    cut = data.rfind(b"&")
                    tail, data = (data[cut:], data[:cut]) if cut >= 0 and b";" not in data[cut:] and \
                        len(data) - cut < 40 and data else (b"", data)
                if not data and not tail:
                    break
                if html_entities:
                    first, data = not started, _entities(data)
                    if first:  # the dump's DOCTYPE names an external DTD that is never fetched
                        data = DOCTYPE.sub(lambda m: b"\n" * m.group(0).count(b"\n"), data, count=1)
                    started = True
                parser.feed(data)
                yield from collector.done
                collector.done.clear()
                if not data:
                    break
            parser.close()
        except SAXParseException as exc:
            raise SourceError(str(path), exc.getLineNumber(), f"bad XML: {exc.getMessage()}",
                              "The file is not well-formed XML (truncated, or not XML at all).") from exc
        except (DefusedXmlException, SAXException) as exc:
            raise SourceError(str(path), None, f"refused XML: {exc}",
                              "Entity declarations and external entities are not read from untrusted files.") \
                from exc
        except (OSError, EOFError) as exc:
            raise SourceError(str(path), None, f"damaged compressed data: {exc}",
                              "Download the file again, or give it uncompressed.") from exc
        yield from collector.done


def read_atom(path: Path) -> Iterator[PaperRecord | SourceError]:
    """arXiv API answers (Atom): id without version, v1 date, title, all authors with every affiliation,
    primary and other categories, DOI, journal ref, comment, abstract.

    Raises:
        SourceError: bad XML, an arXiv API error entry, or an entry with no arXiv id.
    """
    for entry in stream_elements(path):
        if entry.tag != "entry":
            continue
        ident = entry.first("id", ATOM)
        if "/api/errors" in ident:
            raise SourceError(str(path), entry.line, f"the feed is an arXiv API error: {entry.first('summary', ATOM)}",
                              "Fix the query and fetch again.")
        arxiv = ids.arxiv_id(ident)
        if arxiv is None:
            yield SourceError(str(path), entry.line, f"an entry whose id {ident[:80]!r} is no arXiv abs URL",
                              "Give an answer of the arXiv API (export.arxiv.org/api/query).")
            continue
        authors, orgs = [], []
        for author in entry.all("author", ATOM):
            name = author.first("name", ATOM)
            if name:
                authors.append(clean_name(name))
            for aff in author.all("affiliation", ARXIV):
                if squash(aff.text) and squash(aff.text) not in orgs:
                    orgs.append(squash(aff.text))
        primary = next((c.attrs.get("term", "") for c in entry.all("primary_category", ARXIV)), "")
        categories = [primary] if primary else []
        categories += [c.attrs["term"] for c in entry.all("category", ATOM)
                       if c.attrs.get("term") and c.attrs["term"] not in categories
                       and re.fullmatch(r"[a-z\-]+(\.[A-Za-z\-]+)?", c.attrs["term"])]
        found = ids.dois(entry.first("doi", ARXIV)) + [
            d for link in entry.all("link", ATOM) if link.attrs.get("title") == "doi"
            for d in ids.dois(link.attrs.get("href"))]
        found = list(dict.fromkeys(found))
        journal = entry.first("journal_ref", ARXIV)
        extra: dict[str, Any] = {"journal_ref": journal} if journal else {}
        if len(found) > 1:
            extra["other_dois"] = found[1:]
        yield PaperRecord(
            source=str(path), line=entry.line, title=entry.first("title", ATOM), authors=authors, orgs=orgs,
            categories=categories, date=parse_date_text(entry.first("published", ATOM)),
            abstract=entry.first("summary", ATOM), arxiv_id=arxiv, doi=found[0] if found else None,
            comment=entry.first("comment", ARXIV) or None, extra=extra)


def read_dblp(path: Path) -> Iterator[PaperRecord | SourceError]:
    """The DBLP dump (dblp.xml, gzip too), streamed: papers with key, authors (``pid`` as their id),
    title, year, DOI and arXiv id from ``ee`` links; person pages and proceedings volumes are skipped.

    Raises:
        SourceError: bad XML (FILE:LINE), or a paper with no title.
    """
    for el in stream_elements(path, html_entities=True):
        if el.tag in DBLP_SKIPPED or el.tag not in DBLP_PAPERS:
            continue
        authors, author_ids = [], []
        for person in el.all("author"):
            name = squash(person.text)
            homonym = HOMONYM.search(name)
            name = clean_name(HOMONYM.sub("", name))
            if not name:
                continue
            authors.append(name)
            pid = person.attrs.get("pid")
            # a numbered namesake is told apart by its pid alone; other names meet other sources' spellings
            author_ids.append(("dblp-homonym:" if homonym else "dblp:") + pid if pid else "")
        links = [squash(e.text) for e in el.all("ee")] + [squash(e.text) for e in el.all("url")]
        key = el.attrs.get("key", "")
        title = squash(el.first("title")).rstrip(".")
        if not title:
            yield SourceError(str(path), el.line, f"the DBLP record {key!r} has no title", "Check the record.")
            continue
        venue = el.first("journal") or el.first("booktitle")
        yield PaperRecord(
            source=str(path), line=el.line, title=title, authors=authors, author_ids=author_ids,
            date=iso_date(el.first("year"), el.first("month") or None),
            arxiv_id=next(filter(None, map(ids.arxiv_id, links)), None),
            doi=next(filter(None, map(ids.doi, links)), None),
            ids={"dblp": key} if key else {}, extra={"venue": venue} if venue else {})


