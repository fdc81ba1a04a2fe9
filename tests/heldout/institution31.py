"""The Stannerdale National Institute of Sport with its Kelderwater Regatta Centre: a
twenty-ninth fictitious institution, for ``heldout31``.

The Stannerdale National Institute of Sport is a fictitious national high-performance sports
institute in the English Midlands, an institution of its own (not a university's faculty and
not a sport science department) whose staff support Olympic, Paralympic and national-squad
athletes in residence and run the venues they train in, with its regatta lake and boathouse, the
Kelderwater Regatta Centre. Its technicians and practitioners are sports medicine, physiotherapy
and soft tissue staff, physiologists, biomechanists, sports engineers and bike, sled and boat
technicians, performance analysts and data scientists, strength and conditioning coaches,
nutritionists and chefs, psychologists and welfare staff, pool, lake, grounds, velodrome, hall
and range staff, events, coach education, IT, estates, cleaning, stores, front desk,
communications, safety staff and managers: the sports medicine clinic, the rehabilitation gym,
the hydrotherapy pool, the recovery suite and the imaging and DXA suite; the physiology
laboratory, the environmental chamber, the altitude house and the athlete blood laboratory; the
biomechanics laboratory, the wind tunnel, the sports engineering laboratory, the bike workshop,
the composites bay, the sled workshop and the para sport workshop; the performance analysis
suite and the performance data office; the strength and conditioning centre and the indoor
sprint straight; the performance nutrition clinic and the performance kitchen; the psychology
service; the velodrome, the aquatics centre, its pool plant room and the dry dive centre, the
athletics arena, the gymnastics hall, the combat hall, the climbing wall and the shooting range;
the regatta lake and the boathouse; the pitches and the arena; the events office; the coach
education centre; technology services; and estates and facilities.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing, a school of tropical medicine,
a maritime academy, a zoo and conservation college nor a national film and television school,
but a national institute of sport (1,200 sports medicine, physiology, biomechanics,
engineering, analysis, coaching, nutrition, venue, events, IT, estates and support staff in the
directory), unlike the institutions before it (Northgate, Tarnside, Calderbridge, Inverallan,
Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down, Brackenfold, St Wilfrid's,
Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor, Hallowfield's Saltergate,
Wenlowe's Coldharbour, Marlbridge's Furnace Lane, Ravensholt's Kestrel Park, Corrisdale's
Vennell, Thornbury's Saltmarsh Point, Loxbrook's Cressfield, Aldwick's Stanegate, Kingsdock,
Skelmouth, Haverleigh, Thistlecombe). Harbourne and Drumcarrig's Mullaghbeg had a department of
sport and exercise science: here elite sport, with its athletes, venues and support services,
is the whole institution.

Its HR system knows a person's skills from the institute's rota and on-call roster, whose
export writes a person's skills as roster lines, "<code> <rota> ▸ <cover> ▸ w/c <dd>/<mm>/<yyyy>
▸ <n> shifts <hh:mm>-<hh:mm> ▸ <status>". The shift code (letters, a hyphen, letters or digits)
and the rota come first, then the cover the roster stores for it (what the holder is rostered to
do), then the holder's own fields: the week commencing of the holder's latest rostered week (a
Monday, 2024 to 2026, none after November 2026), how many shifts that week (1 to 7, "1 shift"),
the shift's times and the roster's status (confirmed, provisional, swap requested, on call
only). As in heldout30's generator, the holder's fields are drawn from the generator's seeded
random stream row by row (``Site.own``), so two holders of one cover are written differently,
as a real export writes them, while the bundle stays deterministic. A facility's required skills
are the roster's code, rota and cover without a holder's fields. Beside those, rows the staff
typed into the skills survey are their own: lower-case, sports slang and kit names ("hb mass
tests before altitude", "strain gauging oars"). Some are written as no technician taxonomy is
likely to write them (doping control chaperones, talent days, sponsor visits). Facilities have
names, aliases (in the name or the description) and role holders. Concept keys are the
evaluation's own, not the taxonomy's ids (written after the names were labelled, so by someone
who had read ``taxonomies/skills.csv``, never the matcher or the engine). Generated by the same
deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["PEOPLE", "ROSTER", "SEED", "SHIFTS", "STANNERDALE", "STATUSES"]

PEOPLE, SEED = 1200, 31313     # tests.heldout.institution.generate(PEOPLE, SEED, STANNERDALE)
STATUSES = ("confirmed", "provisional", "swap requested", "on call only")
SHIFTS = ("06:30-14:30", "07:00-15:00", "07:00-19:00", "08:00-16:00", "09:00-17:30",
          "12:00-20:00", "14:00-22:00", "19:00-07:00")
# a line of the roster export: the shift code and rota, the cover, and (a holder's own) the week
# commencing, the shifts that week, their times and the roster's status
ROSTER = re.compile(r"^([A-Z]{2,4}-[A-Z0-9]{2,4}) (\S.*?) ▸ (\S.*?\S)"
                    r"(?: ▸ w/c (\d{2})/(\d{2})/(20\d{2}) ▸ ([1-7]) shifts? "
                    r"(\d{2}:\d{2})-(\d{2}:\d{2}) ▸ (" + "|".join(map(re.escape, STATUSES))
                    + r"))?$")
_FIRST_MONDAY = date(2024, 1, 1)    # a Monday; the last week drawn starts on 30 November 2026


def _r(code: str, rota: str, cover: str) -> str:
    """The roster's shift code, its rota and the cover it stores."""
    return f"{code} {rota} ▸ {cover}"


