"""The Thistlecombe National Film and Television School with its Gorsey Bank Studios: a
twenty-eighth fictitious institution, for ``heldout30``.

The Thistlecombe National Film and Television School is a fictitious national film school in the
English home counties, a higher education institution of its own (not a university's faculty)
that teaches MA and diploma students every craft of film and television -- cinematography,
directing, producing, editing, sound, production design, costume, make-up, visual effects,
animation, screen music and television -- on its own studio lot, the Gorsey Bank Studios. Its
technicians are camera, grip, lighting and electrics, sound, post-production, VFX and animation,
construction, scenic, props, art department, costume, make-up, effects, stage, television and
broadcast, production, cinema and archive, teaching, kit room, IT, estates, stores and safety
staff: the camera store, the grip store and the lighting and electrics store; the power house;
the sound stages, the backlot and the underwater stage; the special effects workshop and the
armoury; the virtual production volume and the performance capture stage; the production sound
store, the foley stage, the dubbing stage and the scoring stage; the cutting rooms, the grading
theatre and the mastering bay; the VFX lab and render farm, the stop motion studios and the 2D
animation studio; the construction shop, the scenic paint frame, the props workshop and store
and the art department studio; the costume workroom and the hair, make-up and prosthetics
studio; television studio A, the central apparatus room, the outside broadcast unit and the
radio and podcast studios; the production office; the cinema, the film archive and vault and the
film lab; the kit room and post-production IT; the studio estates, the expendables store and
transport and the studio safety office; and the youth academy.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing, a school of tropical medicine,
a maritime academy nor a zoo and conservation college, but a national film and television school
(1,200 camera, grip and lighting technicians, sound and post-production engineers, colourists,
VFX, animation, construction, scenic, props, costume and make-up technicians, broadcast
engineers, production managers, projectionists and archivists, tutors, kit room, IT, estates,
stores and safety staff and managers in the directory), unlike the institutions before it
(Northgate, Tarnside, Calderbridge, Inverallan, Harbourne, Caerwern, Ashcombe, Hollinsmoor,
Fenmere, Carrow Down, Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's
Mullaghbeg, Wealdmoor, Hallowfield's Saltergate, Wenlowe's Coldharbour, Marlbridge's Furnace
Lane, Ravensholt's Kestrel Park, Corrisdale's Vennell, Thornbury's Saltmarsh Point, Loxbrook's
Cressfield, Aldwick's Stanegate, Kingsdock, Skelmouth, Haverleigh). Kingsholm's College of Media
had a few film technicians and Vennell a broadcast centre: here film and television, with every
craft of a studio lot, is the whole institution.

Its HR system knows a person's skills from the school's equipment booking system, whose
trained-user register records who may book which resource: the export writes a person's skills
as register lines, "<resource> [<code>] » <competency> » level <n>/4 <user level> » trained
<dd>/<mm>/<yyyy> » <k> bookings". The resource (a kit package, a stage, a suite or a desk) and its
asset-group code come first, then the competency text the booking system stores for it, then
the holder's own fields: the user level (1 induction only, 2 supervised, 3 unsupervised, 4
trainer), the date the holder was signed off (2019 to 2026) and how many bookings the holder
has made (0 to 60, "1 booking"). Unlike the generators before it, the holder's fields are drawn
from the generator's seeded random stream row by row (``Site.own``), so two holders of one
competency are written differently, as a real export writes them, while the bundle stays
deterministic; they can sit oddly beside a person's level (the bundle's level column), as such
exports do. A facility's required skills are the register's resource and competency without a
holder's fields. Beside those, rows the staff typed into the skills survey are their own:
lower-case, crew slang and kit names ("genny duty on night shoots", "hostess tray rigs"). Some are
written as no technician taxonomy is likely to write them (wrap parties, awards entries).
Facilities have names, aliases (in the name or the description) and role holders. Concept keys
are the evaluation's own, not the taxonomy's ids (written after the names were labelled, so by
someone who had read ``taxonomies/skills.csv``, never the matcher or the engine). Generated by
the same deterministic generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re
from random import Random

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["LEVELS", "PEOPLE", "REGISTER", "SEED", "THISTLECOMBE"]

PEOPLE, SEED = 1200, 30307     # tests.heldout.institution.generate(PEOPLE, SEED, THISTLECOMBE)
LEVELS = ("induction only", "supervised", "unsupervised", "trainer")
# a line of the booking system's trained-user register as the export writes it: the resource and
# its code, the competency, and (a holder's own) the user level, the sign-off date and the bookings
REGISTER = re.compile(r"^(\S.*?) \[([A-Z0-9]+(?:-[A-Z0-9]+)+)\] » (\S.*?\S)"
                      r"(?: » level ([1-4])/4 (" + "|".join(map(re.escape, LEVELS))
                      + r") » trained (\d{2})/(\d{2})/(20\d{2}) » (\d{1,2}) bookings?)?$")


def _b(resource: str, code: str, competency: str) -> str:
    """The register's resource, its asset-group code and the competency it stores."""
    return f"{resource} [{code}] » {competency}"


def _own(text: str, rng: Random) -> str:
    """A holder's register line: the user level, the sign-off date and the bookings drawn from
    the generator's stream; a survey row stays as it is (and draws nothing)."""
    if " » " not in text:
        return text
    level, count, year = rng.randint(1, 4), rng.randint(0, 60), rng.randint(2019, 2026)
    day, month = rng.randint(1, 28), rng.randint(1, 11 if year == 2026 else 12)
    return (f"{text} » level {level}/4 {LEVELS[level - 1]} » trained {day:02d}/{month:02d}/{year}"
            f" » {count} booking{'' if count == 1 else 's'}")


