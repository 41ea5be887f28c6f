"""Configuration: found upward, validated key by key, applied by the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from globalchain_cli.cli import app
from globalchain_cli.config import Config, ConfigError, find_config, load_config

SLIP = "1 374 victimes ont été identifiées, dont 1 530 enfants.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- finding the file -------------------------------------------------------------------------


def test_found_upward_from_the_current_directory(tmp_path, monkeypatch):
    cfg = write(tmp_path / "gcheck.toml", 'lang = "en"\n')
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_config() == cfg.resolve()
    config = load_config()
    assert config.lang == "en" and config.source == str(cfg.resolve())


def test_nearest_directory_wins_and_order_within_a_directory(tmp_path, monkeypatch):
    write(tmp_path / "gcheck.toml", 'lang = "en"\n')
    sub = tmp_path / "sub"
    write(sub / "pyproject.toml", '[tool.gcheck]\nlang = "fr"\n')
    monkeypatch.chdir(sub)
    assert find_config() == (sub / "pyproject.toml").resolve()
    write(sub / ".gcheck.toml", "disable = []\n")
    assert find_config() == (sub / ".gcheck.toml").resolve()
    write(sub / "gcheck.toml", "disable = []\n")
    assert find_config() == (sub / "gcheck.toml").resolve()


def test_pyproject_without_tool_gcheck_is_skipped(tmp_path, monkeypatch):
    top = write(tmp_path / ".gcheck.toml", 'lang = "en"\n')
    sub = tmp_path / "project"
    write(sub / "pyproject.toml", '[project]\nname = "x"\n[tool.ruff]\nline-length = 100\n')
    monkeypatch.chdir(sub)
    assert find_config() == top.resolve()


def test_no_file_gives_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    if find_config() is None:  # (a file above the temporary directory would be legitimate)
        assert load_config() == Config()


def test_every_key(tmp_path):
    cfg = write(
        tmp_path / "pyproject.toml",
        """
[tool.gcheck]
lang = "en"
disable = ["dat05", "SUM01"]
include = ["*.md"]
exclude = ["archives", "drafts/old/**"]
fail-on = "warning"

[tool.gcheck.rules.SAM01]
severity = "warning"

[tool.gcheck.rules.SUM01]
enabled = true

[tool.gcheck.rules.PCT01]
enabled = false

[tool.gcheck.order.concepts]
evacuated = ["évacuer", "évacué"]

