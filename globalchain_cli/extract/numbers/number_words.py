"""Figures written in words: "trois cent vingt", approximate counts ("une dizaine"),
Roman ordinals ("XXe"), the article "un", the adjective "neuf", "virgule" decimals.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from globalchain_cli.lang.fr import numbers as fr
from globalchain_cli.lang.fr.grammar import CUE_RE, ROMAN_RE
from globalchain_cli.model import Kind, Qualifier

from . import digits, fractions, units
from .patterns import APOSTROPHES, HYPHENS, OPENERS, ROMAN_VALID_RE
from .scan import MAX_RUN_WORDS, Cand, Scan, Tentative, t2n

#: French words this module tests by name (lang/fr/words.toml).
W = fr.READER_WORDS


def word_at(scan: Scan, i: int) -> Cand | None:
    """A figure starting with the word at token i: currency code, Roman ordinal, fraction, words."""
    w = scan.tok(i)
    nw = scan.norm(i)
    if (w.isupper() or w.islower()) and w.upper() in fr.CURRENCY_CODES and len(w) == 3:
        return digits.currency_prefix(scan, i, i + 1, w.upper(), scan.ts[i])
    if scan.is_punct(i + 1, "$") and scan.tight(i + 1) and nw in fr.DOLLAR_VARIANTS:
        return digits.currency_prefix(scan, i, i + 2, fr.DOLLAR_VARIANTS[nw], scan.ts[i])
    roman = _roman_ordinal(scan, i)
    if roman is not None:
        return roman
    frac = fractions.vulgar_value(w)
    if frac is not None:
        return Cand(scan.ts[i], scan.te[i], i + 1, Kind.FRACTION, frac)
    for reader in (_collective_at, fractions.article_fraction_at, _minus_at, _word_number_at):
        cand = reader(scan, i)
        if cand is not None:
            return cand
    return None


def _roman_ordinal(scan: Scan, i: int) -> Cand | None:
    """ "XXe siècle", "IIe", "Ier", "Ve République"."""
    m = ROMAN_RE.fullmatch(scan.tok(i))
    if m is None or scan.tight_letters(i + 1) or (i > 0 and scan.tight(i) and scan.tk[i - 1] in "wd"):
        return None
    roman = m.group("roman")
    if len(roman) == 1 and roman not in "IVX":
        return None
    if not ROMAN_VALID_RE.fullmatch(roman):
        return None
    return Cand(scan.ts[i], scan.te[i], i + 1, Kind.ORDINAL, roman_value(roman))


def _collective_at(scan: Scan, i: int) -> Cand | None:
    """ "une dizaine", "une bonne centaine", "des centaines de milliers", "un millier"."""
    nw = scan.norm(i)
    if nw in fr.COLLECTIVE_ARTICLES:
        j = i + 1
        if scan.is_word(j) and scan.norm(j) in fr.COLLECTIVE_ADJECTIVES and scan.near(j):
            j += 1
        key = _collective_key(scan, j)
        if key is None or not scan.near(j) or key not in fr.COLLECTIVES:
            return None
        if key in fr.COLLECTIVES_NEEDING_DE and not _followed_by_de(scan, _after_key(scan, j, key)):
            return None
        value, low, high = fr.COLLECTIVES[key]
        end_tok = _after_key(scan, j, key)
        return _collective_cand(scan, i, end_tok, value, low, high)
    if nw in fr.VAGUE_DETERMINERS:
        j = i + 1
        if not (scan.is_word(j) and scan.near(j)):
            return None
        unit = fr.COLLECTIVE_PLURALS.get(scan.norm(j))
        if unit is None:
            return None
        lo, hi = fr.VAGUE_DETERMINERS[nw]
        # "des centaines": 200 to 999 (open top up to the next power); "quelques": up to 500
        return _collective_cand(scan, i, j + 1, lo * unit, lo * unit, hi * unit, open_top=unit if hi == 9 else 0)
    return None


def _collective_key(scan: Scan, j: int) -> str | None:
    """The key of an approximate count at token j ("dizaine", "demi-douzaine")."""
    if not scan.is_word(j):
        return None
    nw = scan.norm(j)
    if nw in W.HALF and scan.is_punct(j + 1, HYPHENS) and scan.is_word(j + 2, W.DOZEN):
        return W.HALF_DOZEN
    return nw


def _after_key(scan: Scan, j: int, key: str) -> int:
    """The token after the approximate-count word (three tokens for "demi-douzaine")."""
    return j + 3 if key == W.HALF_DOZEN else j + 1


def _followed_by_de(scan: Scan, j: int) -> bool:
    """ "de" or "d'" right after token j ("une centaine de", "des milliers d'")."""
    return scan.is_word(j, *W.OF) and scan.near(j)


def _collective_cand(scan: Scan, i: int, end_tok: int, value: int, low: int, high: int, open_top: int = 0) -> Cand:
    """An approximate count ("une dizaine", "des centaines de milliers") with its interval."""
    mult = collective_multiplier(scan, end_tok)
    if mult:
        end_tok += 2
    m = mult or 1
    if open_top:
        high = high + open_top - 1 / m  # "des dizaines de milliers": up to 99 999
    cand = Cand(
        scan.ts[i],
        scan.te[end_tok - 1],
        end_tok,
        Kind.COUNT,
        Decimal(value * m),
        qualifier=Qualifier.APPROXIMATE,
        low=Decimal(low * m),
        high=Decimal(round(high * m)),
        scale=m if mult else None,
    )
    units.unit_suffixes(scan, cand, allow_de=True)
    return cand


def collective_multiplier(scan: Scan, j: int) -> int | None:
    """ "(des dizaines) de milliers" -> 1000."""
    if scan.is_word(j, W.OF_WORD) and scan.near(j) and scan.is_word(j + 1) and scan.near(j + 1):
        return fr.COLLECTIVE_MULTIPLIERS.get(scan.norm(j + 1))
    return None


def _minus_at(scan: Scan, i: int) -> Cand | None:
    """ "moins 1200000", "moins cinq degrés": a negative figure."""
    if scan.norm(i) != W.MINUS or not scan.near(i + 1) or not scan.ok(i + 1):
        return None
    before = scan.prev_word(i)
    if before in W.NOT_A_SIGN_BEFORE_MINUS:
        return None
    if i > 0 and scan.tk[i - 1] == "d":
        return None
    j = i + 1
    if scan.tk[j] == "d":
        cand = digits.digits_at(scan, j)
    elif scan.tk[j] == "w" and scan.norm(j) in fr.CARDINAL_WORDS and scan.norm(j) not in W.ONE:
        cand = _word_number_at(scan, j)
    else:
        return None
    if cand is None or cand.kind not in (Kind.COUNT, Kind.MEASURE) or cand.tentative:
        return None
    cand.value = -cand.value
    cand.start = scan.ts[i]
    cand.plain = None
    return cand


def collect_run(scan: Scan, i: int) -> tuple[list[int], int | None]:
    """Cardinal words from token i, then an optional ordinal word."""
    words: list[int] = []
    prev_cls: str | None = None
    j: int | None = i
    while j is not None and scan.ok(j) and scan.tk[j] == "w" and len(words) < MAX_RUN_WORDS:
        nw = scan.norm(j)
        if _is_ordinal_word(nw):
            return words, j
        entry = fr.CARDINAL_WORDS.get(nw)
        if entry is not None:
            cls = entry[1]
            if prev_cls is not None and cls not in fr.NEXT_CLASSES[prev_cls]:
                break
            if cls == "D" and prev_cls == "U" and nw not in W.TWENTY:
                break
            words.append(j)
            prev_cls = cls
        elif nw == W.AND and words and scan.norm(words[-1]) in fr.TENS_WITH_ET and _et_joins(scan, j):
            words.append(j)
            prev_cls = "E"
        else:
            break
        j = next_word(scan, j)
    if words and prev_cls == "E":
        words.pop()
    return words, None


def next_word(scan: Scan, j: int) -> int | None:
    """The word joined to word j by 1-3 spaces or one hyphen, if any."""
    k = j + 1
    if not scan.ok(k):
        return None
    if scan.tk[k] == "w" and scan.spaced(k):
        return k
    if scan.is_punct(k, HYPHENS) and scan.tight(k) and scan.ok(k + 1) and scan.tight(k + 1):
        return k + 1 if scan.tk[k + 1] == "w" else None
    return None


def _hyphen_before(scan: Scan, j: int) -> bool:
    """Token j is glued to a hyphen before it ("vingt-deux")."""
    return scan.tight(j) and scan.is_punct(j - 1, HYPHENS)


def _et_joins(scan: Scan, j: int) -> bool:
    """ "et" at token j joins a tens word to "un" or "onze" ("vingt et un", "soixante et onze")."""
    k = next_word(scan, j)
    if k is None:
        return False
    nk = scan.norm(k)
    return nk in W.ONE_OR_ELEVEN or nk in W.ORDINAL_ONE_OR_ELEVEN


def _is_ordinal_word(nw: str) -> bool:
    """The normalised word is an ordinal or a fraction noun ("cinquième", "tiers", "quarts")."""
    return (
        nw in fr.ORDINAL_WORDS
        or (nw.endswith("s") and nw[:-1] in fr.ORDINAL_WORDS)
        or nw in fr.FIRST_ORDINALS
        or nw in fr.SECOND_ORDINALS
        or nw in fr.FRACTION_NOUNS
    )


def _words_string(scan: Scan, words: Sequence[int], last: str | None = None) -> str:
    """The canonical string given to text2num for these word tokens."""
    parts: list[str] = []
    for n, j in enumerate(words):
        if n:
            hyphen = _hyphen_before(scan, j)
            if hyphen and scan.norm(j) in W.ONE and scan.norm(words[n - 1]) in fr.TENS_WITH_ET:
                parts.append(f" {W.AND} ")  # "vingt-un", older spelling of "vingt et un"
                parts.append(scan.norm(j))
                continue
            parts.append("-" if hyphen else " ")
        parts.append(fr.CARDINAL_WORDS[scan.norm(j)][0] if scan.norm(j) != W.AND else W.AND)
    if last is not None:
        if parts:
            parts.append(" ")
        parts.append(last)
    return "".join(parts)


def words_value(scan: Scan, words: Sequence[int], last: str | None = None) -> int | None:
    """Value of cardinal words (plus an optional final cardinal), billion included."""
    if last in W.BILLION:
        if not words:
            return 10**12
        v = words_value(scan, words)
        return None if v is None else v * 10**12
    if not words and last is None:
        return None
    return t2n(_words_string(scan, words, last))


def _word_number_at(scan: Scan, i: int) -> Cand | None:
    """A figure in words starting at token i: cardinal, ordinal or fraction ("trois cent vingt")."""
    nw = scan.norm(i)
    if nw not in fr.CARDINAL_WORDS and not _is_ordinal_word(nw):
        return None
    if _hyphen_before(scan, i) and scan.ok(i - 2) and scan.tk[i - 2] == "w" and scan.tight(i - 1):
        return None  # "Pont-Neuf", "Sainte-Trois..." : part of a name
    words, ordinal = collect_run(scan, i)
    last = ordinal if ordinal is not None else (words[-1] if words else i)
    if _glued_to_name(scan, last):
        return None  # "Deux-Sèvres", "Sept-Îles", "Trois-Rivières"
    if ordinal is not None:
        cand = fractions.ordinal_or_fraction(scan, words, ordinal)
        if cand is not None:
            return cand
    if not words:
        return None
    for length in range(len(words), 0, -1):
        sub = words[:length]
        if scan.norm(sub[-1]) == W.AND:
            continue
        value = words_value(scan, sub)
        if value is not None:
            return _cardinal(scan, sub, value)
    return None


def _glued_to_name(scan: Scan, j: int) -> bool:
    """Word j is hyphenated to a following word that is not a number word."""
    k = j + 1
    if not (scan.is_punct(k, HYPHENS) and scan.tight(k) and scan.ok(k + 1) and scan.tight(k + 1)):
        return False
    if scan.tk[k + 1] != "w":
        return False
    nk = scan.norm(k + 1)
    return nk not in fr.CARDINAL_WORDS and not _is_ordinal_word(nk) and nk not in fr.SCALE_WORDS


def noun_follows(scan: Scan, j: int) -> bool:
    """A content word follows token j-1 (so the figure qualifies a noun)."""
    return scan.is_word(j) and scan.near(j) and scan.norm(j) not in fr.FUNCTION_WORDS


def _cardinal(scan: Scan, words: list[int], value: int) -> Cand | None:
    """A cardinal read from words, with what may follow it."""
    cand = Cand(scan.ts[words[0]], scan.te[words[-1]], words[-1] + 1, Kind.COUNT, Decimal(value), words=True)
    last = scan.norm(words[-1])
    if last in fr.SCALE_WORDS and len(words) > 1:
        cand.scale = fr.SCALE_WORDS[last]
    single = scan.norm(words[0]) if len(words) == 1 else None
    if single == W.HUNDRED and scan.prev_word(words[0]) == W.PER and not noun_follows(scan, cand.tok_end):
        return None
    virgule = _virgule(scan, cand)
    if virgule is not None:
        return virgule
    sur = fractions.sur_fraction(scan, cand, numerator=value)
    if sur is not None:
        return sur
    if single == W.NEW_ADJECTIVE and _neuf_is_adjective(scan, words[0]):
        return None
    units.suffixes(scan, cand, words=True)
    if single in W.ONE and cand.kind is Kind.COUNT and cand.scale is None:
        if cand.value != 1 or cand.qualifier is not Qualifier.EXACT:
            return cand  # "un et demi", "une douzaine"...
        return _lone_un(scan, cand, words[0])
    return cand


def _lone_un(scan: Scan, cand: Cand, i: int) -> Cand | None:
    """ "un"/"une" alone: the count 1 only at a clause end, else tentative."""
    before = i - 1
    if (
        before >= 1
        and scan.tk[before] == "p"
        and scan.tok(before) in APOSTROPHES
        and scan.norm(before - 1) == W.ELIDED_ARTICLE
    ):
        return None  # "l'un"
    if scan.prev_word(i) in W.DEFINITE or (scan.tok(i)[0].isupper() and not _sentence_initial(scan, i)):
        return None  # "à la une", "la Une de Libé"
    j = cand.tok_end
    if not scan.ok(j) or (scan.tk[j] == "p" and scan.tok(j) not in HYPHENS and scan.tok(j) not in APOSTROPHES):
        return cand
    if scan.is_word(j, *W.ALONE) and scan.near(j):
        return cand  # "un seul mort"
    if CUE_RE.search(scan.window(cand.start, 30)[1]) and noun_follows(scan, j):
        return cand  # "au moins un mort", "plus d'un agriculteur"
    if noun_follows(scan, j):
        cand.tentative = Tentative.ARTICLE
        return cand
    return None


def _sentence_initial(scan: Scan, i: int) -> bool:
    """Token i opens its sentence (after spaces, quotes, dashes or brackets)."""
    k = scan.ts[i] - 1
    while k >= 0 and scan.text[k] in OPENERS:
        k -= 1
    return k < 0 or scan.sentence_start(scan.ts[i]) == k + 1


def _neuf_is_adjective(scan: Scan, i: int) -> bool:
    """ "un véhicule neuf", "tout neuf", "remis à neuf": the adjective "new"."""
    prev = scan.prev_word(i)
    if prev is None:
        return False
    if prev in fr.NEUF_ADJECTIVE_BEFORE:
        return True
    j = i + 1
    next_is_free = not scan.is_word(j) or scan.norm(j) in fr.FUNCTION_WORDS
    if prev in ("a",) and i >= 2:
        before = scan.prev_word(i - 1)
        return before in fr.NEUF_ADJECTIVE_BEFORE and next_is_free
    content_before = prev not in fr.FUNCTION_WORDS and prev not in fr.CARDINAL_WORDS
    return content_before and next_is_free and scan.tk[i - 1] == "w"


def _virgule(scan: Scan, cand: Cand) -> Cand | None:
    """ "deux cent virgule cinquante deux" -> 200.52."""
    j = cand.tok_end
    if not (scan.is_word(j, W.DECIMAL_COMMA) and scan.near(j) and scan.ok(j + 1) and scan.near(j + 1)):
        return None
    words, _ = collect_run(scan, j + 1)
    zeros = 0
    while zeros < len(words) and scan.norm(words[zeros]) == W.ZERO:
        zeros += 1
    rest = words[zeros:]
    digits = "0" * zeros
    if rest:
        v = words_value(scan, rest)
        if v is None:
            return None
        digits += str(v)
    if not digits:
        return None
    value = cand.value + Decimal("0." + digits)
    out = Cand(cand.start, scan.te[words[-1]], words[-1] + 1, Kind.COUNT, value, words=True)
    units.suffixes(scan, out, words=True)
    return out


def roman_value(roman: str) -> int:
    """Value of a valid Roman numeral (\"XIV\" -> 14)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for k, ch in enumerate(roman):
        v = values[ch]
        if k + 1 < len(roman) and values[roman[k + 1]] > v:
            total -= v
        else:
            total += v
    return total
