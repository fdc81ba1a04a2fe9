"""The Allenhope School of Mines with its Greyscar Test Mine: a thirtieth fictitious
institution, for ``heldout32``.

The Allenhope School of Mines is a fictitious school of mines and minerals in the North
Pennines, an institution of its own (not a university's geology department and not an
earth-science campus) that teaches mining engineers, mine surveyors, geologists and
metallurgists and trains the quarrying and mining industry, with its own underground test
mine, the Greyscar Test Mine, an old lead and fluorspar mine reopened with a decline, drives and
stopes for teaching, trials and rescue training. Its technicians and practitioners are mine
surveyors, geologists and core shed staff, geotechnical technicians, drillers and shotfirers,
ventilation officers, the mine rescue brigade and the lamp room, winder drivers, mine
electricians, pump and plant fitters, mineral processing technicians, assayers, mineralogists,
environmental and water technicians, mine planners, IT staff, workshop technicians, teaching
and outreach staff, estates, stores, reception, communications, safety staff and managers: the
test mine, the mine rescue station, the lamp room, the ventilation laboratory, the explosives
magazine and the training quarry; the winding house, the pump station, the underground plant
workshop and the mine electrical workshop; the survey instrument store, the geomatics
laboratory, the core store, the rock mechanics laboratory, the geotechnical monitoring centre,
the drilling centre and the geophysics store; the crushing hall, the pilot hall, the flotation,
gravity and magnetic separation, hydrometallurgy and particle sizing laboratories; the sample
preparation, fire assay and analytical laboratories, the mineralogy suite and the section
laboratory; the mine water laboratory, the treatment wetlands and the tailings research
facility; the mine planning laboratory; the fabrication and instrumentation workshops; the
field course store, the heritage and visitor centre and the industry training centre; digital
services, estates and the mine stores.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing, a school of tropical medicine,
a maritime academy, a zoo and conservation college, a national film and television school nor
a national institute of sport, but a school of mines with its own underground mine (1,200
surveying, geology, mining, ventilation, rescue, mine services, processing, assay, environment,
planning, workshop, teaching, IT, estates and support staff in the directory), unlike the
institutions before it (Northgate, Tarnside, Calderbridge, Inverallan, Harbourne, Caerwern,
Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's
Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate, Wenlowe's Coldharbour,
Marlbridge's Furnace Lane, Ravensholt's Kestrel Park, Corrisdale's Vennell, Thornbury's
Saltmarsh Point, Loxbrook's Cressfield, Aldwick's Stanegate, Kingsdock, Skelmouth, Haverleigh,
Thistlecombe, Stannerdale). Kilbrannan's Ardcraig had an earth sciences rock room and Wenlowe's
Coldharbour a geology collection: here mining itself, underground, is the whole institution.

Its HR system knows a person's skills from the staff's CPD log, whose export writes a person's
skills as CPD lines, "CPD-<competence> <activity> ¦ <type> ¦ <hours> h ¦ <dd Mon yyyy> ¦
<reflection>". The UK-SPEC competence the log files the activity under (A1 to E5) and the
activity's title come first, then the holder's own fields: the type of the holder's latest
activity on it (course, workshop, webinar, conference, site visit, on-the-job learning,
mentoring, self-directed reading), its hours (half an hour to 35 hours), its date (a day from
January 2023 to November 2026) and the reflection's state (reflection written, reflection due,
evidence attached, verified by mentor). As in heldout30's and heldout31's generators, the
holder's fields are drawn from the generator's seeded random stream row by row (``Site.own``),
so two holders of one activity are written differently, as a real export writes them, while
the bundle stays deterministic. A facility's required skills are the log's competence and
activity without a holder's fields. Beside those, rows the staff typed into the skills survey
are their own: lower-case, mining slang and kit names ("mucking out", "making up xanthate").
Some are written as no technician taxonomy is likely to write them (the lamp room, the gold
room, barring down). Facilities have names, aliases (in the name or the description) and role
holders. Concept keys are the evaluation's own, not the taxonomy's ids (written after the names
were labelled, so by someone who had read ``taxonomies/skills.csv``, never the matcher or the
engine). Generated by the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["ACTIVITIES", "ALLENHOPE", "CPD", "HOURS", "MONTHS", "PEOPLE", "REFLECTIONS", "SEED"]

PEOPLE, SEED = 1200, 32323     # tests.heldout.institution.generate(PEOPLE, SEED, ALLENHOPE)
ACTIVITIES = ("course", "workshop", "webinar", "conference", "site visit", "on-the-job learning",
              "mentoring", "self-directed reading")
HOURS = (0.5, 1, 1.5, 2, 3, 3.5, 4, 6, 7, 7.5, 14, 15, 21, 35)
REFLECTIONS = ("reflection written", "reflection due", "evidence attached", "verified by mentor")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# a line of the CPD log export: the competence and the activity, and (a holder's own) the type,
# hours, date and reflection state of the holder's latest activity on it
CPD = re.compile(r"^CPD-([A-E][1-5]) (\S.*?\S)"
                 r"(?: ¦ (" + "|".join(map(re.escape, ACTIVITIES)) + r") ¦ (\d{1,2}(?:\.5)?) h"
                 r" ¦ (\d{2}) (" + "|".join(MONTHS) + r") (20\d{2}) ¦ ("
                 + "|".join(map(re.escape, REFLECTIONS)) + r"))?$")
_FIRST_DAY, _LAST_DAY = date(2023, 1, 1), date(2026, 11, 30)


def _c(competence: str, activity: str) -> str:
    """The CPD log's competence and the activity it files under it."""
    return f"CPD-{competence} {activity}"


