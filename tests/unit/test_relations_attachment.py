"""Which figure « dont », « parmi eux » and « de ces » attach to (relations/context.py,
``whole_candidates``), on claims made by hand: no language model."""

from __future__ import annotations

from globalchain_cli.model import Kind
from globalchain_cli.relations import Subset

from .kit import Text


def _wholes(t: Text) -> dict[str, str]:
    _, relations = t.relations()
    return {r.part: r.whole for r in relations if isinstance(r, Subset)}


def test_dont_passes_over_a_duration_to_the_count_before_it():
    t = Text("Il y a 52 maçons venus pour une mission de six mois, dont 14 apprentis.")
    whole = t.count("52", "maçons")
    t.add("six mois", Kind.DURATION, value=6, unit="mois")
    part = t.count("14", "apprentis")
    assert _wholes(t) == {part.id: whole.id}


def test_an_elliptic_part_of_a_sentence_without_a_count_keeps_its_duration():
    t = Text("Il écope de neuf ans, dont sept ferme.")
    whole = t.add("neuf ans", Kind.DURATION, value=9, unit="an")
    part = t.count("sept", value=7)
    assert _wholes(t) == {part.id: whole.id}


def test_dont_passes_over_a_signed_change_in_brackets():
    t = Text("Au total 3.410 malades (+62 sur la veille) sont soignés, dont 800 à domicile.")
    whole = t.count("3.410", "malades", value=3410)
    t.count("+62", value=62)
    part = t.count("800")
    assert _wholes(t) == {part.id: whole.id}


def test_among_them_prefers_people_to_machines():
    t = Text("Près de 500 bénévoles, avec 9 camions. Parmi eux, 70 pompiers.")
    whole = t.count("500", "bénévoles")
    t.count("9", "camions")
    part = t.count("70", "pompiers")
    assert _wholes(t) == {part.id: whole.id}


def test_of_these_never_points_at_an_average():
    t = Text("On a compté 77 crues, contre 12 crues en moyenne. Au moins 30 de ces crues ont noyé des routes.")
    whole = t.count("77", "crues")
    t.count("12", "crues", scope=("en moyenne",))
    part = t.count("30")
    assert _wholes(t) == {part.id: whole.id}
