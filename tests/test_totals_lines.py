"""Breakdowns written as lines below their total (a Markdown bullet list, or « - Nord :
120 » lines in plain text), through the whole pipeline with the real model. Invented texts;
traps beside the true cases."""

from __future__ import annotations

import pytest

LIST = "Le réseau compte 230 agences :\n\n- Nord : 120\n- Sud : {sud}\n- Est : 40\n\nLa suite du texte.\n"


def _sum01(report) -> list[str]:
    return [str(f.verdict) for f in report.findings if f.rule == "SUM01"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_lines_below_a_colon_add_up(check, fmt):
    assert _sum01(check(LIST.format(sud=70), fmt=fmt)) == ["consistent"]
    assert _sum01(check(LIST.format(sud=90), fmt=fmt)) == ["inconsistent"]


def test_lines_after_dont_are_at_most_the_total(check):
    text = "Le réseau compte 230 agences, dont :\n\n- Nord : 120\n- Sud : 70\n\nLa suite.\n"
    assert _sum01(check(text)) == ["consistent"]  # 190 ≤ 230
    assert "inconsistent" not in _sum01(check(text.replace("70", "60")))


def test_a_line_with_two_figures_ends_the_list(check):
    text = "Le réseau compte 230 agences :\n\n- Nord : 120 (contre 110 en 2020)\n- Sud : 90\n- Est : 40\n"
    assert "inconsistent" not in _sum01(check(text))


def test_a_whole_counting_the_items_adds_nothing_up(check):
    text = "Le groupe exploite trois sites :\n\n- Lyon : 120\n- Nantes : 70\n- Lille : 40\n"
    assert "inconsistent" not in _sum01(check(text))


def test_items_of_another_kind_are_no_parts(check):
    text = "Le plan prévoit 230 millions d'euros :\n\n- 120 agents\n- 70 véhicules\n- 60 bornes\n"
    assert "inconsistent" not in _sum01(check(text))
