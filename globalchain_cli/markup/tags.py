"""Raw HTML inside prose, as both readers meet it: tags, comments, entities.

:class:`TagReader` is mixed into the inline reader (:mod:`.inline`): the HTML
reader reads a whole file through it, the Markdown reader the raw HTML of its
blocks (with CommonMark's stricter tag syntax, ``self.md``). Tables name the
elements that end a line, separate words, or hold no prose at all.
"""

from __future__ import annotations

import html
import re
from html.entities import html5 as _HTML5

from .sourcemap import ATOM

_MD_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_HTML_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
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
#: Code, skipped as Markdown code spans and fences are, when the end tag is there.
_CODE_TAGS = frozenset({"pre", "code"})
#: Elements whose content is dropped only when their end tag is found.
_DROP_WHEN_CLOSED = _STRIKE_TAGS | _CODE_TAGS
#: No-break and thin spaces written as entities (``&nbsp;``, ``&#8239;``, ``&thinsp;``) are read as a
#: plain space: spaCy makes a token of any other space character, which would part a figure from
#: its noun ("12&nbsp;victimes"). The map still points at the whole entity.
_SPACE_ENTITIES = frozenset("\u00a0\u202f\u2007\u2009")
_CLOSE_CACHE: dict[str, re.Pattern[str]] = {}


def _close_tag(name: str) -> re.Pattern[str]:
    pattern = _CLOSE_CACHE.get(name)
    if pattern is None:
        pattern = _CLOSE_CACHE[name] = re.compile(rf"</{re.escape(name)}(?=[\s/>]|$)[^>]*>?", re.I)
    return pattern


class Finder:
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


class TagReader:
    """Tags, comments and entities, mixed into :class:`~.inline.InlineReader`.

    The reader provides ``vp``, ``md``, ``ops``, ``finder``, ``copy``, ``drop`` and ``separate``.
    """

    def _decoded(self, a: int, b: int, value: str) -> None:
        """Write the decoded entity ``vp[a:b]``; a no-break or thin space becomes a plain space."""
        self.ops.append([ATOM, a, b, " " if value in _SPACE_ENTITIES else value])

    def _entity(self, j: int) -> int:
        """An entity, decoded as CommonMark (Markdown) or as browsers (HTML, legacy names included)."""
        vp = self.vp
        if self.md:
            m = _MD_ENTITY.match(vp, j)
            if m:
                raw = m.group()
                value = html.unescape(raw) if raw[1] == "#" else _HTML5.get(raw[1:])
                if value:
                    self._decoded(j, m.end(), value)
                    return m.end()
            self.copy(j, j + 1)
            return j + 1
        m = _HTML_ENTITY.match(vp, j)
        if m:
            name = m.group(1)
            if name[0] == "#":
                self._decoded(j, m.end(), html.unescape(m.group()))
                return m.end()
            if name in _HTML5:
                self._decoded(j, m.end(), _HTML5[name])
                return m.end()
            for x in range(len(name) - 1, 1, -1):  # legacy names without ";" (&copy2024)
                if name[:x] in _HTML5:
                    self._decoded(j, j + 1 + x, _HTML5[name[:x]])
                    return j + 1 + x
        self.copy(j, j + 1)
        return j + 1

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
        if not closing and not self_closing and (name in _RAW_TAGS or name in _DROP_WHEN_CLOSED):
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
