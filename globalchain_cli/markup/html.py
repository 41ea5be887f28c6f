"""The HTML reader: a whole file read as one block of inline content.

Tags, comments and entities are read as browsers read them (:mod:`.tags`);
Markdown syntax means nothing here, so ``*`` and ``_`` stay prose.
"""

from __future__ import annotations

from .inline import InlineReader
from .sourcemap import Prose, ProseBuilder


def read_html(text: str) -> Prose:
    """The prose of an HTML document, with its map to ``text``."""
    out = ProseBuilder(text)
    InlineReader(text, [(0, len(text))], out, markdown=False).run()
    return out.prose("html")
