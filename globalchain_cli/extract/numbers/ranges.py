"""Ranges: "de 20 à 25 %", "entre 3 et 5", "10-12 ans" merge two figures into one."""

from __future__ import annotations

import re
from decimal import Decimal

from globalchain_cli.lang.fr import numbers as fr
from globalchain_cli.lang.fr.grammar import RANGE_CONNECTOR_RE, RANGE_CUE_RE
from globalchain_cli.model import AMOUNT_KINDS, Kind, Qualifier

from .scan import Cand, Scan, Tentative, norm

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS


def merge_ranges(scan: Scan, cands: list[Cand]) -> list[Cand]:
    """ "entre 3 et 5", "de 20 à 25 %", "10 - 20 euros"; "passé de 7 à 8 %" shares the unit."""
    out: list[Cand] = []
    k = 0
    while k < len(cands):
        a = cands[k]
        if k + 1 < len(cands):
            merged = _try_range(scan, a, cands[k + 1])
            if merged is not None:
                out.append(merged)
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _try_range(scan: Scan, a: Cand, b: Cand) -> Cand | None:
    """One range from two neighbouring figures joined by "à", "et" or a dash, or None."""
    if a.kind not in AMOUNT_KINDS or b.kind not in AMOUNT_KINDS or a.qualifier is not Qualifier.EXACT:
        return None
    if b.qualifier is not Qualifier.EXACT or a.tentative or b.tentative is Tentative.ARTICLE:
        return None
    m = RANGE_CONNECTOR_RE.fullmatch(scan.text, a.end, b.start) if b.start - a.end <= 9 else None
    if m is None:
        return None
    connector = m.group("c") or m.group("d")
    cue = RANGE_CUE_RE.search(scan.text, max(0, a.start - 8), a.start)
    cue_word = norm(cue.group("cue")) if cue else None
    if _is_year_like(scan, a) and _is_year_like(scan, b):
        return None
    if connector == W.RANGE_AND and cue_word != W.RANGE_BETWEEN:
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    change = connector == W.RANGE_TO and cue_word in W.RANGE_FROM and _change_before(scan, cue.start())
    _inherit(scan, a, b)
    if change:
        return None
    if connector == W.RANGE_TO and cue_word not in W.RANGE_FROM and not b.unit:
        return None
    if connector in ("-", "–", "—") and not (a.unit or b.unit or b.scale):
        if a.plain is not None and b.plain is not None and a.kind is Kind.COUNT and b.kind is Kind.COUNT:
            return Cand(a.start, b.end, b.tok_end, Kind.CODE, scan.text[a.start : b.end])
        return None
    if not a.value < b.value:
        return None
    cue_text = cue.group("cue") if cue and cue_word in (W.RANGE_BETWEEN, *W.RANGE_FROM) else None
    return Cand(
        a.start,
        b.end,
        b.tok_end,
        b.kind,
        a.value,
        unit=b.unit,
        qualifier=Qualifier.RANGE,
        low=a.value,
        high=b.value,
        cue=cue_text,
        cue_start=cue.start() if cue_text else None,
        words=a.words and b.words,
    )


def _inherit(scan: Scan, a: Cand, b: Cand) -> None:
    """In "de 3 à 5 millions d'euros" the first figure takes the second's scale and unit;
    in "entre 15 et 20 000" the first figure means thousands too."""
    if (
        a.scale is None
        and a.plain is not None
        and isinstance(b.value, Decimal)
        and b.scale is None
        and 1000 <= b.value < 10**15
        and b.value == int(b.value)
        and int(b.value) % 1000 == 0
        and a.value < 1000
        and a.value * 1000 < b.value
    ):
        a.value = a.value * 1000
        a.plain = None
    if a.unit is None and b.unit is not None and a.kind is Kind.COUNT:
        a.kind = b.kind
        a.unit = b.unit
        a.plain = None
    if a.scale is None and b.scale and b.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
        bare_b = b.value / b.scale
        if a.value < bare_b:
            a.value = a.value * b.scale
            a.scale = b.scale
            a.plain = None


def _change_before(scan: Scan, pos: int) -> bool:
    """An evolution word in the 4 words before ``pos`` ("est passé de", "en hausse de")."""
    _start, window = scan.window(pos, 40)
    words = re.findall(r"[^\W\d_]+", window)[-4:]
    return any(norm(w) in fr.CHANGE_WORDS for w in words)


def _is_year_like(scan: Scan, c: Cand) -> bool:
    """A bare four-digit integer in the range of years: "de 2020 à 2022" is no range of counts."""
    return (
        c.kind is Kind.COUNT
        and c.plain is not None
        and len(c.plain) == 4
        and fr.YEAR_MIN <= int(c.plain) <= fr.YEAR_MAX
        and c.qualifier is Qualifier.EXACT
    )
