"""The opening subject (rules tier): the phrase that opens a sentence as the speaker of a later cue."""

from __future__ import annotations

import pytest
import spacy

from quoteattr.lexicon import Lexicon
from quoteattr.speakers.opening import CLAUSE_MAX_TOKENS, fronted_subject, opening_subject

NLP = spacy.blank("en")
LEXICON = Lexicon.default()


def _subject(text: str, cue: str, fronted: bool = False) -> str | None:
    """The opening (or, *fronted*, the fronted-clause) subject found for the cue word *cue* of *text*."""
    doc = NLP(text)
    k = next(t.i for t in doc if t.text == cue)
    found = fronted_subject(doc, 0, k, len(doc), LEXICON) if fronted else opening_subject(doc, 0, k, LEXICON)
    return None if found is None else doc[found[0] : found[1]].text


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # the subject of the sentence speaks at a later cue of its clause
    ("Caddell went on to discuss the polls.", "discuss", "Caddell"),  # US
    ("The Chancellor has tried to calm the markets, insisting the pound is stable.", "insisting",
     "The Chancellor"),  # British
    ("Mr Albanese later sought to play down the row, saying the deal was sound.", "saying", "Mr Albanese"),  # AU
    ("Premier Doug Ford pitched the plan to councillors by arguing that it would pay.", "arguing",
     "Premier Doug Ford"),  # Canadian
    ("But she is steering clear of criticizing the plan.", "criticizing", "she"),  # wire
    ("He's claiming that fraud is a big problem.", "claiming", "He"),
    ("Mr. Schultz generally backed Democrats, who let him go in 2015, and said he was done.", "said",
     "Mr. Schultz"),
    ("Civil rights groups welcomed the ruling, saying it was overdue.", "saying", "Civil rights groups"),
    ("The FBI decided not to recommend charges, citing a lack of intent.", "citing", "The FBI"),
    # a time phrase between the subject and its verb (wire copy), and past tenses without -ed
    ("A federal judge on Tuesday refused to delay the trial, saying the defense had had ample time.", "saying",
     "A federal judge"),  # AP
    ("The Reserve Bank of Australia on Tuesday held the cash rate at 4.35 per cent, warning that inflation "
     "remained too high.", "warning", "The Reserve Bank of Australia"),  # AU wire
    ("The Bank of Canada Wednesday cut its key rate, saying the economy had slowed.", "saying",
     "The Bank of Canada"),  # Canadian Press, bare weekday
    ("Police Scotland last week made three arrests, confirming that the inquiry was widening.", "confirming",
     "Police Scotland"),  # British
    ("The central bank kept rates on hold, citing weak demand.", "citing", "The central bank"),
    ("Smith left “early” and said he was tired.", "said", "Smith"),  # a short quote in the clause is passed
    # a role with the holder's name between commas
    ("The Conservative leader, Kemi Badenoch, hit back, accusing him of breaking promises.", "accusing",
     "The Conservative leader"),  # British
    ("The opposition leader, Peter Dutton, stood firm, insisting the plan was unaffordable.", "insisting",
     "The opposition leader"),  # AU
    ("The opposition chief whip, Mr John Mbadi, faulted the Bill, saying it would burden Kenyans.", "saying",
     "The opposition chief whip"),  # Kenyan: a title of two words
    ("The chief executive, Ingrid Solberg, resigned, saying the board had lost confidence.", "saying",
     "The chief executive"),  # wire
    ("Prime Minister Theresa May met the families, saying lessons would be learned.", "saying",
     "Prime Minister Theresa May"),  # a month that is a name stays in it
    # not a subject: a noun, an opening adverbial or clause, a possessive, another clause in between
    ("Climate change dominated the summit, prompting claims that floods would worsen.", "claims", None),
    ("Central heating costs rose again, prompting claims that the cap had failed.", "claims", None),
    ("Although Scott backed the bill, warning that it would fail was pointless.", "warning", None),
    ("Following the vote, the crowd gathered, insisting that the law was unjust.", "insisting", None),
    ("His ex-wife left, saying the marriage was over.", "saying", None),
    ("Trump spoke after she said the debate was rigged.", "said", None),
    ("Smith arrived late because aides insisted that the car was slow.", "insisted", None),
    ("It was announced on Monday, confirming that the plant would close.", "confirming", None),
    ("Ms Ardern met the families; later, insisting that the law would change.", "insisting", None),
    ("The bank on Tuesday, officials said, was warning that rates would rise.", "warning", None),
    ("The judge in May cut the sentence because lawyers argued that he was ill.", "argued", None),
])
def test_opening_subject(text: str, cue: str, expected: str | None) -> None:
    assert _subject(text, cue) == expected


def test_a_cue_too_far_from_the_subject_is_not_theirs() -> None:
    near = "Smith went " + "on " * 3 + "arguing that it works."
    far = "Smith went " + "on " * (CLAUSE_MAX_TOKENS + 1) + "arguing that it works."
    assert _subject(near, "arguing") == "Smith"
    assert _subject(far, "arguing") is None


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("After saying her foot was swollen, she was taken to hospital.", "saying", "she"),
    ("While insisting that the plan was sound, Mr Hunt admitted delays.", "insisting", "Mr Hunt"),  # British
    ("Before arguing that rates must rise, the governor has cited inflation.", "arguing", "the governor"),
    # a quote inside the clause, closing at its comma
    ("After saying her foot was “so swollen I could barely walk,” she was taken to hospital.", "saying", "she"),
    ("While insisting the cuts were “fair, and overdue,” Mr Hunt admitted delays.", "insisting", "Mr Hunt"),
    ("After warning that the dollar was 'far too high,' the RBA governor announced a cut.", "warning", "the RBA governor"),
    # not a fronted clause: the cue too far in, not a participle, a quote before the comma, no verb after
    ("On Monday in Ottawa after insisting that taxes rise, Ms Freeland left.", "insisting", None),
    ("After she said the plan was sound, Mr Hunt admitted delays.", "said", None),
    ("After saying “we will win,” the crowd cheered.", "saying", None),
    ("After saying the plan was sound, Ottawa officials.", "saying", None),
])
def test_fronted_subject(text: str, cue: str, expected: str | None) -> None:
    assert _subject(text, cue, fronted=True) == expected
