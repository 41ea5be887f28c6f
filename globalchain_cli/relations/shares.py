"""Shares: « soit 90 % du total », « représente 13 % des 25 000 hectares », a share written
first (« Près d'un tiers des adhérents (1 204) »), in brackets (« 640 travaillent de nuit
(34 %) »), of a tally (« 1 204 voix contre 1 011, soit 54,4 % ») and rates named by their
definition (« 9 800 spectateurs pour 10 500 places, soit un taux de remplissage de 93 % »)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims import noun_family, noun_key, same_class, same_population
from ..lang import language
from ..model import Claim, Kind
from .context import SHARE_KINDS, Context, _by_noun, _counted, _gap, end_with_noun
from .evidence import evidence, scopes
from .model import Attachment, Change, Cue, Relation, Share, Subset, Total
from .values import stated_interval


def link_share(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 2 904 se sont révélés frauduleux, soit 90 % du total », « 412 de ces passages, soit 18 % »,
    « soit 52,99 % des suffrages exprimés », « soit un quart du public ». The whole, in this
    order: the figure right after the share (« soit 41,2 % des 9 950 suffrages »), the whole
    the part is stated of, both figures of a tally (« 1 204 voix contre 1 011, soit
    54,4 % »), « du total », the noun named (a collective, a role), the group the sentence
    opens on; failing these, a guess: the last whole spoken of, or a larger figure it fits.
    A share of one figure of a tally whose whole is named elsewhere may be of either: a guess."""
    g = ctx.grammar
    whole_of = {r.part: r.whole for r in found if isinstance(r, Subset)}
    from ..policy import Strength, strength  # here: the policy reads the relations' model

    # parts whose whole is stated with the evidence to accuse (« Parmi les donneurs, 497 … »)
    surely_of = {r.part for r in found if isinstance(r, Subset) and strength(r.evidence) is Strength.STRONG}
    for share in ctx.claims:
        if share.kind not in SHARE_KINDS:
            continue
        cue = g.SHARE.search(ctx.before(share, g.SHARE_BACK))
        if not cue or g.SHARE_CHANGE_CUE.search(cue.group(0)):
            continue  # « soit une hausse de 5 % »: a change, not a share
        part = next((x for x in ctx.previous(share) if _counted(x)), None)
        if part is None:
            continue
        inner = [
            p
            for p, w in whole_of.items()
            if w == part.id and ctx.by_id[p].sentence == part.sentence and ctx.by_id[p].start < share.start
        ]
        if inner:  # « 58 sur 87, soit 67 % »: the share is of the part, not of the whole
            part = ctx.by_id[inner[-1]]
        after = ctx.after(share, g.SHARE_AHEAD)
        if g.SHARE_IS_CHANGE.match(after):
            continue  # « soit 12 % de plus »: a change, not a share
        whole, guessed, how, plus = None, False, Attachment.ANTECEDENT, ()
        stated = _stated_whole(ctx, share, part)
        tally = _tally(ctx, share, part) if stated is None and part.id not in whole_of else None
        if stated is not None:  # « soit 41,2 % des 9 950 suffrages exprimés »
            whole, how, part = stated, Attachment.ADJACENT, _part_of_kind(ctx, share, part, stated)
        elif part.id in whole_of:
            whole = ctx.by_id[whole_of[part.id]]
        elif (pair := _out_of(ctx, share, part)) is not None:  # « 14 arrêts sur 38 tirs, soit 37 % »
            (part, whole), how = pair, Attachment.ADJACENT
        elif tally is not None:  # « 1 204 voix contre 1 011, soit 54,4 % »: of the two
            (part, whole, plus), how = tally, Attachment.ADJACENT
        elif g.OF_THE_TOTAL.match(after) or g.SHARE_OF_ALL.match(after):
            same = [
                x
                for x in ctx.previous(share, 3)
                if _counted(x)
                and x is not part
                and same_class(x.unit, part.unit)
                and float(x.value) > float(part.value)
                and x.qualifier == "exact"
            ]
            whole, how = _total_of(share, part, same), Attachment.NOUN
        else:
            n = g.OF_NOUN.match(after)
            if n and noun_key(n.group("noun")) in g.COLLECTIVES:  # « soit près d'un tiers du peloton »
                collective = _whole_of_collective(ctx, share, part, n.group("noun"), _parts_in(found))
                whole, guessed, how = *collective, Attachment.NOUN
            elif n:
                how = Attachment.NOUN
                traits = g.event_forms([n.group("trait")]) if n.group("trait") else []
                whole, guessed = _whole_by_noun(ctx, share, part, n.group("noun"), traits)
        if whole is None:
            opens = g.SHARE_AMONG_OPEN.match(ctx.text[ctx.sentence_start(share) : part.start].lower())
            if opens:  # « Parmi les arrivants, on comptait 16 900 femmes, soit près d'un tiers »
                traits = g.event_forms([opens.group("trait")]) if opens.group("trait") else []
                whole, guessed = _whole_by_noun(ctx, share, part, opens.group("noun"), traits)
                guessed, how = guessed or g.OF_NOUN.match(after) is not None, Attachment.NOUN
        if whole is None:
            if g.RATE_NAME.search(ctx.before(share, g.RATE_BACK)):
                continue  # « soit un taux de remplissage de 93 % »: a rate, read by its definition
            topics = [w for w in map(_whole_of, found) if w and ctx.by_id[w].start < part.start]
            if topics:
                whole, guessed, how = ctx.by_id[topics[-1]], True, Attachment.TOPIC
            elif cue.group("cue") in g.SHARE_OF_ANY:  # the nearest larger figure the share fits
                fitting = _fits(share, part, _larger_before(ctx, part))
                if fitting:
                    whole, guessed, how = fitting[0], True, Attachment.PRECEDING
        first = _tallied_with(ctx, part) if whole is not None and not plus and not guessed else None
        if first is not None and first is not whole:  # « 45 voix contre 12, soit 75 % des votants »: of either
            fitting = _fits_part(share, [first, part], whole)
            part, guessed = fitting[0] if fitting else first, True
        staged = _stage_of_rate(ctx, share, part, whole) if whole is not None and not guessed and not plus else None
        whole = staged or whole
        if whole is not None and (whole is not part or plus):
            siblings = [r.parts for r in found if isinstance(r, Total) and part.id in r.parts and len(r.parts) > 1]
            if siblings and not plus:  # « 142 … et 45 …, une proportion de plus des trois quarts »: of which one?
                part, guessed = _matching_part(ctx, share, siblings[0], whole) or (part, True)
            if not guessed and not plus:
                named = g.OF_NOUN.match(after)
                # the whole is sure when written with the share, when a named rate chose it,
                # or when the share names what it counts or, naming nothing, it is the sure
                # whole of its part; a share naming other things may be of another whole
                known = how is Attachment.ADJACENT or staged is not None
                if named:
                    known = known or _counts_named(ctx, whole, named)
                else:
                    known = known or (part.id in surely_of and whole_of.get(part.id) == whole.id)
                part, whole, guessed = _rival_reading(ctx, found, share, part, whole, whole_known=bool(known))
            ev = evidence(Cue.GUESS if guessed else Cue.EXPLICIT, cue.group("cue"), how, part, whole)
            yield Share(share.id, part.id, whole.id, ev, plus)


