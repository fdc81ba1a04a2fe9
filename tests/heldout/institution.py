"""Northgate University: a fictitious technical workforce, written the way its HR writes skills.

Independent of ``taxonomies/``: concept keys here are the evaluation's own, and every skill is
written as an HR skills survey or job advert would write it ("Gas Chromatography–Mass
Spectrometry (GC–MS)", "Conventional Machining (Centre Lathe & Milling)"), some of them skills
no taxonomy of ours lists. :func:`generate` is deterministic: the same seed gives the same
people, the same bundle bytes and the same truth.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from random import Random

from skillmap.directory import Directory
from skillmap.store.importer import import_bundle
from skillmap.store.queries import load_directory
from skillmap.store.session import init_db, make_engine, make_sessionmaker
from skillmap.taxonomy import Taxonomy

__all__ = ["CONCEPTS", "FACILITIES", "NORTHGATE", "Site", "Truth", "generate", "load", "write_bundle"]

# concept key -> HR spellings (the first is the survey's own; others appear in free-text rows)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # NMR, X-ray and spectroscopy
    "nmr": ("Nuclear Magnetic Resonance (NMR) Spectroscopy – Solution State",
            "Solution-state NMR spectroscopy"),
    "ssnmr": ("Solid State NMR (MAS)",),
    "epr": ("Electron Paramagnetic Resonance (EPR/ESR)",),
    "pxrd": ("X-Ray Diffraction – Powder (PXRD)", "Powder X-ray Diffraction"),
    "scxrd": ("Single Crystal X-Ray Crystallography",),
    "ftir": ("Infrared Spectroscopy (FT-IR)",),
    "raman": ("Raman Spectroscopy & Microscopy",),
    "uvvis": ("UV–Visible Spectrophotometry",),
    "chn": ("CHN Elemental Microanalysis",),
    "tga": ("Thermal Analysis (TGA/DSC)",),
    # mass spectrometry and separations
    "ms": ("Mass Spectrometry – High Resolution (HRMS)", "Mass Spectrometry"),
    "lcms": ("Liquid Chromatography–Mass Spectrometry (LC–MS/MS)",),
    "gcms": ("Gas Chromatography–Mass Spectrometry (GC–MS)",),
    "icpms": ("ICP-MS (Inductively Coupled Plasma Mass Spectrometry)",),
    "maldi": ("MALDI-TOF Mass Spectrometry",),
    "proteomics": ("Proteomics – Sample Preparation and Data Analysis",),
    "hplc": ("High Performance Liquid Chromatography (HPLC/UHPLC)",),
    "gc": ("Gas Chromatography (GC-FID)",),
    # light microscopy and cytometry
    "confocal": ("Confocal Laser Scanning Microscopy (CLSM)",
                 "Confocal microscopy – operation and user training"),
    "lightsheet": ("Light Sheet Fluorescence Microscopy (LSFM)",),
    "superres": ("Super-Resolution Microscopy (STORM/PALM/SIM)",),
    "widefield": ("Widefield Fluorescence Microscopy",),
    "livecell": ("Live Cell Imaging",),
    "multiphoton": ("Two-Photon / Multiphoton Microscopy",),
    "flim": ("Fluorescence Lifetime Imaging (FLIM)",),
    "imageanalysis": ("Image Analysis (Fiji/ImageJ, Imaris)",),
    "flow": ("Flow Cytometry – Analysis", "Flow cytometry"),
    "facs": ("Fluorescence-Activated Cell Sorting (FACS)",),
    # electron microscopy
    "sem": ("Scanning Electron Microscopy (SEM)",),
    "tem": ("Transmission Electron Microscopy (TEM)",),
    "edx": ("Energy Dispersive X-ray Spectroscopy (EDX/EDS)",),
    "ebsd": ("Electron Backscatter Diffraction (EBSD)",),
    "fibsem": ("Focused Ion Beam SEM (FIB-SEM)",),
    "ultramicrotomy": ("Ultramicrotomy – resin sections for TEM",),
    "emprep": ("Biological EM Sample Preparation (fixation, embedding, staining)",),
    # structural biology
    "cryoem": ("Cryo-Electron Microscopy (Cryo-EM) – Data Collection",
               "Cryo-electron microscopy"),
    "gridprep": ("Cryo-EM Grid Preparation & Vitrification (Vitrobot)",),
    "spa": ("Single Particle Analysis (RELION/cryoSPARC)",),
    "cryoet": ("Cryo-Electron Tomography",),
    "proteinpur": ("Protein Expression & Purification (ÄKTA)",),
    "crystallisation": ("Protein Crystallisation – Screening and Optimisation",),
    # cleanroom and surfaces
    "photolitho": ("Photolithography (mask aligner, UV)",),
    "ebl": ("Electron Beam Lithography (EBL)",),
    "rie": ("Reactive Ion Etching / Dry Etch (RIE, ICP)",),
    "thinfilm": ("Thin Film Deposition – Sputtering & Evaporation",),
    "ald": ("Atomic Layer Deposition (ALD)",),
    "wirebond": ("Wire Bonding",),
    "cleanroomops": ("Cleanroom Gowning and Protocols (ISO 5)",),
    "uhv": ("Ultra-High Vacuum (UHV) Systems",),
    "afm": ("Atomic Force Microscopy (AFM)",),
    "microfluidics": ("Microfluidic Device Fabrication (PDMS soft lithography)",),
    # mechanical workshop
    "cncmill": ("CNC Milling (Haas, 3-axis and 5-axis)", "CNC Machining – Milling"),
    "cncturn": ("CNC Turning / Lathe Work",),
    "manualmach": ("Conventional Machining (Centre Lathe & Milling)",),
    "cad": ("Computer Aided Design (SolidWorks/Inventor)",),
    "welding": ("Welding & Fabrication (TIG/MIG)",),
    "sheetmetal": ("Sheet Metal Work",),
    "am3d": ("Additive Manufacturing / 3D Printing (FDM, SLA)",),
    "lasercut": ("Laser Cutting & Engraving",),
    "cmm": ("Coordinate Measuring Machine (CMM) Inspection",),
    "edm": ("Wire Erosion (Wire EDM)",),
    "glass": ("Scientific Glassblowing", "Glassblowing – scientific apparatus"),
    "glassmetal": ("Glass-to-Metal Seals and Glass Lathe Work",),
    # electronics
    "pcbdesign": ("Printed Circuit Board (PCB) Design – KiCad/Altium",),
    "soldering": ("Soldering (through-hole and surface mount)",),
    "faultfinding": ("Electronic Fault Finding & Repair",),
    "embedded": ("Embedded Systems / Microcontroller Programming (Arduino, STM32)",),
    "fpga": ("FPGA Development (VHDL/Verilog)",),
    "labview": ("LabVIEW Instrument Control",),
    "pat": ("Portable Appliance Testing (PAT)",),
    "rf": ("RF & Microwave Engineering",),
    "lasers": ("Laser Systems Alignment and Maintenance",),
    # research computing
    "hpc": ("High Performance Computing (HPC) Cluster Administration",),
    "slurm": ("SLURM Workload Manager",),
    "linux": ("Linux Systems Administration (RHEL/Ubuntu)",),
    "python": ("Python Programming",),
    "rse": ("Research Software Engineering",),
    "rdm": ("Research Data Management",),
    "ml": ("Machine Learning / Deep Learning (PyTorch)",),
    "bioinformatics": ("Bioinformatics (NGS pipelines)",),
    "gpu": ("GPU Computing (CUDA)",),
    "containers": ("Containerisation (Docker/Singularity)",),
    # animal technology and in vivo imaging
    "husbandry": ("Laboratory Animal Husbandry (rodents)",),
    "aspa": ("Animals (Scientific Procedures) Act 1986 Compliance",),
    "colony": ("Transgenic Colony Management & Breeding",),
    "zebrafish": ("Zebrafish Husbandry & Aquatics",),
    "nacwo": ("Named Animal Care & Welfare Officer (NACWO)",),
    "surgery": ("Rodent Surgery and Anaesthesia",),
    "mri": ("Preclinical MRI (9.4 T Bruker BioSpec)",),
    "microct": ("Micro-Computed Tomography (µCT)",),
    "insectary": ("Insectary Management – Mosquito Rearing",),
    "drosophila": ("Drosophila Stock Maintenance",),
    # cell and molecular biology
    "cellculture": ("Mammalian Cell Culture (Tissue Culture)", "Tissue Culture"),
    "pcr": ("Polymerase Chain Reaction (PCR)",),
    "qpcr": ("Quantitative PCR (qPCR/RT-qPCR)",),
    "western": ("Western Blotting",),
    "elisa": ("ELISA Immunoassays",),
    "ngs": ("Next Generation Sequencing Library Prep (Illumina)",),
    "crispr": ("CRISPR-Cas9 Genome Editing",),
    "histology": ("Histology – Tissue Processing, Embedding & Sectioning",),
    "ihc": ("Immunohistochemistry (IHC)",),
    "microbiology": ("Microbiology – Culture and Identification of Bacteria",),
    "envmicro": ("Environmental Microbiology – Isolation from Soil and Water Samples",),
    "cl3": ("Containment Level 3 (CL3) Laboratory Work",),
    "autoclave": ("Autoclave Operation & Validation",),
    "clearing": ("Tissue Clearing (CLARITY/iDISCO)",),
    # cryogenics and low temperature physics
    "helium": ("Helium Liquefier Operation & Helium Recovery",),
    "cryogens": ("Handling Cryogenic Liquids (LN2, LHe)",),
    "dilfridge": ("Dilution Refrigerator Operation",),
    "leak": ("Vacuum Leak Detection (helium leak testing)",),
    # creative and media
    "photography": ("Photography (studio and location)",),
    "video": ("Video Production & Editing (Premiere Pro)",),
    "sound": ("Audio Engineering / Sound Recording",),
    "printmaking": ("Printmaking – Etching, Relief & Screen Printing",),
    "ceramics": ("Ceramics & Kiln Firing",),
    "textiles": ("Textiles – Weaving and Digital Embroidery",),
    "woodwork": ("Woodwork & Joinery",),
    "bookbinding": ("Bookbinding and Paper Conservation",),
    # teaching, safety and management (shared by every group)
    "teachingprep": ("Teaching Laboratory Preparation",),
    "demonstrating": ("Demonstrating in Undergraduate Practical Classes",),
    "coshh": ("Control of Substances Hazardous to Health (COSHH) Assessment",
              "COSHH assessments"),
    "risk": ("Risk Assessment",),
    "firstaid": ("First Aid at Work",),
    "radiation": ("Radiation Protection Supervisor (RPS)",),
    "biosafety": ("Biological Safety & GMO Risk Assessment",),
    "lev": ("Local Exhaust Ventilation (LEV) Testing",),
    "labmanagement": ("Laboratory Management",),
    "booking": ("Booking & Billing Systems (PPMS/iLab)",),
}


@dataclass(frozen=True)
class Group:
    """A kind of technical job: where it sits, what it is called, which skills it draws on."""

    key: str
    weight: int
    departments: tuple[str, ...]
    titles: tuple[str, ...]
    skills: tuple[str, ...]            # most common first
    summary: str = ""
    cap: int = 0                       # at most this many members (0: no limit) ...
    overflow: str = ""                 # ... the rest join this group


GROUPS = (
    Group("chem", 10, ("School of Chemistry",),
          ("Research Technician", "Experimental Officer", "Analytical Chemist (Technical)"),
          ("nmr", "hplc", "ftir", "uvvis", "pxrd", "ms", "chn", "tga", "scxrd", "raman", "ssnmr",
           "epr", "gc"),
          "Looks after the analytical instruments in the chemistry building."),
    Group("massspec", 5, ("School of Chemistry", "Faculty of Biology, Medicine and Health"),
          ("Mass Spectrometry Technician", "Senior Experimental Officer"),
          ("ms", "lcms", "proteomics", "gcms", "hplc", "maldi", "icpms", "gc"),
          "Runs samples on the Orbitrap and Q-TOF instruments and helps users with methods."),
    Group("imaging", 8, ("Faculty of Biology, Medicine and Health", "School of Biological Sciences"),
          ("Imaging Technician", "Microscopy Technologist", "Bioimaging Specialist"),
          ("confocal", "widefield", "livecell", "imageanalysis", "lightsheet", "superres",
           "multiphoton", "flim", "flow", "facs"),
          "Supports users of the light microscopes, from booking to image analysis."),
    Group("cyto", 3, ("Faculty of Biology, Medicine and Health",),
          ("Flow Cytometry Technician", "Cytometry Scientist"),
          ("flow", "facs", "cellculture", "imageanalysis"),
          "Sorts and analyses cells on the cytometers."),
    Group("em", 5, ("Department of Materials", "School of Biological Sciences"),
          ("Electron Microscopy Technician", "EM Specialist"),
          ("sem", "tem", "edx", "emprep", "ultramicrotomy", "ebsd", "fibsem"),
          "Prepares samples and runs the electron microscopes."),
    Group("struct", 4, ("School of Biological Sciences",),
          ("Structural Biology Technician", "Cryo-EM Specialist"),
          ("proteinpur", "cryoem", "gridprep", "spa", "crystallisation", "cryoet", "cryogens"),
          "Helps users from purified protein to a structure."),
    Group("cleanroom", 5, ("School of Engineering", "Department of Physics and Astronomy"),
          ("Cleanroom Technician", "Process Engineer (Technical)", "Nanofabrication Technician"),
          ("cleanroomops", "photolitho", "thinfilm", "rie", "ebl", "ald", "wirebond", "afm", "uhv",
           "microfluidics"),
          "Keeps the cleanroom tools running and trains users on lithography."),
    Group("workshop", 12, ("School of Engineering", "Department of Physics and Astronomy"),
          ("Mechanical Workshop Technician", "Instrument Maker", "Senior Technician (Workshop)"),
          ("manualmach", "cncmill", "cncturn", "cad", "welding", "sheetmetal", "cmm", "edm",
           "am3d", "lasercut"),
          "Makes bespoke parts and apparatus for research groups."),
    Group("makers", 3, ("School of Design",),
          ("Digital Fabrication Technician", "Makerspace Technician"),
          ("am3d", "lasercut", "cad", "woodwork", "embedded"),
          "Helps students and staff turn designs into objects."),
    Group("glass", 1, ("School of Chemistry",),
          ("Scientific Glassblower",),
          ("glass", "glassmetal", "uhv"),
          "Makes and repairs bespoke glass apparatus.", cap=3, overflow="workshop"),
    Group("electronics", 7, ("School of Engineering", "Department of Physics and Astronomy"),
          ("Electronics Technician", "Electronics Engineer (Technical)"),
          ("soldering", "faultfinding", "pcbdesign", "embedded", "labview", "pat", "fpga", "rf",
           "lasers"),
          "Designs and repairs electronics for experiments."),
    Group("computing", 8, ("IT Services – Research Computing", "Department of Computer Science"),
          ("Research Software Engineer", "HPC Systems Administrator", "Research Computing Analyst"),
          ("python", "linux", "hpc", "rse", "slurm", "containers", "rdm", "gpu", "ml",
           "bioinformatics"),
          "Supports researchers with computing, code and data."),
    Group("animal", 10, ("Biomedical Services Unit",),
          ("Animal Technician", "Senior Animal Technologist", "Named Animal Care and Welfare Officer"),
          ("husbandry", "aspa", "colony", "surgery", "nacwo", "zebrafish", "drosophila", "mri",
           "microct"),
          "Cares for the animals and supports licensed procedures."),
    Group("molbio", 12, ("School of Biological Sciences", "Faculty of Biology, Medicine and Health"),
          ("Research Technician", "Laboratory Technician", "Senior Research Technician"),
          ("cellculture", "pcr", "qpcr", "western", "elisa", "ngs", "crispr", "microbiology",
           "histology", "ihc", "autoclave", "envmicro", "cl3", "clearing", "insectary"),
          "Supports the research groups' bench work."),
    Group("lowtemp", 3, ("Department of Physics and Astronomy",),
          ("Cryogenics Technician", "Low Temperature Physics Technician"),
          ("cryogens", "helium", "leak", "dilfridge", "uhv"),
          "Keeps the helium plant and the cryostats going."),
    Group("media", 5, ("School of Arts, Languages and Cultures", "School of Design"),
          ("Media Technician", "Creative Technician", "Print Studio Technician"),
          ("photography", "video", "sound", "printmaking", "ceramics", "textiles", "woodwork",
           "bookbinding"),
          "Supports students' creative work in the studios."),
    Group("teaching", 6, ("School of Chemistry", "School of Biological Sciences",
                          "Department of Physics and Astronomy"),
          ("Teaching Laboratory Technician", "Teaching Technician"),
          ("teachingprep", "demonstrating", "coshh", "risk", "microbiology", "autoclave"),
          "Prepares the undergraduate practical classes."),
)
SHARED = ("risk", "coshh", "firstaid", "labmanagement", "booking", "radiation", "biosafety", "lev")


@dataclass(frozen=True)
class FacilitySpec:
    facility_id: str
    name: str
    kind: str
    department: str
    description: str
    skills: tuple[str, ...]           # required skills, the first is what it is about


FACILITIES = (
    FacilitySpec("NGU-NMR", "Kelsall NMR Centre", "instrument", "School of Chemistry",
                 "400, 600 and 800 MHz Bruker spectrometers with a cryoprobe, open to all users.",
                 ("nmr", "ssnmr", "cryogens")),
    FacilitySpec("NGU-MS", "Proteomics & Mass Spectrometry Facility", "instrument",
                 "School of Chemistry",
                 "Orbitrap and Q-TOF instruments for small molecules and proteins.",
                 ("ms", "lcms", "proteomics")),
    FacilitySpec("NGU-XRAY", "Bragg X-ray Diffraction Suite", "instrument", "School of Chemistry",
                 "Powder and single-crystal diffractometers.", ("pxrd", "scxrd")),
    FacilitySpec("NGU-BIOIMG", "Wolfson Bioimaging Facility", "instrument",
                 "Faculty of Biology, Medicine and Health",
                 "Confocal, light-sheet and super-resolution microscopes with analysis workstations.",
                 ("confocal", "lightsheet", "superres", "livecell")),
    FacilitySpec("NGU-FLOW", "Flow Cytometry Core Facility", "instrument",
                 "Faculty of Biology, Medicine and Health",
                 "Analysers and cell sorters, assisted and unassisted.", ("flow", "facs")),
    FacilitySpec("NGU-EMC", "Electron Microscopy Centre (EMC)", "instrument",
                 "Department of Materials",
                 "SEM, TEM and FIB-SEM for materials and biological samples.",
                 ("sem", "tem", "edx", "fibsem")),
    FacilitySpec("NGU-CRYOEM", "Harrison Cryo-EM Facility", "instrument",
                 "School of Biological Sciences",
                 "A 300 kV cryo-microscope and a screening microscope, with Vitrobots for grids.",
                 ("cryoem", "gridprep", "spa")),
    FacilitySpec("NGU-NANOFAB", "Kilby Nanofabrication Cleanroom", "cleanroom",
                 "School of Engineering",
                 "ISO 5 and ISO 7 cleanroom for lithography, deposition and etching.",
                 ("cleanroomops", "photolitho", "ebl", "rie", "thinfilm")),
    FacilitySpec("NGU-MECH", "Faculty of Engineering Mechanical Workshop", "workshop",
                 "School of Engineering", "CNC and conventional machining for research.",
                 ("cncmill", "cncturn", "manualmach", "welding")),
    FacilitySpec("NGU-FAB", "Digital Fabrication Lab (FabLab)", "workshop", "School of Design",
                 "3D printers, laser cutters and a CNC router, open to students and staff.",
                 ("am3d", "lasercut", "cad")),
    FacilitySpec("NGU-GLASS", "Scientific Glassblowing Workshop", "workshop", "School of Chemistry",
                 "Bespoke glass apparatus, repairs and vacuum lines.", ("glass", "glassmetal")),
    FacilitySpec("NGU-ELEC", "Electronics Design & Repair Workshop", "workshop",
                 "School of Engineering", "Design, build and repair of research electronics.",
                 ("pcbdesign", "soldering", "faultfinding")),
    FacilitySpec("NGU-HPC", "Hawthorn HPC Cluster", "computing", "IT Services – Research Computing",
                 "The university's research computing cluster with GPU nodes.",
                 ("hpc", "slurm", "linux")),
    FacilitySpec("NGU-BSU", "Biomedical Services Unit (BSU)", "animal unit",
                 "Biomedical Services Unit", "Rodent housing, breeding and procedure rooms.",
                 ("husbandry", "aspa", "colony", "nacwo")),
    FacilitySpec("NGU-FISH", "Zebrafish Aquarium", "animal unit", "Biomedical Services Unit",
                 "Recirculating aquarium systems for zebrafish lines.", ("zebrafish",)),
    FacilitySpec("NGU-PCI", "Preclinical Imaging Suite (9.4T MRI & µCT)", "instrument",
                 "Biomedical Services Unit", "In vivo imaging of small animals.",
                 ("mri", "microct")),
    FacilitySpec("NGU-HE", "Helium Liquefaction Plant", "instrument",
                 "Department of Physics and Astronomy",
                 "Recovers and liquefies helium for the university's cryostats and magnets.",
                 ("helium", "cryogens")),
    FacilitySpec("NGU-GEN", "Genomics & Sequencing Hub", "instrument",
                 "Faculty of Biology, Medicine and Health", "Library preparation and sequencing.",
                 ("ngs", "bioinformatics")),
    FacilitySpec("NGU-HISTO", "Histopathology Core Laboratory", "instrument",
                 "Faculty of Biology, Medicine and Health",
                 "Tissue processing, sectioning and staining.", ("histology", "ihc")),
    FacilitySpec("NGU-MEDIA", "Media Production Studios", "studio",
                 "School of Arts, Languages and Cultures", "Film, photography and sound studios.",
                 ("video", "sound", "photography")),
    FacilitySpec("NGU-PRINT", "Fine Art Print Studio", "studio", "School of Design",
                 "Etching, relief and screen printing.", ("printmaking",)),
    FacilitySpec("NGU-CL3", "Containment Level 3 Suite", "laboratory",
                 "Faculty of Biology, Medicine and Health", "Work with hazard group 3 pathogens.",
                 ("cl3", "biosafety")),
    FacilitySpec("NGU-INSECT", "Insectary", "animal unit", "School of Biological Sciences",
                 "Mosquito and other insect colonies for vector biology.", ("insectary",)),
)

GIVEN = """Aisha Alan Alice Amara Andrew Angela Anil Anna Ben Bethan Callum Catherine Chen Chloe
Ciaran Claire Colin Daniel Deborah Declan Dev Eilidh Eleanor Emeka Emily Emma Fatima Fiona Gareth
Grace Hamish Hannah Harpreet Helen Ian Imran Isla Jack James Jane Jennifer Joanna John Jonathan
Karen Katie Kwame Laura Liam Lucy Malcolm Mark Martin Megan Michael Mohammed Nadia Naomi Neil
Nicola Niamh Oliver Olivia Owen Paul Pooja Priya Rachel Rhys Richard Robert Rosa Ruth Sam Sarah
Sean Shreya Simon Siobhan Sophie Stephen Stuart Susan Tariq Thomas Tom Usman Victoria Wei Yusuf
Zainab Zoë""".split()
FAMILY = """Adeyemi Ahmed Ali Anderson Bailey Baker Bell Bennett Brown Campbell Carter Chan Chapman
Clarke Collins Cooper Cox Davies Dawson Doherty Edwards Evans Fernandes Fisher Fraser Gallagher
Gill Graham Green Griffiths Hall Harris Hughes Hussain Jackson James Jenkins Johnson Jones Kaur
Kelly Kennedy Khan Kumar Lewis Li Lloyd MacDonald Marshall Martin Mason McKenzie Mitchell Moore
Morgan Morris Murphy Murray Nguyen Nowak Okafor Oliveira O'Brien O'Neill Owen Patel Phillips
Price Quinn Rahman Reid Richards Roberts Robinson Rogers Ross Scott Shah Sharma Singh Smith
Stewart Sutherland Taylor Thomas Thompson Turner Walker Wang Ward Watson White Williams Wilson
Wood Wright Young Zhang Kowalski Mensah Bhatt Byrne Lindqvist Ferreira Novak""".split()
FAMILY += ["Smith-Jones", "Ní Bhriain", "Van der Berg", "Ó Súilleabháin"]
LEVELS = (1, 2, 2, 2, 2, 3, 3, 3, 4)


@dataclass(frozen=True)
class Site:
    """One fictitious institution: its skills as HR writes them, its jobs, facilities and names."""

    name: str
    prefix: str                        # person ids and the bundle's folder
    domain: str                        # e-mail domain
    concepts: dict[str, tuple[str, ...]]
    groups: tuple[Group, ...]
    shared: tuple[str, ...]            # skills any group may list
    facilities: tuple[FacilitySpec, ...]
    given: list[str]
    family: list[str]
    # a holder's own fields around a skill's text, drawn from the generator's stream (heldout30
    # on: an export writes each holder's numbers); None writes the text as it is and draws nothing
    own: Callable[[str, Random], str] | None = None


NORTHGATE = Site("Northgate University", "NGU", "northgate.ac.uk", CONCEPTS, GROUPS, SHARED,
                 FACILITIES, GIVEN, FAMILY)


@dataclass
class Truth:
    """What the generator put in: the judge's source, independent of the engine."""

    people: dict[str, tuple[str, str, bool]] = field(default_factory=dict)   # id -> given, family, public
    holdings: dict[str, dict[str, int]] = field(default_factory=dict)       # concept -> person -> level
    staff: dict[str, dict[str, str]] = field(default_factory=dict)          # facility -> person -> role
    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)     # bundle file -> rows
    core: dict[str, str] = field(default_factory=dict)                      # facility -> its concept
    written: dict[tuple[str, str], str] = field(default_factory=dict)   # (person, concept) -> text

    def public(self) -> set[str]:
        return {pid for pid, (_, _, public) in self.people.items() if public}


