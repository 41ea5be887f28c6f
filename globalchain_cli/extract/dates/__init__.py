"""Find dates, periods, durations, ages, clock times and years in raw French text.

Pure Python (regular expressions and text2num), no spaCy. The public entry
point is :func:`find_dates`; :func:`article_year` and :func:`date_bounds` are
helpers the rules may use. The readers are in :mod:`.days` (dates and periods)
and :mod:`.durations` (durations, ages, clock times), over :mod:`.common`; the
French shapes they match are in :mod:`globalchain_cli.lang.fr.grammar`.

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

from globalchain_cli.lang.fr import dates as fr
from globalchain_cli.model import Kind, Quantity

from .common import Candidate, YearContext, article_year, normalize, year_context
from .days import (
    day_dates,
    day_pairs,
    day_periods,
    month_dates,
    month_periods,
    numeric_dates,
    part_dates,
    year_dates,
    year_periods,
)
from .durations import amounts, definite_durations, named_times

__all__ = ["article_year", "date_bounds", "find_dates"]


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------

_FINDERS = (
    day_periods,
    month_periods,
    year_periods,
    day_pairs,
    day_dates,
    numeric_dates,
    part_dates,
    month_dates,
    year_dates,
    amounts,
    definite_durations,
    named_times,
)


def _select(candidates: list[Candidate]) -> list[Quantity]:
    """Longest candidates first, then by rank; drop any that overlap a chosen one."""
    candidates.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken = bytearray(max((c.end for c in candidates), default=0))
    chosen: list[Candidate] = []
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
    ntext = normalize(text)
    try:
        ctx = year_context(ntext)
    except Exception:  # noqa: BLE001 - never raise on input
        ctx = YearContext(None, None, [], [])
    candidates: list[Candidate] = []
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
