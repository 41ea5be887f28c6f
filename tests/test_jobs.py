"""--jobs N: files checked by N worker processes give the same report, in the same order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import SEED

GCHECK = str(Path(sys.executable).parent / "gcheck")


def test_parallel_report_is_the_serial_report(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    for i, (find, replace) in enumerate(
        [("", ""), ("dont 153 enfants", "dont 1 530 enfants"), ("9 juin", "31 juin"), ("39 pays dont", "93 pays dont")]
    ):
        (tmp_path / f"a{i}.txt").write_text(seed.replace(find, replace) if find else seed, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    serial = subprocess.run([GCHECK, "verify", "-f", "json", str(tmp_path)], capture_output=True, text=True)
    parallel = subprocess.run(
        [GCHECK, "verify", "-f", "json", "-j", "2", str(tmp_path)], capture_output=True, text=True
    )
    assert serial.returncode == parallel.returncode == 2  # the binary file
    assert parallel.stdout == serial.stdout
    assert '"inconsistent": 3' in serial.stdout
