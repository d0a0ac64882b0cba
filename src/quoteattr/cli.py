"""The ``quoteattr`` command line: who said what in files, folders, JSONL and standard input.

Every input document yields exactly one output record, in input order. A
document that cannot be read (missing file, bad UTF-8, bad JSON line, no text
field) yields a record with an ``error`` field and the run goes on; the exit
status is 0 when every document was analysed, 1 when any failed, 2 for a usage
error (bad option, model that cannot be loaded, output that cannot be opened).
See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
import warnings
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Sequence, TextIO

from spacy.language import Language

from . import __version__
from .api import analyze, analyze_many
from .errors import ModelError, QuoteattrError, encoding_hint
from .models import load_model
from .render import page_head, page_tail, render_error, render_fragment
from .result import Analysis, Person, Quote

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FORMATS = ("jsonl", "csv", "tsv", "html", "text")
INPUT_FORMATS = ("auto", "text", "jsonl")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Keys of an output record that quoteattr fills; input fields of these names are not kept.
RESERVED = ("id", "quotes", "people", "error")
CSV_COLUMNS = ("doc_id", "kind", "speaker_name", "speaker_entity", "speaker_mention", "cue",
               "content", "start", "end", "confidence", "error")
STDIN_ID = "<stdin>"


@dataclass
class Document:
    """One input document: its text, or why it could not be read."""

    id: Any
    text: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class InputOptions:
    input_format: str = "auto"
    text_field: str = "text"
    id_field: str = "id"


# ---------------------------------------------------------------- reading

def _decode(data: bytes, what: str) -> tuple[str | None, str | None]:
    """UTF-8 text of *data* (a leading byte-order mark dropped), or an error message."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, (f"{what} is not valid UTF-8 (byte 0x{data[err.start]:02x} at byte {err.start}): "
                      f"convert it to UTF-8 first, e.g. {encoding_hint(data)}")
    return text.removeprefix("\ufeff"), None


