"""The claims table (``gcheck claims``): what gcheck understood of each figure."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..model import Report


def render(report: Report, file=None, width: int | None = None) -> None:
    console = Console(file=file, width=width, highlight=False)
    for fr in report.files:
        if fr.error:
            continue
        table = Table(title=fr.path, title_justify="left")
        for h in ("id", "ligne:col.", "texte", "type", "valeur", "unité", "précision", "événement"):
            table.add_column(h, overflow="fold")
        for c in fr.claims:
            value = " → ".join(c.value) if isinstance(c.value, tuple) else str(c.value)
            table.add_row(
                c.id, f"{c.line}:{c.column}", c.label, str(c.kind), value, c.unit or "", str(c.qualifier), c.event or ""
            )
        console.print(table)
