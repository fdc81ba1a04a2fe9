"""Corrowby Ports' Sandwyke Container Terminal with its Wrackley Railport: a fifty-first
fictitious institution, for ``heldout53``.

Sandwyke is the fictitious deep-water container terminal of a port operator, the organisation
whose quay, yard, gate, cargo services, railport, crane and plant engineering, electrical and
automation, marine services, safety and security, terminal systems, training, stores and
management staff load and discharge container ships and, at Wrackley, put the boxes on trains:
quay operations (ship-to-shore crane driving and twin lifts, crane signalling and hatch-side
checking, lashing and unlashing, hatch covers, the ship's foreman and the gangs, vessel stowage
planning and BAPLIE checks, out-of-gauge and breakbulk lifts, the crane simulator, gangways, the
ro-ro linkspan, tally clerks); yard and gate operations (rubber-tyred gantry cranes, straddle
carriers, reach stackers and empty handlers, terminal tractors, yard planning, the terminal
operating system and its dispatch, the OCR gate and haulier bookings, container damage
inspection and CSC plates, the weighbridge and verified gross mass); cargo services (reefer
monitoring and the reefer workshop's pre-trip inspections, IMDG segregation and spill response,
the container freight station, the customs examination bay, the empty depot and box repairs,
the border control post, fumigated boxes); the Wrackley railport (rail-mounted gantry cranes,
shunting and the shunt locomotive, wagon examination and brake tests, train load planning,
sidings patrol and points, track safety, HGV yard shunting); crane and plant engineering (crane
electrical and mechanical maintenance, hoist ropes, spreaders, straddle and RTG gensets, the
vehicle workshop, tyres, hydraulics, LOLER examinations, condition monitoring, fabrication,
fuel and battery charging, Maximo, quay walls and fenders, crane lifts, crane painting, MEWPs);
electrical and automation (the 33 kV and 11 kV network and crane feeds, shore power, high mast
lighting, crane automation and remote operation, reefer racks, drainage pumps and interceptors,
inspection and testing); marine services (linesmen and mooring, workboats, hydrographic survey,
dredging, oil spill response, port control and berth windows, the tide gauge, buoys and lights,
diving on the quay wall); safety, security and environment (ISPS security and CCTV, traffic
management, permits and isolations, work at height and rescue on cranes, the fire team, first
aid, dust and noise monitoring, ship waste, emergency planning, COSHH, confined spaces, incident
investigation); terminal systems (EDI messages, the TOS's administration, TETRA radios, the
wireless network and machine terminals, performance figures); and training, stores and
management (plant licence assessment, apprentices, inductions, shift managers, projects, lean,
outreach, the engineering stores, forklifts, mobile cranes, shipping line liaison and NVQ
assessing).

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
site with its biologics plant, a steelmaker's integrated steelworks, a papermaker's recycled
paper and board mill nor a shipbuilder's shipyard with its ship repair dry dock, but a port
operator's deep-water container terminal with its own inland railport (1,200 crane, straddle,
RTG and tractor drivers, lashers, checkers and foremen, planners, gate, reefer and cargo staff,
shunters and wagon examiners, crane electricians and fitters, plant and vehicle technicians,
electricians, linesmen, boatmen and surveyors, security, safety and fire staff, systems staff,
instructors and support staff in the directory), unlike the institutions before it (Northgate
to Garvellan).

Its HR system takes a person's skills from the terminal's plant licence register, kept in a
competence module beside the terminal operating system, which sends HR each month's licences
through the port community system's message broker as it sends everything else, in UN/EDIFACT
segments: one line for each holder's licence, "QUA+<no>:<title>'STS+1+<status>'DTM+182:
<yyyymmdd>:102'DTM+36:<yyyymmdd>:102'QTY+HRS:<hours>'NAD+AS+<initials>'" (one line, each
segment ended by an apostrophe, the data elements apart at a plus and their components at a
colon). The licence's segment comes first, its number (a bare four-digit number) and its title
with the release character written before any apostrophe, plus, colon or question mark inside it
("Ship?'s foreman", "Dangerous goods?: IMDG"; an en dash or any other character kept), then the
holder's own values: the status (PRV provisional, SUP supervised, CMP competent or INS
instructor), the day issued (DTM qualifier 182, 2011 to 2026, none after November 2026, format
102), the day it expires (qualifier 36, the same day twelve, twenty-four, thirty-six or sixty
months on) or, for a licence that does not lapse, no expiry segment at all, the hours of
training (one decimal place) and the assessor's initials (three capital letters). As in
heldout30's to heldout52's generators, the holder's values are drawn from the generator's seeded
random stream row by row (``Site.own``), so two holders of one licence are written differently,
as a real export writes them, while the bundle stays deterministic. A facility's required skills
are the licence as the broker writes the licence types list, its segment alone ("QUA+<no>:
<title>'"). Beside those, rows the staff typed into the skills survey are their own: lower-case,
dockside slang and kit names ("unlashing boxes on deck before the crane starts", "driving the
tugmasters between the quay and the stack"). Some are written as no technician taxonomy is
likely to write them (lashing and unlashing, hatch covers, vessel stowage planning, the ro-ro
linkspan, the customs examination bay, rail shunting and wagon examination, linesmen and
mooring, dredging returns, ISPS port security). Facilities have names, aliases (in the name or
the description) and role holders. Concept keys are the evaluation's own, not the taxonomy's
ids. Generated by the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "CORROWBY", "HOURS", "LICENCES", "PEOPLE", "RECORD", "REFRESH", "SEED",
           "STATUSES", "YEARS", "expires"]

PEOPLE, SEED = 1200, 53053     # tests.heldout.institution.generate(PEOPLE, SEED, CORROWBY)
STATUSES = ("PRV", "SUP", "CMP", "INS")
ASSESSORS = ("DKW", "HBO", "JPA", "LMC", "NTF", "PGE", "SRY", "TOA")
HOURS = (2.0, 3.5, 7.0, 7.5, 14.0, 21.0, 37.5, 75.0)
REFRESH = (0, 12, 24, 36, 60)     # months valid for; 0: it does not lapse, no expiry segment
YEARS = tuple(range(2011, 2027))
# a holder's licence as the broker writes it, one line of segments each ended by an apostrophe:
# the licence's number and title (the release character ? before ' + : ? inside it), then (a
# holder's own) the status, the day issued and the day it expires (or no such segment) as
# CCYYMMDD, the hours and the assessor's initials; without a holder's values, the licence types
# list's segment
RECORD = re.compile(r"^QUA\+(\d{4}):((?:[^?'+:]|\?[?'+:])+)'"
                    r"(?:STS\+1\+(PRV|SUP|CMP|INS)'"
                    r"DTM\+182:(20\d{2})(\d{2})(\d{2}):102'"
                    r"(?:DTM\+36:(20\d{2})(\d{2})(\d{2}):102')?"
                    r"QTY\+HRS:(\d{1,2}\.\d)'NAD\+AS\+([A-Z]{3})')?$")
# the licence types list's segment -> the licence's number and title
LICENCES: dict[str, tuple[int, str]] = {}


def expires(day: date, months: int) -> date:
    """The day a licence issued on `day` expires, `months` on: the same day of the month
    `months` later (a day drawn is never after the 28th)."""
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def _released(text: str) -> str:
    """`text` as an EDIFACT component: the release character ? before ? ' + and :."""
    return re.sub(r"([?'+:])", r"?\1", text)


