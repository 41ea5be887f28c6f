"""Settings for a run: message language, rules turned off, severities, order lexicon, files.

``Config`` is what the pipeline reads; ``load_config`` builds it from the first
configuration file found upward from the current directory. In each directory,
from the current one up to the root of the git work tree or the user's home,
whichever comes first (the file system's root when under neither), gcheck looks
for, in this order:

1. ``gcheck.toml``
2. ``.gcheck.toml``
3. ``pyproject.toml`` with a ``[tool.gcheck]`` table (a ``pyproject.toml``
   without one is skipped)

and the first file found wins; files are never merged. A file found this way that
other users can write, or that belongs to another user (root excepted), is skipped
with a warning. A BOM at the start of the file is fine. ``gcheck.toml`` and
``.gcheck.toml`` hold the keys at top level, ``pyproject.toml`` under
``[tool.gcheck]``::

    lang = "fr"                       # or "en": the language of the messages
    disable = ["DAT05"]               # rules turned off
    include = ["*.md", "*.txt"]       # files taken when a directory is walked
    exclude = ["archives", "drafts/old/**"]
    fail-on = "error"                 # or "warning", "never"
    fail-evidence = "weak"            # or "moderate", "strong": weaker findings never fail

    [rules.SAM01]                     # ([tool.gcheck.rules.SAM01] in pyproject.toml)
    severity = "warning"              # "error", "warning" or "info"
    enabled = true                    # false turns the rule off; true wins over ``disable``

    [order.concepts]                  # the order-by-meaning lexicon (ORD01), extended
    evacuated = ["évacuer", "évacué"]
    [order.pairs]                     # smaller = [larger, ...]
    evacuated = ["residents"]

Every problem raises ``ConfigError`` with one line naming the file and the key, in the
run's language (``messages.use``; the ``config`` messages of the catalogue),
and rule codes are compared case-insensitively.

Globs (``include``, ``exclude``) are git's wildmatch patterns, matched by ``pathspec``
in linear time (see ``glob_spec``), case-insensitively, against paths relative to the
directory of the configuration file (the current directory when there is none): a
pattern without ``/`` matches a file name (``include``) or any file or directory name
along the path (``exclude``); a pattern with ``/`` matches the relative path from that
directory, ``**`` spanning directories. A glob that cannot be read is a ``ConfigError``
naming the file and the key.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .messages import say

__all__ = [
    "CONFIG_FILES",
    "Config",
    "ConfigError",
    "find_config",
    "check_globs",
    "glob_spec",
    "load_config",
]

#: File names looked for in each directory, in this order.
CONFIG_FILES = ("gcheck.toml", ".gcheck.toml", "pyproject.toml")

LANGS = ("fr", "en")
SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "never")
#: Evidence strengths, weakest first (``policy.Strength``): ``fail-evidence``'s values.
EVIDENCE = ("weak", "moderate", "strong")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")


class ConfigError(Exception):
    """A configuration problem, as one line naming the file and the key."""


@dataclass(frozen=True)
class Config:
    lang: str = "fr"
    disable: frozenset[str] = frozenset()
    severity: dict = field(default_factory=dict)  # rule code -> "error" | "warning" | "info"
    order: dict = field(default_factory=dict)  # extra concepts and pairs, merged into the shipped lexicon
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    source: str | None = None  # the file the configuration came from
    fail_on: str | None = None  # "error" | "warning" | "never"; None: the command line's default
    fail_evidence: str | None = None  # "weak" | "moderate" | "strong": the weakest finding that fails

    @property
    def root(self) -> Path:
        """The directory globs are relative to: the configuration file's, or the current one."""
        return Path(self.source).resolve().parent if self.source else Path.cwd()

    def excluded(self, path: str | os.PathLike) -> bool:
        """Whether ``path`` (a file or a directory) matches an ``exclude`` glob."""
        if not self.exclude:
            return False  # (pathspec is not even imported: a quicker start)
        return glob_spec(self.exclude).match_file(matchable(self._relative(path)))

    def included(self, path: str | os.PathLike) -> bool:
        """Whether a file found in a directory walk matches an ``include`` glob."""
        rel = matchable(self._relative(path))
        suffixes = _suffixes(self.include)
        if suffixes is not None:  # only "*.md"-like globs (the default): a suffix test does
            return rel.rsplit("/", 1)[-1].endswith(suffixes)
        names = tuple(p for p in self.include if not _anchored(p))
        paths = tuple(p for p in self.include if _anchored(p))
        return bool(
            (names and glob_spec(names).match_file(rel.rsplit("/", 1)[-1]))
            or (paths and glob_spec(paths).match_file(rel))
        )

    def _relative(self, path: str | os.PathLike) -> str:
        p = Path(path)
        absolute = p if p.is_absolute() else Path.cwd() / p
        absolute = Path(os.path.normpath(absolute))
        for base in (self.root, Path.cwd()):
            try:
                return absolute.relative_to(base).as_posix()
            except ValueError:
                continue
        return Path(os.path.normpath(p)).as_posix().lstrip("/")


