"""One progress line for every phase of a build (read, resolve, extract, infer, write), on stderr.

The library reports through a plain callback, ``progress(phase, done, total)``; this module's
PhaseDisplay is the callback the CLI passes. It draws one line per phase, rewritten in place at most
``refresh`` times a second, with counts and an ETA from the phase's own rate so far (shown once the
phase has run a second and done 1 % of its total). It draws nothing when stderr is not a terminal.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

# (phase, items done, items in all or None when unknown)
Progress = Callable[[str, int, "int | None"], None]
PHASES = ("read", "resolve", "extract", "infer", "write")


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class PhaseDisplay:
    """A ``progress(phase, done, total)`` callback drawing one line per phase on ``stream``.

    Args:
        stream: where to draw (default stderr); nothing is drawn unless it is a terminal or ``force``.
        enabled: false draws nothing (``--quiet``).
        refresh: redraws per second at most.
        clock: seconds, monotonic (tests pass their own).

    Examples:
        >>> import io
        >>> out, now = io.StringIO(), iter([0.0, 2.0, 4.0])
        >>> show = PhaseDisplay(out, force=True, clock=lambda: next(now))
        >>> show("extract", 0, 100); show("extract", 25, 100); show("extract", 100, 100); show.close()
        >>> out.getvalue().split("\\r")[-1]
        'extract   100/100 (100%) in 0:00:04\\n'
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True, force: bool = False,
                 refresh: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and (force or bool(getattr(self.stream, "isatty", lambda: False)()))
        self.interval = 1.0 / refresh
        self.clock = clock
        self.phase: str | None = None
        self.started = self.drawn = 0.0
        self.width = 0

    def __call__(self, phase: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if phase != self.phase:
            self._finish()
            self.phase, self.started, self.drawn = phase, now, float("-inf")
        if now - self.drawn < self.interval and done != total:
            return
        self.drawn = now
        elapsed = now - self.started
        if total is None:
            text = f"{phase:<9} {done:,}"
        else:
            text = f"{phase:<9} {done:,}/{total:,} ({100 * done // max(total, 1)}%)"
            if done >= total:
                text += f" in {_clock(elapsed)}"
            elif elapsed >= 1.0 and done * 100 >= total:
                text += f" ETA {_clock(elapsed * (total - done) / done)}"
        self.stream.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.stream.flush()

    def _finish(self) -> None:
        if self.phase is not None:
            self.stream.write("\n")
            self.stream.flush()
            self.phase, self.width = None, 0

    def close(self) -> None:
        """End the last phase's line."""
        if self.enabled:
            self._finish()
