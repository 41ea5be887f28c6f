"""Issue 10: the command line behaves like every linter's.

Each test runs the real ``gcheck`` in a child process (``gcheck()`` of test_robustness)
on files written by the test, with the real French model where text is checked.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from globalchain_cli import __version__
from globalchain_cli.cli import app

from .test_robustness import TIMEOUT, child_env, gcheck_command

SLIP = "1 374 victimes ont été identifiées, dont 1 530 enfants.\n"
# A check that holds (SAM01, line 1) before a slip (SUB01, line 3) in the text.
MIXED = "Le bilan fait état de 39 pays.\n\nLes 39 pays ont recensé 200 blessés, dont 300 femmes.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CONCISE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<rule>[A-Z]+\d\d|directive) (?P<verdict>\S+) .+$"
)


def gcheck(*args: str, env_extra: dict[str, str] | None = None, cwd: Path | None = None, **kwargs):
    """The real ``gcheck`` in a child process (as test_robustness's helper), with extra environment."""
    if "input" not in kwargs:
        kwargs.setdefault("stdin", subprocess.DEVNULL)
    kwargs.pop("stdin", None) if "input" in kwargs else None
    return subprocess.run(
        [*gcheck_command(), *args],
        cwd=cwd,
        env={**child_env(), "COLUMNS": "100", **(env_extra or {})},
        capture_output=True,
        timeout=TIMEOUT,
        text=True,
        encoding="utf-8",
        **kwargs,
    )


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr


# --- version, help, completion ------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["verify"], ["claims"], ["rules"], ["rule"], ["schema"]])
def test_version_and_short_help_on_every_command(command):
    version = gcheck(*command, "--version")
    assert (version.returncode, version.stdout) == (0, f"gcheck {__version__}\n"), version.stderr
    helped = gcheck(*command, "-h")
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.count("Usage:") == 1 and " ".join(["gcheck", *command]) in helped.stdout


def test_bare_gcheck_prints_its_help_once():
    done = gcheck()
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Usage:") == 1, done.stdout
    assert "verify" in done.stdout and "--install-completion" in done.stdout


def test_help_speaks_one_language():
    english = gcheck("verify", "--help").stdout
    assert "Check the figures of articles" in english and "Only show inconsistent" in english
    assert not re.search(r"Fichiers|Vérifie|répertoires|N'afficher", english), english
    french = gcheck("verify", "--help", env_extra={"GCHECK_LANG": "fr"}).stdout
    assert "Vérifie les chiffres" in french and "N'afficher que" in french
    assert "Check the figures" not in french and "Only show" not in french
    assert gcheck("--lang", "fr", "--help").stdout.count("vérifie la cohérence") == 1


def test_shell_completion_script():
    done = gcheck("--show-completion", "bash")
    assert done.returncode == 0, done.stderr
    assert "_gcheck_completion" in done.stdout and "complete" in done.stdout


# --- formats and views --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    root = tmp_path_factory.mktemp("drafts")
    write(root / "mixed.txt", MIXED)
    write(root / "brouillon [v2].txt", SLIP)
    write(root / "clean.txt", "Le bilan fait état de 39 pays. Les 39 pays ont signé.\n")
    write(root / "unused.md", "Le bilan reste provisoire. <!-- gcheck: ignore -->\n")
    return root


def test_concise_one_line_per_problem(nlp, drafts):
    done = gcheck("verify", "-f", "concise", "mixed.txt", "brouillon [v2].txt", "unused.md", "nope.txt", cwd=drafts)
    no_traceback(done)
    assert done.returncode == 2  # nope.txt is missing
    lines = done.stdout.splitlines()
    assert "mixed.txt:3:" in done.stdout and "SUB01" in done.stdout
    problems = [CONCISE.match(line) for line in lines if CONCISE.match(line)]
    assert {(m["path"], m["rule"], m["verdict"]) for m in problems} == {
        ("mixed.txt", "SUB01", "incohérent"),
        ("brouillon [v2].txt", "SUB01", "incohérent"),
        ("unused.md", "directive", "warning"),
    }
    mixed = next(m for m in problems if m["path"] == "mixed.txt")
    text = (drafts / "mixed.txt").read_text(encoding="utf-8")
    line = text.splitlines()[int(mixed["line"]) - 1]
    assert line[int(mixed["col"]) - 1 :].startswith("300 femmes")
    assert "nope.txt: fichier introuvable" in lines
    assert lines[-1].startswith("4 fichier(s)")  # the summary counts the confirmed SAM01
    assert "SAM01" not in done.stdout  # checks that hold are not lines of their own


def test_table_lists_problems_first_and_quiet_only_them(nlp, drafts):
    full = gcheck("verify", "--color", "never", "mixed.txt", cwd=drafts)
    assert full.returncode == 1, full.stderr
    rows = [line for line in full.stdout.splitlines() if "cohérent" in line]
    assert rows and "incohérent" in rows[0] and "SUB01" in rows[0], full.stdout
    assert any("SAM01" in row for row in rows[1:])
    quiet = gcheck("verify", "--quiet", "--color", "never", "mixed.txt", "clean.txt", cwd=drafts)
    assert quiet.returncode == 1
    assert "SUB01" in quiet.stdout and "SAM01" not in quiet.stdout
    assert "clean.txt" not in quiet.stdout  # nothing to show for it
    summary = quiet.stdout.strip().splitlines()[-1]
    assert re.search(r"2 fichier\(s\), \d+ chiffres : 2 cohérent\(s\), 1 incohérent\(s\)", summary), summary


def test_file_names_are_shown_verbatim_without_colour_in_a_pipe(nlp, drafts):
    done = gcheck("verify", "brouillon [v2].txt", cwd=drafts)
    assert done.returncode == 1
    assert "brouillon [v2].txt" in done.stdout.splitlines()[0]
    assert not ANSI.search(done.stdout)  # auto: a pipe is no terminal


def test_colour_follows_the_option(nlp, drafts):
    always = gcheck("verify", "--color", "always", "brouillon [v2].txt", cwd=drafts, env_extra={"NO_COLOR": "1"})
    assert always.returncode == 1 and ANSI.search(always.stdout), always.stdout  # the option wins over NO_COLOR


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    ("env", "args", "coloured"),
    [({}, [], True), ({"NO_COLOR": "1"}, [], False), ({}, ["--color", "never"], False)],
    ids=["auto", "no-color", "never"],
)
def test_colour_on_a_terminal_unless_no_color_or_never(nlp, drafts, env, args, coloured):
    leader, follower = os.openpty()
    try:
        done = subprocess.run(
            [*gcheck_command(), "verify", *args, "brouillon [v2].txt"],
            cwd=drafts,
            env={**child_env(), **env, "COLUMNS": "100", "TERM": "xterm-256color"},
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=300,
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert done.returncode == 1, done.stderr
    assert bool(ANSI.search(out)) is coloured, out


# --- --lang en everywhere -------------------------------------------------------------------------


def test_english_everywhere(nlp, tmp_path):
    write(tmp_path / "unused.md", "Le bilan reste provisoire. <!-- gcheck: ignore -->\n<!-- gcheck: ignorer -->\n")
    write(tmp_path / "binary.txt", b"x\x00\x01\x02")
    write(tmp_path / "slip.txt", SLIP)
    done = gcheck("verify", "--lang", "en", "unused.md", "binary.txt", "nope.txt", "slip.txt", cwd=tmp_path)
    no_traceback(done)
    assert done.returncode == 2
    assert "gcheck: nope.txt: file not found" in done.stderr
    assert "gcheck: binary.txt: binary file (NUL bytes): this is not text" in done.stderr
    assert 'line 2: unknown gcheck directive "ignorer"' in done.stderr
    assert "Verdict" in done.stdout and "Rule" in done.stdout and "inconsistent" in done.stdout
    assert "4 file(s)" in done.stdout
    for french in ("introuvable", "fichier", "ligne", "directive gcheck inconnue", "binaire", "Règle"):
        assert french not in done.stderr + done.stdout.split("exceeds")[0], french


def test_english_configuration_error(tmp_path):
    write(tmp_path / "gcheck.toml", 'disable = ["SUB99"]\n')
    write(tmp_path / "a.txt", SLIP)
    done = gcheck("verify", "--lang", "en", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().endswith('disable: unknown rule "SUB99" (see "gcheck rules")'), done.stderr
    french = gcheck("verify", "a.txt", cwd=tmp_path)
    assert "disable : règle inconnue « SUB99 »" in french.stderr


def test_configuration_language_is_the_run_language(nlp, tmp_path):
    write(tmp_path / "gcheck.toml", 'lang = "en"\n')
    done = gcheck("verify", "nope.txt", cwd=tmp_path)
    assert done.returncode == 2 and "nope.txt: file not found" in done.stderr


# --- small but real -----------------------------------------------------------------------------


def test_fail_on_warning_counts_directive_warnings(nlp, drafts, monkeypatch):
    monkeypatch.chdir(drafts)  # the default (error) does not fail on it: in-process, the model is loaded
    assert CliRunner().invoke(app, ["verify", "unused.md"]).exit_code == 0
    strict = gcheck("verify", "--fail-on", "warning", "unused.md", cwd=drafts)
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "rien supprimé" in strict.stderr


def test_nul_bytes_are_binary(tmp_path):
    write(tmp_path / "x.txt", b"x\x00\x01\x02")
    done = gcheck("verify", "x.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "gcheck: x.txt: fichier binaire (octets NUL) : ce n'est pas du texte" in done.stderr


def test_rule_directive_is_documented():
    done = gcheck("rule", "directive")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("directive directive-suppresses-something") and "gcheck: ignore" in done.stdout
    english = gcheck("rule", "directive", "--lang", "en")
    assert "suppresses no finding" in english.stdout
    unknown = gcheck("rule", "XYZ99", "--lang", "en")
    assert unknown.returncode == 2 and unknown.stderr == 'gcheck: unknown rule: XYZ99 (see "gcheck rules")\n'


@pytest.mark.parametrize("name", [None, "drafts/une.md"])
def test_sarif_from_standard_input_is_located(nlp, name):
    args = ["--stdin-filename", name] if name else []
    done = gcheck("verify", "-f", "sarif", *args, "-", input=SLIP)
    assert done.returncode == 1, done.stderr
    schema = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
    log = json.loads(done.stdout)
    jsonschema.Draft4Validator(json.loads(schema.read_text(encoding="utf-8"))).validate(log)
    result = log["runs"][0]["results"][0]
    physical = result["locations"][0]["physicalLocation"]
    assert physical["region"]["startLine"] == 1 and physical["region"]["startColumn"] == 42
    if name:
        assert physical["artifactLocation"] == {"uri": name}
    else:
        assert "uri" not in physical["artifactLocation"]
        assert physical["artifactLocation"]["description"]["text"] == "entrée standard"


def test_broken_pipe_keeps_the_failing_status(nlp, tmp_path):
    for i in range(20):  # a JSON report far larger than a pipe's buffer
        write(tmp_path / f"a{i:02}.txt", SLIP * 10)
    script = f"{' '.join(map(repr, gcheck_command()))} verify -f json . | head -c 10; exit ${{PIPESTATUS[0]}}"
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=child_env(), capture_output=True, text=True, timeout=600
    )
    no_traceback(done)
    assert done.stdout == '{\n  "schem'
    assert done.returncode == 1, done.stderr


def test_command_line_errors_are_one_line():
    done = gcheck("verify", "--colour", "never")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("gcheck: No such option: --colour")
    assert '(see "gcheck verify --help")' in done.stderr


# --- --diff -------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def branches(tmp_path):
    """main and a branch "feature" made from it; then main changes base.txt, feature changes mine.txt."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    write(repo / "base.txt", "Le bilan reste provisoire.\n")
    write(repo / "mine.txt", "Le bilan reste provisoire.\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "start")
    git(repo, "branch", "feature")
    write(repo / "base.txt", SLIP)  # only main changes it
    git(repo, "commit", "-q", "-am", "main changes base.txt")
    git(repo, "checkout", "-q", "feature")
    write(repo / "mine.txt", SLIP)
    git(repo, "commit", "-q", "-am", "feature changes mine.txt")
    return repo


def test_diff_is_against_the_merge_base(nlp, branches):
    done = gcheck("verify", "-f", "json", "--diff", "main", ".", cwd=branches)
    no_traceback(done)
    assert done.returncode == 1, done.stderr
    assert [f["path"] for f in json.loads(done.stdout)["files"]] == ["mine.txt"]


def test_diff_accepts_a_three_dot_range(nlp, branches, monkeypatch):
    monkeypatch.chdir(branches)  # in-process: the child-process run is the test above
    for ref in ("main...HEAD", "main..."):
        result = CliRunner().invoke(app, ["verify", "-f", "json", "--diff", ref, "."])
        assert result.exit_code == 1, (ref, result.output)
        assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["mine.txt"], ref


def test_diff_given_a_file_is_a_one_line_error(nlp, branches):
    done = gcheck("verify", "--diff", "mine.txt", "base.txt", cwd=branches)
    assert done.returncode == 2
    assert done.stderr == (
        "gcheck: --diff mine.txt : c'est un fichier, pas une révision git (écrire --diff REF FICHIER…)\n"
    ), done.stderr
    unknown = gcheck("verify", "--lang", "en", "--diff", "nosuchbranch", ".", cwd=branches)
    assert unknown.returncode == 2 and "--diff nosuchbranch: unknown revision" in unknown.stderr


def test_diff_runs_git_without_fsmonitor_hooks_or_pager(nlp, branches, tmp_path):
    marker = tmp_path / "ran"
    spy = write(tmp_path / "spy.sh", f"#!/bin/sh\ntouch {marker}\nexit 1\n")
    spy.chmod(0o755)
    for key in ("core.fsmonitor", "core.pager", "diff.external", "core.hooksPath"):
        git(branches, "config", key, str(spy) if key != "core.hooksPath" else str(tmp_path))
    git(branches, "config", "pager.diff", "true")
    (tmp_path / "post-checkout").write_text(f"#!/bin/sh\ntouch {marker}\n", encoding="utf-8")
    done = gcheck("verify", "-f", "json", "--diff", "main", ".", cwd=branches)
    assert done.returncode == 1, done.stderr
    assert not marker.exists()


def test_every_format_has_a_renderer():
    from globalchain_cli.cli import Format
    from globalchain_cli.render import RENDERERS

    assert set(RENDERERS) == {f.value for f in Format} - {"auto"}


# --- --fail-evidence: weaker findings are reported but do not fail -------------------------

#: A weekday whose year is only guessed from another event's year: DAT03 says unverifiable,
#: on weak evidence (the year of the demonstration is not written).
GUESSED_YEAR = (
    "Le quartier est devenu en 2019 le plus cher de la ville. Des habitants ont défilé jeudi 14 mai devant la mairie.\n"
)


def test_fail_evidence_lets_weak_findings_pass(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GUESSED_YEAR, encoding="utf-8")
    report = json.loads(gcheck("verify", "--format", "json", str(article)).stdout)
    (finding,) = [f for f in report["files"][0]["findings"] if f["verdict"] != "consistent"]
    assert (finding["verdict"], finding["evidence"]) == ("unverifiable", "weak")
    assert gcheck("verify", "--fail-on", "warning", str(article)).returncode == 1
    assert gcheck("verify", "--fail-on", "warning", "--fail-evidence", "moderate", str(article)).returncode == 0
    (tmp_path / "gcheck.toml").write_text('fail-on = "warning"\nfail-evidence = "strong"\n', encoding="utf-8")
    assert gcheck("verify", "a.txt", cwd=tmp_path).returncode == 0
    bad = gcheck("verify", "--fail-evidence", "sure", str(article))
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
