"""An overall rate lies between the rates of the groups it is made of."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Kind, Verdict
from ..policy import families_conflict, strength
from ..relations import Aggregate, Rate
from ..relations.values import stated_interval
from .base import RuleContext, rounding, rule, value_of, where


@rule(code="AVG01", name="overall-rate-between-groups", family="average")
def overall_rate_between_groups(ctx: RuleContext) -> Iterator[Finding]:
    """Un taux d'ensemble est compris entre ceux de ses groupes. / An overall rate lies between its groups'.

    ## Ce qu'elle vérifie / What it does
    « un taux d'admission de 61,3 % : 60,8 % pour les filles, 62,1 % pour les garçons » : le
    taux d'ensemble de deux groupes qui font le tout (filles et garçons, femmes et hommes,
    public et privé) est compris entre leurs taux, à l'arrondi près. Des groupes qui ne
    font peut-être pas le tout confirment seulement.
    The rate of a whole made of two complementary groups lies between theirs, within
    rounding; groups that may not make up the whole only confirm.

    ## Pourquoi / Why
    Une moyenne hors de l'intervalle de ses parties est impossible : l'un des taux est faux.
    An average outside its parts' range is impossible: one of the rates is wrong.

    ## Exemple / Example
    Cohérent / consistent : « 61,3 % : 60,8 % pour les filles, 62,1 % pour les garçons ».
    Incohérent / inconsistent : « 61,3 % : 60,8 % pour les filles, 52,4 % pour les garçons ».
    """
    for link in ctx.relations_of(Aggregate):
        overall = ctx.claim(link.overall)
        groups = [ctx.claim(x) for x in link.groups]
        stated = stated_interval(overall)
        intervals = [stated_interval(x) for x in groups]
        if stated is None or any(i is None for i in intervals):
            continue
        lowest, highest = min(i[0] for i in intervals), max(i[1] for i in intervals)
        ok = stated[1] >= lowest and stated[0] <= highest
        shown = ", ".join(x.label for x in groups)
        if ok:
            msg = ctx.say("AVG01.fits", overall=overall.label, groups=shown)
        else:
            msg = ctx.say("AVG01.off", overall=overall.label, at=where(overall), groups=shown)
        verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
        yield from ctx.judge("AVG01", verdict, msg, [overall, *groups], link.evidence)


#: How far a rate per unit may be from the quotient, beyond the rounding of its last digit:
#: 2 % for an exact one or a bound (« plus de »), 10 % for « près de », « environ ».
RATE_TOLERANCE = 0.02
RATE_APPROXIMATE = 0.10


def _last_digit(v: float) -> float:
    """Half the step of a value's last significant digit: « 120 » ± 5, « 8 200 » ± 50."""
    if not float(v).is_integer():
        decimals = len(f"{v:.6f}".rstrip("0").split(".")[1])
        return 0.5 * 10**-decimals
    digits = str(abs(int(v)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10**zeros if zeros else 0.5


@rule(code="AVG02", name="rate-matches-quotient", family="average")
def rate_matches_quotient(ctx: RuleContext) -> Iterator[Finding]:
    """Une moyenne par unité correspond au quotient. / A rate per unit matches its quotient.

    ## Ce qu'elle vérifie / What it does
    « 1 200 interventions en dix jours, soit 120 par jour en moyenne » ; « 3 millions
    d'euros à 12 communes, soit 250 000 euros par commune » ; « 3 millions de visiteurs par
    an, soit 8 200 par jour » ; « entre le 1er juin et le 13 août, 186 départs de feu, soit
    2,5 par jour » (74 jours, bornes comprises) : le quotient, unités converties, est la
    moyenne annoncée, à l'arrondi de son dernier chiffre près (et 2 %, 10 % pour « près
    de », « environ »).
    The quotient, units converted, is the stated rate, within the rounding of its last
    digit (and 2 %, 10 % for an approximate one).

    ## Pourquoi / Why
    Une moyenne recalculée de travers, ou un total recopié faux.
    A miscomputed average, or a total copied wrong.

    ## Exemple / Example
    Cohérent / consistent : « 1 200 interventions en dix jours, soit 120 par jour ».
    Incohérent / inconsistent : « 1 200 interventions en dix jours, soit 210 par jour ».
    """
    for link in ctx.relations_of(Rate):
        rate, amount = ctx.claim(link.rate), ctx.claim(link.amount)
        divisor = ctx.claim(link.divisor) if link.divisor else None
        vr, va = value_of(rate), value_of(amount)
        # a period divides by its days, which ``factor`` holds (« entre le 1er juin et le 13 août »)
        vd = (value_of(divisor) if divisor is not None and divisor.kind != Kind.PERIOD else 1.0) or None
        if vr is None or va is None or not vd:
            continue
        quotient = va / (vd * link.factor)
        q = str(rate.qualifier)
        slack = (RATE_APPROXIMATE if q == "approximate" else RATE_TOLERANCE) * vr + _last_digit(vr)
        slack += rounding(amount) / (vd * link.factor)
        if q == "at_least":
            ok = quotient >= vr - slack
        elif q == "at_most":
            ok = quotient <= vr + slack
        else:
            ok = abs(quotient - vr) <= slack
        decimals = 0 if float(vr).is_integer() else len(f"{vr}".split(".")[1])  # as many as the rate told
        shown = ctx.num(round(quotient, max(decimals, 1 if quotient < 10 else 0)))
        over = divisor.label if divisor is not None else ctx.num(round(link.factor, 2))
        if divisor is not None and divisor.kind == Kind.PERIOD:  # « 74 (du 1er juin au 13 août) »
            over = f"{ctx.num(round(link.factor, 2))} ({divisor.text})"
        key = "fits" if ok else "off"
        msg = ctx.say(f"AVG02.{key}", rate=rate.label, at=where(rate), amount=amount.label, over=over, quotient=shown)
        claims = [rate, *(x for x in (amount, divisor) if x is not None)]
        verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
        # the divisor counts other things (days, towns) by nature: only the rate and the
        # amount must be of one family
        how = strength(link.evidence, conflict=families_conflict([rate, amount]))
        yield from ctx.judge("AVG02", verdict, msg, claims, link.evidence, how=how)
