#!/usr/bin/env bash
# Generates the seeded benchmark file and times loading it and the reference query (sum of value by partner, year
# and flow) in TradeStats, pandas and DuckDB (one thread), in one run; writes a Markdown table to out/comparison.md.
# Usage: benchmarks/peers/compare.sh [ROWS] [REPEATS]   (defaults: 10000000 rows, 5 repeats)
# Needs: the .NET SDK, Debian's python3-pandas (run with /usr/bin/python3), node with `npm ci` done in this folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-10000000}"
repeats="${2:-5}"
out="$here/out"
mkdir -p "$out"
csv="$out/trade-$rows.csv"
bench="$root/benchmarks/TradeStats.Benchmarks"

dotnet build "$bench" -c Release -v quiet -nologo >/dev/null
dll="$bench/bin/Release/net10.0/TradeStats.Benchmarks.dll"
[[ -f "$csv" ]] || dotnet "$dll" generate "$csv" "$rows" >/dev/null
[[ -d "$here/node_modules" ]] || (cd "$here" && npm ci --silent)

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "TradeStats..." >&2; ts="$(dotnet "$dll" time "$csv" "$repeats")"
echo "pandas..." >&2;     pd="$(/usr/bin/python3 "$here/pandas_peer.py" "$csv" "$repeats")"
echo "DuckDB..." >&2;     dk="$(cd "$here" && node duckdb_peer.mjs "$csv" "$repeats")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

get() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1" | head -n1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
sec() { awk -v s="$1" 'BEGIN { printf "%.2f s", s }'; }

ts_load="$(get "$ts" load_s)"; ts_g1="$(get "$ts" groupby_1t_s)"; ts_gm="$(get "$ts" groupby_mt_s)"
pd_load="$(get "$pd" load_s)"; pd_g="$(get "$pd" groupby_1t_s)"
dk_load="$(get "$dk" load_s)"; dk_g="$(get "$dk" groupby_1t_s)"
bytes="$(stat -L -c %s "$csv")"

{
  echo "Comparison run $(date -u '+%Y-%m-%d %H:%M UTC'): $rows rows, $(awk -v b="$bytes" 'BEGIN { printf "%.0f MB", b / 1e6 }') CSV, median of $repeats repeats (loads: median of $(( repeats / 2 > 2 ? repeats / 2 : 2 ))); query: sum of value by partner, year and flow ($(get "$ts" groups) groups)."
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); load average before $load_before, after $load_after."
  echo
  echo "| system | load the CSV | group-by in memory | checksum |"
  echo "|---|---|---|---|"
  echo "| TradeStats columnar, one thread | $(sec "$ts_load") | $(ms "$ts_g1") | $(get "$ts" checksum) |"
  echo "| TradeStats columnar, $(nproc) threads | (same load) | $(ms "$ts_gm") | |"
  echo "| pandas $(get "$pd" version) | $(sec "$pd_load") | $(ms "$pd_g") | $(get "$pd" checksum) |"
  echo "| DuckDB $(get "$dk" version), one thread | $(sec "$dk_load") | $(ms "$dk_g") | $(get "$dk" checksum) |"
  echo
  echo "TradeStats against single-threaded DuckDB: load $(ratio "$dk_load" "$ts_load")x faster (target 2x), group-by $(ratio "$dk_g" "$ts_g1")x faster on one thread (target 10x)."
  echo "TradeStats against pandas: load $(ratio "$pd_load" "$ts_load")x, group-by $(ratio "$pd_g" "$ts_g1")x."
  echo "Year-on-year growth of all series on the totals: $(ms "$(get "$ts" yoy_s)") for $(get "$ts" yoy_growths) growth rates (target under 5 ms). Store: $(get "$ts" bytes_per_row) bytes per row (target at most 16)."
} | tee "$out/comparison.md"
