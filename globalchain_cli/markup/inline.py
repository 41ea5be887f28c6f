"""The inline reader: one block of Markdown inlines, or a whole HTML file.

A block's source ranges are joined into one virtual string ``vp``; the reader
writes operations in ``vp`` coordinates, then :meth:`InlineReader._emit` maps
them to source offsets through a :class:`~.sourcemap.ProseBuilder`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from .sourcemap import ATOM, COPY, SYNTH, ProseBuilder
from .tags import Finder, TagReader

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_BREAK_CHAR = re.compile(r"[\r\n]")
_MD_SPECIAL = re.compile(r"[\\`*_~\[\]!<&]|(?<![^\s*_~(>])(?:https?://|www\.)", re.I)
_HTML_SPECIAL = re.compile(r"[<&]|(?<![^\s(>])(?:https?://|www\.)", re.I)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]*", re.I)
_BACKTICKS = re.compile(r"`+")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,100}\]")
_LABEL = re.compile(r"\[((?:[^\[\]\\]|\\.){0,999})\]", re.S)
_HSPACE = re.compile(r"[ \t]*")
_SPACES = re.compile(r"\s*")


def _is_ws(c: str) -> bool:
    return not c or c.isspace()


def _is_punct(c: str) -> bool:
    return c in _ASCII_PUNCT or (c >= "\x80" and unicodedata.category(c)[0] in "PS")


def norm_label(label: str) -> str:
    return " ".join(label.split()).casefold()


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


class InlineReader(TagReader):
    """Reads one block: its source ``ranges`` are joined into one virtual string ``vp``.

    Output ops are in ``vp`` coordinates: ``[COPY, a, b, None]`` copies
    ``vp[a:b]``, ``[ATOM, a, b, text]`` writes ``text`` for ``vp[a:b]``,
    ``[SYNTH, a, 0, text]`` writes ``text`` at ``vp[a]``.
    """

    def __init__(
        self,
        src: str,
        ranges: list[tuple[int, int]],
        out: ProseBuilder,
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
        self.finder = Finder(self.vp)
        self._ticks: dict[int, list[int]] | None = None
        self._break_positions: list[int] | None = None

    # -- helpers -------------------------------------------------------------

    def _v2s(self, v: int) -> int:
        k = bisect_right(self.vstarts, v) - 1
        return self.sstarts[k] + v - self.vstarts[k]

    def copy(self, a: int, b: int) -> None:
        if a < b:
            self.ops.append([COPY, a, b, None])

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
            self.ops.append([COPY, p, p + 1, None])

    def _last_char(self) -> str:
        for op in reversed(self.ops):
            if op[0] == COPY:
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
        self.ops.append([SYNTH, at, 0, sep])

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
                if kind != SYNTH:
                    for p in self._breaks_in(a, b):
                        s = self._v2s(p)
                        out.copy(s, s + 1)
                continue
            if kind == COPY:
                if a >= b:
                    continue
                k = bisect_right(vstarts, a) - 1
                while a < b:
                    chunk = min(b, vstarts[k] + ssizes[k])
                    s = sstarts[k] + a - vstarts[k]
                    out.copy(s, s + chunk - a)
                    a = chunk
                    k += 1
            elif kind == ATOM:
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
                    if len(label) <= 999 and norm_label(label) in self.refs:
                        end = m.end()
            if end is None and j - text_start <= 999 and norm_label(vp[text_start:j]) in self.refs:
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
            self.ops[op] = [COPY, start, start, None]
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
            self.ops[d.op] = [COPY, d.start + d.lo, d.start + d.hi, None]

    def _bare_url(self, j: int) -> int:
        """A bare URL is removed, without the punctuation and unbalanced ``)`` that end the sentence.

        "(voir https://a.fr/x)." keeps "(voir " and ")."; the parentheses are counted
        once and updated while trimming, so a URL followed by 100 000 ``)`` stays linear.
        """
        vp = self.vp
        m = _URL.match(vp, j)
        end = m.end()
        opens, closes = vp.count("(", j, end), vp.count(")", j, end)
        while end > j:
            c = vp[end - 1]
            unbalanced = c == ")" and opens < closes
            if c not in "?!.,:*_~'\";" and not unbalanced:
                break
            end -= 1
            if c == ")":
                closes -= 1
        prefix = 4 if vp[j] in "wW" else vp.index("//", j) + 2 - j
        if end - j <= prefix:
            self.copy(j, j + 1)
            return j + 1
        self.drop(j, end)
        return end
