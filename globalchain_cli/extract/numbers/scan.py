"""The scanned text shared by every reader: tokens, blocked spans, sentences.

A :class:`Scan` is built once per text and passed to every reader as its first
argument; a :class:`Cand` is one figure being read.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import lru_cache

from text_to_num import text2num

from globalchain_cli.lang.fr.grammar import SWISS_RE, norm
from globalchain_cli.model import Kind, Qualifier

from .patterns import APOSTROPHES, EMAIL_LEFT, EMAIL_RIGHT, INLINE_SPACE_CHARS, SENTENCE_END_RE, TOKEN_RE, URL_RE

#: A run of more digits than this (not counting separators) is not a quantity.
MAX_DIGITS = 30
#: Longest run of number words read as one number.
MAX_RUN_WORDS = 40


@lru_cache(maxsize=4096)
def t2n(words: str) -> int | None:
    """text2num on a normalised word string, None when it is not one number."""
    try:
        return int(text2num(words, "fr"))
    except Exception:  # text2num raises ValueError, and a few others on odd input
        return None


class Tentative(Enum):
    """A reading kept until the whole sentence is known (see ``classify.resolve_tentative``)."""

    #: "un"/"une" read as the count 1 only when coordinated with a count ("trois ouvriers et un agriculteur")
    ARTICLE = "article"
    #: "points" read as percentage points only when the sentence holds a percentage
    POINTS = "points"


# --- candidates --------------------------------------------------------------


@dataclass
class Cand:
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
    tentative: Tentative | None = None  # a reading the sentence confirms later
    number_end: int | None = None  # end of the bare number, for tentative points
    silent: bool = False  # consumed but not reported (too long, excluded)


def to_number(v: Decimal | int | float) -> int | float:
    """Decimal -> int when integral, else float."""
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            return int(v)
        return float(v)
    return v


# --- the scanned text --------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class Scan:
    """One text cut into tokens, with what every reader asks about it.

    Built once by :meth:`of`; the readers receive it as their first argument
    and never change it (``norms`` is only a cache of :func:`norm` per token).
    Tokens are runs of ASCII digits (kind ``"d"``), runs of letters (``"w"``)
    and single other characters (``"p"``); ``ts``/``te`` hold their offsets.
    """

    text: str
    ts: list[int]
    te: list[int]
    tk: list[str]
    blocked_spans: list[tuple[int, int]]
    blocked: bytearray
    sentence_ends: list[int]
    swiss: bool
    norms: list[str | None]
    n: int  # number of tokens
    n_chars: int

    @classmethod
    def of(cls, text: str, skip: Sequence[tuple[int, int]]) -> Scan:
        """Tokenise ``text``; tokens inside ``skip``, URLs and e-mail addresses are blocked."""
        starts: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        for m in TOKEN_RE.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
            c = text[m.start()]
            kinds.append("d" if "0" <= c <= "9" else ("w" if c.isalpha() or c.isalnum() else "p"))
        spans = _blocked_spans(text, skip)
        return cls(
            text=text,
            ts=starts,
            te=ends,
            tk=kinds,
            blocked_spans=spans,
            blocked=_block_tokens(spans, starts, ends),
            sentence_ends=[m.end() for m in SENTENCE_END_RE.finditer(text)],
            swiss=SWISS_RE.search(text) is not None,
            norms=[None] * len(starts),
            n=len(starts),
            n_chars=len(text),
        )

    # ---- token helpers ----

    def tok(self, i: int) -> str:
        """The text of token i."""
        return self.text[self.ts[i] : self.te[i]]

    def norm(self, i: int) -> str:
        """Normalised form of token i (see :func:`norm`), computed once."""
        v = self.norms[i]
        if v is None:
            v = norm(self.tok(i))
            self.norms[i] = v
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
        return 0 < b - a <= 3 and not self.text[a:b].strip(INLINE_SPACE_CHARS)

    def near(self, i: int) -> bool:
        """Token i touches token i-1 or follows it after 1-3 inline spaces."""
        return self.tight(i) or self.spaced(i)

    def is_word(self, i: int, *norms: str) -> bool:
        """Token i is a word (one of ``norms`` when given), outside the skip spans."""
        return self.ok(i) and self.tk[i] == "w" and (not norms or self.norm(i) in norms)

    def is_punct(self, i: int, chars: frozenset[str] | str) -> bool:
        """Token i is one of the single characters ``chars``, outside the skip spans."""
        return self.ok(i) and self.tk[i] == "p" and self.tok(i) in chars

    def token_at_or_after(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.ts, pos)

    def prev_word(self, i: int) -> str | None:
        """Normalised word right before token i (skipping one apostrophe)."""
        j = i - 1
        if j >= 0 and self.tk[j] == "p" and self.tok(j) in APOSTROPHES:
            j -= 1
        if j >= 0 and self.tk[j] == "w" and "\n" not in self.gap(j + 1):
            return self.norm(j)
        return None

    def hits_block(self, a: int, b: int) -> bool:
        """True when [a, b) overlaps a skip span."""
        k = bisect.bisect_right(self.blocked_spans, (a, self.n_chars + 1)) - 1
        return any(s < b and a < e for s, e in self.blocked_spans[max(k, 0) : k + 2])

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding ``pos``."""
        return bisect.bisect_right(self.sentence_ends, pos)

    def sentence_start(self, pos: int) -> int:
        """Offset where the sentence holding ``pos`` starts."""
        k = bisect.bisect_right(self.sentence_ends, pos)
        return self.sentence_ends[k - 1] if k > 0 else 0

    def window(self, pos: int, size: int) -> tuple[int, str]:
        """Up to ``size`` characters before ``pos``, within its sentence."""
        start = max(0, pos - size, self.sentence_start(pos))
        return start, self.text[start:pos]

    def tight_letters(self, j: int) -> bool:
        """Token j is a word or digits glued to the token before it."""
        return self.ok(j) and self.tight(j) and self.tk[j] in "wd"


def _blocked_spans(text: str, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``skip`` spans, URLs and e-mail addresses, sorted and merged."""
    spans = []
    for item in skip or ():
        try:
            s, e = int(item[0]), int(item[1])
        except (TypeError, ValueError, IndexError):
            continue
        if e > s:
            spans.append((max(s, 0), min(e, len(text))))
    spans.extend(_url_and_email_spans(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _url_and_email_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses, whose digits are never figures."""
    spans = [(m.start(), m.end()) for m in URL_RE.finditer(text)]
    at = text.find("@")
    while at != -1:
        left = EMAIL_LEFT.search(text, max(0, at - 64), at)
        right = EMAIL_RIGHT.match(text, at + 1)
        s = left.start() if left else at
        e = right.end() if right else at + 1
        spans.append((s, e))
        at = text.find("@", e)
    return spans


def _block_tokens(spans: list[tuple[int, int]], ts: list[int], te: list[int]) -> bytearray:
    """One flag per token: 1 when it overlaps a blocked span."""
    blocked = bytearray(len(ts))
    for s, e in spans:
        i = bisect.bisect_right(te, s)
        while i < len(ts) and ts[i] < e:
            blocked[i] = 1
            i += 1
    return blocked


# ---- main loop ----
