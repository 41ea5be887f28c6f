"""What every date reader shares: the normalised text, the year context, days and
months as numbers, why a date cannot exist, amounts in digits or words, cue words."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from text_to_num import text2num

from globalchain_cli.lang.fr import dates as fr
from globalchain_cli.lang.fr import grammar
from globalchain_cli.model import Kind, Quantity, Reason

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS

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


def normalize(text: str) -> str:
    """Same-length copy with plain apostrophes, spaces and hyphens."""
    return text.translate(_SAME_LENGTH)


#: Characters read before a figure for its context (age, clock time): lang/fr/dates.py.
WINDOW = fr.CONTEXT_WINDOW


# ---------------------------------------------------------------------------
# Candidates and the year context
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Candidate:
    """One or more quantities found together; chosen or dropped as a whole."""

    start: int
    end: int
    rank: int  # lower wins between spans of the same length
    quantities: list[Quantity] = field(default_factory=list)


_RANK = {Kind.PERIOD: 0, Kind.DATE: 1, Kind.TIME: 2, Kind.AGE: 3, Kind.DURATION: 3, Kind.YEAR: 4}


def candidate(*quantities: Quantity) -> Candidate:
    start = min(q.start if q.weekday_start is None else min(q.start, q.weekday_start) for q in quantities)
    end = max(q.end for q in quantities)
    return Candidate(start, end, min(_RANK.get(q.kind, 5) for q in quantities), list(quantities))


@dataclass(slots=True)
class YearContext:
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
            month = month_number(m.group("m"))
            best = (m.start(), _safe_date(int(m.group("y")), month, day_number(m.group("d"))))
            break
    for pattern in (grammar.NUMERIC_DATE, grammar.ISO_DATE):
        m = pattern.search(ntext)
        if m and (best is None or m.start() < best[0]):
            year = full_year(m.group("y"))
            month, day = int(m.group("m")), int(m.group("d"))
            if 1 <= month <= 12:
                best = (m.start(), _safe_date(year, month, day))
    return best


def year_context(ntext: str) -> YearContext:
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
    return YearContext(article, article_date, positions, years)


def article_year(text: str) -> int | None:
    """Year of the first full date (day, month and year) in the text, usually the dateline."""
    try:
        return year_context(normalize(text)).article
    except Exception:  # noqa: BLE001 - a helper of a never-raising extractor
        return None


# ---------------------------------------------------------------------------
# Small readers
# ---------------------------------------------------------------------------


def month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return fr.MONTHS.get(key) or fr.MONTH_ABBREVIATIONS[key]


def day_number(word: str) -> int:
    return 1 if word.lower() in fr.FIRST_DAY_WORDS else int(word)


def full_year(digits: str) -> int:
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


def resolve_day(day: int, month: int, year: int | None, explicit: bool) -> tuple[str | None, str, Reason | None]:
    """(value, precision, reason) of a day date; a guessed year never makes 29 février invalid."""
    if year is not None and not explicit and month == 2 and day == 29 and not calendar.isleap(year):
        year = None
    reason = _invalid_reason(day, month, year)
    if reason is not None:
        return None, "day" if year is not None else "day-no-year", reason
    if year is None:
        return f"--{month:02d}-{day:02d}", "day-no-year", None
    return f"{year:04d}-{month:02d}-{day:02d}", "day", None


def invalid_fields(reason: Reason | None) -> dict:
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


def parse_words(s: str) -> tuple[int, int] | None:
    """(value, offset in s) of the longest tail of s that text2num reads as one number."""
    starts = [0] + [m.end() for m in _WORD_SPLIT.finditer(s)]
    for offset in starts:
        chunk = s[offset:].strip()
        if not chunk or chunk.lower() in W.AND_FORMS:
            continue
        try:
            return text2num(chunk.lower(), "fr"), offset
        except (ValueError, TypeError, OverflowError):
            continue
    return None


def read_amount(s: str, start: int) -> tuple[float | int, int, bool] | None:
    """(value, start offset in the text, written in words) of an amount matched at start."""
    if s[:1].isdigit():
        return _parse_digits(s), start, False
    parsed = parse_words(s)
    if parsed is None:
        return None
    value, offset = parsed
    return value, start + offset, True


def quantity(text: str, start: int, end: int, kind: Kind, value, **kw) -> Quantity:
    return Quantity(start=start, end=end, text=text[start:end], kind=kind, value=value, **kw)


_WORD_START = re.compile(r"(?<![^\W_])[^\W_]")


def match_suffix(pattern: re.Pattern[str], ntext: str, start: int) -> re.Match[str] | None:
    """Longest match of pattern (ending in ``$``) that ends at start and begins at a word start.

    Trying only the word starts of a short window keeps this cheap on long texts.
    """
    lo = max(0, start - fr.CUE_WINDOW)
    for w in _WORD_START.finditer(ntext, lo, start):
        m = pattern.match(ntext, w.start(), start)
        if m is not None:
            return m
    return None


def cue_before(ntext: str, text: str, start: int, pattern: re.Pattern[str]) -> tuple[str | None, int | None]:
    """Cue words right before start (pattern anchored at the end of a short window)."""
    m = match_suffix(pattern, ntext, start)
    if m is None or m.start() == m.end():
        return None, None
    cue = text[m.start() : start].strip()
    return (cue or None), (m.start() if cue else None)
