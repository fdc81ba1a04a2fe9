"""The next Workspace after a write, without making readers wait for a full rebuild.

:class:`skillmap.app.SkillmapApp` calls these from background threads while requests are
answered from the current Workspace:

- :func:`patched_workspace`: when every write since the current Workspace was a profile
  edit, load only the edited people and patch the search index (their rows, the holder lists
  of the skills and facilities they touched, their text row; a skill name new to the
  directory, typed in the profile form, is added as the unreviewed name it is). Edits show up
  in search in well under a second at 50,000 people. The patched Workspace keeps the previous
  succession and pathway indexes and is marked ``complete=False``.
- :func:`full_workspace`: load the whole directory and build every index. The application
  runs it when a patch is impossible (imports, curation, new people), and otherwise once the
  edits pause, so succession and pathway figures follow shortly after.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from scipy.sparse import csr_matrix

from skillmap.model import Directory, Flattened, Holding, StaffRole
from skillmap.workspace import Workspace, WorkspaceSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from skillmap.search.index import Holders, SearchIndex
    from skillmap.taxonomy import Taxonomy

__all__ = ["NotYet", "full_workspace", "patched_workspace"]

MAX_PATCHED_PEOPLE = 500      # beyond this a full rebuild is as quick


class NotYet(Exception):
    """A write landed while the changes were read: look again in a moment (no rebuild)."""


def full_workspace(session: Session, taxonomy: Taxonomy, settings: WorkspaceSettings, *,
                   today: date | None = None) -> Workspace:
    """A Workspace for the whole directory as `session` sees it now (indexes not yet built)."""
    from skillmap.store.queries import audit_mark, load_directory

    with session.begin():          # one snapshot of the data: generation and rows agree
        mark = audit_mark(session)
        directory = load_directory(session)
    return Workspace(taxonomy, directory, today or date.today(), settings, audit_mark=mark)


def patched_workspace(session: Session, previous: Workspace, *,
                      carry_over: bool = True) -> Workspace | None:
    """`previous` with the profile edits made since, or None when a patch cannot say it all.

    With `carry_over` the previous succession and pathway indexes are kept (nothing waits
    for them); without, they are built afresh from the patched directory when asked for.
    """
    from skillmap.store.queries import generation, load_people_subset, profile_edits_since

    if not previous.built("search") or previous.today != date.today():
        return None
    with session.begin():
        now = generation(session)                  # first: a later commit can only add edits
        edits = profile_edits_since(session, previous.audit_mark)
        if len(edits) > now - previous.generation:
            raise NotYet("an edit committed while reading: look again")
        if now - previous.generation != len(edits) or not edits:
            return None            # something other than profile edits wrote (or nothing)
        changed = {person_id for _, person_id in edits}
        if len(changed) > MAX_PATCHED_PEOPLE:
            return None
        fresh = load_people_subset(session, changed)
        if generation(session) != now:
            raise NotYet("another write landed while reading: look again")
    if {p.person_id for p in fresh.people} != changed:
        return None                # someone was removed: only a full load says it right
    parts = by_person(previous)
    before = parts.before(changed, previous)
    directory, parts = _patched_directory(previous.directory, parts, fresh, changed, now)
    index = patch_search_index(previous.search_index, before, directory, fresh, changed,
                               year=previous.today.year, taxonomy=previous.taxonomy)
    if index is None:
        return None
    nxt = previous.successor(directory, index, audit_mark=edits[-1][0], carry_over=carry_over)
    nxt.extras["by_person"] = parts
    return nxt


class ByPerson:
    """A directory's people, holdings and facility roles by person id (for cheap patches)."""

    def __init__(self, positions: dict[str, int], holdings: dict[str, list[Holding]],
                 staff: dict[str, list[StaffRole]]) -> None:
        self.positions, self.holdings, self.staff = positions, holdings, staff

    @classmethod
    def of(cls, directory: Directory) -> ByPerson:
        holdings: dict[str, list[Holding]] = {}
        for h in directory.holdings:
            holdings.setdefault(h.person_id, []).append(h)
        staff: dict[str, list[StaffRole]] = {}
        for member in directory.staff:
            staff.setdefault(member.person_id, []).append(member)
        return cls({p.person_id: k for k, p in enumerate(directory.people)}, holdings, staff)

    def before(self, changed: set[str], previous: Workspace) -> Directory:
        """The changed people as they were in `previous`."""
        people = previous.directory.people
        return Directory(people=[people[self.positions[pid]] for pid in changed
                                 if pid in self.positions],
                         holdings=[h for pid in changed for h in self.holdings.get(pid, ())],
                         staff=[s for pid in changed for s in self.staff.get(pid, ())])


def by_person(workspace: Workspace) -> ByPerson:
    """The workspace's :class:`ByPerson`, made once (a patched workspace inherits an update)."""
    found = workspace.extras.get("by_person")
    if found is None:
        found = workspace.extras["by_person"] = ByPerson.of(workspace.directory)
    assert isinstance(found, ByPerson)
    return found


