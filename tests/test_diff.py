"""``--diff REF``: only findings that involve a figure on a line changed since REF."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from globalchain_cli.cli import app
from globalchain_cli.gitdiff import ALL, DiffError, changed_lines, parse_diff

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CLEAN = (
    "Paris, 3 juin 2024 (AFP) – 1 374 victimes ont été identifiées, dont 153 enfants.\n"  # 1
    "\n"  # 2
    "La réunion s'est tenue le 30 juin 2024.\n"  # 3
    "\n"  # 4
    "Le rapport recense 200 blessés, dont 300 femmes.\n"  # 5: a slip already committed
    "\n"  # 6
    "Le bilan reste provisoire.\n"  # 7
)


def git(repo: Path, *args: str) -> str:
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
        "PATH": "/usr/bin:/bin:/usr/local/bin",
    }
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path, monkeypatch):
    root = tmp_path / "newsroom"
    (root / "drafts").mkdir(parents=True)
    (root / "drafts" / "bilan.txt").write_text(CLEAN, encoding="utf-8")
    (root / "drafts" / "other.txt").write_text("Dont 1 530 enfants sur 1 374 victimes.\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "clean article")
    monkeypatch.chdir(root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def findings(args: list[str]) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["verify", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout) if result.stdout else {}


def lines_of(report: dict, path: str) -> list[tuple[str, str, int]]:
    fr = next(f for f in report["files"] if f["path"] == path)
    return sorted((f["rule"], f["verdict"], f["line"]) for f in fr["findings"])


def test_only_findings_on_changed_lines(nlp, repo):
    article = repo / "drafts" / "bilan.txt"
    edit(article, "dont 153 enfants", "dont 1 530 enfants")  # line 1: a slip
    edit(article, "Le bilan reste provisoire.", "Le bilan reste provisoire selon la police.")  # line 7
    assert changed_lines([str(article)], "HEAD") == {str(article): {1, 7}}

    code, everything = findings(["drafts"])
    assert ("SUB01", "inconsistent", 5) in lines_of(everything, "drafts/bilan.txt")  # the old slip

    code, report = findings(["--diff", "HEAD", "drafts"])
    assert code == 1
    assert [f["path"] for f in report["files"]] == ["drafts/bilan.txt"]  # other.txt did not change
    assert lines_of(report, "drafts/bilan.txt") == [("SUB01", "inconsistent", 1)]


def test_a_finding_counts_when_any_of_its_claims_changed(nlp, repo):
    article = repo / "drafts" / "bilan.txt"
    edit(article, "Le bilan reste provisoire.", "Le bilan reste provisoire : les 1 347 victimes seront indemnisées.")
    code, report = findings(["--diff", "HEAD", str(article)])
    fr = report["files"][0]
    by_id = {c["id"]: c for c in fr["claims"]}
    same = [f for f in fr["findings"] if f["rule"] == "SAM01"]
    assert code == 1 and same and same[0]["verdict"] == "inconsistent"
    assert same[0]["line"] == 7  # located at the restatement that differs, the likely slip
    assert {by_id[c]["line"] for c in same[0]["claims"]} == {1, 7}
    assert all(f["line"] != 5 for f in fr["findings"])


def test_untracked_files_are_new_in_full(nlp, repo):
    new = repo / "drafts" / "new.txt"
    new.write_text(CLEAN, encoding="utf-8")
    assert changed_lines([str(new)], "HEAD") == {str(new): ALL}
    code, report = findings(["--diff", "HEAD", "drafts"])
    assert code == 1
    assert [f["path"] for f in report["files"]] == ["drafts/new.txt"]
    assert ("SUB01", "inconsistent", 5) in lines_of(report, "drafts/new.txt")


def test_against_an_older_commit_and_committed_changes(nlp, repo):
    article = repo / "drafts" / "bilan.txt"
    edit(article, "30 juin 2024", "31 juin 2024")  # line 3
    git(repo, "commit", "-q", "-am", "edit")
    assert findings(["--diff", "HEAD", "drafts"])[1]["files"] == []
    code, report = findings(["--diff", "HEAD~1", "drafts"])
    assert code == 1 and lines_of(report, "drafts/bilan.txt") == [("DAT02", "inconsistent", 3)]


def test_diff_errors_exit_2(nlp, repo, tmp_path):
    result = CliRunner().invoke(app, ["verify", "--diff", "no-such-ref", "drafts"])
    assert result.exit_code == 2 and "no-such-ref" in result.stderr
    outside = tmp_path / "outside.txt"
    outside.write_text("Rien.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", "--diff", "HEAD", str(outside)])
    assert result.exit_code == 2 and "pas dans un dépôt git" in result.stderr
    with pytest.raises(DiffError):
        changed_lines([str(outside)], "HEAD")


def test_missing_file_is_still_an_error_under_diff(nlp, repo):
    result = CliRunner().invoke(app, ["verify", "--diff", "HEAD", "drafts/missing.txt"])
    assert result.exit_code == 2 and "missing.txt" in result.stderr


def test_parse_diff_hunks():
    out = (
        b"diff --git a/x.md b/x.md\n"
        b"--- a/x.md\n+++ b/x.md\n"
        b"@@ -3 +3 @@\n-a\n+b\n"
        b"@@ -10,2 +10,0 @@\n-gone\n-gone\n"  # lines deleted: nothing changed in the new file
        b"@@ -20,0 +19,3 @@\n+c\n+d\n+e\n"
        b"diff --git a/old.md b/old.md\ndeleted file mode 100644\n--- a/old.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"
        b'diff --git "a/caf\\303\\251 \\"x\\".md" "b/caf\\303\\251 \\"x\\".md"\n'
        b'--- "a/caf\\303\\251 \\"x\\".md"\n+++ "b/caf\\303\\251 \\"x\\".md"\n@@ -0,0 +1,2 @@\n+a\n+b\n'
    )
    assert parse_diff(out) == {"x.md": {3, 19, 20, 21}, 'café "x".md': {1, 2}}
