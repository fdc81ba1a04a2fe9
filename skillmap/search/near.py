"""Spelling matches against thousands of names, scoring only those that can match.

``fuzz.ratio`` is ``200 * LCS / (len(a) + len(b))``, and the longest common subsequence
of two strings is at most the number of letters they share, counted as multisets. A
choice whose shared letters cannot reach the cutoff is never scored, so a misspelt span
is compared with a few hundred of the 8,000 terms of its length in words (or of the
30,000 people's names at 50,000 people), with exactly rapidfuzz's answer.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from rapidfuzz import fuzz, process

__all__ = ["NearChoices"]

_OTHER = 0          # every character outside a-z and 0-9 is counted in one bin: its share
_BINS = {c: i + 1 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}   # is never
# less than the true one, so nothing that could match is left out


class NearChoices:
    """``choices`` for ``process.extractOne(text, choices, scorer=fuzz.ratio,
    score_cutoff=cutoff)``, answered as it would be by scoring only the choices that can
    reach `cutoff`, in their order.

    >>> near = NearChoices(["cnc milling", "confocal microscopy", "cell culture"])
    >>> hit = near.extract_one("cnc miling", 84)
    >>> hit[0], round(hit[1], 1), hit[2]
    ('cnc milling', 95.2, 0)
    >>> near.extract_one("welding", 84) is None
    True
    """

    def __init__(self, choices: list[str]) -> None:
        self.choices = list(choices)
        self.lengths = np.array([len(c) for c in self.choices], dtype=np.float32)
        self.counts = np.zeros((len(_BINS) + 1, len(self.choices)), dtype=np.float32)
        for column, choice in enumerate(self.choices):
            for character, count in Counter(choice).items():
                self.counts[_BINS.get(character, _OTHER), column] += count

    def extract_one(self, text: str, cutoff: float) -> tuple[str, float, int] | None:
        """The best choice scoring `cutoff` or more (the first of equals), its score and
        its position in ``choices``; None when none does."""
        shared = np.zeros(len(self.choices), dtype=np.float32)      # small whole numbers:
        bins: Counter[int] = Counter(_BINS.get(character, _OTHER) for character in text)  # exact
        for bin_, count in bins.items():
            np.add(shared, np.minimum(self.counts[bin_], np.float32(count)), out=shared)
        can = np.flatnonzero(shared * np.float32(200 / (cutoff - 1e-3)) >= len(text) + self.lengths)
        hit = process.extractOne(text, [self.choices[i] for i in can.tolist()],
                                 scorer=fuzz.ratio, score_cutoff=cutoff)
        return None if hit is None else (hit[0], hit[1], int(can[hit[2]]))
