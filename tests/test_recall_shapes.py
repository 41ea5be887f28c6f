"""Shapes of relations that editors write and that gcheck now reads, each with the clean
sentence (confirmed) and the slip (accused). The sentences are invented; the shapes come
from the misses of a set of annotated articles written blind to the code."""

from __future__ import annotations

import pytest

from .verdicts import verdicts

CASES = [
    # a whole taken up by « Ce total », then split among its parts
    (
        "SUM01",
        "Le salon a accueilli 86.400 visiteurs en 2025. Ce total se partage entre 61.250 entrées payantes et "
        "{} entrées gratuites.",
        "25.150",
        "25.510",
    ),
    # « Ces déclarations concernent … »: some of the whole's parts, at most the whole
    (
        "SUM01",
        "Les assureurs ont reçu 9 240 déclarations de sinistre. Ces déclarations concernent 7 120 maisons, "
        "1 480 voitures et {} hangars.",
        "640",
        "940",
    ),
    # « se décomposent en »: a split verb besides « se répartit »
    (
        "SUM01",
        "Les 214 tonnes se décomposent en 131 tonnes de céréales, 52 tonnes de conserves et {} tonnes de lait.",
        "31",
        "41",
    ),
    # names with their figure and noun in brackets, one name of four words
    (
        "SUM01",
        "Le centre dispose de 140 lits répartis en trois unités : chirurgie générale (71 lits), soins de "
        "longue durée ({}) et pédiatrie (19).",
        "50",
        "60",
    ),
    # the last part after « ou encore »
    (
        "SUM01",
        "Ce matin, 6.400 foyers étaient privés de courant : 2.900 dans l'Aisne, 1.700 dans l'Oise, 1.100 dans "
        "la Somme ou encore {} dans le Nord.",
        "700",
        "900",
    ),
    # a share of « la population », whose figure counts its inhabitants
    (
        "PCT01",
        "Le bourg compte 6 420 habitants, selon le recensement. Les moins de 20 ans sont 1 605, soit {} de la "
        "population.",
        "25 %",
        "29 %",
    ),
    # a share of « la fréquentation », whose figure counts its visitors
    (
        "PCT01",
        "Le château a reçu 52 000 visiteurs cette année. L'exposition d'été en a attiré 20 800 à elle seule, "
        "soit {} de la fréquentation.",
        "40 %",
        "46 %",
    ),
    # near-synonyms: « navires » … « les bateaux », « supermarchés » … « magasins »
    ("SAM01", "La campagne a mobilisé 63 navires. En trois mois, les {} bateaux ont débarqué 900 tonnes.", "63", "36"),
    (
        "SAM01",
        "La collecte a eu lieu dans 84 supermarchés. Sur les {} magasins participants, dix étaient nouveaux.",
        "84",
        "48",
    ),
    # a definite noun taken up with a verb that splits it
    (
        "SUM01",
        "Il manque 940 postes dans les crèches. Les postes vacants se répartissent en 410 postes de puériculture, "
        "{} postes d'auxiliaire et 130 contrats de remplacement.",
        "400",
        "440",
    ),
    # a team's record and the games it adds up to
    (
        "SUM01",
        "La saison s'achève sur une fiche de 41 victoires, {} défaites et 7 revers en prolongation en 82 matchs.",
        "34",
        "43",
    ),
    ("SUM01", "Après 20 matches, le club compte 13 victoires, {} nuls et 3 défaites.", "4", "5"),
    # a rate of filling with « pour une capacité de »
    (
        "PCT01",
        "Le concert a réuni 17 640 spectateurs, pour une capacité de 19 600 places, soit un taux de remplissage de {}.",
        "90 %",
        "80 %",
    ),
    # a pass rate is computed on those who sat, not on the registered
    (
        "PCT01",
        "Sur les 5 200 candidats inscrits, 5 000 se sont présentés et 4 350 ont été admis, soit un taux de "
        "réussite de {}.",
        "87 %",
        "83,7 %",
    ),
    # « Dans le détail, … »: the split of the whole just told
    (
        "SUM01",
        "Le tribunal a ouvert 2 140 procédures l'an dernier. Dans le détail, il a prononcé 1 530 liquidations, "
        "{} redressements et 98 procédures de sauvegarde.",
        "512",
        "521",
    ),
    # parts after « sur les N » with their verb gapped: at most the whole
    (
        "SUM01",
        "Jeudi, sur les 48 trains prévus, 21 ont circulé normalement, {} avec du retard et 12 pas du tout.",
        "15",
        "17",
    ),
    # animals under a generic word
    (
        "SUM01",
        "Le concours présentait 930 animaux : 402 bovins, {} ovins et 219 caprins, soit 930 bêtes au total.",
        "309",
        "390",
    ),
    # a split among names with their figures in brackets
    (
        "SUM01",
        "Les onze autres sièges se partagent entre Avenir commun (6), Les Verts ({}) et Renouveau (2).",
        "3",
        "4",
    ),
    # « N parmi ses M », people among people
    ("SUB01", "Le nouveau conseil comptera {} femmes parmi ses 31 membres.", "14", "34"),
    # a verb in « -aient » the tagger takes for the counted noun
    (
        "SUB01",
        "Sur les 940 contrats examinés, 188 ont été signés sans appel d'offres. Parmi ces 188 contrats, {} "
        "dépassaient le seuil légal.",
        "41",
        "214",
    ),
    # a count of events and the dates it lists
    ("CNT01", "Le port a été fermé par {} tempêtes, les 4 novembre, 19 décembre et 2 février.", "trois", "quatre"),
    # items opened by an indefinite article
    (
        "CNT01",
        "L'école ouvre {} formations : un brevet de technicien, une licence en gestion et un master en droit.",
        "trois",
        "quatre",
    ),
    # an item whose name holds a number (« la caserne no 3 »)
    (
        "CNT01",
        "Les bouteilles sont distribuées en {} lieux : le gymnase Jean-Moulin, la caserne no 3 et la mairie.",
        "trois",
        "quatre",
    ),
    # ballots counted among voters (« voix sur … votants »), then the share
    (
        "PCT01",
        "La grève a été votée le 12 mars par 1 746 voix sur 2 018 votants, soit {} %.",
        "87",
        "78",
    ),
    # a named rate told before its figures, « avec A admis sur B présents »
    (
        "PCT01",
        "Dans la filière générale, le taux de réussite atteint {} %, avec 5 214 admis sur 5 602 présents.",
        "93,1",
        "91,3",
    ),
    # « Parmi les N finissants, on compte M femmes, soit P % »: people among people
    (
        "PCT01",
        "Parmi les 2 460 finissants, on compte 984 femmes, soit {} %, une proportion record.",
        "40",
        "45",
    ),
    # an excess over capacity: the change from the places to the prisoners
    (
        "CHG01",
        "La prison compte 1 218 détenus pour 840 places, soit une surpopulation de {} %.",
        "45",
        "54",
    ),
    # the capacity told first, « Conçu pour N places »
    (
        "CHG01",
        "Conçu pour 420 places, le centre accueille aujourd'hui 567 détenus, soit un taux de surpopulation de {} %.",
        "35",
        "53",
    ),
    # « des partants »: the figure whose verb is the role's, with the part's own noun
    (
        "PCT01",
        "Soixante-quatre voiliers avaient pris le départ jeudi. Seize voiliers ont abandonné, soit {} % des partants.",
        "25",
        "35",
    ),
    # « des circulations »: the figure whose verb the action noun names, not the one scheduled
    (
        "PCT01",
        "Sur les 52 400 trains programmés en 2025, 50 120 ont circulé. Au total, 46 110 trains sont arrivés à "
        "l'heure, soit {} % des circulations.",
        "92",
        "88",
    ),
    # « des nouveaux »: the whole named by the adjective that qualified it
    (
        "PCT01",
        "Les 1 850 nouveaux inscrits se répartissent entre le droit (1 020) et l'économie (830). Les femmes y sont "
        "majoritaires, avec 1 110 inscrites, soit {} % des nouveaux.",
        "60",
        "66",
    ),
    # « Parmi les donneurs »: the figure whose verb is « donner », not everyone who came
    (
        "PCT01",
        "Au total, 1 640 personnes se sont présentées : 1 420 ont pu donner, tandis que 220 ont été ajournées. "
        "Parmi les donneurs, 497 venaient pour la première fois, soit {} %.",
        "35",
        "30",
    ),
    # « une avance de »: a difference between the two tallies
    (
        "DIF01",
        "Le maire a été réélu avec 12 480 voix, contre 9 930 pour son rival, soit une avance de {} voix.",
        "2 550",
        "2 505",
    ),
    # gapped parts told of the places a count names: the parts are of the other figure
    (
        "SUM01",
        "Au total, 860 habitants ont été évacués dans trois municipalités. Saint-Léon en compte 410, Val-Brûlé "
        "{} et Rivière-Noire 130.",
        "320",
        "330",
    ),
    # a gap told in the next sentence, of the two figures compared with « contre »
    (
        "DIF01",
        "Les accidents ont fait 142 morts en 2025, contre 158 l'année précédente. C'est {} décès de moins.",
        "16",
        "26",
    ),
    # the same after an average told as an aside of the first figure
    (
        "DIF01",
        "Le service a accueilli 4 960 patients en mars, soit en moyenne 160 par jour, contre 4 410 un an plus tôt. "
        "Cela représente {} passages de plus.",
        "550",
        "650",
    ),
    # a change in percentage points, with the rate of the year before in brackets
    (
        "DIF01",
        "Le taux de réussite atteint 91,2 %, en hausse de {} point par rapport à l'an dernier (90,5 %).",
        "0,7",
        "1,7",
    ),
    # a change in points after a rate and the rate of another year
    (
        "DIF01",
        "La participation s'établit à 47,6 %, contre 44,1 % en 2020, une hausse de {} points.",
        "3,5",
        "5,3",
    ),
    # a deficit after two amounts joined by « et les dépenses à »
    (
        "DIF01",
        "Les recettes sont estimées à 412,6 millions d'euros et les dépenses à 419,1 millions, soit un déficit de {} "
        "millions.",
        "6,5",
        "5,6",
    ),
    # what is left of a whole once a part of it is told (« d'entre eux … ce qui laisse »)
    (
        "SUM01",
        "Au total, 1 260 habitants avaient été évacués. Mercredi, 940 d'entre eux ont pu rentrer chez eux, ce qui "
        "laisse {} personnes hébergées.",
        "320",
        "230",
    ),
    # the same when the part is told as a share of the whole
    (
        "SUM01",
        "Les urgences ont reçu 5 410 patients en mars. En tout, 1 730 patients ont été hospitalisés, soit 32 % du "
        "total, ce qui laisse {} personnes rentrées chez elles.",
        "3 680",
        "3 860",
    ),
    # two parts naming the two classes of a pair (filles, garçons) are all of the whole
    (
        "SUM01",
        "Sur les 6 420 élèves du canton, 2 315 ont été vaccinés, dont 1 148 filles et {} garçons.",
        "1 167",
        "1 176",
    ),
    # « Parmi les NOUN de …, on dénombre A femmes et B hommes »: the group counted before
    (
        "SUM01",
        "Le bassin comptait 24 610 demandeurs d'emploi de catégorie A. Parmi les demandeurs de catégorie A, on "
        "dénombre 11 930 femmes et {} hommes.",
        "12 680",
        "12 860",
    ),
    # the exact figure a bound gives in brackets right after it
    (
        "BND01",
        "Le vote par anticipation avait attiré plus de {} électeurs (4 236), un record.",
        "4 200",
        "4 300",
    ),
    # a relative change told right after the gap of a figure and the one of another year
    (
        "CHG01",
        "Les routes ont fait 142 morts en 2025, contre 158 l'année précédente. C'est 16 décès de moins, soit un "
        "recul de {} %.",
        "10",
        "16",
    ),
    # the same by its sign in brackets
    (
        "CHG01",
        "Les blessés graves sont 2.310, contre 2.460 en 2024, soit 150 de moins ({} %).",
        "-6",
        "-9",
    ),
    # a change in the present tense, then « : A, contre B »
    (
        "CHG01",
        "Le budget d'investissement progresse de {} % : 52,8 millions, contre 48 millions en 2024.",
        "10",
        "19",
    ),
    # values told to lie between two ends told before (« se situent entre les deux »)
    (
        "RNG01",
        "Le taux de mortalité va de 3,2 pour 100 000 habitants à Genève à 8,9 dans le Jura. Vaud (4,8), Fribourg "
        "({}) et le Valais (6,1) se situent entre ces deux extrêmes.",
        "5,7",
        "9,7",
    ),
    # a rate per day over a period given by its two dates, both ends counted
    (
        "AVG02",
        "Grenoble, 2 septembre 2025 – Entre le 1er juillet et le 31 août, les secours ont mené 310 interventions en "
        "montagne, soit en moyenne {} par jour.",
        "5",
        "7",
    ),
    # the shares of one whole told of the two classes of a pair make 100 %
    (
        "PCT02",
        "Les femmes représentent 46 % des demandeurs d'emploi du canton, les hommes {} %.",
        "54",
        "56",
    ),
    # names with their figures in brackets after « entre »: the whole split among them
    (
        "SUM01",
        "Au matin, 8 460 hectares avaient brûlé entre Saint-Aubin ({}), Valcourt (2 300) et Les Essarts (60).",
        "6 100",
        "6 010",
    ),
    # a gap named by its noun in the next sentence: the lead over the runner-up
    (
        "DIF01",
        "Le maire a obtenu 2 410 voix, contre 1 980 pour son rival. Sa majorité s'établit donc à {} voix.",
        "430",
        "340",
    ),
    # an addition: « en y ajoutant » a figure to the one told before, the clause reaching the sum
    (
        "SUM01",
        "Le chantier occupait 630 ouvriers au printemps, dont 85 intérimaires. En y ajoutant les 140 compagnons "
        "venus d'Espagne, les effectifs atteignent {} personnes.",
        "770",
        "790",
    ),
    # overnight stays are a count, not a duration: their difference with another year's
    (
        "DIF01",
        "De juin à août, les gîtes ont enregistré 418 200 nuitées, contre 396 500 un an plus tôt, soit {} de plus.",
        "21 700",
        "27 100",
    ),
    # a rate told from one value to the other, then its change in points
    (
        "DIF01",
        "Le taux de remplissage des bus passe de 61,4 % à 66,2 %, un gain de {} points.",
        "4,8",
        "5,8",
    ),
    # « soit N points de plus » after two rates compared, with no word of change
    (
        "DIF01",
        "Le taux de réussite atteint 88 %, contre 81 % un an plus tôt, soit {} points de plus.",
        "7",
        "9",
    ),
    # a lead over a rival, the leader's figure in the sentence before
    (
        "DIF01",
        "Après 20 journées, Lorient totalise 43 points. Les Merlus comptent {} points d'avance sur Rodez, deuxième "
        "avec 37 points.",
        "6",
        "8",
    ),
    # a rate per day over a period told after the amount
    (
        "AVG02",
        "Le service a annulé 96 vols du lundi 2 au samedi 7 mars 2026, soit {} par jour en moyenne.",
        "16",
        "19",
    ),
    # a gapped part after a semicolon
    (
        "SUM01",
        "Au total, 9 640 élèves font leur rentrée. Les écoles en accueillent 5 210 ; les collèges, {}.",
        "4 430",
        "4 630",
    ),
    # a relative change after the gap, joined by « et »
    (
        "CHG01",
        "On a compté 68 noyades cet été, contre 80 l'été dernier, soit 12 de moins et une baisse de {} %.",
        "15",
        "18",
    ),
    # a level, its relative change, then the gap in brackets
    (
        "DIF01",
        "La semaine dernière, 2 640 cas ont été confirmés, en hausse de {} % (soit 240 de plus).",
        "10",
        "12",
    ),
    # a change told after a figure of another time, with a comma and no « soit »
    (
        "CHG01",
        "La commune investit 52 millions, contre 40 millions en 2025, en hausse de {} %.",
        "30",
        "25",
    ),
    # a rate named after its figure: « soit 89 % de remplissage »
    (
        "PCT01",
        "Le club a joué devant 8 410 spectateurs, pour une capacité de 9 500 places, soit {} % de remplissage.",
        "89",
        "79",
    ),
    # « N X sur M Y, soit P % »: a ratio of two things
    (
        "PCT01",
        "La gardienne a repoussé 12 tirs sur 30, soit {} % d'arrêts.",
        "40",
        "50",
    ),
    # an absolute change told from one figure to the other: « soit une hausse de »
    (
        "DIF01",
        "La dette de la commune passera de 41,6 millions à 44,1 millions, soit une hausse de {} millions.",
        "2,5",
        "5,2",
    ),
    # the same, with « de plus » and the scale word written once
    (
        "DIF01",
        "La dotation de la zone de secours passe de 12,4 à 13,1 millions, soit {} million de plus.",
        "0,7",
        "0,9",
    ),
    # days of a period are counted with both ends, as the press does
    (
        "DAT04",
        "Pendant {} jours, du jeudi 12 au dimanche 22 juin 2025, le salon a accueilli 41 300 visiteurs.",
        "onze",
        "dix",
    ),
    # two moments told « à » a clock time, then the time elapsed
    (
        "DAT07",
        "Le conseil, ouvert à 18 h 45, a levé la séance à 23 h 10, soit {} de débats.",
        "4 h 25",
        "3 h 25",
    ),
    # the time elapsed since a moment of the sentence before, in hours and minutes
    (
        "DAT07",
        "Les bureaux de vote ont fermé à 19 h. Le résultat n'a été connu qu'à 22 h 50, soit {} plus tard.",
        "trois heures et cinquante minutes",
        "deux heures et cinquante minutes",
    ),
    # an addition of money, the base in the same sentence before the cue
    (
        "SUM01",
        "La région apporte 4,6 millions d'euros, et si l'on y ajoute les 1,9 million d'euros de l'État, l'enveloppe "
        "se monte à {} millions d'euros.",
        "6,5",
        "6,9",
    ),
]


