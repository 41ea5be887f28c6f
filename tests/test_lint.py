"""The code stays linted and formatted (ruff, configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

RUFF = str(Path(sys.executable).parent / "ruff")


def test_ruff_check():
    done = subprocess.run(
        [RUFF, "check", "globalchain_cli", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout


def test_ruff_format():
    done = subprocess.run(
        [RUFF, "format", "--check", "globalchain_cli", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
