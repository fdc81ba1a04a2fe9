"""Brantholme Offshore Wind's Eskwith Quay Operations and Maintenance Base with its Hollowsand
Training Centre: a forty-fourth fictitious institution, for ``heldout46``.

Eskwith Quay is the fictitious operations and maintenance base of an offshore wind farm
operator, the harbour-side organisation whose turbine, electrical, high voltage, blade,
control room, marine, subsea, lifting, logistics, safety, training and asset staff keep a
field of offshore wind turbines, its two offshore substations, its array and export cables and
its onshore substation generating: the turbine service teams (scheduled services, bolt
tensioning and torque, lubrication and oil samples, yaw and pitch systems, hydraulics and
accumulators, gearboxes and main bearings, cooling and filters, tower service lifts, fault
finding and restarts); turbine electrical work (power converters, generators and slip rings,
low voltage cabinets, controllers, turbine transformers and switchgear, UPS and batteries,
aviation and navigation lights, lightning protection, insulation testing); high voltage (HV
switching, the offshore substations, the onshore substation, protection relays, power
transformers, SF6 switchgear, cable jointing and testing, reactive compensation, grid code
and metering); blades (inspection, leading edge erosion, composite repair, lightning
receptors, blade platforms, rope access); the remote operations centre (SCADA and remote
resets, vibration condition monitoring, performance analysis, the OT network, offshore
telecoms, metocean forecasts, the floating lidar); marine operations (marine coordination,
crew transfer vessel masters and deckhands, boat landings, the service operation vessel's
walk-to-work gangway and dynamic positioning, fast rescue craft, vessel engineering, the
quay, helicopter hoisting); subsea and foundations (cable burial surveys, ROVs, scour, anodes,
coatings, transition pieces and grout, diving); lifting (pedestal cranes, davits, slingers,
lifting gear, lift plans); the warehouse, dangerous goods, cargo, personnel on board and
waste; safety, health and environment (medics, permits, lockout, spill response, marine
mammal and bird observers); the training centre (GWO courses, the climbing tower, the sea
survival pool, assessors and apprentices); asset management (the maintenance system,
reliability, drones, documents, campaigns, GIS); and management.

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
research institute, a building research and fire testing establishment, a national mint with
its assay office, an airline's aircraft engineering base nor a railway infrastructure
manager's maintenance delivery unit, but an offshore wind farm operator's operations and
maintenance base with its own training centre (1,200 wind turbine, electrical, high voltage,
blade, control room, marine, subsea, lifting, warehouse, safety, training and asset
technicians, operators, seafarers, planners, trainers and support staff in the directory),
unlike the institutions before it (Northgate to Halsmere).

Its HR system knows a person's skills from the base's competence matrix, kept as Markdown
tables on the base's technical wiki, whose import reads each table row as it is written, one a
line: '| `XXX-nn` | <title> | **<status>** | dd Mon yyyy | dd Mon yyyy | @abc |' (one line, no
break; each cell a space either side of its value, a pipe before and after each cell). The
competence's code (its discipline's three capitals, a hyphen and two digits, in backticks, as
the wiki writes code) and title come first, then the holder's own cells: the status in bold
(Trainee, Supervised, Competent or Authorised), the day achieved (2016 to 2026, none after
November 2026, written as the day, the month's three-letter name and the year), the day the
competence expires (the same day one, two or three years on) or, for a competence that does
not lapse, an empty cell (two spaces between its pipes), and the assessor's wiki handle (an at
sign and three lower-case letters). As in heldout30's to heldout45's generators, the holder's
cells are drawn from the generator's seeded random stream row by row (``Site.own``), so two
holders of one competence are written differently, as a real export writes them, while the
bundle stays deterministic. A facility's required skills are the competence's code and title
cells without a holder's cells. Beside those, rows the staff typed into the skills survey are
their own: lower-case, offshore slang and kit names ("torquing tower flange bolts", "deckie on
the cats"). Some are written as no technician taxonomy is likely to write them (boat landings,
walk-to-work, personnel on board, marine mammal observing, fisheries liaison). Facilities have
names, aliases (in the name or the description) and role holders. Concept keys are the
evaluation's own, not the taxonomy's ids. Generated by the same deterministic generator as
Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "BRANTHOLME", "MONTHS", "PEOPLE", "RECORD", "SEED", "STATUSES", "YEARS"]

PEOPLE, SEED = 1200, 46046     # tests.heldout.institution.generate(PEOPLE, SEED, BRANTHOLME)
STATUSES = ("Trainee", "Supervised", "Competent", "Authorised")
ASSESSORS = ("@abk", "@dhl", "@fjt", "@kmr", "@lsw", "@nbo", "@rpe", "@tgv")
YEARS = (2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY = r"(\d{2}) (" + "|".join(MONTHS) + r") (20\d{2})"
# a row of the competence matrix's Markdown table on the base's wiki: the competence's code and
# title, and (a holder's own) the status in bold, the day achieved, the day it expires (an
# empty cell when it does not lapse) and the assessor's handle
RECORD = re.compile(r"^\| `([A-Z]{3})-(\d{2})` \| ([^|`*]+?) \|"
                    r"(?: \*\*(Trainee|Supervised|Competent|Authorised)\*\* \| " + _DAY
                    + r" \| (?:" + _DAY + r")? \| (@[a-z]{3}) \|)?$")


def _c(code: str, title: str) -> str:
    """The competence's code and title cells, as the wiki's table writes them."""
    return f"| `{code}` | {title} |"


def _own(text: str, rng: Random) -> str:
    """A holder's row for a competence: the status, the day achieved and the day it expires
    (or an empty cell) and the assessor, drawn from the generator's stream; a survey row stays
    as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    status = rng.choice(STATUSES)
    achieved = past_day(YEARS, rng)
    years = rng.randint(0, 3)       # 0: it does not lapse, its cell left empty
    expires = ""
    if years:
        expires = _day(achieved.replace(year=achieved.year + years).timetuple()[:3])
    assessor = rng.choice(ASSESSORS)
    cells = (f"**{status}**", _day(achieved.timetuple()[:3]), expires, assessor)
    return text + "".join(f" {cell} |" for cell in cells)


