"""Taxonomy curation: an admin decides what each unreviewed skill name becomes.

Nothing is ever deleted: a merged name becomes a synonym (an alias row) and
its holdings move to the skill it names; a promoted name becomes a skill of
its own; a rejected name stays with its holders but leaves search and public
profiles. Every decision is audited.

Two admins deciding on one name at once: the database decides. Each decision
starts with ``UPDATE skill SET status = ... WHERE id = :id AND status =
'unreviewed'``; the one that changes no row raises :class:`DecisionConflict`
and writes nothing (not even an audit entry).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from skillmap.exceptions import Conflict, SkillmapError
from skillmap.export_form import ExportForm
from skillmap.matching import SkillMatcher, Suggestion
from skillmap.store.accounts import audit
from skillmap.store.models import FacilitySkill, PersonSkill, Skill, SkillAlias
from skillmap.store.queries import bump_generation, load_aliases, rows_changed

if TYPE_CHECKING:
    from skillmap.search.semantic import Embedder
    from skillmap.taxonomy import Taxonomy

__all__ = ["DecisionConflict", "ReviewItem", "merge_skill", "merge_skills", "promote_skill",
           "reject_skill", "review_queue", "unreviewed_skills"]


def unreviewed_skills(session: Session) -> list[dict[str, Any]]:
    """Names waiting for review, most held first."""
    holders = (select(PersonSkill.skill_id, func.count().label("n"))
               .group_by(PersonSkill.skill_id).subquery())
    rows = session.execute(
        select(Skill.id, Skill.label, func.coalesce(holders.c.n, 0))
        .outerjoin(holders, holders.c.skill_id == Skill.id)
        .where(Skill.status == "unreviewed")
        .order_by(func.coalesce(holders.c.n, 0).desc(), Skill.label))
    return [{"id": sid, "label": label, "holders": n} for sid, label, n in rows]


@dataclass(frozen=True)
class ReviewItem:
    """An unreviewed name, how many hold it, and the existing skills it most likely means."""

    id: str
    label: str
    holders: int
    suggestions: tuple[Suggestion, ...]


def review_queue(session: Session, taxonomy: Taxonomy, *, embedder: Embedder | None = None,
                 start: int = 0, stop: int | None = None) -> tuple[list[ReviewItem], int]:
    """The names waiting for review from `start` to `stop`, most held first, each with its
    three nearest skills (admins' merges count as synonyms), and how many wait in all.

    The fields an export wrote around every name are learnt from all the waiting names
    (:class:`~skillmap.export_form.ExportForm`) and set aside for the suggestions; only
    the names asked for are matched, so a page of a long queue costs a page."""
    waiting = unreviewed_skills(session)
    matcher = SkillMatcher.for_taxonomy(taxonomy, aliases=load_aliases(session),
                                        embedder=embedder)
    form = ExportForm.learn([s["label"] for s in waiting], matcher)
    return [ReviewItem(s["id"], s["label"], s["holders"],
                       matcher.suggest(s["label"], limit=3, form=form))
            for s in waiting[start:stop]], len(waiting)


class DecisionConflict(Conflict):
    """Another admin decided on this name first; ``status`` is what they decided."""

    def __init__(self, skill_id: str, status: str):
        self.skill_id, self.status = skill_id, status
        super().__init__(f"another admin decided on {skill_id!r} first (it is now {status}); "
                         "your decision was not applied")


def _claim(session: Session, skill_id: str, status: str) -> Skill:
    """Move the unreviewed `skill_id` to `status`, atomically; the skill as it now is."""
    skill = session.get(Skill, skill_id)
    if skill is None or skill.status not in {"unreviewed", "merged", "promoted", "rejected"}:
        raise SkillmapError(f"{skill_id!r} is not an unreviewed skill")
    claimed = rows_changed(session, update(Skill).where(Skill.id == skill_id,
                                                         Skill.status == "unreviewed")
                           .values(status=status))
    session.refresh(skill)
    if claimed != 1:
        raise DecisionConflict(skill_id, skill.status)
    return skill


def merge_skill(session: Session, skill_id: str, into: str, *, actor: str) -> None:
    """Make the unreviewed `skill_id` a synonym of `into`, moving its holders there."""
    target = session.get(Skill, into)
    if target is None or target.status in {"unreviewed", "merged", "rejected"}:
        raise SkillmapError(f"{into!r} is not a skill that can take synonyms")
    skill = _claim(session, skill_id, "merged")
    already = set(session.scalars(select(PersonSkill.person_id)
                                  .where(PersonSkill.skill_id == into)))
    for holding in session.scalars(select(PersonSkill).where(PersonSkill.skill_id == skill_id)):
        if holding.person_id in already:     # keep the stronger of the two holdings
            kept = session.get_one(PersonSkill, (holding.person_id, into))
            kept.level = max(kept.level, holding.level)
            session.delete(holding)
    session.flush()
    session.execute(update(PersonSkill).where(PersonSkill.skill_id == skill_id)
                    .values(skill_id=into))
    session.execute(update(FacilitySkill).where(FacilitySkill.skill_id == skill_id)
                    .values(skill_id=into))
    session.merge(SkillAlias(alias=skill.label, skill_id=into, created_by=actor))
    audit(session, actor, "skill.merge", f"skill:{skill_id}", {"status": "unreviewed"},
          {"status": "merged", "into": into, "alias": skill.label})
    bump_generation(session)


def merge_skills(session: Session, merges: Iterable[tuple[str, str]], *, actor: str
                 ) -> list[DecisionConflict]:
    """Merge each ``(unreviewed skill id, into)`` as :func:`merge_skill` does, in the
    caller's transaction. A name another admin decided first is left as they decided
    (its conflict returned, nothing written for it) and the others are still merged; any
    other error stops them all, for the caller to roll back."""
    conflicts = []
    for skill_id, into in merges:
        try:
            merge_skill(session, skill_id, into, actor=actor)
        except DecisionConflict as conflict:        # its claim changed no row
            conflicts.append(conflict)
    return conflicts


def promote_skill(session: Session, skill_id: str, *, family: str, label: str | None,
                  actor: str) -> None:
    """Accept the unreviewed name as a skill of its own in `family`."""
    skill = _claim(session, skill_id, "promoted")
    before = {"status": "unreviewed", "label": skill.label, "family": skill.family}
    skill.family = family
    skill.label = (label or skill.label).strip()
    audit(session, actor, "skill.promote", f"skill:{skill_id}", before,
          {"status": "promoted", "label": skill.label, "family": family})
    bump_generation(session)


def reject_skill(session: Session, skill_id: str, *, actor: str) -> None:
    """Hide the name from search and public profiles; holders keep it."""
    _claim(session, skill_id, "rejected")
    audit(session, actor, "skill.reject", f"skill:{skill_id}", {"status": "unreviewed"},
          {"status": "rejected"})
    bump_generation(session)
