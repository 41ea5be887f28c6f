"""A Markdown summary for a pull-request comment or a CI job summary (``--format markdown``).

A heading with the outcome, the counts (suppressed findings included), then a
table of the inconsistent and unverifiable findings (file:line, rule, message),
then the files that could not be read and the directives that suppress nothing.
Text from articles and messages is escaped so it can neither break the table
nor inject HTML or links into the comment.
"""

from __future__ import annotations

import re

from globalchain_cli.messages import say
from globalchain_cli.model import Report

from .common import View, display_path, problems, summary, summary_line

#: Rows shown before "… and N more": a comment on GitHub holds at most 65 536 characters.
MAX_ROWS = 200

_SPECIAL = re.compile(r"([\\`*_\[\]|~#!])")


def cell(text: str) -> str:
    """Text safe in a Markdown table cell: one line, no markup, no HTML."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def render(report: Report, view: View | None = None) -> str:
    lang = (view or View()).lang

    def t(key: str, **params: object) -> str:
        return say(f"render.markdown.{key}", lang, **params)

    s = summary(report)
    if s["inconsistent"]:
        title = t("title_bad", n=s["inconsistent"])
    elif s["unverifiable"]:
        title = t("title_warn", n=s["unverifiable"])
    else:
        title = t("title_ok")
    out = [f"### {title}", "", summary_line(report, lang), ""]
    rows = []
    for fr in report.files:
        for f in problems(fr):
            where = f"{display_path(fr.path)}:{f.line}"
            rows.append(f"| {t(str(f.verdict))} | {cell(where)} | {cell(f.rule)} | {cell(f.message)} |")
    if rows:
        out += [f"| | {t('file')} | {t('rule')} | {t('message')} |", "|---|---|---|---|", *rows[:MAX_ROWS]]
        if len(rows) > MAX_ROWS:
            out += ["", t("more", n=len(rows) - MAX_ROWS)]
        out.append("")
    errors = [
        f"- {t('item', path=cell(display_path(fr.path)), text=cell(fr.error))}" for fr in report.files if fr.error
    ]
    if errors:
        out += [f"**{t('errors')}**", "", *errors, ""]
    notes = [f"- {t('item', path=cell(display_path(fr.path)), text=cell(n))}" for fr in report.files for n in fr.notes]
    if notes:
        out += [f"**{t('notes')}**", "", *notes, ""]
    return "\n".join(out).rstrip("\n") + "\n"