def _day(ymd: tuple[int, ...]) -> str:
    year, month, day = ymd
    return f"{day:02d} {MONTHS[month - 1]} {year}"


# concept key -> HR spellings (the first is the competence as the wiki's matrix writes it; the
# other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # turbine mechanical
    "service": (_c("WTG-01", "Scheduled turbine service (annual and semi-annual)"),
                "doing annual services on the turbines"),
    "gearbox": (_c("WTG-02", "Gearbox inspection and videoscope examination"),
                "scoping gearboxes in the nacelle"),
    "mainbearing": (_c("WTG-03", "Main bearing and drivetrain maintenance"),
                    "greasing main bearings by hand"),
    "yaw": (_c("WTG-04", "Yaw system maintenance – drives, brakes and slewing ring"),
            "changing yaw brake pads"),
    "pitch": (_c("WTG-05", "Pitch system maintenance (hydraulic and electric pitch)"),
              "sorting pitch faults in the hub"),
    "hydraulics": (_c("WTG-06", "Hydraulic systems and accumulator charging"),
                   "precharging accumulators with nitrogen"),
    "bolting": (_c("WTG-07", "Bolt tensioning and torque tightening"),
                "torquing tower flange bolts"),
    "lubrication": (_c("WTG-08", "Lubrication and gear oil sampling"),
                    "pulling oil samples off the gearbox"),
    "cooling": (_c("WTG-09", "Cooling, filtration and nacelle ventilation"),
                "swapping filters on the cooling skid"),
    "servicelift": (_c("WTG-10", "Tower service lift inspection and maintenance"),
                    "fixing the tower lift when it sticks"),
    "troubleshoot": (_c("WTG-11", "Turbine fault finding and restarts"),
                     "chasing turbine alarms and getting them running"),
    # turbine electrical
    "converter": (_c("ELE-01", "Power converter maintenance (IGBT modules)"),
                  "changing igbt stacks in the converter"),
    "generator": (_c("ELE-02", "Generator inspection and slip ring maintenance"),
                  "cleaning slip rings and changing brushes"),
    "lvpanel": (_c("ELE-03", "Low voltage panels and turbine control cabinets"),
                "faults in the lv cabinets at tower base"),
    "controller": (_c("ELE-04", "Turbine controller and PLC fault finding"),
                   "reading the controller logs on a laptop"),
    "turbinetx": (_c("ELE-05", "Turbine transformer and 66 kV ring main unit"),
                  "looking after the rmus in the tower"),
    "ups": (_c("ELE-06", "UPS and battery bank maintenance"), "changing ups batteries up tower"),
    "navlights": (_c("ELE-07", "Aviation warning and marine navigation lights"),
                  "fixing nav lights and foghorns on the platforms"),
    "lightning": (_c("ELE-08", "Lightning protection system continuity testing"),
                  "lps continuity checks down the tower"),
    "insulation": (_c("ELE-09", "Insulation resistance and low voltage electrical testing"),
                   "megger testing cables and motors"),
    # high voltage
    "hvswitch": (_c("HVS-01", "HV switching and isolation (senior authorised person)"),
                 "switching as a sap offshore"),
    "osp": (_c("HVS-02", "Offshore substation platform maintenance"),
            "maintenance trips to the osp"),
    "onshore": (_c("HVS-03", "Onshore substation maintenance (400 kV connection)"),
                "working at the onshore sub"),
    "protection": (_c("HVS-04", "Protection relay testing and secondary injection"),
                   "injection testing protection relays"),
    "transformer": (_c("HVS-05", "Power transformer maintenance and dissolved gas analysis"),
                    "taking dga samples off the big transformers"),
    "sf6": (_c("HVS-06", "SF6 gas-insulated switchgear and gas handling"),
            "topping up sf6 and leak checking"),
    "cablejoint": (_c("HVS-07", "HV cable jointing and terminations (66 kV array)"),
                   "jointing array cables on the deck"),
    "hvtest": (_c("HVS-08", "HV cable testing – VLF and partial discharge"),
               "vlf testing after a cable repair"),
    "statcom": (_c("HVS-09", "Reactive compensation (STATCOM and shunt reactors)"),
                "statcom trips at the onshore site"),
    "gridcode": (_c("HVS-10", "Grid code compliance and revenue metering"),
                 "checking settlement meters for the grid"),
    # blades
    "bladeinsp": (_c("BLD-01", "Blade inspection, internal and external"),
                  "inspecting blades from the inside and outside"),
    "leadingedge": (_c("BLD-02", "Leading edge erosion repair and protection"),
                    "filling eroded leading edges"),
    "composite": (_c("BLD-03", "Composite laminate repair (glass fibre and epoxy)"),
                  "grinding out and laminating blade damage"),
    "receptor": (_c("BLD-04", "Blade lightning receptor and down conductor testing"),
                 "testing tip receptors for continuity"),
    "platform": (_c("BLD-05", "Blade access platform operation"),
                 "working off the blade platform"),
    "ropeaccess": (_c("BLD-06", "Rope access (IRATA Level 3 supervisor)"),
                   "abseiling down blades to repair them"),
    # remote operations centre
    "scada": (_c("ROC-01", "SCADA monitoring and remote turbine resets"),
              "remote resets from the control room"),
    "cms": (_c("ROC-02", "Drivetrain vibration condition monitoring"),
            "looking at vibration trends on the drivetrain"),
    "performance": (_c("ROC-03", "Turbine performance and availability analysis"),
                    "checking power curves and lost production"),
    "ot": (_c("ROC-04", "OT network and SCADA cyber security"),
           "firewall rules on the scada network"),
    "telecoms": (_c("ROC-05", "Offshore telecoms – fibre, microwave and VHF radio"),
                 "keeping the radio and fibre links up"),
    "metocean": (_c("ROC-06", "Metocean forecasting and weather windows"),
                 "checking wave heights before sailing"),
    "lidar": (_c("ROC-07", "Met mast and floating lidar maintenance"),
              "servicing the floating lidar buoy"),
    # marine operations
    "marinecoord": (_c("MAR-01", "Marine coordination and vessel tracking"),
                    "marine coordinator on the day shift"),
    "ctvmaster": (_c("MAR-02", "Crew transfer vessel master"), "skipper on the ctv"),
    "deckhand": (_c("MAR-03", "Crew transfer vessel deckhand"), "deckie on the cats"),
    "transfer": (_c("MAR-04", "Vessel-to-turbine transfer at the boat landing"),
                 "stepping across onto the ladder"),
    "gangway": (_c("MAR-05", "Walk-to-work gangway operation (SOV)"),
                "running the motion compensated gangway"),
    "dp": (_c("MAR-06", "Dynamic positioning operator"), "dpo on the sov"),
    "frc": (_c("MAR-07", "Fast rescue craft coxswain"), "driving the frc in drills"),
    "marineeng": (_c("MAR-08", "Vessel engineering – engines, waterjets and generators"),
                  "engines and jets on the cats"),
    "quay": (_c("MAR-09", "Quayside and pontoon operations"), "mooring lines on the pontoon"),
    "heli": (_c("MAR-10", "Helicopter hoist operations (HLO and winch)"),
             "helicopter winching onto the nacelle"),
    # subsea and foundations
    "cableburial": (_c("SUB-01", "Subsea cable survey and burial assessment"),
                    "checking cable burial depth after storms"),
    "rov": (_c("SUB-02", "ROV piloting and tooling"), "flying the rov round the j-tubes"),
    "scour": (_c("SUB-03", "Scour and monopile foundation inspection"),
              "scour surveys round the monopiles"),
    "anodes": (_c("SUB-04", "Cathodic protection surveys and anode replacement"),
               "taking anode readings on the tp"),
    "coatings": (_c("SUB-05", "Protective coatings repair in the splash zone"),
                 "painting tp flanges and ladders"),
    "grout": (_c("SUB-06", "Transition piece grout and flange inspection"),
              "checking grouted connections"),
    "diving": (_c("SUB-07", "Commercial diving (supervisor and diver)"),
               "diving on the cable protection"),
    # lifting
    "crane": (_c("LFT-01", "Offshore pedestal crane operation"),
              "crane op on the substation"),
    "davit": (_c("LFT-02", "Davit crane and nacelle hoist operation"),
              "using the davit to get kit up"),
    "slinger": (_c("LFT-03", "Slinger signaller (banksman)"), "slinging loads on the quay"),
    "loler": (_c("LFT-04", "Lifting equipment inspection under LOLER"),
              "loler checks on slings and shackles"),
    "liftplan": (_c("LFT-05", "Lift planning (appointed person)"), "writing lift plans"),
    # warehouse and logistics
    "warehouse": (_c("LOG-01", "Warehouse and spare parts control"),
                  "booking spares in and out of the warehouse"),
    "reachtruck": (_c("LOG-02", "Counterbalance forklift and reach truck"),
                   "driving the reach truck"),
    "imdg": (_c("LOG-03", "Dangerous goods by sea (IMDG)"), "packing dg for the boats"),
    "seafast": (_c("LOG-04", "Cargo loading and sea fastening"),
                "lashing baskets on the back deck"),
    "pob": (_c("LOG-05", "Personnel on board tracking and muster"),
            "badging people on and off the turbines"),
    "waste": (_c("LOG-06", "Offshore and oily waste management"),
              "bagging waste off the turbines"),
    # safety, health and environment, shared by many
    "gwobst": (_c("HSE-01", "GWO Basic Safety Training – working at heights"),
               "gwo working at heights refresher"),
    "rescue": (_c("HSE-02", "Rescue from the hub, spinner and nacelle"),
               "hub rescue with the rescue kit"),
    "seasurvival": (_c("HSE-03", "Sea survival and immersion suit drills"),
                    "sea survival in the pool"),
    "firstaid": (_c("HSE-04", "First aid at sea and at height"), "first aider on the sov"),
    "manual": (_c("HSE-05", "Manual handling in confined nacelles"),
               "lifting kit safely in the nacelle"),
    "fire": (_c("HSE-06", "Fire awareness and fire team duties"), "fire team on the vessel"),
    "confined": (_c("HSE-07", "Confined space entry (blade root and hub)"),
                 "going into the blade root"),
    "ptw": (_c("HSE-08", "Permit to work (issuer and performing authority)"),
            "issuing permits for the turbines"),
    "loto": (_c("HSE-09", "Lockout tagout and safe isolation"), "locking off the turbine"),
    "medic": (_c("HSE-10", "Offshore medic"), "medic on the platform"),
    "spill": (_c("HSE-11", "Marine oil spill response"), "putting booms out on the quay"),
    "mmo": (_c("HSE-12", "Marine mammal and seabird observation"),
            "watching for porpoises and seabirds"),
    # the training centre
    "instructor": (_c("TRN-01", "GWO course delivery (instructor)"), "teaching gwo courses"),
    "tower": (_c("TRN-02", "Climbing tower and rescue rig upkeep"),
              "inspecting harnesses at the climbing tower"),
    "assessor": (_c("TRN-03", "Technical competence assessment (assessor)"),
                 "signing off technicians' competences"),
    "apprentices": (_c("TRN-04", "Wind technician apprentice mentoring"),
                    "buddying the new apprentices"),
    "pool": (_c("TRN-05", "Sea survival pool and wave machine operation"),
             "running the wave pool"),
    # asset management
    "cmms": (_c("AST-01", "Work order planning in the maintenance system (SAP PM)"),
             "raising notifications in sap"),
    "rca": (_c("AST-02", "Reliability engineering and root cause analysis"),
            "root causing gearbox failures"),
    "drone": (_c("AST-03", "Drone inspection (GVC)"), "flying the drone round the blades"),
    "docs": (_c("AST-04", "Technical documentation and drawing control"),
             "keeping the drawings and manuals current"),
    "campaign": (_c("AST-05", "Maintenance campaign planning"),
                 "planning the summer campaign"),
    "gis": (_c("AST-06", "Asset data and GIS"), "updating the array layout maps"),
    # management
    "supervisor": (_c("MGT-01", "Offshore team leading (site supervisor)"),
                   "running the offshore team"),
    "budget": (_c("MGT-02", "Cost control and O&M budgets"), "keeping an eye on opex"),
    "contractors": (_c("MGT-03", "Contractor and OEM management"),
                    "managing the oem technicians"),
    "fisheries": (_c("MGT-04", "Fisheries and stakeholder liaison"),
                  "talking to the local fishermen"),
    "improvement": (_c("MGT-05", "Continuous improvement"), "kaizen on the quay"),
}

