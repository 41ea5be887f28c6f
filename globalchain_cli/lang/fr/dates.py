"""French words for dates, periods, durations, ages and clock times (data only).

Read by ``globalchain_cli.extract.dates``. Every key is lowercase; the
extractor matches case-insensitively and treats the typographic apostrophe
(’) as a plain one (').
"""

from __future__ import annotations

from pathlib import Path

from .numbers import reader_words

#: Mots testés par les lecteurs de dates, sous des noms neutres (voir ``words.toml``).
READER_WORDS = reader_words(Path(__file__).with_name("words.toml"), "dates")

#: Caractères lus avant un nombre pour son contexte (âge, heure) : « âgés de », « vers ».
CONTEXT_WINDOW = 60
#: Caractères qui peuvent porter les mots d'introduction d'un nombre : « pendant plus de ».
CUE_WINDOW = 36

#: Month names and the abbreviations seen in news copy, to the month number.
MONTHS: dict[str, int] = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}

#: Abbreviations, only read right after a day number ("5 juil.", "15 fév 2013").
#: "mar" (mardi or mars?) and "jui" (juin or juillet?) are left out on purpose.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "janv": 1,
    "jan": 1,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}

#: Month names as used in messages, with the elided article form for "le mois de…".
MONTH_NAMES: tuple[str, ...] = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

#: Weekday names, 0 = lundi … 6 = dimanche (the numbering of ``datetime.date.weekday``).
WEEKDAYS: dict[str, int] = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

#: Words for the first day of a month.
FIRST_DAY_WORDS: tuple[str, ...] = ("1er", "1ᵉʳ", "premier")

#: Parts of a month or a year: "début juin", "mi-juin", "fin 2023".
#: The word maps to the precision the extractor gives the date.
PART_WORDS: dict[str, str] = {"début": "early", "mi": "mid", "fin": "late"}

#: Day windows of the parts of a month (inclusive; None = last day of the month).
#: début juin = 1–10 juin, mi-juin = 11–20 juin, fin juin = 21–30 juin.
PART_OF_MONTH_DAYS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, None),
}

#: Month windows of the parts of a year (inclusive): début 2022 = janvier–avril 2022,
#: mi-2022 = mai–août 2022, fin 2022 = septembre–décembre 2022.
PART_OF_YEAR_MONTHS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
}

#: Duration units (surface form → singular lemma). "h"/"hr"/"hrs" are also
#: clock-time markers: the extractor decides between TIME and DURATION.
DURATION_UNITS: dict[str, str] = {
    "seconde": "seconde",
    "secondes": "seconde",
    "sec": "seconde",
    "secs": "seconde",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "mn": "minute",
    "heure": "heure",
    "heures": "heure",
    "h": "heure",
    "hr": "heure",
    "hrs": "heure",
    "jour": "jour",
    "jours": "jour",
    "journée": "jour",
    "journées": "jour",
    "journee": "jour",
    "journees": "jour",
    "nuit": "nuit",
    "nuits": "nuit",
    "week-end": "week-end",
    "week-ends": "week-end",
    "semaine": "semaine",
    "semaines": "semaine",
    "quinzaine": "quinzaine",
    "mois": "mois",
    "trimestre": "trimestre",
    "trimestres": "trimestre",
    "semestre": "semestre",
    "semestres": "semestre",
    "an": "an",
    "ans": "an",
    "année": "an",
    "années": "an",
    "annee": "an",
    "annees": "an",
    "décennie": "décennie",
    "décennies": "décennie",
    "siècle": "siècle",
    "siècles": "siècle",
}

#: Units that a definite article can turn into a one-unit duration when a
#: duration cue comes first: "durant la semaine d'action", "pendant toute la journée".
DEFINITE_DURATION_UNITS: dict[str, str] = {
    "semaine": "semaine",
    "journée": "jour",
    "journee": "jour",
    "nuit": "nuit",
    "week-end": "week-end",
    "quinzaine": "quinzaine",
    "mois": "mois",
    "année": "an",
    "annee": "an",
}

#: Words after "la semaine"/"le mois"… that make it a date, not a duration.
DEFINITE_UNIT_STOPWORDS: frozenset[str] = frozenset(
    {"dernier", "dernière", "prochain", "prochaine", "suivant", "suivante", "précédent", "précédente", "du"}
)

