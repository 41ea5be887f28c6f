"""Precision (issue 13): no ``inconsistent`` verdict without the evidence for it.

Each phenomenon has invented sentences (new wording, names and figures; none from the
audited articles): the trap (no inconsistent finding), the true relation next to it
(confirmed) and, where the shape allows, a slip (still inconsistent). The verdict policy
is ``globalchain_cli/policy.py``; the README's « When gcheck says inconsistent » says why.
The reading side (lists, attachment, labels, misread figures) is tested in
``test_precision_readers.py``.
"""

from __future__ import annotations

import re

import pytest

from .verdicts import verdicts as _verdicts


def _no_alarm(report) -> None:
    alarms = [(f.rule, f.message) for f in report.findings if str(f.verdict) == "inconsistent"]
    assert not alarms, alarms


# -- 1. Figures of different scopes paired by their noun or unit -----------------------------

SCOPE_TRAPS = {
    # two places framing two sentences
    "places": "À Dijon, le forfait du salon coûtait 38 euros. À Besançon, les visiteurs ont payé "
    "moins de 25 euros pour la journée.",
    # two sums of money with no word relating them: a unit is no subject
    "money_without_cue": "La commune a reçu une dotation de 1 480 000 €. Côté travaux, les dépenses "
    "atteignent environ 1,7 million d'€, surtout pour la voirie.",
    # a forecast against last year's fall, in one sentence cut at « après »
    "forecast_and_last_year": "L'association devrait perdre près de 3.000 adhérents cette année, après "
    "une chute déjà forte l'an dernier (1.900 adhérents en moins).",
    # a normal month against one night
    "normal_against_one_night": "En temps normal, il tombe environ 45 mm de pluie en mai à Tarbes. "
    "Dans la nuit de mardi, 38,5 mm ont été relevés à Pau.",
    # this week's rain against a record on another date
    "record_on_another_date": "À Vichy, quelque 58,5 mm de pluie sont tombés en 24 heures. Ce total n'a "
    "été dépassé qu'une fois, le 9 juin 1992 avec 71,4 mm.",
    # a rounded whole against one of its parts: the parts add up to it
    "whole_against_a_part": "Dans l'Aude, les deux centres ont traité près de 900 dossiers. Le centre "
    "nord a enregistré 610 dossiers, le centre sud 270.",
    # a whole (excess deaths) against its part, restated with « dont »
    "whole_against_its_part": "L'épidémie a fait 3100 morts cet hiver, selon l'institut. Celui-ci "
    "estime l'excès de mortalité à 5100 décès, dont 3100 sont dus au virus.",
}


@pytest.mark.parametrize("name", sorted(SCOPE_TRAPS))
def test_scope_traps_raise_no_alarm(check, name):
    _no_alarm(check(SCOPE_TRAPS[name]))


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("BND01", "Le forfait coûte moins de 25 euros : 22 euros exactement, selon les organisateurs."),
        ("BND01", "La dotation, de l'ordre de 1,5 million d'€, s'élève précisément à 1 480 000 €."),
        ("BND01", "L'association a perdu près de 3.000 adhérents cette année : 2.960 adhérents en moins."),
        ("SAM01", "L'épidémie a fait 3100 morts cet hiver. L'institut compte 3100 décès dus au virus."),
    ],
)
def test_scope_true_relations_are_confirmed(check, rule, text):
    verdicts = _verdicts(check(text), rule)
    assert "consistent" in verdicts and "inconsistent" not in verdicts, verdicts


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("BND01", "Le forfait coûte moins de 25 euros : 38 euros, selon les organisateurs."),
        ("BND01", "La dotation, de l'ordre de 1,9 million d'€, s'élève précisément à 1 480 000 €."),
        ("BND01", "L'association a perdu près de 3.000 adhérents cette année : 1.900 adhérents en moins."),
        (
            "BND01",
            "Dans l'Aude, les deux centres ont traité près de 900 dossiers. Le centre nord a "
            "enregistré 610 dossiers, le centre sud 60.",
        ),
        ("SAM01", "L'épidémie a fait 3100 morts cet hiver. Les 3200 décès dus au virus touchent surtout les aînés."),
    ],
)
def test_scope_slips_are_still_caught(check, rule, text):
    assert "inconsistent" in _verdicts(check(text), rule)


# -- 7. Two groups taken for one ---------------------------------------------------------------


def test_two_groups_are_not_one_restated(check):
    _no_alarm(check("Au total, 17 personnes seront jugées en mars. Le parquet a requis la détention pour 12 prévenus."))


def test_one_group_restated_is_confirmed(check):
    text = "Dix-sept prévenus seront jugés en mars. Les 17 prévenus comparaîtront libres."
    assert "consistent" in _verdicts(check(text), "SAM01")


def test_one_group_restated_with_swapped_digits_is_caught(check):
    text = "En tout, 17 prévenus seront jugés en mars. Les 71 prévenus comparaîtront libres."
    assert "inconsistent" in _verdicts(check(text), "SAM01")


# -- Families: a count is no part of a duration -------------------------------------------------


def test_a_count_is_no_part_of_a_duration(check):
    _no_alarm(check("« Nous étions 64 bénévoles engagés pour une mission de trois semaines, dont 25 venus de Lille »."))


def test_the_count_before_is_the_whole(check):
    text = "Nous étions 64 bénévoles, dont 25 venus de Lille, engagés pour trois semaines."
    assert "consistent" in _verdicts(check(text), "SUB01")


# -- Rounding: round figures keep their precision -----------------------------------------------

ROUNDED = "Cette semaine, 34.000 visiteurs sont venus, contre 21.700 la semaine précédente, soit une hausse de {} %."


@pytest.mark.parametrize(("stated", "verdict"), [(59, "consistent"), (57, "consistent"), (80, "inconsistent")])
def test_round_figures_allow_their_rounding(check, stated, verdict):
    assert _verdicts(check(ROUNDED.format(stated)), "CHG01") == [verdict]


# -- Weekdays: a year inferred from another event is no evidence ---------------------------------


def test_weekday_with_a_year_from_another_event_is_unverifiable(check):
    text = "Lyon a été désignée en 2019 capitale du vélo. Les cyclistes ont défilé samedi 12 mars devant la mairie."
    verdicts = _verdicts(check(text), "DAT03")
    assert "inconsistent" not in verdicts


def test_weekday_with_its_year_is_checked(check):
    assert _verdicts(check("Les cyclistes ont défilé le samedi 12 mars 2022 devant la mairie."), "DAT03") == [
        "consistent"
    ]
    assert _verdicts(check("Les cyclistes ont défilé le dimanche 12 mars 2022 devant la mairie."), "DAT03") == [
        "inconsistent"
    ]


