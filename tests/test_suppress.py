"""Suppression directives: parsing, the lines they cover, and applying them to findings."""

from __future__ import annotations

import re

from globalchain_cli.document import Document
from globalchain_cli.markup import prose_view
from globalchain_cli.model import Claim, Finding, Kind, Severity, Verdict
from globalchain_cli.suppress import Directive, apply, find_directives, parse_directives


def claims_on(text: str) -> dict[str, Claim]:
    """One claim per figure of the prose (as the pipeline would read it), keyed c1, c2..."""
    doc = Document(text)
    prose = prose_view(text, "text")
    claims = {}
    for n, m in enumerate(re.finditer(r"\d+", prose.text), start=1):
        s, e = prose.to_source_span(m.start(), m.end())
        line, column = doc.line_col(s)
        cid = f"c{n}"
        claims[cid] = Claim(cid, s, e, text[s:e], line, column, Kind.COUNT, int(m.group()), None)
    return claims


def finding(rule: str, *claims: Claim) -> Finding:
    first = claims[0]
    return Finding(
        rule=rule,
        verdict=Verdict.INCONSISTENT,
        severity=Severity.ERROR,
        message=f"{rule} on {' '.join(c.text for c in claims)}",
        claims=tuple(c.id for c in claims),
        start=first.start,
        end=first.end,
        line=first.line,
        column=first.column,
    )


def by_text(claims: dict[str, Claim], text: str) -> Claim:
    return next(c for c in claims.values() if c.text == text)


# --- parsing -----------------------------------------------------------------


def test_ignore_on_the_claim_line():
    text = "Il y a 219 personnes. <!-- gcheck: ignore -->\nEt 362 suspects.\n"
    (d,) = parse_directives(text, Document(text))
    assert d == Directive("ignore", frozenset(), text.index("<!--"), text.index("-->") + 3, 1, (1, 1))
    assert text[d.start : d.end] == "<!-- gcheck: ignore -->"


def test_ignore_alone_covers_the_next_line():
    text = "Titre\n  <!-- gcheck: ignore subset, sum -->  \n1 374 victimes, dont 153 enfants\n"
    (d,) = parse_directives(text)
    assert d.kind == "ignore"
    assert d.rules == frozenset({"subset", "sum"})
    assert d.line == 2
    assert d.applies_to == (3, 3)


def test_syntax_variants():
    text = "a <!--gcheck:IGNORE R1-->\nb <!--   GCheck :  ignore   R2 ,R3   -->\n"
    first, second = parse_directives(text)
    assert (first.kind, first.rules, first.applies_to) == ("ignore", frozenset({"R1"}), (1, 1))
    assert (second.kind, second.rules, second.applies_to) == ("ignore", frozenset({"R2", "R3"}), (2, 2))


def test_disable_enable_block():
    text = "1 a\n<!-- gcheck: disable -->\n3 b\n4 c\n<!-- gcheck: enable -->\n6 d\n"
    directives = parse_directives(text)
    assert [(d.kind, d.line, d.applies_to) for d in directives] == [
        ("disable", 2, (2, 4)),
        ("enable", 5, (5, 5)),
    ]


def test_enable_after_text_on_its_line_includes_that_line():
    text = "<!-- gcheck: disable -->\n2 a\n3 b <!-- gcheck: enable -->\n4 c\n"
    disable = parse_directives(text)[0]
    assert disable.applies_to == (1, 3)


def test_disable_without_enable_runs_to_the_end():
    text = "1 a\n<!-- gcheck: disable sum -->\n3 b\n4 c"
    (d,) = parse_directives(text)
    assert (d.kind, d.rules, d.applies_to) == ("disable", frozenset({"sum"}), (2, 4))


def test_partial_enable_keeps_other_rules_disabled():
    text = "<!-- gcheck: disable A B -->\n2\n<!-- gcheck: enable a -->\n4\n"
    directives = parse_directives(text)
    disables = [d for d in directives if d.kind == "disable"]
    assert sorted((sorted(d.rules), d.applies_to) for d in disables) == [
        (["A", "B"], (1, 2)),
        (["B"], (3, 5)),
    ]


def test_disable_file_anywhere():
    text = "1\n2\n3\n<!-- gcheck: disable-file period -->"
    (d,) = parse_directives(text)
    assert (d.kind, d.rules, d.applies_to) == ("disable-file", frozenset({"period"}), (1, 4))


def test_problems_are_reported_not_raised():
    text = (
        "<!-- gcheck: ignroe -->\n"
        "<!-- gcheck: -->\n"
        "<!-- gcheck: enable -->\n"
        "<!-- gcheck: ignore bad!rule -->\n"
        "<!-- gcheck: disable -->\n"
        "<!-- gcheck: enable sum -->\n"
        "<!-- pas une directive -->\n"
    )
    directives, problems = find_directives(text)
    assert len(problems) == 5
    assert problems[0].startswith("ligne 1 : directive gcheck inconnue « ignroe »")
    assert problems[1].startswith("ligne 2 : directive gcheck vide")
    assert problems[2].startswith("ligne 3 : « gcheck: enable » sans « gcheck: disable »")
    assert problems[3].startswith("ligne 4 : identifiant de règle invalide « bad!rule »")
    assert problems[4].startswith("ligne 6 : « gcheck: enable sum » ne ferme aucun")
    assert all("\n" not in p for p in problems)
    # The global disable stays open to the end of the file.
    assert [(d.kind, d.applies_to) for d in directives if d.kind == "disable"] == [("disable", (5, 8))]


def test_no_directives():
    assert find_directives("1 374 victimes <!-- rien -->") == ([], [])
    assert parse_directives("") == []


