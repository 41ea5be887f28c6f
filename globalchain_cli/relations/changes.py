"""Changes: « en hausse de 20 %, de 100 à 120 », « a doublé, de 40 à 80 »."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Claim, Kind
from .context import Context, _counted, _gap, end_with_noun
from .evidence import evidence
from .model import Attachment, Change, Cue, Difference, Relation


def link_change(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« en hausse de 20 %, de 100 à 120 », « 143 millions, contre 97 millions un an plus tôt,
    soit une hausse de 47 % », « a doublé, de 40 à 80 »: a change and the two figures it
    goes between, with the direction the cue word gives, or the factor of a multiplication."""
    g = ctx.grammar
    for c in ctx.claims:
        m = g.CHANGE.search(ctx.before(c, g.CHANGE_BACK)) if c.kind == Kind.PERCENT else None
        if m:
            pair = _from_to(ctx, c) or _versus(ctx, c) or _to_versus(ctx, c)
            if pair:
                ev = evidence(Cue.EXPLICIT, m.group(1), Attachment.ADJACENT, *(ctx.by_id[x] for x in pair))
                yield Change(c.id, *pair, ctx.cues.CHANGE_WORDS[m.group("cue")], None, ev)
    for sent_index in ctx.by_sentence:
        start, end = ctx.sent_bounds[sent_index] if ctx.sent_bounds else (0, len(ctx.text))
        m = g.MULTIPLY.search(ctx.lower, start, end)
        if not m:
            continue
        figures = [x for x in ctx.sentence_claims(sent_index) if _counted(x) and x.start > m.end()]
        if (
            len(figures) >= 2
            and g.MULTIPLY_FROM.fullmatch(ctx.text[m.end() : figures[0].start])
            and g.MULTIPLY_TO.fullmatch(_gap(ctx, figures[0], figures[1]))
        ):
            ev = evidence(Cue.EXPLICIT, m.group(1), Attachment.ADJACENT, figures[0], figures[1])
            yield Change(None, figures[0].id, figures[1].id, 1, float(ctx.cues.MULTIPLIERS[m.group("cue")]), ev)


def _two_after(ctx: Context, change: Claim, lead: re.Pattern, between: re.Pattern) -> tuple[Claim, Claim] | None:
    """The two figures after a change, when the words before the first (``lead``) and between
    them (``between``) are the ones given."""
    later = [x for x in ctx.after_in_sentence(change) if x.start > change.end and _counted(x)]
    if len(later) < 2:
        return None
    a, b = later[0], later[1]
    if lead.fullmatch(ctx.text[change.end : a.start].lower()) and between.search(_gap(ctx, a, b)):
        return a, b
    return None


def _from_to(ctx: Context, change: Claim) -> tuple[str, str] | None:
    """« hausse de 20 %, de 100 à 120 » / « passant de 100 à 120 »: (before, after)."""
    pair = _two_after(ctx, change, *ctx.grammar.FROM_TO)
    return (pair[0].id, pair[1].id) if pair else None


def _to_versus(ctx: Context, change: Claim) -> tuple[str, str] | None:
    """« a chuté de 18 %, à 12 400 transactions, contre 15 100 l'an dernier »: (before, after)."""
    pair = _two_after(ctx, change, *ctx.grammar.TO_VERSUS)
    return (pair[1].id, pair[0].id) if pair else None


def _versus(ctx: Context, change: Claim) -> tuple[str, str] | None:
    """« 143 millions d'euros, contre 97 millions un an plus tôt, soit une hausse de 47 % »;
    « 148 millions, contre 131 millions en 2025, en hausse de 13 % » (the earlier figure told
    of another time)."""
    earlier = [x for x in ctx.before_in_sentence(change) if x.end <= change.start and _counted(x)]
    if len(earlier) < 2:
        return None
    new, old = earlier[-2], earlier[-1]
    g = ctx.grammar
    if not g.VERSUS.search(_gap(ctx, new, old)):
        return None
    then = ctx.text[old.end : change.start]
    if g.VERSUS_THEN.search(then):
        return old.id, new.id
    words = g.CHANGE.search(ctx.before(change, g.CHANGE_BACK))
    if words and g.VERSUS_THEN_TIMED.search(then[: len(then) - len(words.group(0))]) and _other_time(ctx, old):
        return old.id, new.id  # « 148 millions, contre 131 millions en 2025, en hausse de 13 % »
    return None


def link_change_of_gap(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 184 morts, contre 203 l'année précédente. C'est 19 décès de moins, soit un recul de
    9 % », « 1 642, contre 1 718 en 2024, soit 76 de moins (-4 %) »: a relative change told
    right after the gap between a figure and the one of another time it is compared with
    (``GAP_THEN_CHANGE``). The direction is the change word's, else the gap's, else the sign."""
    g = ctx.grammar
    for d in found:
        if not isinstance(d, Difference) or d.second is None or d.evidence.guessed:
            continue
        gap, new, old = ctx.by_id[d.gap], ctx.by_id[d.first], ctx.by_id[d.second]
        if new.kind == Kind.PERCENT:
            continue  # a change in points is no relative change
        change = ctx.following(gap)
        if change is None or change.kind != Kind.PERCENT or change.sentence != gap.sentence:
            continue
        m = g.GAP_THEN_CHANGE.match(ctx.text[end_with_noun(gap) : change.start].lower())
        if not m or not _other_time(ctx, old):
            continue
        signed = change.text[:1] in "+-−"
        if m.group("cue"):
            direction = ctx.cues.CHANGE_WORDS[m.group("cue")]
        elif signed:
            direction = 1  # « (-4 %) »: the sign says the direction
        else:
            direction = 1 if float(new.value) >= float(old.value) else -1
        ev = evidence(Cue.EXPLICIT, m.group("cue") or g.CHANGE_SIGNED, Attachment.ADJACENT, change, old, new)
        yield Change(change.id, old.id, new.id, direction, None, ev)


def _other_time(ctx: Context, old: Claim) -> bool:
    """Whether the figure a change starts from is told of another time (« contre 203 l'année
    précédente », « contre 1 718 en 2024 »): a scope of time, or a word of time right after it."""
    if any(ctx.lang.scope_dimension(m) == "time" for m in old.scope):
        return True
    return bool(ctx.grammar.OTHER_TIME_NEAR.search(ctx.text[end_with_noun(old) : end_with_noun(old) + 40].lower()))
