"""The systems' adapters: quoteattr Quotes and textacy tokens as scorer Predictions, failures counted."""

from __future__ import annotations

import pytest
import spacy

import bench_path  # noqa: F401
from benchmarks import systems
from quoteattr.result import Quote, Span, Speaker


def test_from_quote_uses_fragments_and_mention() -> None:
    text = "“We will,” she said, “win.”"
    q = Quote("direct", Span.of(text, 1, 25), (Span.of(text, 1, 9), Span.of(text, 21, 25)),
              Span.of(text, 15, 19), Speaker(Span.of(text, 11, 14), "Ann Lee", 0), 0.9)
    p = systems.from_quote(q)
    assert p.content == ((1, 9), (21, 25)) and p.cue == ((15, 19),) and p.source == ((11, 14),)
    assert (p.speaker_name, p.kind, p.confidence) == ("Ann Lee", "direct", 0.9)


def test_token_spans_merge_neighbours() -> None:
    doc = spacy.blank("en")("the prime minister has said")
    assert systems.token_spans([doc[2], doc[1], doc[4]]) == ((4, 18), (23, 27))


def test_failures_are_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = spacy.blank("en")
    texts = ["One text.", "Another text."]

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine failure")

    monkeypatch.setattr(systems, "analyze_doc", boom)
    monkeypatch.setattr(systems, "attribute_many", boom)
    monkeypatch.setattr(systems, "attribute", boom)
    trained = systems.quoteattr_trained([nlp(t) for t in texts], ["a", "b"])
    rules = systems.quoteattr_rules(texts, ["a", "b"], nlp)
    for run in (trained, rules):
        assert run.predictions == [[], []]
        assert run.failed_docs == ["a", "b"]
        assert run.errors[0] == "RuntimeError: engine failure"


def test_textacy_failures_are_counted() -> None:
    pytest.importorskip("textacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    run = systems.textacy_run([nlp('He said "one thing. And " more "'), nlp("No quotes here.")], ["odd", "none"])
    assert run.failed_docs == ["odd"] and run.predictions[1] == []
