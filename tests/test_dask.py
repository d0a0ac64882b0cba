"""quoteattr.dask on a real LocalCluster with two worker processes: the same results as attribute_many."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
from engines import require
from news_texts import documents

from quoteattr import analyze_many, batch
from quoteattr.batch import OUTPUT_FIELDS, RULES_ONLY
from quoteattr.errors import OptionError
from quoteattr.models import installed_model, load_model

require("distributed", "dask")
db = require("dask.bag", "dask")
dd = require("dask.dataframe", "dask")
pd = require("pandas", "dask")
pa = require("pyarrow", "dask")
pq = require("pyarrow.parquet", "dask")

MODEL = installed_model() or RULES_ONLY
DOCS = documents(24)
RECORDS = [{"doc_id": i, "text": t} for i, t in DOCS]
NULL_ID, NUMBER_ID = 1000, 1001


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    from quoteattr.dask import preload

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=True)
    with Client(cluster) as c:
        assert preload(c, MODEL) == MODEL
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def expected() -> list[dict[str, Any]]:
    nlp = load_model(rules_only=True) if MODEL == RULES_ONLY else load_model(MODEL)
    return [a.to_dict() for a in analyze_many([t for _, t in DOCS], nlp=nlp)]


def test_two_worker_processes_loaded_the_model_at_start(client: Any) -> None:
    loaded = client.run(batch.loaded_pipelines)  # before any quoteattr task ran on them
    assert len(loaded) == 2
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2
    assert all((MODEL, None) in keys for keys in loaded.values())


@pytest.fixture(scope="module")
def bag_rows(client: Any) -> list[dict[str, Any]]:
    from quoteattr.dask import attribute_bag

    records = RECORDS + [{"doc_id": NULL_ID, "text": None}, {"doc_id": NUMBER_ID, "text": 42}]
    return attribute_bag(db.from_sequence(records, npartitions=4), model=MODEL).compute()


def test_bag_one_row_per_record_in_order(bag_rows: list[dict[str, Any]]) -> None:
    assert [r["doc_id"] for r in bag_rows] == [i for i, _ in DOCS] + [NULL_ID, NUMBER_ID]


def test_bag_rows_equal_analyze_many(bag_rows: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    assert [{"quotes": r["quotes"], "people": r["people"]} for r in bag_rows[:len(DOCS)]] == expected
    assert sum(len(e["quotes"]) for e in expected) > 20
    assert {(r["model"], r["error"]) for r in bag_rows[:len(DOCS)]} == {(MODEL, None)}


def test_bag_error_rows_for_null_and_non_string(bag_rows: list[dict[str, Any]]) -> None:
    null, number = bag_rows[-2:]
    assert pd.isna(null["quotes"]) and "missing or null" in null["error"]
    assert number["quotes"] is None and "got a int" in number["error"]


@pytest.fixture(scope="module")
def frame() -> Any:
    texts = [t for _, t in DOCS] + [None]
    pdf = pd.DataFrame({"doc_id": [i for i, _ in DOCS] + [NULL_ID], "text": texts},
                       index=[f"row{i}" for i in range(len(texts))])
    return dd.from_pandas(pdf, npartitions=4)


@pytest.fixture(scope="module")
def frame_out(client: Any, frame: Any) -> Any:
    from quoteattr.dask import attribute_dataframe

    return attribute_dataframe(frame, model=MODEL)


@pytest.fixture(scope="module")
def result(frame_out: Any) -> Any:
    return frame_out.compute()


def test_dataframe_one_row_per_row_same_index(frame: Any, result: Any) -> None:
    assert list(result.columns) == ["doc_id", *OUTPUT_FIELDS]
    source = frame.compute()
    assert list(result.index) == list(source.index)
    assert list(result["doc_id"]) == list(source["doc_id"])
    assert sorted(result["doc_id"]) == [i for i, _ in DOCS] + [NULL_ID]


def test_dataframe_rows_equal_analyze_many(result: Any, expected: list[dict[str, Any]]) -> None:
    got = {i: {"quotes": q, "people": p} for i, q, p in zip(result["doc_id"], result["quotes"], result["people"],
                                                           strict=True)}
    assert [got[i] for i, _ in DOCS] == expected
    null = result[result["doc_id"] == NULL_ID].iloc[0]
    assert pd.isna(null["quotes"]) and "missing or null" in null["error"]
    assert isinstance(result["quotes"].dtype, pd.ArrowDtype)  # typed list<struct>, not strings


def test_dataframe_parquet_write_and_read_back(frame_out: Any, result: Any, tmp_path: Path) -> None:
    where = str(tmp_path / "quotes")
    frame_out.to_parquet(where, write_index=False)
    table = pq.read_table(where)
    rows = sorted(table.to_pylist(), key=lambda r: r["doc_id"])
    computed = pa.Table.from_pandas(result, preserve_index=False).to_pylist()
    assert rows == sorted(computed, key=lambda r: r["doc_id"])
    assert len(rows) == len(DOCS) + 1
    back = dd.read_parquet(where, dtype_backend="pyarrow").compute()
    assert list(back.sort_values("doc_id")["quotes"]) == list(result.sort_values("doc_id")["quotes"])


def test_bad_options_fail_on_the_client(frame: Any) -> None:
    from quoteattr.dask import attribute_bag, attribute_dataframe

    with pytest.raises(OptionError):
        attribute_dataframe(frame, model=MODEL, batch_size=0)
    with pytest.raises(OptionError):
        attribute_bag(db.from_sequence(RECORDS), model=MODEL, scope="everything")
