#!/usr/bin/env bash
# Parquet and push-down comparison, in one run: writes the guard-clean data set (see ParquetCommands.cs) as Parquet
# with the library's writer and as CSV, then times the reference query (sum of value by partner, year and flow)
# through the DuckDB source with push-down, through the columnar store (load the CSV, group in memory), and through
# DuckDB itself on the same Parquet files. Each system runs in its own process; peak RSS is that process's.
# Usage: benchmarks/peers/parquet.sh [ROWS] [REPEATS] [THREADS]   (defaults: 10000000 rows, 3 repeats, 2 threads)
# Writes benchmarks/peers/out/parquet-ROWS.md. Needs the .NET SDK and node with the peers installed (npm install).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-10000000}"
repeats="${2:-3}"
threads="${3:-2}"
out="$here/out"
data="$out/parquet-$rows"
csv="$out/clean-$rows.csv"
mkdir -p "$out"
bench="$root/benchmarks/TradeStats.Benchmarks"
dotnet build "$bench" -c Release -v quiet -nologo >/dev/null
dll="$bench/bin/Release/net10.0/TradeStats.Benchmarks.dll"
[[ -d "$here/node_modules" ]] || (cd "$here" && npm install --no-save --no-package-lock --silent)

# Peak RSS of a whole process, native memory included, from the kernel's accounting.
rss() { /usr/bin/time -f 'peak_rss_kb=%M' -o "$out/.rss" "$@"; cat "$out/.rss"; }
get() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1" | head -n1; }

if [[ ! -d "$data" ]]; then
  echo "writing Parquet with the library..." >&2
  write="$(dotnet "$dll" parquet "$data" "$rows" 1)"
else
  write="seconds=(kept from an earlier run) bytes=$(cat "$data"/*.parquet | wc -c)"
fi
[[ -f "$csv" ]] || dotnet "$dll" csv "$csv" "$rows" >/dev/null

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "push-down..." >&2;  pd="$(rss dotnet "$dll" pushdown "$data/*.parquet" "$repeats" "$threads")"
echo "columnar..." >&2;   co="$(rss dotnet "$dll" time "$csv" "$repeats")"
echo "DuckDB..." >&2;     dk="$(cd "$here" && rss node duckdb_parquet_peer.mjs "$data/*.parquet" "$repeats" "$threads")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

{
  echo "Parquet run $(date -u '+%Y-%m-%d %H:%M UTC'): $rows rows; Parquet written by the library in $(get "$write" seconds) s, $(awk -v b="$(get "$write" bytes)" 'BEGIN { printf "%.0f MB", b / 1e6 }'); query: sum of value by partner, year and flow; median of $repeats runs."
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); load average before $load_before, after $load_after."
  echo
  echo "| system | threads | time | peak RSS | checksum |"
  echo "|---|---|---|---|---|"
  echo "| TradeStats.DuckDb source, push-down with the guard | $threads | $(get "$pd" pushdown_s) s (first $(get "$pd" pushdown_first_s) s) | $(mb "$(get "$pd" peak_rss_kb)") | $(get "$pd" checksum) |"
  echo "| TradeStats columnar: load the CSV | 1 | $(get "$co" load_s) s | $(mb "$(get "$co" peak_rss_kb)") | |"
  echo "| TradeStats columnar: group in memory | 1 / $(nproc) | $(get "$co" groupby_1t_s) s / $(get "$co" groupby_mt_s) s | (same process) | $(get "$co" checksum) |"
  echo "| DuckDB $(get "$dk" version) on the Parquet files, no guard | $threads | $(get "$dk" duckdb_s) s (first $(get "$dk" duckdb_first_s) s) | $(mb "$(get "$dk" peak_rss_kb)") | $(get "$dk" checksum) |"
} | tee "$out/parquet-$rows.md"
