"""Recall (issue 14), families 3, 4 and 7 and their guards, through the whole pipeline with
the real model: surface variants of the explicit cues, one group under another name, amounts
whose category stands outside the counted noun's slot. Invented sentences (own wording,
names and figures): each true case (confirmed) and slip (inconsistent) has a trap beside it
(no inconsistent finding). The readers are tested without a model in
``tests/unit/test_relations_cues.py``."""

from __future__ import annotations

import pytest

from .verdicts import verdicts as _verdicts


def _alarms(report) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in report.findings if str(f.verdict) == "inconsistent"]


# -- 3. Surface variants of explicit cues ---------------------------------------------------

CUE_CASES = {
    # (true text, slip text, rule)
    "bare_sur": (
        "Sur 4 600 inscrits, 2 990 ont voté dimanche.",
        "Sur 4 600 inscrits, 5 990 ont voté dimanche.",
        "SUB01",
    ),
    "quote_before_cue": (
        "« Sur les 60 candidats, 42 ont été admis », a indiqué le jury.",
        "« Sur les 60 candidats, 72 ont été admis », a indiqué le jury.",
        "SUB01",
    ),
    "parmi_after": (
        "Le collège compte 48 enseignants. Deux enseignants figurent parmi eux au conseil.",
        "Le collège compte 48 enseignants. Soixante enseignants figurent parmi eux au conseil.",
        "SUB01",
    ),
    "parmi_inverted": (
        "L'accident a fait 30 blessés. Parmi les blessés figuraient 12 enfants.",
        "L'accident a fait 30 blessés. Parmi les blessés figuraient 42 enfants.",
        "SUB01",
    ),
    "parmi_ces_derniers": (
        "La caisse verse une pension à 412 retraités. Parmi ces derniers, 80 vivent à l'étranger.",
        "La caisse verse une pension à 412 retraités. Parmi ces derniers, 480 vivent à l'étranger.",
        "SUB01",
    ),
    "sur_ces_noun": (
        "La caisse verse une pension à 412 retraités. Sur ces retraités, 80 vivent à l'étranger.",
        "La caisse verse une pension à 412 retraités. Sur ces retraités, 480 vivent à l'étranger.",
        "SUB01",
    ),
    "inclusion": (
        "L'usine emploie 2 900 salariés à temps plein. En incluant les temps partiels, l'effectif atteint 3 200.",
        "L'usine emploie 3 900 salariés à temps plein. En incluant les temps partiels, l'effectif atteint 3 200.",
        "SUB01",
    ),
    "elliptic_subject": (
        "Au total, 8 412 coureurs se sont élancés à 9 h, et 8 127 ont franchi la ligne d'arrivée.",
        "Au total, 8 412 coureurs se sont élancés à 9 h, et 9 127 ont franchi la ligne d'arrivée.",
        "ORD01",
    ),
    "copula_list": (
        "Les cinq communes retenues sont Arles, Bram, Cuq, Daux et Eus.",
        "Les quatre communes retenues sont Arles, Bram, Cuq, Daux et Eus.",
        "CNT01",
    ),
    "names_with_figures": (
        "Seuls deux réacteurs, Doel 4 et Tihange 3, resteront en service.",
        "Seuls trois réacteurs, Doel 4 et Tihange 3, resteront en service.",
        "CNT01",
    ),
}


@pytest.mark.parametrize("name", sorted(CUE_CASES))
def test_cue_variants(check, name):
    true, slip, rule = CUE_CASES[name]
    report = check(true)
    assert "consistent" in _verdicts(report, rule), (name, report.findings)
    assert not _alarms(report)
    assert "inconsistent" in _verdicts(check(slip), rule), name


