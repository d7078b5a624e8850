"""`kg fetch` against a local HTTP server on 127.0.0.1 serving recorded answers: paging, retries, resuming."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from kg.api import fetch
from kg.cli import cli
from kg.sources.fetch import FetchError
from kg.sources import read_records

DATA = Path(__file__).resolve().parent / "data" / "formats"


class Server:
    """Answers each request with the next scripted (status, body, delay) for its path; logs every request."""

    def __init__(self) -> None:
        self.script: dict[str, list[tuple[int, bytes, float]]] = {}
        self.requests: list[tuple[str, dict[str, list[str]], dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                url = urlparse(self.path)
                outer.requests.append((url.path, parse_qs(url.query), dict(self.headers)))
                queue = outer.script.get(url.path) or [(404, b"not scripted", 0.0)]
                status, body, delay = queue.pop(0) if len(queue) > 1 else queue[0]
                time.sleep(delay)
                try:
                    self.send_response(status)
                    if status == 429:
                        self.send_header("Retry-After", "0")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.close()


ATOM = (DATA / "arxiv_feed.atom").read_bytes()


def test_arxiv_retries_429_500_and_a_timeout_then_writes_the_page(server: Server, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CONTACT", "lab@example.org")
    server.script["/api/query"] = [(429, b"slow down", 0.0), (500, b"oops", 0.0), (200, b"late", 1.5), (200, ATOM, 0.0)]
    sleeps: list[float] = []
    log: list[str] = []
    paths = fetch("arxiv", tmp_path / "out", query="all:routing", max_results=2, base_url=f"{server.url}/api/query",
                  sleep=sleeps.append, timeout=0.5, backoff=0.25, min_interval=0.0, log=log.append)
    assert paths == [tmp_path / "out" / "arxiv-all-routing-001.atom"]
    assert paths[0].read_bytes() == ATOM
    assert log[:3] == ["HTTP 429; retrying in 0.25 s", "HTTP 500; retrying in 0.5 s",
                       "no answer within 0.5 s; retrying in 1 s"]
    assert sleeps == [0.25, 0.5, 1.0]
    path, query, headers = server.requests[-1]
    assert (query["search_query"], query["start"], query["max_results"]) == (["all:routing"], ["0"], ["2"])
    assert headers["User-Agent"].endswith("(mailto:lab@example.org)")
    assert [r.arxiv_id for r in read_records(paths[0])] == ["2203.04567", "math/0309136"]


def test_a_rerun_resumes_from_the_pages_on_disk(server: Server, tmp_path: Path) -> None:
    server.script["/api/query"] = [(200, ATOM, 0.0)]
    first = fetch("arxiv", tmp_path, author="Marta Okafor", max_results=2, base_url=f"{server.url}/api/query",
                  min_interval=0.0)
    asked = len(server.requests)
    again = fetch("arxiv", tmp_path, author="Marta Okafor", max_results=2, base_url=f"{server.url}/api/query",
                  min_interval=0.0)
    assert (first, again, len(server.requests)) == (again, first, asked)
    assert server.requests[0][1]["search_query"] == ['au:"Marta Okafor"']


def test_requests_are_paced(server: Server, tmp_path: Path) -> None:
    page = json.dumps({"meta": {"next_cursor": "c2"}, "results": [{"id": "https://openalex.org/W11", "title": "A"}]})
    last = json.dumps({"meta": {"next_cursor": None}, "results": [{"id": "https://openalex.org/W12", "title": "B"}]})
    server.script["/works"] = [(200, page.encode(), 0.0), (200, last.encode(), 0.0)]
    now = [100.0]
    sleeps: list[float] = []
    paths = fetch("openalex", tmp_path, search="sparse routing", base_url=server.url, min_interval=5.0,
                  sleep=lambda s: (sleeps.append(s), now.__setitem__(0, now[0] + s)), clock=lambda: now[0])
    assert [p.name for p in paths] == ["openalex-sparse-routing-001.json", "openalex-sparse-routing-002.json"]
    assert sleeps == [5.0]
    assert [q["cursor"] for _, q, _ in server.requests] == [["*"], ["c2"]]
    assert [r.ids["openalex"] for p in paths for r in read_records(p)] == ["W11", "W12"]


def test_retries_run_out_and_client_errors_stop_at_once(server: Server, tmp_path: Path) -> None:
    server.script["/api/query"] = [(503, b"busy", 0.0)]
    with pytest.raises(FetchError, match=r"HTTP 503 after 3 tries"):
        fetch("arxiv", tmp_path, query="q", base_url=f"{server.url}/api/query", retries=2, sleep=lambda s: None,
              min_interval=0.0)
    server.script["/paper/arXiv:2203.04567"] = [(404, b'{"error": "not found"}', 0.0)]
    with pytest.raises(FetchError, match=r"HTTP 404"):
        fetch("s2", tmp_path, paper="arXiv:2203.04567", base_url=server.url, sleep=lambda s: None)
    assert not list(tmp_path.iterdir())


def test_cli_fetch_s2_writes_a_file_that_builds(server: Server, tmp_path: Path, runner,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_S2_URL", server.url)
    monkeypatch.setenv("S2_API_KEY", "k-123")
    paper = json.loads((DATA / "s2_batch.json").read_text())[0]
    server.script["/paper/arXiv:2203.04567"] = [(200, json.dumps(paper).encode(), 0.0)]
    out = tmp_path / "got"
    result = runner.invoke(cli, ["fetch", "s2", "--paper", "arXiv:2203.04567", "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = out / "s2-arxiv-2203-04567.json"
    assert result.stdout == f"1 file(s) in {out}; build with: kg build {written}\n"
    assert server.requests[0][2]["x-api-key"] == "k-123"
    assert "references.externalIds" in server.requests[0][1]["fields"][0]
    result = runner.invoke(cli, ["build", str(written), "--store", str(tmp_path / "s"), "--no-extract"])
    assert result.stdout.splitlines()[0] == f"Built {tmp_path / 's'}: 1 papers from 1 records in 1 file(s)."
