"""Every inline suppression form, end to end through ``gcheck verify``, in plain text and Markdown."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from globalchain_cli.cli import app
from globalchain_cli.render.common import note_line

S = "1 374 victimes ont été identifiées, dont 1 530 enfants."  # SUB01 inconsistent
D = "La réunion a eu lieu le 31 juin 2024."  # DAT02 inconsistent
R = "Le rapport recense 200 blessés, dont 300 femmes."  # SUB01 inconsistent
E = "Le conseil s'est réuni le 30 février 2023."  # DAT02 inconsistent


def doc(*paragraphs: str) -> str:
    """Paragraphs separated by blank lines: paragraph i (one line) is on line 2i + 1."""
    return "\n\n".join(paragraphs) + "\n"


# name, text, findings left (rule, line), suppressed, lines of the directives reported
CASES = [
    ("nothing", doc(S, D), [("SUB01", 1), ("DAT02", 3)], 0, []),
    ("ignore on the line", doc(S + " <!-- gcheck: ignore -->", D), [("DAT02", 3)], 1, []),
    ("ignore one rule on the line", doc(S + " <!-- gcheck: ignore SUB01 -->", D), [("DAT02", 3)], 1, []),
    (
        "ignore another rule suppresses nothing",
        doc(S + " <!-- gcheck: ignore DAT02 -->", D),
        [("SUB01", 1), ("DAT02", 3)],
        0,
        [1],
    ),
    ("ignore alone covers the next line", doc("<!-- gcheck: ignore -->\n" + S, D), [("DAT02", 4)], 1, []),
    ("ignore in a quote", doc("> <!-- gcheck: ignore -->\n> " + S, D), [("DAT02", 4)], 1, []),
    (
        "ignore several rules, commas, any case",
        doc(S + " " + D + " <!-- GCHECK: ignore sub01, Dat02 -->", R),
        [("SUB01", 3)],
        2,
        [],
    ),
    (
        "ignore before a line without findings suppresses nothing",
        doc(S, "<!-- gcheck: ignore -->\nRien à signaler.", D),
        [("SUB01", 1), ("DAT02", 6)],
        0,
        [3],
    ),
    (
        "disable … enable",
        doc("<!-- gcheck: disable -->", S, D, "<!-- gcheck: enable -->", R),
        [("SUB01", 9)],
        2,
        [],
    ),
    (
        "disable … enable one rule",
        doc("<!-- gcheck: disable SUB01 -->", S, D, "<!-- gcheck: enable SUB01 -->", R),
        [("DAT02", 5), ("SUB01", 9)],
        1,
        [],
    ),
    (
        "partial enable keeps the other rule disabled",
        doc("<!-- gcheck: disable SUB01 DAT02 -->", S, "<!-- gcheck: enable SUB01 -->", R, E),
        [("SUB01", 7)],
        2,
        [],
    ),
    (
        "text before enable is still disabled",
        doc("<!-- gcheck: disable -->", D + " <!-- gcheck: enable -->", R),
        [("SUB01", 5)],
        1,
        [],
    ),
    ("disable runs to the end", doc(S, "<!-- gcheck: disable -->", D, R), [("SUB01", 1)], 2, []),
    (
        "disable of a rule that does not fire",
        doc("<!-- gcheck: disable DAT02 -->", S, "<!-- gcheck: enable DAT02 -->", D),
        [("SUB01", 3), ("DAT02", 7)],
        0,
        [1],
    ),
    ("disable-file", doc(S, D, "<!-- gcheck: disable-file -->"), [], 2, []),
    ("disable-file one rule", doc("<!-- gcheck: disable-file DAT02 -->", S, D, E), [("SUB01", 3)], 2, []),
]


@pytest.fixture(params=["txt", "md"])
def ext(request) -> str:
    return request.param


def run(tmp_path, monkeypatch, text: str, ext: str, *options: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"article.{ext}").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", "--format", "json", *options, f"article.{ext}"])
    return result, json.loads(result.stdout)


@pytest.mark.parametrize(("name", "text", "left", "suppressed", "reported"), CASES, ids=[c[0] for c in CASES])
def test_suppression_forms(nlp, tmp_path, monkeypatch, ext, name, text, left, suppressed, reported):
    result, report = run(tmp_path, monkeypatch, text, ext)
    fr = report["files"][0]
    found = sorted((f["rule"], f["line"]) for f in fr["findings"] if f["verdict"] == "inconsistent")
    assert found == sorted(left), fr["findings"]
    assert result.exit_code == (1 if left else 0)
    assert fr["suppressed"] == suppressed and report["summary"]["suppressed"] == suppressed
    assert [note_line(n) for n in fr["notes"]] == reported, fr["notes"]
    for line in reported:  # each on stderr too
        assert re.search(rf"^gcheck: article\.{ext}: ligne {line} ", result.stderr, re.MULTILINE), result.stderr
    # Directive text is never read as prose.
    comments = [m.span() for m in re.finditer(r"<!--.*?-->", text)]
    for c in fr["claims"]:
        assert not any(a < c["end"] and c["start"] < b for a, b in comments), c


def test_malformed_directives_are_reported(nlp, tmp_path, monkeypatch, ext):
    text = doc("<!-- gcheck: ignor -->\n" + S, "<!-- gcheck: enable -->", D)
    result, report = run(tmp_path, monkeypatch, text, ext)
    fr = report["files"][0]
    assert sorted(f["rule"] for f in fr["findings"]) == ["DAT02", "SUB01"]  # nothing suppressed
    assert [note_line(n) for n in fr["notes"]] == [1, 4]
    assert "ignor" in fr["notes"][0] and "enable" in fr["notes"][1]
    assert f"article.{ext}: ligne 1 " in result.stderr


def test_unused_directive_in_english(nlp, tmp_path, monkeypatch, ext):
    result, report = run(tmp_path, monkeypatch, doc(S + " <!-- gcheck: ignore DAT02 -->"), ext, "--lang", "en")
    (note,) = report["files"][0]["notes"]
    assert note_line(note) == 1 and "suppressed nothing" in note


def test_suppressed_findings_do_not_fail_the_run_but_are_counted_everywhere(nlp, tmp_path, monkeypatch, ext):
    text = doc(S + " <!-- gcheck: ignore -->")
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"article.{ext}").write_text(text, encoding="utf-8")
    for fmt, expected in (
        ("table", "1 supprimé(s)"),
        ("markdown", "1 supprimé(s) par directive"),
        ("github", "1 supprimé(s) par directive"),
    ):
        result = CliRunner().invoke(app, ["verify", "--format", fmt, f"article.{ext}"])
        assert result.exit_code == 0
        assert expected in " ".join(result.stdout.split()), (fmt, result.stdout)
