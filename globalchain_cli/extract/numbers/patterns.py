"""Character classes and compiled patterns of the figure reader.

The word lists and tables come from :mod:`globalchain_cli.lang.fr.numbers`;
this module only assembles them into regular expressions, once, at import.
Every pattern has bounded repetitions, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from globalchain_cli.lang.fr import numbers as fr

# --- character classes ------------------------------------------------------

#: Zero-width characters (space, word joiner, BOM) are not tokens: they fall in the gaps,
#: so "1\u200b374" stays one figure.
ZERO_WIDTH = "\u200b\u2060\ufeff"
TOKEN_RE = re.compile(rf"[0-9]+|[^\W\d_]+|[^\s{ZERO_WIDTH}]")
GROUP_SPACES = frozenset(" \u00a0\u202f\u2009\u2007" + ZERO_WIDTH)
INLINE_SPACE_CHARS = " \u00a0\u202f\u2009\u2007\t"
INLINE_SPACE = "[ \u00a0\u202f\u2009\u2007\t]"
SP = INLINE_SPACE + "{0,3}"
APOSTROPHES = frozenset("'’ʼ")
HYPHENS = frozenset("-‐‑")
MINUS_SIGNS = frozenset("-−")
OPENERS = frozenset(" \t\u00a0\u202f\n\r\"'«“(—–-")
SIGN_OK_BEFORE = frozenset(" \u00a0\u202f\t\n\r([{«\"'’:;/=")
ACCENTS = {
    **str.maketrans("àâäáçéèêëîïíôöóûùüúÿ’", "aaaaceeeeiiiooouuuuy'"),
    ord("œ"): "oe",
    ord("æ"): "ae",
}


def norm(word: str) -> str:
    """Lower-case, accent-free form used to look words up in the tables."""
    return word.lower().translate(ACCENTS)


def alt(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


# --- compiled patterns (from the data tables) --------------------------------

BOUNDARY = r"(?![^\W_])"  # no letter or digit right after
PERCENT_RE = re.compile(SP + "(?:" + "|".join(f"(?:{p}){BOUNDARY}" for p in fr.PERCENT_PATTERNS) + ")", re.I)
PER_MILLE_RE = re.compile(SP + "(?:" + "|".join(f"(?:{p}){BOUNDARY}" for p in fr.PER_MILLE_PATTERNS) + ")", re.I)
POINTS_RE = re.compile(
    SP + fr.POINTS_WORD + BOUNDARY + r"(?:\s{1,3}(?P<pct>" + fr.POINTS_PERCENT_COMPLEMENT + r")"
    r"|\s{1,3}(?P<base>" + fr.POINTS_BASIS_COMPLEMENT + r"))?" + BOUNDARY
)
DE = r"(?:de\s{1,3}|d['’]\s?)"
CURRENCY_CODES_ALT = "|".join(sorted(fr.CURRENCY_CODES))
DOLLAR_TIGHT = "|".join(sorted(fr.DOLLAR_VARIANTS, key=len, reverse=True))
DOLLAR_SPACED = r"US|USD|usd|CAD|CA|C|c|HK|hk|HKD|AUD|NZD"
SYMBOLS_ALT = "|".join(re.escape(s) for s in fr.CURRENCY_SYMBOLS if s != "$")
CURRENCY_CORE = (
    rf"(?:\$(?:(?:{DOLLAR_TIGHT})(?![A-Za-z])|{INLINE_SPACE}(?:{DOLLAR_SPACED})(?![\w])|(?![A-Za-z])))"
    rf"|(?:{SYMBOLS_ALT})"
    rf"|(?:(?:{CURRENCY_CODES_ALT})(?![A-Za-z]))"
    rf"|(?:(?:{alt([p for p, _ in fr.CURRENCY_WORD_PATTERNS])}){BOUNDARY})"
)
CURRENCY_RE = re.compile(SP + r"(?P<cur>" + CURRENCY_CORE + ")", re.I)
CURRENCY_DE_RE = re.compile(SP + DE + r"(?P<cur>" + CURRENCY_CORE + ")", re.I)
CURRENCY_SCALE_ONLY_RE = re.compile(
    SP + r"(?:" + DE + r")?(?P<cur>" + alt([p for p, _ in fr.CURRENCY_AFTER_SCALE_ONLY]) + ")" + BOUNDARY,
    re.I,
)
CENTS_RE = re.compile(SP + r"(?P<cur>cents?)" + BOUNDARY, re.I)
MEASURE_CORE = "|".join(f"(?:{p})(?![\\w'’-])" for p, _ in fr.MEASURE_PATTERNS)
MEASURE_RE = re.compile(SP + r"(?P<unit>" + MEASURE_CORE + ")")
MEASURE_DE_RE = re.compile(SP + DE + r"(?P<unit>" + MEASURE_CORE + ")")
MINOR_RE = re.compile(
    r"(?:"
    + SP
    + r"et)?"
    + SP
    + r"(?P<n>[0-9]{1,2})(?![0-9]|[,.][0-9])(?:"
    + SP
    + r"(?P<minor>"
    + fr.MINOR_UNIT_PATTERN
    + r")"
    + BOUNDARY
    + r")?"
)
TIME_H_RE = re.compile(r"[ \u00a0\u202f]?h(?![^\W\d_])(?:[ \u00a0\u202f]?(?P<min>[0-5][0-9])(?![0-9]))?")
TIME_COLON_RE = re.compile(r":(?P<min>[0-5][0-9])(?![0-9])")
HEURES_RE = re.compile(SP + r"heures?" + BOUNDARY)
PHONE_RE = re.compile(
    r"(?:(?:\+|00)(?:33|32|41|352|1|44)[ .\u00a0]?(?:\(0\)[ \u00a0]?)?[1-9]|0[1-9])"
    r"(?:[ .\-\u00a0]?[0-9]{2}){4}(?![0-9])"
    r"|0[1-9][0-9]{1,2}(?:[ .\u00a0/][0-9]{2,3}){3}(?![0-9])"
)
URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"«»]+", re.I)
EMAIL_LEFT = re.compile(r"[\w.+-]{1,64}$")
EMAIL_RIGHT = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}")
SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s|$)|\n")
SWISS_RE = re.compile(fr.SWISS_CONTEXT)
ROMAN_RE = re.compile(
    r"(?P<roman>[IVXLCDM]{1,7})(?P<suffix>" + "|".join(sorted(fr.ROMAN_ORDINAL_SUFFIXES, key=len, reverse=True)) + ")"
)
ROMAN_VALID_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def cue_regex(cues: Sequence[tuple[str, str, float | None, float | None]]) -> re.Pattern[str]:
    parts = []
    for phrase, *_ in sorted(cues, key=lambda c: len(c[0]), reverse=True):
        p = re.escape(phrase).replace("\\ ", r"\s+").replace("'", "['’]")
        parts.append(p)
    return re.compile(r"(?<![\w'’-])(?P<cue>" + "|".join(parts) + r")\s*$", re.I)


CUE_RE = cue_regex(fr.CUES)
CUE_DIGITS_RE = cue_regex(fr.CUES_BEFORE_DIGITS_ONLY)
CUE_TABLE = {norm(p): (q, lo, hi) for p, q, lo, hi in fr.CUES + fr.CUES_BEFORE_DIGITS_ONLY}
CODE_PREFIX_RE = re.compile(r"(?<![\w])(?:" + alt(fr.CODE_PREFIX_PATTERNS) + r")\s*$", re.I)
CODE_PREFIX_CASED_RE = re.compile(r"(?<![\w.])(?:" + alt(fr.CODE_PREFIX_CASED) + r")[ \u00a0]$")
RANGE_CONNECTOR_RE = re.compile(
    INLINE_SPACE + r"{1,3}(?P<c>à|et)" + INLINE_SPACE + r"{1,3}|" + SP + r"(?P<d>[-–—])" + SP
)
RANGE_CUE_RE = re.compile(r"(?<![\w'’])(?P<cue>entre|de|d['’]|des)" + SP + "$", re.I)
CURRENCY_UNIT_BY_PATTERN = [(re.compile(p + "$", re.I), u) for p, u in fr.CURRENCY_WORD_PATTERNS]
MEASURE_UNIT_BY_PATTERN = [(re.compile(f"(?:{p})$"), u) for p, u in fr.MEASURE_PATTERNS]
