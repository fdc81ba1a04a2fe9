"""Stowmere Aircraft Engineering with its Tarrow Cross Technical Training School: a forty-second
fictitious institution, for ``heldout44``.

Stowmere is the fictitious engineering base of an airline, an approved aircraft maintenance
organisation at a regional airport whose licensed engineers, mechanics, avionics technicians,
structures and composite technicians, inspectors, shop technicians, planners, instructors and
support staff keep the airline's fleet and third-party customers' aircraft (narrowbody jets and
turboprops) airworthy: the base maintenance hangars (A and C checks, jacking and weighing, gear
swings and landing gear changes, flight control rigging with duplicate inspections, fuel tank
entry, hydraulic and air conditioning systems); the line maintenance station on the apron
(daily and weekly checks, defect rectification on turnarounds, certifying release to service,
deferred defects against the minimum equipment list, engine ground runs, towing and pushback,
de-icing, servicing, fuel quality checks, wheel and brake changes, AOG recovery at
outstations) and the maintenance control centre; the structures shop and the composite repair
shop (sheet metal repairs, bonded and composite repairs, corrosion, damage assessment against
the structural repair manual); the engine shop, the borescope cell, the engine test cell and
the APU and propeller shop; the avionics workshop, the air data laboratory, the wiring repair
bench and the cabin systems laboratory; the component shops (hydraulic components, the wheel
and tyre bay, safety equipment and oxygen, batteries); the NDT laboratory and the radiography
enclosure; the paint hangar and the livery studio; cabin interiors, the trim shop and the galley
workshop; ground support equipment and hangar electrics; the tool store and calibration
laboratory, the main stores and dangerous goods despatch; technical records, planning and
reliability; quality and safety (audits, occurrence reports, maintenance error investigations,
human factors); the training school (basic licence modules, type courses, examinations,
practical assessments and apprentices); and management.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing, a school of tropical medicine,
a maritime academy, a zoo and conservation college, a national film and television school, a
national institute of sport, a school of mines, a botanic garden, a heritage agency's
conservation centre, a hospital trust's healthcare science services, an industrial research
centre for manufacturing, a national weather and climate service, a water and wastewater
company, a nuclear licensed site, a national animal and plant health agency, a national polar
research institute, a building research and fire testing establishment nor a national mint
with its assay office, but an airline's aircraft engineering base, an approved maintenance
organisation with its own training school (1,200 licensed engineers, mechanics, technicians,
inspectors, planners, instructors and support staff in the directory), unlike the institutions
before it (Northgate to Garnsworth).

Its HR system knows a person's skills from the authorisations module of the base's maintenance
information system, whose audit export writes each person's company authorisations as logfmt,
one line of space-separated key=value pairs, its keys in a fixed order: 'auth=XXX-nnn
scope="<title>" level=<level> issued=yyyy-mm-dd expires=yyyy-mm-dd signatory=QAnnn'. The
authorisation's reference (its area's three capitals, a hyphen and three digits) and scope come
first, the scope's value in double quotes when it holds a space (a one-word scope written bare,
as logfmt writes any value without a space, an equals sign or a quote), then the holder's own
fields: the level (supervised, competent, certifying or instructor), the day it was issued
(2014 to 2026, none after November 2026), the day it expires (the last day of the month it was
issued in, one, two or three years on) or, for an authorisation that does not lapse, nothing
after the equals sign (logfmt's empty value, 'expires= '), and the quality signatory's stamp.
As in heldout30's to heldout43's generators, the holder's fields are drawn from the generator's
seeded random stream row by row (``Site.own``), so two holders of one authorisation are written
differently, as a real export writes them, while the bundle stays deterministic. A facility's
required skills are the authorisation's reference and scope without a holder's fields. Beside
those, rows the staff typed into the skills survey are their own: lower-case, hangar slang and
kit names ("rigging ailerons and doing dupes", "driving the towbarless tug"). Some are written
as no technician taxonomy is likely to write them (deferred defects against the MEL, de-icing,
AOG recovery, escape slide packing). Facilities have names, aliases (in the name or the
description) and role holders. Concept keys are the evaluation's own, not the taxonomy's ids.
Generated by the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import calendar
import re
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["LEVELS", "PEOPLE", "RECORD", "SEED", "SIGNATORIES", "STOWMERE", "YEARS"]

PEOPLE, SEED = 1200, 44044     # tests.heldout.institution.generate(PEOPLE, SEED, STOWMERE)
LEVELS = ("supervised", "competent", "certifying", "instructor")
SIGNATORIES = ("QA104", "QA117", "QA122", "QA138", "QA145", "QA151", "QA163")
YEARS = (2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
# a line of the maintenance information system's authorisations export (logfmt): the
# authorisation's reference and scope (quoted when it holds a space, bare when not), and (a
# holder's own) the level, the day issued, the day it expires or nothing, and the signatory
RECORD = re.compile(r'^auth=([A-Z]{3})-(\d{3}) scope=("(?:[^"\\]|\\.)+"|[^\s"=]+)'
                    r'(?: level=(supervised|competent|certifying|instructor) '
                    r'issued=(20\d{2})-(\d{2})-(\d{2}) '
                    r'expires=((?:20\d{2}-\d{2}-\d{2})?) '
                    r'signatory=(QA\d{3}))?$')


def _value(value: str) -> str:
    """A logfmt value: bare unless it holds a space, an equals sign or a quote (then quoted,
    with quotes and backslashes escaped)."""
    if value and not any(c in value for c in ' ="\\'):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _a(reference: str, scope: str) -> str:
    """The authorisation's reference and scope, as the export writes them."""
    return f"auth={reference} scope={_value(scope)}"