def read_text_file(path: Path, doc_id: str) -> Document:
    """A text file as one document."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return Document(doc_id, error=f"cannot read {path}: {err.strerror or err}")
    text, error = _decode(data, "the file")
    return Document(doc_id, text=text, error=error)


def read_jsonl_lines(lines: Iterable[bytes | str], source: str, opts: InputOptions) -> Iterator[Document]:
    """One document per non-blank JSON line; a line that is not usable yields an error document."""
    for n, raw in enumerate(lines, 1):
        where = f"{source}:{n}"
        if isinstance(raw, bytes):
            line, error = _decode(raw, f"line {n}")
            if line is None:
                yield Document(where, error=error)
                continue
        else:
            line = raw.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            record = json.loads(line.strip())
        except json.JSONDecodeError as err:
            yield Document(where, error=f"line {n} is not valid JSON: {err.msg} (column {err.colno})")
            continue
        except RecursionError:
            yield Document(where, error=f"line {n} is JSON nested too deeply to read")
            continue
        if not isinstance(record, dict):
            yield Document(where, error=f"line {n} is a JSON {type(record).__name__}, not an object")
            continue
        yield _record_document(record, where, n, opts)


def _record_document(record: dict[str, Any], where: str, n: int, opts: InputOptions) -> Document:
    doc_id = record.get(opts.id_field)
    if doc_id is None:
        doc_id = where
    kept = {k: v for k, v in record.items() if k not in (opts.id_field, opts.text_field, *RESERVED)}
    text = record.get(opts.text_field)
    if text is None:
        return Document(doc_id, fields=kept, error=(
            f"line {n} has no {opts.text_field!r} field: name the field that holds the text with --text-field"))
    if not isinstance(text, str):
        return Document(doc_id, fields=kept, error=(
            f"line {n}: the {opts.text_field!r} field is a JSON {type(text).__name__}, not a string"))
    return Document(doc_id, text=text, fields=kept)


def read_jsonl_file(path: Path, opts: InputOptions) -> Iterator[Document]:
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Document(str(path), error=f"cannot read {path}: {err.strerror or err}")
        return
    with handle:
        yield from read_jsonl_lines(handle, str(path), opts)


def _is_jsonl(path: Path, opts: InputOptions) -> bool:
    if opts.input_format != "auto":
        return opts.input_format == "jsonl"
    return path.suffix.lower() in JSONL_SUFFIXES


def read_stdin(stream: IO[Any], opts: InputOptions) -> Iterator[Document]:
    source = getattr(stream, "buffer", stream)
    if opts.input_format == "jsonl":
        yield from read_jsonl_lines(source, STDIN_ID, opts)
        return
    data = source.read()
    if isinstance(data, bytes):
        text, error = _decode(data, "standard input")
        yield Document(STDIN_ID, text=text, error=error)
    else:
        yield Document(STDIN_ID, text=data)


def read_inputs(paths: Sequence[str], opts: InputOptions, stdin: IO[Any],
                warn: Callable[[str], None], *, skip: Path | None = None) -> Iterator[Document]:
    """Every document of *paths* in order: files, folders (recursively, sorted), ``-`` for stdin.

    skip: a file not to read from folders (the output file, when it is inside one).
    """
    for name in paths or ["-"]:
        if name == "-":
            yield from read_stdin(stdin, opts)
            continue
        path = Path(name)
        if path.is_dir():
            pattern = "*.jsonl" if opts.input_format == "jsonl" else "*.txt"
            files = sorted(p for p in path.rglob(pattern) if p.is_file() and not _same(p, skip))
            if not files:
                warn(f"no {pattern} files in the folder {name}")
            for p in files:
                yield from (read_jsonl_file(p, opts) if _is_jsonl(p, opts) else [read_text_file(p, str(p))])
        elif _is_jsonl(path, opts):
            yield from read_jsonl_file(path, opts)
        else:
            yield read_text_file(path, name)


def _same(path: Path, other: Path | None) -> bool:
    return other is not None and path.resolve() == other


# ---------------------------------------------------------------- analysing

def analyze_documents(docs: Iterable[Document], nlp: Language, *, batch_size: int = 32, n_process: int = 1,
                      scope: str = "statements", keep_scare_quotes: bool = False,
                      ) -> Iterator[tuple[Document, Analysis | None]]:
    """``(document, analysis)`` for every document, in order; ``None`` for a failed one.

    Good documents stream through :func:`quoteattr.analyze_many` in batches. If
    a batch fails, its documents are analysed one by one, so that one bad
    document turns into an error record and does not take the others with it.
    """
    options = dict(nlp=nlp, scope=scope, keep_scare_quotes=keep_scare_quotes)
    source = iter(docs)
    pending: deque[Document] = deque()

    def texts() -> Iterator[str]:
        for doc in source:
            pending.append(doc)
            if doc.error is None:
                yield doc.text  # type: ignore[misc]

    while True:
        try:
            for analysis in analyze_many(texts(), batch_size=batch_size, n_process=n_process, **options):
                while pending[0].error is not None:
                    yield pending.popleft(), None
                yield pending.popleft(), analysis
            while pending:
                yield pending.popleft(), None
            return
        except Exception:  # noqa: BLE001 - one bad document must not end the run
            if not pending:
                raise
        while pending:  # salvage the documents of the failed batch, one at a time
            doc = pending.popleft()
            if doc.error is not None:
                yield doc, None
                continue
            try:
                yield doc, analyze(doc.text, **options)  # type: ignore[arg-type]
            except Exception as err:  # noqa: BLE001
                doc.error = f"analysis failed: {type(err).__name__}: {err}"
                yield doc, None


# ---------------------------------------------------------------- writing

def _who(q: Quote, people: dict[int, Person]) -> str:
    """The speaker's name; else the first mention of its entity ("the city engineer" for "her")."""
    if q.speaker is None:
        return "?"
    if q.speaker.name:
        return q.speaker.name
    person = people.get(q.speaker.entity) if q.speaker.entity is not None else None
    if person is not None and (person.name or person.mentions):
        return person.name or person.mentions[0].text
    return q.speaker.mention.text if q.speaker.mention else "?"


def _words(q: Quote) -> str:
    """The statement's own words on one line: its fragments joined by " … "."""
    pieces = [f.text for f in q.fragments] if len(q.fragments) > 1 else [q.content.text]
    return " … ".join(re.sub(r"\s+", " ", p).strip() for p in pieces)


class Writer:
    """Writes one record per document to *out*."""

    def __init__(self, out: TextIO, *, headings: bool = True) -> None:
        self.out = out
        self.headings = headings

    def start(self) -> None:
        pass

    def write(self, doc: Document, analysis: Analysis | None) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass


