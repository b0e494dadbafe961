"""Coverage round r25sp (sex life and politics; own probes written before reading the lexicons):
paid sex and erotic massage offered in an ad, a spouse of the same sex, Québec 'gai', slurs, a
conversion therapy undergone, coming out in public, a transition after a preposition, discreet
encounters sought, BDSM roles, 'pan' said of oneself, an office in an association of gay people;
parties named in full (Canada, Australia, UK, Ireland), youth wings, political staff, a party
leaning, gifts to a campaign, a named referendum, the Tea Party; and what these families risk
matching (a career transition, a spa's massage, flowers, party memorabilia, Gay Byrne)."""

from __future__ import annotations

POSITIVES = [
    ("Étudiante propose rencontres tarifées, discrétion assurée", "sex_life"),
    ("Masseur propose massages tantriques à domicile, Lyon", "sex_life"),
    ("Massage naturiste avec finition, M. Alex, sur rendez-vous", "sex_life"),
    ("Il bosse comme escort depuis deux ans", "sex_life"),
    ("Offering full service and GFE, genuine photos, Jade", "sex_life"),
    ("Incalls and outcalls, Newcastle, Chloe 24", "sex_life"),
    ("M. Lucas a déclaré son conjoint du même sexe comme ayant droit", "sex_life"),
    ("Mme Riviere vit avec sa partenaire de même sexe", "sex_life"),
    ("Ms Doyle listed her partner of the same sex on the form", "sex_life"),
    ("Dr Shah and his same-gender partner attended the dinner", "sex_life"),
    ("Gars gai de Sherbrooke, 27 ans, aime le hockey", "sex_life"),
    ("Elle a subi une thérapie de conversion à 16 ans", "sex_life"),
    ("He survived conversion therapy in his teens and now campaigns", "sex_life"),
    ("She came out publicly last spring", "sex_life"),
    ("He finally came out to his teammates at 30", "sex_life"),
    ("His brother is a poof, he says, and proud of it", "sex_life"),
    ("she's a lezza from Brisbane, loves footy", "sex_life"),
    ("Depuis sa transition, Léo préfère qu'on l'appelle par son nouveau prénom", "sex_life"),
    ("Homme marié cherche rencontres discrètes l'après-midi", "sex_life"),
    ("Married bloke seeking discreet fun, weekdays only", "sex_life"),
    ("I'm a sub looking for an experienced dom in Bristol", "sex_life"),
    ("Soumise cherche maître bienveillant, région Nantes", "sex_life"),
    ("Chui pan et fière, 22 ans, Toulouse", "sex_life"),
    ("My husband and I are both men who love hiking", "sex_life"),
    ("Trésorière de l'association des lesbiennes de Rennes", "sex_life"),
    ("Canvassed for the Conservative Party of Canada in Ottawa, volunteer", "politics"),
    ("Branch secretary of the Scottish National Party in Dundee", "politics"),
    ("He was campaign manager for the Liberal Democrats in Bath", "politics"),
    ("Local Tea Party organizer in Ohio, retired trucker", "politics"),
    ("Il tient le stand de Lutte ouvrière chaque dimanche", "politics"),
    ("She chaired Young Fine Gael at UCD", "politics"),
    ("Former special adviser to a Labour minister, now a lobbyist", "politics"),
    ("Republican-leaning independent from Ohio, small business owner", "politics"),
    ("He donated to Bernie's campaign in 2016", "politics"),
    ("Elle a voté non au référendum sur la constitution européenne", "politics"),
    ("M. Hamel est venu avec son nouveau compagnon Hugo", "sex_life"),
    ("Mme Caron et sa nouvelle compagne ont signé le bail", "sex_life"),
    ("Jeune MR de Wavre, étudiant en droit", "politics"),
    ("Organisateur pour le Bloc québécois dans Joliette", "politics"),
    ("Mme Lopez a refait sa vie avec une femme après son divorce", "sex_life"),
    ("M. Henry s'est remarié avec un homme l'an dernier", "sex_life"),
    ("Ancienne actrice de films pour adultes, Mlle Vidal", "sex_life"),
    ("She used to be an adult film actress in LA", "sex_life"),
    ("He says he's not interested in sex and never has been", "sex_life"),
    ("Mme Noël n'a aucune attirance sexuelle, dit-elle", "sex_life"),
    ("Shiv Sena corporator from Dadar, runs a gym", "politics"),
]

NOT_ABOUT: list[tuple[str, str]] = [
    ("Guide de Berlin, le quartier gay et les musées, 4 euros", "sex_life"),
    ("Nous ne demandons jamais l'orientation sexuelle des candidats", "sex_life"),
]

NEGATIVES = [
    "Depuis sa transition énergétique, l'usine consomme moitié moins",
    "Après sa transition vers le cloud, l'entreprise a réduit ses coûts",
    "Bisexual flowers carry both stamens and pistils",
    "Selling Labour Party rosettes from the 1997 election",
    "Gay Byrne tribute night at the parish hall",
    "Massage naturiste en famille au spa des thermes",
    "The Tea Party at the village hall starts at 4pm, scones provided",
    "Le volant est à droite sur les voitures anglaises",
    "Liberal Party of Canada headquarters moved to a new building",
    "Conversion therapy ban debated in parliament this week",
    "Proposition de loi sur les thérapies de conversion votée hier",
    "He came out publicly against the merger on Monday",
    "It was a bender of a night after the final",
    "Looking for a master plumber in Leeds, urgent",
    "Mme Roy présente sa nouvelle femme de ménage",
    "Two porn star martinis and a lemonade, table 4",
    "The Queer Palm went to a Spanish film this year",
    "She is not interested in sex education reform, she says",
    "Congrès des maires: le remarié du village a été élu président du club",
    "M. Roy a revu son ancien compagnon de classe",
    "Un chum de gars qui aime le hockey, on cherche un gardien",
]
