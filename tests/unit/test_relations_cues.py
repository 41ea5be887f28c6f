"""Surface variants of the explicit cues, groups under another name and amounts whose
category is outside the counted noun's slot (relations/parts.py, elliptic.py, lists.py,
restatements.py), on claims made by hand: no language model. Traps stand beside each case."""

from __future__ import annotations

from globalchain_cli.claims import CATEGORY, STATUS
from globalchain_cli.model import Kind
from globalchain_cli.relations import Attachment, Bound, CountList, Cue, NounMatch, Restatement, Subset

from .kit import Text


def _of(kind, relations):
    return [r for r in relations if isinstance(r, kind)]


def _pairs(relations):
    return {(r.part, r.whole) for r in _of(Subset, relations)}


# -- « Sur N <nom>, M … » without an article --------------------------------------------


def test_bare_sur_opening_the_sentence_gives_the_whole():
    t = Text("Sur 4 600 inscrits, 2 990 ont voté.")
    whole, part = t.count("4 600", "inscrits"), t.count("2 990")
    _, relations = t.relations()
    (subset,) = _of(Subset, relations)
    assert (subset.part, subset.whole) == (part.id, whole.id)
    assert (subset.evidence.cue, subset.evidence.cue_text) == (Cue.EXPLICIT, "sur")


def test_bare_sur_after_a_quotation_mark_or_a_dash():
    for lead in ("« ", "– ", '"', "- "):
        t = Text(f"{lead}Sur 4 600 inscrits, 2 990 ont voté.")
        whole, part = t.count("4 600", "inscrits"), t.count("2 990")
        assert _pairs(t.relations()[1]) == {(part.id, whole.id)}, lead


def test_bare_sur_inside_a_clause_is_a_complement():
    # trap: « une enquête sur 4 600 inscrits » is no whole of the figure after it
    t = Text("Ils ont mené une enquête sur 4 600 inscrits, 2 990 ont répondu.")
    t.count("4 600", "inscrits"), t.count("2 990")
    assert _of(Subset, t.relations()[1]) == []


def test_bare_sur_leaves_a_partitive_its_own_whole():
    # trap: « 2 904 des 3 218 dossiers » has its whole already
    t = Text("Sur 3 218 dossiers examinés, 2 904 des 3 218 dossiers étaient frauduleux.")
    t.count("3 218", "dossiers")
    part, whole = t.count("2 904"), t.count("3 218", "dossiers")
    assert _pairs(t.relations()[1]) == {(part.id, whole.id)}


# -- « sur ces <nom> », « parmi ces derniers », postposed « parmi » ---------------------


def test_sur_ces_noun_points_back_at_the_group():
    t = Text("La caisse verse une pension à 412 retraités. Sur ces retraités, 480 vivent à l'étranger.")
    whole, part = t.count("412", "retraités"), t.count("480")
    (subset,) = _of(Subset, t.relations()[1])
    assert (subset.part, subset.whole, subset.evidence.attachment) == (part.id, whole.id, Attachment.NOUN)


def test_sur_l_ensemble_des_noun():
    t = Text("Le musée a accueilli 812 450 visiteurs. Sur l'ensemble des visiteurs, 348 000 venaient de loin.")
    whole, part = t.count("812 450", "visiteurs"), t.count("348 000")
    assert _pairs(t.relations()[1]) == {(part.id, whole.id)}


def test_parmi_ces_derniers():
    t = Text("La caisse compte 412 retraités. Parmi ces derniers, 80 vivent à l'étranger.")
    whole, part = t.count("412", "retraités"), t.count("80")
    (subset,) = _of(Subset, t.relations()[1])
    assert (subset.part, subset.whole, subset.evidence.attachment) == (part.id, whole.id, Attachment.ANTECEDENT)


def test_parmi_after_the_part():
    t = Text("Le collège compte 48 enseignants. Deux enseignants figurent parmi eux.")
    whole, part = t.count("48", "enseignants"), t.count("Deux", "enseignants", value=2)
    (subset,) = _of(Subset, t.relations()[1])
    assert (subset.part, subset.whole, subset.evidence.cue_text) == (part.id, whole.id, "parmi")


def test_parmi_after_the_part_with_a_noun():
    t = Text("L'accident a fait 30 blessés. Douze enfants se trouvent parmi les blessés.")
    whole, part = t.count("30", "blessés"), t.count("Douze", "enfants", value=12)
    assert _pairs(t.relations()[1]) == {(part.id, whole.id)}


