"""quoteattr on Dask: bags of records and dataframes, one output row per input row.

>>> from dask.distributed import Client
>>> import dask.dataframe as dd
>>> from quoteattr import dask as qd
>>> client = Client("tcp://scheduler:8786")
>>> model = qd.preload(client)                      # every worker loads the model now
>>> articles = dd.read_parquet("lake/articles/")    # doc_id, text, ...
>>> qd.attribute_dataframe(articles, model=model).to_parquet("lake/quotes/")

Each partition goes through :func:`quoteattr.batch.attribute_records`, which
keeps the pipeline in a per-process cache; :class:`PreloadModel` (registered
by :func:`preload`) fills that cache when a worker starts, and again on every
worker that joins later, so the first task does not pay for the load and a
worker without the model fails at start-up, not halfway through a job.

Run workers with one thread each (``--nthreads 1``, ``threads_per_worker=1``)
and as many worker processes as cores: spaCy's pipelines hold the GIL for much
of their work. See docs/scale.md.

Needs dask with distributed and pyarrow (``pip install 'quoteattr[dask]'``).
"""

from __future__ import annotations

import asyncio
import functools
from typing import TYPE_CHECKING, Any

import pyarrow as pa
from distributed.diagnostics.plugin import WorkerPlugin

from . import arrow
from .batch import attribute_records, check_options, pipeline, resolve_model

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, Worker


class PreloadModel(WorkerPlugin):
    """A worker plugin that loads *model* into the worker process's pipeline cache at start-up."""

    def __init__(self, model: str, *, max_length: int | None = None) -> None:
        self.model, self.max_length = model, max_length
        self.name = f"quoteattr-preload-{model}-{max_length}"

    async def setup(self, worker: Worker) -> None:
        # In a thread, so the worker keeps answering the scheduler while the model loads.
        load = functools.partial(pipeline, self.model, max_length=self.max_length)
        await asyncio.get_running_loop().run_in_executor(None, load)


def preload(client: Client, model: str | None = None, *, max_length: int | None = None) -> str:
    """Load *model* on every worker of *client*, now and on workers that join later.

    Returns the model name (``None`` resolved here, on the client), to pass on
    as ``model=`` to :func:`attribute_bag` / :func:`attribute_dataframe`.
    """
    name = resolve_model(model)
    check_options(max_length=max_length)
    client.register_plugin(PreloadModel(name, max_length=max_length))
    return name


def _records(records: Any, **kwargs: Any) -> list[dict[str, Any]]:
    return list(attribute_records(records, **kwargs))


def attribute_bag(bag: db.Bag, *, text_key: str = "text", id_key: str = "doc_id", model: str | None = None,
                  **options: Any) -> db.Bag:
    """A bag of output records (plain dicts, :mod:`quoteattr.batch`) for a bag of input records.

    Options are those of :func:`quoteattr.batch.attribute_records`, checked here;
    ``model=None`` is resolved here, on the client, to the best installed pipeline.
    """
    check_options(**options)
    name = resolve_model(model)
    out: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]  # dask ships no types for it
        _records, text_key=text_key, id_key=id_key, model=name, **options)
    return out


def _frame(part: pd.DataFrame, *, text_col: str, id_col: str, target: pa.Schema, model: str,
           options: dict[str, Any]) -> pd.DataFrame:
    import pandas as pd

    # Through Arrow, so missing values of any dtype (None, NaN, NA) arrive as None.
    records = pa.Table.from_pandas(part[[id_col, text_col]], preserve_index=False).to_pylist()
    rows = list(attribute_records(records, text_key=text_col, id_key=id_col, model=model, **options))
    if pa.types.is_string(target.field(id_col).type):  # an object column of ids: written as strings
        for row in rows:
            if row[id_col] is not None and not isinstance(row[id_col], str):
                row[id_col] = str(row[id_col])
    out = pa.Table.from_pylist(rows, schema=target).to_pandas(types_mapper=pd.ArrowDtype)
    out.index = part.index
    return out


def attribute_dataframe(ddf: dd.DataFrame, *, text_col: str = "text", id_col: str = "doc_id",
                        model: str | None = None, **options: Any) -> dd.DataFrame:
    """Statements and people of every text in *ddf*: one output row per input row, same index.

    The columns are those of :data:`quoteattr.arrow.SCHEMA` (with *id_col* for
    the id), as pandas ``ArrowDtype`` columns: ``quotes`` and ``people`` are
    typed ``list<struct>``, so ``to_parquet`` writes them nested, not as strings.
    """
    import pandas as pd

    check_options(**options)
    name = resolve_model(model)
    id_type = pa.Schema.from_pandas(ddf._meta[[id_col]], preserve_index=False).field(id_col).type
    if pa.types.is_null(id_type):
        id_type = pa.string()
    target = arrow.schema(id_col, id_type)
    meta = target.empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    result: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]  # dask ships no types for it
        _frame, text_col=text_col, id_col=id_col, target=target, model=name, options=options, meta=meta)
    return result


__all__ = ["attribute_bag", "attribute_dataframe", "preload", "PreloadModel"]
