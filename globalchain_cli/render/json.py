"""The JSON report (``--format json``), as ../shared/contract/report.schema.json defines it."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import Claim, FileReport, Finding, Report, Verdict

SCHEMA = "gcheck-report/1"


def claim_dict(c: Claim) -> dict[str, Any]:
    value = list(c.value) if isinstance(c.value, tuple) else c.value
    return {
        "id": c.id,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "line": c.line,
        "column": c.column,
        "value": value,
        "unit": c.unit,
        "kind": str(c.kind),
        "qualifier": str(c.qualifier),
        "noun": c.noun,
        "event": c.event,
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "verdict": str(f.verdict),
        "severity": str(f.severity),
        "message": f.message,
        "claims": list(f.claims),
        "start": f.start,
        "end": f.end,
        "line": f.line,
        "column": f.column,
        "evidence": f.evidence,
    }


def file_dict(r: FileReport) -> dict[str, Any]:
    return {
        "path": r.path,
        "error": r.error,
        "claims": [claim_dict(c) for c in r.claims],
        "findings": [finding_dict(f) for f in r.findings],
        "suppressed": r.suppressed,
        "notes": list(r.notes),
    }


def summary(report: Report) -> dict[str, int]:
    return {
        "files": len(report.files),
        "claims": sum(len(f.claims) for f in report.files),
        "consistent": report.count(Verdict.CONSISTENT),
        "inconsistent": report.count(Verdict.INCONSISTENT),
        "unverifiable": report.count(Verdict.UNVERIFIABLE),
        "suppressed": sum(f.suppressed for f in report.files),
        "errors": sum(1 for f in report.files if f.error),
    }


def render(report: Report) -> str:
    doc = {
        "schema": SCHEMA,
        "tool": {"name": "gcheck", "version": __version__},
        "files": [file_dict(f) for f in report.files],
        "summary": summary(report),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
