"""A change agrees with the figures it goes between: « hausse de 20 %, de 100 à 120 »."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Verdict
from ..relations import Change
from ..relations.values import stated_interval
from .base import RuleContext, fmt, rule, value_of

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
            shown = ctx.say(f"× {fmt(round(vn / vo, 2))}", f"× {fmt(round(vn / vo, 2), 'en')}")
            claims = [old, new]
        else:
            change = ctx.claim(link.change)
            interval = stated_interval(change)
            if interval is None:
                continue
            lo, hi, _ = interval
            actual = 100.0 * (vn - vo) / vo * link.direction
            ok = lo - ROUNDED_INPUTS <= actual <= hi + ROUNDED_INPUTS
            shown = ctx.say(f"{fmt(round(actual, 1))} %", f"{fmt(round(actual, 1), 'en')}%")
            claims = [change, old, new]
        if ok:
            msg = ctx.say(f"{old.label} → {new.label} : {cue} de {shown}", f"{old.label} → {new.label}: {cue} {shown}")
        else:
            msg = ctx.say(
                f"« {cue} » ({claims[0].line}:{claims[0].column}) ne correspond pas à {old.label} → "
                f"{new.label} ({shown}).",
                f"'{cue}' ({claims[0].line}:{claims[0].column}) does not match {old.label} → {new.label} ({shown}).",
            )
        yield ctx.finding("CHG01", Verdict.CONSISTENT if ok else Verdict.INCONSISTENT, msg, claims)
