"""Quote marks: typed pairing, nesting, apostrophes, paragraphs, unclosed marks (``quoteattr.text.marks``)."""

from __future__ import annotations

import pytest

from quoteattr.text.marks import QuoteRegion, find_regions, paragraphs


def inner(text: str, region: QuoteRegion) -> list[str]:
    return [text[s:e] for s, e in region.pieces]


# ---------------------------------------------------------------- paragraphs


def test_paragraphs_are_lines_without_blank_lines_or_edge_spaces() -> None:
    text = "  First line. \r\nSecond line.\n\n   \n Third\u2029Fourth"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First line.", "Second line.", "Third", "Fourth"]


def test_paragraphs_of_empty_and_blank_text() -> None:
    assert paragraphs("") == []
    assert paragraphs(" \n\t\n ") == []


# ---------------------------------------------------------------- typed pairing

PAIRS = [
    ("\u201c", "\u201d", "english-double"),
    ("\u2018", "\u2019", "english-single"),
    ("\u00ab", "\u00bb", "guillemets"),
    ("\u2039", "\u203a", "single-guillemets"),
    ("\u201e", "\u201c", "low9-german"),
    ("\u201e", "\u201d", "low9-polish"),
    ("\u201a", "\u2018", "low9-single-german"),
    ('"', '"', "straight-double"),
    ("'", "'", "straight-single"),
    ("``", "''", "latex"),
    ("\u201d", "\u201d", "reversed-double"),
]


@pytest.mark.parametrize(("op", "cl"), [p[:2] for p in PAIRS], ids=[p[2] for p in PAIRS])
def test_each_mark_type_pairs(op: str, cl: str) -> None:
    text = f"{op}We are ready for talks,{cl} the envoy said."
    (region,) = find_regions(text)
    assert region.closed and region.mark == op
    assert region.open == 0 and region.close == text.index(" the envoy")
    assert inner(text, region) == ["We are ready for talks,"]
    assert text[region.start:region.end] == "We are ready for talks,"


@pytest.mark.parametrize(("op", "cl"), [p[:2] for p in PAIRS], ids=[p[2] for p in PAIRS])
def test_each_mark_type_mid_sentence(op: str, cl: str) -> None:
    text = f"He called the plan {op}a disaster{cl} and left."
    (region,) = find_regions(text)
    assert inner(text, region) == ["a disaster"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We will win, ” he said.", ["We will win, "]),  # a closer after a space still closes
        ("“We will,”he said, “win.”", ["We will,", "win."]),  # a closer before a letter still closes
        ("He said ”no” and left.", ["no"]),  # opens after a space, before a word
        ("”Fear. I am afraid.” ― Edwin G. Monroy", ["Fear. I am afraid."]),
        # a paragraph's first mark has nothing to close: a mis-curled opener before an ellipsis
        ("Intro.\n\n” … when you start, it is heard,” he said.", [" … when you start, it is heard,"]),
        ("” … ministers must act now,” the MP told the Commons.", [" … ministers must act now,"]),
        ("He was asked.\n”", []),  # a lone mark opens nothing
        ("She said “we will.\n” … and then we won,” she added.", ["we will.", " … and then we won,"]),
    ],
)
def test_reversed_double_mark_opens_only_at_a_word_start(text: str, quoted: list[str]) -> None:
    assert [t for r in find_regions(text) for t in inner(text, r)] == quoted


def test_mark_types_do_not_cross_pair() -> None:
    # a guillemet never closes an English double quote: the » is stray, the “ closes at ”
    text = "\u201cWe are \u00bbready\u00bb now,\u201d he said."
    (region,) = find_regions(text)
    assert region.mark == "\u201c" and inner(text, region) == ["We are \u00bbready\u00bb now,"]


def test_several_quotes_in_one_paragraph() -> None:
    text = "\u201cYes,\u201d she said. \u201cNo,\u201d he said. \u00abMaybe,\u00bb they said."
    assert [inner(text, r) for r in find_regions(text)] == [["Yes,"], ["No,"], ["Maybe,"]]


# ---------------------------------------------------------------- nesting


@pytest.mark.parametrize(
    "text",
    [
        "\u201cHe called the plan \u2018a disaster\u2019 and walked out,\u201d Smith said.",
        "\u00abHe called the plan \u201ca disaster\u201d and walked out,\u00bb Smith said.",
        "\"He called the plan 'a disaster' and walked out,\" Smith said.",
        "\u201eHe called the plan \u201aa disaster\u2018 and walked out,\u201c Smith said.",
        "\u201cHe called the plan \u2018a disaster\u2019,\u201d Smith said.",
        # some outlets set the two closers apart with a space: ,' " / ,' ''
        "\"He called the plan 'a disaster,' \" Smith said.",
        "''He called the plan 'a disaster,' '' Smith said.",
    ],
    ids=["english", "guillemets", "straight", "low9", "nested-at-end", "spaced-closers", "spaced-doubled"],
)
def test_nested_quote_is_one_outer_region(text: str) -> None:
    (region,) = find_regions(text)
    assert region.open == 0
    assert inner(text, region)[0].startswith("He called the plan ")
    assert "a disaster" in inner(text, region)[0]
    assert text[region.close:].startswith(" Smith said.")


