"""The generic gold format: one JSON document per line (see ``docs/gold-format.md``).

A :class:`GoldDoc` is a text and its statements; a :class:`GoldStatement` holds
content / cue / source spans as lists of ``(start, end)`` character offsets
(several pairs for a discontinuous span) and, where known, the speaker's
resolved name. Any corpus enters the benchmarks through this format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

Spans = tuple[tuple[int, int], ...]

KINDS = ("direct", "indirect", "mixed")


class GoldFormatError(ValueError):
    """A gold JSONL line does not follow docs/gold-format.md."""


@dataclass(frozen=True)
class GoldStatement:
    """One annotated statement (PolNeAR: one attribution)."""

    content: Spans
    cue: Spans | None = None
    source: Spans | None = None
    speaker_name: str | None = None
    kind: str | None = None
    #: free-form label of the annotation, e.g. "Attribution" or "Attribution-no-source".
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "content": [list(s) for s in self.content],
            "cue": [list(s) for s in self.cue] if self.cue else None,
            "source": [list(s) for s in self.source] if self.source else None,
            "speaker_name": self.speaker_name,
            "kind": self.kind,
            **({"label": self.label} if self.label else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldStatement:
        kind = data.get("kind")
        if kind is not None and kind not in KINDS:
            raise GoldFormatError(f"statement kind {kind!r} is not one of {KINDS} or null")
        return cls(
            content=_spans(data["content"], "content"),
            cue=_spans(data["cue"], "cue") if data.get("cue") else None,
            source=_spans(data["source"], "source") if data.get("source") else None,
            speaker_name=data.get("speaker_name"),
            kind=kind,
            label=data.get("label"),
        )


@dataclass(frozen=True)
class GoldDoc:
    """A text and its gold statements."""

    id: str
    text: str
    statements: tuple[GoldStatement, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "statements": [s.to_dict() for s in self.statements]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldDoc:
        text = data["text"]
        doc = cls(str(data["id"]), text, tuple(GoldStatement.from_dict(s) for s in data["statements"]))
        check_offsets(doc)
        return doc


def _spans(value: Any, what: str) -> Spans:
    try:
        spans = tuple((int(s), int(e)) for s, e in value)
    except (TypeError, ValueError) as err:
        raise GoldFormatError(f"{what} must be a list of [start, end] pairs, got {value!r}") from err
    if not spans:
        raise GoldFormatError(f"{what} must hold at least one [start, end] pair (or be null)")
    return spans


def check_offsets(doc: GoldDoc) -> None:
    """Raise GoldFormatError when a span lies outside the text or is empty/reversed."""
    n = len(doc.text)
    for st in doc.statements:
        for what, spans in (("content", st.content), ("cue", st.cue), ("source", st.source)):
            for s, e in spans or ():
                if not 0 <= s < e <= n:
                    raise GoldFormatError(f"document {doc.id}: {what} span ({s}, {e}) is outside 0..{n} or empty")


def read_jsonl(path: str | Path) -> list[GoldDoc]:
    """All documents of a gold JSONL file."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                docs.append(GoldDoc.from_dict(json.loads(line)))
            except (KeyError, json.JSONDecodeError) as err:
                raise GoldFormatError(f"{path}, line {n}: {err}") from err
    return docs


def write_jsonl(docs: Iterable[GoldDoc], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")


def iter_texts(docs: Iterable[GoldDoc]) -> Iterator[str]:
    for doc in docs:
        yield doc.text
