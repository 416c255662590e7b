"""``python -m pipeline`` is the ``plandigit`` command."""

from pipeline.cli import main

raise SystemExit(main())
