"""A Markdown summary for a pull-request comment or a CI job summary (``--format markdown``).

A heading with the outcome, the counts (suppressed findings included), then a
table of the inconsistent and unverifiable findings (file:line, rule, message),
then the files that could not be read and the directives that suppress nothing.
Text from articles and messages is escaped so it can neither break the table
nor inject HTML or links into the comment.
"""

from __future__ import annotations

import re

from globalchain_cli.model import Report, Verdict

from .json import summary
from .sarif import display_path, problems

#: Rows shown before "… and N more": a comment on GitHub holds at most 65 536 characters.
MAX_ROWS = 200

TEXT = {
    "fr": {
        "title_bad": "gcheck : {n} chiffre(s) incohérent(s)",
        "title_warn": "gcheck : {n} vérification(s) impossible(s)",
        "title_ok": "gcheck : aucun chiffre incohérent",
        "summary": "{files} fichier(s), {claims} chiffres : {consistent} cohérent(s), "
        "{inconsistent} incohérent(s), {unverifiable} invérifiable(s), "
        "{suppressed} supprimé(s) par directive",
        "header": "| | Fichier | Règle | Message |",
        "more": "… et {n} autre(s).",
        "errors": "**Fichiers illisibles**",
        "notes": "**Directives**",
        Verdict.INCONSISTENT: "❌ incohérent",
        Verdict.UNVERIFIABLE: "⚠️ invérifiable",
    },
    "en": {
        "title_bad": "gcheck: {n} inconsistent figure(s)",
        "title_warn": "gcheck: {n} check(s) could not be made",
        "title_ok": "gcheck: no inconsistent figure",
        "summary": "{files} file(s), {claims} figures: {consistent} consistent, {inconsistent} inconsistent, "
        "{unverifiable} unverifiable, {suppressed} suppressed by directive",
        "header": "| | File | Rule | Message |",
        "more": "… and {n} more.",
        "errors": "**Unreadable files**",
        "notes": "**Directives**",
        Verdict.INCONSISTENT: "❌ inconsistent",
        Verdict.UNVERIFIABLE: "⚠️ unverifiable",
    },
}

_SPECIAL = re.compile(r"([\\`*_\[\]|~#!])")


def cell(text: str) -> str:
    """Text safe in a Markdown table cell: one line, no markup, no HTML."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def summary_line(report: Report, lang: str = "fr") -> str:
    """The counts in one line (suppressed findings included)."""
    return TEXT.get(lang, TEXT["fr"])["summary"].format(**summary(report))


def render(report: Report, lang: str = "fr") -> str:
    t = TEXT.get(lang, TEXT["fr"])
    s = summary(report)
    if s["inconsistent"]:
        title = t["title_bad"].format(n=s["inconsistent"])
    elif s["unverifiable"]:
        title = t["title_warn"].format(n=s["unverifiable"])
    else:
        title = t["title_ok"]
    out = [f"### {title}", "", summary_line(report, lang), ""]
    rows = []
    for fr in report.files:
        for f in problems(fr):
            where = f"{display_path(fr.path)}:{f.line}"
            rows.append(f"| {t[f.verdict]} | {cell(where)} | {cell(f.rule)} | {cell(f.message)} |")
    if rows:
        out += [t["header"], "|---|---|---|---|", *rows[:MAX_ROWS]]
        if len(rows) > MAX_ROWS:
            out += ["", t["more"].format(n=len(rows) - MAX_ROWS)]
        out.append("")
    sep = ": " if lang == "en" else " : "
    errors = [f"- {cell(display_path(fr.path))}{sep}{cell(fr.error)}" for fr in report.files if fr.error]
    if errors:
        out += [t["errors"], "", *errors, ""]
    notes = [f"- {cell(display_path(fr.path))}{sep}{cell(n)}" for fr in report.files for n in fr.notes]
    if notes:
        out += [t["notes"], "", *notes, ""]
    return "\n".join(out).rstrip("\n") + "\n"