def test_douze_des_licencies_finds_the_group_by_its_verb():
    t = Text("L'usine a licencié 40 salariés. Douze des licenciés ont retrouvé un emploi.")
    whole = t.count("40", "salariés", event="licencier")
    part = t.count("Douze", value=12)
    assert _pairs(t.relations()[1]) == {(part.id, whole.id)}


def test_a_partitive_of_two_figures_is_no_noun_anaphor():
    # trap: « dix-neuf des vingt-quatre prévenus »: the partitive reader's, not « des <nom> »
    t = Text("Le tribunal a jugé 40 personnes. Dix-neuf des vingt-quatre prévenus ont été condamnés.")
    t.count("40", "personnes")
    part, whole = t.count("Dix-neuf", value=19), t.count("vingt-quatre", "prévenus", value=24)
    assert _pairs(t.relations()[1]) == {(part.id, whole.id)}


def test_inclusion_makes_the_figure_before_a_part():
    t = Text("L'usine emploie 2 900 salariés à temps plein. En incluant les temps partiels, l'effectif atteint 3 200.")
    part, whole = t.count("2 900", "salariés"), t.count("3 200", unit="effectif")
    (subset,) = _of(Subset, t.relations()[1])
    assert (subset.part, subset.whole, subset.evidence.cue_text) == (part.id, whole.id, "en incluant")
    assert subset.evidence.cue is Cue.EXPLICIT  # « salariés » / « effectif »: near-synonyms, the sentence before


def test_inclusion_of_other_things_relates_nothing():
    # trap: the figure before counts other things
    t = Text("Le parc compte 40 bus. En incluant les temps partiels, l'effectif atteint 3 200.")
    t.count("40", "bus"), t.count("3 200", unit="effectif")
    assert _of(Subset, t.relations()[1]) == []


def test_y_after_an_elliptic_subject():
    t = Text("Quatorze patients ont été admis en réanimation, et neuf s'y trouvaient toujours.")
    whole, part = t.count("Quatorze", "patients", value=14), t.count("neuf", value=9)
    (subset,) = _of(Subset, t.relations()[1])
    assert (subset.part, subset.whole, subset.evidence.cue) == (part.id, whole.id, Cue.PATTERN)


# -- elliptic subjects take the group just named ------------------------------------------


def test_an_elliptic_subject_takes_up_the_group_just_named():
    t = Text("Seize personnes ont été blessées ; trois ont été hospitalisées.")
    t.count("Seize", "personnes", value=16), t.count("trois", value=3)
    claims, relations = t.relations()
    assert claims[1].unit == "personne"
    assert _of(Subset, relations) == []  # a unit, not a relation: « trois tués, 16 blessés » are siblings


def test_an_elliptic_figure_in_a_complement_takes_nothing():
    # trap: « 16 blessés en 3 jours » … no subject of a clause
    t = Text("Seize personnes ont été blessées en trois endroits.")
    t.count("Seize", "personnes", value=16), t.count("trois", value=3)
    claims, _ = t.relations()
    assert claims[1].unit is None


def test_en_and_a_verb_take_the_unit_of_the_figure_before():
    t = Text("Plus de 1 300 écoles ont fermé, selon le ministère, qui en a recensé 1 352.")
    t.count("1 300", "écoles", cue="Plus de"), t.count("1 352")
    claims, _ = t.relations()
    assert claims[1].unit == "école"


def test_a_count_of_millions_inside_a_sum_of_money_is_money():
    t = Text("Le chantier a coûté 3 millions d'euros, dont 1,2 million de loyers.")
    t.add("3 millions d'euros", Kind.MONEY, value=3_000_000, unit="EUR")
    t.count("1,2 million", "loyers", value=1_200_000)
    claims, _ = t.relations()
    assert (claims[1].kind, claims[1].unit) == (Kind.MONEY, "EUR")
    assert CATEGORY + "loyer" in claims[1].traits


# -- the same group under another name ----------------------------------------------------


def test_a_status_pairs_two_names_of_one_group():
    t = Text("57 personnes ont été placées en garde à vue. Les 57 gardés à vue seront jugés.")
    a = t.count("57", "personnes", traits={STATUS + "garde_a_vue"})
    b = t.count("57", "gardés", traits={STATUS + "garde_a_vue"}, definite=True)
    (r,) = _of(Restatement, t.relations()[1])
    assert (r.earlier, r.later, r.evidence.nouns) == (a.id, b.id, NounMatch.SYNONYM)


