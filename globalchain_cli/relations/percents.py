"""Shares of one whole together: a stated sum (« Les deux favoris totalisent 52,5 % : 28 %
et 24,5 % »), the two answers of a vote (« 53 % de oui contre 47 % de non »), a share told
twice side by side (« près d'un électeur sur quatre (24 %) »)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims import noun_key
from ..model import Kind
from .context import Context
from .evidence import evidence
from .model import Attachment, Cue, Relation, ShareRestated, ShareSum


def link_share_sum(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« totalisent 52,5 % : 28 % … et 24,5 % … »: a sum of shares and the shares after it."""
    g = ctx.grammar
    for total in ctx.claims:
        if total.kind != Kind.PERCENT:
            continue
        m = g.SHARE_SUM.search(ctx.before(total, 40))
        if not m:
            continue
        later = [x for x in ctx.after_in_sentence(total) if x.start >= total.end]
        if len(later) < 2 or later[0].kind != Kind.PERCENT:
            continue
        if not g.SHARE_SUM_OPENS.match(ctx.text[total.end : later[0].start].lower()):
            continue
        parts = [later[0]]
        for x in later[1:]:
            if x.kind != Kind.PERCENT or not g.SHARE_SUM_NEXT.match(ctx.text[parts[-1].end : x.start].lower()):
                break
            parts.append(x)
        if len(parts) >= 2:
            ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ADJACENT, total, *parts)
            yield ShareSum(total.id, tuple(p.id for p in parts), ev)


def link_vote_answers(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 53 % de oui contre 47 % de non »: the two answers of a vote make 100 %."""
    g = ctx.grammar
    for yes in ctx.claims:
        if yes.kind != Kind.PERCENT:
            continue
        a = g.VOTE_ANSWER.match(ctx.after(yes, 30))
        before = g.VOTE_ANSWER_BEFORE.search(ctx.before(yes, 40)) if a is None else None
        if not a and not before:
            continue
        answer = (a or before).group("answer")
        later = [x for x in ctx.after_in_sentence(yes) if x.start >= yes.end][:1]
        if not later or later[0].kind != Kind.PERCENT:
            continue
        no = later[0]
        b = g.VOTE_ANSWER.match(ctx.after(no, 30))
        between = ctx.text[yes.end + (a.end() if a else 0) : no.start].lower()
        if b and b.group("answer") != answer and g.VOTE_VERSUS.match(between):
            cue = f"{answer} / {b.group('answer')}"
            yield ShareSum(None, (yes.id, no.id), evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, yes, no))


def link_complement_shares(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Les femmes représentent 48 % des demandeurs de catégorie A, les hommes 52 % »: the
    shares of one whole told of the two classes of a pair that split it (``cues.COMPLEMENTS``)
    make 100 %. The first share names its whole (« des demandeurs »), the second none of its
    own; a rate of each class (« le taux de chômage des femmes … celui des hommes ») is no
    share of one whole and is left alone."""
    g = ctx.grammar
    for first in ctx.claims:
        if first.kind != Kind.PERCENT:
            continue
        a = g.COMPLEMENT_SHARE_FIRST.search(ctx.before(first, 40))
        of = g.OF_NOUN.match(ctx.after(first, 40)) if a else None
        if not of:
            continue
        second = next((x for x in ctx.after_in_sentence(first) if x.start >= first.end), None)
        if second is None or second.kind != Kind.PERCENT:
            continue
        b = g.COMPLEMENT_SHARE_NEXT.match(ctx.text[first.end + of.end() : second.start].lower())
        if not b or not g.COMPLEMENT_SHARE_END.match(ctx.text[second.end : second.end + 3]):
            continue
        if {noun_key(a.group("a")), noun_key(b.group("b"))} not in ctx.cues.COMPLEMENTS:
            continue
        cue = f"{a.group('a')} / {b.group('b')}"
        yield ShareSum(None, (first.id, second.id), evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, first, second))


def link_share_beside(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« près d'un électeur sur quatre (24 %) », « un tiers des sondés, soit 34 % »: a share
    in words and the percentage right after it, of the same thing."""
    g = ctx.grammar
    for first in ctx.claims:
        if first.kind != Kind.FRACTION:
            continue
        later = [x for x in ctx.after_in_sentence(first) if x.start >= first.end][:1]
        if not later or later[0].kind != Kind.PERCENT:
            continue
        second = later[0]
        gap = ctx.text[first.end : second.start].lower()
        if (
            g.SHARE_RESTATED.match(gap)
            and not _closes_before(gap)
            and not g.SHARE_RESTATED_OTHER.match(ctx.after(second, 30))
        ):
            # with the whole named between them (« un tiers des sondés (41 %) ») the two are of
            # one whole; right after the words (« près de la moitié (17 %) des profits de X »)
            # the percentage may be of another whole: a guess
            cue = Cue.EXPLICIT if re.search(r"[^\W\d]", gap) else Cue.GUESS
            yield ShareRestated(first.id, second.id, evidence(cue, "(", Attachment.ADJACENT, second, first))


def _closes_before(gap: str) -> bool:
    """Whether a parenthesis opens and closes between the two shares (not a restatement)."""
    return ")" in gap
