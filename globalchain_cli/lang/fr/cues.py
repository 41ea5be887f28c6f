"""French words that tell how figures relate: data only, no logic.

Each table is read by one module (named in its comment); words are lower-case.
"""

# claims.py: verbs that carry no meaning of their own; the event is their complement.
LIGHT_VERBS = frozenset(
    {"pouvoir", "devoir", "permettre", "falloir", "sembler", "aller", "venir", "faire", "avoir", "être"}
)

# claims.py: nouns that name an event; "l'interpellation de 219 personnes" counts arrests.
EVENT_NOUNS = frozenset(
    {
        "interpellation",
        "arrestation",
        "identification",
        "hospitalisation",
        "admission",
        "condamnation",
        "inscription",
        "suppression",
        "recrutement",
        "saisie",
        "perquisition",
        "décès",
        "mort",
        "passage",
        "participation",
        "garde",
    }
)

# claims.py: words after a figure that are not what it counts ("les cinq autres").
NOT_COUNTED = frozenset(
    {"autres", "premiers", "premières", "derniers", "dernières", "suivants", "suivantes", "restants", "restantes"}
)

# claims.py: words whose plural takes no -s (their key is the word itself).
INVARIABLE = frozenset(
    {
        "pays",
        "voix",
        "fois",
        "cas",
        "prix",
        "corps",
        "mois",
        "bras",
        "choix",
        "taux",
        "avis",
        "décès",
        "procès",
        "succès",
        "accès",
        "progrès",
        "excès",
        "virus",
        "bus",
        "abus",
        "processus",
        "recours",
        "secours",
        "concours",
        "parcours",
        "discours",
        "colis",
        "poids",
        "temps",
        "os",
        "dos",
        "souris",
    }
)

# claims.py: a figure in a sentence that opens with one of these is about another time or
# another operation than the article's story ("En 2023, 312 arrestations").
OTHER_TIME_MARKERS = (
    "l'an dernier",
    "l'an passé",
    "l'année dernière",
    "l'année précédente",
    "l'année passée",
    "un an plus tôt",
    "un an auparavant",
    "deux ans plus tôt",
    "à la même période",
    "précédente",
    "précédent",
    "la saison précédente",
    "auparavant",
    "il y a un an",
    "la veille",
)

# claims.py: figures that are not facts of the story but targets, hypotheses or forecasts.
HYPOTHETICAL_MARKERS = (
    "objectif",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "prévoit",
    "prévoient",
    "risquent",
    "prévision",
    "espère",
    "espèrent",
    "ambitionne",
    "souhaite",
    "table sur",
    "projet",
)

# claims.py: an average or a rate is not a count of the story ("21 morts par hiver en moyenne").
RATE_MARKERS = (
    "en moyenne",
    "la moyenne",
    "moyenne de",
    "par an",
    "par jour",
    "par mois",
    "par semaine",
    "par hiver",
    "par été",
    "par saison",
    "par habitant",
    "par personne",
    "par heure",
)

# claims.py: a figure about another subject than the one before ("La parahôtellerie a, pour sa
# part, totalisé 9 millions de nuitées").
SUBJECT_SHIFT_MARKERS = ("pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à")

# claims.py: pronouns that refer back to a counted group, with the gender they require.
PRONOUN_GENDER = {
    "eux": "Masc",
    "elles": "Fem",
    "lesquels": "Masc",
    "lesquelles": "Fem",
    "desquels": "Masc",
    "desquelles": "Fem",
}

# claims.py: groups of counted nouns that can name the same people or things.
NOUN_CLASSES: dict[str, frozenset[str]] = {
    "personne": frozenset(
        {
            "personne",
            "victime",
            "individu",
            "suspect",
            "salarié",
            "employé",
            "habitant",
            "enfant",
            "adulte",
            "mineur",
            "majeur",
            "homme",
            "femme",
            "patient",
            "malade",
            "électeur",
            "votant",
            "prévenu",
            "accusé",
            "détenu",
            "passager",
            "voyageur",
            "spectateur",
            "festivalier",
            "visiteur",
            "manifestant",
            "élève",
            "étudiant",
            "candidat",
            "policier",
            "gendarme",
            "agent",
            "militaire",
            "soldat",
            "migrant",
            "réfugié",
            "blessé",
            "mort",
            "tué",
            "automobiliste",
            "motard",
            "piéton",
            "cycliste",
            "conducteur",
            "ouvrier",
            "agriculteur",
            "bénévole",
            "poste",
            "effectif",
            "membre",
            "jeune",
            "touriste",
            "supporter",
            "fidèle",
            "participant",
            "cas",
            "admission",
            "passage",
            "hospitalisation",
            "décès",
            "rescapé",
            "exilé",
            "arrivant",
            "recrue",
            "épargnant",
            "client",
            "abonné",
            "usager",
            "résident",
            "ressortissant",
            "prisonnier",
            "demandeur",
            "locataire",
            "propriétaire",
            "chômeur",
            "enseignant",
            "médecin",
            "infirmier",
            "soignant",
            "pompier",
            "sapeur",
            "secouriste",
            "randonneur",
            "skieur",
            "coureur",
            "joueur",
            "athlète",
            "inscrit",
            "lauréat",
            "admis",
        }
    ),
    "spectateur": frozenset({"spectateur", "festivalier", "visiteur", "entrée", "public", "billet"}),
    "victime": frozenset({"victime", "mort", "tué", "décès", "décédé"}),
    "transaction": frozenset({"transaction", "vente", "achat", "acquisition"}),
    "vote": frozenset({"voix", "suffrage", "bulletin", "vote"}),
    "poste": frozenset({"poste", "emploi", "salarié", "effectif"}),
    "train": frozenset({"train", "tgv", "ter", "rame", "circulation"}),
}

# relations/, rules/same.py: verbs and nouns that name one event ("interpellation" = "arrêter").
EVENT_GROUPS: dict[str, frozenset[str]] = {
    "arrestation": frozenset({"arrêter", "interpeller", "interpellation", "arrestation", "appréhender", "interpellé"}),
    "identification": frozenset({"identifier", "identification", "recenser", "dénombrer"}),
    "hospitalisation": frozenset({"hospitaliser", "hospitalisation", "hospitalisé"}),
    "décès": frozenset({"mourir", "décéder", "décès", "mort", "tuer", "périr"}),
    "blessure": frozenset({"blesser", "blessé", "blessure"}),
    "condamnation": frozenset({"condamner", "condamnation", "condamné"}),
    "suppression": frozenset({"supprimer", "suppression", "supprimé"}),
}

# relations/changes.py: words that announce a change, and its direction (+1 up, -1 down).
CHANGE_WORDS = {
    "hausse": 1,
    "augmentation": 1,
    "progression": 1,
    "croissance": 1,
    "bond": 1,
    "augmenté": 1,
    "progressé": 1,
    "grimpé": 1,
    "bondi": 1,
    "crû": 1,
    "baisse": -1,
    "recul": -1,
    "diminution": -1,
    "chute": -1,
    "repli": -1,
    "reculé": -1,
    "baissé": -1,
    "diminué": -1,
    "chuté": -1,
}

# relations/changes.py: verbs of multiplication and their factor.
MULTIPLIERS = {"doublé": 2, "triplé": 3, "quadruplé": 4, "quintuplé": 5, "décuplé": 10}
