"""Differences: « 1 420 entrées contre 1 185 sorties, soit un solde de 235 », « 9 300
abonnés, contre 8 650 un an plus tôt, soit 650 de plus », « un solde de 31, soit 94 entrées
et 63 sorties », and an absolute change told with its relative one: « en hausse de 6,2 %
(3 418, soit 104 de plus) »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..claims import same_class, same_population
from ..model import Claim, Kind
from .context import Context, _counted, _gap
from .evidence import evidence
from .model import Attachment, Cue, Difference, Relation

#: Kinds of figures whose difference is checked.
AMOUNTS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)


def link_difference(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A difference stated after its two terms (« A contre B, soit un solde de C », « A pour
    B, soit C en surnombre »), before them (« un solde de C, soit A et B »), or an absolute
    change after the level it reached and its relative change (« en hausse de P (N, soit C
    de plus) »)."""
    for c in ctx.claims:
        if c.kind not in AMOUNTS or not _counted(c):
            continue
        yield from _after_terms(ctx, c)
        yield from _before_terms(ctx, c)


def _after_terms(ctx: Context, gap: Claim) -> Iterator[Relation]:
    """« A contre B, soit un solde de C », « A pour B, soit C en surnombre », and the
    relative change form (``_with_change``)."""
    g = ctx.grammar
    before = [
        x for x in ctx.before_in_sentence(gap) if x.end <= gap.start and (x.kind in AMOUNTS or x.kind == Kind.PERCENT)
    ]
    if not before:
        return
    second = before[-1]
    lead = g.DIFFERENCE_LEAD.match(
        ctx.text[second.end if second.noun_end is None else second.noun_end : gap.start].lower().replace("’", "'")
    )
    if not lead:
        return
    after = ctx.after(gap, 40)
    if gap.noun_end is not None:
        after = ctx.text[gap.noun_end : gap.noun_end + 40].lower()
    direction_m = g.DIFFERENCE_AFTER.match(after)
    if g.DIFFERENCE_PER.match(after) or not (lead.group("net") or direction_m):
        return
    direction = 0 if direction_m is None else (1 if direction_m.group("dir") in g.DIFFERENCE_MORE else -1)
    cue = lead.group("net") or direction_m.group("dir")
    if len(before) >= 2 and _terms(ctx, before[-2], second, gap):
        first = before[-2]
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, gap, first, second)
        yield Difference(first.id, second.id, gap.id, direction, None, ev)
        return
    change = _change_before(ctx, before)
    if change is not None and direction and second.kind == gap.kind and second.kind in AMOUNTS:
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, gap, second)
        yield Difference(second.id, None, gap.id, direction, change.id, ev)


def _terms(ctx: Context, first: Claim, second: Claim, gap: Claim) -> bool:
    """Whether two figures are the terms of a difference: of one kind (and one currency),
    joined by « contre », « pour », « face à » or « et »; not a first term of other things
    when a figure before it counts what the gap counts."""
    if not (first.kind == second.kind == gap.kind and _counted(first) and _counted(second)):
        return False
    if first.kind != Kind.COUNT and len({x.unit for x in (first, second, gap) if x.unit}) > 1:
        return False
    if first.unit and gap.unit and not (same_population(first.unit, gap.unit) or same_class(first.unit, second.unit)):
        # « 8 912 détenus dans les 21 établissements, pour 6 874 places, soit 2 038 détenus »: an
        # earlier figure counts what the gap counts, the one next to the second does not
        earlier = [
            x
            for x in ctx.before_in_sentence(first)
            if x.end <= first.start and x.kind == first.kind and x.unit and same_population(x.unit, gap.unit)
        ]
        if earlier:
            return False
    return bool(ctx.grammar.DIFFERENCE_JOIN.match(_gap(ctx, first, second)))


def _change_before(ctx: Context, before: Sequence[Claim]) -> Claim | None:
    """The relative change told just before the level: « en hausse de 6,2 % (3 418, … »."""
    if len(before) < 2:
        return None
    change, level = before[-2], before[-1]
    if change.kind != Kind.PERCENT:
        return None
    g = ctx.grammar
    if not g.CHANGE.search(ctx.before(change, g.CHANGE_BACK)):
        return None
    between = ctx.text[change.end : level.start]
    in_bracket = len(between) <= 4 and "(" in between  # « 6,2 % (3 418 »
    return change if in_bracket or between.strip() in (",", "") else None


def _before_terms(ctx: Context, gap: Claim) -> Iterator[Relation]:
    """« un solde de 31, soit 94 entrées et 63 sorties »: a net balance, then its terms."""
    g = ctx.grammar
    if not g.NET_BEFORE.search(ctx.before(gap, g.NET_BACK)):
        return
    later = [x for x in ctx.after_in_sentence(gap) if x.start >= gap.end][:2]
    if len(later) < 2:
        return
    first, second = later
    start = gap.noun_end if gap.noun_end is not None else gap.end
    if not g.DIFFERENCE_TERMS.match(ctx.text[start : first.start].lower()):
        return
    if not _terms(ctx, first, second, gap):
        return
    net = g.NET_BEFORE.search(ctx.before(gap, g.NET_BACK))
    ev = evidence(Cue.EXPLICIT, net.group(1), Attachment.ADJACENT, gap, first, second)
    yield Difference(first.id, second.id, gap.id, 0, None, ev)
