"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aseancorpus.cli import main


def test_summary_of_bundled_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "000_4455c9e0f7d7b3fe" in out
    assert "5 articles" in out
    assert "Đối thoại trực tuyến ASEAN-Mỹ" in out


def test_summary_json(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    assert main(["summary", "--json", str(seeds_dir / "002_686e873e6aaa9cef.txt")]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["language"] == "vi"
    assert rows[0]["chars_raw"] == len((seeds_dir / "002_686e873e6aaa9cef.txt").read_text(encoding="utf-8"))


def test_missing_path_is_a_message_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "no/such/file.txt"]) == 1
    captured = capsys.readouterr()
    assert "no such file" in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_bad_file_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes("Việt Nam ".encode() * 20 + b"\xff\xfe")
    assert main(["summary", str(p)]) == 1
    assert "bad.txt" in capsys.readouterr().err


def test_python_dash_m() -> None:
    r = subprocess.run([sys.executable, "-m", "aseancorpus", "summary", "--json"], capture_output=True, text=True,
                       timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 5


def test_usage_error_exit_2() -> None:
    with pytest.raises(SystemExit) as e:
        main(["no-such-command"])
    assert e.value.code == 2
