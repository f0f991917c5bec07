#!/bin/sh
# .ci/postgres.sh — a throw-away PostgreSQL cluster for the test suites.
#
#   eval "$(.ci/postgres.sh start)"   # installs PostgreSQL 15 from Debian if missing, creates a
#                                     # cluster in a temporary folder on 127.0.0.1 and a free port,
#                                     # starts it and prints:
#                                     #   export NEWSGRAPH_TEST_POSTGRES=postgres://…
#                                     #   export NEWSGRAPH_TEST_POSTGRES_STANDBY=postgres://…
#                                     #   export NEWSGRAPH_PG_DIR=/tmp/…
#                                     # The second URL is a streaming hot standby of the first
#                                     # (pg_basebackup -R), for the suites' read-only backend.
#   .ci/postgres.sh stop [DIR]        # stops the cluster and removes its folder
#                                     # (DIR defaults to $NEWSGRAPH_PG_DIR)
#
# initdb refuses to run as root: as root the cluster belongs to the `postgres` user (created if
# missing); otherwise to the calling user. Nothing listens beyond 127.0.0.1, and authentication is
# "trust" for that address only: the cluster is for tests and is thrown away afterwards.
set -eu

find_bin() {
	for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
	done
	if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
		dirname "$(command -v initdb)"; return 0
	fi
	return 1
}

install_pg() {
	if [ "$(id -u)" != 0 ]; then
		echo "postgres.sh: PostgreSQL is missing and I am not root to install it" >&2; exit 1
	fi
	echo "postgres.sh: installing postgresql-15 from Debian" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq postgresql-15 >&2 || apt-get install -y -qq postgresql >&2
}

free_port() {
	# ask the kernel for a free port, then release it
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null && return
	p=$(( 20000 + $$ % 20000 ))
	while (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p+1)); done
	echo $p
}

as_owner() { # run "$@" as the cluster's owner
	if [ "$(id -u)" = 0 ]; then
		su postgres -s /bin/sh -c "$(printf '%s ' "$@")"
	else
		"$@"
	fi
}

start() {
	bin=$(find_bin) || { install_pg; bin=$(find_bin); }
	if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
		useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
	fi
	dir=$(mktemp -d /tmp/newsgraph-pg.XXXXXX)
	chmod 755 "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	port=$(free_port)
	as_owner "$bin/initdb" -D "$dir/data" -U newsgraph --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "'-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off'" start >&2 ||
		{ cat "$dir/server.log" >&2; exit 1; }
	echo "$bin" >"$dir/bin"
	as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U newsgraph newsgraph >&2
	# a streaming hot standby of it: -R writes standby.signal and primary_conninfo
	port2=$(free_port)
	as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$port" -U newsgraph -D "$dir/standby" -R -X stream --checkpoint=fast --no-sync >"$dir/basebackup.log" 2>&1 ||
		{ cat "$dir/basebackup.log" >&2; exit 1; }
	as_owner "$bin/pg_ctl" -D "$dir/standby" -l "$dir/standby.log" -w \
		-o "'-c listen_addresses=127.0.0.1 -p $port2 -k $dir -c fsync=off -c full_page_writes=off'" start >&2 ||
		{ cat "$dir/standby.log" >&2; exit 1; }
	echo "export NEWSGRAPH_TEST_POSTGRES='postgres://newsgraph@127.0.0.1:$port/newsgraph?sslmode=disable'"
	echo "export NEWSGRAPH_TEST_POSTGRES_STANDBY='postgres://newsgraph@127.0.0.1:$port2/newsgraph?sslmode=disable'"
	echo "export NEWSGRAPH_PG_DIR='$dir'"
}

stop() {
	dir=${1:-${NEWSGRAPH_PG_DIR:-}}
	[ -n "$dir" ] && [ -d "$dir/data" ] || { echo "postgres.sh stop: no cluster folder given" >&2; exit 1; }
	bin=$(cat "$dir/bin")
	[ -d "$dir/standby" ] && { as_owner "$bin/pg_ctl" -D "$dir/standby" -m fast -w stop >&2 || true; }
	as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
	rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) shift; stop "$@" ;;
*) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
