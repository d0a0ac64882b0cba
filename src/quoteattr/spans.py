"""The results as spaCy spans: ``doc.spans["quotes"]``, ``["quote_speakers"]`` and ``["quote_cues"]``.

``doc._.quotes`` holds plain data (it needs ``DocBin(store_user_data=True)``);
these SpanGroups are spaCy's own home for spans, the way ``SpanRuler`` and
``spancat`` hand theirs over: they survive a plain ``DocBin`` and displaCy
draws them (``displacy.render(doc, style="span", options={"spans_key": "quotes"})``).

- ``doc.spans["quotes"]``: each statement's own words, one span per fragment
  (an interrupted quote gives two), labelled with its kind (``direct``,
  ``indirect``, ``mixed``);
- ``doc.spans["quote_speakers"]``: the speaker mention of each statement that
  has one, labelled ``SPEAKER``, its ``kb_id_`` the resolved name ("" when none);
- ``doc.spans["quote_cues"]``: the cue of each statement that has one, labelled ``CUE``.

The spans of statement *i* share the span id ``quote-i`` (``span.id_``), and
Span extensions tie them together: ``span._.quote_cue``, ``span._.quote_speaker``
(the partner spans, or None) and ``span._.speaker_name`` (a str or None). The
extensions are getters over the SpanGroups, so they work on a Doc read back
from a plain DocBin. Spans are token-aligned: a span covers the tokens its
characters touch (``alignment_mode="expand"``); exact character offsets stay
in ``doc._.quotes``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .result import Analysis

QUOTES_KEY = "quotes"
SPEAKERS_KEY = "quote_speakers"
CUES_KEY = "quote_cues"
SPEAKER_LABEL = "SPEAKER"
CUE_LABEL = "CUE"
#: The Span extensions this module installs (``span._.NAME``).
SPAN_EXTENSIONS = ("quote_cue", "quote_speaker", "speaker_name")


def span_id(index: int) -> str:
    """The span id shared by the spans of statement *index*."""
    return f"quote-{index}"


def _partner(span: Span, key: str) -> Span | None:
    """The span of *key* that belongs to the same statement as *span*, or None."""
    if not span.id or key not in span.doc.spans:
        return None
    return next((s for s in span.doc.spans[key] if s.id == span.id), None)


def _quote_cue(span: Span) -> Span | None:
    return _partner(span, CUES_KEY)


def _quote_speaker(span: Span) -> Span | None:
    return _partner(span, SPEAKERS_KEY)


def _speaker_name(span: Span) -> str | None:
    speaker = _partner(span, SPEAKERS_KEY)
    return speaker.kb_id_ or None if speaker is not None else None


_GETTERS = {"quote_cue": _quote_cue, "quote_speaker": _quote_speaker, "speaker_name": _speaker_name}


def install_span_extensions() -> None:
    """Register ``span._.quote_cue``, ``span._.quote_speaker`` and ``span._.speaker_name``; safe to call again."""
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_GETTERS[name])


def _span(doc: Doc, start: int, end: int, label: str, index: int, kb_id: str = "") -> Span | None:
    return doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id(index), alignment_mode="expand")


def set_spans(doc: Doc, analysis: Analysis) -> None:
    """Write *analysis* (offsets into ``doc.text``) into the three SpanGroups of *doc*, replacing what was there."""
    install_span_extensions()
    quotes: list[Span] = []
    speakers: list[Span] = []
    cues: list[Span] = []
    for i, q in enumerate(analysis.quotes):
        for frag in q.fragments or (q.content,):
            span = _span(doc, frag.start, frag.end, q.kind, i)
            if span is not None:
                quotes.append(span)
        mention = q.speaker.mention if q.speaker is not None else None
        if mention is not None:
            span = _span(doc, mention.start, mention.end, SPEAKER_LABEL, i, q.speaker_name or "")
            if span is not None:
                speakers.append(span)
        if q.cue is not None:
            span = _span(doc, q.cue.start, q.cue.end, CUE_LABEL, i)
            if span is not None:
                cues.append(span)
    doc.spans[QUOTES_KEY] = quotes
    doc.spans[SPEAKERS_KEY] = speakers
    doc.spans[CUES_KEY] = cues


__all__ = ["set_spans", "install_span_extensions", "span_id", "QUOTES_KEY", "SPEAKERS_KEY", "CUES_KEY",
           "SPEAKER_LABEL", "CUE_LABEL", "SPAN_EXTENSIONS"]
