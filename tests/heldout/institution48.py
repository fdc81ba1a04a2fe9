"""Kelbury Space Systems' Fennick Down Satellite Integration Centre with its Scarrow Head Ground
Station: a forty-sixth fictitious institution, for ``heldout48``.

Fennick Down is the fictitious satellite factory of a spacecraft manufacturer, the organisation
whose assembly, integration and test, flight electronics, environmental test, RF and payload,
optics, propulsion, structures and thermal, product assurance, test software, mission
operations, logistics, test facilities, safety, training and management staff build, test, ship,
launch and fly its telecommunications and Earth observation satellites: the AIT hall (mechanical
integration, MGSE and lifting, the flight harness and its connectors, bonding and grounding, the
EGSE and functional tests, contamination control, ESD control, deployment tests with gravity
offload, the launch campaign at the launch site); the flight electronics line (hand soldering to
the ESA standard, surface mount and vapour phase reflow, crimping and harnesses, conformal
coating and staking, visual and X-ray inspection, repairs and modifications, EEE parts, board
test); the environmental test centre (thermal vacuum, vibration, acoustic and shock, EMC, mass
properties, test instrumentation, bakeout and outgassing); RF and payload (network and spectrum
analysers, the compact antenna test range, waveguides and PIM, payload integration, TT&C); optics
(theodolite alignment, the laser tracker and photogrammetry, telescope integration,
interferometry); propulsion (propellant loading in SCAPE suits, pipework and orbital welding,
helium leak and proof tests, electric propulsion); structures and thermal (honeycomb panels and
inserts, MLI blankets, heaters, heat pipes and OSRs, adhesives, the machine shop, solar arrays,
batteries); product assurance (inspection points, non-conformances, configuration, materials and
processes, calibration, cleanroom classification, AS9100 audits); test software (the software
validation facility, Python test sequences, the spacecraft database, the test network, FPGAs);
mission operations (the ground station's antennas and RF chain, spacecraft controllers, flight
dynamics, LEOP); logistics (spacecraft transport, bonded stores, cranes, forklifts, dangerous
goods); test facilities (cleanroom HVAC, liquid nitrogen and gases, electrics, pumps and
chillers); safety (first aid, COSHH, fire, isolation, manual handling, pressure systems, lasers,
pyrotechnics); the space academy (apprentices, the ESA soldering instructors, inductions,
outreach); and management.

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
its assay office, an airline's aircraft engineering base, a railway infrastructure manager's
maintenance delivery unit, an offshore wind farm operator's operations and maintenance base nor
a Formula One constructor's factory and race team, but a spacecraft manufacturer's satellite
assembly, integration and test centre with its own ground station (1,200 AIT, electronics,
environmental test, RF, optics, propulsion, structures, product assurance, software, mission
operations, logistics and facilities technicians, operators, inspectors, engineers,
controllers, instructors and support staff in the directory), unlike the institutions before it
(Northgate to Vellacott).

Its HR system knows a person's skills from the centre's certification register, kept as TOML
in the cleanroom access system's repository (the access system opens a cleanroom door, a test
chamber or a process only for those certified on it), whose export writes each holder's
certification as one line, a TOML key and an inline table: 'XXX-nnn = { title = "<title>",
category = "<category>", issued = yyyy-mm-dd, expires = yyyy-mm-dd, certifier = "ABC" }' (one
line, as TOML wants an inline table; its keys in that order, each key, a space, an equals sign
and a space before its value, a comma and a space between pairs, a space inside either brace).
The certification's code (its department's three capitals, a hyphen and three digits) is the
bare key and its title the first value, a TOML basic string in double quotes (a double quote or
a backslash inside it escaped with a backslash, an en dash or any other character kept as it
is); then the holder's own values: the category (trainee, operator, inspector or instructor),
the day the certification was issued (2014 to 2026, none after November 2026, a TOML local
date), the day it expires (the same day twelve, twenty-four or thirty-six months on) or, for a
certification that does not lapse, no ``expires`` key at all (TOML has no null), and the
certifier's initials (three capitals, a string). As in heldout30's to heldout47's generators,
the holder's values are drawn from the generator's seeded random stream row by row
(``Site.own``), so two holders of one certification are written differently, as a real export
writes them, while the bundle stays deterministic. A facility's required skills are the
certification's code and title without a holder's values ('XXX-nnn = { title = "<title>" }').
Beside those, rows the staff typed into the skills survey are their own: lower-case, space
industry slang and kit names ("running the tvac chamber over the weekend", "shooting alignment
cubes with the theodolites"). Some are written as no technician taxonomy is likely to write
them (the launch campaign, propellant loading in SCAPE suits, MLI blankets, LEOP, pyrotechnics,
export control). Facilities have names, aliases (in the name or the description) and role
holders. Concept keys are the evaluation's own, not the taxonomy's ids. Generated by the same
deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["CATEGORIES", "CERTIFIERS", "KELBURY", "PEOPLE", "RECORD", "SEED", "VALIDITY",
           "YEARS"]

PEOPLE, SEED = 1200, 48048     # tests.heldout.institution.generate(PEOPLE, SEED, KELBURY)
CATEGORIES = ("trainee", "operator", "inspector", "instructor")
CERTIFIERS = ("AKS", "BLT", "DMR", "HCV", "JNW", "LPE", "RGO", "TFY")
YEARS = (2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
VALIDITY = (0, 12, 24, 36)   # months to the expiry; 0: it does not lapse, no expires key
# a holder's certification as the cleanroom access system's export writes it, a TOML key and
# inline table on one line: the certification's code (the bare key) and title (a basic string,
# a double quote or backslash inside escaped), and (a holder's own) the category, the day
# issued, the day it expires (the key left out when it does not lapse) and the certifier
RECORD = re.compile(r'^([A-Z]{3})-(\d{3}) = \{ title = ("(?:[^"\\]|\\.)+")'
                    r'(?:, category = "(trainee|operator|inspector|instructor)", '
                    r'issued = (20\d{2})-(\d{2})-(\d{2})'
                    r'(?:, expires = (20\d{2})-(\d{2})-(\d{2}))?, certifier = "([A-Z]{3})")? \}$')


def _basic(title: str) -> str:
    """A title as a TOML basic string: in double quotes, a backslash or a double quote inside
    escaped with a backslash."""
    return '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _c(code: str, title: str) -> str:
    """The certification's code and title, as the register's line opens (and closes)."""
    return f"{code} = {{ title = {_basic(title)} }}"


def _own(text: str, rng: Random) -> str:
    """A holder's line for a certification: the category, the day issued, the day it expires
    (or no such key) and the certifier, drawn from the generator's stream; a survey row stays
    as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    category = rng.choice(CATEGORIES)
    issued = past_day(YEARS, rng)
    months = rng.choice(VALIDITY)
    expires = ""
    if months:
        years, month = divmod(issued.month - 1 + months, 12)
        expires = f", expires = {date(issued.year + years, month + 1, issued.day).isoformat()}"
    certifier = rng.choice(CERTIFIERS)
    return (text[:-2] + f', category = "{category}", issued = {issued.isoformat()}{expires}, '
            f'certifier = "{certifier}" }}')


