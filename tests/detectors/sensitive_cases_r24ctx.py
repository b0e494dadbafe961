"""Context rules, round r24ctx (blind, own words): shapes that lexicon entries could not fix
because a context rule decided wrongly, each with the neighbours the fix could break."""

from __future__ import annotations

POSITIVES = [
    # (2) a pet or a school word before a person noun describes the person, no business
    ("Proud lesbian and dog mum", "sex_life"),
    ("Proud lesbian and dog owner, two spaniels", "sex_life"),
    ("Gay, dog dad, into hiking", "sex_life"),
    ("Gay college professor, cat dad", "sex_life"),
    ("Lesbian, college student, loves hiking", "sex_life"),
    ("Bisexual dog lover looking for a flatmate", "sex_life"),
    # ... and is no animal either, before or after the person noun
    ("Dog mum, lesbian, loves hiking", "sex_life"),
    ("Cat lover, diabetic, quiet tenant", "health"),
    ("Cat dad, gay, into films", "sex_life"),
    ("Dog owner and wheelchair user, need ground floor", "health"),
    ("Maman d'un chat, diabétique, locataire calme", "health"),
    ("Propriétaire d'un chien, sourde, cherche T2", "health"),
    # (3) a community the speaker belongs to, plus sign or not
    ("Proud member of the LGBTQ+ community", "sex_life"),
    ("I'm LGBTQ+ and proud", "sex_life"),
    ("Je suis LGBT+ et fière", "sex_life"),
    ("Je fais partie de la communauté LGBT depuis toujours", "sex_life"),
    ("Active member of the LGBT+ community in Leeds", "sex_life"),
    # the "+" of a label stands between the tokens of a term ("LGBTQ+ and proud")
    ("LGBTQIA+ and proud", "sex_life"),
    ("Proudly LGBTQ+, vegan, runner", "sex_life"),
    ("Sings in an LGBT+ choir on Thursdays", "sex_life"),
    ("LGBT+ et fière, cherche coloc", "sex_life"),
    ("Fière d'être LGBT+", "sex_life"),
    # (5) a religious title before a first name, a parish priest or a monk and his place
    ("Père Antoine, curé de Saint-Martin", "religion"),
    ("Sœur Marie-Claire, infirmière retraitée", "religion"),
    ("Frère Jean, moine à Cîteaux", "religion"),
    ("Curé de Saint-Martin depuis 2010", "religion"),
    ("Father Michael visits on Sundays", "religion"),
    ("Sister Agnes, retired teacher, lives in the convent flat", "religion"),
    ("Abbé Martin, aumônier du lycée", "religion"),
    # (1) a partner named after a comma or in brackets (regression guard)
    ("Lives with his partner, Steve, in a two-bed flat", "sex_life"),
    ("Lives with her partner, Sarah, and two cats", "sex_life"),
    ("Marc vit avec son compagnon (Julien) à Lyon", "sex_life"),
    ("M. Durand et son compagnon Julien (M. Robert) cherchent un T3", "sex_life"),
    # (4) an object, a comma, then its user (regression guard)
    ("Fauteuil roulant, acheté pour ma mère après son AVC", "health"),
    ("Wheelchair, used by my late father, barely used", "health"),
    ("Déambulateur, utilisé par mon père deux mois", "health"),
    ("Stairlift, used by my mum for two years, now for sale", "health"),
    ("Walking frame, used by my gran after her hip op", "health"),
    # a speaker open about a condition: no talk "about" it for a public
    ("Open about being bipolar, ask me anything", "health"),
    ("Honest about my depression, no drama", "health"),
    ("Very open about having HIV, undetectable", "health"),
    ("Franche sur le fait d'être bipolaire, pas de tabou", "health"),
    # (6) a relative "is inside" as the very last words of a text: prison
    ("Looking for a room near the station. My brother is inside", "criminal"),
    ("Single mum of two, their dad is inside.", "criminal"),
    ("Their dad has been inside", "criminal"),
]

NOT_ABOUT = [
    # a pet or a school word before a trade stays a business
    ("Lesbian dog groomer, book now", "sex_life"),
    ("My dog has diabetes", "health"),
    ("My dog has epilepsy, needs daily meds", "health"),
    ("Le chien est diabétique, piqûre matin et soir", "health"),
    ("Chat diabétique à adopter, gentil", "health"),
    ("Dog owner? Our dog has diabetes, ask us about the diet", "health"),
    ("Gay horse breeder, visits by appointment", "sex_life"),
    ("A talk about being bipolar at work, Thursday 7pm", "health"),
    ("Leaflets about depression in the waiting room", "health"),
    # a community addressed by an offer, not one the speaker belongs to
    ("Resources for the LGBTQ+ community, open Mondays", "sex_life"),
    ("Services for members of the LGBTQ+ community", "sex_life"),
    ("Bar LGBT+ friendly, soirées le jeudi", "sex_life"),
    ("Soirée ouverte à la communauté LGBT+", "sex_life"),
    ("LGBTQ+ youth group, Tuesdays 6pm at the library", "sex_life"),
    # objects for sale with no user
    ("Wheelchair for sale, used twice, like new", "health"),
    ("Fauteuil roulant, très bon état, 150 €", "health"),
    ("Walking frame, suitable for elderly users, as new", "health"),
    ("Église Saint-Martin, messe à 10h", "religion"),
]

NEGATIVES: list[str] = [
    # a title without a first name, a kinship word, a place or a figure of folklore
    "Rue du Père Antoine, 75011 Paris",
    "Le Père Noël passe à 18h",
    "Frère Jacques, dormez-vous",
    "Mon frère Julien vient demain",
    "Ma sœur Marie habite Lyon",
    "My father John is visiting",
    "Father Ted box set, all three series",
    "père de famille, deux enfants",
    "Father John Misty vinyl, mint",
    "Le Père Goriot, bon état",
    "Roman Sister Carrie, édition de poche, 5 €",
    "Dog for sale, good with children",
    "College admissions office, open day on Saturday",
    "Lives with his partner, Sarah, and two cats",
    # "is inside" followed by anything: a room or a building
    "My brother is inside the house",
    "My son is inside playing, knock loudly",
    "My dog is inside",
]
