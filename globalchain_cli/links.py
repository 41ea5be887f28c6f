"""Relations the text itself states between figures: "dont", "parmi", "sur", "soit"…

Each linker reads one French construction and returns ``Link`` objects; the
rules then check the arithmetic. A linker never decides whether the figures
agree: it only says which figures the sentence relates, and how.

    linker            construction                                  link
    ----------------  --------------------------------------------  ---------------
    link_dont         « 1 374 victimes, dont 153 enfants »          subset (+ sum)
    link_partitive    « dix-neuf des vingt-quatre prévenus »        subset
    link_entre        « 17 d'entre elles », « 412 de ces passages »  subset
    link_sur          « 58 sur 87 », « 1 150 postes sur les 4 800 »  subset
    link_among        « Parmi les 47 victimes figurent 29 … et 3 »  subset (+ sum)
    link_en           « identifier 362 suspects et d'en arrêter 219 » subset
                      « 82,4 TWh … Le nucléaire en a assuré 33,1 TWh » subset (+ sum)
    link_others       « … et relaxé les cinq autres »               sum (complete)
    link_breakdown    « 146 concerts : 92 … et 54 … »               sum
    link_share        « 2 904 …, soit 90 % du total »               percent
    link_share_of     « représente 13 % des 25 000 hectares »       percent (guessed part)
    link_total        « Au total, 9 412 suffrages » after the list  sum (guessed)
    link_change       « en hausse de 20 %, de 100 à 120 »           change
    link_count_list   « trois provinces, Anvers, X et Y »           count_list
    link_duration     « pendant onze jours, du 21 juin au 1er juillet » duration

``resolve_units`` then gives elliptic figures ("d'en arrêter 219") the unit of
the figure they refer to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from .claims import noun_key, same_class, same_population, sentence_spans, with_unit
from .lang.fr import cues
from .model import Claim, Kind, Link

COUNTABLE = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE})
WHOLE_KINDS = COUNTABLE | {Kind.DURATION}
SHARE_KINDS = frozenset({Kind.PERCENT, Kind.FRACTION})
#: How many sentences apart two figures may be and still be related by a noun or a pronoun.
WINDOW = 30


class Context:
    """The text, its parse and its claims, with the look-ups every linker needs."""

    def __init__(self, text: str, doc, claims: Sequence[Claim], sents: Sequence[tuple[int, int]] | None = None):
        self.text = text
        self.doc = doc
        self.claims = list(claims)
        self.by_id = {c.id: c for c in claims}
        self.position = {c.id: i for i, c in enumerate(self.claims)}
        self.by_sentence: dict[int, list[Claim]] = {}
        for c in self.claims:
            self.by_sentence.setdefault(c.sentence, []).append(c)
        if sents is None:
            sents = sentence_spans(doc, text) if doc is not None else []
        self.sent_bounds = list(sents)

    def before(self, c: Claim, width: int = 40) -> str:
        """Lower-case text just before the claim (before its bound words, if any)."""
        start = c.quantity.cue_start if c.quantity and c.quantity.cue_start is not None else c.start
        return self.text[max(0, start - width) : start].lower().replace("’", "'")

    def after(self, c: Claim, width: int = 40) -> str:
        return self.text[c.end : c.end + width].lower().replace("’", "'")

    def in_sentence(self, c: Claim) -> list[Claim]:
        return self.by_sentence.get(c.sentence, [])

    def sentence_claims(self, sentence: int) -> list[Claim]:
        return self.by_sentence.get(sentence, [])

    def previous(self, c: Claim, sentences: int = 0) -> list[Claim]:
        """Claims before ``c``, nearest first, within ``sentences`` sentences back."""
        out = []
        for s in range(c.sentence, c.sentence - sentences - 1, -1):
            out += [x for x in reversed(self.by_sentence.get(s, [])) if x.start < c.start]
        return out

    def near(self, c: Claim, sentences: int = WINDOW) -> list[Claim]:
        """Claims within ``sentences`` sentences of ``c``, in text order: far-apart figures of a
        very long text are never related (and the work stays linear in its length)."""
        out = []
        for s in range(c.sentence - sentences, c.sentence + sentences + 1):
            out += self.by_sentence.get(s, [])
        return out

    def following(self, c: Claim) -> Claim | None:
        """The next claim in the text."""
        i = self.position[c.id] + 1
        return self.claims[i] if i < len(self.claims) else None

    def gender(self, c: Claim) -> str | None:
        if c.noun_start is None or self.doc is None:
            return None
        span = self.doc.char_span(c.noun_start, c.noun_end, alignment_mode="expand")
        if span is None:
            return None
        g = span[0].morph.get("Gender")
        return g[0] if g else None

    def sentence_start(self, c: Claim) -> int:
        return self.sent_bounds[c.sentence][0] if self.sent_bounds else 0


def _counted(c: Claim) -> bool:
    return c.kind in COUNTABLE and c.qualifier != "range"


def _gap(ctx: Context, a: Claim, b: Claim) -> str:
    """Text between two claims, the first one's noun excluded, lower-case."""
    start = a.noun_end if a.noun_end is not None and a.noun_end <= b.start else a.end
    return ctx.text[start : b.start].lower().replace("’", "'")


