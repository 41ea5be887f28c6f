"""Find dates, periods, durations, ages, clock times and years in raw French text.

Pure Python (regular expressions and text2num), no spaCy. The public entry
point is :func:`find_dates`; :func:`article_year` and :func:`date_bounds` are
helpers the rules may use.

What each kind's ``value`` holds
--------------------------------
* ``DATE``: an ISO string. ``"2024-06-03"`` (precision ``"day"``), ``"2024-06"``
  (``"month"``), ``"--06-03"`` / ``"--06"`` when no year can be found
  (``"day-no-year"`` / ``"month-no-year"``). Parts of a month or year
  ("début juin", "mi-juin", "fin 2023") keep the month or year as value and
  say which part in the precision: ``"early"`` (début: days 1–10, or
  janvier–avril for a year), ``"mid"`` (mi-: days 11–20, or mai–août),
  ``"late"`` (fin: day 21 to the end, or septembre–décembre); the word is the
  cue. An impossible date ("31 juin", "29 février 2023") has ``value`` None,
  ``reason`` set to a :class:`~globalchain_cli.model.Reason` (a message key of
  ``lang/<code>/messages/extract.toml`` with its fields) and ``invalid`` to that
  reason in French, which DAT02 shows today.
* ``PERIOD``: ``(start_iso, end_iso)`` as the text gives them, even inverted
  ("du 21 au 16 juillet"); ``parts`` holds the start and end quantities
  (DATE, or YEAR for "entre 2020 et 2022"). ``value`` is None when a part is
  impossible (that part carries ``invalid``).
* ``DURATION``: the amount (``1.5`` for "un an et demi") with the unit lemma
  in ``unit`` ("jour", "semaine", "mois", "an", "heure"...). Ranges
  ("entre 3 et 5 ans") have qualifier RANGE, ``low``/``high`` and value None.
  "quinze jours" / "huit jours" in words are idioms for two weeks / one week:
  APPROXIMATE with ``low``/``high`` 14–15 and 7–8.
* ``AGE``: the age in years (unit "an"); ranges as for durations.
* ``TIME``: ``"HH:MM"``.
* ``YEAR``: the year as an int.

Year of a date written without one ("3 juin"): the year of the first full
date of the text (usually the dateline, "Paris, 27 février 2025 (AFP)"), else
the nearest explicit year before it, else none (``"--06-03"``). In a period,
the end's month and year carry over to the start ("du 3 au 9 juin 2024").

Spans never include "le", "du"…; a weekday before a date starts the span
("lundi 3 juin 2024"); periods include their "du"/"entre". Bound and
introducing words ("pendant", "plus de", "depuis le") are in ``cue`` and
``cue_start`` (before the span), except "et plus" after an age, which is
the cue with ``cue_start`` after the span.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from text_to_num import text2num

from globalchain_cli.lang.fr import dates as fr
from globalchain_cli.lang.fr import grammar
from globalchain_cli.model import Kind, Qualifier, Quantity, Reason

__all__ = ["article_year", "date_bounds", "find_dates"]

# ---------------------------------------------------------------------------
# Normalisation: one character for one, so offsets stay those of the input.
# ---------------------------------------------------------------------------

_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def _normalize(text: str) -> str:
    """Same-length copy with plain apostrophes, spaces and hyphens."""
    return text.translate(_SAME_LENGTH)


_WINDOW = 60  # characters read before a figure for its context (age, clock time)
_CUE_WINDOW = 36  # characters that may hold a figure's cue words ("pendant plus de")


# ---------------------------------------------------------------------------
# Candidates and the year context
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    """One or more quantities found together; chosen or dropped as a whole."""

    start: int
    end: int
    rank: int  # lower wins between spans of the same length
    quantities: list[Quantity] = field(default_factory=list)


_RANK = {Kind.PERIOD: 0, Kind.DATE: 1, Kind.TIME: 2, Kind.AGE: 3, Kind.DURATION: 3, Kind.YEAR: 4}


def _candidate(*quantities: Quantity) -> _Candidate:
    start = min(q.start if q.weekday_start is None else min(q.start, q.weekday_start) for q in quantities)
    end = max(q.end for q in quantities)
    return _Candidate(start, end, min(_RANK.get(q.kind, 5) for q in quantities), list(quantities))


@dataclass(slots=True)
class _YearContext:
    """Where the year of a date written without one comes from."""

    article: int | None
    article_date: dt.date | None
    positions: list[int]
    years: list[int]

    def year_at(self, pos: int) -> int | None:
        """The article's year, else the nearest explicit year before pos."""
        if self.article is not None:
            return self.article
        i = bisect_right(self.positions, pos) - 1
        return self.years[i] if i >= 0 else None


