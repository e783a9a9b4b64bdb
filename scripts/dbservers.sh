#!/usr/bin/env bash
# Starts or stops the throw-away database servers the `db` tests (and the db benchmark) talk to:
# a PostgreSQL 15 and a MariaDB, both in DIR, both on Unix sockets only, both run by an
# unprivileged account, both logging every statement (the tests read the logs).
#
#   bash scripts/dbservers.sh start DIR   # DIR: a fresh folder; writes DIR/env to source
#   bash scripts/dbservers.sh stop DIR    # stops both; safe to call twice or after a failed start
#
# DIR/env exports PORTRAIT_TEST_PG_SOCKET_DIR, PORTRAIT_TEST_PG_LOG, PORTRAIT_TEST_MYSQL_SOCKET,
# PORTRAIT_TEST_MYSQL_LOG, PORTRAIT_TEST_DB_USER, PORTRAIT_TEST_DB_PASSWORD, PORTRAIT_TEST_DB_NAME,
# PORTRAIT_TEST_PG_ADMIN and PORTRAIT_TEST_MYSQL_ADMIN. The analyst account (the one Portrait
# connects as) has a password; the admin accounts (the tests' own connections that create and
# change tables) connect without one over the socket.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
pg_bin=/usr/lib/postgresql/15/bin
analyst=analyst
password=portrait-test-secret
database=portrait_test
pg_admin=portrait_admin

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
action=$1
dir=$2

# CI runs as root; neither server runs as root, so the folders go to their package's account.
if [ "$(id -u)" -eq 0 ]; then
    pg_user=postgres
    my_user=mysql
    for account in "$pg_user" "$my_user"; do
        if ! getent passwd "$account" >/dev/null; then
            useradd --system --no-create-home --shell /usr/sbin/nologin "$account"
        fi
    done
    as_pg() { runuser -u "$pg_user" -- "$@"; }
else
    pg_user=$(id -un)
    my_user=$(id -un)
    as_pg() { "$@"; }
fi

pg_data=$dir/pg/data
pg_socket=$dir/pg/socket
pg_log=$dir/pg/server.log
my_data=$dir/mariadb/data
my_socket=$dir/mariadb/mysqld.sock
my_log=$dir/mariadb/general.log
my_pid=$dir/mariadb/mysqld.pid

start_postgres() {
    mkdir -p "$dir/pg" "$pg_socket"
    chown -R "$pg_user" "$dir/pg"
    as_pg "$pg_bin/initdb" -D "$pg_data" -U "$pg_admin" -E UTF8 --locale=C --auth-local=trust --no-sync \
        >"$dir/pg/initdb.log" 2>&1
    # The analyst signs in with a password; the admin (the tests' own connection) is trusted.
    printf 'local all %s scram-sha-256\nlocal all all trust\n' "$analyst" >"$pg_data/pg_hba.conf"
    cat >>"$pg_data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$pg_socket'
log_statement = 'all'
log_min_messages = warning
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    chown "$pg_user" "$pg_data/pg_hba.conf"
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_log" -w -t 60 start >/dev/null
    chmod a+r "$pg_log"
    local psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$pg_socket" -U "$pg_admin")
    "${psql[@]}" -d postgres -c "CREATE ROLE $analyst LOGIN PASSWORD '$password'" \
        -c "CREATE DATABASE $database OWNER $pg_admin"
    "${psql[@]}" -d "$database" -f "$root/tests/data/db/fixture-postgresql.sql"
    "${psql[@]}" -d "$database" -c "GRANT USAGE ON SCHEMA public, sales TO $analyst" \
        -c "GRANT SELECT ON ALL TABLES IN SCHEMA public, sales TO $analyst" \
        -c "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO $analyst"
}

start_mariadb() {
    mkdir -p "$dir/mariadb"
    chown -R "$my_user" "$dir/mariadb"
    local user_option=()
    [ "$(id -u)" -eq 0 ] && user_option=(--user="$my_user")
    mariadb-install-db --no-defaults --datadir="$my_data" "${user_option[@]}" \
        --auth-root-authentication-method=normal --skip-test-db >"$dir/mariadb/install.log" 2>&1
    mariadbd --no-defaults --datadir="$my_data" --socket="$my_socket" --skip-networking \
        --pid-file="$my_pid" --log-error="$dir/mariadb/error.log" "${user_option[@]}" \
        --general-log=1 --general-log-file="$my_log" --innodb-buffer-pool-size=64M \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >/dev/null 2>&1 &
    for _ in $(seq 1 120); do
        mariadb-admin --no-defaults --socket="$my_socket" -u root ping >/dev/null 2>&1 && break
        sleep 0.5
    done
    mariadb-admin --no-defaults --socket="$my_socket" -u root ping >/dev/null
    chmod a+r "$my_log" 2>/dev/null || true
    local sql=(mariadb --no-defaults --socket="$my_socket" -u root)
    "${sql[@]}" -e "CREATE DATABASE $database CHARACTER SET utf8mb4;
        CREATE USER '$analyst'@'localhost' IDENTIFIED BY '$password';
        GRANT SELECT, SHOW VIEW ON $database.* TO '$analyst'@'localhost';"
    "${sql[@]}" "$database" <"$root/tests/data/db/fixture-mariadb.sql"
}

write_env() {
    cat >"$dir/env" <<EOF
export PORTRAIT_TEST_PG_SOCKET_DIR='$pg_socket'
export PORTRAIT_TEST_PG_LOG='$pg_log'
export PORTRAIT_TEST_PG_ADMIN='$pg_admin'
export PORTRAIT_TEST_MYSQL_SOCKET='$my_socket'
export PORTRAIT_TEST_MYSQL_LOG='$my_log'
export PORTRAIT_TEST_MYSQL_ADMIN='root'
export PORTRAIT_TEST_DB_USER='$analyst'
export PORTRAIT_TEST_DB_PASSWORD='$password'
export PORTRAIT_TEST_DB_NAME='$database'
EOF
}

stop_servers() {
    if [ -f "$pg_data/postmaster.pid" ]; then
        as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w -t 60 stop >/dev/null || true
    fi
    if [ -f "$my_pid" ]; then
        local pid
        pid=$(cat "$my_pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 120); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
    fi
}

case $action in
start)
    mkdir -p "$dir"
    chmod 755 "$dir"
    start_postgres
    start_mariadb
    write_env
    echo "dbservers: PostgreSQL on $pg_socket, MariaDB on $my_socket; source $dir/env"
    ;;
stop)
    stop_servers
    ;;
*)
    usage
    ;;
esac
