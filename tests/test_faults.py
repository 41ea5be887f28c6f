"""Issue 11: nothing lost, nothing hangs — special files, links, ignore files, globs, the
report's writing, dead workers and the configuration search, through the real ``gcheck``.

Every test runs ``gcheck`` in a child process with a timeout as hang guard (a test that
would block forever fails at the timeout instead), on real files in ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_robustness import child_env, gcheck_command

#: Hang guard: far above what any of these runs needs, far below "forever".
TIMEOUT = int(os.environ.get("GCHECK_TEST_TIMEOUT", "180"))
#: An article with one inconsistency (SUM01): 30 + 100 ≠ 120.
SLIP = "La ville compte 120 habitants, dont 30 enfants et 100 adultes.\n"
#: An article with no inconsistency.
FINE = "La ville compte 130 habitants, dont 30 enfants et 100 adultes.\n"

#: Every test here starts ``gcheck`` several times: the file runs in the slow tier
#: (``python -m pytest -m slow``, which ``.ci/run`` runs after the default tests).
pytestmark = pytest.mark.slow

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux (/proc, FIFOs)")
not_root = pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")


def run(*args: str, cwd: Path, env: dict | None = None, timeout: int = TIMEOUT, **kwargs):
    """The real ``gcheck`` in a child process; stdout and stderr as text."""
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(
        [*gcheck_command(), *args],
        cwd=cwd,
        env={**child_env(), **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        **kwargs,
    )


def lines(done: subprocess.CompletedProcess) -> list[str]:
    assert "Traceback" not in done.stderr and "erreur interne" not in done.stderr, done.stderr
    return done.stderr.splitlines()


def paths(done: subprocess.CompletedProcess) -> list[str]:
    return [f["path"] for f in json.loads(done.stdout)["files"]]


def write(path: Path, text: str = SLIP) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- special files ----------------------------------------------------------------------------


@linux_only
def test_fifo_on_the_command_line_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path / "a.txt")
    done = run("verify", "-f", "json", "pipe.txt", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert lines(done) == ["gcheck: pipe.txt: fichier spécial (FIFO) : gcheck ne lit que des fichiers ordinaires"]
    assert paths(done) == ["pipe.txt", "a.txt"]  # the other file is still checked
    assert json.loads(done.stdout)["files"][1]["findings"]


@linux_only
def test_fifo_inside_a_walked_directory_is_skipped(tmp_path):
    write(tmp_path / "d" / "a.txt")
    os.mkfifo(tmp_path / "d" / "pipe.txt")
    done = run("verify", "-f", "json", "d", cwd=tmp_path)
    assert done.returncode == 1 and paths(done) == ["d/a.txt"]
    assert lines(done) == ["gcheck: d/pipe.txt: fichier spécial (FIFO) : gcheck ne lit que des fichiers ordinaires"]


@linux_only
def test_symbolic_link_to_standard_input_does_not_block(tmp_path):
    """A link to /dev/stdin, with a standard input that never ends, is refused at once."""
    os.symlink("/dev/stdin", tmp_path / "in.txt")
    with subprocess.Popen(["sleep", str(TIMEOUT)], stdout=subprocess.PIPE) as writer:
        try:
            done = run("verify", "in.txt", cwd=tmp_path, stdin=writer.stdout)
        finally:
            writer.kill()
    assert done.returncode == 2
    assert lines(done) == ["gcheck: in.txt: fichier spécial (FIFO) : gcheck ne lit que des fichiers ordinaires"]


@linux_only
def test_configuration_that_is_a_fifo_is_refused(tmp_path):
    os.mkfifo(tmp_path / "conf.toml")
    write(tmp_path / "a.txt")
    done = run("verify", "--config", "conf.toml", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert lines(done) == ["gcheck: conf.toml: fichier de configuration spécial (FIFO) : refusé"]


# --- symbolic links ---------------------------------------------------------------------------


def test_symbolic_links_out_of_the_tree_are_not_followed_unless_asked(tmp_path):
    secret = write(tmp_path / "outside" / "secret.txt")
    write(tmp_path / "d" / "a.txt", FINE)
    os.symlink(secret, tmp_path / "d" / "leak.txt")
    os.symlink(tmp_path / "d" / "a.txt", tmp_path / "d" / "same.txt")  # inside the tree: read
    done = run("verify", "-f", "json", "d", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert paths(done) == ["d/a.txt", "d/same.txt"]
    assert lines(done) == [
        "gcheck: d/leak.txt: lien symbolique vers l'extérieur du répertoire parcouru, non suivi"
        " (--follow pour le suivre)"
    ]
    followed = run("verify", "-f", "json", "--follow", "d", cwd=tmp_path)
    assert followed.returncode == 1 and paths(followed) == ["d/a.txt", "d/leak.txt", "d/same.txt"]
    # A link named on the command line is the user's choice: read.
    assert run("verify", "-f", "json", "d/leak.txt", cwd=tmp_path).returncode == 1


def test_a_directory_link_loop_ends_with_follow(tmp_path):
    write(tmp_path / "d" / "a.txt")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    done = run("verify", "-f", "json", "--follow", "d", cwd=tmp_path)
    assert done.returncode == 1 and paths(done) == ["d/a.txt"]
    assert lines(done) == ["gcheck: d/loop: boucle de liens symboliques, non suivie"]


# --- .gitignore -------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_walking_a_git_work_tree_honours_gitignore(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, timeout=60)
    write(tmp_path / ".gitignore", "build/\n*.draft.md\n")
    write(tmp_path / "articles" / ".gitignore", "!keep.draft.md\nlocal.txt\n")
    write(tmp_path / ".git" / "info" / "exclude", "private/\n")
    for name in ("a.md", "x.draft.md", "keep.draft.md", "local.txt"):
        write(tmp_path / "articles" / name)
    write(tmp_path / "build" / "out.md")
    write(tmp_path / "private" / "p.md")
    done = run("verify", "-f", "json", ".", cwd=tmp_path)
    assert lines(done) == []
    assert paths(done) == ["articles/a.md", "articles/keep.draft.md"]
    # From a subdirectory, the root's .gitignore still applies.
    assert paths(run("verify", "-f", "json", ".", cwd=tmp_path / "articles")) == ["a.md", "keep.draft.md"]
    every = run("verify", "-f", "json", "--no-ignore", ".", cwd=tmp_path)
    assert len(paths(every)) == 6
    # A file or a directory named on the command line is checked even if git ignores it.
    assert paths(run("verify", "-f", "json", "build/out.md", cwd=tmp_path)) == ["build/out.md"]
    assert paths(run("verify", "-f", "json", "build", cwd=tmp_path)) == ["build/out.md"]


# --- globs ------------------------------------------------------------------------------------


def test_a_backtracking_glob_takes_linear_time(tmp_path):
    """``*a*a*a*a*a*a*a*ab`` against a 64-character name took a minute with a backtracking
    matcher; the hang guard here is a tenth of that."""
    write(tmp_path / "d" / ("a" * 64 + ".txt"))
    done = run("verify", "-f", "json", "--exclude", "*a*a*a*a*a*a*a*ab", "d", cwd=tmp_path, timeout=60)
    assert done.returncode == 1 and len(paths(done)) == 1


def test_many_directives_on_one_line_take_linear_time(tmp_path):
    """Each « ignore » directive used to read its whole line again to see whether the line
    holds nothing else: 20,000 directives on one line took minutes; now seconds. The hang
    guard is far below the old time."""
    article = tmp_path / "a.md"
    article.write_text(FINE.strip() + " " + "<!-- gcheck: ignore SUB01 -->" * 20_000 + "\n", encoding="utf-8")
    done = run("verify", "-f", "json", "a.md", cwd=tmp_path, timeout=90)
    assert done.returncode == 0, done.stderr[-500:]
    (report,) = json.loads(done.stdout)["files"]
    assert report["error"] is None and report["suppressed"] >= 1


def test_a_bad_glob_is_one_line_naming_the_file_and_key(tmp_path):
    write(tmp_path / "a.txt")
    done = run("verify", "--exclude", "!", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert lines(done) == ["gcheck: ligne de commande : --exclude : motif invalide « ! »"]
    write(tmp_path / "gcheck.toml", 'include = ["*.txt", "!"]\n')
    done = run("verify", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert lines(done) == [f"gcheck: {tmp_path / 'gcheck.toml'} : include : motif invalide « ! »"]
    write(tmp_path / "gcheck.toml", 'exclude = ["[!]"]\n')  # a class git reads as "nothing"
    assert run("verify", "a.txt", cwd=tmp_path).returncode == 1


# --- nothing to check -------------------------------------------------------------------------


def test_nothing_to_check_is_a_warning_and_status_0(tmp_path):
    """As ruff does ("No Python files found"): a pull request that adds only images passes."""
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    done = run("verify", "-f", "json", "images", cwd=tmp_path)
    assert done.returncode == 0 and paths(done) == []
    assert lines(done) == ["gcheck: images: aucun fichier à vérifier dans ce répertoire"]
    write(tmp_path / "d" / "a.txt")
    done = run("verify", "-f", "json", "--exclude", "*.txt", "d", cwd=tmp_path)
    assert done.returncode == 0 and paths(done) == []
    assert lines(done) == ["gcheck: d: aucun fichier à vérifier dans ce répertoire"]
    done = run("verify", "-f", "json", "--exclude", "a.txt", "d/a.txt", cwd=tmp_path)
    assert done.returncode == 0
    assert lines(done) == ["gcheck: d/a.txt: ignoré (exclude)", "gcheck: aucun fichier à vérifier"]


@not_root
def test_unreadable_directories_are_reported(tmp_path):
    write(tmp_path / "d" / "a.txt")
    locked = tmp_path / "d" / "locked"
    write(locked / "b.txt")
    locked.chmod(0)
    try:
        done = run("verify", "-f", "json", "d", cwd=tmp_path)
        named = run("verify", "-f", "json", "d/locked", cwd=tmp_path)
    finally:
        locked.chmod(0o755)
    assert done.returncode == 1 and paths(done) == ["d/a.txt"]
    assert lines(done) == ["gcheck: d/locked: répertoire illisible (Permission denied), ignoré"]
    assert named.returncode == 2
    assert lines(named) == ["gcheck: d/locked: répertoire illisible : Permission denied"]


# --- the report's file ------------------------------------------------------------------------


def test_an_output_that_is_an_input_is_refused_and_the_article_kept(tmp_path):
    article = write(tmp_path / "article.md")
    done = run("verify", "--output", "article.md", "article.md", cwd=tmp_path)
    assert done.returncode == 2
    assert article.read_text(encoding="utf-8") == SLIP
    assert len(lines(done)) == 1 and "--output" in done.stderr
    write(tmp_path / "d" / "a.txt")
    walked = run("verify", "--output", "d/report.md", "d", cwd=tmp_path)
    assert walked.returncode == 2 and not (tmp_path / "d" / "report.md").exists()
    assert len(lines(walked)) == 1 and "d/report.md" in walked.stderr
    # A SARIF file beside the articles is not an article: allowed.
    assert run("verify", "--output", "d/gcheck.sarif", "d", cwd=tmp_path).returncode == 1


def test_a_report_left_in_a_checked_directory_is_not_read_back(tmp_path):
    write(tmp_path / "d" / "a.txt")
    for fmt, name in (("markdown", "summary.md"), ("json", "report.txt"), ("sarif", "scan.txt")):
        report = run("verify", "-f", fmt, "d/a.txt", cwd=tmp_path)
        write(tmp_path / "d" / name, report.stdout)
    done = run("verify", "-f", "json", "d", cwd=tmp_path)
    assert done.returncode == 1 and paths(done) == ["d/a.txt"]
    names = ("report.txt", "scan.txt", "summary.md")
    assert sorted(lines(done)) == [f"gcheck: d/{name}: rapport de gcheck, pas un article : ignoré" for name in names]


def _limit_file_size() -> None:  # in the child: files larger than 200 bytes cannot be written
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))


@linux_only
def test_output_is_atomic_the_old_report_stays_on_a_write_error(tmp_path):
    """A full disk (here: a file size limit, EFBIG) leaves the previous report whole."""
    write(tmp_path / "a.txt")
    old = write(tmp_path / "report.json", '{"old": true}\n')
    done = run("verify", "--output", "report.json", "a.txt", cwd=tmp_path, preexec_fn=_limit_file_size)
    assert done.returncode == 2
    assert old.read_text(encoding="utf-8") == '{"old": true}\n'
    assert len(lines(done)) == 1 and done.stderr.startswith("gcheck: report.json: écriture impossible")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "report.json"]  # no temporary file left
    assert run("verify", "--output", "report.json", "a.txt", cwd=tmp_path).returncode == 1
    assert json.loads(old.read_text(encoding="utf-8"))["summary"]["inconsistent"] == 1


def test_two_runs_writing_one_output_leave_one_whole_report(tmp_path):
    write(tmp_path / "a.txt")
    write(tmp_path / "b.txt", FINE * 40)
    runs = [
        subprocess.Popen(
            [*gcheck_command(), "verify", "-f", "json", "-o", "out.json", name],
            cwd=tmp_path,
            env=child_env(),
            stdin=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for name in ("a.txt", "b.txt")
    ]
    for proc in runs:
        proc.communicate(timeout=TIMEOUT)
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))  # whole, not mixed
    assert [f["path"] for f in report["files"]] in (["a.txt"], ["b.txt"])


def test_dash_output_is_standard_output(tmp_path):
    write(tmp_path / "a.txt")
    done = run("verify", "-f", "json", "-o", "-", "a.txt", cwd=tmp_path)
    assert done.returncode == 1 and json.loads(done.stdout)["summary"]["inconsistent"] == 1
    assert not (tmp_path / "-").exists()


@linux_only
def test_a_file_name_that_is_not_utf8_in_every_format(tmp_path):
    """JSON and the text formats show the bad byte as ``\\xe9``; SARIF's URI percent-encodes it."""
    os.mkdir(tmp_path / "d")
    with open(os.fsencode(tmp_path) + b"/d/caf\xe9.txt", "wb") as fh:
        fh.write(SLIP.encode())
    old = write(tmp_path / "scan.sarif", "previous\n")
    done = run("verify", "-o", "scan.sarif", "d", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    sarif = json.loads(old.read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"d/caf%E9.txt"}
    report = run("verify", "-f", "json", "d", cwd=tmp_path)
    assert paths(report) == ["d/caf\\xe9.txt"]
    for fmt in ("table", "github", "markdown"):
        shown = run("verify", "-f", fmt, "d", cwd=tmp_path)
        assert shown.returncode == 1 and "caf\\xe9.txt" in shown.stdout, (fmt, shown.stderr)


@linux_only
def test_step_summary_that_is_a_fifo_or_unwritable(tmp_path):
    write(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "summary")
    for target, reason in (("summary", "ce n'est pas un fichier ordinaire"), ("no/such/file", "No such file")):
        done = run("verify", "-f", "github", "a.txt", cwd=tmp_path, env={"GITHUB_STEP_SUMMARY": target})
        assert done.returncode == 2
        (line,) = lines(done)
        assert line.startswith(f"gcheck: GITHUB_STEP_SUMMARY={target}: ") and reason in line, line
    ok = tmp_path / "ok.md"
    assert run("verify", "-f", "github", "a.txt", cwd=tmp_path, env={"GITHUB_STEP_SUMMARY": str(ok)}).returncode == 1
    assert "SUM01" in ok.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_ascii_standard_output_keeps_json_valid_and_lossless(tmp_path, fmt):
    write(tmp_path / "a.txt", "Les élèves sont 120, dont 30 filles et 100 garçons.\n")
    done = subprocess.run(
        [*gcheck_command(), "verify", "-f", fmt, "a.txt"],
        cwd=tmp_path,
        env={**child_env(), "PYTHONIOENCODING": "ascii"},
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
    )
    assert done.returncode == 1, done.stderr
    text = done.stdout.decode("ascii")  # every byte is ASCII: accents escaped, not turned into "?"
    assert "gar\\u00e7ons" in text and "gar?ons" not in text
    assert "garçons" in json.dumps(json.loads(text), ensure_ascii=False)


def test_columns_zero_keeps_the_table(tmp_path):
    write(tmp_path / "a.txt")
    for columns in ("0", "-5", "abc"):
        done = run("verify", "a.txt", cwd=tmp_path, env={"COLUMNS": columns})
        assert done.returncode == 1 and "SUM01" in done.stdout, (columns, done.stdout)


# --- worker processes -------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``, from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            state, ppid = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[:2]
        except (OSError, ValueError):
            continue
        if int(ppid) == pid and state != "Z":
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_parallel_run(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    seed = (Path(__file__).resolve().parents[1] / "fixtures" / "global-chain-2024.txt").read_text(encoding="utf-8")
    for i in range(12):
        write(tmp_path / "many" / f"f{i:02}.txt", seed)
    proc = subprocess.Popen(
        [*gcheck_command(), "verify", "-j", "2", "-f", "json", "many"],
        cwd=tmp_path,
        env=child_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + TIMEOUT
    while len(_children(proc.pid)) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, "no worker started"
        time.sleep(0.05)
    return proc, _children(proc.pid)


@linux_only
def test_a_killed_worker_loses_no_file(tmp_path):
    proc, workers = _start_parallel_run(tmp_path)
    try:
        time.sleep(1)
        os.kill(workers[0], signal.SIGKILL)
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        proc.kill()
    assert "Traceback" not in err and "erreur interne" not in err, err
    report = json.loads(out)
    assert [f["path"] for f in report["files"]] == [f"many/f{i:02}.txt" for i in range(12)]
    for f in report["files"]:  # each checked again after the death, or given the worker's error
        assert f["findings"] or "processus de vérification" in f["error"], f


#: Loaded at the child's start-up (``sitecustomize``): spaCy runs out of memory on any batch
#: or text holding the marker, as it would on a file too big for the machine.
_OUT_OF_MEMORY = """
import spacy.language

MARK = "MÉMOIRE-ÉPUISÉE"
_pipe, _call = spacy.language.Language.pipe, spacy.language.Language.__call__


def pipe(self, texts, *args, **kwargs):
    texts = list(texts)
    if any(MARK in t for t in texts):
        raise MemoryError
    return _pipe(self, texts, *args, **kwargs)


def call(self, text, *args, **kwargs):
    if MARK in text:
        raise MemoryError
    return _call(self, text, *args, **kwargs)


spacy.language.Language.pipe, spacy.language.Language.__call__ = pipe, call
"""


def test_a_file_out_of_memory_loses_only_itself_without_jobs(tmp_path):
    (tmp_path / "inject").mkdir()
    (tmp_path / "inject" / "sitecustomize.py").write_text(_OUT_OF_MEMORY, encoding="utf-8")
    for i in range(5):
        write(tmp_path / "batch" / f"f{i}.txt", SLIP)
    write(tmp_path / "batch" / "f2.txt", "MÉMOIRE-ÉPUISÉE " + SLIP)
    done = run("verify", "-f", "json", "batch", cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "inject")})
    lines(done)
    assert done.returncode == 2, done.stderr  # a file could not be checked
    files = json.loads(done.stdout)["files"]
    assert [f["path"] for f in files] == [f"batch/f{i}.txt" for i in range(5)]
    for f in files:
        if f["path"] == "batch/f2.txt":
            assert "mémoire" in f["error"] and not f["findings"], f
        else:
            assert [x["rule"] for x in f["findings"] if x["verdict"] == "inconsistent"] == ["SUM01"], f


@linux_only
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_workers_die_with_their_parent(tmp_path, sig):
    proc, workers = _start_parallel_run(tmp_path)
    try:
        os.kill(proc.pid, getattr(signal, sig))
        proc.wait(timeout=TIMEOUT)
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [w for w in workers if _alive(w)]
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        proc.kill()
    assert survivors == []


# --- the configuration search -----------------------------------------------------------------


OFF = 'disable = ["SUM01"]\n'


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_configuration_is_not_taken_from_above_the_git_root(tmp_path):
    write(tmp_path / "gcheck.toml", OFF)  # left above the repository
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True, timeout=60)
    write(repo / "a.txt")
    done = run("verify", "--verbose", "-f", "json", "a.txt", cwd=repo)
    assert done.returncode == 1
    assert lines(done) == ["gcheck: configuration : aucune (valeurs par défaut)"]
    assert json.loads(done.stdout)["configuration"] is None
    write(repo / "gcheck.toml", OFF)
    inside = run("verify", "--verbose", "-f", "json", "a.txt", cwd=repo)
    assert inside.returncode == 0
    assert lines(inside) == [f"gcheck: configuration : {repo / 'gcheck.toml'}"]
    assert json.loads(inside.stdout)["configuration"] == str(repo / "gcheck.toml")
    sarif = json.loads(run("verify", "-f", "sarif", "a.txt", cwd=repo).stdout)
    assert sarif["runs"][0]["invocations"][0]["properties"]["configuration"] == str(repo / "gcheck.toml")


