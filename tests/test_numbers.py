"""find_numbers on French snippets: every format it must read, and the traps.

Each row gives a snippet and the full list of quantities expected in it, as
(text, value, kind, unit, qualifier). Values are compared with a tolerance of
1e-6 (fractions such as 2/3).
"""

from __future__ import annotations

import math

import pytest

from globalchain_cli.extract.numbers import MAX_DIGITS, _extract, find_numbers
from globalchain_cli.model import AMOUNT_KINDS, Kind, Qualifier, Quantity

C, P, PT, F, M, ME = Kind.COUNT, Kind.PERCENT, Kind.POINTS, Kind.FRACTION, Kind.MONEY, Kind.MEASURE
EX, AP, AL, AM, RG = (
    Qualifier.EXACT,
    Qualifier.APPROXIMATE,
    Qualifier.AT_LEAST,
    Qualifier.AT_MOST,
    Qualifier.RANGE,
)
NBSP, NNBSP = "\u00a0", "\u202f"

Row = tuple[str, object, Kind, str | None, Qualifier]

CASES: list[tuple[str, str, list[Row]]] = [
    # --- digits ---------------------------------------------------------------
    ("plain", "219 personnes", [("219", 219, C, None, EX)]),
    ("space thousands", "1 374 victimes", [("1 374", 1374, C, None, EX)]),
    ("nbsp thousands", f"1{NBSP}374 victimes", [(f"1{NBSP}374", 1374, C, None, EX)]),
    ("nnbsp thousands", f"1{NNBSP}374 victimes", [(f"1{NNBSP}374", 1374, C, None, EX)]),
    ("belgian dot", "l'identification de 1.374 victimes", [("1.374", 1374, C, None, EX)]),
    ("belgian dot 15.000", "15.000 manifestants", [("15.000", 15000, C, None, EX)]),
    ("belgian millions", "3.000.000 de doses", [("3.000.000", 3000000, C, None, EX)]),
    ("swiss apostrophe", "127'000 habitants", [("127'000", 127000, C, None, EX)]),
    ("swiss typographic apostrophe", "127’000 habitants", [("127’000", 127000, C, None, EX)]),
    ("no thousands", "1374 victimes", [("1374", 1374, C, None, EX)]),
    ("decimal comma", "2,5 et 0,75", [("2,5", 2.5, C, None, EX), ("0,75", 0.75, C, None, EX)]),
    ("negative", "une variation de -3,2", [("-3,2", -3.2, C, None, EX)]),
    (
        "grouped decimal",
        f"1{NNBSP}234{NNBSP}567,89",
        [(f"1{NNBSP}234{NNBSP}567,89", 1234567.89, C, None, EX)],
    ),
    (
        "year then count",
        "en 2023 312 arrestations",
        [("2023", 2023, Kind.YEAR, None, EX), ("312", 312, C, None, EX)],
    ),
    (
        "no gluing in lists",
        "92 sur les 100 premières et 54 sur la dernière",
        [
            ("92", 92, C, None, EX),
            ("100", 100, C, None, EX),
            ("premières", 1, Kind.ORDINAL, None, EX),
            ("54", 54, C, None, EX),
        ],
    ),
    (
        "comma list",
        "1, 234, 567",
        [("1", 1, C, None, EX), ("234", 234, C, None, EX), ("567", 567, C, None, EX)],
    ),
    # --- scale words ----------------------------------------------------------
    ("million", "1,5 million de personnes", [("1,5 million", 1_500_000, C, None, EX)]),
    ("milliards", "2,3 milliards d'habitants", [("2,3 milliards", 2_300_000_000, C, None, EX)]),
    ("grouped scale", "3 000 milliards", [("3 000 milliards", 3_000_000_000_000, C, None, EX)]),
    ("words scale", "deux millions de visiteurs", [("deux millions", 2_000_000, C, None, EX)]),
    ("grouped", "500 000 personnes", [("500 000", 500_000, C, None, EX)]),
    ("k suffix", "10k abonnés", [("10k", 10_000, C, None, EX)]),
    ("million et demi", "un million et demi de personnes", [("un million et demi", 1_500_000, C, None, EX)]),
    ("demi-million", "un demi-million d'œufs", [("un demi-million", 500_000, C, None, EX)]),
    # --- number words ---------------------------------------------------------
    ("words compound", "deux cent dix-neuf personnes", [("deux cent dix-neuf", 219, C, None, EX)]),
    ("vingt et un", "vingt et un morts", [("vingt et un", 21, C, None, EX)]),
    ("capitalised", "Quarante et une personnes", [("Quarante et une", 41, C, None, EX)]),
    ("hyphenated capital", "Cinquante-sept blessés", [("Cinquante-sept", 57, C, None, EX)]),
    (
        "quatre-vingt-dix-neuf",
        "quatre-vingt-dix-neuf euros",
        [("quatre-vingt-dix-neuf euros", 99, M, "EUR", EX)],
    ),
    (
        "belgian swiss words",
        "septante-cinq, huitante et nonante-neuf",
        [
            ("septante-cinq", 75, C, None, EX),
            ("huitante", 80, C, None, EX),
            ("nonante-neuf", 99, C, None, EX),
        ],
    ),
    ("zero", "zéro mort", [("zéro", 0, C, None, EX)]),
    ("virgule", "deux virgule cinq", [("deux virgule cinq", 2.5, C, None, EX)]),
    # --- "un", "une", "neuf" --------------------------------------------------
    ("article un", "un agriculteur a été blessé", []),
    ("article une", "Une opération a été menée", []),
    ("l'un", "l'un des trois", [("trois", 3, C, None, EX)]),
    (
        "coordinated un",
        "trois ouvriers du bâtiment et un agriculteur",
        [("trois", 3, C, None, EX), ("un", 1, C, None, EX)],
    ),
    ("dont un", "153 enfants dont un bébé", [("153", 153, C, None, EX), ("un", 1, C, None, EX)]),
    ("apposition is not a count", "1 374 victimes, un record", [("1 374", 1374, C, None, EX)]),
    ("un after a year", "En 2023, un rapport a paru.", [("2023", 2023, Kind.YEAR, None, EX)]),
    ("un at clause end", "il n'en reste qu'un.", [("un", 1, C, None, EX)]),
    ("au moins un", "au moins un mort", [("un", 1, C, None, AL)]),
    ("un seul", "un seul survivant", [("un", 1, C, None, EX)]),
    ("un euro", "un euro symbolique", [("un euro", 1, M, "EUR", EX)]),
    ("neuf adjective", "un véhicule neuf a été volé", []),
    ("tout neuf", "un stade tout neuf.", []),
    ("neuf count", "neuf personnes", [("neuf", 9, C, None, EX)]),
    ("neuf after verb", "il y a neuf morts", [("neuf", 9, C, None, EX)]),
    # --- approximate counts ---------------------------------------------------
    ("dizaine", "une dizaine de blessés", [("une dizaine", 10, C, None, AP)]),
    ("vingtaine", "une vingtaine de morts", [("une vingtaine", 20, C, None, AP)]),
    ("trentaine", "une trentaine de pays", [("une trentaine", 30, C, None, AP)]),
    ("quarantaine", "une quarantaine de personnes", [("une quarantaine", 40, C, None, AP)]),
    ("quarantine is not a count", "placés en quarantaine pour une semaine", []),
    ("centaine", "une centaine de manifestants", [("une centaine", 100, C, None, AP)]),
    ("bonne centaine", "une bonne centaine d'élèves", [("une bonne centaine", 100, C, None, AP)]),
    ("des centaines", "des centaines de manifestants", [("des centaines", 200, C, None, AP)]),
    ("millier", "un millier de personnes", [("un millier", 1000, C, None, AP)]),
    ("des milliers", "des milliers de personnes", [("des milliers", 2000, C, None, AP)]),
    ("plusieurs centaines", "plusieurs centaines de policiers", [("plusieurs centaines", 200, C, None, AP)]),
    (
        "dizaines de milliers",
        "plusieurs dizaines de milliers de manifestants",
        [("plusieurs dizaines de milliers", 20_000, C, None, AP)],
    ),
    ("douzaines", "trois douzaines d'huîtres", [("trois douzaines", 36, C, None, AP)]),
    ("centaine d'euros", "une centaine d'euros", [("une centaine d'euros", 100, M, "EUR", AP)]),
    # --- fractions ------------------------------------------------------------
    ("moitié", "la moitié des votants", [("la moitié", 0.5, F, None, EX)]),
    ("tiers", "un tiers des sondés", [("un tiers", 1 / 3, F, None, EX)]),
    ("deux tiers", "deux tiers des électeurs", [("deux tiers", 2 / 3, F, None, EX)]),
    ("trois quarts", "les trois quarts des élèves", [("trois quarts", 0.75, F, None, EX)]),
    ("un quart", "un quart des salariés", [("un quart", 0.25, F, None, EX)]),
    ("quart de finale", "en quart de finale", []),
    ("cinquième", "un cinquième des votes", [("un cinquième", 0.2, F, None, EX)]),
    ("un troisième suspect", "un troisième suspect", [("troisième", 3, Kind.ORDINAL, None, EX)]),
    ("un sur dix", "un sur dix", [("un sur dix", 0.1, F, None, EX)]),
    ("deux sur trois", "deux sur trois", [("deux sur trois", 2 / 3, F, None, EX)]),
    ("noun between", "deux trains sur trois", [("deux trains sur trois", 2 / 3, F, None, EX)]),
    ("digits sur", "58 sur 87", [("58", 58, C, None, EX), ("87", 87, C, None, EX)]),
    ("1 sur 3", "1 Français sur 3", [("1 Français sur 3", 1 / 3, F, None, EX)]),
    ("slash", "les 3/4 des cas", [("3/4", 0.75, F, None, EX)]),
    # --- percentages and points -----------------------------------------------
    ("percent", "12 %", [("12 %", 12, P, "%", EX)]),
    ("percent nnbsp", f"12{NNBSP}% des sondés", [(f"12{NNBSP}%", 12, P, "%", EX)]),
    ("percent nbsp", f"12{NBSP}% des sondés", [(f"12{NBSP}%", 12, P, "%", EX)]),
    ("percent tight", "12% des sondés", [("12%", 12, P, "%", EX)]),
    ("pour cent", "12 pour cent", [("12 pour cent", 12, P, "%", EX)]),
    ("decimal percent", "12,5 % de hausse", [("12,5 %", 12.5, P, "%", EX)]),
    ("words percent", "douze pour cent", [("douze pour cent", 12, P, "%", EX)]),
    ("per mille", "un taux de 5 ‰", [("5 ‰", 0.5, P, "%", EX)]),
    (
        "points with percent",
        "une hausse de 12 % et de 2 points",
        [("12 %", 12, P, "%", EX), ("2 points", 2, PT, "point", EX)],
    ),
    ("points de pourcentage", "3 points de pourcentage", [("3 points de pourcentage", 3, PT, "point", EX)]),
    ("sport points", "3 points au classement", [("3", 3, C, None, EX)]),
    ("basis points", "25 points de base", [("25 points de base", 25, PT, "point de base", EX)]),
    # --- money ----------------------------------------------------------------
    ("millions d'euros", "12 millions d'euros", [("12 millions d'euros", 12_000_000, M, "EUR", EX)]),
    ("decimal millions", "2,5 millions d'euros", [("2,5 millions d'euros", 2_500_000, M, "EUR", EX)]),
    ("12,6 millions", "12,6 millions d'euros", [("12,6 millions d'euros", 12_600_000, M, "EUR", EX)]),
    ("euros", "300 000 euros", [("300 000 euros", 300_000, M, "EUR", EX)]),
    ("Md€", "1,2 Md€", [("1,2 Md€", 1_200_000_000, M, "EUR", EX)]),
    ("M€", "12 M€", [("12 M€", 12_000_000, M, "EUR", EX)]),
    ("k€", "500 k€", [("500 k€", 500_000, M, "EUR", EX)]),
    ("€ before", "€1000", [("€1000", 1000, M, "EUR", EX)]),
    ("€ after", "1 000 €", [("1 000 €", 1000, M, "EUR", EX)]),
    ("EUR", "1 000 EUR", [("1 000 EUR", 1000, M, "EUR", EX)]),
    ("CHF", "20 CHF", [("20 CHF", 20, M, "CHF", EX)]),
    ("CHF before", "CHF 1,2 mio", [("CHF 1,2 mio", 1_200_000, M, "CHF", EX)]),
    ("francs suisses", "89 francs suisses", [("89 francs suisses", 89, M, "CHF", EX)]),
    ("francs", "89 francs", [("89 francs", 89, M, "franc", EX)]),
    ("francs in Switzerland", "À Genève, le billet coûte 89 francs.", [("89 francs", 89, M, "CHF", EX)]),
    ("dollar sign", "10 $", [("10 $", 10, M, "USD", EX)]),
    ("dollars", "25 dollars", [("25 dollars", 25, M, "USD", EX)]),
    ("euro decimal", "1,20 euro", [("1,20 euro", 1.2, M, "EUR", EX)]),
    ("pounds", "£ 50 millions", [("£ 50 millions", 50_000_000, M, "GBP", EX)]),
    (
        "unit-less whole part",
        "26,4 millions d'euros, dont 11,2 millions",
        [("26,4 millions d'euros", 26_400_000, M, "EUR", EX), ("11,2 millions", 11_200_000, C, None, EX)],
    ),
    ("cents", "1 USD et 23 centimes", [("1 USD et 23 centimes", 1.23, M, "USD", EX)]),
    # --- measures -------------------------------------------------------------
    ("tonnes", "2,5 tonnes", [("2,5 tonnes", 2.5, ME, "tonne", EX)]),
    ("kilos", "800 kilos", [("800 kilos", 800, ME, "kilogramme", EX)]),
    ("celsius", "41,2 °C", [("41,2 °C", 41.2, ME, "degré Celsius", EX)]),
    ("km/h", "187 km/h", [("187 km/h", 187, ME, "kilomètre par heure", EX)]),
    ("words km", "six kilomètres", [("six kilomètres", 6, ME, "kilomètre", EX)]),
    ("km", "5 km", [("5 km", 5, ME, "kilomètre", EX)]),
    ("metres", "1,80 m", [("1,80 m", 1.8, ME, "mètre", EX)]),
    ("hectares", "300 hectares", [("300 hectares", 300, ME, "hectare", EX)]),
    ("negative temperature", "il fait moins 5 degrés", [("moins 5 degrés", -5, ME, "degré", EX)]),
    ("elided l is not litre", "3 l'an dernier", [("3", 3, C, None, EX)]),
    # --- bounds and approximations --------------------------------------------
    ("plus de", "plus de 200 personnes", [("200", 200, C, None, AL)]),
    ("plus d'un tiers", "plus d'un tiers des votants", [("un tiers", 1 / 3, F, None, AL)]),
    ("moins de", "moins de 10 %", [("10 %", 10, P, "%", AM)]),
    ("près de", "près de 1 400 victimes", [("1 400", 1400, C, None, AP)]),
    ("près d'", "près d'un million", [("un million", 1_000_000, C, None, AP)]),
    ("environ", "environ 300 personnes", [("300", 300, C, None, AP)]),
    ("quelque", "quelque 200 policiers", [("200", 200, C, None, AP)]),
    ("au moins", "au moins 12 morts", [("12", 12, C, None, AL)]),
    ("au plus", "au plus 3 blessés", [("3", 3, C, None, AM)]),
    ("jusqu'à", "jusqu'à 25 %", [("25 %", 25, P, "%", AM)]),
    ("pas moins de", "pas moins de 40 pays", [("40", 40, C, None, AL)]),
    ("à peine", "à peine 3 %", [("3 %", 3, P, "%", AM)]),
    ("quasiment", "quasiment 90 %", [("90 %", 90, P, "%", AP)]),
    ("un peu plus de", "un peu plus de 500 euros", [("500 euros", 500, M, "EUR", AL)]),
    ("barre des", "le chômage a dépassé la barre des 10 %", [("10 %", 10, P, "%", AL)]),
    ("sous la barre", "il reste sous la barre des 5 %", [("5 %", 5, P, "%", AM)]),
    ("autour de", "autour de 50 personnes", [("50", 50, C, None, AP)]),
    ("approximativement", "approximativement 1 000 personnes", [("1 000", 1000, C, None, AP)]),
    ("presque", "presque 2 000 personnes", [("2 000", 2000, C, None, AP)]),
    ("ne plus que", "il ne reste plus que 3 places", [("3", 3, C, None, EX)]),
    # --- ranges ---------------------------------------------------------------
    ("de à", "de 20 à 25 %", [("20 à 25 %", 20, P, "%", RG)]),
    ("entre et", "entre 3 et 5", [("3 et 5", 3, C, None, RG)]),
    ("entre scale", "entre 3 et 5 millions d'euros", [("3 et 5 millions d'euros", 3_000_000, M, "EUR", RG)]),
    ("hyphen range", "20-25 %", [("20-25 %", 20, P, "%", RG)]),
    ("dash money", "10 - 20 euros", [("10 - 20 euros", 10, M, "EUR", RG)]),
    ("change not range", "le taux est passé de 7 à 8 %", [("7", 7, P, "%", EX), ("8 %", 8, P, "%", EX)]),
    (
        "years not range",
        "de 2019 à 2022",
        [("2019", 2019, Kind.YEAR, None, EX), ("2022", 2022, Kind.YEAR, None, EX)],
    ),
    # --- ordinals -------------------------------------------------------------
    (
        "digit ordinals",
        "1er, 1re, 2e, 2ème, 47e",
        [
            ("1er", 1, Kind.ORDINAL, None, EX),
            ("1re", 1, Kind.ORDINAL, None, EX),
            ("2e", 2, Kind.ORDINAL, None, EX),
            ("2ème", 2, Kind.ORDINAL, None, EX),
            ("47e", 47, Kind.ORDINAL, None, EX),
        ],
    ),
    (
        "roman ordinals",
        "au XXe siècle, la IIe République",
        [("XXe", 20, Kind.ORDINAL, None, EX), ("IIe", 2, Kind.ORDINAL, None, EX)],
    ),
    (
        "word ordinals",
        "deuxième, premier, troisième",
        [
            ("deuxième", 2, Kind.ORDINAL, None, EX),
            ("premier", 1, Kind.ORDINAL, None, EX),
            ("troisième", 3, Kind.ORDINAL, None, EX),
        ],
    ),
    (
        "compound ordinal",
        "le vingt-cinquième anniversaire",
        [("vingt-cinquième", 25, Kind.ORDINAL, None, EX)],
    ),
    ("premier ministre", "le Premier ministre", []),
    ("Le is not roman", "Le Monde et De Gaulle", []),
    # --- codes ------------------------------------------------------------------
    ("article chain", "l'article 225-4-1 du Code pénal", [("225-4-1", "225-4-1", Kind.CODE, None, EX)]),
    ("article", "l'article 313-2", [("313-2", "313-2", Kind.CODE, None, EX)]),
    ("article bis", "l'article 2bis", [("2bis", "2bis", Kind.CODE, None, EX)]),
    ("article number", "selon l'article 12 de la loi", [("12", "12", Kind.CODE, None, EX)]),
    ("covid", "la COVID-19", [("COVID-19", "COVID-19", Kind.CODE, None, EX)]),
    (
        "A4 A1",
        "un format A4 et l'autoroute A1",
        [("A4", "A4", Kind.CODE, None, EX), ("A1", "A1", Kind.CODE, None, EX)],
    ),
    ("route", "la N 41", [("41", "41", Kind.CODE, None, EX)]),
    ("numéro", "le n° 3", [("3", "3", Kind.CODE, None, EX)]),
    (
        "G7 F-16",
        "le G7 et le F-16",
        [("G7", "G7", Kind.CODE, None, EX), ("F-16", "F-16", Kind.CODE, None, EX)],
    ),
    ("phone", "appelez le 01 23 45 67 89", [("01 23 45 67 89", "01 23 45 67 89", Kind.CODE, None, EX)]),
    (
        "emergency",
        "composez le 15 ou le 17",
        [("15", "15", Kind.CODE, None, EX), ("17", "17", Kind.CODE, None, EX)],
    ),
    ("sms", "signalez-le au 33700", [("33700", "33700", Kind.CODE, None, EX)]),
    ("le 15 alone", "Le 15, rien ne se passa.", [("15", 15, C, None, EX)]),
    ("score", "score final 3-1", [("3-1", "3-1", Kind.CODE, None, EX)]),
    (
        "pages",
        "page 12, p. 4, section 3, chapitre 2",
        [
            ("12", "12", Kind.CODE, None, EX),
            ("4", "4", Kind.CODE, None, EX),
            ("3", "3", Kind.CODE, None, EX),
            ("2", "2", Kind.CODE, None, EX),
        ],
    ),
    ("address", "au 12 rue de la Paix", [("12", "12", Kind.CODE, None, EX)]),
    ("5G", "le réseau 5G", [("5G", "5G", Kind.CODE, None, EX)]),
    ("IP", "le serveur 192.168.1.2", [("192.168.1.2", "192.168.1.2", Kind.CODE, None, EX)]),
    ("channel", "France 2 diffuse le match", [("2", "2", Kind.CODE, None, EX)]),
    ("place names", "les Deux-Sèvres, Sept-Îles et le Pont-Neuf", []),
    ("la une", "C'est à la une. La Une de Libé.", []),
    (
        "index level",
        "Le CAC 40 gagne 1,2 %, à 7 345,12 points.",
        [("40", "40", Kind.CODE, None, EX), ("1,2 %", 1.2, P, "%", EX), ("7 345,12", 7345.12, C, None, EX)],
    ),
    ("24h/24", "ouvert 24h/24", [("24h", "24:00", Kind.TIME, None, EX), ("24", "24", Kind.CODE, None, EX)]),
    ("thousands range", "entre 15 et 20 000 personnes", [("15 et 20 000", 15_000, C, None, RG)]),
    # --- times ------------------------------------------------------------------
    (
        "clock",
        "à 14 h 30, 14h30 et à 11 h",
        [
            ("14 h 30", "14:30", Kind.TIME, None, EX),
            ("14h30", "14:30", Kind.TIME, None, EX),
            ("11 h", "11:00", Kind.TIME, None, EX),
        ],
    ),
    ("heures", "à 11 heures", [("11 heures", "11:00", Kind.TIME, None, EX)]),
    # --- years ------------------------------------------------------------------
    ("year with noun", "Il y a 2024 personnes.", [("2024", 2024, C, None, EX)]),
    ("year at start", "En 2024, les prix ont augmenté.", [("2024", 2024, Kind.YEAR, None, EX)]),
    ("depuis", "depuis 2015", [("2015", 2015, Kind.YEAR, None, EX)]),
    ("year alone", "le Mondial 2026", [("2026", 2026, Kind.YEAR, None, EX)]),
    ("count verb", "ils étaient 2000.", [("2000", 2000, C, None, EX)]),
    ("mi-", "à la mi-2023", [("2023", 2023, Kind.YEAR, None, EX)]),
    # --- things that are not figures ----------------------------------------------
    ("url", "voir https://example.org/p?id=30%25 pour 12 %", [("12 %", 12, P, "%", EX)]),
    ("email", "écrire à jean.dupont2024@exemple.fr", []),
    ("empty", "", []),
    ("too long", "7" * (MAX_DIGITS + 1), []),
]


