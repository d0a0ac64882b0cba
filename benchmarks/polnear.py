"""Reading PolNeAR (Newell et al., LREC 2018) in its published layout, and converting it to gold JSONL.

Layout: ``<root>/<split>/text/<name>.txt`` and
``<root>/<split>/attributions/<name>_<annotator>.ann`` (brat standoff), where
*root* is the folder holding ``dev/`` (or ``data/dev/``). Annotation lines::

    T1<TAB>Source 89 106<TAB>The New York Post
    T3<TAB>Content 315 448;463 553<TAB>...          (discontinuous: ';'-separated pieces)
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1

Each ``E`` line is one attribution; its ``Content``/``Content2`` roles are the
content, ``Cue`` the cue, ``Source`` the source. ``Discuss``/``Discard`` are
annotators' notes and are ignored. Articles annotated by several annotators
are read from ONE annotator: the lexicographically first annotator id.

No article text ever leaves the user's corpus folder: nothing here is copied
into the project.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .gold import GoldDoc, GoldStatement, Spans

SPLITS = ("train", "dev", "test")


class PolnearError(ValueError):
    """The PolNeAR folder or an annotation file is not in the expected layout."""


@dataclass(frozen=True)
class TextBound:
    id: str
    label: str
    spans: Spans
    text: str


@dataclass(frozen=True)
class Attribution:
    """One ``E`` line resolved to its spans."""

    id: str
    label: str
    content: Spans
    cue: Spans | None
    source: Spans | None


def split_dir(root: str | Path, split: str) -> Path:
    """The folder of *split* under *root* (``root/split`` or ``root/data/split``)."""
    base = Path(root)
    for candidate in (base / split, base / "data" / split):
        if (candidate / "attributions").is_dir():
            return candidate
    raise PolnearError(
        f"no PolNeAR split {split!r} under {base}: expected {base / split / 'attributions'} "
        f"or {base / 'data' / split / 'attributions'}. Pass the folder that holds {split}/ (or data/{split}/)."
    )


def parse_spans(field: str) -> Spans:
    """``"315 448;463 553"`` -> ``((315, 448), (463, 553))``."""
    spans = []
    for piece in field.split(";"):
        start, end = piece.split()
        spans.append((int(start), int(end)))
    return tuple(spans)


def parse_ann(ann: str) -> list[Attribution]:
    """The attributions of one brat ``.ann`` text, in file order."""
    bounds: dict[str, TextBound] = {}
    events: list[tuple[str, list[str]]] = []
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        ident = cols[0]
        if len(cols) < 2 or not ident[1:].isdigit():
            continue  # the rest of a text that runs over a line break (its T line holds the offsets)
        try:
            if ident.startswith("T"):
                label, _, offsets = cols[1].partition(" ")
                bounds[ident] = TextBound(ident, label, parse_spans(offsets), cols[2] if len(cols) > 2 else "")
            elif ident.startswith("E"):
                events.append((ident, cols[1].split() if len(cols) > 1 else []))
        except (IndexError, ValueError) as err:
            raise PolnearError(f"annotation line {n} is not brat standoff: {line!r}") from err
    out = []
    for ident, args in events:
        roles: dict[str, list[TextBound]] = {}
        trigger = None
        for arg in args:
            role, _, ref = arg.partition(":")
            if ref not in bounds:
                raise PolnearError(f"{ident} refers to {ref!r}, which has no T line")
            if trigger is None:
                trigger = role
            roles.setdefault(role.rstrip("0123456789"), []).append(bounds[ref])
        content = tuple(sorted(s for tb in roles.get("Content", ()) for s in tb.spans))
        if not content:
            continue  # an attribution whose content was never marked
        cue = tuple(sorted(s for tb in roles.get("Cue", ()) for s in tb.spans)) or None
        source = tuple(sorted(s for tb in roles.get("Source", ()) for s in tb.spans)) or None
        out.append(Attribution(ident, trigger or "Attribution", content, cue, source))
    return out


def annotator_files(directory: Path) -> dict[str, Path]:
    """Article name -> its .ann file, choosing the lexicographically first annotator."""
    chosen: dict[str, tuple[str, Path]] = {}
    for path in sorted(directory.glob("*.ann")):
        name, _, annotator = path.stem.rpartition("_")
        if not name:
            name, annotator = path.stem, ""
        if name not in chosen or annotator < chosen[name][0]:
            chosen[name] = (annotator, path)
    return {name: path for name, (_, path) in chosen.items()}


def read_split(root: str | Path, split: str = "dev", *, limit: int | None = None,
               only: set[str] | None = None) -> list[GoldDoc]:
    """The articles of one PolNeAR split as gold documents, sorted by name (*only*: just these names).

    Statements carry no ``kind`` here (PolNeAR does not annotate it); the
    scorer classifies each by the quote marks in its content.
    """
    folder = split_dir(root, split)
    files = annotator_files(folder / "attributions")
    docs = []
    for name in sorted(files):
        if only is not None and name not in only:
            continue
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.is_file():
            raise PolnearError(f"{files[name].name} has no text file {text_path}")
        with open(text_path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        attributions = parse_ann(files[name].read_text(encoding="utf-8"))
        statements = tuple(
            GoldStatement(a.content, a.cue, a.source, None, None, a.label) for a in attributions
        )
        docs.append(GoldDoc(name, text, statements))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def iter_mismatches(root: str | Path, split: str) -> Iterator[str]:
    """Sanity check: T lines whose quoted text differs from the text file (should yield nothing)."""
    folder = split_dir(root, split)
    for name, path in sorted(annotator_files(folder / "attributions").items()):
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("T") and len(cols) > 2:
                spans = parse_spans(cols[1].partition(" ")[2])
                pieces = [text[s:e] for s, e in spans]
                if " ".join(pieces) != cols[2] and "".join(pieces) != cols[2]:
                    yield f"{path.name} {cols[0]}"


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.polnear ROOT SPLIT OUT.jsonl``: convert a split to gold JSONL."""
    import argparse

    from .gold import write_jsonl

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("root")
    parser.add_argument("split", choices=SPLITS)
    parser.add_argument("out")
    args = parser.parse_args(argv)
    docs = read_split(args.root, args.split)
    write_jsonl(docs, args.out)
    print(f"{len(docs)} documents, {sum(len(d.statements) for d in docs)} statements -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