def test_directive_spanning_lines_is_not_one():
    assert parse_directives("<!-- gcheck: ignore\n-->") == []


def test_crlf_lines():
    text = "a\r\n<!-- gcheck: ignore -->\r\n3 b\r\n"
    (d,) = parse_directives(text)
    assert (d.line, d.applies_to) == (2, (3, 3))


# --- applying ------------------------------------------------------------------


ARTICLE = (
    "Une opération dans 39 pays a permis d'identifier 1374 victimes.\n"  # line 1
    "<!-- gcheck: ignore subset -->\n"  # line 2
    "Au total 1347 victimes, dont 153 enfants.\n"  # line 3
    "Il y a eu 219 arrestations. <!-- gcheck: ignore -->\n"  # line 4
    "<!-- gcheck: disable sum -->\n"  # line 5
    "Soit 362 suspects et 220 arrestations.\n"  # line 6
    "<!-- gcheck: enable -->\n"  # line 7
    "Au final 218 arrestations.\n"  # line 8
    "<!-- gcheck: ignore never-fires -->\n"  # line 9
    "Fin 12.\n"  # line 10
)


def test_apply_suppresses_matching_findings_and_reports_unused():
    claims = claims_on(ARTICLE)
    directives = parse_directives(ARTICLE)
    findings = [
        finding("subset", by_text(claims, "1374"), by_text(claims, "1347")),  # line 3 covered (subset)
        finding("same", by_text(claims, "1374"), by_text(claims, "1347")),  # rule not listed: kept
        finding("same", by_text(claims, "219"), by_text(claims, "218")),  # line 4 ignore (all rules)
        finding("sum", by_text(claims, "220")),  # line 6 disabled for sum
        finding("SUM", by_text(claims, "362")),  # rule ids compare case-insensitively
        finding("subset", by_text(claims, "220")),  # line 6 but rule not disabled: kept
        finding("same", by_text(claims, "218")),  # line 8, after enable: kept
        finding("same", by_text(claims, "12")),  # line 10: "never-fires" does not match
    ]
    kept, suppressed, unused = apply(findings, claims, directives)
    assert suppressed == 4
    assert [f.message for f in kept] == [
        "same on 1374 1347",
        "subset on 220",
        "same on 218",
        "same on 12",
    ]
    assert [(d.kind, d.line) for d in unused] == [("ignore", 9)]
    assert unused[0].describe() == "ligne 9 : la directive « gcheck: ignore never-fires » n'a rien supprimé"


def test_every_directive_unused_when_nothing_to_suppress():
    directives = parse_directives(ARTICLE)
    kept, suppressed, unused = apply([], {}, directives)
    assert (kept, suppressed) == ([], 0)
    assert [d.kind for d in unused] == ["ignore", "ignore", "disable", "ignore"]  # never "enable"


def test_disable_file_and_fallback_to_finding_line():
    text = "1 a\n2 b\n<!-- gcheck: disable-file -->\n"
    claims = claims_on(text)
    orphan = Finding("x", Verdict.INCONSISTENT, Severity.WARNING, "m", ("missing",), 0, 1, 2, 1)
    kept, suppressed, unused = apply([finding("y", claims["c1"]), orphan], claims, parse_directives(text))
    assert (kept, suppressed, unused) == ([], 2, [])


def test_two_directives_covering_one_finding_are_both_used():
    text = "<!-- gcheck: disable-file -->\n<!-- gcheck: ignore -->\n3 a\n"
    claims = claims_on(text)
    _, suppressed, unused = apply([finding("r", claims["c1"])], claims, parse_directives(text))
    assert (suppressed, unused) == (1, [])


def test_split_disable_is_reported_once_when_unused():
    text = "<!-- gcheck: disable A B -->\n2\n<!-- gcheck: enable A -->\n4\n"
    _, _, unused = apply([], {}, parse_directives(text))
    assert len(unused) == 1 and unused[0].line == 1


def test_split_disable_is_used_if_either_part_is():
    text = "<!-- gcheck: disable A B -->\n2\n<!-- gcheck: enable A -->\n4 x\n"
    claims = claims_on(text)
    kept, suppressed, unused = apply([finding("b", by_text(claims, "4"))], claims, parse_directives(text))
    assert (kept, suppressed, unused) == ([], 1, [])


def test_finding_with_claims_on_several_lines():
    text = "10 a\n<!-- gcheck: ignore -->\n30 b\n"
    claims = claims_on(text)
    f = finding("r", by_text(claims, "10"), by_text(claims, "30"))
    _, suppressed, _ = apply([f], claims, parse_directives(text))
    assert suppressed == 1  # one of its claims is on a covered line


# --- directives are never prose ------------------------------------------------


def test_directive_digits_never_become_claims():
    text = "219 personnes <!-- gcheck: ignore rule-2024 -->\n<!-- gcheck: disable r1 -->\n"
    claims = claims_on(text)
    assert [c.text for c in claims.values()] == ["219"]
    for fmt in ("markdown", "html"):
        assert "2024" not in prose_view(text, fmt).text
        assert "r1" not in prose_view(text, fmt).text


def test_markdown_directives_cover_source_lines():
    text = "# Bilan\n\n<!-- gcheck: ignore -->\n**1 374** victimes\n"
    prose = prose_view(text, "markdown")
    doc = Document(text)
    start = prose.text.index("1 374")
    s, _ = prose.to_source_span(start, start + 5)
    (d,) = parse_directives(text, doc)
    assert d.applies_to == (doc.line_of(s), doc.line_of(s)) == (4, 4)