WTG = "Turbine Maintenance"
ELE = "Turbine Electrical"
HV = "High Voltage"
BLADES = "Blades"
ROC = "Remote Operations Centre"
MARINE = "Marine Operations"
SUBSEA = "Subsea and Foundations"
LIFTING = "Lifting Operations"
LOGISTICS = "Warehouse and Logistics"
HSE = "Safety, Health and Environment"
SCHOOL = "Hollowsand Training Centre"
ASSET = "Asset Management"

GROUPS = (
    Group("wtg", 240, (WTG,), ("Wind Turbine Technician", "Mechanical Technician (WTG)",
                               "Lead Technician (Service)", "Turbine Service Technician"),
          ("service", "bolting", "lubrication", "yaw", "pitch", "hydraulics", "troubleshoot",
           "gearbox", "mainbearing", "cooling", "servicelift", "gwobst", "transfer", "rescue"),
          "Services and repairs the turbines, from tower base to hub."),
    Group("electrical", 150, (ELE,), ("Electrical Technician (WTG)", "Converter Technician",
                                      "Controls Technician"),
          ("troubleshoot", "converter", "lvpanel", "controller", "generator", "turbinetx", "ups",
           "lightning", "navlights", "insulation", "loto", "gwobst"),
          "Finds and fixes the turbines' electrical and control faults."),
    Group("hv", 70, (HV,), ("HV Technician", "Senior Authorised Person", "Protection Engineer",
                            "HV Cable Jointer"),
          ("hvswitch", "osp", "onshore", "protection", "transformer", "sf6", "cablejoint",
           "hvtest", "statcom", "gridcode", "loto", "ptw"),
          "Switches, tests and maintains the substations and the HV cables."),
    Group("blades", 60, (BLADES,), ("Blade Technician", "Rope Access Blade Technician",
                                    "Composite Repair Technician"),
          ("bladeinsp", "leadingedge", "composite", "ropeaccess", "receptor", "platform",
           "confined", "rescue"),
          "Inspects and repairs the blades on ropes and platforms."),
    Group("roc", 45, (ROC,), ("Control Room Operator", "SCADA Engineer",
                              "Condition Monitoring Analyst", "Performance Analyst"),
          ("scada", "cms", "performance", "troubleshoot", "ot", "telecoms", "metocean", "lidar"),
          "Watches the wind farm around the clock and resets turbines remotely."),
    Group("marine", 130, (MARINE,), ("Marine Coordinator", "CTV Master", "CTV Deckhand",
                                     "Gangway Operator", "Marine Engineer"),
          ("marinecoord", "ctvmaster", "deckhand", "transfer", "gangway", "dp", "marineeng",
           "quay", "frc", "seasurvival", "metocean"),
          "Gets the technicians to the turbines and back safely."),
    Group("aviation", 20, (MARINE,), ("Helicopter Landing Officer", "Winch Operator"),
          ("heli", "pob", "fire", "seasurvival"),
          "Runs helicopter hoisting to the turbines and the substations."),
    Group("subsea", 40, (SUBSEA,), ("Subsea Engineer", "ROV Pilot Technician",
                                    "Foundations Inspector", "Coatings Technician"),
          ("cableburial", "rov", "scour", "anodes", "coatings", "grout", "diving"),
          "Surveys the cables and foundations and keeps the steel protected."),
    Group("lifting", 45, (LIFTING,), ("Crane Operator", "Lifting Supervisor", "Slinger Signaller",
                                      "Lifting Equipment Inspector"),
          ("crane", "davit", "slinger", "loler", "liftplan", "seafast"),
          "Plans and carries out lifts on the quay, the vessels and the platforms."),
    Group("logistics", 60, (LOGISTICS,), ("Warehouse Technician", "Logistics Coordinator",
                                          "Stores Operative", "Port Logistics Operative"),
          ("warehouse", "reachtruck", "imdg", "seafast", "pob", "waste"),
          "Keeps the spares, loads the vessels and tracks who is offshore."),
    Group("hse", 30, (HSE,), ("HSE Advisor", "Offshore Medic", "Environmental Advisor",
                              "Emergency Response Coordinator"),
          ("medic", "ptw", "spill", "mmo", "firstaid", "fire", "confined", "loto"),
          "Advises on safety, runs the permits and covers emergencies."),
    Group("training", 30, (SCHOOL,), ("GWO Instructor", "Technical Trainer",
                                      "Competence Assessor", "Apprentice Coordinator"),
          ("instructor", "tower", "assessor", "apprentices", "pool", "rescue", "seasurvival"),
          "Teaches GWO courses and assesses technicians' competence."),
    Group("asset", 50, (ASSET,), ("Maintenance Planner", "Reliability Engineer", "Drone Pilot",
                                  "Document Controller", "Campaign Planner"),
          ("cmms", "rca", "campaign", "drone", "docs", "gis"),
          "Plans the work, studies failures and keeps the asset records."),
    Group("managers", 30, (WTG, HV, MARINE, ASSET, SCHOOL),
          ("Site Manager", "Offshore Supervisor", "O&M Manager", "Technical Manager"),
          ("supervisor", "budget", "contractors", "fisheries", "improvement", "campaign"),
          "Leads the base, the contractors and the improvement work."),
)
SHARED = ("gwobst", "firstaid", "manual", "fire", "seasurvival", "rescue", "confined", "loto",
          "ptw")