#: Complements that make "la semaine", "la journée"… an event lasting one unit,
#: even with no duration cue before: "la semaine d'action", "la journée de grève".
DEFINITE_UNIT_EVENTS: tuple[str, ...] = (
    "d'action",
    "d'actions",
    "de mobilisation",
    "de grève",
    "d'opération",
    "d'opérations",
    "de manifestation",
    "de manifestations",
    "de compétition",
    "de festival",
    "de fête",
    "de deuil",
)

#: "une quinzaine de jours", "une dizaine d'années": approximate amounts.
APPROXIMATE_NOUNS: dict[str, int] = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}

#: Number words the extractor reads before a unit (converted by text2num).
NUMBER_WORDS: tuple[str, ...] = (
    "zéro",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "septante",
    "huitante",
    "octante",
    "nonante",
    "cent",
    "cents",
    "mille",
)

#: French idioms where a round number of days means weeks: "quinze jours" is
#: about two weeks (14 or 15 days), "huit jours" about one week (7 or 8 days).
#: Only when written in words. Maps (amount, unit) to the interval it allows.
IDIOMATIC_DURATIONS: dict[tuple[int, str], tuple[int, int]] = {
    (15, "jour"): (14, 15),
    (8, "jour"): (7, 8),
}

#: Words that introduce a duration (recorded as the quantity's cue).
DURATION_INTRODUCERS: tuple[str, ...] = (
    "pendant",
    "durant",
    "depuis",
    "en",
    "sur",
    "soit",
    "sous",
    "pour",
    "dans",
    "après",
    "au bout de",
    "au bout d'",
    "il y a",
    "d'",
    "de",
    "entre",
)

#: Bound words before a figure and the qualifier they give.
BOUND_WORDS: dict[str, str] = {
    "plus de": "at_least",
    "plus d'": "at_least",
    "au moins": "at_least",
    "pas moins de": "at_least",
    "pas moins d'": "at_least",
    "au minimum": "at_least",
    "moins de": "at_most",
    "moins d'": "at_most",
    "au plus": "at_most",
    "au maximum": "at_most",
    "jusqu'à": "at_most",
    "à peine": "at_most",
    "près de": "approximate",
    "près d'": "approximate",
    "environ": "approximate",
    "quelque": "approximate",
    "autour de": "approximate",
    "en moyenne": "exact",  # a mean is exact; kept as a cue for ages ("avaient en moyenne 67 ans")
}

#: Words between a number and its unit that keep the duration reading:
#: "les neuf premiers mois", "ses trois derniers jours", "un plein mois", "une bonne semaine".
DURATION_ADJECTIVES: tuple[str, ...] = (
    "plein",
    "pleine",
    "petit",
    "petite",
    "long",
    "longue",
    "premiers",
    "premières",
    "derniers",
    "dernières",
    "longs",
    "longues",
    "petits",
    "petites",
)

#: Words after "X ans" that make it a duration even after a person noun:
#: "un policier de 20 ans d'expérience", "un homme de 30 ans de prison".
DURATION_COMPLEMENTS: tuple[str, ...] = (
    "de prison",
    "d'emprisonnement",
    "de réclusion",
    "de détention",
    "de travaux",
    "ferme",
    "avec sursis",
    "de sursis",
    "de retard",
    "de mandat",
    "de présidence",
    "de règne",
    "d'expérience",
    "de carrière",
    "de service",
    "d'ancienneté",
    "de mariage",
    "de vie commune",
    "de travail",
    "d'activité",
    "d'existence",
    "plus tard",
    "plus tôt",
    "auparavant",
    "après",
    "avant",
    "de suite",
    "d'affilée",
    "consécutifs",
)

