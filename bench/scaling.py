"""How gcheck's time grows with the input: article length, figures per sentence, memory.

    python bench/scaling.py                  # everything (long: ~4 MB through spaCy)
    python bench/scaling.py --only length --sizes 0.25,0.5,1
    python bench/scaling.py --only figures --figures 100,200,400
    python bench/scaling.py --only memory

Times are CPU seconds of this process (``time.process_time``), so a loaded machine
slows them less than wall-clock time would; each stage of the pipeline is timed on its
own (prepare = markup, figures and the text for spaCy; parse = spaCy; claims; relations;
rules; rest = offsets, suppressions). For each step the table gives the ratio per
doubling, ``(t2 / t1) ** (1 / log2(n2 / n1))``: near 2 is linear growth, near 4 is
quadratic. ``memory`` runs ``gcheck verify`` in a child process on a line of 70 KB of
``)`` and on a line of 1 MB of emoji, and reports its peak resident memory.

Inputs are made here, not read from files: the article is the seed article repeated
(each copy with its own figures shifted, so sentences differ), the figure-heavy
sentence a list « dont 12 à Ville1, 15 à Ville2, … » after one total.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = ROOT / "fixtures" / "global-chain-2024.txt"
STAGES = ("prepare", "parse", "claims", "relations", "rules", "rest")


def article(megabytes: float) -> str:
    """About ``megabytes`` MB of French news: the seed article, copies with shifted figures."""
    import re

    seed = SEED.read_text(encoding="utf-8")
    want = int(megabytes * 1024 * 1024)
    parts, n = [], 0
    while sum(len(p) for p in parts) < want:
        n += 1
        parts.append(re.sub(r"\b(\d{2,3})\b", lambda m, k=n: str(int(m.group(1)) + k % 7), seed))
    return "\n\n".join(parts)[:want].rsplit("\n", 1)[0] + "\n"


def figures_sentence(count: int) -> str:
    """One sentence holding ``count`` figures: a total, then its parts town by town."""
    parts = ", ".join(f"{10 + i % 90} à Ville{i}" for i in range(count - 1))
    return f"La région compte {sum(10 + i % 90 for i in range(count - 1))} habitants, dont {parts}.\n"


class Timed:
    """CPU seconds spent in the pipeline's stages, by wrapping the functions it calls."""

    def __init__(self):
        from globalchain_cli import pipeline

        self.pipeline = pipeline
        self.spent = dict.fromkeys(STAGES, 0.0)
        self._saved = {}
        for name, stage in (("build_claims", "claims"), ("find_relations", "relations"), ("run_rules", "rules")):
            self._wrap(pipeline, name, stage)

    def _wrap(self, module, name, stage):
        original = getattr(module, name)
        self._saved[name] = original

        def timed(*args, **kwargs):
            t = time.process_time()
            result = original(*args, **kwargs)
            if stage == "rules":
                result = list(result)
            self.spent[stage] += time.process_time() - t
            return result

        setattr(module, name, timed)

    def run(self, text: str) -> dict[str, float]:
        from globalchain_cli.config import Config

        p, config = self.pipeline, Config()
        self.spent = dict.fromkeys(STAGES, 0.0)
        t0 = time.process_time()
        prep = p.Prepared("bench.txt", text, "text")
        t1 = time.process_time()
        doc = p.nlp.parse(prep.parse_text)
        t2 = time.process_time()
        p.analyse(prep, doc, config)
        t3 = time.process_time()
        self.spent["prepare"] = t1 - t0
        self.spent["parse"] = t2 - t1
        self.spent["rest"] = (t3 - t2) - sum(self.spent[s] for s in ("claims", "relations", "rules"))
        self.spent["total"] = t3 - t0
        return dict(self.spent)


def _ratio(n1: float, t1: float, n2: float, t2: float) -> float | None:
    if t1 <= 0.005 or t2 <= 0:
        return None
    return (t2 / t1) ** (1 / math.log2(n2 / n1))


def series(label: str, sizes: list[float], make, timed: Timed, unit: str) -> None:
    """Time each size, print one row per size with the ratio per doubling of each stage."""
    print(f"\n## {label}\n")
    print(f"| {unit:>8} | " + " | ".join(f"{s:>13}" for s in (*STAGES, "total")) + " |")
    print("|" + "---:|" * (len(STAGES) + 2))
    previous = None
    for size in sizes:
        times = timed.run(make(size))
        cells = []
        for stage in (*STAGES, "total"):
            r = _ratio(previous[0], previous[1][stage], size, times[stage]) if previous else None
            cells.append(f"{times[stage]:7.2f}" + (f" ×{r:4.2f}" if r else "      "))
        print(f"| {size:>8} | " + " | ".join(cells) + " |", flush=True)
        previous = (size, times)


def memory() -> None:
    """Peak resident memory of ``gcheck verify`` on two hostile one-line inputs."""
    print("\n## memory (child process, peak RSS)\n")
    print("| input | CPU s | peak MB | status |")
    print("|---|---:|---:|---:|")
    inputs = {"70 KB of ')'": ")" * 70_000 + "\n", "1 MB of emoji": "😀" * (1024 * 1024 // 4) + "\n"}
    gcheck = Path(sys.executable).parent / "gcheck"
    command = [str(gcheck)] if gcheck.exists() else [sys.executable, "-m", "globalchain_cli.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        baseline = _child(command + ["verify", "-f", "json", _write(tmp, "empty.txt", "\n")])
        print(f"| empty file (baseline) | {baseline[0]:.2f} | {baseline[1]:.0f} | {baseline[2]} |")
        for label, text in inputs.items():
            cpu, peak, status = _child(command + ["verify", "-f", "json", _write(tmp, "x.txt", text)])
            print(f"| {label} | {cpu:.2f} | {peak:.0f} | {status} |", flush=True)


def _write(directory: str, name: str, text: str) -> str:
    path = os.path.join(directory, name)
    Path(path).write_text(text, encoding="utf-8")
    return path


def _child(command: list[str]) -> tuple[float, float, int]:
    """CPU seconds, peak RSS in MB and exit status of one child process."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("length", "figures", "memory"), action="append")
    parser.add_argument("--sizes", default="0.25,0.5,1,2,4", help="article sizes in MB")
    parser.add_argument("--figures", default="100,200,400,800,1600,2000", help="figures in one sentence")
    args = parser.parse_args()
    only = set(args.only or ("length", "figures", "memory"))
    if only & {"length", "figures"}:
        from globalchain_cli import nlp

        nlp.load()
        timed = Timed()
        timed.run(article(0.01))  # warm-up: lazy imports, caches
        if "figures" in only:
            counts = [int(x) for x in args.figures.split(",")]
            series("figures in one sentence", counts, figures_sentence, timed, "figures")
        if "length" in only:
            sizes = [float(x) for x in args.sizes.split(",")]
            series("article length", sizes, article, timed, "MB")
    if "memory" in only:
        memory()
    print(f"\n(peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
