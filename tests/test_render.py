"""The HTML view (quoteattr.render), with hand-built statements."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from quoteattr import OptionError, Person, Quote, Span, Speaker, render_html
from quoteattr.render import PALETTE, UNKNOWN_COLOUR, render_fragment


def span(text: str, piece: str, nth: int = 0) -> Span:
    """The *nth* occurrence of *piece* in *text* as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), piece)


def quote(text: str, content: str, cue: str | None, mention: str | None, name: str | None,
          entity: int | None, kind: str = "direct", fragments: tuple[str, ...] = ()) -> Quote:
    c = span(text, content)
    frags = tuple(span(text, f) for f in fragments)
    speaker = None
    if mention is not None or name is not None:
        speaker = Speaker(span(text, mention) if mention else None, name, entity)
    return Quote(kind, c, frags, span(text, cue) if cue else None, speaker, 0.9)  # type: ignore[arg-type]


TEXT = ('“We will win,” Smith said. “It is <late> & dark,” she added.\n\n'
        'Jones said taxes would rise. “No,” someone shouted.')


def quotes() -> list[Quote]:
    return [
        quote(TEXT, "We will win,", "said", "Smith", "Anna Smith", 0),
        quote(TEXT, "It is <late> & dark,", "added", "she", "Anna Smith", 0),
        quote(TEXT, "taxes would rise", "said", "Jones", "Bob Jones", 1, kind="indirect"),
        quote(TEXT, "No,", "shouted", None, None, None),
    ]