def _own(text: str, rng: Random) -> str:
    """A holder's line for an authorisation: the level, the day issued, the day it expires (or
    nothing) and the signatory, drawn from the generator's stream; a survey row stays as it is
    (and draws nothing)."""
    if not RECORD.match(text):
        return text
    level = rng.choice(LEVELS)
    issued = past_day(YEARS, rng)
    years = rng.randint(0, 3)       # 0: it does not lapse, written as an empty value
    expires = ""
    if years:
        year = issued.year + years
        expires = f"{year}-{issued.month:02d}-{calendar.monthrange(year, issued.month)[1]:02d}"
    signatory = rng.choice(SIGNATORIES)
    return (f"{text} level={level} issued={issued:%Y-%m-%d} expires={expires} "
            f"signatory={signatory}")


# concept key -> HR spellings (the first is the authorisation as the maintenance information
# system exports it; the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # base maintenance
    "checks": (_a("BMX-101", "Base maintenance check task execution (A and C checks)"),
               "c-checks in hangar 1"),
    "jacking": (_a("BMX-102", "Aircraft jacking, trestling and weighing"),
                "jacking and weighing the 737s"),
    "flightcontrols": (_a("BMX-103", "Flight control rigging and duplicate inspection"),
                       "rigging ailerons and doing dupes"),
    "fuel": (_a("BMX-104", "Fuel system maintenance and fuel tank entry"),
             "going into the wing tanks"),
    "hydraulics": (_a("BMX-105", "Aircraft hydraulic system maintenance"),
                   "bleeding the green and yellow systems"),
    "landinggear": (_a("BMX-106", "Landing gear removal and installation"),
                    "main gear changes on the a320"),
    "aircon": (_a("BMX-107", "Bleed air and air conditioning system maintenance"),
               "pack valve changes"),
    # line maintenance
    "dailies": (_a("LMX-201", "Line maintenance daily and weekly checks"),
                "doing dailies on the ramp"),
    "defects": (_a("LMX-202", "Transit defect rectification on turnaround"),
                "fixing tech log defects between flights"),
    "crs": (_a("LMX-203", "Certifying release to service (B1/B2)"), "signing the crs"),
    "mel": (_a("LMX-204", "MEL dispatch and deferred defect control"),
            "raising adds in the tech log"),
    "engrun": (_a("LMX-205", "Engine ground running and taxiing"),
               "running engines on the pan at night"),
    "towing": (_a("LMX-206", "Aircraft towing and pushback"), "driving the towbarless tug"),
    "deicing": (_a("LMX-207", "De-icing"), "spraying type ii on the stand"),
    "servicing": (_a("LMX-208", "Aircraft servicing – oils, fluids, oxygen and potable water"),
                  "topping up oils and water on turnarounds"),
    "aog": (_a("LMX-209", "AOG recovery at outstations"), "flying out to aog aircraft"),
    "fuelqc": (_a("LMX-210", "Fuel quality sampling and water checks"),
               "water checks on the fuel bowser"),
    "wheelchange": (_a("LMX-211", "Wheel and brake change"),
                    "changing wheels and brakes on the stand"),
    # structures
    "sheetmetal": (_a("STR-301", "Sheet metal structural repair and riveting"),
                   "skin repairs with hi-loks"),
    "composites": (_a("STR-302", "Composite repair – wet lay-up and prepreg"),
                   "bonded repairs on flaps and fairings"),
    "corrosion": (_a("STR-303", "Corrosion prevention and control"),
                  "treating corrosion under the galleys"),
    "srm": (_a("STR-304", "SRM damage assessment"), "dent and buckle charts"),
    # engines
    "enginechange": (_a("ENG-401", "Engine removal and installation"),
                     "engine changes on the 737s"),
    "borescope": (_a("ENG-402", "Borescoping"), "scoping hp turbine blades"),
    "engineshop": (_a("ENG-403", "Engine module shop maintenance (LEAP-1A and CFM56-7B)"),
                   "splitting leap modules"),
    "apu": (_a("ENG-404", "APU maintenance and troubleshooting"), "apu changes"),
    "props": (_a("ENG-405", "Propeller maintenance and dynamic balancing"),
              "balancing atr props"),
    "testcell": (_a("ENG-406", "Engine test cell operation"), "running engines in the test house"),
    # avionics
    "avtrouble": (_a("AVN-501", "Avionics systems troubleshooting"),
                  "avionics snags on the flight deck"),
    "avbench": (_a("AVN-502", "Avionics LRU bench test and repair"), "testing lrus on the ate"),
    "softload": (_a("AVN-503", "Software loading and navigation database updates"),
                 "loading nav databases"),
    "airdata": (_a("AVN-504", "Pitot-static and air data system testing"),
                "leak checks with the adts"),
    "ife": (_a("AVN-505", "In-flight entertainment and cabin systems"), "fixing the ife and pa"),
    "radio": (_a("AVN-506", "Communication and weather radar systems"),
              "vhf and weather radar faults"),
    "ewis": (_a("AVN-507", "EWIS inspection and wiring repair"), "loom repairs and crimping"),
    # component shops
    "hydcomp": (_a("CMP-601", "Hydraulic component overhaul and test"),
                "overhauling actuators on the test rig"),
    "tyres": (_a("CMP-602", "Wheel and tyre overhaul"), "building up wheels in the tyre bay"),
    "slides": (_a("CMP-603", "Escape slide and life vest overhaul"), "packing escape slides"),
    "oxygen": (_a("CMP-604", "Oxygen cylinder and system servicing"),
               "recharging oxygen bottles"),
    "batteries": (_a("CMP-605", "Aircraft battery shop (NiCd and lead-acid)"),
                  "capacity checks on nicads"),
    # NDT
    "eddy": (_a("NDT-701", "Eddy current inspection (Level 2)"), "eddy current on wheel hubs"),
    "ultrasonic": (_a("NDT-702", "Ultrasonic inspection (Level 2)"), "ut on the lugs"),
    "penetrant": (_a("NDT-703", "Penetrant and magnetic particle inspection"),
                  "dye pen and mpi on gear parts"),
    "radiography": (_a("NDT-704", "Radiographic inspection (film and digital)"),
                    "x-raying honeycomb panels"),
    # paint
    "paint": (_a("PNT-801", "Aircraft painting and livery application"),
              "spraying liveries in the paint hangar"),
    "stripping": (_a("PNT-802", "Paint stripping and surface preparation"),
                  "stripping aircraft for a respray"),
    "decals": (_a("PNT-803", "Decals, markings and placards"), "applying decals and stencils"),
    # cabin
    "interiors": (_a("CAB-901", "Cabin interior removal and refit"),
                  "pulling the cabin out for the c-check"),
    "upholstery": (_a("CAB-902", "Upholstery"), "sewing seat covers"),
    "seats": (_a("CAB-903", "Passenger seat maintenance"), "fixing seat recline"),
    "galley": (_a("CAB-904", "Galley and lavatory maintenance"), "fixing vacuum toilets"),
    # ground support equipment and hangar services
    "gse": (_a("GSE-001", "Ground support equipment maintenance"), "fixing tugs and gpus"),
    "welding": (_a("GSE-002", "Welding"), "tig welding gse frames"),
    "hangarelec": (_a("GSE-003", "Hangar electrical maintenance"),
                   "fault finding on the hangar doors"),
    "docking": (_a("GSE-004", "Hangar docking and access equipment"), "moving the tail dock"),
    # tooling and calibration
    "calibration": (_a("TLC-001", "Torque and pressure tool calibration"),
                    "calibrating torque wrenches"),
    "toolcontrol": (_a("TLC-002", "Tool control and FOD prevention"),
                    "shadow boards and tool tags"),
    # stores and logistics
    "stores": (_a("LOG-001", "Goods inwards inspection and EASA Form 1 checks"),
               "checking form ones at goods in"),
    "shelflife": (_a("LOG-002", "Shelf-life and consumables control"),
                  "binning out of date sealants"),
    "dg": (_a("LOG-003", "Dangerous goods shipping of aircraft parts"),
           "shipping dg parts to the outstations"),
    "forklift": (_a("LOG-004", "Reach truck and counterbalance forklift"),
                 "reach truck in the main stores"),
    "repairs": (_a("LOG-005", "Component repair orders and warranty claims"),
                "chasing repair vendors"),
    # technical records and planning
    "techrecords": (_a("TRP-001", "Technical records and maintenance programme compliance"),
                    "keeping the amp up to date"),
    "ads": (_a("TRP-002", "Airworthiness directive and service bulletin assessment"),
            "assessing new ads and sbs"),
    "planning": (_a("TRP-003", "Maintenance planning and work package preparation"),
                 "building work packs for the checks"),
    "amos": (_a("TRP-004", "Maintenance information system administration (AMOS)"),
             "amos super user"),
    "reliability": (_a("TRP-005", "Reliability monitoring and defect trend analysis"),
                    "repeat defect reports"),
    # maintenance control
    "mcc": (_a("MCC-001", "Maintenance control centre operations"), "mcc desk on nights"),
    "remote": (_a("MCC-002", "Remote troubleshooting support to outstations"),
               "talking outstations through snags"),
    # quality and safety
    "audit": (_a("QSM-001", "Part 145 quality auditing"), "doing product audits in the hangar"),
    "occurrence": (_a("QSM-002", "Occurrence reporting and investigation"), "writing up mors"),
    "meda": (_a("QSM-003", "Maintenance error investigation (MEDA)"),
             "meda interviews after an incident"),
    "sms": (_a("QSM-004", "Safety management system and hazard identification"),
            "keeping the hazard log"),
    "humanfactors": (_a("QSM-005", "Human factors training delivery"), "running hf refreshers"),
    "cdccl": (_a("QSM-006", "Fuel tank safety and CDCCL"), "fts phase 2 training"),
    # the training school
    "instruct": (_a("TRG-001", "Part-66 basic module instruction"),
                 "teaching module 7 practical skills"),
    "examining": (_a("TRG-002", "Examination invigilation and question bank management"),
                  "invigilating module exams"),
    "typetraining": (_a("TRG-003", "Aircraft type training delivery"),
                     "teaching the a320 type course"),
    "assessor": (_a("TRG-004", "Practical task assessment and logbook sign-off"),
                 "signing off logbook tasks"),
    "apprentices": (_a("TRG-005", "Apprentice mentoring in the hangar"),
                    "looking after first year apprentices in the hangar"),
    "ojt": (_a("TRG-006", "On-the-job training supervision for type ratings"),
            "ojt assessor for b1 type ratings"),
    # management
    "shiftlead": (_a("MGT-001", "Shift leadership in base maintenance"), "shift lead on nights"),
    "projects": (_a("MGT-002", "Heavy check project management"), "running c-check inputs"),
    "customers": (_a("MGT-003", "Third-party airline customer liaison"),
                  "looking after third party customers"),
    "budget": (_a("MGT-004", "Cost control and budgeting"), "keeping the hangar budget"),
    "lean": (_a("MGT-005", "Lean and continuous improvement"), "5s in the hangar"),
    # health and safety, shared by many
    "riskassess": (_a("HSE-001", "Risk assessment and method statements"),
                   "risk assessments for work on the tail dock"),
    "coshh": (_a("HSE-002", "COSHH assessment for aircraft chemicals"),
              "coshh for skydrol and paints"),
    "manual": (_a("HSE-003", "Manual handling"), "lifting wheels and brakes safely"),
    "firstaid": (_a("HSE-004", "First aid at work"), "first aider in hangar 2"),
    "fire": (_a("HSE-005", "Fire warden and hangar fire systems"),
             "fire marshal for the paint hangar"),
    "height": (_a("HSE-006", "Working at height and MEWP operation"), "cherry picker ticket"),
    "confined": (_a("HSE-007", "Confined space rescue"), "tank rescue standby"),
    "airside": (_a("HSE-008", "Airside driving permit"), "adp for the apron"),
    "rps": (_a("HSE-009", "Radiation protection supervision for site radiography"),
            "rps for hangar x-ray"),
    "lev": (_a("HSE-010", "Local exhaust ventilation checks on spray booths"),
            "lev tests on the paint booths"),
}

