"""The Markdown reader: CommonMark/GFM block structure, line by line.

Each line is classified (front matter, fenced or indented code, raw HTML block,
heading, list item, quote, table delimiter, reference definition, paragraph);
paragraph and heading text goes through :class:`~.inline.InlineReader`, the
rest keeps only its line breaks.
"""

from __future__ import annotations

import re

from .inline import InlineReader, norm_label
from .sourcemap import Prose, ProseBuilder

_NL = re.compile(r"\r\n|\r|\n")

_QUOTE = re.compile(r" {0,3}>[ \t]?")
_FENCE_OPEN = re.compile(r"(`{3,}|~{3,})([^\r\n]*)$")
_FENCE_CLOSE = re.compile(r"[ \t]*(`{3,}|~{3,})[ \t]*$")
_THEMATIC = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_ATX = re.compile(r"#{1,6}(?=[ \t]|$)")
_LIST = re.compile(r"(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)")
_TASK = re.compile(r"\[[ xX]\](?=[ \t]|$)")
_FOOTNOTE_DEF = re.compile(r"\[\^[^\]\s]{1,100}\]:[ \t]*")
_REF_DEF = re.compile(
    r"\[((?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(?:<[^<>\r\n]*>|[^\s<]\S*)"
    r"(?:[ \t]+(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|\([^()\r\n]*\)))?[ \t]*$"
)
#: A GFM table delimiter row ("| --- | :-: |"). Possessive quantifiers: a run of spaces is
#: never given back, so a line like "|-" followed by 100 000 spaces is rejected in linear time.
_TABLE_DELIM = re.compile(r"\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*+$")
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


def _heading_text_end(body: str) -> int:
    """End of an ATX heading's text: before the closing ``#`` run ("## Bilan ##") and the spaces around it.

    The closing run counts only at the start of ``body`` or after a space or tab
    ("## C#" keeps its "#"). Written as a scan from the end rather than as the pattern
    ``(?:^|[ \t]+)#+[ \t]*$``, whose search is quadratic on a long run of spaces.
    """
    end = len(body.rstrip(" \t"))
    hashes = end
    while hashes > 0 and body[hashes - 1] == "#":
        hashes -= 1
    if hashes == end or (hashes > 0 and body[hashes - 1] not in " \t"):
        return len(body.rstrip())
    while hashes > 0 and body[hashes - 1] in " \t":
        hashes -= 1
    return hashes


def _is_table_delimiter(rest: str) -> bool:
    """The line is a table delimiter row, which holds no prose."""
    return _TABLE_DELIM.match(rest) is not None


