"""Differences: « 1 420 entrées contre 1 185 sorties, soit un solde de 235 », « 9 300
abonnés, contre 8 650 un an plus tôt, soit 650 de plus », « un solde de 31, soit 94 entrées
et 63 sorties », and an absolute change told with its relative one: « en hausse de 6,2 %
(3 418, soit 104 de plus) »."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims import same_class, same_population
from ..model import Claim, Kind
from .context import Context, _counted, _gap, end_with_noun
from .evidence import evidence
from .model import Attachment, Cue, Difference, Relation, Share, Subset, Total

#: Kinds of figures whose difference is checked.
AMOUNTS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)


def link_difference(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A difference stated after its two terms (« A contre B, soit un solde de C », « A pour
    B, soit C en surnombre »), before them (« un solde de C, soit A et B »), or an absolute
    change after the level it reached and its relative change (« en hausse de P (N, soit C
    de plus) »)."""
    for c in ctx.claims:
        if c.kind not in AMOUNTS or not _counted(c):
            continue
        yield from _after_terms(ctx, c)
        yield from _before_terms(ctx, c)


def _after_terms(ctx: Context, gap: Claim) -> Iterator[Relation]:
    """« A contre B, soit un solde de C », « A pour B, soit C en surnombre », and the
    relative change form (``_with_change``)."""
    g = ctx.grammar
    before = [
        x for x in ctx.before_in_sentence(gap) if x.end <= gap.start and (x.kind in AMOUNTS or x.kind == Kind.PERCENT)
    ]
    if not before:
        return
    second = before[-1]
    lead = g.DIFFERENCE_LEAD.match(
        ctx.text[second.end if second.noun_end is None else second.noun_end : gap.start].lower().replace("’", "'")
    )
    if not lead:
        return
    after = ctx.after(gap, 40)
    if gap.noun_end is not None:
        after = ctx.text[gap.noun_end : gap.noun_end + 40].lower()
    direction_m = g.DIFFERENCE_AFTER.match(after)
    if g.DIFFERENCE_PER.match(after) or not (lead.group("net") or lead.group("change") or direction_m):
        return
    direction = 0 if direction_m is None else (1 if direction_m.group("dir") in g.DIFFERENCE_MORE else -1)
    cue = lead.group("net") or lead.group("change") or direction_m.group("dir")
    if len(before) >= 2 and _from_to_terms(ctx, before[-2], second, gap):
        # « passe de 96,2 à 99,8 millions, soit 3,6 millions de plus », « soit une hausse de »
        if lead.group("change"):
            direction = ctx.cues.CHANGE_WORDS[lead.group("change")]
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, gap, second, before[-2])
        yield Difference(second.id, before[-2].id, gap.id, direction, None, ev)
        return
    if lead.group("change"):
        return  # « soit une hausse de » names a change from one figure to another, read above
    if len(before) >= 2 and _terms(ctx, before[-2], second, gap):
        first = before[-2]
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, gap, first, second)
        yield Difference(first.id, second.id, gap.id, direction, None, ev)
        return
    change = _change_before(ctx, before)
    if change is not None and direction and second.kind == gap.kind and second.kind in AMOUNTS:
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, gap, second)
        yield Difference(second.id, None, gap.id, direction, change.id, ev)
        return
    level = _level_before_change(ctx, before)
    if level is not None and direction and level.kind == gap.kind:
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, gap, level)
        yield Difference(level.id, None, gap.id, direction, second.id, ev)


def _terms(ctx: Context, first: Claim, second: Claim, gap: Claim) -> bool:
    """Whether two figures are the terms of a difference: of one kind (and one currency),
    joined by « contre », « pour », « face à » or « et »; not a first term of other things
    when a figure before it counts what the gap counts."""
    if not (first.kind == second.kind == gap.kind and _counted(first) and _counted(second)):
        return False
    if first.kind != Kind.COUNT and len({x.unit for x in (first, second, gap) if x.unit}) > 1:
        return False
    if first.unit and gap.unit and not (same_population(first.unit, gap.unit) or same_class(first.unit, second.unit)):
        # « 8 912 détenus dans les 21 établissements, pour 6 874 places, soit 2 038 détenus »: an
        # earlier figure counts what the gap counts, the one next to the second does not
        earlier = [
            x
            for x in ctx.before_in_sentence(first)
            if x.end <= first.start and x.kind == first.kind and x.unit and same_population(x.unit, gap.unit)
        ]
        if earlier:
            return False
    return bool(ctx.grammar.DIFFERENCE_JOIN.match(_gap(ctx, first, second)))