# -- Honest confidence -----------------------------------------------------------------------------


def test_every_finding_states_its_evidence(check):
    report = check("Près de 1 400 victimes ont été recensées. Le décompte final fait état de 1 374 victimes.")
    assert report.findings
    assert all(f.evidence in ("strong", "moderate", "weak") for f in report.findings)


# -- A lower bound inside its whole is satisfied, not unverifiable ------------------------------


@pytest.mark.parametrize(("kept", "verdict"), [(400, "consistent"), (700, "inconsistent")])
def test_a_lower_bound_inside_its_whole(check, kept, verdict):
    text = f"Parmi les 640 candidatures reçues, plus de {kept} ont été retenues, dont 150 en appel."
    assert verdict in _verdicts(check(text), "SUB01")


# -- Held-out audit (second set): the shapes of its four false alarms ----------------------------


def test_two_named_entities_of_one_ranking_are_not_one_bound(check):
    # each figure is told of the place named just before it
    _no_alarm(
        check(
            "Le canton de Vérel arrive en tête avec plus de 2 300 lits, suivi de celui de Morsac avec 1 950 lits. "
            "Le hameau de Pruniers compte plus de 1 200 habitants. Saint-Olive, sur l'autre rive, en compte 1 050."
        )
    )


@pytest.mark.parametrize(
    ("second", "verdict"), [("Vérel en compte 2 340", "consistent"), ("Vérel en compte 1 950", "inconsistent")]
)
def test_one_named_entity_keeps_its_bound(check, second, verdict):
    text = f"Le canton de Vérel compte plus de 2 300 lits. {second} lits selon la préfecture."
    assert _verdicts(check(text), "BND01") == [verdict]


def test_nested_stages_of_one_process_are_not_summed(check):
    # those admitted sat the exam: the parts are stages, not shares of the whole
    _no_alarm(
        check(
            "À l'examen, l'école comptait 2 480 candidats : 2 312 se sont présentés et 1 964 ont été admis. "
            "Le concours a réuni 1 480 inscrits, dont 1 312 présents et 964 admis."
        )
    )


@pytest.mark.parametrize(("failed", "verdict"), [(516, "consistent"), (561, "inconsistent")])
def test_exclusive_outcomes_still_add_up(check, failed, verdict):
    text = f"À l'examen, l'école comptait 2 480 candidats : 1 964 ont été admis et {failed} ajournés."
    assert verdict in _verdicts(check(text), "SUM01")


SHARE_AFTER_A_FALL = (
    "La récolte a baissé. Les quantités sont passées de 8,1 millions de tonnes en 2022 à 7,6 millions de "
    "tonnes cette année. L'ouest s'est taillé la part du lion avec environ 4,4 millions de tonnes, soit {} % "
    "du total de la récolte."
)


@pytest.mark.parametrize(("stated", "verdict"), [(58, "consistent"), (54, "consistent"), (70, "inconsistent")])
def test_a_share_of_the_total_is_of_the_total_it_fits(check, stated, verdict):
    # 4,4 / 7,6 = 58 %; 4,4 / 8,1 = 54 %: either total the text names may be meant
    assert _verdicts(check(SHARE_AFTER_A_FALL.format(stated)), "PCT01") == [verdict]


def test_the_list_after_the_next_entity_of_a_ranking_is_not_the_first_ones(check):
    _no_alarm(
        check(
            "Le Condroz a beaucoup souffert ce trimestre, avec 412 emplois menacés, suivi du Namurois : 360 "
            "postes sur la sellette, avec surtout deux entreprises : le verrier Solvac (280) et le groupe Dorval "
            "(95 emplois menacés à Gembloux mais aussi à Wavre)."
        )
    )


@pytest.mark.parametrize(("second", "verdict"), [(125, "consistent"), (152, "inconsistent")])
def test_a_list_after_a_colon_still_adds_up(check, second, verdict):
    text = (
        f"Le Condroz a beaucoup souffert ce trimestre, avec 412 emplois menacés : 287 à Ciney et {second} à Havelange."
    )
    assert verdict in _verdicts(check(text), "SUM01")


# -- Fresh audit (third set): the shapes of its false alarms --------------------------------------


FRESH_TRAPS = {
    # a list of a region and its towns: how many places the count names is a guess
    "region_and_its_towns": "Enfin, les Verts décrochent deux sièges d'échevin supplémentaires en Gaume, "
    "à Virton et Étalle.",
    # shares and years in a parenthesis are no list of names
    "shares_in_the_list": "Après deux hivers en forte baisse (-4,2 % en 2021 et -6,8 % en 2020), la "
    "fréquentation s'est stabilisée.",
    # « trois fois » a sum, over three years: a multiplication, not a list of two
    "times_over_years": "Le canton anticipe la réforme : trois fois 500 000 francs en 2026, 2027 et 2028.",
    # a change over a year is no length of the period told in the next sentence
    "span_of_a_change": "Les prisons comptaient 11 200 détenus en mars. Il y a eu 1 420 détenus de plus en "
    "un an (+3 %). Après une baisse entre avril 2020 et février 2021, les chiffres remontent. Si le nombre "
    "de détenus augmente en un an, les places restent les mêmes.",
    # a bound of this year against the figure of another year, in a parenthesis opened by it
    "year_in_parenthesis": "Pour la première fois, le nombre de victimes de la route est passé sous la barre "
    "des 4 000 morts avec le nouveau mode de calcul (en 2006 : 4 318 tués à 30 jours).",
    # a quoted count of two groups together: 3 judges + 6 jurors
    "union_of_two_groups": "Les trois juges et les six jurés (quatre femmes et deux hommes) se sont retirés. "
    "Une majorité de cinq jurés est décisive. Selon l'avocat, « pour faire voter les neuf jurés, on part "
    "de la peine la plus lourde ».",
    # a figure in the whole's noun complement is no part of it
    "size_of_the_counted_things": "Parmi les 48 cliniques de plus de 80 lits en Bretagne, 30 se sont "
    "améliorées, 12 sont restées stables et six ont reculé.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        ("CNT01", "Les Verts décrochent deux sièges d'échevin, à Virton et à Étalle.", "consistent"),
        ("CNT01", "Les Verts décrochent trois sièges d'échevin, à Virton et à Étalle.", "inconsistent"),
        (
            "DAT04",
            "Du 3 au 9 juin 2024, la crue a tout emporté. En une semaine, 40 maisons ont été détruites.",
            "consistent",
        ),
        (
            "DAT04",
            "Du 3 au 9 juin 2024, la crue a tout emporté. En trois semaines, 40 maisons ont été détruites.",
            "inconsistent",
        ),
        ("BND01", "Le nombre de tués est passé sous la barre des 4 000 morts (4 318 tués à 30 jours).", "inconsistent"),
        (
            "SAM01",
            "L'accident a fait six morts. Les neuf morts ont été identifiés le soir.",
            "inconsistent",
        ),
        ("SUB01", "Parmi les 48 cliniques de plus de 80 lits, 30 se sont améliorées.", "consistent"),
        ("SUB01", "Parmi les 48 cliniques de plus de 80 lits, 60 se sont améliorées.", "inconsistent"),
    ],
)
def test_fresh_audit_true_relations_and_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


