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
