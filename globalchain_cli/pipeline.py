"""From a file's text to its report: the one function that chains every step.

    text ─markup─▶ prose ─extract─▶ quantities ─nlp─▶ claims ─links─▶ claims + links
         ─place─▶ claims in the file ─rules─▶ findings ─suppress─▶ FileReport

Figures, claims and links are found on the prose (the text without its markup,
which spaCy parses); :func:`place` then maps every claim to the file once, so rules
build their findings from claims already in file coordinates and nothing is
patched afterwards.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from . import nlp
from .claims import build_claims, sentence_spans
from .config import Config
from .document import Document
from .extract import article_year, find_quantities
from .markup import Prose, prose_view
from .messages import say
from .model import AMOUNT_KINDS, Claim, FileReport, Kind, Quantity
from .relations import find_relations
from .rules import RuleContext, run_rules
from .rules.order import default_order
from .suppress import apply as apply_suppressions
from .suppress import find_directives

_DIGIT_GAP = re.compile(r"(?<=\d)[\s'’.](?=\d{3})")


#: Runs without spaces longer than this are cut every ``_RUN_CUT`` characters for spaCy,
#: whose tokenizer is quadratic on them (a line of emoji, a pasted hash); they are not prose.
_LONG_RUN = re.compile(r"\S{200,}")
_RUN_CUT = 50


def parse_view(text: str, quantities: Iterable[Quantity]) -> str:
    """The text handed to spaCy: the same length, with the thousands separators inside
    figures turned into dots, so "1 374" is one token as "1.374" is (spaCy splits on
    every space, no-break spaces included), and very long runs without spaces cut."""
    chars = list(text)
    for q in quantities:
        if q.kind in AMOUNT_KINDS:
            for m in _DIGIT_GAP.finditer(text, q.start, q.end):
                chars[m.start()] = "."
    for m in _LONG_RUN.finditer(text):
        for i in range(m.start() + _RUN_CUT, m.end(), _RUN_CUT):
            chars[i] = " "
    return "".join(chars)


_DATELINE_BEFORE = re.compile(r"^\W*[A-ZÀ-Ý][^\n,.]{0,50},\s*(?:le\s+)?$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\(|–|—|-|:)")


def publication_date(text: str, quantities: Iterable[Quantity]) -> str | None:
    """The dateline's date: a full date in the first line, after a place and a comma and
    before the agency or a dash (« Paris, 27 février 2025 (AFP) – »). A story that opens on
    a date (« Le 3 juin 2024, la police… ») has no dateline."""
    for q in quantities:
        if q.start > 120:
            break
        if q.kind == Kind.DATE and isinstance(q.value, str) and len(q.value) == 10 and not q.invalid:
            line_start = text.rfind("\n", 0, q.start) + 1
            if _DATELINE_BEFORE.match(text[line_start : q.start]) and _DATELINE_AFTER.match(text[q.end : q.end + 5]):
                return q.value
    return None


class Prepared:
    """A text ready for parsing: its prose, figures and the string spaCy reads."""

    def __init__(self, path: str, text: str, fmt: str):
        self.path = path
        self.text = text
        self.prose: Prose = prose_view(text, fmt)
        self.quantities = find_quantities(self.prose.text)
        self.parse_text = parse_view(self.prose.text, self.quantities)


def analyse(prep: Prepared, doc, config: Config) -> FileReport:
    """Claims, links, rule findings and suppressions for one parsed text.

    Claims are read and related on the prose (the parsed text), then placed in the file
    once (:func:`place`): rules, findings, suppressions and renderers only ever see
    offsets into the file's decoded text, with line and column from its ``Document``.
    """
    prose = prep.prose.text
    source = Document(prep.text)

    def line_col(offset: int) -> tuple[int, int]:
        return source.line_col(prep.prose.to_source_span(offset, offset + 1)[0])

    sents = sentence_spans(doc, prose)
    claims = build_claims(prose, doc, prep.quantities, article_year=article_year(prose), sents=sents)
    claims, relations = find_relations(prose, doc, claims, line_col, sents)
    claims = place(claims, prep.prose, source)
    order = _merged_order(config.order)
    ctx = RuleContext(
        claims=claims,
        relations=relations,
        lang=config.lang,
        article_date=publication_date(prose, prep.quantities),
        order=order,
        severity=config.severity,
    )
    findings = list(run_rules(ctx, config.disable))
    by_id = {c.id: c for c in claims}
    directives, problems = find_directives(prep.text, source, config.lang)
    kept, suppressed, unused = apply_suppressions(findings, by_id, directives)
    notes = tuple(d.describe(config.lang) for d in unused) + tuple(problems)
    kept = sorted(kept, key=lambda f: (f.start, f.rule, f.claims))
    return FileReport(prep.path, tuple(claims), tuple(kept), None, suppressed, notes)


def _merged_order(extra: dict) -> dict:
    base = default_order()
    if not extra:
        return base
    concepts = {**base.get("concepts", {})}
    for name, words in extra.get("concepts", {}).items():
        concepts[name] = sorted(set(concepts.get(name, [])) | set(words))
    pairs = {**base.get("pairs", {})}
    for name, larger in extra.get("pairs", {}).items():
        pairs[name] = sorted(set(pairs.get(name, [])) | set(larger))
    return {"concepts": concepts, "pairs": pairs}


def place(claims: Iterable[Claim], prose: Prose, source: Document) -> list[Claim]:
    """The claims as the file holds them: offsets and text in the decoded text of the file,
    line and column from its ``Document``. The one step from prose to file coordinates."""
    return [_placed(c, prose, source) for c in claims]


def _placed(c: Claim, prose: Prose, source: Document) -> Claim:
    """One claim moved from prose offsets to file offsets (its counted noun too)."""
    start, end = prose.to_source_span(c.start, c.end)
    line, col = source.line_col(start)
    noun_start = noun_end = None
    if c.noun_start is not None:
        noun_start, noun_end = prose.to_source_span(c.noun_start, c.noun_end)
    return replace(
        c,
        start=start,
        end=end,
        text=source.text[start:end],
        line=line,
        column=col,
        noun_start=noun_start,
        noun_end=noun_end,
    )


def check_text(text: str, path: str = "-", fmt: str = "text", config: Config | None = None) -> FileReport:
    """The report for one text."""
    config = config or Config()
    prep = Prepared(path, text, fmt)
    return analyse(prep, nlp.parse(prep.parse_text), config)


def check_many(
    items: Iterable[tuple[str, str | None, str, str | None]], config: Config | None = None
) -> Iterator[FileReport]:
    """Reports for (path, text, format, error) items, in order, streamed.

    Texts are parsed in batches by spaCy (``BATCH`` files at a time); an item with an
    error (a file that could not be read) gets a report carrying that error, in its
    place, and the others are still checked. A batch that runs out of memory is parsed
    again file by file, so only a file too big for memory is reported with an error.
    """
    config = config or Config()
    pending: list[Prepared | FileReport] = []

    def flush() -> Iterator[FileReport]:
        preps = [p for p in pending if isinstance(p, Prepared)]
        docs = iter(nlp.parse_batch([p.parse_text for p in preps]))
        for p in pending:
            if isinstance(p, FileReport):
                yield p
                continue
            doc = next(docs)
            if isinstance(doc, MemoryError):
                yield _lost((p.path, None, "", None), doc, config.lang)
            else:
                yield _guarded(p, doc, config)
        pending.clear()

    for path, text, fmt, error in items:
        if error is not None or text is None:
            pending.append(FileReport(path, error=error or say("input.illisible_file", config.lang)))
            continue
        try:
            pending.append(Prepared(path, text, fmt))
        except Exception as exc:  # noqa: BLE001 - one file's failure is reported, the batch goes on
            if os.environ.get("GCHECK_DEBUG"):
                raise
            pending.append(FileReport(path, error=_internal_error(exc, config.lang)))
        if sum(isinstance(p, Prepared) for p in pending) >= BATCH:
            yield from flush()
    yield from flush()


#: Files parsed together by one ``nlp.pipe`` call in ``check_many``.
BATCH = 16


def _guarded(prep: Prepared, doc, config: Config) -> FileReport:
    """One file's report; a bug on one file is reported for that file and the batch goes on."""
    try:
        return analyse(prep, doc, config)
    except Exception as exc:  # noqa: BLE001 - reported in the file's report, never a traceback
        if os.environ.get("GCHECK_DEBUG"):
            raise
        return FileReport(prep.path, error=_internal_error(exc, config.lang))


