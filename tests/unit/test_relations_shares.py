"""The share readers (relations/shares.py), on claims made by hand: which figures a share
written in each order relates, and when the reading is only a guess. Invented sentences."""

from __future__ import annotations

from globalchain_cli.model import Kind, Qualifier
from globalchain_cli.relations import Cue, Share

from .kit import Text, run, verdicts


def _shares(t: Text) -> list[Share]:
    _, relations = t.relations()
    return [r for r in relations if isinstance(r, Share)]


def _fraction(t: Text, figure: str, value: float, **fields):
    return t.add(figure, Kind.FRACTION, value=value, **fields)


def test_an_explicit_whole_after_the_share_is_explicit():
    t = Text("La liste a recueilli 3 260 voix, soit 38,7 % des 8 424 suffrages exprimés.")
    part, share, whole = t.count("3 260", "voix"), t.percent("38,7 %"), t.count("8 424", "suffrages")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole, s.evidence.cue) == (share.id, part.id, whole.id, Cue.EXPLICIT)


def test_a_figure_after_the_share_smaller_than_the_part_is_no_whole():
    t = Text("Ils ont vendu 3 260 billets, soit 38,7 % des 25 salles.")
    t.count("3 260", "billets")
    t.percent("38,7 %")
    t.count("25", "salles")
    assert all(s.evidence.guessed for s in _shares(t))


def test_a_fraction_first_with_its_part_after_soit():
    t = Text("Un quart des 1 240 recours, soit 310, sont recevables.")
    share = _fraction(t, "Un quart", 0.25)
    whole, part = t.count("1 240", "recours"), t.count("310")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole, s.evidence.cue) == (share.id, part.id, whole.id, Cue.EXPLICIT)


def test_a_fraction_first_with_its_part_in_brackets_takes_the_whole_by_its_noun():
    t = Text("La mutuelle compte 2 700 sociétaires. Près d'un tiers des sociétaires (880) ont répondu.")
    whole = t.count("2 700", "sociétaires")
    share = _fraction(t, "un tiers", 1 / 3, qualifier=Qualifier.APPROXIMATE)
    part = t.count("880")
    (s,) = _shares(t)
    assert (s.part, s.whole, s.evidence.cue) == (part.id, whole.id, Cue.EXPLICIT)
    assert share.id == s.share


def test_a_bare_apposition_is_no_part():
    t = Text("Plus de la moitié des logements, 1 530 en 2020, étaient vacants. On en compte 2 800 logements.")
    _fraction(t, "la moitié", 0.5, qualifier=Qualifier.AT_LEAST)
    t.count("1 530")
    t.count("2 800", "logements")
    assert _shares(t) == []


def test_a_share_in_brackets_takes_the_whole_of_its_part():
    t = Text("Sur les 2 150 agents, 516 travaillent le dimanche (24 %).")
    whole, part, share = t.count("2 150", "agents"), t.count("516"), t.percent("24 %")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole, s.evidence.cue) == (share.id, part.id, whole.id, Cue.EXPLICIT)


def test_a_share_in_brackets_of_a_figure_before_is_a_guess():
    t = Text("L'usine emploie 1 880 salariés. 640 travaillent de nuit (34 %).")
    t.count("1 880", "salariés")
    t.count("640")
    t.percent("34 %")
    (s,) = _shares(t)
    assert s.evidence.guessed


def test_a_signed_share_in_brackets_is_a_change():
    t = Text("Sur les 2 150 agents, 516 travaillent le dimanche (+24 %).")
    t.count("2 150", "agents")
    t.count("516")
    t.percent("+24 %")
    assert _shares(t) == []


def test_the_share_of_a_tally_is_of_both_figures():
    t = Text("La motion est adoptée par 812 voix contre 644, soit 55,8 % des suffrages.")
    a, b, share = t.count("812", "voix"), t.count("644"), t.percent("55,8 %")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole, s.plus, s.evidence.cue) == (share.id, a.id, a.id, (b.id,), Cue.EXPLICIT)
    claims, relations = t.relations()
    (f,) = run("PCT01", claims, [s])
    assert str(f.verdict) == "consistent" and f.message == "812 / 812 + 644 = 55,8 % ≈ 55,8 %"


def test_a_wrong_share_of_a_tally_is_inconsistent():
    t = Text("La motion est adoptée par 812 voix contre 644, soit 58,8 % des suffrages.")
    t.count("812", "voix")
    t.count("644")
    t.percent("58,8 %")
    claims, relations = t.relations()
    assert verdicts(run("PCT01", claims, relations)) == ["inconsistent"]


def test_a_tally_and_a_share_of_the_whole_named_after_it():
    # the tally reader (relations/totals.py) ties the side to the whole named right after
    # « soit … des »: the share is of it, stated, not a guess
    t = Text("Le oui l'emporte par 812 voix contre 644, soit 20,3 % des 4 000 inscrits.")
    a = t.count("812", "voix")
    t.count("644")
    t.percent("20,3 %")
    whole = t.count("4 000", "inscrits")
    (s,) = _shares(t)
    assert (s.part, s.whole) == (a.id, whole.id) and not s.evidence.guessed


