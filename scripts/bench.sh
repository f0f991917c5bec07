#!/usr/bin/env bash
# scripts/bench.sh — newsgraph at scale: builds stores of 10^3, 10^4 and 10^5 articles and measures
# extraction, load, re-load, export, on-disk size, memory, in-process query latency percentiles and
# HTTP latency and throughput (wrk), beside Cayley's own bulk loader (`cayley load`) on the same
# quads. The figures go to docs/benchmarks-latest.md (with the machine and the date); the raw
# outputs stay in the work folder.
#
#   make bench                                   # or: bash scripts/bench.sh
#   SIZES="1000 10000" bash scripts/bench.sh     # a shorter ladder
#
# Environment (all optional):
#   SIZES         article counts of the ladder                     (1000 10000 100000)
#   SRC           source corpus, JSON Lines with "text"            (../shared/corpus/fnc1-bodies.jsonl)
#   OUT           figures file                                     (docs/benchmarks-latest.md)
#   WORK          work folder (stores, corpora, logs); kept         (a new temporary folder)
#   JOBS          extraction workers for `load -j`                 (nproc)
#   WRK_TIME      duration of each wrk run                         (15s)
#   WRK_CONNS     wrk connections for the throughput run           (16)
#   WRK_WARM      warm-up of the server before the wrk runs, not counted (10s)
#   COMPARE_MAX   largest N for the import and `cayley load` runs   (10000; each takes minutes at 10^5)
#   Q_BUDGET      time per query kind for benchq, half warm-up, half measurement (40s)
#   STEPS         what to run for each N, of load,queries,http,reload,export,compare (all); e.g.
#                 STEPS=queries,http on the same WORK measures a new build on the stores already there
#   CAYLEY        a cayley binary to use instead of building one from the module cache
#   NEWSGRAPH_BIN a newsgraph binary to measure instead of building ./cmd/newsgraph
#   NO_CAYLEY=1   skip the side-by-side with `cayley load`
#   POSTGRES=1    also load the corpus into PostgreSQL (.ci/postgres.sh) and compare with bolt
#
# Needs Go, and wrk and GNU time (installed from Debian when missing and run as root). Nothing here
# is committed but the figures file; the cayley binary is cached under ~/.cache/newsgraph-bench.
set -euo pipefail

cd "${BENCH_ROOT:-$(dirname "$0")/..}" # BENCH_ROOT: run a copy of this script on a checkout
ROOT=$PWD
SIZES=${SIZES:-"1000 10000 100000"}
SRC=${SRC:-$ROOT/../shared/corpus/fnc1-bodies.jsonl}
OUT=${OUT:-$ROOT/docs/benchmarks-latest.md}
WORK=${WORK:-$(mktemp -d /tmp/newsgraph-bench.XXXXXX)}
JOBS=${JOBS:-$(nproc)}
WRK_TIME=${WRK_TIME:-15s}
WRK_CONNS=${WRK_CONNS:-16}
WRK_WARM=${WRK_WARM:-10s}
COMPARE_MAX=${COMPARE_MAX:-10000}
STEPS=,${STEPS:-load,queries,http,reload,export,compare},
step() { [[ $STEPS == *,$1,* ]]; }
mkdir -p "$WORK/bin" "$WORK/logs"
LOG=$WORK/logs

