"""Ferrowick Steel's Porth Elwy Works with its Cefn Aran Cold Mill: a forty-eighth fictitious
institution, for ``heldout50``.

Porth Elwy is the fictitious integrated steelworks of a steelmaker, the organisation whose
ironmaking, steelmaking, hot rolling, cold rolling and coating, laboratory, product quality,
mechanical, electrical and automation, energy, logistics, safety, training and management staff
turn ore and coal into coated steel strip: ironmaking (the coke ovens and their by-products
plant, the sinter strand, the blast furnace's control room, hot blast stoves and cast house,
coal injection, slag granulation, the harbour stockyard, hot metal in torpedo ladles);
steelmaking (the BOS vessels and their oxygen lances, hot metal desulphurisation, the ladle arc
furnace and the RH degasser, the slab caster and its tundishes, ladle refractories, dip probe
samples and temperatures, slab inspection and scarfing); the hot strip mill (walking beam
reheating furnaces, the roughing mill and finishing train, roll changes, the roll shop, the
downcoilers, the X-ray gauges); the Cefn Aran cold mill (the pickle line and the acid
regeneration plant, the tandem cold mill, batch and continuous annealing, the galvanising line,
the temper mill, slitting); the metallurgical laboratories and product quality (spark
spectrometers, XRF, carbon and sulphur, gases in steel, tensile, Charpy and hardness tests,
metallography, test pieces, ultrasonic and magnetic particle testing, surface inspection,
inspection certificates, UKAS accreditation, wet chemistry, the LIMS); mechanical engineering
(fitting, hydraulics, lubrication, welding, alignment, vibration, cranes, conveyors, burning,
machining, SAP work orders); electrical and automation (HV switching, drives, PLCs, the level 2
mill models, instruments, motors, hazardous areas, LV maintenance); energy and utilities (the
works gas mains, the power plant, the oxygen plant, water treatment, the turbo blowers, emissions
trading); works logistics (the works railway, overhead cranes, slinging, coil transporters,
dispatch, yard tracking, the weighbridge); safety, health and environment (confined spaces,
work at height, isolation, gas testing, breathing apparatus and gas rescue, molten metal,
first aid, dust and stack emissions, radiation, COSHH); the training centre (instructors and
assessors, apprentices, inductions, outreach); and management (crew leaders, scheduling,
continuous improvement, the electric arc furnace transition, incidents, customer claims).

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
maintenance delivery unit, an offshore wind farm operator's operations and maintenance base, a
Formula One constructor's factory and race team, a spacecraft manufacturer's satellite
assembly, integration and test centre nor a pharmaceutical manufacturer's sterile manufacturing
site with its biologics plant, but a steelmaker's integrated steelworks with its own cold mill
(1,200 process technicians, operators, crane and locomotive drivers, laboratory and quality
technicians, inspectors, fitters, electricians, engineers, instructors and support staff in
the directory), unlike the institutions before it (Northgate to Sollerton).

Its HR system is its continental parent group's HR and payroll package, set up in the group's
locale, whose qualification export to a spreadsheet is a semicolon-separated CSV line for each
holder's qualification, as a spreadsheet in that locale reads and writes it: '"<title>";
<id>;"<proficiency>";dd.mm.yyyy;dd.mm.yyyy;<hours>;<assessor>' (one line; seven fields
separated by semicolons, no space around them; the text fields in double quotes, a double
quote inside one doubled; the rest bare). The qualification's title comes first, in double
quotes, as it is (an en dash or any other character kept; never a semicolon), then its object
id (eight digits, a 5 first), then the holder's own values: the proficiency, in double quotes
(Basic, Advanced, Expert or Trainer), the day the qualification was valid from (2013 to 2026,
none after November 2026, day, month and year with dots), the day it is valid to (the day
before the same day twelve, twenty-four, thirty-six or sixty months on) or, for a
qualification that does not lapse, an empty field (two semicolons together), the hours of
training booked to it with a decimal comma (one decimal place) and the assessor's personnel
number (eight digits). As in heldout30's to heldout49's generators, the holder's values are
drawn from the generator's seeded random stream row by row (``Site.own``), so two holders of
one qualification are written differently, as a real export writes them, while the bundle
stays deterministic. A facility's required skills are the qualification's title alone, in
double quotes as the export's first field writes it ('"<title>"'), without its id or a
holder's values. Beside those, rows the staff typed into the skills survey are their own:
lower-case, steelworks slang and kit names ("opening the taphole with the drill", "grinding
work rolls on the herkules"). Some are written as no technician taxonomy is likely to write
them (the coke ovens and their by-products, hot blast stoves, slag, hot metal desulphurisation
and degassing, ladle refractories, the works railway, gas rescue, molten metal, the electric
arc furnace transition, emissions trading, inspection certificates). Facilities have names,
aliases (in the name or the description) and role holders. Concept keys are the evaluation's
own, not the taxonomy's ids. Generated by the same deterministic generator as Northgate
(``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "FERROWICK", "HOURS", "PEOPLE", "PROFICIENCIES", "QUALIFICATIONS",
           "RECORD", "SEED", "VALIDITY", "YEARS", "valid_to"]

PEOPLE, SEED = 1200, 50050     # tests.heldout.institution.generate(PEOPLE, SEED, FERROWICK)
PROFICIENCIES = ("Basic", "Advanced", "Expert", "Trainer")
ASSESSORS = ("00104417", "00113852", "00127309", "00131576", "00142098", "00150263",
             "00168741", "00173925")
HOURS = ("0,5", "1,5", "3,5", "7,5", "15,0", "22,5", "37,5", "75,0")
VALIDITY = (0, 12, 24, 36, 60)     # months valid for; 0: no end, an empty field
YEARS = tuple(range(2013, 2027))
# a holder's qualification as the HR package's semicolon-separated export writes it, one line:
# the title in double quotes (a double quote inside it doubled), then the qualification's id
# and (a holder's own) the proficiency in double quotes, the days valid from and to (or an
# empty field), the hours with a decimal comma and the assessor's personnel number
RECORD = re.compile(r'^"((?:[^"]|"")+)"'
                    r'(?:;(5\d{7});"(Basic|Advanced|Expert|Trainer)";'
                    r"(\d{2})\.(\d{2})\.(20\d{2});"
                    r"(?:(\d{2})\.(\d{2})\.(20\d{2}))?;"
                    r"(\d{1,2},\d);(\d{8}))?$")
# the qualification's export title -> its object id
QUALIFICATIONS: dict[str, str] = {}


def valid_to(day: date, months: int) -> date:
    """The last day a qualification from `day` is valid, `months` on: the day before the same
    day of the month `months` later."""
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day) - timedelta(days=1)


def _q(qid: str, title: str) -> str:
    """The qualification's title as the export's first field writes it, in double quotes (a
    double quote inside it doubled); its id is kept for the holder's rows."""
    written = '"' + title.replace('"', '""') + '"'
    QUALIFICATIONS[written] = qid
    return written