# concept key -> HR spellings (the first is the register's resource and competency; the other is a
# row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # the camera department
    "cinecam": (_b("ARRI ALEXA Mini LF kit", "CAM-MLF", "digital cinema camera build and tests"),
                "camera prep days at the store"),
    "lenstest": (_b("Lens projector and collimator", "LNS-PRJ",
                    "checking primes and zooms before a shoot"),
                 "back focus checks on the zooms"),
    "focuspull": (_b("Wireless follow focus, cmotion", "CAM-CMO", "pulling focus on drama"),
                  "focus pulling on the grad films"),
    "clapper": (_b("Slates and camera report books", "CAM-RPT", "second assistant camera duties"),
                "loading and slating as 2nd ac"),
    "dit": (_b("DIT station, ShotPut Pro", "DIT-SPP", "offloading and verifying camera cards"),
            "dit cart on the features"),
    "stabilised": (_b("Steadicam and gimbal store", "STB-GMB", "stabilised camera operating"),
                   "steadicam and ronin shots"),
    "filmcam": (_b("Arriflex SR3 and 35-III cameras", "FLM-SR3", "shooting on 16mm and 35mm film"),
                "film mags and the changing tent"),
    "drone": (_b("Drone kit, DJI Mavic 3 Cine", "UAV-MV3", "flying drones for aerial shots"),
              "drone shots for the docs"),
    "highspeed": (_b("Phantom VEO 4K", "CAM-VEO", "slow motion filming with high speed cameras"),
                  "phantom shoots for the commercials"),
    "videoassist": (_b("Video assist cart", "VID-AST", "on-set monitoring and playback"),
                    "running video village"),
    # grip
    "dolly": (_b("Chapman PeeWee dolly", "GRP-PW", "dolly and track for drama"),
              "laying track for the dolly"),
    "crane": (_b("Scorpio telescopic crane", "GRP-SCP", "camera cranes and jibs"), "jib shots"),
    "vehiclerig": (_b("Car mount and tracking vehicle kit", "GRP-VEH",
                      "rigging cameras on vehicles"),
                   "hostess tray rigs"),
    # lighting and electrics
    "filmlight": (_b("LED lighting store, SkyPanel and Vortex", "LX-LED",
                     "lighting drama on stage and location"),
                  "lighting the sets"),
    "hmi": (_b("HMI store, ARRI M40 and 18K", "LX-HMI18", "daylight HMI lamps and ballasts"),
            "hmi lamp checks"),
    "lxconsole": (_b("On-set lighting console, grandMA3 light", "LX-MA3",
                     "programming set lights over DMX"),
                  "patching fixtures on the lighting desk"),
    "tempower": (_b("Stage power distribution, 400A", "PWR-400", "temporary power for film sets"),
                 "cabling up the distros"),
    "genny": (_b("Tow generator, 60 kVA", "PWR-G60", "generator running on location"),
              "genny duty on night shoots"),
    "pat": (_b("PAT testing bench", "ELC-BNC", "portable appliance testing of lighting kit"),
            "pat tests on the lamps"),
    # sound
    "locsound": (_b("Location sound kit, Sound Devices Scorpio", "SND-SCP",
                    "recording dialogue on set"),
                 "sound recordist on location shoots"),
    "boomop": (_b("Boom kit, Ambient poles", "SND-AMB", "boom operating and mic placement"),
               "boom swinging"),
    "radiomic": (_b("Radio mic kit, Wisycom", "SND-WIS", "radio microphones on actors"),
                 "lav placement on cast"),
    "foley": (_b("Foley stage pits", "PST-PIT", "performing and recording foley"),
              "footsteps in the foley pits"),
    "adr": (_b("ADR booth", "PST-BTH", "automated dialogue replacement sessions"), "adr recording"),
    "dubmix": (_b("Atmos dubbing stage", "PST-ATM", "final mixes for film in Dolby Atmos"),
               "dub stage mixing"),
    "soundedit": (_b("Sound editing rooms, Pro Tools", "PST-SED", "dialogue and effects editing"),
                  "cutting sound fx"),
    "score": (_b("Scoring stage control room", "MUS-CR", "recording music for picture"),
              "score recording sessions"),
    # editing and post
    "edit": (_b("Cutting rooms, Avid Media Composer", "EDT-CUT",
                "offline editing of student films"),
             "cutting the grad films"),
    "assistedit": (_b("Cutting rooms, Avid Media Composer", "EDT-AST",
                      "assistant editing and syncing dailies"),
                   "syncing dailies for the editors"),
    "online": (_b("Online and conform suite", "PST-ONL", "conforming the locked cut"),
               "online conforms"),
    "grade": (_b("Grading theatre, Baselight Two", "PST-BL2",
                 "colour grading films for projection"),
              "grading sessions with the students"),
    "deliver": (_b("Mastering bay", "PST-MST", "making DCPs and delivery masters"),
                "dcp and deliverables"),
    "subtitles": (_b("Subtitle station, EZTitles", "PST-EZT", "subtitling and captioning films"),
                  "subs for festival copies"),
    "mam": (_b("Media asset system, Avid MediaCentral", "IT-MCN",
               "managing rushes and media archives"),
            "media wrangling"),
    "lto": (_b("LTO archive robot", "IT-LTO9", "writing finished films to LTO tape"), "lto writes"),
    # VFX and animation
    "compositing": (_b("Nuke seats", "VFX-NKX", "compositing visual effects shots"), "nuke comps"),
    "cg": (_b("CG workstations, Maya and Houdini", "VFX-CG",
              "3D modelling, texturing and rendering"),
           "cg for the vfx shots"),
    "tracking": (_b("Tracking station, 3DEqualizer", "VFX-TRK", "matchmoving and rotoscoping"),
                 "roto and tracking"),
    "renderfarm": (_b("Render farm, 64 nodes", "VFX-RF64", "render farm administration"),
                   "keeping the render nodes up"),
    "mocap": (_b("Optical motion capture stage", "MCP-OPT", "motion capture sessions"),
              "mocap sessions with the games students"),
    "virtualprod": (_b("LED volume, 12 m curved wall", "VPR-12M", "in-camera VFX on the LED wall"),
                    "running the led wall"),
    "realtime": (_b("Real-time engine seats, Unreal", "VPR-RT",
                    "building Unreal scenes for the volume"),
                 "unreal environments for the wall"),
    "stopmotion": (_b("Stop motion stages, Dragonframe", "ANI-SMS",
                      "animating puppets frame by frame"),
                   "animating on the stop motion stages"),
    "puppets": (_b("Puppet workshop", "ANI-PWK", "puppet and armature fabrication"),
                "building puppets and armatures"),
    "anim2d": (_b("2D studio, Toon Boom and TVPaint", "ANI-2DS",
                  "hand-drawn and digital 2D animation"),
               "2d animating on the cintiqs"),
    "previs": (_b("Previs room", "VFX-PRV", "previsualisation and animatics"),
               "previs for the action scenes"),
    # art department and construction
    "sets": (_b("Construction shop", "CON-SHP", "building sets for the stages"), "stage builds"),
    "scenicart": (_b("Scenic paint frame", "CON-FRM", "scenic art: texturing, ageing and backings"),
                  "painting the backings"),
    "plasterwork": (_b("Plaster and moulding shop", "CON-MLD",
                       "fibrous plaster and moulded set pieces"),
                    "plaster mouldings for period sets"),
    "dressing": (_b("Set dec store", "ART-DEC", "set decoration and standby props"),
                 "dressing the sets"),
    "propmaking": (_b("Props workshop", "ART-PWK", "making props from foam, resin and timber"),
                   "prop builds for the shorts"),
    "propstore": (_b("Props store", "ART-PST", "props buying, hiring and returns"),
                  "props hires and returns"),
    "artgraphics": (_b("Art department graphics", "ART-GRP", "graphics for sets and props"),
                    "making signs for sets"),
    "miniatures": (_b("Miniatures workshop", "ART-MIN", "scale models and miniatures for camera"),
                   "miniature sets"),
    "setdrawing": (_b("Art department drawing office", "ART-DRW",
                      "drawing set plans in Vectorworks"),
                   "set plans and elevations"),
    "setmetal": (_b("Metal shop", "CON-MET", "steel fabrication and welding for sets"),
                 "welding steel frames for flats"),
    "cncroute": (_b("CNC router", "CON-RTR", "routing set pieces on the CNC"),
                 "cnc cutting for the art dept"),
    "towers": (_b("Access towers and MEWPs", "ACC-MWP", "working at height on stage"),
               "tower and cherry picker work"),
    # costume, hair and make-up
    "costume": (_b("Costume workroom", "CST-WRM", "costume construction and fittings"),
                "costume fittings"),
    "cutting": (_b("Costume cutting room", "CST-CUT", "pattern cutting and toiles for costume"),
                "cutting patterns for the costume dept"),
    "ageing": (_b("Dye room", "CST-DYE", "breaking down and dyeing costumes"),
               "costume ageing in the dye room"),
    "wardrobe": (_b("Wardrobe trucks", "CST-TRK", "wardrobe on set and costume continuity"),
                 "wardrobe standby"),
    "makeup": (_b("Make-up stations", "HMU-STN", "make-up for camera and continuity"),
               "make-up chair on shoot days"),
    "prosthetic": (_b("Prosthetics workshop", "HMU-PWK",
                      "sculpting and running prosthetic appliances"),
                   "running prosthetic pieces"),
    "wigs": (_b("Wig block room", "HMU-BLK", "wig making and dressing"),
             "dressing wigs for period films"),
    # effects, armoury and stunts
    "sfx": (_b("Special effects workshop", "SFX-WKS",
               "physical effects: rain, wind, snow and smoke"),
            "rain and snow rigs"),
    "breakaways": (_b("Breakaways bench", "SFX-BRK2", "breakaway props and sugar glass"),
                   "breakaway bottles"),
    "armoury": (_b("Armoury safe", "ARM-SAF", "prop and blank firing weapons on set"),
                "armourer on set"),
    "stunts": (_b("Stunt mats and air rams", "STN-AIR", "stunt rigging and coordination"),
               "stunt rehearsals"),
    "tank": (_b("Underwater stage tank", "STG-UWT", "underwater filming and tank safety"),
             "tank days"),
    # stages
    "stageops": (_b("Sound stages 1 to 3", "STG-OPS", "running the sound stages and turnarounds"),
                 "stage turnarounds"),
    "rigging": (_b("Stage grid and chain hoists", "STG-GRD", "rigging from the stage grid"),
                "rigging on the grid"),
    "backlot": (_b("Backlot", "STG-LOT", "backlot street and exterior sets"), "backlot set-ups"),
    # the TV studio and broadcast
    "multicam": (_b("TV studio A gallery", "TV-GAL",
                    "directing and vision mixing multi-camera shows"),
                 "vision mixing the studio shows"),
    "studiocam": (_b("Studio cameras on pedestals", "TV-PED", "studio camera operating"),
                  "pedestal camera work"),
    "vision": (_b("Vision control room", "TV-VCR", "racking and shading studio cameras"),
               "shading the cameras"),
    "sdi": (_b("Central apparatus room", "TV-CAR2", "broadcast engineering and signal routing"),
            "broadcast kit in the car"),
    "ipvideo": (_b("IP broadcast core", "TV-IP2", "SMPTE ST 2110 and PTP timing"), "ip video core"),
    "ob": (_b("OB truck", "TV-OBT", "outside broadcast rigs"), "ob rigs for the concerts"),
    "stream": (_b("Streaming encoders", "TV-ENC", "live streaming shows and screenings"),
               "streaming the events"),
    "prompt": (_b("Autocue prompters", "TV-ACQ", "autocue and prompting"), "autocue op"),
    "comms": (_b("Talkback matrix", "TV-TBK", "talkback and production comms"),
              "comms for the gallery"),
    "tvgraphics": (_b("Broadcast graphics station", "TV-GFX",
                      "on-screen graphics and captions for live TV"),
                   "graphics op for the studio"),
    "radio": (_b("Radio and podcast studios", "RAD-STU", "radio and podcast production"),
              "podcast recording"),
    "playout": (_b("Playout and transmission", "TV-TX", "playout for the school channel"),
                "tx for the school channel"),
    "newsgather": (_b("ENG kits", "TV-ENGK", "news gathering and self shooting"), "news shoots"),
    # production
    "prodman": (_b("Production office", "PRD-MGT", "managing student productions"),
                "production manager on grad films"),
    "scheduling": (_b("Scheduling software", "PRD-SCH", "script breakdown and scheduling"),
                   "shooting schedules"),
    "budgeting": (_b("Budgeting software", "PRD-BUD", "film budgets and cost reports"),
                  "cost reports"),
    "locations": (_b("Locations desk", "PRD-LOCS", "finding and securing locations"),
                  "location recces"),
    "shootrisk": (_b("Shoot risk register", "PRD-RSKR", "risk assessing shoots"),
                  "risk assessing the shoots"),
    "assistdir": (_b("AD kit and radios", "PRD-ADK", "assistant directing and call sheets"),
                  "first ad on the grad films"),
    "continuity": (_b("Script supervision kit", "PRD-SSK", "script supervision and continuity"),
                   "script supervising"),
    "clearance": (_b("Rights and clearances desk", "PRD-RCL",
                     "rights clearance and music licences"),
                  "clearing music"),
    "festivals": (_b("Festivals office", "PRD-FES", "festival entries and distribution"),
                  "festival entries"),
    # the cinema and the archive
    "projection": (_b("Cinema projection box", "CIN-BOX", "film and digital projection"),
                   "projecting 35mm prints"),
    "cinemaops": (_b("Cinema auditorium", "CIN-AUD", "running public screenings"),
                  "screening nights"),
    "filmarchive": (_b("Film archive vault", "ARC-VLT2",
                       "film inspection, repair and archive care"),
                    "repairing prints in the vault"),
    "filmscan": (_b("Film scanning room", "ARC-SCN2", "scanning film to 4K"),
                 "4k scans of old films"),
    "restore": (_b("Restoration suite", "ARC-RST2", "digital restoration of archive films"),
                "cleaning up archive scans"),
    "filmlab": (_b("Film lab", "LAB-DEV", "processing 16mm and 35mm film by hand"),
                "developing film in the lab"),
    "tapes": (_b("Tape transfer bay", "ARC-TAP", "transferring video tapes"),
              "u-matic and beta transfers"),
    # teaching and student support
    "teaching": (_b("Teaching studios", "TCH-STD", "teaching film craft workshops"),
                 "craft workshops for the ma"),
    "kitloans": (_b("Kit room", "KIT-LNS", "issuing and checking in loan kit"), "kit room shifts"),
    "inductions": (_b("Kit room induction bench", "KIT-IBN", "inducting students on loan kit"),
                   "kit inductions for new students"),
    "gradsupport": (_b("Graduation films", "TCH-GRF", "technical support for graduation films"),
                    "grad film tech support"),
    "marking": (_b("Assessment office", "TCH-ASM", "assessing practical work"),
                "marking the practical projects"),
    "shortcourse": (_b("Short courses studio", "TCH-SCS", "running evening short courses"),
                    "weekend short courses"),
    "youth": (_b("Youth academy", "TCH-YTH", "safeguarding on young people's courses"),
              "safeguarding lead for the youth academy"),
    "access": (_b("Inclusive kit store", "TCH-INC",
                  "adapting kit and shoots for disabled students"),
               "adaptations for disabled students"),
    # IT
    "editit": (_b("Edit suite Macs", "IT-EDM", "supporting the edit suite Macs"),
               "mac fleet updates"),
    "sharedstore": (_b("Shared edit storage", "IT-SHS", "shared storage for the cutting rooms"),
                    "edit storage"),
    "postnet": (_b("Post network", "IT-PNW", "networking the post-production floor"),
                "post network"),
    "itdesk": (_b("IT service desk", "IT-SVD", "IT support for staff and students"),
               "it tickets from the cutting rooms"),
    # estates, stores, safety and management
    "estates": (_b("Studio estates", "EST-GEN", "maintaining the studio buildings"),
                "studio maintenance jobs"),
    "studioelec": (_b("Studio electrical installation", "EST-ELC",
                      "electrical installation work on the stages"),
                   "studio wiring jobs"),
    "vehicles": (_b("Production vehicles", "TRN-PVH", "driving production vans and trucks"),
                 "driving the lutons"),
    "expendables": (_b("Expendables counter", "STR-CNT", "stores and consumables"),
                    "expendables counter"),
    "buying": (_b("Purchasing desk", "STR-PUR", "ordering kit and hires"),
               "ordering for the stages"),
    "risk": (_b("Risk assessment library", "HS-RAL", "writing risk assessments"),
             "risk assessment paperwork for stage builds"),
    "firesafe": (_b("Stage fire plan", "HS-FIRE", "fire safety on the stages"),
                 "fire checks on stage"),
    "firstaid": (_b("First aid room", "HS-FAR", "first aid at work"),
                 "first aider on the stages rota"),
    "coshh": (_b("Paint and resin store", "HS-PRS", "COSHH for paints, resins and smoke fluids"),
              "coshh sheets for resins and smoke fluid"),
    "security": (_b("Studio gate", "SEC-GT2", "studio security and passes"), "gate passes"),
    "linemgmt": (_b("Technical departments", "MGT-TD", "managing technicians"),
                 "one to ones with the tech team"),
    "deptbudget": (_b("Department budgets", "MGT-BUD", "departmental budget management"),
                   "monthly budget monitoring for the departments"),
    "procurement": (_b("Capital kit purchases", "MGT-CAP", "buying cameras and capital kit"),
                    "kit replacement plans"),
    "greenprod": (_b("Sustainability office", "MGT-SUS",
                     "sustainable production and carbon reports"),
                  "albert reports"),
    "outreach": (_b("Schools programme", "OUT-SCH", "outreach with schools and colleges"),
                 "school workshops"),
    "stills": (_b("Stills kit", "PHO-STL", "unit stills photography"), "set stills"),
    "wrap": (_b("Wrap and premiere nights", "EVT-WRP", "organising wrap parties and premieres"),
             "wrap party planning"),
    "awards": (_b("Awards and nominations", "EVT-AWD", "entering films for awards"),
               "awards entries for the films"),
}

