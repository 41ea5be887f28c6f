"""Bounds and approximations agree with the exact figure: « plus de 200 » … « 219 »."""

from __future__ import annotations

from collections.abc import Iterator

from ..claims import compatible_scope, same_class, same_class_strict
from ..model import Finding, Kind, Verdict
from ..relations import Subset, ties
from .base import RuleContext, bounds, rule, value_of, where

#: How far apart a bound and an exact figure may be and still be about the same thing.
PLAUSIBLE_RATIO = 1.6
#: Kinds of figures a bound is compared with: amounts of things, not shares (a percentage
#: "près de 15 %" is as often of another whole as of the same one).
BOUNDED_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)


def _same_thing(a, b) -> bool:
    """The same noun or near-synonyms; a generic word (« personnes ») only with an event in
    common, or when the exact figure details the rounded one just after it (« Quelque 1 200
    personnes ont dû partir. Selon le décompte, 1 187 habitants ont été évacués »): « plus de
    15 000 personnes ont manifesté » is not the « 10 230 demandeurs d'emploi » stated before."""
    if same_class_strict(a.unit, b.unit):
        return True
    if not same_class(a.unit, b.unit):
        return False
    shared = set(a.traits) & set(b.traits) - {a.unit, b.unit}
    return bool(shared) or (b.start > a.start and b.sentence - a.sentence <= 2)


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
    linked = {pair for r in ctx.relations for pair in ties(r)}
    parts = {r.part for r in ctx.relations_of(Subset)}  # « dont 1 730 … »: a sub-count
    for a in ctx.claims:
        if str(a.qualifier) not in ("at_least", "at_most", "approximate") or not a.unit or a.kind not in BOUNDED_KINDS:
            continue
        va = value_of(a)
        if not va:
            continue
        exact = [
            b
            for b in ctx.near(a)
            if b is not a
            and frozenset((a.id, b.id)) not in linked
            and b.id not in parts
            and str(b.qualifier) == "exact"
            and b.kind == a.kind
            and compatible_scope(a, b)
            and _same_thing(a, b)
            and value_of(b)
            and 1 / PLAUSIBLE_RATIO <= value_of(b) / va <= PLAUSIBLE_RATIO
        ]
        if not exact:
            continue
        b = min(exact, key=lambda x: abs(x.start - a.start))
        lo, hi = bounds(a)
        vb = value_of(b)
        cue = a.quantity.cue if a.quantity and a.quantity.cue else str(a.qualifier)
        if lo <= vb <= hi:
            msg = ctx.say("BND01.fits", exact=b.label, cue=cue, bound=a.label)
            verdict = Verdict.CONSISTENT
        else:
            verdict = Verdict.INCONSISTENT
            msg = ctx.say("BND01.off", cue=cue, bound=a.label, bound_at=where(a), exact=b.label, exact_at=where(b))
        yield ctx.finding("BND01", verdict, msg, [a, b])
