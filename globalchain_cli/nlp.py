"""The only gcheck module that imports spaCy: loading and running the French pipeline.

API
---
``load()``
    The ``fr_core_news_sm`` pipeline (cached).  Components kept: ``tok2vec``,
    ``morphologizer``, ``parser`` (sentence boundaries come from it),
    ``attribute_ruler``, ``lemmatizer``.  Excluded: ``ner`` (unused by gcheck; it has
    its own tok2vec, nothing listens to it) and ``senter`` (disabled in the stock
    pipeline anyway: excluding it only skips loading its weights).
``parse(text)``
    One ``Doc``; texts longer than :data:`CHUNK_CHARS` are split at paragraph or line
    boundaries, parsed chunk by chunk and joined back with ``Doc.from_docs`` so that
    ``doc.text == text`` and every ``token.idx`` is an offset into ``text``.
``parse_many(texts, batch_size=16)``
    ``nlp.pipe`` over the texts, same order, streaming; long texts go through
    :func:`parse`.

Importing this module is free: spaCy is imported on the first ``load()``.

Start-up speed (issue 7)
------------------------
A stock ``spacy.load("fr_core_news_sm")`` spends ~2.3 s compiling one 1.45 MB
regular expression, spaCy's French ``TOKEN_MATCH``.  ``load()`` avoids it twice:

1. ``spacy.lang.fr`` is imported inside
   :func:`globalchain_cli.fr_token_match.fast_french_tokenizer_exceptions`, an import
   hook that builds ``TOKEN_MATCH`` as an equivalent factored pattern (~30 ms, same
   regular language, same engine, same flags; see that module's docstring).
2. The model's serialised tokenizer stores the same pattern string, and
   ``Tokenizer.from_disk`` would compile it.  The pipeline is therefore loaded with
   the ``tokenizer`` serialisation field excluded, and the tokenizer is read
   afterwards with ``exclude=["vocab", "token_match", "exceptions"]`` (documented
   serialisation fields) once we have checked that the stored pattern is exactly the
   stock one; the fast matcher is then set as ``tokenizer.token_match`` and the stored
   exceptions as ``tokenizer.rules`` (the order ``from_bytes`` uses).  If the stored
   pattern is anything else the tokenizer is loaded as usual.

The next biggest cost of a stock load is the lemmatizer's lookup tables (9.6 MB,
217,000 ``lemma_lookup`` entries, ~0.5 s through ``Table.__setitem__``).  They are
needed (lemmas), so the lemmatizer is excluded from ``spacy.load`` and added back with
the model's own factory and settings (``nlp.add_pipe``, same position), its tables
given through the documented ``Lemmatizer.initialize(lookups=...)`` after being read by
:func:`_read_lookups` (same tables, byte for byte, ~0.3 s of which 0.18 s is msgpack).

Measured on the seed article (2 cores): stock ``import spacy`` + ``spacy.load`` + parse
~4.1 s; here ~1.2 s (``import spacy`` 0.5 s, ``load()`` 0.65 s, parse 0.08 s).

``tests/test_token_match.py`` proves the matcher and the tokenizer output identical
to spaCy's; ``tests/test_nlp.py`` checks the annotations and lemma tables against a
stock load.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.lookups import Lookups
    from spacy.tokens import Doc

__all__ = ["CHUNK_CHARS", "MODEL", "load", "parse", "parse_many", "split_text"]

MODEL = "fr_core_news_sm"

# Components gcheck does not use.  "ner" has its own tok2vec (no listener), and
# "senter" is disabled in the stock pipeline (the parser sets sentence starts).
EXCLUDED_COMPONENTS = ("ner", "senter")
LEMMATIZER = "lemmatizer"

# Texts longer than this are parsed in chunks of at most this size (spaCy refuses texts
# over nlp.max_length, 1,000,000 chars).  Measured on a 1.2 MB text: 50k-char chunks are
# ~10 % faster than 100k ones and peak memory is lower (~660 vs ~750 MB RSS).
CHUNK_CHARS = 50_000
# Memory follows tokens, not characters: spaCy needs about 15 kB per token of a chunk
# while it parses it. French prose has one token per 5-6 characters (a 50k-char chunk is
# about 9,000 tokens), but a line of 70 KB of ")" or of emoji is one token per character:
# 50k tokens in one chunk took 1 GB. Texts denser than this many tokens per chunk are cut
# into smaller chunks, so that no chunk holds more than about CHUNK_TOKENS tokens.
CHUNK_TOKENS = 16_000
_TOKENISH = re.compile(r"\w+|[^\w\s]")


def _model_dir() -> Path:
    """The data directory of the installed ``fr_core_news_sm`` package (what spacy.load uses)."""
    from spacy import util

    package_dir = util.get_package_path(MODEL)
    meta = util.get_model_meta(package_dir)
    data_dir = package_dir / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    return data_dir if (data_dir / "config.cfg").exists() else package_dir


def _load_tokenizer(nlp: Language, path: Path) -> None:
    """Same result as ``nlp.tokenizer.from_disk(path, exclude=["vocab"])``, without
    compiling the stock French TOKEN_MATCH when the stored pattern is the stock one."""
    import srsly

    from globalchain_cli import fr_token_match

    raw = path.read_bytes()
    data = srsly.msgpack_loads(raw)
    stored = data.get("token_match")
    exceptions = sys.modules.get(fr_token_match.FR_EXCEPTIONS_MODULE)
    regular_exp = getattr(exceptions, "_regular_exp", None)
    tokenizer = nlp.tokenizer
    if not (
        isinstance(stored, str) and regular_exp is not None and stored == fr_token_match.stock_pattern(regular_exp)
    ):
        tokenizer.from_bytes(raw, exclude=["vocab"])
        return
    token_match = exceptions.TOKEN_MATCH
    if not fr_token_match.is_fast_token_match(token_match):
        # spacy.lang.fr was imported before load(): build the fast matcher here.
        token_match = fr_token_match.compile_token_match(
            regular_exp,
            hyphens=exceptions.HYPHENS,
            elision=exceptions.ELISION,
            alpha=exceptions.ALPHA,
            alpha_lower=exceptions.ALPHA_LOWER,
        )
    # Same order as Tokenizer.from_bytes: all settings first, the exceptions ("rules")
    # last, so that the special cases are computed once, with the final token_match.
    tokenizer.from_bytes(raw, exclude=["vocab", "token_match", "exceptions"])
    tokenizer.token_match = token_match
    if isinstance(data.get("exceptions"), dict):
        tokenizer.rules = data["exceptions"]


def _read_lookups(path: Path) -> Lookups:
    """Same tables as ``Lookups().from_disk(path)``, ~10x faster.

    ``Lookups.from_bytes`` builds each ``Table`` through ``Table.__setitem__`` (a Python
    call that hashes the key, plus a Bloom filter insert) for the 217,000 entries of the
    French ``lemma_lookup`` table: ~0.5 s.  The keys stored in the model are already
    hashes, so here the entries go straight into the ordered dict and the Bloom filter,
    which gets the same size as ``Table(name, data)`` gives it.  ``tests/test_nlp.py``
    checks that the result serialises to exactly the same bytes as the stock tables.
    """
    import srsly
    from preshed.bloom import BloomFilter
    from spacy.lookups import Lookups, Table
    from spacy.strings import get_string_id

    lookups = Lookups()
    filepath = path / "lookups.bin"
    if not filepath.exists():  # Lookups.from_disk skips a missing file too
        return lookups
    for name, data in srsly.msgpack_loads(filepath.read_bytes()).items():
        # data={} only avoids allocating the default 1e6-entry filter; sized just below.
        table = Table(name=name, data={})
        table.bloom = BloomFilter.from_error_rate(max(len(data), 1))
        if not all(type(key) is int for key in data):
            data = {get_string_id(key): value for key, value in data.items()}
        # C-level loops: OrderedDict.__setitem__ skips Table.__setitem__'s Python frame.
        deque(map(OrderedDict.__setitem__, repeat(table), data.keys(), data.values()), maxlen=0)
        deque(map(table.bloom.add, data.keys()), maxlen=0)
        lookups.set_table(name, table)
    return lookups


def _add_lemmatizer(nlp: Language, model_dir: Path, pipeline: list[str], components: dict) -> None:
    """Add the model's lemmatizer (same factory and settings) with its tables read by
    :func:`_read_lookups`, at the position it has in the model's pipeline."""
    settings = dict(components[LEMMATIZER])
    factory = settings.pop("factory")
    later = [name for name in pipeline[pipeline.index(LEMMATIZER) + 1 :] if name in nlp.pipe_names]
    position = {"before": later[0]} if later else {}
    lemmatizer = nlp.add_pipe(factory, name=LEMMATIZER, config=settings, **position)
    # Lemmatizer.initialize(lookups=...) is the documented way to give it its tables.
    lemmatizer.initialize(lookups=_read_lookups(model_dir / LEMMATIZER / "lookups"))