# concept key -> HR spellings (the first is the certification as the register's export writes
# it; the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # assembly, integration and test
    "integ": (_c("AIT-110", "Spacecraft mechanical integration and torque-controlled fastening"),
              "bolting units onto the spacecraft in the ait hall"),
    "mgse": (_c("AIT-120", "MGSE operation, lifting and spacecraft handling"),
             "lifting the spacecraft off its trolley with the crane"),
    "harness": (_c("AIT-130", "Flight harness routing and connector mating"),
                "routing the flight harness across the panels"),
    "bonding": (_c("AIT-140", "Electrical bonding and grounding verification"),
                "checking bonding resistance with a milliohm meter"),
    "egse": (_c("AIT-150", "EGSE operation and spacecraft functional testing"),
             "running functional tests from the egse racks"),
    "contam": (_c("AIT-160", "Contamination control and cleanliness monitoring"),
               "taking tape lifts and fallout counts"),
    "esd": (_c("AIT-170", "ESD control for flight hardware"),
            "checking wrist straps and esd mats"),
    "launch": (_c("AIT-180", "Launch campaign operations at the launch site"),
               "going out to the launch site for the campaign"),
    "deploy": (_c("AIT-190", "Deployment tests with zero-g offloading"),
               "deploying the solar array on the offload rig"),
    # flight electronics
    "solder": (_c("EMF-210", "Hand soldering of flight hardware to ECSS-Q-ST-70-61"),
               "soldering flight boards to the esa standard"),
    "smt": (_c("EMF-220", "Surface mount assembly and vapour phase reflow"),
            "running the pick and place and vapour phase oven"),
    "crimp": (_c("EMF-230", "Crimping and harness manufacture to ECSS-Q-ST-70-26"),
              "crimping d-sub contacts for flight harnesses"),
    "coat": (_c("EMF-240", "Conformal coating, staking and potting of flight boards"),
             "masking and coating flight boards"),
    "inspect": (_c("EMF-250", "Visual and X-ray inspection of flight assemblies"),
                "inspecting solder joints under the microscope"),
    "rework": (_c("EMF-260", "Repair and modification of flight boards"),
               "fitting mod wires on flight boards"),
    "eee": (_c("EMF-270", "EEE parts storage, kitting and traceability"),
            "looking after eee parts in the dry cabinets"),
    "boardtest": (_c("EMF-280", "Board-level test and fault finding"),
                  "fault finding boards on the test bench"),
    # environmental test
    "tvac": (_c("ENV-310", "Thermal vacuum and thermal balance testing"),
             "running the tvac chamber over the weekend"),
    "vibe": (_c("ENV-320", "Vibration testing – sine, random and quasi-static"),
             "shaking units on the big shaker"),
    "acoustic": (_c("ENV-330", "Acoustic noise and shock testing"),
                 "running the reverberant chamber"),
    "emc": (_c("ENV-340", "EMC testing – conducted and radiated emissions and susceptibility"),
            "emc tests in the screened room"),
    "massprop": (_c("ENV-350", "Mass properties – mass, centre of gravity and moments of "
                               "inertia"),
                 "weighing the spacecraft and finding its centre of gravity"),
    "instr": (_c("ENV-360", "Test instrumentation – accelerometers, thermocouples and strain "
                            "gauges"),
              "gluing accelerometers on before vibe"),
    "outgas": (_c("ENV-370", "Bakeout and outgassing screening (TML and CVCM)"),
               "baking out harnesses before tvac"),
    # RF and payload
    "rftest": (_c("RFP-410", "RF measurements with network and spectrum analysers"),
               "measuring s-parameters on the vna"),
    "catr": (_c("RFP-420", "Antenna pattern measurement in the compact test range"),
             "measuring antenna patterns in the anechoic chamber"),
    "waveguide": (_c("RFP-430", "Waveguide and coaxial assembly with PIM testing"),
                  "torquing waveguide flanges"),
    "payload": (_c("RFP-440", "Payload integration and repeater testing"),
                "fitting the payload panels onto the platform"),
    "ttc": (_c("RFP-450", "TT&C and RF suitcase testing"),
            "end to end tests with the rf suitcase"),
    # optics
    "align": (_c("OPT-510", "Optical alignment with theodolites and alignment cubes"),
              "shooting alignment cubes with the theodolites"),
    "tracker": (_c("OPT-520", "Laser tracker and photogrammetry measurement"),
                "measuring the reflector with the laser tracker"),
    "optint": (_c("OPT-530", "Telescope and camera integration in the optics clean room"),
               "integrating the telescope mirrors"),
    "interfero": (_c("OPT-540", "Interferometric testing of mirrors and lenses"),
                  "measuring mirror figure on the interferometer"),
    # propulsion
    "fuel": (_c("PRP-610", "Propellant loading (hydrazine and xenon) in SCAPE suits"),
             "wearing a scape suit to load hydrazine"),
    "propint": (_c("PRP-620", 'Propulsion pipework – 1/4" titanium lines, orbital welding and '
                              'integration'),
                "orbital welding titanium prop lines"),
    "leak": (_c("PRP-630", "Helium leak detection and proof pressure testing"),
             "sniffing for helium leaks on the prop system"),
    "ep": (_c("PRP-640", "Electric propulsion thruster testing"),
           "firing the hall effect thruster in the vacuum tank"),
    # structures and thermal
    "panels": (_c("STH-710", "Honeycomb sandwich panels and insert potting"),
               "potting inserts in honeycomb panels"),
    "mli": (_c("STH-720", "Multi-layer insulation (MLI) blanket manufacture and fitting"),
            "making mli blankets"),
    "thermal": (_c("STH-730", "Thermal hardware – heaters, thermistors, heat pipes and OSRs"),
                "bonding heaters and thermistors"),
    "adhesive": (_c("STH-740", "Space-qualified adhesive bonding"),
                 "mixing and applying two part epoxy"),
    "cnc": (_c("STH-750", "Precision CNC machining of flight parts"),
            "machining brackets on the 5 axis mill"),
    "solar": (_c("STH-760", "Solar array cell laydown and panel assembly"),
              "laying cells onto the solar panels"),
    "battery": (_c("STH-770", "Li-ion battery module assembly and cell matching"),
                "matching cells for the flight battery"),
    # product assurance
    "painspect": (_c("PAQ-810", "Product assurance inspection and mandatory inspection points"),
                  "witnessing mandatory inspection points"),
    "ncr": (_c("PAQ-820", "Non-conformance reporting and review boards"),
            "writing ncrs for the review board"),
    "config": (_c("PAQ-830", "Configuration management and as-built records"),
               "keeping the as-built list up to date"),
    "mp": (_c("PAQ-840", "Materials and processes control (DML and DMPL)"),
           "checking materials against the dml"),
    "cal": (_c("PAQ-850", "Test equipment calibration control"),
            "sending test kit away for calibration"),
    "cleanclass": (_c("PAQ-860", "Cleanroom classification and particle counting (ISO 14644)"),
                   "particle counting in the cleanroom"),
    "audit": (_c("PAQ-870", "Quality audits to AS9100"), "internal audits for as9100"),
    # test software
    "svf": (_c("SWT-910", "Flight software validation on the software validation facility"),
            "running test scripts on the svf"),
    "pytest": (_c("SWT-920", "Automated test sequences in Python"),
               "writing python test sequences for the egse"),
    "mib": (_c("SWT-930", 'Spacecraft database ("MIB") maintenance – telemetry and '
                          'telecommands'),
            "editing telemetry and telecommand definitions"),
    "testnet": (_c("SWT-940", "Secure test network and EGSE IT administration"),
                "looking after the test network"),
    "fpga": (_c("SWT-950", "FPGA design for radiation-tolerant electronics"),
             "writing vhdl for rad-hard fpgas"),
    # mission operations and the ground station
    "gsant": (_c("GSO-110", "Ground station antenna operation and maintenance"),
              "keeping the dishes tracking at scarrow head"),
    "spacon": (_c("GSO-120", "Spacecraft operations and commanding on shift"),
               "sending commands from mission control"),
    "fdyn": (_c("GSO-130", "Flight dynamics and orbit determination"),
             "working out orbit manoeuvres"),
    "leop": (_c("GSO-140", "LEOP and in-orbit commissioning"), "on console during leop"),
    "rfchain": (_c("GSO-150", "Ground station baseband and RF chain maintenance"),
                "fixing the modems and baseband kit"),
    # logistics
    "transport": (_c("LOG-210", "Spacecraft transport and shipping containers"),
                  "packing the spacecraft in its container"),
    "bonded": (_c("LOG-220", "Bonded stores and flight kit issue"),
               "issuing flight kits from bonded stores"),
    "crane": (_c("LOG-230", "Overhead crane and hoist operation"),
              "driving the overhead crane in the ait hall"),
    "forklift": (_c("LOG-240", "Counterbalance forklift operation"),
                 "moving crates with the forklift"),
    "dg": (_c("LOG-250", "Dangerous goods shipping – batteries and pyrotechnics"),
           "shipping lithium batteries and pyros"),
    # test facilities
    "hvac": (_c("FAC-310", "Cleanroom HVAC and environmental control"),
             "keeping the cleanroom air handling running"),
    "gases": (_c("FAC-320", "Liquid nitrogen and high-purity gas supply"),
              "topping up ln2 dewars for tvac"),
    "facelec": (_c("FAC-330", "Test facility electrical maintenance"),
                "electrical maintenance on the test chambers"),
    "plant": (_c("FAC-340", "Test facility plant maintenance – vacuum pumps, chillers and "
                            "compressors"),
              "servicing the tvac pumps and chillers"),
    # safety, health and environment, shared by many
    "firstaid": (_c("HSE-410", "First aid at work"), "first aider in the ait hall"),
    "coshh": (_c("HSE-420", "COSHH – solvents, adhesives and propellants"),
              "coshh assessments for solvents and glues"),
    "fire": (_c("HSE-430", "Fire warden"), "fire warden for the cleanroom"),
    "loto": (_c("HSE-440", "Electrical isolation and permit to work"),
             "isolating the shaker before working on it"),
    "manual": (_c("HSE-450", "Manual handling of flight hardware"), "lifting flight boxes safely"),
    "pressure": (_c("HSE-460", "Pressure systems safety (PSSR)"),
                 "pressure vessel checks on the tvac"),
    "laser": (_c("HSE-470", "Laser safety (trackers and alignment lasers)"),
              "laser safety for the tracker and alignment lasers"),
    "pyro": (_c("HSE-480", "Pyrotechnic devices and ordnance handling"),
             "fitting pyro bolts and initiators"),
    # the space academy
    "apprentices": (_c("ACA-510", "Apprentice mentoring"),
                    "looking after the apprentices in the ait hall"),
    "instructor": (_c("ACA-520", "ECSS soldering and crimping instructor"),
                   "teaching the esa soldering course"),
    "inductions": (_c("ACA-530", "Cleanroom and workshop inductions"),
                   "doing cleanroom inductions for new starters"),
    "outreach": (_c("ACA-540", "STEM outreach and space education"),
                 "talking to schools about satellites"),
    # management
    "teamlead": (_c("MGT-610", "AIT shift team leading"), "leading the shift in the ait hall"),
    "planning": (_c("MGT-620", "AIT planning and scheduling"),
                 "planning the ait flow in primavera"),
    "export": (_c("MGT-630", "Export control – ITAR and dual-use licences"),
               "checking export licences for itar parts"),
    "suppliers": (_c("MGT-640", "Supplier and subcontract management"),
                  "chasing suppliers for flight parts"),
    "procedures": (_c("MGT-650", "AIT procedures and work instructions"),
                   "writing step by step ait procedures"),
    "risk": (_c("MGT-660", "Risk management and FMEA"), "running fmea workshops"),
}

