"""Shares: « soit 90 % du total », « représente 13 % des 25 000 hectares »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..claims import same_class
from ..model import Claim, Kind
from .context import SHARE_KINDS, Context, _by_noun, _counted
from .evidence import evidence
from .model import Attachment, Cue, Relation, Share, Subset, Total
from .values import stated_interval


def link_share(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 2 904 se sont révélés frauduleux, soit 90 % du total », « 412 de ces passages, soit 18 % »,
    « soit 52,99 % des suffrages exprimés », « soit un quart du public »."""
    g = ctx.grammar
    whole_of = {r.part: r.whole for r in found if isinstance(r, Subset)}
    for share in ctx.claims:
        if share.kind not in SHARE_KINDS:
            continue
        cue = g.SHARE.search(ctx.before(share, g.SHARE_BACK))
        if not cue:
            continue
        part = next((x for x in ctx.previous(share) if _counted(x)), None)
        if part is None:
            continue
        inner = [p for p, w in whole_of.items() if w == part.id and ctx.by_id[p].sentence == part.sentence]
        if inner:  # « 58 sur 87, soit 67 % »: the share is of the part, not of the whole
            part = ctx.by_id[inner[-1]]
        after = ctx.after(share, g.SHARE_AHEAD)
        if g.SHARE_IS_CHANGE.match(after):
            continue  # « soit 12 % de plus »: a change, not a share
        whole, guessed, how = None, False, Attachment.ANTECEDENT
        if part.id in whole_of:
            whole = ctx.by_id[whole_of[part.id]]
        elif g.OF_THE_TOTAL.match(after):
            same = [
                x
                for x in ctx.previous(share, 3)
                if _counted(x)
                and x is not part
                and same_class(x.unit, part.unit)
                and float(x.value) > float(part.value)
                and x.qualifier == "exact"
            ]
            whole, how = _total_of(share, part, same), Attachment.NOUN
        else:
            n = g.OF_NOUN.match(after)
            if n:
                how = Attachment.NOUN
                traits = g.event_forms([n.group("trait")]) if n.group("trait") else []
                whole = _by_noun(ctx, part, n.group("noun"), traits, larger_than=float(part.value))
                if whole is None:  # « des participants »: only a guess among the people counted
                    whole, guessed = _by_noun(ctx, part, n.group("noun"), traits, float(part.value), loose=True), True
        if whole is None:
            topics = [w for w in map(_whole_of, found) if w and ctx.by_id[w].start < part.start]
            if topics:
                whole, guessed, how = ctx.by_id[topics[-1]], True, Attachment.TOPIC
        if whole is not None and whole is not part:
            siblings = [r.parts for r in found if isinstance(r, Total) and part.id in r.parts and len(r.parts) > 1]
            if siblings:  # « 142 … et 45 …, une proportion de plus des trois quarts »: of which one?
                part, guessed = _matching_part(ctx, share, siblings[0], whole) or (part, True)
            ev = evidence(Cue.GUESS if guessed else Cue.EXPLICIT, cue.group("cue"), how, part, whole)
            yield Share(share.id, part.id, whole.id, ev)


def _total_of(share: Claim, part: Claim, candidates: Sequence[Claim]) -> Claim | None:
    """The « total » a share is of, among the larger figures of the part's noun told just
    before: the one of which the share is right if there is one (« passées de 8,1 millions
    de tonnes en 2022 à 7,6 millions … 4,4 millions, soit 58 % du total »: of this year's
    7,6, not of the 8,1 it fell from), else the largest."""
    interval = stated_interval(share)
    if interval is not None:
        fits = [
            x
            for x in candidates
            if x.value and interval[0] <= 100.0 * float(part.value) / float(x.value) <= interval[1]
        ]
        if fits:
            return fits[-1]
    return max(candidates, key=lambda x: float(x.value), default=None)


def _whole_of(r: Relation) -> str | None:
    """The whole a subset or a total speaks of (the topic a later share may be of)."""
    return r.whole if isinstance(r, Subset) else r.total if isinstance(r, Total) else None


def _matching_part(ctx: Context, share: Claim, parts: Sequence[str], whole: Claim) -> tuple[Claim, bool] | None:
    """The one listed part whose share of the whole is the one stated, if exactly one is."""
    interval = stated_interval(share)
    if interval is None or not whole.value:
        return None
    fits = [
        ctx.by_id[p]
        for p in parts
        if interval[0] <= 100.0 * float(ctx.by_id[p].value) / float(whole.value) <= interval[1]
    ]
    return (fits[0], False) if len(fits) == 1 else None


def link_share_of(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« La surface brûlée représente 13 % des 25 000 hectares du massif »: a share of the
    figure that follows it; the part is the nearest figure counted in the same unit (a
    guess, so the rule only confirms it)."""
    for share in ctx.claims:
        if share.kind != Kind.PERCENT:
            continue
        whole = ctx.following(share)
        whole = whole if whole is not None and _counted(whole) else None
        cue = ctx.grammar.SHARE_OF_GAP.fullmatch(ctx.text[share.end : whole.start]) if whole is not None else None
        if cue is None:
            continue
        part = next(
            (
                x
                for x in ctx.previous(share, 3)
                if _counted(x)
                and x.unit == whole.unit
                and x.qualifier == "exact"
                and not x.scope
                and float(x.value) < float(whole.value)
            ),
            None,
        )
        if part is not None:
            ev = evidence(Cue.GUESS, cue.group("cue"), Attachment.PRECEDING, part, whole)
            yield Share(share.id, part.id, whole.id, ev)
