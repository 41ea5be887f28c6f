"""Prose views of Markdown and HTML, with exact offsets back into the file."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from globalchain_cli.document import Document, read_path
from globalchain_cli.markup import FORMATS, Prose, format_for, prose_view


def span_of(prose: Prose, needle: str, occurrence: int = 0) -> str:
    """The original text behind the ``occurrence``-th ``needle`` of the prose."""
    starts = [m.start() for m in re.finditer(re.escape(needle), prose.text)]
    start = starts[occurrence]
    s, e = prose.to_source_span(start, start + len(needle))
    return prose.source[s:e]


def lines(prose: Prose) -> list[str]:
    return [line.strip() for line in prose.text.splitlines() if line.strip()]


# --- formats -----------------------------------------------------------------


@pytest.mark.parametrize(("path", "fmt"), [
    ("article.md", "markdown"), ("A.MARKDOWN", "markdown"), ("x/y.mdown", "markdown"),
    ("page.html", "html"), ("page.HTM", "html"), ("a.xhtml", "html"),
    ("article.txt", "text"), ("-", "text"), ("noext", "text"), ("md", "text"), (".md/file", "text"),
])  # fmt: skip
def test_format_for(path, fmt):
    assert format_for(path) == fmt


def test_unknown_format():
    with pytest.raises(ValueError, match="format inconnu"):
        prose_view("x", "rst")
    assert set(FORMATS) == {"text", "markdown", "html"}


# --- plain text ----------------------------------------------------------------


def test_plain_text_is_identity():
    text = "1 374 victimes *dont* 153 <b>enfants</b> &nbsp;\r\n"
    prose = prose_view(text, "text")
    assert prose.text is text
    assert prose.identity
    assert prose.to_source_span(2, 5) == (2, 5)
    assert prose.to_source(len(text)) == len(text)


def test_plain_text_blanks_directives_only():
    text = "1 374 victimes <!-- gcheck: ignore sum -->\n<!-- note 12 -->\n<!--gcheck:disable-file-->"
    prose = prose_view(text, "text")
    assert len(prose.text) == len(text)
    assert "gcheck" not in prose.text
    assert "<!-- note 12 -->" in prose.text
    assert prose.text.startswith("1 374 victimes " + " " * 27 + "\n")
    assert prose.identity


# --- Markdown ------------------------------------------------------------------


def test_bold_number_maps_back_exactly():
    source = "Au total, **1 374** victimes."
    prose = prose_view(source, "markdown")
    assert prose.text == "Au total, 1 374 victimes."
    start = prose.text.index("1 374")
    s, e = prose.to_source_span(start, start + 5)
    assert source[s:e] == "1 374"
    assert (s, e) == (12, 17)


def test_markdown_offsets_agree_with_document_lines():
    source = "# Bilan\r\n\r\nIl y a eu **219** interpellations\r\net *1 374* victimes.\r\n"
    prose = prose_view(source, "markdown")
    doc = Document(source)
    start = prose.text.index("1 374")
    s, _ = prose.to_source_span(start, start + 5)
    assert doc.line_col(s) == (4, 5)
    start = prose.text.index("219")
    s, _ = prose.to_source_span(start, start + 3)
    assert doc.line_col(s) == (3, 13)


def test_nested_and_mixed_emphasis():
    prose = prose_view("***1 374*** et __153__ et _dont_ et **a *b* c** et ~~x~~y", "markdown")
    assert prose.text == "1 374 et 153 et dont et a b c et y"


def test_literal_asterisks_and_underscores_stay():
    prose = prose_view("5 * 3 = 15, snake_case_name, 12 %*, *seul", "markdown")
    assert prose.text == "5 * 3 = 15, snake_case_name, 12 %*, *seul"


def test_single_tilde_means_about():
    assert prose_view("~200 personnes, ~300 blessés", "markdown").text == "~200 personnes, ~300 blessés"


def test_strikethrough_text_is_withdrawn():
    source = "Bilan : ~~1 347~~ 1 374 victimes"
    prose = prose_view(source, "markdown")
    assert "1 347" not in prose.text
    assert span_of(prose, "1 374") == "1 374"


def test_links_keep_their_text():
    source = 'Selon [le rapport d\'Europol](https://www.europol.europa.eu/2024/06/12 "titre 9"), 219 personnes.'
    prose = prose_view(source, "markdown")
    assert prose.text == "Selon le rapport d'Europol, 219 personnes."
    assert span_of(prose, "le rapport") == "le rapport"
    assert span_of(prose, "219") == "219"


def test_link_with_parentheses_and_angle_destination():
    prose = prose_view("[a](http://x.org/a_(b)) [c](<http://x y.org>) [d]( http://z.org 'T' )", "markdown")
    assert prose.text == "a c d"


def test_reference_links_and_definitions():
    source = (
        "Voir [le bilan][b1], [Europol][] et [Interpol].\n\n"
        '[b1]: http://x.org/12\n[europol]: <http://e.org> "T"\n[interpol]: http://i.org\n'
    )
    prose = prose_view(source, "markdown")
    assert lines(prose) == ["Voir le bilan, Europol et Interpol."]


def test_brackets_that_are_not_links_stay():
    prose = prose_view("Il y a [sic] 219 personnes [1] et [a](b", "markdown")
    assert prose.text == "Il y a [sic] 219 personnes [1] et [a](b"


def test_images_removed_entirely():
    prose = prose_view("Avant ![Graphique : 1 374 victimes](img/g.png) après.\n![x][r]\n\n[r]: a.png", "markdown")
    assert "1 374" not in prose.text
    assert lines(prose) == ["Avant  après."]


def test_link_inside_image_alt_and_image_inside_link():
    prose = prose_view("[![logo 2024](l.png) Europol](http://e.org) 219", "markdown")
    assert prose.text == " Europol 219"


def test_autolinks_and_bare_urls_removed():
    source = "Source : <https://www.lesoir.be/2024/06/12/1374> ou https://ex.org/a/2024?id=5. Fin (www.ex.org/12)."
    prose = prose_view(source, "markdown")
    assert not re.search(r"\d", prose.text)
    assert prose.text.startswith("Source : ")
    assert prose.text.endswith("Fin ().")


def test_code_spans_and_blocks_removed():
    source = (
        "Avant `1 374` après ``a ` b 12`` fin.\n"
        "\n"
        "```python\n"
        "x = 219\n"
        "```\n"
        "~~~~\n"
        "153\n"
        "```\n"
        "~~~~~\n"
        "\n"
        "    indenté 362\n"
        "\tonglet 39\n"
        "\n"
        "Texte 2024.\n"
    )
    prose = prose_view(source, "markdown")
    assert lines(prose) == ["Avant  après  fin.", "Texte 2024."]
    assert prose.text.count("\n") == source.count("\n")


def test_unclosed_code_span_is_literal():
    assert prose_view("un ` seul 12", "markdown").text == "un ` seul 12"


def test_unclosed_fence_runs_to_the_end():
    assert lines(prose_view("Texte 1.\n```\ncode 2\n\nencore 3\n", "markdown")) == ["Texte 1."]


def test_indented_continuation_is_not_code():
    source = "Une phrase qui continue\n     sur la ligne suivante avec 219 personnes.\n"
    assert "219" in prose_view(source, "markdown").text


def test_front_matter_yaml_and_toml():
    yaml = '---\ntitle: "Global Chain 2024"\nvictimes: 1374\n---\n# Titre\nCorps 219.\n'
    assert lines(prose_view(yaml, "markdown")) == ["Titre", "Corps 219."]
    toml = '+++\ntitle = "x 12"\n+++\nCorps 219.\n'
    assert lines(prose_view(toml, "markdown")) == ["Corps 219."]


def test_thematic_break_at_start_is_not_front_matter():
    source = "---\nTexte avec 219 personnes.\n---\n"
    assert lines(prose_view(source, "markdown")) == ["Texte avec 219 personnes."]


def test_headings():
    source = "# Bilan 2024 #\n## Sous-titre ##   \n###### Six\n####### sept\n#pas titre\nTitre\n=====\nAutre\n---\n"
    prose = prose_view(source, "markdown")
    assert lines(prose) == ["Bilan 2024", "Sous-titre", "Six", "####### sept", "#pas titre", "Titre", "Autre"]
    assert span_of(prose, "Bilan 2024") == "Bilan 2024"
    assert prose.text.count("\n") == source.count("\n")


def test_blockquotes_and_lists():
    source = (
        "> Selon Europol, **219** personnes\n"
        "> > ont été arrêtées.\n"
        "\n"
        "- 1 374 victimes\n"
        "* dont 153 enfants\n"
        "  - imbriqué 39 pays\n"
        "1. premier 12\n"
        "2) deuxième 13\n"
        "- [x] tâche 14\n"
        "- [ ] tâche 15\n"
        "\n"
        "2024. Une année record.\n"
    )
    prose = prose_view(source, "markdown")
    assert lines(prose) == [
        "Selon Europol, 219 personnes",
        "ont été arrêtées.",
        "1 374 victimes",
        "dont 153 enfants",
        "imbriqué 39 pays",
        "premier 12",
        "deuxième 13",
        "tâche 14",
        "tâche 15",
        "Une année record.",
    ]
    assert span_of(prose, "1 374 victimes") == "1 374 victimes"


def test_ordered_marker_other_than_1_does_not_interrupt_a_paragraph():
    source = "Le bilan s'élève à\n2024. ce n'est pas une liste\n"
    assert "2024." in prose_view(source, "markdown").text


def test_tables():
    source = "| Pays | Victimes |\n|:-----|---------:|\n| France | 219 |\n"
    prose = prose_view(source, "markdown")
    assert lines(prose) == ["| Pays | Victimes |", "| France | 219 |"]


def test_footnotes():
    source = "Il y a 219 personnes[^1].\n\n[^1]: Selon Europol, 12 juin.\n"
    assert lines(prose_view(source, "markdown")) == ["Il y a 219 personnes.", "Selon Europol, 12 juin."]


def test_html_in_markdown():
    source = (
        "Il y a <b>219</b> personnes<br>et <span class=\"x\" data-n='12'>153</span> enfants.\n"
        "<!-- commentaire 99 --> 1 374 victimes\n"
        "<!--\nbloc\n\ncommenté 77\n-->\n"
        "<script>\nvar x = 12;\n</script>\n"
        "<div>\nDans un bloc : 39 pays\n</div>\n"
        "a < 5 et b <3 et <pas une balise\n"
    )
    prose = prose_view(source, "markdown")
    assert lines(prose) == [
        "Il y a 219 personnes",
        "et 153 enfants.",
        "1 374 victimes",
        "Dans un bloc : 39 pays",
        "a < 5 et b <3 et <pas une balise",
    ]
    assert prose.text.count("\n") >= source.count("\n")


def test_directives_in_markdown_are_not_prose():
    source = "<!-- gcheck: ignore -->\n1 374 victimes <!-- gcheck: ignore sum-check -->\n"
    prose = prose_view(source, "markdown")
    assert "gcheck" not in prose.text
    assert lines(prose) == ["1 374 victimes"]


def test_entities_in_markdown():
    source = "1&nbsp;374 victimes &amp; 153&#8239;enfants, &eacute;t&eacute; &#x41; &nope; &ampx;"
    prose = prose_view(source, "markdown")
    assert prose.text == "1 374 victimes & 153 enfants, été A &nope; &ampx;"
    assert span_of(prose, "1 374") == "1&nbsp;374"
    start = 1
    assert prose.to_source_span(start, start + 1) == (1, 7)


def test_backslash_escapes():
    prose = prose_view(
        r"\*219\* personnes \[1\] a\_b C:\dossier fin\
suite",
        "markdown",
    )
    assert prose.text == "*219* personnes [1] a_b C:\\dossier fin\nsuite"
    assert span_of(prose, "*219*") == r"*219\*"  # the escaping backslash is not prose


def test_crlf_markdown_keeps_line_breaks():
    source = "# T\r\n\r\n**1 374**\r\nvictimes\r\n```\r\ncode\r\n```\r\n"
    prose = prose_view(source, "markdown")
    assert prose.text.count("\r\n") == source.count("\r\n")
    assert "1 374\r\nvictimes" in prose.text


def test_empty_and_blank_markdown():
    assert prose_view("", "markdown").text == ""
    assert prose_view("", "html").text == ""
    assert prose_view("\n\n", "markdown").text == "\n\n"
    assert prose_view("", "markdown").to_source(0) == 0


def test_fixture_markdown_file(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(
        "---\ntitle: Global Chain\n---\n\n# Opération *Global Chain*\n\n"
        "Une opération menée dans **39 pays** a permis l'[interpellation](http://x.org) de 219 personnes "
        "et l'identification de 1&nbsp;374 victimes.\n",
        encoding="utf-8",
    )
    decoded = read_path(str(path))
    prose = prose_view(decoded.text, format_for(str(path)))
    assert lines(prose) == [
        "Opération Global Chain",
        "Une opération menée dans 39 pays a permis l'interpellation de 219 personnes "
        "et l'identification de 1 374 victimes.",
    ]
    doc = Document(decoded.text)
    for needle, original in (("39 pays", "39 pays"), ("1 374", "1&nbsp;374"), ("219", "219")):
        s, e = prose.to_source_span(prose.text.index(needle), prose.text.index(needle) + len(needle))
        assert decoded.text[s:e] == original
        assert doc.line_of(s) == 7


# --- HTML ------------------------------------------------------------------------


HTML_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Global Chain</title>
<style>p { margin: 12px }</style>
<script>if (a < 2 && b > 3) { n = 1374; }</script></head>
<body><h1>Op&eacute;ration Global Chain</h1><p>1&nbsp;374 victimes dont
153&#8239;enfants &amp; 219 personnes.</p><p>Deux<br/>lignes</p>
<!-- commentaire 99 -->
<ul><li>39 pays</li><li>362 suspects</li></ul>
<table><tr><td>France</td><td>12</td></tr><tr><td>Belgique</td><td>7</td></tr></table>
<p>Bilan <del>1 347</del> <s>0</s> corrigé, <img src="data:image/png;base64,AAA" alt="9">fin.</p>
<p><a href="https://x.org/2024/06">lien</a> &copy2024 &eacute</p>
</body></html>
"""


