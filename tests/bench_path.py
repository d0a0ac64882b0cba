"""Where the tests find the shared data, and the project's ``benchmarks`` package (it is not installed).

The shared folder (holding ``data/polnear/`` and ``corpus/seed-article.txt``)
is ``$QUOTEATTR_SHARED`` when that is set, else ``../shared`` next to the
project root. Tests that need a shared file call :func:`require`: it skips the
test when the file is missing on a developer's machine, and FAILS it when the
environment variable ``CI`` is set, where ``../shared`` is always laid out, so a
lost or moved file is never a silent skip there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ENV = "QUOTEATTR_SHARED"


def shared_dir() -> Path:
    """``$QUOTEATTR_SHARED``, else ``../shared`` relative to the project root."""
    env = os.environ.get(ENV)
    return Path(env).expanduser() if env else ROOT.parent / "shared"


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def require(path: Path, what: str) -> Path:
    """*path* when it exists; otherwise skip the test (fail it under CI)."""
    if path.exists():
        return path
    message = f"{what} is not at {path} (set {ENV} to the folder holding data/polnear and corpus/)"
    if in_ci():
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)


def polnear_root() -> Path | None:
    """The PolNeAR copy in the shared folder, if this machine has one."""
    candidate = shared_dir() / "data" / "polnear"
    if (candidate / "dev" / "attributions").is_dir() or (candidate / "data" / "dev" / "attributions").is_dir():
        return candidate
    return None


def require_polnear() -> Path:
    """The PolNeAR folder; skips the test when absent (fails it under CI)."""
    root = polnear_root()
    if root is None:
        require(shared_dir() / "data" / "polnear" / "dev" / "attributions", "PolNeAR")
    assert root is not None
    return root


def seed_article() -> Path:
    """The seed article; skips the test when absent (fails it under CI)."""
    return require(shared_dir() / "corpus" / "seed-article.txt", "the seed article")