AIT = "Assembly, Integration and Test"
ELECTRONICS = "Flight Electronics"
ENVTEST = "Environmental Test"
RF = "RF and Payload"
OPTICS = "Optics"
PROPULSION = "Propulsion"
STRUCTURES = "Structures and Thermal"
PA = "Product Assurance"
SOFTWARE = "Test Software"
MISSION = "Mission Operations"
LOGISTICS = "Logistics"
TESTFAC = "Test Facilities"
ACADEMY = "Kelbury Space Academy"

GROUPS = (
    Group("ait", 200, (AIT,), ("AIT Technician", "Spacecraft Integration Technician",
                               "Electrical Integration Technician", "MGSE Technician"),
          ("integ", "harness", "mgse", "egse", "bonding", "contam", "esd", "deploy", "launch",
           "crane", "massprop", "pyro"),
          "Builds the spacecraft up in the AIT hall and takes it through its tests."),
    Group("electronics", 150, (ELECTRONICS,), ("Electronics Assembly Technician",
                                               "Space Soldering Operator", "Harness Technician",
                                               "Electronics Inspector", "Electronics Test "
                                               "Technician"),
          ("solder", "smt", "crimp", "inspect", "coat", "rework", "boardtest", "eee", "esd"),
          "Builds, inspects and tests the flight boards and harnesses."),
    Group("envtest", 90, (ENVTEST,), ("Environmental Test Technician",
                                      "Thermal Vacuum Technician", "Vibration Test Engineer",
                                      "EMC Technician"),
          ("tvac", "vibe", "instr", "acoustic", "emc", "massprop", "outgas", "gases"),
          "Puts units and whole spacecraft through thermal vacuum, vibration and EMC tests."),
    Group("rf", 60, (RF,), ("RF Test Technician", "Antenna Test Engineer", "Payload Technician",
                            "Microwave Technician"),
          ("rftest", "catr", "waveguide", "payload", "ttc", "emc"),
          "Tests the payload, antennas and RF links."),
    Group("optics", 35, (OPTICS,), ("Optical Technician", "Alignment Technician",
                                    "Metrology Technician"),
          ("align", "tracker", "optint", "interfero", "contam", "laser"),
          "Aligns, integrates and measures the telescopes, cameras and reflectors."),
    Group("propulsion", 35, (PROPULSION,), ("Propulsion Technician",
                                            "Propellant Loading Technician", "Pipework Welder"),
          ("propint", "leak", "fuel", "ep", "gases", "pyro"),
          "Integrates the propulsion systems, tests them for leaks and loads propellant."),
    Group("structures", 70, (STRUCTURES,), ("Structures Technician", "Thermal Hardware "
                                            "Technician", "MLI Technician", "CNC Machinist",
                                            "Solar Array Technician"),
          ("panels", "adhesive", "mli", "thermal", "cnc", "solar", "battery"),
          "Makes the panels, blankets, thermal hardware, solar arrays and machined parts."),
    Group("pa", 50, (PA,), ("Product Assurance Inspector", "Quality Engineer",
                            "Configuration Controller", "Materials and Processes Engineer"),
          ("painspect", "ncr", "config", "mp", "cal", "cleanclass", "audit"),
          "Inspects, records and assures every step of the build."),
    Group("software", 60, (SOFTWARE,), ("Test Software Engineer",
                                        "Flight Software Test Engineer", "FPGA Engineer",
                                        "Test Systems Administrator"),
          ("svf", "pytest", "mib", "testnet", "fpga", "egse"),
          "Writes the test sequences, validates flight software and runs the test network."),
    Group("missionops", 55, (MISSION,), ("Spacecraft Controller", "Ground Station Technician",
                                         "Flight Dynamics Engineer", "Operations Engineer"),
          ("spacon", "gsant", "fdyn", "leop", "rfchain", "mib", "ttc"),
          "Flies the satellites from mission control and keeps the ground station tracking."),
    Group("logistics", 40, (LOGISTICS,), ("Storeperson", "Logistics Coordinator",
                                          "Shipping Technician"),
          ("bonded", "transport", "forklift", "dg", "crane", "eee"),
          "Keeps the bonded stores and ships spacecraft and parts."),
    Group("facilities", 35, (TESTFAC,), ("Facilities Technician", "Test Facility Engineer",
                                            "Cleanroom Facilities Technician"),
          ("hvac", "gases", "plant", "facelec", "loto", "pressure"),
          "Keeps the cleanrooms, chambers and their plant running."),
    Group("academy", 20, (ACADEMY,), ("Technical Trainer", "Apprentice Coordinator",
                                      "ESA Soldering Instructor"),
          ("instructor", "inductions", "apprentices", "outreach"),
          "Trains apprentices, runs inductions and certifies solder and crimp operators."),
    Group("managers", 30, (AIT, ELECTRONICS, ENVTEST, PA, MISSION),
          ("AIT Team Leader", "AIT Manager", "Test Operations Manager", "Head of Production"),
          ("teamlead", "planning", "procedures", "suppliers", "risk", "export"),
          "Leads the shifts, plans the AIT flow and keeps the programme on track."),
)
SHARED = ("firstaid", "coshh", "fire", "manual", "esd", "loto", "pressure", "laser")

