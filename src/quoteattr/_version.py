"""The installed version of quoteattr, read once from the package metadata.

The one place the version comes from: ``pyproject.toml`` sets it, the
installer records it, and everything that reports it (``quoteattr.__version__``,
``quoteattr --version``, the version column of batch output) reads it here.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__: str = version("quoteattr")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
