"""Settings for a run: message language, rules turned off, severities, order lexicon.

``Config`` is what the pipeline reads; ``load_config`` builds it from
``[tool.gcheck]`` in pyproject.toml, ``gcheck.toml`` or ``.gcheck.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class ConfigError(Exception):
    """A configuration problem, as one line naming the file and the key."""


@dataclass(frozen=True)
class Config:
    lang: str = "fr"
    disable: frozenset[str] = frozenset()
    severity: dict = field(default_factory=dict)
    order: dict = field(default_factory=dict)  # extra concepts and pairs, merged into the shipped lexicon
    include: tuple[str, ...] = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
    exclude: tuple[str, ...] = ()
    source: str | None = None  # the file the configuration came from
