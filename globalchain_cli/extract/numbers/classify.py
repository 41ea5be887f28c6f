"""Classes decided from the context once every figure is read: years and codes, and
the tentative readings ("un" as an article, "points") resolved per sentence.
"""

from __future__ import annotations

from globalchain_cli.lang.fr import numbers as fr
from globalchain_cli.lang.fr.grammar import (
    CODE_PREFIX_CASED_RE,
    CODE_PREFIX_RE,
    CUE_DIGITS_RE,
    CUE_RE,
    SCALE_LIST_COMMA,
    SCALE_LIST_LAST,
)
from globalchain_cli.model import AMOUNT_KINDS, Kind, Qualifier

from .scan import Cand, Scan, Tentative, norm

#: Kinds of figure that give a noun its value: « un taux de 29,7 % », « un budget de 3 M€ ».
VALUE_KINDS = frozenset({Kind.PERCENT, Kind.MONEY, Kind.MEASURE, Kind.POINTS})
#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS


def classify_context(scan: Scan, cands: list[Cand]) -> None:
    """Codes (article, page, n°, route, address, service numbers) and years."""
    for c in cands:
        if c.kind is not Kind.COUNT or c.words or c.qualifier is not Qualifier.EXACT:
            continue
        if c.scale is not None or c.tentative:
            continue
        if _code_context(scan, c) or _label_after_singular(scan, c):
            c.kind = Kind.CODE
            c.value = scan.text[c.start : c.end]
        elif c.plain is not None and _is_year(scan, c):
            c.kind = Kind.YEAR
            c.value = int(c.plain)


def _code_context(scan: Scan, c: Cand) -> bool:
    """The figure is a code by what precedes it: "article 12", "n° 3", "route D 12", "Airbus A 320"."""
    window = scan.text[max(0, c.start - 24) : c.start]
    if CODE_PREFIX_RE.search(window) or CODE_PREFIX_CASED_RE.search(window):
        return True
    i = scan.token_at_or_after(c.start)
    if i > 0 and scan.tk[i - 1] == "w" and c.plain is not None:
        allowed = fr.NAMED_CODES.get(scan.tok(i - 1))
        if allowed and int(c.plain) in allowed and scan.spaced(i) and not _plural_noun_follows(scan, c.tok_end):
            return True
    j = c.tok_end
    if scan.is_word(j) and scan.norm(j) in fr.ADDRESS_SUFFIXES and scan.near(j):
        j += 1
    if scan.is_word(j) and scan.norm(j) in fr.ADDRESS_NOUNS and scan.near(j) and scan.tok(j).islower():
        return c.plain is not None
    if c.plain is not None and int(c.plain) in fr.SERVICE_NUMBERS:
        return _called(scan, i)
    return False


def _label_after_singular(scan: Scan, c: Cand) -> bool:
    """« un 3 pièces », « le 100 mètres », « son 4 étoiles »: a singular determiner right
    before a figure of at least 2 in digits and a noun names one thing of a category (the
    figure is part of its name), it counts nothing."""
    i = scan.token_at_or_after(c.start)
    if i == 0 or c.plain is None or int(c.plain) < 2 or scan.tk[i - 1] != "w" or not scan.spaced(i):
        return False
    if scan.norm(i - 1) not in fr.SINGULAR_DETERMINERS:
        return False
    return scan.is_word(c.tok_end) and scan.near(c.tok_end)


def _called(scan: Scan, i: int) -> bool:
    """ "composer le 15", "appeler le 17", "signaler au 33700"."""
    if scan.prev_word(i) not in W.CALL_ARTICLES:
        return False
    window = norm(scan.window(scan.ts[i], 60)[1])
    return any(stem in window for stem in fr.CALL_STEMS)


def _is_year(scan: Scan, c: Cand) -> bool:
    """A 4-digit integer read as a year (see the module docstring)."""
    value = int(c.plain)
    if len(c.plain) != 4:
        return False
    i = scan.token_at_or_after(c.start)
    prev_raw = scan.tok(i - 1).lower() if i > 0 and scan.tk[i - 1] == "w" else None
    cue = prev_raw == W.FROM_YEAR or (prev_raw is not None and norm(prev_raw) in fr.YEAR_CUE_WORDS)
    if not (fr.YEAR_MIN <= value <= fr.YEAR_MAX or (cue and fr.YEAR_MIN_WITH_CUE <= value <= fr.YEAR_MAX)):
        return False
    if _plural_noun_follows(scan, c.tok_end):
        return False
    if cue:
        return True
    if prev_raw is not None and norm(prev_raw) in fr.COUNT_CUE_WORDS:
        return False
    window = scan.text[max(0, c.start - 40) : c.start]
    return CUE_RE.search(window) is None and CUE_DIGITS_RE.search(window) is None


