"""Issue 6: bad input never breaks gcheck, and nothing is lost.

Every test runs real files (in ``tmp_path``) through the real command line — a
``gcheck`` child process, so that exit statuses, standard error and the promise
"never a traceback" of ``cli.main`` are the user's — with the real French model.

The invariants checked on every report (``assert_exact``):

* ``text[start:end] == claim text`` where ``text`` is the decoded text of the file
  (BOM removed, line endings kept);
* ``line``/``column`` of claims and findings agree with ``start``, compared with a
  naive count of the line breaks (``\\r\\n``, ``\\r``, ``\\n``) before it.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from globalchain_cli import document
from globalchain_cli.cli import app

from .conftest import SEED

#: Hang guard of every child process: far above what any of these inputs needs.
TIMEOUT = int(os.environ.get("GCHECK_TEST_TIMEOUT", "300"))

#: A French article with every character that differs between encodings (é, €, ’, « », ï).
ARTICLE = (
    "Paris, 5 juin 2024 – L’opération « Global Chain » a coûté 2,5 millions d’euros (€) : "
    "1 374 victimes ont été identifiées, dont 153 enfants. Été à Liège : 219 personnes interpellées.\n"
    "Selon Europol, 12 % des victimes étaient mineures ; 362 suspects ont été identifiés et 219 arrêtés.\n"
    "Une naïve coïncidence : le 3 juin 2024, 39 pays ont participé.\n"
)
#: Only Latin-1 characters (no € nor ’): the same article as an ISO-8859-1 writer saves it.
ARTICLE_LATIN1 = ARTICLE.replace("’", "'").replace(" (€)", "").replace("–", "-")

# --- helpers (also used by test_large_input.py) ----------------------------------------------


def gcheck_command() -> list[str]:
    """The installed ``gcheck`` next to this interpreter, else ``python -m globalchain_cli.cli``."""
    script = Path(sys.executable).parent / "gcheck"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "globalchain_cli.cli"]


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GCHECK_DEBUG", "GITHUB_ACTIONS", "CI")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def gcheck(*args: str, cwd: Path | None = None, timeout: int = TIMEOUT, **kwargs) -> subprocess.CompletedProcess:
    """Run the real ``gcheck`` in a child process; stdout and stderr as text."""
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(
        [*gcheck_command(), *args],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        timeout=timeout,
        text=True,
        encoding="utf-8",
        **kwargs,
    )


def verify_json(*paths: str | Path, cwd: Path | None = None, **kwargs) -> tuple[subprocess.CompletedProcess, dict]:
    done = gcheck("verify", "--format", "json", *map(str, paths), cwd=cwd, **kwargs)
    assert "Traceback" not in done.stderr, done.stderr
    return done, json.loads(done.stdout)


def naive_positions(text: str, offsets) -> dict[int, tuple[int, int]]:
    """1-based (line, column) of each offset, walking the text one character at a time: LF,
    a lone CR and CR LF (as one break) end a line, every other character is a column."""
    wanted = sorted(set(offsets))
    out: dict[int, tuple[int, int]] = {}
    line, col, k = 1, 1, 0
    for i, ch in enumerate(text):
        while k < len(wanted) and wanted[k] == i:
            out[i] = (line, col)
            k += 1
        if k == len(wanted):
            break
        if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n"):
            line, col = line + 1, 1
        else:
            col += 1
    for offset in wanted[k:]:
        assert offset == len(text), offset
        out[offset] = (line, col)
    return out


def naive_line_col(text: str, offset: int) -> tuple[int, int]:
    return naive_positions(text, [offset])[offset]


def assert_exact(text: str, report: dict) -> None:
    """Claims are exact slices of the decoded text; lines and columns agree with offsets."""
    assert report["error"] is None, report["error"]
    ids = {c["id"] for c in report["claims"]}
    where = naive_positions(text, [x["start"] for x in report["claims"] + report["findings"]])
    for c in report["claims"]:
        assert 0 <= c["start"] < c["end"] <= len(text), c
        assert text[c["start"] : c["end"]] == c["text"], c
        assert (c["line"], c["column"]) == where[c["start"]], c
    for f in report["findings"]:
        assert set(f["claims"]) <= ids, f
        assert 0 <= f["start"] <= f["end"] <= len(text), f
        assert (f["line"], f["column"]) == where[f["start"]], f


def by_path(report: dict) -> dict[str, dict]:
    return {fr["path"]: fr for fr in report["files"]}


def stderr_lines(done: subprocess.CompletedProcess) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.strip()]


# --- the naive reference itself ---------------------------------------------------------------


def test_naive_line_col_counts_crlf_once():
    text = "ab\r\ncd\ref\ngh"
    assert [naive_line_col(text, text.index(ch)) for ch in "acegh"] == [(1, 1), (2, 1), (3, 1), (4, 1), (4, 2)]
    assert naive_line_col(text, 3) == (1, 4)  # the "\n" of "\r\n" is still on line 1


# --- command-line errors: one line, exit status 2, no traceback ------------------------------


def test_missing_path(tmp_path):
    done = gcheck("verify", "absent.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert stderr_lines(done) == ["gcheck: absent.txt: fichier introuvable"]


def test_missing_path_among_others_in_json(tmp_path):
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    done, report = verify_json("absent.txt", "seed.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert stderr_lines(done) == ["gcheck: absent.txt: fichier introuvable"]
    files = by_path(report)
    assert files["absent.txt"]["error"] == "fichier introuvable"
    assert files["seed.txt"]["error"] is None and files["seed.txt"]["findings"]
    assert report["summary"]["errors"] == 1


def _deny(monkeypatch, denied: Path) -> None:
    """Make ``open`` refuse ``denied`` as the kernel does for a user without read permission."""
    real_open = open

    def fake_open(path, *args, **kwargs):
        if os.path.abspath(path) == str(denied):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(document, "open", fake_open, raising=False)


def test_permission_denied(nlp, tmp_path, monkeypatch):
    """As root every file is readable: ``open`` is made to refuse it, in process (CliRunner)."""
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED.read_bytes())
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    _deny(monkeypatch, locked)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["verify", "--format", "json", "locked.txt", "seed.txt"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert [line for line in result.stderr.splitlines() if line] == ["gcheck: locked.txt: permission refusée"]
    files = by_path(json.loads(result.stdout))
    assert files["locked.txt"]["error"] == "permission refusée"
    assert files["seed.txt"]["findings"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file: see test_permission_denied"
)
def test_permission_denied_for_real(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED.read_bytes())
    locked.chmod(0)
    try:
        done = gcheck("verify", "locked.txt", cwd=tmp_path)
    finally:
        locked.chmod(0o644)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert stderr_lines(done) == ["gcheck: locked.txt: permission refusée"]


def test_directory_with_nothing_to_check(tmp_path):
    (tmp_path / "empty").mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (other / "notes.rst").write_text("1 374 victimes", encoding="utf-8")
    (other / ".hidden").mkdir()
    (other / ".hidden" / "a.txt").write_text("1 374 victimes", encoding="utf-8")
    for name in ("empty", "other"):  # not an error, as ruff does: a warning and status 0
        done = gcheck("verify", name, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        assert stderr_lines(done) == [f"gcheck: {name}: aucun fichier à vérifier dans ce répertoire"]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["verify", "--bogus", "x.txt"], "--bogus"),
        (["verify", "--format", "xml", "x.txt"], "xml"),
        (["nosuchcommand"], "nosuchcommand"),
    ],
)
def test_usage_errors_are_one_line_exit_2_without_traceback(tmp_path, args, named):
    done = gcheck(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    lines = stderr_lines(done)
    assert len(lines) == 1 and lines[0].startswith("gcheck: ") and named in lines[0], done.stderr
    assert not re.search(r"[─│╭╮╰╯]", done.stderr), done.stderr


# --- endless and oversized inputs ------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_device_is_refused_not_read_forever(tmp_path):
    """``/dev/zero`` never ends: as every device, it is refused before it is read (issue 11)."""
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    done, report = verify_json("/dev/zero", "seed.txt", cwd=tmp_path)
    assert done.returncode == 2
    files = by_path(report)
    assert files["/dev/zero"]["error"].startswith("fichier spécial (périphérique caractère)")
    assert stderr_lines(done) == [f"gcheck: /dev/zero: {files['/dev/zero']['error']}"]
    assert files["seed.txt"]["findings"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_standard_input_is_refused(tmp_path):
    with open("/dev/zero", "rb") as zeros:
        done = gcheck("verify", "-", cwd=tmp_path, stdin=zeros)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert stderr_lines(done) == [f"gcheck: -: {document._too_large_error()}"]


def test_size_limit_is_exact(tmp_path, monkeypatch):
    monkeypatch.setattr(document, "MAX_BYTES", 64)
    (tmp_path / "at.txt").write_bytes(b"x" * 64)
    (tmp_path / "over.txt").write_bytes(b"x" * 65)
    assert document.read_path(str(tmp_path / "at.txt")).text == "x" * 64
    with pytest.raises(document.InputError, match="trop volumineux"):
        document.read_path(str(tmp_path / "over.txt"))


# --- binary files -----------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def test_binary_files_are_reported_and_the_others_checked(tmp_path):
    (tmp_path / "photo.txt").write_bytes(PNG + bytes(range(256)) * 4)
    (tmp_path / "nul.txt").write_bytes(b"1 374 victimes\x00\x00\x01\x02 dont 153 enfants\x00" * 50)
    (tmp_path / "controls.md").write_bytes(bytes(range(1, 9)) * 200)
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    done, report = verify_json("photo.txt", "nul.txt", "controls.md", "seed.txt", cwd=tmp_path)
    assert done.returncode == 2
    files = by_path(report)
    assert files["photo.txt"]["error"] == "fichier binaire (PNG) : ce n'est pas du texte"
    assert files["nul.txt"]["error"] == "fichier binaire (octets NUL) : ce n'est pas du texte"
    assert files["controls.md"]["error"].startswith("fichier binaire")
    assert stderr_lines(done) == [
        f"gcheck: {name}: {files[name]['error']}" for name in ("photo.txt", "nul.txt", "controls.md")
    ]
    for name in ("photo.txt", "nul.txt", "controls.md"):
        assert files[name]["claims"] == [] and files[name]["findings"] == []
    _, alone = verify_json("seed.txt", cwd=tmp_path)
    assert files["seed.txt"] == alone["files"][0]
    assert_exact(SEED.read_text(encoding="utf-8"), files["seed.txt"])
    assert report["summary"]["errors"] == 3


# --- encodings --------------------------------------------------------------------------------

ENCODED = {
    # name: (bytes, decoded text, expected note on stderr or None)
    "utf8.txt": (ARTICLE.encode("utf-8"), ARTICLE, None),
    "cp1252.txt": (ARTICLE.encode("cp1252"), ARTICLE, "encodage Windows-1252 détecté"),
    "latin1.txt": (ARTICLE_LATIN1.encode("latin-1"), ARTICLE_LATIN1, "détecté (le fichier n'est pas en UTF-8)"),
    "latin1-c1.txt": (
        (ARTICLE_LATIN1 + "Fin\x81.\n").encode("latin-1"),
        ARTICLE_LATIN1 + "Fin\x81.\n",
        "encodage Latin-1 (ISO-8859-1) détecté",
    ),
    "utf16le.txt": (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ARTICLE, None),
    "utf16be.txt": (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE, None),
    "utf16-nobom.txt": (ARTICLE.encode("utf-16-le"), ARTICLE, "encodage UTF-16 LE sans BOM détecté"),
    "utf8-bom.txt": (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), ARTICLE, None),
}


@pytest.fixture(scope="module")
def encoded_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("encodings")
    for name, (data, _, _) in ENCODED.items():
        (root / name).write_bytes(data)
    bad = ARTICLE.encode("utf-8")
    cut = bad.index("Liège".encode())
    (root / "utf8-invalid.txt").write_bytes(bad[:cut] + b"\xff\xfe" + bad[cut:] + b"\xc3")
    done, report = verify_json(*ENCODED, "utf8-invalid.txt", cwd=root)
    return root, done, by_path(report)


def _decoded(article: str) -> dict:
    claims = [(c["text"], c["start"], c["line"], c["column"], c["value"], c["unit"]) for c in article["claims"]]
    findings = [(f["rule"], f["verdict"], f["start"]) for f in article["findings"]]
    return {"claims": claims, "findings": findings}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encodings_are_decoded_and_checked(encoded_run, name):
    _, done, files = encoded_run
    _, text, note = ENCODED[name]
    result = files[name]
    assert_exact(text, result)
    notes = [line for line in stderr_lines(done) if line.startswith(f"gcheck: {name}: ")]
    if note is None:
        assert notes == []
    else:
        assert len(notes) == 1 and note in notes[0], notes
    # Same figures, at the same offsets, as the UTF-8 file (the Latin-1 article is a variant of it).
    found = {c["text"] for c in result["claims"]}
    assert {"1 374", "153", "219", "12 %", "362", "3 juin 2024"} <= found
    start = text.index("1 374")
    assert any(c["start"] == start and c["value"] == 1374 for c in result["claims"])
    assert any(f["rule"] == "SUB01" for f in result["findings"])
    if text == ARTICLE:
        assert _decoded(result) == _decoded(files["utf8.txt"])


def test_utf8_with_invalid_bytes_is_checked_with_a_warning(encoded_run):
    root, done, files = encoded_run
    text = document.read_path(str(root / "utf8-invalid.txt")).text
    assert text.count("\ufffd") == 3
    assert "gcheck: utf8-invalid.txt: UTF-8 invalide : 3 octets invalides remplacés par U+FFFD" in stderr_lines(done)
    result = files["utf8-invalid.txt"]
    assert_exact(text, result)
    # Every figure of the clean file is there; those after the bad bytes shifted by two.
    cut = ARTICLE.index("Liège")
    clean = files["utf8.txt"]["claims"]
    got = [(c["text"], c["start"]) for c in result["claims"]]
    assert got == [(c["text"], c["start"] + (2 if c["start"] >= cut else 0)) for c in clean]
    assert done.returncode == 0


# --- BOM and line endings ---------------------------------------------------------------------


def test_bom_and_line_endings_keep_offsets_lines_and_columns(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    variants = {
        "lf.txt": (seed.encode("utf-8"), seed),
        "crlf.txt": (seed.replace("\n", "\r\n").encode("utf-8"), seed.replace("\n", "\r\n")),
        "cr.txt": (seed.replace("\n", "\r").encode("utf-8"), seed.replace("\n", "\r")),
        "bom-crlf.txt": (codecs.BOM_UTF8 + seed.replace("\n", "\r\n").encode("utf-8"), seed.replace("\n", "\r\n")),
        "mixed.md": (
            codecs.BOM_UTF8 + b"# Titre\r\n\r\n" + seed.replace("\n", "\r", 2).encode("utf-8"),
            "# Titre\r\n\r\n" + seed.replace("\n", "\r", 2),
        ),
    }
    for name, (data, _) in variants.items():
        (tmp_path / name).write_bytes(data)
    done, report = verify_json(*variants, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    files = by_path(report)
    for name, (_, text) in variants.items():
        assert_exact(text, files[name])
    reference = files["lf.txt"]
    for name in ("crlf.txt", "cr.txt", "bom-crlf.txt"):
        assert [(c["text"], c["line"], c["column"]) for c in files[name]["claims"]] == [
            (c["text"], c["line"], c["column"]) for c in reference["claims"]
        ]
        # Offsets exclude the BOM: a "\r\n" file is the "\n" one plus one character per line above.
        extra = 1 if name != "cr.txt" else 0
        assert [c["start"] for c in files[name]["claims"]] == [
            c["start"] + extra * (c["line"] - 1) for c in reference["claims"]
        ]
        assert [(f["rule"], f["line"], f["column"]) for f in files[name]["findings"]] == [
            (f["rule"], f["line"], f["column"]) for f in reference["findings"]
        ]
    assert len(files["mixed.md"]["claims"]) == len(reference["claims"])


# --- nothing to report ------------------------------------------------------------------------


def test_empty_whitespace_and_no_figures(tmp_path):
    inputs = {
        "empty.txt": b"",
        "spaces.txt": b"   \n\t\n\r\n  \n",
        "bom-only.txt": codecs.BOM_UTF8,
        "nbsp.txt": "\u00a0\u202f\u2009\n".encode(),
        "words.txt": "Les enquêteurs ont recherché les traces de la traite.\n".encode(),
        "empty.md": b"",
        "markup-only.md": b"# \n\n---\n\n* \n\n```\n```\n",
        "empty.html": b"<html><body><p></p></body></html>",
    }
    for name, data in inputs.items():
        (tmp_path / name).write_bytes(data)
    done, report = verify_json(*inputs, cwd=tmp_path)
    assert done.returncode == 0
    assert done.stderr == ""
    for fr in report["files"]:
        assert fr["error"] is None and fr["claims"] == [] and fr["findings"] == [], fr
    table = gcheck("verify", *inputs, cwd=tmp_path)
    assert table.returncode == 0 and table.stderr == ""


# --- standard input ---------------------------------------------------------------------------


def _empty_stdin_report(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and done.stderr == ""
    report = json.loads(done.stdout)
    assert [(fr["path"], fr["error"], fr["claims"], fr["findings"]) for fr in report["files"]] == [("-", None, [], [])]


def test_stdin_empty(tmp_path):
    _empty_stdin_report(gcheck("verify", "--format", "json", "-", cwd=tmp_path, stdin=subprocess.DEVNULL))
    _empty_stdin_report(gcheck("verify", "--format", "json", "-", cwd=tmp_path, stdin=None, input=""))


@pytest.mark.skipif(sys.platform == "win32", reason="closes file descriptor 0 in the child")
def test_stdin_closed(tmp_path):
    done = gcheck(
        "verify",
        "--format",
        "json",
        "-",
        cwd=tmp_path,
        preexec_fn=lambda: os.close(0),  # noqa: PLW1509 - a child without standard input at all
    )
    _empty_stdin_report(done)


def test_stdin_text_is_checked(tmp_path):
    done = gcheck("verify", "--format", "json", "-", cwd=tmp_path, stdin=None, input=ARTICLE)
    assert done.returncode == 0, done.stderr
    assert_exact(ARTICLE, json.loads(done.stdout)["files"][0])


# --- output encodings -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "ascii"])
@pytest.mark.parametrize("fmt", ["json", "table"])
def test_report_on_a_stdout_that_is_not_utf8(tmp_path, encoding, fmt):
    """Windows redirects stdout to a file in the locale's encoding (cp1252): the report of an
    ordinary article (« ≤ » in its messages) is still written, not an internal error."""
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    done = subprocess.run(
        [*gcheck_command(), "verify", "--format", fmt, "seed.txt"],
        cwd=tmp_path,
        env={**child_env(), "PYTHONIOENCODING": encoding},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    stderr = done.stderr.decode(encoding, errors="replace")
    assert done.returncode == 0, stderr
    assert "erreur interne" not in stderr and "Traceback" not in stderr, stderr
    if fmt == "json":
        try:
            text = done.stdout.decode("utf-8")
        except UnicodeDecodeError:
            text = done.stdout.decode(encoding)
        assert json.loads(text)["files"][0]["findings"]
    else:
        assert b"SUB01" in done.stdout


# --- pathological text ------------------------------------------------------------------------

ZW = "\u200b\u200c\u200d\u2060\ufeff"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

PATHOLOGICAL: dict[str, str] = {
    "huge-number.txt": "Il y a " + "7" * 100_000 + " victimes, dont 12 enfants.\n" + ARTICLE,
    "huge-grouped.txt": "Il y a " + " ".join(["374"] * 30_000) + " victimes.\n" + ARTICLE,
    "huge-decimal.txt": "Soit 0," + "5" * 50_000 + " % des 1 374 victimes.\n" + ARTICLE,
    "one-mb-line.txt": "x" * 1_000_000 + "\n" + ARTICLE,
    "one-mb-digits.txt": ("a1" * 500_000) + "\n" + ARTICLE,
    "long-punct.txt": ("1." * 100_000) + "\n" + ARTICLE,
    "zero-width.txt": (
        f"1{ZW[0]}374 victimes ont été identi{ZW[1]}fiées, dont 15{ZW[2]}3 enfants. "
        f"Le 3{ZW[3]} juin 2024, 2{ZW[4]}19 perso{ZW[0]}nnes{ZW[2]} interpellées et 12{ZW[0]} %.\n"
        + ZW * 200
        + "\n"
        + ARTICLE
    ),
    "bidi.txt": (
        f"{BIDI[0]}1 374{BIDI[1]} victimes, dont {BIDI[6]}153{BIDI[4]} enfants. "
        f"{BIDI[8]}219{BIDI[10]} personnes, le {BIDI[3]}3 juin 2024{BIDI[4]}, 12{BIDI[7]} % "
        f"vi{BIDI[2]}ct{BIDI[4]}imes.\n" + BIDI * 300 + "\n" + ARTICLE
    ),
    "combining.txt": (
        "1 374 victimes ont e\u0301te\u0301 identifie\u0301es, dont 153 enfants. "
        "Le 3 juin 2024 a\u0300 Lie\u0300ge, 12\u0301 % et 2\u0301\u0327\u0308 19 personnes. "
        + "a"
        + "\u0301" * 5000
        + "\n"
        + ARTICLE
    ),
    "emoji.txt": (
        "🚨 1 374 victimes 👨‍👩‍👧‍👦, dont 153 enfants 🇫🇷🇧🇪. 2,5 millions d’euros 💶💶 le 3 juin 2024 👍🏽, "
        "12 % 📈 et 219 personnes 🙂\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1.\n" + "🙂" * 2_000 + "\n" + ARTICLE
    ),
    "odd-spaces.txt": (
        "1\u00a0374 victimes,\u2028dont 153\u202fenfants.\u2029Le 3\u2009juin 2024\x0c, 219\u3000personnes "
        "et 12\u00a0%.\x0b\u0085\n" + ARTICLE
    ),
    "surrogate-like.txt": "1 374 victimes \ufffd\ufffd, dont 153 enfants \U0010fffd \uffff.\n" + ARTICLE,
    "nested.md": (
        ">" * 3000
        + " 1 374 victimes, dont 153 enfants.\n"
        + "- " * 2000
        + "219 personnes et 12 %.\n"
        + "*" * 5000
        + "le 3 juin 2024"
        + "*" * 5000
        + "\n"
        + "[" * 10_000
        + "362 suspects"
        + "](u)" * 10_000
        + "\n"
        + "`" * 3000
        + " 39 pays "
        + "`" * 2999
        + "\n"
        + "<div>" * 3000
        + "2,5 millions d’euros"
        + "</div>" * 3000
        + "\n"
        + "    " * 2000
        + "- 12 victimes\n"
        + "_" * 4000
        + "\n\n"
        + ARTICLE
    ),
    "nested.html": "<div>" * 20_000 + "1 374 victimes, dont 153 enfants." + "</div>" * 20_000 + "\n" + ARTICLE,
}


@pytest.fixture(scope="module")
def pathological_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("pathological")
    for name, text in PATHOLOGICAL.items():
        (root / name).write_text(text, encoding="utf-8", newline="")
    done, report = verify_json(*PATHOLOGICAL, cwd=root)
    return done, by_path(report)


@pytest.mark.slow  # one batch of 100,000-character figures and lines (about 80 s of CPU)
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text(pathological_run, name):
    """No crash (no per-file internal error either), bounded time (the child's timeout), offsets exact."""
    done, files = pathological_run
    assert done.returncode in (0, 1), done.stderr
    assert not any(line.startswith(f"gcheck: {name}:") for line in stderr_lines(done)), done.stderr
    text = PATHOLOGICAL[name]
    result = files[name]
    assert_exact(text, result)
    # The plain article after the noise is still read in full.
    tail = text.rindex(ARTICLE)
    tail_claims = {c["text"] for c in result["claims"] if c["start"] >= tail}
    assert {"1 374", "153", "219", "12 %", "362"} <= tail_claims, sorted(tail_claims)


@pytest.mark.slow  # two 100,000-character lines through the whole pipeline (about 30 s of CPU)
def test_long_runs_without_spaces_in_bounded_time(tmp_path):
    """A 100,000-character line of emoji, another of brackets: spaCy's tokenizer is quadratic
    on such runs (its affix loop; about an hour on these before they were cut for it)."""
    text = "🙂" * 100_000 + "\n" + "(" * 100_000 + "\n" + ARTICLE
    (tmp_path / "runs.txt").write_text(text, encoding="utf-8")
    done, report = verify_json("runs.txt", cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert_exact(text, report["files"][0])
    tail = text.rindex(ARTICLE)
    assert {"1 374", "153", "219", "12 %", "362"} <= {
        c["text"] for c in report["files"][0]["claims"] if c["start"] >= tail
    }


@pytest.mark.parametrize("char", ["\u200b", "\u2060", "\ufeff"])
def test_zero_width_character_inside_a_figure_keeps_it_whole(check, char):
    text = f"1{char}374 victimes ont été identifiées, dont 153 enfants."
    assert [c.value for c in check(text).claims] == [1374, 153]


# --- determinism ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Several files of every kind: articles, Markdown, HTML, a binary and a missing one."""
    root = tmp_path_factory.mktemp("batch")
    seed = SEED.read_text(encoding="utf-8")
    files = {
        "a-seed.txt": seed.encode("utf-8"),
        "b-slip.txt": "1 374 victimes ont été identifiées, dont 1 530 enfants.\n".encode(),
        "c-article.md": ("# Bilan\n\n**1 374** victimes, dont *153* enfants.\n\n" + ARTICLE).encode(),
        "d-article.html": f"<p>{ARTICLE}</p><p>Du 3 au 9 juin 2024, une semaine.</p>".encode(),
        "e-binary.txt": PNG,
        "f-cp1252.txt": ARTICLE.encode("cp1252"),
        "g-crlf.txt": seed.replace("\n", "\r\n").encode("utf-8"),
        "h-empty.txt": b"",
        "i-pathological.txt": PATHOLOGICAL["zero-width.txt"].encode("utf-8"),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    return root, [*files, "z-missing.txt"]


def test_same_input_same_output_byte_for_byte(batch):
    root, names = batch
    first = gcheck("verify", "--format", "json", *names, cwd=root)
    second = gcheck("verify", "--format", "json", *names, cwd=root)
    assert first.returncode == second.returncode == 2
    assert first.stdout == second.stdout
    assert first.stderr == second.stderr
    table1 = gcheck("verify", "--format", "table", *names, cwd=root)
    table2 = gcheck("verify", "--format", "table", *names, cwd=root)
    assert table1.stdout == table2.stdout


def test_order_of_arguments_does_not_change_any_file_result(batch):
    root, names = batch
    _, forward = verify_json(*names, cwd=root)
    _, backward = verify_json(*reversed(names), cwd=root)
    assert [fr["path"] for fr in backward["files"]] == list(reversed(names))
    assert by_path(forward) == by_path(backward)
    assert forward["summary"] == backward["summary"]


def test_batch_results_equal_each_file_alone(nlp, batch, monkeypatch):
    """A failing file is reported with its reason; every other file is complete, as if checked alone."""
    root, names = batch
    done, report = verify_json(*names, cwd=root)
    assert done.returncode == 2
    files = by_path(report)
    assert files["e-binary.txt"]["error"] == "fichier binaire (PNG) : ce n'est pas du texte"
    assert files["z-missing.txt"]["error"] == "fichier introuvable"
    monkeypatch.chdir(root)
    for name in names:
        alone = CliRunner().invoke(app, ["verify", "--format", "json", name])
        assert alone.exit_code in (0, 1, 2), alone.output
        assert json.loads(alone.stdout)["files"] == [files[name]], name
        if files[name]["error"] is None:
            assert_exact(document.read_path(str(root / name)).text, files[name])