def _own(text: str, rng: Random) -> str:
    """A holder's export line for a qualification: its id, then the proficiency, the days
    valid from and to, the hours and the assessor, drawn from the generator's stream; a survey
    row stays as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    day = past_day(YEARS, rng)
    months = rng.choice(VALIDITY)
    until = valid_to(day, months).strftime("%d.%m.%Y") if months else ""
    proficiency = rng.choice(PROFICIENCIES)
    hours = rng.choice(HOURS)
    assessor = rng.choice(ASSESSORS)
    return (f'{text};{QUALIFICATIONS[text]};"{proficiency}";{day.strftime("%d.%m.%Y")};'
            f"{until};{hours};{assessor}")


# concept key -> HR spellings (the first is the qualification as the export writes it; the other
# is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # ironmaking
    "cokeovens": (_q("50110010", "Coke oven battery operation – charging, pushing and quenching"),
                  "pushing ovens on battery 2"),
    "byproducts": (_q("50110020", "By-products plant – tar, ammonia and benzole recovery"),
                   "running the benzole stills"),
    "sinter": (_q("50110030", "Sinter strand operation and burn-through control"),
               "watching the burn through on the sinter strand"),
    "casthouse": (_q("50110040", "Blast furnace cast house – tapping, plugging and runner "
                                 "maintenance"),
                  "opening the taphole with the drill"),
    "bfcontrol": (_q("50110050", "Blast furnace process control – burden, blast and thermal state"),
                  "watching hot metal temps from the bf pulpit"),
    "stoves": (_q("50110060", "Hot blast stove operation and changeovers"),
               "changing over the stoves every hour"),
    "pci": (_q("50110070", "Pulverised coal injection (PCI) plant operation"),
            "keeping the pci mills running"),
    "slag": (_q("50110080", "Slag granulation and slag pit operations"),
             "running the granulator on the slag"),
    "stockyard": (_q("50110090", "Raw materials stockyard – stacker-reclaimer and ship unloading"),
                  "driving the stacker reclaimer"),
    "torpedo": (_q("50110100", "Hot metal transfer by torpedo ladle and pouring"),
                "moving torpedoes to the bos"),
    # steelmaking
    "bos": (_q("50120010", "Basic oxygen steelmaking – converter blowing and oxygen lance control"),
            "blowing heats on the vessel"),
    "desulph": (_q("50120020", "Hot metal desulphurisation and skimming"),
                "skimming the desulph ladle"),
    "secondary": (_q("50120030", "Ladle arc furnace and alloy trimming"),
                  "trimming chemistry at the laf"),
    "degasser": (_q("50120040", "RH vacuum degassing"), "running the rh degasser"),
    "caster": (_q("50120050", "Continuous slab casting – tundish and mould level control"),
               "running the caster on the slab side"),
    "tundishprep": (_q("50120060", "Tundish preparation – spraying, drying and nozzle setting"),
                    "spraying tundishes in the prep bay"),
    "ladles": (_q("50120070", "Ladle refractory relining, gunning and slide gate changes"),
               "gunning the ladles between heats"),
    "dipping": (_q("50120080", "Liquid steel sampling and temperature measurement with dip probes"),
                "taking a temp and a sample on the vessel"),
    "slabyard": (_q("50120090", "Slab inspection, marking and hand scarfing"),
                 "scarfing slabs in the slab yard"),
    # the hot strip mill
    "reheat": (_q("50130010", "Walking beam reheating furnace operation"),
               "charging slabs into the walking beam furnace"),
    "rolling": (_q("50130020", "Hot strip mill rolling – roughing mill and finishing train"),
                "rolling on the finishing train"),
    "rollchange": (_q("50130030", "Work roll and backup roll changes"),
                   "doing roll changes on the f stands"),
    "rollshop": (_q("50130040", "Roll grinding and roll inspection"),
                 "grinding work rolls on the herkules"),
    "coiler": (_q("50130050", "Downcoiler operation and hot coil handling"),
               "setting up the downcoilers"),
    "gauges": (_q("50130060", "Strip thickness and profile gauges (X-ray)"),
               "checking the x ray gauge against the standard"),
    # the Cefn Aran cold mill and coating lines
    "pickling": (_q("50140010", "Pickle line operation – hydrochloric acid pickling"),
                 "running the pickle line"),
    "arp": (_q("50140020", "Acid regeneration plant operation"), "running the arp roaster"),
    "coldrolling": (_q("50140030", "Tandem cold mill operation"), "rolling on the tandem mill"),
    "annealing": (_q("50140040", "Batch and continuous annealing"),
                  "stacking coils on the batch annealing bases"),
    "galv": (_q("50140050", "Hot-dip galvanising line – zinc pot, air knives and coating weight"),
             "dressing the zinc pot"),
    "temper": (_q("50140060", "Temper mill and skin pass rolling"),
               "skin passing coils on the temper mill"),
    "slitting": (_q("50140070", "Slitting and cut-to-length lines"),
                 "setting knives on the slitter"),
    # the metallurgical laboratories and product quality
    "oes": (_q("50150010", "Spark optical emission spectrometry of steel"),
            "sparking samples on the oes"),
    "xrf": (_q("50150020", "XRF analysis of ores, slags and sinter"),
            "pressing pellets for the xrf"),
    "leco": (_q("50150030", "Carbon and sulphur by combustion analysis"),
             "running c and s on the leco"),
    "onh": (_q("50150040", "Oxygen, nitrogen and hydrogen in steel by inert gas fusion"),
            "running onh on the pins"),
    "tensile": (_q("50150050", "Tensile testing to BS EN ISO 6892-1"),
                "pulling tensiles on the zwick"),
    "charpy": (_q("50150060", "Charpy impact testing at sub-zero temperatures"),
               "breaking charpys at minus 40"),
    "hardness": (_q("50150070", "Hardness testing – Vickers, Brinell and Rockwell"),
                 "hardness on the brinell"),
    "metallography": (_q("50150080", "Metallographic preparation – inclusions, grain size and "
                                     "microstructure"),
                      "polishing and etching mounts"),
    "sampleprep": (_q("50150090", "Test piece machining and sample preparation"),
                   "cutting test pieces on the band saw"),
    "ut": (_q("50150100", "Ultrasonic testing of plate and slab (PCN Level 2)"),
           "ut scanning slabs for laminations"),
    "mpi": (_q("50150110", "Magnetic particle inspection of rolls and components"),
            "mpi on rolls and shafts"),
    "surface": (_q("50150120", "Automatic surface inspection and coil defect grading"),
                "grading defects on the parsytec"),
    "certs": (_q("50150130", "Inspection certificates to EN 10204 3.1"),
              "issuing 3.1 certs for customers"),
    "ukas": (_q("50150140", "Laboratory accreditation to ISO/IEC 17025 (UKAS)"),
             "keeping the lab ukas ready"),
    "wetchem": (_q("50150150", "Wet chemistry of lime, fluxes and refractories"),
                "titrating lime samples"),
    "lims": (_q("50150160", "LIMS sample registration and result authorisation"),
             "registering samples on the lims"),
    # mechanical engineering
    "fitting": (_q("50160010", "Mechanical fitting – bearings, gearboxes and couplings"),
                "changing gearbox bearings on the run out table"),
    "hydraulics": (_q("50160020", "Industrial hydraulics – fault finding and hose assembly"),
                   "changing hydraulic hoses on the coiler"),
    "lube": (_q("50160030", "Lubrication systems and oil condition sampling"),
             "topping up the oil cellars"),
    "welding": (_q("50160040", "MMA and MIG welding repairs to plant (coded welder)"),
                "welding up chutes"),
    "alignment": (_q("50160050", "Laser shaft alignment"),
                  "aligning motors and gearboxes with the laser kit"),
    "vibration": (_q("50160060", "Vibration analysis and condition monitoring (ISO 18436 Cat II)"),
                  "taking vibration readings on the fans"),
    "cranemaint": (_q("50160070", "Overhead crane maintenance and examination support"),
                   "fixing the ladle crane brakes"),
    "conveyors": (_q("50160080", "Conveyor belt maintenance and vulcanised splicing"),
                  "splicing belts on the sinter plant conveyors"),
    "burning": (_q("50160090", "Plate fabrication and oxy-fuel burning"),
                "burning plate with the gas axe"),
    "machining": (_q("50160100", "Turning and milling of spares in the central workshop"),
                  "making pins on the lathe"),
    "cmms": (_q("50160110", "Maintenance notifications and work orders in SAP PM"),
             "raising notifications in sap for breakdowns"),
    # electrical and automation
    "hv": (_q("50170010", "High voltage switching and isolation – authorised person (11 kV and 33 "
                          "kV)"),
           "switching on the 11kv boards"),
    "drives": (_q("50170020", "AC and DC variable speed drives"),
               "resetting drives on the finishing mill"),
    "plc": (_q("50170030", "PLC programming and fault finding (Siemens S7 / TIA Portal)"),
            "online with step 7 on the caster"),
    "level2": (_q("50170040", "Level 2 process automation and mill set-up models"),
               "tuning the mill setup model"),
    "instruments": (_q("50170050", "Instrument calibration – pyrometers, thermocouples and flow "
                                   "meters"),
                    "checking pyrometers on the run out table"),
    "motors": (_q("50170060", "Motor testing, insulation resistance and rewinds"),
               "megger testing motors"),
    "compex": (_q("50170070", "Electrical work in hazardous areas (CompEx)"),
               "compex inspections on the gas plant"),
    "lv": (_q("50170080", "Low voltage electrical maintenance and fault finding (18th Edition)"),
           "chasing faults on 415 volt panels"),
    # energy and utilities
    "gasnet": (_q("50180010", "Works gas network – blast furnace, coke oven and BOS gas mains"),
               "purging gas mains before a job"),
    "power": (_q("50180020", "Power plant and boiler operation on mixed works gases"),
              "running the boilers on mixed gas"),
    "oxygen": (_q("50180030", "Air separation plant operation (oxygen, nitrogen and argon)"),
               "running the oxygen plant"),
    "water": (_q("50180040", "Cooling water and effluent treatment"), "dosing the cooling towers"),
    "blowers": (_q("50180050", "Turbo blowers and compressed air"),
                "running the turbo blowers for the furnace"),
    "energyreporting": (_q("50180060", "Emissions trading and energy reporting (UK ETS)"),
                        "working out the carbon for the ets return"),
    # works logistics
    "loco": (_q("50190010", "Works locomotive driving and shunting"),
             "driving the loco round the works"),
    "crane": (_q("50190020", "Overhead travelling crane operation – cab and radio remote"),
              "driving the 300 tonne ladle crane"),
    "slinging": (_q("50190030", "Slinging and signalling for lifting operations"),
                 "slinging coils for the crane"),
    "coiltransport": (_q("50190040", "Coil transporter and heavy forklift operation"),
                      "driving the 40 tonne coil carrier"),
    "dispatch": (_q("50190050", "Coil dispatch – labelling and loading to rail and road"),
                 "loading coils onto wagons"),
    "tracking": (_q("50190060", "Slab and coil yard tracking system"),
                 "tracking slabs in the yard system"),
    "weighbridge": (_q("50190070", "Weighbridge operation and scrap receipt"),
                    "running the weighbridge"),
    # safety, health and environment, shared by many
    "confined": (_q("50200010", "Confined space entry (medium risk)"),
                 "going into the bf dust catcher"),
    "height": (_q("50200020", "Working at height and harness inspection"),
               "harnessed up on the stove tops"),
    "isolation": (_q("50200030", "Isolation, lock-off and permit to work"),
                  "putting my lock on the board"),
    "gastest": (_q("50200040", "Gas testing and carbon monoxide monitoring"),
                "gas testing before entry with a multi gas meter"),
    "ba": (_q("50200050", "Breathing apparatus and gas rescue team"), "wearing ba for gas jobs"),
    "moltenmetal": (_q("50200060", "Molten metal safety and aluminised PPE"),
                    "wearing the silvers at the cast house"),
    "firstaid": (_q("50200070", "First aider at work (3-day course)"),
                 "first aider for the hot mill"),
    "dust": (_q("50200080", "Environmental monitoring – fugitive dust and stack emissions"),
             "changing filters on the dust monitors"),
    "rps": (_q("50200090", "Radiation protection supervisor (level gauges and X-ray gauges)"),
            "rps for the x ray gauges"),
    "coshh": (_q("50200100", "COSHH assessment – acids, coal tar pitch and refractory dust"),
              "coshh assessments for the pickle line"),
    # the training centre
    "trainer": (_q("50210010", "On-the-job instructor and competence assessor"),
                "signing off new starters on the vessel"),
    "apprentices": (_q("50210020", "Engineering apprentice mentoring"),
                    "mentoring the first year apprentices"),
    "induction": (_q("50210030", "Works safety induction delivery"),
                  "doing inductions for contractors"),
    "outreach": (_q("50210040", "Schools outreach and STEM visits"),
                 "taking school groups round the hot mill"),
    # management
    "crewleader": (_q("50220010", "Shift crew leadership in steelmaking"),
                   "running the shift on the bos"),
    "scheduling": (_q("50220020", "Hot mill scheduling and slab programming"),
                   "building the rolling programme"),
    "tpm": (_q("50220030", "Continuous improvement – TPM, 5S and problem solving"),
            "running 5s audits in the pulpits"),
    "eaf": (_q("50220040", "Electric arc furnace transition – scrap and decarbonisation planning"),
            "planning for the new eaf"),
    "rca": (_q("50220050", "Incident investigation and root cause analysis"),
            "investigating near misses on the mill"),
    "claims": (_q("50220060", "Customer complaints and claims investigation"),
               "investigating customer claims for coil defects"),
}

IRON = "Ironmaking"
STEEL = "Steelmaking"
HOT = "Hot Strip Mill"
COLD = "Cefn Aran Cold Mill"
LAB = "Metallurgical Laboratories"
QUALITY = "Product Quality"
MECH = "Mechanical Engineering"
ELEC = "Electrical and Automation"
ENERGY = "Energy and Utilities"
LOGISTICS = "Works Logistics"
SHE = "Safety, Health and Environment"
ACADEMY = "Ferrowick Training Centre"

GROUPS = (
    Group("ironmaking", 150, (IRON,), ("Ironmaking Process Technician", "Blast Furnace Keeper",
                                       "Sinter Plant Operator", "Coke Ovens Technician",
                                       "Cast House Operator"),
          ("casthouse", "bfcontrol", "stoves", "sinter", "cokeovens", "pci", "torpedo",
           "stockyard", "slag", "byproducts"),
          "Makes the iron: coke, sinter and the blast furnace."),
    Group("steelmaking", 170, (STEEL,), ("Steelmaking Technician", "BOS Vessel Operator",
                                         "Caster Technician", "Ladle Furnace Operator",
                                         "Refractory Technician"),
          ("bos", "caster", "dipping", "secondary", "ladles", "tundishprep", "desulph",
           "degasser", "slabyard"),
          "Turns hot metal into steel and casts it into slabs."),
    Group("hotmill", 130, (HOT,), ("Hot Mill Technician", "Mill Roller", "Furnace Operator",
                                   "Roll Shop Technician"),
          ("rolling", "reheat", "rollchange", "coiler", "rollshop", "gauges", "crane"),
          "Reheats the slabs and rolls them into hot coil."),
    Group("coldmill", 120, (COLD,), ("Cold Mill Technician", "Pickle Line Operator",
                                     "Galvanising Line Operator", "Finishing Line Operator"),
          ("pickling", "coldrolling", "galv", "annealing", "temper", "slitting", "arp"),
          "Pickles, cold rolls, anneals and coats the strip at Cefn Aran."),
    Group("laboratory", 95, (LAB,), ("Laboratory Technician", "Metallurgical Technician",
                                     "Senior Laboratory Analyst", "Test House Technician"),
          ("oes", "tensile", "leco", "xrf", "charpy", "hardness", "metallography", "sampleprep",
           "onh", "wetchem", "lims", "ukas"),
          "Analyses and tests every heat, slab and coil."),
    Group("quality", 45, (QUALITY,), ("Product Quality Inspector", "NDT Technician",
                                      "Quality Engineer"),
          ("surface", "ut", "mpi", "certs", "claims", "lims"),
          "Inspects the product and answers the customers."),
    Group("mechanical", 130, (MECH,), ("Mechanical Maintenance Technician",
                                       "Multi-skilled Fitter", "Plater Welder", "Machinist"),
          ("fitting", "hydraulics", "welding", "lube", "conveyors", "cranemaint", "burning",
           "machining", "alignment", "vibration", "cmms"),
          "Keeps the plant's machines, cranes and conveyors running."),
    Group("electrical", 110, (ELEC,), ("Electrical Maintenance Technician",
                                       "Automation Technician", "C&I Technician",
                                       "HV Electrical Engineer"),
          ("lv", "drives", "plc", "instruments", "hv", "motors", "compex", "level2", "cmms"),
          "Keeps the works' power, drives and automation running."),
    Group("utilities", 60, (ENERGY,), ("Energy Technician", "Power Plant Operator",
                                       "Utilities Technician"),
          ("gasnet", "power", "blowers", "oxygen", "water", "energyreporting", "compex"),
          "Runs the works gases, the power plant, the oxygen plant and the water."),
    Group("logistics", 100, (LOGISTICS,), ("Crane Driver", "Locomotive Driver",
                                           "Dispatch Operative", "Mobile Plant Operator",
                                           "Yard Controller"),
          ("crane", "slinging", "coiltransport", "loco", "dispatch", "tracking", "weighbridge"),
          "Moves slabs, coils and materials by crane, rail and road."),
    Group("safety", 40, (SHE,), ("Safety Advisor", "Environmental Technician",
                                 "Gas Rescue Technician", "Occupational Hygiene Technician"),
          ("ba", "gastest", "dust", "rps", "coshh", "confined", "rca"),
          "Keeps the works safe and its emissions in check."),
    Group("training", 20, (ACADEMY,), ("Technical Trainer", "Apprentice Training Officer",
                                       "Competence Assessor"),
          ("apprentices", "trainer", "induction", "outreach"),
          "Trains the apprentices, new starters and contractors."),
    Group("managers", 30, (IRON, STEEL, HOT, COLD, MECH),
          ("Shift Manager", "Crew Leader", "Area Manager", "Production Scheduler"),
          ("crewleader", "scheduling", "tpm", "rca", "eaf"),
          "Leads the shifts and plans what the works makes."),
)
SHARED = ("firstaid", "isolation", "height", "moltenmetal", "confined", "coshh", "gastest")

FACILITIES = (
    FacilitySpec("FSP-COB", "Battery 2 Coke Ovens", "facility", IRON,
                 "Sixty-five ovens with their pusher, guide and quench cars and the coke wharf.",
                 ("cokeovens",)),
    FacilitySpec("FSP-BYP", "Porth Elwy By-Products Plant", "facility", IRON,
                 "Tar decanters, ammonia scrubbers and the benzole stills on the coke oven gas.",
                 ("byproducts",)),
    FacilitySpec("FSP-SIN", "Number 3 Sinter Plant", "facility", IRON,
                 "A sinter strand with its ignition hood, coolers and blending beds.", ("sinter",)),
    FacilitySpec("FSP-BF4", "Number 4 Blast Furnace", "facility", IRON,
                 "Four hot blast stoves and the furnace control pulpit; BF4.",
                 ("bfcontrol", "stoves")),
    FacilitySpec("FSP-CST", "Number 4 Furnace Cast House", "facility", IRON,
                 "Taphole drills, mud guns, iron and slag runners and the torpedo tracks beneath.",
                 ("casthouse", "torpedo")),
    FacilitySpec("FSP-PCI", "Coal Injection Plant", "facility", IRON,
                 "Vertical roller mills and injection vessels feeding coal to the tuyeres.",
                 ("pci",)),
    FacilitySpec("FSP-ORE", "Harbour Stockyard", "facility", IRON,
                 "Ship unloaders, stacker-reclaimers and the blended ore beds by the deep water "
                 "harbour.", ("stockyard",)),
    FacilitySpec("FSP-BOS", "BOS Plant Vessel Bay", "facility", STEEL,
                 "Two converters with their oxygen lances and sublances.", ("bos", "dipping")),
    FacilitySpec("FSP-DES", "Hot Metal Desulphurisation Station", "facility", STEEL,
                 "Lance injection of lime and magnesium and the skimming machine.", ("desulph",)),
    FacilitySpec("FSP-SEC", "Secondary Steelmaking Bay", "facility", STEEL,
                 "The ladle arc furnace, the RH degasser and the wire feeders.",
                 ("secondary", "degasser")),
    FacilitySpec("FSP-CC2", "Number 2 Slab Caster", "facility", STEEL,
                 "A twin-strand slab caster with the tundish prep bay alongside.",
                 ("caster", "tundishprep")),
    FacilitySpec("FSP-RFS", "Ladle Refractory Shop", "workshop", STEEL,
                 "Ladle relining stands, gunning manipulators and slide gate benches.",
                 ("ladles",)),
    FacilitySpec("FSP-SYD", "Porth Elwy Slab Yard", "facility", STEEL,
                 "Slab storage, inspection beds and the hand scarfing bay.",
                 ("slabyard", "tracking")),
    FacilitySpec("FSP-RHF", "Reheat Furnace Bay", "facility", HOT,
                 "Three walking beam furnaces feeding the hot strip mill.", ("reheat",)),
    FacilitySpec("FSP-HSM", "Porth Elwy Hot Strip Mill", "facility", HOT,
                 "Roughing mill, seven-stand finishing train, run-out table and downcoilers.",
                 ("rolling", "rollchange", "coiler")),
    FacilitySpec("FSP-RLS", "Hot Mill Roll Shop", "workshop", HOT,
                 "Roll grinders, eddy current testers and the chock shop.", ("rollshop",)),
    FacilitySpec("FSP-PKL", "Cefn Aran Pickle Line", "facility", COLD,
                 "A push-pull hydrochloric acid pickle line with the acid regeneration plant next "
                 "door.", ("pickling", "arp")),
    FacilitySpec("FSP-TCM", "Cefn Aran Tandem Cold Mill", "facility", COLD,
                 "A five-stand tandem mill with its emulsion cellar, and the temper mill.",
                 ("coldrolling", "temper")),
    FacilitySpec("FSP-ANN", "Cefn Aran Annealing Bay", "facility", COLD,
                 "Hydrogen batch annealing bases and a continuous annealing line.", ("annealing",)),
    FacilitySpec("FSP-CGL", "Cefn Aran Galvanising Line", "facility", COLD,
                 "A continuous hot-dip galvanising line with zinc pot, air knives and passivation.",
                 ("galv",)),
    FacilitySpec("FSP-SLT", "Cefn Aran Slitting and Finishing Shop", "facility", COLD,
                 "Two slitters, a cut-to-length line and coil packing.", ("slitting",)),
    FacilitySpec("FSP-CHL", "Porth Elwy Chemical Laboratory", "laboratory", LAB,
                 "Spark spectrometers, XRF and combustion and gas fusion analysers, with a "
                 "pneumatic tube from the BOS.", ("oes", "xrf", "leco", "onh")),
    FacilitySpec("FSP-MTL", "Porth Elwy Mechanical Testing Laboratory", "laboratory", LAB,
                 "Test piece machining, tensile machines, Charpy pendulums and hardness testers "
                 "for coil and plate.", ("tensile", "charpy", "hardness", "sampleprep")),
    FacilitySpec("FSP-MET", "Porth Elwy Metallography Laboratory", "laboratory", LAB,
                 "Cutting, mounting and polishing, and light microscopes for inclusions and grain "
                 "size.", ("metallography",)),
    FacilitySpec("FSP-NDT", "Porth Elwy NDT Centre", "laboratory", QUALITY,
                 "Ultrasonic flaw detectors, a slab scanner and magnetic particle benches.",
                 ("ut", "mpi")),
    FacilitySpec("FSP-PQO", "Product Quality Office", "service", QUALITY,
                 "Surface inspection screens, defect grading and the customers' certificates.",
                 ("surface", "certs")),
    FacilitySpec("FSP-CEW", "Porth Elwy Central Engineering Workshop", "workshop", MECH,
                 "Lathes, borers, burning tables and welding bays for plant spares and repairs.",
                 ("machining", "burning", "welding")),
    FacilitySpec("FSP-HYD", "Hydraulics and Lubrication Shop", "workshop", MECH,
                 "Hose crimping, cylinder repair and the oil analysis bench.",
                 ("hydraulics", "lube")),
    FacilitySpec("FSP-CMT", "Ferrowick Condition Monitoring Team", "service", MECH,
                 "Vibration routes, thermal imaging and laser alignment across the works.",
                 ("vibration", "alignment")),
    FacilitySpec("FSP-CRN", "Works Crane Maintenance Section", "service", MECH,
                 "Fitters and electricians for the works' overhead cranes.", ("cranemaint",)),
    FacilitySpec("FSP-MSS", "Porth Elwy Main Substation", "facility", ELEC,
                 "The 132 kV intake, 33 kV and 11 kV switchboards and the transformer compound.",
                 ("hv",)),
    FacilitySpec("FSP-ADT", "Automation and Drives Team", "service", ELEC,
                 "PLCs, mill drives and the level 2 computers of the hot and cold mills.",
                 ("plc", "drives", "level2")),
    FacilitySpec("FSP-INS", "Porth Elwy Instrument Workshop", "workshop", ELEC,
                 "Calibration benches for pyrometers, thermocouples, transmitters and flow meters.",
                 ("instruments",)),
    FacilitySpec("FSP-PWR", "Porth Elwy Power Plant", "facility", ENERGY,
                 "Boilers and turbo alternators burning blast furnace and coke oven gas, and the "
                 "turbo blowers.", ("power", "blowers")),
    FacilitySpec("FSP-ASU", "Porth Elwy Oxygen Plant", "facility", ENERGY,
                 "Two air separation units making oxygen for the BOS and nitrogen and argon for "
                 "the works.", ("oxygen",)),
    FacilitySpec("FSP-WTW", "Works Water Treatment Plant", "facility", ENERGY,
                 "Cooling towers, scale pits and the effluent clarifiers.", ("water",)),
    FacilitySpec("FSP-RLY", "Works Railway Depot", "facility", LOGISTICS,
                 "Diesel shunting locomotives, wagons and the internal rail network.", ("loco",)),
    FacilitySpec("FSP-DSP", "Coil Dispatch Warehouse", "facility", LOGISTICS,
                 "Coil transporters, overhead cranes and the rail and road loading bays.",
                 ("dispatch", "coiltransport", "crane")),
    FacilitySpec("FSP-GRS", "Works Fire and Gas Rescue Station", "service", SHE,
                 "Breathing apparatus sets, gas detectors and the works fire tenders.",
                 ("ba", "gastest")),
    FacilitySpec("FSP-TRC", "Ferrowick Training Centre", "teaching", ACADEMY,
                 "The apprentice workshop, a crane simulator and the safety induction rooms.",
                 ("apprentices", "trainer", "induction")),
)

GIVEN = """Gethin-Joost Carys-Femke Iwan-Sander Nerys-Marloes Dafydd-Wouter Ffion-Sanne Emyr-Thijs
Lowri-Anouk Geraint-Bram Mali-Roos Aled-Jasper Heledd-Lieke Rhodri-Maarten Seren-Ilse Tomos-Ruben
Elin-Fenna Huw-Daan Glesni-Noor Llŷr-Koen Eirlys-Mirjam Cai-Floris Menna-Janneke Osian-Gijs
Angharad-Evi""".split()
FAMILY = """Pritchard-Jansen Bevan-Bakker Llewellyn-Visser Prosser-Smit Gwilym-Meijer
Probert-Mulder Parry-Dekker Powell-Brouwer Vaughan-Kok Howells-Jacobs Meredith-Hendriks
Bowen-Schouten Madoc-Kuijpers Pugh-Verhoeven Gittins-Bosman Griffiths-Postma Jenkins-Dijkstra
Rowlands-Veenstra Humphreys-Kramer Protheroe-Huisman Beynon-Timmermans Tudor-Molenaar
Hopkin-Scholten""".split()
FAMILY += ["ab Owain-van der Linden", "ap Iorwerth-de Graaf", "Ó Ceallaigh-Vos",
           "De'Ath-Bakker", "van den Heuvel-Rees"]

FERROWICK = Site("Ferrowick Steel (Porth Elwy Works)", "FSP", "ferrowick-steel.co.uk", CONCEPTS,
                 GROUPS, SHARED, FACILITIES, GIVEN, FAMILY, own=_own)
