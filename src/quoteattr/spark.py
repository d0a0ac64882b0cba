"""quoteattr on Apache Spark: one output row per input row, typed columns.

>>> from quoteattr.spark import attribute_dataframe
>>> articles = spark.read.parquet("s3://lake/articles/")          # doc_id, text, ...
>>> quotes = attribute_dataframe(articles, model="en_core_web_sm")
>>> quotes.write.parquet("s3://lake/quotes/")

Each partition goes through :func:`quoteattr.batch.attribute_records` inside
``mapInArrow``: Arrow record batches in, Arrow record batches out, no JSON
strings and no pandas in between. ``quotes`` and ``people`` are typed
``array<struct>`` columns whose fields mirror ``Quote.to_dict()`` and
``Person.to_dict()`` (:mod:`quoteattr.arrow`). A null text, or a failure on
one document, gives that row an ``error`` and null ``quotes``; it never fails
the task.

The model name is resolved on the driver and shipped, so every executor loads
the same pipeline (once per Python worker process) or fails loudly if it is
not installed there. The same input rows give the same output rows, so a
retried task writes what the first attempt would have. See docs/scale.md.

Needs pyspark and pyarrow (``pip install 'quoteattr[spark]'``) on the driver
and quoteattr with its model on every executor.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Iterator

import pyarrow as pa
from pyspark.sql.pandas.types import from_arrow_schema, to_arrow_type

from . import arrow
from .batch import attribute_records, check_options, resolve_model

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType


def output_schema(id_type: Any = None, *, id_col: str = "doc_id") -> StructType:
    """The Spark schema of :func:`attribute_dataframe`'s output for an id column of Spark type *id_type*.

    *id_type* defaults to ``StringType()``.
    """
    return from_arrow_schema(_arrow_schema(id_type, id_col), prefer_timestamp_ntz=True)


def _arrow_schema(id_type: Any, id_col: str) -> pa.Schema:
    return arrow.schema(id_col, pa.string() if id_type is None else to_arrow_type(id_type))


def attribute_dataframe(df: DataFrame, *, text_col: str = "text", id_col: str = "doc_id",
                        model: str | None = None, **options: Any) -> DataFrame:
    """Statements and people of every text in *df*: one output row per input row.

    df: a DataFrame with a text column *text_col* (string; nulls become error
        rows) and an id column *id_col* (any type; it is carried over as it is).
    model: the spaCy pipeline to load on the executors; ``None`` means the best
        one installed on the driver (its name is fixed here, not on executors).
    options: as for :func:`quoteattr.batch.attribute_records` (``batch_size``,
        ``max_length``, ``scope``, ``keep_scare_quotes``, ``lexicon``); checked here.

    The output columns are *id_col*, ``quotes``, ``people``, ``error``,
    ``quoteattr_version``, ``model``, ``model_version``, ``tier`` and
    ``schema_version`` (:func:`output_schema`).
    """
    check_options(**options)
    name = resolve_model(model)
    target = _arrow_schema(df.schema[id_col].dataType, id_col)
    run = functools.partial(_partition, text_col=text_col, id_col=id_col, model=name, target=target,
                            options=options)
    return df.select(id_col, text_col).mapInArrow(run, from_arrow_schema(target, prefer_timestamp_ntz=True))


def _partition(batches: Iterator[pa.RecordBatch], *, text_col: str, id_col: str, model: str,
               target: pa.Schema, options: dict[str, Any]) -> Iterator[pa.RecordBatch]:
    """Runs on an executor: each Arrow batch of (id, text) rows to a batch of output rows."""
    for batch in batches:
        records = batch.to_pylist()
        rows = list(attribute_records(records, text_key=text_col, id_key=id_col, model=model, **options))
        yield pa.RecordBatch.from_pylist(rows, schema=target)


__all__ = ["attribute_dataframe", "output_schema"]
