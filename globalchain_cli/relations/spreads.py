"""Spreads: a range a figure varies over, and the values then given per place or group:
« le non va de 58 % à 69 % selon les districts … Sierre : 55 % »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lang import language
from ..model import Claim
from .context import Context
from .evidence import evidence
from .model import Attachment, Cue, Relation, Spread


def link_spread(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A range followed by what it varies over (``grammar.SPREAD_OVER``: « selon les
    districts », « d'une commune à l'autre »), and the figures of its kind and unit given
    after it, in its sentence and the next ``SPREAD_SENTENCES``, each told of a named place
    or group (the name before it: « Sierre : 55 % », « À Sion, … 61 % »)."""
    g = ctx.grammar
    for span in ctx.claims:
        if span.qualifier != "range" or span.low is None or span.high is None:
            continue
        over = g.SPREAD_OVER.match(ctx.after(span, 60))
        if not over:
            continue
        values = [
            x
            for x in ctx.near(span, g.SPREAD_SENTENCES)
            if x.start > span.end
            and x.sentence - span.sentence <= g.SPREAD_SENTENCES
            and x.kind == span.kind
            and x.unit == span.unit
            and x.qualifier == "exact"
            and x.places
            and _other_scope_free(span, x)
        ]
        if len(values) >= 2:
            ev = evidence(Cue.EXPLICIT, over.group("cue"), Attachment.PRECEDING, span, *values)
            yield Spread(span.id, tuple(x.id for x in values), ev)


def _other_scope_free(span: Claim, x: Claim) -> bool:
    """Whether a value is of the range's time and hypothesis: their markers other than a
    source are the same (« selon les districts » reads like a source, and is none)."""

    def markers(c: Claim) -> set[str]:
        return {m for m in c.scope if language().scope_dimension(m) != "source"}

    return markers(span) == markers(x)


def link_between_ends(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Le taux va de 4,1 pour 100 000 habitants à Bruxelles à 9,6 à Arlon. Liège (5,3) et
    Namur (8,2) se situent entre les deux »: two ends (``RANGE_FROM`` before the one,
    ``RANGE_TO`` before the other, of one kind), in the sentence of the values or the one
    before, and the values of a sentence that says they lie between them
    (``BETWEEN_THE_ENDS``): figures of the ends' kind, after the ends."""
    g = ctx.grammar
    for s in ctx.by_sentence:
        start, end = ctx.sent_bounds[s] if ctx.sent_bounds else (0, len(ctx.text))
        m = g.BETWEEN_THE_ENDS.search(ctx.lower, start, end)
        if not m:
            continue
        ends = _ends(ctx, s) or (_ends(ctx, s - 1) if s > 0 else None)
        if ends is None:
            continue
        low, high = ends
        values = [
            x
            for x in ctx.sentence_claims(s)
            if x.start > high.end and x.kind == low.kind and x.qualifier == "exact" and x.start < m.start()
        ]
        if len(values) >= 2:
            ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.PRECEDING, low, high, *values)
            yield Spread(low.id, tuple(x.id for x in values), ev, high.id)


def _ends(ctx: Context, s: int) -> tuple[Claim, Claim] | None:
    """The two ends of a range told in sentence ``s``: « va de 4,1 … à 9,6 »."""
    g = ctx.grammar
    figures = ctx.sentence_claims(s)
    for i, low in enumerate(figures):
        if not g.RANGE_FROM.search(ctx.before(low, 30)):
            continue
        high = next(
            (x for x in figures[i + 1 :] if x.kind == low.kind and g.RANGE_TO.search(ctx.before(x, 6))),
            None,
        )
        if high is not None:
            return low, high
    return None