def test_html_page():
    prose = prose_view(HTML_PAGE, "html")
    assert lines(prose) == [
        "Global Chain",
        "Opération Global Chain",
        "1 374 victimes dont",
        "153 enfants & 219 personnes.",
        "Deux",
        "lignes",
        "39 pays",
        "362 suspects",
        "France 12",
        "Belgique 7",
        "Bilan   corrigé, fin.",
        "lien ©2024 é",
    ]
    assert span_of(prose, "1 374") == "1&nbsp;374"
    assert span_of(prose, "153 enfants") == "153&#8239;enfants"
    assert span_of(prose, "Opération") == "Op&eacute;ration"
    start = prose.text.index("©2024")
    assert prose.to_source_span(start + 1, start + 5) == tuple(
        HTML_PAGE.index("&copy2024") + k for k in (5, 9)
    )  # "2024" after a legacy entity keeps exact offsets
    assert "1374" not in prose.text and "99" not in prose.text and "12px" not in prose.text


def test_html_block_tags_add_line_breaks_only_when_needed():
    assert prose_view("<p>a</p><p>b</p>", "html").text == "a\nb"
    assert prose_view("<p>a</p>\n<p>b</p>\n", "html").text == "a\nb\n"
    assert prose_view("a<br>b<BR/>c", "html").text == "a\nb\nc"
    assert prose_view("<b>1</b> 374", "html").text == "1 374"
    assert prose_view("un<span>deux</span>", "html").text == "undeux"


