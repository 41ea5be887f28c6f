"""Rates per unit: « 1 200 interventions en dix jours, soit 120 par jour en moyenne »,
« 3 millions d'euros à 12 communes, soit 250 000 euros par commune »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from ..claims import noun_key
from ..lang import language
from ..model import Claim, Kind
from .context import Context, _counted, end_with_noun
from .evidence import evidence
from .model import Attachment, Cue, Rate, Relation
from .values import UNIT_DAYS, duration_unit


def link_rate_per_unit(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A figure after « , soit » and before « par <x> » (a rate), the amount before it in
    its sentence (of its kind), and what it is per: the count of ``x`` (« 12 communes … par
    commune »), a duration (« en dix jours … par jour », units converted), or the amount's
    own « par <unit> » (« 3 millions par an, soit 8 200 par jour »)."""
    g = ctx.grammar
    for rate in ctx.claims:
        if rate.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) or not _counted(rate):
            continue
        per = g.RATE_PER.match(ctx.text[rate.noun_end or rate.end : (rate.noun_end or rate.end) + 40].lower())
        if not per:
            continue
        before = [x for x in ctx.before_in_sentence(rate) if x.end <= rate.start]
        if not before or not g.RATE_LEAD.match(ctx.text[end_with_noun(before[-1]) : rate.start].lower()):
            continue
        unit = per.group("per")
        found_one = (
            _per_count(before, rate, unit) or _per_duration(before, rate, unit) or _per_period(before, rate, unit)
        )
        if found_one is None:
            found_one = _per_rate(ctx, before, rate, unit)
        if found_one is not None:
            amount, divisor, factor = found_one
            others = [x for x in (amount, divisor) if x is not None]
            ev = evidence(Cue.EXPLICIT, per.group(0).strip(), Attachment.ADJACENT, rate, *others)
            yield Rate(rate.id, amount.id, divisor.id if divisor else None, factor, ev)


def _amount_for(before: Sequence[Claim], rate: Claim, skip: Claim | None = None) -> Claim | None:
    """The amount a rate divides: the nearest figure before it of its kind (and currency),
    not the divisor."""
    for x in reversed(before):
        if x is skip or x.kind != rate.kind or not _counted(x):
            continue
        if rate.kind != Kind.COUNT and rate.unit and x.unit and rate.unit != x.unit:
            continue
        if rate.kind == Kind.COUNT and rate.noun_start is not None and x.unit != rate.unit:
            continue
        return x
    return None


def _per_count(before: Sequence[Claim], rate: Claim, unit: str) -> tuple[Claim, Claim, float] | None:
    """« 3 millions d'euros à 12 communes, soit 250 000 euros par commune »."""
    key = noun_key(unit)
    divisor = next((x for x in reversed(before) if x.kind == Kind.COUNT and x.unit == key), None)
    amount = _amount_for(before, rate, skip=divisor) if divisor is not None else None
    if amount is None or amount.start > divisor.start and amount.kind == Kind.COUNT:
        return None
    return amount, divisor, 1.0


def _per_duration(before: Sequence[Claim], rate: Claim, unit: str) -> tuple[Claim, Claim, float] | None:
    """« 1 200 interventions en dix jours, soit 120 par jour » (« en une semaine … par jour »: × 1/7)."""
    per_days = _unit_days(unit)
    if per_days is None:
        return None
    divisor = next((x for x in reversed(before) if x.kind == Kind.DURATION and duration_unit(x) in UNIT_DAYS), None)
    if divisor is None:
        return None
    amount = _amount_for([x for x in before if x.start < divisor.start], rate)
    if amount is None:
        return None
    return amount, divisor, UNIT_DAYS[duration_unit(divisor)] / per_days


def _per_period(before: Sequence[Claim], rate: Claim, unit: str) -> tuple[Claim, Claim, float] | None:
    """« Entre le 1er juin et le 13 août, 186 départs de feu, soit en moyenne 2,5 par jour »,
    « 146 chirurgies reportées du lundi 5 au vendredi 9 janvier, soit 29,2 par jour »: the
    days of the period, both ends counted (74 here); the amount after the period, else
    before it."""
    per_days = _unit_days(unit)
    period = next((x for x in reversed(before) if x.kind == Kind.PERIOD), None)
    if per_days is None or period is None or not isinstance(period.value, tuple):
        return None
    try:
        first, last = (date.fromisoformat(v) for v in period.value)
    except ValueError:
        return None  # a period of months or years: no day count
    amount = _amount_for([x for x in before if x.start > period.end], rate) or _amount_for(
        [x for x in before if x.end <= period.start], rate
    )  # « 146 chirurgies reportées du lundi 5 au vendredi 9 janvier, soit 29,2 par jour »
    if amount is None or last < first:
        return None
    return amount, period, ((last - first).days + 1) / per_days


def _per_rate(ctx: Context, before: Sequence[Claim], rate: Claim, unit: str) -> tuple[Claim, None, float] | None:
    """« 3 millions de visiteurs par an, soit 8 200 par jour »: a rate told in another unit."""
    per_days = _unit_days(unit)
    amount = _amount_for(before, rate)
    if per_days is None or amount is None:
        return None
    own = ctx.grammar.RATE_PER.match(ctx.text[end_with_noun(amount) : end_with_noun(amount) + 30].lower())
    amount_days = _unit_days(own.group("per")) if own else None
    if amount_days is None or amount_days == per_days:
        return None
    return amount, None, amount_days / per_days


def _unit_days(word: str) -> float | None:
    """Days in one time unit named by ``word`` (« jour », « semaine », « an »…), if it is one."""
    neutral = language().duration_units.get(noun_key(word))
    return UNIT_DAYS.get(neutral) if neutral else None
