"""Score gcheck on annotated articles: detection, false alarms, coverage.

Run from the repository root::

    .venv/bin/python bench/score.py tests/eval/development
    .venv/bin/python bench/score.py tests/eval/own --min-detection 0.7 --max-false-alarms 0

A case file (JSON, the format of ``tests/eval/*/``) holds a clean article (``text``),
the relations between its figures that hold (``relations``: ``a`` and ``b`` or
``parts``, each ``{"find": substring, "occurrence": n}``), and mutations that each
plant one slip (``mutations``: ``find`` replaced by ``replace``). Every clean and
mutated text is written to one temporary directory and checked by one
``gcheck verify --format json`` call. Three figures come out:

* **detection**: the share of mutated texts with a *new* inconsistent finding on the
  mutated span. New means the clean text does not raise the same rule on the same
  figures (spans compared in the clean text's coordinates): a false alarm that
  happens to sit on the span is not a detection.
* **false alarms**: inconsistent findings on the clean texts, which are consistent.
* **coverage**: the share of relations confirmed by one consistent finding whose
  claims overlap every side of the relation.

Exit status: 0 when every floor given holds, 1 when one does not, 2 when the run broke.
This is our own scorer; it measures what ``../shared/eval/score.py`` measures, so the
figures of the README can be reproduced from the repository alone.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]


@dataclass(frozen=True)
class Variant:
    """One text to check: a clean article, or the article with one mutation."""

    case: str
    name: str  # file name in the temporary directory
    text: str
    mutation: dict | None = None
    replaced: Span | None = None  # in the clean text: what the mutation replaced
    inserted: Span | None = None  # in this text: what it put there

    def to_clean(self, span: Span) -> Span:
        """A span of this text in the clean text's coordinates (the mutated span maps to the replaced one)."""
        if self.inserted is None or self.replaced is None:
            return span
        (ins_start, ins_end), (rep_start, rep_end) = self.inserted, self.replaced
        shift = (ins_end - ins_start) - (rep_end - rep_start)

        def move(offset: int, is_end: bool) -> int:
            if offset < ins_start or (offset == ins_start and not is_end):
                return offset
            if offset >= ins_end:
                return offset - shift
            return rep_end if is_end else rep_start

        return move(span[0], False), move(span[1], True)


def find(text: str, side: dict) -> Span:
    """The span of ``side["find"]`` in ``text`` (its ``occurrence``-th time, 1 by default)."""
    start = -1
    for _ in range(side.get("occurrence", 1)):
        start = text.find(side["find"], start + 1)
        if start < 0:
            raise ValueError(f"{side['find']!r} not found (occurrence {side.get('occurrence', 1)})")
    return start, start + len(side["find"])


def overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def load(folder: Path) -> list[dict]:
    """The cases of a directory, sorted by file name; a case without ``id`` is named after its file."""
    cases = []
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        case.setdefault("id", path.stem)
        cases.append(case)
    if not cases:
        raise SystemExit(f"score.py: no case (*.json) in {folder}")
    return cases


def variants(cases: list[dict]) -> list[Variant]:
    out = []
    for case in cases:
        clean = case["text"]
        out.append(Variant(case["id"], f"{case['id']}.txt", clean))
        for m in case.get("mutations", []):
            start, end = find(clean, m)
            text = clean[:start] + m["replace"] + clean[end:]
            inserted = (start, start + len(m["replace"]))
            out.append(Variant(case["id"], f"{case['id']}__{m['id']}.txt", text, m, (start, end), inserted))
    return out


def run(command: str, items: list[Variant]) -> dict[str, dict]:
    """The JSON report of each variant, by file name, from one ``gcheck verify`` call."""
    with tempfile.TemporaryDirectory() as tmp:
        for v in items:
            (Path(tmp) / v.name).write_text(v.text, encoding="utf-8")
        done = subprocess.run(
            [*shlex.split(command), "verify", "--format", "json", *(v.name for v in items)],
            cwd=tmp,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"score.py: gcheck exited with status {done.returncode}")
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError as exc:
        raise SystemExit(f"score.py: gcheck printed no JSON report ({exc})") from None
    return {Path(f["path"]).name: f for f in report["files"]}


