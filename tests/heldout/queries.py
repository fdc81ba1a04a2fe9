"""Held-out queries on Northgate University, as researchers type them, with graded judgements.

Written before the engine was changed, from the generator's truth only; never tuned against.
Gains: a skill's holders by level (awareness 0, practitioner 1, expert 2, authority 3); a
facility's staff by role (lead 3, trainer and operator 2, backup 1, or as the question asks);
a named person 3. Only public profiles count, as anonymous search shows only those.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tests.heldout.institution import Truth
from tests.search_queries import both, either  # the same combinators, over any judge

Judge = Callable[[Truth], dict[str, int]]
LEVEL_GAIN = {1: 0, 2: 1, 3: 2, 4: 3}
ROLE_GAIN = {"lead": 3, "trainer": 2, "operator": 2, "backup": 1}
LEAD_GAIN = {"lead": 3, "trainer": 1, "operator": 1, "backup": 1}      # "contact", "manager"
TRAINER_GAIN = {"trainer": 3, "lead": 2, "operator": 1, "backup": 0}   # "who trains ..."


def skill(*concepts: str, min_level: int = 1) -> Judge:
    """Holders of any of `concepts`, by their best level."""
    def judge(truth: Truth) -> dict[str, int]:
        public, gains = truth.public(), {}
        for concept in concepts:
            for pid, level in truth.holdings.get(concept, {}).items():
                if pid in public and level >= min_level:
                    gains[pid] = max(gains.get(pid, 0), LEVEL_GAIN[level])
        return {p: g for p, g in gains.items() if g > 0}
    return judge


def staff(facility_id: str, gains: Mapping[str, int] = ROLE_GAIN) -> Judge:
    """Staff of one facility, by role."""
    def judge(truth: Truth) -> dict[str, int]:
        public = truth.public()
        return {pid: gains[role] for pid, role in truth.staff[facility_id].items()
                if pid in public and gains[role] > 0}
    return judge


def facility(facility_id: str, gains: Mapping[str, int] = ROLE_GAIN) -> Judge:
    """A facility's staff, and the authorities of what it is about."""
    def judge(truth: Truth) -> dict[str, int]:
        core = skill(truth.core[facility_id], min_level=4)
        return either(staff(facility_id, gains), core)(truth)
    return judge


def trains(concept: str, facility_id: str | None = None) -> Judge:
    """Experts who train others in `concept`, and the facility's trainers."""
    experts = skill(concept, min_level=3)
    return either(experts, staff(facility_id, TRAINER_GAIN)) if facility_id else experts


def person(name: str) -> Judge:
    """Everyone called `name` (given and family name)."""
    given, family = name.split(" ", 1)

    def judge(truth: Truth) -> dict[str, int]:
        public = truth.public()
        return {pid: 3 for pid, (g, f, _) in truth.people.items()
                if (g, f) == (given, family) and pid in public}
    return judge


