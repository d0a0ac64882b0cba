"""Regression-table rows on both tiers: each row once per tier, known gaps as strict xfails."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

TIERS = ("rules", "trained")


def params(rows: list[Any]) -> Iterator[Any]:
    """Each row on each tier (for the ``tier`` fixture of conftest.py); the trained tier is ``model``-marked.

    A row has an ``id`` and an ``xfail`` dict (tier -> reason) of the tiers that get it wrong.
    """
    for row in rows:
        for name in TIERS:
            marks = [pytest.mark.model] if name == "trained" else []
            if name in row.xfail:
                marks.append(pytest.mark.xfail(reason=row.xfail[name], strict=True))
            yield pytest.param(row, name, id=f"{row.id}-{name}", marks=marks)
