"""Restatements: one count stated twice, exactly (« 1 374 victimes » … « les 1 374
victimes », read by SAM01) or rounded (« plus de 1 100 sapeurs-pompiers » … « 1 150
sapeurs-pompiers », read by BND01).

No word says that two figures are the same count: a restatement is read from the nouns
(the same thing counted), the scopes (the same time, source, hypothesis) and the absence
of a stated relation between the two figures. So these readers run last, and leave alone
the pairs another relation ties (« 1 374 victimes, dont 153 enfants »).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..claims import (
    category_of,
    compatible_scope,
    other_status,
    same_class,
    same_class_strict,
    same_population,
    same_status,
)
from ..model import Claim, Kind
from .context import Context
from .evidence import evidence
from .model import Attachment, Bound, Cue, Relation, Restatement, Subset, Total, ties

#: Kinds of figures that may restate one another: amounts of things.
COMPARABLE = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
#: How far apart a bound and an exact figure may be and still be about the same thing.
PLAUSIBLE_RATIO = 1.6
#: Qualifiers of a rounded figure or a bound: « près de », « plus de », « moins de ».
BOUNDED = ("at_least", "at_most", "approximate")


def comparable(a: Claim, b: Claim) -> bool:
    """Two figures that may be the same: same kind, same thing counted (or one group by its
    status: « 57 personnes placées en garde à vue » … « les 57 gardés à vue »), same scope,
    exact."""
    return (
        a.kind == b.kind
        and a.kind in COMPARABLE
        and str(a.qualifier) == "exact"
        and str(b.qualifier) == "exact"
        and compatible_scope(a, b)
        and (same_class(a.unit, b.unit) or same_status(a, b))
        and not other_group(a, b)
    )


def other_group(a: Claim, b: Claim) -> bool:
    """Whether two figures say themselves they are about two groups or two sums: counts of
    two statuses under one generic noun (« 14 personnes renvoyées devant le tribunal » and
    « onze prévenus » condamnés), sums of two categories (« le budget de fonctionnement » and
    « le budget d'investissement »)."""
    if a.kind == Kind.COUNT == b.kind:
        return other_status(a, b)
    ca, cb = category_of(a), category_of(b)
    return bool(ca and cb and ca != cb)


def _value(c: Claim) -> float | None:
    """The figure's value as a number, if it is one."""
    return float(c.value) if isinstance(c.value, int | float) and not isinstance(c.value, bool) else None


def link_restatements(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """For each figure, the earlier figures it may restate, nearest last: those of the same
    thing counted and the same scope (``Cue.PATTERN``, found by their noun), and for a
    demonstrative (« Ces 4 870 demandes ») the last figure of that noun, whatever its scope
    (``Cue.EXPLICIT``, an antecedent)."""
    subgroups = list(_sub_groups(ctx, found))
    yield from subgroups
    linked = {pair for r in [*found, *subgroups] for pair in ties(r)}
    wholes = _wholes_above(ctx, found)
    for b in ctx.claims:
        if b.kind not in COMPARABLE or not b.unit:
            continue
        before = [a for a in ctx.around(b) if a.start < b.start and a.kind in COMPARABLE and a.unit]
        earlier = [
            a
            for a in before
            if comparable(a, b)
            and frozenset((a.id, b.id)) not in linked
            and not _said_of_group(a, b)
            and a.id not in wholes.get(b.id, ())
            and not _siblings_or_increments(ctx, a, b)
        ]
        # « les 9 871 électeurs »: the definite article points back at a figure told before
        how = Attachment.ANTECEDENT if b.definite else Attachment.NOUN
        for a in earlier:
            yield Restatement(a.id, b.id, evidence(Cue.PATTERN, "", how, b, a))
        if b.demonstrative:
            last = next(
                (a for a in reversed(before) if a.noun_start is not None and same_population(a.unit, b.unit)), None
            )
            if last is not None and last not in earlier and frozenset((last.id, b.id)) not in linked:
                cue = ctx.grammar.DEMONSTRATIVE_CUE
                yield Restatement(last.id, b.id, evidence(Cue.EXPLICIT, cue, Attachment.ANTECEDENT, b, last))


def _sub_groups(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« au moins 4 800 victimes » … « Les 1 874 victimes françaises »: a re-mention of the
    same noun narrowed by an adjective of origin is a sub-group of the whole population,
    no restatement of it. A guess (``Cue.GUESS``): it may confirm, never accuse."""
    g = ctx.grammar
    tied = {pair for r in found for pair in ties(r)}
    for b in ctx.claims:
        if b.kind != Kind.COUNT or not b.definite or b.noun_end is None or not b.unit:
            continue
        m = g.SUBGROUP_AFTER.match(ctx.text, b.noun_end)
        if not m:
            continue
        whole = next(
            (
                a
                for a in reversed(ctx.around(b))
                if a.start < b.start
                and a.kind == Kind.COUNT
                and a.unit == b.unit
                and a.noun_end is not None
                and not g.SUBGROUP_AFTER.match(ctx.text, a.noun_end)
                and frozenset((a.id, b.id)) not in tied
            ),
            None,
        )
        if whole is not None:
            yield Subset(b.id, whole.id, evidence(Cue.GUESS, m.group("adj"), Attachment.NOUN, b, whole))


def _wholes_above(ctx: Context, found: Sequence[Relation]) -> dict[str, set[str]]:
    """For each elliptic part, the wholes above it (its whole, that whole's whole…): it has
    their noun, and restates none of them (« Parmi les 2 650 candidats, 1 184 …, et 312
    d'entre eux »: the 312 are no restatement of the 2 650)."""
    up: dict[str, set[str]] = {}
    for r in found:
        if isinstance(r, Subset):
            up.setdefault(r.part, set()).add(r.whole)
    out: dict[str, set[str]] = {}
    for part in up:
        if ctx.by_id[part].noun_start is not None:
            continue
        seen, todo = set(), list(up[part])
        while todo and len(seen) < 8:
            w = todo.pop()
            if w not in seen:
                seen.add(w)
                todo += up.get(w, ())
        out[part] = seen
    return out


def _said_of_group(a: Claim, b: Claim) -> bool:
    """Whether ``b``, an elliptic count in ``a``'s sentence or the next, says something else
    of ``a``'s group: « 54 106 coureurs se sont élancés, et 52 874 ont franchi la ligne »
    (the 52 874 are the finishers, no restatement of the starters)."""
    return (
        a.kind == Kind.COUNT == b.kind
        and b.noun_start is None
        and b.start > a.start
        and 0 <= b.sentence - a.sentence <= 1
        and bool(a.event and b.event and a.event != b.event)
    )


def _siblings_or_increments(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two figures of one noun are no restatement by their shape: in one sentence
    with no article pointing back (« 10 000 nouveaux abonnements internet et 12 000
    nouveaux abonnements TV », sibling categories), or one is an increment (« 1000
    abonnements de plus qu'il y a un an » … « 1500 abonnements »)."""
    if a.sentence == b.sentence and not (b.definite or b.demonstrative):
        return True
    g = ctx.grammar
    na, nb = _named_group(ctx, a), _named_group(ctx, b)
    if na and na != nb:
        return True  # « les deux candidats des Verts » … « les quatre candidats »: a named group
    return any(g.INCREMENT_AFTER.match(ctx.text[(x.noun_end or x.end) : (x.noun_end or x.end) + 40]) for x in (a, b))


def _named_group(ctx: Context, c: Claim) -> str | None:
    """The name in the complement right after a figure's noun, if any (« les 84 communes
    de la province de Liège » → « Liège »)."""
    if c.noun_end is None:
        return None
    m = ctx.grammar.NAMED_COMPLEMENT.match(ctx.text[c.noun_end : c.noun_end + 50])
    return m.group("name") if m else None


#: A direct quotation: « … », “ … ” or "…" (on one line).
_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the text's direct quotations, found once per text."""
    spans = [m.span() for m in _QUOTATION.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def quoted(text: str, c: Claim) -> bool:
    """Whether a figure stands inside a direct quotation (the words of someone quoted)."""
    starts, ends = _quotations(text)
    i = bisect.bisect_right(starts, c.start) - 1
    return i >= 0 and c.end <= ends[i]


def _same_thing(a: Claim, b: Claim) -> bool:
    """The same noun or near-synonyms; a generic word (« personnes ») only with an event in
    common, or when the exact figure details the rounded one just after it (« Quelque 1 200
    personnes ont dû partir. Selon le décompte, 1 187 habitants ont été évacués »): « plus de
    15 000 personnes ont manifesté » is not the « 10 230 demandeurs d'emploi » stated before."""
    if other_group(a, b):
        return False
    if same_class_strict(a.unit, b.unit) or same_status(a, b):
        return True
    if not same_class(a.unit, b.unit):
        return False
    shared = set(a.traits) & set(b.traits) - {a.unit, b.unit}
    return bool(shared) or (b.start > a.start and b.sentence - a.sentence <= 2)


def link_bounds(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A bound or a rounded figure (« plus de 12 000 spectateurs », « près de 1 400 ») and
    the nearest exact figure of the same thing and scope, of a plausible size, that no
    stated relation ties to it and that is no part of another figure (« dont 1 730 … »)."""
    linked = {pair for r in found for pair in ties(r)}
    parts = {r.part for r in found if isinstance(r, Subset)}
    listed = {p for r in found if isinstance(r, Total) for p in r.parts}
    for a in ctx.claims:
        if str(a.qualifier) not in BOUNDED or not a.unit or a.kind not in COMPARABLE:
            continue
        va = _value(a)
        if not va:
            continue
        beside = _bracketed_exact(ctx, a)
        if beside is not None:  # « plus de 5 800 électeurs (5 912) »: the exact figure, in brackets
            cue = a.quantity.cue if a.quantity and a.quantity.cue else str(a.qualifier)
            yield Bound(a.id, beside.id, evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, a, beside))
            continue
        exact = [
            b
            for b in ctx.around(a)
            if b is not a
            and frozenset((a.id, b.id)) not in linked
            and b.id not in parts
            and str(b.qualifier) == "exact"
            and b.kind == a.kind
            and compatible_scope(a, b)
            and not _said_of_group(a, b)
            and not _said_of_group(b, a)
            and _same_thing(a, b)
            and _value(b)
            and 1 / PLAUSIBLE_RATIO <= _value(b) / va <= PLAUSIBLE_RATIO
            and not ctx.grammar.SUB_TYPE_AFTER.match(ctx.text[(b.noun_end or b.end) : (b.noun_end or b.end) + 30])
            and not ctx.grammar.AMONG_OPENING.match(ctx.text[ctx.sentence_start(b) : b.start].lower())
        ]
        if exact:
            # a sum of the bound's category first (« un plan d'économies de plus de 300 millions »
            # … « Le plan d'économies, de 305 millions »), then the nearest
            cat = category_of(a)
            b = min(exact, key=lambda x: (not cat or category_of(x) != cat, abs(x.start - a.start)))
            cue = a.quantity.cue if a.quantity and a.quantity.cue else str(a.qualifier)
            if restates(ctx.text, a, b, ctx.cues.RESTATEMENT_CUES):
                yield Bound(a.id, b.id, evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, a, b))
            elif quoted(ctx.text, a) != quoted(ctx.text, b):
                # a rounded figure in someone's words against the narrative's exact one: the
                # speaker may count another span (« "en début d'année, presque 10 000 hectares" »)
                yield Bound(a.id, b.id, evidence(Cue.GUESS, cue, Attachment.NOUN, a, b))
            elif _among_siblings(ctx, a, b) or _rivals(exact, a, b, cat, listed):
                # « Incontrôlable (près de 600 000 entrées) et Toute la beauté du monde (près
                # de 500 000 entrées) »: several subjects counted in one noun, which is whose?
                # Or several exact figures the bound could round: a rival attachment
                yield Bound(a.id, b.id, evidence(Cue.GUESS, cue, Attachment.NOUN, a, b))
            elif b.start < a.start and not ctx.grammar.THRESHOLD_CUE.search(cue):
                # a bound told after an exact figure of its noun: a recap may round another
                # figure (« 5 912 annonces …, les assurés au titre du mobilier 928. Ces 6 840
                # sinistres … Avec près de 7 000 annonces »), or count another group of it
                # (« 2 260 interventions en mer … plus de 2 500 interventions aux abords des
                # plages »); a lead rounds the figure the body details, not the other way;
                # a threshold passed (« dépasse la barre des ») comments on the figure before
                yield Bound(a.id, b.id, evidence(Cue.GUESS, cue, Attachment.NOUN, a, b))
            else:  # « plus de » says the figure is a bound, not which figure it bounds
                yield Bound(a.id, b.id, evidence(Cue.PATTERN, cue, Attachment.NOUN, a, b))


def _bracketed_exact(ctx: Context, a: Claim) -> Claim | None:
    """The exact figure a bound gives in brackets right after it, alone in them, with no noun
    of its own (« plus de 5 800 électeurs (5 912) », « a dépassé les 17 000 spectateurs cette
    saison (17 362) »)."""
    b = ctx.following(a)
    if b is None or b.sentence != a.sentence or str(b.qualifier) != "exact" or b.kind != a.kind:
        return None
    g = ctx.grammar  # a noun of its own would stand before the bracket closes (``BOUND_BRACKET_AFTER``)
    if not g.BOUND_BRACKET_BEFORE.fullmatch(ctx.text[(a.noun_end or a.end) : b.start]):
        return None
    return b if g.BOUND_BRACKET_AFTER.match(ctx.text[b.end : b.end + 3]) else None


def _rivals(exact: Sequence[Claim], a: Claim, b: Claim, cat: str | None, listed: set[str]) -> bool:
    """Whether another exact figure could as well be the one the bound ``a`` rounds: of the
    very same noun (and category, for money), about as near as ``b`` (a sentence further at
    most), no part of a breakdown, with another value (« Le premier film … 1 520 400 entrées
    … Un troisième … 612 300 entrées … près de 400 000 »)."""
    reach = abs(b.sentence - a.sentence) + 1
    return any(
        x is not b
        and abs(x.sentence - a.sentence) <= reach
        and x.unit == b.unit
        and x.id not in listed
        and _value(x) != _value(b)
        and (not cat or category_of(x) == category_of(b))
        for x in exact
    )


def _among_siblings(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether the sentence of the bound ``a`` or of the exact figure ``b`` counts the same
    things a third time (« 1 740 300 entrées … près de 2 300 000 entrées … 8 millions de
    billets »): the text goes through several subjects (films, towns, clubs), so a figure
    paired by its noun alone may be another subject's."""
    if a.kind != Kind.COUNT:
        return False  # sums of money share their currency, not their subject
    return any(
        x is not a and x is not b and x.kind == a.kind and x.noun_start is not None and same_class(x.unit, a.unit)
        for x in (*ctx.sentence_claims(a.sentence), *ctx.sentence_claims(b.sentence))
    )


@lru_cache(maxsize=4)
def _restates(words: tuple[str, ...]) -> re.Pattern:
    """Words between a bound and the exact figure that say the second restates the first
    (the language's ``RESTATEMENT_CUES``), or a colon."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^|[\s,])(?:{alternatives})(?:[\s,]|$)|:", re.I)


def restates(text: str, a: Claim, b: Claim, words: tuple[str, ...] = ()) -> bool:
    """Whether the text says that ``b`` restates the bound ``a``: the exact figure follows it
    in the same sentence after « : », « soit », « précisément », « exactement », or stands
    in apposition right after its noun (« près de 4 000 abonnés, 3 980 exactement »)."""
    if b.sentence != a.sentence or b.start < a.end:
        return False
    between = text[(a.noun_end or a.end) : b.start]
    if between.rfind("(") > between.rfind(")"):
        return False  # « sous la barre des 5 000 morts (en 2005 : 5 318 tués) »: an aside of its own
    return bool(_restates(words).search(between)) or (between.strip() == "," and b.noun_start is None)
