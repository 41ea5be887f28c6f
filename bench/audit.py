"""Audit gcheck on a folder of real published articles.

Usage:
    python audit.py TEXTS_DIR [--gcheck PATH_TO_GCHECK] [--json-out FILE]

Runs ``gcheck verify --format json`` once over every ``*.txt`` file of TEXTS_DIR,
then prints, for every ``inconsistent`` and ``unverifiable`` finding, the file, the
rule, the verdict, the message and the sentence(s) that hold the related claims
(found from the claims' start/end offsets into the text). It ends with the counts:
articles, findings by verdict, and articles with at least one inconsistent finding
(the articles that would fail CI).

The texts themselves are not part of the project: keep them outside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

# A sentence ends at . ! ? … (optionally followed by a closing quote or bracket)
# when blank space follows, or at a line break. A full stop between two digits
# (« 1.374 ») is not an end, as it is not followed by a space.
_SENTENCE_END = re.compile(r"[.!?…][»\"')\]]*(?=\s)|\n")

REPORTED = ("inconsistent", "unverifiable")


def read_text(path: Path) -> str:
    """The file's text as gcheck indexes it: UTF-8, BOM removed, line ends kept."""
    data = path.read_bytes()
    text = data.decode("utf-8", errors="replace")
    return text.removeprefix("\ufeff")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end offsets of the sentence(s) holding text[start:end]."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right = len(text)
    match = _SENTENCE_END.search(text, end)
    if match:
        right = match.end()
    return left, right


def sentences_for(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The distinct sentences holding the spans, in text order."""
    bounds = sorted({sentence_bounds(text, s, e) for s, e in spans})
    merged: list[list[int]] = []
    for left, right in bounds:
        if merged and left <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], right)
        else:
            merged.append([left, right])
    return [" ".join(text[a:b].split()) for a, b in merged]


def run_gcheck(gcheck: str, files: list[Path]) -> dict:
    """One ``gcheck verify --format json`` run over all files; the parsed report."""
    cmd = [gcheck, "verify", "--format", "json", "--fail-on", "never", *map(str, files)]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, encoding="utf-8")
    if proc.returncode not in (0, 1):
        sys.exit(f"gcheck failed (exit {proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def claim_label(claim: dict) -> str:
    """« text [noun] @line:col » for one claim."""
    noun = claim.get("noun") or claim.get("unit") or ""
    noun = f" [{noun}]" if noun else ""
    return f"« {claim['text']} »{noun} @{claim['line']}:{claim['column']}"


def report_file(entry: dict, out) -> Counter:
    """Print the reported findings of one file; return its verdict counts."""
    counts: Counter = Counter()
    path = Path(entry["path"])
    if entry.get("error"):
        print(f"\n## {path.name}: ERROR {entry['error']}", file=out)
        counts["error"] += 1
        return counts
    text = read_text(path)
    claims = {c["id"]: c for c in entry["claims"]}
    for finding in entry["findings"]:
        verdict = finding["verdict"]
        counts[verdict] += 1
        if verdict not in REPORTED:
            continue
        related = [claims[i] for i in finding["claims"] if i in claims]
        spans = [(c["start"], c["end"]) for c in related]
        if not spans and "start" in finding:
            spans = [(finding["start"], finding["end"])]
        print(f"\n## {path.name} {finding['rule']} {verdict.upper()}", file=out)
        print(f"message: {finding['message']}", file=out)
        for claim in related:
            print(f"claim:   {claim_label(claim)}", file=out)
        for sentence in sentences_for(text, spans):
            print(f"context: {sentence}", file=out)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", type=Path, help="folder of .txt articles")
    parser.add_argument("--gcheck", default="gcheck", help="gcheck command to run")
    parser.add_argument("--json-out", type=Path, help="also save the raw JSON report")
    args = parser.parse_args(argv)

    files = sorted(args.texts.glob("*.txt"))
    if not files:
        sys.exit(f"no .txt file in {args.texts}")
    report = run_gcheck(args.gcheck, files)
    if args.json_out:
        args.json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1))

    total: Counter = Counter()
    by_rule: Counter = Counter()
    failing = []
    out = sys.stdout
    for entry in report["files"]:
        counts = report_file(entry, out)
        total.update(counts)
        for finding in entry.get("findings", []):
            by_rule[(finding["rule"], finding["verdict"])] += 1
        if counts["inconsistent"]:
            failing.append(Path(entry["path"]).name)

    print("\n# Counts", file=out)
    print(f"articles: {len(report['files'])}", file=out)
    for verdict in ("consistent", "inconsistent", "unverifiable", "error"):
        print(f"{verdict}: {total[verdict]}", file=out)
    rules = ", ".join(f"{r} {v} {n}" for (r, v), n in sorted(by_rule.items()))
    print(f"by rule: {rules}", file=out)
    share = 100 * len(failing) / len(report["files"])
    print(
        f"articles with an inconsistent finding (fail CI): {len(failing)} ({share:.0f} %)",
        file=out,
    )
    if failing:
        print("failing: " + ", ".join(failing), file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