@functools.cache
def load() -> Language:
    """The French pipeline (``fr_core_news_sm`` without ``ner``), loaded once."""
    import spacy

    from globalchain_cli import fr_token_match

    with fr_token_match.fast_french_tokenizer_exceptions():
        import spacy.lang.fr  # noqa: F401  (imported here, under the hook)

    model_dir = _model_dir()
    config = spacy.util.load_config(model_dir / "config.cfg", interpolate=False)
    pipeline = list(config["nlp"]["pipeline"])
    fast_lemmatizer = (
        LEMMATIZER in pipeline
        and config["components"][LEMMATIZER].get("factory") == "lemmatizer"
        and (model_dir / LEMMATIZER).is_dir()
    )
    exclude = [*EXCLUDED_COMPONENTS, "tokenizer"]
    if fast_lemmatizer:
        exclude.append(LEMMATIZER)
    nlp = spacy.load(model_dir, exclude=exclude)
    _load_tokenizer(nlp, model_dir / "tokenizer")
    if fast_lemmatizer:
        _add_lemmatizer(nlp, model_dir, pipeline, config["components"])
    return nlp


# ---------------------------------------------------------------------------
# long texts
# ---------------------------------------------------------------------------

# Cut points, best first: after a blank line, after a line break, after a sentence end,
# after any whitespace.  Each pattern ends *after* the whole whitespace run so that a
# run of whitespace is never split between two chunks.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?…][»\"')\]]*\s+"),
    re.compile(r"\s+"),
)


