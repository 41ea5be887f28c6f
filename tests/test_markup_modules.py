"""The markup package module by module, and the one step that places claims in the file.

``test_markup.py`` reads whole documents; these tests pin the source map both readers
share, the linear replacements of the patterns that were quadratic (checked against the
patterns they replace, on every short line hypothesis finds), the trimming of bare URLs,
and ``pipeline.place``.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from globalchain_cli.document import Document
from globalchain_cli.markup import prose_view
from globalchain_cli.markup.markdown import _heading_text_end, _is_table_delimiter
from globalchain_cli.markup.sourcemap import Prose, ProseBuilder
from globalchain_cli.model import Claim, Kind
from globalchain_cli.pipeline import place

# --- the source map ----------------------------------------------------------------------------


def test_builder_merges_adjacent_copies():
    out = ProseBuilder("abcdef")
    out.copy(0, 2)
    out.copy(2, 4)
    prose = out.prose("markdown")
    assert prose.text == "abcd"
    assert prose.to_source_span(1, 3) == (1, 3)


def test_builder_atom_stands_for_its_whole_span():
    source = "1&nbsp;374"
    out = ProseBuilder(source)
    out.copy(0, 1)
    out.atom(" ", 1, 7)
    out.copy(7, 10)
    prose = out.prose("html")
    assert prose.text == "1 374"
    assert prose.to_source_span(1, 2) == (1, 7)
    assert prose.to_source_span(0, 5) == (0, 10)
    assert prose.to_source(5) == 10


def test_added_break_maps_to_an_empty_span():
    out = ProseBuilder("<p>a</p><p>b</p>")
    out.copy(3, 4)
    out.atom("\n", 8, 8)
    out.copy(11, 12)
    prose = out.prose("html")
    assert prose.text == "a\nb"
    assert prose.to_source_span(1, 2) == (8, 8)


def test_plain_text_is_the_identity():
    prose = Prose("abc", "abc", "text")
    assert prose.identity
    assert prose.to_source_span(1, 2) == (1, 2)


# --- linear replacements of quadratic patterns --------------------------------------------------

#: The patterns the Markdown reader used before, kept here as the reference.
_OLD_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_OLD_TABLE_DELIM = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def _old_heading_text_end(body: str) -> int:
    closing = _OLD_ATX_CLOSE.search(body)
    return closing.start() if closing else len(body.rstrip())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t#ab:|-\u00a0", max_size=14))
def test_heading_text_end_matches_the_old_pattern(body):
    assert _heading_text_end(body) == _old_heading_text_end(body)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t:|-a", max_size=14))
def test_table_delimiter_matches_the_old_pattern(line):
    assert _is_table_delimiter(line) == bool(_OLD_TABLE_DELIM.match(line))


def test_heading_keeps_a_hash_glued_to_a_word():
    assert prose_view("## Langage C#\n", "markdown").text == "Langage C#\n"
    assert prose_view("## Bilan : 12 morts ##   \n", "markdown").text == "Bilan : 12 morts\n"


def test_bare_url_leaves_the_sentence_punctuation():
    assert prose_view("(voir https://a.fr/x_(y)).", "markdown").text == "(voir )."
    assert prose_view("voir https://fr.wikipedia.org/wiki/Paris_(France)?", "markdown").text == "voir ?"
    assert prose_view("Voir https://a.fr/x). Fin", "html").text == "Voir ). Fin"


# --- placing claims in the file ----------------------------------------------------------------


def _claim(text: str, start: int, end: int, noun: tuple[int, int] | None = None) -> Claim:
    return Claim(
        id="c1",
        start=start,
        end=end,
        text=text[start:end],
        line=0,
        column=0,
        kind=Kind.COUNT,
        value=12,
        unit="victime",
        noun_start=noun[0] if noun else None,
        noun_end=noun[1] if noun else None,
    )


def test_place_maps_offsets_text_line_and_column_once():
    source = "# Bilan\n\nIl y a eu **1&nbsp;374** victimes.\n"
    prose = prose_view(source, "markdown")
    start = prose.text.index("1 374")
    noun = prose.text.index("victimes")
    (placed,) = place([_claim(prose.text, start, start + 5, (noun, noun + 8))], prose, Document(source))
    assert placed.text == "1&nbsp;374"
    assert source[placed.start : placed.end] == placed.text
    assert (placed.line, placed.column) == (3, source.index("1&nbsp;") - source.index("Il") + 1)
    assert source[placed.noun_start : placed.noun_end] == "victimes"


def test_place_is_the_identity_on_plain_text():
    source = "Hier,\r\n12 victimes."
    prose = prose_view(source, "text")
    (placed,) = place([_claim(source, 7, 9)], prose, Document(source))
    assert (placed.start, placed.end, placed.text, placed.line, placed.column) == (7, 9, "12", 2, 1)
