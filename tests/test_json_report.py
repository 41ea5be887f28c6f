"""The JSON report holds every field of the contract and validates against its schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from globalchain_cli.cli import app
from globalchain_cli.render.json import SCHEMA_FILE

from .conftest import SEED, SHARED
from .test_robustness import gcheck

#: The contract's copy, beside the repository on the project's machines only.
CONTRACT = SHARED / "contract" / "report.schema.json"


@pytest.fixture(scope="module")
def report(nlp, tmp_path_factory):
    empty = tmp_path_factory.mktemp("in") / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", "--format", "json", str(SEED), str(empty)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_report_validates_against_the_shipped_schema(report):
    jsonschema.validate(report, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_gcheck_schema_prints_the_shipped_schema():
    done = gcheck("schema")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(json.loads(done.stdout))


@pytest.mark.skipif(not CONTRACT.is_file(), reason="../shared/contract is not beside the repository")
def test_shipped_schema_is_the_contract():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json.loads(CONTRACT.read_text(encoding="utf-8"))


def test_claims_are_exact_slices(report):
    text = SEED.read_text(encoding="utf-8")
    seed = report["files"][0]
    assert seed["claims"], "the seed has figures"
    for c in seed["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
    ids = {c["id"] for c in seed["claims"]}
    for f in seed["findings"]:
        assert set(f["claims"]) <= ids


def test_summary_counts_findings(report):
    s = report["summary"]
    findings = [f for fr in report["files"] for f in fr["findings"]]
    assert s["files"] == 2
    assert s["consistent"] == sum(f["verdict"] == "consistent" for f in findings)
    assert s["inconsistent"] == 0
    assert report["files"][1]["claims"] == [] and report["files"][1]["findings"] == []


def test_missing_file_is_reported_and_others_still_checked(nlp, tmp_path):
    result = CliRunner().invoke(app, ["verify", "--format", "json", str(tmp_path / "nope.txt"), str(SEED)])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["files"][0]["error"]
    assert data["files"][1]["findings"]