def _coordinated(ctx: Context, first: Claim, max_words: int = 8) -> list[Claim]:
    """Claims listed after ``first`` in its sentence: « 37 mineurs et 19 femmes »,
    « 92 sur les deux premières et 54 au Club » (a figure inside a complement is skipped)."""
    out, prev = [], first
    for c in ctx.in_sentence(first):
        if c.start <= prev.start:
            continue
        gap = _gap(ctx, prev, c)
        if "." in gap or ";" in gap or ":" in gap or len(gap.split()) > max_words:
            break
        if re.search(r"\b(dont|soit|contre|parmi)\b", gap):
            break
        if c.kind != first.kind or (c.kind != Kind.COUNT and c.unit != first.unit):
            continue  # « dont quatre ferme, et à 300 000 euros d'amende »: another kind of figure
        if not _counted(c) or not re.search(r"(,|\bet|\bainsi que)(\s+[\w'’-]+){0,3}\s*$", gap):
            continue  # « 33,1 TWh, le gaz 17,6 TWh et les renouvelables 28,9 TWh »
        if re.match(r"\s*(d'entre|des|de ces)\b", ctx.after(c, 12)):
            break  # « dont 29 dans la capitale, et 17 d'entre elles … »: a part of another group
        out.append(c)
        prev = c
        if re.search(r"\bet(\s+[\w'’-]+){0,3}\s*$", gap):
            break
    return out


def _partitive_whole(ctx: Context, c: Claim) -> bool:
    """Whether ``c`` is the whole of « N des M » (so the sentence is about N)."""
    return bool(re.search(r"\b(des|de ces|d'entre les)\s*$", ctx.before(c, 12))) and any(
        x.end <= c.start and c.start - x.end <= 12 for x in ctx.previous(c)
    )


def _antecedent(ctx: Context, c: Claim, gender: str | None = None, sentences: int = 2) -> Claim | None:
    """The figure a pronoun or an elliptic figure refers to: nearest counted figure with a noun."""
    for x in ctx.previous(c, sentences):
        if x is c or not _counted(x) or x.unit is None:
            continue
        if gender and ctx.gender(x) not in (None, gender):
            continue
        return x
    return None


def _by_noun(
    ctx: Context,
    c: Claim,
    word: str,
    traits: Sequence[str] = (),
    larger_than: float | None = None,
    loose: bool = False,
    before_only: bool = False,
) -> Claim | None:
    """The figure counting ``word`` ("passages", "suffrages exprimés"). Preferred, in order:
    an exact figure, the very noun, the qualifying ``traits``, one stated before ``c``, the
    nearest. A whole must be larger than its part (``larger_than``); ``loose`` accepts any
    count of people for a word naming people; ``before_only`` for anaphora (« de ces … »)."""
    key = noun_key(word)
    match = same_population if loose else same_class
    found = [x for x in ctx.near(c) if x is not c and _counted(x) and x.unit and match(x.unit, key)]
    if larger_than is not None:
        found = [x for x in found if float(x.value) > larger_than and x.qualifier == "exact" and not x.scope]
    if before_only:
        found = [x for x in found if x.start < c.start]

    def rank(x: Claim) -> tuple:
        return (
            x.qualifier != "exact",
            x.unit != key,
            not (set(traits) & set(x.traits)),
            x.start > c.start,
            abs(x.start - c.start),
        )

    return min(found, key=rank, default=None)


def link_dont(ctx: Context) -> Iterator[Link]:
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
            yield Link("subset", m.group(1), p.id, whole.id)
        if len(parts) > 1 and not any(_has_own_verb(ctx, p) for p in parts[1:]):
            yield Link("sum", m.group(1), whole.id, whole.id, tuple(p.id for p in parts))


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


def link_partitive(ctx: Context) -> Iterator[Link]:
    """« dix-neuf des vingt-quatre prévenus », « 19 de ces 62 buts »: N of the M."""
    for part, whole in zip(ctx.claims, ctx.claims[1:], strict=False):
        if not (_counted(part) and _counted(whole)) or part.sentence != whole.sentence:
            continue
        gap = ctx.text[part.end : whole.start].lower().replace("’", "'")
        if re.fullmatch(r"\s*(des|de ces|d'entre les|parmi les)\s*", gap):
            yield Link("subset", gap.strip(), part.id, whole.id)
            yield from _shares_after(ctx, part, whole)


def _shares_after(ctx: Context, part: Claim, whole: Claim) -> Iterator[Link]:
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
        yield Link("sum", "contre", whole.id, whole.id, (part.id, *(o.id for o in others)))