@pytest.mark.parametrize(("rule", "text", "clean", "slip"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_a_shape_is_confirmed_clean_and_accused_slipped(check, rule, text, clean, slip):
    assert "consistent" in verdicts(check(text.format(clean)), rule)
    assert "inconsistent" in verdicts(check(text.format(slip)), rule)


@pytest.mark.parametrize(
    "text",
    [
        # « ces déclarations » with no earlier figure of declarations: no whole to take up
        "Les assureurs ont reçu des milliers d'appels. Ces déclarations concernent 7 120 maisons et 1 480 voitures.",
        # parts after « sur les N » with verbs of their own may overlap
        "Sur les 48 agents, 30 sont des femmes et 25 ont plus de 50 ans.",
        # « la population » with two figures of inhabitants, of two places
        "Le bourg compte 6 420 habitants et la vallée 21 300 habitants. Les jeunes sont 1 605, soit 29 % de la "
        "population.",
        # « y » may point at several figures told before: nothing says which ones
        "La caserne compte 410 pompiers et 95 gendarmes. En y ajoutant les 60 militaires, l'effectif atteint 600 "
        "personnes.",
        # « passe de … à »: the figures of a change, not an addition
        "Le club compte 520 licenciés. En y ajoutant les 45 dirigeants, l'effectif passe de 520 à 540 personnes.",
        # « soit » after the inclusion: what is included, not the whole
        "Le loyer moyen est de 640 euros. En y ajoutant les charges, soit 75 euros, on dépasse les 700 euros.",
        # « contre » another place's figure, then a change: the change is the first figure's own
        "Lyon compte 1 200 agents, contre 900 à Grenoble, en hausse de 9 %.",
        # a lead whose leader's figure is in doubt: two figures of points told before
        "Lyon compte 34 points et Lens 31 points. Le leader a 7 points d'avance sur Nice, troisième avec 29 points.",
        # two moments of two days: the hours run over a day, which the clock alone cannot tell
        "Parti le mardi 5 août à 13 h 40, le feu a été fixé le jeudi 7 août à 19 h 40, soit 54 heures plus tard.",
        # « après plus de cinq heures »: at least
        "La séance, ouverte à 19 h 30, s'est achevée à 0 h 45, après plus de cinq heures de débats.",
        # nights are one fewer than the days
        "Les sinistrés ont passé trois nuits au gymnase, du 3 au 6 juin 2025.",
        # goals over matches: no ratio of one to the other
        "L'équipe a marqué 20 buts sur 12 matches, soit 35 % de plus que l'an dernier.",
    ],
)
def test_a_taken_up_whole_needs_its_figure(check, text):
    assert "inconsistent" not in [str(f.verdict) for f in check(text).findings]
