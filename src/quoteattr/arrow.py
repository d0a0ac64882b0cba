"""Columnar forms of quoteattr's output: Arrow schemas, tables and Parquet files.

Two shapes, both built from the records of :func:`quoteattr.batch.attribute_records`:

* the **nested** form, :data:`SCHEMA`: one row per document; ``quotes`` is a
  ``list<struct>`` whose struct mirrors ``Quote.to_dict()`` field for field (and
  ``people`` mirrors ``Person.to_dict()``), so ``table.to_pylist()`` gives back
  exactly the dicts ``Quote.from_dict`` reads;
* the **flat** form, :data:`FLAT_SCHEMA`: one row per statement, with plain
  columns (``content_text``, ``speaker_name``, ...) for SQL and pandas. A
  document with no statement has no row there; a failed document has one row
  with ``index`` null and its ``error``.

Needs pyarrow (``pip install 'quoteattr[parquet]'``); ``import quoteattr`` does
not import this module.
"""

from __future__ import annotations

from typing import IO, Any, Iterable, Iterator

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "quoteattr.arrow needs pyarrow: pip install 'quoteattr[parquet]' (or quoteattr[spark] / quoteattr[dask])"
    ) from err

from .batch import OUTPUT_FIELDS

_STRING = pa.string()

#: ``Span.to_dict()``: {"start", "end", "text"}.
SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])

#: ``Speaker.to_dict()``.
SPEAKER = pa.struct([
    ("mention", SPAN), ("name", pa.string()), ("entity", pa.int64()), ("mention_type", pa.string()),
    ("sieve", pa.string()),
])

#: ``Quote.to_dict()``; ``fragments`` is a list of ``[start, end]`` pairs.
QUOTE = pa.struct([
    ("kind", pa.string()),
    ("content", SPAN),
    ("fragments", pa.list_(pa.list_(pa.int64()))),
    ("cue", SPAN),
    ("speaker", SPEAKER),
    ("confidence", pa.float64()),
    ("flags", pa.list_(pa.string())),
])

#: ``Person.to_dict()``.
PERSON = pa.struct([
    ("entity", pa.int64()), ("name", pa.string()), ("mentions", pa.list_(SPAN)), ("kind", pa.string()),
    ("titles", pa.list_(pa.string())), ("countries", pa.list_(pa.string())), ("gender", pa.string()),
])

_VERSION_FIELDS = [(name, pa.string()) for name in OUTPUT_FIELDS[3:]]


def schema(id_name: str = "doc_id", id_type: pa.DataType = _STRING) -> pa.Schema:
    """The nested schema with the id column named *id_name* of type *id_type*."""
    return pa.schema([
        (id_name, id_type),
        ("quotes", pa.list_(QUOTE)),
        ("people", pa.list_(PERSON)),
        ("error", pa.string()),
        *_VERSION_FIELDS,
    ])


def flat_schema(id_name: str = "doc_id", id_type: pa.DataType = _STRING) -> pa.Schema:
    """The flat schema (one row per statement) with the id column *id_name* of type *id_type*."""
    return pa.schema([
        (id_name, id_type),
        ("index", pa.int32()),
        ("kind", pa.string()),
        ("content_start", pa.int64()),
        ("content_end", pa.int64()),
        ("content_text", pa.string()),
        ("fragments", pa.int32()),
        ("cue_start", pa.int64()),
        ("cue_end", pa.int64()),
        ("cue_text", pa.string()),
        ("speaker_mention_start", pa.int64()),
        ("speaker_mention_end", pa.int64()),
        ("speaker_mention_text", pa.string()),
        ("speaker_name", pa.string()),
        ("speaker_entity", pa.int64()),
        ("speaker_mention_type", pa.string()),
        ("speaker_sieve", pa.string()),
        ("confidence", pa.float64()),
        ("flags", pa.list_(pa.string())),
        ("error", pa.string()),
        *_VERSION_FIELDS,
    ])


#: The nested form with a string ``doc_id``.
SCHEMA = schema()
#: The flat form with a string ``doc_id``.
FLAT_SCHEMA = flat_schema()


def _id_type(rows: list[dict[str, Any]], id_name: str) -> pa.DataType:
    """The Arrow type of the ids in *rows*; string when they are all null (or there are none)."""
    found = pa.array([r.get(id_name) for r in rows]).type
    return pa.string() if pa.types.is_null(found) else found


