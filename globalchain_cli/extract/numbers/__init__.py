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

Modules: :mod:`.scan` (the frozen :class:`~.scan.Scan` of the text every reader
receives, and the :class:`~.scan.Cand` being read), :mod:`.digits`,
:mod:`.number_words`, :mod:`.fractions`, :mod:`.units` (scale words, percent,
points, money, measures, clock times), then the passes :mod:`.ranges`,
:mod:`.classify` (years, codes, tentative readings) and :mod:`.bounds`. The
readers call one another (digits read a suffix, a suffix reads number words),
so they import each other as modules (``units.suffixes(scan, cand)``).

Limits and documented choices (the word lists, cue tables and tolerances are
in ``globalchain_cli/lang/fr/numbers.py`` and ``words.toml``, the French
patterns in ``globalchain_cli/lang/fr/grammar.py``):

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

import logging
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from globalchain_cli.model import Quantity

from . import bounds, classify, digits, number_words, ranges
from .scan import MAX_DIGITS, MAX_RUN_WORDS, Cand, Scan, to_number

__all__ = ["MAX_DIGITS", "MAX_RUN_WORDS", "find_numbers"]

log = logging.getLogger(__name__)


def _run(scan: Scan) -> list[Quantity]:
    """Read every figure left to right, then run the passes that need them all."""
    cands: list[Cand] = []
    i = 0
    while i < scan.n:
        if scan.blocked[i]:
            i += 1
            continue
        cand = at(scan, i)
        if cand is None:
            i += 1
            continue
        if not cand.silent:
            cands.append(cand)
        i = max(cand.tok_end, i + 1)
    cands = ranges.merge_ranges(scan, cands)
    classify.classify_context(scan, cands)
    cands = classify.resolve_tentative(scan, cands)
    classify.share_scale(scan, cands)
    bounds.attach_cues(scan, cands)
    return finish(scan, cands)


def at(scan: Scan, i: int) -> Cand | None:
    """The longest figure starting at token i, by the kind of that token."""
    k = scan.tk[i]
    if k == "d":
        return digits.digits_at(scan, i)
    if k == "p":
        return digits.punct_at(scan, i)
    return number_words.word_at(scan, i)


def finish(scan: Scan, cands: list[Cand]) -> list[Quantity]:
    """Drop overlaps, convert to :class:`Quantity`, sort by start."""
    result: list[Quantity] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.start < last_end or c.end <= c.start or scan.hits_block(c.start, c.end):
            continue
        q = quantity(scan, c)
        if q is not None:
            result.append(q)
            last_end = c.end
    return result


def quantity(scan: Scan, c: Cand) -> Quantity | None:
    """The reported form of a candidate; None when its value cannot be a number."""
    value = c.value
    if isinstance(value, (Decimal, int, float)):
        try:
            value = to_number(value)
        except (InvalidOperation, OverflowError, ValueError):
            return None
    cue_start = c.cue_start if c.cue is not None else None
    return Quantity(
        start=c.start,
        end=c.end,
        text=scan.text[c.start : c.end],
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


def _extract(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """The extractor without the safety net (tests call it to see real errors)."""
    return _run(Scan.of(text, skip))


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
