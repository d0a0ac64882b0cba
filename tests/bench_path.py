"""Makes the project's ``benchmarks`` package importable from the tests (it is not installed)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def polnear_root() -> Path | None:
    """The shared PolNeAR copy next to the project, if this machine has one."""
    for candidate in (Path("/work/shared/data/polnear"), ROOT.parent / "shared" / "data" / "polnear"):
        if (candidate / "dev" / "attributions").is_dir() or (candidate / "data" / "dev" / "attributions").is_dir():
            return candidate
    return None
