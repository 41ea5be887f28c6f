"""Which files a run checks, and reading them: walking directories, include/exclude, stdin.

What a walk reads, and what it leaves alone:

- only regular files. A FIFO, a device or a socket named on the command line is refused
  with one line (exit status 2); one met inside a walked directory is skipped with a
  warning. Files are ``stat``-ed before they are opened, so nothing ever blocks on a
  FIFO or on a symbolic link to ``/dev/stdin``;
- symbolic links are not followed out of the walked directory (a link to ``/etc/passwd``
  is skipped with a warning), nor into linked directories, unless ``--follow``; a link
  named on the command line is read, as ripgrep and ruff do;
- inside a git work tree, files that git ignores are skipped: the ``.gitignore`` of every
  directory from the work tree's root down, and ``.git/info/exclude`` (``--no-ignore``
  turns this off; a directory git ignores that is named on the command line is walked in
  full, as ripgrep does). Hidden directories, ``node_modules`` and ``__pycache__`` are
  never walked;
- ``include`` and ``exclude`` globs (see ``config``) are matched by ``pathspec``, in
  linear time;
- a subdirectory that cannot be read is reported with a warning and the walk goes on; a
  directory named on the command line that cannot be read is an error with its reason;
- gcheck's own reports (JSON, SARIF or Markdown, recognised by their first bytes) are not
  read back as articles.

A directory with no file to check is not an error: a warning says so and the run exits 0,
as ruff does ("No Python files found"); the same holds when ``exclude`` leaves nothing.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .messages import say

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config

#: Directories never walked into (a directory named on the command line is still read).
SKIPPED_DIRS = ("node_modules", "__pycache__")

#: The first bytes of gcheck's own reports: JSON (``"schema": "gcheck-report/…"``), SARIF
#: with gcheck as its driver, and the Markdown summary's title (``### gcheck : …``, ``###
#: gcheck: …``). Looked for in the first ``_REPORT_HEAD`` characters.
_REPORT_HEAD = 4096
_REPORT_MARKS = ('"schema": "gcheck-report/', '"name": "gcheck"')
_MARKDOWN_MARKS = ("### gcheck : ", "### gcheck: ")


def _err(message: str) -> None:
    sys.stderr.write(f"gcheck: {message}\n")


def _globs(values: list[str] | None) -> tuple[str, ...] | None:
    """``--include a --include b,c`` → ("a", "b", "c"); None when the option is not given."""
    if not values:
        return None
    return tuple(g.strip() for v in values for g in v.split(",") if g.strip())


# --- special files ----------------------------------------------------------------------------


def special_kind(mode: int) -> str | None:
    """The kind of a file that is neither regular nor a directory (message key), or None."""
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode):
        return "char"
    if stat.S_ISBLK(mode):
        return "block"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


def _special(path: str, lang: str) -> str | None:
    """Why ``path`` cannot be read as an article (it is a FIFO, a device…), or None.

    ``os.stat`` follows symbolic links, so a link to ``/dev/stdin`` is judged by what
    standard input is; a regular file behind it is read, a pipe or a terminal is not.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: read_path gives the reason
    kind = special_kind(mode)
    if kind is None:
        return None
    return say("walk.special", lang, kind=say(f"walk.kind.{kind}", lang))


# --- ignore files -----------------------------------------------------------------------------


def git_root(directory: str) -> str | None:
    """The root of the git work tree holding ``directory`` (a ``.git`` directory or file), or None."""
    here = os.path.realpath(directory)
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


class GitIgnore:
    """The ``.gitignore`` rules that apply under one git work tree, read as the walk goes.

    Each directory's ``.gitignore`` applies to the paths below it, a deeper file
    overriding a shallower one (a ``!keep.md`` below undoes ``*.md`` above), as git does;
    ``.git/info/exclude`` applies to the whole tree.
    """

    def __init__(self, root: str):
        self.root = root
        self._specs: dict[str, object | None] = {}
        self._exclude = self._read(os.path.join(root, ".git", "info", "exclude"))

    @staticmethod
    def _read(path: str):
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                lines = handle.read().splitlines()
        except OSError:
            return None
        import pathspec

        try:
            return pathspec.GitIgnoreSpec.from_lines(lines, backend="best")
        except Exception:  # noqa: BLE001 - git ignores the lines it cannot read; so do we, whole file
            return None

    def _spec(self, directory: str):
        if directory not in self._specs:
            self._specs[directory] = self._read(os.path.join(directory, ".gitignore"))
        return self._specs[directory]

    def ignored(self, path: str, is_dir: bool) -> bool:
        """Whether git ignores ``path`` (real path, under the root)."""
        rel_root = os.path.relpath(path, self.root)
        if rel_root.startswith(".."):
            return False
        directory = os.path.dirname(path)
        while True:  # the deepest .gitignore with a matching rule decides
            spec = self._spec(directory)
            if spec is not None:
                rel = _git_path(os.path.relpath(path, directory), is_dir)
                verdict = spec.check_file(rel).include
                if verdict is not None:
                    return verdict
            if directory == self.root or len(directory) <= len(self.root):
                break
            directory = os.path.dirname(directory)
        if self._exclude is not None:
            verdict = self._exclude.check_file(_git_path(rel_root, is_dir)).include
            return bool(verdict)
        return False


def _git_path(rel: str, is_dir: bool) -> str:
    """A relative path as pathspec matches it: ``/`` separators, a final ``/`` for a
    directory, undecodable bytes as U+FFFD (RE2 takes only valid text)."""
    from .config import matchable

    return matchable(rel.replace(os.sep, "/"), lower=False) + ("/" if is_dir else "")


