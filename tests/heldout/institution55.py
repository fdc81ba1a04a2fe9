"""Corvedale Opera and Ballet's Kingsmere Opera House with its Ottermead Production Workshops: a
fifty-third fictitious institution, for ``heldout55``.

Kingsmere is the fictitious opera house of a national opera and ballet company, the organisation
whose stage, lighting, sound and video, stage management, scenery, scenic art and props, costume,
wigs and make-up, music, building services, stores and transport, safety, IT, training and
management staff put on opera and ballet at Kingsmere and, at Ottermead, build, paint and store
the productions: the stage, flys and stage machinery (counterweight flying from the fly floor,
power flying winches, stage automation of wagons, trucks and the revolve, the stage lifts and
trap room, scene changes, get-ins and fit-ups on tour, chain hoists and truss, LOLER inspection
of the flying kit, the safety curtain, performer flying, soft goods, the ballet's dance floors);
lighting (rigging and focusing, console programming on Eos and grandMA, moving light repairs,
followspots, dimmers and DMX networks, temporary power, lighting plans in Vectorworks); sound,
video and show relay (live sound on a DiGiCo, radio microphones and RF planning, video
projection and media servers, surtitles, show relay, cue lights and comms, recording and
broadcast relays, sound and AV repairs, electronics and looms); stage management (calling the
show from the prompt desk, the rehearsal room and the book, props running, production schedules
and call sheets); the Ottermead scenery workshops (scenic carpentry, scenic metalwork and
welding, the CNC router, the laser cutter, scenic engineering drawings, flame retardant
treatment, the wood machines, stage hydraulics and mechanical effects, woodturning and carving);
scenic art, props and effects (the paint frame, texturing and marbling, polystyrene carving,
moulds and casting, vacuum forming, prop making, upholstery, the armoury, pyrotechnics, smoke
and haze, 3D printing, the model box, drapery); costume (cutting and pattern making, tailoring,
costume making, tutus, millinery, dyeing and breakdown, costume props and jewellery, footwear,
running wardrobe and quick changes, laundry and repairs, the costume store and hire, pointe
shoes, fittings); wigs, hair and make-up (wig knotting, wig dressing, make-up, prosthetics);
music and orchestra services (the orchestral library, the orchestra pit and its lifts, piano
tuning, instrument porters, noise in the pit); building services (air handling units, the BMS,
house electrics and emergency lighting, fire alarms, lifts, plumbing and legionella); safety
(work at height, first aid, fire marshals, manual handling of scenery, COSHH in the paint shop,
production risk assessments); stores, transport, IT and the stage door (HGV trailers,
forklifts, the scenery store, touring freight and carnets, the IT service desk, the box office
system, workshop buying, the stage door and CCTV); and training and management (backstage
inductions, production apprentices, production management and budgets, heads of department,
backstage tours and schools workshops).

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
paper and board mill, a shipbuilder's shipyard with its ship repair dry dock, a port operator's
deep-water container terminal with its inland railport nor a brewer and distiller's brewery and
packaging plant with its own malt whisky distillery and bonded warehouses, but a national opera
and ballet company's opera house with its own production workshops and scenery store (1,200
flymen, automation and stage machinery operators, stage technicians and riggers, lighting and
sound technicians, video and surtitle operators, stage managers, scenic carpenters,
metalworkers and engineers, scenic artists, sculptors and prop makers, armourers and effects
technicians, cutters, tailors, costume makers, milliners, dyers and dressers, wig makers and
make-up artists, orchestral librarians, porters and piano technicians, building services
engineers, drivers and storemen, IT and stage door staff, safety advisers, trainers and
managers in the directory), unlike the institutions before it (Northgate to Quarndale).

Its HR system takes a person's skills from the backstage training tracker, a small Ruby on Rails
application the production departments keep each authorisation in (to fly, drive the automation,
rig, weld, fire blanks, run pyrotechnics ...), which IT hands to HR each month as a ``rails
runner`` script prints it: one line for each holder's authorisation, the record's attributes as
Ruby's ``Hash#inspect`` writes them (Ruby 3.3 and before), "{:auth_id=><no>, :authorisation=>
"<title>", :grade=>"<grade>", :signed_off_on=>#<Date: <yyyy-mm-dd> ((<jd>j,0s,0n),+0s,2299161j)>,
:expires_on=><Date or nil>, :training_hours=><hours>, :assessor=>"<initials>"}" (symbol keys
with hash rockets, a comma and a space between the pairs). The authorisation's number (a bare
four-digit integer) comes first, then its title as Ruby inspects a string (in double quotes, a
backslash before a double quote, a backslash or a # that would open an interpolation; an en
dash or any other character kept), then the holder's own values: the grade (trainee,
supervised, authorised or trainer), the day signed off as Ruby's ``Date#inspect`` writes a date
(the ISO day, then its Julian day number, its offset and the calendar reform's day; 2011 to 2026,
none after November 2026), the day it expires (the same day twelve, twenty-four, thirty-six or
sixty months on) or, for an authorisation that does not lapse, nil, the training hours as a
float (one decimal place) and the assessor's initials (three capital letters). As in heldout30's
to heldout54's generators, the holder's values are drawn from the generator's seeded random
stream row by row (``Site.own``), so two holders of one authorisation are written differently,
as a real export writes them, while the bundle stays deterministic. A facility's required skills
are the authorisation as the script writes the authorisation types, its number and title alone
("{:auth_id=><no>, :authorisation=>"<title>"}"). Beside those, rows the staff typed into the
skills survey are their own: lower-case, backstage slang and kit names ("loading bricks onto the
cradles on the fly floor", "knotting hair into the wig lace"). Some are written as no technician
taxonomy is likely to write them (surtitles, show relay and cue lights, the safety curtain,
flameproofing, tutus, pointe shoes, the costume store and hire, the scenery store, touring
carnets, the box office system, the stage door). Facilities have names, aliases (in the name or
the description) and role holders. Concept keys are the evaluation's own, not the taxonomy's
ids. Generated by the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from datetime import date
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site, past_day

__all__ = ["ASSESSORS", "AUTHORISATIONS", "CORVEDALE", "GRADES", "HOURS", "PEOPLE", "RECORD",
           "REFRESH", "SEED", "YEARS", "expires", "julian_day"]

PEOPLE, SEED = 1200, 55055     # tests.heldout.institution.generate(PEOPLE, SEED, CORVEDALE)
GRADES = ("trainee", "supervised", "authorised", "trainer")
ASSESSORS = ("DHW", "FJM", "KAL", "MEB", "NPO", "RCT", "SJV", "TWG")
HOURS = (2.0, 3.5, 6.0, 7.5, 14.0, 18.5, 21.0, 35.0)
REFRESH = (0, 12, 24, 36, 60)     # months valid for; 0: it does not lapse, :expires_on=>nil
YEARS = tuple(range(2011, 2027))
# a day as Ruby's Date#inspect writes it: the ISO day, its Julian day number, no offset and the
# Italian calendar reform's Julian day
DATE = r"#<Date: (20\d{2})-(\d{2})-(\d{2}) \(\((\d{7})j,0s,0n\),\+0s,2299161j\)>"
# a holder's authorisation as the tracker's script writes it, Ruby's Hash#inspect of the record:
# the number, the title as Ruby inspects a string (a backslash before ", \ and a # opening an
# interpolation), then (a holder's own) the grade, the day signed off, the day it expires (or
# nil), the training hours and the assessor's initials; without a holder's values, the
# authorisation type's number and title
RECORD = re.compile(r"^\{:auth_id=>(\d{4}), :authorisation=>"
                    r"\"((?:[^\"\\#]|\\[\"\\#]|#(?![{$@]))+)\""
                    r"(?:, :grade=>\"(trainee|supervised|authorised|trainer)\""
                    r", :signed_off_on=>" + DATE +
                    r", :expires_on=>(?:nil|" + DATE + r")"
                    r", :training_hours=>(\d{1,2}\.\d), :assessor=>\"([A-Z]{3})\")?\}$")
# the authorisation type's record -> the authorisation's number and title
AUTHORISATIONS: dict[str, tuple[int, str]] = {}


def expires(day: date, months: int) -> date:
    """The day an authorisation signed off on `day` expires, `months` on: the same day of the
    month `months` later (a day drawn is never after the 28th)."""
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def julian_day(day: date) -> int:
    """`day`'s Julian day number, as Ruby's Date#jd gives it (2000-01-01 is 2451545)."""
    return day.toordinal() + 1721425