def test_html_line_breaks_inside_removed_parts_are_kept():
    source = "<p\nclass=x>a</p>\n<script>\n1\n2\n</script>\n<!--\n3\n-->b"
    prose = prose_view(source, "html")
    assert prose.text.count("\n") == source.count("\n")
    assert lines(prose) == ["a", "b"]


def test_html_unclosed_constructs_do_not_loop():
    assert prose_view("a <!-- jamais fermé 12", "html").text == "a "
    assert prose_view("a <script> x = 12", "html").text == "a "
    assert prose_view('a <img alt="jamais fermé> 12', "html").text == "a  12"
    assert prose_view("a < b et 1 <2", "html").text == "a < b et 1 <2"


def test_html_entities_exact_semantics():
    prose = prose_view("&lt;b&gt; &#38; &#x26; &#0; &NotEqualTilde; &nbsp &notit; &unknown;", "html")
    assert prose.text == "<b> & & \ufffd \u2242\u0338   ¬it; &unknown;"
    start = prose.text.index("\u2242")
    assert prose.to_source_span(start, start + 2) == (
        prose.source.index("&NotEqualTilde;"),
        prose.source.index("&NotEqualTilde;") + len("&NotEqualTilde;"),
    )


# --- robustness ------------------------------------------------------------------


@pytest.mark.parametrize("source", [
    "*" * 10_000 + "1 374" + "*" * 10_000 + " victimes",
    "**_" * 10_000 + "1 374" + "_**" * 10_000,
    "[" * 10_000 + "1 374" + "](u)" * 10_000,
    "![" * 10_000 + "x" + "](u)" * 10_000,
    ">" * 10_000 + " 1 374",
    "- " * 10_000 + "1 374",
    "> - " * 5_000 + "1 374",
    "    " * 5_000 + "1 374",
    "~~" * 10_000 + "1 374" + "~~" * 10_000,
    "<b>" * 10_000 + "1 374" + "</b>" * 10_000,
    "<a " * 10_000,
    '<a x="' * 10_000,
    "[a](" * 10_000,
    "` " * 10_000,
    "<!--" * 10_000,
    "&amp" * 10_000,
    "_a" * 20_000,
    "http://" * 10_000,
    ("1 374 **victimes** [x](y) `c`\n" * 2_000),
])  # fmt: skip
@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_deep_nesting_is_fast_and_safe(source, fmt):
    start = time.perf_counter()
    prose = prose_view(source, fmt)
    assert time.perf_counter() - start < 3
    check_map(prose)


