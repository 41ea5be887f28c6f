"""What every reader of relations needs: the text, its parse, its claims and the look-ups
that find the figures a construction relates (the nearest one, a pronoun's antecedent, the
figure counting a given noun)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from ..claims import noun_key, same_class, same_class_strict, same_population, sentence_spans
from ..lang import Language, language
from ..model import Claim, Kind

COUNTABLE = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE})
WHOLE_KINDS = COUNTABLE | {Kind.DURATION}
SHARE_KINDS = frozenset({Kind.PERCENT, Kind.FRACTION})
#: How many sentences apart two figures may be and still be related by a noun or a pronoun.
WINDOW = 30
#: Most figures of one sentence a figure is paired with, on each side. A sentence with more
#: figures (a table or a long list written as prose, a chain of « dont ») is read within a
#: window of this many figures before and after each one, so that reading it stays linear
#: in its length; a sentence of news holds fewer than ten figures.
MAX_PAIRED = 24


class Context:
    """The text, its parse and its claims, with the look-ups every reader needs, and the
    language of the text: ``grammar`` (its regex shapes) and ``cues`` (its word lists)."""

    def __init__(
        self,
        text: str,
        doc,
        claims: Sequence[Claim],
        sents: Sequence[tuple[int, int]] | None = None,
        lang: Language | None = None,
    ):
        self.lang = lang or language()
        self.grammar = self.lang.grammar
        self.cues = self.lang.cues
        self.text = text
        self.doc = doc
        self.claims = list(claims)
        self.by_id = {c.id: c for c in claims}
        self.position = {c.id: i for i, c in enumerate(self.claims)}
        self.by_sentence: dict[int, list[Claim]] = {}
        self.rank: dict[str, int] = {}  # a claim's place in its sentence
        for c in self.claims:
            self.rank[c.id] = len(self.by_sentence.setdefault(c.sentence, []))
            self.by_sentence[c.sentence].append(c)
        if sents is None:
            sents = sentence_spans(doc, text) if doc is not None else []
        self.sent_bounds = list(sents)

    def before(self, c: Claim, width: int = 40) -> str:
        """Lower-case text just before the claim (before its bound words, if any)."""
        start = c.quantity.cue_start if c.quantity and c.quantity.cue_start is not None else c.start
        return self.text[max(0, start - width) : start].lower().replace("’", "'")

    def after_noun(self, c: Claim, width: int = 40) -> str:
        """Lower-case text just after the claim and its own counted noun, if written after it."""
        end = end_with_noun(c)
        return self.text[end : end + width].lower().replace("’", "'")

    def after(self, c: Claim, width: int = 40) -> str:
        """Lower-case text just after the claim."""
        return self.text[c.end : c.end + width].lower().replace("’", "'")

    @cached_property
    def lower(self) -> str:
        """The whole text in lower case, made once per text (``str.lower`` keeps the offsets
        of the text's letters except for a few rare ones, as the readers always assumed)."""
        return self.text.lower()

    def in_sentence(self, c: Claim) -> list[Claim]:
        """All the claims of ``c``'s sentence, in text order."""
        return self.by_sentence.get(c.sentence, [])

    def before_in_sentence(self, c: Claim) -> list[Claim]:
        """The claims of ``c``'s sentence before it, in text order (at most ``MAX_PAIRED``)."""
        i = self.rank[c.id]
        return self.by_sentence[c.sentence][max(0, i - MAX_PAIRED) : i]

    def after_in_sentence(self, c: Claim) -> list[Claim]:
        """The claims of ``c``'s sentence after it, in text order (at most ``MAX_PAIRED``)."""
        i = self.rank[c.id]
        return self.by_sentence[c.sentence][i + 1 : i + 1 + MAX_PAIRED]

    def sentence_claims(self, sentence: int) -> list[Claim]:
        """The claims of sentence number ``sentence``, in text order."""
        return self.by_sentence.get(sentence, [])

    def previous(self, c: Claim, sentences: int = 0) -> list[Claim]:
        """Claims before ``c``, nearest first, within ``sentences`` sentences back (and at most
        ``MAX_PAIRED`` of its own sentence)."""
        out = [x for x in reversed(self.before_in_sentence(c)) if x.start < c.start]
        for s in range(c.sentence - 1, c.sentence - sentences - 1, -1):
            out += [x for x in reversed(self.by_sentence.get(s, [])) if x.start < c.start]
        return out

    def near(self, c: Claim, sentences: int = WINDOW) -> list[Claim]:
        """Claims within ``sentences`` sentences of ``c``, in text order: far-apart figures of a
        very long text are never related (and the work stays linear in its length)."""
        out = []
        for s in range(c.sentence - sentences, c.sentence + sentences + 1):
            out += self.by_sentence.get(s, [])
        return out

    def around(self, c: Claim, sentences: int = WINDOW) -> list[Claim]:
        """``near``, with ``c``'s own sentence cut to the ``MAX_PAIRED`` figures before and
        after ``c`` (the window the readers of restatements compare a figure within)."""
        i = self.rank[c.id]
        own = self.by_sentence[c.sentence]
        out = []
        for s in range(c.sentence - sentences, c.sentence + sentences + 1):
            out += own[max(0, i - MAX_PAIRED) : i + MAX_PAIRED + 1] if s == c.sentence else self.by_sentence.get(s, [])
        return out

    def following(self, c: Claim) -> Claim | None:
        """The next claim in the text."""
        i = self.position[c.id] + 1
        return self.claims[i] if i < len(self.claims) else None

    def gender(self, c: Claim) -> str | None:
        """The grammatical gender of the noun a figure counts (``Masc``, ``Fem``), if parsed."""
        if c.noun_start is None or self.doc is None:
            return None
        span = self.doc.char_span(c.noun_start, c.noun_end, alignment_mode="expand")
        if span is None:
            return None
        g = span[0].morph.get("Gender")
        return g[0] if g else None

    def sentence_opens_with(self, c: Claim, words: str) -> bool:
        """Whether ``c``'s sentence opens with ``words`` (lower case) before ``c``:
        « Sur les 6 victimes, quatre … »."""
        i, end = self.sentence_start(c), c.start
        while i < end and self.text[i].isspace():
            i += 1
        return i + len(words) <= end and self.lower.startswith(words, i)

    def sentence_start(self, c: Claim) -> int:
        """Where ``c``'s sentence starts in the text."""
        return self.sent_bounds[c.sentence][0] if self.sent_bounds else 0

    def sentence_end(self, c: Claim) -> int:
        """Where ``c``'s sentence ends in the text."""
        return self.sent_bounds[c.sentence][1] if self.sent_bounds else len(self.text)


def _counted(c: Claim) -> bool:
    """Whether a figure counts or measures something (not a range, not a date or a share)."""
    return c.kind in COUNTABLE and c.qualifier != "range"


def _gap(ctx: Context, a: Claim, b: Claim) -> str:
    """Text between two claims, the first one's noun excluded, lower-case."""
    start = a.noun_end if a.noun_end is not None and a.noun_end <= b.start else a.end
    return ctx.text[start : b.start].lower().replace("’", "'")


def _coordinated(ctx: Context, first: Claim, max_words: int = 8) -> list[Claim]:
    """Claims listed after ``first`` in its sentence: « 37 mineurs et 19 femmes »,
    « 92 sur les deux premières et 54 au Club » (a figure inside a complement is skipped),
    « Nantes (62), Angers (41) et Le Mans (37) » (names with their figures in brackets)."""
    g = ctx.grammar
    out, prev = [], first
    for c in ctx.after_in_sentence(first):
        if c.start <= prev.start:
            continue
        named = _named_gap(ctx, prev, c)
        gap = named or _gap(ctx, prev, c)
        if gap.count("(") > gap.count(")") and not in_brackets(ctx, first):
            continue  # « 37 à Marche (dont 4 femmes), 32 à Mons »: a figure of an aside
        gap = _ASIDE.sub(" ", gap)  # the aside is left out of the list's joints
        if "." in gap or ";" in gap or ":" in gap or "\n" in gap or len(gap.split()) > max_words:
            break  # a line ends a list, written or not with a stop (« … dont 19 hospitalisés⏎60 accidents »)
        if _closes_bracket(ctx, first, gap):
            break  # « 48 000 bâtiments (dont 45 000 logements) …, ainsi que 11 000 véhicules »
        if g.LIST_BREAK.search(gap) or g.LIST_OUT_OF.search(gap):
            break
        if c.kind != first.kind or (c.kind != Kind.COUNT and c.unit != first.unit):
            continue  # « dont quatre ferme, et à 300 000 euros d'amende »: another kind of figure
        if not _counted(c) or not (g.NAMED_JOINT if named else g.LIST_JOINT).search(gap):
            continue  # « 33,1 TWh, le gaz 17,6 TWh et les renouvelables 28,9 TWh »
        if g.PART_OF_OTHER.match(ctx.after(c, g.PART_OF_OTHER_AHEAD)):
            break  # « dont 29 dans la capitale, et 17 d'entre elles … »: a part of another group
        out.append(c)
        prev = c
        if g.LIST_LAST.search(gap):
            break
    return out


#: A bracketed aside inside a list, left out of the gap between two of its figures.
_ASIDE = re.compile(r"\([^()]*\)")


def _closes_bracket(ctx: Context, first: Claim, gap: str) -> bool:
    """Whether the gap to the next figure closes a bracket opened before the list's first
    figure: a list begun inside brackets ends with them (« Gand (37, dont deux femmes),
    Bruges (26) … »: the 26 are no women)."""
    return ")" in gap and in_brackets(ctx, first)


def in_brackets(ctx: Context, c: Claim) -> bool:
    """Whether a figure stands inside brackets opened before it on its line (looked for in
    the 200 characters before it)."""
    line_start = ctx.text.rfind("\n", 0, c.start) + 1
    before = ctx.text[max(line_start, c.start - 200) : c.start]
    return before.count("(") > before.count(")")


def end_with_noun(c: Claim) -> int:
    """Where a figure and its own counted noun, written after it, end."""
    return c.noun_end if c.noun_end is not None and c.noun_start is not None and c.noun_start >= c.end else c.end


def _own_verb(ctx: Context, c: Claim) -> bool:
    """Whether a listed figure is the subject of a verb of its own, right after it and its
    noun (« 112 sont des enfants », « 151 n'étaient pas vaccinés »); a verb after a joint or
    an article is the next item's (« le Sud 70 et l'Est 40 »: « Est » is no verb)."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(c.start, _own_end(c), alignment_mode="expand")
    if span is None:
        return False
    for tok in ctx.doc[span.end : span.end + 3]:
        if tok.is_punct or tok.pos_ in ("CCONJ", "DET", "ADP", "PROPN", "NOUN"):
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def _named_gap(ctx: Context, a: Claim, b: Claim) -> str | None:
    """The text between two figures each alone in brackets after a name, brackets left out:
    « Nantes (62), Angers (41) » gives ``", angers "``; None for other figures."""
    if not (_alone_in_brackets(ctx, a) and _alone_in_brackets(ctx, b)):
        return None
    return ctx.text[_own_end(a) + 1 : b.start - 1].lower().replace("’", "'")


def _own_end(c: Claim) -> int:
    """Where a figure and its own counted noun end (« 780 postes »)."""
    return c.noun_end if c.noun_end is not None and c.noun_start is not None and c.noun_start >= c.end else c.end


def _alone_in_brackets(ctx: Context, c: Claim) -> bool:
    """Whether a figure (and its noun) stands alone in brackets: « Angers (41) »,
    « l'Allemagne (780 postes) »."""
    end = _own_end(c)
    return ctx.text[c.start - 1 : c.start] == "(" and ctx.text[end : end + 1] == ")"


def _partitive_whole(ctx: Context, c: Claim) -> bool:
    """Whether ``c`` is the whole of « N des M » (so the sentence is about N)."""
    g = ctx.grammar
    return bool(g.PARTITIVE_BEFORE.search(ctx.before(c, g.PARTITIVE_BACK))) and any(
        x.end <= c.start and c.start - x.end <= g.PARTITIVE_BACK for x in ctx.previous(c)
    )


def _antecedent(ctx: Context, c: Claim, gender: str | None = None, sentences: int = 2) -> Claim | None:
    """The figure a pronoun or an elliptic figure refers to: nearest counted figure with a
    noun of the pronoun's ``gender`` (one the parse knows to have it first), among those
    that may be a whole of ``c`` (``whole_candidates``); for a part with no noun, one at
    least as large as it when there is one."""
    found = []
    for x in ctx.previous(c, sentences):
        if x is c or not _counted(x) or x.unit is None:
            continue
        if gender and ctx.gender(x) not in (None, gender):
            continue
        found.append(x)
    if gender and any(ctx.gender(x) == gender for x in found):
        # a noun of the pronoun's gender beats one the parse gave no gender: « des neuf
        # prévenus … un jugement de 187 pages. Cinq d'entre eux »
        found = [x for x in found if ctx.gender(x) == gender]
    found = whole_candidates(ctx, c, found)
    if c.unit is None and _counted(c):
        # an elliptic part says nothing of what it counts but its size: « 3 400 personnes
        # évacuées dans quatre communes … 2 950 d'entre elles » are people, not communes
        found = [x for x in found if float(x.value) >= float(c.value)] or found
    return found[0] if found else None


def whole_candidates(ctx: Context, part: Claim, candidates: Sequence[Claim]) -> list[Claim]:
    """Of the figures before ``part`` (nearest first), those that may be the whole « dont »,
    « parmi eux » or « d'entre eux » takes it from. Never a signed change (« 1 950 patients
    (+48 par rapport à lundi), dont 410 »), a figure inside brackets that ``part`` is not in,
    or a duration for a part that is none (« 85 infirmiers partis pour deux mois, dont 30 »),
    unless the part has no noun and no count precedes (« six ans de prison, dont quatre ferme »).
    When some candidate counts the same things as ``part`` (or people, as it does), the
    figures counting other things give way (« 300 bénévoles, avec 4 Canadair. Parmi eux, 120 pompiers »)."""
    kept = [x for x in candidates if not _signed(x) and not _bracketed_apart(ctx, x, part)]
    if part.kind != Kind.DURATION and (part.unit or any(x.kind == Kind.COUNT for x in kept)):
        kept = [x for x in kept if x.kind != Kind.DURATION]
    if part.unit and any(same_population(part.unit, x.unit) for x in kept):
        kept = [x for x in kept if x.unit is None or same_population(part.unit, x.unit)]
    return kept


def _aggregate(ctx: Context, c: Claim) -> bool:
    """Whether a figure is an average or a rate (« 20 incendies par an en moyenne »)."""
    return any(ctx.lang.scope_dimension(m) == "aggregate" for m in c.scope)


def _signed(c: Claim) -> bool:
    """Whether a figure is written with a sign, a change rather than an amount (« +71 »)."""
    return c.text[:1] in "+-−±"


def _bracketed_apart(ctx: Context, x: Claim, part: Claim) -> bool:
    """Whether ``x`` stands inside brackets that close before ``part``: an aside
    (« 2 706 patients (+71 par rapport à mercredi) »), not the subject of the sentence."""
    opened = ctx.text.rfind("(", ctx.sentence_start(x), x.start)
    if opened < 0 or ctx.text.rfind(")", opened, x.start) >= 0:
        return False
    closed = ctx.text.find(")", x.end)
    return 0 <= closed < part.start


def _by_noun(
    ctx: Context,
    c: Claim,
    word: str,
    traits: Sequence[str] = (),
    larger_than: float | None = None,
    loose: bool = False,
    before_only: bool = False,
    exclude: frozenset[str] = frozenset(),
) -> Claim | None:
    """The figure counting ``word`` ("passages", "suffrages exprimés"). Preferred, in order:
    an exact figure, the very noun, the qualifying ``traits``, one stated before ``c``, the
    nearest. A whole must be larger than its part (``larger_than``); ``loose`` accepts any
    count of people for a word naming people; ``before_only`` for anaphora (« de ces … »),
    which never points back at an average or a rate; ``exclude``: figures that may not be it."""
    key = noun_key(word)
    match = same_population if loose else same_class
    found = [
        x
        for x in ctx.near(c)
        if x is not c
        and x.id not in exclude
        and _counted(x)
        and x.unit
        and match(x.unit, key)
        and not ctx.grammar.NET_BEFORE.search(ctx.before(x, ctx.grammar.NET_BACK))  # « une avance de 8 360 voix »
    ]
    if larger_than is not None:
        found = [
            x
            for x in found
            if float(x.value) > larger_than
            and x.qualifier == "exact"
            and all(ctx.lang.scope_dimension(m) == "source" for m in x.scope)  # « selon l'Insee » is no other scope
        ]
    if before_only:
        # « de ces incendies » points back at a set of things, never at an average or a rate
        found = [x for x in found if x.start < c.start and not _aggregate(ctx, x)]

    def rank(x: Claim) -> tuple:
        return (
            x.qualifier != "exact",
            x.unit != key,
            not same_class_strict(x.unit, key),  # « des morts »: « 366 victimes » before « 106 personnes »
            not (set(traits) & set(x.traits)),
            x.start > c.start,
            abs(x.start - c.start),
        )

    best = min(found, key=rank, default=None)
    if best is not None and best.unit != key and best.unit in ctx.cues.NOUN_CLASSES:
        # « Parmi les donneurs, 743 … » after « 2 184 personnes … : 1 912 ont pu donner »: the
        # generic word counts everyone; the figure whose verb is the role's counts the donors
        by_verb = _by_role_verb(ctx, c, key, larger_than)
        if by_verb is not None:
            return by_verb
    return best


def _by_role_verb(ctx: Context, c: Claim, key: str, larger_than: float | None) -> Claim | None:
    """The nearest exact figure with no noun of its own whose verb is the role ``key``'s
    (``ROLES``: « 1 912 ont pu donner » for « donneurs »)."""
    events = ctx.grammar.ROLES.get(key)
    found = [
        x
        for x in ctx.near(c)
        if events
        and x is not c
        and _counted(x)
        and x.noun_start is None
        and x.event in events
        and x.qualifier == "exact"
        and (larger_than is None or float(x.value) > larger_than)
    ]
    return min(found, key=lambda x: abs(x.start - c.start), default=None)
