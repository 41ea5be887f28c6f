"""Typed relations between figures, each with the evidence that the text states it.

A reader (``relations/<family>.py``) yields one of the frozen classes below; the rules
read them. Fields name what each figure is (``part``, ``whole``, ``total``…) and hold
claim ids (``"c12"``). Every relation carries an :class:`Evidence` record: how the
relation was found, which a verdict policy weighs before calling figures inconsistent.

    class      fields                                   construction
    ---------  ---------------------------------------  -------------------------------------
    Subset     part, whole                              « 1 374 victimes, dont 153 enfants »
    Total      total, parts, complete                   « 146 concerts : 92 … et 54 … »
    Share      share, part, whole                       « 2 904 dossiers sur 3 218, soit 90 % »
    Change     change, before, after, direction, factor « en hausse de 20 %, de 100 à 120 »
    CountList  count, items, listed                     « trois provinces, Anvers, X et Y »
    Duration   duration, period                         « pendant onze jours, du 21 juin au 1er juillet »

Two more kinds are read, not stated: a ``Restatement`` (the same count twice) and a
``Bound`` (a rounded figure or a bound and the exact one): no word relates them, so they
are read last, between figures no stated relation ties.

    Restatement  earlier, later                          « 1 374 victimes » … « les 1 374 victimes »
    Bound        bound, exact                            « plus de 1 100 » … « 1 150 sapeurs-pompiers »
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations


class Cue(StrEnum):
    """What in the text states the relation."""

    EXPLICIT = "explicit"  # a word that says it: « dont », « sur », « soit », « parmi », « hausse »
    PATTERN = "pattern"  # a shape of the sentence: « 146 concerts : 92 … et 54 … », a count and a list
    GUESS = "guess"  # a weaker heuristic: rules may confirm the relation, never contradict it


class Attachment(StrEnum):
    """How the other end of the relation was found."""

    ADJACENT = "adjacent"  # the figures stand next to the cue: « 19 des 24 », « 58 sur 87 »
    PRECEDING = "preceding"  # the nearest suitable figure before the cue (« dont » after its whole)
    ANTECEDENT = "antecedent"  # what a pronoun or a demonstrative points back to (« d'entre eux »)
    NOUN = "noun"  # the figure counting the noun the cue names (« parmi les passagers »)
    VALUE = "value"  # the candidate whose value fits (a total equal to the sum of its parts)
    TOPIC = "topic"  # the last whole the text spoke about
    PARAGRAPH = "paragraph"  # the figures of the paragraph before the cue (« Au total, … »)
    ONLY = "only"  # the only candidate of its kind in the sentence or the article


class NounMatch(StrEnum):
    """How well the nouns of the related figures match (the worst pair when there are several)."""

    SAME = "same"  # the same lemma (« victimes » … « victimes »), or counts of one unit, one elliptic
    SYNONYM = "synonym"  # near-synonyms of a small class: « morts » … « victimes »
    GENERIC = "generic"  # a generic word and a member of its class: « personnes » … « enfants »
    ELLIPTIC = "elliptic"  # a figure without a noun of its own, not a count of the other's unit (money)
    NONE = "none"  # different nouns, or nouns that do not apply (durations, lists)


class Compat(StrEnum):
    """Whether two figures agree on one dimension of scope."""

    COMPATIBLE = "compatible"  # no marker sets them apart
    DIFFERENT = "different"  # markers set them apart (another year, another source)
    UNREAD = "unread"  # the dimension is not read yet


@dataclass(frozen=True, slots=True)
class Scopes:
    """Scope compatibility of the related figures, one field per dimension: time (another
    year, « l'an dernier »), place (two named places framing the sentences: « À Vannes, … »
    / « À Lorient, … »), group (« pour sa part »), aggregate kind (an average or
    a rate against a count), source (« selon la police »), hypothesis (a target, a forecast)."""

    time: Compat = Compat.COMPATIBLE
    place: Compat = Compat.COMPATIBLE
    group: Compat = Compat.COMPATIBLE
    aggregate: Compat = Compat.COMPATIBLE
    source: Compat = Compat.COMPATIBLE
    hypothesis: Compat = Compat.COMPATIBLE

    @property
    def compatible(self) -> bool:
        """No dimension that is read sets the figures apart."""
        return Compat.DIFFERENT not in (self.time, self.place, self.group, self.aggregate, self.source, self.hypothesis)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a reader relates the figures: the cue, how the other end was found, how well the
    nouns match and whether the scopes are compatible. ``cue_text`` is the cue as the text
    writes it (« dont », « : »), for messages only: rules never decide on it."""

    cue: Cue
    cue_text: str
    attachment: Attachment
    nouns: NounMatch = NounMatch.NONE
    scopes: Scopes = Scopes()
    #: The figures share their event or subject (« 1 200 personnes ont dû partir » … « 1 187
    #: habitants évacués »: partir / évacuer differ, « budget » … « budget » the same).
    subject: bool = False

    @property
    def guessed(self) -> bool:
        """A guessed relation may be confirmed, never called inconsistent."""
        return self.cue is Cue.GUESS


