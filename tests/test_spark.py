"""quoteattr.spark on a real local[2] SparkSession (Java 17): the same results as attribute_many, row for row."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from engines import require, require_java
from news_texts import documents

from quoteattr import analyze_many
from quoteattr import batch
from quoteattr.batch import OUTPUT_FIELDS, RULES_ONLY
from quoteattr.errors import OptionError
from quoteattr.models import installed_model, load_model

require("pyspark", "spark")
pq = require("pyarrow.parquet", "spark")

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning", "ignore::DeprecationWarning")

MODEL = installed_model() or RULES_ONLY
DOCS = documents(24)
NULL_ID = 1000

#: Spark talks to itself over loopback only, and its Python workers run this interpreter.
ENVIRONMENT = {"PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable,
               "SPARK_LOCAL_IP": "127.0.0.1"}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    require_java()
    from pyspark.sql import SparkSession

    saved = {k: os.environ.get(k) for k in ENVIRONMENT}
    os.environ.update(ENVIRONMENT)
    session = (SparkSession.builder.master("local[2]").appName("quoteattr-tests")
               .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "2").config("spark.default.parallelism", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="module")
def frame(spark: Any) -> Any:
    rows = [(i, t) for i, t in DOCS] + [(NULL_ID, None)]
    return spark.createDataFrame(rows, "doc_id long, text string").repartition(2)


@pytest.fixture(scope="module")
def output(frame: Any) -> Any:
    from quoteattr.spark import attribute_dataframe

    return attribute_dataframe(frame, model=MODEL).cache()


@pytest.fixture(scope="module")
def collected(output: Any) -> dict[int, dict[str, Any]]:
    return {r["doc_id"]: r.asDict(recursive=True) for r in output.collect()}


def test_one_row_per_input_row(spark: Any, output: Any, collected: dict[int, dict[str, Any]]) -> None:
    assert spark.sparkContext.defaultParallelism == 2  # local[2]: two tasks, two Python workers
    assert output.count() == len(DOCS) + 1
    assert sorted(collected) == sorted([i for i, _ in DOCS] + [NULL_ID])


def test_each_document_equals_analyze_many(collected: dict[int, dict[str, Any]]) -> None:
    nlp = load_model(rules_only=True) if MODEL == RULES_ONLY else load_model(MODEL)
    expected = list(analyze_many([t for _, t in DOCS], nlp=nlp))
    for (doc_id, _), analysis in zip(DOCS, expected, strict=True):
        row = collected[doc_id]
        assert row["error"] is None
        assert row["quotes"] == [q.to_dict() for q in analysis.quotes], doc_id
        assert row["people"] == [p.to_dict() for p in analysis.people], doc_id
    assert sum(len(a.quotes) for a in expected) > 20


def test_a_null_text_is_an_error_row(collected: dict[int, dict[str, Any]]) -> None:
    row = collected[NULL_ID]
    assert row["quotes"] is None and row["people"] is None
    assert "missing or null" in row["error"]


def test_typed_columns_and_version_fields(output: Any, collected: dict[int, dict[str, Any]]) -> None:
    from pyspark.sql.types import ArrayType, LongType, StructType

    assert output.columns == ["doc_id", *OUTPUT_FIELDS]
    assert output.schema["doc_id"].dataType == LongType()
    quotes = output.schema["quotes"].dataType
    assert isinstance(quotes, ArrayType) and isinstance(quotes.elementType, StructType)
    assert quotes.elementType.names == ["kind", "content", "fragments", "cue", "speaker", "confidence", "flags"]
    assert {(r["model"], r["schema_version"]) for r in collected.values()} == {(MODEL, batch.SCHEMA_VERSION)}
    # SQL reaches into the structs: speakers by name, straight from the typed column
    names = output.selectExpr("explode(quotes) AS q").selectExpr("q.speaker.name AS name").distinct().collect()
    assert "Elena Marsh" in {r["name"] for r in names}


def test_parquet_write_and_read_back(spark: Any, output: Any, collected: dict[int, dict[str, Any]],
                                     tmp_path: Path) -> None:
    where = str(tmp_path / "quotes.parquet")
    output.write.parquet(where)
    back = {r["doc_id"]: r.asDict(recursive=True) for r in spark.read.parquet(where).collect()}
    assert back == collected
    table = pq.read_table(where)  # and outside Spark, with pyarrow alone
    assert table.num_rows == len(collected)
    assert {r["doc_id"]: r for r in table.to_pylist()} == collected


def test_the_same_input_gives_the_same_rows(frame: Any, collected: dict[int, dict[str, Any]]) -> None:
    from quoteattr.spark import attribute_dataframe

    again = attribute_dataframe(frame.coalesce(1), model=MODEL).collect()
    assert {r["doc_id"]: r.asDict(recursive=True) for r in again} == collected


def test_bad_options_fail_on_the_driver(frame: Any) -> None:
    from quoteattr.spark import attribute_dataframe

    with pytest.raises(OptionError):
        attribute_dataframe(frame, model=MODEL, scope="everything")


def test_output_schema_for_a_string_id() -> None:
    from pyspark.sql.types import StringType

    from quoteattr.spark import output_schema

    schema = output_schema(StringType(), id_col="url")
    assert schema.names == ["url", *OUTPUT_FIELDS] and schema["url"].dataType == StringType()
