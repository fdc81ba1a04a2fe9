"""Aldwick University's School of Forensic Science and Policing at Stanegate: a twenty-fourth
fictitious institution, for ``heldout26``.

Aldwick University is a fictitious English university; its School of Forensic Science and
Policing sits on the Stanegate site, a school of its own with a crime scene house, a burn hall, a
ballistics range and taphonomy plots beside its laboratories, and it does casework for police
forces as well as teaching. Its technicians are scene examiners, forensic scientists and
analysts, fingerprint and marks examiners, firearms and fire investigators, anthropologists,
digital and video analysts, evidence officers, policing simulation staff and the school's own
workshop, stores, quality and safety staff: a crime scene house and a vehicle examination bay, an
outdoor search area, a forensic DNA laboratory under ISO 17025 and its capillary electrophoresis
room, a forensic biology screening laboratory, a fingermark enhancement laboratory and a
fingerprint bureau training room, a marks and impressions laboratory, a ballistics range, a
firearms examination laboratory and a gunshot residue laboratory, a forensic toxicology
laboratory, a drugs analysis laboratory and a controlled drugs vault, a burn hall and a fire
debris laboratory, a taphonomy facility, an osteology laboratory and an entomology insectary, a
digital forensics laboratory and a mobile device laboratory, a questioned documents laboratory,
a trace evidence laboratory and a forensic microscopy suite, an evidence store and its drying
room, a forensic imaging studio and a 3D scene capture unit, a CCTV and video analysis
laboratory, a moot court, a Hydra simulation suite, a custody and interview training suite, a
driving simulator and an intelligence analysis laboratory, the forensic quality office, the
workshop, the stores, the safety office and the training centre.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute nor a food science and
nutrition institute, but a university's school of forensic science and policing on its own site
(1,200 scene examiners, DNA analysts, fingerprint, marks, firearms, fire, drugs and toxicology
examiners, anthropologists, digital, video and intelligence analysts, evidence officers,
imaging technicians, policing simulation staff, quality, workshop, stores and safety staff and
managers in the directory), unlike the institutions before it (Northgate, Tarnside,
Calderbridge, Inverallan, Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down,
Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor,
Hallowfield's Saltergate, Wenlowe's Coldharbour, Marlbridge's Furnace Lane, Ravensholt's Kestrel
Park, Corrisdale's Vennell, Thornbury's Saltmarsh Point, Loxbrook's Cressfield). Hollinsmoor's
and Harbourne's crime scene houses were a few rooms of a chemistry or applied sciences school:
here forensic casework, its accreditation and the training of police officers are the whole
school.

Its HR system knows a person's skills from the school's ISO 17025 method authorisation log, where
no one may use a method on casework or teach it before they are authorised for it: the export
writes a person's skills as their authorisations:
"<skill> [FS-<area>-<nn> v<version>] <status>, witnessed by <role> <MM/YYYY>". The area is the
log's (CSI scenes and the vehicle bay, DNA the DNA laboratory, BIO biology screening, FPR
fingermarks, MRK marks and impressions, FAR firearms and ballistics, TOX toxicology, DRG drugs, FIR
fire and explosives, ANT anthropology and taphonomy, DIG digital forensics, DOC questioned
documents, TRC trace evidence, EVS the evidence store, IMG forensic imaging, CCT CCTV and video,
CRT the moot court, POL policing simulation, QMS quality, WKS the workshop, STR the stores, SAF
safety, MGT management), the method's number in it (01 to 12) and its version (v1 to v4); the
status is the authorisation's ("authorised for casework", "authorised under supervision",
"authorised for teaching only" or "authorisation suspended"); then the role that witnessed the
authorisation (each area its own two, e.g. "DNA Technical Lead" or "Quality Manager" for DNA,
"Firearms Technical Lead" or "Range Conducting Officer" for FAR) and the month it was witnessed
(2020 to 2026). The skill comes first; all of the fields follow from the text, so the generator
stays deterministic, and they can sit oddly beside a person's level (the bundle's level column)
or the skill, as such logs do: "Booking couriers for samples [FS-STR-05 v2] authorised for
casework, witnessed by Stores Manager 04/2023". Beside those, rows the staff typed into the
skills survey are their own: lower-case, lab slang and kit names ("quants on the 7500",
"crime-lite searches"). Some are written as no technician taxonomy is likely to write them (role
player bookings, the tea kitty). Facilities have names, aliases (in the name or the description)
and role holders. Concept keys are the evaluation's own, not the taxonomy's ids (written after
the names were labelled, so by someone who had read ``taxonomies/skills.csv``, never the matcher
or the engine). Generated by the same deterministic generator as Northgate
(``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["AREAS", "AREA_ROLES", "LOG", "PEOPLE", "ROLES", "SEED", "STANEGATE", "STATUSES"]

PEOPLE, SEED = 1200, 26104     # tests.heldout.institution.generate(PEOPLE, SEED, STANEGATE)
# each log area and the two roles that may witness a person's authorisation in it
AREA_ROLES: dict[str, tuple[str, str]] = {
    "CSI": ("Crime Scene Manager", "Scene Examination Lead"),
    "DNA": ("DNA Technical Lead", "Quality Manager"),
    "BIO": ("Forensic Biology Lead", "DNA Technical Lead"),
    "FPR": ("Fingerprint Bureau Lead", "Senior Fingerprint Expert"),
    "MRK": ("Marks Technical Lead", "Senior Fingerprint Expert"),
    "FAR": ("Firearms Technical Lead", "Range Conducting Officer"),
    "TOX": ("Toxicology Technical Lead", "Quality Manager"),
    "DRG": ("Drugs Technical Lead", "Controlled Drugs Licensee"),
    "FIR": ("Fire Investigation Lead", "Burn Hall Safety Officer"),
    "ANT": ("Taphonomy Facility Lead", "HTA Designated Individual"),
    "DIG": ("Digital Forensics Lead", "Information Security Officer"),
    "DOC": ("Questioned Documents Lead", "Quality Manager"),
    "TRC": ("Trace Evidence Lead", "Microscopy Manager"),
    "EVS": ("Evidence Store Manager", "Quality Manager"),
    "IMG": ("Forensic Imaging Lead", "Scene Examination Lead"),
    "CCT": ("Video Analysis Lead", "Digital Forensics Lead"),
    "CRT": ("Moot Court Coordinator", "Head of Forensic Practice"),
    "POL": ("Policing Simulation Lead", "Head of Policing Studies"),
    "QMS": ("Quality Manager", "Head of Forensic Practice"),
    "WKS": ("Workshop Manager", "Head of Technical Services"),
    "STR": ("Stores Manager", "Evidence Store Manager"),
    "SAF": ("School Safety Manager", "Head of Technical Services"),
    "MGT": ("Head of Technical Services", "Head of School"),
}
AREAS = tuple(AREA_ROLES)
STATUSES = ("authorised for casework", "authorised under supervision",
            "authorised for teaching only", "authorisation suspended")
ROLES = tuple(dict.fromkeys(r for roles in AREA_ROLES.values() for r in roles))
# an authorisation as the log's export writes it: the skill, the method code (area, number,
# version), the status, the role that witnessed it and the month
LOG = re.compile(r"^(\S.*\S) \[FS-(" + "|".join(AREAS) + r")-(\d{2}) v([1-4])\] ("
                 + "|".join(STATUSES) + r"), witnessed by ("
                 + "|".join(re.escape(r) for r in ROLES) + r") (\d{2})/(\d{4})$")


def _log(area: str) -> Callable[[str], str]:
    """The method authorisation log's writer for one area: the method number and version, the
    status, the witnessing role and the month, all following from the text (two in five
    authorised for casework, the rest under supervision, for teaching only or suspended)."""
    roles = AREA_ROLES[area]

    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        method = 1 + (s // 3 + n) % 12
        version = 1 + (s // 11 + n) % 4
        role = roles[(s // 7 + n) % 2]
        status = (STATUSES[0],) * 2 + STATUSES[1:]
        month, year = 1 + (s // 13 + n) % 12, 2020 + (s // 17) % 7
        return (f"{text} [FS-{area}-{method:02d} v{version}] {status[(s // 5 + n) % 5]}, "
                f"witnessed by {role} {month:02d}/{year}")
    return line


(CSI, DNA, BIO, FPR, MRK, FAR, TOX, DRG, FIR, ANT, DIG, DOC, TRC, EVS, IMG, CCT, CRT, POL, QMS,
 WKS, STR, SAF, MGT) = (_log(a) for a in AREAS)

# concept key -> HR spellings (the first is the authorisation log's row; the other is a row the
# staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # the crime scene house, the vehicle bay and outdoor scenes
    "sceneexam": (CSI("Processing indoor scenes in the scene house"), "scene house exercises"),
    "vehiclebay": (CSI("Examining cars in the vehicle bay"), "car exams on the ramp"),
    "outdoorsearch": (CSI("Searching outdoor deposition sites"), "line searches outdoors"),
    "contamination": (CSI("Scene contamination control"), "scene suits and masks"),
    "bpa": (CSI("Interpreting bloodstain patterns"), "blood spatter work"),
    "als": (CSI("Searching scenes with Crime-lite light sources"), "crime-lite searches"),
    "scenemgmt": (CSI("Managing scenes and forensic strategy"), "csm exercises"),
    "recovery": (CSI("Recovering and packaging evidence at scenes"), "bagging items at scenes"),
    # the forensic DNA laboratory
    "dnaextract": (DNA("Extracting DNA from casework items"), "casework extractions"),
    "quant": (DNA("Quantifying DNA by qPCR for casework"), "quants on the 7500"),
    "str": (DNA("Amplifying STR profiles for casework"), "str amp set ups"),
    "ce": (DNA("Running the genetic analyser for STR profiles"), "3500xl runs"),
    "mixtures": (DNA("Interpreting DNA mixtures"), "mixture interpretation"),
    "ystr": (DNA("Y-STR and mitochondrial DNA analysis"), "yfiler plus runs"),
    "cleanroom": (DNA("Working in the DNA clean suite"), "clean suite gowning"),
    "rapiddna": (DNA("Rapid DNA profiling"), "rapid dna demos"),
    # biology screening
    "bloodscreen": (BIO("Screening items for blood"), "km and lmg tests"),
    "semen": (BIO("Searching for semen and spermatozoa"), "sperm searches"),
    "saliva": (BIO("Testing for saliva"), "saliva tests on cups"),
    "hairbio": (BIO("Recovering hairs for DNA"), "hair picks for dna"),
    # fingermarks
    "powders": (FPR("Powdering and lifting fingermarks"), "brush and lift"),
    "superglue": (FPR("Cyanoacrylate fuming of exhibits"), "fuming cabinet runs"),
    "aminoacid": (FPR("Ninhydrin, DFO and indandione treatments"), "indandione on paper"),
    "vmd": (FPR("Vacuum metal deposition of fingermarks"), "vmd chamber runs"),
    "comparison": (FPR("Comparing and identifying fingerprints"), "ace-v practice"),
    "tenprint": (FPR("Taking tenprints and palm prints"), "inking prints"),
    "bloodmarks": (FPR("Enhancing fingermarks in blood"), "acid black on bloody prints"),
    # marks and impressions
    "footwear": (MRK("Examining footwear marks"), "shoe mark work"),
    "toolmarks": (MRK("Examining tool marks"), "tool mark casts"),
    "tyres": (MRK("Examining tyre marks"), "tyre track casts"),
    "physfit": (MRK("Physical fit examinations"), "fracture matching"),
    # firearms and ballistics
    "testfire": (FAR("Test firing firearms into the recovery tank"), "tank test fires"),
    "bulletcomp": (FAR("Comparing fired bullets and cartridge cases"),
                   "comparison scope work on cases"),
    "gsr": (FAR("Analysing gunshot residue"), "gsr stub analysis"),
    "weaponsafe": (FAR("Making firearms safe and handling them"), "weapon safety checks"),
    "range": (FAR("Running the indoor ballistics range"), "range officer duties"),
    "wound": (FAR("Wound ballistics in gelatin"), "gel block shots"),
    "serial": (FAR("Restoring erased serial numbers"), "serial number etching"),
    # toxicology
    "toxscreen": (TOX("Screening blood and urine for drugs"), "tox screening on the lcms"),
    "alcohol": (TOX("Measuring alcohol in blood and urine"), "blood alcohol runs"),
    "hairtox": (TOX("Testing hair for drugs"), "hair drug testing"),
    "immunoassay": (TOX("Immunoassay drug screening"), "drug elisa plates"),
    "pmtox": (TOX("Post-mortem toxicology"), "pm tox work"),
    # drugs
    "drugid": (DRG("Identifying seized drugs"), "drug id runs"),
    "purity": (DRG("Quantifying drug purity"), "purity quants"),
    "colourtests": (DRG("Colour tests on suspected drugs"), "presumptive drug kits"),
    "cannabis": (DRG("Examining cannabis plants and resin"), "cannabis exhibits"),
    "nps": (DRG("Identifying novel psychoactive substances"), "nps work"),
    "cdlicence": (DRG("Controlled drug licence and register duties"), "cd register upkeep"),
    # fire and explosives
    "fireinv": (FIR("Investigating fire scenes in the burn hall"),
                "fire scene digs in the burn hall"),
    "burns": (FIR("Running compartment fire burns"), "compartment burns"),
    "firedebris": (FIR("Analysing fire debris for accelerants"), "fire debris gcms"),
    "arcmap": (FIR("Arc mapping electrical fires"), "arc surveys"),
    "explosives": (FIR("Examining explosives residues"), "explosive residue work"),
    # anthropology and taphonomy
    "skeletal": (ANT("Analysing human skeletal remains"), "skeletal analysis for cases"),
    "graves": (ANT("Excavating and recording graves"), "grave digs"),
    "taphonomy": (ANT("Running taphonomy experiments"), "decomp trials"),
    "entomology": (ANT("Rearing and identifying forensic insects"), "maggot rearing"),
    "osteocoll": (ANT("Curating the human osteology collection"), "osteology collection care"),
    "gpr": (ANT("Ground penetrating radar over burials"), "gpr over grave plots"),
    # digital forensics
    "diskimaging": (DIG("Imaging hard drives for evidence"), "drive imaging with tableau bridges"),
    "mobile": (DIG("Extracting and analysing mobile phones"), "phone downloads"),
    "compforensics": (DIG("Analysing computers with forensic tools"), "axiom and x-ways"),
    "memory": (DIG("Memory forensics"), "volatility on ram dumps"),
    "vehicledig": (DIG("Extracting data from vehicles and drones"), "berla and drone pulls"),
    "labnet": (DIG("Running the isolated forensic network"), "forensic network upkeep"),
    "osint": (DIG("Open source investigation"), "osint work"),
    # questioned documents
    "handwriting": (DOC("Comparing handwriting and signatures"), "handwriting exams"),
    "esda": (DOC("ESDA for indented writing"), "esda runs"),
    "vsc": (DOC("Examining documents on the VSC"), "vsc 8000 work"),
    "counterfeit": (DOC("Examining counterfeit documents and banknotes"),
                    "fake passports and notes"),
    # trace evidence and microscopy
    "fibres": (TRC("Examining textile fibres"), "fibre exams"),
    "msp": (TRC("Microspectrophotometry of fibres"), "msp spectra"),
    "glass": (TRC("Measuring glass fragments by GRIM"), "grim3 runs"),
    "paint": (TRC("Comparing paint samples"), "paint chips"),
    "hair": (TRC("Comparing hairs microscopically"), "hair microscopy"),
    "soilpollen": (TRC("Soil and pollen as trace evidence"), "soil and pollen traces"),
    "taping": (TRC("Tape lifting garments for trace"), "tape lifts off clothing"),
    # the evidence store
    "booking": (EVS("Booking exhibits into the evidence store"), "booking in exhibits"),
    "continuity": (EVS("Keeping exhibit continuity records"), "continuity logs"),
    "packaging": (EVS("Packaging and sealing evidence"), "evidence bags and seals"),
    "drying": (EVS("Drying wet exhibits"), "drying cabinets for exhibits"),
    "retention": (EVS("Retaining and disposing of exhibits"), "exhibit disposals"),
    # forensic imaging
    "scenephoto": (IMG("Photographing scenes and exhibits"), "scene photos"),
    "markphoto": (IMG("Photographing marks for comparison"), "mark photos with scales"),
    "laserscan": (IMG("Laser scanning scenes"), "faro scans"),
    "uvir": (IMG("Ultraviolet and infrared forensic photography"), "uv ir imaging"),
    "drone": (IMG("Flying drones over scenes"), "drone mapping of scenes"),
    "photogram": (IMG("Photogrammetry for scene reconstruction"),
                  "photogrammetry models of scenes"),
    # CCTV and video
    "cctv": (CCT("Recovering CCTV from recorders"), "cctv downloads"),
    "videoenh": (CCT("Enhancing CCTV footage"), "amped five work"),
    "bwvideo": (CCT("Managing body-worn video"), "bodycam downloads"),
    "imagecomp": (CCT("Comparing images of people and vehicles"), "image comparisons"),
    "anpr": (CCT("Analysing ANPR data"), "anpr hits"),
    # the moot court
    "expert": (CRT("Giving expert evidence"), "expert evidence practice"),
    "statements": (CRT("Writing forensic statements for court"), "statement writing"),
    "moottrials": (CRT("Running mock trials"), "mock trial days"),
    # policing simulation
    "hydra": (POL("Running Hydra simulations"), "hydra syndicate days"),
    "interviewing": (POL("Investigative interviewing to the PEACE model"), "peace interviews"),
    "custodysuite": (POL("Running the simulated custody suite"), "custody suite role plays"),
    "roleplay": (POL("Coordinating role players for exercises"), "role player bookings"),
    "i2": (POL("Charting intelligence in i2"), "i2 link charts"),
    "drivingsim": (POL("Running the police driving simulator"), "driving simulator sessions"),
    "interviewrec": (POL("Running the interview recording suites"), "interview room recordings"),
    # quality
    "iso17025": (QMS("Keeping ISO 17025 accreditation"), "ukas prep"),
    "validation": (QMS("Validating forensic methods"), "method validation work"),
    "proficiency": (QMS("Running proficiency tests"), "pt rounds"),
    "audit": (QMS("Auditing the forensic laboratories"), "forensic lab audits"),
    "ncr": (QMS("Handling nonconformities and corrective actions"), "ncr write ups"),
    "sops": (QMS("Writing SOPs for forensic methods"), "sop drafting for methods"),
    "calibration": (QMS("Calibrating pipettes, balances and thermometers"), "pipette checks"),
    "uncertainty": (QMS("Estimating measurement uncertainty"), "mu budgets"),
    # the workshop
    "props": (WKS("Building scene props and sets"), "prop building"),
    "joinery": (WKS("Joinery for the scene house"), "scene house carpentry"),
    "fabrication": (WKS("Welding and fabrication for the range and burn hall"),
                    "steelwork for the burn hall"),
    "printing3d": (WKS("3D printing evidence replicas"), "3d prints for court"),
    "lift": (WKS("Inspecting the vehicle lift and lifting gear"), "lifting gear checks"),
    "pat": (WKS("Testing portable electrical equipment"), "pat tests on kit"),
    # the stores
    "ordering": (STR("Ordering forensic consumables"), "consumables orders"),
    "stock": (STR("Controlling stock in the forensic stores"), "stock counts in the stores"),
    "courier": (STR("Booking couriers for samples"), "sample couriers"),
    "chemstore": (STR("Running the chemical store"), "chemical store upkeep"),
    "scenekits": (STR("Making up scene kits"), "scene kit restocks"),
    # safety
    "risk": (SAF("Risk assessing practical exercises"), "exercise risk assessments"),
    "coshh": (SAF("COSHH assessments for forensic chemicals"), "coshh paperwork for the labs"),
    "biohazard": (SAF("Handling biohazardous exhibits safely"), "biohazard handling"),
    "waste": (SAF("Disposing of clinical and chemical waste"), "sharps and clinical waste bins"),
    "firstaid": (SAF("First aid duties"), "first aider for the school"),
    "firewarden": (SAF("Fire warden duties"), "fire warden rota"),
    "hta": (SAF("Human Tissue Act compliance for remains"), "hta licence upkeep"),
    "lev": (SAF("Testing fume cupboards and extraction"), "fume cupboard face velocity tests"),
    # management and the rest
    "linemgmt": (MGT("Line managing forensic technicians"), "running the forensic tech team"),
    "practicals": (MGT("Preparing forensic practical classes"),
                   "practical prep for forensic classes"),
    "projects": (MGT("Supporting student forensic projects"), "project student help"),
    "budget": (MGT("Managing the technical budget"), "tech budget"),
    "police": (MGT("Liaising with police forces"), "force liaison"),
    "outreach": (MGT("Running forensic outreach events"), "outreach days"),
    "cpd": (MGT("Running CPD courses for police staff"), "police cpd courses"),
    "casework": (MGT("Managing commercial casework"), "commercial casework"),
    "demonstrating": (MGT("Demonstrating in forensic practicals"), "demonstrating in practicals"),
    "timetable": (MGT("Timetabling the school's laboratories"), "room timetables"),
    "teakitty": (MGT("Running the school tea kitty"), "tea kitty"),
    "actors": (POL("Paying role players their expenses"), "actor expenses"),
}

CSIDIV = "Crime Scene Science Division"
LABS = "Forensic Laboratory Services"
IDENT = "Identification and Marks Division"
FIREARMS = "Firearms, Fire and Explosives Division"
ANTHRO = "Forensic Anthropology Division"
DIGITAL = "Digital and Video Forensics Division"
EVIDENCE = "Evidence and Quality Office"
POLICING = "Policing Studies Division"
TECH = "School Technical Services"
SAFETY = "School Safety Office"

GROUPS = (
    Group("scene", 8, (CSIDIV,), ("Crime Scene Technician", "Scene Examination Instructor",
                                  "CSI Tutor (Technical)"),
          ("sceneexam", "vehiclebay", "recovery", "contamination", "bpa", "als", "outdoorsearch",
           "scenemgmt", "scenekits"),
          "Runs the crime scene house, the vehicle bay and outdoor scenes."),
    Group("dna", 6, (LABS,), ("Forensic DNA Technician", "DNA Analyst",
                              "Reporting Officer (DNA)"),
          ("dnaextract", "quant", "str", "ce", "mixtures", "cleanroom", "ystr", "rapiddna",
           "calibration"),
          "Extracts, amplifies and interprets DNA for casework and teaching."),
    Group("biology", 3, (LABS,), ("Forensic Biology Technician", "Screening Scientist"),
          ("bloodscreen", "semen", "saliva", "hairbio", "taping", "dnaextract"),
          "Screens items for blood, semen and saliva."),
    Group("fingerprints", 5, (IDENT,), ("Fingerprint Enhancement Technician",
                                        "Fingerprint Examiner (Training)"),
          ("powders", "superglue", "aminoacid", "vmd", "comparison", "tenprint", "bloodmarks"),
          "Develops, images and compares fingermarks."),
    Group("marks", 3, (IDENT,), ("Marks Examiner", "Footwear Technician"),
          ("footwear", "toolmarks", "tyres", "physfit", "markphoto"),
          "Recovers and compares footwear, tool and tyre marks."),
    Group("firearms", 4, (FIREARMS,), ("Firearms Technician", "Ballistics Range Technician"),
          ("testfire", "bulletcomp", "weaponsafe", "range", "gsr", "wound", "serial"),
          "Runs the ballistics range and examines firearms."),
    Group("toxicology", 4, (LABS,), ("Toxicology Technician", "Forensic Toxicologist"),
          ("toxscreen", "alcohol", "immunoassay", "hairtox", "pmtox", "validation",
           "uncertainty"),
          "Screens and measures drugs and alcohol in body fluids and hair."),
    Group("drugs", 4, (LABS,), ("Drugs Analyst", "Controlled Drugs Technician"),
          ("drugid", "purity", "colourtests", "cannabis", "nps", "cdlicence"),
          "Identifies seized drugs and keeps the controlled drugs register."),
    Group("fire", 4, (FIREARMS,), ("Fire Investigation Technician", "Burn Hall Technician"),
          ("fireinv", "burns", "firedebris", "arcmap", "explosives", "fabrication"),
          "Builds and burns rooms in the burn hall and analyses fire debris."),
    Group("anthro", 4, (ANTHRO,), ("Forensic Anthropology Technician", "Taphonomy Technician"),
          ("skeletal", "graves", "taphonomy", "entomology", "osteocoll", "gpr", "hta"),
          "Looks after the osteology collection, the taphonomy plots and the insectary."),
    Group("digital", 6, (DIGITAL,), ("Digital Forensics Technician", "Digital Forensic Analyst"),
          ("diskimaging", "mobile", "compforensics", "memory", "vehicledig", "labnet", "osint"),
          "Images and analyses phones, computers, vehicles and drones."),
    Group("documents", 2, (IDENT,), ("Questioned Documents Technician",),
          ("handwriting", "esda", "vsc", "counterfeit"),
          "Examines handwriting, indented writing and forged documents."),
    Group("trace", 4, (LABS,), ("Trace Evidence Technician", "Forensic Microscopist"),
          ("fibres", "taping", "msp", "glass", "paint", "hair", "soilpollen"),
          "Recovers and compares fibres, glass, paint, hair and soil."),
    Group("evidence", 4, (EVIDENCE,), ("Evidence Officer", "Exhibits Technician"),
          ("booking", "continuity", "packaging", "drying", "retention", "courier"),
          "Books, stores and tracks the school's exhibits."),
    Group("imaging", 3, (CSIDIV, DIGITAL), ("Forensic Photographer", "Imaging Technician"),
          ("scenephoto", "markphoto", "laserscan", "uvir", "drone", "photogram"),
          "Photographs, scans and maps scenes and exhibits."),
    Group("video", 3, (DIGITAL,), ("CCTV Analyst", "Video Forensics Technician"),
          ("cctv", "videoenh", "bwvideo", "imagecomp", "anpr"),
          "Recovers, enhances and compares CCTV and body-worn video."),
    Group("court", 2, (POLICING, EVIDENCE), ("Moot Court Technician",),
          ("moottrials", "expert", "statements", "interviewrec"),
          "Runs the moot court and mock trials."),
    Group("policing", 7, (POLICING,), ("Policing Simulation Technician", "Immersive Learning "
                                       "Technician", "Custody Suite Technician"),
          ("hydra", "interviewing", "custodysuite", "roleplay", "i2", "drivingsim",
           "interviewrec", "actors"),
          "Runs Hydra, the custody suite, the interview suites and the driving simulator."),
    Group("quality", 3, (EVIDENCE,), ("Quality Officer (Forensic)", "Quality Assurance Technician"),
          ("iso17025", "validation", "uncertainty", "proficiency", "audit", "ncr", "sops",
           "calibration"),
          "Keeps the school's methods accredited to ISO 17025."),
    Group("workshop", 3, (TECH,), ("Workshop Technician", "Scenic and Props Technician"),
          ("props", "joinery", "fabrication", "printing3d", "lift", "pat", "lev"),
          "Builds props, sets and fixtures for the scenes, range and burn hall."),
    Group("stores", 3, (TECH,), ("Stores Technician", "Stores and Logistics Assistant"),
          ("ordering", "stock", "courier", "chemstore", "scenekits"),
          "Orders and issues consumables and scene kits."),
    Group("safety", 2, (SAFETY,), ("School Safety Adviser",),
          ("risk", "coshh", "biohazard", "waste", "hta", "lev", "firewarden"),
          "Advises on scene, range, burn hall and laboratory safety."),
    Group("management", 5, (CSIDIV, LABS, DIGITAL, POLICING, TECH),
          ("Technical Manager", "Laboratory Manager", "Head of Technical Services"),
          ("linemgmt", "budget", "police", "cpd", "casework", "outreach", "timetable",
           "teakitty"),
          "Manages the school's technical teams, casework contracts and police partners."),
    Group("teaching", 5, (CSIDIV, LABS, POLICING), ("Teaching Technician (Forensic Science)",
                                                    "Practical Classes Technician"),
          ("practicals", "demonstrating", "projects", "sceneexam", "powders", "timetable",
           "outreach"),
          "Prepares the practicals, scenes and exercises for students."),
)
SHARED = ("risk", "coshh", "firstaid", "firewarden", "biohazard", "practicals", "projects",
          "demonstrating", "sops")

FACILITIES = (
    FacilitySpec("ASG-CSH", "Stanegate Crime Scene House", "laboratory", CSIDIV,
                 "A furnished two-storey house for staged scenes; the scene house.",
                 ("sceneexam", "bpa", "als", "recovery", "contamination")),
    FacilitySpec("ASG-VEB", "Vehicle Examination Bay", "laboratory", CSIDIV,
                 "A ramp, a vehicle lift and lighting for examining cars; the vehicle bay.",
                 ("vehiclebay", "lift")),
    FacilitySpec("ASG-OSA", "Stanegate Outdoor Search Area", "laboratory", CSIDIV,
                 "Woodland and scrub for outdoor scenes and line searches.",
                 ("outdoorsearch", "scenemgmt")),
    FacilitySpec("ASG-DNA", "Aldwick Forensic DNA Laboratory", "laboratory", LABS,
                 "An ISO 17025 accredited DNA laboratory with a clean suite; the DNA lab.",
                 ("dnaextract", "quant", "str", "mixtures", "cleanroom")),
    FacilitySpec("ASG-CEL", "Capillary Electrophoresis Room", "instrument", LABS,
                 "Two 3500xL genetic analysers for STR and Y-STR runs.", ("ce", "ystr")),
    FacilitySpec("ASG-BIO", "Forensic Biology Screening Laboratory", "laboratory", LABS,
                 "Searching and presumptive testing of clothing and items; the screening lab.",
                 ("bloodscreen", "semen", "saliva", "hairbio")),
    FacilitySpec("ASG-FPE", "Fingermark Enhancement Laboratory", "laboratory", IDENT,
                 "Fuming cabinets, a VMD chamber and chemical treatments; the fingerprint lab.",
                 ("superglue", "powders", "aminoacid", "vmd", "bloodmarks")),
    FacilitySpec("ASG-FPB", "Fingerprint Bureau Training Room", "laboratory", IDENT,
                 "Comparison workstations and a live scan unit for tenprints.",
                 ("comparison", "tenprint")),
    FacilitySpec("ASG-MRK", "Marks and Impressions Laboratory", "laboratory", IDENT,
                 "Footwear, tool and tyre mark casting, lifting and comparison.",
                 ("footwear", "toolmarks", "tyres", "physfit")),
    FacilitySpec("ASG-BAL", "Stanegate Ballistics Range", "laboratory", FIREARMS,
                 "A 25 metre indoor range with a water recovery tank; the range.",
                 ("range", "testfire", "wound")),
    FacilitySpec("ASG-FAL", "Firearms Examination Laboratory", "laboratory", FIREARMS,
                 "Comparison microscopes, the firearms safe and serial number restoration.",
                 ("bulletcomp", "weaponsafe", "serial")),
    FacilitySpec("ASG-GSR", "Gunshot Residue Laboratory", "instrument", FIREARMS,
                 "A clean room and an SEM with EDX for GSR stubs.", ("gsr",)),
    FacilitySpec("ASG-TOX", "Forensic Toxicology Laboratory", "laboratory", LABS,
                 "LC-MS/MS, headspace GC and immunoassay for blood, urine and hair.",
                 ("toxscreen", "alcohol", "hairtox", "immunoassay", "pmtox")),
    FacilitySpec("ASG-DRG", "Drugs Analysis Laboratory", "laboratory", LABS,
                 "GC-MS, GC-FID and FTIR for seized drugs; the drugs lab.",
                 ("drugid", "purity", "colourtests", "nps")),
    FacilitySpec("ASG-CDV", "Controlled Drugs Vault", "service", LABS,
                 "The licensed store and register for controlled drug exhibits.",
                 ("cdlicence", "cannabis")),
    FacilitySpec("ASG-BRN", "Stanegate Burn Hall", "laboratory", FIREARMS,
                 "Burn cells for compartment fires and fire scene training; the burn rig.",
                 ("fireinv", "burns", "arcmap")),
    FacilitySpec("ASG-FDL", "Fire Debris and Explosives Laboratory", "laboratory", FIREARMS,
                 "Ignitable liquid and explosives residue analysis by ATD-GC-MS.",
                 ("firedebris", "explosives")),
    FacilitySpec("ASG-TAP", "Stanegate Taphonomy Facility", "laboratory", ANTHRO,
                 "Fenced outdoor plots for decomposition research; the body farm.",
                 ("taphonomy", "graves", "gpr")),
    FacilitySpec("ASG-OST", "Forensic Osteology Laboratory", "laboratory", ANTHRO,
                 "The human skeletal collection under HTA licence; the bone lab.",
                 ("skeletal", "osteocoll")),
    FacilitySpec("ASG-ENT", "Forensic Entomology Insectary", "laboratory", ANTHRO,
                 "Blowfly colonies and rearing cabinets for casework insects.",
                 ("entomology",)),
    FacilitySpec("ASG-DFL", "Aldwick Digital Forensics Laboratory", "computing", DIGITAL,
                 "Forensic workstations, write blockers and an isolated network; the DF lab.",
                 ("diskimaging", "compforensics", "memory", "labnet")),
    FacilitySpec("ASG-MDL", "Mobile Device Laboratory", "computing", DIGITAL,
                 "Phone, vehicle and drone extraction kits in a shielded room.",
                 ("mobile", "vehicledig")),
    FacilitySpec("ASG-QDL", "Questioned Documents Laboratory", "laboratory", IDENT,
                 "An ESDA, a VSC and handwriting reference collections.",
                 ("handwriting", "esda", "vsc", "counterfeit")),
    FacilitySpec("ASG-TRC", "Trace Evidence Laboratory", "laboratory", LABS,
                 "Search benches and taping for fibres, glass, paint and soil.",
                 ("fibres", "taping", "paint", "soilpollen")),
    FacilitySpec("ASG-MIC", "Forensic Microscopy Suite", "instrument", LABS,
                 "Comparison and polarising microscopes, an MSP and GRIM3.",
                 ("msp", "glass", "hair")),
    FacilitySpec("ASG-EVS", "Stanegate Evidence Store", "service", EVIDENCE,
                 "Barcoded exhibit storage with freezers and continuity records; the exhibits "
                 "store.", ("booking", "continuity", "packaging", "retention")),
    FacilitySpec("ASG-DRY", "Exhibit Drying Room", "service", EVIDENCE,
                 "Drying cabinets for wet and bloodstained exhibits.", ("drying",)),
    FacilitySpec("ASG-IMG", "Forensic Imaging Studio", "studio", CSIDIV,
                 "Copy stands, UV and IR photography and mark capture; the photo studio.",
                 ("scenephoto", "markphoto", "uvir")),
    FacilitySpec("ASG-3DS", "3D Scene Capture Unit", "instrument", CSIDIV,
                 "Laser scanners, photogrammetry kit and drones for scenes.",
                 ("laserscan", "photogram", "drone")),
    FacilitySpec("ASG-VID", "CCTV and Video Analysis Laboratory", "computing", DIGITAL,
                 "CCTV recovery, enhancement and body-worn video; the video lab.",
                 ("cctv", "videoenh", "bwvideo", "imagecomp")),
    FacilitySpec("ASG-CRT", "Stanegate Moot Court", "teaching", POLICING,
                 "A full courtroom for mock trials and expert witness training.",
                 ("moottrials", "expert", "statements")),
    FacilitySpec("ASG-HYD", "Hydra Simulation Suite", "teaching", POLICING,
                 "Syndicate rooms and a control room for immersive incident exercises.",
                 ("hydra", "roleplay")),
    FacilitySpec("ASG-CUS", "Custody and Interview Training Suite", "teaching", POLICING,
                 "A mock custody desk, cells and recorded interview rooms.",
                 ("custodysuite", "interviewing", "interviewrec")),
    FacilitySpec("ASG-DRV", "Police Driving Simulator Centre", "teaching", POLICING,
                 "Response driving simulators with an instructor station.", ("drivingsim",)),
    FacilitySpec("ASG-INT", "Intelligence Analysis Laboratory", "computing", POLICING,
                 "i2 workstations, ANPR data and open source investigation.",
                 ("i2", "anpr", "osint")),
    FacilitySpec("ASG-QAO", "Forensic Quality Office", "service", EVIDENCE,
                 "ISO 17025 accreditation, validation, audits and proficiency tests.",
                 ("iso17025", "validation", "proficiency", "audit", "ncr")),
    FacilitySpec("ASG-WKS", "Stanegate Technical Workshop", "workshop", TECH,
                 "Joinery, welding and 3D printing for scenes, props and the range.",
                 ("props", "joinery", "fabrication", "printing3d")),
    FacilitySpec("ASG-STR", "Forensic Stores", "service", TECH,
                 "Consumables, scene kits, the chemical store and couriers; the stores.",
                 ("ordering", "stock", "scenekits", "chemstore", "courier")),
    FacilitySpec("ASG-SAF", "School Safety Office", "service", SAFETY,
                 "Risk assessments, COSHH, biohazards and waste for the school.",
                 ("risk", "coshh", "biohazard", "waste")),
    FacilitySpec("ASG-TRN", "Forensic Training and CPD Centre", "teaching", POLICING,
                 "CPD courses for police staff and practical classes for students.",
                 ("cpd", "practicals")),
)

GIVEN = """Nino-Salome Giorgi-Levan Tamar-Nestan Davit-Sandro Keti-Manana Anahit-Lusine
Armen-Tigran Siranush-Arev Hovhannes Gayane-Ani Iñaki-Xabier Edurne-Maite Garazi-Ane Unai-Mikel
Maialen-Irati Nerea-Idoia Ġużeppi-Leli Marija-Doris Ċensu Pawlu-Ray Rúni-Jens Sunneva-Rakul
Bárður-Hans Turið-Ebba Wanjiru-Akinyi Njoki Kamau-Githinji Achieng Tsehay Dawit-Alemu Selamawit
Yonas-Biniam Meskerem Kavitha-Lakshmi Senthil-Murugan Thenmozhi Arulmozhi Vignesh-Raja
Maricel-Joy Jun-Rey Rowena-Joy Bayani-Lito Hoang-Long Thu-Hien-My Minh-Khoa Quang-Vinh Ngoc-Lan
Aroha-Kiri Wiremu-Tane Ngaio Hemi-Rawiri Kiri-Ana Áile-Risten Niillas Máret-Elle Ánde Sunna-Inga
Zviad-Otar Eteri-Manana Lasha Vakhtang-Beso Rusudan Nairi Aram-Vahe Lilit-Narine Koldo
Amaia-Leire""".split()
FAMILY = """Beridze-Chkheidze Kapanadze-Lomidze Tsiklauri-Japaridze Gelashvili-Bakradze
Abashidze-Koridze Hakobyan-Tadevosyan Petrosyan-Avagyan Grigoryan-Sahakyan Mkrtchyan-Galstyan
Etxeberria-Olano Goikoetxea-Urrutia Agirre-Zubizarreta Arrieta Camilleri-Borg Grech Vella-Zammit
Farrugia-Spiteri Joensen-Lamhauge Poulsen-Niclasen Hansen-Debes Kariuki-Mbugua Njoroge-Wambui
Otieno-Achola Ochieng Tesfaye Gebremedhin-Haile Bekele-Worku Alemayehu Subramaniam-Pillai
Rajendran Chandrasekaran Thangavelu-Raman Bautista-Lacson Villanueva-Sison Macaraeg-Dizon
Phạm-Lê Hoàng-Vũ Đặng-Quách Ngata-Rangi Tipene-Horomona Parata Sara-Gaup Utsi Somby-Eira Magga
Lomtadze Sargsyan-Harutyunyan Azpiazu Mifsud-Attard Dahl-Olsen""".split()
FAMILY += ["ap Dafydd-Rees", "van der Walt-Botha", "Te Huia-Walker", "Ó Fearghail-Byrne"]

STANEGATE = Site("Aldwick University, School of Forensic Science and Policing (Stanegate)",
                 "ASG", "aldwick.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