class _Related:
    """What every relation has: ``figures``, the ids of the claims it relates, and ``key``."""

    __slots__ = ()

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        raise NotImplementedError

    @property
    def key(self) -> tuple:
        """What makes two readings the same relation: its kind and its figures (the first one
        read is kept)."""
        return (type(self).__name__, *self.figures)


@dataclass(frozen=True, slots=True)
class Subset(_Related):
    """``part`` is part of ``whole``: « 1 374 victimes, dont 153 enfants »."""

    part: str
    whole: str
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.part, self.whole)


@dataclass(frozen=True, slots=True)
class Total(_Related):
    """``total`` is the total of ``parts``; when ``complete`` is false the parts may be only
    some of it (« dont 29 … et 3 … »): their sum is at most the total."""

    total: str
    parts: tuple[str, ...]
    complete: bool
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.total, *self.parts)

    @property
    def key(self) -> tuple:
        """A complete list is another reading than the open one of the same figures (« dont
        30 …, 21 … et le reste, 13 … » closes the list « dont » opened)."""
        return ("Total", *self.figures, self.complete)


@dataclass(frozen=True, slots=True)
class Share(_Related):
    """``share`` (a percentage or a fraction) is ``part`` over ``whole``; when ``plus`` is
    set, over ``whole`` and the figures of ``plus`` added (« 1 204 voix contre 1 011, soit
    54,4 % »: 1 204 over 1 204 + 1 011)."""

    share: str
    part: str
    whole: str
    evidence: Evidence
    plus: tuple[str, ...] = ()

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return tuple(dict.fromkeys((self.share, self.part, self.whole, *self.plus)))


@dataclass(frozen=True, slots=True)
class Change(_Related):
    """A change from ``before`` to ``after``: either a stated relative change ``change`` (a
    percentage) in ``direction`` (+1 up, -1 down), or a multiplication by ``factor``
    (« a doublé »), then ``change`` is None."""

    change: str | None
    before: str
    after: str
    direction: int
    factor: float | None
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.change, self.before, self.after) if self.change else (self.before, self.after)


@dataclass(frozen=True, slots=True)
class CountList(_Related):
    """``count`` announces the listed ``items`` (character spans of each item); ``listed``
    is the id of the claim made of the whole list, once ``list_claims`` made it."""

    count: str
    items: tuple[tuple[int, int], ...]
    evidence: Evidence
    listed: str | None = None
    #: The list may name only some of them (it stands in another sentence): fewer items
    #: than the count say nothing, more contradict it.
    partial: bool = False

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.count, self.listed) if self.listed else (self.count,)


@dataclass(frozen=True, slots=True)
class Duration(_Related):
    """``duration`` is the length of ``period``."""

    duration: str
    period: str
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.duration, self.period)


@dataclass(frozen=True, slots=True)
class Restatement(_Related):
    """``later`` may restate ``earlier``: the same thing counted, in the same scope."""

    earlier: str
    later: str
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.earlier, self.later)


@dataclass(frozen=True, slots=True)
class Bound(_Related):
    """``bound`` (« plus de 1 100 », « près de 1 400 ») states ``exact`` rounded or bounded."""

    bound: str
    exact: str
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.bound, self.exact)


