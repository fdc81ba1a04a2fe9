"""Performance helpers: keep Python's cyclic garbage collector from stalling requests.

At 50,000 people a Workspace is about 800,000 tracked objects, and one full collection walks
them all in ~0.7 s, holding the GIL: every request of the process waits meanwhile, well past
the 500 ms the freshness target allows. Nothing in a Workspace needs the collector (dropping
one frees it by reference counting, bar a few hundred objects of the grade ladder's graph), so:

- while something allocates many objects that all stay alive (a report, a full build),
  :func:`collector_paused` keeps the collector from walking them again and again;
- once a long-lived Workspace is in place, :func:`settle` moves every object alive into the
  collector's permanent generation (:func:`gc.freeze`), so later collections never walk them.
  Before a fork this also keeps gunicorn workers from writing to the pages they share.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused", "settle"]

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many lasting objects are made.

    A sector-scale report allocates a few hundred thousand small objects that all
    live until the report is returned, so collections triggered meanwhile find
    nothing to free, yet each one walks every object of the process (the loaded
    directory included): at 50,000 people they cost about a third of the time.
    Reference counting still frees everything as usual. Pauses nest and may overlap
    across threads: the collector runs again when the last one ends.

    >>> with collector_paused():
    ...     with collector_paused():
    ...         inner = gc.isenabled()
    ...     outer = gc.isenabled()
    >>> inner, outer, gc.isenabled()
    (False, False, True)
    """
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def settle() -> None:
    """Leave every object alive now out of all later collections (see the module notes)."""
    gc.freeze()
