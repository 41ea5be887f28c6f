"""Part within whole: « 1 374 victimes, dont 153 enfants »."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Kind, Verdict
from ..relations import Attachment, Subset
from .base import RuleContext, bounds, rule, where

#: Above this ratio part/whole, a part attached to the nearest figure before it (« dont »)
#: was probably attached to the wrong one.
MAX_SLIP_RATIO = 20


@rule(code="SUB01", name="part-within-whole", family="subset")
def part_within_whole(ctx: RuleContext) -> Iterator[Finding]:
    """Une partie ne dépasse pas son tout. / A part does not exceed its whole.

    ## Ce qu'elle vérifie / What it does
    Les figures que le texte relie par « dont », « parmi », « sur », « d'entre eux »,
    « N des M » ou « d'en » + verbe : la partie est au plus égale au tout.
    Figures the text ties with "dont", "parmi", "sur", "d'entre eux", "N des M" or
    "d'en" + verb: the part is at most the whole.

    ## Pourquoi / Why
    Une partie plus grande que le tout trahit une coquille (un zéro de trop, des chiffres
    inversés). A part larger than its whole betrays a typo.

    ## Exemple / Example
    Cohérent / consistent : « 1 374 victimes, dont 153 enfants ».
    Incohérent / inconsistent : « 1 374 victimes, dont 1 530 enfants ».
    """
    for link in ctx.relations_of(Subset):
        part, whole = ctx.claim(link.part), ctx.claim(link.whole)
        cue = link.evidence.cue_text
        pb, wb = bounds(part), bounds(whole)
        if pb is None or wb is None:
            continue
        if part.kind == Kind.MEASURE and whole.kind == Kind.MEASURE and part.unit != whole.unit:
            msg = ctx.say("SUB01.units_differ", part=part.label, whole=whole.label, cue=cue)
            yield from ctx.judge("SUB01", Verdict.UNVERIFIABLE, msg, [part, whole], link.evidence)
            continue
        if wb[1] > 0 and pb[0] / wb[1] > MAX_SLIP_RATIO and link.evidence.attachment is Attachment.PRECEDING:
            continue  # a part many times the nearest figure before it was attached to the wrong one
        if pb[1] <= wb[0] or (str(part.qualifier) == "at_least" and pb[0] <= wb[0]):
            # « Parmi les 5000 candidates, plus de 3200 ont été confirmées »: at least 3200 of 5000
            verdict, op = Verdict.CONSISTENT, "≤"
        elif pb[0] > wb[1]:
            verdict, op = Verdict.INCONSISTENT, ">"
        else:
            verdict, op = Verdict.UNVERIFIABLE, "?"
        if verdict == Verdict.INCONSISTENT:
            msg = ctx.say(
                "SUB01.exceeds",
                part=part.label,
                part_at=where(part),
                whole=whole.label,
                whole_at=where(whole),
                part_text=part.text,
                whole_text=whole.text,
                cue=cue,
            )
        else:
            msg = ctx.say("SUB01.compared", part=part.label, op=op, whole=whole.label, cue=cue)
        yield from ctx.judge("SUB01", verdict, msg, [part, whole], link.evidence)
