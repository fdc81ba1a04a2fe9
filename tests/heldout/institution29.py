"""Haverleigh Zoo and the Haverleigh College of Conservation Science with its Morrow Fen
Conservation Breeding Centre: a twenty-seventh fictitious institution, for ``heldout29``.

Haverleigh Zoo is a fictitious zoological society's zoo and aquarium in the English Midlands, a
conservation charity with a living collection of some 600 species open to the public, whose
Haverleigh College of Conservation Science (a higher education institution of its own on the
zoo's site) teaches foundation degrees, degrees and masters in animal management, zoo biology and
conservation science; its Morrow Fen Conservation Breeding Centre rears native species for
release on its own fenland reserve. Its technicians are keepers, aquarists, vets and veterinary
nurses, scientists, field, estates, horticulture, learning, teaching, IT, stores and safety staff:
the big cat territory, the great ape house, the elephant barn, the giraffe and okapi house, the
savanna paddocks and the lemur island and monkey house; penguin cove, the walkthrough aviary and
bird house and the birds of prey centre; the reptile house, the amphibian ark and the bug house;
the aquarium with its life support plant and the sea lion cove; the diet kitchen and the browse
plantation; the enrichment workshop and the behaviour and welfare office; the studbook office and
the animal records and transfers office; the breeding centre and the reserve at Morrow Fen; the
veterinary hospital, the quarantine unit, the post-mortem room and the veterinary laboratory; the
wildlife forensics laboratory, the conservation genetics laboratory, the endocrinology laboratory
and the frozen zoo; the estates workshop and the containment and emergency response team; the
tropical house and the grounds and gardens; the learning centre and visitor services; the
college's teaching laboratories; zoo IT and media; and the stores and feed store.

Neither a whole university, a research campus, a national laboratory, a land-based university,
a medical school, an arts university, a veterinary, marine and earth-and-space campus, a human
sciences campus, a chemistry, pharmacy and process faculty, a dental school, a library, museums
and research computing division, a dual-sector technical faculty, an engineering and physical
sciences faculty, a conservatoire, an energy and environment institute, a food science and
nutrition institute, a school of forensic science and policing, a school of tropical medicine
nor a maritime academy, but a zoo and conservation biology college with its own animal collection
(1,200 keepers and senior keepers, aquarists, vets, veterinary nurses and laboratory staff,
population biologists and records officers, field conservation officers, forensic, genetics and
reproduction scientists, estates, horticulture, learning, college teaching, IT and media, stores
and safety staff and managers in the directory), unlike the institutions before it (Northgate,
Tarnside, Calderbridge, Inverallan, Harbourne, Caerwern, Ashcombe, Hollinsmoor, Fenmere, Carrow
Down, Brackenfold, St Wilfrid's, Kingsholm, Kilbrannan's Ardcraig, Drumcarrig's Mullaghbeg,
Wealdmoor, Hallowfield's Saltergate, Wenlowe's Coldharbour, Marlbridge's Furnace Lane,
Ravensholt's Kestrel Park, Corrisdale's Vennell, Thornbury's Saltmarsh Point, Loxbrook's
Cressfield, Aldwick's Stanegate, Kingsdock, Skelmouth). Brackenfold kept farm animals and game,
Ardcraig's vet school a zoology museum and Kingsdock insectaries: here a living collection shown
to the public, and breeding it for conservation, is the whole institution.

Its HR system knows a person's skills from the zoo's internal talent marketplace, a skills
profile each member of staff keeps and colleagues endorse: the export writes a person's skills as
profile lines: "<skill> · <stars> · <n> endorsements · <open to> · updated <mm>/<yyyy>". The
stars are the person's own rating, one to five of five (★★★☆☆), the endorsements how many
colleagues endorsed the skill (0 to 24, "1 endorsement"), the offer what the person is open to
with it (open to mentoring, open to shadowing, open to gigs, not open to offers) and the month the
profile was last updated (2023 to 2026). The skill comes first; all of the fields follow from the
text, so the generator stays deterministic, and they can sit oddly beside a person's level (the
bundle's level column) or the skill, as such exports do: "Driving the zoo's miniature railway ·
★☆☆☆☆ · 16 endorsements · open to shadowing · updated 10/2023". Beside those, rows the staff
typed into the skills survey are their own: lower-case, keeper and vet-hospital slang and kit names
("hot snake handling", "dart projector"). Some are written as no technician taxonomy is likely to
write them (the lantern trail, the miniature railway). Facilities have names, aliases (in the
name or the description) and role holders. Concept keys are the evaluation's own, not the
taxonomy's ids (written after the names were labelled, so by someone who had read
``taxonomies/skills.csv``, never the matcher or the engine). Generated by the same deterministic
generator as Northgate (``institution.generate``).
"""

