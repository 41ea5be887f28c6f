"""A long run of the pipeline's property test (issue 6).

Run from the repository root::

    .venv/bin/python bench/fuzz.py              # 100,000 examples
    .venv/bin/python bench/fuzz.py 5000         # any number
    .venv/bin/python bench/fuzz.py 5000 --seed 1

It sets ``GCHECK_FUZZ_EXAMPLES`` and runs ``tests/test_pipeline_properties.py`` with
pytest: hypothesis generates French-like texts (words, figures in every format, dates,
Markdown and HTML markup, odd characters, CR/LF) and runs the whole pipeline on each,
checking that nothing raises, every offset is exact and a batch gives each text the
same report as checking it alone (see that module's docstring).

At the end it prints the number of examples, examples per second (generation phase,
as hypothesis measures it) and the failures, if any, with the falsifying example as
hypothesis shrank it (also kept in ``.hypothesis/`` so the next default test run
replays it first). The exit status is pytest's: 0 when every example passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST = "tests/test_pipeline_properties.py"

_PHASE = re.compile(r"during generate phase \(([\d.]+) seconds\)")
_COUNTS = re.compile(r"(\d+) passing, (\d+) failing, and (\d+) invalid")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="?", type=int, default=100_000, help="examples to run (100000)")
    parser.add_argument("--seed", help="hypothesis seed, for a reproducible run")
    args = parser.parse_args(argv)

    env = dict(os.environ, GCHECK_FUZZ_EXAMPLES=str(args.examples))
    command = [
        sys.executable,
        "-m",
        "pytest",
        TEST,
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
    ]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    print(f"$ GCHECK_FUZZ_EXAMPLES={args.examples} {' '.join(command[2:])}", flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started

    output = done.stdout + done.stderr
    phase = _PHASE.search(output)
    counts = _COUNTS.search(output)
    passing = int(counts.group(1)) if counts else None
    failing = int(counts.group(2)) if counts else None
    seconds = float(phase.group(1)) if phase else None

    print(f"wall time: {wall:.0f} s (model load and shrinking included)")
    if passing is not None and seconds:
        print(
            f"examples: {passing} passing, {failing} failing, {counts.group(3)} invalid "
            f"in {seconds:.0f} s of generation: {passing / seconds:.1f} examples/s"
        )
        if passing:
            print(f"estimate for 100,000 examples: {100_000 / (passing / seconds) / 3600:.1f} h")
    else:
        print("examples: (hypothesis statistics not found in pytest's output)")
    if done.returncode != 0:
        print("\nFAILURES\n" + output, flush=True)
    else:
        print("failures: none")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
