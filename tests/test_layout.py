"""The shape of the package (issue 10): small modules, small functions, ``__all__`` everywhere.

The complexity check needs radon (in the dev extra; skipped only where it is not installed).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "quoteattr"
#: modules outside the limits, with the reason
EXEMPT = {"cli.py": "argument handling, readers and writers: split by issue 15"}
MAX_LINES = 400
MAX_COMPLEXITY = 25


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name not in EXEMPT)


def test_no_module_is_over_400_lines() -> None:
    long = {p.relative_to(PACKAGE).as_posix(): n for p in modules() if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES}
    assert not long


def test_no_function_is_over_complexity_25() -> None:
    radon = pytest.importorskip("radon.complexity")
    over = [
        f"{p.relative_to(PACKAGE).as_posix()}:{b.name} ({b.complexity})"
        for p in modules()
        for b in radon.cc_visit(p.read_text("utf-8"))
        if b.complexity > MAX_COMPLEXITY
    ]
    assert not over


ENGINE = ("text", "statements", "speakers")


def test_engine_modules_declare_all() -> None:
    missing = []
    for p in modules():
        rel = p.relative_to(PACKAGE)
        if rel.parts[0] not in ENGINE and rel.name not in ("engine.py", "confidence.py", "lexicon.py", "settings.py"):
            continue
        names = {t.id for node in ast.parse(p.read_text("utf-8")).body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}
        if "__all__" not in names:
            missing.append(rel.as_posix())
    assert not missing


def test_speakers_do_not_import_statements() -> None:
    """A statement hands its speaker mention down as data, so the two stages can change apart."""
    for p in (PACKAGE / "speakers").glob("*.py"):
        for node in ast.walk(ast.parse(p.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert "statements" not in (node.module or ""), p.name
