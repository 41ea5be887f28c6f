"""The SARIF 2.1.0 report (``--format sarif``), for GitHub code scanning and other viewers.

One run; ``tool.driver.rules`` lists every rule with its documentation; one
result per inconsistent or unverifiable finding (consistent ones are not
problems), located at its first claim, the other claims as related locations.
Columns are 1-based code points (``columnKind: unicodeCodePoints``), ``endColumn``
is the column just after the claim, as SARIF wants. Directives that suppress
nothing or cannot be read are results of the pseudo-rule ``directive``
(warning); files that could not be read are tool execution notifications.
Standard input is located too: at the ``--stdin-filename`` URI when one is given
(the report's path is then that name), else an artifact described as standard
input, without URI.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from globalchain_cli import __version__
from globalchain_cli.messages import say
from globalchain_cli.model import Claim, FileReport, Finding, Report, Severity

from .common import (
    DIRECTIVE_RULE,
    View,
    artifact_uri,
    claim_end,
    directive_doc,
    located_claim,
    note_line,
    problems,
    region,
    rule_doc,
)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
STDIN = "-"


def _descriptor(r, config) -> dict[str, Any]:
    doc = rule_doc(r)
    body = doc.split("\n", 1)[1].strip() if "\n" in doc else doc
    severity = Severity((config.severity if config else {}).get(r.code, r.severity))
    enabled = not (config and r.code in config.disable)
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": body},
        "help": {"text": doc, "markdown": f"**{r.code} {r.name}**: {doc}"},
        "defaultConfiguration": {"enabled": enabled, "level": LEVELS[severity]},
        "properties": {"tags": [r.family]},
    }


def _directive_descriptor(lang: str) -> dict[str, Any]:
    doc = directive_doc(lang)
    return {
        "id": DIRECTIVE_RULE,
        "name": say("render.directive.name", lang),
        "shortDescription": {"text": say("render.directive.summary", lang)},
        "fullDescription": {"text": doc.split("\n\n", 1)[1]},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": "warning"},
    }


def _artifact(path: str, lang: str) -> dict[str, Any]:
    """The artifact location of a path; standard input has a description instead of a URI."""
    if path == STDIN:
        return {"description": {"text": say("render.sarif.stdin", lang)}}
    return {"uri": artifact_uri(path)}


def _location(
    path: str, reg: dict[str, int] | None = None, snippet: str | None = None, lang: str = "fr"
) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(path, lang)}
    if reg is not None:
        physical["region"] = dict(reg)
        if snippet is not None:
            physical["region"]["snippet"] = {"text": snippet}
    return {"physicalLocation": physical}


def _fingerprint(fr: FileReport, f: Finding, by_id: dict[str, Claim], seen: dict[str, int]) -> str:
    labels = "|".join(by_id[c].label if c in by_id else c for c in f.claims)
    key = f"{fr.path}\0{f.rule}\0{labels}"
    seen[key] = seen.get(key, 0) + 1
    return hashlib.sha256(f"{key}\0{seen[key]}".encode(errors="surrogateescape")).hexdigest()[:32]


def sarif(report: Report, config=None, lang: str | None = None) -> dict[str, Any]:
    """The SARIF log as a dict (``config``: severities and disabled rules for the rule list)."""
    from globalchain_cli.rules import REGISTRY

    lang = lang or getattr(config, "lang", None) or "fr"
    rules = [_descriptor(r, config) for r in REGISTRY.values()] + [_directive_descriptor(lang)]
    index = {d["id"]: i for i, d in enumerate(rules)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for fr in report.files:
        if fr.error:
            note: dict[str, Any] = {"level": "error", "message": {"text": f"{fr.path}: {fr.error}"}}
            note["locations"] = [_location(fr.path, lang=lang)]
            notifications.append(note)
            continue
        by_id = {c.id: c for c in fr.claims}
        seen: dict[str, int] = {}
        for f in problems(fr):
            reg = region(f, by_id)
            first = located_claim(f, by_id)
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "level": LEVELS[f.severity],
                "message": {"text": f.message},
                "partialFingerprints": {"gcheckFinding/v1": _fingerprint(fr, f, by_id, seen)},
                "properties": {
                    "verdict": str(f.verdict),
                    "evidence": f.evidence,
                    "claims": [by_id[c].label for c in f.claims if c in by_id],
                },
            }
            if f.rule in index:
                result["ruleIndex"] = index[f.rule]
            result["locations"] = [_location(fr.path, reg, first.text if first else None, lang)]
            related = []
            for n, cid in enumerate(f.claims):
                c = by_id.get(cid)
                if c is None or c is first:
                    continue
                end_line, end_column = claim_end(c)
                span = {"startLine": c.line, "startColumn": c.column, "endLine": end_line, "endColumn": end_column}
                loc = _location(fr.path, span, c.text, lang)
                loc["id"] = n
                loc["message"] = {"text": c.label}
                related.append(loc)
            if related:
                result["relatedLocations"] = related
            results.append(result)
        for note in fr.notes:
            line = note_line(note)
            result = {
                "ruleId": DIRECTIVE_RULE,
                "ruleIndex": index[DIRECTIVE_RULE],
                "level": "warning",
                "message": {"text": note},
            }
            result["locations"] = [_location(fr.path, {"startLine": line} if line else None, lang=lang)]
            results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "gcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "invocations": [
            {
                "executionSuccessful": not any(fr.error for fr in report.files),
                "toolExecutionNotifications": notifications,
                "workingDirectory": {"uri": Path.cwd().as_uri() + "/"},
                "properties": {"configuration": getattr(config, "source", None)},
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    run["language"] = "en-US" if lang == "en" else "fr-FR"
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, view: View | None = None) -> str:
    view = view or View()
    return json.dumps(sarif(report, view.config, view.lang), ensure_ascii=False, indent=2) + "\n"
