"""The extraction cache: what the extractor found in each paper, kept with the store for ``kg build --add``.

Extraction is a pure function of a paper's (id, title, abstract, categories) and of the extractor (its
code, pattern data, spaCy and the optional ``--model``). So the store keeps each paper's extraction under
the hash of that input (``item_key``), in a file stamped with the hash of the extractor (``fingerprint``);
``kg build --add`` extracts only the papers whose key is not there, and a file with another fingerprint
(changed patterns, code or model) is ignored whole. Every paper's extraction goes through the same
``encode`` -> ``decode`` round trip whether it was just extracted or read back, so a build that reuses the
cache gives the graph of a build that extracts everything, by construction.

File (gzipped text): a first line ``{"fingerprint": "<hex>"}``, then one line per paper,
``<item key>\\t<JSON of [[node id, label, props]...], [[source, type, target, props]...]>``.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.model import Edge, Node

EXTRACTIONS = "extractions.jsonl.gz"  # the cache file's name inside a store's database directory
FORMAT = 1  # of the cache file; part of the fingerprint (this file is not hashed: it does not extract)
_PACKAGE = Path(__file__).resolve().parent.parent  # kg/
# What an extraction depends on besides its input: this package's code and pattern data, the name and
# model helpers it calls, and the data files those read.
_INPUT_FILES = ("extract/**/*", "names.py", "model.py", "data/*")

Item = tuple[str, str, str, Sequence[str]]  # (paper id, title, abstract, categories)


def fingerprint(model: str | None = None, patterns_dir: str | Path | None = None) -> str:
    """Hex hash (32 chars) of everything an extraction depends on besides its input: the bytes of every
    code file of ``kg/extract`` (not this module), ``kg/names.py``, ``kg/model.py`` and ``kg/data``, of
    every pattern data file the extractor reads (``patterns_dir``, else ``kg.extract.base.PATTERNS_DIR``),
    the cache file FORMAT, the spaCy version, and ``model`` with its version.

    Examples:
        >>> len(fingerprint()), fingerprint() == fingerprint()
        (32, True)
    """
    import spacy

    from kg.extract import base

    here = Path(__file__).resolve()
    digest = hashlib.blake2b(digest_size=16)
    code = sorted({p for pattern in _INPUT_FILES for p in _PACKAGE.glob(pattern)
                   if p.is_file() and "__pycache__" not in p.parts and "patterns" not in p.parts and p != here})
    data = sorted(p for p in Path(patterns_dir or base.PATTERNS_DIR).rglob("*") if p.is_file())
    for path in [*code, *data]:
        name = path.relative_to(_PACKAGE) if path in code else f"patterns/{path.name}"
        digest.update(f"{name}\0".encode())
        digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    digest.update(f"format {FORMAT} spacy {spacy.__version__}\0".encode())
    if model:
        try:
            from importlib.metadata import version

            model_version = version(model)
        except Exception:  # not a distribution name: a path, or not installed (the build says so later)
            model_version = "?"
        digest.update(f"model {model} {model_version}\0".encode())
    return digest.hexdigest()


def item_key(item: Item) -> str:
    """Hex hash (32 chars) of one extraction input: paper id, title, abstract and categories.

    Examples:
        >>> item_key(("paper:1", "T", "A", ["cs.CL"])) == item_key(("paper:1", "T", "A", ("cs.CL",)))
        True
        >>> item_key(("paper:1", "T", "A", [])) == item_key(("paper:1", "T", "A.", []))
        False
    """
    pid, title, abstract, categories = item
    text = json.dumps([pid, title, abstract, list(categories)], ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def encode(nodes: Iterable[Node], edges: Iterable[Edge]) -> str:
    """One paper's extraction as a JSON line body (no newline; ASCII, so no tab or newline inside).

    Examples:
        >>> encode([Node("model:x", "Model", {"name": "X"})], [Edge("paper:1", "USES", "model:x")])
        '[[["model:x","Model",{"name":"X"}]],[["paper:1","USES","model:x",{}]]]'
    """
    return json.dumps([[[n.id, n.label, n.props] for n in nodes],
                       [[e.source, e.type, e.target, e.props] for e in edges]], separators=(",", ":"))


def decode(text: str, shared: dict[str, str] | None = None) -> tuple[list[Node], list[Edge]]:
    """The nodes and edges ``encode`` wrote. ``shared`` (text -> one string object of it, filled as it goes):
    every string read (ids, labels, types, property names and values, list items) is that object, so ids,
    rule names and an evidence sentence read by several edges are held once however many papers repeat them.

    Examples:
        >>> nodes, edges = decode(encode([Node("model:x", "Model", {"name": "X"})], []))
        >>> nodes[0].id, nodes[0].props, edges
        ('model:x', {'name': 'X'}, [])
        >>> shared = {}
        >>> _, (a, b) = decode(encode([], [Edge("paper:1", "USES", "model:x", {"evidence": "We use X."}),
        ...                                Edge("paper:1", "MENTIONS", "model:y", {"evidence": "We use X."})]), shared)
        >>> a.source is b.source, a.props["evidence"] is b.props["evidence"]
        (True, True)
    """
    nodes, edges = json.loads(text)
    if shared is None:
        return [Node(*n) for n in nodes], [Edge(*e) for e in edges]
    one = shared.setdefault
    return ([Node(one(i, i), one(label, label), _shared_props(p, one)) for i, label, p in nodes],
            [Edge(one(s, s), one(kind, kind), one(t, t), _shared_props(p, one)) for s, kind, t, p in edges])


def _shared_props(props: dict[str, Any], one: Any) -> dict[str, Any]:
    """``props`` with each string key, string value and string list item replaced by ``one(x, x)``."""
    return {one(k, k): one(v, v) if type(v) is str else
            [one(x, x) if type(x) is str else x for x in v] if type(v) is list else v for k, v in props.items()}


class ExtractionCache:
    """The extractions a build may reuse (``get``) and those it used, in use order, to keep (``put``,
    ``dump``).

    Args:
        fingerprint: ``fingerprint()`` of the extractor this build runs.
    """

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self._old: dict[str, str] = {}
        self._out = io.BytesIO()
        self._zip = gzip.GzipFile(fileobj=self._out, mode="wb", compresslevel=1, mtime=0)
        self._zip.write((json.dumps({"fingerprint": fingerprint}) + "\n").encode())
        self.reused = 0  # papers whose extraction came from the loaded file
        self.extracted = 0  # papers extracted by this build

    def load(self, path: str | Path) -> int:
        """Read the cache file ``path`` (a missing, damaged or other-fingerprint file gives nothing: it
        is only a cache); returns how many extractions it made available."""
        old: dict[str, str] = {}
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                head = json.loads(handle.readline() or "null")
                if not isinstance(head, dict) or head.get("fingerprint") != self.fingerprint:
                    return 0
                for line in handle:
                    key, sep, body = line.rstrip("\n").partition("\t")
                    if not sep:
                        return 0
                    old[key] = body
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError):
            return 0
        self._old = old
        return len(old)

    def get(self, key: str) -> str | None:
        """The stored extraction (``encode`` text) of the input with ``item_key`` ``key``, if loaded."""
        return self._old.get(key)

    def put(self, key: str, body: str, *, reused: bool) -> None:
        """Keep ``body`` (``encode`` text) under ``key`` in the file ``dump`` gives."""
        self._zip.write(f"{key}\t{body}\n".encode())
        if reused:
            self.reused += 1
        else:
            self.extracted += 1

    def dump(self) -> bytes:
        """The gzipped cache file of every ``put`` so far (call once, at the end)."""
        self._old = {}
        self._zip.close()
        return self._out.getvalue()


def extract_encoded(extractor: Any, items: Iterable[Item]) -> Iterable[str]:
    """``encode``d extractions of ``items`` by ``extractor`` (a ``kg.extract.Extractor``), in order."""
    for nodes, edges in extractor.many(items):
        yield encode(nodes, edges)

