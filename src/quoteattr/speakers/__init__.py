"""Speakers: the mention at each cue, and resolution of mentions to people.

The third stage of the engine: speaker mentions next to a cue (``subjects.py`` from the parse, ``mentions.py`` without one)
and coreference from mentions to the document's people (``coreference.py``).
"""

from .coreference import Resolver
from .inverted import np_right
from .mentions import is_speaker_head, np_left
from .subjects import noun_phrase, subject_of

__all__ = ["Resolver", "is_speaker_head", "noun_phrase", "np_left", "np_right", "subject_of"]
