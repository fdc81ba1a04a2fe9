"""Garvellan Shipbuilding's Ardmorlich Yard with its Port Tullan Dry Dock: a fiftieth fictitious
institution, for ``heldout52``.

Ardmorlich is the fictitious shipyard of a shipbuilder, the organisation whose steelwork, hull
construction, outfitting, electrical, coatings, quality and inspection, trials, dry dock, design
and production engineering, planning and materials, yard engineering, safety, training and
management staff turn steel plate into naval auxiliaries and ferries and, at Port Tullan, dock
and repair ships: steelwork (the steel stockyard and its magnet cranes, the plate treatment line
and shop primer, CNC plasma and oxy-fuel profile cutting, edge preparation, plate rolling and the
frame press, line heating and fairing, the panel line and its one-sided submerged arc welding,
unit fabrication, flux-cored, submerged arc and pipe TIG welding, welding procedures and welder
coding, distortion control); hull construction (block assembly on the platens, block turning,
block erection on the building berth, dimensional control, shipwrights, the goliath crane,
self-propelled modular transporters, launch and float-out, scaffolding and staging, rigging and
heavy lifts, tank and compartment testing); outfitting (the pipe shop, pipe installation on
board, flushing and pressure testing, HVAC ducting, A-class insulation, marine joinery, deck
machinery, resin chocking, the shaft line and stern tube, main engines and gensets, watertight
doors and hatches); electrical outfitting (cable pulling, glanding and terminations, multi-cable
transits, the main switchboard and shipboard HV, insulation resistance testing, navigation and
communications, the platform management system, temporary site electrics, shore power);
coatings (abrasive blasting, airless spraying and stripe coats, coating inspection and PSPC,
dehumidification, hull painting and antifouling); quality and inspection (UT, MPI and
radiography of welds, visual weld inspection, class and owner inspections, inspection and test
plans, the inclining experiment); trials and commissioning (setting to work, harbour acceptance
trials, sea trials); the Port Tullan dry dock (docking plans and blocks, the caisson and dock
pumps, UHP hull cleaning, steel renewals, thickness gauging, propellers, tail shafts, sea valves,
anodes and impressed current, gas freeing); design and production engineering (3D design in
AVEVA Marine, nesting and NC programming, work packs and build strategy, naval architecture);
planning and materials (Primavera, stores and traceability, forklifts and telehandlers, tower and
mobile cranes, lift planning); yard engineering (crane maintenance and LOLER, the yard's 11 kV
distribution, the machine shop, hydraulics); safety, health and environment (hot work and fire
watch, enclosed spaces and gas testing, tank rescue, welding fume, work at height, first aid,
COSHH, permits to work, the fire team); quality systems and management (AQAP 2110 audits,
security clearance for naval work, ship project management, trade supervision); and the training
centre and welding school (apprentices, welder training, inductions, NVQ assessing, outreach).

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
site with its biologics plant, a steelmaker's integrated steelworks nor a papermaker's recycled
paper and board mill, but a shipbuilder's shipyard with its own ship repair dry dock (1,200
platers, welders, burners, shipwrights, riggers, pipe fitters, marine electricians, blasters and
painters, inspectors, commissioning engineers, dock and ship repair staff, designers, planners,
crane drivers, trainers and support staff in the directory), unlike the institutions before it
(Northgate to Brenlow).

Its HR system takes a person's skills from the yard's tickets database, an old SQL Server
database the training office keeps every trade ticket in, which IT hands to HR each month as the
script SQL Server Management Studio's "Generate Scripts" writes: one INSERT statement a line for
each holder's ticket, "INSERT [dbo].[YardTickets] ([TicketNo], [Ticket], [Grade], [Passed],
[Expires], [Hours], [Assessor]) VALUES (<no>, N'<title>', N'<grade>', CAST(N'<yyyy-mm-dd>' AS
Date), CAST(N'<yyyy-mm-dd>' AS Date), CAST(<hours> AS Decimal(4, 1)), N'<initials>')" (one line,
no semicolon; the column names in square brackets, the values in the columns' order, a comma
and a space between them). The ticket's number (a bare four-digit number) comes first, then its
title as a Unicode string literal (N and single quotes, a single quote inside it doubled, an en
dash or any other character kept), then the holder's own values: the grade (Trainee, Improver,
Skilled or Lead Hand), the day passed as SQL Server casts a date (2011 to 2026, none after
November 2026), the day it expires (the same day twelve, twenty-four, thirty-six or sixty months
on) or, for a ticket that does not lapse, NULL, the hours of training as a decimal (one decimal
place) and the assessor's initials (three capital letters). As in heldout30's to heldout51's
generators, the holder's values are drawn from the generator's seeded random stream row by row
(``Site.own``), so two holders of one ticket are written differently, as a real export writes
them, while the bundle stays deterministic. A facility's required skills are the ticket as the
script writes the ticket types table, its number and title alone ("INSERT [dbo].[TicketTypes]
([TicketNo], [Ticket]) VALUES (<no>, N'<title>')"). Beside those, rows the staff typed into the
skills survey are their own: lower-case, shipyard slang and kit names ("line heating shell plates
to shape", "packing roxtec frames"). Some are written as no technician taxonomy is likely to
write them (line heating and fairing, self-propelled modular transporters, launch and float-out,
resin chocking, tank dehumidification, the inclining experiment, sea trials, docking plans and
blocks, the dock caisson and pumps, security clearance for naval work). Facilities have names,
aliases (in the name or the description) and role holders. Concept keys are the evaluation's
own, not the taxonomy's ids. Generated by the same deterministic generator as Northgate
(``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "GARVELLAN", "GRADES", "HOURS", "PEOPLE", "RECORD", "REFRESH", "SEED",
           "TICKETS", "YEARS", "expires"]

PEOPLE, SEED = 1200, 52052     # tests.heldout.institution.generate(PEOPLE, SEED, GARVELLAN)
GRADES = ("Trainee", "Improver", "Skilled", "Lead Hand")
ASSESSORS = ("AMK", "BDR", "CJL", "DWF", "GHS", "JMN", "KRT", "RSB")
HOURS = (1.0, 3.5, 7.0, 7.5, 14.0, 21.0, 35.0, 70.0)
REFRESH = (0, 12, 24, 36, 60)     # months valid for; 0: it does not lapse, NULL
YEARS = tuple(range(2011, 2027))
TYPES = "INSERT [dbo].[TicketTypes] ([TicketNo], [Ticket]) VALUES "
HELD = ("INSERT [dbo].[YardTickets] ([TicketNo], [Ticket], [Grade], [Passed], [Expires], "
        "[Hours], [Assessor]) VALUES ")
# a holder's ticket as the monthly script writes it, one INSERT statement a line: the ticket's
# number and title (N'...', a single quote inside it doubled), then (a holder's own) the grade,
# the day passed and the day it expires (or NULL) as SQL Server casts a date, the hours as a
# decimal and the assessor's initials; without a holder's values, the ticket types table's row
RECORD = re.compile(r"^INSERT \[dbo\]\.\[(?:TicketTypes|YardTickets)\] \(\[TicketNo\], "
                    r"\[Ticket\](?:, \[Grade\], \[Passed\], \[Expires\], \[Hours\], "
                    r"\[Assessor\])?\) VALUES \((\d{4}), N'((?:[^']|'')+)'"
                    r"(?:, N'(Trainee|Improver|Skilled|Lead Hand)', "
                    r"CAST\(N'(20\d{2})-(\d{2})-(\d{2})' AS Date\), "
                    r"(?:CAST\(N'(20\d{2})-(\d{2})-(\d{2})' AS Date\)|NULL), "
                    r"CAST\((\d{1,2}\.\d) AS Decimal\(4, 1\)\), N'([A-Z]{3})')?\)$")
# the ticket types table's row -> the ticket's number and title
TICKETS: dict[str, tuple[int, str]] = {}


def expires(day: date, months: int) -> date:
    """The day a ticket passed on `day` expires, `months` on: the same day of the month
    `months` later (a day drawn is never after the 28th)."""
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def _literal(text: str) -> str:
    """`text` as SQL Server's scripts write a Unicode string: N'...', a single quote doubled."""
    return "N'" + text.replace("'", "''") + "'"


