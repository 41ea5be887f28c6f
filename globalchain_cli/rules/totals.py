"""Parts add up to their total: « 146 concerts : 92 … et 54 … »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Claim, Finding, Verdict
from ..relations import Total
from .base import RuleContext, default_order, rule, value_of, where


def _tolerance(values: list[float]) -> float:
    """Rounding allowed in a sum: half a unit of the coarsest decimal written."""
    decimals = 0
    for v in values:
        s = f"{v:.6f}".rstrip("0")
        decimals = max(decimals, len(s.split(".")[1]) if "." in s else 0)
    return 0.5 * 10 ** (-decimals) * len(values) if decimals else 0.0


@rule(code="SUM01", name="parts-add-up-to-total", family="totals")
def parts_add_up_to_total(ctx: RuleContext) -> Iterator[Finding]:
    """Les parties d'un total s'additionnent. / Listed parts add up to their total.

    ## Ce qu'elle vérifie / What it does
    Un total suivi de ses parties (« : », « se répartit entre », « les N autres », une liste à
    puces, « le solde de », toutes les options d'un vote, des issues exclusives qui les
    couvrent toutes : admis / ajournés) : la somme des parties égale le total. Une liste
    ouverte (« dont », « parmi », « en » + verbe d'une phrase à l'autre, « 45 voix contre
    12 … sur les 60 élus ») ne le dépasse pas. A total and the list of its parts (a colon, a
    bullet list, the rest named, every option of a vote, exclusive outcomes covering them
    all): they add up to it; an open list (« dont », « parmi », « en » and a verb across
    sentences, a tally over members) does not exceed it.

    ## Pourquoi / Why
    Une ventilation qui ne retombe pas sur le total signale une erreur de frappe ou un
    oubli. A breakdown that does not add up betrays a typo or an omission.

    ## Exemple / Example
    Cohérent / consistent : « 146 concerts : 92 sur la Grande Scène et 54 au Club ».
    Incohérent / inconsistent : « 146 concerts : 92 sur la Grande Scène et 64 au Club ».
    """
    links = list(ctx.relations_of(Total))
    for link in links:
        if _completed(link, links):
            continue  # « …, le solde de 2,8 TWh »: the complete list is checked instead
        whole = ctx.claim(link.total)
        parts = [ctx.claim(p) for p in link.parts]
        values = [value_of(p) for p in parts]
        total = value_of(whole)
        if total is None or any(v is None for v in values) or whole.qualifier != "exact":
            continue
        if any(p.qualifier != "exact" for p in parts):
            continue
        s = sum(values)
        tol = _tolerance([*values, total])
        shown = " + ".join(p.text for p in parts)
        if abs(s - total) <= tol:
            verdict = Verdict.CONSISTENT
            msg = ctx.say("SUM01.adds_up", shown=shown, whole=whole.label)
        elif link.evidence.guessed:
            continue  # a guessed total is only confirmed, never contradicted
        elif s < total and not link.complete:
            verdict = Verdict.CONSISTENT
            msg = ctx.say(
                "SUM01.at_most", shown=shown, sum=ctx.amount(s, whole), whole=whole.label, cue=link.evidence.cue_text
            )
        else:
            verdict = Verdict.INCONSISTENT
            key = "SUM01.off" if link.complete else "SUM01.exceeds"  # an open list may only fall short
            msg = ctx.say(key, shown=shown, sum=ctx.amount(s, whole), whole=whole.label, whole_at=where(whole))
        rival = verdict is Verdict.INCONSISTENT and s > total and nested_stages(ctx, parts)
        yield from ctx.judge("SUM01", verdict, msg, [whole, *parts], link.evidence, rival=rival)


def nested_stages(ctx: RuleContext, parts: Sequence[Claim]) -> bool:
    """Whether two of the parts are stages of one process that the order lexicon nests,
    rather than shares of the whole: « 1 480 inscrits : 1 312 se sont présentés et 964 ont
    été admis » (the admitted are among those who sat the exam), so the parts may not be
    added up. Exclusive outcomes (« 964 admis et 348 ajournés ») are not nested."""
    lexicon = ctx.order or default_order()
    concepts, pairs = lexicon.get("concepts", {}), lexicon.get("pairs", {})
    tagged = [_own_concepts(p, concepts) for p in parts]
    return any(
        set(pairs.get(small, ())) & other for mine in tagged for small in mine for other in tagged if other is not mine
    )


def _own_concepts(c: Claim, concepts: dict[str, list[str]]) -> set[str]:
    """The lexicon's concepts of a figure's own words: its verb or event, and its counted
    noun if it has one of its own (an elliptic figure's noun is its whole's)."""
    own = {c.event} | ({c.unit} if c.noun_start is not None else set())
    return {name for name, words in concepts.items() if own & set(words)}


def _completed(link: Total, links: Sequence[Total]) -> bool:
    """Whether an open list is read again as complete (its rest named: « et le reste, 13 »,
    « le solde de 2,8 TWh »): only the complete one is checked."""
    return not link.complete and any(
        o.complete and o.total == link.total and set(link.parts) <= set(o.parts) for o in links
    )
