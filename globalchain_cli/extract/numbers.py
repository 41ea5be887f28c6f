"""Find every figure in raw French text: digits and words, pure Python.

Public API::

    find_numbers(text, skip=()) -> list[Quantity]

The result is sorted by ``start``, its quantities never overlap one another
nor any ``skip`` span (dates and durations found by another module), and
``text[q.start:q.end] == q.text`` always holds. The span covers the figure
with its scale word, currency or percent sign; bound words ("plus de",
"environ", "entre") are recorded in ``qualifier``/``cue``/``cue_start``.

How it works: the text is cut into tokens (runs of ASCII digits, runs of
letters, single other characters; white space is the gap between tokens).
A left-to-right scan reads, at each token, the longest figure that starts
there (digits with their separators, number words through ``text2num``,
fractions, approximate counts), then its suffixes (scale word, percent,
currency, unit). Later passes merge ranges ("de 20 à 25 %"), classify codes
and years from their context, and attach bound words.

Limits and documented choices (the word lists, cue tables and tolerances are
in ``globalchain_cli/lang/fr/numbers.py``):

* a run of more than :data:`MAX_DIGITS` (30) digits, separators aside, is not
  a quantity (nothing is reported for it); a run of number words is read over
  at most :data:`MAX_RUN_WORDS` words;
* thousands: a space (also U+00A0, U+202F, U+2009), a dot ("1.374", Belgian)
  or an apostrophe ("127'000", Swiss) followed by exactly three digits, after
  a first group of one to three digits; anything else is not glued
  ("en 2023 312 arrestations" is two figures); a dotted chain that is not a
  thousands grouping ("192.168.1.2", "3.1.0") is a CODE;
* "un"/"une" alone is an article, not the count 1, except before a scale,
  currency or unit word ("un million", "un euro"), in a fraction ("un tiers",
  "un sur dix"), after a bound ("au moins un mort"), before "seul", at the end
  of a clause ("il n'en reste qu'un."), or when coordinated by "et", "ou" or
  "dont" with a count earlier in the sentence ("trois ouvriers et un
  agriculteur", "153 enfants dont un bébé");
* "neuf" right after a content word and before a function word or
  punctuation is the adjective "new" ("un véhicule neuf a été volé");
* a number word hyphenated to another word is part of a name ("Deux-Sèvres");
* a 4-digit integer (1800-2100, or 1000-2100 after "en", "depuis"...) is a
  YEAR unless a plural noun or a unit follows, or a count word precedes it
  ("plus de 2000", "ils étaient 2000", "sur 2000");
* "N sur M" is a FRACTION when written in words or when N is the digit 1
  ("1 Français sur 3"); "58 sur 87" stays two counts (the caller links them);
* an ordinal after a tens word without hyphen ("vingt cinquième") is read as
  one rank, never as a fraction: a rank is never compared, a wrong fraction
  would be;
* "points" are POINTS when "de pourcentage" follows, or when the sentence has
  a percentage and the value is at most 100; otherwise the number is a COUNT;
* approximate counts ("une dizaine", "des centaines") carry the value of
  their low end and a documented [low, high] interval;
* "francs" is ``CHF`` when the text mentions Switzerland, else ``franc``;
  minor currency units keep their own unit ("50 cents" is 50 ``cent``) unless
  they follow the main unit ("15 dollars et 15 cents" is 15.15 USD);
* "M" and "G" glued to an integer are codes ("3M", "5G") unless a currency
  follows ("12 M€"); URLs and e-mail addresses are never read.

Everything runs in time linear in the text (bounded look-around, no
backtracking-prone pattern), and :func:`find_numbers` never raises.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from text_to_num import text2num

from globalchain_cli.lang.fr import numbers as fr
from globalchain_cli.model import AMOUNT_KINDS, Kind, Qualifier, Quantity

__all__ = ["MAX_DIGITS", "MAX_RUN_WORDS", "find_numbers"]

log = logging.getLogger(__name__)

#: A run of more digits than this (not counting separators) is not a quantity.
MAX_DIGITS = 30
#: Longest run of number words read as one number.
MAX_RUN_WORDS = 40

# --- character classes ------------------------------------------------------

#: Zero-width characters (space, word joiner, BOM) are not tokens: they fall in the gaps,
#: so "1\u200b374" stays one figure.
_ZERO_WIDTH = "\u200b\u2060\ufeff"
_TOKEN_RE = re.compile(rf"[0-9]+|[^\W\d_]+|[^\s{_ZERO_WIDTH}]")
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009\u2007" + _ZERO_WIDTH)
_INLINE_SPACE_CHARS = " \u00a0\u202f\u2009\u2007\t"
_INLINE_SPACE = "[ \u00a0\u202f\u2009\u2007\t]"
_SP = _INLINE_SPACE + "{0,3}"
_APOSTROPHES = frozenset("'’ʼ")
_HYPHENS = frozenset("-‐‑")
_MINUS_SIGNS = frozenset("-−")
_OPENERS = frozenset(" \t\u00a0\u202f\n\r\"'«“(—–-")
_SIGN_OK_BEFORE = frozenset(" \u00a0\u202f\t\n\r([{«\"'’:;/=")
_ACCENTS = {
    **str.maketrans("àâäáçéèêëîïíôöóûùüúÿ’", "aaaaceeeeiiiooouuuuy'"),
    ord("œ"): "oe",
    ord("æ"): "ae",
}


def _norm(word: str) -> str:
    """Lower-case, accent-free form used to look words up in the tables."""
    return word.lower().translate(_ACCENTS)


def _alt(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


# --- compiled patterns (from the data tables) --------------------------------

_BOUNDARY = r"(?![^\W_])"  # no letter or digit right after
_PERCENT_RE = re.compile(_SP + "(?:" + "|".join(f"(?:{p}){_BOUNDARY}" for p in fr.PERCENT_PATTERNS) + ")", re.I)
_PER_MILLE_RE = re.compile(_SP + "(?:" + "|".join(f"(?:{p}){_BOUNDARY}" for p in fr.PER_MILLE_PATTERNS) + ")", re.I)
_POINTS_RE = re.compile(
    _SP + fr.POINTS_WORD + _BOUNDARY + r"(?:\s{1,3}(?P<pct>" + fr.POINTS_PERCENT_COMPLEMENT + r")"
    r"|\s{1,3}(?P<base>" + fr.POINTS_BASIS_COMPLEMENT + r"))?" + _BOUNDARY
)
_DE = r"(?:de\s{1,3}|d['’]\s?)"
_CURRENCY_CODES_ALT = "|".join(sorted(fr.CURRENCY_CODES))
_DOLLAR_TIGHT = "|".join(sorted(fr.DOLLAR_VARIANTS, key=len, reverse=True))
_DOLLAR_SPACED = r"US|USD|usd|CAD|CA|C|c|HK|hk|HKD|AUD|NZD"
_SYMBOLS_ALT = "|".join(re.escape(s) for s in fr.CURRENCY_SYMBOLS if s != "$")
_CURRENCY_CORE = (
    rf"(?:\$(?:(?:{_DOLLAR_TIGHT})(?![A-Za-z])|{_INLINE_SPACE}(?:{_DOLLAR_SPACED})(?![\w])|(?![A-Za-z])))"
    rf"|(?:{_SYMBOLS_ALT})"
    rf"|(?:(?:{_CURRENCY_CODES_ALT})(?![A-Za-z]))"
    rf"|(?:(?:{_alt([p for p, _ in fr.CURRENCY_WORD_PATTERNS])}){_BOUNDARY})"
)
_CURRENCY_RE = re.compile(_SP + r"(?P<cur>" + _CURRENCY_CORE + ")", re.I)
_CURRENCY_DE_RE = re.compile(_SP + _DE + r"(?P<cur>" + _CURRENCY_CORE + ")", re.I)
_CURRENCY_SCALE_ONLY_RE = re.compile(
    _SP + r"(?:" + _DE + r")?(?P<cur>" + _alt([p for p, _ in fr.CURRENCY_AFTER_SCALE_ONLY]) + ")" + _BOUNDARY,
    re.I,
)
_CENTS_RE = re.compile(_SP + r"(?P<cur>cents?)" + _BOUNDARY, re.I)
_MEASURE_CORE = "|".join(f"(?:{p})(?![\\w'’-])" for p, _ in fr.MEASURE_PATTERNS)
_MEASURE_RE = re.compile(_SP + r"(?P<unit>" + _MEASURE_CORE + ")")
_MEASURE_DE_RE = re.compile(_SP + _DE + r"(?P<unit>" + _MEASURE_CORE + ")")
_MINOR_RE = re.compile(
    r"(?:"
    + _SP
    + r"et)?"
    + _SP
    + r"(?P<n>[0-9]{1,2})(?![0-9]|[,.][0-9])(?:"
    + _SP
    + r"(?P<minor>"
    + fr.MINOR_UNIT_PATTERN
    + r")"
    + _BOUNDARY
    + r")?"
)
_TIME_H_RE = re.compile(r"[ \u00a0\u202f]?h(?![^\W\d_])(?:[ \u00a0\u202f]?(?P<min>[0-5][0-9])(?![0-9]))?")
_TIME_COLON_RE = re.compile(r":(?P<min>[0-5][0-9])(?![0-9])")
_HEURES_RE = re.compile(_SP + r"heures?" + _BOUNDARY)
_PHONE_RE = re.compile(
    r"(?:(?:\+|00)(?:33|32|41|352|1|44)[ .\u00a0]?(?:\(0\)[ \u00a0]?)?[1-9]|0[1-9])"
    r"(?:[ .\-\u00a0]?[0-9]{2}){4}(?![0-9])"
    r"|0[1-9][0-9]{1,2}(?:[ .\u00a0/][0-9]{2,3}){3}(?![0-9])"
)
_URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"«»]+", re.I)
_EMAIL_LEFT = re.compile(r"[\w.+-]{1,64}$")
_EMAIL_RIGHT = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}")
_SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s|$)|\n")
_SWISS_RE = re.compile(fr.SWISS_CONTEXT)
_ROMAN_RE = re.compile(
    r"(?P<roman>[IVXLCDM]{1,7})(?P<suffix>" + "|".join(sorted(fr.ROMAN_ORDINAL_SUFFIXES, key=len, reverse=True)) + ")"
)
_ROMAN_VALID_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _cue_regex(cues: Sequence[tuple[str, str, float | None, float | None]]) -> re.Pattern[str]:
    parts = []
    for phrase, *_ in sorted(cues, key=lambda c: len(c[0]), reverse=True):
        p = re.escape(phrase).replace("\\ ", r"\s+").replace("'", "['’]")
        parts.append(p)
    return re.compile(r"(?<![\w'’-])(?P<cue>" + "|".join(parts) + r")\s*$", re.I)


_CUE_RE = _cue_regex(fr.CUES)
_CUE_DIGITS_RE = _cue_regex(fr.CUES_BEFORE_DIGITS_ONLY)
_CUE_TABLE = {_norm(p): (q, lo, hi) for p, q, lo, hi in fr.CUES + fr.CUES_BEFORE_DIGITS_ONLY}
_CODE_PREFIX_RE = re.compile(r"(?<![\w])(?:" + _alt(fr.CODE_PREFIX_PATTERNS) + r")\s*$", re.I)
_CODE_PREFIX_CASED_RE = re.compile(r"(?<![\w.])(?:" + _alt(fr.CODE_PREFIX_CASED) + r")[ \u00a0]$")
_RANGE_CONNECTOR_RE = re.compile(
    _INLINE_SPACE + r"{1,3}(?P<c>à|et)" + _INLINE_SPACE + r"{1,3}|" + _SP + r"(?P<d>[-–—])" + _SP
)
_RANGE_CUE_RE = re.compile(r"(?<![\w'’])(?P<cue>entre|de|d['’]|des)" + _SP + "$", re.I)
_CURRENCY_UNIT_BY_PATTERN = [(re.compile(p + "$", re.I), u) for p, u in fr.CURRENCY_WORD_PATTERNS]
_MEASURE_UNIT_BY_PATTERN = [(re.compile(f"(?:{p})$"), u) for p, u in fr.MEASURE_PATTERNS]


@lru_cache(maxsize=4096)
def _t2n(words: str) -> int | None:
    """text2num on a normalised word string, None when it is not one number."""
    try:
        return int(text2num(words, "fr"))
    except Exception:  # text2num raises ValueError, and a few others on odd input
        return None


# --- candidates --------------------------------------------------------------


@dataclass
class _Cand:
    """A figure being read; becomes a :class:`Quantity` at the end."""

    start: int
    end: int
    tok_end: int  # index of the first token after the figure
    kind: Kind
    value: Decimal | int | float | str | None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    low: Decimal | float | None = None
    high: Decimal | float | None = None
    cue: str | None = None
    cue_start: int | None = None
    words: bool = False
    scale: int | None = None  # multiplier applied ("millions")
    plain: str | None = None  # digits of a bare integer written without separator
    tentative: str | None = None  # "un" (article unless coordinated), "points"
    number_end: int | None = None  # end of the bare number, for tentative points
    silent: bool = False  # consumed but not reported (too long, excluded)


def _to_number(v: Decimal | int | float) -> int | float:
    """Decimal -> int when integral, else float."""
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            return int(v)
        return float(v)
    return v


# --- the extractor -------------------------------------------------------------


class _Extractor:
    """One pass over one text. Not thread-safe, not reusable."""

    def __init__(self, text: str, skip: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.n_chars = len(text)
        starts: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        for m in _TOKEN_RE.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
            c = text[m.start()]
            kinds.append("d" if "0" <= c <= "9" else ("w" if c.isalpha() or c.isalnum() else "p"))
        self.ts, self.te, self.tk = starts, ends, kinds
        self.n = len(starts)
        self._norms: list[str | None] = [None] * self.n
        self.blocked_spans = self._blocked_spans(skip)
        self.blocked = self._block_tokens()
        self.cands: list[_Cand] = []
        self.sentence_ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
        self._swiss: bool | None = None

    # ---- token helpers ----

    def tok(self, i: int) -> str:
        return self.text[self.ts[i] : self.te[i]]

    def norm(self, i: int) -> str:
        v = self._norms[i]
        if v is None:
            v = _norm(self.tok(i))
            self._norms[i] = v
        return v

    def ok(self, i: int) -> bool:
        """Token i exists and is not inside a skip span."""
        return 0 <= i < self.n and not self.blocked[i]

    def tight(self, i: int) -> bool:
        """Token i touches token i-1 (no white space between)."""
        return 0 < i < self.n and self.te[i - 1] == self.ts[i]

    def gap(self, i: int) -> str:
        """The white space before token i."""
        if i <= 0 or i >= self.n:
            return ""
        return self.text[self.te[i - 1] : self.ts[i]]

    def spaced(self, i: int) -> bool:
        """Token i follows token i-1 after 1-3 inline spaces."""
        if i <= 0 or i >= self.n:
            return False
        a, b = self.te[i - 1], self.ts[i]
        return 0 < b - a <= 3 and not self.text[a:b].strip(_INLINE_SPACE_CHARS)

    def near(self, i: int) -> bool:
        return self.tight(i) or self.spaced(i)

    def is_word(self, i: int, *norms: str) -> bool:
        return self.ok(i) and self.tk[i] == "w" and (not norms or self.norm(i) in norms)

    def is_punct(self, i: int, chars: frozenset[str] | str) -> bool:
        return self.ok(i) and self.tk[i] == "p" and self.tok(i) in chars

    def token_at_or_after(self, pos: int) -> int:
        return bisect.bisect_left(self.ts, pos)

    def prev_word(self, i: int) -> str | None:
        """Normalised word right before token i (skipping one apostrophe)."""
        j = i - 1
        if j >= 0 and self.tk[j] == "p" and self.tok(j) in _APOSTROPHES:
            j -= 1
        if j >= 0 and self.tk[j] == "w" and "\n" not in self.gap(j + 1):
            return self.norm(j)
        return None

    def hits_block(self, a: int, b: int) -> bool:
        """True when [a, b) overlaps a skip span."""
        k = bisect.bisect_right(self.blocked_spans, (a, self.n_chars + 1)) - 1
        return any(s < b and a < e for s, e in self.blocked_spans[max(k, 0) : k + 2])

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_ends, pos)

    def sentence_start(self, pos: int) -> int:
        k = bisect.bisect_right(self.sentence_ends, pos)
        return self.sentence_ends[k - 1] if k > 0 else 0

    def window(self, pos: int, size: int) -> tuple[int, str]:
        """Up to ``size`` characters before ``pos``, within its sentence."""
        start = max(0, pos - size, self.sentence_start(pos))
        return start, self.text[start:pos]

    @property
    def swiss(self) -> bool:
        if self._swiss is None:
            self._swiss = _SWISS_RE.search(self.text) is not None
        return self._swiss

    # ---- skip spans ----

    def _blocked_spans(self, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        spans = []
        for item in skip or ():
            try:
                s, e = int(item[0]), int(item[1])
            except (TypeError, ValueError, IndexError):
                continue
            if e > s:
                spans.append((max(s, 0), min(e, self.n_chars)))
        spans.extend(self._url_and_email_spans())
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged

    def _url_and_email_spans(self) -> list[tuple[int, int]]:
        text = self.text
        spans = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
        at = text.find("@")
        while at != -1:
            left = _EMAIL_LEFT.search(text, max(0, at - 64), at)
            right = _EMAIL_RIGHT.match(text, at + 1)
            s = left.start() if left else at
            e = right.end() if right else at + 1
            spans.append((s, e))
            at = text.find("@", e)
        return spans

    def _block_tokens(self) -> bytearray:
        blocked = bytearray(self.n)
        for s, e in self.blocked_spans:
            i = bisect.bisect_right(self.te, s)
            while i < self.n and self.ts[i] < e:
                blocked[i] = 1
                i += 1
        return blocked

    # ---- main loop ----

    def run(self) -> list[Quantity]:
        i = 0
        while i < self.n:
            if self.blocked[i]:
                i += 1
                continue
            cand = self._at(i)
            if cand is None:
                i += 1
                continue
            if not cand.silent:
                self.cands.append(cand)
            i = max(cand.tok_end, i + 1)
        self._merge_ranges()
        self._classify_context()
        self._resolve_tentative()
        self._attach_cues()
        return self._finish()

    def _at(self, i: int) -> _Cand | None:
        k = self.tk[i]
        if k == "d":
            return self._digits_at(i)
        if k == "p":
            return self._punct_at(i)
        return self._word_at(i)

    # =====================================================================
    # Digits
    # =====================================================================

    def _read_numeral(self, i: int) -> tuple[Decimal | None, int, bool, str | None]:
        """Read digits with thousands separators and decimals from token i.

        Returns (value, next token, grouped, plain). ``value`` is None when the
        figure is too long (the whole block is then skipped).
        """
        d0 = self.tok(i)
        int_part = d0
        j = i + 1
        sep: str | None = None
        too_long = len(d0) > MAX_DIGITS
        if len(d0) <= 3 and d0 != "0":
            while True:
                g = self._group_after(j, sep)
                if g is None:
                    break
                sep, j = g
                if not too_long:
                    int_part += self.tok(j - 1)
                    too_long = len(int_part) > MAX_DIGITS
        grouped = sep is not None
        dec = ""
        if (
            self.is_punct(j, ",.")
            and self.tight(j)
            and self.ok(j + 1)
            and self.tk[j + 1] == "d"
            and self.tight(j + 1)
            and (self.tok(j) == "," or sep != ".")
        ):
            dec = self.tok(j + 1)
            j += 2
        if too_long or len(int_part) + len(dec) > MAX_DIGITS:
            return None, j, grouped, None
        value = Decimal(int_part + ("." + dec if dec else ""))
        plain = d0 if not grouped and not dec else None
        return value, j, grouped, plain

    def _group_after(self, j: int, sep: str | None) -> tuple[str, int] | None:
        """A thousands group (separator + exactly 3 digits) starting at token j."""
        if not self.ok(j):
            return None
        if self.tk[j] == "d":
            gap = self.gap(j)
            if len(self.tok(j)) == 3 and len(gap) == 1 and gap in _GROUP_SPACES and sep in (None, " "):
                return " ", j + 1
            return None
        ch = self.tok(j)
        kind = "'" if ch in _APOSTROPHES else ch
        if (
            kind in (".", "'")
            and sep in (None, kind)
            and self.tight(j)
            and self.ok(j + 1)
            and self.tk[j + 1] == "d"
            and self.tight(j + 1)
            and len(self.tok(j + 1)) == 3
        ):
            return kind, j + 2
        return None

    def _digits_at(self, i: int, negative: bool = False, start: int | None = None) -> _Cand | None:
        """A figure whose first digit is token i (sign or prefix before ``start``)."""
        begin = self.ts[i] if start is None else start
        code = self._attached_code(i)
        if code is not None:
            return code
        phone = self._phone_at(i, begin)
        if phone is not None:
            return phone
        value, j, grouped, plain = self._read_numeral(i)
        if value is None:
            return _Cand(begin, self.te[j - 1], j, Kind.CODE, None, silent=True)
        if negative:
            value = -value
        cand = _Cand(begin, self.te[j - 1], j, Kind.COUNT, value, plain=None if negative else plain)
        special = self._digit_specials(cand, i)
        if special is not None:
            return special
        self._suffixes(cand)
        if cand.kind is Kind.COUNT and cand.scale is None and self._tight_letters(cand.tok_end):
            return self._code_from(cand.start, cand.tok_end)
        if cand.kind is Kind.COUNT and plain == "1" and not negative:
            frac = self._sur_fraction(cand, numerator=1)
            if frac is not None:
                return frac
        return cand

    def _tight_letters(self, j: int) -> bool:
        return self.ok(j) and self.tight(j) and self.tk[j] in "wd"

    def _attached_code(self, i: int) -> _Cand | None:
        """Digits glued to letters before them: "A4", "G7", "COVID-19", "F-16"."""
        j = i - 1
        if j >= 0 and self.tight(i) and self.tk[j] == "p" and self.tok(j) in _HYPHENS:
            if j - 1 >= 0 and self.tight(j) and self.tk[j - 1] == "w":
                if self.norm(j - 1) == "mi":  # "mi-2023": a year, read normally
                    return None
                return self._code_from(self.ts[j - 1], i)
            return None
        if j >= 0 and self.tight(i) and self.tk[j] == "w":
            if self.tok(j).upper() in fr.CURRENCY_CODES:
                return None
            return self._code_from(self.ts[j], i)
        if j >= 1 and self.tight(i) and self.tok(j) == "/" and self.tight(j) and self.tk[j - 1] in "wd":
            return self._code_from(self.ts[i], i)  # the "24" of "24h/24", the "7" of "7j/7"
        return None

    def _code_from(self, start: int, j: int) -> _Cand:
        """A code from ``start`` through the glued alphanumeric run at token j."""
        while self.ok(j) and self.tight(j):
            if self.tk[j] in "wd":
                j += 1
            elif self.tok(j) in "-/._" and self.ok(j + 1) and self.tight(j + 1) and self.tk[j + 1] in "wd":
                j += 2
            else:
                break
        end = self.te[j - 1]
        return _Cand(start, end, j, Kind.CODE, self.text[start:end])

    def _phone_at(self, i: int, begin: int) -> _Cand | None:
        pos = begin if begin < self.ts[i] and self.text[begin] == "+" else self.ts[i]
        m = _PHONE_RE.match(self.text, pos)
        if m is None or self.hits_block(m.start(), m.end()):
            return None
        if i > 0 and self.tight(i) and self.tk[i - 1] in "wd":
            return None
        j = self.token_at_or_after(m.end())
        return _Cand(pos, m.end(), j, Kind.CODE, m.group(0))

    def _digit_specials(self, cand: _Cand, i: int) -> _Cand | None:
        """Forms read right after the digits: chains, fractions, exponents, ordinals, times."""
        j = cand.tok_end
        if not (self.ok(j) and self.tight(j)):
            return self._mixed_vulgar(cand) if cand.plain else None
        ch = self.tok(j)
        if self.tk[j] == "p":
            nxt_digit = self.ok(j + 1) and self.tight(j + 1) and self.tk[j + 1] == "d"
            if ch == "." and nxt_digit:
                return self._code_from(cand.start, j)  # IP address, version "3.1.0"
            if ch == "/" and nxt_digit:
                return self._slash(cand, j, i)
            if ch in _HYPHENS and nxt_digit:
                return self._hyphen_chain(cand, j)
            if ch == "^":
                return self._power(cand, j)
            if ch == ":" and cand.plain and int(cand.plain) <= 24:
                m = _TIME_COLON_RE.match(self.text, self.te[j - 1])
                if m:
                    return self._time(cand, int(cand.plain), m.group("min"), m.end())
            return None
        if self.tk[j] == "w":
            word = self.tok(j)
            frac = self._vulgar_value(word)
            if frac is not None and cand.plain:
                return _Cand(cand.start, self.te[j], j + 1, Kind.FRACTION, float(cand.value) + frac)
            if word in ("e", "E") and self._exponent_follows(j):
                return self._exponent(cand, j)
            integral = cand.value >= 0 and cand.value == int(cand.value)
            if _norm(word) in fr.ORDINAL_SUFFIXES and integral and not self._tight_letters(j + 1):
                return _Cand(cand.start, self.te[j], j + 1, Kind.ORDINAL, int(cand.value))
        return None

    def _exponent_follows(self, j: int) -> bool:
        k = j + 1
        if self.is_punct(k, "+-−") and self.tight(k):
            k += 1
        return self.ok(k) and self.tight(k) and self.tk[k] == "d" and len(self.tok(k)) <= 2

    def _exponent(self, cand: _Cand, j: int) -> _Cand:
        """Scientific notation: "1e10", "-12e-1", "12,32e+14"."""
        k = j + 1
        sign = 1
        if self.tk[k] == "p":
            sign = -1 if self.tok(k) in "-−" else 1
            k += 1
        exp = sign * int(self.tok(k))
        value = cand.value * (Decimal(10) ** exp)
        return _Cand(cand.start, self.te[k], k + 1, Kind.COUNT, value)

    def _power(self, cand: _Cand, j: int) -> _Cand | None:
        """Power notation: "1,1^23", "2,5^-1" (signs may repeat: "^--23")."""
        k = j + 1
        sign = 1
        while self.is_punct(k, "+-−") and self.tight(k):
            if self.tok(k) in "-−":
                sign = -sign
            k += 1
        if not (self.ok(k) and self.tight(k) and self.tk[k] == "d" and len(self.tok(k)) <= 2):
            return None
        base = abs(float(cand.value))
        try:
            value = base ** (sign * int(self.tok(k)))
        except (OverflowError, ZeroDivisionError):
            return None
        if cand.value < 0:
            value = -value
        out = _Cand(cand.start, self.te[k], k + 1, Kind.COUNT, Decimal(repr(value)))
        self._suffixes(out)
        return out

    def _slash(self, cand: _Cand, j: int, i: int) -> _Cand:
        """ "3/4" is a fraction; "24/7", "12/05" and "12/05/2024" are codes."""
        den_tok = j + 1
        den = self.tok(den_tok)
        chained = self.is_punct(den_tok + 1, "/") and self.tight(den_tok + 1)
        if chained or j != i + 1 or len(den) > 3 or len(self.tok(i)) > 3:
            return self._code_from(cand.start, j)
        num, d = int(self.tok(i)), int(den)
        if cand.value < 0:
            num = -num
        if 0 < abs(num) <= d and not self._after_date_article(cand.start):
            return _Cand(cand.start, self.te[den_tok], den_tok + 1, Kind.FRACTION, num / d)
        return self._code_from(cand.start, j)

    def _after_date_article(self, pos: int) -> bool:
        i = self.token_at_or_after(pos)
        return self.prev_word(i) in ("le", "du", "au")

    def _hyphen_chain(self, cand: _Cand, j: int) -> _Cand:
        """ "225-4-1" and "3-1" are codes; "20-25 %" is a range."""
        parts = 1
        k = j
        while (
            self.is_punct(k, _HYPHENS)
            and self.tight(k)
            and self.ok(k + 1)
            and self.tight(k + 1)
            and self.tk[k + 1] == "d"
        ):
            parts += 1
            k += 2
        if parts == 2 and cand.plain is not None:
            value, nxt, _grouped, _plain = self._read_numeral(j + 1)
            if value is not None:
                second = _Cand(self.ts[j + 1], self.te[nxt - 1], nxt, Kind.COUNT, value)
                self._suffixes(second)
                if second.kind in AMOUNT_KINDS and (second.unit or second.scale) and cand.value < second.value:
                    low = cand.value * (second.scale or 1)
                    return _Cand(
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
        return self._code_from(cand.start, j)

    def _time(self, cand: _Cand, hour: int, minutes: str | None, end: int) -> _Cand:
        j = self.token_at_or_after(end)
        return _Cand(cand.start, end, j, Kind.TIME, f"{hour:02d}:{minutes or '00'}")

    @staticmethod
    def _vulgar_value(ch: str) -> float | None:
        if len(ch) != 1 or "VULGAR FRACTION" not in unicodedata.name(ch, ""):
            return None
        return unicodedata.numeric(ch, None)

    def _mixed_vulgar(self, cand: _Cand) -> _Cand | None:
        """ "2 1/4" (an integer, a space, a fraction a/b with a < b)."""
        j = cand.tok_end
        if not (self.ok(j) and self.spaced(j) and self.tk[j] == "d" and len(self.tok(j)) == 1):
            return None
        if not (self.is_punct(j + 1, "/") and self.tight(j + 1) and self.ok(j + 2) and self.tight(j + 2)):
            return None
        if self.tk[j + 2] != "d" or len(self.tok(j + 2)) > 2 or self._tight_letters(j + 3):
            return None
        if self.is_punct(j + 3, "/") and self.tight(j + 3):
            return None
        a, b = int(self.tok(j)), int(self.tok(j + 2))
        if not 0 < a < b or len(cand.plain or "") > 3:
            return None
        value = float(cand.value) + (a / b if cand.value >= 0 else -a / b)
        return _Cand(cand.start, self.te[j + 2], j + 3, Kind.FRACTION, value)

    # =====================================================================
    # Punctuation starts: signs, currency symbols, leading decimals, ½
    # =====================================================================

    def _punct_at(self, i: int) -> _Cand | None:
        ch = self.tok(i)
        nxt_digit_tight = self.ok(i + 1) and self.tk[i + 1] == "d" and self.tight(i + 1)
        before_ok = i == 0 or self.text[self.ts[i] - 1] in _SIGN_OK_BEFORE
        if ch in _MINUS_SIGNS or ch == "+":
            if before_ok and not self._after_number_dash(i):
                if nxt_digit_tight:
                    cand = self._digits_at(i + 1, negative=ch != "+", start=self.ts[i])
                    if cand is not None and cand.kind is not Kind.CODE:
                        return cand
                    return None
                if self.is_punct(i + 1, ",") and self.tight(i + 1):
                    return self._leading_decimal(i + 1, negative=ch != "+", start=self.ts[i])
            return None
        if ch in ",." and before_ok and nxt_digit_tight:
            return self._leading_decimal(i, negative=False, start=self.ts[i])
        if ch in fr.CURRENCY_SYMBOLS:
            return self._currency_prefix(i, i + 1, fr.CURRENCY_SYMBOLS[ch], self.ts[i])
        return None

    def _after_number_dash(self, i: int) -> bool:
        """A dash between two figures ("10 - 20 euros") is not a minus sign."""
        return i > 0 and self.tk[i - 1] == "d" and self.spaced(i)

    def _leading_decimal(self, i: int, negative: bool, start: int) -> _Cand | None:
        """ ",08" or "-,0012G": a decimal without its leading zero."""
        if not (self.ok(i + 1) and self.tk[i + 1] == "d" and self.tight(i + 1)):
            return None
        digits = self.tok(i + 1)
        if len(digits) > MAX_DIGITS or (i > 0 and self.tk[i - 1] == "d" and self.tight(i)):
            return None
        value = Decimal("0." + digits)
        cand = _Cand(start, self.te[i + 1], i + 2, Kind.COUNT, -value if negative else value)
        self._suffixes(cand)
        return cand

    def _currency_prefix(self, i: int, j: int, unit: str, start: int) -> _Cand | None:
        """ "$10", "€1000", "£ 8,10 millions", "EUR 20", "USD1,23"."""
        if not (self.ok(j) and self.near(j)):
            return None
        if self.tk[j] != "d":
            if self.is_punct(j, _MINUS_SIGNS) and self.ok(j + 1) and self.tight(j + 1) and self.tk[j + 1] == "d":
                cand = self._digits_at(j + 1, negative=True, start=self.ts[j])
            else:
                return None
        else:
            cand = self._digits_at(j)
        if cand is None or cand.kind not in (Kind.COUNT, Kind.MONEY) or cand.qualifier is Qualifier.RANGE:
            return None
        cand.start = start
        cand.kind = Kind.MONEY
        if cand.unit is None or cand.unit == "USD":
            cand.unit = unit
        cand.plain = None
        return cand

    # =====================================================================
    # Words
    # =====================================================================

    def _word_at(self, i: int) -> _Cand | None:
        w = self.tok(i)
        nw = self.norm(i)
        if (w.isupper() or w.islower()) and w.upper() in fr.CURRENCY_CODES and len(w) == 3:
            return self._currency_prefix(i, i + 1, w.upper(), self.ts[i])
        if self.is_punct(i + 1, "$") and self.tight(i + 1) and nw in fr.DOLLAR_VARIANTS:
            return self._currency_prefix(i, i + 2, fr.DOLLAR_VARIANTS[nw], self.ts[i])
        roman = self._roman_ordinal(i)
        if roman is not None:
            return roman
        frac = self._vulgar_value(w)
        if frac is not None:
            return _Cand(self.ts[i], self.te[i], i + 1, Kind.FRACTION, frac)
        for reader in (self._collective_at, self._article_fraction_at, self._minus_at, self._word_number_at):
            cand = reader(i)
            if cand is not None:
                return cand
        return None

    def _roman_ordinal(self, i: int) -> _Cand | None:
        """ "XXe siècle", "IIe", "Ier", "Ve République"."""
        m = _ROMAN_RE.fullmatch(self.tok(i))
        if m is None or self._tight_letters(i + 1) or (i > 0 and self.tight(i) and self.tk[i - 1] in "wd"):
            return None
        roman = m.group("roman")
        if len(roman) == 1 and roman not in "IVX":
            return None
        if not _ROMAN_VALID_RE.fullmatch(roman):
            return None
        return _Cand(self.ts[i], self.te[i], i + 1, Kind.ORDINAL, _roman_value(roman))

    # ---- approximate counts ----

    def _collective_at(self, i: int) -> _Cand | None:
        """ "une dizaine", "une bonne centaine", "des centaines de milliers", "un millier"."""
        nw = self.norm(i)
        if nw in fr.COLLECTIVE_ARTICLES:
            j = i + 1
            if self.is_word(j) and self.norm(j) in fr.COLLECTIVE_ADJECTIVES and self.near(j):
                j += 1
            key = self._collective_key(j)
            if key is None or not self.near(j) or key not in fr.COLLECTIVES:
                return None
            if key in fr.COLLECTIVES_NEEDING_DE and not self._followed_by_de(self._after_key(j, key)):
                return None
            value, low, high = fr.COLLECTIVES[key]
            end_tok = self._after_key(j, key)
            return self._collective_cand(i, end_tok, value, low, high)
        if nw in fr.VAGUE_DETERMINERS:
            j = i + 1
            if not (self.is_word(j) and self.near(j)):
                return None
            unit = fr.COLLECTIVE_PLURALS.get(self.norm(j))
            if unit is None:
                return None
            lo, hi = fr.VAGUE_DETERMINERS[nw]
            # "des centaines": 200 to 999 (open top up to the next power); "quelques": up to 500
            return self._collective_cand(i, j + 1, lo * unit, lo * unit, hi * unit, open_top=unit if hi == 9 else 0)
        return None

    def _collective_key(self, j: int) -> str | None:
        if not self.is_word(j):
            return None
        nw = self.norm(j)
        if nw == "demi" and self.is_punct(j + 1, _HYPHENS) and self.is_word(j + 2, "douzaine"):
            return "demi-douzaine"
        return nw

    def _after_key(self, j: int, key: str) -> int:
        return j + 3 if key == "demi-douzaine" else j + 1

    def _followed_by_de(self, j: int) -> bool:
        return self.is_word(j, "de", "d") and self.near(j)

    def _collective_cand(self, i: int, end_tok: int, value: int, low: int, high: int, open_top: int = 0) -> _Cand:
        mult = self._collective_multiplier(end_tok)
        if mult:
            end_tok += 2
        m = mult or 1
        if open_top:
            high = high + open_top - 1 / m  # "des dizaines de milliers": up to 99 999
        cand = _Cand(
            self.ts[i],
            self.te[end_tok - 1],
            end_tok,
            Kind.COUNT,
            Decimal(value * m),
            qualifier=Qualifier.APPROXIMATE,
            low=Decimal(low * m),
            high=Decimal(round(high * m)),
            scale=m if mult else None,
        )
        self._unit_suffixes(cand, allow_de=True)
        return cand

    def _collective_multiplier(self, j: int) -> int | None:
        """ "(des dizaines) de milliers" -> 1000."""
        if self.is_word(j, "de") and self.near(j) and self.is_word(j + 1) and self.near(j + 1):
            return fr.COLLECTIVE_MULTIPLIERS.get(self.norm(j + 1))
        return None

    # ---- fractions introduced by an article ----

    def _article_fraction_at(self, i: int) -> _Cand | None:
        """ "la moitié", "une moitié", "de moitié", "le tiers", "le quart"."""
        nw = self.norm(i)
        j = i + 1
        if not (self.is_word(j) and self.near(j)):
            return None
        nxt = self.norm(j)
        if nxt == "moitie" and nw in ("la", "une", "de"):
            start = self.ts[j] if nw == "de" else self.ts[i]
            return _Cand(start, self.te[j], j + 1, Kind.FRACTION, 0.5, words=True)
        if nw in ("le", "les") and nxt in ("tiers", "quart") and not self._quart_excluded(j + 1):
            den = fr.FRACTION_NOUNS[nxt]
            return _Cand(self.ts[i], self.te[j], j + 1, Kind.FRACTION, 1 / den, words=True)
        return None

    def _quart_excluded(self, j: int) -> bool:
        """ "quart de finale", "quart d'heure": fixed phrases, not fractions."""
        k = j
        if self.is_word(k, "de", "d"):
            k += 1
            if self.is_punct(k, _APOSTROPHES):
                k += 1
            return self.is_word(k) and self.norm(k) in fr.QUART_EXCLUDED_NEXT
        return False

    # ---- "moins 5" ----

    def _minus_at(self, i: int) -> _Cand | None:
        """ "moins 1200000", "moins cinq degrés": a negative figure."""
        if self.norm(i) != "moins" or not self.near(i + 1) or not self.ok(i + 1):
            return None
        before = self.prev_word(i)
        if before in ("au", "pas", "le", "du", "de", "des", "en", "plus", "a", "un", "peu", "ou", "et"):
            return None
        if i > 0 and self.tk[i - 1] == "d":
            return None
        j = i + 1
        if self.tk[j] == "d":
            cand = self._digits_at(j)
        elif self.tk[j] == "w" and self.norm(j) in fr.CARDINAL_WORDS and self.norm(j) not in ("un", "une"):
            cand = self._word_number_at(j)
        else:
            return None
        if cand is None or cand.kind not in (Kind.COUNT, Kind.MEASURE) or cand.tentative:
            return None
        cand.value = -cand.value
        cand.start = self.ts[i]
        cand.plain = None
        return cand

    # ---- number words ----

    def _collect_run(self, i: int) -> tuple[list[int], int | None]:
        """Cardinal words from token i, then an optional ordinal word."""
        words: list[int] = []
        prev_cls: str | None = None
        j: int | None = i
        while j is not None and self.ok(j) and self.tk[j] == "w" and len(words) < MAX_RUN_WORDS:
            nw = self.norm(j)
            if self._is_ordinal_word(nw):
                return words, j
            entry = fr.CARDINAL_WORDS.get(nw)
            if entry is not None:
                cls = entry[1]
                if prev_cls is not None and cls not in fr.NEXT_CLASSES[prev_cls]:
                    break
                if cls == "D" and prev_cls == "U" and nw not in ("vingt", "vingts"):
                    break
                words.append(j)
                prev_cls = cls
            elif nw == "et" and words and self.norm(words[-1]) in fr.TENS_WITH_ET and self._et_joins(j):
                words.append(j)
                prev_cls = "E"
            else:
                break
            j = self._next_word(j)
        if words and prev_cls == "E":
            words.pop()
        return words, None

    def _next_word(self, j: int) -> int | None:
        """The word joined to word j by 1-3 spaces or one hyphen, if any."""
        k = j + 1
        if not self.ok(k):
            return None
        if self.tk[k] == "w" and self.spaced(k):
            return k
        if self.is_punct(k, _HYPHENS) and self.tight(k) and self.ok(k + 1) and self.tight(k + 1):
            return k + 1 if self.tk[k + 1] == "w" else None
        return None

    def _hyphen_before(self, j: int) -> bool:
        return self.tight(j) and self.is_punct(j - 1, _HYPHENS)

    def _et_joins(self, j: int) -> bool:
        k = self._next_word(j)
        if k is None:
            return False
        nk = self.norm(k)
        return nk in ("un", "une", "onze") or nk in ("unieme", "uniemes", "onzieme", "onziemes")

    @staticmethod
    def _is_ordinal_word(nw: str) -> bool:
        return (
            nw in fr.ORDINAL_WORDS
            or (nw.endswith("s") and nw[:-1] in fr.ORDINAL_WORDS)
            or nw in fr.FIRST_ORDINALS
            or nw in fr.SECOND_ORDINALS
            or nw in fr.FRACTION_NOUNS
        )

    def _words_string(self, words: Sequence[int], last: str | None = None) -> str:
        """The canonical string given to text2num for these word tokens."""
        parts: list[str] = []
        for n, j in enumerate(words):
            if n:
                hyphen = self._hyphen_before(j)
                if hyphen and self.norm(j) in ("un", "une") and self.norm(words[n - 1]) in fr.TENS_WITH_ET:
                    parts.append(" et ")  # "vingt-un", older spelling of "vingt et un"
                    parts.append(self.norm(j))
                    continue
                parts.append("-" if hyphen else " ")
            parts.append(fr.CARDINAL_WORDS[self.norm(j)][0] if self.norm(j) != "et" else "et")
        if last is not None:
            if parts:
                parts.append(" ")
            parts.append(last)
        return "".join(parts)

    def _words_value(self, words: Sequence[int], last: str | None = None) -> int | None:
        """Value of cardinal words (plus an optional final cardinal), billion included."""
        if last in ("billion", "billions"):
            if not words:
                return 10**12
            v = self._words_value(words)
            return None if v is None else v * 10**12
        if not words and last is None:
            return None
        return _t2n(self._words_string(words, last))

    def _word_number_at(self, i: int) -> _Cand | None:
        nw = self.norm(i)
        if nw not in fr.CARDINAL_WORDS and not self._is_ordinal_word(nw):
            return None
        if self._hyphen_before(i) and self.ok(i - 2) and self.tk[i - 2] == "w" and self.tight(i - 1):
            return None  # "Pont-Neuf", "Sainte-Trois..." : part of a name
        words, ordinal = self._collect_run(i)
        last = ordinal if ordinal is not None else (words[-1] if words else i)
        if self._glued_to_name(last):
            return None  # "Deux-Sèvres", "Sept-Îles", "Trois-Rivières"
        if ordinal is not None:
            cand = self._ordinal_or_fraction(words, ordinal)
            if cand is not None:
                return cand
        if not words:
            return None
        for length in range(len(words), 0, -1):
            sub = words[:length]
            if self.norm(sub[-1]) == "et":
                continue
            value = self._words_value(sub)
            if value is not None:
                return self._cardinal(sub, value)
        return None

    def _glued_to_name(self, j: int) -> bool:
        """Word j is hyphenated to a following word that is not a number word."""
        k = j + 1
        if not (self.is_punct(k, _HYPHENS) and self.tight(k) and self.ok(k + 1) and self.tight(k + 1)):
            return False
        if self.tk[k + 1] != "w":
            return False
        nk = self.norm(k + 1)
        return nk not in fr.CARDINAL_WORDS and not self._is_ordinal_word(nk) and nk not in fr.SCALE_WORDS

    def _ordinal_or_fraction(self, words: list[int], o: int) -> _Cand | None:
        """Words followed by an ordinal or a fraction noun.

        "vingt-cinquième" is the rank 25, "trois cinquièmes" the ratio 0.6,
        "un vingt-cinquième" 0.04, "deux tiers" 0.667, "un demi-million" 500 000.
        """
        on = self.norm(o)
        if on in fr.FRACTION_NOUNS:
            return self._fraction_noun(words, o, on)
        if on in fr.FIRST_ORDINALS or on in fr.SECOND_ORDINALS:
            if words:
                return None
            return self._first_or_second(o, on)
        base = fr.ORDINAL_WORDS[on[:-1] if on.endswith("s") and on not in fr.ORDINAL_WORDS else on]
        c = self._compound_start(words, o, base)
        rank = self._words_value(words[c:], base)
        if rank is None:
            return None
        numerator = words[:c]
        if not numerator:
            return _Cand(self.ts[words[0] if words else o], self.te[o], o + 1, Kind.ORDINAL, rank, words=True)
        num = self._words_value(numerator)
        if num is None or rank < 3:
            return None
        if self._whole_and_one(numerator, on):
            # "vingt et un cinquième" (singular): 20 + 1/5; 21/5 would need "cinquièmes"
            whole = self._words_value(numerator[:-2])
            if whole is not None:
                return _Cand(self.ts[words[0]], self.te[o], o + 1, Kind.COUNT, whole + 1 / rank, words=True)
        if num == 1 and self._noun_follows(o + 1):
            # "un troisième suspect": article + rank
            start = self.ts[words[c]] if c < len(words) else self.ts[o]
            return _Cand(start, self.te[o], o + 1, Kind.ORDINAL, rank, words=True)
        return _Cand(self.ts[words[0]], self.te[o], o + 1, Kind.FRACTION, num / rank, words=True)

    def _whole_and_one(self, numerator: list[int], ordinal_norm: str) -> bool:
        return (
            not ordinal_norm.endswith("s")
            and len(numerator) >= 3
            and self.norm(numerator[-2]) == "et"
            and self.norm(numerator[-1]) in ("un", "une")
        )

    def _compound_start(self, words: list[int], o: int, base: str) -> int:
        """Index in ``words`` where the compound ordinal begins (rest is the numerator)."""
        c = len(words)
        while c > 0:
            follower = words[c] if c < len(words) else o
            prev = self.norm(words[c - 1])
            joined = self.tight(follower) and self.is_punct(follower - 1, _HYPHENS)
            if joined or prev == "et" or self.norm(follower) == "et":
                c -= 1
                continue
            if (
                c == len(words)
                and fr.CARDINAL_WORDS[prev][1] == "D"
                and fr.CARDINAL_WORDS.get(base, ("", ""))[1] == "U"
            ):
                c -= 1  # "vingt cinquième" written without its hyphen
                continue
            break
        if c < len(words):
            c = 1 if len(words) > 1 and self.norm(words[0]) in ("un", "une") and c >= 1 else 0
        return c

    def _fraction_noun(self, words: list[int], o: int, on: str) -> _Cand | None:
        """ "deux tiers", "trois quarts", "un quart", "un demi", "un demi-million"."""
        den = fr.FRACTION_NOUNS[on]
        if on in ("demi", "demie"):
            scale = self._demi_scale(o)
            if scale is not None:
                num = self._words_value(words) if words else 1
                if num is None:
                    return None
                end_tok = o + 3
                cand = _Cand(
                    self.ts[words[0] if words else o],
                    self.te[end_tok - 1],
                    end_tok,
                    Kind.COUNT,
                    Decimal(num) * scale / 2,
                    words=True,
                    scale=scale,
                )
                self._unit_suffixes(cand, allow_de=True)
                return cand
            if not words or self.norm(words[-1]) not in ("un", "une") or len(words) > 1:
                return None
            if self.tight(o + 1) and self.is_punct(o + 1, _HYPHENS):
                return None
        if not words:
            return None
        if on.startswith("quart") and self._quart_excluded(o + 1):
            return None
        num = self._words_value(words)
        if num is None:
            return None
        return _Cand(self.ts[words[0]], self.te[o], o + 1, Kind.FRACTION, num / den, words=True)

    def _demi_scale(self, o: int) -> int | None:
        if self.is_punct(o + 1, _HYPHENS) and self.tight(o + 1) and self.is_word(o + 2) and self.tight(o + 2):
            return fr.SCALE_WORDS.get(self.norm(o + 2)) if self.norm(o + 2) != "mille" else None
        return None

    def _first_or_second(self, o: int, on: str) -> _Cand | None:
        """ "premier", "première" (not "Premier ministre"); "le second tour"."""
        nxt = self.norm(o + 1) if self.is_word(o + 1) else ""
        if on in fr.FIRST_ORDINALS:
            if nxt in ("ministre", "ministres", "secretaire"):
                return None
            return _Cand(self.ts[o], self.te[o], o + 1, Kind.ORDINAL, 1, words=True)
        if self.prev_word(o) in fr.SECOND_DETERMINERS:
            return _Cand(self.ts[o], self.te[o], o + 1, Kind.ORDINAL, 2, words=True)
        return None

    def _noun_follows(self, j: int) -> bool:
        """A content word follows token j-1 (so the figure qualifies a noun)."""
        return self.is_word(j) and self.near(j) and self.norm(j) not in fr.FUNCTION_WORDS

    def _cardinal(self, words: list[int], value: int) -> _Cand | None:
        """A cardinal read from words, with what may follow it."""
        cand = _Cand(self.ts[words[0]], self.te[words[-1]], words[-1] + 1, Kind.COUNT, Decimal(value), words=True)
        last = self.norm(words[-1])
        if last in fr.SCALE_WORDS and len(words) > 1:
            cand.scale = fr.SCALE_WORDS[last]
        single = self.norm(words[0]) if len(words) == 1 else None
        if single == "cent" and self.prev_word(words[0]) == "pour" and not self._noun_follows(cand.tok_end):
            return None
        virgule = self._virgule(cand)
        if virgule is not None:
            return virgule
        sur = self._sur_fraction(cand, numerator=value)
        if sur is not None:
            return sur
        if single == "neuf" and self._neuf_is_adjective(words[0]):
            return None
        self._suffixes(cand, words=True)
        if single in ("un", "une") and cand.kind is Kind.COUNT and cand.scale is None:
            if cand.value != 1 or cand.qualifier is not Qualifier.EXACT:
                return cand  # "un et demi", "une douzaine"...
            return self._lone_un(cand, words[0])
        return cand

    def _lone_un(self, cand: _Cand, i: int) -> _Cand | None:
        """ "un"/"une" alone: the count 1 only at a clause end, else tentative."""
        before = i - 1
        if before >= 1 and self.tk[before] == "p" and self.tok(before) in _APOSTROPHES and self.norm(before - 1) == "l":
            return None  # "l'un"
        if self.prev_word(i) in ("la", "le", "les") or (self.tok(i)[0].isupper() and not self._sentence_initial(i)):
            return None  # "à la une", "la Une de Libé"
        j = cand.tok_end
        if not self.ok(j) or (self.tk[j] == "p" and self.tok(j) not in _HYPHENS and self.tok(j) not in _APOSTROPHES):
            return cand
        if self.is_word(j, "seul", "seule") and self.near(j):
            return cand  # "un seul mort"
        if _CUE_RE.search(self.window(cand.start, 30)[1]) and self._noun_follows(j):
            return cand  # "au moins un mort", "plus d'un agriculteur"
        if self._noun_follows(j):
            cand.tentative = "un"
            return cand
        return None

    def _sentence_initial(self, i: int) -> bool:
        """Token i opens its sentence (after spaces, quotes, dashes or brackets)."""
        k = self.ts[i] - 1
        while k >= 0 and self.text[k] in _OPENERS:
            k -= 1
        return k < 0 or self.sentence_start(self.ts[i]) == k + 1

    def _neuf_is_adjective(self, i: int) -> bool:
        """ "un véhicule neuf", "tout neuf", "remis à neuf": the adjective "new"."""
        prev = self.prev_word(i)
        if prev is None:
            return False
        if prev in fr.NEUF_ADJECTIVE_BEFORE:
            return True
        j = i + 1
        next_is_free = not self.is_word(j) or self.norm(j) in fr.FUNCTION_WORDS
        if prev in ("a",) and i >= 2:
            before = self.prev_word(i - 1)
            return before in fr.NEUF_ADJECTIVE_BEFORE and next_is_free
        content_before = prev not in fr.FUNCTION_WORDS and prev not in fr.CARDINAL_WORDS
        return content_before and next_is_free and self.tk[i - 1] == "w"

    def _virgule(self, cand: _Cand) -> _Cand | None:
        """ "deux cent virgule cinquante deux" -> 200.52."""
        j = cand.tok_end
        if not (self.is_word(j, "virgule") and self.near(j) and self.ok(j + 1) and self.near(j + 1)):
            return None
        words, _ = self._collect_run(j + 1)
        zeros = 0
        while zeros < len(words) and self.norm(words[zeros]) == "zero":
            zeros += 1
        rest = words[zeros:]
        digits = "0" * zeros
        if rest:
            v = self._words_value(rest)
            if v is None:
                return None
            digits += str(v)
        if not digits:
            return None
        value = cand.value + Decimal("0." + digits)
        out = _Cand(cand.start, self.te[words[-1]], words[-1] + 1, Kind.COUNT, value, words=True)
        self._suffixes(out, words=True)
        return out

    def _sur_fraction(self, cand: _Cand, numerator: int) -> _Cand | None:
        """ "un sur dix", "deux trains sur trois", "1 Français sur 3" (value: the ratio)."""
        j = cand.tok_end
        middle = 0
        while middle < 3 and self.is_word(j) and self.near(j) and self.norm(j) != "sur":
            nw = self.norm(j)
            if nw in fr.CARDINAL_WORDS or nw in fr.FUNCTION_WORDS:
                return None
            j += 1
            middle += 1
        if not (self.is_word(j, "sur") and self.near(j) and self.ok(j + 1) and self.near(j + 1)):
            return None
        k = j + 1
        if self.tk[k] == "d":
            value, nxt, _g, plain = self._read_numeral(k)
            if plain is None or self._tight_letters(nxt) or self.is_punct(nxt, ",.") and self.tight(nxt):
                return None
            den = int(plain)
        elif self.tk[k] == "w":
            words, ordinal = self._collect_run(k)
            if not words or ordinal is not None:
                return None
            den = self._words_value(words)
            nxt = words[-1] + 1
            if den is None:
                return None
        else:
            return None
        if not 0 < numerator <= den:
            return None
        return _Cand(cand.start, self.te[nxt - 1], nxt, Kind.FRACTION, numerator / den, words=cand.words)

    # =====================================================================
    # Suffixes: scale, mixed fractions, units
    # =====================================================================

    def _suffixes(self, cand: _Cand, words: bool = False) -> None:
        """Read what follows a bare figure: scale, "et demi", unit (in place)."""
        if cand.kind is not Kind.COUNT:
            return
        if not words:
            self._scale(cand)
        else:
            self._word_scale(cand)
        self._collective_times(cand)
        self._mixed_fraction(cand)
        self._unit_suffixes(cand, allow_de=cand.scale is not None or cand.qualifier is Qualifier.APPROXIMATE)

    def _scale(self, cand: _Cand) -> None:
        """ "1,5 million", "3 000 milliards", "10k", "1,2 Md€", "12 M€", "5 mille"."""
        j = cand.tok_end
        if not self.is_word(j):
            return
        w = self.tok(j)
        nw = self.norm(j)
        tight = self.tight(j)
        decimal = cand.value != int(cand.value)
        mult: int | None = None
        if self.near(j) and nw in fr.SCALE_WORDS:
            mult = fr.SCALE_WORDS[nw]
        elif w in fr.SCALE_ABBREVIATIONS:
            after = j + 1
            currency_next = self._currency_match(self.te[j]) is not None
            letter_next = self._tight_letters(after)
            if letter_next:
                return
            if w in ("k", "K"):
                if tight or currency_next or not (self.is_word(after) and self.near(after)):
                    mult = 1000
            elif w in ("M", "G"):
                if currency_next and (tight or w == "M") or (tight and decimal):
                    mult = fr.SCALE_ABBREVIATIONS[w]
            elif self.near(j):
                mult = fr.SCALE_ABBREVIATIONS[w]
        if mult is None:
            return
        cand.value = cand.value * mult
        cand.scale = mult
        cand.end = self.te[j]
        cand.tok_end = j + 1
        cand.plain = None
        if (
            self.is_punct(j + 1, ".")
            and self.tight(j + 1)
            and w in ("Mio", "mio", "Mia", "mia", "Md", "Mds", "Mrd")
            and not self._sentence_break_after(j + 1)
        ):
            cand.end = self.te[j + 1]
            cand.tok_end = j + 2

    def _sentence_break_after(self, j: int) -> bool:
        k = j + 1
        return not self.ok(k) or (self.tk[k] == "w" and self.tok(k)[:1].isupper())

    def _word_scale(self, cand: _Cand) -> None:
        """ "un billion", "trois billions" (text2num does not know "billion")."""
        j = cand.tok_end
        if self.is_word(j, "billion", "billions") and self.near(j):
            cand.value = cand.value * 10**12
            cand.scale = 10**12
            cand.end = self.te[j]
            cand.tok_end = j + 1

    def _collective_times(self, cand: _Cand) -> None:
        """ "3 douzaines", "deux centaines", "quelques" excluded: N × collective."""
        j = cand.tok_end
        if cand.scale is not None or not (self.is_word(j) and self.near(j)):
            return
        nw = self.norm(j)
        unit = fr.COLLECTIVE_PLURALS.get(nw) or (fr.COLLECTIVES.get(nw, (None,))[0] if cand.value >= 1 else None)
        if unit is None or nw in ("millions", "milliards") or cand.value <= 0:
            return
        singular = nw[:-1] if nw.endswith("s") else nw
        _v, lo, hi = fr.COLLECTIVES.get(singular, (unit, unit, unit))
        n = cand.value
        cand.value = n * unit
        cand.low, cand.high = n * lo, n * hi
        cand.qualifier = Qualifier.APPROXIMATE
        cand.scale = unit
        cand.end = self.te[j]
        cand.tok_end = j + 1
        cand.plain = None
        mult = self._collective_multiplier(j + 1)
        if mult:
            cand.value *= mult
            cand.low *= mult
            cand.high *= mult
            cand.end = self.te[j + 2]
            cand.tok_end = j + 3

    def _mixed_fraction(self, cand: _Cand) -> None:
        """ "un million et demi", "3 millions et demi", "cent et trois quarts"."""
        j = cand.tok_end
        if not (self.is_word(j, "et") and self.near(j) and self.ok(j + 1) and self.near(j + 1)):
            return
        if cand.qualifier is not Qualifier.EXACT:
            return
        frac = self._fraction_expression(j + 1)
        if frac is None:
            return
        value, end_tok, absolute = frac
        cand.value = cand.value + Decimal(str(value)) * (1 if absolute else cand.scale or 1)
        cand.end = self.te[end_tok - 1]
        cand.tok_end = end_tok
        cand.plain = None

    def _fraction_expression(self, j: int) -> tuple[float, int, bool] | None:
        """After "et": "demi", "trois quarts", "un cinquième" (a ratio of the scale
        before) or "demi million", "demi-million" (an absolute value).

        Returns (value, next token, absolute).
        """
        if self.is_word(j, "demi", "demie"):
            k = self._next_word(j)
            if k is not None and self.norm(k) in fr.SCALE_WORDS and self.norm(k) != "mille":
                return fr.SCALE_WORDS[self.norm(k)] / 2, k + 1, True
            if not (self.is_punct(j + 1, _HYPHENS) and self.tight(j + 1)):
                return 0.5, j + 1, False
            return None
        if not self.is_word(j):
            return None
        words, ordinal = self._collect_run(j)
        if not words or ordinal is None:
            return None
        cand = self._ordinal_or_fraction(words, ordinal)
        if cand is None or cand.kind is not Kind.FRACTION or cand.tok_end != ordinal + 1:
            return None
        return float(cand.value), cand.tok_end, False

    def _unit_suffixes(self, cand: _Cand, allow_de: bool) -> None:
        """Percent, points, currency, measure or clock time after the figure."""
        pos = cand.end
        for reader in (self._percent, self._points, self._currency, self._measure, self._clock):
            if reader(cand, pos, allow_de):
                return

    def _accept(self, cand: _Cand, end: int, kind: Kind, unit: str | None) -> bool:
        if self.hits_block(cand.end, end):
            return False
        cand.number_end = cand.end
        cand.end = end
        cand.tok_end = self.token_at_or_after(end)
        cand.kind = kind
        cand.unit = unit
        cand.plain = None
        return True

    def _percent(self, cand: _Cand, pos: int, allow_de: bool) -> bool:
        m = _PERCENT_RE.match(self.text, pos)
        if m is not None:
            return self._accept(cand, m.end(), Kind.PERCENT, "%")
        m = _PER_MILLE_RE.match(self.text, pos)
        if m is not None and self._accept(cand, m.end(), Kind.PERCENT, "%"):
            for attr in ("value", "low", "high"):
                v = getattr(cand, attr)
                if v is not None:
                    setattr(cand, attr, v / 10)
            return True
        return False

    def _points(self, cand: _Cand, pos: int, allow_de: bool) -> bool:
        m = _POINTS_RE.match(self.text, pos)
        if m is None:
            return False
        if m.group("base"):
            return self._accept(cand, m.end(), Kind.POINTS, "point de base")
        if m.group("pct"):
            return self._accept(cand, m.end(), Kind.POINTS, "point")
        if cand.words and cand.value == 1:
            return False  # "un point": punctuation, a press point...
        if self._accept(cand, m.end(), Kind.POINTS, "point"):
            cand.tentative = "points"
            return True
        return False

    def _currency_match(self, pos: int, allow_de: bool = False) -> tuple[re.Match[str], str] | None:
        m = _CURRENCY_RE.match(self.text, pos)
        if m is None and allow_de:
            m = _CURRENCY_DE_RE.match(self.text, pos)
        if m is None and allow_de:
            m2 = _CURRENCY_SCALE_ONLY_RE.match(self.text, pos)
            if m2 is not None:
                return m2, "GBP"
        if m is None:
            return None
        return m, self._currency_unit(m.group("cur"))

    def _currency_unit(self, surface: str) -> str:
        s = surface.strip()
        if s.startswith("$"):
            rest = s[1:].strip().lower()
            return fr.DOLLAR_VARIANTS.get(rest, "USD")
        if s in fr.CURRENCY_SYMBOLS:
            return fr.CURRENCY_SYMBOLS[s]
        if s.upper() in fr.CURRENCY_CODES:
            return s.upper()
        for pattern, unit in _CURRENCY_UNIT_BY_PATTERN:
            if pattern.match(s):
                if unit == "FRANC":
                    return "CHF" if self.swiss else fr.FRANC_DEFAULT
                return unit
        return s

    def _currency(self, cand: _Cand, pos: int, allow_de: bool) -> bool:
        found = self._currency_match(pos, allow_de)
        if found is None:
            if not cand.words and cand.scale is None:
                m = _CENTS_RE.match(self.text, pos)
                if m is not None:
                    return self._accept(cand, m.end(), Kind.MONEY, "cent")
            return False
        m, unit = found
        if not self._accept(cand, m.end(), Kind.MONEY, unit):
            return False
        self._minor_units(cand)
        return True

    def _minor_units(self, cand: _Cand) -> None:
        """ "1 USD et 23 centimes", "15 dollars 50": add the cents to the amount."""
        if cand.unit in ("centime", "cent", "penny") or cand.value != int(cand.value):
            return
        m = _MINOR_RE.match(self.text, cand.end)
        if m is None:
            self._minor_units_in_words(cand)
            return
        tail = self.text[m.end() : m.end() + 1]
        if m.group("minor") is None and tail not in ("", ".", ",", ";", "!", "?", ")", "\n"):
            return
        if self.hits_block(cand.end, m.end()):
            return
        cand.value = cand.value + Decimal(m.group("n")) / 100
        cand.end = m.end()
        cand.tok_end = self.token_at_or_after(m.end())

    def _minor_units_in_words(self, cand: _Cand) -> None:
        """ "treize euros et quarante-cinq cents"."""
        j = cand.tok_end
        if not (self.is_word(j, "et") and self.near(j) and self.is_word(j + 1) and self.near(j + 1)):
            return
        words, ordinal = self._collect_run(j + 1)
        if not words or ordinal is not None:
            return
        k = words[-1] + 1
        if len(words) > 1 and self.norm(words[-1]) in ("cent", "cents"):
            k = words.pop()
        if not (self.is_word(k, "cent", "cents", "centime", "centimes") and self.near(k)):
            return
        value = self._words_value(words)
        if value is None or not 0 < value < 100 or self.hits_block(cand.end, self.te[k]):
            return
        cand.value = cand.value + Decimal(value) / 100
        cand.end = self.te[k]
        cand.tok_end = k + 1

    def _measure(self, cand: _Cand, pos: int, allow_de: bool) -> bool:
        m = _MEASURE_RE.match(self.text, pos)
        if m is None and allow_de:
            m = _MEASURE_DE_RE.match(self.text, pos)
        if m is None:
            return False
        surface = m.group("unit")
        unit = next((u for p, u in _MEASURE_UNIT_BY_PATTERN if p.match(surface)), surface)
        return self._accept(cand, m.end(), Kind.MEASURE, unit)

    def _clock(self, cand: _Cand, pos: int, allow_de: bool) -> bool:
        """ "14 h 30", "14h30", "à 11 h", "à 11 heures" -> TIME."""
        if cand.words or cand.plain is None or int(cand.plain) > 24:
            return False
        m = _TIME_H_RE.match(self.text, pos)
        if m is not None and not self.hits_block(pos, m.end()):
            cand.kind = Kind.TIME
            cand.value = f"{int(cand.plain):02d}:{m.group('min') or '00'}"
            cand.end = m.end()
            cand.tok_end = self.token_at_or_after(m.end())
            return True
        m = _HEURES_RE.match(self.text, pos)
        if m is not None and self._clock_preposition(cand.start) and not self.hits_block(pos, m.end()):
            cand.kind = Kind.TIME
            cand.value = f"{int(cand.plain):02d}:00"
            cand.end = m.end()
            cand.tok_end = self.token_at_or_after(m.end())
            return True
        return False

    def _clock_preposition(self, pos: int) -> bool:
        i = self.token_at_or_after(pos)
        if i <= 0:
            return False
        word = self.tok(i - 1).lower() if self.tk[i - 1] == "w" else ""
        return word in fr.CLOCK_PREPOSITIONS

    # =====================================================================
    # Passes over the candidates
    # =====================================================================

    def _merge_ranges(self) -> None:
        """ "entre 3 et 5", "de 20 à 25 %", "10 - 20 euros"; "passé de 7 à 8 %" shares the unit."""
        out: list[_Cand] = []
        cands = self.cands
        k = 0
        while k < len(cands):
            a = cands[k]
            if k + 1 < len(cands):
                merged = self._try_range(a, cands[k + 1])
                if merged is not None:
                    out.append(merged)
                    k += 2
                    continue
            out.append(a)
            k += 1
        self.cands = out

    def _try_range(self, a: _Cand, b: _Cand) -> _Cand | None:
        if a.kind not in AMOUNT_KINDS or b.kind not in AMOUNT_KINDS or a.qualifier is not Qualifier.EXACT:
            return None
        if b.qualifier is not Qualifier.EXACT or a.tentative or b.tentative == "un":
            return None
        m = _RANGE_CONNECTOR_RE.fullmatch(self.text, a.end, b.start) if b.start - a.end <= 9 else None
        if m is None:
            return None
        connector = m.group("c") or m.group("d")
        cue = _RANGE_CUE_RE.search(self.text, max(0, a.start - 8), a.start)
        cue_word = _norm(cue.group("cue")) if cue else None
        if self._is_year_like(a) and self._is_year_like(b):
            return None
        if connector == "et" and cue_word != "entre":
            return None
        if a.unit and b.unit and a.unit != b.unit:
            return None
        change = connector == "à" and cue_word in ("de", "d'") and self._change_before(cue.start())
        self._inherit(a, b)
        if change:
            return None
        if connector == "à" and cue_word not in ("de", "d'") and not b.unit:
            return None
        if connector in ("-", "–", "—") and not (a.unit or b.unit or b.scale):
            if a.plain is not None and b.plain is not None and a.kind is Kind.COUNT and b.kind is Kind.COUNT:
                return _Cand(a.start, b.end, b.tok_end, Kind.CODE, self.text[a.start : b.end])
            return None
        if not a.value < b.value:
            return None
        cue_text = cue.group("cue") if cue and cue_word in ("entre", "de", "d'") else None
        return _Cand(
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

    def _inherit(self, a: _Cand, b: _Cand) -> None:
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

    def _change_before(self, pos: int) -> bool:
        """An evolution word in the 4 words before ``pos`` ("est passé de", "en hausse de")."""
        _start, window = self.window(pos, 40)
        words = re.findall(r"[^\W\d_]+", window)[-4:]
        return any(_norm(w) in fr.CHANGE_WORDS for w in words)

    def _is_year_like(self, c: _Cand) -> bool:
        return (
            c.kind is Kind.COUNT
            and c.plain is not None
            and len(c.plain) == 4
            and fr.YEAR_MIN <= int(c.plain) <= fr.YEAR_MAX
            and c.qualifier is Qualifier.EXACT
        )

    def _classify_context(self) -> None:
        """Codes (article, page, n°, route, address, service numbers) and years."""
        for c in self.cands:
            if c.kind is not Kind.COUNT or c.words or c.qualifier is not Qualifier.EXACT:
                continue
            if c.scale is not None or c.tentative:
                continue
            if self._code_context(c):
                c.kind = Kind.CODE
                c.value = self.text[c.start : c.end]
            elif c.plain is not None and self._is_year(c):
                c.kind = Kind.YEAR
                c.value = int(c.plain)

    def _code_context(self, c: _Cand) -> bool:
        window = self.text[max(0, c.start - 24) : c.start]
        if _CODE_PREFIX_RE.search(window) or _CODE_PREFIX_CASED_RE.search(window):
            return True
        i = self.token_at_or_after(c.start)
        if i > 0 and self.tk[i - 1] == "w" and c.plain is not None:
            allowed = fr.NAMED_CODES.get(self.tok(i - 1))
            if allowed and int(c.plain) in allowed and self.spaced(i) and not self._plural_noun_follows(c.tok_end):
                return True
        j = c.tok_end
        if self.is_word(j) and self.norm(j) in fr.ADDRESS_SUFFIXES and self.near(j):
            j += 1
        if self.is_word(j) and self.norm(j) in fr.ADDRESS_NOUNS and self.near(j) and self.tok(j).islower():
            return c.plain is not None
        if c.plain is not None and int(c.plain) in fr.SERVICE_NUMBERS:
            return self._called(i)
        return False

    def _called(self, i: int) -> bool:
        """ "composer le 15", "appeler le 17", "signaler au 33700"."""
        if self.prev_word(i) not in ("le", "au", "l"):
            return False
        window = _norm(self.window(self.ts[i], 60)[1])
        return any(stem in window for stem in fr.CALL_STEMS)

    def _is_year(self, c: _Cand) -> bool:
        """A 4-digit integer read as a year (see the module docstring)."""
        value = int(c.plain)
        if len(c.plain) != 4:
            return False
        i = self.token_at_or_after(c.start)
        prev_raw = self.tok(i - 1).lower() if i > 0 and self.tk[i - 1] == "w" else None
        cue = prev_raw == "dès" or (prev_raw is not None and _norm(prev_raw) in fr.YEAR_CUE_WORDS)
        if not (fr.YEAR_MIN <= value <= fr.YEAR_MAX or (cue and fr.YEAR_MIN_WITH_CUE <= value <= fr.YEAR_MAX)):
            return False
        if self._plural_noun_follows(c.tok_end):
            return False
        if cue:
            return True
        if prev_raw is not None and _norm(prev_raw) in fr.COUNT_CUE_WORDS:
            return False
        window = self.text[max(0, c.start - 40) : c.start]
        return _CUE_RE.search(window) is None and _CUE_DIGITS_RE.search(window) is None

    def _plural_noun_follows(self, j: int) -> bool:
        if not (self.is_word(j) and self.near(j)):
            return False
        word = self.tok(j)
        nw = self.norm(j)
        return word[:1].islower() and len(nw) >= 3 and nw[-1] in "sx" and nw not in fr.FUNCTION_WORDS

    def _resolve_tentative(self) -> None:
        """Points need a percent in the sentence; a lone "un" needs a count before it."""
        percent_sentences = {self.sentence_of(c.start) for c in self.cands if c.kind is Kind.PERCENT}
        out: list[_Cand] = []
        previous: _Cand | None = None
        for c in self.cands:
            if c.tentative == "points":
                # percentage points need a percentage nearby and stay small
                # ("à 7 345 points" is the level of an index)
                if self.sentence_of(c.start) not in percent_sentences or abs(c.value) > 100:
                    c.kind, c.unit = Kind.COUNT, None
                    c.end = c.number_end or c.end
                    c.tok_end = self.token_at_or_after(c.end)
                c.tentative = None
            elif c.tentative == "un":
                if not self._coordinated(c, previous):
                    continue
                c.tentative = None
            out.append(c)
            if c.kind in AMOUNT_KINDS:
                previous = c
        self.cands = out

    def _coordinated(self, c: _Cand, previous: _Cand | None) -> bool:
        """ "trois ouvriers du bâtiment et un agriculteur", "12 blessés, dont un grave"."""
        if previous is None or c.start - previous.end > fr.LIST_WINDOW or previous.kind is not Kind.COUNT:
            return False
        if self.sentence_of(previous.start) != self.sentence_of(c.start):
            return False
        i = self.token_at_or_after(c.start)
        if i == 0:
            return False
        before = self.tok(i - 1)
        return _norm(before) in fr.LIST_CONNECTORS

    def _attach_cues(self) -> None:
        """ "plus de", "près de", "environ"... before a figure set its qualifier and bounds."""
        for c in self.cands:
            if c.kind not in AMOUNT_KINDS or c.qualifier is Qualifier.RANGE:
                continue
            window_start = max(0, c.start - 60)
            window = self.text[window_start : c.start]
            m = _CUE_RE.search(window)
            if m is None and not c.words:
                m = _CUE_DIGITS_RE.search(window)
            if m is None:
                continue
            phrase = m.group("cue")
            key = re.sub(r"\s+", " ", _norm(phrase))
            entry = _CUE_TABLE.get(key)
            if entry is None:
                continue
            qualifier, lo, hi = entry
            self._set_bounds(c, Qualifier(qualifier), lo, hi)
            c.cue = phrase
            c.cue_start = window_start + m.start("cue")

    @staticmethod
    def _set_bounds(c: _Cand, qualifier: Qualifier, lo: float | None, hi: float | None) -> None:
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

    def _finish(self) -> list[Quantity]:
        """Drop overlaps, convert to :class:`Quantity`, sort by start."""
        result: list[Quantity] = []
        last_end = -1
        for c in sorted(self.cands, key=lambda c: (c.start, -c.end)):
            if c.start < last_end or c.end <= c.start or self.hits_block(c.start, c.end):
                continue
            q = self._quantity(c)
            if q is not None:
                result.append(q)
                last_end = c.end
        return result

    def _quantity(self, c: _Cand) -> Quantity | None:
        value = c.value
        if isinstance(value, (Decimal, int, float)):
            try:
                value = _to_number(value)
            except (InvalidOperation, OverflowError, ValueError):
                return None
        cue_start = c.cue_start if c.cue is not None else None
        return Quantity(
            start=c.start,
            end=c.end,
            text=self.text[c.start : c.end],
            kind=c.kind,
            value=value,
            unit=c.unit,
            qualifier=c.qualifier,
            low=None if c.low is None else float(c.low),
            high=None if c.high is None else float(c.high),
            cue=c.cue,
            cue_start=cue_start,
            words=c.words,
        )


def _roman_value(roman: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for k, ch in enumerate(roman):
        v = values[ch]
        if k + 1 < len(roman) and values[roman[k + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _extract(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """The extractor without the safety net (tests call it to see real errors)."""
    return _Extractor(text, skip).run()


def find_numbers(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every figure in ``text``, sorted by start, none overlapping another or ``skip``.

    ``skip`` holds (start, end) spans already read by another module (dates,
    durations): no quantity overlaps them. Never raises: on an internal error
    the text is reported as having no figure and the error is logged.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _extract(text, skip)
    except Exception:  # pragma: no cover - safety net, the property tests call _extract
        log.exception("find_numbers failed on a text of %d characters", len(text))
        return []
