"""Figures written with digits: thousands groups, decimals, codes, phone numbers,
exponents, slashes, hyphenated chains, signs and currency prefixes ("$12", "EUR 5").
"""

from __future__ import annotations

from decimal import Decimal

from globalchain_cli.lang.fr import numbers as fr
from globalchain_cli.lang.fr.grammar import PHONE_RE
from globalchain_cli.model import AMOUNT_KINDS, Kind, Qualifier

from . import fractions, units
from .patterns import APOSTROPHES, GROUP_SPACES, HYPHENS, MINUS_SIGNS, SIGN_OK_BEFORE, TIME_COLON_RE
from .scan import MAX_DIGITS, Cand, Scan, norm

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS


def read_numeral(scan: Scan, i: int) -> tuple[Decimal | None, int, bool, str | None]:
    """Read digits with thousands separators and decimals from token i.

    Returns (value, next token, grouped, plain). ``value`` is None when the
    figure is too long (the whole block is then skipped).
    """
    d0 = scan.tok(i)
    int_part = d0
    j = i + 1
    sep: str | None = None
    too_long = len(d0) > MAX_DIGITS
    if len(d0) <= 3 and d0 != "0":
        while True:
            g = _group_after(scan, j, sep)
            if g is None:
                break
            sep, j = g
            if not too_long:
                int_part += scan.tok(j - 1)
                too_long = len(int_part) > MAX_DIGITS
    grouped = sep is not None
    dec = ""
    if (
        scan.is_punct(j, ",.")
        and scan.tight(j)
        and scan.ok(j + 1)
        and scan.tk[j + 1] == "d"
        and scan.tight(j + 1)
        and (scan.tok(j) == "," or sep != ".")
    ):
        dec = scan.tok(j + 1)
        j += 2
    if too_long or len(int_part) + len(dec) > MAX_DIGITS:
        return None, j, grouped, None
    value = Decimal(int_part + ("." + dec if dec else ""))
    plain = d0 if not grouped and not dec else None
    return value, j, grouped, plain


def _group_after(scan: Scan, j: int, sep: str | None) -> tuple[str, int] | None:
    """A thousands group (separator + exactly 3 digits) starting at token j."""
    if not scan.ok(j):
        return None
    if scan.tk[j] == "d":
        gap = scan.gap(j)
        if len(scan.tok(j)) == 3 and len(gap) == 1 and gap in GROUP_SPACES and sep in (None, " "):
            return " ", j + 1
        return None
    ch = scan.tok(j)
    kind = "'" if ch in APOSTROPHES else ch
    if (
        kind in (".", "'")
        and sep in (None, kind)
        and scan.tight(j)
        and scan.ok(j + 1)
        and scan.tk[j + 1] == "d"
        and scan.tight(j + 1)
        and len(scan.tok(j + 1)) == 3
    ):
        return kind, j + 2
    return None


def digits_at(scan: Scan, i: int, negative: bool = False, start: int | None = None) -> Cand | None:
    """A figure whose first digit is token i (sign or prefix before ``start``)."""
    begin = scan.ts[i] if start is None else start
    code = _attached_code(scan, i)
    if code is not None:
        return code
    phone = _phone_at(scan, i, begin)
    if phone is not None:
        return phone
    value, j, grouped, plain = read_numeral(scan, i)
    if value is None:
        return Cand(begin, scan.te[j - 1], j, Kind.CODE, None, silent=True)
    if negative:
        value = -value
    cand = Cand(begin, scan.te[j - 1], j, Kind.COUNT, value, plain=None if negative else plain)
    special = _digit_specials(scan, cand, i)
    if special is not None:
        return special
    units.suffixes(scan, cand)
    if cand.kind is Kind.COUNT and cand.scale is None and scan.tight_letters(cand.tok_end):
        return _code_from(scan, cand.start, cand.tok_end)
    if cand.kind is Kind.COUNT and plain == "1" and not negative:
        frac = fractions.sur_fraction(scan, cand, numerator=1)
        if frac is not None:
            return frac
    return cand