def split_text(text: str, max_chars: int | None = None) -> list[str]:
    """Split ``text`` into chunks of at most ``max_chars`` with ``"".join(chunks) == text``.

    Chunks end after a paragraph break when one is found in the second half of the
    window, else after a line break, a sentence end, any whitespace, and as a last
    resort (no whitespace at all in the window) at ``max_chars``.
    """
    if max_chars is None:
        max_chars = CHUNK_CHARS
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    chunks = []
    start, n = 0, len(text)
    while n - start > max_chars:
        window_end = start + max_chars
        lo = start + max_chars // 2
        cut = None
        for pattern in _CUTS:
            last = None
            for m in pattern.finditer(text, lo, window_end):
                if m.end() < window_end or m.end() == n:
                    last = m
            if last is not None:
                cut = last.end()
                break
        if cut is None:
            cut = window_end
        chunks.append(text[start:cut])
        start = cut
    chunks.append(text[start:])
    return chunks


def chunk_chars(text: str) -> int:
    """The chunk size for ``text``: :data:`CHUNK_CHARS`, or less for a text so dense in
    tokens (punctuation, emoji) that a chunk of that size would exceed :data:`CHUNK_TOKENS`.

    Tokens are estimated as words plus other non-space characters, an upper bound of
    spaCy's count; prose is never affected (about 0.2 tokens per character)."""
    if len(text) <= CHUNK_TOKENS:
        return CHUNK_CHARS  # fewer characters than the token budget: within it
    tokens = sum(1 for _ in _TOKENISH.finditer(text))
    if tokens * CHUNK_CHARS <= CHUNK_TOKENS * len(text):
        return CHUNK_CHARS
    return max(1_000, CHUNK_TOKENS * len(text) // tokens)


def _parse_long(nlp: Language, text: str, max_chars: int | None = None) -> Doc:
    from spacy.tokens import Doc

    # batch_size=1: one chunk in the model at a time (bounded memory)
    docs = list(nlp.pipe(split_text(text, max_chars), batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - guarded by tests
        raise AssertionError("chunked parse changed the text")
    return doc


def parse(text: str) -> Doc:
    """Parse one text; texts longer than :data:`CHUNK_CHARS` (or denser in tokens than
    :data:`CHUNK_TOKENS` allows, see ``chunk_chars``) are parsed in chunks."""
    nlp = load()
    limit = chunk_chars(text)
    if len(text) > limit:
        return _parse_long(nlp, text, limit)
    return nlp(text)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts with ``nlp.pipe``: same order, lazily (one batch at a time)."""
    nlp = load()
    for is_long, group in itertools.groupby(texts, key=lambda t: len(t) > chunk_chars(t)):
        if is_long:
            for text in group:
                yield _parse_long(nlp, text, chunk_chars(text))
        else:
            yield from nlp.pipe(group, batch_size=batch_size)


def parse_batch(texts: Sequence[str], batch_size: int = 16) -> list[Doc | MemoryError]:
    """Parse a batch of texts with ``parse_many``; when the batch runs out of memory, parse
    its texts again one by one, so that one text too big for memory costs only its own
    result (its place in the list holds the ``MemoryError``) and not the batch's."""
    try:
        return list(parse_many(texts, batch_size))
    except MemoryError:
        out: list[Doc | MemoryError] = []
        for text in texts:
            try:
                out.append(parse(text))
            except MemoryError as exc:
                out.append(exc)
        return out