FACILITIES = (
    FacilitySpec("BOW-SVC", "Eskwith Quay Turbine Service Team", "service", WTG,
                 "Annual and semi-annual services of every turbine in the field.",
                 ("service", "bolting", "lubrication")),
    FacilitySpec("BOW-DRV", "Drivetrain and Gearbox Team", "service", WTG,
                 "Gearbox endoscopy, main bearings and oil sampling; the drivetrain team.",
                 ("gearbox", "mainbearing", "cooling")),
    FacilitySpec("BOW-YPT", "Yaw and Pitch Team", "service", WTG,
                 "Yaw brakes, slewing rings and pitch cylinders in the hub.", ("pitch", "yaw")),
    FacilitySpec("BOW-HYD", "Eskwith Quay Hydraulics Workshop", "workshop", WTG,
                 "Accumulators, pitch cylinders and hydraulic power units rebuilt and tested.",
                 ("hydraulics",)),
    FacilitySpec("BOW-TSL", "Tower Service Lift Team", "service", WTG,
                 "Inspection and repair of the tower lifts and ladders.", ("servicelift",)),
    FacilitySpec("BOW-FFD", "Turbine Fault Response Team", "service", WTG,
                 "Technicians on call to restart turbines that have tripped.",
                 ("troubleshoot", "controller")),
    FacilitySpec("BOW-CNV", "Converter Repair Workshop", "workshop", ELE,
                 "IGBT stacks, converter modules and control cards repaired and tested.",
                 ("converter", "lvpanel")),
    FacilitySpec("BOW-GEN", "Generator and Slip Ring Team", "service", ELE,
                 "Generator inspections, brush gear and slip rings up tower.", ("generator",)),
    FacilitySpec("BOW-ETW", "Electrical Test Workshop", "workshop", ELE,
                 "Insulation testers, battery chargers and spare UPS units.",
                 ("insulation", "ups", "lightning")),
    FacilitySpec("BOW-ATN", "Aids to Navigation Team", "service", ELE,
                 "Aviation lights, marine lanterns and foghorns across the field.",
                 ("navlights",)),
    FacilitySpec("BOW-OSA", "Skarn Bank Alpha Offshore Substation", "facility", HV,
                 "66 kV and 220 kV switchgear and the export transformers offshore; OSP Alpha.",
                 ("osp", "hvswitch", "sf6")),
    FacilitySpec("BOW-ONS", "Fenwick Drove Onshore Substation", "facility", HV,
                 "The grid connection: transformers, reactors, STATCOM and meters.",
                 ("onshore", "transformer", "statcom", "gridcode")),
    FacilitySpec("BOW-PCW", "Protection and Control Workshop", "workshop", HV,
                 "Relay test sets and spare protection relays for secondary injection.",
                 ("protection",)),
    FacilitySpec("BOW-CBJ", "HV Cable Jointing Team", "service", HV,
                 "Array and export cable joints, terminations and tests after repair.",
                 ("cablejoint", "hvtest")),
    FacilitySpec("BOW-BRH", "Eskwith Quay Blade Repair Hangar", "workshop", BLADES,
                 "Laminating, curing and leading edge repair of blade sections.",
                 ("composite", "leadingedge")),
    FacilitySpec("BOW-BIR", "Blade Inspection and Rope Access Team", "service", BLADES,
                 "Rope access inspection of blades, receptors and towers.",
                 ("bladeinsp", "ropeaccess", "receptor")),
    FacilitySpec("BOW-BAP", "Blade Access Platform Crew", "service", BLADES,
                 "A suspended platform for repairs that ropes cannot reach.", ("platform",)),
    FacilitySpec("BOW-ROC", "Eskwith Quay Remote Operations Centre", "service", ROC,
                 "The control room that watches and resets the turbines day and night; the ROC.",
                 ("scada", "troubleshoot")),
    FacilitySpec("BOW-CMO", "Condition Monitoring Office", "service", ROC,
                 "Vibration, oil and performance data reviewed for early warnings.",
                 ("cms", "performance")),
    FacilitySpec("BOW-OTR", "OT Network and Telecoms Room", "facility", ROC,
                 "SCADA servers, firewalls, the fibre and the VHF base station.",
                 ("ot", "telecoms")),
    FacilitySpec("BOW-MLT", "Metocean and Lidar Team", "service", ROC,
                 "Forecasts for sailing and a floating lidar for the wind resource.",
                 ("lidar", "metocean")),
    FacilitySpec("BOW-MCC", "Marine Coordination Centre", "service", MARINE,
                 "Tracks every vessel, transfer and person offshore; marine control.",
                 ("marinecoord", "pob")),
    FacilitySpec("BOW-CTV", "Crew Transfer Vessel Fleet", "facility", MARINE,
                 "Catamarans that take technicians out to the turbines each morning.",
                 ("ctvmaster", "deckhand", "transfer")),
    FacilitySpec("BOW-SOV", "Skarn Venture Service Operation Vessel", "facility", MARINE,
                 "A vessel that stays in the field for weeks with a motion compensated gangway.",
                 ("gangway", "dp")),
    FacilitySpec("BOW-FRC", "Fast Rescue Craft Station", "facility", MARINE,
                 "Rescue boats and their crews on standby.", ("frc",)),
    FacilitySpec("BOW-MEW", "Marine Engineering Workshop", "workshop", MARINE,
                 "Engines, waterjets and generators of the vessels serviced alongside.",
                 ("marineeng",)),
    FacilitySpec("BOW-HHO", "Helicopter Hoist Operations", "service", MARINE,
                 "Winching technicians to the nacelles when the sea is too rough.", ("heli",)),
    FacilitySpec("BOW-PON", "Eskwith Quay Pontoons", "facility", LOGISTICS,
                 "Berths, pontoons and the quayside where the vessels load.",
                 ("quay", "seafast")),
    FacilitySpec("BOW-SSC", "Subsea and Cable Team", "service", SUBSEA,
                 "Burial surveys and ROV inspections of the array and export cables.",
                 ("cableburial", "rov")),
    FacilitySpec("BOW-FCT", "Foundations and Coatings Team", "service", SUBSEA,
                 "Scour, anodes, grout and paint on the monopiles and transition pieces.",
                 ("scour", "anodes", "coatings", "grout")),
    FacilitySpec("BOW-DSU", "Dive Support Unit", "service", SUBSEA,
                 "A diving team for work on cable protection and J-tubes.", ("diving",)),
    FacilitySpec("BOW-LCT", "Lifting and Cranes Team", "service", LIFTING,
                 "Pedestal cranes, davits and the quayside crane with their slingers.",
                 ("crane", "davit", "slinger")),
    FacilitySpec("BOW-LGS", "Lifting Gear Store", "facility", LIFTING,
                 "Slings, shackles and hoists inspected and issued, and lift plans kept.",
                 ("loler", "liftplan")),
    FacilitySpec("BOW-WHS", "Eskwith Quay Warehouse", "facility", LOGISTICS,
                 "Turbine spares, consumables and tools, with forklifts and racking.",
                 ("warehouse", "reachtruck")),
    FacilitySpec("BOW-DGS", "Dangerous Goods and Waste Store", "facility", LOGISTICS,
                 "Oils, gases and batteries packed for sea, and waste brought ashore.",
                 ("imdg", "waste")),
    FacilitySpec("BOW-MED", "Medical and Emergency Response Room", "service", HSE,
                 "Offshore medics, defibrillators and the emergency response plan.",
                 ("medic", "firstaid", "spill")),
    FacilitySpec("BOW-PTW", "Permit to Work Office", "service", HSE,
                 "Permits, isolations and lockout for every job offshore; the permit office.",
                 ("ptw", "loto")),
    FacilitySpec("BOW-HTC", "Hollowsand Training Centre", "teaching", SCHOOL,
                 "Classrooms for GWO courses and technician assessments.",
                 ("instructor", "assessor", "apprentices")),
    FacilitySpec("BOW-HCT", "Hollowsand Climbing Tower", "teaching", SCHOOL,
                 "A tower, a nacelle mock-up and a hub for rescue practice.",
                 ("tower", "rescue")),
    FacilitySpec("BOW-HSP", "Hollowsand Sea Survival Pool", "teaching", SCHOOL,
                 "A pool with a wave machine and a mock boat landing.",
                 ("pool", "seasurvival")),
)

