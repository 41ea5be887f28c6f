"""French figure and date shapes as regular expressions, built from the word lists.

As spaCy keeps a language's syntax in ``lang/<code>/syntax_iterators.py``, gcheck keeps
here the French shapes its readers match: spacing and typography (``12 %``, ``1 374``),
"de"/"d'" before a unit, currencies, measures, bound cues ("plus de", "environ"), ranges
("de 20 à 25"), and the date grammar ("du 3 au 9 juin", "mi-juin", "en 2023"). The words
themselves are data in :mod:`.numbers` and :mod:`.dates`; the readers in
``globalchain_cli/extract/`` hold no French. Every repetition is bounded, so no pattern
backtracks more than a constant amount at one position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from . import dates as frd
from . import numbers as frn

# ===========================================================================
# Figures (read by globalchain_cli.extract.numbers)
# ===========================================================================

INLINE_SPACE = "[ \u00a0\u202f\u2009\u2007\t]"

SP = INLINE_SPACE + "{0,3}"

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


BOUNDARY = r"(?![^\W_])"  # no letter or digit right after

PERCENT_RE = re.compile(SP + "(?:" + "|".join(f"(?:{p}){BOUNDARY}" for p in frn.PERCENT_PATTERNS) + ")", re.I)

PER_MILLE_RE = re.compile(SP + "(?:" + "|".join(f"(?:{p}){BOUNDARY}" for p in frn.PER_MILLE_PATTERNS) + ")", re.I)

POINTS_RE = re.compile(
    SP + frn.POINTS_WORD + BOUNDARY + r"(?:\s{1,3}(?P<pct>" + frn.POINTS_PERCENT_COMPLEMENT + r")"
    r"|\s{1,3}(?P<base>" + frn.POINTS_BASIS_COMPLEMENT + r"))?" + BOUNDARY
)

DE = r"(?:de\s{1,3}|d['’]\s?)"

CURRENCY_CODES_ALT = "|".join(sorted(frn.CURRENCY_CODES))

DOLLAR_TIGHT = "|".join(sorted(frn.DOLLAR_VARIANTS, key=len, reverse=True))

DOLLAR_SPACED = r"US|USD|usd|CAD|CA|C|c|HK|hk|HKD|AUD|NZD"

SYMBOLS_ALT = "|".join(re.escape(s) for s in frn.CURRENCY_SYMBOLS if s != "$")

CURRENCY_CORE = (
    rf"(?:\$(?:(?:{DOLLAR_TIGHT})(?![A-Za-z])|{INLINE_SPACE}(?:{DOLLAR_SPACED})(?![\w])|(?![A-Za-z])))"
    rf"|(?:{SYMBOLS_ALT})"
    rf"|(?:(?:{CURRENCY_CODES_ALT})(?![A-Za-z]))"
    rf"|(?:(?:{alt([p for p, _ in frn.CURRENCY_WORD_PATTERNS])}){BOUNDARY})"
)

CURRENCY_RE = re.compile(SP + r"(?P<cur>" + CURRENCY_CORE + ")", re.I)

CURRENCY_DE_RE = re.compile(SP + DE + r"(?P<cur>" + CURRENCY_CORE + ")", re.I)

CURRENCY_SCALE_ONLY_RE = re.compile(
    SP + r"(?:" + DE + r")?(?P<cur>" + alt([p for p, _ in frn.CURRENCY_AFTER_SCALE_ONLY]) + ")" + BOUNDARY,
    re.I,
)

CENTS_RE = re.compile(SP + r"(?P<cur>cents?)" + BOUNDARY, re.I)

MEASURE_CORE = "|".join(f"(?:{p})(?![\\w'’-])" for p, _ in frn.MEASURE_PATTERNS)

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
    + frn.MINOR_UNIT_PATTERN
    + r")"
    + BOUNDARY
    + r")?"
)

TIME_H_RE = re.compile(r"[ \u00a0\u202f]?h(?![^\W\d_])(?:[ \u00a0\u202f]?(?P<min>[0-5][0-9])(?![0-9]))?")

HEURES_RE = re.compile(SP + r"heures?" + BOUNDARY)

PHONE_RE = re.compile(
    r"(?:(?:\+|00)(?:33|32|41|352|1|44)[ .\u00a0]?(?:\(0\)[ \u00a0]?)?[1-9]|0[1-9])"
    r"(?:[ .\-\u00a0]?[0-9]{2}){4}(?![0-9])"
    r"|0[1-9][0-9]{1,2}(?:[ .\u00a0/][0-9]{2,3}){3}(?![0-9])"
)

SWISS_RE = re.compile(frn.SWISS_CONTEXT)

ROMAN_RE = re.compile(
    r"(?P<roman>[IVXLCDM]{1,7})(?P<suffix>" + "|".join(sorted(frn.ROMAN_ORDINAL_SUFFIXES, key=len, reverse=True)) + ")"
)


def cue_regex(cues: Sequence[tuple[str, str, float | None, float | None]]) -> re.Pattern[str]:
    parts = []
    for phrase, *_ in sorted(cues, key=lambda c: len(c[0]), reverse=True):
        p = re.escape(phrase).replace("\\ ", r"\s+").replace("'", "['’]")
        parts.append(p)
    return re.compile(r"(?<![\w'’-])(?P<cue>" + "|".join(parts) + r")\s*$", re.I)


CUE_RE = cue_regex(frn.CUES)

CUE_DIGITS_RE = cue_regex(frn.CUES_BEFORE_DIGITS_ONLY)

CUE_TABLE = {norm(p): (q, lo, hi) for p, q, lo, hi in frn.CUES + frn.CUES_BEFORE_DIGITS_ONLY}

CODE_PREFIX_RE = re.compile(r"(?<![\w])(?:" + alt(frn.CODE_PREFIX_PATTERNS) + r")\s*$", re.I)

CODE_PREFIX_CASED_RE = re.compile(r"(?<![\w.])(?:" + alt(frn.CODE_PREFIX_CASED) + r")[ \u00a0]$")

RANGE_CONNECTOR_RE = re.compile(
    INLINE_SPACE + r"{1,3}(?P<c>à|et)" + INLINE_SPACE + r"{1,3}|" + SP + r"(?P<d>[-–—])" + SP
)

RANGE_CUE_RE = re.compile(r"(?<![\w'’])(?P<cue>entre|de|d['’]|des)" + SP + "$", re.I)

CURRENCY_UNIT_BY_PATTERN = [(re.compile(p + "$", re.I), u) for p, u in frn.CURRENCY_WORD_PATTERNS]

MEASURE_UNIT_BY_PATTERN = [(re.compile(f"(?:{p})$"), u) for p, u in frn.MEASURE_PATTERNS]


# ===========================================================================
# Dates, periods, durations, ages and clock times (read by globalchain_cli.extract.dates)
# ===========================================================================

# ---------------------------------------------------------------------------
# Regular expression pieces. Every repetition is bounded, so no pattern can
# backtrack more than a constant amount at one position.
# ---------------------------------------------------------------------------


def words_alt(words: Iterable[str]) -> str:
    """Alternation of words, longest first so that "septembre" beats "sept"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