def _attached_code(scan: Scan, i: int) -> Cand | None:
    """Digits glued to letters before them: "A4", "G7", "COVID-19", "F-16"."""
    j = i - 1
    if j >= 0 and scan.tight(i) and scan.tk[j] == "p" and scan.tok(j) in HYPHENS:
        if j - 1 >= 0 and scan.tight(j) and scan.tk[j - 1] == "w":
            if scan.norm(j - 1) == W.MID_PREFIX:  # "mi-2023": a year, read normally
                return None
            return _code_from(scan, scan.ts[j - 1], i)
        return None
    if j >= 0 and scan.tight(i) and scan.tk[j] == "w":
        if scan.tok(j).upper() in fr.CURRENCY_CODES:
            return None
        return _code_from(scan, scan.ts[j], i)
    if j >= 1 and scan.tight(i) and scan.tok(j) == "/" and scan.tight(j) and scan.tk[j - 1] in "wd":
        return _code_from(scan, scan.ts[i], i)  # the "24" of "24h/24", the "7" of "7j/7"
    return None


def _code_from(scan: Scan, start: int, j: int) -> Cand:
    """A code from ``start`` through the glued alphanumeric run at token j."""
    while scan.ok(j) and scan.tight(j):
        if scan.tk[j] in "wd":
            j += 1
        elif scan.tok(j) in "-/._" and scan.ok(j + 1) and scan.tight(j + 1) and scan.tk[j + 1] in "wd":
            j += 2
        else:
            break
    end = scan.te[j - 1]
    return Cand(start, end, j, Kind.CODE, scan.text[start:end])


def _phone_at(scan: Scan, i: int, begin: int) -> Cand | None:
    """A French, Belgian, Swiss or Luxembourg phone number starting at token i: a CODE."""
    pos = begin if begin < scan.ts[i] and scan.text[begin] == "+" else scan.ts[i]
    m = PHONE_RE.match(scan.text, pos)
    if m is None or scan.hits_block(m.start(), m.end()):
        return None
    if i > 0 and scan.tight(i) and scan.tk[i - 1] in "wd":
        return None
    j = scan.token_at_or_after(m.end())
    return Cand(pos, m.end(), j, Kind.CODE, m.group(0))


def _digit_specials(scan: Scan, cand: Cand, i: int) -> Cand | None:
    """Forms read right after the digits: chains, fractions, exponents, ordinals, times."""
    j = cand.tok_end
    if not (scan.ok(j) and scan.tight(j)):
        return fractions.mixed_vulgar(scan, cand) if cand.plain else None
    ch = scan.tok(j)
    if scan.tk[j] == "p":
        nxt_digit = scan.ok(j + 1) and scan.tight(j + 1) and scan.tk[j + 1] == "d"
        if ch == "." and nxt_digit:
            return _code_from(scan, cand.start, j)  # IP address, version "3.1.0"
        if ch == "/" and nxt_digit:
            return _slash(scan, cand, j, i)
        if ch in HYPHENS and nxt_digit:
            return _hyphen_chain(scan, cand, j)
        if ch == "^":
            return _power(scan, cand, j)
        if ch == ":" and cand.plain and int(cand.plain) <= 24:
            m = TIME_COLON_RE.match(scan.text, scan.te[j - 1])
            if m:
                return _time(scan, cand, int(cand.plain), m.group("min"), m.end())
        return None
    if scan.tk[j] == "w":
        word = scan.tok(j)
        frac = fractions.vulgar_value(word)
        if frac is not None and cand.plain:
            return Cand(cand.start, scan.te[j], j + 1, Kind.FRACTION, float(cand.value) + frac)
        if word in ("e", "E") and _exponent_follows(scan, j):
            return _exponent(scan, cand, j)
        integral = cand.value >= 0 and cand.value == int(cand.value)
        if norm(word) in fr.ORDINAL_SUFFIXES and integral and not scan.tight_letters(j + 1):
            return Cand(cand.start, scan.te[j], j + 1, Kind.ORDINAL, int(cand.value))
    return None