def _check(quantities: list[Quantity], expected: list[Row]) -> None:
    got = [(q.text, q.value, q.kind, q.unit, q.qualifier) for q in quantities]
    assert len(got) == len(expected), got
    for (text, value, kind, unit, qual), (etext, evalue, ekind, eunit, equal) in zip(got, expected, strict=True):
        assert (text, kind, unit, qual) == (etext, ekind, eunit, equal), got
        if isinstance(evalue, (int, float)):
            assert isinstance(value, (int, float)) and math.isclose(value, evalue, rel_tol=1e-6), got
        else:
            assert value == evalue, got


@pytest.mark.parametrize(("snippet", "expected"), [(s, e) for _, s, e in CASES], ids=[c[0] for c in CASES])
def test_snippet(snippet: str, expected: list[Row]) -> None:
    quantities = find_numbers(snippet)
    _check(quantities, expected)
    for q in quantities:
        assert snippet[q.start : q.end] == q.text


def test_global_chain_paragraph() -> None:
    text = (
        "Une vaste opération internationale menée dans 39 pays contre la traite des êtres humains début juin "
        "a permis l'interpellation de 219 personnes et l'identification de 1.374 victimes."
    )
    got = [(q.text, q.value, q.kind) for q in find_numbers(text)]
    assert got == [("39", 39, C), ("219", 219, C), ("1.374", 1374, C)]


