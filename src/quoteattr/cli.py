"""The ``quoteattr`` command line: argument handling around :mod:`quoteattr.io`.

Every input document yields exactly one output record, in input order. A
document that cannot be read (missing file, bad UTF-8, bad JSON line, no text
field, a broken link or a FIFO in a folder) yields a record with an ``error``
field and the run goes on; the exit status is 0 when every document was
analysed, 1 when any failed, 2 for a usage error (bad option, model or lexicon
that cannot be loaded, output that cannot be opened, standard input that may or
may not be JSON lines), 130 after SIGINT and 143 after SIGTERM (the output then
holds only complete records, and the worker processes are ended). See
``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import signal
import sys
import warnings
from pathlib import Path
from types import FrameType
from typing import IO, Any, Sequence, TextIO

from spacy.language import Language
from tqdm import tqdm

from ._version import __version__
from .errors import LexiconError, ModelError, QuoteattrError
from .io import readers
from .io.readers import INPUT_FORMATS, Document, InputOptions, looks_like_jsonl, peek_lines, read_paths, same_file
from .io.stream import analyze_documents
from .io.writers import FORMATS, writer_for
from .lexicon import Lexicon
from .batch import RULES_ONLY
from .models import load_model

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_SIGINT, EXIT_SIGTERM = 128 + signal.SIGINT, 128 + signal.SIGTERM


class Progress:
    """A tqdm bar on stderr: documents done (of the total when it is known), their rate and time left, words."""

    def __init__(self, stream: TextIO, enabled: bool, total: int | None = None) -> None:
        self.words = 0
        self.bar = tqdm(total=total, desc="quoteattr", unit=" docs", file=stream, disable=not enabled,
                        mininterval=0.5, dynamic_ncols=True, leave=True)

    def update(self, doc: Document) -> None:
        self.words += len(doc.text.split()) if doc.text else 0
        self.bar.set_postfix_str(f"{self.words:,} words", refresh=False)
        self.bar.update(1)

    def finish(self) -> None:
        self.bar.close()


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread like Ctrl-C so that the run stops the same orderly way."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


def _stop_workers(before: set[Any]) -> None:
    """End the worker processes ``nlp.pipe(n_process=...)`` started during the run (none started before it)."""
    workers = [p for p in multiprocessing.active_children() if p not in before]
    for p in workers:
        p.terminate()
    for p in workers:
        p.join(timeout=10)
        if p.is_alive():
            p.kill()
            p.join(timeout=5)


# ---------------------------------------------------------------- arguments

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
               "2 usage error, 130/143 interrupted. Documentation: docs/cli.md.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="text files, folders (every *.txt inside, recursively, sorted), JSONL files "
                        "(*.jsonl, *.ndjson), or '-' for standard input (the default)")
    p.add_argument("-f", "--format", choices=FORMATS, default="jsonl",
                   help="output: jsonl (default, the documented schema), csv/tsv (one row per statement), "
                        "html (one page), text (who said what, for people), parquet (one row per "
                        "document, docs/scale.md; needs pyarrow)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                   help="how to read inputs: auto (by file suffix; standard input is JSONL when its first line "
                        "is a JSON object, else text), text, jsonl")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field holding the text (default: text)")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSONL field holding the document id (default: id; else FILE:LINE)")
    tier = p.add_mutually_exclusive_group()
    tier.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (default: the best trained one installed)")
    tier.add_argument("--rules-only", action="store_true", help="use the rules-only tier (no trained pipeline)")
    p.add_argument("--lexicon", metavar="DIR",
                   help="a folder of word lists laid out like quoteattr/data (cues.tsv, titles.tsv, ...) to use "
                        "instead of the built-in ones")
    p.add_argument("--scope", choices=("statements", "all"), default="statements",
                   help="statements (default) or all attributions (also beliefs, documents as sources)")
    p.add_argument("--keep-scare-quotes", action="store_true", help="also report scare quotes, titles, nicknames")
    p.add_argument("--split-quotes", action="store_true",
                   help="one statement per quoted passage: each piece of an interrupted direct quote apart, "
                        "with the speaker (as CoreNLP and the Gender Gap Tracker count quotes)")
    p.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="texts per nlp.pipe batch (default 32)")
    p.add_argument("--n-process", type=_processes, default=1, metavar="N",
                   help="processes for nlp.pipe (default 1; -1: one per CPU)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no warnings on stderr")
    p.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    return p


def _single_document(paths: Sequence[str], opts: InputOptions, stdin_format: str | None) -> bool:
    """Whether the input is one plain text document (then text output has no headings)."""
    if len(paths) > 1:
        return False
    name = paths[0] if paths else "-"
    if name == "-":
        return (stdin_format or opts.input_format) != "jsonl"
    path = Path(name)
    return not path.is_dir() and not readers.is_jsonl(path, opts)


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


def _parquet_problem(args: argparse.Namespace) -> str | None:
    """Why ``--format parquet`` cannot run here, or None."""
    if importlib.util.find_spec("pyarrow") is None:
        return "--format parquet needs pyarrow: pip install 'quoteattr[parquet]'"
    if not args.output and _isatty(sys.stdout):
        return "--format parquet writes a binary file: give it with -o FILE (or redirect standard output)"
    return None


def _load(args: argparse.Namespace, err: TextIO) -> Language:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = load_model(args.model, rules_only=args.rules_only)
    if not args.quiet:
        for w in caught:
            err.write(f"quoteattr: warning: {w.message}\n")
    return nlp


def _sniff_stdin(paths: Sequence[str], opts: InputOptions) -> tuple[Any, str | None, str | None]:
    """``(stdin source, how to read it, usage error)``: JSON lines on standard input are recognised."""
    if "-" not in (paths or ["-"]):
        return None, None, None
    if opts.input_format != "auto":
        return None, opts.input_format, None
    stream: IO[bytes] = getattr(sys.stdin, "buffer", None) or sys.stdin  # type: ignore[assignment]
    first, source = peek_lines(stream)
    found = looks_like_jsonl(first)
    if found is None:
        return source, None, ("standard input starts like JSON lines, but its first line is not a valid JSON "
                              "object: say how to read it with --input-format jsonl (one document per line) "
                              "or --input-format text (one document)")
    return source, "jsonl" if found else "text", None


# ---------------------------------------------------------------- command

def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some document failed, 2 usage error)."""
    err: TextIO = sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    opts = InputOptions(args.input_format, args.text_field, args.id_field)
    if args.format == "parquet" and (problem := _parquet_problem(args)):
        err.write(f"quoteattr: {problem}\n")
        return EXIT_USAGE
    try:
        lexicon = Lexicon.from_dir(args.lexicon) if args.lexicon else None
        nlp = _load(args, err)
    except (ModelError, LexiconError, QuoteattrError) as exc:
        err.write(f"quoteattr: {exc}\n")
        return EXIT_USAGE
    target = Path(args.output).resolve() if args.output else None
    if target is not None and any(p != "-" and same_file(Path(p), target) for p in args.paths):
        err.write(f"quoteattr: the output file {args.output} is also an input; write somewhere else\n")
        return EXIT_USAGE

    def warn(message: str) -> None:
        if not args.quiet:
            err.write(f"quoteattr: warning: {message}\n")

    if not args.paths and not args.quiet and _isatty(sys.stdin):
        err.write("quoteattr: reading one text from standard input (end it with Ctrl-D)\n")
    stdin, stdin_format, problem = _sniff_stdin(args.paths, opts)
    if problem:
        err.write(f"quoteattr: {problem}\n")
        return EXIT_USAGE
    try:
        out: TextIO = (open(args.output, "w", encoding="utf-8", errors="backslashreplace", newline="")
                       if args.output else _utf8_stdout())
    except OSError as exc:
        err.write(f"quoteattr: cannot write {args.output}: {exc.strerror or exc}\n")
        return EXIT_USAGE
    show = not args.quiet and _isatty(err)
    total = readers.count_documents(args.paths, opts, skip=target) if show else None
    return _run(args, opts, nlp, lexicon, out, err, warn, stdin, stdin_format, target, show, total)


