"""The spaCy component ``"quoteattr"``: ``nlp.add_pipe("quoteattr")``.

Results are stored on the Doc twice: as plain data in ``doc._.quotes`` /
``doc._.people`` (lists of dicts in the documented schema, never Span objects,
so Docs survive ``DocBin(store_user_data=True)`` and pickling), and as spaCy
spans in ``doc.spans["quotes"]``, ``["quote_speakers"]`` and ``["quote_cues"]``
(:mod:`quoteattr.spans`), which survive a plain ``DocBin`` and render with
displaCy. The extensions are installed by the component itself so they exist
in every worker of ``nlp.pipe(..., n_process=2)``. A custom lexicon
(``lexicon_dir``) is saved with the pipeline (``nlp.to_disk``), the way the
entity ruler saves its patterns.
"""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path
from typing import Any, Iterable

import srsly
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import engine
from .api import check_language
from .errors import LexiconError, OptionError
from .hygiene import guard_tokenizer as _guard
from .lexicon import Lexicon
from .result import Analysis
from .settings import Settings
from .spans import install_span_extensions, set_spans

#: The folder, inside the component's folder of a saved pipeline, that holds its custom lexicon.
LEXICON_FOLDER = "lexicon"
#: The files of a lexicon folder that are saved with the pipeline.
LEXICON_SUFFIXES = (".tsv", ".txt", ".json", ".csv")


class MissingParagraphsWarning(UserWarning):
    """A pipeline with a parser but without ``quoteattr_paragraphs`` before it: results may differ."""


PARAGRAPHS_WARNING = (
    "quoteattr: this pipeline has a parser but no 'quoteattr_paragraphs' component before it, so the parser "
    "may join the last words of one paragraph to the first of the next (a headline to its lede, a quote "
    "paragraph to the attribution before it), and some statements or speakers can differ from "
    "quoteattr.attribute(). Add it with nlp.add_pipe('quoteattr_paragraphs', before='parser'), or load the "
    "pipeline with quoteattr.load_model(name), which does so."
)