CUE_TRAPS = {
    # « sur » inside a clause is a complement, not a whole
    "sur_in_a_clause": "Ils ont mené une enquête sur 4 600 inscrits, 6 990 ont répondu en ligne.",
    # killed and injured are siblings, not a part and its whole
    "siblings_of_one_event": "Trois personnes ont été tuées et 16 ont été blessées dans la collision.",
    # a list after a copula that describes rather than names
    "copula_description": "Les trois sites retenus sont fermés et inondés depuis lundi.",
    # multiplicities in brackets: six places, seven accidents
    "multiplicities": "Le secteur a connu sept accidents, à Arles, Bram, Cuq (2), Daux, Eus et Fos.",
    # an inclusion whose figure before counts people under a generic noun: maybe another group
    "inclusion_generic": "La région compte 3 000 salariés du secteur. "
    "Y compris les intérimaires, le site emploie 1 400 personnes.",
    # « sur » N things, then other things
    "sur_other_things": "Sur cinq matches, 12 buts marqués : l'attaquant est en forme.",
    # a partitive of two figures keeps its own whole
    "partitive": "Sur 3 218 dossiers examinés, 2 904 des 3 218 dossiers étaient complets.",
}


@pytest.mark.parametrize("name", sorted(CUE_TRAPS))
def test_cue_traps(check, name):
    assert not _alarms(check(CUE_TRAPS[name])), name


# -- 4. The same group under another name ---------------------------------------------------

GROUP_CASES = {
    "status_from_participle": (
        "Au total, 57 personnes ont été placées en garde à vue. Les 57 gardés à vue seront présentés à un juge.",
        "Au total, 57 personnes ont été placées en garde à vue. Les 75 gardés à vue seront présentés à un juge.",
        "SAM01",
    ),
    "synonyms": (
        "Les pompiers ont hélitreuillé 128 randonneurs secourus dans le massif. Les 128 rescapés vont bien.",
        "Les pompiers ont hélitreuillé 128 randonneurs secourus dans le massif. Les 182 rescapés vont bien.",
        "SAM01",
    ),
    "event_noun_and_verb": (
        "La police a procédé à plus de 500 arrestations. Selon le parquet, 512 personnes ont été interpellées.",
        "La police a procédé à plus de 500 arrestations. Selon le parquet, 412 personnes ont été interpellées.",
        "BND01",
    ),
    "employment_synonyms": (
        "Fin septembre, la région comptait 12 400 demandeurs d'emploi. "
        "Les 12 400 inscrits à France Travail recevront un courrier.",
        "Fin septembre, la région comptait 12 400 demandeurs d'emploi. "
        "Les 12 040 inscrits à France Travail recevront un courrier.",
        "SAM01",
    ),
    "verb_gives_the_concept": (
        "La tempête a coûté la vie à deux personnes. Les deux victimes étaient à vélo.",
        "La tempête a coûté la vie à trois personnes. Les deux victimes étaient à vélo.",
        "SAM01",
    ),
}


@pytest.mark.parametrize("name", sorted(GROUP_CASES))
def test_same_group_under_another_name(check, name):
    true, slip, rule = GROUP_CASES[name]
    report = check(true)
    assert "consistent" in _verdicts(report, rule), (name, report.findings)
    assert not _alarms(report)
    assert "inconsistent" in _verdicts(check(slip), rule), name


GROUP_TRAPS = {
    # two groups of one generic noun: those tried are not those convicted
    "two_groups_one_noun": "Le tribunal a condamné onze prévenus. "
    "Quatorze personnes étaient renvoyées devant le tribunal.",
    # one status, no re-mention: a sub-group may be meant
    "status_without_remention": "Au total, 17 personnes seront jugées en juin. Le parquet vise 12 prévenus.",
    # inscrits of another list: voters, not job seekers
    "other_inscrits": "Fin septembre, la région comptait 12 400 demandeurs d'emploi. "
    "Les 12 040 inscrits sur les listes électorales voteront.",
    # people and boats of one arrival
    "people_and_boats": "Au total, 1 246 personnes sont arrivées à bord de 1 264 embarcations.",
    # a sub-group against the whole population: the part's verb, not its noun
    "sub_group": "Seize personnes ont été blessées ; 61 ont été évacuées.",
}


