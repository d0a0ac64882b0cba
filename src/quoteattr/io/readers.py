"""Reading corpora: text files, folders, JSON lines and standard input, as :class:`Document` s.

Every input yields exactly one document, in input order: its text, or an
``error`` saying why it could not be read (missing file, bad UTF-8, a JSON line
that is not an object, has no text, or holds a number JSON readers cannot
keep). Nothing is dropped silently.
"""

from __future__ import annotations

import json
import math
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Sequence

from ..errors import encoding_hint

INPUT_FORMATS = ("auto", "text", "jsonl")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Keys of an output record that quoteattr fills; input fields of these names are not kept.
RESERVED = ("id", "schema_version", "quotes", "people", "error")
STDIN_ID = "<stdin>"
#: Python reads integers of at most this many digits from text (``sys.get_int_max_str_digits``).
MAX_INT_DIGITS = 4300


@dataclass
class Document:
    """One input document: its text, or why it could not be read.

    ``fields`` holds the other fields of a JSONL record, copied to the output record.
    """

    id: Any
    text: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class InputOptions:
    """How to read inputs: ``input_format`` (auto, text, jsonl) and the JSONL field names."""

    input_format: str = "auto"
    text_field: str = "text"
    id_field: str = "id"


class UnreadableNumber(ValueError):
    """A JSON number that cannot be kept as it is (NaN, Infinity, 1e999, a huge integer)."""


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


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise UnreadableNumber(f"an integer of {len(digits.lstrip('-')):,} digits (more than {MAX_INT_DIGITS:,})")
    return int(digits)


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise UnreadableNumber(f"the number {literal[:40]} is out of the range of a double")
    return value


def _parse_constant(name: str) -> float:
    raise UnreadableNumber(f"{name}, which is not JSON")