def _date(qualifier: int, day: date) -> str:
    return f"DTM+{qualifier}:{day:%Y%m%d}:102'"


def _q(number: int, title: str) -> str:
    """The licence as the broker writes the licence types list: its QUA segment alone, the
    number and the title; both are kept for the holder's rows."""
    written = f"QUA+{number}:{_released(title)}'"
    LICENCES[written] = (number, title)
    return written


def _own(text: str, rng: Random) -> str:
    """A holder's licence as the broker writes it: the licence's segment with the holder's
    status, day issued, expiry, hours and assessor, drawn from the generator's stream; a survey
    row stays as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    day = past_day(YEARS, rng)
    months = rng.choice(REFRESH)
    status = rng.choice(STATUSES)
    hours = rng.choice(HOURS)
    assessor = rng.choice(ASSESSORS)
    until = _date(36, expires(day, months)) if months else ""
    return (f"{text}STS+1+{status}'{_date(182, day)}{until}QTY+HRS:{hours:.1f}'"
            f"NAD+AS+{assessor}'")


# concept key -> HR spellings (the first is the licence as the broker writes the licence types
# list; the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # quay operations
    "stsdrive": (_q(4101, 'Ship-to-shore quay crane driving (single and twin lift)'),
                'driving the sts cranes on the quay'),
    "signaller": (_q(4102, 'Crane signalling and hatch-side checking'),
                 'giving the crane driver signals at the hatch'),
    "lashing": (_q(4103, 'Container lashing and unlashing – twistlocks, bars and turnbuckles'),
               'unlashing boxes on deck before the crane starts'),
    "hatch": (_q(4104, 'Hatch cover lifting and stowage on the quay'),
             'lifting the pontoon hatch lids off with the sts'),
    "shipforeman": (_q(4105, "Ship's foreman – vessel operations and gang supervision"),
                   'running the gangs on a ship call'),
    "stowage": (_q(4106, 'Vessel stowage planning and BAPLIE checking'),
               'planning the load on the bay plans'),
    "oog": (_q(4107, 'Out-of-gauge and breakbulk lifts with flat racks and spreader frames'),
           'lifting oog cargo off flat racks with wires'),
    "simulator": (_q(4108, 'Crane simulator training and assessment'),
                 'running the sts simulator for new drivers'),
    "gangway": (_q(4109, 'Gangway and shore ladder rigging'),
               'rigging the shore gangway for the crew'),
    "roro": (_q(4110, 'Ro-ro linkspan operation and trailer loading'),
            'lowering the linkspan onto the stern ramp'),
    "tally": (_q(4111, 'Tally clerk – discharge and load lists'), 'tallying boxes off the ship'),
    # yard and gate operations
    "rtg": (_q(4201, 'Rubber-tyred gantry crane driving'), 'driving the rtgs in the stack'),
    "straddle": (_q(4202, 'Straddle carrier driving (one-over-three)'),
                'driving straddles on the quay transfer'),
    "reach": (_q(4203, 'Reach stacker and empty container handler operation'),
             'stacking empties with the top lifter'),
    "tractor": (_q(4204, 'Terminal tractor and trailer driving'),
               'driving the tugmasters between the quay and the stack'),
    "yardplan": (_q(4205, 'Yard planning and stack allocation'),
                'allocating blocks in the stack for the next vessel'),
    "tos": (_q(4206, 'Terminal operating system control – Navis N4 job lists and dispatch'),
           'dispatching jobs to the machines in n4'),
    "gate": (_q(4207, 'Gate operations – OCR lanes, seal checks and haulier bookings'),
            'checking hauliers in at the gate'),
    "damage": (_q(4208, 'Container damage inspection and CSC plate checks'),
              'inspecting boxes for damage at the gate'),
    # cargo services
    "reefer": (_q(4209, 'Reefer monitoring, plugging in and temperature logging'),
              'plugging in reefers on the reefer rack'),
    "reeferrepair": (_q(4210, 'Reefer unit repair and pre-trip inspection (Thermo King)'),
                    'doing ptis on reefer units'),
    "imdg": (_q(4211, 'Dangerous goods: IMDG segregation and hazardous cargo handling'),
            'checking imdg segregation in the hazardous stack'),
    "spill": (_q(4212, 'Hazardous cargo leak and spill response'),
             'dealing with a leaking tank container'),
    # yard and gate operations
    "vgm": (_q(4213, 'Verified gross mass weighing and weighbridge operation'),
           'weighing export boxes for the vgm'),
    # cargo services
    "cfs": (_q(4214, 'Container freight station – devanning, stuffing and load securing'),
           'tipping boxes in the cfs shed'),
    "exam": (_q(4215, 'Customs examination bay – presenting boxes for Border Force'),
            'opening boxes for border force in the exam bay'),
    "depot": (_q(4216, 'Empty container depot and container repair welding'),
             'patching holes in box side panels'),
    "porthealth": (_q(4217, 'Port health sampling of food imports – border control post'),
                  'taking samples of meat imports in the bcp'),
    "fumigation": (_q(4218, 'Fumigated container venting and gas testing'),
                  'gas testing boxes before they are opened'),
    # the railport
    "rmg": (_q(4301, 'Rail-mounted gantry crane driving over the rail sidings'),
           'driving the rmg over the loading roads'),
    "shunting": (_q(4302, 'Rail shunting, coupling and uncoupling'),
                'coupling up the wagons on the reception roads'),
    "wagon": (_q(4303, 'Wagon examination and train preparation with brake tests'),
             'doing the brake test before the train leaves'),
    "trainplan": (_q(4304, 'Train load planning and rail slot booking'),
                 'planning the boxes onto each train'),
    "sidings": (_q(4305, 'Terminal sidings track patrol and points maintenance'),
               'walking the sidings and oiling points'),
    "roadhaul": (_q(4306, 'HGV yard shunting and trailer parking'),
                'moving trailers round the railport yard'),
    "locodrive": (_q(4307, 'Shunting locomotive driving within the terminal'),
                 'driving the shunt loco in the sidings'),
    "railsafety": (_q(4308, 'Rail track safety and possessions in the sidings (PTS)'),
                  'lookout for track workers in the sidings'),
    # crane and plant engineering
    "craneelec": (_q(4401, 'Crane electrical maintenance – AC drives, PLCs and crane controls'),
                 'fault finding on the sts drives'),
    "cranemech": (_q(4402, 'Crane mechanical maintenance – hoists, trolleys and brakes'),
                 'changing hoist brake pads on the sts'),
    "ropes": (_q(4403, 'Wire rope inspection and rope changes on cranes'),
             'reeving a new hoist rope on a quay crane'),
    "spreader": (_q(4404, 'Spreader maintenance – twistlocks, telescopes and flippers (Bromma)'),
                'changing twistlocks on the spreaders'),
    "straddlemaint": (_q(4405, 'Straddle carrier and RTG maintenance – diesel-electric gensets'),
                     'servicing the straddle gensets'),
    "vehicleshop": (_q(4406, 'Terminal vehicle workshop – tractors, reach stackers and trailers'),
                   'servicing the tugmasters'),
    "tyres": (_q(4407, 'Large plant tyre fitting and inspection'),
             'changing straddle tyres with the tyre handler'),
    "hydraul": (_q(4408, 'Hydraulic systems and hose making'),
               'making up hydraulic hoses in the workshop'),
    "loler": (_q(4413, 'LOLER thorough examination and load testing of cranes'),
             'load testing cranes with water bags'),
    "condmon": (_q(4414, 'Condition monitoring – vibration, oil sampling and thermography'),
               'taking oil samples off the gearboxes'),
    "fabrication": (_q(4415, 'Welding and fabrication in the engineering workshop'),
                   'fabricating guards and brackets in the workshop'),
    "fuel": (_q(4416, 'Fuel station and AdBlue dispensing'),
            'refuelling the straddles at the fuel station'),
    "battery": (_q(4417, 'Battery-electric straddle carrier charging and battery maintenance'),
               'plugging straddles in on the chargers'),
    "cmms": (_q(4418, 'Planned maintenance in the CMMS (Maximo)'), 'closing work orders in maximo'),
    "quayciv": (_q(4419, 'Quay wall, fender and bollard inspection'),
               'checking fenders for damage after a berthing'),
    "elevators": (_q(4422, 'Crane lift (elevator) and access maintenance'),
                 'fixing the crane lift when it sticks'),
    "paint": (_q(4423, 'Crane painting and corrosion protection'),
             'painting crane legs from the mewp'),
    "mewp": (_q(4424, 'MEWP operation (IPAF 3a and 3b)'),
            'driving the cherry picker round the cranes'),
    # electrical and automation
    "hv": (_q(4409, '11 kV and 33 kV terminal distribution – switching and crane feeds'),
          'switching the crane feeds at the substation'),
    "shorepower": (_q(4410, 'Shore power connection of vessels (cold ironing)'),
                  'plugging ships into shore power'),
    "lighting": (_q(4411, 'High mast lighting and quay electrical maintenance'),
                'changing lamps on the high mast lights'),
    "automation": (_q(4412, 'Crane automation – remote operation, OCR portals and positioning'),
                  'calibrating the crane ocr cameras'),
    "reeferelec": (_q(4420, 'Reefer rack electrical testing and power sockets'),
                  'testing reefer sockets on the racks'),
    "pumps": (_q(4421, 'Quay drainage pumps and oil interceptors'),
             'clearing the oil interceptors'),
    "elecinsp": (_q(4425, 'Electrical inspection and testing of terminal installations'),
                'doing eicrs on the terminal buildings'),
    # marine services
    "mooring": (_q(4501, 'Mooring and unmooring vessels – linesmen'),
               'taking ropes off ships as a linesman'),
    "launch": (_q(4502, 'Harbour workboat and mooring launch handling'),
              'driving the mooring boat out to the ship'),
    "hydro": (_q(4503, 'Hydrographic survey of berths – multibeam sonar'),
             'surveying the berths with the multibeam'),
    "dredge": (_q(4504, 'Maintenance dredging monitoring and disposal licence returns'),
              'monitoring the dredger in the berth'),
    "oilspill": (_q(4505, 'Oil spill response – boom deployment and skimmers'),
                'putting out the oil boom round a ship'),
    "portcontrol": (_q(4506, 'Port control room – berth allocation and VHF ship movements'),
                   'talking to ships on channel 14'),
    "tides": (_q(4507, 'Tide gauge and met station maintenance'),
             'checking the tide gauge against the tide board'),
    "buoys": (_q(4508, 'Navigation buoy and light maintenance'),
             'changing lanterns on the channel buoys'),
    "diving": (_q(4509, 'Diving inspections of quay walls and berths'),
              'diving on the quay wall to inspect the piles'),
    # safety, security and environment
    "isps": (_q(4601, 'ISPS port facility security – access control and searching'),
            'searching vehicles at the security gate'),
    "cctv": (_q(4602, 'CCTV monitoring and security control room'),
            'watching the cctv in the security room'),
    "traffic": (_q(4603, 'Terminal traffic management and pedestrian segregation'),
               'keeping people out of the straddle lanes'),
    "permits": (_q(4604, 'Permit to work and isolations on cranes and plant'),
               'isolating a crane before work starts'),
    "height": (_q(4605, 'Work at height and rescue on cranes (boom and gantry)'),
              'climbing the crane legs with fall arrest'),
    "fire": (_q(4606, 'Terminal fire team and fire extinguishers'),
            'putting out fires on the plant'),
    "firstaid": (_q(4607, 'First aid at work'), 'first aider for the quay'),
    "envmon": (_q(4608, 'Environmental monitoring – dust, noise and air quality'),
              'checking the dust monitors round the terminal'),
    "waste": (_q(4609, 'Ship waste reception and waste management'),
             "taking off ship's garbage into skips"),
    "emergency": (_q(4610, 'Port emergency planning and incident control'),
                 'running the terminal emergency drills'),
    "coshh": (_q(4611, 'COSHH assessments and hazardous substances'),
             'writing coshh assessments for the workshop'),
    "confined": (_q(4612, 'Confined space entry – crane boom boxes and tanks'),
                'going into the boom box with a gas monitor'),
    "investigation": (_q(4613, 'Accident investigation and near miss reporting'),
                     'investigating near misses on the quay'),
    # terminal systems
    "edi": (_q(4701, 'EDI messaging – BAPLIE, COPRAR and CODECO'),
           'fixing failed edi messages from the lines'),
    "tosadmin": (_q(4702, 'Terminal operating system administration and reporting'),
                'setting up users in n4'),
    "radio": (_q(4703, 'Radio and TETRA handset support'), 'programming the tetra radios'),
    "network": (_q(4704, 'Terminal wireless network and machine terminals'),
               'fixing the wifi on the straddles'),
    "perf": (_q(4705, 'Terminal performance analysis – moves per hour and dwell time'),
            'working out crane moves per hour'),
    # training, stores and management
    "plantassess": (_q(4801, 'Plant licence assessment (RTITB) for port equipment'),
                   'assessing drivers on the reach stacker'),
    "apprent": (_q(4802, 'Engineering apprentice mentoring'),
               'looking after the first year engineering apprentices'),
    "induction": (_q(4803, 'Terminal induction for new starters and contractors'),
                 'doing the site induction for contractors'),
    "shiftmgr": (_q(4804, 'Shift management of terminal operations'),
                'running the shift as shift manager'),
    "projects": (_q(4805, 'Engineering project management – crane upgrades and new berths'),
                'managing the crane upgrade project'),
    "lean": (_q(4806, 'Continuous improvement and lean in terminal operations'),
            'running kaizen events on the gate'),
    "outreach": (_q(4807, 'Schools and community outreach'), 'taking school groups round the port'),
    "stores": (_q(4808, 'Engineering stores and spares control'),
              'issuing spares from the engineering stores'),
    "forklift": (_q(4809, 'Counterbalance forklift (up to 16 t)'),
                'driving the forklift in the stores'),
    "mobilecrane": (_q(4810, 'Mobile crane operation and lift planning'),
                   'driving the mobile crane for engineering lifts'),
    "liaison": (_q(4811, 'Shipping line liaison and customer service'),
               'dealing with the shipping lines about delays'),
    "assessor": (_q(4812, 'NVQ assessing for port operations'),
                'assessing nvqs for port operatives'),
}

QUAY = "Quay Operations"
YARD = "Yard and Gate Operations"
CARGO = "Cargo Services"
RAIL = "Wrackley Railport"
ENG = "Crane and Plant Engineering"
ELEC = "Electrical and Automation"
MARINE = "Marine Services"
SHE = "Safety, Security and Environment"
SYSTEMS = "Terminal Systems"
ACADEMY = "Corrowby Port Training Centre"
STORES = "Engineering Stores"

GROUPS = (
    Group("quay", 200, (QUAY,), ("Quay Crane Driver", "Lasher", "Hatch Checker", "Ship's Foreman",
                                 "Tally Clerk", "Linkspan Operative"),
          ("stsdrive", "lashing", "signaller", "hatch", "shipforeman", "tally", "oog", "roro",
           "gangway", "stowage", "simulator"),
          "Loads and discharges the ships under the quay cranes."),
    Group("yard", 250, (YARD,), ("RTG Driver", "Straddle Carrier Driver", "Reach Stacker Driver",
                                 "Terminal Tractor Driver", "Gate Clerk", "Container Inspector"),
          ("rtg", "straddle", "tractor", "reach", "gate", "damage", "vgm", "tos", "yardplan"),
          "Moves, stacks and checks the boxes between the quay and the gate."),
    Group("cargo", 90, (CARGO,), ("Reefer Technician", "CFS Operative",
                                  "Dangerous Goods Coordinator", "Border Control Post Operative",
                                  "Container Repair Welder"),
          ("reefer", "reeferrepair", "cfs", "imdg", "spill", "exam", "fumigation", "porthealth",
           "depot", "forklift"),
          "Looks after the reefers, the hazardous stack, the CFS and the boxes for inspection."),
    Group("rail", 90, (RAIL,), ("RMG Crane Driver", "Railport Shunter", "Wagon Examiner",
                                "Rail Planner", "HGV Yard Shunter"),
          ("rmg", "shunting", "wagon", "trainplan", "locodrive", "sidings", "railsafety",
           "roadhaul"),
          "Loads and prepares the trains at the Wrackley railport."),
    Group("engineering", 200, (ENG,), ("Crane Electrical Technician", "Crane Mechanical Fitter",
                                       "Mobile Plant Fitter", "Spreader Technician",
                                       "Heavy Vehicle Technician", "Welder Fabricator"),
          ("craneelec", "cranemech", "straddlemaint", "spreader", "ropes", "vehicleshop",
           "hydraul", "tyres", "fabrication", "loler", "condmon", "elevators", "paint", "mewp",
           "fuel", "battery", "cmms", "quayciv"),
          "Keeps the cranes, spreaders, straddles and vehicles working."),
    Group("electrical", 70, (ELEC,), ("HV Authorised Person", "Electrician (Quay Services)",
                                      "Automation Engineer", "Reefer Electrician"),
          ("hv", "shorepower", "lighting", "automation", "reeferelec", "elecinsp", "pumps",
           "craneelec"),
          "Runs the terminal's power, lighting, shore power and crane automation."),
    Group("marine", 60, (MARINE,), ("Linesman", "Workboat Skipper", "Hydrographic Surveyor",
                                    "Port Controller", "Commercial Diver"),
          ("mooring", "launch", "portcontrol", "hydro", "dredge", "oilspill", "tides", "buoys",
           "diving", "quayciv"),
          "Moors the ships, keeps the berths surveyed and runs port control."),
    Group("safety", 60, (SHE,), ("Port Security Officer", "Health and Safety Advisor",
                                 "Fire Team Leader", "Environmental Advisor", "CCTV Operator"),
          ("isps", "cctv", "permits", "investigation", "envmon", "fire", "traffic", "coshh",
           "emergency", "waste", "confined", "height"),
          "Keeps the terminal safe and secure: security, permits, fire and the environment."),
    Group("systems", 40, (SYSTEMS,), ("TOS Systems Analyst", "EDI Analyst", "Network Engineer",
                                      "Radio Technician", "Performance Analyst"),
          ("tosadmin", "edi", "network", "radio", "perf"),
          "Looks after the terminal operating system, EDI, radios and the network."),
    Group("training", 30, (ACADEMY,), ("Plant Instructor", "Crane Simulator Instructor",
                                       "Apprentice Training Officer", "NVQ Assessor"),
          ("plantassess", "simulator", "apprent", "induction", "assessor", "outreach"),
          "Trains and licenses the drivers, the apprentices and everyone new to the port."),
    Group("stores", 30, (STORES,), ("Engineering Storekeeper", "Stores Forklift Driver",
                                    "Mobile Crane Operator"),
          ("stores", "forklift", "mobilecrane", "mewp"),
          "Keeps the spares moving and does the engineering lifts."),
    Group("managers", 80, (QUAY, YARD, RAIL, ENG),
          ("Terminal Shift Manager", "Engineering Manager", "Berth Manager",
           "Railport Manager", "Customer Service Manager"),
          ("shiftmgr", "projects", "lean", "liaison", "perf", "investigation", "emergency"),
          "Runs each shift, each berth and each engineering project."),
)
SHARED = ("traffic", "firstaid", "permits", "height", "induction", "confined")

FACILITIES = (
    FacilitySpec("CSW-BTH", "Sandwyke Deep-Water Berths", "facility", QUAY,
                 "Three deep-water berths under eight super-post-panamax ship-to-shore cranes.",
                 ("stsdrive", "signaller")),
    FacilitySpec("CSW-LSH", "Lashing Gang Base", "service", QUAY,
                 "Lashing cages, twistlock bins and the lashers' mess beside berth 2.",
                 ("lashing", "hatch")),
    FacilitySpec("CSW-VOP", "Vessel Operations Office", "service", QUAY,
                 "Ship's foremen, tally clerks and the vessel planners' stowage desks.",
                 ("stowage", "shipforeman", "tally")),
    FacilitySpec("CSW-RRB", "Sandwyke Ro-Ro and Breakbulk Berth", "facility", QUAY,
                 "A linkspan berth with a flat rack and spreader frame compound for out-of-gauge "
                 "cargo.", ("roro", "oog", "gangway")),
    FacilitySpec("CSW-SIM", "Quay Crane Simulator Suite", "teaching", ACADEMY,
                 "A full-motion ship-to-shore crane simulator and two RTG desks.",
                 ("simulator",)),
    FacilitySpec("CSW-STK", "Sandwyke Container Stack", "facility", YARD,
                 "Twenty-four RTG blocks and the straddle carrier quay transfer area.",
                 ("rtg", "straddle", "tractor")),
    FacilitySpec("CSW-EMP", "Sandwyke Empty Container Depot", "facility", CARGO,
                 "Empty stacks worked by top lifters, with the container repair bays.",
                 ("depot", "reach")),
    FacilitySpec("CSW-OPC", "Terminal Operations Control Centre", "service", YARD,
                 "Navis N4 dispatch desks, yard planning and the remote crane operator stations.",
                 ("tos", "yardplan")),
    FacilitySpec("CSW-GTE", "Sandwyke Truck Gate", "facility", YARD,
                 "Twelve OCR lanes, the damage inspection canopy and the haulier help desk.",
                 ("gate", "damage")),
    FacilitySpec("CSW-RFR", "Reefer Stack and Reefer Workshop", "facility", CARGO,
                 "Fourteen hundred reefer points on gantry racks and a workshop for PTIs.",
                 ("reefer", "reeferrepair")),
    FacilitySpec("CSW-HAZ", "Hazardous Cargo Compound", "facility", CARGO,
                 "A bunded, segregated stack for IMDG containers with its spill response store.",
                 ("imdg", "spill")),
    FacilitySpec("CSW-CFS", "Sandwyke Container Freight Station", "facility", CARGO,
                 "A cross-dock shed for devanning, stuffing and load securing.",
                 ("cfs", "forklift")),
    FacilitySpec("CSW-EXB", "Customs Examination Bay", "facility", CARGO,
                 "A covered bay for opening boxes for Border Force beside the X-ray scanner "
                 "portal.", ("exam", "fumigation")),
    FacilitySpec("CSW-BCP", "Sandwyke Border Control Post", "laboratory", CARGO,
                 "Chilled and frozen inspection rooms and a sampling room for food imports.",
                 ("porthealth",)),
    FacilitySpec("CSW-WBR", "Weighbridge and VGM Station", "facility", YARD,
                 "Two 60 t weighbridges and the verified gross mass desk.", ("vgm",)),
    FacilitySpec("CSW-WRT", "Wrackley Rail Terminal", "facility", RAIL,
                 "Four 775 m loading roads under two rail-mounted gantry cranes.",
                 ("rmg", "trainplan")),
    FacilitySpec("CSW-WSD", "Wrackley Reception Sidings", "facility", RAIL,
                 "Reception sidings, the shunting locomotive and the wagon examination pit.",
                 ("shunting", "wagon", "locodrive", "sidings", "railsafety")),
    FacilitySpec("CSW-WHY", "Wrackley Haulage Yard", "facility", RAIL,
                 "Trailer parking, a yard shunter fleet and the railport's road gate.",
                 ("roadhaul",)),
    FacilitySpec("CSW-CEW", "Crane Engineering Workshop", "workshop", ENG,
                 "Quay crane spares, the drives test bench and the crane maintainers' base.",
                 ("craneelec", "cranemech", "elevators")),
    FacilitySpec("CSW-RPE", "Rope and Lifting Gear Store", "facility", ENG,
                 "Hoist rope reels, a rope reeving winch and the lifting gear register.",
                 ("ropes", "loler")),
    FacilitySpec("CSW-SPW", "Sandwyke Spreader Workshop", "workshop", ENG,
                 "Two spreader test frames and the twistlock overhaul bench.", ("spreader",)),
    FacilitySpec("CSW-PLW", "Mobile Plant Workshop", "workshop", ENG,
                 "Six bays for straddle carriers and RTG gensets with a tyre handler.",
                 ("straddlemaint", "tyres", "hydraul")),
    FacilitySpec("CSW-VEW", "Terminal Vehicle Workshop", "workshop", ENG,
                 "Tractor, trailer and reach stacker servicing with a brake roller tester.",
                 ("vehicleshop",)),
    FacilitySpec("CSW-FAB", "Sandwyke Fabrication Shop", "workshop", ENG,
                 "Welding bays, a plate roller and the crane paint store.",
                 ("fabrication", "paint")),
    FacilitySpec("CSW-HVS", "Sandwyke 33 kV Main Substation", "facility", ELEC,
                 "The incoming 33 kV supply, the 11 kV ring to the cranes and the shore power "
                 "converter.", ("hv", "shorepower")),
    FacilitySpec("CSW-ELS", "Quay Electrical Services", "service", ELEC,
                 "High mast lighting, reefer racks, drainage pumps and building electrics on "
                 "both sites.", ("lighting", "reeferelec", "elecinsp", "pumps")),
    FacilitySpec("CSW-AUT", "Crane Automation Lab", "laboratory", ELEC,
                 "A test bench of crane PLCs, OCR cameras and positioning receivers.",
                 ("automation",)),
    FacilitySpec("CSW-CMT", "Condition Monitoring and Maintenance Planning Office", "service",
                 ENG, "Vibration kit, oil sample records and the Maximo work order desk.",
                 ("condmon", "cmms")),
    FacilitySpec("CSW-FUL", "Plant Fuel and Charging Station", "facility", ENG,
                 "Diesel and AdBlue pumps and the battery straddle chargers.",
                 ("fuel", "battery")),
    FacilitySpec("CSW-PCR", "Sandwyke Port Control", "service", MARINE,
                 "The harbour master's VHF room, the berth allocation board and the tide gauge.",
                 ("portcontrol", "tides")),
    FacilitySpec("CSW-MAR", "Marine Services Pontoon", "facility", MARINE,
                 "Mooring launches, the linesmen's cabin, the buoy pontoon and the oil boom "
                 "store.", ("mooring", "launch", "oilspill", "buoys")),
    FacilitySpec("CSW-HYD", "Hydrographic Survey and Dive Unit", "service", MARINE,
                 "A survey launch with multibeam sonar, the dive team and the dredging records.",
                 ("hydro", "dredge", "diving", "quayciv")),
    FacilitySpec("CSW-SEC", "Port Security Control Room", "service", SHE,
                 "ISPS access control, the pass office and the CCTV wall.", ("isps", "cctv")),
    FacilitySpec("CSW-HSE", "Health, Safety and Environment Office", "service", SHE,
                 "Permits, isolations, incident reports and the dust and noise monitors.",
                 ("permits", "investigation", "envmon", "coshh", "traffic")),
    FacilitySpec("CSW-FRS", "Terminal Fire and Rescue Station", "facility", SHE,
                 "Fire team kit, a crane rescue trailer and confined space breathing sets.",
                 ("fire", "height", "confined", "emergency", "firstaid")),
    FacilitySpec("CSW-WST", "Ship Waste Reception Compound", "facility", SHE,
                 "Skips, a baler and the oily waste tanks for ships' waste.", ("waste",)),
    FacilitySpec("CSW-ITS", "Terminal Systems Service Desk", "service", SYSTEMS,
                 "N4 support, EDI monitoring, the wireless network and radio programming.",
                 ("tosadmin", "edi", "network", "radio")),
    FacilitySpec("CSW-PRF", "Performance and Improvement Team", "service", SYSTEMS,
                 "Crane and gate dashboards, the kaizen boards and the shipping line desk.",
                 ("perf", "lean", "liaison")),
    FacilitySpec("CSW-STR", "Sandwyke Engineering Stores", "facility", STORES,
                 "Crane spares, hoses and tyres, with the mobile crane and forklift bay.",
                 ("stores", "mobilecrane", "mewp")),
    FacilitySpec("CSW-PTC", "Corrowby Port Training Centre", "teaching", ACADEMY,
                 "Classrooms, the plant assessment yard and the apprentice workshop.",
                 ("plantassess", "apprent", "induction", "assessor", "outreach")),
)

GIVEN = """Kieran-Oluwaseun Jodie-Chiamaka Liam-Babatunde Shannon-Adaeze Reece-Chinedu
Chelsea-Folasade Dale-Ikechukwu Kayleigh-Temitope Jordan-Obinna Leanne-Yetunde Brandon-Emeka
Danielle-Ngozi Scott-Olumide Gemma-Ifeoma Wayne-Chukwuma Stacey-Funmilayo Craig-Tunde
Nicola-Amarachi Darren-Kelechi Kerry-Bukola Lee-Ayodele Tracey-Chidinma Ryan-Oladipo
Jade-Uchenna""".split()
FAMILY = """Pickering-Adebayo Hollis-Okafor Thwaite-Adeyinka Hebblethwaite-Nwosu Stainton-Ogunleye
Dobson-Eze Barraclough-Okonkwo Sowerby-Bello Ackroyd-Obi Holroyd-Afolabi Crossley-Nnamdi
Wilberforce-Ogunbiyi Lumb-Chukwu Raistrick-Oyelaran Hirst-Onyeka Scargill-Adewale
Gaunt-Okeke Kettlewell-Oyebanji Sugden-Azikiwe Tindall-Olaniyan""".split()
FAMILY += ["Mac Giolla Bhríde-Ojo", "O'Driscoll-Adeleke", "St John-Okoro", "de Souza-Uba",
           "van der Berg-Olatunji"]

CORROWBY = Site("Corrowby Ports (Sandwyke Container Terminal)", "CSW", "corrowby-ports.co.uk",
                CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY, own=_own)