def test_two_statuses_under_one_generic_noun_are_two_groups():
    # trap: « 14 personnes renvoyées devant le tribunal » are not « onze prévenus » condamnés
    t = Text("Le tribunal a condamné onze prévenus. Quatorze personnes étaient renvoyées devant le tribunal.")
    t.count("onze", "prévenus", value=11, traits={STATUS + "condamne"})
    t.count("Quatorze", "personnes", value=14, traits={STATUS + "prevenu"})
    assert _of(Restatement, t.relations()[1]) == []


def test_two_categories_of_money_are_two_sums():
    # trap: two budgets of one body
    t = Text("Le budget de fonctionnement s'élève à 96 millions. Le budget d'investissement atteint 69 millions.")
    t.add("96 millions", Kind.MONEY, value=96_000_000, unit="EUR", traits={CATEGORY + "budget fonctionnement"})
    t.add("69 millions", Kind.MONEY, value=69_000_000, unit="EUR", traits={CATEGORY + "budget investissement"})
    assert _of(Restatement, t.relations()[1]) == []


def test_one_category_of_money_pairs_with_its_noun_same():
    t = Text("Un chiffre d'affaires de 2 312 millions. Le chiffre d'affaires, de 2 312 millions, progresse.")
    t.add("2 312 millions", Kind.MONEY, value=2_312_000_000, unit="EUR", traits={CATEGORY + "chiffre affaire"})
    t.add("2 312 millions", Kind.MONEY, value=2_312_000_000, unit="EUR", traits={CATEGORY + "chiffre affaire"})
    (r,) = _of(Restatement, t.relations()[1])
    assert r.evidence.nouns is NounMatch.SAME and r.evidence.subject


# -- lists: after a copula, names with figures ---------------------------------------------


def test_a_list_after_a_copula():
    t = Text("Les cinq communes retenues sont Arles, Bram, Cuq, Daux et Eus.")
    t.count("cinq", "communes", value=5)
    (lst,) = _of(CountList, t.relations()[1])
    assert len(lst.items) == 5 and lst.evidence.cue_text == "sont"


def test_a_copula_before_a_description_is_no_list():
    # trap: « sont fermés, … »: what they are, not their names
    t = Text("Les trois sites retenus sont fermés et inondés.")
    t.count("trois", "sites", value=3)
    assert _of(CountList, t.relations()[1]) == []


def test_figures_in_names_or_brackets_keep_the_list():
    t = Text("Seuls deux réacteurs, Doel 4 et Tihange 3, resteront en service.")
    t.count("deux", "réacteurs", value=2), t.count("4"), t.count("3")
    (lst,) = _of(CountList, t.relations()[1])
    assert len(lst.items) == 2
    t = Text("Le réseau en compte dans trois villes : Nantes (62), Angers (41) et Le Mans (37).")
    t.count("trois", "villes", value=3), t.count("62"), t.count("41"), t.count("37")
    (lst,) = _of(CountList, t.relations()[1])
    assert len(lst.items) == 3


def test_counted_figures_in_a_list_still_cancel_it():
    # trap: « trois villes, 62 à Nantes, … » is a breakdown, not a list of names
    t = Text("Le réseau compte trois villes, Nantes avec 62 agences, Angers et Le Mans.")
    t.count("trois", "villes", value=3), t.count("62", "agences")
    assert _of(CountList, t.relations()[1]) == []


def test_a_figure_in_brackets_may_say_how_many_stand_at_a_place():
    # trap: « sept accidents à A, B, C (2), D, E et F »: six places, seven accidents
    t = Text("Le secteur a connu sept accidents, à Arles, Bram, Cuq (2), Daux, Eus et Fos.")
    t.count("sept", "accidents", value=7), t.count("2")
    assert _of(CountList, t.relations()[1]) == []


def test_d_entre_eux_takes_up_the_elliptic_subject_before_it():
    t = Text("Parmi les 2 650 candidats, 1 184 ont terminé leur année, et 312 d'entre eux enseignent.")
    whole, middle, part = t.count("2 650", "candidats"), t.count("1 184"), t.count("312")
    claims, relations = t.relations()
    assert _pairs(relations) == {(middle.id, whole.id), (part.id, middle.id)}
    # an elliptic part has its whole's noun: it restates nothing
    assert _of(Restatement, relations) == []


def test_an_elliptic_figure_never_takes_the_noun_of_its_own_part():
    t = Text("La caisse suit 9 400 chômeurs. Parmi eux, 5 200 touchent l'allocation, dont 2 100 femmes.")
    t.count("9 400", "chômeurs"), t.count("5 200"), t.count("2 100", "femmes")
    claims, _ = t.relations()
    assert claims[1].unit == "chômeur"