def _own(text: str, rng: Random) -> str:
    """A holder's roster line: the week commencing, the shifts, their times and the status drawn
    from the generator's stream; a survey row stays as it is (and draws nothing)."""
    if " ▸ " not in text:
        return text
    week = _FIRST_MONDAY + timedelta(weeks=rng.randint(0, 152))
    shifts, times, status = rng.randint(1, 7), rng.choice(SHIFTS), rng.choice(STATUSES)
    return (f"{text} ▸ w/c {week:%d/%m/%Y} ▸ {shifts} shift{'' if shifts == 1 else 's'} {times}"
            f" ▸ {status}")


# concept key -> HR spellings (the first is the roster's code, rota and cover; the other is a row
# the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # sports medicine
    "immcare": (_r("SMD-PS", "Pitchside medical", "pre-hospital immediate care at fixtures"),
                "immediate care bag on matchdays"),
    "concuss": (_r("SMD-HI", "Head injury clinic", "concussion baseline and follow-up testing"),
                "baseline concussion tests each season"),
    "physio": (_r("PHY-CL", "Physiotherapy clinic",
                  "physiotherapy assessment and treatment of athletes"),
               "treating injured athletes in clinic"),
    "rehab": (_r("PHY-RG", "Rehab gym", "return-to-sport rehabilitation"),
              "running return to sport rehab"),
    "hydro": (_r("PHY-HP", "Hydrotherapy", "pool-based rehabilitation"),
              "rehab in the hydrotherapy pool"),
    "massage": (_r("STT-MS", "Soft tissue", "sports massage before and after competition"),
                "massage on race days"),
    "recovery": (_r("REC-CR", "Recovery suite", "cryotherapy and recovery sessions"),
                 "recovery suite shifts"),
    "msk": (_r("SMD-US", "Imaging suite", "musculoskeletal ultrasound clinics"),
            "ultrasound clinics for tendons"),
    "dxa": (_r("SMD-DX", "Imaging suite", "DXA body composition scanning"),
            "squad dxa scans every quarter"),
    "aed": (_r("SMD-ER", "Emergency response", "defibrillator and resuscitation cover"),
            "resus cover in the arena"),
    "podiatry": (_r("POD-GT", "Podiatry clinic", "foot biomechanics and orthoses"),
                 "insoles for the hockey squad"),
    "antidoping": (_r("ADC-CH", "Doping control", "chaperoning for doping control"),
                   "chaperone at drug tests"),
    # physiology
    "vo2": (_r("PHL-CP", "Physiology lab", "maximal oxygen uptake and lactate testing"),
            "vo2 and lactate tests"),
    "labcal": (_r("PHL-QA", "Physiology lab", "calibrating gas analysers and ergometers"),
               "morning calibrations in the phys lab"),
    "hbmass": (_r("PHL-HB", "Haematology bench", "haemoglobin mass testing"),
               "hb mass tests before altitude"),
    "heat": (_r("ENV-HC", "Environmental chamber", "heat acclimation and heat stress testing"),
             "heat sessions in the chamber"),
    "altitude": (_r("ENV-AH", "Altitude house", "hypoxic rooms and altitude camps"),
                 "altitude house checks"),
    "anthro": (_r("PHL-AN", "Body composition room", "anthropometry and skinfold profiling"),
               "skinfold profiling"),
    "bloods": (_r("PHL-BL", "Blood lab", "venepuncture and athlete blood monitoring"),
               "monitoring bloods first thing"),
    "hydration": (_r("PHL-HY", "Physiology lab", "hydration and sweat testing"),
                  "sweat patches and hydration"),
    "sleep": (_r("PHL-SL", "Physiology lab", "athlete sleep monitoring"),
              "actigraphy for the squads"),
    # biomechanics
    "mocap": (_r("BIO-MC", "Biomechanics lab", "optical motion capture of technique"),
              "vicon sessions"),
    "forceplate": (_r("BIO-FPL", "Biomechanics lab", "force platform testing"),
                   "force plate testing"),
    "hsvideo": (_r("BIO-HS", "Biomechanics lab", "high-speed camera filming"),
                "high speed filming"),
    "imu": (_r("BIO-WR", "Field testing", "wearable inertial sensors in the field"),
            "imu data on the water"),
    "isokinetic": (_r("BIO-IK", "Biomechanics lab", "isokinetic strength testing"),
                   "isokinetic tests on knees"),
    "aero": (_r("ENG-AT", "Wind tunnel", "aerodynamic testing of riders and sleds"),
             "wind tunnel sessions"),
    # sports engineering
    "proto": (_r("ENG-PT", "Engineering lab", "design and prototyping of athlete equipment"),
              "prototyping kit for athletes"),
    "machining": (_r("ENG-MC", "Engineering lab", "machining parts on the lathe and mill"),
                  "milling and turning parts"),
    "printing": (_r("ENG-AM", "Engineering lab", "3D printing parts for athletes"),
                 "3d prints for the squads"),
    "sensors": (_r("ENG-SE", "Engineering lab", "building instrumented equipment with sensors"),
                "strain gauging oars"),
    "composite": (_r("ENG-CF", "Composites bay", "carbon fibre repair and layup"),
                  "carbon work in the composites bay"),
    "bikes": (_r("ENG-BK", "Bike workshop", "track and road bike maintenance"),
              "spannering on the bikes"),
    "sleds": (_r("ENG-SK", "Sled workshop", "preparing skeleton and bobsleigh runners"),
              "runner prep"),
    "boats": (_r("ENG-BT", "Boathouse", "rigging and repairing boats"),
              "boat repairs in the boathouse"),
    "chairs": (_r("PAR-WC", "Para sport workshop", "sports wheelchair set-up and repair"),
               "setting up racing chairs"),
    # performance analysis and data
    "coding": (_r("PAN-LC", "Performance analysis", "live and post-match video coding"),
               "coding the matches"),
    "filming": (_r("PAN-FM", "Performance analysis", "filming training and competition"),
                "filming the sessions"),
    "gps": (_r("PAN-GP", "Performance analysis", "GPS and heart rate monitoring of squads"),
            "gps units for training"),
    "dashboards": (_r("PDT-DB", "Performance data", "athlete data dashboards"),
                   "building dashboards for coaches"),
    "ams": (_r("PDT-AM", "Performance data", "athlete management system administration"),
            "smartabase forms"),
    "stats": (_r("PDT-ST", "Performance data", "statistical analysis of performance data"),
              "r scripts for the testing data"),
    # strength and conditioning
    "snc": (_r("SNC-GY", "Strength and conditioning", "strength and conditioning coaching"),
            "s&c sessions with the squads"),
    "vbt": (_r("SNC-VB", "Strength and conditioning", "velocity and jump monitoring"),
            "jump and bar speed monitoring"),
    "speed": (_r("SNC-SP", "Indoor straight", "speed testing with timing gates"),
              "speed tests on the straight"),
    "gymkit": (_r("SNC-EQ", "Strength and conditioning", "gym equipment inspection and repair"),
               "fixing gym kit"),
    # nutrition
    "nutrition": (_r("NUT-CL", "Performance nutrition", "performance nutrition support"),
                  "nutrition plans for athletes"),
    "supplements": (_r("NUT-SP", "Performance nutrition", "supplement policy and batch testing"),
                    "checking supplements are batch tested"),
    "kitchen": (_r("NUT-PK", "Performance kitchen", "cooking for athletes in residence"),
                "cooking in the performance kitchen"),
    "foodsafe": (_r("NUT-FS", "Performance kitchen", "food safety and allergen control"),
                 "food safety checks"),
    # psychology and athlete support
    "psych": (_r("PSY-SV", "Psychology service", "sport psychology support"),
              "psych sessions with athletes"),
    "welfare": (_r("WEL-SG", "Welfare", "safeguarding and athlete welfare"),
                "safeguarding for juniors"),
    "mhfa": (_r("WEL-MH", "Welfare", "mental health first aid"),
             "mental health first aider on site"),
    "lifestyle": (_r("ATS-LS", "Athlete support", "performance lifestyle support"),
                  "lifestyle support for athletes"),
    "classify": (_r("PAR-CL", "Para sport", "para athlete classification"),
                 "classification for para athletes"),
    "talentid": (_r("TAL-TD", "Talent pathway", "talent identification days"), "talent id days"),
    # venues
    "velotrack": (_r("VEL-TC", "Velodrome", "track centre supervision"), "track centre duty"),
    "timing": (_r("TIM-PF", "Timing and results", "timing, photo finish and results"),
               "photo finish and results"),
    "poolplant": (_r("POL-PR", "Pool plant room", "pool plant operation and water balance"),
                  "plant room rounds"),
    "lifeguard": (_r("POL-LG", "Poolside", "pool lifeguard duty"), "lifeguard shifts on the 50 m"),
    "poolfloor": (_r("POL-MF", "Pool", "moveable floor and boom changes"),
                  "floor and boom changes"),
    "drydive": (_r("DIV-DR", "Dry dive centre", "dry diving and trampoline rigs"),
                "spotting belts on the trampolines"),
    "athletics": (_r("ATH-FD", "Athletics track", "track and field equipment set-up"),
                  "putting out the hurdles"),
    "gymnastics": (_r("GYM-AP", "Gymnastics hall", "gymnastics apparatus and pits"),
                   "checking the gym apparatus"),
    "combat": (_r("CMB-MT", "Combat hall", "mats and rings for combat sports"),
               "laying the judo mats"),
    "climbing": (_r("CLW-RS", "Climbing wall", "climbing wall supervision and route setting"),
                 "setting routes"),
    "range": (_r("SHT-RG", "Shooting range", "range safety and rifle maintenance"),
              "range officer on the air rifle range"),
    "safetyboat": (_r("LAK-SB", "Regatta lake", "safety boat cover on the lake"),
                   "safety boat cover"),
    "launches": (_r("LAK-LN", "Regatta lake", "launch and engine maintenance"),
                 "servicing the outboards"),
    "lakewater": (_r("LAK-WQ", "Regatta lake", "lake water quality monitoring"),
                  "algae checks on the lake"),
    "pitches": (_r("GRD-SP", "Grounds", "sports pitch preparation and turf care"),
                "pitch prep for the academy"),
    "groundskit": (_r("GRD-MC", "Grounds", "grounds machinery maintenance"), "fixing the mowers"),
    "arena": (_r("ARN-CO", "Arena", "arena changeovers and seating"),
              "arena changeovers for events"),
    # events
    "events": (_r("EVT-OP", "Events", "event operations for competitions"),
               "running competition days"),
    "stewards": (_r("EVT-SW", "Events", "crowd safety and stewarding"), "stewards' briefings"),
    "accred": (_r("EVT-AC", "Events", "competition accreditation"), "accreditation passes"),
    "broadcast": (_r("EVT-BC", "Events", "broadcast and big screen support"),
                  "big screen at the championships"),
    # coaching and education
    "coached": (_r("EDU-CE", "Coach education", "coach education courses"), "coach ed courses"),
    "academy": (_r("EDU-AC", "Academy", "teaching sport science to academy students"),
                "teaching the academy kids"),
    "outreach": (_r("EDU-OR", "Community", "schools and community sport visits"),
                 "school groups at the velodrome"),
    # technology services
    "itdesk": (_r("ITS-SD", "IT service desk", "IT support for staff and athletes"),
               "sorting out laptops"),
    "network": (_r("ITS-NW", "IT", "venue networks and wifi"), "wifi round the venues"),
    "videoarchive": (_r("ITS-VA", "IT", "video archive and storage"),
                     "storage for the video archive"),
    "gdpr": (_r("ITS-DP", "Data protection", "protecting athlete health records"),
             "data protection for medical records"),
    "av": (_r("AVS-AR", "AV", "AV in the analysis and meeting rooms"),
           "screens in the meeting rooms"),
    # estates, facilities and operations
    "estates": (_r("EST-MT", "Estates", "building maintenance across the venues"),
                "maintenance jobs round the venues"),
    "hvac": (_r("EST-HV", "Estates", "chamber and building HVAC"), "air con for the chambers"),
    "electrics": (_r("EST-EL", "Estates", "electrical maintenance and floodlights"),
                  "floodlight repairs"),
    "firesafe": (_r("EST-FS", "Estates", "fire safety and evacuation"),
                 "fire drills in the athlete house"),
    "legionella": (_r("EST-LG", "Estates", "water hygiene and legionella"),
                   "flushing the showers"),
    "cleaning": (_r("FAC-CL", "Facilities", "cleaning the venues"), "cleaning the changing rooms"),
    "kitstore": (_r("KIT-IS", "Kit store", "team kit and clothing issue"), "issuing team kit"),
    "stores": (_r("STR-GI", "Stores", "stores and consumables"), "stores orders for the squads"),
    "fleet": (_r("FLT-MB", "Fleet", "minibus and trailer driving"), "driving the squad minibus"),
    "travel": (_r("TRV-TC", "Team travel", "travel and freight for camps"),
               "travel bookings for camps"),
    "security": (_r("SEC-SC", "Security", "security and access control"), "door passes and cctv"),
    "reception": (_r("REC-FD", "Reception", "front desk and visitors"),
                  "on the front desk at weekends"),
    "media": (_r("COM-MD", "Communications", "social media and press"),
              "posting on the squad socials"),
    "sponsors": (_r("COM-SP", "Commercial", "sponsor and partner visits"),
                 "showing sponsors round"),
    # safety and management
    "risk": (_r("HSE-RA", "Health and safety", "risk assessment of sessions and camps"),
             "risk assessments for sessions"),
    "firstaid": (_r("HSE-FA", "Health and safety", "first aid at work"),
                 "first aider for the venue"),
    "coshh": (_r("HSE-CO", "Health and safety", "COSHH assessments"),
              "coshh for the cleaning chemicals"),
    "manual": (_r("HSE-MH", "Health and safety", "manual handling"), "lifting kit safely"),
    "budget": (_r("MGT-BG", "Management", "budget management"), "department budgets"),
    "linemgmt": (_r("MGT-LM", "Management", "line management"),
                 "managing a team of technicians"),
    "recruit": (_r("MGT-RC", "Management", "recruitment and interviewing"),
                "sitting on interview panels"),
}