def _first_full_date(ntext: str) -> tuple[int, dt.date | None] | None:
    """Position and date (None if impossible) of the first day-month-year date."""
    best: tuple[int, dt.date | None] | None = None
    for m in grammar.DAY_DATE.finditer(ntext):
        if m.group("y"):
            month = _month_number(m.group("m"))
            best = (m.start(), _safe_date(int(m.group("y")), month, _day_number(m.group("d"))))
            break
    for pattern in (grammar.NUMERIC_DATE, grammar.ISO_DATE):
        m = pattern.search(ntext)
        if m and (best is None or m.start() < best[0]):
            year = _full_year(m.group("y"))
            month, day = int(m.group("m")), int(m.group("d"))
            if 1 <= month <= 12:
                best = (m.start(), _safe_date(year, month, day))
    return best


def _year_context(ntext: str) -> _YearContext:
    first = _first_full_date(ntext)
    article = None
    article_date = None
    if first is not None:
        article_date = first[1]
        m = grammar.DAY_DATE.match(ntext, first[0])
        if article_date is not None:
            article = article_date.year
        elif m and m.group("y"):
            article = int(m.group("y"))
    positions: list[int] = []
    years: list[int] = []
    for m in grammar.EXPLICIT_YEAR.finditer(ntext):
        positions.append(m.start("y"))
        years.append(int(m.group("y")))
    return _YearContext(article, article_date, positions, years)


def article_year(text: str) -> int | None:
    """Year of the first full date (day, month and year) in the text, usually the dateline."""
    try:
        return _year_context(_normalize(text)).article
    except Exception:  # noqa: BLE001 - a helper of a never-raising extractor
        return None


# ---------------------------------------------------------------------------
# Small readers
# ---------------------------------------------------------------------------


def _month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return fr.MONTHS.get(key) or fr.MONTH_ABBREVIATIONS[key]


def _day_number(word: str) -> int:
    return 1 if word.lower() in fr.FIRST_DAY_WORDS else int(word)


def _full_year(digits: str) -> int:
    """Four-digit year; two digits pivot at 50 ("14" → 2014, "74" → 1974)."""
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _invalid_reason(day: int, month: int, year: int | None) -> Reason | None:
    """Why day/month/year cannot exist ("31 juin", "29 février 2023"); None when it can."""
    if day < 1:
        return Reason("extract.date.day_zero")
    if day > 31:
        return Reason("extract.date.over_31")
    if month == 2:
        if year is None:
            return Reason("extract.date.february_over_29") if day > 29 else None
        last = calendar.monthrange(year, 2)[1]
        if day <= last:
            return None
        if day == 29:
            return Reason("extract.date.not_leap", (("year", year),))
        return Reason("extract.date.february_days", (("days", last), ("year", year)))
    last = calendar.monthrange(2000, month)[1]
    if day > last:
        return Reason("extract.date.month_days", (("month", month), ("days", last)))
    return None


def _resolve_day(day: int, month: int, year: int | None, explicit: bool) -> tuple[str | None, str, Reason | None]:
    """(value, precision, reason) of a day date; a guessed year never makes 29 février invalid."""
    if year is not None and not explicit and month == 2 and day == 29 and not calendar.isleap(year):
        year = None
    reason = _invalid_reason(day, month, year)
    if reason is not None:
        return None, "day" if year is not None else "day-no-year", reason
    if year is None:
        return f"--{month:02d}-{day:02d}", "day-no-year", None
    return f"{year:04d}-{month:02d}-{day:02d}", "day", None


def _invalid(reason: Reason | None) -> dict:
    """The fields of an impossible date: ``reason`` in no language, ``invalid`` in French (as DAT02 shows it)."""
    return {} if reason is None else {"invalid": reason.render("fr"), "reason": reason}


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _parse_digits(s: str) -> float | int:
    """ "1 374" → 1374, "1.374" → 1374 (Belgian thousands), "3,5" → 3.5."""
    s = s.replace(" ", "")
    if _DOT_THOUSANDS.fullmatch(s):
        return int(s.replace(".", ""))
    s = s.replace(",", ".")
    return float(s) if "." in s else int(s)


_WORD_SPLIT = re.compile(r"[\s-]+")


def _parse_words(s: str) -> tuple[int, int] | None:
    """(value, offset in s) of the longest tail of s that text2num reads as one number."""
    starts = [0] + [m.end() for m in _WORD_SPLIT.finditer(s)]
    for offset in starts:
        chunk = s[offset:].strip()
        if not chunk or chunk.lower() in {"et", "et-"}:
            continue
        try:
            return text2num(chunk.lower(), "fr"), offset
        except (ValueError, TypeError, OverflowError):
            continue
    return None


def _read_amount(s: str, start: int) -> tuple[float | int, int, bool] | None:
    """(value, start offset in the text, written in words) of an amount matched at start."""
    if s[:1].isdigit():
        return _parse_digits(s), start, False
    parsed = _parse_words(s)
    if parsed is None:
        return None
    value, offset = parsed
    return value, start + offset, True


