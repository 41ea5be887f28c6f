"""Parts of a whole: « dont », « N des M », « d'entre eux », « sur », « parmi », « d'en »."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims import same_class
from ..lang.fr import cues
from ..model import Claim, Kind
from .context import (
    WHOLE_KINDS,
    Context,
    _antecedent,
    _by_noun,
    _coordinated,
    _counted,
    _event_forms,
    _gap,
    _partitive_whole,
)
from .evidence import evidence
from .model import Attachment, Cue, Relation, Subset, Total


def link_dont(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 1 374 victimes, dont 153 enfants » (or « notamment », « y compris »): the figure after
    the cue is part of the one before."""
    for part in ctx.claims:
        m = re.search(r"\b(dont|notamment|y compris|parmi lesquel(?:le)?s)\s*$", ctx.before(part, 22))
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


_COMPLEMENT_CUES = ("en", "pendant", "durant", "dans", "pour", "sur", "depuis")


def _dont_whole(ctx: Context, part: Claim) -> Claim | None:
    """The figure "dont" refers to: the nearest one before it in the sentence, skipping
    figures in a complement of place or purpose (« dans 14 pays », « pour 12 communes »)
    and, for money or a scale word, figures of another unit."""
    candidates = [x for x in ctx.previous(part) if x.kind in WHOLE_KINDS and x.qualifier != "range"]
    if part.unit and part.kind in (Kind.MONEY, Kind.MEASURE):
        candidates = [x for x in candidates if x.unit == part.unit]
    for x in candidates:
        if re.search(r"\b(dans|pour|en|sur|vers|chez)\s*(les\s*|des\s*)?$", ctx.before(x, 12)):
            continue
        if x.quantity and (x.quantity.cue or "").lower() in (
            "en",
            "pendant",
            "durant",
            "dans",
            "pour",
            "sur",
            "depuis",
        ):
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
        if re.fullmatch(r"\s*(des|de ces|d'entre les|parmi les)\s*", gap):
            yield Subset(part.id, whole.id, evidence(Cue.EXPLICIT, gap.strip(), Attachment.ADJACENT, part, whole))
            yield from _shares_after(ctx, part, whole)


def _shares_after(ctx: Context, part: Claim, whole: Claim) -> Iterator[Relation]:
    """« 26 des 33 sièges, contre 5 pour la gauche et 2 pour la liste citoyenne »:
    the other shares of the same whole, which together cannot exceed it."""
    later = [x for x in ctx.in_sentence(whole) if x.start > whole.end and _counted(x)]
    if not later:
        return
    first = later[0]
    lead = _gap(ctx, whole, first)
    if not re.fullmatch(r"[^.;:]{0,60}?,\s*contre\s*", lead) or (first.unit and first.unit != whole.unit):
        return
    others = [first, *_coordinated(ctx, first)]
    if all(o.unit in (None, whole.unit) for o in others):
        ev = evidence(Cue.EXPLICIT, "contre", Attachment.ADJACENT, whole, part, *others)
        yield Total(whole.id, (part.id, *(o.id for o in others)), False, ev)