FACILITIES = (
    FacilitySpec("KSS-AIT", "Fennick Down AIT Hall", "cleanroom", AIT,
                 "The ISO 8 integration hall where spacecraft are built up, harnessed and "
                 "tested; the big cleanroom.", ("integ", "mgse", "harness")),
    FacilitySpec("KSS-EGS", "EGSE and Checkout Room", "service", AIT,
                 "Racks and workstations that power and command the spacecraft during tests.",
                 ("egse", "pytest")),
    FacilitySpec("KSS-CCL", "Contamination Control Laboratory", "laboratory", AIT,
                 "Witness plates, tape lifts and particle and molecular cleanliness checks.",
                 ("contam", "cleanclass")),
    FacilitySpec("KSS-LCT", "Launch Campaign Team", "service", AIT,
                 "The team that ships out with each spacecraft and prepares it at the launch "
                 "base.", ("launch", "transport")),
    FacilitySpec("KSS-DEP", "Deployment Test Rig", "facility", AIT,
                 "Gravity offload frames for unfolding solar arrays and antenna booms.",
                 ("deploy",)),
    FacilitySpec("KSS-FEL", "Flight Electronics Assembly Line", "workshop", ELECTRONICS,
                 "Hand soldering benches, a pick and place machine and a vapour phase oven "
                 "for flight boards.", ("solder", "smt")),
    FacilitySpec("KSS-HRN", "Harness Shop", "workshop", ELECTRONICS,
                 "Formboards where flight harnesses are crimped, laced and tested.",
                 ("crimp",)),
    FacilitySpec("KSS-CPR", "Coating and Potting Room", "workshop", ELECTRONICS,
                 "Masking, conformal coating and staking of finished boards.", ("coat",)),
    FacilitySpec("KSS-EIR", "Electronics Inspection Room", "laboratory", ELECTRONICS,
                 "Stereo microscopes and a real-time X-ray for workmanship checks and repairs.",
                 ("inspect", "rework")),
    FacilitySpec("KSS-BTL", "Board Test Laboratory", "laboratory", ELECTRONICS,
                 "Benches with scopes and power supplies for board-level test and fault "
                 "finding.", ("boardtest",)),
    FacilitySpec("KSS-EEE", "EEE Parts Store", "facility", ELECTRONICS,
                 "Nitrogen dry cabinets holding flight components, kitted by lot and date "
                 "code.", ("eee",)),
    FacilitySpec("KSS-TVC", "Thermal Vacuum Chambers", "facility", ENVTEST,
                 "Three chambers with shrouds and liquid nitrogen, the largest taking a whole "
                 "spacecraft; the TVAC.", ("tvac", "instr")),
    FacilitySpec("KSS-VIB", "Vibration Test Hall", "facility", ENVTEST,
                 "Electrodynamic shakers with slip tables for sine and random tests.",
                 ("vibe", "instr")),
    FacilitySpec("KSS-ACS", "Acoustic Chamber and Shock Laboratory", "facility", ENVTEST,
                 "A reverberant chamber and a shock table for launch environment tests.",
                 ("acoustic",)),
    FacilitySpec("KSS-EMC", "EMC Test Centre", "laboratory", ENVTEST,
                 "A screened anechoic room for emissions and susceptibility tests.", ("emc",)),
    FacilitySpec("KSS-MPB", "Mass Properties Bay", "facility", ENVTEST,
                 "Load cells and a spin table for mass, centre of gravity and inertia.",
                 ("massprop",)),
    FacilitySpec("KSS-OGL", "Outgassing Laboratory", "laboratory", ENVTEST,
                 "Bakeout ovens and vacuum balances for materials screening.", ("outgas",)),
    FacilitySpec("KSS-RFL", "RF Test Laboratory", "laboratory", RF,
                 "Network and spectrum analysers, power meters and a PIM test bench.",
                 ("rftest", "waveguide")),
    FacilitySpec("KSS-CTR", "Compact Antenna Test Range", "facility", RF,
                 "An anechoic chamber with a reflector for far field antenna patterns.",
                 ("catr",)),
    FacilitySpec("KSS-PLI", "Payload Integration Area", "cleanroom", RF,
                 "Repeater panels fitted, tested and mated with the platform.",
                 ("payload", "ttc")),
    FacilitySpec("KSS-OCR", "Optics Clean Room", "cleanroom", OPTICS,
                 "An ISO 5 room for mirrors, lenses and camera focal planes.",
                 ("optint", "interfero")),
    FacilitySpec("KSS-ALM", "Alignment and Metrology Section", "laboratory", OPTICS,
                 "Theodolites, a laser tracker and photogrammetry cameras.",
                 ("align", "tracker")),
    FacilitySpec("KSS-PFF", "Propellant Fuelling Facility", "facility", PROPULSION,
                 "A bunded hazardous area with scrubbers where propellants are loaded.",
                 ("fuel",)),
    FacilitySpec("KSS-PIB", "Propulsion Integration Bay", "workshop", PROPULSION,
                 "Pipework bent, orbital welded and leak tested on the propulsion modules.",
                 ("propint", "leak")),
    FacilitySpec("KSS-EPT", "Electric Propulsion Test Tank", "facility", PROPULSION,
                 "A large vacuum tank with cryopumps for firing Hall effect thrusters.",
                 ("ep",)),
    FacilitySpec("KSS-SWS", "Structures Workshop", "workshop", STRUCTURES,
                 "Honeycomb panels cut, skinned and fitted with potted inserts.",
                 ("panels", "adhesive")),
    FacilitySpec("KSS-TBS", "Thermal Blanket Shop", "workshop", STRUCTURES,
                 "MLI blankets cut, sewn and taped, and heaters and thermistors bonded.",
                 ("mli", "thermal")),
    FacilitySpec("KSS-PMS", "Precision Machine Shop", "workshop", STRUCTURES,
                 "Five-axis mills and lathes cutting brackets and flight fittings.", ("cnc",)),
    FacilitySpec("KSS-SAB", "Solar Array and Battery Room", "workshop", STRUCTURES,
                 "Cell laydown tables, a flash tester and battery assembly benches.",
                 ("solar", "battery")),
    FacilitySpec("KSS-PAO", "Product Assurance Office", "service", PA,
                 "Inspection points, non-conformances and as-built records for every build.",
                 ("painspect", "ncr", "config")),
    FacilitySpec("KSS-CAL", "Fennick Down Calibration Laboratory", "laboratory", PA,
                 "Test equipment calibrated, labelled and recalled on time.", ("cal",)),
    FacilitySpec("KSS-SVF", "Software Validation Facility", "computing", SOFTWARE,
                 "A simulated spacecraft on which flight software and procedures are tested.",
                 ("svf", "mib")),
    FacilitySpec("KSS-TNR", "Test Network Room", "computing", SOFTWARE,
                 "The air-gapped network and servers behind the EGSE.", ("testnet",)),
    FacilitySpec("KSS-MCC", "Fennick Down Mission Control Centre", "service", MISSION,
                 "Controllers on shift flying the satellites in orbit; the ops room.",
                 ("spacon", "fdyn", "leop")),
    FacilitySpec("KSS-SHG", "Scarrow Head Ground Station", "facility", MISSION,
                 "Tracking dishes with their RF and baseband equipment on the headland.",
                 ("gsant", "rfchain")),
    FacilitySpec("KSS-BST", "Bonded Stores", "facility", LOGISTICS,
                 "Flight parts and materials held in bond and issued as kits.",
                 ("bonded", "forklift")),
    FacilitySpec("KSS-SHB", "Shipping and Transport Bay", "facility", LOGISTICS,
                 "Spacecraft containers, cranes and dangerous goods packing.",
                 ("crane", "dg", "transport")),
    FacilitySpec("KSS-CUP", "Cleanroom Utilities Plant", "facility", TESTFAC,
                 "Air handling units, the nitrogen tank and the gas manifolds.",
                 ("hvac", "gases")),
    FacilitySpec("KSS-TFM", "Test Facility Maintenance Team", "service", TESTFAC,
                 "Pumps, chillers, compressors and the electrics of the test chambers.",
                 ("plant", "facelec")),
    FacilitySpec("KSS-ACD", "Kelbury Space Academy", "teaching", ACADEMY,
                 "ESA-approved soldering and crimping courses, inductions and apprentices.",
                 ("instructor", "inductions", "apprentices")),
)