def _own(text: str, rng: Random) -> str:
    """A holder's CPD line: the activity's type, hours, date and reflection state drawn from the
    generator's stream; a survey row stays as it is (and draws nothing)."""
    if not CPD.match(text):
        return text
    day = _FIRST_DAY + timedelta(days=rng.randint(0, (_LAST_DAY - _FIRST_DAY).days))
    kind, hours, state = rng.choice(ACTIVITIES), rng.choice(HOURS), rng.choice(REFLECTIONS)
    return (f"{text} ¦ {kind} ¦ {hours:g} h ¦ {day.day:02d} {MONTHS[day.month - 1]} {day.year}"
            f" ¦ {state}")


# concept key -> HR spellings (the first is the CPD log's competence and activity; the other is
# a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # mine surveying and geomatics
    "traverse": (_c("B2", "mine survey traverses underground"),
                 "running traverses down the decline"),
    "settingout": (_c("B2", "setting out headings and raises"), "marking up the next round"),
    "scanning": (_c("B3", "laser scanning of underground voids"), "point clouds of the stopes"),
    "drone": (_c("B2", "UAV mapping of the quarry"), "flying the quarry drone"),
    "gnss": (_c("B2", "GNSS control and RTK survey"), "rtk base station on the hill"),
    "mineplans": (_c("A2", "statutory mine plans and GIS"), "drawing up the statutory plans"),
    "surveykit": (_c("B2", "survey instrument checks and calibration"),
                  "checking the total stations on the pillars"),
    # geology and geotechnics
    "corelog": (_c("B2", "geological logging of drill core"), "logging core trays"),
    "mapping": (_c("B3", "underground geological mapping"), "mapping the faces after each blast"),
    "coresample": (_c("B2", "core cutting and sampling for assay"), "cutting core for assay"),
    "modelling": (_c("A2", "3D geological and orebody modelling"), "building the orebody model"),
    "resource": (_c("A2", "mineral resource estimation"), "grade estimates for the orebody"),
    "geophys": (_c("B2", "near-surface geophysics"), "resistivity lines over the old shafts"),
    "rocktest": (_c("B3", "rock strength testing in the laboratory"),
                 "loading cores to failure"),
    "geomonitor": (_c("B3", "ground movement monitoring"), "reading the convergence pins"),
    "support": (_c("B2", "ground support installation"), "putting bolts in the back"),
    # mining: drilling, blasting and the test mine
    "drilling": (_c("B2", "face drilling with the jumbo"), "drilling a round"),
    "diamond": (_c("B2", "diamond drilling"), "on the diamond drill"),
    "shotfiring": (_c("E2", "shotfiring and blast design"), "firing the round"),
    "magazine": (_c("E2", "explosives storage and records"), "signing out detonators"),
    "vibration": (_c("B3", "blast vibration monitoring"), "seismographs at the houses"),
    "scaling": (_c("E2", "scaling and making safe"), "making the heading safe"),
    "loading": (_c("B2", "mucking with the underground loader"), "mucking out"),
    # ventilation, gas and mine rescue
    "ventsurvey": (_c("B3", "mine ventilation surveying"), "airflow readings in the returns"),
    "gas": (_c("E2", "gas monitoring underground"), "gas checks at the face"),
    "dust": (_c("E2", "dust and silica exposure monitoring"), "personal dust samples"),
    "fans": (_c("B2", "fan and ventilation duct upkeep"), "hanging vent duct"),
    "rescue": (_c("E2", "mine rescue brigade"), "rescue team practices"),
    "selfrescue": (_c("E2", "self-rescuer training and checks"), "self-rescuer donning drills"),
    "lamproom": (_c("E2", "lamp room and tally system"), "issuing cap lamps"),
    "induction": (_c("D2", "underground inductions"), "inducting visitors for underground"),
    # mine services and plant
    "winder": (_c("B2", "shaft winding"), "winder driver shifts"),
    "shaft": (_c("E2", "shaft and rope examination"), "shaft exam on mondays"),
    "pumps": (_c("B2", "mine dewatering"), "keeping the pumps going"),
    "compair": (_c("B2", "compressed air plant"), "air compressors at the portal"),
    "mineelec": (_c("B3", "underground electrical maintenance"), "flameproof electrics"),
    "minecomms": (_c("B2", "underground communications"), "leaky feeder repairs"),
    "plantfit": (_c("B2", "mobile plant maintenance"), "servicing the loaders"),
    "hydraulics": (_c("B2", "hydraulics maintenance"), "hose repairs on the jumbo"),
    "lifting": (_c("E2", "lifting and slinging"), "slinging and signalling at the shaft"),
    # mineral processing
    "crushing": (_c("B2", "crushing and screening"), "feeding the jaw crusher"),
    "grinding": (_c("B2", "grinding mill operation"), "running the rod mill"),
    "flotation": (_c("B3", "flotation testwork"), "float tests in the lab cells"),
    "gravity": (_c("B2", "gravity concentration"), "shaking table concentrates"),
    "magsep": (_c("B2", "magnetic separation of ores"), "running the magnetic separator"),
    "leaching": (_c("B3", "leaching and hydrometallurgy"), "agitated leach tests"),
    "sizing": (_c("B2", "particle sizing"), "wet sieving"),
    "pilotplant": (_c("B2", "pilot plant campaigns"), "night shift on the pilot plant"),
    "dewatering": (_c("B2", "thickening and filtration"), "running the filter press"),
    "reagents": (_c("E2", "flotation reagent handling"), "making up xanthate"),
    # assay and mineralogy
    "prep": (_c("B2", "sample crushing and pulverising"), "ring mill pots"),
    "fireassay": (_c("B3", "fire assay"), "pouring fire assays"),
    "xrf": (_c("B3", "XRF analysis"), "making fused beads"),
    "icp": (_c("B3", "ICP-OES and AAS analysis"), "icp runs for base metals"),
    "digests": (_c("B2", "acid digestion"), "four acid digests in the hot block"),
    "qaqc": (_c("B2", "assay quality control"), "checking the standards and blanks"),
    "lims": (_c("B2", "laboratory information management"), "lims entries"),
    "sections": (_c("B3", "polished and thin section preparation"),
                 "polishing blocks for ore micro"),
    "oremicro": (_c("B3", "ore microscopy"), "reflected light work on ores"),
    "automin": (_c("B3", "automated mineralogy"), "mla runs"),
    "xrd": (_c("B3", "XRD phase analysis of ores"), "xrd on the clays"),
    # mine environment and water
    "minewater": (_c("B2", "mine water monitoring"), "water samples from the adit"),
    "treatment": (_c("B3", "mine water treatment"), "clearing the ochre lagoon"),
    "tailings": (_c("B3", "tailings facility monitoring"), "walking the tailings dam"),
    "groundwater": (_c("B2", "groundwater monitoring"), "dipping the piezometers"),
    "envnoise": (_c("E3", "environmental noise and dust"), "dust deposition gauges"),
    "restoration": (_c("E3", "land restoration and revegetation"), "reseeding the spoil"),
    "permits": (_c("E3", "environmental permits"), "permit reports for the regulator"),
    # mine planning, computing and IT
    "minedesign": (_c("B2", "mine design software"), "designing stopes in deswik"),
    "scheduling": (_c("A2", "mine production scheduling"), "production schedules"),
    "geostats": (_c("A2", "geostatistics"), "variograms"),
    "python": (_c("B2", "Python programming"), "python scripts for the assay lab"),
    "itdesk": (_c("B2", "IT support"), "fixing student laptops"),
    "network": (_c("B2", "networks and wifi"), "wifi in the lecture block"),
    "licences": (_c("B2", "software licence management"), "flexlm licence server"),
    # workshops and electrics
    "welding": (_c("B2", "welding and fabrication"), "welding repairs on the buckets"),
    "machining": (_c("B2", "machining"), "turning bushes on the lathe"),
    "plc": (_c("B3", "PLC and instrumentation"), "plc changes on the pilot plant"),
    "electrics": (_c("B2", "electrical installation"), "rewiring the core shed"),
    "pat": (_c("E2", "portable appliance testing"), "pat testing the lab kit"),
    # teaching, outreach and industry
    "students": (_c("D2", "leading student groups underground"), "student groups in the mine"),
    "fieldcourse": (_c("D2", "field course support"), "field course kit"),
    "demo": (_c("D2", "demonstrating in practicals"), "demonstrating flotation practicals"),
    "teaching": (_c("D2", "teaching mining practicals"), "teaching the blasting module"),
    "outreach": (_c("D3", "public engagement and mine tours"), "mine tours for schools"),
    "apprentices": (_c("D2", "apprentice mentoring"), "signing off the apprentices' logbooks"),
    "shortcourse": (_c("D2", "industry short courses"), "short courses for quarry staff"),
    "industry": (_c("D3", "industry liaison"), "quarry company visits"),
    # estates and operations
    "estates": (_c("B2", "building maintenance"), "jobs round the campus"),
    "hvac": (_c("B2", "heating and ventilation of buildings"), "bath house heating"),
    "lev": (_c("E2", "LEV examination"), "testing the extraction in the prep lab"),
    "legionella": (_c("E2", "water hygiene"), "flushing the bath house showers"),
    "stores": (_c("B2", "stores and stock control"), "serving on the stores hatch"),
    "ppe": (_c("E2", "PPE and RPE issue"), "issuing boots and overalls"),
    "fleet": (_c("B2", "site vehicle driving"), "driving the pickup to the portal"),
    "security": (_c("B2", "site security and access"), "locking the portal gate"),
    "reception": (_c("D3", "reception and visitors"), "signing visitors in"),
    "media": (_c("D3", "communications and social media"), "posting mine photos online"),
    # safety and management
    "risk": (_c("E2", "risk assessment"), "risk assessments for the mine"),
    "firstaid": (_c("E2", "first aid at work"), "first aider at the portal"),
    "coshh": (_c("E2", "COSHH assessment"), "coshh for the assay lab"),
    "manual": (_c("E2", "manual handling"), "lifting sample bags"),
    "firesafe": (_c("E2", "fire safety"), "fire warden for the pilot hall"),
    "isolation": (_c("E2", "permits to work and isolation"), "isolating the crusher"),
    "radiation": (_c("E2", "radiation protection"), "rps for the density gauge"),
    "budget": (_c("C2", "budget management"), "budgets for the test mine"),
    "linemgmt": (_c("C3", "line management"), "managing the mine crew"),
    "recruit": (_c("C3", "recruitment"), "interviewing new techs"),
    "quality": (_c("C4", "quality management"), "iso audits for the lab"),
}

