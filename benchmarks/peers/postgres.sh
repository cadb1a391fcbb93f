#!/usr/bin/env bash
# The distributed PostgreSQL comparison, in one run: for each size, the benchmark rows (see ParquetCommands.cs) are
# generated on the two shards of a local cluster (eng/pg-cluster.sh), then the reference query (sum of value by
# partner, year and flow) runs through TradeStats.PostgreSql's push-down against the coordinator, and by pulling every
# row into the columnar store and grouping there. Bytes are those the coordinator sent to the client, counted by a
# relay in the benchmark process. Peak RSS is the client process's.
# Usage: benchmarks/peers/postgres.sh [ROWS...]   (default: 10000000 50000000)
# Writes benchmarks/peers/out/postgres.md. Uses the cluster in TRADESTATS_POSTGRES_CLUSTER, or starts its own.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000000 50000000)
out="$here/out"
mkdir -p "$out"
bench="$root/benchmarks/TradeStats.Benchmarks"
dotnet build "$bench" -c Release -v quiet -nologo >/dev/null
dll="$bench/bin/Release/net10.0/TradeStats.Benchmarks.dll"

cluster="${TRADESTATS_POSTGRES_CLUSTER:-}"
if [[ -z "$cluster" ]]; then
  cluster="$(mktemp -d)"
  trap 'bash "$root/eng/pg-cluster.sh" stop "$cluster"; rm -rf "$cluster"' EXIT
  bash "$root/eng/pg-cluster.sh" start "$cluster" 56432 >/dev/null
fi

get() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1" | head -n1; }
mb() { awk -v b="$1" 'BEGIN { printf "%.2f MB", b / 1e6 }'; }
{
  echo "PostgreSQL run $(date -u '+%Y-%m-%d %H:%M UTC'): a coordinator and two shards (PostgreSQL $(psql --version | awk '{print $3}')) on this machine ($(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)); load average before $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| rows | push-down: time | push-down: bytes to the client | pull into the columnar store: time | pull: bytes to the client | checksum |"
  echo "|---|---|---|---|---|---|"
} > "$out/postgres.md"
for rows in "${sizes[@]}"; do
  echo "loading $rows rows on the shards..." >&2
  load="$(dotnet "$dll" postgres-load "$cluster" "$rows")"
  echo "timing..." >&2
  t="$(/usr/bin/time -f 'peak_rss_kb=%M' dotnet "$dll" postgres-time "$cluster" 3 1 2>&1)"
  echo "| $(get "$load" rows) | $(get "$t" pushdown_s) s | $(mb "$(get "$t" pushdown_bytes)") | $(get "$t" pull_total_s) s (load $(get "$t" pull_load_s) s) | $(mb "$(get "$t" pull_bytes)") | $(get "$t" checksum) |" >> "$out/postgres.md"
done
echo >> "$out/postgres.md"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$out/postgres.md"
cat "$out/postgres.md"
