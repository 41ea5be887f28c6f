"""A share agrees with its part and whole: « 2 904 dossiers sur 3 218, soit 90 % »."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Finding, Verdict
from ..relations import Share
from ..relations.values import stated_interval
from .base import RuleContext, rounding, rule, value_of, where


@rule(code="PCT01", name="share-matches-part-and-whole", family="percent")
def share_matches_part_and_whole(ctx: RuleContext) -> Iterator[Finding]:
    """Un pourcentage correspond à la partie et au tout. / A share matches its part and whole.

    ## Ce qu'elle vérifie / What it does
    « N …, soit X % » (ou « un tiers », « deux trains sur trois ») : X est N divisé par le
    tout auquel N appartient, à l'arrondi près (11 % couvre 10,5 à 11,5 %). Dans tous les
    ordres : « Près d'un tiers des adhérents (1 204) », « 640 travaillent de nuit (34 %) »,
    « soit 41,2 % des 9 950 suffrages », « 1 204 voix contre 1 011, soit 54,4 % » (de la
    somme des deux) ; et les taux définis (« taux de remplissage » = spectateurs / places).
    "N …, soit X %": X is N over the whole N belongs to, within rounding, in every order,
    a tally's share of its two figures, and rates by their definition (``rates.toml``).

    ## Pourquoi / Why
    Un pourcentage recalculé de travers ou des chiffres inversés (63 % pour 36 %) passent
    facilement à la relecture. A miscomputed or transposed share slips past proofreading.

    ## Exemple / Example
    Cohérent / consistent : « 2 904 des 3 218 dossiers, soit 90 % ».
    Incohérent / inconsistent : « 2 904 des 3 218 dossiers, soit 80 % ».
    """
    for link in ctx.relations_of(Share):
        share = ctx.claim(link.share)
        part, whole = ctx.claim(link.part), ctx.claim(link.whole)
        added = [ctx.claim(x) for x in link.plus]
        p, w = value_of(part), value_of(whole)
        more = [value_of(x) for x in added]
        interval = stated_interval(share)
        if p is None or not w or interval is None or None in more:
            continue
        w += sum(more)  # « 1 204 voix contre 1 011, soit 54,4 % »: of 1 204 + 1 011
        actual = 100.0 * p / w
        lo, hi, _ = interval
        dp, dw = rounding(part), rounding(whole) + sum(rounding(x) for x in added)
        label = " + ".join([whole.text, *(x.text for x in added)]) if added else whole.label
        least, most = 100.0 * max(p - dp, 0) / (w + dw), 100.0 * (p + dp) / max(w - dw, 1e-9)
        ok = least <= hi and most >= lo  # round figures (« 19.000 ») allow a range of shares
        if not ok and link.evidence.guessed:
            continue
        stage = None if ok or added else _stage_before(ctx, part, whole, lo, hi)
        if stage is not None:  # of those who sat, not of those registered: the share is right
            whole, w, label, ok = stage, value_of(stage), stage.label, True
            actual = 100.0 * p / w
        if ok:
            msg = ctx.say("PCT01.fits", part=part.text, whole=label, actual=ctx.num(round(actual, 1)), share=share.text)
        else:
            msg = ctx.say(
                "PCT01.off",
                share=share.text,
                share_at=where(share),
                part=part.text,
                whole=label,
                actual=ctx.num(round(actual, 1)),
            )
        yield from ctx.judge(
            "PCT01",
            Verdict.CONSISTENT if ok else Verdict.INCONSISTENT,
            msg,
            list(dict.fromkeys([share, part, whole, *added])),
            link.evidence,
            rival=stage is not None,
        )


def _stage_before(ctx: RuleContext, part: Claim, whole: Claim, lo: float, hi: float) -> Claim | None:
    """A charitable reading: the share is of another figure of the part's sentence, larger
    than the part, that stands between the whole and the part (« Sur les 14 236 inscrits,
    14 018 se sont présentés et 12 157 ont été admis, soit 86,7 % »: of those who sat, the
    stage before the part). The figure, or None."""
    p = value_of(part)
    for x in ctx.near(part, 0):
        v = value_of(x)
        if x in (part, whole) or x.sentence != part.sentence or not v or v <= p:
            continue
        if whole.start < x.start < part.start and lo <= 100.0 * p / v <= hi:
            return x
    return None
