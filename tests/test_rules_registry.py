"""Every rule is registered once, documented with the fixed headings, listed by the CLI."""

from __future__ import annotations

import re
import subprocess
import sys

from typer.testing import CliRunner

from globalchain_cli.cli import app
from globalchain_cli.rules import DOC_HEADINGS, REGISTRY


def test_codes_are_stable_and_unique():
    assert len(REGISTRY) == len({r.code for r in REGISTRY.values()})
    for code, r in REGISTRY.items():
        assert re.fullmatch(r"[A-Z]{3}\d\d", code), code
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", r.name), r.name


def test_every_rule_has_its_documentation():
    for r in REGISTRY.values():
        for heading in DOC_HEADINGS:
            assert heading in r.doc, (r.code, heading)
        assert " / " in r.summary, r.code  # French / English


def test_rules_and_rule_commands():
    runner = CliRunner()
    listed = runner.invoke(app, ["rules"])
    assert listed.exit_code == 0
    for code in REGISTRY:
        assert code in listed.output
    shown = runner.invoke(app, ["rule", "sub01"])
    assert shown.exit_code == 0 and "## Pourquoi / Why" in shown.output
    assert runner.invoke(app, ["rule", "XYZ99"]).exit_code == 2


def test_commands_without_text_do_not_import_spacy():
    code = (
        "import sys\n"
        "from globalchain_cli.cli import app\n"
        "from typer.testing import CliRunner\n"
        "r = CliRunner()\n"
        "for args in (['--help'], ['verify', '--help'], ['rules'], ['rule', 'SUB01']):\n"
        "    assert r.invoke(app, args).exit_code == 0, args\n"
        "assert 'spacy' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_rule_has_its_case_file():
    from .conftest import FIXTURES

    files = {p.stem for p in (FIXTURES / "rules").glob("*.toml")}
    assert set(REGISTRY) <= files, set(REGISTRY) - files
