"""The same figure stated twice: « 1.374 victimes » … « 1 374 victimes ».

Which earlier figures a figure may restate is read by ``relations/restatements.py``
(``Restatement``); this rule says whether the two values are the same, or a slip."""

from __future__ import annotations

from collections.abc import Iterator

from ..claims import noun_family, same_class, same_class_strict, same_status
from ..lang import language
from ..model import Claim, Finding, Verdict
from ..relations import Restatement
from ..relations.model import Evidence
from ..relations.restatements import comparable
from .base import RuleContext, rule, value_of, where


def is_slip(a: float, b: float) -> str | None:
    """How two integers differ when one looks like a mistyped copy of the other.

    Returns "transposition" (1 374 / 1 347), "digit" (one digit changed: 4 800 / 4 500)
    or None.
    """
    if a != int(a) or b != int(b) or a == b:
        return None
    sa, sb = str(int(a)), str(int(b))
    if len(sa) != len(sb):
        return None
    diff = [i for i in range(len(sa)) if sa[i] != sb[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and sa[diff[0]] == sb[diff[1]] and sa[diff[1]] == sb[diff[0]]:
        return "transposition"
    if len(diff) == 1:
        return "digit"
    return None


def _casualties(a: Claim, b: Claim) -> bool:
    """Whether one of two counts is a toll of the dead or the victims (``noun_classes.victime``)."""
    victims = language().cues.NOUN_CLASSES["victime"]
    return any(c.unit in victims for c in (a, b))


def _values_of_unit(claims: list[Claim], a: Claim, b: Claim) -> set[float]:
    """Distinct values counted in the unit of ``a`` or ``b`` across the article."""
    return {value_of(c) for c in claims if same_class_strict(c.unit, a.unit) or same_class_strict(c.unit, b.unit)}


def _told_again(near: list[Claim], a: Claim, b: Claim) -> bool:
    """A charitable reading: ``a``'s value is stated again after it, near ``b``, by another
    figure of its kind (« 2600 morts » … « 4600 décès, dont 2600 attribuables »): ``a``'s
    restatement is that figure, and ``b`` counts something else (here the whole)."""
    return any(
        c is not a
        and c is not b
        and c.kind == a.kind
        and c.start > a.start
        and value_of(c) == value_of(a)
        and (c.noun_start is None or same_class(c.unit, a.unit))
        for c in near
    )


def _union(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """A charitable reading: ``b`` counts ``a``'s group with another one named near it
    (« les trois juges et les six jurés » … « les neuf jurés » in a quotation: 3 + 6;
    « 312 passagers … 40 pompiers. Ces 352 personnes »: 312 + 40), or ``a``'s group without
    one of its parts told between them (« 1 327 accidents … dont quatre mortels. Ces 1 323
    accidents non mortels »: 1 327 − 4)."""
    va, vb = value_of(a), value_of(b)
    family = noun_family(a)
    return any(
        c is not a
        and c is not b
        and c.kind == a.kind
        and value_of(c)
        and (
            (c.noun_start is not None and noun_family(c) == family and va + value_of(c) == vb)
            or (a.start < c.start and va - value_of(c) == vb)  # a part of ``a`` left out
        )
        for c in ctx.near(a, 2)
        if c.start < b.start
    )


@rule(code="SAM01", name="same-figure-restated", family="same")
def same_figure_restated(ctx: RuleContext) -> Iterator[Finding]:
    """Un chiffre repris plus loin reste le même. / A figure restated keeps its value.

    ## Ce qu'elle vérifie / What it does
    Deux mentions du même décompte (même chose comptée, même période), quel que soit le
    format (« 1.374 », « 1 374 », « mille trois cent soixante-quatorze ») : même valeur.
    Une reprise qui diffère par deux chiffres inversés est signalée ; une reprise qui diffère
    d'un chiffre l'est quand elle renvoie à la première (« les », « ces », « des ») et, sous
    10, seulement pour un bilan de morts ou de victimes.
    Two mentions of one count, whatever the format, agree; a restatement that differs
    by two swapped digits is flagged, and one that differs by one digit when it points back
    (« les », « ces », « des »), below 10 only for a toll of the dead or the victims.

    ## Pourquoi / Why
    Le chiffre recopié de travers est la coquille la plus courante d'un article.
    A figure copied wrong is the most common slip in an article.

    ## Exemple / Example
    Cohérent / consistent : « 1.374 victimes » … « 1 374 victimes ».
    Incohérent / inconsistent : « 1 374 victimes » … « les 1 347 victimes ».
    """
    by_later: dict[str, list[Claim]] = {}
    proof: dict[tuple[str, str], Evidence] = {}
    for r in ctx.relations_of(Restatement):
        by_later.setdefault(r.later, []).append(ctx.claim(r.earlier))
        proof[(r.earlier, r.later)] = r.evidence
    for later, earlier in by_later.items():
        b = ctx.claim(later)
        near = ctx.near(b)
        same = [a for a in earlier if value_of(a) == value_of(b)]
        if same:
            a = same[-1]
            msg = ctx.say("SAM01.same", later=b.label, later_at=where(b), earlier=a.label, earlier_at=where(a))
            yield from ctx.judge("SAM01", Verdict.CONSISTENT, msg, [a, b], proof[(a.id, b.id)])
            continue
        restated = None  # whether another figure near b has b's value (read once, when needed)
        union = None  # whether b counts an earlier figure's group with another (once, when needed)
        for a in reversed(earlier):
            va, vb = value_of(a), value_of(b)
            slip = is_slip(va, vb) if va is not None and vb is not None else None
            if slip is None:
                continue
            elliptic = a.noun_start is None or b.noun_start is None
            if slip == "digit" and elliptic and not (a.definite and b.definite):
                continue  # an elliptic figure's noun is inferred: one digit apart is not enough
            # one group by its status counts as one noun only when re-mentioned: « 12 randonneurs
            # secourus » … « les 12 rescapés », not « 17 personnes jugées » … « 12 prévenus »
            strict = same_class_strict(a.unit, b.unit) or (same_status(a, b) and b.definite)
            if min(va, vb) < 10 and not (b.definite and strict and _casualties(a, b)):
                # one digit apart is no evidence for small numbers; a toll restated is
                # (« faisant trois morts » … « Les deux victimes »), while « six véhicules »
                # … « Les deux véhicules », « cinq blessés » … « ses trois passagers » are
                # groups within groups
                continue
            if not strict and not b.definite and not (slip == "transposition" and min(va, vb) >= 100):
                continue  # « onze prévenus » … « Quatorze personnes »: maybe other people
            strong = slip == "transposition" and min(va, vb) >= 100
            if slip == "digit" and not (b.definite or b.demonstrative):
                # one digit apart and nothing points back: two counts of one noun may well be
                # two groups (« 10 000 abonnements internet … 12 000 abonnements TV »), and on
                # real published text such pairs were false alarms; a copy slip re-mentions
                # (« Les 4 500 salariés », « Sur ces vingt glaciers », « des 19 648 arrivants »)
                continue
            if not b.definite and not strong and len(_values_of_unit(near, a, b)) > 2:
                continue  # « 14 sièges, 13, 8 … 41 sièges »: a list of counts, not a restatement
            if restated is None:
                restated = any(value_of(c) == vb for c in near if c is not b and comparable(c, b))
            if union is None:
                union = any(_union(ctx, x, b) for x in earlier)
            if restated or union or _told_again(near, a, b):
                continue
            how = ctx.say(f"SAM01.{slip}")
            msg = ctx.say("SAM01.off", later=b.label, later_at=where(b), earlier=a.label, earlier_at=where(a), how=how)
            yield from ctx.judge("SAM01", Verdict.INCONSISTENT, msg, [b, a], proof[(a.id, b.id)], copied=strong)
            break
