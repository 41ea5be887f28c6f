"""gcheck start-up and throughput benchmark (issue 7).

Run from the repository root::

    .venv/bin/python bench/run.py            # default: 5 repetitions of each cold start
    .venv/bin/python bench/run.py --reps 3 --batch-reps 1 --json /tmp/bench.json

Every figure is the median wall time (or peak RSS) of fresh child processes, measured
in this run, baseline and candidate interleaved (A B A B ...) so that machine noise hits
both.  Only *ratios* are meaningful; there are no absolute targets.

1. cold verify: ``python -c "import spacy; nlp = spacy.load('fr_core_news_sm');
   nlp(seed)"`` vs ``gcheck verify fixtures/global-chain-2024.txt``
   (target ratio <= 0.5, aim 0.35).  Also ``nlp.parse(seed)`` alone (this repository's
   globalchain_cli.nlp, without the CLI).
2. light commands: ``python -c "import spacy"`` vs ``gcheck --help``,
   ``gcheck verify --help``, ``gcheck rules`` (they must not import spaCy), and
   ``python -c "import globalchain_cli.nlp"``.
3. batch: 240 articles of 150-500 words made by recombining paragraphs of
   the development articles (tests/eval/development/*.json) and the seed article (fixed random seed),
   written to a temporary directory.  spaCy's own ``spacy.load`` + ``nlp.pipe`` with the
   full pipeline vs ``gcheck verify --format json DIR`` (target ratio <= 0.8), and
   ``nlp.parse_many`` alone.
4. peak memory (``ru_maxrss`` of the child, from ``os.wait4``) for one article:
   bare spaCy vs ``gcheck verify`` and ``nlp.parse``.
5. where the time goes: ``import spacy``, load, parse of the seed, timed inside fresh
   children, stock spaCy vs globalchain_cli.nlp (no ratio target; for diagnosis).

The ``gcheck`` command is ``Path(sys.executable).parent / "gcheck"``.  While it is
missing or crashes (a traceback, or an exit status other than 0/1), its rows print
"n/a" with the reason; the rows that only use globalchain_cli.nlp still run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "fixtures" / "global-chain-2024.txt"
PY = sys.executable
GCHECK = Path(sys.executable).parent / "gcheck"
RANDOM_SEED = 20240609


#: The annotated development articles, a copy kept in the repository.
CASES = REPO / "tests" / "eval" / "development"


# ---------------------------------------------------------------------------
# child processes
# ---------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    maxrss_kb: int
    returncode: int
    stderr: str


def run_child(cmd: list[str], cwd: Path = REPO) -> Run:
    """Run ``cmd`` to completion; wall time and the child's own peak RSS (os.wait4)."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return Run(seconds, usage.ru_maxrss, proc.returncode, stderr)


def usable(run: Run) -> str | None:
    """None if the run counts, else why not."""
    if "Traceback (most recent call last)" in run.stderr:
        last = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
        return f"crashed: {last[:100]}"
    if run.returncode not in (0, 1):
        return f"exit status {run.returncode}"
    return None


@dataclass
class Measure:
    label: str
    cmd: list[str] | None
    runs: list[Run] = field(default_factory=list)
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and bool(self.runs)

    def time(self) -> float | None:
        return statistics.median(r.seconds for r in self.runs) if self.ok else None

    def rss_mb(self) -> float | None:
        return statistics.median(r.maxrss_kb for r in self.runs) / 1024 if self.ok else None


def gcheck_measure(label: str, *args: str) -> Measure:
    """A measure of ``gcheck ARGS``; n/a while the command is not installed."""
    if not GCHECK.exists():
        return Measure(label, None, problem=f"{GCHECK.name} not installed")
    return Measure(label, [str(GCHECK), *args])


def measure(measures: list[Measure], reps: int) -> None:
    """Interleaved repetitions; a command that fails once is marked n/a."""
    for m in measures:
        if m.cmd is None and m.problem is None:
            m.problem = "no command"
    for _ in range(reps):
        for m in measures:
            if m.problem is not None:
                continue
            run = run_child(m.cmd)
            m.problem = usable(run)
            if m.problem is None:
                m.runs.append(run)


