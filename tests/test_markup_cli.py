"""Markup read by the real ``gcheck``: code is skipped alike in HTML and Markdown, no-break
space entities keep a figure's noun, and crafted lines that once made the Markdown and HTML
readers quadratic finish (issues 10 and 11).

Each test runs a child process; the hang guards are subprocess timeouts, never timed
assertions.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .test_robustness import child_env, gcheck

#: The prose readers alone need well under a second on these inputs once linear; a quadratic
#: reader needs 20 s to minutes on the 128 KB ones. The guard sits between the two.
STAGE_TIMEOUT = 10


def claims_of(path) -> list[dict]:
    """The claims ``gcheck verify --format json`` reports for one file."""
    done = gcheck("verify", "--format", "json", str(path))
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["files"][0]["claims"]


# --- code is not prose, in HTML as in Markdown ------------------------------------------------


def test_html_pre_and_code_are_skipped_like_markdown_code(tmp_path):
    prose = "Le bilan fait état de 40 victimes."
    code = "total = 5 victimes dont 9 enfants"
    html_page = tmp_path / "page.html"
    html_page.write_text(f"<p>{prose}</p>\n<pre>{code}</pre>\n<p>Voir <code>{code}</code> ici.</p>\n", encoding="utf-8")
    markdown = tmp_path / "page.md"
    markdown.write_text(f"{prose}\n\n```\n{code}\n```\n\nVoir `{code}` ici.\n", encoding="utf-8")
    for path in (html_page, markdown):
        assert [c["text"] for c in claims_of(path)] == ["40"], path.name


def test_raw_html_code_in_markdown_is_skipped(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("Il y a eu 40 victimes, voir <code>5 victimes dont 9 enfants</code>.\n", encoding="utf-8")
    assert [c["text"] for c in claims_of(page)] == ["40"]


def test_unclosed_code_element_keeps_the_prose(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>Voir <code>x</p><p>Il y a eu 40 victimes.</p>\n", encoding="utf-8")
    assert [c["text"] for c in claims_of(page)] == ["40"]


# --- no-break spaces written as entities -----------------------------------------------------


@pytest.mark.parametrize("entity", ["&nbsp;", "&#160;", "&#xA0;", "&#8239;", "&thinsp;"])
def test_nbsp_entity_between_figure_and_noun_keeps_the_noun(tmp_path, entity):
    page = tmp_path / "page.html"
    source = f"<p>Il y a eu 12{entity}victimes et 3 blessés.</p>\n"
    page.write_text(source, encoding="utf-8")
    claims = claims_of(page)
    first = claims[0]
    assert first["text"] == "12"
    assert first["noun"] == "victimes"
    assert source[first["start"] : first["end"]] == "12"


def test_nbsp_entity_inside_a_figure_maps_to_the_entity(tmp_path):
    page = tmp_path / "page.html"
    source = "<p>On compte 1&nbsp;374 victimes.</p>\n"
    page.write_text(source, encoding="utf-8")
    first = claims_of(page)[0]
    assert source[first["start"] : first["end"]] == "1&nbsp;374"
    assert first["value"] == 1374


# --- crafted lines that were quadratic (issue 11) ------------------------------------------

#: name -> (format, text of about 128 KB)
CRAFTED = {
    "heading-then-spaces": ("markdown", "# Bilan" + " " * 131072 + "x\n"),
    "bare-heading-then-spaces": ("markdown", "#" + " " * 131072 + "x\n"),
    "pipe-dash-then-spaces": ("markdown", "|-" + " " * 131072 + "x\n"),
    "table-row-then-spaces": ("markdown", "a | b\n|-" + " " * 131072 + "x\n"),
    "url-then-parens-markdown": ("markdown", "Voir https://a.fr/" + ")" * 131072 + " fin.\n"),
    "url-then-parens-html": ("html", "<p>Voir https://a.fr/" + ")" * 131072 + " fin.</p>\n"),
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_line_is_read_in_linear_time(name):
    fmt, text = CRAFTED[name]
    script = (
        "import sys\n"
        "from globalchain_cli.markup import prose_view\n"
        f"prose = prose_view(sys.stdin.read(), {fmt!r})\n"
        "print(len(prose.text))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(),
        timeout=STAGE_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) <= len(text)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["heading-then-spaces", "pipe-dash-then-spaces"])
def test_crafted_markdown_file_through_gcheck(tmp_path, name):
    _, text = CRAFTED[name]
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    done = gcheck("verify", "--format", "json", str(page), timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["files"][0]["error"] is None
