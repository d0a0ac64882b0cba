"""Writing results: JSON lines, CSV/TSV, text for people, and one HTML page.

A writer turns each ``(document, analysis)`` into one record — ``None`` for a
document that failed, whose record carries its ``error`` — and writes a
record with one ``write`` call, so an interrupted run leaves only complete
lines. JSON records carry ``schema_version`` and always are valid JSON
(RFC 8259: no NaN, no Infinity); they follow ``record.schema.json``
(:func:`quoteattr.io.record_schema`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, TextIO

from spacy.language import Language

from ..result import SCHEMA_VERSION, Analysis, Person, Quote
from .html import page_head, page_tail, render_error, render_fragment
from .readers import Document

FORMATS = ("jsonl", "csv", "tsv", "html", "text", "parquet")
CSV_COLUMNS = ("doc_id", "kind", "speaker_name", "speaker_entity", "speaker_mention", "cue",
               "text", "start", "end", "confidence", "error")
#: The pandas dtypes of the CSV/TSV columns. Read with
#: ``pandas.read_csv(path, dtype=CSV_DTYPES, keep_default_na=False, na_values={c: [""] for c in NULLABLE})``:
#: whole numbers stay whole (``Int64`` is pandas' integer with missing values, empty in a failed
#: document's row or a statement without a speaker); text columns stay text ("NA" is a word, not missing).
CSV_DTYPES: dict[str, str] = {
    "doc_id": "string", "kind": "string", "speaker_name": "string", "speaker_entity": "Int64",
    "speaker_mention": "string", "cue": "string", "text": "string", "start": "Int64", "end": "Int64",
    "confidence": "Float64", "error": "string",
}
#: Columns whose empty cell means "missing" (every other empty cell is an empty string).
NULLABLE = ("speaker_entity", "start", "end", "confidence")


def to_record(doc: Document, analysis: Analysis | None) -> dict[str, Any]:
    """The JSON record of one document: ``id``, its kept fields, ``schema_version``, then results or ``error``."""
    record: dict[str, Any] = {"id": doc.id, **doc.fields, "schema_version": SCHEMA_VERSION}
    if analysis is None:
        record["error"] = doc.error or "the document could not be analysed"
    else:
        record.update(analysis.to_dict())
    return record


def dumps_record(record: dict[str, Any]) -> str:
    """*record* as one line of strict JSON (RFC 8259), or an error record when it cannot be written so."""
    try:
        return json.dumps(record, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError) as err:
        fallback = {"id": record.get("id") if isinstance(record.get("id"), (str, int)) else str(record.get("id")),
                    "schema_version": SCHEMA_VERSION, "error": f"the record cannot be written as JSON: {err}"}
        return json.dumps(fallback, ensure_ascii=False, allow_nan=False, default=str)


def speaker_label(q: Quote, people: dict[int, Person]) -> str:
    """The speaker's name; else the first mention of its entity ("the city engineer" for "her"); else "?"."""
    if q.speaker is None:
        return "?"
    if q.speaker.name:
        return q.speaker.name
    person = people.get(q.speaker.entity) if q.speaker.entity is not None else None
    if person is not None and (person.name or person.mentions):
        return person.name or person.mentions[0].text
    return q.speaker.mention.text if q.speaker.mention else "?"


def one_line(text: str) -> str:
    """*text* with every run of white space (line breaks too) made one space."""
    return re.sub(r"\s+", " ", text).strip()


class Writer:
    """Writes one record per document to *out*: ``start()``, ``write()`` per document, ``finish()``.

    headings: whether the text format starts each document with ``== ID``.
    split: one statement per quoted passage (:meth:`quoteattr.Quote.split`).
    """

    def __init__(self, out: TextIO, *, headings: bool = True, split: bool = False) -> None:
        self.out = out
        self.headings = headings
        self.split = split

    def start(self) -> None:
        """Write what comes before the first record (a header, the top of a page)."""
        self.out.write(self.head())

    def write(self, doc: Document, analysis: Analysis | None) -> None:
        """Write the record of one document, in one ``write`` call."""
        if analysis is not None and self.split:
            analysis = analysis.split()
        self.out.write(self.format(doc, analysis))

    def finish(self) -> None:
        """Write what comes after the last record."""
        self.out.write(self.tail())

    def head(self) -> str:
        return ""

    def format(self, doc: Document, analysis: Analysis | None) -> str:
        raise NotImplementedError

    def tail(self) -> str:
        return ""


class JsonlWriter(Writer):
    """One JSON object per line and per document (:func:`to_record`)."""

    def format(self, doc: Document, analysis: Analysis | None) -> str:
        return dumps_record(to_record(doc, analysis)) + "\n"