def claim_spans(finding: dict, claims: dict[str, dict]) -> list[Span]:
    return [(claims[c]["start"], claims[c]["end"]) for c in finding["claims"] if c in claims]


def identity(finding: dict, claims: dict[str, dict], v: Variant) -> tuple:
    """Rule and claim spans in clean coordinates: the same finding in the clean and a mutated text."""
    return finding["rule"], tuple(sorted(v.to_clean(s) for s in claim_spans(finding, claims)))


def score(cases: list[dict], command: str) -> dict:
    items = variants(cases)
    results = run(command, items)
    by_case = {c["id"]: c for c in cases}
    known: dict[str, set[tuple]] = {}  # case -> inconsistent findings of its clean text
    out: dict = {"cases": len(cases), "missed": [], "detected": [], "false_alarm_findings": [], "uncovered": []}
    detected = mutations = relations = covered = 0
    for v in sorted(items, key=lambda v: v.mutation is not None):  # clean texts first
        result = results.get(v.name)
        if result is None:
            raise SystemExit(f"score.py: no result for {v.name}")
        claims = {c["id"]: c for c in result["claims"]}
        bad = [f for f in result["findings"] if f["verdict"] == "inconsistent"]
        if v.mutation is None:
            known[v.case] = {identity(f, claims, v) for f in bad}
            out["false_alarm_findings"] += [f"{v.case}: [{f['rule']}] {f['message']}" for f in bad]
            good = [claim_spans(f, claims) for f in result["findings"] if f["verdict"] == "consistent"]
            for rel in by_case[v.case].get("relations", []):
                sides = [
                    find(v.text, s) for s in [rel["a"], *([rel["b"]] if "b" in rel else []), *rel.get("parts", [])]
                ]
                relations += 1
                if any(all(any(overlap(s, side) for s in spans) for side in sides) for spans in good):
                    covered += 1
                else:
                    out["uncovered"].append(f"{v.case}: {rel['kind']}")
            continue
        mutations += 1
        new = [
            f
            for f in bad
            if any(overlap(s, v.inserted) for s in claim_spans(f, claims))
            and identity(f, claims, v) not in known[v.case]
        ]
        if new:
            detected += 1
            rules = "+".join(sorted({f["rule"] for f in new}))
            out["detected"].append(f"{v.case}/{v.mutation['id']}: {v.mutation['kind']} by {rules}")
        else:
            m = v.mutation
            out["missed"].append(f"{v.case}/{m['id']}: {m['kind']} {m['find']!r} -> {m['replace']!r}")
    out.update(
        mutations=mutations,
        detection=detected / mutations if mutations else None,
        false_alarms=len(out["false_alarm_findings"]),
        relations=relations,
        coverage=covered / relations if relations else None,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", type=Path, help="a directory of case files (*.json)")
    parser.add_argument("--gcheck", default="gcheck", help="the command that runs gcheck (default: gcheck)")
    parser.add_argument("--min-detection", type=float)
    parser.add_argument("--max-false-alarms", type=int)
    parser.add_argument("--min-coverage", type=float)
    parser.add_argument("--quiet", action="store_true", help="only the summary line")
    parser.add_argument("--detected", action="store_true", help="also list each detected mutation and its rules")
    args = parser.parse_args(argv)
    r = score(load(args.cases), args.gcheck)
    if not args.quiet:
        for title in ("missed", "false_alarm_findings", "uncovered") + (("detected",) if args.detected else ()):
            for row in r[title]:
                print(f"{title}: {row}")

    def fmt(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    print(
        f"{r['cases']} cases: detection {fmt(r['detection'])} of {r['mutations']} mutations, "
        f"false alarms {r['false_alarms']}, coverage {fmt(r['coverage'])} of {r['relations']} relations"
    )
    failed = (
        (args.min_detection is not None and (r["detection"] or 0) < args.min_detection)
        or (args.max_false_alarms is not None and r["false_alarms"] > args.max_false_alarms)
        or (args.min_coverage is not None and (r["coverage"] or 0) < args.min_coverage)
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