#: Nouns for people, after which "de X ans" is an age ("un automobiliste de 19 ans").
#: Plurals in -s/-x are accepted by the extractor.
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "homme",
        "femme",
        "enfant",
        "garçon",
        "garcon",
        "fille",
        "fillette",
        "bébé",
        "nourrisson",
        "adolescent",
        "adolescente",
        "ado",
        "jeune",
        "mineur",
        "mineure",
        "majeur",
        "personne",
        "individu",
        "suspect",
        "suspecte",
        "victime",
        "patient",
        "patiente",
        "malade",
        "élève",
        "étudiant",
        "étudiante",
        "lycéen",
        "lycéenne",
        "collégien",
        "collégienne",
        "écolier",
        "écolière",
        "retraité",
        "retraitée",
        "senior",
        "conducteur",
        "conductrice",
        "automobiliste",
        "motard",
        "motocycliste",
        "cycliste",
        "piéton",
        "piétonne",
        "passager",
        "passagère",
        "chauffeur",
        "ouvrier",
        "ouvrière",
        "agriculteur",
        "agricultrice",
        "salarié",
        "salariée",
        "employé",
        "employée",
        "militaire",
        "soldat",
        "policier",
        "policière",
        "gendarme",
        "pompier",
        "joueur",
        "joueuse",
        "attaquant",
        "défenseur",
        "gardien",
        "athlète",
        "sportif",
        "sportive",
        "champion",
        "championne",
        "chef",
        "dirigeant",
        "dirigeante",
        "patron",
        "patronne",
        "entrepreneur",
        "prévenu",
        "prévenue",
        "accusé",
        "accusée",
        "détenu",
        "détenue",
        "condamné",
        "condamnée",
        "migrant",
        "migrante",
        "réfugié",
        "réfugiée",
        "mère",
        "père",
        "fils",
        "épouse",
        "époux",
        "mari",
        "compagnon",
        "compagne",
        "frère",
        "sœur",
        "soeur",
        "grand-mère",
        "grand-père",
        "habitant",
        "habitante",
        "résident",
        "résidente",
        "touriste",
        "randonneur",
        "randonneuse",
        "alpiniste",
        "skieur",
        "skieuse",
        "nageur",
        "nageuse",
        "baigneur",
        "baigneuse",
        "journaliste",
        "militant",
        "militante",
        "ressortissant",
        "ressortissante",
        "citoyen",
        "citoyenne",
        "apprenti",
        "apprentie",
        "stagiaire",
        "enseignant",
        "enseignante",
        "professeur",
        "professeure",
        "médecin",
        "infirmier",
        "infirmière",
        "auteur",
        "autrice",
        "agresseur",
        "assaillant",
        "tireur",
        "meurtrier",
        "voleur",
        "complice",
        "témoin",
        "otage",
        "artiste",
        "chanteur",
        "chanteuse",
        "comédien",
        "comédienne",
        "acteur",
        "actrice",
        "écrivain",
        "écrivaine",
        "peintre",
        "musicien",
        "musicienne",
        "maire",
        "député",
        "députée",
        "sénateur",
        "sénatrice",
        "candidat",
        "candidate",
        "ministre",
        "président",
        "présidente",
        "directeur",
        "directrice",
        "pilote",
        "quadragénaire",
        "quinquagénaire",
        "sexagénaire",
        "septuagénaire",
        "octogénaire",
        "nonagénaire",
        "centenaire",
        "trentenaire",
        "vingtenaire",
        "quidam",
        "garde",
        "détenteur",
        "propriétaire",
        "locataire",
        "client",
        "cliente",
        "usager",
        "usagère",
        "bénévole",
        "associé",
        "associée",
        "partenaire",
        "conjoint",
        "conjointe",
        "ami",
        "amie",
        "voisin",
        "voisine",
        "collègue",
        "fondateur",
        "fondatrice",
        "gérant",
        "gérante",
        "commerçant",
        "commerçante",
        "artisan",
        "vendeur",
        "vendeuse",
        "doyen",
        "doyenne",
        "benjamin",
        "benjamine",
        "cadet",
        "cadette",
        "aîné",
        "aînée",
        "héritier",
        "héritière",
        "oncle",
        "tante",
        "neveu",
        "nièce",
        "cousin",
        "cousine",
    }
)

#: Forms of "âgé" that make the next "X ans" an age.
AGED_WORDS: tuple[str, ...] = ("âgé", "âgée", "âgés", "âgées", "agé", "agée", "agés", "agées")

#: Forms of "avoir" before an age: "avait 93 ans", "avaient en moyenne 67 ans".
HAVE_WORDS: tuple[str, ...] = ("avait", "avaient", "aurait", "auraient", "aura", "auront", "avoir", "ayant")

#: Subjects before "a"/"ont" that make "X ans" an age: "elle a 30 ans", "qui ont 18 ans"
#: ("il y a dix ans" does not match: "y" stands between).
HAVE_SUBJECTS: tuple[str, ...] = ("il", "elle", "on", "qui", "ils", "elles")

#: Adverbs allowed between "avait"/"a" and an age: "avait alors 20 ans", "j'ai seulement 29 ans".
HAVE_ADVERBS: tuple[str, ...] = ("alors", "déjà", "tout juste", "seulement", "environ", "à peine", "bientôt")

