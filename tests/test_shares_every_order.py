"""Issue 14, families 5 and 6 (and the share side of family 2): shares in every order and
rates named by their definition, through the whole pipeline. Each shape has its true case
(confirmed), its slip (inconsistent) and traps beside it (no alarm). Invented sentences."""

from __future__ import annotations

import pytest

from .verdicts import no_alarm
from .verdicts import verdicts as _verdicts


def verdicts(report, rule: str = "PCT01") -> list[str]:
    """The verdicts of one rule's findings (PCT01 unless told), in order."""
    return _verdicts(report, rule)


# (true sentence, slip of the same shape)
SHAPES = [
    # the part in brackets after a fraction written first, the whole counted by its noun
    (
        "La mutuelle compte 2 700 sociétaires. Près d'un tiers des sociétaires (880) ont répondu.",
        "La mutuelle compte 2 700 sociétaires. Près d'un tiers des sociétaires (1 480) ont répondu.",
    ),
    # the fraction first, the part after « soit »
    (
        "Un quart des 1 240 recours, soit 310, ont été jugés recevables.",
        "Un quart des 1 240 recours, soit 510, ont été jugés recevables.",
    ),
    # an apposition of the part
    (
        "Plus de la moitié des 3 400 parcelles inspectées, 1 820 exactement, présentaient des traces.",
        "Plus de la moitié des 3 400 parcelles inspectées, 1 420 exactement, présentaient des traces.",
    ),
    # a percentage first, the part after « soit »
    (
        "Quelque 12 % des 5 000 abonnés, soit 600, ont résilié leur contrat.",
        "Quelque 12 % des 5 000 abonnés, soit 900, ont résilié leur contrat.",
    ),
    # a share in brackets, of the whole the part is stated of
    (
        "Sur les 2 150 agents, 516 travaillent le dimanche (24 %).",
        "Sur les 2 150 agents, 516 travaillent le dimanche (42 %).",
    ),
    # a share in brackets after « N sur M »: of N
    (
        "Les femmes sont majoritaires parmi les lauréats : 41 sur 66 (62 %).",
        "Les femmes sont majoritaires parmi les lauréats : 41 sur 66 (26 %).",
    ),
    # shares in brackets of each listed part
    (
        "Parmi les 80 blessés figurent 52 cyclistes (65 %) et 28 piétons (35 %).",
        "Parmi les 80 blessés figurent 52 cyclistes (65 %) et 28 piétons (45 %).",
    ),
    # the explicit whole right after the share
    (
        "Le maire sortant a obtenu 3 260 voix, soit 38,7 % des 8 424 suffrages exprimés.",
        "Le maire sortant a obtenu 3 260 voix, soit 36,7 % des 8 424 suffrages exprimés.",
    ),
    # the share of A in A + B
    (
        "La motion a été adoptée par 812 voix contre 644, soit 55,8 % des suffrages.",
        "La motion a été adoptée par 812 voix contre 644, soit 58,8 % des suffrages.",
    ),
    # a role noun named through the verb of the figure (« ont passé l'épreuve »: participants)
    (
        "Sur les 3 900 inscrits, 3 610 ont passé l'épreuve. Au total, 3 105 candidats ont été reçus, "
        "soit 86 % des participants.",
        "Sur les 3 900 inscrits, 3 610 ont passé l'épreuve. Au total, 3 105 candidats ont été reçus, "
        "soit 80 % des participants.",
    ),
    # rates named by their definition
    (
        "La participation s'est établie à 57 %, avec 2 280 votants pour 4 000 inscrits.",
        "La participation s'est établie à 75 %, avec 2 280 votants pour 4 000 inscrits.",
    ),
    (
        "La salle a accueilli 1 710 spectateurs pour 1 800 places, soit un taux de remplissage de 95 %.",
        "La salle a accueilli 1 710 spectateurs pour 1 800 places, soit un taux de remplissage de 85 %.",
    ),
    (
        "Le centre pénitentiaire héberge 742 détenus pour 590 places, soit une densité carcérale de 126 %.",
        "Le centre pénitentiaire héberge 742 détenus pour 590 places, soit une densité carcérale de 162 %.",
    ),
    (
        "Le taux de positivité atteint 3,5 % sur 2 400 tests, dont 84 positifs.",
        "Le taux de positivité atteint 5,3 % sur 2 400 tests, dont 84 positifs.",
    ),
    (
        "Le laboratoire a réalisé 1 600 tests, dont 72 positifs, soit un taux de positivité de 4,5 %.",
        "Le laboratoire a réalisé 1 600 tests, dont 72 positifs, soit un taux de positivité de 5,4 %.",
    ),
]