# -- Our new annotated articles (own-25 …): the shapes of their false alarms ------------------


ORDER_TRAPS = {
    # « sur » states the relation: the order lexicon has nothing to add
    "tied_by_sur": "La liste arrive en tête. Elle recueille 2 310 voix sur 5 120 suffrages exprimés, soit 45,1 %.",
    # the admitted of one track, stated « sur » its own present candidates, against another group
    "another_group_after_a_stated_whole": "Sur les 9 400 candidats inscrits, 9 210 se sont présentés. Les "
    "412 candidats autorisés à passer l'oral pourront encore progresser. Dans la voie générale, le taux "
    "atteint 92 %, avec 5 120 admis sur 5 565 présents.",
    # a sub-group's candidates, with the whole group's present candidates a few sentences before
    "sub_group_after_the_whole": "Le taux de réussite au brevet atteint 86 %, avec 6 900 admis pour 8 020 "
    "candidats présents. Près de six admis sur dix ont obtenu une mention. Parmi les 4 120 lauréats "
    "mentionnés, 1 300 ont eu la mention très bien. Dans la série professionnelle, 430 des 590 candidats "
    "ont été reçus.",
    # a mark on a scale, above it with bonus points
    "mark_above_its_scale": "La meilleure moyenne de l'académie, 20,37 sur 20 grâce aux options, revient à une élève.",
}


@pytest.mark.parametrize(("admitted", "verdict"), [("5 120", "consistent"), ("15 120", "inconsistent")])
def test_order_still_holds_against_the_one_group(check, admitted, verdict):
    text = f"Au total, 9 210 candidats se sont présentés à l'examen. Au final, {admitted} élèves ont été admis."
    assert verdict in _verdicts(check(text), "ORD01")


def test_a_period_without_year_is_told_without_an_invented_one(check):
    report = check("Le festival a lieu du 12 au 14 juillet.")
    (finding,) = [f for f in report.findings if f.rule == "DAT01"]
    assert "14 juillet" in finding.message and not re.search(r"\b(?:19|20)\d\d\b", finding.message)


def test_a_demonstrative_may_count_two_groups_told_before(check):
    text = (
        "Le navire transportait 312 passagers et 18 membres d'équipage. Les secours ont mobilisé 40 "
        "pompiers. Ces {} personnes ont été évacuées."
    )
    _no_alarm(check(text.format(352)))  # 312 + 40
    assert "consistent" in _verdicts(check(text.format(330)), "SUM01")  # 312 + 18


@pytest.mark.parametrize(("rate", "verdict"), [("86,7", "consistent"), ("96,7", "inconsistent")])
def test_a_pass_rate_may_be_of_those_who_sat(check, rate, verdict):
    # 12 157 / 14 018 = 86,7 % (of those who sat), 12 157 / 14 236 = 85,4 % (of those registered)
    text = (
        "Sur les 14 236 candidats inscrits, 14 018 se sont présentés aux épreuves et 12 157 ont été "
        f"admis, soit un taux de réussite de {rate} %."
    )
    assert verdict in _verdicts(check(text), "PCT01")


# -- Fourth real-text audit (held out until the end): the shapes of its false alarms ----------

FOURTH_TRAPS = {
    # a list opened by a comparison: other parties that did the same
    "list_compared": "Les Verts conservent leurs deux sièges, tout comme le Parti libéral, le Centre et les Pirates.",
    # a bracket after a description of the files: categories, not the files
    "categories_in_brackets": "Mardi, le tribunal a examiné six dossiers de fraude aux aides publiques (faux "
    "documents, déclarations mensongères et travail dissimulé).",
    # the last figure of a bracketed list is its total
    "total_in_the_list": "C'est moins qu'en 2019 (5400 listes de parti, 2100 sans nom, 19'300 au total).",
    # sibling categories of one noun in one sentence
    "sibling_categories": "Le groupe a gagné 41 000 nouveaux clients mobiles, 9 000 nouveaux abonnements "
    "internet et 13 000 nouveaux abonnements télé.",
    # the same date of another year, told as a comparison
    "same_date_another_year": "Cet été, les pompiers ont recensé 318 feux de forêt. À pareille date en 2019, "
    "308 feux avaient été comptés.",
    # two months named, then « ces deux mois »: not the season stated before
    "demonstrative_of_two_months": "La station a enregistré 2,1 millions de nuitées sur la saison d'hiver, soit "
    "entre novembre et avril. Décembre et janvier restent les plus forts. Ces deux mois affichent une hausse.",
    # an increment against a stock of the same noun
    "increment_and_stock": "Le festival a vendu 1000 forfaits de plus qu'en 2023. Il ne reste que 1500 forfaits.",
    # a sub-type of what the bound counts
    "sub_type": "L'hôpital a assuré plus d'un million de consultations. Il en a tenu 991 200 de ce type en ville.",
    # figures added to a count told before, then the whole
    "added_to_before": "La région compte 186 300 chômeurs indemnisés. Il faut y ajouter 26 200 inscrits d'office "
    "et 14 500 inscrits volontaires, pour un total de 227 000 personnes.",
    # a year framing a statistic, and its publication the next January
    "year_of_the_statistic": "En 2018, la natalité a reculé, selon les chiffres rendus publics mardi 15 janvier.",
    # two sides of a room
    "two_sides": "Les détenus s'entassent dans des cellules de 9 pieds sur 6 pieds.",
    # a share in words and a percentage of another whole right after it
    "share_of_another_whole": "Le groupe atteint près de la moitié (19 %) des profits de son rival.",
    # two years compared, in either order
    "years_compared": "Entre 2019 et 2018, le chômage des jeunes avait déjà baissé de 6,1 %.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        ("CNT01", "Les Verts conservent leurs deux sièges, à Namur et à Dinant.", "consistent"),
        ("PCT01", "Dans un jury, 132 candidats ont été admis sur 572, soit 24,13 % de réussite.", "inconsistent"),
        ("DAT03", "Le président a promulgué ce lundi 6 avril 2024 la nouvelle loi.", "inconsistent"),
        ("PCT03", "Un tiers des sondés (41 %) approuve le projet.", "inconsistent"),
        ("DAT01", "Le festival se tiendra du 12 au 8 mai 2026.", "inconsistent"),
    ],
)
def test_fourth_audit_true_relations_and_real_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


