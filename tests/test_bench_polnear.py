"""The PolNeAR reader on tiny hand-written brat files (and on the real corpus when it is here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bench_path
from benchmarks import polnear
from benchmarks.polnear import PolnearError, parse_ann, parse_spans, read_split

TEXT = "Smith said the plan failed. “It is over,” he added, “for good.” The poll shows gains."

ANN = "\n".join([
    "T1\tSource 0 5\tSmith",
    "T2\tCue 6 10\tsaid",
    "T3\tContent 11 26\tthe plan failed",
    "T4\tAttribution 6 10\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tContent 28 41;52 63\t“It is over,” “for good.”",
    "T6\tCue 45 50\tadded",
    "T7\tSource 42 44\the",
    "T8\tAttribution 45 50\tadded",
    "E2\tAttribution:T8 Cue:T6 Source:T7 Content:T5",
    "T9\tContent 64 72\tThe poll",
    "T10\tCue 73 78\tshows",
    "T11\tContent2 79 84\tgains",
    "T12\tAttribution-no-source 73 78\tshows",
    "E3\tAttribution-no-source:T12 Cue:T10 Content:T9 Content2:T11",
    "T13\tDiscuss 0 27\tSmith said the plan failed.",
    "E4\tAttribution-no-source:T13 ",
    "",
])


def test_text_and_offsets_agree() -> None:
    assert TEXT[28:41] == "“It is over,”" and TEXT[52:63] == "“for good.”"
    assert TEXT[45:50] == "added" and TEXT[73:78] == "shows" and TEXT[79:84] == "gains"


def test_parse_spans_discontinuous() -> None:
    assert parse_spans("315 448;463 553") == ((315, 448), (463, 553))


def test_parse_ann() -> None:
    a1, a2, a3 = parse_ann(ANN)
    assert (a1.content, a1.cue, a1.source, a1.label) == (((11, 26),), ((6, 10),), ((0, 5),), "Attribution")
    assert a2.content == ((28, 41), (52, 63)) and a2.source == ((42, 44),)
    assert a3.label == "Attribution-no-source" and a3.source is None
    assert a3.content == ((64, 72), (79, 84))  # Content and Content2 are one content


def test_parse_ann_rejects_dangling_reference() -> None:
    with pytest.raises(PolnearError):
        parse_ann("E1\tAttribution:T4 Content:T3\n")


def write_corpus(root: Path, split: str, annotators: dict[str, str]) -> None:
    (root / split / "text").mkdir(parents=True)
    (root / split / "attributions").mkdir(parents=True)
    (root / split / "text" / "nyt_2016-10-01_plan.txt").write_text(TEXT, encoding="utf-8")
    for annotator, ann in annotators.items():
        (root / split / "attributions" / f"nyt_2016-10-01_plan_{annotator}.ann").write_text(ann, encoding="utf-8")


@pytest.mark.parametrize("nested", [False, True])
def test_read_split_either_root_and_first_annotator(tmp_path: Path, nested: bool) -> None:
    base = tmp_path / "data" if nested else tmp_path
    first_only = "\n".join(ANN.splitlines()[:5]) + "\n"
    write_corpus(base, "test", {"d473": ANN, "4e07": first_only})
    (doc,) = read_split(tmp_path, "test")
    assert doc.id == "nyt_2016-10-01_plan"
    assert doc.text == TEXT
    assert len(doc.statements) == 1  # annotator 4e07 sorts first


def test_read_split_missing(tmp_path: Path) -> None:
    with pytest.raises(PolnearError, match="no PolNeAR split"):
        read_split(tmp_path, "dev")


def test_read_split_keeps_crlf_offsets(tmp_path: Path) -> None:
    write_corpus(tmp_path, "dev", {"a": "T1\tContent 7 12\tworld\nT2\tCue 0 5\tHello\nE1\tAttribution:T2 Content:T1 Cue:T2\n"})
    (tmp_path / "dev" / "text" / "nyt_2016-10-01_plan.txt").write_bytes("Hello\r\nworld".encode())
    (doc,) = read_split(tmp_path, "dev")
    (s, e), = doc.statements[0].content
    assert doc.text[s:e] == "world"


def test_converter_writes_gold_jsonl(tmp_path: Path) -> None:
    write_corpus(tmp_path, "dev", {"a": ANN})
    out = tmp_path / "dev.jsonl"
    assert polnear.main([str(tmp_path), "dev", str(out)]) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    data = json.loads(line)
    assert data["id"] == "nyt_2016-10-01_plan"
    assert data["statements"][1]["content"] == [[28, 41], [52, 63]]


def test_real_dev_split_when_present() -> None:
    root = bench_path.require_polnear()
    docs = read_split(root, "dev", limit=3)
    assert len(docs) == 3 and all(d.statements for d in docs)
    assert not list(polnear.iter_mismatches(root, "dev"))


def test_annotation_text_over_several_lines_is_read() -> None:
    # the train split has T lines whose text runs over a line break; the
    # continuation lines carry no offsets and are not annotations
    ann = (
        "T1\tSource 0 3\tHer\n"
        "T2\tCue 4 8\tsaid\n"
        "T3\tContent 9 14;16 30\t3.\n"
        "\n"
        "The number rose\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    (att,) = polnear.parse_ann(ann)
    assert att.content == ((9, 14), (16, 30)) and att.source == ((0, 3),)