#: Words before a 4-digit number that make it a year: "en 2023", "depuis 2019".
YEAR_CUES: tuple[str, ...] = (
    "en",
    "depuis",
    "dès",
    "avant",
    "après",
    "jusqu'en",
    "d'ici",
    "d'ici à",
    "vers",
    "courant",
    "exercice",
    "l'exercice",
    "année",
    "l'année",
    "l'an",
    "au titre de",
    "titre de",
    "horizon",
    "l'horizon",
    "saison",
    "printemps",
    "été",
    "l'été",
    "automne",
    "l'automne",
    "hiver",
    "l'hiver",
    "trimestre",
    "semestre",
    "rentrée",
    "millésime",
    "de",
    "pour",
    "à",
    "par rapport à",
)

#: Cues that need a guard: a following noun makes the number an amount
#: ("de 2000 personnes"), and a preceding bound word too ("plus de 2000").
WEAK_YEAR_CUES: frozenset[str] = frozenset({"de", "pour", "à", "vers", "avant", "après"})

#: Words allowed right after a bare year (anything else ending in -s/-x, or a
#: unit, reads as a counted noun: "2024 victimes").
AFTER_YEAR_WORDS: frozenset[str] = frozenset(
    {
        "et",
        "à",
        "au",
        "aux",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "du",
        "d",
        "en",
        "dans",
        "pour",
        "par",
        "sur",
        "sous",
        "contre",
        "avec",
        "sans",
        "selon",
        "avant",
        "après",
        "puis",
        "ou",
        "mais",
        "où",
        "qui",
        "que",
        "quand",
        "lors",
        "alors",
        "il",
        "ils",
        "elle",
        "elles",
        "on",
        "ce",
        "cette",
        "ces",
        "se",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "nous",
        "vous",
        "je",
        "y",
        "ne",
        "n",
        "a",
        "ont",
        "est",
        "sont",
        "était",
        "étaient",
        "avait",
        "avaient",
        "déjà",
        "encore",
        "plus",
        "moins",
        "jamais",
        "toujours",
        "depuis",
        "dont",
        "donc",
        "ainsi",
        "aussi",
        "pas",
        "fois",
        "lorsque",
        "tandis",
        "parmi",
        "malgré",
        "vers",
        "chez",
        "entre",
    }
)

#: Clock-time markers.
TIME_CUES: tuple[str, ...] = (
    "à",
    "vers",
    "dès",
    "jusqu'à",
    "à partir de",
    "aux alentours de",
    "autour de",
    "avant",
    "après",
    "peu avant",
    "peu après",
    "entre",
    "de",
    "et",
)

#: Words that make "X h" / "X heures" a duration, not a clock time.
HOUR_DURATION_CUES: tuple[str, ...] = (
    "pendant",
    "durant",
    "en",
    "sous",
    "depuis",
    "soit",
    "pour",
    "dans",
    "plus de",
    "moins de",
    "près de",
    "au moins",
    "environ",
    "d'",
    "au bout de",
    "il y a",
)

#: Verbs right before "X h" that make it a number of hours ("le trajet prend 2 h").
DURATION_VERBS: frozenset[str] = frozenset(
    {
        "dure",
        "durent",
        "duré",
        "durera",
        "dureront",
        "durait",
        "prend",
        "prennent",
        "pris",
        "prendra",
        "faut",
        "fallu",
        "faudra",
        "fallait",
        "mis",
        "met",
        "mettent",
        "mettra",
        "attendre",
        "attendu",
        "patienter",
        "compter",
        "comptez",
        "nécessite",
        "nécessitera",
    }
)

#: "du matin", "du soir"… after a clock time: hours to add when the hour is below 12.
DAY_PERIODS: dict[str, int] = {
    "du matin": 0,
    "du soir": 12,
    "de l'après-midi": 12,
    "de l'aprés-midi": 12,
}

#: Words for noon and midnight after a time cue ("à midi").
NAMED_TIMES: dict[str, str] = {"midi": "12:00", "minuit": "00:00"}

#: Words before a date that say how it bounds an event, kept as the date's cue.
DATE_CUES: tuple[str, ...] = (
    "depuis le",
    "depuis la",
    "depuis",
    "jusqu'au",
    "jusqu'à la",
    "jusqu'en",
    "d'ici le",
    "d'ici au",
    "d'ici à la",
    "d'ici la",
    "d'ici",
    "à partir du",
    "à partir de la",
    "à partir de",
    "dès le",
    "dès la",
    "dès",
    "avant le",
    "avant la",
    "avant",
    "après le",
    "après la",
    "après",
    "au plus tard le",
    "en",
)
