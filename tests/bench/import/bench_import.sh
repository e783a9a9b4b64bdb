#!/usr/bin/env bash
# Benchmark (label bench): CSV import and RFM of a 1,083,818-row order file (Online Retail twice,
# the copy with invoice numbers and customer ids shifted) — portrait vs the sqlite3 shell, in one
# run, median of N runs each, with peak RSS. Bars (DESIGN §6): import ≤ 1.0× the shell's .import
# with peak RSS < 300 MB; rfm ≤ 1.0× the shell's GROUP BY.
set -euo pipefail
portrait=${1:?portrait executable}
data=${2:?shared data folder}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

xz -dc "$data/online_retail/online_retail.csv.xz" > "$work/one.csv"
{
    cat "$work/one.csv"
    # Invoice 536365 → 1536365 (C536379 → C1536379), customer 17850.0 → 117850.0.
    tail -n +2 "$work/one.csv" | sed -E 's/^([CA]?)/\11/; s/,([0-9]+\.0),([^,]*)$/,1\1,\2/'
} > "$work/orders.csv"
rows=$(($(wc -l < "$work/orders.csv") - 1))
echo "order file: $rows rows, $(du -m "$work/orders.csv" | cut -f1) MB"

# Prints "seconds peak_kb" of one command.
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
    cat "$work/time"
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

groupby="SELECT CustomerID, julianday('2011-12-10') - julianday(max(InvoiceDate)), count(DISTINCT InvoiceNo),
         sum(Quantity * UnitPrice) FROM lines WHERE CustomerID <> '' GROUP BY CustomerID;"
: > "$work/shell_import"; : > "$work/our_import"; : > "$work/shell_rfm"; : > "$work/our_rfm"
for i in $(seq "$runs"); do
    rm -f "$work/shell.db" "$work/p.portrait"
    measure sqlite3 "$work/shell.db" -cmd ".mode csv" ".import $work/orders.csv lines" >> "$work/shell_import"
    measure "$portrait" import "$work/orders.csv" --project "$work/p.portrait" >> "$work/our_import"
    measure sqlite3 "$work/shell.db" "$groupby" >> "$work/shell_rfm"
    measure "$portrait" rfm --project "$work/p.portrait" --out "$work/rfm.csv" >> "$work/our_rfm"
done

report() {
    local label=$1 ours=$2 theirs=$3
    local t_ours t_theirs m_ours m_theirs
    t_ours=$(cut -d' ' -f1 "$ours" | median); t_theirs=$(cut -d' ' -f1 "$theirs" | median)
    m_ours=$(cut -d' ' -f2 "$ours" | median); m_theirs=$(cut -d' ' -f2 "$theirs" | median)
    awk -v l="$label" -v a="$t_ours" -v b="$t_theirs" -v ma="$m_ours" -v mb="$m_theirs" 'BEGIN {
        printf "%-7s portrait %.2f s (peak %.0f MB)  sqlite3 shell %.2f s (peak %.0f MB)  ratio %.2fx\n",
               l, a, ma / 1024, b, mb / 1024, a / b }'
}
echo "median of $runs runs:"
report import "$work/our_import" "$work/shell_import"
report rfm "$work/our_rfm" "$work/shell_rfm"

fail=0
t_ours=$(cut -d' ' -f1 "$work/our_import" | median); t_shell=$(cut -d' ' -f1 "$work/shell_import" | median)
m_ours=$(cut -d' ' -f2 "$work/our_import" | median)
r_ours=$(cut -d' ' -f1 "$work/our_rfm" | median); r_shell=$(cut -d' ' -f1 "$work/shell_rfm" | median)
awk -v a="$t_ours" -v b="$t_shell" 'BEGIN { exit !(a <= b) }' && echo "PASS import time ≤ 1.0x" || { echo "FAIL import time > 1.0x"; fail=1; }
awk -v m="$m_ours" 'BEGIN { exit !(m < 300 * 1024) }' && echo "PASS import peak RSS < 300 MB" || { echo "FAIL import peak RSS ≥ 300 MB"; fail=1; }
awk -v a="$r_ours" -v b="$r_shell" 'BEGIN { exit !(a <= b) }' && echo "PASS rfm time ≤ 1.0x" || { echo "FAIL rfm time > 1.0x"; fail=1; }
exit $fail
