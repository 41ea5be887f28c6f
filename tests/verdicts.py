"""Reading a report's findings in end-to-end tests: one rule's verdicts, and whether the
report raises no alarm."""

from __future__ import annotations


def verdicts(report, rule: str) -> list[str]:
    """The verdicts of one rule's findings, in order."""
    return [str(f.verdict) for f in report.findings if f.rule == rule]


def no_alarm(report) -> bool:
    """Whether the report holds no inconsistent finding."""
    return all(str(f.verdict) != "inconsistent" for f in report.findings)