@pytest.mark.parametrize("name", sorted(GROUP_TRAPS))
def test_same_group_traps(check, name):
    assert not _alarms(check(GROUP_TRAPS[name])), name


def test_an_elliptic_figure_takes_its_noun_from_its_whole_not_its_part(check):
    # « Parmi eux, 5 200 touchent l'allocation, dont 2 100 femmes »: the 5 200 are not women
    report = check("La caisse suit 9 400 chômeurs. Parmi eux, 5 200 touchent l'allocation, dont 2 100 femmes.")
    by_text = {c.text: c for c in report.claims}
    assert by_text["5 200"].unit == "chômeur"
    assert "consistent" in _verdicts(report, "SUB01")


# -- 7. Amounts whose category is outside the counted noun's slot ---------------------------

MONEY_CASES = {
    "noun_before_de": (
        "Le groupe annonce un chiffre d'affaires de plus de 2,3 milliards d'euros. "
        "Le chiffre d'affaires, de 2 312 millions d'euros, progresse.",
        "Le groupe annonce un chiffre d'affaires de plus de 2,5 milliards d'euros. "
        "Le chiffre d'affaires, de 2 312 millions d'euros, progresse.",
        "BND01",
    ),
    "inherited_currency": (
        "Le canton a présenté un budget de 140 millions de francs et un plan d'économies de plus de 300 millions. "
        "Le plan d'économies, de 305 millions, sera voté en décembre.",
        "Le canton a présenté un budget de 140 millions de francs et un plan d'économies de plus de 350 millions. "
        "Le plan d'économies, de 305 millions, sera voté en décembre.",
        "BND01",
    ),
    "dont_of_money": (
        "Le chantier a coûté 3 millions d'euros, dont 1,2 million de loyers.",
        "Le chantier a coûté 3 millions d'euros, dont 12 millions de loyers.",
        "SUB01",
    ),
}


@pytest.mark.parametrize("name", sorted(MONEY_CASES))
def test_money_categories(check, name):
    true, slip, rule = MONEY_CASES[name]
    report = check(true)
    assert "consistent" in _verdicts(report, rule), (name, report.findings)
    assert not _alarms(report)
    assert "inconsistent" in _verdicts(check(slip), rule), name


MONEY_TRAPS = {
    # different budgets of one body
    "two_budgets": "Le budget de fonctionnement s'élève à 96 millions d'euros. "
    "Le budget d'investissement atteint 69 millions d'euros.",
    # a sum of another year
    "another_year": "Le chiffre d'affaires atteint plus de 2,3 milliards d'euros. "
    "En 2019, le chiffre d'affaires, de 1 912 millions d'euros, reculait.",
    # subsidies and a budget
    "two_categories": "La région verse 2,1 millions d'euros de subventions. "
    "Le budget du musée s'élève à plus de 3 millions d'euros.",
}


@pytest.mark.parametrize("name", sorted(MONEY_TRAPS))
def test_money_traps(check, name):
    assert not _alarms(check(MONEY_TRAPS[name])), name


# -- 8. Guards -------------------------------------------------------------------------------


def test_a_part_many_times_its_whole_after_dont_is_caught(check):
    assert "inconsistent" in _verdicts(check("Le cortège a réuni 1 200 manifestants, dont 30 000 femmes."), "SUB01")
    assert not _alarms(check("Le cortège a réuni 1 200 manifestants, dont 300 femmes."))


def test_dont_far_from_its_figure_keeps_the_ratio_guard(check):
    # the whole « dont » speaks of is not the figure just before it
    text = "La région compte 36 000 habitants, répartis sur 12 communes et 48 hameaux, dont 30 000 en ville."
    assert not _alarms(check(text))
