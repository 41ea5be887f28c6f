"""Durations and periods: « pendant onze jours, du 21 juin au 1er juillet »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Claim, Kind
from .context import Context
from .evidence import evidence
from .model import Attachment, Cue, Duration, Interval, Relation
from .values import duration_days, duration_unit, period_days


def link_duration(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« pendant onze jours, du 21 juin au 1er juillet », « du 24 juin au 3 juillet, soit dix jours »,
    « Sur ces trois jours » after a period; otherwise the only period of the article when the
    duration is introduced by « pendant » or « durant »."""
    g = ctx.grammar
    periods = [c for c in ctx.claims if c.kind == Kind.PERIOD and not _season(c)]
    for d in ctx.claims:
        if d.kind != Kind.DURATION or not isinstance(d.value, int | float):
            continue
        if g.DURATION_ROLLING.search(d.text):  # « ces dix dernières années »: a window, not a period
            continue
        if ctx.sent_bounds and g.DURATION_NEVER_IN.search(ctx.text[ctx.sentence_start(d) : d.start]):
            continue  # « jamais en dix ans »: a window of comparison
        near, how = None, Attachment.ADJACENT
        for p in (x for x in ctx.near(d, 1) if x.kind == Kind.PERIOD and not _season(x)):
            gap = ctx.text[d.end : p.start] if d.end <= p.start else ctx.text[p.end : d.start]
            if d.noun_end and d.noun_end <= p.start:
                gap = ctx.text[d.noun_end : p.start]
            if g.DURATION_PERIOD_GAP.fullmatch(gap):
                near = p
                break
        if near is None and duration_unit(d) in ("hour", "minute"):
            continue  # hours next to no period: a part of the story's days (« fermée pendant 36 heures »)
        cue = (d.quantity.cue or "").lower() if d.quantity else ""
        back = ctx.text[max(0, d.start - g.DURATION_DEMONSTRATIVE_BACK) : d.start].lower()
        guess = False  # a link that may confirm, never accuse
        if near is None and g.DURATION_DEMONSTRATIVE.search(back) and not _names_its_items(ctx, d):
            near, how = _pointed_back(d, periods), Attachment.ANTECEDENT
            guess = near is not None and d.sentence - near.sentence > g.DURATION_POINTS_BACK
        if near is None and ctx.sent_bounds and g.DURATION_OPENS.fullmatch(ctx.text[ctx.sentence_start(d) : d.start]):
            # « … du samedi 16 au lundi 18 août. En trois jours, … »: the period just stated;
            # « Sur dix ans, c'est la plus longue »: a span of comparison, far longer, is not it
            before = [p for p in periods if p.sentence == d.sentence - 1]
            near, how = before[0] if len(before) == 1 else None, Attachment.PRECEDING
            if near is not None and (not _same_magnitude(d, near) or _change_after(ctx, d, cue)):
                near = None  # « En deux semaines, la part est passée de … à … »: a change's span
        if near is None and cue in g.DURATION_CUES:
            # « du 13 au 16 novembre, a entraîné l'annulation de 612 vols en quatre jours »: the
            # one period of the sentence, or of the one before; « pendant une semaine »: the one
            # period of the article
            change = _span_of_change(ctx, d, cue) or _change_after(ctx, d, cue)
            near = _only_period(periods, d.sentence) or (None if change else _only_period(periods, d.sentence - 1))
            how = Attachment.ONLY
            if near is None and len(periods) == 1 and not change:
                only = periods[0]
                near = only if cue not in g.LOOSE_DURATION_CUES or _same_magnitude(d, only, CLOSE_RATIO) else None
            if near is not None and not _same_magnitude(d, near):
                near = None
        if near is not None:
            ev = evidence(Cue.GUESS if guess else Cue.EXPLICIT if cue else Cue.PATTERN, cue, how, d, near)
            yield Duration(d.id, near.id, ev)


