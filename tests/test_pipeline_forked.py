"""The build's summaries made in a forked copy while inference runs (``kg.pipeline.Forked``): the same graph as
made one after the other, errors raised where the build runs, nothing left behind when inference fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import pipeline
from kg.extract import Extractor
from kg.model import SUMMARY
from kg.sources import read_records

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "papers.jsonl"

pytestmark = pytest.mark.skipif(not pipeline.Forked.available(), reason="fork is used on Linux only")


def snapshot(graph: pipeline.Graph) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Every node (id, label, properties) and edge (key, properties) of ``graph`` as sorted text."""
    nodes = sorted((n.id, n.label, repr(sorted(n.props.items()))) for n in graph.nodes.values())
    edges = sorted((repr(e.key), e.type, repr(sorted(e.props.items()))) for e in graph.edges.values())
    return nodes, edges


def test_summaries_made_beside_inference_give_the_graph_made_in_turn() -> None:
    records = list(read_records(EXAMPLE))
    ex = Extractor()
    in_turn = pipeline.assemble(records, extractor=ex, jobs=1)
    beside = pipeline.assemble(records, extractor=ex, jobs=2)
    assert any(n.label == SUMMARY for n in beside.nodes.values())
    assert snapshot(beside) == snapshot(in_turn)


def test_a_value_comes_back_and_an_error_is_raised_in_the_caller() -> None:
    assert pipeline.Forked(sorted, [3, 1, 2]).result() == [1, 2, 3]
    with pytest.raises(ZeroDivisionError):
        pipeline.Forked(divmod, 1, 0).result()


def test_an_error_that_cannot_be_pickled_comes_back_as_its_text() -> None:
    def fails() -> None:
        class Local(Exception):  # a class pickle cannot find by name
            pass

        raise Local("no route")

    with pytest.raises(RuntimeError, match="Local: no route"):
        pipeline.Forked(fails).result()


def test_cancel_stops_the_copy_and_leaves_no_process() -> None:
    import time

    started = pipeline.Forked(time.sleep, 60)
    started.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(started.pid, os.WNOHANG)  # reaped: no such child any more


def test_inference_failing_cancels_the_summaries(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[pipeline.Forked] = []
    real = pipeline.Forked

    class Recorded(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            made.append(self)

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("inference broke")

    monkeypatch.setattr(pipeline, "Forked", Recorded)
    monkeypatch.setattr(pipeline, "add_inferred_lineage", broken)
    with pytest.raises(RuntimeError, match="inference broke"):
        pipeline.assemble(read_records(EXAMPLE), jobs=2)
    assert len(made) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(made[0].pid, os.WNOHANG)


def test_a_copy_killed_before_its_value_is_a_clear_error() -> None:
    import signal
    import time

    from kg.errors import KGError

    started = pipeline.Forked(time.sleep, 60)
    os.kill(started.pid, signal.SIGKILL)
    with pytest.raises(KGError, match="killed by signal 9.*\n.*--jobs 1"):
        started.result()


def test_cancel_after_result_or_twice_is_safe() -> None:
    done = pipeline.Forked(sorted, [2, 1])
    assert done.result() == [1, 2]
    done.cancel()
    done.cancel()


def test_an_interrupt_while_waiting_then_cancel_leaves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    waiting = pipeline.Forked(time.sleep, 60)

    def interrupted(*_: object) -> bytes:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(pipeline.os, "read", interrupted)
        with pytest.raises(KeyboardInterrupt):
            waiting.result()
    waiting.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(waiting.pid, os.WNOHANG)


def test_the_copy_dies_with_the_process_that_forked_it() -> None:
    import subprocess
    import sys
    import time

    code = ("import sys, time; from kg import pipeline; "
            "f = pipeline.Forked(time.sleep, 60); print(f.pid, flush=True); sys.exit(0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    pid = int(out.stdout.split()[0])
    status = Path(f"/proc/{pid}/status")
    for _ in range(100):  # killed at once; gone, or a zombie until its new parent reaps it
        if not status.exists() or "\nState:\tZ" in status.read_text():
            break
        time.sleep(0.05)
    assert not status.exists() or "\nState:\tZ" in status.read_text()


def test_a_build_writing_while_its_summaries_are_made_stores_what_one_process_stores(tmp_path: Path) -> None:
    from kg.api import load_graph
    from kg.store.delta import DIGEST, load_digest
    from kg.store.embedded import active_database

    in_turn, beside = tmp_path / "one", tmp_path / "two"
    pipeline.build([EXAMPLE], in_turn, jobs=1)
    pipeline.build([EXAMPLE], beside, jobs=2)
    assert snapshot(load_graph(beside)) == snapshot(load_graph(in_turn))
    digest = load_digest(active_database(beside) / DIGEST)  # every row's hash, the Summary nodes' too
    assert digest is not None and any(label == SUMMARY for label, _ in digest.nodes.values())
    assert (active_database(beside) / DIGEST).read_bytes() == (active_database(in_turn) / DIGEST).read_bytes()


def test_summaries_failing_while_the_rest_is_written_leave_the_store_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.api import load_graph
    from kg.store.delta import DIGEST
    from kg.store.embedded import active_database

    store = tmp_path / "store"
    pipeline.build([EXAMPLE], store, jobs=1, extract=False)
    before, files = snapshot(load_graph(store)), sorted(p.name for p in store.iterdir())
    digest = (active_database(store) / DIGEST).read_bytes()
    written: list[int] = []

    def broken(*_: object) -> None:
        raise RuntimeError("summaries broke")

    monkeypatch.setattr(pipeline, "_summaries_of", broken)
    with pytest.raises(RuntimeError, match="summaries broke"):
        pipeline.build([EXAMPLE], store, jobs=2, progress=lambda phase, done, *_: written.append(done)
                       if phase == "write" else None)
    assert max(written) > 0  # rows were written before the summaries were asked for
    assert snapshot(load_graph(store)) == before and (active_database(store) / DIGEST).read_bytes() == digest
    assert sorted(p.name for p in store.iterdir()) == files  # no database left half-written
