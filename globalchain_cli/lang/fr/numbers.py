"""Données lexicales pour lire les nombres du français (tables seulement, aucune logique).

Toutes les clés des tables de mots sont en minuscules et **sans accents**
(« zero » pour « zéro », « cinquieme » pour « cinquième ») : l'extracteur
normalise chaque mot de la même façon avant de le chercher ici. Les motifs
(``*_PATTERNS``) sont des fragments d'expressions régulières que l'extracteur
assemble ; ils ne doivent contenir aucun quantificateur imbriqué.

Lu par le paquet :mod:`globalchain_cli.extract.numbers`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace


def reader_words(path: Path, section: str) -> SimpleNamespace:
    """Les mots que les lecteurs testent par leur nom (``words.toml``), en attributs.

    Une liste devient un tuple, une table un espace de noms : ``READER_WORDS.ONE``,
    ``READER_WORDS.UNITS.POINT``.
    """

    def build(table: dict) -> SimpleNamespace:
        return SimpleNamespace(
            **{
                k.upper(): build(v) if isinstance(v, dict) else tuple(v) if isinstance(v, list) else v
                for k, v in table.items()
            }
        )

    return build(tomllib.loads(path.read_text(encoding="utf-8"))[section])


#: Mots testés par les lecteurs de nombres, sous des noms neutres (voir ``words.toml``).
READER_WORDS = reader_words(Path(__file__).with_name("words.toml"), "numbers")

# ---------------------------------------------------------------------------
# Nombres en lettres
# ---------------------------------------------------------------------------

#: Mot cardinal (clé normalisée) -> (forme donnée à text2num, classe).
#: Classes : Z zéro, U unités 1-9, T dix à seize, D dizaines, H cent,
#: M mille, S million/milliard (multiplicateurs que text2num connaît).
CARDINAL_WORDS: dict[str, tuple[str, str]] = {
    "zero": ("zéro", "Z"),
    "un": ("un", "U"),
    "une": ("une", "U"),
    "deux": ("deux", "U"),
    "trois": ("trois", "U"),
    "quatre": ("quatre", "U"),
    "cinq": ("cinq", "U"),
    "six": ("six", "U"),
    "sept": ("sept", "U"),
    "huit": ("huit", "U"),
    "neuf": ("neuf", "U"),
    "dix": ("dix", "T"),
    "onze": ("onze", "T"),
    "douze": ("douze", "T"),
    "treize": ("treize", "T"),
    "quatorze": ("quatorze", "T"),
    "quinze": ("quinze", "T"),
    "seize": ("seize", "T"),
    "vingt": ("vingt", "D"),
    "vingts": ("vingts", "D"),
    "trente": ("trente", "D"),
    "quarante": ("quarante", "D"),
    "cinquante": ("cinquante", "D"),
    "soixante": ("soixante", "D"),
    "septante": ("septante", "D"),
    "huitante": ("huitante", "D"),
    "octante": ("octante", "D"),
    "nonante": ("nonante", "D"),
    "cent": ("cent", "H"),
    "cents": ("cents", "H"),
    "mille": ("mille", "M"),
    "mil": ("mil", "M"),
    "million": ("million", "S"),
    "millions": ("millions", "S"),
    "milliard": ("milliard", "S"),
    "milliards": ("milliards", "S"),
}

#: Classe du mot suivant admise après chaque classe dans un même nombre
#: (pré-découpage rapide ; text2num reste juge de la validité).
#: « E » est le « et » de « vingt et un ».
NEXT_CLASSES: dict[str, frozenset[str]] = {
    "Z": frozenset("ZUTDH"),
    "U": frozenset("HMSD"),  # « quatre vingt », « deux cent », « trois mille »
    "T": frozenset("UHMS"),  # « dix sept », « douze cents »
    "D": frozenset("UTEMSD"),  # « vingt trois », « soixante dix », « quatre-vingt »
    "E": frozenset("UT"),  # « et un », « et onze »
    "H": frozenset("UTDMS"),
    "M": frozenset("UTDHS"),  # « mille millions » est valide pour text2num
    "S": frozenset("UTDHM"),
}

#: Dizaines après lesquelles « et un », « et une », « et onze » se lisent.
TENS_WITH_ET = frozenset(
    {"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante"}
)

#: Multiplicateurs que text2num ne connaît pas ou qui suivent des chiffres.
SCALE_WORDS: dict[str, int] = {
    "mille": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**12,
    "billions": 10**12,
}

#: Abréviations d'échelle après des chiffres (casse respectée).
#: « M » et « G » isolés ne valent que devant une devise ou après un décimal
#: (« 3M » est une entreprise, « 5G » un réseau) : voir l'extracteur.
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 10**3,
    "K": 10**3,
    "M": 10**6,
    "Mio": 10**6,
    "mio": 10**6,
    "Md": 10**9,
    "Mds": 10**9,
    "Mrd": 10**9,
    "Mrds": 10**9,
    "md": 10**9,
    "mds": 10**9,
    "mrd": 10**9,
    "mrds": 10**9,
    "Mia": 10**9,
    "mia": 10**9,
    "G": 10**9,
}

#: Ordinaux en lettres (clé normalisée, singulier) -> mot cardinal du rang.
ORDINAL_WORDS: dict[str, str] = {
    "unieme": "un",
    "deuxieme": "deux",
    "troisieme": "trois",
    "quatrieme": "quatre",
    "cinquieme": "cinq",
    "sixieme": "six",
    "septieme": "sept",
    "huitieme": "huit",
    "neuvieme": "neuf",
    "dixieme": "dix",
    "onzieme": "onze",
    "douzieme": "douze",
    "treizieme": "treize",
    "quatorzieme": "quatorze",
    "quinzieme": "quinze",
    "seizieme": "seize",
    "vingtieme": "vingt",
    "trentieme": "trente",
    "quarantieme": "quarante",
    "cinquantieme": "cinquante",
    "soixantieme": "soixante",
    "septantieme": "septante",
    "huitantieme": "huitante",
    "octantieme": "octante",
    "nonantieme": "nonante",
    "centieme": "cent",
    "millieme": "mille",
    "millionieme": "million",
    "milliardieme": "milliard",
    "billionieme": "billion",
}

#: Ordinaux qui ne servent jamais de dénominateur (« un premier bilan »).
FIRST_ORDINALS: dict[str, int] = {
    "premier": 1,
    "premiere": 1,
    "premiers": 1,
    "premieres": 1,
}

#: « second » n'est un ordinal qu'après un déterminant (« le second tour ») ;
#: « une seconde » est une durée.
SECOND_ORDINALS = frozenset({"second", "seconds"})
SECOND_DETERMINERS = frozenset({"le", "au", "du", "les", "aux", "des", "son", "ce", "leur", "un"})

#: Noms de fraction -> dénominateur (« deux tiers », « trois quarts », « un demi »).
FRACTION_NOUNS: dict[str, int] = {"tiers": 3, "quart": 4, "quarts": 4, "demi": 2, "demie": 2}

#: Mots qui, après « quart(s) de », font une expression figée et non une fraction.
QUART_EXCLUDED_NEXT = frozenset({"finale", "finales", "heure", "siecle", "tour"})

#: Suffixes d'ordinaux écrits en chiffres (« 1er », « 2e », « 47ème », « 1ʳᵉ »).
ORDINAL_SUFFIXES = frozenset(
    {
        "e",
        "es",
        "er",
        "ers",
        "re",
        "res",
        "ere",
        "eres",
        "eme",
        "emes",
        "ieme",
        "iemes",
        "nd",
        "nde",
        "nds",
        "ndes",
        "d",
        "de",
        "ᵉ",
        "ᵉʳ",
        "ʳᵉ",
        "ᵉˢ",
        "ᵉʳˢ",
        "ᵈ",
        "ⁿᵈ",
    }
)

#: Suffixes admis après un nombre romain (« XXe », « IIe », « Ier », « Ve »).
ROMAN_ORDINAL_SUFFIXES = frozenset({"e", "er", "re", "ère", "ere", "ème", "eme", "ᵉ", "ᵉʳ", "es"})

# ---------------------------------------------------------------------------
# Quantités approximatives (« une dizaine », « des centaines »)
# ---------------------------------------------------------------------------

#: Nom collectif singulier -> (valeur, bas, haut) de l'intervalle admis.
#: Choix documentés : une dizaine 8-14, une centaine 80-140, un millier 800-1 400.
COLLECTIVES: dict[str, tuple[int, int, int]] = {
    "demi-douzaine": (6, 5, 7),
    "dizaine": (10, 8, 14),
    "douzaine": (12, 10, 14),
    "quinzaine": (15, 12, 18),
    "vingtaine": (20, 16, 25),
    "trentaine": (30, 25, 35),
    "quarantaine": (40, 35, 45),
    "cinquantaine": (50, 45, 55),
    "soixantaine": (60, 55, 65),
    "centaine": (100, 80, 140),
    "millier": (1000, 800, 1400),
}

#: Collectifs au pluriel -> valeur unitaire (« trois douzaines », « des centaines »).
COLLECTIVE_PLURALS: dict[str, int] = {
    "dizaines": 10,
    "douzaines": 12,
    "quinzaines": 15,
    "vingtaines": 20,
    "trentaines": 30,
    "centaines": 100,
    "milliers": 1000,
    "millions": 10**6,
    "milliards": 10**9,
}

#: Déterminants devant un collectif singulier (« une dizaine », « la centaine »).
COLLECTIVE_ARTICLES = frozenset({"un", "une", "la"})
#: Adjectifs admis entre l'article et le collectif (« une bonne dizaine »).
COLLECTIVE_ADJECTIVES = frozenset({"bonne", "petite", "grosse", "large", "courte", "longue"})
#: « quarantaine » est aussi l'isolement sanitaire : il faut « de/d' » après.
COLLECTIVES_NEEDING_DE = frozenset({"quarantaine", "quinzaine"})

#: Pluriels vagues : déterminant -> (bas, haut) en multiples de l'unité du collectif.
#: « des centaines » : 200 à 999 ; « quelques centaines » : 200 à 500.
VAGUE_DETERMINERS: dict[str, tuple[int, int]] = {
    "des": (2, 9),
    "plusieurs": (2, 9),
    "quelques": (2, 5),
    "nombreuses": (2, 9),  # « de nombreuses centaines »
    "nombreux": (2, 9),  # « de nombreux milliers »
}

#: Multiplicateurs après un collectif (« des dizaines de milliers »).
COLLECTIVE_MULTIPLIERS: dict[str, int] = {"milliers": 10**3, "millions": 10**6, "milliards": 10**9}

# ---------------------------------------------------------------------------
# Pourcentages et points
# ---------------------------------------------------------------------------

#: Après un nombre : signe ou mots du pourcentage (valeur en points de pourcentage).
PERCENT_PATTERNS: tuple[str, ...] = (
    r"%",
    r"％",
    r"pour[ -]cent",
    r"pourcents?",
    r"pourcentages?",
)
#: Pour mille : la valeur est divisée par 10 et rangée en pourcentage.
PER_MILLE_PATTERNS: tuple[str, ...] = (r"‰", r"pour[ -]mille")

#: « points » après un nombre ; unité selon le complément.
POINTS_WORD = r"points?"
POINTS_PERCENT_COMPLEMENT = r"de\s+pourcentage"
POINTS_BASIS_COMPLEMENT = r"de\s+base"

# ---------------------------------------------------------------------------
# Devises (unité : code ISO 4217 quand il y en a un)
# ---------------------------------------------------------------------------

#: Symboles (avant ou après le nombre).
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₩": "KRW",
    "₿": "BTC",
}

#: Codes ISO reconnus tels quels (avant ou après le nombre, en majuscules ou minuscules).
CURRENCY_CODES = frozenset(
    {
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "JPY",
        "CNY",
        "CAD",
        "AUD",
        "NZD",
        "HKD",
        "SEK",
        "NOK",
        "DKK",
        "RUB",
        "INR",
        "BRL",
        "MXN",
        "ZAR",
        "TRY",
        "XOF",
        "XAF",
        "MAD",
        "TND",
        "DZD",
        "ILS",
        "KRW",
        "PLN",
        "CZK",
        "HUF",
        "SGD",
        "SAR",
        "AED",
        "QAR",
        "EGP",
        "LBP",
        "UAH",
        "BTC",
    }
)

#: Symboles dollar précisés (« US$ », « C$ », « $ CA », « $ hk »).
DOLLAR_VARIANTS: dict[str, str] = {
    "us": "USD",
    "usd": "USD",
    "c": "CAD",
    "ca": "CAD",
    "cad": "CAD",
    "can": "CAD",
    "a": "AUD",
    "au": "AUD",
    "aud": "AUD",
    "hk": "HKD",
    "hkd": "HKD",
    "nz": "NZD",
    "nzd": "NZD",
    "mxn": "MXN",
    "s": "SGD",
}

#: Unité donnée aux « francs » sans précision : « CHF » si le texte parle de la
#: Suisse (voir SWISS_CONTEXT), sinon « franc » (franc français, belge, CFA… :
#: impossible à trancher).
FRANC_DEFAULT = "franc"
SWISS_CONTEXT = r"\b(?:[Ss]uisses?|CHF|helvétiques?|Genève|Lausanne|Berne|Zurich|Bâle|Fribourg|Neuchâtel|Valais|Vaud)\b"

#: Noms de devise après le nombre : (motif, unité). Le premier motif qui
#: s'applique l'emporte : les formes précisées viennent avant les génériques.
CURRENCY_WORD_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"dollars?\s+(?:américains?|US|des\s+[ÉE]tats-Unis)", "USD"),
    (r"dollars?\s+canadiens?", "CAD"),
    (r"dollars?\s+australiens?", "AUD"),
    (r"dollars?\s+néo-zélandais", "NZD"),
    (r"dollars?\s+(?:de\s+)?Hong[- ]Kong", "HKD"),
    (r"dollars?\s+de\s+Singapour", "SGD"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"centimes?\s+d['’]euros?", "centime"),
    (r"centimes?", "centime"),
    (r"livres?\s+sterling", "GBP"),
    (r"livres?\s+égyptiennes?", "EGP"),
    (r"livres?\s+libanaises?", "LBP"),
    (r"livres?\s+turques?", "TRY"),
    (r"pounds?", "GBP"),
    (r"francs?\s+suisses?", "CHF"),
    (r"francs?\s+CFA", "XOF"),
    (r"francs?\s+belges?", "BEF"),
    (r"francs?\s+français", "FRF"),
    (r"francs?", "FRANC"),  # résolu par FRANC_DEFAULT / SWISS_CONTEXT
    (r"yens?", "JPY"),
    (r"yuans?|renminbis?", "CNY"),
    (r"roupies?\s+indiennes?", "INR"),
    (r"roupies?", "roupie"),
    (r"roubles?", "RUB"),
    (r"hryvnias?", "UAH"),
    (r"zlotys?", "PLN"),
    (r"couronnes?\s+suédoises?", "SEK"),
    (r"couronnes?\s+norvégiennes?", "NOK"),
    (r"couronnes?\s+danoises?", "DKK"),
    (r"couronnes?\s+tchèques?", "CZK"),
    (r"marks?\s+finlandais", "FIM"),
    (r"(?:deutsche\s+)?marks?(?:\s+allemands?)?", "DEM"),
    (r"florins?(?:\s+(?:hollandais|néerlandais))?", "NLG"),
    (r"pesetas?", "ESP"),
    (r"lires?\s+turques?", "TRY"),
    (r"lires?(?:\s+italiennes?)?", "ITL"),
    (r"pesos?\s+mexicains?", "MXN"),
    (r"pesos?", "peso"),
    (r"réals?|reais", "BRL"),
    (r"rands?", "ZAR"),
    (r"dinars?\s+algériens?", "DZD"),
    (r"dinars?\s+tunisiens?", "TND"),
    (r"dinars?", "dinar"),
    (r"dirhams?\s+marocains?", "MAD"),
    (r"dirhams?", "dirham"),
    (r"s?h[ée]kels?", "ILS"),
    (r"riyals?\s+saoudiens?", "SAR"),
    (r"riyals?", "riyal"),
    (r"rials?", "rial"),
    (r"wons?", "KRW"),
    (r"bahts?", "THB"),
    (r"forints?", "HUF"),
    (r"nairas?", "NGN"),
    (r"bitcoins?", "BTC"),
    (r"pesewas?", "pesewa"),
    (r"pence|pennies|penny", "penny"),
)

#: Ces noms ne sont des devises qu'après un multiplicateur (« 361 millions de
#: livres ») : « 500 livres » peut compter des livres (ouvrages).
CURRENCY_AFTER_SCALE_ONLY: tuple[tuple[str, str], ...] = ((r"livres?", "GBP"),)

#: Sous-unités ajoutées au montant (« 1 USD et 23 centimes », « 15 dollars 50 »).
MINOR_UNIT_PATTERN = r"cents?|centimes?"


# ---------------------------------------------------------------------------
# Mesures : (motif, lemme de l'unité). Casse respectée (« m » mètre, « M » million).
# ---------------------------------------------------------------------------

MEASURE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"km\s?/\s?h|kilomètres?[/-]heure|kilomètres?\s+(?:par|à\s+l['’])\s*heure|km\s+par\s+heure",
        "kilomètre par heure",
    ),
    (r"m\s?/\s?s|mètres?\s+par\s+seconde", "mètre par seconde"),
    (r"km²|km2|kilomètres?\s+carrés?", "kilomètre carré"),
    (r"m²|m2|mètres?\s+carrés?", "mètre carré"),
    (r"m³|m3|mètres?\s+cubes?", "mètre cube"),
    (r"°\s?C\b|degrés?\s+Celsius|degrés?\s+C\b", "degré Celsius"),
    (r"°\s?F\b|degrés?\s+Fahrenheit", "degré Fahrenheit"),
    (r"degrés?|°", "degré"),
    (r"kilomètres?|km", "kilomètre"),
    (r"centimètres?|cm", "centimètre"),
    (r"millimètres?|mm", "millimètre"),
    (r"mètres?|m", "mètre"),
    (r"mégatonnes?|Mt", "mégatonne"),
    (r"gigatonnes?|Gt", "gigatonne"),
    (r"tonnes?|t", "tonne"),
    (r"kilogrammes?|kilos?|kg", "kilogramme"),
    (r"milligrammes?|mg", "milligramme"),
    (r"grammes?|g", "gramme"),
    (r"hectolitres?|hl", "hectolitre"),
    (r"centilitres?|cl|cL", "centilitre"),
    (r"millilitres?|ml|mL", "millilitre"),
    (r"litres?|l|L", "litre"),
    (r"hectares?|ha", "hectare"),
    (r"kWh|kilowattheures?|kilowatts?-heures?", "kilowattheure"),
    (r"MWh|mégawattheures?", "mégawattheure"),
    (r"GWh|gigawattheures?", "gigawattheure"),
    (r"TWh|térawattheures?", "térawattheure"),
    (r"kW|kilowatts?", "kilowatt"),
    (r"MW|mégawatts?", "mégawatt"),
    (r"GW|gigawatts?", "gigawatt"),
    (r"W|watts?", "watt"),
    (r"décibels?|dB", "décibel"),
    (r"milles?\s+nautiques?", "mille nautique"),
    (r"nœuds?", "nœud"),
    (r"miles?", "mile"),
    (r"barils?", "baril"),
    (r"Go|gigaoctets?", "gigaoctet"),
    (r"Mo|mégaoctets?", "mégaoctet"),
    (r"To|téraoctets?", "téraoctet"),
    (r"kcal|kilocalories?|calories?", "calorie"),
    (r"ppm", "ppm"),
)


# ---------------------------------------------------------------------------
# Bornes et approximations devant le nombre
# ---------------------------------------------------------------------------

#: Mot(s) devant le nombre -> (qualificatif, facteur bas, facteur haut).
#: Les facteurs donnent ``low``/``high`` (valeur × facteur ; None : pas de borne).
#: Choix documentés :
#: - « près de X » : X est un arrondi par le haut, 0,95 X à X (« près de 1 400 » : 1 330 à 1 400),
#:   avec 2 % de marge au-dessus pour l'arrondi au plus proche (« près de 600 000 » : 601 163) ;
#: - « environ », « quelque », « autour de »… : ±10 % ;
#: - « presque », « quasiment », « pratiquement » : APPROXIMATE, 0,9 X à X
#:   (le chiffre est un plafond proche, pas une borne stricte) ;
#: - « à peine X » : AT_MOST, 0,9 X à X ;
#: - « un peu plus de X » : AT_LEAST, X à 1,1 X ; « plus de X » : X et au-delà ;
#: - « la barre des », « le cap des » : seuil franchi, AT_LEAST ;
#:   « sous la barre (symbolique) des », « sous le seuil des » : AT_MOST.
CUES: tuple[tuple[str, str, float | None, float | None], ...] = (
    ("un peu plus des", "at_least", 1.0, 1.1),
    ("un peu plus de", "at_least", 1.0, 1.1),
    ("un peu plus d'", "at_least", 1.0, 1.1),
    ("à peine plus de", "at_least", 1.0, 1.1),
    ("à peine plus d'", "at_least", 1.0, 1.1),
    ("légèrement plus de", "at_least", 1.0, 1.1),
    ("bien plus de", "at_least", 1.0, None),
    ("largement plus de", "at_least", 1.0, None),
    ("nettement plus de", "at_least", 1.0, None),
    ("pas moins de", "at_least", 1.0, None),
    ("pas moins d'", "at_least", 1.0, None),
    ("plus de", "at_least", 1.0, None),
    ("plus d'", "at_least", 1.0, None),
    ("plus des", "at_least", 1.0, None),
    ("au moins", "at_least", 1.0, None),
    ("au minimum", "at_least", 1.0, None),
    ("au bas mot", "at_least", 1.0, None),
    ("au-delà de", "at_least", 1.0, None),
    ("au-delà d'", "at_least", 1.0, None),
    ("au delà de", "at_least", 1.0, None),
    ("au-dessus de", "at_least", 1.0, None),
    ("au dessus de", "at_least", 1.0, None),
    ("supérieur à", "at_least", 1.0, None),
    ("supérieure à", "at_least", 1.0, None),
    ("supérieurs à", "at_least", 1.0, None),
    ("supérieures à", "at_least", 1.0, None),
    ("sous la barre symbolique des", "at_most", None, 1.0),
    ("sous la barre symbolique du", "at_most", None, 1.0),
    ("sous le seuil des", "at_most", None, 1.0),
    ("sous le cap des", "at_most", None, 1.0),
    ("la barre symbolique des", "at_least", 1.0, None),
    ("la barre symbolique du", "at_least", 1.0, None),
    ("sous la barre des", "at_most", None, 1.0),
    ("sous la barre du", "at_most", None, 1.0),
    ("la barre des", "at_least", 1.0, None),
    ("la barre du", "at_least", 1.0, None),
    ("le cap des", "at_least", 1.0, None),
    ("le cap du", "at_least", 1.0, None),
    ("le seuil des", "at_least", 1.0, None),
    ("un peu moins des", "at_most", 0.9, 1.0),
    ("un peu moins de", "at_most", 0.9, 1.0),
    ("un peu moins d'", "at_most", 0.9, 1.0),
    ("pas plus de", "at_most", None, 1.0),
    ("pas plus d'", "at_most", None, 1.0),
    ("moins de", "at_most", None, 1.0),
    ("moins d'", "at_most", None, 1.0),
    ("moins des", "at_most", None, 1.0),
    ("tout au plus", "at_most", None, 1.0),
    ("au plus", "at_most", None, 1.0),
    ("au maximum", "at_most", None, 1.0),
    ("jusqu'à", "at_most", None, 1.0),
    ("jusqu'a", "at_most", None, 1.0),
    ("à peine", "at_most", 0.9, 1.0),
    ("en dessous de", "at_most", None, 1.0),
    ("en-dessous de", "at_most", None, 1.0),
    ("au-dessous de", "at_most", None, 1.0),
    ("inférieur à", "at_most", None, 1.0),
    ("inférieure à", "at_most", None, 1.0),
    ("inférieurs à", "at_most", None, 1.0),
    ("inférieures à", "at_most", None, 1.0),
    ("près de", "approximate", 0.95, 1.02),
    ("près d'", "approximate", 0.95, 1.0),
    ("près des", "approximate", 0.95, 1.02),
    ("pas loin de", "approximate", 0.95, 1.0),
    ("pas loin d'", "approximate", 0.95, 1.0),
    ("quasiment", "approximate", 0.9, 1.0),
    ("presque", "approximate", 0.9, 1.0),
    ("pratiquement", "approximate", 0.9, 1.0),
    ("quasi", "approximate", 0.9, 1.0),
    ("environ", "approximate", 0.9, 1.1),
    ("quelque", "approximate", 0.9, 1.1),
    ("autour de", "approximate", 0.9, 1.1),
    ("autour d'", "approximate", 0.9, 1.1),
    ("approximativement", "approximate", 0.9, 1.1),
    ("à peu près", "approximate", 0.9, 1.1),
    ("aux alentours de", "approximate", 0.9, 1.1),
    ("aux alentours d'", "approximate", 0.9, 1.1),
    ("de l'ordre de", "approximate", 0.9, 1.1),
    ("de l'ordre d'", "approximate", 0.9, 1.1),
    ("grosso modo", "approximate", 0.9, 1.1),
    ("plus ou moins", "approximate", 0.9, 1.1),
    ("avoisinant", "approximate", 0.9, 1.1),
)

#: « quelques 200 personnes » (faute courante pour « quelque ») : même sens,
#: mais seulement devant des chiffres.
CUES_BEFORE_DIGITS_ONLY: tuple[tuple[str, str, float | None, float | None], ...] = (
    ("quelques", "approximate", 0.9, 1.1),
)

#: Mots qui annoncent une évolution (« est passé de 7 à 8 % ») : « de X à Y »
#: n'est alors pas un intervalle mais deux valeurs successives.
CHANGE_WORDS = frozenset(
    {
        "passe",
        "passee",
        "passes",
        "passees",
        "passer",
        "passant",
        "passera",
        "passent",
        "augmente",
        "augmentee",
        "augmenter",
        "augmentant",
        "grimpe",
        "grimper",
        "chute",
        "chuter",
        "baisse",
        "baisser",
        "diminue",
        "diminuer",
        "recule",
        "reculer",
        "progresse",
        "progresser",
        "bondi",
        "bondit",
        "monte",
        "montee",
        "monter",
        "tombe",
        "tombee",
        "tomber",
        "evolue",
        "porte",
        "portee",
        "porter",
        "releve",
        "relevee",
        "abaisse",
        "ramene",
        "ramenee",
        "reduit",
        "reduite",
        "hausse",
        "gonfle",
        "glisse",
        "plonge",
        "explose",
        "double",
        "triple",
        "decolle",
        "fondu",
        "grossi",
        "varie",
        "revu",
        "revise",
        "revisee",
        "relevement",
        "augmentation",
        "diminution",
    }
)

# ---------------------------------------------------------------------------
# Années
# ---------------------------------------------------------------------------

#: Bornes des années lues sans mot d'appel (« Mondial 2026 »).
YEAR_MIN, YEAR_MAX = 1800, 2100
#: Avec un mot d'appel (« en 1515 »), une année peut remonter jusque-là.
YEAR_MIN_WITH_CUE = 1000

#: Mots juste avant le nombre qui en font une année (« en 2023 », « depuis 2015 »).
#: « dès » est comparé avec son accent (sans accent il se confond avec « des »).
YEAR_CUE_WORDS = frozenset(
    {
        "en",
        "depuis",
        "annee",
        "annees",
        "an",
        "vers",
        "fin",
        "debut",
        "mi",
        "ete",
        "hiver",
        "printemps",
        "automne",
        "courant",
        "exercice",
        "millesime",
        "cuvee",
        "rentree",
        "saison",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    }
)

#: Mots juste avant le nombre qui en font un compte, même sans nom derrière
#: (« ils étaient plus de 2000. », « sur 2000 »).
COUNT_CUE_WORDS = frozenset(
    {
        "les",
        "ces",
        "sur",
        "soit",
        "dont",
        "total",
        "nombre",
        "chiffre",
        "ses",
        "leurs",
        "etaient",
        "sont",
        "seraient",
        "seront",
        "etions",
        "sommes",
    }
)

# ---------------------------------------------------------------------------
# Codes : numéros qui ne sont pas des quantités
# ---------------------------------------------------------------------------

#: Mots juste avant un nombre qui en font un code (motifs, casse ignorée).
CODE_PREFIX_PATTERNS: tuple[str, ...] = (
    r"articles?",
    r"art\.",
    r"alinéas?",
    r"al\.",
    r"pages?",
    r"p\.",
    r"pp\.",
    r"sections?",
    r"chapitres?",
    r"paragraphes?",
    r"§",
    r"n\s?°",
    r"n\s?º",
    r"no\.",
    r"numéros?",
    r"annexes?",
    r"tomes?",
    r"vol\.",
    r"volumes?",
    r"lignes?",
    r"lois?",
    r"décrets?",
    r"codes?",
    r"versions?",
    r"v\.",
    r"autoroutes?",
    r"routes?",
    r"bus",
    r"vols?",
    r"ligues?",
    r"formules?",
    r"salles?",
    r"terminal",
    r"terminaux",
    r"quais?",
    r"voies?",
    r"portes?",
    r"rubriques?",
    r"étapes?",
    r"épisodes?",
    r"points?",
    r"dossiers?",
    r"lots?",
    r"boeing",
    r"airbus",
    r"apollo",
    r"ariane",
    r"windows",
    r"covid",
    r"sars-cov",
    r"iphone",
    r"ps",
    r"playstation",
    r"cac",
    r"sbf",
    r"stoxx",
    r"ftse",
    r"nikkei",
    r"dax",
)

#: Préfixes en majuscules (casse respectée) : routes (« N 41 », « RN 7 »).
CODE_PREFIX_CASED: tuple[str, ...] = (r"RN", r"RD", r"N", r"D", r"E", r"M")

#: Noms propres suivis d'un numéro de chaîne ou de station (casse respectée).
NAMED_CODES: dict[str, frozenset[int]] = {
    "France": frozenset({2, 3, 4, 5, 24}),
    "Europe": frozenset({1}),
    "Radio": frozenset({1, 2, 3}),
}

#: Noms de voie après un numéro : « 12 rue », « 3 bis avenue » (adresse).
ADDRESS_NOUNS = frozenset(
    {
        "rue",
        "avenue",
        "av",
        "boulevard",
        "bd",
        "place",
        "chemin",
        "allee",
        "impasse",
        "quai",
        "route",
        "square",
    }
)
ADDRESS_SUFFIXES = frozenset({"bis", "ter", "quater"})


#: Numéros d'urgence et de service, codes quand on les appelle (« composer le 15 »).
SERVICE_NUMBERS = frozenset({15, 17, 18, 112, 114, 115, 116, 119, 196, 197, 3114, 3919, 3020, 3237, 3624, 3977, 33700})
#: Débuts de mots qui annoncent un numéro à appeler, dans les mots qui précèdent.
CALL_STEMS: tuple[str, ...] = (
    "compos",
    "appel",
    "joindr",
    "contact",
    "signal",
    "numero",
    "telephon",
    "sms",
    "texto",
    "urgence",
    "samu",
    "pompiers",
    "police",
)

#: Mots devant « N heures » qui en font une heure (« à 11 heures »).
CLOCK_PREPOSITIONS = frozenset({"à", "vers", "dès", "avant", "après"})

# ---------------------------------------------------------------------------
# Mots-outils (heuristiques « neuf » adjectif, année ou compte, nom compté)
# ---------------------------------------------------------------------------

FUNCTION_WORDS = frozenset(
    {
        "a",
        "ai",
        "as",
        "au",
        "aux",
        "avec",
        "avant",
        "apres",
        "alors",
        "aussi",
        "avait",
        "avaient",
        "car",
        "ce",
        "ces",
        "cet",
        "cette",
        "chez",
        "comme",
        "contre",
        "d",
        "dans",
        "de",
        "des",
        "depuis",
        "deja",
        "donc",
        "dont",
        "du",
        "elle",
        "elles",
        "en",
        "encore",
        "entre",
        "est",
        "et",
        "etaient",
        "etait",
        "ete",
        "eu",
        "fait",
        "font",
        "il",
        "ils",
        "j",
        "je",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lors",
        "lui",
        "m",
        "mais",
        "me",
        "moins",
        "n",
        "ne",
        "ni",
        "nous",
        "on",
        "ont",
        "ou",
        "par",
        "pas",
        "pendant",
        "plus",
        "pour",
        "puis",
        "qu",
        "que",
        "qui",
        "s",
        "sa",
        "sans",
        "se",
        "selon",
        "ses",
        "si",
        "son",
        "sont",
        "sous",
        "sur",
        "t",
        "tous",
        "tout",
        "toutes",
        "tres",
        "un",
        "une",
        "vers",
        "vous",
        "y",
        "sera",
        "seront",
        "fut",
        "etre",
        "avoir",
        "quand",
        "ainsi",
        "cependant",
        "toujours",
        "jamais",
        "seulement",
        "environ",
        "soit",
        "chacun",
        "chacune",
        "fois",
        "ans",
        "jours",
        "mois",
        "heures",
        "minutes",
        "secondes",
        "semaines",
        "apres-midi",
        "quasi",
        "quasiment",
        "presque",
        "pres",
        "tandis",
        "lorsque",
        "puisque",
        "parmi",
        "voici",
        "voila",
        "ceux",
        "celles",
        "dessus",
        "dessous",
        "enfin",
        "ensuite",
        "meme",
        "memes",
        "autres",
        "plusieurs",
        "quelques",
    }
)

#: Connecteurs d'énumération devant « un »/« une » coordonné à un autre nombre
#: (« trois ouvriers et un agriculteur », « 12 blessés dont un grave »). La virgule
#: n'en est pas : « 1 374 victimes, un record » est une apposition.
LIST_CONNECTORS = frozenset({"et", "ou", "dont"})
#: Distance maximale (caractères) entre le nombre précédent et « un » coordonné.
LIST_WINDOW = 120
#: Déterminants au singulier : devant un nombre en chiffres d'au moins 2 suivi d'un nom,
#: le nombre fait partie d'un nom de catégorie, pas d'un compte (« un 3 pièces », « le 100
#: mètres », « son 4 étoiles ») : le déterminant s'accorde avec la chose nommée, une seule.
SINGULAR_DETERMINERS = frozenset({"un", "une", "le", "ce", "cet", "son", "mon", "ton", "notre", "votre", "leur"})
#: Noms de portion après « un »/« une » : l'article d'une part, jamais le nombre 1
#: (« dont une partie », « une bonne part », « une majorité »). Formes normalisées.
PORTION_NOUNS = frozenset({"partie", "part", "majorite", "minorite", "poignee", "bonne", "grande", "large"})
#: Mots lus après « un »/« une » pour trouver la valeur que le texte donne au nom :
#: « un taux de 29,7 % », « un score de pénétration de 41 % » (l'article d'un nom chiffré).
VALUED_NOUN_AHEAD = 6

#: Mots qui suivent « un véhicule neuf » : « neuf » y est l'adjectif.
NEUF_ADJECTIVE_BEFORE = frozenset({"tout", "flambant", "etat", "comme", "remis", "remise", "refait", "refaite"})
