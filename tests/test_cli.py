"""The command line (quoteattr.cli): inputs, outputs, error records, exit status."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

from quoteattr import Analysis, Person, Quote, Span, Speaker, cli
from quoteattr.io import Document, TextWriter, stream

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-bridge.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "b.txt").write_text("“Yes,” Ann said.", encoding="utf-8")
    (tmp_path / "corpus" / "a.txt").write_text("Bob said it would rain.", encoding="utf-8")
    (tmp_path / "corpus" / "sub" / "c.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "corpus" / "notes.md").write_text("not a text file", encoding="utf-8")
    return tmp_path / "corpus"


def fake_quote(text: str) -> Quote:
    """A statement over the whole text, spoken by its first word."""
    first = text.split()[0]
    return Quote("direct", Span(0, len(text), text), (), Span(0, len(first), first),
                 Speaker(Span(0, len(first), first), first.upper(), 0), 0.75, ("modal",))


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Replace the engine seen by the CLI: one statement per text; 'BOOM' in a text raises."""
    batches: list[list[str]] = []

    def analysis(text: str) -> Analysis:
        if "BOOM" in text:
            raise RuntimeError("engine exploded")
        if not text.strip():
            return Analysis((), ())
        q = fake_quote(text)
        return Analysis((q,), (Person(0, q.speaker.name, (q.speaker.mention,)),))  # type: ignore[union-attr]

    def analyze_many(texts: Iterable[str], **kw: Any) -> Iterator[Analysis]:
        batch: list[str] = []
        for t in texts:
            batch.append(t)
            if len(batch) == kw["batch_size"]:
                batches.append(batch)
                yield from [analysis(x) for x in batch]
                batch = []
        if batch:
            batches.append(batch)
            yield from [analysis(x) for x in batch]

    monkeypatch.setattr(stream, "analyze_many", analyze_many)
    monkeypatch.setattr(stream, "analyze", lambda text, **kw: analysis(text))
    return batches


# ------------------------------------------------------------------ inputs