def test_integer_values_are_int() -> None:
    (q,) = find_numbers("12 millions d'euros")
    assert q.value == 12_000_000 and isinstance(q.value, int)
    (q,) = find_numbers("12,6 millions d'euros")
    assert q.value == 12_600_000 and isinstance(q.value, int)


def test_words_flag() -> None:
    (q,) = find_numbers("deux cent dix-neuf personnes")
    assert q.words
    (q,) = find_numbers("219 personnes")
    assert not q.words


@pytest.mark.parametrize(
    ("snippet", "cue", "low", "high"),
    [
        ("plus de 200 personnes", "plus de", 200, None),
        ("Près de 1 400 victimes", "Près de", 1330, 1428),
        ("environ 300 personnes", "environ", 270, 330),
        ("moins de 10 %", "moins de", None, 10),
        ("plus d'un tiers", "plus d'", 1 / 3, None),
        ("plus d’un tiers", "plus d’", 1 / 3, None),
        ("à peine 3 %", "à peine", 2.7, 3),
        ("quasiment 90 %", "quasiment", 81, 90),
        ("il a dépassé la barre des 1 000 morts", "la barre des", 1000, None),
    ],
)
def test_cue_offsets_and_bounds(snippet: str, cue: str, low: float | None, high: float | None) -> None:
    (q,) = [q for q in find_numbers(snippet) if q.kind in AMOUNT_KINDS]
    assert q.cue == cue
    assert q.cue_start is not None and snippet[q.cue_start : q.cue_start + len(cue)] == cue
    assert q.cue_start + len(cue) <= q.start
    for got, want in ((q.low, low), (q.high, high)):
        if want is None:
            assert got is None
        else:
            assert got is not None and math.isclose(got, want, rel_tol=1e-9)


