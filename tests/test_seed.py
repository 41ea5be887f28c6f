"""The seed article (operation « Global Chain », June 2024), end to end with the real model."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from globalchain_cli.cli import app
from globalchain_cli.model import Verdict


def texts_of(report, finding) -> list[str]:
    by_id = {c.id: c for c in report.claims}
    return sorted(by_id[c].label for c in finding.claims)


def findings(report, rule: str, verdict: Verdict) -> list[list[str]]:
    return [texts_of(report, f) for f in report.findings if f.rule == rule and f.verdict == verdict]


@pytest.fixture(scope="module")
def seed_report(check, seed_text):
    return check(seed_text)


def test_clean_seed_has_no_inconsistent_finding(seed_report):
    bad = [f.message for f in seed_report.findings if f.verdict == Verdict.INCONSISTENT]
    assert bad == []


@pytest.mark.parametrize(
    ("rule", "labels"),
    [
        ("SUB01", ["1 374 victimes", "153 enfants"]),  # 1. dont
        ("SUB01", ["219", "362 suspects"]),  # 2. d'en arrêter 219
        ("SAM01", ["1 374 victimes", "1.374 victimes"]),  # 3. Belgian dots and spaces
        ("SAM01", ["219", "219 personnes"]),  # 4. interpellation = arrestation
        ("SAM01", ["39 pays", "39 pays"]),  # 5. the same figure twice
        ("DAT01", ["Entre le 3 et le 9 juin 2024"]),  # 6. an ordered period
        ("DAT05", ["Entre le 3 et le 9 juin 2024", "début juin"]),  # 6. "début juin" fits it
        ("DAT04", ["Entre le 3 et le 9 juin 2024", "une semaine"]),  # 7. seven days
    ],
)
def test_seed_relations_are_confirmed(seed_report, rule, labels):
    found = findings(seed_report, rule, Verdict.CONSISTENT)
    assert sorted(labels) in found, found


def test_belgian_dot_is_thousands(seed_report):
    c = next(c for c in seed_report.claims if c.text == "1.374")
    assert c.value == 1374 and c.unit == "victime"


def test_every_claim_points_into_the_text(seed_report, seed_text):
    for c in seed_report.claims:
        assert seed_text[c.start : c.end] == c.text
        line_start = seed_text.rfind("\n", 0, c.start) + 1
        assert c.line == seed_text.count("\n", 0, c.start) + 1
        assert c.column == c.start - line_start + 1


SLIPS = [
    ("dont 153 enfants", "dont 1 530 enfants", "1 530"),
    ("1 374 victimes ont pu", "1 347 victimes ont pu", "1 347"),
    ("d'en arrêter 219", "d'en arrêter 412", "412"),
    ("39 pays dont la Belgique", "93 pays dont la Belgique", "93"),
    ("Entre le 3 et le 9 juin 2024", "Entre le 13 et le 9 juin 2024", "13"),
    ("pendant une semaine", "pendant trois semaines", "trois semaines"),
    ("Entre le 3 et le 9 juin 2024", "Entre le 3 et le 31 juin 2024", "31"),
    ("Entre le 3 et le 9 juin 2024", "Entre le lundi 3 et le samedi 9 juin 2024", "samedi 9"),
]


@pytest.mark.parametrize(("find", "replace", "changed"), SLIPS, ids=[s[1] for s in SLIPS])
def test_each_slip_is_inconsistent(check, seed_text, find, replace, changed):
    assert find in seed_text
    text = seed_text.replace(find, replace, 1)
    where = text.index(replace) + replace.index(changed)
    span = (where, where + len(changed))
    report = check(text)
    bad = [f for f in report.findings if f.verdict == Verdict.INCONSISTENT]
    by_id = {c.id: c for c in report.claims}
    touching = [f for f in bad if any(by_id[c].start < span[1] and span[0] < by_id[c].end for c in f.claims)]
    assert touching, [f.message for f in report.findings]


def test_cli_exit_status_follows_verdicts(tmp_path, seed_text, nlp):
    runner = CliRunner()
    clean = tmp_path / "clean.txt"
    clean.write_text(seed_text, encoding="utf-8")
    slipped = tmp_path / "slip.txt"
    slipped.write_text(seed_text.replace("dont 153 enfants", "dont 1 530 enfants"), encoding="utf-8")
    assert runner.invoke(app, ["verify", str(clean)]).exit_code == 0
    result = runner.invoke(app, ["verify", str(slipped)])
    assert result.exit_code == 1
    assert "1 530" in result.output
    assert runner.invoke(app, ["verify", str(tmp_path / "missing.txt")]).exit_code == 2


def test_english_messages(check, seed_text):
    fr = check(seed_text)
    en = check(seed_text, lang="en")
    assert [f.rule for f in fr.findings] == [f.rule for f in en.findings]
    assert any("same figure" in f.message for f in en.findings)
    assert any("même chiffre" in f.message for f in fr.findings)