say() { printf '%s bench: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 1; }

[ -r "$SRC" ] || die "source corpus $SRC not found (set SRC to a JSON Lines file with a \"text\" field)"

# --- tools --------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/bin/time ] || need+=(time)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
	[ "$(id -u)" = 0 ] || die "missing ${need[*]}; install them (apt-get install ${need[*]})"
	say "installing ${need[*]} from Debian"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

say "work folder $WORK"
say "building newsgraph, benchgen, benchq"
if [ -n "${NEWSGRAPH_BIN:-}" ]; then
	cp "$NEWSGRAPH_BIN" "$WORK/bin/newsgraph"
else
	go build -o "$WORK/bin/newsgraph" ./cmd/newsgraph
fi
go build -o "$WORK/bin/benchgen" ./bench/benchgen
go build -o "$WORK/bin/benchq" ./bench/benchq
NG=$WORK/bin/newsgraph

# cayley, built from the module cache in a throw-away module (never committed), cached by version.
CAYLEY_VERSION=$(go list -m -f '{{.Version}}' github.com/cayleygraph/cayley)
if [ -z "${NO_CAYLEY:-}" ] && [ -z "${CAYLEY:-}" ]; then
	CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/newsgraph-bench
	CAYLEY=$CACHE/cayley-$CAYLEY_VERSION
	if [ ! -x "$CAYLEY" ]; then
		say "building cayley $CAYLEY_VERSION (once; takes minutes)"
		mkdir -p "$CACHE"
		tmpmod=$(mktemp -d)
		(cd "$tmpmod" && go mod init cayleybuild >/dev/null 2>&1 &&
			go get "github.com/cayleygraph/cayley/cmd/cayley@$CAYLEY_VERSION" >&2 &&
			go build -o "$CAYLEY" github.com/cayleygraph/cayley/cmd/cayley)
		rm -rf "$tmpmod"
	fi
fi

# --- helpers ------------------------------------------------------------------------------------
# timed NAME CMD...: runs CMD with GNU time; sets T_SEC (wall seconds) and T_KB (max RSS, KiB).
timed() {
	local name=$1; shift
	/usr/bin/time -f '%e %M' -o "$LOG/$name.time" "$@" >"$LOG/$name.out" 2>"$LOG/$name.err" ||
		{ tail -5 "$LOG/$name.err" >&2; die "$name failed (logs in $LOG)"; }
	read -r T_SEC T_KB <"$LOG/$name.time"
}
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.0f", a / b }'; }
div2() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 == 0 || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
mb() { awk -v a="$1" 'BEGIN { printf "%.1f", a / 1e6 }'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rss_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
# wrkrun NAME THREADS CONNS: wrk against the server with the partners script.
wrkrun() {
	wrk -t"$2" -c"$3" -d"$WRK_TIME" --timeout 10s --latency -s "$WORK/partners.lua" "http://$ADDR" >"$LOG/$1.wrk" 2>&1 ||
		die "wrk failed: $(tail -3 "$LOG/$1.wrk")"
	W_RPS=$(awk '$1 == "requests_per_s" { print $2 }' "$LOG/$1.wrk")
	W_P50=$(awk '$1 == "latency_p50_ms" { print $2 }' "$LOG/$1.wrk")
	W_P99=$(awk '$1 == "latency_p99_ms" { print $2 }' "$LOG/$1.wrk")
	W_BAD=$(awk '$1 == "bad_responses" { print $2 }' "$LOG/$1.wrk")
	W_ERR=$(grep -c 'Socket errors\|Non-2xx' "$LOG/$1.wrk" || true)
}

"$WORK/bin/benchq" -lua partners >"$WORK/partners.lua"
MACHINE="$(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr), $(go version | awk '{ print $3 }')"
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
T0=$(date +%s)
REV=${REV:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}

# Results by size and figure, filled in below and written out by figures. They are kept in
# $WORK/results.sh, so that runs on the same WORK add up (e.g. SIZES="1000 10000" now and
# SIZES=100000 later make one table).
declare -A R
sizes_done=()
PG_ROWS=""
if [ -f "$WORK/results.sh" ]; then
	# shellcheck disable=SC1091
	source "$WORK/results.sh"
	say "adding to the results already in $WORK/results.sh (sizes ${sizes_done[*]:-none})"
fi
STARTED=${R[meta,started]:-$STARTED}
R[meta,started]=$STARTED

# --- the figures: rewritten after every step, so that an interrupted run keeps what it measured --
figures() {
	set +u # rows not measured yet print empty
	local sizes
	sizes=$(printf '%s\n' "${sizes_done[@]}" | sort -nu)
	{
		echo "# Benchmark figures (generated)"
		echo
		echo "Written by \`scripts/bench.sh\` (first run $STARTED, last at commit $REV; each row names the build it measured); see [benchmarks.md](benchmarks.md) for what"
		echo "each figure means, the targets and the diagnosis. Do not edit by hand: run \`make bench\`."
		echo
		echo "- Machine: $MACHINE. \"load avg\" is the 1-minute load average when the size's load started: above 2, other work shared the 2 cores and the figures are pessimistic"
		echo "- Last run: $(( ($(date +%s) - T0) / 60 )) min, load average at its start $LOAD_START, now $(cut -d' ' -f1-3 /proc/loadavg) (figures are rewritten after each step; an empty cell was not reached)"
		echo "- Corpus: \`$(basename "$SRC")\` bodies repeated with distinct ids, dates (2016–2025) and sources (\`bench/benchgen\`)"
		echo "- Load: \`newsgraph load -j $JOBS\` into bolt (fsync on, as shipped); cayley: \`cayley load --init -d bolt\` ($CAYLEY_VERSION) on the quads \`newsgraph export\` wrote"
		echo "- wrk: partners(of:) cycling through 20 countries, after $WRK_WARM of warm-up, $WRK_TIME per run; 1 connection for latency, $WRK_CONNS connections on 2 threads for throughput (wrk shares the 2 cores with the server)"
		echo
		echo "## Load, export, size"
		echo
		echo "| articles | load avg | text MB | quads | load s | articles/s | quads/s (load) | re-load s | import s | quads/s (import) | cayley load s | quads/s (cayley) | ratio load/cayley | ratio import/cayley | export s | quads/s (export) | bolt MB | cayley bolt MB | load max RSS MB | commit |"
		echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
		for N in $sizes; do
			q=${R[$N,quads]}
			cs=${R[$N,cayley_s]:-0}
			echo "| $N | ${R[$N,loadavg]} | $(mb "${R[$N,text]}") | $q | ${R[$N,load_s]} | ${R[$N,articles_s]} | $(div "$q" "${R[$N,load_s]}") | ${R[$N,reload_s]} | ${R[$N,import_s]} | $(div "$q" "${R[$N,import_s]}") | ${R[$N,cayley_s]:-n/a} | $(div "$q" "$cs") | $(div2 "$cs" "${R[$N,load_s]}") | $(div2 "$cs" "${R[$N,import_s]}") | ${R[$N,export_s]} | $(div "$q" "${R[$N,export_s]}") | $(mb "${R[$N,size]}") | $(mb "${R[$N,cayley_size]:-0}") | $(div "${R[$N,load_kb]}" 1024) | ${R[$N,rev]} |"
		done
		echo
		echo "## Extraction"
		echo
		echo "\`newsgraph extract -j J\` on a $EX_N-article corpus ($(mb "${R[ex,text]}") MB of text), output to a file:"
		echo
		echo "| cores | MB/s of text | MB/s per core | MB/s without start-up (${R[ex,startup]} s: gazetteers) | per core |"
		echo "|---:|---:|---:|---:|---:|"
		echo "| 1 | ${R[ex,1]} | ${R[ex,1]} | ${R[ex,1,net]} | ${R[ex,1,net]} |"
		echo "| $JOBS | ${R[ex,$JOBS]} | $(awk -v a="${R[ex,$JOBS]}" -v j="$JOBS" 'BEGIN { printf "%.2f", a / j }') | ${R[ex,$JOBS,net]} | $(awk -v a="${R[ex,$JOBS,net]}" -v j="$JOBS" 'BEGIN { printf "%.2f", a / j }') |"
		echo
		echo "## Queries in-process (GraphQL through schema.Do on the bolt store; ms)"
		echo
		echo "Each cell: p50 / p99 / max (requests), warm; then \"cold\": p50 / max (requests) of the warm-up pass, the first time each country or prefix is asked after the store opened. One request at a time, up to 200 requests or half the budget per kind, after a warm-up pass of at most half the budget (\`-budget\`, 40 s by default; requests give up after 10 s)."
		echo
		echo "| articles | partners(of:) | relations (filtered, first 20) | entities(prefix:) | paths (≤ 4 hops) | commit |"
		echo "|---:|---|---|---|---|---|"
		for N in $sizes; do
			echo "| $N | ${R[$N,q_partners]:-} | ${R[$N,q_relations]:-} | ${R[$N,q_entities]:-} | ${R[$N,q_paths]:-} | ${R[$N,qrev]:-} |"
		done
		echo
		echo "## HTTP (newsgraph serve + wrk, partners(of:))"
		echo
		echo "| articles | 1 conn: p50 ms | p99 ms | req/s | $WRK_CONNS conns: p50 ms | p99 ms | req/s | bad responses | serve RSS idle MB | RSS after MB | of which heap (anon) MB | of which bolt's mmap (file) MB | peak RSS MB |"
		echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
		for N in $sizes; do
			echo "| $N | ${R[$N,http1]} | ${R[$N,httpN]} | ${R[$N,bad]} | $(div "${R[$N,rss_idle]}" 1024) | $(div "${R[$N,rss]}" 1024) | $(div "${R[$N,anon]}" 1024) | $(div "${R[$N,file]}" 1024) | $(div "${R[$N,hwm]}" 1024) |"
		done
		if [ -n "$PG_ROWS" ]; then
			echo
			echo "## bolt and PostgreSQL side by side"
			echo
			echo "| backend | articles | load s | re-load s | partners p50 ms | p99 ms |"
			echo "|---|---:|---:|---:|---:|---:|"
			printf '%s' "$PG_ROWS"
		fi
	} >"$OUT.tmp" && mv "$OUT.tmp" "$OUT"
	declare -p R sizes_done PG_ROWS | sed 's/^declare -/declare -g -/' >"$WORK/results.sh"
	set -u
}

# --- extraction throughput, 1 and $JOBS cores -------------------------------------------------
EX_N=${EX_N:-5000}
if [ -z "${R[ex,1]:-}" ]; then
	say "extraction: generating $EX_N articles"
	"$WORK/bin/benchgen" -n "$EX_N" -src "$SRC" -o "$WORK/extract.jsonl"
	R[ex,text]=$(python3 -c 'import json,sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$WORK/extract.jsonl")
	head -n 1 "$WORK/extract.jsonl" >"$WORK/one.jsonl"
	timed extract-startup "$NG" extract -j 1 "$WORK/one.jsonl"
	R[ex,startup]=$T_SEC
	for j in 1 "$JOBS"; do
		say "extraction: newsgraph extract -j $j on $EX_N articles"
		timed extract-j$j "$NG" extract -j "$j" "$WORK/extract.jsonl"
		R[ex,$j]=$(awk -v b="${R[ex,text]}" -v s="$T_SEC" 'BEGIN { printf "%.2f", b / 1e6 / s }')
		R[ex,$j,net]=$(awk -v b="${R[ex,text]}" -v s="$T_SEC" -v z="${R[ex,startup]}" 'BEGIN { printf "%.2f", b / 1e6 / (s - z) }')
	done
	rm -f "$WORK/extract.jsonl"
	figures
fi

# --- the ladder ---------------------------------------------------------------------------------
for N in $SIZES; do
	corpus=$WORK/articles-$N.jsonl db=$WORK/db-$N nq=$WORK/quads-$N.nq
	if step load; then
		R[$N,loadavg]=$(cut -d' ' -f1 /proc/loadavg)
		say "N=$N: generating the corpus"
		"$WORK/bin/benchgen" -n "$N" -src "$SRC" -o "$corpus"
		textbytes=$(python3 -c 'import json,sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$corpus")
		R[$N,text]=$textbytes
		rm -rf "$db"
		say "N=$N: newsgraph load -j $JOBS (extract + store, bolt)"
		timed load-$N "$NG" load -q -j "$JOBS" --db "$db" "$corpus"
		R[$N,load_s]=$T_SEC R[$N,load_kb]=$T_KB R[$N,rev]=$REV
		R[$N,size]=$(du -sb "$db" | awk '{ print $1 }')
		R[$N,articles_s]=$(div "$N" "${R[$N,load_s]}")
		sizes_done+=("$N")
	fi
	if step queries; then
		say "N=$N: in-process query latency"
		"$WORK/bin/benchq" -db "$db" -n 200 -budget "${Q_BUDGET:-40s}" -timeout 10s >"$LOG/benchq-$N.tsv" 2>"$LOG/benchq-$N.err" ||
			die "benchq failed: $(tail -3 "$LOG/benchq-$N.err")"
		while IFS=$'\t' read -r kind n mean p50 p90 p99 maxv size tout cn cp50 cmax; do
			t=""
			[ "${tout:-0}" != 0 ] && t=", $tout timed out"
			R[$N,q_$kind]="$p50 / $p99 / $maxv ($n$t); cold $cp50 / $cmax ($cn)"
			R[$N,q_${kind}_p99]=$p99
		done <"$LOG/benchq-$N.tsv"
		R[$N,qrev]=$REV
		figures
	fi
	if step http; then
		say "N=$N: serve + wrk"
		port=$(free_port)
		ADDR=127.0.0.1:$port
		"$NG" serve --db "$db" --addr "$ADDR" >"$LOG/serve-$N.out" 2>"$LOG/serve-$N.err" &
		spid=$!
		for _ in $(seq 1 600); do
			curl -fsS "http://$ADDR/healthz" >/dev/null 2>&1 && break
			kill -0 "$spid" 2>/dev/null || die "serve exited: $(tail -3 "$LOG/serve-$N.err")"
			sleep 0.1
		done
		R[$N,rss_idle]=$(rss_kb "$spid" VmRSS)
		# The server starts with an empty read cache: warm it with the same requests first.
		say "N=$N: warming the server for $WRK_WARM"
		wrk -t2 -c"$WRK_CONNS" -d"$WRK_WARM" --timeout 30s -s "$WORK/partners.lua" "http://$ADDR" >"$LOG/warm-$N.wrk" 2>&1 || true
		wrkrun http1-$N 1 1
		R[$N,http1]="$W_P50 | $W_P99 | $W_RPS"
		R[$N,http1_p99]=$W_P99
		wrkrun httpN-$N 2 "$WRK_CONNS"
		R[$N,httpN]="$W_P50 | $W_P99 | $W_RPS"
		R[$N,rps]=$W_RPS
		R[$N,bad]=$W_BAD
		R[$N,rss]=$(rss_kb "$spid" VmRSS)
		R[$N,hwm]=$(rss_kb "$spid" VmHWM)
		R[$N,anon]=$(rss_kb "$spid" RssAnon)
		R[$N,file]=$(rss_kb "$spid" RssFile)
		kill "$spid"
		wait "$spid" 2>/dev/null || true

		figures
	fi
	if step reload; then
		say "N=$N: re-load (nothing changed)"
		timed reload-$N "$NG" load -q -j "$JOBS" --db "$db" "$corpus"
		R[$N,reload_s]=$T_SEC

		figures
	fi
	if step export; then
		say "N=$N: export as N-Quads"
		timed export-$N "$NG" export --format nquads --db "$db" --out "$nq"
		R[$N,export_s]=$T_SEC
		R[$N,quads]=$(wc -l <"$nq")

		if [ "$N" -le "$COMPARE_MAX" ] && step compare; then
			say "N=$N: newsgraph import of the N-Quads (store only, bolt)"
			rm -rf "$WORK/import-$N"
			timed import-$N "$NG" import --db "$WORK/import-$N" "$nq"
			R[$N,import_s]=$T_SEC
			if [ -n "${CAYLEY:-}" ]; then
				say "N=$N: cayley load of the same N-Quads (bolt)"
				rm -rf "$WORK/cayley-$N"
				mkdir -p "$WORK/cayley-$N"
				timed cayley-$N "$CAYLEY" load --init -d bolt -a "$WORK/cayley-$N" -i "$nq" --logtostderr=true
				R[$N,cayley_s]=$T_SEC
				R[$N,cayley_size]=$(du -sb "$WORK/cayley-$N" | awk '{ print $1 }')
				rm -rf "$WORK/cayley-$N"
			fi
		fi
		rm -rf "$WORK/import-$N"

	fi
	R[$N,articles_s]=$(div "$N" "${R[$N,load_s]}")
	say "N=$N: done (load ${R[$N,load_s]}s, ${R[$N,quads]:-?} quads, partners p99 ${R[$N,q_partners_p99]:-?} ms)"
	rm -f "$nq"
	figures
done

# --- PostgreSQL beside bolt (optional) ----------------------------------------------------------
if [ -n "${POSTGRES:-}" ]; then
	say "PostgreSQL: starting a throw-away cluster (.ci/postgres.sh)"
	eval "$(.ci/postgres.sh start)"
	trap '.ci/postgres.sh stop "$NEWSGRAPH_PG_DIR" >/dev/null 2>&1 || true' EXIT
	pgN=${sizes_done[0]}
	for backend in bolt postgres; do
		if [ $backend = bolt ] && [ -n "${R[$pgN,reload_s]:-}" ] && [ -d "$WORK/db-$pgN" ]; then
			# The ladder loaded and re-loaded this corpus into bolt already: its figures stand.
			addr=$WORK/db-$pgN l=${R[$pgN,load_s]} rl=${R[$pgN,reload_s]}
		else
			if [ $backend = bolt ]; then addr=$WORK/pg-cmp-bolt; rm -rf "$addr"; else addr=$NEWSGRAPH_TEST_POSTGRES; fi
			say "PostgreSQL: $backend load and re-load of $pgN articles"
			timed pg-$backend-load "$NG" load -q -j "$JOBS" --backend $backend --db "$addr" "$WORK/articles-$pgN.jsonl"
			l=$T_SEC
			timed pg-$backend-reload "$NG" load -q -j "$JOBS" --backend $backend --db "$addr" "$WORK/articles-$pgN.jsonl"
			rl=$T_SEC
		fi
		"$WORK/bin/benchq" -backend $backend -db "$addr" -kinds partners -n 200 >"$LOG/pg-$backend.tsv"
		p=$(awk -F'\t' '{ print $4 " | " $6 }' "$LOG/pg-$backend.tsv")
		PG_ROWS+="| $backend | $pgN | $l | $rl | $p |"$'\n'
	done
fi

figures
say "figures written to $OUT (raw outputs in $LOG)"
