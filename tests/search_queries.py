"""The search evaluation set: realistic queries on the demo institution, with graded judgements.

Judgements come from the directory's data by simple rules, never from the
engine: a skill's holders are relevant by level (practitioner 1, expert 2,
authority 3; awareness 0), a facility's staff by role (lead 3, trainer and
operator 2, backup 1). Only public profiles count, as anonymous search shows
only those. ``bench/search_bench.py`` uses the same set for its baseline.
"""

from __future__ import annotations

from collections.abc import Callable

from skillmap.directory import Directory

Judge = Callable[[Directory], dict[str, int]]
LEVEL_GAIN = {1: 0, 2: 1, 3: 2, 4: 3}
ROLE_GAIN = {"lead": 3, "trainer": 2, "operator": 2, "backup": 1}


def _public(directory: Directory) -> set[str]:
    return {p.person_id for p in directory.people if p.public}


def skill(*skill_ids: str, min_level: int = 1) -> Judge:
    """Holders of any of `skill_ids`, by their best level."""
    def judge(directory: Directory) -> dict[str, int]:
        public, gains = _public(directory), {}
        for h in directory.holdings:
            if h.skill_id in skill_ids and h.person_id in public and h.level >= min_level:
                gains[h.person_id] = max(gains.get(h.person_id, 0), LEVEL_GAIN[h.level])
        return {p: g for p, g in gains.items() if g > 0}
    return judge


def facility(facility_id: str) -> Judge:
    """Staff of one facility, by role."""
    def judge(directory: Directory) -> dict[str, int]:
        public = _public(directory)
        return {s.person_id: ROLE_GAIN[s.role] for s in directory.staff
                if s.facility_id == facility_id and s.person_id in public}
    return judge


def both(first: Judge, second: Judge) -> Judge:
    """People relevant to both judges, at the lower of their two gains."""
    def judge(directory: Directory) -> dict[str, int]:
        a, b = first(directory), second(directory)
        return {p: min(a[p], b[p]) for p in a.keys() & b.keys()}
    return judge


def either(first: Judge, second: Judge) -> Judge:
    """People relevant to either judge, at the higher gain."""
    def judge(directory: Directory) -> dict[str, int]:
        a, b = first(directory), second(directory)
        return {p: max(a.get(p, 0), b.get(p, 0)) for p in a.keys() | b.keys()}
    return judge


