"""The HTML view (kept importable from here); it lives in :mod:`quoteattr.io.html`."""

from .io.html import CSS, PALETTE, UNKNOWN_COLOUR, page_head, page_tail, render_error, render_fragment, render_html

__all__ = ["render_html", "render_fragment", "render_error", "page_head", "page_tail", "PALETTE", "UNKNOWN_COLOUR",
           "CSS"]
