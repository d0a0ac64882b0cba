"""``python -m quoteattr``: the command line (see ``quoteattr --help``)."""

from .cli import main

raise SystemExit(main())
