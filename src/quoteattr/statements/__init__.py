"""Statements: cues, the reported frame around each cue, and the assembly of statements.

The second stage of the engine: cues (``cues.py``), frames of reported speech
(``reported.py``) and the statements built from quotes and frames (``assemble.py``).
"""

from .assemble import Statement, assemble
from .cues import Cue, find_cues
from .reported import Frame, frames_from_parse, frames_from_surface

__all__ = ["Cue", "find_cues", "Frame", "frames_from_parse", "frames_from_surface", "Statement", "assemble"]