# ---------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------


def paragraphs() -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CASES.glob("*.json"))]
    texts.append(SEED.read_text(encoding="utf-8"))
    paras = []
    for text in texts:
        paras.extend(p.strip() for p in re.split(r"\n\s*", text) if len(p.split()) >= 8)
    return paras


def make_articles(directory: Path, count: int = 240, lo: int = 150, hi: int = 500) -> list[Path]:
    """``count`` articles of ``lo``..``hi`` words from shuffled paragraphs (deterministic)."""
    rng = random.Random(RANDOM_SEED)
    paras = paragraphs()
    paths = []
    for i in range(count):
        target = rng.randint(lo, hi)
        chosen: list[str] = []
        words = 0
        for _ in range(200):
            if words >= target:
                break
            para = rng.choice(paras)
            n = len(para.split())
            if words + n <= hi:
                chosen.append(para)
                words += n
        if words < lo:  # cannot happen with the eval paragraphs; keep the contract anyway
            raise RuntimeError("could not build an article in range")
        path = directory / f"article-{i:03d}.txt"
        path.write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------


def _fmt(value: float | None, unit: str) -> str:
    return "n/a" if value is None else f"{value:.2f}{unit}"


def row(name: str, base: Measure, cand: Measure, target: str, metric: str = "time") -> dict:
    get = (lambda m: m.time()) if metric == "time" else (lambda m: m.rss_mb())
    unit = " s" if metric == "time" else " MB"
    b, c = get(base), get(cand)
    ratio = None if b is None or c is None else c / b
    why = cand.problem or base.problem or ""
    print(
        f"{name:<44} {base.label[:34]:<34} {_fmt(b, unit):>9}  {cand.label[:34]:<34} {_fmt(c, unit):>9}"
        f"  {('n/a' if ratio is None else f'{ratio:.2f}'):>6}  {target:<8} {why}"
    )
    return {
        "name": name,
        "baseline": base.label,
        "baseline_value": b,
        "candidate": cand.label,
        "candidate_value": c,
        "ratio": ratio,
        "target": target,
        "metric": metric,
        "problem": why or None,
    }


def header(title: str) -> None:
    print(f"\n== {title}")
    print(f"{'measure':<44} {'baseline':<34} {'value':>9}  {'candidate':<34} {'value':>9}  {'ratio':>6}  target")


_PHASES = """
import json, sys, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
text = open(sys.argv[2], encoding="utf-8").read()
if sys.argv[1] == "stock":
    nlp = spacy.load("fr_core_news_sm")
    t2 = time.perf_counter()
    nlp(text)
else:
    from globalchain_cli import nlp as gnlp
    gnlp.load()
    t2 = time.perf_counter()
    gnlp.parse(text)
t3 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2]))
"""


