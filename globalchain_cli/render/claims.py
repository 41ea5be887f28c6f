"""The claims table (``gcheck claims``): what gcheck understood of each figure.

Every cell is shown verbatim (``Text``, never rich markup), as in the verdict table.
"""

from __future__ import annotations

import io

from rich.table import Table
from rich.text import Text

from ..messages import say
from ..model import Report
from .common import View
from .table import console

COLUMNS = ("id", "position", "text", "kind", "value", "unit", "qualifier", "event")


def render(report: Report, view: View | None = None) -> str:
    view = view or View()
    buffer = io.StringIO()
    out = console(view, buffer)
    for fr in report.files:
        if fr.error:
            continue
        table = Table(title=Text(fr.path), title_justify="left")
        for column in COLUMNS:
            table.add_column(Text(say(f"render.claims.{column}", view.lang)), overflow="fold")
        for c in fr.claims:
            value = " → ".join(c.value) if isinstance(c.value, tuple) else str(c.value)
            cells = (c.id, f"{c.line}:{c.column}", c.label, str(c.kind), value, c.unit or "", str(c.qualifier))
            table.add_row(*(Text(x) for x in (*cells, c.event or "")))
        out.print(table)
    return buffer.getvalue()
