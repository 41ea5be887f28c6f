"""Golden reports: the JSON report of every fixture and annotated article, byte for byte.

Any change in behaviour shows here as a diff of ``tests/golden/``. A commit that changes
a golden file says which finding changed and why. To rewrite them after a deliberate
change::

    GCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

Texts: the seed article (``fixtures/*.txt``) and the clean text of every annotated
article (``tests/eval/development``, ``tests/eval/own``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

GOLDEN = ROOT / "tests" / "golden"
EVAL = ROOT / "tests" / "eval"


def _texts() -> dict[str, str]:
    """Golden name -> text, for every text with a golden report."""
    texts = {f"fixtures/{p.name}": p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))}
    for folder in sorted(p for p in EVAL.iterdir() if p.is_dir()):
        for case in sorted(folder.glob("*.json")):
            texts[f"{folder.name}/{case.stem}.txt"] = json.loads(case.read_text(encoding="utf-8"))["text"]
    return texts


TEXTS = _texts()


@pytest.fixture(scope="module")
def reports(nlp) -> dict[str, str]:
    """Every text's JSON report (one file's entry of ``--format json``), in one spaCy batch."""
    from globalchain_cli.config import Config
    from globalchain_cli.pipeline import check_many
    from globalchain_cli.render.json import file_dict

    items = [(name, text, "text", None) for name, text in TEXTS.items()]
    return {r.path: json.dumps(file_dict(r), ensure_ascii=False, indent=2) + "\n" for r in check_many(items, Config())}


def _golden_path(name: str) -> Path:
    return GOLDEN / (name.removesuffix(".txt") + ".json")


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_report_is_golden(name, reports):
    path = _golden_path(name)
    if os.environ.get("GCHECK_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(reports[name], encoding="utf-8")
    assert path.is_file(), f"no golden report for {name}: run with GCHECK_UPDATE_GOLDEN=1"
    assert reports[name] == path.read_text(encoding="utf-8"), f"{name}: report differs from {path}"


def test_no_stale_golden_file():
    expected = {_golden_path(n) for n in TEXTS}
    assert {p for p in GOLDEN.rglob("*.json")} <= expected
