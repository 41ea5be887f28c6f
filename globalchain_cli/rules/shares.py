"""Shares of one whole together: a stated sum and its parts, the two answers of a vote,
a share told twice side by side. Which shares are related is read by
``relations/percents.py``."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Verdict
from ..relations import ShareRestated, ShareSum
from ..relations.values import stated_interval
from .base import RuleContext, rule, where


@rule(code="PCT02", name="shares-add-up", family="percent")
def shares_add_up(ctx: RuleContext) -> Iterator[Finding]:
    """Des parts d'un même tout s'additionnent. / Shares of one whole add up.

    ## Ce qu'elle vérifie / What it does
    « Les deux favoris totalisent 52,5 % : 28 % et 24,5 % » : la somme annoncée est celle
    des parts, à l'arrondi près ; « 53 % de oui contre 47 % de non » : les deux réponses
    d'un vote font 100 %. The stated sum is the sum of the parts, within rounding; the two
    answers of a vote make 100 %.

    ## Pourquoi / Why
    Un pourcentage recopié de travers fausse la somme. A share copied wrong breaks the sum.

    ## Exemple / Example
    Cohérent / consistent : « 53 % de oui contre 47 % de non ».
    Incohérent / inconsistent : « 53 % de oui contre 49 % de non ».
    """
    for link in ctx.relations_of(ShareSum):
        parts = [ctx.claim(p) for p in link.parts]
        intervals = [stated_interval(p) for p in parts]
        if any(i is None for i in intervals):
            continue
        lo, hi = sum(i[0] for i in intervals), sum(i[1] for i in intervals)
        shown = " + ".join(p.label for p in parts)
        if link.total is None:
            total, target = None, (100.0, 100.0)
        else:
            total = ctx.claim(link.total)
            found = stated_interval(total)
            if found is None:
                continue
            target = (found[0], found[1])
        ok = lo <= target[1] and hi >= target[0]
        sum_text = ctx.num(round(sum(i[2] for i in intervals), 1))
        whole = total.label if total is not None else "100 %"
        key = "fits" if ok else "off"
        msg = ctx.say(f"PCT02.{key}", parts=shown, sum=sum_text, whole=whole, at=where(total or parts[0]))
        claims = [total, *parts] if total is not None else parts
        yield from ctx.judge("PCT02", Verdict.CONSISTENT if ok else Verdict.INCONSISTENT, msg, claims, link.evidence)


@rule(code="PCT03", name="share-restated-agrees", family="percent")
def share_restated_agrees(ctx: RuleContext) -> Iterator[Finding]:
    """Une part dite deux fois côte à côte garde sa valeur. / A share told twice side by side agrees.

    ## Ce qu'elle vérifie / What it does
    « près d'un électeur sur quatre (24 %) », « un tiers des sondés, soit 34 % » : la part
    en mots et le pourcentage qui la suit se recouvrent (« un tiers » couvre 31 à 35 %,
    « près de » élargit). The share in words and the percentage beside it overlap.

    ## Pourquoi / Why
    L'arrondi en mots d'un pourcentage doit lui rester fidèle. A share in words must stay
    true to the percentage it rounds.

    ## Exemple / Example
    Cohérent / consistent : « près d'un électeur sur quatre (24 %) ».
    Incohérent / inconsistent : « un tiers des sondés (41 %) ».
    """
    for link in ctx.relations_of(ShareRestated):
        first, second = ctx.claim(link.first), ctx.claim(link.second)
        a, b = stated_interval(first), stated_interval(second)
        if a is None or b is None:
            continue
        ok = a[0] <= b[1] and b[0] <= a[1]
        key = "fits" if ok else "off"
        msg = ctx.say(f"PCT03.{key}", first=first.label, second=second.label, at=where(second))
        verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
        yield from ctx.judge("PCT03", verdict, msg, [second, first], link.evidence)