class JsonlWriter(Writer):
    def write(self, doc: Document, analysis: Analysis | None) -> None:
        record: dict[str, Any] = {"id": doc.id, **doc.fields}
        if analysis is None:
            record["error"] = doc.error
        else:
            record.update(analysis.to_dict())
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")


class CsvWriter(Writer):
    delimiter = ","

    def start(self) -> None:
        self.rows = csv.writer(self.out, delimiter=self.delimiter, lineterminator="\n")
        self.rows.writerow(CSV_COLUMNS)

    def write(self, doc: Document, analysis: Analysis | None) -> None:
        if analysis is None:
            self.rows.writerow([doc.id] + [""] * (len(CSV_COLUMNS) - 2) + [doc.error])
            return
        for q in analysis.quotes:
            sp = q.speaker
            self.rows.writerow([
                doc.id, q.kind,
                sp.name if sp and sp.name is not None else "",
                sp.entity if sp and sp.entity is not None else "",
                sp.mention.text if sp and sp.mention else "",
                q.cue.text if q.cue else "",
                q.content.text, q.content.start, q.content.end, q.confidence, "",
            ])


class TsvWriter(CsvWriter):
    delimiter = "\t"


class TextWriter(Writer):
    """``Speaker name [kind, cue, confidence]: content``, one line per statement.

    An interrupted quote shows its fragments joined by " … ", without the words between.
    """

    def write(self, doc: Document, analysis: Analysis | None) -> None:
        if self.headings:
            self.out.write(f"== {doc.id}\n")
        if analysis is None:
            self.out.write(f"error: {doc.error}\n")
            return
        people = {p.entity: p for p in analysis.people}
        for q in analysis.quotes:
            cue = q.cue.text if q.cue else "-"
            self.out.write(f"{_who(q, people)} [{q.kind}, {cue}, {q.confidence:.2f}]: {_words(q)}\n")


class HtmlWriter(Writer):
    """One page with every document rendered by :mod:`quoteattr.render`."""

    def start(self) -> None:
        self.count = 0
        self.out.write(page_head("quoteattr: who said what"))

    def write(self, doc: Document, analysis: Analysis | None) -> None:
        self.count += 1
        prefix = f"qa-d{self.count}"
        if analysis is None:
            self.out.write(render_error(str(doc.id), doc.error or "", prefix=prefix) + "\n")
        else:
            self.out.write(render_fragment(doc.text or "", analysis.quotes, analysis.people,
                                           prefix=prefix, heading=str(doc.id)) + "\n")

    def finish(self) -> None:
        self.out.write(page_tail())


WRITERS: dict[str, type[Writer]] = {
    "jsonl": JsonlWriter, "csv": CsvWriter, "tsv": TsvWriter, "html": HtmlWriter, "text": TextWriter,
}


class Progress:
    """``N documents, W words, D docs/s, R words/s`` on one refreshed stderr line."""

    def __init__(self, stream: TextIO, enabled: bool, every: float = 0.5) -> None:
        self.stream, self.enabled, self.every = stream, enabled, every
        self.docs = self.words = 0
        self.began = self.shown = time.monotonic()

    def update(self, doc: Document) -> None:
        self.docs += 1
        self.words += len(doc.text.split()) if doc.text else 0
        if self.enabled and time.monotonic() - self.shown >= self.every:
            self._show("\r")

    def _show(self, end: str) -> None:
        self.shown = time.monotonic()
        secs = max(self.shown - self.began, 1e-9)
        self.stream.write(f"\rquoteattr: {self.docs:,} documents, {self.words:,} words, "
                          f"{self.docs / secs:,.1f} docs/s, {self.words / secs:,.0f} words/s\033[K{end}")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self._show("\n")


# ---------------------------------------------------------------- command

def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return n