def _from_to_terms(ctx: Context, old: Claim, new: Claim, gap: Claim) -> bool:
    """Whether two figures are told from one to the other (« passe de 96,2 à 99,8 millions »)
    and are of the gap's kind (and currency)."""
    if not (old.kind == new.kind == gap.kind and _counted(old) and _counted(new)):
        return False
    if gap.kind != Kind.COUNT and len({x.unit for x in (old, new, gap) if x.unit}) > 1:
        return False
    g = ctx.grammar
    return bool(g.FROM_LEAD.search(ctx.before(old, 30)) and g.FROM_TO_GAP.match(_gap(ctx, old, new)))


def _change_before(ctx: Context, before: Sequence[Claim]) -> Claim | None:
    """The relative change told just before the level: « en hausse de 6,2 % (3 418, … »."""
    if len(before) < 2:
        return None
    change, level = before[-2], before[-1]
    if change.kind != Kind.PERCENT:
        return None
    g = ctx.grammar
    if not g.CHANGE.search(ctx.before(change, g.CHANGE_BACK)):
        return None
    between = ctx.text[change.end : level.start]
    in_bracket = len(between) <= 4 and "(" in between  # « 6,2 % (3 418 »
    return change if in_bracket or between.strip() in (",", "") else None


def _level_before_change(ctx: Context, before: Sequence[Claim]) -> Claim | None:
    """The level told just before its relative change: « 3 418 cas ont été confirmés, en
    hausse de 6,2 % (soit 200 de plus) »."""
    if len(before) < 2:
        return None
    level, change = before[-2], before[-1]
    if change.kind != Kind.PERCENT or level.kind not in AMOUNTS or not _counted(level):
        return None
    g = ctx.grammar
    words = g.CHANGE.search(ctx.before(change, g.CHANGE_BACK))
    if not words:
        return None
    between = ctx.text[end_with_noun(level) : change.start]
    return level if g.LEVEL_THEN_CHANGE.fullmatch(between[: len(between) - len(words.group(0))].lower()) else None


def _before_terms(ctx: Context, gap: Claim) -> Iterator[Relation]:
    """« un solde de 31, soit 94 entrées et 63 sorties »: a net balance, then its terms."""
    g = ctx.grammar
    if not g.NET_BEFORE.search(ctx.before(gap, g.NET_BACK)):
        return
    later = [x for x in ctx.after_in_sentence(gap) if x.start >= gap.end][:2]
    if len(later) < 2:
        return
    first, second = later
    start = gap.noun_end if gap.noun_end is not None else gap.end
    if not g.DIFFERENCE_TERMS.match(ctx.text[start : first.start].lower()):
        return
    if not _terms(ctx, first, second, gap):
        return
    net = g.NET_BEFORE.search(ctx.before(gap, g.NET_BACK))
    ev = evidence(Cue.EXPLICIT, net.group(1), Attachment.ADJACENT, gap, first, second)
    yield Difference(first.id, second.id, gap.id, 0, None, ev)


