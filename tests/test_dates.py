"""find_dates: dates, periods, durations, ages, clock times and years in French text.

One table of sentences (written for these tests) with what must be found.
Each case lists every quantity expected in its sentence, named by its span
text; unless a case says ``exact=False``, nothing else may be found.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globalchain_cli.extract.dates import article_year, date_bounds, find_dates
from globalchain_cli.model import Kind, Qualifier, Quantity

DATE, PERIOD, DURATION, AGE = Kind.DATE, Kind.PERIOD, Kind.DURATION, Kind.AGE
TIME, YEAR = Kind.TIME, Kind.YEAR
RANGE, AT_LEAST, AT_MOST, APPROX = (
    Qualifier.RANGE,
    Qualifier.AT_LEAST,
    Qualifier.AT_MOST,
    Qualifier.APPROXIMATE,
)
ANY = object()


def E(span: str, kind: Kind, value: Any = ANY, **attrs: Any) -> dict[str, Any]:
    """What one quantity must look like: its span text, kind, value and any other fields.

    ``parts`` is the tuple of the parts' span texts; ``invalid=True`` means any reason,
    a string means a reason containing it.
    """
    return {"span": span, "kind": kind, "value": value, **attrs}


def case(text: str, *expected: dict[str, Any], exact: bool = True, id: str) -> Any:  # noqa: A002
    return pytest.param(text, expected, exact, id=id)


CASES = [
    # --- day dates --------------------------------------------------------------
    case(
        "La commission s'est réunie le 3 juin 2024 à Namur.",
        E("3 juin 2024", DATE, "2024-06-03", precision="day"),
        id="day-month-year",
    ),
    case(
        "Le texte a été voté 12 novembre 2019, puis promulgué.",
        E("12 novembre 2019", DATE, "2019-11-12"),
        id="day-month-year-no-article",
    ),
    case(
        "La réforme s'appliquera dès le 1er juillet.",
        E("1er juillet", DATE, "--07-01", precision="day-no-year", cue="dès le"),
        id="first-of-month-no-year",
    ),
    case("Le contrat a été signé le 3/6/2024.", E("3/6/2024", DATE, "2024-06-03"), id="slash-date"),
    case("Procès-verbal du 03.06.2024, page 2.", E("03.06.2024", DATE, "2024-06-03"), id="dotted-date"),
    case("Le fichier porte la date 2024-06-03.", E("2024-06-03", DATE, "2024-06-03"), id="iso-date"),
    case(
        "Le colis est parti le 5 juil. et arrivé le 15 fév 2013.",
        E("5 juil.", DATE, "2013-07-05"),
        E("15 fév 2013", DATE, "2013-02-15"),
        id="abbreviated-months",
    ),
    case(
        "Namur, 14 mai 2023 (Belga) – Les inscriptions fermeront le 3 juin.",
        E("14 mai 2023", DATE, "2023-05-14"),
        E("3 juin", DATE, "2023-06-03", precision="day"),
        id="year-from-dateline",
    ),
    case(
        "Namur, 14 mai 2023 (Belga) – En 2021, le chantier avait débuté le 8 mars.",
        E("14 mai 2023", DATE, "2023-05-14"),
        E("2021", YEAR, 2021),
        E("8 mars", DATE, "2023-03-08"),
        id="dateline-year-wins",
    ),
    case(
        "En 2021, le chantier a commencé le 8 mars.",
        E("2021", YEAR, 2021),
        E("8 mars", DATE, "2021-03-08"),
        id="year-from-preceding-mention",
    ),
    case(
        "Le chantier a commencé le 8 mars.",
        E("8 mars", DATE, "--03-08", precision="day-no-year"),
        id="no-year-anywhere",
    ),
    case(
        "Le Premier ministre a démissionné le premier mars 2013.",
        E("premier mars 2013", DATE, "2013-03-01", words=True),
        id="premier-in-words",
    ),
    # --- weekdays ----------------------------------------------------------------
    case(
        "Le vote est prévu dimanche 9 juin 2024 dans toutes les communes.",
        E("dimanche 9 juin 2024", DATE, "2024-06-09", weekday=6, weekday_start=18),
        id="weekday-date",
    ),
    case(
        "Rendez-vous mardi 12 mars pour la suite.",
        E("mardi 12 mars", DATE, "--03-12", weekday=1),
        id="weekday-no-year",
    ),
    case(
        "Le vendredi 15 août 2025, les routes étaient saturées.",
        E("vendredi 15 août 2025", DATE, "2025-08-15", weekday=4, weekday_start=3),
        id="le-weekday-date",
    ),
    case(
        "Lille, 2 octobre 2024 – La réunion du samedi 12 octobre est maintenue.",
        E("2 octobre 2024", DATE),
        E("samedi 12 octobre", DATE, "2024-10-12", weekday=5),
        id="weekday-dateline-year",
    ),
    case(
        "Le marché s'est tenu le lundi 1er juillet.",
        E("lundi 1er juillet", DATE, "--07-01", weekday=0),
        id="weekday-first",
    ),
    # --- impossible dates --------------------------------------------------------
    case(
        "La fête est annoncée pour le 31 juin.",
        E("31 juin", DATE, None, invalid="juin n'a que 30 jours"),
        id="31-june",
    ),
    case(
        "Il serait né le 29 février 2023.",
        E("29 février 2023", DATE, None, invalid="2023 n'est pas bissextile"),
        id="29-feb-2023",
    ),
    case(
        "Elle est née le 29 février 2024.",
        E("29 février 2024", DATE, "2024-02-29", invalid=None),
        id="29-feb-2024",
    ),
    case(
        "Un bug de l'an 2000 ? Le 29 février 2000 a bien existé.",
        E("2000", YEAR, 2000, cue="l'an"),
        E("29 février 2000", DATE, "2000-02-29", invalid=None),
        id="29-feb-2000",
    ),
    case(
        "Le 29 février 1900 n'a jamais existé.",
        E("29 février 1900", DATE, None, invalid="1900"),
        id="29-feb-1900",
    ),
    case("La réunion du 30 février est une farce.", E("30 février", DATE, None, invalid="février"), id="30-feb"),
    case(
        "Rendu prévu le 31 avril 2025.",
        E("31 avril 2025", DATE, None, invalid="d'avril n'a que 30 jours"),
        id="31-april",
    ),
    case("Clôture le 31 novembre.", E("31 novembre", DATE, None, invalid="novembre"), id="31-november"),
    case("Facture datée du 31/06/2024.", E("31/06/2024", DATE, None, invalid="juin"), id="31-june-numeric"),
    # --- months and parts of months ------------------------------------------------
    case(
        "Les prix ont flambé en juin 2024.",
        E("juin 2024", DATE, "2024-06", precision="month", cue="en"),
        id="en-month-year",
    ),
    case(
        "Les élections de mars 2020 ont été perturbées.",
        E("mars 2020", DATE, "2020-03", precision="month"),
        id="month-year",
    ),
    case(
        "Le contrat court jusqu'en septembre 2026.",
        E("septembre 2026", DATE, "2026-09", cue="jusqu'en"),
        id="jusqu-en-month",
    ),
    case(
        "Genève, 10 juillet 2024 (ATS) – Les travaux, lancés début juin, avancent.",
        E("10 juillet 2024", DATE),
        E("début juin", DATE, "2024-06", precision="early", cue="début"),
        id="early-month",
    ),
    case(
        "Berne, 10 juillet 2024 – La décrue est attendue depuis la mi-juin.",
        E("10 juillet 2024", DATE),
        E("mi-juin", DATE, "2024-06", precision="mid"),
        id="la-mi-month",
    ),
    case("Le rapport est attendu mi-juin.", E("mi-juin", DATE, "--06", precision="mid"), id="mid-month-no-year"),
    case("La saison se termine fin juin.", E("fin juin", DATE, "--06", precision="late"), id="late-month"),
    case(
        "Le bilan sera publié fin septembre 2023.",
        E("fin septembre 2023", DATE, "2023-09", precision="late"),
        id="late-month-year",
    ),
    case(
        "L'enquête avait démarré début 2022.",
        E("début 2022", DATE, "2022", precision="early"),
        id="early-year",
    ),
    case("Le site fermera fin 2023.", E("fin 2023", DATE, "2023", precision="late"), id="late-year"),
    case(
        "Les premiers résultats sont attendus à la fin du mois d'août.",
        E("fin du mois d'août", DATE, "--08", precision="late"),
        id="fin-du-mois",
    ),
    case(
        "Montréal, 3 mars 2025 – Le stock était vide en janvier.",
        E("3 mars 2025", DATE),
        E("janvier", DATE, "2025-01", cue="en"),
        id="en-month-dateline",
    ),
    case(
        "Tours, 3 mars 2025 – Comme en juin dernier, le fleuve déborde.",
        E("3 mars 2025", DATE),
        E("juin", DATE, "2024-06", cue="en"),
        id="month-dernier",
    ),
    # --- periods -----------------------------------------------------------------
    case(
        "Le salon se tiendra du 3 au 9 juin 2024 à Lyon.",
        E("du 3 au 9 juin 2024", PERIOD, ("2024-06-03", "2024-06-09"), parts=("3", "9 juin 2024")),
        id="du-au",
    ),
    case(
        "Les contrôles ont eu lieu entre le 3 et le 9 juin 2024.",
        E("entre le 3 et le 9 juin 2024", PERIOD, ("2024-06-03", "2024-06-09"), parts=("3", "9 juin 2024")),
        id="entre-et",
    ),
    case(
        "Entre le 3 et le 9 juin 2024, les contrôles se sont multipliés.",
        E("Entre le 3 et le 9 juin 2024", PERIOD, ("2024-06-03", "2024-06-09")),
        id="entre-capital",
    ),
    case(
        "Caen, 20 juin 2024 – Les débats ont duré du lundi 3 au vendredi 14 juin.",
        E("20 juin 2024", DATE),
        E(
            "du lundi 3 au vendredi 14 juin",
            PERIOD,
            ("2024-06-03", "2024-06-14"),
            parts=("lundi 3", "vendredi 14 juin"),
        ),
        id="du-weekday-au-weekday",
    ),
    case(
        "Nîmes, 1er août 2025 – Le festival a eu lieu du mardi 22 au dimanche 27 juillet.",
        E("1er août 2025", DATE),
        E("du mardi 22 au dimanche 27 juillet", PERIOD, ("2025-07-22", "2025-07-27")),
        id="festival-period",
    ),
    case(
        "La vague de froid a sévi du 21 juin au 1er juillet 2025.",
        E(
            "du 21 juin au 1er juillet 2025",
            PERIOD,
            ("2025-06-21", "2025-07-01"),
            parts=("21 juin", "1er juillet 2025"),
        ),
        id="across-months",
    ),
    case(
        "Fermeture du 24 juin au 3 juillet.",
        E("du 24 juin au 3 juillet", PERIOD, ("--06-24", "--07-03"), precision="day-no-year"),
        id="no-year-period",
    ),
    case(
        "Les écoutes, réalisées entre le 4 septembre 2023 et le 28 février 2024, ont abouti.",
        E("entre le 4 septembre 2023 et le 28 février 2024", PERIOD, ("2023-09-04", "2024-02-28")),
        id="across-years",
    ),
    case(
        "Nice, 3 septembre 2025 – Entre le 1er juillet et le 31 août, la fréquentation a chuté.",
        E("3 septembre 2025", DATE),
        E("Entre le 1er juillet et le 31 août", PERIOD, ("2025-07-01", "2025-08-31")),
        id="summer-period",
    ),
    case(
        "Le plan s'étale de janvier 2026 à juin 2027.",
        E(
            "de janvier 2026 à juin 2027",
            PERIOD,
            ("2026-01-01", "2027-06-30"),
            precision="month",
            parts=("janvier 2026", "juin 2027"),
        ),
        id="month-period",
    ),
    case(
        "Le chantier ira de mars à mai 2025.",
        E("de mars à mai 2025", PERIOD, ("2025-03-01", "2025-05-31"), parts=("mars", "mai 2025")),
        id="month-period-shared-year",
    ),
    case(
        "Le réseau a sévi entre 2020 et 2022 dans la région.",
        E(
            "entre 2020 et 2022",
            PERIOD,
            ("2020-01-01", "2022-12-31"),
            precision="year",
            parts=("2020", "2022"),
        ),
        id="year-period",
    ),
    case(
        "Les soldes courent du 28 décembre au 3 janvier 2025.",
        E("du 28 décembre au 3 janvier 2025", PERIOD, ("2024-12-28", "2025-01-03")),
        id="year-wrap",
    ),
    case(
        "La grève des 20 et 21 décembre 2024 a été suivie.",
        E("20", DATE, "2024-12-20"),
        E("21 décembre 2024", DATE, "2024-12-21"),
        id="day-pair",
    ),
    case(
        "Le rapport couvre la période 2015-2019.",
        E("2015-2019", PERIOD, ("2015-01-01", "2019-12-31")),
        id="hyphen-years",
    ),
    case("Le décret n° 2019-2020 est abrogé.", id="decree-number-not-years"),
    case(
        "Les urnes seront ouvertes le samedi 8 ou le dimanche 9 juin 2024.",
        E("samedi 8", DATE, "2024-06-08", weekday=5),
        E("dimanche 9 juin 2024", DATE, "2024-06-09", weekday=6),
        id="le-or-le",
    ),
    # inverted periods are kept as written: a rule checks them
    case(
        "Entre le 13 et le 9 juin 2024, rien n'a bougé.",
        E("Entre le 13 et le 9 juin 2024", PERIOD, ("2024-06-13", "2024-06-09")),
        id="inverted-entre",
    ),
    case(
        "Ajaccio, 2 août 2025 – Fermeture du 21 au 16 juillet.",
        E("2 août 2025", DATE),
        E("du 21 au 16 juillet", PERIOD, ("2025-07-21", "2025-07-16")),
        id="inverted-du-au",
    ),
    case(
        "Entre le 3 et le 31 juin 2024, la ligne a été coupée.",
        E(
            "Entre le 3 et le 31 juin 2024",
            PERIOD,
            None,
            parts=("3", "31 juin 2024"),
            part_invalid=(None, True),
        ),
        id="period-impossible-end",
    ),
    # --- durations -----------------------------------------------------------------
    case(
        "Les agents ont enquêté pendant une semaine.",
        E("une semaine", DURATION, 1, unit="semaine", cue="pendant", words=True),
        id="pendant-une-semaine",
    ),
    case(
        "Les audiences ont duré deux semaines.",
        E("deux semaines", DURATION, 2, unit="semaine"),
        id="deux-semaines",
    ),
    case(
        "Il faudra cinq jours, puis dix jours de repos.",
        E("cinq jours", DURATION, 5, unit="jour"),
        E("dix jours", DURATION, 10, unit="jour"),
        id="days-in-words",
    ),
    case("La canicule a duré onze jours.", E("onze jours", DURATION, 11, unit="jour"), id="onze-jours"),
    case(
        "Trois mois de travaux, puis dix-huit mois de tests.",
        E("Trois mois", DURATION, 3, unit="mois"),
        E("dix-huit mois", DURATION, 18, unit="mois"),
        id="months",
    ),
    case(
        "L'autoroute restera fermée 48 heures, peut-être 24 heures de plus.",
        E("48 heures", DURATION, 48, unit="heure"),
        E("24 heures", DURATION, 24, unit="heure"),
        id="hours",
    ),
    case("Le chantier a pris un an et demi.", E("un an et demi", DURATION, 1.5, unit="an"), id="an-et-demi"),
    case(
        "Le recours doit être déposé dans un délai de deux ans.",
        E("deux ans", DURATION, 2, unit="an", cue="de"),
        id="deux-ans",
    ),
    case(
        "Il a été retenu six jours, soit une journée de plus que prévu.",
        E("six jours", DURATION, 6, unit="jour"),
        E("une journée", DURATION, 1, unit="jour", cue="soit"),
        id="journee",
    ),
    case(
        "Le magasin fermera quinze jours.",
        E("quinze jours", DURATION, 15, unit="jour", qualifier=APPROX, low=14, high=15),
        id="quinze-jours-idiom",
    ),
    case(
        "Le magasin fermera 15 jours.",
        E("15 jours", DURATION, 15, unit="jour", qualifier=Qualifier.EXACT),
        id="15-jours-digits",
    ),
    case(
        "Il a écopé de six ans d'emprisonnement et de trois ans avec sursis.",
        E("six ans", DURATION, 6, unit="an"),
        E("trois ans", DURATION, 3, unit="an"),
        id="sentences",
    ),
    case("Le procureur a requis huit ans de prison.", E("huit ans", DURATION, 8, unit="an"), id="prison"),
    case(
        "Durant la semaine d'action, un centre de crise a fonctionné.",
        E("la semaine", DURATION, 1, unit="semaine", cue="Durant"),
        id="la-semaine-d-action",
    ),
    case(
        "Les cas reculent depuis une semaine.",
        E("une semaine", DURATION, 1, unit="semaine", cue="depuis"),
        id="depuis-une-semaine",
    ),
    case(
        "Le titre a gagné 4 % en un an.",
        E("un an", DURATION, 1, unit="an", cue="en"),
        exact=True,
        id="en-un-an",
    ),
    case(
        "Plus de quatre années de retard ont été accumulées.",
        E("quatre années", DURATION, 4, unit="an", qualifier=AT_LEAST, low=4),
        id="plus-de-annees",
    ),
    case(
        "Les malades restent hospitalisés au moins une nuit.",
        E("une nuit", DURATION, 1, unit="nuit", qualifier=AT_LEAST),
        id="au-moins-une-nuit",
    ),
    case(
        "La peine encourue va de deux à cinq ans.",
        E("deux à cinq ans", DURATION, None, unit="an", qualifier=RANGE, low=2, high=5),
        id="duration-range",
    ),
    case(
        "Il risque entre 3 et 5 ans de prison.",
        E("3 et 5 ans", DURATION, None, qualifier=RANGE, low=3, high=5, cue="entre"),
        id="entre-3-et-5-ans",
    ),
    case(
        "Le mandat dure vingt et un jours.",
        E("vingt et un jours", DURATION, 21, unit="jour"),
        id="vingt-et-un",
    ),
    case(
        "Une quinzaine de jours de fermeture sont prévus.",
        E("Une quinzaine de jours", DURATION, 15, unit="jour", qualifier=APPROX),
        id="une-quinzaine-de-jours",
    ),
    case(
        "La visite dure une demi-heure, le trajet une heure et demie.",
        E("une demi-heure", DURATION, 0.5, unit="heure"),
        E("une heure et demie", DURATION, 1.5, unit="heure"),
        id="half-hours",
    ),
    case(
        "La panne a duré pendant 1 h 30.",
        E("1 h 30", DURATION, 1.5, unit="heure"),
        id="hours-minutes-duration",
    ),
    case(
        "Sur les neuf premiers mois de l'année, les ventes ont reculé.",
        E("neuf premiers mois", DURATION, 9, unit="mois"),
        id="premiers-mois",
    ),
    case(
        "Le trajet prend 20 minutes et 3 trimestres de formation suivent.",
        E("20 minutes", DURATION, 20, unit="minute"),
        E("3 trimestres", DURATION, 3, unit="trimestre"),
        id="minutes-trimestres",
    ),
    case("Le pont a tenu deux siècles.", E("deux siècles", DURATION, 2, unit="siècle"), id="siecles"),
    case(
        "Le festival dure un week-end, deux week-ends l'an prochain.",
        E("un week-end", DURATION, 1, unit="week-end"),
        E("deux week-ends", DURATION, 2, unit="week-end"),
        id="week-ends",
    ),
    case("Le prêt est accordé pour 3,5 ans.", E("3,5 ans", DURATION, 3.5, unit="an"), id="decimal-years"),
    case(
        "Le navire a passé 1.200 jours en mer.",
        E("1.200 jours", DURATION, 1200, unit="jour"),
        id="dot-thousands",
    ),
    # --- ages ---------------------------------------------------------------------
    case(
        "Les suspects, âgés de 15 à 17 ans, ont été relâchés.",
        E("15 à 17 ans", AGE, None, unit="an", qualifier=RANGE, low=15, high=17),
        id="ages-range",
    ),
    case(
        "Les victimes, âgées de 71 à 88 ans, vivaient seules.",
        E("71 à 88 ans", AGE, None, qualifier=RANGE, low=71, high=88),
        id="ages-range-feminine",
    ),
    case(
        "Un chef d'entreprise de 47 ans a été interpellé.",
        E("47 ans", AGE, 47, unit="an"),
        id="person-de-age",
    ),
    case("Son associée, 39 ans, a été relaxée.", E("39 ans", AGE, 39), id="comma-age-noun"),
    case("Pierre Martin, 58 ans, conduit la liste.", E("58 ans", AGE, 58), id="comma-age-name"),
    case(
        "La mesure vise les enfants de moins de 15 ans.",
        E("15 ans", AGE, 15, qualifier=AT_MOST, high=15),
        id="enfants-moins-de",
    ),
    case(
        "Les personnes de 75 ans et plus sont prioritaires.",
        E("75 ans", AGE, 75, qualifier=AT_LEAST, low=75),
        id="et-plus",
    ),
    case(
        "Les salariés âgés de 57 ans et plus partiront.",
        E("57 ans", AGE, 57, qualifier=AT_LEAST),
        id="ages-et-plus",
    ),
    case(
        "Douze d'entre eux avaient moins de 35 ans.",
        E("35 ans", AGE, 35, qualifier=AT_MOST),
        id="avaient-moins-de",
    ),
    case("Un motard de 19 ans a été flashé.", E("19 ans", AGE, 19), id="motard"),
    case(
        "Les clients lésés avaient en moyenne 67 ans ; le doyen avait 93 ans.",
        E("67 ans", AGE, 67, qualifier=Qualifier.EXACT),
        E("93 ans", AGE, 93),
        id="avait-age",
    ),
    case("L'âge moyen des candidats est de 68 ans.", E("68 ans", AGE, 68), id="age-noun"),
    case("Les moins de 25 ans voteront moins.", E("25 ans", AGE, 25, qualifier=AT_MOST), id="les-moins-de"),
    case("Un contrat de deux ans lui a été proposé.", E("deux ans", DURATION, 2), id="contract-not-age"),
    case("Un policier de 20 ans d'expérience témoigne.", E("20 ans", DURATION, 20), id="experience-not-age"),
    case("Il y a dix ans, le site a ouvert.", E("dix ans", DURATION, 10, cue="Il y a"), id="il-y-a"),
    case("À Lyon, 10 ans après, rien n'a changé.", E("10 ans", DURATION, 10), id="comma-not-age"),
    case(
        "Les 18-25 ans votent peu.",
        E("18-25 ans", AGE, None, qualifier=RANGE, low=18, high=25),
        id="les-18-25",
    ),
    case("Elle a fêté ses 100 ans.", E("100 ans", AGE, 100), id="ses-100-ans"),
    case("Elle a 30 ans, lui en a 32.", E("30 ans", AGE, 30), id="elle-a"),
    case(
        "Un nourrisson de 6 mois et une peine de 18 mois.",
        E("6 mois", AGE, 6, unit="mois"),
        E("18 mois", DURATION, 18, unit="mois"),
        id="infant-age-in-months",
    ),
    case("Elle a 30 ans d'expérience.", E("30 ans", DURATION, 30), id="experience-after-have"),
    # --- clock times -----------------------------------------------------------------
    case("L'assaut a été lancé à 14 h 30.", E("14 h 30", TIME, "14:30", cue="à"), id="time-spaced"),
    case(
        "Ouverture à 14h30, clôture à 5 h 30.",
        E("14h30", TIME, "14:30"),
        E("5 h 30", TIME, "05:30"),
        id="time-compact",
    ),
    case("La réunion commence à 11 h.", E("11 h", TIME, "11:00"), id="time-hour"),
    case(
        "Les derniers bus partent vers 3 h du matin.",
        E("3 h du matin", TIME, "03:00", cue="vers"),
        id="time-du-matin",
    ),
    case("Le concert finit à 10 h du soir.", E("10 h du soir", TIME, "22:00"), id="time-du-soir"),
    case("Le magasin a fermé peu avant 19 h.", E("19 h", TIME, "19:00"), id="peu-avant"),
    case(
        "Le couvre-feu s'applique entre 22 h et 6 h.",
        E("22 h", TIME, "22:00"),
        E("6 h", TIME, "06:00"),
        id="time-range",
    ),
    case(
        "Les guichets ouvrent de 8 h à 18 h.",
        E("8 h", TIME, "08:00"),
        E("18 h", TIME, "18:00"),
        id="time-de-a",
    ),
    case("La cérémonie aura lieu à midi.", E("midi", TIME, "12:00"), id="midi"),
    case("Les pharmacies de garde ferment à minuit.", E("minuit", TIME, "00:00"), id="minuit"),
    case("Le Pic du Midi est enneigé.", id="midi-place"),
    case("Le trajet prend 2 h en voiture.", E("2 h", DURATION, 2, unit="heure"), id="prend-2-h"),
    case("Les secours sont arrivés mercredi 17 h.", E("17 h", TIME, "17:00"), id="weekday-then-hour"),
    case(
        "Il a conduit pendant 36 heures sans dormir.",
        E("36 heures", DURATION, 36, cue="pendant"),
        id="hours-duration",
    ),
    case("La ligne sera rétablie en 24 h.", E("24 h", DURATION, 24, cue="en"), id="en-24-h"),
    case(
        "Dès le 1er janvier 2025 à 0 h, la règle change.",
        E("1er janvier 2025", DATE, "2025-01-01"),
        E("0 h", TIME, "00:00"),
        id="year-then-hour",
    ),
    case(
        "La permanence va de 9 heures à midi.",
        E("9 heures", TIME, "09:00"),
        E("midi", TIME, "12:00"),
        id="heures-a-midi",
    ),
    # --- years -------------------------------------------------------------------
    case("En 2023, les ventes ont doublé.", E("2023", YEAR, 2023, cue="En"), id="en-year"),
    case("Élue pour la première fois en 2014, elle se représente.", E("2014", YEAR, 2014), id="en-2014"),
    case(
        "Le résultat net pour l'exercice 2024 est stable.",
        E("2024", YEAR, 2024, cue="l'exercice"),
        id="exercice",
    ),
    case(
        "Le dividende versé au titre de 2023 était plus faible.",
        E("2023", YEAR, 2023, cue="au titre de"),
        id="au-titre-de",
    ),
    case("Le rapport de 2020 le disait déjà.", E("2020", YEAR, 2020, cue="de"), id="de-year"),
    case("Le parc est fermé depuis 2019.", E("2019", YEAR, 2019, cue="depuis"), id="depuis-year"),
    case("Le bug de l'an 2000 a fait long feu.", E("2000", YEAR, 2000), id="l-an-2000"),
    case("La digue sera finie à l'été 2026.", E("2026", YEAR, 2026, cue="l'été"), id="season-year"),
    case("Les ventes du troisième trimestre 2024 ont reculé.", E("2024", YEAR, 2024), id="quarter-year"),
    # --- traps -------------------------------------------------------------------
    case("L'épidémie de COVID-19 a tout bouleversé.", id="covid"),
    case("Sur 3 218 dossiers, 2 904 se sont révélés frauduleux.", id="thousands-not-year"),
    case("Au total, 2024 victimes ont été recensées.", id="count-not-year"),
    case("Plus de 2000 personnes ont manifesté.", id="plus-de-2000"),
    case("Entre 1900 et 2000 manifestants ont défilé.", id="year-looking-range-of-people"),
    case("De 2000 à 3000 personnes sont attendues.", id="de-2000-a-3000"),
    case("Puni par l'article 313-2 du Code pénal.", id="article"),
    case("Le but est tombé à la 87e minute, score final 3-1.", id="ordinal-minute"),
    case("La planète Mars brille ce soir.", id="mars-planet"),
    case("Appelez le 15 ou le 17 en cas d'urgence.", id="phone-numbers"),
    case("Ils ont joué en seconde période pendant des mois.", id="no-number"),
    case("Sur 1.374 policiers, 12,5 % étaient des femmes.", id="counts-and-percent"),
    case("Il a remporté la 34e journée du championnat.", id="ordinal-journee"),
]


def _find(found: list[Quantity], span: str, kind: Kind) -> Quantity:
    matches = [q for q in found if q.text == span and q.kind is kind]
    assert matches, f"no {kind.value} {span!r} in {[(q.kind.value, q.text) for q in found]}"
    return matches[0]


def _check_attrs(q: Quantity, want: dict[str, Any]) -> None:
    if want["value"] is not ANY:
        assert q.value == want["value"], (q.text, q.value)
    for key, expected in want.items():
        if key in {"span", "kind", "value"}:
            continue
        if key == "parts":
            assert tuple(p.text for p in q.parts) == expected
        elif key == "part_invalid":
            for part, inv in zip(q.parts, expected, strict=True):
                assert (part.invalid is not None) if inv is True else part.invalid == inv
        elif key == "invalid" and isinstance(expected, str):
            assert q.invalid is not None and expected in q.invalid, q.invalid
        else:
            assert getattr(q, key) == expected, (q.text, key, getattr(q, key), expected)


def _check_invariants(text: str, found: list[Quantity]) -> None:
    last_end = 0
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end, "quantities overlap or are unsorted"
        last_end = q.end
        for p in q.parts:
            assert text[p.start : p.end] == p.text
            assert q.start <= p.start and p.end <= q.end
        if q.weekday_start is not None:
            assert q.start <= q.weekday_start < q.end
        if q.cue_start is not None and q.cue:
            assert text[q.cue_start : q.cue_start + len(q.cue)] == q.cue


@pytest.mark.parametrize(("text", "expected", "exact"), CASES)
def test_table(text: str, expected: tuple[dict[str, Any], ...], exact: bool) -> None:
    found = find_dates(text)
    _check_invariants(text, found)
    for want in expected:
        _check_attrs(_find(found, want["span"], want["kind"]), want)
    if exact:
        assert sorted((q.kind.value, q.text) for q in found) == sorted((w["kind"].value, w["span"]) for w in expected)


def test_weekday_span_starts_at_weekday() -> None:
    text = "Le jury rendra sa décision lundi 3 juin 2024."
    (q,) = find_dates(text)
    assert q.start == q.weekday_start == text.index("lundi")
    assert q.weekday == 0 and q.text == "lundi 3 juin 2024"


def test_period_parts_have_own_offsets() -> None:
    text = "Les épreuves se sont déroulées du lundi 16 au jeudi 19 juin 2025."
    (period,) = find_dates(text)
    start, end = period.parts
    assert (start.text, start.weekday, start.value) == ("lundi 16", 0, "2025-06-16")
    assert (end.text, end.weekday, end.value) == ("jeudi 19 juin 2025", 3, "2025-06-19")
    assert start.start == text.index("lundi") and end.start == text.index("jeudi")


def test_typographic_apostrophes_and_spaces() -> None:
    text = "Lors des crues d’août 2005, l’eau est montée pendant\u00a036\u202fheures à 14\u00a0h\u00a030."
    found = {q.text: q for q in find_dates(text)}
    assert found["août 2005"].value == "2005-08" and found["août 2005"].cue == "d’"
    assert found["36\u202fheures"].value == 36
    assert found["14\u00a0h\u00a030"].value == "14:30"


def test_article_year() -> None:
    assert article_year("Paris, 27 février 2025 (AFP) – En 2023, le 3 juin…") == 2025
    assert article_year("En 2023, rien. Le 4 mai 2021, tout.") == 2021
    assert article_year("Le 3 juin, rien.") is None
    assert article_year("") is None


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("début juin 2024", ("2024-06-01", "2024-06-10")),
        ("mi-juin 2024", ("2024-06-11", "2024-06-20")),
        ("fin juin 2024", ("2024-06-21", "2024-06-30")),
        ("fin février 2024", ("2024-02-21", "2024-02-29")),
        ("début 2022", ("2022-01-01", "2022-04-30")),
        ("fin 2022", ("2022-09-01", "2022-12-31")),
        ("en juin 2024", ("2024-06-01", "2024-06-30")),
        ("le 3 juin 2024", ("2024-06-03", "2024-06-03")),
        ("du 3 au 9 juin 2024", ("2024-06-03", "2024-06-09")),
        ("en 2023", ("2023-01-01", "2023-12-31")),
        ("le 3 juin", None),
        ("le 31 juin 2024", None),
    ],
)
def test_date_bounds(text: str, bounds: tuple[str, str] | None) -> None:
    (q,) = find_dates(text)
    expected = None if bounds is None else tuple(dt.date.fromisoformat(b) for b in bounds)
    assert date_bounds(q) == expected


@pytest.mark.parametrize("text", ["", " ", "\n\n", "’", "1er", "le", "du au", "entre et", "h", "0 h", "99 h 99"])
def test_odd_inputs_do_not_raise(text: str) -> None:
    _check_invariants(text, find_dates(text))


def test_non_string_input() -> None:
    assert find_dates(None) == []  # type: ignore[arg-type]


SOUP = (
    "le|du|au|entre|et|de|à|en|depuis|pendant|lundi|juin|février|1er|3|31|29|2024|2 904|h|30|ans|âgés|"
    "mi-|fin|début|une|semaine|deux|dix-huit|mois|heures|et demi|,|.|’|\u00a0|\n|premier|vers|midi|"
    "plus de|moins de|avait|Pierre|COVID-19|3/6/2024|03.06.2024|d'|quinzaine"
)
WORDS = st.sampled_from(SOUP.split("|"))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_random_word_soup_keeps_invariants(text: str) -> None:
    _check_invariants(text, find_dates(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_text_keeps_invariants(text: str) -> None:
    _check_invariants(text, find_dates(text))


@pytest.mark.parametrize(
    "unit",
    [
        "Paris, 27 février 2025 (AFP) – du lundi 3 au vendredi 14 juin, pendant deux semaines, âgés de 15 à 17 ans. ",
        "vingt et un ",
        "3 h ",
        " ",
        "1",
        "du 3 ",
        "entre le 3 et le ",
    ],
    ids=["article", "number-words", "hours", "spaces", "digits", "du", "entre"],
)
def test_linear_time(unit: str) -> None:
    """Doubling a long line about doubles the time (no catastrophic backtracking)."""

    def timed(n: int) -> float:
        text = unit * (n // len(unit))
        t0 = time.perf_counter()
        find_dates(text)
        return time.perf_counter() - t0

    small, large = timed(25_000), timed(100_000)
    assert large < max(0.5, 12 * small), (small, large)


@pytest.mark.slow
def test_one_megabyte_line() -> None:
    """A 1 MB line of article text is read in reasonable time (run with ``-m slow``)."""
    unit = (
        "Paris, 27 février 2025 (AFP) – Du lundi 3 au vendredi 14 juin, pendant deux semaines, "
        "les suspects âgés de 15 à 17 ans, vers 14 h 30, en 2023, début juin. "
    )
    text = unit * (1_000_000 // len(unit))
    t0 = time.perf_counter()
    found = find_dates(text)
    assert time.perf_counter() - t0 < 60
    _check_invariants(text, found)


def test_the_papers_20_minutes_and_24_heures_are_names():
    from globalchain_cli.extract.dates import find_dates

    def kinds(s):
        return [(q.text, q.kind.value) for q in find_dates(s)]

    assert kinds("Selon 24 heures, il pleut.") == [("24 heures", "code")]
    assert kinds("Il est resté 24 heures, a révélé 20 Minutes.") == [("24 heures", "duration"), ("20 Minutes", "code")]