# -- Fifth real-text audit (collected at the end of issue 14's session): its false alarms -------

FIFTH_TRAPS = {
    # the first item after « vers »
    "first_item_after_vers": "La compagnie ouvrira trois lignes long-courrier vers Lisbonne, Oslo et Dakar.",
    # a count inside brackets: its list ends with them
    "count_inside_brackets": "La prison de Lantin concentre le plus de détenus au sol (64), devant Arlon (45), "
    "Gand (37, dont deux femmes), Bruges (26), Ypres (24) et Malines (7).",
    # a « dont » list inside brackets does not go on after them
    "dont_list_in_brackets": "La tempête a touché 48 000 bâtiments (dont 45 000 logements), ainsi que 11 000 "
    "véhicules.",
    # sibling regions with an adjective before their complement
    "siblings_by_region": "En mars, on comptait 157 091 chômeurs complets en Région flamande, 156 098 en Région "
    "wallonne et 64 741 en Région bruxelloise.",
    # a count of the items named, each with a figure
    "count_of_named_items": "Les cinq villes les plus peuplées restent les mêmes : Anvers (529 417), Gand "
    "(263 703), Charleroi (201 837), Liège (196 296) et Bruxelles (186 916).",
    # a group named by its complement, then another group
    "named_groups": "Les deux candidats des Verts suivent. Les quatre candidats de la liste commune ont "
    "déclaré vouloir repartir ensemble.",
    "groups_of_two_provinces": "Sont concernées :\n- Les 84 communes de la province de Liège ;\n- Les 44 "
    "communes de la province de Luxembourg.",
    # a rounded figure in a quotation, of another span
    "quoted_bound": "Les autorités recensent 14 558 hectares brûlés depuis janvier. « Il y a eu beaucoup de "
    "feux en début d'année, avec presque 10 000 hectares brûlés », dit le préfet.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        ("CNT01", "La compagnie ouvrira trois lignes long-courrier vers Lisbonne, Oslo et Dakar.", "consistent"),
        ("CNT01", "La compagnie ouvrira deux lignes long-courrier vers Lisbonne, Oslo et Dakar.", "inconsistent"),
        ("SUM01", "La tempête a touché 48 000 bâtiments (dont 45 000 logements et 4 000 commerces).", "inconsistent"),
        (
            "SAM01",
            "Les 84 communes de la province de Liège votent. Les 48 communes de la province de Liège aussi.",
            "inconsistent",
        ),
    ],
)
def test_fifth_audit_true_relations_and_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


SIXTH_TRAPS = {
    # « jamais en dix ans »: a window of comparison, not the length of the years named after it
    "never_in_years": "Jamais en dix ans le nombre d'échecs n'a été aussi élevé : entre 2013 et 2020, le "
    "taux de réussite tournait autour de 90 %, contre 84 % cette année.",
    # « ces deux jours » four sentences after a period of five: other days were meant
    "demonstrative_far_back": "Les crues ont touché la vallée entre le 16 et le 20 octobre. L'État a reconnu "
    "l'état de catastrophe naturelle. Les assureurs ont reçu 4 200 déclarations. Les routes ont rouvert. "
    "Lors de ces deux jours de pluie, il est tombé 300 mm d'eau.",
    # « En deux semaines, … est passée de … à … »: the span of a change
    "span_of_a_change_after": "Les urgences ont reçu 41 malades pour mille passages pendant la semaine du 19 au "
    "25 décembre. En deux semaines, la part des malades est passée de 12 à 41 pour mille.",
    # « pour l'autre des deux magistrats suppléants »: a partitive introduces a group
    "partitive_group": "Le verdict a été rédigé avec l'aide des trois magistrats. Les suppléants étaient pour "
    "l'un des 15 jurés suppléants et pour l'autre des deux magistrats suppléants.",
    # two totals, each of its own part
    "respective_totals": "Les deux films réalisaient respectivement 1,3 M et 1,2 M d'entrées au même stade, "
    "pour un total de 7,8 M et 9,3 M d'entrées.",
    # years told by the difference of their bounds
    "years_by_difference": "En dix ans, entre 2008 et 2018, la région a gagné 17 000 habitants, soit 0,03 % "
    "par an en moyenne.",
    # « alors qu'il y a dix ans … annuellement »: another time, and a yearly rate
    "ten_years_ago": "En 2022, on a compté 252 morts sur les routes de la province, alors qu'il y a dix ans, "
    "les accidents faisaient près de 340 victimes annuellement.",
    # « soit trois de moins qu'en moyenne »: a difference, not the first of two parts
    "difference_after_soit": "Les avalanches ont emporté 17 personnes cet hiver, soit trois de moins qu'en "
    "moyenne, et 17 ont été blessées.",
    # « l'un des deux contrats »: a partitive, not a re-mention
    "partitive_contract": "La commune a signé trois contrats de déneigement. Elle a résilié l'un des deux "
    "contrats de fauchage.",
    # the weekday of a publication, with the year of the day the figures count
    "weekday_of_publication": "La population était de 66 190 280 habitants au 1er janvier 2015, selon les "
    "chiffres communiqués par l'institut mercredi 27 décembre.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        ("DAT04", "En six ans, entre 2008 et 2018, la région a gagné 17 000 habitants.", "inconsistent"),
        ("DAT04", "En onze ans, entre 2008 et 2018, la région a gagné 17 000 habitants.", "consistent"),
        ("DAT04", "Le chantier a duré quatre mois, de janvier à juin 2024.", "inconsistent"),
        # the period just before « ces » is still measured by it
        (
            "DAT04",
            "Les crues ont touché la vallée du 16 au 20 octobre. Lors de ces deux jours, il a plu.",
            "inconsistent",
        ),
        # a date a few days away lends its year
        ("DAT03", "Les audiences se tiendront le lundi 3 juin et le mercredi 13 juin 2024.", "inconsistent"),
        (
            "SUM01",
            "Les deux clubs comptent respectivement 120 et 80 membres, soit un total de 210 membres.",
            "inconsistent",
        ),
        ("SAM01", "La crue a fait trois victimes. Les deux victimes habitaient le village.", "inconsistent"),
        # without « il y a », the two figures are of one time (the rounded lead first: a bound
        # told after the exact figure may round another one, and only confirms)
        (
            "BND01",
            "Le bilan fait état de près de 340 morts. Les routes de la province ont fait 252 morts.",
            "inconsistent",
        ),
        ("SUM01", "Les avalanches ont emporté 17 personnes, soit trois skieurs et 15 randonneurs.", "inconsistent"),
    ],
)
def test_sixth_audit_true_relations_and_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