def link_remainder_left(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 1 450 habitants évacués. Jeudi, 1 180 d'entre eux ont pu rentrer, ce qui laisse 270
    personnes hébergées »: what is left of a whole once a part of it is told (``LEFT_OVER``).
    The whole is the one the text already gave the part (« d'entre eux », « sur 23 »,
    « soit 32 % du total »); the part and the rest then make it. Without that whole, no
    relation: « ce qui laisse » alone does not say what was taken from what."""
    g = ctx.grammar
    whole_of: dict[str, tuple[str, bool]] = {}
    for r in found:
        if isinstance(r, Subset | Share):
            whole_of.setdefault(r.part, (r.whole, r.evidence.guessed))
    for rest in ctx.claims:
        if rest.kind not in AMOUNTS or not _counted(rest):
            continue
        m = g.LEFT_OVER.search(ctx.text[ctx.sentence_start(rest) : rest.start].lower().replace("’", "'"))
        if not m:
            continue
        before = [
            x for x in ctx.before_in_sentence(rest) if x.end <= rest.start and x.kind == rest.kind and _counted(x)
        ]
        if len(before) >= 2 and whole_of.get(before[-2].id, ("",))[0] == before[-1].id:
            before = before[:-1]  # « 4,5 voix sur 23, ce qui en laisse 18,5 »: the part, then its whole
        if not before or before[-1].id not in whole_of:
            continue
        part = before[-1]
        whole_id, guessed = whole_of[part.id]
        whole = ctx.by_id[whole_id]
        if whole.kind != rest.kind or (rest.unit and whole.unit and not same_population(rest.unit, whole.unit)):
            continue
        cue = Cue.GUESS if guessed else Cue.EXPLICIT
        ev = evidence(cue, m.group(0).strip(), Attachment.ANTECEDENT, whole, part, rest)
        yield Total(whole.id, (part.id, rest.id), True, ev)


def link_gap_next_sentence(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 184 morts en 2025, contre 203 l'année précédente. C'est 19 décès de moins »: a
    sentence that opens on a gap (``GAP_ANAPHOR``) with its direction, of the last two figures
    the sentence before compares with « contre »; « Sa majorité s'établit à 1 379 voix »
    (``GAP_NOUN_ANAPHOR``), of its first two so compared (the winner and the runner-up)."""
    g = ctx.grammar
    for gap in ctx.claims:
        if gap.kind not in AMOUNTS or not _counted(gap) or gap.sentence == 0:
            continue
        lead = ctx.text[ctx.sentence_start(gap) : gap.start].lower().replace("’", "'")
        named = g.GAP_NOUN_ANAPHOR.match(lead)
        direction_m = g.DIFFERENCE_AFTER.match(ctx.text[end_with_noun(gap) : end_with_noun(gap) + 40].lower())
        if not (named or (g.GAP_ANAPHOR.match(lead) and direction_m)):
            continue
        figures = [
            x
            for x in ctx.sentence_claims(gap.sentence - 1)
            if x.kind == gap.kind and _counted(x) and not _per_unit(ctx, x)  # « soit en moyenne 220 par jour »
        ]
        pair = next(
            (
                (a, b)
                for a, b in reversed(list(zip(figures, figures[1:], strict=False)))
                if g.VERSUS.search(ctx.text[end_with_noun(a) : b.start].lower())
            ),
            None,
        )
        if named:  # « Sa majorité s'établit à 1 379 voix »: of the first two compared, the lead
            pair = (figures[0], figures[1]) if len(figures) >= 2 else None
            if pair is not None and not g.VERSUS.search(ctx.text[end_with_noun(pair[0]) : pair[1].start].lower()):
                pair = None
        elif pair is not None and pair[1] is not figures[-1]:
            pair = None
        if pair is None or not _terms(ctx, *pair, gap):
            continue
        if (
            gap.unit
            and pair[0].unit
            and not (same_class(gap.unit, pair[0].unit) or same_population(gap.unit, pair[0].unit))
        ):
            continue  # « 4 402 voix, contre 2 739 … Sa majorité au conseil s'établit à 22 sièges »
        cue = named.group("cue") if named else direction_m.group("dir")
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ANTECEDENT, gap, *pair)
        yield Difference(pair[0].id, pair[1].id, gap.id, 0, None, ev)


def _per_unit(ctx: Context, c: Claim) -> bool:
    """Whether a figure is a rate or an average by the words right around it (« en moyenne
    220 par jour »): no term of a difference between two counts."""
    g = ctx.grammar
    after = ctx.text[end_with_noun(c) : end_with_noun(c) + 30].lower()
    return bool(g.DIFFERENCE_PER.match(after) or g.AVERAGE_BEFORE.search(ctx.before(c, 20)))