# -- « dont » after a figure after « sur » / « pour » ---------------------------------------


def test_dont_takes_a_whole_after_sur_of_its_own_kind():
    t = Text("Le jury a statué sur 60 dossiers, dont 72 dossiers refusés.")
    whole, part = t.count("60", "dossiers"), t.count("72", "dossiers")
    assert _pairs(t.relations()[1]) == {(part.id, whole.id)}


def test_dont_skips_a_complement_of_another_kind():
    # trap: « une aide pour 12 communes, dont 300 foyers »: the foyers are not communes
    t = Text("La région a versé une aide pour 12 communes, dont 300 foyers modestes.")
    t.count("12", "communes"), t.count("300", "foyers")
    assert _of(Subset, t.relations()[1]) == []


def test_an_elliptic_part_keeps_the_main_figure_before_the_complement():
    t = Text("Le plan prévoit 400 logements pour 12 communes, dont 150 à Nantes.")
    whole = t.count("400", "logements")
    t.count("12", "communes")
    part = t.count("150")
    assert _pairs(t.relations()[1]) == {(part.id, whole.id)}


# -- a sub-group against the whole population ------------------------------------------------


def test_a_narrowed_remention_is_a_sub_group_not_a_restatement():
    t = Text("Le réseau aurait fait 4 800 victimes. Les 4 080 victimes françaises avaient 67 ans.")
    whole = t.count("4 800", "victimes")
    part = t.count("4 080", "victimes", definite=True)
    relations = t.relations()[1]
    (subset,) = _of(Subset, relations)
    assert (subset.part, subset.whole, subset.evidence.cue) == (part.id, whole.id, Cue.GUESS)
    assert _of(Restatement, relations) == []  # no « 4 800 » / « 4 080 » digit slip


def test_a_bound_prefers_the_sum_of_its_category():
    t = Text(
        "Un budget déficitaire de 282 millions et un plan d'économies de plus de 350 millions. "
        "Le plan d'économies, de 305 millions, est voté."
    )
    t.add("282 millions", Kind.MONEY, value=282_000_000, unit="CHF")
    bound = t.add(
        "350 millions",
        Kind.MONEY,
        value=350_000_000,
        unit="CHF",
        qualifier="at_least",
        cue="plus de",
        traits={CATEGORY + "plan économie"},
    )
    exact = t.add("305 millions", Kind.MONEY, value=305_000_000, unit="CHF", traits={CATEGORY + "plan économie"})
    (b,) = _of(Bound, t.relations()[1])
    assert (b.bound, b.exact) == (bound.id, exact.id)


def test_a_colon_inside_an_aside_says_no_restatement():
    from globalchain_cli.relations.restatements import restates

    t = Text("Le bilan passe sous les 4 000 morts (en 2005 : 4 312 tués).")
    a, b = t.count("4 000", "morts"), t.count("4 312", "tués")
    assert not restates(t.text, a, b, ("soit",))
    t = Text("Le bilan passe sous les 4 000 morts : 3 987 tués.")
    a, b = t.count("4 000", "morts"), t.count("3 987", "tués")
    assert restates(t.text, a, b, ("soit",))


def test_an_elliptic_part_of_a_sum_of_money_is_money():
    t = Text("Le préjudice atteint 48,6 millions d'euros, dont 9,2 millions pour les clients belges.")
    t.add("48,6 millions d'euros", Kind.MONEY, value=48_600_000, unit="EUR")
    t.count("9,2 millions", value=9_200_000)
    claims, _ = t.relations()
    assert (claims[1].kind, claims[1].unit) == (Kind.MONEY, "EUR")


def test_inclusion_after_a_generic_noun_is_only_a_pattern():
    t = Text("La région compte 3 000 salariés du secteur. Y compris les intérimaires, le site emploie 1 400 personnes.")
    part, whole = t.count("3 000", "salariés"), t.count("1 400", "personnes")
    (subset,) = _of(Subset, t.relations()[1])
    assert (subset.part, subset.whole, subset.evidence.cue) == (part.id, whole.id, Cue.PATTERN)


def test_sur_n_things_then_other_things_is_no_part():
    # trap: « Sur cinq matches, 12 buts marqués »: goals are no part of matches
    for lead in ("Sur cinq matches", "Sur les cinq matches"):
        t = Text(f"{lead}, 12 buts marqués.")
        t.count("cinq", "matches", value=5), t.count("12", "buts")
        assert _of(Subset, t.relations()[1]) == [], lead
