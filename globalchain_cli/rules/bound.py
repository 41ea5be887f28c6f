"""Bounds and approximations agree with the exact figure: « plus de 200 » … « 219 ».

Which exact figure a bound rounds is read by ``relations/restatements.py`` (``Bound``)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Verdict
from ..relations import Bound
from .base import RuleContext, bounds, rule, value_of, where


@rule(code="BND01", name="bound-holds", family="bound")
def bound_holds(ctx: RuleContext) -> Iterator[Finding]:
    """Une borne ou une approximation couvre le chiffre exact. / A bound covers the exact figure.

    ## Ce qu'elle vérifie / What it does
    « plus de 12 000 spectateurs » … « 12 347 spectateurs » ; « près de 1 400 » … « 1 374 » ;
    « quelque 1 200 personnes » … « 1 187 habitants ». Une approximation (« près de »,
    « environ », « quelque ») couvre ±10 % ; « plus de », « au moins » : au moins la valeur ;
    « moins de », « au plus », « jusqu'à » : au plus la valeur.
    An approximation covers ±10 %; "plus de" means at least, "moins de" at most.

    ## Pourquoi / Why
    L'arrondi du chapeau doit rester fidèle au chiffre détaillé plus bas.
    The rounded figure of the lead must stay true to the detailed one.

    ## Exemple / Example
    Cohérent / consistent : « plus de 1 100 sapeurs-pompiers » … « 1 150 sapeurs-pompiers ».
    Incohérent / inconsistent : « plus de 1 500 sapeurs-pompiers » … « 1 150 sapeurs-pompiers ».
    """
    for r in ctx.relations_of(Bound):
        a, b = ctx.claim(r.bound), ctx.claim(r.exact)
        lo, hi = bounds(a)
        vb = value_of(b)
        cue = r.evidence.cue_text
        if lo <= vb <= hi:
            msg = ctx.say("BND01.fits", exact=b.label, cue=cue, bound=a.label)
            verdict = Verdict.CONSISTENT
        else:
            verdict = Verdict.INCONSISTENT
            msg = ctx.say("BND01.off", cue=cue, bound=a.label, bound_at=where(a), exact=b.label, exact_at=where(b))
        yield from ctx.judge("BND01", verdict, msg, [a, b], r.evidence)