MEDICINE = "Sports Medicine"
PHYSIOLOGY = "Physiology"
ENGINEERING = "Biomechanics and Sports Engineering"
ANALYSIS = "Performance Analysis and Data"
CONDITIONING = "Strength and Conditioning"
NUTRITION = "Performance Nutrition"
SUPPORT = "Psychology and Athlete Support"
VENUES = "Venues"
WATER = "Aquatics and the Regatta Lake"
EVENTS = "Events"
EDUCATION = "Coaching and Education"
TECH = "Technology Services"
OPERATIONS = "Estates and Operations"

GROUPS = (
    Group("medic", 6, (MEDICINE,), ("Sports Physician", "Sports Medicine Nurse",
                                    "Immediate Care Practitioner"),
          ("immcare", "concuss", "aed", "msk", "antidoping", "podiatry"),
          "Covers the fixtures and runs the sports medicine clinic."),
    Group("physio", 9, (MEDICINE,), ("Physiotherapist", "Sports Rehabilitator",
                                     "Lead Physiotherapist"),
          ("physio", "rehab", "hydro", "massage", "recovery", "concuss", "isokinetic"),
          "Assesses, treats and rehabilitates injured athletes."),
    Group("softtissue", 4, (MEDICINE,), ("Soft Tissue Therapist", "Recovery Suite Assistant"),
          ("massage", "recovery", "physio", "hydro"),
          "Gives massage and runs the recovery suite."),
    Group("imaging", 2, (MEDICINE,), ("Radiographer", "DXA Technician"),
          ("dxa", "msk", "anthro"),
          "Scans the squads on the DXA and the ultrasound."),
    Group("physiology", 8, (PHYSIOLOGY,), ("Physiologist", "Physiology Technician",
                                           "Senior Physiologist"),
          ("vo2", "labcal", "bloods", "anthro", "hydration", "hbmass", "sleep", "heat"),
          "Tests the athletes in the physiology laboratory."),
    Group("environment", 3, (PHYSIOLOGY,), ("Environmental Physiologist", "Chamber Technician"),
          ("heat", "altitude", "hbmass", "vo2", "labcal"),
          "Runs the environmental chamber and the altitude house."),
    Group("bloodlab", 2, (PHYSIOLOGY,), ("Blood Laboratory Technician",),
          ("bloods", "hbmass", "hydration"),
          "Takes and processes the athletes' monitoring bloods."),
    Group("biomech", 6, (ENGINEERING,), ("Biomechanist", "Biomechanics Technician"),
          ("mocap", "forceplate", "hsvideo", "imu", "isokinetic", "aero"),
          "Measures technique with motion capture and force platforms."),
    Group("engineering", 6, (ENGINEERING,), ("Sports Engineer", "Design Engineer",
                                             "Engineering Technician"),
          ("proto", "machining", "printing", "sensors", "composite", "aero"),
          "Designs, makes and instruments the athletes' equipment."),
    Group("bikes", 4, (ENGINEERING,), ("Bike Mechanic", "Track Mechanic"),
          ("bikes", "composite", "aero", "sensors"),
          "Builds and services the track and road bikes."),
    Group("sleds", 2, (ENGINEERING,), ("Sled Technician",),
          ("sleds", "machining", "aero", "composite"),
          "Prepares the skeleton and bobsleigh sleds and their runners."),
    Group("para", 3, (SUPPORT,), ("Para Sport Technician", "Classification Officer"),
          ("chairs", "classify", "rehab", "machining"),
          "Sets up the para athletes' chairs and their classification."),
    Group("analysis", 8, (ANALYSIS,), ("Performance Analyst", "Senior Performance Analyst"),
          ("coding", "filming", "gps", "dashboards", "ams", "videoarchive"),
          "Films and codes training and competition for the coaches."),
    Group("data", 4, (ANALYSIS,), ("Data Scientist", "Performance Data Engineer"),
          ("stats", "dashboards", "ams", "gdpr", "gps"),
          "Looks after the athlete data and the dashboards."),
    Group("snc", 8, (CONDITIONING,), ("Strength and Conditioning Coach", "Gym Instructor"),
          ("snc", "vbt", "speed", "gymkit", "forceplate"),
          "Coaches strength and conditioning in the gym."),
    Group("nutrition", 3, (NUTRITION,), ("Performance Nutritionist",),
          ("nutrition", "supplements", "hydration", "anthro", "dxa"),
          "Plans the athletes' nutrition and checks their supplements."),
    Group("kitchen", 4, (NUTRITION,), ("Performance Chef", "Kitchen Assistant"),
          ("kitchen", "foodsafe", "nutrition"),
          "Cooks for the athletes in residence and on camps."),
    Group("psych", 3, (SUPPORT,), ("Sport Psychologist", "Psychology Assistant"),
          ("psych", "mhfa", "welfare"),
          "Supports the athletes' mental skills and wellbeing."),
    Group("lifestyle", 3, (SUPPORT,), ("Performance Lifestyle Adviser", "Welfare Officer"),
          ("lifestyle", "welfare", "mhfa", "travel", "antidoping"),
          "Looks after the athletes' welfare, lifestyle and travel."),
    Group("velodrome", 4, (VENUES,), ("Velodrome Technician", "Track Centre Supervisor"),
          ("velotrack", "timing", "events", "bikes"),
          "Runs the velodrome's track sessions and timing."),
    Group("pool", 6, (WATER,), ("Pool Plant Operator", "Lifeguard", "Aquatics Supervisor"),
          ("poolplant", "lifeguard", "poolfloor", "drydive", "timing"),
          "Runs the 50 m pool, its plant room and the dry dive centre."),
    Group("lake", 4, (WATER,), ("Boatman", "Lake Safety Officer"),
          ("safetyboat", "launches", "lakewater", "boats"),
          "Keeps the regatta lake, its launches and its safety cover."),
    Group("boathouse", 3, (WATER,), ("Boathouse Technician",),
          ("boats", "composite", "launches", "sensors"),
          "Rigs and repairs the rowing and canoe boats."),
    Group("grounds", 6, (VENUES,), ("Groundsperson", "Head Groundsperson"),
          ("pitches", "groundskit", "athletics"),
          "Keeps the pitches and the athletics infield."),
    Group("halls", 5, (VENUES,), ("Sports Hall Technician", "Venue Supervisor"),
          ("gymnastics", "combat", "arena", "climbing", "athletics", "range"),
          "Sets up the halls, the climbing wall and the range."),
    Group("athletics", 3, (VENUES,), ("Athletics Technician", "Range Officer"),
          ("athletics", "timing", "range", "speed"),
          "Sets out the athletics arena and runs its timing."),
    Group("events", 5, (EVENTS,), ("Events Officer", "Event Manager"),
          ("events", "stewards", "accred", "broadcast", "arena", "timing", "media"),
          "Runs the competitions and championships the institute hosts."),
    Group("education", 5, (EDUCATION,), ("Coach Educator", "Academy Tutor"),
          ("coached", "academy", "outreach", "talentid"),
          "Teaches coaches and the academy's students."),
    Group("talent", 2, (EDUCATION,), ("Talent Scientist",),
          ("talentid", "vo2", "anthro", "speed"),
          "Runs the talent identification days."),
    Group("it", 5, (TECH,), ("IT Technician", "Systems Administrator", "AV Technician"),
          ("itdesk", "network", "videoarchive", "gdpr", "av"),
          "Keeps the institute's computers, networks and screens going."),
    Group("estates", 6, (OPERATIONS,), ("Estates Technician", "Electrician"),
          ("estates", "hvac", "electrics", "firesafe", "legionella"),
          "Maintains the venues, the chambers' plant and the floodlights."),
    Group("cleaning", 4, (OPERATIONS,), ("Cleaner", "Cleaning Supervisor"),
          ("cleaning", "kitstore", "coshh"),
          "Cleans the venues and the changing rooms."),
    Group("stores", 3, (OPERATIONS,), ("Stores Officer", "Kit Manager", "Driver"),
          ("stores", "kitstore", "fleet", "travel"),
          "Runs the stores, the team kit and the minibuses."),
    Group("frontdesk", 3, (OPERATIONS,), ("Receptionist", "Security Officer"),
          ("reception", "security"),
          "Welcomes athletes and visitors and keeps the site secure."),
    Group("comms", 2, (OPERATIONS,), ("Communications Officer", "Partnerships Officer"),
          ("media", "sponsors"),
          "Tells the institute's stories and looks after its partners."),
    Group("safety", 2, (OPERATIONS,), ("Health and Safety Adviser",),
          ("risk", "firstaid", "coshh", "manual", "firesafe"),
          "Advises on the risks of sessions, camps and venues."),
    Group("management", 4, (MEDICINE, PHYSIOLOGY, VENUES, OPERATIONS),
          ("Head of Department", "Technical Manager", "Performance Director"),
          ("budget", "linemgmt", "recruit", "sponsors"),
          "Manages the departments, their budgets and their staff."),
)
SHARED = ("risk", "firstaid", "coshh", "manual", "welfare", "aed")