def test_approximate_intervals() -> None:
    (q,) = find_numbers("une dizaine de blessés")
    assert (q.value, q.low, q.high) == (10, 8, 14)
    (q,) = find_numbers("des centaines de manifestants")
    assert (q.low, q.high) == (200, 999)


def test_range_bounds_and_cue() -> None:
    text = "de 20 à 25 %"
    (q,) = find_numbers(text)
    assert (q.qualifier, q.low, q.high, q.value) == (RG, 20, 25, 20)
    assert q.cue == "de" and q.cue_start == 0


def test_skip_spans_are_honoured() -> None:
    text = "Le 3 juin 2024, 219 personnes, cinq jours et 47 ans."
    skip = [(3, 14), (31, 41), (45, 51)]
    quantities = find_numbers(text, skip)
    assert [(q.text, q.value) for q in quantities] == [("219", 219)]
    for q in quantities:
        for s, e in skip:
            assert q.end <= s or q.start >= e


def test_skip_span_cuts_a_number() -> None:
    text = "1 374 victimes"
    quantities = find_numbers(text, [(2, 5)])
    assert [(q.text, q.value) for q in quantities] == [("1", 1)]


def test_odd_skip_values_do_not_raise() -> None:
    assert find_numbers("219 personnes", [(-5, 2), (100, 200), (3, 1)]) == []  # (-5, 2) covers "21"
    assert [q.text for q in find_numbers("219 personnes", [])] == ["219"]


