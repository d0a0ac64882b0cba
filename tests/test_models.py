"""What ``load_model`` loads, and names read without the named-entity recogniser."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quoteattr import analyze, load_model
from quoteattr.lexicon import default_lexicon
from quoteattr.speakers.names import find_names


@pytest.mark.model
def test_the_default_trained_tier_leaves_out_the_recogniser() -> None:
    nlp = load_model()
    assert "ner" not in nlp.pipe_names and "parser" in nlp.pipe_names
    assert "ner" in load_model(ner=True).pipe_names


@pytest.mark.model
def test_a_pipeline_passed_in_keeps_its_recogniser(trained_nlp) -> None:
    assert "ner" in trained_nlp.pipe_names
    text = "“We will win this election, and we will win it by a wide margin,” said Defence Minister Karin Holm.\n\nShe left."
    with_ner = analyze(text, nlp=trained_nlp)
    without = analyze(text, nlp=load_model())
    assert [q.speaker.name for q in with_ner.quotes] == [q.speaker.name for q in without.quotes] == ["Karin Holm"]


def _names(words: list[str], **annotations) -> list[str]:
    return _person_names(Doc(spacy.blank("en").vocab, words=words, **annotations))


def _person_names(doc: Doc) -> list[str]:
    """The names the name finder reports with evidence of a person, as text."""
    text = doc.text
    names, _ = find_names(doc, default_lexicon(), [(0, len(text))], [t.text for t in doc], [t.idx for t in doc])
    return [text[m.name_start:m.end] for m in names if m.person_evidence]


def test_a_weekday_is_no_name_without_a_recogniser() -> None:
    words = ["Officials", "met", "Jane", "Tuesday", "Smith", "and", "Tom", "Brown", "."]
    tags = ["NNS", "VBD", "NNP", "NNP", "NNP", "CC", "NNP", "NNP", "."]
    assert any("Tuesday" in n for n in _names(words))  # the rules tier (no tags) is unchanged
    assert "Tom Brown" in _names(words, tags=tags)
    assert not any("Tuesday" in n for n in _names(words, tags=tags))


def test_a_recognisers_person_label_still_counts_when_the_pipeline_has_one() -> None:
    words = ["Okafor", "said", "it", "was", "over", "."]
    assert _names(words) == []  # without labels nothing says the capitalised first word is a person
    ents = dict(ents=["B-PERSON", "O", "O", "O", "O", "O"])
    assert _names(words, **ents) == ["Okafor"]  # a recogniser's label still counts when the pipeline has one


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister for Foreign Affairs Penny Wong spoke .", ["Penny Wong"]),  # AU
    ("Minister of State for Trade Dara Calleary spoke .", ["Dara Calleary"]),  # Irish
    ("Minister of External Affairs S. Jaishankar spoke .", ["S. Jaishankar"]),  # Indian
    ("Secretary of State for Health Wes Streeting spoke .", ["Wes Streeting"]),  # British
    ("Minister of Health Mark Holland spoke .", ["Mark Holland"]),  # Canadian
    ("Minister of Foreign Affairs John F. Kennedy spoke .", ["John F. Kennedy"]),  # a middle initial
    ("Minister for Tolerance Nahyan bin Mubarak spoke .", ["Nahyan bin Mubarak"]),  # a particle
    # no portfolio: a bill's name ends its "portfolio" in "of"
    ("They passed the Justice for Victims of Trafficking Act .", []),
])
def test_a_portfolio_between_title_and_name_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert _names(text.split()) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("President-elect Donald Trump spoke.", ["Donald Trump"]),  # US
    ("Prime Minister-designate Mark Carney spoke.", ["Mark Carney"]),  # Canadian
    ("Tánaiste Micheál Martin spoke.", ["Micheál Martin"]),  # Irish
    ("Chief Whip Alan Campbell spoke.", ["Alan Campbell"]),  # British
    ("Ayatollah Ali Khamenei spoke.", ["Ali Khamenei"]),  # wire
])
def test_titles_of_other_outlets_are_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert _person_names(spacy.blank("en")(text)) == expected  # the tokenizer's own split: "President", "-", "elect"