def _patched_directory(old: Directory, parts: ByPerson, fresh: Directory, changed: set[str],
                       generation: int) -> tuple[Directory, ByPerson]:
    """The new directory, and its ByPerson, without rescanning every holding."""
    holdings = dict(parts.holdings)
    staff = dict(parts.staff)
    people = list(old.people)
    for pid in changed:
        holdings.pop(pid, None)
        staff.pop(pid, None)
    for h in fresh.holdings:
        holdings.setdefault(h.person_id, []).append(h)
    for member in fresh.staff:
        staff.setdefault(member.person_id, []).append(member)
    for person in fresh.people:
        people[parts.positions[person.person_id]] = person
    directory = Directory(
        people=people, holdings=Flattened(holdings), facilities=old.facilities,
        staff=Flattened(staff),
        skills={**old.skills, **fresh.skills}, aliases=old.aliases, generation=generation)
    return directory, ByPerson(parts.positions, holdings, staff)


def patch_search_index(index: SearchIndex, old: Directory, new: Directory, fresh: Directory,
                       changed: set[str], *, year: int,
                       taxonomy: Taxonomy) -> SearchIndex | None:
    """The search index of `new`, made from `index` by redoing the `changed` people.

    `old` holds the changed people as they were, `fresh` as they are now (both only them).

    A skill name new to the directory (an unreviewed name a profile form created) is added
    with :func:`~skillmap.search.index.with_new_skills`, findable by its own words at once.

    Returns None when the edit needs what only a rebuild gives (a new person).
    """
    from skillmap.search.index import (HIDDEN_STATUSES, LEVEL_WEIGHT, Holders, read_holdings,
                                       recency, with_new_skills, written_rows)

    if any(person_id not in index.row_of for person_id in changed):
        return None
    rows = {person_id: index.row_of[person_id] for person_id in changed}
    before = old.holdings
    after = fresh.holdings
    hidden = {sid for sid, info in new.skills.items() if info.status in HIDDEN_STATUSES}
    after = [h for h in after if h.skill_id not in hidden]
    unknown = {h.skill_id for h in after} - set(index.skill_labels)
    if any(sid not in new.skills for sid in unknown):
        return None

    people = list(index.people)
    public = index.public.copy()
    for person in fresh.people:
        people[rows[person.person_id]] = person
        public[rows[person.person_id]] = person.public

    holders = dict(index.skill_holders)
    edited = {h.skill_id for h in before} | {h.skill_id for h in after}
    read = {sid: filed for sid, filed in index.read_as.items() if filed[0] in edited}
    after_read = list(read_holdings(after, read))    # names the build read; a new one waits
    for skill_id in edited | set(read):
        kept = holders.get(skill_id)
        added = [(rows[h.person_id], h.level, recency(h.last_used, year))
                 for h in (after_read if skill_id in read else after) if h.skill_id == skill_id]
        holders[skill_id] = _merge(kept, set(rows.values()), added, LEVEL_WEIGHT, Holders)
        if not len(holders[skill_id].rows):
            del holders[skill_id]

    written = dict(index.written)     # the edited people's names as written, as a build reads them
    for skill_id in edited:
        mine = {row: text for row, text in written.get(skill_id, {}).items()
                if row not in rows.values()}
        written.pop(skill_id, None)
        if mine:
            written[skill_id] = mine
    for skill_id, texts in written_rows(after, rows, hidden, index.form.content).items():
        written[skill_id] = {**written.get(skill_id, {}), **texts}

    families = dict(index.family_members)
    family_of = {sid: info.family for sid, info in new.skills.items()}
    touched = {family_of.get(h.skill_id) for h in [*before, *after]} - {None}
    for family in touched:
        assert family is not None
        mask = families.get(family, np.zeros(len(people), dtype=bool)).copy()
        for person_id, row in rows.items():
            mask[row] = any(family_of.get(h.skill_id) == family for h in after
                            if h.person_id == person_id)
        families[family] = mask

    registrations = dict(index.registrations)
    for code in {c for p in old.people for c in p.registrations} | {
            c for p in fresh.people for c in p.registrations}:
        mask = registrations.get(code, np.zeros(len(people), dtype=bool)).copy()
        for person in fresh.people:
            mask[rows[person.person_id]] = code in person.registrations
        registrations[code] = mask

    staff = dict(index.facility_staff)
    facilities = {s.facility_id for s in old.staff} | {s.facility_id for s in fresh.staff}
    for facility_id in facilities:
        members = [s for s in new.staff if s.facility_id == facility_id]
        staff.pop(facility_id, None)
        if members:
            staff[facility_id] = _staff_holders(members, index.row_of)

    patched = replace(index, people=people, public=public, skill_holders=holders,
                      family_members=families, registrations=registrations, written=written,
                      facility_staff=staff, text_matrix=_patched_text(index, new, fresh, rows),
                      generation=new.generation)
    if unknown:     # names new to the directory (typed in the profile form): taught to the index
        taught = with_new_skills(patched, taxonomy, new, {sid: new.skills[sid] for sid in unknown})
        if taught is None:
            return None
        patched = taught
    _named_tables(index, patched)
    return patched