SURVEYING = "Mine Surveying and Geomatics"
GEOLOGY = "Geology and Geotechnics"
MINING = "Mining Engineering"
VENTILATION = "Ventilation and Mine Rescue"
SERVICES = "Mine Services and Plant"
PROCESSING = "Mineral Processing"
ASSAY = "Assay and Mineralogy"
ENVIRONMENT = "Mine Environment and Water"
PLANNING = "Mine Planning and Digital Services"
WORKSHOPS = "Workshops"
TEACHING = "Teaching, Outreach and Industry Training"
OPERATIONS = "Estates and Operations"

GROUPS = (
    Group("surveyors", 7, (SURVEYING,), ("Mine Surveyor", "Survey Technician",
                                         "Senior Mine Surveyor"),
          ("traverse", "settingout", "scanning", "surveykit", "mineplans", "gnss", "drone"),
          "Surveys the test mine and keeps its plans."),
    Group("geomatics", 3, (SURVEYING,), ("Geomatics Technician", "GIS Technician"),
          ("drone", "gnss", "scanning", "mineplans", "python"),
          "Flies the drones and keeps the geomatics kit and the GIS."),
    Group("geologists", 6, (GEOLOGY,), ("Mine Geologist", "Geology Technician"),
          ("mapping", "corelog", "coresample", "modelling", "resource", "geophys", "diamond"),
          "Maps the test mine and logs its drill core."),
    Group("coreshed", 3, (GEOLOGY,), ("Core Shed Technician", "Core Store Assistant"),
          ("coresample", "corelog", "manual", "prep"),
          "Runs the core store and cuts core for assay."),
    Group("geotech", 4, (GEOLOGY,), ("Geotechnical Technician", "Rock Mechanics Technician"),
          ("rocktest", "geomonitor", "support", "corelog"),
          "Tests rock and watches the ground move."),
    Group("miners", 9, (MINING,), ("Mine Technician", "Miner", "Underground Supervisor"),
          ("drilling", "scaling", "loading", "support", "shotfiring", "fans", "students"),
          "Drives the test mine's headings and keeps them safe."),
    Group("shotfirers", 3, (MINING,), ("Shotfirer", "Explosives Supervisor"),
          ("shotfiring", "magazine", "vibration", "drilling", "scaling"),
          "Designs and fires the blasts and keeps the magazine."),
    Group("drillers", 3, (MINING,), ("Drill Technician", "Diamond Driller"),
          ("diamond", "drilling", "hydraulics", "coresample"),
          "Runs the diamond drill and the jumbo."),
    Group("ventilation", 4, (VENTILATION,), ("Ventilation Officer", "Gas and Dust Technician"),
          ("ventsurvey", "gas", "dust", "fans", "selfrescue"),
          "Surveys the mine's air and watches its gas and dust."),
    Group("rescue", 4, (VENTILATION,), ("Mine Rescue Officer", "Rescue Station Technician"),
          ("rescue", "selfrescue", "gas", "firstaid", "induction"),
          "Trains the mine rescue brigade and keeps its sets."),
    Group("lamproom", 3, (VENTILATION,), ("Lamp Room Attendant", "Safety Technician"),
          ("lamproom", "selfrescue", "induction", "ppe"),
          "Issues the cap lamps and self-rescuers and keeps the tally."),
    Group("winders", 3, (SERVICES,), ("Winder Driver", "Shaftsman", "Banksman"),
          ("winder", "shaft", "lifting", "compair"),
          "Drives the winder and examines the shaft and its ropes."),
    Group("services", 5, (SERVICES,), ("Mine Services Fitter", "Pump Fitter"),
          ("pumps", "compair", "winder", "shaft", "hydraulics", "fans", "lifting"),
          "Keeps the pumps, the compressors and the services running."),
    Group("mineelec", 4, (SERVICES,), ("Mining Electrician", "Electrical Technician"),
          ("mineelec", "minecomms", "electrics", "pat", "isolation", "plc"),
          "Maintains the mine's flameproof electrics and its radios."),
    Group("plant", 5, (SERVICES,), ("Plant Fitter", "Mobile Plant Technician"),
          ("plantfit", "hydraulics", "loading", "welding", "fleet"),
          "Services the loaders, the jumbo and the site vehicles."),
    Group("processing", 8, (PROCESSING,), ("Mineral Processing Technician",
                                           "Process Technician", "Metallurgist"),
          ("flotation", "crushing", "grinding", "gravity", "sizing", "magsep", "reagents",
           "dewatering", "pilotplant", "automin"),
          "Runs the mineral processing testwork."),
    Group("pilot", 4, (PROCESSING,), ("Pilot Plant Operator", "Pilot Plant Supervisor"),
          ("pilotplant", "crushing", "grinding", "dewatering", "plc", "isolation"),
          "Runs the pilot plant's campaigns for industry."),
    Group("hydromet", 3, (PROCESSING,), ("Hydrometallurgist", "Leach Technician"),
          ("leaching", "reagents", "icp", "digests"),
          "Runs the leach and solvent extraction tests."),
    Group("prep", 5, (ASSAY,), ("Sample Preparation Technician", "Laboratory Assistant"),
          ("prep", "sizing", "lims", "lev", "manual"),
          "Crushes, splits and pulverises samples for the laboratories."),
    Group("assay", 5, (ASSAY,), ("Fire Assayer", "Assay Technician", "Senior Assayer"),
          ("fireassay", "qaqc", "lims", "prep", "coshh"),
          "Runs the fire assay furnaces."),
    Group("analytical", 5, (ASSAY,), ("Analytical Chemist", "Analytical Technician"),
          ("xrf", "icp", "xrd", "digests", "qaqc", "lims", "radiation", "quality"),
          "Runs the XRF and the ICP for the school and its clients."),
    Group("mineralogy", 3, (ASSAY,), ("Mineralogist", "Mineralogy Technician"),
          ("automin", "oremicro", "xrd", "sections"),
          "Runs the automated mineralogy and the ore microscopes."),
    Group("sections", 2, (ASSAY,), ("Thin Section Technician",),
          ("sections", "oremicro", "prep"),
          "Cuts and polishes sections and blocks."),
    Group("environment", 5, (ENVIRONMENT,), ("Environmental Technician",
                                            "Environmental Scientist"),
          ("minewater", "groundwater", "envnoise", "treatment", "restoration", "permits"),
          "Monitors the mine's water, noise and dust."),
    Group("tailings", 2, (ENVIRONMENT,), ("Tailings Engineer", "Tailings Technician"),
          ("tailings", "groundwater", "dewatering", "geomonitor"),
          "Watches the tailings dam and runs the tailings research."),
    Group("planning", 4, (PLANNING,), ("Mine Planning Engineer", "Mine Planning Technician"),
          ("minedesign", "scheduling", "geostats", "modelling", "resource", "licences"),
          "Designs and schedules the mine in the planning software."),
    Group("it", 5, (PLANNING,), ("IT Technician", "Systems Administrator"),
          ("itdesk", "network", "licences", "python", "minecomms"),
          "Keeps the school's computers, networks and licences going."),
    Group("workshop", 5, (WORKSHOPS,), ("Workshop Technician", "Fabricator Welder"),
          ("welding", "machining", "lifting", "pat"),
          "Makes and repairs steelwork and parts for the mine and the plant."),
    Group("instruments", 3, (WORKSHOPS,), ("Instrument Technician", "Control Engineer"),
          ("plc", "electrics", "pat", "python"),
          "Looks after the plant's PLCs and instruments."),
    Group("teaching", 6, (TEACHING,), ("Teaching Technician", "Teaching Fellow"),
          ("students", "demo", "teaching", "fieldcourse", "induction"),
          "Prepares and supports the practicals, field courses and underground visits."),
    Group("outreach", 3, (TEACHING,), ("Outreach Officer", "Heritage Guide"),
          ("outreach", "induction", "media", "students"),
          "Shows schools and the public round the mine."),
    Group("training", 3, (TEACHING,), ("Industry Trainer", "Apprenticeship Coordinator"),
          ("shortcourse", "apprentices", "industry", "induction"),
          "Runs the short courses for industry and the apprentices."),
    Group("estates", 6, (OPERATIONS,), ("Estates Technician", "Maintenance Electrician"),
          ("estates", "hvac", "legionella", "electrics", "lev", "firesafe"),
          "Maintains the school's buildings and bath house."),
    Group("stores", 3, (OPERATIONS,), ("Stores Officer", "Driver"),
          ("stores", "ppe", "fleet", "manual"),
          "Runs the mine stores and the site vehicles."),
    Group("frontdesk", 3, (OPERATIONS,), ("Receptionist", "Security Officer"),
          ("reception", "security"),
          "Welcomes visitors and keeps the site secure."),
    Group("comms", 2, (OPERATIONS,), ("Communications Officer", "Industry Liaison Officer"),
          ("media", "industry"),
          "Tells the school's stories and looks after its industry partners."),
    Group("safety", 2, (OPERATIONS,), ("Health and Safety Adviser",),
          ("risk", "firstaid", "coshh", "manual", "firesafe", "isolation"),
          "Advises on the risks of the mine, the plant and the laboratories."),
    Group("management", 4, (MINING, PROCESSING, ASSAY, OPERATIONS),
          ("Head of Department", "Technical Manager", "Mine Manager"),
          ("budget", "linemgmt", "recruit", "quality"),
          "Manages the departments, their budgets and their staff."),
)
SHARED = ("risk", "firstaid", "coshh", "manual", "induction", "selfrescue")

