"""Shared fixtures: the real French pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = FIXTURES / "global-chain-2024.txt"


@pytest.fixture(scope="session")
def nlp():
    from globalchain_cli import nlp as gnlp

    return gnlp.load()


@pytest.fixture(scope="session")
def check(nlp):
    """check(text, **config) -> FileReport, through the whole pipeline."""
    from globalchain_cli.config import Config
    from globalchain_cli.pipeline import check_text

    def run(text: str, fmt: str = "text", **config):
        return check_text(text, path="test.txt", fmt=fmt, config=Config(**config))

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
