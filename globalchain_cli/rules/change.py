"""A change agrees with the figures it goes between: « hausse de 20 %, de 100 à 120 »."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Verdict
from ..relations import Change
from ..relations.values import stated_interval
from .base import RuleContext, rounding, rule, value_of, where

#: Extra tolerance, in percentage points, for figures that are themselves rounded.
ROUNDED_INPUTS = 0.5
#: How far "a doublé" may be from × 2 (10 %).
MULTIPLIER_TOLERANCE = 0.1


@rule(code="CHG01", name="change-matches-figures", family="change")
def change_matches_figures(ctx: RuleContext) -> Iterator[Finding]:
    """Une évolution correspond aux chiffres de départ et d'arrivée. / A change matches its figures.

    ## Ce qu'elle vérifie / What it does
    « en hausse de 20 %, de 100 à 120 », « 143 millions, contre 97 millions un an plus tôt,
    soit une hausse de 47 % », « a doublé, de 40 à 80 » : l'écart relatif est celui annoncé,
    au sens annoncé (hausse ou baisse), à l'arrondi près.
    The relative change is the one stated, in the stated direction, within rounding.

    ## Pourquoi / Why
    Un pourcentage d'évolution recalculé de travers, ou une hausse qui est une baisse.
    A miscomputed change, or a rise that is really a fall.

    ## Exemple / Example
    Cohérent / consistent : « en hausse de 20 %, de 100 à 120 ».
    Incohérent / inconsistent : « en baisse de 20 %, de 100 à 120 ».
    """
    for link in ctx.relations_of(Change):
        old, new = ctx.claim(link.before), ctx.claim(link.after)
        cue = link.evidence.cue_text
        vo, vn = value_of(old), value_of(new)
        if not vo or vn is None:
            continue
        if link.factor is not None:
            factor = link.factor
            ok = abs(vn / vo - factor) <= factor * MULTIPLIER_TOLERANCE
            shown = ctx.say("CHG01.factor", value=ctx.num(round(vn / vo, 2)))
            claims = [old, new]
            stated = cue
        else:
            change = ctx.claim(link.change)
            interval = stated_interval(change)
            if interval is None:
                continue
            lo, hi, _ = interval
            actual = 100.0 * (vn - vo) / vo * link.direction
            least, most = change_range(vo, rounding(old), vn, rounding(new), link.direction)
            ok = least <= hi + ROUNDED_INPUTS and most >= lo - ROUNDED_INPUTS
            shown = ctx.say("CHG01.percent", value=ctx.num(round(actual, 1)))
            claims = [change, old, new]
            stated = ctx.say("CHG01.stated", cue=cue, change=change.text)
        if ok:
            msg = ctx.say("CHG01.fits", old=old.label, new=new.label, cue=cue, shown=shown)
        else:
            msg = ctx.say("CHG01.off", stated=stated, at=where(claims[0]), old=old.label, new=new.label, shown=shown)
        yield from ctx.judge("CHG01", Verdict.CONSISTENT if ok else Verdict.INCONSISTENT, msg, claims, link.evidence)


def change_range(vo: float, do: float, vn: float, dn: float, direction: int) -> tuple[float, float]:
    """The relative changes (in %) that figures rounded to ± ``do`` and ± ``dn`` allow:
    « 23.000 … contre 15.300, soit une hausse de 52 % » allows 47 % to 54 %."""
    olds = [x for x in (vo - do, vo + do) if x > 0] or [vo]
    found = [100.0 * (n - o) / o * direction for o in olds for n in (vn - dn, vn + dn)]
    return min(found), max(found)
