"""The directory as plain data: its types live in :mod:`skillmap.model` (kept here by their
old import path)."""

from __future__ import annotations

from skillmap.model import Directory, FacilityDetail, Flattened, PersonDetail, SkillInfo

__all__ = ["Directory", "FacilityDetail", "Flattened", "PersonDetail", "SkillInfo"]
