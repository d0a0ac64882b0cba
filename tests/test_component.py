"""The spaCy component ``"quoteattr"``: ``nlp.add_pipe("quoteattr")``.

``n_process``, ``DocBin`` and pickling are in ``test_concurrency.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Iterator

import pytest
import spacy
from spacy.language import Language

from quoteattr import OptionError, analyze, analyze_doc
from quoteattr.component import MissingParagraphsWarning, quotes_of

TEXT = (
    "President Kassym-Jomart Tokayev received U.S. Secretary of State Antony J. Blinken in Astana.\n\n"
    "\u201cWe will,\u201d Blinken said, \u201cwin.\u201d\n\n"
    "The Kazakh leader said that relations were strong. The film \u201cBorat\u201d was released in 2006.\n\n"
    "Trump thinks the election was stolen."
)


@pytest.fixture
def blank_with_component() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    return nlp


@pytest.fixture
def trained_with_component(trained_nlp: Language) -> Iterator[Language]:
    """The session's trained pipeline with the component added for one test, then removed.

    ``spacy.load`` gives it no ``quoteattr_paragraphs``: adding the component says so.
    """
    with pytest.warns(MissingParagraphsWarning, match=r"nlp.add_pipe\('quoteattr_paragraphs', before='parser'\)"):
        trained_nlp.add_pipe("quoteattr")
    try:
        yield trained_nlp
    finally:
        trained_nlp.remove_pipe("quoteattr")


def check_doc(nlp: Language, bare: Language) -> None:
    doc = nlp(TEXT)
    assert isinstance(doc._.quotes, list) and isinstance(doc._.people, list)
    assert all(isinstance(q, dict) for q in doc._.quotes) and all(isinstance(p, dict) for p in doc._.people)
    assert json.loads(json.dumps(doc._.quotes)) == doc._.quotes
    assert json.loads(json.dumps(doc._.people)) == doc._.people
    expected = analyze_doc(doc)
    assert doc._.quotes == [q.to_dict() for q in expected.quotes]
    assert doc._.people == [p.to_dict() for p in expected.people]
    assert quotes_of(doc) == expected == analyze(TEXT, nlp=bare)
    assert [q["cue"]["text"] for q in doc._.quotes] == ["said", "said"]
    assert {q["speaker"]["name"] for q in doc._.quotes} == {"Antony J. Blinken", "Kassym-Jomart Tokayev"}


def test_blank_pipeline(blank_with_component: Language, blank_nlp: Language) -> None:
    assert blank_with_component.pipe_names == ["quoteattr"]
    check_doc(blank_with_component, blank_nlp)


@pytest.mark.model
def test_trained_pipeline(trained_with_component: Language) -> None:
    assert trained_with_component.pipe_names[-1] == "quoteattr"
    assert trained_with_component(TEXT).has_annotation("DEP")
    # a pipeline holding the component is still a valid ``nlp=`` for analyze(): same results
    check_doc(trained_with_component, trained_with_component)


@pytest.mark.model
def test_trained_pipeline_after_ner(trained_with_component: Language) -> None:
    """The component sees the parse and entities of the components before it."""
    doc = trained_with_component("\u201cWe will win,\u201d Smith said.")
    assert doc._.quotes and doc._.quotes[0]["cue"]["text"] == "said"
    assert trained_with_component.get_pipe_meta("quoteattr").assigns[:3] == ["doc._.quotes", "doc._.people",
                                                                             "doc.spans"]


def test_empty_doc(blank_with_component: Language) -> None:
    doc = blank_with_component("")
    assert doc._.quotes == [] and doc._.people == []


def test_docs_not_run_through_the_component_have_none(blank_with_component: Language, blank_nlp: Language) -> None:
    doc = blank_nlp(TEXT)
    assert doc._.quotes is None and doc._.people is None
    assert quotes_of(doc).quotes == ()


def test_config_scope_and_scare_quotes_pass_through(blank_nlp: Language) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr", config={"scope": "all", "keep_scare_quotes": True})
    doc = nlp(TEXT)
    cues = [q["cue"]["text"] if q["cue"] else None for q in doc._.quotes]
    assert cues == ["said", "said", None, "thinks"]
    assert quotes_of(doc) == analyze(TEXT, nlp=blank_nlp, scope="all", keep_scare_quotes=True)
    assert nlp.config["components"]["quoteattr"]["scope"] == "all"
    assert nlp.config["components"]["quoteattr"]["keep_scare_quotes"] is True


def test_bad_scope_in_config_is_an_option_error() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(OptionError, match="scope"):
        nlp.add_pipe("quoteattr", config={"scope": "everything"})


def test_lexicon_dir_config(tmp_path: Path) -> None:
    data = resources.files("quoteattr") / "data"
    for item in data.iterdir():
        if item.name.endswith((".tsv", ".txt")):
            (tmp_path / item.name).write_text(item.read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / "cues.tsv").open("a", encoding="utf-8") as f:
        f.write("opine\tassertive\tstatement\n")
    text = "The senator opined that the bill was dead."
    plain = spacy.blank("en")
    plain.add_pipe("quoteattr")
    assert plain(text)._.quotes == []
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr", config={"lexicon_dir": str(tmp_path)})
    (q,) = nlp(text)._.quotes
    assert q["cue"]["text"] == "opined"


def test_saved_pipeline_loads_with_the_component(tmp_path: Path, blank_nlp: Language) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr", config={"keep_scare_quotes": True})
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == ["quoteattr"]
    assert loaded(TEXT)._.quotes == nlp(TEXT)._.quotes


def test_factory_is_registered() -> None:
    assert Language.has_factory("quoteattr")
    assert "quoteattr" in spacy.util.registry.factories.get_all()
    meta = Language.get_factory_meta("quoteattr")
    assert meta.default_config == {"scope": "statements", "keep_scare_quotes": False, "lexicon_dir": None,
                                   "guard_tokenizer": True}


def test_entry_point_is_declared() -> None:
    points = [ep for ep in metadata.entry_points(group="spacy_factories") if ep.name == "quoteattr"]
    assert len(points) == 1
    assert points[0].value == "quoteattr.component:make_quoteattr"


def test_add_pipe_works_without_importing_quoteattr() -> None:
    """After install, spaCy finds the factory through the entry point alone."""
    code = (
        "import sys, spacy\n"
        "assert 'quoteattr' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quoteattr')\n"
        "doc = nlp('\u201cWe will win,\u201d Smith said.')\n"
        "print(doc._.quotes[0]['speaker']['name'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Smith"
