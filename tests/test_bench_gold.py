"""The gold JSONL format and the project's hand-annotated set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bench_path  # noqa: F401
from benchmarks import make_handset
from benchmarks.gold import GoldDoc, GoldFormatError, GoldStatement, read_jsonl, write_jsonl


def test_roundtrip(tmp_path: Path) -> None:
    doc = GoldDoc("a", "Smith said hello.", (GoldStatement(((11, 16),), ((6, 10),), ((0, 5),), "Al Smith", "indirect"),))
    write_jsonl([doc], tmp_path / "g.jsonl")
    assert read_jsonl(tmp_path / "g.jsonl") == [doc]


@pytest.mark.parametrize("statement", [
    {"content": [[5, 99]], "cue": None, "source": None, "speaker_name": None, "kind": None},
    {"content": [], "cue": None, "source": None, "speaker_name": None, "kind": None},
    {"content": [[0, 3]], "cue": None, "source": None, "speaker_name": None, "kind": "quoted"},
    {"content": "0-3"},
])
def test_bad_lines_raise(tmp_path: Path, statement: dict) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Some text.", "statements": [statement]}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        read_jsonl(path)


def test_handset_is_in_sync_with_its_generator() -> None:
    assert read_jsonl(make_handset.OUT) == make_handset.build()


def test_handset_covers_the_patterns() -> None:
    docs = read_jsonl(make_handset.OUT)
    assert 15 <= len(docs) <= 25
    statements = [st for d in docs for st in d.statements]
    assert {st.kind for st in statements} == {"direct", "indirect", "mixed"}
    assert sum(st.speaker_name is not None for st in statements) >= len(statements) - 1
    assert any(len(st.content) > 1 for st in statements)  # interrupted / multi-paragraph quotes
    texts = "\n".join(d.text for d in docs)
    for mark in "«„‘\"‹“":
        assert mark in texts
    for phrase in ("according to", "in his words", "noted the importance", "expressing gratitude", "said that",
                   "added that", "The Brazilian leader", "the minister said"):
        assert phrase in texts


def test_handset_spans_are_clean() -> None:
    for doc in read_jsonl(make_handset.OUT):
        for st in doc.statements:
            for s, e in (*st.content, *(st.cue or ()), *(st.source or ())):
                piece = doc.text[s:e]
                assert piece == piece.strip(), (doc.id, piece)
