"""The result model: frozen dataclasses and their exact JSON (``quoteattr.result``)."""

from __future__ import annotations

import dataclasses
import json

import pytest
from spacy.language import Language

from quoteattr import Analysis, Person, Quote, Span, Speaker, analyze

TEXT = "\u201cWe will,\u201d Smith said, \u201cwin.\u201d"


def sample_quote() -> Quote:
    return Quote(
        kind="direct",
        content=Span.of(TEXT, 1, 28),
        fragments=(Span.of(TEXT, 1, 9), Span.of(TEXT, 24, 28)),
        cue=Span.of(TEXT, 17, 21),
        speaker=Speaker(Span.of(TEXT, 11, 16), "Smith", 0),
        confidence=0.9,
        flags=("modal",),
    )


def test_span_of_slices_the_source() -> None:
    span = Span.of(TEXT, 11, 16)
    assert span == Span(11, 16, "Smith")
    assert TEXT[span.start:span.end] == span.text


def test_classes_are_frozen() -> None:
    q = sample_quote()
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.kind = "indirect"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.content.start = 3  # type: ignore[misc]


def test_quote_json_has_exactly_the_documented_keys() -> None:
    d = sample_quote().to_dict()
    assert list(d) == ["kind", "content", "fragments", "cue", "speaker", "confidence", "flags"]
    assert list(d["content"]) == ["start", "end", "text"]
    assert list(d["cue"]) == ["start", "end", "text"]
    assert list(d["speaker"]) == ["mention", "name", "entity", "mention_type", "sieve"]
    assert list(d["speaker"]["mention"]) == ["start", "end", "text"]
    assert d == {
        "kind": "direct",
        "content": {"start": 1, "end": 28, "text": TEXT[1:28]},
        "fragments": [[1, 9], [24, 28]],
        "cue": {"start": 17, "end": 21, "text": "said"},
        "speaker": {"mention": {"start": 11, "end": 16, "text": "Smith"}, "name": "Smith", "entity": 0,
                    "mention_type": None, "sieve": None},
        "confidence": 0.9,
        "flags": ["modal"],
    }


def test_quote_round_trip_through_json() -> None:
    q = sample_quote()
    assert Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q


def test_fragments_get_their_text_back_from_the_content() -> None:
    q = Quote.from_dict(sample_quote().to_dict())
    assert [f.text for f in q.fragments] == ["We will,", "win."]


def test_null_cue_and_speaker() -> None:
    q = Quote("direct", Span.of(TEXT, 1, 9), (Span.of(TEXT, 1, 9),), None, None, 0.2)
    d = q.to_dict()
    assert d["cue"] is None and d["speaker"] is None and d["flags"] == []
    assert Quote.from_dict(d) == q


def test_speaker_without_mention_or_name() -> None:
    sp = Speaker(None, None, None)
    assert sp.to_dict() == {"mention": None, "name": None, "entity": None, "mention_type": None, "sieve": None}
    assert Speaker.from_dict(sp.to_dict()) == sp
    inherited = Speaker(None, "Smith", 3)
    assert Speaker.from_dict(json.loads(json.dumps(inherited.to_dict()))) == inherited


def test_json_of_schema_1_0_still_loads() -> None:
    """Speakers and people written before schema 1.1 have no mention type, sieve, kind, titles or gender."""
    old_speaker = {"mention": {"start": 11, "end": 16, "text": "Smith"}, "name": "Smith", "entity": 0}
    assert Speaker.from_dict(old_speaker) == Speaker(Span.of(TEXT, 11, 16), "Smith", 0, None, None)
    old_person = {"entity": 0, "name": "Smith", "mentions": [{"start": 11, "end": 16, "text": "Smith"}]}
    assert Person.from_dict(old_person) == Person(0, "Smith", (Span.of(TEXT, 11, 16),), "person", (), (), None)


