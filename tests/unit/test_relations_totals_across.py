"""Totals across sentences, tallies and exclusive outcomes (relations/totals.py), on claims
made by hand: which figures a reader sums, and whether it says the list is complete. Each
true case has its trap beside it."""

from __future__ import annotations

from globalchain_cli.claims import _goes_on
from globalchain_cli.relations import Cue, Total

from .kit import Text, run, verdicts


def _totals(t: Text) -> list[Total]:
    _, relations = t.relations()
    return [r for r in relations if isinstance(r, Total)]


def _read(t: Text, *ids) -> list[Total]:
    return [r for r in _totals(t) if set(r.parts) == set(ids)]


# -- exclusive outcomes -----------------------------------------------------------------


def test_exclusive_outcomes_every_class_sum_exactly():
    t = Text("Sur les 60 candidats, 42 ont été admis et 18 ont échoué.")
    whole = t.count("60", "candidats")
    a, b = t.count("42", event="admettre"), t.count("18", event="échouer")
    # without a parse the reader of parts sums them as an open list; every outcome closes it
    assert any(r.total == whole.id and r.complete and r.evidence.cue is Cue.EXPLICIT for r in _read(t, a.id, b.id))


def test_some_outcomes_are_at_most_the_whole():
    t = Text("Sur les 80 passagers, 12 sont morts et 30 ont été blessés.")
    t.count("80", "passagers")
    a, b = t.count("12", event="mourir"), t.count("30", event="blesser")
    (total,) = _read(t, a.id, b.id)
    assert not total.complete and not total.evidence.guessed


def test_outcomes_over_the_registered_are_at_most_the_whole():
    t = Text("Sur les 1 480 inscrits, 964 ont été admis et 348 ont échoué.")
    t.count("1 480", "inscrits")
    a, b = t.count("964", event="admettre"), t.count("348", event="échouer")
    (total,) = _read(t, a.id, b.id)
    assert not total.complete


def test_other_verbs_are_no_closed_list():
    t = Text("Sur les 20 glaciers, 17 ont reculé et 5 sont restés stables.")
    t.count("20", "glaciers")
    a, b = t.count("17", event="reculer"), t.count("5", event="rester")
    assert not any(r.complete for r in _read(t, a.id, b.id))


# -- tallies ----------------------------------------------------------------------------


def test_tally_and_the_valid_ballots_of_the_next_sentence():
    t = Text("Adopté par 1 204 voix contre 1 011. Le vote a porté sur les 2 215 bulletins valables.")
    a, b = t.count("1 204", "voix"), t.count("1 011")
    whole = t.count("2 215", "bulletins", traits=("valable",))
    (total,) = _read(t, a.id, b.id)
    assert total.total == whole.id and total.complete


def test_tally_with_abstentions_over_members_is_at_most():
    t = Text("Adoptée par 45 voix contre 12, avec 3 abstentions, sur les 60 élus.")
    a, b = t.count("45", "voix"), t.count("12")
    c = t.count("3", "abstentions")
    t.count("60", "élus")
    (total,) = _read(t, a.id, b.id, c.id)
    assert not total.complete


def test_against_another_time_is_no_tally():
    t = Text("Il obtient 4 100 voix contre 3 900 il y a six ans, sur les 9 000 suffrages exprimés.")
    a, b = t.count("4 100", "voix"), t.count("3 900")
    t.count("9 000", "suffrages", traits=("exprimer",))
    assert _read(t, a.id, b.id) == []


def test_turnout_voters_are_valid_blank_and_spoilt():
    t = Text("On compte 9 870 votants. Il y a eu 9 410 suffrages exprimés, 300 blancs et 160 nuls.")
    v = t.count("9 870", "votants")
    e = t.count("9 410", "suffrages", traits=("exprimer",))
    b, n = t.count("300", "blancs"), t.count("160", "nuls")
    (total,) = _read(t, e.id, b.id, n.id)
    assert total.total == v.id and total.complete
    findings = run("SUM01", t.claims, [total])
    assert verdicts(findings) == ["consistent"]


def test_two_counts_of_voters_give_no_turnout():
    t = Text("On compte 9 870 votants, puis 9 120 votants. Il y a eu 9 410 suffrages exprimés, 300 blancs et 160 nuls.")
    t.count("9 870", "votants"), t.count("9 120", "votants")
    e = t.count("9 410", "suffrages", traits=("exprimer",))
    b, n = t.count("300", "blancs"), t.count("160", "nuls")
    # a guess by value may still confirm the sum; nothing may refute it
    assert all(r.evidence.guessed for r in _read(t, e.id, b.id, n.id))


# -- « en » and a verb; the rest named; brackets ----------------------------------------


def test_en_and_a_verb_of_holding_in_the_next_sentence():
    t = Text("Le réseau compte 230 agences. Le Nord en regroupe 120, le Sud 70 et l'Est 40.")
    whole = t.count("230", "agences")
    a, b, c = t.count("120"), t.count("70"), t.count("40")
    (total,) = _read(t, a.id, b.id, c.id)
    assert total.total == whole.id and not total.complete


