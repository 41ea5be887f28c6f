"""One line per problem (``--format concise``), as ruff and Vale print them, for logs and
editors' problem matchers::

    drafts/a.md:3:42: SUB01 incohérent « 1 530 enfants » dépasse « 1 374 victimes » (dont)
    drafts/a.md:7:1: directive warning la directive gcheck ne supprime rien
    drafts/b.txt: fichier introuvable

``path:line:col: RULE verdict message`` for each inconsistent or unverifiable finding
(most important first, as in the table; columns 1-based code points), the
``directive`` pseudo-rule for directives that suppress nothing or cannot be read, the
file's error for a file that could not be read, and the summary line last (confirmed
checks are only counted there). Nothing is coloured; a line is never wrapped: line
breaks inside a message become spaces.
"""

from __future__ import annotations

from ..messages import say
from ..model import Report
from .common import DIRECTIVE_RULE, View, by_importance, display_path, note_line, note_text, problems, summary_line


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render(report: Report, view: View | None = None) -> str:
    lang = (view or View()).lang
    lines: list[str] = []
    for fr in report.files:
        path = display_path(fr.path)
        if fr.error:
            lines.append(f"{path}: {_one_line(fr.error)}")
            continue
        for f in by_importance(problems(fr)):
            verdict = say(f"verdict.{f.verdict}", lang)
            lines.append(f"{path}:{f.line}:{f.column}: {f.rule} {verdict} {_one_line(f.message)}")
        for note in fr.notes:
            line = note_line(note)
            where = f"{path}:{line}:1" if line else path
            lines.append(f"{where}: {DIRECTIVE_RULE} warning {_one_line(note_text(note))}")
    lines.append(summary_line(report, lang, always_suppressed=False))
    return "\n".join(lines) + "\n"
