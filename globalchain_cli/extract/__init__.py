"""Figures found on the raw text: dates first, then every other number.

``find_quantities`` is the one entry point: dates, periods, durations, ages and
clock times (``dates.py``) are found first, so that ``numbers.py`` never reads
"3 juin 2024" as the count 3.
"""

from __future__ import annotations

from ..model import Quantity
from .dates import article_year, find_dates
from .numbers import find_numbers

__all__ = ["article_year", "find_quantities"]


def find_quantities(text: str) -> list[Quantity]:
    """Every figure of ``text``, sorted by offset, non-overlapping."""
    dates = find_dates(text)
    numbers = find_numbers(text, skip=[(q.start, q.end) for q in dates])
    return sorted([*dates, *numbers], key=lambda q: (q.start, q.end))
