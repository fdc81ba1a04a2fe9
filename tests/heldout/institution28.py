"""The Skelmouth Maritime Academy with its Hobb Ness Offshore Safety Centre: a twenty-sixth
fictitious institution, for ``heldout28``.

The Skelmouth Maritime Academy is a fictitious nautical college in a North Sea port, a higher
education institution of its own (not a university's faculty) that trains merchant navy deck and
engineer officer cadets, electro-technical officers and ratings under STCW, teaches foundation
degrees, HNDs and degrees in nautical science and marine engineering, and runs commercial short
courses for seafarers and the offshore energy workforce at its Hobb Ness Offshore Safety Centre
across the estuary. Its technicians are simulator, engine hall, electrical, workshop,
seamanship, survival, fire, offshore, boat, tank, laboratory, IT, assessment, stores, safety,
teaching and collections staff: two full mission bridge simulators and the part-task bridges, a
dynamic positioning simulator, a VTS and port operations simulator, an ECDIS and radar suite, a
GMDSS radio room and a planetarium for celestial navigation; an engine room simulator, the
engine hall with its training engines, a high voltage laboratory, an electro-technical
laboratory, a marine refrigeration laboratory and a fuel and lubricant test laboratory; a
machine shop and a fabrication and welding shop; the seamanship deck and rigging loft, the davit
tower and lifeboat station and the crane and cargo handling simulators; the sea survival pool,
the Hobb Ness fire ground and its breathing apparatus room, the maritime medical training room;
the offshore safety centre with its working at height tower and wind turbine nacelle trainer; the
small boat station and the training ship TS Skell Venture; the towing tank and wave basin with
their model workshop; the weather station and the ballast water and marine pollution laboratory
and the oil spill response yard; simulator IT, the e-learning and examination centre and the
STCW assessment office; the stores, the safety office, the cadet teaching laboratories and the
ship model collection.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing nor a school of tropical medicine,
but a maritime academy that trains seafarers (1,200 simulator technicians and instructors,
marine engineering and electrical technicians, workshop, seamanship, sea survival, firefighting
and offshore safety instructors, boat crews and the training ship's crew, tank and laboratory
technicians, IT, assessment, stores, safety, teaching and collections staff and managers in the
directory), unlike the institutions before it (Northgate, Tarnside, Calderbridge, Inverallan,
Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's,
Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate,
Wenlowe's Coldharbour, Marlbridge's Furnace Lane, Ravensholt's Kestrel Park, Corrisdale's
Vennell, Thornbury's Saltmarsh Point, Loxbrook's Cressfield, Aldwick's Stanegate, Kingsdock).
Ardcraig's research vessel and Inverallan's sea survival served marine scientists who go to sea;
Hollinsmoor's airfield and Furnace Lane's hangar trained aircraft engineers: here the ship, its
bridge, its engine room and surviving its loss are the whole academy.

Its HR system knows a person's skills from the academy's research-information system (a
Pure-style CRIS), whose expertise fingerprint lists the concepts a person's equipment records,
activities, projects and outputs carry: the export writes a person's skills as fingerprint
concepts: "<skill> | fingerprint <weight>% | <subject area> | source: <content> <from>-<to>".
The weight is the concept's share of the fingerprint (5 to 100), the subject area the
fingerprint's (nine: Earth & Environmental Sciences, Engineering & Materials Science, Physics &
Astronomy, Social Sciences, Medicine & Life Sciences, Chemistry, Computer Science, Business &
Economics, Arts & Humanities; each of the academy's sections falls under one), the content type
the one the concept comes from (equipment two times in five, activities, projects or outputs)
and the years it spans (from 2017 to 2026, ending 2024-2026). The skill comes first; all of the
fields follow from the text, so the generator stays deterministic, and they can sit oddly beside
a person's level (the bundle's level column) or the skill, as such exports do: "Running the sea
shanty choir | fingerprint 67% | Business & Economics | source: activities 2023-2024". Beside those,
rows the staff typed into the skills survey are their own: lower-case, sim and engine-hall slang
and kit names ("piston pulls", "dunker operator"). Some are written as no technician taxonomy is
likely to write them (the crossing the line day). Facilities have names, aliases (in the name or
the description) and role holders. Concept keys are the evaluation's own, not the taxonomy's ids
(written after the names were labelled, so by someone who had read ``taxonomies/skills.csv``,
never the matcher or the engine). Generated by the same deterministic generator as Northgate
(``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["FINGERPRINT", "PEOPLE", "SEED", "SKELMOUTH", "SOURCES", "SUBJECTS"]

PEOPLE, SEED = 1200, 28117     # tests.heldout.institution.generate(PEOPLE, SEED, SKELMOUTH)
SUBJECTS = ("Earth & Environmental Sciences", "Engineering & Materials Science",
            "Physics & Astronomy", "Social Sciences", "Medicine & Life Sciences", "Chemistry",
            "Computer Science", "Business & Economics", "Arts & Humanities")
SOURCES = ("equipment", "activities", "projects", "outputs")
# a concept of the research-information system's expertise fingerprint as the export writes it:
# the skill, its weight, the fingerprint's subject area, the content it comes from and the years
FINGERPRINT = re.compile(r"^(\S.*\S) \| fingerprint (\d{1,3})% \| ("
                         + "|".join(map(re.escape, SUBJECTS)) + r") \| source: ("
                         + "|".join(SOURCES) + r") (20\d{2})-(20\d{2})$")


def _fingerprint(subject: str) -> Callable[[str], str]:
    """The fingerprint's writer for one subject area: the weight, the content type and the years,
    all following from the text (equipment two times in five)."""

    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        weight = 5 + (s // 3 + n) % 96
        source = ("equipment", "equipment", "activities", "projects", "outputs")[(s // 5 + n) % 5]
        last = 2026 - (s // 11) % 3
        first = last - 1 - (s // 7 + n) % 7
        return f"{text} | fingerprint {weight}% | {subject} | source: {source} {first}-{last}"
    return line


EARTH, ENGINEERING, PHYSICS, SOCIAL, MEDICINE, CHEMISTRY, COMPUTING, BUSINESS, ARTS = (
    _fingerprint(s) for s in SUBJECTS)
# the academy's sections, each under one subject area of the fingerprint
NAV, BOT, ENV = EARTH, EARTH, EARTH
ENG, WKS, OFF = ENGINEERING, ENGINEERING, ENGINEERING
ELE, HYD = PHYSICS, PHYSICS
SEA, ASS, SAF, TCH = SOCIAL, SOCIAL, SOCIAL, SOCIAL
SUR, MED = MEDICINE, MEDICINE
FIR, FOL = CHEMISTRY, CHEMISTRY
SIT = COMPUTING
POR, STR, MGT = BUSINESS, BUSINESS, BUSINESS
COL = ARTS

# concept key -> HR spellings (the first is the fingerprint export's line; the other is a row the
# staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # bridge, navigation and radio
    "bridgesim": (NAV("Bridge simulator operation and exercise control"), "bridge sim nights"),
    "shiphandling": (NAV("Ship handling exercises for masters and pilots"),
                     "pilot sim sessions"),
    "scenario": (NAV("Simulator exercise and scenario design"), "exercise area builds"),
    "ecdis": (NAV("ECDIS training and chart updating"), "enc updates"),
    "radar": (NAV("Radar and ARPA instruction"), "arpa plotting"),
    "gmdss": (NAV("GMDSS radio room and radio courses"), "goc radio consoles"),
    "chartwork": (NAV("Chartwork and tidal working"), "chart corrections"),
    "celestial": (NAV("Celestial navigation and sextants"), "sextant sights"),
    "compass": (NAV("Compass adjustment and gyro systems"), "gyro checks"),
    "dp": (NAV("Dynamic positioning simulator courses"), "dp consoles"),
    "vts": (NAV("VTS and port control simulation"), "vts exercises"),
    "colregs": (NAV("Collision regulations teaching aids"), "lights and shapes board"),
    # the engine room simulator and the engine hall
    "ers": (ENG("Engine room simulator exercises"), "ers fault scenarios"),
    "diesel": (ENG("Marine diesel engine maintenance"), "piston pulls"),
    "trainingengine": (ENG("Running the training engine for cadets"), "training engine runs"),
    "purifiers": (ENG("Fuel and lube oil purifier overhaul"), "purifier bowls"),
    "pumps": (ENG("Marine pump and valve overhaul"), "pump overhauls"),
    "boiler": (ENG("Marine boiler operation"), "boiler firing"),
    "reefer": (ENG("Marine refrigeration plant"), "reefer rig"),
    "steering": (ENG("Steering gear and hydraulic machinery"), "steering gear maintenance"),
    "ows": (ENG("Oily water separator operation"), "ows alarms"),
    "genset": (ENG("Generator set maintenance"), "genset services"),
    "shafting": (ENG("Shaft alignment and stern gear work"), "stern gear"),
    "compressors": (ENG("Starting air compressors"), "air start compressors"),
    # marine electrical and the ETO laboratory
    "hv": (ELE("Marine high voltage systems"), "hv switchboard practicals"),
    "hvsafety": (ELE("High voltage switching and safety rules"), "hv switching programmes"),
    "plc": (ELE("PLC and marine automation"), "plc rigs"),
    "motors": (ELE("Motor and generator maintenance"), "motor repairs"),
    "switchboard": (ELE("Switchboard and generator synchronising"), "sync practicals"),
    "marineelec": (ELE("Marine electronics fault finding"), "bridge electronics repairs"),
    "instr": (ELE("Control and instrumentation loops"), "instrument loops"),
    "pat": (ELE("Portable appliance testing of academy equipment"), "pat testing of cadet kit"),
    "wiring": (ELE("Electrical installation work on training rigs"), "rig wiring"),
    "ups": (ELE("Emergency power and UPS"), "emergency generator tests"),
    # the workshops
    "turning": (WKS("Centre lathe turning for cadets"), "lathe test pieces"),
    "weldingteach": (WKS("Welding and cutting instruction"), "arc welding bays"),
    "fabrication": (WKS("Steel fabrication for training rigs"), "fabricating rig frames"),
    "benchfit": (WKS("Bench fitting instruction"), "fitting test pieces"),
    "cnc": (WKS("CNC machining of replacement parts"), "cnc spares"),
    "hydtrainers": (WKS("Hydraulic and pneumatic trainers"), "hydraulics trainers"),
    "drawing": (WKS("Engineering drawing and CAD for cadets"), "rig drawings"),
    # seamanship, davits, cargo and lifting
    "ropework": (SEA("Ropework and splicing"), "splicing mooring lines"),
    "mooring": (SEA("Mooring and anchoring drills"), "mooring drills"),
    "rigging": (SEA("Rigging and working aloft"), "bosun chair work"),
    "davits": (SEA("Davit and launching appliance maintenance"), "davit tower checks"),
    "lifeboats": (SEA("Survival craft launching and recovery"), "lifeboat drills"),
    "rescueboat": (SEA("Fast rescue boat handling"), "frb launches"),
    "cargosim": (SEA("Cargo handling simulator exercises"), "cargo sim runs"),
    "cranesim": (SEA("Crane simulator and slinging training"), "crane sim"),
    "loler": (SEA("LOLER examination records"), "loler register"),
    "stability": (SEA("Ship stability teaching"), "stability practicals"),
    "deckmaint": (SEA("Deck maintenance with the cadets"), "chipping hammers"),
    # the sea survival pool
    "pst": (SUR("Personal survival techniques courses"), "pst pool sessions"),
    "huet": (SUR("Helicopter underwater escape trainer operation"), "dunker operator"),
    "liferafts": (SUR("Liferaft drills and righting"), "liferaft righting"),
    "poolplant": (SUR("Survival pool plant and water treatment"), "pool plant checks"),
    "waveplant": (SUR("Wave machine and environmental effects"), "wave machine runs"),
    "lifejackets": (SUR("Lifejacket and immersion suit servicing"), "lifejacket checks"),
    "poolcover": (SUR("Pool safety and rescue cover"), "pool rescue cover"),
    # the fire ground
    "firefighting": (FIR("Firefighting course delivery"), "fire ground days"),
    "ba": (FIR("Breathing apparatus maintenance and wearing"), "ba servicing"),
    "smokehouse": (FIR("Smoke house and live fire training"), "smoke runs"),
    "extinguishers": (FIR("Extinguisher servicing and refilling"), "extinguisher checks"),
    "fireprops": (FIR("Gas-fired fire prop maintenance"), "lpg props"),
    # medical
    "efa": (MED("Elementary first aid instruction"), "efa sessions"),
    "medcare": (MED("Medical care at sea courses"), "medical care scenarios"),
    "resus": (MED("Resuscitation and defibrillator training"), "resus manikin cleaning"),
    "medchest": (MED("Medical chest management"), "medical stores checks"),
    # the offshore safety centre
    "bosiet": (OFF("Offshore emergency response training"), "bosiet courses"),
    "gwo": (OFF("Wind turbine safety training"), "gwo bst"),
    "heights": (OFF("Working at height and rescue"), "tower rescue drills"),
    "confined": (OFF("Confined space entry and rescue"), "confined space drills"),
    "h2s": (OFF("Toxic gas awareness training"), "h2s sessions"),
    "nacelle": (OFF("Nacelle trainer upkeep"), "nacelle rig checks"),
    "transfer": (OFF("Personnel transfer training"), "transfer rope swings"),
    # small boats and the training ship
    "ribs": (BOT("Small boat and RIB handling"), "rib driving"),
    "trainingship": (BOT("Training ship crewing"), "ts skell venture crew"),
    "outboards": (BOT("Outboard engine maintenance"), "outboard servicing"),
    "grp": (BOT("Boat hull repair"), "hull patches"),
    "pontoon": (BOT("Pontoon and mooring maintenance"), "pontoon checks"),
    "vhf": (BOT("Marine VHF radio"), "vhf src"),
    # the towing tank and wave basin
    "towtank": (HYD("Towing tank operation"), "carriage runs"),
    "wavebasin": (HYD("Wave basin testing"), "basin waves"),
    "models": (HYD("Model hull construction and ballasting"), "model ballasting"),
    "motion": (HYD("Optical motion tracking of models"), "qualisys tracking"),
    "probes": (HYD("Wave probe and load cell calibration"), "probe calibrations"),
    # weather, ballast water and pollution
    "metstation": (ENV("Rooftop weather station upkeep"), "met station downloads"),
    "weather": (ENV("Meteorology practicals"), "weather map practicals"),
    "ballast": (ENV("Ballast water testing"), "ballast samples"),
    "oilspill": (ENV("Oil spill response exercises"), "boom drills"),
    "emissions": (ENV("Exhaust emissions measurement"), "exhaust gas analysis"),
    "marpol": (ENV("Marine pollution regulations teaching"), "marpol teaching"),
    # port operations and dangerous goods
    "terminalsim": (POR("Port terminal simulator support"), "terminal sim"),
    "imdg": (POR("Dangerous goods by sea"), "imdg classes"),
    "security": (POR("Maritime security drills"), "isps drills"),
    # the fuel and lubricant test laboratory
    "fueltest": (FOL("Fuel and lubricant analysis"), "fuel samples testing"),
    "watertreat": (FOL("Boiler and cooling water treatment tests"), "cooling water tests"),
    # simulator IT, e-learning and exams
    "simnet": (SIT("Simulator networks and servers"), "sim network"),
    "simlicence": (SIT("Simulator software licences"), "licence dongles"),
    "vle": (SIT("Virtual learning environment support"), "moodle admin"),
    "vr": (SIT("Virtual reality training support"), "vr headset setup"),
    "cbt": (SIT("Computer-based certificate exams"), "cbt exams"),
    "av": (SIT("Classroom audio-visual support"), "classroom av"),
    "helpdesk": (SIT("IT helpdesk for cadets and staff"), "it tickets from cadets"),
    "backup": (SIT("Simulator data backups"), "sim backups"),
    # assessment and quality
    "assessing": (ASS("STCW practical assessment"), "assessing on the sims"),
    "approvals": (ASS("Maritime authority course approvals"), "course approval files"),
    "qms": (ASS("Training quality management"), "iso 9001 paperwork"),
    "records": (ASS("Training records and certificates"), "certificate printing"),
    "invigilation": (ASS("Invigilating certificate exams"), "invigilating orals prep"),
    "iqa": (ASS("Internal quality assurance"), "iqa samples"),
    # the stores
    "stores": (STR("Stores and goods in"), "goods in at the academy"),
    "purchasing": (STR("Academy purchasing"), "raising pos for the engine hall"),
    "ppe": (STR("Issuing PPE and uniforms"), "uniform issue"),
    "gascyl": (STR("Gas cylinder management"), "cylinder cage"),
    "forklift": (STR("Forklift truck driving in the yard"), "forklift work in the yard"),
    # safety
    "risk": (SAF("Risk assessment of practical courses"), "course ras"),
    "coshh": (SAF("COSHH assessment"), "coshh folders"),
    "ptw": (SAF("Permits and isolations"), "isolation permits"),
    "legionella": (SAF("Water hygiene and legionella"), "shower flushing"),
    "waste": (SAF("Waste oil and hazardous waste"), "waste oil"),
    "guarding": (SAF("Machinery guarding checks"), "guard checks"),
    "firewarden": (SAF("Fire warden in the simulator building"),
                   "fire warden rounds in the sim block"),
    "incident": (SAF("Near miss and accident investigation"), "near miss follow ups"),
    "firstaidwork": (SAF("First aid at work for staff"), "first aider for the engine hall"),
    # teaching
    "practicals": (TCH("Practical class preparation for the cadets"),
                   "practical prep for cadets"),
    "demonstrating": (TCH("Demonstrating to cadets"), "demo duty in the labs"),
    "projects": (TCH("Project support for degree students"), "project help"),
    "outreach": (TCH("School visits and open days at the academy"), "school visits to the sims"),
    "welfare": (TCH("Cadet welfare support"), "cadet pastoral"),
    "sealiaison": (TCH("Sea phase liaison with shipping companies"), "company liaison"),
    "coursemat": (TCH("Course materials development"), "lesson plans"),
    # the ship model collection
    "shipmodels": (COL("Care of the ship model collection"), "model collection cleaning"),
    "logbooks": (COL("Historic logbook archive"), "logbook archive"),
    "displays": (COL("Foyer display cases"), "display cabinets"),
    # management and the rest
    "linemgmt": (MGT("Line management of technicians and instructors"),
                 "managing the technical team at skelmouth"),
    "budget": (MGT("Technical budgets"), "budget monitoring for the sims"),
    "recruit": (MGT("Recruiting instructors and technicians"), "interview days"),
    "training": (MGT("Training staff on equipment"), "staff inductions on the sims"),
    "contracts": (MGT("Simulator maintenance contracts"), "service contract calls"),
    "tenders": (MGT("Commercial tenders for offshore training"), "tender writing"),
    "newsletter": (MGT("Writing the academy newsletter"), "newsletter items"),
    "scheduling": (MGT("Course and room scheduling"), "room scheduling"),
    "events": (MGT("Graduation and prize day organisation"), "graduation set up"),
    "crossingline": (MGT("Crossing the line ceremony"), "the crossing the line day"),
    "shanty": (MGT("Running the sea shanty choir"), "shanty nights"),
}

DECK = "School of Navigation"
MARINE = "School of Marine Engineering"
ELECTRO = "Electro-Technical Department"
SAFETYTR = "Safety and Survival Training"
OFFSHORE = "Hobb Ness Offshore Safety Centre"
FLEET = "Fleet and Small Boats"
RESEARCH = "Maritime Research and Hydrodynamics"
DIGITAL = "Simulation and Digital Services"
QUALITY = "Assessment and Quality Office"
TECH = "Academy Technical Services"
TEACH = "Cadet Training Office"

GROUPS = (
    Group("bridge", 8, (DECK, DIGITAL), ("Simulator Technician", "Senior Simulator Technician",
                                         "Simulator Instructor"),
          ("bridgesim", "shiphandling", "scenario", "ecdis", "radar", "dp", "vts", "colregs"),
          "Runs the bridge, DP and VTS simulators for courses day and night."),
    Group("navaids", 4, (DECK,), ("Navigation Aids Technician", "Radio Instructor"),
          ("gmdss", "radar", "ecdis", "chartwork", "celestial", "compass", "marineelec"),
          "Keeps the radio room, the navigation equipment and the chart room going."),
    Group("enginehall", 8, (MARINE,), ("Marine Engineering Technician",
                                       "Engine Hall Instructor", "Engine Hall Supervisor"),
          ("diesel", "trainingengine", "purifiers", "pumps", "boiler", "genset", "shafting",
           "compressors", "ows", "steering"),
          "Overhauls and runs the engine hall's engines and machinery with the cadets."),
    Group("ers", 3, (MARINE, DIGITAL), ("Engine Room Simulator Technician",),
          ("ers", "trainingengine", "ows", "reefer", "switchboard"),
          "Sets up faults and exercises on the engine room simulator."),
    Group("electrical", 6, (ELECTRO,), ("Electrical Technician", "ETO Instructor",
                                        "High Voltage Technician"),
          ("hv", "hvsafety", "plc", "motors", "switchboard", "instr", "pat", "wiring", "ups",
           "marineelec"),
          "Keeps the HV laboratory and the ETO rigs safe and working."),
    Group("workshop", 6, (MARINE,), ("Workshop Technician", "Welding Instructor",
                                     "Workshop Supervisor"),
          ("turning", "weldingteach", "benchfit", "fabrication", "cnc", "hydtrainers",
           "drawing", "guarding"),
          "Teaches cadets to turn, fit and weld and makes parts for the rigs."),
    Group("reefer", 2, (MARINE,), ("Refrigeration Technician",),
          ("reefer", "compressors", "pumps", "wiring"),
          "Looks after the marine refrigeration laboratory."),
    Group("seamanship", 6, (DECK,), ("Seamanship Instructor", "Deck Technician", "Bosun"),
          ("ropework", "mooring", "rigging", "deckmaint", "davits", "lifeboats", "stability",
           "loler"),
          "Teaches ropework, mooring and deck work and keeps the davit tower."),
    Group("cargo", 3, (DECK, DIGITAL), ("Cargo Simulator Technician", "Lifting Instructor"),
          ("cargosim", "cranesim", "terminalsim", "imdg", "loler", "stability"),
          "Runs the cargo, crane and terminal simulators."),
    Group("survival", 7, (SAFETYTR,), ("Sea Survival Instructor", "Pool Technician",
                                       "Survival Centre Supervisor"),
          ("pst", "huet", "liferafts", "poolplant", "waveplant", "lifejackets", "poolcover",
           "lifeboats", "rescueboat", "incident"),
          "Runs the survival pool, the dunker and the liferaft drills."),
    Group("fire", 6, (SAFETYTR,), ("Firefighting Instructor", "Fire Ground Technician"),
          ("firefighting", "ba", "smokehouse", "extinguishers", "fireprops", "confined"),
          "Runs the fire ground, the smoke house and the BA room."),
    Group("medical", 3, (SAFETYTR,), ("Medical Training Instructor",),
          ("efa", "medcare", "resus", "medchest"),
          "Teaches first aid and medical care at sea."),
    Group("offshore", 6, (OFFSHORE,), ("Offshore Safety Instructor", "GWO Instructor",
                                       "Offshore Centre Coordinator"),
          ("bosiet", "gwo", "heights", "confined", "h2s", "nacelle", "transfer", "huet"),
          "Delivers offshore and wind safety courses at Hobb Ness."),
    Group("boats", 5, (FLEET,), ("Boat Coxswain", "Marine Operations Technician",
                                 "Training Ship Crew"),
          ("ribs", "trainingship", "outboards", "grp", "pontoon", "vhf", "rescueboat",
           "mooring"),
          "Crews the academy's boats and the training ship."),
    Group("tank", 3, (RESEARCH,), ("Hydrodynamics Technician", "Model Maker"),
          ("towtank", "wavebasin", "models", "motion", "probes", "projects"),
          "Runs the towing tank and wave basin and builds the models."),
    Group("environment", 3, (RESEARCH,), ("Environmental Laboratory Technician",
                                          "Marine Pollution Instructor"),
          ("ballast", "oilspill", "emissions", "marpol", "metstation", "weather",
           "watertreat"),
          "Tests ballast water and runs the oil spill and emissions practicals."),
    Group("fuellab", 2, (MARINE, RESEARCH), ("Fuel Laboratory Technician",),
          ("fueltest", "watertreat", "emissions", "purifiers", "coshh",
           "waste"),
          "Tests fuel, lube oil and boiler water samples."),
    Group("simit", 5, (DIGITAL,), ("Simulator Systems Engineer", "IT Support Technician",
                                   "Learning Technologist"),
          ("simnet", "simlicence", "helpdesk", "backup", "vle", "vr", "av", "cbt", "contracts"),
          "Keeps the simulator network, the VLE and the classrooms working."),
    Group("assessment", 3, (QUALITY,), ("Assessment Officer", "Quality Officer"),
          ("assessing", "approvals", "qms", "records", "invigilation", "iqa", "cbt"),
          "Runs assessments, approvals and training records."),
    Group("stores", 3, (TECH,), ("Stores Technician", "Purchasing Assistant"),
          ("stores", "purchasing", "ppe", "gascyl", "forklift"),
          "Orders, receives and issues the academy's kit."),
    Group("safety", 4, (TECH,), ("Safety Officer",),
          ("risk", "coshh", "ptw", "legionella", "waste", "guarding", "incident"),
          "Advises on the academy's practical risks."),
    Group("teaching", 4, (TEACH,), ("Teaching Technician", "Cadet Liaison Officer"),
          ("practicals", "demonstrating", "coursemat", "welfare", "sealiaison", "projects",
           "outreach"),
          "Prepares the cadets' classes and looks after their sea phases."),
    Group("collection", 2, (TECH,), ("Collections Officer",),
          ("shipmodels", "logbooks", "displays", "outreach"),
          "Cares for the ship models and the logbooks."),
    Group("management", 4, (DECK, MARINE, SAFETYTR, TECH), ("Technical Manager",
                                                             "Head of Technical Services"),
          ("linemgmt", "budget", "tenders", "recruit", "training", "contracts", "newsletter",
           "scheduling", "events", "crossingline", "shanty"),
          "Manages the academy's technical teams, budgets and contracts."),
)
SHARED = ("risk", "firstaidwork", "firewarden", "training", "demonstrating", "practicals",
          "assessing", "outreach", "crossingline", "shanty", "security", "efa", "ptw")

FACILITIES = (
    FacilitySpec("SMA-FMB", "Full Mission Bridge Simulators", "simulation", DECK,
                 "Two full mission bridges with 270-degree visuals; Bridge 1 and Bridge 2.",
                 ("bridgesim", "shiphandling", "scenario")),
    FacilitySpec("SMA-PTB", "Part-Task Bridge Suite", "simulation", DECK,
                 "Eight part-task bridges for watchkeeping and COLREGs exercises.",
                 ("colregs", "radar")),
    FacilitySpec("SMA-DPS", "Dynamic Positioning Simulator", "simulation", DECK,
                 "DP induction and simulator courses; the DP suite.", ("dp",)),
    FacilitySpec("SMA-VTS", "VTS and Port Operations Simulator", "simulation", DECK,
                 "Vessel traffic services consoles linked to the bridges.", ("vts",)),
    FacilitySpec("SMA-ECD", "ECDIS and Radar Suite", "simulation", DECK,
                 "ECDIS and ARPA workstations for type-specific and generic courses.",
                 ("ecdis", "radar")),
    FacilitySpec("SMA-GMD", "GMDSS Radio Room", "simulation", DECK,
                 "GOC and ROC courses on DSC, NAVTEX and satellite consoles; the radio room.",
                 ("gmdss",)),
    FacilitySpec("SMA-PLN", "Skelmouth Planetarium", "teaching", DECK,
                 "Celestial navigation under a projected sky, with sextants and a chart room.",
                 ("celestial", "chartwork", "compass")),
    FacilitySpec("SMA-ERS", "Engine Room Simulator", "simulation", MARINE,
                 "A full engine room simulator with control rooms; the ERS.",
                 ("ers", "ows")),
    FacilitySpec("SMA-EHL", "Engine Hall", "workshop", MARINE,
                 "A two-stroke training engine, generator sets and auxiliary machinery.",
                 ("diesel", "trainingengine", "purifiers", "pumps", "genset", "shafting",
                  "compressors")),
    FacilitySpec("SMA-BLR", "Boiler House Trainer", "workshop", MARINE,
                 "A fired training boiler and steering gear rig.", ("boiler", "steering")),
    FacilitySpec("SMA-HVL", "Marine High Voltage Laboratory", "laboratory", ELECTRO,
                 "A 6.6 kV marine switchboard, motors and protection; the HV lab.",
                 ("hv", "hvsafety", "switchboard")),
    FacilitySpec("SMA-ETO", "Electro-Technical Laboratory", "laboratory", ELECTRO,
                 "PLC, automation, motor control and instrumentation rigs; the ETO lab.",
                 ("plc", "instr", "motors", "wiring")),
    FacilitySpec("SMA-REF", "Marine Refrigeration Laboratory", "laboratory", MARINE,
                 "Reefer and air conditioning rigs.", ("reefer",)),
    FacilitySpec("SMA-FOL", "Fuel and Lubricant Test Laboratory", "laboratory", RESEARCH,
                 "Fuel, lube oil and boiler water tests; the fuel lab.",
                 ("fueltest", "watertreat")),
    FacilitySpec("SMA-MCH", "Academy Machine Shop", "workshop", MARINE,
                 "Centre lathes, mills and a CNC machine for cadets and spares.",
                 ("turning", "cnc", "benchfit")),
    FacilitySpec("SMA-WLD", "Fabrication and Welding Shop", "workshop", MARINE,
                 "Twelve welding booths and plate work; the weld shop.",
                 ("weldingteach", "fabrication")),
    FacilitySpec("SMA-SEA", "Seamanship Deck and Rigging Loft", "teaching", DECK,
                 "Ropework, mooring and rigging on a mock deck.",
                 ("ropework", "mooring", "rigging", "deckmaint")),
    FacilitySpec("SMA-DAV", "Davit Tower and Lifeboat Station", "teaching", SAFETYTR,
                 "Enclosed and freefall lifeboats and a fast rescue boat over the dock.",
                 ("lifeboats", "davits", "rescueboat")),
    FacilitySpec("SMA-CRN", "Crane and Cargo Handling Simulators", "simulation", DECK,
                 "Offshore crane and liquid cargo simulators.",
                 ("cranesim", "cargosim", "loler")),
    FacilitySpec("SMA-PRT", "Port Terminal Simulator", "simulation", DIGITAL,
                 "Container terminal and straddle carrier simulators.", ("terminalsim",)),
    FacilitySpec("SMA-POL", "Sea Survival Pool", "teaching", SAFETYTR,
                 "A wave pool with a helicopter underwater escape trainer; the dunker pool.",
                 ("pst", "huet", "liferafts", "poolplant", "waveplant", "poolcover")),
    FacilitySpec("SMA-FGR", "Hobb Ness Fire Ground", "teaching", SAFETYTR,
                 "A ship mock-up, gas-fired props and a smoke house; the fire ground.",
                 ("firefighting", "smokehouse", "fireprops", "extinguishers")),
    FacilitySpec("SMA-BAR", "Breathing Apparatus Room", "workshop", SAFETYTR,
                 "BA servicing, testing and cylinder filling.", ("ba",)),
    FacilitySpec("SMA-MED", "Maritime Medical Training Room", "teaching", SAFETYTR,
                 "Manikins, a ship's hospital mock-up and medical chests.",
                 ("medcare", "efa", "resus", "medchest")),
    FacilitySpec("SMA-OSC", "Hobb Ness Offshore Safety Centre", "teaching", OFFSHORE,
                 "OPITO and GWO courses for the offshore and wind workforce.",
                 ("bosiet", "gwo", "h2s", "transfer")),
    FacilitySpec("SMA-WAH", "Working at Height Tower", "teaching", OFFSHORE,
                 "A climbing tower with a nacelle trainer and a confined space gallery.",
                 ("heights", "nacelle", "confined")),
    FacilitySpec("SMA-BOT", "Small Boat Station", "vessel", FLEET,
                 "RIBs, workboats and the pontoon; the boat station.",
                 ("ribs", "outboards", "pontoon", "vhf", "grp")),
    FacilitySpec("SMA-TSV", "TS Skell Venture", "vessel", FLEET,
                 "The academy's 45 m training ship; the training ship.", ("trainingship",)),
    FacilitySpec("SMA-TOW", "Skelmouth Towing Tank", "test facility", RESEARCH,
                 "A 60 m towing tank with a carriage and a wave maker; the tank.",
                 ("towtank", "probes")),
    FacilitySpec("SMA-WVB", "Wave Basin", "test facility", RESEARCH,
                 "A 12 m wave basin with motion tracking.", ("wavebasin", "motion")),
    FacilitySpec("SMA-MDL", "Model Workshop", "workshop", RESEARCH,
                 "Wooden and foam hulls for the tank and the basin.", ("models",)),
    FacilitySpec("SMA-MET", "Skelmouth Weather Station", "instrument", RESEARCH,
                 "A rooftop station and the met room.", ("metstation", "weather")),
    FacilitySpec("SMA-ENV", "Ballast Water and Marine Pollution Laboratory", "laboratory",
                 RESEARCH, "Ballast water testing, emissions and MARPOL teaching.",
                 ("ballast", "emissions", "marpol")),
    FacilitySpec("SMA-OSR", "Oil Spill Response Yard", "teaching", SAFETYTR,
                 "Booms, skimmers and the dock for spill exercises.", ("oilspill",)),
    FacilitySpec("SMA-SIT", "Simulator IT and Networks", "computing", DIGITAL,
                 "Simulator servers, licences and backups.",
                 ("simnet", "simlicence", "backup")),
    FacilitySpec("SMA-ELX", "E-Learning and Examination Centre", "computing", DIGITAL,
                 "The VLE, VR headsets and the computer-based exam room; the exam centre.",
                 ("cbt", "vle", "vr", "invigilation")),
    FacilitySpec("SMA-ASO", "STCW Assessment Office", "service", QUALITY,
                 "Assessments, course approvals, quality and certificates.",
                 ("assessing", "approvals", "qms", "records", "iqa")),
    FacilitySpec("SMA-STR", "Academy Stores", "service", TECH,
                 "Consumables, PPE and uniforms, gases and the forklift; the stores.",
                 ("stores", "purchasing", "ppe", "gascyl", "forklift")),
    FacilitySpec("SMA-SAF", "Safety and Compliance Office", "service", TECH,
                 "Risk assessments, COSHH, permits, water hygiene and waste.",
                 ("risk", "coshh", "ptw", "legionella", "waste", "guarding")),
    FacilitySpec("SMA-SMC", "Skelmouth Ship Model Collection", "collection", TECH,
                 "Builders' models, half models and the logbook archive.",
                 ("shipmodels", "logbooks", "displays")),
)

GIVEN = """Jóannes-Óli Rógvi-Hanus Sunneva-Marjun Eyrún-Hekla Gunnhildur-Ása Snorri-Þór
Jerico-Paolo Maricel-Grace Rhea-Lyn Jun-Mark Liezel-Ann Arnel-Rey Bogdan-Taras Oksana-Lesia
Mykola-Ostap Ilze-Dace Kārlis-Jānis Rasa-Aušra Mindaugas-Linas Kadri-Liis Tõnu-Mart
Ivana-Mirela Zvonimir-Ante Eleni-Despina Stavros-Nikos Elif-Naz Emre-Kaan Thiri-Hnin
Kyaw-Zin Aye-Myat Ravindra-Sai Meenakshi-Devi Jaison-Thomas Rosamma-Jiji Nkechi-Ogo
Tendai-Farai Rudo-Nyasha Kaveh-Aram Shirin-Darya Santiago-Mateo Valentina-Sol Bjarki-Freyr
Ingrid-Solveig Henrik-Aksel Magnus-Eirik Saoirse-Ailbhe Padraic-Eoin Morag-Isla Ruairidh-Calum
Ffion-Eluned Iestyn-Gethin Lowenna-Tamsin Kenver-Jory""".split()
FAMILY = """Joensen-Dam Dalsgaard-Olsen Gunnarsdóttir-Hall Sigurðsson-Bergmann Magsaysay-Reyes
Villanueva-Santos Dela-Paz-Bautista Kovalenko-Shevchuk Bondarenko-Melnyk Bērziņš-Ozols
Kazlauskas-Petraitis Tamm-Kivimägi Horvat-Babić Papadopoulos-Kouris Yılmaz-Demirci Aung-Htut
Thein-Maung Menon-Pillai Kurian-Mathew Nwachukwu-Eze Moyo-Chikore Rostami-Farahani
Etxeberria-Ortiz Halvorsen-Lie Strand-Nygaard MacLeòid-Morrison
Pengelly-Trevithick Prydderch-Hughes Tregenza-Nance Sørensen-Kjær Lindholm-Aalto
Nieminen-Koskela Castellanos-Ibarra""".split()
FAMILY += ["Ó Dubhghaill-Ryan", "van Dijk-Oosterhuis", "da Silva-Gonçalves",
           "de la Mare-Gallienne", "Mac an Bhaird-Kane"]

SKELMOUTH = Site("Skelmouth Maritime Academy (Hobb Ness Offshore Safety Centre)", "SMA",
                 "skelmouth-maritime.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
