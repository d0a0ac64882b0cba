"""The engine: text -> statements -> speakers -> result.

Every door (``attribute``, the spaCy component, the CLI, the benchmarks) calls
these functions; none re-implements a step.

==================  ==============================================
stage               modules
==================  ==============================================
the text            ``text/``: marks, sentences, shape
statements          ``statements/``: cues, frames (reported,
                    nominal), attachment rules, assembly
speakers            ``speakers/``: mentions, opening, names, people,
                    sieves, coreference
confidence          ``confidence.py``
result              ``result.py``
==================  ==============================================

``docs/pipeline.md`` walks one text through the stages.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from typing import Iterable, Iterator

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from . import confidence
from . import profiling
from .chunking import chunk_chars, split_text
from .collector import deferred_full_collections
from .hygiene import clean_text, kept_original, recut
from .result import Analysis, Quote, Span, Speaker
from .settings import Settings
from .speakers.coreference import Resolver
from .stitching import Stitcher, context_chars, context_start
from .statements.assemble import Statement, assemble
from .statements.cue_prepositions import with_cue_prepositions
from .statements.cues import find_cues
from .statements.filters import filter_statements
from .statements.passive_subject import with_passive_subjects
from .statements.reported import frames_from_parse, frames_from_surface
from .text.marks import strip_span
from .text.shape import shape_of

__all__ = ["analyze_doc", "analyze_made_doc", "analyze_text", "analyze_stream", "tokenizable"]


def analyze_doc(doc: Doc, settings: Settings, text: str | None = None) -> Analysis:
    """Statements and people of one Doc (offsets into ``doc.text``).

    *text* is ``doc.text`` when the caller has it already (spaCy rebuilds
    ``doc.text`` from the tokens on every access).
    """
    if text is None:
        text = doc.text
    if not text.strip():
        return Analysis((), ())
    clock = profiling.clock()  # None unless the benchmark profiles the stages
    if clock:
        clock.start()
    lexicon = settings.lexicon
    parsed = doc.has_annotation("DEP")
    shape = shape_of(text, lexicon)
    if clock:
        clock.lap("marks and sentences")
    # token texts as slices of the text: no spaCy Token is made for them
    columns = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
    tok_starts = [start for start, _ in columns]
    words = [text[start:start + length] for start, length in columns]
    lowers = [w.lower() for w in words]
    if clock:
        clock.lap("token arrays")
    frames = []
    for s_lo, s_hi in shape.sentences:
        t_lo, t_hi = bisect_left(tok_starts, s_lo), bisect_left(tok_starts, s_hi)
        cues = find_cues(
            doc, t_lo, t_hi, lexicon, parsed=parsed, scope_all=settings.scope == "all", quoted=shape.quoted, lowers=lowers
        )
        if clock:
            clock.lap("cues")
        build = frames_from_parse if parsed else frames_from_surface
        frames.append(build(doc, cues, (t_lo, t_hi), lexicon) if cues else [])
        if clock:
            clock.lap("frames")
    statements = assemble(doc, shape, frames, keep_scare_quotes=settings.keep_scare_quotes, lexicon=lexicon)
    statements = filter_statements(doc, shape, statements, settings)
    statements = with_passive_subjects(doc, statements, lexicon, parsed)
    statements = with_cue_prepositions(doc, statements, lexicon)
    if clock:
        clock.lap("statements")
    resolver = Resolver(doc, text, shape.sentences, lexicon, words, tok_starts, lowers, shape.paragraphs)
    if clock:
        clock.lap("names")
    resolved, people = resolver.number(resolver.resolve(statements))
    if clock:
        clock.lap("speakers")
    tier = "trained" if parsed else "rules"
    quotes = tuple(_to_quote(text, st, r.speaker, r.path, tier) for st, r in zip(statements, resolved, strict=True))
    if clock:
        clock.lap("result")
    return Analysis(quotes, tuple(people))


def _to_quote(text: str, st: Statement, speaker: Speaker | None, path: str, tier: str) -> Quote:
    pieces = [strip_span(text, s, e) for s, e in st.pieces]
    pieces = [p for p in pieces if p[0] < p[1]] or [st.pieces[0]]
    content = Span.of(text, pieces[0][0], pieces[-1][1])
    return Quote(
        kind=st.kind,  # type: ignore[arg-type]
        content=content,
        fragments=tuple(Span.of(text, s, e) for s, e in pieces),
        cue=Span.of(text, *st.cue) if st.cue else None,
        speaker=speaker,
        confidence=confidence.final(st.pattern, unclosed=st.started_unclosed, resolution=path, tier=tier),
        flags=st.flags if st.closed else (*st.flags, "unclosed"),
    )


#: the clean-up every door applies (hygiene.py), under its old name
tokenizable = clean_text


def _cleaned(doc: Doc, settings: Settings, clean: str, original: str) -> Analysis:
    """analyze_doc on a Doc of ``clean_text(original)``, spans cut from *original* (see hygiene.py)."""
    analysis = analyze_doc(doc, settings, clean)
    return analysis if clean is original else recut(analysis, original)


@deferred_full_collections()
def analyze_made_doc(doc: Doc, settings: Settings) -> Analysis:
    """A Doc a pipeline made (``analyze_doc`` and the component): spans cut from the text it was made from."""
    text = doc.text
    original = kept_original(doc)
    return _cleaned(doc, settings, text, text if original is None else original)


@deferred_full_collections()
def analyze_text(text: str, nlp: Language, settings: Settings) -> Analysis:
    """Run *nlp* and the engine on *text*, cutting texts longer than ``chunking.chunk_chars(nlp)``.

    Each chunk is analysed with the end of the one before (``stitching.context_start``), so a
    pronoun or role noun just after a cut finds the person named just before it; the chunks'
    results are stitched into one (``stitching.Stitcher``): people carried across chunks keep
    one id and name.
    """
    limit = chunk_chars(nlp)
    if len(text) <= limit:
        clean = clean_text(text)
        return _cleaned(nlp(clean), settings, clean, text)
    stitcher = Stitcher()
    context = context_chars(nlp.max_length)
    for offset, chunk in split_text(text, min(limit, nlp.max_length - context)):
        start = context_start(text, offset, context)  # the chunk with the end of the one before
        piece = text[start:offset + len(chunk)]
        clean = clean_text(piece)
        stitcher.add(_cleaned(nlp(clean), settings, clean, piece), start, offset, offset + len(chunk), context)
    return stitcher.result()


def analyze_stream(
    texts: Iterable[str], nlp: Language, settings: Settings, *, batch_size: int, n_process: int
) -> Iterator[Analysis]:
    """Analyses of a stream of texts, in order, through ``nlp.pipe``.

    A text longer than ``nlp.max_length`` goes through the pipe as an empty
    placeholder and is analysed in chunks by :func:`analyze_text` in its turn.
    """
    pending: deque[tuple[str, str | None]] = deque()  # (text, its clean-up or None when too long for the pipe)

    def feed() -> Iterator[str]:
        for text in texts:
            clean = None if len(text) > chunk_chars(nlp) else clean_text(text)
            pending.append((text, clean))
            yield "" if clean is None else clean

    for doc in nlp.pipe(feed(), batch_size=batch_size, n_process=n_process):
        text, clean = pending.popleft()
        if clean is None:
            yield analyze_text(text, nlp, settings)
        else:
            with deferred_full_collections():
                analysis = _cleaned(doc, settings, clean, text)
            yield analysis
