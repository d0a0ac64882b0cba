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
from typing import Iterable, Iterator

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .chunking import shift_analysis, split_text
from .coreference import PATH_CONFIDENCE, Resolver
from .cues import find_cues
from .hygiene import clean_text, kept_original, recut
from .marks import find_regions, paragraphs, strip_span
from .quotes import Statement, assemble
from .reported import frames_from_parse, frames_from_surface
from .result import Analysis, Quote, Span
from .sentences import split_sentences
from .settings import Settings


def analyze_doc(doc: Doc, settings: Settings, text: str | None = None) -> Analysis:
    """Statements and people of one Doc (offsets into ``doc.text``).

    *text* is ``doc.text`` when the caller has it already (spaCy rebuilds
    ``doc.text`` from the tokens on every access).
    """
    if text is None:
        text = doc.text
    if not text.strip():
        return Analysis((), ())
    lexicon = settings.lexicon
    scope_all = settings.scope == "all"
    parsed = doc.has_annotation("DEP")
    paras = paragraphs(text)
    regions = find_regions(text, paras)
    sentences = split_sentences(text, paras, regions, lexicon)
    opens = [r.open for r in regions]

    def quoted(pos: int) -> bool:
        k = bisect_right(opens, pos) - 1
        return k >= 0 and regions[k].open < pos < regions[k].close

    tok_starts = doc.to_array(IDX).tolist() if len(doc) else []
    words = [t.text for t in doc]
    lowers = [w.lower() for w in words]
    frames = []
    for s_lo, s_hi in sentences:
        t_lo, t_hi = bisect_left(tok_starts, s_lo), bisect_left(tok_starts, s_hi)
        cues = find_cues(doc, t_lo, t_hi, lexicon, parsed=parsed, scope_all=scope_all, quoted=quoted, lowers=lowers)
        build = frames_from_parse if parsed else frames_from_surface
        frames.append(build(doc, cues, (t_lo, t_hi), lexicon) if cues else [])
    para_starts = [p[0] for p in paras]
    paragraph_of = [max(0, bisect_right(para_starts, s) - 1) for s, _ in sentences]
    statements = assemble(doc, text, sentences, regions, frames, paragraph_of, paras, settings.keep_scare_quotes, lexicon)
    resolver = Resolver(doc, text, sentences, lexicon, words, tok_starts)
    resolved, people = resolver.number(resolver.resolve(statements))
    quotes = tuple(_to_quote(text, st, sp, path) for st, (sp, path) in zip(statements, resolved, strict=True))
    return Analysis(quotes, tuple(people))


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


def _cleaned(doc: Doc, settings: Settings, clean: str, original: str) -> Analysis:
    """analyze_doc on a Doc of ``clean_text(original)``, spans cut from *original* (see hygiene.py)."""
    analysis = analyze_doc(doc, settings, clean)
    return analysis if clean is original else recut(analysis, original)


def analyze_made_doc(doc: Doc, settings: Settings) -> Analysis:
    """A Doc a pipeline made (``analyze_doc`` and the component): spans cut from the text it was made from."""
    text = doc.text
    original = kept_original(doc)
    return _cleaned(doc, settings, text, text if original is None else original)


def analyze_text(text: str, nlp: Language, settings: Settings) -> Analysis:
    """Run *nlp* and the engine on *text*, cutting texts longer than ``nlp.max_length``."""
    if len(text) <= nlp.max_length:
        clean = clean_text(text)
        return _cleaned(nlp(clean), settings, clean, text)
    quotes: list[Quote] = []
    people = []
    for offset, chunk in split_text(text, nlp.max_length):
        clean = clean_text(chunk)
        part = shift_analysis(_cleaned(nlp(clean), settings, clean, chunk), offset, len(people))
        quotes.extend(part.quotes)
        people.extend(part.people)
    return Analysis(tuple(quotes), tuple(people))


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
            clean = None if len(text) > nlp.max_length else clean_text(text)
            pending.append((text, clean))
            yield "" if clean is None else clean

    for doc in nlp.pipe(feed(), batch_size=batch_size, n_process=n_process):
        text, clean = pending.popleft()
        yield analyze_text(text, nlp, settings) if clean is None else _cleaned(doc, settings, clean, text)
