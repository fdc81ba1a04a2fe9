"""Wenlowe University's Division of Libraries, Museums and Research Computing with its School of
Architecture and Built Environment: an eighteenth fictitious institution, for ``heldout20``.

Wenlowe University is a fictitious English university; this is the part of it that keeps and
serves its collections and its computers -- the library's special collections, the university
archives, the museums and research computing, one professional-services division -- together
with the school it shares the Coldharbour building with, the School of Architecture and Built
Environment.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty nor a dental school, but a
university's library, archives, museums and research computing division beside its school of
architecture (1,200 conservators, imaging and digitisation technicians, archive and special
collections assistants, museum technicians and art handlers, registrars, HPC systems engineers,
research software engineers, research data officers, model-makers, fabrication, building physics,
acoustics and surveying technicians, BIM and print staff in the directory), unlike the
institutions before it (Northgate, Tarnside, Calderbridge, Inverallan, Harbourne, Caerwern,
Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's
Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate). Library and Special
Collections has a conservation studio, an objects and textiles conservation laboratory, a
preventive conservation office, a digitisation studio, a spectral and RTI imaging laboratory, a
3D imaging laboratory, an audiovisual transfer suite, a microform and oversize scanning room,
the rare books and special collections, an oral history studio and the library print and
bindery; the University Archives have their offices, a search room, the strongrooms and a
digital archives laboratory; the University Museums have a collections centre, the university
gallery, a natural history museum, the collections registry and an object learning room;
Research Computing has the research cluster, a GPU facility, the research computing data centre,
a research software engineering group, the research data service, the research storage
platform, a secure research data environment and a notebook and cloud service; the School of
Architecture and Built Environment has an architecture model workshop, a digital fabrication
laboratory, a construction hall, a building physics laboratory, a building performance
monitoring service, the climatic chambers, an anechoic chamber, a reverberation and
transmission suite, a room acoustics and auralisation studio, a geomatics store, a laser
scanning and drone unit and a BIM studio.

Its HR system knows a person's skills from the division's timesheet and activity-booking
system: every activity a person books time to names what they did, and the export writes a
person's skills as the booking lines of their most-booked activities: "<day> <dd>.<mm>.<yy>
[<cost centre>/<activity>] <skill> <hours>h[ <tag>]". The day is the weekday the line was
booked (Mon to Fri), the date the day it was booked (years 2019 to 2025); the cost centre is
the division's or school's three-letter team code (CNS conservation, IMG imaging and
digitisation, ARV archives, SPC special collections, MUS museums, HPC research computing
systems, RSE research software engineering, RDS research data service, MDL model workshop, FAB
fabrication, BPH building physics, ECH environmental chambers, ACO acoustics, SVY surveying, BIM
building information modelling, LIB library services, HSE safety, MGT management) and the
activity its three-digit number; after the skill come the hours booked (0.5 to 7.5) and, on
most lines but not all, a tag for how the time is charged (core, recharge, proj:<five-digit
project>, TOIL, trg for training). The skill sits between the "] " and the hours; all of the
fields follow from the text, so the generator stays deterministic, and they can sit oddly beside
a person's level (the bundle's level column), as such exports do: "Mon 06.01.21 [BPH/915]
Building airtightness testing 3.5h recharge", "Mon 08.06.25 [ACO/705] Sound insulation testing
between rooms 7.5h" (no tag). Beside those, rows the staff typed
into the skills survey are their own: lower-case, trade slang and kit names ("lustre scratch",
"soft packing objects", "blower door on student houses"). Some are written as no technician
taxonomy is likely to write them (sticky traps and woolly bears, comfort carts, models for crit
week). Facilities have names, aliases (in the name or the description) and role holders.
Concept keys are the evaluation's own, not the taxonomy's ids (written after the names were
labelled, so by someone who had read ``taxonomies/skills.csv``, never the matcher or the
engine). Generated by the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["BOOKING", "CODES", "COLDHARBOUR", "DAYS", "HOURS", "PEOPLE", "SEED", "TAGS"]

PEOPLE, SEED = 1200, 20647     # tests.heldout.institution.generate(PEOPLE, SEED, COLDHARBOUR)
CODES = ("CNS", "IMG", "ARV", "SPC", "MUS", "HPC", "RSE", "RDS", "MDL", "FAB", "BPH", "ECH", "ACO",
         "SVY", "BIM", "LIB", "HSE", "MGT")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
HOURS = ("0.5", "1", "1.5", "2", "3", "3.5", "4", "7.5")
TAGS = ("core", "recharge", "proj", "TOIL", "trg")       # or none at all
# a booking line of the timesheet and activity-booking system as the HR system exports it: the
# weekday and date, the cost centre and activity, the skill, the hours and (not always) a tag
BOOKING = re.compile(r"^(" + "|".join(DAYS) + r") (\d\d)\.(\d\d)\.(\d\d) \[(" + "|".join(CODES)
                     + r")/(\d{3})\] \S.*\S (" + "|".join(re.escape(h) for h in HOURS)
                     + r")h(?: (core|recharge|proj:\d{5}|TOIL|trg))?$")


def _b(code: str) -> Callable[[str], str]:
    """The booking export's writer for one cost centre: the weekday, the date, the activity's
    number, the skill, the hours and the tag (or none), all following from the text."""
    def booking(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        tag = ("", " core", " recharge", f" proj:{40000 + (s * 13) % 9999:05d}", " TOIL",
               " trg")[(n + s // 11) % 6]
        return (f"{DAYS[s % 5]} {1 + s % 28:02d}.{1 + (s // 7) % 12:02d}.{19 + (s // 13) % 7} "
                f"[{code}/{100 + (s * 7) % 900}] {text} {HOURS[(s // 3) % 8]}h{tag}")
    return booking


(CNS, IMG, ARV, SPC, MUS, HPC, RSE, RDS, MDL, FAB, BPH, ECH, ACO, SVY, BIM, LIB, HSE,
 MGT) = (_b(c) for c in CODES)

# concept key -> HR spellings (the first is the booking export's line; the other is a row the
# staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # conservation
    "papercons": (CNS("Conservation of paper documents and prints"), "fixing tears in old letters"),
    "washing": (CNS("Paper washing and deacidification baths"), "deacidifying newsprint"),
    "bookcons": (CNS("Book conservation and rebinding"), "rebinding vellum volumes"),
    "parchment": (CNS("Parchment and vellum conservation"), "cockled parchment"),
    "encaps": (CNS("Document encapsulation and sleeving"), "polyester sleeves for posters"),
    "boxing": (CNS("Archival box and enclosure making"), "boxes for fragile books"),
    "envmon": (CNS("Environmental monitoring of collection spaces"), "checking the data loggers"),
    "pests": (CNS("Collections pest monitoring"), "sticky traps and woolly bears"),
    "textilecons": (CNS("Textile and costume conservation"), "stitching flags onto net"),
    "objectcons": (CNS("Object conservation of metals and ceramics"),
                   "sticking pots back together"),
    "photocons": (CNS("Photographic materials conservation"), "cleaning albumen prints"),
    "salvage": (CNS("Emergency response and collection salvage"), "flood kit for the stacks"),
    "condition": (CNS("Collection condition assessment"), "condition survey spreadsheets"),
    "oddy": (CNS("Material testing for display cases"), "testing showcase fabrics"),
    "framing": (CNS("Mount and frame preparation for works on paper"),
                "framing prints for the gallery"),
    # imaging and digitisation
    "capture": (IMG("Digital capture of rare books and manuscripts"),
                "shooting manuscripts on the cradle"),
    "rti": (IMG("Reflectance transformation imaging of seals and coins"), "rti on seals"),
    "msi": (IMG("Multispectral imaging of faded manuscripts"), "uv and ir imaging of manuscripts"),
    "colour": (IMG("Colour-managed imaging workflows"), "calibrating the capture monitors"),
    "imageproc": (IMG("Image processing and derivative production"), "batch converting tiffs"),
    "photogram": (IMG("Object photogrammetry"), "3d models of pots from photos"),
    "scan3d": (IMG("3D scanning of museum objects"), "artec on museum objects"),
    "microfilm": (IMG("Microform scanning"), "microfilm to digital"),
    "avtransfer": (IMG("Audio and video transfer from obsolete formats"),
                   "digitising old cassettes and vhs"),
    "htr": (IMG("Handwritten text recognition"), "training transkribus models"),
    "iiif": (IMG("IIIF image services and viewers"), "iiif server"),
    "mapscan": (IMG("Oversize map and plan scanning"), "scanning big architectural drawings"),
    # archives
    "accession": (ARV("Accessioning of archive deposits"), "taking in new deposits"),
    "catalogue": (ARV("Archive cataloguing and finding aids"), "writing box lists and catalogues"),
    "readingroom": (ARV("Reading room services"), "search room desk"),
    "strongroom": (ARV("Strongroom management"), "strongroom shelving and retrievals"),
    "records": (ARV("University records management"), "records retention queries"),
    "borndigital": (ARV("Born-digital archive processing"), "old hard drives from depositors"),
    "digipres": (ARV("Digital preservation systems"), "preservation system ingests"),
    "oralhist": (ARV("Oral history interviewing"), "recording interviews with alumni"),
    "palaeo": (ARV("Transcription of early handwriting"), "reading old handwriting"),
    "webarch": (ARV("Capture of university websites"), "archiving the university website"),
    "copyright": (ARV("Rights and permissions for reproductions"),
                  "permission to publish requests"),
    # special collections
    "rarebooks": (SPC("Cataloguing of early printed books"), "cataloguing incunabula"),
    "handling": (SPC("Handling of rare books and manuscripts"), "book supports for readers"),
    "exhloans": (SPC("Loans administration for exhibitions"), "loan paperwork"),
    "courier": (SPC("Courier trips for loaned items"), "couriering to other venues"),
    # museums
    "artmove": (MUS("Object moves and art handling"), "moving paintings"),
    "packing": (MUS("Packing and crating of objects"), "soft packing objects"),
    "install": (MUS("Exhibition installation and de-installation"), "gallery changeovers"),
    "mounts": (MUS("Mount making for display"), "brass mounts for display"),
    "documentation": (MUS("Collections documentation and inventory"), "object location updates"),
    "cmsdb": (MUS("Collections management database administration"), "emu admin"),
    "natural": (MUS("Natural history specimen care"), "topping up fluid jars"),
    "geology": (MUS("Geological collection care"), "pyrite in the mineral drawers"),
    "lighting": (MUS("Gallery lighting and light levels"), "focusing gallery lights"),
    "learning": (MUS("Object handling sessions for learners"), "handling boxes for school groups"),
    # research computing systems
    "hpcadmin": (HPC("Research cluster systems administration"), "looking after the cluster"),
    "scheduler": (HPC("Batch scheduler administration"), "slurm partitions"),
    "pfs": (HPC("Parallel and scratch filesystem administration"), "lustre scratch"),
    "gpu": (HPC("GPU cluster nodes"), "gpu queue"),
    "swbuild": (HPC("Scientific software installation on the cluster"), "spack recipes"),
    "containers": (HPC("Container platforms for research workloads"), "apptainer images"),
    "mpi": (HPC("Parallel code optimisation"), "speeding up mpi codes"),
    "hpcsupport": (HPC("Research computing user support"), "hpc support queue"),
    "hpctrain": (HPC("Research computing training courses"), "teaching intro to hpc"),
    "datacentre": (HPC("Datacentre hardware and cabling"), "swapping failed disks"),
    "config": (HPC("Infrastructure automation"), "ansible playbooks"),
    "jupyter": (HPC("Notebook service for research and teaching"), "jupyter service"),
    # research software engineering
    "rsepy": (RSE("Research software development in Python"), "python tools for researchers"),
    "git": (RSE("Source control and code review"), "git help for researchers"),
    "ci": (RSE("Automated testing and continuous integration"), "ci pipelines for research code"),
    "webapps": (RSE("Web applications for research projects"), "django sites for projects"),
    "legacy": (RSE("Legacy scientific code modernisation"), "old fortran codes"),
    "rpkg": (RSE("R tools and Shiny dashboards"), "shiny dashboards"),
    "dbdesign": (RSE("Research database development"), "postgres databases for projects"),
    "cloud": (RSE("Research cloud virtual machines"), "openstack vms"),
    # research data service
    "rdmadvice": (RDS("Research data management support"), "rdm queries from researchers"),
    "dmp": (RDS("Data management plan support"), "reviewing dmps for bids"),
    "deposit": (RDS("Data repository deposit and DOIs"), "minting dois for datasets"),
    "storage": (RDS("Research data storage provision"), "ceph allocations"),
    "backup": (RDS("Backup and tape archive service"), "lto tape jobs"),
    "transfer": (RDS("Bulk data transfer"), "globus endpoints"),
    "tre": (RDS("Secure research data environment"), "safe haven projects"),
    "openaccess": (RDS("Open access publications repository"), "open access queries"),
    # model workshop
    "archmodels": (MDL("Architectural model making"), "models for crit week"),
    "lasercut": (MDL("Laser cutting for architecture students"), "laser cutter queue"),
    "sitemodels": (MDL("Site and contour models"), "contour models in mdf"),
    "print3d": (MDL("3D printing of architectural models"), "printing model parts"),
    "foamcut": (MDL("Foam cutting and carving"), "hot wire foam"),
    "vacform": (MDL("Vacuum forming for models"), "vac forming canopies"),
    "finishing": (MDL("Model finishing and spraying"), "spraying white models"),
    # fabrication
    "cnc": (FAB("CNC routing for architecture projects"), "router jobs in ply"),
    "woodmach": (FAB("Wood machining"), "wood machines for students"),
    "robot": (FAB("Industrial robot fabrication"), "robot arm sessions"),
    "timber": (FAB("Timber construction prototypes"), "building timber frames"),
    "casting": (FAB("Concrete and plaster casting"), "casting concrete panels"),
    "parametric": (FAB("Parametric design to fabrication"), "grasshopper to cnc"),
    "metalfab": (FAB("Welding and metal fabrication"), "welding steel frames"),
    "dust": (FAB("Workshop dust extraction"), "dust extractor checks"),
    # building physics
    "thermog": (BPH("Thermographic surveys of buildings"), "thermal camera on buildings"),
    "airtight": (BPH("Building airtightness testing"), "blower door on student houses"),
    "uvalue": (BPH("Heat flux and U-value measurement"), "heat flux plates on walls"),
    "hygro": (BPH("Moisture and hygrothermal monitoring"), "moisture sensors in timber walls"),
    "iaq": (BPH("Indoor environmental quality monitoring"),
            "co2 and temperature loggers in offices"),
    "sim": (BPH("Building energy and thermal simulation"), "energy models in ies"),
    "daylight": (BPH("Daylighting measurement"), "daylight studies with models"),
    "poe": (BPH("Building occupant feedback surveys"), "occupant questionnaires"),
    "hotbox": (BPH("Hot box testing of wall assemblies"), "hot box runs"),
    "comfort": (BPH("Thermal comfort studies"), "comfort carts"),
    # environmental chambers
    "climchamber": (ECH("Climate chamber operation"), "running the climate chambers"),
    "chambermaint": (ECH("Environmental chamber servicing"), "chamber breakdowns"),
    "weathering": (ECH("Accelerated weathering tests"), "uv cabinet"),
    "freezethaw": (ECH("Freeze-thaw durability testing"), "frost testing bricks"),
    # acoustics
    "anechoic": (ACO("Free-field measurements in the anechoic chamber"),
                 "measurements in the anechoic"),
    "reverb": (ACO("Sound absorption testing in the reverberation room"),
               "absorption tests in the reverb room"),
    "insulation": (ACO("Sound insulation testing between rooms"), "party wall tests"),
    "roomac": (ACO("Room acoustics measurement"), "measuring reverb time in lecture theatres"),
    "noise": (ACO("Environmental noise measurement"), "noise logging outside"),
    "slmcal": (ACO("Acoustic instrument calibration"), "checking the sound level meters"),
    "auralisation": (ACO("Acoustic modelling and auralisation"), "odeon models"),
    "vibration": (ACO("Building vibration measurement"), "floor vibration tests"),
    # surveying
    "totalstation": (SVY("Total station and levelling surveys"), "total station work"),
    "gnss": (SVY("GNSS positioning"), "rtk rover"),
    "tls": (SVY("Laser scanning surveys"), "scanning buildings with the rtc"),
    "pointcloud": (SVY("Point cloud processing"), "cleaning point clouds"),
    "drone": (SVY("Drone surveying"), "drone flights for surveys"),
    "measured": (SVY("Measured surveys of historic buildings"),
                 "measured drawings of old buildings"),
    "surveykit": (SVY("Survey instrument store"), "lending survey kit"),
    # BIM
    "revit": (BIM("Revit modelling"), "revit help"),
    "clash": (BIM("BIM coordination and clash detection"), "navisworks clashes"),
    "cde": (BIM("Common data environment management"), "cde admin"),
    "gis": (BIM("GIS for built environment"), "qgis maps for site analysis"),
    "cad": (BIM("CAD drafting"), "autocad floor plans"),
    # library services
    "plotting": (LIB("Large-format plotting"), "plotter queue"),
    "bindery": (LIB("Library bindery"), "binding theses"),
    "librarycat": (LIB("Library cataloguing and metadata"), "marc records"),
    # safety
    "height": (HSE("Work at height and ladder safety"), "ladder inspections"),
    "risk": (HSE("Risk assessment"), "writing risk assessments for students"),
    "fire": (HSE("Fire safety and evacuation"), "fire marshal for the building"),
    "firstaid": (HSE("First aid at work"), "first aider in the workshops"),
    "coshh": (HSE("COSHH assessments"), "coshh for solvents in the studio"),
    "manualhandling": (HSE("Manual handling"), "lifting heavy boxes safely"),
    # management
    "linemgmt": (MGT("Line management"), "managing the imaging team"),
    "budgets": (MGT("Budget management"), "keeping the budget"),
    "procurement": (MGT("Purchasing and procurement"), "ordering supplies"),
    "inductions": (MGT("User inductions and training"), "inducting students"),
    "teaching": (MGT("Technical teaching"), "teaching architecture students"),
    "outreach": (MGT("Public engagement and open days"), "open day demos"),
}

LIBSC = "Library and Special Collections"
ARCHIVES = "University Archives"
MUSEUMS = "University Museums"
RC = "Research Computing"
SABE = "School of Architecture and Built Environment"

GROUPS = (
    Group("conservators", 9, (LIBSC,), ("Conservator", "Book and Paper Conservator",
                                        "Conservation Technician"),
          ("papercons", "washing", "bookcons", "parchment", "encaps", "boxing", "photocons",
           "framing", "salvage", "oddy"),
          "Treats paper, books and parchment for the special collections and archives."),
    Group("objcons", 4, (LIBSC, MUSEUMS), ("Objects Conservator", "Textile Conservator"),
          ("objectcons", "textilecons", "condition", "oddy", "salvage"),
          "Conserves objects and textiles for the museums."),
    Group("prevcons", 3, (LIBSC, MUSEUMS), ("Preventive Conservator",
                                            "Collections Care Technician"),
          ("envmon", "pests", "condition", "salvage", "boxing"),
          "Monitors the stores' environment and pests."),
    Group("imaging", 8, (LIBSC,), ("Imaging Technician", "Digitisation Officer",
                                   "Senior Imaging Technician"),
          ("capture", "colour", "imageproc", "rti", "msi", "mapscan", "microfilm", "iiif"),
          "Photographs and scans the collections for the digital library."),
    Group("imaging3d", 3, (LIBSC, MUSEUMS), ("3D Imaging Technician", "Heritage Imaging Officer"),
          ("photogram", "scan3d", "imageproc"), "Makes 3D models of museum objects."),
    Group("av", 2, (LIBSC,), ("Audiovisual Archive Technician", "Sound and Moving Image Officer"),
          ("avtransfer", "digipres"), "Transfers tapes and films from obsolete formats."),
    Group("archivists", 7, (ARCHIVES,), ("Archivist", "Archives Assistant", "Records Manager"),
          ("accession", "catalogue", "readingroom", "strongroom", "records", "palaeo",
           "copyright", "oralhist"),
          "Takes in, catalogues and produces the university's archives."),
    Group("digiarch", 3, (ARCHIVES,), ("Digital Archivist", "Digital Preservation Officer"),
          ("borndigital", "digipres", "webarch", "htr", "iiif"),
          "Preserves born-digital archives and the university's websites."),
    Group("specialcoll", 4, (LIBSC,), ("Special Collections Assistant", "Rare Books Librarian"),
          ("rarebooks", "handling", "readingroom", "exhloans", "courier", "librarycat"),
          "Looks after the rare books and their readers."),
    Group("museumtech", 8, (MUSEUMS,), ("Museum Technician", "Art Handler",
                                        "Exhibitions Technician"),
          ("artmove", "packing", "install", "mounts", "lighting", "documentation", "courier"),
          "Moves, packs and installs objects for the galleries."),
    Group("registrar", 2, (MUSEUMS,), ("Registrar", "Collections Documentation Officer"),
          ("exhloans", "courier", "documentation", "cmsdb", "packing"),
          "Runs loans and the collections database."),
    Group("natural", 2, (MUSEUMS,), ("Natural History Collections Technician",
                                     "Geology Collections Assistant"),
          ("natural", "geology", "pests"),
          "Cares for the natural history and geology collections."),
    Group("learning", 2, (MUSEUMS,), ("Museum Learning Technician", "Object Learning Assistant"),
          ("learning", "artmove", "outreach"), "Runs object handling sessions."),
    Group("hpcsys", 6, (RC,), ("HPC Systems Engineer", "Research Computing Systems Administrator"),
          ("hpcadmin", "scheduler", "pfs", "gpu", "datacentre", "config", "containers",
           "swbuild"),
          "Runs the research cluster and its storage."),
    Group("hpcsupport", 4, (RC,), ("Research Computing Support Analyst",
                                   "HPC Applications Specialist"),
          ("hpcsupport", "swbuild", "hpctrain", "jupyter", "mpi", "containers"),
          "Helps researchers use the cluster."),
    Group("rse", 6, (RC,), ("Research Software Engineer", "Senior Research Software Engineer"),
          ("rsepy", "git", "ci", "webapps", "legacy", "rpkg", "dbdesign", "cloud", "mpi"),
          "Writes and maintains research software."),
    Group("rdm", 4, (RC, LIBSC), ("Research Data Officer", "Research Data Manager"),
          ("rdmadvice", "dmp", "deposit", "openaccess", "tre"),
          "Advises researchers on their data and its deposit."),
    Group("storage", 3, (RC,), ("Storage Engineer", "Research Data Infrastructure Engineer"),
          ("storage", "backup", "transfer", "tre", "config"),
          "Runs the research storage and backup."),
    Group("models", 5, (SABE,), ("Model Making Technician", "Architecture Workshop Technician"),
          ("archmodels", "lasercut", "sitemodels", "print3d", "foamcut", "vacform",
           "finishing"),
          "Helps architecture students make their models."),
    Group("fab", 4, (SABE,), ("Digital Fabrication Technician", "Construction Hall Technician"),
          ("cnc", "woodmach", "robot", "timber", "casting", "parametric", "metalfab", "dust"),
          "Runs the routers, robot arms and the construction hall."),
    Group("bphys", 4, (SABE,), ("Building Physics Technician", "Building Performance Researcher"),
          ("thermog", "airtight", "uvalue", "hygro", "iaq", "sim", "daylight", "poe", "hotbox",
           "comfort"),
          "Measures how buildings perform."),
    Group("chambers", 2, (SABE,), ("Environmental Chambers Technician",
                                   "Materials Testing Technician"),
          ("climchamber", "chambermaint", "weathering", "freezethaw", "hygro"),
          "Runs the climatic chambers."),
    Group("acoustics", 3, (SABE,), ("Acoustics Technician", "Acoustics Laboratory Manager"),
          ("anechoic", "reverb", "insulation", "roomac", "noise", "slmcal", "auralisation",
           "vibration"),
          "Runs the acoustics laboratories."),
    Group("survey", 3, (SABE,), ("Geomatics Technician", "Surveying Technician"),
          ("totalstation", "gnss", "tls", "pointcloud", "drone", "measured", "surveykit"),
          "Lends and teaches the surveying instruments."),
    Group("bim", 2, (SABE,), ("BIM Technician", "Digital Construction Technician"),
          ("revit", "clash", "cde", "gis", "cad"), "Supports BIM and CAD teaching."),
    Group("library", 3, (LIBSC,), ("Library Services Technician", "Bindery and Print Technician"),
          ("plotting", "bindery", "librarycat"), "Runs the plotters and the bindery."),
    Group("safety", 2, (LIBSC, SABE), ("Safety Adviser", "Technical Safety Coordinator"),
          ("risk", "coshh", "fire", "height", "manualhandling", "firstaid"),
          "Advises on safety in the studios and workshops."),
    Group("management", 4, (LIBSC, ARCHIVES, MUSEUMS, RC, SABE),
          ("Technical Manager", "Head of Collections Care", "Research Computing Manager"),
          ("linemgmt", "budgets", "procurement", "inductions", "teaching"),
          "Manages a team's technicians, budgets and equipment."),
)
SHARED = ("risk", "fire", "firstaid", "manualhandling", "inductions", "teaching", "outreach",
          "coshh", "height")

FACILITIES = (
    FacilitySpec("WLC-CONS", "Coldharbour Conservation Studio", "laboratory", LIBSC,
                 "Paper, book and parchment conservation with a suction table; the studio.",
                 ("papercons", "bookcons", "parchment")),
    FacilitySpec("WLC-OBJ", "Objects and Textiles Conservation Laboratory", "laboratory",
                 MUSEUMS, "Metals, ceramics, costume and flags.", ("objectcons", "textilecons")),
    FacilitySpec("WLC-PREV", "Preventive Conservation Office", "service", LIBSC,
                 "Environmental monitoring, pest traps and condition surveys of the stores.",
                 ("envmon", "pests", "condition")),
    FacilitySpec("WLC-DIGI", "Wenlowe Digitisation Studio", "imaging", LIBSC,
                 "Camera stations, book cradles and colour targets; the imaging studio.",
                 ("capture", "colour", "imageproc")),
    FacilitySpec("WLC-MSI", "Spectral and RTI Imaging Laboratory", "imaging", LIBSC,
                 "Multispectral imaging and a reflectance transformation dome.",
                 ("msi", "rti")),
    FacilitySpec("WLC-3D", "Heritage 3D Imaging Laboratory", "imaging", LIBSC,
                 "Photogrammetry turntables and structured-light scanners.",
                 ("photogram", "scan3d")),
    FacilitySpec("WLC-AV", "Audiovisual Transfer Suite", "laboratory", LIBSC,
                 "Open reel, cassette, DAT and videotape decks for transfer.", ("avtransfer",)),
    FacilitySpec("WLC-MICRO", "Microform and Oversize Scanning Room", "imaging", LIBSC,
                 "Microfilm scanners and a large-format scanner for maps and plans.",
                 ("microfilm", "mapscan")),
    FacilitySpec("WLC-ARCH", "Wenlowe University Archives", "service", ARCHIVES,
                 "Deposits, catalogues and records management for the university.",
                 ("accession", "catalogue", "records")),
    FacilitySpec("WLC-SEARCH", "Archives Search Room", "service", ARCHIVES,
                 "Supervised reading of archives and rare books; the reading room.",
                 ("readingroom", "handling")),
    FacilitySpec("WLC-STRONG", "Coldharbour Strongrooms", "service", ARCHIVES,
                 "Environmentally controlled archive stores with mobile shelving.",
                 ("strongroom",)),
    FacilitySpec("WLC-DARCH", "Digital Archives Laboratory", "computing", ARCHIVES,
                 "Write blockers, floppy controllers and the preservation system.",
                 ("borndigital", "digipres", "webarch")),
    FacilitySpec("WLC-RARE", "Rare Books and Special Collections", "service", LIBSC,
                 "Early printed books, manuscripts and the special collections.",
                 ("rarebooks", "handling")),
    FacilitySpec("WLC-ORAL", "Oral History Studio", "studio", ARCHIVES,
                 "A quiet recording room for interviews.", ("oralhist",)),
    FacilitySpec("WLC-MCC", "Museum Collections Centre", "service", MUSEUMS,
                 "The museums' stores, documentation and object moves.",
                 ("documentation", "artmove", "cmsdb")),
    FacilitySpec("WLC-GALL", "Wenlowe University Gallery", "gallery", MUSEUMS,
                 "Temporary exhibitions, showcases and lighting; the gallery.",
                 ("install", "lighting", "mounts")),
    FacilitySpec("WLC-NHM", "Wenlowe Natural History Museum", "gallery", MUSEUMS,
                 "Spirit collections, mounted specimens and the mineral drawers.",
                 ("natural", "geology")),
    FacilitySpec("WLC-REG", "Collections Registry", "service", MUSEUMS,
                 "Incoming and outgoing loans, couriers and crates.",
                 ("exhloans", "courier", "packing")),
    FacilitySpec("WLC-LEARN", "Object Learning Room", "teaching", MUSEUMS,
                 "Handling collections for schools and students.", ("learning",)),
    FacilitySpec("WLC-HPC", "Wenlowe Research Cluster", "computing", RC,
                 "The university's HPC cluster for all researchers; the cluster.",
                 ("hpcadmin", "scheduler", "hpcsupport")),
    FacilitySpec("WLC-GPU", "GPU Computing Facility", "computing", RC,
                 "GPU nodes for machine learning and simulation.", ("gpu",)),
    FacilitySpec("WLC-DC", "Research Computing Data Centre", "computing", RC,
                 "Racks, cooling and cabling for the cluster and storage.",
                 ("datacentre", "config")),
    FacilitySpec("WLC-RSE", "Research Software Engineering Group", "computing", RC,
                 "Software engineers who write and maintain research code; the RSE team.",
                 ("rsepy", "git", "ci")),
    FacilitySpec("WLC-RDS", "Research Data Service", "service", RC,
                 "Data management plans, deposit and DOIs.", ("rdmadvice", "dmp", "deposit")),
    FacilitySpec("WLC-STORE", "Research Storage Platform", "computing", RC,
                 "Ceph storage, tape backup and Globus transfers.",
                 ("storage", "backup", "transfer")),
    FacilitySpec("WLC-TRE", "Secure Research Data Environment", "computing", RC,
                 "A safe haven for sensitive research data.", ("tre",)),
    FacilitySpec("WLC-NB", "Notebook and Cloud Service", "computing", RC,
                 "Hosted notebooks and research virtual machines.", ("jupyter", "cloud")),
    FacilitySpec("WLC-MODEL", "Coldharbour Architecture Model Workshop", "workshop", SABE,
                 "Laser cutters and benches for student models; the model shop.",
                 ("archmodels", "lasercut", "sitemodels")),
    FacilitySpec("WLC-FAB", "Coldharbour Digital Fabrication Laboratory", "workshop", SABE,
                 "CNC routers and industrial robot arms; the fab lab.",
                 ("cnc", "robot", "parametric")),
    FacilitySpec("WLC-HALL", "Construction Hall", "workshop", SABE,
                 "Full-scale timber, concrete and steel prototypes.",
                 ("timber", "casting", "metalfab")),
    FacilitySpec("WLC-BPL", "Building Physics Laboratory", "laboratory", SABE,
                 "A guarded hot box, heat flux and moisture measurement.",
                 ("uvalue", "hotbox", "hygro")),
    FacilitySpec("WLC-BPM", "Building Performance Monitoring Service", "service", SABE,
                 "Blower doors, thermal cameras and sensor kits for field studies.",
                 ("airtight", "thermog", "iaq")),
    FacilitySpec("WLC-CLIM", "Coldharbour Climatic Chambers", "laboratory", SABE,
                 "Walk-in chambers for temperature, humidity, UV and frost.",
                 ("climchamber", "weathering", "freezethaw")),
    FacilitySpec("WLC-ANE", "Wenlowe Anechoic Chamber", "laboratory", SABE,
                 "A full anechoic chamber and the acoustic calibration bench.",
                 ("anechoic", "slmcal")),
    FacilitySpec("WLC-REV", "Reverberation and Transmission Suite", "laboratory", SABE,
                 "Coupled reverberation rooms for absorption and sound insulation.",
                 ("reverb", "insulation")),
    FacilitySpec("WLC-AUR", "Room Acoustics and Auralisation Studio", "studio", SABE,
                 "A loudspeaker array for listening to modelled rooms.",
                 ("auralisation", "roomac")),
    FacilitySpec("WLC-GEO", "Geomatics Store", "service", SABE,
                 "Total stations, levels and GNSS receivers on loan to students.",
                 ("surveykit", "totalstation", "gnss")),
    FacilitySpec("WLC-SCAN", "Laser Scanning and Drone Unit", "service", SABE,
                 "Terrestrial laser scanners and survey drones.", ("tls", "pointcloud", "drone")),
    FacilitySpec("WLC-BIM", "Coldharbour BIM Studio", "computing", SABE,
                 "Revit, Navisworks and a common data environment for students.",
                 ("revit", "clash", "cde")),
    FacilitySpec("WLC-PRINT", "Library Print and Bindery", "service", LIBSC,
                 "Plotters for architecture boards and binding of theses.",
                 ("plotting", "bindery")),
)

GIVEN = """Tamsin-Grace Philippa-Rose Rufus-Edward Leonie-Mae Barnabas Rosalind-Jane Marcella
Ailbhe-Rose Tadhg-Michael Eilidh-Jane Iain-Ruaridh Morag-Ann Catriona-Mhairi Dyfrig Gethin-Wyn
Sioned-Haf Cerian Olamide-Grace Adaeze-Kemi Yetunde-Rose Kwame-Osei Nana-Akua Shazia-Noor
Faisal-Rehman Jaspreet-Kaur Gurdeep-Singh Ying-Yue Jia-Hui Zhen-Yu Mei-Xin Wei-Ming Thi-Lan
Bożena-Ann Jadwiga-Maria Vítězslav Gyöngyi Zsófia-Ann Imre-János Mihály Friedhelm Gudrun-Anne
Jutta-Marie Eberhard Gerrit-Jan Maarten-Joost Annelies-Rose Solveig-Marie Ingvild Åsmund Halvard
Sigurd-Lars Gianluca-Rossi Ludovica Maddalena-Rose Fulgencio Montserrat-Anna Ximena-Rose
Joaquina Ottilie-Jane Peregrine-Lee Cosmo-James Isadora-Belle Evander-Rhys Thaddeus-John
Crispin-Hugh Araminta-Lou Hyacinth-May Florian-Luc Octavius-Ray Eluned-Fflur Oluwaseun-Tobi
Chidinma-Ada Babajide-Femi Mehreen-Zara Rukhsana-Bibi Imtiaz-Ali Sukhwinder-Kaur
Manpreet-Singh Zbigniew-Jan Grzegorz-Adam Wiesław-Piotr Jaroslava-Eva Hannelore-Sue
Torstein-Erik Benedetta-Rose Saverio-Luca Inmaculada-Sol Xoán-Carlos Mirabel-Kate Tobiah
Aethelind Eglantine Ptolemy-Jack""".split()
FAMILY = """Witheridge Pennycuick Hetherington-Swift Scholefield Mawdsley-Grant Ormerod-Hale
Lumb-Dawson Cockcroft-Ives Sugden-Pryce Rushworth-Lea Pinchbeck Thirkettle Bedingfield-Ross
Loveday-Hurst Summerscales Wilberforce-Oakes Catchpole-Reid Fairbrass Jellicoe-Hart Carveth-Rowe
Nankivell Tresidder Penrose-Coad Angwin Kitto-Pascoe Ashworth-Lund Gledhill-Moore Sagar-Holt
Nuttall-Ward Uttley-Crane Akhtar-Dale Chaudhry-Mills Siddiqui-Grey Mahmood-Pike Qureshi-Lowe
Anwar-Thorne Dhaliwal-Ross Sandhu-Hart Gill-Rennie Adeleke-Rowe Babatunde-Fox Okafor-Lind
Asante-Grey Owusu-Blake Appiah-Moss Darko-Reed Mensah-Pryor Zhao-Whitfield Xu-Hargreaves
Liang-Osborne Zhu-Pemberton Phạm-Ellis Lý-Carter Nowicka-Bell Kamińska-Hill Dvořák-Lane
Horák-Young Novotná-Price Kovács-Hale Tóth-Ryder Nagy-Fairfax Schäfer-Lowe Hoffmann-Rees
Krüger-Bell Vogel-Harte Dijkstra-Moss Kristiansen-Ord Haugland Rønning-Price Esposito-Vane
Bianchi-Holt Ferraro-Lea Castellanos-Hart Iglesias-Ward Okonkwo-Tarrant
Nwachukwu-Hale""".split()
FAMILY += ["Ruiz de Alda", "Van den Bosch-Hale", "Mac an tSaoi", "de Courcy-Ireland"]

COLDHARBOUR = Site("Wenlowe University, Division of Libraries, Museums and Research Computing "
                   "and School of Architecture and Built Environment", "WLC", "wenlowe.ac.uk",
                   CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
