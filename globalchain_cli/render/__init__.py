"""The reports: one module per ``--format``, each with ``render(report, view) -> str``.

``RENDERERS`` maps each format to its module, imported only when used (so that
``--format json`` never imports rich). To add a format: write ``render/<name>.py`` with
``render(report: Report, view: View) -> str`` (shared helpers in ``render/common.py``),
add it here, and to ``cli.Format``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Report
    from .common import View

#: ``--format`` value → module of this package.
RENDERERS = {
    "table": "table",
    "concise": "concise",
    "json": "json",
    "sarif": "sarif",
    "github": "github",
    "markdown": "markdown",
}


def render(report: Report, fmt: str, view: View) -> str:
    """The report in the format ``fmt``."""
    return import_module(f"{__name__}.{RENDERERS[fmt]}").render(report, view)