def test_sorted_and_disjoint() -> None:
    text = (
        "Entre 3 et 5 millions d'euros, soit plus de 12 % du budget ; une dizaine de blessés, "
        "dont un grave ; l'article 225-4-1 ; 1er tour ; 2,5 tonnes ; de 20 à 25 % ; 1 374 victimes."
    )
    quantities = _extract(text)
    starts = [q.start for q in quantities]
    assert starts == sorted(starts)
    for a, b in zip(quantities, quantities[1:], strict=False):
        assert a.end <= b.start
    assert len(quantities) == 9


def test_pathological_inputs_are_fast() -> None:
    import time

    texts = [
        "x" * 1_000_000,
        "9" * 100_000,
        "1" + " 000" * 100_000,
        "1." * 200_000,
        "a@" * 100_000,
        "-".join(["12"] * 100_000),
    ]
    for text in texts:
        t0 = time.perf_counter()
        find_numbers(text)
        assert time.perf_counter() - t0 < 10, text[:20]


def test_bare_figures_share_the_scale_word_of_their_list():
    from globalchain_cli.extract.numbers import find_numbers

    found = [(q.text, q.kind.value, q.value, q.unit) for q in find_numbers("trois lots : 8, 5 et 2 millions d'euros")]
    assert found[1:] == [
        ("8", "money", 8_000_000, "EUR"),
        ("5", "money", 5_000_000, "EUR"),
        ("2 millions d'euros", "money", 2_000_000, "EUR"),
    ]
    # a figure of a thousand or more is read as it is written
    assert [q.value for q in find_numbers("1 500, 2 000 et 3 millions")] == [1500, 2000, 3_000_000]