BASE = "Base Maintenance"
LINE = "Line Maintenance and Maintenance Control"
STRUCT = "Structures and Composites"
POWER = "Engines, APU and Propellers"
AVIONICS = "Avionics and Cabin Systems"
COMPS = "Component Workshops"
NDT = "Non-Destructive Testing"
PAINT = "Paint and Finishing"
CABIN = "Cabin Interiors"
GROUND = "Ground Equipment and Hangar Services"
LOGISTICS = "Stores, Tooling and Logistics"
TECH = "Technical Services, Records and Planning"
QUALITY = "Quality and Safety"
SCHOOL = "Tarrow Cross Technical Training School"

GROUPS = (
    Group("base", 170, (BASE,), ("Aircraft Maintenance Technician", "B1 Licensed Aircraft Engineer",
                                 "Hangar Mechanic", "Base Maintenance Supervisor"),
          ("checks", "jacking", "landinggear", "flightcontrols", "hydraulics", "fuel", "aircon",
           "crs", "ojt", "shiftlead"),
          "Carries out A and C checks on the narrowbody fleet in the hangars."),
    Group("line", 130, (LINE,), ("Line Maintenance Engineer", "Line Mechanic",
                                 "B1 Certifying Engineer", "Line Station Shift Supervisor"),
          ("dailies", "defects", "crs", "wheelchange", "servicing", "mel", "engrun", "fuelqc",
           "aog", "towing", "deicing"),
          "Checks, fixes and releases aircraft on the apron between flights."),
    Group("ramp", 40, (LINE,), ("Ramp Technician", "De-icing Operator", "Aircraft Tow Driver"),
          ("towing", "deicing", "servicing", "fuelqc", "airside", "wheelchange"),
          "Tows, services and de-ices aircraft on the stands."),
    Group("mcc", 20, (LINE,), ("Maintenance Controller", "MCC Duty Engineer"),
          ("mcc", "remote", "mel", "defects", "aog", "reliability"),
          "Tracks the fleet's defects and supports the outstations around the clock."),
    Group("structures", 80, (STRUCT,), ("Structures Technician", "Sheet Metal Mechanic",
                                        "Composite Technician", "Structures Engineer"),
          ("sheetmetal", "composites", "corrosion", "srm"),
          "Repairs damaged skins, frames and composite parts to the repair manual."),
    Group("engines", 70, (POWER,), ("Powerplant Technician", "Engine Shop Mechanic",
                                    "Borescope Inspector", "Test Cell Operator"),
          ("enginechange", "borescope", "engineshop", "apu", "engrun", "testcell", "props"),
          "Changes, inspects, repairs and tests engines, APUs and propellers."),
    Group("avionics", 90, (AVIONICS,), ("Avionics Technician", "B2 Licensed Avionics Engineer",
                                        "Avionics Workshop Technician"),
          ("avtrouble", "ewis", "avbench", "softload", "airdata", "radio", "ife", "crs"),
          "Finds and fixes faults in the aircraft's avionics, wiring and cabin systems."),
    Group("components", 70, (COMPS,), ("Component Overhaul Technician", "Tyre Bay Technician",
                                       "Safety Equipment Technician", "Battery Shop Technician"),
          ("hydcomp", "tyres", "slides", "oxygen", "batteries", "wheelchange"),
          "Overhauls and tests components taken off the aircraft."),
    Group("ndt", 30, (NDT,), ("NDT Inspector (Level 2)", "NDT Level 3", "NDT Technician"),
          ("eddy", "ultrasonic", "penetrant", "radiography", "borescope", "rps"),
          "Inspects structures and parts for cracks and damage without taking them apart."),
    Group("paint", 40, (PAINT,), ("Aircraft Painter", "Paint Hangar Technician",
                                  "Surface Finishing Technician"),
          ("paint", "stripping", "decals", "corrosion", "lev"),
          "Strips, prepares and paints aircraft in their liveries."),
    Group("cabin", 60, (CABIN,), ("Cabin Interiors Technician", "Aircraft Trimmer",
                                  "Seat Shop Technician"),
          ("interiors", "seats", "upholstery", "galley", "ife"),
          "Refurbishes and repairs seats, panels, galleys and soft furnishings."),
    Group("gse", 40, (GROUND,), ("GSE Mechanic", "Fabricator Welder", "Hangar Electrician"),
          ("gse", "welding", "hangarelec", "docking", "forklift"),
          "Keeps the tugs, ground power, docks and hangar services working."),
    Group("tooling", 20, (LOGISTICS,), ("Calibration Technician", "Tool Store Controller"),
          ("calibration", "toolcontrol", "stores"),
          "Issues, controls and calibrates the base's tools."),
    Group("stores", 70, (LOGISTICS,), ("Stores Operative", "Goods Inwards Inspector",
                                       "Logistics Coordinator", "AOG Desk Coordinator"),
          ("stores", "shelflife", "forklift", "dg", "repairs", "toolcontrol"),
          "Receives, stores and ships parts, consumables and repairs."),
    Group("records", 60, (TECH,), ("Technical Records Officer", "Maintenance Planner",
                                   "Reliability Engineer", "AMOS Administrator"),
          ("techrecords", "planning", "ads", "amos", "reliability"),
          "Plans the maintenance and keeps the aircraft's records and directives straight."),
    Group("quality", 40, (QUALITY,), ("Quality Auditor", "Safety Investigator",
                                      "Compliance Monitoring Manager",
                                      "Human Factors Facilitator"),
          ("audit", "occurrence", "meda", "sms", "humanfactors", "cdccl"),
          "Audits the organisation and investigates occurrences and errors."),
    Group("school", 40, (SCHOOL,), ("Part-147 Instructor", "Type Training Instructor",
                                    "Practical Skills Assessor", "Examinations Officer"),
          ("instruct", "typetraining", "assessor", "examining", "apprentices", "humanfactors",
           "ojt"),
          "Teaches licence and type courses and assesses students and apprentices."),
    Group("managers", 40, (BASE, LINE, POWER, SCHOOL, QUALITY),
          ("Base Maintenance Manager", "Line Maintenance Manager", "Head of Training",
           "Customer Support Manager"),
          ("shiftlead", "projects", "customers", "budget", "lean"),
          "Leads the hangars, the line station, the shops, the school and customer support."),
)
SHARED = ("riskassess", "coshh", "manual", "firstaid", "fire", "height", "confined", "airside")

