"""Marlbridge University's Furnace Lane Technical Faculty: a nineteenth fictitious institution, for
``heldout21``.

Marlbridge University is a fictitious dual-sector English university -- a further education
college and a university under one charter, teaching apprentices, T-level and diploma learners
beside foundation degree, HNC/HND and degree students -- and this is its technical faculty on the
Furnace Lane campus, where its trades, engineering and service-industry teaching lives.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school nor a library,
museums and research computing division, but a dual-sector (further and higher education)
university's technical faculty (1,200 technicians, instructors, demonstrators, assessors and
workshop supervisors in the directory: motor vehicle and motorsport technicians, dyno cell and
composites technicians, licensed aircraft engineers and avionics instructors, electricians,
plumbing and gas instructors, carpenters, joiners, bricklayers and plasterers, welders and
fabricators, CNC setters and metrologists, renewables and EV instructors, chefs and pastry
lecturers, restaurant and bar supervisors, hairdressers, barbers and beauty therapists, gym
instructors, coaches and pool plant operators, assessors and IQAs), unlike the institutions
before it (Northgate, Tarnside, Calderbridge, Inverallan, Harbourne, Caerwern, Ashcombe,
Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's Ardcraig,
Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate, Wenlowe's Coldharbour). The School
of Automotive and Motorsport has a light vehicle workshop, an MOT bay, a body and paint shop, the
engine test cells, a chassis dyno bay, a motorsport data laboratory, a composites laboratory and
the race car build bay; the Aviation Skills Centre has the teaching hangar, an aero engine bay,
an avionics laboratory, an NDT room and a part 147 training office; the School of Construction
and Building Services has the electrical installation workshop, an inspection and testing
laboratory, a plumbing workshop, a gas training centre, a carpentry and joinery workshop, a wood
machine shop, the bricklaying hall, a plastering and tiling workshop and a painting and
decorating workshop; the School of Engineering has a welding and fabrication workshop, a sheet
metal shop, a CNC machining centre, a conventional machine shop and a metrology room; the Low
Carbon Skills Centre has the solar training roof, a heat pump laboratory and the EV training
workshop; the School of Culinary Arts, Hospitality, Hair and Beauty has the professional
kitchens, a pastry and bakery kitchen, the training restaurant and its bar and coffee shop, a
commercial hair salon, a barbershop and a beauty and spa suite; Sport and Fitness has the
fitness suite, a sport and exercise testing laboratory, the swimming pool and a sports therapy
clinic; the faculty's Apprenticeship Hub runs assessment and quality assurance.

Its HR system knows a person's skills from the faculty's apprenticeship and assessor
competence tracker, the e-portfolio in which every instructor and technician is tracked
against the apprenticeship standard of the trade they teach, as its apprentices are: the export
writes each skill as one line of the tracker, "<standard> <KSB> <skill> (<method>) <progress>%[
IQA]". The standard is the apprenticeship standard's reference (ST0183 motor vehicle, ST0427
motorsport, ST0224 aircraft maintenance, ST0516 avionics, ST0152 installation electrician, ST0303
plumbing and domestic heating, ST0264 carpentry and joinery, ST0095 bricklaying, ST0851 welding,
ST0601 machining, ST0688 metrology, ST0735 low carbon heating and renewables, ST0917 electric
vehicles, ST0228 professional chef, ST0471 hospitality, ST0212 hair and beauty, ST0338 fitness
and sport, ST0941 safety and ST0149 learning, skills and assessment), the KSB which knowledge
(K), skill (S) or behaviour (B) statement of it the line evidences (K1 to B24); after the skill
come, in brackets, how it was evidenced (OBS observation, PD professional discussion, WP work
product, SIM simulation, EW expert witness, or two of them joined by "+"), the progress
recorded against it (25, 50, 75 or 100 per cent) and, on about a third of the lines, "IQA" where
an internal quality assurer sampled it. The skill sits between the KSB and the bracket; all of
the fields follow from the text, so the generator stays deterministic, and they can sit oddly
beside a person's level (the bundle's level column), as such exports do: "ST0303 K22 Setting up
and commissioning wet central heating (WP) 50% IQA", "ST0851 S13 Tungsten inert gas welding of
thin stainless (OBS+QA) 50%" (no sample). Beside those, rows the staff typed into the
skills survey are their own: lower-case, trade slang and kit names ("setting corner weights",
"clipper fades"). Some are written as no technician taxonomy is likely to write them (brew-ups
on the rolling road, pork pie plastering). Facilities have names, aliases (in the name or the
description) and role holders. Concept keys are the evaluation's own, not the taxonomy's ids
(written after the names were labelled, so by someone who had read ``taxonomies/skills.csv``,
never the matcher or the engine). Generated by the same deterministic generator as Northgate
(``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["FURNACE_LANE", "METHODS", "PEOPLE", "PROGRESS", "SEED", "STANDARDS", "TRACKER"]

PEOPLE, SEED = 1200, 21383     # tests.heldout.institution.generate(PEOPLE, SEED, FURNACE_LANE)
STANDARDS = ("ST0183", "ST0427", "ST0224", "ST0516", "ST0152", "ST0303", "ST0264", "ST0095",
             "ST0851", "ST0601", "ST0688", "ST0735", "ST0917", "ST0228", "ST0471", "ST0212",
             "ST0338", "ST0941", "ST0149")
METHODS = ("OBS", "PD", "WP", "OBS+PD", "OBS+QA", "SIM", "EW", "WP+PD")
PROGRESS = ("25", "50", "75", "100")
# a line of the apprenticeship and assessor competence tracker as the HR system exports it: the
# standard, the knowledge, skill or behaviour statement, the skill, how it was evidenced, the
# progress and (not always) the internal quality assurer's sample
TRACKER = re.compile(r"^(" + "|".join(STANDARDS) + r") ([KSB])(\d{1,2}) \S.*\S \(("
                     + "|".join(re.escape(m) for m in METHODS) + r")\) ("
                     + "|".join(PROGRESS) + r")%( IQA)?$")


def _t(standard: str) -> Callable[[str], str]:
    """The tracker export's writer for one apprenticeship standard: the KSB statement, the skill,
    the evidence method, the progress and the IQA sample (or none), all following from the
    text."""
    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        iqa = " IQA" if (n + s // 11) % 3 == 0 else ""
        return (f"{standard} {'KSSKSSKSSB'[s % 10]}{1 + (s // 7) % 24} {text} "
                f"({METHODS[(s // 3) % 8]}) {PROGRESS[(s // 5) % 4]}%{iqa}")
    return line


(MV, MSP, ACM, AVI, ELE, PLG, CAR, BRK, WLD, MCH, MET, REN, EVT, CHF, HOS, HAB, FIT, SAF,
 LSA) = (_t(c) for c in STANDARDS)

# concept key -> HR spellings (the first is the tracker export's line; the other is a row the
# staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # light vehicle
    "service": (MV("Carrying out periodic vehicle servicing"), "major and minor services"),
    "engdiag": (MV("Diagnosing engine management faults"), "fault codes and freeze frame"),
    "brakes": (MV("Overhauling hydraulic braking systems"), "calipers and handbrake cables"),
    "steering": (MV("Steering and suspension geometry adjustment"), "setting the tracking"),
    "tyres": (MV("Removing, refitting and balancing wheels and tyres"), "tyre bay"),
    "transmission": (MV("Transmission and driveline repair"), "swapping clutches"),
    "vehelec": (MV("Testing vehicle electrical and electronic circuits"),
                "chasing electrical gremlins"),
    "aircon": (MV("Servicing mobile air conditioning systems"), "aircon regas"),
    "mot": (MV("Testing vehicles to the MOT inspection manual"), "mot bay"),
    "bodywork": (MV("Repairing and replacing damaged body panels"), "pulling dents"),
    "refinish": (MV("Preparing and refinishing vehicle paintwork"),
                 "spraying bumpers in the booth"),
    "adas": (MV("Recalibrating advanced driver assistance systems"), "adas targets"),
    # motorsport
    "enginedyno": (MSP("Running engines on the test cell dynamometer"), "dyno runs"),
    "chassisdyno": (MSP("Chassis dynamometer testing of vehicles"),
                    "brew-ups on the rolling road"),
    "datalog": (MSP("Logging and analysing vehicle data"), "motec i2 overlays"),
    "composites": (MSP("Laminating carbon fibre composite components"), "bagging carbon parts"),
    "setup": (MSP("Setting up competition cars"), "setting corner weights"),
    "enginebuild": (MSP("Building and blueprinting race engines"), "engine builds"),
    "loom": (MSP("Making motorsport wiring harnesses"), "building looms"),
    # aviation
    "airframe": (ACM("Repairing airframe structures"), "riveting skin patches"),
    "turbine": (ACM("Maintaining gas turbine aero engines"), "aero engine bay"),
    "borescope": (ACM("Borescoping turbine engines"), "scoping engines"),
    "ndt": (ACM("Non-destructive inspection of aircraft components"), "dye pen on the bench"),
    "lockwire": (ACM("Torque tightening and wire locking"), "lockwiring"),
    "aircrafthyd": (ACM("Servicing aircraft hydraulic systems and undercarriage"),
                    "gear swings on the hawk"),
    "maintrecords": (ACM("Certifying aircraft maintenance documentation"), "signing task cards"),
    "avionics": (AVI("Testing and replacing avionic units"), "avionics rigs"),
    "aircraftwiring": (AVI("Repairing aircraft wiring and connectors"), "aircraft crimping"),
    "pitot": (AVI("Leak checking pitot-static systems"), "pitot static checks"),
    # electrical installation
    "install": (ELE("Installing wiring systems in buildings"), "wiring bays"),
    "inspecttest": (ELE("Inspecting and testing electrical installations"), "eicrs"),
    "faultfind": (ELE("Locating faults in electrical circuits"), "fault boards"),
    "pat": (ELE("Testing portable electrical appliances"), "pat testing the kettles"),
    "containment": (ELE("Installing conduit, trunking and tray"), "conduit bending"),
    "motorcontrol": (ELE("Wiring motor starters and control circuits"), "dol and star delta"),
    "firealarm": (ELE("Installing fire detection and emergency lighting"), "fire panels"),
    "datacabling": (ELE("Installing and testing data cabling"), "cat6 terminations"),
    "charging": (ELE("Installing electric vehicle charging points"), "ev charger installs"),
    # plumbing and gas
    "pipework": (PLG("Jointing copper and plastic pipework"), "soldering and pushfit"),
    "heating": (PLG("Setting up and commissioning wet central heating"), "boiler and rads"),
    "gas": (PLG("Servicing and safety checking gas appliances"), "gas rigs"),
    "unvented": (PLG("Fitting unvented hot water cylinders"), "unvented"),
    "sanitary": (PLG("Installing baths, basins and WCs"), "bathroom installs"),
    # carpentry and joinery
    "sitecarp": (CAR("Carrying out site carpentry"), "hanging doors and skirting"),
    "joinery": (CAR("Making joinery items on the bench"), "bench joinery"),
    "stairs": (CAR("Setting out and making stairs"), "stair strings"),
    "roofing": (CAR("Constructing timber roofs"), "roof carpentry"),
    "woodmach": (CAR("Operating woodworking machines safely"), "wood machine shop"),
    # bricklaying and finishes
    "brickwork": (BRK("Laying bricks and blocks to line"), "cavity wall builds"),
    "featurebrick": (BRK("Building arches and decorative brickwork"), "feature brickwork"),
    "plastering": (BRK("Applying plaster and render to walls"), "pork pie plastering"),
    "tiling": (BRK("Tiling walls and floors"), "tiling bays"),
    "decorating": (BRK("Painting and papering walls"), "hanging wallpaper"),
    "drylining": (BRK("Installing drylining systems"), "boarding and taping"),
    # welding and fabrication
    "mig": (WLD("Metal inert gas welding of steel"), "mig booths"),
    "tig": (WLD("Tungsten inert gas welding of thin stainless"), "tig on thin ali"),
    "mma": (WLD("Manual metal arc welding"), "stick welding plate"),
    "oxyfuel": (WLD("Oxy-fuel gas welding and cutting"), "gas axe"),
    "brazing": (WLD("Brazing and silver soldering joints"), "silver soldering fittings"),
    "plasma": (WLD("Plasma arc cutting"), "plasma table"),
    "weldinspect": (WLD("Testing and inspecting welded joints"), "nick break tests"),
    "sheetmetal": (WLD("Fabricating sheet metal parts"), "folding and rolling sheet"),
    # machining and metrology
    "cncmill": (MCH("Setting and running CNC milling machines"), "haas mills"),
    "cncturn": (MCH("Setting and running CNC lathes"), "haas lathes"),
    "manuallathe": (MCH("Turning on a centre lathe"), "centre lathe work"),
    "manualmill": (MCH("Conventional milling"), "bridgeports"),
    "cam": (MCH("Producing CNC programs with CAM software"), "fusion cam"),
    "grinding": (MCH("Precision surface and cylindrical grinding"), "surface grinders"),
    "edm": (MCH("Wire and spark erosion"), "wire eroder"),
    "cmm": (MET("Inspecting parts on a coordinate measuring machine"), "cmm programs"),
    "handmeasure": (MET("Measuring with hand-held precision instruments"), "mics and dti"),
    "roughness": (MET("Measuring surface finish"), "surface roughness checks"),
    "drawings": (MET("Reading engineering drawings and tolerances"), "reading prints"),
    "gaugecal": (MET("Calibrating gauges and measuring equipment"), "gauge calibration records"),
    # low carbon and EV
    "solarpv": (REN("Installing and commissioning solar PV systems"), "pv on the training roof"),
    "solarthermal": (REN("Installing solar thermal collectors"), "solar thermal rig"),
    "heatpump": (REN("Installing and commissioning heat pumps"), "air source installs"),
    "wind": (REN("Maintaining small wind turbines"), "small wind"),
    "battery": (REN("Installing home battery storage"), "home battery installs"),
    "biomass": (REN("Servicing biomass boilers"), "pellet boiler servicing"),
    "hvsafety": (EVT("Working safely on high-voltage vehicle systems"), "ev isolation"),
    "hvbattery": (EVT("Repairing high-voltage traction batteries"), "ev battery modules"),
    "hybriddiag": (EVT("Diagnosing hybrid and electric vehicle faults"), "hybrid diagnostics"),
    # culinary arts
    "knife": (CHF("Using knives and preparing vegetables"), "veg cuts"),
    "butchery": (CHF("Preparing meat, poultry and fish"), "fish and meat prep"),
    "pastry": (CHF("Producing pastry, bread and desserts"), "pastry section"),
    "sauces": (CHF("Making stocks, sauces and soups"), "sauce section"),
    "foodsafety": (CHF("Managing food safety and allergens"), "haccp logs"),
    "menu": (CHF("Planning and costing menus"), "menu costings"),
    "combi": (CHF("Cooking with combination ovens and sous vide"), "combi oven programs"),
    # hospitality
    "foh": (HOS("Serving food and drink at table"), "restaurant service"),
    "barista": (HOS("Preparing espresso-based drinks"), "coffee shop"),
    "bar": (HOS("Running a bar and cellar"), "cellar and bar"),
    "wine": (HOS("Recommending and serving wines"), "wine service"),
    "events": (HOS("Setting up and serving banquets and events"), "banqueting setups"),
    # hair and beauty
    "cutting": (HAB("Cutting and restyling hair"), "precision cutting"),
    "colour": (HAB("Colouring and lightening hair"), "colour and foils"),
    "barbering": (HAB("Barbering and shaving"), "clipper fades"),
    "styling": (HAB("Styling and dressing hair"), "hair up"),
    "nails": (HAB("Applying nail enhancements"), "gel and acrylic nails"),
    "facials": (HAB("Carrying out facial treatments"), "facial treatments"),
    "waxing": (HAB("Waxing and threading"), "waxing and brows"),
    "massage": (HAB("Providing body massage"), "body massage"),
    "makeup": (HAB("Applying make-up for special occasions"), "occasion make up"),
    "lashes": (HAB("Applying lash extensions"), "lash lifts and extensions"),
    # sport and fitness
    "gym": (FIT("Instructing in the gym"), "gym floor"),
    "pt": (FIT("Training personal clients"), "pt sessions"),
    "fitnesstest": (FIT("Testing fitness and body composition"), "fitness testing lab"),
    "sportsmassage": (FIT("Giving sports massage"), "sports therapy clinic"),
    "sandc": (FIT("Coaching strength and conditioning"), "s and c sessions"),
    "pool": (FIT("Operating swimming pool plant"), "pool chemicals"),
    "lifeguard": (FIT("Lifeguarding the pool"), "pool lifeguard"),
    "coaching": (FIT("Coaching team sports"), "coaching the college teams"),
    "exref": (FIT("Delivering exercise referral"), "referral clients"),
    # safety
    "risk": (SAF("Assessing risks in the workshop"), "workshop risk assessments"),
    "coshh": (SAF("Assessing hazardous substances"), "coshh sheets for the paint shop"),
    "lifting": (SAF("Inspecting lifting equipment"), "vehicle lift checks"),
    "abrasive": (SAF("Mounting abrasive wheels"), "grinding wheel changes"),
    "asbestos": (SAF("Recognising asbestos"), "asbestos awareness training"),
    "height": (SAF("Working safely at height"), "tower scaffolds"),
    "lev": (SAF("Checking local exhaust ventilation"), "weld fume extraction checks"),
    "firstaid": (SAF("Giving first aid"), "first aid cover at the pool"),
    "fire": (SAF("Acting as fire warden"), "fire marshal for the block"),
    "forklift": (SAF("Driving forklift trucks"), "driving the forklift in the yard"),
    # learning, skills and assessment
    "assessing": (LSA("Assessing apprentices against the standard"), "assessing apprentices"),
    "iqa": (LSA("Quality assuring assessment decisions"), "iqa sampling"),
    "teaching": (LSA("Teaching practical sessions to learners"), "teaching the practical sessions"),
    "epa": (LSA("Getting apprentices ready for end-point assessment"), "epa readiness"),
    "supervision": (LSA("Supervising learners in the workshop"), "supervising the workshop floor"),
    "mentoring": (LSA("Mentoring apprentices in the workplace"), "apprentice mentor"),
    "stores": (LSA("Running the workshop stores"), "running the stores hatch"),
    "linemgmt": (LSA("Line managing staff"), "managing the instructors"),
    "safeguarding": (LSA("Safeguarding learners"), "safeguarding young learners"),
}

AUTO = "School of Automotive and Motorsport"
AVIATION = "Aviation Skills Centre"
CONSTRUCTION = "School of Construction and Building Services"
ENGINEERING = "School of Engineering"
LOWCARBON = "Low Carbon Skills Centre"
SERVICE = "School of Culinary Arts, Hospitality, Hair and Beauty"
SPORT = "Sport and Fitness"
HUB = "Apprenticeship Hub"

GROUPS = (
    Group("motor", 10, (AUTO,), ("Motor Vehicle Instructor", "Automotive Technician",
                                 "Light Vehicle Workshop Supervisor"),
          ("service", "engdiag", "brakes", "steering", "tyres", "transmission", "vehelec", "mot",
           "aircon", "adas"),
          "Teaches light vehicle maintenance in the workshop."),
    Group("body", 3, (AUTO,), ("Body Repair Instructor", "Vehicle Refinishing Technician"),
          ("bodywork", "refinish", "adas"), "Runs the body and paint shop."),
    Group("motorsport", 6, (AUTO,), ("Motorsport Technician", "Dyno Cell Technician",
                                     "Race Engineer (Technical)"),
          ("enginedyno", "chassisdyno", "datalog", "setup", "enginebuild", "loom"),
          "Runs the engine cells and the race car build bay."),
    Group("composites", 2, (AUTO, ENGINEERING), ("Composites Technician",
                                                 "Composites Laboratory Supervisor"),
          ("composites", "setup"), "Makes and teaches carbon composite parts."),
    Group("aircraft", 7, (AVIATION,), ("Aircraft Maintenance Instructor",
                                       "Licensed Aircraft Engineer (Instructor)",
                                       "Hangar Technician"),
          ("airframe", "turbine", "borescope", "lockwire", "aircrafthyd", "maintrecords", "ndt"),
          "Teaches aircraft maintenance in the hangar."),
    Group("avionics", 3, (AVIATION,), ("Avionics Instructor", "Avionics Technician"),
          ("avionics", "aircraftwiring", "pitot", "maintrecords"),
          "Teaches avionics and aircraft electrical systems."),
    Group("ndt", 2, (AVIATION, ENGINEERING), ("NDT Technician", "Inspection Instructor"),
          ("ndt", "borescope", "weldinspect"), "Runs the NDT room."),
    Group("electrical", 9, (CONSTRUCTION,), ("Electrical Installation Instructor",
                                             "Electrical Technician", "Electrical Assessor"),
          ("install", "inspecttest", "faultfind", "containment", "motorcontrol", "pat",
           "firealarm", "datacabling", "charging"),
          "Teaches electrical installation and testing."),
    Group("plumbing", 6, (CONSTRUCTION,), ("Plumbing Instructor", "Gas Instructor",
                                           "Plumbing and Heating Technician"),
          ("pipework", "heating", "gas", "unvented", "sanitary", "heatpump"),
          "Teaches plumbing, heating and gas."),
    Group("carpentry", 6, (CONSTRUCTION,), ("Carpentry and Joinery Instructor",
                                            "Wood Machinist", "Joinery Workshop Technician"),
          ("sitecarp", "joinery", "stairs", "roofing", "woodmach"),
          "Teaches carpentry and joinery."),
    Group("brick", 5, (CONSTRUCTION,), ("Bricklaying Instructor", "Construction Crafts Technician"),
          ("brickwork", "featurebrick", "plastering", "tiling"), "Teaches bricklaying."),
    Group("finishes", 4, (CONSTRUCTION,), ("Plastering Instructor",
                                           "Painting and Decorating Instructor"),
          ("plastering", "tiling", "decorating", "drylining"),
          "Teaches plastering, tiling and decorating."),
    Group("welding", 7, (ENGINEERING,), ("Welding Instructor", "Fabrication Technician",
                                         "Welding Workshop Supervisor"),
          ("mig", "tig", "mma", "oxyfuel", "brazing", "plasma", "weldinspect", "sheetmetal"),
          "Teaches welding and fabrication."),
    Group("machining", 6, (ENGINEERING,), ("CNC Technician", "Machine Shop Instructor",
                                           "CNC Setter Operator"),
          ("cncmill", "cncturn", "cam", "manuallathe", "manualmill", "grinding", "edm"),
          "Runs the CNC centre and the conventional machine shop."),
    Group("metrology", 2, (ENGINEERING,), ("Metrology Technician", "Quality Inspector (Technical)"),
          ("cmm", "handmeasure", "roughness", "drawings", "gaugecal"), "Runs the metrology room."),
    Group("renewables", 4, (LOWCARBON,), ("Renewable Energy Instructor", "Low Carbon Technician"),
          ("solarpv", "heatpump", "solarthermal", "battery", "wind", "biomass"),
          "Teaches solar, heat pumps and battery storage."),
    Group("ev", 3, (LOWCARBON, AUTO), ("EV Instructor", "Electric Vehicle Technician"),
          ("hvsafety", "hvbattery", "hybriddiag", "charging"),
          "Teaches electric and hybrid vehicle work."),
    Group("chefs", 8, (SERVICE,), ("Chef Lecturer", "Kitchen Technician", "Pastry Chef Instructor"),
          ("knife", "butchery", "sauces", "pastry", "foodsafety", "menu", "combi"),
          "Teaches professional cookery in the kitchens."),
    Group("hospitality", 4, (SERVICE,), ("Restaurant Supervisor", "Hospitality Instructor",
                                         "Bar Supervisor"),
          ("foh", "barista", "bar", "wine", "events", "foodsafety"),
          "Runs the training restaurant and its bar."),
    Group("hair", 7, (SERVICE,), ("Hairdressing Lecturer", "Salon Supervisor",
                                  "Barbering Instructor"),
          ("cutting", "colour", "styling", "barbering"), "Teaches hairdressing and barbering."),
    Group("beauty", 5, (SERVICE,), ("Beauty Therapy Lecturer", "Spa Therapist (Instructor)"),
          ("facials", "waxing", "nails", "massage", "makeup", "lashes"),
          "Teaches beauty therapy in the spa suite."),
    Group("fitness", 6, (SPORT,), ("Fitness Instructor", "Sport Technician", "Sports Coach"),
          ("gym", "pt", "sandc", "fitnesstest", "coaching", "exref", "sportsmassage"),
          "Runs the fitness suite and teaches sport."),
    Group("pool", 2, (SPORT,), ("Pool Plant Operator", "Leisure Supervisor"),
          ("pool", "lifeguard", "firstaid"), "Runs the swimming pool."),
    Group("assessors", 5, (HUB,), ("Apprenticeship Assessor", "Internal Quality Assurer",
                                   "Skills Coach"),
          ("assessing", "iqa", "epa", "mentoring", "safeguarding"),
          "Assesses apprentices and quality assures the assessors."),
    Group("safety", 2, (HUB, ENGINEERING), ("Technical Safety Officer", "Workshop Safety Adviser"),
          ("risk", "coshh", "lifting", "abrasive", "lev", "height", "asbestos", "forklift"),
          "Advises on safety in the workshops."),
    Group("management", 4, (AUTO, AVIATION, CONSTRUCTION, ENGINEERING, LOWCARBON, SERVICE, SPORT),
          ("Workshop Manager", "Technical Services Manager", "Curriculum Technical Lead"),
          ("linemgmt", "stores", "supervision", "teaching", "risk"),
          "Manages a school's technicians, instructors and stores."),
)
SHARED = ("risk", "firstaid", "fire", "teaching", "supervision", "assessing", "coshh",
          "safeguarding", "stores")

FACILITIES = (
    FacilitySpec("MFL-LVW", "Furnace Lane Light Vehicle Workshop", "workshop", AUTO,
                 "Two-post lifts, diagnostic scan tools and training cars; the motor vehicle "
                 "workshop.", ("service", "engdiag", "brakes")),
    FacilitySpec("MFL-MOT", "MOT Testing Bay", "workshop", AUTO,
                 "A class 4 MOT bay with brake rollers and emissions kit.", ("mot", "tyres")),
    FacilitySpec("MFL-BODY", "Body and Paint Shop", "workshop", AUTO,
                 "Jig, panel repair bays and a downdraught spray booth.", ("bodywork", "refinish")),
    FacilitySpec("MFL-CELL", "Marlbridge Engine Test Cells", "laboratory", AUTO,
                 "Eddy current and AC engine dynamometers; the dyno cells.", ("enginedyno",)),
    FacilitySpec("MFL-CDYNO", "Chassis Dyno Bay", "laboratory", AUTO,
                 "A four-wheel-drive rolling road.", ("chassisdyno",)),
    FacilitySpec("MFL-DATA", "Motorsport Data Laboratory", "computing", AUTO,
                 "Loggers, dashes and analysis software for the race cars.", ("datalog",)),
    FacilitySpec("MFL-COMP", "Furnace Lane Composites Laboratory", "laboratory", AUTO,
                 "Prepreg freezer, layup clean room and an autoclave.", ("composites",)),
    FacilitySpec("MFL-RACE", "Race Car Build Bay", "workshop", AUTO,
                 "Where the student race cars are built and set up.",
                 ("setup", "enginebuild", "loom")),
    FacilitySpec("MFL-HANG", "Marlbridge Teaching Hangar", "workshop", AVIATION,
                 "Instructional airframes and a helicopter; the hangar.",
                 ("airframe", "aircrafthyd", "lockwire")),
    FacilitySpec("MFL-AERO", "Aero Engine Bay", "workshop", AVIATION,
                 "Gas turbine and piston engines on stands.", ("turbine", "borescope")),
    FacilitySpec("MFL-AVI", "Avionics Laboratory", "laboratory", AVIATION,
                 "Avionics rigs, test sets and aircraft wiring benches.",
                 ("avionics", "aircraftwiring", "pitot")),
    FacilitySpec("MFL-NDT", "NDT Room", "laboratory", AVIATION,
                 "Penetrant, magnetic particle, eddy current and ultrasonic kit.", ("ndt",)),
    FacilitySpec("MFL-147", "Part 147 Training Office", "service", AVIATION,
                 "Approved maintenance training records and practical logbooks.",
                 ("maintrecords",)),
    FacilitySpec("MFL-ELEC", "Electrical Installation Workshop", "workshop", CONSTRUCTION,
                 "Wiring bays for domestic and commercial installations.",
                 ("install", "containment", "motorcontrol")),
    FacilitySpec("MFL-TEST", "Inspection and Testing Laboratory", "laboratory", CONSTRUCTION,
                 "Test boards, multifunction testers and fault-finding rigs.",
                 ("inspecttest", "faultfind", "pat")),
    FacilitySpec("MFL-PLUMB", "Plumbing Workshop", "workshop", CONSTRUCTION,
                 "Plumbing bays with heating and unvented rigs.",
                 ("pipework", "heating", "unvented")),
    FacilitySpec("MFL-GAS", "Furnace Lane Gas Training Centre", "workshop", CONSTRUCTION,
                 "Live gas appliances for ACS assessment; the gas centre.", ("gas",)),
    FacilitySpec("MFL-JOIN", "Carpentry and Joinery Workshop", "workshop", CONSTRUCTION,
                 "Bench joinery and site carpentry bays.", ("joinery", "sitecarp", "stairs")),
    FacilitySpec("MFL-WMS", "Wood Machine Shop", "workshop", CONSTRUCTION,
                 "Spindle moulder, planer thicknesser and dimension saw.", ("woodmach",)),
    FacilitySpec("MFL-BRICK", "Bricklaying Hall", "workshop", CONSTRUCTION,
                 "Full-size bays for walls, piers and arches.", ("brickwork", "featurebrick")),
    FacilitySpec("MFL-PLAS", "Plastering and Tiling Workshop", "workshop", CONSTRUCTION,
                 "Booths for plastering, rendering, drylining and tiling.",
                 ("plastering", "tiling", "drylining")),
    FacilitySpec("MFL-DEC", "Painting and Decorating Workshop", "workshop", CONSTRUCTION,
                 "Booths for painting and paperhanging.", ("decorating",)),
    FacilitySpec("MFL-WELD", "Welding and Fabrication Workshop", "workshop", ENGINEERING,
                 "Forty welding booths with fume extraction; the weld shop.",
                 ("mig", "tig", "mma")),
    FacilitySpec("MFL-SHEET", "Sheet Metal Shop", "workshop", ENGINEERING,
                 "Press brake, rolls, guillotine and a plasma table.", ("sheetmetal", "plasma")),
    FacilitySpec("MFL-CNC", "Furnace Lane CNC Machining Centre", "workshop", ENGINEERING,
                 "Vertical machining centres and CNC lathes; the CNC shop.",
                 ("cncmill", "cncturn", "cam")),
    FacilitySpec("MFL-MACH", "Conventional Machine Shop", "workshop", ENGINEERING,
                 "Centre lathes, turret mills and grinders.",
                 ("manuallathe", "manualmill", "grinding")),
    FacilitySpec("MFL-METRO", "Marlbridge Metrology Room", "laboratory", ENGINEERING,
                 "A temperature-controlled room with a CMM and surface texture instruments.",
                 ("cmm", "handmeasure", "roughness")),
    FacilitySpec("MFL-SOLAR", "Solar Training Roof", "workshop", LOWCARBON,
                 "Pitched and flat roof rigs for PV and solar thermal.",
                 ("solarpv", "solarthermal", "battery")),
    FacilitySpec("MFL-HP", "Heat Pump Laboratory", "laboratory", LOWCARBON,
                 "Air and ground source heat pump training rigs.", ("heatpump",)),
    FacilitySpec("MFL-EV", "EV Training Workshop", "workshop", LOWCARBON,
                 "High-voltage training vehicles and battery rigs; the EV workshop.",
                 ("hvsafety", "hvbattery", "hybriddiag")),
    FacilitySpec("MFL-KIT", "Furnace Lane Professional Kitchens", "kitchen", SERVICE,
                 "Teaching kitchens with combi ovens and blast chillers.",
                 ("knife", "sauces", "butchery")),
    FacilitySpec("MFL-PAST", "Pastry and Bakery Kitchen", "kitchen", SERVICE,
                 "Deck ovens, provers and a chocolate room.", ("pastry",)),
    FacilitySpec("MFL-REST", "The Forge Training Restaurant", "service", SERVICE,
                 "A public restaurant run by hospitality students.", ("foh", "wine", "events")),
    FacilitySpec("MFL-BAR", "Forge Bar and Coffee Shop", "service", SERVICE,
                 "The training bar, cellar and espresso bar.", ("bar", "barista")),
    FacilitySpec("MFL-SALON", "Marlbridge Hair Salon", "salon", SERVICE,
                 "A commercial salon open to the public.", ("cutting", "colour", "styling")),
    FacilitySpec("MFL-BARB", "Furnace Lane Barbershop", "salon", SERVICE,
                 "Barber chairs for fades and wet shaves.", ("barbering",)),
    FacilitySpec("MFL-SPA", "Beauty and Spa Suite", "salon", SERVICE,
                 "Treatment rooms for facials, massage, nails and lashes.",
                 ("facials", "massage", "nails")),
    FacilitySpec("MFL-GYM", "Furnace Lane Fitness Suite", "sport", SPORT,
                 "Gym, free weights and a strength and conditioning area; the gym.",
                 ("gym", "pt", "sandc")),
    FacilitySpec("MFL-SEL", "Sport and Exercise Testing Laboratory", "laboratory", SPORT,
                 "Treadmill, bikes and body composition for fitness testing.",
                 ("fitnesstest",)),
    FacilitySpec("MFL-POOL", "Marlbridge Swimming Pool", "sport", SPORT,
                 "A 25 m pool and its plant room.", ("pool", "lifeguard")),
)

GIVEN = """Kirsty-Anne Darren-Lee Jolene-Marie Wayne-Paul Shannon-Leigh Dwayne-Scott Kayleigh-Jo
Ashley-Dean Bradley-Jon Chantelle-Rae Tyrone-Mark Leanne-Kim Stacey-Lou Jordan-Kyle
Reece-Connor Brandon-Kyle Demi-Rae Courtney-Jade Jade-Amber Kieran-Lewis Ryan-Curtis
Mitchell-Ray Tanisha-Grace Jermaine-Troy Kerry-Ann Lyndsey-Mae Macauley Tiegan-Rose Keeley-Ann
Rhiannon-Fay Gareth-Lloyd Bethan-Wyn Owain-Rhys Carys-Eleri Iwan-Gruffydd Ffion-Haf
Malachy-Sean Orla-Niamh Darragh-Liam Siobhan-Aoife Ruairi-Cathal Grainne-Mae Callum-Fraser
Kirsteen-Ann Murdo-James Isla-Morven Hamish-Euan Ravinder-Kaur Harjit-Singh Kulwinder-Kaur
Baljit-Singh Narinder-Pal Aaliyah-Noor Ibrahim-Yusuf Tariq-Aziz Nadia-Farah Kofi-Mensah
Abena-Serwa Yaw-Boateng Ifeoma-Joy Chukwuemeka-Obi Tunde-Bayo Folake-Ade Precious-Tendai
Tatenda-Blessing Farai-John Dariusz-Piotr Agnieszka-Ewa Krzysztof-Jan Katarzyna-Zofia
Tomasz-Adam Vytautas-Jonas Ruta-Egle Mindaugas-Tomas Dovile-Ruta Ionut-Andrei Florin-Mihai
Bogdan-Ilie
Raluca-Elena Georgios-Nikos Eleni-Maria Stavros-Petros Yiannis-Costas Luigi-Franco
Rosaria-Anna Carmine-Paolo Sinead-Clodagh Eoghan-Padraig Aoibheann-Rose Tomás-Brendan""".split()
FAMILY = """Blackshaw-Heap Cartledge Greenhalgh-Pye Ackroyd-Binns Haworth-Lund Sutcliffe-Dyson
Crabtree-Holt Thackray-Booth Brearley-Mann Firth-Hainsworth Illingworth-Cass Pickersgill-Shaw
Ormondroyd Hollinrake Heptonstall-Grey Stansfield-Roe Tattersall-Brook Wolstenholme-Fry
Dewhirst-Pollard Mellor-Ashby Bottomley-Crowe Oldroyd-Platt Kershaw-Tyne Barraclough-Sim
Gaukroger Sowerby-Dunn Riddiough Butterfield-Nash Appleyard-Moss Micklethwaite-Ross Holroyd-Cave
Rhodes-Laycock Culshaw-Bray Pilkington-Dore Kenyon-Latham Haslam-Birch Entwistle-Rowe
Cheetham-Pike Fairclough-Ince Rostron-Wade Ashcroft-Vine Duckworth-Lyle Gorst-Hadfield
Mulholland-Kerr McGuigan-Byrne O'Hagan-Friel Gallagher-Boyce McIlroy-Dunne Rafferty-Keogh
Prothero-Rees Llewellyn-Bowen Gwilliam-Hughes Bevan-Pritchard Cadwaladr-Jones Morgan-Lewis-Ap
Sandhu-Gill Bains-Sidhu Johal-Bassi Kaur-Dhillon Chohan-Mirza Malik-Hussain Rashid-Kayani
Boateng-Asare Ofori-Atta Agyeman-Duah Adeyemi-Coker Ogunleye-Bello Chikwanha-Moyo
Nowakowski-Bell Wiśniewska-Hart Zielinski-Cole Lewandowska-Fry Petrauskas-Lowe Jonaitis-Reed
Popescu-Hale Ionescu-Marsh Constantin-Rowe Papadopoulos-Kent Georgiou-Lake Esposito-Bruno
Russo-Caldwell""".split()
FAMILY += ["Van der Merwe-Hale", "Mac Giolla Easpaig", "de la Haye-Potts", "St John-Ormerod"]

FURNACE_LANE = Site("Marlbridge University, Furnace Lane Technical Faculty", "MFL",
                    "marlbridge.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
