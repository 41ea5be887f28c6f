"""The evidence a relation carries: noun match and scope compatibility, from the claims."""

from __future__ import annotations

import pytest

from globalchain_cli.relations import Compat, NounMatch
from globalchain_cli.relations.evidence import noun_match, scopes

from .kit import Text


def _two(noun_a, noun_b, **fields):
    t = Text(f"12 {noun_a} et 10 {noun_b}.")
    return t.count("12", noun_a, **fields.get("a", {})), t.count("10", noun_b, **fields.get("b", {}))


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("victimes", "victimes", NounMatch.SAME),
        ("morts", "victimes", NounMatch.SYNONYM),
        ("personnes", "enfants", NounMatch.GENERIC),
        ("voitures", "enfants", NounMatch.NONE),
    ],
)
def test_noun_match(a, b, match):
    assert noun_match(*_two(a, b)) is match


def test_an_elliptic_count_of_the_same_unit_is_the_same_noun():
    t = Text("362 suspects et d'en arrêter 219.")
    whole, part = t.count("362", "suspects"), t.count("219", unit="suspect")
    assert noun_match(part, whole) is NounMatch.SAME


def test_an_elliptic_count_of_another_unit_stays_elliptic():
    t = Text("362 suspects et d'en arrêter 219.")
    whole, part = t.count("362", "suspects"), t.count("219", unit="personne")
    assert noun_match(part, whole) is NounMatch.ELLIPTIC


@pytest.mark.parametrize(
    ("scope_a", "scope_b", "field"),
    [
        (("l'an dernier",), (), "time"),
        (("année 2020",), (), "time"),
        (("en moyenne",), (), "aggregate"),
        (("pour sa part",), (), "group"),
        (("objectif",), (), "hypothesis"),
        (("selon la police",), ("selon les organisateurs",), "source"),
    ],
)
def test_scopes_set_figures_apart_on_one_dimension(scope_a, scope_b, field):
    a, b = _two("manifestants", "manifestants", a={"scope": scope_a}, b={"scope": scope_b})
    found = scopes(a, b)
    assert getattr(found, field) is Compat.DIFFERENT
    assert not found.compatible
    others = {"time", "group", "aggregate", "source", "hypothesis"} - {field}
    assert all(getattr(found, f) is Compat.COMPATIBLE for f in others)


def test_one_source_named_is_compatible():
    a, b = _two("manifestants", "manifestants", a={"scope": ("selon la police",)})
    assert scopes(a, b).compatible
    assert scopes(a, b).place is Compat.COMPATIBLE  # no place frames either sentence