# ---------------------------------------------------------------- apostrophes


@pytest.mark.parametrize(
    "text",
    [
        "We don\u2019t know.",
        "Music of the \u201990s is back.",
        "The ministers\u2019 meeting ended early.",
        "He loves rock \u2019n\u2019 roll.",
        "It\u2019s the company\u2019s plan, and the workers\u2019 union isn\u2019t happy.",
        "We don't know what happened in the '90s at the ministers' meeting.",
        "Rock 'n' roll never dies, y'all.",
        "Kazakhstan\u2019s independence and the O\u2019Neill family.",
    ],
    ids=["dont", "nineties", "plural-possessive", "rock-n-roll", "many", "straight", "straight-n", "names"],
)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    assert find_regions(text) == []


def test_apostrophes_inside_a_quote_do_not_close_it() -> None:
    text = "\u201cWe don\u2019t know what went wrong in the \u201990s, or at the ministers\u2019 meeting,\u201d Smith said."
    (region,) = find_regions(text)
    assert region.closed
    assert inner(text, region) == ["We don\u2019t know what went wrong in the \u201990s, or at the ministers\u2019 meeting,"]


def test_single_quotes_around_apostrophes() -> None:
    text = "\u2018We don\u2019t know,\u2019 she said."
    (region,) = find_regions(text)
    assert inner(text, region) == ["We don\u2019t know,"]


# ---------------------------------------------------------------- paragraphs and unclosed marks


def test_multi_paragraph_quote_continues_into_the_next_opening_mark() -> None:
    text = "\u201cThe first part of the plan is simple.\n\n\u201cThe second part will take longer,\u201d said Smith."
    (region,) = find_regions(text)
    assert region.closed
    assert inner(text, region) == ["The first part of the plan is simple.", "The second part will take longer,"]
    assert region.open == 0 and text[region.close:] == " said Smith."


def test_multi_paragraph_quote_over_three_paragraphs() -> None:
    text = "\u201cOne.\n\u201cTwo.\n\u201cThree,\u201d she said.\nAfterwards nobody spoke."
    (region,) = find_regions(text)
    assert inner(text, region) == ["One.", "Two.", "Three,"]


def test_unclosed_mark_ends_at_its_paragraph() -> None:
    text = "Smith said: \u201cWe will fight on until the end\n\nThe rally ended at noon."
    (region,) = find_regions(text)
    assert not region.closed
    assert inner(text, region) == ["We will fight on until the end"]
    assert region.close == region.end == text.index("\n")


def test_unclosed_quote_whose_next_paragraph_does_not_reopen() -> None:
    text = "\u201cFirst.\nNot a quote, and \u201cthis one\u201d is."
    first, second = find_regions(text)
    assert not first.closed and inner(text, first) == ["First."]
    assert second.closed and inner(text, second) == ["this one"]


def test_unclosed_at_the_end_of_the_text() -> None:
    text = "He said: \u00abWe will"
    (region,) = find_regions(text)
    assert not region.closed and inner(text, region) == ["We will"]


@pytest.mark.parametrize(
    "text",
    ["\u201d", "\u201c", "\"", "'", "``", "''", "\u00bb\u00bb\u00ab", "\u201c\u201c\u201c\u201d", "a \u201d b \u201c", "\u2019\u2019\u2019"],
)
def test_stray_marks_never_raise_and_regions_are_sane(text: str) -> None:
    regions = find_regions(text)
    last = -1
    for r in regions:
        assert 0 <= r.open < r.close <= len(text)
        assert r.open >= last, "regions never overlap"
        for s, e in r.pieces:
            assert r.open <= s <= e <= r.close
        last = r.close


def test_regions_are_ordered_and_disjoint_on_news_text() -> None:
    text = (
        "\u201cWe will,\u201d he said, \u201cwin.\u201d\n"
        "The so-called \u201creset\u201d failed.\n"
        "\u00abAt the same time we are thankful,\u00bb he added."
    )
    regions = find_regions(text)
    assert [inner(text, r) for r in regions] == [["We will,"], ["win."], ["reset"], ["At the same time we are thankful,"]]
    assert all(a.close <= b.open for a, b in zip(regions, regions[1:]))


def test_explicit_paragraphs_argument_is_used() -> None:
    text = "\u201cOne.\n\u201cTwo,\u201d she said."
    assert find_regions(text, paragraphs(text)) == find_regions(text)
