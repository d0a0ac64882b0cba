"""CPU time per engine stage, for the benchmark's profile; costs one ``if`` per stage when off.

>>> from quoteattr import profiling
>>> with profiling.measuring() as clock:
...     _ = quoteattr.attribute(text, nlp=nlp)      # doctest: +SKIP
>>> clock.seconds                                   # doctest: +SKIP
{'marks': 0.0012, 'sentences': 0.0008, ...}

The engine asks :func:`clock` once per document; when nothing is measuring it
gets None and skips every lap. Only one measurement runs at a time per process
(the benchmark is single-threaded); laps are CPU time of the whole process
(``time.process_time``).
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Iterator


class StageClock:
    """Accumulated CPU seconds per stage name, in the order stages first ran."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.process_time()

    def start(self) -> None:
        """Begin a new lap (time since the last lap is not counted to any stage)."""
        self._last = time.process_time()

    def lap(self, stage: str) -> None:
        """Count the time since the last lap (or start) to *stage*."""
        now = time.process_time()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now


_active: StageClock | None = None


def clock() -> StageClock | None:
    """The clock of the measurement running now, or None (the usual case)."""
    return _active


@contextmanager
def measuring() -> Iterator[StageClock]:
    """Measure the engine's stages while the block runs."""
    global _active
    previous, _active = _active, StageClock()
    try:
        yield _active
    finally:
        _active = previous


__all__ = ["StageClock", "clock", "measuring"]