def link_entre(ctx: Context) -> Iterator[Link]:
    """« 17 d'entre elles », « 412 de ces passages »: a part of a group named before."""
    for part in ctx.claims:
        if not _counted(part):
            continue
        after = ctx.after(part, 40)
        m = re.match(r"\s*d'entre (eux|elles)\b", after)
        if m:
            whole = _antecedent(ctx, part, cues.PRONOUN_GENDER[m.group(1)])
            if whole is not None:
                yield Link("subset", "d'entre " + m.group(1), part.id, whole.id)
            continue
        m = re.match(r"\s*de (ces|ses|leurs) ([a-zàâçéèêëîïôûùüÿœ-]+)", after)
        if m and part.noun is None:
            whole = _by_noun(ctx, part, m.group(2), before_only=True)
            if whole is not None:
                yield Link("subset", "de " + m.group(1), part.id, whole.id)


def link_sur(ctx: Context) -> Iterator[Link]:
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
        yield Link("subset", "sur", part.id, whole.id)


def link_among(ctx: Context) -> Iterator[Link]:
    """« Parmi les 47 victimes figurent 29 …, 11 … et 3 … », « Sur les 6 victimes, quatre … »,
    « Parmi les personnes arrêtées, 23 … », « parmi lesquels 6 voitures », « Parmi eux, 38 … »."""
    seen: set[str] = set()
    for c in ctx.claims:
        if not _counted(c) or c.id in seen:
            continue
        before = ctx.before(c, 80)
        whole = None
        m = re.search(r"\b(parmi|sur) (les|ces) $", before)
        opening = ctx.text[ctx.sentence_start(c) : c.start].lower().lstrip()
        if m and (m.group(1) == "parmi" or opening.startswith("sur")):
            # c is the whole; the parts follow it in the sentence
            later = [x for x in ctx.in_sentence(c) if x.start > c.start and _counted(x) and x.kind == c.kind]
            if not later:
                continue
            first = later[0]
            yield from _parts_of(ctx, c, first, m.group(1), seen)
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
        if whole is not None and whole.start < c.start:
            yield from _parts_of(ctx, whole, c, "parmi", seen)


def _parts_of(ctx: Context, whole: Claim, first: Claim, cue: str, seen: set[str]) -> Iterator[Link]:
    """Subset links for ``first`` and the figures listed with it, and their sum (at most
    the whole): « Parmi eux, 1 618 résident en France et 519 en Belgique »."""
    parts = [first, *_coordinated(ctx, first, max_words=14)]
    seen.update(p.id for p in parts)
    for p in parts:
        yield Link("subset", cue, p.id, whole.id)
    if len(parts) > 1 and not any(_has_own_verb(ctx, p) for p in parts[1:]):
        yield Link("sum", cue, whole.id, whole.id, tuple(p.id for p in parts))


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


def _event_forms(words: Sequence[str]) -> list[str]:
    """Lemma guesses for a participle read from raw text ("arrêtées" → "arrêter")."""
    out = []
    for w in words:
        stem = re.sub(r"(ée?s?|és)$", "", w)
        out += [w, stem + "er", stem + "é"]
        for group in cues.EVENT_GROUPS.values():
            if stem + "er" in group:
                out += list(group)
    return out


def link_en(ctx: Context) -> Iterator[Link]:
    """« identifier 362 suspects et d'en arrêter 219 »: 219 of the 362 suspects."""
    for part in ctx.claims:
        if not _counted(part) or part.noun is not None:
            continue
        if re.search(r"\bd'en \w+\s*$", ctx.before(part, 30)):
            whole = _antecedent(ctx, part, sentences=0)
            if whole is not None:
                yield Link("subset", "d'en", part.id, whole.id)
    yield from _en_shares(ctx)


def _en_shares(ctx: Context) -> Iterator[Link]:
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
        yield from _parts_of(ctx, whole, part, "en", seen)


def link_others(ctx: Context, links: Sequence[Link]) -> Iterator[Link]:
    """« dix-neuf des vingt-quatre prévenus …, et relaxé les cinq autres »: the rest of a whole."""
    subsets = [lk for lk in links if lk.kind == "subset"]
    for c in ctx.claims:
        if not _counted(c) or not re.match(r"\s*autres\b", ctx.after(c, 10)):
            continue
        if not re.search(r"\b(les|ces)\s*$", ctx.before(c, 8)):
            continue
        earlier = [
            lk for lk in subsets if ctx.by_id[lk.a].start < c.start and c.sentence - ctx.by_id[lk.a].sentence <= 2
        ]
        if earlier:
            lk = max(earlier, key=lambda x: ctx.by_id[x.a].start)
            yield Link("sum", "autres", lk.b, lk.b, (lk.a, c.id), complete=True)


