"""Performance helpers for the report builders, the importer and the Workspace builder: keep
Python's cyclic garbage collector from stalling requests.

At 50,000 people a Workspace is about 800,000 tracked objects, and one full collection walks
them all in ~0.7 s, holding the GIL: every request of the process waits meanwhile, well past
the 500 ms the freshness target allows. Nothing in a Workspace needs the collector (dropping
one frees it by reference counting, bar a few hundred objects of the grade ladder's graph), so:

- while a report allocates many objects that all stay alive until it returns,
  :func:`collector_paused` keeps the collector from walking them again and again;
- while a Workspace is built beside the one in use, :func:`full_collections_paused` lets
  only the young generations be collected (requests' garbage goes as usual), and once it is
  in place :func:`settle` moves it into the collector's permanent generation
  (:func:`gc.freeze`), so later collections never walk it. Before a fork this also keeps
  gunicorn workers from writing to the pages they share.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused", "full_collections_paused", "settle", "tidy"]

_lock = threading.Lock()
_pauses = 0
_was_enabled = False
_full_pauses = 0
_thresholds = gc.get_threshold()
NEVER = 2**30           # gen-1 collections before a full one: never, in practice


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


@contextmanager
def full_collections_paused() -> Iterator[None]:
    """No full collection meanwhile: what is built goes to the oldest generation unwalked,
    while the young generations (where a request's garbage is) are collected as usual.
    Pauses nest and may overlap across threads.

    >>> with full_collections_paused():
    ...     paused = gc.get_threshold()[2]
    >>> paused == NEVER, gc.get_threshold()[2] == NEVER
    (True, False)
    """
    global _full_pauses, _thresholds
    with _lock:
        if _full_pauses == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(_thresholds[0], _thresholds[1], NEVER)
        _full_pauses += 1
    try:
        yield
    finally:
        with _lock:
            _full_pauses -= 1
            if _full_pauses == 0:
                gc.set_threshold(*_thresholds)


def settle() -> None:
    """Leave every object alive now out of all later collections (see the module notes).

    Garbage that happens to be waiting in the oldest generation is settled with them (a few
    objects per request served during a build): :func:`tidy` frees it when nobody waits.
    """
    gc.freeze()


def tidy() -> int:
    """One full collection over everything settled, settled again after: about a second at
    sector scale with the GIL held, so only for a process with no request to answer.
    Returns the number of unreachable objects found."""
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    return found
