"""Dates and periods: "le 3 juin 2024", "du 3 au 9 juin", "31/06/2024", "mi-juin",
"en 2023", "entre 2020 et 2022"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace

from globalchain_cli.lang.fr import dates as fr
from globalchain_cli.lang.fr import grammar
from globalchain_cli.model import Kind, Quantity

from .common import (
    Candidate,
    YearContext,
    candidate,
    cue_before,
    day_number,
    full_year,
    invalid_fields,
    month_number,
    quantity,
    resolve_day,
)

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS

# ---------------------------------------------------------------------------
# Dates and periods
# ---------------------------------------------------------------------------


def _day_quantity(
    text: str,
    ntext: str,
    m: re.Match[str],
    sfx: str,
    ctx: YearContext,
    month: int | None = None,
    year: int | None = None,
) -> tuple[Quantity, int, int | None, bool]:
    """Read groups wd/d/m/y + sfx; month/year fill in what the match lacks.

    Returns the quantity, its month, its year and whether the year was written.
    """
    day_word = m.group(f"d{sfx}")
    day = day_number(day_word)
    if m.group(f"m{sfx}"):
        month = month_number(m.group(f"m{sfx}"))
    assert month is not None
    explicit = m.group(f"y{sfx}") is not None
    if explicit:
        year = int(m.group(f"y{sfx}"))
    elif year is None:
        year = ctx.year_at(m.start(f"d{sfx}"))
    value, precision, reason = resolve_day(day, month, year, explicit)
    start = m.start(f"d{sfx}")
    end = max(m.end(g) for g in (f"d{sfx}", f"m{sfx}", f"y{sfx}") if m.group(g) is not None)
    weekday = weekday_start = None
    if m.group(f"wd{sfx}"):
        weekday = fr.WEEKDAYS[m.group(f"wd{sfx}").lower()]
        weekday_start = start = m.start(f"wd{sfx}")
    q = quantity(
        text,
        start,
        end,
        Kind.DATE,
        value,
        precision=precision,
        weekday=weekday,
        weekday_start=weekday_start,
        words=day_word.lower() == W.FIRST_DAY,
        **invalid_fields(reason),
    )
    return q, month, year, explicit


def _with_date_cue(q: Quantity, ntext: str, text: str) -> Quantity:
    cue, cue_start = cue_before(ntext, text, q.start, grammar.DATE_CUE)
    return replace(q, cue=cue, cue_start=cue_start) if cue else q


def _period_precision(parts: tuple[Quantity, ...]) -> str:
    precisions = {p.precision for p in parts}
    return precisions.pop() if len(precisions) == 1 else "mixed"


def _period(text: str, start: int, end: int, start_q: Quantity, end_q: Quantity) -> Quantity:
    value = None
    if start_q.value is not None and end_q.value is not None:
        value = (_period_bound(start_q, first=True), _period_bound(end_q, first=False))
    return quantity(
        text,
        start,
        end,
        Kind.PERIOD,
        value,
        precision=_period_precision((start_q, end_q)),
        parts=(start_q, end_q),
    )


def _period_bound(q: Quantity, first: bool) -> str:
    """ISO day a part contributes to a period: first or last day of a month or year."""
    if q.kind is Kind.YEAR:
        return f"{q.value}-01-01" if first else f"{q.value}-12-31"
    value = str(q.value)
    if q.precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        day = 1 if first else calendar.monthrange(year, month)[1]
        return f"{value}-{day:02d}"
    if q.precision == "month-no-year":
        month = int(value[2:4])
        day = 1 if first else calendar.monthrange(2000, month)[1]
        return f"{value}-{day:02d}"
    return value


def day_periods(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "du 3 au 9 juin 2024", "entre le 3 et le 9 juin 2024", "du 21 juin au 1er juillet"."""
    for pattern in (grammar.PERIOD_FROM, grammar.PERIOD_BETWEEN):
        for m in pattern.finditer(ntext):
            end_q, end_month, end_year, _ = _day_quantity(text, ntext, m, "2", ctx)
            start_month = month_number(m.group("m1")) if m.group("m1") else end_month
            start_year = end_year
            if end_year is not None and start_month >= 11 and end_month <= 2 and not m.group("y1"):
                start_year = end_year - 1  # "du 28 décembre au 3 janvier"
            start_q, _, _, _ = _day_quantity(text, ntext, m, "1", ctx, start_month, start_year)
            if m.group("y1") and not m.group("y2") and end_month < start_month:
                end_q, _, _, _ = _day_quantity(text, ntext, m, "2", ctx, end_month, int(m.group("y1")) + 1)
            elif m.group("y1") and not m.group("y2"):
                end_q, _, _, _ = _day_quantity(text, ntext, m, "2", ctx, end_month, int(m.group("y1")))
            period = _period(text, m.start("intro"), end_q.end, start_q, end_q)
            yield candidate(_with_date_cue(period, ntext, text))