def test_un_before_a_noun_with_its_value_or_a_portion_is_an_article():
    from globalchain_cli.extract.numbers import find_numbers

    def texts(s):
        return [q.text for q in find_numbers(s)]

    assert texts("Elle a obtenu 4 210 voix et un taux de participation de 61 %.") == ["4 210", "61 %"]
    assert texts("On compte 8.400 dossiers, dont une partie en appel.") == ["8.400"]
    # a numeral « un » coordinated with a count stays a count, an age is no value of its noun
    assert texts("deux maçons et un couvreur de 52 ans") == ["deux", "un", "52"]


def test_a_singular_determiner_before_a_figure_and_a_noun_makes_a_label():
    from globalchain_cli.extract.numbers import find_numbers

    def kinds(s):
        return [(q.text, q.kind.value) for q in find_numbers(s)]

    assert kinds("Ils visitent un 5 pièces.") == [("5", "code")]
    assert kinds("Les 5 pièces sont vides.") == [("5", "count")]
    assert kinds("Il y a 5 pièces.") == [("5", "count")]


def test_a_rate_per_a_power_of_ten_is_one_fraction():
    from globalchain_cli.extract.numbers import find_numbers

    def read(s):
        return [(q.text, q.kind.value, q.value) for q in find_numbers(s)]

    assert read("L'incidence monte à 318/100 000 habitants.") == [("318/100 000", "fraction", 0.00318)]
    assert read("soit 62/100.000 habitants") == [("62/100.000", "fraction", 0.00062)]
    # other slashes keep their reading: a fraction, a code
    assert read("3/4 des élèves") == [("3/4", "fraction", 0.75)]
    assert read("ouvert 24/7") == [("24/7", "code", "24/7")]
