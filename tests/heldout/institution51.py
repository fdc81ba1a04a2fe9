"""Brenlow Paper's Culverden Mill with its Ottersey Corrugating Plant: a forty-ninth fictitious
institution, for ``heldout51``.

Culverden is the fictitious recycled paper and board mill of a papermaker, the organisation
whose fibre yard, stock preparation, paper machine, corrugating and converting, laboratory,
quality, water and effluent, energy, mechanical, electrical and automation, warehouse and
despatch, safety, training and management staff turn bales of recovered paper into testliner
and fluting and, at Ottersey, into corrugated boxes: the fibre yard and stock preparation
(recovered paper grading and bale inspection, the fibre buyers, bale dewiring and the pulper
conveyors, the drum pulper and its junk trap, screening, cleaning and fractionation, refining
and freeness, the disperger, rejects and compactors); the paper machines, PM3 for testliner and
PM4 for fluting (wet end chemistry, the approach flow and headbox, the forming and press
sections, felt and wire changes, the dryer section and its hood, the film press and its starch,
the soft calender, the Pope reel and spools, sheet breaks and tail threading, the QCS scanner,
grade changes and start-ups, the winders, roll wrapping, broke, papermaking fundamentals and the
machine hall crane); the Ottersey corrugating plant (the corrugator's single facers and double
backer, the mill roll stands and splicers, the glue kitchen, the dry end, flexo folder gluers,
rotary and flatbed die-cutting, cutting formes, folder gluers, plate mounting and inks,
palletising, trim extraction, board and box testing, packaging design); the mill laboratory and
quality (physical testing, Cobb, stock testing, fibre analysis and stickies, microbiological
control, reel release, colour and brightness, the LIMS); water and effluent (the anaerobic
effluent plant, dissolved air flotation, river water treatment, sludge dewatering, the
environmental permit); energy and utilities (the CHP gas turbine and its heat recovery steam
generator, the boilers, compressed air and vacuum, 11 kV switching, energy reporting);
mechanical engineering (bearings, the roll shop, doctor blades, hydraulics, lubrication,
condition monitoring, alignment, pumps and seals, welding, machining, the CMMS, shutdowns);
electrical and automation (LV maintenance, sectional drives, the DCS and PLCs, instruments,
motors, hazardous areas); warehouse and despatch (clamp trucks, forklifts, despatch, stock
control, the weighbridge, the yard shunter); safety, health and environment (isolations,
confined spaces, work at height, nips on running machines, first aid, fire, COSHH, bulk
chemical deliveries, permits to work, noise and dust); quality systems (FSC and PEFC chain of
custody, BRCGS Packaging, internal audits, customer complaints); the skills centre (operator
trainers and assessors, apprentices, inductions, outreach); and management (shift leaders,
production planning and the deckle, lean and TPM).

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
assembly, integration and test centre, a pharmaceutical manufacturer's sterile manufacturing
site with its biologics plant nor a steelmaker's integrated steelworks, but a papermaker's
recycled paper and board mill with its own corrugated packaging plant (1,200 paper machine,
stock preparation, corrugator and converting operators, laboratory and quality technicians,
water, effluent and energy operators, fitters, electricians, instrument and automation
technicians, drivers, trainers and support staff in the directory), unlike the institutions
before it (Northgate to Ferrowick).

Its HR system takes a person's skills from the mill's own training tracker, a small Python
application an engineer wrote, whose nightly feed to HR writes each holder's training record as
Python writes a dictionary (its ``repr``): "{'course_id': <id>, 'course': '<title>', 'level':
'<level>', 'passed': datetime.date(<y>, <m>, <d>), 'expires': datetime.date(<y>, <m>, <d>),
'hours': <hours>, 'assessor': '<initials>'}" (one line; seven keys in that order, each a quoted
key, a colon and a space, then the value; a comma and a space between them). The course's id
(a bare four-digit number) comes first, then its title as Python quotes a string: in single
quotes, or in double quotes when the title has an apostrophe (an en dash, a superscript two or
any other character kept), then the holder's own values: the level (Awareness, Supervised,
Competent or Coach), the day passed as Python writes a date (year, month and day as bare numbers
without leading zeros, 2012 to 2026, none after November 2026), the day it expires (the same day
twelve, twenty-four, thirty-six or sixty months on) or, for a course that does not lapse, None,
the hours of training as a float (one decimal place) and the assessor's initials (three
lower-case letters). As in heldout30's to heldout50's generators, the holder's values are drawn
from the generator's seeded random stream row by row (``Site.own``), so two holders of one
course are written differently, as a real export writes them, while the bundle stays
deterministic. A facility's required skills are the course as the tracker writes it without a
holder's values, a dictionary of its id and title alone ("{'course_id': <id>, 'course':
'<title>'}"). Beside those, rows the staff typed into the skills survey are their own:
lower-case, papermaking slang and kit names ("conditioning felts with the uhle boxes", "making
ready the bobst"). Some are written as no technician taxonomy is likely to write them (recovered
paper grading, hot dispersion, machine clothing, sheet breaks and tail threading, grade changes,
the glue kitchen, cutting formes, doctor blades, nips on running machines, FSC chain of custody).
Facilities have names, aliases (in the name or the description) and role holders. Concept keys
are the evaluation's own, not the taxonomy's ids. Generated by the same deterministic generator
as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "BRENLOW", "COURSES", "HOURS", "LEVELS", "PEOPLE", "RECORD", "REFRESH",
           "SEED", "YEARS", "expires"]

PEOPLE, SEED = 1200, 51051     # tests.heldout.institution.generate(PEOPLE, SEED, BRENLOW)
LEVELS = ("Awareness", "Supervised", "Competent", "Coach")
ASSESSORS = ("ajw", "bkp", "cmh", "dlr", "ejs", "gtf", "hnb", "kro")
HOURS = (0.5, 1.0, 2.5, 4.0, 7.5, 15.0, 22.5, 37.5)
REFRESH = (0, 12, 24, 36, 60)     # months valid for; 0: it does not lapse, None
YEARS = tuple(range(2012, 2027))
# a holder's training record as the tracker's feed writes it, Python's repr of a dictionary, one
# line: the course's id and title (in single quotes, or double quotes when it has an
# apostrophe), then (a holder's own) the level, the day passed and the day it expires (or None)
# as Python writes a date, the hours as a float and the assessor's initials
RECORD = re.compile(r"^\{'course_id': (\d{4}), 'course': ('[^'\\]+'|\"[^\"\\]+\")"
                    r"(?:, 'level': '(Awareness|Supervised|Competent|Coach)', "
                    r"'passed': datetime\.date\((20\d{2}), (\d{1,2}), (\d{1,2})\), "
                    r"'expires': (?:datetime\.date\((20\d{2}), (\d{1,2}), (\d{1,2})\)|None), "
                    r"'hours': (\d{1,2}\.\d), 'assessor': '([a-z]{3})')?\}$")
# the course as the tracker writes it without a holder's values -> its id and title
COURSES: dict[str, tuple[int, str]] = {}


def expires(day: date, months: int) -> date:
    """The day a course passed on `day` expires, `months` on: the same day of the month
    `months` later (a day drawn is never after the 28th)."""
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def _c(course_id: int, title: str) -> str:
    """The course as the tracker writes it without a holder's values: Python's repr of a
    dictionary of its id and title; both are kept for the holder's rows."""
    written = repr({"course_id": course_id, "course": title})
    COURSES[written] = (course_id, title)
    return written


