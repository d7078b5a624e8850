"""One progress line for every phase of a build (read, load, resolve, extract, infer, write), on stderr.

The library reports through a plain callback, ``progress(phase, done, total[, step])``; this module's
PhaseDisplay is the callback the CLI passes. It draws one line per phase, rewritten in place at most
``refresh`` times a second, with counts, what the phase is doing (``step``) and an ETA from the phase's
own rate so far (shown once the phase has run a second and done 1 % of its total, of at least
ETA_MIN_ITEMS items); until then, and in a phase with no count to go by, the time spent so far, redrawn every ``tick`` seconds so the line never
stands still. It draws nothing when stderr is not a terminal.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

# (phase, items done, items in all or None when unknown[, what the phase is doing])
Progress = Callable[..., None]
PHASES = ("read", "load", "resolve", "extract", "infer", "write")
ETA_MIN_ITEMS = 20  # a phase of fewer, unlike steps (load: files and the pipeline) gets no ETA, only time spent


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class PhaseDisplay:
    """A ``progress(phase, done, total, step=None)`` callback drawing one line per phase on ``stream``.

    Args:
        stream: where to draw (default stderr); nothing is drawn unless it is a terminal or ``force``.
        enabled: false draws nothing (``--quiet``).
        refresh: redraws per second at most.
        clock: seconds, monotonic (tests pass their own).
        tick: with a number, a background thread redraws the current line every ``tick`` seconds when
            nothing else did (the time spent moves on); None: only calls redraw.

    Examples:
        >>> import io
        >>> out, now = io.StringIO(), iter([0.0, 2.0, 4.0])
        >>> show = PhaseDisplay(out, force=True, clock=lambda: next(now))
        >>> show("extract", 0, 100); show("extract", 25, 100); show("extract", 100, 100); show.close()
        >>> out.getvalue().split("\\r")[-1]
        'extract   100/100 (100%) in 0:00:04\\n'
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True, force: bool = False,
                 refresh: float = 5.0, clock: Callable[[], float] = time.monotonic, tick: float | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and (force or bool(getattr(self.stream, "isatty", lambda: False)()))
        self.interval = 1.0 / refresh
        self.clock = clock
        self.phase: str | None = None
        self.started = self.drawn = 0.0
        self.width = 0
        self.last: tuple[int, int | None, str | None] = (0, None, None)
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.ticker = None
        if self.enabled and tick:
            self.ticker = threading.Thread(target=self._tick, args=(tick,), daemon=True, name="kg-progress")
            self.ticker.start()

    def __call__(self, phase: str, done: int, total: int | None, step: str | None = None) -> None:
        if not self.enabled:
            return
        with self.lock:
            now = self.clock()
            if phase != self.phase:
                self._finish()
                self.phase, self.started, self.drawn = phase, now, float("-inf")
            changed = step != self.last[2]
            self.last = (done, total, step)
            if now - self.drawn < self.interval and done != total and not changed:
                return
            self._draw(now)

    def _draw(self, now: float) -> None:
        done, total, step = self.last
        self.drawn = now
        elapsed = now - self.started
        if total is None:
            text = f"{self.phase:<9} {done:,}"
        else:
            text = f"{self.phase:<9} {done:,}/{total:,} ({100 * done // total if total else 100}%)"
        if total is not None and done >= total:
            text += f" in {_clock(elapsed)}"
        elif total is not None and total >= ETA_MIN_ITEMS and elapsed >= 1.0 and done * 100 >= total:
            text += f" ETA {_clock(elapsed * (total - done) / done)}"
        elif elapsed >= 1.0:
            text += f" {_clock(elapsed)} so far"
        if step and not (total is not None and done >= total):
            text += f": {step}"
        self.stream.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.stream.flush()

    def _tick(self, every: float) -> None:
        while not self.stop.wait(every):
            with self.lock:
                done, total = self.last[:2]
                if self.phase is not None and not (total is not None and done >= total):
                    now = self.clock()
                    if now - self.drawn >= every * 0.9:
                        self._draw(now)

    def _finish(self) -> None:
        if self.phase is not None:
            self.stream.write("\n")
            self.stream.flush()
            self.phase, self.width = None, 0
            self.last = (0, None, None)

    def close(self) -> None:
        """Stop redrawing and end the last phase's line."""
        self.stop.set()
        if self.ticker is not None:
            self.ticker.join()
        if self.enabled:
            with self.lock:
                self._finish()
