"""Cues: verb cues, phrasal cues and nominal cues on both tiers (``quoteattr.statements.cues``)."""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.language import Language

from quoteattr.statements.cues import Cue, find_cues
from quoteattr.lexicon import Lexicon
from quoteattr.text.marks import find_regions

BOTH = [pytest.param("rules"), pytest.param("trained", marks=pytest.mark.model)]



def cues_of(
    nlp: Language, text: str, *, scope_all: bool = False, lexicon: Lexicon | None = None,
    quoted: Callable[[int], bool] | None = None,
) -> list[tuple[str, Cue]]:
    doc = nlp(text)
    if quoted is None:
        regions = find_regions(text)

        def quoted(pos: int) -> bool:
            return any(r.open < pos < r.close for r in regions)

    found = find_cues(
        doc, 0, len(doc), lexicon or Lexicon.default(),
        parsed=doc.has_annotation("DEP"), scope_all=scope_all, quoted=quoted,
    )
    return [(doc[c.start:c.end].text, c) for c in found]


VERBS = [
    pytest.param("The minister said that taxes would fall.", [("said", "say", "neutral")], id="said"),
    pytest.param("Officials say the bridge is safe.", [("say", "say", "neutral")], id="say-plural-subject"),
    pytest.param("The company denied that it had broken the law.", [("denied", "deny", "announcing")], id="denied"),
    pytest.param("The governor welcomed the agreement and emphasized the importance of jobs.",
                 [("welcomed", "welcome", "evaluative"), ("emphasized", "emphasize", "assertive")], id="coordinated"),
    pytest.param("The British envoy emphasised the risks.", [("emphasised", "emphasise", "assertive")],
                 id="british-spelling"),
    pytest.param("The mayor pointed out that the city had no money.", [("pointed out", "point out", "neutral")],
                 id="phrasal"),
    pytest.param("The Kazakh leader expressed readiness for talks, expressing gratitude for support.",
                 [("expressed", "express", "emotive"), ("expressing", "express", "emotive")], id="participle"),
    pytest.param("She tweeted that the vote was rigged.", [("tweeted", "tweet", "written")], id="written"),
    pytest.param("He told reporters the strike was over.", [("told", "tell", "neutral")], id="irregular"),
]


@pytest.mark.parametrize(("text", "expected"), VERBS)
@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_verb_cues(tier: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(t, c.lemma, c.cls) for t, c in cues_of(tier, text)]
    assert got == expected
    assert all(c.nominal is None for _, c in cues_of(tier, text))


NOT_CUES = [
    pytest.param("The report was published on Monday.", id="noun-report"),
    pytest.param("The reporters waited for the statement.", id="nouns"),
    pytest.param("Delegates from the United States arrived.", id="no-verb"),
    pytest.param("His note was short and the answer came late.", id="note-answer-nouns"),
    pytest.param("The VA treats underlying illnesses such as post-traumatic stress disorder.", id="compound-post-us"),
    pytest.param("Peace talks were long hoped-for, and the seat was much sought-after.", id="compound-hoped-sought-uk"),
    pytest.param("A self-described outsider with a much-anticipated plan and an oft-stated goal arrived.",
                 id="compound-end-self-much-oft-ca"),
    pytest.param("The self-proclaimed saviour of the party won the so-called safe seat.", id="compound-end-self-so-au"),
    pytest.param("Selectors say a call-up for the Test in Perth is likely.", id="compound-call-up-au"),
]


@pytest.mark.parametrize("text", NOT_CUES)
@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_nouns_and_names_are_not_verb_cues(tier: Language, text: str) -> None:
    found = [(t, c.lemma) for t, c in cues_of(tier, text, scope_all=True)]
    assert [f for f in found if f[1] != "say"] == [], found


QUOTE_ONLY = [
    pytest.param("The fighting continued on Monday.", [], id="continued-no-quote"),
    pytest.param("He continued to deny that he had broken the rules.", [("deny", "deny")], id="continued-to"),
    pytest.param("The meeting went on for hours.", [], id="went-on"),
    pytest.param("Crowds laughed at the proposal in Leeds.", [], id="laughed-uk"),
    pytest.param("The crowd chanted for an hour outside the stadium in Perth.", [], id="chanted-au"),
    pytest.param("Fans chanted “Build a wall” at the game.", [("chanted", "chant")], id="chanted-quote"),
    pytest.param("“We will appeal,” the premier continued.", [("continued", "continue")], id="after-quote"),
    pytest.param("She continued: “The budget will balance.”", [("continued", "continue")], id="before-quote"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_ONLY)
@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_quote_cues_only_next_to_a_quote(tier: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, c.lemma) for t, c in cues_of(tier, text)] == expected


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_cues_inside_quotes_are_skipped(tier: Language) -> None:
    text = "\u201cThey said we would lose,\u201d Smith said."
    got = cues_of(tier, text)
    assert [t for t, _ in got] == ["said"]
    assert got[0][1].start == len(tier(text)) - 2


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_the_quoted_callback_is_obeyed(tier: Language) -> None:
    assert cues_of(tier, "Smith said it.", quoted=lambda pos: True) == []


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_belief_cues_only_in_scope_all(tier: Language) -> None:
    text = "Trump thinks the election was stolen."
    assert cues_of(tier, text) == []
    ((word, cue),) = cues_of(tier, text, scope_all=True)
    assert (word, cue.lemma, cue.cls) == ("thinks", "think", "belief")


NOMINAL = [
    pytest.param("According to officials, the plant will close.", "According to", "source-follows", None,
                 id="according-first"),
    pytest.param("The plant will close, according to officials.", "according to", "source-follows", None,
                 id="according-last"),
    pytest.param("The U.S., in his words, will stay committed.", "in his words", "possessive", "his",
                 id="in-his-words"),
    pytest.param("The deal, in Smith's words, is dead.", "in Smith's words", "possessive", "Smith's",
                 id="in-names-words"),
    pytest.param("The deal, in her view, is dead.", "in her view", "possessive", "her", id="in-her-view"),
    pytest.param("The deal is, as the minister put it, dead.", "as the minister put it", "as-put-it",
                 "the minister", id="as-put-it"),
]


@pytest.mark.parametrize(("text", "phrase", "pattern", "slot"), NOMINAL)
@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_nominal_cues(tier: Language, text: str, phrase: str, pattern: str, slot: str | None) -> None:
    doc = tier(text)
    nominal = [(t, c) for t, c in cues_of(tier, text) if c.nominal]
    assert len(nominal) == 1, nominal
    word, cue = nominal[0]
    assert word == phrase and cue.nominal == pattern
    if slot is None:
        assert cue.slot is None
    else:
        assert cue.slot is not None and doc[cue.slot[0]:cue.slot[1]].text == slot


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_cues_come_in_text_order(tier: Language) -> None:
    text = "According to officials, the minister said that the plant will close, and the mayor agreed."
    starts = [c.start for _, c in cues_of(tier, text)]
    assert starts == sorted(starts) and len(starts) >= 2


@pytest.mark.parametrize("tier", BOTH, indirect=True)
def test_user_cue_is_found(tier: Language) -> None:
    text = "The senator opined that the bill was dead."
    assert [t for t, _ in cues_of(tier, text)] == []
    lex = Lexicon.default().extend(cues={"opine": "assertive"})
    assert [(t, c.lemma, c.cls) for t, c in cues_of(tier, text, lexicon=lex)] == [("opined", "opine", "assertive")]