def _own(text: str, rng: Random) -> str:
    """A holder's training record for a course, as the feed writes it: Python's repr of the
    course's dictionary with the holder's level, day passed, expiry, hours and assessor, drawn
    from the generator's stream; a survey row stays as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    course_id, title = COURSES[text]
    day = past_day(YEARS, rng)
    months = rng.choice(REFRESH)
    level = rng.choice(LEVELS)
    hours = rng.choice(HOURS)
    assessor = rng.choice(ASSESSORS)
    return repr({"course_id": course_id, "course": title, "level": level, "passed": day,
                 "expires": expires(day, months) if months else None, "hours": hours,
                 "assessor": assessor})


# concept key -> HR spellings (the first is the course as the tracker writes it; the other is a
# row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # the fibre yard and stock preparation
    "rcpgrading": (_c(1101, "Recovered paper grading and bale inspection (EN 643)"),
                   "probing bales for moisture on the tipping floor"),
    "baleline": (_c(1102, "Bale dewiring and pulper conveyor feeding"),
                 "cutting the wires off bales on the feed conveyor"),
    "pulper": (_c(1103, "Drum pulper and detrashing operation"), "running the drum pulper"),
    "fibrebuy": (_c(1104, "Recovered fibre purchasing and suppliers' yard audits"),
                 "buying occ from the merchants"),
    "stockprep": (_c(1201, "Stock preparation – screening, cleaning and fractionation"),
                  "changing baskets on the fine screens"),
    "refining": (_c(1202, "Low consistency refining and freeness control"),
                 "setting plate gap on the refiners for freeness"),
    "dispersion": (_c(1203, "Hot dispersion of stickies and wax"),
                   "running the disperger on the liner stock"),
    "rejects": (_c(1204, "Rejects handling – sand traps, light rejects and compactors"),
                "emptying the rejects compactor into the skip"),
    # the paper machines
    "wetend": (_c(1301, "Wet end chemistry – retention, charge and sizing"),
               "adjusting retention aid to hold first pass retention"),
    "headbox": (_c(1302, "Approach flow and headbox operation"), "setting the slice lip profile"),
    "forming": (_c(1303, "Forming section – foils, vacuum boxes and drainage"),
                "changing foil blades on the fourdrinier"),
    "press": (_c(1304, "Press section and shoe press operation"),
              "conditioning felts with the uhle boxes"),
    "clothing": (_c(1305, "Machine clothing changes – forming fabrics and press felts"),
                 "putting a new felt on the second press"),
    "dryers": (_c(1306, "Dryer section – steam and condensate, hood and pocket ventilation"),
               "balancing steam pressures across the dryer groups"),
    "sizepress": (_c(1307, "Film press sizing and surface starch"),
                  "running the film press on the testliner"),
    "calender": (_c(1308, "Soft nip calendering and caliper control"), "loading the calender nips"),
    "reel": (_c(1309, "Pope reel turn-ups and spool handling"), "turning up on the reel"),
    "breaks": (_c(1310, "Sheet break response and tail threading"),
               "threading the tail through the dryers"),
    "qcs": (_c(1311, "QCS scanner – basis weight, moisture and caliper profiles"),
            "standardising the scanner head"),
    "gradechange": (_c(1312, "Grade changes, start-ups and machine shutdowns"),
                    "doing a grade change from 125 to 150 gsm"),
    "winder": (_c(1313, "Winder operation – slitting, setting and roll build"),
               "setting the slitter knives on the winder"),
    "rollwrap": (_c(1314, "Roll wrapping, labelling and reel identification"),
                 "running the roll wrapping line"),
    "broke": (_c(1315, "Broke handling and repulping"),
              "running the couch pit agitator after a break"),
    "papertech": (_c(1316, "Papermaking technology fundamentals"),
                  "understanding how the paper machine works"),
    "crane": (_c(1317, "Overhead crane operation in the machine hall"), "driving the spool crane"),
    # the Ottersey corrugating plant
    "corrugator": (_c(1401, "Corrugator operation – single facer and double backer"),
                   "running the single facer"),
    "glue": (_c(1402, "Corrugator starch glue kitchen"), "making up glue in the starch kitchen"),
    "dryend": (_c(1403, "Corrugator dry end – slitter scorer, cut-off knife and stacker"),
               "setting the slitter scorer for the order"),
    "flexo": (_c(1404, "Flexo folder gluer printing on corrugated board"),
              "setting up the flexo folder gluer"),
    "diecut": (_c(1405, "Rotary and flatbed die-cutting"), "making ready the bobst"),
    "formes": (_c(1406, "Cutting forme mounting and repair"),
               "mounting cutting formes on the cylinder"),
    "foldergluer": (_c(1407, "Folder gluer and case making"), "running the folder gluer"),
    "inks": (_c(1408, "Flexo plate mounting and ink management"),
             "mounting plates on carrier sheets"),
    "palletising": (_c(1409, "Palletising, strapping and stretch wrapping"),
                    "running the strapper and palletiser"),
    "boardtest": (_c(1410, "Corrugated board and box testing – ECT, BCT and flat crush"),
                  "crushing boxes on the bct tester"),
    "cad": (_c(1411, "Packaging design on CAD and the sample table"),
            "cutting samples on the kongsberg"),
    "trim": (_c(1412, "Trim extraction and waste baling"), "clearing blockages in the trim system"),
    "splicer": (_c(1413, "Mill roll stands and splicers on the corrugator"),
                "loading reels on the mill roll stands"),
    # the mill laboratory and quality
    "physical": (_c(1501, "Paper physical testing – grammage (g/m²), caliper, burst, SCT and RCT"),
                 "running the burst tester on reel samples"),
    "cobb": (_c(1502, "Cobb water absorption and sizing tests"), "doing cobb 60 on the top side"),
    "stocktest": (_c(1503, "Stock testing – consistency, freeness, ash and pH"),
                  "testing freeness on the csf tester"),
    "fibre": (_c(1504, "Fibre analysis and stickies counts"),
              "counting stickies on the filter papers"),
    "microbio": (_c(1505, "Microbiological control and biocide programme"),
                 "putting dipslides round the white water system"),
    "release": (_c(1506, "Reel quality assessment and release"), "holding reels that fail spec"),
    "colour": (_c(1507, "Colour and brightness measurement of white top liner"),
               "measuring shade on the spectro"),
    "lims": (_c(1508, "LIMS test entry and certificates of analysis"),
             "entering test results in the lims"),
    # water and effluent
    "etp": (_c(1601, "Effluent treatment – anaerobic reactor and activated sludge"),
            "feeding the anaerobic reactor"),
    "daf": (_c(1602, "Dissolved air flotation and fibre recovery"),
            "running the daf on white water"),
    "rawwater": (_c(1603, "River water abstraction and raw water treatment"),
                 "backwashing the sand filters"),
    "sludge": (_c(1604, "Sludge dewatering – screw press and belt press"),
               "running the screw press on sludge"),
    "permit": (_c(1605, "Environmental permit compliance and effluent sampling"),
               "taking composite samples for the permit"),
    # the energy centre and utilities
    "chp": (_c(1701, "CHP gas turbine and heat recovery steam generator operation"),
            "running the gas turbine"),
    "boiler": (_c(1702, "Steam boiler operation and boiler water treatment"),
               "doing boiler blowdowns on days"),
    "air": (_c(1703, "Compressed air and vacuum plant"), "checking the air compressors"),
    "hv": (_c(1704, "High voltage switching – authorised person (11 kV)"),
           "switching the 11kv ring main"),
    "energy": (_c(1705, "Energy monitoring and climate change agreement reporting"),
               "reading steam meters for the energy report"),
    # mechanical engineering
    "fitting": (_c(1801, "Bearing changes on dryer cylinders and felt rolls"),
                "changing bearings on the dryer cans"),
    "rollshop": (_c(1802, "Roll grinding and roll cover management"),
                 "grinding press rolls in the roll shop"),
    "doctor": (_c(1803, "Doctor blades and cleaning showers"),
               "changing doctor blades on the dryers"),
    "hydraulics": (_c(1804, "Hydraulic systems and nip loading"),
                   "changing hoses on the calender hydraulics"),
    "lube": (_c(1805, "Lubrication and circulating oil systems"),
             "checking oil flows to the dryer bearings"),
    "cm": (_c(1806, "Condition monitoring – vibration, thermography and ultrasound"),
           "vibration route on the paper machine"),
    "alignment": (_c(1807, "Roll alignment and laser alignment of drives"),
                  "aligning rolls with the laser tracker"),
    "pumps": (_c(1808, "Centrifugal pump, seal and agitator maintenance"),
              "changing mechanical seals on stock pumps"),
    "welding": (_c(1809, "Stainless steel pipework welding and fabrication"),
                "tig welding stainless pipework on the stock lines"),
    "machining": (_c(1810, "Workshop turning and milling of spares"),
                  "turning shafts on the lathe"),
    "cmms": (_c(1811, "Planned maintenance and work orders in the CMMS"),
             "raising work requests in the cmms"),
    "shut": (_c(1812, "Shutdown planning and contractor coordination"), "planning the annual shut"),
    # electrical and automation
    "lv": (_c(1901, "LV electrical maintenance and inspection (18th Edition)"),
           "fault finding on mcc buckets"),
    "drives": (_c(1902, "Paper machine sectional drives and inverters"),
               "tuning the sectional drives"),
    "dcs": (_c(1903, "DCS and PLC control systems (ABB 800xA and Siemens S7)"),
            "editing logic in the dcs"),
    "instruments": (_c(1904, "Instrument calibration – consistency transmitters, flow and pressure "
                             ""),
                    "calibrating consistency transmitters"),
    "motors": (_c(1905, "Motor maintenance and insulation resistance testing"),
               "meggering motors before a start"),
    "dsear": (_c(1906, "DSEAR zones and hazardous area equipment inspection"),
              "inspecting ex equipment by the gas turbine"),
    # warehouse and despatch
    "clamp": (_c(2001, "Reel clamp truck operation"), "driving the clamp truck"),
    "flt": (_c(2002, "Counterbalance, reach truck and bale clamp operation"),
            "driving the reach truck in the warehouse"),
    "despatch": (_c(2003, "Despatch and load planning"), "planning loads for the hauliers"),
    "stock": (_c(2004, "Warehouse stock control in SAP"), "doing stock counts in sap"),
    "wb": (_c(2005, "Weighbridge and inbound fibre deliveries"), "weighing in fibre lorries"),
    "shunter": (_c(2006, "Yard shunter and trailer movements"), "shunting trailers round the yard"),
    # safety, health and environment, shared by many
    "loto": (_c(2101, "Lock out, tag out and isolation on paper machines"),
             "locking off the wire section"),
    "confined": (_c(2102, "Confined space entry – chests, tanks and silos"),
                 "entering the broke chest"),
    "height": (_c(2103, "Working at height and MEWP operation"),
               "using the cherry picker on the machine"),
    "nip": (_c(2104, "Nip and rotating machinery safety on running machines"),
            "working safely near running nips"),
    "firstaid": (_c(2105, "First aider (three-day FAW)"), "first aider for the corrugator"),
    "fire": (_c(2106, "Fire prevention – dust, hot work and sprinklers"),
             "signing hot work permits on the dryers"),
    "coshh": (_c(2107, "COSHH – biocides, caustic and wet end chemicals"),
              "coshh assessments for the wet end chemicals"),
    "chemoffload": (_c(2108, "Bulk chemical deliveries and tanker offloading"),
                    "offloading caustic tankers"),
    "ptw": (_c(2109, "Permit to work issuing and handback"), "issuing permits for the shut"),
    "hygiene": (_c(2110, "Noise and dust exposure monitoring"),
                "doing noise surveys in the machine hall"),
    # quality systems
    "fsc": (_c(2201, "FSC and PEFC chain of custody"), "checking fsc claims on invoices"),
    "brc": (_c(2202, "BRCGS Packaging hygiene and foreign body control"),
            "hygiene audits on the corrugator"),
    "audit": (_c(2203, "ISO 9001 internal auditing"), "doing internal audits"),
    "complaints": (_c(2204, "Customer complaints and reel defect investigation"),
                   "looking at returned reels"),
    # management
    "shiftlead": (_c(2301, "Machine tender's shift leadership on the paper machine"),
                  "running nights on pm3"),
    "planning": (_c(2302, "Production planning and deckle optimisation"),
                 "planning the deckle for the winder"),
    "lean": (_c(2303, "Lean and TPM – autonomous maintenance and SMED"),
             "doing am tags on the corrugator"),
    # the skills centre
    "ojt": (_c(2401, "Operator trainer and competence assessor"),
            "training new starters on the winder"),
    "apprentices": (_c(2402, "Apprentice mentoring (mechanical and electrical)"),
                    "mentoring the apprentices in the workshop"),
    "induction": (_c(2403, "Mill safety induction delivery"), "doing contractor inductions"),
    "outreach": (_c(2404, "Schools outreach and mill tours"),
                 "taking school groups round the mill"),
}

FIBRE = "Fibre Yard and Stock Preparation"
PM = "Paper Machines"
CORR = "Ottersey Corrugating Plant"
LAB = "Mill Laboratory"
QUALITY = "Quality and Technical"
WATER = "Water and Effluent"
ENERGY = "Energy Centre"
MECH = "Mechanical Engineering"
ELEC = "Electrical and Automation"
LOGISTICS = "Warehouse and Despatch"
SHE = "Safety, Health and Environment"
ACADEMY = "Brenlow Paper Skills Centre"

GROUPS = (
    Group("fibre", 80, (FIBRE,), ("Fibre Yard Operative", "Pulper Operator", "Bale Line Operator",
                                   "Stock Preparation Technician"),
          ("pulper", "stockprep", "baleline", "rcpgrading", "refining", "rejects", "dispersion",
           "wb", "flt"),
          "Grades the bales, pulps them and prepares the stock for the machines."),
    Group("papermachine", 250, (PM,), ("Paper Machine Operator", "Machine Tender", "Back Tender",
                                       "Wet End Operator", "Dry End Operator", "Winder Operator"),
          ("headbox", "forming", "press", "dryers", "winder", "reel", "breaks", "gradechange",
           "sizepress", "calender", "clothing", "wetend", "qcs", "broke", "rollwrap", "crane",
           "papertech"),
          "Runs PM3 and PM4 from the headbox to the winders."),
    Group("corrugating", 220, (CORR,), ("Corrugator Operator", "Flexo Printer",
                                        "Die Cutter Operator", "Converting Operator",
                                        "Corrugator Wet End Operator"),
          ("corrugator", "flexo", "diecut", "foldergluer", "dryend", "splicer", "glue",
           "palletising", "inks", "formes", "trim"),
          "Makes board on the corrugator and prints, cuts and glues it into boxes at Ottersey."),
    Group("laboratory", 60, (LAB,), ("Paper Testing Technician", "Process Laboratory Technician",
                                     "Quality Technician", "Laboratory Team Leader"),
          ("physical", "cobb", "stocktest", "release", "lims", "fibre", "microbio", "colour",
           "wetend"),
          "Tests every reel and watches the stock, the water and the chemistry."),
    Group("quality", 35, (QUALITY,), ("Quality Engineer", "Customer Technical Service Engineer",
                                      "Hygiene and Quality Coordinator", "Packaging Designer"),
          ("complaints", "audit", "brc", "boardtest", "cad", "fsc", "release"),
          "Answers the customers, runs the audits and designs the boxes."),
    Group("water", 40, (WATER,), ("Effluent Plant Operator", "Water Systems Operator",
                                  "Environmental Technician"),
          ("etp", "daf", "rawwater", "sludge", "permit", "microbio", "chemoffload"),
          "Treats the river water in and the effluent out."),
    Group("energy", 35, (ENERGY,), ("CHP Operator", "Boilerhouse Operator", "Energy Engineer",
                                    "Utilities Technician"),
          ("chp", "boiler", "air", "energy", "hv", "chemoffload"),
          "Runs the gas turbine, the boilers, the air and the vacuum."),
    Group("mechanical", 140, (MECH,), ("Multi-skilled Mechanical Fitter", "Hydraulics Fitter",
                                       "Welder Fabricator", "Machinist Turner",
                                       "Roll Shop Grinder"),
          ("fitting", "pumps", "hydraulics", "lube", "rollshop", "doctor", "welding",
           "machining", "alignment", "cm", "crane", "cmms"),
          "Keeps the machines, pumps and rolls of both sites running."),
    Group("electrical", 95, (ELEC,), ("Electrical Maintenance Technician", "Automation Engineer",
                                      "Instrument Technician", "Drives Engineer"),
          ("lv", "drives", "dcs", "instruments", "motors", "hv", "dsear", "qcs", "cmms"),
          "Keeps the drives, the DCS, the instruments and the power running."),
    Group("logistics", 110, (LOGISTICS,), ("Clamp Truck Driver", "FLT Driver",
                                           "Despatch Coordinator", "Stock Controller",
                                           "Yard Shunter Driver", "Weighbridge Clerk"),
          ("clamp", "flt", "despatch", "stock", "shunter", "wb", "rollwrap"),
          "Stores the reels and sends out reels and boxes by road."),
    Group("safety", 25, (SHE,), ("Safety Advisor", "Environmental and Hygiene Technician",
                                 "Fire and Permit Coordinator"),
          ("ptw", "loto", "fire", "hygiene", "coshh", "confined", "permit"),
          "Keeps the mill safe and its permits, isolations and exposures in check."),
    Group("training", 20, (ACADEMY,), ("Operator Trainer", "Apprentice Training Officer",
                                       "Technical Trainer"),
          ("ojt", "induction", "apprentices", "outreach", "papertech"),
          "Trains the operators, apprentices, new starters and contractors."),
    Group("managers", 40, (PM, CORR, MECH, FIBRE),
          ("Shift Manager", "Paper Machine Shift Leader", "Production Planner",
           "Maintenance Planner", "Area Manager"),
          ("shiftlead", "planning", "lean", "shut", "cmms", "complaints", "fibrebuy"),
          "Leads the shifts and plans what the machines and the box plant make."),
)
SHARED = ("loto", "confined", "height", "nip", "firstaid", "fire", "coshh")

FACILITIES = (
    FacilitySpec("BPM-FYD", "Culverden Fibre Yard", "facility", FIBRE,
                 "Covered bale storage, the tipping floor and the grading bay for recovered paper "
                 "and OCC.", ("rcpgrading", "fibrebuy")),
    FacilitySpec("BPM-PUL", "Culverden Pulping Hall", "facility", FIBRE,
                 "Two bale lines with autodewirers feeding a drum pulper, its junk trap and the "
                 "rejects compactor.", ("pulper", "baleline", "rejects")),
    FacilitySpec("BPM-SPP", "PM3 Stock Preparation Plant", "facility", FIBRE,
                 "Coarse and fine screens, HD cleaners, the fractionator and the disperger on the "
                 "top ply.", ("stockprep", "dispersion")),
    FacilitySpec("BPM-RFN", "Culverden Refiner Bay", "facility", FIBRE,
                 "Three double-disc refiners on the long fibre line.", ("refining",)),
    FacilitySpec("BPM-PM3", "Paper Machine 3 (Testliner)", "facility", PM,
                 "A 6.8 m gap former testliner machine with a shoe press, a film press and a soft "
                 "calender; PM3.", ("headbox", "forming", "press", "sizepress", "calender")),
    FacilitySpec("BPM-PM4", "Paper Machine 4 (Fluting)", "facility", PM,
                 "A fourdrinier fluting machine with a single-felted dryer section and its hood; "
                 "PM4.", ("dryers", "forming", "press")),
    FacilitySpec("BPM-CR3", "PM3 Control Room", "facility", PM,
                 "The DCS consoles, the QCS screens and the machine's shift desk.",
                 ("qcs", "gradechange", "shiftlead")),
    FacilitySpec("BPM-WEC", "Wet End Chemistry Room", "facility", PM,
                 "Dosing skids for retention aids, ASA and biocides beside the charge analyser.",
                 ("wetend", "microbio")),
    FacilitySpec("BPM-STK", "Culverden Starch Kitchen", "facility", PM,
                 "Jet cookers and day tanks for the film press starch.", ("sizepress",)),
    FacilitySpec("BPM-RLL", "Reel and Winder Bay", "facility", PM,
                 "The Pope reels, the spool crane and two duplex winders at the dry end.",
                 ("winder", "reel", "crane")),
    FacilitySpec("BPM-RWL", "Roll Wrapping Line", "facility", PM,
                 "A wrapper, labeller and reel weigher between the winders and the warehouse.",
                 ("rollwrap",)),
    FacilitySpec("BPM-CLO", "Machine Clothing Store", "facility", PM,
                 "Felts and forming fabrics on racks with the seaming bench.", ("clothing",)),
    FacilitySpec("BPM-CGT", "Ottersey Corrugator", "facility", CORR,
                 "A 2.5 m corrugator with two single facers, the double backer and the dry end "
                 "stacker.", ("corrugator", "splicer", "dryend")),
    FacilitySpec("BPM-GLK", "Ottersey Glue Kitchen", "facility", CORR,
                 "Starch glue mixers and the glue circulation to the single facers and glue "
                 "machine.", ("glue",)),
    FacilitySpec("BPM-FFG", "Ottersey Print and Converting Hall", "facility", CORR,
                 "Flexo folder gluers, a rotary die cutter and a flatbed die cutter.",
                 ("flexo", "diecut", "foldergluer")),
    FacilitySpec("BPM-FRM", "Ottersey Forme and Plate Room", "workshop", CORR,
                 "Cutting forme repair benches, plate mounting tables and the ink room.",
                 ("inks", "formes")),
    FacilitySpec("BPM-CAD", "Ottersey Design Studio", "service", QUALITY,
                 "CAD workstations and the sample cutting table for new box designs.", ("cad",)),
    FacilitySpec("BPM-OQL", "Ottersey Quality Laboratory", "laboratory", QUALITY,
                 "Edge crush, box compression and flat crush testers and the hygiene office.",
                 ("boardtest", "brc")),
    FacilitySpec("BPM-EOL", "Ottersey End of Line", "facility", CORR,
                 "Palletisers, strappers and stretch wrappers, with the trim extraction and baler.",
                 ("palletising", "trim")),
    FacilitySpec("BPM-LAB", "Culverden Mill Laboratory", "laboratory", LAB,
                 "Burst, SCT, RCT and Cobb testing, grammage and caliper on every reel; the reel "
                 "lab.", ("physical", "cobb", "colour")),
    FacilitySpec("BPM-PCL", "Process Chemistry Laboratory", "laboratory", LAB,
                 "Consistency, freeness and ash, the fibre analyser and stickies counts.",
                 ("stocktest", "fibre")),
    FacilitySpec("BPM-QAO", "Culverden Quality Office", "service", QUALITY,
                 "Reel release, certificates of analysis and customer complaints.",
                 ("release", "lims", "complaints")),
    FacilitySpec("BPM-ETP", "Culverden Effluent Treatment Plant", "facility", WATER,
                 "An anaerobic reactor, aeration basin and clarifier before discharge to the "
                 "river.", ("etp", "permit")),
    FacilitySpec("BPM-DAF", "White Water Recovery Plant", "facility", WATER,
                 "A dissolved air flotation unit and a disc saveall on the white water.", ("daf",)),
    FacilitySpec("BPM-RWT", "Culverden Raw Water Works", "facility", WATER,
                 "River intake screens, a clarifier and sand filters.", ("rawwater",)),
    FacilitySpec("BPM-SDH", "Sludge Dewatering House", "facility", WATER,
                 "A screw press and a belt press for effluent and rejects sludges.", ("sludge",)),
    FacilitySpec("BPM-CHP", "Culverden Energy Centre", "facility", ENERGY,
                 "A gas turbine with a heat recovery steam generator and two standby boilers; the "
                 "CHP.", ("chp", "boiler")),
    FacilitySpec("BPM-CAV", "Compressor and Vacuum House", "facility", ENERGY,
                 "Air compressors, dryers and liquid ring vacuum pumps for both machines.",
                 ("air",)),
    FacilitySpec("BPM-SUB", "Culverden 11 kV Substation", "facility", ENERGY,
                 "The intake switchboard, ring main units and the machine transformers.", ("hv",)),
    FacilitySpec("BPM-MWS", "Culverden Mechanical Workshop", "workshop", MECH,
                 "Lathes, a milling machine, welding bays and the pump rebuild bench.",
                 ("machining", "welding", "pumps")),
    FacilitySpec("BPM-RSH", "Culverden Roll Shop", "workshop", MECH,
                 "A roll grinder and racks for press, calender and felt rolls.", ("rollshop",)),
    FacilitySpec("BPM-RCM", "Reliability and Condition Monitoring Team", "service", MECH,
                 "Vibration routes, thermography, ultrasound and alignment across both sites.",
                 ("cm", "alignment")),
    FacilitySpec("BPM-HLB", "Hydraulics and Lubrication Bay", "workshop", MECH,
                 "Hose crimping, power pack repairs and the oil sampling kit.",
                 ("hydraulics", "lube")),
    FacilitySpec("BPM-ECW", "Electrical and Control Systems Workshop", "workshop", ELEC,
                 "Drive spares, the DCS engineering station and the instrument calibration bench.",
                 ("dcs", "drives", "instruments")),
    FacilitySpec("BPM-MPO", "Culverden Maintenance Planning Office", "service", MECH,
                 "Work orders, shut plans and contractor coordination for both sites.",
                 ("cmms", "shut")),
    FacilitySpec("BPM-WHS", "Culverden Reel Warehouse", "facility", LOGISTICS,
                 "Reels stacked by grade and width, with clamp trucks to the loading bays.",
                 ("clamp", "stock")),
    FacilitySpec("BPM-DSP", "Despatch Office and Gatehouse", "service", LOGISTICS,
                 "Load planning, the weighbridge and trailer marshalling in the yard.",
                 ("despatch", "wb", "shunter")),
    FacilitySpec("BPM-SPO", "Mill Safety and Permit Office", "service", SHE,
                 "Permits to work, isolation boards, the fire team's kit and the noise and dust "
                 "monitors.", ("ptw", "loto", "fire")),
    FacilitySpec("BPM-BSC", "Brenlow Paper Skills Centre", "teaching", ACADEMY,
                 "A training room, a paper machine simulator and the apprentice workshop.",
                 ("ojt", "apprentices", "induction", "papertech")),
    FacilitySpec("BPM-PPO", "Production Planning Office", "service", PM,
                 "Machine schedules, deckle plans and orders from the Ottersey box plant.",
                 ("planning",)),
)

GIVEN = """Darren-Tomasz Kerry-Agnieszka Wayne-Krzysztof Tracey-Małgorzata Lee-Paweł
Donna-Katarzyna Gary-Łukasz Joanne-Magdalena Craig-Grzegorz Leanne-Ewelina Shaun-Dariusz
Kelly-Justyna Dean-Michał Stacey-Dorota Jason-Piotr Hayley-Bożena Ryan-Marcin Gemma-Beata
Carl-Sławomir Nicola-Iwona Scott-Jarosław Emma-Żaneta Lewis-Bartosz Amy-Wioletta""".split()
FAMILY = """Harlow-Nowak Pettit-Kowalski Bassett-Wiśniewski Fagg-Wójcik Kemsley-Kamiński
Gilbert-Lewandowski Dunkley-Zieliński Medhurst-Szymański Wenban-Woźniak Boorman-Dąbrowski
Iggulden-Kozłowski Hukins-Jankowski Pilcher-Mazur Twort-Kwiatkowski Seath-Krawczyk
Tassell-Piotrowski Dadson-Grabowski Godden-Pawłowski Champion-Michalski Packham-Nowicki
Chittenden-Adamczyk Ashdown-Dudek Relf-Zając""".split()
FAMILY += ["O'Donoghue-Sikora", "de Souza-Wróbel", "Mac Giolla-Baran", "St John-Kaczmarek",
           "van der Berg-Ostrowski"]

BRENLOW = Site("Brenlow Paper (Culverden Mill)", "BPM", "brenlow-paper.co.uk", CONCEPTS, GROUPS,
               SHARED, FACILITIES, GIVEN, FAMILY, own=_own)
