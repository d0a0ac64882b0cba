"""The README's examples run and print what the README says they print."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def _expected(code: str) -> list[str]:
    """The output a block documents: its full-line '# ' comments and the comments after its print calls."""
    out = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    out += [m.group(1) for m in re.finditer(r"print\(.*\)[ \t]+# (.+)$", code, re.M)]
    return out


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_prints_what_it_says(code: str) -> None:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    printed = buffer.getvalue().splitlines()
    assert printed == _expected(code)