def link_point_change(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 93,4 %, en hausse de 0,8 point par rapport à l'an dernier (92,6 %) », « 42,3 %,
    contre 38,9 % en 2021, une hausse de 3,4 points », « 131 %, contre 118 % un an plus tôt,
    soit 13 points de plus », « passe de 68,3 % à 71,8 %, un gain de 3,5 points »: a change
    in percentage points between the rate told and the rate of another time it is compared
    with (``OTHER_TIME_NEAR``, or the two told from one to the other), in the direction of
    the change word. Not two groups' rates (« 95,1 % des filles, en
    hausse de 0,5 point, contre 91,2 % des garçons »)."""
    g = ctx.grammar
    for gap in ctx.claims:
        if gap.unit != g.POINT_UNIT:
            continue
        m = g.CHANGE.search(ctx.before(gap, g.CHANGE_BACK))  # « en hausse de 0,8 point »
        more = g.DIFFERENCE_AFTER.match(ctx.after(gap, 30))  # « soit 13 points de plus »
        if not m and not more:
            continue
        cue, direction = (m.group("cue"), ctx.cues.CHANGE_WORDS[m.group("cue")]) if m else (more.group("dir"), 0)
        if more and not m:
            direction = 1 if more.group("dir") in g.DIFFERENCE_MORE else -1
        rates = [x for x in ctx.sentence_claims(gap.sentence) if x.kind == Kind.PERCENT]
        before = [x for x in rates if x.end <= gap.start]
        after = [x for x in rates if x.start >= gap.end]
        level = old = None
        # « passe de … à … » tells two times itself; « soit 3,4 points de plus » with no word of
        # change is the gap between the two rates, of two times or of two groups
        timed = not m
        if m and before and after and g.POINT_FROM.match(ctx.text[gap.end : after[0].start].lower()):
            level, old = before[-1], after[0]  # « 93,4 %, en hausse de 0,8 point par rapport à … (92,6 %) »
        elif len(before) >= 2 and g.POINT_VERSUS.match(ctx.text[before[-2].end : before[-1].start].lower()):
            level, old = before[-2], before[-1]  # « 42,3 %, contre 38,9 % en 2021, une hausse de 3,4 points »
        elif len(before) >= 2 and _from_to(ctx, before[-2], before[-1]):
            level, old, timed = before[-1], before[-2], True  # « passe de 68,3 % à 71,8 %, un gain de 3,5 points »
        if level is None or re.search(r"[.;:]", ctx.text[level.end : gap.start]):
            continue
        span = ctx.text[min(level.end, gap.end) : max(old.end, gap.end) + 20].lower().replace("’", "'")
        if not timed and not g.OTHER_TIME_NEAR.search(span):
            continue  # « 95,1 % des filles, en hausse de 0,5 point, contre 91,2 % des garçons »: two groups
        ev = evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, gap, level, old)
        yield Difference(level.id, old.id, gap.id, direction, None, ev)


def _from_to(ctx: Context, first: Claim, second: Claim) -> bool:
    """Whether two rates are told from one to the other: « passe de 68,3 % à 71,8 % »."""
    lead, between = ctx.grammar.POINT_FROM_TO
    return bool(lead.search(ctx.before(first, 40)) and between.match(ctx.text[first.end : second.start]))


def link_lead_over(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Servette compte 34 points. Le club possède désormais 5 points d'avance sur Bâle,
    deuxième avec 29 points »: a lead (or a lag) over a rival, the rival's figure told after
    it, and the leader's own figure the nearest one of that unit told before, in the
    sentence or the one before. With several such figures before, which one is the
    leader's is in doubt: the gap is then only confirmed."""
    g = ctx.grammar
    for gap in ctx.claims:
        if gap.kind not in AMOUNTS or not _counted(gap) or not gap.unit:
            continue
        rival = next((x for x in ctx.after_in_sentence(gap) if x.start >= end_with_noun(gap) and _counted(x)), None)
        if rival is None or rival.kind != gap.kind or rival.unit != gap.unit or rival.qualifier != "exact":
            continue
        m = g.LEAD_OVER.match(ctx.text[end_with_noun(gap) : rival.start].lower().replace("’", "'"))
        if not m:
            continue
        own = [x for x in ctx.previous(gap, 1) if x.kind == gap.kind and x.unit == gap.unit and x.qualifier == "exact"]
        if not own:
            continue
        direction = -1 if m.group("net") in g.LEAD_BEHIND else 1
        cue = Cue.EXPLICIT if len({x.value for x in own}) == 1 else Cue.GUESS
        ev = evidence(cue, m.group("net"), Attachment.PRECEDING, gap, own[0], rival)
        yield Difference(own[0].id, rival.id, gap.id, direction, None, ev)