FACILITIES = (
    FacilitySpec("ASM-GTM", "Greyscar Test Mine", "mine", MINING,
                 "A decline, drives and stopes for teaching, trials and training; the test mine.",
                 ("drilling", "shotfiring", "scaling", "loading")),
    FacilitySpec("ASM-RES", "Greyscar Mine Rescue Station", "station", VENTILATION,
                 "Closed-circuit breathing apparatus, a smoke gallery and the brigade's store.",
                 ("rescue", "selfrescue")),
    FacilitySpec("ASM-LMP", "Greyscar Lamp Room", "store", VENTILATION,
                 "Cap lamps, self-rescuers, gas detectors and the tally board.",
                 ("lamproom", "selfrescue")),
    FacilitySpec("ASM-VEN", "Allenhope Ventilation Laboratory", "laboratory", VENTILATION,
                 "A fan test rig, ducting and airflow instruments; the vent lab.",
                 ("ventsurvey", "fans", "gas")),
    FacilitySpec("ASM-MAG", "Greyscar Explosives Magazine", "store", MINING,
                 "Licensed explosives and detonator stores; the mag.",
                 ("magazine", "shotfiring")),
    FacilitySpec("ASM-QRY", "Allenhope Training Quarry", "quarry", MINING,
                 "Limestone benches for drilling and blasting practice.",
                 ("vibration", "shotfiring", "envnoise")),
    FacilitySpec("ASM-WND", "Greyscar Winding House", "plant", SERVICES,
                 "The No. 2 shaft's winder, headframe and cage.",
                 ("winder", "shaft", "lifting")),
    FacilitySpec("ASM-PMP", "Greyscar Pump Station", "plant", SERVICES,
                 "Main dewatering pumps and the compressor house.", ("pumps", "compair")),
    FacilitySpec("ASM-UPW", "Underground Plant Workshop", "workshop", SERVICES,
                 "Loaders, the drill jumbo and utility vehicles serviced underground.",
                 ("plantfit", "hydraulics")),
    FacilitySpec("ASM-ELW", "Mine Electrical Workshop", "workshop", SERVICES,
                 "Flameproof switchgear, cables and the leaky feeder radio system.",
                 ("mineelec", "minecomms", "electrics")),
    FacilitySpec("ASM-SUR", "Survey Instrument Store", "store", SURVEYING,
                 "Total stations, levels, a gyro and the calibration pillars.",
                 ("surveykit", "traverse")),
    FacilitySpec("ASM-GEM", "Allenhope Geomatics Laboratory", "laboratory", SURVEYING,
                 "Laser scanners, drones, GNSS receivers and the mine plans.",
                 ("scanning", "drone", "gnss", "mineplans")),
    FacilitySpec("ASM-COR", "Allenhope Core Store", "store", GEOLOGY,
                 "Forty thousand metres of core, logging benches and core saws; the core shed.",
                 ("corelog", "coresample")),
    FacilitySpec("ASM-RML", "Allenhope Rock Mechanics Laboratory", "laboratory", GEOLOGY,
                 "A servo-controlled rock press, triaxial cells and a shear box.",
                 ("rocktest",)),
    FacilitySpec("ASM-GMC", "Geotechnical Monitoring Centre", "office", GEOLOGY,
                 "Extensometers, convergence stations and the ground support trials.",
                 ("geomonitor", "support")),
    FacilitySpec("ASM-DRL", "Allenhope Drilling Centre", "workshop", MINING,
                 "Diamond core rigs and the drill yard.", ("diamond",)),
    FacilitySpec("ASM-GPS", "Geophysics Equipment Store", "store", GEOLOGY,
                 "Magnetometers, resistivity kit and ground radar.", ("geophys",)),
    FacilitySpec("ASM-CRH", "Allenhope Crushing Hall", "plant", PROCESSING,
                 "Jaw, cone and roll crushers, screens and mills.", ("crushing", "grinding")),
    FacilitySpec("ASM-PPH", "Allenhope Pilot Hall", "plant", PROCESSING,
                 "A continuous pilot plant for industry campaigns; the pilot plant.",
                 ("pilotplant", "dewatering", "flotation")),
    FacilitySpec("ASM-FLT", "Flotation Laboratory", "laboratory", PROCESSING,
                 "Bench flotation cells and the reagent store.", ("flotation", "reagents")),
    FacilitySpec("ASM-GMS", "Gravity and Magnetic Separation Laboratory", "laboratory",
                 PROCESSING, "Shaking tables, spirals, jigs and magnetic separators.",
                 ("gravity", "magsep")),
    FacilitySpec("ASM-HYD", "Allenhope Hydrometallurgy Laboratory", "laboratory", PROCESSING,
                 "Bottle rolls, agitated leach reactors and solvent extraction.",
                 ("leaching",)),
    FacilitySpec("ASM-PSZ", "Particle Sizing Laboratory", "laboratory", PROCESSING,
                 "Sieve shakers and laser diffraction sizers.", ("sizing",)),
    FacilitySpec("ASM-PRP", "Allenhope Sample Preparation Laboratory", "laboratory", ASSAY,
                 "Jaw crushers, riffle splitters and ring mills; the prep lab.", ("prep",)),
    FacilitySpec("ASM-FAL", "Allenhope Fire Assay Laboratory", "laboratory", ASSAY,
                 "Crucible and cupellation furnaces for gold and silver.", ("fireassay",)),
    FacilitySpec("ASM-ANL", "Allenhope Analytical Laboratory", "laboratory", ASSAY,
                 "Fused-bead XRF, ICP-OES and AAS for the school and its clients.",
                 ("xrf", "icp", "digests", "qaqc")),
    FacilitySpec("ASM-MIN", "Allenhope Mineralogy Suite", "laboratory", ASSAY,
                 "Automated mineralogy, XRD and ore microscopes.", ("automin", "xrd", "oremicro")),
    FacilitySpec("ASM-SEC", "Section Preparation Laboratory", "laboratory", ASSAY,
                 "Polished blocks and thin sections of ores and rocks.", ("sections",)),
    FacilitySpec("ASM-WAT", "Mine Water Laboratory", "laboratory", ENVIRONMENT,
                 "Field meters, samplers and loggers for the mine's waters.",
                 ("minewater", "groundwater")),
    FacilitySpec("ASM-WET", "Greyscar Treatment Wetlands", "site", ENVIRONMENT,
                 "Settlement lagoons and reed beds for the mine's water; the wetlands.",
                 ("treatment",)),
    FacilitySpec("ASM-TSF", "Tailings Research Facility", "site", ENVIRONMENT,
                 "Tailings columns, settling tests and a pilot dam.", ("tailings",)),
    FacilitySpec("ASM-PLN", "Mine Planning Laboratory", "computing", PLANNING,
                 "Forty workstations with mine design and geostatistics licences.",
                 ("minedesign", "scheduling", "geostats", "licences")),
    FacilitySpec("ASM-FAB", "Allenhope Fabrication Workshop", "workshop", WORKSHOPS,
                 "Welding bays, plasma cutting, lathes and mills.", ("welding", "machining")),
    FacilitySpec("ASM-INS", "Instrumentation Workshop", "workshop", WORKSHOPS,
                 "PLCs, instruments and control panels for the plant.", ("plc",)),
    FacilitySpec("ASM-FLD", "Field Course Store", "store", TEACHING,
                 "Compasses, hand lenses, hard hats and field vehicles for the field courses.",
                 ("fieldcourse",)),
    FacilitySpec("ASM-HER", "Greyscar Heritage and Visitor Centre", "museum", TEACHING,
                 "Mine tours, the miners' exhibition and school visits.", ("outreach",)),
    FacilitySpec("ASM-ITC", "Industry Training Centre", "teaching", TEACHING,
                 "Short courses for the quarrying and mining industry and the apprentices.",
                 ("shortcourse", "apprentices")),
    FacilitySpec("ASM-DIG", "Allenhope Digital Services", "computing", PLANNING,
                 "The service desk, the networks and the licence servers.",
                 ("itdesk", "network")),
    FacilitySpec("ASM-EST", "Allenhope Estates", "workshop", OPERATIONS,
                 "Building maintenance, heating and water hygiene, with the bath house.",
                 ("estates", "hvac", "legionella")),
    FacilitySpec("ASM-STR", "Greyscar Mine Stores", "store", OPERATIONS,
                 "Consumables, PPE, steel and drill steels for the mine.", ("stores", "ppe")),
)

