"""The prose of a file: what a reader reads, with a map back to the source.

``prose_view(text, fmt)`` returns a ``Prose``: ``.text`` is the file's prose
with markup removed and HTML entities decoded, and ``to_source_span`` maps any
span of ``.text`` back to the exact span of the original text it came from, so
that ``**1 374** victimes`` is read as ``1 374 victimes`` and a claim on
``1 374`` still points at ``1 374`` in the file.

Formats:

* ``text``: the text itself, identity offsets, except that gcheck directives
  (``<!-- gcheck: ... -->``) are replaced by spaces of the same length;
* ``markdown``: CommonMark/GFM structure removed: front matter, fenced and
  indented code, code spans, heading/list/blockquote markers, emphasis
  delimiters, strikethrough (``~~x~~``, whose text is removed: it was
  withdrawn), link syntax (the link text stays), images (removed with their
  alt text), autolinks and bare URLs, reference and footnote definitions
  markers, table delimiter rows, raw HTML tags and comments (directives
  included); entities are decoded;
* ``html``: tags and comments removed; the content of ``script``, ``style``,
  ``template``, ``noscript``, ``svg``, ``math``, ``textarea`` and of the
  strikethrough elements ``del``/``s``/``strike`` removed; entities decoded as
  browsers do (legacy names without ``;`` included); bare URLs removed.

Every line break of the source is kept in ``.text`` (also those inside removed
code and comments), so sentences never merge across lines; block-level HTML
tags (``p``, ``div``, ``br``, ``li``, ``h1``–``h6``, ``tr``...) add a line break
when none is there, table cells and images a space.

The Markdown reader is a pragmatic, non-recursive subset of CommonMark
(linear time, any nesting depth): it aims at never reading markup as prose and
never losing prose, not at rendering HTML.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from bisect import bisect_left, bisect_right
from html.entities import html5 as _HTML5

from .suppress import DIRECTIVE_RE

__all__ = ["FORMATS", "Prose", "format_for", "prose_view"]

FORMATS = ("text", "markdown", "html")

_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mkdn": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def format_for(path: str) -> str:
    """The format of a file by its extension: ``markdown``, ``html`` or ``text``."""
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


class Prose:
    """Prose text with a map from its offsets back to the source text.

    The map is a list of segments: a run copied from the source maps
    character by character; a decoded entity maps every character it produced
    to the whole entity; an added line break or space maps to an empty span at
    the markup that caused it. Offsets into ``.text`` go from 0 to
    ``len(.text)``.
    """

    __slots__ = ("text", "source", "fmt", "_pstart", "_s0", "_s1", "_n")

    def __init__(
        self,
        text: str,
        source: str,
        fmt: str,
        segments: tuple[list[int], list[int], list[int], list[int]] | None = None,
    ) -> None:
        self.text = text
        self.source = source
        self.fmt = fmt
        if segments is None:
            self._pstart = self._s0 = self._s1 = self._n = None
        else:
            self._pstart, self._s0, self._s1, self._n = segments

    def __repr__(self) -> str:
        return f"Prose(fmt={self.fmt!r}, text={self.text[:60]!r}{'...' if len(self.text) > 60 else ''})"

    @property
    def identity(self) -> bool:
        """True when ``.text`` offsets are source offsets (plain text)."""
        return self._pstart is None

    def _char(self, i: int) -> tuple[int, int]:
        k = bisect_right(self._pstart, i) - 1
        s0, s1, n = self._s0[k], self._s1[k], self._n[k]
        if s1 - s0 == n:
            off = s0 + i - self._pstart[k]
            return off, off + 1
        return s0, s1

    def _check(self, offset: int) -> None:
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} hors du texte (0..{len(self.text)})")

    def to_source(self, offset: int) -> int:
        """Source offset where the prose character at ``offset`` starts (end of the prose: where it ends)."""
        self._check(offset)
        if self._pstart is None:
            return offset
        if offset == len(self.text):
            return self._s1[-1] if self._s1 else 0
        return self._char(offset)[0]

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the prose span ``start:end``: from its first character's start to its last's end."""
        self._check(start)
        self._check(end)
        if end < start:
            raise ValueError(f"span inversé : {start}..{end}")
        if self._pstart is None:
            return start, end
        if start == end:
            p = self.to_source(start)
            return p, p
        return self._char(start)[0], self._char(end - 1)[1]


def prose_view(text: str, fmt: str) -> Prose:
    """The prose of ``text`` read as ``fmt`` (``text``, ``markdown`` or ``html``)."""
    if fmt == "text":
        text_masked = DIRECTIVE_RE.sub(lambda m: " " * (m.end() - m.start()), text) if "<!--" in text else text
        return Prose(text_masked, text, "text")
    out = _Out(text)
    if fmt == "markdown":
        _Markdown(text, out).run()
    elif fmt == "html":
        _Inline(text, [(0, len(text))], out, markdown=False).run()
    else:
        raise ValueError(f"format inconnu : {fmt!r} (attendu : {', '.join(FORMATS)})")
    return out.prose(fmt)


