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
  strikethrough elements ``del``/``s``/``strike`` and of the code elements
  ``pre``/``code`` removed (as Markdown code is; these two and the struck
  elements only when their end tag is there, also as raw HTML in Markdown);
  entities decoded as browsers do (legacy names without ``;`` included), a
  no-break or thin space entity as a plain space; bare URLs removed.

Every line break of the source is kept in ``.text`` (also those inside removed
code and comments), so sentences never merge across lines; block-level HTML
tags (``p``, ``div``, ``br``, ``li``, ``h1``–``h6``, ``tr``...) add a line break
when none is there, table cells and images a space.

The Markdown reader is a pragmatic, non-recursive subset of CommonMark
(linear time, any nesting depth): it aims at never reading markup as prose and
never losing prose, not at rendering HTML.

Why by hand: markdown-it-py (and the other CommonMark parsers for Python) give
source positions for blocks, by line, but none for inline content, so a figure
inside ``**bold**`` or a link could not be pointed at in the file. These readers
write every prose character with the source offset it came from
(:mod:`.sourcemap`), in one pass, with bounded patterns.

Layout: :mod:`.sourcemap` (the prose and its map, shared by both readers),
:mod:`.markdown` (block structure), :mod:`.html` (whole HTML files),
:mod:`.inline` (Markdown inlines and the inline loop both readers use),
:mod:`.tags` (raw HTML tags, comments and entities).
"""

from __future__ import annotations

import os

from ..suppress import DIRECTIVE_RE
from .html import read_html
from .markdown import read_markdown
from .sourcemap import Prose

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


def prose_view(text: str, fmt: str) -> Prose:
    """The prose of ``text`` read as ``fmt`` (``text``, ``markdown`` or ``html``)."""
    if fmt == "text":
        text_masked = DIRECTIVE_RE.sub(lambda m: " " * (m.end() - m.start()), text) if "<!--" in text else text
        return Prose(text_masked, text, "text")
    if fmt == "markdown":
        return read_markdown(text)
    if fmt == "html":
        return read_html(text)
    raise ValueError(f"format inconnu : {fmt!r} (attendu : {', '.join(FORMATS)})")
