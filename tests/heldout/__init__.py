"""A held-out evaluation of search: another institution's directory and researchers' queries.

``institution.py`` generates "Northgate University", whose skill names are written the way HR
and skills surveys write them (full names, en dashes, British spellings, qualifiers, and some
skills the taxonomy lacks), as a contract bundle imported through the normal importer.
``queries.py`` holds the graded queries, judged from the generator's own truth (who holds which
skill at which level, who plays which role in which facility), never from the engine.

``queries2.py`` ("heldout2") is a second set on Northgate. Both have been reported and are
development data now. ``institution3.py`` generates another institution, the Tarnside Institute
(other kinds of work, other facilities, its own HR wordings), and ``queries3.py`` ("heldout3")
holds its queries: written before the tuning that followed heldout2, run once at the end.
``queries4.py`` ("heldout4") adds free text and misspellings on Tarnside. ``institution5.py``
generates Calderbridge University (1,400 people, 40 facilities, a medical school, engineering,
neuroscience, museums and creative arts, its own HR wordings) and ``queries5.py`` ("heldout5")
holds 375 queries written by someone who never saw the engine or the taxonomy; it was run once,
on 2026-12-01, for the closing report (nDCG@10 0.754, MRR 0.861). Every set here has been
reported, so all are development data now: the next claim needs a new set, written apart.
``institution6.py`` generates Inverallan University (1,400 people, 40 facilities, a vet school,
research farms, a marine station and the usual cores, its own HR wordings) and ``queries6.py``
("heldout6") holds 386 queries written apart from the engine and the taxonomy and not yet run:
it is run once, on the final code, by the coordinator (``search_bench.py --heldout6``).
``institution7.py`` generates Harbourne Metropolitan University (1,400 people, 40 facilities, a
post-1992 university's health professions, pharmacy, optometry, sport, forensic and food
science, engineering, computing and art school, its own HR wordings) and ``queries7.py``
("heldout7") holds 395 queries written apart from the engine and never run: the coordinator runs
it once, on the final code (``search_bench.py --heldout7``).
``institution8.py`` generates Caerwern University (1,400 people, 40 facilities, a research-intensive
Welsh university: space instrumentation, nuclear and radiation laboratories, an ion beam centre,
ultrafast lasers and photonics, a compound semiconductor cleanroom, chemistry cores, a dental
school, medical physics, a botanic garden and herbarium, library conservation and digitisation,
film and drama, sport, its own US-made HR system's wordings) and ``queries8.py`` ("heldout8")
holds 523 queries written apart from the engine and the taxonomy, run once on round 11's final
code (``search_bench.py --heldout8``: 0.792 / 0.919) and development data since.
``institution9.py`` generates Ashcombe University (1,400 people, 40 facilities, an English
research-intensive university of the plain broad kind: life-science core facilities, chemistry,
physics and materials, engineering, earth science, psychology, an art school and a music school,
archaeology and a museum, the library, research computing and estates, its skills as an ERP
competency export writes them) and ``queries9.py`` ("heldout9") holds 562 queries written apart
from the engine and the taxonomy, run once on round 12's final code
(``search_bench.py --heldout9``: 0.807 / 0.918) and development data since.
``institution10.py`` generates Hollinsmoor University (1,400 people, 40 facilities, a
multi-campus technological university formed from a polytechnic and an agricultural and
further-education college: the built environment, automotive and motorsport, aerospace,
engineering and an applied research institute, computing, games and VR, media production,
fashion, hospitality, land-based study and vet nursing, pharmacy, biomedical, chemistry and
forensic teaching labs and sport science, its skills as its own HR system writes them)
and ``queries10.py`` ("heldout10") holds 561 queries written apart from the engine and the
taxonomy and run once, on round 13's final code (0.725 / 0.886); development data since.
``institution11.py`` generates Fenmere Research Park (1,200 people, 40 facilities, the first
that is not a university: a publicly funded research campus of institutes -- crop science,
animal health with high containment, food and gut health, a genome centre with research
computing, the science park's core facilities and campus services -- its skills as its own HR
system writes them) and ``queries11.py`` ("heldout11") holds 459 queries written apart from the
engine and the taxonomy and run once, on round 14's final code of 2026-12-02 (0.744 / 0.911;
``search_bench.py --heldout11``); development data since.
``institution12.py`` generates Carrow Down National Laboratory (1,200 people, 40 facilities,
neither a university nor a campus of institutes but a national large-facility laboratory for
visiting users: a synchrotron light source with its machine and beamlines, a spallation neutron
and muon source with hot cells and deuteration, a high-power laser facility, accelerator R&D,
detector development, electronics, cryogenics, vacuum and the workshops, scientific computing,
user support labs, radiation protection and site services -- its skills as its own HR system
writes them) and ``queries12.py`` ("heldout12") holds 494 queries written apart from the engine
and the taxonomy and run once, on round 15's final code of 2026-12-02 (0.693 / 0.867;
``search_bench.py --heldout12``); development data since.
``institution13.py`` generates Brackenfold University (1,200 people, 40 facilities, a
specialist agricultural and land-based university: a robotic dairy, beef, sheep, pig and
poultry units and a livestock emissions suite, field trials, seed testing, glasshouses and
growth rooms, plant, soil and greenhouse gas labs, a food processing hall, pilot bakery and
brewery, food labs, feed evaluation, an equine centre, veterinary nursing and hydrotherapy,
companion, exotic and aquaculture units, agricultural engineering and precision farming, woods,
game and wildlife, an apiary, an AD plant and central laboratories -- its skills as its own HR
system writes them) and ``queries13.py`` ("heldout13") holds 502 queries written apart from the
engine and the taxonomy and run once, on round 16's final code of 2026-12-02 (0.658 / 0.859;
``search_bench.py --heldout13``); development data since.
``institution14.py`` generates St Wilfrid's Medical School (1,200 people, 40 facilities, a London
medical school and biomedical research institute beside its NHS teaching hospital: a clinical
trials unit, its statistics and data centre and a clinical research facility, a human tissue
biobank, NHS-linked cellular pathology, cytology, the mortuary, blood sciences and
transfusion, diagnostic microbiology, CL3, virology and vaccine immunology, a human immunology
core, a malaria insectary, clinical research, PET, body composition and preclinical imaging,
medical physics, the animal facility's barrier, transgenic, zebrafish and behaviour units,
genomics, bioinformatics, clinical genomics, proteomics, a biomarker lab, cytometry, light and
electron microscopy, stem cells and organoids, a GMP cell therapy facility, the anatomy
dissecting room, a simulation centre, a secure data environment and a bioengineering workshop
-- its skills as its own HR system writes them) and ``queries14.py`` ("heldout14") holds 480
queries written apart from the engine and the taxonomy and run once, on round 17's final code
of 2026-12-02 (0.693 / 0.875; ``search_bench.py --heldout14``); development data since.
``institution15.py`` generates Kingsholm University of the Arts (1,200 people, 40 facilities, a
specialist arts university of London-style colleges: fine art wood, metal and plastics
workshops, a bronze foundry, a forge, a ceramics centre, hot and kiln glass, print studios, a
riso and letterpress room; knit, weave, dye and textile print, embroidery, fashion studios,
footwear and accessories, jewellery and silversmithing; darkrooms, photography studios, a
print bureau, a media loans store, film and TV studios, edit and grading suites, a dubbing
theatre, a motion capture stage, animation studios, a games and immersive lab; a theatre
production workshop, a theatre, a costume and wig department, recording studios, an electronic
music studio, a piano and instrument workshop; conservation studios, conservation science, a
colour and materials laboratory, the museum and the archive; a makerspace, a 3D print bureau
and an architecture model workshop -- its skills as its workshop induction and sign-off
register writes them) and ``queries15.py`` ("heldout15") holds 531 queries written apart from
the engine and the taxonomy and run once, on round 18's merged code of 2026-12-03 (0.673 /
0.843; ``search_bench.py --heldout15``); development data since.
``institution16.py`` generates the University of Kilbrannan's Ardcraig Campus (1,200 people, 40
facilities, the veterinary, marine and earth-and-space campus of a Scottish ancient university:
a small animal hospital with critical care and isolation, diagnostic imaging, kennels and
cattery, an equine hospital and performance centre, a farm animal practice, diagnostic and
histopathology laboratories, a post-mortem suite, an anatomy hall, a clinical skills centre and
a dispensary; a research vessel, small boats, a scientific diving unit, a marine aquarium, an
ocean instrumentation group and a marine teaching laboratory; the zoology museum and its
preparation room; rock cutting, thin section, geochemistry, stable isotope, clean,
microanalysis, core store, field kit and palaeomagnetism laboratories; the observatory, optics
and detector laboratories and a space instrumentation cleanroom; the mechanical and
electronics workshops, research computing, stores and the safety office -- its skills as its
annual PDR objectives export writes them) and ``queries16.py`` ("heldout16") holds 474 queries
written apart from the engine and the taxonomy and run once, on round 19's code of 2026-12-03
(0.683 / 0.846; ``search_bench.py --heldout16``); development data since.
``institution17.py`` generates Drumcarrig University's Mullaghbeg Campus (1,200 people, 40
facilities, the human sciences campus of a Northern Irish university: a brain imaging centre
with a 3T research MRI unit, a MEG suite, EEG and ERP laboratories, a brain stimulation
laboratory and an eye movement laboratory; psychology's sleep, psychophysiology, infant and child
and immersive reality laboratories, testing cubicles, a volunteer panel and a psychometric test
library; sport and exercise science's human performance laboratories, a climatic and hypoxic
chamber, movement analysis and neuromuscular laboratories, a body composition suite, a
phlebotomy room, a bioanalysis laboratory, a strength and conditioning centre and a performance
analysis unit; an audiology clinic, a phonetics laboratory and a speech and language therapy
clinic; a clinical simulation centre, mock wards, an OSCE suite, a resuscitation training room
and physiotherapy rooms; an optometry teaching clinic, an ocular imaging suite and a dispensing
laboratory; the electronics and mechanical workshops, research computing, research data and
governance, AV and digital learning, stores and cryogens, the safety office and the teaching
laboratories -- its skills as its professional-registration competence evidence export writes
them) and ``queries17.py`` ("heldout17") holds 479 queries written apart from the engine and
the taxonomy and run once, on round 20's code of 2026-12-03 (0.600 / 0.802; main's code
before the round 0.601 / 0.804): development data since.
``institution18.py`` generates Wealdmoor University's Faculty of Molecular and Process
Sciences (1,200 people, 40 facilities, the chemistry, pharmacy and chemical engineering faculty
of an English university with the Hopgarth Food and Brewing Centre: an NMR facility, a mass
spectrometry service, separations and elemental analysis, a crystallography suite, spectroscopy
and thermal analysis, synthetic chemistry laboratories, an inert atmosphere suite, flow and
photochemistry and a radiochemistry laboratory; pharmaceutics laboratories, a stability testing
unit, a GMP pilot manufacturing suite, a pharmaceutical microbiology and QC laboratory, a model
pharmacy, a particle engineering laboratory and pharmacy teaching laboratories; a process pilot
plant hall, process control and process safety laboratories, a bioprocess scale-up hall and a
unit operations teaching laboratory; food analysis and food microbiology laboratories, a food
pilot plant, a pilot bakery and confectionery kitchen, a sensory science centre, a microbrewery,
a canning and bottling hall, a teaching distillery and a maltings; the glassblowing, mechanical
and electronics workshops, the chemistry teaching laboratories, the chemical stores, the gas and
cryogen compound, the health and safety unit, a computational chemistry cluster, the laboratory
informatics office and an outreach centre -- its skills as its training-records system's
transcript export writes them) and ``queries18.py`` ("heldout18") holds 497 queries written
apart from the engine and the taxonomy and run once, on round 21's code of 2026-12-03 (0.623 /
0.793; main's code before the round 0.624 / 0.793): development data since.

``institution19.py`` generates a seventeenth, Hallowfield University's Saltergate School of
Dentistry and Health Professions (1,200 people, 40 facilities: an English university's dental
school and school of health professions beside its dental hospital -- a dental technology
laboratory, a digital dentistry suite, orthodontic and maxillofacial laboratories, a phantom
head clinical skills laboratory and a haptic simulation room, teaching clinics and a conscious
sedation suite, a central decontamination unit, a dental materials testing laboratory, a dental
radiology unit, oral microbiology, hard tissue histology and oral biology laboratories and a
micro-CT facility; a radiography imaging suite, an ultrasound education centre and a
radiotherapy education suite; a prosthetics and orthotics workshop and fitting rooms, a gait
laboratory, a podiatry teaching clinic, a foot orthosis workshop and a rehabilitation and
exercise laboratory; a hearing clinic, an audiology calibration laboratory and a balance clinic;
an interprofessional simulation centre, an operating department practice skills theatre, a
paramedic simulation bay, a nutrition and dietetics laboratory and health sciences teaching
laboratories; clinical engineering, the air and vacuum plant room, a technical workshop, stores,
radiation protection, infection control, clinical photography and clinical informatics -- its
skills as its HR system's job-evaluation role-profile export writes them) and ``queries19.py``
("heldout19") holds 472 queries written apart from the engine and the taxonomy and run once, on
round 22's code of 2026-12-03 (0.554 / 0.740; main's code before the round the same):
development data since.

``institution20.py`` generates an eighteenth, Wenlowe University's Division of Libraries,
Museums and Research Computing with its School of Architecture and Built Environment (1,200
people, 40 facilities: an English university's library, archives, museums and research
computing division beside its school of architecture in the Coldharbour building -- a
conservation studio, an objects and textiles conservation laboratory, a preventive conservation
office, a digitisation studio, spectral and RTI imaging, 3D imaging, an audiovisual transfer
suite, a microform and oversize scanning room, the university archives with a search room,
strongrooms and a digital archives laboratory, rare books and special collections, an oral
history studio, a museum collections centre, the university gallery, a natural history museum,
a collections registry and an object learning room; the research cluster, a GPU facility, the
research computing data centre, a research software engineering group, the research data
service, a research storage platform, a secure research data environment and a notebook and
cloud service; an architecture model workshop, a digital fabrication laboratory, a construction
hall, a building physics laboratory, a building performance monitoring service, climatic
chambers, an anechoic chamber, a reverberation and transmission suite, a room acoustics and
auralisation studio, a geomatics store, a laser scanning and drone unit, a BIM studio and the
library print and bindery -- its skills as its HR system exports them from the division's
timesheet and activity-booking system) and ``queries20.py`` ("heldout20") holds 471 queries
written apart from the engine and the taxonomy and run once, on round 23's code of 2026-12-03
(0.586 / 0.815; main's code before the round the same): development data since.

``institution21.py`` builds a nineteenth institution, Marlbridge University's Furnace Lane
Technical Faculty (1,200 people, 40 facilities: a dual-sector further and higher education
university's technical faculty -- a light vehicle workshop, an MOT bay, a body and paint shop,
engine test cells, a chassis dyno bay, a motorsport data laboratory, a composites laboratory and
a race car build bay; a teaching hangar, an aero engine bay, an avionics laboratory, an NDT room
and a Part 147 training office; electrical installation, inspection and testing, plumbing, a gas
training centre, carpentry and joinery, a wood machine shop, a bricklaying hall, plastering and
tiling and painting and decorating workshops; welding and fabrication, a sheet metal shop, a CNC
machining centre, a conventional machine shop and a metrology room; a solar training roof, a
heat pump laboratory and an EV training workshop; professional kitchens, a pastry and bakery
kitchen, a training restaurant with its bar and coffee shop, a hair salon, a barbershop and a
beauty and spa suite; a fitness suite, a sport and exercise testing laboratory and a swimming
pool -- its skills as its HR system exports them from the faculty's apprenticeship and assessor
competence tracker) and ``queries21.py`` ("heldout21") holds 474 queries written apart from
the engine and the taxonomy and run once, on round 24's code of 2026-12-04 (0.578 / 0.774;
main's code before the round 0.576 / 0.782): development data since.

``institution22.py`` builds a twentieth institution, Ravensholt University's Faculty of
Engineering and Physical Sciences at Kestrel Park (1,200 people, 40 facilities: a university's
engineering and physical sciences faculty built around electronic and electrical engineering,
quantum technologies, robotics and autonomous systems and physics and astronomy -- a
semiconductor cleanroom, an etch and deposition bay, an electron beam lithography suite, a III-V
epitaxy laboratory, a device characterisation laboratory and a device packaging room; a high
voltage laboratory, a power electronics and drives laboratory, a battery and photovoltaics test
laboratory, an EMC anechoic chamber, an antenna measurement range, an RF and microwave
laboratory, a PCB prototyping workshop, a surface-mount assembly line, an embedded systems
laboratory and an electronics teaching laboratory; a millikelvin laboratory, a high field magnet
laboratory, a quantum optics laboratory, a femtosecond laser laboratory and a cold atom
laboratory; a robotics arena, a robot manipulation laboratory, a drone flight cage, a motion
capture studio and an autonomous vehicles test track; an observatory, a planetarium, a radio
telescope, the physics teaching laboratories and a lecture demonstration store; the electronics
workshop and stores, the mechanical workshop, a glassblowing workshop, a rapid prototyping
laboratory, the helium recovery and liquefaction plant and a cryogen dispensing point; a
radiation protection office and a laser safety office -- its skills as its HR system exports them
from the faculty's skills passport in the learning-management system) and ``queries22.py``
("heldout22") holds 474 queries written apart from the engine and the taxonomy and run once,
on round 25's code of 2026-12-04 (0.691 / 0.864; main's code before the round 0.686 / 0.864):
development data since.

``institution23.py`` builds a twenty-first institution, Corrisdale University's Faculty of
Performing Arts, the Vennell Conservatoire of Music, Drama and Dance (1,200 people, 40
facilities: a conservatoire of music, drama and dance that is now a university's performing arts
faculty, with its school of production arts and a broadcast centre -- the Vennell Theatre, the
Brindle Studio Theatre, the opera studio, the Corrisdale Concert Hall and its organ, the
rehearsal rooms and the Quarry Garden Stage; stage engineering and automation, the lighting
workshop and programming suite, the sound department and the concert sound store, the stage
management office; the scenic construction workshop, the scenic metal shop, the CNC router bay,
the paint frame, the spray booth, the props workshop, the armoury, the costume workshop, the
show wardrobe and dye room and the wigs, hair and make-up room; the piano workshop, the
instrument repair workshop and the instrument store; the recording studios, the mastering
suite, the electroacoustic studios and the music technology lab; the broadcast gallery, the
edit suites and the video and projection store; the dance studios and the motion capture stage;
the music library and the performance archive; the box office, front of house and the
performance safety office -- its skills as its HR system exports them from the conservatoire's
crew-scheduling system's tickets) and ``queries23.py`` ("heldout23") holds 470 queries written
apart from the engine and the taxonomy and run once, on round 26's code of 2026-12-04 (0.578 /
0.819; main's code before the round the same): development data since.

``institution24.py`` builds a twenty-second institution, Thornbury University's Institute for
Energy and the Environment at Saltmarsh Point (1,200 people, 40 facilities: a university's
energy and environment research institute on its own coastal site -- the battery dry room, the
battery materials, cell cycling and pack laboratories and the abuse test bunker; the hydrogen
research hall, the fuel cell test laboratory and the high-temperature electrochemistry
laboratory; the perovskite fabrication suite, the solar characterisation laboratory and the
rooftop PV test field; the wind tunnel, the research wind turbine and met mast, the coastal wave
tank, the tidal flume and the blade test hall; the radiochemistry laboratory, the low-level
counting room and the actinide glovebox suite; the carbon capture pilot plant; the building
physics test house and the heat pump laboratory; the smart grid and microgrid laboratory, the
real-time power systems simulator, the power electronics laboratory and the HV network and
substation; the air quality station, the marsh flux tower, the hydrometry field unit and the
estuary boat store; the environmental chemistry laboratory and the soil and sample preparation
room; the energy systems data centre and the energy modelling suite; the engineering workshop,
the rig prototyping lab, the stores, the gas and cryogen compound, the high-pressure laboratory
and the safety office -- its skills as its HR system exports them from the site's
permit-to-work system's authorised-person register) and ``queries24.py`` ("heldout24") holds
464 queries written apart from the engine and the taxonomy and run once, on round 27's code of
2026-12-04 (0.620 / 0.821; main's code before the round the same answers): development data
since.

``institution25.py`` generates a twenty-third institution, Loxbrook University's Institute of
Food and Nutrition at Cressfield (1,200 people, 40 facilities: a university's food science and
human nutrition institute on its own site -- the pilot processing hall and the thermal process
validation laboratory; the dairy pilot plant and the creamery; the teaching brewery, the craft
distillery and bonded warehouse and the brewing science laboratory; the pilot bakery and the
cereals laboratory; the extrusion hall and the powders and drying laboratory; the alternative
proteins laboratory; the sensory booths and the consumer testing centre; the food microbiology
laboratory, the challenge testing room and the media kitchen; the food chemistry laboratory,
the food instrumentation suite and the allergen and authenticity laboratory; the packaging and
shelf-life laboratory and the food physics laboratory; the metabolic research kitchen, the
human nutrition unit, the DEXA and calorimetry suite, the whole-room calorimeter, the sample
processing laboratory and the biobank; the cold stores, the hygiene and cleaning centre, the
utilities plant, the maintenance bay, the stainless workshop and the ingredient stores; the
quality and food safety office, the food labelling clinic, the study data office, the training
centre, the commercial trials office and the safety office -- its skills as its HR system
exports them from the food-safety sign-off sheets kept under its HACCP plans) and
``queries25.py`` ("heldout25") holds 470 queries written apart from the engine and the taxonomy
and run once, on main's code at round 28's start (bd5504a, 2026-12-04: 0.605 /
0.804): development data since.

``institution26.py`` generates a twenty-fourth institution, Aldwick University's School of
Forensic Science and Policing at Stanegate (1,200 people, 40 facilities: a university's school
of forensic science and policing on its own site -- the crime scene house, the vehicle
examination bay and the outdoor search area; the forensic DNA laboratory and the capillary
electrophoresis room; the forensic biology screening laboratory; the fingermark enhancement
laboratory and the fingerprint bureau training room; the marks and impressions laboratory; the
ballistics range, the firearms examination laboratory and the gunshot residue laboratory; the
forensic toxicology laboratory, the drugs analysis laboratory and the controlled drugs vault;
the burn hall and the fire debris and explosives laboratory; the taphonomy facility, the
osteology laboratory and the entomology insectary; the digital forensics and mobile device
laboratories; the questioned documents laboratory; the trace evidence laboratory and the
microscopy suite; the evidence store and the drying room; the forensic imaging studio and the
3D scene capture unit; the CCTV and video analysis laboratory; the moot court, the Hydra
simulation suite, the custody and interview training suite, the driving simulator centre and
the intelligence analysis laboratory; the quality office, the workshop, the stores, the safety
office and the training and CPD centre -- its skills as its HR system exports them from the
school's ISO 17025 method authorisation log) and ``queries26.py`` ("heldout26") holds 468
queries written apart from the engine and the taxonomy and run once, on main's code at round
29's start (a459468, 2026-12-04: 0.564 / 0.806): development data since.

``institution27.py`` generates a twenty-fifth institution, the Kingsdock School of Tropical
Medicine with its Lwanda Bay Field Station (1,200 people, 40 facilities: an independent school
of tropical medicine and vector biology with an overseas field station -- the Anopheles
insectary, the Aedes and Culex insectary, the tsetse and sandfly unit, the triatomine and tick
rooms, the transgenic mosquito facility and the sterile insect irradiation room; the
insecticide bioassay laboratory and the experimental huts; the malaria culture laboratory, the
mosquito feeding and dissection suite and the sporozoite production unit; the kinetoplastid and
enteric protozoa laboratories; the schistosome life cycle unit, the snail house and the
helminth laboratory; the containment level 3 suite and the arbovirus vector laboratory; the
tropical diagnostic reference laboratory and the parasitology quality assessment office; the
vector molecular laboratory and the sequencing hub; the trial sample processing laboratory, the
immunology core and the human challenge unit; the field station, its field entomology
laboratory, vehicle pool and drone and mapping unit; the cold chain and shipping office and the
biorepository freezer store; vector bioinformatics and the trials data unit; the museum, the
vector imaging suite, the workshop, the stores, the biosafety office, the diploma teaching
laboratory and the public engagement insectary -- its skills as its HR system exports them
from the school's workload allocation model) and ``queries27.py`` ("heldout27") holds 479
queries written apart from the engine and the taxonomy and run once, on main's code at round
30's start (879b581, 2026-12-04: 0.594 / 0.750): development data since.

``institution28.py`` generates a twenty-sixth institution, the Skelmouth Maritime Academy with
its Hobb Ness Offshore Safety Centre (1,200 people, 40 facilities: a maritime academy that trains
seafarers -- the full mission bridge simulators, the part-task bridge suite, the DP and VTS
simulators, the ECDIS and radar suite, the GMDSS radio room and the planetarium; the engine room
simulator, the engine hall and the boiler house trainer; the marine high voltage, electro-
technical, marine refrigeration and fuel and lubricant test laboratories; the machine shop and
the fabrication and welding shop; the seamanship deck and rigging loft, the davit tower and
lifeboat station, the crane and cargo handling simulators and the port terminal simulator; the
sea survival pool, the fire ground, the breathing apparatus room and the maritime medical
training room; the offshore safety centre and the working at height tower; the small boat
station and the training ship; the towing tank, the wave basin and the model workshop; the
weather station, the ballast water and marine pollution laboratory and the oil spill response
yard; simulator IT and the e-learning and examination centre; the STCW assessment office, the
stores, the safety and compliance office and the ship model collection -- its skills as its HR
system exports them from the academy's research-information system's expertise fingerprints)
and ``queries28.py`` ("heldout28") holds 490 queries written apart from the engine and the
taxonomy and run once, on main's code at round 31's start (1f1882b, 2026-12-04: 0.638 /
0.832): development data since.

``institution29.py`` generates a twenty-seventh institution, Haverleigh Zoo and the Haverleigh
College of Conservation Science with its Morrow Fen Conservation Breeding Centre (1,200 people,
40 facilities: a zoo and conservation biology college with its own animal collection -- the big
cat territory, the great ape house, the elephant barn, the giraffe and okapi house, the savanna
paddocks and the lemur island and monkey house; penguin cove, the walkthrough aviary and bird
house and the birds of prey centre; the reptile house, the amphibian ark and the bug house; the
aquarium, its life support plant and sea lion cove; the diet kitchen and the browse plantation;
the enrichment workshop and the behaviour and welfare office; the studbook office and the
animal records and transfers office; the Morrow Fen breeding centre and reserve; the veterinary
hospital, the quarantine unit, the post-mortem room and the veterinary laboratory; the wildlife
forensics, conservation genetics and endocrinology laboratories and the frozen zoo; the estates
workshop and containment and emergency response; the tropical house and the grounds and
gardens; the learning centre and visitor services; the college teaching laboratories; zoo IT
and media; the stores and feed store -- its skills as its HR system exports them from the zoo's
internal talent marketplace's skills profiles) and ``queries29.py`` ("heldout29") holds 500
queries written apart from the engine and the taxonomy and run once, on main's code at round
32's start (e0e60dc, 2026-12-05: 0.611 / 0.770): development data since.

``institution30.py`` generates a twenty-eighth institution, the Thistlecombe National Film and
Television School with its Gorsey Bank Studios (1,200 people, 40 facilities: a national film and
television school -- the camera store, the grip store and the lighting and electrics store; the
power house; the sound stages, the backlot and the underwater stage; the special effects
workshop and armoury; the virtual production volume and the performance capture stage; the
production sound store, the foley, dubbing and scoring stages; the cutting rooms, the grading
theatre and the mastering and deliverables bay; the VFX lab and render farm, the stop motion
studios and the 2D animation studio; the construction shop, the scenic paint frame, the props
workshop and store and the art department studio; the costume workroom and store and the hair,
make-up and prosthetics studio; television studio A, the central apparatus room, the outside
broadcast unit and the radio and podcast studios; the production office; the cinema, the film
archive and vault and the film lab; the kit room and post-production IT; the studio estates,
the expendables store and transport, the studio safety office and the youth academy -- its
skills as its HR system exports them from the school's equipment booking system's trained-user
register, each holder's user level, sign-off date and bookings its own, drawn from the
generator's stream) and ``queries30.py`` ("heldout30") holds 579 queries written apart from the
engine and the taxonomy and run once, on main's code at round 33's start (b27e9dc, 2026-12-05:
0.582 / 0.784): development data since.

``institution31.py`` generates a twenty-ninth institution, the Stannerdale National Institute
of Sport with its Kelderwater Regatta Centre (1,200 people, 40 facilities: a national institute
of sport -- the sports medicine clinic, the rehabilitation gym, the hydrotherapy pool, the
recovery suite and the imaging and DXA suite; the human performance laboratory, the
environmental chamber, the altitude house and the athlete blood laboratory; the biomechanics
laboratory, the wind tunnel, the sports engineering laboratory, the bike workshop, the
composites bay, the sled workshop and push track and the para sport workshop; the performance
analysis suite and the performance data office; the strength and conditioning centre and the
indoor sprint straight; the performance nutrition clinic and the performance kitchen; the
psychology and wellbeing service; the velodrome, the aquatics centre, the pool plant room and
the dry dive centre, the athletics arena, the gymnastics hall, the combat hall, the climbing wall
and the shooting range; the regatta lake and the boathouse; the pitches and the arena; the events
office; the coach education centre; technology services; and estates and facilities -- its
skills as its HR system exports them from the institute's rota and on-call roster, each
holder's week commencing, shifts, shift times and status its own, drawn from the generator's
stream) and ``queries31.py`` ("heldout31") holds 553 queries written apart from the engine and
the taxonomy and run once, on main's code at round 34's start (ad9f3c7, 2026-12-05: 0.567 /
0.783): development data since.

``institution32.py`` generates a thirtieth institution, the Allenhope School of Mines with its
Greyscar Test Mine (1,200 people, 40 facilities: a school of mines with its own underground
test mine -- the test mine, the mine rescue station, the lamp room, the ventilation laboratory,
the explosives magazine and the training quarry; the winding house, the pump station, the
underground plant workshop and the mine electrical workshop; the survey instrument store, the
geomatics laboratory, the core store, the rock mechanics laboratory, the geotechnical
monitoring centre, the drilling centre and the geophysics store; the crushing hall, the pilot
hall, the flotation, gravity and magnetic separation, hydrometallurgy and particle sizing
laboratories; the sample preparation, fire assay and analytical laboratories, the mineralogy
suite and the section laboratory; the mine water laboratory, the treatment wetlands and the
tailings research facility; the mine planning laboratory; the fabrication and instrumentation
workshops; the field course store, the heritage and visitor centre and the industry training
centre; digital services, estates and the mine stores -- its skills as its HR system exports
them from the staff's CPD log, each holder's activity type, hours, date and reflection state
its own, drawn from the generator's stream) and ``queries32.py`` ("heldout32") holds 565
queries written apart from the engine and the taxonomy and run once, on main's code at round
35's start (72ef327, 2026-12-05: 0.517 / 0.752, seen before its run): development data since.

``institution33.py`` generates a thirty-first institution, Wrayholme Botanic Garden with its
Scarth Fell Seed Bank (1,200 people, 40 facilities: a national botanic garden with its herbarium
and seed bank -- the herbarium, its mounting room, spirit collection store and plant
identification service, the fungarium, the economic botany collection and the herbarium
digitisation studio; the molecular laboratory, the microscopy suite, the plant cytology
laboratory, the phytochemistry laboratory and the controlled environment growth rooms; the seed
bank, its drying room, germination laboratory and tissue culture and cryopreservation
laboratory; the field station and the conservation nursery; the Palm House, the orchid and
tropical houses, the arid house, the alpine house and rock garden, the propagation nursery, the
plant health quarantine house and the living collections records office; the garden grounds,
the arboretum and the compost yard; the machinery workshop, the boiler house and the estates
workshop; the library and archive and the botanical art studio; the biodiversity data office and
digital services; the school of horticulture and the learning centre; the visitor centre and
garden shop and the garden events office; and the garden stores -- its skills as its HR system
exports them from the garden's training needs analysis, each holder's current and required
levels, RAG rating, action and review quarter its own, drawn from the generator's stream) and
``queries33.py`` ("heldout33") holds 540 queries written apart from the engine and the taxonomy
and run once, clean, on main's code at round 35's end (53958c3, 2026-12-05: 0.621 / 0.831):
development data since.

``institution34.py`` generates a thirty-second institution, the Kersbrook Conservation Centre
with its Fallowgate Stoneyard (1,200 people, 40 facilities: a national heritage agency's
conservation centre -- the stoneyard, the banker masons' shop, the stone saw shed, the stone
carving studio, the lime workshop and the masons' drawing office; the heritage joinery shop, the
forge, the leadwork shop, the stained glass studio, the plasterwork studio and the roofing and
thatch store; the objects, textile, paper and book, paintings, and furniture and gilding
studios, the wall painting conservation unit and the collections store; the conservation
science laboratory, the stone and mortar testing laboratory, the microscopy and thin section
suite, the dendrochronology laboratory and the preventive conservation unit; the digital
survey, drone survey and geophysics units; the archaeology field unit and the finds laboratory;
the monuments maintenance depot, the access and scaffolding depot, the building services
workshop and the historic gardens team; the archive and search room and the photographic
studio; the traditional skills training centre, the apprentice workshop and the learning and
community team; the digital services desk; and the stores and transport yard -- its skills as
its HR system exports them from the agency's craft competence card register, each holder's card
colour, verification date and expiry its own, drawn from the generator's stream) and
``queries34.py`` ("heldout34") holds 480 queries written apart from the engine and the taxonomy
and run once, clean, on main's code as round 36 found it (c08b8c7, 2026-12-05: 0.690 / 0.876):
development data since.

``institution35.py`` generates a thirty-third institution, Brindlecombe Teaching Hospitals with
its Orrin Lane Healthcare Science Centre (1,200 people, 40 facilities: a hospital trust's
healthcare science and technical services -- the blood sciences laboratory, the haematology
morphology bench, the haemostasis laboratory, the blood transfusion laboratory, the clinical
immunology laboratory and the specialist mass spectrometry unit; the cellular pathology
laboratory, the immunohistochemistry bench, the digital pathology suite, the cytology
laboratory and the mortuary; the microbiology laboratory, the containment level 3 suite, the
media kitchen and the virology and molecular diagnostics laboratory; the genomic laboratory;
specimen reception, outpatient phlebotomy and the point of care testing service; the cardiac
investigations unit, respiratory and sleep physiology, clinical neurophysiology, the audiology
centre and the vascular studies unit; radiotherapy physics, nuclear medicine and radiopharmacy
and the radiation protection service; the clinical engineering workshop, renal technical
services, rehabilitation engineering and the wheelchair service, and the maxillofacial and 3D
printing laboratory; sterile services and endoscope decontamination; the medical illustration
studio; the pharmacy aseptic unit and quality control laboratory; the clinical research
facility and the assisted conception unit; pathology and imaging informatics; and the
healthcare science academy with its simulation suite -- its skills as its HR system exports
them from the national staff record's competence compliance report, each holder's achieved
date, expiry date and compliance status its own, drawn from the generator's stream) and
``queries35.py`` ("heldout35") holds 529 queries written apart from the engine and the taxonomy
and run once, clean, on round 36's final code (77ac3af, 2026-12-05: 0.625 / 0.817): development
data since.

``institution36.py`` generates a thirty-fourth institution, the Wyvernholt Advanced
Manufacturing Research Centre with its Sallowbeck Training Centre (1,200 people, 40 facilities:
an industrial research and technology organisation for manufacturing -- the five-axis
machining hall, the turning and mill-turn cell, the production milling line, the grinding and
spark erosion cell and the machining dynamics laboratory; the metrology laboratory, the large
volume metrology bay and the X-ray computed tomography suite; the composites cleanroom, the
autoclave and curing hall, the liquid moulding cell, the automated fibre placement cell and
the composite trimming workshop; the powder bed fusion laboratory, the powder
characterisation room, the directed energy deposition cell, the polymer printing bureau and
the hot isostatic press; the welding workshop, the friction stir welding cell, the laser
processing cell, the electron beam welding chamber and the brazing and bonding laboratory; the
foundry, the forge and press hall and the heat treatment furnace bay; the mechanical testing
laboratory, the microstructure laboratory, the NDT centre and the residual stress laboratory;
the electronics and controls workshop and the battery module line; the robotics and
automation test bed, the digital factory demonstrator and the immersive visualisation suite;
the design and simulation office; the central stores and gas compound, goods in and dispatch
and the plant maintenance workshop; and the Sallowbeck Training Centre -- its skills as its HR
system exports them from the centre's skills matrix, each holder's ILUO level, assessment date,
assessor and reassessment month its own, drawn from the generator's stream) and
``queries36.py`` ("heldout36") holds 480 queries written apart from the engine and the taxonomy
and run once, clean, on main's code at round 37's start (347bd84, 2026-12-05: 0.664 / 0.857):
development data since.

``institution37.py`` generates a thirty-fifth institution, the Ravelstone National Weather and
Climate Service with its Carn Dubh Upper Air Observatory (1,200 people, 40 facilities: a
national weather and climate service -- the operations centre, the aviation and marine
forecast desks, the weather presentation studio and the joint flood guidance room; the surface
network depot, the sensor test enclosure, the visibility and present weather test bed, the
cloud base and lidar laboratory, the solar radiation reference station, the lightning
detection network hub and the road weather service workshop; the Carn Dubh Upper Air
Observatory, the hydrogen generator house, the ozonesonde preparation room and the wind
profiler station; the radar engineering centre, the radar transmitter test bay and the radar
calibration and quality unit; the instrument calibration laboratory, the humidity standards
room and the anemometer wind tunnel; the instrument electronics workshop, the mechanical
workshop and the mast and tower team base; the atmospheric research aircraft hangar and the
cloud physics laboratory; the greenhouse gas laboratory, the tall tower observatory, the total
ozone observatory and the air quality network laboratory; the supercomputer hall, the mass
storage and tape archive and the model operations room; the climate archive and data rescue
room; the satellite ground station; the marine observations base; the field stores and
vehicle depot and the Carn Dubh hill compound; and the Ravelstone Training College -- its
skills as its HR system exports them from the service's learning management system's record
of learning, each holder's completion status and day, score, delivery and expiry day its own,
drawn from the generator's stream) and ``queries37.py`` ("heldout37") holds 478 queries
written apart from the engine and the taxonomy and run once on main's code at round 38's start
(a651c59, 2026-12-05: 0.665 / 0.848), not clean (the coordinator had read the institution and
its export's fields before the run): development data since.

``institution38.py`` generates a thirty-sixth institution, Tevisham Water with its Lunsford
Scientific Services Centre (1,200 people, 40 facilities: a water and wastewater company -- the
Lunsford sample reception, microbiology, cryptosporidium, inorganic chemistry, organic
chemistry, wastewater and sludge and biology and taste and odour laboratories and the
laboratory quality unit; the regulatory sampling team base; the Hartsell water treatment works,
membrane plant and chemical house, the Mossgill slow sand filter works and the process science
jar test laboratory; the Bramcote wastewater treatment works, the Ellerby filter beds, the
Bramcote sludge treatment centre, CHP and gas plant and the sludge and trade waste reception;
the leakage detection team base, the Kettleby network repair depot, the pressure management and
valve team and the meter test bench; the sewer survey unit, the sewer jetting depot and the
pumping station maintenance team; the instrumentation and control workshop, the telemetry and
SCADA laboratory, the electrical maintenance workshop, the mechanical workshop and pump shop and
the condition monitoring unit; the Thrushcross impounding reservoir, the service reservoir
inspection team, the groundwater and borehole team and the catchment and ecology team; the
hydraulic modelling and GIS office; the regional operations centre and the alternative supplies
depot; the Kettleby central stores and fleet; and the Lunsford Training Centre -- its skills as
its HR system exports them from the company's competence management system's qualification
units, each holder's unit status and day, assessor and evidence count its own, drawn from the
generator's stream) and ``queries38.py`` ("heldout38") holds 472 queries written apart from the
engine and the taxonomy and run once, clean, on main's code at round 39's start (929bb26,
2026-12-05: 0.409 / 0.767): development data since.

``institution39.py`` generates a thirty-seventh institution, Marrowfold Nuclear Site with its
Hobthwaite Radiometrics Laboratory (1,200 people, 40 facilities: a nuclear licensed site in
decommissioning -- the Hobthwaite gamma spectrometry suite, alpha and radiochemistry
laboratory, liquid scintillation counting room and inorganic chemistry laboratory, the active
sample receipt and store and the laboratory quality office; the environmental monitoring
laboratory, the stack monitoring station and the meteorological mast and perimeter monitoring
network; the dosimetry service, the RP instrument calibration facility, the whole body monitor
and bioassay clinic and the reactor building health physics control point; the Reactor 1
building, the size reduction and cutting facility, the decontamination centre, the containment
and enclosures team, the asbestos removal unit and the demolition and civils team; the fuel
storage pond and the sludge retrieval plant; the Hobthwaite hot cells, the plutonium glovebox
line, the remote handling and robotics test bay and the mock-up and trials hall; the waste
assay facility, the ILW encapsulation plant, the LLW sorting and compaction facility, the
interim storage facility, the active effluent treatment plant and the radioactive materials
transport office; the Marrowfold mechanical workshop, the electrical and C&I workshop, the
ventilation and filter testing unit, the lifting and crane maintenance team and the inspection
and NDT unit; the safety case and criticality office; the emergency control centre and site
fire station; the survey and digital engineering office; and the Marrowfold Training Centre --
its skills as its HR system exports them from the site's competency framework, each holder's
level, target, rater and day its own, drawn from the generator's stream) and ``queries39.py``
("heldout39") holds 467 queries written apart from the engine and the taxonomy and run once,
seen before (a search for queries printed some of its queries), on main's code at round 40's
start (92b0fca, 2026-12-05: 0.567 / 0.864): development data since.

``institution40.py`` generates a thirty-eighth institution, the Quillonby Animal and Plant
Health Agency with its Sedgeworth Science Campus (1,200 people, 40 facilities: a national
animal and plant health agency -- the sample reception unit and the sample archive and
cryostore; the avian virology laboratory, the virus culture suite, the Sedgeworth high
containment laboratory, the arbovirus and vector-borne disease laboratory, the Sedgeworth virus
electron microscopy unit and the rabies reference laboratory; the general bacteriology
laboratory, the salmonella reference laboratory, the mycobacteriology CL3 laboratory and the
brucella and notifiable bacteria laboratory; the serology automation hall, the bovine TB
immunology laboratory and the reference reagents unit; the Sedgeworth molecular diagnostics
laboratory, the Sedgeworth genomics centre and the bioinformatics and data science team; the
Sedgeworth post-mortem room, the wildlife disease post-mortem suite, the histopathology
laboratory and the TSE laboratory; the parasitology laboratory and the plant health insectary;
the plant pest and disease diagnostic laboratory, the nematology laboratory, the quarantine
bacteria laboratory and the quarantine glasshouses; the national bee unit laboratory; the badger
field unit and the field sampling and outbreak response team; the large animal containment unit
and the poultry isolator unit; the media preparation and glasswash unit; the effluent treatment
and incinerator plant; the biosafety and fumigation team; the quality and accreditation office;
the epidemiology and surveillance unit; estates and containment engineering; and the Sedgeworth
Training Centre -- its skills as its HR system exports them from the agency's quality
management system's analyst authorisation report, each holder's status, day, authoriser and
next proficiency test its own, drawn from the generator's stream) and ``queries40.py``
("heldout40") holds 457 queries written apart from the engine and the taxonomy and run once,
clean, on main's code at round 40's start (92b0fca, 2026-12-05: 0.573 / 0.859): development
data since.

``institution41.py`` generates a thirty-ninth institution, the Tarrenholm Polar Survey with its
Skerrivoe Research Station (1,200 people, 40 facilities: a national polar research institute --
the Skerrivoe powerhouse, water and sewage plant, communications centre, vehicle workshop,
station fire team and galley; the field operations base, the sea ice and coastal field unit and
the Skerrivoe boatshed; the Tarrenholm air unit hangar, the Skerrivoe skiway and fuel farm and
the airborne survey instruments group; the RRS Fulmar science deck, the RRS Fulmar CTD and
water sampling laboratory and the moorings and ocean instruments store; the Tarrenholm ice core
laboratory, the ice drilling group and the ice chemistry and isotope laboratory; the Skerrivoe
ozone and met observatory, the space weather observatory, the clean air laboratory and the
automatic weather station network; the Skerrivoe marine aquarium, the Skerrivoe dive facility,
the krill aquarium and experimental cold rooms, the higher predators field station and the
polar microbiology and molecular laboratory; the geoscience rock preparation laboratory, the
geodetic and seismic networks and the sediment core store; the Tarrenholm polar data centre,
the mapping and geographic information centre and the drone and uncrewed systems team; the
instrument electronics laboratory, the Tarrenholm mechanical workshop and the cold test
chambers; the cargo and freight hub and the station fuel depot; the Skerrivoe medical unit; and
the pre-deployment training centre -- its skills as its HR system exports them from the
survey's deployment training records system, each holder's status, day passed, expiry and
instructor its own, drawn from the generator's stream) and ``queries41.py`` ("heldout41") holds
460 queries written apart from the engine and the taxonomy and run once, clean, on main's code
at round 41's start (721d73e, 2026-12-06: 0.620 / 0.851): development data since.

``institution42.py`` generates a fortieth institution, the Corsley Building Research
Establishment with its Hatherden Fire and Structures Test Centre (1,200 people, 40 facilities:
a building research and fire testing establishment -- the Hatherden fire resistance hall, the
reaction to fire laboratory, the Hatherden large-scale burn hall, the fire stopping test rig,
the fire engineering and modelling group and the fire investigation unit; the structures strong
floor, the concrete and masonry laboratory, the fixings and mechanical testing laboratory, the
curtain wall and window test rig, the weathering and corrosion laboratory and the building
pathology unit; the acoustic transmission suite, the hemi-anechoic chamber and the site
acoustics and vibration team; the guarded hot box laboratory, the energy house test facility
and the hygrothermal laboratory; the energy and sustainability assessment service, the life
cycle and product declarations team and the retrofit advice centre; the sprinkler and water
suppression laboratory, the detection and alarm laboratory, the extinguisher fire test hall and
the security testing laboratory; the solar and battery test laboratory and the climatic
chambers for heat pumps; the geotechnical laboratory and the radon and ground gas service; the
timber biodeterioration laboratory and the timber structures test rig; the emissions chamber
laboratory, the asbestos and fibres laboratory and the construction chemistry laboratory; the
digital construction hub; the Hatherden rig building workshop and the test hall yard and
cranes; the calibration laboratory and the Corsley quality and accreditation office; and the
Corsley training academy -- its skills as its HR system exports them from the establishment's
competence management system, each holder's status, day assessed, assessor and day due its
own, drawn from the generator's stream) and ``queries42.py`` ("heldout42") holds 456 queries
written apart from the engine and the taxonomy and run once, clean, on main's code at round
42's start (5c4b241, 2026-12-06: 0.588 / 0.842): development data since.

``institution43.py`` generates a forty-first institution, the Garnsworth Mint with its Pencader
Assay Office (1,200 people, 40 facilities: a national mint with its assay office -- the
Garnsworth melt shop, the strip casting line, the strip rolling mills and the annealing and
pickling line; the blanking hall, the plating plant and the effluent treatment plant; the
coining press hall, the proof coin room, the bimetallic coin line and the coin inspection and
counting hall; the Garnsworth tool room, the die polishing shop, the die laser cell and the
heat treatment and coating shop; the engraving studio, the digital sculpting suite, the medals
and enamelling workshop and the Garnsworth jewellery workshop; the Pencader fire assay
laboratory, the Pencader XRF and ICP laboratory and the Pencader hallmarking office; the
metallurgy laboratory, the Garnsworth electron microscopy suite, the coin signature laboratory
and the alloy development laboratory; the precious metals refinery, the gold recovery plant and the
Garnsworth bullion vault; the metrology laboratory, the quality office, the counterfeit coin
centre and the continuous improvement office; the press hall maintenance workshop, the
electrical and controls workshop and the robotic palletising cell; the despatch warehouse; the
Garnsworth mint museum and archive and the Garnsworth visitor experience; and the Garnsworth
training centre -- its skills as its HR system exports them from the qualifications module of
the mint's ERP, each holder's proficiency, day given, last day valid and approver its own,
drawn from the generator's stream) and ``queries43.py`` ("heldout43") holds 454 queries written
apart from the engine and the taxonomy and run once, clean, on main's code at round 43's start
(597b5d4, 2026-12-06: 0.644 / 0.879): development data since.

``institution44.py`` generates a forty-second institution, Stowmere Aircraft Engineering with
its Tarrow Cross Technical Training School (1,200 people, 40 facilities: an airline's aircraft
engineering base -- Stowmere hangar 1, the hangar 2 gear and flight controls bay and the fuel
tank entry bay; the Stowmere line maintenance station, the Stowmere maintenance control centre,
the engine run-up pan, the remote de-icing pad, the towing and pushback section and the fuel
quality laboratory; the structures and sheet metal shop and the composite repair shop; the
Stowmere engine shop, the borescope inspection cell, the Stowmere engine test cell and the APU
and propeller shop; the avionics workshop, the air data and instruments laboratory, the wiring
repair bench and the cabin systems and IFE laboratory; the hydraulic component shop, the wheel
and tyre bay, the safety equipment shop and the aircraft battery shop; the Stowmere NDT
laboratory and the radiography enclosure; the Stowmere paint hangar and the livery and decal
studio; the cabin interiors workshop, the aircraft trim shop and the galley and lavatory
workshop; the GSE workshop and the hangar electrical workshop; the tool store and calibration
laboratory, the Stowmere main stores and the despatch and dangerous goods office; the technical
records office and the maintenance planning office; the Stowmere quality and safety department;
and the Tarrow Cross technical training school and its practical workshops -- its skills as its
HR system exports them from the authorisations module of the base's maintenance information
system, each holder's level, day issued, expiry and signatory its own, drawn from the
generator's stream) and ``queries44.py`` ("heldout44") holds 484 queries written apart from the
engine and the taxonomy and run once, clean, on main's code at round 44's start (7bf7558,
2026-12-06: 0.591 / 0.849): development data since.

``institution45.py`` generates a forty-third institution, Halsmere Rail Infrastructure's
Ketterby Maintenance Delivery Unit with its Ottery Moss Training Centre (1,200 people, 40
facilities: a railway infrastructure manager's maintenance delivery unit -- the Ketterby track
maintenance depot, the Ketterby switch and crossing gang and the Sallowby renewals yard; the
Ketterby rail welding section and the ultrasonic rail testing unit; the Ketterby signalling
maintenance depot, the Whitlow Junction relay room, the Ketterby SSI equipment room, the level
crossing maintenance team, the signalling repair workshop and the signalling works testing
team; the Ketterby GSM-R radio section, the fibre optic jointing workshop, the Ketterby
telecoms equipment room and the station systems team; the Ketterby OLE maintenance depot and
the OLE isolations desk; the Hob Lane feeder station, the points heating and power team, the
Sawley tunnel pumping station and the electrification and plant workshop; the lineside
vegetation team, the track drainage gang and the Ketterby off-track compound; the structures
examination team, the Sawley tunnel examination unit and the bridge works gang; the on-track
machine stabling sidings, the road-rail plant compound and the Ketterby small plant workshop;
the mobile operations base and the route fault control desk; the possession planning office
and the engineering supervisors' pool; the track geometry and data office and the survey and
drone team; the Ketterby depot stores and the engineering train yard; and the Ottery Moss
training centre and its signalling training rigs -- its skills as its HR system receives them
from the infrastructure manager's competence management system, each holder's status, day
assessed, expiry and assessor its own, drawn from the generator's stream) and ``queries45.py``
("heldout45") holds 467 queries written apart from the engine and the taxonomy and run once,
clean, on main's code at round 45's start (1bd0478, 2026-12-06: 0.539 / 0.809): development
data since.

``institution46.py`` generates a forty-fourth institution, Brantholme Offshore Wind's Eskwith
Quay Operations and Maintenance Base with its Hollowsand Training Centre (1,200 people, 40
facilities: an offshore wind farm operator's operations and maintenance base -- the Eskwith
Quay turbine service team, the drivetrain and gearbox team, the yaw and pitch team, the Eskwith
Quay hydraulics workshop, the tower service lift team and the turbine fault response team; the
converter repair workshop, the generator and slip ring team, the electrical test workshop and
the aids to navigation team; the Skarn Bank Alpha offshore substation, the Fenwick Drove
onshore substation, the protection and control workshop and the HV cable jointing team; the
Eskwith Quay blade repair hangar, the blade inspection and rope access team and the blade
access platform crew; the Eskwith Quay remote operations centre, the condition monitoring
office, the OT network and telecoms room and the metocean and lidar team; the marine
coordination centre, the crew transfer vessel fleet, the Skarn Venture service operation
vessel, the fast rescue craft station, the marine engineering workshop, the helicopter hoist
operations and the Eskwith Quay pontoons; the subsea and cable team, the foundations and
coatings team and the dive support unit; the lifting and cranes team and the lifting gear
store; the Eskwith Quay warehouse and the dangerous goods and waste store; the medical and
emergency response room and the permit to work office; and the Hollowsand training centre, its
climbing tower and its sea survival pool -- its skills as its HR system imports them from the
base's competence matrix, each holder's status, day achieved, expiry and assessor its own,
drawn from the generator's stream) and ``queries46.py`` ("heldout46") holds 460 queries
written apart from the engine and the taxonomy and run once, clean, on main's code at round
46's start (55c2f2c, 2026-12-06: 0.726 / 0.888): development data since.

``institution47.py`` generates a forty-fifth institution, Vellacott Grand Prix's Kestle Down
Technical Centre with its Ditchford Wind Tunnel (1,200 people, 40 facilities: a Formula One
constructor's factory and race team -- the Kestle Down composites clean room, the autoclave
hall, the trim and bond shop, the pattern and mould tool shop, the composite repair bay, the
composites NDT cell and the chassis build and homologation area; the five-axis machine shop, the
mill-turn and lathe cell, the spark erosion room, the grinding and fitting section and the metal
additive manufacturing cell; the Kestle Down metrology laboratory, the lifing and quality office
and the crack detection room; the exhaust and fabrication shop; the wiring loom shop, the
electronics rework room, the ERS battery workshop and the instrumentation lab; the gearbox build
room and the hydraulics clean room; the power unit bay; the Kestle Down race bay, the suspension
sub-assembly area and the pit stop practice garage; the race support room and the trackside IT
and comms team; the Ditchford wind tunnel, the wind tunnel model shop and the CFD and HPC suite;
the driver-in-the-loop simulator, the seven-post rig and the test rig hall; the Kestle Down
materials laboratory; the design office; the paint and livery shop; the race logistics centre
and the Kestle Down stores; and the Vellacott technical academy -- its skills as its HR system
imports them from the factory's sign-off register, each holder's grade, day signed off, review
and signer its own, drawn from the generator's stream) and ``queries47.py`` ("heldout47") holds
460 queries written apart from the engine and the taxonomy and run once, clean, on main's code
at round 47's start (546596b, 2026-12-06: 0.735 / 0.911): development data since.

``institution48.py`` generates a forty-sixth institution, Kelbury Space Systems' Fennick Down
Satellite Integration Centre with its Scarrow Head Ground Station (1,200 people, 40 facilities:
a spacecraft manufacturer's satellite assembly, integration and test centre -- the Fennick Down
AIT hall, the EGSE and checkout room, the contamination control laboratory, the launch campaign
team and the deployment test rig; the flight electronics assembly line, the harness shop, the
coating and potting room, the electronics inspection room, the board test laboratory and the
EEE parts store; the thermal vacuum chambers, the vibration test hall, the acoustic chamber and
shock laboratory, the EMC test centre, the mass properties bay and the outgassing laboratory;
the RF test laboratory, the compact antenna test range and the payload integration area; the
optics clean room and the alignment and metrology section; the propellant fuelling facility,
the propulsion integration bay and the electric propulsion test tank; the structures workshop,
the thermal blanket shop, the precision machine shop and the solar array and battery room; the
product assurance office and the Fennick Down calibration laboratory; the software validation
facility and the test network room; the Fennick Down mission control centre and the Scarrow
Head ground station; the bonded stores and the shipping and transport bay; the cleanroom
utilities plant and the test facility maintenance team; and the Kelbury space academy -- its
skills as its HR system imports them from the centre's certification register, each holder's
category, day issued, expiry and certifier its own, drawn from the generator's stream) and
``queries48.py`` ("heldout48") holds 460 queries written apart from the engine and the taxonomy
and run once, clean, on main's code at round 48's start (06f9897, 2026-12-06: 0.647 / 0.868):
development data since.

``institution49.py`` generates a forty-seventh institution, Sollerton Pharmaceuticals'
Quarrendon Sterile Manufacturing Site with its Hemsley Biologics Plant (1,200 people, 40
facilities: a pharmaceutical manufacturer's sterile manufacturing site -- the line 1 aseptic
filling suite, the line 2 isolator filling line, the Quarrendon freeze dryer hall, the sterile
compounding suite, the component preparation area and the aseptic training suite; the visual
inspection hall, the Quarrendon packing hall and the container closure integrity laboratory;
the Hemsley upstream and downstream suites, the harvest and clarification room, the media and
buffer preparation area and the Hemsley cell bank store; the environmental monitoring team, the
sterility testing isolator suite, the endotoxin and bioburden laboratory, the microbial
identification laboratory and the Quarrendon water testing laboratory; the QC chemistry
laboratory, the biologics analytical laboratory, the particle testing laboratory, the
Quarrendon stability store and the raw materials laboratory; the QA batch release office, the
quality systems office and the Quarrendon document control centre; the equipment validation
team, the thermal validation laboratory and the computerised systems validation team; the
Quarrendon engineering workshop, the automation and controls team and the Quarrendon metrology
laboratory; the clean utilities plant and the HVAC plant rooms; the cold chain warehouse, the
Quarrendon dispensary and the controlled drugs store; the Sollerton technical academy; and the
site operations centre -- its skills as its HR system imports them from the audit trail of the
site's learning management system, each holder's time signed, trainer, status change and
reason its own, drawn from the generator's stream) and ``queries49.py`` ("heldout49") holds 460
queries written apart from the engine and the taxonomy and run once, clean, on main's code at
round 49's start (fde1a22, 2026-12-06: 0.712 / 0.877): development data since.

``institution50.py`` generates a forty-eighth institution, Ferrowick Steel's Porth Elwy Works
with its Cefn Aran Cold Mill (1,200 people, 40 facilities: a steelmaker's integrated steelworks
-- battery 2 coke ovens, the Porth Elwy by-products plant, the number 3 sinter plant, the
number 4 blast furnace, the number 4 furnace cast house, the coal injection plant and the
harbour stockyard; the BOS plant vessel bay, the hot metal desulphurisation station, the
secondary steelmaking bay, the number 2 slab caster, the ladle refractory shop and the Porth
Elwy slab yard; the reheat furnace bay, the Porth Elwy hot strip mill and the hot mill roll
shop; the Cefn Aran pickle line, tandem cold mill, annealing bay, galvanising line and
slitting and finishing shop; the Porth Elwy chemical, mechanical testing and metallography
laboratories, the Porth Elwy NDT centre and the product quality office; the Porth Elwy central
engineering workshop, the hydraulics and lubrication shop, the Ferrowick condition monitoring
team and the works crane maintenance section; the Porth Elwy main substation, the automation
and drives team and the Porth Elwy instrument workshop; the Porth Elwy power plant and oxygen
plant and the works water treatment plant; the works railway depot and the coil dispatch
warehouse; the works fire and gas rescue station; and the Ferrowick training centre -- its
skills as its HR system's qualification export writes them, semicolon-separated lines, each
holder's proficiency, days valid from and to, hours and assessor its own, drawn from the
generator's stream) and ``queries50.py`` ("heldout50") holds 460 queries written apart from the
engine and the taxonomy and run once, clean, on main's code at round 50's start (fe17a64,
2026-12-07: 0.720 / 0.912): development data since.

``institution51.py`` generates a forty-ninth institution, Brenlow Paper's Culverden Mill with
its Ottersey Corrugating Plant (1,200 people, 40 facilities: a papermaker's recycled paper and
board mill -- the Culverden fibre yard, the Culverden pulping hall, the PM3 stock preparation
plant and the Culverden refiner bay; paper machine 3 (testliner), paper machine 4 (fluting),
the PM3 control room, the wet end chemistry room, the Culverden starch kitchen, the reel and
winder bay, the roll wrapping line, the machine clothing store and the production planning
office; the Ottersey corrugator, glue kitchen, print and converting hall, forme and plate room,
design studio, quality laboratory and end of line; the Culverden mill laboratory, the process
chemistry laboratory and the Culverden quality office; the Culverden effluent treatment plant,
the white water recovery plant, the Culverden raw water works and the sludge dewatering house;
the Culverden energy centre, the compressor and vacuum house and the Culverden 11 kV
substation; the Culverden mechanical workshop and roll shop, the reliability and condition
monitoring team, the hydraulics and lubrication bay, the electrical and control systems
workshop and the Culverden maintenance planning office; the Culverden reel warehouse and the
despatch office and gatehouse; the mill safety and permit office; and the Brenlow Paper skills
centre -- its skills as its HR system takes them from the mill's training tracker, Python's
repr of a dictionary, one line each, each holder's level, day passed, expiry, hours and
assessor its own, drawn from the generator's stream) and ``queries51.py`` ("heldout51") holds
460 queries written apart from the engine and the taxonomy and run once, clean, on main's code
at round 51's start (34521b1, 2026-12-07: 0.712 / 0.854): development data since.

``institution52.py`` generates a fiftieth institution, Garvellan Shipbuilding's Ardmorlich Yard
with its Port Tullan Dry Dock (1,200 people, 40 facilities: a shipbuilder's shipyard with its
ship repair dry dock -- the Ardmorlich steel stockyard, the plate treatment line, the profile
cutting shop, the plate forming bay, the Ardmorlich panel line, the unit fabrication shed and
the welding engineering office; the block assembly hall, the Ardmorlich building berth, the
dimensional control section, the yard transport and heavy lift team and the scaffolding
compound; the fitting-out quay, the Ardmorlich pipe shop, the sheet metal and HVAC shop, the
joiners' shop and the machinery installation team; the electrical outfitting workshop, the
marine HV test bay, the navigation and communications bench and the control systems
integration lab; the blast and paint hall and the coatings inspection office; the NDT and
radiography bunker and the quality and inspection office; the trials and commissioning office;
the Port Tullan graving dock, dockside workshop and hull cleaning unit and the hull repair team;
the Ardmorlich design office, the production engineering and nesting office and the naval
architecture section; the project planning office and the Ardmorlich central stores; the cranes
and lifting section and the yard engineering workshop; the yard safety and permit office; and
the Garvellan welding school and training centre -- its skills as its HR system takes them from
the yard's tickets database, SQL Server's INSERT statements, one line each, each holder's grade,
day passed, expiry, hours and assessor its own, drawn from the generator's stream) and
``queries52.py`` ("heldout52") holds 460 queries written apart from the engine and the taxonomy
and run once, clean, on main's code at round 52's start (f040837, 2026-12-07: 0.470 / 0.833):
development data since.

``institution53.py`` generates a fifty-first institution, Corrowby Ports' Sandwyke Container
Terminal with its Wrackley Railport (1,200 people, 40 facilities: a port operator's deep-water
container terminal with its inland railport -- the Sandwyke deep-water berths, the lashing gang
base, the vessel operations office, the Sandwyke ro-ro and breakbulk berth and the quay crane
simulator suite; the Sandwyke container stack, the terminal operations control centre, the
Sandwyke truck gate and the weighbridge and VGM station; the Sandwyke empty container depot,
the reefer stack and reefer workshop, the hazardous cargo compound, the Sandwyke container
freight station, the customs examination bay and the Sandwyke border control post; the
Wrackley rail terminal, reception sidings and haulage yard; the crane engineering workshop, the
rope and lifting gear store, the Sandwyke spreader workshop, the mobile plant workshop, the
terminal vehicle workshop, the Sandwyke fabrication shop, the condition monitoring and
maintenance planning office and the plant fuel and charging station; the Sandwyke 33 kV main
substation, quay electrical services and the crane automation lab; Sandwyke port control, the
marine services pontoon and the hydrographic survey and dive unit; the port security control
room, the health, safety and environment office, the terminal fire and rescue station and the
ship waste reception compound; the terminal systems service desk and the performance and
improvement team; the Sandwyke engineering stores; and the Corrowby Port training centre -- its
skills as its HR system takes them from the terminal's plant licence register, UN/EDIFACT
segments, one line each, each holder's status, day issued, expiry, hours and assessor its own,
drawn from the generator's stream) and ``queries53.py`` ("heldout53") holds 460 queries written
apart from the engine and the taxonomy and run once, clean, on main's code at round 53's
start (123bc41, 2026-12-07: 0.604 / 0.836): development data since.

``institution54.py`` generates a fifty-second institution, Quarndale Brewers and Distillers'
Fellhampton Brewery with its Glenvorran Distillery (1,200 people, 40 facilities: a brewer and
distiller's brewery and packaging plant with its own malt whisky distillery and bonded
warehouses -- the Fellhampton malt intake and mill tower, the Fellhampton brewhouse, the hop
store and dry hop room and the Fellhampton pilot brewery; the yeast propagation room, the
fermentation hall, the bright beer tank farm, the filtration and centrifuge room, the central
CIP station and the cask racking hall; the Fellhampton can hall, the Fellhampton bottling hall,
the keg line and the end-of-line and palletising cell; the Glenvorran floor maltings and kiln,
mash house and tun room, still house and gin still room, the Glenvorran filling store, bonded
warehouses and cooperage, the blending and reduction room and the Glenvorran dark grains plant;
the brewery microbiology and analytical laboratories, the Quarndale sensory suite and the
quality assurance office; the central engineering workshop, the Fellhampton electrical and
controls workshop and the Fellhampton maintenance planning office; the Fellhampton boiler
house, the refrigeration and CO2 plant, the Fellhampton effluent treatment plant and the
Fellhampton 11 kV substation; the finished goods warehouse, the keg yard and tanker bay and the
Quarndale trade services depot; the safety, health and environment office; the Glenvorran
visitor centre; and the Quarndale brewing academy -- its skills as its HR system takes them
from the people directory's cards, vCard 4.0 EXPERTISE property lines, one line each, each
holder's level, day signed off, expiry, hours and assessor its own, drawn from the generator's
stream) and ``queries54.py`` ("heldout54") holds 460 queries written apart from the engine and
the taxonomy and run once, clean, on main's code at round 54's start (d91bc1b, 2026-12-07:
0.685 / 0.884): development data since.

``institution55.py`` generates a fifty-third institution, Corvedale Opera and Ballet's
Kingsmere Opera House with its Ottermead Production Workshops (1,200 people, 40 facilities: a
national opera and ballet company's opera house with its own production workshops and scenery
store -- the Kingsmere main stage, the Kingsmere fly floor and grid, the stage machinery and
trap room, the Kingsmere rigging store, the performer flying store and the Corvedale ballet
studios; the Kingsmere lighting workshop, the lighting control room and the followspot box; the
sound control position and workshop, the radio mic room, the video projection room, the surtitle
box and the recording and broadcast suite; the prompt desk and stage management office and the
Kingsmere rehearsal rooms; the Ottermead carpentry shop, metal shop and technical drawing
office, the CNC and laser room and the stage engineering workshop; the Ottermead paint frame,
the sculpture and mould shop, the Ottermead props workshop and the armoury and effects store;
the Kingsmere costume workroom, the tutu room, the millinery and costume props workshop, the
Kingsmere dye room, the running wardrobe and laundry and the Ottermead costume store; the wigs,
hair and make-up department; the Corvedale orchestral library, the Kingsmere orchestra pit and
piano workshop; the Kingsmere building services plant rooms; the Ottermead scenery store and
the transport and touring office; the production safety office; and the Corvedale production
academy -- its skills as its HR system takes them from the backstage training tracker's monthly
dump, Ruby Hash#inspect lines, one line each, each holder's grade, day signed off, expiry,
training hours and assessor its own, drawn from the generator's stream) and ``queries55.py``
("heldout55") holds 460 queries written apart from the engine and the taxonomy and never run:
it is held out, run once by the coordinator on the final code (``search_bench.py
--heldout55``).
"""
