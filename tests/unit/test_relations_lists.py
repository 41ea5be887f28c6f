"""The list reader (relations/lists.py), model-free: where a list begins and ends, and
which lists are not lists of the counted things."""

from __future__ import annotations

from globalchain_cli.lang import language
from globalchain_cli.model import Kind
from globalchain_cli.relations import CountList
from globalchain_cli.relations.lists import _list_items, _other_groups, _places_of

from .kit import Text

G = language().grammar


def _items(text: str) -> list[str]:
    return [text[s:e] for s, e in _list_items(G, text, 0)]


def test_two_nouns_sharing_a_complement_are_one_item():
    assert _items("tri des déchets, collecte des huiles, réparation et revente des vélos") == [
        "tri des déchets",
        "collecte des huiles",
        "réparation et revente des vélos",
    ]


def test_one_word_names_and_names_with_articles_are_not_joined():
    assert _items("Rennes, Nantes, Brest et Vannes") == ["Rennes", "Nantes", "Brest", "Vannes"]
    assert _items("le lac du Bourget, l'Annecy et le Léman") == ["le lac du Bourget", "l'Annecy", "le Léman"]


def test_places_and_origins_are_not_the_counted_things():
    assert _places_of(G, ["dans le Jura", "en Savoie"])
    assert _places_of(G, ["venus de Gap", "de Digne"])
    assert not _places_of(G, ["à Gap", "Digne", "Manosque"])
    assert not _places_of(G, ["la Savoie", "le Jura"])


def test_a_quantifier_names_another_group():
    assert _other_groups(G, ["plusieurs passants", "leurs enfants"])
    assert not _other_groups(G, ["un homme", "sa voisine"])


def _count_list(text: str, figure: str, noun: str, value: int, period: str | None = None) -> list[CountList]:
    t = Text(text)
    t.count(figure, noun, value=value)
    if period:
        t.add(period, Kind.PERIOD, value=("1990-01-01", "1996-12-31"))
    _, relations = t.relations()
    return [r for r in relations if isinstance(r, CountList)]


def test_the_first_name_after_a_preposition_starts_the_list():
    (r,) = _count_list("Les quatre écoles de Gap, Digne, Briançon et Manosque ferment.", "quatre", "écoles", 4)
    assert len(r.items) == 4


def test_a_period_in_brackets_is_no_list():
    text = "Il a connu six saisons (entre 1990 et 1996)."
    assert len(_count_list(text, "six", "saisons", 6)) == 1  # without the period, a list of two
    assert _count_list(text, "six", "saisons", 6, period="entre 1990 et 1996") == []