S = r"\s{1,3}"  # a short run of blanks
S0 = r"\s{0,3}"
NOT_LETTER_AFTER = r"(?![^\W\d_])"
MONTH = rf"(?:{words_alt(frd.MONTHS)})(?!\w)"
MONTH_ANY = rf"(?:(?:{words_alt(frd.MONTHS)})(?!\w)|(?:{words_alt(frd.MONTH_ABBREVIATIONS)})(?:\.|(?!\w)))"
WEEKDAY = rf"\b(?:{words_alt(frd.WEEKDAYS)})\b"
YEAR4 = r"(?<![\d.,])[12]\d{3}(?!\d|[.,]\d|\x20\d{3}\b)"
BARE_YEAR = r"(?<![\d.,])(?:1[89]\d\d|20\d\d|2100)(?!\d|[.,]\d|\x20\d{3}\b)"
DAY = r"(?:(?<![\w,.'/-])(?:1er|1ᵉʳ|\d{1,2}(?![\d,]))|\bpremier\b)"


def day_date(sfx: str, month_optional: bool) -> str:
    """A day date with named groups wd/d/m/y + sfx: "lundi 3 juin 2024", "1er juillet"."""
    weekday = rf"(?:(?P<wd{sfx}>{WEEKDAY}){S}(?:le{S})?)?"
    tail = rf"{S}(?P<m{sfx}>{MONTH_ANY})(?:{S}(?P<y{sfx}>{YEAR4}))?"
    if month_optional:
        tail = f"(?:{tail})?"
    return rf"{weekday}(?P<d{sfx}>{DAY}){tail}"


FLAGS = re.IGNORECASE

