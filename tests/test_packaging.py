"""Packaging metadata: one version, an SPDX licence, package data that exists, the checks CI runs."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parent.parent
tomllib = pytest.importorskip("tomllib")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_one_version_from_the_installed_metadata() -> None:
    assert quoteattr.__version__ == metadata.version("quoteattr") == PROJECT["project"]["version"]
    sources = [p for p in (ROOT / "src" / "quoteattr").rglob("*.py")
               if re.search(r"^__version__\s*=\s*['\"]", p.read_text(encoding="utf-8"), re.M)]
    assert sources == [], f"a version literal outside pyproject.toml: {sources}"


def test_licence_is_an_spdx_expression() -> None:
    assert PROJECT["project"]["license"] == "MIT"
    assert not any(c.startswith("License ::") for c in PROJECT["project"]["classifiers"])


def test_every_package_data_pattern_matches_a_file_in_the_package() -> None:
    package = ROOT / "src" / "quoteattr"
    for pattern in PROJECT["tool"]["setuptools"]["package-data"]["quoteattr"]:
        assert list(package.glob(pattern)), f"package-data {pattern!r} matches no file in src/quoteattr"


def test_the_record_schema_is_package_data() -> None:
    patterns = PROJECT["tool"]["setuptools"]["package-data"]["quoteattr"]
    assert any((ROOT / "src" / "quoteattr").glob(p) and "io/" in p for p in patterns)


def test_ci_runs_mypy_and_ruff_before_the_tests_and_installs_chromium() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    order = [ci.index(".venv/bin/mypy"), ci.index(".venv/bin/ruff check"), ci.index("python -m pytest")]
    assert order == sorted(order)
    assert "apt-get install -y -qq chromium" in ci and "export CI=" in ci
    dev = " ".join(PROJECT["project"]["optional-dependencies"]["dev"])
    assert all(tool in dev for tool in ("mypy", "ruff", "jsonschema"))
    assert PROJECT["tool"]["mypy"]["strict"] is True
