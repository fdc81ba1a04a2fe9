"""Succession planning: which skills and facilities depend on people retiring soon.

``build_succession_index`` turns a directory into arrays once (per directory
generation and day); ``succession_report`` then answers for any scope
(institution, departments), horizon and what-if in milliseconds. The report is
plain data: people appear with a retirement band, never a date, and aggregates
suppress groups of fewer than five.
"""

from skillmap.succession.definitions import definitions
from skillmap.succession.index import SuccessionIndex, build_succession_index
from skillmap.succession.privacy import NameScope
from skillmap.succession.model import (MITIGATION_KINDS, MITIGATION_STATUSES, AgeProfile, FacilityRisk, HeatCell,
                                       HeatRow, Holder, Mitigation, MitigationView,
                                       RequiredSkill, Risk, SkillGap, SkillRisk, StaffMember,
                                       SuccessionError, SuccessionReport, Successor)
from skillmap.succession.report import succession_report

__all__ = [
    "AgeProfile", "FacilityRisk", "HeatCell", "HeatRow", "Holder", "MITIGATION_KINDS",
    "MITIGATION_STATUSES", "NameScope",
    "Mitigation", "MitigationView", "RequiredSkill", "Risk", "SkillGap", "SkillRisk", "StaffMember",
    "SuccessionError", "SuccessionIndex", "SuccessionReport", "Successor",
    "build_succession_index", "definitions", "succession_report",
]
