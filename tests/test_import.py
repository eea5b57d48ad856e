"""`import aseancorpus` stays light."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pythainlp", "underthesea", "nlpo3", "pyarrow", "dask", "pandas", "datasketch", "tqdm", "pycrfsuite")


def test_import_does_not_load_heavy_backends() -> None:
    code = (
        "import sys, aseancorpus, aseancorpus.cleaning, aseancorpus.tokenize, aseancorpus.entity;"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert r.stdout.strip() == "[]"


def test_import_time_is_small() -> None:
    # CPU time of the import itself (wall time swings when other processes share the cores).
    code = (
        "import time; t = time.process_time(); import aseancorpus; "
        "print(time.process_time() - t)"
    )
    best = min(
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                             check=True).stdout)
        for _ in range(5)
    )
    assert best < 0.15


def test_public_api_is_explicit() -> None:
    import aseancorpus

    assert aseancorpus.__all__ == sorted(aseancorpus.__all__)
    for name in aseancorpus.__all__:
        assert getattr(aseancorpus, name) is not None
