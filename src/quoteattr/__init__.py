"""quoteattr: who said what in English news text.

>>> from quoteattr import attribute
>>> for q in attribute(text):
...     print(q.speaker_name, q.text)
"""

from ._version import __version__
from .api import analyze, analyze_doc, analyze_many, attribute, attribute_many
from .errors import InputTypeError, LexiconError, ModelError, OptionError, QuoteattrError
from .lexicon import Lexicon
from .models import RulesOnlyWarning, load_model
from .io.html import render_html
from .result import Analysis, Person, Quote, Span, Speaker
from .settings import Settings

__all__ = [
    "attribute",
    "attribute_many",
    "analyze",
    "analyze_many",
    "analyze_doc",
    "load_model",
    "Quote",
    "Span",
    "Speaker",
    "Person",
    "Analysis",
    "Lexicon",
    "Settings",
    "QuoteattrError",
    "InputTypeError",
    "ModelError",
    "LexiconError",
    "OptionError",
    "RulesOnlyWarning",
    "render_html",
    "__version__",
]
