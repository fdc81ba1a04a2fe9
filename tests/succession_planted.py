"""A generated institution with planted fragile facilities, for judging the succession ranking.

Not the demo: another institution ("Northfield University"), written as HR would
write it (free-text skill names, some of which the taxonomy does not know and the
importer keeps as unreviewed skills), through the contract's bundle format.

- Six **planted fragile** facilities: every skill each one needs is held at expert
  level (3-4) by only one or two people, all retiring within three years; several
  practitioners (level 2) who stay give a large "bus factor" that must not count
  as expert cover.
- Every **other** facility has two to four experts per required skill retiring
  more than eight years away; some also have an expert or practitioners retiring
  soon, or an expert who has not used the skill for years (noise).
- Background people with a spread of ages hold other skills at random levels.

Facility names and skill wording come from UK university facility pages and job
adverts as the author knows them (not from ``taxonomies/``); the truth of what is
fragile comes from this generator alone.
"""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

__all__ = ["PLANTED", "SAFE", "write_planted_bundle"]

DEPARTMENTS = ("School of Earth and Environmental Sciences", "Department of Chemistry",
               "School of Biological Sciences", "School of Physics and Astronomy",
               "School of Engineering", "School of Art and Design", "Department of Archaeology",
               "Medical School")

#: facility id -> (name, kind, department, required skills as HR writes them)
PLANTED = {
    "rock-prep": ("Rock Preparation Laboratory", "workshop", DEPARTMENTS[0],
                  ("Thin section preparation", "Rock sawing and lapidary")),
    "glassblowing": ("Scientific Glassblowing Workshop", "workshop", DEPARTMENTS[1],
                     ("Scientific glassblowing",)),
    "bronze-foundry": ("Bronze Casting Foundry", "workshop", DEPARTMENTS[5],
                       ("Lost-wax bronze casting", "Foundry furnace operation")),
    "herbarium": ("Herbarium and Seed Bank", "collection", DEPARTMENTS[2],
                  ("Herbarium specimen curation",)),
    "radiocarbon": ("Radiocarbon Sample Pretreatment Laboratory", "instrument", DEPARTMENTS[6],
                    ("Radiocarbon sample pretreatment", "Vacuum line operation")),
    "liquefier": ("Helium Recovery and Liquefaction Plant", "instrument", DEPARTMENTS[3],
                  ("Helium liquefier operation", "Cryogenic gas handling")),
}

