"""Which lines of which files changed since a git revision (``gcheck verify --diff REF``).

``changed_lines(paths, ref)`` finds, for each repository the paths belong to, the
merge base of REF and HEAD (``git merge-base REF HEAD``: where the branch left REF,
as a pull request shows it, so a change made only on REF's side is not the branch's),
then runs

    git diff --unified=0 --no-renames BASE -- PATH...

(the working tree against that base: committed, staged and unstaged changes alike)
and reads the ``@@ -a,b +c,d @@`` hunk headers: lines ``c`` to ``c+d-1`` of the
new file changed (``d`` = 0: lines were only deleted, no line of the new file
changed). Files git does not track (untracked or ignored) are new: every line
changed. A file absent from the result did not change.

``A...B`` names the merge base of A and B (B defaults to HEAD), as in ``git diff
A...B``; the files read are still those of the working tree, so B is normally the
checked-out branch. Every git call runs without pager, hooks, external diff or
textconv drivers and file-system monitor (``core.fsmonitor=false``), so a
repository's configuration cannot run a program through gcheck.

Git counts lines on ``\\n`` as gcheck does (``\\r\\n`` is one line break); a
file with lone ``\\r`` line endings (old Mac) is one line for git.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable

from .messages import say

__all__ = ["ALL", "GIT", "DiffError", "changed_lines", "merge_base", "parse_diff"]


class DiffError(Exception):
    """Git could not answer: not a repository, unknown revision, git missing. One line, in the run's language."""


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


#: git and the options of every call: literal paths, paths unquoted, no pager, no
#: file-system monitor, no hooks (``core.hooksPath`` to an empty place), no optional
#: index locks (a read-only command does not rewrite the index).
GIT = (
    "git",
    "--no-pager",
    "--literal-pathspecs",
    "--no-optional-locks",
    "-c",
    "core.quotePath=false",
    "-c",
    "core.fsmonitor=false",
    "-c",
    f"core.hooksPath={os.devnull}",
)


def _git(args: list[str], cwd: str) -> bytes:
    try:
        done = subprocess.run(
            [*GIT, *args],
            cwd=cwd,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except FileNotFoundError:
        raise DiffError(say("diff.no_git")) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DiffError(message[0] if message else say("diff.git_failed", command=args[0], status=done.returncode))
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


def _split_range(ref: str) -> tuple[str, str]:
    """``A...B`` → (A, B); ``A...`` → (A, HEAD); ``REF`` → (REF, HEAD)."""
    if "..." in ref:
        left, _, right = ref.partition("...")
        return left or "HEAD", right or "HEAD"
    return ref, "HEAD"


def _commit(rev: str, top: str, ref: str) -> str:
    """The commit ``rev`` names in the repository ``top``; a one-line error names ``ref`` otherwise."""
    try:
        return os.fsdecode(
            _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], top).strip()
        )
    except DiffError:
        if os.path.exists(rev):
            raise DiffError(say("diff.file_not_revision", ref=ref)) from None
        raise DiffError(say("diff.unknown_revision", ref=ref, repo=top)) from None


def merge_base(ref: str, top: str) -> str:
    """The commit ``--diff REF`` compares with: the merge base of REF and HEAD (of A and B for ``A...B``)."""
    left, right = _split_range(ref)
    a, b = _commit(left, top, ref), _commit(right, top, ref)
    try:
        return os.fsdecode(_git(["merge-base", a, b], top).strip())
    except DiffError:
        raise DiffError(say("diff.no_merge_base", ref=ref, repo=top)) from None


def changed_lines(paths: Iterable[str], ref: str) -> dict[str, set[int] | _All]:
    """For each path (as given), the lines changed since the merge base of ``ref`` and HEAD.

    A set of lines, or ``ALL`` for untracked files; files that did not change are
    left out. Raises ``DiffError`` when a path is not in a git repository, ``ref`` is
    not a revision there (a file named instead of a revision says so), or it shares
    no history with HEAD.
    """
    if not ref or ref.startswith("-") or ref.strip() != ref:
        raise DiffError(say("diff.invalid_revision", ref=ref))
    by_repo: dict[str, dict[str, str]] = {}  # toplevel -> {path relative to it: path as given}
    tops: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        try:
            top = _toplevel(os.path.dirname(real), tops)
        except DiffError as exc:
            raise DiffError(say("diff.not_a_repository", path=path, reason=exc)) from None
        by_repo.setdefault(top, {})[os.path.relpath(real, top).replace(os.sep, "/")] = path

    result: dict[str, set[int] | _All] = {}
    for top, files in by_repo.items():
        base = merge_base(ref, top)
        rels = sorted(files)
        for i in range(0, len(rels), _CHUNK):
            chunk = rels[i : i + _CHUNK]
            out = _git(
                ["diff", "--unified=0", "--no-renames", "--no-color", "--no-ext-diff", "--no-textconv",
                 "--src-prefix=a/", "--dst-prefix=b/", base, "--", *chunk],
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
