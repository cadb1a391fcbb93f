#!/usr/bin/env bash
# The cost curve: load and group-by at several sizes for TradeStats and Polars (the fastest peer at loading), both on
# all cores, each size in its own processes, with peak memory (GNU time's maximum resident set).
# Usage: benchmarks/peers/scaling.sh DIR [ROWS...]   (default sizes: 1000000 10000000 100000000; files DIR/trade-ROWS.csv,
# generated when missing; 100 million rows is about 3.3 GB)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="$1"; shift
[[ $# -gt 0 ]] && sizes=("$@") || sizes=(1000000 10000000 100000000)
cores="$(nproc)"
bench="$root/benchmarks/TradeStats.Benchmarks"
dotnet build "$bench" -c Release -v quiet -nologo >/dev/null
dll="$bench/bin/Release/net10.0/TradeStats.Benchmarks.dll"
[[ -d "$here/node_modules" ]] || (cd "$here" && npm ci --silent)
measured() { /usr/bin/time -f 'peak_kb=%M' "$@" 2>&1; }
get() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1" | head -n1; }
sec() { awk -v s="$1" 'BEGIN { printf "%.2f s", s }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
per() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.0f", s * 1e9 / n }'; }

echo "Scaling run $(date -u '+%Y-%m-%d %H:%M UTC'), $cores threads each; loads: median of 2, group-by: median of 3."
echo
echo "| rows | CSV | system | load | ns per row | group-by | peak memory | checksum | load average |"
echo "|---:|---:|---|---:|---:|---:|---:|---|---|"
for rows in "${sizes[@]}"; do
  csv="$dir/trade-$rows.csv"
  [[ -f "$csv" ]] || dotnet "$dll" generate "$csv" "$rows" >/dev/null
  size="$(awk -v b="$(stat -L -c %s "$csv")" 'BEGIN { printf "%.0f MB", b / 1e6 }')"
  la="$(cut -d' ' -f1 /proc/loadavg)"
  ts="$(measured dotnet "$dll" time "$csv" 3 "$cores")"
  echo "| $rows | $size | TradeStats columnar | $(sec "$(get "$ts" load_s)") | $(per "$(get "$ts" load_s)" "$rows") | $(ms "$(get "$ts" groupby_mt_s)") | $(mb "$(get "$ts" peak_kb)") | $(get "$ts" checksum) | $la |"
  la="$(cut -d' ' -f1 /proc/loadavg)"
  pl="$(cd "$here" && POLARS_MAX_THREADS="$cores" measured node polars_peer.mjs "$csv" 3)"
  echo "| $rows | $size | Polars $(get "$pl" version) | $(sec "$(get "$pl" load_s)") | $(per "$(get "$pl" load_s)" "$rows") | $(ms "$(get "$pl" groupby_s)") | $(mb "$(get "$pl" peak_kb)") | $(get "$pl" checksum) | $la |"
done
