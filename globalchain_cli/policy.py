"""The verdict policy: when the evidence for a relation is strong enough to accuse.

Every rule measures figures against each other and proposes a verdict; this module alone
decides whether an ``inconsistent`` verdict stands. A false alarm costs more than a miss
(a newsroom switches off a checker that cries wolf), so the policy is asymmetric:

- **strong** evidence may confirm and may accuse. It is an explicit construction (« dont »,
  « sur », « soit », « : » before a list, « en hausse de »), whose other end was found with
  no doubt about which figure it is (its scope markers do not undo what it states), or two
  figures paired by their noun alone (a restatement, a bound and the exact figure it
  rounds) when the noun is the same lemma or a strict synonym (« morts » / « victimes »)
  or the two counts share their event, every scope that is read is compatible, and no
  rival reading makes the figures agree.
- **moderate** evidence may confirm; an ``inconsistent`` verdict is dropped. Figures
  paired by their noun alone when the noun is generic (« personnes » / « enfants ») or
  missing (« 3,9 millions d'€ » … « 3 350 000 € »: a unit is not a subject), or any
  relation for which a rival counterpart fits.
- **weak** evidence may confirm; an ``inconsistent`` verdict is dropped (or, when the rule
  gives one, replaced by ``unverifiable``). A guess (``Cue.GUESS``), figures paired by
  their noun whose scopes differ (another year, place, group or aggregate: « en moyenne »
  against one day), or figures of two families (pompiers against weeks, people against
  euros or vehicles).

Each finding carries the strength in ``Finding.evidence``, so a CI gate can ignore the
weaker ones. The README's section « When gcheck says inconsistent » says the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from .claims import noun_family
from .model import Claim, Kind, Verdict
from .relations.model import Attachment, Cue, Evidence, NounMatch, Scopes


class Strength(StrEnum):
    """How strong the evidence for a verdict is."""

    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"


#: Noun matches strong enough to pair two figures with no word between them.
STRONG_NOUNS = frozenset({NounMatch.SAME, NounMatch.SYNONYM})
#: Kinds that carry no counted thing of their own (a share, a list): left out of families.
_NO_FAMILY = frozenset({Kind.PERCENT, Kind.FRACTION, Kind.LIST})


#: What a figure is an amount of, by its kind alone: a count of things, money, time.
_KIND_CLASS = {Kind.COUNT: "count", Kind.MONEY: "money", Kind.MEASURE: "measure", Kind.POINTS: "points"}


def families_conflict(claims: Iterable[Claim]) -> bool:
    """Whether the related amounts belong to two families of things: a count and a
    duration (« 85 infirmiers partis pour deux mois, dont 30 venus de Bretagne »: the 30 are
    not in the months), people and money (« trois lauréats : 4 000 €, … »), people and
    vehicles. A count of things of no known family (« 1 605 millions réalisés ») may be
    money, so only a known family sets it apart from money. Such figures cannot be part,
    total or restatement of one another."""
    amounts = [c for c in claims if c.kind not in _NO_FAMILY]
    found = {noun_family(c) for c in amounts}
    found.discard(None)
    # a count of unknown things may be money (« 1 605 millions réalisés »), never time; a bare
    # number takes the noun of what it refers to (« six ans, dont quatre ferme »)
    timed = "time" in found and any(c.kind in _KIND_CLASS and c.noun_start is not None for c in amounts)
    return timed or len(found) > 1


def _paired(ev: Evidence) -> bool:
    """Whether the figures were paired with no word between them (by noun, or a definite
    re-mention): only then do scope markers set them apart. A stated relation says itself
    which figures it relates, whatever their markers: a whole broken down by place on
    purpose (« 2 137 épargnants. Parmi eux, 1 618 résident en France et 519 en
    Belgique »), a share of this year's total next to last year's (« contre 95 millions un
    an plus tôt »), a demonstrative (« Ces 4 870 demandes ») after « de son côté »."""
    return ev.cue is Cue.PATTERN and ev.attachment in (Attachment.NOUN, Attachment.ANTECEDENT)


def paired_by_noun(ev: Evidence) -> bool:
    """Whether no word relates the figures: they were paired by what they count."""
    return ev.cue is Cue.PATTERN and ev.attachment is Attachment.NOUN


def strength(ev: Evidence | None, *, conflict: bool = False, rival: bool = False, copied: bool = False) -> Strength:
    """The strength of the evidence ``ev`` for a relation (None: the figure alone is checked,
    « 31 juin »). ``conflict``: the figures are of two families; ``rival``: another reading
    the text admits makes the figures agree; ``copied``: the values themselves show a copy
    (two digits swapped in a number of three digits or more: « 241 migrants » … « 214
    personnes »), which makes up for a generic noun."""
    if ev is None:
        return Strength.WEAK if conflict else (Strength.MODERATE if rival else Strength.STRONG)
    if ev.cue is Cue.GUESS or conflict or (_paired(ev) and not ev.scopes.compatible):
        return Strength.WEAK
    if rival:
        return Strength.MODERATE
    if paired_by_noun(ev):
        generic_copy = copied and ev.nouns is NounMatch.GENERIC
        return Strength.STRONG if ev.nouns in STRONG_NOUNS or ev.subject or generic_copy else Strength.MODERATE
    return Strength.STRONG


def ruling(verdict: Verdict, how: Strength, fallback: Verdict | None = None) -> Verdict | None:
    """The verdict that stands: an ``inconsistent`` verdict needs strong evidence; on weaker
    evidence it becomes ``fallback`` (None: no finding). Other verdicts stand."""
    if verdict is Verdict.INCONSISTENT and how is not Strength.STRONG:
        return fallback
    return verdict


def lexicon_strength(scopes: Scopes) -> Strength:
    """The strength of an order the lexicon states (ORD01: « interpellés ≤ suspects »): the
    meaning of the two nouns relates them, so the evidence is strong when their scopes are
    compatible (the same time, place, group and aggregate), weak otherwise."""
    return Strength.STRONG if scopes.compatible else Strength.WEAK