@linux_only
def test_a_configuration_others_can_write_or_own_is_ignored(tmp_path):
    (tmp_path / ".git").mkdir()  # the search stops here
    write(tmp_path / "a.txt")
    conf = write(tmp_path / "gcheck.toml", OFF)
    conf.chmod(0o666)
    done = run("verify", "a.txt", cwd=tmp_path)
    assert done.returncode == 1  # SUM01 not turned off
    assert lines(done)[0] == f"gcheck: {conf}: configuration ignorée : modifiable par d'autres utilisateurs"
    if os.geteuid() == 0:  # only root can give a file away
        conf.chmod(0o644)
        os.chown(conf, 65534, 65534)
        done = run("verify", "a.txt", cwd=tmp_path)
        assert done.returncode == 1
        assert lines(done)[0] == f"gcheck: {conf}: configuration ignorée : elle appartient à un autre utilisateur"


def test_a_configuration_with_a_bom_is_read(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "a.txt")
    (tmp_path / "gcheck.toml").write_bytes(b"\xef\xbb\xbf" + OFF.encode())
    done = run("verify", "a.txt", cwd=tmp_path)
    assert done.returncode == 0 and lines(done) == []


# --- crafted text -----------------------------------------------------------------------------


def test_a_long_run_of_spaces_after_a_comma_in_a_list(tmp_path):
    """« Les trois pays, la France,<64 KB of spaces>l'Italie… »: the year pattern of a figure's
    scope tried every split of the run (about three minutes); the hang guard is a minute."""
    write(tmp_path / "a.txt", "Les trois pays, la France," + " " * 65_536 + "l'Italie et l'Espagne, ont signé.\n")
    done = run("verify", "-f", "json", "a.txt", cwd=tmp_path, timeout=60)
    assert done.returncode in (0, 1), done.stderr
    assert "trois" in [c["text"] for c in json.loads(done.stdout)["files"][0]["claims"]]


# --- decoding ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_truncated_utf16_file_is_read_not_refused_as_binary(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(SLIP.encode(encoding)[:-1])
    done = run("verify", "-f", "json", "a.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "fichier tronqué : dernier octet ignoré" in done.stderr
