"""Parts of a whole: « dont », « N des M », « d'entre eux », « sur », « parmi », « d'en »."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims import same_class
from ..model import Claim, Kind
from .context import (
    WHOLE_KINDS,
    Context,
    _antecedent,
    _by_noun,
    _coordinated,
    _counted,
    _gap,
    _partitive_whole,
    whole_candidates,
)
from .evidence import evidence
from .model import Attachment, Cue, Relation, Subset, Total

#: Text with at most one full stop: the whole of « en a assuré » is in this sentence or the last.
_AT_MOST_ONE_FULL_STOP = re.compile(r"[^.]*\.?\s*[^.]*")


def link_dont(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 1 374 victimes, dont 153 enfants » (or « notamment », « y compris »): the figure after
    the cue is part of the one before."""
    g = ctx.grammar
    for part in ctx.claims:
        m = g.DONT.search(ctx.before(part, g.DONT_BACK))
        if not _counted(part) or not m:
            continue
        whole = _dont_whole(ctx, part)
        if whole is None:
            continue
        parts = [part, *_coordinated(ctx, part)]
        for p in parts:
            yield Subset(p.id, whole.id, evidence(Cue.EXPLICIT, m.group(1), Attachment.PRECEDING, p, whole))
        if len(parts) > 1 and not any(_has_own_verb(ctx, p) for p in parts[1:]):
            ev = evidence(Cue.EXPLICIT, m.group(1), Attachment.PRECEDING, whole, *parts)
            yield Total(whole.id, tuple(p.id for p in parts), False, ev)


def _dont_whole(ctx: Context, part: Claim) -> Claim | None:
    """The figure "dont" refers to: the nearest one before it in the sentence, skipping
    figures in a complement of place or purpose (« dans 14 pays », « pour 12 communes »),
    for money or a scale word figures of another unit, and figures that cannot be a whole
    (``whole_candidates``: a signed change, an aside in brackets, a duration)."""
    g = ctx.grammar
    candidates = [x for x in ctx.previous(part) if x.kind in WHOLE_KINDS and x.qualifier != "range"]
    if part.unit and part.kind in (Kind.MONEY, Kind.MEASURE):
        candidates = [x for x in candidates if x.unit == part.unit]
    candidates = whole_candidates(ctx, part, candidates)
    for x in candidates:
        if g.COMPLEMENT_BEFORE.search(ctx.before(x, g.COMPLEMENT_BACK)):
            continue
        if x.quantity and (x.quantity.cue or "").lower() in g.COMPLEMENT_CUES:
            continue  # « six personnes ont trouvé la mort en 24 heures, dont trois … »
        if _partitive_whole(ctx, x):
            continue
        return x
    return None


def link_partitive(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« dix-neuf des vingt-quatre prévenus », « 19 de ces 62 buts »: N of the M."""
    for part, whole in zip(ctx.claims, ctx.claims[1:], strict=False):
        if not (_counted(part) and _counted(whole)) or part.sentence != whole.sentence:
            continue
        gap = ctx.text[part.end : whole.start].lower().replace("’", "'")
        m = ctx.grammar.PARTITIVE_GAP.fullmatch(gap)
        if m:
            ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ADJACENT, part, whole)
            yield Subset(part.id, whole.id, ev)
            yield from _shares_after(ctx, part, whole)


def _shares_after(ctx: Context, part: Claim, whole: Claim) -> Iterator[Relation]:
    """« 26 des 33 sièges, contre 5 pour la gauche et 2 pour la liste citoyenne »:
    the other shares of the same whole, which together cannot exceed it."""
    later = [x for x in ctx.after_in_sentence(whole) if x.start > whole.end and _counted(x)]
    if not later:
        return
    first = later[0]
    lead = _gap(ctx, whole, first)
    m = ctx.grammar.OTHER_SHARES.fullmatch(lead)
    if not m or (first.unit and first.unit != whole.unit):
        return
    others = [first, *_coordinated(ctx, first)]
    if all(o.unit in (None, whole.unit) for o in others):
        ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ADJACENT, whole, part, *others)
        yield Total(whole.id, (part.id, *(o.id for o in others)), False, ev)


def link_entre(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 17 d'entre elles », « 412 de ces passages »: a part of a group named before."""
    g = ctx.grammar
    for part in ctx.claims:
        if not _counted(part):
            continue
        after = ctx.after(part, g.PART_AHEAD)
        m = g.AMONG_PRONOUN_AFTER.match(after)
        if m:
            whole = _antecedent(ctx, part, ctx.cues.PRONOUN_GENDER[m.group("pronoun")])
            if whole is not None:
                ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ANTECEDENT, part, whole)
                yield Subset(part.id, whole.id, ev)
            continue
        m = g.OF_THESE_AFTER.match(after)
        if m and part.noun is None:
            whole = _by_noun(ctx, part, m.group("noun"), before_only=True)
            if whole is not None:
                ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.NOUN, part, whole)
                yield Subset(part.id, whole.id, ev)