GIVEN = """Mikkel-Joost Freja-Lieke Rasmus-Sander Ingrid-Marloes Torben-Bram Signe-Femke
Jesper-Ruud Astrid-Anouk Lasse-Wouter Kirsten-Sanne Bjarne-Thijs Mette-Inge Henrik-Daan
Lone-Fenna Kasper-Jelle Birgitte-Noor Morten-Stijn Tove-Lotte Niels-Jurre Karin-Roos Ulrik-Gijs
Pernille-Maaike Steen-Teun Hanne-Evi Bent-Pieter Dorte-Janneke Frode-Koen Lærke-Isa""".split()
FAMILY = """Brodersen-Harland Kjeldsen-Topham Mortensen-Ackroyd Thygesen-Wressle Lauritsen-Cawood
Vestergaard-Pickering Haugaard-Lofthouse Bruun-Skelton Dahlgaard-Escritt Fogh-Drewery
Kragh-Sowerby Munk-Rudston Skov-Hebblethwaite Toft-Cammidge Lund-Frankish Bech-Tindall
Holm-Leaper Juhl-Megginson Ravn-Stockdale Engholm-Raines Sand-Bielby Krogh-Wilberfoss
Aagaard-Gowthorpe Bundgaard-Hustwick""".split()
FAMILY += ["van der Linde-Cawood", "ter Haar-Skelton", "de Groot-Frankish", "Østergaard-Raines",
           "Ó Dálaigh-Bruun"]

BRANTHOLME = Site("Brantholme Offshore Wind (Eskwith Quay Operations and Maintenance Base)",
                  "BOW", "brantholme-wind.co.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN,
                  FAMILY, own=_own)