#: Safe facilities: every required skill has 2-4 experts retiring well after the horizon.
SAFE = {
    "nmr": ("NMR Spectroscopy Facility", "instrument", DEPARTMENTS[1], ("NMR spectroscopy",)),
    "ms": ("Mass Spectrometry Facility", "instrument", DEPARTMENTS[1],
           ("LC-MS", "Gas chromatography")),
    "xrd": ("X-ray Diffraction Suite", "instrument", DEPARTMENTS[1], ("Powder XRD",)),
    "cryoem": ("Cryo-EM Facility", "instrument", DEPARTMENTS[2],
               ("Cryo-electron microscopy", "Image processing")),
    "flow": ("Flow Cytometry Core", "instrument", DEPARTMENTS[2], ("Flow cytometry",)),
    "bsu": ("Biological Services Unit", "animal unit", DEPARTMENTS[7],
            ("Laboratory animal husbandry", "Home Office licence compliance")),
    "genomics": ("Genomics Core Facility", "instrument", DEPARTMENTS[7],
                 ("NGS library preparation", "qPCR")),
    "histology": ("Histology Service", "instrument", DEPARTMENTS[7], ("Histology",)),
    "confocal": ("Bioimaging Suite", "instrument", DEPARTMENTS[2],
                 ("Confocal microscopy", "Light sheet microscopy")),
    "mech-workshop": ("Mechanical Workshop", "workshop", DEPARTMENTS[4],
                      ("CNC machining", "Manual turning and milling")),
    "electronics": ("Electronics Workshop", "workshop", DEPARTMENTS[4],
                    ("PCB design", "Electronic fault finding")),
    "cleanroom": ("Nanofabrication Cleanroom", "cleanroom", DEPARTMENTS[3],
                  ("Photolithography", "Electron beam lithography")),
    "laser-lab": ("Ultrafast Laser Laboratory", "instrument", DEPARTMENTS[3],
                  ("Laser safety", "Optical alignment")),
    "hpc": ("Research Computing Cluster", "computing", DEPARTMENTS[3],
            ("HPC cluster administration", "Linux systems administration")),
    "print-studio": ("Printmaking Studio", "studio", DEPARTMENTS[5],
                     ("Screen printing", "Etching")),
    "ceramics": ("Ceramics Studio", "studio", DEPARTMENTS[5], ("Kiln firing", "Mould making")),
    "photo": ("Photography and Darkroom", "studio", DEPARTMENTS[5], ("Darkroom photography",)),
    "wood": ("Wood and Metal Workshop", "workshop", DEPARTMENTS[5],
             ("Woodworking machinery", "MIG welding")),
    "sem": ("Scanning Electron Microscope Suite", "instrument", DEPARTMENTS[0],
            ("Scanning electron microscopy", "EDS microanalysis")),
    "icp": ("ICP-MS Laboratory", "instrument", DEPARTMENTS[0], ("ICP-MS",)),
    "stable-iso": ("Stable Isotope Laboratory", "instrument", DEPARTMENTS[0],
                   ("Isotope ratio mass spectrometry",)),
    "geo-field": ("Field Equipment Store", "workshop", DEPARTMENTS[0],
                  ("Field survey equipment maintenance", "GNSS surveying")),
    "conservation": ("Conservation Laboratory", "workshop", DEPARTMENTS[6],
                     ("Archaeological conservation", "Microscopy of artefacts")),
    "wind-tunnel": ("Wind Tunnel Laboratory", "instrument", DEPARTMENTS[4],
                    ("Wind tunnel operation", "Data acquisition with LabVIEW")),
    "materials": ("Materials Testing Laboratory", "instrument", DEPARTMENTS[4],
                  ("Mechanical testing", "Metallography")),
    "3dprint": ("Additive Manufacturing Lab", "workshop", DEPARTMENTS[4], ("3D printing",)),
    "teaching-chem": ("Undergraduate Teaching Laboratories", "teaching lab", DEPARTMENTS[1],
                      ("Practical class preparation", "COSHH assessment")),
    "tc-lab": ("Tissue Culture Suite", "instrument", DEPARTMENTS[7], ("Aseptic cell culture",)),
    "cl3": ("Containment Level 3 Laboratory", "instrument", DEPARTMENTS[7],
            ("CL3 work", "Biosafety")),
    "av": ("Media and Sound Studios", "studio", DEPARTMENTS[5],
           ("Sound recording", "Video editing")),
    "aquarium": ("Aquatic Research Facility", "animal unit", DEPARTMENTS[2],
                 ("Zebrafish husbandry",)),
    "glasshouse": ("Plant Growth Glasshouses", "facility", DEPARTMENTS[2],
                   ("Glasshouse plant cultivation",)),
    "dendro": ("Dendrochronology Laboratory", "instrument", DEPARTMENTS[6],
               ("Tree-ring measurement",)),
    "radio-prot": ("Radiation Protection Service", "service", DEPARTMENTS[3],
                   ("Radiation protection",)),
}

BACKGROUND_SKILLS = ("Risk assessment", "Python programming", "Technical drawing", "Soldering",
                     "Microsoft Excel", "Fume cupboard testing", "First aid", "Gas cylinder handling",
                     "Pipetting", "Equipment calibration", "Line management", "Stock control",
                     "Outreach", "Demonstrating")

FIRST = ("Alex", "Sam", "Jo", "Chris", "Pat", "Morgan", "Robin", "Jamie", "Kim", "Lee", "Ravi",
         "Aisha", "Tom", "Ewa", "Niamh", "Owen", "Priya", "Gareth", "Fiona", "Hamish")
LAST = ("Jones", "Evans", "Patel", "Smith", "Murray", "Kowalski", "Campbell", "Hughes", "Khan",
        "Reid", "Byrne", "Nowak", "Taylor", "Ahmed", "Fraser", "Lewis", "Morgan", "Price")


