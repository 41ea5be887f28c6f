"""What a language gives gcheck: the seam between the logic and the words of one language.

``relations/`` and ``rules/`` hold no word of any language: they ask :func:`language` for
the text's :class:`Language` and read its regex shapes, word lists and look-back windows.
French is the only language (``lang/fr/language.py`` builds it); a second one is a new
``lang/<code>/`` package that builds its own ``Language`` and registers in ``_MODULES``.
Messages shown to the user are another matter: they live in the catalogue
(``lang/<code>/messages/``, read by ``globalchain_cli.messages``), in every output language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import ModuleType

#: The module that builds each language's ``LANGUAGE``.
_MODULES = {"fr": "globalchain_cli.lang.fr.language"}


@dataclass(frozen=True, slots=True)
class Language:
    """Everything the relations and the rules need to know about one language.

    - ``grammar``: the module of compiled regex shapes of the constructions that relate
      figures (as spaCy keeps ``syntax_iterators.py``), with the named windows they are
      matched in: ``grammar.DONT``, ``grammar.DONT_BACK``…
    - ``cues``: the word lists those readers use (``cues.PRONOUN_GENDER``…).
    - ``scope_dimension``: the dimension (``time``, ``group``, ``aggregate``, ``source``,
      ``hypothesis``) of a scope marker that ``claims.py`` read.
    - ``duration_units``: the neutral unit (``day``, ``week``, ``month``, ``year``) of each
      duration unit word the extractor gives (``jour``, ``semaine``).
    - ``decimal_mark``: the character before the decimals of a figure (« 52,99 % »).
    """

    code: str
    grammar: ModuleType
    cues: ModuleType
    scope_dimension: Callable[[str], str]
    duration_units: Mapping[str, str]
    decimal_mark: str


@cache
def language(code: str = "fr") -> Language:
    """The language ``code`` (French, the only one, when unknown)."""
    return import_module(_MODULES.get(code, _MODULES["fr"])).LANGUAGE
