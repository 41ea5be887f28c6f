"""The message catalogues: every language has the same keys and the same fields."""

from __future__ import annotations

import string

import pytest

from globalchain_cli.messages import LANGS, catalogue, say


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_the_same_keys():
    keys = {lang: set(catalogue(lang)) for lang in LANGS}
    for lang in LANGS:
        assert keys[lang] == keys["fr"], f"{lang}: {sorted(keys[lang] ^ keys['fr'])}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_the_fields_of_the_french_one(lang):
    fr = catalogue("fr")
    for key, template in catalogue(lang).items():
        assert _fields(template) == _fields(fr[key]), key


def test_say_fills_in_and_falls_back_to_french():
    assert say("verdict.consistent", "en") == "consistent"
    assert say("verdict.consistent", "xx") == "cohérent"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a period of years is told in years, a period of months in months, others in days
        ("En six ans, entre 2008 et 2018, la région a gagné 17 000 habitants.", "11 années civiles"),
        ("Le chantier a duré quatre mois, de janvier à juin 2024.", "6 mois du calendrier"),
        ("Le salon a duré pendant trois semaines, du 3 au 9 juin 2024.", "7 jours"),
    ],
)
def test_a_duration_slip_tells_the_period_in_the_duration_unit(check, text, words):
    messages = [f.message for f in check(text).findings if f.rule == "DAT04"]
    assert messages and words in messages[0]


def test_an_open_list_over_its_whole_says_the_parts_exceed_it(check):
    text = (
        "Les assureurs ont reçu 9 240 déclarations. Ces déclarations concernent 7 120 maisons, 1 480 voitures "
        "et 940 hangars."
    )
    messages = [f.message for f in check(text).findings if f.rule == "SUM01" and str(f.verdict) == "inconsistent"]
    assert messages and messages[0].startswith("Les parties dépassent le tout")
