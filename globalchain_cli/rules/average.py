"""An overall rate lies between the rates of the groups it is made of."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Verdict
from ..relations import Aggregate
from ..relations.values import stated_interval
from .base import RuleContext, rule, where


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