def _processes(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1 and n != -1:
        raise argparse.ArgumentTypeError(f"{value!r}: give 1 or more processes, or -1 for one per CPU")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr",
        description="Who said what in English news text: statements and their speakers, "
                    "one output record per input document.",
        epilog="Exit status: 0 all documents analysed, 1 some document failed (see its 'error'), "
               "2 usage error. Documentation: docs/cli.md.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="text files, folders (every *.txt inside, recursively, sorted), JSONL files "
                        "(*.jsonl, *.ndjson), or '-' for standard input (the default)")
    p.add_argument("-f", "--format", choices=FORMATS, default="jsonl",
                   help="output: jsonl (default, the documented schema), csv/tsv (one row per statement), "
                        "html (one page), text (who said what, for people)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                   help="how to read inputs: auto (by file suffix; stdin is text), text, jsonl")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field holding the text (default: text)")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSONL field holding the document id (default: id; else FILE:LINE)")
    tier = p.add_mutually_exclusive_group()
    tier.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (default: the best trained one installed)")
    tier.add_argument("--rules-only", action="store_true", help="use the rules-only tier (no trained pipeline)")
    p.add_argument("--scope", choices=("statements", "all"), default="statements",
                   help="statements (default) or all attributions (also beliefs, documents as sources)")
    p.add_argument("--keep-scare-quotes", action="store_true", help="also report scare quotes, titles, nicknames")
    p.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="texts per nlp.pipe batch (default 32)")
    p.add_argument("--n-process", type=_processes, default=1, metavar="N",
                   help="processes for nlp.pipe (default 1; -1: one per CPU)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line and no warnings on stderr")
    p.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    return p


def _single_document(paths: Sequence[str], opts: InputOptions) -> bool:
    """Whether the input is one plain text document (then text output has no headings)."""
    if len(paths) > 1:
        return False
    name = paths[0] if paths else "-"
    if name == "-":
        return opts.input_format != "jsonl"
    path = Path(name)
    return not path.is_dir() and not _is_jsonl(path, opts)


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def _utf8_stdout() -> TextIO:
    """Standard output as UTF-8, whatever the locale says, like the ``-o`` file.

    A lone surrogate (JSONL input may hold one as ``"\\ud800"``) is written as the
    escape ``\\ud800``: in JSON output that is the same string again.
    """
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8", errors="backslashreplace")
    return out


def _load(args: argparse.Namespace, err: TextIO) -> Language:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = load_model(args.model, rules_only=args.rules_only)
    if not args.quiet:
        for w in caught:
            err.write(f"quoteattr: warning: {w.message}\n")
    return nlp


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some document failed, 2 usage error)."""
    err: TextIO = sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    opts = InputOptions(args.input_format, args.text_field, args.id_field)
    try:
        nlp = _load(args, err)
    except (ModelError, QuoteattrError) as exc:
        err.write(f"quoteattr: {exc}\n")
        return EXIT_USAGE
    target = Path(args.output).resolve() if args.output else None
    if target is not None and any(p != "-" and _same(Path(p), target) for p in args.paths):
        err.write(f"quoteattr: the output file {args.output} is also an input; write somewhere else\n")
        return EXIT_USAGE
    try:
        out: TextIO = open(args.output, "w", encoding="utf-8", errors="backslashreplace", newline="") if args.output else _utf8_stdout()
    except OSError as exc:
        err.write(f"quoteattr: cannot write {args.output}: {exc.strerror or exc}\n")
        return EXIT_USAGE

    def warn(message: str) -> None:
        if not args.quiet:
            err.write(f"quoteattr: warning: {message}\n")

    if not args.paths and not args.quiet and _isatty(sys.stdin):
        err.write("quoteattr: reading one text from standard input (end it with Ctrl-D)\n")
    writer = WRITERS[args.format](out, headings=not _single_document(args.paths, opts))
    progress = Progress(err, enabled=not args.quiet and _isatty(err))
    failed = 0
    try:
        writer.start()
        docs = read_inputs(args.paths, opts, sys.stdin, warn, skip=target)
        for doc, analysis in analyze_documents(docs, nlp, batch_size=args.batch_size, n_process=args.n_process,
                                               scope=args.scope, keep_scare_quotes=args.keep_scare_quotes):
            failed += analysis is None
            writer.write(doc, analysis)
            progress.update(doc)
        writer.finish()
        out.flush()
    except BrokenPipeError:  # e.g. `quoteattr corpus/ | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        err.write("\nquoteattr: interrupted\n")
        return 130
    except OSError as exc:  # the output could not be written (disk full, ...)
        err.write(f"quoteattr: cannot write the output: {exc.strerror or exc}\n")
        return EXIT_FAILED
    finally:
        progress.finish()
        if out is not sys.stdout:
            try:
                out.close()
            except OSError:  # already reported above
                failed += 1
    if failed:
        warn(f"{failed} document{'s' if failed != 1 else ''} failed; see the 'error' field")
    return EXIT_FAILED if failed else EXIT_OK