SEVENTH_TRAPS = {
    # « sur 2015 »: a year written without its cue, smaller than the part
    "over_a_year": "Avec 12 000 naissances en moins sur 2019, la natalité reste à un niveau élevé (710 000).",
    # a breakdown with asides in brackets, one figure for two towns
    "aside_and_two_towns": "On recense 150 détenus sans lit : 41 à Dinant, 33 à Huy (dont 3 femmes), 28 à Ath "
    "(dont 5 femmes), 24 à Spa et Theux, et neuf à Andenne.",
    # the last part after « ou encore »
    "or_else_last": "Vers midi, 9.000 abonnés étaient privés de courant : 3.100 dans l'Ain, 2.600 dans le Jura, "
    "2.100 en Savoie ou encore 1.200 dans l'Isère.",
    # a figure for two places in a breakdown that is not exact
    "two_places_rounded": "En Lorraine, 15.000 foyers étaient privés de courant : 6.000 en Moselle, 3.500 dans la "
    "Meuse et dans les Vosges ainsi que 2.000 en Meurthe-et-Moselle.",
    # « avec A (72), B (55) et C (45) en tête »: the first of many, not the list
    "leaders_of_a_ranking": "En Wallonie, on en compte 280 dans neuf prisons, avec Mons (64), Lantin (51) et "
    "Namur (40) en tête.",
    # several films counted in one noun
    "several_subjects": "Le premier film cumule encore 1 520 400 entrées et dépasse les 7 millions de billets, "
    "et le second affiche près de "
    "2 100 000 entrées au compteur. S'y ajoutent le troisième (déjà près de 600 000 entrées) et le quatrième "
    "(près de 500 000 entrées). Le cinquième démarre avec 612 300 entrées.",
    # « près de 600 000 » for a figure a little over it
    "near_rounded_up": "Le film démarre fort, avec 601 163 entrées. Il rejoint ainsi les films qui ont attiré "
    "près de 600 000 entrées.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        (
            "SUB01",
            "Au total, 2 400 dossiers sur 1950 dossiers ont été retenus.",
            "inconsistent",
        ),
        (
            "SUM01",
            "On recense 150 détenus sans lit : 41 à Dinant, 33 à Huy (dont 3 femmes), 28 à Ath (dont 5 femmes), "
            "24 à Spa, 15 à Theux et neuf à Andenne.",
            "consistent",
        ),
        (
            "SUM01",
            "On recense 150 détenus sans lit : 41 à Dinant, 33 à Huy (dont 3 femmes), 28 à Ath (dont 5 femmes), "
            "24 à Spa, 25 à Theux et neuf à Andenne.",
            "inconsistent",
        ),
        (
            "SUM01",
            "Vers midi, 9.000 abonnés étaient privés de courant : 3.100 dans l'Ain, 2.600 dans le Jura, 2.100 en "
            "Savoie ou encore 1.500 dans l'Isère.",
            "inconsistent",
        ),
        ("CNT01", "Les inspecteurs ont visité neuf prisons : Mons, Lantin et Namur.", "inconsistent"),
        ("BND01", "Le film a attiré près de 700 000 entrées. Il démarre fort, avec 601 163 entrées.", "inconsistent"),
    ],
)
def test_seventh_audit_true_relations_and_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


EIGHTH_TRAPS = {
    # two towns, the second named after the verb
    "town_after_the_verb": "À Lille, la marche a réuni 1.200 personnes, selon la police. Quelque 900 personnes "
    "ont aussi défilé à Rouen, et 600 à Amiens.",
    # one month of two years compared, the later first
    "months_compared": "Les passages clandestins ont baissé de 18 % entre mars 2025 et mars 2024, selon la police.",
    # « 2021, où … alors »: the figure of the year just named
    "clause_of_a_year": "Le bénéfice atteint 4,61 milliards de francs, un tiers de plus qu'en 2021, où il "
    "s'établissait alors à environ 3,4 milliards de francs.",
    # a rate per 100 000 inhabitants
    "rate_per_population": "Les accidents ont fait 18 420 victimes en 2023, soit environ 25 victimes pour 100 000 "
    "habitants. Le canton a compté 36 piétons tués.",
    # a demonstrative taking up a group without one of its parts
    "group_without_a_part": "En 2025, 1.327 accidents ont été déclarés. Parmi eux, 1.106 ont entraîné une incapacité "
    "temporaire, 217 une incapacité permanente et quatre ont été mortels. Ces 1.323 accidents non mortels ont coûté "
    "41.870 jours de travail.",
    # two counts ordered by meaning, far apart: the second is of all the races
    "order_far_apart": "Des 4 612 coureurs inscrits au marathon, 3 978 ont pris le départ. Le vainqueur a couru "
    "en 2 h 11. La Québécoise s'est imposée chez les femmes. Le parcours longeait le fleuve. Le public était "
    "nombreux. Les organisateurs font état de 14 206 participants sur les cinq courses.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        (
            "BND01",
            "À Lille, quelque 900 personnes ont défilé, selon la CGT. La marche a réuni 1.200 personnes.",
            "inconsistent",
        ),
        ("DAT01", "Le chantier a duré entre avril 2024 et mars 2023.", "inconsistent"),
        (
            "SAM01",
            "En 2025, 1.327 accidents ont été déclarés, dont 1.106 légers. Ces 1.372 accidents ont coûté cher.",
            "inconsistent",
        ),
        (
            "ORD01",
            "Les organisateurs avaient enregistré 51 320 inscrits. Au total, 54 106 coureurs se sont élancés.",
            "inconsistent",
        ),
    ],
)
def test_eighth_audit_true_relations_and_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