@pytest.mark.parametrize("tier", ["rules", pytest.param("trained", marks=pytest.mark.model)], indirect=True)
def test_speakers_say_how_they_were_resolved(tier: Language) -> None:
    text = ("Mayor Elena Marsh opened the bridge on Monday. The mayor said that traffic would ease. "
            "She added that tolls would stay. Officials said that the road would reopen.")
    r = analyze(text, nlp=tier)
    got = [(q.speaker.mention_type, q.speaker.sieve) for q in r.quotes if q.speaker is not None]
    assert got == [("title", "role"), ("pronoun", "pronoun"), ("none", "group")]
    (marsh,) = [p for p in r.people if p.name == "Elena Marsh"]
    assert (marsh.kind, marsh.titles, marsh.gender) == ("person", ("mayor",), "f")
    assert [p.kind for p in r.people if p.name is None] == ["group"]


def test_from_dict_without_flags_defaults_to_none() -> None:
    d = sample_quote().to_dict()
    del d["flags"]
    assert Quote.from_dict(d).flags == ()


def test_person_and_analysis_round_trip() -> None:
    person = Person(0, "Smith", (Span.of(TEXT, 11, 16),), "person", ("minister",), ("Kazakhstan",), "m")
    assert person.to_dict() == {
        "entity": 0, "name": "Smith", "mentions": [{"start": 11, "end": 16, "text": "Smith"}],
        "kind": "person", "titles": ["minister"], "countries": ["Kazakhstan"], "gender": "m",
    }
    analysis = Analysis((sample_quote(),), (person, Person(1, None, ())))
    d = analysis.to_dict()
    assert list(d) == ["quotes", "people"]
    assert Analysis.from_dict(json.loads(json.dumps(d))) == analysis


BOTH = [pytest.param("rules"), pytest.param("trained", marks=pytest.mark.model)]



@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_engine_results_round_trip(tier: Language) -> None:
    text = (
        "Antony J. Blinken arrived in Astana. \u201cWe will,\u201d he said, \u201cwin.\u201d\n\n"
        "The minister said that taxes would fall, according to officials.\n"
        "The so-called \u201creset\u201d failed. Smith did not say whether he would run."
    )
    analysis = analyze(text, nlp=tier, keep_scare_quotes=True)
    assert analysis.quotes
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis
    for q in analysis.quotes:
        assert text[q.content.start:q.content.end] == q.content.text
        assert q.kind in ("direct", "indirect", "mixed")
        assert 0.0 <= q.confidence <= 1.0
        assert isinstance(q.fragments, tuple) and isinstance(q.flags, tuple)


# ------------------------------------------------------------------ Quote.text, speaker_name, split

def _interrupted_quote() -> tuple[str, Quote]:
    text = "“We will,” Ms Hughes told MPs. “We will win.”"
    first, second = Span.of(text, 1, 9), Span.of(text, 32, 44)
    return text, Quote("direct", Span.of(text, 1, 44), (first, second), Span.of(text, 21, 25),
                       Speaker(Span.of(text, 11, 20), "Jane Hughes", 0), 0.9, ("modal",))


def test_quote_text_leaves_out_the_attribution() -> None:
    _, q = _interrupted_quote()
    assert "told" in q.content.text
    assert q.text == "We will, … We will win."
    single = Quote("indirect", Span(0, 3, "abc"), (Span(0, 3, "abc"),), None, None, 0.5)
    assert single.text == "abc"
    assert Quote("direct", Span(0, 3, "abc"), (), None, None, 0.5).text == "abc"


def test_speaker_name_is_safe_without_a_speaker() -> None:
    _, q = _interrupted_quote()
    assert q.speaker_name == "Jane Hughes"
    assert Quote("direct", Span(0, 3, "abc"), (), None, None, 0.5).speaker_name is None
    assert Quote("direct", Span(0, 3, "abc"), (), None, Speaker(Span(0, 1, "a"), None, 0), 0.5).speaker_name is None


def test_split_gives_one_quote_per_passage_keeping_the_speaker() -> None:
    text, q = _interrupted_quote()
    parts = q.split()
    assert [p.text for p in parts] == ["We will,", "We will win."]
    for p in parts:
        assert text[p.content.start:p.content.end] == p.content.text
        assert (p.kind, p.cue, p.speaker, p.confidence, p.flags) == (q.kind, q.cue, q.speaker, q.confidence, q.flags)
        assert p.fragments == (p.content,)
    indirect = Quote("indirect", q.content, q.fragments, q.cue, q.speaker, 0.5)
    assert indirect.split() == (indirect,)
    analysis = Analysis((q, indirect), ())
    assert len(analysis.split().quotes) == 3 and analysis.split().people == ()