QUERIES: list[tuple[str, str, Judge]] = [
    # the skill's own name
    ("exact", "Cryo-electron microscopy", skill("cryo-em")),
    ("exact", "NMR spectroscopy", skill("nmr-spectroscopy")),
    ("exact", "Confocal microscopy", skill("confocal-microscopy")),
    ("exact", "Flow cytometry", skill("flow-cytometry")),
    ("exact", "CNC milling", skill("cnc-milling")),
    ("exact", "Scientific glassblowing", skill("scientific-glassblowing")),
    ("exact", "Helium liquefier operation", skill("helium-liquefaction")),
    ("exact", "Zebrafish husbandry", skill("zebrafish-husbandry")),
    ("exact", "Printmaking", skill("printmaking")),
    ("exact", "Slurm cluster administration", skill("slurm")),
    ("exact", "Photolithography", skill("photolithography")),
    ("exact", "Histology", skill("histology")),
    ("exact", "Sound engineering", skill("sound-engineering")),
    ("exact", "PCB design", skill("pcb-design")),
    # what people call it
    ("synonym", "nuclear magnetic resonance spectroscopy", skill("nmr-spectroscopy")),
    ("synonym", "tissue culture", skill("cell-culture")),
    ("synonym", "3D printing", skill("additive-manufacturing")),
    ("synonym", "polymerase chain reaction", skill("pcr")),
    ("synonym", "immunoblotting", skill("western-blotting")),
    ("synonym", "glassblowing", skill("scientific-glassblowing")),
    ("synonym", "helium liquefaction", skill("helium-liquefaction")),
    ("synonym", "audio engineering", skill("sound-engineering")),
    ("synonym", "mouse colony management", skill("colony-management")),
    ("synonym", "supercomputing", skill("hpc")),
    # abbreviations
    ("abbreviation", "cryo-EM", skill("cryo-em")),
    ("abbreviation", "LC-MS", skill("lc-ms")),
    ("abbreviation", "FIB-SEM", skill("fib-sem")),
    ("abbreviation", "XRD", skill("xrd")),
    ("abbreviation", "HPLC", skill("hplc")),
    ("abbreviation", "SEM", skill("sem")),
    ("abbreviation", "TEM", skill("tem")),
    ("abbreviation", "AFM", skill("afm")),
    ("abbreviation", "RSE", skill("research-software-engineering")),
    ("abbreviation", "COSHH", skill("coshh")),
    ("abbreviation", "HPC", skill("hpc")),
    ("abbreviation", "CAD", skill("cad")),
    # typos
    ("typo", "confocal mircoscopy", skill("confocal-microscopy")),
    ("typo", "cyro-EM", skill("cryo-em")),
    ("typo", "scaning electron microscopy", skill("sem")),
    ("typo", "flow cytomtery", skill("flow-cytometry")),
    ("typo", "glasblowing", skill("scientific-glassblowing")),
    ("typo", "zebrafsh husbandry", skill("zebrafish-husbandry")),
    ("typo", "photolithograpy", skill("photolithography")),
    ("typo", "histolgy", skill("histology")),
    ("typo", "nmr spectroscpy", skill("nmr-spectroscopy")),
    ("typo", "cnc miling", skill("cnc-milling")),
    # facilities
    ("facility", "who runs the NMR?", either(facility("nmr-facility"),
                                              skill("nmr-spectroscopy", min_level=4))),
    ("facility", "Helium recovery and liquefier", facility("helium-liquefier")),
    ("facility", "mechanical workshop", facility("mechanical-workshop")),
    ("facility", "Cryo-EM suite", either(facility("cryo-em-suite"),
                                          skill("cryo-em", min_level=4))),
    ("facility", "zebrafish facility", either(facility("zebrafish-facility"),
                                               skill("zebrafish-husbandry", min_level=4))),
    ("facility", "Class 100 cleanroom", facility("cleanroom")),
    ("facility", "electron microscopy unit", facility("electron-microscopy-unit")),
    ("facility", "genomics core", facility("genomics-core")),
    ("facility", "who runs the mass spectrometry facility", facility("mass-spectrometry")),
    ("facility", "biological services unit", facility("biological-services-unit")),
    # several concepts at once: people who cover all of them
    ("multi", "confocal microscopy and live-cell imaging",
     both(skill("confocal-microscopy"), skill("live-cell-imaging"))),
    ("multi", "NMR and mass spectrometry",
     both(skill("nmr-spectroscopy"), skill("mass-spectrometry"))),
    ("multi", "CNC milling and CAD", both(skill("cnc-milling"), skill("cad"))),
    ("multi", "cell culture and flow cytometry",
     both(skill("cell-culture"), skill("flow-cytometry"))),
    ("multi", "HPC and Slurm", both(skill("hpc"), skill("slurm"))),
    ("multi", "animal husbandry and ASPA",
     both(skill("laboratory-animal-husbandry"), skill("aspa-compliance"))),
    ("multi", "SEM and TEM", both(skill("sem"), skill("tem"))),
    ("multi", "PCB design and soldering", both(skill("pcb-design"), skill("soldering"))),
    # asking for training: experts who train others
    ("training", "confocal microscopy training", skill("confocal-microscopy", min_level=3)),
    ("training", "NMR training", skill("nmr-spectroscopy", min_level=3)),
    ("training", "CNC milling training", skill("cnc-milling", min_level=3)),
    # descriptions of a need, in the researcher's words
    ("free text", "make custom glassware for a vacuum line", skill("scientific-glassblowing")),
    ("free text", "vitrify protein samples on grids", skill("cryo-em-grid-preparation")),
    ("free text", "breeding transgenic mice", skill("colony-management")),
    ("free text", "design a printed circuit board for my experiment", skill("pcb-design")),
    ("free text", "keep our compute cluster and its job scheduler running",
     either(skill("slurm"), skill("hpc"))),
    ("free text", "liquid helium supply for a cryostat", skill("helium-liquefaction")),
]
