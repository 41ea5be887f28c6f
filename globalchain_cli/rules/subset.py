"""Part within whole: « 1 374 victimes, dont 153 enfants »."""

from __future__ import annotations

from collections.abc import Iterator

from ..claims import same_population
from ..model import Finding, Kind, Verdict
from ..relations import Attachment, NounMatch, Subset
from .base import RuleContext, bounds, rule, where

#: Above this ratio part/whole, a part attached to the nearest figure before it (« dont »)
#: was probably attached to the wrong one, unless the whole stands right before the cue
#: with a noun of the part's class (``attached_for_sure``): « 1 200 manifestants, dont
#: 30 000 femmes » is a slip to catch (a zero added, a thousands group misread).
MAX_SLIP_RATIO = 20
#: Most characters between a whole's noun and its part for the whole to be the one « dont »
#: attaches to whatever the sizes: « manifestants, dont ».
ADJACENT_CUE = 14
#: Noun matches that leave no doubt the part belongs to the whole right before the cue.
_SURE_NOUNS = frozenset({NounMatch.SAME, NounMatch.SYNONYM, NounMatch.GENERIC})


def attached_for_sure(ctx: RuleContext, link: Subset, part, whole) -> bool:
    """Whether a « dont » part is sure to belong to the figure before it: the whole stands
    right before the cue (« 1 200 manifestants, dont … », no other figure between) and the
    nouns are of one class (« manifestants » / « femmes »)."""
    if part.noun_start is None or whole.noun_start is None:
        return False  # an elliptic part has the whole's unit: no sign it belongs there
    if link.evidence.nouns not in _SURE_NOUNS and not same_population(part.unit, whole.unit):
        return False
    end = whole.noun_end if whole.noun_end is not None and whole.noun_end <= part.start else whole.end
    between = [c for c in ctx.claims if end <= c.start < part.start]
    return not between and 0 <= part.start - end <= ADJACENT_CUE


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
        if (
            wb[1] > 0
            and pb[0] / wb[1] > MAX_SLIP_RATIO
            and link.evidence.attachment is Attachment.PRECEDING
            and not attached_for_sure(ctx, link, part, whole)
        ):
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
