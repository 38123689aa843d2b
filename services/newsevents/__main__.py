"""``python -m newsevents`` is the ``newsevents`` command line."""

from newsevents.cli import main

raise SystemExit(main())
