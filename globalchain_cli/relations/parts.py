"""Parts of a whole: « dont », « N des M », « d'entre eux », « sur », « parmi », « d'en »."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims import counted_within, noun_key, same_class, same_class_strict
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
    in_brackets,
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
    for money or a scale word figures of another unit, figures that cannot be a whole
    (``whole_candidates``: a signed change, an aside in brackets, a duration), and a pronoun
    « une » (« en ont obtenu une, dont 3 915 … »: one each, of the figure before)."""
    g = ctx.grammar
    candidates = [x for x in ctx.previous(part) if x.kind in WHOLE_KINDS and x.qualifier != "range"]
    # a line ends the clause, stop or none (« … dont 19 hospitalisés⏎60 accidents, … dont 52 »)
    candidates = [x for x in candidates if "\n" not in ctx.text[x.end : part.start]]
    if part.unit and part.kind in (Kind.MONEY, Kind.MEASURE):
        candidates = [x for x in candidates if x.unit == part.unit]
    candidates = whole_candidates(ctx, part, candidates)
    for x in candidates:
        complement = g.COMPLEMENT_BEFORE.search(ctx.before(x, g.COMPLEMENT_BACK))
        if complement and not _whole_after_for(ctx, part, x, complement.group(1)):
            continue
        if x.quantity and (x.quantity.cue or "").lower() in g.COMPLEMENT_CUES:
            continue  # « six personnes ont trouvé la mort en 24 heures, dont trois … »
        if _partitive_whole(ctx, x):
            continue
        if x.noun_start is None and x.text.lower() in g.ITEM_INDEFINITE and float(part.value) > 1:
            continue  # « 16 870 bacheliers en ont obtenu une, dont 3 915 la mention très bien »
        return x
    return None


def _whole_after_for(ctx: Context, part: Claim, x: Claim, preposition: str) -> bool:
    """Whether a figure after « sur » or « pour » is still the whole of a « dont » part: it
    counts what the part counts (« Le jury a statué sur 60 dossiers, dont 12 refusés ») — a
    complement of place or purpose counts another kind of thing (« une aide pour 12
    communes, dont 300 foyers ») or stands in another unit."""
    if preposition not in ctx.grammar.COMPLEMENT_OF_KIND or x.kind != part.kind:
        return False
    if part.noun_start is None:
        # an elliptic part: the figure after « sur » is its whole only when no figure of its
        # kind stands before it (« 400 logements pour 12 communes, dont 150 à Nantes »)
        earlier = [y for y in ctx.previous(x) if y.kind == x.kind and y.sentence == x.sentence]
        return x.noun_start is not None and not earlier
    return bool(part.unit and x.unit and same_class(part.unit, x.unit))


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
            whole = _elliptic_subject_between(ctx, part, whole) or whole
            if whole is not None:
                ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.ANTECEDENT, part, whole)
                yield Subset(part.id, whole.id, ev)
            continue
        m = g.OF_THESE_AFTER.match(after) or _of_the_noun(ctx, part, after)
        if m and part.noun is None:
            whole = _group_by_noun(ctx, part, m.group("noun"))
            if whole is not None and float(whole.value) < float(part.value) and _told_as_share(ctx, whole):
                continue  # « 16 personnes décédées … (soit 28 %) … 43 des personnes décédées »: a part, not the group
            if whole is not None:
                ev = evidence(Cue.EXPLICIT, m.group("cue"), Attachment.NOUN, part, whole)
                yield Subset(part.id, whole.id, ev)


def _told_as_share(ctx: Context, c: Claim) -> bool:
    """Whether a figure is told as a share of something larger, by a percentage under 100
    after it in its clause (« 16 personnes sont décédées dans un accident lié à l'alcool
    (soit 28 %) »): a part of a group, which a later « des » + noun does not name."""
    share = next((x for x in ctx.after_in_sentence(c) if x.start >= c.end), None)
    if share is None or share.kind != Kind.PERCENT or not isinstance(share.value, int | float) or share.value >= 100:
        return False
    return bool(ctx.grammar.TOLD_AS_SHARE.fullmatch(ctx.text[c.end : share.start].lower()))


