"""The HTML page: template, inlined renderer and viewer script, the graph as inert JSON, a CSP nonce."""

from __future__ import annotations

import hashlib
import json
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from kg.errors import VizError
from kg.paths import VISUALIZATIONS_DIR

VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package


def json_for_html(data: Any) -> str:
    """JSON that cannot end its <script> element or open a comment: <, > and & become \\u escapes.

    Examples:
        >>> json_for_html({"t": "</script>&"})
        '{"t":"\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_html(data: dict[str, Any]) -> str:
    """The page for ``data`` (from ``page_data``) as one HTML string.

    Raises:
        VizError: pyvis or jinja2 is missing.
    """
    msg = 'the HTML viewer needs pyvis: pip install "pyvis>=0.3.2"'
    try:
        from jinja2 import Environment, FileSystemLoader
        from markupsafe import Markup
    except ImportError as exc:
        raise VizError(msg) from exc
    vis = _pyvis_files()
    if vis is None:
        raise VizError(msg)
    data_json = json_for_html(data)
    names = ["render-vis.js", "viewer.js"]
    scripts = [(vis / "vis-network.min.js").read_text(encoding="utf-8")]
    if data.get("renderer") == "sigma":  # vis-network stays in the page: the fallback without WebGL
        names = ["vendor/sigma-graphology.min.js", "render-sigma.js", *names]
    scripts += [(VISUALIZATIONS_DIR / name).read_text(encoding="utf-8") for name in names]
    nonce = hashlib.sha256("".join([data_json, *scripts]).encode("utf-8")).hexdigest()[:32]
    env = Environment(loader=FileSystemLoader(VISUALIZATIONS_DIR), autoescape=True)
    return env.get_template("template.html").render(
        title=data["title"], nonce=nonce, data_json=Markup(data_json), scripts=[Markup(js) for js in scripts],
        vis_css=Markup((vis / "vis-network.css").read_text(encoding="utf-8")),
        viewer_css=Markup((VISUALIZATIONS_DIR / "viewer.css").read_text(encoding="utf-8")))


def _pyvis_files() -> Path | None:
    """The folder of vis-network's files inside the installed pyvis package, found without importing pyvis (its
    ``__init__`` loads IPython: a tenth of a second of every ego view's start-up); None without pyvis."""
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / VIS_DIR
