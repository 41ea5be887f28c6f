"""Bounds and approximations agree with the exact figure: « plus de 200 » … « 219 ».

Which exact figure a bound rounds is read by ``relations/restatements.py`` (``Bound``)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Finding, Verdict
from ..relations import Bound
from ..relations.restatements import PLAUSIBLE_RATIO
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
        rival = False
        if lo <= vb <= hi:
            msg = ctx.say("BND01.fits", exact=b.label, cue=cue, bound=a.label)
            verdict = Verdict.CONSISTENT
        else:
            verdict = Verdict.INCONSISTENT
            msg = ctx.say("BND01.off", cue=cue, bound=a.label, bound_at=where(a), exact=b.label, exact_at=where(b))
            rival = charitable(ctx, a, b, lo, hi)
        yield from ctx.judge("BND01", verdict, msg, [a, b], r.evidence, rival=rival)


#: How many figures listed after the exact one a charitable reading may add up, and how
#: close to the bound their sum must be (« plus de 55 000 » is no rounding of 106 980).
MAX_SUMMED = 4
SUM_TOLERANCE = 0.1


def charitable(ctx: RuleContext, a: Claim, b: Claim, lo: float, hi: float) -> bool:
    """Whether the text admits another counterpart of the bound ``a`` that fits it: another
    exact figure of the same thing nearby, of a size the bound reader would have paired
    (« sous la barre des 350 décès » is no bound of « 148 décès » in one region), or the
    sum of ``b`` and the figures listed right after it in its sentence, within 10 % of the
    bound (« près de 600 appels … La caserne nord a compté 410 appels, la caserne sud
    175 »: the bound is the whole, 585, not the first part). Then the figures may well be
    consistent, and the bound is not called inconsistent."""
    near = [c for c in ctx.near(a) if c is not a and c.kind == a.kind and str(c.qualifier) == "exact"]
    near = [c for c in near if value_of(c) is not None and (c.unit == a.unit or c.noun_start is None)]
    va = value_of(a)
    plausible = [
        c
        for c in near
        if c is not b and c.unit == a.unit and va / PLAUSIBLE_RATIO <= value_of(c) <= va * PLAUSIBLE_RATIO
    ]
    if any(lo <= value_of(c) <= hi for c in plausible):
        return True
    total = 0.0
    for i, c in enumerate([c for c in near if c.start >= b.start and c.sentence == b.sentence][:MAX_SUMMED]):
        total += value_of(c)
        if i and lo <= total <= hi and abs(total - va) <= SUM_TOLERANCE * va:
            return True
    return False
