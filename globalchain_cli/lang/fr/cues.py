"""French words that tell how figures relate, loaded from ``cues.toml`` (data only).

Each table is read by one module (named in the TOML file's comments); words are lower-case.
The names below are the ones the readers use: word sets are frozensets, marker lists keep
their order (tuples), and ``NOUN_CLASSES`` / ``EVENT_GROUPS`` map a head word to a frozenset.
"""

from __future__ import annotations

import tomllib
from importlib import resources

_DATA = tomllib.loads(resources.files(__package__).joinpath("cues.toml").read_text(encoding="utf-8"))

LIGHT_VERBS: frozenset[str] = frozenset(_DATA["light_verbs"])
EVENT_NOUNS: frozenset[str] = frozenset(_DATA["event_nouns"])
NOT_COUNTED: frozenset[str] = frozenset(_DATA["not_counted"])
INVARIABLE: frozenset[str] = frozenset(_DATA["invariable"])
OTHER_TIME_MARKERS: tuple[str, ...] = tuple(_DATA["other_time_markers"])
HYPOTHETICAL_MARKERS: tuple[str, ...] = tuple(_DATA["hypothetical_markers"])
RATE_MARKERS: tuple[str, ...] = tuple(_DATA["rate_markers"])
SUBJECT_SHIFT_MARKERS: tuple[str, ...] = tuple(_DATA["subject_shift_markers"])
PRONOUN_GENDER: dict[str, str] = dict(_DATA["pronoun_gender"])
NOUN_CLASSES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["noun_classes"].items()}
#: Things counted within a group of others, one per member (``counted_within``): a class of
#: ``NOUN_CLASSES`` and the nouns of the wholes (« 2 913 voix sur 3 348 votants »).
COUNTED_WITHIN: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["counted_within"].items()}
#: Pairs of classes that split a group of people between them (``complements``).
COMPLEMENTS: tuple[frozenset[str], ...] = tuple(frozenset(pair) for pair in _DATA["complements"])
EVENT_GROUPS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["event_groups"].items()}
CHANGE_WORDS: dict[str, int] = dict(_DATA["change_words"])
MULTIPLIERS: dict[str, int] = dict(_DATA["multipliers"])
NOUN_FAMILIES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["noun_families"].items()}
#: Endings of finite verbs that no French noun has (« dépassaient », « arrivèrent »).
VERB_ENDINGS: tuple[str, ...] = ("aient", "èrent", "irent")
#: Every counted noun the lexicon knows: a parse that tags one as an adjective after a figure
#: (« 96 magasins participants ») is wrong about it.
KNOWN_NOUNS: frozenset[str] = frozenset().union(*NOUN_CLASSES.values(), *NOUN_FAMILIES.values())
RESTATEMENT_CUES: tuple[str, ...] = tuple(_DATA["restatement_cues"])

_GROUPS = tomllib.loads(resources.files(__package__).joinpath("groups.toml").read_text(encoding="utf-8"))
#: Classes of names of one group (``groups.toml``), by class name: ``nouns``, ``verbs``,
#: ``phrases`` (after the figure) and ``before`` (just before it), each a tuple of words.
GROUP_CLASSES: dict[str, dict[str, tuple[str, ...]]] = {
    name: {field: tuple(words.get(field, ())) for field in ("nouns", "verbs", "phrases", "before")}
    for domain in _GROUPS.values()
    for name, words in domain.items()
}
#: Role nouns: an amount's role, not what it is an amount of (« un total de », « l'objectif »).
ROLE_NOUNS: frozenset[str] = frozenset(_DATA["role_nouns"])
