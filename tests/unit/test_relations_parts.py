"""Readers of parts (relations/parts.py), on claims made by hand: no language model."""

from __future__ import annotations

from globalchain_cli.relations import Attachment, Cue, NounMatch, Subset, Total

from .kit import Text


def _of(kind, relations):
    return [r for r in relations if isinstance(r, kind)]


def test_dont_ties_the_part_to_the_figure_before_it():
    t = Text("1 374 victimes ont été identifiées, dont 153 enfants.")
    whole, part = t.count("1 374", "victimes"), t.count("153", "enfants")
    _, relations = t.relations()
    (subset,) = _of(Subset, relations)
    assert (subset.part, subset.whole) == (part.id, whole.id)
    assert subset.evidence.cue is Cue.EXPLICIT
    assert subset.evidence.cue_text == "dont"
    assert subset.evidence.attachment is Attachment.PRECEDING


def test_dont_with_two_parts_gives_their_total_at_most_the_whole():
    t = Text("Le tribunal a jugé 60 personnes, dont 37 mineurs et 19 femmes.")
    whole, a, b = t.count("60", "personnes"), t.count("37", "mineurs"), t.count("19", "femmes")
    _, relations = t.relations()
    assert {(r.part, r.whole) for r in _of(Subset, relations)} == {(a.id, whole.id), (b.id, whole.id)}
    (total,) = _of(Total, relations)
    assert (total.total, total.parts, total.complete) == (whole.id, (a.id, b.id), False)
    assert total.evidence.nouns is NounMatch.GENERIC  # « personnes » … « mineurs »


def test_dont_skips_a_figure_in_a_complement_of_place():
    t = Text("Les 1 200 réfugiés accueillis dans 14 pays, dont 300 enfants.")
    whole = t.count("1 200", "réfugiés")
    t.count("14", "pays", cue="dans")
    part = t.count("300", "enfants")
    _, relations = t.relations()
    assert [(r.part, r.whole) for r in _of(Subset, relations)] == [(part.id, whole.id)]


def test_partitive_n_of_the_m_is_adjacent_and_elliptic():
    t = Text("Le tribunal a condamné dix-neuf des vingt-quatre prévenus.")
    part = t.count("dix-neuf", value=19)
    whole = t.count("vingt-quatre", "prévenus", value=24)
    claims, relations = t.relations()
    (subset,) = _of(Subset, relations)
    assert (subset.part, subset.whole) == (part.id, whole.id)
    assert subset.evidence.attachment is Attachment.ADJACENT
    assert subset.evidence.nouns is NounMatch.ELLIPTIC
    assert next(c for c in claims if c.id == part.id).unit == "prévenu"  # the elliptic part takes the noun


def test_out_of():
    t = Text("L'équipe a gagné 58 matches sur 87.")
    part, whole = t.count("58", "matches"), t.count("87")
    _, relations = t.relations()
    (subset,) = _of(Subset, relations)
    assert (subset.part, subset.whole, subset.evidence.cue_text) == (part.id, whole.id, "sur")


def test_out_of_a_rank_is_no_part():
    t = Text("Il a donné 92 concerts sur les deux premières scènes.")
    t.count("92", "concerts")
    t.count("deux", value=2)
    _, relations = t.relations()
    assert not _of(Subset, relations)


def test_parmi_the_whole_then_its_parts():
    t = Text("Parmi les 47 victimes figurent 29 femmes et 11 enfants.")
    whole, a, b = t.count("47", "victimes"), t.count("29", "femmes"), t.count("11", "enfants")
    _, relations = t.relations()
    assert {(r.part, r.whole) for r in _of(Subset, relations)} == {(a.id, whole.id), (b.id, whole.id)}
    assert all(r.evidence.cue_text == "parmi" for r in _of(Subset, relations))


def test_d_en_points_back_at_the_antecedent():
    t = Text("La police a pu identifier 362 suspects et d'en arrêter 219.")
    whole, part = t.count("362", "suspects"), t.count("219")
    claims, relations = t.relations()
    (subset,) = _of(Subset, relations)
    assert (subset.part, subset.whole) == (part.id, whole.id)
    assert subset.evidence.attachment is Attachment.ANTECEDENT
    assert next(c for c in claims if c.id == part.id).unit == "suspect"


def test_a_sentence_of_hundreds_of_figures_is_read_within_a_window():
    from globalchain_cli.relations.context import MAX_PAIRED

    text = "Le bilan : " + ", ".join(f"{200 + i} blessés" for i in range(300)) + " et 3 morts."
    t = Text(text)
    for i in range(300):
        t.count(str(200 + i), "blessés")
    t.count("3", "morts")
    _, relations = t.relations()
    assert all(len(r.parts) <= MAX_PAIRED + 1 for r in _of(Total, relations))
