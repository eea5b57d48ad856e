"""The README's example runs and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import ROOT


def _blocks(lang: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def test_readme_example_output() -> None:
    code = _blocks("python")[0]
    expected = _blocks("text")[0]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == expected


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = [b.strip() for b in _blocks("bash")]
    assert len(commands) == 2
    assert commands[0].endswith("aseancorpus summary")
    assert "[test]" in commands[1]
    assert commands[1].endswith("pytest")