FACILITIES = (
    FacilitySpec("STW-HG1", "Stowmere Hangar 1 (Base Maintenance)", "facility", BASE,
                 "Two narrowbody bays for A and C checks on the 737 and A320 fleets.",
                 ("checks", "jacking")),
    FacilitySpec("STW-HG2", "Hangar 2 Gear and Flight Controls Bay", "facility", BASE,
                 "Gear swings, landing gear changes and flight control rigging.",
                 ("landinggear", "flightcontrols", "hydraulics")),
    FacilitySpec("STW-FTB", "Fuel Tank Entry Bay", "facility", BASE,
                 "A ventilated bay for wing and centre tank entry with a rescue team standing by.",
                 ("fuel", "confined")),
    FacilitySpec("STW-LNS", "Stowmere Line Maintenance Station", "facility", LINE,
                 "Round-the-clock line checks, turnarounds and defect rectification on the apron.",
                 ("dailies", "defects", "crs")),
    FacilitySpec("STW-MCC", "Stowmere Maintenance Control Centre", "service", LINE,
                 "Tracks the fleet's defects, deferrals and AOGs day and night; the MCC.",
                 ("mcc", "mel", "remote")),
    FacilitySpec("STW-RUN", "Engine Run-up Pan", "facility", LINE,
                 "A noise-screened pan where engines are run at high power after maintenance.",
                 ("engrun",)),
    FacilitySpec("STW-DIP", "Remote De-icing Pad", "facility", LINE,
                 "De-icing rigs spraying heated fluid, with glycol recovery.", ("deicing",)),
    FacilitySpec("STW-TUG", "Towing and Pushback Section", "facility", LINE,
                 "Towbarless and towbar tugs moving aircraft between stands and hangars.",
                 ("towing",)),
    FacilitySpec("STW-FQL", "Fuel Quality Laboratory", "laboratory", LINE,
                 "Samples hydrant and bowser fuel and checks it for water and dirt.",
                 ("fuelqc",)),
    FacilitySpec("STW-SMS", "Structures and Sheet Metal Shop", "workshop", STRUCT,
                 "Skin and frame repairs, riveting and repair parts made to the repair manual.",
                 ("sheetmetal", "srm", "corrosion")),
    FacilitySpec("STW-CRS", "Composite Repair Shop", "workshop", STRUCT,
                 "Lay-up room, hot bonders and an autoclave for composite and bonded repairs.",
                 ("composites",)),
    FacilitySpec("STW-ENS", "Stowmere Engine Shop", "workshop", POWER,
                 "Module maintenance of LEAP-1A and CFM56-7B engines; engines built up for "
                 "changes.", ("engineshop", "enginechange")),
    FacilitySpec("STW-BOR", "Borescope Inspection Cell", "instrument", POWER,
                 "Video borescopes and blade blending kit; the scope room.", ("borescope",)),
    FacilitySpec("STW-TCL", "Stowmere Engine Test Cell", "facility", POWER,
                 "An indoor test cell running engines after shop visits; the test house.",
                 ("testcell",)),
    FacilitySpec("STW-APU", "APU and Propeller Shop", "workshop", POWER,
                 "Auxiliary power units and ATR propellers, with a balancing rig.",
                 ("apu", "props")),
    FacilitySpec("STW-AVW", "Avionics Workshop", "workshop", AVIONICS,
                 "Automatic test equipment for avionics units and software loading.",
                 ("avbench", "softload")),
    FacilitySpec("STW-ADL", "Air Data and Instruments Laboratory", "laboratory", AVIONICS,
                 "Air data test sets and pitot-static rigs for instruments and probes.",
                 ("airdata",)),
    FacilitySpec("STW-WRB", "Wiring Repair Bench", "workshop", AVIONICS,
                 "Harness repair, crimping and connector work for aircraft wiring.", ("ewis",)),
    FacilitySpec("STW-CSL", "Cabin Systems and IFE Laboratory", "laboratory", AVIONICS,
                 "Bench rigs for in-flight entertainment, PA and cabin lighting.", ("ife",)),
    FacilitySpec("STW-HCS", "Hydraulic Component Shop", "workshop", COMPS,
                 "Overhaul and test rigs for actuators, pumps and valves.", ("hydcomp",)),
    FacilitySpec("STW-WTB", "Wheel and Tyre Bay", "workshop", COMPS,
                 "Tyre inflation cages, bead breakers and wheel washers; the tyre bay.",
                 ("tyres",)),
    FacilitySpec("STW-SEQ", "Safety Equipment Shop", "workshop", COMPS,
                 "Escape slides, life vests and rafts, and oxygen cylinder recharging.",
                 ("slides", "oxygen")),
    FacilitySpec("STW-BAT", "Aircraft Battery Shop", "workshop", COMPS,
                 "Charging, capacity testing and overhaul of aircraft batteries.",
                 ("batteries",)),
    FacilitySpec("STW-NDT", "Stowmere NDT Laboratory", "laboratory", NDT,
                 "Eddy current, ultrasonic, penetrant and magnetic particle inspection.",
                 ("eddy", "ultrasonic", "penetrant")),
    FacilitySpec("STW-XRY", "Radiography Enclosure", "instrument", NDT,
                 "A shielded enclosure for film and digital X-ray of parts.",
                 ("radiography", "rps")),
    FacilitySpec("STW-PNT", "Stowmere Paint Hangar", "facility", PAINT,
                 "A paint hangar for whole aircraft with downdraught extraction.",
                 ("paint", "stripping", "lev")),
    FacilitySpec("STW-DCL", "Livery and Decal Studio", "workshop", PAINT,
                 "Vinyl plotters and masks for liveries, markings and placards.", ("decals",)),
    FacilitySpec("STW-INT", "Cabin Interiors Workshop", "workshop", CABIN,
                 "Seats, panels, carpets and bins refurbished between checks.",
                 ("interiors", "seats")),
    FacilitySpec("STW-TRM", "Aircraft Trim Shop", "workshop", CABIN,
                 "Sewing machines and cutting tables for seat covers and curtains.",
                 ("upholstery",)),
    FacilitySpec("STW-GAL", "Galley and Lavatory Workshop", "workshop", CABIN,
                 "Ovens, boilers, vacuum toilets and water systems.", ("galley",)),
    FacilitySpec("STW-GSE", "GSE Workshop", "workshop", GROUND,
                 "Tugs, ground power units, air starters, stairs and hangar docks.",
                 ("gse", "welding", "docking")),
    FacilitySpec("STW-HEL", "Hangar Electrical Workshop", "workshop", GROUND,
                 "Hangar doors, lighting, 400 Hz supplies and the foam systems.",
                 ("hangarelec",)),
    FacilitySpec("STW-CAL", "Tool Store and Calibration Laboratory", "laboratory", LOGISTICS,
                 "Issues, controls and calibrates the base's torque tools and gauges.",
                 ("calibration", "toolcontrol")),
    FacilitySpec("STW-STO", "Stowmere Main Stores", "service", LOGISTICS,
                 "Bonded stores for parts, consumables and chemicals.",
                 ("stores", "shelflife", "forklift")),
    FacilitySpec("STW-DGD", "Despatch and Dangerous Goods Office", "service", LOGISTICS,
                 "Ships parts to outstations and repair vendors, dangerous goods included.",
                 ("dg", "repairs")),
    FacilitySpec("STW-TRO", "Technical Records Office", "service", TECH,
                 "Keeps each aircraft's records and its directive and bulletin status.",
                 ("techrecords", "ads")),
    FacilitySpec("STW-PLN", "Maintenance Planning Office", "service", TECH,
                 "Plans checks, builds work packages in AMOS and watches reliability.",
                 ("planning", "amos", "reliability")),
    FacilitySpec("STW-QSD", "Stowmere Quality and Safety Department", "service", QUALITY,
                 "Audits, occurrence reports and maintenance error investigations.",
                 ("audit", "occurrence", "meda")),
    FacilitySpec("STW-TXS", "Tarrow Cross Technical Training School", "teaching", SCHOOL,
                 "Basic licence modules, type courses and examinations; the 147 school.",
                 ("instruct", "examining", "typetraining")),
    FacilitySpec("STW-PRW", "Tarrow Cross Practical Workshops", "teaching", SCHOOL,
                 "Benches and an instructional airframe for practical tasks and assessments.",
                 ("assessor", "apprentices")),
)