def link_entre(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 17 d'entre elles », « 412 de ces passages »: a part of a group named before."""
    for part in ctx.claims:
        if not _counted(part):
            continue
        after = ctx.after(part, 40)
        m = re.match(r"\s*d'entre (eux|elles)\b", after)
        if m:
            whole = _antecedent(ctx, part, cues.PRONOUN_GENDER[m.group(1)])
            if whole is not None:
                ev = evidence(Cue.EXPLICIT, "d'entre " + m.group(1), Attachment.ANTECEDENT, part, whole)
                yield Subset(part.id, whole.id, ev)
            continue
        m = re.match(r"\s*de (ces|ses|leurs) ([a-zàâçéèêëîïôûùüÿœ-]+)", after)
        if m and part.noun is None:
            whole = _by_noun(ctx, part, m.group(2), before_only=True)
            if whole is not None:
                ev = evidence(Cue.EXPLICIT, "de " + m.group(1), Attachment.NOUN, part, whole)
                yield Subset(part.id, whole.id, ev)


def link_sur(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 58 sur 87 », « 1 150 postes sur les 4 800 »: N out of M."""
    for part, whole in zip(ctx.claims, ctx.claims[1:], strict=False):
        if not (_counted(part) and _counted(whole)) or part.sentence != whole.sentence:
            continue
        gap = _gap(ctx, part, whole)
        if not re.fullmatch(r"[^,.;:\d]{0,40}?,?\s*sur (les |un total de |l'ensemble des )?", gap):
            continue
        if re.match(r"\s*(premi|derni|seconde?s?\b)", ctx.after(whole, 12)):
            continue  # « 92 sur les deux premières » : the two first stages, not a total
        if part.unit and whole.unit and not same_class(part.unit, whole.unit):
            continue
        yield Subset(part.id, whole.id, evidence(Cue.EXPLICIT, "sur", Attachment.ADJACENT, part, whole))


def link_among(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« Parmi les 47 victimes figurent 29 …, 11 … et 3 … », « Sur les 6 victimes, quatre … »,
    « Parmi les personnes arrêtées, 23 … », « parmi lesquels 6 voitures », « Parmi eux, 38 … »."""
    seen: set[str] = set()
    for c in ctx.claims:
        if not _counted(c) or c.id in seen:
            continue
        before = ctx.before(c, 80)
        whole, how = None, Attachment.ANTECEDENT
        m = re.search(r"\b(parmi|sur) (les|ces) $", before)
        opening = ctx.text[ctx.sentence_start(c) : c.start].lower().lstrip()
        if m and (m.group(1) == "parmi" or opening.startswith("sur")):
            # c is the whole; the parts follow it in the sentence
            later = [x for x in ctx.in_sentence(c) if x.start > c.start and _counted(x) and x.kind == c.kind]
            if not later:
                continue
            first = later[0]
            yield from _parts_of(ctx, c, first, m.group(1), Attachment.ADJACENT, seen)
            continue
        m = re.search(
            r"\b(?:parmi\s+|au nombre d(?:'|e\s+)?)(eux|elles|lesquels|lesquelles|esquels|esquelles)\s*,?\s*$", before
        )
        total = re.search(r"\b(?:sur|parmi|de) ce total\s*,?\s*$", before)
        if total:  # « Sur ce total, 142 … et 45 … »: the figure just stated
            whole = next((x for x in ctx.previous(c, 1) if _counted(x) and x.qualifier == "exact"), None)
        elif m:
            pronoun = {"esquels": "lesquels", "esquelles": "lesquelles"}.get(m.group(1), m.group(1))
            whole = _antecedent(ctx, c, cues.PRONOUN_GENDER[pronoun], sentences=2)
        else:
            m = re.search(
                r"\b(?:parmi (?:les|ces)|au nombre des) ([a-zàâçéèêëîïôûùüÿœ-]+)( [a-zàâçéèêëîïôûùüÿœ-]+)?\s*,?\s*$",
                before,
            )
            if m:
                traits = [m.group(2).strip()] if m.group(2) else []
                whole = _by_noun(ctx, c, m.group(1), _event_forms(traits), larger_than=float(c.value))
                how = Attachment.NOUN
        if whole is not None and whole.start < c.start:
            yield from _parts_of(ctx, whole, c, "parmi", how, seen)


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
    for part in ctx.claims:
        if not _counted(part) or part.noun is not None:
            continue
        if re.search(r"\bd'en \w+\s*$", ctx.before(part, 30)):
            whole = _antecedent(ctx, part, sentences=0)
            if whole is not None:
                yield Subset(part.id, whole.id, evidence(Cue.EXPLICIT, "d'en", Attachment.ANTECEDENT, part, whole))
    yield from _en_shares(ctx)


def _en_shares(ctx: Context) -> Iterator[Relation]:
    """« La production s'est élevée à 82,4 TWh. Le nucléaire en a assuré 33,1 TWh, le gaz 17,6 TWh
    et les renouvelables 28,9 TWh »: shares of a quantity measured in the same unit (a count
    of things is left alone: « il a marqué 62 buts et en a encaissé 29 » is not a part)."""
    seen: set[str] = set()
    for part in ctx.claims:
        if part.id in seen or part.kind not in (Kind.MEASURE, Kind.MONEY) or not part.unit:
            continue
        if not re.search(r"\ben (a|ont|avait|avaient|aura|auront)( \w+)? \w+\s*$", ctx.before(part, 40)):
            continue
        whole = next((x for x in ctx.previous(part, 1) if x.kind == part.kind and x.unit == part.unit), None)
        if whole is None or not re.fullmatch(r"[^.]*\.?\s*[^.]*", ctx.text[whole.end : part.start]):
            continue
        yield from _parts_of(ctx, whole, part, "en", Attachment.PRECEDING, seen)
