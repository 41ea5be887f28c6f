"""Issue 13, the reading side: constructions a reader must not take for a relation (the trap:
no inconsistent finding), the true relation next to it (confirmed) and, where the shape
allows, a slip of the same shape (still inconsistent). All sentences are invented."""

from __future__ import annotations

import pytest


def verdicts(report, rule: str) -> list[str]:
    """The verdicts of one rule's findings, in order."""
    return [str(f.verdict) for f in report.findings if f.rule == rule]


def no_alarm(report) -> bool:
    """Whether the report holds no inconsistent finding."""
    return all(str(f.verdict) != "inconsistent" for f in report.findings)


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


def test_places_one_per_counted_thing_confirm_and_names_still_accuse(check):
    assert verdicts(check("Le groupe a signé trois contrats, en Norvège, au Chili et en Égypte."), "CNT01") == [
        "consistent"
    ]
    assert verdicts(check("Deux villes ont voté : Vire, Condé et Flers."), "CNT01") == ["inconsistent"]
