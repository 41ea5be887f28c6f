"""Every sentence gcheck shows a user, in one catalogue per language.

The catalogues are TOML files under ``lang/<code>/messages/`` (one file per area:
``cli.toml``, ``input.toml``, ``rules.toml``…); all files of a language are merged into
one table of keys. A key is dotted and language-neutral (``input.not_found``,
``rule.SUB01.consistent``); its text is a ``str.format`` template with named fields::

    say("input.not_found", "en", path="a.txt")   # "a.txt: file not found"

The language of a run is chosen once (``use("en")``, by the command line); ``say``
without a language speaks it. Code that may run in another process (the pipeline's
workers) passes the language explicitly.

Every language has the same keys (``tests/test_messages.py`` checks it). A key missing
from a catalogue is a bug, reported loudly rather than shown as a key.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

LANGS = ("fr", "en")
DEFAULT = "fr"
_HERE = Path(__file__).resolve().parent / "lang"
_current = [DEFAULT]  # the language of this run, set by use()


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All the messages of one language, flattened to dotted keys."""
    table: dict[str, str] = {}
    for path in sorted((_HERE / lang / "messages").glob("*.toml")):
        _flatten(tomllib.loads(path.read_text(encoding="utf-8")), "", table, path)
    return table


def _flatten(node: dict, prefix: str, out: dict[str, str], path: Path) -> None:
    for name, value in node.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            _flatten(value, key + ".", out, path)
        elif key in out:
            raise ValueError(f"{path}: message key {key} defined twice")
        else:
            out[key] = str(value)


def use(lang: str) -> None:
    """Make ``lang`` the language of this run (an unknown language keeps the default)."""
    _current[0] = lang if lang in LANGS else DEFAULT


def current() -> str:
    """The language of this run (``use``), French until one is chosen."""
    return _current[0]


def say(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (the run's language when None, French when unknown), filled in."""
    lang = current() if lang is None else lang
    table = catalogue(lang if lang in LANGS else DEFAULT)
    return table[key].format(**params) if params else table[key]