# ---------------------------------------------------------------------------
# Output builder, in source coordinates


class _Out:
    __slots__ = ("src", "parts", "pstart", "s0", "s1", "n", "length")

    def __init__(self, src: str) -> None:
        self.src = src
        self.parts: list[str] = []
        self.pstart: list[int] = []
        self.s0: list[int] = []
        self.s1: list[int] = []
        self.n: list[int] = []
        self.length = 0

    def copy(self, a: int, b: int) -> None:
        if a >= b:
            return
        n = b - a
        if self.n and self.s1[-1] == a and self.s1[-1] - self.s0[-1] == self.n[-1]:
            self.s1[-1] = b
            self.n[-1] += n
        else:
            self.pstart.append(self.length)
            self.s0.append(a)
            self.s1.append(b)
            self.n.append(n)
        self.parts.append(self.src[a:b])
        self.length += n

    def atom(self, text: str, a: int, b: int) -> None:
        """``text`` stands for the source span ``a:b`` as a whole (entity, added break)."""
        if not text:
            return
        self.pstart.append(self.length)
        self.s0.append(a)
        self.s1.append(b)
        self.n.append(len(text))
        self.parts.append(text)
        self.length += len(text)

    def prose(self, fmt: str) -> Prose:
        return Prose("".join(self.parts), self.src, fmt, (self.pstart, self.s0, self.s1, self.n))


# ---------------------------------------------------------------------------
# Inline reading (Markdown inlines, raw HTML), on one block at a time

_COPY, _ATOM, _SYNTH = 0, 1, 2

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_NL = re.compile(r"\r\n|\r|\n")
_BREAK_CHAR = re.compile(r"[\r\n]")
_MD_SPECIAL = re.compile(r"[\\`*_~\[\]!<&]|(?<![^\s*_~(>])(?:https?://|www\.)", re.I)
_HTML_SPECIAL = re.compile(r"[<&]|(?<![^\s(>])(?:https?://|www\.)", re.I)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]*", re.I)
_BACKTICKS = re.compile(r"`+")
_MD_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_HTML_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,100}\]")
_LABEL = re.compile(r"\[((?:[^\[\]\\]|\\.){0,999})\]", re.S)
_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*)>"
)
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_MD_ATTR_NAME = re.compile(r"\s+[A-Za-z_:][A-Za-z0-9_.:\-]*")
_MD_ATTR_EQ = re.compile(r"\s*=\s*")
_MD_ATTR_UNQUOTED = re.compile(r"[^\s\"'=<>`]+")
_MD_TAG_END = re.compile(r"\s*(/?)>")
_MD_CLOSE_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9\-]*)\s*>")
_HTML_TAG_BODY = re.compile(r"[^>=]*")
_SPACES = re.compile(r"\s*")
_HSPACE = re.compile(r"[ \t]*")

#: Tags that end a line of prose.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "optgroup", "option", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "title", "tr", "ul",
    }
)  # fmt: skip
#: Tags that separate words.
_SPACE_TAGS = frozenset({"td", "th", "img", "input", "wbr"})
#: Elements whose content is not prose, up to their end tag (or the end of the text when it is missing).
_RAW_TAGS = frozenset({"script", "style", "template", "noscript", "svg", "math", "textarea"})
#: Struck-out text (withdrawn figures), removed when the end tag is there.
_STRIKE_TAGS = frozenset({"del", "s", "strike"})
_CLOSE_CACHE: dict[str, re.Pattern[str]] = {}


def _close_tag(name: str) -> re.Pattern[str]:
    pattern = _CLOSE_CACHE.get(name)
    if pattern is None:
        pattern = _CLOSE_CACHE[name] = re.compile(rf"</{re.escape(name)}(?=[\s/>]|$)[^>]*>?", re.I)
    return pattern


def _is_ws(c: str) -> bool:
    return not c or c.isspace()


def _is_punct(c: str) -> bool:
    return c in _ASCII_PUNCT or (c >= "\x80" and unicodedata.category(c)[0] in "PS")


def _norm_label(label: str) -> str:
    return " ".join(label.split()).casefold()


class _Finder:
    """``str.find`` that remembers its last answer per needle: repeated searches stay linear."""

    __slots__ = ("s", "cache")

    def __init__(self, s: str) -> None:
        self.s = s
        self.cache: dict[object, tuple[int, int, int]] = {}

    def find(self, needle: str, start: int) -> int:
        hit = self.cache.get(needle)
        if hit is not None and hit[0] <= start and (hit[1] == -1 or start <= hit[1]):
            return hit[1]
        res = self.s.find(needle, start)
        self.cache[needle] = (start, res, 0)
        return res

    def search(self, pattern: re.Pattern[str], start: int) -> tuple[int, int]:
        """(start, end) of the next match of ``pattern`` at or after ``start``, or (-1, -1)."""
        hit = self.cache.get(pattern)
        if hit is not None and hit[0] <= start and (hit[1] == -1 or start <= hit[1]):
            return hit[1], hit[2]
        m = pattern.search(self.s, start)
        res = (m.start(), m.end()) if m else (-1, -1)
        self.cache[pattern] = (start, *res)
        return res