[tool.gcheck.order.pairs]
evacuated = ["residents"]
injured = ["cases"]
""",
    )
    with pytest.raises(ConfigError, match="residents"):  # a pair naming an unknown concept
        load_config(cfg)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('evacuated = ["residents"]', 'evacuated = ["injured"]'))
    c = load_config(cfg)
    assert c.lang == "en"
    assert c.disable == frozenset({"DAT05", "PCT01"})  # enabled = true wins over disable
    assert c.include == ("*.md",) and c.exclude == ("archives", "drafts/old/**")
    assert c.fail_on == "warning"
    assert c.severity == {"SAM01": "warning"}
    assert c.order == {
        "concepts": {"evacuated": ["évacuer", "évacué"]},
        "pairs": {"evacuated": ["injured"], "injured": ["cases"]},
    }


# --- errors: one line naming the file and the key ---------------------------------------------

BAD = [
    ("gcheck.toml", "lang = \n", "TOML invalide"),
    ("gcheck.toml", 'colour = "red"\n', "colour : clé inconnue"),
    ("gcheck.toml", 'disable = ["SUB99"]\n', "disable : règle inconnue « SUB99 »"),
    ("gcheck.toml", "[rules.XYZ01]\nenabled = false\n", "rules.XYZ01 : règle inconnue"),
    ("gcheck.toml", '[rules.SUB01]\nseverity = "fatal"\n', "rules.SUB01.severity : valeur « fatal » invalide"),
    ("gcheck.toml", '[rules.SUB01]\nenabled = "no"\n', "rules.SUB01.enabled : true ou false attendu"),
    ("gcheck.toml", "[rules.SUB01]\nlevel = 1\n", "rules.SUB01.level : clé inconnue"),
    ("gcheck.toml", 'lang = "de"\n', "lang : valeur « de » invalide"),
    ("gcheck.toml", 'include = "*.md"\n', "include : une liste de motifs attendue"),
    ("gcheck.toml", '[order.concepts]\nx = "évacuer"\n', "order.concepts.x : une liste de lemmes attendue"),
    ("gcheck.toml", '[order.pairs]\nx = ["dead"]\n', "order.pairs.x : concept inconnu « x »"),
    ("gcheck.toml", "[order.lexicon]\n", "order.lexicon : clé inconnue"),
    ("pyproject.toml", '[tool.gcheck]\nfail_on = "error"\n', "tool.gcheck.fail_on : clé inconnue"),
    ("pyproject.toml", '[tool.gcheck]\ndisable = ["nope"]\n', "tool.gcheck.disable : règle inconnue « nope »"),
    ("pyproject.toml", "[tool.gcheck\n", "TOML invalide"),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD, ids=[b[2] for b in BAD])
def test_config_errors_name_file_and_key(tmp_path, monkeypatch, name, content, expected):
    cfg = write(tmp_path / name, content)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as err:
        load_config()
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(str(cfg.resolve())) and expected in message, message


def test_config_error_through_the_cli_is_one_line_and_exit_2(tmp_path, monkeypatch):
    write(tmp_path / "gcheck.toml", '[rules.SUB01]\nseverity = "fatal"\n')
    article = write(tmp_path / "a.txt", SLIP)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["verify", str(article)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "gcheck.toml" in lines[0] and "rules.SUB01.severity" in lines[0]
    assert result.stdout == ""


def test_explicit_config_file(tmp_path, monkeypatch):
    cfg = write(tmp_path / "conf" / "newsroom.toml", 'lang = "en"\n')
    assert load_config(cfg).lang == "en"
    with pytest.raises(ConfigError, match="introuvable"):
        load_config(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match=r"pas de table \[tool.gcheck\]"):
        load_config(write(tmp_path / "other" / "pyproject.toml", "[project]\n"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["verify", "--config", str(tmp_path / "missing.toml"), "x.txt"])
    assert result.exit_code == 2 and "missing.toml" in result.stderr


# --- globs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*.md", "a.md", True),
        ("*.md", "a.MD", True),
        ("*.md", "a.txt", False),
        ("drafts/**", "drafts/x/y.md", True),
        ("drafts/**/*.md", "drafts/y.md", True),
        ("**/old", "a/b/old/c.md", True),
        ("a/*.md", "a/b/c.md", False),
        ("a/*.md", "a/c.md", True),
        ("[!_]*.txt", "_x.txt", False),
        ("[!_]*.txt", "x.txt", True),
        ("?.txt", "a.txt", True),
    ],
)
def test_include_globs(tmp_path, monkeypatch, pattern, path, matches):
    monkeypatch.chdir(tmp_path)
    assert Config(include=(pattern,)).included(path) == matches


def test_include_and_exclude_relative_to_the_config_directory(tmp_path, monkeypatch):
    cfg = write(tmp_path / "gcheck.toml", 'exclude = ["archives", "drafts/old"]\ninclude = ["*.md"]\n')
    config = load_config(cfg)
    monkeypatch.chdir(tmp_path)
    assert config.excluded(tmp_path / "x" / "archives" / "a.md")
    assert config.excluded(tmp_path / "drafts" / "old" / "a.md")
    assert not config.excluded(tmp_path / "old" / "drafts" / "a.md")
    assert config.included(tmp_path / "a.md") and not config.included(tmp_path / "a.txt")


# --- the configuration in effect, through the command line (real model) -----------------------


def run_json(args: list[str]) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["verify", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


def test_settings_change_the_run_and_the_cli_overrides_them(nlp, tmp_path, monkeypatch):
    article = write(tmp_path / "drafts" / "a.txt", SLIP)
    monkeypatch.chdir(tmp_path / "drafts")
    code, report = run_json(["a.txt"])
    assert code == 1 and report["files"][0]["findings"][0]["severity"] == "error"

    write(tmp_path / "pyproject.toml", '[tool.gcheck]\nlang = "en"\n[tool.gcheck.rules.SUB01]\nseverity = "warning"\n')
    code, report = run_json(["a.txt"])
    finding = report["files"][0]["findings"][0]
    assert finding["rule"] == "SUB01" and finding["severity"] == "warning"
    assert "exceeds" in finding["message"]  # lang = "en", found two directories up
    assert code == 0  # --fail-on error: a warning does not fail
    assert run_json(["--fail-on", "warning", "a.txt"])[0] == 1
    code, report = run_json(["--lang", "fr", "a.txt"])
    assert "dépasse" in report["files"][0]["findings"][0]["message"]

    write(tmp_path / "gcheck.toml", 'disable = ["SUB01"]\n')  # gcheck.toml comes before pyproject.toml
    code, report = run_json([str(article)])
    assert code == 0 and report["files"][0]["findings"] == []

    write(tmp_path / "gcheck.toml", '[rules.sub01]\nenabled = false\nseverity = "error"\n')
    assert run_json(["a.txt"])[1]["files"][0]["findings"] == []

    write(tmp_path / "gcheck.toml", 'fail-on = "never"\n')
    assert run_json(["a.txt"])[0] == 0
    assert run_json(["--fail-on", "error", "a.txt"])[0] == 1


def test_newsroom_order_lexicon(nlp, tmp_path, monkeypatch):
    text = "Le quartier compte 800 habitants. Au total, 950 personnes ont été évacuées.\n"
    write(tmp_path / "a.txt", text)
    monkeypatch.chdir(tmp_path)
    assert not [f for f in run_json(["a.txt"])[1]["files"][0]["findings"] if f["rule"] == "ORD01"]
    write(
        tmp_path / "gcheck.toml",
        "[order.concepts]\n"
        'evacuated = ["évacuer", "évacué"]\n'
        'residents = ["habitant", "résident"]\n'
        "[order.pairs]\n"
        'evacuated = ["residents"]\n',
    )
    code, report = run_json(["a.txt"])
    found = [f for f in report["files"][0]["findings"] if f["rule"] == "ORD01"]
    assert code == 1 and [f["verdict"] for f in found] == ["inconsistent"], found


def test_the_readme_example_is_a_valid_configuration(tmp_path):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## In CI and on editors' machines") :]
    example = section[section.index("```toml\n") + 8 :]
    example = example[: example.index("```")]
    config = load_config(write(tmp_path / "pyproject.toml", example))
    assert "DAT05" in config.disable and config.order["pairs"]
