"""The SARIF 2.1.0 report (``--format sarif``), for GitHub code scanning and other viewers.

One run; ``tool.driver.rules`` lists every rule with its documentation; one
result per inconsistent or unverifiable finding (consistent ones are not
problems), located at its first claim, the other claims as related locations.
Columns are 1-based code points (``columnKind: unicodeCodePoints``), ``endColumn``
is the column just after the claim, as SARIF wants. Directives that suppress
nothing or cannot be read are results of the pseudo-rule ``directive``
(warning); files that could not be read are tool execution notifications.

This module also holds what the GitHub and Markdown renderers share: where a
finding ends (``region``), which findings are problems, the lines of notes.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import re
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from globalchain_cli import __version__
from globalchain_cli.model import Claim, FileReport, Finding, Report, Severity, Verdict

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
DIRECTIVE_RULE = "directive"
_BREAK = re.compile(r"\r\n|\r|\n")
_NOTE_LINE = re.compile(r"^(?:ligne|line) (\d+)\b")


def problems(fr: FileReport) -> list[Finding]:
    """The findings worth reporting outside the table: inconsistent and unverifiable ones."""
    return [f for f in fr.findings if f.verdict != Verdict.CONSISTENT]


def note_line(note: str) -> int | None:
    """The line a note is about ("ligne 4 : ...", "line 4: ..."), or None."""
    m = _NOTE_LINE.match(note)
    return int(m.group(1)) if m else None


def claim_end(c: Claim) -> tuple[int, int]:
    """Line and column just after the claim's last character (columns 1-based, code points)."""
    breaks = list(_BREAK.finditer(c.text))
    if not breaks:
        return c.line, c.column + len(c.text)
    return c.line + len(breaks), len(c.text) - breaks[-1].end() + 1


def located_claim(f: Finding, by_id: dict[str, Claim]) -> Claim | None:
    """The claim the finding is located at (its first in the text), when known."""
    return next(
        (by_id[c] for c in f.claims if c in by_id and (by_id[c].start, by_id[c].end) == (f.start, f.end)),
        None,
    )


def region(f: Finding, by_id: dict[str, Claim]) -> dict[str, int]:
    """The finding's span (its first claim) as SARIF region fields; ``endColumn`` is exclusive."""
    first = located_claim(f, by_id)
    if first is not None:
        end_line, end_column = claim_end(first)
    else:
        end_line, end_column = f.line, f.column + max(f.end - f.start, 1)
    return {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_column}


def display_path(path: str) -> str:
    """A path for annotations: relative to the current directory when it lies under it, with '/'."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.as_posix()
    return PurePosixPath(p.as_posix()).as_posix()


def artifact_uri(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix(), safe="/")


def rule_doc(r) -> str:
    """A rule's docstring without the source indentation (it is Markdown)."""
    return inspect.cleandoc(r.fn.__doc__ or "") or r.name


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


def _directive_descriptor() -> dict[str, Any]:
    text = (
        "Une directive gcheck ne supprime rien ou ne peut être lue. / "
        "A gcheck directive suppresses nothing or cannot be read."
    )
    help_text = (
        text + "\n\nRetirez la directive, ou corrigez-la : `<!-- gcheck: ignore SUB01 -->`. "
        "Remove the directive, or fix it."
    )
    return {
        "id": DIRECTIVE_RULE,
        "name": "directive-suppresses-something",
        "shortDescription": {"text": text},
        "fullDescription": {"text": text},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": "warning"},
    }


def _location(path: str, reg: dict[str, int] | None = None, snippet: str | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if reg is not None:
        physical["region"] = dict(reg)
        if snippet is not None:
            physical["region"]["snippet"] = {"text": snippet}
    return {"physicalLocation": physical}


def _fingerprint(fr: FileReport, f: Finding, by_id: dict[str, Claim], seen: dict[str, int]) -> str:
    labels = "|".join(by_id[c].label if c in by_id else c for c in f.claims)
    key = f"{fr.path}\0{f.rule}\0{labels}"
    seen[key] = seen.get(key, 0) + 1
    return hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]


def sarif(report: Report, config=None) -> dict[str, Any]:
    """The SARIF log as a dict (``config``: severities and disabled rules for the rule list)."""
    from globalchain_cli.rules import REGISTRY

    rules = [_descriptor(r, config) for r in REGISTRY.values()] + [_directive_descriptor()]
    index = {d["id"]: i for i, d in enumerate(rules)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for fr in report.files:
        stdin = fr.path == "-"
        if fr.error:
            note: dict[str, Any] = {"level": "error", "message": {"text": f"{fr.path}: {fr.error}"}}
            if not stdin:
                note["locations"] = [_location(fr.path)]
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
            if not stdin:
                result["locations"] = [_location(fr.path, reg, first.text if first else None)]
                related = []
                for n, cid in enumerate(f.claims):
                    c = by_id.get(cid)
                    if c is None or c is first:
                        continue
                    end_line, end_column = claim_end(c)
                    loc = _location(
                        fr.path,
                        {
                            "startLine": c.line,
                            "startColumn": c.column,
                            "endLine": end_line,
                            "endColumn": end_column,
                        },
                        c.text,
                    )
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
            if not stdin:
                reg = {"startLine": line} if line else None
                result["locations"] = [_location(fr.path, reg)]
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
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    lang = getattr(config, "lang", None)
    if lang:
        run["language"] = "en-US" if lang == "en" else "fr-FR"
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, config=None) -> str:
    return json.dumps(sarif(report, config), ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "DIRECTIVE_RULE",
    "artifact_uri",
    "claim_end",
    "display_path",
    "note_line",
    "problems",
    "region",
    "render",
    "rule_doc",
    "sarif",
]