def test_en_and_another_verb_is_no_part():
    t = Text("Elle a marqué 62 buts. Elle en a encaissé 49 à domicile et 20 dehors.")
    t.count("62", "buts")
    a, b = t.count("49"), t.count("20")
    assert _read(t, a.id, b.id) == []


def test_en_remainder_of_a_partitive():
    t = Text("La majorité obtient 19 des 29 sièges ; l'opposition en aura 10.")
    a = t.count("19")
    whole = t.count("29", "sièges")
    b = t.count("10")
    (total,) = _read(t, a.id, b.id)
    assert total.total == whole.id


def test_the_rest_named_closes_an_open_list():
    t = Text("La flotte compte 64 navires, dont 30 chalutiers, 21 caseyeurs et le reste, 11 fileyeurs.")
    t.count("64", "navires")
    parts = t.count("30", "chalutiers"), t.count("21", "caseyeurs"), t.count("11", "fileyeurs")
    read = _read(t, *(p.id for p in parts))
    assert {r.complete for r in read} == {False, True}
    findings = run("SUM01", t.claims, read)
    assert verdicts(findings) == ["inconsistent"]  # the open reading is not checked beside it


def test_names_with_figures_in_brackets_after_a_colon():
    t = Text("La Loire en compte 140 : Nantes (62), Angers (41) et Le Mans (37).")
    whole = t.count("140", unit="antenne")
    parts = t.count("62"), t.count("41"), t.count("37")
    (total,) = _read(t, *(p.id for p in parts))
    assert total.total == whole.id and total.complete


# -- a split announced ahead; a demonstrative total; a guess by value -------------------


def test_split_among_holders_needs_as_many_figures():
    text = (
        "Les 45 sièges se répartissent entre quatre listes. Horizon en obtient 21, Ensemble 12. "
        "Renouveau en gagne 8 et Cap 4."
    )
    t = Text(text)
    whole = t.count("45", "sièges")
    t.count("quatre", "listes", value=4)
    parts = t.count("21"), t.count("12"), t.count("8"), t.count("4")
    assert any(r.total == whole.id and r.complete for r in _read(t, *(p.id for p in parts)))
    t = Text(text.replace("Ensemble 12.", "Ensemble 12, contre 14 jadis."))
    whole = t.count("45", "sièges")
    t.count("quatre", "listes", value=4)
    parts = t.count("21"), t.count("12"), t.count("14"), t.count("8"), t.count("4")
    assert not any(r.total == whole.id and r.complete for r in _totals(t))


def test_a_demonstrative_of_a_generic_noun_totals_the_list():
    t = Text("Il y avait 312 passagers et 18 membres d'équipage. Ces 330 personnes ont été évacuées.")
    a, b = t.count("312", "passagers"), t.count("18", "membres")
    these = t.count("330", "personnes", demonstrative=True, definite=True)
    (total,) = _read(t, a.id, b.id)
    assert total.total == these.id and total.complete


def test_a_demonstrative_of_one_part_s_noun_is_that_part():
    t = Text("Il y avait 312 passagers et 18 membres d'équipage. Ces 312 passagers ont été évacués.")
    a, b = t.count("312", "passagers"), t.count("18", "membres")
    t.count("312", "passagers", demonstrative=True, definite=True)
    assert _read(t, a.id, b.id) == []


def test_a_list_summing_to_a_near_figure_is_a_guess():
    t = Text("Les musées ont reçu 4 300 visiteurs. Les étrangers ont été 2 600, et le public local 1 700.")
    whole = t.count("4 300", "visiteurs")
    a, b = t.count("2 600"), t.count("1 700")
    (total,) = _read(t, a.id, b.id)
    assert total.total == whole.id and total.evidence.guessed


# -- sentences --------------------------------------------------------------------------


def test_a_colon_inside_a_line_does_not_end_the_sentence():
    assert _goes_on("Le parc compte 1 200 logements :", "Na")
    assert not _goes_on("Le parc compte 1 200 logements :\n", "- ")
    assert _goes_on("« Elles ont été acceptées »", ", ")
    assert not _goes_on("« Elles ont été acceptées. »", "Le")


def test_every_ballot_option_over_the_voters_is_the_whole():
    t = Text("Sur les 2 272 votants, on compte 1 204 oui, 1 011 non, 45 blancs et 12 nuls.")
    whole = t.count("2 272", "votants")
    parts = t.count("1 204", "oui"), t.count("1 011"), t.count("45", "blancs"), t.count("12", "nuls")
    assert any(r.total == whole.id and r.complete for r in _read(t, *(p.id for p in parts)))


def test_an_assembly_s_options_are_at_most_its_voters():
    t = Text("Le conseil a voté par 31 voix pour, 12 contre et 4 abstentions, sur 47 votants.")
    parts = t.count("31", "voix"), t.count("12"), t.count("4", "abstentions")
    whole = t.count("47", "votants")
    read = [r for r in _read(t, *(p.id for p in parts)) if r.total == whole.id]
    assert read and not any(r.complete for r in read)