GIVEN = """Astrid-Kerensa Sigrun-Demelza Eskil-Tristan Halvard-Jago Ingeborg-Wenna Leif-Piran
Ragnhild-Tamsin Torvald-Perran Sigvald-Kenan Brynhild-Lowena Gunnhild-Elowen Haakon-Cadan
Thorvald-Jory Solveig-Morwenna Ivar-Kitto Liv-Rozen Ylva-Tressa Arvid-Hedra Kjell-Gawen
Maja-Loveday Runa-Senara Ottar-Ruan Frode-Talan Signe-Kayna Tove-Ebrel""".split()
FAMILY = """Aarnes-Penrose Bjornstad-Trevenna Dahlberg-Polglase Ekdahl-Roskilly Fjeld-Tregear
Granlund-Pascoe Haugland-Nankervis Holmqvist-Chenoweth Isaksen-Trelawny Jorgensen-Pengelly
Karlsen-Rowe Lundgren-Tremayne Myklebust-Jenkin Nordstrom-Hocking Ostby-Trewin Pedersen-Curnow
Rasmussen-Polkinghorne Sandvik-Angove Stromberg-Bolitho Solberg-Trengove Tangen-Couch
Ulvestad-Treloar Vikstrom-Tonkin Wessel-Penhaligon""".split()
FAMILY += ["af Ekenstam-Curnow", "von Platen-Rowe", "de Geer-Pascoe", "O'Riordan-Tregear",
           "af Klercker-Angove"]

KELBURY = Site("Kelbury Space Systems (Fennick Down Satellite Integration Centre)", "KSS",
               "kelbury-space.co.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
               own=_own)
