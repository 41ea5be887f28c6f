"""French shapes as regular expressions: figures and dates, then the constructions that
relate figures.

As spaCy keeps a language's syntax in ``lang/<code>/syntax_iterators.py``, gcheck keeps
here every French shape its readers match, in two parts:

1. Figures and dates, read by ``globalchain_cli/extract/``: spacing and typography
   (``12 %``, ``1 374``), "de"/"d'" before a unit, currencies, measures, bound cues ("plus
   de", "environ"), ranges ("de 20 à 25"), and the date grammar ("du 3 au 9 juin",
   "mi-juin", "en 2023"). The words themselves are data in :mod:`.numbers` and
   :mod:`.dates`. Every repetition is bounded, so no pattern backtracks more than a
   constant amount at one position.
2. Relations, read by ``globalchain_cli/relations/``, with the look-back and look-ahead
   windows they match in. Readers match these on lower-case text with typographic
   apostrophes made straight (``Context.before``/``after``), unless the pattern says
   ``re.I``. Word lists that are plain data live in ``relations.toml``; named groups
   (``cue``, ``noun``…) are what a reader takes from a match. Sections follow the modules
   of ``relations/``: context (lists of figures), parts, totals, shares, changes, lists,
   durations.

The readers hold no French: they reach these shapes through :mod:`globalchain_cli.lang`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources

from . import cues
from . import dates as frd
from . import numbers as frn

# ===========================================================================
#: The years a figure of four bare digits may be (the extractor's range, ``numbers.py``).
YEAR_MIN, YEAR_MAX = frn.YEAR_MIN, frn.YEAR_MAX

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
#: Words before « 24 heures » that make it the name of a paper, not a duration: « selon
#: 24 heures », « interrogé par 24 heures », « a confié à 24 heures », « le quotidien 24
#: heures ». (A capitalised unit, « 20 Minutes », is a name wherever it stands.)
PAPER_BEFORE = re.compile(
    r"(?:\bselon|\bd['’]après|\bquotidien|\bjournal|\bconfrères?\s+de"
    r"|\b(?:interrog|contact|cit|sollicit|rapport)ée?s?\s+par"
    r"|\b(?:confi|déclar|expliqu|indiqu|précis|révél)ée?s?\s+(?:à|par))\s*$",
    re.I,
)
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
    rf"(?:{S}et{S}(?P<and_minutes>{AMOUNT}){S}minutes?\b)?"  # « quatre heures et vingt-cinq minutes »
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
#: Stems of the verbs that tell a figure going from one value to another (« passe », « a
#: grimpé », « recule »), shared by ``CHANGE_FROM`` and ``FROM_LEAD``.
CHANGE_VERB_STEMS = r"(?:pass|grimp|chut|recul|augment|diminu|baiss|bondi)"
#: A verb of change right before « de … à … »: the figures are the values it went between
#: (« le nombre est passé de 1941 à 1889 »), not years.
CHANGE_FROM = re.compile(rf"\b{CHANGE_VERB_STEMS}\w*\s*$", re.I)
BOUND_BEFORE_CUE = re.compile(
    rf"(?<![^\W_])(?:plus|moins|près|environ|quelque|au{S}moins|pas{S}moins|autour|jusqu'){S0}$", FLAGS
)
LIST_CONTINUES = re.compile(rf"{S0}(?:à|et|-|–){S0}\d", FLAGS)

EVENT_AFTER = re.compile(rf"{S}(?:{words_alt(frd.DEFINITE_UNIT_EVENTS)})(?![\w])", FLAGS)


# ===========================================================================
# Relations (read by globalchain_cli.relations)
# ===========================================================================

#: Word lists of the readers (``relations.toml``).
WORDS = tomllib.loads(resources.files(__package__).joinpath("relations.toml").read_text(encoding="utf-8"))

#: Letters of a French word, lower case.
_WORD = r"[a-zàâçéèêëîïôûùüÿœ-]+"

# -- context: figures listed together ------------------------------------------------------

#: A word that opens another relation and so ends a list of figures: « …, dont 12 … ».
LIST_BREAK = re.compile(r"\b(dont|soit|contre|parmi)\b")
#: Right before a figure after a list, « sur » or « pour » that give the figure the list is
#: out of, not one more item: « dont 1 684 bulletins rejetés, sur 112 800 inscrits ».
LIST_OUT_OF = re.compile(r",\s*(?:sur|pour)\s+(?:les\s+|des\s+|un total de\s+)?$")
#: The joint before a listed figure: « 37 mineurs, 19 femmes », « … et les renouvelables 28,9 ».
LIST_JOINT = re.compile(r"(,|\bet|\bainsi que|\bou encore)(\s+[\w'’-]+){0,3}\s*$")
#: The joint before a name whose figure is in brackets, the name up to six words long:
#: « psychiatrie adulte (92 lits), psychiatrie de l'âge avancé (48) ».
NAMED_JOINT = re.compile(r"(,|\bet|\bainsi que|\bou encore)(\s+[\w'’-]+){0,6}\s*$")
#: The joint before the last figure of a list: « … et 54 au Club », « … ou encore 1 200 ».
LIST_LAST = re.compile(r"\b(?:et|ou encore)(\s+[\w'’-]+){0,3}\s*$")
#: After a listed figure, its complement naming two places (« 26 à Tournai et Namur », « 4 500
#: dans le Finistère et dans le Morbihan »): the figure may be each one's or both's.
TWO_PLACES = re.compile(
    r"^\s*(?:à|en|dans|aux?)\s+[^,;:()]{1,40}?\s+et\s+(?:(?:à|en|dans|aux?|les?|la|l')\s*){0,2}[A-ZÀ-Ý]"
)
#: After a listed figure, the words that make it part of another group: « 17 d'entre elles ».
PART_OF_OTHER = re.compile(r"\s*(d'entre|des|de ces)\b")
#: « d'entre elles » is 13 characters: how far after a figure ``PART_OF_OTHER`` is looked for.
PART_OF_OTHER_AHEAD = 12
#: Before a figure, the words that make it the whole of « N des M ».
PARTITIVE_BEFORE = re.compile(r"\b(des|de ces|d'entre les)\s*$")
#: « d'entre les » is 12 characters: how far before a figure ``PARTITIVE_BEFORE`` is looked
#: for, and the most characters between N and M in « N des M ».
PARTITIVE_BACK = 12

# -- parts: « dont », « N des M », « d'entre eux », « sur », « parmi », « d'en » -----------

#: « 1 374 victimes, dont 153 enfants », « notamment », « y compris », « parmi lesquelles ».
DONT = re.compile(r"\b(?P<cue>dont|notamment|y compris|parmi lesquel(?:le)?s)\s*$")
#: « parmi lesquelles » and a space or two: how far before a part its cue is looked for.
DONT_BACK = 22
#: Before a figure, a preposition that puts it in a complement of place or purpose (« dans
#: 14 pays », « pour 12 communes »): it is not the whole « dont » speaks of.
COMPLEMENT_BEFORE = re.compile(r"\b(dans|pour|en|sur|vers|chez)\s*(les\s*|des\s*)?$")
#: « chez les » and a space: how far before a candidate whole its preposition is looked for.
COMPLEMENT_BACK = 12
#: Bound words of a figure that make it a complement of time or place (« en 24 heures »).
COMPLEMENT_CUES = frozenset(WORDS["complement_cues"])
#: The words between N and M in « dix-neuf des vingt-quatre prévenus ».
PARTITIVE_GAP = re.compile(r"\s*(?P<cue>des|de ces|d'entre les|parmi les)\s*")
#: After « N des M », the other shares of M: « 26 des 33 sièges, contre 5 … et 2 … ».
OTHER_SHARES = re.compile(r"[^.;:]{0,60}?,\s*(?P<cue>contre)\s*")
#: After a figure, the pronoun of its group: « 17 d'entre elles ».
AMONG_PRONOUN_AFTER = re.compile(r"\s*(?P<cue>d'entre (?P<pronoun>eux|elles))\b")
#: After an elliptic figure, the group named again: « 412 de ces passages ».
OF_THESE_AFTER = re.compile(rf"\s*(?P<cue>de (ces|ses|leurs)) (?P<noun>{_WORD})")
#: How far after a figure ``AMONG_PRONOUN_AFTER`` and ``OF_THESE_AFTER`` are looked for.
PART_AHEAD = 40
#: The words between N and M in « 58 sur 87 », « 1 150 postes sur les 4 800 », « 12 femmes
#: parmi ses 27 membres ».
OUT_OF_GAP = re.compile(
    r"[^,.;:\d]{0,40}?,?\s*(?:(?P<cue>sur) (les |ses |leurs |ces |un total de |l'ensemble des )?"
    r"|(?P<among>parmi) (?:les|ses|leurs|ces) )"
)
#: After M, words that make « N sur les M » a rank, not a total: « 92 sur les deux premières ».
OUT_OF_RANK = re.compile(r"\s*(premi|derni|seconde?s?\b)")
#: « secondes » and a space: how far after M ``OUT_OF_RANK`` is looked for.
OUT_OF_RANK_AHEAD = 12
#: How far before a figure the cues of « parmi » (``AMONG_*``, ``OF_THIS_TOTAL``) are looked
#: for: « Parmi les personnes interpellées samedi soir, 23 … ».
AMONG_BACK = 80
#: A short frame of time or place opening a sentence before « Sur les … »: « Mercredi, »,
#: « En Wallonie, », « Au premier tour, » (at most four words, no figure, then a comma).
OPENING_FRAME = re.compile(r"\s*(?:[^\W\d]+['’\s-]+){0,3}[^\W\d]+\s*,\s*")
#: The whole right after the cue: « Parmi les 47 victimes figurent 29 … » (``among``, anywhere)
#: or « Sur les 6 victimes, quatre … » (``out_of``, only at the start of the sentence).
AMONG_WHOLE = re.compile(r"\b(?:(?P<among>parmi)|(?P<out_of>sur)) (les|ces) $")
#: « Parmi eux, 38 … », « parmi lesquels 6 voitures », « au nombre desquels ».
AMONG_PRONOUN = re.compile(
    r"\b(?:parmi\s+|au nombre d(?:'|e\s+)?)(?P<pronoun>eux|elles|lesquels|lesquelles|esquels|esquelles)\s*,?\s*$"
)
#: Pronouns of ``AMONG_PRONOUN`` cut by « au nombre d' » (« esquels ») and their full form.
PRONOUN_ALIASES = WORDS["pronoun_aliases"]
#: « Sur ce total, 142 … et 45 … »: the figure just stated.
OF_THIS_TOTAL = re.compile(r"\b(?:sur|parmi|de) ce total\s*,?\s*$")
#: « Parmi les personnes arrêtées, 23 … », « au nombre des passagers »: a whole by its noun.
AMONG_NOUN = re.compile(
    rf"\b(?:parmi (?:les|ces)|au nombre des) (?P<noun>{_WORD})(?P<trait> {_WORD})?"
    r"(?: d(?:e|u|es|') ?(?P<complement>[^\d,.;:!?]{1,25}))?"  # « parmi les demandeurs de catégorie A »
    r"(?:\s*,?\s*|\s*,\s*on (?:compte|dénombre|recense|trouve|relève)\s+)$"
)
#: The cue every « parmi »-like construction shows in messages.
AMONG_CUE = "parmi"
#: « identifier 362 suspects et d'en arrêter 219 ».
OF_IT_VERB = re.compile(r"\b(?P<cue>d'en) \w+\s*$")
#: « d'en interpeller » and a space: how far before a figure ``OF_IT_VERB`` is looked for.
OF_IT_VERB_BACK = 30
#: « Le nucléaire en a assuré 33,1 TWh »: a share of the quantity just stated.
OF_IT_AUX = re.compile(r"\b(?P<cue>en) (a|ont|avait|avaient|aura|auront)( \w+)? \w+\s*$")
#: « en avaient déjà produit » and a space: how far before a figure ``OF_IT_AUX`` is looked for.
OF_IT_AUX_BACK = 40

# -- totals: breakdowns, « les cinq autres », « au total » ----------------------------------

#: « … et relaxé les cinq autres »: the rest of a whole.
OTHERS_AFTER = re.compile(r"\s*(?P<cue>autres)\b")
#: « autres » and a space: how far after a figure ``OTHERS_AFTER`` is looked for.
OTHERS_AHEAD = 10
#: The article before « les cinq autres ».
OTHERS_BEFORE = re.compile(r"\b(les|ces)\s*$")
#: « les » and « cinq »'s space: how far before a figure ``OTHERS_BEFORE`` is looked for.
OTHERS_BACK = 8
#: « l'un … , les cinq autres »: the others of one member just named, so the rest of the
#: group just counted (« Six d'entre eux …, l'un comme chef, les cinq autres comme
#: membres » splits the six, not the whole the six were taken from).
OTHERS_THAN_ONE = re.compile(r"\b(?:l['’]une?|un seul|une seule)\b", re.I)
#: The cues of a breakdown, in the order they are tried, on the text between the last
#: figure before the parts and the first part: « se répartit entre 1 605 … et 707 … »
#: (``split``), « 146 concerts : 92 … et 54 … » (``colon``), « 34 matches, pour 21 victoires,
#: 8 nuls et 5 défaites » (``namely``), « neuf avions, six Canadair et trois Dash »
#: (``apposition``). The first whose pattern matches gives the kind.
BREAKDOWN = (
    (
        "split",
        re.compile(
            r"\b(?P<cue>(?:r[ée]partit?(?:ssent)?|d[ée]compos\w*|partag\w*|divis\w*|ventil\w*) (?:entre|en))\s*$"
        ),
    ),
    ("colon", re.compile(r"(?P<cue>:)\s*$")),
    ("namely", re.compile(r",\s*(?P<cue>pour|soit|à savoir)\s*$")),
    ("apposition", re.compile(r"(?P<cue>,)\s*$")),
)
#: A sentence opening that takes up a whole told before with no figure of its own: « Ce
#: total se partage entre … », « L'effectif se répartit entre … », « Ces déclarations
#: concernent … », « Les postes vacants se répartissent en … ». Group ``noun``: the noun after
#: « ces », which the whole must count; ``definite``: the noun after « les », « le », « la »,
#: which the whole must count too, and which only a verb that splits may take up.
WHOLE_ANAPHOR = re.compile(
    r"^\W*(?:(?:ce|cet) (?:total|chiffre|nombre|effectif|montant|bilan)|l'effectif|le total"
    r"|ces (?P<noun>[a-zéèêàâîôûç-]+)|(?:les|le|la|l') ?(?P<definite>[a-zéèêàâîôûç-]+)(?: [a-zéèêàâîôûç-]+)?)\b",
    re.I,
)
#: A sentence opening that announces the breakdown of a whole just told: « Dans le détail,
#: il a prononcé 1 062 liquidations, 351 redressements et 73 sauvegardes ».
DETAIL_OPENS = re.compile(r"^\W*(?P<cue>dans le détail|en détail|plus précisément)\s*[,:]", re.I)
#: After ``WHOLE_ANAPHOR``, verbs that name some of the whole's parts, not all of them: the
#: parts are then at most the whole (« Ces déclarations concernent 13 870 habitations … »).
COVER_VERB = re.compile(r"^\s*(?P<cue>concern\w*|compren\w*|compt\w*|inclu\w*|regroup\w*)\s*$", re.I)
#: Words before a figure that make it a net balance or a gap, not a sum of the figures
#: that follow (« un solde de 31, soit 94 entrées et 63 sorties »: 94 − 63), nor a whole of
#: anything (« une avance de 8 360 voix »).
NET_BEFORE = re.compile(
    r"\b(solde|balance|bilan net|différence|écart|excédent|déficit|gain net|perte nette|variation|avance|marge)s?"
    r"\s+(?:\w+\s+){0,2}?(de|d'|d’)\s*$"
)
#: « net » and its noun: how far before a figure ``NET_BEFORE`` is looked for.
NET_BACK = 40
#: A noun complement right after a counted noun or an elliptic figure: « 412 médailles
#: [d'or], 389 [d'argent] et 356 [de bronze] » name sibling kinds, not a total and its parts.
SIBLING_COMPLEMENT = re.compile(r"\s*(?:d'|d’|de\s|du\s|en\s)\s*[^\W\d]")
#: A change told just before a loose duration (« 2 844 détenus de plus en un an », « augmente
#: en un an »): the duration is the span of the change (``durations._span_of_change``).
CHANGE_BEFORE_SPAN = re.compile(
    r"(?:\bde (?:plus|moins)|\ben (?:plus|moins)|\b(?:hausse|baisse|augment|diminu|progress|recul|grimp|chut"
    r"|gagn|perd|perte|bondi|rebond|flamb|envol|dégringol|régress|accroiss|accru|croissance|évolu|variation)\w*)"
    r"[^.;!?]{0,40}$",
    re.I,
)
#: Before a list, words that add it to figures told before: its total holds those too
#: (« il convient d'ajouter à ces personnes 26 281 … et 14 534 …, pour un total de 227 157 »).
ADDED_TO_BEFORE = re.compile(r"\b(?:ajout\w*|s'ajout\w*|en plus de|outre|auxquels?|auxquelles)\b")
#: After a listed figure, words that make it the total of the others, not one more part:
#: « (7600 bulletins de parti, 3300 sans dénomination, 25 700 au total) ».
TOTAL_AFTER = re.compile(r"^\s*(?:au total|en tout)\b")
#: Units of length: « N sur M » between two lengths gives the sides of a surface.
LENGTH_UNIT = re.compile(r"pied|mètre|m|cm|mm|km|centimètre|millimètre|kilomètre|pouce|yard")
#: The start of a list of places, each with its preposition: « en France, en Belgique, aux
#: Pays-Bas … » (``lists.link_count_list_next``).
PLACE_LIST = re.compile(r"\b(?:en|au|aux|à)\s+[A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]*)*\s*,\s*(?:en|au|aux|à)\s")
#: A span of two years that compares them: « Entre 2017 et 2016, le chômage a diminué ».
YEARS_COMPARED = re.compile(r"\s*entre\b", re.I)
#: An adjective or two right after a counted noun, before its complement: « 157 091 chômeurs
#: complets en Région flamande, 156 098 en Région wallonne » (siblings by place).
SIBLING_ADJECTIVE = re.compile(r"^\s*(?:[a-zàâçéèêëîïôûùüÿœ-]+\s+){1,2}?(?=(?:d'|d’|de\s|du\s|en\s))")
#: A complement naming a group right after a counted noun: « les deux candidats des Verts »,
#: « les 84 communes de la province de Liège » (the name, capitalised).
NAMED_COMPLEMENT = re.compile(
    r"^\s*(?:de|du|des|d'|d’)\s*(?:la\s+|le\s+|les\s+|l'|l’)?(?:[a-zàâçéèêëîïôûùüÿœ-]+\s+(?:de|du|d'|d’)\s*(?:la\s+|l'|l’)?)?"
    r"(?P<name>[A-ZÀ-ÖØ-Ý][\w'’-]*)"
)
#: A list that opens with a comparison: other things that do the same (« Le PS conserve ses
#: deux sièges, tout comme le PCS, le PDC et le PLR »), not the items counted.
LIST_COMPARED = re.compile(r"\s*(?:tout comme|comme|ainsi que|de même que|à l'instar d[eu]|contrairement à)\b", re.I)
#: A bound that is a threshold passed (« dépasse la barre des 120'000 entrées », « franchit
#: le cap des ») comments on a figure told before it; other bounds told after an exact
#: figure of their noun may round another one (``restatements.link_bounds``).
THRESHOLD_CUE = re.compile(r"\b(?:barre|cap|seuil|palier)\b")
#: After a figure, words that make it a sub-type of what another figure counts: « 991 413
#: prises en charge de ce type » (ambulatory ones, among more than a million).
SUB_TYPE_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?(?:de ce type|de ce genre|de cette sorte|de cette catégorie|de cette nature)\b"
)
#: A sentence that opens on « Parmi … »: its figures are parts of a group told before
#: (« Plus de 2 millions de candidats … Parmi cette foule, 1,5 million … »), no restatement of it.
AMONG_OPENING = re.compile(r"^\W*parmi\b")
#: After a figure, words that make it an increment, not a count of a group: « 1000
#: abonnements de plus qu'il y a un an ».
INCREMENT_AFTER = re.compile(
    r"^\s*(?:['’\"][^'’\"]{0,20}['’\"]\s*)?(?:de plus|de moins|en plus|en moins|supplémentaires?)\b"
)
#: A figure in the complement of a whole's noun, saying what kind of things are counted:
#: « Parmi les 55 hôpitaux de plus de 100 lits, 35 … » (the 100 beds are no part of them).
SIZE_COMPLEMENT = re.compile(r"\s*(?:de|d'|d’|à)\s*(?:(?:plus|moins) d[e'’]\s*|au (?:moins|plus)\s+)?")
#: Words that pass from one entity of a ranking to the next: « avec 392 emplois menacés,
#: suivi du Brabant wallon : 370 postes, … » (the list after the colon is the second's, not
#: a breakdown of the first's 392).
SIBLING_TURN = re.compile(
    r"\b(?:suivie?s? (?:de|du|des|par)|talonnée?s? par|devant|derrière|puis|précédée?s? (?:de|du|des|par))\b", re.I
)
#: « Au total, 9 412 suffrages », « En tout, … »: a total of the figures stated before.
IN_ALL = re.compile(r"\b(?P<cue>au total|en tout),?\s*$")
#: « au total, » and a space: how far before a figure ``IN_ALL`` is looked for.
IN_ALL_BACK = 14

# -- shares: « soit 90 % », « représente 13 % des 25 000 hectares » -------------------------

#: « soit 90 % du total », « une proportion de 18 % », « un taux de », « une part de ».
SHARE = re.compile(r"\b(?P<cue>soit|une proportion de|un taux de|une part de)\b[^\d.;:!?]{0,40}$")
#: « une proportion de plus des » and a figure's words: how far before a share its cue is looked for.
SHARE_BACK = 50
#: After a share, words that make it a change: « soit 12 % de plus ».
SHARE_IS_CHANGE = re.compile(r"\s*(de plus|de moins|d'augmentation|de hausse|de baisse|par rapport|sur un an|en un an)")
#: « soit 90 % du total ».
OF_THE_TOTAL = re.compile(r"\s*du total\b")
#: « soit 52,99 % des suffrages exprimés »: the whole by its noun (and a trait).
OF_NOUN = re.compile(rf"\s*(?:des|du|de la|de l'|d')\s*(?P<noun>{_WORD})(?: (?P<trait>{_WORD}))?")
#: How far after a share ``SHARE_IS_CHANGE``, ``OF_THE_TOTAL`` and ``OF_NOUN`` are looked for.
SHARE_AHEAD = 40
#: The words between a share and the figure it is a share of: « 13 % des 25 000 hectares ».
SHARE_OF_GAP = re.compile(r"\s*(?P<cue>des|de|du)\s*")

# -- changes: « en hausse de 20 %, de 100 à 120 », « a doublé » ------------------------------

#: « en hausse de 20 % », « a reculé de 18 % »: the word gives the direction (``CHANGE_WORDS``).
CHANGE = re.compile(r"\b(?P<cue>" + "|".join(cues.CHANGE_WORDS) + r")\s+(?:de\s+|d'\s*)$")
#: « la hausse de » and a figure's bound words: how far before a change its word is looked for.
CHANGE_BACK = 40
#: « a doublé », « a triplé »: the factor (``MULTIPLIERS``).
MULTIPLY = re.compile(r"\b(?P<cue>" + "|".join(cues.MULTIPLIERS) + r")\b")
#: Between a multiplication and its first figure: « a doublé en cinq ans, de 40 … ».
MULTIPLY_FROM = re.compile(r"[^.;]{0,30}?\bde\s*")
#: Between the two figures of a multiplication: « de 40 à 80 ».
MULTIPLY_TO = re.compile(r"\s*(à|a)\s*")
#: « hausse de 20 %, de 100 à 120 », « passant de 100 à 120 »: before the first figure, and
#: between the two.
FROM_TO = (re.compile(r"\s*,?\s*(passant\s+)?de\s*"), re.compile(r"^\s*à\s*$"))
#: « a chuté de 18 %, à 12 400 transactions, contre 15 100 l'an dernier », « bondit de 16 % :
#: 44,2 millions, contre 38 millions ».
TO_VERSUS = (re.compile(r"\s*(?:,?\s*(?:pour atteindre|à)|:)\s*"), re.compile(r",\s*contre\s*$"))
#: « 143 millions, contre 97 millions un an plus tôt, soit une hausse de 47 % ».
VERSUS = re.compile(r",\s*contre\s*$")
VERSUS_THEN = re.compile(r"\bsoit\b")
#: Or a comma, when the figure before it is told of another time: « 148 millions, contre 131
#: millions en 2025, en hausse de 13 % ».
VERSUS_THEN_TIMED = re.compile(r",\s*(?:en\s+|une?\s+)?$")

# -- aggregates: « un taux de 61,3 % : 60,8 % pour les filles, 62,1 % pour les garçons » ---
#: Before an overall rate: a rate, a share or an average named (« taux », « part »).
AGGREGATE_NAME = re.compile(r"\b(?:taux|part|proportion|pourcentage|participation|moyenne)\b[^.;:!?%]{0,50}$")
#: Between the overall rate and its groups' rates: a colon, a parenthesis, « dont », « avec ».
AGGREGATE_OPENS = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}?(?::|\(|,\s*(?:dont|avec|soit))\s*$")
#: After a group's rate: the group (« pour les filles », « chez les hommes », « dans le public »).
AGGREGATE_GROUP = re.compile(
    r"^\s*(?:de\s+\w+\s+)?(?:pour|chez|parmi|dans|en)\s+(?:les\s+|le\s+|la\s+|l'|l’)?(?P<group>[^\W\d][\w-]*)"
)
#: Pairs of groups that make up a whole between them (the overall rate lies between theirs).
COMPLEMENTARY_GROUPS = (
    frozenset({"filles", "garçons"}),
    frozenset({"femmes", "hommes"}),
    frozenset({"public", "privé"}),
    frozenset({"urbain", "rural"}),
    frozenset({"villes", "campagnes"}),
)

# -- spreads: « le non va de 58 % à 69 % selon les districts », then « Sierre : 55 % » -------
#: After a range: what it varies over (« selon les districts », « d'une commune à l'autre »).
SPREAD_OVER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?(?P<cue>(?:selon|suivant) (?:les|le|la|l'|l’)\s*[^\W\d][\w-]*"
    r"|d'(?:un|une) [^\W\d][\w-]* à l'autre)"
)
#: Values told to lie between two ends told before: « se situent entre les deux », « entre
#: ces deux extrêmes ».
BETWEEN_THE_ENDS = re.compile(
    r"\b(?P<cue>entre (?:les deux|ces deux(?: extrêmes| valeurs| bornes| pôles)?))\b(?!\s*(?:tours?|guerres?))"
)
#: Before the first end of a range told by two figures: « va de », « varie de », « allant de ».
RANGE_FROM = re.compile(r"\b(?:va|vont|varie|varient|allant|oscille|oscillent|s'échelonnent?)\s+(?:de|d')\s*$")
#: Before the second end: « à ».
RANGE_TO = re.compile(r"\bà\s*$")
#: How many sentences after a range its values per place are looked for.
SPREAD_SENTENCES = 3

# -- rates: « 1 200 interventions en dix jours, soit 120 par jour en moyenne » -------------
#: Before a rate: « , soit », « (soit », « , ou encore ».
RATE_LEAD = re.compile(
    r"^[^.;:!?]{0,12}?[,(]\s*(?:soit|ou encore|en moyenne)\s+(?:en moyenne\s+)?"
    r"(?:(?:plus|moins|près) d[e'’]\s*|environ\s+|quelque\s+)?$"
)
#: After a rate or an amount: what it is per (« par jour », « par commune », « chaque jour »).
RATE_PER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:par|chaque)\s+(?P<per>[^\W\d][\w-]*)")

# -- sums of shares: « Les deux favoris totalisent 52,5 % : 28 % et 24,5 % » ---------------
#: Before a sum of shares: « totalisent », « cumulent », « à eux deux », « au total ».
SHARE_SUM = re.compile(
    r"\b(?P<cue>totalis\w*|cumul\w*|à eux (?:deux|trois)|à elles (?:deux|trois)|au total)\s+(?:\w+\s+){0,2}?$"
)
#: Between the sum and its first part (« : »), and between two parts (« et », « , »).
SHARE_SUM_OPENS = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?::|\(|,\s*soit)\s*(?:[^\W\d][\w'’-]*\s+){0,4}?$")
SHARE_SUM_NEXT = re.compile(r"^[^.;:!?()%]{0,40}?(?:,|\bet\b)\s*(?:[^\W\d][\w'’-]*\s+){0,4}?$")
#: The answers of a vote after a share: « de oui », « pour le non », « de non ».
VOTE_ANSWER = re.compile(r"^\s*(?:de\s+|d'|pour\s+le\s+|en faveur du\s+)(?P<answer>oui|non)\b")
#: The answer of a vote named before its share: « le oui l'emporte avec 53 % ».
VOTE_ANSWER_BEFORE = re.compile(r"\b(?:le|du)\s+(?P<answer>oui|non)\b[^.;:!?%\d]{0,30}$")
#: Between the two answers of a vote: « contre », « , », « et ».
VOTE_VERSUS = re.compile(r"^[^.;:!?%]{0,20}?(?:\bcontre\b|,|\bet\b)\s*$")
#: After a share's restatement, words that put it on another group: « un tiers de
#: l'activité (40 % dans les seuls hôtels) ».
SHARE_RESTATED_OTHER = re.compile(r"^\s*(?:[^\W\d]+\s+)?(?:dans|chez|pour|parmi|en|contre|à|au|aux|sur)\b")
#: Between a share and its restatement beside it: « (», « , soit ».
SHARE_RESTATED = re.compile(r"^\s*(?:[^\W\d][\w'’-]*\s+){0,3}?(?:\(|,\s*soit\s+)\s*$")

# -- differences: « 1 420 entrées contre 1 185 sorties, soit un solde de 235 » -------------
#: Between the two figures of a difference: « contre », « pour », « face à », « et ».
DIFFERENCE_JOIN = re.compile(r"^[^.;:!?()]{0,90}?\b(?:contre|pour|face à|et)\s+(?:[\w']+\s+){0,3}?$")
#: Between the second figure and the difference: « , soit un solde de », « , soit »,
#: « , ce qui fait un écart de », « (soit ».
DIFFERENCE_LEAD = re.compile(
    r"^[^.;:!?]{0,40}?[,(]\s*(?:soit|ce qui (?:fait|donne|représente)|d'où)\s+"
    r"(?:(?:un|une)\s+(?:(?P<net>solde|écart|différence|déficit|excédent|surplus|manque|avance|marge)|(?P<change>"
    + "|".join(cues.CHANGE_WORDS)
    + r"))\s+(?:\w+\s+){0,2}?(?:de|d')\s*)?$"
)
#: Before the first of two figures told from one to the other: « passe de 96,2 à 99,8 millions ».
FROM_LEAD = re.compile(rf"\b(?:{CHANGE_VERB_STEMS}|évolu|progress)\w*\s+(?:de|d')\s*$")
#: Between the two: « à ».
FROM_TO_GAP = re.compile(r"^\s*(?:à|a)\s*$")
#: After the difference: the direction of an absolute change or an excess (« 650 de plus »,
#: « 250 en surnombre »), unless a comparison with another time follows (« de plus qu'en 2023 »).
DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?"
    r"(?P<dir>de plus|en plus|supplémentaires?|en surnombre|en trop|de trop|de moins|en moins)\b"
    r"(?!\s*(?:que|qu'|par rapport))"
)
#: Direction words of ``DIFFERENCE_AFTER`` that make the first figure the larger.
DIFFERENCE_MORE = ("de plus", "en plus", "supplémentaire", "supplémentaires", "en surnombre", "en trop", "de trop")
#: After a gap, the rival it is over and the rival's figure: « 5 points d'avance sur Bâle,
#: deuxième avec 29 points », « 12 voix de retard sur la liste sortante, qui en obtient 840 ».
LEAD_OVER = re.compile(
    r"^\s*(?P<net>d'avance|d'écart|de retard|de mieux|de moins)\s+sur\s+[^\d.;:!?()]{1,60}?"
    r"(?:,\s*|\()(?:[^\W\d]+\s+){0,4}?(?:avec|à|qui compte|qui totalise|qui en (?:compte|totalise|obtient))\s*$"
)
#: The words of ``LEAD_OVER`` that put the gap's owner behind the rival.
LEAD_BEHIND = frozenset({"de retard", "de moins"})
#: Between a level and its relative change, before the change word: « 3 418 cas ont été
#: confirmés [, en] hausse de 6,2 % ».
LEVEL_THEN_CHANGE = re.compile(r"[^\d.;:!?()]{0,60}?,\s*(?:en|soit|une|un)?\s*")
#: After a difference, words that make it a rate, not a gap (« 250 000 euros par commune »).
DIFFERENCE_PER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:par|chacun|chacune|en moyenne)\b")

# -- pairs of classes (« filles » / « garçons ») and a bound's exact figure in brackets -------
#: Right after a part's noun, the end of the part: punctuation, « et », nothing that narrows
#: it (« 200 hommes de plus de 60 ans » is narrowed).
BARE_PART_END = re.compile(r"\s*(?:[,.;:!?)]|et\b|$)")
#: Before the first of two shares told of the two classes of a pair (``cues.COMPLEMENTS``):
#: « Les femmes représentent 48 % des demandeurs, les hommes 52 % ».
COMPLEMENT_SHARE_FIRST = re.compile(
    rf"\b(?P<a>{_WORD})\s+(?:représentent|constituent|forment|pèsent|comptent pour|sont)\s+$"
)
#: Between the first share (and its whole) and the second, the other class named: « , les hommes ».
COMPLEMENT_SHARE_NEXT = re.compile(rf"^[^\d.;:!?]{{0,60}}?(?:,|\bet|\bcontre)\s+(?:les|des)\s+(?P<b>{_WORD})\s+$")
#: After the second share: its clause ends, it names no whole of its own.
COMPLEMENT_SHARE_END = re.compile(r"\s*(?:[.;,)]|$)")
#: Between a bound (and its noun) and the exact figure it gives in brackets: « plus de 5 800
#: électeurs (», « les 17 000 spectateurs cette saison (» (up to three words, no figure).
BOUND_BRACKET_BEFORE = re.compile(r"(?:\s+[^\W\d]+){0,3}\s*\(\s*")
#: Right after that exact figure: its bracket closes.
BOUND_BRACKET_AFTER = re.compile(r"\s*\)")

# -- remainders, gaps told apart, changes in points (relations/differences.py, changes.py) --
#: Before a remainder: « ce qui laisse 270 personnes », « ce qui en laisse 18,5 », « ce qui
#: ramène les suffrages exprimés à 8 410 » (not « ce qui porte … à », which may add).
LEFT_OVER = re.compile(r"\bce qui (?P<cue>(?:en )?laisse|ramène)\b(?:[^\d.;:!?]{0,40}?\s(?:à|a))?\s*$")
#: A sentence that opens on a gap it tells of the sentence before: « C'est 19 décès de
#: moins », « Cela représente 530 passages de plus », « Soit 1 230 de plus ».
GAP_ANAPHOR = re.compile(r"^\W*(?P<cue>c'est|cela représente|cela fait|ce sont|soit)\s+(?:donc\s+|encore\s+)?$")
#: A sentence that opens on a gap named by its noun, of the two figures the sentence before
#: compares first: « Sa majorité s'établit donc à 1 379 voix », « L'écart atteint 230 voix ».
GAP_NOUN_ANAPHOR = re.compile(
    r"^\W*(?:sa|son|leur|l'|la|le)\s*(?P<cue>majorité|avance|écart|différence)\b[^\d.;:!?]{0,30}?"
    r"\b(?:s'établit|atteint|est|se monte)\s+(?:donc\s+|ainsi\s+)?(?:de|à|d')?\s*$"
)
#: The unit of a change between two percentages.
POINT_UNIT = "point"
#: Between the level of a rate and the rate it is compared with: « 42,3 %, contre ».
POINT_VERSUS = re.compile(r"^[^\d.;:!?]{0,90}?,\s*contre\s*$")
#: Between a gap and the relative change told with it: « , soit un recul de », « (»,
#: « , une progression de » (``cue`` is the change word, if any).
GAP_THEN_CHANGE = re.compile(
    r"^[^\d.;:!?]{0,25}?(?:,\s*(?:soit\s+)?|\(\s*|\s+et\s+)(?:(?:un|une)\s+(?P<cue>"
    + "|".join(cues.CHANGE_WORDS)
    + r")\s+(?:de\s+|d'\s*))?$"
)
#: The word a relative change told by its sign alone is shown with (« (-4 %) »).
CHANGE_SIGNED = "évolution"
#: Between a change in points and the rate it started from: « par rapport à l'an dernier (»,
#: « (contre ».
POINT_FROM = re.compile(r"^[^\d.;:!?]{0,50}?(?:\(|\bcontre\s+|\baprès\s+)$")
#: A rate's two values told from one to the other: « passe de 68,3 % à 71,8 % » (the words
#: before the first, then between the two).
POINT_FROM_TO = (FROM_LEAD, FROM_TO_GAP)
#: Words that tell a figure compared with another time, not with another group: the scope
#: markers of another time (``cues.OTHER_TIME_MARKERS``, « l'an dernier », « un an plus tôt »)
#: and the words of a comparison (« par rapport à », « sur un an », « en 2021 »). A change in
#: points or a relative change is then between the two.
OTHER_TIME_NEAR = re.compile(
    r"\b(?:"
    + "|".join(re.escape(m) for m in sorted(cues.OTHER_TIME_MARKERS, key=len, reverse=True))
    + r"|par rapport à|sur un an|en un an|plus tôt|en (?:1[89]|20)\d\d|de (?:1[89]|20)\d\d)\b"
)
#: Just before an average: « soit en moyenne 220 par jour ».
AVERAGE_BEFORE = re.compile(r"\ben moyenne\s*$")
#: A net balance stated first, then its two terms: « un solde de 31, soit 94 entrées et 63
#: sorties » (``NET_BEFORE`` before the balance; this between it and the first term).
DIFFERENCE_TERMS = re.compile(r"^[^.;!?]{0,30}?(?:,\s*soit|:|\()\s*$")

# -- lists: « trois provinces, Anvers, le Limbourg et le Brabant flamand » -----------------

#: After the separator, words that announce examples, not the whole list: « 12 pays, dont … ».
LIST_OF_EXAMPLES = re.compile(
    r"\s*(dont|notamment|parmi|comme|tels?|telles?|en particulier|y compris|surtout|entre autres|avec)\b", re.I
)
#: The separators of list items: « A, B et C », « A et B ».
ITEM_SPLIT = re.compile(r"\s*,\s*(?:et\s+)?|\s+et\s+")
#: A serial list (« A, B, et C »): only commas separate, the last one followed by « et ».
SERIAL = re.compile(r",\s*et\s")
SERIAL_SPLIT = re.compile(r"\s*,\s*(?:et\s+)?")
#: The separator that closes a list: « … et C ».
LAST_ITEM = re.compile(r"\bet\b")
#: A list item that opens with an article or a preposition (« le Limbourg », « en Flandre »)
#: continues a list of capitalised names; another lower-case item is an apposition.
ITEM_ARTICLE = re.compile(r"(l'|l’|le |la |les |en |au |aux |à |d'|du |de )")
#: A list's first name left in the words before the comma, after a preposition that governs
#: the whole list: « quatre tribunaux siégeant à Rennes, Nantes, Brest et Vannes », « les
#: cinq cours de Douai, Paris, … ». ``name`` is where the list begins.
#: Before the first name of ``LIST_LEAD_NAME``, a preposition of place: the list says where
#: the counted things happened (« douze perquisitions sur Liège, Seraing et Wanze »); « à »
#: places things one to a town (« quatre lycées situés à Tours, Blois, … »).
LEAD_PLACE = re.compile(r"(?:^|\s)(?:sur|en|dans)\s*$")
LIST_LEAD_NAME = re.compile(
    r"(?:^|\s)(?:à|de|d'|d’|en|vers|pour|sur)\s*(?P<name>[A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s(?:[A-ZÀ-ÖØ-Ý][\w'’-]*|sur|en|de|la|le)){0,3})$"
)
#: A list item that opens with a preposition of place or origin: « dans le Nord », « en
#: Belgique », « de Metz ». When the items after the first all open so (and the first holds
#: the same kind of complement), the list says where the counted things are or come from,
#: not what they are: « quatre sites, dans le Nord et en Belgique », « trois Français,
#: originaires de Lyon et de Metz ».
ITEM_PLACE = re.compile(r"(?:dans|en|à|au|aux|de|d'|d’|du|des|sur|vers|depuis|près de)\b", re.I)
#: A first list item that frames the others by a common noun of place: « quatre départements,
#: dans le sud-ouest de la France, les Landes, le Gers … » (the frame is no item).
ITEM_FRAME = re.compile(r"(?:dans|en)\s+(?:le|la|les|l')\s*[a-zé]", re.I)
#: A list item naming a town, « à Aigle »: things counted « à Aigle et à Echallens » (two
#: gymnasiums) stand one in each town, unless they are people (see ``lists._places_of``).
ITEM_TOWN = re.compile(r"à\s+[A-ZÀ-ÖØ-Ý]")
#: An item that opens with a quantifier names another group of the same enumeration, not one
#: of the counted things: « pour trois cyclistes, plusieurs piétons et leurs familles » lists
#: the groups hit, the cyclists among them. (A possessive is no sign: « deux blessés, un
#: homme et sa voisine » names them.)
ITEM_OTHER_GROUP = re.compile(
    r"(?:plusieurs|quelques|certain(?:e)?s|d'autres|d’autres|de nombreu(?:x|ses)|nombre de|divers(?:es)?"
    r"|tou(?:te)?s les)\b",
    re.I,
)
#: A name in a list before a demonstrative count: « Paris », « la Rochelle », « l'Oise ».
_NAME = r"(?:l['’]|le |la |les )?[A-ZÀ-ÖØ-Ý«][\w'’»-]*(?:\s[\w'’«»-]+){0,3}?"
#: « … à Paris, Marseille, Lyon, Toulouse et Nantes : dans ces cinq villes ».
LIST_BEFORE = re.compile(rf"((?:{_NAME},\s*)+{_NAME}\s+et\s+{_NAME})\s*[:;,]?\s*(?:dans|à|pour|de|sur|parmi|en)?\s*$")
#: The separators of the names of ``LIST_BEFORE``.
NAME_SPLIT = re.compile(r",\s*|\s+et\s+")
#: The demonstrative before a count, cut off before ``LIST_BEFORE`` is matched.
DEMONSTRATIVE_END = re.compile(r"\b[Cc]es\s*$")
#: The cue shown for a demonstrative count of a list.
DEMONSTRATIVE_CUE = "ces"

# -- durations: « pendant onze jours, du 21 juin au 1er juillet » --------------------------

#: Between a duration and its period: « onze jours de grève, du 21 juin … », « (soit … ».
DURATION_PERIOD_GAP = re.compile(
    r"\s*(d'été|de lutte|de grève|d'action)?\s*[,(]?\s*(soit|pendant|durant|en|sur)?\s*", re.I
)
#: Clock times: before the first (« de », « entre », « depuis »), between the two (« à »,
#: « et »), and between the second and the duration (« , soit », « (», « , pendant »).
CLOCK_FROM = re.compile(r"\b(?:de|entre|depuis)\s*$")
CLOCK_TO = re.compile(r"^\s*(?:à|et|jusqu'à)\s*$")
CLOCK_DURATION = re.compile(r"^\s*(?:,\s*(?:soit|pendant|durant)?|\(\s*(?:soit)?)\s*(?:près de|environ)?\s*$")
#: Before each of two clock times told as two moments (« ouverte à 19 h 30, elle s'est achevée
#: à 0 h 15, soit 4 h 45 »), and between the second and the time elapsed.
CLOCK_AT = re.compile(r"\bà\s*$")
CLOCK_ELAPSED = re.compile(r"^\s*,\s*(?:soit|après)\s*(?:plus de|près de|environ)?\s*$")
#: After a time elapsed since a moment told in the sentence before: « soit trois heures plus tard ».
CLOCK_LATER = re.compile(r"^\s*plus tard\b")
#: The names of the months (« ces deux mois » may take up two of them).
MONTH_NAME = re.compile(r"\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b")
#: « Sur ces trois jours »: a duration that points back at the period just stated.
DURATION_DEMONSTRATIVE = re.compile(r"\bces $")
#: « ces dix dernières années », « les trois prochains mois »: a span counted back (or on)
#: from now, a window of comparison, never the length of a period the text gives.
DURATION_ROLLING = re.compile(r"\b(derni[eè]re?s?|prochaine?s?|précédente?s?|écoulée?s?)\b", re.I)
#: « jamais en dix ans », « pour la première fois en vingt ans », « le plus bas en dix ans »,
#: « il y a dix ans »: before a duration, words that make it a window of comparison or a
#: distance back in time, not a period's length.
DURATION_NEVER_IN = re.compile(
    r"\b(?:jamais|première fois|record|inédit\w*|plus (?:haut|bas|élevée?s?|faibles?|fort)|"
    r"du jamais[- ]vu)\b[^.;!?]{0,20}$|\bil y a\s*$",
    re.I,
)
#: After a loose duration (« En deux semaines, la part est passée de 12 % à 41 % »): a change
#: measured over it; the span is no period's length.
CHANGE_AFTER_SPAN = re.compile(
    r"^[^.;!?]{0,90}\b(?:(?:est|sont|a|ont) (?:passée?s? d[e'u]|doublé|triplé|bondi|grimpé|chuté|reculé|progressé"
    r"|augmenté|diminué|baissé)|en (?:hausse|baisse) de)",
    re.I,
)
#: How many sentences back « ces deux jours » may point with the evidence to accuse: further
#: back, another span may have been told between (« le 16 et le 17 »), so it only confirms.
DURATION_POINTS_BACK = 2
#: « ces » and a space or two: how far before a duration ``DURATION_DEMONSTRATIVE`` is looked for.
DURATION_DEMONSTRATIVE_BACK = 6
#: « En trois jours, … » opening its sentence: the duration of the period of the sentence before.
DURATION_OPENS = re.compile(r"\W*(en|pendant|durant|sur|au cours de)\s*", re.I)
#: Bound words of a duration that make it the length of the one period around it.
DURATION_CUES = frozenset(WORDS["duration_cues"])
#: Of ``DURATION_CUES``, those that may as well give a span of comparison (« en un an »):
#: the only period of the article is its period only when their sizes are close.
LOOSE_DURATION_CUES = frozenset(WORDS["loose_duration_cues"])


def event_forms(words: list[str]) -> list[str]:
    """Lemma guesses for a participle read from raw text (« arrêtées » → « arrêter »), and
    the other words of its event group (« interpeller »…)."""
    out = []
    for w in words:
        stem = re.sub(r"(ée?s?|és)$", "", w)
        out += [w, stem + "er", stem + "é"]
        for group in cues.EVENT_GROUPS.values():
            if stem + "er" in group:
                out += list(group)
    return out


def verb_of_action(noun: str) -> str | None:
    """The verb an action noun in « -ation » names (« circulations » → « circuler »): a
    share « des circulations » is of the figure whose verb is « circuler »."""
    m = re.fullmatch(r"([a-zàâçéèêëîïôûùüÿœ]{3,})ations?", noun.lower())
    return m.group(1) + "er" if m else None


# -- figures sharing a scale word: « 50, 40 et 20 millions » -------------------------------

#: Between two figures of a list that ends with one scale word: a comma (``SCALE_LIST_COMMA``)
#: or the closing « et » / « ou » (``SCALE_LIST_LAST``).
SCALE_LIST_COMMA = re.compile(r"\s*,\s*")
SCALE_LIST_LAST = re.compile(r"\s+(?:et|ou)\s+")


# ===========================================================================
# Totals across sentences, tallies and exclusive outcomes (relations/totals.py)
# ===========================================================================

#: Between a gapped part and the next one across a semicolon, the next one's subject and no
#: verb: « Les écoles en accueillent 78 904 ; les collèges et lycées, 63 414 ».
GAPPED_AFTER_SEMICOLON = re.compile(r"^\s*;\s*(?:les|le|la|l'|l’|ceux|celles)\b[^\d.;:!?()]{1,50}?,?\s*$")
#: Closed sets of exclusive outcomes (``outcomes.toml``): admis / échoué, condamné / relaxé…
OUTCOMES = tomllib.loads(resources.files(__package__).joinpath("outcomes.toml").read_text(encoding="utf-8"))["sets"]

#: Between the two sides of a tally: « 1 204 voix contre 1 011 », « 3 412 oui contre 2 950 ».
TALLY_AGAINST = re.compile(r"\s*(?:voix\s+)?(?:pour\s+)?,?\s*(?P<cue>contre)\s*")
#: The counted nouns of the first side of a tally (``unit``): « 1 204 voix », « 3 412 oui ».
TALLY_SIDES = frozenset({"voix", "oui", "suffrage", "vote", "pour"})
#: After the second side, words that make « contre » a comparison with another time, not
#: the other side of the vote: « 4 100 voix contre 3 900 il y a six ans ».
TALLY_OTHER_TIME = re.compile(
    r"\s*(?:voix\s+|non\s+)?,?\s*(?:en\s+(?:19|20)\d\d|il y a|lors|au (?:premier|second|précédent)|"
    r"l'an|l'année|précédemment|auparavant|la dernière|la fois|aux? (?:dernières?|précédente?s?)|avant|"
    r"(?:[\w'-]+\s+){1,3}(?:plus tôt|auparavant|avant))"
)
#: How far after the second side ``TALLY_OTHER_TIME`` is looked for.
TALLY_OTHER_TIME_AHEAD = 30
#: The lemmas (``unit`` or ``traits``) of the figures that count the votes outside the two
#: sides: abstentions, blank and spoilt ballots (« avec 3 abstentions »).
TALLY_EXTRAS = frozenset({"abstention", "abstenir", "blanc", "nul"})
#: The lemmas of a tally's whole that counts exactly its two sides: the valid ballots.
TALLY_EXACT_WHOLE = frozenset({"exprimer", "exprimé", "valable", "valide"})
#: The counted nouns of a tally's whole that may hold more than the listed votes (those who
#: did not vote, or voted blank): only « ≤ ».
TALLY_WHOLES = frozenset(
    {"bulletin", "suffrage", "votant", "élu", "membre", "inscrit", "conseiller", "député", "sénateur", "délégué"}
)
#: The lemmas of the figure counting the voters (``votants``, « 9 871 se sont déplacés »).
TURNOUT_VOTERS = frozenset({"votant", "déplacer", "voter", "participant"})
#: A breakdown of names with their figures in brackets after a colon or a verb that splits:
#: « La Loire en compte 140 : Nantes (62), Angers (41) et Le Mans (37) », « Les treize autres
#: sièges se partagent entre Hérimont Demain (8), … » (the lead up to the first figure).
BREAKDOWN_NAMED = re.compile(
    r"(?P<cue>:|\b(?:r[ée]partiss?ent|r[ée]partit|partag\w*|divis\w*) (?:entre|en))\s*[^\W\d][^\d:;.()]{0,40}\(\s*$"
    r"|(?P<among>\bentre)\s+[A-ZÀ-Ý][^\d:;.()]{0,40}\(\s*$"  # « ont brûlé entre Landiras (12 800), … »
)
#: « Le Nord en regroupe 120, le Sud 70 et l'Est 40 », « l'opposition en aura 10 »: « en »
#: and a verb (an auxiliary first, or « qui ») before an elliptic figure.
EN_VERB = re.compile(
    r"\b(?P<cue>en)\s+(?:(?:a|ont|avait|avaient|aura|auront|aurait|auraient|compte|comptent)\s+)?"
    r"(?:déjà\s+|désormais\s+|encore\s+|à elle seule\s+|à lui seul\s+)?(?P<verb>[a-zàâçéèêëîïôûùüÿœ-]+)\s*$"
)
#: « en » and a verb with its auxiliary: how far before a figure ``EN_VERB`` is looked for.
EN_VERB_BACK = 40
#: The verbs whose « en » takes a part of the set just counted, not only its noun (« il a
#: marqué 62 buts et en a encaissé 29 » counts other goals): to hold, count, gather, win.
CONTAIN_VERBS = frozenset(
    {
        "compter", "regrouper", "réunir", "rassembler", "abriter", "accueillir", "concentrer",
        "totaliser", "détenir", "avoir", "posséder", "recenser", "gérer", "obtenir", "remporter",
        "décrocher", "occuper", "conserver", "garder", "récupérer", "rafler", "emporter",
        "représenter", "fournir", "assurer", "héberger", "employer", "exploiter", "contrôler",
    }
)  # fmt: skip
#: Forms of ``CONTAIN_VERBS`` whose stem is not the infinitive's (the small model's lemmas
#: of them are unreliable): « en aura 10 », « qui en obtiennent 17 ».
CONTAIN_FORMS = frozenset(
    {
        "a", "ont", "aura", "auront", "avait", "avaient", "aurait", "auraient", "eu",
        "obtient", "obtiennent", "obtiendra", "obtiendront", "obtenu", "obtenait", "obtenaient",
        "détient", "détiennent", "détiendra", "détenu", "détenait", "détenaient",
        "conquiert", "conquièrent", "conquis", "prend", "prennent", "pris",
    }
)  # fmt: skip


def contain_verb(word: str) -> bool:
    """Whether a verb form belongs to ``CONTAIN_VERBS``: a listed form, or the stem of a verb
    in -er, -ir or -re followed by an ending (« regroupe », « comptent », « accueille »)."""
    if word in CONTAIN_FORMS or word in CONTAIN_VERBS:
        return True
    return any(len(v) > 5 and word.startswith(v[:-2]) and len(word) - len(v) <= 3 for v in CONTAIN_VERBS)


#: Between the first part of a list and the others it is set against: « 4 102, contre 1 655
#: en Wallonie et 527 à Bruxelles », « 74 cas, devant Montréal (58) … » (a list whose sum
#: is only a guess at an earlier figure).
LIST_AGAINST = re.compile(r"^[^.;:\d]{0,90}?,?\s*(?:contre|devant|face à)\s+[^.;:\d]{0,30}?\(?\s*$")
#: Before the last figure of a list, the words that make it the rest of the whole, and so
#: the list complete: « …, le solde de 2,8 TWh provenant d'autres sources », « le reste, 12 ».
REMAINDER_BEFORE = re.compile(r"\b(?P<cue>le solde|le reste|le restant|le complément)\s*,?\s*(?:de\s+|d'|soit\s+)?$")
#: « le complément, soit » and a space: how far before a figure ``REMAINDER_BEFORE`` is looked for.
REMAINDER_BACK = 24
#: After a whole, the split among a number of holders named later: « Les 80 sièges se
#: répartissent entre six formations » (the figure of the holders follows the cue).
SPLIT_AMONG = re.compile(
    r"^\s*(?:[^\d.;:]{0,40}?\s)?(?P<cue>se répartiss?ent|se répartit|sont répartie?s|est répartie?)"
    r"\s+(?:entre|sur)\s+(?:les\s+)?$"
)
#: The cue a demonstrative total shows in messages (« Ces 330 personnes »).
THESE_CUE = "ces"
#: After a whole and its noun, the rest of a line that announces a list below it:
#: « Le réseau compte 230 agences : » (its items on the lines that follow).
LINES_LEAD = re.compile(r"[^\d\n.;!?]{0,60}(?P<cue>:)[ \t]*$")
#: The head of a list item on its own line: a bullet (Markdown keeps none in prose) and a
#: name with its colon: « - Nord : 120 », « * 700 bénévoles ; ».
LINE_ITEM = re.compile(r"[ \t]*(?:[-*•–+][ \t]+)?[^\d\n]{0,50}$")
#: In the lead of a list below, the words that leave it open: « 230 agences, dont : ».
LINES_OPEN = re.compile(r"\b(?:dont|notamment|parmi (?:lesquel|eux|elles)|par exemple|entre autres|y compris)\b")
#: A round of an election named between two figures: the voters of one round are not the
#: ballots of the other (« Au premier tour, 9 871 votants … Dimanche, 9 412 suffrages »).
ROUND = re.compile(r"\b(?:premier|second|deuxième|1er|2e|2nd) tour\b|\bballottage\b", re.I)
#: After a figure, the option of a vote it counts: « 31 voix pour », « 12 contre », « 1 011
#: non », « 45 blancs », « 4 abstentions » (the classes of the vote sets of ``OUTCOMES``).
VOTE_OPTION_AFTER = re.compile(r"\s*(?:voix\s+|bulletins\s+|votes\s+)?(?P<option>[^\W\d]+)")
#: The vote sets of ``OUTCOMES``: their options are counted as one tally.
VOTE_SETS = ("vote", "vote_assemblee")
#: The options of a vote that decide it (the others are blank, spoilt or abstaining).
DECISIVE_OPTIONS = frozenset({"oui", "non", "pour", "contre"})
#: Between two options of a vote listed together, the first one's option word included:
#: « 31 [voix pour, ]12 [contre et ]4 … », « 35 [blancs et ]12 nuls ».
OPTION_JOINT = re.compile(
    r"\s*(?:(?:voix|bulletins|votes)\s+)?(?:[^\W\d]+\s*)?(?:,|et|,\s*et|,\s*avec|avec|,\s*pour|pour)\s*"
)
#: The cue a tally of the options of a vote shows in messages.
VOTE_CUE = "voix"
#: After a list, the words that give its total: « 312 passagers et 18 membres d'équipage,
#: soit 330 personnes », « …, au total 330 », « …, soit un total de 330 ».
LIST_NAMELY = re.compile(
    r"\s*,?\s*(?P<cue>soit|au total|en tout|pour un total de|soit un total de)\s*(?:un total de\s*)?$"
)
#: After the total of ``LIST_NAMELY``, the words that make it a difference, a factor or a
#: rate rather than the sum: « soit 30 de plus », « soit deux fois plus », « soit 12 par jour ».
NAMELY_NOT_SUM = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?(?:de plus|de moins|fois|par |chaque|en moyenne|d'écart|supplémentaires?)"
)

# -- shares in every order, and rates by their definition (relations/shares.py) -----------

#: Between a share and the whole it names with a figure: « soit 41,2 % des 9 950 suffrages ».
SHARE_WHOLE_GAP = re.compile(r"\s*(?P<cue>des|du|de)\s*")
#: Right after a share written first: « Un cinquième des dossiers… », « 34 % des salariés… ».
SHARE_FIRST_OF = re.compile(r"\s*(?P<cue>des|du|de la|de l'|d')\s*")
#: The noun a share written first is of: « des adhérents », « des logements visités ».
SHARE_FIRST_NOUN = re.compile(rf"\s*(?:des|du|de la|de l'|d')\s*(?P<noun>{_WORD})(?: (?P<trait>{_WORD}))?")
#: Between the whole (or the share) written first and its part: « des adhérents (1 204) »,
#: « des dossiers, soit 312 », « des 2 800 logements visités, 1 530 exactement ».
SHARE_FIRST_PART_GAP = re.compile(
    r"[^\d.;:!?()«»\"]{0,60}?(?:(?P<paren>\()|,\s*(?P<cue>soit|c'est-à-dire|ou encore)|(?P<apposition>,))\s*$"
)
#: After the part of an apposition: « 1 530 exactement, » (a bare « , 1 530, » is too weak).
SHARE_FIRST_APPOSITION = re.compile(r"\s*(exactement|précisément|au total|en tout)\b")
#: After the part written in brackets: « (1 204) », « (1 204 adhérents) ».
SHARE_FIRST_CLOSE = re.compile(rf"\s*(?:{_WORD}\s*){{0,2}}\)")
#: Between a part and the share in brackets after it: « 640 travaillent de nuit (34 % »,
#: « (2 104 voix, 38,5 % ».
SHARE_PAREN_GAP = re.compile(r"[^\d.;:!?()«»\"]{0,50}?(?:\(|,)\s*$")
#: What closes a share in brackets: « 34 %) ».
SHARE_PAREN_CLOSE = re.compile(r"\s*\)")
#: Words between a part and its share in brackets, at most (« travaillent de nuit »).
SHARE_PAREN_WORDS = 6
#: A share followed by its count in brackets, in a list of results: « 56,8 % (64 360 voix) »
#: (between the share and the count, then after the count).
RESULT_OPEN = re.compile(r"\s*\(\s*")
RESULT_CLOSE = re.compile(rf"\s*(?:{_WORD}\s*)?\)")
#: The counts of a list of results that are shares of their sum by nature (votes), so that
#: a list whose shares do not add up to 100 % may still be complete with one share off
#: (seats are not: « 52 % (30 sièges) » after a majority bonus).
RESULT_VOTES = frozenset({"voix", "suffrage", "vote", "bulletin"})
#: Most sentences between two results of one list (« Oui : 43,2 % (48 935 voix). Non : … »).
RESULT_SENTENCES = 1
#: A fraction written « N sur M » (« près d'une bête sur six »): it may restate the ratio
#: of a part and its whole told just before (« 43 brebis sur 280 »).
FRACTION_OUT_OF = re.compile(r"\bsur\b")
#: Between the two figures of a tally: « 1 204 voix contre 1 011 ».
TALLY_GAP = re.compile(r"\s*(?:voix|suffrages|votes|oui|pour)?\s*(?P<cue>contre)\s*")
#: From the second figure of a tally to its share: « contre 1 011, soit », « 1 011 non, soit »
#: (not « contre 3 900 en 2019, soit »: a comparison with another vote).
TALLY_TO_SHARE = re.compile(r"\s*(?:non|voix|suffrages|votes)?\s*,?\s*soit\s*$")
#: Other words for « du total » after a share: « soit 40 % de l'ensemble », « de la totalité ».
SHARE_OF_ALL = re.compile(r"\s*(?:de l'ensemble|de la totalité|du nombre total|du chiffre total)\b")
#: A change named between « soit » and its percentage: « soit une hausse de 5 % ».
SHARE_CHANGE_CUE = re.compile(
    r"\b(hausse|baisse|progression|recul|augmentation|diminution|croissance|chute|repli|bond)\b"
)
#: After the share of a tally: « soit 54,4 % de oui », « soit 54,4 % des voix », or nothing.
TALLY_SHARE = re.compile(r"\s*(?:$|[,.;)]|de oui|de non|des voix|des suffrages|des votes|en faveur|pour\b)")
#: The cues of ``SHARE`` after which a share with no whole named may be of the nearest
#: larger figure before it (not « un taux de », which may name a complement: « un taux
#: d'abandon de 2 % » after the arrivals).
SHARE_OF_ANY = frozenset({"soit"})
#: A sentence that opens on the group its figures are of: « Parmi les arrivants, on
#: comptait 16 900 femmes, soit… » (the text from the sentence start to the part).
SHARE_AMONG_OPEN = re.compile(rf"\W*(?:parmi|sur) (?:les|ces) (?P<noun>{_WORD})(?: (?P<trait>{_WORD}))?\s*,[^\d.;:]*$")
#: A rate named before its value: « la participation s'est établie à 62 % », « un taux de
#: remplissage de 93 % » (the names are those of ``rates.toml``).
RATES = tomllib.loads(resources.files(__package__).joinpath("rates.toml").read_text(encoding="utf-8"))
#: Role nouns and the verbs of the figures, with no noun of their own, that count them
#: (« 49 873 ont présenté l'épreuve » are « des participants »).
ROLES: dict[str, list[str]] = RATES.pop("roles")
#: The nouns of the whole a share of a count is of when none is named (« voix » → « suffrages
#: exprimés »).
SHARE_WHOLES: dict[str, list[str]] = RATES.pop("wholes")
#: Collective nouns and the nouns of their members (« du peloton » → « arrivants »…).
COLLECTIVES: dict[str, list[str]] = RATES.pop("collectives")
RATE_NAME = re.compile(
    r"\b(?:taux (?:de |d'))?(?P<rate>"
    + "|".join(sorted((re.escape(n) for r in RATES.values() for n in r["names"]), key=len, reverse=True))
    + r")\b(?P<gap>[^\d.;:!?()]{0,50})$"
)
#: Between the last figure and a share told right after it: « 38 tirs, soit 37 % ».
SHARE_RIGHT_AFTER = re.compile(r"\s*[,(]\s*(?:soit\s*)?")
#: A rate named right after its figure: « soit 89 % de remplissage », « 54,3 % de participation ».
RATE_NAME_AFTER = re.compile(
    r"^\s*(?:de |d')(?P<rate>"
    + "|".join(sorted((re.escape(n) for r in RATES.values() for n in r["names"]), key=len, reverse=True))
    + r")\b(?P<gap>)"
)
#: Between the numerator and the denominator of a rate that states both: « 4 100 votants
#: pour 6 600 inscrits », « 46 400 élèves ont réussi sur les 51 200 inscrits ».
RATE_PAIR_GAP = re.compile(
    r"[^\d.;:!?]{0,60}?\b(?:pour|sur)\s+(?:les\s+|un total de\s+|une (?:capacité|jauge) (?:totale )?de\s+)?$"
)
#: Between the denominator and the numerator of a rate told in that order: « sur 1 600
#: tests, dont 72 positifs ».
RATE_PAIR_BACK = re.compile(r"[^\d.;:!?]{0,40}?\bdont\s+$")
#: Before a denominator told as a capacity, in whatever order: « Conçu pour 612 places,
#: l'établissement accueille 871 détenus », « d'une capacité de 400 places ».
RATE_CAPACITY = re.compile(
    r"\b(?:(?:conçue?s?|prévue?s?|construite?s?|bâtie?s?|dimensionnée?s?) pour|capacité (?:d'accueil |totale )?de)\s+$"
)
#: Between a rate and its figures, what sets them apart: another clause (« ; ») or a
#: contrast (« 45 % au premier tour ; 12 400 électeurs au second sur 26 000 inscrits »).
RATE_APART = re.compile(r";|\b(contre|tandis que|alors que|mais|en revanche|cependant)\b")
#: How far before a percentage its rate's name is looked for.
RATE_BACK = 70
#: A rate compared with another one (« contre 41,2 % en 2021 »): not the rate of these figures.
RATE_CONTRAST = re.compile(r"\b(contre|après|au lieu de|comparé)\b")

# Cues: surface variants of the explicit cues, groups under another name, amounts whose
# category is outside the counted-noun slot (read by relations/parts.py, elliptic.py,
# lists.py, restatements.py and claims.py). Words of these shapes are data in cues.toml
# and groups.toml.
# ===========================================================================

#: Between a figure and the percentage that tells it as a share, in its clause: « 16
#: personnes sont décédées dans un accident lié à l'alcool (soit », « 640 travaillent de nuit (».
TOLD_AS_SHARE = re.compile(r"[^\d.;:!?()]{0,90}(?:\(\s*(?:soit\s+)?|,\s*soit\s+)")
#: Marks that may stand before a sentence's first word: a quotation mark, a dash, a bullet.
OPENING_MARKS = "«»\"“”'‘’–—-•* \t\u00a0\u202f"
#: « Sur 4 600 inscrits, 2 990 ont voté »: « sur » and no article, opening the sentence.
OUT_OF_BARE = re.compile(r"\b(?P<cue>sur)\s+$")
#: Between a bare « Sur N <noun> » and its first part: the noun group, then a comma.
OUT_OF_BARE_TO_PART = re.compile(r"[^,.;:\d]{0,60},\s*(?:\w+\s+){0,2}$")
#: « Sur ces retraités, 80 … », « Sur l'ensemble des visiteurs, 348 000 … », « Parmi
#: l'ensemble des … »: a whole named by its noun (``noun``, and a ``trait``), no figure.
AMONG_NOUN_MORE = re.compile(
    rf"\b(?P<cue>sur|parmi) (?:ces|l'ensemble des|l'ensemble de ces|le total des) (?P<noun>{_WORD})"
    rf"(?P<trait> {_WORD})?\s*,\s*$"
)
#: « Parmi ces derniers, 80 … », « parmi celles-ci », « sur ceux-ci »: a demonstrative pronoun.
AMONG_DEMONSTRATIVE = re.compile(
    r"\b(?P<cue>parmi|sur|d'entre) (?P<pronoun>ces derniers|ces dernières|ceux-ci|celles-ci|ceux-là|celles-là)"
    r"\s*,?\s*$"
)
#: The gender each demonstrative pronoun of ``AMONG_DEMONSTRATIVE`` requires.
DEMONSTRATIVE_GENDER = {
    "ces derniers": "Masc",
    "ceux-ci": "Masc",
    "ceux-là": "Masc",
    "ces dernières": "Fem",
    "celles-ci": "Fem",
    "celles-là": "Fem",
}
#: « Deux enseignants figurent parmi eux », « trois Français se trouvent parmi les
#: victimes »: « parmi » after the part, with a verb of being among (``pronoun`` or ``noun``).
AMONG_AFTER = re.compile(
    rf"\s*(?:{_WORD}\s+)?(?:(?:figur|se trouv|compt)\w*|sont|étaient|seront)\s+(?P<cue>parmi)\s+"
    rf"(?:(?P<pronoun>eux|elles|ces derniers|ces dernières|ceux-ci|celles-ci)\b|(?:les|ces) (?P<noun>{_WORD}))"
)
#: How far after a part's noun ``AMONG_AFTER`` is looked for.
AMONG_AFTER_AHEAD = 48
#: « Douze des licenciés »: an elliptic figure, then « des » and the group's noun.
OF_THE_NOUN_AFTER = re.compile(rf"\s*(?P<cue>des|d'entre les) (?P<noun>{_WORD})")
#: « En incluant les temps partiels, l'effectif atteint 3 200 »: a whole that adds a group
#: to the figure stated before.
INCLUDING = re.compile(
    r"(?:^|[.;:!?]\s*)\W*(?P<cue>en incluant|en comptant|si l'on inclut|si l'on compte|y compris|en y ajoutant)"
    r"\b[^.;:!?\d]{0,80}$"
)
#: Right before a figure after the inclusion, words that make it the amount of the group
#: included, not the whole: « En y ajoutant les charges, soit 80 euros, … », « les primes
#: de 300 euros ».
INCLUDED_GROUP_FIGURE = re.compile(r"(?:\bsoit|\bde|\bd'|\bdu|\bà hauteur de|\(|:)\s*$")
#: How far before a figure ``INCLUDING`` is looked for.
INCLUDING_BACK = 130
#: « En y ajoutant les 160 militaires, l'effectif atteint 1 280 personnes »: a clause that
#: adds a figure (the first one after the cue) to the figure told just before
#: (``totals.link_addition``); « y » and « s'y » point back at it.
ADDITION_CUE = re.compile(
    r"(?:^|[.;:!?,]\s*)\W*(?:(?:et|mais|or)\s+)?(?P<cue>en y ajoutant|si l'on y ajoute|si on y ajoute"
    r"|en y adjoignant|en y incluant|auxquel(?:le)?s s'ajoutent|à quoi s'ajoutent|s'y ajoutent|il faut y ajouter"
    r"|en y additionnant)\b"
    r"[^.;:!?\d]{0,60}$"
)
#: How far before the added figure ``ADDITION_CUE`` is looked for.
ADDITION_BACK = 90
#: Between the added figure and the sum: a verb of reaching (« atteint », « s'élève à », « porte
#: le total à », « on arrive à »), the last words before the sum.
ADDITION_REACH = re.compile(
    r"\b(?:atteign\w*|atteint\w*|atteindr\w*|s'élèv\w*|s'élev\w*|se mont\w*|mont\w*|pass\w*|port\w*"
    r"|totalis\w*|grimp\w*|arriv\w*|aboutit|aboutissait|culmin\w*)\b[^.;:!?\d]{0,30}$"
)
#: Right before a figure, « de » after a verb of change: the figure it starts from (« passe de
#: 1 120 à 1 280 »), not what a clause reaches.
FROM_BEFORE = re.compile(r"\bde\s*$|\bd'\s*$")
#: An elliptic subject that takes up the group just named: « Seize personnes ont été
#: blessées ; trois ont été hospitalisées », « 54 106 coureurs se sont élancés, et
#: 52 874 ont franchi la ligne » (the text between the group's figure and the elliptic one).
ELLIPTIC_SUBJECT_GAP = re.compile(r"[^.;:!?\d()]{0,120}?(?:,\s*(?:et|mais|dont)?|;|\.|\bet)\s*$")
#: After an elliptic figure, a verb (or « se », « y », « en », « n' ») that makes it a subject.
ELLIPTIC_SUBJECT_AFTER = re.compile(
    r"\s+(?:(?:n'|ne\s+)?(?:s'|se\s+|y\s+|en\s+|s'y\s+|l'|les\s+)*)"
    r"(?:ont|sont|avaient|étaient|ont été|seront|auront|restent|demeurent|[a-zéèêàâîôû]+(?:ent|aient))\b"
)
#: « qui en a recensé 1 352 », « en ont reçu 40 »: « en » and a verb before an elliptic
#: figure, which counts what the figure before it counts.
OF_IT_COUNT = re.compile(r"\ben (?:a|ont|avait|avaient|aura|auront)(?: \w+)? \w+\s*$")
#: « en a recensé » and a space: how far before a figure ``OF_IT_COUNT`` is looked for.
OF_IT_COUNT_BACK = 36
#: A list after a copula: « Les cinq communes retenues sont A, B, C, D et E ».
LIST_COPULA = re.compile(r"\b(?:sont|seront|étaient|restent|demeurent|resteront|furent)\s+$")
#: A figure glued to a capitalised name is part of the name (« Doel 4 », « Tihange 3 »).
NAME_BEFORE_FIGURE = re.compile(r"(?:[A-ZÀ-ÖØ-Ý][\w'’-]*|\bno|\bn°|\bnuméro)\s$")
#: An indefinite article opening a list item (« un baccalauréat …, une maîtrise … et un
#: certificat … »): a word, not the figure one.
ITEM_INDEFINITE = frozenset({"un", "une"})
#: Before a date opening a list item (« les 9 décembre, 27 janvier et 14 février »).
ITEM_DATE_ARTICLES = frozenset({"", "le", "les"})
#: The verbs whose subject names what an amount is: « Le budget de fonctionnement s'élève
#: à 96 millions », « l'effectif atteint 3 200 », « la dette s'établit à 4,1 milliards ».
AMOUNT_OF_SUBJECT = frozenset(
    {"élever", "atteindre", "établir", "monter", "chiffrer", "totaliser", "représenter", "passer", "culminer"}
)
#: Before an amount, the noun it is an amount of: « un budget de 96 millions », « le plan
#: d'économies, de 305 millions », « un chiffre d'affaires de plus de 2,3 milliards »
#: (``noun`` and its complement).
AMOUNT_ROLE_BEFORE = re.compile(
    rf"\b(?:un|une|le|la|l'|son|sa|leur|ce|cet|cette)\s*(?P<noun>{_WORD}(?: (?:d'|de |des |du )\s*{_WORD})?"
    rf"(?: {_WORD})?)\s*,?\s*(?:de|d'|à hauteur de|estimée? à|évaluée? à|chiffrée? à)\s*$"
)
#: How far before an amount ``AMOUNT_ROLE_BEFORE`` is looked for.
AMOUNT_ROLE_BACK = 60
#: After an amount's currency, the noun it is an amount of: « 2,1 millions d'euros de
#: subventions ».
AMOUNT_ROLE_AFTER = re.compile(rf"\s*(?:de|d')\s*(?P<noun>{_WORD})")
#: Words after an amount that name no category: « de plus », « de hausse », « d'ici ».
AMOUNT_ROLE_NOT = frozenset(
    {"plus", "moins", "hausse", "baisse", "ici", "mois", "ans", "an", "dollars", "euros", "francs", "la", "le", "l"}
)
#: The rest of a figure's clause, where a status phrase is looked for (« 57 personnes
#: placées en garde à vue »): up to a comma, a stop or 60 characters.
CLAUSE_AFTER = re.compile(r"[^,;:.!?()]{0,60}")
#: « neuf s'y trouvaient toujours », « trois y sont restés »: « y » after an elliptic subject.
THERE_AFTER = re.compile(r"\s+(?:n')?(?P<cue>s'y|y)\s")
#: A count's noun, a few words (``gap``), then a copula and a list of names: « Les cinq
#: communes retenues sont Arles, … ».
LIST_COPULA_OPENS = re.compile(
    r"(?P<gap>[^,:;.–—(]{0,60}?)\s(?:sont|seront|étaient|restent|demeurent|resteront|furent)\s+"
    r"(?=[«\"A-ZÀ-ÖØ-Ý]|l['’]|le |la |les )"
)
#: Articles that may open a name in a list (« la Montérégie »).
NAME_ARTICLES = frozenset({"le", "la", "les"})
#: Scale words that end a sum written without its currency (« 1,2 million de loyers »).
MONEY_SCALES = ("million", "millions", "milliard", "milliards")
#: Cues that relate a whole to its parts only when they open the sentence (« Sur ces
#: retraités, 80 … »): inside a clause « sur » is a complement (« une enquête sur ces retraités »).
OUT_OF_OPENING = frozenset({"sur"})
#: The ending of a past participle read as a counted noun (« 1 605 millions réalisés »).
PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées)$")
#: Of ``AMOUNT_OF_SUBJECT``, the verbs whose subject names what an elliptic count counts
#: (« l'effectif atteint 3 200 »); « Les enfants représentent 412 de ces passages » counts passages.
COUNT_OF_SUBJECT = frozenset({"élever", "atteindre", "établir", "monter", "chiffrer", "totaliser"})
#: Of the prepositions of ``COMPLEMENT_BEFORE``, those whose figure may still be the whole of
#: a « dont » part of its own kind: « Le jury a statué sur 60 dossiers, dont 12 refusés ».
COMPLEMENT_OF_KIND = frozenset({"sur", "pour"})
#: After a re-mentioned count's noun, an adjective of origin that narrows the group: « Les
#: 1 874 victimes françaises », « les 312 salariés belges », « les 40 patients étrangers ».
SUBGROUP_AFTER = re.compile(
    r"\s+(?P<adj>(?:[a-zéèêëàâîïôûç-]{2,}(?:ais|aise|ois|oise|ien|ienne|ain|aine)s?"
    r"|belges?|suisses?|étrang(?:er|ère)s?|locaux|locales?|mineure?s|majeure?s))\b",
    re.I,
)
