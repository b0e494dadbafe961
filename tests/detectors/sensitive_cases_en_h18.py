"""English families found by studying the misses of the holdout18 and holdout19 writers (never
their sentences): lay words for blood pressure and sugar, dialysis and postnatal weeks, sobriety
groups, mobility help and injuries; genetic diseases by their initials and their treatments;
enrolled fingers and thumb impressions; the daily prayers, religious weddings and Quran
reciters, Mass as a time mark; parties and unions of New Zealand and Africa with a post right
after them; ethnic groups of Ghana, the Pacific and the Americas; named prisons and court
dates; then a blind round of neighbouring families (a person's own specialist or results, items
of faith worn, bail reporting, council groups, a face set up for someone); and the everyday
phrases each family risks matching."""

from __future__ import annotations

POSITIVES = [
    # health: blood pressure and sugar in lay words, a possessive in the term ties it
    ("Carer comes in daily to check his blood pressure and sugar", "health"),
    ("We need a nurse who can check her pressure and sugar at home", "health"),
    ("Gran has the sugar, so no cake at her party", "health"),
    ("He forgot his pressure tablets again", "health"),
    # health: dialysis, postnatal and post-operative weeks
    ("Tenant is on haemodialysis three days a week", "health"),
    ("Buyer's husband has kidney failure, wants a bungalow", "health"),
    ("Four weeks postpartum and back on the school run", "health"),
    ("She's post-op, no lifting until March", "health"),
    ("Her midwife appointment is on Tuesday, call after", "health"),
    # health: sobriety and mutual-help groups
    ("Sober for 3 years this June", "health"),
    ("Honestly AA saved my life", "health"),
    ("Goes to NA every Thursday night", "health"),
    # health: mobility help and injuries
    ("Mr Osei needs wheelchair assistance at Gatwick", "health"),
    ("Client can't walk far since the knee op", "health"),
    ("Fractured her left wrist skiing, can't type for a while", "health"),
    ("Right knee injury, off work for six weeks", "health"),
    ("Off work after a broken collarbone, driving again in May", "health"),
    # health: a person's own medicines, who takes a person to treatment
    ("Mum keeps forgetting her meds since the move", "health"),
    ("Takes his tablets at eight, don't ring before nine", "health"),
    ("Her son drives her to chemo every other Monday", "health"),
    ("Neighbour picks him up from physio on Fridays", "health"),
    ("He goes to hydrotherapy twice a week", "health"),
    ("Dial-a-Ride collects her at ten for the day centre", "health"),
    ("She relies on patient transport since she stopped driving", "health"),
    # genetic (and health): initials and treatments
    ("My nephew has CF and needs physio twice a day", "genetic"),
    ("My nephew has CF and needs physio twice a day", "health"),
    ("Started on Kaftrio last year, lungs much better", "genetic"),
    ("Daughter has SMA type 2, uses a powerchair", "genetic"),
    ("Our boy lives with DMD", "health"),
    # biometric: fingers and thumbs enrolled, thumb impressions
    ("Enrolled her right thumb on the new door reader", "biometric"),
    ("Mr Dube's left index finger enrolled as a backup on the clocking-in terminal", "biometric"),
    ("Thumb impression verified at the bank counter for Mrs Khan", "biometric"),
    # religion: diet, daily prayers, the masjid, weddings, reciters, Mass as a time mark
    ("Family keeps halal, so no pork at the barbecue", "religion"),
    ("Please book the vegetarian menu, her halal diet rules out the chicken", "religion"),
    ("He walks to the masjid most days", "religion"),
    ("Client leaves for Maghrib at sunset, call before 6", "religion"),
    ("She prays Isha before bed", "religion"),
    ("Photos from our nikah are on the USB stick", "religion"),
    ("They got married in a gurdwara in Southall", "religion"),
    ("Our son became a hafiz at twelve", "religion"),
    ("Tutor is a qualified qari, tajweed lessons online", "religion"),
    ("Mrs Byrne's at the 11 o'clock Mass, ring her at one", "religion"),
    ("I take Mam to Mass every Sunday", "religion"),
    ("He never misses Friday prayers", "religion"),
    ("Mi auntie go church every week", "religion"),
    # politics: a post right after a party, a post "of" its branch, switching, posters
    ("My uncle is NDC branch chairman in Ho", "politics"),
    ("Secretary of the Soweto branch of the ANC Youth League", "politics"),
    ("Councillor Ade Bello has defected to the Greens", "politics"),
    ("Tenant has a Labour poster in the front window", "politics"),
    ("Standing for NZ First in Northland next year", "politics"),
    ("Precinct captain for the Dems since 2016", "politics"),
    ("Tenant in No. 7 has a DUP flag on the balcony", "politics"),
    # union: NZ and Ghana unions, a post right after, "been in"
    ("Sina is the PSA delegate for the ward", "union"),
    ("Her dad's been in Unite since the 80s", "union"),
    ("Elected to the UTAG branch executive this year", "union"),
    ("NUM lodge secretary for twenty years", "union"),
    ("He's a GNAT rep at the school", "union"),
    # origin: Ghanaian, Maori, Mapuche peoples; Roma; dual origins; one applicant family
    ("Proud Fante woman from Cape Coast", "origin"),
    ("She's Ewe, grew up in Keta", "origin"),
    ("Ngāpuhi on my dad's side, Irish on mum's", "origin"),
    ("I whakapapa to Tainui", "origin"),
    ("The tenants are a Mapuche family from Temuco", "origin"),
    ("Applicants are a Kurdish family of five", "origin"),
    ("Applicants are an Igbo couple, both teachers", "origin"),
    ("Client mentioned she is Roma", "origin"),
    ("Filipino-Chinese accountant based in Makati", "origin"),
    # sex_life
    ("Bi femme looking for friends first", "sex_life"),
    ("Openly bi and happily married", "sex_life"),
    # criminal: named prisons, release, court dates, licence, a charge, a PO
    ("Just out of HMP Durham, looking for labouring work", "criminal"),
    ("Did four years at Barlinnie, clean since", "criminal"),
    ("Returned citizen, mentoring teens in Dorchester", "criminal"),
    ("He has a court date next week for a theft charge", "criminal"),
    ("He's still on licence, so no trips abroad", "criminal"),
    ("His PO rang to confirm the address", "criminal"),
    ("Seller is a disqualified driver, his wife will collect", "criminal"),
    ("The lady who viewed the flat yesterday is on probation", "criminal"),
    # blind round: a person's own specialist, results, due date; items worn; apps; bail
    # reporting; council groups; strikes beside named workers; a face set up for a person
    ("Her psychiatrist moved the appointment to Friday", "health"),
    ("Still waiting for her biopsy results", "health"),
    ("Baby due in March, they want to move before", "health"),
    ("He always wears a crucifix under his shirt", "religion"),
    ("No Christmas cards please, he's JW", "religion"),
    ("Mostly on Grindr these days", "sex_life"),
    ("Signs on at the police station every Monday", "criminal"),
    ("Her probation appointment clashes with the viewing", "criminal"),
    ("Was inside for five years, now runs a gym", "criminal"),
    ("Member of the Co-op Party since university", "politics"),
    ("Sits on the Labour group at the county council", "politics"),
    ("On strike with the junior doctors again", "union"),
    ("Face ID set up for Mr Singh on the office tablet", "biometric"),
    ("His face enrolled on the door system last week", "biometric"),
]