def _run(args: argparse.Namespace, opts: InputOptions, nlp: Language, lexicon: Lexicon | None, out: TextIO,
         err: TextIO, warn: Any, stdin: Any, stdin_format: str | None, target: Path | None, show: bool,
         total: int | None) -> int:
    """Read, analyse and write every document; the orderly stop on SIGINT/SIGTERM."""
    writer = writer_for(args.format, out, headings=not _single_document(args.paths, opts, stdin_format),
                        split=args.split_quotes, nlp=nlp, model=RULES_ONLY if args.rules_only else args.model)
    progress = Progress(err, enabled=show, total=total)
    failed = 0
    status = EXIT_OK
    before = set(multiprocessing.active_children())
    previous = _install_sigterm()
    results = None
    try:
        writer.start()
        docs = read_paths(args.paths, opts, stdin=stdin, stdin_format=stdin_format, warn=warn, skip=target)
        results = analyze_documents(docs, nlp, batch_size=args.batch_size, n_process=args.n_process,
                                    scope=args.scope, keep_scare_quotes=args.keep_scare_quotes, lexicon=lexicon)
        for doc, analysis in results:
            failed += analysis is None
            writer.write(doc, analysis)
            progress.update(doc)
        writer.finish()
        out.flush()
    except BrokenPipeError:  # e.g. `quoteattr corpus/ | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = EXIT_FAILED
    except KeyboardInterrupt as exc:  # SIGINT, or SIGTERM (Terminated): stop workers, keep complete records
        status = EXIT_SIGTERM if isinstance(exc, Terminated) else EXIT_SIGINT
        _interrupted(before, results, writer, out, err, signal.Signals(status - 128).name)
    except OSError as exc:  # the output could not be written (disk full, ...)
        err.write(f"quoteattr: cannot write the output: {exc.strerror or exc}\n")
        status = EXIT_FAILED
    finally:
        _restore_sigterm(previous)
        _stop_workers(before)
        progress.finish()
        if out is not sys.stdout:
            try:
                out.close()
            except OSError:  # already reported above
                failed += 1
    if status != EXIT_OK:
        return status
    if failed:
        warn(f"{failed} document{'s' if failed != 1 else ''} failed; see the 'error' field")
    return EXIT_FAILED if failed else EXIT_OK


def _interrupted(before: set[Any], results: Any, writer: Any, out: IO[str], err: TextIO, name: str) -> None:
    """After SIGINT/SIGTERM: end the workers, close the pipeline, finish the output with whole records."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy warns that its workers did not exit with status 0
        _stop_workers(before)
        if results is not None:
            try:
                results.close()
            except Exception:  # noqa: BLE001 - already stopping; the workers are ended above
                pass
    try:
        writer.finish()
        out.flush()
    except (OSError, ValueError):
        pass
    err.write(f"\nquoteattr: interrupted ({name}); the output holds every record finished before it\n")


def _install_sigterm() -> Any:
    try:
        return signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread: leave signals alone
        return None


def _restore_sigterm(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)
