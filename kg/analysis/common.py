"""Small read-only views of a graph that every analysis module shares: papers, authors, dates, names."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
import re
from typing import Any, TypeAlias

import networkx as nx

from kg.errors import NodeNotFound
from kg.model import AFFILIATED_WITH, AUTHOR, AUTHORED, DATASET, HAS_TOPIC, MODEL, PAPER, fold
from kg.names import SUFFIXES, base_name, check_asked, entity_key, person_key, unmarked

GraphLike: TypeAlias = nx.MultiDiGraph
"""What the analyses read: a networkx MultiDiGraph as ``Graph.to_networkx()`` makes it (node attribute ``label``
plus the properties, edge key and attribute ``type`` plus the properties)."""


def date_text(attrs: Any) -> str:
    """A paper's date as its sources give it (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), else ``""``: never a
    day made up from a year.

    Examples:
        >>> date_text({"date": "2021"}), date_text({"date": "2022-02-18T10:00:00"}), date_text({"year": 2020})
        ('2021', '2022-02-18', '2020')
    """
    text = str(attrs.get("date") or "")[:10]
    return text if day_number(text) else (str(attrs.get("year")) if day_number(str(attrs.get("year") or "")) else "")


def day_number(iso: Any) -> int | None:
    """The ordinal day of an ISO date, for ordering (``YYYY-MM`` counts as the 15th, a bare year as 1 July),
    else None.

    Examples:
        >>> day_number("2020-01-02") - day_number("2020-01-01")
        1
    """
    text = str(iso or "")
    try:
        if len(text) >= 10:
            return date.fromisoformat(text[:10]).toordinal()
        if len(text) == 7 and text[4] == "-":  # YYYY-MM: the middle of the month
            return date(int(text[:4]), int(text[5:]), 15).toordinal()
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
    authors: list[str] = field(default_factory=list)  # author node ids in listed order, inferred ones last
    orgs: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    listings: list[str] = field(default_factory=list)
    date: str = ""  # as the sources give it: YYYY, YYYY-MM or YYYY-MM-DD (date_text)
    # authors not printed on it: a listing's owner (``collab``); replaced, never changed in place (the empty
    # default is one shared object: an empty set per paper took 216 bytes)
    inferred: AbstractSet[str] = field(default_factory=frozenset)


def papers(g: GraphLike) -> dict[str, PaperView]:
    """Every Paper node of ``g`` as a PaperView, by id."""
    out: dict[str, PaperView] = {}
    dated: dict[tuple[Any, Any], tuple[int | None, int | None, str]] = {}  # (date, year) -> day, year, date text
    pred, succ = g._pred, g._succ  # networkx's adjacency dicts (node -> neighbour -> key -> attributes), read only
    for nid, attrs in g.nodes(data=True):
        if attrs.get("label") != PAPER:
            continue
        key = (attrs.get("date"), attrs.get("year"))
        when = dated.get(key)
        if when is None:
            day = day_number(key[0]) or day_number(key[1])
            year = key[1] or (date.fromordinal(day).year if day else None)
            when = dated[key] = (day, int(year) if year else None, date_text(attrs))
        view = out[nid] = PaperView(
            id=nid, title=str(attrs.get("title") or attrs.get("name") or ""), day=when[0],
            year=when[1], abstract=str(attrs.get("abstract") or ""),
            truncated=bool(attrs.get("authors_truncated")), listings=list(attrs.get("listings") or []),
            date=when[2], topics={f"category:{c}" for c in attrs.get("categories") or []})
        # each paper's edges in the graph's order (as a scan of every edge meets them)
        authored = [(bool(e.get("inferred")), int(e.get("position") or 0), s) for s, keys in pred[nid].items()
                    for e in keys.values() if e.get("type") == AUTHORED]
        if authored:
            view.authors = [a for _, _, a in sorted(authored)]
            view.inferred = {a for inferred, _, a in authored if inferred} or view.inferred
        for t, keys in succ[nid].items():
            for e in keys.values():
                kind = e.get("type")
                if kind == AFFILIATED_WITH:
                    view.orgs.add(t)
                elif kind == HAS_TOPIC:
                    view.topics.add(t)
    return out


OWNER_SHARE = 0.25  # an author named on this share of a listing's papers may own the listing
OWNER_MIN_PAPERS = 3
OWNER_ABSENT_SHARE = 0.1  # ... and missing from at most this share of its papers with a full author list
# Files of these formats print the author lists their writer chose: a list cut short there ("and others") is the
# writer's cut, not a listing page's, and hides no owner
LIBRARY_SUFFIXES = (".bib", ".bibtex", ".ris", ".nbib", ".enw", ".json", ".jsonl", ".ndjson", ".xml")


def listing_owners(g: GraphLike, ps: dict[str, PaperView] | None = None) -> dict[str, str]:
    """Listing file -> the author whose list it is (a profile or arXiv author listing), when one shows.

    An owner is a property of one person's publication list, where the person is on every paper, named or
    hidden in a list cut short ("et al."). A listing has one when a single author is named on most often,
    on at least a quarter of its papers (and at least three), and on (nearly) every paper whose author list
    is full: missing from at most a tenth of them (rounded down, so from none of fewer than ten). A file of
    many groups' papers with full author lists (JSON Lines, BibTeX) has no owner, whoever is on many of them;
    nor has a listing without one full list of its own (an arXiv listing whose author lists came only from
    copies merged from other files: nothing shows the person on every paper). In a library file (BibTeX, RIS,
    JSON: LIBRARY_SUFFIXES) a list ending in "and others" is the writer's cut and counts as one the person is
    missing from (a reading list whose long lists are cut is no one's list). A paper merged from several files
    is left out of the count of full lists: its list may be another file's.
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
        library = listing.casefold().endswith(LIBRARY_SUFFIXES)
        full = [p for p in members if p.authors and (library or not p.truncated) and len(p.listings) == 1]  # a
        # copy merged from another file may print that file's author list
        absent = sum(top not in p.authors for p in full)
        if unique and full and n >= max(OWNER_MIN_PAPERS, OWNER_SHARE * len(members)) \
                and absent <= int(OWNER_ABSENT_SHARE * len(full)):
            owners[listing] = top
    return owners


def linked_groups(items: list[str], keys: Callable[[str], Iterable[Hashable]]) -> list[list[str]]:
    """The groups of ``items`` linked through a shared key (transitively), each in ``items`` order, in the
    order of their first item: the connected components of "shares a key", joined through the first item
    holding each key (a union-find, linear in the keys, not a comparison of every pair).

    Examples:
        >>> linked_groups(["a", "b", "c", "d"], {"a": [1], "b": [2], "c": [1, 2], "d": []}.get)
        [['a', 'b', 'c'], ['d']]
    """
    parent = {x: x for x in items}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[Hashable, str] = {}
    for x in items:
        for key in keys(x):
            q = first.setdefault(key, x)
            if q != x:
                parent[root(x)] = root(q)
    groups: dict[str, list[str]] = {}
    for x in items:
        groups.setdefault(root(x), []).append(x)
    return list(groups.values())


def node_name(g: GraphLike, nid: str) -> str:
    """The display name of node ``nid``: its ``name`` or ``title`` property, else the id."""
    attrs = g.nodes[nid]
    return str(attrs.get("name") or attrs.get("title") or nid)


def lookup_key(label: str | None, name: str) -> str:
    """The key a user's ``name`` for a ``label`` node is matched by: ``entity_key``, and for authors also
    without accents (``person_key``).

    Examples:
        >>> lookup_key(MODEL, "GPT-3.5"), lookup_key(AUTHOR, "Jürgen  Schmidhuber")
        ('gpt3.5', 'jurgenschmidhuber')
    """
    return entity_key(person_key(name) if label == AUTHOR else name)


def name_index(g: GraphLike, label: str | None) -> dict[str, str]:
    """Name, title and alias keys (``lookup_key``) of the ``label`` nodes (None: every node) -> node id; a
    name wins over a title, a title over an alias, a lower id over a higher.

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph([("model:a", "model:b")])
        >>> nx.set_node_attributes(g, {"model:a": {"label": MODEL, "name": "PaLM", "aliases": ["Pathways LM"]}})
        >>> name_index(g, MODEL)
        {'pathwayslm': 'model:a', 'palm': 'model:a'}
    """
    nodes = sorted((str(nid), a) for nid, a in g.nodes(data=True) if label is None or a.get("label") == label)
    index: dict[str, str] = {}
    plain: dict[str, str] = {}  # a name with letters beyond ASCII, as typed without them ("Tulu" for "Tülu")
    for field in ("aliases", "title", "name"):
        for nid, a in reversed(nodes):
            values = a.get(field) or []
            for value in values if isinstance(values, list) else [values]:
                index[lookup_key(a.get("label"), str(value))] = nid
                if not str(value).isascii():
                    plain[entity_key(unmarked(str(value)))] = nid
    index.pop("", None)
    return {**{k: v for k, v in plain.items() if k}, **index}


def lookup_name(index: dict[str, str], name: str, endings: bool = True, label: str | None = None) -> str | None:
    """The node ``index`` (see ``name_index``) holds for ``name``, or (``endings``) for it without a size or
    plural ending (``base_name``).

    Examples:
        >>> lookup_name({"mixtral": "model:mixtral"}, "Mixtral 8x7B"), lookup_name({}, "x")
        ('model:mixtral', None)
    """
    hit = index.get(lookup_key(label, name))
    if hit is None and endings:
        hit = index.get(lookup_key(label, base_name(name)))
    return hit


def first_last(name: str) -> str | None:
    """A name written ``Last, First`` (BibTeX, RIS) or ``Last, Jr., First`` as ``First Last[ Jr.]``; None
    for any other form (``John Smith, Jr.`` is already in order).

    Examples:
        >>> first_last("Huang, Yanping"), first_last("Smith, Jr., John"), first_last("John Smith, Jr.")
        ('Yanping Huang', 'John Smith Jr.', None)
    """
    parts = [" ".join(p.split()) for p in name.split(",")]
    if not all(parts) or len(parts) not in (2, 3) or parts[-1].casefold() in SUFFIXES:
        return None
    if len(parts) == 3 and parts[1].casefold() not in SUFFIXES:
        return None
    return " ".join([parts[-1], parts[0], *parts[1:-1]])


def close_names(g: GraphLike, label: str | None, name: str, n: int = 5) -> list[str]:
    """Up to ``n`` names (or titles) of ``label`` nodes that read like ``name``, ignoring case: first those
    with a word that starts with ``name`` (shortest first, then alphabetically; for authors, those sharing a
    word with it before, most shared first), then those that contain it, then those spelled like it
    (``difflib``, closest first; an author's name word by word, ``_spelled_like_person``: a person is never
    suggested for a few letters of a stranger's name), then, but for authors, those with a word ``name`` is a
    typing slip of (``slips`` within ``typo_limit``).

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_nodes_from([(f"model:{i}", {"label": MODEL, "name": text}) for i, text in
        ...     enumerate(["GSPMD", "GPipe", "Swin Transformer", "Switch Transformer", "Switch-C", "MoE-Switch"])])
        >>> close_names(g, MODEL, "gspm"), close_names(g, MODEL, "switch"), close_names(g, MODEL, "swin")
        (['GSPMD'], ['Switch-C', 'MoE-Switch', 'Switch Transformer'], ['Swin Transformer'])
        >>> close_names(g, MODEL, "swtich")  # a slip of one word of a longer name
        ['Switch-C', 'MoE-Switch', 'Switch Transformer']
        >>> g.add_node("model:amoeba", label=MODEL, name="AmoebaNet")
        >>> close_names(g, MODEL, "moe")
        ['MoE-Switch']
        >>> g.add_nodes_from([(f"author:{i}", {"label": AUTHOR, "name": text}) for i, text in
        ...     enumerate(["Lina Moreau", "Ivo Eau", "Moreau Lina", "Lin Moro"])])
        >>> close_names(g, AUTHOR, "Moreau"), close_names(g, AUTHOR, "Lina Morau"), close_names(g, AUTHOR, "Eaux")
        (['Lina Moreau', 'Moreau Lina'], ['Lina Moreau', 'Moreau Lina'], ['Ivo Eau'])
        >>> g.add_node("author:j", label=AUTHOR, name="Jörg Müller")
        >>> close_names(g, AUTHOR, "J. Muller")  # accents ignored
        ['Jörg Müller']
    """
    import difflib

    folded: dict[str, str] = {}
    for _, a in sorted(g.nodes(data=True), key=lambda item: str(item[0])):
        if label is None or a.get("label") == label:
            text = str(a.get("name") or a.get("title") or "")
            if text:
                folded.setdefault(unmarked(fold(text)), text)  # "J. Muller" reads like "Jörg Müller"
    query = " ".join(unmarked(fold(name)).split())
    by_length = sorted(folded, key=lambda k: (len(k), k))
    starts = [k for k in by_length if len(query) >= 2 and any(w.startswith(query) for w in [k, *_words(k)])]
    words = _words(query)
    shared = sorted((k for k in by_length if label == AUTHOR and words & _words(k)),
                    key=lambda k: -len(words & _words(k)))  # stable: shortest first among equals
    contains = [k for k in by_length if len(query) >= 4 and query in k]  # not "moe" inside "amoebanet"
    spelled = (_spelled_like_person(query, folded, n) if label == AUTHOR
               else difflib.get_close_matches(query, sorted(folded), n=n, cutoff=0.6))
    limit = typo_limit(query)  # "Swtich": a slip of one word of a longer name ("Switch Transformer")
    slipped = [k for k in by_length if label != AUTHOR and limit and " " not in query
               and any(slips(w, query, limit) <= limit for w in _words(k))]
    return [folded[k] for k in dict.fromkeys([*shared, *starts, *contains, *spelled, *slipped])][:n]


def _words(text: str) -> set[str]:
    """The words of a folded name (split at spaces, dashes, dots, slashes, colons)."""
    import re

    return {w for w in re.split(r"[\s\-_/.:]+", text) if w}


def typo_limit(word: str) -> int:
    """How many typing slips (a letter wrong, missing, extra, or two swapped) a word of a person's name may
    hold and still read as another: one per four letters (none in a word of three letters or fewer: Nan is
    no slip of Yan).

    Examples:
        >>> typo_limit("nan"), typo_limit("kowal"), typo_limit("zhifeng"), typo_limit("tomaszek")
        (0, 1, 1, 2)
    """
    return len(word) // 4


def slips(a: str, b: str, limit: int) -> int:
    """The typing slips between words ``a`` and ``b`` (optimal string alignment distance: a letter changed,
    added, dropped, or two neighbours swapped), or ``limit + 1`` as soon as it must exceed ``limit``.

    Examples:
        >>> slips("huagn", "huang", 1), slips("howal", "kowal", 1), slips("zhifeng", "zheng", 1)
        (1, 1, 2)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return min(row[-1], limit + 1)


def _spelled_like_person(query: str, names: Iterable[str], n: int) -> list[str]:
    """Up to ``n`` folded author names spelled like ``query`` word by word: each word of ``query`` is a word
    of the name but for a few typing slips (``typo_limit``, ``slips``); the fewest slips first, then
    alphabetically. A few letters shared with a longer or shorter word (Feng in Zhifeng) are no such slip.

    Examples:
        >>> _spelled_like_person("yanpin huang", ["yanping huang", "yan huang", "bei feng"], 5)
        ['yanping huang']
        >>> _spelled_like_person("zhifen", ["bei feng", "zhifeng chen", "lianmin zheng"], 5)
        ['zhifeng chen']
    """
    asked = sorted(_words(query))
    scored = []
    for name in names:
        own = _words(name)
        counts = [min((slips(w, o, typo_limit(w)) for o in own), default=typo_limit(w) + 1) for w in asked]
        if asked and all(c <= typo_limit(w) for c, w in zip(counts, asked, strict=True)):
            scored.append((sum(counts), name))
    return [name for _, name in sorted(scored)[:n]]


HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/([A-Za-z][\w.-]*?)(?:-hf)?")  # "meta-llama/Llama-2-7b-hf": owner, name, and
# the hub's mark of a converted checkpoint
LOOKUP_HINTS = {
    AUTHOR: "Names match ignoring case, accents, dots and spacing, also written 'Last, First'; a node id works too.",
    MODEL: "Names match ignoring case, spaces and dashes, also by alias or without a size (PaLM 540B); "
           "a node id works too.",
    DATASET: "Names match ignoring case, spaces and dashes, also by alias or without a plural ending; "
             "a node id works too.",
    PAPER: "A paper is found by its identifier in any spelling (2105.04663, arXiv:2105.04663v2, an arXiv URL; "
           "a DOI for a paper without an arXiv id) or its title, ignoring case, spaces and dashes.",
}
"""What a failed lookup says about how names match, per label (others: ``LOOKUP_HINT``)."""
LOOKUP_HINT = "Names and titles match ignoring case, spaces and dashes; a node id works too."
ABSENT_HINT = ("No paper read names it: add papers that do with kg build FILE --store STORE --add "
               "(kg fetch arxiv --query ... writes such a file).")
"""What a failed Model or Dataset lookup with no close name adds: the graph holds only the papers given to it."""


def find_node(g: GraphLike, label: str | None, name: str,
              elsewhere: Callable[[str], str | None] | None = None) -> str:
    """The id of the ``label`` node (None: of any label) a user calls ``name``: the one lookup every command
    uses. ``elsewhere``: the label of a node of another label named ``name`` that ``g`` leaves out (a store's
    lookup reads one label's names), for the message.

    ``name`` matches a node id (a paper's also in any identifier spelling: ``paper_id``), else a name or title as written, else a name, title or alias ignoring case, spaces, dashes and dots between
    letters (``entity_key``; accents too for authors), else, for authors, the name written ``Last, First``
    (``first_last``), else, for models and datasets, the name without a
    size or plural ending (``Mixtral 8x7B`` is Mixtral, ``ViTs`` ViT; a person's name is never cut), else a model
    hub's ``owner/name`` id by its name (``meta-llama/Llama-2-7b-hf`` is Llama 2).

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("model:palm", label=MODEL, name="PaLM")
        >>> find_node(g, MODEL, "palm 540b"), find_node(g, None, "PALM")
        ('model:palm', 'model:palm')
        >>> find_node(g, MODEL, "google/palm-540b-hf")
        'model:palm'

    Raises:
        NodeNotFound: no such node; the message names the label and lists the closest names.
    """
    check_asked(name)
    if name in g and (label is None or g.nodes[name].get("label") == label):
        return name
    if label in (PAPER, None):
        from kg.sources.ids import paper_id  # the readers' package: imported only to look up a paper

        pid = paper_id(name)
        if pid in g:
            return str(pid)
    exact = sorted(str(n) for n, a in g.nodes(data=True)
                   if (label is None or a.get("label") == label) and name in (a.get("name"), a.get("title")))
    if exact:
        return exact[0]
    hit = lookup_name(name_index(g, label), name, endings=False, label=label)
    flipped = first_last(name) if label in (AUTHOR, None) else None
    if hit is None and flipped:
        hit = lookup_name(name_index(g, AUTHOR), flipped, endings=False, label=AUTHOR)
    if hit is None and label in (MODEL, DATASET, None):
        endings = name_index(g, label) if label else {
            k: v for lb in (MODEL, DATASET) for k, v in name_index(g, lb).items()}
        hit = lookup_name(endings, name, endings=True, label=label)
        hub = HUB_ID.fullmatch(name.strip())
        if hit is None and hub:  # "meta-llama/Llama-2-7b-hf": a model hub's owner/name id is its name
            hit = lookup_name(endings, hub.group(1), endings=True, label=label)
    if hit is not None:
        return hit
    close = close_names(g, label, name)
    if flipped:
        close = list(dict.fromkeys([*close, *close_names(g, AUTHOR, flipped)]))[:5]
    hint = f" Close names: {', '.join(close)}." if close else ""
    other = lookup_name(name_index(g, None), name, endings=False) if label is not None else None
    how = LOOKUP_HINTS.get(label, LOOKUP_HINTS[MODEL] if label is None else LOOKUP_HINT)
    kind = str(g.nodes[other].get("label")) if other and g.nodes[other].get("label") != label else (
        elsewhere(name) if elsewhere is not None else None)
    note = other_kind(name, kind) if kind else ""
    absent = f"\n  {ABSENT_HINT}" if label in (MODEL, DATASET) and not close and not note else ""
    raise NodeNotFound(f"No {label or 'node'} named {name!r} in the graph.{hint}\n  {how}{note}{absent}")


OTHER_KIND_COMMANDS = {AUTHOR: "kg coauthors", MODEL: "kg lineage"}  # else the ego view


def other_kind(name: str, label: str) -> str:
    """The line a failed lookup adds when ``name`` is a node of another ``label``, with the command for it.

    Examples:
        >>> other_kind("GLUE", "Dataset")
        "\\n  'GLUE' is a Dataset in the graph: try kg viz --view ego --focus 'GLUE'."
    """
    command = OTHER_KIND_COMMANDS.get(label, "kg viz --view ego --focus")
    return f"\n  {name!r} is {'an' if label[:1] in 'AEIOU' else 'a'} {label} in the graph: try {command} {name!r}."