NINTH_TRAPS = {
    # a first item that frames the list by a common noun of place
    "frame_first_in_list": "En revanche, trois autres départements, dans le nord-est du pays, la Meuse, les "
    "Vosges et la Moselle, sont passés en vigilance orange.",
    # « sur » and towns: where the searches took place, several to a town
    "searches_over_towns": "La police a mené mardi onze perquisitions sur Namur, Jambes et Andenne.",
    # « ses trois passagers »: the passengers of one car among the injured
    "possessive_subgroup": "Une collision a fait cinq blessés. Une conductrice et ses trois passagers ont été "
    "légèrement blessés.",
    # « les deux véhicules »: two of the six
    "two_of_the_vehicles": "Un carambolage impliquant six véhicules a bloqué la route. Les deux véhicules en tête "
    "roulaient trop vite.",
    # « sur une végétation »: an article, no whole
    "on_an_article": "On a deux feux compliqués qui prospèrent sur une végétation très sèche.",
    # flat sizes
    "flat_sizes": "Le loyer médian va de 1 100 francs pour les studios à 5 500 francs pour les 7 pièces. Pour "
    "les 4 pièces, il atteint 2 400 francs.",
    # « est passé de 1941 à 1889 »: counts that changed, not years
    "counts_not_years": "Le nombre de maisons inondées est passé de 1941 à 1889, mais celui des maisons isolées a "
    "augmenté, passant de 1965 à 2068.",
    # the larger count's group is a part of a whole smaller than the other count
    "inside_a_smaller_whole": "La régate rassemblait 86 bateaux et 142 participants. Des rafales ont tout "
    "renversé. Au total, 57 personnes ont été repêchées, dont 19 enfants inscrits à l'école de voile.",
    # a colon list whose first part is a clause, of which the others are the breakdown
    "clause_then_breakdown": "Des rafales de 48 nœuds ont balayé le lac : 34 bateaux ont chaviré, 21 dériveurs, 9 "
    "catamarans et 4 planches à voile.",
}


TENTH_TRAPS = {
    # a list of clauses after « les deux victimes »: « l'une … et l'autre … », not three names
    "clauses_not_names": "Le drame a laissé les deux enfants traumatisés, l'un ne dort plus, ni ne mange et l'autre "
    "refuse d'aller à l'école.",
    # « passer sous la barre symbolique des »: below the threshold, not above it
    "below_the_symbolic_bar": "Le nombre de guichets chute, passant sous la barre symbolique des 3.000. Le réseau en "
    "comptait exactement 2.987 en 2019.",
    # « N des NOUN » after a figure of that noun told as a share: a part, not the group
    "of_the_noun_after_a_share_part": "En 2024, 14 cyclistes sont morts dans une collision avec un camion (soit "
    "22 %), 9 dans une chute seule (soit 14 %). 41 des cyclistes morts roulaient sans casque, soit 64 %.",
    # gapped parts told of the places a small count names (b4-13 shape)
    "parts_of_places_named": "Au total, 760 habitants ont été évacués dans trois villages. Sainte-Anne en compte 420, "
    "Le Moulin 220 et Haut-Pré 120.",
    # « parmi lesquels » right after its whole, with a masculine noun told before (b4-14 shape)
    "relative_among_right_after": "Sur les quatre scènes, 186 spectacles ont été joués. Les organisateurs remercient "
    "les 3250 bénévoles, parmi lesquels 800 nouvelles recrues, soit un quart de l'effectif.",
    # « dont » after the share is a part of the part, not the share's part (b5-03 shape)
    "dont_after_the_share": "Parmi les 21 300 admis, 9 800 ont obtenu une mention, soit près d'un admis sur deux "
    "(46 %), dont 2 140 la mention très bien.",
    # the first term of a difference counts another thing than the gap (b5-06 shape)
    "difference_over_another_noun": "Au 1er mars, 5 480 personnes étaient détenues dans les 14 prisons de la région, "
    "pour 4 120 places, soit 1 360 détenus en surnombre.",
    # « Parmi les bulletins déposés » with a candidate's votes and a lead told before (b5-11 shape)
    "among_ballots_after_a_lead": "Le candidat sortant l'emporte avec 28 640 voix, contre 21 310 pour sa rivale, soit "
    "une avance de 7 330 voix. Sur les 160 200 inscrits, 66 900 ont voté. Parmi les bulletins déposés, 1 120 ont "
    "été rejetés, ce qui laisse 65 780 votes valides.",
    # a change in points beside another group's rate, not another year's
    "points_between_two_groups": "Les filles réussissent à 94,2 %, en hausse de 0,4 point, contre 90,8 % pour les "
    "garçons.",
    # « ce qui laisse » with no whole told for the part
    "left_over_without_a_whole": "Le dépouillement a fait apparaître 212 bulletins blancs et 84 nuls, ce qui laisse "
    "9 104 suffrages exprimés.",
    # « C'est N de plus » with nothing compared in the sentence before
    "gap_with_nothing_compared": "Le club compte 1 240 membres et 96 bénévoles. C'est 80 de plus.",
    # a per-day average and a monthly count compared (b5-09 shape)
    "average_beside_the_pair": "Le service a reçu 3 720 appels en avril, soit en moyenne 124 par jour, contre 3 150 en "
    "avril 2024. Cela représente 570 appels de plus.",
    # a pair of classes narrowed after the last part: some of the whole only
    "narrowed_pair": "La police a compté 1 400 manifestants, dont 320 femmes et 210 hommes de plus de 60 ans.",
    # a bracket after a bound that holds another figure with a noun of its own
    "bracket_with_its_own_noun": "Le film a fait plus de 500 000 entrées (612 000 entrées en 2023) en France.",
    # « Parmi les visiteurs du jeudi »: a day's visitors, not those of the whole fair
    "among_a_narrowed_group": "Le salon a reçu 3 870 visiteurs en quatre jours, du jeudi au dimanche. Parmi les "
    "visiteurs du samedi, 4 250 élèves étaient venus en car.",
    # a balance of two flows and a percentage after it: no change from another time
    "balance_then_a_share": "Le refuge a enregistré 1 420 arrivées contre 1 185 départs, soit un solde de 235 (+9 % "
    "de places occupées).",
    # « entre les deux tours »: no range
    "between_the_two_rounds": "La participation va de 41 % à Sion à 58 % à Brigue. Ailleurs, 45 % des inscrits ont "
    "voté et 12 % ont changé d'avis entre les deux tours.",
    # a rate of each class is no share of one whole
    "rates_of_two_classes": "Le taux de chômage des femmes est de 7,2 %, celui des hommes de 8,1 %.",
    # the second share names a whole of its own
    "shares_of_two_wholes": "Les femmes représentent 48 % des cadres, les hommes 35 % des ouvriers.",
    # « entre » and names in brackets that are no figures of the whole
    "between_names_no_split": "Les 12 stations vendent le litre entre Genève (2,12 francs) et Sion (1,98 franc).",
    # a gap named by its noun that counts other things than the figures compared
    "majority_in_seats": "La liste a obtenu 4 402 voix, contre 2 739 pour l'opposition. Sa majorité au conseil "
    "s'établit à 22 sièges.",
    # « des morts » after « N personnes » told as a share: the whole is the toll (b5-14 shape)
    "the_dead_not_the_people": "Parmi les 240 victimes, on compte 130 conducteurs et 110 piétons. L'alcool est en "
    "cause dans près d'un décès sur trois (31 %), soit 74 personnes. Les jeunes comptent pour 20 % des morts, soit "
    "48 jeunes.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        ("CNT01", "Trois départements, la Meuse, les Vosges et la Moselle, passent en vigilance.", "consistent"),
        ("SAM01", "L'accident a fait trois morts. Les deux victimes étaient âgées de 20 ans.", "inconsistent"),
        ("DAT01", "Le festival a eu lieu de 2009 à 1995.", "inconsistent"),
        ("SUM01", "Le prix, de 14 millions : 11 millions de part fixe et 4 millions de bonus.", "inconsistent"),
        # the smaller count's group is a part of a whole of the larger group: still a slip
        (
            "ORD01",
            "Le Québec a recensé 187 cas. Au nombre des personnes infectées, 151 n'étaient pas vaccinées. "
            "Deux cent trente patients ont dû être hospitalisés.",
            "inconsistent",
        ),
    ],
)
def test_ninth_audit_true_relations_and_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


