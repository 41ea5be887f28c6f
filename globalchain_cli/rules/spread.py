"""The values given per place or group lie inside the range stated for them."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Finding, Verdict
from ..relations import Spread
from ..relations.values import stated_interval
from .base import RuleContext, rule, value_of, where


def _interval(c: Claim) -> tuple[float, float] | None:
    """The values a figure allows: a percentage's rounding, a count exactly."""
    if str(c.kind) == "percent":
        found = stated_interval(c)
        return (found[0], found[1]) if found else None
    v = value_of(c)
    return (v, v) if v is not None else None


@rule(code="RNG01", name="values-inside-range", family="range")
def values_inside_range(ctx: RuleContext) -> Iterator[Finding]:
    """Les valeurs détaillées restent dans la fourchette annoncée. / Listed values lie inside the stated range.

    ## Ce qu'elle vérifie / What it does
    « le non va de 58 % à 69 % selon les districts » … « Sierre : 55 % » : chaque valeur
    donnée ensuite pour un lieu ou un groupe est dans la fourchette, à l'arrondi près. Il
    faut au moins deux valeurs, dont une dans la fourchette (sinon elles mesurent peut-être
    autre chose). Each value then given for a place or group lies inside the range, within
    rounding; at least two values, one of them inside, or they may measure something else.

    ## Pourquoi / Why
    Une valeur hors de la fourchette annoncée : la fourchette ou la valeur est fausse.
    A value outside the stated range: the range or the value is wrong.

    ## Exemple / Example
    Aussi deux bornes et les valeurs « entre les deux » : « de 4,1 à Bruxelles à 9,6 à Arlon
    … Liège (5,3) et Namur (8,2) se situent entre les deux ». Also two ends, then values
    told to lie « between the two ».
    Cohérent / consistent : « de 58 % à 69 % selon les districts … Sion : 61 %, Sierre : 59 % ».
    Incohérent / inconsistent : « de 58 % à 69 % selon les districts … Sion : 61 %, Sierre : 55 % ».
    """
    for link in ctx.relations_of(Spread):
        span = ctx.claim(link.span)
        if link.high is not None:  # « va de 4,1 … à 9,6 … ; A (5,3) et B (8,2) se situent entre les deux »
            high = ctx.claim(link.high)
            ends = [value_of(span), value_of(high)]
            if None in ends:
                continue
            lo, hi = min(ends), max(ends)
            shown, claims = f"{span.text} – {high.text}", [span, high]
        else:
            lo, hi = min(span.low, span.high), max(span.low, span.high)
            shown, claims = span.label, [span]
        values = [ctx.claim(x) for x in link.values]
        intervals = [_interval(x) for x in values]
        inside = [x for x, i in zip(values, intervals, strict=True) if i and i[1] >= lo and i[0] <= hi]
        outside = [x for x, i in zip(values, intervals, strict=True) if i and (i[1] < lo or i[0] > hi)]
        if not inside:
            continue  # no value in the range: they may well measure something else
        if not outside:
            msg = ctx.say("RNG01.fits", span=shown, values=", ".join(x.label for x in inside))
            yield from ctx.judge("RNG01", Verdict.CONSISTENT, msg, [*claims, *inside], link.evidence)
        for x in outside:
            msg = ctx.say("RNG01.off", value=x.label, at=where(x), span=shown, span_at=where(span))
            yield from ctx.judge("RNG01", Verdict.INCONSISTENT, msg, [x, *claims], link.evidence)
