"""Words of queries and documents: one normalisation for both, light stemming, and BM25.

Queries and skill names are compared token by token after the same folding, so
"GC–MS", "gc-ms" and "GC MS" are one term, "Zoë" is "zoe", and "µCT" is "micro ct".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache

import numpy as np
from scipy.sparse import csc_matrix, csr_matrix

__all__ = ["BM25", "stem", "tokens"]

_WORD = re.compile(r"[0-9a-z]+")
_MICRO = re.compile(r"[µμ]")
_GLUED = re.compile(r"(?<=[0-9A-Za-z])'(?:s|d|ed|ing|ings)\b", re.IGNORECASE)   # "CNC'd"
_WHOLE_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
                                "þ": "th", "ı": "i", "ħ": "h"})    # no accent NFKD takes off


def tokens(text: str) -> list[str]:
    """Fold accents, case and punctuation; "&" reads as "and"; an ending glued on with an
    apostrophe is dropped ("qPCR'ing", "CNC'd", "the heart's": qpcr, cnc, heart). Letters
    that are no accented letter ("ø", "ł", "æ") are written as people type them on an
    English keyboard ("Ødegaard" is "odegaard", not "degaard").

    >>> tokens("Gas Chromatography–Mass Spectrometry (GC–MS) & µCT, Zoë")
    ['gas', 'chromatography', 'mass', 'spectrometry', 'gc', 'ms', 'and', 'micro', 'ct', 'zoe']
    >>> tokens("CNC'd parts, qPCR’ing, O'Hara")
    ['cnc', 'parts', 'qpcr', 'ohara']
    >>> tokens("Ødegaard, Łukasz Bræk")
    ['odegaard', 'lukasz', 'braek']
    """
    # each step only where it can change something: most texts (every name and summary of
    # a directory, read several times per index build) are plain ASCII without apostrophes
    if not text.isascii():
        text = _MICRO.sub(" micro ", text).replace("’", "'")
    if "'" in text:
        text = _GLUED.sub("", text).replace("'", "")
    text = text.replace("&", " and ")
    if text.isascii():
        return _WORD.findall(text.lower())
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_WHOLE_LETTERS))
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


_SUFFIXES = (("isations", "ise"), ("izations", "ise"), ("isation", "ise"), ("ization", "ise"),
             ("ations", "ate"), ("ation", "ate"), ("ising", "ise"), ("izing", "ise"),
             ("ize", "ise"), ("ies", "y"), ("ing", ""), ("ers", ""), ("er", ""), ("ed", ""),
             ("es", "e"), ("s", ""))


_IRREGULAR = {"mice": "mouse", "geese": "goose", "teeth": "tooth", "feet": "foot",
              "children": "child", "analyses": "analysis", "bacteria": "bacterium",
              "data": "datum", "media": "medium", "spectra": "spectrum", "larvae": "larva",
              "fungi": "fungus", "nuclei": "nucleus"}


_DOUBLED = frozenset("bdgmnprt")


@lru_cache(maxsize=65_536)     # a pure function of the word, called for every word of every query
def stem(word: str) -> str:
    """A light stemmer for BM25: plurals (irregular ones too), -ing, -ed, British and
    American -ise.

    >>> [stem(w) for w in ("freezing", "freeze", "cells", "making", "make", "crystallization")]
    ['freez', 'freez', 'cell', 'mak', 'mak', 'crystallis']
    >>> [stem(w) for w in ("printer", "printing", "sorter", "sorting", "laser")]
    ['print', 'print', 'sort', 'sort', 'laser']
    >>> stem("mice") == stem("mouse"), [stem(w) for w in ("scanning", "scanner", "scan")]
    (True, ['scan', 'scan', 'scan'])
    """
    word = _IRREGULAR.get(word, word)
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if "er" in suffix else 3):
            word = word[:-len(suffix)] + replacement
            if not replacement and len(word) >= 4 and word[-1] == word[-2] and word[-1] in _DOUBLED:
                word = word[:-1]             # "scanning", "scanner": "scan"
            break
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


def _parts(word: str, known: set[str]) -> tuple[str, ...]:
    """A compound's parts: a known word and the rest ("glassblowing": glass, blowing).

    >>> _parts("glassblowing", {"glass"}), _parts("glassware", {"glass"})
    (('glass', 'blowing'), ())
    """
    if len(word) < 9 or not word.isalpha():
        return ()
    for cut in range(len(word) - 5, 3, -1):
        if word[:cut] in known and (word[cut:] in known or len(word) - cut >= 5):
            return word[:cut], word[cut:]
    return ()


class BM25:
    """Okapi BM25 over a fixed set of documents, as one sparse matrix of term weights.

    >>> bm = BM25(["liquid helium for cryostats", "helium leak testing", "cell culture"])
    >>> [round(float(s), 2) for s in bm.scores(["helium", "cryostat"])]
    [1.28, 0.47, 0.0]
    """

    def __init__(self, documents: Sequence[str | Iterable[str]], *, k1: float = 1.2,
                 b: float = 0.75, stopwords: frozenset[str] = frozenset()) -> None:
        vocabulary: dict[str, int] = {}
        rows, cols, counts = [], [], []
        lengths = []
        texts = [d if isinstance(d, str) else " ".join(d) for d in documents]
        whole = {t for text in texts for t in tokens(text)}
        for row, text in enumerate(texts):
            words = self.analyse(text, stopwords) + [
                stem(part) for t in tokens(text) for part in _parts(t, whole)]
            lengths.append(len(words))
            seen: dict[int, int] = {}
            for word in words:
                col = vocabulary.setdefault(word, len(vocabulary))
                seen[col] = seen.get(col, 0) + 1
            for col, count in seen.items():
                rows.append(row)
                cols.append(col)
                counts.append(count)
        self.vocabulary = vocabulary
        self.stopwords = stopwords
        n = max(1, len(lengths))
        tf = np.array(counts, dtype=np.float32)
        dl = np.array(lengths, dtype=np.float32)[np.array(rows, dtype=np.int64)] if rows else tf
        avgdl = max(1.0, float(np.mean(lengths))) if lengths else 1.0
        df = np.bincount(np.array(cols, dtype=np.int64), minlength=len(vocabulary))
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        values = idf[np.array(cols, dtype=np.int64)] * tf * (k1 + 1) / (
            tf + k1 * (1 - b + b * dl / avgdl)) if rows else tf
        self.idf = idf
        self.matrix = csr_matrix((values, (rows, cols)), shape=(len(lengths), len(vocabulary)),
                                 dtype=np.float32)

    @staticmethod
    def analyse(text: str, stopwords: frozenset[str] = frozenset()) -> list[str]:
        return [stem(t) for t in tokens(text) if t not in stopwords]

    def covers(self, row: int, words: Iterable[str]) -> bool:
        """Whether document `row` holds every one of `words` (as stems)."""
        return self.share(row, words) == 1.0

    def share(self, row: int, words: Iterable[str]) -> float:
        """The share of `words` (as distinct stems) that document `row` holds.

        >>> bm = BM25(["make and repair glassware", "safety inspections of cracked floors"])
        >>> bm.share(1, ["mend", "cracked", "round", "flasks"]), bm.share(0, [])
        (0.25, 0.0)
        """
        cols = [self.vocabulary.get(w) for w in dict.fromkeys(
            self.analyse(" ".join(words), self.stopwords))]
        start, end = self.matrix.indptr[row], self.matrix.indptr[row + 1]
        held: set[int] = {col for col, value in zip(      # the row's own entries,
            self.matrix.indices[start:end].tolist(),      # not scipy's indexing
            self.matrix.data[start:end].tolist()) if value > 0}
        return sum(col in held for col in cols) / max(1, len(cols))

    @cached_property
    def _by_column(self) -> csc_matrix:
        """The matrix by column: a query reads a few of them."""
        return self.matrix.tocsc()

    def scores(self, words: Iterable[str], *, coordination: float = 0.0) -> np.ndarray:
        """BM25 score of every document for the query `words` (each counted once).

        With `coordination` > 0, a document's score is multiplied by the share of the
        query's known words it holds to that power, so that a document that paraphrases
        the whole of a described need beats one that repeats a single word of it.

        >>> bm = BM25(["resin sections of tissue for electron microscopy and other imaging",
        ...            "tissue staining of tissue", "cell culture", "welding"])
        >>> [round(float(s), 2) for s in bm.scores(["tissue", "resin", "sections"],
        ...                                          coordination=1.0)]
        [2.0, 0.32, 0.0, 0.0]
        """
        cols = sorted({self.vocabulary[w] for w in self.analyse(" ".join(words), self.stopwords)
                       if w in self.vocabulary})
        if not cols:
            return np.zeros(self.matrix.shape[0], dtype=np.float32)
        columns = self._by_column[:, cols].tocsr()      # summed by row, as before
        scores = np.asarray(columns.sum(axis=1), dtype=np.float32).ravel()
        if coordination > 0 and len(cols) > 1:
            held = np.diff(columns.indptr).astype(np.float32)   # words each document holds
            scores *= (held / len(cols)) ** coordination
        return scores
