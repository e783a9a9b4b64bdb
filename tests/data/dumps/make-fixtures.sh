#!/bin/sh
# Regenerates the dump fixtures with the real tools (Debian bookworm: mariadb-server/-client,
# postgresql 15, sqlite3). Run as root in a throwaway container; the servers are stopped again.
set -eu
out=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d) && chmod 755 "$work"


# --- SQLite -------------------------------------------------------------------------------------
rm -f "$out/orders.sqlite"
sqlite3 "$out/orders.sqlite" <<'SQL'
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, region TEXT);
CREATE TABLE orders (order_id TEXT PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
                     order_date TEXT, amount REAL, quantity INTEGER, receipt BLOB);
INSERT INTO customers VALUES (1, 'O''Brien', 'C:\path\to', 'north');
INSERT INTO customers VALUES (2, '王芳' || char(10) || '第二行', 'tab' || char(9) || 'here', NULL);
INSERT INTO customers VALUES (3, 'Zoë "Z" Smith', '', 'south');
INSERT INTO orders VALUES ('A-001', 1, '2024-01-05', 12.5, 2, X'0001275CFF');
INSERT INTO orders VALUES ('A-002', 1, '2024-02-10 13:45:00', 0.1, 1, NULL);
INSERT INTO orders VALUES ('B-003', 2, '2024-03-01', -3.75, NULL, NULL);
INSERT INTO orders VALUES ('C-004', 3, NULL, 1234567.89, 10, X'');
SQL
sqlite3 "$out/orders.sqlite" .dump > "$out/sqlite3.sql"

# --- MariaDB ------------------------------------------------------------------------------------
mkdir -p "$work/my" /run/mysqld && chown mysql:mysql "$work/my" /run/mysqld
mariadb-install-db --user=mysql --datadir="$work/my" > /dev/null
mariadbd --user=mysql --datadir="$work/my" --socket="$work/my/mysqld.sock" --skip-networking &
for i in $(seq 30); do [ -S "$work/my/mysqld.sock" ] && break; sleep 1; done
my() { mariadb --socket="$work/my/mysqld.sock" -uroot "$@"; }
my -e "CREATE DATABASE shop CHARACTER SET utf8mb4"
my shop <<'SQL'
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, note VARCHAR(100), region VARCHAR(20));
CREATE TABLE orders (order_id VARCHAR(20) PRIMARY KEY, customer_id INT, order_date VARCHAR(30),
                     amount DOUBLE, quantity INT, receipt BLOB, KEY idx_customer (customer_id));
INSERT INTO customers VALUES (1, 'O\'Brien', 'C:\\path\\to', 'north'),
  (2, '王芳\n第二行', 'tab\there', NULL), (3, 'Zoë "Z" Smith', '', 'south');
INSERT INTO orders VALUES ('A-001', 1, '2024-01-05', 12.5, 2, X'0001275CFF'),
  ('A-002', 1, '2024-02-10 13:45:00', 0.1, 1, NULL), ('B-003', 2, '2024-03-01', -3.75, NULL, NULL),
  ('C-004', 3, NULL, 1234567.89, 10, X'');
SQL
mysqldump --socket="$work/my/mysqld.sock" -uroot shop > "$out/mysqldump.sql"
mysqldump --socket="$work/my/mysqld.sock" -uroot --skip-extended-insert shop > "$out/mysqldump-single.sql"
my -e "SHUTDOWN"
wait

# --- PostgreSQL ---------------------------------------------------------------------------------
mkdir -p "$work/pg" && chown postgres "$work/pg"
pgbin=/usr/lib/postgresql/15/bin
su postgres -c "$pgbin/initdb -D $work/pg/data -E UTF8 --locale=C.UTF-8 -A trust" > /dev/null
su postgres -c "$pgbin/pg_ctl -D $work/pg/data -o '-k $work/pg -c listen_addresses=' -w start" > /dev/null
pg() { su postgres -c "$*"; }
pg "$pgbin/createdb -h $work/pg shop"
su postgres -c "$pgbin/psql -q -h $work/pg shop" <<'SQL'
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, note text, region text);
CREATE TABLE orders (order_id text PRIMARY KEY, customer_id integer REFERENCES customers(id),
                     order_date text, amount double precision, quantity integer, receipt bytea);
INSERT INTO customers VALUES (1, 'O''Brien', 'C:\path\to', 'north'),
  (2, E'王芳\n第二行', E'tab\there', NULL), (3, 'Zoë "Z" Smith', '', 'south');
INSERT INTO orders VALUES ('A-001', 1, '2024-01-05', 12.5, 2, '\x0001275cff'),
  ('A-002', 1, '2024-02-10 13:45:00', 0.1, 1, NULL), ('B-003', 2, '2024-03-01', -3.75, NULL, NULL),
  ('C-004', 3, NULL, 1234567.89, 10, '\x');
SQL
pg "$pgbin/pg_dump -h $work/pg --no-owner shop" > "$out/pgdump.sql"
pg "$pgbin/pg_dump -h $work/pg --no-owner --inserts shop" > "$out/pgdump-inserts.sql"
pg "$pgbin/pg_dump -h $work/pg --no-owner --column-inserts shop" > "$out/pgdump-column-inserts.sql"
pg "$pgbin/pg_dump -h $work/pg --no-owner --format=custom shop" > "$out/pgdump.custom"
pg "$pgbin/pg_ctl -D $work/pg/data -w stop" > /dev/null

# Versions, for the README.
{ sqlite3 --version; mysqldump --version; $pgbin/pg_dump --version; } > "$out/versions.txt"
rm -rf "$work"