def _quantity(text: str, start: int, end: int, kind: Kind, value, **kw) -> Quantity:
    return Quantity(start=start, end=end, text=text[start:end], kind=kind, value=value, **kw)


_WORD_START = re.compile(r"(?<![^\W_])[^\W_]")


def _match_suffix(pattern: re.Pattern[str], ntext: str, start: int) -> re.Match[str] | None:
    """Longest match of pattern (ending in ``$``) that ends at start and begins at a word start.

    Trying only the word starts of a short window keeps this cheap on long texts.
    """
    lo = max(0, start - _CUE_WINDOW)
    for w in _WORD_START.finditer(ntext, lo, start):
        m = pattern.match(ntext, w.start(), start)
        if m is not None:
            return m
    return None


def _cue_before(ntext: str, text: str, start: int, pattern: re.Pattern[str]) -> tuple[str | None, int | None]:
    """Cue words right before start (pattern anchored at the end of a short window)."""
    m = _match_suffix(pattern, ntext, start)
    if m is None or m.start() == m.end():
        return None, None
    cue = text[m.start() : start].strip()
    return (cue or None), (m.start() if cue else None)


# ---------------------------------------------------------------------------
# Dates and periods
# ---------------------------------------------------------------------------


def _day_quantity(
    text: str,
    ntext: str,
    m: re.Match[str],
    sfx: str,
    ctx: _YearContext,
    month: int | None = None,
    year: int | None = None,
) -> tuple[Quantity, int, int | None, bool]:
    """Read groups wd/d/m/y + sfx; month/year fill in what the match lacks.

    Returns the quantity, its month, its year and whether the year was written.
    """
    day_word = m.group(f"d{sfx}")
    day = _day_number(day_word)
    if m.group(f"m{sfx}"):
        month = _month_number(m.group(f"m{sfx}"))
    assert month is not None
    explicit = m.group(f"y{sfx}") is not None
    if explicit:
        year = int(m.group(f"y{sfx}"))
    elif year is None:
        year = ctx.year_at(m.start(f"d{sfx}"))
    value, precision, reason = _resolve_day(day, month, year, explicit)
    start = m.start(f"d{sfx}")
    end = max(m.end(g) for g in (f"d{sfx}", f"m{sfx}", f"y{sfx}") if m.group(g) is not None)
    weekday = weekday_start = None
    if m.group(f"wd{sfx}"):
        weekday = fr.WEEKDAYS[m.group(f"wd{sfx}").lower()]
        weekday_start = start = m.start(f"wd{sfx}")
    q = _quantity(
        text,
        start,
        end,
        Kind.DATE,
        value,
        precision=precision,
        weekday=weekday,
        weekday_start=weekday_start,
        words=day_word.lower() == "premier",
        **_invalid(reason),
    )
    return q, month, year, explicit


def _with_date_cue(q: Quantity, ntext: str, text: str) -> Quantity:
    cue, cue_start = _cue_before(ntext, text, q.start, grammar.DATE_CUE)
    return replace(q, cue=cue, cue_start=cue_start) if cue else q


def _period_precision(parts: tuple[Quantity, ...]) -> str:
    precisions = {p.precision for p in parts}
    return precisions.pop() if len(precisions) == 1 else "mixed"