from __future__ import annotations

import re

from tests.heldout.institution import FacilitySpec, Group, Site

__all__ = ["OFFERS", "PEOPLE", "PROFILE", "SEED", "HAVERLEIGH"]

PEOPLE, SEED = 1200, 29131     # tests.heldout.institution.generate(PEOPLE, SEED, HAVERLEIGH)
OFFERS = ("open to mentoring", "open to shadowing", "open to gigs", "not open to offers")
# a line of the talent marketplace's skills profile as the export writes it: the skill, the
# person's stars, the colleagues' endorsements, what the person is open to and when it was updated
PROFILE = re.compile(r"^(\S.*\S) · ([★☆]{5}) · (\d{1,2}) endorsements? · ("
                     + "|".join(map(re.escape, OFFERS)) + r") · updated (\d{2})/(20\d{2})$")


def _p(text: str) -> str:
    """The profile line for a skill: the stars, the endorsements, the offer and the month it was
    updated, all following from the text."""
    n, s = len(text), sum(map(ord, text))
    stars = 1 + (s // 3 + n) % 5
    count = (s // 5 + n) % 25
    offer = OFFERS[(s // 7 + n) % 4]
    month, year = 1 + (s // 11) % 12, 2023 + (s // 13 + n) % 4
    ends = "endorsement" if count == 1 else "endorsements"
    return (f"{text} · {'★' * stars}{'☆' * (5 - stars)} · {count} {ends} · {offer}"
            f" · updated {month:02d}/{year}")


# concept key -> HR spellings (the first is the talent profile's line; the other is a row the
# staff typed into the skills survey)
CONCEPTS: dict[str, tuple[str, ...]] = {
    # mammals
    "bigcats": (_p("Big cat keeping and safe shift routines"), "cat section early shifts"),
    "carnivores": (_p("Keeping bears, wolves and hyenas"), "bear and wolf rounds"),
    "elephants": (_p("Elephant care in protected contact"), "elephant barn mornings"),
    "giraffe": (_p("Giraffe and okapi care"), "giraffe house routines"),
    "hoofstock": (_p("Hoofstock and antelope keeping"), "antelope yard"),
    "rhino": (_p("Rhino and hippo keeping"), "rhino house hose down"),
    "smallmammals": (_p("Small carnivore and small mammal keeping"), "meerkat and otter rounds"),
    # primates
    "apes": (_p("Great ape keeping"), "chimp and gorilla house"),
    "monkeys": (_p("Monkey and lemur keeping"), "lemur island rounds"),
    # birds
    "penguins": (_p("Penguin keeping and fish feeds"), "penguin pool feeds"),
    "aviaries": (_p("Aviary bird keeping"), "walkthrough aviary rounds"),
    "raptors": (_p("Bird of prey flying displays"), "flying the hawks"),
    "incubation": (_p("Egg incubation and chick rearing"), "incubator checks"),
    # reptiles, amphibians and invertebrates
    "reptiles": (_p("Reptile keeping and vivarium care"), "reptile house rounds"),
    "venomous": (_p("Venomous reptile handling"), "hot snake handling"),
    "amphibians": (_p("Amphibian care in biosecure rooms"), "frog pods daily"),
    "inverts": (_p("Invertebrate keeping for the bug house"), "bug house rounds"),
    "livefood": (_p("Live food rearing"), "cricket and locust tubs"),
    # the aquarium
    "aquarium": (_p("Aquarium animal care"), "reef gallery rounds"),
    "lss": (_p("Aquarium life support plant"), "lss plant room checks"),
    "watertest": (_p("Aquarium water quality testing"), "daily water tests"),
    "corals": (_p("Coral husbandry and fragmentation"), "frag tanks"),
    "fishquar": (_p("Fish quarantine and treatments"), "fish quarantine room"),
    "dive": (_p("Aquarium diving"), "dive team rota"),
    "seals": (_p("Sea lion and seal care"), "sea lion pool feeds"),
    # nutrition
    "diets": (_p("Animal diet preparation"), "diet kitchen shifts"),
    "browse": (_p("Browse cutting for the animals"), "browse cutting runs"),
    "nutrition": (_p("Zoo animal nutrition planning"), "diet reviews with the nutritionist"),
    # training, enrichment, behaviour and welfare
    "training": (_p("Operant conditioning and target training"), "target and station work"),
    "medtrain": (_p("Training animals for voluntary medical checks"),
                 "husbandry training for vet checks"),
    "enrichment": (_p("Enrichment provision for the collection"), "enrichment timetable"),
    "enrichbuild": (_p("Building enrichment devices"), "making feeders in the workshop"),
    "behaviour": (_p("Behaviour observations and ethograms"), "behaviour obs"),
    "welfare": (_p("Welfare assessment of zoo animals"), "welfare scoring sheets"),
    # studbooks, records and transfers
    "studbook": (_p("Studbook keeping for breeding programmes"), "studbook updates"),
    "pmx": (_p("Population management and PMx analysis"), "pmx breeding recs"),
    "zims": (_p("Animal records in the zoo database"), "zims daily entries"),
    "cites": (_p("CITES permits and animal import licences"), "cites applications"),
    "transport": (_p("Animal transfers between collections"), "animal moves in and out"),
    # Morrow Fen: breeding for release and the reserve
    "reintro": (_p("Reintroduction and release of native species"), "release days at the fen"),
    "headstart": (_p("Headstarting amphibians and voles"), "headstart tanks"),
    "tracking": (_p("Radio tracking and tagging in the field"), "radio tagging water voles"),
    "camtraps": (_p("Camera trapping and field surveys"), "camera trap cards"),
    "habitat": (_p("Habitat management on the reserve"), "reserve work parties"),
    "bioacoustics": (_p("Acoustic monitoring of wildlife"), "audiomoth deployments"),
    # the veterinary hospital
    "vetnursing": (_p("Veterinary nursing of zoo animals"), "vet ward duties"),
    "anaesthesia": (_p("Zoo anaesthesia monitoring"), "gas monitoring in theatre"),
    "darting": (_p("Darting and remote immobilisation"), "dart projector"),
    "imaging": (_p("Veterinary X-ray and ultrasound"), "digital x-ray room"),
    "postmortem": (_p("Post-mortem examination of collection animals"), "pm days"),
    "quarantine": (_p("Quarantine and biosecurity for new arrivals"), "quarantine block"),
    "parasites": (_p("Faecal parasite screening"), "mcmaster slides"),
    "vetlab": (_p("In-house veterinary laboratory tests"), "vet lab bloods"),
    "vetpharm": (_p("Veterinary dispensary and controlled drugs"), "drug cabinet checks"),
    "theatre": (_p("Veterinary theatre and instrument sterilising"), "theatre kit packs"),
    "microchip": (_p("Microchipping and marking animals"), "chipping new arrivals"),
    "vaccinate": (_p("Vaccination and preventive medicine"), "vaccine days"),
    # wildlife forensics
    "speciesid": (_p("Species identification for wildlife crime"), "wildlife crime casework"),
    "barcoding": (_p("DNA barcoding of seized products"), "barcoding seized goods"),
    "hairmicro": (_p("Microscopy of hairs, feathers and scales"), "hair slides"),
    "ivory": (_p("Ivory, horn and bone identification"), "ivory casework"),
    "custody": (_p("Evidence handling and chain of custody"), "evidence log"),
    "witness": (_p("Writing witness statements for wildlife cases"), "court statements"),
    # genetics and reproduction
    "congenetics": (_p("Conservation genetics and genotyping"), "microsat runs"),
    "edna": (_p("eDNA sampling and metabarcoding"), "edna filters"),
    "sequencing": (_p("Genome sequencing of threatened species"), "minion runs for the genomes"),
    "hormones": (_p("Hormone monitoring from faeces"), "hormone eia plates"),
    "frozenzoo": (_p("Frozen zoo and gamete banking"), "frozen zoo tanks"),
    "ai": (_p("Semen collection and artificial insemination"), "ai attempts on the rhino"),
    # enclosures and estates
    "enclosures": (_p("Enclosure building and repair"), "enclosure jobs"),
    "barriers": (_p("Containment and barrier inspections"), "barrier walks"),
    "hotwire": (_p("Electric fencing for animal enclosures"), "hot wire tester"),
    "keys": (_p("Key and lock control for animal areas"), "key cabinet"),
    "carpentry": (_p("Carpentry and timber work for enclosures"), "timber jobs"),
    "welding": (_p("Welding and mesh work"), "mesh welding"),
    "moats": (_p("Moats, pools and drainage"), "moat pump outs"),
    # emergencies and safety
    "escape": (_p("Animal escape drills and emergency response"), "code red practice"),
    "firearms": (_p("Firearms for dangerous animal emergencies"), "rifle team"),
    "risk": (_p("Risk assessments for animal sections"), "section ras"),
    "zoonoses": (_p("Zoonotic disease precautions"), "zoonosis precautions"),
    "coshh": (_p("COSHH assessments for disinfectants"), "disinfectant coshh"),
    "waste": (_p("Clinical and animal waste disposal"), "carcass and clinical waste"),
    "pests": (_p("Pest control in animal houses"), "rat baiting"),
    "firstaid": (_p("First aid for staff and visitors"), "first aider on the gate"),
    "lonework": (_p("Lone working and radio procedures"), "radio checks at lock up"),
    # horticulture and grounds
    "tropical": (_p("Tropical house plant care"), "tropical house misting"),
    "grounds": (_p("Grounds and landscape maintenance"), "grass cutting and hedges"),
    "trees": (_p("Tree work and chainsaw use"), "chainsawing browse"),
    "ponds": (_p("Pond and lake management"), "lake weed clearing"),
    # learning and visitors
    "schools": (_p("Curriculum-linked school sessions"),
                "school workshops in the learning centre"),
    "talks": (_p("Keeper talks and public presentations"), "afternoon talks"),
    "encounters": (_p("Animal encounters and handling sessions"), "meet and greets"),
    "ambassador": (_p("Ambassador animal care and handling"), "handling animals for outreach"),
    "signage": (_p("Interpretation signs and graphics"), "new signs"),
    "volunteers": (_p("Volunteer recruitment and coordination"), "volunteer days"),
    "visitors": (_p("Visitor services and admissions"), "admissions desk"),
    "events": (_p("Zoo events and evenings"), "event nights"),
    # the college
    "practicals": (_p("Animal management practical classes"),
                   "practical set ups for the foundation degree"),
    "microscopy": (_p("Microscope classes for zoo biology students"), "scope sessions"),
    "projects": (_p("Supervising student research projects"), "student projects at the zoo"),
    "ethics": (_p("Research ethics for zoo studies"), "ethics committee papers"),
    "lecturing": (_p("Lecturing in zoo biology"), "lectures on the degree"),
    "datalog": (_p("Environmental data loggers in animal houses"), "temp loggers"),
    # IT and media
    "itsupport": (_p("Zoo IT helpdesk"), "it tickets from keepers"),
    "webcams": (_p("Live animal webcams"), "webcam streams"),
    "photo": (_p("Animal photography for the zoo"), "photos for the website"),
    "socialmedia": (_p("Zoo social media posts"), "tiktok videos of the animals"),
    "gis": (_p("GIS and mapping for conservation projects"), "qgis work"),
    # stores and management
    "stores": (_p("Zoo stores and deliveries"), "stores deliveries"),
    "feedstore": (_p("Feed and hay store management"), "hay barn"),
    "purchasing": (_p("Ordering for animal sections"), "section orders"),
    "linemgmt": (_p("Line management of keepers and curators"), "running the section team"),
    "budget": (_p("Animal section budgets"), "budget sheets"),
    "recruit": (_p("Recruiting keepers and vets"), "keeper recruitment"),
    "staffing": (_p("Keeper inductions and training"), "new starter training"),
    "licence": (_p("Zoo licence and inspection preparation"), "licence inspection prep"),
    "partners": (_p("Field conservation partnerships"), "partner projects overseas"),
    "fundraise": (_p("Conservation fundraising bids"), "grant bids"),
    "palmoil": (_p("Sustainable palm oil campaigning"), "palm oil stall"),
    "adoptions": (_p("Animal adoption scheme"), "adoption packs"),
    "lantern": (_p("Winter lantern trail set-up"), "lantern trail nights"),
    "railway": (_p("Driving the zoo's miniature railway"), "railway duty"),
}

MAMMALS = "Mammal Section"
PRIMATES = "Primate Section"
BIRDS = "Bird Section"
HERPS = "Herpetology and Invertebrates"
AQUARIUM = "Haverleigh Aquarium"
NUTRITION = "Animal Nutrition"
WELFARE = "Behaviour and Welfare"
POPULATION = "Population Management"
FEN = "Morrow Fen Conservation Breeding Centre"
VETS = "Veterinary Services"
SCIENCE = "Conservation Science"
ESTATES = "Zoo Estates"
HORT = "Horticulture"
LEARNING = "Learning and Visitor Experience"
COLLEGE = "Haverleigh College of Conservation Science"
DIGITAL = "Digital and Media"
OPERATIONS = "Zoo Operations"

GROUPS = (
    Group("bigcats", 7, (MAMMALS,), ("Keeper", "Senior Keeper", "Carnivore Team Leader"),
          ("bigcats", "carnivores", "smallmammals", "welfare", "training", "enrichment",
           "firearms", "escape"),
          "Keeps the big cats, bears and wolves hands-off and safely."),
    Group("largemammals", 7, (MAMMALS,), ("Keeper", "Senior Keeper", "Elephant Team Leader"),
          ("elephants", "giraffe", "hoofstock", "rhino", "training", "medtrain", "welfare",
           "browse"),
          "Looks after the elephants, giraffes, rhinos and hoofstock."),
    Group("primates", 6, (PRIMATES,), ("Primate Keeper", "Senior Primate Keeper"),
          ("apes", "monkeys", "training", "medtrain", "enrichment", "behaviour", "welfare"),
          "Keeps the great apes, monkeys and lemurs."),
    Group("birds", 6, (BIRDS,), ("Bird Keeper", "Senior Bird Keeper", "Falconer"),
          ("penguins", "aviaries", "incubation", "raptors", "welfare", "encounters"),
          "Keeps the penguins, the aviaries and the birds of prey."),
    Group("herps", 5, (HERPS,), ("Reptile Keeper", "Herpetology Team Leader"),
          ("reptiles", "venomous", "amphibians", "quarantine", "datalog", "welfare"),
          "Keeps the reptiles, including the venomous ones, and the amphibians."),
    Group("inverts", 3, (HERPS,), ("Invertebrate Keeper",),
          ("inverts", "livefood", "amphibians", "encounters"),
          "Breeds the invertebrates and the live food."),
    Group("aquarium", 6, (AQUARIUM,), ("Aquarist", "Senior Aquarist", "Curator of Aquarium"),
          ("aquarium", "corals", "fishquar", "watertest", "seals", "dive"),
          "Cares for the fish, corals and sea lions of the aquarium."),
    Group("lss", 3, (AQUARIUM,), ("Life Support Systems Technician",),
          ("lss", "watertest", "dive", "moats"),
          "Runs the aquarium's life support plant."),
    Group("nutrition", 4, (NUTRITION,), ("Diet Kitchen Technician", "Animal Nutritionist"),
          ("diets", "nutrition", "browse", "feedstore"),
          "Prepares the collection's diets and browse."),
    Group("behaviour", 3, (WELFARE,), ("Behaviour and Welfare Officer", "Research Officer"),
          ("behaviour", "welfare", "enrichment", "training", "projects", "enrichbuild"),
          "Studies behaviour and welfare across the collection."),
    Group("enrichment", 2, (WELFARE,), ("Enrichment Technician",),
          ("enrichbuild", "enrichment", "carpentry", "training"),
          "Makes and schedules enrichment for the animals."),
    Group("records", 3, (POPULATION,), ("Population Biologist", "Animal Records Officer",
                                        "Registrar"),
          ("studbook", "pmx", "zims", "cites", "transport"),
          "Keeps the studbooks, the animal records and the transfers."),
    Group("field", 5, (FEN,), ("Field Conservation Officer", "Breeding Centre Keeper"),
          ("headstart", "reintro", "tracking", "camtraps", "habitat", "bioacoustics", "gis",
           "edna"),
          "Rears native species at Morrow Fen and releases and follows them."),
    Group("vets", 3, (VETS,), ("Zoo Veterinarian", "Senior Veterinary Surgeon"),
          ("anaesthesia", "darting", "imaging", "postmortem", "vaccinate", "quarantine",
           "vetpharm"),
          "Treats the collection's animals."),
    Group("vetnurses", 5, (VETS,), ("Veterinary Nurse", "Head Veterinary Nurse"),
          ("vetnursing", "anaesthesia", "theatre", "imaging", "microchip", "vaccinate",
           "vetpharm", "vetlab", "parasites"),
          "Nurses the hospital's patients and runs the theatre."),
    Group("vetlab", 2, (VETS,), ("Veterinary Laboratory Technician",),
          ("vetlab", "parasites", "postmortem", "hormones"),
          "Runs the hospital's laboratory tests and post-mortems."),
    Group("forensics", 3, (SCIENCE,), ("Wildlife Forensic Scientist",
                                       "Forensic Laboratory Technician"),
          ("speciesid", "barcoding", "hairmicro", "ivory", "custody", "witness"),
          "Identifies species in seized goods for wildlife crime cases."),
    Group("genetics", 3, (SCIENCE,), ("Conservation Geneticist", "Laboratory Technician"),
          ("congenetics", "edna", "sequencing", "barcoding"),
          "Genotypes and sequences the breeding programmes' animals."),
    Group("repro", 2, (SCIENCE,), ("Reproductive Biologist",),
          ("hormones", "frozenzoo", "ai", "congenetics"),
          "Monitors hormones and banks gametes for breeding."),
    Group("estates", 6, (ESTATES,), ("Estates Technician", "Maintenance Operative",
                                     "Estates Supervisor"),
          ("enclosures", "barriers", "hotwire", "keys", "carpentry", "welding", "moats"),
          "Builds and repairs the enclosures and keeps them secure."),
    Group("safety", 2, (OPERATIONS,), ("Health and Safety Officer",),
          ("risk", "zoonoses", "coshh", "waste", "pests", "firstaid", "lonework", "escape"),
          "Advises on the zoo's risks, from zoonoses to escapes."),
    Group("horticulture", 4, (HORT,), ("Horticulturist", "Gardener", "Arborist"),
          ("tropical", "grounds", "trees", "ponds", "browse", "pests"),
          "Keeps the gardens, the tropical house and the trees."),
    Group("learning", 5, (LEARNING,), ("Learning Officer", "Presenter", "Outreach Officer"),
          ("schools", "talks", "encounters", "ambassador", "signage", "palmoil"),
          "Teaches school groups and talks to visitors."),
    Group("visitors", 4, (LEARNING,), ("Visitor Services Officer", "Events Coordinator",
                                       "Volunteer Coordinator"),
          ("visitors", "events", "volunteers", "firstaid", "lantern", "railway", "adoptions"),
          "Runs admissions, events and the volunteers."),
    Group("college", 5, (COLLEGE,), ("Lecturer", "Teaching Technician", "Demonstrator"),
          ("practicals", "microscopy", "projects", "ethics", "lecturing", "datalog",
           "behaviour"),
          "Teaches the college's animal management and zoo biology students."),
    Group("digital", 3, (DIGITAL,), ("IT Support Technician", "Digital Content Officer",
                                     "Photographer"),
          ("itsupport", "webcams", "photo", "socialmedia", "gis"),
          "Keeps the zoo's IT, webcams and media going."),
    Group("stores", 2, (OPERATIONS,), ("Stores Officer",),
          ("stores", "feedstore", "purchasing", "waste"),
          "Receives, stores and issues the zoo's goods and feed."),
    Group("management", 4, (MAMMALS, AQUARIUM, VETS, OPERATIONS), ("Curator", "Head of Section",
                                                                   "Zoo Operations Manager"),
          ("linemgmt", "budget", "recruit", "staffing", "licence", "partners", "fundraise",
           "adoptions"),
          "Manages the sections, their budgets and the zoo's licence."),
)
SHARED = ("risk", "zoonoses", "firstaid", "lonework", "staffing", "talks", "escape", "keys",
          "palmoil", "adoptions", "lantern", "coshh")

FACILITIES = (
    FacilitySpec("HZ-CAT", "Big Cat Territory", "animal house", MAMMALS,
                 "Lions, tigers and snow leopards with a hands-off house; the cat house.",
                 ("bigcats", "carnivores")),
    FacilitySpec("HZ-APE", "Great Ape House", "animal house", PRIMATES,
                 "Chimpanzees, gorillas and orangutans; the ape house.", ("apes",)),
    FacilitySpec("HZ-ELE", "Haverleigh Elephant Barn", "animal house", MAMMALS,
                 "A bull barn and a cow herd barn with a protected contact wall.",
                 ("elephants", "medtrain")),
    FacilitySpec("HZ-GIR", "Giraffe and Okapi House", "animal house", MAMMALS,
                 "Giraffes, okapi and a feeding platform; the giraffe house.", ("giraffe",)),
    FacilitySpec("HZ-SAV", "Savanna Paddocks", "animal house", MAMMALS,
                 "Zebra, antelope, rhino and hippos over twelve hectares.",
                 ("hoofstock", "rhino")),
    FacilitySpec("HZ-LEM", "Lemur Island and Monkey House", "animal house", PRIMATES,
                 "A walk-through lemur island and the small primate house.", ("monkeys",)),
    FacilitySpec("HZ-PEN", "Penguin Cove", "animal house", BIRDS,
                 "A colony of Humboldt penguins with a saltwater pool.", ("penguins",)),
    FacilitySpec("HZ-AVI", "Walkthrough Aviary and Bird House", "animal house", BIRDS,
                 "A tropical walk-through aviary and the bird house with its incubator room.",
                 ("aviaries", "incubation")),
    FacilitySpec("HZ-RAP", "Birds of Prey Centre", "animal house", BIRDS,
                 "Owls, hawks and vultures and the flying display arena.", ("raptors",)),
    FacilitySpec("HZ-REP", "Haverleigh Reptile House", "animal house", HERPS,
                 "Crocodiles, monitors, tortoises and a venomous snake room.",
                 ("reptiles", "venomous")),
    FacilitySpec("HZ-AMP", "Amphibian Ark", "animal house", HERPS,
                 "Biosecure pods for frogs, toads and salamanders; the frog pods.",
                 ("amphibians",)),
    FacilitySpec("HZ-BUG", "Bug House and Live Food Room", "animal house", HERPS,
                 "Invertebrate displays and the cricket and locust cultures.",
                 ("inverts", "livefood")),
    FacilitySpec("HZ-AQU", "Haverleigh Aquarium", "animal house", AQUARIUM,
                 "A reef gallery, a shark tunnel and the coral farm.",
                 ("aquarium", "corals", "fishquar")),
    FacilitySpec("HZ-LSS", "Aquarium Life Support Plant", "plant", AQUARIUM,
                 "Sand filters, protein skimmers and ozone; the LSS plant room.",
                 ("lss", "watertest")),
    FacilitySpec("HZ-SEA", "Sea Lion Cove", "animal house", AQUARIUM,
                 "California sea lions and harbour seals with an underwater viewing gallery.",
                 ("seals",)),
    FacilitySpec("HZ-DIE", "Haverleigh Diet Kitchen", "service", NUTRITION,
                 "Diets for the whole collection, with cold and frozen stores.",
                 ("diets", "nutrition")),
    FacilitySpec("HZ-BRW", "Browse Plantation", "service", NUTRITION,
                 "Willow, hazel and bamboo grown and cut for the animals.", ("browse",)),
    FacilitySpec("HZ-ENR", "Enrichment Workshop", "workshop", WELFARE,
                 "Feeders, climbing frames and toys made for the animals.",
                 ("enrichbuild", "enrichment")),
    FacilitySpec("HZ-BEH", "Behaviour and Welfare Office", "service", WELFARE,
                 "Behaviour studies, welfare audits and the training records.",
                 ("behaviour", "welfare", "training")),
    FacilitySpec("HZ-STB", "Studbook Office", "service", POPULATION,
                 "International and European studbooks and breeding recommendations.",
                 ("studbook", "pmx")),
    FacilitySpec("HZ-REC", "Animal Records and Transfers Office", "service", POPULATION,
                 "The zoo's animal records, CITES permits and transfers; the registrar.",
                 ("zims", "cites", "transport")),
    FacilitySpec("HZ-MFC", "Morrow Fen Conservation Breeding Centre", "animal house", FEN,
                 "Water voles, pool frogs and natterjack toads reared for release.",
                 ("headstart", "reintro")),
    FacilitySpec("HZ-MFR", "Morrow Fen Reserve", "field site", FEN,
                 "Reedbeds, ponds and release sites with camera traps and radio tracking.",
                 ("habitat", "camtraps", "tracking", "bioacoustics")),
    FacilitySpec("HZ-VET", "Haverleigh Veterinary Hospital", "clinic", VETS,
                 "A theatre, digital X-ray, ultrasound and wards; the vet hospital.",
                 ("vetnursing", "anaesthesia", "imaging", "theatre")),
    FacilitySpec("HZ-QUA", "Haverleigh Quarantine Unit", "animal house", VETS,
                 "Isolation for new arrivals before they join the collection.",
                 ("quarantine",)),
    FacilitySpec("HZ-PMR", "Haverleigh Post-Mortem Room", "laboratory", VETS,
                 "Post-mortem examinations of the collection's animals; the PM room.",
                 ("postmortem",)),
    FacilitySpec("HZ-VLB", "Zoo Veterinary Laboratory", "laboratory", VETS,
                 "Haematology, biochemistry and parasitology for the hospital.",
                 ("vetlab", "parasites")),
    FacilitySpec("HZ-WFL", "Wildlife Forensics Laboratory", "laboratory", SCIENCE,
                 "Species identification in seized products for enforcement agencies.",
                 ("speciesid", "barcoding", "hairmicro", "ivory", "custody")),
    FacilitySpec("HZ-CGL", "Conservation Genetics Laboratory", "laboratory", SCIENCE,
                 "Genotyping, sequencing and an eDNA clean room.",
                 ("congenetics", "edna", "sequencing")),
    FacilitySpec("HZ-END", "Zoo Endocrinology Laboratory", "laboratory", SCIENCE,
                 "Faecal hormone assays for breeding and welfare; the hormone lab.",
                 ("hormones",)),
    FacilitySpec("HZ-FRZ", "Haverleigh Frozen Zoo", "laboratory", SCIENCE,
                 "Liquid nitrogen banks of sperm, embryos and cell lines.",
                 ("frozenzoo", "ai")),
    FacilitySpec("HZ-EST", "Zoo Estates Workshop", "workshop", ESTATES,
                 "Enclosure building, timber, mesh and welding.",
                 ("enclosures", "carpentry", "welding", "moats")),
    FacilitySpec("HZ-ERT", "Containment and Emergency Response", "service", OPERATIONS,
                 "Escape drills, the firearms team, barrier checks, fences and keys.",
                 ("escape", "firearms", "barriers", "hotwire", "keys")),
    FacilitySpec("HZ-TRP", "Haverleigh Tropical House", "animal house", HORT,
                 "A glass dome with free-flying birds, bats and rainforest plants.",
                 ("tropical",)),
    FacilitySpec("HZ-GRD", "Zoo Grounds and Gardens", "service", HORT,
                 "The zoo's gardens, lake and trees.", ("grounds", "trees", "ponds")),
    FacilitySpec("HZ-LRN", "Haverleigh Learning Centre", "teaching", LEARNING,
                 "Classrooms, school sessions, talks and animal encounters.",
                 ("schools", "talks", "encounters", "ambassador")),
    FacilitySpec("HZ-VIS", "Visitor Services and Admissions", "service", LEARNING,
                 "Admissions, events and the volunteers; the front gate.",
                 ("visitors", "events", "volunteers")),
    FacilitySpec("HZ-TLB", "College Teaching Laboratories", "teaching", COLLEGE,
                 "Animal management and zoo biology practicals and microscopy.",
                 ("practicals", "microscopy", "projects")),
    FacilitySpec("HZ-DIG", "Zoo IT and Media", "computing", DIGITAL,
                 "The helpdesk, webcams, photography and social media.",
                 ("itsupport", "webcams", "photo", "socialmedia")),
    FacilitySpec("HZ-STR", "Zoo Stores and Feed Store", "service", OPERATIONS,
                 "Goods in, hay and feed, and section orders; the feed store.",
                 ("stores", "feedstore", "purchasing")),
)

GIVEN = """Amani-Zawadi Baraka-Jabari Wanjiru-Njeri Kamau-Wafula Achieng-Awino Makena-Imani
Tesfaye-Dawit Mekdes-Selam Abebe-Yonas Hiwot-Liya Tadesse-Kebede Ngozi-Ifeoma Chidi-Obinna
Thandiwe-Lerato Sipho-Bongani Nomvula-Zanele Palesa-Dineo Kagiso-Tumelo Anahera-Moana Tane-Nikau
Aroha-Hinemoa Kahu-Ropata Malia-Sione Tevita-Losa Iolana-Kai Kalani-Noe Itzel-Xochitl
Yaretzi-Citlali Cuauhtli-Tenoch Ayelen-Nahuel Rayen-Millaray Inti-Killa Quilla-Sumaq
Altan-Bataar Oyuun-Saraa Temuulen-Bold Nurlan-Aidos Aigerim-Dana Dinara-Aruzhan
Farrukh-Jasur Gulnora-Malika Suren-Ashot Lusine-Anahit Zurab-Levan Nino-Tamari Ilkka-Paavo
Aino-Kerttu Aurelijus-Tomas""".split()
FAMILY = """Mwangi-Kariuki Odhiambo-Ouma Wekesa-Simiyu Gebremedhin-Tesfay Tsegaye-Alemu
Okonkwo-Nnadi Adeyemi-Olatunji Dlamini-Zwane Mokoena-Molefe Ndlovu-Sibanda Te-Rangi-Walker
Parata-Hohaia Tuilagi-Fonoti Kealoha-Akana Cuauhtemoc-Rivas Huenchumilla-Paillal
Mamani-Quispe Condori-Huanca Ganbaatar-Batbayar Nurmagambetov-Zhaksylyk Yusupov-Karimov
Hovhannisyan-Petrosyan Beridze-Kapanadze Gelashvili-Tsiklauri Virtanen-Hakala
Laaksonen-Salmi Žukauskas-Vaitkus Tshabalala-Mahlangu Onyango-Achola Bekele-Gemechu""".split()
FAMILY += ["ap Rhydderch-Lloyd", "Ní Bhriain-Walsh", "de Souza-Barreto", "van der Merwe-Botha",
           "Mac Giolla-Rua"]

HAVERLEIGH = Site("Haverleigh Zoo (Haverleigh College of Conservation Science)", "HZ",
                  "haverleigh-zoo.ac.uk", CONCEPTS, GROUPS, SHARED, FACILITIES, GIVEN, FAMILY)
