"""Hypothesis strategies that generate news-like text, clean and hostile.

A text is paragraphs of sentences. Sentences are plain narration, direct quotes
in every mark type with an attribution in one of the shapes news uses, reported
speech ("Smith said that ...") and nominal cues ("according to officials, ...").
``hostile_text`` then sprinkles noise a scraper leaves behind: control
characters, NUL, Windows and old-Mac line ends, zero-width and bidi marks,
combining characters, emoji, other scripts, HTML left-overs, runs of quote marks
and marks that never close. ``token_soup`` throws the words and marks the
engine reacts to together in random order.

``neutral_paragraph`` is the exception: narration without quote marks, cue
words or names, for the property that unrelated paragraphs only shift offsets.

Used by ``tests/test_properties.py`` and ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Every quote-mark pair a news text may use: (open, close).
MARK_PAIRS: tuple[tuple[str, str], ...] = (
    ("\u201c", "\u201d"),  # “…”
    ("\u2018", "\u2019"),  # ‘…’
    ("\u00ab", "\u00bb"),  # «…»
    ("\u2039", "\u203a"),  # ‹…›
    ("\u201e", "\u201c"),  # „…“
    ('"', '"'),  # "…"
    ("'", "'"),  # '…'
    ("``", "''"),  # ``…'' (LaTeX / PTB style)
)

#: Every single quote-mark character (including look-alikes: ‟ ‛ ′ ″ `).
ALL_MARKS: tuple[str, ...] = tuple(
    sorted({m for pair in MARK_PAIRS for m in pair if len(m) == 1} | {"\u201f", "\u201b", "\u2032", "\u2033", "`"})
)

NAMES: tuple[str, ...] = (
    "John Smith", "Maria Gonzalez", "Li Wei", "Aisha Bello", "David Okafor",
    "Elena Marsh", "Sean O'Brien", "Jean-Luc Moreau", "Anna Kowalska", "Kenji Sato",
    "Priya Natarajan", "Olga Ivanova", "Smith", "Okafor", "Marsh",
)
TITLES: tuple[str, ...] = (
    "Prime Minister", "President", "Mayor", "Senator", "Dr.", "Mr.", "Mrs.", "Ms.",
    "Chief Executive", "Judge", "Gen.", "Sen.",
)
ROLES: tuple[str, ...] = (
    "the minister", "a spokesperson", "the mayor", "officials", "the police",
    "a senior official", "the company", "residents", "the spokeswoman", "experts",
)
PRONOUNS: tuple[str, ...] = ("he", "she", "they", "it", "we", "I")
CUES: tuple[str, ...] = (
    "said", "says", "told reporters", "added", "warned", "claimed", "insisted",
    "announced", "explained", "argued", "noted", "wrote", "tweeted", "denied",
    "did not say", "would say", "may have said",
)

#: Words for narration: no cue verbs, no quote marks, no names.
_NEUTRAL_WORDS: tuple[str, ...] = (
    "the", "river", "rose", "slowly", "market", "opened", "early", "town", "bridge",
    "train", "arrived", "late", "weather", "was", "mild", "crowd", "gathered", "near",
    "harbour", "prices", "fell", "again", "road", "closed", "for", "repairs", "children",
    "played", "in", "park", "a", "new", "school", "built", "on", "hill", "rain", "stopped",
    "by", "noon", "ferry", "ran", "twice", "each", "morning", "shops", "busy", "quiet",
)
_CONTENT_WORDS: tuple[str, ...] = _NEUTRAL_WORDS + (
    "we", "will", "win", "this", "is", "not", "over", "our", "people", "deserve", "better",
    "nobody", "asked", "it", "they", "are", "wrong", "I", "never", "agreed", "to", "that",
    "you", "can't", "don't", "won't", "plan", "fair",
)

#: Noise a scraper leaves in text, one item at a time.
NOISE: tuple[str, ...] = (
    "\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9f",  # control characters, NUL
    "\r\n", "\r", "\n", "\f", "\v", "\t", "\u2028", "\u2029",  # line ends and breaks
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069",  # bidi
    "\u0301", "\u0308", "\u20dd", "e\u0301", "a\u0308\u0301",  # combining characters
    "\U0001f600", "\U0001f44d\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1fa\U0001f1f8",  # emoji
    "\u041f\u0440\u0438\u0432\u0435\u0442", "\u4f60\u597d", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u0928\u092e\u0938\u094d\u0924\u0947",  # other scripts
    "&quot;", "&amp;", "&#8220;", "&#x201D;", "&nbsp;", "<p>", "</p>", "<br/>", "<b>", "</b>",  # HTML left-overs
    "\u00a0", "\u3000", "\u2009",  # odd spaces
    "\u201c", "\u201d", "\u00ab", "\u00bb", '"', "'", "`", "\u2019",  # stray, unclosed marks
    '"""', "''''", "\u201c\u201c\u201c", "\u00bb\u00bb", "''", "``",  # runs of marks
)


#: Lone surrogates: legal in a Python str (e.g. after ``decode(errors="surrogateescape")``),
#: but spaCy's StringStore cannot encode them, so they are kept out of NOISE and
#: tested on their own in ``tests/test_hostile.py``.
SURROGATES: tuple[str, ...] = ("\ud800", "\udfff", "\udcff")


def _sentence_from(words: st.SearchStrategy[str], min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.lists(words, min_size=min_size, max_size=max_size).map(lambda ws: " ".join(ws))


def _capitalize(s: str) -> str:
    return s[:1].upper() + s[1:]


@st.composite
def clause(draw: st.DrawFn) -> str:
    """A few words that a quote or reported speech may hold: 'we will win this'."""
    return draw(_sentence_from(st.sampled_from(_CONTENT_WORDS), 1, 12))


@st.composite
def neutral_sentence(draw: st.DrawFn) -> str:
    """Narration without quote marks, cue words or names: 'The ferry ran late.'"""
    return _capitalize(draw(_sentence_from(st.sampled_from(_NEUTRAL_WORDS), 2, 12))) + "."


@st.composite
def neutral_paragraph(draw: st.DrawFn) -> str:
    """A paragraph of narration that attributes nothing to anyone."""
    return " ".join(draw(st.lists(neutral_sentence(), min_size=1, max_size=4)))


@st.composite
def speaker(draw: st.DrawFn) -> str:
    """A way news refers to a speaker: 'Mayor Elena Marsh', 'the minister', 'she'."""
    kind = draw(st.sampled_from(("name", "titled", "role", "pronoun")))
    if kind == "name":
        return draw(st.sampled_from(NAMES))
    if kind == "titled":
        return f"{draw(st.sampled_from(TITLES))} {draw(st.sampled_from(NAMES))}"
    if kind == "role":
        return draw(st.sampled_from(ROLES))
    return draw(st.sampled_from(PRONOUNS))


@st.composite
def direct_quote(draw: st.DrawFn) -> str:
    """A quoted sentence with an attribution, in any mark pair and any of the usual shapes."""
    open_, close = draw(st.sampled_from(MARK_PAIRS))
    who = draw(speaker())
    cue = draw(st.sampled_from(CUES))
    words = draw(clause())
    said = _capitalize(words)
    more = draw(clause())
    shape = draw(st.integers(min_value=0, max_value=6))
    if shape == 0:  # “We will win,” he said.
        return f"{open_}{said},{close} {who} {cue}."
    if shape == 1:  # “We will win,” said Smith.
        return f"{open_}{said},{close} {cue} {who}."
    if shape == 2:  # Smith said: “We will win.”
        return f"{_capitalize(who)} {cue}: {open_}{said}.{close}"
    if shape == 3:  # “We will,” Smith said, “win.”
        return f"{open_}{said},{close} {who} {cue}, {open_}{more}.{close}"
    if shape == 4:  # Smith called it “a turning point for the town.”
        return f"{_capitalize(who)} called it {open_}{words}{close}."
    if shape == 5:  # a quote without attribution
        return f"{open_}{said}!{close}"
    # “We will win,” Smith said. “This is not over.”  (a second quote follows)
    return f"{open_}{said},{close} {who} {cue}. {open_}{_capitalize(more)}.{close}"


@st.composite
def reported_speech(draw: st.DrawFn) -> str:
    """Indirect speech: 'Smith said that ...', 'According to officials, ...'."""
    who = draw(speaker())
    content = draw(clause())
    shape = draw(st.integers(min_value=0, max_value=4))
    if shape == 0:
        return f"{_capitalize(who)} {draw(st.sampled_from(CUES))} that {content}."
    if shape == 1:
        return f"According to {who}, {content}."
    if shape == 2:
        return f"{_capitalize(content)}, {who} {draw(st.sampled_from(CUES))}."
    if shape == 3:
        return f"In {draw(st.sampled_from(('his', 'her', 'their')))} words, {content}."
    return f"{_capitalize(content)}, as {who} put it."


def sentence() -> st.SearchStrategy[str]:
    """Any sentence of a news text."""
    return st.one_of(neutral_sentence(), direct_quote(), reported_speech())


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """One to four sentences."""
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


@st.composite
def news_text(draw: st.DrawFn, max_paragraphs: int = 6) -> str:
    """Paragraphs of news sentences, separated by blank lines (or other line ends)."""
    paragraphs = draw(st.lists(paragraph(), min_size=1, max_size=max_paragraphs))
    separator = draw(st.sampled_from(("\n\n", "\n\n", "\n", "\r\n\r\n", "\r\r", "\n \n", "\u2029")))
    return separator.join(paragraphs)


@st.composite
def noise(draw: st.DrawFn) -> str:
    """One piece of noise, or a long run of one quote mark."""
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        return draw(st.sampled_from(ALL_MARKS)) * draw(st.integers(min_value=2, max_value=200))
    return draw(st.sampled_from(NOISE))


@st.composite
def hostile_text(draw: st.DrawFn, max_paragraphs: int = 6) -> str:
    """A news text with noise inserted at random places (possibly inside quotes and words)."""
    text = draw(news_text(max_paragraphs=max_paragraphs))
    insertions = draw(
        st.lists(st.tuples(st.integers(min_value=0, max_value=len(text)), noise()), max_size=12)
    )
    # Insert from the end so earlier positions stay valid.
    for position, piece in sorted(insertions, reverse=True):
        text = text[:position] + piece + text[position:]
    return text


#: Pieces for token soup: the words and marks the engine reacts to, in any order.
_SOUP: tuple[str, ...] = (
    NAMES + TITLES + ROLES + PRONOUNS + CUES + ALL_MARKS
    + ("that", "according to", "in his words", "as", "put it", "told", "Mr.", "U.S.", "(", ")", "—", "–", "-")
    + (",", ".", ":", ";", "!", "?", "...", "\u2026", "\n", "\n\n", "\r\n", " ", "  ", "\t")
)


@st.composite
def token_soup(draw: st.DrawFn) -> str:
    """Cue words, names, pronouns, quote marks and punctuation in random order."""
    pieces = draw(st.lists(st.sampled_from(_SOUP), max_size=60))
    glue = draw(st.sampled_from((" ", "", "\n")))
    return glue.join(pieces)


def any_text() -> st.SearchStrategy[str]:
    """Mostly news-like text, clean or hostile, and sometimes arbitrary Unicode."""
    return st.one_of(
        news_text(),
        hostile_text(),
        hostile_text(),
        token_soup(),
        st.text(max_size=300),
        st.text(alphabet=st.sampled_from(ALL_MARKS + (" ", "a", "b", ".", ",", "\n")), max_size=300),
    )


__all__ = [
    "MARK_PAIRS", "ALL_MARKS", "NOISE", "NAMES", "clause", "neutral_sentence", "neutral_paragraph",
    "speaker", "direct_quote", "reported_speech", "sentence", "paragraph", "news_text", "noise",
    "hostile_text", "token_soup", "any_text", "SURROGATES",
]
