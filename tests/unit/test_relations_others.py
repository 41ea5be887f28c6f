"""Readers of totals, shares, changes, lists and durations, on claims made by hand."""

from __future__ import annotations

from globalchain_cli.model import Kind, Quantity
from globalchain_cli.relations import Attachment, Change, CountList, Cue, Duration, Share, Total

from .kit import Text


def _of(kind, relations):
    return [r for r in relations if isinstance(r, kind)]


def test_colon_breakdown_is_a_complete_total():
    t = Text("Le festival a donné 146 concerts : 92 sur la Grande Scène et 54 au Club.")
    whole, a, b = t.count("146", "concerts"), t.count("92"), t.count("54")
    _, relations = t.relations()
    (total,) = _of(Total, relations)
    assert (total.total, total.parts, total.complete) == (whole.id, (a.id, b.id), True)
    assert (total.evidence.cue, total.evidence.cue_text) == (Cue.PATTERN, ":")


def test_the_others_complete_a_part():
    t = Text("Le tribunal a condamné dix-neuf des vingt-quatre prévenus et relaxé les cinq autres.")
    part = t.count("dix-neuf", value=19)
    whole = t.count("vingt-quatre", "prévenus", value=24)
    rest = t.count("cinq", value=5)
    _, relations = t.relations()
    (total,) = _of(Total, relations)
    assert (total.total, total.parts, total.complete) == (whole.id, (part.id, rest.id), True)


def test_au_total_is_a_guess():
    t = Text("La liste A a eu 4 987 voix. La liste B, 3 116 voix.\nAu total, 8 103 voix ont été comptées.")
    t.count("4 987", "voix")
    t.count("3 116", "voix")
    t.count("8 103", "voix")
    _, relations = t.relations()
    assert [r.evidence.cue for r in _of(Total, relations)] == []  # the parts are in another paragraph
    t = Text("La liste A a eu 4 987 voix. La liste B, 3 116 voix. Au total, 8 103 voix ont été comptées.")
    a, b, total = t.count("4 987", "voix"), t.count("3 116", "voix"), t.count("8 103", "voix")
    _, relations = t.relations()
    (found,) = _of(Total, relations)
    assert (found.total, set(found.parts)) == (total.id, {a.id, b.id})
    assert found.evidence.guessed and found.evidence.attachment is Attachment.PARAGRAPH


def test_soit_a_share_of_the_whole_of_its_part():
    t = Text("Sur 3 218 dossiers examinés, 2 904 des 3 218 dossiers, soit 90 %, étaient frauduleux.")
    t.count("3 218", "dossiers")
    part, whole, share = t.count("2 904"), t.count("3 218", "dossiers"), t.percent("90 %")
    _, relations = t.relations()
    (found,) = _of(Share, relations)
    assert (found.share, found.part, found.whole) == (share.id, part.id, whole.id)
    assert (found.evidence.cue, found.evidence.cue_text) == (Cue.EXPLICIT, "soit")


def test_a_change_carries_its_direction_not_its_word():
    for word, direction in (("hausse", 1), ("baisse", -1)):
        t = Text(f"La fréquentation est en {word} de 20 %, de 100 à 120 visiteurs.")
        change, old, new = t.percent("20 %"), t.count("100"), t.count("120", "visiteurs")
        _, relations = t.relations()
        (found,) = _of(Change, relations)
        assert (found.change, found.before, found.after) == (change.id, old.id, new.id)
        assert (found.direction, found.factor, found.evidence.cue_text) == (direction, None, word)


def test_a_multiplication_carries_its_factor():
    t = Text("Le nombre de bornes a doublé, de 40 à 80 bornes.")
    old, new = t.count("40"), t.count("80", "bornes")
    _, relations = t.relations()
    (found,) = _of(Change, relations)
    assert (found.change, found.before, found.after, found.factor) == (None, old.id, new.id, 2.0)


def test_a_count_and_its_list_become_a_list_claim():
    t = Text("Le vote concerne trois provinces, Anvers, le Limbourg et le Brabant flamand.")
    count = t.count("trois", "provinces", value=3)
    claims, relations = t.relations()
    (found,) = _of(CountList, relations)
    assert found.count == count.id and len(found.items) == 3
    listed = next(c for c in claims if c.id == found.listed)
    assert listed.kind == Kind.LIST and listed.value == 3
    assert [t.text[s:e] for s, e in found.items] == ["Anvers", "le Limbourg", "le Brabant flamand"]


def test_a_few_examples_are_no_list():
    t = Text("Le salon accueille douze pays, dont la France et l'Italie.")
    t.count("douze", "pays", value=12)
    _, relations = t.relations()
    assert not _of(CountList, relations)


def test_a_duration_next_to_its_period():
    t = Text("La grève a duré pendant onze jours, du 21 juin au 1er juillet 2024.")
    ends = (
        Quantity(0, 0, "21 juin", Kind.DATE, "2024-06-21"),
        Quantity(0, 0, "1er juillet 2024", Kind.DATE, "2024-07-01"),
    )
    d = t.add("onze jours", Kind.DURATION, value=11, unit="jour", cue="pendant")
    p = t.add("du 21 juin au 1er juillet 2024", Kind.PERIOD, value=("2024-06-21", "2024-07-01"), parts=ends)
    _, relations = t.relations()
    (found,) = _of(Duration, relations)
    assert (found.duration, found.period) == (d.id, p.id)
    assert found.evidence.attachment is Attachment.ADJACENT


def test_restatements_by_noun_and_by_demonstrative():
    from globalchain_cli.relations import NounMatch, Restatement

    t = Text("On compte 4 870 demandes. L'an dernier, 3 900 demandes. Ces 4 870 demandes attendent.")
    first = t.count("4 870", "demandes")
    t.count("3 900", "demandes", scope=("l'an dernier",))
    again = t.count("4 870", "demandes", demonstrative=True, definite=True)
    _, relations = t.relations()
    found = [r for r in relations if isinstance(r, Restatement)]
    assert [(r.earlier, r.later) for r in found] == [(first.id, again.id), ("c2", again.id)]
    by_noun, by_demonstrative = found
    assert (by_noun.evidence.cue, by_noun.evidence.nouns) == (Cue.PATTERN, NounMatch.SAME)
    assert (by_demonstrative.evidence.cue, by_demonstrative.evidence.attachment) == (
        Cue.EXPLICIT,
        Attachment.ANTECEDENT,
    )
    assert not by_demonstrative.evidence.scopes.compatible  # the demonstrative points back across years


def test_a_demonstrative_count_of_the_names_before_it():
    t = Text(
        "Le festival passe à Paris, Marseille, Lyon, Toulouse et Nantes : dans ces cinq villes, il affiche complet."
    )
    count = t.count("cinq", "villes", value=5, demonstrative=True)
    _, relations = t.relations()
    (found,) = _of(CountList, relations)
    assert found.count == count.id
    assert [t.text[s:e] for s, e in found.items] == ["Paris", "Marseille", "Lyon", "Toulouse", "Nantes"]
    assert found.evidence.attachment is Attachment.ANTECEDENT


def test_a_list_longer_than_the_window_gives_no_count():
    names = ", ".join(f"Ville{i}" for i in range(120))
    t = Text(f"Le festival passe à {names} et Nantes : dans ces cinq villes, il affiche complet.")
    t.count("cinq", "villes", value=5, demonstrative=True)
    _, relations = t.relations()
    assert not _of(CountList, relations)