def _month(today: date, years: float) -> str:
    months = today.year * 12 + today.month - 1 + round(years * 12)
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def write_planted_bundle(folder: Path, *, today: date, seed: int = 16) -> Path:
    """Write the bundle into `folder` (created) and return it."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    people: list[dict] = []
    skills: list[dict] = []
    staff: list[dict] = []

    def add_person(department: str, retire_in: float | None, public: bool = True) -> str:
        pid = f"NU{len(people) + 1:05d}"
        row = {"person_id": pid, "given_name": rng.choice(FIRST), "family_name": rng.choice(LAST),
               "department": department, "job_title": "Technician", "public": str(public).lower(),
               "planned_retirement": "", "date_of_birth": ""}
        if retire_in is None:
            row["date_of_birth"] = date(today.year - rng.randint(24, 40), rng.randint(1, 12),
                                        rng.randint(1, 28)).isoformat()
        else:
            row["planned_retirement"] = _month(today, retire_in)
        people.append(row)
        return pid

    def hold(pid: str, skill: str, level: int, last_used: int | None = None) -> None:
        skills.append({"person_id": pid, "skill": skill, "level": str(level),
                       "last_used": str(last_used or "")})

    for fid, (_, _, dept, needed) in PLANTED.items():
        for n, skill in enumerate(needed):
            experts = [add_person(dept, rng.uniform(0.3, 2.9)) for _ in range(rng.choice((1, 2)))]
            for k, pid in enumerate(experts):
                hold(pid, skill, 4 if k == 0 else 3)
                staff.append({"facility_id": fid, "person_id": pid,
                              "role": "lead" if n == k == 0 else "operator"})
            for _ in range(rng.randint(3, 7)):        # practitioners who stay: not cover
                pid = add_person(dept, None, public=rng.random() < 0.7)
                hold(pid, skill, 2)
                if rng.random() < 0.5:
                    staff.append({"facility_id": fid, "person_id": pid, "role": "operator"})
    for fid, (_, _, dept, needed) in SAFE.items():
        for n, skill in enumerate(needed):
            for k in range(rng.randint(2, 4)):         # experts retiring well after 8 years
                far = rng.choice((None, rng.uniform(9, 30)))
                pid = add_person(dept, far, public=rng.random() < 0.8)
                hold(pid, skill, rng.choice((3, 4)), rng.choice((None, today.year - 1)))
                staff.append({"facility_id": fid, "person_id": pid,
                              "role": "lead" if n == k == 0 else rng.choice(("operator",
                                                                             "trainer"))})
            if rng.random() < 0.4:                     # noise: an expert retiring soon
                hold(add_person(dept, rng.uniform(0.5, 4)), skill, 3)
            if rng.random() < 0.3:                     # noise: an expert out of practice
                hold(add_person(dept, None), skill, 4, today.year - 9)
            for _ in range(rng.randint(0, 3)):         # practitioners, some retiring
                hold(add_person(dept, rng.choice((None, 1.5))), skill, 2)
    for _ in range(150):                               # background staff
        pid = add_person(rng.choice(DEPARTMENTS), rng.choice((None, None, rng.uniform(0.5, 30))),
                         public=rng.random() < 0.8)
        for skill in rng.sample(BACKGROUND_SKILLS, 3):
            hold(pid, skill, rng.randint(1, 4))
    for pid in [p["person_id"] for p in people[:len(people) // 2]]:   # a general skill each
        if not any(s["person_id"] == pid and s["skill"] == "Risk assessment" for s in skills):
            hold(pid, "Risk assessment", rng.randint(1, 3))
    facilities = [{"facility_id": fid, "name": name, "kind": kind, "department": dept,
                   "required_skills": ";".join(needed)}
                  for fid, (name, kind, dept, needed) in {**PLANTED, **SAFE}.items()]
    _write(folder / "people.csv", people)
    _write(folder / "person_skills.csv", skills)
    _write(folder / "facilities.csv", facilities)
    _write(folder / "facility_staff.csv", _dedupe(staff))
    return folder


def _dedupe(staff: list[dict]) -> list[dict]:
    seen: dict[tuple[str, str], dict] = {}
    for row in staff:
        seen.setdefault((row["facility_id"], row["person_id"]), row)
    return list(seen.values())


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
