#!/usr/bin/env bash
# Instructions per article of the extraction (callgrind; load-independent, unlike articles/s on
# a shared machine): 80 generated articles of `bench-extract`, the gazetteer built and 20 of them
# extracted as warm-up in both runs, the other 60 only in the second; the difference / 60 is
# printed. Needs valgrind (`apt-get install valgrind`); takes about ten minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/run.py" <<'PY'
import os

from newsevents.bench import generate_corpus
from newsevents.normalize.gazetteer import gazetteer
from newsevents.pipeline import extract_article

gazetteer()
corpus = generate_corpus(80)
for article in corpus[:20]:
    extract_article(article)
if os.environ.get("WORK") == "1":
    for article in corpus[20:]:
        extract_article(article)
PY
for work in 0 1; do
  PYTHONHASHSEED=0 WORK=$work valgrind --tool=callgrind --callgrind-out-file="$tmp/cg-$work.out" \
    .venv/bin/python "$tmp/run.py" >/dev/null 2>"$tmp/log-$work.txt"
done
base=$(grep -o "Collected : [0-9]*" "$tmp/log-0.txt" | grep -o "[0-9]*$")
work=$(grep -o "Collected : [0-9]*" "$tmp/log-1.txt" | grep -o "[0-9]*$")
python3 -c "print(f'{($work - $base) / 60 / 1e6:.2f} M instructions per article')"