def link_sur(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 58 sur 87 », « 1 150 postes sur les 4 800 »: N out of M."""
    g = ctx.grammar
    for part, whole in zip(ctx.claims, ctx.claims[1:], strict=False):
        if not (_counted(part) and _counted(whole)) or part.sentence != whole.sentence:
            continue
        m = g.OUT_OF_GAP.fullmatch(_gap(ctx, part, whole))
        if not m:
            continue
        if g.OUT_OF_RANK.match(ctx.after(whole, g.OUT_OF_RANK_AHEAD)):
            continue  # « 92 sur les deux premières » : the two first stages, not a total
        if part.unit and whole.unit and not same_class(part.unit, whole.unit):
            continue
        if _mark(part, whole):
            continue  # « une moyenne de 20,84 sur 20 »: a mark on a scale, not a part of a whole
        yield Subset(part.id, whole.id, evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ADJACENT, part, whole))


#: Scales that marks are given on (« 14,5 sur 20 »).
MARK_SCALES = (10, 20)


def _mark(part: Claim, whole: Claim) -> bool:
    """Whether « N sur M » is a mark on a scale: a value with decimals on 10 or 20 (bonus
    points may take a mark above the scale: « 20,84 sur 20 grâce aux options »)."""
    return whole.value in MARK_SCALES and isinstance(part.value, float) and not float(part.value).is_integer()


def link_among(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Parmi les 47 victimes figurent 29 …, 11 … et 3 … », « Sur les 6 victimes, quatre … »,
    « Parmi les personnes arrêtées, 23 … », « parmi lesquels 6 voitures », « Parmi eux, 38 … »."""
    g = ctx.grammar
    seen: set[str] = set()
    for c in ctx.claims:
        if not _counted(c) or c.id in seen:
            continue
        before = ctx.before(c, g.AMONG_BACK)
        whole, how = None, Attachment.ANTECEDENT
        m = g.AMONG_WHOLE.search(before)
        if m and (m.group("among") or ctx.sentence_opens_with(c, m.group("out_of"))):
            # c is the whole; the parts follow it in the sentence
            later = [
                x
                for x in ctx.after_in_sentence(c)
                if x.start > c.start
                and _counted(x)
                and x.kind == c.kind
                and not g.SIZE_COMPLEMENT.fullmatch(ctx.text[c.noun_end or c.end : x.start])
            ]
            if not later:
                continue
            first = later[0]
            yield from _parts_of(ctx, c, first, m.group("among") or m.group("out_of"), Attachment.ADJACENT, seen)
            continue
        m = g.AMONG_PRONOUN.search(before)
        total = g.OF_THIS_TOTAL.search(before)
        if total:  # « Sur ce total, 142 … et 45 … »: the figure just stated
            whole = next((x for x in ctx.previous(c, 1) if _counted(x) and x.qualifier == "exact"), None)
        elif m:
            pronoun = g.PRONOUN_ALIASES.get(m.group("pronoun"), m.group("pronoun"))
            whole = _antecedent(ctx, c, ctx.cues.PRONOUN_GENDER[pronoun], sentences=2)
        else:
            m = g.AMONG_NOUN.search(before)
            if m:
                traits = [m.group("trait").strip()] if m.group("trait") else []
                whole = _by_noun(ctx, c, m.group("noun"), g.event_forms(traits), larger_than=float(c.value))
                how = Attachment.NOUN
        if whole is not None and whole.start < c.start:
            yield from _parts_of(ctx, whole, c, g.AMONG_CUE, how, seen)


def _parts_of(
    ctx: Context, whole: Claim, first: Claim, cue: str, how: Attachment, seen: set[str]
) -> Iterator[Relation]:
    """Subsets for ``first`` and the figures listed with it, and their total (at most the
    whole): « Parmi eux, 1 618 résident en France et 519 en Belgique ». ``cue`` is the cue's
    text, ``how`` the way ``whole`` was found."""
    parts = [first, *_coordinated(ctx, first, max_words=14)]
    seen.update(p.id for p in parts)
    for p in parts:
        yield Subset(p.id, whole.id, evidence(Cue.EXPLICIT, cue, how, p, whole))
    if len(parts) > 1 and not any(_has_own_verb(ctx, p) for p in parts[1:]):
        yield Total(whole.id, tuple(p.id for p in parts), False, evidence(Cue.EXPLICIT, cue, how, whole, *parts))


def _has_own_verb(ctx: Context, c: Claim) -> bool:
    """Whether a listed figure has a verb of its own (« …, et 151 n'étaient pas vaccinées »):
    then the list joins clauses whose groups may overlap, and their sum means nothing."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(c.start, c.noun_end or c.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in ctx.doc[span.end : span.end + 3]:
        if tok.is_punct:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def link_en(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« identifier 362 suspects et d'en arrêter 219 »: 219 of the 362 suspects."""
    g = ctx.grammar
    for part in ctx.claims:
        if not _counted(part) or part.noun is not None:
            continue
        m = g.OF_IT_VERB.search(ctx.before(part, g.OF_IT_VERB_BACK))
        if m:
            whole = _antecedent(ctx, part, sentences=0)
            if whole is not None:
                ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ANTECEDENT, part, whole)
                yield Subset(part.id, whole.id, ev)
    yield from _en_shares(ctx)


def _en_shares(ctx: Context) -> Iterator[Relation]:
    """« La production s'est élevée à 82,4 TWh. Le nucléaire en a assuré 33,1 TWh, le gaz 17,6 TWh
    et les renouvelables 28,9 TWh »: shares of a quantity measured in the same unit (a count
    of things is left alone: « il a marqué 62 buts et en a encaissé 29 » is not a part)."""
    g = ctx.grammar
    seen: set[str] = set()
    for part in ctx.claims:
        if part.id in seen or part.kind not in (Kind.MEASURE, Kind.MONEY) or not part.unit:
            continue
        m = g.OF_IT_AUX.search(ctx.before(part, g.OF_IT_AUX_BACK))
        if not m:
            continue
        whole = next((x for x in ctx.previous(part, 1) if x.kind == part.kind and x.unit == part.unit), None)
        if whole is None or not _AT_MOST_ONE_FULL_STOP.fullmatch(ctx.text[whole.end : part.start]):
            continue
        yield from _parts_of(ctx, whole, part, m.group("cue"), Attachment.PRECEDING, seen)
