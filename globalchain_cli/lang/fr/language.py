"""French, as ``relations/`` and ``rules/`` see it (see ``globalchain_cli.lang.Language``)."""

from __future__ import annotations

from .. import Language
from . import cues, grammar

#: The prefixes ``claims.py`` gives the scope markers of a source and of a year.
SOURCE_PREFIX = "selon "
YEAR_PREFIX = "année "


def scope_dimension(marker: str) -> str:
    """The dimension a scope marker sets a figure apart on: « l'an dernier », « année 2020 »
    time; « pour sa part » group; « en moyenne » aggregate; « selon la police » source;
    « objectif » hypothesis."""
    if marker.startswith(SOURCE_PREFIX):
        return "source"
    if marker.startswith(YEAR_PREFIX) or marker in cues.OTHER_TIME_MARKERS:
        return "time"
    if marker in cues.RATE_MARKERS:
        return "aggregate"
    if marker in cues.SUBJECT_SHIFT_MARKERS:
        return "group"
    if marker in cues.HYPOTHETICAL_MARKERS:
        return "hypothesis"
    return "other"


LANGUAGE = Language(
    code="fr",
    grammar=grammar,
    cues=cues,
    scope_dimension=scope_dimension,
    duration_units=grammar.WORDS["duration_units"],
    decimal_mark=",",
)
