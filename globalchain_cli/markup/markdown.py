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

    def __init__(self, src: str, out: ProseBuilder) -> None:
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
                    self.refs.add(norm_label(m.group(1)))
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
                InlineReader(src, unit, self.out, markdown=True, refs=refs).run()


def read_markdown(text: str) -> Prose:
    """The prose of a Markdown document, with its map to ``text``."""
    out = ProseBuilder(text)
    _Markdown(text, out).run()
    return out.prose("markdown")
