"""Character classes and patterns of the figure reader that hold no French.

The French shapes (percent, currencies, cues, ranges...) are in
:mod:`globalchain_cli.lang.fr.grammar`.
"""

from __future__ import annotations

import re

#: Zero-width characters (space, word joiner, BOM) are not tokens: they fall in the gaps,
#: so "1\u200b374" stays one figure.
ZERO_WIDTH = "\u200b\u2060\ufeff"

TOKEN_RE = re.compile(rf"[0-9]+|[^\W\d_]+|[^\s{ZERO_WIDTH}]")

GROUP_SPACES = frozenset(" \u00a0\u202f\u2009\u2007" + ZERO_WIDTH)

INLINE_SPACE_CHARS = " \u00a0\u202f\u2009\u2007\t"

APOSTROPHES = frozenset("'’ʼ")

HYPHENS = frozenset("-‐‑")

MINUS_SIGNS = frozenset("-−")

OPENERS = frozenset(" \t\u00a0\u202f\n\r\"'«“(—–-")

SIGN_OK_BEFORE = frozenset(" \u00a0\u202f\t\n\r([{«\"'’:;/=")

TIME_COLON_RE = re.compile(r":(?P<min>[0-5][0-9])(?![0-9])")

URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"«»]+", re.I)

EMAIL_LEFT = re.compile(r"[\w.+-]{1,64}$")

EMAIL_RIGHT = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}")

SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s|$)|\n")

ROMAN_VALID_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
