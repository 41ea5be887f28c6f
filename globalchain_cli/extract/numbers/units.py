"""What follows a figure: scale words ("millions"), percent, points, currencies with
their minor units, measures and clock times.
"""

from __future__ import annotations

import re
from decimal import Decimal

from globalchain_cli.lang.fr import numbers as fr
from globalchain_cli.lang.fr.grammar import (
    CENTS_RE,
    CURRENCY_DE_RE,
    CURRENCY_RE,
    CURRENCY_SCALE_ONLY_RE,
    CURRENCY_UNIT_BY_PATTERN,
    HEURES_RE,
    MEASURE_DE_RE,
    MEASURE_RE,
    MEASURE_UNIT_BY_PATTERN,
    MINOR_RE,
    PER_MILLE_RE,
    PERCENT_RE,
    POINTS_RE,
    TIME_H_RE,
)
from globalchain_cli.model import Kind, Qualifier

from . import fractions, number_words
from .scan import Cand, Scan, Tentative

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS


def suffixes(scan: Scan, cand: Cand, words: bool = False) -> None:
    """Read what follows a bare figure: scale, "et demi", unit (in place)."""
    if cand.kind is not Kind.COUNT:
        return
    if not words:
        _scale(scan, cand)
    else:
        _word_scale(scan, cand)
    _collective_times(scan, cand)
    fractions.mixed_fraction(scan, cand)
    unit_suffixes(scan, cand, allow_de=cand.scale is not None or cand.qualifier is Qualifier.APPROXIMATE)


def _scale(scan: Scan, cand: Cand) -> None:
    """ "1,5 million", "3 000 milliards", "10k", "1,2 Md€", "12 M€", "5 mille"."""
    j = cand.tok_end
    if not scan.is_word(j):
        return
    w = scan.tok(j)
    nw = scan.norm(j)
    tight = scan.tight(j)
    decimal = cand.value != int(cand.value)
    mult: int | None = None
    if scan.near(j) and nw in fr.SCALE_WORDS:
        mult = fr.SCALE_WORDS[nw]
    elif w in fr.SCALE_ABBREVIATIONS:
        after = j + 1
        currency_next = _currency_match(scan, scan.te[j]) is not None
        letter_next = scan.tight_letters(after)
        if letter_next:
            return
        if w in ("k", "K"):
            if tight or currency_next or not (scan.is_word(after) and scan.near(after)):
                mult = 1000
        elif w in ("M", "G"):
            if currency_next and (tight or w == "M") or (tight and decimal):
                mult = fr.SCALE_ABBREVIATIONS[w]
        elif scan.near(j):
            mult = fr.SCALE_ABBREVIATIONS[w]
    if mult is None:
        return
    cand.value = cand.value * mult
    cand.scale = mult
    cand.end = scan.te[j]
    cand.tok_end = j + 1
    cand.plain = None
    if (
        scan.is_punct(j + 1, ".")
        and scan.tight(j + 1)
        and w in W.SCALE_ABBREVIATIONS
        and not _sentence_break_after(scan, j + 1)
    ):
        cand.end = scan.te[j + 1]
        cand.tok_end = j + 2


def _sentence_break_after(scan: Scan, j: int) -> bool:
    """Token j ends the text or is followed by a capitalised word (a new sentence may start)."""
    k = j + 1
    return not scan.ok(k) or (scan.tk[k] == "w" and scan.tok(k)[:1].isupper())


def _word_scale(scan: Scan, cand: Cand) -> None:
    """ "un billion", "trois billions" (text2num does not know "billion")."""
    j = cand.tok_end
    if scan.is_word(j, *W.BILLION) and scan.near(j):
        cand.value = cand.value * 10**12
        cand.scale = 10**12
        cand.end = scan.te[j]
        cand.tok_end = j + 1