class _Delim:
    """A run of ``*``, ``_`` or ``~~`` that may open or close emphasis."""

    __slots__ = ("char", "op", "start", "length", "left", "can_open", "can_close", "lo", "hi")

    def __init__(self, char: str, op: int, start: int, length: int, can_open: bool, can_close: bool) -> None:
        self.char = char
        self.op = op  # index of its placeholder in the op list
        self.start = start
        self.length = length  # original length (rule of 3)
        self.left = length  # delimiters not yet used
        self.can_open = can_open
        self.can_close = can_close
        self.lo = 0  # the literal characters left are start+lo .. start+hi
        self.hi = length


class _Inline:
    """Reads one block: its source ``ranges`` are joined into one virtual string ``vp``.

    Output ops are in ``vp`` coordinates: ``[_COPY, a, b, None]`` copies
    ``vp[a:b]``, ``[_ATOM, a, b, text]`` writes ``text`` for ``vp[a:b]``,
    ``[_SYNTH, a, 0, text]`` writes ``text`` at ``vp[a]``.
    """

    def __init__(
        self,
        src: str,
        ranges: list[tuple[int, int]],
        out: _Out,
        markdown: bool,
        refs: frozenset[str] = frozenset(),
    ) -> None:
        self.src = src
        self.out = out
        self.md = markdown
        self.refs = refs
        if len(ranges) == 1 and ranges[0] == (0, len(src)):
            self.vp = src
        else:
            self.vp = "".join(src[s:e] for s, e in ranges)
        self.vstarts: list[int] = []
        self.sstarts: list[int] = []
        self.ssizes: list[int] = []
        v = 0
        for s, e in ranges:
            if e > s:
                self.vstarts.append(v)
                self.sstarts.append(s)
                self.ssizes.append(e - s)
                v += e - s
        self.ops: list[list] = []
        self.delims: list[_Delim] = []
        self.brackets: list[tuple[int, int, bool]] = []  # (op index, vp position, image)
        self.struck: list[tuple[int, int]] = []  # op index ranges of struck-out text
        self.finder = _Finder(self.vp)
        self._ticks: dict[int, list[int]] | None = None
        self._break_positions: list[int] | None = None

    # -- helpers -------------------------------------------------------------

    def _v2s(self, v: int) -> int:
        k = bisect_right(self.vstarts, v) - 1
        return self.sstarts[k] + v - self.vstarts[k]

    def copy(self, a: int, b: int) -> None:
        if a < b:
            self.ops.append([_COPY, a, b, None])

    def _breaks(self) -> list[int]:
        """Positions of the ``\\r`` and ``\\n`` characters of ``vp``."""
        if self._break_positions is None:
            self._break_positions = [m.start() for m in _BREAK_CHAR.finditer(self.vp)]
        return self._break_positions

    def _breaks_in(self, a: int, b: int) -> list[int]:
        breaks = self._breaks()
        return breaks[bisect_left(breaks, a) : bisect_left(breaks, b)]

    def drop(self, a: int, b: int) -> None:
        """Remove ``vp[a:b]`` but keep its line breaks."""
        for p in self._breaks_in(a, b):
            self.ops.append([_COPY, p, p + 1, None])

    def _last_char(self) -> str:
        for op in reversed(self.ops):
            if op[0] == _COPY:
                if op[2] > op[1]:
                    return self.vp[op[2] - 1]
            elif op[3]:
                return op[3][-1]
        return ""

    def separate(self, sep: str, at: int, after: int) -> None:
        """Add ``sep`` (line break or space) at ``vp[at]`` unless whitespace is already there."""
        last = self._last_char()
        if not last or last in "\r\n" or (sep == " " and last.isspace()):
            return
        nxt = _HSPACE.match(self.vp, after).end()
        if nxt >= len(self.vp) or self.vp[nxt] in "\r\n" or (sep == " " and nxt > after):
            return
        self.ops.append([_SYNTH, at, 0, sep])

    # -- main loop -----------------------------------------------------------

    def run(self) -> None:
        vp = self.vp
        n = len(vp)
        special = _MD_SPECIAL if self.md else _HTML_SPECIAL
        i = 0
        while i < n:
            m = special.search(vp, i)
            if m is None:
                self.copy(i, n)
                break
            j = m.start()
            self.copy(i, j)
            c = vp[j]
            if c == "<":
                i = self._angle(j)
            elif c == "&":
                i = self._entity(j)
            elif c in "hHwW":
                i = self._bare_url(j)
            elif c == "\\":
                i = self._backslash(j)
            elif c == "`":
                i = self._code_span(j)
            elif c in "*_~":
                i = self._delimiter(j)
            elif c == "!":
                if j + 1 < n and vp[j + 1] == "[":
                    self.brackets.append((len(self.ops), j, True))
                    self.copy(j, j + 2)
                    i = j + 2
                else:
                    self.copy(j, j + 1)
                    i = j + 1
            elif c == "[":
                fm = _FOOTNOTE_REF.match(vp, j)
                if fm:
                    self.drop(j, fm.end())
                    i = fm.end()
                else:
                    self.brackets.append((len(self.ops), j, False))
                    self.copy(j, j + 1)
                    i = j + 1
            else:  # "]"
                i = self._close_bracket(j)
        if self.delims:
            self._emphasis()
        self._emit()

    def _struck_mask(self) -> bytearray:
        mask = bytearray(len(self.ops))
        reach = 0
        for a, b in sorted(self.struck):
            a = max(a, reach)
            if a < b:
                mask[a:b] = b"\x01" * (b - a)
                reach = b
        return mask

    def _emit(self) -> None:
        out, vp = self.out, self.vp
        vstarts, sstarts, ssizes = self.vstarts, self.sstarts, self.ssizes
        mask = self._struck_mask() if self.struck else None
        for index, (kind, a, b, text) in enumerate(self.ops):
            if mask is not None and mask[index]:  # struck out: only its line breaks stay
                if kind != _SYNTH:
                    for p in self._breaks_in(a, b):
                        s = self._v2s(p)
                        out.copy(s, s + 1)
                continue
            if kind == _COPY:
                if a >= b:
                    continue
                k = bisect_right(vstarts, a) - 1
                while a < b:
                    chunk = min(b, vstarts[k] + ssizes[k])
                    s = sstarts[k] + a - vstarts[k]
                    out.copy(s, s + chunk - a)
                    a = chunk
                    k += 1
            elif kind == _ATOM:
                out.atom(text, self._v2s(a), self._v2s(b - 1) + 1)
            else:
                p = self._v2s(a) if a < len(vp) else (self._v2s(a - 1) + 1 if a else sstarts[0])
                out.atom(text, p, p)

    # -- constructs ----------------------------------------------------------

    def _backslash(self, j: int) -> int:
        vp = self.vp
        nxt = vp[j + 1] if j + 1 < len(vp) else ""
        if nxt and nxt in _ASCII_PUNCT:
            self.copy(j + 1, j + 2)  # the escaped character, never markup
            return j + 2
        if nxt in ("\r", "\n"):  # hard line break
            return j + 1
        self.copy(j, j + 1)
        return j + 1

    def _code_span(self, j: int) -> int:
        vp = self.vp
        size = _BACKTICKS.match(vp, j).end() - j
        if self._ticks is None:
            self._ticks = {}
            for m in _BACKTICKS.finditer(vp):
                self._ticks.setdefault(m.end() - m.start(), []).append(m.start())
        runs = self._ticks.get(size, [])
        k = bisect_right(runs, j)
        if k < len(runs):
            end = runs[k] + size
            self.drop(j, end)
            return end
        self.copy(j, j + size)
        return j + size

    def _delimiter(self, j: int) -> int:
        vp = self.vp
        c = vp[j]
        e = j
        while e < len(vp) and vp[e] == c:
            e += 1
        size = e - j
        if c == "~" and size != 2:  # only ~~ strikes out; a lone ~ means "about"
            self.copy(j, e)
            return e
        before = vp[j - 1] if j else ""
        after = vp[e] if e < len(vp) else ""
        left = not _is_ws(after) and (not _is_punct(after) or _is_ws(before) or _is_punct(before))
        right = not _is_ws(before) and (not _is_punct(before) or _is_ws(after) or _is_punct(after))
        if c == "_":
            can_open = left and (not right or _is_punct(before))
            can_close = right and (not left or _is_punct(after))
        else:
            can_open, can_close = left, right
        if can_open or can_close:
            self.delims.append(_Delim(c, len(self.ops), j, size, can_open, can_close))
        self.copy(j, e)
        return e

    def _close_bracket(self, j: int) -> int:
        if not self.brackets:
            self.copy(j, j + 1)
            return j + 1
        op, start, image = self.brackets.pop()
        vp = self.vp
        text_start = start + (2 if image else 1)
        k = j + 1
        end = None
        if k < len(vp) and vp[k] == "(":
            end = self._link_tail(k)
        if end is None and self.refs:
            if k < len(vp) and vp[k] == "[":
                m = _LABEL.match(vp, k)
                if m:
                    label = m.group(1) if m.group(1).strip() else vp[text_start:j]
                    if len(label) <= 999 and _norm_label(label) in self.refs:
                        end = m.end()
            if end is None and j - text_start <= 999 and _norm_label(vp[text_start:j]) in self.refs:
                end = k
        if end is None:
            self.copy(j, j + 1)
            return j + 1
        if image:  # alt text included: nothing of an image is prose
            del self.ops[op:]
            while self.delims and self.delims[-1].op >= op:
                self.delims.pop()
            self.drop(start, end)
            self.separate(" ", start, end)
        else:
            self.ops[op] = [_COPY, start, start, None]
            self.drop(j, end)
        return end

    def _link_tail(self, k: int) -> int | None:
        """End of ``(destination "title")`` starting at ``vp[k] == "("``, or None."""
        vp = self.vp
        limit = min(len(vp), k + 4096)
        i = _SPACES.match(vp, k + 1, limit).end()
        if i < limit and vp[i] == "<":
            i += 1
            while i < limit and vp[i] != ">":
                if vp[i] == "\\":
                    i += 1
                elif vp[i] in "<\r\n":
                    return None
                i += 1
            if i >= limit:
                return None
            i += 1
        else:
            depth = 0
            while i < limit:
                c = vp[i]
                if c == "\\" and i + 1 < limit and vp[i + 1] in _ASCII_PUNCT:
                    i += 2
                    continue
                if c == "(":
                    depth += 1
                    if depth > 32:
                        return None
                elif c == ")":
                    if not depth:
                        break
                    depth -= 1
                elif c <= " ":
                    break
                i += 1
            if depth:
                return None
        j = _SPACES.match(vp, i, limit).end()
        if j > i and j < limit and vp[j] in "\"'(":
            close = ")" if vp[j] == "(" else vp[j]
            t = j + 1
            while t < limit and vp[t] != close:
                if vp[t] == "\\":
                    t += 1
                elif close == ")" and vp[t] == "(":
                    return None
                t += 1
            if t >= limit:
                return None
            j = _SPACES.match(vp, t + 1, limit).end()
        if j < limit and vp[j] == ")":
            return j + 1
        return None

    def _emphasis(self) -> None:
        """CommonMark's "process emphasis", iterative, over this block's delimiter runs."""
        ds = self.delims
        count = len(ds)
        prev = list(range(-1, count - 1))
        nxt = list(range(1, count + 1))
        nxt[-1] = -1

        def unlink(k: int) -> None:
            p, q = prev[k], nxt[k]
            if p != -1:
                nxt[p] = q
            if q != -1:
                prev[q] = p

        bottom: dict[tuple[str, bool, int], int] = {}
        cur = 0
        while cur != -1:
            d = ds[cur]
            if not d.can_close:
                cur = nxt[cur]
                continue
            key = (d.char, d.can_open, d.length % 3)
            stop = bottom.get(key, -1)
            o = prev[cur]
            found = -1
            while o != -1 and o > stop:
                od = ds[o]
                if od.char == d.char and od.can_open and od.left:
                    if d.char == "~":
                        if od.left == d.left:
                            found = o
                            break
                    elif not (
                        (od.can_close or d.can_open)
                        and (od.length + d.length) % 3 == 0
                        and not (od.length % 3 == 0 and d.length % 3 == 0)
                    ):
                        found = o
                        break
                o = prev[o]
            if found == -1:
                bottom[key] = prev[cur]
                q = nxt[cur]
                if not d.can_open:
                    unlink(cur)
                cur = q
                continue
            od = ds[found]
            use = d.left if d.char == "~" else (2 if d.left >= 2 and od.left >= 2 else 1)
            od.left -= use
            od.hi -= use
            d.left -= use
            d.lo += use
            if d.char == "~":  # struck-out text is withdrawn: not prose
                self.struck.append((od.op + 1, d.op))
            k = nxt[found]
            while k != cur:
                q = nxt[k]
                unlink(k)
                k = q
            if not od.left:
                unlink(found)
            if not d.left:
                q = nxt[cur]
                unlink(cur)
                cur = q
        for d in ds:
            self.ops[d.op] = [_COPY, d.start + d.lo, d.start + d.hi, None]

    def _entity(self, j: int) -> int:
        vp = self.vp
        if self.md:
            m = _MD_ENTITY.match(vp, j)
            if m:
                raw = m.group()
                value = html.unescape(raw) if raw[1] == "#" else _HTML5.get(raw[1:])
                if value:
                    self.ops.append([_ATOM, j, m.end(), value])
                    return m.end()
            self.copy(j, j + 1)
            return j + 1
        m = _HTML_ENTITY.match(vp, j)
        if m:
            name = m.group(1)
            if name[0] == "#":
                self.ops.append([_ATOM, j, m.end(), html.unescape(m.group())])
                return m.end()
            if name in _HTML5:
                self.ops.append([_ATOM, j, m.end(), _HTML5[name]])
                return m.end()
            for x in range(len(name) - 1, 1, -1):  # legacy names without ";" (&copy2024)
                if name[:x] in _HTML5:
                    self.ops.append([_ATOM, j, j + 1 + x, _HTML5[name[:x]]])
                    return j + 1 + x
        self.copy(j, j + 1)
        return j + 1

    def _bare_url(self, j: int) -> int:
        vp = self.vp
        m = _URL.match(vp, j)
        end = m.end()
        while end > j:
            c = vp[end - 1]
            unbalanced = c == ")" and vp.count("(", j, end) < vp.count(")", j, end)
            if c not in "?!.,:*_~'\";" and not unbalanced:
                break
            end -= 1
        prefix = 4 if vp[j] in "wW" else vp.index("//", j) + 2 - j
        if end - j <= prefix:
            self.copy(j, j + 1)
            return j + 1
        self.drop(j, end)
        return end

    def _angle(self, j: int) -> int:
        vp = self.vp
        n = len(vp)
        if self.md:
            m = _AUTOLINK.match(vp, j)
            if m:
                self.drop(j, m.end())
                return m.end()
        nxt = vp[j + 1] if j + 1 < n else ""
        # Comments, processing instructions, declarations, CDATA.
        end = -1
        if vp.startswith("<!--", j):
            if vp.startswith("<!-->", j) or vp.startswith("<!--->", j):
                end = vp.index(">", j + 4) + 1
            else:
                k = self.finder.find("-->", j + 4)
                end = k + 3 if k != -1 else (-1 if self.md else n)
        elif vp.startswith("<![CDATA[", j):
            k = self.finder.find("]]>", j + 9)
            end = k + 3 if k != -1 else (-1 if self.md else n)
        elif nxt == "?" or (nxt == "!" and (not self.md or vp[j + 2 : j + 3].isalpha())):
            # Markdown: <?...?> and <!DECL...>; HTML: both are bogus comments up to ">".
            closer = "?>" if self.md and nxt == "?" else ">"
            k = self.finder.find(closer, j + 2)
            end = k + len(closer) if k != -1 else (-1 if self.md else n)
        if end != -1:
            self.drop(j, end)
            return end
        if nxt == "!" or nxt == "?":
            self.copy(j, j + 1)
            return j + 1
        # Tags.
        closing = nxt == "/"
        name_m = _TAG_NAME.match(vp, j + (2 if closing else 1))
        if name_m is None:
            if closing and not self.md and j + 2 < n:  # "</ ..." : a bogus comment in HTML
                k = self.finder.find(">", j + 2)
                end = k + 1 if k != -1 else n
                self.drop(j, end)
                return end
            self.copy(j, j + 1)
            return j + 1
        name = name_m.group().lower()
        if self.md:
            end, self_closing = self._md_tag_end(j, name_m.end(), closing)
            if end == -1:
                self.copy(j, j + 1)
                return j + 1
        else:
            end = self._html_tag_end(name_m.end())
            self_closing = vp[end - 2 : end] == "/>"
        self.drop(j, end)
        tag_end = end
        if not closing and not self_closing and (name in _RAW_TAGS or name in _STRIKE_TAGS):
            s, e = self.finder.search(_close_tag(name), end)
            if s != -1:
                self.drop(end, e)
                end = e
            elif name in _RAW_TAGS and not self.md:
                self.drop(end, n)
                end = n
        if name in _BLOCK_TAGS:
            self.separate("\n", j, end)
        elif (name in _SPACE_TAGS and not closing) or tag_end != end:
            self.separate(" ", j, end)
        return end

    def _md_tag_end(self, j: int, k: int, closing: bool) -> tuple[int, bool]:
        """CommonMark raw HTML tag: (end, self-closing), or (-1, False) when it is not one."""
        vp = self.vp
        if closing:
            m = _MD_CLOSE_TAG.match(vp, j)
            return (m.end(), False) if m else (-1, False)
        while True:
            m = _MD_ATTR_NAME.match(vp, k)
            if not m:
                break
            k = m.end()
            m = _MD_ATTR_EQ.match(vp, k)
            if m:
                k = m.end()
                if k < len(vp) and vp[k] in "\"'":
                    e = self.finder.find(vp[k], k + 1)
                    if e == -1:
                        return -1, False
                    k = e + 1
                else:
                    m = _MD_ATTR_UNQUOTED.match(vp, k)
                    if not m:
                        return -1, False
                    k = m.end()
        m = _MD_TAG_END.match(vp, k)
        if not m:
            return -1, False
        return m.end(), bool(m.group(1))

    def _html_tag_end(self, k: int) -> int:
        """End of an HTML tag as browsers read it: the next ``>`` outside a quoted attribute value."""
        vp = self.vp
        n = len(vp)
        while True:
            k = _HTML_TAG_BODY.match(vp, k).end()
            if k >= n:
                return n
            if vp[k] == ">":
                return k + 1
            k = _SPACES.match(vp, k + 1).end()  # after "="
            if k < n and vp[k] in "\"'":
                e = self.finder.find(vp[k], k + 1)
                if e == -1:  # unclosed value: stop at the next ">"
                    e = self.finder.find(">", k + 1)
                    return n if e == -1 else e + 1
                k = e + 1