def _group_by_noun(ctx: Context, c: Claim, word: str) -> Claim | None:
    """The group a noun anaphor names (« de ces passages », « sur ces retraités », « Douze
    des licenciés »): the last figure before ``c`` counting ``word``, or else the last count
    whose verb gives its members that name (« L'usine a licencié 40 salariés »)."""
    whole = _by_noun(ctx, c, word, before_only=True)
    if whole is not None:
        return whole
    forms = set(ctx.grammar.event_forms([word.lower()]))
    return next(
        (x for x in ctx.previous(c, 2) if x.kind == Kind.COUNT and x.unit and x.event and x.event in forms),
        None,
    )


def _elliptic_subject_between(ctx: Context, part: Claim, found: Claim | None) -> Claim | None:
    """« Parmi les 2 650 candidats, 1 184 ont terminé leur année, et 312 d'entre eux
    enseignent »: the pronoun takes up the elliptic subject just before it in its sentence
    (no noun yet, so no antecedent the look-up can see), nearer than ``found``."""
    g = ctx.grammar
    for x in ctx.previous(part):
        if found is not None and x.start <= found.start:
            return None
        if x.kind != Kind.COUNT or x.qualifier != "exact" or x.noun_start is not None:
            continue
        if g.ELLIPTIC_SUBJECT_AFTER.match(ctx.after(x, 30)):
            gap = ctx.text[x.end : part.start].lower()
            return x if g.ELLIPTIC_SUBJECT_GAP.fullmatch(gap.replace("'", " ")) else None
        return None
    return None


def _of_the_noun(ctx: Context, part: Claim, after: str):
    """« Douze des licenciés »: an elliptic figure, « des » and the noun of a group counted
    before. Not « dix-neuf des vingt-quatre prévenus », a partitive of two figures (a claim
    stands where the noun would)."""
    m = ctx.grammar.OF_THE_NOUN_AFTER.match(after)
    if m is None:
        return None
    nxt = ctx.following(part)
    if nxt is not None and nxt.start <= part.end + m.end():
        return None
    return m