def _date(day: date) -> str:
    return f"CAST(N'{day.isoformat()}' AS Date)"


def _t(number: int, title: str) -> str:
    """The ticket as the script writes the ticket types table: an INSERT of its number and
    title alone; both are kept for the holder's rows."""
    written = f"{TYPES}({number}, {_literal(title)})"
    TICKETS[written] = (number, title)
    return written


def _own(text: str, rng: Random) -> str:
    """A holder's ticket as the monthly script writes it: an INSERT of the ticket's number and
    title with the holder's grade, day passed, expiry, hours and assessor, drawn from the
    generator's stream; a survey row stays as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    number, title = TICKETS[text]
    day = past_day(YEARS, rng)
    months = rng.choice(REFRESH)
    grade = rng.choice(GRADES)
    hours = rng.choice(HOURS)
    assessor = rng.choice(ASSESSORS)
    until = _date(expires(day, months)) if months else "NULL"
    return (f"{HELD}({number}, {_literal(title)}, {_literal(grade)}, {_date(day)}, {until}, "
            f"CAST({hours:.1f} AS Decimal(4, 1)), {_literal(assessor)})")


# concept key -> HR spellings (the first is the ticket as the script writes the ticket types
# table; the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # steelwork
    "platestock": (_t(3101, 'Steel stockyard – plate and section handling with magnet cranes'),
                   'slinging plates off the wagons with the magnet crane'),
    "shotblast": (_t(3102, 'Plate line shot blasting and shop priming'),
                  'running the plate line blaster and primer'),
    "profile": (_t(3103, 'CNC plasma and oxy-fuel profile cutting'),
                'burning plates on the plasma table'),
    "bevel": (_t(3104, 'Edge preparation and bevelling for weld joints'),
              'putting bevels on plate edges with the bevelling machine'),
    "rolling": (_t(3105, 'Plate rolling and pressing – bending rolls and the 1,000 t press'),
                'rolling shell plates for the bow'),
    "lineheat": (_t(3106, 'Line heating and fairing of shell plating'),
                 'line heating shell plates to shape'),
    "panel": (_t(3107, 'Panel line – one-sided submerged arc welding and stiffener fitting'),
              'running the one sided saw on the panel line'),
    "unitfab": (_t(3108, 'Unit and sub-assembly fabrication from drawings'),
                'building units off the drawings in the fab shed'),
    "fcaw": (_t(3109, 'Flux-cored arc welding in all positions (BS EN ISO 9606-1)'),
             'welding vertical up with flux core wire'),
    "saw": (_t(3110, 'Submerged arc welding on tractors and column and boom'),
            'running the saw tractor on deck butts'),
    "tigpipe": (_t(3111, 'TIG welding of copper-nickel and stainless pipe'),
                'tig welding cuni pipe with a purge'),
    "weldproc": (_t(3112, 'Welding procedures, WPQRs and welder qualification records'),
                 'keeping the welder coding register up to date'),
    "distortion": (_t(3113, 'Distortion control and weld sequencing'),
                   'planning the weld sequence to keep panels flat'),
    # hull construction
    "blockassy": (_t(3201, 'Block assembly on the block platens'),
                  'joining units into blocks on the platen'),
    "blockturn": (_t(3202, 'Block turning and tandem lifts with two cranes'),
                  'turning blocks over with two cranes'),
    "erection": (_t(3203, 'Block erection and hull consolidation on the building berth'),
                 'landing blocks on the berth and fitting them up'),
    "dimcontrol": (_t(3204, 'Dimensional control surveys with total stations'),
                   'shooting block targets with the total station'),
    "shipwright": (_t(3205, 'Shipwright work – sighting, building blocks and hull alignment'),
                   'sighting through the shaft line with a wire'),
    "goliath": (_t(3206, 'Goliath crane operation (800 t)'), 'driving the goliath'),
    "spmt": (_t(3207, 'Self-propelled modular transporter moves'),
             'driving the spmts with a block on'),
    "launch": (_t(3208, 'Launch and float-out – ballasting, ways and drag chains'),
               'greasing the ways for a launch'),
    "scaffolding": (_t(3209, 'Ship scaffolding and staging (CISRS)'),
                    'putting up staging round the bow'),
    "rigging": (_t(3210, 'Rigging, slinging and heavy lifts'),
                'rigging chain blocks to pull units in'),
    "tanktest": (_t(3211, 'Tank and compartment testing – air, hose and hydrostatic tests'),
                 'air testing double bottom tanks with soapy water'),
    # outfitting
    "pipeshop": (_t(3301, 'Pipe fabrication in the pipe shop – cutting, bending and flanging'),
                 'bending pipe on the cnc bender'),
    "pipeinstall": (_t(3302, 'Pipe installation on board – fitting, supports and penetrations'),
                    'fitting pipe runs in the engine room'),
    "pipetest": (_t(3303, 'Pipe flushing and pressure testing'),
                 'flushing lube oil lines to cleanliness'),
    "hvac": (_t(3304, 'Marine HVAC ducting and fire dampers'), 'fitting ducting and fire dampers'),
    "insulation": (_t(3305, 'Thermal and fire insulation of A-class divisions'),
                   'pinning rockwool on a60 bulkheads'),
    "joinery": (_t(3306, 'Accommodation outfitting – marine joinery, linings and furniture'),
                'fitting cabin panels and ceilings'),
    "deckmach": (_t(3307, 'Deck machinery installation – windlasses, winches and capstans'),
                 "chocking the windlass on the foc'sle"),
    "chocking": (_t(3308, 'Resin chocking and machinery seating'),
                 'pouring epoxy chocks under the main engine'),
    "shaftline": (_t(3309, 'Shaft line alignment, stern tube and propeller fitting'),
                  'boring out the stern tube'),
    "mainengine": (_t(3310, 'Main engine and generator installation and alignment'),
                   'lining up the gensets'),
    "doors": (_t(3311, 'Watertight doors, hatches and closures'), 'adjusting watertight door dogs'),
    # electrical outfitting
    "cablepull": (_t(3401, 'Marine cable pulling and laying on cable trays'),
                  'pulling cables through the trays'),
    "terminations": (_t(3402, 'Marine cable glanding and termination'),
                     'glanding and terminating armoured cable'),
    "mct": (_t(3403, 'Multi-cable transits and cable penetrations'), 'packing roxtec frames'),
    "switchboard": (_t(3404, 'Main switchboard and shipboard high voltage installation (6.6 kV)'),
                    'hooking up the main switchboard'),
    "electest": (_t(3405, 'Insulation resistance testing and electrical inspection on board'),
                 'megger testing circuits before energising'),
    "navcomms": (_t(3406, 'Navigation, radar and communications installation'),
                 'fitting radar scanners on the mast'),
    "ims": (_t(3407, 'Integrated platform management system commissioning'),
            'loop checking the ims'),
    "tempelec": (_t(3408, 'Temporary site electrics and lighting on board'),
                 'rigging temporary lighting in tanks'),
    "shorepower": (_t(3409, 'Shore power connection and setting generators to work'),
                   'connecting shore power to the ship'),
    # coatings
    "blasting": (_t(3501, 'Abrasive blasting of blocks and tanks'),
                 'grit blasting blocks in the blast hall'),
    "spraying": (_t(3502, 'Airless spray application of marine coatings'),
                 'spraying epoxy with the airless pump'),
    "coatinginsp": (_t(3503, 'Coating inspection (FROSIO / NACE) and PSPC records'),
                    'taking dft readings for the coating log'),
    "dehumid": (_t(3504, 'Dehumidification and climate control for tank coating'),
                'setting up dehumidifiers in ballast tanks'),
    "antifoul": (_t(3505, 'Hull painting and antifouling'),
                 'rolling antifouling on the flat bottom'),
    # quality and inspection
    "ut": (_t(3601, 'Ultrasonic testing of welds (PCN Level 2)'), 'ut on butt welds'),
    "mpi": (_t(3602, 'Magnetic particle inspection (PCN Level 2)'),
            'mpi on fillet welds with the yoke'),
    "rt": (_t(3603, 'Radiography of pipe welds in the bunker and on site'),
           'shooting pipe welds with the iridium source'),
    "visweld": (_t(3604, 'Visual weld inspection (CSWIP 3.1)'), 'checking weld sizes with a gauge'),
    "classsurvey": (_t(3605, "Class and owner inspections – Lloyd's Register and MOD"),
                    "presenting tanks to the lloyd's surveyor"),
    "qms": (_t(3606, 'Inspection and test plans and the build quality dossier'),
            'signing off itp hold points'),
    "inclining": (_t(3607, 'Inclining experiment and lightship survey'),
                  'reading pendulums for the inclining'),
    # trials and commissioning
    "commissioning": (_t(3701, 'Systems commissioning and setting to work'),
                      'setting systems to work on board'),
    "hat": (_t(3702, 'Harbour acceptance trials'), 'running the hats alongside'),
    "seatrials": (_t(3703, 'Sea trials – speed, endurance, crash stop and anchor trials'),
                  'sailing on sea trials'),
    # the Port Tullan dry dock
    "docking": (_t(3801, 'Dry docking – docking plans, keel and bilge blocks'),
                'setting blocks to the docking plan'),
    "dockops": (_t(3802, 'Dock caisson, flooding and dewatering pumps'), 'pumping the dock out'),
    "hullclean": (_t(3803, 'Hull cleaning with UHP water jetting'), 'uhp jetting the hull'),
    "steelrenew": (_t(3804, 'Steel renewals and hull repairs'),
                   'cropping and renewing wasted shell plate'),
    "gauging": (_t(3805, 'Ultrasonic thickness gauging of hull plating'),
                'taking thickness readings on the hull'),
    "propeller": (_t(3806, 'Propeller polishing and blade repair'), 'polishing the prop'),
    "tailshaft": (_t(3807, 'Tail shaft withdrawal and stern seal renewal'),
                  'drawing the tail shaft'),
    "valves": (_t(3808, 'Sea valve and sea chest overhaul'), 'overhauling sea valves in dock'),
    "anodes": (_t(3809, 'Sacrificial anodes and impressed current systems'),
               'welding on new hull anodes'),
    "gasfree": (_t(3810, 'Gas freeing and gas free certificates for hot work on ships'),
                'getting fuel tanks gas freed'),
    # design and production engineering
    "cad3d": (_t(3901, '3D ship design in AVEVA Marine'), 'modelling hull structure in aveva'),
    "nesting": (_t(3902, 'Nesting and NC part programming for profile cutting'),
                'nesting plates for the burners'),
    "prodeng": (_t(3903, 'Production information – work packs and build strategy'),
                'making up work packs for the units'),
    "navarch": (_t(3904, 'Naval architecture – stability and weight control'),
                'updating the weight and cg spreadsheet'),
    # planning, materials and lifting
    "planning": (_t(4001, 'Production planning and progress in Primavera'),
                 'updating the primavera programme'),
    "stores": (_t(4002, 'Stores, material issue and traceability'),
               'issuing materials against job cards'),
    "forklift": (_t(4003, 'Counterbalance forklift and telehandler operation'),
                 'driving the telehandler round the quay'),
    "mobilecrane": (_t(4004, 'Tower and mobile crane operation (CPCS)'),
                    'driving the tower crane on the berth'),
    "appointed": (_t(4005, 'Lift planning – appointed person (lifting operations)'),
                  'writing lift plans for the berth'),
    # yard engineering
    "cranemaint": (_t(4101, 'Crane maintenance and LOLER thorough examination'),
                   'greasing the goliath wheels'),
    "yardelec": (_t(4102, 'Yard HV and LV distribution (11 kV)'), 'switching the yard substations'),
    "machining": (_t(4103, 'Machine shop – turning, boring and milling'),
                  'turning shafts on the big lathe'),
    "hydraulics": (_t(4104, 'Hydraulic systems – steering gear, hatches and cranes'),
                   'flushing steering gear hydraulics'),
    # safety, health and environment, shared by many
    "hotwork": (_t(4201, 'Hot work permits and fire watch'), 'fire watch for hot work'),
    "confined": (_t(4202, 'Enclosed space entry and gas testing on ships'),
                 'entering double bottoms with a gas monitor'),
    "rescue": (_t(4203, 'Enclosed space rescue and emergency response team'),
               'tank rescue with the tripod'),
    "fume": (_t(4204, 'Welding fume, LEV and respiratory protection'),
             'setting up fume extraction on board'),
    "height": (_t(4205, 'Working at height and MEWP operation (IPAF)'),
               'driving the cherry picker in the block hall'),
    "firstaid": (_t(4206, 'First aid at work'), 'first aider on the berth'),
    "coshh": (_t(4207, 'COSHH – paints, solvents and isocyanates'), 'coshh for two pack paint'),
    "ptw": (_t(4208, 'Permit to work and isolations on board'), 'issuing permits on board'),
    "fireteam": (_t(4209, 'Shipyard fire team and fire fighting on board'),
                 'fighting fires on board ship'),
    # quality systems and management
    "audit": (_t(4301, 'ISO 9001 and AQAP 2110 internal auditing'),
              'auditing the pipe shop against aqap'),
    "security": (_t(4302, 'Security clearance and handling classified drawings (naval work)'),
                 'handling official sensitive drawings'),
    "projman": (_t(4303, 'Ship project management and contract change'),
                'pricing change notices with the owner'),
    "shiftlead": (_t(4304, 'Trade supervision – leading a squad on board'),
                  'running a squad of platers'),
    # the training centre and welding school
    "apprentices": (_t(4401, 'Apprentice training and mentoring (shipbuilding trades)'),
                    'mentoring first year shipbuilding apprentices'),
    "weldschool": (_t(4402, 'Welder training and coding in the welding school'),
                   'teaching apprentices to weld'),
    "induction": (_t(4403, 'Yard safety induction delivery'), 'giving the yard induction'),
    "assessor": (_t(4404, 'Work-based assessing of shipbuilding NVQs'),
                 'assessing nvq units on board'),
    "outreach": (_t(4405, 'Schools outreach and launch day visits'),
                 'taking schools round the yard'),
}

STEEL = "Steelwork and Fabrication"
HULL = "Hull Construction"
OUTFIT = "Outfitting"
ELEC = "Electrical Outfitting"
PAINT = "Coatings and Blasting"
QA = "Quality and Inspection"
TRIALS = "Trials and Commissioning"
DOCK = "Port Tullan Dry Dock"
DESIGN = "Design and Production Engineering"
PLAN = "Planning and Materials"
YARD = "Yard Engineering"
SHE = "Safety, Health and Environment"
ACADEMY = "Garvellan Training Centre"

GROUPS = (
    Group("steel", 200, (STEEL,), ("Plater", "Welder", "Caulker Burner", "CNC Profile Burner",
                                   "Plate Line Operator", "Panel Line Operator"),
          ("fcaw", "unitfab", "profile", "panel", "saw", "bevel", "platestock", "shotblast",
           "rolling", "lineheat", "distortion"),
          "Cuts, shapes and welds the plate into units."),
    Group("hull", 150, (HULL,), ("Shipwright", "Rigger", "Scaffolder", "Hull Plater",
                                 "Goliath Crane Driver"),
          ("erection", "blockassy", "shipwright", "rigging", "scaffolding", "goliath",
           "blockturn", "spmt", "tanktest", "dimcontrol", "launch"),
          "Builds the blocks and erects them into hulls on the berth."),
    Group("outfit", 170, (OUTFIT,), ("Marine Pipe Fitter", "Pipe Welder", "Marine Engine Fitter",
                                     "Marine Joiner", "HVAC Fitter", "Marine Insulator"),
          ("pipeinstall", "pipeshop", "tigpipe", "pipetest", "hvac", "insulation", "joinery",
           "deckmach", "doors", "chocking", "shaftline", "mainengine", "hydraulics"),
          "Fits the pipework, machinery, ducting and cabins into the hulls."),
    Group("electrical", 130, (ELEC,), ("Marine Electrician", "Electrical Technician",
                                       "Controls and Instrumentation Technician",
                                       "Navigation and Communications Technician"),
          ("cablepull", "terminations", "mct", "electest", "switchboard", "tempelec",
           "shorepower", "navcomms", "ims"),
          "Pulls, glands and terminates the ships' cables and sets their systems to work."),
    Group("coatings", 80, (PAINT,), ("Blaster Painter", "Spray Painter", "Coating Inspector"),
          ("blasting", "spraying", "coatinginsp", "dehumid", "antifoul", "coshh"),
          "Blasts and paints the blocks, tanks and hulls."),
    Group("quality", 45, (QA,), ("NDT Technician", "Welding Inspector", "Quality Inspector",
                                 "Site Radiographer"),
          ("ut", "mpi", "visweld", "rt", "qms", "classsurvey", "tanktest", "weldproc"),
          "Inspects the welds, the tanks and the paperwork for class and the owner."),
    Group("trials", 30, (TRIALS,), ("Commissioning Engineer", "Trials Engineer"),
          ("commissioning", "hat", "seatrials", "ims", "shorepower", "mainengine"),
          "Sets the ships' systems to work and takes them to sea on trials."),
    Group("dock", 120, (DOCK,), ("Dock Hand", "Ship Repair Fitter", "Ship Repair Plater",
                                 "UHP Operative", "Dock Rigger"),
          ("docking", "steelrenew", "hullclean", "valves", "gauging", "propeller", "tailshaft",
           "dockops", "anodes", "gasfree", "antifoul"),
          "Docks and repairs ships at Port Tullan."),
    Group("design", 60, (DESIGN,), ("Design Engineer", "Naval Architect", "Production Engineer",
                                    "NC Programmer"),
          ("cad3d", "prodeng", "nesting", "navarch", "inclining", "dimcontrol"),
          "Designs the ships and turns the design into work packs and cutting files."),
    Group("planning", 50, (PLAN,), ("Project Planner", "Storekeeper", "Telehandler Driver",
                                    "Materials Controller"),
          ("planning", "stores", "forklift", "projman", "appointed"),
          "Plans the build and keeps the materials moving."),
    Group("yard", 70, (YARD,), ("Crane Maintenance Fitter", "Tower Crane Driver",
                                "Yard Electrician", "Marine Machinist"),
          ("cranemaint", "mobilecrane", "machining", "yardelec", "hydraulics", "appointed",
           "goliath"),
          "Keeps the yard's cranes, power and machine shop running."),
    Group("safety", 25, (SHE,), ("Safety Advisor", "Fire Watch Coordinator",
                                 "Rescue Team Leader"),
          ("hotwork", "confined", "rescue", "ptw", "fireteam", "fume", "coshh"),
          "Keeps the yard safe: hot work, tanks, permits and the fire team."),
    Group("training", 20, (ACADEMY,), ("Welding Instructor", "Apprentice Training Officer",
                                       "NVQ Assessor"),
          ("weldschool", "apprentices", "induction", "assessor", "outreach"),
          "Trains the apprentices, the welders and everyone new to the yard."),
    Group("managers", 50, (STEEL, HULL, OUTFIT, DOCK),
          ("Ship Manager", "Steel Trades Supervisor", "Outfit Manager", "Ship Repair Manager",
           "Hull Manager"),
          ("shiftlead", "projman", "planning", "security", "audit", "prodeng"),
          "Leads the trades and runs each hull and each repair."),
)
SHARED = ("hotwork", "confined", "height", "firstaid", "fume", "ptw")

FACILITIES = (
    FacilitySpec("GSY-STK", "Ardmorlich Steel Stockyard", "facility", STEEL,
                 "Plate and section racks under two magnet gantry cranes beside the rail siding.",
                 ("platestock",)),
    FacilitySpec("GSY-PTL", "Plate Treatment Line", "facility", STEEL,
                 "A roller conveyor through the shot blaster and the shop primer booth.",
                 ("shotblast",)),
    FacilitySpec("GSY-PCS", "Profile Cutting Shop", "facility", STEEL,
                 "Two CNC plasma tables over water beds and an oxy-fuel gantry for thick plate.",
                 ("profile", "bevel")),
    FacilitySpec("GSY-PFB", "Plate Forming Bay", "facility", STEEL,
                 "Three-roll bending rolls, the 1,000 t frame press and the line heating slab.",
                 ("rolling", "lineheat")),
    FacilitySpec("GSY-PNL", "Ardmorlich Panel Line", "facility", STEEL,
                 "A one-sided submerged arc welding station, the stiffener gantry and the fillet "
                 "welding portal.", ("panel", "saw")),
    FacilitySpec("GSY-FAB", "Unit Fabrication Shed", "facility", STEEL,
                 "Sub-assembly jigs and welding bays where brackets, webs and units are built.",
                 ("unitfab", "fcaw", "distortion")),
    FacilitySpec("GSY-WEO", "Welding Engineering Office", "service", QA,
                 "Welding procedures, welder coding records and consumables control.",
                 ("weldproc",)),
    FacilitySpec("GSY-BAH", "Block Assembly Hall", "facility", HULL,
                 "Block platens under two 80 t overhead cranes, with the block turning area "
                 "outside.", ("blockassy", "blockturn")),
    FacilitySpec("GSY-BTH", "Ardmorlich Building Berth", "facility", HULL,
                 "The inclined berth under the 800 t goliath crane where blocks are erected into "
                 "hulls and launched.", ("erection", "shipwright", "goliath", "launch")),
    FacilitySpec("GSY-DCS", "Dimensional Control Section", "service", HULL,
                 "Total stations, a laser tracker and the block survey records.",
                 ("dimcontrol",)),
    FacilitySpec("GSY-HLT", "Yard Transport and Heavy Lift Team", "service", HULL,
                 "Self-propelled modular transporters, block cradles and the rigging loft.",
                 ("rigging", "spmt")),
    FacilitySpec("GSY-SCF", "Scaffolding Compound", "facility", HULL,
                 "Tube, fittings and system staging for the berth and the dock.",
                 ("scaffolding",)),
    FacilitySpec("GSY-FOQ", "Fitting-out Quay", "facility", OUTFIT,
                 "A 300 m quay with a 50 t level luffing crane where launched hulls are outfitted.",
                 ("pipeinstall", "deckmach", "doors")),
    FacilitySpec("GSY-PIP", "Ardmorlich Pipe Shop", "workshop", OUTFIT,
                 "CNC pipe benders, flanging machines, orbital welders and the pressure test "
                 "bay.", ("pipeshop", "tigpipe", "pipetest")),
    FacilitySpec("GSY-HVC", "Sheet Metal and HVAC Shop", "workshop", OUTFIT,
                 "Duct folding, spiral ducting and fire damper assembly.",
                 ("hvac", "insulation")),
    FacilitySpec("GSY-JNR", "Joiners' Shop", "workshop", OUTFIT,
                 "Panel saws and the cabin mock-up for accommodation outfitting.", ("joinery",)),
    FacilitySpec("GSY-MIT", "Machinery Installation Team", "service", OUTFIT,
                 "Main engines, gensets, shaft lines and resin chocking on the fitting-out quay.",
                 ("shaftline", "mainengine", "chocking")),
    FacilitySpec("GSY-ELW", "Electrical Outfitting Workshop", "workshop", ELEC,
                 "Cable drums, termination benches and the cable transit store.",
                 ("cablepull", "terminations", "mct")),
    FacilitySpec("GSY-HVT", "Marine HV Test Bay", "facility", ELEC,
                 "A 6.6 kV switchboard test bay and the shore power connection on the quay.",
                 ("switchboard", "shorepower", "electest")),
    FacilitySpec("GSY-NCB", "Navigation and Communications Bench", "workshop", ELEC,
                 "Radar, ECDIS and GMDSS kit prepared and tested before it goes aboard.",
                 ("navcomms",)),
    FacilitySpec("GSY-CSL", "Control Systems Integration Lab", "laboratory", ELEC,
                 "A platform management system test rig with PLC racks and machinery control "
                 "consoles.", ("ims",)),
    FacilitySpec("GSY-BPH", "Blast and Paint Hall", "facility", PAINT,
                 "Two climate-controlled cells where blocks are grit blasted and sprayed.",
                 ("blasting", "spraying", "dehumid")),
    FacilitySpec("GSY-CIO", "Coatings Inspection Office", "service", PAINT,
                 "DFT gauges, hygrometers, holiday detectors and the PSPC coating logs.",
                 ("coatinginsp",)),
    FacilitySpec("GSY-NDT", "NDT and Radiography Bunker", "laboratory", QA,
                 "UT and MPI kit and a shielded bunker for gamma radiography of pipe welds.",
                 ("ut", "mpi", "rt")),
    FacilitySpec("GSY-QIO", "Quality and Inspection Office", "service", QA,
                 "Inspection and test plans, class inspection bookings and the build quality "
                 "dossier.", ("qms", "classsurvey", "visweld")),
    FacilitySpec("GSY-TCO", "Trials and Commissioning Office", "service", TRIALS,
                 "Commissioning sheets, trial agendas and the sea trials team.",
                 ("commissioning", "hat", "seatrials")),
    FacilitySpec("GSY-DDK", "Port Tullan Graving Dock", "facility", DOCK,
                 "A 240 m graving dock with a floating caisson, keel and bilge blocks and the "
                 "dock pump house.", ("docking", "dockops")),
    FacilitySpec("GSY-DSW", "Port Tullan Dockside Workshop", "workshop", DOCK,
                 "The propeller bay, the valve overhaul shop and the tail shaft stands.",
                 ("valves", "propeller", "tailshaft")),
    FacilitySpec("GSY-HRT", "Hull Repair Team", "service", DOCK,
                 "Steel renewals, thickness gauging and anode renewals on ships in dock.",
                 ("steelrenew", "gauging", "anodes")),
    FacilitySpec("GSY-UHP", "Port Tullan Hull Cleaning Unit", "facility", DOCK,
                 "UHP water jetting rigs and the hull wash-down pad.", ("hullclean",)),
    FacilitySpec("GSY-DES", "Ardmorlich Design Office", "service", DESIGN,
                 "AVEVA Marine workstations for structure, pipework and HVAC design.",
                 ("cad3d",)),
    FacilitySpec("GSY-PEO", "Production Engineering and Nesting Office", "service", DESIGN,
                 "Work packs, build strategy and the NC cutting programmes.",
                 ("prodeng", "nesting")),
    FacilitySpec("GSY-NAS", "Naval Architecture Section", "service", DESIGN,
                 "Stability, weight control and the inclining experiment.",
                 ("navarch", "inclining")),
    FacilitySpec("GSY-PPO", "Project Planning Office", "service", PLAN,
                 "Primavera programmes and progress for each hull and each repair.",
                 ("planning", "projman")),
    FacilitySpec("GSY-CST", "Ardmorlich Central Stores", "facility", PLAN,
                 "Bonded stores, steel certificates and the issue counters for both sites.",
                 ("stores", "forklift")),
    FacilitySpec("GSY-CLS", "Cranes and Lifting Section", "service", YARD,
                 "The goliath, the tower cranes and the mobile cranes with their maintainers and "
                 "appointed persons.", ("cranemaint", "mobilecrane", "appointed")),
    FacilitySpec("GSY-YEW", "Yard Engineering Workshop", "workshop", YARD,
                 "Lathes, a horizontal borer, the hydraulic test rig and the yard electricians' "
                 "base.", ("machining", "hydraulics", "yardelec")),
    FacilitySpec("GSY-SPO", "Yard Safety and Permit Office", "service", SHE,
                 "Hot work permits, gas testing, the enclosed space rescue team and the fire "
                 "team's kit.", ("hotwork", "confined", "rescue", "ptw", "fireteam")),
    FacilitySpec("GSY-WSC", "Garvellan Welding School", "teaching", ACADEMY,
                 "Twenty welding booths, test plate cutting and the bend testing machine.",
                 ("weldschool",)),
    FacilitySpec("GSY-GTC", "Garvellan Training Centre", "teaching", ACADEMY,
                 "Classrooms, the first-year apprentice workshop and the induction room.",
                 ("apprentices", "induction", "assessor", "outreach")),
)

GIVEN = """Alasdair-Bohdan Morag-Oksana Fraser-Taras Isla-Olena Hamish-Mykola Kirsty-Nataliia
Struan-Yaroslav Eilidh-Halyna Ruaridh-Vasyl Catriona-Larysa Finlay-Ostap Màiri-Solomiia
Gregor-Dmytro Shona-Iryna Lachlan-Serhii Ailsa-Khrystyna Euan-Andrii Rhona-Yevheniia
Angus-Volodymyr Kenna-Svitlana Dougal-Maksym Iona-Viktoriia Torquil-Bohdana Seònaid-Ulyana
Murdo-Yurii Fionnghal-Zoriana""".split()
FAMILY = """MacAulay-Shevchenko Buchanan-Kovalenko Lamont-Bondarenko Galbraith-Tkachenko
McIlwraith-Kravchenko Dunlop-Oliinyk Paterson-Melnyk Kerr-Boiko Haddow-Savchenko
Niven-Rudenko Drummond-Lysenko McFadyen-Marchenko Crawford-Petrenko Fleming-Ivanchuk Ure-Moroz
Shearer-Pavlenko McKellar-Sydorenko Gilmour-Hnatiuk Rennie-Kostenko Orr-Levchenko""".split()
FAMILY += ["Mac an Tàilleir-Kovalchuk", "O'Hare-Tkachuk", "St Clair-Romaniuk",
           "de Luca-Hrytsenko", "van Dijk-Shevchuk"]

GARVELLAN = Site("Garvellan Shipbuilding (Ardmorlich Yard)", "GSY", "garvellan-ships.co.uk",
                 CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY, own=_own)
