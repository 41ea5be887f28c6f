"""Golden files for every renderer: one report, every format, both languages.

The report, checked in each language, holds a file named with brackets, with
inconsistent and consistent findings and a directive that suppresses nothing,
standard input, and a file that could not be read. ``GCHECK_UPDATE_GOLDEN=1``
rewrites the files (say in the commit which output changed and why). SARIF's
working directory, the one value that depends on where the tests run, becomes
``file:///WORKDIR/`` before comparing, and gcheck's version ``VERSION``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from globalchain_cli import __version__
from globalchain_cli.render import RENDERERS, render
from globalchain_cli.render.common import View

GOLDEN = Path(__file__).parent / "golden_render"

ARTICLE = (
    "Paris, 3 juin 2024 (AFP) – Le bilan fait état de 39 pays.\n"
    "\n"
    "Les 39 pays ont recensé 1 374 victimes, dont 1 530 enfants.\n"
    "La réunion a eu lieu le 31 juin 2024. <!-- gcheck: ignore SUB01 -->\n"
)
STDIN = "1 374 victimes ont été identifiées, dont 1 530 enfants.\n"


@pytest.fixture(scope="module")
def reports(nlp):
    """The report in each language: {lang: Report}."""
    from globalchain_cli.config import Config
    from globalchain_cli.messages import say
    from globalchain_cli.model import FileReport, Report
    from globalchain_cli.pipeline import check_text

    out = {}
    for lang in ("fr", "en"):
        config = Config(lang=lang)
        out[lang] = Report(
            (
                check_text(ARTICLE, path="drafts/brouillon [v2].txt", fmt="text", config=config),
                check_text(STDIN, path="-", fmt="text", config=config),
                FileReport("drafts/missing.md", error=say("input.not_found", lang)),
            )
        )
    return out


def _stable(text: str) -> str:
    return re.sub(r'"uri": "file://[^"]*/"', '"uri": "file:///WORKDIR/"', text)


CASES = [(fmt, lang) for fmt in sorted(RENDERERS) for lang in ("fr", "en")]


@pytest.mark.parametrize(("fmt", "lang"), CASES, ids=[f"{f}-{lang}" for f, lang in CASES])
def test_renderer_output_is_golden(reports, fmt, lang):
    from globalchain_cli.config import Config

    out = _stable(render(reports[lang], fmt, View(lang=lang, config=Config(lang=lang), color=False, width=100)))
    if fmt in ("json", "sarif"):
        out = out.replace(json.dumps(__version__), '"VERSION"')
    path = GOLDEN / f"{fmt}.{lang}.{'json' if fmt in ('json', 'sarif') else 'txt'}"
    if os.environ.get("GCHECK_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert path.is_file(), f"no golden output for {fmt}/{lang}: run with GCHECK_UPDATE_GOLDEN=1"
    assert out == path.read_text(encoding="utf-8"), f"{fmt}/{lang}: output differs from {path}"
