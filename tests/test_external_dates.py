"""find_dates against third-party French test data (Duckling, Recognizers-Text).

The files live in ``../shared/external`` (see its README). They follow other
tools' conventions, so this is a benchmark with honest floors, not a spec:

* ``duckling-duration.jsonl``: value and unit grain of each duration; the
  negative examples ("pendant des mois") must give no duration.
* ``duckling-time.jsonl``, date-only subset: expected value a single day at
  grain "day" (no time of day). Only **absolute** dates are in scope: the
  input names a month or writes day/month in digits. Relative expressions
  ("demain", "lundi prochain", "dans une semaine"), holidays ("noël"), bare
  weekdays and bare day numbers ("le 16") need a "today" and are filtered out
  on purpose. Space-separated digit dates ("20 02 2014") are counted apart:
  gcheck does not read them, since "20 02" looks like a French thousands
  group in news copy. A date without a year is resolved as Duckling does, to
  its next occurrence on or after the reference day 2013-02-12.
* ``recognizers-duration.jsonl``: the ``seconds`` of the duration (months as
  30 days, years as 365 days, as Recognizers-Text counts them). A duration
  whose interval (``low``..``high``) contains the figure counts, for the
  idiom "quinze jours" (14–15 days) that Recognizers reads as two weeks.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest

from globalchain_cli.extract.dates import find_dates
from globalchain_cli.model import Kind

EXTERNAL = Path(__file__).resolve().parents[1].parent / "shared" / "external"
REFERENCE_DAY = dt.date(2013, 2, 12)

DUCKLING_GRAINS = {
    "second": "seconde",
    "minute": "minute",
    "hour": "heure",
    "day": "jour",
    "week": "semaine",
    "month": "mois",
    "quarter": "trimestre",
    "year": "an",
}
SECONDS = {
    "seconde": 1,
    "minute": 60,
    "heure": 3600,
    "jour": 86400,
    "nuit": 86400,
    "semaine": 7 * 86400,
    "quinzaine": 14 * 86400,
    "mois": 30 * 86400,
    "trimestre": 90 * 86400,
    "semestre": 182.5 * 86400,
    "an": 365 * 86400,
}

MONTH_WORD = re.compile(r"\b(janv|jan|f[ée]v|mars|avr|mai|juin|jui|juil|ao[uû]t|sept?|oct|nov|d[ée]c)", re.IGNORECASE)
DIGIT_DATE = re.compile(r"\d{1,2}/\d{1,2}|\d{4}-\d{1,2}-\d{1,2}")
SPACED_DIGITS = re.compile(r"^(le\s+)?\d{1,2}\s+\d{1,2}(\s+\d{2,4})?$", re.IGNORECASE)
RELATIVE = re.compile(
    r"prochain|suivant|dernier|derni[èe]re|d'apr[èe]s|lendemain|veille|en huit|en quinze|"
    r"cette semaine|hier|demain|aujourd|dans |il y a",
    re.IGNORECASE,
)


def _read(name: str) -> list[dict]:
    path = EXTERNAL / name
    if not path.exists():
        pytest.skip(f"{path} not found (shared/external is not laid next to the repo)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _print_table(capsys: pytest.CaptureFixture[str], title: str, rows: list[tuple[str, int, int]]) -> None:
    lines = [f"\n{title}", f"  {'subset':<44} {'hits':>5} {'cases':>6} {'recall':>7}"]
    for label, hits, total in rows:
        recall = hits / total if total else float("nan")
        lines.append(f"  {label:<44} {hits:>5} {total:>6} {recall:>7.1%}")
    with capsys.disabled():
        print("\n".join(lines))


def _durations(text: str):
    return [q for q in find_dates(text) if q.kind is Kind.DURATION]


# ---------------------------------------------------------------------------
# Duckling durations
# ---------------------------------------------------------------------------


def test_duckling_durations(capsys: pytest.CaptureFixture[str]) -> None:
    records = _read("duckling-duration.jsonl")
    positives = [r for r in records if r["expected"]]
    negatives = [r for r in records if not r["expected"]]
    hits = misses = 0
    missed = []
    for record in positives:
        want = record["expected"][0]
        unit = DUCKLING_GRAINS[want["unit"]]
        found = _durations(record["input"])
        if any(q.unit == unit and q.value is not None and math.isclose(q.value, want["value"]) for q in found):
            hits += 1
        else:
            misses += 1
            missed.append(record["input"])
    clean = sum(1 for r in negatives if not _durations(r["input"]))
    _print_table(
        capsys,
        "duckling-duration.jsonl",
        [
            ("positives (value + unit)", hits, len(positives)),
            ("negatives (nothing found)", clean, len(negatives)),
        ],
    )
    # Misses are the apostrophe notations 1" and 2' (a Swiss thousands mark in news copy).
    assert hits / len(positives) >= 0.8, missed
    assert clean == len(negatives)


# ---------------------------------------------------------------------------
# Duckling absolute dates
# ---------------------------------------------------------------------------


def _resolve(value: str) -> dt.date | None:
    """ISO value of a DATE, with a no-year date moved to its next occurrence from the reference day."""
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        for year in (REFERENCE_DAY.year, REFERENCE_DAY.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate >= REFERENCE_DAY:
                return candidate
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _date_subset(record: dict) -> str | None:
    """Which bucket a duckling-time record falls in, or None when it is not a plain date."""
    expected = record["expected"]
    if len(expected) != 1 or expected[0].get("type") != "value" or expected[0].get("grain") != "day":
        return None
    text = record["input"]
    if RELATIVE.search(text):
        return None  # relative to "today": out of scope
    if SPACED_DIGITS.match(text.strip()):
        return "space-separated digits (not read)"
    if MONTH_WORD.search(text) or DIGIT_DATE.search(text):
        return "absolute dates"
    return None  # holidays, bare weekdays, bare day numbers


def test_duckling_absolute_dates(capsys: pytest.CaptureFixture[str]) -> None:
    records = _read("duckling-time.jsonl")
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    missed = []
    for record in records:
        bucket = _date_subset(record)
        if bucket is None:
            continue
        want = dt.date.fromisoformat(record["expected"][0]["value"][:10])
        totals[bucket] += 1
        found = [q for q in find_dates(record["input"]) if q.kind is Kind.DATE and isinstance(q.value, str)]
        if any(_resolve(q.value) == want for q in found):
            hits[bucket] += 1
        elif bucket == "absolute dates":
            missed.append(record["input"])
    rows = [(b, hits[b], totals[b]) for b in sorted(totals)]
    rows.append(("all date-only records kept", sum(hits.values()), sum(totals.values())))
    _print_table(capsys, "duckling-time.jsonl (date only, absolute)", rows)
    recall = hits["absolute dates"] / totals["absolute dates"]
    assert totals["absolute dates"] >= 50
    assert recall >= 0.85, missed


# ---------------------------------------------------------------------------
# Recognizers-Text durations
# ---------------------------------------------------------------------------


def _seconds_match(q, seconds: float) -> bool:
    scale = SECONDS.get(q.unit or "")
    if scale is None:
        return False
    if q.value is not None and math.isclose(q.value * scale, seconds, rel_tol=1e-6):
        return True
    if q.low is not None and q.high is not None:
        return q.low * scale - 1e-6 <= seconds <= q.high * scale + 1e-6
    return False


def test_recognizers_durations(capsys: pytest.CaptureFixture[str]) -> None:
    records = _read("recognizers-duration.jsonl")
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    missed: dict[str, list[str]] = {}
    for record in records:
        bucket = "checked upstream (.NET)" if record["not_supported"] is None else "not supported upstream"
        want = record["expected"][0]["seconds"]
        totals[bucket] += 1
        if any(_seconds_match(q, want) for q in _durations(record["input"])):
            hits[bucket] += 1
        else:
            missed.setdefault(bucket, []).append(record["input"])
    rows = [(b, hits[b], totals[b]) for b in sorted(totals)]
    rows.append(("all", sum(hits.values()), sum(totals.values())))
    _print_table(capsys, "recognizers-duration.jsonl (seconds)", rows)
    checked = "checked upstream (.NET)"
    assert hits[checked] / totals[checked] >= 0.9, missed.get(checked)
    # The unsupported ones include sums ("un an, un mois et 21 jours") and vague
    # amounts ("quelques jours"), which gcheck does not turn into a figure.
    assert sum(hits.values()) / sum(totals.values()) >= 0.8, missed