def _date(day: date) -> str:
    """`day` as Ruby's Date#inspect writes it."""
    return f"#<Date: {day:%Y-%m-%d} (({julian_day(day)}j,0s,0n),+0s,2299161j)>"


def _inspected(text: str) -> str:
    """`text` as Ruby's String#inspect writes it: in double quotes, a backslash before " and \\
    and before a # that would open an interpolation (#{, #$ or #@)."""
    return '"' + re.sub(r'(["\\]|#(?=[{$@]))', r"\\\1", text) + '"'


def _a(number: int, title: str) -> str:
    """The authorisation as the script writes the authorisation types: the Hash#inspect of its
    number and title alone; both are kept for the holder's rows."""
    written = f"{{:auth_id=>{number}, :authorisation=>{_inspected(title)}}}"
    AUTHORISATIONS[written] = (number, title)
    return written


def _own(text: str, rng: Random) -> str:
    """A holder's authorisation as the tracker's script writes it: the type's number and title
    with the holder's grade, day signed off, expiry, hours and assessor, drawn from the
    generator's stream; a survey row stays as it is (and draws nothing)."""
    if not RECORD.match(text):
        return text
    day = past_day(YEARS, rng)
    months = rng.choice(REFRESH)
    grade = rng.choice(GRADES)
    hours = rng.choice(HOURS)
    assessor = rng.choice(ASSESSORS)
    until = _date(expires(day, months)) if months else "nil"
    return (f"{text[:-1]}, :grade=>\"{grade}\", :signed_off_on=>{_date(day)}, "
            f":expires_on=>{until}, :training_hours=>{hours:.1f}, :assessor=>\"{assessor}\"}}")