def link_sur(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« 58 sur 87 », « 1 150 postes sur les 4 800 »: N out of M. After an aside of parts
    (« 61 240 électeurs ont voté, dont 1 684 bulletins rejetés, sur 112 800 inscrits »),
    « , sur » tells what the head figure is out of, not its last part."""
    g = ctx.grammar
    whole_of = {r.part: r.whole for r in found if isinstance(r, Subset)}
    for part, whole in zip(ctx.claims, ctx.claims[1:], strict=False):
        if not (_counted(part) and _counted(whole)) or part.sentence != whole.sentence:
            continue
        if (part.kind == Kind.MONEY) != (whole.kind == Kind.MONEY):
            continue  # « sur ces deux placements est de 10,28 milliards »: money is no part of a count
        gap = _gap(ctx, part, whole)
        m = g.OUT_OF_GAP.fullmatch(gap)
        if not m:
            continue
        if part.id in whole_of and "," in gap:
            part = ctx.by_id[whole_of[part.id]]
        if g.OUT_OF_RANK.match(ctx.after(whole, g.OUT_OF_RANK_AHEAD)):
            continue  # « 92 sur les deux premières » : the two first stages, not a total
        cue = m.group("cue") or m.group("among")
        if part.unit and whole.unit and not counted_within(part.unit, whole.unit):
            continue  # « 12 femmes parmi ses 27 membres »: people among people
        if _mark(part, whole):
            continue  # « une moyenne de 20,84 sur 20 »: a mark on a scale, not a part of a whole
        if whole.text.lower() in g.ITEM_INDEFINITE:
            continue  # « deux feux qui prospèrent sur une végétation sèche »: an article
        if _year_written(g, whole) and float(whole.value) < float(part.value):
            continue  # « 19 000 naissances en moins sur 2015 »: over a year, not out of 2015
        if g.LENGTH_UNIT.fullmatch(part.unit or "") and g.LENGTH_UNIT.fullmatch(whole.unit or ""):
            continue  # « des salles de 8 pieds sur 4 pieds »: two sides, not a part of a whole
        yield Subset(part.id, whole.id, evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, part, whole))


def _year_written(g, c: Claim) -> bool:
    """Whether a figure is written like a year, four digits with no separator and no noun
    of its own, in the years the extractor reads (``g``: the language's grammar; « sur
    2015, »): a whole smaller than its part so written is a year."""
    return c.noun_start is None and c.text.isdigit() and len(c.text) == 4 and g.YEAR_MIN <= int(c.text) <= g.YEAR_MAX


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
    # « des 4 850 bénévoles, parmi lesquels 1 200 recrues »: read with « dont », right after its whole
    seen: set[str] = {r.part for r in found if isinstance(r, Subset) and r.evidence.cue_text.startswith(g.AMONG_CUE)}
    for c in ctx.claims:
        if not _counted(c) or c.id in seen:
            continue
        before = ctx.before(c, g.AMONG_BACK)
        whole, how, guessed = None, Attachment.ANTECEDENT, False
        m = g.AMONG_WHOLE.search(before)
        bare = g.OUT_OF_BARE.search(before) if not m else None
        if bare and _opens_with(ctx, c, bare.group("cue")) and c.noun_start is not None:
            # « Sur 4 600 inscrits, 2 990 ont voté »: no article, the whole opens the sentence
            later = [x for x in ctx.after_in_sentence(c) if _counted(x) and x.kind == c.kind]
            taken = {r.part for r in found if isinstance(r, Subset)}  # « 2 904 des 3 218 … »
            if (
                later
                and later[0].id not in taken
                and _may_be_part(later[0], c)
                and g.OUT_OF_BARE_TO_PART.fullmatch(_gap(ctx, c, later[0]))
            ):
                yield from _parts_of(ctx, c, later[0], bare.group("cue"), Attachment.ADJACENT, seen)
            continue
        if m and (m.group("among") or _opens_with(ctx, c, m.group("out_of"))):
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
            if in_brackets(ctx, first) and not in_brackets(ctx, c):
                continue  # « Parmi les cinq premiers (plus d'un million de visiteurs) »: what ranks them
            if _may_be_part(first, c):
                yield from _parts_of(ctx, c, first, m.group("among") or m.group("out_of"), Attachment.ADJACENT, seen)
            continue
        m = g.AMONG_PRONOUN.search(before)
        total = g.OF_THIS_TOTAL.search(before)
        demonstrative = g.AMONG_DEMONSTRATIVE.search(before)
        named = g.AMONG_NOUN_MORE.search(before)
        if named and named.group("cue") in g.OUT_OF_OPENING and not _opens_with(ctx, c, named.group("cue")):
            named = None  # « sur ces retraités » opens its sentence, or it is a complement
        if total:  # « Sur ce total, 142 … et 45 … »: the figure just stated
            whole = next((x for x in ctx.previous(c, 1) if _counted(x) and x.qualifier == "exact"), None)
        elif demonstrative:  # « Parmi ces derniers, 80 … », « parmi celles-ci »
            gender = g.DEMONSTRATIVE_GENDER[demonstrative.group("pronoun")]
            # the gender is a preference: the small model misreads some (« retraités » Fem)
            whole = _antecedent(ctx, c, gender, sentences=2) or _antecedent(ctx, c, None, sentences=1)
        elif named:  # « Sur ces retraités, 80 … », « Sur l'ensemble des visiteurs, … »
            whole, how = _group_by_noun(ctx, c, named.group("noun")), Attachment.NOUN
        elif m:
            pronoun = g.PRONOUN_ALIASES.get(m.group("pronoun"), m.group("pronoun"))
            whole = _antecedent(ctx, c, ctx.cues.PRONOUN_GENDER[pronoun], sentences=2)
        else:
            m = g.AMONG_NOUN.search(before)
            if m:
                traits = [m.group("trait").strip()] if m.group("trait") else []
                whole = _by_noun(ctx, c, m.group("noun"), g.event_forms(traits), larger_than=float(c.value))
                if whole is None:  # « Parmi les blessés figuraient 42 enfants » after « 30 blessés »: a slip
                    whole = _by_noun(ctx, c, m.group("noun"), before_only=True)
                    whole = whole if whole is not None and c.sentence - whole.sentence <= 2 else None
                if (
                    whole is not None
                    and m.group("complement")
                    and not _complement_told(ctx, m.group("complement"), whole)
                ):
                    whole = None  # « Parmi les visiteurs du jeudi »: not the visitors of the whole week
                how = Attachment.NOUN
                guessed = whole is not None and _rival_wholes(ctx, c, whole, m.group("noun"), g.event_forms(traits))
        if whole is not None and whole.start < c.start:
            yield from _parts_of(ctx, whole, c, g.AMONG_CUE, how, seen, guessed)
        elif whole is None and not (m or total or demonstrative or named):
            yield from _among_after(ctx, c, seen)
    yield from _including(ctx)


#: How far after a whole the complement that narrowed its noun may be told (« 68 420
#: demandeurs d'emploi sans aucune activité (catégorie A) »).
COMPLEMENT_AHEAD = 80


def _complement_told(ctx: Context, complement: str, whole: Claim) -> bool:
    """Whether a whole found by its noun carries the complement that narrowed the noun
    (« Parmi les demandeurs de catégorie A » and « 68 420 demandeurs … (catégorie A) »): one
    of the complement's words of three letters or more is among its traits, in its noun
    phrase or in a bracket right after it (« Parmi les visiteurs du jeudi » is not said of
    « 43 870 entrées en quatre jours, du jeudi 5 au dimanche 8 mars »)."""
    words = {noun_key(w) for w in complement.split() if len(w) >= 3}
    after = ctx.text[whole.end : whole.end + COMPLEMENT_AHEAD].lower()
    phrase = re.split(r"[,.;:!?(]", after, maxsplit=1)[0]  # its noun phrase, up to the punctuation
    told = phrase + " " + " ".join(re.findall(r"\(([^()]*)\)", after))
    return bool(words & {noun_key(t) for t in whole.traits}) or any(w in told for w in words)


def _rival_wholes(ctx: Context, part: Claim, whole: Claim, word: str, traits: Sequence[str] = ()) -> bool:
    """Whether another figure near ``part`` counts what ``word`` names, as ``whole`` does,
    with another value larger than the part: « Parmi les bulletins déposés, 1 460 … » after
    « 41 380 voix » and « 33 020 voix » (for another candidate) may be of either, or of
    neither. A whole that has the qualifying ``traits`` (« Parmi les personnes arrêtées »
    after « 41 personnes ont été arrêtées ») has no rival."""
    if set(traits) & set(whole.traits):
        return False
    key = noun_key(word)
    return any(
        x is not whole
        and x is not part
        and _counted(x)
        and x.unit
        and (x.unit == whole.unit or same_class_strict(x.unit, key))
        and x.qualifier == "exact"
        and x.value != whole.value
        and float(x.value) > float(part.value)
        for x in ctx.previous(part, max(2, part.sentence - whole.sentence))  # the sentences back to it
    )


def _may_be_part(part: Claim, whole: Claim) -> bool:
    """Whether the first figure after « Sur N <nom>, » may be part of it: elliptic, or a
    noun of the whole's class (« Sur les 60 candidats, 42 admis »), not another kind of
    thing (« Sur cinq matches, 12 buts marqués »), nor money for a count (« sur ces deux
    placements est de 10,28 milliards »)."""
    if (part.kind == Kind.MONEY) != (whole.kind == Kind.MONEY):
        return False
    if part.noun_start is None or not part.unit or not whole.unit:
        return True
    return counted_within(part.unit, whole.unit)


def _opens_with(ctx: Context, c: Claim, words: str) -> bool:
    """Whether ``c``'s sentence opens with ``words`` before ``c``, after any quotation mark,
    dash or bullet, and a short frame of time or place (``grammar.OPENING_FRAME``): « « Sur
    les 60 candidats, 42 … », « – Parmi eux, … », « Mercredi, sur les 64 lignes, 19 … »."""
    i, end = ctx.sentence_start(c), c.start
    marks = ctx.grammar.OPENING_MARKS
    while i < end and ctx.text[i] in marks:
        i += 1
    frame = ctx.grammar.OPENING_FRAME.match(ctx.lower, i, end)
    if frame and not ctx.lower.startswith(words, i):
        i = frame.end()  # « Mercredi, sur les 64 lignes, 19 … »: a short frame of time or place first
    return i + len(words) <= end and ctx.lower.startswith(words, i)


def _among_after(ctx: Context, part: Claim, seen: set[str]) -> Iterator[Relation]:
    """« Deux enseignants figurent parmi eux », « trois Français se trouvent parmi les
    victimes »: « parmi » after the part, with a verb of being among; the whole is the
    pronoun's antecedent or the figure counting the noun, stated before."""
    g = ctx.grammar
    after = ctx.text[part.noun_end or part.end : (part.noun_end or part.end) + g.AMONG_AFTER_AHEAD]
    m = g.AMONG_AFTER.match(after.lower().replace("’", "'"))
    if not m:
        return
    if m.group("pronoun"):
        pronoun = m.group("pronoun")
        gender = ctx.cues.PRONOUN_GENDER.get(pronoun) or g.DEMONSTRATIVE_GENDER.get(pronoun)
        whole, how = _antecedent(ctx, part, gender, sentences=2), Attachment.ANTECEDENT
    else:
        whole = _by_noun(ctx, part, m.group("noun"), larger_than=float(part.value), before_only=True)
        how = Attachment.NOUN
    if whole is not None and whole.start < part.start and whole.id not in seen:
        seen.add(part.id)
        yield Subset(part.id, whole.id, evidence(Cue.EXPLICIT, m.group("cue"), how, part, whole))


def _including(ctx: Context) -> Iterator[Relation]:
    """« L'usine emploie 2 900 salariés à temps plein. En incluant les temps partiels,
    l'effectif atteint 3 200 »: the figure after the inclusion adds a group to the figure of
    the same things stated just before, which is part of it."""
    g = ctx.grammar
    for whole in ctx.claims:
        if not _counted(whole) or whole.qualifier != "exact":
            continue
        m = g.INCLUDING.search(ctx.before(whole, g.INCLUDING_BACK))
        if not m or not whole.unit or g.INCLUDED_GROUP_FIGURE.search(m.group(0)):
            continue
        part = next(
            (
                x
                for x in ctx.previous(whole, 2)
                if _counted(x) and x.kind == whole.kind and x.unit and same_class(x.unit, whole.unit)
            ),
            None,
        )
        if part is not None and part.sentence < whole.sentence:
            # the cue says a group is added, not which figure it is added to: explicit only for
            # the same things (or near-synonyms: « salariés » / « effectif ») in the sentence
            # just before, found by its noun otherwise
            sure = part.sentence == whole.sentence - 1 and same_class_strict(part.unit, whole.unit)
            cue, how = (Cue.EXPLICIT, Attachment.PRECEDING) if sure else (Cue.PATTERN, Attachment.NOUN)
            yield Subset(part.id, whole.id, evidence(cue, m.group("cue"), how, part, whole))


def _parts_of(
    ctx: Context, whole: Claim, first: Claim, cue: str, how: Attachment, seen: set[str], guessed: bool = False
) -> Iterator[Relation]:
    """Subsets for ``first`` and the figures listed with it, and their total (at most the
    whole): « Parmi eux, 1 618 résident en France et 519 en Belgique ». ``cue`` is the cue's
    text, ``how`` the way ``whole`` was found, ``guessed`` whether that whole is only a guess."""
    parts = [first, *_coordinated(ctx, first, max_words=14)]
    if any((p.kind == Kind.MONEY) != (whole.kind == Kind.MONEY) for p in parts):
        return  # « sur ces deux placements est de 10,28 milliards »: money is no part of a count
    seen.update(p.id for p in parts)
    kind = Cue.GUESS if guessed else Cue.EXPLICIT
    for p in parts:
        yield Subset(p.id, whole.id, evidence(kind, cue, how, p, whole))
    if len(parts) > 1 and not any(_has_own_verb(ctx, p) for p in parts[1:]):
        yield Total(whole.id, tuple(p.id for p in parts), False, evidence(kind, cue, how, whole, *parts))


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
    yield from _there(ctx)


def _there(ctx: Context) -> Iterator[Relation]:
    """« Quatorze patients ont été admis en réanimation, et neuf s'y trouvaient toujours »:
    an elliptic subject with « y », which points back at the place the group just counted
    went to, is part of that group."""
    g = ctx.grammar
    for part in ctx.claims:
        if part.kind != Kind.COUNT or part.noun_start is not None or part.unit is not None:
            continue
        m = g.THERE_AFTER.match(ctx.after(part, 12))
        if not m:
            continue
        whole = next(iter(ctx.previous(part)), None)
        if whole is None or whole.kind != Kind.COUNT or whole.noun_end is None:
            continue
        if g.ELLIPTIC_SUBJECT_GAP.fullmatch(ctx.text[whole.noun_end : part.start].lower()):
            yield Subset(part.id, whole.id, evidence(Cue.PATTERN, m.group("cue"), Attachment.ANTECEDENT, part, whole))


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
