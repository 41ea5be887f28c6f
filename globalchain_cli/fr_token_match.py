"""Fast, exactly equivalent replacement for spaCy's French ``TOKEN_MATCH``.

Why
---
``spacy/lang/fr/tokenizer_exceptions.py`` ends with::

    TOKEN_MATCH = re.compile("(?iu)" + "|".join("(?:{})".format(m) for m in _regular_exp)).match

``_regular_exp`` holds 266 anchored alternatives (``^...$``), and nearly every
one of them repeats one or two of spaCy's huge Unicode letter classes
(``ALPHA`` / ``ALPHA_LOWER``, 1-3 kB of ranges each).  Under ``(?iu)`` the
``re`` compiler case-folds every code point of every class occurrence, so the
1.45 MB pattern costs ~2.3 s to compile -- paid when ``spacy.lang.fr`` is
imported, and once more when the model's tokenizer is read from disk (the same
pattern string is stored in ``fr_core_news_sm/.../tokenizer``; a ``re``
cache hit in the stock flow).

What
----
The 266 alternatives fall into five families that differ only in a short,
class-free *head* (or a middle word) and share the same expensive *tail*:

=========  ===================================================================
family     shape of an alternative (H = hyphens, E = elisions,
           al = ``[ALPHA_LOWER]``, a = ``[ALPHA]``, HalE = ``[H al E]``)
=========  ===================================================================
plus       ``^HEAD al+$``          e.g. ``^a[H]sexualis[al]+$``
star       ``^HEAD al*$``          e.g. ``^black[H]out[al]*$``
hyphen     ``^HEAD H al HalE*$``   the ``_hyphen_prefix`` list (faux-vampire)
elision    ``^HEAD E al HalE*$``   the ``_elision_prefix`` list (entr'abat)
combo      ``^a+ H MID H (?:lE)? a+$``  the ``_hyphen_combination`` list
=========  ===================================================================

:func:`factored_pattern` rewrites the alternation by factoring each family's
common tail (and the combo family's common head/tail) out of it::

    (?iu)^(?:(?:(?:PLUS-HEADS)al|(?:STAR-HEADS))al*
            |(?:(?:HYPHEN-HEADS)H|(?:ELISION-HEADS)E)al HalE*
            |a+H(?:MIDS)H(?:lE)?a+)$
         |(?:any alternative that did not fit a family, verbatim)...

This is the *same regular language* (``^X T$|^Y T$ == ^(?:X|Y)T$``, and
``X al+ == X al al*``), compiled by the same engine with the same flags, so
case-insensitive literal matching, ``$`` before a trailing newline, etc. are
all unchanged: the decision for every string is identical by construction.
It only contains six big class occurrences instead of ~600, so it compiles in
~30 ms instead of ~2.3 s.  Being a real compiled pattern, ``token_match`` stays
a ``Pattern.match`` bound method, so ``Tokenizer.to_bytes``/``to_disk`` still
work (they serialise ``token_match.__self__.pattern``).

A head is only factored when it is a self-contained fragment (no top-level
``|``, no capturing group, no back-reference); anything else is kept verbatim.
``tests/test_token_match.py`` checks the decisions against spaCy's compiled
pattern on every exception, every word list entry, every token of the eval
texts and generated hyphen/elision variants, plus the full tokenizer output.

How it is plugged in
--------------------
:func:`fast_french_tokenizer_exceptions` is a context manager that installs a
PEP 451 meta-path finder (the documented import-system extension point) for
exactly one module name, ``spacy.lang.fr.tokenizer_exceptions``, while the
pipeline is being loaded.  Its loader executes spaCy's own module source
unchanged except for its last statement, which it first checks is the expected
``TOKEN_MATCH = re.compile(<pattern>).match`` and that ``<pattern>`` evaluates
to exactly the stock pattern built from ``_regular_exp``; only then is
``TOKEN_MATCH`` set to the factored pattern.  If anything differs (another
spaCy version), the statement is executed as is (slow but correct).  Nothing in
``re`` or spaCy is monkeypatched, and the finder is removed on exit.

Alternatives that were rejected: pre-seeding ``re``'s private cache or
patching ``re.compile`` (hacks on private state, and they change what the
compiled object reports as its pattern); registering a home-made "fr"
``Language`` class (it would have to copy spaCy's French lemmatizer, stop words,
lexical attributes and syntax iterators, because importing any of them imports
the ``spacy.lang.fr`` package and so the slow module).

The second compile (the model's serialised tokenizer) is avoided in
:mod:`globalchain_cli.nlp` with documented serialisation ``exclude`` fields:
the pipeline is loaded with ``exclude=["tokenizer", ...]``; the tokenizer is then
read with ``Tokenizer.from_bytes(data, exclude=["vocab", "token_match", "exceptions"])``
after checking that the stored pattern is the stock one, and ``token_match`` then
``rules`` are set (the order ``from_bytes`` itself uses).

This module does not import spaCy.
"""