def day_pairs(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "les 20 et 21 décembre", "le lundi 3 ou le mardi 4 juin": two dates sharing a month (not a period)."""
    for m in grammar.DAY_PAIR.finditer(ntext):
        second, month, year, _ = _day_quantity(text, ntext, m, "2", ctx)
        first, _, _, _ = _day_quantity(text, ntext, m, "1", ctx, month, year)
        yield candidate(first, second)


def day_dates(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "le 3 juin 2024", "lundi 3 juin", "1er juillet", "15 fév 2013"."""
    for m in grammar.DAY_DATE.finditer(ntext):
        q, _, _, _ = _day_quantity(text, ntext, m, "", ctx)
        yield candidate(_with_date_cue(q, ntext, text))


def numeric_dates(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "3/6/2024", "03.06.2024", "2024-06-03", "le 17/02"."""
    for pattern in (grammar.NUMERIC_DATE, grammar.ISO_DATE, grammar.SHORT_NUMERIC_DATE):
        for m in pattern.finditer(ntext):
            day, month = int(m.group("d")), int(m.group("m"))
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                continue  # not a date: a ratio, a version number
            if "y" in m.groupdict() and m.group("y"):
                if pattern is grammar.NUMERIC_DATE and m.group("sep") == "." and len(m.group("y")) == 2:
                    continue  # "1.12.25" is too often something else
                year, explicit = full_year(m.group("y")), True
            else:
                year, explicit = ctx.year_at(m.start("d")), False
            value, precision, reason = resolve_day(day, month, year, explicit)
            start = m.start("d") if pattern is grammar.SHORT_NUMERIC_DATE else m.start()
            q = quantity(text, start, m.end(), Kind.DATE, value, precision=precision, **invalid_fields(reason))
            yield candidate(_with_date_cue(q, ntext, text))


def _month_value(month: int, year: int | None) -> tuple[str, str]:
    if year is None:
        return f"--{month:02d}", "month-no-year"
    return f"{year:04d}-{month:02d}", "month"


def month_periods(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "de janvier 2026 à juin 2027", "d'avril à juin 2024", "entre janvier et mars"."""
    for m in grammar.MONTH_PERIOD.finditer(ntext):
        m1, m2 = month_number(m.group("m1")), month_number(m.group("m2"))
        y2 = int(m.group("y2")) if m.group("y2") else None
        y1 = int(m.group("y1")) if m.group("y1") else None
        if y2 is None and y1 is not None:
            y2 = y1 if m2 >= m1 else y1 + 1
        if y2 is None:
            y2 = ctx.year_at(m.start("m2"))
        if y1 is None and y2 is not None:
            y1 = y2 if m1 <= m2 else y2 - 1
        parts = []
        for month, year, group in ((m1, y1, "1"), (m2, y2, "2")):
            value, precision = _month_value(month, year)
            end = m.end(f"y{group}") if m.group(f"y{group}") else m.end(f"m{group}")
            parts.append(quantity(text, m.start(f"m{group}"), end, Kind.DATE, value, precision=precision))
        yield candidate(_period(text, m.start("intro"), parts[1].end, parts[0], parts[1]))


def _year_quantity(text: str, m: re.Match[str], group: str) -> Quantity:
    return quantity(text, m.start(group), m.end(group), Kind.YEAR, int(m.group(group)), precision="year")


def year_periods(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "entre 2020 et 2022", "de 2020 à 2022", "2015-2019"."""
    del ctx
    for m in grammar.YEAR_PERIOD.finditer(ntext):
        if _counted_after(ntext, m.end("y2")) or _bound_before(ntext, m.start("intro")):
            continue
        if grammar.CHANGE_FROM.search(ntext, max(0, m.start("intro") - 20), m.start("intro")):
            continue  # « est passé de 1941 à 1889 »: a count that changed, not a span of years
        start_q, end_q = _year_quantity(text, m, "y1"), _year_quantity(text, m, "y2")
        yield candidate(_period(text, m.start("intro"), m.end("y2"), start_q, end_q))
    for m in grammar.YEAR_SPAN.finditer(ntext):  # "2015-2019", "la saison 2023-2024"
        if int(m.group("y2")) <= int(m.group("y1")) or _counted_after(ntext, m.end("y2")):
            continue
        if grammar.CODE_BEFORE.search(ntext, max(0, m.start() - 15), m.start()):
            continue  # "loi n° 2019-2020" is a number
        start_q, end_q = _year_quantity(text, m, "y1"), _year_quantity(text, m, "y2")
        yield candidate(_period(text, m.start(), m.end(), start_q, end_q))


def part_dates(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "début juin", "mi-juin", "fin juin 2024", "début 2022", "fin du mois d'août"."""
    for m in grammar.PART_DATE.finditer(ntext):
        word = (m.group("part") or m.group("mid")).lower()
        precision = fr.PART_WORDS[word]
        cue_start = m.start("part") if m.group("part") else m.start("mid")
        if m.group("m"):
            month = month_number(m.group("m"))
            year = int(m.group("y")) if m.group("y") else ctx.year_at(m.start("m"))
            value = _month_value(month, year)[0]
        else:
            value = m.group("yo")
        q = quantity(text, cue_start, m.end(), Kind.DATE, value, precision=precision, cue=word, cue_start=cue_start)
        yield candidate(q)


def month_dates(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "en juin 2024", "mars 2020", "en juin", "juin dernier"."""
    for m in grammar.MONTH_DATE.finditer(ntext):
        cue = (m.group("cue") or "").lower()
        if not m.group("y") and (not cue or cue in W.OF) and not m.group("rel"):
            continue  # a bare month name is too often something else ("Mars")
        month = month_number(m.group("m"))
        if m.group("y"):
            year: int | None = int(m.group("y"))
        else:
            year = ctx.year_at(m.start("m"))
            ref = ctx.article_date
            rel = (m.group("rel") or "").lower()
            if ref is not None and rel == W.LAST and month >= ref.month:
                year = ref.year - 1
            elif ref is not None and rel == W.NEXT and month <= ref.month:
                year = ref.year + 1
        value, precision = _month_value(month, year)
        end = m.end("y") if m.group("y") else m.end("m")
        q = quantity(text, m.start("m"), end, Kind.DATE, value, precision=precision)
        if cue:
            q = replace(q, cue=text[m.start("cue") : m.end("cue")], cue_start=m.start("cue"))
        yield candidate(q)


def _counted_after(ntext: str, end: int) -> bool:
    """A year-looking number followed by a counted noun is an amount ("2024 victimes")."""
    m = grammar.WORD_AFTER.match(ntext, end, min(len(ntext), end + 40))
    if m is None:
        return False
    word = m.group("w").lower()
    if word in {"%", "€", "$"} or word in fr.DURATION_UNITS:
        return True
    word = word.split("'")[0]
    if word in fr.AFTER_YEAR_WORDS or word in fr.NUMBER_WORDS:
        return False
    return word.endswith(("s", "x")) and word not in W.NOT_PLURAL


def _bound_before(ntext: str, start: int) -> bool:
    return grammar.BOUND_BEFORE_CUE.search(ntext, max(0, start - 20), start) is not None


def year_dates(text: str, ntext: str, ctx: YearContext) -> Iterator[Candidate]:
    """ "en 2023", "depuis 2019", "pour l'exercice 2024", "au titre de 2023", "l'an 2000"."""
    del ctx
    for m in grammar.YEAR.finditer(ntext):
        cue = m.group("cue").lower()
        if _counted_after(ntext, m.end("y")):
            continue
        if cue in fr.WEAK_YEAR_CUES and (
            _bound_before(ntext, m.start("cue")) or grammar.LIST_CONTINUES.match(ntext, m.end("y"))
        ):
            continue  # "plus de 2000", "de 2000 à 3000 manifestants"
        q = _year_quantity(text, m, "y")
        yield candidate(replace(q, cue=text[m.start("cue") : m.end("cue")], cue_start=m.start("cue")))
