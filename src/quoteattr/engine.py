"""The engine: marks -> sentences -> cues -> frames -> statements -> speakers -> result.

Every door (``attribute``, the spaCy component, the CLI, the benchmarks) calls
these functions; none re-implements a step.

==================  ==============================================
stage               module
==================  ==============================================
quote marks         ``marks.py``
sentences           ``sentences.py``
cues                ``cues.py``
reported speech     ``reported.py`` (with ``speakers.py``)
direct quotes       ``quotes.py``
coreference         ``coreference.py``
result              ``result.py``
==================  ==============================================
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque

import regex
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .chunking import chunk_chars, merge_people, shift_analysis, split_text
from .coreference import PATH_CONFIDENCE, Carry, Resolver, moved
from .cues import ALWAYS_VERBS, find_cues
from . import profiling
from .marks import QUOTE_CHARS, find_regions, paragraphs, strip_span
from .quotes import Statement, assemble
from .reported import frames_from_parse, frames_from_surface
from .result import Analysis, Quote, Span
from .sentences import split_sentences
from .settings import Settings
from .tokens import TokenTable, cue_candidates


def analyze_doc(doc: Doc, settings: Settings, text: str | None = None) -> Analysis:
    """Statements and people of one Doc (offsets into ``doc.text``).

    *text* is ``doc.text`` when the caller has it already (spaCy rebuilds
    ``doc.text`` from the tokens on every access).
    """
    return analyze_chunk(doc, settings, text, None)[0]


def analyze_chunk(doc: Doc, settings: Settings, text: str | None, carry: Carry | None) -> tuple[Analysis, Carry | None]:
    """:func:`analyze_doc` of one chunk of a longer text, given what the previous chunks carried.

    Returns the chunk's Analysis (offsets into the chunk; person ids of the whole text) and the
    Carry for the next chunk (people, the last speaker and the last sentences); with
    ``carry=None`` (a whole document) none is made.
    """
    exact = text is None or tokenizable(text) is text  # text is doc.text, character for character
    if text is None:
        text = doc.text
    if not text.strip():
        return Analysis((), ()), None if carry is None else moved(carry, len(text))
    clock = profiling.clock()  # None unless the benchmark profiles the stages
    if clock:
        clock.start()
    lexicon = settings.lexicon
    scope_all = settings.scope == "all"
    parsed = doc.has_annotation("DEP")
    paras = paragraphs(text)
    regions = find_regions(text, paras)
    if clock:
        clock.lap("marks")
    sentences = split_sentences(text, paras, regions, lexicon)
    if clock:
        clock.lap("sentences")
    opens = [r.open for r in regions]

    def quoted(pos: int) -> bool:
        k = bisect_right(opens, pos) - 1
        return k >= 0 and regions[k].open < pos < regions[k].close

    table = TokenTable(doc, text if exact else None)  # token attributes read once; the scans below index its lists
    tok_starts, lowers = table.idx, table.lowers
    candidates = cue_candidates(table, lexicon, parsed=parsed, always=ALWAYS_VERBS)
    if clock:
        clock.lap("token arrays")
    frames = []
    for s_lo, s_hi in sentences:
        t_lo, t_hi = bisect_left(tok_starts, s_lo), bisect_left(tok_starts, s_hi)
        cues = find_cues(doc, t_lo, t_hi, lexicon, parsed=parsed, scope_all=scope_all, quoted=quoted, lowers=lowers,
                         offsets=tok_starts, candidates=candidates)
        if clock:
            clock.lap("cues")
        build = frames_from_parse if parsed else frames_from_surface
        frames.append(build(doc, cues, (t_lo, t_hi), lexicon) if cues else [])
        if clock:
            clock.lap("frames")
    para_starts = [p[0] for p in paras]
    paragraph_of = [max(0, bisect_right(para_starts, s) - 1) for s, _ in sentences]
    statements = assemble(doc, text, sentences, regions, frames, paragraph_of, paras, settings.keep_scare_quotes, lexicon)
    if clock:
        clock.lap("statements")
    resolver = Resolver(doc, text, sentences, lexicon, carry=carry, table=table)
    if clock:
        clock.lap("names")
    resolved, people = resolver.number(resolver.resolve(statements))
    if clock:
        clock.lap("speakers")
    quotes = tuple(_to_quote(text, st, sp, path) for st, (sp, path) in zip(statements, resolved, strict=True))
    if clock:
        clock.lap("result")
    return Analysis(quotes, tuple(people)), None if carry is None else resolver.hand_on(len(text))


def _to_quote(text: str, st: Statement, speaker, path: str) -> Quote:  # type: ignore[no-untyped-def]
    pieces = [strip_span(text, s, e) for s, e in st.pieces]
    pieces = [p for p in pieces if p[0] < p[1]] or [st.pieces[0]]
    content = Span.of(text, pieces[0][0], pieces[-1][1])
    confidence = round(st.confidence * PATH_CONFIDENCE.get(path, 0.7), 3)
    return Quote(
        kind=st.kind,  # type: ignore[arg-type]
        content=content,
        fragments=tuple(Span.of(text, s, e) for s, e in pieces),
        cue=Span.of(text, *st.cue) if st.cue else None,
        speaker=speaker,
        confidence=confidence,
        flags=st.flags if st.closed or "unclosed" in st.flags else (*st.flags, "unclosed"),
    )


def tokenizable(text: str) -> str:
    """*text* as spaCy's tokenizer can take it, with the same length.

    Lone surrogates (which spaCy cannot encode) become U+FFFD, and runs of 64
    or more quote marks (noise, which spaCy's tokenizer peels one at a time, in
    quadratic time) and HTML tags left by scrapers ("said.</p>") become spaces. Offsets into the result are offsets into
    *text*; quote marks are paired and spans cut from the caller's original string.
    """
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _MARK_RUN.search(text):
        text = _MARK_RUN.sub(lambda m: " " * len(m.group()), text)
    if "<" in text and _HTML_TAG.search(text):
        text = _HTML_TAG.sub(lambda m: " " * len(m.group()), text)  # "said.</p>" -> "said.    "
    return text


_SURROGATE = regex.compile("[\ud800-\udfff]")
_HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
_MARK_RUN = regex.compile("[" + regex.escape("".join(sorted(QUOTE_CHARS))) + "]{64,}")


def analyze_text(text: str, nlp: Language, settings: Settings) -> Analysis:
    """Run *nlp* and the engine on *text*, cutting texts longer than ``chunking.chunk_chars(nlp)``.

    Chunks end at paragraph boundaries where there are any; people and the
    last speaker carry from one chunk to the next (a ``Carry``), so "he" at
    the start of a chunk can be the person named at the end of the one before.
    """
    limit = chunk_chars(nlp)
    if len(text) <= limit:
        return analyze_doc(nlp(tokenizable(text)), settings, text)
    quotes: list[Quote] = []
    parts = []
    carry: Carry | None = Carry()
    for offset, chunk in split_text(text, limit):
        part, carry = analyze_chunk(nlp(tokenizable(chunk)), settings, chunk, carry)
        part = shift_analysis(part, offset, 0)
        quotes.extend(part.quotes)
        parts.append(part.people)
    return Analysis(tuple(quotes), merge_people(parts))


def analyze_stream(
    texts: Iterable[str], nlp: Language, settings: Settings, *, batch_size: int, n_process: int
) -> Iterator[Analysis]:
    """Analyses of a stream of texts, in order, through ``nlp.pipe``.

    A text longer than ``chunking.chunk_chars(nlp)`` goes through the pipe as an empty
    placeholder and is analysed in chunks by :func:`analyze_text` in its turn.
    """
    pending: deque[tuple[str, bool]] = deque()  # (text, too long for the pipe)
    limit = chunk_chars(nlp)

    def feed() -> Iterator[str]:
        for text in texts:
            too_long = len(text) > limit
            pending.append((text, too_long))
            yield "" if too_long else tokenizable(text)

    for doc in nlp.pipe(feed(), batch_size=batch_size, n_process=n_process):
        text, too_long = pending.popleft()
        yield analyze_text(text, nlp, settings) if too_long else analyze_doc(doc, settings, text)