def parse_json_line(line: str) -> Any:
    """``json.loads`` that keeps only what JSON writers can write back: finite numbers, sane integers.

    Raises ``json.JSONDecodeError``, :class:`UnreadableNumber` or ``RecursionError``.
    """
    return json.loads(line, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)


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
            record = parse_json_line(line.strip())
        except json.JSONDecodeError as err:
            yield Document(where, error=f"line {n} is not valid JSON: {err.msg} (column {err.colno})")
            continue
        except UnreadableNumber as err:
            yield Document(where, error=f"line {n} holds {err}: write it as a string")
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
    """The documents of one JSONL file (one per non-blank line)."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Document(str(path), error=f"cannot read {path}: {err.strerror or err}")
        return
    with handle:
        yield from read_jsonl_lines(handle, str(path), opts)


def is_jsonl(path: Path, opts: InputOptions) -> bool:
    """Whether *path* is read as JSON lines (by ``opts.input_format``, else by its suffix)."""
    if opts.input_format != "auto":
        return opts.input_format == "jsonl"
    return path.suffix.lower() in JSONL_SUFFIXES


def looks_like_jsonl(first_line: bytes | str) -> bool | None:
    """Whether the first non-blank line of an input makes it JSON lines.

    True: a JSON object; False: plain text; None: it starts like one (``{``)
    but is not valid JSON, so only the user can say (``--input-format``).
    """
    line = first_line.decode("utf-8", "replace") if isinstance(first_line, bytes) else first_line
    line = line.removeprefix("\ufeff").strip()
    if not line.startswith("{"):
        return False
    try:
        return isinstance(parse_json_line(line), dict)
    except (ValueError, RecursionError):
        return None


class Peeked:
    """A binary stream with its first lines already read (by :func:`peek_lines`)."""

    def __init__(self, head: list[bytes], rest: IO[bytes]) -> None:
        self.head, self.rest = head, rest

    def __iter__(self) -> Iterator[bytes]:
        yield from self.head
        yield from self.rest

    def read(self) -> bytes:
        rest = self.rest.read()
        return rest[:0].join([*self.head, rest])


def peek_lines(stream: IO[bytes]) -> tuple[bytes, Peeked]:
    """The first non-blank line of *stream*, and the stream as it was (nothing lost)."""
    head: list[bytes] = []
    while True:
        line = stream.readline()
        if not line:
            return b"", Peeked(head, stream)
        head.append(line)
        if line.strip():
            return line, Peeked(head, stream)


def read_stdin(stream: IO[Any] | Peeked, opts: InputOptions) -> Iterator[Document]:
    """Standard input as one text document, or as JSONL when ``opts.input_format`` says so."""
    source = stream if isinstance(stream, Peeked) else getattr(stream, "buffer", stream)
    if opts.input_format == "jsonl":
        yield from read_jsonl_lines(source, STDIN_ID, opts)
        return
    data = source.read()
    if isinstance(data, bytes):
        text, error = _decode(data, "standard input")
        yield Document(STDIN_ID, text=text, error=error)
    else:
        yield Document(STDIN_ID, text=data)


def _folder_entry(path: Path, opts: InputOptions) -> Iterator[Document]:
    """One file found in a folder; what is not a regular file gets an error record, and is never opened."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        kind = "a broken symbolic link" if path.is_symlink() else "unreadable"
        yield Document(str(path), error=f"cannot read {path}: {kind} ({err.strerror or err})")
        return
    if not stat.S_ISREG(mode):
        kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        yield Document(str(path), error=f"{path} is {kind}, not a regular file: it is not read from a folder")
        return
    yield from read_jsonl_file(path, opts) if is_jsonl(path, opts) else [read_text_file(path, str(path))]


def folder_files(folder: Path, opts: InputOptions, *, skip: Path | None = None) -> list[Path]:
    """The files read from *folder*: ``*.txt`` (``*.jsonl`` with ``--input-format jsonl``), recursively, sorted.

    Broken symbolic links and special files (FIFOs, sockets) are listed too, so
    they get an error record instead of vanishing.
    """
    pattern = "*.jsonl" if opts.input_format == "jsonl" else "*.txt"
    return sorted(p for p in folder.rglob(pattern) if not p.is_dir() and not same_file(p, skip))


def read_paths(paths: Sequence[str], opts: InputOptions = InputOptions(), *, stdin: IO[Any] | Peeked | None = None,
               stdin_format: str | None = None, warn: Callable[[str], None] = lambda message: None,
               skip: Path | None = None) -> Iterator[Document]:
    """Every document of *paths* in order: files, folders (recursively, sorted), ``-`` for standard input.

    stdin: the stream read for ``-`` (default: ``sys.stdin``).
    stdin_format: how to read it ("text" or "jsonl"; default: ``opts.input_format``, "auto" meaning text).
    warn: called with a message for an empty folder.
    skip: a file not to read from folders (the output file, when it is inside one).
    """
    for name in paths or ["-"]:
        if name == "-":
            if stdin is None:
                import sys

                stdin = sys.stdin
            yield from read_stdin(stdin, replace(opts, input_format=stdin_format) if stdin_format else opts)
            continue
        path = Path(name)
        if path.is_dir():
            files = folder_files(path, opts, skip=skip)
            if not files:
                warn(f"no {'*.jsonl' if opts.input_format == 'jsonl' else '*.txt'} files in the folder {name}")
            for p in files:
                yield from _folder_entry(p, opts)
        elif is_jsonl(path, opts):
            yield from read_jsonl_file(path, opts)
        else:
            yield read_text_file(path, name)


def count_documents(paths: Sequence[str], opts: InputOptions = InputOptions(), *,
                    skip: Path | None = None) -> int | None:
    """How many documents :func:`read_paths` will yield, or None when it cannot be known (standard input).

    Reads JSONL files once to count their non-blank lines (cheap beside the analysis).
    """
    total = 0
    for name in paths or ["-"]:
        if name == "-":
            return None
        path = Path(name)
        if path.is_dir():
            for p in folder_files(path, opts, skip=skip):
                total += _count_file(p, opts)
        elif is_jsonl(path, opts) and path.is_file():
            total += _count_file(path, opts)
        elif is_jsonl(path, opts):
            return None  # a pipe or process substitution: reading it would consume it
        else:
            total += 1
    return total


def _count_file(path: Path, opts: InputOptions) -> int:
    if not is_jsonl(path, opts) or not path.is_file():
        return 1  # a text file, or an error record
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


def same_file(path: Path, other: Path | None) -> bool:
    """Whether *path* is *other* (an already resolved path)."""
    try:
        return other is not None and path.resolve() == other
    except (OSError, RuntimeError):
        return False


__all__ = [
    "Document", "InputOptions", "UnreadableNumber", "read_paths", "read_text_file", "read_jsonl_file",
    "read_jsonl_lines", "read_stdin", "count_documents", "looks_like_jsonl", "peek_lines", "parse_json_line",
    "INPUT_FORMATS", "JSONL_SUFFIXES", "STDIN_ID",
]