def _larger_before(ctx: Context, part: Claim) -> list[Claim]:
    """The exact figures of the same things as ``part`` (or of its family: people, money…),
    larger than it, in its sentence and the two before, nearest first: the wholes a share
    with no named whole may be of, as a guess."""
    family = noun_family(part)
    return [
        x
        for x in ctx.previous(part, 2)
        if _counted(x)
        and x.kind == part.kind
        and x.qualifier == "exact"
        and (
            x.unit == part.unit
            or part.unit is None
            or same_class(x.unit, part.unit)
            or (family is not None and noun_family(x) == family)
        )
        and float(x.value) > float(part.value)
    ]


def _stated_whole(ctx: Context, share: Claim, part: Claim) -> Claim | None:
    """The whole a share names with its figure right after it: « soit 41,2 % des 9 950
    suffrages exprimés », « soit près d'un tiers des 3 600 trains prévus ». Not a whole
    smaller than the part when the share is under 100 % (then the figure is something else)."""
    whole = ctx.following(share)
    if whole is None or whole is part or not _counted(whole) or whole.sentence != share.sentence:
        return None
    if not ctx.grammar.SHARE_WHOLE_GAP.fullmatch(ctx.text[share.end : whole.start]):
        return None
    part = _part_of_kind(ctx, share, part, whole)
    interval = stated_interval(share)
    if float(whole.value) < float(part.value) and (interval is None or interval[1] <= 100.0):
        return None
    return whole


def _part_of_kind(ctx: Context, share: Claim, part: Claim, whole: Claim) -> Claim:
    """The part of a share whose whole is stated: the nearest figure, unless it counts other
    things and one before it in the sentence counts the whole's (« 36 communes et 4 000
    habitants, soit 3 % des 1 200 communes »: the 36)."""
    if not (part.unit and whole.unit) or same_class(part.unit, whole.unit):
        return part
    return next(
        (
            x
            for x in ctx.previous(share)
            if x is not whole and _counted(x) and x.unit and same_class(x.unit, whole.unit)
        ),
        part,
    )


def _tally(ctx: Context, share: Claim, part: Claim) -> tuple[Claim, Claim, tuple[str, ...]] | None:
    """The part, whole and added figures of a share of a tally: « 1 204 voix contre 1 011,
    soit 54,4 % de oui » is the share of 1 204 in 1 204 + 1 011 (or of 1 011, when the share
    fits that one only)."""
    g = ctx.grammar
    if not g.TALLY_SHARE.match(ctx.after(share, g.SHARE_AHEAD)):
        return None  # « soit 41 % des inscrits »: of another whole
    first = _tallied_with(ctx, part)
    if first is None or not g.TALLY_TO_SHARE.fullmatch(ctx.text[part.end : _cue_start(share)].lower()):
        return None  # « 4 100 voix contre 3 900 en 2019, soit … »: a comparison, not a tally
    interval = stated_interval(share)
    total = float(first.value) + float(part.value)
    if interval is not None and total:
        fits_second = interval[0] <= 100.0 * float(part.value) / total <= interval[1]
        fits_first = interval[0] <= 100.0 * float(first.value) / total <= interval[1]
        if fits_second and not fits_first:
            return part, first, (part.id,)
    return first, first, (part.id,)


def _cue_start(c: Claim) -> int:
    """Where a figure starts with its bound words (« près d' » before « un tiers »)."""
    return c.quantity.cue_start if c.quantity and c.quantity.cue_start is not None else c.start


def _tallied_with(ctx: Context, second: Claim) -> Claim | None:
    """The first figure of a tally whose second figure is ``second``: the 1 204 of « 1 204
    voix contre 1 011 »."""
    first = next((x for x in ctx.previous(second) if _counted(x)), None)
    if first is None or first.kind != second.kind or first.sentence != second.sentence:
        return None
    start = first.noun_end if first.noun_end is not None and first.noun_end <= second.start else first.end
    return first if ctx.grammar.TALLY_GAP.fullmatch(ctx.text[start : second.start].lower()) else None


