"""GitHub Actions workflow commands (``--format github``): annotations on the pull request.

One line per inconsistent or unverifiable finding::

    ::error file=drafts/a.md,line=3,col=1,endColumn=6,title=SUB01 part-within-whole::« 1 530 enfants » …

``::error`` for findings of severity error, ``::warning`` for warnings,
``::notice`` for info; ``col``/``endColumn`` (``endColumn`` just after the claim,
as ruff does) only when the claim holds on one line, ``endLine`` otherwise, as
GitHub accepts columns on one line only. Directives that suppress nothing are
``::warning``; unreadable files ``::error``. A last plain line sums up.

Escaping follows GitHub's runner: in the message, ``%``, ``\\r``, ``\\n`` become
``%25``, ``%0D``, ``%0A``; in properties, ``:`` and ``,`` also become ``%3A``, ``%2C``.
"""

from __future__ import annotations

from globalchain_cli.model import Report, Severity

from .common import DIRECTIVE_RULE, View, display_path, note_line, problems, region, summary_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: str | int | None) -> str:
    """One workflow command line: ``::name k=v,k=v::message`` (properties left out when None)."""
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name}{' ' + given if given else ''}::{escape_data(message)}"


def render(report: Report, view: View | None = None) -> str:
    from globalchain_cli.rules import REGISTRY

    lang = (view or View()).lang
    lines: list[str] = []
    for fr in report.files:
        path = None if fr.path == "-" else display_path(fr.path)
        if fr.error:
            lines.append(command("error", f"{fr.path}: {fr.error}", file=path, title="gcheck"))
            continue
        by_id = {c.id: c for c in fr.claims}
        for f in problems(fr):
            reg = region(f, by_id)
            one_line = reg["startLine"] == reg["endLine"]
            rule = REGISTRY.get(f.rule)
            lines.append(
                command(
                    COMMANDS[f.severity],
                    f.message,
                    file=path,
                    line=reg["startLine"],
                    endLine=None if one_line else reg["endLine"],
                    col=reg["startColumn"] if one_line else None,
                    endColumn=reg["endColumn"] if one_line else None,
                    title=f"{f.rule} {rule.name}" if rule else f.rule,
                )
            )
        for note in fr.notes:
            lines.append(command("warning", note, file=path, line=note_line(note), title=f"gcheck {DIRECTIVE_RULE}"))
    lines.append(summary_line(report, lang))
    return "\n".join(lines) + "\n"