def phases(reps: int) -> list[dict]:
    """Median in-process phase times (import spacy, load, parse seed), stock vs ours."""
    times: dict[str, list[list[float]]] = {"stock": [], "gcheck": []}
    for _ in range(reps):
        for which in times:
            out = subprocess.run(
                [PY, "-c", _PHASES, which, str(SEED)], cwd=REPO, capture_output=True, text=True, check=True
            )
            times[which].append(json.loads(out.stdout))
    print("\n== 5. where the time goes (in-process, seconds, medians)")
    print(f"{'':<24} {'import spacy':>12} {'load':>8} {'parse seed':>11} {'total':>8}")
    rows = []
    for which, label in (("stock", "stock spacy.load"), ("gcheck", "globalchain_cli.nlp")):
        med = [statistics.median(col) for col in zip(*times[which], strict=True)]
        print(f"{label:<24} {med[0]:>12.2f} {med[1]:>8.2f} {med[2]:>11.2f} {sum(med):>8.2f}")
        rows.append({"name": f"phases {label}", "import_spacy": med[0], "load": med[1], "parse": med[2]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5, help="repetitions of each cold start (median)")
    parser.add_argument("--batch-reps", type=int, default=3, help="repetitions of the 240-article batch")
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--json", type=Path, help="also write the results there")
    parser.add_argument("--skip-batch", action="store_true")
    args = parser.parse_args(argv)

    seed = str(SEED)
    results = []
    print(f"python {PY}\ngcheck {GCHECK} ({'present' if GCHECK.exists() else 'missing'})")
    print(f"repetitions: {args.reps} cold, {args.batch_reps} batch; medians; ratio = candidate / baseline")

    bare_code = f"import spacy; nlp = spacy.load('fr_core_news_sm'); nlp(open({seed!r}, encoding='utf-8').read())"
    bare = Measure("bare spaCy load+parse seed", [PY, "-c", bare_code])
    verify = gcheck_measure("gcheck verify seed", "verify", seed)
    parse_code = f"from globalchain_cli import nlp; nlp.parse(open({seed!r}, encoding='utf-8').read())"
    parse_only = Measure("nlp.parse(seed) (no CLI)", [PY, "-c", parse_code])
    import_spacy = Measure("python -c 'import spacy'", [PY, "-c", "import spacy"])
    helps = [
        gcheck_measure("gcheck --help", "--help"),
        gcheck_measure("gcheck verify --help", "verify", "--help"),
        gcheck_measure("gcheck rules", "rules"),
        Measure("import globalchain_cli.nlp", [PY, "-c", "import globalchain_cli.nlp"]),
        Measure("python -c pass", [PY, "-c", "pass"]),
    ]
    measure([bare, verify, parse_only, import_spacy, *helps], args.reps)

    header("1. cold start, one article (seed)")
    results.append(row("cold verify (target <= 0.5, aim 0.35)", bare, verify, "<= 0.50"))
    results.append(row("cold nlp.parse only", bare, parse_only, "-"))
    header("2. light commands vs import spacy")
    for m in helps:
        results.append(row(f"{m.label}", import_spacy, m, "< 1" if "gcheck" in m.label else "-"))
    header("4. peak memory (ru_maxrss of the child), one article")
    results.append(row("peak RSS verify", bare, verify, "-", metric="rss"))
    results.append(row("peak RSS nlp.parse only", bare, parse_only, "-", metric="rss"))

    if not args.skip_batch:
        with tempfile.TemporaryDirectory(prefix="gcheck-bench-") as tmp:
            directory = Path(tmp)
            paths = make_articles(directory, args.articles)
            words = [len(p.read_text(encoding="utf-8").split()) for p in paths]
            glob = f"sorted(__import__('pathlib').Path({tmp!r}).glob('*.txt'))"
            read = f"[p.read_text(encoding='utf-8') for p in {glob}]"
            spacy_batch = Measure(
                "spaCy load + nlp.pipe (full)",
                [
                    PY,
                    "-c",
                    f"import spacy; nlp = spacy.load('fr_core_news_sm'); docs = list(nlp.pipe({read}))",
                ],
            )
            gcheck_batch = gcheck_measure("gcheck verify --format json DIR", "verify", "--format", "json", tmp)
            parse_many = Measure(
                "nlp.parse_many (no CLI)",
                [PY, "-c", f"from globalchain_cli import nlp; docs = list(nlp.parse_many({read}))"],
            )
            gcheck_jobs = gcheck_measure(
                f"gcheck verify -j {os.cpu_count()} --format json DIR",
                "verify",
                "-j",
                str(os.cpu_count() or 1),
                "--format",
                "json",
                tmp,
            )
            measure([spacy_batch, gcheck_batch, parse_many, gcheck_jobs], args.batch_reps)
            header(
                f"3. batch: {len(paths)} articles, {min(words)}-{max(words)} words "
                f"({sum(words)} words, seed {RANDOM_SEED})"
            )
            results.append(row("batch verify (target <= 0.8)", spacy_batch, gcheck_batch, "<= 0.80"))
            results.append(row("batch nlp.parse_many only", spacy_batch, parse_many, "-"))
            # --jobs N on this machine's cores: the ratio to one process shows how it scales
            results.append(row(f"batch --jobs {os.cpu_count()} vs --jobs 1", gcheck_batch, gcheck_jobs, "-"))

    results.extend(phases(args.reps))

    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
