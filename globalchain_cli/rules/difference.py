"""A difference agrees with its two terms: « 1 420 entrées contre 1 185 sorties, soit un
solde de 235 »; an absolute change agrees with the relative one told with it.

Which figures a difference relates is read by ``relations/differences.py``."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Finding, Verdict
from ..relations import Difference
from ..relations.values import stated_interval
from .base import RuleContext, rounding, rule, value_of, where
from .change import ROUNDED_INPUTS


def _slack(*claims: Claim) -> float:
    """How far a sum of rounded figures may be off: their roundings, and half a unit of the
    finest decimal written (« 3,2 millions » is ± 50 000)."""
    return sum(rounding(c) for c in claims) + 0.5 * max((_unit_step(c) for c in claims), default=0.0)


def _unit_step(c: Claim) -> float:
    """The step of the last digit written: 1 for « 235 », 0,1 for « 2,9 »."""
    v = value_of(c)
    if v is None or float(v).is_integer():
        return 1.0 if v is not None and abs(v) < 1000 else 0.0
    decimals = len(f"{v:.6f}".rstrip("0").split(".")[1])
    return 10.0**-decimals


@rule(code="DIF01", name="difference-matches-terms", family="difference")
def difference_matches_terms(ctx: RuleContext) -> Iterator[Finding]:
    """Un écart correspond aux deux chiffres qu'il sépare. / A difference matches its terms.

    ## Ce qu'elle vérifie / What it does
    « 1 420 entrées contre 1 185 sorties, soit un solde de 235 » ; « 1 350 détenus pour
    1 100 places, soit 250 en surnombre » ; « 9 300 abonnés, contre 8 650, soit 650 de
    plus » ; « un solde de 31, soit 94 entrées et 63 sorties » : la différence est celle
    annoncée, dans le sens annoncé, à l'arrondi près. « en hausse de 6,2 % (3 418, soit 104
    de plus) » : l'écart absolu et l'écart relatif s'accordent (104 sur 3 314, soit 3,1 %).
    Aussi l'écart dit dans la phrase suivante (« 184 morts, contre 203 l'année précédente.
    C'est 19 décès de moins ») et l'écart en points entre deux taux de deux moments
    (« 93,4 %, en hausse de 0,8 point par rapport à l'an dernier (92,6 %) »).
    The difference is the one stated, in the stated direction, within rounding; an absolute
    change agrees with the relative one told with it. Also a gap told in the next sentence,
    and a change in percentage points between the rates of two times.

    ## Pourquoi / Why
    Un solde, un déficit ou une hausse en valeur recalculés de travers.
    A balance, a deficit or an absolute change miscomputed.

    ## Exemple / Example
    Cohérent / consistent : « 1 420 entrées contre 1 185 sorties, soit un solde de 235 ».
    Incohérent / inconsistent : « 1 420 entrées contre 1 185 sorties, soit un solde de 325 ».
    """
    for link in ctx.relations_of(Difference):
        gap, first = ctx.claim(link.gap), ctx.claim(link.first)
        vg, v1 = value_of(gap), value_of(first)
        if vg is None or v1 is None:
            continue
        if link.change is not None:
            yield from _with_change(ctx, link, gap, first)
            continue
        second = ctx.claim(link.second)
        v2 = value_of(second)
        if v2 is None:
            continue
        actual = v1 - v2 if link.direction >= 0 else v2 - v1
        if link.direction == 0:
            actual = abs(actual)
        ok = abs(actual - vg) <= _slack(gap, first, second)
        key = "fits" if ok else "off"
        msg = ctx.say(
            f"DIF01.{key}",
            first=first.label,
            second=second.label,
            gap=gap.label,
            at=where(gap),
            actual=ctx.amount(actual, gap),
            cue=link.evidence.cue_text,
        )
        verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
        yield from ctx.judge("DIF01", verdict, msg, [gap, first, second], link.evidence)


def _with_change(ctx: RuleContext, link: Difference, gap: Claim, level: Claim) -> Iterator[Finding]:
    """« en hausse de 6,2 % (3 418, soit 104 de plus) »: the level before the change is
    3 418 − 104; 104 of it is the relative change told, within rounding."""
    change = ctx.claim(link.change)
    interval = stated_interval(change)
    vg, vl = value_of(gap), value_of(level)
    base = vl - link.direction * vg
    if interval is None or base <= 0:
        return
    lo, hi, _ = interval
    slack = _slack(gap, level)
    rates = [100.0 * (vg + d) / (base - link.direction * e) for d in (-slack, slack) for e in (-slack, slack)]
    rates = [r for r in rates if r > 0] or [100.0 * vg / base]
    actual = 100.0 * vg / base
    ok = min(rates) <= hi + ROUNDED_INPUTS and max(rates) >= lo - ROUNDED_INPUTS
    key = "change_fits" if ok else "change_off"
    msg = ctx.say(
        f"DIF01.{key}",
        change=change.label,
        at=where(change),
        gap=gap.label,
        level=level.label,
        base=ctx.num(base),
        actual=ctx.num(round(actual, 1)),
    )
    verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
    yield from ctx.judge("DIF01", verdict, msg, [change, level, gap], link.evidence)
