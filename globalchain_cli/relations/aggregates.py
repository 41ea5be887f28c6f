"""Aggregates: an overall rate and the rates of its groups, « un taux d'admission de 61,3 % :
60,8 % pour les filles, 62,1 % pour les garçons »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Claim, Kind
from .context import Context
from .evidence import evidence
from .model import Aggregate, Attachment, Cue, Relation


def link_aggregate(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """A rate named as such (« taux », « part », « moyenne ») followed, after a colon, a
    parenthesis, « dont » or « avec », by two rates or more each given for a group (« pour
    les filles », « chez les hommes »). When the groups are two complementary ones (the
    grammar's ``COMPLEMENTARY_GROUPS``), they make up the whole; otherwise they may be only
    some of its groups, and the relation is a guess."""
    g = ctx.grammar
    for overall in ctx.claims:
        if overall.kind != Kind.PERCENT or not g.AGGREGATE_NAME.search(ctx.before(overall, 60)):
            continue
        later = [x for x in ctx.after_in_sentence(overall) if x.start >= overall.end]
        if not later or later[0].kind != Kind.PERCENT:
            continue
        m = g.AGGREGATE_OPENS.match(ctx.text[overall.end : later[0].start].lower())
        if not m:
            continue
        groups: list[tuple[Claim, str]] = []
        for x in later:
            if x.kind != Kind.PERCENT:
                break
            named = g.AGGREGATE_GROUP.match(ctx.after(x, 40))
            if not named:
                break
            groups.append((x, named.group("group")))
        if len(groups) < 2:
            continue
        names = frozenset(name for _, name in groups)
        complete = len(groups) == 2 and names in g.COMPLEMENTARY_GROUPS
        cue = Cue.EXPLICIT if complete else Cue.GUESS
        ev = evidence(cue, m.group(0).strip(), Attachment.ADJACENT, overall, *(x for x, _ in groups))
        yield Aggregate(overall.id, tuple(x.id for x, _ in groups), complete, ev)