#: The traps of the real-text audits' false alarms (third, fourth and fifth sets) and of our
#: new annotated articles, each an invented sentence of the shape that misled gcheck.
TWELFTH_TRAPS = {
    # a change « en un an » after the change verb « a gagné », not the length of the period told before
    "span_of_a_change": "De mai à octobre, les campings ont enregistré 21 millions de nuitées. Sur la côte, la "
    "fréquentation a gagné 3,4 % en un an.",
    # paid entries against the whole attendance, in one sentence: two quantities
    "paid_against_total": "Le salon a battu son record avec 21 000 entrées payantes (19 500 en 2019) pour une "
    "fréquentation totale de plus de 26 000 visiteurs.",
    # a headline's figure, then a bound of another group of the same noun
    "headline_then_other_group": "8 000 dossiers en attente d'instruction\nSelon le syndicat, plus de 11 000 "
    "dossiers ont dépassé le délai légal en trois mois.",
    # the same noun with two complements: at sea, then near the beaches
    "same_noun_other_place": "Cet été, les sauveteurs ont mené 1 840 interventions en mer. Sur les plages, ils ont "
    "soigné 6 000 personnes lors de plus de 2 100 interventions.",
    # « chacune des lignes »: a figure per line, after another line's figure
    "each_of_the_lines": "La ligne vers Porto a transporté plus de 5.200 passagers en août. Près de 3.000 passagers "
    "ont emprunté chacune des deux nouvelles lignes.",
    # a recap rounds the total told by a demonstrative, not the part of its noun
    "recap_of_the_total": "Les propriétaires ont déposé 3 640 annonces, les locataires 560. Ces 4 200 sinistres "
    "coûteront 30 millions. Avec près de 4 300 annonces, l'épisode est le plus coûteux de la décennie.",
    # names with appositions in a list: « la Polonaise Anna Nowak, 3e mondiale, et … »
    "names_with_ranks": "La finale opposera deux joueuses : la Polonaise Anna Nowak, 3e mondiale, et la Tchèque "
    "Eva Dvorak, 8e mondiale.",
    # a serial list whose first item holds « et »
    "serial_list_with_and": "Le rapport porte sur trois volets : gestion et contrôle interne, achats, et suivi des "
    "subventions.",
    # a share cut after its decimal rather than rounded: 31,986 % told as 31,9 %
    "share_cut_not_rounded": "Le canton compte 412 377 habitants, dont 131 905 étrangers, soit 31,9 % de la "
    "population.",
    # « des admis » of the total, not of the first stream's admitted told after it
    "share_of_the_total_admitted": "Au total, 12 480 candidats ont été admis. La filière générale compte 7 950 "
    "admis, la technologique 2 830 et la professionnelle 1 700. Près de la moitié des admis (6 020) ont obtenu "
    "une mention.",
    # « de l'effectif » of the prison, not of its men's wing named last
    "share_of_the_staff_not_the_wing": "La prison comptait 530 détenus pour 300 places. Le quartier des hommes est "
    "saturé : 480 détenus y vivent pour 260 places. Parmi les personnes incarcérées, 318 sont des prévenus, soit "
    "60 % de l'effectif.",
    # « des demandeurs en A, B et C » of their total, not of category A
    "share_of_all_categories": "Au trimestre, 64 300 personnes étaient inscrites en catégories A, B et C. Parmi "
    "elles, 37 100 n'avaient aucune activité. Au total, 27 650 inscrits le sont depuis plus d'un an, soit 43 % "
    "des demandeurs en A, B et C.",
    # « du total » of the demonstrative total, not of its first part
    "share_of_the_demonstrative_total": "Les propriétaires ont déposé 3 640 annonces, les locataires 560. Ces 4 200 "
    "sinistres coûteront 30 millions. Trois communes concentrent 2 940 annonces, soit 70 % du total.",
    # school holidays from the Saturday classes end to the Monday they resume
    "school_holidays": "Les élèves seront en vacances du samedi 19 octobre au lundi 4 novembre 2024, soit deux "
    "semaines.",
    # « en y ajoutant » two groups to one of several figures told before
    "addition_of_two_groups": "La caserne compte 212 pompiers professionnels, pour 230 prévus, soit 18 postes "
    "vacants. En y ajoutant les 40 volontaires et les 12 agents administratifs, l'effectif atteint 264 personnes.",
    # « en ont obtenu une »: a pronoun, no whole of the « dont » after it
    "pronoun_one": "Au total, 21 300 candidats ont obtenu leur diplôme. Les mentions progressent : 12 400 bacheliers "
    "en ont obtenu une, dont 2 130 la mention très bien, soit 10 % des admis.",
    # « d'entre elles » of the people, not of the communes named after them
    "among_them_not_the_communes": "Près de 2 600 personnes ont été évacuées dans trois communes, Vals, Lussan et "
    "Mérindol. Lundi, 2 100 d'entre elles ont pu rentrer chez elles ; les 500 autres restent hébergées.",
    # a weekday with no year in a January dispatch: last December's
    "weekday_of_last_december": "Lyon, 12 janvier 2026 – Le réseau tire son bilan. Depuis le changement d'horaire "
    "du dimanche 14 décembre, les trams circulent plus tard.",
    # households are no dwellings
    "households_not_dwellings": "Plus de 31 000 ménages attendent un logement social. Le parc public compte 24 500 "
    "logements.",
    # a calendar month: from the 16th to the 16th
    "calendar_month": "L'enquête publique se tiendra du lundi 16 février au lundi 16 mars 2026, soit un mois.",
    # « , sur » after a « dont » aside: what the head figure is out of
    "out_of_after_an_aside": "Au total, 8 410 électeurs ont voté, dont 212 bulletins blancs, sur 15 600 inscrits, "
    "soit un taux de 53,9 %.",
    # the share of a tally's first side, the others listed after « contre »
    "share_of_the_first_side": "Le maire sortant a recueilli 4 210 voix, contre 3 120 pour son adversaire et 670 "
    "pour le candidat écologiste, sur 8 000 suffrages exprimés, soit 52,6 %.",
    # a line ends a « dont » list written without stops (audit lines of a table)
    "dont_across_lines": "Accidents depuis janvier :\n28 accidents en ville, 2 tués, 33 blessés dont 12 hospitalisés\n"
    "51 accidents hors agglomération, 7 tués, 64 blessés dont 40 hospitalisés\n",
    # data of a year published two years later: the weekday is of the publication's year
    "published_two_years_later": "En 2023, les retraités touchaient en moyenne 1 540 euros nets par mois, selon le "
    "rapport publié ce jeudi 31 juillet.",
    # a count followed by a clause, not by the list of its items
    "count_then_clause": "La Suisse, qui compte désormais deux points, doit encore affronter le Portugal, vendredi "
    "(15 h 30), et le Maroc.",
    # « Parmi cette foule »: a part of the bound told before, not a restatement of it
    "among_this_crowd": "Plus de 2 millions de candidats se sont présentés au permis en 2021. Parmi cette foule, "
    "1,5 million de candidats visaient le permis B.",
    # what ranks a group, in brackets after it: no part of it
    "bracket_criterion": "Parmi les cinq premiers du classement (plus d'un million de visiteurs), seuls deux musées "
    "progressent.",
    # « soit » after an inclusion: the amount included, not the whole
    "included_amount": "Le loyer moyen est de 640 euros. En y ajoutant les charges, soit 75 euros, la facture "
    "atteint 715 euros.",
}


