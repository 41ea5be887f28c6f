"""Which lines of which files changed since a git revision (``gcheck verify --diff REF``).

``changed_lines(paths, ref)`` runs, for each repository the paths belong to,

    git diff --unified=0 --no-renames REF -- PATH...

(the working tree against REF: committed, staged and unstaged changes alike)
and reads the ``@@ -a,b +c,d @@`` hunk headers: lines ``c`` to ``c+d-1`` of the
new file changed (``d`` = 0: lines were only deleted, no line of the new file
changed). Files git does not track (untracked or ignored) are new: every line
changed. A file absent from the result did not change.

Git counts lines on ``\\n`` as gcheck does (``\\r\\n`` is one line break); a
file with lone ``\\r`` line endings (old Mac) is one line for git.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable

__all__ = ["ALL", "DiffError", "changed_lines", "parse_diff"]


class DiffError(Exception):
    """Git could not answer: not a repository, unknown revision, git missing. One French line."""


class _All:
    """Every line of the file changed (a new or untracked file)."""

    def __contains__(self, line: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "ALL"


ALL = _All()

_CHUNK = 200  # paths per git call, to stay far below the command-line length limit
_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_NEW_FILE = re.compile(rb"^\+\+\+ (.*)$")
_ESCAPES = {
    ord(k): v for k, v in {"n": 10, "t": 9, '"': 34, "\\": 92, "a": 7, "b": 8, "f": 12, "r": 13, "v": 11}.items()
}


def _git(args: list[str], cwd: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", "--literal-pathspecs", "-c", "core.quotePath=false", *args],
            cwd=cwd,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise DiffError("git est introuvable (nécessaire pour --diff)") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DiffError(message[0] if message else f"git {args[0]} a échoué ({done.returncode})")
    return done.stdout


def _unquote(raw: bytes) -> str:
    """A path as git prints it in a diff header, C-style quoted when it holds odd characters."""
    if len(raw) >= 2 and raw.startswith(b'"') and raw.endswith(b'"'):
        body, out, i = raw[1:-1], bytearray(), 0
        while i < len(body):
            if body[i] == 92 and i + 1 < len(body):  # backslash
                if body[i + 1 : i + 4].isdigit() and len(body[i + 1 : i + 4]) == 3:
                    out.append(int(body[i + 1 : i + 4], 8))
                    i += 4
                    continue
                out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
                i += 2
                continue
            out.append(body[i])
            i += 1
        raw = bytes(out)
    return os.fsdecode(raw)


def parse_diff(output: bytes) -> dict[str, set[int]]:
    """``git diff --unified=0`` output → {path after ``b/``: the changed lines of the new file}."""
    result: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in output.splitlines():
        m = _NEW_FILE.match(line)
        if m:
            target = m.group(1).rstrip(b"\t")
            if target == b"/dev/null":  # a deleted file
                current = None
                continue
            name = _unquote(target)
            current = result.setdefault(name[2:] if name.startswith("b/") else name, set())
            continue
        m = _HUNK.match(line)
        if m and current is not None:
            start = int(m.group(1))
            count = int(m.group(2)) if m.group(2) is not None else 1
            current.update(range(start, start + count))
    return result


def _toplevel(directory: str, cache: dict[str, str]) -> str:
    if directory not in cache:
        out = _git(["rev-parse", "--show-toplevel"], directory)
        cache[directory] = os.path.realpath(os.fsdecode(out.strip()))
    return cache[directory]


def changed_lines(paths: Iterable[str], ref: str) -> dict[str, set[int] | _All]:
    """For each path (as given), the lines changed since ``ref``: a set, or ``ALL`` for untracked files.

    Files that did not change are left out. Raises ``DiffError`` when a path is
    not in a git repository or ``ref`` is not a revision there.
    """
    if not ref or ref.startswith("-"):
        raise DiffError(f"--diff : révision invalide « {ref} »")
    by_repo: dict[str, dict[str, str]] = {}  # toplevel -> {path relative to it: path as given}
    tops: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        try:
            top = _toplevel(os.path.dirname(real), tops)
        except DiffError as exc:
            raise DiffError(f"{path}: pas dans un dépôt git utilisable (--diff) : {exc}") from None
        by_repo.setdefault(top, {})[os.path.relpath(real, top).replace(os.sep, "/")] = path

    result: dict[str, set[int] | _All] = {}
    for top, files in by_repo.items():
        try:
            _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
        except DiffError:
            raise DiffError(f"--diff {ref} : révision inconnue dans le dépôt {top}") from None
        rels = sorted(files)
        for i in range(0, len(rels), _CHUNK):
            chunk = rels[i : i + _CHUNK]
            out = _git(
                ["diff", "--unified=0", "--no-renames", "--no-color", "--no-ext-diff", "--no-textconv",
                 "--src-prefix=a/", "--dst-prefix=b/", ref, "--", *chunk],
                top,
            )  # fmt: skip
            for rel, lines in parse_diff(out).items():
                if rel in files and lines:
                    result[files[rel]] = lines
            for rel in _git(["ls-files", "--others", "-z", "--", *chunk], top).split(b"\0"):
                name = os.fsdecode(rel)
                if name in files:
                    result[files[name]] = ALL
    return result
