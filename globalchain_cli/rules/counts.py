"""A count agrees with the list it announces: « trois provinces, Anvers, X et Y »."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Verdict
from ..relations import CountList
from .base import RuleContext, rule, where


@rule(code="CNT01", name="count-matches-list", family="counts")
def count_matches_list(ctx: RuleContext) -> Iterator[Finding]:
    """Un nombre annoncé égale le nombre d'éléments listés. / A count equals the items listed.

    ## Ce qu'elle vérifie / What it does
    « trois provinces, Anvers, le Limbourg et le Brabant flamand » : trois noms suivent.
    Les appositions (« Bellerive, deuxième malgré sa défaite ») ne comptent pas. Une liste
    de lieux dans la phrase suivante (« dans six pays. … en France, en Belgique … ») peut
    n'en nommer qu'une partie : seule une liste plus longue contredit le nombre.
    Three names follow; appositions are not counted. A list of places in the next
    sentence may name only some: only a longer list contradicts the count.

    ## Pourquoi / Why
    Un élément ajouté ou retiré d'une liste sans corriger le nombre annoncé.
    An item added to or removed from a list without fixing the count.

    ## Exemple / Example
    Cohérent / consistent : « deux pays, l'Autriche et la Roumanie ».
    Incohérent / inconsistent : « trois suspects : A, B, C et D ».
    """
    for link in ctx.relations_of(CountList):
        c, listed = ctx.claim(link.count), ctx.claim(link.listed)
        n = len(link.items)
        if link.partial and n < c.value:
            continue  # « dans six pays. … en France, en Belgique et aux Pays-Bas »: some of them
        if n == c.value:
            yield from ctx.judge(
                "CNT01",
                Verdict.CONSISTENT,
                ctx.say("CNT01.fits", count=c.label, n=n),
                [c, listed],
                link.evidence,
            )
        else:
            yield from ctx.judge(
                "CNT01",
                Verdict.INCONSISTENT,
                ctx.say("CNT01.off", count=c.label, at=where(c), value=c.value, n=n),
                [c, listed],
                link.evidence,
            )