NOT_ABOUT = [
    ("Haemodialysis unit at St Luke's, opening hours 7am to 7pm", "health"),
    ("Fingerprint entry system fitted to the gym's side door", "biometric"),
    ("Fingerprint-locked gun safe, new in box", "biometric"),
    ("Masjid timetable: Fajr 5:40, Maghrib 19:02", "religion"),
    ("Labour poster from the 1945 campaign, framed, £40", "politics"),
    ("UTAG headquarters, Legon campus", "union"),
    ("Are you a Fante family looking for a bigger house?", "origin"),
    ("Criminal defence solicitors: theft charge, assault charge, fraud charge", "criminal"),
]

NEGATIVES = [
    "Check the tyre pressure and the oil before the MOT",
    "Tablets for sale: iPad and Samsung, both boxed",
    "Care staff help residents take their tablets on time",
    "Physio, rehab and hydrotherapy under one roof",
    "Left hand drive van, low mileage",
    "Add the sugar and the butter, stir until pale",
    "Pressure washer for sale, barely used",
    "AA batteries included, remote works fine",
    "AA breakdown cover renewed for the company cars",
    "Broken wrist strap on the watch, otherwise mint",
    "Sprained ankle? Our physio clinic can see you today",
    "Postnatal pilates, from 6 weeks postpartum onwards",
    "CF card 64GB with reader, fits older cameras",
    "Cable with SMA connector, 2 m",
    "Our office is at Church Street, first floor",
    "She is at Mass General until six",
    "Hafiz Rahman, plumber, 20 years' experience",
    "Vintage Labour poster 1945, framed",
    "Senior QS wanted for a Leeds contractor",
    "ACT exam prep tutor, online",
    "Our PSA video about road safety won an award",
    "Texel ewe lambs for sale, vaccinated",
    "Cape Malay cooking classes every Saturday",
    "AS Roma shirt, size M",
    "Naga chilli sauce, very hot",
    "Kashmiri shawl, hand embroidered",
    "Filipino Chinese restaurant opening soon",
    "Carols tonight: don we now our gay apparel",
    "Danced the Gay Gordons at the ceilidh",
    "Our tow truck is called The Outlaw, 24h callouts",
    "The Convict ale, 5.2%, on tap",
    "Stayed at the JW Marriott in Dubai",
    "Grindr data breach affects millions of users",
    "Invoice is due in March",
    "Type 2 diabetes clinic, Tuesdays",
]
