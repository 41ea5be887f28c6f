"""Inline suppression directives, written as HTML comments in .txt, .md and .html files.

* ``<!-- gcheck: ignore -->`` / ``<!-- gcheck: ignore RULE1 RULE2 -->`` on the
  line of a claim suppresses the findings that involve a claim on that line
  (all rules, or the listed ones); alone on its line (only whitespace, ``>``
  quote markers or other directives around it), it covers the next line;
* ``<!-- gcheck: disable [RULES] -->`` … ``<!-- gcheck: enable [RULES] -->``
  covers the lines from the ``disable`` to the line before the ``enable``
  (the ``enable`` line too when it has text before the comment); a
  ``disable`` never enabled again runs to the end of the file. ``enable``
  without rules ends every open ``disable``; ``enable R1`` ends R1 in the
  open ``disable``s that name it (an ``disable R1 R2`` goes on for R2);
* ``<!-- gcheck: disable-file [RULES] -->`` anywhere covers the whole file.

Rule ids are separated by spaces or commas and compared case-insensitively.
A directive is one comment on one line.

Directive text is never prose: ``markup.prose_view`` removes every HTML
comment in Markdown and HTML, and in plain text replaces each directive by
spaces of the same length (offsets unchanged), so the pipeline must read
claims from ``prose_view(...).text``, never from the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from .document import Document
from .messages import say

__all__ = ["DIRECTIVE_RE", "KINDS", "Directive", "apply", "find_directives", "parse_directives"]

#: One directive: ``<!-- gcheck: BODY -->`` on a single line (case-insensitive).
DIRECTIVE_RE = re.compile(r"<!--[ \t]*gcheck[ \t]*:(?P<body>[^\r\n]*?)-->", re.IGNORECASE)

KINDS = ("ignore", "disable", "enable", "disable-file")
_RULE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:\-]*$")
_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class Directive:
    kind: str  # "ignore" | "disable" | "enable" | "disable-file"
    rules: frozenset[str]  # empty: every rule
    start: int  # offsets of the comment in the text
    end: int
    line: int
    applies_to: tuple[int, int]  # first and last line covered, inclusive (empty when first > last)

    def matches(self, rule: str) -> bool:
        return not self.rules or rule.casefold() in {r.casefold() for r in self.rules}

    @property
    def label(self) -> str:
        """The directive as written, normalised: ``gcheck: ignore R1 R2``."""
        return " ".join(["gcheck:", self.kind, *sorted(self.rules)])

    def describe(self, lang: str | None = None) -> str:
        """Warning for a directive that suppressed nothing (in ``lang``, the run's language by default)."""
        problem = say("directive.unused", lang, label=self.label)
        return say("directive.at_line", lang, line=self.line, problem=problem)


def find_directives(
    text: str, doc: Document | None = None, lang: str | None = None
) -> tuple[list[Directive], list[str]]:
    """Directives in ``text``, and the problems found, one line each, in line order.

    The problems are in ``lang`` (the run's language, ``messages.use``, by default).

    Problems: an unknown or empty directive, an invalid rule id, an ``enable``
    that closes nothing. The faulty directive is left out.
    """
    if "<!--" not in text:
        return [], []
    doc = doc if doc is not None else Document(text)
    last_line = doc.line_count
    found: list[tuple[str, frozenset[str], int, int, int]] = []
    problems: list[tuple[int, str]] = []

    def problem(line: int, key: str, **params: str) -> None:
        message = say(f"directive.{key}", lang, **params)
        problems.append((line, say("directive.at_line", lang, line=line, problem=message)))

    kinds = ", ".join(KINDS)
    for m in DIRECTIVE_RE.finditer(text):
        line = doc.line_of(m.start())
        words = [w for w in _SEPARATORS.split(m.group("body").strip()) if w]
        if not words:
            problem(line, "empty", kinds=kinds)
            continue
        kind = words[0].lower()
        if kind not in KINDS:
            problem(line, "unknown", word=words[0], kinds=kinds)
            continue
        bad = [w for w in words[1:] if not _RULE_ID.match(w)]
        if bad:
            problem(line, "bad_rule", word=bad[0])
            continue
        found.append((kind, frozenset(words[1:]), m.start(), m.end(), line))

    directives: list[Directive] = []
    open_blocks: list[Directive] = []  # disables waiting for their enable

    def covering(d: Directive, first: int, last: int) -> Directive:
        return Directive(d.kind, d.rules, d.start, d.end, d.line, (first, max(last, first)))

    alone: dict[int, bool] = {}  # per line: many directives on one line read it once
    for kind, rules, start, end, line in found:
        if kind == "ignore":
            if line not in alone:
                alone[line] = _alone(doc, line)
            target = line + 1 if alone[line] else line
            directives.append(Directive(kind, rules, start, end, line, (target, target)))
        elif kind == "disable-file":
            directives.append(Directive(kind, rules, start, end, line, (1, last_line)))
        elif kind == "disable":
            open_blocks.append(Directive(kind, rules, start, end, line, (line, last_line)))
        else:  # enable
            directives.append(Directive(kind, rules, start, end, line, (line, line)))
            if not open_blocks:
                problem(line, "enable_without_disable")
                continue
            # Text before the enable comment on its line is still disabled.
            line_start = doc.line_span(line)[0]
            last = line if text[line_start:start].strip(" \t>") else line - 1
            closing = _folded(rules)
            still_open: list[Directive] = []
            matched = False
            for block in open_blocks:
                if not rules:
                    directives.append(covering(block, block.applies_to[0], last))
                    matched = True
                elif block.rules and _folded(block.rules) & closing:
                    directives.append(covering(block, block.applies_to[0], last))
                    matched = True
                    remaining = frozenset(r for r in block.rules if r.casefold() not in closing)
                    if remaining:  # the other rules stay disabled, from this line on
                        still_open.append(replace(covering(block, line, last_line), rules=remaining))
                else:  # a global disable is only closed by a global enable
                    still_open.append(block)
            if not matched:
                problem(line, "enable_closes_nothing", rules=" ".join(sorted(rules)))
            open_blocks = still_open
    directives.extend(open_blocks)
    directives.sort(key=lambda d: (d.start, d.applies_to))
    problems.sort(key=lambda p: p[0])
    return directives, [message for _, message in problems]


def parse_directives(text: str, doc: Document | None = None) -> list[Directive]:
    """The valid directives of ``text`` in order (see ``find_directives`` for the problems)."""
    return find_directives(text, doc)[0]


def _folded(rules: Iterable[str]) -> frozenset[str]:
    return frozenset(r.casefold() for r in rules)


def _alone(doc: Document, line: int) -> bool:
    """Whether a line holds nothing but directives (and blockquote markers)."""
    rest = DIRECTIVE_RE.sub("", doc.line_text(line))
    return not rest.strip(" \t\f\v>")


def apply(findings: Sequence, claims_by_id: Mapping[str, object], directives: Sequence[Directive]):
    """Split findings into kept and suppressed.

    A finding is suppressed when any of its claims (``finding.claims``, ids
    looked up in ``claims_by_id``; the finding's own ``line`` when none is
    known) lies on a line covered by a directive matching ``finding.rule``.

    Returns ``(kept, suppressed_count, unused)``: the kept findings in their
    order, how many were suppressed, and the directives that suppressed
    nothing (``enable`` directives are never unused; a ``disable`` split by a
    partial ``enable`` is reported once).
    """
    active = [d for d in directives if d.kind != "enable"]
    folded = [_folded(d.rules) for d in active]
    used: set[tuple[int, int]] = set()
    kept = []
    suppressed = 0
    for finding in findings:
        lines = {claims_by_id[c].line for c in finding.claims if c in claims_by_id}
        if not lines:
            lines = {finding.line}
        rule = finding.rule.casefold()
        hit = False
        for directive, rules in zip(active, folded, strict=True):
            if rules and rule not in rules:
                continue
            first, last = directive.applies_to
            if any(first <= line <= last for line in lines):
                used.add((directive.start, directive.end))
                hit = True
        if hit:
            suppressed += 1
        else:
            kept.append(finding)
    unused: list[Directive] = []
    reported: set[tuple[int, int]] = set()
    for directive in active:
        key = (directive.start, directive.end)
        if key not in used and key not in reported:
            reported.add(key)
            unused.append(directive)
    return kept, suppressed, unused
