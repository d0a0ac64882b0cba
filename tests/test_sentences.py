"""Sentence segmentation that knows quotes (``quoteattr.text.sentences``)."""

from __future__ import annotations

import pytest

from quoteattr.lexicon import Lexicon
from quoteattr.text.marks import find_regions, paragraphs
from quoteattr.text.sentences import split_sentences


def sentences(text: str, lexicon: Lexicon | None = None) -> list[str]:
    paras = paragraphs(text)
    bounds = split_sentences(text, paras, find_regions(text, paras), lexicon or Lexicon.default())
    return [text[s:e] for s, e in bounds]


CASES = [
    pytest.param("He left. She stayed.", ["He left.", "She stayed."], id="plain"),
    pytest.param("Did he leave? Yes! He did.", ["Did he leave?", "Yes!", "He did."], id="question-exclamation"),
    pytest.param("Prices rose 5 per cent. 2024 was worse.", ["Prices rose 5 per cent.", "2024 was worse."], id="digit-start"),
    pytest.param("He waited\u2026 Then he left.", ["He waited\u2026", "Then he left."], id="ellipsis"),
    pytest.param("the deal is off. the talks failed.", ["the deal is off. the talks failed."], id="lower-case-next"),
    # no boundary inside a quote
    pytest.param("\u201cWe won. We will win again,\u201d he said.", ["\u201cWe won. We will win again,\u201d he said."],
                 id="inside-quote"),
    pytest.param("\u00abWe won. Really! Again?\u00bb he asked.", ["\u00abWe won. Really! Again?\u00bb he asked."],
                 id="inside-guillemets"),
    # none between a closing mark and its attribution
    pytest.param("\u201cWe won.\u201d Smith said.", ["\u201cWe won.\u201d Smith said."], id="attribution-name"),
    pytest.param("\u201cWe won!\u201d the minister told reporters. Then she left.",
                 ["\u201cWe won!\u201d the minister told reporters.", "Then she left."], id="attribution-role"),
    pytest.param("\u201cWe won.\u201d Smith told reporters on Monday. He left.",
                 ["\u201cWe won.\u201d Smith told reporters on Monday.", "He left."], id="attribution-told"),
    # but a boundary before a clause that introduces the next quote ("She adds, “…”")
    pytest.param("He called it \u201ca rigged system.\u201d She adds, \u201cWho loses a billion?\u201d",
                 ["He called it \u201ca rigged system.\u201d", "She adds, \u201cWho loses a billion?\u201d"],
                 id="attribution-of-next-quote-us"),
    pytest.param("The MP called it \u201ca shambles.\u201d Ms Rayner said: \u201cWe will vote it down.\u201d",
                 ["The MP called it \u201ca shambles.\u201d", "Ms Rayner said: \u201cWe will vote it down.\u201d"],
                 id="attribution-of-next-quote-uk"),
    pytest.param("\u201cWe won.\u201d Smith said, smiling.", ["\u201cWe won.\u201d Smith said, smiling."],
                 id="attribution-comma-no-quote"),
    pytest.param("\u201cWe won.\u201d The crowd cheered.", ["\u201cWe won.\u201d", "The crowd cheered."],
                 id="no-attribution"),
    pytest.param("He said: \u201cWe won.\u201d Then he left.", ["He said: \u201cWe won.\u201d", "Then he left."],
                 id="after-closing-mark"),
    # abbreviations and initials
    pytest.param("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."],
                 id="honorifics"),
    pytest.param("Antony J. Blinken arrived. He spoke.", ["Antony J. Blinken arrived.", "He spoke."], id="initial"),
    pytest.param("J. R. R. Tolkien wrote it. Sales rose.", ["J. R. R. Tolkien wrote it.", "Sales rose."],
                 id="initials"),
    pytest.param("Deputy CM D.K. Shivakumar arrived. He spoke.", ["Deputy CM D.K. Shivakumar arrived.", "He spoke."],
                 id="initials-run-together-in"),
    pytest.param("J.R.R. Tolkien wrote it. Sales rose.", ["J.R.R. Tolkien wrote it.", "Sales rose."],
                 id="initials-run-together-uk"),
    pytest.param("The U.S. Secretary of State arrived. He spoke.",
                 ["The U.S. Secretary of State arrived.", "He spoke."], id="u-s"),
    pytest.param("Sen. Maria Lopez and Gov. Tom Harris met. Nothing was agreed.",
                 ["Sen. Maria Lopez and Gov. Tom Harris met.", "Nothing was agreed."], id="titles"),
    pytest.param("Gen. Smith vs. Col. Jones was the fight. It ended.",
                 ["Gen. Smith vs. Col. Jones was the fight.", "It ended."], id="military"),
    # paragraphs
    pytest.param("Headline without a stop\nThe body starts here.",
                 ["Headline without a stop", "The body starts here."], id="paragraph-end"),
    pytest.param("One\n\nTwo\r\nThree", ["One", "Two", "Three"], id="paragraphs-no-punctuation"),
    pytest.param("\u201cThe first part is simple.\n\n\u201cThe second part is hard,\u201d said Smith.",
                 ["\u201cThe first part is simple.\n\n\u201cThe second part is hard,\u201d said Smith."],
                 id="quote-runs-on"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_bounds_are_trimmed_ordered_and_inside_the_text() -> None:
    text = "  He left.   She stayed.  \n\n  \u201cWe won,\u201d they said.  "
    paras = paragraphs(text)
    bounds = split_sentences(text, paras, find_regions(text, paras), Lexicon.default())
    assert [text[s:e] for s, e in bounds] == ["He left.", "She stayed.", "\u201cWe won,\u201d they said."]
    for (s1, e1), (s2, _) in zip(bounds, bounds[1:]):
        assert e1 <= s2
    for s, e in bounds:
        assert not text[s].isspace() and not text[e - 1].isspace()


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("", [], [], Lexicon.default()) == []


def test_added_abbreviation_is_respected() -> None:
    text = "The Supt. Jones arrived. He spoke."
    assert sentences(text) == ["The Supt.", "Jones arrived.", "He spoke."]
    lex = Lexicon.default().extend(abbreviations=["supt."])
    assert sentences(text, lex) == ["The Supt. Jones arrived.", "He spoke."]


def test_added_cue_joins_a_closing_mark_to_its_attribution() -> None:
    text = "\u201cWe won.\u201d Smith opined."
    assert sentences(text) == ["\u201cWe won.\u201d", "Smith opined."]
    lex = Lexicon.default().extend(cues={"opine": "assertive"})
    assert sentences(text, lex) == ["\u201cWe won.\u201d Smith opined."]
