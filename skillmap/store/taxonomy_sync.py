"""Keep the ``skill`` table in step with the taxonomy files.

Skills live in the database too, so that holdings can refer to them by foreign
key and so that unreviewed names found in imports sit beside them for review.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from skillmap.store.models import Skill
from skillmap.taxonomy import Taxonomy

FIELDS = ("label", "family", "synonyms", "abbreviations", "related", "esco_uri", "description")


def sync_taxonomy(session: Session, taxonomy: Taxonomy) -> int:
    """Insert or update every taxonomy skill; return how many rows changed.

    Skills no longer in the taxonomy stay (people may still hold them).
    """
    table = Skill.__table__
    existing = {row.id: row for row in session.execute(select(table))}
    added, changed = [], []
    for skill in taxonomy.skills.values():
        row = {"id": skill.id, "label": skill.label, "family": skill.family,
               "synonyms": list(skill.synonyms), "abbreviations": list(skill.abbreviations),
               "related": list(skill.related), "esco_uri": skill.esco_uri or None,
               "description": skill.description or None, "status": "taxonomy"}
        old = existing.get(skill.id)
        if old is None:
            added.append(row)
        elif any(getattr(old, f) != row[f] for f in FIELDS) or old.status != "taxonomy":
            changed.append(row | {"b_id": skill.id})
    if added:
        session.execute(insert(table), added)
    if changed:
        session.execute(
            update(table).where(table.c.id == bindparam("b_id"))
            .values({f: bindparam(f) for f in (*FIELDS, "status")}),
            [{k: v for k, v in row.items() if k != "id"} for row in changed])
    return len(added) + len(changed)