# --- walking ----------------------------------------------------------------------------------


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(
    root: str, config: Config, follow: bool = False, ignore: bool = True, errors: list[str] | None = None
) -> list[str]:
    """The files to check under ``root``, sorted by path.

    Warnings (special files, links out of the tree, unreadable subdirectories) are written
    as they come; an error reading ``root`` itself is appended to ``errors``.
    """
    lang = config.lang
    real_root = os.path.realpath(root)
    gi = None
    if ignore:
        top = git_root(root)
        gi = GitIgnore(top) if top else None
        if gi is not None and real_root != gi.root and gi.ignored(real_root, True):
            gi = None  # a directory git ignores, named on the command line: walked in full
    visited = {real_root}
    found: list[str] = []

    def onerror(exc: OSError) -> None:
        where = exc.filename or root
        reason = exc.strerror or exc.__class__.__name__
        if os.path.realpath(where) == real_root and errors is not None:
            errors.append(say("walk.unreadable_root", lang, reason=reason))
        else:
            _err(say("walk.unreadable_dir", lang, path=where, reason=reason))

    for directory, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=follow):
        kept = []
        for d in sorted(dirnames):
            sub = os.path.join(directory, d)
            if d.startswith(".") or d in SKIPPED_DIRS or config.excluded(sub):
                continue
            real = os.path.realpath(sub)
            if os.path.islink(sub):
                if not follow:
                    continue  # os.walk would not descend into it anyway
                if real in visited or _inside(real_root, real):
                    _err(say("walk.loop", lang, path=sub))
                    continue
            visited.add(real)
            if gi is not None and gi.ignored(real, True):
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = os.path.normpath(os.path.join(directory, name))
            if not config.included(path) or config.excluded(path):
                continue
            real = os.path.realpath(path)
            if os.path.islink(path) and not follow and not _inside(real, real_root):
                _err(say("walk.outside", lang, path=path))
                continue
            if gi is not None and gi.ignored(os.path.join(os.path.realpath(directory), name), False):
                continue
            problem = _special(path, lang)
            if problem:
                _err(f"{path}: {problem}")
                continue
            found.append(path)
    return sorted(found)


def discover(
    paths: Iterable[str], config: Config, follow: bool = False, ignore: bool = True
) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every file to check, each once, in order.

    Directories are walked recursively (see the module docstring), files sorted by path,
    keeping the files that match ``include``; ``exclude`` applies to walked files and to
    the files and directories named on the command line alike (so pre-commit and lists
    of changed files honour it). ``-`` is standard input. A named directory with no file
    to check gives a warning, not an error.
    """
    lang = config.lang
    seen: set[str] = set()
    for p in paths:
        if p == "-":
            if p not in seen:
                seen.add(p)
                yield p, None
            continue
        if os.path.exists(p) and config.excluded(p):
            _err(say("walk.excluded", lang, path=p))
            continue
        if os.path.isdir(p):
            errors: list[str] = []
            found = _walk(p, config, follow, ignore, errors)
            if errors:
                yield p, errors[0]
            elif not found:
                _err(say("walk.no_files_dir", lang, path=p))
            files = [(f, None) for f in found]
        else:
            files = [(p, _special(p, lang))]
        for f, problem in files:
            key = os.path.normcase(os.path.abspath(f))
            if key not in seen:
                seen.add(key)
                yield f, problem


def would_walk(target: str, paths: Iterable[str], config: Config, ignore: bool = True) -> bool:
    """Whether a walk of the directories in ``paths`` would read the file ``target`` (a real
    path, existing or not): used to refuse an ``--output`` that would be read as an article."""
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            continue
        real_root = os.path.realpath(p)
        if not _inside(target, real_root) or target == real_root:
            continue
        rel_parts = os.path.relpath(target, real_root).split(os.sep)
        path = os.path.normpath(os.path.join(p, *rel_parts))
        dirs = [os.path.join(p, *rel_parts[: i + 1]) for i in range(len(rel_parts) - 1)]
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in rel_parts[:-1]):
            continue
        if any(config.excluded(d) for d in dirs) or config.excluded(path) or not config.included(path):
            continue
        if ignore:
            top = git_root(p)
            if top is not None:
                gi = GitIgnore(top)
                real_dirs = [os.path.join(real_root, *rel_parts[: i + 1]) for i in range(len(rel_parts) - 1)]
                if any(gi.ignored(d, True) for d in real_dirs) or gi.ignored(target, False):
                    continue
        return True
    return False


# --- reading ----------------------------------------------------------------------------------


def is_own_report(text: str) -> bool:
    """Whether ``text`` is one of gcheck's reports (JSON, SARIF, Markdown), not an article."""
    head = text[:_REPORT_HEAD].lstrip("\ufeff \t\r\n")
    if head.startswith(_MARKDOWN_MARKS):
        return True
    return head.startswith("{") and any(mark in head for mark in _REPORT_MARKS)


def _read_all(
    files: Iterable[tuple[str, str | None]],
    stdin_name: str | None,
    lang: str | None = None,
) -> Iterator[tuple[str, str | None, str, str | None]]:
    """``(name, text, format, error)`` for each discovered file, read and decoded in turn: a
    file that cannot be read carries its error; gcheck's own reports are skipped with a
    warning; decoding notes go to standard error."""
    from .document import InputError, read_path
    from .markup import format_for

    for path, error in files:
        if error:
            yield path, None, "text", error
            continue
        name = stdin_name if path == "-" and stdin_name else path
        try:
            decoded = read_path(path)
        except InputError as exc:
            yield name, None, "text", str(exc)
            continue
        if path != "-" and is_own_report(decoded.text):
            _err(say("walk.own_report", lang, path=name))
            continue
        for note in decoded.notes:
            _err(f"{name}: {note}")
        yield name, decoded.text, format_for(name), None