# concept key -> HR spellings (the first is the authorisation as the tracker's script writes the
# authorisation types; the other is a row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # the stage, flys and stage machinery
    "counterweight": (_a(3101, 'Counterweight flying – loading and operating sets from the '
                            'fly floor'),
                     'loading bricks onto the cradles on the fly floor'),
    "powerflying": (_a(3102, 'Power flying – motorised bar winches and the flying control desk'),
                   'running the power flying desk for the scene changes'),
    "automation": (_a(3103, 'Stage automation – wagons, trucks and revolve control'),
                  'driving the automation desk for the wagons'),
    "stagelifts": (_a(3104, 'Stage lifts, trap room and elevator operation'),
                  'running the stage lifts from the prompt side panel'),
    "scene": (_a(3105, 'Scene changes and stage crew duties'),
             'shifting scenery in the changeovers'),
    "getin": (_a(3106, 'Get-ins, get-outs and fit-ups of touring productions'),
             'unloading the trucks at the get-in door'),
    "hoists": (_a(3107, 'Chain hoist rigging and truss assembly'),
              'hanging chain motors off the grid'),
    "flyinspect": (_a(3108, 'Inspection of flying and lifting equipment under LOLER'),
                  'doing the six monthly flying inspection'),
    "safetycurtain": (_a(3109, 'Safety curtain (iron) operation and drop testing'),
                     'bringing the iron in at the start of the interval'),
    "performerflying": (_a(3110, 'Performer flying – harnesses, tracks and rescue'),
                       'flying singers in harness on the track'),
    "dancefloor": (_a(3111, 'Laying and cleaning ballet dance floors (vinyl and sprung)'),
                  'laying the lino for the ballet'),
    "softgoods": (_a(3112, 'Soft goods – hanging cloths, legs, borders and gauzes'),
                 'hanging the black legs and borders'),
    # lighting
    "lxrig": (_a(3201, 'Stage lighting – rigging, cabling and focusing lanterns'),
             'focusing lanterns on the bars for the rig'),
    "lxprog": (_a(3202, 'Lighting console programming and operation (ETC Eos, grandMA)'),
              'programming the eos for the lighting designer'),
    "movers": (_a(3203, 'Moving light maintenance and repair'),
              'changing lamps and fans in the moving heads'),
    "followspot": (_a(3204, 'Followspot operation'), 'on a followspot from the perch'),
    "dimmers": (_a(3205, 'Dimmer rooms, DMX and sACN lighting networks'),
               'patching dmx lines in the dimmer room'),
    "tempower": (_a(3206, 'Temporary power distribution for shows (63 A and 125 A)'),
                'running out 63 amp supplies for the tour'),
    "lxdraw": (_a(3207, 'Lighting plans and paperwork in Vectorworks Spotlight'),
              'drawing the lighting plot in vectorworks'),
    # sound, video and show relay
    "livesound": (_a(3301, 'Live sound mixing for opera and ballet (DiGiCo)'),
                 'mixing the show on the digico'),
    "radiomics": (_a(3302, 'Radio microphones – fitting to performers and RF frequency planning'),
                 'fitting radio mics into wigs'),
    "video": (_a(3303, 'Video projection, media servers and projector alignment'),
             'lining up the projectors on the front cloth'),
    "surtitles": (_a(3304, 'Surtitle preparation and cueing'),
                 'calling up the surtitles from the score'),
    "showrelay": (_a(3305, 'Show relay, cue lights and backstage communications'),
                 'fixing the show relay speakers in the dressing rooms'),
    "recording": (_a(3306, 'Multitrack recording and broadcast relays of performances'),
                 'recording the opera for the radio broadcast'),
    "audiomaint": (_a(3307, 'Sound and AV equipment maintenance and PAT'),
                  'repairing cables and di boxes in the sound store'),
    "electronics": (_a(3308, 'Electronics repair and soldering of show control equipment'),
                   'soldering up xlr and multicore looms'),
    # stage management
    "calling": (_a(3401, 'Calling the show from the prompt desk'),
               'calling the cues from the prompt desk'),
    "rehearsal": (_a(3402, 'Rehearsal room management – mark-up, the book and rehearsal notes'),
                 'marking up the floor in the rehearsal room'),
    "propsrun": (_a(3403, 'Props running and props tables'),
                'setting the props tables before the show'),
    "scheduling": (_a(3404, 'Production scheduling and call sheets'),
                  'doing the weekly call sheets for the crew'),
    # the Ottermead scenery workshops
    "carpentry": (_a(3501, 'Scenic carpentry – flats, rostra and trucks'),
                 'building flats and rostra for the set'),
    "steel": (_a(3502, 'Scenic metalwork and MIG welding of steel and aluminium'),
             'welding the steel frames for the set'),
    "cnc": (_a(3503, 'CNC router programming and operation'), 'cutting ply on the cnc router'),
    "laser": (_a(3504, 'Laser cutter operation'), 'cutting acrylic on the laser cutter'),
    "engdesign": (_a(3505, 'Scenic engineering design and structural calculations'),
                 'drawing up the set in autocad for the build'),
    "flameproof": (_a(3506, 'Flame retardant treatment of scenery and fabrics'),
                  'flameproofing the cloths before they go on stage'),
    "machineshop": (_a(3507, 'Workshop machinery – panel saw, planer and bandsaw'),
                   'cutting sheets down on the panel saw'),
    "hydraulics": (_a(3508, 'Stage hydraulics and mechanical effects'),
                  'building the hydraulic lifts into the set'),
    "woodturning": (_a(3512, 'Woodturning and carving for props and furniture'),
                   'turning the balusters on the lathe'),
    # scenic art, props and effects
    "paintframe": (_a(3601, 'Scenic painting on the paint frame – cloths and gauzes'),
                  'painting the backcloth on the paint frame'),
    "texture": (_a(3602, 'Scenic texturing, graining and marbling'),
               'marbling the columns on the set'),
    "sculpt": (_a(3603, 'Polystyrene and foam carving for scenic sculpture'),
              'carving polystyrene statues for the set'),
    "moulding": (_a(3604, 'Mould making and casting – silicone, fibreglass and resin'),
                'making silicone moulds of the props'),
    "vacform": (_a(3605, 'Vacuum forming'), 'running the vacuum former for the panelling'),
    "propmaking": (_a(3606, 'Prop making'), 'making props for the new production'),
    "upholstery": (_a(3607, 'Upholstery of stage furniture'),
                  'upholstering the chairs for the set'),
    "weapons": (_a(3608, 'Stage weapons and armoury – blank firers and swords'),
               'looking after the guns in the armoury'),
    "pyro": (_a(3609, 'Pyrotechnics and special effects (smoke, haze, flame)'),
            'firing the pyros in the storm scene'),
    "print3d": (_a(3610, '3D printing of props and models'), '3d printing parts for the props'),
    "models": (_a(3611, 'Scale model making of set designs'), 'making the white card model'),
    "drapes": (_a(3612, 'Drapery – making curtains, cycloramas and soft scenery'),
              'making the house tabs'),
    # costume
    "cutting": (_a(3701, "Costume cutting and pattern making (period ladies' and men's)"),
               'drafting patterns for the period costumes'),
    "tailoring": (_a(3702, 'Theatrical tailoring – coats, uniforms and trousers'),
                 'making tailcoats for the chorus'),
    "costmaking": (_a(3703, 'Costume making and machining'),
                  'machining the costumes in the costume workroom'),
    "tutus": (_a(3704, 'Tutu making – classical and romantic tutus'),
             'making classical tutus for the swans'),
    "millinery": (_a(3705, 'Millinery and costume headdresses'), 'blocking felt hats on the block'),
    "dyeing": (_a(3706, 'Costume dyeing and breakdown'), 'dyeing fabric in the dye room'),
    "jewellery": (_a(3707, 'Costume props, armour and jewellery'),
                 'making the crowns and jewellery'),
    "footwear": (_a(3708, 'Theatrical footwear making and repair'),
                'repairing the character shoes'),
    "wardrobe": (_a(3709, 'Running wardrobe – show dressing and quick changes'),
                'dressing the principals in the show'),
    "laundry": (_a(3710, 'Wardrobe maintenance – laundry and repairs'),
               'washing the costumes after the show'),
    "costumestore": (_a(3711, 'Costume store and hire collection management'),
                    'finding costumes in the store for hire'),
    "pointe": (_a(3712, 'Pointe shoe preparation and shoe room stock'),
              'darning pointe shoes for the dancers'),
    "fitting": (_a(3713, 'Costume fittings with singers and dancers'),
               'running the fittings with the principals'),
    # wigs, hair and make-up
    "wigmaking": (_a(3801, 'Wig making – knotting "lace fronts"'),
                 'knotting hair into the wig lace'),
    "wigdress": (_a(3802, 'Wig dressing and styling'), 'setting wigs in rollers'),
    "makeup": (_a(3803, 'Stage make-up and hair for performers'), 'doing make-up for the chorus'),
    "prosthetics": (_a(3804, 'Prosthetics, bald caps and special effects make-up'),
                   'making bald caps'),
    # music and orchestra services
    "library": (_a(3901, 'Orchestral library – parts, bowings and score preparation'),
               'marking bowings into the string parts'),
    "pit": (_a(3902, 'Orchestra pit set-up and pit lift'), 'setting the pit for the orchestra'),
    "piano": (_a(3903, 'Piano tuning and maintenance'), 'tuning the pianos in the rehearsal rooms'),
    "instruments": (_a(3904, 'Musical instrument handling and transport'),
                   'moving the timps and harps into the pit'),
    # building services
    "hvac": (_a(4001, 'Building services – heating, ventilation and air conditioning'),
            'servicing the air handling units'),
    "bms": (_a(4002, 'Building management system (Trend)'), 'adjusting the trend bms setpoints'),
    "houseelec": (_a(4003, 'House electrical maintenance and emergency lighting'),
                 'testing the emergency lights in the auditorium'),
    "firealarm": (_a(4004, 'Fire alarm and detection systems'),
                 'isolating the smoke detectors for the haze'),
    "lifts": (_a(4005, 'Passenger and goods lift maintenance'),
             'releasing people trapped in the lift'),
    "plumbing": (_a(4006, 'Plumbing and water hygiene (legionella)'),
                'flushing the little used outlets'),
    # safety
    "height": (_a(4101, 'Working at height – MEWPs, tallescopes and ladders'),
              'going up in the cherry picker to focus'),
    "firstaid": (_a(4102, 'First aid at work'), 'first aid for the backstage crew'),
    "firemarshal": (_a(4103, 'Fire marshal and evacuation of the auditorium'),
                   'fire marshal for the auditorium'),
    "manual": (_a(4104, 'Manual handling of scenery'), 'lifting flats safely'),
    "coshh": (_a(4105, 'COSHH and spray booth safety in the paint shop'),
             'wearing the right mask in the spray booth'),
    "riskassess": (_a(4106, 'Production risk assessments and safety sign-off'),
                  'writing risk assessments for the new show'),
    "noise": (_a(4107, 'Noise at work monitoring in the orchestra pit'),
             'measuring sound levels in the pit'),
    # stores, transport, IT and the stage door
    "hgv": (_a(4201, 'HGV driving – scenery trailers (Category C+E)'),
           'driving the artic with the scenery'),
    "forklift": (_a(4202, 'Counterbalance forklift operation in the scenery store'),
                'moving scenery crates on the forklift'),
    "scenerystore": (_a(4203, 'Scenery store and production archive management'),
                    'finding the old set in the store'),
    "touring": (_a(4204, 'Touring logistics and freight'), 'packing the touring cases'),
    "itdesk": (_a(4205, 'IT service desk and backstage computers'),
              'fixing the laptops in the production office'),
    "ticketing": (_a(4206, 'Box office ticketing system (Tessitura) administration'),
                 'setting up the performances in tessitura'),
    "purchasing": (_a(4207, 'Workshop buying and materials stock'),
                  'ordering timber and steel for the build'),
    "stagedoor": (_a(4208, 'Stage door, access control and CCTV'),
                 'on the stage door signing people in'),
    # training and management
    "induction": (_a(4301, 'Backstage induction for new starters and casuals'),
                 'showing the casuals round backstage'),
    "apprentice": (_a(4302, 'Production apprentice mentoring'),
                  'mentoring the production apprentices'),
    "prodmanage": (_a(4303, 'Production management and budgets'), 'running the production budget'),
    "headdept": (_a(4304, 'Leading a backstage department'), 'running the lighting department'),
    "outreach": (_a(4305, 'Backstage tours and learning workshops'),
                'taking groups on backstage tours'),
}