QUERIES: list[tuple[str, str, Judge]] = [
    # the skill as the directory itself writes it
    ("hr wording", "Gas Chromatography–Mass Spectrometry (GC–MS)", skill("gcms")),
    ("hr wording", "Conventional Machining (Centre Lathe & Milling)", skill("manualmach")),
    ("hr wording", "Ultra-High Vacuum (UHV) Systems", skill("uhv")),
    ("hr wording", "Control of Substances Hazardous to Health", skill("coshh")),
    ("hr wording", "Cryo-EM Grid Preparation & Vitrification", skill("gridprep")),
    ("hr wording", "Protein Expression & Purification", skill("proteinpur")),
    ("hr wording", "Thin Film Deposition – Sputtering & Evaporation", skill("thinfilm")),
    ("hr wording", "Laboratory Animal Husbandry", skill("husbandry")),
    ("hr wording", "Electronic Fault Finding & Repair", skill("faultfinding")),
    ("hr wording", "Printmaking – Etching, Relief & Screen Printing", skill("printmaking")),
    ("hr wording", "Mammalian Cell Culture", skill("cellculture")),
    ("hr wording", "Linux Systems Administration", skill("linux")),
    ("hr wording", "Portable Appliance Testing", skill("pat")),
    ("hr wording", "Reactive Ion Etching", skill("rie")),
    ("hr wording", "Handling Cryogenic Liquids", skill("cryogens")),
    # what researchers call it
    ("synonym", "nuclear magnetic resonance", skill("nmr")),
    ("synonym", "tissue culture", skill("cellculture")),
    ("synonym", "3d printing", skill("am3d")),
    ("synonym", "immunoblotting", skill("western")),
    ("synonym", "glass blowing", skill("glass")),
    ("synonym", "lathe work", skill("manualmach", "cncturn")),
    ("synonym", "x-ray crystallography", skill("scxrd")),
    ("synonym", "cell sorting", skill("facs")),
    ("synonym", "electron spin resonance", skill("epr")),
    ("synonym", "supercomputer", skill("hpc")),
    ("synonym", "genome editing", skill("crispr")),
    ("synonym", "plunge freezing", skill("gridprep")),
    ("synonym", "sputter coating", skill("thinfilm")),
    ("synonym", "solidworks", skill("cad")),
    ("synonym", "sound recording", skill("sound")),
    ("synonym", "mouse breeding", skill("colony")),
    ("synonym", "microcontrollers", skill("embedded")),
    ("synonym", "infrared spectroscopy", skill("ftir")),
    ("synonym", "dry etch", skill("rie")),
    ("synonym", "deep learning", skill("ml")),
    # abbreviations, as typed
    ("abbreviation", "gc-ms", skill("gcms")),
    ("abbreviation", "lc-ms/ms", skill("lcms")),
    ("abbreviation", "hplc", skill("hplc")),
    ("abbreviation", "icp-ms", skill("icpms")),
    ("abbreviation", "maldi", skill("maldi")),
    ("abbreviation", "pxrd", skill("pxrd")),
    ("abbreviation", "ftir", skill("ftir")),
    ("abbreviation", "tem", skill("tem")),
    ("abbreviation", "fib-sem", skill("fibsem")),
    ("abbreviation", "ebsd", skill("ebsd")),
    ("abbreviation", "edx", skill("edx")),
    ("abbreviation", "afm", skill("afm")),
    ("abbreviation", "ebl", skill("ebl")),
    ("abbreviation", "ald", skill("ald")),
    ("abbreviation", "uhv", skill("uhv")),
    ("abbreviation", "cnc", skill("cncmill", "cncturn")),
    ("abbreviation", "facs", skill("facs")),
    ("abbreviation", "qpcr", skill("qpcr")),
    ("abbreviation", "ihc", skill("ihc")),
    ("abbreviation", "coshh", skill("coshh")),
    ("abbreviation", "nacwo", skill("nacwo")),
    ("abbreviation", "cl3", skill("cl3")),
    ("abbreviation", "fpga", skill("fpga")),
    ("abbreviation", "flim", skill("flim")),
    ("abbreviation", "lev testing", skill("lev")),
    # misspelt
    ("typo", "confocal microscopey", skill("confocal")),
    ("typo", "crystalography", skill("scxrd", "crystallisation")),
    ("typo", "glassbolwing", skill("glass")),
    ("typo", "lithograpy", skill("photolitho", "ebl")),
    ("typo", "zebra fish", skill("zebrafish")),
    ("typo", "flow cytomerty", skill("flow")),
    ("typo", "histolgoy", skill("histology")),
    ("typo", "immunohistochemestry", skill("ihc")),
    ("typo", "mass spectromety", skill("ms")),
    ("typo", "ultramicrotome", skill("ultramicrotomy")),
    ("typo", "solderring", skill("soldering")),
    ("typo", "welidng", skill("welding")),
    ("typo", "raman spectrocsopy", skill("raman")),
    ("typo", "bioinfomatics", skill("bioinformatics")),
    ("typo", "drosphila", skill("drosophila")),
    ("typo", "autoclav", skill("autoclave")),
    ("typo", "ceramcis", skill("ceramics")),
    ("typo", "micro ct", skill("microct")),
    # facilities, with the role words people use
    ("facility", "who runs the nmr", facility("NGU-NMR")),
    ("facility", "nmr centre", facility("NGU-NMR")),
    ("facility", "contact for mass spec", facility("NGU-MS", LEAD_GAIN)),
    ("facility", "mass spec facility manager", facility("NGU-MS", LEAD_GAIN)),
    ("facility", "confocal technician", either(staff("NGU-BIOIMG"), skill("confocal", min_level=3))),
    ("facility", "bioimaging facility", facility("NGU-BIOIMG")),
    ("facility", "who do I ask about the flow cytometers", facility("NGU-FLOW")),
    ("facility", "EMC", facility("NGU-EMC")),
    ("facility", "electron microscopy centre manager", facility("NGU-EMC", LEAD_GAIN)),
    ("facility", "cryo-em facility", facility("NGU-CRYOEM")),
    ("facility", "who runs the cryo em", facility("NGU-CRYOEM")),
    ("facility", "cleanroom manager", facility("NGU-NANOFAB", LEAD_GAIN)),
    ("facility", "nanofab", facility("NGU-NANOFAB")),
    ("facility", "mechanical workshop", facility("NGU-MECH")),
    ("facility", "engineering workshop technician", facility("NGU-MECH")),
    ("facility", "fab lab", facility("NGU-FAB")),
    ("facility", "fablab technician", facility("NGU-FAB")),
    ("facility", "glassblowing workshop", facility("NGU-GLASS")),
    ("facility", "electronics workshop", facility("NGU-ELEC")),
    ("facility", "hpc support contact", facility("NGU-HPC", LEAD_GAIN)),
    ("facility", "hawthorn cluster", facility("NGU-HPC")),
    ("facility", "bsu", facility("NGU-BSU")),
    ("facility", "animal unit manager", facility("NGU-BSU", LEAD_GAIN)),
    ("facility", "zebrafish aquarium", facility("NGU-FISH")),
    ("facility", "fish facility", facility("NGU-FISH")),
    ("facility", "who runs the mri scanner", facility("NGU-PCI")),
    ("facility", "helium plant", facility("NGU-HE")),
    ("facility", "who do I ask for liquid helium", facility("NGU-HE")),
    ("facility", "sequencing core", facility("NGU-GEN")),
    ("facility", "histology lab", facility("NGU-HISTO")),
    ("facility", "print studio", facility("NGU-PRINT")),
    ("facility", "media studios technician", facility("NGU-MEDIA")),
    ("facility", "cl3 suite", facility("NGU-CL3")),
    ("facility", "insectary", facility("NGU-INSECT")),
    ("facility", "x-ray suite", facility("NGU-XRAY")),
    # colleagues' names
    ("name", "hannah roberts", person("Hannah Roberts")),
    ("name", "Catherine Brown", person("Catherine Brown")),
    ("name", "emma moore", person("Emma Moore")),
    ("name", "Isla Lewis", person("Isla Lewis")),
    ("name", "john sharma", person("John Sharma")),
    ("name", "Rhys Kowalski", person("Rhys Kowalski")),
    ("name", "richard ni bhriain", person("Richard Ní Bhriain")),
    ("name", "Emily Kennedy", person("Emily Kennedy")),
    ("name", "simon nowak", person("Simon Nowak")),
    ("name", "Andrew Gallagher", person("Andrew Gallagher")),
    ("name", "neil van der berg", person("Neil Van der Berg")),
    ("name", "simon o suilleabhain", person("Simon Ó Súilleabháin")),
    ("name", "zoe macdonald", person("Zoë MacDonald")),
    ("name", "Emeka Rogers", person("Emeka Rogers")),
    ("name", "kwame frasier", person("Kwame Fraser")),
    ("name", "pooja o'neill", person("Pooja O'Neill")),
    # several concepts
    ("multi", "sem and edx", both(skill("sem"), skill("edx"))),
    ("multi", "cnc milling and cad", both(skill("cncmill"), skill("cad"))),
    ("multi", "hplc and lc-ms", both(skill("hplc"), skill("lcms"))),
    ("multi", "confocal and live cell imaging", both(skill("confocal"), skill("livecell"))),
    ("multi", "slurm linux", both(skill("slurm"), skill("linux"))),
    ("multi", "pcb design soldering", both(skill("pcbdesign"), skill("soldering"))),
    ("multi", "qpcr western blot", both(skill("qpcr"), skill("western"))),
    ("multi", "tem ultramicrotomy", both(skill("tem"), skill("ultramicrotomy"))),
    ("multi", "photolithography and reactive ion etching", both(skill("photolitho"), skill("rie"))),
    ("multi", "protein purification and cryo-em", both(skill("proteinpur"), skill("cryoem"))),
    ("multi", "mouse husbandry and surgery", both(skill("husbandry"), skill("surgery"))),
    ("multi", "python and machine learning", both(skill("python"), skill("ml"))),
    # asking to be trained
    ("training", "nmr training", trains("nmr", "NGU-NMR")),
    ("training", "train me on the confocal", trains("confocal", "NGU-BIOIMG")),
    ("training", "who trains people on the cell sorter", trains("facs", "NGU-FLOW")),
    ("training", "sem training", trains("sem", "NGU-EMC")),
    ("training", "cleanroom induction", trains("cleanroomops", "NGU-NANOFAB")),
    ("training", "learn cnc milling", trains("cncmill", "NGU-MECH")),
    ("training", "laser cutter induction", trains("lasercut", "NGU-FAB")),
    ("training", "slurm training", trains("slurm", "NGU-HPC")),
    ("training", "teach me pcb design", trains("pcbdesign", "NGU-ELEC")),
    ("training", "vitrobot training", trains("gridprep", "NGU-CRYOEM")),
    # descriptions of a need
    ("free text", "freeze purified protein in thin ice for EM", skill("gridprep")),
    ("free text", "grow bacteria from environmental samples", skill("envmicro")),
    ("free text", "machine an aluminium part on a CNC mill", skill("cncmill")),
    ("free text", "scan living mice in a high-field magnet", skill("mri")),
    ("free text", "measure the molecular weight of my compound", skill("ms")),
    ("free text", "identify volatile compounds in a sample", skill("gcms")),
    ("free text", "trace metals in water samples", skill("icpms")),
    ("free text", "image my cells in 3d at high resolution", skill("confocal", "superres")),
    ("free text", "sort GFP positive cells", skill("facs")),
    ("free text", "make a vacuum line out of glass", skill("glass")),
    ("free text", "3d scan of a mouse skeleton", skill("microct")),
    ("free text", "sections of resin embedded tissue for TEM", skill("ultramicrotomy")),
    ("free text", "etch patterns into silicon", skill("rie")),
    ("free text", "run my python jobs on many cores", skill("hpc", "slurm")),
    ("free text", "knock out a gene in a cell line", skill("crispr")),
    ("free text", "repair a broken amplifier", skill("faultfinding")),
    ("free text", "film an interview with good sound", skill("video", "sound")),
    ("free text", "fire pots in a kiln", skill("ceramics")),
    ("free text", "keep a fly stock going", skill("drosophila")),
    ("free text", "determine the structure of a small molecule crystal", skill("scxrd")),
    # skills the taxonomy does not list
    ("unlisted", "tissue clearing", skill("clearing")),
    ("unlisted", "idisco", skill("clearing")),
    ("unlisted", "mosquito rearing", skill("insectary")),
    ("unlisted", "glass to metal seals", skill("glassmetal")),
    ("unlisted", "microfluidic devices", skill("microfluidics")),
    ("unlisted", "pdms soft lithography", skill("microfluidics")),
    ("unlisted", "environmental microbiology", skill("envmicro")),
    ("unlisted", "paper conservation", skill("bookbinding")),
    ("unlisted", "digital embroidery", skill("textiles")),
    ("unlisted", "booking and billing systems", skill("booking")),
]