class _Markdown:
    """Block structure, line by line; the inline content of each block goes through :class:`~.inline.InlineReader`."""

    def __init__(self, src: str, out: ProseBuilder) -> None:
        self.src = src
        self.out = out
        self.units: list[tuple[int, int, int] | list[tuple[int, int]]] = []  # (copy, a, b) or ranges
        self.para: list[tuple[int, int]] = []
        self.refs: set[str] = set()
        self.fence: tuple[str, int] | None = None  # (mark, length) of the open code fence
        self.html_end: re.Pattern[str] | str | None = None  # what closes the open HTML block
        self.prev_para = False  # the previous line was paragraph text
        self.quote_depth = 0
        self.list_cols: list[int] = []  # content column of each open list item

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
        """Read every line, then write the prose: line breaks as they are, blocks through the inline reader."""
        lines = self._lines()
        fm_end = self._front_matter(lines)
        for idx, (ls, le, ne) in enumerate(lines):
            if idx <= fm_end:
                self.newline(le, ne)
            elif not (self._inside_fence(ls, le, ne) or self._inside_html_block(ls, le, ne)):
                self._line(ls, le, ne)
        self.flush()
        refs = frozenset(self.refs)
        for unit in self.units:
            if isinstance(unit, tuple):
                self.out.copy(unit[1], unit[2])
            else:
                InlineReader(self.src, unit, self.out, markdown=True, refs=refs).run()

    # -- lines inside a block that holds no prose ------------------------------

    def _inside_fence(self, ls: int, le: int, ne: int) -> bool:
        """True when the line belongs to an open fenced code block (its closing fence included)."""
        if self.fence is None:
            return False
        line = self.src[ls:le]
        p = 0
        while m := _QUOTE.match(line, p):
            p = m.end()
        m = _FENCE_CLOSE.match(line, p)
        if m and m.group(1)[0] == self.fence[0] and len(m.group(1)) >= self.fence[1]:
            self.fence = None
        self.newline(le, ne)
        return True

    def _inside_html_block(self, ls: int, le: int, ne: int) -> bool:
        """True when the line belongs to an open HTML block or comment; prose after ``-->`` is kept."""
        html_end = self.html_end
        if html_end is None:
            return False
        line = self.src[ls:le]
        if isinstance(html_end, str):
            k = line.find(html_end)
            end = k + len(html_end) if k != -1 else -1
        else:
            m = html_end.search(line)
            end = m.end() if m else -1
        if end != -1:
            self.html_end = None
        if end != -1 and html_end == "-->" and line[end:].strip():  # prose after a comment closed on this line
            self.para.extend(((ls + end, le), (le, ne)))
            self.prev_para = True
        else:
            self.newline(le, ne)
        return True

    # -- one line of prose or structure ----------------------------------------

    def _line(self, ls: int, le: int, ne: int) -> None:
        """Strip the container markers of a line, then read what is left as one kind of block."""
        line = self.src[ls:le]
        pos = self._quote_markers(line)
        col, pos = _indent(line, pos)
        if pos == len(line):  # blank
            self._end_block()
            self.newline(le, ne)
            return
        if not self.prev_para:
            while self.list_cols and col < self.list_cols[-1]:
                self.list_cols.pop()
        base = self.list_cols[-1] if self.list_cols else 0
        if col - base >= 4 and not self.prev_para:  # indented code
            self.flush()
            self.newline(le, ne)
            return
        pos, new_item = self._list_markers(line, pos, col)
        rest = line[pos:]
        if not rest.strip():
            self.newline(le, ne)
            return
        for step in (self._fence_open, self._html_block_open, self._break_or_underline, self._heading):
            if step(rest, ls + pos, new_item):
                self.newline(le, ne)
                return
        if rest[0] == "[" and self._definition(rest, ls + pos, le, ne):
            return
        if "|" in rest and "-" in rest and _is_table_delimiter(rest):
            self._end_block()
            self.newline(le, ne)
            return
        self.para.extend(((ls + pos, le), (le, ne)))
        self.prev_para = True

    def _end_block(self) -> None:
        """Close the paragraph being read."""
        self.flush()
        self.prev_para = False

    def _quote_markers(self, line: str) -> int:
        """Skip the ``>`` markers; a deeper quote ends the paragraph. Returns the position after them."""
        pos, depth = 0, 0
        while m := _QUOTE.match(line, pos):
            pos, depth = m.end(), depth + 1
        if depth > self.quote_depth:
            self._end_block()
        self.quote_depth = depth
        return pos

    def _list_markers(self, line: str, pos: int, col: int) -> tuple[int, bool]:
        """Skip list markers, possibly several on one line ("- 1. > text"); (position after them, new item)."""
        new_item = False
        list_cols = self.list_cols
        tail = _thematic_tail(line)
        while not (pos >= tail and _THEMATIC.match(line, pos)):
            m = _LIST.match(line, pos)
            if not m:
                break
            empty = _indent(line, m.end())[1] == len(line)
            starts_list = not list_cols or col >= list_cols[-1]  # not a sibling of the current item
            if self.prev_para and not new_item and starts_list and (empty or (m.group(1) and m.group(1) != "1")):
                break  # a new list cannot interrupt a paragraph with this marker
            width, after = _indent(line, m.end())
            if width > 4 or after == len(line):
                width, after = 1, min(m.end() + 1, len(line))
            while list_cols and col < list_cols[-1]:
                list_cols.pop()
            list_cols.append(col + (m.end() - pos) + width)
            self.flush()
            new_item, self.prev_para = True, False
            pos = after
            t = _TASK.match(line, pos)
            if t:
                pos = _indent(line, t.end())[1]
            while q := _QUOTE.match(line, pos):
                pos = q.end()
            col, pos = list_cols[-1], _indent(line, pos)[1]
        return pos, new_item

    def _fence_open(self, rest: str, start: int, new_item: bool) -> bool:
        """```` ``` ```` or ``~~~`` opens a fenced code block."""
        c = rest[0]
        if c in "`~" and (m := _FENCE_OPEN.match(rest)) and not (c == "`" and "`" in m.group(2)):
            self._end_block()
            self.fence = (c, len(m.group(1)))
            return True
        return False

    def _html_block_open(self, rest: str, start: int, new_item: bool) -> bool:
        """A raw HTML block (``<script>``, ``<pre>``, a comment, ``<?``, ``<![CDATA[``, ``<!DOCTYPE``)."""
        if rest[0] != "<":
            return False
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
        if end_cond is None:
            return False
        self._end_block()
        if isinstance(end_cond, str):
            closed = end_cond != "-->" and end_cond in rest[2:]
        else:
            closed = bool(end_cond.search(rest))
        if not closed:
            self.html_end = end_cond
        return True

    def _break_or_underline(self, rest: str, start: int, new_item: bool) -> bool:
        """A thematic break (``***``), or a setext underline (``===``) under a paragraph."""
        if _THEMATIC.match(rest) or (self.prev_para and not new_item and _SETEXT.match(rest)):
            self._end_block()
            return True
        return False

    def _heading(self, rest: str, start: int, new_item: bool) -> bool:
        """An ATX heading: its text, without the ``#`` marks on either side, is one block."""
        if rest[0] != "#" or not (m := _ATX.match(rest)):
            return False
        self.flush()
        body = rest[m.end() :]
        body_end = _heading_text_end(body)
        lead = len(body) - len(body.lstrip(" \t"))
        cs = start + m.end()
        if lead < body_end:
            self.units.append([(cs + lead, cs + body_end)])
        self.prev_para = False
        return True

    def _definition(self, rest: str, start: int, le: int, ne: int) -> bool:
        """A footnote definition (its text is prose) or a link reference definition (none is)."""
        m = _FOOTNOTE_DEF.match(rest)
        if m:
            self.flush()
            self.para.extend(((start + m.end(), le), (le, ne)))
            self.prev_para = True
            return True
        m = None if self.prev_para else _REF_DEF.match(rest)
        if m:
            self.refs.add(norm_label(m.group(1)))
            self.flush()
            self.newline(le, ne)
            return True
        return False


def read_markdown(text: str) -> Prose:
    """The prose of a Markdown document, with its map to ``text``."""
    out = ProseBuilder(text)
    _Markdown(text, out).run()
    return out.prose("markdown")
