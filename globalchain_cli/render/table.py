"""The verdict table for a terminal: the only module that draws with rich."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Report, Verdict
from .json import summary

STYLE = {Verdict.CONSISTENT: "green", Verdict.INCONSISTENT: "bold red", Verdict.UNVERIFIABLE: "yellow"}
LABELS = {
    "fr": {Verdict.CONSISTENT: "cohérent", Verdict.INCONSISTENT: "incohérent", Verdict.UNVERIFIABLE: "invérifiable"},
    "en": {
        Verdict.CONSISTENT: "consistent",
        Verdict.INCONSISTENT: "inconsistent",
        Verdict.UNVERIFIABLE: "unverifiable",
    },
}
HEADERS = {
    "fr": ("Verdict", "Règle", "Chiffres (ligne:col.)", "Vérification"),
    "en": ("Verdict", "Rule", "Figures (line:col)", "Check"),
}


def render(
    report: Report, file: IO[str] | None = None, lang: str = "fr", width: int | None = None, color: bool = True
) -> None:
    console = Console(file=file, width=width, color_system="auto" if color else None, highlight=False)
    labels = LABELS.get(lang, LABELS["fr"])
    for fr in report.files:
        if fr.error:
            console.print(Text(f"{fr.path}: {fr.error}", style="bold red"))
            continue
        by_id = {c.id: c for c in fr.claims}
        table = Table(title=fr.path, title_justify="left", show_lines=False, expand=False)
        for h in HEADERS.get(lang, HEADERS["fr"]):
            table.add_column(h, overflow="fold")
        for f in fr.findings:
            figures = "\n".join(f"{by_id[c].label} ({by_id[c].line}:{by_id[c].column})" for c in f.claims if c in by_id)
            table.add_row(Text(labels[f.verdict], style=STYLE[f.verdict]), f.rule, figures, f.message)
        if fr.findings:
            console.print(table)
        else:
            console.print(Text(f"{fr.path}: " + ("aucune vérification" if lang != "en" else "nothing to check")))
        for note in fr.notes:
            console.print(Text(f"{fr.path}: {note}", style="yellow"))
    s = summary(report)
    if lang == "en":
        line = (
            f"{s['files']} file(s), {s['claims']} figures: {s['consistent']} consistent, "
            f"{s['inconsistent']} inconsistent, {s['unverifiable']} unverifiable"
        )
        if s["suppressed"]:
            line += f", {s['suppressed']} suppressed"
    else:
        line = (
            f"{s['files']} fichier(s), {s['claims']} chiffres : {s['consistent']} cohérent(s), "
            f"{s['inconsistent']} incohérent(s), {s['unverifiable']} invérifiable(s)"
        )
        if s["suppressed"]:
            line += f", {s['suppressed']} supprimé(s)"
    style = "bold red" if s["inconsistent"] else "bold green"
    console.print(Text(line, style=style))