class Collect(HTMLParser):
    """The text inside ``.qa-text`` and the attributes of every element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 while inside .qa-text
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[dict[str, str | None], list[str]]] = []
        self.open_mark: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.elements.append((tag, a))
        if self.depth:
            self.depth += 1
        elif "qa-text" in (a.get("class") or "").split():
            self.depth = 1
        if self.depth and tag == "mark":
            self.open_mark = []
            self.marks.append((a, self.open_mark))

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
        if tag == "mark":
            self.open_mark = None

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)
            if self.open_mark is not None:
                self.open_mark.append(data)


def parse(page: str) -> Collect:
    c = Collect()
    c.feed(page)
    c.close()
    return c


def test_the_text_inside_the_view_is_the_input_text_exactly() -> None:
    assert "".join(parse(render_html(TEXT, quotes())).text) == TEXT


def test_every_mark_knows_its_offsets() -> None:
    c = parse(render_html(TEXT, quotes()))
    assert c.marks
    for attrs, data in c.marks:
        start, end = int(attrs["data-start"] or 0), int(attrs["data-end"] or 0)
        assert TEXT[start:end] == "".join(data)


def test_content_cue_and_speaker_are_marked() -> None:
    c = parse(render_html(TEXT, quotes()))
    by_role = {(a["data-role"], "".join(d)) for a, d in c.marks}
    assert ("content", "We will win,") in by_role
    assert ("cue", "said") in by_role
    assert ("speaker", "Smith") in by_role
    assert ("speaker", "she") in by_role
    assert ("content", "taxes would rise") in by_role


def test_text_and_attributes_are_escaped() -> None:
    page = render_html(TEXT, quotes())
    assert "<late>" not in page
    assert "&lt;late&gt; &amp; dark" in page
    evil = '<script>alert("x")</script> "Hi," Eve said.'
    q = quote(evil, "Hi,", "said", "Eve", 'Eve "<b>" O\'Neil', 0)
    page = render_html(evil, [q])
    assert "<script>" not in page and "<b>" not in page
    assert "".join(parse(page).text) == evil


def test_one_colour_per_speaker_entity() -> None:
    c = parse(render_html(TEXT, quotes()))
    colour = {}
    for attrs, _ in c.marks:
        found = re.search(r"--qa-c:(#[0-9a-f]{6})", attrs["style"] or "")
        assert found
        colour.setdefault(attrs["data-quote"], set()).add(found.group(1))
    assert all(len(v) == 1 for v in colour.values())
    assert colour["0"] == colour["1"] == {PALETTE[0]}  # Anna Smith, both statements
    assert colour["2"] == {PALETTE[1]}  # Bob Jones
    assert colour["3"] == {UNKNOWN_COLOUR}  # nobody


def test_colours_are_deterministic() -> None:
    assert render_html(TEXT, quotes()) == render_html(TEXT, quotes())


def test_resolved_name_on_hover_and_as_label() -> None:
    c = parse(render_html(TEXT, quotes()))
    she = next(a for a, d in c.marks if "".join(d) == "she")
    assert "Anna Smith" in (she["title"] or "")
    assert she["data-label"] == "Anna Smith"
    content = next(a for a, d in c.marks if "".join(d) == "taxes would rise")
    assert (content["title"] or "").startswith("Bob Jones")


def test_side_list_has_every_speaker_with_its_statements() -> None:
    page = render_html(TEXT, quotes())
    c = parse(page)
    names = [e[1].get("data-entity") for e in c.elements if e[0] == "section"]
    assert names == ["0", "1", None]
    assert page.count('<li data-quote="') == 4
    assert "Speaker not found" in page
    # Each side-list link points at the statement in the text.
    ids = {a.get("id") for _, a in c.elements if a.get("id")}
    hrefs = [a["href"] for t, a in c.elements if t == "a"]
    assert hrefs and all(h and h[1:] in ids for h in hrefs)


def test_interrupted_quote_marks_fragments_not_the_cue_between() -> None:
    text = '“We will,” he said, “win.”'
    q = Quote("direct", Span(1, 25, text[1:25]), (Span(1, 9, "We will,"), Span(21, 25, "win.")),
              Span(14, 18, "said"), Speaker(Span(11, 13, "he"), "Jo", 3), 0.8)
    c = parse(render_html(text, [q]))
    roles = [(a["data-role"], "".join(d)) for a, d in c.marks]
    assert roles == [("content", "We will,"), ("speaker", "he"), ("cue", "said"), ("content", "win.")]


def test_overlapping_and_nested_spans_keep_offsets() -> None:
    text = 'Ann said that Bob said "yes" loudly.'
    outer = quote(text, 'Bob said "yes" loudly', "said", "Ann", "Ann", 0, kind="indirect")
    inner = quote(text, "yes", span(text, "said", 1).text, "Bob", "Bob", 1)
    inner = Quote("direct", inner.content, (), span(text, "said", 1), inner.speaker, 0.9)
    c = parse(render_html(text, [outer, inner]))
    assert "".join(c.text) == text
    for attrs, data in c.marks:
        assert text[int(attrs["data-start"] or 0):int(attrs["data-end"] or 0)] == "".join(data)
    yes = next(a for a, d in c.marks if "".join(d) == "yes")
    assert yes["data-quote"] == "0 1"


def test_empty_list_and_empty_text() -> None:
    page = render_html(TEXT, [])
    assert "".join(parse(page).text) == TEXT
    assert "No statements found" in page
    assert "<mark" not in page.split('class="qa-text"')[1].split("</div>")[0]
    assert "qa-text" in render_html("", [])


def test_page_is_self_contained() -> None:
    page = render_html(TEXT, quotes())
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page)
    assert "http" not in page
    assert "<script" not in page and "<link" not in page


def test_fragment_for_notebooks() -> None:
    frag = render_html(TEXT, quotes(), page=False)
    assert frag.startswith('<div class="qa-doc"')
    assert "<style>" in frag and "<html" not in frag and "<body" not in frag


def test_accepts_dicts_from_the_component() -> None:
    as_dicts = [q.to_dict() for q in quotes()]
    people = [Person(0, "Anna Smith", (span(TEXT, "Smith"),)).to_dict()]
    assert render_html(TEXT, as_dicts, people) == render_html(TEXT, quotes(), [Person(0, "Anna Smith", (span(TEXT, "Smith"),))])


def test_people_name_a_speaker_without_a_name() -> None:
    q = quote(TEXT, "We will win,", "said", "Smith", None, 7)
    page = render_html(TEXT, [q], [Person(7, "Anna Smith", ())])
    assert '<span class="qa-name">Anna Smith</span>' in page


def test_offsets_that_do_not_fit_the_text_are_an_error() -> None:
    with pytest.raises(OptionError, match="does not match the text"):
        render_html("short", quotes())


def test_fragment_heading_and_prefix() -> None:
    frag = render_fragment(TEXT, quotes(), prefix="doc7", heading="a <b>.txt")
    assert 'id="doc7"' in frag and 'id="doc7-q0"' in frag
    assert "<h2>a &lt;b&gt;.txt</h2>" in frag


# ------------------------------------------------------------------ properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@st.composite
def text_and_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    """Any text, with statements whose spans fall anywhere: overlapping, nested, touching."""
    text = draw(st.text(alphabet=st.sampled_from(list("ab <>&\"'“”\r\n\t é🏆")), max_size=40))
    n = len(text)

    def a_span() -> Span:
        s = draw(st.integers(0, n))
        e = draw(st.integers(s, n))
        return Span(s, e, text[s:e])

    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        content = a_span()
        cue = a_span() if draw(st.booleans()) else None
        speaker = None
        if draw(st.booleans()):
            speaker = Speaker(a_span() if draw(st.booleans()) else None,
                              draw(st.sampled_from([None, "Ann", "<Bob & Co>"])),
                              draw(st.sampled_from([None, 0, 1, 2])))
        quotes.append(Quote("direct", content, (), cue, speaker, 0.5))
    return text, quotes


@settings(max_examples=150, deadline=None)
@given(text_and_quotes())
def test_any_spans_keep_the_text_and_the_offsets(case: tuple[str, list[Quote]]) -> None:
    text, qs = case
    c = parse(render_html(text, qs))
    assert "".join(c.text) == text
    for attrs, data in c.marks:
        assert text[int(attrs["data-start"] or 0):int(attrs["data-end"] or 0)] == "".join(data)


def test_a_lone_surrogate_becomes_one_replacement_character() -> None:
    text = "“a\ud800b,” Ann said."
    q = quote(text, "a\ud800b,", "said", "Ann", "Ann", 0)
    page = render_html(text, [q])
    page.encode("utf-8")  # writable as UTF-8
    c = parse(page)
    assert "".join(c.text) == text.replace("\ud800", "\ufffd")
    content = next(a for a, d in c.marks if a["data-role"] == "content")
    assert (content["data-start"], content["data-end"]) == ("1", "5")