def generate(people: int = 1200, seed: int = 1851, site: Site = NORTHGATE) -> Truth:
    """Generate `site`'s directory (Northgate University's by default) and the truth behind it."""
    rng = Random(seed)
    truth = Truth()
    weights = [g.weight for g in site.groups]
    by_key = {g.key: g for g in site.groups}
    person_rows: list[dict[str, str]] = []
    skill_rows: list[dict[str, str]] = []
    members: dict[str, list[str]] = {}
    for n in range(1, people + 1):
        pid = f"{site.prefix}{n:05d}"
        group = site.groups[0] if n == 1 else rng.choices(site.groups, weights)[0]
        if group.cap and len(members.get(group.key, [])) >= group.cap:
            group = by_key[group.overflow]              # e.g. only three glassblowers
        given, family = rng.choice(site.given), rng.choice(site.family)
        public = rng.random() > 0.08
        truth.people[pid] = (given, family, public)
        members.setdefault(group.key, []).append(pid)
        title = rng.choice(group.titles)
        if rng.random() < 0.12:
            title = "Senior " + title if not title.startswith("Senior") else title
        person_rows.append({
            "person_id": pid, "given_name": given, "family_name": family,
            "email": f"{given[0].lower()}.{_ascii(family)}{n}@{site.domain}",
            "department": rng.choice(group.departments), "job_title": title,
            "public": "true" if public else "false",
            "summary": group.summary if rng.random() < 0.3 else ""})
        count = min(len(group.skills), rng.randint(3, 7))
        chosen = _weighted_sample(rng, group.skills, count)
        chosen += rng.sample(site.shared, rng.randint(0, 2))
        for concept in dict.fromkeys(chosen):
            _hold(truth, skill_rows, rng, pid, site.concepts[concept], concept, rng.choice(LEVELS),
                  site.own)
    facility_rows, staff_rows = [], []
    for spec in site.facilities:
        facility_rows.append({"facility_id": spec.facility_id, "name": spec.name,
                              "institution": "", "department": spec.department,
                              "kind": spec.kind, "description": spec.description,
                              "required_skills": ";".join(site.concepts[c][0] for c in spec.skills)})
        core = spec.skills[0]
        holders = sorted(truth.holdings.get(core, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        pool = [pid for pid, _ in holders]
        if not pool:
            raise AssertionError(f"nobody holds {core}")
        roles = {pool[0]: "lead"}
        rest = pool[1:]
        rng.shuffle(rest)
        for pid in rest[:rng.randint(1, 2)]:
            roles[pid] = "trainer"
        for pid in rest[2:2 + rng.randint(1, 3)]:
            roles[pid] = "operator"
        for pid in rest[5:5 + rng.randint(0, 1)]:
            roles[pid] = "backup"
        for pid, role in roles.items():
            level = {"lead": 4, "trainer": 3}.get(role, 2)
            if truth.holdings[core][pid] < level:
                _raise(truth, skill_rows, pid, site.concepts[core], core, level)
            staff_rows.append({"facility_id": spec.facility_id, "person_id": pid, "role": role})
        truth.staff[spec.facility_id] = roles
        truth.core[spec.facility_id] = core
    truth.rows = {"people.csv": person_rows, "person_skills.csv": skill_rows,
                  "facilities.csv": facility_rows, "facility_staff.csv": staff_rows}
    return truth


def write_bundle(truth: Truth, target: Path) -> Path:
    """Write the truth's rows as a contract bundle folder (CSV files with a header row)."""
    target.mkdir(parents=True, exist_ok=True)
    for name, rows in truth.rows.items():
        with (target / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return target


def _hold(truth: Truth, rows: list[dict[str, str]], rng: Random, pid: str,
          names: tuple[str, ...], concept: str, level: int,
          own: Callable[[str, Random], str] | None = None) -> None:
    name = names[0] if len(names) == 1 or rng.random() < 0.7 else rng.choice(names[1:])
    last_used = str(rng.randint(2008, 2025)) if rng.random() < 0.2 else ""
    if own is not None:
        name = truth.written[(pid, concept)] = own(name, rng)
    truth.holdings.setdefault(concept, {})[pid] = level
    rows.append({"person_id": pid, "skill": name, "level": str(level), "last_used": last_used})


def _raise(truth: Truth, rows: list[dict[str, str]], pid: str, names: tuple[str, ...],
           concept: str, level: int) -> None:
    truth.holdings[concept][pid] = level
    written = truth.written.get((pid, concept))
    for row in rows:
        if row["person_id"] == pid and (row["skill"] in names or row["skill"] == written):
            row["level"], row["last_used"] = str(level), ""


def past_day(years: tuple[int, ...], rng: Random) -> date:
    """A day of one of `years`, drawn from the generator's stream (the year, the month, the
    day, in that order), never after November 2026: a holder's record of something done."""
    year = rng.choice(years)
    return date(year, rng.randint(1, 11 if year == 2026 else 12), rng.randint(1, 28))


def _weighted_sample(rng: Random, items: tuple[str, ...], count: int) -> list[str]:
    """`count` distinct items, the first ones of `items` more likely."""
    pool = list(items)
    weights = [1 / (i + 1.5) for i in range(len(pool))]
    chosen = []
    for _ in range(count):
        pick = rng.choices(range(len(pool)), weights)[0]
        chosen.append(pool.pop(pick))
        weights.pop(pick)
    return chosen


def _ascii(text: str) -> str:
    return "".join(c for c in text.lower() if c.isascii() and c.isalpha())


def load(folder: Path, taxonomy: Taxonomy, site: Site = NORTHGATE,
         people: int = 1200, seed: int = 1851) -> tuple[Directory, Path, Truth]:
    """Generate `site` (Northgate by default), import its bundle through the normal importer into
    a fresh SQLite file in `folder`, and return the loaded directory, the database file and the
    truth."""
    truth = generate(people, seed, site)
    bundle = write_bundle(truth, folder / f"{site.prefix.lower()}-bundle")
    db_file = folder / f"{site.prefix.lower()}.db"
    db_file.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{db_file}")
    init_db(engine)
    report = import_bundle(make_sessionmaker(engine), bundle, taxonomy, institution=site.name)
    if not report.ok:
        raise AssertionError(report.as_text()[:2000])
    with make_sessionmaker(engine)() as session:
        directory = load_directory(session)
    engine.dispose()
    return directory, db_file, truth
