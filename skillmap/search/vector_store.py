"""Sentence vectors of texts embedded before, kept in an SQLite file across processes.

Embedding what each skill means is most of a cold search index build (about 4,600 texts,
20-30 s of CPU at 50,000 people), and the texts rarely change. The sentence model
(:class:`skillmap.search.semantic.Embedder`) keeps every vector it computes here, under the
model's identity (a hash of its files) and a hash of the text, so a server restart, a
second worker or the CLI never embeds a text embedded before. The setting
``VECTOR_STORE`` says where the file lives (default: ``text-vectors.sqlite3`` in the instance
folder).

It is a cache and nothing else: a file that cannot be read, written or even opened (locked,
read-only, corrupt, another program's) costs only the embedding, with a warning in the log,
never an error; a corrupt one is replaced. Each write is one SQLite transaction, so a
process stopped mid-write leaves the file as it was; and one process embeds at a time, so
workers starting together on a cold store embed each text once.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

import numpy as np

__all__ = ["VectorStore", "digest", "read_shipped", "write_shipped"]

log = logging.getLogger("skillmap.search")
CHUNK = 500                # texts per SELECT (SQLite allows 32,766 parameters)
WAIT = 300.0               # seconds a process waits for another's embedding, at most
FEW = 32                   # texts a query or an edit embeds at once rather than wait
# a rowid table: a 1.5 KB vector is too large a row for WITHOUT ROWID (twice the file)
SCHEMA = ("CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, digest BLOB NOT NULL, "
          "vector BLOB NOT NULL, PRIMARY KEY (model, digest))")


class VectorStore:
    """Vectors of `dimensions` float32 by (model, text), in the SQLite file at `path`."""

    def __init__(self, path: str | Path, model: str, dimensions: int) -> None:
        self.path = Path(path)
        self.model = model
        self.dimensions = dimensions

    def fill(self, texts: Sequence[str], embed: Callable[[list[str]], np.ndarray]
             ) -> tuple[dict[str, np.ndarray], list[str]]:
        """The vector of each of `texts`: read when stored, else computed by `embed` and
        stored. One process embeds many texts at a time (a lock file beside the store):
        two workers starting together on a cold store embed once, the second then reading
        what the first stored; a few texts (a query's, an edit's) never wait for the lock.
        Returns the vectors by text and the texts embedded here."""
        found = self.get(texts)
        missing = [t for t in texts if t not in found]
        if missing:
            with self._alone(WAIT if len(missing) > FEW else 0.0):
                found.update(self.get(missing))      # stored by another meanwhile
                missing = [t for t in missing if t not in found]
                if missing:
                    vectors = embed(missing)
                    self.put(missing, vectors)
                    found.update(zip(missing, vectors))
        return found, missing

    def get(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vector of each of `texts` that has one (none when unreadable)."""
        by_digest = {digest(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        if not self.path.is_file():
            return found
        digests = list(by_digest)
        try:
            with self._connected() as connection:
                for start in range(0, len(digests), CHUNK):
                    chunk = digests[start:start + CHUNK]
                    rows = connection.execute(
                        "SELECT digest, vector FROM vectors WHERE model = ? AND digest IN "
                        f"({','.join('?' * len(chunk))})", [self.model, *chunk])
                    for key, blob in rows:
                        vector = self._vector(blob)
                        if vector is not None:
                            found[by_digest[bytes(key)]] = vector
        except sqlite3.Error as exc:
            self._failed("read", exc)
        return found

    def put(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Keep `vectors` (one row per text); a text already stored keeps its vector."""
        rows = [(self.model, digest(t), np.asarray(v, dtype="<f4").tobytes())
                for t, v in zip(texts, vectors)]
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self._connected() as connection, connection:      # one transaction
                    connection.execute(SCHEMA)
                    connection.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?, ?)",
                                           rows)
                return
            except sqlite3.OperationalError as exc:     # locked, read-only, another schema
                self._failed("write", exc)
                return
            except sqlite3.DatabaseError as exc:        # not a database, or a damaged one
                self._failed("write", exc)
                if attempt == 0:
                    log.warning("replacing the damaged vector store %s", self.path)
                    self.path.unlink(missing_ok=True)
            except OSError as exc:                      # its folder cannot be made
                self._failed("write", exc)
                return

    @contextmanager
    def _alone(self, wait: float) -> Iterator[None]:
        """Hold the store's lock file (`<store>.lock`) while the block runs; without one
        (no fcntl, an unwritable folder) or after `wait` seconds, run it anyway."""
        try:
            import fcntl

            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = open(self.path.with_name(self.path.name + ".lock"), "a")
        except (ImportError, OSError):
            yield
            return
        with lock:                                   # closing it releases the lock
            until = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= until:
                        if wait:
                            log.warning("another process has embedded for the vector store "
                                        "%s for %.0f s: embedding here too", self.path, wait)
                        break
                    time.sleep(0.1)
            yield

    @contextmanager
    def _connected(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as connection:
            yield connection

    def _vector(self, blob: bytes) -> np.ndarray | None:
        """The stored vector, or None when it is not one of this model's (wrong length,
        not finite): a damaged row costs its text an embedding, not a wrong answer."""
        if len(blob) != 4 * self.dimensions:
            return None
        vector = np.frombuffer(blob, dtype="<f4").astype(np.float32)
        return vector if bool(np.isfinite(vector).all()) else None

    def _failed(self, what: str, exc: Exception) -> None:
        log.warning("could not %s the vector store %s (%s): embedding instead", what,
                    self.path, exc)


def digest(text: str) -> bytes:
    """The key of a text's vector, in the store and in a shipped file."""
    return hashlib.sha256(text.encode("utf-8")).digest()


def read_shipped(path: Path, model: str, dimensions: int) -> dict[bytes, np.ndarray]:
    """The vectors of a file written by :func:`write_shipped`, by text digest: none when the
    file is missing, unreadable or another model's (then each text is simply embedded)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model"]) != model or data["vectors"].shape[1:] != (dimensions,):
                return {}
            digests, vectors = data["digests"], data["vectors"].astype(np.float32)
    except FileNotFoundError:
        return {}
    except (OSError, KeyError, ValueError) as exc:
        log.warning("could not read the shipped vectors %s (%s): embedding instead", path, exc)
        return {}
    return {bytes(d): v for d, v in zip(digests, vectors) if bool(np.isfinite(v).all())}


def write_shipped(path: Path, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
    """Write the vectors of `texts` (one row each, computed by the model `model`) for
    :func:`read_shipped`, rows in digest order so that a file rewritten after a few texts
    changed differs from the last in those rows only. In float16: half the size (2.7 MB
    for the taxonomy's texts), within 2e-4 of each cosine, and every ranking of the
    development sets (4,478 queries) the same as with the vectors embedded."""
    keyed = sorted(zip(map(digest, texts), np.asarray(vectors, dtype="<f4")),
                   key=lambda row: row[0])
    np.savez(path, model=np.array(model),
             digests=np.array([list(d) for d, _ in keyed], dtype=np.uint8).reshape(-1, 32),
             vectors=np.array([v for _, v in keyed], dtype="<f2").reshape(len(keyed), -1))
