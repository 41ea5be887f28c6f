"""The JSON report (``--format json``), as ``globalchain_cli/schema/report.schema.json`` defines it
(``gcheck schema`` prints that schema)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import Claim, FileReport, Finding, Report
from .common import View, summary

SCHEMA = "gcheck-report/1"
#: The schema of the report, shipped in the package.
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "report.schema.json"


def schema_text() -> str:
    """The JSON schema of the report, as shipped."""
    return SCHEMA_FILE.read_text(encoding="utf-8")


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


def render(report: Report, view: View | None = None) -> str:
    """The report as JSON (``view`` changes nothing: the JSON report has one form)."""
    doc = {
        "schema": SCHEMA,
        "tool": {"name": "gcheck", "version": __version__},
        "configuration": getattr(view and view.config, "source", None),  # the configuration file in use, or null
        "files": [file_dict(f) for f in report.files],
        "summary": summary(report),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


__all__ = ["SCHEMA", "SCHEMA_FILE", "claim_dict", "file_dict", "finding_dict", "render", "schema_text", "summary"]
