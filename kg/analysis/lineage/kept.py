"""Each model's lineage evidence kept with the store, for ``kg build --add``.

Inference gathers, for each introduced model, the evidence that it builds on each of its candidate parents
(``infer._evidence_by_model``); what that reads is keyed by a hash (``infer._Keys``): the model's paper and its
text, links, citations and nearest papers, and for each candidate parent its name, dates, introducing paper,
the papers naming it and its stated parents. A pair's evidence reads those and no other paper (the text
weighting and ``TYPICAL_SIMILARITY`` are corpus-independent), so a model whose key is unchanged gets its
evidence again, read from here; only the models an added paper touches are looked at again, and the
selection of edges (``infer.select``) runs over all of it, as in a build of all the sources.
File: gzipped JSON ``{"fingerprint": hash of the inference code, "evidence": {key: [evidence]}}``.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.analysis.lineage.infer import Evidence

EVIDENCE = "lineage-evidence.json.gz"  # the file's name inside a store's database directory
_PACKAGE = Path(__file__).resolve().parent.parent.parent  # kg/
# the code and data evidence is gathered by: evidence kept by other code is not read
_EVIDENCE_CODE = ("analysis/lineage/infer.py", "analysis/lineage/generic.py", "analysis/lineage/kept.py",
                  "analysis/text.py", "names.py", "model.py", "data/lineage_cues.json",
                  "data/generic_architectures.json", "data/arxiv_categories.json")


class EvidenceCache:
    """Each model's evidence by the hash of what gathering it reads. ``known``: what the last build kept;
    ``kept``: what this one used, for the next; ``reused``: models whose evidence came from ``known``."""

    def __init__(self) -> None:
        self.known: dict[str, list[dict[str, Any]]] = {}
        self.kept: dict[str, list[dict[str, Any]]] = {}
        self.reused = 0

    @staticmethod
    def fingerprint() -> str:
        """Hex hash of the code and data files evidence is gathered by."""
        digest = hashlib.blake2b(digest_size=16)
        for name in _EVIDENCE_CODE:
            digest.update(f"{name}\0".encode() + (_PACKAGE / name).read_bytes())
        return digest.hexdigest()

    def load(self, path: str | Path) -> None:
        """Read the evidence a build kept at ``path`` (none when the file is missing or from other code)."""
        path = Path(path)
        if path.is_file():
            data = json.loads(gzip.decompress(path.read_bytes()))
            if data.get("fingerprint") == self.fingerprint():
                self.known = data["evidence"]

    def get(self, key: str) -> list[Evidence] | None:
        """The evidence the last build kept under ``key``, or None; kept for the next build too."""
        rows = self.known.get(key)
        if rows is None:
            return None
        from kg.analysis.lineage.infer import Evidence

        self.reused += 1
        self.kept[key] = rows
        return [Evidence(**{**row, "papers": tuple(row["papers"]) if row["papers"] else None,
                            "siblings": tuple(row["siblings"])}) for row in rows]

    def put(self, key: str, found: list[Evidence]) -> None:
        """Keep ``found`` (before scoring) under ``key`` for the next build."""
        self.kept[key] = [{f.name: _plain(getattr(e, f.name)) for f in dataclasses.fields(e)} for e in found]

    def dump(self) -> bytes:
        """The file of the evidence this build used (sorted, no timestamp: the same evidence, the same bytes)."""
        text = json.dumps({"fingerprint": self.fingerprint(), "evidence": dict(sorted(self.kept.items()))},
                          ensure_ascii=False, separators=(",", ":"))
        return gzip.compress(text.encode("utf-8"), mtime=0)


def _plain(value: Any) -> Any:
    """A field of an Evidence as JSON keeps it: a list for a tuple or list (a copy), else the value."""
    return list(value) if isinstance(value, (list, tuple)) else value
