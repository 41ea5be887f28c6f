"""The breakdown reader (relations/totals.py), on claims made by hand: which figure may be
the total of a list of parts."""

from __future__ import annotations

from globalchain_cli.model import Kind
from globalchain_cli.relations import Total

from .kit import Text


def _totals(t: Text) -> list[Total]:
    _, relations = t.relations()
    return [r for r in relations if isinstance(r, Total)]


def _money(t: Text, figure: str, value: int):
    return t.add(figure, Kind.MONEY, value=value, unit="EUR")


def test_a_count_of_recipients_is_no_total_of_euros():
    t = Text("Les deux écoles : 40 000 € pour l'une et 25 000 € pour l'autre.")
    t.count("deux", "écoles", value=2)
    _money(t, "40 000 €", 40000)
    _money(t, "25 000 €", 25000)
    assert _totals(t) == []


def test_an_amount_before_the_colon_is_the_total():
    t = Text("Les deux écoles recevront 65 000 € : 40 000 € pour l'une et 25 000 € pour l'autre.")
    t.count("deux", "écoles", value=2)
    whole = _money(t, "65 000 €", 65000)
    a, b = _money(t, "40 000 €", 40000), _money(t, "25 000 €", 25000)
    (total,) = _totals(t)
    assert (total.total, total.parts) == (whole.id, (a.id, b.id))


def test_a_count_that_counts_the_parts_is_no_total():
    t = Text("Trois lots : 8, 5 et 2.")
    t.count("Trois", "lots", value=3)
    t.count("8"), t.count("5"), t.count("2")
    assert _totals(t) == []


def test_a_net_balance_is_no_total():
    t = Text("Un solde de 12, soit 40 naissances et 28 décès.")
    t.count("12")
    t.count("40", "naissances"), t.count("28", "décès")
    assert _totals(t) == []


def test_sibling_kinds_of_one_noun_are_no_breakdown():
    t = Text("Ils ont 9 billets de train, 4 d'avion et 2 de bus.")
    t.count("9", "billets")
    t.count("4"), t.count("2")
    assert _totals(t) == []