def link_breakdown(ctx: Context) -> Iterator[Link]:
    """« 146 concerts … : 92 sur les deux premières et 54 au Club », « le chiffre d'affaires,
    de 2 312 millions, se répartit entre 1 605 millions … et 707 millions », « 34 matches,
    pour 21 victoires, 8 nuls et 5 défaites »: a total and the list of its parts."""
    for c in ctx.claims:
        if not _counted(c):
            continue
        prev = [x for x in ctx.in_sentence(c) if x.start < c.start]
        lead_start = prev[-1].end if prev else ctx.sentence_start(c)
        lead = ctx.text[lead_start : c.start].lower().replace("’", "'")
        cue = None
        if re.search(r"\br[ée]partit?(ssent)? (entre|en)\s*$", lead):
            cue = "se répartit entre"
        elif re.search(r":\s*$", lead):
            cue = ":"
        elif re.search(r",\s*(pour|soit|à savoir)\s*$", lead):
            cue = re.search(r"(pour|soit|à savoir)\s*$", lead).group(1)
        elif re.search(r",\s*$", lead):
            cue = ","
        if cue is None:
            continue
        parts = [c, *_coordinated(ctx, c)]
        if len(parts) < 2:
            continue
        units = {p.unit for p in parts if p.unit}
        candidates = [x for x in prev if x.kind in COUNTABLE and x.id not in {p.id for p in parts}]
        if cue == ",":
            # an apposition only breaks a total down when the parts are kinds of it
            candidates = [
                x
                for x in candidates
                if x.unit and all(not p.unit or (p.noun or "")[:1].isupper() or _kind_of(p.unit, x.unit) for p in parts)
            ]
        if cue == "se répartit entre" and not candidates:
            candidates = [x for x in ctx.previous(c, 2) if x.kind in COUNTABLE and (not units or x.unit in units)]
            subject = _lemmas(ctx, ctx.sentence_start(c), c.start)
            groups = [g for g in cues.EVENT_GROUPS.values() if g & subject]
            candidates.sort(key=lambda x: not any(g & set(x.traits) for g in groups))
        if not candidates:
            continue
        total = sum(float(p.value) for p in parts)
        # a colon or « se répartit » names the total first; an apposition follows it directly
        fallback = candidates[0] if cue != "," else _right_before(ctx, candidates, c)
        whole = next((x for x in candidates if float(x.value) == total), fallback)
        if whole is None:
            continue
        yield Link("sum", cue, whole.id, whole.id, tuple(p.id for p in parts), complete=cue != ",")


def _right_before(ctx: Context, candidates: Sequence[Claim], first_part: Claim) -> Claim | None:
    """The figure whose noun group runs up to the comma before the list:
    « neuf avions bombardiers d'eau, six Canadair et trois Dash »."""
    if not candidates:
        return None
    x = max(candidates, key=lambda x: x.start)
    gap = ctx.text[(x.noun_end or x.end) : first_part.start]
    if (x.noun or "")[:1].isupper():
        return None  # « 58 Erythréens, 41 Soudanais et 19 Syriens »: siblings, not a total
    return x if len(gap.split()) <= 4 and gap.count(",") == 1 else None


def _lemmas(ctx: Context, start: int, end: int) -> set[str]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if ctx.doc is not None else None
    return {t.lemma_.lower() for t in span} if span is not None else set()


def _kind_of(part_unit: str, whole_unit: str) -> bool:
    """Whether a part's noun is a kind of the whole's ("ouvrier" of "personne")."""
    members = cues.NOUN_CLASSES.get(whole_unit)
    return bool(members and part_unit in members)


_CHANGE = re.compile(r"\b(" + "|".join(cues.CHANGE_WORDS) + r")\s+(?:de\s+|d'\s*)$")
_MULTIPLY = re.compile(r"\b(" + "|".join(cues.MULTIPLIERS) + r")\b")


def link_change(ctx: Context) -> Iterator[Link]:
    """« en hausse de 20 %, de 100 à 120 », « 143 millions, contre 97 millions un an plus tôt,
    soit une hausse de 47 % », « a doublé, de 40 à 80 »: a change and the two figures it
    goes between. ``parts`` are (before, after); ``cue`` gives the direction or factor."""
    for c in ctx.claims:
        before = ctx.before(c, 40)
        m = _CHANGE.search(before) if c.kind == Kind.PERCENT else None
        if m:
            pair = _from_to(ctx, c) or _versus(ctx, c) or _to_versus(ctx, c)
            if pair:
                yield Link("change", m.group(1), c.id, None, pair)
    for sent_index in ctx.by_sentence:
        start, end = ctx.sent_bounds[sent_index] if ctx.sent_bounds else (0, len(ctx.text))
        m = _MULTIPLY.search(ctx.text.lower(), start, end)
        if not m:
            continue
        figures = [x for x in ctx.sentence_claims(sent_index) if _counted(x) and x.start > m.end()]
        if (
            len(figures) >= 2
            and re.fullmatch(r"[^.;]{0,30}?\bde\s*", ctx.text[m.end() : figures[0].start])
            and re.fullmatch(r"\s*(à|a)\s*", _gap(ctx, figures[0], figures[1]))
        ):
            yield Link("change", m.group(1), figures[0].id, None, (figures[0].id, figures[1].id))


