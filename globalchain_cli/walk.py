"""Which files a run checks, and reading them: walking directories, include/exclude, stdin.

Moved out of ``cli.py`` so that the command line and the walking change apart.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config

#: Directories never walked into (a directory named on the command line is still read).
SKIPPED_DIRS = ("node_modules", "__pycache__")


def _err(message: str) -> None:
    sys.stderr.write(f"gcheck: {message}\n")


def _globs(values: list[str] | None) -> tuple[str, ...] | None:
    """``--include a --include b,c`` → ("a", "b", "c"); None when the option is not given."""
    if not values:
        return None
    return tuple(g.strip() for v in values for g in v.split(",") if g.strip())


def _walk(root: str, config: Config) -> list[str]:
    """The files to check under ``root``, sorted by path."""
    found: list[str] = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and d not in SKIPPED_DIRS and not config.excluded(os.path.join(directory, d))
        )
        for name in sorted(filenames):
            path = os.path.normpath(os.path.join(directory, name))
            if config.included(path) and not config.excluded(path):
                found.append(path)
    return sorted(found)


def discover(paths: Iterable[str], config: Config) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every file to check, each once, in order.

    Directories are walked recursively, files sorted by path (hidden directories,
    ``node_modules`` and ``__pycache__`` skipped), keeping the files that match
    ``include``; ``exclude`` applies to walked files and to the files and
    directories named on the command line alike (so pre-commit and lists of
    changed files honour it). ``-`` is standard input.
    """
    seen: set[str] = set()
    for p in paths:
        if p == "-":
            if p not in seen:
                seen.add(p)
                yield p, None
            continue
        if os.path.exists(p) and config.excluded(p):
            _err(f"{p}: ignoré (exclude)")
            continue
        if os.path.isdir(p):
            found = _walk(p, config)
            if not found:
                yield p, "aucun fichier à vérifier dans ce répertoire"
            files = found
        else:
            files = [p]
        for f in files:
            key = os.path.normcase(os.path.abspath(f))
            if key not in seen:
                seen.add(key)
                yield f, None


def _read_all(
    files: Iterable[tuple[str, str | None]], stdin_name: str | None, directive_problems: dict[str, list[str]]
) -> Iterator[tuple[str, str | None, str, str | None]]:
    from .document import InputError, read_path
    from .markup import format_for
    from .suppress import find_directives

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
        for note in decoded.notes:
            _err(f"{name}: {note}")
        directive_problems[name] = find_directives(decoded.text)[1]
        yield name, decoded.text, format_for(name), None