CAMERA = "Camera and Lighting"
SOUND = "Sound"
POST = "Editing and Post-Production"
VFX = "Visual Effects and Animation"
DESIGN = "Production Design and Construction"
COSTUME = "Costume, Hair and Make-up"
STAGES = "Studios and Stages"
TV = "Television and Broadcast"
PRODUCTION = "Producing and Production"
ARCHIVE = "Cinema and Film Archive"
TEACHING = "Academic Programmes"
TECH = "Technical Services"
OPERATIONS = "Studio Operations"

GROUPS = (
    Group("camera", 9, (CAMERA,), ("Camera Technician", "Senior Camera Technician",
                                   "Camera Department Tutor"),
          ("cinecam", "lenstest", "focuspull", "clapper", "stabilised", "filmcam", "highspeed",
           "videoassist", "drone"),
          "Preps, tests and teaches the camera packages."),
    Group("dit", 3, (CAMERA, POST), ("Digital Imaging Technician", "Data Wrangler"),
          ("dit", "mam", "videoassist", "grade", "lto"),
          "Looks after the camera data from card to cutting room."),
    Group("grip", 4, (CAMERA,), ("Grip", "Key Grip Tutor"),
          ("dolly", "crane", "vehiclerig", "towers", "stabilised"),
          "Moves the camera: dollies, cranes and vehicle rigs."),
    Group("electrics", 8, (CAMERA, STAGES), ("Lighting Technician", "Gaffer", "Electrician"),
          ("filmlight", "hmi", "tempower", "lxconsole", "genny", "pat", "towers"),
          "Lights the sets and powers the stages and locations."),
    Group("prodsound", 5, (SOUND,), ("Production Sound Technician", "Sound Recordist"),
          ("locsound", "boomop", "radiomic", "soundedit"),
          "Records sound on set and on location."),
    Group("postsound", 5, (SOUND,), ("Sound Post-Production Engineer", "Dubbing Mixer",
                                     "Foley Artist"),
          ("dubmix", "soundedit", "foley", "adr", "score"),
          "Edits, records and mixes sound for the films."),
    Group("editing", 7, (POST,), ("Editing Technician", "Assistant Editor", "Edit Tutor"),
          ("edit", "assistedit", "online", "subtitles", "mam", "deliver"),
          "Supports the cutting rooms and the editors."),
    Group("colour", 3, (POST,), ("Colourist", "Finishing Technician"),
          ("grade", "online", "deliver", "filmscan"),
          "Grades and finishes the films for screen."),
    Group("vfx", 6, (VFX,), ("VFX Technician", "Compositor", "CG Technician"),
          ("compositing", "cg", "tracking", "renderfarm", "previs", "virtualprod"),
          "Supports compositing, CG and the render farm."),
    Group("virtual", 3, (VFX, STAGES), ("Virtual Production Technician",
                                        "Motion Capture Technician"),
          ("virtualprod", "realtime", "mocap", "previs", "cg"),
          "Runs the LED volume and the motion capture stage."),
    Group("animation", 5, (VFX,), ("Animation Technician", "Stop Motion Technician"),
          ("stopmotion", "puppets", "anim2d", "previs", "miniatures"),
          "Supports the stop motion and 2D animation studios."),
    Group("construction", 7, (DESIGN,), ("Construction Technician", "Carpenter",
                                         "Construction Manager"),
          ("sets", "cncroute", "setmetal", "plasterwork", "towers", "scenicart"),
          "Builds the sets for the stages and the backlot."),
    Group("scenic", 3, (DESIGN,), ("Scenic Artist", "Scenic Painter"),
          ("scenicart", "plasterwork", "artgraphics", "sets"),
          "Paints, textures and ages the sets."),
    Group("props", 5, (DESIGN,), ("Props Technician", "Props Master", "Set Decorator"),
          ("propmaking", "propstore", "dressing", "miniatures", "breakaways", "artgraphics"),
          "Makes, buys and dresses the props."),
    Group("artdept", 3, (DESIGN,), ("Art Department Coordinator", "Draughtsperson"),
          ("setdrawing", "artgraphics", "dressing", "miniatures"),
          "Draws the sets and makes the graphics."),
    Group("costume", 6, (COSTUME,), ("Costume Technician", "Costume Cutter",
                                     "Wardrobe Supervisor"),
          ("costume", "cutting", "ageing", "wardrobe"),
          "Makes, breaks down and looks after the costumes."),
    Group("makeup", 5, (COSTUME,), ("Make-up Technician", "Prosthetics Technician",
                                    "Wig Technician"),
          ("makeup", "prosthetic", "wigs"),
          "Does make-up, prosthetics and wigs for the films."),
    Group("sfx", 5, (STAGES,), ("Special Effects Technician", "Armourer"),
          ("sfx", "breakaways", "armoury", "tank", "stunts"),
          "Runs the physical effects, the armoury and the stunts."),
    Group("stages", 6, (STAGES,), ("Stage Technician", "Studio Manager", "Rigger"),
          ("stageops", "rigging", "backlot", "towers", "tank", "firesafe"),
          "Runs the sound stages, the grid and the backlot."),
    Group("tvstudio", 6, (TV,), ("Studio Technician", "Vision Mixer", "Studio Director Tutor"),
          ("multicam", "studiocam", "prompt", "comms", "tvgraphics", "vision"),
          "Runs TV studio A and its gallery."),
    Group("broadcast", 5, (TV,), ("Broadcast Engineer", "Vision Engineer"),
          ("sdi", "ipvideo", "vision", "ob", "stream", "playout"),
          "Engineers the broadcast kit, the OB truck and the streams."),
    Group("radio", 3, (TV,), ("Radio and Podcast Technician", "News Technician"),
          ("radio", "newsgather", "stream", "playout"),
          "Runs the radio and podcast studios and the news kits."),
    Group("production", 6, (PRODUCTION,), ("Production Manager", "Production Coordinator",
                                           "Producing Tutor"),
          ("prodman", "scheduling", "budgeting", "locations", "shootrisk", "assistdir",
           "continuity", "clearance", "festivals"),
          "Manages the student productions from schedule to wrap."),
    Group("distribution", 2, (PRODUCTION,), ("Festivals and Distribution Officer",),
          ("festivals", "clearance", "awards", "wrap"),
          "Sends the films to festivals and looks after their rights."),
    Group("cinema", 4, (ARCHIVE,), ("Projectionist", "Cinema Technician"),
          ("projection", "cinemaops", "deliver", "filmarchive"),
          "Runs the cinema and its projection box."),
    Group("archive", 4, (ARCHIVE,), ("Film Archivist", "Film Lab Technician",
                                     "Restoration Technician"),
          ("filmarchive", "filmscan", "restore", "filmlab", "tapes"),
          "Keeps, scans and restores the film collection."),
    Group("teaching", 7, (TEACHING,), ("Tutor", "Head of Craft", "Course Leader"),
          ("teaching", "marking", "gradsupport", "outreach", "shortcourse", "youth", "access"),
          "Teaches the school's craft programmes."),
    Group("kitroom", 5, (TECH,), ("Kit Room Technician", "Loans Supervisor"),
          ("kitloans", "inductions", "pat", "expendables", "cinecam"),
          "Lends the kit and inducts the students on it."),
    Group("it", 5, (TECH,), ("IT Technician", "Systems Administrator", "Post IT Engineer"),
          ("editit", "sharedstore", "postnet", "itdesk", "renderfarm", "lto"),
          "Keeps the edit suites, the storage and the network going."),
    Group("estates", 4, (OPERATIONS,), ("Estates Technician", "Studio Electrician"),
          ("estates", "studioelec", "tempower", "security", "firesafe"),
          "Maintains the studio buildings and their power."),
    Group("stores", 3, (OPERATIONS,), ("Stores Officer", "Driver"),
          ("expendables", "buying", "vehicles"),
          "Runs the expendables store, the purchasing and the vans."),
    Group("safety", 2, (OPERATIONS,), ("Health and Safety Adviser",),
          ("risk", "firesafe", "firstaid", "coshh", "shootrisk"),
          "Advises on the risks of the shoots and the stages."),
    Group("management", 4, (CAMERA, POST, STAGES, OPERATIONS), ("Head of Department",
                                                                "Technical Manager"),
          ("linemgmt", "deptbudget", "procurement", "greenprod", "awards"),
          "Manages the technical departments, their budgets and their kit."),
)
SHARED = ("risk", "firstaid", "shootrisk", "greenprod", "stills", "wrap", "coshh", "firesafe",
          "pat", "teaching")