def _exponent_follows(scan: Scan, j: int) -> bool:
    """Token j is "e" or "E" followed by a short exponent ("1e6", "2,5E-3")."""
    k = j + 1
    if scan.is_punct(k, "+-−") and scan.tight(k):
        k += 1
    return scan.ok(k) and scan.tight(k) and scan.tk[k] == "d" and len(scan.tok(k)) <= 2


def _exponent(scan: Scan, cand: Cand, j: int) -> Cand:
    """Scientific notation: "1e10", "-12e-1", "12,32e+14"."""
    k = j + 1
    sign = 1
    if scan.tk[k] == "p":
        sign = -1 if scan.tok(k) in "-−" else 1
        k += 1
    exp = sign * int(scan.tok(k))
    value = cand.value * (Decimal(10) ** exp)
    return Cand(cand.start, scan.te[k], k + 1, Kind.COUNT, value)


def _power(scan: Scan, cand: Cand, j: int) -> Cand | None:
    """Power notation: "1,1^23", "2,5^-1" (signs may repeat: "^--23")."""
    k = j + 1
    sign = 1
    while scan.is_punct(k, "+-−") and scan.tight(k):
        if scan.tok(k) in "-−":
            sign = -sign
        k += 1
    if not (scan.ok(k) and scan.tight(k) and scan.tk[k] == "d" and len(scan.tok(k)) <= 2):
        return None
    base = abs(float(cand.value))
    try:
        value = base ** (sign * int(scan.tok(k)))
    except (OverflowError, ZeroDivisionError):
        return None
    if cand.value < 0:
        value = -value
    out = Cand(cand.start, scan.te[k], k + 1, Kind.COUNT, Decimal(repr(value)))
    units.suffixes(scan, out)
    return out


def _slash(scan: Scan, cand: Cand, j: int, i: int) -> Cand:
    """ "3/4" is a fraction; "24/7", "12/05" and "12/05/2024" are codes."""
    den_tok = j + 1
    den = scan.tok(den_tok)
    rate = _per_power_of_ten(scan, cand, den_tok, i)
    if rate is not None:
        return rate
    chained = scan.is_punct(den_tok + 1, "/") and scan.tight(den_tok + 1)
    if chained or j != i + 1 or len(den) > 3 or len(scan.tok(i)) > 3:
        return _code_from(scan, cand.start, j)
    num, d = int(scan.tok(i)), int(den)
    if cand.value < 0:
        num = -num
    if 0 < abs(num) <= d and not _after_date_article(scan, cand.start):
        return Cand(cand.start, scan.te[den_tok], den_tok + 1, Kind.FRACTION, num / d)
    return _code_from(scan, cand.start, j)


def _per_power_of_ten(scan: Scan, cand: Cand, den_tok: int, i: int) -> Cand | None:
    """ "271/100 000 habitants", "45/100.000": a rate per a power of ten of at least a
    thousand (the denominator may carry thousands separators), read as the FRACTION it is
    (0,00271), not a code "271/100" and a count "000". None for another denominator."""
    den, k = scan.tok(den_tok), den_tok + 1
    sep = None
    while True:
        group = _group_after(scan, k, sep)
        if group is None:
            break
        sep, k = group
        den += scan.tok(k - 1)
    if den_tok != i + 2 or len(den) < 4 or den.strip("0") != "1" or not scan.tok(i).isdigit():
        return None
    num, d = int(scan.tok(i)), int(den)
    if not 0 < num <= d:
        return None
    return Cand(cand.start, scan.te[k - 1], k, Kind.FRACTION, num / d)


def _after_date_article(scan: Scan, pos: int) -> bool:
    """The figure follows "le", "du" or "au" ("le 3/4"): a date, not a fraction."""
    i = scan.token_at_or_after(pos)
    return scan.prev_word(i) in W.DATE_ARTICLES