def _period(text: str, start: int, end: int, start_q: Quantity, end_q: Quantity) -> Quantity:
    value = None
    if start_q.value is not None and end_q.value is not None:
        value = (_period_bound(start_q, first=True), _period_bound(end_q, first=False))
    return _quantity(
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


def _day_periods(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "du 3 au 9 juin 2024", "entre le 3 et le 9 juin 2024", "du 21 juin au 1er juillet"."""
    for pattern in (grammar.PERIOD_FROM, grammar.PERIOD_BETWEEN):
        for m in pattern.finditer(ntext):
            end_q, end_month, end_year, _ = _day_quantity(text, ntext, m, "2", ctx)
            start_month = _month_number(m.group("m1")) if m.group("m1") else end_month
            start_year = end_year
            if end_year is not None and start_month >= 11 and end_month <= 2 and not m.group("y1"):
                start_year = end_year - 1  # "du 28 décembre au 3 janvier"
            start_q, _, _, _ = _day_quantity(text, ntext, m, "1", ctx, start_month, start_year)
            if m.group("y1") and not m.group("y2") and end_month < start_month:
                end_q, _, _, _ = _day_quantity(text, ntext, m, "2", ctx, end_month, int(m.group("y1")) + 1)
            elif m.group("y1") and not m.group("y2"):
                end_q, _, _, _ = _day_quantity(text, ntext, m, "2", ctx, end_month, int(m.group("y1")))
            period = _period(text, m.start("intro"), end_q.end, start_q, end_q)
            yield _candidate(_with_date_cue(period, ntext, text))


def _day_pairs(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "les 20 et 21 décembre", "le lundi 3 ou le mardi 4 juin": two dates sharing a month (not a period)."""
    for m in grammar.DAY_PAIR.finditer(ntext):
        second, month, year, _ = _day_quantity(text, ntext, m, "2", ctx)
        first, _, _, _ = _day_quantity(text, ntext, m, "1", ctx, month, year)
        yield _candidate(first, second)


def _day_dates(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "le 3 juin 2024", "lundi 3 juin", "1er juillet", "15 fév 2013"."""
    for m in grammar.DAY_DATE.finditer(ntext):
        q, _, _, _ = _day_quantity(text, ntext, m, "", ctx)
        yield _candidate(_with_date_cue(q, ntext, text))


def _numeric_dates(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "3/6/2024", "03.06.2024", "2024-06-03", "le 17/02"."""
    for pattern in (grammar.NUMERIC_DATE, grammar.ISO_DATE, grammar.SHORT_NUMERIC_DATE):
        for m in pattern.finditer(ntext):
            day, month = int(m.group("d")), int(m.group("m"))
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                continue  # not a date: a ratio, a version number
            if "y" in m.groupdict() and m.group("y"):
                if pattern is grammar.NUMERIC_DATE and m.group("sep") == "." and len(m.group("y")) == 2:
                    continue  # "1.12.25" is too often something else
                year, explicit = _full_year(m.group("y")), True
            else:
                year, explicit = ctx.year_at(m.start("d")), False
            value, precision, reason = _resolve_day(day, month, year, explicit)
            start = m.start("d") if pattern is grammar.SHORT_NUMERIC_DATE else m.start()
            q = _quantity(text, start, m.end(), Kind.DATE, value, precision=precision, **_invalid(reason))
            yield _candidate(_with_date_cue(q, ntext, text))


def _month_value(month: int, year: int | None) -> tuple[str, str]:
    if year is None:
        return f"--{month:02d}", "month-no-year"
    return f"{year:04d}-{month:02d}", "month"


def _month_periods(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "de janvier 2026 à juin 2027", "d'avril à juin 2024", "entre janvier et mars"."""
    for m in grammar.MONTH_PERIOD.finditer(ntext):
        m1, m2 = _month_number(m.group("m1")), _month_number(m.group("m2"))
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
            parts.append(_quantity(text, m.start(f"m{group}"), end, Kind.DATE, value, precision=precision))
        yield _candidate(_period(text, m.start("intro"), parts[1].end, parts[0], parts[1]))


def _year_quantity(text: str, m: re.Match[str], group: str) -> Quantity:
    return _quantity(text, m.start(group), m.end(group), Kind.YEAR, int(m.group(group)), precision="year")


def _year_periods(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "entre 2020 et 2022", "de 2020 à 2022", "2015-2019"."""
    del ctx
    for m in grammar.YEAR_PERIOD.finditer(ntext):
        if _counted_after(ntext, m.end("y2")) or _bound_before(ntext, m.start("intro")):
            continue
        start_q, end_q = _year_quantity(text, m, "y1"), _year_quantity(text, m, "y2")
        yield _candidate(_period(text, m.start("intro"), m.end("y2"), start_q, end_q))
    for m in grammar.YEAR_SPAN.finditer(ntext):  # "2015-2019", "la saison 2023-2024"
        if int(m.group("y2")) <= int(m.group("y1")) or _counted_after(ntext, m.end("y2")):
            continue
        if grammar.CODE_BEFORE.search(ntext, max(0, m.start() - 15), m.start()):
            continue  # "loi n° 2019-2020" is a number
        start_q, end_q = _year_quantity(text, m, "y1"), _year_quantity(text, m, "y2")
        yield _candidate(_period(text, m.start(), m.end(), start_q, end_q))


def _part_dates(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "début juin", "mi-juin", "fin juin 2024", "début 2022", "fin du mois d'août"."""
    for m in grammar.PART_DATE.finditer(ntext):
        word = (m.group("part") or m.group("mid")).lower()
        precision = fr.PART_WORDS[word]
        cue_start = m.start("part") if m.group("part") else m.start("mid")
        if m.group("m"):
            month = _month_number(m.group("m"))
            year = int(m.group("y")) if m.group("y") else ctx.year_at(m.start("m"))
            value = _month_value(month, year)[0]
        else:
            value = m.group("yo")
        q = _quantity(text, cue_start, m.end(), Kind.DATE, value, precision=precision, cue=word, cue_start=cue_start)
        yield _candidate(q)


def _month_dates(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "en juin 2024", "mars 2020", "en juin", "juin dernier"."""
    for m in grammar.MONTH_DATE.finditer(ntext):
        cue = (m.group("cue") or "").lower()
        if not m.group("y") and (not cue or cue in {"de", "d'"}) and not m.group("rel"):
            continue  # a bare month name is too often something else ("Mars")
        month = _month_number(m.group("m"))
        if m.group("y"):
            year: int | None = int(m.group("y"))
        else:
            year = ctx.year_at(m.start("m"))
            ref = ctx.article_date
            rel = (m.group("rel") or "").lower()
            if ref is not None and rel == "dernier" and month >= ref.month:
                year = ref.year - 1
            elif ref is not None and rel == "prochain" and month <= ref.month:
                year = ref.year + 1
        value, precision = _month_value(month, year)
        end = m.end("y") if m.group("y") else m.end("m")
        q = _quantity(text, m.start("m"), end, Kind.DATE, value, precision=precision)
        if cue:
            q = replace(q, cue=text[m.start("cue") : m.end("cue")], cue_start=m.start("cue"))
        yield _candidate(q)


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
    return word.endswith(("s", "x")) and word not in {"près", "dès", "très", "hors", "tous", "plusieurs"}


def _bound_before(ntext: str, start: int) -> bool:
    return grammar.BOUND_BEFORE_CUE.search(ntext, max(0, start - 20), start) is not None


def _years(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
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
        yield _candidate(replace(q, cue=text[m.start("cue") : m.end("cue")], cue_start=m.start("cue")))


# ---------------------------------------------------------------------------
# Durations, ages and clock times
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Amount:
    """What a duration-like match says, before deciding its kind."""

    start: int
    end: int
    value: float | int | None
    unit: str
    words: bool
    qualifier: Qualifier = Qualifier.EXACT
    low: float | None = None
    high: float | None = None
    lo_end: int | None = None  # end of the first figure of a range


def _read_amount_match(m: re.Match[str]) -> _Amount | None:
    """Amount, unit and span of an grammar.AMOUNT_UNIT match; None if the number is unreadable."""
    unit = "heure" if m.group("hunit") else fr.DURATION_UNITS[m.group("unit").lower()]
    half = 0.5 if (m.group("half1") or m.group("half2")) else 0
    if m.group("approx"):
        noun = m.group("approx").split()[-1].lower()
        return _Amount(m.start("approx"), m.end(), fr.APPROXIMATE_NOUNS[noun], unit, True, Qualifier.APPROXIMATE)
    if m.group("demi"):
        return _Amount(m.start("demi"), m.end(), 0.5, unit, True)
    num = "hi_d" if m.group("hi_d") else "num"
    read = _read_amount(m.group(num), m.start(num))
    if read is None:
        return None
    value, start, words = read
    if half:
        value = value + half
    if m.group("minutes"):
        value = value + int(m.group("minutes")) / 60
    amount = _Amount(start, m.end(), value, unit, words)
    lo_group = "lo_d" if m.group("lo_d") else "lo" if m.group("lo") else None
    if lo_group is not None:
        lo = _read_amount(m.group(lo_group), m.start(lo_group))
        if lo is None:
            return amount
        if lo_group == "lo" and m.group("lo_sep").lower() == "et" and lo[2] and words:
            joined = _parse_words(f"{m.group('lo')} et {m.group('num')}")
            if joined is not None and joined[1] == 0:  # "vingt et un jours" is one number
                amount.value = joined[0] + half
                amount.start = lo[1]
                return amount
        amount.start = lo[1]
        amount.low, amount.high = lo[0], amount.value
        amount.value = None
        amount.qualifier = Qualifier.RANGE
        amount.words = words or lo[2]
        amount.lo_end = m.end(lo_group)
    return amount


def _apply_bound(amount: _Amount, bound: str | None) -> None:
    """Qualifier and interval given by "plus de", "moins de", "près de"…"""
    if not bound or amount.qualifier is Qualifier.RANGE:
        return
    key = re.sub(r"\s+", " ", bound.lower())
    qualifier = Qualifier(fr.BOUND_WORDS.get(key, "exact"))
    amount.qualifier = qualifier
    if qualifier is Qualifier.AT_LEAST:
        amount.low = amount.value
    elif qualifier is Qualifier.AT_MOST:
        amount.high = amount.value


def _last_words(before: str, n: int) -> list[str]:
    """Up to n words at the end of before, stopping at punctuation."""
    words: list[str] = []
    for token in reversed(before.split()):
        if any(c in token for c in ',.;:!?()«»"'):
            break
        words.append(token.lower())
        if len(words) == n:
            break
    return words


def _is_person(word: str) -> bool:
    word = word.split("'")[-1]
    if word in fr.PERSON_NOUNS:
        return True
    return word.endswith(("s", "x")) and word[:-1] in fr.PERSON_NOUNS


def _is_age(ntext: str, amount: _Amount, intro: str, bound: str, det: str, before: str) -> bool:
    """Does "X ans" give someone's age? (heuristics documented in the module brief)."""
    after = ntext[amount.end : amount.end + 40]
    if grammar.COMPLEMENT.match(after):
        return False
    if grammar.AND_MORE.match(after):
        return True
    if grammar.AGED_BEFORE.search(before) or grammar.HAVE_BEFORE.search(before):
        return True
    sentence = before[-50:]
    cut = max((m.end() for m in grammar.SENTENCE_END.finditer(sentence)), default=0)
    if grammar.AGE_NOUN.search(sentence, cut):
        return True
    if intro in {"de", "d'"} and any(_is_person(w) for w in _last_words(before, 3)):
        return True
    if bound and not intro and (grammar.THE_BOUNDED.search(before) or det.lower() in {"les", "des"}):
        return True  # "les moins de 25 ans"
    if det.lower() in {"ses", "leurs"} and not bound:
        return True  # "il a fêté ses 100 ans"
    if amount.qualifier is Qualifier.RANGE and not intro and det.lower() in {"les", "des"}:
        return True  # "les 18-25 ans"
    if not intro and not bound and not amount.words:
        m = grammar.NAME_COMMA.search(before)
        if m and (m.group("w")[0].isupper() or _is_person(m.group("w").lower())):
            return grammar.AGE_CLOSE.match(after) is not None
    return False


def _is_clock_time(ntext: str, amount: _Amount, intro: str, bound: str, hunit: bool, before: str) -> bool:
    """Is "X h" / "X heures" a time of day rather than a number of hours?"""
    value = amount.value
    if value is None or amount.qualifier is Qualifier.RANGE or amount.words and hunit:
        return False
    if value >= 24 or value < 0:
        return False
    intro = intro.lower()
    if bound or intro in fr.HOUR_DURATION_CUES:
        return False
    if not intro and any(w in fr.DURATION_VERBS for w in _last_words(before, 1)):
        return False  # "le trajet prend 2 h"
    if grammar.HOUR_RANGE_BEFORE.search(before) or grammar.WEEKDAY_BEFORE.search(before):
        return True
    if intro in {"de", "entre"}:
        return grammar.HOUR_RANGE_AFTER.match(ntext, amount.end) is not None
    if intro in fr.TIME_CUES:
        return True
    return hunit


def _is_infant_age(ntext: str, amount: _Amount, intro: str, before: str) -> bool:
    """ "un bébé de 6 mois", "âgé de 3 semaines": an age counted in months, weeks or days."""
    if grammar.COMPLEMENT.match(ntext, amount.end):
        return False
    if grammar.AGED_BEFORE.search(before) or grammar.AGE_NOUN.search(before[-30:]):
        return True
    return intro in {"de", "d'"} and any(_is_person(w) for w in _last_words(before, 3))


def _is_clock_range(amount: _Amount, intro: str, hunit: bool) -> bool:
    """ "entre 2 et 6 h", "de 8 à 18 h": two clock times, not a range of hours."""
    if amount.qualifier is not Qualifier.RANGE or not hunit or amount.lo_end is None:
        return False
    if intro.lower() not in {"entre", "de"}:
        return False
    return all(v is not None and float(v).is_integer() and 0 <= v < 24 for v in (amount.low, amount.high))


def _clock_range(text: str, m: re.Match[str], amount: _Amount, cue: str | None, cue_start: int | None) -> _Candidate:
    assert amount.lo_end is not None and amount.low is not None
    low = int(amount.low)
    if m.group("ampm") and low < 12:
        low += fr.DAY_PERIODS[re.sub(r"\s+", " ", m.group("ampm").lower())]
    first = _quantity(text, amount.start, amount.lo_end, Kind.TIME, f"{low:02d}:00", cue=cue, cue_start=cue_start)
    amount.value = amount.high
    num = "hi_d" if m.group("hi_d") else "num"
    second = _quantity(text, m.start(num), m.end(), Kind.TIME, _time_value(m, amount))
    return _candidate(first, second)


def _time_value(m: re.Match[str], amount: _Amount) -> str:
    hour = int(amount.value or 0)
    minutes = int(m.group("minutes") or 0)
    if m.group("ampm") and hour < 12:
        hour += fr.DAY_PERIODS[re.sub(r"\s+", " ", m.group("ampm").lower())]
    return f"{hour:02d}:{minutes:02d}"


def _amount_matches(ntext: str) -> Iterator[tuple[re.Match[str], _Amount]]:
    """Matches of grammar.AMOUNT_UNIT with their amounts; a range whose start exceeds its end
    ("le 1er janvier 2025 à 0 h") is read again from its second figure."""
    for m in grammar.AMOUNT_UNIT.finditer(ntext):
        amount = _read_amount_match(m)
        if amount is not None and amount.qualifier is Qualifier.RANGE and amount.low > amount.high:
            num = "hi_d" if m.group("hi_d") else "num"
            m = grammar.AMOUNT_UNIT.match(ntext, m.start(num))
            amount = _read_amount_match(m) if m else None
        if amount is not None and m is not None:
            yield m, amount


@dataclass(slots=True)
class _Cue:
    """The words before an amount: "pendant", "plus de", "les"… and the text before them."""

    intro: str
    bound: str
    det: str
    text: str | None
    start: int | None
    before: str


def _cue_of(text: str, ntext: str, start: int) -> _Cue:
    m = _match_suffix(grammar.PREFIX_CUE, ntext, start)
    cue_start = m.start() if m and m.start() < start else None
    head = cue_start if cue_start is not None else start
    cue = text[cue_start:start].strip() if cue_start is not None else ""
    return _Cue(
        intro=((m.group("intro") or "") if m else "").lower(),
        bound=(m.group("bound") or "") if m else "",
        det=(m.group("det") or "") if m else "",
        text=cue or None,
        start=cue_start if cue else None,
        before=ntext[max(0, head - _WINDOW) : head],
    )


def _kind_of(ntext: str, m: re.Match[str], amount: _Amount, cue: _Cue) -> Kind:
    """DURATION, or TIME for a clock time, or AGE for someone's age."""
    if amount.unit == "heure":
        clock = _is_clock_time(ntext, amount, cue.intro, cue.bound, bool(m.group("hunit")), cue.before)
        return Kind.TIME if clock else Kind.DURATION
    if amount.unit == "an" and _is_age(ntext, amount, cue.intro, cue.bound, cue.det, cue.before):
        return Kind.AGE
    if amount.unit in {"mois", "semaine", "jour"} and _is_infant_age(ntext, amount, cue.intro, cue.before):
        return Kind.AGE
    return Kind.DURATION


def _plain_value(m: re.Match[str], value: float | int | None) -> float | int | None:
    """3.0 → 3, but keep 1.5 ("un an et demi", "1 h 30")."""
    if isinstance(value, float) and value.is_integer() and not (m.group("half1") or m.group("half2")):
        return int(value)
    return value


def _amounts(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "une semaine", "48 heures", "un an et demi", "47 ans" (age), "14 h 30" (time)."""
    del ctx
    for m, amount in _amount_matches(ntext):
        cue = _cue_of(text, ntext, amount.start)
        _apply_bound(amount, cue.bound)
        if _is_clock_range(amount, cue.intro, bool(m.group("hunit"))):
            yield _clock_range(text, m, amount, cue.text, cue.start)
            continue
        kind = _kind_of(ntext, m, amount, cue)
        if kind is Kind.TIME:
            value = _time_value(m, amount)
            yield _candidate(_quantity(text, amount.start, m.end(), kind, value, cue=cue.text, cue_start=cue.start))
            continue
        if m.group("ampm"):  # "trois heures du matin" read as hours: leave "du matin" out
            amount.end = m.start("ampm") - 1
            while amount.end > amount.start and ntext[amount.end - 1].isspace():
                amount.end -= 1
        if kind is Kind.DURATION and amount.words and amount.qualifier is Qualifier.EXACT:
            window = fr.IDIOMATIC_DURATIONS.get((amount.value, amount.unit))  # type: ignore[arg-type]
            if window is not None:  # "quinze jours"
                amount.qualifier = Qualifier.APPROXIMATE
                amount.low, amount.high = window
        cue_text, cue_start = cue.text, cue.start
        more = grammar.AND_MORE.match(ntext, amount.end) if kind is Kind.AGE else None
        if more and amount.qualifier is not Qualifier.RANGE:  # "75 ans et plus"
            amount.qualifier, amount.low = Qualifier.AT_LEAST, amount.value
            if cue_text is None:
                cue_text, cue_start = text[more.start("c") : more.end("c")], more.start("c")
        q = _quantity(
            text,
            amount.start,
            amount.end,
            kind,
            _plain_value(m, amount.value),
            unit=amount.unit,
            qualifier=amount.qualifier,
            low=amount.low,
            high=amount.high,
            words=amount.words,
            cue=cue_text,
            cue_start=cue_start,
        )
        yield _candidate(q)


def _definite_durations(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "durant la semaine d'action", "pendant toute la journée": one unit."""
    del ctx
    for m in grammar.DEFINITE_DURATION.finditer(ntext):
        det = m.group("det").lower()
        if not m.group("cue") and not det.startswith("tout") and not grammar.EVENT_AFTER.match(ntext, m.end()):
            continue
        after = grammar.WORD_AFTER.match(ntext, m.end(), min(len(ntext), m.end() + 40))
        if after and after.group("w").lower() in fr.DEFINITE_UNIT_STOPWORDS:
            continue
        if after and after.group("w").lower() in fr.MONTHS:
            continue
        unit = fr.DEFINITE_DURATION_UNITS[m.group("unit").lower()]
        cue = text[m.start("cue") : m.end("cue")] if m.group("cue") else None
        q = _quantity(
            text,
            m.start("det"),
            m.end(),
            Kind.DURATION,
            1,
            unit=unit,
            cue=cue,
            cue_start=m.start("cue") if cue else None,
            words=True,
        )
        yield _candidate(q)


def _named_times(text: str, ntext: str, ctx: _YearContext) -> Iterator[_Candidate]:
    """ "à midi", "vers minuit", "à 14:30"."""
    del ctx
    for m in grammar.NAMED_TIME.finditer(ntext):
        value = fr.NAMED_TIMES[m.group("t").lower()]
        yield _candidate(
            _quantity(
                text,
                m.start("t"),
                m.end("t"),
                Kind.TIME,
                value,
                cue=text[m.start("cue") : m.end("cue")],
                cue_start=m.start("cue"),
            )
        )
    for m in grammar.COLON_TIME.finditer(ntext):
        hour, minutes = int(m.group("h")), int(m.group("mi"))
        if hour > 24 or minutes > 59:
            continue
        yield _candidate(
            _quantity(
                text,
                m.start("h"),
                m.end("mi"),
                Kind.TIME,
                f"{hour:02d}:{minutes:02d}",
                cue=text[m.start("cue") : m.end("cue")],
                cue_start=m.start("cue"),
            )
        )


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------

_FINDERS = (
    _day_periods,
    _month_periods,
    _year_periods,
    _day_pairs,
    _day_dates,
    _numeric_dates,
    _part_dates,
    _month_dates,
    _years,
    _amounts,
    _definite_durations,
    _named_times,
)


def _select(candidates: list[_Candidate]) -> list[Quantity]:
    """Longest candidates first, then by rank; drop any that overlap a chosen one."""
    candidates.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken = bytearray(max((c.end for c in candidates), default=0))
    chosen: list[_Candidate] = []
    for c in candidates:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    out = [q for c in chosen for q in c.quantities]
    out.sort(key=lambda q: (q.start, q.end))
    return out


def find_dates(text: str) -> list[Quantity]:
    """Every date, period, duration, age, clock time and year in text, sorted, non-overlapping.

    Never raises: a finder that fails on odd input is skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    ntext = _normalize(text)
    try:
        ctx = _year_context(ntext)
    except Exception:  # noqa: BLE001 - never raise on input
        ctx = _YearContext(None, None, [], [])
    candidates: list[_Candidate] = []
    for finder in _FINDERS:
        try:
            candidates.extend(finder(text, ntext, ctx))
        except Exception:  # noqa: BLE001 - one bad finder must not lose the others
            continue
    return _select(candidates)


# ---------------------------------------------------------------------------
# Helper for rules
# ---------------------------------------------------------------------------


def date_bounds(q: Quantity) -> tuple[dt.date, dt.date] | None:
    """First and last day a DATE, YEAR or PERIOD quantity covers; None if unknown or impossible.

    "début juin 2024" → 2024-06-01..2024-06-10, "mi-juin" → 11..20, "fin juin" → 21..30,
    "début 2022" → 2022-01-01..2022-04-30, "juin 2024" → 2024-06-01..2024-06-30.
    """
    try:
        return _bounds(q)
    except (ValueError, TypeError, KeyError, IndexError):
        return None


def _bounds(q: Quantity) -> tuple[dt.date, dt.date] | None:
    if q.invalid or q.value is None:
        return None
    if q.kind is Kind.YEAR:
        return dt.date(int(q.value), 1, 1), dt.date(int(q.value), 12, 31)
    if q.kind is Kind.PERIOD:
        first, last = (_bounds(p) for p in q.parts)
        return (first[0], last[1]) if first and last else None
    if q.kind is not Kind.DATE:
        return None
    value = str(q.value)
    if value.startswith("--"):
        return None
    if q.precision == "day":
        d = dt.date.fromisoformat(value)
        return d, d
    if len(value) == 4:  # a part of a year
        year = int(value)
        lo, hi = fr.PART_OF_YEAR_MONTHS.get(q.precision or "", (1, 12))
        return dt.date(year, lo, 1), dt.date(year, hi, calendar.monthrange(year, hi)[1])
    year, month = int(value[:4]), int(value[5:7])
    last = calendar.monthrange(year, month)[1]
    lo, hi = fr.PART_OF_MONTH_DAYS.get(q.precision or "", (1, last))
    return dt.date(year, month, lo), dt.date(year, month, hi or last)
