"""The columnar forms (quoteattr.arrow): schemas that mirror to_dict, tables, Parquet, the CLI's --format parquet."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from engines import require
from news_texts import documents

from quoteattr import Analysis, Person, Quote, Span, Speaker, cli
from quoteattr.batch import OUTPUT_FIELDS, RULES_ONLY, attribute_records

pa = require("pyarrow", "parquet")
pq = require("pyarrow.parquet", "parquet")
arrow = require("quoteattr.arrow", "parquet")

FULL_QUOTE = Quote(
    kind="mixed",
    content=Span(10, 30, "x" * 20),
    fragments=(Span(10, 15, "x" * 5), Span(20, 30, "x" * 10)),
    cue=Span(0, 4, "said"),
    speaker=Speaker(Span(5, 9, "Marsh"), "Elena Marsh", 3, "name", "name"),
    confidence=0.5,
    flags=("negated", "unclosed"),
)
FULL_PERSON = Person(3, "Elena Marsh", (Span(5, 9, "Marsh"),), "person", ("mayor",), ("Canada",), "f")


def shape(value: Any) -> Any:
    """The nesting of a to_dict() value: field names in order, element shapes, scalar types."""
    if isinstance(value, dict):
        return [(k, shape(v)) for k, v in value.items()]
    if isinstance(value, list):
        return ["list", shape(value[0])]
    return type(value).__name__


def arrow_shape(t: Any) -> Any:
    if pa.types.is_struct(t):
        return [(t.field(i).name, arrow_shape(t.field(i).type)) for i in range(t.num_fields)]
    if pa.types.is_list(t):
        return ["list", arrow_shape(t.value_type)]
    return {pa.int64(): "int", pa.float64(): "float", pa.string(): "str"}[t]


def test_the_quote_struct_mirrors_quote_to_dict() -> None:
    assert arrow_shape(arrow.QUOTE) == shape(FULL_QUOTE.to_dict())
    assert arrow_shape(arrow.SCHEMA.field("quotes").type) == ["list", shape(FULL_QUOTE.to_dict())]


def test_the_person_struct_mirrors_person_to_dict() -> None:
    assert arrow_shape(arrow.SCHEMA.field("people").type) == ["list", shape(FULL_PERSON.to_dict())]


def test_the_schema_has_the_id_and_every_output_field() -> None:
    assert arrow.SCHEMA.names == ["doc_id", *OUTPUT_FIELDS]
    assert arrow.schema("id", pa.int64()).field("id").type == pa.int64()


def rows_for(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return list(attribute_records(records, model=RULES_ONLY))


def test_a_table_gives_back_exactly_the_rows_and_the_quotes() -> None:
    analysis = Analysis((FULL_QUOTE, FULL_QUOTE), (FULL_PERSON,))
    row = {"doc_id": "d", **analysis.to_dict(), "error": None,
           **{k: "v" for k in OUTPUT_FIELDS[3:]}}
    table = arrow.to_table([row])
    assert table.to_pylist() == [row]
    assert Analysis.from_dict(table.to_pylist()[0]) == analysis


def test_real_rows_round_trip_through_parquet(tmp_path: Path) -> None:
    records = [{"doc_id": i, "text": t} for i, t in documents(24)] + [{"doc_id": 99, "text": None}]
    rows = rows_for(records)
    path = tmp_path / "quotes.parquet"
    assert arrow.write_parquet(rows, str(path)) == 25
    table = pq.read_table(path)
    assert table.schema.equals(arrow.schema("doc_id", pa.int64()))
    assert table.to_pylist() == rows
    assert table.to_pylist()[-1]["error"].startswith("InputTypeError")


def test_the_sink_writes_row_groups_and_leaves_a_file_object_open() -> None:
    rows = rows_for([{"doc_id": str(i), "text": t} for i, t in documents(24)])
    buffer = io.BytesIO()
    with arrow.ParquetSink(buffer, rows_per_group=10) as sink:
        for row in rows:
            sink.write(row)
    assert not buffer.closed
    buffer.seek(0)
    file = pq.ParquetFile(buffer)
    assert file.metadata.num_row_groups == 3
    assert file.read().to_pylist() == rows


def test_an_empty_sink_still_writes_the_schema() -> None:
    buffer = io.BytesIO()
    arrow.write_parquet([], buffer)
    buffer.seek(0)
    assert pq.read_table(buffer).schema.equals(arrow.SCHEMA)


def test_flat_rows_one_per_statement_and_one_per_failed_document() -> None:
    rows = rows_for([{"doc_id": "a", "text": "“One,” Ann said. Bob said that it was two."},
                     {"doc_id": "b", "text": "Nothing here."},
                     {"doc_id": "c", "text": None}])
    table = arrow.to_flat_table(rows)
    assert table.schema.names == arrow.FLAT_SCHEMA.names
    flat = table.to_pylist()
    assert [(r["doc_id"], r["index"]) for r in flat] == [("a", 0), ("a", 1), ("c", None)]
    first = rows[0]["quotes"][0]
    assert flat[0]["content_text"] == first["content"]["text"] == "One,"
    assert flat[0]["speaker_name"] == "Ann" and flat[1]["speaker_name"] == "Bob"
    assert flat[0]["cue_text"] == "said" and flat[0]["fragments"] == 1
    assert flat[2]["error"] == rows[2]["error"] and flat[2]["kind"] is None
    assert {r["model"] for r in flat} == {RULES_ONLY}


def test_cli_writes_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("“Yes,” Ann said.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\xff not utf-8")
    out = tmp_path / "out.parquet"
    code = cli.main(["--rules-only", "-q", "-f", "parquet", "-o", str(out), str(tmp_path / "in")])
    assert code == cli.EXIT_FAILED  # b.txt could not be read
    table = pq.read_table(out)
    assert table.schema.names == ["id", *OUTPUT_FIELDS]
    a, b = table.to_pylist()
    assert a["id"].endswith("a.txt") and a["quotes"][0]["speaker"]["name"] == "Ann" and a["error"] is None
    assert b["quotes"] is None and "not valid UTF-8" in b["error"]
    assert a["tier"] == "rules-only" and a["model"] == RULES_ONLY
    assert capsys.readouterr().out == ""
