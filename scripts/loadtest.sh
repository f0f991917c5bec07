#!/usr/bin/env bash
# loadtest.sh: a bounded load test on loopback. Builds newsgraph, loads a store (ARTICLES articles
# from ../shared/corpus/fnc1-bodies.jsonl when present, else examples/articles), serves it on
# 127.0.0.1, and runs wrk with a mix of GraphQL queries (scripts/loadtest.lua) for DURATION while
# sampling the server's resident memory every 10 s. It fails (exit 1) on any failed request or when
# the resident memory of the last third of the run exceeds that of the first third by more than
# GROWTH_MB (after WARMUP samples, 30 s by default, while the caches fill). Figures go to docs/loadtest-latest.md.
#
#   DURATION=180s CONNS=8 ARTICLES=1000 GROWTH_MB=30 bash scripts/loadtest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-180s}
CONNS=${CONNS:-8}
ARTICLES=${ARTICLES:-1000}
GROWTH_MB=${GROWTH_MB:-30}
WARMUP=${WARMUP:-3}
OUT=${OUT:-docs/loadtest-latest.md}

if ! command -v wrk >/dev/null; then
	if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else echo "loadtest: install wrk" >&2; exit 1; fi
fi
work=$(mktemp -d)
srv=
cleanup() { [ -n "$srv" ] && kill "$srv" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
go build -o "$work/newsgraph" ./cmd/newsgraph

input=examples/articles
if [ -f ../shared/corpus/fnc1-bodies.jsonl ]; then
	head -n "$ARTICLES" ../shared/corpus/fnc1-bodies.jsonl >"$work/in.jsonl"
	cp -r examples/articles "$work/examples"
	input="$work/in.jsonl $work/examples"
fi
# shellcheck disable=SC2086
"$work/newsgraph" load -q --db "$work/db" $input 2>"$work/load.log" || { cat "$work/load.log"; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
NEWSGRAPH_LOG=warn "$work/newsgraph" serve --db "$work/db" --addr "127.0.0.1:$port" 2>"$work/serve.log" &
srv=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

rss() { awk '/VmRSS/ { print int($2/1024) }' "/proc/$srv/status"; }
: >"$work/rss"
( while kill -0 "$srv" 2>/dev/null; do rss >>"$work/rss"; sleep 10; done ) &
sampler=$!
wrk -t2 -c"$CONNS" -d"$DURATION" --timeout 10s -s scripts/loadtest.lua "http://127.0.0.1:$port" >"$work/wrk.out" 2>"$work/wrk.err" || true
kill "$sampler" 2>/dev/null || true
cat "$work/wrk.out"

val() { awk -v k="$1" '$1 == k { print $2 }' "$work/wrk.out"; }
requests=$(val requests); rps=$(val requests_per_s); p50=$(val latency_p50_ms); p99=$(val latency_p99_ms)
bad=$(grep -c '^bad response' "$work/wrk.err" || true)
non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/wrk.out"); non2xx=${non2xx:-0}
errs=$(grep '^errors_connect' "$work/wrk.out" | awk '{ s=0; for (i=2;i<=NF;i+=2) s+=$i; print s }')
mapfile -t samples <"$work/rss"
# The first WARMUP samples are the caches filling with the query mix: memory is judged after them.
warm=("${samples[@]:$WARMUP}")
n=${#warm[@]}
if [ "$n" -lt 3 ]; then echo "loadtest: run longer than $(( (WARMUP + 3) * 10 )) s to judge memory" >&2; exit 1; fi
third=$(( n / 3 ))
first=$(printf '%s\n' "${warm[@]:0:$third}" | sort -n | tail -1)
last=$(printf '%s\n' "${warm[@]:$((n - third))}" | sort -n | tail -1)
growth=$(( last - first ))
{
	echo "# Load test (scripts/loadtest.sh)"
	echo
	echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD 2>/dev/null || echo ?); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- store: bolt, $(grep -o 'loaded [0-9]* articles' "$work/load.log" || echo "?") ; wrk: $DURATION, 2 threads, $CONNS connections, mixed queries (scripts/loadtest.lua)"
	echo "- requests: $requests ($rps/s); latency p50 $p50 ms, p99 $p99 ms"
	echo "- failed requests: GraphQL errors or non-200 ${bad:-0}, non-2xx $non2xx, socket errors $errs"
	echo "- server resident memory, MB, every 10 s: ${samples[*]}"
	echo "- growth after the first $WARMUP samples (max of last third − max of first third): $growth MB (limit $GROWTH_MB MB)"
} | tee "$OUT"
if [ "${bad:-0}" != 0 ] || [ "$non2xx" != 0 ] || [ "$errs" != 0 ]; then echo "loadtest: FAILED: failed requests" >&2; exit 1; fi
if [ "$growth" -gt "$GROWTH_MB" ]; then echo "loadtest: FAILED: memory grew by $growth MB" >&2; exit 1; fi
echo "loadtest: passed"