def _plural_noun_follows(scan: Scan, j: int) -> bool:
    """A plural noun follows ("2000 manifestants"): the figure counts, it is no year."""
    if not (scan.is_word(j) and scan.near(j)):
        return False
    word = scan.tok(j)
    nw = scan.norm(j)
    return word[:1].islower() and len(nw) >= 3 and nw[-1] in "sx" and nw not in fr.FUNCTION_WORDS


def resolve_tentative(scan: Scan, cands: list[Cand]) -> list[Cand]:
    """Points need a percent in the sentence; a lone "un" needs a count before it."""
    percent_sentences = {scan.sentence_of(c.start) for c in cands if c.kind is Kind.PERCENT}
    values = {c.start for c in cands if c.kind in VALUE_KINDS}
    out: list[Cand] = []
    previous: Cand | None = None
    for c in cands:
        if c.tentative is Tentative.POINTS:
            # percentage points need a percentage nearby and stay small
            # ("à 7 345 points" is the level of an index)
            if scan.sentence_of(c.start) not in percent_sentences or abs(c.value) > 100:
                c.kind, c.unit = Kind.COUNT, None
                c.end = c.number_end or c.end
                c.tok_end = scan.token_at_or_after(c.end)
            c.tentative = None
        elif c.tentative is Tentative.ARTICLE:
            if not _coordinated(scan, c, previous) or _article_of_a_valued_noun(scan, c, values):
                continue
            c.tentative = None
        out.append(c)
        if c.kind in AMOUNT_KINDS:
            previous = c
    return out


def _coordinated(scan: Scan, c: Cand, previous: Cand | None) -> bool:
    """ "trois ouvriers du bâtiment et un agriculteur", "12 blessés, dont un grave"."""
    if previous is None or c.start - previous.end > fr.LIST_WINDOW or previous.kind is not Kind.COUNT:
        return False
    if scan.sentence_of(previous.start) != scan.sentence_of(c.start):
        return False
    i = scan.token_at_or_after(c.start)
    if i == 0:
        return False
    before = scan.tok(i - 1)
    return norm(before) in fr.LIST_CONNECTORS


def _article_of_a_valued_noun(scan: Scan, c: Cand, values: set[int]) -> bool:
    """Whether « un »/« une » is the article of a noun whose value the text gives or that
    names a portion, so it counts nothing even after « et » or « dont »: « 3 120 voix et un
    score de 41 % », « un taux de pénétration de 29,7 % », « dont une partie ». ``values``
    are the starts of the rates, amounts and measures of the text (« un agriculteur de 45
    ans » keeps its count: an age is none of them)."""
    j = c.tok_end
    if scan.is_word(j) and scan.norm(j) in fr.PORTION_NOUNS:
        return True
    for k in range(j, min(j + fr.VALUED_NOUN_AHEAD, scan.n - 2)):
        if scan.tk[k] == "p" and scan.tok(k) not in ("'", "’"):
            return False
        if scan.is_word(k, "de", "d"):
            nxt = k + 2 if scan.tk[k + 1] == "p" else k + 1
            if nxt < scan.n and scan.ts[nxt] in values:
                return True
    return False


#: Below this, a bare figure before a list's scale word takes the scale: « 50, 40 et 20
#: millions » (a figure of a thousand or more is read as it is written: « 1 500, 2 000 et
#: 3 millions » is no such list).
SHARED_SCALE_BELOW = 1000


def share_scale(scan: Scan, cands: list[Cand]) -> None:
    """« trois postes : 50, 40 et 20 millions »: the scale word (and the currency) of a list's
    last figure is that of the bare figures listed before it, comma-separated with the
    closing « et » or « ou » just before it. Each keeps its own span; its value, kind and
    unit become those of the last figure's reading."""
    for k in range(len(cands) - 1, 0, -1):
        last = cands[k]
        if last.scale is None or last.kind not in AMOUNT_KINDS:
            continue
        joint, i = SCALE_LIST_LAST, k - 1
        while i >= 0 and _bare(cands[i]) and joint.fullmatch(scan.text[cands[i].end : cands[i + 1].start]):
            c = cands[i]
            c.value, c.scale, c.kind, c.unit, c.plain = c.value * last.scale, last.scale, last.kind, last.unit, None
            joint, i = SCALE_LIST_COMMA, i - 1


def _bare(c: Cand) -> bool:
    """A figure written in digits with nothing after it: no scale, unit, bound or code."""
    if c.kind is not Kind.COUNT or c.scale is not None or c.unit is not None or c.words:
        return False
    if c.qualifier is not Qualifier.EXACT or c.value is None or isinstance(c.value, str):
        return False
    return c.value < SHARED_SCALE_BELOW