def test_ten_thousand_levels_of_emphasis():
    source = "*" * 10_000 + "1 374" + "*" * 10_000 + " victimes"
    prose = prose_view(source, "markdown")
    assert prose.text == "1 374 victimes"
    assert span_of(prose, "1 374") == "1 374"


def check_map(prose: Prose) -> None:
    """The map is monotone, stays in the source, and copied characters are the source's."""
    source, text = prose.source, prose.text
    last = 0
    for i, char in enumerate(text):
        s, e = prose.to_source_span(i, i + 1)
        assert 0 <= s <= e <= len(source)
        assert s >= last
        last = s
        if e - s == 1 and char == source[s]:
            continue
        # Otherwise a decoded entity, or a line break/space added at a tag.
        assert source[s:e].startswith("&") or (s == e and char in "\n ")
    assert prose.to_source(len(text)) <= len(source)


MARKUP = st.sampled_from(
    ["*", "**", "_", "~~", "`", "```", "[", "]", "(", ")", "![", "<", ">", "</b>", "<b>", "<br>", "<!--",
     "-->", "&amp;", "&nbsp;", "&#8239;", "\\", "#", "# ", "- ", "1. ", "> ", "    ", "\n", "\r\n", "\r",
     " ", "1 374", "victimes", "http://x.y/1", "<http://a.b>", "[r]: /u", "---", "|", "é", "<script>",
     "</script>", "<p>", "<del>", "</del>", "[^1]", "~~~", "<!-- gcheck: ignore -->", "&copy2024"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKUP, max_size=40).map("".join), st.sampled_from(["markdown", "html"]))
def test_random_markup_keeps_a_sound_map_and_every_line_break(source, fmt):
    prose = prose_view(source, fmt)
    check_map(prose)
    # Every line-break character of the source is in the prose, mapped to itself.
    want = [i for i, char in enumerate(source) if char in "\r\n"]
    got = set()
    for i, char in enumerate(prose.text):
        if char in "\r\n":
            s, e = prose.to_source_span(i, i + 1)
            if e - s == 1 and source[s] == char:
                got.add(s)
    assert [i for i in want if i not in got] == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab 1é\n\r", max_size=60))
def test_markdown_without_markup_is_unchanged(source):
    # Only indentation is markup here (leading spaces are dropped); compare words line by line.
    # Four leading spaces at the start of a block make indented code, which is not prose.
    assume(not any(line.startswith("    ") for line in source.replace("\r", "\n").split("\n")))
    prose = prose_view(source, "markdown")
    assert prose.text.split() == source.split()
