"""The spaCy component ``"quoteattr"``: ``nlp.add_pipe("quoteattr")``.

Results are stored on the Doc as plain data (lists of dicts in the documented
schema), never as Span objects, so Docs survive ``DocBin`` and pickling, and
the extensions are installed by the component itself so they exist in every
worker of ``nlp.pipe(..., n_process=2)``.

Input hygiene: spaCy's tokenizer runs before any component, so the component
protects itself when it is added: with ``guard_tokenizer=True`` (the default)
it puts ``nlp.tokenizer`` behind :class:`quoteattr.hygiene.GuardedTokenizer`,
which gives the tokenizer the same cleaned text as ``attribute()`` does (no
crash on a lone surrogate, no quadratic time on punctuation runs, markup read
as spaces) and keeps the original text for the spans. The Doc's ``text`` is
then the cleaned text (same length and offsets). With ``guard_tokenizer=False``,
or on a Doc not made by ``nlp.tokenizer``, the component reads the Doc as it is.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import engine
from .api import check_language
from .errors import OptionError
from .hygiene import guard_tokenizer as _guard
from .lexicon import Lexicon
from .result import Analysis
from .settings import Settings


def install_extensions() -> None:
    """Register ``doc._.quotes`` and ``doc._.people``; safe to call any number of times."""
    for name in ("quotes", "people"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def quotes_of(doc: Doc) -> Analysis:
    """The Analysis stored on a Doc by the component, as result objects."""
    install_extensions()
    return Analysis.from_dict({"quotes": doc._.quotes or [], "people": doc._.people or []})


class QuoteAttributor:
    """Finds statements and speakers and stores them on ``doc._.quotes`` / ``doc._.people``."""

    def __init__(self, nlp: Language, name: str, settings: Settings) -> None:
        self.name = name
        self.settings = settings
        install_extensions()

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        analysis = engine.analyze_made_doc(doc, self.settings)
        doc._.quotes = [q.to_dict() for q in analysis.quotes]
        doc._.people = [p.to_dict() for p in analysis.people]
        return doc


@Language.factory(
    "quoteattr",
    assigns=["doc._.quotes", "doc._.people"],
    default_config={"scope": "statements", "keep_scare_quotes": False, "lexicon_dir": None,
                    "guard_tokenizer": True},
)
def make_quoteattr(
    nlp: Language, name: str, scope: str, keep_scare_quotes: bool, lexicon_dir: str | None,
    guard_tokenizer: bool = True,
) -> QuoteAttributor:
    """Factory of the ``"quoteattr"`` component.

    scope: "statements" or "all"; keep_scare_quotes: also report scare quotes;
    lexicon_dir: a folder of word lists laid out like ``quoteattr/data``;
    guard_tokenizer: put ``nlp.tokenizer`` behind quoteattr's input clean-up
    (see the module's docstring).
    """
    check_language(nlp, "nlp.add_pipe('quoteattr')")
    if not isinstance(guard_tokenizer, bool):
        raise OptionError.not_bool("guard_tokenizer", guard_tokenizer)
    if guard_tokenizer:
        _guard(nlp)
    lexicon = Lexicon.from_dir(Path(lexicon_dir)) if lexicon_dir else Lexicon.default()
    settings = Settings(scope=scope, keep_scare_quotes=keep_scare_quotes, lexicon=lexicon)  # type: ignore[arg-type]
    return QuoteAttributor(nlp, name, settings)


install_extensions()


@Language.component("quoteattr_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    The parser respects boundaries set before it, so it no longer joins the
    last words of one paragraph to the first of the next (a headline to its
    lede, a quote paragraph to the attribution before it). ``load_model``
    puts it before the parser of the pipelines it loads.
    """
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if prev.is_space and "\n" in prev.text or prev.whitespace_ and "\n" in prev.text_with_ws[len(prev.text):]:
            doc[i].is_sent_start = True
    return doc
