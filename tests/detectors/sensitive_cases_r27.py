"""Thirteenth session, in my own words: ancestry shares in a genealogical DNA test's results
(:mod:`licite.detectors.ancestry`). Measured on all studied corpora: +6 TP, -2 FP; the
untouched writers +1 TP, -3 FP (benchmarks/README.md, detect section)."""

from __future__ import annotations

POSITIVES = [
    # a share after the test: a region, a people, a nationality as an ancestry
    ("Mes résultats Geneanet ADN : 35 % Afrique de l'Ouest, 40 % Europe du Nord", "origin"),
    ("My 23andMe report: 52% Nigerian, 30% British & Irish, the rest broadly European", "origin"),
    ("Got the AncestryDNA results, 18% Ghanaian, which nobody in the family expected", "origin"),
    ("Test ADN généalogique de mon oncle : 27 % Bretagne, 50 % péninsule ibérique", "origin"),
    # a test offered for sale, the writer's own share said in passing
    ("Selling a spare DNA kit, mine said I'm 35% Welsh, £30 collected", "origin"),
    ("Résultat MyHeritage de ma tante : 20 % Scandinavie, 60 % Europe de l'Est", "origin"),
]

NOT_ABOUT = [
    # a share of a kit for sale with no one's results
    ("Kit ADN généalogique neuf, exemple de résultat : 40 % Europe du Sud. 45 €", "origin"),
]

NEGATIVES: list[str] = []

#: A share of a faith in a DNA test's results is no religion finding (checked apart).
NO_RELIGION = [
    "Mon test ADN 23andMe : 15 % juif séfarade, 50 % ibérique, la famille de Sétif avait raison",
    "Did the ancestry DNA thing, 10% Ashkenazi Jewish, news to my mum",
]

#: Shares that are no population: kept out of origin.
NO_ORIGIN = [
    "Test de paternité ADN reçu : probabilité 99,9 %. Dossier clos",
    "Grâce au test ADN j'ai trouvé un cousin, on partage 12 % d'ADN",
    "Mon test ADN : 2 % néandertalien, rien d'autre de drôle",
    "DNA test kits 30% off this week only, ancestry and health packs",
]
