"""Issue 13, the reading side: constructions a reader must not take for a relation (the trap:
no inconsistent finding), the true relation next to it (confirmed) and, where the shape
allows, a slip of the same shape (still inconsistent). All sentences are invented."""

from __future__ import annotations

import pytest

from .verdicts import no_alarm, verdicts

# -- phenomenon 2 and CNT01: lists that are not lists of the counted items ------------------

LIST_TRAPS = [
    # where the counted people come from
    "Trois Belges, originaires de Namur et de Liège, ont été arrêtés à la frontière.",
    # where the counted things are
    "La coopérative gère cinq entrepôts, dans les Landes et en Gironde.",
    # a period in brackets after the count
    "Le rallye a compté douze éditions (entre 1961 et 1994) avant sa disparition.",
    # other groups of the same enumeration
    "Le week-end a été éprouvant pour quatre randonneurs, plusieurs guides et leurs proches.",
    # a clause after an apposition: its « et » joins objects, not the counted people
    "Les trois gagnantes, arrivées la veille, recevront un trophée et un chèque.",
]


@pytest.mark.parametrize("text", LIST_TRAPS)
def test_a_list_of_other_things_gives_no_count_alarm(check, text):
    report = check(text)
    assert verdicts(report, "CNT01") == [] and no_alarm(report)


def test_the_first_name_after_a_preposition_belongs_to_the_list(check):
    # trap and true relation: « à Tours » is the first of the four names
    assert verdicts(check("Le rapport compare quatre lycées situés à Tours, Blois, Vendôme et Amboise."), "CNT01") == [
        "consistent"
    ]
    assert verdicts(check("Le rapport compare les quatre lycées de Tours, Blois, Vendôme et Amboise."), "CNT01") == [
        "consistent"
    ]
    # slip: five announced, four named
    assert verdicts(check("Le rapport compare cinq lycées situés à Tours, Blois, Vendôme et Amboise."), "CNT01") == [
        "inconsistent"
    ]


def test_two_nouns_sharing_a_complement_are_one_item(check):
    text = "Le plan a {} volets (isolation des mairies, rénovation des écoles, extension et entretien des stades)."
    assert verdicts(check(text.format("trois")), "CNT01") == ["consistent"]
    # slip: four items announced, three listed
    assert verdicts(check(text.format("quatre")), "CNT01") == ["inconsistent"]


def test_things_placed_in_towns_stand_one_in_each_but_people_do_not(check):
    text = "La région va ouvrir {} nouvelles piscines, à Sion et à Monthey, en 2029."
    assert verdicts(check(text.format("deux")), "CNT01") == ["consistent"]
    assert verdicts(check(text.format("trois")), "CNT01") == ["inconsistent"]
    trap = check("Quatre Suisses, interpellés à Sion et à Monthey, seront jugés.")
    assert verdicts(trap, "CNT01") == [] and no_alarm(trap)


def test_places_one_per_counted_thing_confirm_and_names_still_accuse(check):
    assert verdicts(check("Le groupe a signé trois contrats, en Norvège, au Chili et en Égypte."), "CNT01") == [
        "consistent"
    ]
    assert verdicts(check("Deux villes ont voté : Vire, Condé et Flers."), "CNT01") == ["inconsistent"]


# -- phenomenon 8: « dont », « parmi eux », « de ces » attach to a compatible whole ----------


def test_dont_skips_a_duration_for_a_compatible_count(check):
    text = "On compte 64 soudeurs engagés pour un chantier de trois semaines, dont {} formés à Nantes."
    trap = check(text.format(22))
    assert no_alarm(trap) and verdicts(trap, "SUB01") == ["consistent"]  # 22 of the 64 welders
    assert verdicts(check(text.format(82)), "SUB01") == ["inconsistent"]  # 82 of 64: the slip


def test_dont_skips_a_change_in_brackets(check):
    text = "En Lorraine, 2.340 élèves (+56 par rapport à l'an passé) sont inscrits, dont 585, soit {} %, en internat."
    trap = check(text.format(25))
    assert no_alarm(trap)
    assert verdicts(trap, "SUB01") == ["consistent"] and verdicts(trap, "PCT01") == ["consistent"]
    assert verdicts(check(text.format(40)), "PCT01") == ["inconsistent"]  # 585 / 2 340 is 25 %


def test_a_duration_stays_the_whole_of_an_elliptic_part_when_no_count_precedes(check):
    report = check("La gérante a été condamnée à huit ans d'emprisonnement, dont cinq ferme, et à une amende.")
    assert verdicts(report, "SUB01") == ["consistent"]


def test_among_them_points_at_people_not_at_machines(check):
    text = "On compte 240 sauveteurs mobilisés, avec 6 hélicoptères. Parmi eux, {} gendarmes."
    trap = check(text.format(90))
    assert no_alarm(trap) and verdicts(trap, "SUB01") == ["consistent"]
    assert verdicts(check(text.format(290)), "SUB01") == ["inconsistent"]


