"""GitHub Actions workflow commands: parsed back, they point at the figure; escaping follows the runner."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from globalchain_cli.cli import app
from globalchain_cli.render.github import command, escape_data, escape_property

COMMAND = re.compile(r"^::(?P<name>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")

ARTICLE = (
    "# Bilan de l'opération\n"
    "\n"
    "Selon [Europol](https://www.europol.europa.eu/), **1 374** victimes ont été identifiées, dont *1 530* enfants.\n"
    "\n"
    "- La réunion a eu lieu le 31 juin 2024.\n"
)


def unescape(value: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(code, char)
    return value


def parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m["props"].split(","))
    return m["name"], {k: unescape(v) for k, v in props.items()}, unescape(m["message"])


@pytest.fixture
def draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "drafts").mkdir()
    path = tmp_path / "drafts" / "bilan, juin: final.md"  # a comma and a colon to escape in file=
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_annotations_point_at_the_figures(nlp, draft):
    result = CliRunner().invoke(app, ["verify", "--format", "github", "drafts"])
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    commands = [parse(line) for line in out if line.startswith("::")]
    assert len(commands) == 2, out
    assert not out[-1].startswith("::") and "2 incohérent(s)" in out[-1]  # the summary
    lines = ARTICLE.split("\n")
    seen = {}
    for name, props, message in commands:
        assert name == "error"
        assert props["file"] == "drafts/bilan, juin: final.md"
        line, col, end = int(props["line"]), int(props["col"]), int(props["endColumn"])
        seen[props["title"]] = lines[line - 1][col - 1 : end - 1]
        assert message
    assert seen == {"SUB01 part-within-whole": "1 530", "DAT02 date-exists": "31 juin 2024"}  # on the slip


def test_auto_is_github_under_github_actions(nlp, draft, monkeypatch, tmp_path):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = CliRunner().invoke(app, ["verify", str(draft)])
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=")
    assert "| ❌ incohérent |" in summary.read_text(encoding="utf-8")  # the job summary, in Markdown
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY")
    assert "::error" not in CliRunner().invoke(app, ["verify", str(draft)]).stdout


def test_unused_directive_is_a_warning(nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Rien à signaler.\n<!-- gcheck: ignore SUB01 -->\nLe bilan.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", "--format", "github", "a.txt"])
    assert result.exit_code == 0
    ((name, props, message),) = [parse(line) for line in result.stdout.splitlines() if line.startswith("::")]
    assert name == "warning" and props["file"] == "a.txt" and props["line"] == "2"
    assert "rien supprimé" in message
    assert "a.txt: ligne 2" in result.stderr  # and a line on stderr


def test_escaping():
    assert escape_data("100 % sûr\r\nfin") == "100 %25 sûr%0D%0Afin"
    assert escape_property("a:b,c%d\n") == "a%3Ab%2Cc%25d%0A"
    line = command("error", "x: y, z", file="a,b:c.md", line=3, col=None, title="SUB01 t")
    assert line == "::error file=a%2Cb%3Ac.md,line=3,title=SUB01 t::x: y, z"
    assert parse(line) == ("error", {"file": "a,b:c.md", "line": "3", "title": "SUB01 t"}, "x: y, z")


def test_multiline_figure_gives_end_line_without_columns():
    from globalchain_cli.model import Claim, FileReport, Finding, Kind, Report, Severity, Verdict
    from globalchain_cli.render.github import render

    c = Claim("c1", 3, 10, "1 374\n12", 1, 4, Kind.COUNT, 137412, None)
    f = Finding("SUB01", Verdict.UNVERIFIABLE, Severity.WARNING, "m", ("c1",), 3, 10, 1, 4)
    out = render(Report((FileReport("a.txt", (c,), (f,)),)))
    name, props, _ = parse(out.splitlines()[0])
    assert name == "warning" and props["line"] == "1" and props["endLine"] == "2"
    assert "col" not in props and "endColumn" not in props