@pytest.mark.parametrize(("true", "slip"), SHAPES)
def test_each_shape_confirms_and_accuses(check, true, slip):
    found = verdicts(check(true))
    assert found and set(found) == {"consistent"}
    assert "inconsistent" in verdicts(check(slip))


TRAPS = [
    # « soit 12 % de plus »: a change, not a share
    "L'usine a produit 4 480 moteurs, soit 12 % de plus qu'en 2023.",
    # a percentage point is no share
    "La participation a atteint 57 %, en hausse de 4 points, avec 2 280 votants pour 4 000 inscrits.",
    # a rate of another year: only the rate told of these figures is checked
    "La participation s'est établie à 57 %, contre 49 % en 2019, avec 2 280 votants pour 4 000 inscrits.",
    # a rate in another sentence, of another year: it may confirm, never accuse
    "En 2019, la participation avait atteint 49 %. Cette fois, on a compté 2 280 votants pour 4 000 inscrits.",
    # a rate of one round, the figures of the other
    "Le taux de participation était de 45 % au premier tour ; 12 400 électeurs se sont déplacés au second "
    "sur 26 000 inscrits.",
    "Le taux de participation était de 45 % au premier tour, mais 12 400 électeurs se sont déplacés au second "
    "sur 26 000 inscrits.",
    # a share first whose part is a change
    "Un quart des 1 240 recours, soit 410 de plus qu'en 2023, ont été rejetés.",
    # the share of another whole: « des inscrits », not of the two figures of the tally
    "Le oui l'emporte par 812 voix contre 644, soit 20,3 % des 4 000 inscrits.",
    # two figures count the same things: the share may confirm against either, never accuse
    "Le réseau comptait 3 600 adhérents en janvier et 4 100 en décembre. Près d'un tiers des adhérents "
    "(1 520) ont voté.",
    # the part told of a year, the whole of today: only a guess
    "Près d'un tiers des adhérents (1 204) ont voté en 2023. Le club compte aujourd'hui 4 600 adhérents.",
    # ballots of one kind are not the votes cast a candidate's share is of
    "Le maire sortant (2 104 voix, 33,5 %) devance Mme Roux. Au total, 8 874 bulletins sont arrivés par la poste.",
    # the figure in brackets counts other things than the whole
    "La moitié des 300 communes (150 000 habitants) sont concernées.",
    # a bracket that is no share of the figure before it
    "Les 640 salariés de nuit (contre 34 % l'an dernier) ont été reçus.",
    # a comma list of figures outside brackets is no share
    "Le candidat a réuni 2 104 voix, 38,5 % de plus que son rival.",
    # « A contre B » comparing two votes is no tally, and « soit une hausse de » is a change
    "Le candidat a obtenu 4 100 voix contre 3 900 en 2019, soit une hausse de 5 %.",
    "Le candidat a obtenu 4 100 voix contre 3 900 il y a six ans, soit 5,1 %.",
    # a fraction first whose part is another figure of the sentence, not an apposition
    "Plus de la moitié des logements, 1 530 en 2020, étaient vacants.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_beside_the_shapes_give_no_alarm(check, text):
    assert no_alarm(check(text))


def test_the_share_of_the_second_figure_of_a_tally_is_read_too(check):
    assert verdicts(check("La motion a été adoptée par 812 voix contre 644, soit 44,2 % de non.")) == ["consistent"]


def test_a_share_in_brackets_of_the_figure_before_only_confirms(check):
    report = check("L'usine emploie 1 880 salariés. 640 travaillent de nuit (43 %).")
    assert no_alarm(report)
    assert verdicts(check("L'usine emploie 1 880 salariés. 640 travaillent de nuit (34 %).")) == ["consistent"]


def test_a_rate_not_in_the_lexicon_takes_no_whole_by_its_value(check):
    # « un taux d'abandon » is the complement of the figure before it: no share of it is read
    text = "Au total, 8 400 cyclistes sont partis et 8 210 sont arrivés, soit un taux d'abandon d'un peu plus de 2 %."
    assert verdicts(check(text)) == []


def test_a_share_open_on_one_side_chooses_no_whole_far_from_its_value(check):
    text = "Le parc compte 5 200 arbres. Les chênes, 4 950 sujets, en forment plus de 10 %."
    assert verdicts(check(text)) == []


def test_a_candidates_votes_in_brackets_are_a_share_of_the_votes_cast(check):
    true = (
        "Le maire sortant (2 104 voix, 38,5 %) devance Mme Roux (1 990 voix, 36,4 %). "
        "On a compté 5 465 suffrages exprimés."
    )
    assert verdicts(check(true)) == ["consistent", "consistent"]
    slip = true.replace("38,5 %", "33,5 %")
    assert verdicts(check(slip)) == ["inconsistent", "consistent"]


def test_votes_cast_of_two_rounds_only_confirm(check):
    text = (
        "Au premier tour, 5 465 suffrages exprimés. Au second tour, 6 012 suffrages exprimés. "
        "Le maire (2 104 voix, 34,5 %) l'emporte."
    )
    assert no_alarm(check(text))


def test_the_part_of_a_stated_whole_counts_its_things(check):
    text = "Les crues ont touché 36 communes et 4 000 habitants, soit 3 % des 1 200 communes du département."
    assert verdicts(check(text)) == ["consistent"]
    assert verdicts(check(text.replace("soit 3 %", "soit 5 %"))) == ["inconsistent"]


def test_a_tally_of_yes_and_no(check):
    assert verdicts(check("Le texte est adopté par 1 204 oui contre 1 011 non, soit 54,4 %.")) == ["consistent"]


def test_a_share_first_with_no_whole_counted_only_confirms(check):
    true = (
        "Le musée a reçu 640 000 visiteurs. Les scolaires ont représenté 15 % des visites, soit environ 96 000 élèves."
    )
    assert verdicts(check(true)) == ["consistent"]
    assert no_alarm(check(true.replace("15 %", "25 %")))


def test_a_share_of_the_whole_set(check):
    true = "Le groupe emploie 4 200 salariés. Les cadres, 1 690 personnes, soit 40 % de l'ensemble, sont concernés."
    assert verdicts(check(true)) == ["consistent"]


def test_a_complete_list_of_results_is_a_share_of_their_sum(check):
    true = "Résultats. Oui : 43,2 % (48 935 voix). Non : 56,8 % (64 360 voix). Participation : 41,7 %."
    assert verdicts(check(true)) == ["consistent", "consistent"]
    assert verdicts(check(true.replace("43,2 %", "48,2 %"))) == ["inconsistent", "consistent"]


def test_each_candidate_of_a_complete_list_in_brackets(check):
    true = "Le maire (2 104 voix, 38,5 %) devance Mme Roux (1 990 voix, 36,4 %) et M. Petit (1 371 voix, 25,1 %)."
    assert verdicts(check(true)) == ["consistent"] * 3
    assert verdicts(check(true.replace("36,4 %", "32,4 %"))) == ["consistent", "inconsistent", "consistent"]


def test_the_first_results_of_a_longer_list_give_no_alarm(check):
    # the first two of several candidates: their shares are of all the votes, not of these two
    assert no_alarm(check("Le maire (2 104 voix, 38,5 %) devance Mme Roux (1 990 voix, 36,4 %)."))


def test_two_lists_of_results_one_after_the_other(check):
    text = (
        "Tram : oui 61,3 % (20 415 voix), non 38,7 % (12 889 voix) ; "
        "piscine : oui 47,5 % (15 540 voix), non 52,5 % (17 176 voix)."
    )
    assert verdicts(check(text)) == ["consistent"] * 4
    assert verdicts(check(text.replace("47,5 %", "44,5 %"))) == ["consistent"] * 2 + ["inconsistent", "consistent"]


def test_a_fraction_restating_the_ratio_just_told_only_confirms(check):
    true = "« Nous avons perdu 36 chèvres sur 190 cet été », raconte l'éleveuse. Près d'une bête sur cinq est morte."
    assert verdicts(check(true)) == ["consistent"]
    assert no_alarm(check(true.replace("sur cinq", "sur deux")))


def test_a_collective_noun_names_the_group_the_sentence_opens_on(check):
    true = (
        "Au total, 8 400 cyclistes ont pris le départ et 8 120 ont franchi la ligne. "
        "Parmi les arrivants, on comptait 2 710 femmes, soit un tiers du peloton."
    )
    assert verdicts(check(true)) == ["consistent"]
    assert verdicts(check(true.replace("un tiers", "la moitié"))) == ["inconsistent"]


def test_a_collective_noun_of_two_groups_only_confirms(check):
    text = (
        "Au total, 8 400 cyclistes ont pris le départ et 6 120 ont franchi la ligne. "
        "On comptait 2 710 femmes, soit un tiers du peloton."
    )
    assert no_alarm(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "La liste A obtient 52 % (12 sièges) et la liste B 30 % (11 sièges).",
        "La liste A obtient 52 % (12 sièges), la liste B 30 % (11 sièges) et la liste C 18 % (2 sièges).",
    ],
)
def test_seats_beside_the_shares_of_the_votes_are_not_their_shares(check, text):
    assert "inconsistent" not in verdicts(check(text))
