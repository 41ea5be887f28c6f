"""Fractions: vulgar fractions ("½"), "un tiers", "trois quarts", ordinals read as
fractions or ranks, "1 sur 3", mixed fractions ("2 et demi").
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from globalchain_cli.lang.fr import numbers as fr
from globalchain_cli.model import Kind, Qualifier

from . import digits, number_words, units
from .patterns import APOSTROPHES, HYPHENS
from .scan import Cand, Scan

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS


def vulgar_value(ch: str) -> float | None:
    """Value of a Unicode vulgar fraction ("½" -> 0.5), None for any other character."""
    if len(ch) != 1 or "VULGAR FRACTION" not in unicodedata.name(ch, ""):
        return None
    return unicodedata.numeric(ch, None)


def mixed_vulgar(scan: Scan, cand: Cand) -> Cand | None:
    """ "2 1/4" (an integer, a space, a fraction a/b with a < b)."""
    j = cand.tok_end
    if not (scan.ok(j) and scan.spaced(j) and scan.tk[j] == "d" and len(scan.tok(j)) == 1):
        return None
    if not (scan.is_punct(j + 1, "/") and scan.tight(j + 1) and scan.ok(j + 2) and scan.tight(j + 2)):
        return None
    if scan.tk[j + 2] != "d" or len(scan.tok(j + 2)) > 2 or scan.tight_letters(j + 3):
        return None
    if scan.is_punct(j + 3, "/") and scan.tight(j + 3):
        return None
    a, b = int(scan.tok(j)), int(scan.tok(j + 2))
    if not 0 < a < b or len(cand.plain or "") > 3:
        return None
    value = float(cand.value) + (a / b if cand.value >= 0 else -a / b)
    return Cand(cand.start, scan.te[j + 2], j + 3, Kind.FRACTION, value)


def article_fraction_at(scan: Scan, i: int) -> Cand | None:
    """ "la moitié", "une moitié", "de moitié", "le tiers", "le quart"."""
    nw = scan.norm(i)
    j = i + 1
    if not (scan.is_word(j) and scan.near(j)):
        return None
    nxt = scan.norm(j)
    if nxt == W.HALF_NOUN and nw in W.ONE_HALF_DETERMINERS:
        start = scan.ts[j] if nw == W.OF_WORD else scan.ts[i]
        return Cand(start, scan.te[j], j + 1, Kind.FRACTION, 0.5, words=True)
    if nw in W.DEFINITE_PLURAL and nxt in W.ARTICLE_FRACTION_NOUNS and not _quart_excluded(scan, j + 1):
        den = fr.FRACTION_NOUNS[nxt]
        return Cand(scan.ts[i], scan.te[j], j + 1, Kind.FRACTION, 1 / den, words=True)
    return None


def _quart_excluded(scan: Scan, j: int) -> bool:
    """ "quart de finale", "quart d'heure": fixed phrases, not fractions."""
    k = j
    if scan.is_word(k, *W.OF):
        k += 1
        if scan.is_punct(k, APOSTROPHES):
            k += 1
        return scan.is_word(k) and scan.norm(k) in fr.QUART_EXCLUDED_NEXT
    return False


def ordinal_or_fraction(scan: Scan, words: list[int], o: int) -> Cand | None:
    """Words followed by an ordinal or a fraction noun.

    "vingt-cinquième" is the rank 25, "trois cinquièmes" the ratio 0.6,
    "un vingt-cinquième" 0.04, "deux tiers" 0.667, "un demi-million" 500 000.
    """
    on = scan.norm(o)
    if on in fr.FRACTION_NOUNS:
        return _fraction_noun(scan, words, o, on)
    if on in fr.FIRST_ORDINALS or on in fr.SECOND_ORDINALS:
        if words:
            return None
        return _first_or_second(scan, o, on)
    base = fr.ORDINAL_WORDS[on[:-1] if on.endswith("s") and on not in fr.ORDINAL_WORDS else on]
    c = _compound_start(scan, words, o, base)
    rank = number_words.words_value(scan, words[c:], base)
    if rank is None:
        return None
    numerator = words[:c]
    if not numerator:
        return Cand(scan.ts[words[0] if words else o], scan.te[o], o + 1, Kind.ORDINAL, rank, words=True)
    num = number_words.words_value(scan, numerator)
    if num is None or rank < 3:
        return None
    if _whole_and_one(scan, numerator, on):
        # "vingt et un cinquième" (singular): 20 + 1/5; 21/5 would need "cinquièmes"
        whole = number_words.words_value(scan, numerator[:-2])
        if whole is not None:
            return Cand(scan.ts[words[0]], scan.te[o], o + 1, Kind.COUNT, whole + 1 / rank, words=True)
    if num == 1 and number_words.noun_follows(scan, o + 1):
        # "un troisième suspect": article + rank
        start = scan.ts[words[c]] if c < len(words) else scan.ts[o]
        return Cand(start, scan.te[o], o + 1, Kind.ORDINAL, rank, words=True)
    return Cand(scan.ts[words[0]], scan.te[o], o + 1, Kind.FRACTION, num / rank, words=True)


def _whole_and_one(scan: Scan, numerator: list[int], ordinal_norm: str) -> bool:
    """ "vingt et unième" is one rank (21st), not "vingt" and "un" over an ordinal."""
    return (
        not ordinal_norm.endswith("s")
        and len(numerator) >= 3
        and scan.norm(numerator[-2]) == W.AND
        and scan.norm(numerator[-1]) in W.ONE
    )


def _compound_start(scan: Scan, words: list[int], o: int, base: str) -> int:
    """Index in ``words`` where the compound ordinal begins (rest is the numerator)."""
    c = len(words)
    while c > 0:
        follower = words[c] if c < len(words) else o
        prev = scan.norm(words[c - 1])
        joined = scan.tight(follower) and scan.is_punct(follower - 1, HYPHENS)
        if joined or prev == W.AND or scan.norm(follower) == W.AND:
            c -= 1
            continue
        if c == len(words) and fr.CARDINAL_WORDS[prev][1] == "D" and fr.CARDINAL_WORDS.get(base, ("", ""))[1] == "U":
            c -= 1  # "vingt cinquième" written without its hyphen
            continue
        break
    if c < len(words):
        c = 1 if len(words) > 1 and scan.norm(words[0]) in W.ONE and c >= 1 else 0
    return c


def _fraction_noun(scan: Scan, words: list[int], o: int, on: str) -> Cand | None:
    """ "deux tiers", "trois quarts", "un quart", "un demi", "un demi-million"."""
    den = fr.FRACTION_NOUNS[on]
    if on in W.HALF:
        scale = _demi_scale(scan, o)
        if scale is not None:
            num = number_words.words_value(scan, words) if words else 1
            if num is None:
                return None
            end_tok = o + 3
            cand = Cand(
                scan.ts[words[0] if words else o],
                scan.te[end_tok - 1],
                end_tok,
                Kind.COUNT,
                Decimal(num) * scale / 2,
                words=True,
                scale=scale,
            )
            units.unit_suffixes(scan, cand, allow_de=True)
            return cand
        if not words or scan.norm(words[-1]) not in W.ONE or len(words) > 1:
            return None
        if scan.tight(o + 1) and scan.is_punct(o + 1, HYPHENS):
            return None
    if not words:
        return None
    if on.startswith("quart") and _quart_excluded(scan, o + 1):
        return None
    num = number_words.words_value(scan, words)
    if num is None:
        return None
    return Cand(scan.ts[words[0]], scan.te[o], o + 1, Kind.FRACTION, num / den, words=True)


def _demi_scale(scan: Scan, o: int) -> int | None:
    """The scale after "demi-" ("un demi-million" -> 1 000 000), None when there is none."""
    if scan.is_punct(o + 1, HYPHENS) and scan.tight(o + 1) and scan.is_word(o + 2) and scan.tight(o + 2):
        return fr.SCALE_WORDS.get(scan.norm(o + 2)) if scan.norm(o + 2) != W.THOUSAND else None
    return None


def _first_or_second(scan: Scan, o: int, on: str) -> Cand | None:
    """ "premier", "première" (not "Premier ministre"); "le second tour"."""
    nxt = scan.norm(o + 1) if scan.is_word(o + 1) else ""
    if on in fr.FIRST_ORDINALS:
        if nxt in W.TITLE_NOUNS:
            return None
        return Cand(scan.ts[o], scan.te[o], o + 1, Kind.ORDINAL, 1, words=True)
    if scan.prev_word(o) in fr.SECOND_DETERMINERS:
        return Cand(scan.ts[o], scan.te[o], o + 1, Kind.ORDINAL, 2, words=True)
    return None


def sur_fraction(scan: Scan, cand: Cand, numerator: int) -> Cand | None:
    """ "un sur dix", "deux trains sur trois", "1 Français sur 3" (value: the ratio)."""
    j = cand.tok_end
    middle = 0
    while middle < 3 and scan.is_word(j) and scan.near(j) and scan.norm(j) != W.OUT_OF:
        nw = scan.norm(j)
        if nw in fr.CARDINAL_WORDS or nw in fr.FUNCTION_WORDS:
            return None
        j += 1
        middle += 1
    if not (scan.is_word(j, W.OUT_OF) and scan.near(j) and scan.ok(j + 1) and scan.near(j + 1)):
        return None
    k = j + 1
    if scan.tk[k] == "d":
        value, nxt, _g, plain = digits.read_numeral(scan, k)
        if plain is None or scan.tight_letters(nxt) or scan.is_punct(nxt, ",.") and scan.tight(nxt):
            return None
        den = int(plain)
    elif scan.tk[k] == "w":
        words, ordinal = number_words.collect_run(scan, k)
        if not words or ordinal is not None:
            return None
        den = number_words.words_value(scan, words)
        nxt = words[-1] + 1
        if den is None:
            return None
    else:
        return None
    if not 0 < numerator <= den:
        return None
    return Cand(cand.start, scan.te[nxt - 1], nxt, Kind.FRACTION, numerator / den, words=cand.words)


def mixed_fraction(scan: Scan, cand: Cand) -> None:
    """ "un million et demi", "3 millions et demi", "cent et trois quarts"."""
    j = cand.tok_end
    if not (scan.is_word(j, W.AND) and scan.near(j) and scan.ok(j + 1) and scan.near(j + 1)):
        return
    if cand.qualifier is not Qualifier.EXACT:
        return
    frac = _fraction_expression(scan, j + 1)
    if frac is None:
        return
    value, end_tok, absolute = frac
    cand.value = cand.value + Decimal(str(value)) * (1 if absolute else cand.scale or 1)
    cand.end = scan.te[end_tok - 1]
    cand.tok_end = end_tok
    cand.plain = None


def _fraction_expression(scan: Scan, j: int) -> tuple[float, int, bool] | None:
    """After "et": "demi", "trois quarts", "un cinquième" (a ratio of the scale
    before) or "demi million", "demi-million" (an absolute value).

    Returns (value, next token, absolute).
    """
    if scan.is_word(j, *W.HALF):
        k = number_words.next_word(scan, j)
        if k is not None and scan.norm(k) in fr.SCALE_WORDS and scan.norm(k) != W.THOUSAND:
            return fr.SCALE_WORDS[scan.norm(k)] / 2, k + 1, True
        if not (scan.is_punct(j + 1, HYPHENS) and scan.tight(j + 1)):
            return 0.5, j + 1, False
        return None
    if not scan.is_word(j):
        return None
    words, ordinal = number_words.collect_run(scan, j)
    if not words or ordinal is None:
        return None
    cand = ordinal_or_fraction(scan, words, ordinal)
    if cand is None or cand.kind is not Kind.FRACTION or cand.tok_end != ordinal + 1:
        return None
    return float(cand.value), cand.tok_end, False