class CsvWriter(Writer):
    """A header, then one row per statement; a failed document has one row with its ``error``.

    Column types are :data:`CSV_DTYPES`. ``text`` is :attr:`quoteattr.Quote.text` (the fragments
    of an interrupted quote joined by " … "); ``start``/``end`` are the whole statement's offsets.
    """

    delimiter = ","

    def _rows(self, rows: list[list[Any]]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=self.delimiter, lineterminator="\n").writerows(rows)
        return buffer.getvalue()

    def head(self) -> str:
        return self._rows([list(CSV_COLUMNS)])

    def format(self, doc: Document, analysis: Analysis | None) -> str:
        if analysis is None:
            return self._rows([[doc.id] + [""] * (len(CSV_COLUMNS) - 2) + [doc.error]])
        rows = []
        for q in analysis.quotes:
            sp = q.speaker
            rows.append([
                doc.id, q.kind,
                sp.name if sp and sp.name is not None else "",
                sp.entity if sp and sp.entity is not None else "",
                sp.mention.text if sp and sp.mention else "",
                q.cue.text if q.cue else "",
                q.text, q.content.start, q.content.end, q.confidence, "",
            ])
        return self._rows(rows)


class TsvWriter(CsvWriter):
    """:class:`CsvWriter` with tabs (fields holding a tab or a line break are quoted; read with a CSV reader)."""

    delimiter = "\t"


class TextWriter(Writer):
    """``Speaker name [kind, cue, confidence]: text``, one line per statement.

    The text is :attr:`quoteattr.Quote.text` on one line: an interrupted quote
    shows its fragments joined by " … ", without the words between.
    """

    def format(self, doc: Document, analysis: Analysis | None) -> str:
        lines = [f"== {doc.id}"] if self.headings else []
        if analysis is None:
            lines.append(f"error: {doc.error}")
        else:
            people = {p.entity: p for p in analysis.people}
            for q in analysis.quotes:
                cue = q.cue.text if q.cue else "-"
                lines.append(f"{speaker_label(q, people)} [{q.kind}, {cue}, {q.confidence:.2f}]: {one_line(q.text)}")
        return "".join(line + "\n" for line in lines)


class HtmlWriter(Writer):
    """One page with every document drawn by :mod:`quoteattr.io.html`."""

    count = 0

    def head(self) -> str:
        self.count = 0
        return page_head("quoteattr: who said what")

    def format(self, doc: Document, analysis: Analysis | None) -> str:
        self.count += 1
        prefix = f"qa-d{self.count}"
        if analysis is None:
            return render_error(str(doc.id), doc.error or "", prefix=prefix) + "\n"
        return render_fragment(doc.text or "", analysis.quotes, analysis.people,
                               prefix=prefix, heading=str(doc.id)) + "\n"

    def tail(self) -> str:
        return page_tail()


class ParquetWriter(Writer):
    """One row per document in :data:`quoteattr.arrow.SCHEMA`, ids as strings (pyarrow: the 'parquet' extra).

    The rows, the schema and the file writing are :mod:`quoteattr.arrow`'s and
    :mod:`quoteattr.batch`'s; this only adapts the documents to them. *out* must
    have a binary ``buffer`` (a file opened in text mode, or standard output).
    """

    def __init__(self, out: TextIO, *, headings: bool = True, split: bool = False,
                 nlp: Language | None = None, model: str | None = None) -> None:
        super().__init__(out, headings=False, split=split)
        import warnings

        from ..batch import RULES_ONLY, describe, resolve_model
        from ..models import default_model

        nlp = nlp if nlp is not None else default_model()
        with warnings.catch_warnings():  # the model was chosen, and warned about, when it was loaded
            warnings.simplefilter("ignore")
            self.loaded = describe(nlp, model or (resolve_model(None) if nlp.pipe_names else RULES_ONLY))

    def start(self) -> None:
        from ..arrow import ParquetSink

        self.sink = ParquetSink(self.out.buffer, id_name="id")

    def write(self, doc: Document, analysis: Analysis | None) -> None:
        from ..batch import record

        if analysis is not None and self.split:
            analysis = analysis.split()
        self.sink.write(record("id", str(doc.id), analysis, doc.error, self.loaded))

    def finish(self) -> None:
        self.sink.close()


WRITERS: dict[str, type[Writer]] = {
    "jsonl": JsonlWriter, "csv": CsvWriter, "tsv": TsvWriter, "html": HtmlWriter, "text": TextWriter,
}


def writer_for(format: str, out: TextIO, *, headings: bool = True, split: bool = False,
               nlp: Language | None = None, model: str | None = None) -> Writer:
    """The writer of *format* (one of :data:`FORMATS`) writing to *out*.

    nlp, model: the pipeline and its recorded name, for the Parquet rows' version fields.
    """
    if format == "parquet":
        return ParquetWriter(out, headings=headings, split=split, nlp=nlp, model=model)
    try:
        cls = WRITERS[format]
    except KeyError:
        from ..errors import OptionError

        raise OptionError(f"format={format!r} is not known: use one of {', '.join(FORMATS)}.") from None
    return cls(out, headings=headings, split=split)


__all__ = [
    "Writer", "JsonlWriter", "CsvWriter", "TsvWriter", "TextWriter", "HtmlWriter", "ParquetWriter", "WRITERS", "writer_for",
    "to_record", "dumps_record", "speaker_label", "SCHEMA_VERSION", "FORMATS", "CSV_COLUMNS", "CSV_DTYPES",
    "NULLABLE",
]
