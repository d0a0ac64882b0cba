"""Tools for making the PolNeAR dev name layer (``benchmarks/data/polnear-dev-names.tsv``) by hand.

The layer is written by a person (or an AI helper) READING each article; this
module only shows the article and files the decisions, it never decides one.

    python -m benchmarks.make_names order  ROOT            # the articles in the layer's (seeded) order
    python -m benchmarks.make_names show   ROOT ARTICLE    # the article, chosen sources marked ⟦E3 he⟧
    python -m benchmarks.make_names add    ROOT ARTICLE < decisions

``show`` marks every chosen source in the text as ``⟦E3 he⟧`` (other sources
as ``⟨E4 Trump⟩``), then prints one draft decision line per chosen
attribution. A decision line is::

    E3 p P Hillary Clinton          mention type, entity kind, canonical name
    E7 r O the Trump campaign|Trump campaign   (organisation; '|' adds an accepted alias)
    E9 g -                          generic / unnamed source: no name

mention types: n name, p pronoun, r role noun, t title alone, g generic
(none-like); entity kinds: P person, O organisation, G group of named people
(e.g. "the Clintons"), ``-`` none. ``add`` checks the ids, adds the offsets and
source text from the corpus and appends the rows to the layer (replacing the
article's rows if it was already there).

Which attributions are chosen (fixed, before reading): every attribution with
a source whose last word is not capitalised or that is a pronoun (pronouns and
role nouns: "he", "the senator", "the White House official"), and of the
others (sources ending in a capitalised word: names) those whose
``sha1("<article>/<E id>")`` falls under :data:`NAME_SAMPLE` — a random sample
that does not depend on the order of work.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from pathlib import Path

from .names import NAME_SAMPLE
from .polnear import annotator_files, parse_ann, split_dir

LAYER = Path(__file__).resolve().parent / "data" / "polnear-dev-names.tsv"
COLUMNS = ("article", "annotator", "attribution", "source_start", "source_end", "source_text",
           "selected", "mention_type", "entity_kind", "canonical_name", "aliases")
MENTION_CODES = {"n": "name", "p": "pronoun", "r": "role", "t": "title", "g": "none"}
KIND_CODES = {"P": "person", "O": "organisation", "G": "group", "-": ""}
#: Seed of the order in which articles are annotated (a prefix of it is a random sample of articles).
ORDER_SEED = 12
PRONOUNS = frozenset(
    "i me my we us our you your he him his she her they them their it its who whom whose which that "
    "this these those one someone somebody anyone everyone".split())


def articles(root: str | Path) -> dict[str, Path]:
    return annotator_files(split_dir(root, "dev") / "attributions")


def order(root: str | Path) -> list[str]:
    names = sorted(articles(root))
    random.Random(ORDER_SEED).shuffle(names)
    return names


def is_name_like(source: str) -> bool:
    """A source whose last word starts with a capital letter and that is not a pronoun."""
    words = re.findall(r"[\w’'.-]+", source)
    if not words or source.strip().lower() in PRONOUNS:
        return False
    last = re.sub(r"(’s|'s|’|')$", "", words[-1])
    return last[:1].isupper()


def sampled(article: str, eid: str) -> bool:
    digest = hashlib.sha1(f"{article}/{eid}".encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF < NAME_SAMPLE


def chosen(root: str | Path, article: str) -> tuple[str, str, list[tuple[object, str, str]]]:
    """(annotator, text, [(attribution, source text, selected-reason)]) for every attribution with a source."""
    path = articles(root)[article]
    folder = split_dir(root, "dev")
    text = (folder / "text" / f"{article}.txt").read_text(encoding="utf-8")
    annotator = path.stem.rpartition("_")[2]
    out = []
    for a in parse_ann(path.read_text(encoding="utf-8")):
        if not a.source:
            continue
        src = " ".join(text[s:e] for s, e in a.source)
        if not is_name_like(src):
            out.append((a, src, "all"))
        elif sampled(article, a.id):
            out.append((a, src, "sample"))
        else:
            out.append((a, src, ""))
    return annotator, text, out


def guess(text: str, src: str) -> str:
    """A draft name for a name-like source: the longest capitalised run in the text ending in its last word."""
    words = re.findall(r"[\w’'.-]+", src)
    if not words:
        return "?"
    last = re.sub(r"(’s|'s|’|')$", "", words[-1])
    runs = re.findall(r"(?:[A-Z][\w’'.-]* +){0,3}" + re.escape(last) + r"\b", text)
    best = max(runs, key=len, default=src)
    return re.sub(r"^(The|Mr\.|Mrs\.|Ms\.|Dr\.)\s+", "", best).strip()


def show(root: str, article: str) -> None:
    annotator, text, rows = chosen(root, article)
    marks = []
    for a, src, why in rows:
        s, e = a.source[0][0], a.source[-1][1]
        marks.append((s, e, f"⟦{a.id} " if why else f"⟨{a.id} ", "⟧" if why else "⟩"))
    out, pos = [], 0
    for s, e, open_, close in sorted(marks):
        if s < pos:
            continue
        out.append(text[pos:s] + open_ + text[s:e] + close)
        pos = e
    out.append(text[pos:])
    print(f"=== {article} ({annotator}) ===")
    print("".join(out))
    print("--- draft ---")
    for a, src, why in rows:
        if why:
            draft = f"n P {guess(text, src)}" if is_name_like(src) else "? ? ?"
            s, e = a.source[0][0], a.source[-1][1]
            near = " ".join(text[max(0, s - 70):e + 25].split())
            print(f"{a.id} {draft}    # {src!r} ({why}) …{near}…")


def read_layer(path: Path = LAYER) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line.strip()]


def write_layer(rows: list[dict[str, str]], path: Path = LAYER) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r[c] for c in COLUMNS) + "\n")


def add(root: str, article: str, decisions: str) -> int:
    annotator, text, rows = chosen(root, article)
    by_id = {a.id: (a, src, why) for a, src, why in rows}
    new = []
    for line in decisions.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 3)
        eid, mtype, kind = parts[0], parts[1], parts[2]
        name = parts[3].strip() if len(parts) > 3 else "-"
        if eid not in by_id or mtype not in MENTION_CODES or kind not in KIND_CODES:
            raise SystemExit(f"bad decision line: {line!r}")
        a, src, why = by_id[eid]
        canonical, _, aliases = ("" if name == "-" else name).partition("|")
        if (kind == "-") != (canonical == ""):
            raise SystemExit(f"entity kind and name disagree: {line!r}")
        new.append({
            "article": article, "annotator": annotator, "attribution": eid,
            "source_start": str(a.source[0][0]), "source_end": str(a.source[-1][1]),
            "source_text": src.replace("\t", " ").replace("\n", " "), "selected": why or "extra",
            "mention_type": MENTION_CODES[mtype], "entity_kind": KIND_CODES[kind],
            "canonical_name": canonical.strip(), "aliases": aliases.strip(),
        })
    missing = [a.id for a, _, why in rows if why and a.id not in {r["attribution"] for r in new}]
    if missing:
        raise SystemExit(f"{article}: no decision for {missing}")
    layer = [r for r in read_layer() if r["article"] != article] + new
    rank = {name: i for i, name in enumerate(order(root))}
    layer.sort(key=lambda r: (rank.get(r["article"], 1 << 30), int(r["attribution"][1:])))
    write_layer(layer)
    return len(new)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[0] == "order":
        done = {r["article"] for r in read_layer()}
        for i, name in enumerate(order(args[1])):
            print(i, name, "done" if name in done else "")
    elif args[0] == "show":
        show(args[1], args[2])
    elif args[0] == "add":
        print(add(args[1], args[2], sys.stdin.read()), "rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