PERIOD_FROM = re.compile(rf"\b(?P<intro>du){S}{day_date('1', True)}{S}(?:au|jusqu'au){S}{day_date('2', False)}", FLAGS)
PERIOD_BETWEEN = re.compile(
    rf"\b(?P<intro>entre){S}(?:les?{S})?{day_date('1', True)}{S}et{S}(?:le{S})?{day_date('2', False)}",
    FLAGS,
)
DAY_PAIR = re.compile(
    rf"\b(?:les|des|aux|le){S}{day_date('1', True)}{S}(?:et|ou){S}(?:le{S})?{day_date('2', False)}",
    FLAGS,
)
DAY_DATE = re.compile(day_date("", False), FLAGS)
NUMERIC_DATE = re.compile(
    r"(?<![\w/.,-])(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|[.,-]\d)"
)
ISO_DATE = re.compile(r"(?<![\w/.,-])(?P<y>[12]\d{3})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-]|[.,]\d)")
SHORT_NUMERIC_DATE = re.compile(r"\ble\s{1,2}(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.,]\d)", FLAGS)
MONTH_PERIOD = re.compile(
    rf"\b(?P<intro>de|entre|d'){S0}(?P<m1>{MONTH})(?:{S}(?P<y1>{YEAR4}))?{S}"
    rf"(?:à|et|jusqu'à|jusqu'en){S}(?:mois{S}(?:de{S}|d'))?(?P<m2>{MONTH})(?:{S}(?P<y2>{YEAR4}))?",
    FLAGS,
)
YEAR_PERIOD = re.compile(rf"\b(?P<intro>entre|de){S}(?P<y1>{BARE_YEAR}){S}(?P<sep>et|à){S}(?P<y2>{BARE_YEAR})", FLAGS)
YEAR_SPAN = re.compile(rf"(?<![\w/.,-])(?P<y1>{BARE_YEAR})\s{{0,2}}[-–/]\s{{0,2}}(?P<y2>{BARE_YEAR})(?![\w/-])", FLAGS)
CODE_BEFORE = re.compile(r"(?:n°|no|nº|article|art\.|loi|décret|arrêté|ordonnance)\s{0,3}$", FLAGS)
PART_DATE = re.compile(
    rf"(?:\b(?P<part>début|fin)(?:{S}|-)|\b(?P<mid>mi)(?:-|{S}))"
    rf"(?:(?:du{S}mois{S})?(?:de{S}|d'))?"
    rf"(?:(?P<m>{MONTH})(?:{S}(?P<y>{YEAR4}))?|(?:(?:de{S}l'année|d'année){S})?(?P<yo>{BARE_YEAR}))",
    FLAGS,
)
MONTH_CUES = ("en", "depuis", "dès", "jusqu'en", "d'ici", "courant", "mois de", "mois d'", "de", "d'")
MONTH_DATE = re.compile(
    rf"(?:(?<![\w'])(?P<cue>{words_alt(MONTH_CUES)}){S0})?(?P<m>{MONTH})"
    rf"(?:{S}(?P<y>{YEAR4})|{S}(?P<rel>dernier|prochain)\b)?",
    FLAGS,
)
EXPLICIT_YEAR = re.compile(
    rf"(?:{MONTH_ANY}|(?<![\w'])(?:en|depuis|dès|l'an|année|exercice|jusqu'en)){S}(?P<y>{YEAR4})", FLAGS
)
YEAR = re.compile(rf"(?<![\w'])(?P<cue>{words_alt(frd.YEAR_CUES)}){S}(?P<y>{BARE_YEAR})", FLAGS)
NAMED_TIME = re.compile(
    rf"(?<![\w'])(?P<cue>à|vers|dès|avant|après|jusqu'à|à partir de){S}"
    rf"(?P<t>{words_alt(frd.NAMED_TIMES)})(?![\w-])",
    FLAGS,
)
COLON_TIME = re.compile(
    rf"(?<![\w'])(?P<cue>à|vers|dès|jusqu'à|de|entre|et){S}(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?![\d:])", FLAGS
)