FACILITIES = (
    FacilitySpec("TNF-CAM", "Gorsey Bank Camera Store", "equipment store", CAMERA,
                 "Digital cinema and film camera packages, lenses and focus kit; the camera room.",
                 ("cinecam", "lenstest", "focuspull", "filmcam")),
    FacilitySpec("TNF-GRP", "Grip Store", "equipment store", CAMERA,
                 "Dollies, track, cranes and vehicle rigs; the grip bay.",
                 ("dolly", "crane", "vehiclerig")),
    FacilitySpec("TNF-LX", "Lighting and Electrics Store", "equipment store", CAMERA,
                 "LED, HMI and tungsten lamps, consoles and cable; the sparks store.",
                 ("filmlight", "hmi", "lxconsole")),
    FacilitySpec("TNF-PWR", "Gorsey Bank Power House", "plant", OPERATIONS,
                 "The stages' 400A supplies, distros and the tow generators.",
                 ("tempower", "genny")),
    FacilitySpec("TNF-STG", "Gorsey Bank Sound Stages", "studio", STAGES,
                 "Three sound stages with a grid and chain hoists; stages 1, 2 and 3.",
                 ("stageops", "rigging")),
    FacilitySpec("TNF-LOT", "Gorsey Bank Backlot", "studio", STAGES,
                 "A Victorian street, a station platform and a car park for night exteriors.",
                 ("backlot",)),
    FacilitySpec("TNF-TNK", "Underwater Stage", "studio", STAGES,
                 "A heated filming tank with a viewing window; the tank.", ("tank",)),
    FacilitySpec("TNF-SFX", "Special Effects and Armoury", "workshop", STAGES,
                 "Rain, snow, smoke and breakaways, and the armoury's safe.",
                 ("sfx", "breakaways", "armoury")),
    FacilitySpec("TNF-VOL", "Virtual Production Volume", "studio", VFX,
                 "A curved LED wall with camera tracking and Unreal; the volume.",
                 ("virtualprod", "realtime")),
    FacilitySpec("TNF-MCP", "Performance Capture Stage", "studio", VFX,
                 "An optical motion capture stage shared with the games course.", ("mocap",)),
    FacilitySpec("TNF-PSD", "Production Sound Store", "equipment store", SOUND,
                 "Recorders, booms and radio mics for the shoots.",
                 ("locsound", "boomop", "radiomic")),
    FacilitySpec("TNF-FOL", "Thistlecombe Foley Stage", "studio", SOUND,
                 "Foley pits, props and an ADR booth.", ("foley", "adr")),
    FacilitySpec("TNF-DUB", "Thistlecombe Dubbing Stage", "studio", SOUND,
                 "A Dolby Atmos mixing theatre and the sound editing rooms; the dub.",
                 ("dubmix", "soundedit")),
    FacilitySpec("TNF-SCR", "Scoring Stage", "studio", SOUND,
                 "A live room for an ensemble of forty and its control room.", ("score",)),
    FacilitySpec("TNF-CUT", "Cutting Rooms", "studio", POST,
                 "Twenty Avid suites with shared storage; the edit floor.",
                 ("edit", "assistedit")),
    FacilitySpec("TNF-GRD", "Thistlecombe Grading Theatre", "studio", POST,
                 "A Baselight theatre with a DCI projector, and the online suite.",
                 ("grade", "online")),
    FacilitySpec("TNF-MST", "Mastering and Deliverables Bay", "studio", POST,
                 "DCPs, masters, subtitles and QC for the festival copies.",
                 ("deliver", "subtitles")),
    FacilitySpec("TNF-VFX", "VFX Lab and Render Farm", "computing", VFX,
                 "Nuke and CG seats and a 64-node render farm.",
                 ("compositing", "cg", "tracking", "renderfarm")),
    FacilitySpec("TNF-ANI", "Stop Motion Studios", "studio", VFX,
                 "Twelve stop motion stages and the puppet workshop.",
                 ("stopmotion", "puppets")),
    FacilitySpec("TNF-2DA", "2D Animation Studio", "studio", VFX,
                 "Drawing tablets, lightboxes and a rostrum camera.", ("anim2d",)),
    FacilitySpec("TNF-CON", "Construction Shop", "workshop", DESIGN,
                 "Set building, the CNC router and the metal shop; the chippies' shop.",
                 ("sets", "cncroute", "setmetal")),
    FacilitySpec("TNF-PNT", "Scenic Paint Frame", "workshop", DESIGN,
                 "A 20-metre paint frame and the plaster shop.",
                 ("scenicart", "plasterwork")),
    FacilitySpec("TNF-PRP", "Props Workshop and Store", "workshop", DESIGN,
                 "Prop making, the props store and the set dec store.",
                 ("propmaking", "propstore", "dressing")),
    FacilitySpec("TNF-ART", "Art Department Studio", "studio", DESIGN,
                 "Drawing office, graphics and the miniatures bench.",
                 ("setdrawing", "artgraphics", "miniatures")),
    FacilitySpec("TNF-CST", "Costume Workroom and Store", "workshop", COSTUME,
                 "Cutting, sewing, the dye room and the costume store; wardrobe.",
                 ("costume", "cutting", "ageing", "wardrobe")),
    FacilitySpec("TNF-HMU", "Hair, Make-up and Prosthetics Studio", "studio", COSTUME,
                 "Make-up stations, the wig room and the prosthetics workshop.",
                 ("makeup", "prosthetic", "wigs")),
    FacilitySpec("TNF-TVA", "Television Studio A", "studio", TV,
                 "A four-camera HD studio with its gallery and vision control; studio A.",
                 ("multicam", "studiocam", "vision", "prompt")),
    FacilitySpec("TNF-CAR", "Central Apparatus Room", "plant", TV,
                 "Routers, sync and the ST 2110 core for the studios; the CAR.",
                 ("sdi", "ipvideo")),
    FacilitySpec("TNF-OBU", "Outside Broadcast Unit", "equipment store", TV,
                 "A six-camera OB truck and streaming kits.", ("ob", "stream")),
    FacilitySpec("TNF-RAD", "Radio and Podcast Studios", "studio", TV,
                 "Two radio studios, a podcast room and the school channel's playout.",
                 ("radio", "playout")),
    FacilitySpec("TNF-PRD", "Production Office", "office", PRODUCTION,
                 "Schedules, budgets, locations and risk for the student productions.",
                 ("prodman", "scheduling", "budgeting", "locations")),
    FacilitySpec("TNF-CIN", "Thistlecombe Cinema", "cinema", ARCHIVE,
                 "A 180-seat cinema with 35mm, 16mm and DCP projection; cinema 1.",
                 ("projection", "cinemaops")),
    FacilitySpec("TNF-ARC", "Film Archive and Vault", "archive", ARCHIVE,
                 "The school's films since 1971, the scanning room and the restoration suite.",
                 ("filmarchive", "filmscan", "restore", "tapes")),
    FacilitySpec("TNF-LAB", "Thistlecombe Film Lab", "laboratory", ARCHIVE,
                 "Hand processing of 16mm and 35mm black and white and colour film.",
                 ("filmlab",)),
    FacilitySpec("TNF-KIT", "Thistlecombe Kit Room", "equipment store", TECH,
                 "Loans, returns and inductions for the students' kit; the loans counter.",
                 ("kitloans", "inductions")),
    FacilitySpec("TNF-PIT", "Post-Production IT", "computing", TECH,
                 "Edit suite Macs, shared storage, the post network and the LTO robot.",
                 ("editit", "sharedstore", "postnet", "lto")),
    FacilitySpec("TNF-EST", "Studio Estates", "workshop", OPERATIONS,
                 "Building maintenance and the stages' electrical installation.",
                 ("estates", "studioelec")),
    FacilitySpec("TNF-STR", "Expendables Store and Transport", "service", OPERATIONS,
                 "Gels, tape and consumables, purchasing and the production vans.",
                 ("expendables", "buying", "vehicles")),
    FacilitySpec("TNF-SAF", "Studio Safety Office", "service", OPERATIONS,
                 "Risk assessments, fire plans, first aid and COSHH for the school.",
                 ("risk", "firesafe", "firstaid", "coshh")),
    FacilitySpec("TNF-YTH", "Thistlecombe Youth Academy", "teaching", TEACHING,
                 "Saturday and summer filmmaking courses for 14 to 18 year olds.",
                 ("youth", "shortcourse", "outreach")),
)

