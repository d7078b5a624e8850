"""Small read-only views of a graph that every analysis module shares: papers, authors, dates, names."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.errors import NodeNotFound
from kg.model import AFFILIATED_WITH, AUTHORED, DATASET, HAS_TOPIC, MODEL, PAPER
from kg.names import base_name, entity_key

GraphLike = Any  # a networkx MultiDiGraph as Graph.to_networkx() gives it


def day_number(iso: Any) -> int | None:
    """The ordinal day of an ISO date (``YYYY-MM-DD``; a bare year counts as 1 July), else None.

    Examples:
        >>> day_number("2020-01-02") - day_number("2020-01-01")
        1
    """
    text = str(iso or "")
    try:
        if len(text) >= 10:
            return date.fromisoformat(text[:10]).toordinal()
        if len(text) == 4 and text.isdigit():
            return date(int(text), 7, 1).toordinal()
    except ValueError:
        return None
    return None


@dataclass
class PaperView:
    """What the analyses read of one Paper node."""

    id: str
    title: str
    day: int | None
    year: int | None
    abstract: str
    truncated: bool
    authors: list[str] = field(default_factory=list)  # author node ids in listed order
    orgs: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    listings: list[str] = field(default_factory=list)

    @property
    def date(self) -> str:
        return date.fromordinal(self.day).isoformat() if self.day else ""


def papers(g: GraphLike) -> dict[str, PaperView]:
    """Every Paper node of ``g`` as a PaperView, by id."""
    out: dict[str, PaperView] = {}
    for nid, attrs in g.nodes(data=True):
        if attrs.get("label") != PAPER:
            continue
        day = day_number(attrs.get("date")) or day_number(attrs.get("year"))
        year = attrs.get("year") or (date.fromordinal(day).year if day else None)
        out[nid] = PaperView(
            id=nid, title=str(attrs.get("title") or attrs.get("name") or ""), day=day,
            year=int(year) if year else None, abstract=str(attrs.get("abstract") or ""),
            truncated=bool(attrs.get("authors_truncated")), listings=list(attrs.get("listings") or []),
            topics={f"category:{c}" for c in attrs.get("categories") or []})
    authored: dict[str, list[tuple[int, str]]] = {}
    for s, t, attrs in g.edges(data=True):
        if t not in out:
            continue
        kind = attrs.get("type")
        if kind == AUTHORED:
            authored.setdefault(t, []).append((int(attrs.get("position", 0)), s))
    for s, t, attrs in g.edges(data=True):
        if s not in out:
            continue
        kind = attrs.get("type")
        if kind == AFFILIATED_WITH:
            out[s].orgs.add(t)
        elif kind == HAS_TOPIC:
            out[s].topics.add(t)
    for pid, rows in authored.items():
        out[pid].authors = [a for _, a in sorted(rows)]
    return out


OWNER_SHARE = 0.25  # an author named on this share of a listing's papers owns the listing
OWNER_MIN_PAPERS = 3


def listing_owners(g: GraphLike, ps: dict[str, PaperView] | None = None) -> dict[str, str]:
    """Listing file -> the author whose list it is (a profile or arXiv author listing), when one shows.

    A listing is taken as one author's list when a single author is named on at least a quarter of its
    papers (and at least three): that author co-wrote every paper in it, even those whose printed author
    list was cut short. A corpus of many groups' papers has no owner.
    """
    ps = papers(g) if ps is None else ps
    by_listing: dict[str, list[PaperView]] = {}
    for p in ps.values():
        for listing in p.listings:
            by_listing.setdefault(listing, []).append(p)
    owners = {}
    for listing, members in by_listing.items():
        counts: dict[str, int] = {}
        for p in members:
            for a in set(p.authors):
                counts[a] = counts.get(a, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked:
            continue
        top, n = ranked[0]
        unique = len(ranked) == 1 or ranked[1][1] < n
        if unique and n >= max(OWNER_MIN_PAPERS, OWNER_SHARE * len(members)):
            owners[listing] = top
    return owners


def node_name(g: GraphLike, nid: str) -> str:
    """The display name of node ``nid``: its ``name`` or ``title`` property, else the id."""
    attrs = g.nodes[nid]
    return str(attrs.get("name") or attrs.get("title") or nid)


def name_index(g: GraphLike, label: str) -> dict[str, str]:
    """Name and alias keys of the ``label`` nodes -> node id; a name wins over an alias, a lower id over a higher."""
    nodes = sorted((str(nid), a) for nid, a in g.nodes(data=True) if a.get("label") == label)
    index = {entity_key(str(alias)): nid for nid, a in reversed(nodes) for alias in a.get("aliases") or []}
    index.update({entity_key(str(a.get("name") or "")): nid for nid, a in reversed(nodes)})
    return index


def lookup_name(index: dict[str, str], name: str, endings: bool = True) -> str | None:
    """The node ``index`` (see ``name_index``) holds for ``name``, or (``endings``) for it without a size or
    plural ending."""
    hit = index.get(entity_key(name))
    if hit is None and endings:
        hit = index.get(entity_key(base_name(name)))
    return hit


def find_node(g: GraphLike, label: str, name: str) -> str:
    """The id of the ``label`` node called ``name``: its id, its name or an alias ignoring case, spaces and
    dashes, else, for models and datasets, the name without a size or plural ending (``Mixtral 8x7B`` is
    Mixtral, ``ViTs`` ViT; a person's name is never cut).

    Raises:
        NodeNotFound: no such node; the message lists the closest names.
    """
    if name in g and g.nodes[name].get("label") == label:
        return name
    hit = lookup_name(name_index(g, label), name, endings=label in (MODEL, DATASET))
    if hit is not None:
        return hit
    import difflib

    names = sorted({str(a.get("name")) for _, a in g.nodes(data=True) if a.get("label") == label and a.get("name")})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
    hint = f" Close names: {', '.join(close)}." if close else ""
    msg = (f"No {label} named {name!r} in the graph.{hint}\n"
           "  Names match ignoring case, spaces and dashes, also by alias or without a size (PaLM 540B); "
           "a node id works too.")
    raise NodeNotFound(msg)
