"""Halsmere Rail Infrastructure's Ketterby Maintenance Delivery Unit with its Ottery Moss
Training Centre: a forty-third fictitious institution, for ``heldout45``.

Ketterby is the fictitious maintenance delivery unit of a railway infrastructure manager, the
depot-based organisation whose track, signalling, telecoms, overhead line, electrification and
plant, off-track, structures, plant, operations, asset and stores staff keep a stretch of
electrified main line, its branches, junctions, level crossings and stations safe and running:
the track maintenance sections (basic visual inspection on patrol, manual geometry
measurement, measured shovel packing, switches and crossings, plain line rail and sleeper
renewal, insulated and fishplated joints, ballast, continuous welded rail stressing, flange
lubricators, hot weather watching, buffer stops); rail welding and ultrasonic rail testing
(aluminothermic welds, arc repairs to crossings, weld grinding, rolling contact fatigue, rail
cutting and drilling); signalling maintenance (point machines, track circuits, axle counters,
colour light signals, AWS and TPWS, relay and solid state interlockings, level crossings,
cable routes, location cases and power supplies), the signalling repair workshop, works
testing and design records; telecoms (GSM-R, lineside fibre, CCTV, signal post telephones,
customer information and public address, the transmission network); the overhead line
(25 kV maintenance, contact and catenary wire, isolations and earthing, height and stagger,
section insulators); electrification and plant (points heating, signalling power, HV switching
at the feeder stations, conductor rail, lighting, bonding, standby power, pumping stations);
off-track (vegetation and trees, fencing, drainage, herbicides, litter); structures and
earthworks examination (bridges and culverts, tunnels, cuttings and embankments, bridge
strikes, masonry, coatings, rope access); on-track machines and road-rail plant (tampers,
RRVs, rail cranes, trolleys, small plant); mobile operations managers and the fault control
desk; possessions and track safety (COSS, PTS, lookouts, engineering supervisors, PICOPs,
handsignallers, safe work packs); asset engineering and data (work orders, possession
planning, geometry data, remote condition monitoring, drones, GIS, survey); stores, the
engineering train yard and transport; safety, health and environment; the training centre
(track safety courses, workplace assessment, apprentices, signalling training rigs, competence
records); and management.

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
its assay office nor an airline's aircraft engineering base, but a railway infrastructure
manager's maintenance delivery unit with its own training centre (1,200 track, signalling,
telecoms, overhead line, electrical, off-track, structures and plant technicians, operatives,
examiners, controllers, planners, trainers and support staff in the directory), unlike the
institutions before it (Northgate to Stowmere).

Its HR system knows a person's skills from the infrastructure manager's competence management
system, whose integration posts each competence record to the HR system as an HTML form body
(application/x-www-form-urlencoded), one a line, its keys in a fixed order:
'comp_id=XXXnn&comp_title=<title>&status=<status>&assessed_on=yyyy-mm-dd&expires_on=yyyy-mm-dd
&assessor=CAnnnn' (one line, no break). The competence's id (its discipline's three capitals
and two digits) and title come first, the title encoded as a form encodes a value (a space as
a plus sign; a bracket, comma, ampersand, slash, apostrophe or plus sign as a percent sign and
two hex capitals; an en dash as its three UTF-8 bytes, %E2%80%93), then the holder's own
fields: the status (Under training, Provisional, Competent or Workplace mentor, a space again a
plus sign), the day assessed (2015 to 2026, none after November 2026), the day the competence
expires (the same day one, two or three years on) or, for a competence that does not lapse, no
expires_on pair at all (a form leaves out a field it has no value for), and the competence
assessor's number. As in heldout30's to heldout44's generators, the holder's fields are drawn
from the generator's seeded random stream row by row (``Site.own``), so two holders of one
competence are written differently, as a real export writes them, while the bundle stays
deterministic. A facility's required skills are the competence's id and title without a
holder's fields. Beside those, rows the staff typed into the skills survey are their own:
lower-case, depot slang and kit names ("kango packing wet beds", "juice rail jobs"). Some are
written as no technician taxonomy is likely to write them (track patrolling, lookout, PICOP,
tamping, hot weather watching). Facilities have names, aliases (in the name or the
description) and role holders. Concept keys are the evaluation's own, not the taxonomy's ids.
Generated by the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from random import Random
from urllib.parse import urlencode

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "HALSMERE", "PEOPLE", "RECORD", "SEED", "STATUSES", "YEARS"]

PEOPLE, SEED = 1200, 45045     # tests.heldout.institution.generate(PEOPLE, SEED, HALSMERE)
STATUSES = ("Under training", "Provisional", "Competent", "Workplace mentor")
ASSESSORS = ("CA0142", "CA0276", "CA0318", "CA0459", "CA0533", "CA0687", "CA0791", "CA0824")
YEARS = (2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
# a line of the competence management system's records posted to the HR system (a form body,
# application/x-www-form-urlencoded): the competence's id and title, and (a holder's own) the
# status, the day assessed, the day it expires (left out when it does not lapse) and the
# assessor
RECORD = re.compile(r'^comp_id=([A-Z]{3})(\d{2})&comp_title=((?:[A-Za-z0-9_.~+-]|%[0-9A-F]{2})+)'
                    r'(?:&status=(Under\+training|Provisional|Competent|Workplace\+mentor)'
                    r'&assessed_on=(20\d{2})-(\d{2})-(\d{2})'
                    r'(?:&expires_on=(20\d{2})-(\d{2})-(\d{2}))?'
                    r'&assessor=(CA\d{4}))?$')


def _c(comp_id: str, title: str) -> str:
    """The competence's id and title, as the form body writes them."""
    return urlencode({"comp_id": comp_id, "comp_title": title})