def _out_of(ctx: Context, share: Claim, last: Claim) -> tuple[Claim, Claim] | None:
    """« 14 arrêts sur 38 tirs, soit 37 % d'efficacité »: a share right after « N sur M »
    whose two figures count different things (no subset ties them), of N over M."""
    before = [x for x in ctx.before_in_sentence(last) if _counted(x) and x.kind == last.kind]
    if (
        not before
        or last.kind != Kind.COUNT
        or not ctx.grammar.SHARE_RIGHT_AFTER.fullmatch(ctx.text[end_with_noun(last) : _cue_start(share)].lower())
    ):
        return None
    first = before[-1]
    m = ctx.grammar.OUT_OF_GAP.fullmatch(_gap(ctx, first, last))
    return (first, last) if m and m.group("cue") and float(first.value) <= float(last.value) else None


def _fits_part(share: Claim, parts: Sequence[Claim], whole: Claim) -> list[Claim]:
    """Of ``parts``, those whose share of ``whole`` is the one stated."""
    interval = stated_interval(share)
    if interval is None or not whole.value:
        return []
    return [p for p in parts if interval[0] <= 100.0 * float(p.value) / float(whole.value) <= interval[1]]


def _whole_by_noun(
    ctx: Context,
    share: Claim,
    part: Claim,
    noun: str,
    traits: Sequence[str] = (),
    exclude: frozenset[str] = frozenset(),
) -> tuple[Claim | None, bool]:
    """The whole a share names by its noun (« soit 90 % des dossiers »), and whether it is
    only a guess: when no figure counts that very class of things (« des participants »:
    only a guess among the people counted), or when another figure near the share counts
    the same things with another value (« 3 600 adhérents » and « 3 450 adhérents »): the
    share may then confirm against either, never accuse."""
    action = ctx.grammar.verb_of_action(noun)
    traits = [*traits, action] if action and not traits else traits
    whole = _by_noun(ctx, part, noun, traits, larger_than=float(part.value), exclude=exclude)
    if whole is None:
        by_role = _by_role(ctx, share, part, noun)
        if by_role is not None:
            return by_role[0], by_role[1] or _other_time(ctx, part, by_role[0])
        qualified = _by_qualifier(ctx, share, part, noun)
        if qualified is not None:
            return qualified, _other_time(ctx, part, qualified)
        return _by_noun(ctx, part, noun, traits, float(part.value), loose=True), True
    if _other_time(ctx, part, whole):
        return whole, True  # « (1 204) ont voté en 2023. Le club compte aujourd'hui 4 600 adhérents »
    rivals = [
        x
        for x in ctx.near(share, 2)
        if x is not whole
        and x is not part
        and _counted(x)
        and (x.unit == whole.unit or (x.unit is None and x.kind == whole.kind and x.sentence == whole.sentence))
        and x.qualifier == "exact"
        and not x.scope
        and float(x.value) > float(part.value)
        and x.value != whole.value
        and not (action and action in whole.traits and action not in x.traits)
    ]
    if not rivals:
        return whole, False
    fitting = _fits(share, part, [whole, *rivals])
    return (fitting[0] if fitting else whole), True


def _by_qualifier(ctx: Context, share: Claim, part: Claim, word: str) -> Claim | None:
    """The whole a share names by an adjective of it, used as a noun: « 1 651 inscrites,
    soit 58 % des nouveaux » after « 2 846 nouveaux inscrits ». Only the figure of the part's
    noun qualified by that word, larger than the part, and only when all such have one value."""
    keys = {noun_key(word), word.lower().removesuffix("x").removesuffix("s")}  # « nouveaux »: « nouveau »
    found = [
        x
        for x in ctx.previous(share, 3)
        if x is not part
        and _counted(x)
        and x.qualifier == "exact"
        and keys & set(x.traits)
        and x.unit not in keys
        and same_class(x.unit, part.unit)
        and float(x.value) > float(part.value)
    ]
    return found[0] if found and len({x.value for x in found}) == 1 else None


def _parts_in(found: Sequence[Relation]) -> frozenset[str]:
    """The figures that are parts of a whole already read: a collective (« la population »)
    names the whole, not one of its parts (« Cette population se répartit entre 7 930 … »)."""
    return frozenset(
        p for r in found if isinstance(r, Total | Subset) for p in (r.parts if isinstance(r, Total) else (r.part,))
    )


def _whole_of_collective(
    ctx: Context, share: Claim, part: Claim, noun: str, exclude: frozenset[str] = frozenset()
) -> tuple[Claim | None, bool]:
    """The whole a collective noun names (``COLLECTIVES``: « du peloton »): the group the
    sentence opens on when it is one of its members (« Parmi les arrivants, … soit près d'un
    tiers du peloton »); else the figure counting one of its members, sure only when all
    such figures have one value (« peloton » may be the starters or the finishers)."""
    g = ctx.grammar
    members = {noun_key(m) for m in g.COLLECTIVES[noun_key(noun)]}
    opens = g.SHARE_AMONG_OPEN.match(ctx.text[ctx.sentence_start(share) : part.start].lower())
    if opens and noun_key(opens.group("noun")) in members:
        return _whole_by_noun(ctx, share, part, opens.group("noun"))
    found = [
        w for w in (_whole_by_noun(ctx, share, part, m, exclude=exclude) for m in sorted(members)) if w[0] is not None
    ]
    if not found:
        return None, False
    if len({w.value for w, _ in found}) == 1:
        return found[0]
    fitting = _fits(share, part, [w for w, _ in found])
    return (fitting[0] if fitting else found[0][0]), True