def link_clock_interval(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« La route a été coupée de 7 h 10 à 11 h 40, soit quatre heures et demie »: two clock
    times of one sentence (« de … à … », « entre … et … ») and the duration right after."""
    g = ctx.grammar
    for start in ctx.claims:
        if start.kind != Kind.TIME:
            continue
        lead = ctx.text[max(0, start.start - 12) : start.start].lower()  # « de » may be the time's own cue
        if not g.CLOCK_FROM.search(lead) or any(x.kind == Kind.TIME for x in ctx.before_in_sentence(start)):
            continue  # « de 9 h à 12 h, puis de 14 h à 18 h, soit sept heures »: both spans
        later = [x for x in ctx.after_in_sentence(start) if x.start >= start.end][:2]
        if len(later) < 2:
            continue
        end, d = later
        if end.kind != Kind.TIME or d.kind != Kind.DURATION or duration_unit(d) not in ("hour", "minute"):
            continue
        if g.CLOCK_TO.match(ctx.text[start.end : end.start]) and g.CLOCK_DURATION.match(ctx.text[end.end : d.start]):
            cue = ctx.text[end.end : d.start].strip(" ,(") or ","
            yield Interval(start.id, end.id, d.id, evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, d))


def _span_of_change(ctx: Context, d: Claim, cue: str) -> bool:
    """Whether a loose duration (« en un an ») is the span over which a change is measured
    (« 2 844 détenus de plus en un an », « le nombre augmente en un an »): then it is no
    period's length, and a period in another sentence is not its period."""
    if cue not in ctx.grammar.LOOSE_DURATION_CUES:
        return False
    before = ctx.text[ctx.sentence_start(d) : d.start] if ctx.sent_bounds else ""
    return bool(ctx.grammar.CHANGE_BEFORE_SPAN.search(before))


def _change_after(ctx: Context, d: Claim, cue: str) -> bool:
    """Whether a loose duration is the span of a change told after it in its sentence (« En
    deux semaines, la part des hospitalisations est passée de 12 % à 41 % »)."""
    if cue not in ctx.grammar.LOOSE_DURATION_CUES:
        return False
    return bool(ctx.grammar.CHANGE_AFTER_SPAN.search(ctx.text[d.end : ctx.sentence_end(d)]))


def _pointed_back(d: Claim, periods: Sequence[Claim]) -> Claim | None:
    """The period « ces deux jours » points back at: of the periods stated before it, the
    last one of its length if there is one (« du 4 au 5 mai … après la crue du 10 au 20
    avril … ces deux jours » means the first), else the nearest."""
    before = [p for p in periods if p.start < d.start]
    days = duration_days(d)
    fitting = [p for p in before if days and period_days(p) == days]
    if fitting:
        return fitting[-1]
    return before[-1] if before else None


def _names_its_items(ctx: Context, d: Claim) -> bool:
    """Whether « ces deux mois », « ces deux années » take up as many months or years named
    just before it (in its sentence and the one before: « l'analyse pour mars et avril …
    Ainsi, ces deux mois », « en 2015 qu'en 2013 … ces deux années »): then it points at
    them, not at a period stated earlier."""
    unit = duration_unit(d)
    if unit not in ("month", "year") or not isinstance(d.value, int | float):
        return False
    start = ctx.sent_bounds[d.sentence - 1][0] if ctx.sent_bounds and d.sentence > 0 else 0
    if unit == "year":
        near = [*ctx.sentence_claims(d.sentence - 1), *ctx.sentence_claims(d.sentence)] if d.sentence else []
        found = {x.value for x in near or ctx.sentence_claims(d.sentence) if x.kind == Kind.YEAR and x.start < d.start}
    else:
        found = set(ctx.grammar.MONTH_NAME.findall(ctx.text[start : d.start].lower()))
    return len(found) >= d.value


def _season(p: Claim) -> bool:
    """A span of two years in a row, « 2018-2019 », « la saison 2023/2024 »: a season or a
    school year lasts one year across two calendar years, or the text may mean both years;
    its length is unknown, so no duration is measured against it."""
    q = p.quantity
    if q is None or q.precision != "year" or not isinstance(p.value, tuple):
        return False
    start, end = p.value
    return int(end[:4]) - int(start[:4]) == 1


def _only_period(periods: Sequence[Claim], sentence: int) -> Claim | None:
    """The period of a sentence, when it holds exactly one."""
    found = [p for p in periods if p.sentence == sentence]
    return found[0] if len(found) == 1 else None


#: How many times longer or shorter than a period a duration may be and still measure it.
SAME_RATIO = 4
#: The same, for a duration whose cue may also give a span of comparison (« en un an »).
CLOSE_RATIO = 2


def _same_magnitude(d: Claim, p: Claim, ratio: float = SAME_RATIO) -> bool:
    """Whether a duration and a period are of a size to be the same span of time."""
    days, span = duration_days(d), period_days(p)
    return bool(days and span and 1 / ratio <= days / span <= ratio)


def link_clock_moments(ctx: Context, found: Sequence[Relation]) -> Iterator[Relation]:
    """« La séance, ouverte à 19 h 30, s'est achevée à 0 h 15, soit 4 h 45 de débats »,
    « Les bureaux ont fermé à 20 h. Les résultats n'ont été connus qu'à 23 h 35, soit trois
    heures et trente-cinq minutes plus tard »: two moments told « à » a clock time, then the
    time elapsed right after the second. Only two such times (the first one in the sentence
    before when « plus tard » says the time elapsed since it), and no date beside them: the
    hours would run over days."""
    g = ctx.grammar
    for d in ctx.claims:
        if d.kind != Kind.DURATION or duration_unit(d) not in ("hour", "minute"):
            continue
        before = [x for x in ctx.before_in_sentence(d) if x.end <= d.start]
        if not before or before[-1].kind != Kind.TIME or not g.CLOCK_ELAPSED.match(ctx.text[before[-1].end : d.start]):
            continue
        times = [x for x in before if x.kind == Kind.TIME]
        if len(times) == 1 and g.CLOCK_LATER.match(ctx.after(d, 20)) and d.sentence > 0:
            times = [x for x in ctx.sentence_claims(d.sentence - 1) if x.kind == Kind.TIME] + times
            before = ctx.sentence_claims(d.sentence - 1) + before
        if len(times) != 2 or any(x.kind in (Kind.DATE, Kind.PERIOD) for x in before):
            continue
        start, end = times
        if all(g.CLOCK_AT.search(ctx.text[max(0, t.start - 6) : t.start].lower()) for t in times):
            cue = ctx.text[end.end : d.start].strip(" ,") or ","
            yield Interval(start.id, end.id, d.id, evidence(Cue.EXPLICIT, cue, Attachment.ADJACENT, d))