from __future__ import annotations

import ast
import importlib.abc
import importlib.machinery
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType

__all__ = [
    "FR_EXCEPTIONS_MODULE",
    "compile_token_match",
    "factored_pattern",
    "fast_french_tokenizer_exceptions",
    "is_fast_token_match",
    "loaded_with_fast_token_match",
    "stock_pattern",
]

FR_EXCEPTIONS_MODULE = "spacy.lang.fr.tokenizer_exceptions"

# Marker put on the module object built by our loader (for diagnostics/tests).
_MARKER = "__gcheck_fast_token_match__"

# Compiled factored patterns are kept here so that :func:`is_fast_token_match`
# can recognise them (e.g. to check which matcher a tokenizer uses).
_FAST_PATTERNS: set[str] = set()


def stock_pattern(regular_exp: Sequence[str]) -> str:
    """The pattern string spaCy compiles for ``TOKEN_MATCH`` (same expression as spaCy's)."""
    return "(?iu)" + "|".join(f"(?:{m})" for m in regular_exp)


def _is_self_contained(fragment: str) -> bool:
    """True if ``fragment`` can be put in an alternation ``(?:a|fragment|b)`` unchanged.

    Conservative: rejects a top-level ``|``, capturing/named groups, back-references,
    inline flags and anything with unbalanced brackets.
    """
    depth = 0
    i, n = 0, len(fragment)
    while i < n:
        c = fragment[i]
        if c == "\\":
            if i + 1 >= n or fragment[i + 1].isdigit():
                return False
            i += 2
            continue
        if c == "[":
            # character class: skip to its closing bracket
            i += 1
            if i < n and fragment[i] == "^":
                i += 1
            if i < n and fragment[i] == "]":
                i += 1
            while i < n and fragment[i] != "]":
                if fragment[i] == "[":  # nested set syntax: not expected, be safe
                    return False
                i += 2 if fragment[i] == "\\" else 1
            if i >= n:
                return False
            i += 1
            continue
        if c == "(":
            rest = fragment[i + 1 : i + 4]
            if not (rest.startswith("?:") or rest.startswith("?=") or rest.startswith("?!")):
                return False  # capturing, named, lookbehind, flags, conditionals...
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return False
        elif c == "|" and depth == 0:
            return False
        i += 1
    return depth == 0


def factored_pattern(
    regular_exp: Sequence[str],
    *,
    hyphens: str,
    elision: str,
    alpha: str,
    alpha_lower: str,
) -> str:
    """Same language as :func:`stock_pattern`, with the families' common tails factored out.

    ``hyphens``/``elision``/``alpha``/``alpha_lower`` are the class bodies spaCy used to
    format ``_regular_exp`` (``HYPHENS``, ``ELISION``, ``ALPHA``, ``ALPHA_LOWER``).
    """
    h = f"[{hyphens}]"
    e = f"[{elision}]"
    al = f"[{alpha_lower}]"
    a = f"[{alpha}]"
    hale = f"[{hyphens}{alpha_lower}{elision}]"

    # (family, prefix that the alternative must start with, suffix it must end with)
    families = [
        ("combo", f"^{a}+{h}", f"{h}(?:l{e})?{a}+$"),
        ("hyphen", "^", f"{h}{al}{hale}*$"),
        ("elision", "^", f"{e}{al}{hale}*$"),
        ("plus", "^", f"{al}+$"),
        ("star", "^", f"{al}*$"),
    ]
    parts: dict[str, list[str]] = {name: [] for name, _, _ in families}
    verbatim: list[str] = []
    for alt in regular_exp:
        for name, prefix, suffix in families:
            if len(alt) >= len(prefix) + len(suffix) and alt.startswith(prefix) and alt.endswith(suffix):
                head = alt[len(prefix) : len(alt) - len(suffix)]
                if head and _is_self_contained(head):
                    parts[name].append(head)
                    break
        else:
            verbatim.append(alt)

    def alt_group(items: list[str]) -> str:
        # dict.fromkeys: drop duplicates, keep order (only speeds the regex up)
        return "(?:" + "|".join(dict.fromkeys(items)) + ")"

    branches = []
    if parts["plus"] or parts["star"]:
        heads = []
        if parts["plus"]:
            heads.append(alt_group(parts["plus"]) + al)
        if parts["star"]:
            heads.append(alt_group(parts["star"]))
        branches.append("(?:" + "|".join(heads) + f"){al}*")
    if parts["hyphen"] or parts["elision"]:
        heads = []
        if parts["hyphen"]:
            heads.append(alt_group(parts["hyphen"]) + h)
        if parts["elision"]:
            heads.append(alt_group(parts["elision"]) + e)
        branches.append("(?:" + "|".join(heads) + f"){al}{hale}*")
    if parts["combo"]:
        branches.append(f"{a}+{h}" + alt_group(parts["combo"]) + f"{h}(?:l{e})?{a}+")
    # The factored branches all had "^...$" around them; a verbatim alternative keeps its
    # own anchors (``.match`` of "^x|y" may match a prefix: it must not get our "$").
    alternatives = []
    if branches:
        alternatives.append("^(?:" + "|".join(branches) + ")$")
    alternatives.extend(f"(?:{alt})" for alt in verbatim)
    return "(?iu)" + "|".join(alternatives)