def _other_time(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two figures of two sentences are told of other years: the years of the
    part's clause (its sentence up to the punctuation after it) are not the whole's
    (« (1 204) ont voté en 2023. Le club compte aujourd'hui 4 600 adhérents »). A year told
    after the figure's clause (« soit un quart, une proportion en hausse par rapport à
    2024 ») is not the figure's."""
    if a.sentence == b.sentence:
        return False

    def years(c: Claim) -> set:
        end = min((k for k in (ctx.text.find(p, c.end) for p in ",;.") if k >= 0), default=len(ctx.text))
        return {str(x.value) for x in ctx.sentence_claims(c.sentence) if x.kind == Kind.YEAR and x.start < end}

    ya, yb = years(a), years(b)
    # a year told with the whole only dates the story the part goes on with (« Sur les
    # 412 380 trains programmés en 2025, … 363 080 trains sont arrivés à l'heure »)
    return bool(ya) and ya != yb


def _by_role(ctx: Context, share: Claim, part: Claim, noun: str) -> tuple[Claim, bool] | None:
    """The whole a role noun names through the verb of a figure with no noun of its own
    (``ROLES``): « 49 873 ont présenté l'épreuve … soit 88,6 % des participants ». Sure when
    one figure before the share has that verb (or all such have one value); else the one the
    share fits, only a guess."""
    events = ctx.grammar.ROLES.get(noun_key(noun))
    if not events:
        return None
    found = [
        x
        for x in ctx.previous(share, 3)
        if x is not part
        and _counted(x)
        and (x.noun_start is None or same_class(x.unit, part.unit))  # « 86 équipages avaient pris le départ »
        and x.event in events
        and x.qualifier == "exact"
        and scopes(part, x).compatible
        and float(x.value) > float(part.value)
    ]
    if not found:
        return None
    if len({x.value for x in found}) == 1:
        return found[0], False
    fitting = _fits(share, part, found)
    return (fitting[0], True) if fitting else None


#: Most points from its central value a share open on one side (« plus de 2 % ») may be and
#: still tell which whole it is of: « un peu plus de 2 % » fits 97 % too, and tells nothing.
OPEN_SHARE_REACH = 10.0


def _rival_reading(
    ctx: Context,
    found: Sequence[Relation],
    share: Claim,
    part: Claim,
    whole: Claim,
    whole_known: bool,
    part_known: bool = False,
) -> tuple[Claim, Claim, bool]:
    """The part and whole of a share, and whether they are only a guess: when the share does
    not fit the figures read but another reading the text admits makes it fit, which one
    the writer meant is in doubt, and the share may confirm, never accuse. The other
    readings: when the whole was found by its noun or by what was spoken of, another
    figure the text makes a whole, told in the ``RIVAL_BACK`` sentences before: the whole
    of a stated relation, a demonstrative (« 5 912 annonces, … 928. Ces 6 840 sinistres …
    4 856 annonces, soit 71 % du total »), or a figure of the same things larger than the
    whole (« 41 207 inscrits …, soit 41,9 % des demandeurs en A, B et C » is of the 98 460
    told before, not of the 56 230 of category A); and, as the part, the first side of a
    tally the part is the other side of (« 31 446 voix, contre 24 190 … et 3 920 …, sur
    59 556 bulletins, soit 52,8 % » is of the first). A figure of another quantity that
    only happens to fit is no rival: the stated share would lose its check."""
    if _fits(share, part, [whole]) or stated_interval(share) is None:
        return part, whole, False
    wholes = [whole]
    if not whole_known:
        totals = {w for r in found for w in [_whole_of(r)] if w}
        wholes += [
            x
            for x in ctx.previous(share, RIVAL_BACK)
            if _counted(x)
            and x.qualifier == "exact"
            and x.kind == whole.kind
            and (x.id in totals or x.demonstrative or _larger_of_kind(x, part, whole))
        ]
    parts = [part]
    if not part_known:
        parts += [
            x
            for x in ctx.before_in_sentence(part)
            if _counted(x)
            and x.kind == part.kind
            and x.qualifier == "exact"
            and ctx.grammar.TALLY_AGAINST.search(ctx.text[x.end : part.start])
        ]
    for w in wholes:
        for p in parts:
            other = p.id != w.id and (p.id, w.id) != (part.id, whole.id)
            if other and float(p.value) < float(w.value) and _fits(share, p, [w]):
                return p, w, True
    return part, whole, False


def _counts_named(ctx: Context, whole: Claim, named: re.Match) -> bool:
    """Whether ``whole`` counts the very things the share names: its noun, the action of the
    noun among its words, or, for a figure with no noun of its own, the verb of the role it
    names (``ROLES``: « soit 86 % des participants » of « 3 610 ont passé l'épreuve »)."""
    g = ctx.grammar
    noun = noun_key(named.group("noun"))
    action = g.verb_of_action(named.group("noun"))
    by_role = whole.noun_start is None and whole.event is not None and whole.event in g.ROLES.get(noun, ())
    return whole.unit == noun or noun in whole.traits or bool(action and action in whole.traits) or by_role


def _larger_of_kind(x: Claim, part: Claim, whole: Claim) -> bool:
    """Whether ``x`` counts the same things as the share's part or whole and is larger than
    the whole: a group the whole may be only one part of."""
    return float(x.value) > float(whole.value) and (
        same_population(x.unit, part.unit or whole.unit) or (x.unit is not None and x.unit == whole.unit)
    )


#: How many sentences back ``_rival_reading`` looks for another whole a share may be of.
RIVAL_BACK = 10


def _fits(share: Claim, part: Claim, wholes: Sequence[Claim]) -> list[Claim]:
    """Of ``wholes``, those of which ``share`` is the share ``part`` makes, a share open on
    one side taken near its value (``OPEN_SHARE_REACH``): these choose a whole."""
    interval = stated_interval(share)
    if interval is None:
        return []
    lo, hi, centre = interval
    lo, hi = max(lo, centre - OPEN_SHARE_REACH), min(hi, centre + OPEN_SHARE_REACH)
    return [w for w in wholes if w.value and lo <= 100.0 * float(part.value) / float(w.value) <= hi]


def _total_of(share: Claim, part: Claim, candidates: Sequence[Claim]) -> Claim | None:
    """The « total » a share is of, among the larger figures of the part's noun told just
    before: the one of which the share is right if there is one (« passées de 8,1 millions
    de tonnes en 2022 à 7,6 millions … 4,4 millions, soit 58 % du total »: of this year's
    7,6, not of the 8,1 it fell from), else the largest."""
    interval = stated_interval(share)
    if interval is not None:
        fits = [
            x
            for x in candidates
            if x.value and interval[0] <= 100.0 * float(part.value) / float(x.value) <= interval[1]
        ]
        if fits:
            return fits[-1]
    return max(candidates, key=lambda x: float(x.value), default=None)


def _whole_of(r: Relation) -> str | None:
    """The whole a subset or a total speaks of (the topic a later share may be of)."""
    return r.whole if isinstance(r, Subset) else r.total if isinstance(r, Total) else None


def _matching_part(ctx: Context, share: Claim, parts: Sequence[str], whole: Claim) -> tuple[Claim, bool] | None:
    """The one listed part whose share of the whole is the one stated, if exactly one is."""
    interval = stated_interval(share)
    if interval is None or not whole.value:
        return None
    fits = [
        ctx.by_id[p]
        for p in parts
        if interval[0] <= 100.0 * float(ctx.by_id[p].value) / float(whole.value) <= interval[1]
    ]
    return (fits[0], False) if len(fits) == 1 else None


#: How many sentences back the part of « représente 13 % des 25 000 hectares » may be when
#: the whole is a measure (an area, a length: rarer than counts, the one figure of its unit
#: far back is the part).
MEASURE_BACK = 10


def link_share_of(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« La surface brûlée représente 13 % des 25 000 hectares du massif »: a share of the
    figure that follows it; the part is the nearest figure counted in the same unit, for a
    measure the one figure of its unit told up to ``MEASURE_BACK`` sentences before (a
    guess, so the rule only confirms it)."""
    for share in ctx.claims:
        if share.kind != Kind.PERCENT:
            continue
        whole = ctx.following(share)
        whole = whole if whole is not None and _counted(whole) else None
        cue = ctx.grammar.SHARE_OF_GAP.fullmatch(ctx.text[share.end : whole.start]) if whole is not None else None
        if cue is None:
            continue
        back = MEASURE_BACK if whole.kind == Kind.MEASURE else 3
        candidates = [
            x
            for x in ctx.previous(share, back)
            if _counted(x)
            and x.unit == whole.unit
            and x.qualifier == "exact"
            and not x.scope
            and float(x.value) < float(whole.value)
        ]
        if whole.kind == Kind.MEASURE and len({x.value for x in candidates}) > 1:
            candidates = [x for x in candidates if x.sentence >= share.sentence - 3]  # several: the near one only
        if candidates:
            part = candidates[0]
            ev = evidence(Cue.GUESS, cue.group("cue"), Attachment.PRECEDING, part, whole)
            yield Share(share.id, part.id, whole.id, ev)


def link_share_first(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A share written before its part: « Près d'un tiers des adhérents (1 204) »,
    « Un cinquième des dossiers, soit 312, … », « Plus de la moitié des 2 800 logements
    visités, 1 530 exactement, … ». The whole is the figure right after the share (« des
    2 800 logements ») or the figure counting the noun it names (« des adhérents »)."""
    g = ctx.grammar
    for share in ctx.claims:
        if share.kind not in SHARE_KINDS or g.SHARE.search(ctx.before(share, g.SHARE_BACK)):
            continue  # « soit un tiers des … » is read by link_share
        if not g.SHARE_FIRST_OF.match(ctx.after(share, 8)):
            continue
        later = [x for x in ctx.after_in_sentence(share) if x.start >= share.end][:2]
        whole = None
        if later and _counted(later[0]) and g.SHARE_WHOLE_GAP.fullmatch(ctx.text[share.end : later[0].start]):
            whole, later = later[0], later[1:]
        if not later or not _counted(later[0]) or later[0] is whole:
            continue
        part = later[0]
        start = (whole.noun_end or whole.end) if whole is not None else share.end
        if whole is not None and whole.noun_end is not None and whole.noun_end > part.start:
            start = whole.end
        m = g.SHARE_FIRST_PART_GAP.fullmatch(ctx.text[start : _cue_start(part)].lower())
        if not m:
            continue
        rest = ctx.after(part, 30)
        if g.SHARE_IS_CHANGE.match(rest):
            continue  # « Un quart des recours, soit 310 de plus qu'en 2023 »: a change
        if m.group("paren") and not g.SHARE_FIRST_CLOSE.match(rest):
            continue  # « des adhérents (1 204 en 2023 …) »: not the part alone
        if m.group("apposition") and not g.SHARE_FIRST_APPOSITION.match(rest):
            continue  # « la moitié des logements, 1 530 en 2020 »: too weak a tie
        cue = m.group("cue") or ("(" if m.group("paren") else ",")
        guessed, how = False, Attachment.ADJACENT
        if whole is None:
            n = g.SHARE_FIRST_NOUN.match(ctx.after(share, g.SHARE_AHEAD))
            if n is None:
                continue
            traits = g.event_forms([n.group("trait")]) if n.group("trait") else []
            whole, guessed = _whole_by_noun(ctx, share, part, n.group("noun"), traits)
            how = Attachment.NOUN
        if whole is None:  # « 27 % des visites, soit 219 000 personnes »: a larger figure it fits
            fitting = _fits(share, part, [x for x in _larger_before(ctx, part) if x.start < share.start])
            whole, guessed, how = (fitting[0] if fitting else None), True, Attachment.PRECEDING
        if whole is None or whole is part:
            continue
        if part.noun_start is not None and part.unit and whole.unit and not same_class(part.unit, whole.unit):
            guessed = True  # « La moitié des 300 communes (150 000 habitants) »: other things
        if not guessed and how is not Attachment.ADJACENT:
            part, whole, guessed = _rival_reading(ctx, found, share, part, whole, whole_known=False, part_known=True)
        yield Share(
            share.id, part.id, whole.id, evidence(Cue.GUESS if guessed else Cue.EXPLICIT, cue, how, part, whole)
        )


def link_share_paren(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A share in brackets after its part: « Sur les 1 880 salariés, 640 travaillent de nuit
    (34 %) », « Le maire sortant (2 104 voix, 38,5 %) ». It is the share of the whole the
    part is stated of (« sur », « dont », a breakdown): explicit then; else of the last whole
    spoken of, or of the nearest larger figure of the same things before, only a guess."""
    g = ctx.grammar
    whole_of = {r.part: (r.whole, r.evidence.cue) for r in found if isinstance(r, Subset)}
    total_of = {p: (r.total, r.evidence.cue) for r in found if isinstance(r, Total) for p in r.parts}
    shared = {r.share for r in found if isinstance(r, Share)}
    for share in ctx.claims:
        if share.kind != Kind.PERCENT or share.id in shared or share.text[:1] in "+-−±":
            continue
        if not g.SHARE_PAREN_CLOSE.match(ctx.after(share, 4)):
            continue
        part = next((x for x in ctx.previous(share) if x.kind != Kind.DATE), None)
        if part is None or not _counted(part):
            continue
        gap = ctx.text[part.end : share.start].lower()
        if not g.SHARE_PAREN_GAP.fullmatch(gap) or len(gap.split()) > g.SHARE_PAREN_WORDS:
            continue
        if not gap.rstrip().endswith("(") and not ctx.text[: part.start].rstrip().endswith("("):
            continue  # « 2 104 voix, 38,5 % » outside brackets: a list of figures, not a share
        inner = [p for p, (w, _) in whole_of.items() if w == part.id and ctx.by_id[p].sentence == part.sentence]
        if inner:  # « 58 sur 87 (67 %) »: the share is of the part, not of the whole
            part = ctx.by_id[inner[-1]]
        whole, cue, how = None, Cue.GUESS, Attachment.ANTECEDENT
        if part.id in whole_of or part.id in total_of:  # the whole the part is stated of
            w, cue = whole_of.get(part.id) or total_of[part.id]
            whole = ctx.by_id[w]
        elif (named := _whole_named(ctx, share, part)) is not None:  # « (2 104 voix, 38,5 %) »
            (whole, sure), how = named, Attachment.NOUN
            cue = Cue.EXPLICIT if sure else Cue.GUESS
        else:
            topics = [w for w in map(_whole_of, found) if w and ctx.by_id[w].start < part.start]
            if topics and float(ctx.by_id[topics[-1]].value) > float(part.value):
                whole, how = ctx.by_id[topics[-1]], Attachment.TOPIC
            else:
                whole, how = next(iter(_larger_before(ctx, part)), None), Attachment.PRECEDING
        if whole is None or whole is part:
            continue
        yield Share(share.id, part.id, whole.id, evidence(cue, "(", how, part, whole))


def link_share_results(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A list of results, each a share with its count: « Oui : 43,2 % (48 935 voix). Non :
    56,8 % (64 360 voix) », « A (2 104 voix, 38,5 %), B (1 990 voix, 36,4 %) et C (1 371
    voix, 25,1 %) ». Each share is of the sum of the counts when the list is complete,
    which the shares themselves show: all of them but one at most fit their count over the
    sum (an incomplete list, the first two of five, fits none). Then every share is checked,
    and the one that does not fit is the slip."""
    g = ctx.grammar
    run: list[tuple[Claim, Claim]] = []
    for share, count in [*_results(ctx), (None, None)]:
        near = share is not None and run and share.sentence - run[-1][0].sentence <= g.RESULT_SENTENCES
        if count is not None and near and not _sums_to_all(run):
            run.append((share, count))
            continue
        yield from _complete_results(run)
        run = [(share, count)] if count is not None else []


def _sums_to_all(run: Sequence[tuple[Claim, Claim]]) -> bool:
    """Whether the shares of a run of results add up to the whole (100 %, within their
    rounding): the list is closed, the next result starts another (« Oui … Non … » then
    the next question)."""
    intervals = [stated_interval(s) for s, _ in run]
    if len(run) < 2 or None in intervals:
        return False
    return sum(i[0] for i in intervals) - 0.1 <= 100.0 <= sum(i[1] for i in intervals) + 0.1


def _results(ctx: Context) -> Iterator[tuple[Claim, Claim | None]]:
    """Each share and its count written together: « 43,2 % (48 935 voix) », « (2 104 voix,
    38,5 %) »; a percentage with no count of its own (« Participation : 41,7 % ») comes
    with None, and ends a list of results."""
    g = ctx.grammar
    for share in ctx.claims:
        if share.kind != Kind.PERCENT:
            continue
        if share.text[:1] in "+-−±":
            yield share, None
            continue
        nxt = ctx.following(share)
        if (
            nxt is not None
            and _counted(nxt)
            and g.RESULT_OPEN.fullmatch(ctx.text[share.end : nxt.start])
            and g.RESULT_CLOSE.match(ctx.after(nxt, 20))
        ):
            yield share, nxt
            continue
        prev = next((x for x in ctx.previous(share) if x.kind != Kind.DATE), None)
        if (
            prev is not None
            and _counted(prev)
            and ctx.text[: prev.start].rstrip().endswith("(")
            and g.SHARE_PAREN_CLOSE.match(ctx.after(share, 4))
            and g.SHARE_PAREN_GAP.fullmatch(ctx.text[prev.end : share.start].lower())
            and len(ctx.text[prev.end : share.start].split()) <= 2
        ):
            yield share, prev
            continue
        yield share, None


def _complete_results(run: Sequence[tuple[Claim, Claim]]) -> Iterator[Relation]:
    """The shares of a run of results, when the run is a complete list: its shares add up
    to 100 % and fit, or, for votes, all shares but one at most fit their count over the
    sum of the counts (a vote's share that fits can only be of that sum)."""
    counts = [c for _, c in run]
    if len(run) < 2 or len({c.id for c in counts}) < len(counts) or len({c.kind for c in counts}) > 1:
        return
    total = sum(float(c.value) for c in counts)
    if not total:
        return
    fit = 0
    for share, count in run:
        interval = stated_interval(share)
        if interval is not None and interval[0] <= 100.0 * float(count.value) / total <= interval[1]:
            fit += 1
    votes = all(c.unit and noun_key(c.unit) in language().grammar.RESULT_VOTES for c in counts)
    if fit == 0 or not (_sums_to_all(run) or (votes and fit >= len(run) - 1)):
        return  # seats after a bonus, the first results of a longer list: not shares of the sum
    first, rest = counts[0], tuple(c.id for c in counts[1:])
    for share, count in run:
        ev = evidence(Cue.EXPLICIT, "(", Attachment.VALUE, count, first)
        yield Share(share.id, count.id, first.id, ev, rest)


def _whole_named(ctx: Context, share: Claim, part: Claim) -> tuple[Claim, bool] | None:
    """The whole of a part's kind (``SHARE_WHOLES``: a candidate's « voix » are a share of the
    « suffrages exprimés »), and whether it is sure: one figure near counts it (or all such
    have one value); among several, the one the share fits, only a guess."""
    words = ctx.grammar.SHARE_WHOLES.get(noun_key(part.unit or ""))
    if not words:
        return None
    found = [
        x
        for x in ctx.near(share, 5)
        if x is not part
        and _counted(x)
        and x.unit
        and any(_counts_phrase(ctx, x, w) for w in words)
        and x.qualifier == "exact"
        and float(x.value) > float(part.value)
    ]
    if not found:
        return None
    if len({x.value for x in found}) == 1 and scopes(part, found[0]).compatible:
        return found[0], True
    fitting = _fits(share, part, found)
    return (fitting[0], False) if fitting else None


def _counts_phrase(ctx: Context, c: Claim, phrase: str) -> bool:
    """Whether ``c`` counts ``phrase``: its noun, and the word after it for a phrase of two
    (« 5 465 suffrages exprimés » for « suffrage exprimé », not « 874 bulletins par la poste »
    for « bulletin valable »)."""
    words = phrase.split()
    if noun_key(c.unit or "") != noun_key(words[0]):
        return False
    if len(words) == 1:
        return True
    if c.noun_end is None:
        return False
    nxt = ctx.lower[c.noun_end : c.noun_end + 30].split()
    return bool(nxt) and noun_key(nxt[0].strip(",.;:)")) == noun_key(words[1])


def link_share_restated(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A fraction « N sur M » on its own that restates the ratio of the part and whole told
    just before: « On a perdu 43 brebis sur 280. Près d'une bête sur six est morte. » Only
    a guess (the rule may confirm it)."""
    shared = {r.share for r in found if isinstance(r, Share)}
    subsets = [r for r in found if isinstance(r, Subset) and not r.evidence.guessed]
    for share in ctx.claims:
        if share.kind != Kind.FRACTION or share.id in shared or not ctx.grammar.FRACTION_OUT_OF.search(share.text):
            continue
        if any(x.start > share.end and _counted(x) for x in ctx.after_in_sentence(share)[:1]):
            continue  # « un sur cinq des 400 inscrits »: of the figure that follows
        told = [
            r
            for r in subsets
            if ctx.by_id[r.part].start < share.start and share.sentence - ctx.by_id[r.part].sentence <= 1
        ]
        if told:
            r = told[-1]
            part, whole = ctx.by_id[r.part], ctx.by_id[r.whole]
            yield Share(share.id, part.id, whole.id, evidence(Cue.GUESS, share.text, Attachment.TOPIC, part, whole))


def _stage_of_rate(ctx: Context, share: Claim, part: Claim, whole: Claim) -> Claim | None:
    """The stage a named rate is computed on (``stage_events`` in ``rates.toml``): between
    the whole and the part in their sentence, a figure larger than the part and smaller than
    the whole whose verb is the stage's (« Sur les 14 236 inscrits, 14 018 se sont présentés
    et 12 157 ont été admis, soit un taux de réussite de 86,7 % »: of the 14 018, the press's
    definition of a pass rate)."""
    g = ctx.grammar
    m = g.RATE_NAME.search(ctx.text[max(ctx.sentence_start(share), share.start - g.RATE_BACK) : share.start].lower())
    rate = _rates().get(m.group("rate")) if m else None
    if rate is None or not rate.get("stage_events") or whole.sentence != part.sentence:
        return None
    p, w = float(part.value), float(whole.value)
    return next(
        (
            x
            for x in ctx.sentence_claims(part.sentence)
            if whole.end <= x.start < part.start
            and _counted(x)
            and x.qualifier == "exact"
            and p < float(x.value) < w
            and x.event in rate["stage_events"]
        ),
        None,
    )


def _rates() -> dict[str, dict]:
    """The rates of the lexicon by each of their names (« densité carcérale »)."""
    return {n: r for r in language().grammar.RATES.values() for n in r["names"]}


def link_rate(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A rate named by its definition (``rates.toml``): « La participation s'est établie à
    62 %, avec 4 100 votants pour 6 600 inscrits », « 9 800 spectateurs pour 10 500 places,
    soit un taux de remplissage de 93 % » (or « soit 93 % de remplissage »), « 1 350 détenus pour 1 100 places, soit une
    densité de 123 % »; an excess over capacity as the change from the capacity (« 871 détenus
    pour 612 places, soit une surpopulation de 42 % »). The numerator and the denominator are the figures counting the
    rate's two nouns (or, for the numerator, a figure with no noun of its own whose verb is
    the rate's: « 4 100 ont voté »). Explicit when the rate and both figures stand in one
    sentence, each the only one of its kind, in one scope, the figures tied by « pour »,
    « sur » or « dont » (« 412 patients et 3 places libres » is no rate of occupation);
    otherwise only a guess."""
    g = ctx.grammar
    rates = _rates()
    shared = {r.share for r in found if isinstance(r, Share) and not r.evidence.guessed}
    subsets = {(r.part, r.whole) for r in found if isinstance(r, Subset)}
    for share in ctx.claims:
        if share.kind != Kind.PERCENT or share.id in shared:
            continue
        start = max(ctx.sentence_start(share), share.start - g.RATE_BACK)
        m = g.RATE_NAME.search(ctx.text[start : _cue_start(share)].lower().replace("’", "'"))
        m = m or g.RATE_NAME_AFTER.match(ctx.after(share, 40))  # « soit 89 % de remplissage »
        if not m or g.RATE_CONTRAST.search(m.group("gap")):
            continue
        rate = rates.get(m.group("rate"))
        if rate is None:
            continue
        near = [x for s in (share.sentence, share.sentence - 1, share.sentence + 1) for x in ctx.sentence_claims(s)]
        near = [x for x in near if _counted(x) and x.kind == Kind.COUNT and x.qualifier == "exact"]
        dens = [x for x in near if _is_denominator(x, rate)]
        nums = [x for x in near if x not in dens and _is_numerator(x, rate)]
        pair = _rate_pair(share, nums, dens, subsets)
        if pair is None:
            continue
        num, den, sure = pair
        stated = (
            (num.id, den.id) in subsets
            or (num.end <= den.start and g.RATE_PAIR_GAP.fullmatch(ctx.text[num.end : den.start].lower()))
            or (den.end <= num.start and g.RATE_PAIR_BACK.fullmatch(ctx.text[den.end : num.start].lower()))
            or g.RATE_CAPACITY.search(ctx.before(den, 40).lower())
        )
        sure = sure and stated and num.sentence == den.sentence == share.sentence
        first, last = min(share, num, den, key=lambda c: c.start), max(share, num, den, key=lambda c: c.end)
        sure = sure and not g.RATE_APART.search(ctx.text[first.end : last.start].lower())
        sure = sure and scopes(share, num).compatible and scopes(num, den).compatible
        ev = evidence(Cue.EXPLICIT if sure else Cue.GUESS, m.group("rate"), Attachment.NOUN, num, den)
        if rate.get("excess"):  # « soit une surpopulation de 42 % »: from the places up to the count
            yield Change(share.id, den.id, num.id, 1, None, ev)
        else:
            yield Share(share.id, num.id, den.id, ev)


def _names(c: Claim, words: Sequence[str]) -> bool:
    """Whether ``c``'s own noun is one of ``words``."""
    return bool(c.unit and noun_key(c.unit) in {noun_key(w) for w in words})


def _is_denominator(c: Claim, rate: dict) -> bool:
    """Whether ``c`` counts the rate's denominator. A noun of both ends (« électeur ») is the
    denominator only when a word of the denominator alone qualifies it (« 6 600 électeurs
    inscrits »), never when its figure has no noun of its own."""
    if not _names(c, rate["denominator"]) or c.event in rate["numerator_events"]:
        return False  # « 46 400 élèves ont réussi »: the numerator, told by its verb
    if not _names(c, rate["numerator"]):
        return True
    only = {noun_key(w) for w in rate["denominator"]} - {noun_key(w) for w in rate["numerator"]}
    return c.noun_start is not None and bool(only & {noun_key(t) for t in c.traits})


def _is_numerator(c: Claim, rate: dict) -> bool:
    """Whether ``c`` counts the rate's numerator: its noun or its verb (« 46 400 élèves ont
    réussi »), only its verb for a figure whose noun is elided (« 9 529 ont glissé un
    bulletin », not « 4 100 se sont abstenus »)."""
    by_verb = c.event is not None and c.event in rate["numerator_events"]
    return by_verb if c.noun_start is None else by_verb or _names(c, rate["numerator"])


def _rate_pair(
    share: Claim, nums: Sequence[Claim], dens: Sequence[Claim], subsets: set[tuple[str, str]]
) -> tuple[Claim, Claim, bool] | None:
    """The numerator and denominator of a rate, and whether they are sure: a part and its
    whole (« Sur les 6 600 inscrits, 4 100 ont voté ») or the only candidates of their kind;
    among several, the pair the rate fits, as a guess."""
    pairs = [(n, d) for n in nums for d in dens if n is not d]
    tied = [(n, d) for n, d in pairs if (n.id, d.id) in subsets]
    if len(tied) == 1:
        return tied[0][0], tied[0][1], True
    if len({n.value for n in nums}) == 1 and len({d.value for d in dens}) == 1 and pairs:
        return pairs[0][0], pairs[0][1], True
    interval = stated_interval(share)
    if interval is None:
        return None
    fits = [
        (n, d) for n, d in pairs if d.value and interval[0] <= 100.0 * float(n.value) / float(d.value) <= interval[1]
    ]
    return (fits[0][0], fits[0][1], False) if fits else None
