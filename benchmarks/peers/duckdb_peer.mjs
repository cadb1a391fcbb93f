// DuckDB peer: load the benchmark CSV into a table with typed columns, deriving the year at load, and sum value by
// partner, year and flow; prints key=value timings. Usage: node duckdb_peer.mjs FILE [REPEATS] [THREADS]
import { DuckDBInstance } from '@duckdb/node-api';

const [path, repeatsText, threadsText] = process.argv.slice(2);
const repeats = Number(repeatsText ?? 5);
const threads = String(threadsText ?? 1);
const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const quoted = path.replaceAll("'", "''");

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const loads = [];
for (let i = 0; i < Math.max(2, Math.floor(repeats / 2)); i++) {
  await connection.run('DROP TABLE IF EXISTS trade');
  const start = process.hrtime.bigint();
  await connection.run(`CREATE TABLE trade AS
    SELECT reporter, partner, period, CAST(substr(period, 1, 4) AS SMALLINT) AS year, flow, commodity, value, currency
    FROM read_csv('${quoted}', header = true, columns = {
      'reporter': 'VARCHAR', 'partner': 'VARCHAR', 'period': 'VARCHAR', 'flow': 'VARCHAR',
      'commodity': 'VARCHAR', 'value': 'BIGINT', 'currency': 'VARCHAR'})`);
  loads.push(seconds(start));
}

const query = 'SELECT partner, year, flow, sum(value) AS value FROM trade GROUP BY ALL';
const times = [];
let groups = 0;
let checksum = 0n;
for (let i = 0; i < repeats + 1; i++) {
  const start = process.hrtime.bigint();
  const reader = await connection.runAndReadAll(query);
  const elapsed = seconds(start);
  groups = reader.currentRowCount;
  if (i > 0) times.push(elapsed);
  if (i === 0) checksum = reader.getRows().reduce((s, r) => s + BigInt(r[3].toString()), 0n);
}

const rows = (await connection.runAndReadAll('SELECT count(*)::BIGINT FROM trade')).getRows()[0][0];
const version = (await connection.runAndReadAll('SELECT version()')).getRows()[0][0];
console.log(`rows=${rows}`);
console.log(`threads=${threads}`);
console.log(`load_s=${median(loads).toFixed(3)} load_best_s=${Math.min(...loads).toFixed(3)}`);
console.log(`groupby_s=${median(times).toFixed(4)} groupby_best_s=${Math.min(...times).toFixed(4)}`);
console.log(`groups=${groups}`);
console.log(`checksum=${checksum}`);
console.log(`version=${version}`);