_UNDECODABLE = re.compile(r"[\udc80-\udcff]")


def matchable(path: str, lower: bool = True) -> str:
    """A relative path as globs are matched against it: lower case (``lower``), and the
    bytes of a name that are not UTF-8 (lone surrogates, which RE2 cannot take) as U+FFFD."""
    return _UNDECODABLE.sub("\ufffd", path.lower() if lower else path)


def _normal_glob(pattern: str) -> str:
    """A glob as pathspec reads it: ``/`` separators, no leading ``./`` nor trailing ``/``,
    lower case (globs are case-insensitive: paths are lowered too)."""
    pat = pattern.strip().replace("\\", "/")
    if pat.startswith("./"):
        pat = pat[2:]
    return (pat.rstrip("/") or pat).lower()


_SUFFIX_GLOB = re.compile(r"\*(\.[\w.-]+)")


@cache
def _suffixes(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """``("*.md", "*.txt")`` → ``(".md", ".txt")``, what these globs test on a name (``*``
    may be empty and holds no ``/``); None when any glob is more than that."""
    found = [_SUFFIX_GLOB.fullmatch(_normal_glob(p)) for p in patterns]
    return tuple(m.group(1) for m in found) if found and all(found) else None


def _anchored(pattern: str) -> bool:
    """Whether a glob names a path from the root (it holds a ``/``) rather than a file name."""
    return "/" in _normal_glob(pattern).lstrip("/") or _normal_glob(pattern).startswith("/")


@cache
def glob_spec(patterns: tuple[str, ...]):
    """The globs as one ``pathspec`` matcher (git's wildmatch syntax: ``*`` and ``?`` within
    a name, ``**`` across directories, ``[...]`` classes, ``!`` negation).

    The regular expressions run on RE2 (``google-re2``) when it is installed, so matching
    is linear in the path's length whatever the glob: ``*a*a*a*a*a*a*a*ab`` against a long
    name takes microseconds, not the minute Python's backtracking engine takes. Raises
    ``ValueError`` for a glob pathspec cannot read (``!`` alone, a trailing ``\\``).
    """
    import pathspec

    return pathspec.PathSpec.from_lines("gitignore", [_normal_glob(p) for p in patterns], backend="best")


def check_globs(patterns: tuple[str, ...], where: str, key: str, lang: str | None = None) -> None:
    """Raise ``ConfigError`` naming ``where`` and ``key`` for the first glob that cannot be read."""
    from .messages import say

    for pattern in patterns:
        try:
            glob_spec((pattern,))
        except Exception:  # noqa: BLE001 - pathspec raises several kinds; all mean "bad glob"
            raise ConfigError(say("walk.bad_glob", lang, where=where, key=key, pattern=pattern)) from None


# --- finding and reading the file -------------------------------------------------------------


def search_dirs(start: str | os.PathLike | None = None) -> list[Path]:
    """The directories searched for a configuration, nearest first: from ``start`` up to the
    root of its git work tree (the directory holding ``.git``) or the user's home, whichever
    comes first; up to the file system's root when ``start`` is under neither."""
    here = Path(start or Path.cwd()).resolve()
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        home = None
    dirs: list[Path] = []
    for directory in (here, *here.parents):
        dirs.append(directory)
        if (directory / ".git").exists() or directory == home:
            break
    return dirs


def unsafe(path: Path, lang: str | None = None) -> str | None:
    """Why a configuration file found by the search must not be trusted, or None.

    A file another user can write, or that belongs to another user (root excepted), could
    turn every rule off behind the user's back (a ``gcheck.toml`` left in ``/tmp``).
    """
    from .messages import say

    if not hasattr(os, "getuid"):  # pragma: no cover - Windows has no such owners
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    if st.st_mode & 0o002:
        return say("config_search.unsafe_writable", lang, path=path)
    if st.st_uid not in (os.getuid(), 0):
        return say("config_search.unsafe_owner", lang, path=path)
    return None


def find_config(start: str | os.PathLike | None = None, warn=None) -> Path | None:
    """The configuration file that applies in ``start`` (default: the current directory), or None.

    See ``search_dirs`` for where it is looked for; a file ``unsafe`` rejects is skipped,
    with a warning passed to ``warn``, and the search goes on."""
    for directory in search_dirs(start):
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and not _has_tool_gcheck(candidate):
                continue
            problem = unsafe(candidate)
            if problem:
                if warn is not None:
                    warn(problem)
                continue
            return candidate
    return None


def _has_tool_gcheck(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    if not re.search(r"^\s*\[\s*tool\s*\.\s*gcheck\b|^\s*tool\s*\.\s*gcheck\b|gcheck\s*=", text, re.MULTILINE):
        return False  # another project's pyproject.toml: not even parsed
    data = _parse(path, text)
    return isinstance(data.get("tool"), dict) and "gcheck" in data["tool"]


def _parse(path: Path, text: str | None = None) -> dict[str, Any]:
    try:
        if text is None:
            _refuse_special(path)
            text = path.read_text(encoding="utf-8-sig")  # a BOM, as Windows editors write it, is fine
        return tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"{path}: {say('config.not_found')}") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        raise ConfigError(f"{path}: {say('config.unreadable', reason=reason)}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {say('config.invalid_toml', reason=exc)}") from None


def _refuse_special(path: Path) -> None:
    """A ``--config`` that is a FIFO or a device is refused before it is opened (it would block)."""
    from .messages import say
    from .walk import special_kind

    try:
        kind = special_kind(path.stat().st_mode)
    except OSError:
        return  # missing or unreadable: reading says why
    if kind:
        raise ConfigError(say("config_search.special", path=path, kind=say(f"walk.kind.{kind}")))


def load_config(path: str | os.PathLike | None = None, start: str | os.PathLike | None = None, warn=None) -> Config:
    """The configuration from ``path``, or from the file found upward from ``start``; defaults when none.

    A ``pyproject.toml`` is read under ``[tool.gcheck]``; any other file is the
    ``[tool.gcheck]`` table itself. ``warn`` receives the warnings of the search (files
    skipped as unsafe). Raises ``ConfigError``.
    """
    if path is None:
        found = find_config(start, warn)
        if found is None:
            return Config()
        path = found
    path = Path(path)
    data = _parse(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "gcheck" not in tool:
            raise ConfigError(f"{path}: {say('config.no_tool_table')}")
        return _build(tool["gcheck"], path, "tool.gcheck.")
    return _build(data, path, "")


# --- validation -------------------------------------------------------------------------------

TOP_KEYS = ("lang", "disable", "include", "exclude", "fail-on", "fail-evidence", "rules", "order")
RULE_KEYS = ("severity", "enabled")
ORDER_KEYS = ("concepts", "pairs")


def _build(table: Any, path: Path, prefix: str) -> Config:
    def fail(key: str, problem: str, **params: Any) -> ConfigError:
        """The error for ``key``: ``problem`` names a ``config.*`` message, ``params`` fill it in."""
        return ConfigError(
            say("config.at_key", path=path, key=f"{prefix}{key}", problem=say(f"config.{problem}", **params))
        )

    if not isinstance(table, dict):
        where = prefix.rstrip(".") or say("config.the_configuration")
        raise ConfigError(f"{path}: {say('config.not_a_table', where=where)}")
    for key in table:
        if key not in TOP_KEYS:
            if key == "tool":
                raise fail(key, "tool_outside_pyproject")
            raise fail(key, "unknown_key", keys=", ".join(TOP_KEYS))

    known = _rule_codes()
    kwargs: dict[str, Any] = {"source": str(path)}

    if "lang" in table:
        kwargs["lang"] = _choice(table["lang"], LANGS, "lang", fail)
    if "fail-on" in table:
        kwargs["fail_on"] = _choice(table["fail-on"], FAIL_ON, "fail-on", fail)
    if "fail-evidence" in table:
        kwargs["fail_evidence"] = _choice(table["fail-evidence"], EVIDENCE, "fail-evidence", fail)
    for key in ("include", "exclude"):
        if key in table:
            kwargs[key] = tuple(_strings(table[key], key, fail, "globs"))
            check_globs(kwargs[key], str(path), prefix + key)

    disabled: set[str] = set()
    if "disable" in table:
        for code in _strings(table["disable"], "disable", fail, "rule_codes"):
            disabled.add(_rule_code(code, known, "disable", fail))

    severity: dict[str, str] = {}
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise fail("rules", "table_expected", example="[rules.CODE]")
    for raw_code, options in rules.items():
        code = _rule_code(raw_code, known, f"rules.{raw_code}", fail)
        if not isinstance(options, dict):
            raise fail(f"rules.{raw_code}", "table_expected", example=", ".join(RULE_KEYS))
        for key, value in options.items():
            where = f"rules.{raw_code}.{key}"
            if key == "severity":
                severity[code] = _choice(value, SEVERITIES, where, fail)
            elif key == "enabled":
                if not isinstance(value, bool):
                    raise fail(where, "bool_expected", value=_show(value))
                (disabled.discard if value else disabled.add)(code)
            else:
                raise fail(where, "unknown_key", keys=", ".join(RULE_KEYS))
    kwargs["disable"] = frozenset(disabled)
    kwargs["severity"] = severity

    if "order" in table:
        kwargs["order"] = _order(table["order"], fail)
    return Config(**kwargs)


def _order(order: Any, fail) -> dict:
    if not isinstance(order, dict):
        raise fail("order", "table_expected", example="[order.concepts], [order.pairs]")
    for key in order:
        if key not in ORDER_KEYS:
            raise fail(f"order.{key}", "unknown_key", keys=", ".join(ORDER_KEYS))
    result: dict[str, dict[str, list[str]]] = {}
    for key in ORDER_KEYS:
        section = order.get(key, {})
        if not isinstance(section, dict):
            raise fail(f"order.{key}", "table_expected", example=f"[order.{key}]")
        what = "lemmas" if key == "concepts" else "concepts"
        result[key] = {name: _strings(v, f"order.{key}.{name}", fail, what) for name, v in section.items()}
    from .rules.order import default_order

    concepts = set(default_order().get("concepts", {})) | set(result["concepts"])
    for smaller, larger in result["pairs"].items():
        for name in (smaller, *larger):
            if name not in concepts:
                raise fail(f"order.pairs.{smaller}", "unknown_concept", name=_show(name))
    return {k: v for k, v in result.items() if v}


def _choice(value: Any, allowed: tuple[str, ...], key: str, fail) -> str:
    if not isinstance(value, str) or value.lower() not in allowed:
        raise fail(key, "invalid_value", value=_show(value), allowed=", ".join(allowed))
    return value.lower()


def _strings(value: Any, key: str, fail, what: str) -> list[str]:
    """A list of non-blank strings; ``what`` names what they are (``config.list.<what>``)."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(key, "list_expected", what=say(f"config.list.{what}"), value=_show(value))
    return [v.strip() for v in value]


def _rule_code(code: str, known: frozenset[str], key: str, fail) -> str:
    upper = code.strip().upper()
    if upper not in known:
        raise fail(key, "unknown_rule", code=_show(code))
    return upper


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return say("config.quoted", value=value)
    return repr(value)


def _rule_codes() -> frozenset[str]:
    from .rules import REGISTRY

    return frozenset(REGISTRY)