def to_table(rows: Iterable[dict[str, Any]], *, id_name: str = "doc_id",
             id_type: pa.DataType | None = None) -> pa.Table:
    """Output records as a table in the nested form (id type inferred when not given)."""
    rows = list(rows)
    return pa.Table.from_pylist(rows, schema=schema(id_name, id_type or _id_type(rows, id_name)))


def _span_columns(prefix: str, span: dict[str, Any] | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span["start"], f"{prefix}_end": span["end"], f"{prefix}_text": span["text"]}


def flat_rows(rows: Iterable[dict[str, Any]], *, id_name: str = "doc_id") -> Iterator[dict[str, Any]]:
    """Output records as flat rows, one per statement (plain dicts; no pyarrow needed by the rows)."""
    for row in rows:
        versions = {name: row.get(name) for name in OUTPUT_FIELDS[3:]}
        if row.get("quotes") is None:
            yield {id_name: row.get(id_name), "index": None, "error": row.get("error"), **versions}
            continue
        for index, quote in enumerate(row["quotes"]):
            speaker = quote["speaker"] or {}
            yield {
                id_name: row.get(id_name),
                "index": index,
                "kind": quote["kind"],
                **_span_columns("content", quote["content"]),
                "fragments": len(quote["fragments"]),
                **_span_columns("cue", quote["cue"]),
                **_span_columns("speaker_mention", speaker.get("mention")),
                "speaker_name": speaker.get("name"),
                "speaker_entity": speaker.get("entity"),
                "speaker_mention_type": speaker.get("mention_type"),
                "speaker_sieve": speaker.get("sieve"),
                "confidence": quote["confidence"],
                "flags": quote["flags"],
                "error": None,
                **versions,
            }


def to_flat_table(rows: Iterable[dict[str, Any]], *, id_name: str = "doc_id",
                  id_type: pa.DataType | None = None) -> pa.Table:
    """Output records as a table in the flat form."""
    rows = list(rows)
    target = flat_schema(id_name, id_type or _id_type(rows, id_name))
    return pa.Table.from_pylist(list(flat_rows(rows, id_name=id_name)), schema=target)


class ParquetSink:
    """Writes output records to one Parquet file as they come, a row group at a time.

    where: a path or a binary file object (not closed by :meth:`close`).
    id_type: the Arrow type of the id column; ``None`` infers it from the first
        row group's ids (string when they are all null).
    flat: write the flat form instead of the nested one.
    rows_per_group: records held in memory before a row group is written.
    """

    def __init__(self, where: str | IO[bytes], *, id_name: str = "doc_id", id_type: pa.DataType | None = None,
                 flat: bool = False, rows_per_group: int = 1000) -> None:
        self.where, self.id_name, self.id_type = where, id_name, id_type
        self.flat, self.rows_per_group = flat, rows_per_group
        self._writer: pq.ParquetWriter | None = None
        self._rows: list[dict[str, Any]] = []
        self.count = 0

    @property
    def schema(self) -> pa.Schema:
        """The file's schema (with the id type inferred from the first records when not given)."""
        if self.id_type is None:
            self.id_type = _id_type(self._rows, self.id_name)
        return (flat_schema if self.flat else schema)(self.id_name, self.id_type)

    def write(self, row: dict[str, Any]) -> None:
        """Add one output record."""
        self._rows.append(row)
        self.count += 1
        if len(self._rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        target = self.schema
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.where, target)
        if self._rows:
            rows = flat_rows(self._rows, id_name=self.id_name) if self.flat else self._rows
            self._writer.write_table(pa.Table.from_pylist(list(rows), schema=target))
            self._rows = []

    def close(self) -> None:
        """Write what is left and the file's footer (an empty file still gets the schema)."""
        self._flush()
        if self._writer is not None:
            self._writer.close()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_parquet(rows: Iterable[dict[str, Any]], where: str | IO[bytes], *, id_name: str = "doc_id",
                  id_type: pa.DataType | None = None, flat: bool = False) -> int:
    """Write output records to a Parquet file; returns how many records were written."""
    with ParquetSink(where, id_name=id_name, id_type=id_type, flat=flat) as sink:
        for row in rows:
            sink.write(row)
    return sink.count


__all__ = [
    "SCHEMA", "FLAT_SCHEMA", "SPAN", "SPEAKER", "QUOTE", "PERSON", "schema", "flat_schema",
    "to_table", "to_flat_table", "flat_rows", "ParquetSink", "write_parquet",
]
