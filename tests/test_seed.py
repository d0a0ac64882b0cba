"""End to end on the seed article (``../shared/corpus/seed-article.txt``), on both tiers.

The article is read where it lies (never copied into the project; ``$QUOTEATTR_SHARED``
moves the shared folder, see ``tests/bench_path.py``); the tests skip when it is
absent, and fail when it is absent under CI. Every statement must come out with its cue and the
right person: Kassym-Jomart Tokayev or Antony J. Blinken.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import bench_path
from quoteattr import Analysis, Quote, analyze

TOKAYEV = "Kassym-Jomart Tokayev"
BLINKEN = "Antony J. Blinken"

#: every statement of the seed, in order: (cue text, speaker name, speaker mention, kind)
EXPECTED: list[tuple[str, str, str, str]] = [
    ("said", TOKAYEV, "the Head of State", "indirect"),
    ("noted", TOKAYEV, "Kassym-Jomart Tokayev", "indirect"),
    ("commended", TOKAYEV, "He", "indirect"),
    ("expressed", TOKAYEV, "The Kazakh leader", "indirect"),
    ("expressing", TOKAYEV, "The Kazakh leader", "indirect"),
    ("said", TOKAYEV, "the President", "indirect"),
    ("welcomed", TOKAYEV, "The President of Kazakhstan", "indirect"),
    ("emphasized", TOKAYEV, "The President of Kazakhstan", "indirect"),
    ("thanked", BLINKEN, "the U.S. Secretary of State", "indirect"),
    ("conveyed", BLINKEN, "the U.S. Secretary of State", "indirect"),
    ("noted", BLINKEN, "Antony Blinken", "indirect"),
    ("said", BLINKEN, "The U.S. Secretary of State", "indirect"),
    ("in his words", BLINKEN, "his", "indirect"),
    ("added", BLINKEN, "he", "direct"),
    ("praised", BLINKEN, "the U.S. Secretary of State", "indirect"),
]

#: a content substring for each statement, in the same order
CONTENT = [
    "since the moment of establishment of diplomatic relations",
    "the importance of giving additional impulse",
    "the reliable long-term partnership relations",
    "readiness for further development of the cooperation",
    "gratitude to the U.S. side",
    "the U.S. is one of the largest investors of Kazakhstan",
    "the efforts of the U.S. in advancing the C5+1 cooperation",
    "the importance of holding the meeting of the foreign ministers",
    "for hospitality",
    "good wishes to him",
    "the importance of boosting the achievements",
    "Kazakhstan and the U.S. are linked by strong relations",
    "will stay committed to this course",
    "At the same time we are thankful to you and your team",
    "the political and economic reforms",
]

BOTH = [pytest.param("rules"), pytest.param("trained", marks=pytest.mark.model)]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return bench_path.seed_article().read_text(encoding="utf-8")


@pytest.fixture
def seed(request: pytest.FixtureRequest, seed_text: str) -> tuple[str, Analysis]:
    nlp: Language = request.getfixturevalue("blank_nlp" if request.param == "rules" else "trained_nlp")
    return seed_text, analyze(seed_text, nlp=nlp)


def line(q: Quote) -> str:
    sp = q.speaker
    return (
        f"{q.kind} cue={q.cue.text if q.cue else None!r} mention={sp.mention.text if sp and sp.mention else None!r} "
        f"name={sp.name if sp else None!r} content={q.content.text[:60]!r}"
    )


@pytest.mark.parametrize("seed", BOTH, indirect=True)
def test_the_guillemet_quote_is_direct_added_he_blinken(seed: tuple[str, Analysis]) -> None:
    text, analysis = seed
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(direct) == 1, "\n".join(line(q) for q in analysis.quotes)
    (q,) = direct
    assert q.content.text.startswith("At the same time we are thankful")
    assert q.content.text.rstrip(",").endswith("the strengthening of our cooperation")
    assert text[q.content.start - 1] == "\u00ab", "content starts right after the opening guillemet"
    assert q.cue is not None and q.cue.text == "added"
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == "he"
    assert q.speaker.name == BLINKEN


@pytest.mark.parametrize("seed", BOTH, indirect=True)
def test_every_statement_with_its_cue_and_person(seed: tuple[str, Analysis]) -> None:
    _, analysis = seed
    got = [
        (q.cue.text if q.cue else None, q.speaker.name if q.speaker else None,
         q.speaker.mention.text if q.speaker and q.speaker.mention else None, q.kind)
        for q in analysis.quotes
    ]
    assert got == EXPECTED, "\n".join(line(q) for q in analysis.quotes)


@pytest.mark.parametrize("seed", BOTH, indirect=True)
def test_every_statement_has_the_right_content(seed: tuple[str, Analysis]) -> None:
    _, analysis = seed
    assert len(analysis.quotes) == len(CONTENT)
    for q, part in zip(analysis.quotes, CONTENT):
        assert part in q.content.text, line(q)
        assert q.cue is not None and not (q.cue.start >= q.content.start and q.cue.end <= q.content.end
                                          and len(q.fragments) == 1), f"the cue is inside the content: {line(q)}"


@pytest.mark.parametrize("seed", BOTH, indirect=True)
def test_two_people_two_entities(seed: tuple[str, Analysis]) -> None:
    _, analysis = seed
    ids = {q.speaker.name: q.speaker.entity for q in analysis.quotes if q.speaker}
    assert set(ids) == {TOKAYEV, BLINKEN}
    assert ids[TOKAYEV] != ids[BLINKEN]
    for q in analysis.quotes:
        assert q.speaker is not None and q.speaker.entity == ids[q.speaker.name]
    people = {p.name: p for p in analysis.people}
    assert people[TOKAYEV].entity == ids[TOKAYEV] and people[BLINKEN].entity == ids[BLINKEN]
    tokayev_mentions = {m.text for m in people[TOKAYEV].mentions}
    assert {"Kassym-Jomart Tokayev", "the Head of State", "The Kazakh leader"} <= tokayev_mentions
    blinken_mentions = {m.text for m in people[BLINKEN].mentions}
    assert {"Antony J. Blinken", "Antony Blinken"} <= blinken_mentions


@pytest.mark.parametrize("seed", BOTH, indirect=True)
def test_offsets_slice_the_article(seed: tuple[str, Analysis]) -> None:
    text, analysis = seed
    for q in analysis.quotes:
        spans = [q.content, *q.fragments, q.cue] + ([q.speaker.mention] if q.speaker and q.speaker.mention else [])
        for s in spans:
            assert s is not None and text[s.start:s.end] == s.text
