"""Input hygiene: the one clean-up every door applies before spaCy's tokenizer.

Every door — ``attribute``/``analyze`` (and their ``_many`` forms, so the
CLI), ``analyze_doc`` and the ``"quoteattr"`` component — tokenizes and
analyses :func:`clean_text` of the input, never the raw string, and cuts the
text of every span it returns from the caller's original string
(:func:`recut`). :func:`clean_text` keeps the length, so offsets into the
cleaned text are offsets into the original.

What it changes, each for a reason:

==============================  =====================  ============================================
what                            becomes                why
==============================  =====================  ============================================
a lone surrogate (``\\ud800``)   U+FFFD                 spaCy cannot encode it and raises
an HTML/XML tag (``</p>``)      spaces                 scrapers leave them; ``said.</p>`` is no cue
a run of ``NOISE_RUN`` or more  spaces                 spaCy's tokenizer peels punctuation one
punctuation or symbol marks                            character at a time: quadratic in the run
a stretch of ``LONGEST_WORD``   one space every        the same peeling on any long word
characters without whitespace   ``LONGEST_WORD``       (``"'s" * 10_000`` took 41 s)
a dateline at a line's start    spaces                 a place and an agency are never a speaker,
(``LONDON —``,                                         but the parser takes "LONDON" for the
``OTTAWA (Reuters) -``,                                subject of "LONDON — Ann Lee said …", and
``BEIJING, March 5 (Xinhua) --``,                      "NEW DELHI: …" reads as a transcript turn
``NEW DELHI:`` or                                      that swallows the lede's statement
``Cape Town -`` opening the
lede)
==============================  =====================  ============================================

Each step is one linear scan (no regular expression here can backtrack: each
is a bounded character class or a bounded repetition), so the whole clean-up
is linear in the text. Text that needs none of it comes back as the same
object after seven ``search`` calls (nine when a colon dateline opens it).

The component door cannot clean a text before spaCy tokenizes it: the
tokenizer runs before any component. :class:`GuardedTokenizer` closes that
gap: it wraps ``nlp.tokenizer`` so that the tokenizer sees the cleaned text,
and keeps the original on the Doc (``doc.user_data``) for the spans' text.
The component installs it when it is added (``guard_tokenizer=True``, the
default); :func:`guard_tokenizer` installs it on any pipeline, e.g. before
``analyze_doc``. What it cannot do: a Doc made without ``nlp.tokenizer``
(``Doc(vocab, words=...)``, another pipeline's Doc, a tokenizer replaced after
the component was added) is analysed as it is — the component then cleans only
what it reads itself, not the tokens the parser saw, and spaCy may already
have spent quadratic time on it.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Iterator

import regex
from spacy.tokens import Doc

from .result import Analysis, Quote, Span

#: Punctuation/symbol runs this long or longer are noise ("!!!!", "=====", a
#: thousand quote marks): no English word or sentence needs 32 marks in a row,
#: and below that spaCy's quadratic peeling costs microseconds.
NOISE_RUN = 32

#: No whitespace-free stretch longer than this reaches the tokenizer (a space
#: replaces every LONGEST_WORD-th character of a longer one). Longer than real
#: words, long URLs and e-mail addresses; a 256-character word costs spaCy's
#: tokenizer at most a few milliseconds whatever it is made of.
LONGEST_WORD = 256

#: Where the original text of a Doc made by :class:`GuardedTokenizer` is kept
#: (as UTF-8 bytes with surrogates passed through, so msgpack can carry it).
ORIGINAL_KEY = "quoteattr.original_text"

_SURROGATE = regex.compile("[\ud800-\udfff]")
_HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
_NOISE = regex.compile(r"[\p{P}\p{S}]{%d,}" % NOISE_RUN)
_LONG_WORD = regex.compile(r"\S{%d,}" % (LONGEST_WORD + 1))
#: "LONDON —", "SAN FRANCISCO, Calif. —", "OTTAWA (Reuters) -", "CANBERRA (AAP) -", "WASHINGTON, Dec 3
#: (Reuters) -", "BEIJING, March 5 (Xinhua) --", "MOSCOW, December 1. /TASS/.", "ABU DHABI, 3rd December, 2025
#: (WAM) --": capitals (a place), an optional
#: ", State", an optional date, an optional "(Agency)", then a dash and a space (or an agency between slashes), at
#: the start of a line and before a sentence (a capital or a quote mark: "NATO - the alliance" stays)
_PLACE = (r"[A-Z][A-Z.'’-]{1,30}(?:[ ]{1,3}[A-Z][A-Z.'’-]{1,30}){0,3}"
          r"(?:,[ ]{1,3}[A-Z][A-Za-z.]{1,15}(?:[ ][A-Z][A-Za-z.]{1,15})?)?"
          r"(?:,?[ ]{1,3}(?:\d{1,2}(?:st|nd|rd|th)?[ ]{1,3})?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
          r"(?:[ ]{1,3}\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ ]{1,3}\d{4})?\.?)?")
#: an agency in brackets after the place ("(Reuters)", "(AAP)"), a dash, and the capital or quote mark that opens
#: the lede's first sentence: the parts the dateline patterns share
_AGENCY = r"(?:[ ]{0,3}\([A-Za-z][A-Za-z .&/-]{0,40}\))?"
_DASH = r"(?:—|–|--?)"
_LEDE = r"[ ](?=[A-Z“\"‘'])"
_DATELINE = regex.compile(
    r"(?m)^[ \t]{0,8}" + _PLACE + r"(?:" + _AGENCY + r"[ ]{0,3}" + _DASH + r"|[ ]{1,3}/[A-Z][A-Za-z]{1,15}/\.?)" + _LEDE
)
#: "NEW DELHI:", "DOHA:", "ISLAMABAD, Dec 3 (APP):" (South Asian and Gulf papers). The same shape opens a
#: transcript turn ("PENCE: …"), so it counts as a dateline only when it is the text's one such line and
#: opens its lede: within the first DATELINE_REACH characters, after nothing but a headline or a byline
#: (no sentence ends before it). A transcript has a turn per speaker, and a lone turn follows a sentence.
_COLON_DATELINE = regex.compile(r"(?m)^[ \t]{0,8}" + _PLACE + _AGENCY + ":" + _LEDE)
#: "Cape Town -", "Abuja —", "Lagos, Nigeria (Reuters) —" (South African and Nigerian papers): a place in
#: capitalised words before a spaced dash. A name or a headline can open a line the same way, so it counts as a
#: dateline only where a colon dateline does: opening the lede, with no sentence ended before it
_TITLE_DATELINE = regex.compile(
    r"(?m)^[ \t]{0,8}[A-Z][a-z]{1,20}(?:[ ][A-Z][a-z]{1,20}){0,2}(?:,[ ]{1,3}[A-Z][a-z]{1,20}(?:[ ][A-Z][a-z]{1,20})?)?"
    + _AGENCY + r"[ ]{1,3}" + _DASH + _LEDE
)
#: how far into the text a colon dateline may stand (after a headline and a byline)
DATELINE_REACH = 400
_SENTENCE_END = regex.compile(r"[.!?][\"”’']?\s")


def _blank(match: regex.Match[str]) -> str:
    return " " * len(match.group())


def _break_word(match: regex.Match[str]) -> str:
    word = match.group()
    step = LONGEST_WORD
    return "".join(word[i : i + step - 1] + (" " if i + step <= len(word) else word[i + step - 1 : i + step])
                   for i in range(0, len(word), step))


def clean_text(text: str) -> str:
    """*text* as spaCy's tokenizer can take it, with the same length (see the module's table).

    >>> clean = clean_text("“Yes,” she said.</p> " + "!" * 40)
    >>> len(clean), clean.rstrip()
    (61, '“Yes,” she said.')
    """
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if "<" in text and _HTML_TAG.search(text):
        text = _HTML_TAG.sub(_blank, text)  # "said.</p>" -> "said.    "
    if _NOISE.search(text):
        text = _NOISE.sub(_blank, text)
    if _LONG_WORD.search(text):
        text = _LONG_WORD.sub(_break_word, text)
    if _DATELINE.search(text):
        text = _DATELINE.sub(_blank, text)
    text = _lede_dateline(text, _COLON_DATELINE, alone=True)  # (a second such line makes a transcript)
    return _lede_dateline(text, _TITLE_DATELINE, alone=False)


def _lede_dateline(text: str, pattern: regex.Pattern[str], alone: bool) -> str:
    """*text* with a dateline of *pattern* blanked where it opens the lede: within DATELINE_REACH, no sentence
    ended before it, and (*alone*) no second line of that shape in the text."""
    found = pattern.search(text, 0, DATELINE_REACH)
    if found is None or _SENTENCE_END.search(text, 0, found.start()) is not None \
            or (alone and pattern.search(text, found.end()) is not None):
        return text
    return text[: found.start()] + _blank(found) + text[found.end():]


def _span(source: str, span: Span) -> Span:
    return Span(span.start, span.end, source[span.start : span.end])


def _quote(source: str, quote: Quote) -> Quote:
    speaker = quote.speaker
    if speaker is not None and speaker.mention is not None:
        speaker = dataclasses.replace(speaker, mention=_span(source, speaker.mention))
    return dataclasses.replace(
        quote,
        content=_span(source, quote.content),
        fragments=tuple(_span(source, f) for f in quote.fragments),
        cue=None if quote.cue is None else _span(source, quote.cue),
        speaker=speaker,
    )


def recut(analysis: Analysis, original: str) -> Analysis:
    """*analysis* of ``clean_text(original)`` with every span's text cut from *original*.

    Offsets are unchanged (the clean-up keeps the length); names stay as the
    engine read them in the cleaned text.
    """
    return Analysis(
        tuple(_quote(original, q) for q in analysis.quotes),
        tuple(dataclasses.replace(p, mentions=tuple(_span(original, m) for m in p.mentions)) for p in analysis.people),
    )


def kept_original(doc: Doc) -> str | None:
    """The original text :class:`GuardedTokenizer` kept on *doc* when it cleaned it, else None."""
    kept = doc.user_data.get(ORIGINAL_KEY) if doc.user_data else None
    if isinstance(kept, bytes):
        original = kept.decode("utf-8", "surrogatepass")
        if len(original) == len(doc.text):
            return original
    return None


class GuardedTokenizer:
    """``nlp.tokenizer`` behind :func:`clean_text`: same offsets, no quadratic input, no crash.

    The Doc's text is the cleaned text (tags and noise runs read as spaces,
    lone surrogates as U+FFFD); when that differs from the input, the input is
    kept in ``doc.user_data[ORIGINAL_KEY]`` and the component cuts its spans
    from it. Everything else (serialisation, special cases, ``explain``) is the
    wrapped tokenizer's.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, str):
            made: Doc = self.tokenizer(text)  # not text: the tokenizer's own error
            return made
        clean = clean_text(text)
        doc: Doc = self.tokenizer(clean)
        if clean is not text:
            doc.user_data[ORIGINAL_KEY] = text.encode("utf-8", "surrogatepass")
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (GuardedTokenizer, (self.tokenizer,))


def guard_tokenizer(nlp: Any) -> Any:
    """Put *nlp*'s tokenizer behind :class:`GuardedTokenizer` (once; safe to call again). Returns *nlp*."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    return nlp


__all__ = ["NOISE_RUN", "LONGEST_WORD", "clean_text", "recut", "kept_original", "GuardedTokenizer",
           "guard_tokenizer"]
