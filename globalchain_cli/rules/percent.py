"""A share agrees with its part and whole: « 2 904 dossiers sur 3 218, soit 90 % »."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Finding, Kind, Verdict
from ..relations import Share
from .base import RuleContext, fmt, rule, value_of

#: Tolerance, in percentage points, for a share written in words ("un tiers", "un quart"):
#: the press writes "un tiers" for 31–35 %, "près d'un tiers" for 28–35 %.
WORD_SHARE_TOLERANCE = 2.0
APPROX_EXTRA = 3.0


def stated_interval(share: Claim) -> tuple[float, float, float] | None:
    """The interval of percentages a stated share allows, and its central value.

    A stated 11 % covers 10.5–11.5 % (rounded to the unit); 52,99 % covers 52.985–52.995 %;
    "un tiers" covers 33.3 ± 2 points; "près de", "environ" widen by 3 points.
    """
    v = value_of(share)
    if v is None:
        return None
    if share.kind == Kind.FRACTION:
        centre, half = v * 100, WORD_SHARE_TOLERANCE
    else:
        decimals = len(share.text.split(",")[1].split()[0].rstrip("%")) if "," in share.text else 0
        centre, half = v, 0.5 * 10**-decimals + 1e-9
    q = str(share.qualifier)
    scale = 100.0 if share.kind == Kind.FRACTION else 1.0
    if share.low is not None or share.high is not None:  # « un peu plus de la moitié » : 50 à 55 %
        lo = share.low * scale - half if share.low is not None else 0.0
        hi = share.high * scale + half if share.high is not None else 100.0
        return lo, hi, centre  # the approximation's own interval: no extra tolerance
    if q == "approximate":
        return centre - half - APPROX_EXTRA, centre + half + APPROX_EXTRA, centre
    if q == "at_least":
        return centre - half, 100.0, centre
    if q == "at_most":
        return 0.0, centre + half, centre
    return centre - half, centre + half, centre


@rule(code="PCT01", name="share-matches-part-and-whole", family="percent")
def share_matches_part_and_whole(ctx: RuleContext) -> Iterator[Finding]:
    """Un pourcentage correspond à la partie et au tout. / A share matches its part and whole.

    ## Ce qu'elle vérifie / What it does
    « N …, soit X % » (ou « un tiers », « deux trains sur trois ») : X est N divisé par le
    tout auquel N appartient, à l'arrondi près (11 % couvre 10,5 à 11,5 %).
    "N …, soit X %": X is N over the whole N belongs to, within rounding.

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
        p, w = value_of(part), value_of(whole)
        interval = stated_interval(share)
        if p is None or not w or interval is None:
            continue
        actual = 100.0 * p / w
        lo, hi, _ = interval
        ok = lo <= actual <= hi
        if not ok and link.evidence.guessed:
            continue
        if ok:
            msg = ctx.say(
                f"{part.text} / {whole.label} = {fmt(round(actual, 1))} % ≈ {share.text}",
                f"{part.text} / {whole.label} = {fmt(round(actual, 1), 'en')}% ≈ {share.text}",
            )
        else:
            msg = ctx.say(
                f"« {share.text} » ({share.line}:{share.column}) ne correspond pas : {part.text} / "
                f"{whole.label} = {fmt(round(actual, 1))} %.",
                f"'{share.text}' ({share.line}:{share.column}) does not match: {part.text} / "
                f"{whole.label} = {fmt(round(actual, 1), 'en')}%.",
            )
        yield ctx.finding("PCT01", Verdict.CONSISTENT if ok else Verdict.INCONSISTENT, msg, [share, part, whole])