def _internal_error(exc: BaseException, lang: str) -> str:
    """A file's error when gcheck itself failed on it (a bug, reported for that file only)."""
    return say("input.internal_error", lang, error=f"{exc.__class__.__name__}: {exc}")


#: Linux ``prctl`` option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
#: Seconds between two looks of a worker's watchdog at its parent.
WATCHDOG_PERIOD = 1.0


def _die_with_parent(parent: int) -> None:
    """Make this worker process end when ``parent`` does (SIGTERM, SIGHUP, SIGKILL alike).

    On Linux the kernel sends SIGKILL to the worker when its parent dies
    (``prctl(PR_SET_PDEATHSIG)``, through ``ctypes``); everywhere, a daemon thread also
    checks every ``WATCHDOG_PERIOD`` seconds that the parent is still the worker's parent
    (an orphan is adopted by another process) and exits otherwise. Without this, workers
    outlived a killed ``gcheck`` for minutes, holding memory and its output pipes.
    """
    import signal
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl: the watchdog remains
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_PERIOD)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="gcheck-parent-watchdog", daemon=True).start()


def _warm(parent: int | None = None) -> None:
    """Worker start-up: tie the worker's life to its parent's, load the French pipeline once."""
    if parent is not None:
        _die_with_parent(parent)
    nlp.load()


