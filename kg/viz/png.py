"""PNG previews: a page from ``render_html`` screenshotted in headless Chromium once it is drawn."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import VizError

READY = "body[data-ready='1']"  # the page sets this once its layout is drawn and it answers clicks
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def render_png(html_path: str | Path, png_path: str | Path, *, width: int = 1400, height: int = 900,
               timeout_ms: int = 120_000) -> Path:
    """Screenshot a page from ``render_html`` in headless Chromium once its layout is done.

    Raises:
        VizError: Chromium or playwright is missing, or the page never became ready.
    """
    out = Path(png_path)
    with chromium() as context:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        page.goto(Path(html_path).resolve().as_uri())
        try:
            page.wait_for_selector(READY, state="attached", timeout=timeout_ms)
        except Exception as exc:  # playwright's TimeoutError
            msg = f"{html_path}: the page was not ready after {timeout_ms} ms"
            raise VizError(msg) from exc
        page.screenshot(path=str(out))
    return out


def chromium_path() -> str | None:
    """The Chromium binary: ``$KG_CHROMIUM``, else ``chromium`` on PATH (Debian's /usr/bin/chromium); None if absent."""
    exe = os.environ.get("KG_CHROMIUM") or shutil.which("chromium")
    return exe if exe and Path(exe).is_file() else None


@contextlib.contextmanager
def chromium(args: list[str] | None = None) -> Iterator[Any]:
    """A playwright BrowserContext of headless Chromium with a fresh profile, closed on exit; ``args``
    replace ``CHROMIUM_ARGS`` (e.g. to add ``--disable-webgl``).

    Raises:
        VizError: no Chromium binary or no playwright package.
    """
    exe = chromium_path()
    if exe is None:
        msg = ("no Chromium found for the PNG preview\n"
               "  install it with `apt-get install chromium` or set KG_CHROMIUM to its path")
        raise VizError(msg)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        msg = 'PNG previews need playwright: pip install "paper-kg[test]"'
        raise VizError(msg) from exc
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(profile, executable_path=exe, headless=True,
                                                        args=args or CHROMIUM_ARGS)
        try:
            yield context
        finally:
            context.close()