def _own(text: str, rng: Random) -> str:
    """A holder's line for a competence: the status, the day assessed and the day it expires
    (or no such pair) and the assessor, drawn from the generator's stream; a survey row stays
    as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    status = rng.choice(STATUSES)
    assessed = past_day(YEARS, rng)
    years = rng.randint(0, 3)       # 0: it does not lapse, its pair left out
    fields = {"status": status, "assessed_on": f"{assessed:%Y-%m-%d}"}
    if years:
        fields["expires_on"] = f"{assessed.replace(year=assessed.year + years):%Y-%m-%d}"
    fields["assessor"] = rng.choice(ASSESSORS)
    return f"{text}&{urlencode(fields)}"


# concept key -> HR spellings (the first is the competence as the competence management system
# posts it; the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # track
    "patrol": (_c("TRK01", "Basic visual track inspection (patrolling)"),
               "walking the patch on patrol days"),
    "geometry": (_c("TRK02", "Manual track geometry measurement – gauge, cant and twist"),
                 "taking gauge and cant readings with the trolley"),
    "packing": (_c("TRK03", "Measured shovel packing and hand-held tamping"),
                "kango packing wet beds"),
    "sandc": (_c("TRK04", "Switches & crossings (S&C) maintenance"),
              "adjusting s and c on the down fast"),
    "renewal": (_c("TRK05", "Plain line rail and sleeper renewal"),
                "changing rails and sleepers on nights"),
    "joints": (_c("TRK06", "Insulated block joints and fishplated rail joints"),
               "swapping out failed glued joints"),
    "ballast": (_c("TRK07", "Ballast top-up, regulating and shoulder profiling"),
                "dropping stone from the autoballasters"),
    "cwr": (_c("TRK08", "CWR stressing and stress restoration"),
            "stressing long welded rail with tensors"),
    "lubricator": (_c("TRK09", "Rail flange lubricator maintenance"),
                   "filling up the greasers on the curves"),
    "heat": (_c("TRK10", "Hot weather and extreme weather watching"),
             "heat watch on the curves in july"),
    "bufferstops": (_c("TRK11", "Buffer stop and sand drag inspection"),
                    "checking buffer stops in the sidings"),
    # rail welding and testing
    "thermit": (_c("RWT01", "Aluminothermic rail welding"), "doing thermit welds on nights"),
    "mma": (_c("RWT02", "Manual metal arc repair of crossings and rail ends"),
            "building up crossing noses with rods"),
    "ultrasonic": (_c("RWT03", "Ultrasonic rail flaw detection with hand-held equipment"),
                   "ut on the rail with the walking stick"),
    "grinding": (_c("RWT04", "Rail and weld profile grinding"), "grinding welds back to profile"),
    "rcf": (_c("RWT05", "Rolling contact fatigue and rail defect assessment"),
            "marking up squats and head checks"),
    "railcut": (_c("RWT06", "Rail cutting, drilling and bonding"),
                "cutting rail with the disc saw"),
    # signalling
    "points": (_c("SIG01", "Point machine maintenance (HW and clamp-lock)"),
               "servicing hw point machines"),
    "trackcircuits": (_c("SIG02", "Track circuit testing and fault finding"),
                      "shunt testing track circuits"),
    "axlecounters": (_c("SIG03", "Axle counter maintenance and resetting"),
                     "resetting axle counters after a failure"),
    "signals": (_c("SIG04", "Colour light signal maintenance (LED heads)"),
                "changing led signal heads"),
    "tpws": (_c("SIG05", "AWS and TPWS equipment testing"), "testing aws magnets and tpws loops"),
    "relay": (_c("SIG06", "Relay interlocking fault finding and wire counts"),
              "chasing faults in the relay room"),
    "ssi": (_c("SIG07", "Solid State Interlocking (SSI) – module changes and data downloads"),
            "swapping ssi modules in the equipment room"),
    "levelcrossing": (_c("SIG08",
                         "Level crossing maintenance (MCB-CCTV, AHB and user-worked crossings)"),
                      "barrier maintenance at the crossings"),
    "tic": (_c("SIG09", "Signalling works testing (tester in charge)"),
            "tic on resignalling blockades"),
    "cableroute": (_c("SIG10", "Lineside cable route and troughing repairs"),
                   "lifting trough lids and repairing routes"),
    "relaybench": (_c("SIG11", "Signalling relay bench testing and repair"),
                   "testing relays on the bench"),
    "locs": (_c("SIG12", "Signalling power supplies and location case inspection"),
             "checking the loc cases and fuses"),
    "sigdesign": (_c("SIG13", "Signalling design record updates (CAD)"),
                  "updating scheme plans and source records"),
    # telecoms
    "gsmr": (_c("TEL01", "GSM-R cab radio and base station maintenance"),
             "looking after the gsm-r masts"),
    "fibre": (_c("TEL02", "Fibre optic splicing and OTDR testing"),
              "splicing fibre in the joint boxes"),
    "cctv": (_c("TEL03", "Station and level crossing CCTV systems"),
             "fixing cameras on the stations"),
    "spt": (_c("TEL04", "Signal post telephones and lineside telephony"), "testing spts"),
    "cis": (_c("TEL05", "Customer information screens and public address"),
            "fixing cis screens and the pa"),
    "transmission": (_c("TEL06", "Telecoms transmission network (SDH and IP)"),
                     "ip network faults between exchanges"),
    # overhead line equipment
    "ole": (_c("OLE01", "Overhead line equipment (OLE) maintenance – 25 kV AC"),
            "ole maintenance on nights"),
    "contactwire": (_c("OLE02", "Contact and catenary wire renewal"),
                    "running out new contact wire"),
    "isolation": (_c("OLE03", "OLE isolations and earthing (nominated person)"),
                  "np for isolations"),
    "stagger": (_c("OLE04", "Contact wire height and stagger measurement"),
                "checking height and stagger"),
    "sectioning": (_c("OLE05", "Section insulator and neutral section maintenance"),
                   "changing section insulators"),
    # electrification and plant
    "pointsheat": (_c("ENP01", "Points heating maintenance"), "points heaters before the winter"),
    "lv": (_c("ENP02", "Signalling power distribution (650 V)"), "650v feeder faults"),
    "hv": (_c("ENP03", "High voltage switching (authorised person)"), "ap for hv switching"),
    "conductorrail": (_c("ENP04", "Conductor rail maintenance (750 V DC)"), "juice rail jobs"),
    "lighting": (_c("ENP05", "Station and depot lighting"),
                 "changing lamps on the platform lights"),
    "earthing": (_c("ENP06", "Traction bonding and earthing tests"),
                 "bond testing on the traction returns"),
    "generators": (_c("ENP07", "Standby generators and UPS"), "servicing gennies and the ups"),
    "pumps": (_c("ENP08", "Drainage pumping station maintenance"),
              "looking after the tunnel sump pumps"),
    # off-track: vegetation, fencing, drainage
    "vegetation": (_c("OFF01", "Lineside vegetation management (chainsaw and brushcutter)"),
                   "chainsawing on the embankments"),
    "fencing": (_c("OFF02", "Lineside fencing and boundary repairs"), "fixing palisade fencing"),
    "drainage": (_c("OFF03", "Track drainage cleaning and jetting"),
                 "rodding catchpits and jetting drains"),
    "herbicide": (_c("OFF04", "Herbicide application (PA1 and PA6)"),
                  "spraying weeds with the knapsack"),
    "litter": (_c("OFF05", "Lineside litter and fly-tip clearance"), "litter picking in the cess"),
    "arb": (_c("OFF06", "Tree felling and climbing (arboriculture)"),
            "climbing trees near the wires"),
    # structures and earthworks examination
    "bridgeexam": (_c("STX01", "Bridge and culvert examination"), "bridge exams from the ubiu"),
    "tunnel": (_c("STX02", "Tunnel examination and scaling"), "tapping tunnel linings"),
    "earthworks": (_c("STX03", "Earthworks and cutting examination"),
                   "walking the cuttings after heavy rain"),
    "bridgestrike": (_c("STX04", "Bridge strike assessment"), "attending bridge bashes"),
    "masonry": (_c("STX05", "Masonry and brickwork repairs"), "repointing arch bridges"),
    "coatings": (_c("STX06", "Protective coatings on steel bridges"), "painting bridge girders"),
    "rope": (_c("STX07", "Rope access (IRATA level 2)"), "on the ropes under the viaduct"),
    # on-track plant and machines
    "tamper": (_c("OTP01", "Tamping machine operation"), "on the tamper on nights"),
    "rrv": (_c("OTP02", "Road-rail vehicle operation (machine operator and controller)"),
            "rrv driver and machine controller"),
    "railcrane": (_c("OTP03", "Rail crane lifting operations (appointed person)"),
                  "planning lifts with the rail crane"),
    "trolley": (_c("OTP04", "Rail trolley operation (person in charge)"), "tpic for trolleys"),
    "smallplant": (_c("OTP05", "Small plant maintenance"), "servicing the kangos and saws"),
    # operations and control
    "mom": (_c("OPS01", "Mobile operations manager (incident response)"), "mom on call"),
    "control": (_c("OPS02", "Fault control desk operation"), "on the fault desk taking calls"),
    "weather": (_c("OPS03", "Adverse weather and flood response"),
                "putting sandbags out at the culverts"),
    "rio": (_c("OPS04", "Railway incident officer"), "rio at incidents"),
    # track safety and possessions
    "coss": (_c("SAF01", "Controller of site safety (COSS)"), "coss for the gang"),
    "pts": (_c("SAF02", "Personal track safety (PTS)"), "pts renewal on my card"),
    "lookout": (_c("SAF03", "Lookout and site warden"), "lookout with a horn"),
    "es": (_c("SAF04", "Engineering supervisor"), "es in possessions"),
    "picop": (_c("SAF05", "Person in charge of possession (PICOP)"), "picop on blockades"),
    "handsig": (_c("SAF06", "Handsignaller and protection master"),
                "laying detonators as a handsignaller"),
    "swp": (_c("SAF07", "Safe work pack planning"), "writing swps for the gangs"),
    # asset engineering and data
    "workorders": (_c("AST01", "Work order management in the maintenance system"),
                   "closing out work orders on the system"),
    "possessions": (_c("AST02", "Possession planning and access booking"),
                    "booking possessions for the period"),
    "geomdata": (_c("AST03", "Track geometry data analysis"),
                 "going through the recording train runs"),
    "rcm": (_c("AST04", "Remote condition monitoring (points and track circuits)"),
            "watching rcm alarms"),
    "drone": (_c("AST05", "Drone survey and photogrammetry (A2 CofC)"),
              "flying the drone over cuttings"),
    "gis": (_c("AST06", "GIS and asset data management"), "updating the asset register"),
    "survey": (_c("AST07", "Engineering survey (total station and GNSS)"),
               "setting out pegs with the total station"),
    # stores and logistics
    "stores": (_c("LOG01", "Depot stores and materials control"),
               "booking kit in and out of the stores"),
    "forklift": (_c("LOG02", "Forklift and telehandler operation"), "telehandler in the yard"),
    "trains": (_c("LOG03", "Loading and unloading engineering trains"),
               "unloading long welded rail"),
    "hgv": (_c("LOG04", "HGV driving (category C)"), "driving the hiab to sites"),
    "waste": (_c("LOG05", "Scrap rail, spoil and waste management"),
              "sorting scrap rail and spoil"),
    # health, safety and environment, shared by many
    "firstaid": (_c("HSE01", "First aid at work"), "first aider at ketterby depot"),
    "manual": (_c("HSE02", "Manual handling (rail tongs and lifting)"),
               "lifting rail with tongs safely"),
    "coshh": (_c("HSE03", "COSHH assessment"), "coshh for herbicides and resins"),
    "riskassess": (_c("HSE04", "Task risk assessment and method statements"),
                   "point of work risk assessments"),
    "confined": (_c("HSE05", "Confined spaces (culverts and manholes)"),
                 "entering culverts with a gas monitor"),
    "height": (_c("HSE06", "Working at height and MEWP operation"),
               "cherry picker on the station canopy"),
    "hav": (_c("HSE07", "Hand-arm vibration and noise monitoring"), "hav meters on the kangos"),
    "fire": (_c("HSE08", "Fire warden"), "fire marshal for the depot"),
    "spill": (_c("HSE09", "Environmental incident response and spill kits"),
              "putting spill kits down for diesel"),
    "asbestos": (_c("HSE10", "Asbestos awareness"), "asbestos in old loc cases"),
    # the training centre
    "trainer": (_c("TRN01", "Track safety course delivery"), "teaching pts courses"),
    "assessor": (_c("TRN02", "Workplace competence assessment (TAQA)"),
                 "signing off competences on site"),
    "apprentices": (_c("TRN03", "Apprentice mentoring"), "looking after the track apprentices"),
    "rigs": (_c("TRN04", "Signalling training rig maintenance"),
             "keeping the training rigs working"),
    "cms": (_c("TRN05", "Competence management system administration"),
            "updating people's cards on the system"),
    # management
    "sectionmgr": (_c("MGT01", "Section management and team leading"), "running the track section"),
    "budget": (_c("MGT02", "Budget and cost control"), "looking after the section budget"),
    "contractors": (_c("MGT03", "Contractor management"), "managing the contractors on site"),
    "lean": (_c("MGT04", "Continuous improvement (Lean)"), "5s in the depot"),
    "neighbours": (_c("MGT05", "Lineside neighbour liaison"),
                   "dealing with neighbours' complaints"),
}

TRACK = "Track Maintenance"
WELD = "Rail Welding and Testing"
SIG = "Signalling Maintenance"
TEL = "Telecoms"
OLE = "Overhead Line Equipment"
ENP = "Electrification and Plant"
OFF = "Off-Track"
STX = "Structures and Earthworks Examination"
PLANT = "On-Track Plant and Machines"
OPS = "Operations and Fault Control"
WORKS = "Possessions and Works Delivery"
ASSET = "Asset Engineering and Data"
LOGISTICS = "Stores and Logistics"
SHE = "Safety, Health and Environment"
SCHOOL = "Ottery Moss Training Centre"

GROUPS = (
    Group("track", 220, (TRACK,), ("Track Maintenance Technician", "Track Operative",
                                   "Track Team Leader", "Track Section Supervisor"),
          ("patrol", "packing", "sandc", "geometry", "joints", "renewal", "ballast", "pts",
           "coss", "lookout", "cwr", "lubricator", "heat", "bufferstops"),
          "Inspects and maintains the track, its switches and crossings on the section."),
    Group("welding", 50, (WELD,), ("Track Welder", "Ultrasonic Rail Tester",
                                   "Welding Team Leader"),
          ("thermit", "mma", "ultrasonic", "grinding", "rcf", "railcut", "cwr", "pts"),
          "Welds, grinds and tests rails and crossings on the route."),
    Group("signalling", 180, (SIG,), ("Signalling Maintenance Technician",
                                      "Signalling Technician (Fault Team)",
                                      "Senior Signalling Technician", "Signalling Team Leader"),
          ("points", "trackcircuits", "relay", "signals", "axlecounters", "tpws", "ssi", "locs",
           "levelcrossing", "cableroute", "pts", "coss"),
          "Maintains and fixes the signalling: points, track circuits, signals and interlockings."),
    Group("sigtest", 25, (SIG,), ("Signalling Tester", "Signalling Repair Technician",
                                  "Signalling Design Records Technician"),
          ("tic", "relaybench", "relay", "ssi", "sigdesign", "pts"),
          "Tests signalling works, repairs relays and keeps the design records."),
    Group("telecoms", 60, (TEL,), ("Telecoms Technician", "Telecoms Engineer", "Radio Technician"),
          ("gsmr", "fibre", "transmission", "cctv", "spt", "cis", "pts"),
          "Keeps the radio, fibre, telephones, cameras and station systems working."),
    Group("ole", 90, (OLE,), ("OLE Technician", "OLE Linesman", "OLE Team Leader"),
          ("ole", "contactwire", "isolation", "stagger", "sectioning", "pts", "height"),
          "Maintains and repairs the 25 kV overhead line."),
    Group("enp", 80, (ENP,), ("Electrification and Plant Technician", "Points Heating Technician",
                              "HV Authorised Person"),
          ("pointsheat", "lv", "hv", "lighting", "earthing", "generators", "pumps",
           "conductorrail", "pts"),
          "Looks after points heaters, power supplies, lighting, pumps and HV switching."),
    Group("offtrack", 90, (OFF,), ("Off-Track Operative", "Vegetation Operative",
                                   "Drainage Operative", "Arborist"),
          ("vegetation", "drainage", "fencing", "herbicide", "arb", "litter", "pts"),
          "Clears vegetation, drains and boundaries beside the line."),
    Group("structures", 50, (STX,), ("Structures Examiner", "Earthworks Examiner",
                                     "Bridge Maintenance Technician"),
          ("bridgeexam", "earthworks", "tunnel", "bridgestrike", "masonry", "coatings", "rope",
           "confined"),
          "Examines and repairs bridges, tunnels, culverts and earthworks."),
    Group("plant", 60, (PLANT,), ("On-Track Machine Operator", "RRV Operator", "Plant Fitter",
                                  "Lifting Appointed Person"),
          ("tamper", "rrv", "railcrane", "smallplant", "trolley", "pts"),
          "Drives and maintains the tampers, road-rail vehicles, cranes and small plant."),
    Group("ops", 40, (OPS,), ("Mobile Operations Manager", "Fault Controller",
                              "Incident Controller"),
          ("mom", "control", "weather", "rio", "pts"),
          "Responds to incidents and failures and sends out the fault teams."),
    Group("works", 60, (WORKS,), ("Engineering Supervisor", "Possession Planner",
                                  "Person in Charge of Possession", "Safe Work Planner"),
          ("es", "picop", "swp", "coss", "possessions", "handsig", "pts"),
          "Plans and runs possessions and worksites safely."),
    Group("asset", 50, (ASSET,), ("Asset Engineer", "Track Geometry Data Analyst",
                                  "Engineering Surveyor", "Drone Pilot"),
          ("geomdata", "rcm", "workorders", "gis", "survey", "drone"),
          "Analyses the route's condition data and surveys the assets."),
    Group("stores", 45, (LOGISTICS,), ("Stores Controller", "Logistics Operative", "HGV Driver",
                                       "Yard Operative"),
          ("stores", "forklift", "trains", "hgv", "waste"),
          "Receives, stores and delivers materials and loads the engineering trains."),
    Group("she", 20, (SHE,), ("Safety Advisor", "Environment Advisor"),
          ("riskassess", "spill", "coshh", "asbestos", "hav", "fire"),
          "Advises the depot on safety, health and the environment."),
    Group("training", 30, (SCHOOL,), ("Track Safety Trainer", "Signalling Trainer",
                                      "Workplace Assessor", "Competence Administrator"),
          ("trainer", "assessor", "rigs", "apprentices", "cms"),
          "Teaches track safety and signalling courses and assesses competence."),
    Group("managers", 30, (TRACK, SIG, OLE, WORKS, SCHOOL),
          ("Section Manager", "Infrastructure Maintenance Engineer", "Delivery Unit Manager"),
          ("sectionmgr", "budget", "contractors", "lean", "neighbours", "possessions"),
          "Leads the sections, the contractors and the depot's improvement work."),
)
SHARED = ("firstaid", "manual", "coshh", "riskassess", "confined", "height", "hav", "fire",
          "spill", "asbestos")

FACILITIES = (
    FacilitySpec("KMD-TRK", "Ketterby Track Maintenance Depot", "facility", TRACK,
                 "Weekly basic visual inspection of every mile of plain line on the patch.",
                 ("patrol", "packing", "geometry")),
    FacilitySpec("KMD-SNC", "Ketterby Switch and Crossing Gang", "service", TRACK,
                 "Points, crossings and back drives kept in adjustment; the S&C gang.",
                 ("sandc", "joints")),
    FacilitySpec("KMD-REN", "Sallowby Renewals Yard", "facility", TRACK,
                 "Overnight and weekend relaying of rails and sleepers, ballast and stressing.",
                 ("renewal", "ballast", "cwr")),
    FacilitySpec("KMD-WLD", "Ketterby Rail Welding Section", "workshop", WELD,
                 "Aluminothermic welds, arc repairs to crossings and weld grinding.",
                 ("thermit", "mma", "grinding")),
    FacilitySpec("KMD-UTU", "Ultrasonic Rail Testing Unit", "instrument", WELD,
                 "Hand-held ultrasonic testing of rails, welds and crossings; the UT unit.",
                 ("ultrasonic", "rcf")),
    FacilitySpec("KMD-SMD", "Ketterby Signalling Maintenance Depot", "facility", SIG,
                 "Point machines, track circuits and signals maintained across the route.",
                 ("points", "trackcircuits", "signals")),
    FacilitySpec("KMD-WJR", "Whitlow Junction Relay Room", "facility", SIG,
                 "A relay interlocking with its fault team on call.", ("relay", "locs")),
    FacilitySpec("KMD-SSI", "Ketterby SSI Equipment Room", "facility", SIG,
                 "Interlocking cubicles with module spares, data downloads and axle counter "
                 "evaluators.", ("ssi", "axlecounters")),
    FacilitySpec("KMD-LXT", "Level Crossing Maintenance Team", "service", SIG,
                 "Barrier, CCTV and user-worked crossings across the route.",
                 ("levelcrossing", "cctv")),
    FacilitySpec("KMD-SRW", "Signalling Repair Workshop", "workshop", SIG,
                 "A bench for relay overhaul and testing before re-issue.", ("relaybench",)),
    FacilitySpec("KMD-SWT", "Signalling Works Testing Team", "service", SIG,
                 "Tests new and altered signalling and keeps the design records up to date.",
                 ("tic", "sigdesign")),
    FacilitySpec("KMD-RAD", "Ketterby GSM-R Radio Section", "service", TEL,
                 "Cab radio and GSM-R base stations along the line.", ("gsmr",)),
    FacilitySpec("KMD-FOJ", "Fibre Optic Jointing Workshop", "workshop", TEL,
                 "Fusion splicers, OTDRs and spare lineside fibre.", ("fibre",)),
    FacilitySpec("KMD-TER", "Ketterby Telecoms Equipment Room", "facility", TEL,
                 "Transmission and IP kit, and the signal post telephone concentrator.",
                 ("transmission", "spt")),
    FacilitySpec("KMD-SST", "Station Systems Team", "service", TEL,
                 "Customer information screens, public address and platform cameras.",
                 ("cis", "cctv")),
    FacilitySpec("KMD-OLE", "Ketterby OLE Maintenance Depot", "facility", OLE,
                 "Wiring trains and teams for overhead line maintenance.",
                 ("ole", "contactwire", "stagger", "sectioning")),
    FacilitySpec("KMD-ISO", "OLE Isolations Desk", "service", OLE,
                 "Isolation and earthing of the overhead line for work; the isolations desk.",
                 ("isolation",)),
    FacilitySpec("KMD-HLF", "Hob Lane Feeder Station", "facility", ENP,
                 "HV switchgear and transformers feeding the traction supply.", ("hv",)),
    FacilitySpec("KMD-PHP", "Points Heating and Power Team", "service", ENP,
                 "Points heaters and 650 V signalling power supplies across the patch.",
                 ("pointsheat", "lv", "earthing")),
    FacilitySpec("KMD-SPS", "Sawley Tunnel Pumping Station", "facility", ENP,
                 "Pumps that keep the tunnel and the cutting dry.", ("pumps",)),
    FacilitySpec("KMD-EPW", "Electrification and Plant Workshop", "workshop", ENP,
                 "Standby generators, UPS, lighting and conductor rail spares.",
                 ("generators", "lighting", "conductorrail")),
    FacilitySpec("KMD-VEG", "Lineside Vegetation Team", "service", OFF,
                 "Chainsaws, brushcutters and a flail for lineside vegetation and trees.",
                 ("vegetation", "arb")),
    FacilitySpec("KMD-DRN", "Track Drainage Gang", "service", OFF,
                 "Jetting trailers and rodding kit for track drainage.", ("drainage",)),
    FacilitySpec("KMD-OTC", "Ketterby Off-Track Compound", "facility", OFF,
                 "Fencing materials, the herbicide store and litter picking kit.",
                 ("herbicide", "fencing", "litter")),
    FacilitySpec("KMD-SEX", "Structures Examination Team", "service", STX,
                 "Examinations of bridges, culverts, retaining walls and earthworks.",
                 ("bridgeexam", "earthworks", "bridgestrike")),
    FacilitySpec("KMD-STE", "Sawley Tunnel Examination Unit", "service", STX,
                 "Examination and scaling of the route's tunnels, with rope access.",
                 ("tunnel", "rope")),
    FacilitySpec("KMD-BWG", "Bridge Works Gang", "workshop", STX,
                 "Brickwork, masonry and steelwork coatings on bridges.",
                 ("masonry", "coatings")),
    FacilitySpec("KMD-OTM", "On-Track Machine Stabling Sidings", "facility", PLANT,
                 "Tamping and stoneblowing machines stabled at the depot.", ("tamper",)),
    FacilitySpec("KMD-RRP", "Road-Rail Plant Compound", "facility", PLANT,
                 "Road-rail excavators, a rail crane, trolleys and attachments.",
                 ("rrv", "railcrane", "trolley")),
    FacilitySpec("KMD-SPW", "Ketterby Small Plant Workshop", "workshop", PLANT,
                 "Kangos, disc saws, rail drills and generators serviced and repaired.",
                 ("smallplant",)),
    FacilitySpec("KMD-MOB", "Mobile Operations Base", "service", OPS,
                 "Mobile operations managers on call day and night; the MOMs.",
                 ("mom", "rio")),
    FacilitySpec("KMD-FCD", "Route Fault Control Desk", "service", OPS,
                 "Takes fault calls, sends out the teams and watches the weather.",
                 ("control", "weather")),
    FacilitySpec("KMD-PPO", "Possession Planning Office", "service", WORKS,
                 "Plans possessions, isolations, access and safe work packs.",
                 ("possessions", "swp")),
    FacilitySpec("KMD-ESP", "Engineering Supervisors' Pool", "service", WORKS,
                 "Engineering supervisors, PICOPs and handsignallers for possessions.",
                 ("es", "picop", "handsig")),
    FacilitySpec("KMD-GDO", "Track Geometry and Data Office", "service", ASSET,
                 "Geometry and ultrasonic data from the recording trains, and condition "
                 "monitoring alarms.", ("geomdata", "rcm", "workorders")),
    FacilitySpec("KMD-SDT", "Survey and Drone Team", "service", ASSET,
                 "Total stations, GNSS and drones for surveys of track and structures.",
                 ("survey", "drone", "gis")),
    FacilitySpec("KMD-STO", "Ketterby Depot Stores", "service", LOGISTICS,
                 "Materials, small plant and consumables for the depot.",
                 ("stores", "forklift")),
    FacilitySpec("KMD-ETY", "Engineering Train Yard", "facility", LOGISTICS,
                 "A yard where engineering trains are loaded and unloaded, and spoil sorted.",
                 ("trains", "waste", "hgv")),
    FacilitySpec("KMD-OMT", "Ottery Moss Training Centre", "teaching", SCHOOL,
                 "Classrooms for track safety courses and assessments.",
                 ("trainer", "assessor", "cms")),
    FacilitySpec("KMD-OMR", "Ottery Moss Signalling Training Rigs", "teaching", SCHOOL,
                 "Points, signals and track circuit rigs for practical training.",
                 ("rigs", "apprentices")),
)

GIVEN = """Jory-Łukasz Tamsin-Małgorzata Kerensa-Zofia Morwenna-Agnieszka Jago-Wojciech
Demelza-Katarzyna Perran-Grzegorz Lowen-Przemysław Tressa-Bożena Hedra-Jadwiga Piran-Mirosław
Elowen-Halina Kenver-Tadeusz Derwa-Jolanta Cador-Zbigniew Wenna-Danuta Talan-Sławomir
Ia-Grażyna Austell-Stanisław Senara-Urszula Conan-Bogdan Meliora-Ewelina Gawen-Czesław
Rosewyn-Bronisława Trystan-Radosław Nessa-Wiesława Gerens-Kazimierz Lamorna-Dorota
Mawgan-Leszek Carenza-Iwona""".split()
FAMILY = """Trevithick-Wiśniewski Penrose-Kowalczyk Polglase-Wójcik Tregenza-Kamiński
Pascoe-Lewandowski Trelawny-Zieliński Nance-Szymański Rowse-Woźniak Pengelly-Dąbrowski
Chenoweth-Kozłowski Tremayne-Jankowski Kitto-Mazur Jago-Krawczyk Trewin-Piotrowski
Polkinghorne-Grabowski Curnow-Pawłowski Hocking-Michalski Tonkin-Nowakowski Bolitho-Adamczyk
Carlyon-Dudek Treloar-Zając Roskilly-Wieczorek Angove-Jabłoński Trebilcock-Król""".split()
FAMILY += ["Ó Laoghaire-Wójcik", "van Dijk-Pascoe", "St Aubyn-Mazur", "de Vries-Tregenza",
           "Mac Cárthaigh-Trewin"]

HALSMERE = Site("Halsmere Rail Infrastructure (Ketterby Maintenance Delivery Unit)", "KMD",
                "halsmere-rail.co.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                own=_own)
