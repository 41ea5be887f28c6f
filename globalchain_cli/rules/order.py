"""Order by meaning: those arrested are no more than the suspects."""

from __future__ import annotations

from collections.abc import Iterator

from ..claims import compatible_scope, same_population
from ..model import Finding, Kind, Verdict
from ..policy import lexicon_strength
from ..relations.evidence import scopes
from .base import RuleContext, bounds, concepts_of, default_order, rule, where


@rule(code="ORD01", name="order-by-meaning", family="order")
def order_by_meaning(ctx: RuleContext) -> Iterator[Finding]:
    """Certains décomptes ne peuvent dépasser d'autres. / Some counts cannot exceed others.

    ## Ce qu'elle vérifie / What it does
    D'après un lexique (extensible en configuration) : interpellés ≤ suspects,
    condamnés ≤ prévenus, en réanimation ≤ hospitalisés ≤ cas, morts ≤ cas,
    suffrages exprimés ≤ votants ≤ inscrits, reçus ≤ candidats, secourus ≤ passagers,
    arrivants ≤ partants ≤ inscrits.
    From a lexicon users can extend: arrested ≤ suspects, convicted ≤ prosecuted, etc.

    ## Pourquoi / Why
    Plus d'interpellations que de suspects, ou plus de votants que d'inscrits, trahit un
    chiffre faux. More arrests than suspects betrays a wrong figure.

    ## Exemple / Example
    Cohérent / consistent : « 362 suspects … d'en arrêter 219 ».
    Incohérent / inconsistent : « 362 suspects … 412 personnes interpellées ».
    """
    lexicon = ctx.order or default_order()
    concepts, pairs = lexicon.get("concepts", {}), lexicon.get("pairs", {})
    counts = [c for c in ctx.claims if c.kind == Kind.COUNT and bounds(c) is not None]
    tagged = {c.id: concepts_of(c, concepts) for c in counts}
    seen: set[tuple[str, str]] = set()
    for small_name, larger in pairs.items():
        for a in counts:
            if small_name not in tagged[a.id]:
                continue
            candidates = [
                b
                for b in ctx.near(a)
                if b.id in tagged
                and b is not a
                and compatible_scope(a, b)
                and any(n in tagged[b.id] for n in larger)
                and small_name not in tagged[b.id]
                and same_population(a.unit, b.unit)
                and not (tagged[a.id] & set(larger))
            ]
            if not candidates:
                continue
            # the closest figure that is only what is compared ("87 cas", not "61 cas hospitalisés")
            b = min(candidates, key=lambda x: (len(tagged[x.id] - set(larger)), abs(x.start - a.start)))
            if (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
            if ahi <= blo:
                verdict = Verdict.CONSISTENT
                msg = ctx.say("ORD01.fits", small=a.label, large=b.label)
            elif alo > bhi:
                verdict = Verdict.INCONSISTENT
                msg = ctx.say("ORD01.off", small=a.label, small_at=where(a), large=b.label, large_at=where(b))
            else:
                continue
            yield from ctx.judge("ORD01", verdict, msg, [a, b], how=lexicon_strength(scopes(a, b)))
