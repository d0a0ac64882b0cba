"""Python's full garbage collections deferred while one text is analysed.

CPython (3.10 to 3.13) runs a *full* collection when the objects that survived
the younger generations since the last one reach a quarter of the long-lived
objects, and a full collection walks every tracked object of the process: the
loaded pipeline's (about 90,000), the caller's, and those of the text being
analysed. A 100 KB text never reaches that threshold; a 1 MB text reaches it
again and again, so the time per character grew by a third from 100 KB to 1 MB
although every stage of quoteattr is linear (``docs/growth.md``).

:func:`deferred_full_collections` raises the third generation's threshold while
a text is analysed and puts the caller's back afterwards. The two young
generations are still collected as usual, so short-lived reference cycles are
freed during the call; what survives into the old generation waits for the
first full collection after it, most of it already freed by reference counting
when the call returns. It touches nothing else, is re-entrant and thread-safe
(the first call in restores the thresholds when the last one leaves), and a
process forked in the middle of a call starts with the caller's thresholds.
"""

from __future__ import annotations

import gc
import os
import threading
from contextlib import contextmanager
from typing import Iterator

__all__ = ["DEFERRED_THRESHOLD", "deferred_full_collections"]

#: the third generation's threshold while a text is analysed: more second-generation
#: collections than one call makes, so no full collection starts inside it
DEFERRED_THRESHOLD = 1 << 30

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def deferred_full_collections() -> Iterator[None]:
    """No full garbage collection inside the ``with`` block; the caller's thresholds after it."""
    global _depth, _saved
    pid = os.getpid()
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0] > 0:  # a threshold of 0 means the caller turned collection off: leave it so
                gc.set_threshold(_saved[0], _saved[1], DEFERRED_THRESHOLD)
        _depth += 1
    try:
        yield
    finally:
        if os.getpid() == pid:  # else forked inside the block: the child's state was reset at the fork
            with _lock:
                _depth -= 1
                if _depth == 0:
                    _restore()


def _restore() -> None:
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None


def _after_fork_in_child() -> None:
    """A child forked during a call (``nlp.pipe(n_process=2)``) starts with the caller's thresholds."""
    global _depth, _lock
    _lock = threading.Lock()  # another thread of the parent may have held it
    _depth = 0
    _restore()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
