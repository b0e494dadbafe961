"""Families found by studying the misses of the holdout22 writer (never its sentences): a
person's own doctor is no business context, a partner word of no gender before a first name,
the restrictive "ne … que", "no need to be" as a hypothetical, fiction a few more words back,
dog breeds as animals; sugar as diabetes and recovery from drugs, emergency contraception and
PEP, medicines named, a care device named with its user; the fast broken at sunset, a cadi,
Anglican posts; Aboriginal nations and elders; release on
licence and Australian bonds, a court date; a face enrolled or failing its check; and the
phrases each family risks matching (team wings, krav maga, masses as music, Jain menus,
languages of teaching, Welsh "Dwi'n")."""

from __future__ import annotations

POSITIVES = [
    # a person's own provider ("his doctor") is no business context
    ("Mr Shah only buys the diet cola now, his doctor put him on insulin in May", "health"),
    ("Mme Petit rappelle : son médecin lui a prescrit du Levothyrox", "health"),
    # sugar as diabetes, recovery from drugs
    ("Auntie says her sugar is high again, no sweets in the hamper", "health"),
    ("Mr Brown has sugar problems, keep the fruit basket", "health"),
    ("Two years clean off the gear and looking for a quiet flatshare", "health"),
    ("Clean and sober since 2019, non-smoker, no pets", "health"),
    # emergency contraception, PEP, sexual-health clinic
    ("Client asked for the morning-after pill on Saturday", "sex_life"),
    ("Mme R. : pilule du lendemain délivrée ce matin", "health"),
    ("Patient started PEP on Monday, review in four weeks", "health"),
    # medicines named (chronic conditions)
    ("M. Fabre, renouvellement metformine et Kardégic, passe jeudi", "health"),
    ("Mrs Lee collects her warfarin every fourth Friday", "health"),
    # a care device named with its user
    ("Prévoir une prise pour le concentrateur d'oxygène de Mme Lucas", "health"),
    ("Livrer le lit médicalisé de M. Perrin au rez-de-chaussée", "health"),
    # the fast broken at sunset
    ("M. Benali passera après la rupture du jeûne, vers 20h", "religion"),
    ("Karim breaks his fast at 7, deliveries after 8 please", "religion"),
    # posts
    ("Le cadi Said Ali reçoit les familles le mercredi", "religion"),
    ("The Reverend Canon Mary Hughes will lead the blessing", "religion"),
    ("Tom Kelly, parish priest of St Brigid's, asked for two urns", "religion"),
    # Aboriginal nations and elders
    ("Aunty June, a Wiradjuri Elder, opens the festival", "origin"),
    ("Proud Noongar woman, mum of three, working in aged care", "origin"),
    ("Uncle Ray is a Yorta Yorta man from Shepparton", "origin"),
    # a partner word of no gender before a first name of the owner's gender
    ("Room for Tom and his partner Daniel, two nights", "sex_life"),
    ("Mrs Okoro and her partner Sarah are the new tenants", "sex_life"),
    ("M. Girard et son conjoint Mathieu signent le bail", "sex_life"),
    # release on licence, bonds and orders, a court date
    ("Tenant is still on licence, his probation officer calls monthly", "criminal"),
    ("He's on a good behaviour bond until March", "criminal"),
    ("Client on an intensive correction order, no travel interstate", "criminal"),
    ("M. Roche passe au tribunal le 14 pour des violences", "criminal"),
    # a face enrolled, a face check that failed
    ("La gardienne a enregistré le visage de M. Lopez pour le portail", "biometric"),
    ("Rider's face didn't match his profile photo, account on hold", "biometric"),
    # the party after a membership word, without capital or accent
    ("il a sa carte chez reconquete depuis 2022", "politics"),
    ("Joseph, ODM youth mobiliser for Kisumu Central", "politics"),
]

NOT_ABOUT = [
    # no need to be: no one is said to be it
    ("Chorale ouverte à tous, pas besoin d'être croyant pour chanter", "religion"),
    ("Volunteers welcome, you don't have to be religious", "religion"),
    # an animal, by its breed
    ("Milo the spaniel: diabetic, insulin twice a day", "health"),
    # a story a little further back
    (
        "Dans mon dernier roman, le commissaire Vidal poursuit à travers la Corse un braqueur",
        "criminal",
    ),
]

NEGATIVES = [
    # team wings and a combat sport
    "Plays left wing for the Sunday side, right-footed",
    "Quick down the right wing, decent cross",
    "Cours de krav-maga le mardi soir, tous niveaux",
    "Krav maga instructor, ex-army, first lesson free",
    # a common surname
    "Mme Hamon, 3 rue des Lilas, livraison mardi",
    # masses as music, Jain food on a menu
    "Le chœur répète la Messe en si de Bach pour juin",
    "Our choir sings the Mass in B minor at Easter",
    "Jain and vegan options on request, halal-certified kitchen",
    # languages of teaching or preaching
    "Cours de soutien en wolof et en français pour adultes",
    "Leaflets printed in Punjabi and Urdu for the open day",
    # Welsh
    "Dwi'n dysgu Cymraeg, happy to chat in either language",
    # "ne … que" keeps meaning only
    "Le magasin n'ouvre que le samedi",
    # a person's own provider does not make any mention personal
    "My doctor is on holiday until Monday",
]
