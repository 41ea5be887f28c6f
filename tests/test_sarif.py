"""SARIF 2.1.0: valid against the OASIS schema, located to the code point, every rule documented."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from globalchain_cli import __version__
from globalchain_cli.cli import app
from globalchain_cli.rules import REGISTRY

from .conftest import ROOT

#: The OASIS schema, vendored (tests/data/sarif/README.md says where it comes from).
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json"

# Accents, a no-break space and an emoji before the figures: columns count code points.
ARTICLE = (
    "Paris, 3 juin 2024 (AFP) – Opération « Global Chain » 🌍 :\n"
    "1 374 victimes ont été identifiées, dont 1 530 enfants.\n"
    "\n"
    "La réunion a eu lieu le 31 juin 2024.\n"
    "Le texte cite 50 suspects, dont 40 mineurs.\n"
)


@pytest.fixture(scope="module")
def sarif_run(nlp, tmp_path_factory):
    root = tmp_path_factory.mktemp("sarif")
    article = root / "article é.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    unused = root / "unused.md"
    unused.write_text("Le bilan reste provisoire. <!-- gcheck: ignore -->\n", encoding="utf-8")
    config = root / "gcheck.toml"
    config.write_text('[rules.DAT02]\nseverity = "warning"\n[rules.PCT01]\nenabled = false\n', encoding="utf-8")
    out = root / "report.sarif"
    result = CliRunner().invoke(
        app,
        ["verify", "--config", str(config), "--output", str(out), str(article), str(unused), str(root / "nope.txt")],
    )
    assert result.exit_code == 2, result.output  # nope.txt cannot be read
    return json.loads(out.read_text(encoding="utf-8")), article


def test_valid_against_the_sarif_schema(sarif_run):
    doc, _ = sarif_run
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert doc["version"] == "2.1.0"


def test_driver_lists_every_rule_with_its_documentation(sarif_run):
    doc, _ = sarif_run
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "gcheck" and driver["version"] == __version__
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(REGISTRY) <= set(rules)
    for code, r in REGISTRY.items():
        d = rules[code]
        assert d["name"] == r.name
        assert d["shortDescription"]["text"] == r.summary
        assert "## Pourquoi / Why" in d["fullDescription"]["text"]
        assert "## Exemple / Example" in d["help"]["text"] and "## Exemple / Example" in d["help"]["markdown"]
        assert "\n    " not in d["help"]["markdown"]  # dedented: not a Markdown code block
    assert rules["DAT02"]["defaultConfiguration"]["level"] == "warning"  # from the configuration
    assert rules["PCT01"]["defaultConfiguration"]["enabled"] is False
    for result in doc["runs"][0]["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_one_result_per_problem_located_in_code_points(sarif_run):
    doc, article = sarif_run
    text = article.read_text(encoding="utf-8")
    lines = text.split("\n")
    results = [r for r in doc["runs"][0]["results"] if r["ruleId"] in REGISTRY]
    # Two problems (SUB01, DAT02); the consistent "dont 40 mineurs" is not a result.
    assert sorted((r["ruleId"], r["level"]) for r in results) == [("DAT02", "warning"), ("SUB01", "error")]
    assert doc["runs"][0]["columnKind"] == "unicodeCodePoints"
    for r in results:
        (loc,) = r["locations"]
        assert loc["physicalLocation"]["artifactLocation"]["uri"].endswith("article%20%C3%A9.txt")
        reg = loc["physicalLocation"]["region"]
        assert reg["startLine"] == reg["endLine"]
        surface = lines[reg["startLine"] - 1][reg["startColumn"] - 1 : reg["endColumn"] - 1]
        assert surface == reg["snippet"]["text"]
        assert r["message"]["text"] and r["partialFingerprints"]
    sub = next(r for r in results if r["ruleId"] == "SUB01")
    assert sub["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "1 530"  # the part: the slip
    (related,) = sub["relatedLocations"]
    reg = related["physicalLocation"]["region"]
    assert lines[reg["startLine"] - 1][reg["startColumn"] - 1 : reg["endColumn"] - 1] == "1 374"
    assert related["message"]["text"] == "1 374 victimes"
    dat = next(r for r in results if r["ruleId"] == "DAT02")
    assert dat["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "31 juin 2024"


def test_unused_directive_and_unreadable_file(sarif_run):
    doc, _ = sarif_run
    run = doc["runs"][0]
    (directive,) = [r for r in run["results"] if r["ruleId"] == "directive"]
    assert directive["level"] == "warning"
    loc = directive["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("unused.md") and loc["region"]["startLine"] == 1
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "nope.txt" in note["message"]["text"]


def test_region_spanning_lines():
    """A figure broken over two lines ends on the next line, column just after its last character."""
    from globalchain_cli.model import Claim, Finding, Kind, Severity, Verdict
    from globalchain_cli.render.common import region

    c = Claim("c1", 10, 20, "1 374\r\n12", 2, 5, Kind.COUNT, 137412, None)
    f = Finding("SUB01", Verdict.INCONSISTENT, Severity.ERROR, "m", ("c1",), 10, 20, 2, 5)
    assert region(f, {"c1": c}) == {"startLine": 2, "startColumn": 5, "endLine": 3, "endColumn": 3}
