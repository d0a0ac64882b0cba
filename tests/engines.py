"""Helpers for the tests that need an optional engine (pyspark, dask, pyarrow, Java).

Skipping is not passing: when the environment variable ``CI`` is set, a
missing extra or a missing Java fails the test instead of skipping it, so a CI
machine that lost an install step cannot go green without running them.
"""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest


def missing(reason: str) -> None:
    """Fail under CI, skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: these tests must run)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def require(module: str, extra: str) -> ModuleType:
    """Import *module*, or fail/skip saying which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        missing(f"{module} is not installed: pip install -e '.[{extra}]' (or '.[dev]')")
        raise  # not reached


def require_java() -> str:
    """The java command Spark will use, or fail/skip."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java or not Path(java).exists():
        missing("Java is not installed (Spark needs Java 17 or later): apt-get install openjdk-17-jre-headless")
    return java  # type: ignore[return-value]