FACILITIES = (
    FacilitySpec("SNS-MED", "Stannerdale Sports Medicine Clinic", "clinic", MEDICINE,
                 "Physiotherapy, sports medicine and immediate care; the med centre.",
                 ("physio", "immcare", "concuss", "msk")),
    FacilitySpec("SNS-REH", "Rehabilitation Gym", "gym", MEDICINE,
                 "Late-stage rehab with an anti-gravity treadmill; the rehab gym.",
                 ("rehab", "physio")),
    FacilitySpec("SNS-HYD", "Stannerdale Hydrotherapy Pool", "pool", MEDICINE,
                 "A warm pool for aquatic rehabilitation; the hydro.", ("hydro",)),
    FacilitySpec("SNS-REC", "Recovery Suite", "clinic", MEDICINE,
                 "A cryotherapy chamber, ice baths, compression and massage plinths.",
                 ("recovery", "massage")),
    FacilitySpec("SNS-DXA", "Imaging and DXA Suite", "clinic", MEDICINE,
                 "DXA body composition and musculoskeletal ultrasound.", ("dxa", "msk")),
    FacilitySpec("SNS-PHL", "Stannerdale Human Performance Laboratory",
                 "laboratory", PHYSIOLOGY,
                 "Treadmills, ergometers and online gas analysis; the phys lab.",
                 ("vo2", "labcal", "hydration")),
    FacilitySpec("SNS-ENV", "Stannerdale Environmental Chamber",
                 "laboratory", PHYSIOLOGY,
                 "Heat, humidity and simulated altitude for acclimation; the chamber.",
                 ("heat", "altitude")),
    FacilitySpec("SNS-ALT", "Stannerdale Altitude House", "residence", PHYSIOLOGY,
                 "Twelve hypoxic bedrooms for athletes living high.", ("altitude",)),
    FacilitySpec("SNS-BLD", "Athlete Blood Laboratory", "laboratory", PHYSIOLOGY,
                 "Venous and capillary bloods, haemoglobin mass and sample freezers.",
                 ("bloods", "hbmass")),
    FacilitySpec("SNS-BIO", "Stannerdale Biomechanics Laboratory",
                 "laboratory", ENGINEERING,
                 "Vicon cameras, force platforms and an isokinetic dynamometer; the biomech lab.",
                 ("mocap", "forceplate", "hsvideo", "isokinetic")),
    FacilitySpec("SNS-WTN", "Stannerdale Wind Tunnel", "laboratory", ENGINEERING,
                 "A closed-circuit tunnel for riders, sleds and kit.", ("aero",)),
    FacilitySpec("SNS-ENG", "Sports Engineering Laboratory", "workshop", ENGINEERING,
                 "Design, machining, 3D printing and instrumentation of athletes' equipment.",
                 ("proto", "machining", "printing", "sensors")),
    FacilitySpec("SNS-BIK", "Bike Workshop", "workshop", ENGINEERING,
                 "Track and road bikes for the cycling squads; the bike shop.", ("bikes",)),
    FacilitySpec("SNS-CMP", "Composites Bay", "workshop", ENGINEERING,
                 "Carbon fibre layup and repairs for frames, paddles and sleds.", ("composite",)),
    FacilitySpec("SNS-SLD", "Sled Workshop and Push Track", "workshop", ENGINEERING,
                 "Skeleton and bobsleigh sleds, runners and a dry push-start track.", ("sleds",)),
    FacilitySpec("SNS-PAS", "Performance Analysis Suite", "studio", ANALYSIS,
                 "Coding stations, the gantry cameras and GPS units; the PA suite.",
                 ("coding", "filming", "gps")),
    FacilitySpec("SNS-DAT", "Performance Data Office", "office", ANALYSIS,
                 "The athlete management system, dashboards and statistics.",
                 ("ams", "dashboards", "stats")),
    FacilitySpec("SNS-SNC", "Stannerdale Strength and Conditioning Centre",
                 "gym", CONDITIONING,
                 "Twenty lifting platforms, velocity and jump monitoring; the S&C gym.",
                 ("snc", "vbt", "gymkit")),
    FacilitySpec("SNS-SPR", "Indoor Sprint Straight", "venue", CONDITIONING,
                 "A 120 m indoor straight with timing gates.", ("speed",)),
    FacilitySpec("SNS-NUT", "Performance Nutrition Clinic", "clinic", NUTRITION,
                 "Nutrition consultations and the supplement store.",
                 ("nutrition", "supplements")),
    FacilitySpec("SNS-PKT", "Stannerdale Performance Kitchen", "kitchen", NUTRITION,
                 "Feeds athletes in residence and on camps; the athletes' canteen.",
                 ("kitchen", "foodsafe")),
    FacilitySpec("SNS-PSY", "Psychology and Wellbeing Service", "clinic", SUPPORT,
                 "Sport psychology, biofeedback and mental health support.", ("psych", "mhfa")),
    FacilitySpec("SNS-PAR", "Para Sport Workshop", "workshop", SUPPORT,
                 "Racing and court wheelchairs and classification.", ("chairs", "classify")),
    FacilitySpec("SNS-VEL", "Stannerdale Velodrome", "venue", VENUES,
                 "A 250 m indoor board track with its track centre; the velo.",
                 ("velotrack", "timing")),
    FacilitySpec("SNS-AQC", "Stannerdale Aquatics Centre", "venue", WATER,
                 "A 50 m pool with a moveable floor and a boom; the 50.",
                 ("lifeguard", "poolfloor")),
    FacilitySpec("SNS-PLT", "Pool Plant Room", "plant", WATER,
                 "Filters, dosing and water balance for the pools.", ("poolplant",)),
    FacilitySpec("SNS-DDV", "Dry Dive Centre", "venue", WATER,
                 "Trampolines, spotting rigs and a foam pit for the divers.", ("drydive",)),
    FacilitySpec("SNS-ATH", "Stannerdale Athletics Arena", "venue", VENUES,
                 "An indoor track with jumps, throws and photo finish.",
                 ("athletics", "timing")),
    FacilitySpec("SNS-GYM", "Gymnastics Hall", "venue", VENUES,
                 "Artistic apparatus, sprung floors and pits.", ("gymnastics",)),
    FacilitySpec("SNS-CMB", "Combat Hall", "venue", VENUES,
                 "A judo dojo, wrestling mats and boxing rings.", ("combat",)),
    FacilitySpec("SNS-CLW", "Stannerdale Climbing Wall", "venue", VENUES,
                 "A lead wall with auto-belays and a bouldering cave.", ("climbing",)),
    FacilitySpec("SNS-RNG", "Shooting Range", "venue", VENUES,
                 "A 10 m air rifle and pistol range.", ("range",)),
    FacilitySpec("SNS-LAK", "Kelderwater Regatta Lake", "venue", WATER,
                 "A 2,000 m rowing and canoe sprint course with launches; the lake.",
                 ("safetyboat", "launches", "lakewater")),
    FacilitySpec("SNS-BTH", "Kelderwater Boathouse", "workshop", WATER,
                 "Boat racks, the rigging bay and the boat repair shop.", ("boats",)),
    FacilitySpec("SNS-PIT", "Stannerdale Pitches", "venue", VENUES,
                 "Six natural and hybrid pitches for rugby, football and hockey.",
                 ("pitches", "groundskit")),
    FacilitySpec("SNS-ARN", "Stannerdale Arena", "venue", EVENTS,
                 "A 4,000-seat arena for championships, with a big screen.",
                 ("arena", "events", "broadcast")),
    FacilitySpec("SNS-EVT", "Events Office", "office", EVENTS,
                 "Competitions, stewarding and accreditation.",
                 ("events", "stewards", "accred")),
    FacilitySpec("SNS-EDU", "Coach Education Centre", "teaching", EDUCATION,
                 "Coach education courses, the academy and schools visits.",
                 ("coached", "academy", "outreach")),
    FacilitySpec("SNS-ITS", "Technology Services", "computing", TECH,
                 "The service desk, the venue networks, the video archive and AV.",
                 ("itdesk", "network", "videoarchive", "av")),
    FacilitySpec("SNS-EST", "Estates and Facilities", "workshop", OPERATIONS,
                 "Building maintenance, HVAC, electrics and water hygiene.",
                 ("estates", "hvac", "electrics", "legionella")),
)

