#!/usr/bin/env bash
# Benchmark (label bench): 10M order lines in a local PostgreSQL, made on the server with
# generate_series (2.5M orders of 4 lines, 200,000 customers, two years). Portrait's import through
# the URI (the GROUP BY pushed down) against `psql \copy` of the table to CSV followed by `portrait
# import` of that CSV, one run each, with Portrait's peak RSS; then a refresh after 1 % new lines.
# Bars (issue 14): URI import ≤ 0.5× the copy + CSV import; peak RSS < 300 MB; refresh < 10 % of
# the full import's time. Uses the servers of DIR/env when PORTRAIT_TEST_PG_SOCKET_DIR is set,
# else starts its own with scripts/dbservers.sh and stops them at the end.
set -euo pipefail
portrait=${1:?portrait executable}
root=${2:?source folder}
lines=${LINES_TOTAL:-10000000}
work=$(mktemp -d)
servers=""
cleanup() {
    [ -n "$servers" ] && bash "$root/scripts/dbservers.sh" stop "$servers" >/dev/null 2>&1 || true
    [ -n "$servers" ] && rm -rf "$servers"
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${PORTRAIT_TEST_PG_SOCKET_DIR:-}" ]; then
    servers=$(mktemp -d "${TMPDIR:-/tmp}/portrait-bench-db.XXXXXX")
    bash "$root/scripts/dbservers.sh" start "$servers" >/dev/null
    # shellcheck source=/dev/null
    source "$servers/env"
fi
chmod 777 "$work"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PORTRAIT_TEST_PG_SOCKET_DIR" -U "$PORTRAIT_TEST_PG_ADMIN" -d "$PORTRAIT_TEST_DB_NAME")
uri="postgresql://$PORTRAIT_TEST_DB_USER@/$PORTRAIT_TEST_DB_NAME?host=$PORTRAIT_TEST_PG_SOCKET_DIR"
export PORTRAIT_DB_PASSWORD=$PORTRAIT_TEST_DB_PASSWORD PORTRAIT_DB_KEYCHAIN=off QT_QPA_PLATFORM=offscreen
map=(--map order_date=ordered_at)

# Line i belongs to order i/4; orders spread over 730 days and 200,000 customers.
generate() {
    local from=$1 to=$2 first_day=$3
    "${psql[@]}" -c "INSERT INTO bench_orders
        SELECT i, 'O' || (i / 4), CAST(((i / 4) * 7919) % 200000 AS TEXT),
               TIMESTAMP '$first_day' + ((i / 4) % 730) * INTERVAL '1 day' + (i % 86400) * INTERVAL '1 second',
               CAST(1 + (i % 97) * 0.5 AS NUMERIC(10, 2)), (ARRAY['app', 'web', 'store'])[1 + (i / 4) % 3]
        FROM generate_series(CAST($from AS BIGINT), $to) AS i"
}
start=$(date +%s)
"${psql[@]}" -c "DROP TABLE IF EXISTS bench_orders" -c "CREATE TABLE bench_orders (line_id bigint,
    order_id text, customer_id text, ordered_at timestamp, amount numeric(10, 2), channel text)"
generate 0 $((lines - 1)) "2023-01-01"
"${psql[@]}" -c "ANALYZE bench_orders" -c "GRANT SELECT ON bench_orders TO $PORTRAIT_TEST_DB_USER"
echo "generated $lines lines on the server in $(($(date +%s) - start)) s"

# Prints "seconds peak_kb" of one command.
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
    cat "$work/time"
}

read -r t_copy _ < <(measure "${psql[@]}" -c "\\copy bench_orders TO '$work/orders.csv' CSV HEADER")
read -r t_csv m_csv < <(measure "$portrait" import "$work/orders.csv" --project "$work/csv.portrait" "${map[@]}")
read -r t_uri m_uri < <(measure "$portrait" import "$uri" --table bench_orders --project "$work/db.portrait" "${map[@]}")
csv_mb=$(du -m "$work/orders.csv" | cut -f1)
rm -f "$work/orders.csv"

# 1 % more lines, on the days after the last one (and the last day again).
generate "$lines" $((lines + lines / 100 - 1)) "2024-12-31"
read -r t_refresh m_refresh < <(measure "$portrait" import "$uri" --refresh 1 --project "$work/db.portrait")
echo "refresh reported: $(tr '\n' ';' < "$work/stdout")"
"$portrait" info --project "$work/db.portrait" | sed -n 2,4p

echo "machine: $(nproc) cores, load$(uptime | sed 's/.*load average//')"
awk -v c="$t_copy" -v i="$t_csv" -v mi="$m_csv" -v u="$t_uri" -v mu="$m_uri" -v r="$t_refresh" -v mr="$m_refresh" -v mb="$csv_mb" 'BEGIN {
    printf "psql \\copy to CSV (%d MB) %.1f s + portrait import of the CSV %.1f s (peak %.0f MB) = %.1f s\n", mb, c, i, mi / 1024, c + i
    printf "portrait import through the URI %.1f s (peak %.0f MB): ratio %.2fx\n", u, mu / 1024, u / (c + i)
    printf "refresh with 1%% new lines %.1f s (peak %.0f MB): %.1f%% of the full import\n", r, mr / 1024, 100 * r / u
}'
fail=0
awk -v u="$t_uri" -v c="$t_copy" -v i="$t_csv" 'BEGIN { exit !(u <= 0.5 * (c + i)) }' \
    && echo "PASS URI import ≤ 0.5x copy + CSV import" || { echo "FAIL URI import > 0.5x copy + CSV import"; fail=1; }
awk -v m="$m_uri" 'BEGIN { exit !(m < 300 * 1024) }' && echo "PASS peak RSS < 300 MB" || { echo "FAIL peak RSS ≥ 300 MB"; fail=1; }
awk -v r="$t_refresh" -v u="$t_uri" 'BEGIN { exit !(r < 0.1 * u) }' \
    && echo "PASS refresh < 10% of the full import" || { echo "FAIL refresh ≥ 10% of the full import"; fail=1; }
"${psql[@]}" -c "DROP TABLE bench_orders"
exit $fail