GIVEN = """Kitto Jenifry Peder Mwansa Chilufya Mutale Bwalya Nkandu Mulenga Chisanga Kabwe
Yupanqui Killari Sumaq Qori Teodozja Pengelly Tresa Gerens Ebrel Zhanar Nurlan Dinara Bolat
Mwila-Grace Inti-Pacha Ma-Kerensa Przemko Mwenya Luyando Chabala Mapalo Twaambo Lubasi Namakau
Inonge Urpi Ch'aska Tupaq Kusi Waman Zbigniewa Jarosława Tadeusz-Jan Gwenifer Jowan Steren
Bersaba Tegen Ysella Zhansaya Akbota Saule Yerbol Aruzhan Dauren""".split()
FAMILY = """Trewhella Tremayne-Pascoe Rowe-Trevail Mwamba Chanda-Mulenga Banda-Phiri Musonda
Kapwepwe-Lungu Quispe-Mamani Apaza Ccori-Huamán Mamani-Condori Kowalczyk-Nowicki
Wróblewska-Kołodziej Grabowski-Szulc Trezise Curnow-Angove Zhakupov Nurmagambetova-Seitkali
Tuleuov-Dzhaksybekov Kasonde Chilufya-Bwalya Yucra Pengilly-Hocking Trevaskis Carveth
Rosewarne-Hosken Sichilongo Huarachi-Condori Ttito Przybylski-Wąs Temirkhanov""".split()
FAMILY += ["Ó Ceallacháin-Trewhella", "van Zyl-Mwamba", "Mac an tSaoir-Curnow", "D'Arcy-Penrose"]

ALLENHOPE = Site("Allenhope School of Mines (Greyscar Test Mine)", "ASM",
                 "allenhope-mines.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                 own=_own)