GIVEN = """Illiam-Jonas Aalish-Rūta Juan-Vytautas Breeshey-Eglė Orry-Mindaugas Moirrey-Gintarė
Fenella-Aušra Kerron-Šarūnas Ealish-Žydrūnė Dollin-Dainius Voirrey-Lina Christory-Kęstutis
Ealisaid-Jūratė Calum-Tomas Freya-Rasa Conaghan-Paulius Aalin-Indrė Thom-Algirdas Ellan-Giedrė
Huan-Darius Bahee-Vaida Yernagh-Saulius Caly-Austėja Fynlo-Mantas Ean-Rimantas Mona-Skaistė
Eunys-Laimutė Danial-Žilvinas Ree-Audrius Mylecharaine-Dalia""".split()
FAMILY = """Quayle-Kazlauskas Kermode-Jankauskas Corlett-Petrauskas Kneale-Žukauskas Cregeen-Butkus
Quilliam-Paulauskas Kewley-Vasiliauskas Clucas-Baranauskas Faragher-Navickas Callister-Šimkus
Qualtrough-Urbonas Kinvig-Sakalauskas Crellin-Stankevičius Shimmin-Mačiulis Teare-Rimkus
Skillicorn-Lukoševičius Gelling-Žilinskas Costain-Kriščiūnas Cannell-Dambrauskas Cubbon-Grigas
Caine-Bagdonas Moore-Valančius Radcliffe-Gudaitis Sayle-Čepulis""".split()
FAMILY += ["Ó Dubhda-Žukauskas", "van Rooyen-Kneale", "St John-Petrauskas", "de Silva-Quilliam",
           "Mac Giolla Íosa-Teare"]

STOWMERE = Site("Stowmere Aircraft Engineering (Tarrow Cross Technical Training School)", "STW",
                "stowmere-aero.co.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                own=_own)
