"""The command line in CI and on editors' machines: inputs, formats, --output, exit statuses, progress."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from globalchain_cli import cli
from globalchain_cli.cli import app

SLIP = "1 374 victimes ont été identifiées, dont 1 530 enfants.\n"
CLEAN = "1 374 victimes ont été identifiées, dont 153 enfants.\n"

# A Markdown draft: front matter, headings, emphasis, links, a list; figures inside markup.
DRAFT_MD = """\
---
title: « Global Chain » : 1 000 000 lecteurs
---
# Opération « Global Chain » : le bilan

Selon [Europol](https://europol.eu "Europol, 2024"), **1 374** victimes ont été identifiées, dont *1 530* enfants.

## Les détails

- Les enquêteurs ont [interpellé](https://example.org/a) 219 personnes.
- La réunion a eu lieu le `12 juin` 31 juin 2024.

> 39 pays ont participé.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(app, ["verify", *args], input=input)


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A tree of drafts; the current directory is its root."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "drafts" / "a.txt", SLIP)
    write(tmp_path / "drafts" / "b.md", "# Titre\n\n" + CLEAN)
    write(tmp_path / "drafts" / "c.html", f"<p>{CLEAN}</p>\n")
    write(tmp_path / "drafts" / "notes.rst", SLIP)  # not a draft format
    write(tmp_path / "drafts" / "archives" / "old.txt", SLIP)
    write(tmp_path / "drafts" / ".cache" / "x.txt", SLIP)  # hidden directories are skipped
    write(tmp_path / "drafts" / "node_modules" / "x.md", SLIP)
    return tmp_path


def paths_of(result) -> list[str]:
    assert result.stdout, result.stderr
    return [f["path"] for f in json.loads(result.stdout)["files"]]


# --- inputs -----------------------------------------------------------------------------------


def test_directories_are_walked(nlp, newsroom):
    result = invoke("-f", "json", "drafts")
    assert result.exit_code == 1
    assert paths_of(result) == ["drafts/a.txt", "drafts/archives/old.txt", "drafts/b.md", "drafts/c.html"]


def test_include_and_exclude_options(nlp, newsroom):
    assert paths_of(invoke("-f", "json", "--exclude", "archives", "drafts")) == [
        "drafts/a.txt",
        "drafts/b.md",
        "drafts/c.html",
    ]
    result = invoke("-f", "json", "--include", "*.md,*.html", "--exclude", "archives", "drafts")
    assert result.exit_code == 0 and paths_of(result) == ["drafts/b.md", "drafts/c.html"]
    assert paths_of(invoke("-f", "json", "--include", "*.rst", "drafts")) == ["drafts/notes.rst"]


def test_include_and_exclude_from_configuration(nlp, newsroom):
    write(newsroom / "gcheck.toml", 'include = ["*.txt"]\nexclude = ["drafts/archives/**", "a.*"]\n')
    result = invoke("-f", "json", "drafts")
    assert "aucun fichier à vérifier" in result.stderr and result.exit_code == 0  # a warning, as ruff does
    write(newsroom / "gcheck.toml", 'exclude = ["archives"]\n')
    assert paths_of(invoke("-f", "json", "drafts")) == ["drafts/a.txt", "drafts/b.md", "drafts/c.html"]
    # Files named on the command line (pre-commit, lists of changed files) honour exclude too.
    result = invoke("-f", "json", "drafts/archives/old.txt", "drafts/b.md")
    assert paths_of(result) == ["drafts/b.md"] and "ignoré" in result.stderr
    assert result.exit_code == 0


def test_several_paths_each_file_once(nlp, newsroom):
    result = invoke("-f", "json", "drafts/b.md", "drafts", "./drafts/b.md", "--exclude", "archives")
    assert paths_of(result) == ["drafts/b.md", "drafts/a.txt", "drafts/c.html"]


def test_no_path_is_the_current_directory(nlp, newsroom):
    assert "drafts/a.txt" in paths_of(invoke("-f", "json"))


def test_standard_input(nlp, newsroom):
    result = invoke("-f", "json", "-", input=SLIP)
    assert result.exit_code == 1 and paths_of(result) == ["-"]
    # An editor sends its buffer with its name: Markdown is read as Markdown, the path is reported.
    result = invoke("-f", "json", "--stdin-filename", "drafts/b.md", "-", input="# 1 530\n\n" + SLIP)
    report = json.loads(result.stdout)
    assert report["files"][0]["path"] == "drafts/b.md"
    assert [c["text"] for c in report["files"][0]["claims"]] == ["1 530", "1 374", "1 530"]
    assert [f["line"] for f in report["files"][0]["findings"]] == [3]


# --- outputs ----------------------------------------------------------------------------------


def test_markdown_offsets_point_into_the_original_file(nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = write(tmp_path / "draft.md", DRAFT_MD)
    result = invoke("-f", "json", "draft.md")
    fr = json.loads(result.stdout)["files"][0]
    texts = [c["text"] for c in fr["claims"]]
    assert texts[:2] == ["1 374", "1 530"] and "219" in texts and "39" in texts, texts
    assert "12 juin" not in texts and "1 000 000" not in texts  # code span and front matter are not prose
    lines = DRAFT_MD.split("\n")
    for c in fr["claims"]:
        assert DRAFT_MD[c["start"] : c["end"]] == c["text"]
        assert lines[c["line"] - 1][c["column"] - 1 :].startswith(c["text"])
    rules = {f["rule"]: f for f in fr["findings"] if f["verdict"] == "inconsistent"}
    assert set(rules) == {"SUB01", "DAT02"}
    assert (rules["SUB01"]["line"], rules["SUB01"]["column"]) == (
        6,
        DRAFT_MD.split("\n")[5].index("1 530") + 1,
    )  # on the slip
    assert draft.read_text(encoding="utf-8") == DRAFT_MD


def test_markdown_summary_for_a_pull_request(nlp, newsroom):
    write(
        newsroom / "drafts" / "d.txt",
        "Le bilan | provisoire : 50 suspects, dont 40 <b>mineurs</b>.\n<!-- gcheck: ignore -->\n",
    )
    result = invoke("-f", "markdown", "--exclude", "archives", "drafts")
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("### gcheck : 1 chiffre(s) incohérent(s)\n")
    assert "4 fichier(s)" in out and "1 incohérent(s)" in out and "0 supprimé(s)" in out
    rows = [line for line in out.splitlines() if line.startswith("| ❌")]
    assert rows == [next(line for line in rows if "drafts/a.txt:1" in line)]
    assert "| SUB01 |" in rows[0]
    assert "rien supprimé" in out  # the unused directive of d.txt
    english = invoke("-f", "markdown", "--lang", "en", "drafts/a.txt").stdout
    assert english.startswith("### gcheck: 1 inconsistent figure(s)") and "| ❌ inconsistent |" in english


def test_markdown_cells_are_escaped():
    from globalchain_cli.render.markdown import cell

    assert cell("a | b\n<script> *x* [l](u)") == r"a \| b &lt;script&gt; \*x\* \[l\](u)"


def test_output_file_and_format_from_its_extension(nlp, newsroom):
    for name, check in (
        ("report.json", lambda t: json.loads(t)["schema"] == "gcheck-report/1"),
        ("report.sarif", lambda t: json.loads(t)["version"] == "2.1.0"),
        ("report.md", lambda t: t.startswith("### gcheck")),
        ("report.txt", lambda t: "SUB01" in t and "\x1b[" not in t),  # the table, without colour
    ):
        result = invoke("--output", name, "drafts/a.txt")
        assert result.exit_code == 1 and result.stdout == ""
        assert check((newsroom / name).read_text(encoding="utf-8")), name
    result = invoke("-f", "json", "-o", "out.txt", "drafts/a.txt")
    assert json.loads((newsroom / "out.txt").read_text(encoding="utf-8"))["summary"]["inconsistent"] == 1
    result = invoke("-o", "no/such/dir/r.json", "drafts/a.txt")
    assert result.exit_code == 2 and "écriture impossible" in result.stderr


def test_summary_line_shows_suppressed_counts(nlp, newsroom):
    write(newsroom / "s.txt", SLIP.rstrip("\n") + " <!-- gcheck: ignore -->\n")
    table = invoke("-f", "table", "s.txt")
    assert table.exit_code == 0 and re.search(r"1\s+supprimé\(s\)", table.stdout)
    assert json.loads(invoke("-f", "json", "s.txt").stdout)["summary"]["suppressed"] == 1


# --- exit statuses ----------------------------------------------------------------------------


def test_exit_statuses(nlp, newsroom):
    assert invoke("drafts/b.md").exit_code == 0
    assert invoke("drafts/a.txt").exit_code == 1
    assert invoke("--fail-on", "never", "drafts/a.txt").exit_code == 0
    assert invoke("drafts/a.txt", "drafts/missing.txt").exit_code == 2  # read errors come first
    assert invoke("--format", "xml", "drafts/a.txt").exit_code == 2  # usage error
    empty = newsroom / "empty"
    empty.mkdir()
    assert invoke(str(empty)).exit_code == 0  # nothing to check: a warning, not a failure (as ruff)


def test_unverifiable_fails_only_with_fail_on_warning():
    from globalchain_cli.model import FileReport, Finding, Report, Severity, Verdict

    warning = Finding("PCT01", Verdict.UNVERIFIABLE, Severity.WARNING, "m", (), 0, 1, 1, 1)
    report = Report((FileReport("x.txt", findings=(warning,)),))
    assert not cli._fails(report, "error")
    assert cli._fails(report, "warning")
    assert not cli._fails(report, "never")


# --- progress ---------------------------------------------------------------------------------


class _Terminal:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("files", "tty", "ci", "shown"),
    [
        (5, True, None, True),
        (4, True, None, False),
        (50, False, None, False),
        (50, True, "true", False),
        (50, True, "false", True),
    ],
)
def test_progress_bar_only_for_many_files_on_a_terminal_outside_ci(monkeypatch, files, tty, ci, shown):
    monkeypatch.setattr(cli.sys, "stderr", _Terminal(tty))
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert cli._show_progress(files) is shown


def test_progress_bar_passes_every_report_through(monkeypatch, capsys):
    monkeypatch.setattr(cli, "_show_progress", lambda total: True)
    assert list(cli._with_progress(iter(range(7)), 7, "fr")) == list(range(7))
