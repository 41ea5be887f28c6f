"""The evidence a reader records with each relation: how well the nouns of the related
figures match, and whether their scopes are compatible, read from the claims."""

from __future__ import annotations

from dataclasses import fields
from functools import lru_cache

from ..claims import category_of, other_status, same_class, same_class_strict, same_status
from ..lang import language
from ..model import Claim, Kind
from .model import Attachment, Compat, Cue, Evidence, NounMatch, Scopes

#: Noun matches from the strongest to the weakest: several pairs give the weakest.
_NOUN_ORDER = (NounMatch.SAME, NounMatch.SYNONYM, NounMatch.GENERIC, NounMatch.ELLIPTIC, NounMatch.NONE)


def noun_match(a: Claim, b: Claim) -> NounMatch:
    """How the nouns of two figures match: « victimes » / « victimes » the same; « morts » /
    « victimes » synonyms; « personnes » / « enfants » generic; « d'en arrêter 219 »
    elliptic (its noun is the other figure's)."""
    if a.kind == Kind.COUNT == b.kind and a.unit and a.unit == b.unit and not other_status(a, b):
        return NounMatch.SAME  # « le nombre de décès … sous la barre des 350 » … « 371 décès »
    if a.kind == Kind.MONEY == b.kind and category_of(a) and category_of(b):
        # « un chiffre d'affaires de 2,3 milliards » … « le chiffre d'affaires, de 2 312 millions »
        return NounMatch.SAME if category_of(a) == category_of(b) else NounMatch.NONE
    if a.kind == Kind.COUNT == b.kind and other_status(a, b):
        return NounMatch.NONE  # « 14 personnes renvoyées devant le tribunal » … « onze prévenus » condamnés
    if a.noun_start is None or b.noun_start is None:
        return NounMatch.ELLIPTIC if a.unit or b.unit else NounMatch.NONE
    if a.unit and a.unit == b.unit:
        return NounMatch.SAME
    if same_class_strict(a.unit, b.unit) or (same_status(a, b) and a.kind == Kind.COUNT == b.kind):
        return NounMatch.SYNONYM  # « morts » / « victimes », « 12 randonneurs secourus » / « les 12 rescapés »
    if same_class(a.unit, b.unit):
        return NounMatch.GENERIC
    return NounMatch.NONE


def same_subject(a: Claim, b: Claim) -> bool:
    """Whether two figures share their event, the verb or event noun they depend on
    (« 1 200 personnes évacuées » … « 1 187 habitants évacués »). Other shared words are
    no evidence: « en trois jours » … « en quatre jours » do not make two festivals one.
    Only counts: a sum of money or a measure hangs on a verb that says little of what it is
    (« l'apport de cette aide de 2 150 000 € » … « des investissements de 2,6 millions »)."""
    if a.kind == Kind.MONEY == b.kind:  # what the sums are of: « le budget de fonctionnement »
        return bool(category_of(a) and category_of(a) == category_of(b))
    return bool(a.kind == Kind.COUNT == b.kind and a.event and a.event == b.event)


@lru_cache(maxsize=4096)  # few distinct scopes: a small memo keeps evidence cheap
def _markers(scope: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Scope markers by dimension (time, group, aggregate, source, hypothesis)."""
    out: dict[str, set[str]] = {}
    for m in scope:
        out.setdefault(language().scope_dimension(m), set()).add(m)
    return {dim: frozenset(found) for dim, found in out.items()}


def scopes(a: Claim, b: Claim) -> Scopes:
    """Scope compatibility of two figures, dimension by dimension. Markers of time, group,
    aggregate and hypothesis must be the same; sources conflict only when both figures name
    one and they differ (« selon la police » / « selon les organisateurs »); places likewise
    (« À Vannes, … 45 euros » / « À Lorient, … moins de 30 euros »)."""
    return _scopes(a.scope, b.scope, a.places, b.places)


@lru_cache(maxsize=4096)  # few distinct scopes: a small memo keeps evidence cheap
def _scopes(
    scope_a: tuple[str, ...], scope_b: tuple[str, ...], places_a: tuple[str, ...] = (), places_b: tuple[str, ...] = ()
) -> Scopes:
    ma, mb = _markers(scope_a), _markers(scope_b)

    def same(dim: str) -> Compat:
        return Compat.COMPATIBLE if ma.get(dim, set()) == mb.get(dim, set()) else Compat.DIFFERENT

    sa, sb = ma.get("source", set()), mb.get("source", set())
    source = Compat.COMPATIBLE if not sa or not sb or sa & sb else Compat.DIFFERENT
    pa, pb = set(places_a), set(places_b)
    place = Compat.DIFFERENT if pa and pb and not pa & pb else Compat.COMPATIBLE
    return Scopes(
        time=same("time"),
        place=place,
        group=same("group"),
        aggregate=same("aggregate"),
        source=source,
        hypothesis=same("hypothesis"),
    )


def _worst(values: list[Scopes]) -> Scopes:
    """Per dimension, the least compatible of several pairs."""

    def pick(name: str) -> Compat:
        got = {getattr(v, name) for v in values}
        for worst in (Compat.DIFFERENT, Compat.UNREAD):
            if worst in got:
                return worst
        return Compat.COMPATIBLE

    return Scopes(*(pick(name) for name in _SCOPE_FIELDS))


_SCOPE_FIELDS = tuple(f.name for f in fields(Scopes))


def evidence(cue: Cue, cue_text: str, attachment: Attachment, anchor: Claim, *others: Claim) -> Evidence:
    """The evidence for a relation between ``anchor`` and each of ``others`` (the weakest
    noun match and the least compatible scopes of all pairs)."""
    if not others:
        return Evidence(cue, cue_text, attachment)
    if len(others) == 1:
        o = others[0]
        return Evidence(cue, cue_text, attachment, noun_match(anchor, o), scopes(anchor, o), same_subject(anchor, o))
    nouns = max((noun_match(anchor, o) for o in others), key=_NOUN_ORDER.index)
    return Evidence(cue, cue_text, attachment, nouns, _worst([scopes(anchor, o) for o in others]))
