"""Data-driven rule cases: one TOML file per rule in fixtures/rules/, each case a short
French text with the findings it must give (consistent or inconsistent) and the verdicts
it must never give (traps that stay silent). Claims are named by their text as a reader
sees it ("153 enfants"), so cases survive edits. ``pytest -k SUB01`` runs one rule."""

from __future__ import annotations

import tomllib

import pytest

from .conftest import FIXTURES

CASES = []
for path in sorted((FIXTURES / "rules").glob("*.toml")):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rule = data.pop("rule")
    for name, case in data.items():
        CASES.append(pytest.param(rule, case, id=f"{path.stem}-{name}"))


def observed(report, rule: str) -> list[tuple[str, str, tuple[str, ...]]]:
    by_id = {c.id: c for c in report.claims}
    return [
        (f.rule, str(f.verdict), tuple(sorted(by_id[c].label for c in f.claims)))
        for f in report.findings
        if f.rule.startswith(rule)
    ]


@pytest.mark.parametrize(("rule", "case"), CASES)
def test_rule_case(check, rule, case):
    report = check(case["text"])
    seen = observed(report, rule)
    for want in case.get("expect", []):
        key = (want.get("rule", rule), want["verdict"], tuple(sorted(want["claims"])))
        assert any(s[0].startswith(key[0]) and s[1:] == key[1:] for s in seen), (key, seen)
    expected_bad = {tuple(sorted(w["claims"])) for w in case.get("expect", []) if w["verdict"] == "inconsistent"}
    for s in seen:
        if s[1] == "inconsistent":
            assert s[2] in expected_bad, ("unexpected alarm", s)
        assert s[1] not in case.get("forbid", []), ("forbidden verdict", s)
