"""The readers and writers as a library (quoteattr.io), the record's JSON Schema, and the CLI rows of issue 17.

Every JSON record a writer produces is checked against the published
``record.schema.json`` with ``jsonschema``; hostile inputs (huge integers,
NaN/Infinity, broken links, FIFOs) each still give exactly one record.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quoteattr import Analysis, cli, load_model
from quoteattr.io import (
    CSV_COLUMNS,
    CSV_DTYPES,
    FORMATS,
    SCHEMA_VERSION,
    Document,
    InputOptions,
    analyze_documents,
    read_jsonl_lines,
    read_paths,
    record_schema,
    to_record,
    writer_for,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-bridge.txt"
VALIDATOR = jsonschema.Draft202012Validator(record_schema())


def strict_json(line: str) -> Any:
    """``json.loads`` that refuses NaN and Infinity, as RFC 8259 JSON does."""
    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")
    return json.loads(line, parse_constant=refuse)


def valid_records(out: str) -> list[dict[str, Any]]:
    recs = [strict_json(line) for line in out.splitlines()]
    for r in recs:
        VALIDATOR.validate(r)
    return recs


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def rules() -> Any:
    return load_model(rules_only=True)


# ------------------------------------------------------------------ the schema

def test_the_schema_itself_is_valid_and_shipped() -> None:
    jsonschema.Draft202012Validator.check_schema(record_schema())
    assert record_schema()["properties"]["schema_version"]["pattern"].startswith("^" + SCHEMA_VERSION.split(".")[0])


def test_every_record_of_a_real_run_fits_the_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b'{"id": "a", "text": "\\u201cWe will,\\u201d he said, \\u201cwin.\\u201d", "year": 2020}\n'
                    b'{"id": "b", "body": "no text"}\nnot json\n{"id": "c", "text": ""}\n')
    code, out, _ = run(["--rules-only", str(src), str(EXAMPLE)], capsys)
    assert code == 1
    recs = valid_records(out)
    assert [r["schema_version"] for r in recs] == [SCHEMA_VERSION] * 5
    assert recs[0]["year"] == 2020 and recs[0]["quotes"] and "error" in recs[1] and "error" in recs[2]


def test_a_record_that_breaks_the_schema_is_caught() -> None:
    # The check can fail: a record without quotes or error, and a quote with a bad kind, are refused.
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate({"id": 1, "schema_version": SCHEMA_VERSION})
    bad = to_record(Document(1, text="x"), Analysis((), ()))
    bad["quotes"] = [{"kind": "rumour"}]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(bad)


def test_to_record_of_engine_results_fits_the_schema(rules: Any) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    docs = [Document("ex", text=text), Document("bad", error="cannot read"), Document("e", text="")]
    for doc, analysis in analyze_documents(docs, rules):
        VALIDATOR.validate(json.loads(json.dumps(to_record(doc, analysis))))
        VALIDATOR.validate(json.loads(json.dumps(to_record(doc, analysis.split() if analysis else None))))


# ------------------------------------------------------------------ the library API

def test_the_library_reads_analyses_and_writes_every_format(tmp_path: Path, rules: Any) -> None:
    (tmp_path / "a.txt").write_text("“Yes,” Ann said.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff")
    results = list(analyze_documents(read_paths([str(tmp_path)]), rules))
    assert [d.id for d, _ in results] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    for fmt in FORMATS:
        if fmt == "parquet":
            continue  # a binary file (the 'parquet' extra): tests/test_arrow.py writes and reads it back
        out = io.StringIO()
        writer = writer_for(fmt, out)
        writer.start()
        for doc, analysis in results:
            writer.write(doc, analysis)
        writer.finish()
        assert "Ann" in out.getvalue() and "UTF-8" in out.getvalue(), fmt
        if fmt == "jsonl":
            valid_records(out.getvalue())


def test_csv_columns_have_the_documented_types(tmp_path: Path, rules: Any) -> None:
    docs = [Document("ok", text=EXAMPLE.read_text(encoding="utf-8")), Document("bad", error="cannot read")]
    out = io.StringIO()
    writer = writer_for("csv", out)
    writer.start()
    for doc, analysis in analyze_documents(docs, rules):
        writer.write(doc, analysis)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS == tuple(CSV_DTYPES)
    casts = {"Int64": int, "Float64": float, "string": str}
    for row in rows:  # every non-empty cell parses as its dtype; only nullable columns are ever empty
        for column, value in row.items():
            if value == "":
                assert CSV_DTYPES[column] != "Int64" or row["error"] or column == "speaker_entity", (column, row)
                continue
            casts[CSV_DTYPES[column]](value)
    assert rows[-1]["doc_id"] == "bad" and rows[-1]["start"] == ""


# ------------------------------------------------------------------ Quote.text, split


def test_split_quotes_gives_one_row_per_passage(tmp_path: Path, rules: Any, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "one.txt"
    src.write_text("“We will,” Ann Lee said, “win. And we will keep going.”", encoding="utf-8")
    _, whole, _ = run(["--rules-only", "--format", "csv", str(src)], capsys)
    _, split, _ = run(["--rules-only", "--format", "csv", "--split-quotes", str(src)], capsys)
    whole_rows = list(csv.DictReader(io.StringIO(whole)))
    split_rows = list(csv.DictReader(io.StringIO(split)))
    assert [r["text"] for r in whole_rows] == ["We will, … win. And we will keep going."]
    assert [r["text"] for r in split_rows] == ["We will,", "win. And we will keep going."]
    assert {r["speaker_name"] for r in split_rows} == {"Ann Lee"}


# ------------------------------------------------------------------ standard input and --lexicon

def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_jsonl_on_standard_input_is_recognised(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, b'\n{"id": 1, "text": "Ann said so."}\n{"id": 2, "text": "Bob said no."}\n')
    code, out, _ = run(["--rules-only"], capsys)
    assert code == 0 and [r["id"] for r in valid_records(out)] == [1, 2]


def test_text_on_standard_input_stays_one_document(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, b"Ann said so.\n{not json} and more\n")
    code, out, _ = run(["--rules-only"], capsys)
    assert code == 0 and [r["id"] for r in valid_records(out)] == ["<stdin>"]


def test_standard_input_that_may_be_jsonl_is_a_usage_error(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, b'{"id": 1, "text": "Ann said so."\n')
    code, out, err = run(["--rules-only"], capsys)
    assert (code, out) == (2, "") and "--input-format jsonl" in err and "--input-format text" in err
    _stdin(monkeypatch, b'{"id": 1, "text": "Ann said so."\n')
    code, out, _ = run(["--rules-only", "--input-format", "text"], capsys)
    assert code == 0 and [r["id"] for r in valid_records(out)] == ["<stdin>"]


def test_lexicon_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lex = tmp_path / "lex"
    lex.mkdir()
    for f in (ROOT / "src" / "quoteattr" / "data").iterdir():
        if f.is_file():
            (lex / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    src = tmp_path / "t.txt"
    src.write_text("Ann Lee opined that taxes would rise.", encoding="utf-8")
    _, before, _ = run(["--rules-only", "--format", "text", str(src)], capsys)
    with (lex / "cues.tsv").open("a", encoding="utf-8") as f:
        f.write("opine\tassertive\tstatement\n")
    _, after, _ = run(["--rules-only", "--format", "text", "--lexicon", str(lex), str(src)], capsys)
    assert "opined" not in before and "Ann Lee [indirect, opined" in after
    code, out, err = run(["--rules-only", "--lexicon", str(tmp_path / "missing"), str(src)], capsys)
    assert (code, out) == (2, "") and "not a folder" in err


# ------------------------------------------------------------------ issue 17, items 4-6

def test_a_huge_integer_in_a_jsonl_line_is_one_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "big.jsonl"
    src.write_text('{"id": "big", "n": ' + "9" * 5000 + ', "text": "Ann said so."}\n'
                   '{"id": "next", "text": "Bob said no."}\n', encoding="utf-8")
    code, out, _ = run(["--rules-only", str(src)], capsys)
    assert code == 1
    recs = valid_records(out)
    assert [r["id"] for r in recs] == [f"{src}:1", "next"]
    assert "5,000 digits" in recs[0]["error"] and recs[1]["quotes"]


@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity", "-Infinity"])
def test_numbers_json_cannot_hold_give_an_error_record_never_bad_json(
        number: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "n.jsonl"
    src.write_text('{"id": "n", "score": ' + number + ', "text": "Ann said so."}\n'
                   '{"id": "ok", "text": "Bob said no.", "score": 1e300}\n', encoding="utf-8")
    code, out, _ = run(["--rules-only", str(src)], capsys)
    assert code == 1
    recs = valid_records(out)  # strict JSON: no NaN, no Infinity anywhere
    assert "error" in recs[0] and recs[1]["score"] == 1e300


def test_a_writer_never_writes_nan() -> None:
    out = io.StringIO()
    writer_for("jsonl", out).write(Document("d", fields={"x": float("nan")}), Analysis((), ()))
    (rec,) = valid_records(out.getvalue())
    assert "cannot be written as JSON" in rec["error"]


def test_broken_links_and_fifos_in_a_folder_get_error_records(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Ann said so.", encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "b.txt")
    os.mkfifo(tmp_path / "c.txt")
    (tmp_path / "d.txt").write_text("Bob said no.", encoding="utf-8")
    code, out, err = run(["--rules-only", str(tmp_path)], capsys)
    assert code == 1
    recs = valid_records(out)
    assert [Path(r["id"]).name for r in recs] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert "broken symbolic link" in recs[1]["error"] and "FIFO" in recs[2]["error"]
    assert recs[0]["quotes"] and recs[3]["quotes"] and "2 documents failed" in err


def test_readers_yield_one_document_per_input_line() -> None:
    lines = [b'{"text": "a"}\n', b"\n", b"[1]\n", b'{"text": 1e999}\n', b'{"text": "b", "n": ' + b"1" * 4301 + b"}\n"]
    docs = list(read_jsonl_lines(lines, "s", InputOptions()))
    assert [d.error is None for d in docs] == [True, False, False, False]


def test_the_progress_total_is_known_for_files_and_unknown_for_stdin(tmp_path: Path) -> None:
    from quoteattr.io import count_documents

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d" / "b.txt").write_text("y", encoding="utf-8")
    src = tmp_path / "c.jsonl"
    src.write_text('{"text": "a"}\n\n{"text": "b"}\nbroken\n', encoding="utf-8")
    paths = [str(tmp_path / "d"), str(src), str(tmp_path / "missing.txt")]
    assert count_documents(paths) == 2 + 3 + 1 == len(list(read_paths(paths)))
    assert count_documents([str(src), "-"]) is None


def test_the_documented_pandas_call_keeps_whole_numbers_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pandas = pytest.importorskip("pandas")
    from quoteattr.io import NULLABLE

    target = tmp_path / "s.csv"
    code, _, _ = run(["--rules-only", "--format", "csv", "-o", str(target), str(EXAMPLE), str(tmp_path / "no.txt")],
                     capsys)
    assert code == 1
    df = pandas.read_csv(target, dtype=CSV_DTYPES, keep_default_na=False, na_values={c: [""] for c in NULLABLE})
    assert str(df["start"].dtype) == "Int64" and str(df["speaker_entity"].dtype) == "Int64"
    failed = df[df["error"] != ""]
    assert len(failed) == 1 and failed["start"].isna().all() and (df[df["error"] == ""]["start"] >= 0).all()