def install_extensions() -> None:
    """Register ``doc._.quotes``, ``doc._.people`` and the Span extensions; safe to call any number of times."""
    for name in ("quotes", "people"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    install_span_extensions()


def quotes_of(doc: Doc) -> Analysis:
    """The Analysis stored on a Doc by the component, as result objects."""
    install_extensions()
    return Analysis.from_dict({"quotes": doc._.quotes or [], "people": doc._.people or []})


def _read_folder(folder: Path) -> dict[str, str]:
    """The word-list files of a lexicon folder, by name (every visible regular file)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix in LEXICON_SUFFIXES and not p.name.startswith(".")}


class QuoteAttributor:
    """Finds statements and speakers and stores them on ``doc._.quotes`` / ``doc._.people`` and ``doc.spans``.

    lexicon_files: the files of a custom lexicon by name (None: the built-in
    lexicon); they are written with the pipeline by :meth:`to_disk`.
    missing_lexicon: a ``lexicon_dir`` that did not exist when the component
    was made; :meth:`from_disk` replaces it with the copy saved with the
    pipeline, else the first Doc raises :class:`~quoteattr.LexiconError`.
    """

    def __init__(self, nlp: Language, name: str, settings: Settings, *,
                 lexicon_files: dict[str, str] | None = None, missing_lexicon: str | None = None) -> None:
        self.name = name
        self.settings = settings
        self.lexicon_files = lexicon_files
        self.missing_lexicon = missing_lexicon
        install_extensions()

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        if self.missing_lexicon is not None:
            raise LexiconError(
                f"the quoteattr component's lexicon_dir {self.missing_lexicon!r} does not exist, and the pipeline "
                "was not saved with a copy of it: pass an existing folder, or save the pipeline (nlp.to_disk) "
                "where the folder exists, so the lexicon travels with it."
            )
        analysis = engine.analyze_made_doc(doc, self.settings)
        doc._.quotes = [q.to_dict() for q in analysis.quotes]
        doc._.people = [p.to_dict() for p in analysis.people]
        set_spans(doc, analysis)
        return doc

    # ------------------------------------------------------------ the custom lexicon travels with the pipeline

    def use_lexicon_dir(self, folder: str | Path) -> None:
        """Use the word lists of *folder* (laid out like ``quoteattr/data``), and keep a copy to save."""
        lexicon = Lexicon.from_dir(Path(folder))  # raises LexiconError saying what is wrong
        self.settings = Settings(scope=self.settings.scope, keep_scare_quotes=self.settings.keep_scare_quotes,
                                 lexicon=lexicon)
        self.lexicon_files, self.missing_lexicon = _read_folder(Path(folder)), None

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the custom lexicon (if any) in ``path/lexicon/``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        if self.lexicon_files:
            (folder / LEXICON_FOLDER).mkdir(exist_ok=True)
            for name, text in self.lexicon_files.items():
                (folder / LEXICON_FOLDER / name).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteAttributor:
        """Load the custom lexicon saved by :meth:`to_disk`, if there is one."""
        folder = Path(path) / LEXICON_FOLDER
        if folder.is_dir():
            self.use_lexicon_dir(folder)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        data: bytes = srsly.msgpack_dumps({"lexicon": self.lexicon_files})
        return data

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> QuoteAttributor:
        files: dict[str, Any] | None = srsly.msgpack_loads(data).get("lexicon")
        if files:
            with tempfile.TemporaryDirectory() as tmp:
                for name, text in files.items():
                    (Path(tmp) / Path(str(name)).name).write_text(str(text), encoding="utf-8")
                self.use_lexicon_dir(tmp)
        return self


@Language.factory(
    "quoteattr",
    # Nothing is required: with token.dep (a parser) before it the trained tier runs, without it the
    # rules-only tier; token.ent_type is used when present. See docs/tiers.md.
    requires=[],
    assigns=["doc._.quotes", "doc._.people", "doc.spans", "span._.quote_cue", "span._.quote_speaker",
             "span._.speaker_name"],
    default_config={"scope": "statements", "keep_scare_quotes": False, "lexicon_dir": None,
                    "guard_tokenizer": True},
)
def make_quoteattr(
    nlp: Language, name: str, scope: str, keep_scare_quotes: bool, lexicon_dir: str | None,
    guard_tokenizer: bool = True,
) -> QuoteAttributor:
    """Factory of the ``"quoteattr"`` component.

    scope: "statements" or "all"; keep_scare_quotes: also report scare quotes;
    lexicon_dir: a folder of word lists laid out like ``quoteattr/data``; it is
    saved with the pipeline, so a pipeline loaded elsewhere keeps it;
    guard_tokenizer: put ``nlp.tokenizer`` behind quoteattr's input clean-up
    (see the module's docstring).
    """
    check_language(nlp, "nlp.add_pipe('quoteattr')")
    if not isinstance(guard_tokenizer, bool):
        raise OptionError.not_bool("guard_tokenizer", guard_tokenizer)
    if guard_tokenizer:
        _guard(nlp)
    if "parser" in nlp.pipe_names and "quoteattr_paragraphs" not in nlp.pipe_names:
        warnings.warn(PARAGRAPHS_WARNING, MissingParagraphsWarning, stacklevel=2)
    # A lexicon_dir that does not exist may be a saved pipeline's, loaded on another machine:
    # from_disk then brings the copy saved with it.
    missing = lexicon_dir if lexicon_dir and not Path(lexicon_dir).exists() else None
    settings = Settings(scope=scope, keep_scare_quotes=keep_scare_quotes)  # type: ignore[arg-type]
    component = QuoteAttributor(nlp, name, settings, missing_lexicon=missing)
    if lexicon_dir and missing is None:
        component.use_lexicon_dir(lexicon_dir)
    return component


install_extensions()


@Language.component("quoteattr_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    The parser respects boundaries set before it, so it no longer joins the
    last words of one paragraph to the first of the next (a headline to its
    lede, a quote paragraph to the attribution before it). ``load_model``
    puts it before the parser of the pipelines it loads.
    """
    if len(doc) < 2:
        return doc
    # One pass and one write: the Token.is_sent_start setter scans the whole Doc on every call
    # (has_annotation("DEP")), which made this component quadratic in the paragraphs of a long text.
    breaks = [i + 1 for i, tok in enumerate(doc)
              if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_]
    breaks = [i for i in breaks if i < len(doc)]
    if breaks:
        starts = doc.to_array([SENT_START])
        starts[breaks] = 1
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # the stub types to_array as floats; it holds ints
    return doc
