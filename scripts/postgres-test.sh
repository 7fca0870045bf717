#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, independent of any system cluster.
#
#   scripts/postgres-test.sh start DIR   initialises and starts a cluster in DIR on a free random
#                                        port of 127.0.0.1 and prints its URL on stdout:
#                                        postgresql://schoolsuite@127.0.0.1:PORT/schoolsuite_test
#   scripts/postgres-test.sh stop DIR    stops it (fast shutdown); DIR is left for the caller
#
# Role `schoolsuite` (LOGIN CREATEDB) owns `schoolsuite_test`; authentication is `trust` on
# 127.0.0.1 and the cluster's own socket in DIR only. PG_BIN overrides the binaries' folder
# (default: the newest /usr/lib/postgresql/*/bin). initdb refuses to run as root, so as root the
# server runs as the `postgres` user (made by the Debian package) and DIR is given to it.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[[ $# -eq 2 ]] || usage
action=$1
dir=$2
[[ $action == start || $action == stop ]] || usage

find_bin() {
    if [[ -n ${PG_BIN:-} ]]; then
        echo "$PG_BIN"
        return
    fi
    local newest
    newest=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null |
        sort -V | tail -n 1)
    if [[ -n $newest ]]; then
        dirname "$newest"
    elif command -v initdb >/dev/null; then
        dirname "$(command -v initdb)"
    else
        echo "$0: PostgreSQL server binaries not found (install 'postgresql', or set PG_BIN)" >&2
        exit 1
    fi
}
bin=$(find_bin)

# Runs a server-side command as the cluster's owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

mkdir -p "$dir"
dir=$(cd "$dir" && pwd -P)
data=$dir/data
log=$dir/server.log
# The server's working folder must be one it can enter (root's home is not).
cd "$dir"

if [[ $action == stop ]]; then
    if [[ ! -f $data/postmaster.pid ]]; then
        echo "$0: no server running in $dir" >&2
        exit 0
    fi
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >&2
    exit 0
fi

if [[ -f $data/postmaster.pid ]]; then
    echo "$0: a server is already running in $dir (stop it first)" >&2
    exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "$0: running as root needs the 'postgres' user (install the 'postgresql' package)" >&2
        exit 1
    fi
    chown postgres: "$dir"
    chmod 700 "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
        echo "$0: user postgres cannot write $dir (is a parent folder closed to it?)" >&2
        exit 1
    fi
fi

if [[ ! -f $data/PG_VERSION ]]; then
    locale=C
    if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then
        locale=C.UTF-8
    fi
    if ! as_owner "$bin/initdb" -D "$data" -E UTF8 --locale="$locale" -U postgres \
        --auth=trust >"$dir/initdb.log" 2>&1; then
        echo "$0: initdb failed:" >&2
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # Only our own socket and 127.0.0.1 may connect, with no password.
    cat >"$data/pg_hba.conf" <<'EOF'
local all all              trust
host  all all 127.0.0.1/32 trust
EOF
    # Speed over durability: the cluster is thrown away after the tests.
    cat >>"$data/postgresql.conf" <<EOF

# scripts/postgres-test.sh
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
unix_socket_permissions = 0700
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF
fi

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port=
for _ in $(seq 20); do
    candidate=$((20000 + RANDOM % 40000))
    port_in_use "$candidate" && continue
    # The port lives in the configuration, so pg_ctl, pg_isready and a restart all agree on it.
    sed -i '/^port = /d' "$data/postgresql.conf"
    echo "port = $candidate" >>"$data/postgresql.conf"
    : >"$log"
    chown --reference="$data" "$log"
    if as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start >/dev/null 2>&1; then
        port=$candidate
        break
    fi
    # Another process took the port between our check and the bind: try another one.
    if grep -qiE 'could not bind|address already in use|could not create any TCP/IP sockets' "$log"; then
        continue
    fi
    break
done
if [[ -z $port ]]; then
    echo "$0: PostgreSQL did not start in $dir; server log:" >&2
    cat "$log" >&2
    exit 1
fi

ready=
for _ in $(seq 100); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U postgres; then
        ready=1
        break
    fi
    sleep 0.2
done
if [[ -z $ready ]]; then
    echo "$0: PostgreSQL in $dir does not accept connections on port $port; server log:" >&2
    cat "$log" >&2
    as_owner "$bin/pg_ctl" -D "$data" -m immediate stop >&2 || true
    exit 1
fi

psql() {
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}
if ! psql -d postgres >/dev/null 2>"$dir/setup.log" <<'EOF'; then
SELECT 'CREATE ROLE schoolsuite LOGIN CREATEDB'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'schoolsuite') \gexec
SELECT 'CREATE DATABASE schoolsuite_test OWNER schoolsuite'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'schoolsuite_test') \gexec
EOF
    echo "$0: setting up role and database failed:" >&2
    cat "$dir/setup.log" >&2
    as_owner "$bin/pg_ctl" -D "$data" -m immediate stop >&2 || true
    exit 1
fi

echo "postgresql://schoolsuite@127.0.0.1:$port/schoolsuite_test"
