"""Dates: periods in order, real dates, weekdays, durations that fit their period."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from ..lang import language
from ..messages import say
from ..model import Claim, Finding, Kind, Quantity, Verdict
from ..policy import Strength, ruling
from ..relations import Duration, Interval
from ..relations.values import as_date, duration_days, duration_unit, period_bounds, period_days
from .base import RuleContext, rule, where


def say_date(d: dt.date, lang: str = "fr", with_year: bool = True) -> str:
    """A date as the press writes it in ``lang``: « 1er juin 2024 », "3 June 2024"; without
    its year when the text gives none (« du 12 au 14 juillet »: no year is invented)."""
    day = say("rule.date.first_day", lang) if d.day == 1 else str(d.day)
    key = "rule.date.full" if with_year else "rule.date.no_year"
    return say(key, lang, day=day, month=say(f"rule.date.month.{d.month}", lang), year=d.year)


def say_weekday(n: int, lang: str = "fr") -> str:
    """The name of weekday ``n`` (0 is Monday) in ``lang``."""
    return say(f"rule.date.weekday.{n}", lang)


def _dates_of(c: Claim) -> list[Quantity]:
    """The dates a claim holds: itself, or the two ends of a period."""
    q = c.quantity
    if q is None:
        return []
    return list(q.parts) if c.kind == Kind.PERIOD else [q] if c.kind == Kind.DATE else []


@rule(code="DAT01", name="period-start-before-end", family="dates")
def period_start_before_end(ctx: RuleContext) -> Iterator[Finding]:
    """Une période commence avant de finir. / A period starts before it ends.

    ## Ce qu'elle vérifie / What it does
    « du 3 au 9 juin 2024 », « entre le 4 septembre 2023 et le 28 février 2024 » :
    la date de début précède la date de fin. The start date comes before the end date.

    ## Pourquoi / Why
    Des bornes inversées viennent d'une faute de frappe sur un jour, un mois ou une année.
    Inverted ends come from a typo in a day, month or year.

    ## Exemple / Example
    Cohérent / consistent : « entre le 3 et le 9 juin 2024 ».
    Incohérent / inconsistent : « entre le 13 et le 9 juin 2024 ».
    """
    for c in ctx.claims:
        b = period_bounds(c)
        if b is None:
            continue
        start, end = b
        dated = not str(c.value[0]).startswith("--")
        if end < start and _years_compared(c):
            continue  # « Entre 2017 et 2016, le chômage a diminué de 8,2 % »: two years compared
        if start <= end:
            msg = ctx.say("DAT01.fits", start=say_date(start, ctx.lang, dated), end=say_date(end, ctx.lang, dated))
            yield from ctx.judge("DAT01", Verdict.CONSISTENT, msg, [c])
        else:
            yield from ctx.judge(
                "DAT01",
                Verdict.INCONSISTENT,
                ctx.say(
                    "DAT01.off",
                    period=c.text,
                    at=where(c),
                    start=say_date(start, ctx.lang, dated),
                    end=say_date(end, ctx.lang, dated),
                ),
                [c],
            )


def _years_compared(c: Claim) -> bool:
    """Whether a span of two years opened by « entre » compares them rather than runs from
    one to the other: the order of two years compared does not matter. So for one month of
    two years (« ont baissé de 26 % entre avril 2024 et avril 2023 »)."""
    q = c.quantity
    if not (q and language().grammar.YEARS_COMPARED.match(c.text)):
        return False
    if q.precision == "month":
        b = period_bounds(c)
        return bool(b and b[0].month == b[1].month and b[0].year != b[1].year)
    return q.precision == "year"


def _why_invalid(q: Quantity, lang: str) -> str:
    """Why a date cannot exist. The extractor gives its reason in the text's language
    (« le mois de juin n'a que 30 jours »): quoted as is in a French report, replaced by a
    general reason in another language, until the extractor gives a neutral reason."""
    return q.invalid if lang == language().code else say("rule.DAT02.no_such_day", lang)


@rule(code="DAT02", name="date-exists", family="dates")
def date_exists(ctx: RuleContext) -> Iterator[Finding]:
    """Une date existe au calendrier. / A date exists in the calendar.

    ## Ce qu'elle vérifie / What it does
    « 31 juin », « 30 février », « 29 février 2023 » n'existent pas.
    "31 juin", "30 février", "29 février 2023" do not exist.

    ## Pourquoi / Why
    Un jour impossible est forcément une coquille. An impossible day is always a typo.

    ## Exemple / Example
    Incohérent / inconsistent : « l'assemblée générale du 31 avril 2025 ».
    """
    for c in ctx.claims:
        for q in _dates_of(c):
            if q.invalid:
                yield from ctx.judge(
                    "DAT02",
                    Verdict.INCONSISTENT,
                    ctx.say("DAT02.off", date=q.text, at=where(c), why=_why_invalid(q, ctx.lang)),
                    [c],
                )


@rule(code="DAT03", name="weekday-matches-date", family="dates")
def weekday_matches_date(ctx: RuleContext) -> Iterator[Finding]:
    """Le jour de la semaine correspond à la date. / The weekday matches the date.

    ## Ce qu'elle vérifie / What it does
    « lundi 3 juin 2024 » : le 3 juin 2024 était bien un lundi. Sans année écrite, celle de
    l'article (sa date de publication) est prise. Without a year, the article's is used.

    ## Pourquoi / Why
    Le jour de la semaine se recopie souvent d'un autre article ou d'une autre année.
    Weekdays are often copied from another story or year.

    ## Exemple / Example
    Cohérent / consistent : « lundi 3 juin 2024 ».
    Incohérent / inconsistent : « samedi 9 juin 2024 » (un dimanche / a Sunday).
    """
    for c in ctx.claims:
        for q in _dates_of(c):
            if q.weekday is None or q.invalid:
                continue
            d = as_date(q.value)
            if d is None:
                continue
            if not re.search(r"\b\d{4}\b", c.text):  # « du mercredi 13 au dimanche 17 mai 2026 »: its year
                d = _likely_year(d, q, ctx.article_date, "tense:past" in c.traits, "tense:future" in c.traits)
            said, real = q.weekday, d.weekday()
            how = Strength.STRONG if _year_known(ctx, c, q, d) else Strength.WEAK
            if said == real:
                msg = ctx.say("DAT03.fits", date=say_date(d, ctx.lang), weekday=say_weekday(real, ctx.lang))
                yield from ctx.judge("DAT03", Verdict.CONSISTENT, msg, [c], how=how)
                continue
            real_day, said_day = say_weekday(real, ctx.lang), say_weekday(said, ctx.lang)
            if how is Strength.STRONG and _fits_a_year_away(ctx, q, d, said):
                how = Strength.WEAK  # « En 2016, … selon les chiffres publiés mardi 17 janvier »: of 2017
            if ruling(Verdict.INCONSISTENT, how, Verdict.UNVERIFIABLE) is Verdict.UNVERIFIABLE:
                msg = ctx.say("DAT03.unsure", text=q.text, date=say_date(d, ctx.lang), real=real_day, said=said_day)
                yield ctx.finding("DAT03", Verdict.UNVERIFIABLE, msg, [c], how)
                continue
            msg = ctx.say(
                "DAT03.off", text=q.text, at=where(c), date=say_date(d, ctx.lang), real=real_day, said=said_day
            )
            yield from ctx.judge("DAT03", Verdict.INCONSISTENT, msg, [c], how=how)


def _year_known(ctx: RuleContext, c: Claim, q: Quantity, day: dt.date) -> bool:
    """Whether the year of a dated weekday is known: written in the date, given by the
    publication dateline, or written in the same sentence (« En 2023, … le samedi 14
    octobre »). A year mentioned for another event (« devenue en 2021 la ville la plus
    chère … samedi 14 octobre ») is no evidence: the weekday is then unverifiable. Nor is the
    year of another day far from it in the calendar (« au 1er janvier 2015, selon les chiffres
    communiqués mercredi 27 décembre »: figures are published a year or more after the day
    they count); a date a few weeks away tells the same story (« le lundi 3 juin et le
    mercredi 12 juin 2024 »)."""
    if ctx.article_date or re.search(r"\b\d{4}\b", q.text):
        return True
    return any(
        o.sentence == c.sentence
        and o.kind in (Kind.YEAR, Kind.DATE, Kind.PERIOD)
        and str(day.year) in o.text
        and (o.kind != Kind.DATE or _days_apart(o, day) <= SAME_STORY_DAYS)
        for o in ctx.claims
        if o is not c
    )


#: How far apart in the calendar two dates of a sentence may be for one to lend its year.
SAME_STORY_DAYS = 45


def _days_apart(o: Claim, day: dt.date) -> float:
    """Days between the date claim ``o`` and ``day`` (infinite when ``o``'s is unknown)."""
    other = as_date(o.value)
    return float("inf") if other is None else abs((other - day).days)


def _fits_a_year_away(ctx: RuleContext, q: Quantity, d: dt.date, said: int) -> bool:
    """Whether a date whose year is read from its sentence, not from the date nor the
    dateline, has its weekday the year before or after: the sentence's year may frame
    another event (« En 2016, la fécondité a diminué, selon les chiffres rendus publics
    mardi 17 janvier »: published in January 2017)."""
    if ctx.article_date or re.search(r"\b\d{4}\b", q.text):
        return False
    # data are published up to two years after the year they count (« En 2023, les retraités
    # touchaient …, selon le rapport publié ce jeudi 31 juillet »: of 2025)
    for y in (d.year - 1, d.year + 1, d.year + 2):
        try:
            if d.replace(year=y).weekday() == said:
                return True
        except ValueError:
            continue
    return False


#: A date without a year that would fall this far after (before) the article, in a past
#: (future) tense, is last (next) year's: « jeudi 5 décembre » in a January dispatch.
FAR_DAYS = 120


def _likely_year(d: dt.date, q: Quantity, published: str | None, past: bool, future: bool) -> dt.date:
    """For a date written without its year, the year the story means: told in the past
    but after the article's date (« a eu lieu le jeudi 5 décembre » in a January article),
    it is last year's; told in the future but before it, next year's; in no tense (« depuis
    le changement d'horaire du dimanche 14 décembre », « une opération menée du samedi 13
    décembre … » in a January article), the year that puts it nearest the article's date."""
    pub = as_date(published)
    if pub is None or re.search(r"\b\d{4}\b", q.text) or q.weekday is None:
        return d
    years = [d.year]
    if past and (d - pub).days > FAR_DAYS:
        years = [d.year - 1]
    elif future and (pub - d).days > FAR_DAYS:
        years = [d.year + 1]
    elif not past and not future:
        years = sorted((d.year - 1, d.year, d.year + 1), key=lambda y: abs((_in_year(d, y) - pub).days))[:1]
    return _in_year(d, years[0])


def _in_year(d: dt.date, year: int) -> dt.date:
    """``d`` in another year (29 February stays in its own year: no other has it)."""
    try:
        return d.replace(year=year)
    except ValueError:
        return d


def duration_fits(d: Claim, p: Claim) -> bool | None:
    """Whether a stated duration fits a period (None when it cannot be told): "une semaine"
    fits 5 to 8 days (a working week, or 3 to 9 inclusive); "N jours" fits N days, both
    ends counted, "N nuits" N + 1 days; months and years are counted on the calendar (« du 16 février
    au 16 mars », un mois); school holidays run from a Saturday to a Monday; « N heures »
    fits a period of days it can fall within, its first and last days partly counted."""
    days, span = duration_days(d), period_days(p)
    unit = duration_unit(d)
    if days is None or span is None:
        return None
    n = float(d.value)
    if unit == "day":
        # « du 26 juin au 6 juillet, onze jours »: the press counts both ends; nights are
        # one fewer (« trois nuits, du 3 au 6 juin »)
        nights = (d.unit or "").lower().startswith("nuit")
        return n == span - 1 if nights else n == span
    if unit == "week":
        # « du samedi 18 octobre au lundi 3 novembre, deux semaines »: school holidays are
        # written from the Saturday classes end to the Monday they resume
        b = period_bounds(p)
        framed = bool(b) and b[0].weekday() == SATURDAY and b[1].weekday() == MONDAY
        return 7 * n - 3 <= span <= 7 * n + (3 if framed else 1)
    if unit == "hour":  # « en 72 heures, du 4 au 6 juin »; « de vendredi soir à dimanche matin … 36 heures »
        return 24 * (span - 2) < n <= 24 * span
    if unit in ("month", "year"):
        b = period_bounds(p)
        months = _months_between(b) + (b[1].day - b[0].day + 1) / calendar.monthrange(b[1].year, b[1].month)[1]
        stated = n * (12 if unit == "year" else 1)
        if _coarse(p) and stated == _bounds_apart(p, b):
            return True  # « en dix ans, entre 2008 et 2018 »: years (months) told by their difference
        return abs(months - stated) <= max(0.5, 0.05 * stated)
    return None


def _span_in_its_unit(d: Claim, p: Claim) -> tuple[int, str]:
    """How long a period is, told in the words a reader checks it in: years for « entre 2008
    et 2018 » against « dix ans » (11, both bounds counted), months for « de janvier à juin »
    against « cinq mois » (6), days otherwise. The second value is the message key's suffix."""
    b = period_bounds(p)
    unit = duration_unit(d)
    if _coarse(p) and b and unit == "year" and p.quantity.precision == "year":
        return b[1].year - b[0].year + 1, "_years"
    if _coarse(p) and b and unit == "month":
        return _months_between(b) + 1, "_months"
    return period_days(p), ""


def _coarse(p: Claim) -> bool:
    """Whether a period is written in whole years or months (« entre 2008 et 2018 », « de
    janvier à juin »): its length is then told either way, by the difference of its bounds
    (ten years) or counting both (eleven)."""
    return bool(p.quantity and p.quantity.precision in ("year", "month"))


def _bounds_apart(p: Claim, b: tuple[dt.date, dt.date]) -> int:
    """Months between the bounds of a period in whole years or months, counting one bound:
    120 for « entre 2008 et 2018 », 5 for « de janvier à juin »."""
    if p.quantity and p.quantity.precision == "year":
        return (b[1].year - b[0].year) * 12
    return _months_between(b)


SATURDAY, MONDAY = 5, 0


def _months_between(b: tuple[dt.date, dt.date]) -> int:
    """Calendar months from the first bound's month to the last's, the last not counted."""
    return (b[1].year - b[0].year) * 12 + b[1].month - b[0].month


@rule(code="DAT04", name="duration-matches-period", family="dates")
def duration_matches_period(ctx: RuleContext) -> Iterator[Finding]:
    """Une durée correspond à la période qu'elle mesure. / A duration matches its period.

    ## Ce qu'elle vérifie / What it does
    « pendant onze jours, du 21 juin au 1er juillet » : 11 jours, bornes comprises.
    « une semaine » couvre 5 à 8 jours (semaine de travail ou calendaire) ; « N jours »,
    N jours bornes comprises (« N nuits », N + 1 jours) ; les mois se comptent au calendrier.
    Days are counted inclusively, as the press does.

    ## Pourquoi / Why
    Une durée et des dates qui ne s'accordent pas : l'une des deux est fausse.
    A duration and dates that disagree: one of them is wrong.

    ## Exemple / Example
    Cohérent / consistent : « du 3 au 9 juin 2024 … pendant une semaine ».
    Incohérent / inconsistent : « du 3 au 9 juin 2024 … pendant trois semaines ».
    """
    for link in ctx.relations_of(Duration):
        d, p = ctx.claim(link.duration), ctx.claim(link.period)
        fits = duration_fits(d, p)
        if fits is None:
            continue
        n, unit = _span_in_its_unit(d, p)
        if fits:
            msg = ctx.say(f"DAT04.fits{unit}", period=p.text, n=n, duration=d.text)
        else:
            msg = ctx.say(f"DAT04.off{unit}", duration=d.text, at=where(d), period=p.text, period_at=where(p), n=n)
        yield from ctx.judge("DAT04", Verdict.CONSISTENT if fits else Verdict.INCONSISTENT, msg, [d, p], link.evidence)


#: Days of the month that "début", "mi-" and "fin" cover.
MONTH_PARTS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}


@rule(code="DAT05", name="month-part-fits", family="dates")
def month_part_fits(ctx: RuleContext) -> Iterator[Finding]:
    """« début juin » cadre avec les dates du même mois. / "early June" fits the dates given.

    ## Ce qu'elle vérifie / What it does
    « début », « mi- » et « fin » couvrent les jours 1–10, 10–20 et 20–31 du mois ; une
    période du même mois, à moins de 30 phrases, doit y commencer. Early, mid and late
    cover days 1–10, 10–20 and 20–31; a period of that month within 30 sentences starts
    there.

    ## Pourquoi / Why
    « fin juin » pour une opération du 3 au 9 juin trahit une erreur de date.
    "Late June" for an operation on 3–9 June betrays a wrong date.

    ## Exemple / Example
    Cohérent / consistent : « début juin … entre le 3 et le 9 juin 2024 ».
    """
    periods = {c.id: b for c in ctx.claims if (b := period_bounds(c))}
    for c in ctx.claims:
        q = c.quantity
        if c.kind != Kind.DATE or q is None or q.precision not in MONTH_PARTS or not isinstance(c.value, str):
            continue
        month = c.value[-2:] if len(c.value) >= 7 else None
        # the periods of the figures around it (``ctx.window``): a long text stays linear
        near = [(p, periods[p.id]) for p in ctx.window(c) if p.id in periods]
        same = [(p, b) for p, b in near if month and b[0].month == int(month) and c.value[:4] in (str(b[0].year), "--")]
        if len(same) != 1:
            continue
        p, (start, _) = same[0]
        lo, hi = MONTH_PARTS[q.precision]
        if lo <= start.day <= hi:
            yield from ctx.judge(
                "DAT05",
                Verdict.CONSISTENT,
                ctx.say("DAT05.fits", part=c.text, period=p.text),
                [c, p],
            )
        elif c.sentence == p.sentence:
            yield from ctx.judge(
                "DAT05",
                Verdict.INCONSISTENT,
                ctx.say("DAT05.off", part=c.text, at=where(c), period=p.text),
                [c, p],
            )


@rule(code="DAT06", name="past-date-before-publication", family="dates")
def past_date_before_publication(ctx: RuleContext) -> Iterator[Finding]:
    """Un fait passé est daté d'avant la publication. / A past event predates publication.

    ## Ce qu'elle vérifie / What it does
    Quand l'article donne sa date (« Paris, 3 juillet 2025 (AFP) – »), une date complète,
    année écrite, attachée à un verbe au passé (« a été arrêté le 12 juillet 2025 ») ne
    peut pas lui être postérieure. Seules les contradictions sont signalées.
    A full date, year written, tied to a verb in a past tense cannot come after the
    article's own date; only contradictions are reported.

    ## Pourquoi / Why
    Une année ou un mois mal tapé place au futur un fait déjà survenu.
    A mistyped year or month puts a past event in the future.

    ## Exemple / Example
    Incohérent / inconsistent : « Lyon, 3 juillet 2025 (AFP) – … il a été interpellé le
    12 juillet 2025 ».
    """
    published = as_date(ctx.article_date)
    if published is None:
        return
    for c in ctx.claims:
        if c.kind != Kind.DATE or "tense:past" not in c.traits or not re.search(r"\b\d{4}\b", c.text):
            continue
        d = as_date(c.value)
        if d is not None and d > published:
            yield from ctx.judge(
                "DAT06",
                Verdict.INCONSISTENT,
                ctx.say("DAT06.off", date=c.text, at=where(c), published=say_date(published, ctx.lang)),
                [c],
            )


#: Minutes a duration written exactly may be off the clock times (« quatre heures et demie »
#: for 4 h 28); an approximate one (« près de trois heures ») is allowed 15 %.
CLOCK_SLACK_MINUTES = 5
CLOCK_APPROXIMATE = 0.15


def _minutes(c: Claim) -> int | None:
    """A clock time « 07:10 » in minutes after midnight."""
    if not isinstance(c.value, str) or ":" not in c.value:
        return None
    hours, minutes = c.value.split(":")[:2]
    return int(hours) * 60 + int(minutes) if hours.isdigit() and minutes.isdigit() else None


@rule(code="DAT07", name="duration-matches-clock-times", family="dates")
def duration_matches_clock_times(ctx: RuleContext) -> Iterator[Finding]:
    """Une durée correspond aux heures qu'elle sépare. / A duration matches its clock times.

    ## Ce qu'elle vérifie / What it does
    « coupée de 7 h 10 à 11 h 40, soit quatre heures et demie » : 4 h 30, à cinq minutes
    près (15 % pour une durée approchée, « près de trois heures ») ; une heure de fin plus
    tôt que celle du début passe minuit. The time between the clock times is the duration
    stated, within five minutes (15 % for an approximate one); an end before the start
    runs past midnight.

    ## Pourquoi / Why
    Une heure ou une durée recopiée de travers. A clock time or a duration copied wrong.

    ## Exemple / Example
    Cohérent / consistent : « de 7 h 10 à 11 h 40, soit quatre heures et demie ».
    Incohérent / inconsistent : « de 7 h 10 à 11 h 40, soit cinq heures et demie ».
    """
    for link in ctx.relations_of(Interval):
        start, end, d = ctx.claim(link.start), ctx.claim(link.end), ctx.claim(link.duration)
        a, b = _minutes(start), _minutes(end)
        days = duration_days(d)
        if a is None or b is None or days is None:
            continue
        elapsed = (b - a) % 1440
        stated = days * 1440
        q = str(d.qualifier)
        slack = CLOCK_APPROXIMATE * stated if q == "approximate" else CLOCK_SLACK_MINUTES
        if q == "at_least":  # « après plus de cinq heures de débats »
            ok = elapsed >= stated - slack
        elif q == "at_most":
            ok = elapsed <= stated + slack
        else:
            ok = abs(elapsed - stated) <= slack
        shown = f"{elapsed // 60} h {elapsed % 60:02d}"
        key = "fits" if ok else "off"
        msg = ctx.say(f"DAT07.{key}", start=start.text, end=end.text, elapsed=shown, duration=d.label, at=where(d))
        verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
        yield from ctx.judge("DAT07", verdict, msg, [d, start, end], link.evidence)
