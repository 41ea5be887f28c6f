"""What a figure allows: the interval of percentages a stated share covers, the dates a
period runs between, the days a duration states. Relations and rules both read these."""

from __future__ import annotations

import calendar
import datetime as dt

from ..lang import language
from ..model import Claim, Kind

#: Days in each neutral duration unit (``Language.duration_units`` maps the words to them).
UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25}


def value_of(c: Claim) -> float | None:
    """The figure's value as a number (None for dates, periods and labels)."""
    return float(c.value) if isinstance(c.value, int | float) and not isinstance(c.value, bool) else None


#: Tolerance, in percentage points, for a share written in words ("un tiers", "un quart"):
#: the press writes "un tiers" for 31–35 %, "près d'un tiers" for 28–35 %.
WORD_SHARE_TOLERANCE = 2.0
#: Extra tolerance, in percentage points, for an approximate share (« près de 30 % »).
APPROX_EXTRA = 3.0


def stated_interval(share: Claim) -> tuple[float, float, float] | None:
    """The interval of percentages a stated share allows, and its central value.

    A stated 11 % covers 10.5–11.5 % (rounded to the unit); 52,99 % covers 52.985–53.0 %
    (rounded, or cut after its last decimal);
    "un tiers" covers 33.3 ± 2 points; "près de", "environ" widen by 3 points.
    """
    v = value_of(share)
    if v is None:
        return None
    decimals = 0
    if share.kind == Kind.FRACTION:
        centre, half = v * 100, WORD_SHARE_TOLERANCE
    else:
        mark = language().decimal_mark
        decimals = len(share.text.split(mark)[1].split()[0].rstrip("%")) if mark in share.text else 0
        centre, half = v, 0.5 * 10**-decimals + 1e-9
    q = str(share.qualifier)
    scale = 100.0 if share.kind == Kind.FRACTION else 1.0
    if share.low is not None or share.high is not None:  # « un peu plus de la moitié » : 50 à 55 %
        lo = share.low * scale - half if share.low is not None else 0.0
        hi = share.high * scale + half if share.high is not None else 100.0
        return lo, hi, centre  # the approximation's own interval: no extra tolerance
    if q == "approximate":
        return centre - half - APPROX_EXTRA, centre + half + APPROX_EXTRA, centre
    if q == "at_least":
        return centre - half, 100.0, centre
    if q == "at_most":
        return 0.0, centre + half, centre
    if decimals:
        # a share with decimals may be cut rather than rounded (« 41,7 % » for 41,76 %):
        # statistics offices and the press do both
        return centre - half, centre + 2 * half, centre
    return centre - half, centre + half, centre


def as_date(value) -> dt.date | None:
    """A full ISO date ("2024-06-03"), or None for partial or invalid ones."""
    if not isinstance(value, str) or len(value) != 10 or value.startswith("-"):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def period_bounds(c: Claim) -> tuple[dt.date, dt.date] | None:
    """Start and end dates of a period whose ends are both full dates (month periods
    "de janvier 2026 à juin 2027" run from the 1st to the last day)."""
    if c.kind != Kind.PERIOD or not isinstance(c.value, tuple | list) or len(c.value) != 2:
        return None
    start, end = (_month_edge(v, first=i == 0) for i, v in enumerate(c.value))
    if start and end and str(c.value[0]).startswith("--") and end < start and end.month != start.month:
        # « de novembre à mars », « du 28 décembre au 3 janvier »: the year turns; « du 12 au
        # 8 mai » does not (the same month: the ends are inverted)
        end = end.replace(year=end.year + 1)
    return (start, end) if start and end else None


def _month_edge(value, first: bool) -> dt.date | None:
    """The date an end of a period stands for: a full date, or the first (last) day of a
    month for the start (end) of a period of months."""
    d = as_date(value)
    if d is not None:
        return d
    if isinstance(value, str) and value.startswith("--"):  # no year written: a common year
        value = f"2001{value[1:]}"
        if len(value) == 10:
            return as_date(value)
    if isinstance(value, str) and len(value) == 7 and value[4] == "-":
        try:
            y, m = int(value[:4]), int(value[5:])
            return dt.date(y, m, 1 if first else calendar.monthrange(y, m)[1])
        except ValueError:
            return None
    return None


def period_days(c: Claim) -> int | None:
    """How many days a period covers, both ends included."""
    b = period_bounds(c)
    return (b[1] - b[0]).days + 1 if b else None


def duration_unit(c: Claim) -> str | None:
    """The neutral unit of a duration (``day``, ``week``, ``month``, ``year``), read from the
    unit word the extractor gave it in the text's language."""
    return language().duration_units.get((c.unit or "").lower())


def duration_days(c: Claim) -> float | None:
    """How many days a duration states (« onze jours » → 11, « un mois » → 30.44)."""
    unit = duration_unit(c)
    if not isinstance(c.value, int | float) or unit not in UNIT_DAYS:
        return None
    return float(c.value) * UNIT_DAYS[unit]
