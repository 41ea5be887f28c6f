"""Bound words before a figure ("plus de", "environ", "au moins") set its qualifier
and interval.
"""

from __future__ import annotations

import re
from decimal import Decimal

from globalchain_cli.lang.fr.grammar import CUE_DIGITS_RE, CUE_RE, CUE_TABLE
from globalchain_cli.model import AMOUNT_KINDS, Qualifier

from .scan import Cand, Scan, norm


def attach_cues(scan: Scan, cands: list[Cand]) -> None:
    """ "plus de", "près de", "environ"... before a figure set its qualifier and bounds."""
    for c in cands:
        if c.kind not in AMOUNT_KINDS or c.qualifier is Qualifier.RANGE:
            continue
        window_start = max(0, c.start - 60)
        window = scan.text[window_start : c.start]
        m = CUE_RE.search(window)
        if m is None and not c.words:
            m = CUE_DIGITS_RE.search(window)
        if m is None:
            continue
        phrase = m.group("cue")
        key = re.sub(r"\s+", " ", norm(phrase))
        entry = CUE_TABLE.get(key)
        if entry is None:
            continue
        qualifier, lo, hi = entry
        _set_bounds(c, Qualifier(qualifier), lo, hi)
        c.cue = phrase
        c.cue_start = window_start + m.start("cue")


def _set_bounds(c: Cand, qualifier: Qualifier, lo: float | None, hi: float | None) -> None:
    """The interval a bound word gives the figure: "plus de 200" is at least 200, "environ 30" near 30."""
    value = c.value
    if not isinstance(value, (int, float, Decimal)):
        return
    if c.qualifier is Qualifier.APPROXIMATE and qualifier is Qualifier.APPROXIMATE:
        c.cue = None
        return
    base_low = c.low if c.low is not None else value
    base_high = c.high if c.high is not None else value
    c.qualifier = qualifier
    if qualifier is Qualifier.AT_LEAST:
        c.low = value
        c.high = (
            base_high * Decimal(str(hi))
            if hi is not None and isinstance(base_high, Decimal)
            else (float(value) * hi if hi is not None else None)
        )
    elif qualifier is Qualifier.AT_MOST:
        c.high = value
        c.low = float(value) * lo if lo is not None else None
    else:
        c.low = float(base_low) * lo if lo is not None else None
        c.high = float(base_high) * hi if hi is not None else None