def _two_after(ctx: Context, change: Claim, lead: str, between: str) -> tuple[Claim, Claim] | None:
    """The two figures after a change, when the words before the first (``lead``) and between
    them (``between``) are the ones given."""
    later = [x for x in ctx.in_sentence(change) if x.start > change.end and _counted(x)]
    if len(later) < 2:
        return None
    a, b = later[0], later[1]
    if re.fullmatch(lead, ctx.text[change.end : a.start].lower()) and re.search(between, _gap(ctx, a, b)):
        return a, b
    return None


def _from_to(ctx: Context, change: Claim) -> tuple[str, str] | None:
    """« hausse de 20 %, de 100 à 120 » / « passant de 100 à 120 »: (before, after)."""
    pair = _two_after(ctx, change, r"\s*,?\s*(passant\s+)?de\s*", r"^\s*à\s*$")
    return (pair[0].id, pair[1].id) if pair else None


def _to_versus(ctx: Context, change: Claim) -> tuple[str, str] | None:
    """« a chuté de 18 %, à 12 400 transactions, contre 15 100 l'an dernier »: (before, after)."""
    pair = _two_after(ctx, change, r"\s*,?\s*(pour atteindre|à)\s*", r",\s*contre\s*$")
    return (pair[1].id, pair[0].id) if pair else None


def _versus(ctx: Context, change: Claim) -> tuple[str, str] | None:
    """« 143 millions d'euros, contre 97 millions un an plus tôt, soit une hausse de 47 % »."""
    earlier = [x for x in ctx.in_sentence(change) if x.end <= change.start and _counted(x)]
    if len(earlier) < 2:
        return None
    new, old = earlier[-2], earlier[-1]
    if re.search(r",\s*contre\s*$", _gap(ctx, new, old)) and re.search(r"\bsoit\b", ctx.text[old.end : change.start]):
        return old.id, new.id
    return None


def link_share_of(ctx: Context) -> Iterator[Link]:
    """« La surface brûlée représente 13 % des 25 000 hectares du massif »: a share of the
    figure that follows it; the part is the nearest figure counted in the same unit (a
    guess, so the rule only confirms it)."""
    for share in ctx.claims:
        if share.kind != Kind.PERCENT:
            continue
        whole = ctx.following(share)
        whole = whole if whole is not None and _counted(whole) else None
        if whole is None or not re.fullmatch(r"\s*(des|de|du)\s*", ctx.text[share.end : whole.start]):
            continue
        part = next(
            (
                x
                for x in ctx.previous(share, 3)
                if _counted(x)
                and x.unit == whole.unit
                and x.qualifier == "exact"
                and not x.scope
                and float(x.value) < float(whole.value)
            ),
            None,
        )
        if part is not None:
            yield Link("percent", "des", share.id, None, (part.id, whole.id), guessed=True)


def link_total(ctx: Context, links: Sequence[Link]) -> Iterator[Link]:
    """« Au total, 9 412 suffrages ont été exprimés » after « 4 987 voix … 3 116 voix … 1 309 voix »:
    a stated total of the figures of the same kind listed before it in the paragraph (a
    guess: the list may be incomplete, so the rule only confirms it)."""
    wholes = {lk.b for lk in links if lk.kind in ("subset", "sum")}
    for total in ctx.claims:
        if not _counted(total) or not total.unit:
            continue
        if not re.search(r"\bau total,?\s*$|\ben tout,?\s*$", ctx.before(total, 14)):
            continue
        para_start = ctx.text.rfind("\n", 0, total.start) + 1
        parts = [
            x
            for x in ctx.previous(total, WINDOW)
            if para_start <= x.start < total.start
            and _counted(x)
            and x.id not in wholes
            and x.qualifier == "exact"
            and not x.scope
            and x.unit
            and same_class(x.unit, total.unit)
        ]
        if len(parts) >= 2:
            yield Link("sum", "au total", total.id, total.id, tuple(p.id for p in parts), guessed=True)