GIVEN = """Tiit Kadri Piret Triin Jaanus Maarja Priit Kertu Nino Giorgi Khatuna Tinatin Natia
Davit Eka Aram Narek Gohar Tigran Armen Aroha Tane Wiremu Mere Hemi Ataahua Sione Losa Tuala Malia
Viliami Salote Sitiveni Mele Jone Litia Waisale Adi Oskari Eetu Venla Iisakki-Pekka Rasmus-Tõnis
Mirjam-Liis Gvantsa Ani-Mari Hripsime Rangi Manaia Kahurangi Ofa Pita-Lose Semisi Tevita""".split()
FAMILY = """Saar-Tamm Sepp-Mägi Kask-Rebane Ilves-Kuusk Kapanadze Javakhishvili-Kvaratskhelia
Hovhannisyan-Sargsyan Grigoryan-Petrosyan Avetisyan Ngata-Parata Tapsell-Walker Te-Whata
Faleolo-Aiono Fifita-Taufa Vaipulu Nadolo-Ravouvou Naivalu-Tuivasa Koroibete Virtanen-Mäkelä
Heikkinen-Lahti Tsiklauri-Abashidze Beridze-Lomidze Gelashvili-Chkheidze Leota-Tuilagi Mgeladze
Kvirikashvili-Tamm Poutama-Reihana Tu'ipulotu-Vake Moala-Havili""".split()
FAMILY += ["Te Rangi-Smith", "Ó Catháin-Mahuika", "van Leeuwen-Fifita", "Mac Giolla Bhríde-Tamm"]

STANNERDALE = Site("Stannerdale National Institute of Sport (Kelderwater Regatta Centre)", "SNS",
                   "stannerdale-nis.org.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                   own=_own)