def _collective_times(scan: Scan, cand: Cand) -> None:
    """ "3 douzaines", "deux centaines", "quelques" excluded: N × collective."""
    j = cand.tok_end
    if cand.scale is not None or not (scan.is_word(j) and scan.near(j)):
        return
    nw = scan.norm(j)
    unit = fr.COLLECTIVE_PLURALS.get(nw) or (fr.COLLECTIVES.get(nw, (None,))[0] if cand.value >= 1 else None)
    if unit is None or nw in W.SCALE_PLURALS or cand.value <= 0:
        return
    singular = nw[:-1] if nw.endswith("s") else nw
    _v, lo, hi = fr.COLLECTIVES.get(singular, (unit, unit, unit))
    n = cand.value
    cand.value = n * unit
    cand.low, cand.high = n * lo, n * hi
    cand.qualifier = Qualifier.APPROXIMATE
    cand.scale = unit
    cand.end = scan.te[j]
    cand.tok_end = j + 1
    cand.plain = None
    mult = number_words.collective_multiplier(scan, j + 1)
    if mult:
        cand.value *= mult
        cand.low *= mult
        cand.high *= mult
        cand.end = scan.te[j + 2]
        cand.tok_end = j + 3


def unit_suffixes(scan: Scan, cand: Cand, allow_de: bool) -> None:
    """Percent, points, currency, measure or clock time after the figure."""
    pos = cand.end
    for reader in (_percent, _points, _currency, _measure, _clock):
        if reader(scan, cand, pos, allow_de):
            return


def _accept(scan: Scan, cand: Cand, end: int, kind: Kind, unit: str | None) -> bool:
    """Extend the figure to ``end`` as ``kind`` in ``unit``, unless that runs into a skipped span."""
    if scan.hits_block(cand.end, end):
        return False
    cand.number_end = cand.end
    cand.end = end
    cand.tok_end = scan.token_at_or_after(end)
    cand.kind = kind
    cand.unit = unit
    cand.plain = None
    return True


def _percent(scan: Scan, cand: Cand, pos: int, allow_de: bool) -> bool:
    """ "%", "pour cent", "pourcent" or "‰" after the figure."""
    m = PERCENT_RE.match(scan.text, pos)
    if m is not None:
        return _accept(scan, cand, m.end(), Kind.PERCENT, "%")
    m = PER_MILLE_RE.match(scan.text, pos)
    if m is not None and _accept(scan, cand, m.end(), Kind.PERCENT, "%"):
        for attr in ("value", "low", "high"):
            v = getattr(cand, attr)
            if v is not None:
                setattr(cand, attr, v / 10)
        return True
    return False


def _points(scan: Scan, cand: Cand, pos: int, allow_de: bool) -> bool:
    """ "points" after the figure: percentage points when the sentence has a percentage (tentative)."""
    m = POINTS_RE.match(scan.text, pos)
    if m is None:
        return False
    if m.group("base"):
        return _accept(scan, cand, m.end(), Kind.POINTS, W.UNITS.BASIS_POINT)
    if m.group("pct"):
        return _accept(scan, cand, m.end(), Kind.POINTS, W.UNITS.POINT)
    if cand.words and cand.value == 1:
        return False  # "un point": punctuation, a press point...
    if _accept(scan, cand, m.end(), Kind.POINTS, W.UNITS.POINT):
        cand.tentative = Tentative.POINTS
        return True
    return False


def _currency_match(scan: Scan, pos: int, allow_de: bool = False) -> tuple[re.Match[str], str] | None:
    """A currency after ``pos`` ("€", "euros", "de dollars" when ``allow_de``), with its unit."""
    m = CURRENCY_RE.match(scan.text, pos)
    if m is None and allow_de:
        m = CURRENCY_DE_RE.match(scan.text, pos)
    if m is None and allow_de:
        m2 = CURRENCY_SCALE_ONLY_RE.match(scan.text, pos)
        if m2 is not None:
            return m2, "GBP"
    if m is None:
        return None
    return m, _currency_unit(scan, m.group("cur"))


def _currency_unit(scan: Scan, surface: str) -> str:
    """The currency code of a surface form ("€" -> EUR, "francs" -> CHF in a Swiss text)."""
    s = surface.strip()
    if s.startswith("$"):
        rest = s[1:].strip().lower()
        return fr.DOLLAR_VARIANTS.get(rest, "USD")
    if s in fr.CURRENCY_SYMBOLS:
        return fr.CURRENCY_SYMBOLS[s]
    if s.upper() in fr.CURRENCY_CODES:
        return s.upper()
    for pattern, unit in CURRENCY_UNIT_BY_PATTERN:
        if pattern.match(s):
            if unit == "FRANC":
                return "CHF" if scan.swiss else fr.FRANC_DEFAULT
            return unit
    return s