def _check_chunk(items: list[tuple[str, str | None, str, str | None]], config: Config) -> list[FileReport]:
    return list(check_many(items, config))


def _lost(item: tuple[str, str | None, str, str | None], exc: BaseException, lang: str) -> FileReport:
    """The report of a file whose check killed its worker or raised out of it."""
    from concurrent.futures.process import BrokenProcessPool

    from .messages import say

    if isinstance(exc, MemoryError):
        error = say("jobs.out_of_memory", lang)
    elif isinstance(exc, BrokenProcessPool):
        error = say("jobs.worker_died", lang, reason=exc.__class__.__name__)
    else:
        error = _internal_error(exc, lang)
    return FileReport(item[0], error=error)


def _one_by_one(items: list, config: Config) -> Iterator[FileReport]:
    """Check ``items`` one file per task in a one-worker pool, so that a file that kills its
    worker (or raises out of it) is the only one reported with an error."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = None
    try:
        for item in items:
            if pool is None:
                pool = ProcessPoolExecutor(max_workers=1, initializer=_warm, initargs=(os.getpid(),))
            try:
                reports = pool.submit(_check_chunk, [item], config).result()
            except BrokenProcessPool as exc:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
                reports = [_lost(item, exc, config.lang)]
            except Exception as exc:  # noqa: BLE001 - this file's error, the others go on
                reports = [_lost(item, exc, config.lang)]
            yield from reports
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def check_parallel(
    items: Iterable[tuple[str, str | None, str, str | None]], config: Config, jobs: int, chunk: int = 8
) -> Iterator[FileReport]:
    """``check_many`` over ``jobs`` worker processes: files go out in chunks, reports come
    back in the order of the files, and only ``2 × jobs`` chunks are in flight at a time,
    so memory stays bounded however many files there are.

    Nothing is lost when a worker dies (killed, out of memory) or a chunk raises: the
    files of every chunk that did not come back are checked again one at a time
    (``_one_by_one``), so only a file that kills its worker again is reported with an
    error (``jobs.worker_died``, ``jobs.out_of_memory``); then a fresh pool takes the
    rest. Workers die with the parent (``_die_with_parent``).
    """
    import itertools
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_warm, initargs=(os.getpid(),))

    source = iter(items)
    pool = new_pool()
    pending: deque = deque()  # (future, batch)

    def submit() -> None:
        batch = list(itertools.islice(source, chunk))
        if batch:
            pending.append((pool.submit(_check_chunk, batch, config), batch))

    try:
        for _ in range(2 * jobs):
            submit()
        while pending:
            future, batch = pending.popleft()
            try:
                reports = future.result()
            except Exception as exc:  # noqa: BLE001 - a dead worker or a failing chunk loses no other file
                broken = isinstance(exc, BrokenProcessPool)
                unfinished = [batch, *(b for _, b in pending)] if broken else [batch]
                if broken:  # every future of a broken pool fails: redo them all
                    pending.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                yield from _one_by_one([item for b in unfinished for item in b], config)
                if broken:
                    pool = new_pool()
                    for _ in range(2 * jobs):
                        submit()
                else:
                    submit()
                continue
            submit()
            yield from reports
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