GIVEN = """Iñaki Mikel-Ander Arantxa Maëlys Tangi Soazig Brieuc Rozenn Ólavur Sunneva Rógvi Marjun
Hallgrímur Sigrún Þórdís Snorri Kolbrún Guðrún Grazzja Marija-Luisa Rożanne Dalisay Bayani Ligaya
Marikit Tala Amihan Mayumi Thảo Phúc Hạnh Quốc Linh-Đan Tuấn Ji-hoon Min-jun Kittipong Nattaya
Siriporn Anurak Máret Ingá Biret Risten Gian-Reto Ursina Curdin Flurina Mattiu Seraina Efisio
Bonaria Gavino Nicolina Cosimo-Damiano""".split()
FAMILY = """Arrizabalaga Urrutikoetxea Olazabal Le-Goff Kerjean Le-Bihan Morvan-Le-Roux Guivarc'h
Poulsen-Joensen Hansen-Dalsgaard Jacobsen-Mikkelsen Sigurðardóttir Ragnarsson-Hall Guðmundsdóttir
Þorvaldsson Borg-Camilleri Zammit-Cutajar Grech-Vella Agius-Farrugia Mifsud-Bonnici
Villanueva-Dizon Nguyễn-Trần Hoàng-Võ Đặng-Bùi Kang-Yoon Baek-Seo Jeong-Ryu Srisuwan Chaiyaporn
Rattanakorn Utsi-Somby Aikio-Magga Caduff-Tschurr Cathomen-Derungs Casanova-Demarmels Pinna-Sanna
Porcu-Deiana Murgia-Spanu Tanda-Piras Ó-Conchubhair-Keane""".split()
FAMILY += ["Mac an tSaoir-Reid", "de la Cruz-Ocampo", "van Dalsum-Kerkhof", "Ní Cheallaigh-Byrne"]

THISTLECOMBE = Site("Thistlecombe National Film and Television School (Gorsey Bank Studios)", "TNF",
                    "thistlecombe-nfts.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY,
                    own=_own)
