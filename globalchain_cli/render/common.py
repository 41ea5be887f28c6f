"""What every renderer shares: how a report is viewed, which findings are problems, where a
finding ends, how paths and notes are shown.

A renderer is a module of this package with ``render(report, view) -> str``;
``render/__init__.py`` maps each ``--format`` to its module. ``View`` carries what the
command line decided about the output: the language, the configuration (severities and
disabled rules, for SARIF's rule list), colour, ``--quiet`` and the width of the table.
"""

from __future__ import annotations

import inspect
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..messages import say
from ..model import Claim, FileReport, Finding, Report, Verdict

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config

#: The pseudo-rule of directives that suppress nothing or cannot be read (SARIF, GitHub, concise).
DIRECTIVE_RULE = "directive"
#: Problems first: inconsistent, then unverifiable, then confirmed checks.
VERDICT_ORDER = {Verdict.INCONSISTENT: 0, Verdict.UNVERIFIABLE: 1, Verdict.CONSISTENT: 2}

_BREAK = re.compile(r"\r\n|\r|\n")
_NOTE_LINE = re.compile(r"^(?:ligne|line) (\d+)\b(?:\s?:\s*)?")


@dataclass(frozen=True)
class View:
    """How to show a report: language, configuration, colour (None: decide from the terminal), quiet, width."""

    lang: str = "fr"
    config: Config | None = None
    color: bool | None = None
    quiet: bool = False
    width: int | None = None


def problems(fr: FileReport) -> list[Finding]:
    """The findings worth reporting outside the table: inconsistent and unverifiable ones."""
    return [f for f in fr.findings if f.verdict != Verdict.CONSISTENT]


def by_importance(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Inconsistent findings first, then unverifiable, then consistent; text order within each."""
    return sorted(findings, key=lambda f: VERDICT_ORDER[f.verdict])  # sorted() is stable


def note_line(note: str) -> int | None:
    """The line a note is about ("ligne 4 : ...", "line 4: ..."), or None."""
    m = _NOTE_LINE.match(note)
    return int(m.group(1)) if m else None


def note_text(note: str) -> str:
    """A note without its "ligne 4 : " / "line 4: " prefix."""
    m = _NOTE_LINE.match(note)
    return note[m.end() :] if m else note


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
    """A SARIF artifact URI: ``file://`` for absolute paths, a percent-encoded relative reference otherwise."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(os.fsencode(p.as_posix()), safe="/")  # a name's bytes, even those not UTF-8


def rule_doc(r) -> str:
    """A rule's docstring without the source indentation (it is Markdown)."""
    return inspect.cleandoc(r.fn.__doc__ or "") or r.name


def directive_doc(lang: str | None = None) -> str:
    """The documentation of the ``directive`` pseudo-rule (``gcheck rule directive``, SARIF)."""
    return say("render.directive.doc", lang)


def summary(report: Report) -> dict[str, int]:
    """The counts of a report, as the JSON report's ``summary`` holds them."""
    return {
        "files": len(report.files),
        "claims": sum(len(f.claims) for f in report.files),
        "consistent": report.count(Verdict.CONSISTENT),
        "inconsistent": report.count(Verdict.INCONSISTENT),
        "unverifiable": report.count(Verdict.UNVERIFIABLE),
        "suppressed": sum(f.suppressed for f in report.files),
        "errors": sum(1 for f in report.files if f.error),
    }


def summary_line(report: Report, lang: str | None = None, always_suppressed: bool = True) -> str:
    """The counts in one line, with the findings suppressed by directives (only when some are,
    unless ``always_suppressed``)."""
    s: dict[str, Any] = summary(report)
    line = say("render.summary.counts", lang, **s)
    if always_suppressed or s["suppressed"]:
        line += say("render.summary.suppressed", lang, **s)
    return line


__all__ = [
    "DIRECTIVE_RULE",
    "View",
    "artifact_uri",
    "by_importance",
    "claim_end",
    "directive_doc",
    "display_path",
    "located_claim",
    "note_line",
    "note_text",
    "problems",
    "region",
    "rule_doc",
    "summary",
    "summary_line",
]
