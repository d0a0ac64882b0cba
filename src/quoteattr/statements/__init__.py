"""Statements: cues, the reported frame around each cue, and the assembly of statements.

The second stage of the engine: cues (``cues.py``), the frame of reported speech around each
cue (``frame.py``, ``reported.py``, ``nominal.py``), and the statements built from quotes and
frames by named rules (``attach.py``, ``transcript.py``, ``assemble.py``).
"""

from .assemble import Statement, assemble
from .cues import Cue, find_cues
from .frame import Frame
from .reported import frames_from_parse, frames_from_surface

__all__ = ["Cue", "find_cues", "Frame", "frames_from_parse", "frames_from_surface", "Statement", "assemble"]