def _hyphen_chain(scan: Scan, cand: Cand, j: int) -> Cand:
    """ "225-4-1" and "3-1" are codes; "20-25 %" is a range."""
    parts = 1
    k = j
    while (
        scan.is_punct(k, HYPHENS) and scan.tight(k) and scan.ok(k + 1) and scan.tight(k + 1) and scan.tk[k + 1] == "d"
    ):
        parts += 1
        k += 2
    if parts == 2 and cand.plain is not None:
        value, nxt, _grouped, _plain = read_numeral(scan, j + 1)
        if value is not None:
            second = Cand(scan.ts[j + 1], scan.te[nxt - 1], nxt, Kind.COUNT, value)
            units.suffixes(scan, second)
            if second.kind in AMOUNT_KINDS and (second.unit or second.scale) and cand.value < second.value:
                low = cand.value * (second.scale or 1)
                return Cand(
                    cand.start,
                    second.end,
                    second.tok_end,
                    second.kind,
                    low,
                    unit=second.unit,
                    qualifier=Qualifier.RANGE,
                    low=low,
                    high=second.value,
                )
    return _code_from(scan, cand.start, j)


def _time(scan: Scan, cand: Cand, hour: int, minutes: str | None, end: int) -> Cand:
    """A clock time ending at ``end`` ("14h30", "9:05")."""
    j = scan.token_at_or_after(end)
    return Cand(cand.start, end, j, Kind.TIME, f"{hour:02d}:{minutes or '00'}")


def punct_at(scan: Scan, i: int) -> Cand | None:
    """A figure starting with a sign or a symbol: "-5", "+3 %", "$12", ".5"."""
    ch = scan.tok(i)
    nxt_digit_tight = scan.ok(i + 1) and scan.tk[i + 1] == "d" and scan.tight(i + 1)
    before_ok = i == 0 or scan.text[scan.ts[i] - 1] in SIGN_OK_BEFORE
    if ch in MINUS_SIGNS or ch == "+":
        if before_ok and not _after_number_dash(scan, i):
            if nxt_digit_tight:
                cand = digits_at(scan, i + 1, negative=ch != "+", start=scan.ts[i])
                if cand is not None and cand.kind is not Kind.CODE:
                    return cand
                return None
            if scan.is_punct(i + 1, ",") and scan.tight(i + 1):
                return _leading_decimal(scan, i + 1, negative=ch != "+", start=scan.ts[i])
        return None
    if ch in ",." and before_ok and nxt_digit_tight:
        return _leading_decimal(scan, i, negative=False, start=scan.ts[i])
    if ch in fr.CURRENCY_SYMBOLS:
        return currency_prefix(scan, i, i + 1, fr.CURRENCY_SYMBOLS[ch], scan.ts[i])
    return None


def _after_number_dash(scan: Scan, i: int) -> bool:
    """A dash between two figures ("10 - 20 euros") is not a minus sign."""
    return i > 0 and scan.tk[i - 1] == "d" and scan.spaced(i)


def _leading_decimal(scan: Scan, i: int, negative: bool, start: int) -> Cand | None:
    """ ",08" or "-,0012G": a decimal without its leading zero."""
    if not (scan.ok(i + 1) and scan.tk[i + 1] == "d" and scan.tight(i + 1)):
        return None
    digits = scan.tok(i + 1)
    if len(digits) > MAX_DIGITS or (i > 0 and scan.tk[i - 1] == "d" and scan.tight(i)):
        return None
    value = Decimal("0." + digits)
    cand = Cand(start, scan.te[i + 1], i + 2, Kind.COUNT, -value if negative else value)
    units.suffixes(scan, cand)
    return cand


def currency_prefix(scan: Scan, i: int, j: int, unit: str, start: int) -> Cand | None:
    """ "$10", "€1000", "£ 8,10 millions", "EUR 20", "USD1,23"."""
    if not (scan.ok(j) and scan.near(j)):
        return None
    if scan.tk[j] != "d":
        if scan.is_punct(j, MINUS_SIGNS) and scan.ok(j + 1) and scan.tight(j + 1) and scan.tk[j + 1] == "d":
            cand = digits_at(scan, j + 1, negative=True, start=scan.ts[j])
        else:
            return None
    else:
        cand = digits_at(scan, j)
    if cand is None or cand.kind not in (Kind.COUNT, Kind.MONEY) or cand.qualifier is Qualifier.RANGE:
        return None
    cand.start = start
    cand.kind = Kind.MONEY
    if cand.unit is None or cand.unit == "USD":
        cand.unit = unit
    cand.plain = None
    return cand