def test_of_these_never_points_at_an_average(check):
    text = (
        "Cette saison, 118 avalanches ont été recensées, contre 25 avalanches par an en moyenne. "
        "{} de ces avalanches ont été déclenchées par des skieurs."
    )
    trap = check(text.format("Exactement 41"))
    assert no_alarm(trap) and verdicts(trap, "SUB01") == ["consistent"]
    slip = "Cette saison, 18 avalanches ont été recensées. Exactement 41 de ces avalanches sont dues à des skieurs."
    assert verdicts(check(slip), "SUB01") == ["inconsistent"]


# -- phenomena 3 and 7: enumerations sharing one noun; a count of items is no total ---------


def test_sibling_kinds_of_one_noun_are_not_a_total_and_its_parts(check):
    trap = check("Le pays a décroché 57 trophées d'argent, 43 de bronze et 12 de cristal.")
    assert verdicts(trap, "SUM01") == [] and no_alarm(trap)
    text = "Le pays a décroché {} trophées : 57 d'argent, 43 de bronze et 12 de cristal."
    assert verdicts(check(text.format(112)), "SUM01") == ["consistent"]
    assert verdicts(check(text.format(120)), "SUM01") == ["inconsistent"]


def test_respectively_gives_no_total(check):
    assert no_alarm(check("Les trois lignes ont transporté respectivement 1 310, 4 872 et 12 095 voyageurs."))


def test_a_net_balance_is_not_a_sum(check):
    trap = check("La commune affiche un solde de 45, soit 120 arrivées et 75 départs.")
    assert verdicts(trap, "SUM01") == [] and no_alarm(trap)
    text = "La commune a enregistré {} mouvements, soit 120 arrivées et 75 départs."
    assert verdicts(check(text.format(195)), "SUM01") == ["consistent"]
    assert verdicts(check(text.format(185)), "SUM01") == ["inconsistent"]


CLUBS = "30 000 € pour le basket, 22 000 € pour le judo, 18 000 € pour la natation et 6 000 € pour l'escrime."


def test_a_count_of_recipients_is_no_total_of_euros(check):
    trap = check("Les quatre clubs recevront une subvention : " + CLUBS)
    assert verdicts(trap, "SUM01") == [] and no_alarm(trap)
    assert verdicts(check("Les quatre clubs recevront 76 000 € : " + CLUBS), "SUM01") == ["consistent"]
    slip = check("Les quatre clubs recevront 86 000 € : " + CLUBS)
    assert verdicts(slip, "SUM01") == ["inconsistent"]
    assert "86 000" in next(f.message for f in slip.findings if f.rule == "SUM01")


def test_a_count_of_items_with_amounts_sharing_a_scale(check):
    trap = check("Le budget prévoit quatre chantiers : 12, 9, 7 et 3 millions.")
    assert no_alarm(trap)
    text = "Le budget prévoit {} millions pour quatre chantiers : 12, 9, 7 et 3 millions."
    assert verdicts(check(text.format(31)), "SUM01") == ["consistent"]
    assert verdicts(check(text.format(36)), "SUM01") == ["inconsistent"]


# -- phenomenon 6: misread figures (« un » as an article, a count taken for a year) ----------


def test_an_article_before_a_valued_noun_is_no_count(check):
    trap = check("Le maire sortant a recueilli 2 870 voix et un score de 38 %. Les deux scores suivants sont serrés.")
    assert verdicts(trap, "SAM01") == [] and no_alarm(trap)
    text = "Deux victimes ont plus de 30 ans. Ces {} victimes habitaient la commune."
    assert verdicts(check(text.format("deux")), "SAM01") == ["consistent"]
    assert verdicts(check(text.format("trois")), "SAM01") == ["inconsistent"]


def test_a_portion_after_dont_is_no_count(check):
    report = check("Le centre a reçu 6.200 appels, dont une partie venue de l'étranger.")
    assert no_alarm(report) and verdicts(report, "SUB01") == []
    assert verdicts(check("Le centre a reçu 6.200 appels, dont un venu de l'étranger."), "SUB01") == ["consistent"]


# -- phenomenon 4: durations and the periods they measure ------------------------------------


def test_a_span_of_comparison_is_not_the_length_of_the_period(check):
    trap = check("Le blocage a duré du 12 au 14 octobre. Sur vingt ans, aucun n'avait été aussi long.")
    assert verdicts(trap, "DAT04") == [] and no_alarm(trap)
    text = "Le blocage a duré du 12 au 14 octobre. En {} jours, il a coûté deux millions."
    assert verdicts(check(text.format("trois")), "DAT04") == ["consistent"]
    assert verdicts(check(text.format("sept")), "DAT04") == ["inconsistent"]


def test_a_demonstrative_duration_points_back_at_the_period_of_its_length(check):
    text = (
        "La foire s'est tenue du 7 au 8 septembre. Elle avait été repoussée après les orages du 14 au 25 août. "
        "Ces deux jours ont attiré 4 000 curieux."
    )
    trap = check(text)
    assert no_alarm(trap) and verdicts(trap, "DAT04") == ["consistent"]
    slip = check(
        "La foire s'est tenue du 7 au 13 septembre. Elle avait été repoussée. Ces deux jours ont attiré 4 000 curieux."
    )
    assert verdicts(slip, "DAT04") == ["inconsistent"]


