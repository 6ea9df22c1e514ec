"""bench/ab.py runs two checkouts side by side in one process (a smoke test, not a timing)."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ab_compares_a_checkout_with_itself() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "ab.py"), "segment", str(ROOT), "--runs", "2"],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    m = re.search(r"new/base: min (\d+\.\d+), median (\d+\.\d+)", out)
    assert m is not None, out
    assert 0.2 < float(m.group(1)) < 5  # the same code: a ratio near 1, whatever the machine's noise
