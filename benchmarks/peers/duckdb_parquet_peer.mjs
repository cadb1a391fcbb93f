// DuckDB peer on Parquet: the reference query (sum of value by partner, year and flow) straight over the Parquet
// files that the library wrote, with no guard and no conversion; prints key=value timings and peak memory.
// Usage: node duckdb_parquet_peer.mjs GLOB [REPEATS] [THREADS]
import { DuckDBInstance } from '@duckdb/node-api';

const [glob, repeatsText, threadsText] = process.argv.slice(2);
const repeats = Number(repeatsText ?? 3);
const threads = String(threadsText ?? 2);
const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const quoted = glob.replaceAll("'", "''");
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const query = `SELECT partner, substr(period, 1, 4) AS year, flow, sum(value) AS value
  FROM read_parquet('${quoted}') GROUP BY ALL`;
const times = [];
let groups = 0;
for (let i = 0; i < repeats; i++) {
  const start = process.hrtime.bigint();
  const reader = await connection.runAndReadAll(query);
  times.push(seconds(start));
  groups = reader.currentRowCount;
}

const checksum = (await connection.runAndReadAll(`SELECT sum(value)::BIGINT FROM read_parquet('${quoted}')`)).getRows()[0][0];
const version = (await connection.runAndReadAll('SELECT version()')).getRows()[0][0];
console.log(`duckdb_s=${median(times).toFixed(3)} duckdb_first_s=${times[0].toFixed(3)} duckdb_best_s=${Math.min(...times).toFixed(3)}`);
console.log(`groups=${groups} threads=${threads}`);
console.log(`checksum=${checksum}`);
console.log(`version=${version}`);
console.log(`peak_rss_mb=${Math.round(process.resourceUsage().maxRSS / 1024)}`);
