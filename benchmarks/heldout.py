"""Fixed article lists: the held-out slice of PolNeAR train and the 20-article gate subset of dev.

Both lists are drawn once, with a fixed seed, from the corpus's ``metadata.tsv``
and committed as article IDs (never texts) under ``benchmarks/data/``:

* ``train-slice.txt``: 21 articles of each of PolNeAR's 7 publishers from the
  train split (147 articles), the same even spread over publishers as the dev
  split (12 each). No rule is written from these articles and nobody reads their
  errors; the benchmark scores them beside the development split.
* ``gate-dev.txt``: 20 articles of the dev split (3 per publisher, one
  publisher 2), scored by the accuracy-floor tests (``tests/test_accuracy_floor.py``).

Redraw (prints the same lists; ``--write`` overwrites them)::

    python -m benchmarks.heldout --polnear ../shared/data/polnear
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path
from typing import Sequence

from .gold import GoldDoc
from .polnear import read_split

DATA = Path(__file__).resolve().parent / "data"
SLICE_FILE = DATA / "train-slice.txt"
GATE_FILE = DATA / "gate-dev.txt"
#: seeds of the two draws (changing one changes the committed list: do not)
SLICE_SEED, GATE_SEED = 16, 1016
SLICE_PER_PUBLISHER = 21
GATE_SIZE = 20


def publishers(polnear_root: str | Path, split: str) -> dict[str, list[str]]:
    """Publisher -> the article names of *split*, sorted, from ``metadata.tsv``."""
    root = Path(polnear_root)
    meta = next((p for p in (root / "metadata.tsv", root / "data" / "metadata.tsv") if p.is_file()), None)
    if meta is None:
        raise FileNotFoundError(f"no metadata.tsv in {root} or {root / 'data'}")
    out: dict[str, list[str]] = {}
    with open(meta, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["compartment"] == split:
                out.setdefault(row["publisher"], []).append(row["filename"])
    return {pub: sorted(names) for pub, names in sorted(out.items())}


def draw_slice(polnear_root: str | Path) -> list[str]:
    """21 train articles per publisher, drawn with SLICE_SEED."""
    rng = random.Random(SLICE_SEED)
    chosen: list[str] = []
    for _, names in publishers(polnear_root, "train").items():
        chosen += rng.sample(names, SLICE_PER_PUBLISHER)
    return sorted(chosen)


def draw_gate(polnear_root: str | Path) -> list[str]:
    """20 dev articles: 3 per publisher in a seeded order, the last publisher in that order gives 2."""
    rng = random.Random(GATE_SEED)
    by_pub = publishers(polnear_root, "dev")
    order = sorted(by_pub)
    rng.shuffle(order)
    chosen: list[str] = []
    for k, pub in enumerate(order):
        chosen += rng.sample(by_pub[pub], 3 if k < len(order) - 1 else GATE_SIZE - 3 * (len(order) - 1))
    return sorted(chosen)


def read_ids(path: Path) -> list[str]:
    """The article IDs of a committed list (``#`` comments and blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def read_listed(polnear_root: str | Path, split: str, path: Path) -> list[GoldDoc]:
    """The gold documents of *split* named in the list at *path*, in the list's order."""
    ids = read_ids(path)
    by_id = {d.id: d for d in read_split(polnear_root, split, only=set(ids))}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise FileNotFoundError(f"{len(missing)} articles of {path.name} are not in the {split} split, "
                                f"e.g. {missing[0]}")
    return [by_id[i] for i in ids]


HEADER = {
    SLICE_FILE: "# PolNeAR train articles held out from rule writing (see README.md here); drawn by\n"
                "# benchmarks/heldout.py: 21 per publisher, random.Random({seed}).\n",
    GATE_FILE: "# PolNeAR dev articles scored by tests/test_accuracy_floor.py; drawn by benchmarks/heldout.py:\n"
               "# 3 per publisher (one gives 2), random.Random({seed}).\n",
}


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.heldout", description=__doc__.split("\n\n")[0])
    p.add_argument("--polnear", required=True, help="PolNeAR folder (holding metadata.tsv and train/, dev/)")
    p.add_argument("--write", action="store_true", help="overwrite the committed lists")
    args = p.parse_args(argv)
    for path, ids, seed in ((SLICE_FILE, draw_slice(args.polnear), SLICE_SEED),
                            (GATE_FILE, draw_gate(args.polnear), GATE_SEED)):
        if args.write:
            path.write_text(HEADER[path].format(seed=seed) + "\n".join(ids) + "\n", encoding="utf-8")
        same = path.is_file() and read_ids(path) == ids
        print(f"{path.name}: {len(ids)} articles{' (written)' if args.write else ''}; "
              f"{'matches' if same else 'differs from'} the committed list")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
