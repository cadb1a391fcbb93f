#!/usr/bin/env bash
# Generates the seeded benchmark file and times loading it and the reference query (sum of value by partner, year
# and flow) in TradeStats, DuckDB and Polars (each on one thread and on all cores) and pandas, in one run; writes a
# Markdown table to out/comparison.md. Peak memory is the process's maximum resident set (GNU time), which covers
# the repeated loads and queries of that process.
# Usage: benchmarks/peers/compare.sh [ROWS] [REPEATS] [CSV]   (defaults: 10000000 rows, 5 repeats, out/trade-ROWS.csv)
# Needs: the .NET SDK, Debian's python3-pandas (run with /usr/bin/python3), GNU time (/usr/bin/time), node with
# `npm ci` done in this folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-10000000}"
repeats="${2:-5}"
out="$here/out"
mkdir -p "$out"
csv="${3:-$out/trade-$rows.csv}"
bench="$root/benchmarks/TradeStats.Benchmarks"
cores="$(nproc)"

dotnet build "$bench" -c Release -v quiet -nologo >/dev/null
dll="$bench/bin/Release/net10.0/TradeStats.Benchmarks.dll"
[[ -f "$csv" ]] || dotnet "$dll" generate "$csv" "$rows" >/dev/null
[[ -d "$here/node_modules" ]] || (cd "$here" && npm ci --silent)

# Runs a command under GNU time; prints its key=value lines and peak_kb=.
measured() { /usr/bin/time -f 'peak_kb=%M' "$@" 2>&1; }
get() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1" | head -n1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
sec() { awk -v s="$1" 'BEGIN { printf "%.2f s", s }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "TradeStats..." >&2
ts1="$(measured dotnet "$dll" time "$csv" "$repeats" 1)"
tsn="$(measured dotnet "$dll" time "$csv" "$repeats" "$cores")"
echo "DuckDB..." >&2
dk1="$(cd "$here" && measured node duckdb_peer.mjs "$csv" "$repeats" 1)"
dkn="$(cd "$here" && measured node duckdb_peer.mjs "$csv" "$repeats" "$cores")"
echo "Polars..." >&2
pl1="$(cd "$here" && POLARS_MAX_THREADS=1 measured node polars_peer.mjs "$csv" "$repeats")"
pln="$(cd "$here" && POLARS_MAX_THREADS="$cores" measured node polars_peer.mjs "$csv" "$repeats")"
echo "pandas..." >&2
pd="$(measured /usr/bin/python3 "$here/pandas_peer.py" "$csv" "$repeats")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
bytes="$(stat -L -c %s "$csv")"

row() { # name threads output load-key groupby-key
  echo "| $1 | $2 | $(sec "$(get "$3" "$4")") | $(ms "$(get "$3" "$5")") | $(mb "$(get "$3" peak_kb)") | $(get "$3" checksum) |"
}

{
  echo "Comparison run $(date -u '+%Y-%m-%d %H:%M UTC'): $rows rows, $(awk -v b="$bytes" 'BEGIN { printf "%.0f MB", b / 1e6 }') CSV, median of $repeats repeats (loads: median of $(( repeats / 2 > 2 ? repeats / 2 : 2 ))); query: sum of value by partner, year and flow ($(get "$ts1" groups) groups)."
  echo
  echo "Machine: $cores cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); load average before $load_before, after $load_after."
  echo
  echo "| system | threads | load the CSV | group-by in memory | peak memory | checksum |"
  echo "|---|---:|---:|---:|---:|---|"
  row "TradeStats columnar" 1 "$ts1" load_s groupby_1t_s
  row "TradeStats columnar" "$cores" "$tsn" load_s groupby_mt_s
  row "DuckDB $(get "$dk1" version), typed columns, year derived at load" 1 "$dk1" load_s groupby_s
  row "DuckDB $(get "$dkn" version), typed columns, year derived at load" "$cores" "$dkn" load_s groupby_s
  row "Polars (nodejs-polars $(get "$pl1" version)), typed columns, year derived at load" 1 "$pl1" load_s groupby_s
  row "Polars (nodejs-polars $(get "$pln" version)), typed columns, year derived at load" "$cores" "$pln" load_s groupby_s
  row "pandas $(get "$pd" version), categories" 1 "$pd" load_s groupby_1t_s
  echo
  echo "Load, TradeStats on $cores threads against Polars on $cores threads: $(ratio "$(get "$pln" load_s)" "$(get "$tsn" load_s)")x faster (target 2x); against DuckDB on $cores threads: $(ratio "$(get "$dkn" load_s)" "$(get "$tsn" load_s)")x; on one thread against Polars on one thread: $(ratio "$(get "$pl1" load_s)" "$(get "$ts1" load_s)")x, against DuckDB on one thread: $(ratio "$(get "$dk1" load_s)" "$(get "$ts1" load_s)")x."
  echo "Group-by against DuckDB at the same thread count: $(ratio "$(get "$dk1" groupby_s)" "$(get "$ts1" groupby_1t_s)")x faster on one thread, $(ratio "$(get "$dkn" groupby_s)" "$(get "$tsn" groupby_mt_s)")x on $cores threads (target 10x); against Polars: $(ratio "$(get "$pl1" groupby_s)" "$(get "$ts1" groupby_1t_s)")x and $(ratio "$(get "$pln" groupby_s)" "$(get "$tsn" groupby_mt_s)")x; against pandas: $(ratio "$(get "$pd" groupby_1t_s)" "$(get "$ts1" groupby_1t_s)")x on one thread."
  echo "Year-on-year growth of all series on the totals: $(ms "$(get "$ts1" yoy_s)") for $(get "$ts1" yoy_growths) growth rates (target under 5 ms). Store: $(get "$ts1" bytes_per_row) bytes per row (target at most 16)."
} | tee "$out/comparison-$rows.md"
