"""Order by meaning: those arrested are no more than the suspects."""

from __future__ import annotations

from collections.abc import Iterator

from ..claims import compatible_scope, same_population
from ..model import Claim, Finding, Kind, Verdict
from ..policy import Strength, lexicon_strength
from ..relations import Subset, ties
from ..relations.evidence import scopes
from .base import RuleContext, bounds, concepts_of, default_order, rule, where

#: How far from the smaller count another count of the larger group may be and still be
#: the group it is taken from (the charitable reading of ORD01): a paragraph or two.
CHARITABLE_SENTENCES = 5
#: How many sentences apart two counts ordered by the meaning of their nouns may be for an
#: accusation: further, they only confirm.
ORDER_REACH = 2


def _inside_smaller(ctx: RuleContext, b: Claim, least: float) -> list[Claim]:
    """The wholes smaller than ``least`` that ``b`` is stated as a part of: inside them, ``b``
    cannot be the larger group of a count of ``least`` or more."""
    wholes = [ctx.claim(r.whole) for r in ctx.relations_of(Subset) if r.part == b.id]
    return [w for w in wholes if bounds(w) is not None and bounds(w)[1] < least]


def _told_of_its_group(a: Claim, larger: list[str], tagged: dict[str, set[str]], tied: dict[str, set[str]]) -> bool:
    """Whether a stated relation already ties ``a`` to a count of a larger concept (« 7 842
    admis sur 8 423 présents »): that relation says which group ``a`` is taken from, and
    checks it; another count of the concept further away is another group."""
    return any(set(larger) & tagged.get(other, set()) for other in tied.get(a.id, ()))


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
    # figures a stated relation ties (« 2 486 voix sur 5 550 suffrages exprimés ») are
    # related by it, not by the meaning of their nouns
    stated = {pair for r in ctx.relations for pair in ties(r)}
    tied: dict[str, set[str]] = {}
    for pair in stated:
        for x in pair:
            tied.setdefault(x, set()).update(pair - {x})
    seen: set[tuple[str, str]] = set()
    for small_name, larger in pairs.items():
        for a in counts:
            if small_name not in tagged[a.id] or _told_of_its_group(a, larger, tagged, tied):
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
                and frozenset((a.id, b.id)) not in stated
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
            how = lexicon_strength(scopes(a, b))
            same_group = set(larger) & tagged[b.id]
            if verdict is Verdict.INCONSISTENT and any(
                ahi <= bounds(x)[0]
                for x in candidates
                if same_group <= tagged[x.id] and abs(x.sentence - a.sentence) <= CHARITABLE_SENTENCES
            ):
                # another count of the larger group nearby holds them all: the text may speak
                # of several groups (« 14 018 présents … 1 205 candidats au rattrapage »)
                how = Strength.MODERATE
            inside = _inside_smaller(ctx, b, alo) if verdict is Verdict.INCONSISTENT else []
            if inside and not any(w.id in tagged and set(larger) & tagged[w.id] for w in inside):
                # « 57 personnes repêchées, dont 19 enfants inscrits à l'école de voile »: the 19
                # are part of a group smaller than « 142 participants », so no registry of them;
                # a whole of the larger group (« 187 cas », of which 151 …) still accuses
                how = Strength.MODERATE
            if verdict is Verdict.INCONSISTENT and abs(a.sentence - b.sentence) > ORDER_REACH:
                # far apart, the two counts may be of two events or scopes the text never marks
                # (« 4 612 coureurs inscrits au marathon » … « 14 206 participants » to the five races)
                how = Strength.MODERATE
            yield from ctx.judge("ORD01", verdict, msg, [a, b], how=how)
