"""The seam with the language: relations/ and rules/ hold no French word outside docstrings
and comments, and French gives everything a ``Language`` names."""

from __future__ import annotations

import ast
import re
from dataclasses import fields
from pathlib import Path

import pytest

from globalchain_cli.lang import Language, language

PACKAGE = Path(__file__).resolve().parents[2] / "globalchain_cli"
#: French function words and accented letters: the marks of French text in a string.
FRENCH = re.compile(r"[àâçéèêëîïôûùüÿœ]|\b(de|des|du|dont|sur|parmi|soit|et|les|ces|une?|le|la|pour|avec)\b", re.I)
#: Strings that may hold French on purpose: the bilingual headings of rule docstrings.
ALLOWED = {"## Ce qu'elle vérifie / What it does", "## Pourquoi / Why", "## Exemple / Example"}


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


MODULES = sorted((PACKAGE / "relations").glob("*.py")) + sorted((PACKAGE / "rules").glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_french_in_relations_and_rules(path):
    found = [(line, s) for line, s in _strings(path) if s not in ALLOWED and FRENCH.search(s)]
    assert not found, f"{path.name}: French outside docstrings: {found}"


def test_french_gives_all_a_language_names():
    fr = language("fr")
    assert isinstance(fr, Language) and fr.code == "fr"
    assert all(getattr(fr, f.name) is not None for f in fields(Language))
    assert fr.duration_units["semaine"] == "week"
    assert fr.scope_dimension("selon la police") == "source"


def test_an_unknown_language_falls_back_to_french():
    assert language("xx") is language("fr")
