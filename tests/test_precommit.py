"""The pre-commit hook works as the README says: the real ``pre-commit`` in a scratch repository.

The ``repo: local`` snippet of the README runs the installed ``gcheck``; the hook file
``.pre-commit-hooks.yaml`` is validated by pre-commit, and (slow tier) installed from a
clone of this repository at a commit hash, as a newsroom's configuration does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BIN = Path(sys.executable).parent
PRE_COMMIT = shutil.which("pre-commit", path=str(BIN)) or shutil.which("pre-commit")

pytestmark = [
    pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (pip install pre-commit)"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

SLIP = "1 374 victimes ont été identifiées, dont 1 530 enfants.\n"
CLEAN = "1 374 victimes ont été identifiées, dont 153 enfants.\n"


def readme_block(marker: str) -> str:
    """The README's YAML code block that contains ``marker``."""
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return next(b for b in blocks if marker in b)


def env(tmp_path: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k not in ("GCHECK_DEBUG", "CI", "GITHUB_ACTIONS")},
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",  # gcheck of this environment
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }


def run(args: list[str], cwd: Path, tmp_path: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env(tmp_path), capture_output=True, text=True, timeout=timeout)


def scratch_repo(tmp_path: Path, config: str) -> Path:
    repo = tmp_path / "newsroom"
    (repo / "drafts").mkdir(parents=True)
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (repo / "drafts" / "slip.md").write_text(SLIP, encoding="utf-8")
    (repo / "drafts" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "drafts" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a draft: not given to gcheck
    run(["git", "init", "-q"], repo, tmp_path)
    run(["git", "add", "."], repo, tmp_path)
    return repo


def check_hook(repo: Path, tmp_path: Path) -> None:
    failing = run([PRE_COMMIT, "run", "--files", "drafts/slip.md", "drafts/photo.png"], repo, tmp_path)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert re.search(r"gcheck\.+Failed", failing.stdout) and "SUB01" in failing.stdout, failing.stdout
    passing = run([PRE_COMMIT, "run", "--files", "drafts/clean.txt", "drafts/photo.png"], repo, tmp_path)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert re.search(r"gcheck\.+Passed", passing.stdout), passing.stdout


def test_hook_manifest_is_valid(tmp_path):
    done = run([PRE_COMMIT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")], ROOT, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_readme_local_hook_runs_gcheck(nlp, tmp_path):
    config = readme_block("repo: local")
    repo = scratch_repo(tmp_path, config)
    assert run([PRE_COMMIT, "validate-config"], repo, tmp_path).returncode == 0
    check_hook(repo, tmp_path)


@pytest.mark.slow
def test_readme_remote_hook_at_a_commit_hash(nlp, tmp_path):
    """The README's remote form, with this repository (its last commit) in place of <org>/gcheck:
    pre-commit clones it at the hash and installs gcheck with its model in its own environment."""
    head = run(["git", "rev-parse", "HEAD"], ROOT, tmp_path).stdout.strip()
    config = readme_block("rev: ")
    config = re.sub(r"repo: \S+", f"repo: {ROOT.as_posix()}", config)
    config = re.sub(r"rev: \S+", f"rev: {head}", config)
    repo = scratch_repo(tmp_path, config)
    check_hook(repo, tmp_path)
