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


TEXT = README.read_text(encoding="utf-8")


def test_the_readme_starts_with_the_two_checkout_commands() -> None:
    # quoteattr is not on the registry yet, so the first lines are the commands that work on a fresh machine
    bash = re.findall(r"```bash\n(.*?)```", TEXT, re.S)
    first, second = bash[0].strip().splitlines()
    assert "pip install -e '.[model]'" in first and "quoteattr --format text examples/" in first
    assert "pip install -e '.[dev]'" in second and "pytest" in second
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "quoteattr --format text examples/harbour-bridge.txt" in ci and "python -m pytest -q" in ci


@pytest.mark.model
def test_the_users_command_prints_what_the_readme_says(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from quoteattr import cli
    from quoteattr.models import installed_model

    if installed_model() is None:
        pytest.skip("no trained English spaCy pipeline is installed")
    line = re.search(r"echo '(.*?)' \|\s+quoteattr --format text", TEXT)
    shown = re.search(r"then prints `(.*?)`", TEXT)
    assert line and shown
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.group(1).encode() + b"\n"), encoding="utf-8"))
    assert cli.main(["--format", "text"]) == 0
    assert capsys.readouterr().out.splitlines() == [shown.group(1)]
