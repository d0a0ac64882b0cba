"""The engine-neutral partition function (quoteattr.batch): one row per record, always."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from typing import Any, Iterator

import pytest
from news_texts import documents

import quoteattr
from quoteattr import analyze, analyze_many, attribute_many, batch, engine
from quoteattr.batch import RULES_ONLY, attribute_records
from quoteattr.errors import ModelError, OptionError
from quoteattr.models import installed_model, load_model

DOCS = documents(24)
RECORDS = [{"doc_id": i, "text": t} for i, t in DOCS]
STAMP_FIELDS = ("quoteattr_version", "model", "model_version", "tier", "schema_version")


def quotes_of(texts: list[str], nlp: Any) -> list[list[dict[str, Any]]]:
    return [[q.to_dict() for q in quotes] for quotes in attribute_many(texts, nlp=nlp)]


def test_rules_only_rows_equal_attribute_many() -> None:
    rows = list(attribute_records(RECORDS, model=RULES_ONLY, batch_size=5))
    assert [r["doc_id"] for r in rows] == [i for i, _ in DOCS]
    expected = quotes_of([t for _, t in DOCS], load_model(rules_only=True))
    assert [r["quotes"] for r in rows] == expected
    assert sum(len(q) for q in expected) > 20  # the texts do hold statements
    assert all(r["error"] is None and r["tier"] == "rules-only" and r["model"] == RULES_ONLY for r in rows)


@pytest.mark.model
def test_trained_rows_equal_analyze_many() -> None:
    name = installed_model()
    if name is None:
        pytest.skip("no trained English spaCy pipeline is installed")
    nlp = load_model(name)
    rows = list(attribute_records(RECORDS, model=name))
    analyses = list(analyze_many([t for _, t in DOCS], nlp=nlp))
    assert [r["quotes"] for r in rows] == [[q.to_dict() for q in a.quotes] for a in analyses]
    assert [r["people"] for r in rows] == [[p.to_dict() for p in a.people] for a in analyses]
    assert {r["tier"] for r in rows} == {"trained"}
    assert {r["model"] for r in rows} == {name}
    assert {r["model_version"] for r in rows} == {nlp.meta["version"]}


def test_every_row_carries_the_version_fields() -> None:
    rows = list(attribute_records([{"doc_id": "a", "text": "Nothing was said."}, {"doc_id": "b"}], model=RULES_ONLY))
    for row in rows:
        assert list(row) == ["doc_id", *batch.OUTPUT_FIELDS]
        assert row["quoteattr_version"] == importlib.metadata.version("quoteattr") == quoteattr.__version__
        assert row["schema_version"] == batch.SCHEMA_VERSION
    assert rows[0]["quotes"] == [] and rows[0]["people"] == [] and rows[0]["error"] is None


@pytest.mark.parametrize("record, fragment", [
    ({"doc_id": 1, "text": None}, "missing or null"),
    ({"doc_id": 1}, "missing or null"),
    ({"doc_id": 1, "text": 42}, "got a int"),
    ({"doc_id": 1, "text": b"\xe2\x80\x9cHi,\xe2\x80\x9d she said."}, "decode it first"),
    ("just a string", "must be a mapping"),
    (None, "must be a mapping"),
])
def test_a_bad_record_is_an_error_row_in_its_place(record: Any, fragment: str) -> None:
    good = {"doc_id": 0, "text": "“Yes,” Ann said."}
    rows = list(attribute_records([good, record, good], model=RULES_ONLY))
    assert len(rows) == 3
    assert rows[0]["quotes"] == rows[2]["quotes"] != []
    bad = rows[1]
    assert bad["quotes"] is None and bad["people"] is None
    assert fragment in bad["error"] and bad["error"].startswith("InputTypeError: ")
    assert bad["doc_id"] == (1 if isinstance(record, dict) else None)


def test_an_engine_failure_is_an_error_row_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = engine.analyze_doc

    def flaky(doc: Any, settings: Any, text: str | None = None) -> Any:
        if "BOOM" in (text or doc.text):
            raise RuntimeError("engine exploded")
        return real(doc, settings, text)

    monkeypatch.setattr(engine, "analyze_doc", flaky)
    texts = ["“One,” Ann said.", "BOOM, she said.", "“Three,” Bob said.", None, "“Five,” Cy said."]
    rows = list(attribute_records(({"doc_id": i, "text": t} for i, t in enumerate(texts)),
                                  model=RULES_ONLY, batch_size=2))
    assert [r["doc_id"] for r in rows] == [0, 1, 2, 3, 4]
    assert rows[1]["error"] == "analysis failed: RuntimeError: engine exploded"
    assert "missing or null" in rows[3]["error"]
    assert [r["quotes"][0]["speaker"]["name"] for r in rows if r["error"] is None] == ["Ann", "Bob", "Cy"]


def test_a_failing_source_raises_and_is_not_an_error_row() -> None:
    def source() -> Iterator[dict[str, Any]]:
        yield {"doc_id": 0, "text": "“Yes,” Ann said."}
        raise OSError("the partition file went away")

    with pytest.raises(OSError, match="went away"):
        list(attribute_records(source(), model=RULES_ONLY))


def test_long_texts_are_chunked_as_attribute_does() -> None:
    text = "\n\n".join(t for _, t in DOCS[:6])
    nlp = load_model(rules_only=True)
    nlp.max_length = 300
    expected = [q.to_dict() for q in engine.analyze_text(text, nlp, quoteattr.Settings()).quotes]
    rows = list(attribute_records([{"doc_id": 0, "text": text}, {"doc_id": 1, "text": "“Hi,” Al said."}],
                                  model=RULES_ONLY, max_length=300))
    assert rows[0]["quotes"] == expected and len(expected) > 3
    assert rows[1]["quotes"][0]["speaker"]["name"] == "Al"
    for q in rows[0]["quotes"]:
        assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]
    # the same text in one piece is analysed without cutting: the cap really applied
    whole = [q.to_dict() for q in analyze(text, nlp=load_model(rules_only=True)).quotes]
    assert whole == next(attribute_records([{"doc_id": 0, "text": text}], model=RULES_ONLY))["quotes"]


def test_the_pipeline_is_loaded_once_per_process_and_key() -> None:
    first = batch.pipeline(RULES_ONLY)
    list(attribute_records(RECORDS[:2], model=RULES_ONLY))
    assert batch.pipeline(RULES_ONLY) is first
    assert batch.pipeline(RULES_ONLY, max_length=5000) is not first
    assert batch.pipeline(RULES_ONLY, max_length=5000).nlp.max_length == 5000
    assert {(RULES_ONLY, None), (RULES_ONLY, 5000)} <= set(batch.loaded_pipelines())


def test_same_records_same_rows() -> None:
    assert list(attribute_records(RECORDS, model=RULES_ONLY)) == list(attribute_records(RECORDS, model=RULES_ONLY))


def test_other_keys_and_options() -> None:
    rows = list(attribute_records([{"id": "x", "body": "Officials believe the plan will work."}],
                                  text_key="body", id_key="id", model=RULES_ONLY, scope="all"))
    assert rows[0]["id"] == "x" and "doc_id" not in rows[0]
    narrow = list(attribute_records([{"id": "x", "body": "Officials believe the plan will work."}],
                                    text_key="body", id_key="id", model=RULES_ONLY))
    assert len(rows[0]["quotes"]) > len(narrow[0]["quotes"])


@pytest.mark.parametrize("options", [{"scope": "everything"}, {"batch_size": 0}, {"max_length": -1},
                                     {"model": ""}, {"lexicon": "cues.tsv"}])
def test_bad_options_raise_before_any_record(options: dict[str, Any]) -> None:
    with pytest.raises(OptionError):
        attribute_records(RECORDS, **{"model": RULES_ONLY, **options})


def test_a_model_that_is_not_installed_raises() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        attribute_records(RECORDS, model="no_such_pipeline")


def test_importing_quoteattr_imports_no_engine() -> None:
    code = ("import sys, quoteattr, quoteattr.batch; "
            "print(sorted(m for m in ('pyspark', 'dask', 'distributed', 'pyarrow', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