def _named_tables(index: SearchIndex, patched: SearchIndex) -> None:
    """Give `patched` the viewers' name tables (see ``SearchIndex.terms_for``) at once, as a
    build does, so no reader pays for one after an edit (at 50,000 people the public's took
    190 ms of the first anonymous query). With the same terms each table still holds: rows
    keep their people and a table is filed under the digest of the rows it names; the
    public's is made anew only when the terms or who is public changed."""
    if patched.terms is index.terms:
        patched.named_for.update(index.named_for)
    patched.terms_for(patched.public)


def _merge(kept: Holders | None, rows: set[int], added: list[tuple[int, int, float]],
           level_weight: np.ndarray, holders_type: type[Holders]) -> Holders:
    if kept is not None:
        stay = ~np.isin(kept.rows, np.fromiter(rows, dtype=np.int32, count=len(rows)))
        old_rows, old_levels, old_weights = kept.rows[stay], kept.levels[stay], kept.weights[stay]
    else:
        old_rows = np.zeros(0, dtype=np.int32)
        old_levels = np.zeros(0, dtype=np.int8)
        old_weights = np.zeros(0, dtype=np.float32)
    new_rows = np.array([a[0] for a in added], dtype=np.int32)
    new_levels = np.array([a[1] for a in added], dtype=np.int8)
    new_weights = (level_weight[new_levels] * np.array([a[2] for a in added], dtype=np.float32)
                   ).astype(np.float32)
    all_rows = np.concatenate([old_rows, new_rows])
    order = np.argsort(all_rows, kind="stable")       # rows ascending, as a build makes them
    return holders_type(all_rows[order], np.concatenate([old_levels, new_levels])[order],
                        np.concatenate([old_weights, new_weights]).astype(np.float32)[order])


def _staff_holders(members: list[StaffRole], row_of: dict[str, int]) -> Holders:
    from skillmap.search.index import ROLE_WEIGHT, Holders

    staff = [(row_of[m.person_id], m.role) for m in members if m.person_id in row_of]
    return Holders(np.array([r for r, _ in staff], dtype=np.int32),
                   np.zeros(len(staff), dtype=np.int8),
                   np.array([ROLE_WEIGHT.get(role, 0.8) for _, role in staff], dtype=np.float32),
                   tuple(role for _, role in staff))


def _patched_text(index: SearchIndex, new: Directory, fresh: Directory,
                  rows: dict[str, int]) -> object:
    """The people x vocabulary matrix with the edited people's rows redone (same vocabulary)."""
    wanted = {member.facility_id for member in fresh.staff}
    descriptions = {f.facility_id: f"{f.name}. {f.description or ''}" for f in new.facilities
                    if f.facility_id in wanted}
    staffed: dict[str, list[str]] = {}
    for member in fresh.staff:
        staffed.setdefault(member.person_id, []).append(descriptions.get(member.facility_id, ""))
    by_row = {rows[p.person_id]: " ".join([p.given_name, p.family_name, p.job_title or "",
                                           p.summary or "", *staffed.get(p.person_id, [])])
              for p in fresh.people}            # as search.index._text_index writes them
    order = sorted(by_row)
    redone = csr_matrix(index.vectorizer.transform([by_row[r] for r in order]), dtype=np.float32)
    columns = not isinstance(index.text_matrix, csr_matrix)     # queries read columns (CSC)
    matrix = csr_matrix(index.text_matrix)
    lengths = np.diff(matrix.indptr)
    for k, row in enumerate(order):
        lengths[row] = redone.indptr[k + 1] - redone.indptr[k]
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(matrix.indptr.dtype)
    indices = np.empty(indptr[-1], dtype=matrix.indices.dtype)
    data = np.empty(indptr[-1], dtype=matrix.data.dtype)
    edited = np.zeros(matrix.shape[0], dtype=bool)
    edited[order] = True
    # untouched rows: copy their slices in one vectorised pass
    keep = np.repeat(~edited, np.diff(matrix.indptr))
    target = np.repeat(~edited, lengths)
    indices[target], data[target] = matrix.indices[keep], matrix.data[keep]
    for k, row in enumerate(order):
        start, end = redone.indptr[k], redone.indptr[k + 1]
        indices[indptr[row]:indptr[row + 1]] = redone.indices[start:end]
        data[indptr[row]:indptr[row + 1]] = redone.data[start:end]
    patched = csr_matrix((data, indices, indptr), shape=matrix.shape)
    return patched.tocsc() if columns else patched
