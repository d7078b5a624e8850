"""Fetch raw answers of scholarly APIs into files that ``kg build`` reads: arXiv (Atom), OpenAlex, Semantic Scholar.

Polite by construction: one request at a time with a pause between requests (``min_interval`` seconds),
retries with exponential backoff on 429, 5xx and time-outs (a ``Retry-After`` header is honoured), and a
User-Agent naming the project and a contact (``KG_CONTACT``; OpenAlex also gets it as ``mailto``). API
keys come from ``S2_API_KEY`` and ``OPENALEX_API_KEY``. Base URLs: ``KG_ARXIV_URL``, ``KG_OPENALEX_URL``,
``KG_S2_URL`` (tests point them at a local server).

Each page is written as ``<out>/<source>-<query slug>-<page>.<ext>`` before the next is asked for; a
rerun skips the pages already on disk (resumable), reading the next cursor back from them.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from kg.errors import KGError

DEFAULT_URLS = {"arxiv": "https://export.arxiv.org/api/query", "openalex": "https://api.openalex.org",
                "s2": "https://api.semanticscholar.org/graph/v1"}
URL_ENV = {"arxiv": "KG_ARXIV_URL", "openalex": "KG_OPENALEX_URL", "s2": "KG_S2_URL"}
MIN_INTERVAL = {"arxiv": 3.0, "openalex": 0.1, "s2": 1.0}  # seconds between requests, from each API's terms
PAGE_SIZE = {"arxiv": 100, "openalex": 200}
S2_FIELDS = ("paperId,externalIds,title,abstract,year,publicationDate,venue,authors,fieldsOfStudy,"
             "references.paperId,references.externalIds,references.title,"
             "citations.paperId,citations.externalIds,citations.title")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class FetchError(KGError):
    """An API could not be read: names the URL, the status and what to do."""


@dataclass
class Fetcher:
    """One API client: paced, retrying, resumable; ``sleep`` and ``clock`` are injectable for tests."""

    source: str
    out: Path
    base_url: str | None = None
    min_interval: float | None = None
    retries: int = 4
    backoff: float = 1.0
    timeout: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    log: Callable[[str], None] = lambda message: None
    written: list[Path] = field(default_factory=list)
    _last: float = -1e9

    def __post_init__(self) -> None:
        self.base_url = (self.base_url or os.environ.get(URL_ENV[self.source]) or DEFAULT_URLS[self.source]).rstrip("/")
        if self.min_interval is None:
            self.min_interval = MIN_INTERVAL[self.source]

    def headers(self) -> dict[str, str]:
        """The request headers: a User-Agent naming ``$KG_CONTACT`` when set, and the S2 API key when set."""
        contact = os.environ.get("KG_CONTACT", "")
        agent = f"paper-kg/{_version()}" + (f" (mailto:{contact})" if contact else "")
        headers = {"User-Agent": agent}
        if self.source == "s2" and os.environ.get("S2_API_KEY"):
            headers["x-api-key"] = os.environ["S2_API_KEY"]
        return headers

    def get(self, url: str) -> bytes:
        """The body of ``url``, paced and retried.

        Raises:
            FetchError: a status that is not retried (4xx), or retries used up.
        """
        import httpx

        problem = ""
        for attempt in range(self.retries + 1):
            wait = self._last + float(self.min_interval or 0) - self.clock()
            if wait > 0:
                self.sleep(wait)
            self._last = self.clock()
            delay = self.backoff * 2 ** attempt
            try:
                response = httpx.get(url, headers=self.headers(), timeout=self.timeout, follow_redirects=True)
            except httpx.TimeoutException:
                problem = f"no answer within {self.timeout:g} s"
            except httpx.HTTPError as exc:
                problem = f"cannot connect: {exc}"
            else:
                if response.status_code == 200:
                    return response.content
                if response.status_code not in RETRY_STATUS:
                    raise FetchError(f"{url}: HTTP {response.status_code}: {response.text[:200]}\n"
                                     "  Check the query (and the API key, if the API needs one).")
                problem = f"HTTP {response.status_code}"
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdecimal():
                    delay = max(delay, float(retry_after))
            if attempt < self.retries:
                self.log(f"{problem}; retrying in {delay:g} s")
                self.sleep(delay)
        raise FetchError(f"{url}: {problem} after {self.retries + 1} tries\n  Try again later, or slow down.")

    def page(self, name: str, url: str) -> bytes:
        """A page from disk when an earlier run wrote it, else fetched and written (atomically)."""
        path = self.out / name
        if path.is_file():
            self.log(f"have {path}")
            data = path.read_bytes()
        else:
            data = self.get(url)
            self.out.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(data)
            partial.replace(path)
            self.log(f"wrote {path}")
        self.written.append(path)
        return data


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("paper-kg")
    except PackageNotFoundError:  # a source tree that is not installed
        return "0.0.0"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "query"


def fetch_arxiv(fetcher: Fetcher, *, query: str | None = None, author: str | None = None,
                max_results: int = 100) -> list[Path]:
    """arXiv API Atom pages for a search query or an author (``au:``), at most ``max_results`` entries."""
    search = query if query else f'au:"{author}"'
    size = min(PAGE_SIZE["arxiv"], max_results)
    for number, start in enumerate(range(0, max_results, size), 1):
        params = {"search_query": search, "start": start, "max_results": min(size, max_results - start),
                  "sortBy": "submittedDate", "sortOrder": "descending"}
        data = fetcher.page(f"arxiv-{_slug(search)}-{number:03d}.atom", f"{fetcher.base_url}?{urlencode(params)}")
        if data.count(b"<entry") < params["max_results"]:
            break
    return fetcher.written


def fetch_openalex(fetcher: Fetcher, *, author: str | None = None, search: str | None = None,
                   max_results: int = 200) -> list[Path]:
    """OpenAlex works pages (cursor paging) for a title/abstract search or an author's name."""
    filters = {"search": search} if search else {"filter": f"raw_author_name.search:{author}"}
    contact, key = os.environ.get("KG_CONTACT"), os.environ.get("OPENALEX_API_KEY")
    extra = {**({"mailto": contact} if contact else {}), **({"api_key": key} if key else {})}
    cursor, got, number = "*", 0, 0
    while cursor and got < max_results:
        number += 1
        params = {**filters, "per-page": min(PAGE_SIZE["openalex"], max_results - got), "cursor": cursor, **extra}
        data = fetcher.page(f"openalex-{_slug(search or author or '')}-{number:03d}.json",
                            f"{fetcher.base_url}/works?{urlencode(params)}")
        try:
            page = json.loads(data)
            cursor, got = page["meta"].get("next_cursor"), got + len(page["results"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise FetchError(f"OpenAlex page {number} is not a works page ({exc})") from exc
        if not page["results"]:
            break
    return fetcher.written


def fetch_s2(fetcher: Fetcher, *, paper: str) -> list[Path]:
    """One Semantic Scholar paper with its references and citations (``paper``: S2 id, ``arXiv:ID``,
    ``DOI:...``, ``CorpusId:N``)."""
    from urllib.parse import quote

    url = f"{fetcher.base_url}/paper/{quote(paper, safe=':')}?{urlencode({'fields': S2_FIELDS})}"
    fetcher.page(f"s2-{_slug(paper)}.json", url)
    return fetcher.written


def fetch(source: str, out: str | Path, *, query: str | None = None, author: str | None = None,
          search: str | None = None, paper: str | None = None, max_results: int | None = None,
          log: Callable[[str], None] = lambda message: None, **options: Any) -> list[Path]:
    """Fetch from ``source`` (arxiv, openalex, s2) into the folder ``out``; the files written or found.

    Raises:
        FetchError: a missing or conflicting argument, or an API that keeps failing.
    """
    fetcher = Fetcher(source, Path(out), log=log, **options)
    if source == "arxiv":
        if bool(query) == bool(author):
            raise FetchError("give exactly one of --query or --author for arxiv")
        return fetch_arxiv(fetcher, query=query, author=author, max_results=max_results or 100)
    if source == "openalex":
        if bool(search) == bool(author):
            raise FetchError("give exactly one of --search or --author for openalex")
        return fetch_openalex(fetcher, author=author, search=search, max_results=max_results or 200)
    if source == "s2":
        if not paper:
            raise FetchError("give --paper ID for s2 (an S2 id, arXiv:ID, DOI:... or CorpusId:N)")
        return fetch_s2(fetcher, paper=paper)
    raise FetchError(f"unknown source {source!r}; use arxiv, openalex or s2")