STAGE = "Stage Department"
LX = "Lighting"
SOUND = "Sound and Video"
SM = "Stage Management"
SCENERY = "Ottermead Scenery Workshops"
ART = "Scenic Art and Props"
COSTUME = "Costume"
WIGS = "Wigs, Hair and Make-up"
MUSIC = "Music and Orchestra Services"
BUILDING = "Building Services"
LOGISTICS = "Ottermead Stores and Transport"
SAFETY = "Production Safety"
SERVICES = "IT and Stage Door"
ACADEMY = "Corvedale Production Academy"

GROUPS = (
    Group("stage", 175, (STAGE,), ("Flyman", "Stage Technician", "Automation Operator",
                                   "Stage Machinery Operator", "Theatre Rigger"),
          ("scene", "counterweight", "powerflying", "automation", "stagelifts", "getin",
           "hoists", "softgoods", "flyinspect", "safetycurtain", "performerflying",
           "dancefloor"),
          "Flies, shifts and rigs every show on the Kingsmere stage."),
    Group("lighting", 110, (LX,), ("Lighting Technician", "Lighting Programmer",
                                   "Followspot Operator", "Moving Light Technician"),
          ("lxrig", "lxprog", "movers", "followspot", "dimmers", "lxdraw", "tempower"),
          "Rigs, focuses, programmes and runs the lighting."),
    Group("sound", 80, (SOUND,), ("Sound Engineer", "Sound Technician", "Video Technician",
                                  "Surtitle Operator", "Electronics Technician"),
          ("livesound", "radiomics", "video", "showrelay", "surtitles", "recording",
           "audiomaint", "electronics"),
          "Mixes, projects, relays and records the shows."),
    Group("stagemanagement", 60, (SM,), ("Stage Manager", "Deputy Stage Manager",
                                         "Assistant Stage Manager", "Company Manager"),
          ("calling", "rehearsal", "propsrun", "scheduling", "scene"),
          "Runs the rehearsal room and calls the show."),
    Group("scenery", 150, (SCENERY,), ("Scenic Carpenter", "Scenic Metalworker", "CNC Operator",
                                       "Technical Designer", "Stage Engineer"),
          ("carpentry", "steel", "machineshop", "cnc", "laser", "engdesign", "hydraulics",
           "flameproof", "woodturning", "models"),
          "Builds the scenery for every new production at Ottermead."),
    Group("art", 90, (ART,), ("Scenic Artist", "Prop Maker", "Scenic Sculptor", "Armourer",
                              "Special Effects Technician"),
          ("paintframe", "propmaking", "texture", "sculpt", "moulding", "vacform", "upholstery",
           "pyro", "weapons", "print3d", "drapes"),
          "Paints, carves and makes the props and effects."),
    Group("costume", 180, (COSTUME,), ("Costume Cutter", "Tailor", "Costume Maker", "Milliner",
                                       "Dyer", "Dresser", "Wardrobe Assistant"),
          ("costmaking", "wardrobe", "cutting", "tailoring", "fitting", "laundry", "dyeing",
           "millinery", "tutus", "jewellery", "footwear", "costumestore", "pointe"),
          "Cuts, makes, dresses and looks after the costumes."),
    Group("wigs", 50, (WIGS,), ("Wig Maker", "Wigs, Hair and Make-up Artist",
                                "Prosthetics Technician"),
          ("makeup", "wigmaking", "wigdress", "prosthetics"),
          "Makes and dresses the wigs and makes up the company."),
    Group("music", 50, (MUSIC,), ("Orchestral Librarian", "Orchestra Porter",
                                  "Piano Technician", "Orchestra Manager"),
          ("pit", "library", "instruments", "piano", "noise"),
          "Sets the pit, looks after the music and tunes the pianos."),
    Group("building", 70, (BUILDING,), ("Building Services Engineer", "Building Electrician",
                                        "Plumber", "Maintenance Technician"),
          ("hvac", "houseelec", "bms", "firealarm", "plumbing", "lifts", "tempower"),
          "Keeps the opera house's plant, power and water running."),
    Group("logistics", 60, (LOGISTICS,), ("HGV Driver", "Storeman", "Touring Manager",
                                          "Production Buyer"),
          ("hgv", "forklift", "scenerystore", "touring", "purchasing", "getin"),
          "Stores, buys for and moves the productions."),
    Group("safety", 25, (SAFETY,), ("Production Safety Advisor", "Health and Safety Officer"),
          ("riskassess", "height", "coshh", "firemarshal", "noise", "firstaid"),
          "Keeps the stage and workshops safe."),
    Group("services", 30, (SERVICES,), ("IT Support Analyst", "Stage Door Keeper",
                                        "Ticketing Systems Officer"),
          ("itdesk", "stagedoor", "ticketing"),
          "Looks after the computers, the box office system and the stage door."),
    Group("academy", 25, (ACADEMY,), ("Training Coordinator", "Apprentice Officer",
                                      "Learning Officer"),
          ("induction", "apprentice", "outreach"),
          "Inducts, trains and shows people round backstage."),
    Group("managers", 45, (STAGE, SCENERY, COSTUME, LX), ("Production Manager", "Head of Stage",
                                                          "Head of Lighting", "Costume Supervisor",
                                                          "Workshop Manager"),
          ("prodmanage", "headdept", "scheduling", "purchasing", "riskassess", "engdesign"),
          "Runs each department and each production."),
)
SHARED = ("firstaid", "manual", "height", "firemarshal", "induction", "coshh")

