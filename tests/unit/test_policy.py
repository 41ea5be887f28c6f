"""The verdict policy, without a language model: which evidence may accuse, which may only
confirm (globalchain_cli/policy.py)."""

from __future__ import annotations

import pytest

from globalchain_cli.model import Kind, Verdict
from globalchain_cli.policy import Strength, families_conflict, lexicon_strength, ruling, strength
from globalchain_cli.relations import Attachment, Compat, Cue, Evidence, NounMatch, Scopes

from .kit import Text

SAME_SCOPES = Scopes()
OTHER_YEAR = Scopes(time=Compat.DIFFERENT)
OTHER_PLACE = Scopes(place=Compat.DIFFERENT)


def _ev(cue=Cue.EXPLICIT, attachment=Attachment.ADJACENT, nouns=NounMatch.SAME, scopes=SAME_SCOPES, subject=False):
    return Evidence(cue, "", attachment, nouns, scopes, subject)


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        # an explicit construction accuses, whatever the scope markers around it
        (_ev(), Strength.STRONG),
        (_ev(nouns=NounMatch.GENERIC, scopes=OTHER_YEAR), Strength.STRONG),
        # a guess only confirms
        (_ev(cue=Cue.GUESS), Strength.WEAK),
        # paired by noun alone: the same lemma or a strict synonym, in compatible scopes
        (_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.SAME), Strength.STRONG),
        (_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.SYNONYM), Strength.STRONG),
        (_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.GENERIC), Strength.MODERATE),
        (_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.ELLIPTIC), Strength.MODERATE),
        (_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.GENERIC, subject=True), Strength.STRONG),
        (_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.SAME, OTHER_YEAR), Strength.WEAK),
        (_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.SAME, OTHER_PLACE), Strength.WEAK),
        # a definite re-mention is paired too: its scopes count
        (_ev(Cue.PATTERN, Attachment.ANTECEDENT, NounMatch.SAME, OTHER_PLACE), Strength.WEAK),
    ],
)
def test_strength_of_evidence(evidence, expected):
    assert strength(evidence) is expected


def test_a_rival_reading_takes_away_the_accusation():
    assert strength(_ev(), rival=True) is Strength.MODERATE


def test_two_families_make_weak_evidence():
    assert strength(_ev(), conflict=True) is Strength.WEAK


def test_no_relation_is_strong_unless_told_otherwise():
    assert strength(None) is Strength.STRONG
    assert strength(None, rival=True) is Strength.MODERATE


@pytest.mark.parametrize("how", [Strength.MODERATE, Strength.WEAK])
def test_only_strong_evidence_accuses(how):
    assert ruling(Verdict.INCONSISTENT, how) is None
    assert ruling(Verdict.INCONSISTENT, how, Verdict.UNVERIFIABLE) is Verdict.UNVERIFIABLE
    assert ruling(Verdict.CONSISTENT, how) is Verdict.CONSISTENT
    assert ruling(Verdict.INCONSISTENT, Strength.STRONG) is Verdict.INCONSISTENT


def test_the_lexicon_accuses_in_compatible_scopes_only():
    assert lexicon_strength(Scopes()) is Strength.STRONG
    assert lexicon_strength(OTHER_YEAR) is Strength.WEAK


def test_people_are_no_part_of_a_duration():
    t = Text("85 infirmiers partis pour deux mois.")
    people = t.count("85", "infirmiers")
    months = t.add("deux mois", Kind.DURATION, 2, unit="mois")
    assert families_conflict([people, months])


def test_a_bare_number_takes_the_family_of_its_whole():
    t = Text("Six ans, dont quatre ferme.")
    years = t.add("Six ans", Kind.DURATION, 6, unit="an")
    bare = t.count("quatre", unit="an", value=4)
    assert not families_conflict([years, bare])


def test_people_are_not_vehicles_but_may_be_people():
    t = Text("300 bénévoles et 4 canadair, 120 pompiers.")
    volunteers, planes, firemen = t.count("300", "bénévoles"), t.count("4", "canadair"), t.count("120", "pompiers")
    assert families_conflict([volunteers, planes])
    assert not families_conflict([volunteers, firemen])


def test_swapped_digits_make_up_for_a_generic_noun():
    generic = _ev(Cue.PATTERN, Attachment.NOUN, NounMatch.GENERIC)
    assert strength(generic, copied=True) is Strength.STRONG
    assert strength(_ev(Cue.PATTERN, Attachment.NOUN, NounMatch.ELLIPTIC), copied=True) is Strength.MODERATE
