#!/usr/bin/env bash
# scripts/bench on a small corpus, so that the benchmark does not rot between benchmark runs: it
# runs to the end, prints every row, and the sharded reference covers the whole corpus.
#   tests/scripts/bench_smoke.sh SOURCE_DIR NEWSKG_BINARY
set -euo pipefail
root=$1
bin=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$root/samples/sample-article.txt" "$work/small.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(30):
        out.write(json.dumps({"id": f"d{i}", "title": f"Article {i}", "text": text}) + "\n")
PY
out=$(BENCH_RUNS=1 NEWSKG_BIN="$bin" bash "$root/scripts/bench" "$work/small.jsonl")
echo "$out"
fail() { echo "bench_smoke: $1" >&2; exit 1; }
grep -q "^corpus: .*, 30 documents" <<<"$out" || fail "no corpus line"
grep -q "^newskg extract -j 1 " <<<"$out" || fail "no -j 1 row"
grep -q "^newskg extract -j 1 --parse " <<<"$out" || fail "no --parse row"
grep -q "^newskg extract (-f ntriples, " <<<"$out" || fail "no all-cores row"
if [ "$(nproc)" -gt 1 ]; then
  grep -q "^one -j 1 process per core (shards) " <<<"$out" || fail "no sharded row"
  grep -q "of the sharded rate" <<<"$out" || fail "no parallel efficiency"
fi
