"""Recall of find_numbers on third-party French test suites (shared/external).

For each file, every expected value is one case: it is found when a quantity
overlapping the expected span carries that value (``math.isclose``, rel 1e-9;
percentages in points, money by amount, ranges by their bounds). A record that
expects nothing is one case too, found when no quantity of the file's kind is
read (no bare number for the number suites, no percentage, no amount of money,
no single number spanning a text2num "invalid" input).

Records that Recognizers-Text's reference .NET implementation does not support
are left out (see shared/external/README.md); everything else counts, including
the cases we think are wrong upstream: those are listed with a reason in
``tests/data/external_disputed.toml`` and still count in the denominator.

Run ``pytest -s tests/test_external_numbers.py`` to see the recall table.
"""

from __future__ import annotations

import json
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from globalchain_cli.extract.numbers import find_numbers
from globalchain_cli.model import Kind, Qualifier, Quantity

EXTERNAL = Path(__file__).resolve().parents[1].parent / "shared" / "external"
DISPUTED = Path(__file__).resolve().parent / "data" / "external_disputed.toml"
FLOOR = 0.90

#: file stem -> what "nothing expected" means for it
FILES = {
    "recognizers-number": "number",
    "recognizers-percent": "percent",
    "recognizers-currency": "currency",
    "duckling-numeral": "number",
    "duckling-amount-of-money": "currency",
    "text2num-rs-fr": "whole",
}


@dataclass
class Outcome:
    found: int = 0
    total: int = 0
    misses: list[tuple[str, object]] = field(default_factory=list)


def _records(stem: str) -> list[dict]:
    path = EXTERNAL / f"{stem}.jsonl"
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            ns = rec.get("not_supported") or ""
            if stem.startswith("recognizers") and "dotnet" in ns:
                continue
            if stem == "text2num-rs-fr" and rec.get("function") != "text2digits":
                continue
            if rec.get("expected") is None:
                continue
            records.append(rec)
    return records


def _span(rec: dict, item: dict) -> tuple[int, int]:
    text = rec["input"]
    if item.get("start") is not None and item.get("end") is not None:
        return item["start"], item["end"]
    pos = text.lower().find((item.get("text") or "").lower())
    if pos >= 0 and item.get("text"):
        return pos, pos + len(item["text"])
    return 0, len(text)


def _close(a: object, b: float) -> bool:
    return isinstance(a, (int, float)) and not isinstance(a, bool) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _carries(q: Quantity, item: dict) -> bool:
    """The quantity carries the expected value (or both bounds of an interval)."""
    values = [q.value]
    if q.qualifier is not Qualifier.EXACT:
        values += [q.low, q.high]
    if item.get("type") == "interval":
        bounds = [item[k] for k in ("from", "to") if item.get(k) is not None]
        return bool(bounds) and all(any(_close(v, b) for v in values) for b in bounds)
    expected = item.get("value")
    if expected is None:
        return False
    return any(_close(v, expected) for v in values)


def _item_found(rec: dict, item: dict, quantities: list[Quantity]) -> bool:
    s, e = _span(rec, item)
    return any(q.start < e and s < q.end and _carries(q, item) for q in quantities)


def _nothing_found(rec: dict, mode: str, quantities: list[Quantity]) -> bool:
    text = rec["input"]
    if mode == "number":
        return not any(q.kind in (Kind.COUNT, Kind.FRACTION) for q in quantities)
    if mode == "percent":
        return not any(q.kind is Kind.PERCENT for q in quantities)
    if mode == "currency":
        return not any(q.kind is Kind.MONEY for q in quantities)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return not any(q.start <= lead and q.end >= lead + len(stripped) for q in quantities)


def _evaluate(stem: str) -> Outcome:
    out = Outcome()
    mode = FILES[stem]
    for rec in _records(stem):
        quantities = find_numbers(rec["input"])
        if not rec["expected"]:
            out.total += 1
            if _nothing_found(rec, mode, quantities):
                out.found += 1
            else:
                out.misses.append((rec["input"], None))
            continue
        for item in rec["expected"]:
            out.total += 1
            if _item_found(rec, item, quantities):
                out.found += 1
            else:
                out.misses.append((rec["input"], item.get("value", item.get("from"))))
    return out


def _disputed() -> dict[str, list[dict]]:
    data = tomllib.loads(DISPUTED.read_text(encoding="utf-8"))
    by_file: dict[str, list[dict]] = {}
    for case in data.get("case", []):
        by_file.setdefault(case["file"], []).append(case)
    return by_file


pytestmark = pytest.mark.skipif(not EXTERNAL.is_dir(), reason="shared/external is not available")

_RESULTS: dict[str, Outcome] = {}


def _outcome(stem: str) -> Outcome:
    if stem not in _RESULTS:
        _RESULTS[stem] = _evaluate(stem)
    return _RESULTS[stem]


@pytest.mark.parametrize("stem", sorted(FILES))
def test_external_recall(stem: str) -> None:
    out = _outcome(stem)
    disputed = {c["input"] for c in _disputed().get(stem, [])}
    recall = out.found / out.total
    print(f"\n{stem:28s} {out.found:4d}/{out.total:<4d} {recall:6.1%}")
    for text, value in out.misses:
        tag = "disputed" if text in disputed else "MISS"
        print(f"    {tag:8s} {value!r:>22}  {text[:90]!r}")
    assert out.total > 0
    assert recall >= FLOOR, f"{stem}: recall {recall:.1%} below {FLOOR:.0%}"


def test_disputed_cases_are_real() -> None:
    """Every disputed case names an input of its file, and gives a reason."""
    by_file = _disputed()
    assert by_file, "tests/data/external_disputed.toml lists no case"
    for stem, cases in by_file.items():
        assert stem in FILES, stem
        inputs = {rec["input"] for rec in _records(stem)}
        for case in cases:
            assert case["input"] in inputs, (stem, case["input"])
            assert len(case.get("reason", "")) > 20, case


def test_recall_table() -> None:
    """One line per file, for `pytest -s`."""
    lines = []
    for stem in sorted(FILES):
        out = _outcome(stem)
        lines.append(f"{stem:28s} {out.found:4d}/{out.total:<4d} {out.found / out.total:6.1%}")
    print("\nexternal recall\n" + "\n".join(lines))
    assert len(lines) == len(FILES)