FACILITIES = (
    FacilitySpec("CKO-STG", 'Kingsmere Main Stage', "facility", STAGE,
                 'A 16 m proscenium stage with side and rear stages and the safety curtain.',
                 ("scene", "safetycurtain", "manual")),
    FacilitySpec("CKO-FLY", 'Kingsmere Fly Floor and Grid', "facility", STAGE,
                 'Ninety counterweight sets, twenty motorised bars and the grid above them.',
                 ("counterweight", "powerflying", "hoists")),
    FacilitySpec("CKO-MCH", 'Stage Machinery and Trap Room', "facility", STAGE,
                 'Four stage elevators, the revolve drive and the trap room under the stage.',
                 ("stagelifts", "automation")),
    FacilitySpec("CKO-RIG", 'Kingsmere Rigging Store', "service", STAGE,
                 'Chain hoists, truss, wire ropes and the LOLER register for all flying kit.',
                 ("flyinspect", "hoists")),
    FacilitySpec("CKO-PFS", 'Performer Flying Store', "service", STAGE,
                 'Harnesses, tracks and the rescue kit for flying singers and dancers.',
                 ("performerflying",)),
    FacilitySpec("CKO-BRS", 'Corvedale Ballet Studios', "facility", STAGE,
                 'Three sprung-floor studios, the dance floor store and the pointe shoe room.',
                 ("dancefloor", "pointe")),
    FacilitySpec("CKO-LXW", 'Kingsmere Lighting Workshop', "workshop", LX,
                 'Moving light repair benches, the lantern store and the dimmer room.',
                 ("movers", "lxrig", "dimmers")),
    FacilitySpec("CKO-LXC", 'Lighting Control Room', "facility", LX,
                 'The main Eos console, the grandMA backup and the lighting design desk.',
                 ("lxprog", "lxdraw")),
    FacilitySpec("CKO-SPT", 'Followspot Box', "facility", LX,
                 'Four long-throw followspots at the back of the amphitheatre.',
                 ("followspot",)),
    FacilitySpec("CKO-SND", 'Sound Control Position and Workshop', "facility", SOUND,
                 'The DiGiCo mixing position in the stalls and the sound repair workshop.',
                 ("livesound", "audiomaint")),
    FacilitySpec("CKO-RFR", 'Radio Mic Room', "facility", SOUND,
                 'Sixty-four channels of radio microphones, chargers and the RF scanner.',
                 ("radiomics",)),
    FacilitySpec("CKO-VID", 'Video Projection Room', "facility", SOUND,
                 'Two 30,000 lumen projectors and the media servers for video design.',
                 ("video",)),
    FacilitySpec("CKO-SUR", 'Surtitle Box', "facility", SOUND,
                 "The surtitle operator's position with a view of the conductor.",
                 ("surtitles",)),
    FacilitySpec("CKO-REC", 'Recording and Broadcast Suite', "facility", SOUND,
                 'A multitrack recording room for radio broadcasts and cinema relays.',
                 ("recording",)),
    FacilitySpec("CKO-PRM", 'Prompt Desk and Stage Management Office', "service", SM,
                 "The prompt desk with cue lights, show relay and the stage managers' office.",
                 ("calling", "showrelay", "propsrun")),
    FacilitySpec("CKO-RHR", 'Kingsmere Rehearsal Rooms', "facility", SM,
                 "Two full-size rehearsal rooms marked up to the stage's footprint.",
                 ("rehearsal",)),
    FacilitySpec("CKO-CAR", 'Ottermead Carpentry Shop', "workshop", SCENERY,
                 'A 40 m build floor with panel saw, planer, bandsaws and spray booth.',
                 ("carpentry", "machineshop")),
    FacilitySpec("CKO-MET", 'Ottermead Metal Shop', "workshop", SCENERY,
                 'MIG and TIG bays, a cold saw and a steel rack for scenic steelwork.',
                 ("steel",)),
    FacilitySpec("CKO-CNC", 'CNC and Laser Room', "workshop", SCENERY,
                 'A 3 x 2 m CNC router and a 1.3 m laser cutter.',
                 ("cnc", "laser")),
    FacilitySpec("CKO-TDO", 'Ottermead Technical Drawing Office', "service", SCENERY,
                 'Technical designers, the model box bench and the plotter.',
                 ("engdesign", "models")),
    FacilitySpec("CKO-ENG", 'Stage Engineering Workshop', "workshop", SCENERY,
                 'Hydraulic test rig, machining and the mechanical effects bench.',
                 ("hydraulics",)),
    FacilitySpec("CKO-PNT", 'Ottermead Paint Frame', "workshop", ART,
                 'A 20 m vertical paint frame, the floor for cloths and the flameproofing bay.',
                 ("paintframe", "texture", "flameproof", "coshh")),
    FacilitySpec("CKO-SCP", 'Sculpture and Mould Shop', "workshop", ART,
                 'Hot wire cutters, the mould room, a vacuum former and the 3D printers.',
                 ("sculpt", "moulding", "vacform", "print3d")),
    FacilitySpec("CKO-PRP", 'Ottermead Props Workshop', "workshop", ART,
                 'Benches for prop making, upholstery and furniture.',
                 ("propmaking", "upholstery")),
    FacilitySpec("CKO-ARM", 'Armoury and Effects Store', "service", ART,
                 'The locked armoury, the pyrotechnic store and the smoke and haze machines.',
                 ("weapons", "pyro")),
    FacilitySpec("CKO-CWR", 'Kingsmere Costume Workroom', "workshop", COSTUME,
                 'Cutting tables, industrial sewing machines and the fitting rooms.',
                 ("costmaking", "cutting", "tailoring")),
    FacilitySpec("CKO-TUT", 'Tutu Room', "workshop", COSTUME,
                 "Where the ballet's classical and romantic tutus are made and mended.",
                 ("tutus",)),
    FacilitySpec("CKO-MIL", 'Millinery and Costume Props Workshop', "workshop", COSTUME,
                 'Hat blocks, a steamer and the jewellery and armour bench.',
                 ("millinery", "jewellery")),
    FacilitySpec("CKO-DYE", 'Kingsmere Dye Room', "workshop", COSTUME,
                 'Dye vats, a fume cupboard and the breakdown area.',
                 ("dyeing",)),
    FacilitySpec("CKO-WRD", 'Running Wardrobe and Laundry', "service", COSTUME,
                 'Washers, driers, the pressing room and the shoe repair bench.',
                 ("wardrobe", "laundry", "footwear")),
    FacilitySpec("CKO-WIG", 'Wigs, Hair and Make-up Department', "workshop", WIGS,
                 'Wig-knotting benches, the wig-dressing room and the make-up rooms.',
                 ("wigmaking", "wigdress", "makeup", "prosthetics")),
    FacilitySpec("CKO-CST", 'Ottermead Costume Store', "service", COSTUME,
                 'Forty thousand costumes from past productions, for revivals and hire.',
                 ("costumestore",)),
    FacilitySpec("CKO-LIB", 'Corvedale Orchestral Library', "service", MUSIC,
                 'Scores and parts for the repertory, marked for each revival.',
                 ("library",)),
    FacilitySpec("CKO-PIT", 'Kingsmere Orchestra Pit', "facility", MUSIC,
                 'A pit for ninety players on two lifts, with the percussion store beside it.',
                 ("pit", "instruments", "noise")),
    FacilitySpec("CKO-PNO", "Kingsmere Piano Workshop", "workshop", MUSIC,
                 "Where the house's pianos and harpsichords are tuned, regulated and repaired.",
                 ("piano",)),
    FacilitySpec("CKO-BSE", 'Kingsmere Building Services Plant Rooms', "facility", BUILDING,
                 'Air handling units, boilers, the BMS head end and the fire alarm panels.',
                 ("hvac", "bms", "houseelec", "firealarm", "lifts", "plumbing")),
    FacilitySpec("CKO-SST", 'Ottermead Scenery Store', "facility", LOGISTICS,
                 'Container racking for past productions, the loading docks and the trailer park.',
                 ("scenerystore", "forklift", "hgv")),
    FacilitySpec("CKO-TRO", 'Transport and Touring Office', "service", LOGISTICS,
                 'Freight, carnets, trucks and the touring schedule.',
                 ("touring", "getin")),
    FacilitySpec("CKO-SAF", 'Production Safety Office', "service", SAFETY,
                 "Risk assessments, work at height, first aid and fire safety for the production "
                 "departments.",
                 ("riskassess", "height", "firstaid", "firemarshal")),
    FacilitySpec("CKO-ACD", 'Corvedale Production Academy', "teaching", ACADEMY,
                 'Apprentice workshops, backstage inductions and the learning programme.',
                 ("apprentice", "induction", "outreach")),
)

