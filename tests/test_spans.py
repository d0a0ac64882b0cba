"""spaCy-native results: doc.spans["quotes"|"quote_speakers"|"quote_cues"], Span extensions, DocBin, displaCy,
and a custom lexicon saved with the pipeline."""

from __future__ import annotations

import shutil
import warnings
from importlib import resources
from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import DocBin, Span

from quoteattr import LexiconError, analyze
from quoteattr.component import MissingParagraphsWarning, install_extensions
from quoteattr.spans import CUES_KEY, QUOTES_KEY, SPEAKERS_KEY

TEXT = ("“We will,” Mayor Elena Marsh said, “win.” The engineer added that work starts in May.\n\n"
        "“It is a motorway,” David Okafor warned.")


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    return nlp


def test_spans_mirror_the_statements(nlp: Language) -> None:
    doc = nlp(TEXT)
    analysis = analyze(TEXT, nlp=spacy.blank("en"))
    quotes = doc.spans[QUOTES_KEY]
    assert len(quotes) == sum(len(q.fragments) for q in analysis.quotes)
    assert [s.label_ for s in quotes] == [q.kind for q in analysis.quotes for _ in q.fragments]
    fragments = [f for q in analysis.quotes for f in q.fragments]
    assert all(s.start_char <= f.start and f.end <= s.end_char for s, f in zip(quotes, fragments, strict=True))  # token-aligned
    first, second = quotes[0], quotes[1]
    assert first.id_ == second.id_ == "quote-0"  # the two pieces of the interrupted quote
    assert first._.quote_cue.text == "said" and first._.quote_speaker.text == "Mayor Elena Marsh"
    assert first._.speaker_name == second._.speaker_name == "Elena Marsh"
    assert {s.label_ for s in doc.spans[SPEAKERS_KEY]} == {"SPEAKER"}
    assert {s.label_ for s in doc.spans[CUES_KEY]} == {"CUE"}
    okafor = next(s for s in quotes if "motorway" in s.text)
    assert okafor._.speaker_name == "David Okafor" and okafor._.quote_cue.text == "warned"
    assert Span(doc, 0, 1)._.quote_cue is None  # a span of the user's: no statement


def test_spans_survive_a_plain_docbin(nlp: Language) -> None:
    doc = nlp(TEXT)
    data = DocBin(docs=[doc]).to_bytes()  # no store_user_data: doc._.quotes is dropped, the spans are not
    (back,) = DocBin().from_bytes(data).get_docs(spacy.blank("en").vocab)
    install_extensions()
    for key in (QUOTES_KEY, SPEAKERS_KEY, CUES_KEY):
        assert [(s.start_char, s.end_char, s.label_, s.id_, s.kb_id_) for s in back.spans[key]] == \
               [(s.start_char, s.end_char, s.label_, s.id_, s.kb_id_) for s in doc.spans[key]]
    assert back._.quotes is None
    assert [s._.speaker_name for s in back.spans[QUOTES_KEY]] == [s._.speaker_name for s in doc.spans[QUOTES_KEY]]


def test_displacy_draws_the_statements(nlp: Language) -> None:
    html = displacy.render(nlp(TEXT), style="span", options={"spans_key": QUOTES_KEY}, page=True)
    assert "DIRECT" in html.upper() and "motorway" in html and "INDIRECT" in html.upper()


def test_extensions_can_be_installed_twice_and_exist_in_workers(nlp: Language) -> None:
    install_extensions()
    install_extensions()
    docs = list(nlp.pipe([TEXT, "Nobody spoke.", TEXT], n_process=2, batch_size=1))
    assert [len(d.spans[QUOTES_KEY]) for d in docs] == [len(nlp(TEXT).spans[QUOTES_KEY]), 0,
                                                         len(nlp(TEXT).spans[QUOTES_KEY])]
    assert docs[2].spans[QUOTES_KEY][0]._.speaker_name == "Elena Marsh"


def _lexicon_with_opine(folder: Path) -> Path:
    folder.mkdir()
    for item in (resources.files("quoteattr") / "data").iterdir():
        if item.name.endswith((".tsv", ".txt")):
            (folder / item.name).write_text(item.read_text(encoding="utf-8"), encoding="utf-8")
    with (folder / "cues.tsv").open("a", encoding="utf-8") as f:
        f.write("opine\tassertive\tstatement\n")
    return folder


def test_a_custom_lexicon_travels_with_the_pipeline(tmp_path: Path) -> None:
    lexicon = _lexicon_with_opine(tmp_path / "words")
    text = "The senator opined that the bill was dead."
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr", config={"lexicon_dir": str(lexicon)})
    assert [q["cue"]["text"] for q in nlp(text)._.quotes] == ["opined"]
    nlp.to_disk(tmp_path / "pipe")
    shutil.rmtree(lexicon)  # as on another machine
    loaded = spacy.load(tmp_path / "pipe")
    assert [q["cue"]["text"] for q in loaded(text)._.quotes] == ["opined"]
    again = spacy.blank("en")
    again.add_pipe("quoteattr", config={"lexicon_dir": str(lexicon)})
    again.from_bytes(loaded.to_bytes())
    assert [q["cue"]["text"] for q in again(text)._.quotes] == ["opined"]


def test_a_missing_lexicon_without_a_saved_copy_is_an_error(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr", config={"lexicon_dir": str(tmp_path / "nowhere")})
    with pytest.raises(LexiconError, match="does not exist"):
        nlp("Ann said so.")


@pytest.mark.model
def test_a_pipeline_from_load_model_has_the_paragraph_component_and_no_warning() -> None:
    from quoteattr import load_model
    from quoteattr.models import installed_model

    if installed_model() is None:
        pytest.skip("no trained English spaCy pipeline is installed")
    nlp = load_model()
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingParagraphsWarning)
        nlp.add_pipe("quoteattr")
    assert nlp.pipe_names.index("quoteattr_paragraphs") < nlp.pipe_names.index("parser")
    assert [q.to_dict() for q in analyze(TEXT, nlp=nlp).quotes] == nlp(TEXT)._.quotes