def test_a_rolling_window_is_not_the_length_of_a_period(check):
    # « ces N dernières années » counts back from now: a window of comparison
    trap = check(
        "Les ventes atteignent 8 400 vélos d'avril à juin, contre 9 100 en moyenne sur ces six dernières années."
    )
    assert verdicts(trap, "DAT04") == [] and no_alarm(trap)
    # the true relation: a demonstrative that measures the period stated just before
    text = "Les ventes ont eu lieu du 3 au 5 mai. Ces {} jours ont attiré 900 acheteurs."
    assert verdicts(check(text.format("trois")), "DAT04") == ["consistent"]
    assert verdicts(check(text.format("six")), "DAT04") == ["inconsistent"]


def test_a_season_over_two_years_is_no_length(check):
    # « 2021-2022 » is a season (one year) or both years: its length is unknown
    trap = check("L'entraîneuse est restée pendant 3 ans, et la saison 2021-2022 fut la plus belle, avec 19 succès.")
    assert verdicts(trap, "DAT04") == [] and no_alarm(trap)
    # a span of years with a duration that measures it is still checked
    text = "Le chantier a duré de 2011 à 2015, soit {} ans de travaux."
    assert verdicts(check(text.format("cinq")), "DAT04") == ["consistent"]
    assert verdicts(check(text.format("neuf")), "DAT04") == ["inconsistent"]


# -- phenomenon 5: labels and names are no counts ------------------------------------------

LABELS = [
    ("Elle a trouvé un 4 pièces pour 1 100 euros par mois.", "4"),
    ("Le couple vise un T3 près de la gare.", "T3"),
    ("Le B787 emporte jusqu'à 330 passagers.", "B787"),
    ("Le G7 compte 7 membres.", "G7"),
    ("Les cas de Covid-19 ont doublé.", "Covid-19"),
    ("La ligne 14 dessert 21 stations.", "14"),
    ("Selon 20 Minutes, le chantier a pris du retard.", "20 Minutes"),
    ("Interrogée par 24 heures, la syndique évoque 18 logements vides.", "24 heures"),
]


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_a_label_is_no_count(check, text, label):
    report = check(text)
    (claim,) = [c for c in report.claims if c.text == label]
    assert str(claim.kind) == "code"


def test_a_paper_is_no_duration_but_a_span_of_time_still_is(check):
    report = check("Selon 24 heures, la crue a duré du 3 au 4 mai. En 24 heures, 40 caves ont été noyées.")
    kinds = [str(c.kind) for c in report.claims if c.text == "24 heures"]
    assert kinds == ["code", "duration"]


def test_a_count_between_1800_and_2099_followed_by_its_noun_is_no_year(check):
    report = check("Le séisme a fait 1912 victimes. Parmi elles, 418 enfants.")
    (count,) = [c for c in report.claims if c.text == "1912"]
    assert str(count.kind) == "count" and verdicts(report, "SUB01") == ["consistent"]
    slip = check("Le séisme a fait 1912 victimes. Parmi elles, 2418 enfants.")
    assert verdicts(slip, "SUB01") == ["inconsistent"]


# -- rates « N/100 000 habitants » -----------------------------------------------------------


def test_a_rate_per_100_000_is_no_count_of_zero(check):
    report = check("L'incidence atteint 318/100 000 habitants. La semaine passée, elle était de 290/100 000 habitants.")
    assert no_alarm(report)
    assert not [c for c in report.claims if str(c.kind) == "count" and c.value == 0]
    assert [str(c.kind) for c in report.claims if "/100 000" in c.text] == ["fraction", "fraction"]


def test_dentre_eux_points_at_a_noun_of_its_gender_before_the_nearest_figure(check):
    text = (
        "Le tribunal s'est prononcé sur le sort des neuf prévenus dans un jugement comportant pas moins de 187 pages.\n"
        "{} d'entre eux ont été déclarés coupables."
    )
    trap = check(text.format("Cinq"))
    assert no_alarm(trap)
    assert [f.message for f in trap.findings if f.rule == "SUB01"] == ["Cinq ≤ neuf prévenus (d'entre eux)"]
    assert verdicts(check(text.format("Onze")), "SUB01") == ["inconsistent"]


def test_an_apposition_of_names_is_still_counted(check):
    text = "Les {} gagnantes, Inès, Maud et Salomé, recevront un trophée."
    assert verdicts(check(text.format("trois")), "CNT01") == ["consistent"]
    assert verdicts(check(text.format("quatre")), "CNT01") == ["inconsistent"]


def test_the_others_of_one_member_are_the_rest_of_the_group_just_counted(check):
    text = "Le jury a examiné le cas des neuf candidats retenus. Sept d'entre eux ont été admis, {}."
    trap = check(text.format("l'un avec mention, les six autres sans"))
    assert verdicts(trap, "SUM01") == [] and no_alarm(trap)
    assert verdicts(check(text.format("et les deux autres refusés")), "SUM01") == ["consistent"]
    assert verdicts(check(text.format("et les trois autres refusés")), "SUM01") == ["inconsistent"]