def link_share(ctx: Context, links: Sequence[Link]) -> Iterator[Link]:
    """« 2 904 se sont révélés frauduleux, soit 90 % du total », « 412 de ces passages, soit 18 % »,
    « soit 52,99 % des suffrages exprimés », « soit un quart du public »."""
    whole_of = {lk.a: lk.b for lk in links if lk.kind == "subset"}
    for share in ctx.claims:
        if share.kind not in SHARE_KINDS:
            continue
        before = ctx.before(share, 50)
        if not re.search(r"\b(soit|une proportion de|un taux de|une part de)\b[^\d.;:!?]{0,40}$", before):
            continue
        part = next((x for x in ctx.previous(share) if _counted(x)), None)
        if part is None:
            continue
        inner = [p for p, w in whole_of.items() if w == part.id and ctx.by_id[p].sentence == part.sentence]
        if inner:  # « 58 sur 87, soit 67 % »: the share is of the part, not of the whole
            part = ctx.by_id[inner[-1]]
        after = ctx.after(share, 40)
        if re.match(r"\s*(de plus|de moins|d'augmentation|de hausse|de baisse|par rapport|sur un an|en un an)", after):
            continue  # « soit 12 % de plus »: a change, not a share
        whole, guessed = None, False
        if part.id in whole_of:
            whole = ctx.by_id[whole_of[part.id]]
        elif re.match(r"\s*du total\b", after):
            same = [
                x
                for x in ctx.previous(share, 3)
                if _counted(x)
                and x is not part
                and same_class(x.unit, part.unit)
                and float(x.value) > float(part.value)
                and x.qualifier == "exact"
            ]
            whole = max(same, key=lambda x: float(x.value), default=None)
        else:
            n = re.match(
                r"\s*(?:des|du|de la|de l'|d')\s*([a-zàâçéèêëîïôûùüÿœ-]+)(?: ([a-zàâçéèêëîïôûùüÿœ-]+))?", after
            )
            if n:
                traits = _event_forms([n.group(2)]) if n.group(2) else []
                whole = _by_noun(ctx, part, n.group(1), traits, larger_than=float(part.value))
                if whole is None:  # « des participants »: only a guess among the people counted
                    whole, guessed = _by_noun(ctx, part, n.group(1), traits, float(part.value), loose=True), True
        if whole is None:
            topics = [
                lk for lk in links if lk.kind in ("subset", "sum") and lk.b and ctx.by_id[lk.b].start < part.start
            ]
            if topics:
                whole, guessed = ctx.by_id[topics[-1].b], True
        if whole is not None and whole is not part:
            siblings = [lk.parts for lk in links if lk.kind == "sum" and part.id in lk.parts and len(lk.parts) > 1]
            if siblings:  # « 142 … et 45 …, une proportion de plus des trois quarts »: of which one?
                part, guessed = _matching_part(ctx, share, siblings[0], whole) or (part, True)
            yield Link("percent", "soit", share.id, None, (part.id, whole.id), guessed=guessed)


def _matching_part(ctx: Context, share: Claim, parts: Sequence[str], whole: Claim) -> tuple[Claim, bool] | None:
    """The one listed part whose share of the whole is the one stated, if exactly one is."""
    from .rules.percent import stated_interval

    interval = stated_interval(share)
    if interval is None or not whole.value:
        return None
    fits = [
        ctx.by_id[p]
        for p in parts
        if interval[0] <= 100.0 * float(ctx.by_id[p].value) / float(whole.value) <= interval[1]
    ]
    return (fits[0], False) if len(fits) == 1 else None


_ITEM_SPLIT = re.compile(r"\s*,\s*(?:et\s+)?|\s+et\s+")


def link_count_list(ctx: Context) -> Iterator[Link]:
    """« trois provinces, Anvers, le Limbourg et le Brabant flamand »: a count and its list."""
    for c in ctx.claims:
        if c.kind != Kind.COUNT or c.noun_end is None or not isinstance(c.value, int) or not 2 <= c.value <= 12:
            continue
        stop = re.compile(r"[.;!?\n]").search(ctx.text, c.noun_end)
        rest = ctx.text[c.noun_end : stop.start() if stop else len(ctx.text)]
        m = re.match(r"(?P<gap>[^,:;.–—(]{0,60}?)\s*(?P<sep>[,:–—(])\s*", rest)
        if not m:
            continue
        if m.group("sep") in "–—(":  # « huit organisations – la CFDT, … et la FSU – »
            close = {"–": "–", "—": "—", "(": ")"}[m.group("sep")]
            end = rest.find(close, m.end())
            if end < 0:
                continue
            rest = rest[:end]
        gap = m.group("gap")
        if m.group("sep") == "," and len(gap.split()) > 4:
            continue
        if re.match(
            r"\s*(dont|notamment|parmi|comme|tels?|telles?|en particulier|y compris|surtout|entre autres)\b",
            rest[m.end() :],
            re.I,
        ):
            continue  # « 12 pays, dont la France et l'Italie »: a few of them, not the list
        items = _list_items(rest, m.end())
        if items is None or len(items) < 2:
            continue
        base = c.noun_end
        spans = tuple((base + s, base + e) for s, e in items)
        if any(x.start < spans[-1][1] and x.end > spans[0][0] and _counted(x) for x in ctx.near(c, 1)):
            continue  # figures in the list: a breakdown, not a list of names
        if 3 * sum(not _names_things(ctx, span) for span in spans) > len(spans):
            continue  # « sept membres, élus pour quatre ans et renouvelables »: a description, not names
        yield Link("count_list", m.group("sep"), c.id, items=spans)