def _currency(scan: Scan, cand: Cand, pos: int, allow_de: bool) -> bool:
    """A currency after the figure, then its minor units ("15 dollars et 15 cents")."""
    found = _currency_match(scan, pos, allow_de)
    if found is None:
        if not cand.words and cand.scale is None:
            m = CENTS_RE.match(scan.text, pos)
            if m is not None:
                return _accept(scan, cand, m.end(), Kind.MONEY, W.UNITS.CENT)
        return False
    m, unit = found
    if not _accept(scan, cand, m.end(), Kind.MONEY, unit):
        return False
    _minor_units(scan, cand)
    return True


def _minor_units(scan: Scan, cand: Cand) -> None:
    """ "1 USD et 23 centimes", "15 dollars 50": add the cents to the amount."""
    if cand.unit in W.UNITS.MINOR or cand.value != int(cand.value):
        return
    m = MINOR_RE.match(scan.text, cand.end)
    if m is None:
        _minor_units_in_words(scan, cand)
        return
    tail = scan.text[m.end() : m.end() + 1]
    if m.group("minor") is None and tail not in ("", ".", ",", ";", "!", "?", ")", "\n"):
        return
    if scan.hits_block(cand.end, m.end()):
        return
    cand.value = cand.value + Decimal(m.group("n")) / 100
    cand.end = m.end()
    cand.tok_end = scan.token_at_or_after(m.end())


def _minor_units_in_words(scan: Scan, cand: Cand) -> None:
    """ "treize euros et quarante-cinq cents"."""
    j = cand.tok_end
    if not (scan.is_word(j, W.AND) and scan.near(j) and scan.is_word(j + 1) and scan.near(j + 1)):
        return
    words, ordinal = number_words.collect_run(scan, j + 1)
    if not words or ordinal is not None:
        return
    k = words[-1] + 1
    if len(words) > 1 and scan.norm(words[-1]) in W.CENT_WORDS:
        k = words.pop()
    if not (scan.is_word(k, *W.MINOR_UNIT_WORDS) and scan.near(k)):
        return
    value = number_words.words_value(scan, words)
    if value is None or not 0 < value < 100 or scan.hits_block(cand.end, scan.te[k]):
        return
    cand.value = cand.value + Decimal(value) / 100
    cand.end = scan.te[k]
    cand.tok_end = k + 1


def _measure(scan: Scan, cand: Cand, pos: int, allow_de: bool) -> bool:
    """A unit of measure after the figure ("2,5 tonnes", "41,2 °C", "187 km/h")."""
    m = MEASURE_RE.match(scan.text, pos)
    if m is None and allow_de:
        m = MEASURE_DE_RE.match(scan.text, pos)
    if m is None:
        return False
    surface = m.group("unit")
    unit = next((u for p, u in MEASURE_UNIT_BY_PATTERN if p.match(surface)), surface)
    return _accept(scan, cand, m.end(), Kind.MEASURE, unit)


def _clock(scan: Scan, cand: Cand, pos: int, allow_de: bool) -> bool:
    """ "14 h 30", "14h30", "à 11 h", "à 11 heures" -> TIME."""
    if cand.words or cand.plain is None or int(cand.plain) > 24:
        return False
    m = TIME_H_RE.match(scan.text, pos)
    if m is not None and not scan.hits_block(pos, m.end()):
        cand.kind = Kind.TIME
        cand.value = f"{int(cand.plain):02d}:{m.group('min') or '00'}"
        cand.end = m.end()
        cand.tok_end = scan.token_at_or_after(m.end())
        return True
    m = HEURES_RE.match(scan.text, pos)
    if m is not None and _clock_preposition(scan, cand.start) and not scan.hits_block(pos, m.end()):
        cand.kind = Kind.TIME
        cand.value = f"{int(cand.plain):02d}:00"
        cand.end = m.end()
        cand.tok_end = scan.token_at_or_after(m.end())
        return True
    return False


def _clock_preposition(scan: Scan, pos: int) -> bool:
    """ "à", "vers", "dès"... before ``pos``: "à 14 heures" is a clock time."""
    i = scan.token_at_or_after(pos)
    if i <= 0:
        return False
    word = scan.tok(i - 1).lower() if scan.tk[i - 1] == "w" else ""
    return word in fr.CLOCK_PREPOSITIONS