def test_folder_input_is_recursive_sorted_and_only_txt(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--rules-only", str(corpus)], capsys)
    assert code == 0
    recs = records(out)
    assert [r["id"] for r in recs] == [str(corpus / "a.txt"), str(corpus / "b.txt"), str(corpus / "sub" / "c.txt")]
    assert all(set(r) == {"id", "schema_version", "quotes", "people"} for r in recs)


def test_empty_folder_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--rules-only", str(tmp_path)], capsys)
    assert (code, out) == (0, "")
    assert "no *.txt files" in err


def test_jsonl_input_keeps_other_fields_and_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "news.jsonl"
    lines = [{"id": "n1", "text": "Bob said it would rain.", "source": "wire", "year": 2020},
             {"id": 7, "text": "“Yes,” Ann said.", "tags": ["a", "b"]},
             {"text": "No id here."}]
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    code, out, _ = run(["--rules-only", str(src)], capsys)
    assert code == 0
    recs = records(out)
    assert [r["id"] for r in recs] == ["n1", 7, f"{src}:3"]
    assert recs[0]["source"] == "wire" and recs[0]["year"] == 2020 and "text" not in recs[0]
    assert recs[1]["tags"] == ["a", "b"]
    assert all(isinstance(r["quotes"], list) and isinstance(r["people"], list) for r in recs)
    assert list(recs[0])[0] == "id" and list(recs[0])[-2:] == ["quotes", "people"]


def test_text_and_id_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "x.ndjson"
    src.write_text(json.dumps({"doc": "d1", "body": "Ann said so.", "id": "kept?"}) + "\n", encoding="utf-8")
    code, out, _ = run(["--rules-only", "--text-field", "body", "--id-field", "doc", str(src)], capsys)
    assert code == 0
    (rec,) = records(out)
    assert rec["id"] == "d1" and "body" not in rec and "doc" not in rec


def test_stdin_text(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    set_stdin(monkeypatch, "“Yes,” Ann said.".encode())
    code, out, _ = run(["--rules-only"], capsys)
    assert code == 0
    assert [r["id"] for r in records(out)] == ["<stdin>"]


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    set_stdin(monkeypatch, b'{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}\n')
    code, out, _ = run(["--rules-only", "--input-format", "jsonl", "-"], capsys)
    assert code == 0
    assert [r["id"] for r in records(out)] == [1, 2]


def test_bad_encoding_file_gives_an_error_record_and_exit_1(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "latin1.txt").write_bytes("Caf\xe9 owner said no.".encode("latin-1"))
    code, out, err = run(["--rules-only", str(corpus)], capsys)
    assert code == 1
    recs = records(out)
    assert len(recs) == 4  # nothing dropped
    bad = next(r for r in recs if r["id"].endswith("latin1.txt"))
    assert set(bad) == {"id", "schema_version", "error"} and "UTF-8" in bad["error"]
    assert all("quotes" in r for r in recs if r is not bad)
    assert "1 document failed" in err


def test_missing_file_gives_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Ann said so.", encoding="utf-8")
    code, out, _ = run(["--rules-only", str(tmp_path / "nope.txt"), str(good)], capsys)
    assert code == 1
    recs = records(out)
    assert recs[0]["id"] == str(tmp_path / "nope.txt") and "cannot read" in recs[0]["error"]
    assert recs[1]["id"] == str(good) and "quotes" in recs[1]


def test_bad_json_lines_give_error_records_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b'{"id": "ok1", "text": "Ann said so."}\n'
                    b'{"id": "broken", "text": \n'
                    b'[1, 2]\n'
                    b'{"id": "notext", "body": "x", "source": "s"}\n'
                    b'{"id": "num", "text": 42}\n'
                    b'{"id": "latin", "text": "caf\xe9"}\n'
                    b'{"id": "ok2", "text": "Bob said no."}\n')
    code, out, _ = run(["--rules-only", str(src)], capsys)
    assert code == 1
    recs = records(out)
    assert [r["id"] for r in recs] == ["ok1", f"{src}:2", f"{src}:3", "notext", "num", f"{src}:6", "ok2"]
    errors = [r.get("error", "") for r in recs]
    assert "not valid JSON" in errors[1]
    assert "not an object" in errors[2]
    assert "no 'text' field" in errors[3] and recs[3]["source"] == "s"
    assert "not a string" in errors[4]
    assert "UTF-8" in errors[5]
    assert "error" not in recs[0] and "error" not in recs[6]


def test_a_failing_document_does_not_lose_its_batch(tmp_path: Path, fake_engine: list[list[str]],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "docs.jsonl"
    texts = ["Ann one", "Bob two", "Cat BOOM", "Dan four", "Eve five"]
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    code, out, _ = run(["--rules-only", "--batch-size", "2", str(src)], capsys)
    assert code == 1
    recs = records(out)
    assert [r["id"] for r in recs] == [0, 1, 2, 3, 4]
    assert "engine exploded" in recs[2]["error"]
    assert [r["quotes"][0]["speaker"]["name"] for r in recs if "quotes" in r] == ["ANN", "BOB", "DAN", "EVE"]
    assert fake_engine[0] == ["Ann one", "Bob two"]  # streamed in batches


# ------------------------------------------------------------------ outputs

@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_one_row_per_statement(fmt: str, delimiter: str, tmp_path: Path, fake_engine: list[list[str]],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Ann said:\n\t“yes, really”", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    code, out, _ = run(["--format", fmt, "--rules-only", str(tmp_path)], capsys)
    assert code == 1
    rows = list(csv.reader(io.StringIO(out), delimiter=delimiter))
    assert rows[0] == ["doc_id", "kind", "speaker_name", "speaker_entity", "speaker_mention", "cue",
                       "text", "start", "end", "confidence", "error"]
    assert rows[1] == [str(tmp_path / "a.txt"), "direct", "ANN", "0", "Ann", "Ann",
                       "Ann said:\n\t“yes, really”", "0", "24", "0.75", ""]
    assert rows[2][0] == str(tmp_path / "b.txt") and "UTF-8" in rows[2][-1] and rows[2][1:-1] == [""] * 9
    assert len(rows) == 3  # c.txt has no statements, so no row


def test_text_format(tmp_path: Path, fake_engine: list[list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Ann said\n\nsomething   long", encoding="utf-8")
    code, out, _ = run(["--format", "text", "--rules-only", str(one)], capsys)
    assert code == 0
    assert out == "ANN [direct, Ann, 0.75]: Ann said something long\n"
    (tmp_path / "two.txt").write_text("Bob too", encoding="utf-8")
    code, out, _ = run(["--format", "text", "--rules-only", str(tmp_path)], capsys)
    assert out.splitlines() == [f"== {one}", "ANN [direct, Ann, 0.75]: Ann said something long",
                                f"== {tmp_path / 'two.txt'}", "BOB [direct, Bob, 0.75]: Bob too"]


def test_text_format_of_the_readme_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--format", "text", "--rules-only", str(EXAMPLE)], capsys)
    assert code == 0
    for line in out.splitlines():
        assert "[" in line and "]: " in line


def test_html_format_one_page_with_every_document(corpus: Path, fake_engine: list[list[str]],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "bad.txt").write_bytes(b"\xff")
    code, out, _ = run(["--format", "html", "--rules-only", str(corpus)], capsys)
    assert code == 1
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert out.count('<div class="qa-doc"') == 4
    assert out.count("<style>") == 1
    assert "qa-error" in out and "a.txt</h2>" in out


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = run(["--rules-only", "-o", str(target), str(EXAMPLE)], capsys)
    assert (code, out) == (0, "")
    (rec,) = records(target.read_text(encoding="utf-8"))
    assert rec["id"] == str(EXAMPLE)


def test_offsets_are_into_the_file_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Windows line ends and a byte-order mark: offsets count characters of the decoded
    # text (BOM dropped, \r\n kept as two characters).
    src = tmp_path / "crlf.txt"
    text = "Headline\r\n\r\n“We will win,” Smith said.\r\n"
    src.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    code, out, _ = run(["--rules-only", str(src)], capsys)
    assert code == 0
    for q in records(out)[0]["quotes"]:
        assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]


# ------------------------------------------------------------------ options and usage

@pytest.mark.parametrize("argv", [
    ["--rules-only", "--model", "en_core_web_sm"],
    ["--batch-size", "0"],
    ["--n-process", "0"],
    ["--n-process", "many"],
    ["--format", "xml"],
    ["--scope", "everything"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv + [str(EXAMPLE)], capsys)
    assert code == 2 and out == "" and "usage:" in err


def test_unknown_model_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--model", "no_such_pipeline_xyz", str(EXAMPLE)], capsys)
    assert code == 2 and out == ""
    assert "could not load" in err


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--rules-only", "-o", str(tmp_path / "no" / "such" / "dir.jsonl"), str(EXAMPLE)], capsys)
    assert code == 2 and "cannot write" in err


def test_options_reach_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, Any] = {}

    def analyze_many(texts: Iterable[str], **kw: Any) -> Iterator[Analysis]:
        seen.update(kw)
        for _ in texts:
            yield Analysis((), ())

    monkeypatch.setattr(stream, "analyze_many", analyze_many)
    code, _, _ = run(["--rules-only", "--batch-size", "5", "--n-process", "2", "--scope", "all",
                      "--keep-scare-quotes", str(EXAMPLE)], capsys)
    assert code == 0
    assert (seen["batch_size"], seen["n_process"], seen["scope"], seen["keep_scare_quotes"]) == (5, 2, "all", True)
    assert seen["nlp"].pipe_names == []  # the rules-only tier: spacy.blank("en")


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"], capsys)[0] == 0
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("quoteattr ")


def test_progress_line_only_for_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    progress = cli.Progress(tty, enabled=tty.isatty(), total=2)
    progress.update(Document("a", text="one two three"))
    progress.update(Document("b", text="four"))
    progress.finish()
    shown = tty.getvalue()
    assert "2/2" in shown and "4 words" in shown and "100%" in shown  # a total, a bar, the words
    quiet = io.StringIO()
    progress = cli.Progress(quiet, enabled=quiet.isatty())
    progress.update(Document("a", text="x"))
    progress.finish()
    assert quiet.getvalue() == ""


def test_no_progress_line_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(["--rules-only", str(EXAMPLE)], capsys)
    assert "documents" not in err


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "quoteattr", "--rules-only", "--format", "text", "-"],
                          input="“Yes,” Ann said.".encode(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()


def test_text_format_joins_the_fragments_of_an_interrupted_quote() -> None:
    text = '“We will,” he said, “win.”'
    q = Quote("direct", Span(1, 25, text[1:25]), (Span(1, 9, "We will,"), Span(21, 25, "win.")),
              Span(14, 18, "said"), Speaker(Span(11, 13, "he"), None, 0), 0.8)
    out = io.StringIO()
    writer = TextWriter(out, headings=False)
    writer.write(Document("d", text=text), Analysis((q,), (Person(0, "Jo Bloggs", ()),)))
    assert out.getvalue() == "Jo Bloggs [direct, said, 0.80]: We will, … win.\n"


# ------------------------------------------------------------------ with the real engine

def test_the_example_story_with_the_rules_only_tier(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--rules-only", str(EXAMPLE)], capsys)
    assert code == 0
    (rec,) = records(out)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert rec["quotes"], "the example story has statements"
    for q in rec["quotes"]:
        assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]
    assert {p["name"] for p in rec["people"]} >= {"Elena Marsh", "David Okafor"}


@pytest.mark.model
def test_the_readme_command_with_the_trained_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    from quoteattr.models import installed_model

    if installed_model() is None:
        pytest.skip("no trained English spaCy pipeline is installed")
    code, out, _ = run(["--format", "text", str(EXAMPLE)], capsys)
    assert code == 0
    speakers = {line.split(" [", 1)[0] for line in out.splitlines()}
    assert {"Elena Marsh", "David Okafor"} <= speakers


def test_input_format_overrides_the_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text('{"id": "x", "text": "Ann said so."}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('{"id": "y", "text": "not read as JSON"}\n', encoding="utf-8")
    code, out, _ = run(["--rules-only", "--input-format", "jsonl", str(tmp_path)], capsys)
    assert code == 0 and [r["id"] for r in records(out)] == ["x"]
    code, out, _ = run(["--rules-only", "--input-format", "text", str(tmp_path / "sub" / "a.jsonl")], capsys)
    assert code == 0 and [r["id"] for r in records(out)] == [str(tmp_path / "sub" / "a.jsonl")]


def test_the_output_file_is_never_read_as_input(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = corpus / "results.txt"
    code, _, _ = run(["--rules-only", "--format", "text", "-o", str(target), str(corpus)], capsys)
    assert code == 0
    assert f"== {target}" not in target.read_text(encoding="utf-8")
    a = corpus / "a.txt"
    before = a.read_text(encoding="utf-8")
    code, _, err = run(["--rules-only", "-o", str(a), str(a)], capsys)
    assert code == 2 and "also an input" in err
    assert a.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "html", "text"])
def test_a_lone_surrogate_in_jsonl_input_is_written_not_fatal(fmt: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": 1, "text": "“Hi \\ud800 there,” Ann said."}\n{"id": 2, "text": "Bob said no."}\n',
                   encoding="utf-8")
    target = tmp_path / f"out.{fmt}"
    code, _, _ = run(["--rules-only", "--format", fmt, "-o", str(target), str(src)], capsys)
    assert code == 0
    out = target.read_text(encoding="utf-8")
    if fmt == "jsonl":
        first = records(out)[0]
        text = json.loads(src.read_text(encoding="utf-8").splitlines()[0])["text"]
        assert "\ud800" in text
        for q in first["quotes"]:  # the escape \ud800 reads back as the same string
            assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]


def test_deeply_nested_json_line_is_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "deep.jsonl"
    src.write_text("[" * 200_000 + "\n" + '{"id": "ok", "text": "Bob said no."}\n', encoding="utf-8")
    code, out, _ = run(["--rules-only", str(src)], capsys)
    assert code == 1
    recs = records(out)
    assert "nested too deeply" in recs[0]["error"] and recs[1]["id"] == "ok"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_reported_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--rules-only", "-o", "/dev/full", str(EXAMPLE)], capsys)
    assert code == 1 and "cannot write the output" in err