@dataclass(frozen=True, slots=True)
class Difference(_Related):
    """``gap`` is the difference of ``first`` and ``second``, stated in that order: a
    balance, a deficit, a surplus, an absolute change (« 1 420 entrées contre 1 185 sorties,
    soit un solde de 235 », « 9 300 abonnés, contre 8 650, soit 650 de plus »). ``direction``
    +1: first − second = gap; −1: second − first = gap; 0: either way. With ``change`` (a
    percentage), ``first`` is the level reached and the relative change is read from it
    too (« en hausse de 6,2 % (3 418, soit 104 de plus) »: 104 / 3 314), and ``second`` is
    None."""

    first: str
    second: str | None
    gap: str
    direction: int
    change: str | None
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return tuple(x for x in (self.change, self.first, self.second, self.gap) if x)


@dataclass(frozen=True, slots=True)
class Aggregate(_Related):
    """``overall`` is the rate of a whole whose groups have the rates ``groups``: « un taux
    d'admission de 61,3 % : 60,8 % pour les filles, 62,1 % pour les garçons ». ``complete``:
    the groups make up the whole (two complementary groups), so the overall rate lies
    between theirs."""

    overall: str
    groups: tuple[str, ...]
    complete: bool
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.overall, *self.groups)


@dataclass(frozen=True, slots=True)
class Spread(_Related):
    """``span``, a range a figure varies over (« de 58 % à 69 % selon les districts »), and
    ``values``, the figures then given for each place or group (« Sierre : 55 % »)."""

    span: str
    values: tuple[str, ...]
    evidence: Evidence
    #: When the range is told by two figures (« va de 4,1 … à 9,6 »): ``span`` is the one
    #: and ``high`` the other.
    high: str | None = None

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.span, *((self.high,) if self.high else ()), *self.values)


@dataclass(frozen=True, slots=True)
class Interval(_Related):
    """``duration`` measures the time from the clock time ``start`` to ``end``: « de 7 h 10 à
    11 h 40, soit quatre heures et demie »."""

    start: str
    end: str
    duration: str
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.duration, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Rate(_Related):
    """``rate`` is ``amount`` divided by ``divisor`` (a count or a duration), or by the ratio
    of two time units when ``divisor`` is None and ``amount`` is itself a rate (« 3 millions
    de visiteurs par an, soit 8 200 par jour »); ``factor`` converts the units: « 1 200
    interventions en une semaine, soit 170 par jour » divides by 7."""

    rate: str
    amount: str
    divisor: str | None
    factor: float
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return tuple(x for x in (self.rate, self.amount, self.divisor) if x)


@dataclass(frozen=True, slots=True)
class ShareSum(_Related):
    """Percentages of one whole that add up: ``total`` the sum stated (« Les deux favoris
    totalisent 52,5 % : 28 % et 24,5 % »), or None when the parts are the two answers of a
    vote, which make 100 % (« 53 % de oui contre 47 % de non »)."""

    total: str | None
    parts: tuple[str, ...]
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.total, *self.parts) if self.total else self.parts


@dataclass(frozen=True, slots=True)
class ShareRestated(_Related):
    """A share told twice side by side: « près d'un électeur sur quatre (24 %) »."""

    first: str
    second: str
    evidence: Evidence

    @property
    def figures(self) -> tuple[str, ...]:
        """The ids of the claims this relation relates."""
        return (self.second, self.first)


Relation = (
    ShareSum
    | ShareRestated
    | Rate
    | Subset
    | Total
    | Share
    | Change
    | CountList
    | Duration
    | Restatement
    | Bound
    | Difference
    | Aggregate
    | Spread
    | Interval
)


def ties(relation: Relation) -> Iterator[frozenset[str]]:
    """Every pair of figures a stated relation ties: the readers of restatements and bounds,
    which relate figures no word relates, leave these pairs alone. A restatement or a bound
    ties nothing."""
    if isinstance(relation, Restatement | Bound):
        return
    for a, b in combinations(relation.figures, 2):
        yield frozenset((a, b))
