"""The duration reader (relations/durations.py), on claims made by hand."""

from __future__ import annotations

from globalchain_cli.model import Kind
from globalchain_cli.relations import Duration

from .kit import Text


def _durations(t: Text) -> dict[str, str]:
    _, relations = t.relations()
    return {r.duration: r.period for r in relations if isinstance(r, Duration)}


def test_ces_deux_jours_points_back_at_the_period_of_two_days():
    t = Text("Vote du 3 au 4 mars. Reporté après la panne du 10 au 20 février. Ces deux jours ont suffi.")
    first = t.add("du 3 au 4 mars", Kind.PERIOD, value=("2024-03-03", "2024-03-04"))
    t.add("du 10 au 20 février", Kind.PERIOD, value=("2024-02-10", "2024-02-20"))
    d = t.add("deux jours", Kind.DURATION, value=2, unit="jour")
    assert _durations(t) == {d.id: first.id}


def test_a_far_longer_span_opening_the_next_sentence_is_a_comparison():
    t = Text("Grève du 3 au 5 mars. Sur dix ans, c'est la plus longue.")
    t.add("du 3 au 5 mars", Kind.PERIOD, value=("2024-03-03", "2024-03-05"))
    t.add("dix ans", Kind.DURATION, value=10, unit="an")
    assert _durations(t) == {}
