"""Corrisdale University's Faculty of Performing Arts, the Vennell Conservatoire: a twenty-first
fictitious institution, for ``heldout23``.

Corrisdale University is a fictitious English university; the Vennell Conservatoire of Music,
Drama and Dance joined it as its Faculty of Performing Arts, with the conservatoire's School of
Production Arts and the Vennell Broadcast Centre. Its technicians are theatre, concert-hall and
studio crews: the lighting, sound, stage engineering and stage management staff of its theatres
and concert hall, the production workshops (scenic construction in steel and timber, scenic art,
props, costume and wardrobe, wigs, hair and make-up), the instrument technicians and the
instrument store, the recording studios and the electroacoustic and music technology studios,
the broadcast centre, the dance studios and the motion capture stage, the music library and the
performance archive, the box office and front of house, outdoor events and the performance safety
office.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty nor an engineering and physical
sciences faculty, but a conservatoire of music, drama and dance that is now a university's
performing arts faculty (1,200 lighting, sound, flying and automation technicians, stage crews
and stage managers, scenic carpenters and metalworkers, scenic artists, props makers, costume
makers and wardrobe staff, wig makers and make-up artists, piano and instrument technicians,
recording, music technology and broadcast engineers, dance studio, motion capture, library and
archive staff, box office and front of house staff, events and safety staff and production
managers in the directory), unlike the institutions before it (Northgate, Tarnside,
Calderbridge, Inverallan, Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow Down,
Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg, Wealdmoor,
Hallowfield's Saltergate, Wenlowe's Coldharbour, Marlbridge's Furnace Lane, Ravensholt's Kestrel
Park). The venues are the Vennell Theatre (a proscenium house with a counterweight and power
flying system), the Brindle Studio Theatre, the opera studio with its pit lift, the Corrisdale
Concert Hall with its organ, the rehearsal rooms and the Quarry Garden Stage outdoors; the School
of Production Arts has stage engineering and automation, the lighting workshop and programming
suite, the sound department and the concert sound store, the stage management office, the
scenic construction workshop, the scenic metal shop and CNC router bay, the paint frame and
spray booth, the props workshop and the armoury, the costume workshop, the show wardrobe and dye
room and the wigs, hair and make-up room; the School of Music has the piano workshop, the
instrument repair workshop, the instrument store, the recording studios and mastering suite, the
electroacoustic studios and the music technology lab; the broadcast centre has its gallery, edit
suites and the video and projection store; the School of Dance has the dance studios and the
motion capture stage; the music library and the performance archive, the box office and front of
house, and the performance safety office serve them all.

Its HR system knows a person's skills from the conservatoire's crew-scheduling system, where a
technician can only be booked on a call they hold a ticket for: every competence signed off by a
head of department is a ticket, and the export writes a person's skills as their tickets:
"<skill> +<dept>:<grade> (<calls>) tkt <expiry>". The crew tag is the department the ticket
belongs to (LX lighting, SND sound, FLY flying and stage engineering, STG stage crew, SM stage
management, CON construction, PNT scenic art, PRP props, WRD wardrobe, WHM wigs, hair and
make-up, INS instruments, IHS the instrument store and hire, REC recording, MTL the music
technology and electroacoustic studios, BRC broadcast, VID video and projection, DNC the dance
studios, MOC motion capture, LIB the library and archive, FOH front of house, BOX box office, ACC
access and work at height, SFX effects and pyrotechnics, EVT events, GEN general safety, MGT
management) and the grade the ticket books them at (Trainee, Casual, Crew, No.2, Deputy, Head);
in brackets the one or two kinds of call it is valid for (get-in, fit-up, focus, plotting, tech,
show, get-out, rehearsal, concert, recital, recording, session, class, build, fittings, dress,
tour, loan, broadcast, event); last the ticket's expiry as month and year (2025 to 2029), "n/a"
for a ticket that does not expire, or "lapsed" and the month and year it lapsed (2021 to 2024).
The skill comes first, before the crew tag; all of the fields follow from the text, so the
generator stays deterministic, and they can sit oddly beside a person's level (the bundle's level
column), as such exports do: "Counterweight flying +FLY:Trainee (get-in, tech) tkt 11/2026",
"Maintaining sprung dance floors +DNC:Deputy (class, rehearsal) tkt n/a". Beside those, rows the staff typed into the skills
survey are their own: lower-case, crew slang and kit names ("flying cues on the fly floor", "eos
ti plotting"). Some are written as no technician taxonomy is likely to write them (spektrix
builds, crowd control at the festival). Facilities have names, aliases (in the name or the
description) and role holders. Concept keys are the evaluation's own, not the taxonomy's ids
(written after the names were labelled, so by someone who had read ``taxonomies/skills.csv``,
never the matcher or the engine). Generated by the same deterministic generator as Northgate
(``institution.generate``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["CALLS", "DEPTS", "GRADES", "PEOPLE", "SEED", "TICKET", "VENNELL"]

PEOPLE, SEED = 1200, 23531     # tests.heldout.institution.generate(PEOPLE, SEED, VENNELL)
# each crew tag's department and the calls its tickets can be valid for
DEPT_CALLS: dict[str, tuple[str, ...]] = {
    "LX": ("get-in", "fit-up", "focus", "plotting", "tech", "show", "get-out"),
    "SND": ("get-in", "fit-up", "tech", "show", "concert", "get-out"),
    "FLY": ("get-in", "fit-up", "tech", "show", "get-out"),
    "STG": ("get-in", "tech", "show", "concert", "get-out"),
    "SM": ("rehearsal", "tech", "show"),
    "CON": ("build", "get-in", "fit-up"),
    "PNT": ("build", "fit-up"),
    "PRP": ("build", "rehearsal", "show"),
    "WRD": ("fittings", "dress", "show"),
    "WHM": ("fittings", "dress", "show"),
    "INS": ("rehearsal", "concert", "recital", "recording"),
    "IHS": ("concert", "tour", "loan"),
    "REC": ("session", "concert", "recording"),
    "MTL": ("class", "concert", "session"),
    "BRC": ("concert", "show", "broadcast"),
    "VID": ("fit-up", "tech", "show"),
    "DNC": ("class", "rehearsal", "show"),
    "MOC": ("session", "class"),
    "LIB": ("rehearsal", "concert", "recording"),
    "FOH": ("show", "concert", "event"),
    "BOX": ("show", "concert", "event"),
    "ACC": ("fit-up", "focus", "get-out"),
    "SFX": ("tech", "show"),
    "EVT": ("build", "event", "get-out"),
    "GEN": ("get-in", "show", "event", "class"),
    "MGT": ("rehearsal", "show", "event"),
}
DEPTS = tuple(DEPT_CALLS)
GRADES = ("Trainee", "Casual", "Crew", "No.2", "Deputy", "Head")
CALLS = tuple(dict.fromkeys(c for calls in DEPT_CALLS.values() for c in calls))
_CALL = "(?:" + "|".join(re.escape(c) for c in CALLS) + ")"
# a ticket as the crew-scheduling system exports it: the skill, the crew tag (department and
# grade), the calls it is valid for and its expiry ("n/a", a month, or "lapsed" and a month)
TICKET = re.compile(r"^(\S.*\S) \+(" + "|".join(DEPTS) + r"):("
                    + "|".join(re.escape(g) for g in GRADES) + r") \((" + _CALL + r"(?:, "
                    + _CALL + r")?)\) tkt (n/a|lapsed (\d{2})/(\d{4})|(\d{2})/(\d{4}))$")


def _t(dept: str) -> Callable[[str], str]:
    """The ticket export's writer for one department: the grade, the calls and the expiry, all
    following from the text (most tickets current, some with no expiry, some lapsed)."""
    calls = DEPT_CALLS[dept]

    def line(text: str) -> str:
        n, s = len(text), sum(map(ord, text))
        grade = GRADES[(s // 3 + n) % 6]
        first, second = calls[(s // 7) % len(calls)], calls[(s // 11 + n) % len(calls)]
        booked = ", ".join(c for c in calls if c in (first, second))
        kind, month = (s // 5 + n) % 8, 1 + (s // 13 + n) % 12
        if kind < 5:
            expiry = f"{month:02d}/{2025 + (s // 17) % 5}"
        elif kind < 7:
            expiry = "n/a"
        else:
            expiry = f"lapsed {month:02d}/{2021 + (s // 17) % 4}"
        return f"{text} +{dept}:{grade} ({booked}) tkt {expiry}"
    return line


(LX, SND, FLY, STG, SM, CON, PNT, PRP, WRD, WHM, INS, IHS, REC, MTL, BRC, VID, DNC, MOC, LIB, FOH,
 BOX, ACC, SFX, EVT, GEN, MGT) = (_t(d) for d in DEPTS)

# concept key -> HR spellings (the first is the crew-scheduling system's ticket; the other is a
# row the staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # lighting
    "lxrig": (LX("Rigging and focusing theatre lanterns"), "hanging and focusing the lx rig"),
    "eos": (LX("Programming ETC Eos family lighting consoles"), "eos ti plotting"),
    "grandma": (LX("Programming grandMA lighting consoles"), "grandma3 shows for dance"),
    "followspot": (LX("Operating follow spots"), "spot op in the gallery"),
    "movers": (LX("Servicing moving lights and LED fixtures"), "mover servicing"),
    "lxnetwork": (LX("Lighting control networks (DMX, RDM and sACN)"), "artnet and sacn nodes"),
    "lxdesign": (LX("Lighting design for performance"), "designing lx for the studio shows"),
    # sound
    "foh": (SND("Mixing live sound at front of house"), "foh desk for the musicals"),
    "radiomics": (SND("Radio microphone fitting and management"), "rf mics on the cast"),
    "qlab": (SND("Sound playback and show control in QLab"), "qlab show files"),
    "pa": (SND("Rigging and tuning PA systems"), "pa system tuning"),
    "monitors": (SND("Mixing monitors for performers"), "wedges and iems"),
    "dante": (SND("Networking audio over Dante"), "dante patching"),
    "comms": (SND("Backstage comms, show relay and cue lights"), "clearcom and cue lights"),
    # flying and stage engineering
    "cwflying": (FLY("Counterweight flying"), "flying cues on the fly floor"),
    "automation": (FLY("Operating power flying and stage automation"), "automation desk op"),
    "hoists": (FLY("Rigging chain hoists and trusses"), "motor and truss calls"),
    "loler": (FLY("Thorough examination of lifting equipment to LOLER"),
              "loler paperwork for the grid"),
    "pitlift": (FLY("Operating the pit lift and stage elevators"), "pit lift moves"),
    "perfly": (FLY("Rigging and operating performer flying"), "flying actors on kirby wires"),
    # stage crew
    "scenechange": (STG("Running scene changes as stage crew"), "deck work in the wings"),
    "platform": (STG("Setting the concert platform for orchestras"),
                 "orchestra set ups on the platform"),
    "pianomove": (STG("Moving and positioning concert pianos"), "steinway moves"),
    "staging": (STG("Building staging and rostra"), "rostra and steeldeck builds"),
    # stage management
    "smcall": (SM("Calling cues from the prompt desk"), "on the book for the opera"),
    "rehearsal": (SM("Running rehearsals as stage manager"), "rehearsal room running"),
    "propsrunning": (SM("Running props and the wings in performance"), "asm props running"),
    # construction
    "scenery": (CON("Constructing scenery in timber"), "building flats and trucks"),
    "steel": (CON("Fabricating steel scenery"), "steel frames for the sets"),
    "scenicwelding": (CON("MIG welding scenic steelwork"), "mig on the scenery"),
    "cncrouter": (CON("Cutting scenic parts on the CNC router"), "router jobs for the sets"),
    "techdrawing": (CON("Technical drawing of scenery in Vectorworks"),
                    "vectorworks for the workshop"),
    # scenic art
    "scenicpaint": (PNT("Scenic painting on the paint frame"), "painting cloths"),
    "texture": (PNT("Scenic texturing and faux finishes"), "faux finishes"),
    "spraypaint": (PNT("Spray painting in the scenic spray booth"), "spraying with the hvlp"),
    # props
    "props": (PRP("Making props for productions"), "props builds"),
    "moulds": (PRP("Mould making and casting in silicone and resin"), "casting props"),
    "upholstery": (PRP("Upholstering props and furniture"), "recovering chairs for shows"),
    "armoury": (PRP("Looking after stage weapons and the armoury"), "weapons custody"),
    "propbuying": (PRP("Buying and sourcing props"), "prop hunting"),
    # wardrobe
    "cutting": (WRD("Cutting and making costumes"), "costume construction for the operas"),
    "tailor": (WRD("Tailoring for the stage"), "stage tailoring"),
    "corsetry": (WRD("Making corsets and boned bodices"), "corset builds"),
    "fittings": (WRD("Running costume fittings"), "fittings with the cast"),
    "wardrobe": (WRD("Running show wardrobe and dressing"), "dressing the show"),
    "dyeing": (WRD("Costume dyeing and breakdown"), "dye room work"),
    "millinery": (WRD("Millinery for the stage"), "hat blocking"),
    # wigs, hair and make-up
    "wigs": (WHM("Wig making and ventilating"), "knotting lace for wigs"),
    "wigdress": (WHM("Dressing and maintaining wigs"), "wig setting"),
    "makeup": (WHM("Applying stage and character make-up"), "make-up for the shows"),
    "prosthetics": (WHM("Making and applying prosthetics"), "prosthetic appliances"),
    # instruments
    "pianotune": (INS("Tuning pianos"), "practice room piano tunings"),
    "pianoreg": (INS("Regulating and voicing pianos"), "action regulation"),
    "harpsichord": (INS("Tuning and maintaining harpsichords"),
                    "harpsichord tuning before concerts"),
    "organ": (INS("Organ tuning and maintenance"), "the hall organ"),
    "brass": (INS("Repairing brass instruments"), "brass repairs and dent removal"),
    "woodwind": (INS("Repairing woodwind instruments"), "woodwind pads and springs"),
    "strings": (INS("String instrument repairs and setups"), "violin and cello setups"),
    "percussion": (INS("Maintaining percussion instruments"), "timp and percussion care"),
    # instrument store and hire
    "instloans": (IHS("Running the instrument loan store"), "instrument store desk"),
    "insttouring": (IHS("Packing instruments for touring"), "tour packing"),
    # recording
    "recording": (REC("Recording concerts and sessions"), "recording the orchestra"),
    "protools": (REC("Editing and mixing in Pro Tools"), "pro tools sessions"),
    "mastering": (REC("Mastering recordings"), "mastering the cd projects"),
    "classicalrec": (REC("Classical microphone technique"), "spaced pairs and trees"),
    # music technology and electroacoustic studios
    "maxmsp": (MTL("Programming Max/MSP and Pure Data"), "max patching for the composers"),
    "synths": (MTL("Maintaining synthesisers and the analogue studio"), "synth servicing"),
    "multichannel": (MTL("Multichannel and spatial audio"), "ambisonic rigs"),
    "musictech": (MTL("Supporting DAWs and MIDI in the music technology lab"),
                  "logic and ableton support"),
    "studioacoustics": (MTL("Measuring room acoustics"), "reverb time measurements"),
    # broadcast, video and projection
    "streaming": (BRC("Live streaming performances"), "streams of the concerts"),
    "multicam": (BRC("Multi-camera directing and vision mixing"), "vision mixing the streams"),
    "camops": (BRC("Camera operation for broadcast"), "ptz camera ops"),
    "broadcastaudio": (BRC("Mixing sound for broadcast"), "broadcast mixes"),
    "videoedit": (BRC("Editing performance video"), "cutting concert videos"),
    "captions": (BRC("Captioning streamed performances"), "live captioning"),
    "projection": (VID("Projection and media servers for performance"), "disguise programming"),
    "ledwall": (VID("Running LED walls for events"), "led screen builds"),
    # dance studios and motion capture
    "dancefloor": (DNC("Maintaining sprung dance floors"), "dance floor repairs"),
    "floorlaying": (DNC("Laying and taping dance floors"), "harlequin laying"),
    "pilates": (DNC("Maintaining Pilates and conditioning equipment"), "reformer servicing"),
    "mocap": (MOC("Capturing performers on the motion capture stage"),
              "mocap sessions with dancers"),
    "mocapdata": (MOC("Cleaning and solving motion capture data"), "shogun clean up"),
    "realtime": (MOC("Real-time character animation in Unreal Engine"), "unreal for live shows"),
    # music library and performance archive
    "cataloguing": (LIB("Cataloguing music scores and recordings"), "catalogue records for scores"),
    "orchlib": (LIB("Running the orchestral library"), "orch library parts"),
    "archive": (LIB("Managing the performance archive"), "archive boxes and programmes"),
    "tapes": (LIB("Transferring and preserving audio and video tapes"),
              "tape transfers for the archive"),
    "rights": (LIB("Performing rights and licensing"), "prs and ppl paperwork"),
    "engraving": (LIB("Music engraving and part preparation"), "sibelius parts"),
    # front of house and box office
    "fohmgmt": (FOH("Duty managing front of house"), "duty manager shifts"),
    "ushers": (FOH("Ushering and stewarding audiences"), "stewarding"),
    "bar": (FOH("Running the theatre bar"), "bar and cafe shifts"),
    "boxoffice": (BOX("Selling tickets at the box office"), "box office shifts"),
    "ticketing": (BOX("Setting up shows in the ticketing system"), "spektrix builds"),
    # access, effects and events
    "height": (ACC("Safe working at height"), "ladder and tower work"),
    "mewp": (ACC("Operating MEWPs"), "genie and scissor lift"),
    "towers": (ACC("Building mobile access towers"), "tower builds"),
    "harness": (ACC("Using fall arrest harnesses"), "harness and lanyard work"),
    "pyro": (SFX("Firing stage pyrotechnics"), "pyro cues"),
    "haze": (SFX("Running haze, smoke and fog effects"), "hazers and smoke"),
    "flame": (SFX("Using naked flame on stage"), "candles and flame effects"),
    "events": (EVT("Producing outdoor events"), "summer festival production"),
    "structures": (EVT("Erecting temporary structures and marquees"), "marquee builds"),
    "eventsafety": (EVT("Managing event safety"), "event safety plans"),
    "temppower": (EVT("Temporary power distribution to BS 7909"), "powerlock and distros"),
    "crowd": (EVT("Crowd management and stewarding at events"), "crowd control at the festival"),
    # general safety
    "risk": (GEN("Writing risk assessments for productions"), "production risk assessments"),
    "coshh": (GEN("Assessing paints and chemicals under COSHH"),
              "coshh sheets for the workshops"),
    "firstaid": (GEN("Giving first aid at work"), "first aider on shift"),
    "fire": (GEN("Fire marshal duties"), "fire marshal for the theatre"),
    "pat": (GEN("Portable appliance testing"), "pat testing the lx stock"),
    "noise": (GEN("Managing noise exposure for musicians"), "noise dosimetry in the pit"),
    "manual": (GEN("Safe manual handling"), "lifting scenery safely"),
    # management
    "prodmgmt": (MGT("Managing productions"), "production manager duties"),
    "budgets": (MGT("Managing production budgets"), "show budget spreadsheets"),
    "linemgmt": (MGT("Managing technical staff"), "managing the technicians"),
    "rota": (MGT("Planning crew rotas"), "crew call planning"),
    "teaching": (MGT("Teaching production arts students"), "teaching stagecraft"),
    "mentoring": (MGT("Mentoring students and apprentices"), "placement mentoring"),
    "hires": (MGT("Managing venue hires"), "venue hire bookings"),
    "inductions": (MGT("Inducting users on workshop and stage equipment"),
                   "tool inductions for students"),
    "purchasing": (MGT("Purchasing for productions"), "ordering for the shows"),
}

MUSIC = "Vennell School of Music"
DRAMA = "School of Drama and Musical Theatre"
DANCE = "School of Dance"
PROD = "School of Production Arts"
BROADCAST = "Vennell Broadcast Centre"
VENUES = "Venues and Front of House"
LIBRARY = "Music Library and Performance Archive"
SAFETY = "Performance Safety Office"

GROUPS = (
    Group("lighting", 9, (PROD, DRAMA), ("Lighting Technician", "Lighting Programmer",
                                         "Senior Lighting Technician (Venues)"),
          ("lxrig", "eos", "grandma", "followspot", "movers", "lxnetwork", "lxdesign", "height",
           "mewp"),
          "Rigs, focuses and programmes the lighting for the theatres and the concert hall."),
    Group("sound", 7, (PROD, VENUES), ("Sound Technician", "Sound Engineer (Live)",
                                       "Sound and Comms Technician"),
          ("foh", "radiomics", "qlab", "pa", "monitors", "dante", "comms"),
          "Mixes and runs sound for shows, operas and concerts."),
    Group("stageeng", 6, (PROD,), ("Flying and Automation Technician", "Stage Engineer",
                                   "Stage Engineering Technician"),
          ("cwflying", "automation", "hoists", "loler", "pitlift", "perfly", "harness"),
          "Runs the fly tower, the automation and the lifts."),
    Group("crew", 8, (PROD, VENUES), ("Stage Technician (Crew)", "Casual Stage Crew",
                                      "Venue Technician"),
          ("scenechange", "platform", "pianomove", "staging", "manual", "cwflying"),
          "Crews the shows, the get-ins and the concert platform."),
    Group("stagemgmt", 5, (PROD, DRAMA), ("Stage Manager", "Deputy Stage Manager",
                                          "Assistant Stage Manager"),
          ("smcall", "rehearsal", "propsrunning", "scenechange", "comms"),
          "Runs rehearsals and calls the shows."),
    Group("construction", 6, (PROD,), ("Scenic Carpenter", "Scenic Metalworker",
                                       "Construction Manager (Scenery)"),
          ("scenery", "steel", "scenicwelding", "cncrouter", "techdrawing", "staging"),
          "Builds the scenery in timber and steel."),
    Group("paint", 3, (PROD,), ("Scenic Artist", "Head of Scenic Art"),
          ("scenicpaint", "texture", "spraypaint"), "Paints the cloths and the scenery."),
    Group("props", 4, (PROD,), ("Props Maker", "Props Supervisor"),
          ("props", "moulds", "upholstery", "armoury", "propbuying"),
          "Makes, buys and looks after the props and the armoury."),
    Group("costume", 8, (PROD, DRAMA), ("Costume Maker", "Costume Cutter",
                                        "Wardrobe Supervisor", "Tailor (Costume)"),
          ("cutting", "tailor", "corsetry", "fittings", "wardrobe", "dyeing", "millinery"),
          "Cuts, makes and runs the costumes."),
    Group("wigs", 3, (PROD, DRAMA), ("Wigs, Hair and Make-up Technician", "Wig Maker"),
          ("wigs", "wigdress", "makeup", "prosthetics"),
          "Makes and dresses the wigs and does the shows' make-up."),
    Group("instruments", 4, (MUSIC,), ("Piano Technician", "Instrument Technician",
                                       "Keyboard Technician"),
          ("pianotune", "pianoreg", "harpsichord", "organ", "brass", "woodwind", "strings",
           "percussion"),
          "Tunes, regulates and repairs the conservatoire's instruments."),
    Group("instore", 2, (MUSIC,), ("Instrument Store Coordinator", "Instrument Loans Assistant"),
          ("instloans", "insttouring", "pianomove", "percussion"),
          "Lends the conservatoire's instruments and packs them for tours."),
    Group("recording", 4, (MUSIC, BROADCAST), ("Recording Engineer",
                                               "Studio Technician (Recording)"),
          ("recording", "protools", "mastering", "classicalrec", "broadcastaudio"),
          "Records the concerts and runs the studios."),
    Group("musictech", 4, (MUSIC,), ("Music Technology Technician",
                                     "Electroacoustic Studio Technician"),
          ("maxmsp", "synths", "multichannel", "musictech", "studioacoustics"),
          "Supports the electroacoustic studios and the music technology lab."),
    Group("broadcast", 5, (BROADCAST,), ("Broadcast Technician", "Video Technician",
                                         "Live Streaming Producer (Technical)"),
          ("streaming", "multicam", "camops", "broadcastaudio", "videoedit", "captions"),
          "Streams and records the performances."),
    Group("video", 2, (BROADCAST, PROD), ("Video and Projection Technician",),
          ("projection", "ledwall", "videoedit", "camops"),
          "Runs projection and video for the shows."),
    Group("dance", 2, (DANCE,), ("Dance Studio Technician", "Dance Facilities Coordinator"),
          ("dancefloor", "floorlaying", "pilates"), "Keeps the dance studios and floors."),
    Group("mocap", 2, (DANCE, BROADCAST), ("Motion Capture Technician",),
          ("mocap", "mocapdata", "realtime"), "Runs the motion capture stage."),
    Group("library", 4, (LIBRARY,), ("Music Librarian", "Performance Archivist",
                                     "Orchestral Librarian"),
          ("cataloguing", "orchlib", "archive", "tapes", "rights", "engraving"),
          "Runs the music library, the orchestral sets and the archive."),
    Group("foh", 6, (VENUES,), ("Front of House Manager", "Duty Manager", "Usher"),
          ("fohmgmt", "ushers", "bar", "firstaid", "fire", "crowd"),
          "Looks after the audiences in the venues."),
    Group("boxoffice", 3, (VENUES,), ("Box Office Assistant", "Box Office Manager"),
          ("boxoffice", "ticketing", "ushers"), "Sells the tickets."),
    Group("effects", 2, (PROD,), ("Special Effects Technician", "Pyrotechnician"),
          ("pyro", "haze", "flame", "lxrig"), "Fires the pyrotechnics and runs the effects."),
    Group("events", 3, (VENUES, PROD), ("Events Technician",
                                        "Outdoor Events Coordinator (Technical)"),
          ("events", "structures", "eventsafety", "temppower", "crowd", "towers"),
          "Puts on the outdoor events and the summer festival."),
    Group("safety", 2, (SAFETY,), ("Performance Safety Adviser", "Technical Safety Officer"),
          ("risk", "eventsafety", "coshh", "height", "loler", "noise", "pyro"),
          "Advises on production, event and workshop safety."),
    Group("management", 5, (PROD, MUSIC, VENUES, BROADCAST),
          ("Production Manager", "Technical Manager", "Head of Production"),
          ("prodmgmt", "budgets", "linemgmt", "rota", "teaching", "mentoring", "hires",
           "purchasing", "inductions"),
          "Manages the productions, the crews and the budgets."),
)
SHARED = ("risk", "firstaid", "fire", "manual", "pat", "height", "inductions", "coshh", "noise",
          "towers")

FACILITIES = (
    FacilitySpec("CVC-THR", "Vennell Theatre", "venue", PROD,
                 "A proscenium theatre with a counterweight and power flying system; the main "
                 "house.", ("cwflying", "lxrig", "scenechange")),
    FacilitySpec("CVC-STU", "Brindle Studio Theatre", "venue", DRAMA,
                 "A black box studio with a tension wire grid; the Brindle.",
                 ("lxdesign", "staging")),
    FacilitySpec("CVC-OPS", "Vennell Opera Studio", "venue", MUSIC,
                 "A small opera house with an orchestra pit and pit lift; the opera studio.",
                 ("pitlift", "smcall")),
    FacilitySpec("CVC-CH", "Corrisdale Concert Hall", "venue", MUSIC,
                 "A 900-seat concert hall with a choir gallery; the hall.",
                 ("platform", "pianomove")),
    FacilitySpec("CVC-ENG", "Stage Engineering and Automation", "workshop", PROD,
                 "The fly tower, the automation desks and the chain hoists.",
                 ("automation", "hoists", "loler")),
    FacilitySpec("CVC-LXW", "Lighting Workshop", "workshop", PROD,
                 "Lantern, moving light and dimmer repairs; the LX store.",
                 ("movers", "lxnetwork")),
    FacilitySpec("CVC-LXP", "Lighting Programming Suite", "studio", PROD,
                 "Consoles and a visualiser for pre-programming shows.", ("eos", "grandma")),
    FacilitySpec("CVC-SND", "Sound Department", "workshop", PROD,
                 "Desks, radio microphones and playback for the theatres; the sound dept.",
                 ("foh", "radiomics", "qlab")),
    FacilitySpec("CVC-PA", "Concert Sound Store", "service", VENUES,
                 "PA, monitors and a Dante network for concerts and events.",
                 ("pa", "monitors", "dante")),
    FacilitySpec("CVC-SMO", "Stage Management Office", "service", PROD,
                 "Prompt desks, cue lights and the show reports; SM office.",
                 ("smcall", "comms")),
    FacilitySpec("CVC-REH", "Vennell Rehearsal Rooms", "studio", DRAMA,
                 "Four rehearsal rooms marked out for the productions.",
                 ("rehearsal", "propsrunning")),
    FacilitySpec("CVC-CON", "Scenic Construction Workshop", "workshop", PROD,
                 "Timber machining and assembly bays for the sets; the scene dock.",
                 ("scenery", "techdrawing")),
    FacilitySpec("CVC-MET", "Scenic Metal Shop", "workshop", PROD,
                 "MIG welding bays and steel stock for scenery.", ("steel", "scenicwelding")),
    FacilitySpec("CVC-CNC", "CNC Router Bay", "workshop", PROD,
                 "A large-format CNC router for scenic parts.", ("cncrouter",)),
    FacilitySpec("CVC-PNT", "Paint Frame and Scenic Art Studio", "studio", PROD,
                 "A motorised paint frame and floor space for cloths; the paint shop.",
                 ("scenicpaint", "texture")),
    FacilitySpec("CVC-SPR", "Scenic Spray Booth", "workshop", PROD,
                 "A walk-in spray booth for scenic finishes.", ("spraypaint",)),
    FacilitySpec("CVC-PRP", "Props Workshop", "workshop", PROD,
                 "Props making, casting and upholstery benches.",
                 ("props", "moulds", "upholstery")),
    FacilitySpec("CVC-ARM", "Vennell Armoury", "service", PROD,
                 "The locked store for stage weapons and replica firearms.", ("armoury",)),
    FacilitySpec("CVC-COS", "Costume Workshop", "workshop", PROD,
                 "Cutting tables, industrial machines and fitting rooms; wardrobe workroom.",
                 ("cutting", "corsetry", "tailor")),
    FacilitySpec("CVC-WRD", "Show Wardrobe and Dye Room", "service", PROD,
                 "Dressing rooms' wardrobe, laundry and the dye vats.", ("wardrobe", "dyeing")),
    FacilitySpec("CVC-WHM", "Wigs, Hair and Make-up Room", "studio", PROD,
                 "Knotting benches, wig blocks and make-up stations; the wig room.",
                 ("wigs", "makeup")),
    FacilitySpec("CVC-PNO", "Piano Workshop", "workshop", MUSIC,
                 "The conservatoire's grands, uprights and harpsichords are serviced here.",
                 ("pianotune", "pianoreg", "harpsichord")),
    FacilitySpec("CVC-ORG", "Corrisdale Hall Organ", "instrument", MUSIC,
                 "The concert hall's four-manual pipe organ.", ("organ",)),
    FacilitySpec("CVC-IRW", "Instrument Repair Workshop", "workshop", MUSIC,
                 "Brass, woodwind and string repairs.", ("brass", "woodwind", "strings")),
    FacilitySpec("CVC-INS", "Vennell Instrument Store", "service", MUSIC,
                 "Orchestral instruments lent to students; the instrument store.",
                 ("instloans", "insttouring")),
    FacilitySpec("CVC-REC", "Vennell Recording Studios", "studio", MUSIC,
                 "Two control rooms with a live room and the hall tie-lines.",
                 ("recording", "protools")),
    FacilitySpec("CVC-MAS", "Mastering Suite", "studio", MUSIC,
                 "A treated room for mastering releases.", ("mastering",)),
    FacilitySpec("CVC-EAS", "Electroacoustic Studios", "studio", MUSIC,
                 "Multichannel studios and an analogue synthesiser room.",
                 ("maxmsp", "multichannel", "synths")),
    FacilitySpec("CVC-MTL", "Music Technology Lab", "teaching", MUSIC,
                 "Thirty workstations with DAWs and MIDI keyboards.", ("musictech",)),
    FacilitySpec("CVC-BRC", "Vennell Broadcast Centre Gallery", "studio", BROADCAST,
                 "The streaming gallery with PTZ cameras in every venue; the gallery.",
                 ("streaming", "multicam", "camops")),
    FacilitySpec("CVC-EDT", "Broadcast Edit Suites", "studio", BROADCAST,
                 "Edit suites for concert and show video.", ("videoedit",)),
    FacilitySpec("CVC-VID", "Video and Projection Store", "service", BROADCAST,
                 "Projectors, media servers and LED panels.", ("projection", "ledwall")),
    FacilitySpec("CVC-DNC", "Vennell Dance Studios", "studio", DANCE,
                 "Six studios with sprung floors and a conditioning room.",
                 ("dancefloor", "floorlaying", "pilates")),
    FacilitySpec("CVC-MOC", "Vennell Motion Capture Stage", "studio", DANCE,
                 "An optical capture volume for dance and performance capture; the volume.",
                 ("mocap", "mocapdata")),
    FacilitySpec("CVC-LIB", "Vennell Music Library", "service", LIBRARY,
                 "Scores, recordings and the orchestral sets.",
                 ("cataloguing", "orchlib", "engraving")),
    FacilitySpec("CVC-ARC", "Performance Archive", "service", LIBRARY,
                 "Programmes, posters and recordings of past performances.",
                 ("archive", "tapes")),
    FacilitySpec("CVC-BOX", "Vennell Box Office", "service", VENUES,
                 "Ticket sales for all four venues.", ("boxoffice", "ticketing")),
    FacilitySpec("CVC-FOH", "Front of House and Foyers", "service", VENUES,
                 "Ushers, the bar and the cloakroom; FOH.", ("fohmgmt", "ushers", "bar")),
    FacilitySpec("CVC-QGS", "Quarry Garden Stage", "venue", VENUES,
                 "An outdoor stage for the summer festival.",
                 ("events", "structures", "temppower")),
    FacilitySpec("CVC-PSO", "Performance Safety Office", "service", SAFETY,
                 "Risk assessments, pyrotechnics licences and event safety plans.",
                 ("risk", "pyro", "eventsafety")),
)

GIVEN = """Fiammetta Gianluca Leonida Ottavia Raffaella Tommaso-Luca Vittoria-Ann Anastasios
Chrysanthi Evangelos Ioanna-Maria Konstantina Panagiotis Spyridon Theodora-Kate Czesław
Kazimierz Wiesława Adebayo-Tunde Hye-jin Bronwen-Haf Ceridwen Dafydd-Rhys Lowri-Mai
Mirela Radu-Andrei Sorina Teodor Alejandro-José Consuelo Hamza-Ali Samira-Noor Ahmet-Can
Büşra Gülşen Oğuz Sevgi Annelise Friederike Reinhild Aoife-Grace Donnchadh Oisín-Pádraig
Ferelith Amadeo Brunella Ciriaco Doriana Ermanno Filomena Gaspare Ippolita Lucrezia-Anne
Nazzareno Orsola Severino Tecla Ulderico Assunta Agapi Eleftheria Fotini Kyriakos
Lambros Paraskevi Stamatia Xanthippi Bogumiła Dobrosław Grażyna Lechosław Mieczysław
Ryszarda Sławomira Zdzisław Abosede Damilola-Grace Ebunoluwa Iyabode Kehinde-Joy Bo-ra
Chae-won Da-eun Gyu-ri Ji-an Seung-min Angharad-Wyn Hywel-Aled Nerys-Ann Rhydian
Sioned-Mair Teilo Aurelian Corneliu Dorina Florentina Lucian-Mihai Viorica Covadonga
Leocadia Nieves Aslı Burak-Kaan Cemile""".split()
FAMILY = """Abernethy-Vance Ballantyne Carmichael-Reid Fairbairn Guthrie-Moffat Kerr-Lindsay
Macready Nairn Ogilvie-Hunter Somerville-Laing Yellowlees Bianchi-Russo Esposito-Conti
Galli Pellegrini Santoro Valentini Angelopoulos Georgiou-Pappas Karamanlis Nikolaidis
Stavrou Zervas Górecka Lewandowski-Nowak Sikorski Wróbel Adebisi Eze-Okafor
Soyinka-Bello Ahn Baek Jeon Kwon Yoon-Park Bevan-Pryce Llewelyn Meredith-Powell
Constantinescu Ionescu-Popa Vasilescu Aranda Beltrán Cifuentes Echeverría Ibarra-Soto
Zubizarreta Aydın Çelik-Demir Bachmann Eberhardt Hoffmann-Kreis Langhammer Vogelsang
Trewin Rowe-Hichens Abercromby-Hay Balfour-Kinnear Cockburn-Law Drummond-Moray
Erskine-Tulloch Forbes-Leith Gilzean Hogg-Anstruther Jardine-Paterson Keiller
Lauder-Dick Napier-Scott Oliphant Skene Bevilacqua Capuozzo Fumagalli Ghirardelli
Lanzavecchia Pagliarulo Scarpetta Tagliaferri Vescovi Anagnostou Chatzidakis Demetriades
Kouris Manolakis Sfakianakis Triantafyllou Bednarczyk Chmielewska Grabowski-Lis
Jabłońska Kowalczuk Michalak-Rudd Olszewski Szczepańska Włodarczyk Adewale-Cole Eniola
Ugwu-Ellis Chae Han-Moore""".split()
FAMILY += ["Ó Corcráin", "Ní Mhurchú", "St Aubyn", "Le Grice", "de Vere-Hollis"]

VENNELL = Site("Corrisdale University, Vennell Conservatoire (Faculty of Performing Arts)", "CVC",
               "corrisdale.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
