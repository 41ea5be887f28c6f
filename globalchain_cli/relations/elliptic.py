"""Elliptic figures: « d'en arrêter 219 » takes the unit of the figure it is part of, « Seize
personnes ont été blessées ; trois ont été hospitalisées » the unit of the group just named,
« qui en a recensé 1 352 » the unit of the figure « en » stands for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..claims import CATEGORY, money_category, with_unit
from ..lang import language
from ..model import Claim, Kind
from .context import MAX_PAIRED
from .model import Attachment, Relation, Subset

#: Figures that count or measure something: a time, a date or an ordinal between a group
#: and an elliptic subject says when, and is no group.
_AMOUNTS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.FRACTION})


def resolve_units(claims: Sequence[Claim], found: Sequence[Relation], ctx=None) -> list[Claim]:
    """Give elliptic figures the unit of the figure they are part of ("d'en arrêter 219"),
    then, with the text (``ctx``), the unit of the group an elliptic subject takes up."""
    by_id = {c.id: c for c in claims}
    subsets = [r for r in found if isinstance(r, Subset)]
    for _ in range(3):
        for r in subsets:
            part, whole = by_id[r.part], by_id[r.whole]
            if part.unit is None and whole.kind == Kind.MONEY and part.kind == Kind.COUNT:
                # « 48,6 millions d'euros, dont 9,2 millions »: money is never elliptic
                by_id[part.id] = replace(part, kind=Kind.MONEY, unit=whole.unit)
            elif part.unit is None and whole.unit:
                by_id[part.id] = with_unit(part, whole.unit, whole.noun)
            elif _money_part(part, whole):
                by_id[part.id] = _as_money(part, whole)
    for r in subsets:
        # a whole takes a currency or a measure from its part, and a noun only when it stands
        # right after it, the noun elided (« 1 150 postes sur les 4 800 »): in « Parmi eux,
        # 5 200 touchent l'allocation, dont 2 100 femmes », the 5 200 are not women
        part, whole = by_id[r.part], by_id[r.whole]
        elided = part.kind != Kind.COUNT or r.evidence.attachment is Attachment.ADJACENT
        if whole.unit is None and part.unit and part.kind == whole.kind and elided:
            by_id[whole.id] = with_unit(whole, part.unit, part.noun)
    if ctx is not None:
        money = None  # the last sum of money before, in text order (one pass: linear)
        for c in list(by_id.values()):
            if c.kind == Kind.MONEY:
                money = c
            if c.kind == Kind.COUNT and _scaled(c) and (c.noun is None or _participle(ctx, c)):
                if money is not None and c.sentence - money.sentence <= 2:
                    # « 282 millions de francs … un plan d'économies de plus de 300 millions »
                    by_id[c.id] = _inherit_currency(ctx, c, money)
                    money = by_id[c.id]
                continue
            if c.kind == Kind.COUNT and c.unit is None and c.noun_start is None:
                group = _group_taken_up(ctx, c, by_id)
                if group is not None:
                    by_id[c.id] = with_unit(c, group.unit, group.noun)
    return [by_id[c.id] for c in claims]


def _participle(ctx, c: Claim) -> bool:
    """Whether the word a scaled figure was read with is a participle, not what it counts
    (« 1 605 millions réalisés à l'étranger »)."""
    return bool(c.noun and ctx.grammar.PARTICIPLE_END.search(c.noun.lower()))


def _scaled(c: Claim) -> bool:
    """Whether a figure ends with a scale word and no noun (« 300 millions »)."""
    return c.text.lower().rstrip().endswith(language().grammar.MONEY_SCALES)


def _inherit_currency(ctx, c: Claim, money: Claim) -> Claim:
    """A bare « 300 millions » after a sum of money is a sum in its currency, of what the
    words around it say (« un plan d'économies de plus de 300 millions »)."""
    traits = set(c.traits) - {c.unit}
    category = money_category(ctx.doc, ctx.text, c.quantity) if c.quantity is not None else None
    if category:
        traits.add(CATEGORY + category)
    return replace(
        c, kind=Kind.MONEY, unit=money.unit, noun=None, noun_start=None, noun_end=None, traits=tuple(sorted(traits))
    )


def _just_before(ctx, c: Claim) -> list[Claim]:
    """The figures just before ``c``, nearest first: those of its sentence (at most
    ``MAX_PAIRED``), or else the last ones of the sentence before; a few, so that a sentence
    of thousands of figures stays linear."""
    own = list(reversed(ctx.before_in_sentence(c)))
    if own:
        return own
    return list(reversed(ctx.sentence_claims(c.sentence - 1)[-MAX_PAIRED:]))


def _money_part(part: Claim, whole: Claim) -> bool:
    """« 3 millions d'euros, dont 1,2 million de loyers »: a count of millions of something,
    part of a sum of money, is a sum in the same currency (money is never elliptic: its unit
    is the whole's currency, its noun the category)."""
    return (
        whole.kind == Kind.MONEY
        and part.kind == Kind.COUNT
        and part.noun_start is not None
        and part.text.lower().rstrip().endswith(language().grammar.MONEY_SCALES)
    )


def _as_money(part: Claim, whole: Claim) -> Claim:
    """The part of a sum of money as a sum of money, its counted noun as its category."""
    traits = tuple(sorted({*part.traits, CATEGORY + (part.unit or "")}))
    return replace(part, kind=Kind.MONEY, unit=whole.unit, noun=None, noun_start=None, noun_end=None, traits=traits)


def _group_taken_up(ctx, c: Claim, by_id: dict[str, Claim]) -> Claim | None:
    """The group an elliptic figure takes up: the figure just before it, with a noun of its
    own, when the elliptic one is the subject of the next clause (« Seize personnes ont été
    blessées ; trois ont été hospitalisées », « 54 106 coureurs se sont élancés, et 52 874
    ont franchi la ligne ») or stands after « en » and a verb (« Plus de 1 300 écoles ont
    fermé, selon le ministère, qui en a recensé 1 352 »). Only counts: money is never elliptic."""
    g = ctx.grammar
    before = _just_before(ctx, c)
    previous = [x for x in before if x.kind in _AMOUNTS]
    if not previous:
        return None
    last = by_id.get(previous[0].id, previous[0])
    if last.kind != Kind.COUNT or not last.unit:
        return None  # (a group with a noun, or an elliptic one that has its whole's: « 27 d'entre eux »)
    after = last.noun_end if last.noun_end is not None else last.end
    gap = ctx.text[after : c.start]
    for x in before:  # a time or a date between says when: « élancés à 8 h 18, et »
        if after <= x.start and x.end <= c.start and x.kind not in _AMOUNTS:
            start, end = x.start - after, x.end - after
            gap = gap[:start] + "x" * (end - start) + gap[end:]
    gap = gap.lower().replace("’", "'")
    if g.OF_IT_COUNT.search(ctx.before(c, g.OF_IT_COUNT_BACK)) and "." not in gap:
        return last
    if g.ELLIPTIC_SUBJECT_GAP.fullmatch(gap) and g.ELLIPTIC_SUBJECT_AFTER.match(ctx.after(c, 30)):
        return last
    return None