NUMBER_WORD = rf"(?:{words_alt(frd.NUMBER_WORDS)})"
WORD_AMOUNT = rf"\b{NUMBER_WORD}(?:(?:-et-|-|{S}et{S}|{S}){NUMBER_WORD}){{0,4}}\b"
DIGIT_AMOUNT = r"(?<![\w,.'/-])(?:\d{1,3}(?:\x20\d{3}){1,3}|\d{1,6}(?:[.,]\d{1,3})?)(?![\d])"
AMOUNT = rf"(?:{DIGIT_AMOUNT}|{WORD_AMOUNT})"
HALF = rf"{S}et{S}demie?\b"
UNIT_WORDS = {k: v for k, v in frd.DURATION_UNITS.items() if k != "h"}
AMOUNT_UNIT = re.compile(
    rf"(?:(?P<lo_d>{DIGIT_AMOUNT})\s{{0,2}}[-–]\s{{0,2}}(?P<hi_d>\d{{1,6}}(?:[.,]\d{{1,3}})?(?!\d))"
    rf"|(?:(?P<lo>{AMOUNT}){S}(?P<lo_sep>à|et|ou){S}(?!demie?\b))?"
    rf"(?:(?P<approx>\bune{S}(?:{words_alt(frd.APPROXIMATE_NOUNS)})){S}(?:de{S}|d')"
    rf"|(?P<num>{AMOUNT})(?P<half1>{HALF})?"
    rf"|(?P<demi>\b(?:une?{S})?demi)))"
    rf"(?:{S}|-)?"
    rf"(?:(?P<adj>{words_alt(frd.DURATION_ADJECTIVES)}){S})?"
    rf"(?:(?P<hunit>h){NOT_LETTER_AFTER}(?:\s{{0,2}}(?P<minutes>\d{{2}})(?!\d))?"
    rf"|(?P<unit>{words_alt(UNIT_WORDS)}){NOT_LETTER_AFTER})"
    rf"(?P<half2>{HALF})?"
    rf"(?:{S}(?P<ampm>{words_alt(frd.DAY_PERIODS)})\b)?",
    FLAGS,
)
DEFINITE_DURATION = re.compile(
    rf"(?:(?<![\w'])(?P<cue>pendant|durant|tout{S}au{S}long{S}d[eu]){S})?"
    rf"(?P<det>(?<![\w'])(?:toute?{S}(?:la|le|l')|la|le|l'))\s{{0,3}}"
    rf"(?P<unit>{words_alt(frd.DEFINITE_DURATION_UNITS)})(?![\w-])",
    FLAGS,
)

PREFIX_CUE = re.compile(
    rf"(?<![^\W_])(?:(?P<intro>{words_alt(frd.DURATION_INTRODUCERS + frd.TIME_CUES)}){S0})?"
    rf"(?:(?P<det>les|ces|des|ses|leurs|nos|ces|toute?s?{S}les){S})?"
    rf"(?:(?P<bound>{words_alt(frd.BOUND_WORDS)}){S0})?$",
    FLAGS,
)
DATE_CUE = re.compile(rf"(?<![^\W_])(?P<cue>{words_alt(frd.DATE_CUES)}){S0}$", FLAGS)
AGED_BEFORE = re.compile(rf"(?<![^\W_])(?:{words_alt(frd.AGED_WORDS)})(?:{S}que)?\s{{0,3}}$", FLAGS)
HAVE_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{words_alt(frd.HAVE_WORDS)}|(?:{words_alt(frd.HAVE_SUBJECTS)}){S}(?:a|ont)|j'ai){S}"
    rf"(?:(?:{words_alt(frd.HAVE_ADVERBS)}){S})?$",
    FLAGS,
)
AGE_NOUN = re.compile(r"(?<![^\W_])âges?(?![^\W_])", FLAGS)
THE_BOUNDED = re.compile(rf"(?<![^\W_])(?:les|des|aux){S}$", FLAGS)
NAME_COMMA = re.compile(r"(?P<w>[^\W\d_][\w'-]*)\s{0,2}[,(]\s{0,2}$")
AGE_CLOSE = re.compile(r"\s{0,2}(?:[,);.]|$|et\b)")
AND_MORE = re.compile(rf"{S}(?P<c>et{S}plus)(?!{S}(?:de|d')\b)(?![\w'])", FLAGS)
COMPLEMENT = re.compile(rf"{S0}(?:{words_alt(frd.DURATION_COMPLEMENTS)})(?![\w])", FLAGS)
HOUR_RANGE_BEFORE = re.compile(
    r"(?:entre|de)\s{1,3}\d{1,2}\s{0,2}(?:h|heures?)(?:\s{0,2}\d{2})?\s{1,3}(?:et|à)\s{1,3}$", FLAGS
)
HOUR_RANGE_AFTER = re.compile(
    r"\s{1,3}(?:à|et|jusqu'à)\s{1,3}(?:\d{1,2}\s{0,2}(?:h(?![^\W\d_])|heures?\b)|midi\b|minuit\b)", FLAGS
)
WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY}{S}$", FLAGS)
SENTENCE_END = re.compile(r"[.!?;\n]")
WORD_AFTER = re.compile(r"\s{0,3}(?P<w>[^\W\d_][\w'-]*|%|€|\$)")
BOUND_BEFORE_CUE = re.compile(
    rf"(?<![^\W_])(?:plus|moins|près|environ|quelque|au{S}moins|pas{S}moins|autour|jusqu'){S0}$", FLAGS
)
LIST_CONTINUES = re.compile(rf"{S0}(?:à|et|-|–){S0}\d", FLAGS)

EVENT_AFTER = re.compile(rf"{S}(?:{words_alt(frd.DEFINITE_UNIT_EVENTS)})(?![\w])", FLAGS)