# ---------------------------------------------------------------------------
# Markdown blocks

_QUOTE = re.compile(r" {0,3}>[ \t]?")
_FENCE_OPEN = re.compile(r"(`{3,}|~{3,})([^\r\n]*)$")
_FENCE_CLOSE = re.compile(r"[ \t]*(`{3,}|~{3,})[ \t]*$")
_THEMATIC = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_ATX = re.compile(r"#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_LIST = re.compile(r"(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)")
_TASK = re.compile(r"\[[ xX]\](?=[ \t]|$)")
_FOOTNOTE_DEF = re.compile(r"\[\^[^\]\s]{1,100}\]:[ \t]*")
_REF_DEF = re.compile(
    r"\[((?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(?:<[^<>\r\n]*>|[^\s<]\S*)"
    r"(?:[ \t]+(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|\([^()\r\n]*\)))?[ \t]*$"
)
_TABLE_DELIM = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HTML_RAW_BLOCK = re.compile(r"<(script|pre|style|textarea)(?=[\s>]|$)", re.I)
_HTML_RAW_BLOCK_END = re.compile(r"</(?:script|pre|style|textarea)>", re.I)
_YAML_KEY = re.compile(r"[\w\-\"']+[ \t]*:")
_TOML_KEY = re.compile(r"(?:[\w\-\"'.]+[ \t]*=|\[)")


def _indent(line: str, pos: int) -> tuple[int, int]:
    """(width, end) of the spaces and tabs at ``line[pos:]``; tabs stop every 4 columns."""
    col = 0
    while pos < len(line) and line[pos] in " \t":
        col = col + 4 - col % 4 if line[pos] == "\t" else col + 1
        pos += 1
    return col, pos


def _thematic_tail(line: str) -> int:
    """Start of the run of one ``-*_`` mark (and spaces) ending the line: where a thematic break may start."""
    i = len(line)
    mark = ""
    while i > 0:
        c = line[i - 1]
        if c in " \t" or c == mark:
            i -= 1
        elif not mark and c in "-*_":
            mark = c
            i -= 1
        else:
            break
    return i if mark else len(line) + 1


class _Markdown:
    """Block structure, line by line; the inline content of each block goes through ``_Inline``."""

    def __init__(self, src: str, out: _Out) -> None:
        self.src = src
        self.out = out
        self.units: list[tuple[int, int, int] | list[tuple[int, int]]] = []  # (copy, a, b) or ranges
        self.para: list[tuple[int, int]] = []
        self.refs: set[str] = set()

    def _lines(self) -> list[tuple[int, int, int]]:
        src = self.src
        lines = []
        start = 0
        for m in _NL.finditer(src):
            lines.append((start, m.start(), m.end()))
            start = m.end()
        if start < len(src) or not lines:
            lines.append((start, len(src), len(src)))
        return lines

    def flush(self) -> None:
        if self.para:
            self.units.append(self.para)
            self.para = []

    def newline(self, le: int, ne: int) -> None:
        if ne > le:
            self.units.append((0, le, ne))

    def _front_matter(self, lines: list[tuple[int, int, int]]) -> int:
        """Index of the last line of the front matter, or -1."""
        src = self.src
        first = src[lines[0][0] : lines[0][1]].rstrip()
        if first not in ("---", "+++"):
            return -1
        closers = ("---", "...") if first == "---" else ("+++",)
        key = _YAML_KEY if first == "---" else _TOML_KEY
        seen_key = False
        for idx in range(1, len(lines)):
            line = src[lines[idx][0] : lines[idx][1]]
            if line.rstrip() in closers:
                return idx if seen_key else -1
            if not seen_key and line.strip():
                if not key.match(line):
                    return -1
                seen_key = True
        return -1

    def run(self) -> None:
        src = self.src
        lines = self._lines()
        fm_end = self._front_matter(lines)
        fence: tuple[str, int] | None = None
        html_end: re.Pattern[str] | str | None = None
        prev_para = False
        quote_depth = 0
        list_cols: list[int] = []
        for idx, (ls, le, ne) in enumerate(lines):
            line = src[ls:le]
            if idx <= fm_end:
                self.newline(le, ne)
                continue
            if fence is not None:
                p = 0
                while m := _QUOTE.match(line, p):
                    p = m.end()
                m = _FENCE_CLOSE.match(line, p)
                if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= fence[1]:
                    fence = None
                self.newline(le, ne)
                continue
            if html_end is not None:
                if isinstance(html_end, str):
                    k = line.find(html_end)
                    end = k + len(html_end) if k != -1 else -1
                else:
                    m = html_end.search(line)
                    end = m.end() if m else -1
                if end == -1:
                    self.newline(le, ne)
                    continue
                comment = html_end == "-->"
                html_end = None
                if comment and line[end:].strip():  # prose after a comment closed on this line
                    self.para.extend(((ls + end, le), (le, ne)))
                    prev_para = True
                else:
                    self.newline(le, ne)
                continue
            # Blockquote markers.
            pos, depth = 0, 0
            while m := _QUOTE.match(line, pos):
                pos, depth = m.end(), depth + 1
            if depth > quote_depth:
                self.flush()
                prev_para = False
            quote_depth = depth
            col, pos = _indent(line, pos)
            if pos == len(line):  # blank
                self.flush()
                prev_para = False
                self.newline(le, ne)
                continue
            if not prev_para:
                while list_cols and col < list_cols[-1]:
                    list_cols.pop()
            base = list_cols[-1] if list_cols else 0
            if col - base >= 4 and not prev_para:  # indented code
                self.flush()
                self.newline(le, ne)
                continue
            # List markers, possibly several on one line ("- 1. > text").
            new_item = False
            tail = _thematic_tail(line)
            while not (pos >= tail and _THEMATIC.match(line, pos)):
                m = _LIST.match(line, pos)
                if not m:
                    break
                empty = _indent(line, m.end())[1] == len(line)
                starts_list = not list_cols or col >= list_cols[-1]  # not a sibling of the current item
                if prev_para and not new_item and starts_list and (empty or (m.group(1) and m.group(1) != "1")):
                    break  # a new list cannot interrupt a paragraph with this marker
                width, after = _indent(line, m.end())
                if width > 4 or after == len(line):
                    width, after = 1, min(m.end() + 1, len(line))
                while list_cols and col < list_cols[-1]:
                    list_cols.pop()
                list_cols.append(col + (m.end() - pos) + width)
                self.flush()
                new_item, prev_para = True, False
                pos = after
                t = _TASK.match(line, pos)
                if t:
                    pos = _indent(line, t.end())[1]
                while q := _QUOTE.match(line, pos):
                    pos = q.end()
                col, pos = list_cols[-1], _indent(line, pos)[1]
            rest = line[pos:]
            if not rest.strip():
                self.newline(le, ne)
                continue
            c = rest[0]
            if c in "`~" and (m := _FENCE_OPEN.match(rest)) and not (c == "`" and "`" in m.group(2)):
                self.flush()
                fence = (c, len(m.group(1)))
                prev_para = False
                self.newline(le, ne)
                continue
            if c == "<":
                end_cond: re.Pattern[str] | str | None = None
                if _HTML_RAW_BLOCK.match(rest):
                    end_cond = _HTML_RAW_BLOCK_END
                elif rest.startswith("<!--") and "-->" not in rest[4:] and not rest.startswith(("<!-->", "<!--->")):
                    end_cond = "-->"
                elif rest.startswith("<?"):
                    end_cond = "?>"
                elif rest.startswith("<![CDATA["):
                    end_cond = "]]>"
                elif rest[1:2] == "!" and rest[2:3].isalpha():
                    end_cond = ">"
                if end_cond is not None:
                    self.flush()
                    prev_para = False
                    if isinstance(end_cond, str):
                        closed = end_cond != "-->" and end_cond in rest[2:]
                    else:
                        closed = bool(end_cond.search(rest))
                    if not closed:
                        html_end = end_cond
                    self.newline(le, ne)
                    continue
            if _THEMATIC.match(rest) or (prev_para and not new_item and _SETEXT.match(rest)):
                self.flush()
                prev_para = False
                self.newline(le, ne)
                continue
            if c == "#" and (m := _ATX.match(rest)):
                self.flush()
                body = rest[m.end() :]
                closing = _ATX_CLOSE.search(body)
                body_end = closing.start() if closing else len(body.rstrip())
                lead = len(body) - len(body.lstrip(" \t"))
                cs = ls + pos + m.end()
                if cs + lead < cs + body_end:
                    self.units.append([(cs + lead, cs + body_end)])
                prev_para = False
                self.newline(le, ne)
                continue
            if c == "[":
                m = _FOOTNOTE_DEF.match(rest)
                if m:
                    self.flush()
                    self.para.extend(((ls + pos + m.end(), le), (le, ne)))
                    prev_para = True
                    continue
                m = None if prev_para else _REF_DEF.match(rest)
                if m:
                    self.refs.add(_norm_label(m.group(1)))
                    self.flush()
                    self.newline(le, ne)
                    continue
            if "|" in rest and "-" in rest and _TABLE_DELIM.match(rest):
                self.flush()
                prev_para = False
                self.newline(le, ne)
                continue
            self.para.extend(((ls + pos, le), (le, ne)))
            prev_para = True
        self.flush()
        refs = frozenset(self.refs)
        for unit in self.units:
            if isinstance(unit, tuple):
                self.out.copy(unit[1], unit[2])
            else:
                _Inline(src, unit, self.out, markdown=True, refs=refs).run()