def _names_things(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether a list item opens like a name or a noun group (not a participle or adjective)."""
    if ctx.doc is None:
        return True
    item = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if item is None or not len(item):
        return False
    first = next((t for t in item if not t.is_punct), item[0])
    return first.pos_ in ("NOUN", "PROPN", "DET", "ADP", "NUM", "X") or first.text[:1].isupper()


_NAME = r"(?:l['’]|le |la |les )?[A-ZÀ-ÖØ-Ý«][\w'’»-]*(?:\s[\w'’«»-]+){0,3}?"
_LIST_BEFORE = re.compile(rf"((?:{_NAME},\s*)+{_NAME}\s+et\s+{_NAME})\s*[:;,]?\s*(?:dans|à|pour|de|sur|parmi|en)?\s*$")


def link_count_list_before(ctx: Context) -> Iterator[Link]:
    """« … à Paris, Marseille, Lyon, Toulouse et Nantes : dans ces cinq villes … »: a
    demonstrative count of the names listed just before it."""
    for c in ctx.claims:
        if c.kind != Kind.COUNT or not c.demonstrative or not isinstance(c.value, int) or not 2 <= c.value <= 12:
            continue
        start = max(ctx.text.rfind(".", 0, c.start), ctx.text.rfind("\n", 0, c.start)) + 1
        head = ctx.text[start : c.start]
        head = re.sub(r"\b[Cc]es\s*$", "", head)
        m = _LIST_BEFORE.search(head)
        if not m:
            continue
        names = [x for x in re.split(r",\s*|\s+et\s+", m.group(1)) if x.strip()]
        if len(names) < 2:
            continue
        spans, pos = [], start + m.start(1)
        for name in names:
            at = ctx.text.index(name, pos)
            spans.append((at, at + len(name)))
            pos = at + len(name)
        yield Link("count_list", "ces", c.id, items=tuple(spans))


def list_claims(ctx: Context, links: Sequence[Link], line_col) -> tuple[list[Claim], list[Link]]:
    """Each counted list becomes a claim of its own (kind LIST, value = number of items),
    so findings can point at the list as well as at the count."""
    claims, out = list(ctx.claims), []
    for lk in links:
        if lk.kind != "count_list":
            out.append(lk)
            continue
        start, end = lk.items[0][0], lk.items[-1][1]
        line, col = line_col(start)
        count = ctx.by_id[lk.a]
        lst = Claim(
            id=f"c{len(claims) + 1}",
            start=start,
            end=end,
            text=ctx.text[start:end],
            line=line,
            column=col,
            kind=Kind.LIST,
            value=len(lk.items),
            unit=count.unit,
            sentence=count.sentence,
        )
        claims.append(lst)
        out.append(replace(lk, b=lst.id))
    return claims, out


def _list_items(rest: str, pos: int) -> list[tuple[int, int]] | None:
    """Spans of the items of « A, B et C » starting at ``pos``; None if no closing "et"."""
    region_end = len(rest)
    m_end = re.search(r"[:]", rest[pos:])
    if m_end:
        region_end = pos + m_end.start()
    region = rest[pos:region_end]
    region_clean = re.sub(r"\([^)]*\)", lambda x: " " * len(x.group()), region)
    serial = bool(re.search(r",\s*et\s", region_clean))
    splitter = re.compile(r"\s*,\s*(?:et\s+)?") if serial else _ITEM_SPLIT
    items: list[tuple[int, int]] = []
    cursor, closed = 0, False
    for sep in splitter.finditer(region_clean):
        items.append((cursor, sep.start()))
        cursor = sep.end()
        if "et" in sep.group():
            closed = True
            nxt = re.search(r"\s*,", region_clean[cursor:])
            end = cursor + nxt.start() if nxt else len(region_clean.rstrip())
            items.append((cursor, end))
            break
    if not closed:
        return None
    names = [region_clean[s:e].strip() for s, e in items]
    if any(not n or len(n.split()) > 6 for n in names):
        return None
    keep = []
    capitalised = names[0][:1].isupper() or names[0][:1] in '«"“'
    for (s, e), n in zip(items, names, strict=True):
        if (
            capitalised
            and keep
            and n[:1].islower()
            and not re.match(r"(l'|l’|le |la |les |en |au |aux |à |d'|du |de )", n)
        ):
            continue  # an apposition: « Bellerive, deuxième malgré sa défaite, »
        keep.append((pos + s + (len(region_clean[s:e]) - len(region_clean[s:e].lstrip())), pos + e))
    return keep


def link_duration(ctx: Context) -> Iterator[Link]:
    """« pendant onze jours, du 21 juin au 1er juillet », « du 24 juin au 3 juillet, soit dix jours »,
    « Sur ces trois jours » after a period; otherwise the only period of the article when the
    duration is introduced by « pendant » or « durant »."""
    periods = [c for c in ctx.claims if c.kind == Kind.PERIOD]
    for d in ctx.claims:
        if d.kind != Kind.DURATION or not isinstance(d.value, int | float):
            continue
        near = None
        for p in (x for x in ctx.near(d, 1) if x.kind == Kind.PERIOD):
            gap = ctx.text[d.end : p.start] if d.end <= p.start else ctx.text[p.end : d.start]
            if d.noun_end and d.noun_end <= p.start:
                gap = ctx.text[d.noun_end : p.start]
            if re.fullmatch(
                r"\s*(d'été|de lutte|de grève|d'action)?\s*[,(]?\s*(soit|pendant|durant|en|sur)?\s*", gap, re.I
            ):
                near = p
                break
        cue = (d.quantity.cue or "").lower() if d.quantity else ""
        if near is None and re.search(r"\bces $", ctx.text[max(0, d.start - 6) : d.start].lower()):
            near = next((p for p in reversed(periods) if p.start < d.start), None)
        if (
            near is None
            and ctx.sent_bounds
            and re.fullmatch(
                r"\W*(en|pendant|durant|sur|au cours de)\s*", ctx.text[ctx.sentence_start(d) : d.start], re.I
            )
        ):
            # « … du samedi 16 au lundi 18 août. En trois jours, … »: the period just stated
            before = [p for p in periods if p.sentence == d.sentence - 1]
            near = before[0] if len(before) == 1 else None
        if near is None and cue in ("pendant", "durant", "en"):
            # « du 13 au 16 novembre, a entraîné l'annulation de 612 vols en quatre jours »: the
            # one period of the sentence, or of the one before; « pendant une semaine »: the one
            # period of the article
            near = _only_period(periods, d.sentence) or _only_period(periods, d.sentence - 1)
            if near is None and len(periods) == 1 and (cue != "en" or _same_magnitude(d, periods[0], 2)):
                near = periods[0]
            if near is not None and not _same_magnitude(d, near):
                near = None
        if near is not None:
            yield Link("duration", cue or "période", d.id, near.id)


def _only_period(periods: Sequence[Claim], sentence: int) -> Claim | None:
    found = [p for p in periods if p.sentence == sentence]
    return found[0] if len(found) == 1 else None


def _same_magnitude(d: Claim, p: Claim, ratio: float = 4) -> bool:
    """Whether a duration and a period are of a size to be the same span of time."""
    from .rules.dates import duration_days, period_days

    days, span = duration_days(d), period_days(p)
    return bool(days and span and 1 / ratio <= days / span <= ratio)


def find_links(
    text: str, doc, claims: Sequence[Claim], line_col, sents: Sequence[tuple[int, int]] | None = None
) -> tuple[list[Claim], list[Link]]:
    """All links of a text, and its claims with elliptic units resolved (and one claim
    per counted list)."""
    sents = sents if sents is not None else sentence_spans(doc, text)
    ctx = Context(text, doc, claims, sents)
    links: list[Link] = []
    for linker in (link_dont, link_partitive, link_entre, link_sur, link_among, link_en):
        links.extend(linker(ctx))
    claims = resolve_units(claims, links)
    ctx = Context(text, doc, claims, sents)
    links.extend(link_others(ctx, links))
    links.extend(link_breakdown(ctx))
    links.extend(link_share(ctx, links))
    links.extend(link_share_of(ctx))
    links.extend(link_change(ctx))
    links.extend(link_total(ctx, links))
    links.extend(link_count_list(ctx))
    links.extend(link_count_list_before(ctx))
    links.extend(link_duration(ctx))
    claims, links = list_claims(ctx, _unique(links), line_col)
    return claims, links


def _unique(links: Sequence[Link]) -> list[Link]:
    seen, out = set(), []
    for lk in links:
        key = (lk.kind, lk.a, lk.b, lk.parts)
        if key not in seen:
            seen.add(key)
            out.append(lk)
    return out


def resolve_units(claims: Sequence[Claim], links: Sequence[Link]) -> list[Claim]:
    """Give elliptic figures the unit of the figure they are part of ("d'en arrêter 219")."""
    by_id = {c.id: c for c in claims}
    for _ in range(3):
        for lk in links:
            if lk.kind != "subset" or lk.b is None:
                continue
            part, whole = by_id[lk.a], by_id[lk.b]
            if part.unit is None and whole.unit:
                by_id[part.id] = with_unit(part, whole.unit, whole.noun)
            elif whole.unit is None and part.unit and part.kind == whole.kind:
                by_id[whole.id] = with_unit(whole, part.unit, part.noun)
    return [by_id[c.id] for c in claims]