def test_a_whole_by_noun_with_a_rival_is_a_guess():
    t = Text("Le club avait 3 600 adhérents et 4 100 adhérents. Près d'un tiers des adhérents (1 520) ont voté.")
    t.count("3 600", "adhérents")
    t.count("4 100", "adhérents")
    _fraction(t, "un tiers", 1 / 3, qualifier=Qualifier.APPROXIMATE)
    t.count("1 520")
    (s,) = _shares(t)
    assert s.evidence.guessed


def test_a_role_noun_is_the_figure_of_its_verb():
    t = Text("Au total, 3 610 ont passé l'épreuve. Puis 3 105 ont été reçus, soit 86 % des participants.")
    whole = t.count("3 610", event="passer")
    part, share = t.count("3 105", event="recevoir"), t.percent("86 %")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole, s.evidence.cue) == (share.id, part.id, whole.id, Cue.EXPLICIT)


def test_a_rate_named_by_its_definition():
    t = Text("La participation s'est établie à 57 %, avec 2 280 votants pour 4 000 inscrits.")
    share, num, den = t.percent("57 %"), t.count("2 280", "votants"), t.count("4 000", "inscrits")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole, s.evidence.cue) == (share.id, num.id, den.id, Cue.EXPLICIT)


def test_a_rate_over_a_hundred():
    t = Text("Le centre héberge 742 détenus pour 590 places, soit une densité de 126 %.")
    num, den, share = t.count("742", "détenus"), t.count("590", "places"), t.percent("126 %")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole) == (share.id, num.id, den.id)


def test_a_rate_compared_with_another_is_not_of_these_figures():
    t = Text("La participation s'est établie à 57 %, contre 49 % en 2019, avec 2 280 votants pour 4 000 inscrits.")
    first, second = t.percent("57 %"), t.percent("49 %")
    t.count("2 280", "votants")
    t.count("4 000", "inscrits")
    assert [s.share for s in _shares(t)] == [first.id]
    assert second.id not in {s.share for s in _shares(t)}


def test_a_rate_in_another_sentence_is_a_guess():
    t = Text("En 2019, la participation avait atteint 49 %. On a compté 2 280 votants pour 4 000 inscrits.")
    t.percent("49 %")
    t.count("2 280", "votants")
    t.count("4 000", "inscrits")
    (s,) = _shares(t)
    assert s.evidence.guessed


def test_a_rate_without_its_denominator_is_not_read():
    t = Text("Le taux de remplissage atteint 93 %, avec 9 800 spectateurs.")
    t.percent("93 %")
    t.count("9 800", "spectateurs")
    assert _shares(t) == []


def test_votes_in_brackets_take_the_votes_cast_as_their_whole():
    t = Text("Le maire (2 104 voix, 38,5 %) l'emporte. On a compté 5 465 suffrages exprimés.")
    part, share, whole = t.count("2 104", "voix"), t.percent("38,5 %"), t.count("5 465", "suffrages")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole, s.evidence.cue) == (share.id, part.id, whole.id, Cue.EXPLICIT)


def test_a_rate_whose_figures_are_not_tied_is_a_guess():
    t = Text("Le taux d'occupation des lits atteint 95 %, avec 412 patients hospitalisés et 3 places libres.")
    t.percent("95 %")
    t.count("412", "patients")
    t.count("3", "places")
    assert all(s.evidence.guessed for s in _shares(t))


def test_a_share_of_a_tally_with_its_whole_named_right_after():
    t = Text("La motion est adoptée par 45 voix contre 12, soit 75 % des 60 votants.")
    a = t.count("45", "voix")
    t.count("12")
    t.percent("75 %")
    whole = t.count("60", "votants")
    (s,) = _shares(t)
    assert (s.part, s.whole) == (a.id, whole.id) and not s.evidence.guessed


def test_a_complete_list_of_results_shares_the_sum_of_its_counts():
    t = Text("Oui : 43,2 % (48 935 voix). Non : 56,8 % (64 360 voix).")
    s1, a = t.percent("43,2 %"), t.count("48 935", "voix")
    s2, b = t.percent("56,8 %"), t.count("64 360", "voix")
    shares = _shares(t)
    assert [(s.share, s.part, s.whole, s.plus) for s in shares] == [
        (s1.id, a.id, a.id, (b.id,)),
        (s2.id, b.id, a.id, (b.id,)),
    ]
    assert all(s.evidence.cue is Cue.EXPLICIT for s in shares)


def test_an_incomplete_list_of_results_is_not_summed():
    t = Text("Oui : 30,2 % (48 935 voix). Non : 39,8 % (64 360 voix).")
    t.percent("30,2 %")
    t.count("48 935", "voix")
    t.percent("39,8 %")
    t.count("64 360", "voix")
    assert not any(s.plus for s in _shares(t))


def test_a_share_of_an_area_takes_the_one_area_told_far_before():
    t = Text("Le feu a parcouru 2 180 hectares. A. B. C. D. E. La surface brûlée représente 9 % des 24 000 hectares.")
    part = t.add("2 180 hectares", Kind.MEASURE, value=2180, unit="ha")
    share = t.percent("9 %")
    whole = t.add("24 000 hectares", Kind.MEASURE, value=24000, unit="ha")
    (s,) = _shares(t)
    assert (s.share, s.part, s.whole) == (share.id, part.id, whole.id) and s.evidence.guessed
