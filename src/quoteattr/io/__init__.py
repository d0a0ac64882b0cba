"""Corpora in, results out: the readers and writers behind the ``quoteattr`` command, for Python.

>>> import io as _io
>>> from quoteattr.io import Document, writer_for
>>> from quoteattr import analyze, load_model
>>> doc = Document("d1", text="“Yes,” Ann said.")
>>> out = _io.StringIO()
>>> w = writer_for("text", out, headings=False)
>>> w.start(); w.write(doc, analyze(doc.text, nlp=load_model(rules_only=True))); w.finish()
>>> out.getvalue()
'Ann [direct, said, 0.95]: Yes,\\n'

Readers (:mod:`quoteattr.io.readers`) turn paths, folders, JSON lines and
standard input into :class:`Document` s, one per input, with an ``error`` for
what cannot be read; :func:`analyze_documents` analyses them in batches;
writers (:mod:`quoteattr.io.writers`) write JSONL (in ``record.schema.json``),
CSV/TSV, text or one HTML page (:mod:`quoteattr.io.html`).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from .html import render_html
from .readers import INPUT_FORMATS, Document, InputOptions, count_documents, read_jsonl_lines, read_paths
from .stream import analyze_documents
from .writers import (
    CSV_COLUMNS,
    CSV_DTYPES,
    FORMATS,
    NULLABLE,
    SCHEMA_VERSION,
    CsvWriter,
    HtmlWriter,
    JsonlWriter,
    TextWriter,
    TsvWriter,
    Writer,
    to_record,
    writer_for,
)


@functools.cache
def _schema_text() -> str:
    return (resources.files("quoteattr") / "io" / "record.schema.json").read_text(encoding="utf-8")


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one JSONL record, as shipped in ``quoteattr/io/record.schema.json``."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


__all__ = [
    "Document", "InputOptions", "read_paths", "read_jsonl_lines", "count_documents", "analyze_documents",
    "Writer", "JsonlWriter", "CsvWriter", "TsvWriter", "TextWriter", "HtmlWriter", "writer_for", "to_record",
    "render_html", "record_schema", "SCHEMA_VERSION", "FORMATS", "INPUT_FORMATS", "CSV_COLUMNS", "CSV_DTYPES",
    "NULLABLE",
]