@pytest.mark.parametrize(
    ("rule", "text", "verdict"),
    [
        # the same shapes, with the relation confirmed or a slip
        ("SUM01", TWELFTH_TRAPS["addition_of_two_groups"], "consistent"),
        (
            "SUM01",
            "Au plus fort du feu, 1 120 pompiers étaient engagés, dont 340 venus de départements voisins. En y "
            "ajoutant les 160 militaires, l'effectif atteignait 1 290 personnes.",
            "inconsistent",
        ),
        ("PCT01", TWELFTH_TRAPS["out_of_after_an_aside"], "consistent"),
        ("PCT01", TWELFTH_TRAPS["out_of_after_an_aside"].replace("53,9 %", "58,3 %"), "inconsistent"),
        ("PCT01", TWELFTH_TRAPS["share_of_the_first_side"], "consistent"),
        ("PCT01", TWELFTH_TRAPS["share_of_the_total_admitted"], "consistent"),
        ("PCT01", TWELFTH_TRAPS["share_of_the_demonstrative_total"], "consistent"),
        ("PCT01", TWELFTH_TRAPS["share_cut_not_rounded"].replace("31,9 %", "31,7 %"), "inconsistent"),
        ("DAT04", TWELFTH_TRAPS["calendar_month"], "consistent"),
        ("DAT04", TWELFTH_TRAPS["calendar_month"].replace("un mois", "deux mois"), "inconsistent"),
        ("DAT04", TWELFTH_TRAPS["school_holidays"].replace("deux semaines", "trois semaines"), "inconsistent"),
        ("DAT03", TWELFTH_TRAPS["weekday_of_last_december"], "consistent"),
        ("DAT03", TWELFTH_TRAPS["weekday_of_last_december"].replace("dimanche 14", "lundi 14"), "inconsistent"),
        ("CNT01", TWELFTH_TRAPS["names_with_ranks"].replace("deux joueuses", "trois joueuses"), "inconsistent"),
        ("CNT01", TWELFTH_TRAPS["serial_list_with_and"], "consistent"),
        ("SUB01", TWELFTH_TRAPS["among_them_not_the_communes"], "consistent"),
    ],
)
def test_twelfth_audit_true_relations_and_slips(check, rule, text, verdict):
    assert verdict in _verdicts(check(text), rule)


AUDIT_TRAPS = {
    **{f"third/{k}": v for k, v in FRESH_TRAPS.items()},
    **{f"articles/{k}": v for k, v in ORDER_TRAPS.items()},
    **{f"fourth/{k}": v for k, v in FOURTH_TRAPS.items()},
    **{f"fifth/{k}": v for k, v in FIFTH_TRAPS.items()},
    **{f"sixth/{k}": v for k, v in SIXTH_TRAPS.items()},
    **{f"seventh/{k}": v for k, v in SEVENTH_TRAPS.items()},
    **{f"eighth/{k}": v for k, v in EIGHTH_TRAPS.items()},
    **{f"ninth/{k}": v for k, v in NINTH_TRAPS.items()},
    **{f"tenth/{k}": v for k, v in TENTH_TRAPS.items()},
    **{f"twelfth/{k}": v for k, v in TWELFTH_TRAPS.items()},
}


@pytest.mark.parametrize("name", sorted(AUDIT_TRAPS))
def test_audit_traps_raise_no_alarm(check, name):
    _no_alarm(check(AUDIT_TRAPS[name]))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # nothing points back: two groups of one noun may differ by a digit
        ("Le réseau compte 4 800 abonnés en ville. Il revendique 4 500 abonnés à la campagne.", None),
        ("La ligne a transporté 3 100 voyageurs samedi. Elle a transporté 3 200 voyageurs dimanche.", None),
        # « les », « ces », « des » point back: a digit copied wrong
        ("Le réseau compte 4 800 abonnés. Les 4 500 abonnés recevront une facture.", "inconsistent"),
        ("Le réseau compte 4 800 abonnés. Sur ces 4 500 abonnés, 1 250 sont des entreprises.", "inconsistent"),
        # swapped digits need no pointer, even in two digits
        ("Le réseau compte 4 800 abonnés. Il revendique 8 400 abonnés.", "inconsistent"),
        ("L'opération a mobilisé 39 pays. Au total, 93 pays ont signé la déclaration finale.", "inconsistent"),
    ],
)
def test_a_digit_apart_accuses_only_a_re_mention(check, text, verdict):
    verdicts = _verdicts(check(text), "SAM01")
    assert (verdict in verdicts) if verdict else "inconsistent" not in verdicts
