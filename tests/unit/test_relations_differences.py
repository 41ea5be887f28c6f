"""Differences (DIF01), aggregates (AVG01) and rates (AVG02) on claims made by hand: readers, then rules."""

from __future__ import annotations

from globalchain_cli.relations import Cue, Difference

from .kit import Text, run


def _differences(relations):
    return [r for r in relations if isinstance(r, Difference)]


def test_a_balance_after_its_terms():
    t = Text("Le refuge a compté 412 arrivées contre 376 départs, soit un solde de 36.")
    first, second, gap = t.count("412", "arrivées"), t.count("376", "départs"), t.count("36")
    claims, relations = t.relations()
    (d,) = _differences(relations)
    assert (d.first, d.second, d.gap, d.direction) == (first.id, second.id, gap.id, 0)
    assert (d.evidence.cue, d.evidence.cue_text) == (Cue.EXPLICIT, "solde")
    assert [str(f.verdict) for f in run("DIF01", claims, relations)] == ["consistent"]


def test_an_excess_says_which_term_is_larger():
    t = Text("Le centre accueille 96 élèves pour 120 places, soit 24 en surnombre.")
    t.count("96", "élèves"), t.count("120", "places"), t.count("24")
    claims, relations = t.relations()
    (d,) = _differences(relations)
    assert d.direction == 1
    assert [str(f.verdict) for f in run("DIF01", claims, relations)] == ["inconsistent"]


def test_a_balance_before_its_terms():
    t = Text("Le port affiche un solde de 18, soit 57 entrées et 39 sorties.")
    t.count("18"), t.count("57", "entrées"), t.count("39", "sorties")
    claims, relations = t.relations()
    assert len(_differences(relations)) == 1
    assert [str(f.verdict) for f in run("DIF01", claims, relations)] == ["consistent"]


def test_a_rate_per_unit_and_a_comparison_are_no_differences():
    for text in (
        "La région verse 900 euros pour 30 élèves, soit 30 euros par élève.",
        "Le club compte 412 adhérents et 35 bénévoles, soit 12 de plus qu'en 2023.",
    ):
        t = Text(text)
        for figure in ("900", "30", "30", "412", "35", "12"):
            if figure in t.text[t._pos :]:
                t.count(figure)
        _, relations = t.relations()
        assert not _differences(relations), text


def test_an_absolute_change_agrees_with_the_relative_one():
    t = Text("Les vols sont en hausse de 2,5 % (4 100, soit 100 de plus).")
    t.percent("2,5 %", value=2.5)
    t.count("4 100", value=4100)
    t.count("100", value=100)
    claims, relations = t.relations()
    (d,) = _differences(relations)
    assert d.change is not None and d.second is None
    assert [str(f.verdict) for f in run("DIF01", claims, relations)] == ["consistent"]


def test_an_overall_rate_and_its_two_complementary_groups():
    from globalchain_cli.relations import Aggregate

    t = Text("Le taux de réussite atteint 74 % : 78 % pour les filles, 71 % pour les garçons.")
    overall = t.percent("74 %", value=74)
    girls, boys = t.percent("78 %", value=78), t.percent("71 %", value=71)
    claims, relations = t.relations()
    (a,) = [r for r in relations if isinstance(r, Aggregate)]
    assert (a.overall, a.groups, a.complete) == (overall.id, (girls.id, boys.id), True)
    assert [str(f.verdict) for f in run("AVG01", claims, relations)] == ["consistent"]


def test_a_rate_per_day_over_a_duration():
    from globalchain_cli.model import Kind
    from globalchain_cli.relations import Rate

    t = Text("Les secours ont mené 840 sorties en une semaine, soit 120 par jour.")
    t.count("840", "sorties", value=840)
    t.add("une semaine", Kind.DURATION, value=1, unit="semaine")
    t.count("120", value=120)
    claims, relations = t.relations()
    (r,) = [x for x in relations if isinstance(x, Rate)]
    assert r.factor == 7
    assert [str(f.verdict) for f in run("AVG02", claims, relations)] == ["consistent"]