def compile_token_match(
    regular_exp: Sequence[str],
    *,
    hyphens: str,
    elision: str,
    alpha: str,
    alpha_lower: str,
) -> Callable[[str], re.Match[str] | None]:
    """Compiled ``.match`` of :func:`factored_pattern` (~30 ms instead of ~2.3 s)."""
    pattern = factored_pattern(regular_exp, hyphens=hyphens, elision=elision, alpha=alpha, alpha_lower=alpha_lower)
    _FAST_PATTERNS.add(pattern)
    return re.compile(pattern).match


def is_fast_token_match(token_match: object) -> bool:
    """True if ``token_match`` is a matcher built by :func:`compile_token_match`."""
    owner = getattr(token_match, "__self__", None)
    return isinstance(owner, re.Pattern) and owner.pattern in _FAST_PATTERNS


# ---------------------------------------------------------------------------
# import hook
# ---------------------------------------------------------------------------


def _final_compile_call(tree: ast.Module) -> ast.expr | None:
    """The ``<pattern>`` of a last statement ``TOKEN_MATCH = re.compile(<pattern>).match``."""
    if not tree.body:
        return None
    last = tree.body[-1]
    if not (
        isinstance(last, ast.Assign)
        and len(last.targets) == 1
        and isinstance(last.targets[0], ast.Name)
        and last.targets[0].id == "TOKEN_MATCH"
    ):
        return None
    value = last.value
    if not (isinstance(value, ast.Attribute) and value.attr == "match"):
        return None
    call = value.value
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "compile"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "re"
        and len(call.args) == 1
        and not call.keywords
    ):
        return None
    return call.args[0]


def _compile(tree: ast.AST, path: str, mode: str):
    # dont_inherit: do not pass this module's ``from __future__`` flags on to spaCy's code
    return compile(tree, path, mode, dont_inherit=True)


class _FastTokenMatchLoader(importlib.abc.Loader):
    """Runs spaCy's ``tokenizer_exceptions.py`` with a fast, equivalent ``TOKEN_MATCH``."""

    def __init__(self, inner: importlib.machinery.SourceFileLoader):
        self._inner = inner

    def create_module(self, spec):  # default module creation
        return None

    def get_source(self, fullname: str) -> str | None:  # for tracebacks / inspect
        return self._inner.get_source(fullname)

    def exec_module(self, module: ModuleType) -> None:
        path = self._inner.get_filename(module.__name__)
        source = self._inner.get_source(module.__name__)
        tree = ast.parse(source, filename=path)
        pattern_expr = _final_compile_call(tree)
        if pattern_expr is None:
            exec(_compile(tree, path, "exec"), module.__dict__)  # unknown layout: stock behaviour
            return
        last = tree.body[-1]
        body = ast.Module(body=tree.body[:-1], type_ignores=[])
        exec(_compile(body, path, "exec"), module.__dict__)
        ns = module.__dict__
        pattern = eval(_compile(ast.Expression(pattern_expr), path, "eval"), ns)
        try:
            regular_exp = ns["_regular_exp"]
            classes = {
                "hyphens": ns["HYPHENS"],
                "elision": ns["ELISION"],
                "alpha": ns["ALPHA"],
                "alpha_lower": ns["ALPHA_LOWER"],
            }
        except KeyError:
            regular_exp = None
        if regular_exp is None or pattern != stock_pattern(regular_exp):
            # not the pattern we know how to factor: run the original statement
            exec(_compile(ast.Module(body=[last], type_ignores=[]), path, "exec"), ns)
            return
        ns["TOKEN_MATCH"] = compile_token_match(regular_exp, **classes)
        ns[_MARKER] = True


class _FastTokenMatchFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname != FR_EXCEPTIONS_MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return None  # e.g. only a .pyc is installed: let the normal import happen
        spec.loader = _FastTokenMatchLoader(spec.loader)
        return spec


@contextmanager
def fast_french_tokenizer_exceptions() -> Iterator[None]:
    """While active, importing ``spacy.lang.fr`` builds ``TOKEN_MATCH`` with :func:`compile_token_match`.

    Has no effect if ``spacy.lang.fr.tokenizer_exceptions`` is already imported.
    """
    finder = _FastTokenMatchFinder()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def loaded_with_fast_token_match() -> bool:
    """True if ``spacy.lang.fr.tokenizer_exceptions`` was imported through our loader."""
    module = sys.modules.get(FR_EXCEPTIONS_MODULE)
    return bool(module is not None and getattr(module, _MARKER, False))
