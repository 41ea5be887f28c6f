"""Writing the report: ``--output`` atomically, standard output, the GitHub job summary.

- ``--output FILE`` is written to a temporary file in the same directory, flushed to disk
  (``fsync``) and renamed over ``FILE``: a reader sees the old report or the new one,
  never half of one; on a full disk or any other error the old file stays, and the
  error is one line (exit status 2). ``-o -`` is standard output. An ``--output`` that is
  not a regular file (``/dev/null``, a terminal) is written in place; a FIFO without a
  reader is refused rather than waited on.
- File names that are not valid UTF-8 (on Linux a name is bytes) reach gcheck with their
  bad bytes as lone surrogates (Python's ``surrogateescape``). Text cannot carry those,
  so every text format shows each bad byte as ``\\xNN`` (as ``ls -b`` does): in JSON and
  SARIF as the six characters ``\\\\xNN`` inside the string, which decode to ``\\xNN``;
  SARIF's artifact URIs percent-encode the original bytes (``%E9``), so they stay exact.
- When standard output cannot encode a character (``PYTHONIOENCODING=ascii``, a cp1252
  console), JSON and SARIF escape it as ``\\uXXXX``: the report stays valid and lossless.
- ``GITHUB_STEP_SUMMARY`` must name a regular file (or one to create); a FIFO is refused
  with one line that names the variable.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from pathlib import Path

from .messages import say

_SURROGATE = re.compile(r"[\udc80-\udcff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
JSON_FORMATS = ("json", "sarif")


class OutputError(Exception):
    """A report that could not be written, as one line."""


def is_stdout(path: str | os.PathLike | None) -> bool:
    """Whether ``--output`` names standard output (absent, or ``-``)."""
    return path is None or str(path) == "-"


def display_name(path: str) -> str:
    """A file name for text: its bytes that are not UTF-8 shown as ``\\xNN``."""
    if not _SURROGATE.search(path):
        return path
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def escape_bytes(text: str, fmt: str) -> str:
    """``text`` with the undecodable bytes of file names (lone surrogates) as ``\\xNN``,
    written as ``\\\\xNN`` inside JSON strings so the JSON stays valid."""
    if not _SURROGATE.search(text):
        return text
    backslash = "\\\\" if fmt in JSON_FORMATS else "\\"
    return _SURROGATE.sub(lambda m: f"{backslash}x{ord(m.group()) - 0xDC00:02x}", text)


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def for_stream(text: str, fmt: str, stream) -> str:
    """JSON or SARIF text the stream can encode: characters it cannot are ``\\uXXXX``
    escapes (JSON only holds non-ASCII characters inside strings, so this is exact)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    if fmt not in JSON_FORMATS or _encodable(text, encoding):
        return text
    import json

    return _NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], text)


def table_width() -> int | None:
    """The table's width when ``COLUMNS`` is not a positive number (rich would draw 0 columns
    for ``COLUMNS=0``): the terminal's, else 80; None lets rich decide."""
    raw = os.environ.get("COLUMNS")
    if raw is None:
        return None
    try:
        if int(raw) > 0:
            return None
    except ValueError:
        pass
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return 80


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_special(path: str, data: bytes, lang: str) -> None:
    """Write to an existing file that is not regular (a device, a FIFO with a reader)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == 6:  # ENXIO: a FIFO nobody reads
            raise OutputError(say("output.fifo", lang, path=path)) from None
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike, text: str, lang: str | None = None) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file renamed over it.

    The new file keeps the old one's permissions (a new one gets the usual ``0666 &
    ~umask``). Raises ``OutputError`` (one line) on any failure; the old file is untouched
    and the temporary file removed.
    """
    import tempfile

    name = os.fspath(path)
    data = text.encode("utf-8")
    target = os.path.realpath(name)  # a symbolic link: its target is replaced, not the link
    try:
        try:
            st = os.stat(target)
        except FileNotFoundError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise OutputError(say("output.failed", lang, path=name, reason=say("output.is_dir", lang)))
            _write_special(target, data, lang)
            return
        directory = os.path.dirname(target) or "."
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, stat.S_IMODE(st.st_mode) if st else 0o666 & ~_umask())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(say("output.failed", lang, path=name, reason=exc.strerror or exc)) from None
    try:  # the rename itself survives a crash once the directory is on disk
        dir_fd = os.open(os.path.dirname(target) or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def append_summary(text: str, lang: str | None = None) -> None:
    """Append ``text`` to the file ``GITHUB_STEP_SUMMARY`` names (nothing when unset).

    Raises ``OutputError`` naming the variable when it is a FIFO, a directory or any file
    that cannot be written."""
    name = os.environ.get("GITHUB_STEP_SUMMARY")
    if not name:
        return
    where = f"GITHUB_STEP_SUMMARY={name}"
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(say("output.summary_failed", lang, path=where, reason=exc.strerror or exc)) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputError(say("output.summary_failed", lang, path=where, reason=say("output.not_regular", lang)))
    try:
        with open(name, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise OutputError(say("output.summary_failed", lang, path=where, reason=exc.strerror or exc)) from None


def refuse_input(output: str | os.PathLike, files: list[str], would_walk, lang: str | None = None) -> None:
    """Raise ``OutputError`` when ``--output`` is one of the files to check, or a file a walk
    of the named directories would read (``would_walk(real_path)``): writing it would replace
    an article, or feed the report back in as one on the next run."""
    target = os.path.realpath(os.fspath(output))
    if any(f != "-" and os.path.realpath(f) == target for f in files):
        raise OutputError(say("output.is_input", lang, path=os.fspath(output)))
    if would_walk(target):
        raise OutputError(say("output.walked", lang, path=os.fspath(output)))


def as_path(output: Path | None) -> Path | None:
    """``--output``, with ``-`` meaning standard output (None)."""
    return None if is_stdout(output) else output
