#!/usr/bin/env bash
# A local sharded PostgreSQL cluster on loopback, for the TradeStats.PostgreSql tests and benchmarks:
# one coordinator and two shard servers, each its own initdb in a folder of DIR, listening on 127.0.0.1 only.
# On the coordinator, the table `observations` is partitioned by HASH (reporter); each partition is a foreign table
# (postgres_fdw) on one shard, so the rows live on the shards and the coordinator holds none. Partition-wise
# aggregation and asynchronous foreign scans are switched on, so a GROUP BY that carries the reporter runs on the
# shards, in parallel, and only the group rows come back. The planner decides that by cost: the servers ask the
# shards for estimates (use_remote_estimate) and count each row fetched as costly (fdw_tuple_cost 1, a network
# rather than a local read), so that summing on the shard wins whenever it returns fewer rows than it reads.
#
# Usage:
#   eng/pg-cluster.sh start DIR [PORT]      start (initialise on first use) with ports PORT, PORT+1, PORT+2 (default: the
#                                           first free three from 55432 up)
#   eng/pg-cluster.sh stop DIR              stop all three servers (immediately) and leave the folders
#   eng/pg-cluster.sh stop-shard DIR N      stop shard N (1 or 2) at once, as a crash would
#   eng/pg-cluster.sh start-shard DIR N     start shard N again
#   eng/pg-cluster.sh env DIR               print the connection strings (also in DIR/cluster.env)
#
# PostgreSQL refuses to run as root: when this script runs as root it runs the servers as the `postgres` user.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
[[ -n "$command" && -n "$dir" ]] || { sed -n '2,16p' "$0" >&2; exit 2; }

bin="${PG_BIN:-}"
if [[ -z "$bin" ]]; then
  if command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    bin="$(pg_config --bindir)"
  else
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  fi
fi
[[ -x "$bin/initdb" ]] || { echo "pg-cluster: no PostgreSQL server binaries found (set PG_BIN to the folder of initdb and pg_ctl)" >&2; exit 1; }

user=tradestats
password=tradestats
database=trade
names=(coordinator shard1 shard2)

as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_base() {
  local base=55432
  while in_use "$base" || in_use $((base + 1)) || in_use $((base + 2)); do
    base=$((base + 3))
    [[ $base -lt 65000 ]] || { echo "pg-cluster: no three free ports on 127.0.0.1" >&2; exit 1; }
  done
  echo "$base"
}

port_of() { # name -> port
  local base; base="$(cat "$dir/base-port")"
  case "$1" in coordinator) echo "$base" ;; shard1) echo $((base + 1)) ;; shard2) echo $((base + 2)) ;; esac
}

psql_on() { # name sql...
  local name="$1"; shift
  PGPASSWORD="$password" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(port_of "$name")" -U "$user" -d "$database" "$@"
}

start_server() {
  local name="$1" data="$dir/$1"
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o "-p $(port_of "$name") -k $data" start >/dev/null
}

init_server() {
  local name="$1" data="$dir/$1"
  printf '%s\n' "$password" > "$dir/.pw"
  [[ "$(id -u)" == 0 ]] && chown postgres "$dir/.pw"
  as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$dir/.pw" --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$dir/.pw"
  cat >> "$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
shared_buffers = 256MB
work_mem = 64MB
max_parallel_workers_per_gather = 2
fsync = off
synchronous_commit = off
full_page_writes = off
enable_partitionwise_aggregate = on
enable_partitionwise_join = on
enable_async_append = on
EOF
  start_server "$name"
  PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$(port_of "$name")" -U "$user" "$database"
}

# The observations table, as TradeStats.PostgreSql's schema (PostgreSqlObservationTable) creates it.
columns="reporter text NOT NULL, partner text NOT NULL, period text NOT NULL, flow text NOT NULL,
  commodity text, classification text, value numeric NOT NULL, currency text NOT NULL,
  customs_regime text, enterprise_type text, transport_mode text, second_partner text, status text,
  quantity numeric, quantity_unit text, quantity_estimated boolean,
  net_weight numeric, net_weight_unit text, net_weight_estimated boolean,
  gross_weight numeric, gross_weight_unit text, gross_weight_estimated boolean,
  alt_quantity numeric, alt_quantity_unit text, alt_quantity_estimated boolean,
  source_publisher text, source_date date, source_title text, source_address text, source_excerpt text"

lay_out() {
  for shard in shard1 shard2; do
    psql_on "$shard" -c "CREATE TABLE observations ($columns)"
  done
  psql_on coordinator <<EOF
CREATE EXTENSION postgres_fdw;
CREATE TABLE observations ($columns) PARTITION BY HASH (reporter);
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '127.0.0.1', port '$(port_of shard1)', dbname '$database', async_capable 'true', fetch_size '10000', batch_size '1000',
           use_remote_estimate 'true', fdw_tuple_cost '1');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '127.0.0.1', port '$(port_of shard2)', dbname '$database', async_capable 'true', fetch_size '10000', batch_size '1000',
           use_remote_estimate 'true', fdw_tuple_cost '1');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user '$user', password '$password');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user '$user', password '$password');
CREATE FOREIGN TABLE observations_shard1 PARTITION OF observations FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shard1 OPTIONS (table_name 'observations');
CREATE FOREIGN TABLE observations_shard2 PARTITION OF observations FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shard2 OPTIONS (table_name 'observations');
EOF
}

write_env() {
  local base; base="$(cat "$dir/base-port")"
  {
    echo "TRADESTATS_POSTGRES=Host=127.0.0.1;Port=$base;Database=$database;Username=$user;Password=$password"
    echo "TRADESTATS_POSTGRES_SHARD1=Host=127.0.0.1;Port=$((base + 1));Database=$database;Username=$user;Password=$password"
    echo "TRADESTATS_POSTGRES_SHARD2=Host=127.0.0.1;Port=$((base + 2));Database=$database;Username=$user;Password=$password"
  } > "$dir/cluster.env"
}

case "$command" in
  start)
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    [[ "$(id -u)" == 0 ]] && chown postgres "$dir"
    if [[ ! -f "$dir/base-port" ]]; then
      echo "${3:-$(free_base)}" > "$dir/base-port"
      for name in "${names[@]}"; do init_server "$name"; done
      lay_out
    else
      for name in "${names[@]}"; do
        as_owner "$bin/pg_ctl" -D "$dir/$name" status >/dev/null 2>&1 || start_server "$name"
      done
    fi
    write_env
    cat "$dir/cluster.env"
    ;;
  stop)
    for name in "${names[@]}"; do
      [[ -d "$dir/$name" ]] && { as_owner "$bin/pg_ctl" -D "$dir/$name" -m immediate stop >/dev/null 2>&1 || true; }
    done
    ;;
  stop-shard)
    as_owner "$bin/pg_ctl" -D "$dir/shard${3:?shard number}" -m immediate stop >/dev/null
    ;;
  start-shard)
    start_server "shard${3:?shard number}"
    ;;
  env)
    cat "$dir/cluster.env"
    ;;
  *)
    sed -n '2,16p' "$0" >&2
    exit 2
    ;;
esac
