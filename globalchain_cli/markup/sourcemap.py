"""The source map shared by both readers: prose text and where each character came from.

A reader writes prose through a :class:`ProseBuilder`, in source coordinates:
``copy(a, b)`` copies ``source[a:b]`` (mapped character by character), ``atom``
writes a replacement (a decoded entity, an added line break) that stands for a
whole source span. :meth:`ProseBuilder.prose` freezes the result into a
:class:`Prose`, which maps any prose span back to its exact source span.
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["ATOM", "COPY", "SYNTH", "Prose", "ProseBuilder"]

#: Kinds of the operations a reader writes before they are mapped to the source:
#: copy a span, write a replacement for a span, write an addition at a point.
COPY, ATOM, SYNTH = 0, 1, 2


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


class ProseBuilder:
    """Prose being written by a reader, with its map to the source (see the module docstring)."""

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
