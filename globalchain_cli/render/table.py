"""The verdict table for a terminal (``--format table``): one table per file, then a summary line.

Findings are listed by importance: inconsistent first, then unverifiable, then the
checks that hold (``VERDICT_ORDER``), in text order within each; with ``--quiet``
only the first two, the others counted in the summary. Every text from the file
(its name, the figures, the messages) is shown verbatim: rich markup such as
``[v2]`` in ``brouillon [v2].txt`` is never interpreted. Colour follows
``View.color`` (decided by the command line: ``--color``, ``NO_COLOR``, a terminal).
This module and ``claims.py`` are the only renderers that draw with rich.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..messages import say
from ..model import Report, Verdict
from .common import View, by_importance, problems, summary, summary_line

STYLE = {Verdict.CONSISTENT: "green", Verdict.INCONSISTENT: "bold red", Verdict.UNVERIFIABLE: "yellow"}
COLUMNS = ("verdict", "rule", "figures", "check")


def console(view: View, buffer: io.StringIO) -> Console:
    """A rich console writing to ``buffer``: the view's width (the terminal's by default), its colour."""
    width = view.width or Console().width
    if view.color:
        return Console(file=buffer, width=width, force_terminal=True, no_color=False, highlight=False)
    return Console(file=buffer, width=width, color_system=None, no_color=True, highlight=False)


def render(report: Report, view: View | None = None) -> str:
    view = view or View()
    lang = view.lang
    buffer = io.StringIO()
    out = console(view, buffer)
    for fr in report.files:
        if fr.error:
            out.print(Text(f"{fr.path}: {fr.error}", style="bold red"))
            continue
        by_id = {c.id: c for c in fr.claims}
        shown = problems(fr) if view.quiet else fr.findings
        if shown:
            table = Table(title=Text(fr.path), title_justify="left", show_lines=False, expand=False)
            for column in COLUMNS:
                table.add_column(Text(say(f"render.table.{column}", lang)), overflow="fold")
            for f in by_importance(shown):
                figures = "\n".join(
                    f"{by_id[c].label} ({by_id[c].line}:{by_id[c].column})" for c in f.claims if c in by_id
                )
                verdict = Text(say(f"verdict.{f.verdict}", lang), style=STYLE[f.verdict])
                table.add_row(verdict, Text(f.rule), Text(figures), Text(f.message))
            out.print(table)
        elif not view.quiet:
            out.print(Text(f"{fr.path}: {say('render.table.nothing_to_check', lang)}"))
        for note in fr.notes:
            out.print(Text(f"{fr.path}: {note}", style="yellow"))
    style = "bold red" if summary(report)["inconsistent"] else "bold green"
    out.print(Text(summary_line(report, lang, always_suppressed=False), style=style))
    return buffer.getvalue()