GIVEN = """Bronwen-Chiara Dylan-Matteo Ffion-Alessia Gethin-Lorenzo Eleri-Francesca Rhodri-Giacomo
Catrin-Valentina Iwan-Stefano Lowri-Benedetta Owain-Tommaso Nia-Ludovica Aled-Raffaele
Mererid-Beatrice Emyr-Leonardo Angharad-Serena Dafydd-Massimo Heledd-Ginevra Tudur-Vittorio
Sioned-Caterina Geraint-Emanuele Elin-Rosalba Hywel-Salvatore Manon-Ilaria""".split()
FAMILY = """Pritchard-Bianchi Vaughan-Esposito Prosser-Ricci Meredith-Gallo Bowen-Conti
Powell-Mancini Lloyd-Fontana Gwynne-Moretti Pugh-Barbieri Rees-Lombardi Howells-Santoro
Griffiths-Mariani Bevan-Rinaldi Llewellyn-Caruso Probert-Ferrara Parry-Galli Tudor-Martini
Maddocks-Leone Jenkins-Longo Hopkin-Gentile""".split()
FAMILY += ["ap Rhys-Colonna", "O'Donovan-Vitale", "St John-Serra", "de Burgh-Palumbo",
           "van der Berg-Orlando"]

CORVEDALE = Site("Corvedale Opera and Ballet (Kingsmere Opera House)", "CKO",
                 "corvedaleopera.org.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                 own=_own)
