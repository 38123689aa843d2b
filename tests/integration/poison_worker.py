"""``newsevents worker`` with a fault injected: its extraction raises on articles whose id starts with ``poison-``.

Run as a script by the poison-message test; everything else is the real worker.
"""

from __future__ import annotations

import sys
from typing import Any

from newsevents import pipeline
from newsevents.cli import main

_real_extract = pipeline.extract_article


def injected_fault(article: Any, *args: Any, **kwargs: Any) -> Any:
    if article.id.startswith("poison-"):
        raise RuntimeError(f"injected fault on {article.id}")
    return _real_extract(article, *args, **kwargs)


pipeline.extract_article = injected_fault

if __name__ == "__main__":
    sys.exit(main(["worker"]))
